"""Diplomatic relations the development sets state in plain English and the extractor missed
(session 21's brief REC21R).

1. "Our country" and "my country" (references.jsonl lines marked ``joins_names``) make a list
   with the name joined to them, as a name would: "Our country and Hungary, which established
   diplomatic relations on 23 March 1992, ..." is the pair, and so is "our country and the
   United Kingdom established ..." after a speaker's label. Look-alikes: a recognition alone,
   a plan, a negation, a question, severed relations, embassies alone, the relative clause of
   two other states, another speaker's "our country", no metadata.
2. Profile lines: "Hungary – relations since 23 March 1992" (fields.jsonl's
   ``rec21r-field-name-relations``, the key the partner's name, the subject the document's own
   state: its metadata's, else the title's), and "Diplomatic relations: established on 23
   March 1992" under a heading naming the partner alone (``field-diplomatic-relations``, the
   pair the document's own state and the heading's). Look-alikes: a recognition, severed,
   planned, "no diplomatic relations", an embassy, a doubting bracket, a range that ended, a
   line below another heading that is not the document's own state, a key without "relations".
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples

WF = "Kazakhstan"


def relations(text: str, written_from: str | None = WF) -> set[tuple[str, str]]:
    """(pair "a-b" sorted, date or "") of the text's diplomatic relations."""
    found = assertion_triples(text, stem="rec21r-s21", written_from=written_from)
    pairs = {"-".join(sorted((s, o))) for s, p, o in found if p == "hasDiplomaticRelationsWith"}
    dates = {
        s.removeprefix("diplomatic-relations-"): o
        for s, p, o in found
        if s.startswith("diplomatic-relations-") and p == "date"
    }
    return {(pair, next((d for n, d in dates.items() if n.startswith(pair)), "")) for pair in pairs}


