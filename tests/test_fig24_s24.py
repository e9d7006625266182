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
