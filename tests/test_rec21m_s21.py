"""Memberships the development sets state in plain English and the extractor missed (session
21's brief REC21M).

A member list set off by dashes or brackets after an organisation's member states, as the comma
and colon forms are read: "Its five member states – A, B and C – remain divided", "O has five
member states – A, B and C – and three observers", "O has five member states (A, B and C)".
Look-alikes: observers, founding or former member states, a negation, a question.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples

RELATIONS = ("memberOf", "coFounderOf")
OTS = "organization-of-turkic-states"
OTS_MEMBERS = ("aze", "kaz", "kgz", "tur", "uzb")
OTS_INTRO = "The Organization of Turkic States met in Astana. "


def triples(text: str) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="rec21m-s21")


def facts(text: str) -> set[tuple[str, str, str]]:
    return {t for t in triples(text) if t[1] in RELATIONS}


def start_dates(text: str) -> set[tuple[str, str]]:
    """(membership node, start date) of the text's memberships and founding memberships."""
    return {
        (s.split("membership-", 1)[1], o)
        for s, p, o in triples(text)
        if "membership-" in s and p == "startDate"
    }


def members_of(org: str, states: tuple[str, ...]) -> set[tuple[str, str, str]]:
    return {(state, "memberOf", org) for state in states}


SET_OFF_LISTS = [
    OTS_INTRO + "Its five member states – Azerbaijan, Kazakhstan, Kyrgyzstan, Türkiye and"
    " Uzbekistan – nonetheless remain divided over how far Ankara should lead.",
    "The Organization of Turkic States has five member states – Azerbaijan, Kazakhstan,"
    " Kyrgyzstan, Turkey and Uzbekistan – and three observers.",
    "The Organization of Turkic States has five member states (Azerbaijan, Kazakhstan,"
    " Kyrgyzstan, Turkey and Uzbekistan) and three observers.",
    OTS_INTRO + "Its member states — Azerbaijan, Kazakhstan, Kyrgyzstan, Turkey and Uzbekistan"
    " — signed the declaration.",
]


@pytest.mark.parametrize("text", SET_OFF_LISTS)
def test_member_list_set_off_by_dashes_or_brackets(text):
    assert facts(text) == members_of(OTS, OTS_MEMBERS)


SET_OFF_LOOK_ALIKES = [
    OTS_INTRO + "Its three observers – Hungary, Turkmenistan and Cyprus – attended.",
    OTS_INTRO + "Its five founding member states – Azerbaijan, Kazakhstan, Kyrgyzstan and"
    " Turkey – attended.",
    OTS_INTRO + "Its former member states – Azerbaijan and Turkey – attended.",
    OTS_INTRO + "Its prospective member states – Hungary and Turkmenistan – attended.",
    "The Organization of Turkic States does not have five member states – Azerbaijan,"
    " Kazakhstan, Kyrgyzstan, Turkey and Uzbekistan – but four.",
    "Does the Organization of Turkic States have five member states – Azerbaijan, Kazakhstan,"
    " Kyrgyzstan, Turkey and Uzbekistan?",
    "The Organization of Turkic States has three observers (Hungary, Turkmenistan and Cyprus).",
]


@pytest.mark.parametrize("text", SET_OFF_LOOK_ALIKES)
def test_set_off_look_alike_gives_nothing(text):
    assert facts(text) == set()
