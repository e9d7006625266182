"""One test per ontology axiom the project relies on: a few facts in, reason.expand, and the
inferred triple must appear while the unwanted one must not."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef

from kzgraph.namespaces import KZ, KZR, ORG, OWL, RDF
from kzgraph.ontology import load_ontology
from kzgraph.reason import expand

PREFIXES = f"""
@prefix kz: <{KZ}> .
@prefix kzr: <{KZR}> .
@prefix owl: <{OWL}> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return load_ontology()


@pytest.fixture
def infer(ontology):
    """Expand a few Turtle facts (prefixes kz:, kzr:, owl:, rdfs:, xsd: predeclared)."""

    def run(turtle: str):
        facts = Graph().parse(data=PREFIXES + turtle, format="turtle")
        return expand(facts, ontology)

    return run


def kz(name: str) -> URIRef:
    return URIRef(KZ + name)


def kzr(name: str) -> URIRef:
    return URIRef(KZR + name)


TYPE = URIRef(RDF + "type")


def test_co_founder_is_member_and_organisation_has_member(infer):
    inferred = infer("kzr:kaz kz:coFounderOf kzr:sco .").inferred
    assert (kzr("kaz"), kz("memberOf"), kzr("sco")) in inferred  # prp-spo1
    assert (kzr("sco"), kz("hasMember"), kzr("kaz")) in inferred  # prp-inv
    assert (kzr("kaz"), URIRef(ORG + "memberOf"), kzr("sco")) in inferred  # ORG alignment
    assert (kzr("sco"), kz("coFounderOf"), kzr("kaz")) not in inferred
    assert (kzr("sco"), kz("memberOf"), kzr("kaz")) not in inferred


def test_programme_participant_is_not_a_member(infer):
    reasoning = infer("""
        kzr:kaz kz:participatesInProgramme kzr:pfp .
        kzr:pfp kz:programmeOf kzr:nato .
        kzr:nato a kz:MilitaryAlliance .""")
    memberships = {
        (s, p, o)
        for s, p, o in reasoning.inferred
        if p in (kz("memberOf"), kz("hasMember"), URIRef(ORG + "memberOf"))
    }
    assert memberships == set()
    assert (kzr("pfp"), TYPE, kz("Programme")) in reasoning.inferred  # the range, at least
    assert reasoning.inconsistencies == []


def test_border_stated_from_one_side_is_found_from_the_other(infer):
    inferred = infer("kzr:chn kz:sharesBorderWith kzr:kaz .").inferred
    assert (kzr("kaz"), kz("sharesBorderWith"), kzr("chn")) in inferred  # prp-symp
    assert (kzr("kaz"), kz("sharesBorderWith"), kzr("kaz")) not in inferred
    assert (kzr("chn"), TYPE, kz("Place")) in inferred  # domain and range


def test_diplomatic_relations_are_symmetric(infer):
    reasoning = infer("kzr:chn kz:hasDiplomaticRelationsWith kzr:kaz .")
    assert (kzr("kaz"), kz("hasDiplomaticRelationsWith"), kzr("chn")) in reasoning.inferred
    # no domain: an organisation may have diplomatic relations, so nothing is typed State
    assert not any(p == TYPE for _, p, _ in reasoning.inferred)


def test_located_in_is_transitive(infer):
    inferred = infer("""
        kzr:urumqi kz:locatedIn kzr:xinjiang .
        kzr:xinjiang kz:locatedIn kzr:chn .""").inferred
    assert (kzr("urumqi"), kz("locatedIn"), kzr("chn")) in inferred  # prp-trp
    assert (kzr("chn"), kz("locatedIn"), kzr("urumqi")) not in inferred
    assert (kzr("chn"), TYPE, kz("Place")) in inferred


def test_capital_is_located_in_what_it_is_capital_of_but_not_capital_beyond(infer):
    inferred = infer("""
        kzr:astana kz:capitalOf kzr:kaz .
        kzr:urumqi kz:capitalOf kzr:xinjiang .
        kzr:xinjiang kz:locatedIn kzr:chn .""").inferred
    assert (kzr("astana"), kz("locatedIn"), kzr("kaz")) in inferred
    assert (kzr("urumqi"), kz("locatedIn"), kzr("chn")) in inferred  # sub-property, then trp
    assert (kzr("astana"), TYPE, kz("City")) in inferred
    assert (kzr("urumqi"), kz("capitalOf"), kzr("chn")) not in inferred


def test_signatory_and_guarantor_are_parties_with_inverses(infer):
    inferred = infer("""
        kzr:memo kz:guarantor kzr:gbr .
        kzr:deal kz:signatory kzr:chn .""").inferred
    assert (kzr("memo"), kz("party"), kzr("gbr")) in inferred
    assert (kzr("gbr"), kz("guarantees"), kzr("memo")) in inferred
    assert (kzr("gbr"), kz("partyTo"), kzr("memo")) in inferred
    assert (kzr("deal"), kz("party"), kzr("chn")) in inferred
    assert (kzr("chn"), kz("signed"), kzr("deal")) in inferred
    assert (kzr("chn"), kz("partyTo"), kzr("deal")) in inferred
    assert (kzr("memo"), kz("signatory"), kzr("gbr")) not in inferred  # a guarantor need not sign
    assert (kzr("memo"), TYPE, kz("Treaty")) in inferred


def test_party_to_is_the_inverse_of_party(infer):
    inferred = infer("kzr:kaz kz:partyTo kzr:ppp .").inferred
    assert (kzr("ppp"), kz("party"), kzr("kaz")) in inferred
    assert (kzr("ppp"), kz("signatory"), kzr("kaz")) not in inferred


