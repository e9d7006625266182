"""A year told relative to the document's own date (session 21's brief RELYEAR21).

"Bilateral trade reached $412 million last year" in a story dated 15 January 2025 (a dateline,
a header line "Last updated 12 June 2024": mentions.written_on) gives the trade figure the year
2024; "this year" gives the date's own year. Look-alikes: a text that gives no date of its own
(the figure stays without a year), "next year", a plan ("this year will reach"), a question, a
quoted speaker's date ("Speaking in 2019, the minister said ... last year": the sentence names
another date the phrase may be told against).
"""

from __future__ import annotations

from gold_scoring import extracted_facts

from kzgraph.documents import document_from_text
from kzgraph.extract import extract_document

DATELINE = "ASTANA, 15 January 2025 (Kazinform) – The talks ended. "


def figures(text: str, cls: str = "kz:TradeFigure") -> list[dict]:
    """The ``cls`` nodes of the text's scorable facts, their properties by name."""
    doc = document_from_text(text, "relyear21-s21")
    facts = extracted_facts(extract_document(doc).quads)
    return [props for kind, name, props in (f for f in facts if f[0] == "node") if name == cls]


def years(text: str, cls: str = "kz:TradeFigure") -> list:
    return [props.get("kz:year") for props in figures(text, cls)]


TRADE = (
    "Bilateral trade between Kazakhstan and Tajikistan reached $412 million {when}, officials said."
)


def test_last_year_in_a_dated_story_is_the_year_before():
    assert years(DATELINE + TRADE.format(when="last year")) == [[("2024", "xsd:gYear")]]


def test_the_previous_year_reads_as_last_year():
    assert years(DATELINE + TRADE.format(when="the previous year")) == [[("2024", "xsd:gYear")]]


def test_this_year_under_a_header_date_is_its_year():
    text = "Last updated 12 June 2024\nChinese investment in Kazakhstan totalled $2.2bn this year."
    assert years(text, "kz:InvestmentFigure") == [[("2024", "xsd:gYear")]]


def test_no_document_date_leaves_the_figure_undated():
    assert years(TRADE.format(when="last year")) == [None]


def test_next_year_is_no_year():
    text = DATELINE + "Trade between Kazakhstan and Tajikistan will reach $500 million next year."
    assert all(year is None for year in years(text))


def test_a_plan_this_year_gives_no_figure():
    text = DATELINE + "Trade between Kazakhstan and Tajikistan this year will reach $500 million."
    assert years(text) == []


def test_a_question_gives_no_figure():
    text = DATELINE + "Did trade between Kazakhstan and Tajikistan reach $412 million last year?"
    assert years(text) == []


def test_a_quoted_speakers_own_date_is_not_the_documents():
    text = DATELINE + ("Speaking in 2019, the minister said bilateral trade between Kazakhstan and "
                       "Tajikistan reached $412 million last year.")  # fmt: skip
    assert [("2024", "xsd:gYear")] not in years(text)


def test_in_recent_years_and_the_past_five_years_are_no_year():
    for when in ("in recent years", "over the past five years"):
        assert all(year is None for year in years(DATELINE + TRADE.format(when=when)))