OWN_PAIR = [
    (
        "Our country and Hungary, which established diplomatic relations on 23 March 1992,"
        " cooperate closely.",
        {("hun-kaz", "1992-03-23")},
    ),
    (
        "Hungary and our country, which established diplomatic relations in 1992, cooperate"
        " closely.",
        {("hun-kaz", "1992")},
    ),
    (
        "AMBASSADOR: Quite far, actually: our country and the United Kingdom established"
        " diplomatic relations on 19 January 1992, only a few weeks after independence.",
        {("gbr-kaz", "1992-01-19")},
    ),
    (
        "Our country and China have had diplomatic relations since 3 January 1992, and today we"
        " call them a strategic partnership.",
        {("chn-kaz", "1992-01-03")},
    ),
    (
        "My country and Japan, which established diplomatic relations on 26 January 1992, are"
        " old partners.",
        {("jpn-kaz", "1992-01-26")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), OWN_PAIR)
def test_own_country_and_a_name_are_the_pair(text, expected):
    assert relations(text) == expected


OWN_PAIR_NOTHING = [
    "Our country and Hungary, which recognised each other's independence on 23 March 1992,"
    " cooperate closely.",
    "Our country and Hungary, which plan to establish diplomatic relations next year, cooperate"
    " closely.",
    "Our country and Hungary, which have no diplomatic relations, cooperate closely.",
    "Did our country and Hungary establish diplomatic relations on 23 March 1992?",
    "Our country and Hungary, whose diplomatic relations were severed in 1995, no longer"
    " cooperate.",
    "Our country and Hungary opened embassies on 23 March 1992.",
    "Our country and Hungary may establish diplomatic relations in 2026.",
    '"Our country and Hungary established diplomatic relations in 1992," the Polish minister said.',
]


@pytest.mark.parametrize("text", OWN_PAIR_NOTHING)
def test_own_country_look_alikes_give_nothing(text):
    assert relations(text) == set()


def test_relative_clause_of_two_other_states_keeps_its_pair():
    text = (
        "Our country welcomed Hungary and Poland, which established diplomatic relations on"
        " 23 March 1992."
    )
    assert relations(text) == {("hun-pol", "1992-03-23")}


def test_without_metadata_our_country_is_nobody():
    text = (
        "Our country and Hungary, which established diplomatic relations on 23 March 1992,"
        " cooperate closely."
    )
    assert relations(text, written_from=None) == set()


def test_own_country_in_a_list_of_signatories():
    found = assertion_triples(
        "Our country and Hungary signed the Treaty on Friendship in 1995.",
        stem="rec21r-s21",
        written_from=WF,
    )
    signatories = {o for s, p, o in found if p == "signatory"}
    assert signatories == {"kaz", "hun"}


PROFILE = [
    (
        "Foreign relations of Kazakhstan: the Turkic states\n\n"
        "Kazakhstan maintains close ties with the Turkic-speaking states.\n\n"
        "Azerbaijan – relations since 30 August 1992; embassy in Baku.\n"
        "Hungary – relations since 23 March 1992; embassy in Budapest.\n",
        None,
        {("aze-kaz", "1992-08-30"), ("hun-kaz", "1992-03-23")},
    ),
    (
        "Kazakhstan's bilateral relations\n\n"
        "Hungary – diplomatic relations since 23 March 1992\n"
        "Poland: relations established 23 March 1992\n",
        None,
        {("hun-kaz", "1992-03-23"), ("kaz-pol", "1992-03-23")},
    ),
    (
        "Kazakhstan in Central Europe\n\nHungary – diplomatic ties since 1992\n",
        WF,
        {("hun-kaz", "1992")},
    ),
    (
        "Kazakhstan's bilateral relations\n\nHungary\n\n"
        "Diplomatic relations: established on 23 March 1992\nEmbassy: Budapest\n",
        None,
        {("hun-kaz", "1992-03-23")},
    ),
    (
        "Partners in Europe\n\nHungary\n\nDiplomatic relations: 23 March 1992\n",
        WF,
        {("hun-kaz", "1992-03-23")},
    ),
]


@pytest.mark.parametrize(("text", "written_from", "expected"), PROFILE)
def test_profile_lines_give_the_own_state_and_the_partner(text, written_from, expected):
    assert relations(text, written_from) == expected


PROFILE_NOTHING = [
    "Kazakhstan's bilateral relations\n\n"
    "Hungary – recognised Kazakhstan's independence on 23 December 1991\n"
    "Poland – relations severed in 1995\n"
    "Romania – no diplomatic relations\n"
    "Bulgaria – relations planned for 2026\n"
    "Serbia – embassy opened on 23 March 1992\n"
    "Greece – relations since 23 March 1992 (suspended)\n"
    "Italy – relations since 1992 until 2001\n",
    # a line that reads as a heading of its own: its subject is no document's own state
    "Organisation of Turkic States\n\nHungary – observer since 2018\n"
    "Turkey – relations since 2 March 1992\n",
    # the heading names two states: whose relations with Hungary?
    "Uzbekistan and Kazakhstan\n\nHungary – relations since 23 March 1992\n",
    # "Established" names no ties; "planned" is no date
    "Kazakhstan's bilateral relations\n\nHungary\nEstablished: 23 March 1992\n",
    "Kazakhstan's bilateral relations\n\nHungary\n\nDiplomatic relations: planned\n",
    "Kazakhstan–Hungary relations\nDiplomatic relations: suspended on 23 March 1992\n",
    # the heading is the page's own state: no partner
    "Hungary\n\nCapital: Budapest\nDiplomatic relations: 23 March 1992\n",
]


@pytest.mark.parametrize("text", PROFILE_NOTHING)
def test_profile_look_alikes_give_nothing(text):
    assert relations(text, written_from=None) == set()


def test_line_below_a_stray_heading_gives_nothing():
    text = (
        "Foreign relations of Kazakhstan\n\n"
        "Azerbaijan – relations since 30 August 1992\n"
        "Georgia – embassy in Tbilisi\n"
        "Turkey – relations since 2 March 1992\n"
    )
    assert relations(text, written_from=None) == {("aze-kaz", "1992-08-30")}


SINCE_ESTABLISHMENT = [
    (
        "The parties noted that since the establishment of diplomatic relations on 26 January"
        " 1992 our country and Japan have built a relationship of strategic partnership.",
        "Kazakhstan",
        {("jpn-kaz", "1992-01-26")},
    ),
    (
        "Uzbekistan and South Korea held talks in 2024. The leaders noted with satisfaction that"
        " since diplomatic relations were established on 29 January 1992, the two countries have"
        " built a strategic partnership.",
        "Uzbekistan",
        {("kor-uzb", "1992-01-29")},
    ),
    (
        "Since diplomatic relations were established on 23 March 1992, Kazakhstan and Portugal"
        " have built close ties.",
        None,
        {("kaz-prt", "1992-03-23")},
    ),
]


@pytest.mark.parametrize(("text", "written_from", "expected"), SINCE_ESTABLISHMENT)
def test_fronted_since_clause_dates_the_pair_after_it(text, written_from, expected):
    assert relations(text, written_from) == expected


SINCE_NOTHING = [
    "Since diplomatic relations were severed in 1995, Kazakhstan and Portugal have had no contact.",
    "Since the establishment of diplomatic relations on 23 March 1992, Portugal has grown closer.",
    "Did Kazakhstan and Portugal grow closer since diplomatic relations were established on 23"
    " March 1992?",
]


@pytest.mark.parametrize("text", SINCE_NOTHING)
def test_since_look_alikes_give_nothing(text):
    assert relations(text, written_from=None) == set()


def test_since_clause_of_another_pair_keeps_that_pair():
    text = (
        "Since the establishment of diplomatic relations between Hungary and Poland on 23 March"
        " 1992, Kazakhstan and Portugal have watched closely."
    )
    assert relations(text, written_from=None) == {("hun-pol", "1992-03-23")}


def test_a_spaced_dash_closes_the_last_item_of_a_chain():
    text = (
        "In those first months we established diplomatic relations with the United States on 26"
        " December 1991, with China on 3 January 1992 and with Turkey on 2 March 1992 – the same"
        " day as our UN admission."
    )
    assert relations(text) == {
        ("kaz-usa", "1991-12-26"),
        ("chn-kaz", "1992-01-03"),
        ("kaz-tur", "1992-03-02"),
    }


def test_a_dash_does_not_close_a_chain_without_and():
    text = (
        "We established diplomatic relations with the United States on 26 December 1991, with"
        " China on 3 January 1992 – the same day as a summit."
    )
    assert relations(text) == {("kaz-usa", "1991-12-26")}


def test_both_of_which_established_relations_with():
    text = (
        "Russia and China, both of which established diplomatic relations with Kazakhstan in"
        " 1992, are also its two largest trading partners."
    )
    assert relations(text, written_from=None) == {("kaz-rus", "1992"), ("chn-kaz", "1992")}


def test_both_of_which_plan_gives_nothing():
    text = (
        "Russia and China, both of which plan to establish diplomatic relations with Taiwan in"
        " 2030, disagree."
    )
    assert relations(text, written_from=None) == set()


WITH_US = [
    "Turkey, the first state to recognise our independence on 16 December 1991, established"
    " diplomatic relations with us on 2 March 1992.",
    "Turkey established diplomatic relations with us on 2 March 1992.",
]


@pytest.mark.parametrize("text", WITH_US)
def test_relations_with_us_are_the_own_state_s(text):
    assert relations(text) == {("kaz-tur", "1992-03-02")}


WITH_US_NOTHING = [
    "Turkey, which recognised us on 16 December 1991, never established diplomatic relations"
    " with us.",
    '"Turkey established diplomatic relations with us on 2 March 1992," the Azerbaijani'
    " minister said.",
    "Did Turkey establish diplomatic relations with us on 2 March 1992?",
]


@pytest.mark.parametrize("text", WITH_US_NOTHING)
def test_relations_with_us_look_alikes_give_nothing(text):
    assert relations(text) == set()


def test_relations_with_us_without_metadata_give_nothing():
    text = "Turkey established diplomatic relations with us on 2 March 1992."
    assert relations(text, written_from=None) == set()


DATED_PARTNERS = [
    (
        "Diplomatic relations of the Republic of Kazakhstan\n"
        "• 26 December 1991 – United States\n"
        "• 3 January 1992 – People’s Republic of China\n",
        {("kaz-usa", "1991-12-26"), ("chn-kaz", "1992-01-03")},
    ),
    (
        "Diplomatic relations of Kazakhstan\nHungary: 23 March 1992\nPoland – 1992\n",
        {("hun-kaz", "1992-03-23"), ("kaz-pol", "1992")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), DATED_PARTNERS)
def test_a_partner_and_its_date_under_the_own_diplomatic_relations(text, expected):
    assert relations(text) == expected


DATED_PARTNERS_NOTHING = [
    "Foreign relations of Kazakhstan\n• 1995 – Turkey\n",  # no "diplomatic": any event
    "Diplomatic relations of Uzbekistan\n• 26 December 1991 – United States\n",  # not our own
    "Diplomatic relations of Kazakhstan\n• 2026 – Taiwan (planned)\n• 1995 – Turkey severed\n",
    "Diplomatic relations of Kazakhstan\nHungary: none\nPoland: 1992 (suspended)\n",
    "Diplomatic relations of Kazakhstan\n• 26 December 1991 – United States and Canada\n",
]


@pytest.mark.parametrize("text", DATED_PARTNERS_NOTHING)
def test_dated_partner_look_alikes_give_nothing(text):
    assert relations(text) == set()


def test_a_bare_name_key_before_words_still_heads_its_lines():
    text = (
        "Japan–Kazakhstan Relations\nDiplomatic relations: 26 January 1992\n\n"
        "Kazakhstan: basic data\nCapital: Astana\n"
    )
    found = assertion_triples(text, stem="rec21r-s21")
    assert ("astana", "capitalOf", "kaz") in found


ORG_AND_STATE = [
    (
        "The European Union (EU) and Kazakhstan established diplomatic relations on 2 February"
        " 1993, and the EU Delegation opened in Almaty in 1994.",
        {("european-union-kaz", "1993-02-02")},
    ),
    (
        "Kazakhstan and the European Union established diplomatic relations in 1993.",
        {("european-union-kaz", "1993")},
    ),
    (
        "It also refers to the diplomatic relations that Kazakhstan and Russia established on 22"
        " October 1992.",
        {("kaz-rus", "1992-10-22")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ORG_AND_STATE)
def test_an_organisation_and_a_state_and_a_relative_pair(text, expected):
    assert relations(text, written_from=None) == expected


ORG_AND_STATE_NOTHING = [
    "The European Union and NATO established diplomatic relations in 1993.",
    "The European Union and Kazakhstan plan to establish diplomatic relations in 2026.",
    "Did the European Union and Kazakhstan establish diplomatic relations in 1993?",
    "It refers to the diplomatic relations that Kazakhstan and Russia plan to establish in 2026.",
]


@pytest.mark.parametrize("text", ORG_AND_STATE_NOTHING)
def test_organisation_and_relative_look_alikes_give_nothing(text):
    assert relations(text, written_from=None) == set()
