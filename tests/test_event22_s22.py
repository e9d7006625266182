"""State visits, summits and chairmanships the extractor missed (session 22's brief EVENT22).

- A visit to several places is one visit to each: "paid state visits to Bishkek and Dushanbe in
  June 2019" is two StateVisit nodes, one destination each (schema.jsonl's visit node, "each":
  "P"), as the golds record them; before, one node held both destinations and matched neither.
  Look-alikes: a plan, a question, a minister's trip give nothing still.
- A chronology line opened by a dash bullet ("– October 2011: A pays a state visit to C") or a
  markdown table row whose first cell is its date ("| Sep 2013 | A pays state visits to C |")
  dates its facts as "October 2011: ..." does (sentences.CHRONOLOGY_HEAD). Look-alikes: a row
  whose first cell is no date, a dash line without a date's separator.
"""

from __future__ import annotations

import pytest
from fact_cases import date, member, nodes_of
from fact_cases import visit_props as props

VISIT = "kz:StateVisit"


def _visits(extracted: list) -> list[dict]:
    return nodes_of(extracted, VISIT)


JUNE_2019 = date("2019-06")

SEVERAL_PLACES = {
    "two-cities": (
        "Xi Jinping paid state visits to Bishkek and Dushanbe in June 2019.",
        [props("xi-jinping", "bishkek", JUNE_2019), props("xi-jinping", "dushanbe", JUNE_2019)],
    ),
    "two-states": (
        "In June 2019 Chinese President Xi Jinping visited Kyrgyzstan and Tajikistan.",
        [props("xi-jinping", "kgz", JUNE_2019), props("xi-jinping", "tjk", JUNE_2019)],
    ),
}


@pytest.mark.parametrize(("text", "expected"), SEVERAL_PLACES.values(), ids=SEVERAL_PLACES)
def test_a_visit_to_several_places_is_one_visit_to_each(facts, text, expected):
    assert sorted(_visits(facts(text)), key=str) == sorted(expected, key=str)


def test_one_place_keeps_its_one_visit(facts):
    text = (
        "In June 2019 Chinese President Xi Jinping paid a state visit to Kyrgyzstan at the"
        " invitation of President Sooronbay Jeenbekov."
    )
    assert _visits(facts(text)) == [props("xi-jinping", "kgz", JUNE_2019, "sooronbay-jeenbekov")]


NO_VISIT_TO_SEVERAL = [
    "Xi Jinping will pay state visits to Bishkek and Dushanbe in June 2019.",
    "Did Xi Jinping visit Kyrgyzstan and Tajikistan in June 2019?",
    "In June 2019 Foreign Minister Wang Yi visited Kyrgyzstan and Tajikistan.",
    "Xi Jinping has never visited Kyrgyzstan and Tajikistan.",
]


@pytest.mark.parametrize("text", NO_VISIT_TO_SEVERAL)
def test_no_visit_to_several_places(facts, text):
    assert _visits(facts(text)) == []


MILESTONES = (
    "Milestones\n"
    "– October 2011: President Nursultan Nazarbayev of Kazakhstan pays a state visit to Hanoi at"
    " the invitation of President Truong Tan Sang.\n"
    "— 1995: Kazakhstan joins the Organisation of Islamic Cooperation.\n"
)
TIMELINE_TABLE = (
    "| Date | Event |\n"
    "|---|---|\n"
    "| Sep 2013 | Xi Jinping pays state visits to Turkmenistan and Kazakhstan |\n"
    "| 4 Jul 2024 | Belarus joins the SCO at the Astana summit |\n"
    "| 2026 | Xi Jinping is expected to visit Kyrgyzstan |\n"
    "| 2027 | Mongolia may join the SCO |\n"
)
SCO = "shanghai-cooperation-organisation"


def test_a_dash_bullet_chronology_line_dates_its_facts(facts):
    extracted = facts(MILESTONES)
    assert _visits(extracted) == [
        props("nursultan-nazarbayev", "hanoi", date("2011-10"), "truong-tan-sang")
    ]
    assert member("kaz", "oic", "1995") in extracted


def test_a_table_row_opening_with_its_date_dates_its_facts(facts):
    extracted = facts(TIMELINE_TABLE)
    sep_2013 = date("2013-09")
    assert sorted(_visits(extracted), key=str) == [
        props("xi-jinping", "kaz", sep_2013),
        props("xi-jinping", "tkm", sep_2013),
    ]
    assert member("blr", SCO, "2024-07-04") in extracted


def test_a_dated_row_of_a_plan_states_nothing(facts):
    extracted = facts(TIMELINE_TABLE)
    assert not any("kgz" in visit["kz:destination"] for visit in _visits(extracted))
    assert not [fact for fact in extracted if "mng" in str(fact)]


def test_a_row_opening_with_no_date_is_no_chronology_line(facts):
    text = "| Country | Event |\n|---|---|\n| Belarus | joins the SCO at the Astana summit |\n"
    assert member("blr", SCO, "2024-07-04") not in facts(text)
