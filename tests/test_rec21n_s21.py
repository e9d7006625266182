"""Summits and borders the development sets state in plain English and the extractor missed
(session 21's brief REC21N).

A summit hosted as "its summit": "Astana hosted its summit on 3–4 July 2024", "our country
hosted its summit in Astana on D", "O, whose summit it hosted in Baku on D" (relation rules
rec21n-*): "its" is the one organisation the sentence named before the match. Look-alikes: a
plan ("will host", "hopes to host"), a negation, an organisation named only in the sentence
before, two organisations named before, no date.

Borders listed as lengths with their states after one border phrase: "A shares borders of L1
with B and L2 with C", "a border of L1 with B, L2 with C and L3 with D", also past an aside ("a
L border with B, the longest land border in the world, and L2 with C, L3 with D and L4 with E")
(borders.py, ``_elided``, ``_plural_phrase``). Look-alikes: a negation, a question, a modal, a
list not closed by "and", an item that is a distance ("1,783 km from Almaty"), one length for
two states, a plural "borders" with no length.
"""

from __future__ import annotations

import pytest
from fact_cases import border_pair, border_pairs, extract, nodes_of

SCO = "shanghai-cooperation-organisation"


def summits(text: str, scoring) -> set[tuple]:
    """(organisations, places, start date) of the text's Summit nodes."""
    facts = extract(text, scoring, stem="rec21n-s21")[1]
    return {
        (
            frozenset(props.get("kz:organisation", [])),
            frozenset(props.get("kz:heldIn", [])),
            (props.get("kz:startDate") or [("", "")])[0][0],
        )
        for props in nodes_of(facts, "kz:Summit")
    }


def summit(org: str, place: str, start: str) -> tuple:
    return (frozenset([org]), frozenset([place]), start)


