"""Borders read from lists and gapped second borders, capitals set off by commas (brief REC17D,
session 17).

"A shares a L1 border with B and a [far longer|L2] one with C", "A shares a L1 border with B, and
C a L2 one with D", "A borders B (L km), C, D and E" and a bracketed length's state after ", and"
in such a list ("B (L1) to the north, C (L2) to the east, and D (L3), E (L4) and F (L5)"): each
state shares a border with the subject. Look-alikes: "a planned|disputed one", "a trade agreement
with", "a pipeline with", negations, questions, other speakers' claims, a list that is a clause's
subject, states after ", and" that a verb or a noun governs give nothing more.

"S, [which ... and] whose capital [city], C, ...", ", and its capital, C," (the state the sentence
opened with, alone), "C, which has been S's capital [since D]" and "C, S's capital since D.":
C is S's capital. Look-alikes: "whose former capital", "whose capital, C, was ...", "which had
been", "largest city", two states before "its", questions and claims give nothing.

"S's then-president, P", "P, the then-president of S," and "P, who was then the President of S":
P is S's head of state (the office held at the time told). Look-alikes: "then vice-president",
"then-prime minister", "president-elect", "presidential candidate", claims give nothing.
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


CAPITAL = "capitalOf"


def capitals(text: str) -> set[tuple[str, str, str]]:
    return {t for t in assertion_triples(text, stem="rec17d") if t[1] == CAPITAL}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I was also accredited to Argentina, whose capital, Buenos Aires, lies more than"
            " 2,300 km from Brasília.",
            {("buenos-aires", CAPITAL, "arg")},
        ),
        (
            "Ethiopia, which shares an 867-kilometre border with Kenya and whose capital, Addis"
            " Ababa, hosts the African Union, joined BRICS.",
            {("addis-ababa", CAPITAL, "eth")},
        ),
        (
            "Kazakhstan, whose capital city, Astana, lies in the north, joined the UN.",
            {("astana", CAPITAL, "kaz")},
        ),
        (
            "Kazakhstan has been a member of the World Bank since July 1992, and its capital,"
            " Astana, hosts the Bank's regional office.",
            {("astana", CAPITAL, "kaz")},
        ),
        (
            "The U.S. Embassy moved in 2006 to Astana, which has been Kazakhstan's capital since"
            " 1997.",
            {("astana", CAPITAL, "kaz")},
        ),
        (
            "Both languages were heard at the ceremony in Astana, Kazakhstan's capital since 1997.",
            {("astana", CAPITAL, "kaz")},
        ),
    ],
)
def test_capitals_found(text, expected):
    assert capitals(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan, whose former capital, Almaty, remains its largest city, joined the UN.",
        "Kazakhstan, whose capital, Almaty, was moved to Astana in 1997, joined the UN.",
        "Almaty, which had been Kazakhstan's capital until 1997, is the largest city.",
        "Almaty, which has been Kazakhstan's largest city since 1997, is green.",
        "Kazakhstan has close ties with Turkey, and its capital, Ankara, hosts an embassy.",
        "Russia and Kazakhstan are partners, and its capital, Astana, hosts the forum.",
        "Kazakhstan, whose largest city, Almaty, lies in the south, joined the UN.",
        "Almaty, Kazakhstan's former capital since 1997.",
        "Is Almaty, which is Kazakhstan's capital, the largest city?",
        "Critics claim that Almaty, which is Kazakhstan's capital, is too big.",
    ],
)
def test_capital_look_alikes_give_nothing(text):
    assert capitals(text) == set()


HEAD = "headOfStateOf"


def heads(text: str) -> set[tuple[str, str, str]]:
    return {t for t in assertion_triples(text, stem="rec17d") if t[1] == HEAD}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nursultan Nazarbayev, who was then the President of Kazakhstan, invited the leaders"
            " of the other republics to Alma-Ata.",
            {("nursultan-nazarbayev", HEAD, "kaz")},
        ),
        (
            "Mongolia's then-president, Tsakhiagiin Elbegdorj, launched the Ulaanbaatar Dialogue"
            " in 2013.",
            {("tsakhiagiin-elbegdorj", HEAD, "mng")},
        ),
        (
            "The Games were the idea of Almazbek Atambayev, the then-president of Kyrgyzstan, back"
            " in 2012.",
            {("almazbek-atambayev", HEAD, "kgz")},
        ),
    ],
)
def test_heads_of_state_found(text, expected):
    assert heads(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mongolia's then-vice-president, Tsakhiagiin Elbegdorj, launched the Dialogue in 2013.",
        "Mongolia's then-prime minister, Tsakhiagiin Elbegdorj, launched the Dialogue in 2013.",
        "Mongolia's then-president-elect, Tsakhiagiin Elbegdorj, launched the Dialogue in 2013.",
        "Mongolia's then presidential candidate, Tsakhiagiin Elbegdorj, launched the Dialogue.",
        "Almazbek Atambayev, the then-prime minister of Kyrgyzstan, spoke in 2012.",
        "Almazbek Atambayev, the then-vice-president of Kyrgyzstan, spoke in 2012.",
        "Almazbek Atambayev, who was then the prime minister of Kyrgyzstan, spoke in 2012.",
        "Almazbek Atambayev, who was then a presidential candidate in Kyrgyzstan, spoke in 2012.",
        "Critics claim that Almazbek Atambayev, who was then the President of Kyrgyzstan, lied.",
        "Almazbek Atambayev met Sooronbay Jeenbekov, the then-president-elect of Kyrgyzstan.",
    ],
)
def test_head_of_state_look_alikes_give_nothing(text):
    assert heads(text) == set()
