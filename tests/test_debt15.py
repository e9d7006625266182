"""Deposits are no oil fields, and one key-value pattern (brief DEBT15, items 1 and 2).

"X <mineral> [ore] deposit" is a kz:MineralDeposit, a bare "X deposit" a kz:ResourceDeposit (the
text does not say oil or ore), "X oil field" a kz:OilField; the develops rules take any of them
(their slot class is ResourceDeposit, which the ontology makes the range of kz:develops).
Look-alikes: plans, expectations, negations, stakes, partners, questions, hypotheticals, talks,
a former development ("Until D C developed F") and a deposit nobody develops give nothing.

Two key-value lines in a row ("• Tengiz oil field – developed by A, B", "Member of: A, B") are
two items, by the key pattern layout reads them with (sentences.KEY_VALUE); hard-wrapped prose
with a time, a ratio, a web address, a lowercase next line or a dash-set parenthesis on both
lines still runs on, and key-like lines (speaker labels, prose colons, plans) state nothing.
"""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef

from kzgraph import reason
from kzgraph.documents import document_from_text
from kzgraph.extract import extract_document
from kzgraph.namespaces import KZ, KZR, RDF
from kzgraph.ontology import load_ontology
from kzgraph.sentences import iter_lines


def _read(text: str) -> tuple[set[tuple[str, str]], dict[str, str]]:
    """The (developer, field) pairs of kz:develops in ``text`` and the class of each entity."""
    quads = extract_document(document_from_text(text, "debt15")).quads
    develops, classes = set(), {}
    for quad in quads:
        subject = quad.subject.value.removeprefix(KZR)
        if quad.predicate.value == KZ + "develops":
            develops.add((subject, quad.object.value.removeprefix(KZR)))
        elif quad.predicate.value == RDF + "type" and quad.subject.value.startswith(KZR):
            classes[subject] = quad.object.value.removeprefix(KZ)
    return develops, classes


def _triples(text: str) -> set[tuple[str, str, str]]:
    """The kz: links between resources (entities, relation nodes) ``text`` asserts."""
    quads = extract_document(document_from_text(text, "debt15")).quads
    return {
        (q.subject.value, q.predicate.value, q.object.value)
        for q in quads
        if q.predicate.value.startswith(KZ)
        and q.subject.value.startswith(KZR)
        and q.object.value.startswith(KZR)
    }


ERG = "eurasian-resources-group"


@pytest.mark.parametrize(
    ("text", "developer", "field", "cls"),
    [
        (
            "Cameco develops the Inkai uranium deposit.",
            "cameco",
            "inkai-uranium-deposit",
            "MineralDeposit",
        ),
        (
            "Kazakhmys develops the Aktogay copper deposit.",
            "kaz-minerals",
            "aktogay-copper-deposit",
            "MineralDeposit",
        ),
        (
            "ERG develops the Sokolov iron ore deposit.",
            ERG,
            "sokolov-iron-ore-deposit",
            "MineralDeposit",
        ),
        (
            "Kazatomprom develops the Kyzylkol deposit.",
            "kazatomprom",
            "kyzylkol-deposit",
            "ResourceDeposit",
        ),
        (
            "Since 2015 Kazakhmys has developed the Aktogay copper deposit.",
            "kaz-minerals",
            "aktogay-copper-deposit",
            "MineralDeposit",
        ),
        (
            "Chevron has developed the Tengiz oil field since 1993.",
            "chevron",
            "tengiz-oil-field",
            "OilField",
        ),
    ],
)
def test_a_deposit_is_developed_and_typed_for_what_it_is(text, developer, field, cls):
    develops, classes = _read(text)
    assert develops == {(developer, field)}
    assert classes[field] == cls


@pytest.mark.parametrize(
    "text",
    [
        "Kazatomprom plans to develop the Zhalpak uranium deposit.",
        "Cameco is expected to develop the Inkai uranium deposit.",
        "Cameco does not develop the Inkai uranium deposit.",
        "Cameco holds a stake in the Inkai uranium deposit.",
        "Talks on developing the Aktogay copper deposit continue.",
        "Did Kazakhmys develop the Aktogay copper deposit?",
        "If Kazakhmys developed the Aktogay copper deposit, output would rise.",
        "Kazakhmys left the Aktogay copper deposit project in 2019.",
        "Kazakhmys is a partner in the Aktogay copper deposit.",
        "Kazakhmys is not the operator of the Aktogay copper deposit.",
        "Kazakhmys formerly developed the Aktogay copper deposit.",
        "Until 2020 Kazakhmys developed the Aktogay copper deposit.",
        "Before 2010, Chevron developed the Tengiz oil field.",
        "Until 2022 the Kumtor gold deposit was developed by Cameco.",
        "The gold deposit was developed by Kazakhmys.",
        "The Inkai uranium deposit lies in the Turkistan region.",
    ],
)
def test_look_alikes_develop_nothing(text):
    assert _read(text)[0] == set()


def test_a_named_mineral_deposit_is_no_oil_field():
    _, classes = _read(
        "A team visited the Verkhne-Kairakty tungsten deposit and the Kashagan field."
    )
    assert "OilField" not in {c for k, c in classes.items() if "deposit" in k}


