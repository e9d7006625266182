"""Recall on unseen wording by construction family (brief REC12B), tested in other wording with
other entities, with look-alikes that must give nothing:

- a chronology line's historic present ("14 January 1992 – A and B establish diplomatic
  relations"): the dependency parse often takes the first name for an apposition of the date
  ("January – A", or the day number for the subject) and reads nothing; the line is now read a
  second time as the past it states (syntax._Parse with ``as_past``: the dash after the date
  as a comma, a leading day number as "On", each present verb the first parse tags as a verb
  in its past form), and the facts of both readings are kept. A negated, planned or merely
  discussed relation, and a present sentence outside a chronology, still give nothing.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="rec12b")


def relations(found: set) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in found if p == "hasDiplomaticRelationsWith"}


def dates(found: set) -> set[str]:
    return {o for s, p, o in found if p == "date" and s.startswith("diplomatic-relations-")}


CHRONOLOGY = {
    # each of these gave nothing before: the parse read the first state as the date's apposition
    "turkey-ukraine": (
        "30 August 1992 – Turkey and Ukraine establish diplomatic relations.",
        {("tur", "ukr")},
        "1992-08-30",
    ),
    "turkey-moldova": (
        "2 March 1993 – Turkey and Moldova establish diplomatic relations.",
        {("mda", "tur")},
        "1993-03-02",
    ),
    "armenia-moldova": (
        "29 January 1992 – Armenia and Moldova establish diplomatic relations.",
        {("arm", "mda")},
        "1992-01-29",
    ),
    "in-a-timeline": (
        "Black Sea neighbours: a timeline\n"
        "2 March 1993 – Azerbaijan and Latvia establish diplomatic relations.\n"
        "14 January 1994 – Latvia joins NATO's Partnership for Peace.\n",
        {("aze", "lva")},
        "1993-03-02",
    ),
}


@pytest.mark.parametrize("case", sorted(CHRONOLOGY))
def test_chronology_historic_present_relations(case: str) -> None:
    text, pairs, date = CHRONOLOGY[case]
    found = triples(text)
    assert {tuple(sorted(p)) for p in relations(found)} == pairs
    assert dates(found) == {date}


LOOK_ALIKES = {
    "negated": "2 March 1993 – Turkey and Moldova do not establish diplomatic relations.",
    "planned": "30 August 1992 – Turkey and Ukraine plan to establish diplomatic relations.",
    "discussed": "29 January 1992 – Armenia and Moldova discuss diplomatic relations.",
    "no-chronology": "Turkey and Ukraine establish diplomatic relations.",
    "future": "30 August 2030 – Turkey and Ukraine will establish diplomatic relations.",
}


@pytest.mark.parametrize("case", sorted(LOOK_ALIKES))
def test_chronology_look_alikes_give_no_relations(case: str) -> None:
    assert relations(triples(LOOK_ALIKES[case])) == set()
