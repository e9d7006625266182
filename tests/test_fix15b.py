"""REVIEW15's findings on REC15D, mended (brief FIX15B).

A trade figure still to come or missed is no figure: "trade between A and B is set|due|poised to
climb to (a record) M", "aims at M", "is likely to grow to M", "fell short of M" (hedges
hedge-future-phrases; the rules' gap reads those words). "set a record of M" is a figure.

A story's header date dates the days without a year it tells only when the date follows a
header cue (a comma after a place or source, "updated", "published", "posted", a weekday, a
byline's "·") or opens its line before a time of day (mentions.written_on): a lone date line (a
chronology's heading) or a headline's date ("X and Y sign pact on D", "Looking back at D")
dates nothing.

A subject that denies a recalling, by itself or by a word that qualifies it ("Nobody remembers",
"Few people remember"), gives no visit (nominal._denied).
"""

from __future__ import annotations

import pytest

TRADE = "kz:TradeFigure"
MEMBERSHIP = "kz:Membership"


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


UN_JOINED = "On 2 March, Kazakhstan joined the United Nations."


@pytest.mark.parametrize(
    "header",
    [
        "Looking back at 21 December 1991",
        "16 December 1991\nKazakhstan declared independence.",
        "Kazakhstan and China sign pact on 5 March 2019",
        "Remembering 10 May 2010",
        "The day of 1 June 2001",
        "Why 25 December 1991 mattered",
        "Timeline: 1 January 2020",
        "From 8 December 1991",
        "Summit opens in Astana on 3 July 2024",
        "After 16 December 1991",
        "Before 21 December 1991",
        "12 December 2025",
    ],
)
def test_headline_or_lone_date_dates_nothing(facts, header):
    found = nodes(facts, f"{header}\n{UN_JOINED}", MEMBERSHIP)
    assert found
    assert not [n for n in found if "kz:startDate" in n]


@pytest.mark.parametrize(
    ("header", "date"),
    [
        ("Astana, 4 July 2024", "2024-03-02"),
        ("Updated 9 August 2024, 16:10", "2024-03-02"),
        ("By Dana Abenova · 18 September 2023", "2023-03-02"),
        ("Friday 7 October 2022", "2022-03-02"),
        ("Published 11 March 2025, 06:00", "2025-03-02"),
        ("November 27, 2024, 15:20, Astana", "2024-03-02"),
    ],
)
def test_cued_header_dates_the_day(facts, header, date):
    found = nodes(facts, f"{header}\n{UN_JOINED}", MEMBERSHIP)
    assert [n["kz:startDate"] for n in found] == [[(date, "xsd:date")]]


VISIT = "kz:StateVisit"


@pytest.mark.parametrize(
    "text",
    [
        "Nobody remembers Xi Jinping's state visit to Astana in 2019.",
        "Few people remember the state visit of Xi Jinping to Astana in 2019.",
        "No officials recall the state visit of Xi Jinping to Astana in 2019.",
        "Few diplomats remember Xi Jinping's state visit to Astana in 2019.",
        "No one remembers the state visit of Xi Jinping to Astana in 2019.",
        "Few Kazakhs recalled the state visit of Xi Jinping to Astana in 2019.",
        "Nobody recalled the official visit of Xi Jinping to Astana in 2019.",
        "No diplomat remembered Xi Jinping's state visit to Astana in 2019.",
        "None of the ministers recalled Xi Jinping's state visit to Astana in 2019.",
        "Very few people remember the state visit of Xi Jinping to Astana in 2019.",
    ],
)
def test_denying_subject_gives_no_visit(facts, text):
    """A subject that denies the recalling, by itself or by a word that qualifies it ("few"
    hangs on "people" as an adjective), gives no visit (nominal._denied)."""
    assert not nodes(facts, text, VISIT)


def test_plain_subject_recalls_the_visit(facts):
    found = nodes(
        facts, "Many people remember the state visit of Xi Jinping to Astana in 2019.", VISIT
    )
    assert [n["kz:visitor"] for n in found] == [["xi-jinping"]]


XI_VISIT = "the state visit of Xi Jinping to Astana"


@pytest.mark.parametrize(
    "text",
    [
        f"The sides recalled {XI_VISIT} at a press conference in Beijing on 3 May 2024.",
        "Tokayev recalled Kazakhstan's accession to the WTO at a forum in Geneva in 2024.",
        f"The sides recalled {XI_VISIT} during talks in Beijing on 3 May 2024.",
        f"The sides recalled {XI_VISIT} in a speech in Beijing on 3 May 2024.",
        f"Tokayev recalled {XI_VISIT} in his address to the Senate on 3 May 2024.",
        f"The ministers recalled {XI_VISIT} at a meeting in Moscow in 2024.",
        f"The sides recalled {XI_VISIT} in Beijing on 3 May 2024.",
        f"Tokayev recalled {XI_VISIT} at the SCO summit in Astana on 4 July 2024.",
        f"The ministers remembered {XI_VISIT} over dinner in Beijing in 2024.",
        f"The sides recalled {XI_VISIT} with gratitude at the talks in Beijing on 3 May 2024.",
        f"Tokayev recalled {XI_VISIT} on the sidelines of the forum in Beijing on 3 May 2024.",
    ],
)
def test_recalling_occasion_dates_nothing(facts, text):
    """A preposition after a recalled object that no slot reads ("at a press conference",
    "during talks", "in a speech", "over dinner") is the recalling's occasion: the date after
    it is the recalling's, and the object's event is left undated, so no visit or membership
    (REVIEW15 finding 6, mended on main by FIX15A's nominal._recalling; kept here as its
    reviewer's probes)."""
    found = facts(text)
    assert not [f for f in found if f[0] == "node" and f[1] in (VISIT, MEMBERSHIP)]
