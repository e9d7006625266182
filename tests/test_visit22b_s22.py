"""Visits whose visitor and inviter both carry titles (session 22's brief VISIT22B).

- The inviter's gap after "at the invitation of" ran to five tokens, too few for a title set off
  before the name ("the Head of State of Kazakhstan , X", "the President of the Republic of
  Tajikistan , X"); the match that left the inviter out was then refused (it would lack its
  inviter: relation_dates._inviter_left_out), so the visit was lost. The gap runs to seven
  tokens now, as the fronted-invitation rules' did, and "X, S's president [since D], paid a
  state visit to P" reads "at Y's invitation" too.
- A longer gap must not pass over the inviter to a later person ("at the invitation of X,
  during which Y announced"): the gap before a role of lexicon visit22b-first-filler-roles
  (the inviter) passes over no mention of its slot's class (rule_dsl._gaps_stop_at_first_filler
  since EVENT23).
- A lesser office set off before its holder after its "of S" ("the Vice President of China,
  X, paid a visit", "the Minister of Foreign Affairs of Kazakhstan, X, visited") hedges as
  "Vice President X" does (hedges._holder_after, hedge-lesser-office).
"""

from __future__ import annotations

import pytest
from fact_cases import date, named_cases, nodes_of, triples_of
from fact_cases import visit_props as props

VISIT = "kz:StateVisit"


def _visits(extracted: list) -> list[dict]:
    return nodes_of(extracted, VISIT)


TITLED_BOTH = {
    "head-of-state-of-inviter": (
        "In August 2016 President of Poland Andrzej Duda paid an official visit to Kazakhstan at"
        " the invitation of the Head of State of Kazakhstan, Nursultan Nazarbayev, and held talks.",
        props("andrzej-duda", "kaz", date("2016-08"), "nursultan-nazarbayev"),
    ),
    "president-of-the-republic-inviter": (
        "In July 2024 the President of China, Xi Jinping, paid a state visit to Dushanbe at the"
        " invitation of the President of the Republic of Tajikistan, Emomali Rahmon.",
        props("xi-jinping", "dushanbe", date("2024-07"), "emomali-rahmon"),
    ),
    "states-president-since-possessive-invitation": (
        "Serdar Berdimuhamedov, Turkmenistan's president since 2022, paid a state visit to"
        " Beijing on 5 January 2023 at Xi Jinping's invitation.",
        props("serdar-berdimuhamedow", "beijing", date("2023-01-05"), "xi-jinping"),
    ),
    "states-president-titled-inviter": (
        "Serdar Berdimuhamedov, Turkmenistan's president since 2022, paid a state visit to"
        " Beijing on 5 January 2023 at the invitation of the President of China, Xi Jinping.",
        props("serdar-berdimuhamedow", "beijing", date("2023-01-05"), "xi-jinping"),
    ),
    "prime-minister-visitor": (
        "In May 2024 the Prime Minister of Hungary, Viktor Orbán, paid an official visit to Astana"
        " at the invitation of the President of the Republic of Kazakhstan, Kassym-Jomart Tokayev.",
        props("viktor-orban", "astana", date("2024-05"), "kassym-jomart-tokayev"),
    ),
}


@pytest.mark.parametrize(("text", "expected"), named_cases(TITLED_BOTH))
def test_a_titled_inviter_set_off_before_the_name_is_read(facts, text, expected):
    assert _visits(facts(text)) == [expected]


FIRST_PERSON = {
    "where-clause": (
        "In 2013 Xi Jinping paid a state visit to Astana at the invitation of Kazakh President"
        " Nursultan Nazarbayev, where Xi announced the Silk Road Economic Belt."
    ),
    "during-which-clause": (
        "The initiative builds on Xi Jinping's state visit to Astana in September 2013 at the"
        " invitation of Nursultan Nazarbayev, during which Xi announced the Silk Road Economic"
        " Belt."
    ),
}


@pytest.mark.parametrize("text", FIRST_PERSON.values(), ids=FIRST_PERSON)
def test_the_inviter_is_the_first_person_after_the_invitation(facts, text):
    visits = _visits(facts(text))
    assert [v["kz:invitedBy"] for v in visits] == [["nursultan-nazarbayev"]]


