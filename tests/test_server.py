"""kzgraph serve: SPARQL 1.1 Protocol, graph store reads, limits, errors, CORS and real clients.

Protocol tests use starlette's TestClient over a store loaded from a hand-written TriG
(tests/data/server-sample.trig, shaped as docs/design.md says). Tests that need a real socket
(the time limit with a second client, curl, SPARQLWrapper, rdflib's SPARQLStore) start
``kzgraph serve`` on 127.0.0.1 and a free port.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
import threading
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from starlette.testclient import TestClient

from kzgraph.cli import cli
from kzgraph.namespaces import INFERRED_GRAPH, KZ, KZR
from kzgraph.server.app import ServeConfig, create_app

FIXTURE = Path(__file__).parent / "data" / "server-sample.trig"
MEMBERSHIPS = "SELECT ?org WHERE { kzr:kaz kz:memberOf ?org }"
SCO = KZR + "shanghai-cooperation-organisation"
EVERYTHING = "CONSTRUCT WHERE { ?s ?p ?o }"
# Five-way cross product of the store with itself: runs far past any time limit.
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o }"
REQUIRE_EXTERNAL = os.environ.get("KZGRAPH_REQUIRE_EXTERNAL") == "1"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory, load_trig) -> Path:
    return load_trig(FIXTURE, tmp_path_factory.mktemp("server") / "store")


@pytest.fixture(scope="module")
def client(store_path):
    with TestClient(create_app(ServeConfig(store_path, timeout=10, workers=2))) as test_client:
        yield test_client


def union_triple_count(store_path: Path) -> int:
    store = ox.Store.read_only(str(store_path))
    return len(list(store.query(EVERYTHING, use_default_graph_as_union=True)))


def bindings(response) -> set[tuple]:
    rows = response.json()["results"]["bindings"]
    return {tuple(sorted((k, v["value"]) for k, v in row.items())) for row in rows}


# --- the protocol -------------------------------------------------------------------------


def test_get_query_sees_the_union_default_graph(client):
    response = client.get("/sparql", params={"query": MEMBERSHIPS})
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/sparql-results+json"
    # kz:memberOf is only in kzg:inferred: the union default graph is what queries see.
    assert bindings(response) == {(("org", SCO),)}


def test_post_form_and_post_query_answer_like_get(client):
    get = client.get("/sparql", params={"query": MEMBERSHIPS})
    form = client.post("/sparql", data={"query": MEMBERSHIPS})
    direct = client.post(
        "/sparql",
        content=MEMBERSHIPS.encode(),
        headers={"Content-Type": "application/sparql-query"},
    )
    assert form.status_code == direct.status_code == 200
    assert bindings(get) == bindings(form) == bindings(direct)


def parse_results(media: str, body: bytes) -> list[str]:
    """The ?org values of a results document, parsed by a parser for its media type."""
    text = body.decode("utf-8")
    if "json" in media:
        return [row["org"]["value"] for row in json.loads(text)["results"]["bindings"]]
    if "xml" in media:
        ns = {"r": "http://www.w3.org/2005/sparql-results#"}
        return [uri.text for uri in ET.fromstring(text).iterfind(".//r:binding/r:uri", ns)]
    if "csv" in media:
        return [row["org"] for row in csv.DictReader(io.StringIO(text))]
    header, *rows = text.splitlines()
    assert header == "?org"
    return [row.strip("<>") for row in rows]


@pytest.mark.parametrize(
    ("accept", "media"),
    [
        ("application/sparql-results+json", "application/sparql-results+json"),
        ("application/json", "application/sparql-results+json"),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
        ("text/html;q=0.9, text/csv;q=0.5", "text/csv"),
    ],
)
def test_select_results_are_negotiated(client, accept, media):
    response = client.get("/sparql", params={"query": MEMBERSHIPS}, headers={"Accept": accept})
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == media
    assert response.headers["vary"] == "Accept"
    assert parse_results(media, response.content) == [SCO]


@pytest.mark.parametrize(
    ("accept", "media", "rdflib_format"),
    [
        ("text/turtle", "text/turtle", "turtle"),
        ("application/n-triples", "application/n-triples", "nt"),
        ("application/ld+json", "application/ld+json", "json-ld"),
        ("application/rdf+xml", "application/rdf+xml", "xml"),
    ],
)
def test_graph_results_are_negotiated(client, store_path, accept, media, rdflib_format):
    import rdflib

    response = client.post("/sparql", data={"query": EVERYTHING}, headers={"Accept": accept})
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == media
    graph = rdflib.Graph().parse(data=response.content, format=rdflib_format)
    assert len(graph) == union_triple_count(store_path)


def test_ask_answers_a_boolean(client):
    response = client.get("/sparql", params={"query": "ASK { kzr:kaz kz:memberOf ?o }"})
    assert response.json()["boolean"] is True


def test_dataset_parameters_replace_the_union(client):
    only_inferred = client.get(
        "/sparql", params={"query": MEMBERSHIPS, "default-graph-uri": INFERRED_GRAPH}
    )
    only_ontology = client.get(
        "/sparql",
        params={
            "query": MEMBERSHIPS,
            "default-graph-uri": "https://w3id.org/kzgraph/graph/ontology",
        },
    )
    assert bindings(only_inferred) == {(("org", SCO),)}
    assert bindings(only_ontology) == set()


def test_service_description(client):
    import rdflib

    response = client.get("/sparql", headers={"Accept": "text/turtle"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/turtle")
    graph = rdflib.Graph().parse(data=response.text, format="turtle")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    service = graph.value(predicate=rdflib.RDF.type, object=sd.Service)
    assert graph.value(service, sd.endpoint) == rdflib.URIRef("http://testserver/sparql")
    assert (service, sd.feature, sd.UnionDefaultGraph) in graph
    assert (service, sd.supportedLanguage, sd.SPARQL11Update) not in graph


def test_graph_store_reads(client, store_path):
    import rdflib

    default = client.get("/store?default", headers={"Accept": "application/n-triples"})
    inferred = client.get("/store", params={"graph": INFERRED_GRAPH})
    head = client.head("/store", params={"graph": INFERRED_GRAPH})
    assert default.status_code == inferred.status_code == head.status_code == 200
    assert len(rdflib.Graph().parse(data=default.text, format="nt")) == union_triple_count(
        store_path
    )
    inferred_graph = rdflib.Graph().parse(data=inferred.text, format="turtle")
    assert (
        rdflib.URIRef(KZR + "kaz"),
        rdflib.URIRef(KZ + "memberOf"),
        rdflib.URIRef(SCO),
    ) in inferred_graph
    assert len(inferred_graph) == 3
    assert head.content == b""


# --- read-only by default -----------------------------------------------------------------

INSERT = "INSERT DATA { kzr:kaz kz:memberOf kzr:nato }"


@pytest.mark.parametrize(
    "attempt",
    [
        lambda c: c.post(
            "/sparql", content=INSERT, headers={"Content-Type": "application/sparql-update"}
        ),
        lambda c: c.post("/sparql", data={"update": INSERT}),
        lambda c: c.post("/sparql", data={"query": INSERT}),
        lambda c: c.get("/sparql", params={"update": INSERT}),
        lambda c: c.put("/store", params={"graph": INFERRED_GRAPH}, content=b""),
        lambda c: c.post("/api/query", json={"query": INSERT}),
    ],
    ids=["sparql-update", "form-update", "update-as-query", "get-update", "gsp-put", "page"],
)
def test_updates_are_refused_with_403(client, attempt):
    response = attempt(client)
    assert response.status_code == 403
    assert response.json()["error"]["code"] == "update_forbidden"
    assert "read-only" in response.json()["error"]["message"]
    assert "--allow-update" in response.json()["error"]["message"]
    nato = client.get("/sparql", params={"query": "ASK { kzr:kaz kz:memberOf kzr:nato }"})
    assert nato.json()["boolean"] is False


def test_allow_update_accepts_updates(tmp_path, load_trig):
    path = load_trig(FIXTURE, tmp_path / "store")
    config = ServeConfig(path, allow_update=True)
    with TestClient(create_app(config)) as writable:
        done = writable.post("/sparql", data={"update": INSERT})
        seen = writable.get("/sparql", params={"query": "ASK { kzr:kaz kz:memberOf kzr:nato }"})
        described = writable.get("/sparql").text
    assert done.status_code == 200
    assert seen.json()["boolean"] is True
    assert "SPARQL11Update" in described


@pytest.mark.parametrize(
    ("options", "host"),
    [
        ([], "127.0.0.1"),
        (["--allow-update"], "127.0.0.1"),
        (["--host", "0.0.0.0"], "0.0.0.0"),
        (["--allow-update", "--host", "::1"], "::1"),
    ],
)
def test_binds_loopback_unless_host_given(cli_runner, store_path, monkeypatch, options, host):
    import uvicorn

    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: seen.update(kwargs))
    result = cli_runner.invoke(cli, ["serve", "--store", str(store_path), *options])
    assert result.exit_code == 0, result.output
    assert seen["host"] == host


def test_a_new_build_is_served_without_a_restart(tmp_path):
    from kzgraph.store import write_store

    quads = list(ox.parse(path=str(FIXTURE), format=ox.RdfFormat.TRIG))
    path = tmp_path / "store"
    write_store(quads, path)
    nato = {"query": "ASK { kzr:kaz kz:memberOf kzr:nato }"}
    with TestClient(create_app(ServeConfig(path, workers=1))) as served:
        before = served.get("/sparql", params=nato).json()["boolean"]
        extra = ox.Quad(
            ox.NamedNode(KZR + "kaz"),
            ox.NamedNode(KZ + "memberOf"),
            ox.NamedNode(KZR + "nato"),
            ox.NamedNode(INFERRED_GRAPH),
        )
        write_store([*quads, extra], path)  # a build swaps a new generation in
        after = served.get("/sparql", params=nato).json()["boolean"]
    assert (before, after) == (False, True)


# --- limits and the one error shape -------------------------------------------------------


def test_result_size_limit(store_path):
    with TestClient(create_app(ServeConfig(store_path, max_result_bytes=300))) as small:
        too_big = small.post("/sparql", data={"query": EVERYTHING})
        fits = small.get("/sparql", params={"query": MEMBERSHIPS})
        page = small.post("/api/query", json={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert too_big.status_code == page.status_code == 422
    assert too_big.json()["error"]["code"] == "result_too_large"
    assert too_big.json()["error"]["limit"] == 300
    assert fits.status_code == 200


ERRORS = [
    ("syntax", 400, "query_syntax", lambda c: c.get("/sparql", params={"query": "SELECT * {"})),
    ("update", 403, "update_forbidden", lambda c: c.post("/sparql", data={"update": INSERT})),
    ("no-route", 404, "not_found", lambda c: c.get("/nothing-here")),
    ("no-graph", 404, "not_found", lambda c: c.get("/store", params={"graph": KZR + "none"})),
    ("gsp-args", 400, "bad_request", lambda c: c.get("/store")),
    ("bad-iri", 400, "bad_request", lambda c: c.get("/store", params={"graph": "not an iri"})),
    ("method", 405, "method_not_allowed", lambda c: c.delete("/sparql")),
    (
        "accept",
        406,
        "not_acceptable",
        lambda c: c.get("/sparql", params={"query": MEMBERSHIPS}, headers={"Accept": "image/png"}),
    ),
    (
        "media",
        415,
        "unsupported_media_type",
        lambda c: c.post("/sparql", content=b"x", headers={"Content-Type": "text/plain"}),
    ),
    ("twice", 400, "bad_request", lambda c: c.get("/sparql?query=ASK%7B%7D&query=ASK%7B%7D")),
    (
        "too-long",
        413,
        "request_too_large",
        lambda c: c.post(
            "/sparql",
            content=b"#" * 1_100_000,
            headers={"Content-Type": "application/sparql-query"},
        ),
    ),
    ("page-json", 400, "bad_request", lambda c: c.post("/api/query", content=b"{not json")),
    ("page-syntax", 400, "query_syntax", lambda c: c.post("/api/query", json={"query": "ASK"})),
    (
        "question",
        400,
        "bad_question",
        lambda c: c.post("/api/ask", json={"name": "no-such-question", "args": []}),
    ),
    (
        "entity",
        404,
        "bad_question",
        lambda c: c.post("/api/ask", json={"name": "memberships", "args": ["Atlantis"]}),
    ),
    ("where", 400, "bad_request", lambda c: c.post("/api/where", json={"terms": "kzr:kaz"})),
]


@pytest.mark.parametrize(
    ("status", "code", "request_"),
    [error[1:] for error in ERRORS],
    ids=[error[0] for error in ERRORS],
)
def test_every_error_has_one_json_shape(client, status, code, request_):
    response = request_(client)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/json"
    error = response.json()["error"]
    assert {"status", "code", "message"} <= set(error)
    assert (error["status"], error["code"]) == (status, code)
    assert isinstance(error["message"], str) and error["message"]


def test_syntax_error_names_line_and_column(client):
    query = "SELECT *\nWHERE { ?s ?p }"
    with pytest.raises(SyntaxError) as raised:
        ox.Store().query(query)
    position = str(raised.value).split(":")[0:2]  # "error at LINE:COLUMN: ..."
    line, column = int(position[0].split()[-1]), int(position[1])
    error = client.get("/sparql", params={"query": query}).json()["error"]
    assert line == 2
    assert (error["line"], error["column"]) == (line, column)
    assert error["message"].startswith(f"SPARQL syntax error: line 2, column {column}: expected")
    assert "\n" not in error["message"]


def test_cors_is_off_by_default_and_configurable(client, store_path):
    origin = {"Origin": "https://example.org"}
    assert "access-control-allow-origin" not in client.get("/sparql", headers=origin).headers
    config = ServeConfig(store_path, cors_origins=("https://example.org",))
    with TestClient(create_app(config)) as cors:
        ok = cors.get("/sparql", params={"query": MEMBERSHIPS}, headers=origin)
        failed = cors.get("/sparql", params={"query": "SELECT"}, headers=origin)
        other = cors.get("/sparql", headers={"Origin": "https://elsewhere.example"})
        preflight = cors.options(
            "/sparql", headers={**origin, "Access-Control-Request-Method": "POST"}
        )
    assert ok.headers["access-control-allow-origin"] == "https://example.org"
    assert failed.headers["access-control-allow-origin"] == "https://example.org"
    assert "access-control-allow-origin" not in other.headers
    assert preflight.status_code == 200


# --- the page's API -----------------------------------------------------------------------


def test_page_and_its_assets_are_served_from_the_package(client):
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "://" not in page.text.replace("http://www.w3.org", ""), "no external assets"
    for asset in ("/static/app.js", "/static/style.css"):
        assert asset in page.text
        assert client.get(asset).status_code == 200


def test_questions_are_the_named_query_catalogue(client):
    from kzgraph.named_queries import load_catalogue

    questions = client.get("/api/questions").json()["questions"]
    catalogue = load_catalogue()
    assert [q["name"] for q in questions] == list(catalogue)
    for question in questions:
        assert [p["name"] for p in question["params"]] == [
            p.name for p in catalogue[question["name"]].params
        ]


def test_ask_binds_parameters_and_labels_entities(client):
    response = client.post(
        "/api/ask", json={"name": "shared-memberships", "args": ["Kazakhstan", "China"]}
    )
    assert response.status_code == 200, response.text
    answer = response.json()
    organisations = {row["organisation"]["value"] for row in answer["results"]["bindings"]}
    assert organisations == {SCO}
    assert answer["labels"][SCO] == "Shanghai Cooperation Organisation"
    assert answer["labels"][KZR + "kaz"] == "Kazakhstan"


@pytest.mark.parametrize("name", ['Kazakhstan" } ; DROP ALL ; {', "<x> } UNION { ?s ?p ?o"])
def test_ask_arguments_are_names_not_sparql(client, name):
    response = client.post("/api/ask", json={"name": "memberships", "args": [name]})
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "bad_question"


def test_where_finds_the_sentence_of_a_row(client):
    row = client.post(
        "/api/query",
        json={
            "query": (
                "SELECT ?a ?b ?date WHERE { ?a kz:hasDiplomaticRelationsWith ?b . "
                "?e kz:participant ?a, ?b ; kz:date ?date } LIMIT 1"
            )
        },
    ).json()["results"]["bindings"][0]
    found = client.post("/api/where", json={"terms": list(row.values())}).json()
    assert found["matched"] == found["of"] == 3
    (source,) = found["sources"]
    assert source["file"] == "sample.txt"
    assert source["text"].startswith("The People's Republic of China and Kazakhstan formed")
    assert source["rule"] == "diplomatic-relations-on"


# --- a real server: time limit, curl and SPARQL clients -----------------------------------


@pytest.fixture(scope="module")
def live_server(store_path, serve):
    with serve(store_path, "--timeout", "2", "--workers", "2") as url:
        yield url


def test_slow_query_is_cut_off_while_another_client_is_served(live_server):
    slow: dict = {}

    def run_slow():
        slow["response"] = httpx.get(live_server + "/sparql", params={"query": SLOW}, timeout=60)

    runner = threading.Thread(target=run_slow)
    runner.start()
    time.sleep(0.5)  # let the slow query reach a worker
    quick = httpx.get(live_server + "/sparql", params={"query": MEMBERSHIPS}, timeout=60)
    still_running = runner.is_alive()
    runner.join(60)
    assert quick.status_code == 200 and bindings(quick) == {(("org", SCO),)}
    assert still_running, "the second client was only served after the slow query ended"
    error = slow["response"].json()["error"]
    assert slow["response"].status_code == 503
    assert (error["code"], error["limit_seconds"]) == ("query_timeout", 2)
    after = httpx.get(live_server + "/sparql", params={"query": MEMBERSHIPS}, timeout=60)
    assert after.status_code == 200, "the killed worker was replaced"


def curl_or_skip() -> str:
    curl = shutil.which("curl")
    if curl is None:
        if REQUIRE_EXTERNAL:
            pytest.fail("curl is required (KZGRAPH_REQUIRE_EXTERNAL=1) but not installed")
        pytest.skip("curl is not installed")
    return curl


@pytest.mark.parametrize(
    ("accept", "query", "media"),
    [
        ("application/sparql-results+json", MEMBERSHIPS, "application/sparql-results+json"),
        ("application/sparql-results+xml", MEMBERSHIPS, "application/sparql-results+xml"),
        ("text/csv", MEMBERSHIPS, "text/csv"),
        ("text/tab-separated-values", MEMBERSHIPS, "text/tab-separated-values"),
        ("text/turtle", EVERYTHING, "text/turtle"),
        ("application/n-triples", EVERYTHING, "application/n-triples"),
        ("application/ld+json", EVERYTHING, "application/ld+json"),
        ("application/rdf+xml", EVERYTHING, "application/rdf+xml"),
    ],
)
def test_curl_gets_each_media_type(live_server, store_path, accept, query, media):
    import rdflib

    result = subprocess.run(
        [
            curl_or_skip(),
            "-sS",
            "-H",
            f"Accept: {accept}",
            "--data-urlencode",
            f"query={query}",
            "-w",
            "\n%{content_type}",
            live_server + "/sparql",
        ],
        capture_output=True,
        check=True,
        timeout=60,
    )
    body, _, content_type = result.stdout.rpartition(b"\n")
    assert content_type.decode().split(";")[0] == media
    if query == MEMBERSHIPS:
        assert parse_results(media, body) == [SCO]
    else:
        formats = {
            "text/turtle": "turtle",
            "application/n-triples": "nt",
            "application/ld+json": "json-ld",
            "application/rdf+xml": "xml",
        }
        graph = rdflib.Graph().parse(data=body, format=formats[media])
        assert len(graph) == union_triple_count(store_path)


REAL_QUERIES = [
    MEMBERSHIPS,
    "SELECT ?a ?b WHERE { ?a kz:hasDiplomaticRelationsWith ?b } ORDER BY ?a",
    "SELECT ?state ?year WHERE { ?m a kz:FoundingMembership ; kz:member ?state ; "
    "kz:startDate ?year } ORDER BY ?state",
    "SELECT ?file ?text ?rule WHERE { GRAPH ?a { kzr:chn kz:hasDiplomaticRelationsWith kzr:kaz }"
    " ?a prov:wasDerivedFrom ?s ; kz:rule ?rule . ?s kz:text ?text ; dcterms:isPartOf ?d . "
    "?d kz:fileName ?file }",
]


def cli_answer(cli_runner, store_path, query: str) -> list[dict]:
    """What ``kzgraph query --format json`` answers: rows of variable -> value."""
    result = cli_runner.invoke(
        cli, ["query", query, "--store", str(store_path), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)["results"]["bindings"]
    return [{name: term["value"] for name, term in row.items()} for row in rows]


def with_prologue(query: str) -> str:
    """Plain SPARQL clients do not know the server's predeclared prefixes: declare them."""
    from kzgraph.namespaces import PREFIXES

    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items()) + query


