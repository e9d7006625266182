"""kzgraph.query and the `kzgraph query` command: prefixes, graphs, formats, errors."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pyoxigraph as ox
import pytest

from kzgraph.cli import cli
from kzgraph.errors import QueryError, QuerySyntaxError
from kzgraph.namespaces import PREFIXES
from kzgraph.query import curie, format_results, is_update, run_query

MEMBERS = "SELECT ?member WHERE { ?member kz:memberOf kzr:shanghai-cooperation-organisation }"


def values(result, name):
    return sorted(row[name].value for row in result)


def test_union_default_graph_includes_inferred_facts(query_graph):
    # memberOf is only in kzg:inferred (it follows from coFounderOf)
    assert values(run_query(query_graph, MEMBERS), "member") == [
        PREFIXES["kzr"] + "chn",
        PREFIXES["kzr"] + "kaz",
    ]


def test_asserted_only_leaves_out_the_inferred_graph(query_graph):
    assert values(run_query(query_graph, MEMBERS, asserted_only=True), "member") == []
    co_founders = MEMBERS.replace("memberOf", "coFounderOf")
    assert len(values(run_query(query_graph, co_founders, asserted_only=True), "member")) == 2


def test_asserted_only_still_sees_the_ontology(query_graph):
    sparql = "ASK { kz:coFounderOf rdfs:subPropertyOf kz:memberOf }"
    assert bool(run_query(query_graph, sparql, asserted_only=True))


def test_substitutions_bind_a_variable(query_graph):
    sparql = "SELECT ?x ?o WHERE { ?x kz:coFounderOf ?o }"
    kaz = ox.NamedNode(PREFIXES["kzr"] + "kaz")
    rows = list(run_query(query_graph, sparql, substitutions={"x": kaz}))
    assert [row["x"] for row in rows] == [kaz]


def test_syntax_error_carries_line_and_column(query_graph):
    with pytest.raises(QuerySyntaxError) as caught:
        run_query(query_graph, "SELECT ?s WHERE {\n  ?s ?p ?o .\n  ?s ?p\n}")
    assert (caught.value.line, caught.value.column) == (4, 2)
    assert str(caught.value).startswith("SPARQL syntax error: line 4, column 2: ")


def test_unknown_prefix_names_the_predeclared_ones(query_graph):
    with pytest.raises(QuerySyntaxError, match=r"unknown prefix \(predeclared: kz, kzr, "):
        run_query(query_graph, "SELECT * WHERE { ?s foo:bar ?o }")


@pytest.mark.parametrize(
    "update",
    [
        "INSERT DATA { kzr:a kzr:b kzr:c }",
        "PREFIX ex: <http://example.org/>\n# a comment\nDELETE WHERE { ?s ?p ?o }",
        "drop all",
        "LOAD <http://example.org/data.ttl>",
        "WITH kzg:inferred DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    ],
)
def test_update_is_refused(query_graph, update):
    before = len(query_graph)
    with pytest.raises(QueryError, match="SPARQL Update is not allowed here"):
        run_query(query_graph, update)
    assert len(query_graph) == before


def test_a_query_mentioning_insert_is_not_an_update():
    assert not is_update('SELECT ("INSERT DATA" AS ?x) WHERE {}')
    assert not is_update("PREFIX insert: <x:> ASK { ?s insert:p ?o }")


def test_table_shows_labels_and_iris_on_request(query_graph):
    sparql = "SELECT ?member ?since WHERE { ?m kz:member ?member ; kz:startDate ?since }"
    table = format_results(
        run_query(query_graph, sparql + " ORDER BY ?member"), "table", store=query_graph
    )
    assert table.splitlines() == [
        "member      since",
        "----------  ---------------",
        "China       1996^^xsd:gYear",
        "Kazakhstan  1996^^xsd:gYear",
        "(2 rows)",
    ]
    with_iris = format_results(
        run_query(query_graph, sparql), "table", store=query_graph, iris=True
    )
    assert "kzr:kaz" in with_iris and "Kazakhstan" not in with_iris


def test_json_and_xml_are_the_sparql_results_formats(query_graph):
    parsed = json.loads(format_results(run_query(query_graph, MEMBERS), "json"))
    assert parsed["head"]["vars"] == ["member"]
    assert len(parsed["results"]["bindings"]) == 2
    root = ET.fromstring(format_results(run_query(query_graph, MEMBERS), "xml"))
    assert root.tag == "{http://www.w3.org/2005/sparql-results#}sparql"


def test_csv_and_tsv(query_graph):
    csv = format_results(run_query(query_graph, MEMBERS), "csv").splitlines()
    assert csv[0] == "member" and len(csv) == 3
    tsv = format_results(run_query(query_graph, MEMBERS), "tsv").splitlines()
    assert tsv[0] == "?member" and f"<{PREFIXES['kzr']}kaz>" in tsv


def test_ask_renders_true_or_false(query_graph):
    result = run_query(query_graph, "ASK { kzr:kaz kz:memberOf kzr:nato }")
    assert format_results(result, "table") == "false\n"
    result = run_query(query_graph, "ASK { kzr:kaz kz:memberOf ?o }")
    assert json.loads(format_results(result, "json"))["boolean"] is True


def test_construct_as_turtle_parses_back(query_graph):
    result = run_query(query_graph, "CONSTRUCT WHERE { ?s kz:memberOf ?o }")
    text = format_results(result, "turtle")
    assert "@prefix kz: <https://w3id.org/kzgraph/ontology#> ." in text
    assert len(list(ox.parse(text.encode(), format=ox.RdfFormat.TURTLE))) == 2


def test_a_format_for_the_wrong_kind_of_result_is_an_error(query_graph):
    with pytest.raises(QueryError, match="for graph results"):
        format_results(run_query(query_graph, MEMBERS), "turtle")
    with pytest.raises(QueryError, match="for SELECT and ASK"):
        format_results(run_query(query_graph, "CONSTRUCT WHERE { ?s ?p ?o }"), "csv")


def test_curie_keeps_slashes_out_of_local_names():
    assert curie(PREFIXES["kzd"] + "kazakhstan-usa") == "kzd:kazakhstan-usa"
    assert curie(PREFIXES["kzd"] + "kazakhstan-usa/s7") == f"<{PREFIXES['kzd']}kazakhstan-usa/s7>"


# The command line


def invoke(runner, *args, **kwargs):
    return runner.invoke(cli, ["query", *args], catch_exceptions=False, **kwargs)


def test_cli_query_from_argument(cli_runner, query_graph_store):
    result = invoke(cli_runner, MEMBERS, "--store", str(query_graph_store), "--format", "table")
    assert result.exit_code == 0
    assert "China" in result.output and "Kazakhstan" in result.output


def test_cli_default_is_tsv_when_not_a_terminal(cli_runner, query_graph_store):
    result = invoke(cli_runner, MEMBERS, "--store", str(query_graph_store))
    assert result.output.splitlines()[0] == "?member"


def test_cli_query_from_file_and_stdin(cli_runner, query_graph_store, tmp_path):
    path = tmp_path / "q.rq"
    path.write_text("ASK { kzr:kaz kz:coFounderOf ?o }")
    result = invoke(cli_runner, "-f", str(path), "--store", str(query_graph_store))
    assert (result.exit_code, result.output) == (0, "true\n")
    result = invoke(
        cli_runner,
        "--store",
        str(query_graph_store),
        "--asserted-only",
        input="ASK { kzr:kaz kz:memberOf ?o }",
    )
    assert (result.exit_code, result.output) == (0, "false\n")


def test_cli_syntax_error_exits_2_with_position(cli_runner, query_graph_store):
    result = invoke(cli_runner, "SELECT * WHERE {\n ?s ?p }", "--store", str(query_graph_store))
    assert result.exit_code == 2
    assert result.output.startswith("Error: SPARQL syntax error: line 2, column 9: ")


def test_cli_update_is_refused(cli_runner, query_graph_store):
    result = invoke(cli_runner, "DROP ALL", "--store", str(query_graph_store))
    assert result.exit_code == 2
    assert "Error: SPARQL Update is not allowed here" in result.output


def test_cli_missing_store_says_run_build(cli_runner, tmp_path):
    result = invoke(cli_runner, MEMBERS, "--store", str(tmp_path / "none"))
    assert result.exit_code == 3
    assert result.output == (
        f"Error: no kzgraph store at {tmp_path / 'none'}; run `kzgraph build` first\n"
    )
    assert "Traceback" not in result.output


def test_cli_help_lists_the_prefixes(cli_runner):
    result = invoke(cli_runner, "--help")
    for prefix, iri in PREFIXES.items():
        assert f"{prefix}: <{iri}>" in result.output


def test_asking_loads_no_heavy_module(query_graph_store):
    """A whole `kzgraph ask` run (names, store, query, table) stays clear of rdflib & co."""
    import subprocess
    import sys

    code = (
        "import sys\nfrom kzgraph.cli import cli\n"
        f"try:\n    cli(['ask', 'memberships', 'Kazakhstan', '--store', {str(query_graph_store)!r},"
        " '--format', 'table'])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in ('spacy', 'rdflib', 'owlrl', 'pyshacl') if m in sys.modules),"
        " file=sys.stderr)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert "Shanghai Cooperation Organisation" in result.stdout
    assert result.stderr.strip().splitlines()[-1] == "[]"
