"""Borders, diplomatic relations, places and official languages in the wordings REC15B taught.

Borders: "the 418 km A–B border" (a compound of two states after its length), "the A–B border,
413 km of ...", "A, patrolling its 1,200-km border with B", "A, with a L border with B and a L
border with C", "A's frontiers with B, C and D", "B and C, both of which border A". Diplomatic
relations: "A's relations with B, established in D, and with C, established in D2", a fact
file's "B – Relations since D", "B and C, which both established diplomatic relations with A",
"since the establishment of diplomatic relations on D, cooperation between A and B has ...".
Places: "C[,] in S", "C1 and C2, both in S's R Region", "C (R Region, S)". Languages: "L, an
official language of both A and B", "L is the state language, and ..." (the text's own state).
Look-alikes (crossings, guards, disputes, severed or suspended relations, trade relations,
negations, "a city near", a language after "in", "a working language") give nothing.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples

from kzgraph.rule_dsl import compile_word

FAMILY = {"sharesBorderWith", "hasDiplomaticRelationsWith", "locatedIn", "officialLanguage"}


def facts(text: str, written_from: str | None = None) -> set[tuple[str, str, str]]:
    """The family's binary triples of ``text``, symmetric ones in one order."""
    found = set()
    for s, p, o in assertion_triples(text, stem="rec15b", written_from=written_from):
        if p in FAMILY:
            symmetric = p in {"sharesBorderWith", "hasDiplomaticRelationsWith"}
            found.add((min(s, o), p, max(s, o)) if symmetric else (s, p, o))
    return found


def lengths(text: str) -> set[str]:
    return {o for _, p, o in assertion_triples(text, stem="rec15b") if p == "lengthKm"}


@pytest.mark.parametrize(
    ("text", "written_from", "expected"),
    [
        (
            "Trains enter the EU on the 418 km Belarus–Poland border.",
            None,
            {("blr", "sharesBorderWith", "pol")},
        ),
        (
            "Trains cross the 2,330-km Kazakh–Uzbek border at Tazhen.",
            None,
            {("kaz", "sharesBorderWith", "uzb")},
        ),
        (
            "My driver says the Kazakhstan–Turkmenistan border, 413 km of desert to the south, is"
            " no place to go.",
            None,
            {("kaz", "sharesBorderWith", "tkm")},
        ),
        (
            "Mongolia, with a 4,630 km border with China and a 3,452 km border with Russia, joined"
            " the OSCE in 2012.",
            None,
            {("chn", "sharesBorderWith", "mng"), ("mng", "sharesBorderWith", "rus")},
        ),
        (
            "Turkey's border with Syria is longer than Syria's frontiers with Iraq, Jordan and"
            " Lebanon.",
            None,
            {
                ("irq", "sharesBorderWith", "syr"),
                ("jor", "sharesBorderWith", "syr"),
                ("lbn", "sharesBorderWith", "syr"),
            },
        ),
        (
            "The IAEA has concluded arrangements with China and Russia, both of which border"
            " Kazakhstan.",
            None,
            {("chn", "sharesBorderWith", "kaz"), ("kaz", "sharesBorderWith", "rus")},
        ),
        (
            "Kazakhstan’s relations with Qatar, established in 1993, and with Saudi Arabia,"
            " established in 1994, came through the rift intact.",
            None,
            {
                ("kaz", "hasDiplomaticRelationsWith", "qat"),
                ("kaz", "hasDiplomaticRelationsWith", "sau"),
            },
        ),
        (
            "Indonesia – Relations since 2 June 1993.",
            "Kazakhstan",
            {("idn", "hasDiplomaticRelationsWith", "kaz")},
        ),
        (
            "Bangladesh – Diplomatic relations were established on 9 April 1992.",
            "Kazakhstan",
            {("bgd", "hasDiplomaticRelationsWith", "kaz")},
        ),
        (
            "Japan and South Korea, which both established diplomatic relations with Kazakhstan in"
            " January 1992, remain partners.",
            None,
            {
                ("jpn", "hasDiplomaticRelationsWith", "kaz"),
                ("kaz", "hasDiplomaticRelationsWith", "kor"),
            },
        ),
        (
            "Since the establishment of diplomatic relations on 1 June 1993, cooperation between"
            " Kazakhstan and Qatar has grown.",
            None,
            {("kaz", "hasDiplomaticRelationsWith", "qat")},
        ),
        (
            "A guy swears the gas pipeline to Turkmenbashi, in Turkmenistan, will be built.",
            None,
            {("turkmenbashi", "locatedIn", "tkm")},
        ),
        (
            "Irregular sailings also leave from Turkmenbashi in Turkmenistan.",
            None,
            {("turkmenbashi", "locatedIn", "tkm")},
        ),
        (
            "The leader travelled on to Samarkand in Uzbekistan, where the summit was held.",
            None,
            {("samarkand", "locatedIn", "uzb")},
        ),
        (
            "The meeting was held in Taraz (Zhambyl Region, Republic of Kazakhstan).",
            None,
            {("taraz", "locatedIn", "jambyl-region"), ("jambyl-region", "locatedIn", "kaz")},
        ),
        (
            "Ferries link the ports of Aktau and Kuryk, both in Kazakhstan’s Mangystau Region, with"
            " Baku.",
            None,
            {
                ("aktau", "locatedIn", "mangystau-region"),
                ("kuryk", "locatedIn", "mangystau-region"),
            },
        ),
        (
            "The meeting was conducted in Russian, an official language of both the Republic of"
            " Kazakhstan and the Kyrgyz Republic.",
            None,
            {("kaz", "officialLanguage", "russian"), ("kgz", "officialLanguage", "russian")},
        ),
        (
            "Kazakh is the state language, and Russian is used on an equal basis with it.",
            "Kazakhstan",
            {("kaz", "officialLanguage", "kazakh")},
        ),
    ],
)
def test_found(text, written_from, expected):
    assert expected <= facts(text, written_from)


