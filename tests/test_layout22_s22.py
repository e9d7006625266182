"""Facts in layout the extractor missed (session 22's brief LAYOUT22): pipe tables' rows,
bullet lines, chronology lines and fact-sheet headings.

- A markdown table's row opening with its date ("| 26 Apr 1996 | A, B and C found O |") is a
  chronology line (sentences.CHRONOLOGY_HEAD takes a "|" before the date as it takes a bullet):
  the row is a sentence of its own, not run on into the next row, its historic present is read
  as the past and its date dates the row's events. A subjectless row under a state's heading
  ("| 30 November 2015 | Joined the WTO |") is the key-value item read the other way round, the
  row's closing "|" left out (layout.Layout._dated_line).
- A range of days across two months heads a chronology line too ("| 31 Aug–1 Sep 2025 | ...").
- A chronology line without a full stop ("2 March 1992 – Admitted to the United Nations") is no
  heading (layout.Layout._heading_shaped): the heading above keeps its lines.
- A heading in capitals with a bracket in lowercase ("UKRAINE: FACT SHEET (as of March 2024)")
  is written in capitals: its short names match (mentions._in_capitals).
- A line opening with a bullet mark no wrapped sentence opens a line with ("•", "▪"), or with
  any mark under a bullet line, is a list item of its own: the line above does not run on into
  it (sentences._runs_on, _opens_item).
- A two-cell "|" row of rows with no header rule ("| Capital | Vilnius |", a pasted infobox)
  is the key-value item "Capital: Vilnius" (layout._pair_row); a ruled table's rows are left to
  tables.py.
- A markdown table's caption may stand across the blank line above it, when it introduces the
  table: closing with ":" or short and closing without a sentence's end (tables._caption).
- A table goes on under its header after one remark line between its rows (tables._resumes);
  a blank line, rows of another width or a header of their own start another block.
- A row's date is its event's: a cell of a "Notes" column and a description ("X: developed by
  Y") take none (layout._note_cells, _DESCRIPTION).
- A subjectless line's rank is left out of its key ("Becomes the 37th member state of O",
  "Joins O as its 152nd member": layout._RANK, _RANK_ASIDE); "as its 40th partner" stays no key.
- A key that is a locator word and a number ("Slide 3 — Kazakhstan at a glance", lexicon
  layout-locator-words) makes its line the heading of what it names.

Look-alikes: a row's plan, negation, observer or partnership ("– not the Alliance itself"), a
heading naming two states, a locator key over nothing named, a wrapped sentence's next line
opening with a hyphen, an infobox's observer row or doubted value, a ruled table's header, a
sentence or a doubting or two-state line above a table.
"""

from __future__ import annotations

import pytest
from fact_cases import assert_found, extract, member, named_cases, node, triple

from kzgraph.sentences import split_sentences

SCO, EAEU, UN, WTO = "shanghai-cooperation-organisation", "eaeu", "united-nations", "wto"
TABLE = "| Date | Event |\n|---|---|\n"


def facts(text: str, scoring) -> list:
    return extract(text, scoring, stem="layout22-s22")[1]


def founding(state: str, org: str, when: str):
    return member(state, org, when, cls="FoundingMembership")


FOUND = {
    "pipe-row-dates-a-joining": (
        "Eurasian integration: a timeline\n\n" + TABLE + "| 2 January 2015 | Armenia joins the "
        "Eurasian Economic Union |\n| 12 August 2015 | Kyrgyzstan joins the Eurasian Economic "
        "Union at the Burabay summit |",
        [member("arm", EAEU, "2015-01-02"), member("kgz", EAEU, "2015-08-12")],
    ),
    "pipe-row-dates-a-founding": (
        "China and its neighbours\n\n" + TABLE + "| 15 Jun 2001 | The Shanghai Cooperation "
        "Organisation is founded in Shanghai by China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan "
        "and Uzbekistan |\n| 2 March 1992 | Kazakhstan joins the United Nations |",
        [founding("uzb", SCO, "2001-06-15"), member("kaz", UN, "1992-03-02")],
    ),
    "subjectless-pipe-row-under-a-state": (
        "Kazakhstan\n\n" + TABLE + "| 30 November 2015 | Joined the World Trade Organization |\n"
        "| 2 March 1992 | Admitted to the United Nations |",
        [member("kaz", WTO, "2015-11-30"), member("kaz", UN, "1992-03-02")],
    ),
    "chronology-lines-without-full-stops": (
        "Turkmenistan\n\n2 March 1992 – Admitted to the United Nations\n"
        "30 November 2015 – Joined the World Trade Organization",
        [member("tkm", UN, "1992-03-02"), member("tkm", WTO, "2015-11-30")],
    ),
    "capitals-heading-with-a-lowercase-bracket": (
        "UZBEKISTAN: FACT SHEET (as of March 2024)\n\n| Date | Event |\n|---|---|\n"
        "| 2 March 1992 | Admitted to the United Nations |",
        [member("uzb", UN, "1992-03-02")],
    ),
    "bullet-lines-do-not-run-on": (
        "Kazakhstan at a glance\n• Capital: Astana · 17 regions · official languages: Kazakh and "
        "Russian\n"
        "• Land borders with Russia (7,644 km) and China (1,782 km)",
        [triple("astana", "capitalOf", "kaz"), triple("kaz", "sharesBorderWith", "chn")],
    ),
    "slide-number-before-the-heading": (
        "Slide 4 — Uzbekistan at a glance\n• Capital: Tashkent\n• Member of the Shanghai "
        "Cooperation Organisation",
        [triple("tashkent", "capitalOf", "uzb"), triple("uzb", "memberOf", SCO)],
    ),
}


