"""What a query worker does: it owns a store and answers one job (a dict) at a time.

Runs in a subprocess (see ``pool``) so that a runaway query can be killed: pyoxigraph's Python
API has no query timeout. Imports pyoxigraph only. Every answer is a dict: ``{"ok": True, ...}``
or ``{"ok": False, "status": ..., "code": ..., "message": ...}`` (the HTTP error shape).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyoxigraph as ox

from kzgraph.namespaces import DCTERMS, KZ, PREFIXES, PROV, RDFS
from kzgraph.server.formats import GRAPH_TYPES, RESULT_TYPES, negotiate, response_media_type

_SYNTAX_POSITION = re.compile(r"error at (\d+):(\d+): ", re.IGNORECASE)
_UPDATE_START = re.compile(
    r"(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.IGNORECASE
)
_PROLOGUE = re.compile(r"\s*(PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s+<[^>]*>)\s*", re.IGNORECASE)
_LABEL = ox.NamedNode(RDFS + "label")


class JobFailed(Exception):
    """A job cannot be answered; carries the HTTP status, an error code and extra details."""

    def __init__(self, status: int, code: str, message: str, **details):
        super().__init__(message)
        self.answer = {"ok": False, "status": status, "code": code, "message": message, **details}


class ResultTooLarge(JobFailed):
    """The serialised result passed the server's maximum result size."""

    def __init__(self, limit: int):
        super().__init__(
            422,
            "result_too_large",
            f"the result is larger than the server's limit of {limit} bytes; "
            "narrow the query or add a LIMIT",
            limit=limit,
        )


class BoundedBuffer:
    """A binary sink that refuses to grow past ``limit`` bytes (stops serialisation early)."""

    def __init__(self, limit: int):
        self.limit = limit
        self.chunks: list[bytes] = []
        self.size = 0

    def write(self, data: bytes) -> int:
        self.size += len(data)
        if self.size > self.limit:
            raise ResultTooLarge(self.limit)
        self.chunks.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        """Nothing to flush: the chunks are kept in memory."""

    def getvalue(self) -> bytes:
        return b"".join(self.chunks)


def looks_like_update(text: str) -> bool:
    """Whether SPARQL text is an update (after comments and prologue), for a clear refusal.

    >>> looks_like_update("PREFIX ex: <http://e/> # note\\nINSERT DATA { ex:a ex:b ex:c }")
    True
    >>> looks_like_update("SELECT * WHERE { ?s ?p ?o }")
    False
    """
    body = re.sub(r"#[^\n]*", "", text)
    while match := _PROLOGUE.match(body):
        body = body[match.end() :]
    return bool(_UPDATE_START.match(body.lstrip()))


def worker_main(conn, store_path: str, writable: bool) -> None:
    """A worker process's loop: open the store, say ready, then answer jobs until EOF."""
    from kzgraph.errors import KzgraphError

    try:
        store = CurrentStore(store_path, writable)
    except KzgraphError as error:
        conn.send({"ok": False, "status": 500, "code": "store", "message": str(error)})
        return
    conn.send({"ok": True, "ready": True})
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        try:
            answer = run_job(store.current(), job)
        except KzgraphError as error:  # the store vanished or cannot be reopened
            answer = JobFailed(503, "store", str(error)).answer
        conn.send(answer)


class CurrentStore:
    """The store at a path, reopened when a build swaps a new generation in behind the path."""

    def __init__(self, path: str, writable: bool):
        self.path = Path(path)
        self.writable = writable
        self.generation: Path | None = None
        self.current()

    def current(self) -> ox.Store:
        from kzgraph.store import open_store

        generation = self.path.resolve()  # the store path is a symlink to its generation
        if generation != self.generation:
            # read-only, so several workers share the store, unless updates are allowed
            self.store = open_store(self.path, read_only=not self.writable)
            self.generation = generation
        return self.store


def run_job(store: ox.Store, job: dict) -> dict:
    """Answer one job; every failure becomes an error dict rather than an exception."""
    handlers = {
        "query": protocol_query,
        "update": protocol_update,
        "graph": graph_read,
        "page": page_query,
        "named": named_query,
        "where": where_stated,
    }
    try:
        return handlers[job["kind"]](store, job)
    except JobFailed as failure:
        return failure.answer
    except SyntaxError as error:
        return syntax_failure(error).answer
    except Exception as error:  # a worker must answer, never die on a bad job
        return JobFailed(500, "internal", f"{type(error).__name__}: {error}").answer


