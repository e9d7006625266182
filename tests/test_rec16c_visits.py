"""Visits (session 16, brief REC16C): dated by the date right before "during" them, and a
visitor who was in a city on a visit.

"[X was signed] in|on D[,] during [President] V's [state|official|working] visit|trip to P":
V visited P on D. "V [of S] was|is in C [on D] on a state|official|working visit [at the
invitation of I | at I's invitation]". Look-alikes: a visit planned or postponed, held online,
talks about or preparations for a visit, a visit to a pavilion, a minister's visit; "was not
in", "will be in", "was to be in", "is expected to be in", a question, a conditional, a
virtual visit, a visit later cancelled, another speaker's claim give no visit.
"""

from __future__ import annotations

import pytest
from fact_cases import date, named_cases, node

FOUND = {
    "signed-in-date-during-presidents-state-visit": (
        "The first uranium contract was signed in January 2009 during President Nazarbayev’s"
        " state visit to New Delhi, when he was chief guest at the Republic Day parade.",
        node(
            "StateVisit",
            visitor=["nursultan-nazarbayev"],
            destination=["new-delhi"],
            date=[date("2009-01")],
        ),
    ),
    "on-date-comma-during-possessive-visit": (
        "On 27 January 2023, during Sadyr Japarov’s state visit to Tashkent, the two presidents"
        " signed the treaty.",
        node(
            "StateVisit",
            visitor=["sadyr-japarov"],
            destination=["tashkent"],
            date=[date("2023-01-27")],
        ),
    ),
    "was-in-city-on-state-visit-at-possessive-invitation": (
        "Emomali Rahmon was in Bishkek on a state visit at Sadyr Japarov’s invitation, his first"
        " since deadly clashes on the border in 2021 and 2022.",
        node(
            "StateVisit",
            visitor=["emomali-rahmon"],
            destination=["bishkek"],
            invitedBy=["sadyr-japarov"],
        ),
    ),
    "is-in-city-on-date-on-state-visit": (
        "Vladimir Putin was in Astana on 27 November 2024 on a state visit.",
        node(
            "StateVisit",
            visitor=["vladimir-putin"],
            destination=["astana"],
            date=[date("2024-11-27")],
        ),
    ),
}

NOTHING = {
    "planned-visit": "In January 2009, during Nazarbayev’s planned state visit to New Delhi,"
    " nothing was signed.",
    "postponed-visit": "On 27 January 2023, during Sadyr Japarov’s postponed state visit to"
    " Tashkent, the treaty was not signed.",
    "talks-about-visit": "On 27 January 2023, during talks about Sadyr Japarov’s state visit to"
    " Tashkent, the ministers met.",
    "preparations-for-visit": "On 27 January 2023, during preparations for Sadyr Japarov’s state"
    " visit to Tashkent, the ministers met.",
    "online-visit": "On 27 January 2023, during Sadyr Japarov’s online visit to Tashkent, the"
    " ministers met.",
    "visit-to-pavilion": "In 2023, during Sadyr Japarov’s visit to the Uzbek pavilion, the"
    " ministers met.",
    "ministers-visit": "On 27 January 2023, during the Uzbek minister’s visit to Bishkek, a"
    " treaty was signed.",
    "expected-visit": "On 27 January 2023, during Sadyr Japarov’s expected visit to Tashkent,"
    " the treaty will be signed.",
    "cancelled-visit": "On 27 January 2023, during Sadyr Japarov’s cancelled visit to Tashkent,"
    " nothing happened.",
    "proposed-visit": "In 2023, during Sadyr Japarov’s proposed trip to Tashkent, talks would"
    " be held.",
    "was-not-in": "Vladimir Putin was not in Astana on a state visit in 2024.",
    "will-be-in": "Vladimir Putin will be in Astana on a state visit on 27 November 2024.",
    "was-to-be-in": "Vladimir Putin was to be in Astana on a state visit on 27 November 2024.",
    "question-was-in": "Was Vladimir Putin in Astana on a state visit in 2024?",
    "was-in-visit-later-cancelled": "Vladimir Putin was in Astana on a state visit that was"
    " later cancelled.",
    "conditional-was-in": "If Vladimir Putin was in Astana on a state visit, Tokayev would meet"
    " him.",
    "was-in-on-virtual-visit": "Vladimir Putin was in Astana on a virtual visit in 2024.",
    "expected-to-be-in": "Vladimir Putin is expected to be in Astana on a state visit in 2025.",
    "was-in-media-claimed": "Vladimir Putin was in Astana on a state visit, Russian media"
    " claimed, in 2024.",
}


@pytest.mark.parametrize(("text", "expected"), named_cases(FOUND))
def test_visit_found(facts, text, expected):
    found = facts(text)
    assert expected in found, (expected, found)


@pytest.mark.parametrize("text", [pytest.param(t, id=n) for n, t in NOTHING.items()])
def test_look_alike_gives_no_visit(facts, text):
    found = facts(text)
    assert not [f for f in found if f[:2] == ("node", "kz:StateVisit")], found
