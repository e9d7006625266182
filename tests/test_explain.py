"""kzgraph.explain and `kzgraph explain`: sources of stated facts, derivations of inferred ones."""

from __future__ import annotations

import json

import pyoxigraph as ox

from kzgraph.cli import cli
from kzgraph.explain import Source, explain_entity, explain_fact, render
from kzgraph.namespaces import PREFIXES
from kzgraph.query import Labeller


def kz(name):
    return ox.NamedNode(PREFIXES["kz"] + name)


def kzr(name):
    return ox.NamedNode(PREFIXES["kzr"] + name)


RELATED = kz("hasDiplomaticRelationsWith")
RELATIONS_SENTENCE = (
    "The People's Republic of China and Kazakhstan formed diplomatic relations on January 3, 1992."
)


def test_a_stated_fact_gives_file_sentence_span_and_rule(query_graph):
    explanation = explain_fact(query_graph, kzr("chn"), RELATED, kzr("kaz"))
    assert not explanation.inferred
    assert explanation.sources == [
        Source(
            "kazakhstan-china-osce.txt",
            0,
            26,
            119,
            "diplomatic-relations-formed-on",
            "The People's Republic of China and Kazakhstan formed diplomatic relations on "
            "January 3, 1992",
            RELATIONS_SENTENCE,
        )
    ]


def test_symmetry(query_graph):
    explanation = explain_fact(query_graph, kzr("kaz"), RELATED, kzr("chn"))
    assert explanation.inferred and explanation.sources == []
    [derivation] = explanation.derivations
    assert derivation.rule == "prp-symp"
    assert derivation.axiom == (
        kz("hasDiplomaticRelationsWith"),
        ox.NamedNode(PREFIXES["rdf"] + "type"),
        ox.NamedNode(PREFIXES["owl"] + "SymmetricProperty"),
    )
    [premise] = derivation.premises
    assert premise.triple == (kzr("chn"), kz("hasDiplomaticRelationsWith"), kzr("kaz"))
    assert premise.sources[0].text == RELATIONS_SENTENCE


def test_inverse_of_a_sub_property_goes_back_to_the_sentence(query_graph):
    sco = kzr("shanghai-cooperation-organisation")
    explanation = explain_fact(query_graph, sco, kz("hasMember"), kzr("kaz"))
    [inverse] = explanation.derivations  # no circular derivation through hasMember itself
    assert inverse.rule == "prp-inv2"
    [member_of] = inverse.premises
    assert member_of.triple == (kzr("kaz"), kz("memberOf"), sco)
    assert [d.rule for d in member_of.derivations] == ["prp-spo1"]
    [co_founder] = member_of.derivations[0].premises
    assert co_founder.triple == (kzr("kaz"), kz("coFounderOf"), sco)
    assert co_founder.sources[0].rule == "co-founders-of"


def test_a_fact_the_graph_does_not_hold(query_graph):
    explanation = explain_fact(query_graph, kzr("kaz"), kz("memberOf"), kzr("nato"))
    assert (explanation.sources, explanation.inferred, explanation.derivations) == ([], False, [])


def test_entity_explanation_covers_facts_both_ways(query_graph):
    triples = {e.triple for e in explain_entity(query_graph, kzr("kaz"))}
    assert (kzr("kaz"), kz("coFounderOf"), kzr("shanghai-cooperation-organisation")) in triples
    assert (kzr("chn"), kz("hasDiplomaticRelationsWith"), kzr("kaz")) in triples
    assert (kzr("kaz"), kz("memberOf"), kzr("shanghai-cooperation-organisation")) in triples
    # provenance (document graphs) and the ontology are not facts about Kazakhstan
    assert not any(t[1] == kz("writtenFrom") for t in triples)


def test_render_and_json(query_graph):
    explanation = explain_fact(query_graph, kzr("kaz"), RELATED, kzr("chn"))
    text = render(explanation, Labeller(query_graph))
    assert text.splitlines()[:2] == [
        "Kazakhstan | has diplomatic relations with | China  [inferred]",
        "  inferred by prp-symp from the axiom has diplomatic relations with rdf:type "
        "owl:SymmetricProperty, given:",
    ]
    data = json.loads(json.dumps(explanation.to_dict()))
    assert data["derivations"][0]["premises"][0]["sources"][0]["sentence"] == 0


def test_cli_explain_a_fact_by_labels(cli_runner, query_graph_store):
    result = cli_runner.invoke(
        cli,
        [
            "explain",
            "China",
            "has diplomatic relations with",
            "Kazakhstan",
            "--store",
            str(query_graph_store),
        ],
        catch_exceptions=False,
    )
    assert result.exit_code == 0
    assert result.output.splitlines() == [
        "China | has diplomatic relations with | Kazakhstan",
        "  stated in kazakhstan-china-osce.txt, sentence 0, characters 26-119 "
        "(rule diplomatic-relations-formed-on):",
        f'    "{RELATIONS_SENTENCE}"',
    ]


def test_cli_explain_an_entity_as_json(cli_runner, query_graph_store):
    result = cli_runner.invoke(
        cli, ["explain", "SCO", "--json", "--store", str(query_graph_store)], catch_exceptions=False
    )
    assert result.exit_code == 0
    assert any(e["inferred"] for e in json.loads(result.output))


def test_cli_explain_a_fact_not_held(cli_runner, query_graph_store):
    result = cli_runner.invoke(
        cli,
        ["explain", "kzr:kaz", "kz:memberOf", "NATO", "--store", str(query_graph_store)],
        catch_exceptions=False,
    )
    assert result.exit_code == 1
    assert result.output == "Error: the graph does not hold that fact\n"


def test_cli_explain_needs_one_or_three_names(cli_runner, query_graph_store):
    result = cli_runner.invoke(cli, ["explain", "a", "b", "--store", str(query_graph_store)])
    assert result.exit_code == 2
    assert "give one entity, or a subject, a property and an object" in result.output


def test_depth_bounds_the_explained_premises(query_graph):
    sco = kzr("shanghai-cooperation-organisation")
    shallow = explain_fact(query_graph, sco, kz("hasMember"), kzr("kaz"), depth=1)
    [member_of] = shallow.derivations[0].premises
    assert member_of.inferred and member_of.derivations == []
    [entity_view] = [
        e
        for e in explain_entity(query_graph, sco)
        if e.triple[1] == kz("hasMember") and e.triple[2] == kzr("kaz")
    ]
    assert entity_view.derivations[0].premises[0].derivations == []
