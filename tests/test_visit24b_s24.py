"""Session 24's second pass on state visits (brief VISIT24B).

- A visit dated by a range ("7–8 July 2015 – X pays an official visit to Astana") is written
  with kz:startDate and kz:endDate instead of kz:date, so its node IRI is keyed by its first
  day; its bare twin from another rule ("X pays an official visit to Astana", rule
  official-visit-to) is now subsumed into it: graph.keyed_properties counts a keyed date
  prop's "range" props as keyed too (docs/design.md, "Subsumed nodes"). Two different ranges
  still keep a bare node apart, and a single day keeps kz:date.
"""

from __future__ import annotations

import gold_scoring
import pytest
from fact_cases import extract, named_cases


def visits(text: str) -> list[dict]:
    _, facts = extract(text, gold_scoring, stem="visit24b")
    return [
        props for kind, cls, props in (f for f in facts if f[0] == "node") if cls == "kz:StateVisit"
    ]


def day(value: str) -> list:
    return [(value, "xsd:date")]


# text -> the one visit node's properties
ONE_RANGED_VISIT = {
    "bullet-range-official-visit": (
        "7–8 July 2015 – Indian Prime Minister Narendra Modi pays an official visit to Astana.",
        {"kz:visitor": ["narendra-modi"], "kz:destination": ["astana"],
         "kz:startDate": day("2015-07-07"), "kz:endDate": day("2015-07-08")},
    ),
    "bullet-range-state-visit": (
        "27–28 November 2024 – Russian President Vladimir Putin pays a state visit to Astana.",
        {"kz:visitor": ["vladimir-putin"], "kz:destination": ["astana"],
         "kz:startDate": day("2024-11-27"), "kz:endDate": day("2024-11-28")},
    ),
    "single-day-keeps-date": (
        "30 May 2025 – Italian Prime Minister Giorgia Meloni visits Astana.",
        {"kz:visitor": ["giorgia-meloni"], "kz:destination": ["astana"],
         "kz:date": day("2025-05-30")},
    ),
}  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), named_cases(ONE_RANGED_VISIT))
def test_ranged_visit_is_one_node(text, expected):
    assert visits(text) == [expected]


def test_two_ranges_keep_a_bare_mention_apart():
    """A bare mention two dated visits would subsume stays as it is (it could be either)."""
    text = (
        "7–8 July 2015 – Indian Prime Minister Narendra Modi pays an official visit to Astana.\n\n"
        "3–4 June 2017 – Indian Prime Minister Narendra Modi pays an official visit to Astana.\n\n"
        "Narendra Modi's visit to Astana was praised."
    )
    found = visits(text)
    starts = sorted(v["kz:startDate"][0][0] for v in found if "kz:startDate" in v)
    assert starts == ["2015-07-07", "2017-06-03"]
    assert not any("kz:date" in v for v in found)


def test_no_visit_from_a_plan():
    assert visits("7–8 July 2026 – Narendra Modi may pay an official visit to Astana.") == []


# - The joint statement's opening with the visitor's long office set off before the name
#   (relations.jsonl visit24b-fronted-invitation-office-apposition).
STEINMEIER = (
    "At the invitation of the President of the Republic of Kazakhstan, Kassym-Jomart Tokayev, "
    "the Federal President of the Federal Republic of Germany, Frank-Walter Steinmeier, "
)


def test_fronted_invitation_with_long_office_of_the_visitor():
    text = STEINMEIER + "paid a state visit to the Republic of Kazakhstan on 20 June 2023."
    assert visits(text) == [
        {
            "kz:visitor": ["frank-walter-steinmeier"],
            "kz:destination": ["kaz"],
            "kz:invitedBy": ["kassym-jomart-tokayev"],
            "kz:date": day("2023-06-20"),
        }
    ]


NO_VISIT = {
    "modal": STEINMEIER + "may pay a state visit to the Republic of Kazakhstan in 2027.",
    "negated": STEINMEIER + "did not pay a state visit to Kazakhstan.",
    "foreign-minister": (
        "At the invitation of the President of the Republic of Kazakhstan, Kassym-Jomart "
        "Tokayev, the Minister of Foreign Affairs of the Federal Republic of Germany, Annalena "
        "Baerbock, paid an official visit to Kazakhstan on 20 June 2023."
    ),
}


@pytest.mark.parametrize("text", named_cases({k: (v,) for k, v in NO_VISIT.items()}))
def test_fronted_invitation_look_alikes_give_no_visit(text):
    assert visits(text) == []
