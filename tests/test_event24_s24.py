"""State visits, summits and heads of state (session 24's brief EVENT24).

- A summit told by its leaders' meeting, without the word "summit": "NATO leaders met in London
  on 3–4 December 2019", "O, whose heads of state meet in Astana on 3–4 July", and a chronology
  line's "15–16 November 2024 – APEC leaders meet in Lima" (relations.jsonl `event24-*-leaders-*`).
  Look-alikes: a plan ("will meet"), ministers' meeting, a negation, leaders of no organisation.
- A visitor named with his state after him: "President X of S arrived in C on D for a state
  visit [at the invitation of Y]" (`event24-person-of-state-arrived-*`). Look-alikes: a planned
  arrival, a minister's visit.
- "X has been the British head of state since D" (`event24-person-has-been-the-state-head-of-
  state`). Look-alikes: "head of government", "has never been".
"""

from __future__ import annotations

import pytest
from fact_cases import date, named_cases, nodes_of, triples_of
from fact_cases import visit_props as props

NATO = "nato"
SCO = "shanghai-cooperation-organisation"


def _summit(org: str, city: str, start: str, end: str | None = None) -> dict:
    found = {"kz:organisation": [org], "kz:heldIn": [city]}
    if end is None:
        return found | {"kz:startDate": [date(start)]}
    return found | {"kz:startDate": [date(start)], "kz:endDate": [date(end)]}


SUMMITS = {
    "org-leaders-met": (
        "NATO leaders met in London on 3–4 December 2019 to mark the alliance's 70th anniversary.",
        _summit(NATO, "london", "2019-12-03", "2019-12-04"),
    ),
    "whose-heads-of-state-meet": (
        "2024 – Kazakhstan chairs the Shanghai Cooperation Organisation (SCO), whose heads of"
        " state meet in Astana on 3–4 July.",
        _summit(SCO, "astana", "2024-07-03", "2024-07-04"),
    ),
    "dated-line-leaders-meet": (
        "15–16 November 2024 – NATO leaders meet in Lima, the Peruvian capital.",
        _summit(NATO, "lima", "2024-11-15", "2024-11-16"),
    ),
    "bulleted-dated-line-leaders-meet": (
        "• 15–16 November 2024 – NATO leaders meet in Lima, the Peruvian capital.",
        _summit(NATO, "lima", "2024-11-15", "2024-11-16"),
    ),
}


@pytest.mark.parametrize(("text", "expected"), named_cases(SUMMITS))
def test_a_leaders_meeting_is_a_summit(facts, text, expected):
    assert expected in nodes_of(facts(text), "kz:Summit")


NO_SUMMIT = {
    "planned": "NATO leaders will meet in London on 3–4 December 2019.",
    "expected": "NATO leaders are expected to meet in London on 3 December 2019.",
    "negated": "NATO leaders did not meet in London on 3 December 2019.",
    "ministers": "NATO foreign ministers met in London on 3 December 2019.",
    "no-organisation": "The leaders met in London on 3 December 2019.",
    "next-year-line": "2025 – NATO leaders meet in Lima next year.",
    # a meeting before, ahead of, after or during a summit, or for talks, is no summit (the older
    # rule org-leaders-met-in-city's guard, found by test_membership_s4 in the full suite)
    "ahead-of-summit": "NATO leaders met in London on 2 December 2019 ahead of the summit.",
    "for-talks": "CSTO leaders met in Minsk on 28 November 2019 for talks before the summit.",
}


@pytest.mark.parametrize("text", named_cases({k: (v,) for k, v in NO_SUMMIT.items()}))
def test_look_alikes_give_no_summit(facts, text):
    assert nodes_of(facts(text), "kz:Summit") == []


VISITS = {
    "arrived-for-visit-at-invitation": (
        "ASTANA, 14 May 2024 (Kazinform) – President Alar Karis of Estonia arrived in Astana on"
        " Tuesday for a state visit at the invitation of President Kassym-Jomart Tokayev.",
        props("alar-karis", "astana", date("2024-05-14"), "kassym-jomart-tokayev"),
    ),
    "arrived-at-invitation": (
        "President Nicolas Sarkozy of France arrived in Astana, Kazakhstan's capital since 1997,"
        " on 6 October 2009 at the invitation of President Nursultan Nazarbayev.",
        props("nicolas-sarkozy", "astana", date("2009-10-06"), "nursultan-nazarbayev"),
    ),
}


@pytest.mark.parametrize(("text", "expected"), named_cases(VISITS))
def test_a_visitor_of_a_state_arrived(facts, text, expected):
    assert nodes_of(facts(text), "kz:StateVisit") == [expected]


NO_VISIT = {
    "planned": "President Nicolas Sarkozy of France will arrive in Astana on 6 October 2009 at"
    " the invitation of President Nursultan Nazarbayev.",
    "minister": "Foreign Minister Stéphane Séjourné of France arrived in Astana on 6 October 2024"
    " for an official visit.",
}


