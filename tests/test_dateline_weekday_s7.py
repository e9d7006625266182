"""A story's "on <Weekday>" is its dateline's day even when the sentence also names a year of
something else ("his first since 2019"); a day or month of its own in the sentence still leaves
the weekday alone (which of two dates the event had is then not plain)."""

from __future__ import annotations

from fact_cases import date, extract, nodes_of

LEAD = "BISHKEK, 14 March 2023 (Kabar) – Turkish President Recep Tayyip Erdogan arrived in Bishkek "


def _visits(text, scoring):
    return nodes_of(extract(text, scoring, stem="dateline-weekday")[1], "kz:StateVisit")


def test_a_year_of_something_else_does_not_keep_the_weekday_from_its_date(scoring):
    visits = _visits(LEAD + "on Tuesday on an official visit, his first since 2019.", scoring)
    assert [v.get("kz:date") for v in visits] == [[date("2023-03-14")]], visits


def test_a_day_of_its_own_in_the_sentence_leaves_the_weekday_alone(scoring):
    visits = _visits(LEAD + "on Tuesday, a year after the talks of 5 May 2022.", scoring)
    assert all(v.get("kz:date") != [date("2023-03-14")] for v in visits), visits
