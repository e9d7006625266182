"""The learned relation classifier at run time: a dot product over relation_features.

The model file (written by ``python -m kzgraph.relation_learn``) holds a logistic regression's
weights (feature -> weight), its bias and the threshold a candidate's probability must reach;
lines opening with "//" are its header. No scikit-learn here: a candidate's score is the
logistic of the bias plus the weights of its features.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

from kzgraph.errors import RuleFileError


@dataclass(frozen=True)
class RelationModel:
    """A learned classifier: feature -> weight, the bias, the acceptance threshold."""

    weights: dict
    bias: float
    threshold: float

    def __hash__(self) -> int:
        return id(self)

    def score(self, features) -> float:
        return probability(self.weights, self.bias, features)


def probability(weights: dict, bias: float, features) -> float:
    """The logistic of ``bias`` plus the weights of ``features`` (unknown ones weigh 0)."""
    total = bias + sum(weights.get(f, 0.0) for f in features)
    if total < -60:
        return 0.0
    return 1.0 / (1.0 + math.exp(-total))


def load_relation_model(path: Path) -> RelationModel:
    """Read a model file; a broken one raises RuleFileError with the file and the line."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    first = next((n for n, text in enumerate(lines) if not text.startswith("//")), len(lines))
    body = "\n".join(lines[first:])
    try:
        record = json.loads(body)
    except json.JSONDecodeError as error:
        raise RuleFileError(path, first + error.lineno, f"not JSON: {error.msg}") from error
    if not isinstance(record, dict):
        raise RuleFileError(path, first + 1, "the model must be one JSON object")
    for key, kind in (("weights", dict), ("bias", (int, float)), ("threshold", (int, float))):
        if not isinstance(record.get(key), kind) or isinstance(record.get(key), bool):
            raise RuleFileError(path, first + 1, f"the model needs {key!r} ({_named(kind)})")
    weights = record["weights"]
    if not all(isinstance(w, (int, float)) and not isinstance(w, bool) for w in weights.values()):
        raise RuleFileError(path, first + 1, "every weight must be a number")
    if not 0 < record["threshold"] < 1:
        raise RuleFileError(path, first + 1, "the threshold must lie between 0 and 1")
    return RelationModel(dict(weights), float(record["bias"]), float(record["threshold"]))


def _named(kind) -> str:
    return "an object" if kind is dict else "a number"
