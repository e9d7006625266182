"""Memberships invented from a doubt the words around them state (session 18's brief FIX18C,
two review findings on REC18A).

A state's profile bullets state nothing under a heading or lead line holding a doubt word
("Former memberships:", "Applications pending:", "Memberships it seeks:", "Kyrgyzstan was
formerly a member of:"), up to the next heading or lead line ("Memberships:"); a doubt in a
heading's name or bracket ("Kyrgyzstan (former Kirghiz SSR)") doubts nothing. A bullet whose
key runs into its value is read under a bare key too ("Memberships:" / "• Member of the CSTO;").

An object continuation followed by a lesser status (", and of the African Union, as an
observer", "as a dialogue partner", "as an associate member": lexicon
fix17b-lesser-status-nouns) states nothing; a full member's stays.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples

RELATIONS = ("memberOf", "coFounderOf")
CSTO = "Collective Security Treaty Organization"


def facts(text: str) -> set[tuple[str, str, str]]:
    return {t for t in assertion_triples(text, stem="fix18c-s18") if t[1] in RELATIONS}


def members(state: str, *organisations: str) -> set[tuple[str, str, str]]:
    return {(state, "memberOf", organisation) for organisation in organisations}


FOUND = [
    ("Kyrgyzstan\nMemberships:\n• Member of the CSTO;", members("kgz", "csto")),
    ("Kyrgyzstan\n• Member of the CSTO;", members("kgz", "csto")),
    (f"Kyrgyzstan\nMemberships\n• Member of the {CSTO};", members("kgz", "csto")),
    (
        f"Kyrgyzstan\nFormer memberships:\n• Member of the CIS;\nMemberships:\n• Member of the"
        f" {CSTO};",
        members("kgz", "csto"),
    ),
    (
        f"Kyrgyzstan\nApplications pending:\n• Member of the WTO;\n\nTajikistan\n• Member of the"
        f" {CSTO};",
        members("tjk", "csto"),
    ),
    ("Kyrgyzstan\nMemberships:\n• CSTO\n• Member of the CIS;", members("kgz", "csto", "cis")),
    (
        "Egypt is a member of the Arab League, founded in 1945, and of the African Union, as a"
        " full member.",
        members("egy", "arab-league", "african-union"),
    ),
    (
        "Egypt is a member of the Arab League, founded in 1945, and of the African Union, as one"
        " of its founders.",
        members("egy", "arab-league", "african-union"),
    ),
    (
        "Egypt is a member of the Arab League, founded in 1945, and of the African Union, as an"
        " observer.",
        members("egy", "arab-league"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_construction_is_read(text, expected):
    assert expected <= facts(text)


NOT_STATED = [
    # finding 1: the bullets under a doubting heading or lead line
    ("Kyrgyzstan\nFormer memberships:\n• Member of the Commonwealth of Independent States;", "cis"),
    ("Kyrgyzstan\nApplications pending:\n• Member of the World Trade Organization;", "wto"),
    ("Kyrgyzstan\nMemberships it seeks:\n• Member of the European Union", "european-union"),
    ("Kyrgyzstan\nFormer memberships:\n• Member of: the CIS", "cis"),
    ("Kyrgyzstan\nFormer memberships:\n• CIS: member since 1991", "cis"),
    ("Kyrgyzstan\nFormer memberships:\n• Joined the CIS on 8 December 1991", "cis"),
    ("Kyrgyzstan\nPast memberships\n• Member of the CIS;", "cis"),
    ("Kyrgyzstan\nPrevious memberships:\n• Member of the CIS;\n• Member of GUAM;", "cis"),
    ("Kyrgyzstan\nObserver status:\n• Member of the Arab League;", "arab-league"),
    ("Kyrgyzstan\nPlanned memberships:\n• Member of the European Union;", "european-union"),
    ("Kyrgyzstan\nProposed memberships\n• Member of the European Union;", "european-union"),
    ("Kyrgyzstan\nSuspended memberships:\n• Member of the CIS;", "cis"),
    ("Kyrgyzstan\nCandidate for:\n• Member of the European Union;", "european-union"),
    ("Kyrgyzstan\nKyrgyzstan was formerly a member of:\n• the CIS;\n• GUAM;", "cis"),
    ("Kyrgyzstan\nOrganisations it left:\n• Member of the CIS;", "cis"),
    ("Kyrgyzstan\nMemberships sought:\n• Member of the WTO;", "wto"),
    # finding 2: an object continuation with a lesser status
    (
        "Egypt is a member of the Arab League, founded in 1945, and of the African Union, as an"
        " observer.",
        "african-union",
    ),
    (
        "Egypt is a member of the Arab League, which was founded in Cairo, and of the African"
        " Union, as an observer.",
        "african-union",
    ),
    (
        "Egypt is a member of the Arab League and of the African Union, as an associate member.",
        "african-union",
    ),
    (
        "Egypt is a member of the Arab League, founded in 1945, and of the African Union, as a"
        " dialogue partner.",
        "african-union",
    ),
    (
        "Egypt is a member of the Arab League, founded in 1945, and of the African Union, as an"
        " observer state.",
        "african-union",
    ),
    (
        "Egypt is a member of the Arab League, founded in 1945, and of the African Union, as a"
        " candidate.",
        "african-union",
    ),
    (
        "Egypt is a member of the Arab League, founded in 1945, and of the African Union, as a"
        " guest.",
        "african-union",
    ),
    (
        "Egypt is a member of the Arab League and of the African Union, as an observer.",
        "african-union",
    ),
    (
        "Egypt is a member of the Arab League, and of the African Union as an observer.",
        "african-union",
    ),
    (
        "Egypt is a member of the Arab League, which was founded in Cairo, and of the African"
        " Union, as a partner.",
        "african-union",
    ),
]


@pytest.mark.parametrize(("text", "organisation"), NOT_STATED)
def test_doubted_membership_is_not_stated(text, organisation):
    assert not {t for t in facts(text) if t[2] == organisation}