@pytest.mark.parametrize("text", named_cases({k: (v,) for k, v in NO_VISIT.items()}))
def test_look_alikes_give_no_visit(facts, text):
    assert nodes_of(facts(text), "kz:StateVisit") == []


def test_has_been_the_british_head_of_state(facts):
    text = (
        "King Charles III has been the British head of state since September 2022; Prime"
        " Minister Keir Starmer has led the government since July 2024."
    )
    found = triples_of(facts(text))
    assert ("charles-iii", "kz:headOfStateOf", "gbr") in found
    assert not [t for t in found if t[0] == "keir-starmer"]


@pytest.mark.parametrize(
    "text",
    [
        "Keir Starmer has been the British head of government since July 2024.",
        "Keir Starmer has never been the British head of state.",
    ],
)
def test_look_alikes_give_no_head_of_state(facts, text):
    assert not [t for t in triples_of(facts(text)) if t[1] == "kz:headOfStateOf"]


CHAIRED_AT_SUMMIT = {
    "summit-of-org-in-city": (
        "1–2 December 2010 – Summit of the Organization for Security and Co-operation in Europe"
        " (OSCE) in Astana under Kazakhstan's chairmanship, attended by the Italian Prime"
        " Minister.",
        {"kz:chair": ["kaz"], "kz:organisation": ["osce"], "kz:year": [date("2010")]},
    ),
    "org-summit-under-demonym-chairmanship": (
        "13–14 June 2019 – Shanghai Cooperation Organisation (SCO) summit in Bishkek under the"
        " Kyrgyz chairmanship.",
        {"kz:chair": ["kgz"], "kz:organisation": [SCO], "kz:year": [date("2019")]},
    ),
    "bulleted-org-summit-comma-city": (
        "• 15–16 Sep 2022 – SCO summit, Samarkand, under Uzbekistan's chairmanship",
        {"kz:chair": ["uzb"], "kz:organisation": [SCO], "kz:year": [date("2022")]},
    ),
}


@pytest.mark.parametrize(("text", "expected"), named_cases(CHAIRED_AT_SUMMIT))
def test_a_dated_summit_under_a_states_chairmanship(facts, text, expected):
    assert nodes_of(facts(text), "kz:Chairmanship") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "• 15–16 Sep 2022 – SCO summit, Samarkand, under Uzbekistan's planned chairmanship",
        "• 15–16 Sep 2022 – SCO summit, Samarkand, not under Uzbekistan's chairmanship",
        "• 15–16 Sep 2022 – SCO summit, Samarkand, under Uzbekistan's proposed chairmanship",
    ],
)
def test_look_alikes_give_no_chairmanship(facts, text):
    assert nodes_of(facts(text), "kz:Chairmanship") == []


TODAY = {
    "arrived-today-for-visit": (
        "ASTANA, 20 June 2023 (Kazinform) – German President Frank-Walter Steinmeier arrived in"
        " Astana, the Kazakh capital, today for a two-day state visit at the invitation of Kazakh"
        " President Kassym-Jomart Tokayev, the Akorda press service said.",
        props("frank-walter-steinmeier", "astana", date("2023-06-20"), "kassym-jomart-tokayev"),
    ),
    "titled-of-state-arrived-today-on-visit": (
        "ASTANA, 14 May 2024 (Kazinform) – President of the Republic of Estonia Alar Karis"
        " arrived in Astana today on a state visit at the invitation of President of Kazakhstan"
        " Kassym-Jomart Tokayev.",
        props("alar-karis", "astana", date("2024-05-14"), "kassym-jomart-tokayev"),
    ),
}


@pytest.mark.parametrize(("text", "expected"), named_cases(TODAY))
def test_today_in_a_dateline_story_dates_the_arrival(facts, text, expected):
    assert nodes_of(facts(text), "kz:StateVisit") == [expected]


def test_today_without_a_dateline_gives_no_visit(facts):
    text = "German President Frank-Walter Steinmeier arrived in Astana today for a state visit."
    assert nodes_of(facts(text), "kz:StateVisit") == []


def test_a_planned_arrival_today_gives_no_visit(facts):
    text = (
        "ASTANA, 20 June 2023 (Kazinform) – German President Frank-Walter Steinmeier will arrive"
        " in Astana today for a two-day state visit."
    )
    assert nodes_of(facts(text), "kz:StateVisit") == []


def test_until_today_dates_nothing(facts):
    text = (
        "ASTANA, 20 June 2023 (Kazinform) – Kazakhstan has been a member of the OSCE from 1992"
        " until today."
    )
    found = nodes_of(facts(text), "kz:Membership")
    assert not [
        n
        for n in found
        if "kz:endDate" in n or ("kz:startDate" in n and n["kz:startDate"] != [date("1992")])
    ]
