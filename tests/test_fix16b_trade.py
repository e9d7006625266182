"""A change of trade is no total of it (brief FIX16B).

Since a sentence naming no entity but a sum is read, "Bilateral trade rose by $1 billion in 2023"
after the pair's sentence reached the rules whose gap let any words stand between the verb and
the sum: the change was read as the year's total. The sum must now follow a total verb
("reached", "totalled", "was", "hit", "was worth", "a record") or "to|at" after a verb of
change ("rose [by N%] to M", "stood at M", "was estimated at M"): "rose|fell|grew [by] M", "was
up|down M" and "M more|less than" give nothing. Look-alikes naming no pair of their own (an
investment, a project's cost, exports, a total of foreign trade, a target, a quoted hope) after a
sentence naming a pair, an organisation or a state give no figure.
"""

from __future__ import annotations

import pytest
from fact_cases import nodes_of

PAIR = "Kazakhstan and China are close partners. "
UNION = "Kazakhstan joined the Eurasian Economic Union in 2015. "
STATE = "Kazakhstan is a state in Central Asia. "


def _figures(facts, text: str) -> list[dict]:
    found = facts(text, "Kazakhstan")
    return [
        node
        for cls in ("kz:TradeFigure", "kz:InvestmentFigure", "kz:CountFigure")
        for node in nodes_of(found, cls)
    ]


def _amounts(facts, text: str) -> set:
    return {node["kz:amount"][0][0] for node in _figures(facts, text) if "kz:amount" in node}


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (PAIR + "Bilateral trade grew 20% to $41 billion in 2023.", "41000000000"),
        (PAIR + "Bilateral trade jumped by 15% to $20 billion in 2023.", "20000000000"),
        (PAIR + "Bilateral trade grew by 12 per cent to $21 billion in 2023.", "21000000000"),
        (PAIR + "Bilateral trade reached $20 billion in 2023.", "20000000000"),
        (PAIR + "Bilateral trade reached a record $22 billion in 2023.", "22000000000"),
        (PAIR + "Bilateral trade rose to $22 billion in 2023.", "22000000000"),
        (PAIR + "Bilateral trade has grown to $21 billion in 2023.", "21000000000"),
        (PAIR + "Bilateral trade was estimated at $21 billion in 2023.", "21000000000"),
        (PAIR + "Bilateral trade stood at about $21 billion in 2023.", "21000000000"),
        (PAIR + "In 2023 mutual trade amounted to $21 billion.", "21000000000"),
        ("Kazakhstan and China: bilateral trade rose to $21 billion in 2023.", "21000000000"),
        (
            "Kazakhstan and China discussed bilateral trade, which rose to $21 billion in 2023.",
            "21000000000",
        ),
        ("Kazakhstan and China's trade rose to $21 billion in 2023.", "21000000000"),
        ("Our trade with China rose by 10% to $21 billion in 2023.", "21000000000"),
        (
            "Kazakhstan's trade with Sweden reached $518 million in 2023, and trade with Finland"
            " rose to $390 million in 2023.",
            "390000000",
        ),
        ("Trade between Kazakhstan and China rose by 20% to $41 billion in 2023.", "41000000000"),
    ],
)
def test_total_after_a_total_verb_or_to(facts, text, amount):
    assert _amounts(facts, text) >= {amount}


