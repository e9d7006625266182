"""MEMB24B (session 24): the opening subject's own joining clause on the organisation its clause
names, "X complained to O, which it had joined on D" (rule memb24b-subject-org-which-it-joined in
data/relations.jsonl): X is a member of O since D. At most three words and no other actor stand
between X and O, so "it" can only be X; a longer clause ("X is an observer of O, which it joined"),
a plan, a negation, a question or a possessive subject give nothing.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="memb24b")


MEMBER = "memberOf"

# text -> (the triples that must be found, the triples that must not)
CASES = {
    "complained-to": (
        "Kyrgyzstan complained to the Eurasian Economic Union, which it had joined on "
        "12 August 2015, and threatened to go to court.",
        {("kgz", MEMBER, "eaeu")},
        set(),
    ),
    "left-which-it-had-joined": (
        "Uzbekistan also left the Eurasian Economic Community (EurAsEC), which it had joined "
        "in January 2006, after less than three years.",
        {("uzb", MEMBER, "eurasec")},
        set(),
    ),
    "observer-clause": (
        "Kazakhstan is an observer of the Shanghai Cooperation Organisation, which it joined "
        "in 2001.",
        set(),
        {("kaz", MEMBER, "shanghai-cooperation-organisation")},
    ),
    "not-joined": (
        "Kazakhstan criticised the European Union, which it has not joined.",
        set(),
        {("kaz", MEMBER, "european-union")},
    ),
    "plan": (
        "Kazakhstan praised the World Trade Organization, which it plans to join in 2030.",
        set(),
        {("kaz", MEMBER, "wto")},
    ),
    "question": (
        "Did Kazakhstan complain to the Eurasian Economic Union, which it had joined in 2015?",
        set(),
        {("kaz", MEMBER, "eaeu")},
    ),
    "possessive-subject": (
        "Kazakhstan's president spoke at the Eurasian Economic Union, which it had joined in 2015.",
        set(),
        {("kaz", MEMBER, "eaeu")},
    ),
}


@pytest.mark.parametrize("text,found,absent", CASES.values(), ids=CASES.keys())
def test_subject_org_which_it_joined(text, found, absent):
    got = triples(text)
    assert found <= got
    assert not (absent & got)
