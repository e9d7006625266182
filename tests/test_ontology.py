"""The ontology file, its OWL 2 RL profile check, its loader's errors and the SHACL shapes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS

from kzgraph import reason
from kzgraph.errors import OntologyError
from kzgraph.namespaces import KZ, KZR
from kzgraph.ontology import check_rl_profile, load_ontology
from kzgraph.resources import ontology_file, shapes_file

DESIGN = Path(__file__).resolve().parents[1] / "docs" / "design.md"


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return load_ontology()


def kz_terms(graph: Graph) -> set[URIRef]:
    return {s for s in graph.subjects() if isinstance(s, URIRef) and str(s).startswith(KZ)}


def design_section(start: str, end: str) -> str:
    text = DESIGN.read_text(encoding="utf-8")
    return text[text.index(start) + len(start) : text.index(end)]


# --- the ontology itself -------------------------------------------------------------------


def test_default_ontology_parses_with_a_full_header(ontology):
    header = next(ontology.subjects(RDF.type, OWL.Ontology))
    for prop in (OWL.versionIRI, RDFS.label, RDFS.comment, DCTERMS.creator, DCTERMS.license):
        assert ontology.value(header, prop) is not None, prop


def test_every_axiom_is_owl2_rl(ontology):
    assert check_rl_profile(ontology) == []


def test_closure_of_the_ontology_alone_is_consistent(ontology):
    result = reason.expand(Graph(), ontology)
    assert result.inconsistencies == []
    assert len(result.inferred) == 0  # nothing about individuals from schema alone


def test_every_term_has_an_english_label_and_a_comment(ontology):
    terms = kz_terms(ontology)
    assert len(terms) > 100
    for term in terms:
        labels = list(ontology.objects(term, RDFS.label))
        assert any(getattr(label, "language", None) == "en" for label in labels), term
        assert ontology.value(term, RDFS.comment) is not None, term


def kz_iris_in(graph: Graph) -> set[URIRef]:
    return {t for triple in graph for t in triple if isinstance(t, URIRef) and t.startswith(KZ)}


def test_every_kz_term_the_ontology_mentions_is_declared(ontology):
    """A typo (kz:Organization) would be a new, silent term: every one must have a type."""
    undeclared = [t for t in kz_iris_in(ontology) if (t, RDF.type, None) not in ontology]
    assert undeclared == []


def test_every_kz_term_the_shapes_mention_is_declared(ontology):
    """A shape on a misspelt class or property targets nothing and so always conforms."""
    shapes = Graph().parse(shapes_file(), format="turtle")
    undeclared = [t for t in kz_iris_in(shapes) if (t, RDF.type, None) not in ontology]
    assert undeclared == []


def test_every_class_of_the_design_contract_is_declared(ontology):
    block = design_section("Classes (all `kz:`):", "Disjoint:")
    names = set(re.findall(r"(?<![:\w])([A-Z][A-Za-z]+)\b", block))
    assert {"State", "MilitaryAlliance", "CountFigure", "Assertion"} <= names  # the parse works
    missing = [n for n in names if (URIRef(KZ + n), RDF.type, OWL.Class) not in ontology]
    assert missing == []


@pytest.mark.parametrize(
    ("start", "end", "kind"),
    [
        ("Object properties (all `kz:`):", "Datatype properties", OWL.ObjectProperty),
        ("Datatype properties (all `kz:`):", "## How each kind", OWL.DatatypeProperty),
    ],
)
def test_every_property_of_the_design_contract_is_declared(ontology, start, end, kind):
    names = set(re.findall(r"`([a-z][A-Za-z0-9]*)`", design_section(start, end)))
    assert len(names) > 15
    missing = [n for n in names if (URIRef(KZ + n), RDF.type, kind) not in ontology]
    assert missing == []


def test_programme_participation_never_implies_membership(ontology):
    participates = URIRef(KZ + "participatesInProgramme")
    supers = set(ontology.transitive_objects(participates, RDFS.subPropertyOf))
    assert URIRef(KZ + "memberOf") not in supers
    assert not any(str(p).endswith("memberOf") for p in supers)
    assert (participates, OWL.equivalentProperty, None) not in ontology


def test_the_required_property_characteristics(ontology):
    def has(prop, kind):
        return (URIRef(KZ + prop), RDF.type, kind) in ontology

    assert has("hasDiplomaticRelationsWith", OWL.SymmetricProperty)
    assert has("sharesBorderWith", OWL.SymmetricProperty)
    assert has("locatedIn", OWL.TransitiveProperty)
    for sub, sup in [
        ("coFounderOf", "memberOf"),
        ("signatory", "party"),
        ("guarantor", "party"),
        ("capitalOf", "locatedIn"),
    ]:
        assert (URIRef(KZ + sub), RDFS.subPropertyOf, URIRef(KZ + sup)) in ontology


def test_external_terms_are_declared_for_owlrl(ontology):
    org = "http://www.w3.org/ns/org#"
    assert (URIRef(org + "memberOf"), RDF.type, OWL.ObjectProperty) in ontology
    assert (URIRef(org + "Membership"), RDF.type, OWL.Class) in ontology


# --- the RL profile check --------------------------------------------------------------------

RL_PREFIXES = """
@prefix kz: <https://w3id.org/kzgraph/ontology#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""


