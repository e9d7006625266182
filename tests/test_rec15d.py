"""Visits recalled, days told without their year and record trade figures (brief REC15D).

"The sides recalled|We remember the (state) visit of X to C on D at the invitation of I": a verb
of recalling tells that its object's event took place, and the prepositions the parser hangs on
it after the object are the object's (nominal._recalling) when each names a name, a date or the
invitation. Only the visit's line reads verbs of recalling (event_nouns "recalling", FIX15A):
"Y recalled X's accession to O in D", "remembered the founding|signing of ... in D" give no
date (D may be the recalling's), nor does a visit after a preposition of the recalling's own
("recalled in 2020 the visit of ...", "at a press conference on D", "with gratitude in D").
"X, who arrived in C on D on a state visit at the invitation of President I of S, ...": the
inviter's state after the inviter. A day
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


def dates(facts, text: str) -> set[str]:
    """Every date or year any fact of ``text`` holds."""
    found = set()
    for fact in facts(text):
        values = [v for vs in fact[2].values() for v in vs] if fact[0] == "node" else [fact[3]]
        found |= {v[0] for v in values if isinstance(v, tuple) and v[1].startswith("xsd:gYear")}
        found |= {v[0] for v in values if isinstance(v, tuple) and v[1] == "xsd:date"}
    return found


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Tokayev recalled Kyrgyzstan's accession to the World Trade Organization in 2022.",
            "2022",
        ),
        ("Tokayev recalled Kazakhstan's accession to the WTO in 2015.", "2015"),
        (
            "President Tokayev recalled Uzbekistan's accession to the Shanghai Cooperation"
            " Organisation in 2001.",
            "2001",
        ),
        (
            "The ministers recalled the accession of Armenia to the Eurasian Economic Union in"
            " 2023.",
            "2023",
        ),
        (
            "The sides recalled Kazakhstan's entry into the Eurasian Economic Union on 1 January"
            " 2024.",
            "2024-01-01",
        ),
        (
            "The speakers recalled the founding of the Shanghai Cooperation Organisation in 2021.",
            "2021",
        ),
        (
            "The delegates recalled the establishment of the Collective Security Treaty"
            " Organization by Russia and Kazakhstan in 2022.",
            "2022",
        ),
        (
            "The ministers remembered the signing of the Treaty on Eternal Friendship in 2019.",
            "2019",
        ),
        (
            "The ministers remembered the signing of the Treaty on Eternal Friendship in Astana"
            " on 5 May 2019.",
            "2019-05-05",
        ),
        ("Lavrov remembered Georgia's entry into the Council of Europe in 2021.", "2021"),
        ("Tokayev recalled the admission of Kazakhstan to the United Nations in 2012.", "2012"),
        (
            "The sides remembered the creation of the Eurasian Economic Union by Russia, Belarus"
            " and Kazakhstan in 2019.",
            "2019",
        ),
        (
            "Tokayev recalled Kazakhstan's admission to the United Nations at the summit in 2022.",
            "2022",
        ),
    ],
)
def test_a_recalled_event_other_than_a_visit_takes_no_date_from_the_verb(facts, text, date):
    """Only a visit's line reads a verb of recalling as telling its event and the verb's
    prepositions as its own: "Y recalled X's accession to O in D" may be dated by when Y
    recalled it, wherever the parser hangs the date (test_review_s6)."""
    assert date not in dates(facts, text)


@pytest.mark.parametrize(
    "text",
    [
        "The presidents recalled at the 2023 summit the visit of Xi Jinping to Astana.",
        "The presidents recalled in 2020 the visit of Xi Jinping to Astana.",
        "The presidents recalled in Astana in 2020 the state visit of Xi Jinping to Moscow.",
        "Speaking in Astana in 2023, Tokayev recalled the visit of Xi Jinping to Moscow.",
        "Tokayev recalled Xi Jinping's visit to Astana at a press conference on 4 July 2023.",
        "The presidents recalled the visit of Xi Jinping to Astana during their talks in 2023.",
        "The presidents recalled the visit of Xi Jinping to Astana in a speech on 5 May 2023.",
        "Tokayev recalled Xi Jinping's state visit to Astana in an interview on 4 July 2023.",
        "Tokayev recalled Xi Jinping's state visit to Astana at the summit in 2023.",
        "Tokayev recalled Xi Jinping's state visit to Astana with gratitude in 2023.",
    ],
)
def test_the_recallings_own_occasion_dates_no_visit(facts, text):
    """A preposition before the recalled visit, or one naming the recalling's occasion or
    manner ("at a press conference", "with gratitude"), is the recalling's, and so is the date
    after it."""
    assert not nodes(facts, text)


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