def test_two_inviters_joined_by_and_are_both_read(facts):
    text = (
        "In 2013 Xi Jinping paid a state visit to Astana at the invitation of Nursultan Nazarbayev"
        " and Karim Massimov."
    )
    (visit,) = _visits(facts(text))
    assert sorted(visit["kz:invitedBy"]) == ["karim-massimov", "nursultan-nazarbayev"]


NO_VISIT = {
    "minister-of-s-set-off": (
        "In 2019 the Minister of Foreign Affairs of China, Wang Yi, paid an official visit to"
        " Astana at the invitation of the President of the Republic of Kazakhstan, Kassym-Jomart"
        " Tokayev."
    ),
    "foreign-minister-of-s-set-off": (
        "In 2019 the Foreign Minister of China, Wang Yi, paid an official visit to Astana."
    ),
    "vice-president-of-s-set-off": (
        "In 2019 the Vice President of China, Wang Qishan, paid an official visit to Astana at"
        " the invitation of the President of the Republic of Kazakhstan, Kassym-Jomart Tokayev."
    ),
    "minister-visitor-and-inviter": (
        "In August 2016 Foreign Minister of Poland Witold Waszczykowski paid an official visit to"
        " Kazakhstan at the invitation of the Minister of Foreign Affairs of Kazakhstan, Erlan"
        " Idrissov."
    ),
    "planned": (
        "In 2025 the President of China, Xi Jinping, will pay a state visit to Astana at the"
        " invitation of the President of the Republic of Kazakhstan, Kassym-Jomart Tokayev."
    ),
    "plans-to": (
        "In 2025 the President of China, Xi Jinping, plans to pay a state visit to Astana at the"
        " invitation of the President of the Republic of Kazakhstan, Kassym-Jomart Tokayev."
    ),
    "negated": (
        "The President of China, Xi Jinping, did not pay a state visit to Astana at the"
        " invitation of the President of the Republic of Kazakhstan, Kassym-Jomart Tokayev."
    ),
    "question": (
        "Did the President of China, Xi Jinping, pay a state visit to Astana at the invitation of"
        " the President of the Republic of Kazakhstan, Kassym-Jomart Tokayev?"
    ),
    "accepted-an-invitation-to-visit": (
        "The President of Poland, Andrzej Duda, accepted an invitation to visit Kazakhstan from"
        " the Head of State of Kazakhstan, Nursultan Nazarbayev."
    ),
    "accepted-the-invitation-to-pay": (
        "The President of Poland, Andrzej Duda, accepted the invitation of the Head of State of"
        " Kazakhstan, Nursultan Nazarbayev, to pay an official visit to Kazakhstan."
    ),
}


@pytest.mark.parametrize("text", NO_VISIT.values(), ids=NO_VISIT)
def test_no_visit_from_look_alikes(facts, text):
    assert _visits(facts(text)) == []


def test_a_chain_of_presidents_still_pairs_each_title(facts):
    text = (
        "At the invitation of the President of Kazakhstan, Kassym-Jomart Tokayev, the President"
        " of Uzbekistan, Shavkat Mirziyoyev, paid a state visit to Astana in May 2024."
    )
    extracted = facts(text)
    assert _visits(extracted) == [
        props("shavkat-mirziyoyev", "astana", date("2024-05"), "kassym-jomart-tokayev")
    ]
    assert triples_of(extracted) >= {
        ("kassym-jomart-tokayev", "kz:headOfStateOf", "kaz"),
        ("shavkat-mirziyoyev", "kz:headOfStateOf", "uzb"),
    }


def test_an_inviters_chain_after_the_visit_keeps_its_heads(facts):
    text = (
        "The President of Russia, Vladimir Putin, the President of Kazakhstan, Kassym-Jomart"
        " Tokayev, and the President of Uzbekistan, Shavkat Mirziyoyev, attended the summit."
    )
    assert triples_of(facts(text)) == {
        ("vladimir-putin", "kz:headOfStateOf", "rus"),
        ("kassym-jomart-tokayev", "kz:headOfStateOf", "kaz"),
        ("shavkat-mirziyoyev", "kz:headOfStateOf", "uzb"),
    }