@pytest.mark.parametrize(
    ("axiom", "expected"),
    [
        (
            "kz:A rdfs:subClassOf [ owl:onProperty kz:p ; owl:someValuesFrom kz:B ] .",
            "kz:A rdfs:subClassOf: someValuesFrom is allowed only in subclass position",
        ),
        (
            "kz:A rdfs:subClassOf [ owl:unionOf ( kz:B kz:C ) ] .",
            "kz:A rdfs:subClassOf: unionOf is allowed only in subclass position",
        ),
        (
            "kz:A rdfs:subClassOf [ owl:onProperty kz:p ; owl:minCardinality 1 ] .",
            "[] (in kz:A) owl:minCardinality: a min cardinality is not OWL 2 RL",
        ),
        (
            "kz:A rdfs:subClassOf [ owl:onProperty kz:p ; owl:maxCardinality 2 ] .",
            "[] (in kz:A) owl:maxCardinality: a max cardinality above 1 is not OWL 2 RL",
        ),
        (
            "kz:A rdfs:subClassOf [ owl:onProperty kz:p ; owl:cardinality 1 ] .",
            "[] (in kz:A) owl:cardinality: an exact cardinality is not OWL 2 RL",
        ),
        (
            "[ owl:complementOf kz:B ] rdfs:subClassOf kz:A .",
            "[] rdfs:subClassOf: complementOf is allowed only in superclass position",
        ),
        (
            "kz:p rdfs:domain [ owl:unionOf ( kz:B kz:C ) ] .",
            "kz:p rdfs:domain: unionOf is allowed only in subclass position",
        ),
        (
            "kz:d a owl:DatatypeProperty ; rdfs:range xsd:gYear .",
            "kz:d rdfs:range xsd:gYear: not in the OWL 2 RL datatype map",
        ),
        (
            "kz:p a owl:ReflexiveProperty .",
            "kz:p rdf:type owl:ReflexiveProperty: reflexive properties are not OWL 2 RL",
        ),
    ],
)
def test_check_rl_profile_flags_constructs_outside_owl2_rl(axiom, expected):
    graph = Graph().parse(data=RL_PREFIXES + axiom, format="turtle")
    assert expected in check_rl_profile(graph)


@pytest.mark.parametrize(
    "axiom",
    [
        "kz:A rdfs:subClassOf [ owl:onProperty kz:p ; owl:allValuesFrom kz:B ] .",
        "kz:A rdfs:subClassOf [ owl:onProperty kz:p ; owl:maxCardinality 1 ] .",
        "[ owl:unionOf ( kz:B kz:C ) ] rdfs:subClassOf kz:A .",
        "kz:d a owl:DatatypeProperty ; rdfs:range xsd:decimal .",
        "kz:p a owl:TransitiveProperty , owl:IrreflexiveProperty .",
    ],
)
def test_check_rl_profile_accepts_rl_constructs(axiom):
    assert check_rl_profile(Graph().parse(data=RL_PREFIXES + axiom, format="turtle")) == []


# --- loading errors ---------------------------------------------------------------------------


def test_a_broken_ontology_names_file_and_line(tmp_path):
    broken = tmp_path / "broken.ttl"
    text = RL_PREFIXES + '<urn:o> a owl:Ontology .\n\nkz:A a owl:Class ;\n  rdfs:label "x .\n'
    broken.write_text(text)
    bad_line = 1 + next(i for i, line in enumerate(text.splitlines()) if '"x' in line)
    with pytest.raises(OntologyError) as caught:
        load_ontology(broken)
    error = caught.value
    assert error.path == broken
    assert error.line == bad_line
    assert str(error).startswith(f"{broken}:{bad_line}: Turtle syntax error")
    assert error.exit_code == 2


def test_an_unbound_prefix_names_its_line(tmp_path):
    broken = tmp_path / "prefix.ttl"
    broken.write_text(RL_PREFIXES + "<urn:o> a owl:Ontology .\nkz:A a nope:B .\n")
    with pytest.raises(OntologyError, match=r"prefix\.ttl:7: .*nope"):
        load_ontology(broken)


def test_a_missing_ontology_file(tmp_path):
    with pytest.raises(OntologyError, match="no such ontology file"):
        load_ontology(tmp_path / "absent.ttl")


def test_turtle_that_is_not_an_ontology(tmp_path):
    plain = tmp_path / "plain.ttl"
    plain.write_text(RL_PREFIXES + "kz:A a owl:Class .\n")
    with pytest.raises(OntologyError, match="no owl:Ontology header"):
        load_ontology(plain)