@pytest.mark.parametrize("query", REAL_QUERIES)
def test_sparqlwrapper_answers_like_the_cli(live_server, store_path, cli_runner, query):
    from SPARQLWrapper import JSON, SPARQLWrapper

    endpoint = SPARQLWrapper(live_server + "/sparql")
    endpoint.setQuery(with_prologue(query))
    endpoint.setReturnFormat(JSON)
    rows = endpoint.query().convert()["results"]["bindings"]
    over_http = [{name: term["value"] for name, term in row.items()} for row in rows]
    expected = cli_answer(cli_runner, store_path, query)
    assert expected, "the query should answer something on the fixture"
    assert over_http == expected


@pytest.mark.parametrize("query", REAL_QUERIES)
def test_rdflib_sparqlstore_answers_like_the_cli(live_server, store_path, cli_runner, query):
    import rdflib
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    graph = rdflib.Graph(SPARQLStore(live_server + "/sparql", returnFormat="json"))
    result = graph.query(with_prologue(query))
    over_http = [
        {str(name): str(row[name]) for name in result.vars if row[name] is not None}
        for row in result
    ]
    assert over_http == cli_answer(cli_runner, store_path, query)


# --- the sample corpus: every named question over HTTP answers like `kzgraph ask` ----------

_EXAMPLE = re.compile(r'e\.g\.\s+(?:"([^"]+)"|(\S+))')


