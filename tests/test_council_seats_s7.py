"""A seat on a council is a membership: "a non-permanent member of O", "a permanent member of O"
read like "a member of O" by every membership rule; "a non-member of O" stays no membership
("non-permanent" is one token, "non-member" keeps the trigger lines' block word "non")."""

from __future__ import annotations

import pytest
from fact_cases import date, extract, named_cases, nodes_of

from kzgraph.sentences import pipeline

UNSC = "united-nations-security-council"


def _memberships(text, scoring):
    return nodes_of(extract(text, scoring, stem="council-seats")[1], "kz:Membership")


SEATS = {
    "became_non_permanent": (
        "Japan became a non-permanent member of the UN Security Council on 1 January 2023.",
        {"kz:member": ["jpn"], "kz:organisation": [UNSC], "kz:startDate": [date("2023-01-01")]},
    ),
    "has_been_since": (
        "Malta has been a non-permanent member of the United Nations Security Council since "
        "January 2023.",
        {"kz:member": ["mlt"], "kz:organisation": [UNSC], "kz:startDate": [date("2023-01")]},
    ),
    "title_case": (
        "Japan became a Non-Permanent Member of the UN Security Council on 1 January 2023.",
        {"kz:member": ["jpn"], "kz:organisation": [UNSC], "kz:startDate": [date("2023-01-01")]},
    ),
    "permanent": (
        "France is a permanent member of the UN Security Council.",
        {"kz:member": ["fra"], "kz:organisation": [UNSC]},
    ),
}


@pytest.mark.parametrize(("text", "membership"), named_cases(SEATS))
def test_a_seat_on_a_council_is_a_membership(text, membership, scoring):
    assert _memberships(text, scoring) == [membership]


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan is a non-member of the OECD.",
        "Serbia became a non-member observer of the Collective Security Treaty Organization.",
        "The non-permanent members of the UN Security Council met in New York.",
    ],
)
def test_a_non_member_or_a_seat_without_a_state_is_no_membership(text, scoring):
    assert _memberships(text, scoring) == []


def test_non_permanent_is_one_token_and_non_member_three():
    words = [t.text for t in pipeline()("a non-permanent member, a non-member")]
    assert "non-permanent" in words
    assert words.count("non") == 1 and "member" in words