def test_the_default_path_is_the_shipped_file(ontology):
    assert ontology_file().name == "kzgraph.ttl"
    assert len(load_ontology(ontology_file())) == len(ontology)


# --- SHACL shapes ------------------------------------------------------------------------------

DOC = "https://w3id.org/kzgraph/doc/"
WELL_FORMED = f"""
@prefix kz: <{KZ}> .
@prefix kzr: <{KZR}> .
@prefix kzd: <{DOC}> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
kzr:kaz a kz:State ; rdfs:label "Kazakhstan"@en .
kzr:gbr a kz:State ; rdfs:label "United Kingdom"@en .
kzr:sco a kz:SecurityOrganisation ; rdfs:label "SCO"@en ; kz:acronym "SCO" .
kzr:budapest a kz:City ; rdfs:label "Budapest"@en .
kzr:memo a kz:Memorandum ; rdfs:label "Budapest Memorandum"@en ; kz:guarantor kzr:gbr ;
    kz:beneficiary kzr:kaz ; kz:signingDate "1994-12-05"^^xsd:date ; kz:signingPlace kzr:budapest .
kzr:kaz kz:coFounderOf kzr:sco .
kzr:m a kz:FoundingMembership ; kz:member kzr:kaz ; kz:organisation kzr:sco ;
    kz:startDate "1996"^^xsd:gYear .
kzr:v a kz:StateVisit ; kz:visitor kzr:kaz ; kz:destination kzr:budapest ;
    kz:date "1993-10"^^xsd:gYearMonth .
kzr:f a kz:InvestmentFigure ; kz:fromParty kzr:gbr ; kz:toParty kzr:kaz ;
    kz:amount 15000000000.0 ; kz:currency "USD" ; kz:isApproximate true ;
    kz:year "2007"^^xsd:gYear .
kzr:c a kz:CountFigure ; kz:countedIn kzr:kaz ; kz:countOf "joint ventures" ; kz:count 374 .
kzd:doc a kz:Document ; kz:fileName "doc.txt" ; kz:writtenFrom kzr:kaz ;
    kz:sha256 "{"ab" * 32}" .
<{DOC}doc/s0> a kz:Sentence ; dcterms:isPartOf kzd:doc ; kz:sentenceIndex 0 ;
    kz:beginIndex 0 ; kz:endIndex 40 ; kz:text "Kazakhstan co-founded the SCO in 1996." .
<{DOC}doc/s0/a0> a kz:Assertion ; prov:wasDerivedFrom <{DOC}doc/s0> ; kz:document kzd:doc ;
    kz:rule "co-founder" ; kz:beginIndex 0 ; kz:endIndex 30 ; kz:anchorOf "Kazakhstan co-founded" .
"""


def shacl(data: Graph, ontology: Graph) -> tuple[bool, str]:
    """Validate as `kzgraph validate` does: ontology, facts and inferences in one data graph."""
    import pyshacl

    shapes = Graph().parse(shapes_file(), format="turtle")
    inferred = reason.expand(data, ontology).inferred
    conforms, _, text = pyshacl.validate(data + ontology + inferred, shacl_graph=shapes)
    return bool(conforms), text


def test_well_formed_facts_conform(ontology):
    conforms, text = shacl(Graph().parse(data=WELL_FORMED, format="turtle"), ontology)
    assert conforms, text


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            'kzr:t a kz:BoundaryAgreement ; rdfs:label "boundary agreement"@en .',
            "at least one party",
        ),
        ('kzr:memo kz:signingDate "5 December 1994" .', "signing date is an xsd:date"),
        ('kzr:v kz:date "1993-10-01T00:00:00"^^xsd:dateTime .', "date is an xsd:date"),
        ("kzr:x kz:amount 3.0 .", "exactly one currency"),
        ('kzr:f kz:currency "dollars" .', "exactly one currency"),
        ("kzr:m kz:member kzr:gbr .", "MaxCount"),
        ("kzr:w a kz:StateVisit ; kz:visitor kzr:kaz .", "MinCount"),
        ("<https://w3id.org/kzgraph/doc/doc/s1> a kz:Sentence .", "MinCount"),
        (
            '<https://w3id.org/kzgraph/doc/doc/s0/a1> a kz:Assertion ; kz:rule "r" .',
            "derived from a sentence",
        ),
        ("kzr:nolabel a kz:State .", "rdfs:label"),
        ('kzr:c kz:count "374" .', "Datatype"),
    ],
)
def test_malformed_facts_do_not_conform(ontology, change, message):
    prefixes = WELL_FORMED[: WELL_FORMED.index("kzr:kaz a")]
    data = Graph().parse(data=WELL_FORMED + prefixes + change, format="turtle")
    conforms, text = shacl(data, ontology)
    assert not conforms
    assert message in text