HOSTED_ITS_SUMMIT = [
    (
        "Both countries were founding members of the Shanghai Cooperation Organisation (SCO) in"
        " 2001, and Astana hosted its summit on 3–4 July 2024.",
        summit(SCO, "astana", "2024-07-03"),
    ),
    (
        "As the chair of the Shanghai Cooperation Organisation, Kazakhstan hosted its summit in"
        " Astana on 3–4 July 2024, and transport was at the top of the agenda.",
        summit(SCO, "astana", "2024-07-03"),
    ),
    (
        "The Collective Security Treaty Organization (CSTO) has six member states; Kyrgyzstan"
        " chaired it in 2019 and hosted its summit in Bishkek on 28 November 2019.",
        summit("csto", "bishkek", "2019-11-28"),
    ),
    (
        "In 2019 Azerbaijan took over the chairmanship of the Non-Aligned Movement, whose summit"
        " it hosted in Baku on 25–26 October 2019.",
        summit("non-aligned-movement", "baku", "2019-10-25"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), HOSTED_ITS_SUMMIT)
def test_hosted_its_summit(text, expected, scoring):
    assert expected in summits(text, scoring)


NO_SUMMIT = [
    # a plan, a wish, a negation
    "Kazakhstan joined the Shanghai Cooperation Organisation in 2001, and Astana will host its"
    " summit on 3–4 July 2026.",
    "Kazakhstan joined the Shanghai Cooperation Organisation in 2001 and hopes to host its summit"
    " in Astana in 2026.",
    "Kazakhstan joined the Shanghai Cooperation Organisation in 2001, but Astana never hosted its"
    " summit in 2005.",
    # the organisation named only in the sentence before; two organisations named before
    "Kazakhstan chaired the Shanghai Cooperation Organisation. Astana hosted its summit on 3–4"
    " July 2024.",
    "Kazakhstan chairs the Shanghai Cooperation Organisation and the CSTO, and Astana hosted its"
    " summit on 3–4 July 2024.",
    # no date
    "Kazakhstan chaired the Shanghai Cooperation Organisation, and Astana hosted its summit.",
]


@pytest.mark.parametrize("text", NO_SUMMIT)
def test_no_summit_hosted(text, scoring):
    assert summits(text, scoring) == set()


def borders(text: str, scoring) -> set:
    return border_pairs(text, scoring, stem="rec21n-s21")


pair = border_pair

LISTED_LENGTHS = [
    (
        "Kazakhstan shares borders of 2,330 km with Uzbekistan and 1,212 km with Kyrgyzstan, the"
        " two main corridors for incoming labour.",
        {pair("kaz", "uzb", "2330"), pair("kaz", "kgz", "1212")},
    ),
    (
        "Kazakhstan shares a border of 2,330 km with Uzbekistan, 1,212 km with Kyrgyzstan and 413"
        " km with Turkmenistan.",
        {pair("kaz", "uzb", "2330"), pair("kaz", "kgz", "1212"), pair("kaz", "tkm", "413")},
    ),
    (
        "Kazakhstan is the ninth-largest country on Earth: it shares a 7,644 km border with Russia,"
        " the longest continuous land border in the world, and 1,783 km with China, 2,330 km with"
        " Uzbekistan and 1,212 km with Kyrgyzstan, and it is divided into 17 regions.",
        {
            pair("kaz", "rus", "7644"),
            pair("chn", "kaz", "1783"),
            pair("kaz", "uzb", "2330"),
            pair("kaz", "kgz", "1212"),
        },
    ),
    (  # the old reading of one "and" item stays
        "Kazakhstan shares a border of 2,330 km with Uzbekistan and of 1,212 km with Kyrgyzstan.",
        {pair("kaz", "uzb", "2330"), pair("kaz", "kgz", "1212")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTED_LENGTHS)
def test_listed_border_lengths(text, expected, scoring):
    assert borders(text, scoring) == expected


NO_LISTED_BORDER = [
    # negation, question, modal
    "Kazakhstan does not share borders of 2,330 km with Uzbekistan and 1,212 km with Kyrgyzstan.",
    "Does Kazakhstan share borders of 2,330 km with Uzbekistan and 1,212 km with Kyrgyzstan?",
    "Kazakhstan could share borders of 2,330 km with Uzbekistan and 1,212 km with Kyrgyzstan.",
]


@pytest.mark.parametrize("text", NO_LISTED_BORDER)
def test_no_listed_border(text, scoring):
    assert borders(text, scoring) == set()


FIRST_ONLY = [
    # a list not closed by "and": only the phrase's own border
    "Kazakhstan shares a 7,644 km border with Russia, 1,783 km with China.",
    # a distance, no border
    "Kazakhstan shares a 7,644 km border with Russia, 1,783 km from Almaty.",
    # one length for two states
    "Kazakhstan shares a 7,644 km border with Russia and 1,783 km with China and Mongolia.",
]


@pytest.mark.parametrize("text", FIRST_ONLY)
def test_listed_lengths_not_read(text, scoring):
    assert borders(text, scoring) == {pair("kaz", "rus", "7644")}


def test_plural_borders_without_length_is_no_phrase(scoring):
    """ "shares borders with A and B" stays the relation rules' (no length, each pair once)."""
    found = borders("Kazakhstan shares borders with Uzbekistan and Kyrgyzstan.", scoring)
    assert found == {pair("kaz", "uzb"), pair("kaz", "kgz")}


def borders_from(text: str, scoring, written_from: str) -> set:
    return border_pairs(text, scoring, written_from, stem="rec21n-s21")


WITH_WHICH_BORDER_OF = [
    (
        "Russia, with which our country shares a border of 7,644 km, pays rent for the complex.",
        {pair("kaz", "rus", "7644")},
    ),
    (
        "Let's turn to Russia, with which our country shares a border of 7,591 kilometres.",
        {pair("kaz", "rus", "7591")},
    ),
    (
        "By land, Kazakh goods reach Iran through Turkmenistan, with which Kazakhstan shares a"
        " border of 413 km.",
        {pair("kaz", "tkm", "413")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), WITH_WHICH_BORDER_OF)
def test_with_which_shares_border_of_length(text, expected, scoring):
    assert borders_from(text, scoring, "Kazakhstan") == expected


NO_WITH_WHICH_BORDER = [
    "Russia, with which our country does not share a border of 7,644 km, pays rent.",
    "Does Russia, with which our country shares a border of 7,644 km, pay rent?",
    "Mongolia, with which Kazakhstan shares no border, lies some 40 km away.",
]


@pytest.mark.parametrize("text", NO_WITH_WHICH_BORDER)
def test_no_with_which_border(text, scoring):
    assert borders_from(text, scoring, "Kazakhstan") == set()


NEIGHBOUR_ALONG_AND_SHARES_WITH = [
    (
        "Spent stages never reach China, our neighbour along a 1,765 km border.",
        {pair("chn", "kaz", "1765")},
    ),
    ("China is our neighbour along a 1,765-kilometre border.", {pair("chn", "kaz", "1765")}),
    (
        "Our country shares with the Russian Federation a land border of about 7,500 km, the"
        " longest continuous land border in the world.",
        {pair("kaz", "rus", "7500")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEIGHBOUR_ALONG_AND_SHARES_WITH)
def test_neighbour_along_and_shares_with(text, expected, scoring):
    assert borders_from(text, scoring, "Kazakhstan") == expected


NO_NEIGHBOUR_ALONG = [
    "China is not our neighbour along a 1,765-kilometre border.",
    "Is China our neighbour along a 1,765-kilometre border?",
    "Kazakhstan never shared with Iran a land border of 500 km.",
]


@pytest.mark.parametrize("text", NO_NEIGHBOUR_ALONG)
def test_no_neighbour_along(text, scoring):
    assert borders_from(text, scoring, "Kazakhstan") == set()


def test_our_neighbour_without_own_state_gives_nothing(scoring):
    """ "our" is the text's own state: a text written from nowhere gives no border."""
    text = "China is our neighbour along a 1,765-kilometre border."
    assert border_pairs(text, scoring, stem="rec21n-s21") == set()


def trade_years(text: str, scoring) -> set:
    """(parties, year or None) of the text's TradeFigure nodes."""
    facts = extract(text, scoring, stem="rec21n-s21")[1]
    return {
        (frozenset(p["kz:tradeParty"]), (p.get("kz:year") or [(None, None)])[0][0])
        for p in nodes_of(facts, "kz:TradeFigure")
    }


def test_trade_in_the_same_period_is_no_undated_figure(scoring):
    """ "in the same period" dates the figure by reference, as "in the same year" does: the
    node would lack its year, so nothing."""
    text = "Trade between China and Uzbekistan stood at about $14 billion in the same period."
    assert trade_years(text, scoring) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Trade between China and Uzbekistan stood at about 14 billion dollars in 2023.",
        "Trade between China and Uzbekistan stood at about 14 billion dollars in 2023, in the same"
        " period as investment grew.",
    ],
)
def test_trade_with_its_own_year_stays(text, scoring):
    assert trade_years(text, scoring) == {(frozenset(["chn", "uzb"]), "2023")}
