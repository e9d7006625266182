"""Session 23's borders, official languages, located-in and capital-of the rules missed (brief
GEO23), written in other wordings and with other states than the corpus sentences that
suggested them (tests/blind84, blind105, blind110, blind112, blind113), with look-alikes that
must give nothing or keep their old reading:

- a length in brackets on either side of a direction after "borders B" ("It borders A to the
  north (1,212 km), B to the west (1,314 km)", "borders A (390 km) and B (480 km) to the north"),
  repeated for each further state (borders._Reader._verb_length, lexicon geo23-compass-words);
- a plural "borders|frontiers with C, D and E" coordinated with a share phrase read before it
  ("A shares a L border with B and shorter frontiers with C, D and E");
- the subject of "share" coordinated with another predicate ("A is landlocked and shares a L
  border with B and a L2 border with C"): the state the sentence opens with;
- a second official language in the clause after the state language's ("Under the
  Constitution, K is the state language, while R is officially used on an equal basis with it",
  "A's state language is K, and R is also used officially", "K is the state language of A, and R
  is an official language"): relation rules geo23-*-state-language-and-*;
- two cities named together before "in S" ("Samarkand and Tashkent in Uzbekistan", "the Black
  Sea ports of Poti and Batumi in Georgia"): each lies in S (geo23-cities-in-state,
  geo23-ports-of-cities-in-state);
- a capital in a present perfect ("Since 1991 A's capital has been C") and an encyclopedia opener
  with the official name set off ("A, officially the B, is a landlocked country in Z whose capital
  and largest city is C").
"""

from __future__ import annotations

import pytest
from fact_cases import border_pair, border_pairs, extract, named_cases


def borders(text: str, scoring, written_from: str | None = None) -> set:
    return border_pairs(text, scoring, written_from, stem="geo23")


pair = border_pair

BORDERS = {
    "compass-then-bracket-each-item": (
        "Tajikistan is a mountainous country. It borders Kyrgyzstan to the north (984 km), "
        "China to the east (477 km), Afghanistan to the south (1,357 km) and Uzbekistan to the "
        "west and north-west (1,312 km).",
        None,
        {
            pair("tjk", "kgz", "984"),
            pair("tjk", "chn", "477"),
            pair("tjk", "afg", "1357"),
            pair("tjk", "uzb", "1312"),
        },
    ),
    "bracket-then-compass": (
        "Armenia borders Georgia (219 km) to the north, Azerbaijan (996 km) to the east and "
        "Iran (44 km) to the south.",
        None,
        {pair("arm", "geo", "219"), pair("arm", "aze", "996"), pair("arm", "irn", "44")},
    ),
    "plural-frontiers-coordinated-with-a-share-phrase": (
        "Uzbekistan shares a 2,330-km border with Kazakhstan, a 1,793-km border with "
        "Turkmenistan and shorter frontiers with Kyrgyzstan, Tajikistan and Afghanistan.",
        None,
        {
            pair("uzb", "kaz", "2330"),
            pair("uzb", "tkm", "1793"),
            pair("uzb", "kgz"),
            pair("uzb", "tjk"),
            pair("uzb", "afg"),
        },
    ),
    "plural-borders-coordinated-in-a-relative-clause": (
        "Mongolia, which shares a 3,452-km border with Russia and borders with China, is "
        "landlocked.",
        None,
        {pair("mng", "rus", "3452"), pair("mng", "chn")},
    ),
    "share-coordinated-with-a-copula-predicate": (
        "Mongolia is landlocked and shares a 4,630-km border with China and a 3,452-km border "
        "with Russia.",
        None,
        {pair("mng", "chn", "4630"), pair("mng", "rus", "3452")},
    ),
}


@pytest.mark.parametrize("text, written_from, expected", named_cases(BORDERS))
def test_geo23_borders(text, written_from, expected, scoring):
    found = borders(text, scoring, written_from)
    assert expected <= found, found


