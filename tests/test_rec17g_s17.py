"""Fields, pipelines and figures read in session 17 (brief REC17G), each construction with the
look-alikes that must give nothing:

- "C [and D] began|started|commenced developing|to develop F [in D]" (relations.jsonl
  `company-began-developing`: the alternatives "developing|to develop" had read as two tokens,
  "developing develop", so only "began to develop" matched); a chronology line's "C begins
  developing F" is its past. Plans, expectations, negations, questions, conditionals, other
  verbs of beginning ("began exploring", "began talks on") give nothing.
- trade figures dated by a fronted year ("In Y the trade turnover between A and B amounted to
  M", "According to the results of Y, ...") and a second figure with its verb gapped ("A's
  trade with B came to M1 in Y, and its trade with C [to] M2"; relations.jsonl REC17G block).
  Targets, forecasts, changes, shares, exports and a second clause with a verb of its own give
  no second figure.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples, named_cases


def develops(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in assertion_triples(text, stem="rec17g") if p == "develops"}


def start_dates(text: str) -> set[str]:
    found = assertion_triples(text, stem="rec17g")
    return {o for s, p, o in found if p == "startDate" and s.startswith("field-development")}


BEGAN_DEVELOPING = {
    "began-developing": (
        "Eni and Shell began developing the Karachaganak field in 1997.",
        {("eni", "karachaganak-field"), ("shell", "karachaganak-field")},
        {"1997"},
    ),
    "started-developing": (
        "Chevron started developing the Tengiz oil field in 1993.",
        {("chevron", "tengiz-oil-field")},
        {"1993"},
    ),
    "began-to-develop": (
        "Cameco began to develop the Inkai uranium deposit in 1996.",
        {("cameco", "inkai-uranium-deposit")},
        {"1996"},
    ),
    "chronology-singular-begins": (
        "1993 – Chevron begins developing the Tengiz oil field.",
        {("chevron", "tengiz-oil-field")},
        {"1993"},
    ),
}


@pytest.mark.parametrize(("text", "pairs", "dates"), named_cases(BEGAN_DEVELOPING))
def test_began_developing_is_developing_since(text, pairs, dates):
    assert develops(text) == pairs
    assert start_dates(text) == dates


NOT_DEVELOPING = {
    "plans": "Chevron plans to begin developing the Tengiz oil field in 2027.",
    "expected": "Chevron is expected to begin developing the Tengiz oil field in 2027.",
    "not-begun": "Chevron has not begun developing the Tengiz oil field.",
    "never": "Chevron never began developing the Tengiz oil field.",
    "exploring": "Chevron began exploring the Tengiz oil field in 1993.",
    "talks": "Chevron began talks on developing the Tengiz oil field in 1993.",
    "would": "Chevron would begin developing the Tengiz oil field if it won the licence.",
    "question": "Did Chevron begin developing the Tengiz oil field in 1993?",
    "hoped": "Chevron had hoped to begin developing the Tengiz oil field in 1993.",
    "preparing": "Chevron began preparing to develop the Tengiz oil field in 1993.",
    "bidding": "Chevron began bidding to develop the Tengiz oil field in 1993.",
    "will": "Chevron and Eni will begin developing the Tengiz oil field in 2026.",
    "chronology-are-to": "2027 – Chevron and Eni are to begin developing the Tengiz oil field.",
    "chronology-negotiating": "1993 – Chevron and Eni begin negotiating over the Tengiz oil field.",
    "conditional": "If Chevron began developing the Tengiz oil field, prices would fall.",
    "claim": "Russian officials claim that Chevron began developing the Tengiz oil field in 1993.",
}


@pytest.mark.parametrize("text", NOT_DEVELOPING.values(), ids=NOT_DEVELOPING.keys())
def test_what_only_looks_like_beginning_to_develop_gives_nothing(text):
    assert not develops(text)


def trade_figures(text: str, written_from: str | None = None) -> set[tuple]:
    """(parties, amount, year) of each trade figure of ``text``."""
    found = assertion_triples(text, stem="rec17g", written_from=written_from)
    nodes = {s for s, p, _ in found if s.startswith("trade-")}
    return {
        (
            frozenset(o for s, p, o in found if s == node and p == "tradeParty"),
            next((o for s, p, o in found if s == node and p == "amount"), None),
            next((o for s, p, o in found if s == node and p == "year"), None),
        )
        for node in nodes
    }


def figure(a: str, b: str, amount: str, year: str | None) -> tuple:
    return (frozenset((a, b)), amount, year)


TRADE = {
    "fronted-year-the-turnover": (
        "Kazakhstan and Poland are old partners. In 2022 the trade turnover between our countries"
        " amounted to 812.5 million US dollars.",
        {figure("kaz", "pol", "812500000", "2022")},
    ),
    "according-to-the-results-of": (
        "According to the results of 2022, the trade turnover between Kazakhstan and Egypt"
        " amounted to 96.2 million US dollars.",
        {figure("kaz", "egy", "96200000", "2022")},
    ),
    "gapped-second-figure-fronted-year": (
        "In 2022 Uzbekistan's trade with China came to about $9 billion and its trade with"
        " Turkey to roughly $3 billion.",
        {figure("uzb", "chn", "9000000000", "2022"), figure("uzb", "tur", "3000000000", "2022")},
    ),
    "gapped-second-figure-late-year": (
        "Mongolia's trade with China reached US$12.5 billion in 2021, while its trade with"
        " Russia about US$1.9 billion.",
        {figure("mng", "chn", "12500000000", "2021"), figure("mng", "rus", "1900000000", "2021")},
    ),
}


@pytest.mark.parametrize(("text", "figures"), named_cases(TRADE))
def test_trade_figures_with_a_fronted_year_or_a_gapped_verb(text, figures):
    assert figures <= trade_figures(text)


def test_our_trade_gapped_second_figure_is_the_writers():
    text = (
        "In 2022 our trade with Japan reached US$ 2 billion and our trade with Turkey about"
        " US$ 6 billion."
    )
    assert figure("kaz", "tur", "6000000000", "2022") in trade_figures(text, "Kazakhstan")


NO_SECOND_FIGURE = {
    "aim-to-lift": "Uzbekistan's trade with China reached $9 billion in 2022, and officials aim"
    " to lift its trade with Turkey to $10 billion.",
    "hopes-to-raise": "In 2022 Uzbekistan's trade with China came to $9 billion and it hopes to"
    " raise its trade with Turkey to $5 billion.",
    "rose-by": "In 2022 Uzbekistan's trade with China came to $9 billion and its trade with Turkey"
    " rose by $400 million.",
    "could-reach": "In 2022 Uzbekistan's trade with China came to $9 billion and its trade with"
    " Turkey could reach $5 billion.",
    "first-could-reach": "Uzbekistan's trade with China could reach $9 billion in 2022, and its"
    " trade with Turkey $3 billion.",
    "exports": "Uzbekistan's exports to China came to $9 billion in 2022, and its exports to"
    " Turkey to $3 billion.",
    "expected": "Uzbekistan's trade with China is expected to reach $9 billion in 2025, and its"
    " trade with Turkey $3 billion.",
    "changes": "Uzbekistan's trade with China fell by $2 billion in 2022, and its trade with"
    " Turkey by $400 million.",
    "target-by": "Uzbekistan's trade with China should reach $30 billion by 2030 and its trade"
    " with Turkey $5 billion.",
    "target-should": "Uzbekistan's trade with China should reach $30 billion in 2030, and its"
    " trade with Turkey $5 billion.",
    "aims": "Uzbekistan aims to lift its trade with China to $30 billion and its trade with"
    " Turkey to $5 billion.",
    "share": "Uzbekistan's trade with China came to $9 billion in 2022, and its trade with Turkey"
    " to 5 per cent of the total.",
    "conditional": "If Uzbekistan's trade with China came to $9 billion in 2022 and its trade"
    " with Turkey to $3 billion, the gap would be wide.",
    "investment": "Uzbekistan's trade with China came to $9 billion in 2022, and its investment"
    " in Turkey to $3 billion.",
    "not-recorded": "Uzbekistan's trade with China came to $9 billion in 2022, and its trade with"
    " Turkey was not recorded.",
}


@pytest.mark.parametrize("text", NO_SECOND_FIGURE.values(), ids=NO_SECOND_FIGURE.keys())
def test_no_second_figure_without_its_stated_total(text):
    assert not {f for f in trade_figures(text) if "tur" in f[0]}


NO_FIGURE = {
    "expected": "In 2022 the trade turnover between Kazakhstan and Egypt is expected to reach"
    " $1 billion.",
    "could": "In 2022 the trade turnover between Kazakhstan and Egypt could reach $1 billion.",
    "rose-by": "In 2022 the trade turnover between Kazakhstan and Egypt rose by $100 million.",
    "share": "In 2022 the trade turnover between Kazakhstan and Egypt was 5 per cent of Egypt's"
    " total.",
    "agreed-should": "In 2022 the leaders agreed that the trade turnover between Kazakhstan and"
    " Egypt should reach $3 billion.",
    "results-expected": "According to the results of 2022, the trade turnover between Kazakhstan"
    " and Egypt is expected to reach $1 billion.",
    "exports": "According to the results of 2022, the exports from Kazakhstan to Egypt amounted"
    " to $400 million.",
    "plans": "According to the plans for 2030, the trade turnover between Kazakhstan and Egypt"
    " will amount to $3 billion.",
}


@pytest.mark.parametrize("text", NO_FIGURE.values(), ids=NO_FIGURE.keys())
def test_no_figure_from_a_forecast_change_or_share(text):
    assert not trade_figures(text)