@pytest.mark.parametrize(("text", "expected"), named_cases(FOUND))
def test_layout_states_it(scoring, text, expected):
    found = facts(text, scoring)
    for fact in expected:
        assert fact in found, (fact, found)


NOT_FOUND = {
    "a-rows-plan": (
        "Eurasian integration: a timeline\n\n" + TABLE + "| 2026 | Uzbekistan may join the "
        "Eurasian Economic Union |",
        [triple("uzb", "memberOf", EAEU)],
    ),
    "a-rows-negation": (
        "Eurasian integration: a timeline\n\n" + TABLE + "| 2015 | Tajikistan does not join the "
        "Eurasian Economic Union |",
        [triple("tjk", "memberOf", EAEU)],
    ),
    "a-rows-observer": (
        "The SCO: a timeline\n\n" + TABLE + "| 2004 | Mongolia becomes an observer of the "
        "Shanghai Cooperation Organisation |",
        [triple("mng", "memberOf", SCO)],
    ),
    "a-rows-partnership-not-the-alliance": (
        "Kazakhstan\n\n" + TABLE + "| 27 May 1994 | Joins NATO’s Partnership for Peace "
        "programme – not the Alliance itself |",
        [triple("kaz", "memberOf", "nato")],
    ),
    "subjectless-row-under-two-states": (
        "Kazakhstan and Russia\n\n" + TABLE + "| 30 November 2015 | Joined the World Trade "
        "Organization |",
        [triple("kaz", "memberOf", WTO), triple("rus", "memberOf", WTO)],
    ),
    "locator-key-over-nothing-named": (
        "Uzbekistan\n\nSection 2: Members\n• Kazakhstan (1992)",
        [triple("kaz", "memberOf", "uzb")],
    ),
}


@pytest.mark.parametrize(("text", "unexpected"), named_cases(NOT_FOUND))
def test_layout_states_nothing_of_it(scoring, text, unexpected):
    found = facts(text, scoring)
    for fact in unexpected:
        assert fact not in found, (fact, found)


def test_a_pipe_row_is_a_sentence_of_its_own():
    text = TABLE + "| 2 January 2015 | Armenia joins the Eurasian Economic Union at a summit |\n"
    text += "| 12 August 2015 | Kyrgyzstan joins the Eurasian Economic Union |"
    assert [s.text.split(" | ")[0] for s in split_sentences(text)][-2:] == [
        "| 2 January 2015",
        "| 12 August 2015",
    ]


def test_a_hyphen_opening_a_wrapped_line_still_runs_on():
    text = (
        "The treaty was signed by Kazakhstan and the other states of the region in the capital\n"
        "- a long process - and ratified a year later."
    )
    assert len(split_sentences(text)) == 1


def test_a_bullet_under_a_bullet_is_an_item_of_its_own():
    text = "- Capital: Astana and the largest city Almaty on the southern border\n- Land borders"
    assert len(split_sentences(text)) == 2


def test_a_nodes_date_comes_from_its_row(scoring):
    found = facts(
        "Kazakhstan\n\n" + TABLE + "| 1 January 2015 | Kazakhstan, Russia and Belarus launch the "
        "Eurasian Economic Union |\n| 30 November 2015 | Joined the World Trade Organization |",
        scoring,
    )
    assert node("Membership", member=["kaz"], organisation=[WTO]) not in found


