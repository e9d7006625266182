"""Trade figures in tables the development sets paste and the extractor missed (session 22's
brief FIG22).

One money column per partner row ("| Partner | Turnover, US$ million | Share of X's foreign
trade, % |"): the unit stands in the column's header or in the caption, the year is the one
the header names ("Trade turnover with X, 2023 (US$ million)") or else the caption's one year
("X's trade with partners, 2024"), the shared party the state the header names ("X's trade",
"... with X"), else the caption's, else the document's. A share column without a year of its
own gives that figure's share. The caption may stand above a blank line when it is a title
line set off by blank lines (short, not ending as a sentence does). A year column may carry a
footnote mark ("2023*": preliminary data).

Look-alikes that state nothing: no year, a span of years, no money unit, a caption of targets,
a column of exports, rows that are years, two states in the caption, a prose sentence above a
blank line (no caption).
"""

from __future__ import annotations

import gold_scoring
import pytest
from fact_cases import extract, named_cases


def figures(text: str, written_from: str | None = None) -> set[tuple]:
    """(parties, year, amount, share) of the text's trade figures."""
    _, facts = extract(text, gold_scoring, written_from, stem="fig22-s22")
    return {
        (
            tuple(props["kz:tradeParty"]),
            props.get("kz:year", [("", "")])[0][0],
            props["kz:amount"][0][0],
            props.get("kz:shareOfTotal", [("", "")])[0][0],
        )
        for kind, cls, props in (f for f in facts if f[0] == "node")
        if cls == "kz:TradeFigure"
    }


READ = {
    "unit-in-header-year-in-caption-with-share": (
        "Table 3: Chile's trade with European partners, 2024\n"
        "| Partner | Turnover, US$ million | Share of Chile's foreign trade, % |\n"
        "|---|---|---|\n| Spain | 1,870 | 1.9 |\n| Italy | 388 | 0.4 |\n",
        None,
        {
            (("chl", "esp"), "2024", "1870000000", "1.9"),
            (("chl", "ita"), "2024", "388000000", "0.4"),
        },
    ),
    "caption-title-above-a-blank-line": (
        "Trade Watch No. 14\n\nChile's trade with selected partners, 2023 (US$ million)\n\n"
        "| Partner | Turnover | Main exports |\n|---|---|---|\n| Brazil | 352.4 | copper |\n"
        "| Mexico | 96.7 | wine |\n",
        None,
        {
            (("bra", "chl"), "2023", "352400000", ""),
            (("chl", "mex"), "2023", "96700000", ""),
        },
    ),
    "header-names-party-year-and-unit": (
        "Chile ships copper and wine to many countries:\n\n"
        "| Country | Capital | Trade turnover with Chile, 2023 (US$ million) |\n"
        "|---|---|---|\n| Egypt | Cairo | 135.6 |\n| Kenya | Nairobi | 38.5 |\n",
        None,
        {
            (("chl", "egy"), "2023", "135600000", ""),
            (("chl", "ken"), "2023", "38500000", ""),
        },
    ),
    "possessive-header": (
        "Energy notes.\n\n| Partner | Peru's trade, 2023 (US$ bn) |\n|---|---|\n"
        "| Japan | 7.6 |\n| India | 6.3 |\n",
        None,
        {(("jpn", "per"), "2023", "7600000000", ""), (("ind", "per"), "2023", "6300000000", "")},
    ),
    "document-state-with-unit-in-caption": (
        "Table 2. Foreign trade turnover with selected partners, 2023\n"
        "| Country | Turnover, US$ million |\n|---|---|\n| Japan | 31 540.2 |\n",
        "Chile",
        {(("chl", "jpn"), "2023", "31540200000", "")},
    ),
    "year-column-with-a-footnote-mark": (
        "Table 1 - Foreign trade turnover by partner, US$ million\n"
        "| Partner | 2022 | 2023* | Share of total turnover, 2023 (%) |\n|---|---|---|---|\n"
        "| Japan | 761.9 | 687.1 | 0.49 |\n* Preliminary data.\n",
        "Chile",
        {
            (("chl", "jpn"), "2022", "761900000", ""),
            (("chl", "jpn"), "2023", "687100000", "0.49"),
        },
    ),
}


@pytest.mark.parametrize(("text", "written_from", "expected"), named_cases(READ))
def test_amount_column_gives_one_figure_per_row(text, written_from, expected):
    assert figures(text, written_from) == expected