BORDER_LOOK_ALIKES = {
    "a-negated-verb-with-a-bracket": (
        "Armenia does not border Russia (0 km) to the north.",
        None,
        set(),
    ),
    "a-bracketed-distance-after-a-direction-is-no-item": (
        "Armenia borders Georgia (219 km) to the north, and Yerevan lies 30 km from Turkey "
        "(Ararat) to the south.",
        None,
        {pair("arm", "geo", "219")},
    ),
    "plural-borders-not-coordinated-with-a-share-phrase": (
        "Talks on borders with Kyrgyzstan and Tajikistan resumed in Tashkent.",
        None,
        set(),
    ),
    "no-borders-coordinated": (
        "Kazakhstan shares a 7,644-km border with Russia and no borders with Iran and Afghanistan.",
        None,
        {pair("kaz", "rus", "7644")},
    ),
    "a-negated-first-predicate": (
        "Mongolia is not a member and shares a 4,630-km border with China.",
        None,
        set(),
    ),
    "a-fronted-comparison-is-no-subject": (  # never Mongolia's; the reader leaves it whole
        "Like Mongolia, Kazakhstan is landlocked and shares a 7,644-km border with Russia.",
        None,
        set(),
    ),
}


@pytest.mark.parametrize("text, written_from, expected", named_cases(BORDER_LOOK_ALIKES))
def test_geo23_border_look_alikes(text, written_from, expected, scoring):
    assert borders(text, scoring, written_from) == expected


def languages(text: str, scoring, written_from: str | None = None) -> set:
    facts = extract(text, scoring, written_from, stem="geo23")[1]
    return {(f[1], f[3]) for f in facts if f[0] == "triple" and f[2] == "kz:officialLanguage"}


LANGUAGES = {
    "fronted-constitution-and-officially-used": (
        "Under the Constitution, Uzbek is the state language, while Russian is officially used "
        "on an equal basis with it.",
        "Uzbekistan",
        {("uzb", "uzbek"), ("uzb", "russian")},
    ),
    "opening-and-also-used-officially": (
        "Tajik is the state language, while Russian is also used officially.",
        "Tajikistan",
        {("tjk", "tajik"), ("tjk", "russian")},
    ),
    "state-possessive-and-also-used-officially": (
        "In short, Belarus's state language is Belarusian, and Russian is also used officially.",
        None,
        {("blr", "belarusian"), ("blr", "russian")},
    ),
    "of-state-and-an-official-language": (
        "Since 1993 Kazakh has been taught widely; Kazakh is the state language of Kazakhstan, "
        "and Russian is an official language.",
        None,
        {("kaz", "kazakh"), ("kaz", "russian")},
    ),
    "fronted-constitution-of-state-and-an-official-language": (
        "Under the constitution Tajik is the state language of Tajikistan, and Russian is an "
        "official language.",
        None,
        {("tjk", "tajik"), ("tjk", "russian")},
    ),
    "the-state-language-is-and-officially-used": (
        "The state language is Kyrgyz, and Russian is officially used as well.",
        "Kyrgyzstan",
        {("kgz", "kyrgyz"), ("kgz", "russian")},
    ),
}


@pytest.mark.parametrize("text, written_from, expected", named_cases(LANGUAGES))
def test_geo23_second_official_language(text, written_from, expected, scoring):
    found = languages(text, scoring, written_from)
    assert expected <= found, found


LANGUAGE_LOOK_ALIKES = {
    "not-officially-used": (
        "Kazakh is the state language, and Russian is not officially used.",
        "Kazakhstan",
        {("kaz", "russian")},
    ),
    "used-in-business": (
        "Kazakh is the state language, and English is used in business.",
        "Kazakhstan",
        {("kaz", "english")},
    ),
    "a-language-of-a-document": (
        "Kazakh is the state language of Kazakhstan, and this interview was conducted in Russian.",
        None,
        {("kaz", "russian")},
    ),
    "a-minoritys-language-spoken": (
        "Kyrgyz is the state language of Kyrgyzstan, and Uzbek is spoken by a large minority.",
        None,
        {("kgz", "uzbek")},
    ),
}