# A pasted infobox: two-cell "|" rows without a header rule, each the key-value item it shows
INFOBOX = {
    "capital-and-languages": (
        "Latvia – Country profile\n\n| Capital | Riga |\n| Official language | Latvian |\n"
        "| Head of state | President Edgars Rinkēvičs |",
        [triple("riga", "capitalOf", "lva"), triple("lva", "officialLanguage", "latvian")],
        [],
    ),
    "a-long-row-above-a-row": (
        "Estonia\n\n| Official languages | Estonian, and in practice Russian in the north-east "
        "of the country |\n| Capital | Tallinn |",
        [triple("tallinn", "capitalOf", "est")],
        [],
    ),
    "a-ruled-table-header-is-no-item": (
        "Latvia\n\n| Capital | Status |\n|---|---|\n| Riga | planned |",
        [],
        [triple("riga", "capitalOf", "lva")],
    ),
    "an-observer-row": (
        "Mongolia\n\n| Observer of | Shanghai Cooperation Organisation |",
        [],
        [triple("mng", "memberOf", SCO)],
    ),
    "a-doubted-value": (
        "Uzbekistan\n\n| Member of | Eurasian Economic Union (applicant) |",
        [],
        [triple("uzb", "memberOf", EAEU)],
    ),
}


@pytest.mark.parametrize(("text", "expected", "unexpected"), named_cases(INFOBOX))
def test_an_infobox_row_is_its_item(scoring, text, expected, unexpected):
    found = facts(text, scoring)
    assert_found(found, expected, unexpected)


# A markdown table's caption across the blank line above it: a line closing with ":" or a short
# line closing without a sentence's end (tables._caption)
RELATIONS_TABLE = "\n\n| Country | Diplomatic relations since |\n|---|---|\n"
RELATIONS_TABLE += "| Egypt | 16.01.1992 |\n| Kenya | 1992 |"
CAPTIONS = {
    "a-short-caption": (
        "Kazakhstan's partners in Africa" + RELATIONS_TABLE,
        [triple("kaz", "hasDiplomaticRelationsWith", "egy")],
        [],
    ),
    "a-long-line-closing-with-a-colon": (
        "Kazakhstan ships wheat, flour, barley and fertilisers to more than thirty African "
        "countries; two markets account for most of that trade:" + RELATIONS_TABLE,
        [triple("kaz", "hasDiplomaticRelationsWith", "ken")],
        [],
    ),
    "a-sentence-is-no-caption": (
        "Kazakhstan opened talks with many partners in 2023." + RELATIONS_TABLE,
        [],
        [triple("kaz", "hasDiplomaticRelationsWith", "egy")],
    ),
    "a-doubting-caption": (
        "Kazakhstan's planned partners in Africa:" + RELATIONS_TABLE,
        [],
        [triple("kaz", "hasDiplomaticRelationsWith", "egy")],
    ),
    "a-caption-naming-two-states": (
        "Kazakhstan and Uzbekistan: partners in Africa" + RELATIONS_TABLE,
        [],
        [triple("kaz", "hasDiplomaticRelationsWith", "egy")],
    ),
}


@pytest.mark.parametrize(("text", "expected", "unexpected"), named_cases(CAPTIONS))
def test_a_caption_across_a_blank_line(scoring, text, expected, unexpected):
    found = facts(text, scoring)
    assert_found(found, expected, unexpected)


# A subjectless chronology line's rank: "Becomes the 37th member state of O", "Joins O as its
# 152nd member" are the key "becomes a member state of {o}", "joins {o}" (layout._RANK)
RANKS = {
    "joins-as-its-nth-member": (
        "Latvia\n\n" + TABLE + "| 10 February 1999 | Joins the World Trade Organization as its "
        "135th member |",
        [member("lva", WTO, "1999-02-10")],
        [],
    ),
    "becomes-the-nth-member-state": (
        "Latvia\n\n10 February 1995 – Becomes the 34th member state of the Council of Europe.",
        [member("lva", "council-of-europe", "1995-02-10")],
        [],
    ),
    "became-the-nth-member-on-a-bullet": (
        "Kazakhstan\n\n• Became the 162nd member of the WTO on 30 November 2015.",
        [member("kaz", WTO, "2015-11-30")],
        [],
    ),
    "the-first-observer": (
        "Mongolia\n\n2004 – Became the first observer of the Shanghai Cooperation Organisation.",
        [],
        [triple("mng", "memberOf", SCO)],
    ),
    "as-its-nth-partner": (
        "Mongolia\n\n2012 – Joins the North Atlantic Treaty Organization as its 40th partner.",
        [],
        [triple("mng", "memberOf", "nato")],
    ),
}


@pytest.mark.parametrize(("text", "expected", "unexpected"), named_cases(RANKS))
def test_a_rank_in_a_subjectless_line(scoring, text, expected, unexpected):
    found = facts(text, scoring)
    assert_found(found, expected, unexpected)