def syntax_failure(error: SyntaxError) -> JobFailed:
    """A SPARQL syntax error as a 400 with the line and column pyoxigraph reports."""
    message = (str(error).splitlines() or ["invalid query"])[0]  # the rest lists token classes
    position = _SYNTAX_POSITION.search(message)
    details = {}
    if position:
        details = {"line": int(position.group(1)), "column": int(position.group(2))}
        message = message[position.end() :]
    where = f"line {details['line']}, column {details['column']}: " if details else ""
    return JobFailed(400, "query_syntax", f"SPARQL syntax error: {where}{message}", **details)


def execute(store: ox.Store, job: dict):
    """Run the job's query over the union default graph, or the dataset the request names."""
    options: dict = {"prefixes": PREFIXES}
    if job.get("default_graphs"):
        options["default_graph"] = [ox.NamedNode(iri) for iri in job["default_graphs"]]
    else:
        options["use_default_graph_as_union"] = True
    if job.get("named_graphs"):
        options["named_graphs"] = [ox.NamedNode(iri) for iri in job["named_graphs"]]
    if job.get("substitutions"):
        options["substitutions"] = job["substitutions"]
    return store.query(job["query"], **options)


def protocol_query(store: ox.Store, job: dict) -> dict:
    """A SPARQL Protocol query: run it, negotiate the format, serialise within the size limit."""
    if looks_like_update(job["query"]):
        raise JobFailed(400, "bad_request", "this is an update: send it as `update`, not `query`")
    results = execute(store, job)
    table = GRAPH_TYPES if isinstance(results, ox.QueryTriples) else RESULT_TYPES
    media = negotiate(job["accept"], table)
    if media is None:
        kind = "graphs" if table is GRAPH_TYPES else "query results"
        raise JobFailed(
            406,
            "not_acceptable",
            f"none of the Accept types can carry {kind}",
            supported=sorted(table),
        )
    buffer = BoundedBuffer(job["max_bytes"])
    results.serialize(buffer, table[media])
    return {"ok": True, "media_type": response_media_type(media, table), "body": buffer.getvalue()}


def protocol_update(store: ox.Store, job: dict) -> dict:
    """A SPARQL Update (only reached when the server runs with --allow-update)."""
    store.update(job["update"], prefixes=PREFIXES)
    store.flush()
    return {"ok": True, "media_type": "application/json", "body": b'{"ok": true}'}


def graph_read(store: ox.Store, job: dict) -> dict:
    """A Graph Store Protocol read: one named graph, or the union default graph (``graph`` None)."""
    media = negotiate(job["accept"], GRAPH_TYPES)
    if media is None:
        raise JobFailed(
            406,
            "not_acceptable",
            "none of the Accept types can carry a graph",
            supported=sorted(GRAPH_TYPES),
        )
    if job["graph"] is None:
        triples = store.query("CONSTRUCT WHERE { ?s ?p ?o }", use_default_graph_as_union=True)
    else:
        graph = ox.NamedNode(job["graph"])
        if not store.contains_named_graph(graph):
            raise JobFailed(404, "not_found", f"no graph <{job['graph']}> in the store")
        triples = (quad.triple for quad in store.quads_for_pattern(None, None, None, graph))
    buffer = BoundedBuffer(job["max_bytes"])
    ox.serialize(triples, buffer, GRAPH_TYPES[media], prefixes=PREFIXES)
    return {
        "ok": True,
        "media_type": response_media_type(media, GRAPH_TYPES),
        "body": buffer.getvalue(),
    }


