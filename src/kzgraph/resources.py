"""Find the files kzgraph ships: ontology, sample corpus, its triples, named queries, rule data.

In a wheel they sit in ``kzgraph/_data`` (pyproject's force-include); in a source checkout
or an editable install they sit at the top of the repository.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def data_dir(name: str) -> Path:
    """The shipped top-level folder ``name`` (``ontology``, ``corpus``, ``triples``, ``queries``).

    >>> data_dir("ontology").name
    'ontology'
    """
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parents[1] / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"kzgraph is installed without its {name}/ folder")


def rules_dir() -> Path:
    """The rule and gazetteer data files (``src/kzgraph/data``)."""
    return _PACKAGE / "data"


def ontology_file() -> Path:
    return data_dir("ontology") / "kzgraph.ttl"


def shapes_file() -> Path:
    return data_dir("ontology") / "shapes.ttl"
