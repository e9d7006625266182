"""Session 23's hunt for false facts (brief FP23): each cause mended in general and tested here
in other wordings, with what must still be found beside what must not.

- "{City}, {State}," read as the city's state when the comma opens a list of states ("in Baku,
  Kazakhstan, Azerbaijan and Georgia signed ...": the states are the subjects, Baku is in none of
  them): city-comma-state's ``not_before_class`` refuses a state right after the closing comma;
- a treaty title cut before "between A and B" when no "on/of" follows its head ("the Free Trade
  Agreement between the Eurasian Economic Union and Vietnam"): the name rule
  name-fp23-words-treaty-between-parties, two or more capitalised words before the head (a
  one-word kind, "the Safeguards Agreement between A and B", keeps its short name) and NAMES21's
  tail condition (one party written with "the", or formally): the right facts were stated of a
  wrong, shorter treaty;
- a title cut at "of an" ("Agreement on the Establishment of an International Transport and
  Transit Corridor"): "an" is a name connector, as "a" was;
- a company's legal form after its name ("Karachaganak Petroleum Operating B.V."): the gazetteer
  knows the company by it.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples, mentions_of, named_cases


def triples(text: str) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="fp23")


# text -> (the triples that must be found, the triples that must not)
CITY_IN_A_LIST = {
    "city-then-a-list-of-signatories": (
        "On 8 September 1998 in Baku, Kazakhstan, Azerbaijan, Georgia, Uzbekistan and several "
        "other states signed the agreement.",
        set(),
        {("baku", "locatedIn", "kaz")},
    ),
    "city-then-states-and-others-agreeing": (
        "In Tashkent, Kazakhstan, Kyrgyzstan, Tajikistan and other states agreed on the water "
        "schedule.",
        set(),
        {("tashkent", "locatedIn", "kaz")},
    ),
    "a-capital-then-a-list-of-states": (
        "In Astana, Russia, China, Iran and others discussed the corridor on 5 May 2024.",
        set(),
        {("astana", "locatedIn", "rus")},
    ),
    "city-comma-state-before-a-date-keeps": (
        "The summit met in Almaty, Kazakhstan, on 3 July 2024.",
        {("almaty", "locatedIn", "kaz")},
        set(),
    ),
    "city-comma-state-before-a-verb-keeps": (
        "Leaders gathered in Osh, Kyrgyzstan, to discuss water.",
        {("osh", "locatedIn", "kgz")},
        set(),
    ),
}


@pytest.mark.parametrize(("text", "found", "refused"), named_cases(CITY_IN_A_LIST))
def test_a_state_list_after_a_city_is_no_place_of_it(text, found, refused):
    got = triples(text)
    assert found <= got
    assert not refused & got


FTA_EAEU_VNM = "free-trade-agreement-between-the-eurasian-economic-union-and-vietnam"
FTA_UKR_TUR = "free-trade-agreement-between-ukraine-and-the-republic-of-turkey"
CORRIDOR = "agreement-on-the-establishment-of-an-international-transport-and-transit-corridor"

TITLES = {
    "words-agreement-between-the-union-and-a-state": (
        "The Free Trade Agreement between the Eurasian Economic Union and Vietnam was signed in "
        "Astana on 29 May 2015 by Kazakhstan and Vietnam.",
        {(FTA_EAEU_VNM, "signingPlace", "astana"), (FTA_EAEU_VNM, "signatory", "vnm")},
        {("free-trade-agreement", "signingPlace", "astana")},
    ),
    "words-agreement-between-a-state-and-the-republic": (
        "The Free Trade Agreement between Ukraine and the Republic of Turkey was signed in Kyiv "
        "on 3 February 2022.",
        {(FTA_UKR_TUR, "signatory", "ukr"), (FTA_UKR_TUR, "signatory", "tur")},
        {("free-trade-agreement", "signatory", "ukr")},
    ),
    "one-word-kind-keeps-the-short-name": (
        "The Safeguards Agreement between Uzbekistan and the International Atomic Energy Agency "
        "was signed in Vienna on 8 October 1994.",
        {("safeguards-agreement", "signatory", "uzb")},
        set(),
    ),
    "between-them-is-no-title": (
        "Kazakhstan and Turkey signed a Free Trade Agreement between them in 2022.",
        {("free-trade-agreement", "signatory", "kaz")},
        set(),
    ),
    "after-and-the-title-opens-earlier": (
        "The Partnership and Cooperation Agreement between the European Union and Kazakhstan "
        "was signed in 1995.",
        {("partnership-and-cooperation-agreement", "signatory", "kaz")},
        {("cooperation-agreement-between-the-european-union-and-kazakhstan", "signatory", "kaz")},
    ),
    "of-an-inside-a-title": (
        "Iran, Oman and Qatar signed the Agreement on the Establishment of an International "
        "Transport and Transit Corridor in Ashgabat on 25 April 2011.",
        {(CORRIDOR, "signatory", "omn"), (CORRIDOR, "signingPlace", "ashgabat")},
        {("agreement-on-the-establishment", "signatory", "omn")},
    ),
}


@pytest.mark.parametrize(("text", "found", "refused"), named_cases(TITLES))
def test_a_title_keeps_its_parties_and_its_an(text, found, refused):
    got = triples(text)
    assert found <= got
    assert not refused & got


def test_a_title_never_ends_in_an():
    text = "Kazakhstan proposed an Agreement on an Economic Union of an unusual kind."
    names = [surface for surface, _, _ in mentions_of(text)]
    assert not any(name.endswith(" an") for name in names)


def test_a_company_named_with_its_legal_form_is_the_known_company():
    text = (
        "The Karachaganak field is developed by Karachaganak Petroleum Operating B.V. (KPO), "
        "whose partners are Shell and Eni."
    )
    [(surface, _source, keys)] = [
        m for m in mentions_of(text) if m[0].startswith("Karachaganak Petroleum")
    ]
    assert tuple(keys) == ("karachaganak-petroleum-operating",)
    assert surface.startswith("Karachaganak Petroleum Operating B.V.")