def test_a_developed_mineral_deposit_is_a_resource_deposit_not_an_energy_project():
    """prp-rng on kz:develops types the object a ResourceDeposit; cax-sco does not make a
    mineral deposit an EnergyProject, and it is consistent (disjoint from OilField only)."""
    facts = Graph().parse(
        data=f"""@prefix kz: <{KZ}> . @prefix kzr: <{KZR}> .
        kzr:inkai a kz:MineralDeposit . kzr:cameco a kz:Company ; kz:develops kzr:inkai .""",
        format="turtle",
    )
    reasoning = reason.expand(facts, load_ontology())
    inkai, kind = URIRef(KZR + "inkai"), URIRef(RDF + "type")
    assert (inkai, kind, URIRef(KZ + "ResourceDeposit")) in reasoning.inferred
    assert (inkai, kind, URIRef(KZ + "EnergyProject")) not in reasoning.inferred
    assert reasoning.inconsistencies == []


# Item 2: one key-value pattern (sentences.KEY_VALUE) for layout's items and the line joiner.

#: Hard-wrapped prose whose two lines both hold a colon or a spaced dash early on: one line.
WRAPPED_PROSE = [
    "At 10:30 the presidents of Kazakhstan and Russia signed the Treaty on\n"
    "Good-Neighbourliness and Alliance, and at 11:45 they met the press.",
    "The Security Council adopted the resolution by a vote of 14:1 and then\n"
    "Russia, which voted 1:14 against the others, asked for a new debate.",
    "The full text of the agreement between Kazakhstan and China is at https://\n"
    "Gov.kz/en/treaties: it was signed in Beijing in September 2013.",
    "Kazakhstan – the largest economy of Central Asia – and its neighbours signed\n"
    "the treaty – a landmark document – in Astana in 2015.",
    "Kazakhstan – the largest economy of Central Asia – and its neighbours signed\n"
    "The Treaty on the Eurasian Economic Union – a landmark – in Astana in 2014.",
    "Tokayev said at 9:00 that Kazakhstan would join the organisation in 2026 and\n"
    "at 9:15 that it was no member: talks on its accession had only begun.",
    "The ratio of exports to imports was 3:2 in 2022 between Kazakhstan and China\n"
    "and 2:1 in 2023, according to the customs service of Kazakhstan.",
    "See http://www.mfa.kz/en for the list of treaties Kazakhstan signed in 2015 and\n"
    "https://www.akorda.kz for the visits of the President of Kazakhstan to China.",
    "Psalm 23:1 was read at the ceremony where Kazakhstan and Kyrgyzstan signed the\n"
    "Treaty on the State Border: it took effect in 2002.",
    "The delegation arrived in Astana on Monday at 08:45 and met the ministers at\n"
    "Akorda at 12:00 to discuss the border between Kazakhstan and Kyrgyzstan.",
]


@pytest.mark.parametrize("text", WRAPPED_PROSE)
def test_wrapped_prose_with_colons_or_dashes_stays_one_line(text):
    assert [line for _, line in iter_lines(text)] == [text]


@pytest.mark.parametrize(
    "text",
    [
        "• Tengiz oil field – developed by Chevron, ExxonMobil and KazMunayGas\n"
        "• Kashagan field – developed by Eni, Shell, ExxonMobil, TotalEnergies and KazMunayGas",
        "Member of: United Nations, OSCE, Shanghai Cooperation Organisation, CIS, CSTO\n"
        "Observer: Organization of Turkic States",
        "MINISTER: Kazakhstan is not a member of the Collective Security Treaty Organization\n"
        "QUESTION: Will it join the Organization of Turkic States as an observer, Minister?",
    ],
)
def test_two_key_value_items_stay_two_lines(text):
    assert [line for _, line in iter_lines(text)] == text.split("\n")


def test_bulleted_items_keyed_by_a_spaced_dash_give_their_facts():
    develops, _ = _read(
        "Key facts\n"
        "• Tengiz oil field – developed by Chevron, ExxonMobil and KazMunayGas\n"
        "• Kashagan field – developed by Eni, Shell, ExxonMobil, TotalEnergies and KazMunayGas"
    )
    assert {d for d, f in develops if f == "tengiz-oil-field"} == {
        "chevron",
        "exxonmobil",
        "kazmunaygas",
    }


@pytest.mark.parametrize(
    "text",
    [
        *WRAPPED_PROSE[1:4],
        *WRAPPED_PROSE[5:8],
        "MINISTER: Kazakhstan is not a member of the Collective Security Treaty Organization\n"
        "QUESTION: Will it join the Organization of Turkic States as an observer, Minister?",
        "Observer status – Mongolia applied for it at the summit of the organisation in\n"
        "Members – not Mongolia, still an observer of the Shanghai Cooperation Organization",
        "President: I am pleased that Kazakhstan and Uzbekistan are partners of NATO and\n"
        "Minister: Talks on Kazakhstan joining the Organisation of Islamic Cooperation continue.",
        "Capital: Astana\n"
        "Members planned: Kazakhstan is expected to join the World Trade Organization in\n"
        "Observers: Mongolia",
    ],
)
def test_key_like_lines_state_nothing(text):
    assert _triples(text) == set()