# A table goes on under its header after one remark line between its rows (tables._resumes)
CAPITALS = "State | Capital\nPeru | Lima\nNepal | Kathmandu\n"
RESUMED = {
    "rows-after-a-remark": (
        CAPITALS + "Remark: Bolivia has two seats of government.\nNorway | Oslo\nSweden | "
        "Stockholm",
        [triple("oslo", "capitalOf", "nor"), triple("lima", "capitalOf", "per")],
        [],
    ),
    "dated-rows-after-a-remark": (
        "No. | Title | Partner | Signed | Place | Status\n1 | Agreement between the Republic of "
        "Kazakhstan and the United States of America concerning the Encouragement and Reciprocal "
        "Protection of Investments | United States | 19.05.1992 | Washington | in force\n"
        "Remarks (record 1): signed during a visit.\n2 | Agreement on Encouragement and Reciprocal "
        "Protection of Investments between the Kingdom of the Netherlands and the Republic of "
        "Kazakhstan | Netherlands | 27.11.2002 | The Hague | in force\n3 | Agreement on "
        "Encouragement and Reciprocal Protection of Investments between the Kingdom of the "
        "Netherlands and the Republic of Kazakhstan | Netherlands | 27.11.2002 | The Hague | in "
        "force",
        [
            triple(
                "agreement-between-the-republic-of-kazakhstan-and-the-united-states-of-america-"
                "concerning-the-encouragement-and-reciprocal-protection-of-investments",
                "signingPlace",
                "washington",
            ),
            triple(
                "agreement-on-encouragement-and-reciprocal-protection-of-investments-between-the-"
                "kingdom-of-the-netherlands-and-the-republic-of-kazakhstan",
                "signingDate",
                ("2002-11-27", "xsd:date"),
            ),
        ],
        [],
    ),
    "rows-after-a-blank-line": (
        CAPITALS + "\nNorway | Oslo\nSweden | Stockholm",
        [],
        [triple("oslo", "capitalOf", "nor")],
    ),
    "rows-of-another-width": (
        CAPITALS + "Remark: Bolivia has two seats.\nNorway | Oslo | 1905\n"
        "Sweden | Stockholm | 1523",
        [],
        [triple("oslo", "capitalOf", "nor")],
    ),
    "a-header-of-its-own": (
        CAPITALS + "Remark: Bolivia has two seats.\nCountry | Official language\nNorway | "
        "Norwegian\nSweden | Swedish",
        [triple("nor", "officialLanguage", "norwegian")],
        [],
    ),
}


@pytest.mark.parametrize(("text", "expected", "unexpected"), named_cases(RESUMED))
def test_a_table_resumed_after_a_remark(scoring, text, expected, unexpected):
    found = facts(text, scoring)
    assert_found(found, expected, unexpected)


def test_a_row_dated_by_days_across_two_months(scoring):
    """A range across two months ("31 Aug–1 Sep 2025 | ...") heads a chronology line
    (sentences.CHRONOLOGY_HEAD): its own sentence, its range dating the summit it names, and
    only a summit."""
    found = facts(
        "The SCO: a timeline\n\n" + TABLE + "| 4 Jul 2024 | Belarus joins the SCO |\n"
        "| 31 Aug–1 Sep 2025 | SCO summit in Tianjin |\n"
        "| 30 June – 2 July 2026 | Belarus joins the Eurasian Economic Union |",
        scoring,
    )
    summit = node(
        "Summit",
        endDate=[("2025-09-01", "xsd:date")],
        heldIn=["tianjin"],
        organisation=[SCO],
        startDate=[("2025-08-31", "xsd:date")],
    )
    assert summit in found, found
    assert member("blr", EAEU) in found  # a range of days says not which day B joined


# A row's date is its event's: a remark in a "Notes" column (layout._note_cells, lexicon
# table-note-headers) and a description "X: developed by Y" (layout._DESCRIPTION) take none
MILESTONES = "| Date | Milestone | Notes |\n|---|---|---|\n"


def test_a_notes_cell_takes_no_date_from_its_row(scoring):
    found = facts(
        "Eurasian integration\n\n" + MILESTONES + "| 2 January 2015 | Armenia joins the Eurasian "
        "Economic Union | talks go on; Kyrgyzstan joins the Eurasian Economic Union |",
        scoring,
    )
    assert member("arm", EAEU, "2015-01-02") in found, found
    assert member("kgz", EAEU, "2015-01-02") not in found, found


def test_a_description_takes_no_date_from_its_row(scoring):
    found = facts(
        "Oil fields\n\n" + MILESTONES + "| 2018 | Tengiz field: developed by Chevron | phase 2 |",
        scoring,
    )
    undated = node("FieldDevelopment", developer=["chevron"], field=["tengiz-oil-field"])
    dated = node("FieldDevelopment", developer=["chevron"], field=["tengiz-oil-field"],
                 startDate=[("2018", "xsd:gYear")])  # fmt: skip
    assert dated not in found, found
    assert undated in found, found