def example_questions() -> list[tuple[str, list[str]]]:
    """Each named question with the example arguments its header gives (``e.g. China``)."""
    from kzgraph.named_queries import load_catalogue

    questions = []
    for named in load_catalogue().values():
        examples = [_EXAMPLE.search(param.description) for param in named.params]
        if all(examples):
            questions.append((named.name, [m.group(1) or m.group(2) for m in examples]))
    return questions


@pytest.fixture(scope="module")
def sample_server(sample_store, serve):
    with serve(sample_store, "--timeout", "30") as url:
        yield url


_WHERE_OPENS = re.compile(
    r"^(?:SELECT\b.*?\bWHERE|ASK(?:\s+WHERE)?)\s*\{", re.IGNORECASE | re.DOTALL | re.MULTILINE
)


def bound_with_values(store_path: Path, name: str, args: list[str]) -> str:
    """Plain SPARQL for a client without substitutions: a VALUES row opening the WHERE group.

    The IRIs are written by pyoxigraph (``str(NamedNode)``), never pasted from user text.
    """
    from kzgraph.named_queries import EntityNames, get_named_query

    named = get_named_query(name)
    store = ox.Store.read_only(str(Path(store_path).resolve()))
    names = EntityNames(store)
    nodes = [str(names.resolve(arg)) for arg in args]
    variables = " ".join(f"?{param.name}" for param in named.params)
    where = _WHERE_OPENS.search(named.sparql)
    values = f"\nVALUES ({variables}) {{ ({' '.join(nodes)}) }}\n"
    return with_prologue(named.sparql[: where.end()] + values + named.sparql[where.end() :])


