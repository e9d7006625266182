"""Two demonyms joined by "and" ("Uzbek and Kazakh territory", "Russian and Chinese firms") are
adjectives, not the pair "the two countries" names later; found by the lead on a text of his own
("a narrow strip of Russian and Chinese territory separates them. Trade between the two
countries ..." gave a China-Russia trade figure)."""

from __future__ import annotations

from fact_cases import extract, nodes_of


def test_two_demonyms_do_not_become_the_two_countries(scoring):
    facts = extract(
        "Kyrgyzstan and Turkmenistan established diplomatic relations in 1992. The two countries "
        "do not share a border: a strip of Uzbek and Kazakh territory separates them. Trade "
        "between the two countries reached about $50 million in 2023.",
        scoring,
        stem="demonym-pairs",
    )[1]
    parties = [sorted(n["kz:tradeParty"]) for n in nodes_of(facts, "kz:TradeFigure")]
    assert ["kaz", "uzb"] not in parties, facts


def test_two_named_states_are_still_the_pair(scoring):
    facts = extract(
        "Kyrgyzstan and Turkmenistan held talks in Ashgabat. Trade between the two countries "
        "reached about $50 million in 2023.",
        scoring,
        stem="demonym-pairs",
    )[1]
    parties = [sorted(n["kz:tradeParty"]) for n in nodes_of(facts, "kz:TradeFigure")]
    assert parties == [["kgz", "tkm"]], facts
