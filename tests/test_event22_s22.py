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


HEADLINE = (
    "Macron courts Kazakhstan’s uranium as France seeks to cut its reliance on Russian supplies"
    " of nuclear fuel\n"
)
MACRON_ARRIVED = (
    "French President Emmanuel Macron arrived in Astana on Wednesday for an official visit at"
    " the invitation of Kazakh President Kassym-Jomart Tokayev."
)
LONDON_STORY = "LONDON, 4 July 2024 – Lawyers in London said on Thursday that claims weigh.\n\n"
MACRON = ("emmanuel-macron", "astana")
XI = ("xi-jinping", "astana")
TOKAYEV = "kassym-jomart-tokayev"

DATELINE_DATED = {
    # a dateline without an agency, after a headline the splitter runs on into it
    "weekday-of-the-dateline": (
        HEADLINE + "ASTANA, 1 November 2023 – " + MACRON_ARRIVED,
        props(*MACRON, date("2023-11-01"), TOKAYEV),
    ),
    # after a headline and a byline
    "dateline-on-the-third-line": (
        "Talks in Astana\nBy our correspondent\nASTANA, 1 November 2023 – " + MACRON_ARRIVED,
        props(*MACRON, date("2023-11-01"), TOKAYEV),
    ),
    # a day without its year lies in the dateline's year
    "day-in-the-datelines-year": (
        LONDON_STORY + "On 2 July Chinese President Xi Jinping arrived in Astana for a state"
        " visit at Tokayev’s invitation, ahead of the summit.",
        props(*XI, date("2024-07-02"), TOKAYEV),
    ),
    # a fronted date with "at X's invitation" (relations.jsonl arrived-for-visit)
    "fronted-date-possessive-invitation": (
        "On 2 July 2024 Chinese President Xi Jinping arrived in Astana for a state visit at"
        " Tokayev’s invitation.",
        props(*XI, date("2024-07-02"), TOKAYEV),
    ),
}


@pytest.mark.parametrize(("text", "expected"), DATELINE_DATED.values(), ids=DATELINE_DATED)
def test_a_visit_dated_by_its_story(facts, text, expected):
    assert _visits(facts(text)) == [expected]


DATELINE_UNDATED = {
    # 2 November 2023 was a Thursday: "on Wednesday" is another day
    "another-weekday": (
        HEADLINE + "ASTANA, 2 November 2023 – " + MACRON_ARRIVED,
        props(*MACRON, None, TOKAYEV),
    ),
    # no date and no agency: no dateline
    "no-date-no-agency": (
        "Kazakhstan – the heart of Eurasia\nAstana, for its part – as officials said – welcomed"
        " the guests. " + MACRON_ARRIVED,
        props(*MACRON, None, TOKAYEV),
    ),
    # a dated line below the story's first three lines is no dateline
    "too-far-down": (
        "Talks in Astana\nBy our correspondent\nUpdated daily\nMore news\n"
        "ASTANA, 1 November 2023 – " + MACRON_ARRIVED,
        props(*MACRON, None, TOKAYEV),
    ),
}


@pytest.mark.parametrize(("text", "expected"), DATELINE_UNDATED.values(), ids=DATELINE_UNDATED)
def test_a_visit_the_story_does_not_date(facts, text, expected):
    assert _visits(facts(text)) == [expected]


def test_a_planned_arrival_under_a_dateline_is_no_visit(facts):
    text = (
        "LONDON, 4 July 2024 – Chinese President Xi Jinping is to arrive in Astana on Thursday"
        " for a state visit at Tokayev’s invitation."
    )
    assert _visits(facts(text)) == []


SUMMIT = "kz:Summit"


def _summit(org: str, city: str, start: str | None = None, end: str | None = None) -> dict:
    found = {"kz:organisation": [org], "kz:heldIn": [city]}
    if start:
        found["kz:startDate"] = [date(start)]
    if end:
        found["kz:endDate"] = [date(end)]
    return found


