"""State visits the development sets tell and the extractor missed (session 21's brief REC21V).

Heads of state the gazetteer lacked killed the whole visit they took part in: "September 2001 -
Pope John Paul II visits Astana at the invitation of ...", "... paid a state visit to Bishkek
at the invitation of Sooronbay Jeenbekov". Look-alikes: a visit hoped for, an invitation only.

A news dateline on the line after a headline dates "on <weekday>" in the story's first sentence
as one opening the document does ("Macron courts uranium\\nASTANA, 1 November 2023 (Kazinform)
- ... arrived in Astana on Wednesday for an official visit"). Look-alikes: another weekday (the
visit keeps no date), a weekday in the headline, a sentence with a day of its own.
"""

from __future__ import annotations

import pytest
from fact_cases import nodes_of
from fact_cases import visit_props as _props

VISIT = "kz:StateVisit"


def _visits(extracted: list) -> list[dict]:
    return nodes_of(extracted, VISIT)


HEADS_OF_STATE = [
    (
        "September 2001 – Pope John Paul II visits Astana at the invitation of Kazakh President"
        " Nursultan Nazarbayev.",
        _props("john-paul-ii", "astana", ("2001-09", "xsd:gYearMonth"), "nursultan-nazarbayev"),
    ),
    (
        "Pope Francis arrived in Nur-Sultan on 13 September 2022 at the invitation of President"
        " Kassym-Jomart Tokayev.",
        _props("pope-francis", "astana", ("2022-09-13", "xsd:date"), "kassym-jomart-tokayev"),
    ),
    (
        "In November 2019 Kassym-Jomart Tokayev, the President of Kazakhstan, paid a state visit"
        " to Bishkek at the invitation of Sooronbay Jeenbekov.",
        _props(
            "kassym-jomart-tokayev",
            "bishkek",
            ("2019-11", "xsd:gYearMonth"),
            "sooronbay-jeenbekov",
        ),
    ),
]


@pytest.mark.parametrize(("text", "props"), HEADS_OF_STATE)
def test_heads_of_state_the_gazetteer_lacked(facts, text, props):
    assert props in _visits(facts(text))


NO_VISIT = [
    "Pope Francis hopes to visit Astana next year.",
    "Pope Francis has been invited to visit Kazakhstan.",
    "Did Pope John Paul II visit Astana in 2001?",
    "Sooronbay Jeenbekov never visited Astana.",
]


@pytest.mark.parametrize("text", NO_VISIT)
def test_heads_of_state_look_alikes(facts, text):
    assert _visits(facts(text)) == []


HEADLINE = "Macron courts Kazakhstan’s uranium\n"
STORY = (
    "ASTANA, 1 November 2023 (Kazinform) – French President Emmanuel Macron arrived in Astana on"
    " {day} for an official visit at the invitation of Kazakh President Kassym-Jomart Tokayev."
)


def test_dateline_after_headline_dates_its_weekday(facts):
    visits = _visits(facts(HEADLINE + STORY.format(day="Wednesday")))
    dated = _props("emmanuel-macron", "astana", ("2023-11-01", "xsd:date"), "kassym-jomart-tokayev")
    assert visits == [dated]


def test_dateline_after_headline_other_weekday_gives_no_date(facts):
    visits = _visits(facts(HEADLINE + STORY.format(day="Thursday")))
    assert visits == [_props("emmanuel-macron", "astana", inviter="kassym-jomart-tokayev")]


def test_weekday_in_headline_is_no_day_of_the_story(facts):
    text = (
        "Macron due on Wednesday\nASTANA, 1 November 2023 (Kazinform) – French President"
        " Emmanuel Macron visited Astana at the invitation of President Kassym-Jomart Tokayev."
    )
    for visit in _visits(facts(text)):
        assert "kz:date" not in visit


def test_dateline_after_headline_sentence_with_its_own_day(facts):
    text = HEADLINE + (
        "ASTANA, 1 November 2023 (Kazinform) – French President Emmanuel Macron, who visited"
        " Astana on 30 October 2023, returned on Wednesday."
    )
    dates = [v.get("kz:date") for v in _visits(facts(text))]
    assert [("2023-11-01", "xsd:date")] not in dates


# --- a capital's apposition beside the city, ", at the invitation of", "on the evening of D" ---


