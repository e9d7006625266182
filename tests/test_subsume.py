"""subsume.py: within one document, an n-ary node that says less than one other node of its
class (same participants; the other adds the date, year or other value its IRI is keyed by)
takes that node's IRI, keeping both statements' assertion graphs (docs/design.md, "Subsumed
nodes")."""

from __future__ import annotations

import re

from pyoxigraph import Literal, NamedNode, Quad

from kzgraph.documents import document_from_text
from kzgraph.extract import extract_document
from kzgraph.graph import default_schema, keyed_properties
from kzgraph.namespaces import KZ, KZD, KZR, RDF, XSD
from kzgraph.subsume import subsume_nodes, subsumed_nodes

DOC = KZD + "doc"


def _extract(text: str) -> list:
    return extract_document(document_from_text(text, "subsume", {})).quads


def _nodes(quads, cls: str) -> dict[str, set[tuple[str, str]]]:
    """Node local name -> {(property, value)} over the assertion graphs, for class ``cls``."""
    asserted = [q for q in quads if re.search(r"/s\d+/a\d+$", q.graph_name.value)]
    subjects = {q.subject.value for q in asserted if q.object == NamedNode(KZ + cls)}
    found: dict[str, set] = {}
    for q in asserted:
        if q.subject.value in subjects and q.predicate.value != RDF + "type":
            found.setdefault(q.subject.value.removeprefix(KZR), set()).add(
                (q.predicate.value.removeprefix(KZ), q.object.value.removeprefix(KZR))
            )
    return found


def _graphs_of(quads, node: str) -> set[str]:
    """The assertion graphs (as sN/aK) that state something of ``node``."""
    return {
        q.graph_name.value.rsplit("/", 2)[-2] + "/" + q.graph_name.value.rsplit("/", 1)[-1]
        for q in quads
        if q.subject.value == KZR + node
    }


# --- through the whole pipeline: one node per fact, both sentences kept -------------------------


def test_an_undated_summit_mention_joins_the_dated_summit():
    quads = _extract(
        "The CSTO summit took place in Minsk on 30 November 2017. Armenia's president spoke"
        " at the CSTO summit in Minsk about border security."
    )
    summits = _nodes(quads, "Summit")
    assert list(summits) == ["summit-csto-minsk-2017-11-30"]
    assert ("startDate", "2017-11-30") in summits["summit-csto-minsk-2017-11-30"]
    assert _graphs_of(quads, "summit-csto-minsk-2017-11-30") == {"s0/a0", "s1/a0"}


def test_an_undated_relations_mention_joins_the_dated_establishment():
    quads = _extract(
        "Mongolia and Turkey established diplomatic relations on 24 June 1969. Mongolia"
        " established diplomatic relations with Turkey during the Cold War."
    )
    nodes = _nodes(quads, "DiplomaticRelationsEstablishment")
    assert list(nodes) == ["diplomatic-relations-mng-tur-1969-06-24"]
    assert _graphs_of(quads, "diplomatic-relations-mng-tur-1969-06-24") == {"s0/a0", "s1/a0"}
    # the binary triple each sentence states stays in its own graph
    binary = {q.graph_name.value.rsplit("/", 2)[-2] for q in quads
              if q.predicate.value == KZ + "hasDiplomaticRelationsWith"}  # fmt: skip
    assert binary == {"s0", "s1"}


def test_a_trade_figure_without_its_year_joins_the_same_figure_with_it():
    quads = _extract(
        "Trade between Uzbekistan and Turkey reached $3 billion in 2021. Trade between Uzbekistan"
        " and Turkey reached $3 billion, the ministry said."
    )
    assert list(_nodes(quads, "TradeFigure")) == ["trade-tur-uzb-3000000000-2021"]


def test_where_does_it_say_that_finds_both_sentences():
    from pyoxigraph import Store

    store = Store()
    store.extend(
        _extract(
            "The CSTO summit took place in Minsk on 30 November 2017. Armenia's president spoke"
            " at the CSTO summit in Minsk about border security."
        )
    )
    rows = store.query(
        "SELECT ?i WHERE { GRAPH ?a { kzr:summit-csto-minsk-2017-11-30 kz:heldIn kzr:minsk }"
        " ?a <http://www.w3.org/ns/prov#wasDerivedFrom> ?s . ?s kz:sentenceIndex ?i }"
        " ORDER BY ?i",
        prefixes={"kz": KZ, "kzr": KZR},
        use_default_graph_as_union=True,
    )
    assert [row["i"].value for row in rows] == ["0", "1"]


def test_two_summits_on_different_dates_stay_two_and_the_bare_mention_stays_apart():
    quads = _extract(
        "The CSTO summit took place in Minsk on 30 November 2017. Another CSTO summit took place"
        " in Minsk on 28 November 2019. Armenia's president spoke at the CSTO summit in Minsk."
    )
    assert sorted(_nodes(quads, "Summit")) == [
        "summit-csto-minsk",
        "summit-csto-minsk-2017-11-30",
        "summit-csto-minsk-2019-11-28",
    ]


def test_a_summit_elsewhere_is_not_merged():
    quads = _extract(
        "The CSTO summit took place in Minsk on 30 November 2017. Armenia's president spoke"
        " at the CSTO summit in Yerevan about border security."
    )
    assert sorted(_nodes(quads, "Summit")) == [
        "summit-csto-minsk-2017-11-30",
        "summit-csto-yerevan",
    ]


