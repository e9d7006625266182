"""A membership or founding stated by its event keeps its fact, with its own start date, where a
later clause says it ended or was suspended (session 21's brief ENDED21; the gold conventions of
tests/generality/README.md): "Uzbekistan rejoined the CSTO in 2006 and left it again in 2012"
gives the 2006 membership. The events are lexicon ended21-joining-events, read by
hedges._ended_state_after (the leavings of ended21-ended-after-words, once hedge-ended-after)
and membership_ended.ended_states (a leaving further on, or in the next sentence).

Look-alikes that give nothing: a state marked as ended ("was a member until 2012", "from 1994 to
2012", "had been a member before it withdrew", "was a member and left it", "a member, was
expelled"), a former member, a withdrawal alone, a negation, a modal, a third party's plan.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples

RELATIONS = ("memberOf", "coFounderOf")


def triples(text: str) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="ended21-s21")


def facts(text: str) -> set[tuple[str, str, str]]:
    return {t for t in triples(text) if t[1] in RELATIONS}


def start_dates(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in triples(text) if p == "startDate"}


CSTO_2006 = ("uzb", "memberOf", "csto", "2006")
KEPT = [
    ("Uzbekistan rejoined the CSTO in 2006 and left it again in 2012.", *CSTO_2006),
    ("The Collective Security Treaty Organization was founded in 2002. Uzbekistan joined it in "
     "2006 but suspended its membership in 2012.", *CSTO_2006),
    ("The Collective Security Treaty Organization (CSTO) counts six member states. Uzbekistan, "
     "which joined the alliance in 2006 and suspended its membership in 2012, is no longer among "
     "them.", *CSTO_2006),
    ("Uzbekistan acceded to the CSTO in 2006 and withdrew in 2012.", *CSTO_2006),
    ("Georgia joined the CIS in 1993. In 2009 it withdrew from the organisation.",
     "geo", "memberOf", "cis", "1993"),
    ("Georgia co-founded the CIS in 1991 and left it in 2009.",
     "geo", "coFounderOf", "cis", "1991"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "member", "relation", "organisation", "year"), KEPT)
def test_an_event_of_joining_keeps_its_fact_and_start_date(
    text, member, relation, organisation, year
):
    assert (member, relation, organisation) in facts(text)
    assert year in {date for _, date in start_dates(text)}


NOTHING = [
    "Uzbekistan was a member of the CSTO until 2012.",
    "Uzbekistan was a member of the CSTO from 1994 to 2012.",
    "Uzbekistan had been a member of the CSTO before it withdrew in 2012.",
    "Uzbekistan was a member of the CSTO and withdrew in 2012.",
    "Georgia was a member of the CIS and left it in 2009.",
    "Georgia, a member of the CIS, was expelled in 2009.",
    "Georgia is a former member of the CIS.",
    "Georgia withdrew from the CIS in 2009.",
    "Uzbekistan did not join the CSTO in 2006 and left talks in 2012.",
    "Uzbekistan may join the CSTO in 2026 and leave it in 2030.",
    "Georgia said it would join the CIS in 1993 and leave it in 2009.",
]


@pytest.mark.parametrize("text", NOTHING)
def test_an_ended_state_or_no_event_gives_nothing(text):
    assert facts(text) == set()
