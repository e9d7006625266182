"""Dates given by reference to the date named before them in the sentence (session 22's brief
RELDATE22): "later that year", "the same year", "the following year", "a year later", "two
years later", "the next day".

A gapped continuation of a dated match closes with such a phrase instead of "in|on D" ("...
with Mexico on D1, with Cuba on D2 and with Argentina and Chile later that year"): it states its
fact, dated from the date named last before the phrase at the phrase's precision (before, the
whole chain was dropped). A match that took no date of its own takes the date such a phrase
right after it gives ("Uzbekistan joined the IMF two years later": the year two years after the
date named before). Look-alikes: "years later" (no count), "later" alone, "later this year" (a
plan), no date before the phrase, a negated or planned continuation.
"""

from __future__ import annotations

import pytest
from fact_cases import extract

STEM = "reldate22-s22"


def dated(text: str, scoring) -> set[tuple]:
    """(class, the non-Kazakh party, its date or None) of the text's relations and memberships."""
    found = set()
    for fact in extract(text, scoring, stem=STEM)[1]:
        if fact[0] != "node":
            continue
        props = fact[2]
        parties = props.get("kz:participant", props.get("kz:member", []))
        other = [p for p in parties if p != "kaz"] or ["kaz"]
        org = props.get("kz:organisation", [None])[0]
        date = (props.get("kz:date") or props.get("kz:startDate") or [None])[0]
        found.add((fact[1].removeprefix("kz:"), other[0], org, date and date[0]))
    return found


RELATIONS = "DiplomaticRelationsEstablishment"

READ = {
    "chain-later-that-year": (
        "Kazakhstan established diplomatic relations with Mexico on 14 January 1992, with Cuba "
        "on 24 March 1992 and with Argentina and Chile later that year.",
        {
            (RELATIONS, "mex", None, "1992-01-14"),
            (RELATIONS, "cub", None, "1992-03-24"),
            (RELATIONS, "arg", None, "1992"),
            (RELATIONS, "chl", None, "1992"),
        },
    ),
    "chain-following-year": (
        "Kazakhstan established diplomatic relations with Mexico on 14 January 1992 and with "
        "Argentina the following year.",
        {(RELATIONS, "mex", None, "1992-01-14"), (RELATIONS, "arg", None, "1993")},
    ),
    "object-gap-two-years-later": (
        "Kazakhstan joined the OSCE in January 1992 and the IMF two years later.",
        {("Membership", "kaz", "osce", "1992-01"), ("Membership", "kaz", "imf", "1994")},
    ),
    "own-clause-two-years-later": (
        "Kazakhstan joined the OSCE in 1992, and Uzbekistan joined the IMF two years later.",
        {("Membership", "kaz", "osce", "1992"), ("Membership", "uzb", "imf", "1994")},
    ),
    "own-clause-later-that-year": (
        "Kazakhstan joined the OSCE in 1992, and Uzbekistan joined the IMF later that year.",
        {("Membership", "kaz", "osce", "1992"), ("Membership", "uzb", "imf", "1992")},
    ),
}


@pytest.mark.parametrize(("text", "expected"), READ.values(), ids=READ.keys())
def test_a_date_given_by_reference_dates_the_fact(text, expected, scoring):
    assert expected <= dated(text, scoring)


KEPT = {
    # no count: which year?
    "years-later": (
        "Kazakhstan joined the OSCE in 1992, and Uzbekistan joined the IMF years later.",
        "uzb",
    ),
    # a plan, not a fact
    "later-this-year-plan": (
        "Kazakhstan joined the OSCE in 1992, and Uzbekistan will join the IMF later this year.",
        "uzb",
    ),
    # a negated continuation
    "negated": (
        "Kazakhstan joined the OSCE in 1992, and Uzbekistan did not join the IMF two years later.",
        "uzb",
    ),
}


@pytest.mark.parametrize(("text", "party"), KEPT.values(), ids=KEPT.keys())
def test_no_fact_without_a_stated_reference(text, party, scoring):
    assert not {f for f in dated(text, scoring) if f[1] == party}


UNDATED = {
    "later-alone": (
        "Kazakhstan established diplomatic relations with Mexico on 14 January 1992 and with "
        "Argentina later.",
        "arg",
    ),
    "years-later-chain": (
        "Kazakhstan established diplomatic relations with Mexico on 14 January 1992 and with "
        "Argentina years later.",
        "arg",
    ),
    "no-date-before": ("Kazakhstan joined the IMF two years later.", "kaz"),
}


@pytest.mark.parametrize(("text", "party"), UNDATED.values(), ids=UNDATED.keys())
def test_no_date_without_a_count_or_a_date_before(text, party, scoring):
    assert all(f[3] is None for f in dated(text, scoring) if f[1] == party)


GAPS = {
    "pro-form-following-year": (
        "Kazakhstan and Uzbekistan joined the OSCE in 1992, and Tajikistan did so the "
        "following year.",
        {("Membership", "tjk", "osce", "1993"), ("Membership", "uzb", "osce", "1992")},
    ),
    "subject-gap-a-year-later": (
        "Kazakhstan joined the OSCE in 1992, and Uzbekistan a year later.",
        {("Membership", "uzb", "osce", "1993")},
    ),
}


@pytest.mark.parametrize(("text", "expected"), GAPS.values(), ids=GAPS.keys())
def test_a_subject_or_pro_form_gap_closes_with_a_referring_date(text, expected, scoring):
    assert expected <= dated(text, scoring)


PAIRS = {
    "followed-later-the-same-year": "Kazakhstan and Spain established diplomatic relations on "
    "11 February 1992; Portugal and Cyprus followed later the same year.",
    "followed-in-may": "Kazakhstan and Spain established diplomatic relations on 11 February "
    "1992; Portugal and Cyprus followed in May 1992.",
    "did-the-same": "Kazakhstan and Spain established diplomatic relations on 11 February 1992, "
    "and Portugal and Cyprus did the same in May 1992.",
}


@pytest.mark.parametrize("text", PAIRS.values(), ids=PAIRS.keys())
def test_a_pro_form_does_not_pair_its_new_subjects(text, scoring):
    """A relation among the match's subjects alone ("A and B established relations") is not
    restated by a pro-form's new subject: "Portugal and Cyprus followed" is no relation between
    Portugal and Cyprus."""
    facts = extract(text, scoring, stem=STEM)[1]
    assert not any(f[0] == "triple" and {f[1], f[3]} == {"prt", "cyp"} for f in facts)


def test_a_new_pair_after_a_subject_gap_keeps_its_reading(scoring):
    text = (
        "Kazakhstan and Azerbaijan established diplomatic relations on 27 August 1992, and "
        "Kazakhstan and Georgia on 24 July 1992."
    )
    assert (RELATIONS, "geo", None, "1992-07-24") in dated(text, scoring)


UNSTATED = {
    "modal": "Kazakhstan may join the OSCE in 2027, and Uzbekistan joined the IMF two years later.",
    "plan": "Kazakhstan plans to join the OSCE in 2027, and Uzbekistan joined the IMF the "
    "following year.",
    "negation": "Kazakhstan did not join the OSCE in 1995, and Uzbekistan joined the IMF two "
    "years later.",
}


@pytest.mark.parametrize("text", UNSTATED.values(), ids=UNSTATED.keys())
def test_a_date_of_an_unstated_event_is_no_reference(text, scoring):
    """The date referred to belongs to a modal, planned or negated clause: no event to count
    from, so the fact after the phrase takes no date."""
    assert all(f[3] is None for f in dated(text, scoring) if f[1] == "uzb")
