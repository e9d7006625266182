"""The library's errors survive pickling whole (a worker process's error reaches its parent with
its type, message and location), as exceptions whose __init__ takes other arguments than the
message do not by default."""

from __future__ import annotations

import pickle

import pytest

from kzgraph.errors import (
    InputError,
    OntologyError,
    QuerySyntaxError,
    RuleFileError,
    StoreMissing,
)

ERRORS = [
    InputError("corpus/a.txt", "not UTF-8"),
    RuleFileError("data/relations.jsonl", 116, "duplicate rule id 'x'"),
    RuleFileError("data/places.jsonl", None, "unreadable"),
    OntologyError("ontology/kzgraph.ttl", 3, "bad Turtle"),
    QuerySyntaxError("expected WHERE", 2, 7),
    StoreMissing("/tmp/no-store"),
]


@pytest.mark.parametrize("error", ERRORS, ids=lambda e: type(e).__name__)
def test_error_survives_pickling(error):
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    assert vars(copy) == vars(error)
