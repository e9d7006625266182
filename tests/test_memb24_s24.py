"""Memberships and co-foundings the held-out corpora state and the extractor missed (session 24's
brief MEMB24).

- A list item's bullet ("• ", "– ") opening a sentence is no word of it: the trigger reading's
  shared subject of a coordinated verb phrase is the entity after the mark ("• X co-founded O1
  in D, and is a member of O2 and O3": `trigger_clauses._opening_subject`).

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
