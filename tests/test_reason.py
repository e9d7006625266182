"""reason.expand: owlrl into a separate graph, the filter on its output, inconsistency messages."""

from __future__ import annotations

import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef

from kzgraph import reason
from kzgraph.namespaces import KZ, KZR, OWL, RDF, RDFS, WD
from kzgraph.ontology import load_ontology

FACTS = f"""
@prefix kz: <{KZ}> .
@prefix kzr: <{KZR}> .
@prefix owl: <{OWL}> .
@prefix rdfs: <{RDFS}> .
@prefix wd: <{WD}> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
kzr:kaz a kz:State ; rdfs:label "Kazakhstan"@en ; owl:sameAs wd:Q232 .
kzr:chn a kz:State ; rdfs:label "China"@en ; owl:sameAs wd:Q148 .
kzr:sco a kz:SecurityOrganisation ; rdfs:label "Shanghai Cooperation Organisation"@en ;
    kz:acronym "SCO" .
kzr:kaz kz:coFounderOf kzr:sco . kzr:chn kz:coFounderOf kzr:sco .
kzr:m1 a kz:FoundingMembership ; kz:member kzr:kaz ; kz:organisation kzr:sco ;
    kz:startDate "1996"^^xsd:gYear .
kzr:chn kz:sharesBorderWith kzr:kaz .
kzr:b a kz:Border ; kz:borderState kzr:chn , kzr:kaz ; kz:lengthKm 1700.0 ; kz:lengthMi 1100.0 .
kzr:t a kz:TradeFigure ; kz:tradeParty kzr:kaz , kzr:chn ; kz:amount 2046000000.0 ;
    kz:currency "USD" ; kz:year "2007"^^xsd:gYear ; kz:shareOfTotal 2.5 .
"""

TYPE = URIRef(RDF + "type")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return load_ontology()


@pytest.fixture(scope="module")
def facts() -> Graph:
    return Graph().parse(data=FACTS, format="turtle")


@pytest.fixture(scope="module")
def reasoning(facts, ontology) -> reason.Reasoning:
    return reason.expand(facts, ontology)


def test_useful_inferences_are_kept(reasoning):
    kaz, chn, sco = (URIRef(KZR + n) for n in ("kaz", "chn", "sco"))
    assert (kaz, URIRef(KZ + "memberOf"), sco) in reasoning.inferred
    assert (kaz, URIRef(KZ + "sharesBorderWith"), chn) in reasoning.inferred
    assert reasoning.inconsistencies == []


def test_no_literal_subject_reaches_inferred(reasoning):
    assert not any(isinstance(s, Literal) for s, _, _ in reasoning.inferred)
    assert reasoning.dropped["literal subject"] > 0  # dt-type2 types the literals


def test_no_reflexive_same_as_or_different_from(reasoning):
    same_as, different = URIRef(OWL + "sameAs"), URIRef(OWL + "differentFrom")
    assert not any(p == same_as and s == o for s, p, o in reasoning.inferred)
    assert not any(p == different for _, p, _ in reasoning.inferred)


def test_no_trivial_types(reasoning):
    objects = {o for _, p, o in reasoning.inferred if p == TYPE}
    trivial = {URIRef(OWL + "Thing"), URIRef(RDFS + "Resource"), URIRef(OWL + "NamedIndividual")}
    assert not objects & trivial
    assert not any(str(o).startswith("http://www.w3.org/2001/XMLSchema#") for o in objects)
    assert reasoning.dropped["trivial type"] > 0


def test_nothing_about_ontology_terms(reasoning, ontology):
    terms = set(ontology.subjects())
    assert not any(s in terms for s, _, _ in reasoning.inferred)
    assert not any(str(s).startswith((OWL, RDFS, RDF)) for s, _, _ in reasoning.inferred)
    assert reasoning.dropped["schema"] > 0


def test_nothing_asserted_is_repeated(reasoning, facts):
    assert not set(reasoning.inferred) & set(facts)


def test_inferred_triples_are_about_our_individuals(reasoning):
    for s, p, o in reasoning.inferred:
        assert str(s).startswith(KZR), (s, p, o)
        assert not isinstance(o, BNode)


def test_wikidata_links_are_withheld_so_facts_are_not_copied(reasoning):
    assert not any(str(t).startswith(WD) for triple in reasoning.inferred for t in triple)
    assert reasoning.withheld["link to another dataset"] == 2
    assert reasoning.withheld["annotation"] >= 3  # the labels


def test_inputs_are_not_modified(facts, ontology):
    before = (len(facts), len(ontology))
    reason.expand(facts, ontology)
    assert (len(facts), len(ontology)) == before


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_same_result_as_stock_owlrl(facts, ontology, reasoning):
    """Leaving out eq-ref changes nothing that survives the filter."""
    import owlrl

    dataset = Dataset()
    for name, graph in (("o", ontology), ("f", facts)):
        target = dataset.graph(URIRef(f"urn:test:{name}"))
        for triple in graph:
            target.add(triple)
    closure = dataset.graph(URIRef("urn:test:closure"))
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(dataset, destination=closure)
    terms = set(ontology.subjects())
    stock = {t for t in closure if reason._drop_reason(t, terms, facts, closure) is None}
    # stock owlrl also sees the Wikidata links, so it copies facts onto wd: IRIs; compare the rest
    ours = {t for t in stock if not any(str(x).startswith(WD) for x in t)}
    assert ours == set(reasoning.inferred)


def test_an_individual_in_the_empty_class_is_reported(ontology):
    facts = Graph().parse(
        data=f'<{KZR}x> a <{OWL}Nothing> ; <{RDFS}label> "X"@en .', format="turtle"
    )
    result = reason.expand(facts, ontology)
    # owl:Nothing is a subclass of every class, so disjointness is violated too
    assert 'kzr:x ("X") is in the empty class owl:Nothing' in result.inconsistencies
    assert result.inconsistent_individuals == [KZR + "x"]


def test_an_unfamiliar_owlrl_message_keeps_its_text_with_short_names():
    text, named = reason._rewrite(
        f"Erroneous usage of disjoint properties {KZ}a and {KZ}b on {KZR}x and {KZR}y", Graph()
    )
    assert text == "Erroneous usage of disjoint properties kz:a and kz:b on kzr:x and kzr:y"
    assert named == [KZR + "x", KZR + "y"]


def test_an_empty_fact_graph_infers_nothing(ontology):
    result = reason.expand(Graph(), ontology)
    assert len(result.inferred) == 0
    assert result.inconsistencies == []


def test_curie_falls_back_to_the_full_iri():
    assert reason.curie(KZR + "kaz") == "kzr:kaz"
    assert reason.curie("http://example.org/x") == "<http://example.org/x>"