NOTHING = {
    "no-year": "Chile's trade with partners (US$ million)\n| Partner | Turnover |\n|---|---|\n"
    "| Japan | 352 |\n| India | 96 |\n",
    "span-of-years": "Chile's trade with partners, 2021–2023 (US$ million)\n| Partner | Turnover |"
    "\n|---|---|\n| Japan | 352 |\n| India | 96 |\n",
    "no-money-unit": "Chile's trade with partners, 2023\n| Partner | Turnover |\n|---|---|\n"
    "| Japan | 352 |\n| India | 96 |\n",
    "targets": "Chile's trade targets, 2030 (US$ million)\n| Partner | Turnover |\n|---|---|\n"
    "| Japan | 900 |\n| India | 400 |\n",
    "exports-column": "Chile's exports, 2023\n| Partner | Exports, US$ million |\n|---|---|\n"
    "| Japan | 352 |\n| India | 96 |\n",
    "rows-are-years": "Trade between Chile and Peru\n| Year | Trade, US$ bn |\n|---|---|\n"
    "| 2021 | 3.1 |\n| 2022 | 4.4 |\n",
    "two-states-in-caption": "Trade of Chile and Peru with Asia, 2023 (US$ million)\n"
    "| Partner | Turnover |\n|---|---|\n| Japan | 352 |\n| India | 96 |\n",
    "prose-above-a-blank-line": "Figures are in US$ million for 2023 and Chile's partners are"
    " listed below.\n\n| Partner | Turnover |\n|---|---|\n| Japan | 352 |\n| India | 96 |\n",
}


@pytest.mark.parametrize("text", named_cases({k: (v,) for k, v in NOTHING.items()}))
def test_look_alike_amount_tables_state_nothing(text):
    assert figures(text) == set()


# A timestamp among the first three lines dates the story whatever stands around it: "last
# year" is the year before it.
STAMPED = {
    "piped-numeric-date-and-time": "PRESS RELEASE | 17.10.2025 | 16:45\n\n",
    "place-date-dash-time": "Transcript of the press remarks\n"
    "Amman, 7 May 2025 – 13:40 (local time)\n",
    "source-iso-date-and-time": "Greece and Kazakhstan hold talks\n\n"
    "Source: Kazinform | 2025-06-06 21:14:05 | Editor: A. Sadykova\n\n",
    "long-line-with-a-time": "GLOBAL BRIEFING – 8 January 2025 – 18:00 GMT (rush transcript, may"
    " be updated)\n\n",
}
TRADE_LAST_YEAR = "Trade between Kazakhstan and Greece reached US$ 1.1 billion last year.\n"


@pytest.mark.parametrize("header", named_cases({k: (v,) for k, v in STAMPED.items()}))
def test_timestamp_header_dates_last_year(header):
    assert figures(header + TRADE_LAST_YEAR) == {
        (("grc", "kaz"), "2024", "1100000000", ""),
    }


UNSTAMPED = {
    "table-row-with-date-without-time": "| Kazakhstan | 17.10.2025 | Greece |\n\n",
    "chronology-line": "16 December 2025 – Greece and Kazakhstan hold talks\n\n",
    "timestamp-below-the-third-line": "Greece\n\nKazakhstan\n\nTalks\n\n17.10.2025 | 16:45\n\n",
}


@pytest.mark.parametrize("header", named_cases({k: (v,) for k, v in UNSTAMPED.items()}))
def test_no_timestamp_header_leaves_last_year_undated(header):
    assert figures(header + TRADE_LAST_YEAR) == {(("grc", "kaz"), "", "1100000000", "")}


# "only", "just", "a meagre", "a mere" before a sum belittle it without making it approximate:
# the rule's verb reaches the sum (lexicon fig22-money-plain-qualifiers).
PLAIN = {
    "was-only": (
        "Trade between Kazakhstan and Jordan was only 11 million dollars in 2023.",
        {(("jor", "kaz"), "2023", "11000000", "")},
    ),
    "came-to-a-meagre": (
        "Lithuanian–Kazakh trade came to a meagre €310 million in 2023.",
        {(("kaz", "ltu"), "2023", "310000000", "")},
    ),
    "stood-at-a-mere": (
        "Trade between Kazakhstan and Chile stood at a mere $40 million in 2022.",
        {(("chl", "kaz"), "2022", "40000000", "")},
    ),
}


