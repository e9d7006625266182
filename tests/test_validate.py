"""kzgraph.validate and `kzgraph validate`: SHACL, OWL-RL consistency, exit codes 0/1/2."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kzgraph.cli import cli
from kzgraph.errors import OntologyError
from kzgraph.namespaces import KZ, KZR, ONTOLOGY_GRAPH, RDF
from kzgraph.resources import ontology_file
from kzgraph.validate import consistency_check, validate_store

SHAPES = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix kz: <https://w3id.org/kzgraph/ontology#> .
kz:TreatyShape a sh:NodeShape ; sh:targetClass kz:Memorandum ;
  sh:property [ sh:path kz:%s ; sh:minCount 1 ] .
"""


@pytest.fixture
def shapes(tmp_path):
    def write(required_property):
        path = tmp_path / f"{required_property}.ttl"
        path.write_text(SHAPES % required_property)
        return path

    return write


def test_conforming_graph(query_graph, shapes):
    report = validate_store(query_graph, shapes_path=shapes("guarantor"), reasoning=False)
    assert report.conforms and report.exit_code == 0
    assert report.as_text().startswith("The graph conforms.")


def test_violation_is_reported_with_the_focus_node(query_graph, shapes):
    report = validate_store(query_graph, shapes_path=shapes("signatory"), reasoning=False)
    assert not report.conforms and report.exit_code == 1
    assert "budapest-memorandum" in report.shacl_text
    assert "sh:Violation" in report.shacl_turtle


def test_broken_shapes_file_is_an_error(query_graph, tmp_path):
    broken = tmp_path / "broken.ttl"
    broken.write_text("@prefix sh: <http://www.w3.org/ns/shacl#> .\nsh:x sh:y")
    with pytest.raises(OntologyError, match=r"broken\.ttl: cannot parse SHACL shapes"):
        validate_store(query_graph, shapes_path=broken, reasoning=False)


def disjointness_clash():
    """The shipped ontology plus an entity asserted as a State and an Organisation."""
    store = ox.Store()
    store.load(
        path=str(ontology_file()), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(ONTOLOGY_GRAPH)
    )
    clash, assertion = ox.NamedNode(KZR + "atlantis"), ox.NamedNode(KZ.replace("#", "/") + "a0")
    rdf_type = ox.NamedNode(RDF + "type")
    store.add(ox.Quad(clash, rdf_type, ox.NamedNode(KZ + "State"), assertion))
    store.add(ox.Quad(clash, rdf_type, ox.NamedNode(KZ + "Organisation"), assertion))
    store.add(ox.Quad(assertion, rdf_type, ox.NamedNode(KZ + "Assertion"), assertion))
    return store


def test_owl_rl_inconsistency_is_found():
    messages = consistency_check(disjointness_clash())
    assert messages and any("atlantis" in message for message in messages)


def test_cli_exit_codes(cli_runner, query_graph_store, shapes, tmp_path):
    def run(*args):
        return cli_runner.invoke(
            cli,
            ["validate", "--store", str(query_graph_store), "--no-reasoning", *args],
            catch_exceptions=False,
        )

    assert run("--shapes", str(shapes("guarantor"))).exit_code == 0
    failing = run("--shapes", str(shapes("signatory")))
    assert failing.exit_code == 1 and "The graph does NOT conform." in failing.output
    missing = run("--shapes", str(tmp_path / "none.ttl"))
    assert missing.exit_code == 2
    assert missing.output == f"Error: {tmp_path / 'none.ttl'}: no such SHACL shapes file\n"


def test_cli_turtle_report(cli_runner, query_graph_store, shapes):
    result = cli_runner.invoke(
        cli,
        [
            "validate",
            "--store",
            str(query_graph_store),
            "--no-reasoning",
            "--format",
            "turtle",
            "--shapes",
            str(shapes("signatory")),
        ],
    )
    assert result.exit_code == 1
    report = list(ox.parse(result.output.encode(), format=ox.RdfFormat.TURTLE))
    assert any(
        t.object == ox.NamedNode("http://www.w3.org/ns/shacl#ValidationReport") for t in report
    )


def test_the_sample_graph_conforms_and_is_consistent(sample_store):
    from kzgraph.store import open_store

    report = validate_store(open_store(sample_store))
    assert report.inconsistencies == []
    assert report.conforms, report.shacl_text
    assert report.exit_code == 0
