"""REVIEW15's findings on REC15D, mended (brief FIX15B).

A trade figure still to come or missed is no figure: "trade between A and B is set|due|poised to
climb to (a record) M", "aims at M", "is likely to grow to M", "fell short of M" (hedges
hedge-future-phrases; the rules' gap reads those words). "set a record of M" is a figure.
"""

from __future__ import annotations

import pytest

TRADE = "kz:TradeFigure"


def nodes(facts, text: str, cls: str) -> list[dict]:
    """The ``cls`` nodes of ``text`` as {property: sorted values}."""
    return [
        {prop: sorted(values) for prop, values in fact[2].items()}
        for fact in facts(text)
        if fact[0] == "node" and fact[1] == cls
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Trade between Kazakhstan and China is set to climb to a record $50 billion.",
        "Trade between Kazakhstan and China aims at a record $50 billion by 2030.",
        "Trade between Kazakhstan and China fell short of a record $50 billion.",
        "Trade between Kazakhstan and China is set to climb to $50 billion.",
        "Kazakhstan-China trade aims at $50 billion.",
        "Trade between Kazakhstan and China is likely to grow to a record $50 billion.",
        "Trade between Kazakhstan and China fell well short of $50 billion.",
        "Trade between Kazakhstan and China is due to climb to $50 billion.",
        "Trade between Kazakhstan and China is poised to rise to a record $50 billion.",
        "Trade between Kazakhstan and China is aiming for $50 billion.",
        "Trade between Kazakhstan and China is unlikely to reach $50 billion.",
        "Kazakhstan-China trade is set to reach $50 billion.",
        "Trade between Kazakhstan and China is projected to rise to $50 billion in 2030.",
        "Trade between Kazakhstan and China will grow to $50 billion.",
    ],
)
def test_trade_to_come_or_missed_gives_nothing(facts, text):
    assert not nodes(facts, text, TRADE)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Trade between Kazakhstan and China reached a record $41 billion in 2023.", "41000000000"),
        ("Trade between Kazakhstan and China set a record of $41 billion in 2023.", "41000000000"),
        ("Trade between Kazakhstan and China rose by 20% to $41 billion in 2023.", "41000000000"),
        ("Kazakhstan-China trade in 2023 amounted to $41 billion.", "41000000000"),
    ],
)
def test_trade_reached_found(facts, text, amount):
    assert [n["kz:amount"][0][0] for n in nodes(facts, text, TRADE)] == [amount]
