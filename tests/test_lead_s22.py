"""Session 22, lead: a state named as a diplomatic mission's owner is not the country "the
country's" means (references._mission_owner, lexicon mission-nouns); "last year" before a
trade figure's sum in a dated story (extract._relative_year_figures)."""

from __future__ import annotations

import gold_scoring
import pytest
from fact_cases import assertion_triples, extract

MISSIONS = {
    "consulate-of-the-own-state": (
        "The Consulate General of Kazakhstan is in Dubai, the country’s largest city.",
        set(),
        {("dubai", "locatedIn", "kaz")},
    ),
    "possessive-embassy": (
        "Kazakhstan's new embassy is in Abu Dhabi, and its consulate is in Dubai, the country's "
        "largest city.",
        set(),
        {("dubai", "locatedIn", "kaz")},
    ),
    "embassy-of-the-republic-of": (
        "The Embassy of the Republic of Kazakhstan works in Riyadh, and its consulate in Jeddah, "
        "the country's main port.",
        set(),
        {("jeddah", "locatedIn", "kaz")},
    ),
    # look-alikes: a state named otherwise keeps the reading
    "state-not-a-mission-owner": (
        "Kazakhstan moved its capital from Almaty, the country's largest city, to Astana.",
        {("almaty", "locatedIn", "kaz")},
        set(),
    ),
    "mission-of-another-state": (
        "The UAE consulate in Almaty, the country's largest city, opened in 2010.",
        set(),
        {("almaty", "locatedIn", "are")},
    ),
}


@pytest.mark.parametrize("case", MISSIONS.values(), ids=MISSIONS.keys())
def test_a_missions_owner_is_not_the_country_of_its_city(case):
    text, wanted, unwanted = case
    found = assertion_triples(text, stem="lead22", written_from="Kazakhstan")
    assert wanted <= found, found
    assert not unwanted & found, found


# "Last year" before a trade figure's sum, in a dated story, is the year before the story's date
# (extract._relative_year_figures, FIG22's patch landed by the lead)
LAST_YEAR_FRONTED = {
    "fronted": (
        "ASTANA, 12 June 2024 (Kazinform) – The talks ended. Last year our trade with Australia "
        "reached about 160 million US dollars.",
        [("2023", "xsd:gYear")],
    ),
    # look-alikes: no year
    "sum-before-the-phrase": (
        "ASTANA, 12 June 2024 (Kazinform) – The talks ended. Trade with Turkey reached $6.4 "
        "billion, up from $5 billion last year.",
        None,
    ),
    "another-clause": (
        "ASTANA, 12 June 2024 (Kazinform) – The talks ended. Last year our trade with Australia "
        "reached about 160 million US dollars, and this year it may reach $200 million.",
        None,
    ),
    "undated-story": (
        "The talks ended. Last year our trade with Australia reached about 160 million US dollars.",
        None,
    ),
}


@pytest.mark.parametrize("case", LAST_YEAR_FRONTED.values(), ids=LAST_YEAR_FRONTED.keys())
def test_last_year_before_a_trade_sum_dates_it(case):
    text, year = case
    _rules, facts = extract(text, gold_scoring, "Kazakhstan", stem="lead22")
    figures = [f[2] for f in facts if f[:2] == ("node", "kz:TradeFigure")]
    assert figures, facts
    assert figures[0].get("kz:year") == year, figures


def test_a_long_table_without_notes_reads_each_row_once_for_its_notes(monkeypatch):
    """layout._note_cells reads no row where no header of notes stands in the text (the full
    suite's test_rec11 long-table bound caught three reads a row after LAYOUT22 landed)."""
    from kzgraph import layout

    calls = []
    row_cells = layout._row_cells
    monkeypatch.setattr(
        layout, "_row_cells", lambda text, line: calls.append(line) or row_cells(text, line)
    )
    rows = "".join(f"| {1900 + i} | Georgia and Armenia meet | Tbilisi |\n" for i in range(50))
    text = "| Date | Event | Place |\n|---|---|---|\n" + rows
    assert layout._note_cells(text, text.index("| 1910"), {}) == []
    assert calls == []