APPOSITIONS = [
    (
        "In November 2024 President Vladimir Putin of Russia paid a state visit to our capital,"
        " Astana, at the invitation of President Kassym-Jomart Tokayev.",
        _props("vladimir-putin", "astana", ("2024-11", "xsd:gYearMonth"), "kassym-jomart-tokayev"),
    ),
    (
        "On the evening of 4 July 2024, Xi Jinping arrived in Dushanbe, the Tajik capital, for a"
        " state visit at the invitation of Tajik President Emomali Rahmon.",
        _props("xi-jinping", "dushanbe", ("2024-07-04", "xsd:date"), "emomali-rahmon"),
    ),
    (
        "Xi Jinping arrived in Dushanbe, the Tajik capital, for a state visit.",
        _props("xi-jinping", "dushanbe"),
    ),
    (
        "Vladimir Putin visited Astana on 28 May 2015, at the invitation of President Nursultan"
        " Nazarbayev.",
        _props("vladimir-putin", "astana", ("2015-05-28", "xsd:date"), "nursultan-nazarbayev"),
    ),
    (
        "On the evening of 4 July 2024, Xi Jinping visited Dushanbe.",
        _props("xi-jinping", "dushanbe", ("2024-07-04", "xsd:date")),
    ),
]


@pytest.mark.parametrize(("text", "props"), APPOSITIONS)
def test_visit_past_a_capitals_apposition(facts, text, props):
    assert _visits(facts(text)) == [props]


APPOSITION_LOOK_ALIKES = [
    "Xi Jinping hopes to arrive in Dushanbe, the Tajik capital, for a state visit.",
    "Xi Jinping did not arrive in Dushanbe, the Tajik capital, for a state visit.",
    "Will Vladimir Putin pay a state visit to our capital, Astana, at the invitation of President"
    " Kassym-Jomart Tokayev?",
    "A delegation sent by Xi Jinping arrived in Dushanbe, the Tajik capital, for a state visit.",
    "Xi Jinping's visit to Dushanbe, the Tajik capital, was postponed.",
    "On the evening of 4 July 2024, Xi Jinping was expected to visit Dushanbe.",
]


@pytest.mark.parametrize("text", APPOSITION_LOOK_ALIKES)
def test_capitals_apposition_look_alikes(facts, text):
    assert _visits(facts(text)) == []


def test_capitals_apposition_gives_no_other_kind(facts):
    # the reading past the apposition gives visits only: this summit's date is "of that year"
    text = (
        "In 2010 Kazakhstan chaired the OSCE, and on 1 and 2 December of that year Astana, our"
        " capital, hosted the organisation’s summit."
    )
    assert not [f for f in facts(text) if f[:2] == ("node", "kz:Summit")]


# --- a possessive visit as the subject of what it brought, or as what a thing builds on ---


POSSESSIVE = [
    (
        "Kazakh President Kassym-Jomart Tokayev’s state visit to Tehran in June 2022, at the"
        " invitation of Iranian President Ebrahim Raisi, produced a road map.",
        _props("kassym-jomart-tokayev", "tehran", ("2022-06", "xsd:gYearMonth"), "ebrahim-raisi"),
    ),
    (
        "Turkish President Recep Tayyip Erdoğan’s state visit to Tashkent in March 2022 produced"
        " a comprehensive strategic partnership.",
        _props("recep-tayyip-erdogan", "tashkent", ("2022-03", "xsd:gYearMonth")),
    ),
    (
        "The initiative builds on Chinese President Xi Jinping’s state visit to Astana in"
        " September 2013 at the invitation of Kazakh President Nursultan Nazarbayev.",
        _props("xi-jinping", "astana", ("2013-09", "xsd:gYearMonth"), "nursultan-nazarbayev"),
    ),
]


@pytest.mark.parametrize(("text", "props"), POSSESSIVE)
def test_possessive_visit_that_brought_something(facts, text, props):
    assert _visits(facts(text)) == [props]


POSSESSIVE_LOOK_ALIKES = [
    "Erdoğan’s state visit to Tashkent next month could produce a partnership.",
    "Erdoğan’s state visit to Tashkent in March 2022 will produce a partnership.",
    "Erdoğan’s planned state visit to Tashkent produced speculation.",
    "Did Erdoğan’s state visit to Tashkent in March 2022 produce a partnership?",
    "Erdoğan’s state visit to Tashkent, postponed in March 2022, produced nothing.",
    "The plan builds on Erdoğan’s state visit to Tashkent, which never took place.",
    "Erdoğan’s envoy's visit to Tashkent in March 2022 produced a partnership.",
]