def test_output_is_deterministic():
    text = (
        "The CSTO summit took place in Minsk on 30 November 2017. Armenia's president spoke"
        " at the CSTO summit in Minsk about border security."
    )
    assert _extract(text) == _extract(text)


# --- the step itself, on hand-made quads ---------------------------------------------------------

KEYED = keyed_properties(default_schema())


def _iri(local: str) -> NamedNode:
    return NamedNode(KZR + local)


def _node(name: str, cls: str, graph: str, **props) -> list[Quad]:
    g = NamedNode(DOC + "/" + graph)
    quads = [Quad(_iri(name), NamedNode(RDF + "type"), NamedNode(KZ + cls), g)]
    for prop, values in props.items():
        for value in values if isinstance(values, list) else [values]:
            term = value if isinstance(value, Literal) else _iri(value)
            quads.append(Quad(_iri(name), NamedNode(KZ + prop), term, g))
    return quads


def _date(lexical: str) -> Literal:
    return Literal(lexical, datatype=NamedNode(XSD + "date"))


def _merged(*nodes) -> dict[str, str]:
    quads = [q for node in nodes for q in node]
    return {
        a.removeprefix(KZR): b.removeprefix(KZR)
        for a, b in subsumed_nodes(quads, KEYED, DOC).items()
    }


def test_an_undated_visit_joins_the_dated_one_with_its_inviter():
    merged = _merged(
        _node("visit-v-p", "StateVisit", "s4/a0", visitor="v", destination="p"),
        _node("visit-v-p-d", "StateVisit", "s1/a0", visitor="v", destination="p", invitedBy="i",
              date=_date("2019-05-01")),
    )  # fmt: skip
    assert merged == {"visit-v-p": "visit-v-p-d"}


def test_an_investment_figure_without_its_year_joins_the_one_with_it():
    amount = Literal("5000000", datatype=NamedNode(XSD + "decimal"))
    year = Literal("2020", datatype=NamedNode(XSD + "gYear"))
    merged = _merged(
        _node("inv-a", "InvestmentFigure", "s0/a0", fromParty="a", toParty="b", amount=amount),
        _node("inv-b", "InvestmentFigure", "s2/a0", fromParty="a", toParty="b", amount=amount,
              year=year),
    )  # fmt: skip
    assert merged == {"inv-a": "inv-b"}


def test_a_bare_node_between_two_dates_is_left_alone():
    merged = _merged(
        _node("visit-v-p", "StateVisit", "s0/a0", visitor="v", destination="p"),
        _node("visit-v-p-1", "StateVisit", "s1/a0", visitor="v", destination="p",
              date=_date("2019-05-01")),
        _node("visit-v-p-2", "StateVisit", "s2/a0", visitor="v", destination="p",
              date=_date("2021-05-01")),
    )  # fmt: skip
    assert merged == {}


def test_a_start_date_and_an_end_date_are_not_a_subset_of_each_other():
    merged = _merged(
        _node(
            "s-1", "Summit", "s0/a0", organisation="o", heldIn="c", startDate=_date("2019-05-01")
        ),
        _node("s-2", "Summit", "s1/a0", organisation="o", heldIn="c", endDate=_date("2019-05-02")),
    )
    assert merged == {}


def test_other_participants_or_another_class_are_not_merged():
    merged = _merged(
        _node("visit-v-p", "StateVisit", "s0/a0", visitor="v", destination="p"),
        _node("visit-w-p-d", "StateVisit", "s1/a0", visitor="w", destination="p",
              date=_date("2019-05-01")),
        _node("summit-o-c", "Summit", "s2/a0", organisation="o", heldIn="c"),
        _node("membership-o-c", "Membership", "s3/a0", organisation="o", member="c",
              startDate=_date("2019-05-01")),
    )  # fmt: skip
    assert merged == {}


def test_a_length_alone_does_not_merge_two_borders():
    # a border's length does not key its IRI: how two border nodes of one pair are minted is
    # the border rules' business (design.md, "Subsumed nodes")
    length = Literal("100", datatype=NamedNode(XSD + "decimal"))
    merged = _merged(
        _node("border-a-b", "Border", "s0/a0", borderState=["a", "b"]),
        _node("border-b-a", "Border", "s1/a0", borderState=["a", "b"], lengthKm=length),
    )
    assert merged == {}


def test_the_document_graph_and_binary_triples_are_left_alone():
    doc = NamedNode(DOC)
    provenance = Quad(NamedNode(DOC + "/s0/a0"), NamedNode(KZ + "rule"), Literal("r"), doc)
    binary = Quad(_iri("a"), NamedNode(KZ + "hasDiplomaticRelationsWith"), _iri("b"),
                  NamedNode(DOC + "/s0/a0"))  # fmt: skip
    quads = [
        *_node("dr-a-b", "DiplomaticRelationsEstablishment", "s0/a0", participant=["a", "b"]),
        *_node("dr-a-b-d", "DiplomaticRelationsEstablishment", "s1/a0", participant=["a", "b"],
               date=_date("1992-01-03")),
        binary,
        provenance,
    ]  # fmt: skip
    result = subsume_nodes(quads, KEYED, DOC)
    assert provenance in result and binary in result
    assert not any(q.subject == _iri("dr-a-b") for q in result)
    assert {
        q.graph_name.value.removeprefix(DOC) for q in result if q.subject == _iri("dr-a-b-d")
    } == {
        "/s0/a0",
        "/s1/a0",
    }
