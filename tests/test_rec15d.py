"""Visits recalled, days told without their year and record trade figures (brief REC15D).

"The sides recalled|We remember the (state) visit of X to C on D at the invitation of I": a verb
of recalling tells that its object's event took place, and the prepositions the parser hangs on
it after the object are the object's (nominal._recalling). "X, who arrived in C on D on a state
visit at the invitation of President I of S, ...": the inviter's state after the inviter. A day
without its year ("arrived on 11 June") in a story whose header gives the date it was written
("Last updated 12 June 2024", "Astana, 4 July 2024", a dateline) lies in that year, if it is
not after that date (mentions.written_on, values.find_values).

"Trade between A and B reached a record M in Y": the figure as "reached M".

Look-alikes give nothing: a planned, proposed, cancelled or denied visit recalled, a question,
a condition, a future "will recall", nobody remembering it, talks on a visit, a delegation's
or an envoy's visit; a day after the story's date, a story with no header date, a header that
is a sentence or a chronology line, a date line below the story's top; a record trade figure
that could, may or is expected to be reached, a planned one, a target, a question, a condition,
"a record high" with no figure, "more than a record M".
"""

from __future__ import annotations

import pytest

VISIT = "kz:StateVisit"


def nodes(facts, text: str, cls: str = VISIT) -> list[dict]:
    """The ``cls`` nodes of ``text`` as {property: sorted values}."""
    return [
        {prop: sorted(values) for prop, values in fact[2].items()}
        for fact in facts(text)
        if fact[0] == "node" and fact[1] == cls
    ]


def visit(visitor: str, place: str, date: tuple[str, str], inviter: str | None = None) -> dict:
    node = {"kz:visitor": [visitor], "kz:destination": [place], "kz:date": [date]}
    if inviter:
        node["kz:invitedBy"] = [inviter]
    return node


XI_2016 = visit("xi-jinping", "astana", ("2016", "xsd:gYear"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The interlocutors recalled the state visit of Xi Jinping to Astana in 2016.", XI_2016),
        ("The interlocutors recalled Xi Jinping's state visit to Astana in 2016.", XI_2016),
        (
            "The interlocutors recalled the official visit of President Nursultan Nazarbayev to"
            " Tokyo on 7 November 2016 at the invitation of Prime Minister Shinzo Abe.",
            visit("nursultan-nazarbayev", "tokyo", ("2016-11-07", "xsd:date"), "shinzo-abe"),
        ),
        (
            "We still remember the state visit of His Majesty King Abdullah II of Jordan to"
            " Astana in 2016 at the invitation of President Nursultan Nazarbayev.",
            visit("abdullah-ii", "astana", ("2016", "xsd:gYear"), "nursultan-nazarbayev"),
        ),
        (
            "South Korean President Yoon Suk Yeol, who arrived in Astana on 11 June 2024 on a"
            " state visit at the invitation of President Kassym-Jomart Tokayev of Kazakhstan,"
            " has just left the Akorda.",
            visit("yoon-suk-yeol", "astana", ("2024-06-11", "xsd:date"), "kassym-jomart-tokayev"),
        ),
        (
            "Last updated 12 June 2024, 19:05 Astana time\n18:20\nSouth Korean President Yoon"
            " Suk Yeol, who arrived in Astana on 11 June on a state visit at the invitation of"
            " President Kassym-Jomart Tokayev of Kazakhstan, has just left the Akorda.",
            visit("yoon-suk-yeol", "astana", ("2024-06-11", "xsd:date"), "kassym-jomart-tokayev"),
        ),
        (
            "Press conference\nAstana, 4 July 2024, Palace of Independence, 17:30\nOn 2 July,"
            " Chinese President Xi Jinping paid a state visit to Kazakhstan at the invitation"
            " of the President of Kazakhstan, Kassym-Jomart Tokayev.",
            visit("xi-jinping", "kaz", ("2024-07-02", "xsd:date"), "kassym-jomart-tokayev"),
        ),
        (
            "ASTANA, 4 July 2024 (Kazinform) – Chinese President Xi Jinping paid a state visit"
            " to Kazakhstan on 2 July.",
            visit("xi-jinping", "kaz", ("2024-07-02", "xsd:date")),
        ),
    ],
)
def test_visit_found(facts, text, expected):
    assert expected in nodes(facts, text)


def test_summit_days_dated_by_the_header(facts):
    found = nodes(
        facts,
        "Astana, 4 July 2024\nThe summit of the Shanghai Cooperation Organisation, held in"
        " Astana on 3–4 July, has just concluded.",
        "kz:Summit",
    )
    assert [n["kz:startDate"] for n in found] == [[("2024-07-03", "xsd:date")]]


def test_recalled_accession_is_dated(facts):
    found = nodes(
        facts, "Tokayev recalled Kazakhstan's accession to the WTO in 2015.", "kz:Membership"
    )
    assert [n["kz:startDate"] for n in found] == [[("2015", "xsd:gYear")]]


