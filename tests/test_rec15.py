"""The verb "border" with its lengths repeated for further states, and "his country" of a
speaker set off by his office of one state (brief REC15).

"A borders B along L" states the whole border as "A borders B for|over L" does, when the length
closes there (punctuation, "and", the end); "A borders B for|along|over L and C for L" (also ",
C for L and D for L") repeats the verb for each state with a length of its own. A negation of
the verb's clause (not one before a ";" or ":") still gives nothing; a state without a length of
its own, a possessor ("China's Xinjiang"), a distance ("for L north of C", "along L to the
south"), "along L of the river", a modal, a question or a former state of affairs end the list
or give nothing.

"X, President of S, said|noted [that] his|her country ..." speaks of S (references line
rec15-ref-office-said-his-country: the office set off by commas right before the verb of saying,
S the one state the sentence named before); another speaker ("..., met Putin, who said his
country", "Putin, after talks with the President of S, said his country"), a question, and the
sentence's own plans, negations, observers, partners and leavings give nothing.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples


def borders(text: str) -> set[tuple[str, str]]:
    return {
        (t[0], t[2]) for t in assertion_triples(text, stem="rec15") if t[1] == "sharesBorderWith"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kazakhstan borders Russia along 7,644 kilometres.", {("kaz", "rus")}),
        (
            "Kazakhstan borders Russia along 7,644 kilometres and China along 1,782 kilometres.",
            {("kaz", "rus"), ("kaz", "chn")},
        ),
        (
            "Turkmenistan borders Kazakhstan for 413 km and Iran for 1,148 km.",
            {("tkm", "kaz"), ("tkm", "irn")},
        ),
        (
            "Turkmenistan borders Kazakhstan for 413 km, Iran for 1,148 km and Afghanistan for"
            " 804 km.",
            {("tkm", "kaz"), ("tkm", "irn"), ("tkm", "afg")},
        ),
        (
            "Kazakhstan, which borders Russia for 7,644 km and China for 1,782 km, is landlocked.",
            {("kaz", "rus"), ("kaz", "chn")},
        ),
        (
            "We share no border with the European Union, but geography is not destiny:"
            " Kazakhstan borders Russia along 7,644 kilometres and China along 1,782 kilometres.",
            {("kaz", "rus"), ("kaz", "chn")},
        ),
    ],
)
def test_the_verb_with_its_lengths(text, expected):
    assert expected <= borders(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kazakhstan borders Russia for 7,644 km and China for twenty years has been its"
            " partner.",
            {("kaz", "rus")},
        ),
        ("Kazakhstan borders Russia for 7,644 km and China, which is a partner.", {("kaz", "rus")}),
        (
            "Kazakhstan borders Russia for 7,644 km and China's pipeline runs for 300 km.",
            {("kaz", "rus")},
        ),
        (
            "Kazakhstan borders Russia for 7,644 km and China's Xinjiang for 1,782 km.",
            {("kaz", "rus")},
        ),
        (
            "Kazakhstan borders Russia for 7,644 km and Iran for 300 km north of the sea.",
            {("kaz", "rus")},
        ),
        (
            "Kazakhstan borders Russia along 7,644 kilometres and Iran along 300 km to the south.",
            {("kaz", "rus")},
        ),
        (
            "Kazakhstan borders Russia along 7,644 kilometres and plans a railway to China along"
            " 1,782 kilometres.",
            {("kaz", "rus")},
        ),
        (
            "Kazakhstan does not border Russia along 7,644 kilometres and China along 1,782"
            " kilometres.",
            set(),
        ),
        (
            "Geography is destiny: Kazakhstan does not border Iran for 300 km and Afghanistan for"
            " 200 km.",
            set(),
        ),
        ("Kazakhstan borders Russia along 7,644 kilometres of the river.", set()),
        ("Kazakhstan borders Russia along 50 km north of the lake.", set()),
        (
            "Kazakhstan may border Russia along 7,644 kilometres and China along 1,782 kilometres.",
            set(),
        ),
        (
            "Kazakhstan would border Iran along 300 km and Afghanistan along 200 km if the Caspian"
            " were land.",
            set(),
        ),
        ("Kazakhstan formerly bordered Afghanistan for 300 km and Iran for 200 km.", set()),
        ("Does Kazakhstan border Iran for 300 km and Afghanistan for 200 km?", set()),
        ("Kazakhstan's trade with Russia grew for 7 years and with China for 5.", set()),
    ],
)
def test_the_verb_look_alikes(text, expected):
    assert borders(text) == expected


def triples(text: str, prop: str) -> set[tuple[str, str]]:
    return {(t[0], t[2]) for t in assertion_triples(text, stem="rec15") if t[1] == prop}


@pytest.mark.parametrize(
    ("text", "prop", "expected"),
    [
        (
            "EMOMALI RAHMON, President of Tajikistan, noted that his country shares a long border"
            " with Afghanistan.",
            "sharesBorderWith",
            ("tjk", "afg"),
        ),
        (
            "SADYR JAPAROV, President of Kyrgyzstan, said that his country, a member of the"
            " Collective Security Treaty Organization, remained committed to diplomacy.",
            "memberOf",
            ("kgz", "csto"),
        ),
        (
            "Kassym-Jomart Tokayev, the President of the Republic of Kazakhstan, said that his"
            " country joined the WTO in 2015.",
            "memberOf",
            ("kaz", "wto"),
        ),
        (
            "Putin, President of Russia, said his country and Kazakhstan share a long border.",
            "sharesBorderWith",
            ("rus", "kaz"),
        ),
    ],
)
def test_his_country_of_a_speaker_by_office(text, prop, expected):
    assert expected in triples(text, prop)


@pytest.mark.parametrize(
    "text",
    [
        "Vladimir Putin, after talks with the President of Kazakhstan, said his country had joined"
        " the WTO in 2012.",
        "Tokayev, President of Kazakhstan, met Putin, who said his country had joined the WTO in"
        " 2012.",
        "Putin, who spoke after the President of Kazakhstan, said his country joined the WTO in"
        " 2012.",
        "Tokayev, President of Kazakhstan, said his country would join the WTO next year.",
        "Tokayev, President of Kazakhstan, said his country was not a member of the WTO.",
        "Tokayev, President of Kazakhstan, said his country hoped to join the WTO.",
        "Tokayev, President of Kazakhstan, said his country is an observer in the EAEU.",
        "Tokayev, President of Kazakhstan, said his country is a partner of NATO.",
        "Tokayev, President of Kazakhstan, said his country had left the CSTO.",
        "Rahmon, President of Tajikistan, asked whether his country shares a border with"
        " Afghanistan.",
    ],
)
def test_his_country_look_alikes(text):
    found = set()
    for prop in ("memberOf", "sharesBorderWith"):
        found |= triples(text, prop)
    assert not found
