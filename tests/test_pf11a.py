"""Invented facts of the organisation kinds probe PF11A found (session 11), each mended by its
general cause and tested in other wording with other entities than the probes, with look-alikes
that must still give their true fact:

- a definite summit still to come: a modifier of its own says so ("the next|upcoming|planned
  summit of O in C") or the verb governing it stands after a modal or after "to" led by a word
  of intent ("X will host | is due to host | agreed to host | is expected to attend the summit of
  O in C"): summits_held.unheld_summit, lexicon pf11a-summit-*.
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