@pytest.mark.parametrize(("text", "expected"), named_cases(PLAIN))
def test_belittled_sum_is_the_figure(text, expected):
    assert figures(text) == expected


PLAIN_LOOK_ALIKES = {
    "just-over-is-a-bound": "Trade between Kazakhstan and Jordan was just over $11 million in"
    " 2023.",
    "target-only": "Kazakhstan and Jordan aim to raise trade to only $50 million by 2030.",
    "modal-could-reach-only": "Trade between Kazakhstan and Jordan could reach only $50 million"
    " in 2030.",
}


@pytest.mark.parametrize("text", named_cases({k: (v,) for k, v in PLAIN_LOOK_ALIKES.items()}))
def test_belittled_sum_look_alikes_give_nothing(text):
    assert figures(text) == set()


def test_belittled_sum_is_not_approximate():
    _, facts = extract(
        "Trade between Kazakhstan and Jordan was only 11 million dollars in 2023.",
        gold_scoring,
        stem="fig22-s22",
    )
    assert not any("kz:isApproximate" in f[2] for f in facts if f[0] == "node")


# A footnote's superscript number right after a figure is no part of it: "in 2023¹" is 2023.
def test_footnote_mark_after_a_year():
    text = "Trade between Finland and Kazakhstan amounted to EUR 310 million in 2023¹."
    _, facts = extract(text, gold_scoring, stem="fig22-s22")
    years = [f[2].get("kz:year") for f in facts if f[0] == "node"]
    assert years == [[("2023", "xsd:gYear")]]


def test_square_kilometres_keep_their_superscript():
    from kzgraph.values import find_values

    assert not [v for v in find_values("1,200 km²") if "Length" in v.kinds]  # an area


# A share set off by a dash after the figure is its share of the total, as after a comma:
# "reached $X in 2023 – 20% of the country's foreign trade" (spaCy's NORM of "–" and "—" is
# "-", so a rule's option lists "-").
def shares(text: str) -> set:
    return {share for *_, share in figures(text)}


@pytest.mark.parametrize("dash", ["–", "—", "-"])
def test_share_after_a_dash(dash):
    text = f"Kazakhstan–Russia trade reached US$27.8bn in 2023 {dash} 20% of the total."
    assert shares(text) == {"20"}


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan–Russia trade reached US$27.8bn in 2023 – 20% more than in 2022.",
        "Kazakhstan–Russia trade reached US$27.8bn in 2023 – up 20% on 2022.",
    ],
)
def test_growth_after_a_dash_is_no_share(text):
    assert shares(text) == {""}


# "A borders the B along|for L": a determiner before the state the verb reaches, also before a
# repeated item ("and the C for L").
def borders_of(text: str) -> set:
    _, facts = extract(text, gold_scoring, stem="fig22-s22")
    return {
        (tuple(f[2]["kz:borderState"]), f[2].get("kz:lengthKm", [("", "")])[0][0])
        for f in facts
        if f[0] == "node" and f[1] == "kz:Border"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tajikistan borders the Kyrgyz Republic along 984 km.", {(("kgz", "tjk"), "984")}),
        (
            "Kazakhstan borders the Russian Federation for 7,644 km and the People's Republic of"
            " China for 1,783 km.",
            {(("kaz", "rus"), "7644"), (("chn", "kaz"), "1783")},
        ),
    ],
)
def test_verb_border_with_a_determiner(text, expected):
    assert borders_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tajikistan does not border the Kyrgyz Republic along 984 km.",
        "Kazakhstan borders the Caspian Sea for 600 km.",
    ],
)
def test_verb_border_with_a_determiner_look_alikes(text):
    assert borders_of(text) == set()


# Adverb phrases between a subject and its border verb are passed over as single adverbs are
# (lexicon fig22-border-adverb-phrases): "Tajikistan in turn borders ...".
def test_adverb_phrase_before_the_border_verb():
    text = "Tajikistan in turn borders the Kyrgyz Republic along 984 km."
    assert borders_of(text) == {(("kgz", "tjk"), "984")}


def test_adverb_phrase_before_share_verb():
    text = "Kazakhstan, for its part, shares a 7,644 km border with Russia."
    assert borders_of(text) == {(("kaz", "rus"), "7644")}


def test_adverb_phrase_keeps_the_negation():
    assert borders_of("Tajikistan in turn does not border China along 477 km.") == set()