@pytest.mark.parametrize(
    "text",
    [
        "The interlocutors recalled the planned visit of Xi Jinping to Astana in 2016.",
        "The interlocutors recalled the proposed visit of Xi Jinping to Astana in 2016.",
        "The interlocutors recalled the cancelled visit of Xi Jinping to Astana in 2016.",
        "The interlocutors did not recall Xi Jinping's state visit to Astana in 2016.",
        "Do you recall Xi Jinping's state visit to Astana in 2016?",
        "If they recall Xi Jinping's visit to Astana in 2016, they will agree.",
        "The interlocutors will recall the visit of Xi Jinping to Astana in 2026.",
        "The interlocutors recalled that Xi Jinping's state visit to Astana in 2016 was postponed.",
        "The interlocutors recalled the invitation for Xi Jinping to visit Astana in 2016.",
        "Nobody remembers Xi Jinping's state visit to Astana in 2016, because it never took place.",
        "No one recalls Xi Jinping's state visit to Astana in 2016.",
        "Few remember the state visit of Xi Jinping to Astana in 2016.",
        "The ministers recalled the talks on Xi Jinping's visit to Astana in 2016.",
        "The ministers recalled the delegation's visit to Astana in 2016.",
        "The ministers recalled the visit of Xi Jinping's envoy to Astana in 2016.",
        "The sides recalled that Xi Jinping had been expected to pay a state visit to Astana in"
        " 2016.",
        "Analysts recalled Xi Jinping's alleged secret visit to Astana in 2016.",
        "South Korean President Yoon Suk Yeol, who was to arrive in Astana on 11 June 2024 on a"
        " state visit at the invitation of President Kassym-Jomart Tokayev of Kazakhstan, has"
        " cancelled.",
        "South Korean President Yoon Suk Yeol, who arrived in Astana on 11 June 2024 on a"
        " private visit at the invitation of President Kassym-Jomart Tokayev of Kazakhstan, has"
        " left.",
    ],
)
def test_look_alike_gives_no_visit(facts, text):
    assert not nodes(facts, text)


@pytest.mark.parametrize(
    "text",
    [
        "Last updated 12 June 2024\nXi Jinping will pay a state visit to Astana on 2 July.",
        "Last updated 12 June 2024\nXi Jinping paid a state visit to Astana on 14 June.",
        "Xi Jinping paid a state visit to Astana on 2 July.",
        "Kazakhstan joined the WTO on 30 November 2015.\nXi Jinping paid a state visit to Astana"
        " on 2 July.",
        "30 November 2015 – Kazakhstan joins the WTO\nXi Jinping paid a state visit to Astana"
        " on 2 July.",
        "Notes\nMore notes\nEven more notes\nAstana, 4 July 2024\nXi Jinping paid a state visit"
        " to Astana on 2 July.",
        "Astana, 1–4 July 2024\nXi Jinping paid a state visit to Astana on 2 July.",
        "Astana, July 2024\nXi Jinping paid a state visit to Astana on 2 July.",
    ],
)
def test_day_without_a_header_year_gives_no_date(facts, text):
    """A day without its year that no header dates gives its visit no date (the sentence's
    undated visit is the reading's as before)."""
    assert not [n for n in nodes(facts, text) if "kz:date" in n]


TRADE = "kz:TradeFigure"


@pytest.mark.parametrize(
    ("text", "parties", "amount"),
    [
        (
            "Bilateral trade between Kazakhstan and China reached a record US$41.0 billion in"
            " 2023.",
            ["chn", "kaz"],
            "41000000000",
        ),
        (
            "In 2022, trade between the European Union and Kazakhstan reached a record €39.8"
            " billion.",
            ["european-union", "kaz"],
            "39800000000",
        ),
        (
            "Kazakhstan and China trade reached a record $41 billion in 2023.",
            ["chn", "kaz"],
            "41000000000",
        ),
    ],
)
def test_record_trade_found(facts, text, parties, amount):
    """ "reached a record M": the record is the figure's, read as "reached M"."""
    found = nodes(facts, text, TRADE)
    assert [(n["kz:tradeParty"], n["kz:amount"][0][0]) for n in found] == [(parties, amount)]


@pytest.mark.parametrize(
    "text",
    [
        "Trade between Kazakhstan and China could reach a record $50 billion by 2030.",
        "Trade between Kazakhstan and China is expected to reach a record $50 billion in 2025.",
        "Trade between Kazakhstan and China reached a record high in 2023.",
        "Trade between Kazakhstan and China did not reach a record $41 billion in 2023.",
        "Trade between Kazakhstan and China may have reached a record $41 billion in 2023.",
        "The target is for trade between Kazakhstan and China to reach a record $50 billion.",
        "Trade between Kazakhstan and China was planned to reach a record $41 billion in 2023.",
        "Did trade between Kazakhstan and China reach a record $41 billion in 2023?",
        "If trade between Kazakhstan and China reached a record $41 billion in 2023, it would be"
        " a surprise.",
        "Trade between Kazakhstan and China reached more than a record $41 billion in 2023.",
    ],
)
def test_record_trade_look_alike_gives_nothing(facts, text):
    assert not nodes(facts, text, TRADE)