@pytest.mark.parametrize("text", POSSESSIVE_LOOK_ALIKES)
def test_possessive_visit_look_alikes(facts, text):
    assert _visits(facts(text)) == []


# --- "the state visit of the President of S, V, to P", a chronology's "State visit of V to P" ---


VISIT_OF = [
    (
        "The Sides welcomed the state visit of the President of the Republic of Kazakhstan,"
        " Kassym-Jomart Tokayev, to Baku on 24 August 2022 at the invitation of the President of"
        " the Republic of Azerbaijan, Ilham Aliyev.",
        _props("kassym-jomart-tokayev", "baku", ("2022-08-24", "xsd:date"), "ilham-aliyev"),
    ),
    (
        "What did take place was the state visit of Vietnamese President Võ Văn Thưởng to Astana"
        " on 30 November 2023, at the invitation of President Kassym-Jomart Tokayev.",
        _props("vo-van-thuong", "astana", ("2023-11-30", "xsd:date"), "kassym-jomart-tokayev"),
    ),
    (
        "November 2024 – State visit of Russian President Vladimir Putin to Astana.",
        _props("vladimir-putin", "astana", ("2024-11", "xsd:gYearMonth")),
    ),
    (
        "• Jun 2021 – State visit of President Shavkat Mirziyoyev (Uzbekistan) to Dushanbe at the"
        " invitation of President Emomali Rahmon (Tajikistan)",
        _props("shavkat-mirziyoyev", "dushanbe", ("2021-06", "xsd:gYearMonth"), "emomali-rahmon"),
    ),
]


@pytest.mark.parametrize(("text", "props"), VISIT_OF)
def test_state_visit_of_titled_person(facts, text, props):
    assert _visits(facts(text)) == [props]


VISIT_OF_LOOK_ALIKES = [
    "The sides discussed preparations for the state visit of the President of Kazakhstan,"
    " Kassym-Jomart Tokayev, to Baku.",
    "The agreement will be signed during the state visit of the President of Kazakhstan,"
    " Kassym-Jomart Tokayev, to Baku.",
    "The sides welcomed the upcoming state visit of the President of Kazakhstan, Kassym-Jomart"
    " Tokayev, to Baku.",
    "November 2024 – State visit of Russian President Vladimir Putin to Astana postponed.",
    "November 2024 – Planned state visit of Russian President Vladimir Putin to Astana.",
    "November 2024 – State visit of Russian President Vladimir Putin to Astana expected.",
    # a day given by reference before it: the visit's date is unknown to the reading
    "The agreement was signed on the same day during the state visit of the President of the"
    " Republic of Kazakhstan Kassym-Jomart Tokayev to the Republic of Uzbekistan.",
]


@pytest.mark.parametrize("text", VISIT_OF_LOOK_ALIKES)
def test_state_visit_of_look_alikes(facts, text):
    assert _visits(facts(text)) == []


def test_relative_clause_day_lends_no_year_to_the_visit(facts):
    text = (
        "ASTANA, 20 June 2024 (Kazinform) – Officials briefed reporters.\nOur country and the"
        " Republic of Korea, which established diplomatic relations on 28 January 1992, discussed"
        " migration during the state visit of the President of the Republic of Korea, Yoon Suk"
        " Yeol, to Astana on 12 June at the invitation of President Kassym-Jomart Tokayev."
    )
    dated = _props("yoon-suk-yeol", "astana", ("2024-06-12", "xsd:date"), "kassym-jomart-tokayev")
    assert _visits(facts(text)) == [dated]


def test_relative_clause_year_still_frames_the_sentence(facts):
    text = (
        "RABAT, 9 October 2024 (Reuters) – Officials met.\nMorocco, which co-founded the"
        " Organisation of Islamic Cooperation in 1969, hosted the bloc’s first summit in Rabat on"
        " Sept. 22–25 that year."
    )
    summits = [f[2] for f in facts(text) if f[:2] == ("node", "kz:Summit")]
    assert [s.get("kz:startDate") for s in summits] == [[("1969-09-22", "xsd:date")]]
