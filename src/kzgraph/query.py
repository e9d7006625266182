"""Run SPARQL over the store and render the results.

The query path (``kzgraph query`` / ``ask``) imports only pyoxigraph and the standard
library here, never rdflib: a question costs the interpreter, click and pyoxigraph, no more.
Every query sees the union of the store's graphs as its default graph, unless
``asserted_only`` leaves ``kzg:inferred`` out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path

import pyoxigraph as ox

from kzgraph.errors import QueryError, QuerySyntaxError
from kzgraph.namespaces import INFERRED_GRAPH, PREFIXES, RDFS, SKOS, XSD, curie

#: Result formats for SELECT and ASK, and for CONSTRUCT and DESCRIBE.
SOLUTION_FORMATS = ("table", "csv", "tsv", "json", "xml")
GRAPH_FORMATS = ("table", "turtle", "ntriples", "jsonld")
FORMATS = ("table", "csv", "tsv", "json", "xml", "turtle", "ntriples", "jsonld")

_RESULTS_FORMATS = {
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
}
_RDF_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
}

# Keywords that begin a SPARQL 1.1 Update operation (after the prologue).
_UPDATE_KEYWORDS = (
    "INSERT",
    "DELETE",
    "LOAD",
    "CLEAR",
    "DROP",
    "CREATE",
    "ADD",
    "MOVE",
    "COPY",
    "WITH",
)
_PROLOGUE = re.compile(
    r"\A(?:\s+|#[^\n]*\n?|PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)*", re.IGNORECASE
)
_POSITION = re.compile(r"error at (\d+):(\d+):\s*")
# Literal datatypes whose lexical form reads well on its own in a table.
_PLAIN_DATATYPES = {XSD + name for name in ("string", "integer", "decimal", "double", "boolean")}


def open_store(path: Path | str | None = None) -> ox.Store:
    """Open the built store read-only (``kzgraph.store`` raises StoreMissing if there is none)."""
    from kzgraph import store

    return store.open_store(path, read_only=True)


def is_update(sparql: str) -> bool:
    """Whether ``sparql`` is a SPARQL Update request rather than a query.

    >>> is_update("PREFIX kz: <x:> INSERT DATA { <a:b> <a:c> <a:d> }")
    True
    >>> is_update("SELECT * WHERE { ?s ?p ?o }")
    False
    """
    body = sparql[_PROLOGUE.match(sparql).end() :]
    first_word = re.match(r"[A-Za-z]*", body).group(0).upper()
    return first_word in _UPDATE_KEYWORDS


def run_query(
    store: ox.Store,
    sparql: str,
    *,
    asserted_only: bool = False,
    substitutions: Mapping[str, ox.NamedNode | ox.Literal] | None = None,
):
    """Run a SELECT, ASK, CONSTRUCT or DESCRIBE query with the predeclared prefixes.

    >>> store = ox.Store()
    >>> kaz, label = ox.NamedNode(PREFIXES["kzr"] + "kaz"), ox.NamedNode(RDFS + "label")
    >>> store.add(ox.Quad(kaz, label, ox.Literal("Kazakhstan", language="en"), kaz))
    >>> [row["l"].value for row in run_query(store, "SELECT ?l WHERE { kzr:kaz rdfs:label ?l }")]
    ['Kazakhstan']
    """
    if is_update(sparql):
        raise QueryError(
            "SPARQL Update is not allowed here: the store is read-only to queries; "
            "change the corpus and run `kzgraph build`"
        )
    graphs = _graph_options(store, asserted_only)
    bindings = {ox.Variable(name): term for name, term in (substitutions or {}).items()}
    try:
        return store.query(sparql, prefixes=PREFIXES, substitutions=bindings or None, **graphs)
    except SyntaxError as error:
        raise _syntax_error(str(error)) from None
    except RuntimeError as error:
        raise QueryError(str(error)) from None


def _graph_options(store: ox.Store, asserted_only: bool) -> dict:
    """The default graph a query sees: the union of all graphs, or all but ``kzg:inferred``."""
    if not asserted_only:
        return {"use_default_graph_as_union": True}
    inferred = ox.NamedNode(INFERRED_GRAPH)
    kept = [graph for graph in store.named_graphs() if graph != inferred]
    return {"default_graph": kept or [ox.DefaultGraph()]}


def _syntax_error(message: str) -> QuerySyntaxError:
    """Turn pyoxigraph's ``error at LINE:COLUMN: ...`` message into a QuerySyntaxError."""
    first_line = message.splitlines()[0] if message else "invalid query"
    match = _POSITION.match(first_line)
    if not match:
        return QuerySyntaxError(first_line)
    detail = first_line[match.end() :]
    if "Prefix not found" in detail:
        detail = f"unknown prefix (predeclared: {', '.join(PREFIXES)})"
    return QuerySyntaxError(detail, int(match.group(1)), int(match.group(2)))