def test_compound_border_takes_its_length():
    assert lengths("Shipments cross the 1,783 km Kazakhstan–China border at Dostyk.") == {"1783"}


@pytest.mark.parametrize(
    ("text", "written_from"),
    [
        ("The 418 km Belarus–Poland border crossing at Brest was closed.", None),
        ("The 418 km Belarus–Poland border guards detained them.", None),
        ("The 970 km Kyrgyz–Tajik border clashes killed 100 people.", None),
        ("China and Russia, neither of which borders Turkey, objected.", None),
        (
            "Russia and China, both of which oppose the border talks with Kazakhstan, objected.",
            None,
        ),
        ("Turkey shares no border with Kazakhstan.", None),
        ("Kazakhstan would like a 100 km border with Iran.", None),
        ("Mongolia, with a 4,630 km border proposal from China, did nothing.", None),
        ("This idea borders on the absurd, said the minister of Kazakhstan.", None),
        ("Armenia, with no border with Russia, joined the EAEU.", None),
        ("Kazakhstan's relations with Qatar, established in 1993, were severed in 2017.", None),
        ("Kazakhstan's relations with Qatar, established in 1993, have been suspended.", None),
        ("Qatar – trade relations since 1993.", "Kazakhstan"),
        ("Qatar – no relations since 2017.", "Kazakhstan"),
        ("Qatar – relations suspended since 2017.", "Kazakhstan"),
        (
            "Japan and South Korea, which both hope to establish diplomatic relations with"
            " Kazakhstan, remain partners.",
            None,
        ),
        (
            "Japan and South Korea, which both would establish diplomatic relations with Kazakhstan"
            " in 1992, remain partners.",
            None,
        ),
        ("He wrote a letter to Beijing in Russian.", None),
        ("A city near Almaty in Kazakhstan was flooded.", None),
        ("Talks in Astana in Kazakhstan's capital region continued.", None),
        ("The embassy of Turkey in Astana opened in 1992.", None),
        ("The distance between Almaty and Tashkent in Uzbekistan is 800 km.", None),
        ("Aktau and Kuryk, both near the Mangystau Region, were busy.", None),
        ("Russian, not an official language of Turkmenistan, is widely spoken.", None),
        ("Russian, a language spoken in Turkmenistan, is widely used.", None),
        ("English, a working language of the forum, was used in Kazakhstan.", None),
        ("Russian, once an official language of Latvia, is spoken.", None),
        ("Russian is widely spoken, and Kazakh is the state language.", "Kazakhstan"),
    ],
)
def test_look_alikes_give_nothing(text, written_from):
    assert facts(text, written_from) == set()


def test_slot_unless_class():
    spec, role = compile_word("{S:State!Language/1}")
    assert role == ("S", "State")
    assert spec["_"]["kz_kinds"]["REGEX"] == r"^(?!.*\|Language\|).*\|State\|"
