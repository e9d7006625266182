"""Memberships and co-foundings the development sets state in plain English and the extractor
missed (session 20's brief REC20B).

A founding membership whose year stands in brackets right after the organisation, alone or
along a list of organisations each with its own year: "It is a founding member of O1 (1991),
O2 (2001), O3 (2015) and O4 (2015)", "X is one of the 51 founding members of O (1945)". The
bracketed year dates each item's own founding membership (a bracket holding a date alone is no
aside the object gap passes over). Look-alikes: a negation, a question, a modal, a prospective
founding member, an observer or partner along the list, a former state of affairs ("until
2012"), a plain membership with a bracketed year (a term reads the same), a bracket that holds
more than a date.

The Pacific Alliance is a body of the gazetteer: "A, B, C and D – the four members of the
Pacific Alliance – ..." (REC19A's construction) reads it. Look-alikes: an observer's question, a
negation with partners.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples

RELATIONS = ("memberOf", "coFounderOf")
SCO = "shanghai-cooperation-organisation"
AIIB = "asian-infrastructure-investment-bank"


def triples(text: str) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="rec20b-s20")


def facts(text: str) -> set[tuple[str, str, str]]:
    return {t for t in triples(text) if t[1] in RELATIONS}


def founding_dates(text: str) -> set[tuple[str, str]]:
    """(founding-membership node, start date) of the text's founding memberships."""
    return {
        (s.removeprefix("founding-membership-"), o)
        for s, p, o in triples(text)
        if s.startswith("founding-membership-") and p == "startDate"
    }


BRACKETED = [
    (
        "Kazakhstan is a founding member of the Commonwealth of Independent States (1991), the"
        " Shanghai Cooperation Organisation (2001), the Eurasian Economic Union (2015) and the"
        " Asian Infrastructure Investment Bank (2015).",
        {
            ("kaz-cis", "1991"),
            (f"kaz-{SCO}", "2001"),
            ("kaz-eaeu", "2015"),
            (f"kaz-{AIIB}", "2015"),
        },
    ),
    (
        "Kazakhstan is a founding member of the CIS (1991) and the SCO (2001).",
        {("kaz-cis", "1991"), (f"kaz-{SCO}", "2001")},
    ),
    (
        "Belarus is one of the 51 founding members of the United Nations (1945), and its"
        " delegation signed the UN Charter in San Francisco.",
        {("blr-united-nations", "1945")},
    ),
    (
        "Kazakhstan and Russia are founding members of the Eurasian Economic Union (2015).",
        {("kaz-eaeu", "2015"), ("rus-eaeu", "2015")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), BRACKETED)
def test_bracketed_founding_years(text, expected):
    assert founding_dates(text) == expected


LOOK_ALIKES = [
    "Kazakhstan is not a founding member of the CIS (1991) and the SCO (2001).",
    "Is Kazakhstan a founding member of the CIS (1991)?",
    "Kazakhstan would be a founding member of the CIS (1991).",
    "Kazakhstan is a prospective founding member of the Asian Infrastructure Investment Bank"
    " (2015).",
    "Kazakhstan was a founding member of the CIS (1991) until 2012.",
    "If Kazakhstan were a founding member of the CIS (1991), the SCO (2001) would differ.",
    "Kazakhstan is an observer of the CIS (1991) and the SCO (2001).",
    "Kazakhstan is a partner of the CIS (1991) and the SCO (2001).",
    "Kazakhstan is never a founding member of the CIS (1991) and the SCO (2001).",
    "Critics claimed that Kazakhstan is a founding member of the CIS (1991) and the SCO (2001).",
    "Will Kazakhstan apply to become an observer of the Pacific Alliance?",
    "Kazakhstan is not a member of the Pacific Alliance.",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alike_gives_nothing(text):
    assert facts(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an observer or partner along the list keeps only the founding item
        (
            "Kazakhstan is a founding member of the CIS (1991), an observer of the SCO (2001)"
            " and a partner of the EU (2015).",
            {("kaz-cis", "1991")},
        ),
        # a plain membership's bracketed year is not read as its start
        ("Kazakhstan is a member of the CIS (1991) and the SCO (2001).", set()),
        # a bracket holding more than a date dates nothing
        ("Kazakhstan is a founding member of the CIS (since 1991).", set()),
    ],
)
def test_look_alike_gives_less(text, expected):
    assert founding_dates(text) == expected


def test_pacific_alliance_members():
    text = (
        "Mexico, Chile, Peru and Colombia – the four members of the Pacific Alliance – account"
        " for nearly a third of the region’s turnover with Kazakhstan."
    )
    members = ("mex", "chl", "per", "col")
    assert facts(text) == {(state, "memberOf", "pacific-alliance") for state in members}
