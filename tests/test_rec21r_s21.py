"""Diplomatic relations the development sets state in plain English and the extractor missed
(session 21's brief REC21R).

1. "Our country" and "my country" (references.jsonl lines marked ``joins_names``) make a list
   with the name joined to them, as a name would: "Our country and Hungary, which established
   diplomatic relations on 23 March 1992, ..." is the pair, and so is "our country and the
   United Kingdom established ..." after a speaker's label. Look-alikes: a recognition alone,
   a plan, a negation, a question, severed relations, embassies alone, the relative clause of
   two other states, another speaker's "our country", no metadata.
2. Profile lines: "Hungary – relations since 23 March 1992" (fields.jsonl's
   ``rec21r-field-name-relations``, the key the partner's name, the subject the document's own
   state: its metadata's, else the title's), and "Diplomatic relations: established on 23
   March 1992" under a heading naming the partner alone (``field-diplomatic-relations``, the
   pair the document's own state and the heading's). Look-alikes: a recognition, severed,
   planned, "no diplomatic relations", an embassy, a doubting bracket, a range that ended, a
   line below another heading that is not the document's own state, a key without "relations".
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples

WF = "Kazakhstan"


def relations(text: str, written_from: str | None = WF) -> set[tuple[str, str]]:
    """(pair "a-b" sorted, date or "") of the text's diplomatic relations."""
    found = assertion_triples(text, stem="rec21r-s21", written_from=written_from)
    pairs = {"-".join(sorted((s, o))) for s, p, o in found if p == "hasDiplomaticRelationsWith"}
    dates = {
        s.removeprefix("diplomatic-relations-"): o
        for s, p, o in found
        if s.startswith("diplomatic-relations-") and p == "date"
    }
    return {(pair, next((d for n, d in dates.items() if n.startswith(pair)), "")) for pair in pairs}


OWN_PAIR = [
    (
        "Our country and Hungary, which established diplomatic relations on 23 March 1992,"
        " cooperate closely.",
        {("hun-kaz", "1992-03-23")},
    ),
    (
        "Hungary and our country, which established diplomatic relations in 1992, cooperate"
        " closely.",
        {("hun-kaz", "1992")},
    ),
    (
        "AMBASSADOR: Quite far, actually: our country and the United Kingdom established"
        " diplomatic relations on 19 January 1992, only a few weeks after independence.",
        {("gbr-kaz", "1992-01-19")},
    ),
    (
        "Our country and China have had diplomatic relations since 3 January 1992, and today we"
        " call them a strategic partnership.",
        {("chn-kaz", "1992-01-03")},
    ),
    (
        "My country and Japan, which established diplomatic relations on 26 January 1992, are"
        " old partners.",
        {("jpn-kaz", "1992-01-26")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), OWN_PAIR)
def test_own_country_and_a_name_are_the_pair(text, expected):
    assert relations(text) == expected


OWN_PAIR_NOTHING = [
    "Our country and Hungary, which recognised each other's independence on 23 March 1992,"
    " cooperate closely.",
    "Our country and Hungary, which plan to establish diplomatic relations next year, cooperate"
    " closely.",
    "Our country and Hungary, which have no diplomatic relations, cooperate closely.",
    "Did our country and Hungary establish diplomatic relations on 23 March 1992?",
    "Our country and Hungary, whose diplomatic relations were severed in 1995, no longer"
    " cooperate.",
    "Our country and Hungary opened embassies on 23 March 1992.",
    "Our country and Hungary may establish diplomatic relations in 2026.",
    '"Our country and Hungary established diplomatic relations in 1992," the Polish minister said.',
]


@pytest.mark.parametrize("text", OWN_PAIR_NOTHING)
def test_own_country_look_alikes_give_nothing(text):
    assert relations(text) == set()


def test_relative_clause_of_two_other_states_keeps_its_pair():
    text = (
        "Our country welcomed Hungary and Poland, which established diplomatic relations on"
        " 23 March 1992."
    )
    assert relations(text) == {("hun-pol", "1992-03-23")}


def test_without_metadata_our_country_is_nobody():
    text = (
        "Our country and Hungary, which established diplomatic relations on 23 March 1992,"
        " cooperate closely."
    )
    assert relations(text, written_from=None) == set()


def test_own_country_in_a_list_of_signatories():
    found = assertion_triples(
        "Our country and Hungary signed the Treaty on Friendship in 1995.",
        stem="rec21r-s21",
        written_from=WF,
    )
    signatories = {o for s, p, o in found if p == "signatory"}
    assert signatories == {"kaz", "hun"}
