"""Days written with dots, day first ("14.02.1994", "02–04.04.2008"), as the region's texts and
European ones write them: a value of its own, and the head of a chronology line with or without
a dash after it ("03.12.1993 Georgia joins the CIS"). Look-alikes: a day or month out of range, a
number with more dots (a version), a plan on a dated line.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples

from kzgraph.sentences import CHRONOLOGY_HEAD
from kzgraph.values import find_values


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("on 14.02.1994", {"date": ("1994-02-14", "xsd:date")}),
        ("on 3.12.1993", {"date": ("1993-12-03", "xsd:date")}),
        ("02–04.04.2008", {"date": ("2008-04-02", "xsd:date"), "end": ("2008-04-04", "xsd:date")}),
        ("2-4.04.2008", {"date": ("2008-04-02", "xsd:date"), "end": ("2008-04-04", "xsd:date")}),
    ],
)
def test_a_dotted_day_is_a_date(text: str, fields: dict) -> None:
    dates = [v.fields for v in find_values(text) if "Date" in v.kinds]
    assert dates == [fields]


@pytest.mark.parametrize(
    "text",
    ["31.02.2001", "12.13.1993", "00.05.1999", "version 1.2.2024.5", "04–02.04.2008", "1.5 km"],
)
def test_what_is_no_dotted_day(text: str) -> None:
    assert not [v for v in find_values(text) if "Date" in v.kinds]


@pytest.mark.parametrize(
    ("line", "head"),
    [
        ("03.12.1993 Georgia joins the CIS.", "03.12.1993 "),
        ("03.12.1993 – Georgia joins the CIS.", "03.12.1993 – "),
        ("02–04.04.2008 NATO meets in Bucharest.", "02–04.04.2008 "),
        ("• 14.02.1994: Kazakhstan joins the IAEA.", "• 14.02.1994: "),
    ],
)
def test_a_dotted_day_heads_a_chronology_line(line: str, head: str) -> None:
    match = CHRONOLOGY_HEAD.match(line)
    assert match is not None and match.group() == head


@pytest.mark.parametrize(
    "line", ["14.02.1994 joins the IAEA.", "The 14.02.1994 session.", "1.5 Mt"]
)
def test_what_heads_no_chronology_line(line: str) -> None:
    assert CHRONOLOGY_HEAD.match(line) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "03.12.1993 Georgia joins the Commonwealth of Independent States.",
            {("geo", "memberOf", "cis"), ("membership-geo-cis", "startDate", "1993-12-03")},
        ),
        (
            "24.07.1992 Georgia and Kazakhstan establish diplomatic relations.",
            {("geo", "hasDiplomaticRelationsWith", "kaz")},
        ),
        (
            "Kazakhstan joined the International Atomic Energy Agency on 14.02.1994.",
            {("kaz", "memberOf", "iaea"), ("membership-kaz-iaea", "startDate", "1994-02-14")},
        ),
    ],
)
def test_dotted_days_date_facts(text: str, expected: set) -> None:
    assert expected <= set(assertion_triples(text, stem="dotted-s17"))


@pytest.mark.parametrize(
    "text",
    [
        "14.02.1994 Kazakhstan plans to join the International Atomic Energy Agency.",
        "03.12.1993 Georgia does not join the Commonwealth of Independent States.",
        "03.12.1993 Georgia applies to join the Commonwealth of Independent States.",
        "24.07.1992 Georgia and Kazakhstan discuss diplomatic relations.",
    ],
)
def test_dotted_lines_of_plans_give_nothing(text: str) -> None:
    found = assertion_triples(text, stem="dotted-s17")
    assert not [t for t in found if t[1] in ("memberOf", "hasDiplomaticRelationsWith")]
