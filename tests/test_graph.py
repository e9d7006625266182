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


def _pairs(facts, predicate: str) -> set:
    return {frozenset((s.removeprefix(KZR), o.strip("<>").removeprefix(KZR)))
            for s, p, o in facts if p == KZ + predicate}  # fmt: skip


def _nodes(facts, prop: str) -> set:
    members: dict[str, set] = {}
    for s, p, o in facts:
        if p == KZ + prop:
            members.setdefault(s, set()).add(o.strip("<>").removeprefix(KZR))
    return {frozenset(m) for m in members.values()}


def test_a_group_facing_one_state_is_never_paired_with_itself():
    # "A and B ... with C" states A-C and B-C; A-B is not said (the group's members were
    # paired with each other, a wrong fact, and the three-party node was dropped).
    quads = quads_of("Mongolia and Bhutan established diplomatic relations with Nepal in 1992.")
    facts = triples_in(quads, "t/s0/a0")
    expected = {frozenset(("mng", "npl")), frozenset(("btn", "npl"))}
    assert _pairs(facts, "hasDiplomaticRelationsWith") == expected
    assert _nodes(facts, "participant") == expected
    assert all(o.endswith('"1992"^^<http://www.w3.org/2001/XMLSchema#gYear>')
               for s, p, o in facts if p == KZ + "date")  # fmt: skip


def test_one_state_facing_a_group_gives_a_node_per_pair():
    quads = quads_of("Kazakhstan established diplomatic relations with Chile and Peru in 1993.")
    facts = triples_in(quads, "t/s0/a0")
    expected = {frozenset(("kaz", "chl")), frozenset(("kaz", "per"))}
    assert _pairs(facts, "hasDiplomaticRelationsWith") == expected
    assert _nodes(facts, "participant") == expected


def test_a_group_alone_still_pairs_its_members():
    quads = quads_of("Chile and Peru established diplomatic relations in 1993.")
    facts = triples_in(quads, "t/s0/a0")
    assert _pairs(facts, "hasDiplomaticRelationsWith") == {frozenset(("chl", "per"))}


def test_a_length_stated_for_a_group_gives_no_border_node():
    # "a 900 km border with A and B": whose 900 km is not said, so no node carries it.
    quads = quads_of("Laos shares a 900 km border with Cambodia and Thailand.")
    facts = triples_in(quads, "t/s0/a0")
    assert not _nodes(facts, "borderState")
    assert not any(p == KZ + "lengthKm" for s, p, o in facts)
    quads = quads_of("Laos shares borders with Cambodia and Thailand.")
    facts = triples_in(quads, "t/s0/a0")
    assert _nodes(facts, "borderState") == {frozenset(("lao", "khm")), frozenset(("lao", "tha"))}


def test_a_symmetric_pairs_node_is_named_the_same_whichever_state_the_text_names_first():
    # border and diplomatic-relations nodes are keyed by an unordered pair: two texts stating one
    # border (or one establishment) from either side give one node, as the two ways in one store
    def nodes(text: str, cls: str) -> set[str]:
        return {q.subject.value for q in quads_of(text)
                if q.predicate.value == RDF + "type" and q.object.value == KZ + cls}  # fmt: skip

    for one, other, cls in (
        (
            "Mongolia shares a 3,485 km border with China.",
            "China shares a 3,485 km border with Mongolia.",
            "Border",
        ),
        (
            "Estonia established diplomatic relations with Georgia on 5 March 1993.",
            "Georgia established diplomatic relations with Estonia on 5 March 1993.",
            "DiplomaticRelationsEstablishment",
        ),
    ):
        assert nodes(one, cls) == nodes(other, cls) and len(nodes(one, cls)) == 1
    assert nodes("Mongolia shares a 3,485 km border with China.", "Border") == {
        KZR + "border-chn-mng"
    }
    # each pair of "A borders B and C" is its own node, named in the same order
    assert nodes("Laos borders Vietnam and Thailand.", "Border") == {
        KZR + "border-lao-tha",
        KZR + "border-lao-vnm",
    }