@pytest.mark.parametrize("text, written_from, unexpected", named_cases(LANGUAGE_LOOK_ALIKES))
def test_geo23_second_official_language_look_alikes(text, written_from, unexpected, scoring):
    assert not (languages(text, scoring, written_from) & unexpected)


def located(text: str, scoring, written_from: str | None = None) -> set:
    facts = extract(text, scoring, written_from, stem="geo23")[1]
    return {(f[1], f[3]) for f in facts if f[0] == "triple" and f[2] == "kz:locatedIn"}


LOCATED = {
    "two-cities-in-a-state": (
        "The delegation then flew on to Bukhara and Samarkand in Uzbekistan.",
        {("bukhara", "uzb"), ("samarkand", "uzb")},
    ),
    "ports-of-two-cities-in-a-state": (
        "Oil is shipped from the Black Sea ports of Batumi and Poti in Georgia or by rail.",
        {("batumi", "geo"), ("poti", "geo")},
    ),
}


@pytest.mark.parametrize("text, expected", named_cases(LOCATED))
def test_geo23_cities_in_a_state(text, expected, scoring):
    found = located(text, scoring)
    assert expected <= found, found


LOCATED_LOOK_ALIKES = {
    "between-two-cities": (
        "Flights between Almaty and Tashkent in Uzbekistan resumed.",
        {("almaty", "uzb")},
    ),
    "a-possessive-before-the-pair": (
        "Kazakhstan's Almaty and Tashkent in Uzbekistan are the region's hubs.",
        {("almaty", "uzb")},
    ),
    "a-year-not-a-state": (
        "Summits were held in Astana and Tashkent in 2019 and 2022.",
        {("astana", "uzb")},
    ),
    "near-two-cities": (
        "The plant lies near Almaty and Bishkek in Kyrgyzstan's north.",
        {("almaty", "kgz")},
    ),
}


@pytest.mark.parametrize("text, unexpected", named_cases(LOCATED_LOOK_ALIKES))
def test_geo23_cities_in_a_state_look_alikes(text, unexpected, scoring):
    assert not (located(text, scoring) & unexpected)


def capitals(text: str, scoring) -> set:
    facts = extract(text, scoring, None, stem="geo23")[1]
    return {(f[1], f[3]) for f in facts if f[0] == "triple" and f[2] == "kz:capitalOf"}


CAPITALS = {
    "present-perfect-since": (
        "Since 1991 Turkmenistan's capital has been Ashgabat, a city rebuilt in white marble.",
        {("ashgabat", "tkm")},
    ),
    "opener-with-official-name": (
        "Tajikistan, officially the Republic of Tajikistan, is a mountainous country in Central "
        "Asia whose capital and largest city is Dushanbe.",
        {("dushanbe", "tjk")},
    ),
}


@pytest.mark.parametrize("text, expected", named_cases(CAPITALS))
def test_geo23_capitals(text, expected, scoring):
    found = capitals(text, scoring)
    assert expected <= found, found


CAPITAL_LOOK_ALIKES = {
    "a-past-perfect-capital": (
        "Kazakhstan's capital had been Almaty until 1997.",
        {("almaty", "kaz")},
    ),
    "a-capital-that-ended": (
        "Kazakhstan's capital has been Almaty until 1997, a guide claimed.",
        {("almaty", "kaz")},
    ),
    "opener-whose-ally": (
        "Tajikistan, officially the Republic of Tajikistan, is a country whose ally Russia "
        "keeps troops in Dushanbe.",
        {("dushanbe", "tjk"), ("dushanbe", "rus")},
    ),
}


@pytest.mark.parametrize("text, unexpected", named_cases(CAPITAL_LOOK_ALIKES))
def test_geo23_capital_look_alikes(text, unexpected, scoring):
    assert not (capitals(text, scoring) & unexpected)
