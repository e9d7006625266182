"""Session 12's probe of the organisation kinds (brief PF12A: membership, co-founding,
chairmanship, summits, programmes, predecessors, member counts): the constructions that made the
extractor invent a fact, each mended by its general cause and tested in other wording with other
entities than the probes, with look-alikes that must still give their true fact:

- a mandative clause ("Russia proposed that X join O", "recommended (that) X become a member of
  O", "asked that X chair O in D"): what is proposed, urged or asked for has not happened
  (data/hedges.jsonl hedge-pf12a-mandative-preceding, the proposing verb right before the
  clause's subject);
- an organisation's name that only qualifies a longer name right after it ("joined the CIS Free
  Trade Area", "members of the NATO Response Force", "hosted the SCO Energy Club summit"): the
  area, force or club is not the organisation (org_bodies.opens_longer_name, read by
  org_bodies.names_a_body for the rules and the trigger lines and by
  syntax_guards._no_longer_name for the dependency reading).
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="pf12a")


def of_property(found: set, prop: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in found if p == prop}


# --- a mandative clause states nothing that happened -----------------------------------------

MANDATIVE = {
    "proposed-that-join": "Beijing proposed that Mongolia join the Shanghai Cooperation "
    "Organisation as a full member.",
    "recommended-that-become": "The commission recommended that Georgia become a member of NATO.",
    "suggested-without-that": "Several delegations suggested Turkmenistan join the Organization "
    "of Turkic States.",
    "asked-that-chair": "Baku asked that Turkey chair the Economic Cooperation Organization in "
    "2026.",
    "urged-that-join": "Washington urged that Ukraine join the World Trade Organization before "
    "2005.",
    "demanding-that-become": "Officials were demanding that Bosnia and Herzegovina become a "
    "member of NATO by 2010.",
    "proposed-that-the": "Moscow proposed that the Republic of Moldova join the Eurasian "
    "Economic Union.",
}


@pytest.mark.parametrize("text", MANDATIVE.values(), ids=MANDATIVE.keys())
def test_a_mandative_clause_states_no_membership_or_chairmanship(text):
    found = triples(text)
    assert not of_property(found, "memberOf")
    assert not of_property(found, "chairedBy")


LOOK_ALIKES_PROPOSING = {
    "relative-clause": (
        "Kazakhstan, which proposed the Conference on Interaction and Confidence Building "
        "Measures in Asia in 1992, joined the Organisation of Islamic Cooperation in 1995.",
        ("kaz", "oic"),
    ),
    "other-part": (
        "Turkey proposed the Turkic Council in 2009; Pakistan joined the Shanghai Cooperation "
        "Organisation in 2017.",
        ("pak", "shanghai-cooperation-organisation"),
    ),
    "other-clause": (
        "The minister suggested a timetable, and Uzbekistan joined the Commonwealth of "
        "Independent States in 1991.",
        ("uzb", "cis"),
    ),
}


@pytest.mark.parametrize("case", LOOK_ALIKES_PROPOSING.values(), ids=LOOK_ALIKES_PROPOSING.keys())
def test_a_proposing_verb_elsewhere_keeps_the_membership(case):
    text, pair = case
    assert pair in of_property(triples(text), "memberOf")


# --- an organisation's name that qualifies a longer name -------------------------------------

LONGER_NAMES = {
    "joined-system": "Hungary joined the NATO Integrated Air Defence System in 1999.",
    "joined-network": "Armenia joined the CIS Unified Air Defence Network in 1995.",
    "member-of-market": "Belarus became a member of the EAEU Common Electricity Market in 2019.",
    "members-of-forces": "Kazakhstan and Kyrgyzstan are members of the CSTO Peacekeeping Forces.",
}


@pytest.mark.parametrize("text", LONGER_NAMES.values(), ids=LONGER_NAMES.keys())
def test_a_name_qualifying_a_longer_name_gives_no_membership(text):
    assert not of_property(triples(text), "memberOf")


QUALIFIED_SUMMITS = {
    "youth-club": "Kyrgyzstan hosted the CSTO Youth Club summit in Bishkek in 2019.",
    "media-platform": "Turkey hosted the OTS Media Platform summit in Istanbul in 2022.",
}


@pytest.mark.parametrize("text", QUALIFIED_SUMMITS.values(), ids=QUALIFIED_SUMMITS.keys())
def test_a_name_qualifying_a_club_gives_no_summit_of_it(text):
    # the dependency reading: "hosted the O X Club summit in C" is the club's summit
    assert not {s for s, p, o in triples(text) if p == "heldIn"}


LOOK_ALIKES_NAMES = {
    "month-after-name": ("Montenegro joined NATO June 5, 2017.", ("mne", "nato")),
    "month-and-companion": (
        "Croatia joined NATO April 1, 2009, alongside Albania.",
        ("hrv", "nato"),
    ),
    "second-organisation": (
        "Armenia joined the CSTO in 1994 and the EAEU in 2015.",
        ("arm", "eaeu"),
    ),
}


@pytest.mark.parametrize("case", LOOK_ALIKES_NAMES.values(), ids=LOOK_ALIKES_NAMES.keys())
def test_a_date_or_clause_after_the_name_keeps_the_membership(case):
    text, pair = case
    assert pair in of_property(triples(text), "memberOf")


def test_the_summits_own_noun_after_the_name_keeps_the_summit():
    # "the first O Summit on ...": the capitalised word is the summit the line needs
    found = triples(
        "Dushanbe, the Tajik capital, also hosted the first OIC Summit on Water Security on 3–4 "
        "May 2024."
    )
    assert ("heldIn", "dushanbe") in {(p, o) for s, p, o in found if s.startswith("summit-oic")}


# --- a mandative clause after any word that governs it: the bare verb after "that" ------------

BARE_VERB_CLAUSES = {
    "crucial-that": "It is crucial that Serbia join the Eurasian Economic Union, Russian "
    "diplomats say.",
    "decided-that": "The summit decided that Armenia chair the Collective Security Treaty "
    "Organization in 2023.",
    "envisages-that": "The roadmap envisages that Iran become a member of the Shanghai "
    "Cooperation Organisation by 2023.",
    "prefers-that-two": "Beijing prefers that Afghanistan and Mongolia join the Shanghai "
    "Cooperation Organisation.",
    "agreed-that-the": "It was agreed that the Kyrgyz Republic chair the Organization of Turkic "
    "States in 2025.",
}


@pytest.mark.parametrize("text", BARE_VERB_CLAUSES.values(), ids=BARE_VERB_CLAUSES.keys())
def test_a_bare_verb_after_that_states_no_membership_or_chairmanship(text):
    found = triples(text)
    assert not of_property(found, "memberOf")
    assert not of_property(found, "chairedBy")


THAT_CLAUSES_OF_FACT = {
    "known-that": (
        "It is known that Kazakhstan joined the Organisation of Islamic Cooperation in 1995.",
        {("kaz", "oic")},
    ),
    "confirmed-that": (
        "Officials confirmed that Georgia became a member of the Asian Development Bank in 2007.",
        {("geo", "adb")},
    ),
    "show-that-two": (
        "Records show that Kyrgyzstan and Tajikistan joined the Collective Security Treaty "
        "Organization in 1992.",
        {("kgz", "csto"), ("tjk", "csto")},
    ),
}


@pytest.mark.parametrize("case", THAT_CLAUSES_OF_FACT.values(), ids=THAT_CLAUSES_OF_FACT.keys())
def test_a_past_verb_after_that_keeps_the_membership(case):
    text, pairs = case
    assert pairs <= of_property(triples(text), "memberOf")


# --- an ending aside that puts the sentence in unnamed mouths --------------------------------

ATTRIBUTED_ENDINGS = {
    "some-argue": (
        "The Organization of Turkic States succeeded the Turkic Council in 2021, some argue.",
        "predecessor",
    ),
    "observers-contend": (
        "Kazakhstan co-founded the Islamic Organisation for Food Security in 2013, observers "
        "contend.",
        "coFounderOf",
    ),
    "historians-say": ("Turkey joined the Council of Europe in 1949, historians say.", "memberOf"),
    "some-reckon": (
        "Tajikistan chaired the Collective Security Treaty Organization in 2021, some reckon.",
        "chairedBy",
    ),
}


@pytest.mark.parametrize("case", ATTRIBUTED_ENDINGS.values(), ids=ATTRIBUTED_ENDINGS.keys())
def test_an_ending_aside_of_unnamed_sayers_states_nothing(case):
    text, prop = case
    assert not of_property(triples(text), prop)


NAMED_ENDINGS = {
    "ministry-said": (
        "Georgia joined the WTO in 2000, the ministry said.",
        "memberOf",
        ("geo", "wto"),
    ),
    "leader-said": (
        "Azerbaijan chaired the Non-Aligned Movement from 2019, Aliyev said.",
        "chairedBy",
        ("non-aligned-movement", "aze"),
    ),
    "officials-say": (
        "Mongolia joined the OSCE in 2012, officials say.",
        "memberOf",
        ("mng", "osce"),
    ),
    "relative-clause": (
        "Kyrgyzstan joined the WTO in 1998, which some argue was too early.",
        "memberOf",
        ("kgz", "wto"),
    ),
}


@pytest.mark.parametrize("case", NAMED_ENDINGS.values(), ids=NAMED_ENDINGS.keys())
def test_a_named_source_or_a_clause_at_the_end_keeps_the_fact(case):
    text, prop, pair = case
    assert pair in of_property(triples(text), prop)


# --- a summit verb's gerund between a proposing governor and the summit -----------------------

GOVERNED_GERUNDS = {
    "suggested-hosting": "Uzbekistan suggested hosting the 2027 SCO summit in Samarkand.",
    "ruled-out-convening": "Russia ruled out convening a CSTO summit in Yerevan in 2024.",
    "called-for-holding": "Azerbaijan called for holding the OTS summit in Shusha in July 2024.",
    "opposed-holding": "Armenia opposed holding the CSTO summit in Minsk in 2023.",
}


@pytest.mark.parametrize("text", GOVERNED_GERUNDS.values(), ids=GOVERNED_GERUNDS.keys())
def test_a_proposed_gerund_of_a_summit_states_no_summit(text):
    assert not {s for s, p, o in triples(text) if p == "heldIn"}


HELD_GERUNDS = {
    "after-hosting": (
        "Kazakhstan, after hosting the SCO summit in Astana in July 2024, handed over the "
        "chairmanship.",
        "astana",
    ),
    "by-hosting": (
        "Turkey marked its term by hosting the OTS summit in Istanbul in November 2021.",
        "istanbul",
    ),
}


@pytest.mark.parametrize("case", HELD_GERUNDS.values(), ids=HELD_GERUNDS.keys())
def test_a_gerund_after_a_plain_word_keeps_the_summit(case):
    text, city = case
    assert city in {o for s, p, o in triples(text) if p == "heldIn"}