@pytest.mark.parametrize(
    ("text", "change"),
    [
        (PAIR + "Bilateral trade rose by $1 billion in 2023.", "1000000000"),
        (PAIR + "Bilateral trade fell by $2 billion in 2022.", "2000000000"),
        (PAIR + "Bilateral trade rose $3 billion in 2023.", "3000000000"),
        (PAIR + "Bilateral trade increased by $2 billion in 2023.", "2000000000"),
        (PAIR + "Bilateral trade was up $2 billion in 2023.", "2000000000"),
        (PAIR + "Bilateral trade was down by $2 billion in 2023.", "2000000000"),
        (PAIR + "Bilateral trade rose by about $1 billion in 2023.", "1000000000"),
        (PAIR + "Bilateral trade was $2 billion more than in 2022.", "2000000000"),
        (PAIR + "Bilateral trade was $2 billion lower than in 2022.", "2000000000"),
        (PAIR + "Bilateral trade declined $500 million in 2022.", "500000000"),
        (PAIR + "Mutual trade climbed $1 billion in 2023.", "1000000000"),
        (PAIR + "Bilateral trade grew $2 billion, to $22 billion, in 2023.", "2000000000"),
        (
            PAIR + "Bilateral trade fell from $22 billion in 2022 to $20 billion in 2023.",
            "22000000000",
        ),
        (PAIR + "In 2023 bilateral trade grew by $4 billion.", "4000000000"),
        (PAIR + "In 2023 mutual trade rose by $1 billion.", "1000000000"),
        (PAIR + "Two-way trade rose by $1 billion in 2023.", "1000000000"),
        (PAIR + "Our bilateral trade grew by $1 billion in 2023.", "1000000000"),
        ("Kazakhstan and China: bilateral trade rose by $1 billion in 2023.", "1000000000"),
        (
            "Kazakhstan and China discussed bilateral trade, which rose by $1 billion in 2023.",
            "1000000000",
        ),
        ("Kazakhstan and China's trade rose by $1 billion in 2023.", "1000000000"),
        ("Kazakhstan's trade with China in 2023 rose by $1 billion.", "1000000000"),
        ("Our trade with China rose $1 billion in 2023.", "1000000000"),
        (
            "Kazakhstan's trade with Sweden reached $518 million in 2023, and trade with Finland"
            " rose by $39 million in 2023.",
            "39000000",
        ),
        ("Trade between Kazakhstan and China rose by $1 billion in 2023.", "1000000000"),
        ("Kazakhstan-China trade rose by $1 billion in 2023.", "1000000000"),
    ],
)
def test_change_is_no_total(facts, text, change):
    assert change not in _amounts(facts, text)


@pytest.mark.parametrize(
    "text",
    [
        PAIR + "Investment reached $5 billion in 2023.",
        PAIR + "Investment totalled $5 billion in 2023.",
        PAIR + "The project cost $4 billion.",
        PAIR + "The deal is worth $2 billion.",
        PAIR + "The fund has $5 billion in assets.",
        PAIR + "Exports rose to $3 billion in 2023.",
        PAIR + "Imports reached $3 billion in 2023.",
        PAIR + "Kazakhstan's exports rose to $3 billion in 2023.",
        UNION + "Imports from the bloc totalled $1bn in 2023.",
        UNION + "Trade with the bloc totalled $1bn in 2023.",
        UNION + "Trade within the union reached $80 billion in 2023.",
        UNION + "Its trade reached $80 billion in 2023.",
        PAIR + "Total foreign trade reached $140bn in 2023.",
        PAIR + "Foreign trade reached $140bn in 2023.",
        PAIR + "Trade reached $5 billion in 2023.",
        PAIR + "Turnover reached $5 billion in 2023.",
        PAIR + "Its trade reached $5 billion in 2023.",
        STATE + "It has 54,721 employees.",
        PAIR + "Trade turnover with third countries was $10bn in 2023.",
        PAIR + "Trade between them could reach $10bn.",
        PAIR + "Bilateral trade, officials hope, will reach $10bn in 2025.",
        PAIR + "Bilateral trade could grow to $30 billion by 2030.",
        PAIR + "Bilateral trade fell short of $10 billion in 2023.",
        PAIR + "Bilateral trade with Russia reached $25 billion in 2023.",
        PAIR + "Trade\n2023: $10bn",
        PAIR + '"Bilateral trade will reach $10 billion," the minister said.',
        PAIR + 'The minister said: "Bilateral trade should reach $10 billion by 2030."',
    ],
)
def test_sum_without_its_parties_gives_nothing(facts, text):
    assert not _figures(facts, text)