LINE_SUMMITS = {
    "the-summit-opens-the-line": (
        "3–4 July 2024 – The SCO summit in Astana closes Kazakhstan’s year-long chairmanship"
        " of the organisation.",
        _summit(SCO, "astana", "2024-07-03", "2024-07-04"),
    ),
    "at-the-summit-opens-a-bullet-line": (
        "• 5–6 December 1994 – At the CSCE summit in Budapest, the UK, the US and Russia give"
        " Kazakhstan security assurances.",
        _summit("csce", "budapest", "1994-12-05", "1994-12-06"),
    ),
    # a summit further into the line is not the line's event
    "a-summit-the-line-looks-back-to": (
        "3 July 2025 – Kazakhstan signs the treaty, a year after the SCO summit in Astana.",
        _summit(SCO, "astana"),
    ),
}


@pytest.mark.parametrize(("text", "expected"), LINE_SUMMITS.values(), ids=LINE_SUMMITS)
def test_a_chronology_line_opening_with_a_summit_dates_it(facts, text, expected):
    assert nodes_of(facts(text), SUMMIT) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "2026 – The SCO summit in Bishkek is expected to admit Laos.",
        "3–4 July 2024 – A planned SCO summit in Astana is postponed.",
    ],
)
def test_a_line_of_a_summit_not_held_gives_none(facts, text):
    assert nodes_of(facts(text), SUMMIT) == []


ECO = "economic-cooperation-organization"
SUMMIT_ASIDES = {
    # the city's state set off by commas before the date
    "state-after-the-city": (
        "Tokayev pledged flour at the SCO summit in Tianjin, China, on 31 August–1 September 2025.",
        _summit(SCO, "tianjin", "2025-08-31", "2025-09-01"),
    ),
    # the dates in a bracket after the city and its state
    "bracketed-dates": (
        "At the ECO summit in Khankendi, Azerbaijan (3–4 July 2025), Azerbaijan took over the"
        " chair.",
        _summit(ECO, "khankendi", "2025-07-03", "2025-07-04"),
    ),
    # a date of another clause after the aside is not the summit's
    "a-later-clause-date": (
        "Tokayev spoke at the SCO summit in Tianjin, China, which will be held on 31 August 2025.",
        _summit(SCO, "tianjin"),
    ),
}


@pytest.mark.parametrize(("text", "expected"), SUMMIT_ASIDES.values(), ids=SUMMIT_ASIDES)
def test_a_summit_dated_past_its_citys_state(facts, text, expected):
    assert nodes_of(facts(text), SUMMIT) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Tokayev will attend the upcoming SCO summit in Tianjin, China, on 31 August 2025.",
        "The planned ECO summit in Khankendi, Azerbaijan (3–4 July 2025) was postponed.",
    ],
)
def test_a_summit_to_come_past_its_citys_state_gives_none(facts, text):
    assert nodes_of(facts(text), SUMMIT) == []


CHAIR = "kz:Chairmanship"
OTS = "organization-of-turkic-states"


def _chair(org: str, state: str, year: str | None = None) -> dict:
    found = {"kz:organisation": [org], "kz:chair": [state]}
    if year:
        found["kz:year"] = [date(year)]
    return found


TAKEOVERS = {
    "at-the-summit-on-a-day": (
        "Kazakhstan took over the chairmanship of the Organization of Turkic States at the"
        " Astana summit on 3 November 2023.",
        _chair(OTS, "kaz", "2023"),
    ),
    "from-the-predecessor-in-a-year": (
        "Azerbaijan took over the CICA chairmanship from Kazakhstan in 2024.",
        _chair("cica", "aze", "2024"),
    ),
    # the date of a relative clause about the summit is not read
    "a-clause-dates-the-summit": (
        "Kazakhstan took over the chairmanship of the Organization of Turkic States at the"
        " summit, which was held in Astana on 3 November 2023.",
        _chair(OTS, "kaz"),
    ),
}


@pytest.mark.parametrize(("text", "expected"), TAKEOVERS.values(), ids=TAKEOVERS)
def test_a_chairmanship_taken_over_at_a_summit_or_from_a_state(facts, text, expected):
    assert nodes_of(facts(text), CHAIR) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan will take over the chairmanship of the Organization of Turkic States at the"
        " Astana summit on 3 November 2023.",
        "Did Azerbaijan take over the CICA chairmanship from Kazakhstan in 2024?",
    ],
)
def test_a_takeover_to_come_or_asked_gives_none(facts, text):
    assert nodes_of(facts(text), CHAIR) == []
