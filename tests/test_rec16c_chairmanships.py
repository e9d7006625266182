"""Chairmanships held in rotation and ended by a summit (session 16, brief REC16C).

"S held|holds the O's rotating|annual chairmanship [in D]", "S, which currently holds the
rotating O chairmanship", "at|by the end of S's [year-long] chairmanship of O", "As the chair of
O, S hosted ...", "While chairing O, S hosted ...". Look-alikes:
"will hold", "is expected to hold", "until|before D", "never held", "sought|declined", a
conditional, a question, another speaker's claim, "not S", "S's planned chairmanship", "S's bid
for the chairmanship", "As the [future] chair of O, S will|would|must|should host", "As the
chair of O's committee", "While chairing the O summit" give no chairmanship.
"""

from __future__ import annotations

import pytest
from fact_cases import date, named_cases, node, triple

CSTO = "csto"
SCO = "shanghai-cooperation-organisation"
OTS = "organization-of-turkic-states"


def chair(org: str, state: str, year: str | None = None):
    props = {"organisation": [org], "chair": [state]}
    return node("Chairmanship", **props, **({"year": [date(year)]} if year else {}))


FOUND = {
    "held-the-orgs-rotating-chairmanship-in": (
        "Kazakhstan held the CSTO’s rotating chairmanship in 2024, and the organisation’s summit"
        " was held in Astana on 28 November 2024.",
        [chair(CSTO, "kaz", "2024"), triple(CSTO, "chairedBy", "kaz")],
    ),
    "held-the-organisations-rotating-chairmanship": (
        "The Organization of Turkic States was founded in 2009. Kazakhstan held the"
        " organisation’s rotating chairmanship in 2024.",
        [chair(OTS, "kaz", "2024")],
    ),
    "which-currently-holds-the-rotating-org-chairmanship": (
        "Kyrgyzstan, which currently holds the rotating SCO chairmanship, will hand it over to"
        " Russia at the end of the Bishkek meeting.",
        [chair(SCO, "kgz")],
    ),
    "at-the-end-of-states-year-long-chairmanship-of-org": (
        "Dushanbe hosted the SCO summit on 17 September 2021, at the end of Tajikistan’s"
        " year-long chairmanship of the organisation.",
        [chair(SCO, "tjk")],
    ),
    "as-the-chair-of-org-state-hosted": (
        "As the chair of the Shanghai Cooperation Organisation, Kazakhstan hosted its summit in"
        " Astana on 3–4 July 2024.",
        [chair(SCO, "kaz")],
    ),
    "while-chairing-org-state-hosted": (
        "While chairing the SCO, Kazakhstan hosted the organisation’s summit in Astana on 3–4"
        " July 2024.",
        [chair(SCO, "kaz")],
    ),
}

NOTHING = {
    "will-hold": "Kazakhstan will hold the CSTO’s rotating chairmanship in 2026.",
    "held-until": "Kazakhstan held the CSTO’s rotating chairmanship until 2024.",
    "held-before": "Kazakhstan held the CSTO’s rotating chairmanship before 2020.",
    "never-held": "Kazakhstan never held the CSTO’s rotating chairmanship.",
    "has-never-held": "Kazakhstan has never held the CSTO’s rotating chairmanship.",
    "sought": "Kazakhstan sought the CSTO’s rotating chairmanship in 2024.",
    "declined": "Kazakhstan declined the CSTO’s rotating chairmanship in 2024.",
    "conditional": "If Kazakhstan held the CSTO’s rotating chairmanship, it would host the summit.",
    "not-the-state": "Armenia, not Kazakhstan, holds the rotating CSTO chairmanship.",
    "hopes": "Kazakhstan hopes that it holds the rotating CSTO chairmanship in 2026.",
    "expected": "Kazakhstan is expected to hold the rotating CSTO chairmanship in 2026.",
    "question": "Did Kazakhstan hold the CSTO’s rotating chairmanship in 2024?",
    "planned-chairmanship": "Towards the end of Kazakhstan’s planned chairmanship of the SCO,"
    " the leaders will meet.",
    "bid-for-chairmanship": "At the end of Kazakhstan’s bid for the chairmanship of the SCO,"
    " nothing changed.",
    "which-will-hold": "Kazakhstan, which will hold the rotating SCO chairmanship in 2026,"
    " hosted talks.",
    "as-the-future-chair-will-host": "As the future chair of the SCO, Kazakhstan will host its"
    " summit.",
    "as-the-chair-would-host": "As the chair of the SCO in 2025, Kazakhstan would host its summit.",
    "as-the-chair-must-host": "As the chair of the SCO, Kazakhstan must host its summit.",
    "as-the-chair-should-host-russia-says": "As the chair of the SCO, Kazakhstan should host its"
    " summit, Russia says.",
    "as-the-chair-of-a-committee": "As the chair of the SCO committee, Kazakhstan hosted talks.",
    "as-the-chair-of-a-working-group": "As the chair of the SCO's working group, Kazakhstan"
    " proposed a declaration.",
    "while-chairing-the-summit": "While chairing the SCO summit, Kazakhstan proposed a"
    " declaration.",
    "while-chairing-will-host": "While chairing the SCO in 2026, Kazakhstan will host its summit.",
    "as-the-chair-never-hosted": "As the chair of the SCO, Kazakhstan never hosted its summit.",
    "another-speakers-claim": "Russia claimed that Kazakhstan held the CSTO’s rotating"
    " chairmanship in 2024.",
}


@pytest.mark.parametrize(("text", "expected"), named_cases(FOUND))
def test_chairmanship_found(facts, text, expected):
    found = facts(text)
    for fact in expected:
        assert fact in found, (fact, found)


@pytest.mark.parametrize("text", [pytest.param(t, id=n) for n, t in NOTHING.items()])
def test_look_alike_gives_no_chairmanship(facts, text):
    found = facts(text)
    assert not [f for f in found if "Chairmanship" in f[1] or "chairedBy" in f[2]], found
