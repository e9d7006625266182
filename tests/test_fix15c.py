"""REVIEW15's findings 1 to 3 on REC15B's borders, places and diplomatic relations (FIX15C).

1. "the N km A–B border <noun>": a border noun qualifying another noun ("section", "road",
   "fence", ... lexicon border-compound-heads) gives that noun the length, not the border.
2. "C in S" closes at no dash ("in Astana in China–Central Asia format talks": the state only
   qualifies a format); "since the establishment of diplomatic relations on D, cooperation
   between A and B ..." dates the relations of the pair only through "the two countries".
3. "A ... its N km border with B": "its" is the nearest state's when another state stands between
   the sentence's opening one and "its" ("A urged B to reopen its border with C").
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples

FAMILY = {"sharesBorderWith", "hasDiplomaticRelationsWith", "locatedIn", "lengthKm"}


def facts(text: str) -> set[tuple[str, str, str]]:
    """The family's triples of ``text``, symmetric ones in one order."""
    found = set()
    for s, p, o in assertion_triples(text, stem="fix15c"):
        if p in FAMILY:
            symmetric = p in {"sharesBorderWith", "hasDiplomaticRelationsWith"}
            found.add((min(s, o), p, max(s, o)) if symmetric else (s, p, o))
    return found


BORDER_NOUN_COMPOUNDS = [
    "A 50-km Kazakh–Kyrgyz border section was demarcated in 2001.",
    "Kazakhstan is building a 200 km Kazakh–Russian border road.",
    "The 1,000 km Kazakh–Chinese border fence is unfinished.",
    "A 30 km Kazakh–Uzbek border segment was opened.",
    "The 120 km Kazakh–Russian border stretch near Omsk was closed.",
    "The 400 km Kazakh–Chinese border railway was built in 2012.",
    "The 80 km Kazakh–Turkmen border wall is planned.",
    "The 60 km Kazakh–Kyrgyz border line was redrawn.",
    "A 15 km Kazakh–Russian border highway opened.",
    "The 700 km Kazakh–Chinese border pipeline carries gas.",
    "The 90 km Kazakh–Uzbek border canal was dug.",
    "A 25 km Kazakh–Kyrgyz border strip was mined.",
    "The 12 km Kazakh–Russian border bridge was finished.",
    "The 300 km Kazakh–Russian border portion was demarcated.",
    "The 50 km Kazakh–Chinese border corridor was opened.",
]


@pytest.mark.parametrize("text", BORDER_NOUN_COMPOUNDS)
def test_a_border_noun_qualifying_another_gives_no_length(text):
    assert not {t for t in facts(text) if t[1] == "lengthKm"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 418 km Kazakh–Kyrgyz border runs along mountains.", ("kaz", "kgz", "418")),
        ("The 7,644 km Kazakh–Russian border is the longest in the world.", ("kaz", "rus", "7644")),
        ("The 1,783-km Kazakh-Chinese border was demarcated in 2002.", ("chn", "kaz", "1783")),
    ],
)
def test_a_compound_border_keeps_its_length(text, expected):
    a, b, km = expected
    found = facts(text)
    assert (a, "sharesBorderWith", b) in found
    assert (f"border-{a}-{b}", "lengthKm", km) in found


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Kazakhstan urged Uzbekistan to reopen its 1,300 km border with Tajikistan.",
            ("kaz", "sharesBorderWith", "tjk"),
        ),
        (
            "Russia wants Kazakhstan to guard its 1,700 km border with China.",
            ("chn", "sharesBorderWith", "rus"),
        ),
        (
            "China asked Mongolia to open its 4,600 km border with Russia.",
            ("chn", "sharesBorderWith", "rus"),
        ),
        (
            "Kazakhstan told Kyrgyzstan to patrol its 1,000 km border with Tajikistan.",
            ("kaz", "sharesBorderWith", "tjk"),
        ),
        (
            "Iran pressed Turkmenistan to reopen its 990 km border with Afghanistan.",
            ("afg", "sharesBorderWith", "irn"),
        ),
        (
            "Kazakhstan urged Uzbekistan to reopen its border with Tajikistan.",
            ("kaz", "sharesBorderWith", "tjk"),
        ),
        (
            "Russia wants Kazakhstan to guard its border with China.",
            ("chn", "sharesBorderWith", "rus"),
        ),
        (
            "Turkey helped Georgia secure its border with Armenia.",
            ("arm", "sharesBorderWith", "tur"),
        ),
        (
            "Russia and China urged Mongolia to fortify its border with Kazakhstan.",
            ("kaz", "sharesBorderWith", "rus"),
        ),
        (
            "The EU asked Uzbekistan to demine its 1,100 km border with Tajikistan.",
            ("eu", "sharesBorderWith", "tjk"),
        ),
        (
            "Kazakhstan expects Russia to protect its border with Ukraine.",
            ("kaz", "sharesBorderWith", "ukr"),
        ),
    ],
)
def test_its_past_another_state_is_not_the_opening_states(text, wrong):
    found = facts(text)
    assert wrong not in found
    assert not {t for t in found if t[0] == f"border-{wrong[0]}-{wrong[2]}"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kazakhstan, patrolling its 1,200-km border with Kyrgyzstan, added posts.",
            ("kaz", "sharesBorderWith", "kgz"),
        ),
        (
            "Kazakhstan has fortified its 1,783 km border with China.",
            ("chn", "sharesBorderWith", "kaz"),
        ),
        (
            "Kazakhstan, unlike Uzbekistan, keeps its 2,300 km border with Kyrgyzstan open.",
            ("kaz", "sharesBorderWith", "kgz"),
        ),
        (
            "Kazakhstan urged Uzbekistan to reopen its 1,300 km border with Tajikistan.",
            ("tjk", "sharesBorderWith", "uzb"),
        ),
    ],
)
def test_its_is_the_nearest_states(text, expected):
    assert expected in facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Tokayev met Xi in Astana in China–Central Asia format talks.",
        "Leaders met in Astana in Russia–Central Asia summit.",
        "Talks in Tashkent in Japan—Central Asia dialogue continued.",
        "The summit in Samarkand in China–Central Asia format ended.",
        "Ministers met in Dushanbe in India–Central Asia dialogue.",
        "Officials met in Astana in Korea–Central Asia cooperation forum.",
        "Investors met in Almaty in US–Kazakhstan business talks.",
        "Leaders gathered in Almaty in EU–Central Asia ministerial format.",
        "Putin spoke in Bishkek in Russia-Kazakhstan forum sessions.",
        "Tokayev met Xi in Astana in Kazakhstan–China business council talks.",
    ],
)
def test_a_state_before_a_dash_places_no_city(text):
    assert not {t for t in facts(text) if t[1] == "locatedIn"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Almaty, in Kazakhstan, is large.", ("almaty", "locatedIn", "kaz")),
        ("Aktau in Kazakhstan and Baku in Azerbaijan are ports.", ("baku", "locatedIn", "aze")),
    ],
)
def test_a_city_in_a_state_closing_its_phrase(text, expected):
    assert expected in facts(text)
