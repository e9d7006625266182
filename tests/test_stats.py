"""kzgraph.stats and `kzgraph stats`: documents, asserted vs inferred, by class and property."""

from __future__ import annotations

import json

import pyoxigraph as ox

from kzgraph.cli import cli
from kzgraph.namespaces import INFERRED_GRAPH, KZ, ONTOLOGY_GRAPH, RDF
from kzgraph.stats import compute_stats, render_stats


def in_graph(store, graph):
    return [q for q in store if q.graph_name == ox.NamedNode(graph)]


def assertion_graphs(store):
    assertion = ox.NamedNode(KZ + "Assertion")
    typed = store.quads_for_pattern(None, ox.NamedNode(RDF + "type"), assertion)
    return {q.subject for q in typed}


def test_totals_add_up(query_graph):
    stats = compute_stats(query_graph)
    graphs = assertion_graphs(query_graph)
    asserted = {(q.subject, q.predicate, q.object) for q in query_graph if q.graph_name in graphs}
    assert stats.asserted_triples == len(asserted)
    assert stats.inferred_triples == len(in_graph(query_graph, INFERRED_GRAPH))
    assert stats.ontology_triples == len(in_graph(query_graph, ONTOLOGY_GRAPH))
    assert stats.quads == len(query_graph)
    in_assertions = sum(1 for q in query_graph if q.graph_name in graphs)
    assert stats.provenance_triples == (
        stats.quads - in_assertions - stats.inferred_triples - stats.ontology_triples
    )


def test_documents(query_graph):
    assert compute_stats(query_graph).documents == [
        {"file": "kazakhstan-china-osce.txt", "sentences": 2, "assertions": 2},
        {"file": "kazakhstan-usa.txt", "sentences": 2, "assertions": 2},
    ]


def test_counts_by_property_separate_asserted_and_inferred(query_graph):
    properties = compute_stats(query_graph).properties
    assert properties["kz:memberOf"] == {"asserted": 0, "inferred": 2}
    assert properties["kz:coFounderOf"] == {"asserted": 2, "inferred": 0}
    assert properties["kz:hasDiplomaticRelationsWith"] == {"asserted": 1, "inferred": 1}
    # the same fact stated in several assertion graphs counts once
    assert properties["rdfs:label"]["asserted"] == 10


def test_counts_by_class(query_graph):
    classes = compute_stats(query_graph).classes
    assert classes["kz:State"] == 5  # kaz, chn, gbr, rus, usa, however often typed
    assert classes["kz:Document"] == 2
    assert "owl:Class" not in classes


def test_render(query_graph):
    text = render_stats(compute_stats(query_graph))
    assert "inferred triples             11" in text
    assert "kz:memberOf                    0         2" in text


def test_cli_stats_json(cli_runner, query_graph_store):
    result = cli_runner.invoke(
        cli, ["stats", "--json", "--store", str(query_graph_store)], catch_exceptions=False
    )
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert (data["inferred_triples"], len(data["documents"])) == (11, 2)


def test_cli_stats_missing_store(cli_runner, tmp_path):
    result = cli_runner.invoke(cli, ["stats", "--store", str(tmp_path / "none")])
    assert result.exit_code == 3
    assert "run `kzgraph build` first" in result.output
