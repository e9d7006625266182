"""graph: how facts become triples, nodes and provenance (docs/design.md)."""

from __future__ import annotations

from kzgraph.documents import document_from_text
from kzgraph.extract import extract_document
from kzgraph.graph import default_schema, load_schema
from kzgraph.namespaces import KZ, KZD, KZR, RDF, RDFS


def quads_of(text: str, **metadata):
    return extract_document(document_from_text(text, "t", metadata)).quads


def triples_in(quads, graph_suffix: str):
    return {(q.subject.value, q.predicate.value, str(q.object)) for q in quads
            if q.graph_name.value == KZD + graph_suffix}  # fmt: skip


def test_diplomatic_relations_give_a_symmetric_triple_and_a_deterministic_node():
    quads = quads_of("Kazakhstan and Japan established diplomatic relations on 26 January 1992.")
    facts = triples_in(quads, "t/s0/a0")
    assert (KZR + "jpn", KZ + "hasDiplomaticRelationsWith", f"<{KZR}kaz>") in facts
    node = KZR + "diplomatic-relations-jpn-kaz-1992-01-26"
    assert (node, KZ + "participant", f"<{KZR}kaz>") in facts
    assert (node, KZ + "date", '"1992-01-26"^^<http://www.w3.org/2001/XMLSchema#date>') in facts


def test_every_entity_an_assertion_mentions_is_typed_and_labelled_there():
    facts = triples_in(quads_of("Kazakhstan joined the CSTO in 1994."), "t/s0/a0")
    assert (KZR + "csto", RDFS + "label", '"Collective Security Treaty Organization"@en') in facts
    assert (KZR + "kaz", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", f"<{KZ}State>") in facts


def test_provenance_records_sentence_rule_and_anchor():
    text = "Heading\n\nKazakhstan joined the CSTO in 1994."
    provenance = triples_in(quads_of(text), "t")
    assertion, sentence = KZD + "t/s1/a0", KZD + "t/s1"
    assert (assertion, KZ + "rule", '"joined-organisation"') in provenance
    assert (assertion, "http://www.w3.org/ns/prov#wasDerivedFrom", f"<{sentence}>") in provenance
    assert (sentence, KZ + "beginIndex", '"9"^^<http://www.w3.org/2001/XMLSchema#integer>') in (
        provenance
    )
    assert (assertion, KZ + "anchorOf", '"Kazakhstan joined the CSTO in 1994"') in provenance


def test_an_unnamed_treaty_is_minted_from_its_phrase_and_date():
    quads = quads_of("Russia and Belarus signed a border treaty in June 1996.")
    labels = {str(q.object) for q in quads if q.subject.value == KZR + "border-treaty-1996-06"}
    assert '"border treaty (1996-06)"@en' in labels


def test_the_schema_covers_every_kind_the_rules_use():
    from kzgraph.relations import default_relation_rules

    kinds = {record["kind"] for record in default_relation_rules().rules.values()}
    assert kinds <= set(default_schema())


def test_a_schema_triple_needs_three_parts(tmp_path):
    import pytest

    from kzgraph.errors import RuleFileError

    path = tmp_path / "schema.jsonl"
    path.write_text('{"kind": "x", "triples": [["A", "memberOf"]]}\n', encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"schema\.jsonl:1"):
        load_schema(path)


def test_a_membership_of_a_list_of_organisations_gives_one_node_per_member_and_organisation():
    quads = quads_of("Kazakhstan and Russia are members of the United Nations and the OSCE.")
    facts = triples_in(quads, "t/s0/a0")
    nodes = {s for s, p, o in facts if o == f"<{KZ}Membership>"}
    assert nodes == {KZR + f"membership-{m}-{o}" for m in ("kaz", "rus")
                     for o in ("osce", "united-nations")}  # fmt: skip
    node = KZR + "membership-rus-osce"
    assert {(p, o) for s, p, o in facts if s == node} == {
        (KZ + "member", f"<{KZR}rus>"), (KZ + "organisation", f"<{KZR}osce>"),
        (RDF + "type", f"<{KZ}Membership>"),
    }  # fmt: skip
