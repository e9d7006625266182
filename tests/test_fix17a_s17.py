"""Review findings 1, 3, 4, 5 and 6 of session 17 on REC17D's borders and capitals (FIX17A).

1, 4: a verb (lexicon border-clause-verbs) up to three words after a listed state's bracketed
length, or after the list, makes that state the subject of a clause of its own: "A borders B
(L1), and C (L2) meanwhile borders D", "A borders B (L), C and D border E" give no border of A
with C or D. 3: the gap between "a border with B" and "and a L one with C" holds no actor ("A
has a border with B, C one with D and a L one with E": E is C's). 5: ", and its capital, C," is
not the opening state's when a region stands before "its". 6: "S, whose capital, C, lost|ceased|
gave ... " (lexicon capital-lost-verbs) is a capital no longer.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples

BORDER = "sharesBorderWith"
CAPITAL = "capitalOf"


def facts_of(text: str, prop: str) -> set[tuple[str, str, str]]:
    return {t for t in assertion_triples(text, stem="fix17a") if t[1] == prop}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # finding 1
        (
            "Turkmenistan borders Iran (1,148 km), and Afghanistan (804 km) meanwhile borders"
            " Pakistan.",
            {("tkm", BORDER, "irn")},
        ),
        (
            "Turkmenistan borders Iran (1,148 km), and Afghanistan (804 km) in turn borders"
            " Pakistan.",
            {("tkm", BORDER, "irn")},
        ),
        (
            "Turkmenistan borders Iran (1,148 km), and Afghanistan (804 km) likewise borders"
            " Pakistan.",
            {("tkm", BORDER, "irn")},
        ),
        (
            "Turkmenistan borders Iran (1,148 km), and Afghanistan (804 km) further borders"
            " Pakistan.",
            {("tkm", BORDER, "irn")},
        ),
        (
            "Turkmenistan borders Iran (1,148 km), and Afghanistan (804 km) in the south borders"
            " Pakistan.",
            {("tkm", BORDER, "irn")},
        ),
        (
            "Turkmenistan borders Iran (1,148 km), and Afghanistan (804 km) to the south borders"
            " Pakistan.",
            {("tkm", BORDER, "irn")},
        ),
        (
            "Turkmenistan borders Iran (1,148 km), and Afghanistan (804 km) itself shares a border"
            " with Pakistan.",
            {("tkm", BORDER, "irn"), ("afg", BORDER, "pak")},
        ),
        (
            "Turkmenistan borders Iran (1,148 km), Uzbekistan (1,793 km), and Afghanistan (804"
            " km).",
            {("tkm", BORDER, "irn"), ("tkm", BORDER, "uzb"), ("tkm", BORDER, "afg")},
        ),
        (
            "Turkmenistan borders Iran (1,148 km) to the south, and Afghanistan (804 km).",
            {("tkm", BORDER, "irn"), ("tkm", BORDER, "afg")},
        ),
        # finding 3
        (
            "Kazakhstan has a border with Russia, Uzbekistan one with Afghanistan and a 1,161 km"
            " one with Tajikistan.",
            {("kaz", BORDER, "rus")},
        ),
        (
            "Kazakhstan has a border with Russia, which has one with Norway and a 1,340 km one"
            " with Finland.",
            {("kaz", BORDER, "rus")},
        ),
        (
            "Kazakhstan has a border with Russia, Mongolia one with China and a longer one with"
            " Russia.",
            {("kaz", BORDER, "rus")},
        ),
        (
            "Kazakhstan has a border with Russia, which shares one with Norway and a 1,340 km one"
            " with Finland.",
            {("kaz", BORDER, "rus")},
        ),
        (
            "Kazakhstan has a border with Russia, Tokayev said, and a far longer one with China.",
            {("kaz", BORDER, "rus")},
        ),
        (
            "Kazakhstan has a border with Russia, Uzbekistan a short one with Afghanistan and a"
            " 1,161 km one with Tajikistan.",
            {("kaz", BORDER, "rus")},
        ),
        (
            "Kazakhstan shares a 7,644 km border with Russia to the north and a far longer one"
            " with China.",
            {("kaz", BORDER, "rus"), ("kaz", BORDER, "chn")},
        ),
        (
            "Kazakhstan shares a 7,644 km border with Russia in the north and a 1,765 km one with"
            " China.",
            {("kaz", BORDER, "rus"), ("kaz", BORDER, "chn")},
        ),
        (
            "Argentina shares a 1,261-kilometre border with Brazil and a far longer one with"
            " Chile.",
            {("arg", BORDER, "bra"), ("arg", BORDER, "chl")},
        ),
        # finding 4
        (
            "Kazakhstan borders Russia (7,644 km), Georgia and Armenia border Turkey.",
            {("kaz", BORDER, "rus")},
        ),
        (
            "Kazakhstan borders Russia (7,644 km), Georgia and Armenia share a border with Turkey.",
            {("kaz", BORDER, "rus"), ("geo", BORDER, "tur"), ("arm", BORDER, "tur")},
        ),
        (
            "Kazakhstan borders Russia (7,644 km), Georgia and Armenia lie south of Russia.",
            {("kaz", BORDER, "rus")},
        ),
        (
            "Kazakhstan borders Russia (7,644 km), Georgia and Armenia bordered Turkey.",
            {("kaz", BORDER, "rus")},
        ),
        (
            "Kazakhstan borders Russia (7,644 km), Georgia and Armenia both border Turkey.",
            {("kaz", BORDER, "rus")},
        ),
        (
            "Kazakhstan borders Russia (7,644 km), Georgia and Armenia also border Turkey.",
            {("kaz", BORDER, "rus")},
        ),
        (
            "Kazakhstan borders Russia (7,644 km), Georgia and Armenia meanwhile border Turkey.",
            {("kaz", BORDER, "rus")},
        ),
        (
            "Kazakhstan borders Russia (7,644 km), China, Kyrgyzstan and Uzbekistan.",
            {
                ("kaz", BORDER, "rus"),
                ("kaz", BORDER, "chn"),
                ("kaz", BORDER, "kgz"),
                ("kaz", BORDER, "uzb"),
            },
        ),
    ],
)
def test_borders(text, expected):
    assert facts_of(text, BORDER) == expected


@pytest.mark.parametrize(
    "text",
    [
        # finding 5
        "Kazakhstan invested in the Akmola Region, and its capital, Kokshetau, received new roads.",
        "Kazakhstan invested in the Karaganda Region, and its capital, Karaganda, received new"
        " roads.",
        "Kazakhstan invested in Akmola Region, and its capital, Kokshetau, received new roads.",
        "Kazakhstan built a plant in Pavlodar Region, and its capital, Pavlodar, grew.",
        "Kazakhstan built a plant in the Mangystau Region, and its capital, Aktau, grew.",
        "Kazakhstan funds the Karaganda Region, and its capital, Karaganda, hosts the plant.",
        # finding 6
        "Kazakhstan, whose capital, Almaty, lost that status in 1997, grew.",
        "Kazakhstan, whose capital, Almaty, ceased to be the capital in 1997, grew.",
        "Kazakhstan, whose capital, Almaty, gave way to Astana in 1997, grew.",
        "Kazakhstan, whose capital, Almaty, yielded its status to Astana in 1997, grew.",
        "Kazakhstan, whose capital, Almaty, lost its status in 1997, grew.",
        "Kazakhstan, whose capital, Almaty, ceded that role to Astana, grew.",
        "Kazakhstan, whose capital, Almaty, relinquished the title in 1997, grew.",
        "Kazakhstan, whose capital, Almaty, stopped being the capital in 1997, grew.",
        "Kazakhstan, whose capital, Almaty, handed over the role in 1997, grew.",
    ],
)
def test_capitals_no_longer_or_of_a_region_give_nothing(text):
    assert facts_of(text, CAPITAL) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kazakhstan joined the UN in 1992, and its capital, Astana, hosts a UN office.",
            {("astana", CAPITAL, "kaz")},
        ),
        (
            "Kazakhstan has been a member of the World Bank since July 1992, and its capital,"
            " Astana, hosts an office.",
            {("astana", CAPITAL, "kaz")},
        ),
        (
            "Kazakhstan, whose capital city, Astana, lies in the north, joined the UN.",
            {("astana", CAPITAL, "kaz")},
        ),
        (
            "Kazakhstan, whose capital, Astana, hosts the embassy, joined the UN.",
            {("astana", CAPITAL, "kaz")},
        ),
    ],
)
def test_capitals_found(text, expected):
    assert facts_of(text, CAPITAL) == expected
