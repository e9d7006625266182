"""Invented facts of the organisation kinds probe PF11A found (session 11), each mended by its
general cause and tested in other wording with other entities than the probes, with look-alikes
that must still give their true fact:

- a definite summit still to come: a modifier of its own says so ("the next|upcoming|planned
  summit of O in C") or the verb governing it stands after a modal or after "to" led by a word
  of intent ("X will host | is due to host | agreed to host | is expected to attend the summit of
  O in C"): summits_held.unheld_summit, lexicon pf11a-summit-*. A summit held at a distance
  likewise, by a modifier of its own ("the virtual|online summit of O in C") or a phrase after it
  in its sentence part ("the O summit in C, held by videoconference, ...").
- a membership the rest of its sentence says ended ("X joined O in D1, before leaving it in D2",
  "X, which joined O in D1, withdrew in D2", "X joined O in D1, making it O2, and left in D2"):
  no memberOf, whichever reading made it (membership_ended.ended_states, extract._read_sentence;
  lexicon pf11a-membership-*); another state's leaving, another object of the verb and a
  rejoining keep it. A programme's participation likewise, and also before a later "until" in
  its sentence ("X took part in the P of O until it ended in D"); the programme stays O's.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="pf11a")


def summits(text: str) -> set[tuple[str, str]]:
    found = triples(text)
    places = {s: o for s, p, o in found if p == "heldIn"}
    return {(o, places.get(s)) for s, p, o in found if p == "organisation" and s in places}


# --- 1. a definite summit still to come --------------------------------------------------------

SUMMITS_TO_COME = [
    "Belarus will host the summit of the Eurasian Economic Union in Minsk.",
    "Azerbaijan would gladly convene the summit of the CICA in Baku, its envoy said.",
    "Mongolia is due to host the summit of the OSCE in Ulaanbaatar.",
    "Turkmenistan has agreed to host the summit of the CIS in Ashgabat.",
    "Armenia's offer to host the CSTO summit in Yerevan surprised its allies.",
    "Lukashenko is expected to attend the summit of the SCO in Qingdao.",
    "Delegations prepared the agenda of the forthcoming summit of the OIC in Dakar.",
    "The upcoming EAEU summit in Minsk dominated the ministers' meeting.",
    "The scheduled summit of the CSTO in Dushanbe remains on the calendar.",
    "Tajikistan will also chair the next OTS summit in Dushanbe.",
]


@pytest.mark.parametrize("text", SUMMITS_TO_COME)
def test_summit_to_come_gives_nothing(text):
    assert summits(text) == set()


SUMMITS_HELD = [
    ("Lukashenko travelled to Qingdao to attend the summit of the SCO in Qingdao in June 2018.",
     ("shanghai-cooperation-organisation", "qingdao")),
    ("Turkey was the first member to host a summit of the OSCE in Istanbul in 1999.",
     ("osce", "istanbul")),
    ("The next summit of the CIS was held in Minsk in October 2021.", ("cis", "minsk")),
    ("Belarus hosted the summit of the Eurasian Economic Union in Minsk in May 2023.",
     ("eaeu", "minsk")),
    ("Leaders attended the CSTO summit in Yerevan in November 2022.", ("csto", "yerevan")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "summit"), SUMMITS_HELD)
def test_summit_held_still_read(text, summit):
    assert summit in summits(text)


# --- 2. a membership the same sentence says ended -----------------------------------------------


def members(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in triples(text) if p == "memberOf"}


MEMBERSHIPS_ENDED = [
    "Azerbaijan joined the CSTO in 1994, before leaving it in 1999.",
    "Venezuela, which joined the Andean Community in 1973, withdrew in 2006.",
    "Uzbekistan became a member of the Eurasian Economic Community in 2006 and quit the bloc "
    "in 2008.",
    "Georgia joined the Commonwealth of Independent States in 1993, after two years of pressure, "
    "and walked out in 2009.",
    "Qatar joined OPEC in 1961; it left in 2019.",
    "Uzbekistan, which joined GUAM in 1999, pulled out of the group in 2005.",
]


@pytest.mark.parametrize("text", MEMBERSHIPS_ENDED)
def test_membership_joined_then_ended_keeps_its_member(text):
    assert members(text)  # ENDED21: an event of joining keeps its fact though it later ended


MEMBERSHIPS_KEPT = [
    ("Belarus joined the CSTO in 1993; Azerbaijan left it in 1999.", ("blr", "csto")),
    ("Moldova joined the Council of Europe in 1995 after withdrawing from talks with Romania.",
     ("mda", "council-of-europe")),
    ("Armenia joined the CSTO in 1992, left in 1995 and rejoined in 1996.", ("arm", "csto")),
    ("Turkey joined NATO in 1952 and left the chairmanship to Greece.", ("tur", "nato")),
    ("Mongolia joined the OSCE in 2012, the year Russian troops left Belarus.",
     ("mng", "osce")),
    ("Latvia joined NATO in 2004 and was left out of the talks.", ("lva", "nato")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "member"), MEMBERSHIPS_KEPT)
def test_membership_not_ended_still_read(text, member):
    assert member in members(text)


# --- 3. a programme's participation the same sentence says ended ---------------------------------


def participations(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in triples(text) if p == "participatesInProgramme"}


PARTICIPATION_ENDED = [
    "Georgia participated in the TACIS programme of the European Union until it was wound up.",
    "Armenia took part in NATO's Partnership for Peace, which it joined in 1994, until 2010.",
    "Moldova participated in the Partnership for Peace, but withdrew from the programme in 2003.",
    "Ukraine participated in the EU's TACIS programme, alongside its neighbours, till its end.",
]


@pytest.mark.parametrize("text", PARTICIPATION_ENDED)
def test_participation_ended_gives_no_participant(text):
    assert participations(text) == set()


def test_ended_participation_keeps_the_programme_s_organisation():
    found = triples("Moldova participated in the Partnership for Peace of NATO, but withdrew from "
                    "the programme in 2003.")  # fmt: skip
    assert ("partnership-for-peace", "programmeOf", "nato") in found
    assert not participations("Moldova participated in the Partnership for Peace of NATO, but "
                              "withdrew from the programme in 2003.")  # fmt: skip


PARTICIPATION_KEPT = [
    ("Mongolia takes part in NATO's Partnership for Peace, while Belarus took part until 2014.",
     ("mng", "partnership-for-peace")),
    ("Georgia takes part in NATO's Partnership for Peace and hosted an exercise in 2019.",
     ("geo", "partnership-for-peace")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "part"), PARTICIPATION_KEPT)
def test_participation_not_ended_still_read(text, part):
    assert part in participations(text)


# --- 4. a summit held at a distance ---------------------------------------------------------------

SUMMITS_AT_A_DISTANCE = [
    "Russia chaired the virtual summit of the BRICS in Moscow on 17 November 2020.",
    "Heads of state met for the online OIC summit in Jeddah in 2021.",
    "The 2021 CSTO summit in Dushanbe, held by video conference, adopted a statement.",
    "The CIS summit in Minsk on 18 December 2020 took place in a virtual format.",
    "Leaders addressed the EAEU summit in Moscow via video link on 19 May 2020.",
]


@pytest.mark.parametrize("text", SUMMITS_AT_A_DISTANCE)
def test_summit_at_a_distance_gives_no_place(text):
    assert summits(text) == set()


SUMMITS_IN_PERSON = [
    ("The SCO summit in Qingdao on 9-10 June 2018 adopted a declaration, which was posted online.",
     ("shanghai-cooperation-organisation", "qingdao")),
    ("The OIC summit in Istanbul in 2016 was streamed on television and online.",
     ("oic", "istanbul")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "summit"), SUMMITS_IN_PERSON)
def test_summit_in_person_still_read(text, summit):
    assert summit in summits(text)