class Labeller:
    """Renders RDF terms for people: rdfs:label instead of an IRI, short datatypes."""

    def __init__(self, store: ox.Store | None, *, iris: bool = False):
        self.store = store
        self.iris = iris
        self._cache: dict[str, str] = {}

    def __call__(self, term) -> str:
        if term is None:
            return ""
        if isinstance(term, ox.NamedNode):
            return self._named(term)
        if isinstance(term, ox.BlankNode):
            return f"_:{term.value}"
        if isinstance(term, ox.Literal):
            return _literal_text(term)
        return str(term)

    def _named(self, node: ox.NamedNode) -> str:
        if self.iris or self.store is None:
            return curie(node.value)
        if node.value not in self._cache:
            self._cache[node.value] = label_of(self.store, node) or curie(node.value)
        return self._cache[node.value]


def label_of(store: ox.Store, node: ox.NamedNode) -> str | None:
    """The English (else any) rdfs:label of ``node`` in any graph, else its skos:prefLabel."""
    for predicate in (RDFS + "label", SKOS + "prefLabel"):
        quads = store.quads_for_pattern(node, ox.NamedNode(predicate), None)
        labels = [quad.object for quad in quads]
        labels = [label for label in labels if isinstance(label, ox.Literal)]
        if labels:
            english = [label for label in labels if (label.language or "").startswith("en")]
            return min(label.value for label in english or labels)
    return None


def _literal_text(literal: ox.Literal) -> str:
    if literal.language or literal.datatype.value in _PLAIN_DATATYPES:
        return literal.value
    return f"{literal.value}^^{curie(literal.datatype.value)}"


def format_results(
    result, fmt: str, *, store: ox.Store | None = None, iris: bool = False, hide: Iterable[str] = ()
) -> str:
    """Render a query result as ``fmt`` (see FORMATS).

    ``table`` shows labels unless ``iris``, and leaves out the variables in ``hide``.
    """
    if isinstance(result, ox.QueryBoolean):
        return _format_boolean(result, fmt)
    if isinstance(result, ox.QuerySolutions):
        return _format_solutions(result, fmt, Labeller(store, iris=iris), set(hide))
    return _format_triples(result, fmt, Labeller(store, iris=iris))


def _format_boolean(result: ox.QueryBoolean, fmt: str) -> str:
    if fmt in ("table", "csv", "tsv"):
        return ("true" if bool(result) else "false") + "\n"
    return _serialize_results(result, fmt)


def _format_solutions(
    result: ox.QuerySolutions, fmt: str, labeller: Labeller, hidden: set[str]
) -> str:
    if fmt != "table":
        return _serialize_results(result, fmt)
    names = [v.value for v in result.variables if v.value not in hidden]
    rows = [[labeller(solution[name]) for name in names] for solution in result]
    return render_table(names, rows)


def _serialize_results(result, fmt: str) -> str:
    if fmt not in _RESULTS_FORMATS:
        raise QueryError(
            f"format {fmt!r} is for graph results; use one of "
            f"{', '.join(SOLUTION_FORMATS)} for SELECT and ASK"
        )
    return result.serialize(format=_RESULTS_FORMATS[fmt]).decode("utf-8")


def _format_triples(result, fmt: str, labeller: Labeller) -> str:
    if fmt == "table":
        rows = [[labeller(t.subject), labeller(t.predicate), labeller(t.object)] for t in result]
        return render_table(["subject", "predicate", "object"], rows)
    if fmt not in _RDF_FORMATS:
        raise QueryError(
            f"format {fmt!r} is for SELECT and ASK; use one of "
            f"{', '.join(GRAPH_FORMATS)} for CONSTRUCT and DESCRIBE"
        )
    prefixes = PREFIXES if fmt == "turtle" else None
    return ox.serialize(result, format=_RDF_FORMATS[fmt], prefixes=prefixes).decode("utf-8")


def render_table(header: list[str], rows: Iterable[list[str]]) -> str:
    """An aligned plain-text table with a rule under the header and a row count.

    >>> print(render_table(["a", "bb"], [["x", "y"], ["long", ""]]), end="")
    a     bb
    ----  --
    x     y
    long
    (2 rows)
    """
    rows = [[cell.replace("\n", " ") for cell in row] for row in rows]
    widths = [max([len(name)] + [len(row[i]) for row in rows]) for i, name in enumerate(header)]
    lines = [header, ["-" * width for width in widths], *rows]
    text = "\n".join(
        "  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip() for line in lines
    )
    count = len(rows)
    return f"{text}\n({count} row{'s' if count != 1 else ''})\n"
