"""Borders read from lists and gapped second borders (brief REC17D, session 17).

"A shares a L1 border with B and a [far longer|L2] one with C", "A shares a L1 border with B, and
C a L2 one with D", "A borders B (L km), C, D and E" and a bracketed length's state after ", and"
in such a list ("B (L1) to the north, C (L2) to the east, and D (L3), E (L4) and F (L5)"): each
state shares a border with the subject. Look-alikes: "a planned|disputed one", "a trade agreement
with", "a pipeline with", negations, questions, other speakers' claims, a list that is a clause's
subject, states after ", and" that a verb or a noun governs give nothing more.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples

BORDER = "sharesBorderWith"


def borders(text: str) -> set[tuple[str, str, str]]:
    return {t for t in assertion_triples(text, stem="rec17d") if t[1] == BORDER}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Argentina shares a 1,261-kilometre border with Brazil and a far longer one with"
            " Chile.",
            {("arg", BORDER, "bra"), ("arg", BORDER, "chl")},
        ),
        (
            "Landlocked Mongolia shares a 3485km border with Russia to the north and a 4677km one"
            " with China to the south and east.",
            {("mng", BORDER, "rus"), ("mng", BORDER, "chn")},
        ),
        (
            "Uzbekistan shares a 1,793-km border with Turkmenistan, and Kyrgyzstan a 1,314-km one"
            " with Uzbekistan.",
            {("uzb", BORDER, "tkm"), ("kgz", BORDER, "uzb")},
        ),
        (
            "Kazakhstan borders Russia (7,644 km), China, Kyrgyzstan, Uzbekistan and Turkmenistan,"
            " but no EU member state.",
            {("kaz", BORDER, s) for s in ("rus", "chn", "kgz", "uzb", "tkm")},
        ),
        (
            "The largest landlocked country, Kazakhstan borders Russia (7,644 km) to the north,"
            " China (1,765 km) to the east, and Kyrgyzstan (1,212 km), Uzbekistan (2,330 km) and"
            " Turkmenistan (413 km) to the south.",
            {("kaz", BORDER, s) for s in ("rus", "chn", "kgz", "uzb", "tkm")},
        ),
    ],
)
def test_borders_found(text, expected):
    assert borders(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Argentina shares a 1,261-kilometre border with Brazil and a planned one with Chile.",
            {("arg", BORDER, "bra")},
        ),
        (
            "Argentina shares a 1,261-kilometre border with Brazil and a disputed one with Chile.",
            {("arg", BORDER, "bra")},
        ),
        (
            "Argentina shares a 1,261-kilometre border with Brazil and a trade agreement with"
            " Chile.",
            {("arg", BORDER, "bra")},
        ),
        (
            "Argentina shares a 1,261-kilometre border with Brazil and no border with Chile.",
            {("arg", BORDER, "bra")},
        ),
        ("Argentina does not share a border with Brazil and a longer one with Chile.", set()),
        (
            "Argentina would share a border with Brazil and a longer one with Chile if the treaty"
            " passed.",
            set(),
        ),
        (
            "Argentina shares a long border with Brazil and signed a longer one with Chile.",
            {("arg", BORDER, "bra")},
        ),
        ("Critics claim Argentina shares a border with Brazil and a longer one with Chile.", set()),
        ("Does Argentina share a border with Brazil and a longer one with Chile?", set()),
        (
            "Uzbekistan shares a 1,793-km border with Turkmenistan, and Kyrgyzstan a 1,314-km"
            " pipeline with Uzbekistan.",
            {("uzb", BORDER, "tkm")},
        ),
        (
            "Uzbekistan shares a border with Turkmenistan, and Kyrgyzstan a railway line with"
            " Uzbekistan.",
            {("uzb", BORDER, "tkm")},
        ),
        (
            "Kazakhstan borders Russia (7,644 km), China and Mongolia are not its neighbours.",
            {("kaz", BORDER, "rus")},
        ),
        (
            "Kazakhstan borders Russia (7,644 km), China and Mongolia have long borders too.",
            {("kaz", BORDER, "rus")},
        ),
        (
            "Kazakhstan borders Russia (7,644 km), while China and Mongolia lie further east.",
            {("kaz", BORDER, "rus")},
        ),
        (
            "Kazakhstan borders Russia (7,644 km), and China and Mongolia trade with it.",
            {("kaz", BORDER, "rus")},
        ),
        (
            "Kazakhstan borders Russia (7,644 km), but not China or Mongolia.",
            {("kaz", BORDER, "rus")},
        ),
        (
            "Kazakhstan borders Russia (7,644 km), the United States and Canada are far away.",
            {("kaz", BORDER, "rus")},
        ),
        ("Kazakhstan does not border Russia (7,644 km), China and Mongolia.", set()),
        (
            "Kazakhstan borders Russia (7,644 km) to the north, and its trade with China (1,765"
            " km) grows.",
            {("kaz", BORDER, "rus")},
        ),
        (
            "Kazakhstan borders Russia (7,644 km) to the north, and Mongolia (3,485 km) borders"
            " China (4,677 km).",
            {("kaz", BORDER, "rus")},
        ),
        (
            "Kazakhstan borders Russia (7,644 km) to the north, and flights to China (300 km) and"
            " Mongolia (400 km) leave daily.",
            {("kaz", BORDER, "rus")},
        ),
        (
            "Kazakhstan borders Russia (7,644 km), China's Xinjiang and Mongolia's west.",
            {("kaz", BORDER, "rus")},
        ),
    ],
)
def test_look_alikes_give_nothing_more(text, expected):
    assert borders(text) == expected
