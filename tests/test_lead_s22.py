"""Session 22, lead: a state named as a diplomatic mission's owner is not the country "the
country's" means (references._mission_owner, lexicon mission-nouns)."""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples

MISSIONS = {
    "consulate-of-the-own-state": (
        "The Consulate General of Kazakhstan is in Dubai, the country’s largest city.",
        set(),
        {("dubai", "locatedIn", "kaz")},
    ),
    "possessive-embassy": (
        "Kazakhstan's new embassy is in Abu Dhabi, and its consulate is in Dubai, the country's "
        "largest city.",
        set(),
        {("dubai", "locatedIn", "kaz")},
    ),
    "embassy-of-the-republic-of": (
        "The Embassy of the Republic of Kazakhstan works in Riyadh, and its consulate in Jeddah, "
        "the country's main port.",
        set(),
        {("jeddah", "locatedIn", "kaz")},
    ),
    # look-alikes: a state named otherwise keeps the reading
    "state-not-a-mission-owner": (
        "Kazakhstan moved its capital from Almaty, the country's largest city, to Astana.",
        {("almaty", "locatedIn", "kaz")},
        set(),
    ),
    "mission-of-another-state": (
        "The UAE consulate in Almaty, the country's largest city, opened in 2010.",
        set(),
        {("almaty", "locatedIn", "are")},
    ),
}


@pytest.mark.parametrize("case", MISSIONS.values(), ids=MISSIONS.keys())
def test_a_missions_owner_is_not_the_country_of_its_city(case):
    text, wanted, unwanted = case
    found = assertion_triples(text, stem="lead22", written_from="Kazakhstan")
    assert wanted <= found, found
    assert not unwanted & found, found
