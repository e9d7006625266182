"""Review 18's findings 4 and 5 on REC18C's rules: a place's aside that holds another speaker's
claim ("Aktau, according to critics, is in ...") states no location, and an organisation
"founded as the P of|for|in X" (a likeness) names no predecessor. The rules' own readings stay."""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return set(assertion_triples(text, stem="lead18"))


NOTHING = {
    "according_to": ("Aktau, according to critics, is in Atyrau Region.", "locatedIn"),
    "critics_say": ("Aktau, the critics say, lies in Atyrau Region.", "locatedIn"),
    "some_claim": ("Aktau, some claim, lies in Atyrau Region.", "locatedIn"),
    "reportedly": ("Aktau, reportedly, lies in Atyrau Region.", "locatedIn"),
    "they_argued": ("Aktau, they argued, is located in Atyrau Region.", "locatedIn"),
    "likeness_of": (
        "The Conference on Interaction and Confidence-Building Measures in Asia was founded as "
        "the OSCE of Asia.",
        "predecessor",
    ),
    "likeness_in_apposition": (
        "The Conference on Interaction and Confidence-Building Measures in Asia, founded in 1992 "
        "as the OSCE of Asia, has 28 members.",
        "predecessor",
    ),
}
FOUND = {
    "aside_apposition": (
        "Aktau, a port on the Caspian Sea, lies in Mangystau Region.",
        ("aktau", "locatedIn", "mangystau-region"),
    ),
    "aside_noun": (
        "Baikonur, the cosmodrome town, lies in Kyzylorda Region.",
        ("baikonur", "locatedIn", "kyzylorda-region"),
    ),
    "no_aside": ("Aktau lies in Mangystau Region.", ("aktau", "locatedIn", "mangystau-region")),
    "founded_as": (
        "The Eurasian Economic Union was founded in 2015 as the Eurasian Economic Community.",
        ("eaeu", "predecessor", "eurasec"),
    ),
    "founded_as_apposition": (
        "The Organization of Turkic States, founded in 2009 as the Turkic Council, has five "
        "members.",
        (
            "organization-of-turkic-states",
            "predecessor",
            "cooperation-council-of-turkic-speaking-states",
        ),
    ),
}


@pytest.mark.parametrize(("text", "prop"), NOTHING.values(), ids=NOTHING.keys())
def test_a_claim_or_a_likeness_gives_nothing(text, prop):
    assert not [t for t in triples(text) if t[1] == prop]


@pytest.mark.parametrize(("text", "fact"), FOUND.values(), ids=FOUND.keys())
def test_the_rules_own_readings_stay(text, fact):
    assert fact in triples(text)
