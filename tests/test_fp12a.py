"""Session 11's unseen corpora blind52-54: the false facts HEAD stated there (brief FP12A), each
mended by its general cause and tested in other wording with other entities, with look-alikes
that must still give their true fact:

- a trailing group ("X is a member of O together with A and B, and has been a member of P since
  D") shares only its own clause: a continuation after it restates X, never the group
  (gapping.continued_facts reads the chain past the group with the match's own subject;
  relations._gapped continues no "+companions" fact);
- a reduced passive clause after a relative clause that ends with a name ("O, which in D
  succeeded P, founded by A and B in D2") may qualify P as well as O: the match on P is not
  moved to O (relations._apposition_head), and the second reading does not leave the relative
  clause out as an aside of O (relations._apposition_end).
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="fp12a")


def of_property(found: set, prop: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in found if p == prop}


# --- a trailing group shares its clause only ------------------------------------------------

TRAILING_GROUPS = {
    "together-with": (
        "Armenia is a member of the CSTO together with Belarus and Tajikistan, and has been a "
        "member of the Council of Europe since 25 January 2001.",
        "arm",
        "csto",
        {"blr", "tjk"},
        "council-of-europe",
    ),
    "along-with": (
        "Moldova is a member of GUAM along with Georgia and Ukraine, and has been a member of "
        "the Council of Europe since 13 July 1995.",
        "mda",
        "guam",
        {"geo", "ukr"},
        "council-of-europe",
    ),
    "alongside": (
        "Lithuania is a member of NATO alongside Latvia and Estonia, and has been a member of "
        "the OSCE since 1991.",
        "ltu",
        "nato",
        {"lva", "est"},
        "osce",
    ),
}


@pytest.mark.parametrize("case", TRAILING_GROUPS.values(), ids=TRAILING_GROUPS.keys())
def test_a_continuation_after_a_group_restates_the_subject_only(case):
    text, subject, first, group, second = case
    members = of_property(triples(text), "memberOf")
    assert {(state, first) for state in {subject, *group}} <= members
    assert (subject, second) in members
    assert not {(state, second) for state in group} & members


def test_a_trailing_group_still_shares_the_match():
    members = of_property(
        triples("Latvia joined NATO in 2004 together with Lithuania and Estonia."), "memberOf"
    )
    assert members == {("lva", "nato"), ("ltu", "nato"), ("est", "nato")}


# --- a participle after a relative clause may qualify its last name --------------------------

SUCCESSOR_ASIDES = {
    "succeeded-founded": (
        "The delegates praised the Eurasian Economic Union, which in 2015 succeeded the "
        "Eurasian Economic Community, founded by Belarus and Russia in 2000.",
        "eaeu",
    ),
    "replaced-formed": (
        "Observers mentioned the Shanghai Cooperation Organisation, which in 2001 replaced the "
        "Shanghai Five, formed by China and Russia in 1996.",
        "shanghai-cooperation-organisation",
    ),
}


@pytest.mark.parametrize("case", SUCCESSOR_ASIDES.values(), ids=SUCCESSOR_ASIDES.keys())
def test_a_participle_after_a_relative_clause_founds_not_its_head(case):
    text, head = case
    assert not {s for s, o in of_property(triples(text), "coFounderOf") if o == head}


def test_the_participle_still_founds_the_name_it_follows():
    found = of_property(
        triples(
            "The Eurasian Economic Community, founded by Belarus and Russia in 2000, was later "
            "succeeded by the Eurasian Economic Union."
        ),
        "coFounderOf",
    )
    assert found == {("blr", "eurasec"), ("rus", "eurasec")}


def test_a_relative_clause_before_a_finite_verb_still_gives_the_head_its_fact():
    found = triples(
        "The Eurasian Economic Union, which replaced the Eurasian Economic Community, was "
        "founded by Belarus and Russia in 2014."
    )
    assert of_property(found, "coFounderOf") == {("blr", "eaeu"), ("rus", "eaeu")}
    assert ("kgz", "wto") in of_property(
        triples("Kyrgyzstan, which joined the WTO in 1998, hosted the summit."), "memberOf"
    )
