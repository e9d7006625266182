"""Investment, trade and count figures the corpora state and the extractor missed (session 24's
brief FIG24).

Investment (part 1): FIG23's wordings with words between the subject and its verb, folded into
the older rules they shadowed instead of rules of their own (which won the rule-id tie-break
and took the older rules' facts): an aside set off by commas (", mostly by SOCAR,"), a
programme ("under CPEC"), "so far", "came to", "in B's gas sector", "in the economy of B"
(`state-investment-totals`), "since D" before the verb (`state-investment-since-totals`),
"[gross] investment|FDI from A into|to B[, aside,] has so far reached|is put at"
(`investment-from-state-to-state-reached`).
The older rules keep their own readings: each case names the rule that reads it. "Investment
from A into B since D has reached M" stays unread: a rule that spells "since {Date}" drops a
match followed by "since D" after its money (relation_dates._date_left_out), and no older
"from" rule requires "since".

Fact sheets (part 2): "label: value" lines, "Trade with B, Y: M", "• Trade with B: M in Y, S%",
"A–B trade, Y: M, or S% of ...", "• Bilateral trade, Y: M", "• A-demonym direct investment in B
since D: M", "Inward FDI from A, Y: M" (rules `fig24-*-colon` and their `-bullet` twins); a
target, forecast, "by Y", a bound, a change ("up 12%") or another state's trade give nothing.
"""

from __future__ import annotations

import gold_scoring
import pytest
from fact_cases import extract, named_cases


def investments(text: str, written_from: str | None = None) -> tuple[set[tuple], set[str]]:
    """(from, to, amount, year) of the text's investment figures, and the rules that read them."""
    rules, facts = extract(text, gold_scoring, written_from, stem="fig24-s24")
    found = {
        (
            props["kz:fromParty"][0],
            props["kz:toParty"][0],
            props["kz:amount"][0][0],
            props.get("kz:year", [("", "")])[0][0],
        )
        for kind, cls, props in (f for f in facts if f[0] == "node")
        if cls == "kz:InvestmentFigure"
    }
    return found, rules


INVESTMENT = {
    "aside-between-subject-and-verb": (
        "Azerbaijani investment in Türkiye, mostly by SOCAR, stands at some US$ 19.5 billion.",
        {("aze", "tur", "19500000000", "")},
        "state-investment-totals",
    ),
    "adverb-aside": (
        "Kazakh investment in Kyrgyzstan, meanwhile, stands at about US$ 1.3 billion.",
        {("kaz", "kgz", "1300000000", "")},
        "state-investment-totals",
    ),
    "programme-and-so-far": (
        "Chinese investment in Pakistan under CPEC has so far reached about US$ 25 billion,"
        " mainly in power plants, roads and the port at Gwadar.",
        {("chn", "pak", "25000000000", "")},
        "state-investment-totals",
    ),
    "in-the-economy-of": (
        "Turkish direct investment in the economy of Kyrgyzstan has reached about US$ 700 million.",
        {("tur", "kgz", "700000000", "")},
        "state-investment-totals",
    ),
    "possessive-sector": (
        "Chinese investment in Turkmenistan’s gas sector stands at some US$ 8 billion, CNPC says.",
        {("chn", "tkm", "8000000000", "")},
        "state-investment-totals",
    ),
    "since-after-the-money-gives-no-year": (
        "Japanese investment in Kazakhstan is estimated at some $8 billion since 2005.",
        {("jpn", "kaz", "8000000000", "")},
        "state-investment-totals",
    ),
    "since-before-the-verb-and-demonym-economy": (
        "Malaysian direct investment in the Kazakh economy since 2005 has totalled about"
        " US$ 500 million, most of it in the oil and gas sector.",
        {("mys", "kaz", "500000000", "")},
        "state-investment-since-totals",
    ),
    "since-before-the-verb-economy-of": (
        "Japanese direct investment in the economy of Kazakhstan since 2005 has reached about"
        " US$ 8 billion.",
        {("jpn", "kaz", "8000000000", "")},
        "state-investment-since-totals",
    ),
    "gross-fdi-from-to-so-far": (
        "Gross FDI from Japan to Kazakhstan has so far reached about US$ 8 billion.",
        {("jpn", "kaz", "8000000000", "")},
        "investment-from-state-to-state-reached",
    ),
    "from-into-aside-put-at": (
        "Investment from South Korea into Uzbekistan, mostly in textiles, is put at US$ 2 billion.",
        {("kor", "uzb", "2000000000", "")},
        "investment-from-state-to-state-reached",
    ),
}


@pytest.mark.parametrize(("text", "expected", "rule"), named_cases(INVESTMENT))
def test_investment_with_words_before_its_verb(text, expected, rule):
    found, rules = investments(text)
    assert found == expected
    assert rule in rules


