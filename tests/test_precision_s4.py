"""Two precision bugs of session 4's rules, each stated in other wording with other entities
than the sentence that showed it, beside a plain sentence that keeps its fact.

1. ``borders-later-bracket-length``: in "A borders B (n km), and C (m km) borders D" the later
   bracketed C opens a clause of its own (its own verb after the bracket): C is no neighbour
   of A, and m km is no A-C border (the rule's ``not_before``).
2. ``state-trade-with``: a figure named as a target, goal or aim ("fell short of the $N target",
   "a goal of $N", "the aim of $N") is no trade figure (data/hedges.jsonl: "aim" in
   hedge-future's span words beside "target" and "goal"; hedge-target-next for the noun right
   after the figure).
"""

from __future__ import annotations

import pytest


def _border(a: str, b: str, km: str) -> tuple:
    props = {"kz:borderState": sorted([a, b]), "kz:lengthKm": [(km, "xsd:decimal")]}
    return ("node", "kz:Border", props)


def _trade(a: str, b: str, amount: str, year: str | None = None) -> tuple:
    props = {
        "kz:amount": [(amount, "xsd:decimal")],
        "kz:currency": [("USD", "xsd:string")],
        "kz:tradeParty": sorted([a, b]),
    }
    if year:
        props["kz:year"] = [(year, "xsd:gYear")]
    return ("node", "kz:TradeFigure", props)


def _shares(a: str, b: str) -> tuple:
    return ("triple", a, "kz:sharesBorderWith", b)


# A later bracketed state followed by its own verb: the first subject's border with it is gone.
LATER_CLAUSE = [
    (
        "Uzbekistan borders Kazakhstan (2,330 km), and Tajikistan (1,161 km) borders Afghanistan.",
        "uzb",
        "tjk",
    ),
    (
        "Turkmenistan borders Iran (1,148 km), and Afghanistan (804 km) also borders Pakistan.",
        "tkm",
        "afg",
    ),
    (
        "Kyrgyzstan bordered China (1,063 km), and Tajikistan (1,161 km) shares a border with "
        "Afghanistan.",
        "kgz",
        "tjk",
    ),
]


@pytest.mark.parametrize(("sentence", "first", "later"), LATER_CLAUSE)
def test_a_later_bracketed_state_with_a_verb_of_its_own_is_no_neighbour(
    sentence, first, later, facts
):
    found = facts(sentence)
    assert _shares(first, later) not in found and _shares(later, first) not in found
    pair = sorted([first, later])
    assert not [f for f in found if f[1] == "kz:Border" and f[2]["kz:borderState"] == pair]


def test_the_first_bracketed_neighbour_keeps_its_border(facts):
    found = facts(
        "Uzbekistan borders Kazakhstan (2,330 km), and Tajikistan (1,161 km) borders Afghanistan."
    )
    assert _border("uzb", "kaz", "2330") in found and _shares("uzb", "kaz") in found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Turkmenistan borders Iran (1,148 km) and Afghanistan (804 km).",
            [_border("tkm", "irn", "1148"), _border("tkm", "afg", "804")],
        ),
        (
            "Uzbekistan borders Kazakhstan (2,330 km), Kyrgyzstan (1,314 km) and Tajikistan "
            "(1,161 km).",
            [
                _border("uzb", "kaz", "2330"),
                _border("uzb", "kgz", "1314"),
                _border("uzb", "tjk", "1161"),
            ],
        ),
    ],
)
def test_a_bracketed_list_still_gives_every_border(sentence, expected, facts):
    found = facts(sentence)
    for fact in expected:
        assert fact in found


TARGETS = [
    "Kyrgyzstan's trade with Turkey fell short of the $1 billion target.",
    "Kyrgyzstan's trade with Turkey fell short of the $1 billion aim.",
    "Kyrgyzstan's trade with Turkey stayed below a goal of $1 billion in 2022.",
    "Tajikistan's trade with Iran fell short of a target of $500 million.",
    "Tajikistan's trade with Iran reached the aim of $500 million.",
]


@pytest.mark.parametrize("sentence", TARGETS)
def test_a_target_goal_or_aim_is_no_trade_figure(sentence, facts):
    assert facts(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Kyrgyzstan's trade with Turkey reached $1 billion in 2022.",
            [_trade("kgz", "tur", "1000000000", "2022")],
        ),
        (
            "In 2021, Tajikistan's trade with Iran totalled $400 million.",
            [_trade("tjk", "irn", "400000000", "2021")],
        ),
        # the figure reached stays; the target after it gives nothing
        (
            "Tajikistan's trade with Iran was $400 million, short of the $1 billion goal.",
            [_trade("tjk", "irn", "400000000")],
        ),
    ],
)
def test_a_trade_figure_reached_is_kept(sentence, expected, facts):
    assert facts(sentence) == expected