def test_built_by_and_built_are_inverses(infer):
    inferred = infer("kzr:cpc kz:builtBy kzr:chevron .").inferred
    assert (kzr("chevron"), kz("built"), kzr("cpc")) in inferred
    assert (kzr("chevron"), kz("builtBy"), kzr("cpc")) not in inferred


@pytest.mark.parametrize(
    ("fact", "inverse"),
    [
        ("kzr:chevron kz:develops kzr:tengiz", "kzr:tengiz kz:developedBy kzr:chevron"),
        ("kzr:btc kz:participantState kzr:kaz", "kzr:kaz kz:participatesInPipeline kzr:btc"),
        ("kzr:osce kz:predecessor kzr:csce", "kzr:csce kz:successor kzr:osce"),
    ],
)
def test_inverse_properties(infer, fact, inverse):
    inferred = infer(fact + " .").inferred
    expected = Graph().parse(data=PREFIXES + inverse + " .", format="turtle")
    assert set(expected) <= set(inferred)


def test_disjoint_classes_are_reported_naming_the_individual(infer):
    reasoning = infer("""
        kzr:russia a kz:State , kz:Language ; rdfs:label "Russian"@en .""")
    assert len(reasoning.inconsistencies) == 1
    message = reasoning.inconsistencies[0]
    assert 'kzr:russia ("Russian")' in message
    assert "kz:Language" in message and "kz:Place" in message
    assert reasoning.inconsistent_individuals == [KZR + "russia"]


def test_disjointness_reaches_subclasses(infer):
    reasoning = infer("kzr:x a kz:City , kz:Company .")  # City < Place, Company < Organisation
    assert any("kzr:x" in m for m in reasoning.inconsistencies)


def test_state_and_organisation_are_disjoint(infer):
    reasoning = infer("kzr:x a kz:State , kz:SecurityOrganisation .")
    assert reasoning.inconsistent_individuals == [KZR + "x"]


def test_consistent_typing_reports_nothing(infer):
    reasoning = infer("kzr:x a kz:State . kzr:y a kz:MilitaryAlliance . kzr:x kz:memberOf kzr:y .")
    assert reasoning.inconsistencies == []


def test_relations_with_oneself_are_reported(infer):
    reasoning = infer("kzr:kaz kz:hasDiplomaticRelationsWith kzr:kaz .")  # prp-irp
    assert len(reasoning.inconsistencies) == 1
    assert "kzr:kaz" in reasoning.inconsistencies[0]
    assert "irreflexive" in reasoning.inconsistencies[0]


def test_two_amounts_for_one_figure_are_reported(infer):
    reasoning = infer("kzr:fig a kz:TradeFigure ; kz:amount 1.0 , 2.0 .")
    assert len(reasoning.inconsistencies) == 1
    assert "kzr:fig" in reasoning.inconsistencies[0]
    assert "kz:amount" in reasoning.inconsistencies[0]


def test_one_amount_written_two_ways_is_not_a_clash(infer):
    reasoning = infer('kzr:fig kz:amount 2.5 , "2.50"^^xsd:decimal .')
    assert reasoning.inconsistencies == []


def test_domain_and_range_type_what_they_should(infer):
    inferred = infer("""
        kzr:kaz kz:memberOf kzr:sco .
        kzr:nazarbayev kz:headOfStateOf kzr:kaz .
        kzr:deal kz:signingPlace kzr:budapest .""").inferred
    assert (kzr("sco"), TYPE, kz("Organisation")) in inferred  # range of memberOf
    assert (kzr("nazarbayev"), TYPE, kz("HeadOfState")) in inferred  # domain
    assert (kzr("nazarbayev"), TYPE, kz("Person")) in inferred  # then cax-sco
    assert (kzr("kaz"), TYPE, kz("State")) in inferred
    assert (kzr("deal"), TYPE, kz("Treaty")) in inferred
    assert (kzr("budapest"), TYPE, kz("Place")) in inferred
    # memberOf has no domain: members are states or organisations
    assert not any(s == kzr("kaz") and o == kz("Organisation") for s, _, o in inferred)


def test_party_has_no_range_so_a_company_party_stays_consistent(infer):
    reasoning = infer("kzr:deal kz:party kzr:chevron . kzr:chevron a kz:Company .")
    assert reasoning.inconsistencies == []
    assert (kzr("chevron"), TYPE, kz("State")) not in reasoning.inferred


def test_subclasses_reach_the_top_and_the_org_alignment(infer):
    inferred = infer("kzr:nato a kz:MilitaryAlliance .").inferred
    for cls in ("SecurityOrganisation", "InternationalOrganisation", "Organisation"):
        assert (kzr("nato"), TYPE, kz(cls)) in inferred
    assert (kzr("nato"), TYPE, URIRef(ORG + "FormalOrganization")) in inferred
    assert (kzr("nato"), TYPE, kz("EconomicOrganisation")) not in inferred


def test_membership_node_is_an_org_membership(infer):
    inferred = infer(
        "kzr:m a kz:FoundingMembership ; kz:member kzr:kaz ; kz:organisation kzr:sco ."
    ).inferred
    assert (kzr("m"), TYPE, kz("Membership")) in inferred
    assert (kzr("m"), TYPE, URIRef(ORG + "Membership")) in inferred
    assert (kzr("m"), URIRef(ORG + "member"), kzr("kaz")) in inferred
    assert (kzr("m"), URIRef(ORG + "organization"), kzr("sco")) not in inferred


def test_figure_typed_from_its_amount(infer):
    inferred = infer('kzr:fig kz:amount 2.5 ; kz:currency "USD" .').inferred
    assert (kzr("fig"), TYPE, kz("Figure")) in inferred
    assert not any(isinstance(s, Literal) for s, _, _ in inferred)