# The older rules' own readings keep their rule: no wording folded in takes their facts.
OLDER = {
    "plain-totals": (
        "US investment totals about $15bn.",
        {("usa", "kaz", "15000000000", "")},
        "state-investment-totals",
    ),
    "demonym-economy": (
        "Chinese investment in the Uzbek economy reached $5 billion.",
        {("chn", "uzb", "5000000000", "")},
        "state-investment-in-demonym-economy",
    ),
    "from-into-totalled-after-since": (
        "Investment from Japan into Kazakhstan has totalled $8 billion since 2005.",
        {("jpn", "kaz", "8000000000", "")},
        "investment-from-state-into-state-totalled",
    ),
}


@pytest.mark.parametrize(("text", "expected", "rule"), named_cases(OLDER))
def test_older_investment_readings_keep_their_rule(text, expected, rule):
    found, rules = investments(text, written_from="Kazakhstan")
    assert found == expected
    assert rules == {rule}


INVESTMENT_NOTHING = {
    "forecast": "Chinese investment in Pakistan, under CPEC, is expected to reach US$ 60 billion.",
    "modal": "Chinese investment in Pakistan under CPEC could reach about US$ 25 billion.",
    "bound": "Chinese investment in Pakistan has so far reached more than US$ 25 billion.",
    "future": "Chinese investment in Pakistan since 2015 will reach about US$ 25 billion.",
    "target-aside": "Chinese investment in Pakistan, a target both sides set, is US$ 60 billion.",
    "target-by": "Chinese investment in Pakistan under CPEC aims to reach US$ 60 billion by 2030.",
}


@pytest.mark.parametrize("text", named_cases({k: (v,) for k, v in INVESTMENT_NOTHING.items()}))
def test_investment_look_alikes_state_nothing(text):
    assert investments(text)[0] == set()


def figures(text: str, written_from: str | None = None) -> set[tuple]:
    """(class, parties, amount, year, share) of the text's trade and investment figures."""
    _, facts = extract(text, gold_scoring, written_from, stem="fig24-s24")
    return {
        (
            cls.removeprefix("kz:"),
            tuple(props.get("kz:tradeParty", []))
            or (props["kz:fromParty"][0], props["kz:toParty"][0]),
            props["kz:amount"][0][0],
            props.get("kz:year", [("", "")])[0][0],
            props.get("kz:shareOfTotal", [("", "")])[0][0],
        )
        for kind, cls, props in (f for f in facts if f[0] == "node")
        if cls in ("kz:TradeFigure", "kz:InvestmentFigure")
    }


# Part 2: a fact sheet's "label: value" lines (rules fig24-*-colon and their -bullet twins).
FACT_SHEET = {
    "trade-with-state-year-colon": (
        "Trade with Italy, 2023: US$15.6 billion",
        {("TradeFigure", ("ita", "kaz"), "15600000000", "2023", "")},
    ),
    "bullet-trade-with-state-colon-share": (
        "• Trade with Russia: US$27.9bn in 2023, 19.6% of the total",
        {("TradeFigure", ("kaz", "rus"), "27900000000", "2023", "19.6")},
    ),
    "pair-trade-year-colon-share": (
        "Kazakhstan–Viet Nam trade, 2023: US$ 1.2 billion, or 0.9% of Kazakhstan’s foreign trade.",
        {("TradeFigure", ("kaz", "vnm"), "1200000000", "2023", "0.9")},
    ),
    "bullet-bilateral-trade-of-the-pair": (
        "Fact sheet: Kazakhstan and the United Kingdom\n\n• Bilateral trade, 2023: US$ 1.6 billion",
        {("TradeFigure", ("gbr", "kaz"), "1600000000", "2023", "")},
    ),
    "bullet-demonym-investment-since-colon": (
        "• UK direct investment in Kazakhstan since 2005: about US$ 18.5 billion",
        {("InvestmentFigure", ("gbr", "kaz"), "18500000000", "", "")},
    ),
    "inward-fdi-from-state-year-colon": (
        "Inward FDI from the Netherlands, 2023: US$6.3 billion",
        {("InvestmentFigure", ("nld", "kaz"), "6300000000", "2023", "")},
    ),
}


@pytest.mark.parametrize(("text", "expected"), named_cases(FACT_SHEET))
def test_fact_sheet_label_value_lines(text, expected):
    assert figures(text, written_from="Kazakhstan") == expected


FACT_SHEET_NOTHING = {
    "target-in-brackets": "Trade with China: US$ 60 billion (target for 2030)",
    "forecast-in-brackets": "Trade with China, 2030: US$ 60 billion (forecast)",
    "by-a-year": "Trade with China: US$ 60 billion by 2030",
    "target-word": "Trade with China: US$ 60 billion target",
    "a-change-not-a-figure": "Trade with China: up 12% on 2022",
    "another-states-trade": "Russia's trade with China: US$ 240 billion in 2023",
    "a-bound": "Trade with China: more than US$ 40 billion",
}


@pytest.mark.parametrize("text", named_cases({k: (v,) for k, v in FACT_SHEET_NOTHING.items()}))
def test_fact_sheet_look_alikes_state_nothing(text):
    assert figures(text, written_from="Kazakhstan") == set()


def test_fact_sheet_trade_with_needs_the_texts_own_state():
    assert figures("Trade with Italy, 2023: US$15.6 billion") == set()
