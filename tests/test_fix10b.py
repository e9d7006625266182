"""Facts a reviewer found invented in look-alike sentences (FIX10B, rv10-B), mended by their
general cause, each with other wordings and other entities than the reviewer's sentences, and
the plain statements next to them that must still give the fact.

1. "N A-B joint ventures" is a count only where its clause gives it as today's number: not
   planned or to come ("envisaged", "are scheduled for", "could be set up"), past or gone
   ("were dissolved", "went bankrupt", "There were once N"), made over a period ("have been
   established since D", "were opened during ..."), under construction, a figure since revised,
   an increment ("another|a further N") or a part fronted ("In R alone, there are N")
   (``joint-ventures-count``).
2. "A's neighbour|ally|rival|partner B": a slot the match ends at A takes B
   (relations._epithet_holder): "invested in A's neighbour B", "C, a city in A's ally B".
3. A demonym before a place's name or another capitalised word ("the capital of Iranian
   Azerbaijan | of the Chinese Ili region") names no state (relations._names_a_place), and
   "Inner|East|West|North|South" before a state's or city's bare name makes a compound name of
   another place ("Inner Mongolia": mentions._part_of_compound_name).
4. "C, Georgia" makes no city of a name the gazetteer does not know: the US state may be meant
   (mentions._cities_before_states, lexicon state-names-shared-with-divisions).
5. "every|each <member noun> but X signed T", "all but X": X is the one left out
   (hedges.jsonl hedge-excluded).
6. "O, which had N participating states when|before|until ..." is a past count
   (``org-which-has-participating-states``).
7. "F was developed by C in Soviet times|during the Soviet era" is no development today
   (``field-developed-by``, the trigger line ``field-developed-by-company``).
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples


def _facts(text: str, *properties: str) -> set[tuple[str, str, str]]:
    """The assertion triples of ``text`` with one of ``properties``."""
    return {t for t in assertion_triples(text, stem="fix10b") if t[1] in properties}


def _objects(text: str, prop: str) -> set[str]:
    return {o for _, _, o in _facts(text, prop)}


# 1. joint ventures counted only as today's number
@pytest.mark.parametrize(
    "text",
    [
        "Of the 40 Kazakh–Turkish joint ventures envisaged in 2019, only half exist.",
        "A further 25 Kazakh–Kyrgyz joint ventures are scheduled for 2026.",
        "As many as 300 Kazakh–Russian joint ventures could be set up if the deal is ratified.",
        "Some 70 Kazakh–Iranian joint ventures were dissolved in 2019.",
        "There were once 150 Kazakh–Belarusian joint ventures; few survive.",
        "About 90 Kazakh–Turkish joint ventures have been established since 2018.",
        "Another 12 Kazakh–Kyrgyz joint ventures are under construction near the border.",
        "Some 80 Kazakh–Chinese joint ventures went bankrupt last year.",
        "The 2017 estimate of 400 Kazakh–Russian joint ventures has since been corrected.",
        "Nearly 30 Kazakh–Tajik joint ventures were opened during the 2019 visit.",
        "In Almaty Region alone, there are 20 Kazakh–Chinese joint ventures.",
    ],
)
def test_a_count_not_given_as_todays_number_gives_nothing(text):
    assert _facts(text, "count") == set()


@pytest.mark.parametrize(
    "text, count",
    [
        ("There are 45 Kazakh-Turkish joint ventures in Aktau.", "45"),
        ("There are now 210 Kazakh–Azerbaijani joint ventures.", "210"),
        ("Some 500 Kazakh–Russian joint ventures operate in Kazakhstan.", "500"),
        ("Kazakhstan has 700 Kazakh–Chinese joint ventures.", "700"),
        ("Over 60 of the 380 Kazakh–Turkish joint ventures are registered in Almaty.", "380"),
    ],
)
def test_todays_count_is_still_read(text, count):
    assert count in _objects(text, "count")


# 2. "A's neighbour B": the fact is B's
@pytest.mark.parametrize(
    "text, party, other",
    [
        ("South Korea invested $800 million in Kazakhstan's neighbour Kyrgyzstan in 2020.",
         "kgz", "kaz"),
        ("Turkey invested $400 million in Russia's ally Belarus between 2015 and 2020.",
         "blr", "rus"),
        ("The European Union invested €300 million in Uzbekistan's neighbour Tajikistan.",
         "tjk", "uzb"),
        ("India has invested $2 billion in China's rival Japan since 2015.", "jpn", "chn"),
    ],
)  # fmt: skip
def test_an_investment_in_a_states_neighbour_goes_to_the_neighbour(text, party, other):
    parties = _objects(text, "toParty")
    assert party in parties and other not in parties


def test_a_city_in_a_states_neighbour_lies_in_the_neighbour():
    located = _facts("Osh, a city in Kazakhstan's neighbour Kyrgyzstan, hosted the forum.",
                     "locatedIn")  # fmt: skip
    assert ("osh", "locatedIn", "kgz") in located
    assert ("osh", "locatedIn", "kaz") not in located


def test_the_possessive_neighbour_still_gives_the_border():
    text = "Turkey invested $400 million in Russia's neighbour Belarus in 2019."
    assert ("rus", "sharesBorderWith", "blr") in _facts(text, "sharesBorderWith")


def test_a_possessive_before_a_sector_still_names_the_state():
    text = "Japan invested $300 million in Kazakhstan's uranium sector in 2018."
    assert "kaz" in _objects(text, "toParty")


# 3. regions named with a demonym or a compound name are no states
@pytest.mark.parametrize(
    "text",
    [
        "Urumqi is the capital of the Chinese Xinjiang region.",
        "Erbil, the capital of Iraqi Kurdistan, lies near Mosul.",
        "Urmia is the capital of Iranian West Azerbaijan.",
        "Kashgar was long the capital of Chinese Turkestan.",
        "Baotou, a city of Inner Mongolia, is the capital of no state.",
        "Hohhot is the capital of Inner Mongolia.",
        "Inner Mongolia's capital is Hohhot.",
        "Chinese and Mongolian are the official languages of Inner Mongolia.",
    ],
)
def test_a_regions_capital_or_language_is_no_states(text):
    assert _facts(text, "capitalOf", "officialLanguage") == set()


def test_a_compound_name_borders_nothing_of_its_state():
    assert _facts("Inner Mongolia borders Mongolia.", "sharesBorderWith") == set()


@pytest.mark.parametrize(
    "text, fact",
    [
        ("Ulaanbaatar is the capital of Mongolia.", ("ulaanbaatar", "capitalOf", "mng")),
        ("Seoul, the capital of South Korea, hosted the talks.", ("seoul", "capitalOf", "kor")),
        (
            "Mongolian is the official language of Mongolia.",
            ("mng", "officialLanguage", "mongolian"),
        ),
    ],
)  # fmt: skip
def test_a_states_capital_and_language_are_still_read(text, fact):
    assert fact in _facts(text, "capitalOf", "officialLanguage")


# 4. "C, Georgia" with a city the gazetteer does not know
@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan opened an honorary consulate in Macon, Georgia, in 2021.",
        "The Kazakh delegation toured Valdosta, Georgia, last spring.",
        "Kazakh students study at a college in Marietta, Georgia.",
        "A Kazakh trade office opened in Alpharetta, Georgia.",
    ],
)
def test_an_unknown_city_before_georgia_is_placed_nowhere(text):
    assert _facts(text, "locatedIn") == set()


@pytest.mark.parametrize(
    "text, fact",
    [
        ("The forum took place in Kutaisi, Georgia, in 2019.", ("kutaisi", "locatedIn", "geo")),
        ("The plant is in Shymkent, Kazakhstan.", ("shymkent", "locatedIn", "kaz")),
        ("Talks were held in Bishkek, Kyrgyzstan, in 2022.", ("bishkek", "locatedIn", "kgz")),
    ],
)  # fmt: skip
def test_a_known_city_before_its_state_is_still_located(text, fact):
    assert fact in _facts(text, "locatedIn")


# 5. "every member but X"
@pytest.mark.parametrize(
    "text, left_out",
    [
        ("Every EAEU member but Armenia signed the agreement in Moscow in 2019.", "arm"),
        ("Each CSTO state but Belarus signed the agreement in Yerevan in 2020.", "blr"),
        ("Every signatory but Tajikistan signed the protocol in Bishkek in 2007.", "tjk"),
        ("All but Azerbaijan signed the agreement in Minsk.", "aze"),
    ],
)
def test_every_member_but_x_leaves_x_out(text, left_out):
    assert left_out not in _objects(text, "signatory")


def test_a_clause_after_but_still_signs():
    text = "Russia objected, but Kyrgyzstan signed the agreement in 2021."
    assert "kgz" in _objects(text, "signatory")


# 6. a past count in a relative clause
@pytest.mark.parametrize(
    "text",
    [
        "The OSCE, which had 35 participating countries before the Soviet Union broke up, "
        "now has 57.",
        "The OSCE, which had 38 participating states by the time Kazakhstan joined, grew.",
        "The OSCE, which had 35 participating states until 1991, expanded eastwards.",
        "The OSCE, which had 52 participating states when Kazakhstan joined, met in Rome.",
    ],
)
def test_a_past_count_in_a_relative_clause_gives_no_count(text):
    assert "35" not in _objects(text, "participatingStateCount")
    assert _objects(text, "participatingStateCount") <= {"57"}


def test_a_present_count_in_a_relative_clause_is_still_read():
    text = "The OSCE, which has 57 participating states, met in Vilnius."
    assert _objects(text, "participatingStateCount") == {"57"}


# 7. a development in Soviet times
@pytest.mark.parametrize(
    "period",
    [
        "in Soviet times",
        "during the Soviet era",
        "in the Soviet period",
        "under the USSR",
    ],
)
def test_a_development_in_soviet_times_gives_nothing(period):
    text = f"The Tengiz field was developed by Lukoil {period}; Chevron operates it today."
    assert ("lukoil", "develops", "tengiz-oil-field") not in _facts(text, "develops")


def test_a_development_today_is_still_read():
    text = "The Tengiz field is developed by Chevron."
    assert ("chevron", "develops", "tengiz-oil-field") in _facts(text, "develops")


# 1 (the total a period's new joint ventures bring): the total is today's count
@pytest.mark.parametrize(
    "text, count",
    [
        ("Some 40 Kazakh–Turkish joint ventures were registered last year, taking the total "
         "number to 620.", "620"),
        ("About 25 Kazakh–Tajik joint ventures opened in 2022, raising the total to 310.", "310"),
    ],
)  # fmt: skip
def test_the_total_a_period_brings_is_the_count(text, count):
    assert _objects(text, "count") == {count}


@pytest.mark.parametrize(
    "text",
    [
        "About 50 Kazakh–Chinese joint ventures will be set up, bringing the total to 900.",
        "Another 30 Kazakh–Kyrgyz joint ventures are planned, bringing the total to 400.",
        "Some 60 Kazakh–Turkish joint ventures opened, bringing the total to 700 by 2030.",
        "Some 40 Kazakh–Turkish joint ventures were registered, bringing the total investment "
        "to $5 billion.",
    ],
)
def test_a_total_to_come_or_of_another_thing_is_no_count(text):
    assert _facts(text, "count") == set()


# 5 (look-alike): "no <noun> but X" holds of X alone
@pytest.mark.parametrize(
    "text, signer",
    [
        ("No CSTO member but Armenia signed the agreement in Minsk in 2019.", "arm"),
        ("No state but Mongolia signed the protocol in 2012.", "mng"),
    ],
)
def test_no_member_but_x_still_signs_x(text, signer):
    assert signer in _objects(text, "signatory")