def term_json(term) -> dict:
    """An RDF term in the SPARQL 1.1 results JSON shape."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        shaped = {"type": "literal", "value": term.value}
        if term.language:
            shaped["xml:lang"] = term.language
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            shaped["datatype"] = term.datatype.value
        return shaped
    return {"type": "triple", "value": str(term)}


def json_term(shaped: dict):
    """The pyoxigraph term of a SPARQL-results-JSON term (None for blank nodes and others)."""
    kind, value = shaped.get("type"), shaped.get("value")
    if not isinstance(value, str):
        return None
    if kind == "uri":
        return ox.NamedNode(value)
    if kind in ("literal", "typed-literal"):
        if shaped.get("xml:lang"):
            return ox.Literal(value, language=shaped["xml:lang"])
        if shaped.get("datatype"):
            return ox.Literal(value, datatype=ox.NamedNode(shaped["datatype"]))
        return ox.Literal(value)
    return None


def labels_of(store: ox.Store, iris: set[str]) -> dict[str, str]:
    """The rdfs:label of each IRI that has one (English first), read by pattern, not query."""
    labels = {}
    for iri in iris:
        found = [q.object for q in store.quads_for_pattern(ox.NamedNode(iri), _LABEL, None)]
        found.sort(key=lambda literal: (literal.language != "en", literal.value))
        if found:
            labels[iri] = found[0].value
    return labels


def page_query(store: ox.Store, job: dict) -> dict:
    """A query from the page: SPARQL results JSON plus a label for every IRI in it."""
    results = execute(store, job)
    if isinstance(results, ox.QueryTriples):
        rows = [
            {"s": term_json(t.subject), "p": term_json(t.predicate), "o": term_json(t.object)}
            for t in results
        ]
        answer = {"head": {"vars": ["s", "p", "o"]}, "results": {"bindings": rows}}
    else:
        buffer = BoundedBuffer(job["max_bytes"])
        results.serialize(buffer, ox.QueryResultsFormat.JSON)
        answer = json.loads(buffer.getvalue())
    iris = {
        term["value"]
        for row in answer.get("results", {}).get("bindings", [])
        for term in row.values()
        if term.get("type") == "uri"
    }
    answer["labels"] = labels_of(store, iris)
    body = json.dumps(answer).encode()
    if len(body) > job["max_bytes"]:
        raise ResultTooLarge(job["max_bytes"])
    return {"ok": True, "media_type": "application/json", "body": body}


def named_query(store: ox.Store, job: dict) -> dict:
    """A question from queries/, its parameters bound by the named-query code (never pasted)."""
    from kzgraph.errors import KzgraphError
    from kzgraph.server.questions import bind_question

    try:
        text, substitutions = bind_question(store, job["name"], job["args"])
    except KzgraphError as error:
        status = 404 if type(error).__name__ == "EntityNotFound" else 400
        raise JobFailed(status, "bad_question", str(error)) from error
    return page_query(store, {**job, "query": text, "substitutions": substitutions})


_ASSERTIONS_WITH = (
    # substituted variables must be projected (pyoxigraph)
    "SELECT DISTINCT ?a ?t WHERE { GRAPH ?a { { ?t ?p ?x } UNION { ?x ?p ?t } } ?a a kz:Assertion }"
)
_PROVENANCE = (
    "SELECT ?a ?file ?text ?rule ?anchor ?sentence WHERE { "
    "?a prov:wasDerivedFrom ?sentence ; kz:rule ?rule . OPTIONAL { ?a kz:anchorOf ?anchor } "
    "?sentence kz:text ?text ; dcterms:isPartOf ?d . ?d kz:fileName ?file }"
)
_PROVENANCE_PREFIXES = {"kz": KZ, "prov": PROV, "dcterms": DCTERMS}


def where_stated(store: ox.Store, job: dict) -> dict:
    """The sentences that state a result row: assertions whose graphs hold most of its terms."""
    terms = [term for term in map(json_term, job["terms"]) if term is not None]
    scores: dict[str, int] = {}
    for term in terms:
        for solution in store.query(
            _ASSERTIONS_WITH,
            prefixes=_PROVENANCE_PREFIXES,
            use_default_graph_as_union=True,
            substitutions={ox.Variable("t"): term},
        ):
            scores[solution["a"].value] = scores.get(solution["a"].value, 0) + 1
    # A row names a fact through several terms: keep the assertions that hold the most of them.
    best = max(scores.values(), default=0)
    chosen = sorted(a for a, score in scores.items() if score == best)[:20]
    sources = [source for a in chosen for source in provenance_of(store, a)]
    # A row that quotes its sentence (as provenance queries do) names its source exactly.
    quoted = {term.value for term in terms if isinstance(term, ox.Literal)}
    sources = [s for s in sources if s["text"] in quoted] or sources
    body = json.dumps({"matched": best, "of": len(terms), "sources": sources}).encode()
    return {"ok": True, "media_type": "application/json", "body": body}


def provenance_of(store: ox.Store, assertion: str) -> list[dict]:
    """Design.md's "where does it say that?" for one assertion graph: file, sentence, rule."""
    solutions = store.query(
        _PROVENANCE,
        prefixes=_PROVENANCE_PREFIXES,
        use_default_graph_as_union=True,
        substitutions={ox.Variable("a"): ox.NamedNode(assertion)},
    )
    return [
        {
            "assertion": assertion,
            "sentence": s["sentence"].value,
            "file": s["file"].value,
            "text": s["text"].value,
            "rule": s["rule"].value,
            "anchor": s["anchor"].value if s["anchor"] is not None else None,
        }
        for s in solutions
    ]
