"""One exception hierarchy for the library; the CLI turns each into ``Error: ...`` and an exit code.

Exit codes (documented in the README):

- 0 success
- 1 the work ran but found a problem in the data: an inconsistent graph, a SHACL
  violation, a document that had to be skipped
- 2 bad input or usage: malformed SPARQL, a broken rule, gazetteer or ontology file,
  an unreadable text, a bad option
- 3 the store: missing, or in use by another build
- 130 interrupted (Ctrl-C)
"""

from __future__ import annotations

from pathlib import Path


class KzgraphError(Exception):
    """Base class of every error kzgraph reports to a user."""

    exit_code = 2


class DataProblem(KzgraphError):
    """The work ran, but the data has a problem (inconsistency, non-conformance, skipped input)."""

    exit_code = 1


class InputError(KzgraphError):
    """An input file cannot be used (not UTF-8, empty, unreadable)."""

    def __init__(self, path: Path | str, reason: str):
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{path}: {reason}")

    def __reduce__(self):  # pickled whole across processes (a worker's error reaches its parent)
        return type(self), (self.path, self.reason)


class RuleFileError(KzgraphError):
    """A rule, gazetteer, ontology or metadata file is broken; names the file and line."""

    def __init__(self, path: Path | str, line: int | None, reason: str):
        self.path = Path(path)
        self.line = line
        self.reason = reason
        where = f"{path}:{line}" if line else str(path)
        super().__init__(f"{where}: {reason}")

    def __reduce__(self):
        return type(self), (self.path, self.line, self.reason)


class OntologyError(RuleFileError):
    """The ontology (or SHACL shapes) file does not parse or is not usable."""


class QuerySyntaxError(KzgraphError):
    """A SPARQL query does not parse; carries the 1-based line and column when known."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None):
        self.detail = message
        self.line = line
        self.column = column
        where = f"line {line}, column {column}: " if line else ""
        super().__init__(f"SPARQL syntax error: {where}{message}")

    def __reduce__(self):
        return type(self), (self.detail, self.line, self.column)


class QueryError(KzgraphError):
    """A query is well-formed but cannot be run as asked (an UPDATE to ``query``, a bad name)."""


class EntityNotFound(QueryError):
    """A name given to ``ask`` or ``explain`` matches no entity, or several."""


class StoreError(KzgraphError):
    """The store is missing, locked by another build, or unreadable."""

    exit_code = 3


class StoreMissing(StoreError):
    """No store at the given path: run ``kzgraph build`` first."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        super().__init__(f"no kzgraph store at {path}; run `kzgraph build` first")

    def __reduce__(self):
        return type(self), (self.path,)


class StoreBusy(StoreError):
    """Another build holds the store's lock."""


class Inconsistency(DataProblem):
    """OWL-RL reasoning found the graph inconsistent (e.g. one individual in disjoint classes)."""
