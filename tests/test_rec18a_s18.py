"""Memberships and co-foundings the development sets state in plain English and the extractor
missed (session 18's brief REC18A).

Czechoslovakia, a former state texts name as a co-founder ("Poland co-founded the Visegrád
Group with Hungary and Czechoslovakia on 15 February 1991"), is a State of the gazetteer. Look-
alikes: a past membership, a split, a negation, a plan, an observer, a state named as the one
replaced.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples

V4 = "visegrad-group"
RELATIONS = ("memberOf", "coFounderOf")


def facts(text: str) -> set[tuple[str, str, str]]:
    return {t for t in assertion_triples(text, stem="rec18a-s18") if t[1] in RELATIONS}


def founders(organisation: str, *states: str) -> set[tuple[str, str, str]]:
    return {(state, "coFounderOf", organisation) for state in states}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Poland co-founded the Visegrád Group (V4) with Hungary and Czechoslovakia on 15"
            " February 1991.",
            founders(V4, "pol", "hun", "czechoslovakia"),
        ),
        (
            "Hungary, which co-founded the Visegrád Group with Czechoslovakia and Poland in 1991,"
            " joined NATO on 12 March 1999.",
            founders(V4, "hun", "czechoslovakia", "pol"),
        ),
    ],
)
def test_construction_is_read(text, expected):
    assert expected <= facts(text)


LOOK_ALIKES = [
    "Czechoslovakia was a member of the Warsaw Pact until 1991.",
    "Czechoslovakia split into the Czech Republic and Slovakia on 1 January 1993.",
    "Czechoslovakia never joined the European Union.",
    "Czechoslovakia would have joined NATO, historians say.",
    "Czechoslovakia applied to join the Council of Europe in 1990.",
    "Czechoslovakia is not a member of the Visegrád Group today.",
    "Czechoslovakia had been an observer of the Visegrád Group.",
    "Czechoslovakia left the Council for Mutual Economic Assistance in 1991.",
    "Czechoslovakia was expected to join the European Union.",
    "Did Czechoslovakia ever join NATO?",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alike_gives_nothing(text):
    assert not facts(text)


def test_successors_are_not_the_former_state():
    text = (
        "The Czech Republic and Slovakia have been members of the Visegrád Group since 1993 in"
        " place of Czechoslovakia."
    )
    assert not {t for t in facts(text) if t[0] == "czechoslovakia"}
