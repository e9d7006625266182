"""Memberships and co-foundings the held-out corpora state and the extractor missed (session 24's
brief MEMB24).

- A list item's bullet ("• ", "– ") opening a sentence is no word of it: the trigger reading's
  shared subject of a coordinated verb phrase is the entity after the mark ("• X co-founded O1
  in D, and is a member of O2 and O3": `trigger_clauses._opening_subject`).
- "X, a member of the UN since D, left the Commonwealth in D2": a capitalised "the Commonwealth|
  Community|Council|Union" after a verb of leaving names a body of its own unless the name of
  the organisation joined holds that word (lexicon `memb24-leaving-named-heads`,
  `membership_ended._other_body`); "left the Union" after the European Union still ends it.
- "X had|has|have been admitted to O [in|on D]" (`memb24-perfect-admitted-to`), and the
  participle apposition "A [and B], admitted to O [together] in D, ..."
  (`memb24-state-participle-admitted-to`) or, of the organisation under discussion, "X,
  admitted in D, ..." (`memb24-state-participle-admitted-dated`).

Look-alikes give nothing: a negation, a modal, an observer, a dialogue partner, a question, a
membership that ended.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples

RELATIONS = ("memberOf", "coFounderOf")


def facts(text: str, written_from: str | None = None) -> set[tuple[str, str, str]]:
    triples = assertion_triples(text, stem="memb24-s24", written_from=written_from)
    return {t for t in triples if t[1] in RELATIONS}


def start_dates(text: str) -> set[tuple[str, str]]:
    """(node, start date) of the text's memberships and founding memberships."""
    triples = assertion_triples(text, stem="memb24-s24")
    return {(s, o) for s, p, o in triples if p == "startDate"}


UN_FOUNDER = ("gbr", "coFounderOf", "united-nations")
SCO = "shanghai-cooperation-organisation"

BULLETED = [
    (
        "• The UK co-founded the United Nations in 1945, and is a member of the Council of Europe"
        " and the G7.",
        {UN_FOUNDER, ("gbr", "memberOf", "council-of-europe"), ("gbr", "memberOf", "g7")},
    ),
    (
        "– Turkey co-founded the OECD in 1961, and is a member of NATO.",
        {("tur", "coFounderOf", "oecd"), ("tur", "memberOf", "nato")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), BULLETED)
def test_bulleted_shared_subject(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize(
    "tail",
    [
        "and is not a member of the G7.",
        "and may become a member of the G7.",
        "and is an observer in the Organization of American States.",
        "and is a dialogue partner of the Shanghai Cooperation Organisation.",
        "and was a member of the European Union until 2020.",
    ],
)
def test_bulleted_shared_subject_look_alikes(tail):
    assert facts(f"• The UK co-founded the United Nations in 1945, {tail}") == {UN_FOUNDER}


def test_bulleted_question_gives_nothing():
    text = "• The UK co-founded the United Nations in 1945, and is it a member of the G7?"
    assert facts(text) == set()


def test_left_another_named_body_keeps_the_membership():
    text = (
        "• Ireland, a member of the United Nations since 14 December 1955, left the Commonwealth"
        " in 1949 and has never joined NATO."
    )
    assert facts(text) == {("irl", "memberOf", "united-nations")}
    assert start_dates(text) == {("membership-irl-united-nations", "1955-12-14")}


@pytest.mark.parametrize(
    "text",
    [
        "The United Kingdom, a member of the European Union since 1973, left the Union in 2020.",
        "Ireland, a member of the United Nations since 1955, left the organisation in 1970.",
        "Ireland, a member of the United Nations since 1955, left it in 1970.",
        "Georgia, a member of the Commonwealth of Independent States since 1993, left the"
        " Commonwealth in 2009.",
    ],
)
def test_left_the_same_body_ends_the_membership(text):
    assert facts(text) == set()


CSCE = "conference-on-security-and-co-operation-in-europe"


@pytest.mark.parametrize(
    ("text", "expected", "dates"),
    [
        (
            "Kazakhstan had been admitted to the Conference on Security and Co-operation in Europe"
            " on 30 January 1992.",
            {("kaz", "memberOf", "csce")},
            {("membership-kaz-csce", "1992-01-30")},
        ),
        (
            "Kazakhstan has been admitted to the World Trade Organization.",
            {("kaz", "memberOf", "wto")},
            set(),
        ),
        (
            "India and Pakistan, admitted to the Shanghai Cooperation Organisation together in"
            " 2017, are rivals.",
            {("ind", "memberOf", SCO), ("pak", "memberOf", SCO)},
            {(f"membership-ind-{SCO}", "2017"), (f"membership-pak-{SCO}", "2017")},
        ),
        (
            "Mercosur has five members. Bolivia became a full member of Mercosur in July 2024,"
            " while Venezuela, admitted in 2012, has been suspended since December 2016.",
            {("bol", "memberOf", "mercosur"), ("ven", "memberOf", "mercosur")},
            {("membership-bol-mercosur", "2024-07"), ("membership-ven-mercosur", "2012")},
        ),
    ],
)
def test_admitted_perfect_and_participle(text, expected, dates):
    assert facts(text) == expected
    assert start_dates(text) == dates


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan has not been admitted to the Nuclear Suppliers Group.",
        "Afghanistan has never been admitted to the Shanghai Cooperation Organisation.",
        "Mongolia has been admitted to the Shanghai Cooperation Organisation as an observer.",
        "Kazakhstan had been admitted to the Conference on Security and Co-operation in Europe –"
        " as the OSCE was then called – on 30 January 1992.",
        "Pakistan, admitted to the Shanghai Cooperation Organisation as an observer in 2005, is a"
        " rival of India.",
        "The Organization of Turkic States has five members and three observers, the third being"
        " Turkmenistan, admitted in November 2022.",
        "Will Iran, admitted to the Shanghai Cooperation Organisation in 2023, join BRICS?",
    ],
)
def test_admitted_look_alikes(text):
    assert {t for t in facts(text) if t[1] == "memberOf"} == set()
