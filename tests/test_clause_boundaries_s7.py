""" ", and X ..." after a name opens the next clause: a gap of a relation rule does not pass over
it, and a name after it (even one followed by an apposition) is not added to the list before.

"A visited C at the invitation of P, and Q visited D": Q is neither a second inviter of A's visit
nor invited by P; a list of three with a serial comma ("A, B, and C signed ...") is still a list,
and a list of objects after one verb ("signed X in D1, Y in D2, and Z in D3") still is too.
"""

from __future__ import annotations

import pytest
from fact_cases import date, extract, node, nodes_of, triple


def _facts(text, scoring):
    return extract(text, scoring, stem="clause-boundaries")[1]


def test_an_invitation_does_not_reach_across_and_into_the_next_clause(scoring):
    facts = _facts(
        "Italian President Sergio Mattarella paid a state visit to Kazakhstan in May 2024 at the "
        "invitation of President Kassym-Jomart Tokayev, and Prime Minister Giorgia Meloni "
        "visited Astana in June 2025.",
        scoring,
    )
    visits = nodes_of(facts, "kz:StateVisit")
    assert {
        "kz:visitor": ["giorgia-meloni"], "kz:destination": ["astana"],
        "kz:date": [date("2025-06")],
    } in visits, visits  # fmt: skip
    assert {
        "kz:visitor": ["sergio-mattarella"], "kz:destination": ["kaz"],
        "kz:invitedBy": ["kassym-jomart-tokayev"], "kz:date": [date("2024-05")],
    } in visits, visits  # fmt: skip
    assert len(visits) == 2, visits


def test_a_name_with_an_apposition_after_comma_and_opens_a_clause(scoring):
    facts = _facts(
        "Uzbek President Shavkat Mirziyoyev visited Astana in March 2023 at the invitation of "
        "President Kassym-Jomart Tokayev, and Sadyr Japarov, the President of Kyrgyzstan, "
        "visited Almaty on 5 May 2024.",
        scoring,
    )
    visits = nodes_of(facts, "kz:StateVisit")
    assert sorted(v["kz:visitor"] for v in visits) == [["sadyr-japarov"], ["shavkat-mirziyoyev"]]
    inviters = [v.get("kz:invitedBy") for v in visits]
    assert sorted(inviters, key=str) == [None, ["kassym-jomart-tokayev"]], visits


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan, Russia, and Belarus signed the Treaty on the Eurasian Economic Union in "
        "Astana on 29 May 2014.",
        "Kazakhstan, Russia and Belarus signed the Treaty on the Eurasian Economic Union in "
        "Astana on 29 May 2014.",
    ],
)
def test_a_list_of_three_with_or_without_a_serial_comma_is_still_a_list(text, scoring):
    facts = _facts(text, scoring)
    treaty = "treaty-on-the-eurasian-economic-union"
    for state in ("kaz", "rus", "blr"):
        assert triple(treaty, "signatory", state) in facts, facts


def test_a_list_of_objects_after_one_verb_may_pass_a_comma_and(scoring):
    facts = _facts(
        "Kazakhstan and Uzbekistan signed a trade agreement in April 1994, a transit protocol in "
        "March 1996, and the Treaty on Eternal Friendship in July 1998.",
        scoring,
    )
    assert triple("treaty-on-eternal-friendship", "signingDate", date("1998-07")) in facts, facts


def test_a_fronted_invitation_still_dates_and_names_its_inviter(scoring):
    facts = _facts(
        "At the invitation of President Kassym-Jomart Tokayev, Prime Minister Giorgia Meloni "
        "visited Astana in June 2025.",
        scoring,
    )
    assert node(
        "StateVisit", visitor=["giorgia-meloni"], destination=["astana"],
        invitedBy=["kassym-jomart-tokayev"], date=[date("2025-06")],
    ) in facts, facts  # fmt: skip
