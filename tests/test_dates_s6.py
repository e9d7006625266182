"""Dates of chronology lines (layout.py, extract.py), session 6: a fact the line's date dates
is stated once (the dependency reading sees it dated, so it adds no dated copy); a bracketed
date or range ("the summit (3–4 July)") belongs to the noun it follows and does not keep the
line's date from its main fact; a plural's irregular verb ("A and B become") is an event
verb like "becomes". Each case is worded with other entities than the corpus lines that
suggested it, and each has a look-alike."""

from __future__ import annotations

from functools import partial

from fact_cases import date, extract, member, nodes_of

from kzgraph.documents import document_from_text
from kzgraph.extract import extract_document

_extract = partial(extract, stem="dates-s6-test")


def _memberships(text: str, scoring) -> list[dict]:
    return nodes_of(_extract(text, scoring)[1], "kz:Membership")


def _has(text: str, scoring, expected) -> bool:
    return expected in _extract(text, scoring)[1]


def test_a_dated_line_under_a_heading_states_its_membership_once():
    text = "Tajikistan\nCapital: Dushanbe\n2013 – Tajikistan joins the World Trade Organization."
    facts = extract_document(document_from_text(text, "dates-s6-test")).facts
    assert facts["membership"] == 1


def test_the_one_membership_carries_the_lines_date(scoring):
    text = "Tajikistan\nCapital: Dushanbe\n2 March 2013 – Tajikistan joins the WTO."
    assert _has(text, scoring, member("tjk", "wto", "2013-03-02"))
    assert len(_memberships(text, scoring)) == 1


def test_a_bracketed_range_after_a_summit_leaves_the_line_date_to_the_main_fact(scoring):
    text = (
        "Kyrgyzstan and the Eurasian Economic Union: a chronology\n"
        "12 August 2015 – At a summit in Minsk (11–12 August), Kyrgyzstan is admitted to the "
        "Eurasian Economic Union."
    )
    assert _has(text, scoring, member("kgz", "eaeu", "2015-08-12"))


def test_a_plurals_irregular_verb_is_an_event_the_line_dates(scoring):
    text = (
        "Armenia and the Eurasian Economic Union: a chronology\n"
        "2 January 2015 – Armenia and Kyrgyzstan become members of the Eurasian Economic Union "
        "after a meeting in Astana (29 May)."
    )
    assert _has(text, scoring, member("arm", "eaeu", "2015-01-02"))


def test_an_unbracketed_other_month_before_the_fact_still_keeps_the_line_date(scoring):
    text = (
        "Kyrgyzstan and the Eurasian Economic Union: a chronology\n"
        "2015 – After talks in March and May, Kyrgyzstan joins the Eurasian Economic Union."
    )
    found = _memberships(text, scoring)
    assert found and not any("kz:startDate" in props for props in found)


def test_members_named_in_an_apposition_on_a_dated_line_get_no_start_date(scoring):
    text = (
        "Armenia and the Eurasian Economic Union: a chronology\n"
        "1 January 2016 – Armenia and Kyrgyzstan, members of the Eurasian Economic Union, hold "
        "talks in Yerevan."
    )
    assert not any("kz:startDate" in props for props in _memberships(text, scoring))


# A footnote's marker after a full stop ("... on 6 December 2021.³ Uzbek President ...") may
# leave two sentences in one: a fronted date the gap ran back to is the sentence before's.
_VISIT = "Uzbek President Shavkat Mirziyoyev paid a state visit to Kazakhstan"
_BEFORE = (
    "Uzbekistan and Kazakhstan signed the Treaty on Allied Relations in Astana on "
    "6 December 2021.³ "
)


def _visits(text: str, scoring) -> list[dict]:
    return nodes_of(_extract(text, scoring)[1], "kz:StateVisit")


def test_a_date_ending_the_sentence_before_a_footnote_marker_does_not_date_the_visit(scoring):
    found = _visits(_BEFORE + _VISIT + ".", scoring)
    assert found and not any("kz:date" in props for props in found)


def test_the_visits_own_date_after_such_a_date_is_kept_alone(scoring):
    found = _visits(_BEFORE + _VISIT + " in March 2017.", scoring)
    assert found and all(props.get("kz:date") == [date("2017-03")] for props in found)


def test_a_fronted_date_of_the_visits_own_sentence_still_dates_it(scoring):
    found = _visits("On 22 March 2017 " + _VISIT + ".", scoring)
    assert found and all(props.get("kz:date") == [date("2017-03-22")] for props in found)


def test_an_abbreviation_with_a_full_stop_after_the_date_is_no_sentence_end(scoring):
    text = "In March 2019 U.S. President Donald Trump paid a state visit to Kazakhstan."
    found = _visits(text, scoring)
    assert found and all(props.get("kz:date") == [date("2019-03")] for props in found)