def ask_answer(cli_runner, store_path, name: str, args: list[str]):
    """``kzgraph ask NAME ARGS --format json``: (variables, sorted rows), or its error message."""
    result = cli_runner.invoke(
        cli, ["ask", name, *args, "--store", str(store_path), "--format", "json"]
    )
    if result.exit_code != 0:
        return result.output.removeprefix("Error: ").strip()
    answer = json.loads(result.output)
    if "boolean" in answer:
        return [], [answer["boolean"]]
    variables = answer["head"]["vars"]
    return variables, sorted(
        tuple(sorted((k, v["value"]) for k, v in row.items()))
        for row in answer["results"]["bindings"]
    )


def http_rows(client: str, url: str, query: str, variables: list[str]) -> list:
    """The rows a real SPARQL client gets, restricted to ``variables``, sorted."""
    if client == "sparqlwrapper":
        from SPARQLWrapper import JSON, SPARQLWrapper

        endpoint = SPARQLWrapper(url + "/sparql")
        endpoint.setQuery(query)
        endpoint.setReturnFormat(JSON)
        answer = endpoint.query().convert()
        if "boolean" in answer:
            return [answer["boolean"]]
        rows = [{k: v["value"] for k, v in row.items()} for row in answer["results"]["bindings"]]
    else:
        import rdflib
        from rdflib.plugins.stores.sparqlstore import SPARQLStore

        graph = rdflib.Graph(SPARQLStore(url + "/sparql", returnFormat="json"))
        result = graph.query(query)
        if result.type == "ASK":
            return [result.askAnswer]
        rows = [{str(v): str(row[v]) for v in result.vars if row[v] is not None} for row in result]
    return sorted(tuple(sorted((k, v) for k, v in row.items() if k in variables)) for row in rows)


