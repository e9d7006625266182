"""Memberships the unseen corpora state and the extractor missed (session 22's brief MEMB22).

A role phrase after "as" written without an article, "X and Y joined O as full members on D",
"... as member states in D": it is no clause of its own (trigger_clauses._as_member, lexicon
memb22-as-member-bare), so the trigger line joined-organisation reads it as it reads "as a full
member"; a date past such a role that the rules leave out is a hedge (hedge-date-past-role), so
no undated node stands beside the dated one. Look-alikes: a lesser status ("as observers", "as
associate members", "as dialogue partners"), a negation, a question, a plan.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples

SCO = "shanghai-cooperation-organisation"


def triples(text: str) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="memb22-s22")


def members(text: str) -> set[tuple[str, str, str]]:
    return {t for t in triples(text) if t[1] in {"memberOf", "coFounderOf"}}


def start_dates(text: str) -> set[tuple[str, str]]:
    """(membership node, start date) of the text's memberships."""
    return {
        (s.removeprefix("membership-"), o)
        for s, p, o in triples(text)
        if s.startswith("membership-") and p == "startDate"
    }


def nodes(text: str) -> set[str]:
    return {s for s, p, o in triples(text) if s.startswith("membership-") and p == "member"}


ROLE_WITHOUT_ARTICLE = [
    (
        "Pakistan and India joined the SCO as full members on 9 June 2017.",
        {(f"pak-{SCO}", "2017-06-09"), (f"ind-{SCO}", "2017-06-09")},
    ),
    (
        "Pakistan and India joined the Shanghai Cooperation Organisation as member states in 2017.",
        {(f"pak-{SCO}", "2017"), (f"ind-{SCO}", "2017")},
    ),
    (
        "Armenia and Kyrgyzstan were admitted to the Eurasian Economic Union as full members in"
        " 2015.",
        {("arm-eaeu", "2015"), ("kgz-eaeu", "2015")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROLE_WITHOUT_ARTICLE)
def test_role_without_article(text, expected):
    assert start_dates(text) == expected
    assert len(nodes(text)) == len(expected)  # no undated node beside the dated one


ROLE_LOOK_ALIKES = [
    "Pakistan and India joined the SCO as observers in 2017.",
    "Pakistan and India joined the SCO as associate members in 2017.",
    "Pakistan and India joined the SCO as dialogue partners in 2017.",
    "Pakistan and India did not join the SCO as full members in 2017.",
    "Did Pakistan and India join the SCO as full members in 2017?",
    "Pakistan and India will join the SCO as full members in 2027.",
    "Pakistan and India hope to join the SCO as full members in 2027.",
]


@pytest.mark.parametrize("text", ROLE_LOOK_ALIKES)
def test_role_look_alike_gives_nothing(text):
    assert members(text) == set()
