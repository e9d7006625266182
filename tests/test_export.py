"""kzgraph.export and `kzgraph export`: every format and graph, deterministic, parses back."""

from __future__ import annotations

import os
import shutil
import subprocess

import pyoxigraph as ox
import pytest

from kzgraph.cli import cli
from kzgraph.export import DATASET_FORMATS, FORMATS, GRAPHS, export
from kzgraph.namespaces import INFERRED_GRAPH, ONTOLOGY_GRAPH

PARSERS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}
RAPPER_SYNTAX = {
    "turtle": "turtle",
    "ntriples": "ntriples",
    "nquads": "nquads",
    "trig": "trig",
    "rdfxml": "rdfxml",
}


def expected(store, graph, fmt):
    """What the export should hold, counted independently of kzgraph.export."""
    special = {ox.NamedNode(INFERRED_GRAPH), ox.NamedNode(ONTOLOGY_GRAPH)}
    keep = {
        "all": lambda g: True,
        "inferred": lambda g: g == ox.NamedNode(INFERRED_GRAPH),
        "ontology": lambda g: g == ox.NamedNode(ONTOLOGY_GRAPH),
        "asserted": lambda g: g not in special,
    }[graph]
    quads = [q for q in store if keep(q.graph_name)]
    if fmt in DATASET_FORMATS:
        return len(quads)
    return len({(q.subject, q.predicate, q.object) for q in quads})


@pytest.mark.parametrize("graph", GRAPHS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_export_loads_back_with_the_same_count(query_graph, fmt, graph):
    data = export(query_graph, fmt, graph)
    fresh = ox.Store()
    fresh.load(data, format=PARSERS[fmt])
    assert len(fresh) == expected(query_graph, graph, fmt) > 0


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_is_deterministic(query_graph, fmt):
    # the same quads loaded in another order give the same bytes
    reloaded = ox.Store()
    reloaded.extend(sorted(query_graph, key=str, reverse=True))
    assert export(query_graph, fmt) == export(reloaded, fmt)


def test_turtle_is_pretty(query_graph):
    text = export(query_graph, "turtle", "inferred").decode()
    assert text.startswith("@prefix kz: <https://w3id.org/kzgraph/ontology#> .\n")
    assert "kzr:shanghai-cooperation-organisation kz:hasMember kzr:chn, kzr:kaz .\n" in text


def test_trig_keeps_the_named_graphs(query_graph):
    text = export(query_graph, "trig", "all").decode()
    assert "\nkzg:inferred {\n" in text
    assert "\n<https://w3id.org/kzgraph/doc/kazakhstan-usa/s7/a0> {\n" in text


def rapper():
    path = shutil.which("rapper")
    if path is None:
        if os.environ.get("KZGRAPH_REQUIRE_EXTERNAL") == "1":
            pytest.fail("rapper (raptor2-utils) is required but not installed")
        pytest.skip("rapper (raptor2-utils) is not installed")
    return path


@pytest.mark.parametrize("fmt", sorted(RAPPER_SYNTAX))
def test_rapper_parses_the_export(query_graph, tmp_path, fmt):
    path = tmp_path / f"export.{fmt}"
    path.write_bytes(export(query_graph, fmt, "all"))
    result = subprocess.run(
        [rapper(), "-c", "-i", RAPPER_SYNTAX[fmt], str(path)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert f"returned {expected(query_graph, 'all', fmt)} triples" in result.stderr


def test_cli_export_to_file(cli_runner, query_graph_store, tmp_path):
    out = tmp_path / "inferred.nt"
    result = cli_runner.invoke(
        cli,
        [
            "export",
            "--store",
            str(query_graph_store),
            "--format",
            "ntriples",
            "--graph",
            "inferred",
            "-o",
            str(out),
        ],
        catch_exceptions=False,
    )
    assert (result.exit_code, result.output) == (0, "")
    assert len(out.read_text().splitlines()) == 11  # the fixture's kzg:inferred block


def test_cli_export_turtle_to_stdout(cli_runner, query_graph_store):
    result = cli_runner.invoke(
        cli, ["export", "--store", str(query_graph_store)], catch_exceptions=False
    )
    assert result.exit_code == 0
    assert result.output.startswith("@prefix kz: ")


def test_cli_export_rejects_an_unknown_format(cli_runner, query_graph_store):
    result = cli_runner.invoke(cli, ["export", "--format", "n3"])
    assert result.exit_code == 2
    assert "Invalid value for '--format'" in result.output


def test_sample_graph_turtle_passes_rapper_and_loads_back(sample_store, tmp_path):
    from kzgraph.store import open_store

    store = open_store(sample_store)
    path = tmp_path / "sample.ttl"
    path.write_bytes(export(store, "turtle", "all"))
    distinct = expected(store, "all", "turtle")
    result = subprocess.run(
        [rapper(), "-c", "-i", "turtle", str(path)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert f"returned {distinct} triples" in result.stderr
    fresh = ox.Store()
    fresh.load(path=str(path), format=ox.RdfFormat.TURTLE)
    assert len(fresh) == distinct