@pytest.mark.parametrize("client", ["sparqlwrapper", "rdflib"])
@pytest.mark.parametrize(
    ("name", "args"), example_questions(), ids=[name for name, _ in example_questions()]
)
def test_named_questions_over_http_answer_like_ask(
    sample_server, sample_store, cli_runner, client, name, args
):
    expected = ask_answer(cli_runner, sample_store, name, args)
    if isinstance(expected, str):  # the CLI refused the example: the page's API says the same
        response = httpx.post(sample_server + "/api/ask", json={"name": name, "args": args})
        assert response.status_code in (400, 404)
        assert response.json()["error"]["message"] == expected
        return
    variables, expected = expected
    query = bound_with_values(sample_store, name, args)
    assert http_rows(client, sample_server, query, variables) == expected


def test_page_where_names_the_sentence_a_row_quotes(sample_store):
    with TestClient(create_app(ServeConfig(sample_store))) as served:
        answer = served.post(
            "/api/ask", json={"name": "shared-memberships", "args": ["Kazakhstan", "China"]}
        ).json()
        for row in answer["results"]["bindings"]:
            found = served.post("/api/where", json={"terms": list(row.values())}).json()
            assert [source["text"] for source in found["sources"]] == [row["sentence"]["value"]]
            assert found["sources"][0]["file"] == row["file"]["value"]


# --- the command line ---------------------------------------------------------------------


def test_serve_without_a_store_says_build_first(cli_runner, tmp_path):
    result = cli_runner.invoke(cli, ["serve", "--store", str(tmp_path / "none")])
    assert result.exit_code == 3
    assert "run `kzgraph build` first" in result.output


def test_serve_rejects_a_bad_size(cli_runner, store_path):
    result = cli_runner.invoke(
        cli, ["serve", "--store", str(store_path), "--max-result-size", "lots"]
    )
    assert result.exit_code == 2
    assert "is not a size like 10MB" in result.output
