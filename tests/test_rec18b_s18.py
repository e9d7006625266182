"""Treaty signings read off general constructions (brief REC18B, session 18), each with look-alikes
that must give nothing:

- "A and B <verb> [...] the T, which they signed [in P] [on D]": the relative's "they" is the
  clause's subject, a group of states (rec18b-states-verb-treaty-which-they-signed);
- "On D, during <a visit ...>, A and B signed T": the fronted date dates the signing
  (rec18b-on-date-during-states-signed);
- "During X's visit to P [on D], [at the invitation of Y,] A and B|the two presidents signed T":
  the visit's city (and date) are the signing's (rec18b-during-visit-to-city-*);
- "T was signed by A and B, with C and D as [its] guarantors", "A and B signed T, with C as
  guarantor", "A, B and C signed T, under which they act as guarantors": guarantors
  (rec18b-*-guarantors);
- "T, signed by A, B, C and D, under which the last three guaranteed ...", "..., the latter three
  acting as guarantors": the last N of the list (references.jsonl ref-rec18b-the-last-counted,
  strategy latter_counted; rec18b-treaty-signed-by-states-then-states-acting-as-guarantors).
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples

PROPERTIES = {"signatory", "signingDate", "signingPlace", "guarantor"}


def treaty_facts(text: str) -> set[tuple[str, str, str]]:
    """The signing and guarantee triples of ``text``."""
    return {t for t in assertion_triples(text, stem="rec18b") if t[1] in PROPERTIES}


def of_property(found: set, prop: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in found if p == prop}


FOUND = {
    "which-they-signed": (
        "Poland and Lithuania reaffirmed the Treaty on Good Neighbourly Relations, which they"
        " signed in Vilnius on 26 April 1994.",
        {
            ("treaty-on-good-neighbourly-relations", "signatory", "pol"),
            ("treaty-on-good-neighbourly-relations", "signatory", "ltu"),
            ("treaty-on-good-neighbourly-relations", "signingPlace", "vilnius"),
            ("treaty-on-good-neighbourly-relations", "signingDate", "1994-04-26"),
        },
    ),
    "which-they-had-signed-after-a-date": (
        "Armenia and Georgia welcomed the entry into force on 1 May 2020 of the Agreement on Road"
        " Transport, which they had signed on 5 June 2019.",
        {
            ("agreement-on-road-transport", "signatory", "arm"),
            ("agreement-on-road-transport", "signatory", "geo"),
            ("agreement-on-road-transport", "signingDate", "2019-06-05"),
        },
    ),
    "fronted-date-during-visit": (
        "On 4 July 2019, during a state visit by the Armenian president to Tbilisi at the"
        " invitation of his Georgian counterpart, Armenia and Georgia signed the Agreement on"
        " Road Transport.",
        {("agreement-on-road-transport", "signingDate", "2019-07-04")},
    ),
    "during-possessive-visit-to-city": (
        "During Mirziyoyev's state visit to Dushanbe on 17 August 2022, Uzbekistan and"
        " Tajikistan signed the Treaty on Allied Relations.",
        {
            ("treaty-on-allied-relations", "signingPlace", "dushanbe"),
            ("treaty-on-allied-relations", "signingDate", "2022-08-17"),
        },
    ),
    "during-visit-the-two-presidents-title-pair": (
        "During the Polish president's visit to Vilnius, at the invitation of his Lithuanian"
        " counterpart, the two presidents signed the Treaty on the State Border between Poland"
        " and Lithuania.",
        {
            (
                "treaty-on-the-state-border-between-poland-and-lithuania",
                "signingPlace",
                "vilnius",
            ),
        },
    ),
    "passive-with-states-as-guarantors": (
        "The Agreement on the Ceasefire was signed in Doha on 3 May 2021 by Armenia and"
        " Azerbaijan, with France and Italy as its guarantors.",
        {
            ("agreement-on-the-ceasefire", "guarantor", "fra"),
            ("agreement-on-the-ceasefire", "guarantor", "ita"),
        },
    ),
    "active-with-state-as-guarantor": (
        "Armenia and Azerbaijan signed the Agreement on the Ceasefire in Doha, with France as"
        " guarantor.",
        {("agreement-on-the-ceasefire", "guarantor", "fra")},
    ),
    "under-which-they-act-as-guarantors": (
        "Russia, Iran and Turkey signed the Memorandum on Safe Zones in Astana, under which they"
        " act as guarantors of the zones.",
        {
            ("memorandum-on-safe-zones", "guarantor", "rus"),
            ("memorandum-on-safe-zones", "guarantor", "irn"),
            ("memorandum-on-safe-zones", "guarantor", "tur"),
        },
    ),
    "under-which-the-last-three-guaranteed": (
        "Ukraine recalled the Memorandum on Assurances, signed in Budapest on 5 December 1994 by"
        " Ukraine, Russia, the United States and the United Kingdom, under which the last three"
        " guaranteed the security of Ukraine.",
        {
            ("memorandum-on-assurances", "guarantor", "rus"),
            ("memorandum-on-assurances", "guarantor", "usa"),
            ("memorandum-on-assurances", "guarantor", "gbr"),
        },
    ),
    "the-latter-three-acting-as-guarantors": (
        "Ukraine received assurances under the Memorandum on Assurances, signed on 5 December 1994"
        " by Ukraine, Russia, the United States and the United Kingdom, the latter three acting as"
        " its guarantors.",
        {
            ("memorandum-on-assurances", "guarantor", "rus"),
            ("memorandum-on-assurances", "guarantor", "usa"),
            ("memorandum-on-assurances", "guarantor", "gbr"),
        },
    ),
}


@pytest.mark.parametrize("case", sorted(FOUND))
def test_the_construction_gives_its_facts(case):
    text, expected = FOUND[case]
    assert expected <= treaty_facts(text)


#: (text, property that must stay empty)
NOTHING = {
    # "which they signed": only a signing done, by the clause's subject
    "they-will-sign": (
        "Poland and Lithuania praised the Treaty on Good Neighbourly Relations, which they will"
        " sign in Vilnius on 26 April 2026.",
        "signatory",
    ),
    "they-did-not-sign": (
        "Poland and Lithuania praised the Treaty on Good Neighbourly Relations, which they did"
        " not sign in 1994.",
        "signatory",
    ),
    "they-never-signed": (
        "Poland and Lithuania praised the Treaty on Good Neighbourly Relations, which they never"
        " signed.",
        "signatory",
    ),
    "they-refused-to-sign": (
        "Poland and Lithuania praised the Treaty on Good Neighbourly Relations, which they"
        " refused to sign in 1994.",
        "signatory",
    ),
    "they-initialled": (
        "Poland and Lithuania praised the Treaty on Good Neighbourly Relations, which they"
        " initialled in Vilnius in 1994.",
        "signatory",
    ),
    "they-are-expected-to-sign": (
        "Poland and Lithuania praised the Treaty on Good Neighbourly Relations, which they are"
        " expected to sign in Vilnius.",
        "signatory",
    ),
    "they-plan-to-sign": (
        "Poland and Lithuania praised the Treaty on Good Neighbourly Relations, which they plan"
        " to sign in Vilnius.",
        "signatory",
    ),
    "they-negotiated": (
        "Poland and Lithuania praised the Treaty on Good Neighbourly Relations, which they"
        " negotiated in 1993.",
        "signatory",
    ),
    "they-ratified": (
        "Poland and Lithuania praised the Treaty on Good Neighbourly Relations, which they"
        " ratified in 1995.",
        "signatory",
    ),
    "they-drafted": (
        "Poland and Lithuania praised the Treaty on Good Neighbourly Relations, which they"
        " drafted in 1993.",
        "signatory",
    ),
    "they-acceded-to": (
        "Poland and Lithuania praised the Treaty on Good Neighbourly Relations, which they"
        " acceded to in 1995.",
        "signatory",
    ),
    "another-actor-between": (
        "Poland and Lithuania urged Latvia to join the Treaty on Good Neighbourly Relations, which"
        " they signed in 1994.",
        "signatory",
    ),
    "one-state-is-no-they": (
        "Poland praised the Treaty on Good Neighbourly Relations, which they signed in Vilnius in"
        " 1994.",
        "signatory",
    ),
    "they-signed-as-observers": (
        "Poland and Lithuania praised the Treaty on Good Neighbourly Relations, which they signed"
        " as observers in 1994.",
        "signatory",
    ),
    # a fronted date and a visit's city: only a signing done, and no place or date of its own
    "during-visit-will-sign": (
        "On 4 July 2019, during a state visit to Tbilisi, Armenia and Georgia will sign the"
        " Agreement on Road Transport.",
        "signingDate",
    ),
    "during-visit-did-not-sign": (
        "On 4 July 2019, during a state visit to Tbilisi, Armenia and Georgia did not sign the"
        " Agreement on Road Transport.",
        "signingDate",
    ),
    "during-visit-initialled": (
        "On 4 July 2019, during a state visit to Tbilisi, Armenia and Georgia initialled the"
        " Agreement on Road Transport.",
        "signingDate",
    ),
    "during-visit-expected": (
        "On 4 July 2019, during a state visit to Tbilisi, Armenia and Georgia are expected to"
        " sign the Agreement on Road Transport.",
        "signingDate",
    ),
    "during-visit-agreed-to-sign": (
        "During Mirziyoyev's visit to Dushanbe, Uzbekistan and Tajikistan agreed to sign the"
        " Treaty on Allied Relations.",
        "signingPlace",
    ),
    "during-visit-ratified": (
        "During Mirziyoyev's visit to Dushanbe, Uzbekistan and Tajikistan ratified the Treaty on"
        " Allied Relations.",
        "signingPlace",
    ),
    "during-visit-negotiated": (
        "During Mirziyoyev's visit to Dushanbe, Uzbekistan and Tajikistan negotiated the Treaty on"
        " Allied Relations.",
        "signingPlace",
    ),
    "during-visit-have-not-signed": (
        "During Mirziyoyev's visit to Dushanbe, Uzbekistan and Tajikistan have not signed the"
        " Treaty on Allied Relations.",
        "signingPlace",
    ),
    "after-the-visit": (
        "After Mirziyoyev's visit to Dushanbe, Uzbekistan and Tajikistan signed the Treaty on"
        " Allied Relations.",
        "signingPlace",
    ),
    "a-visit-by-someone-to": (
        "During a visit by Mirziyoyev to Dushanbe, Uzbekistan and Tajikistan signed the Treaty on"
        " Allied Relations.",
        "signingPlace",
    ),
    "a-plan-during-the-visit": (
        "Uzbekistan and Tajikistan may sign the Treaty on Allied Relations during Mirziyoyev's"
        " visit to Dushanbe.",
        "signingPlace",
    ),
    # guarantors: only "as guarantors" of a signing done
    "with-states-as-observers": (
        "The Agreement on the Ceasefire was signed in Doha by Armenia and Azerbaijan, with France"
        " and Italy as observers.",
        "guarantor",
    ),
    "with-state-as-a-witness": (
        "The Agreement on the Ceasefire was signed in Doha by Armenia and Azerbaijan, with France"
        " as a witness.",
        "guarantor",
    ),
    "with-the-support-of": (
        "The Agreement on the Ceasefire was signed in Doha by Armenia and Azerbaijan, with the"
        " support of France and Italy.",
        "guarantor",
    ),
    "with-states-as-mediators": (
        "The Agreement on the Ceasefire was signed in Doha by Armenia and Azerbaijan, with France"
        " and Italy as mediators.",
        "guarantor",
    ),
    "will-be-signed-with-guarantors": (
        "The Agreement on the Ceasefire will be signed in Doha by Armenia and Azerbaijan, with"
        " France and Italy as guarantors.",
        "guarantor",
    ),
    "expected-to-sign-with-guarantors": (
        "Armenia and Azerbaijan are expected to sign the Agreement on the Ceasefire, with France"
        " and Italy as guarantors.",
        "guarantor",
    ),
    "proposed-as-guarantors": (
        "Armenia and Azerbaijan signed the Agreement on the Ceasefire, with France and Italy"
        " proposed as guarantors.",
        "guarantor",
    ),
    "did-not-sign-with-guarantors": (
        "Armenia and Azerbaijan did not sign the Agreement on the Ceasefire, with France and Italy"
        " as guarantors.",
        "guarantor",
    ),
    "under-which-they-are-parties": (
        "Russia, Iran and Turkey signed the Memorandum on Safe Zones in Astana, under which they"
        " are parties to the ceasefire.",
        "guarantor",
    ),
    "under-which-they-would-act": (
        "Russia, Iran and Turkey signed the Memorandum on Safe Zones in Astana, under which they"
        " would act as guarantors.",
        "guarantor",
    ),
    "refused-to-sign-under-which": (
        "Russia, Iran and Turkey refused to sign the Memorandum on Safe Zones in Astana, under"
        " which they act as guarantors.",
        "guarantor",
    ),
    "under-which-they-are-not-guarantors": (
        "Russia, Iran and Turkey signed the Memorandum on Safe Zones in Astana, under which they"
        " are not guarantors.",
        "guarantor",
    ),
    # "the last|latter three": a part of a longer list, before a verb of guaranteeing or acting
    "the-last-three-years": (
        "The Memorandum on Assurances was signed by Ukraine, Russia, the United States and the"
        " United Kingdom, and in the last three years the three guaranteed nothing.",
        "guarantor",
    ),
    "a-list-of-three-is-not-parted": (
        "The Memorandum on Assurances was signed by Ukraine, Russia and the United States, under"
        " which the last three guaranteed the security of Ukraine.",
        "guarantor",
    ),
    "the-latter-three-as-observers": (
        "The Memorandum on Assurances, signed by Ukraine, Russia, the United States and the United"
        " Kingdom, the latter three acting as observers.",
        "guarantor",
    ),
    "the-latter-three-as-mediators": (
        "The Memorandum on Assurances, signed by Ukraine, Russia, the United States and the United"
        " Kingdom, the latter three acting as mediators.",
        "guarantor",
    ),
    "the-last-three-would-guarantee": (
        "The Memorandum on Assurances, signed by Ukraine, Russia, the United States and the United"
        " Kingdom, under which the last three would guarantee the security of Ukraine.",
        "guarantor",
    ),
    "the-last-three-refused": (
        "The Memorandum on Assurances, signed by Ukraine, Russia, the United States and the United"
        " Kingdom, under which the last three refused to guarantee the security of Ukraine.",
        "guarantor",
    ),
    "the-last-three-did-not": (
        "The Memorandum on Assurances, signed by Ukraine, Russia, the United States and the United"
        " Kingdom, under which the last three did not guarantee the security of Ukraine.",
        "guarantor",
    ),
    "the-last-three-summits": (
        "The Memorandum on Assurances, signed by Ukraine, Russia, the United States and the United"
        " Kingdom, under which the last three summits guaranteed nothing.",
        "guarantor",
    ),
    "the-latter-three-as-signatories": (
        "The Memorandum on Assurances, signed by Ukraine, Russia, the United States and the United"
        " Kingdom, the latter three acting as signatories.",
        "guarantor",
    ),
    "to-be-signed-the-last-three": (
        "The Memorandum on Assurances, to be signed by Ukraine, Russia, the United States and the"
        " United Kingdom, under which the last three guaranteed the security of Ukraine.",
        "guarantor",
    ),
    "not-signed-the-latter-three": (
        "The Memorandum on Assurances was not signed by Ukraine, Russia, the United States and the"
        " United Kingdom, the latter three acting as guarantors.",
        "guarantor",
    ),
}


@pytest.mark.parametrize("case", sorted(NOTHING))
def test_the_look_alike_gives_nothing(case):
    text, prop = NOTHING[case]
    assert not of_property(treaty_facts(text), prop)


def test_a_treaty_followed_by_its_own_place_keeps_it():
    found = treaty_facts(
        "During Mirziyoyev's visit to Dushanbe, Uzbekistan and Tajikistan signed the Treaty on"
        " Allied Relations in Khujand."
    )
    assert of_property(found, "signingPlace") == {("treaty-on-allied-relations", "khujand")}


def test_a_treaty_followed_by_its_own_date_keeps_it():
    found = treaty_facts(
        "On 4 July 2019, during a state visit to Tbilisi, Armenia and Georgia signed the"
        " Agreement on Road Transport on 5 July 2019."
    )
    assert of_property(found, "signingDate") == {("agreement-on-road-transport", "2019-07-05")}
