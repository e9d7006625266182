"""Session 22's false facts (brief FP22): each cause mended in general and tested here in other
wordings, with what must still be found beside what must not:

- a status phrase after a companion aside ("O admitted A, together with B and C, as observers",
  "A, along with B, joined O as an observer"): hedges.after_phrase passes over the aside
  (lexicon fp22-companion-aside-openers), so no membership; "as members" keeps them;
- a call, wish or weighing of "the establishment of diplomatic relations between A and B"
  ("called for", "pushed for", "discussed"): the nominal diplomatic-relations rules'
  not_after (lexicon fp22-unrealised-governors); "welcomed|led to the establishment" keep it;
- a spaced dash aside after an organisation's name ("the Organisation of Islamic Cooperation –
  Kazakhstan since 1995 –"): the name ends before the dash when a known state or city and a
  lowercase word or figure follow (name_bounds._before_spaced_dash);
- a list marker opening a line before "The" ("B. The European Union", "Q2 The Economic
  Cooperation Organization"): no part of the name (name_bounds._opens_with_list_marker);
- a spaced dash before a list ("(Turkey – Kazakhstan, Azerbaijan and Turkmenistan joined it)"):
  the list starts after the dash (references._spaced_dash_before_list); a pair stays one;
- a date past a role phrase ("founded GUAM as a consultative forum on 10 October 1997"): an
  event node without it is a wrong fact; relation_dates._date_past_role_phrase reads it past
  "as a|an|the" and up to six plain words; a comma or clause word between gives none.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples, extract, member


def triples(text: str) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="fp22")


BRICS, OIC, ECO, EU = "brics", "oic", "economic-cooperation-organization", "european-union"

# text -> (the triples that must be found, the triples that must not)
COMPANION_ASIDES = {
    "admitted-together-with-as-observers": (
        "At its Johannesburg summit in August 2023, BRICS admitted Iran, together with Egypt and "
        "Ethiopia, as observers.",
        set(),
        {("irn", "memberOf", BRICS), ("egy", "memberOf", BRICS), ("eth", "memberOf", BRICS)},
    ),
    "joined-along-with-as-an-observer": (
        "Armenia, along with Belarus, joined the Shanghai Cooperation Organisation as an "
        "observer in 2015.",
        set(),
        {("arm", "memberOf", "shanghai-cooperation-organisation")},
    ),
    # look-alikes that keep the membership
    "admitted-together-with-as-members": (
        "At its Johannesburg summit in August 2023, BRICS admitted Iran, together with Egypt and "
        "Ethiopia, as members.",
        {("irn", "memberOf", BRICS), ("egy", "memberOf", BRICS), ("eth", "memberOf", BRICS)},
        set(),
    ),
    "admitted-as-a-member": (
        "BRICS has admitted Iran as a member.",
        {("irn", "memberOf", BRICS)},
        set(),
    ),
    "observer-in-a-clause-of-its-own": (
        "Kazakhstan joined the SCO, along with Russia, in 2001, and Iran joined it as an observer.",
        {("kaz", "memberOf", "shanghai-cooperation-organisation")},
        {("irn", "memberOf", "shanghai-cooperation-organisation")},
    ),
}

UNREALISED_RELATIONS = {
    "called-for-the-establishment": (
        "In 2023 Tokayev called for the establishment of diplomatic relations between Israel and "
        "Saudi Arabia in 2025.",
        set(),
        {("isr", "hasDiplomaticRelationsWith", "sau")},
    ),
    "pushed-for-the-establishment": (
        "Washington pushed for the establishment of diplomatic ties between Israel and Saudi "
        "Arabia in 2025.",
        set(),
        {("isr", "hasDiplomaticRelationsWith", "sau")},
    ),
    "discussed-the-establishment": (
        "The two sides discussed the establishment of diplomatic relations between Israel and "
        "Oman in 2021.",
        set(),
        {("isr", "hasDiplomaticRelationsWith", "omn")},
    ),
    "hoped-for-a-states-establishment": (
        "Trump hoped for Saudi Arabia's establishment of diplomatic relations with Israel in 2025.",
        set(),
        {("sau", "hasDiplomaticRelationsWith", "isr")},
    ),
    # look-alikes that keep the relations
    "welcomed-the-establishment": (
        "He welcomed the establishment of diplomatic relations between Israel and Bahrain in 2020.",
        {("bhr", "hasDiplomaticRelationsWith", "isr")},
        set(),
    ),
    "led-to-the-establishment": (
        "The talks led to the establishment of diplomatic relations between Israel and Bahrain "
        "on 18 October 2020.",
        {("bhr", "hasDiplomaticRelationsWith", "isr")},
        set(),
    ),
    "established-and-called-for-closer-ties": (
        "Kazakhstan established diplomatic relations with Israel in 1992 and called for closer "
        "ties.",
        {("kaz", "hasDiplomaticRelationsWith", "isr")},
        set(),
    ),
}

NAME_AND_LIST_BOUNDS = {
    "a-dash-aside-after-a-name": (
        "Kazakhstan and Egypt both belong to the Organisation of Islamic Cooperation – "
        "Kazakhstan since 1995 – and cooperate closely.",
        {("kaz", "memberOf", OIC), ("egy", "memberOf", OIC)},
        {("kaz", "memberOf", "organisation-of-islamic-cooperation-kazakhstan")},
    ),
    "a-letter-marker-before-the": (
        "Lecture notes\n\nB. The European Union, which replaced the European Community in 2009, "
        "has 27 member states.",
        {("european-union", "predecessor", "european-community")},
        {("b-the-european-union", "predecessor", "european-community")},
    ),
    "a-quiz-number-after-a-run-on-line": (
        "Q1 Which state chaired the OSCE in 2010? (Kazakhstan)\nQ2 The Economic Cooperation "
        "Organization was set up in 1985 by Iran, Pakistan and which other country? (Turkey – "
        "Kazakhstan, Azerbaijan and Turkmenistan joined it in 1992)",
        {("kaz", "memberOf", ECO), ("aze", "memberOf", ECO), ("tkm", "memberOf", ECO)},
        {("tur", "memberOf", ECO), ("kaz", "memberOf", "q2-the-economic-cooperation-organization")},
    ),
    # look-alikes that keep their reading
    "a-dash-aside-that-is-a-clause": (
        "Kazakhstan is a member of the Organisation of Islamic Cooperation – it joined in 1995 – "
        "and of the Turkic Council.",
        {("kaz", "memberOf", OIC)},
        set(),
    ),
    "a-dash-pair-before-a-noun": (
        "Kazakhstan – China trade reached $31 billion in 2022, and both are members of the "
        "Shanghai Cooperation Organisation.",
        {("chn", "memberOf", "shanghai-cooperation-organisation")},
        set(),
    ),
    "a-list-without-a-dash": (
        "The ECO was set up in 1985. Turkey, Kazakhstan, Azerbaijan and Turkmenistan joined it in "
        "1992.",
        {("tur", "memberOf", ECO), ("kaz", "memberOf", ECO)},
        set(),
    ),
    "the-hague-inside-a-sentence": (
        "The Permanent Court of Arbitration sits in The Hague, and Kazakhstan joined the "
        "European Bank for Reconstruction and Development in 1992.",
        {("kaz", "memberOf", "ebrd")},
        set(),
    ),
}


def _check(case):
    text, wanted, unwanted = case
    found = triples(text)
    assert wanted <= found, found
    assert not unwanted & found, found


@pytest.mark.parametrize("case", COMPANION_ASIDES.values(), ids=COMPANION_ASIDES.keys())
def test_a_status_phrase_after_a_companion_aside_hedges_the_membership(case):
    _check(case)


@pytest.mark.parametrize("case", UNREALISED_RELATIONS.values(), ids=UNREALISED_RELATIONS.keys())
def test_a_call_for_the_establishment_of_relations_states_none(case):
    _check(case)


@pytest.mark.parametrize("case", NAME_AND_LIST_BOUNDS.values(), ids=NAME_AND_LIST_BOUNDS.keys())
def test_a_dash_or_list_marker_bounds_the_name_or_list(case):
    _check(case)


def facts(text: str) -> list:
    import gold_scoring

    return extract(text, gold_scoring, stem="fp22")[1]


# text -> (the nodes that must be found, the nodes that must not)
ROLE_PHRASE_DATES = {
    "founded-as-a-forum-on": (
        "The presidents of Georgia, Ukraine, Azerbaijan and Moldova founded GUAM as a "
        "consultative forum on 10 October 1997 in Strasbourg.",
        [member(s, "guam", "1997-10-10", "FoundingMembership") for s in ("geo", "ukr", "aze")],
        [member("geo", "guam", None, "FoundingMembership")],
    ),
    "joined-it-as-the-tenth-member-on": (
        "The Shanghai Cooperation Organisation held its summit in Astana in 2024. Belarus joined "
        "it as the tenth member on 4 July 2024.",
        [member("blr", "shanghai-cooperation-organisation", "2024-07-04")],
        [member("blr", "shanghai-cooperation-organisation")],
    ),
    # look-alikes
    "an-observer-stays-out": (
        "Uzbekistan joined the CSTO as an observer in 2006.",
        [],
        [member("uzb", "csto", "2006"), member("uzb", "csto")],
    ),
    "a-clause-between-gives-no-date": (
        "Georgia and Ukraine founded GUAM as a forum, which first met in Yalta on 5 May 1998.",
        [member("geo", "guam", None, "FoundingMembership")],
        [member("geo", "guam", "1998-05-05", "FoundingMembership")],
    ),
}


@pytest.mark.parametrize("case", ROLE_PHRASE_DATES.values(), ids=ROLE_PHRASE_DATES.keys())
def test_a_date_past_a_role_phrase_dates_the_event(case):
    text, wanted, unwanted = case
    found = facts(text)
    for fact in wanted:
        assert fact in found, found
    for fact in unwanted:
        assert fact not in found, found


# a byline's date in a cell of its own dates "last year" and "this year" (mentions.written_on)
BYLINE_DATES = {
    "press-release-bars": (
        "MINISTRY OF FOREIGN AFFAIRS\nPRESS RELEASE | 17.10.2025 | 16:45\n\nGreece was our "
        "third-largest trading partner in Southern Europe. Trade between Kazakhstan and Greece "
        "came to US$ 1.1 billion last year.",
        "2024",
    ),
    "briefing-dashes": (
        "GLOBAL BRIEFING – 8 January 2020 – 18:00 GMT (rush transcript)\n\nTrade between Turkey "
        "and Russia came to about $26 billion last year.",
        "2019",
    ),
    "wire-source-line": (
        "China, Kyrgyzstan, Uzbekistan sign agreement on railway\n\nSource: Xinhua | 2024-06-06 "
        "21:14:05 | Editor: Zhang Yi\n\nTrade between China and Kyrgyzstan reached 19.8 billion "
        "U.S. dollars last year.",
        "2023",
    ),
}

# look-alikes: a chronology line or a table row opening with its date dates no story
UNDATED_LINES = {
    "chronology-line": (
        "30 January 1992 – Kazakhstan joins the CSCE\n\nTrade between Turkey and Russia came to "
        "about $26 billion last year."
    ),
    "table-row": (
        "| 26 Apr 1996 | Shanghai Five formed |\n\nTrade between Turkey and Russia came to about "
        "$26 billion last year."
    ),
}


def _trade_years(text: str) -> list:
    return [f[2].get("kz:year") for f in facts(text) if f[:2] == ("node", "kz:TradeFigure")]


@pytest.mark.parametrize("case", BYLINE_DATES.values(), ids=BYLINE_DATES.keys())
def test_a_byline_cell_date_dates_last_year(case):
    text, year = case
    assert [[(year, "xsd:gYear")]] == _trade_years(text)


@pytest.mark.parametrize("text", UNDATED_LINES.values(), ids=UNDATED_LINES.keys())
def test_a_line_opening_with_its_date_dates_no_story(text):
    assert [(year or [None])[0] for year in _trade_years(text)] in ([], [None])


def test_chairs_the_organisation_this_year():
    text = (
        "KAZAKH TV 24 · EVENING BULLETIN · 28.11.2022 · ITEM 3\n\nThey meet again on 9 December "
        "in Bishkek, where Kyrgyzstan, which chairs the EAEU this year, will host the summit."
    )
    chair = {"kz:chair": ["kgz"], "kz:organisation": ["eaeu"], "kz:year": [("2022", "xsd:gYear")]}
    assert ("node", "kz:Chairmanship", chair) in facts(text)


# "P, the country's largest city": the one state the sentence named before, else the text's own
COUNTRYS_CITY = {
    "another-state-named-before": (
        "The embassy is in Abu Dhabi, and the consulate in the UAE is in Dubai, the country’s "
        "largest city.",
        {("dubai", "locatedIn", "are")},
        {("dubai", "locatedIn", "kaz")},
    ),
    # "the UAE consulate" may be the UAE's own or the one in the UAE: a mission's attributive
    # state means no country (session 22, test_lead_s22.py)
    "a-missions-attributive-state": (
        "The embassy is in Abu Dhabi, and the UAE consulate is in Dubai, the country’s largest "
        "city.",
        set(),
        {("dubai", "locatedIn", "kaz"), ("dubai", "locatedIn", "are")},
    ),
    "two-states-named-before": (
        "The Embassy of Kazakhstan is in Abu Dhabi, the capital of the UAE, and the Consulate "
        "General is in Dubai, the country’s largest city.",
        set(),
        {("dubai", "locatedIn", "kaz"), ("dubai", "locatedIn", "are")},
    ),
    # look-alikes: the text's own state
    "no-state-named-before": (
        "The dry port lies about 330 km east of Almaty, the country’s largest city.",
        {("almaty", "locatedIn", "kaz")},
        set(),
    ),
    "only-a-demonym-before": (
        "The first Russian paratroopers have landed near Almaty, the country’s largest city.",
        {("almaty", "locatedIn", "kaz")},
        {("almaty", "locatedIn", "rus")},
    ),
}


@pytest.mark.parametrize("case", COUNTRYS_CITY.values(), ids=COUNTRYS_CITY.keys())
def test_the_countrys_largest_city_is_the_state_named_before(case):
    text, wanted, unwanted = case
    found = assertion_triples(text, stem="fp22", written_from="Kazakhstan")
    assert wanted <= found, found
    assert not unwanted & found, found
