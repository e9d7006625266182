"""Invented facts of the document's perspective (brief PF12C), mended by their general cause
and tested in other wording with other entities than the probes that found them, with
look-alikes that must still give their true facts:

- a rule whose role defaults to the text's own state (written_from: "Trade with X reached
  ...", "Our capital, C, ...", "L is the state language; ...", "C, the capital, ...") read
  that state even in another speaker's words: quoted, or in a sentence whose reporting clause
  names a speaker of another state ("..., the Kyrgyz minister said"), or in a transcript turn
  of a delegate of another state ("Mr Ivanov (Russia): ..."). extract._apply_defaults now asks
  references.in_other_voice, the test a first person already passed (_quoted_first_person);
  a speaker clause naming the own state by a word that may also be a language ("the Kazakh
  ministry said") is the own voice (_may_be_own);
- a date fronted before a figure's clause ("In 2019, German investment in A stood at $5bn";
  "In 2023, despite the war, trade between A and B reached $1bn") was left to the rule's own
  leading date or to a later conjunct clause, so the figure was an undated node beside the
  dated one: relation_dates._opens_main_clause gives it the year when no other date is named;
- a part of a pipeline or field ("The second line of P, completed in D, ...", "A spur of P,
  built by C, ...", "Stage two of P, completed in D") gave P the part's completion, builder or
  developer: the comma after P let it pass as P's own aside (relations._qualifies_next).
  relations.part_of_project (lexicon pf12c-project-part-nouns) hides P there, for the rules and
  for the dependency reading (syntax_guards._no_part_of_project); P's own relative clause
  (", which was completed in D") stays P's.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples


def triples(text: str, written_from: str | None = "Kazakhstan") -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="pf12c", written_from=written_from)


def with_property(found: set, prop: str) -> set[tuple[str, str, str]]:
    return {t for t in found if t[1] == prop}


def trade_parties(found: set) -> set[str]:
    return {o for _, p, o in found if p == "tradeParty"}


OTHER_VOICE = {
    "trade-reported-by-foreign-minister": (
        "Trade with Japan reached US$2.1 billion in 2022, the Mongolian trade minister said.",
        "tradeParty",
    ),
    "trade-according-to-foreign-agency": (
        "Trade with India totalled US$640 million in 2021, according to the Tajik statistics "
        "agency.",
        "tradeParty",
    ),
    "our-capital-in-foreign-quotation": (
        'The Azerbaijani president told the forum: "Our capital, Baku, is open to every partner."',
        "capitalOf",
    ),
    "state-language-in-foreign-quotation": (
        '"Armenian is the state language; Russian is widely understood," the Armenian envoy '
        "explained.",
        "officialLanguage",
    ),
    "the-capital-reported-by-foreign-envoy": (
        "Yerevan, the capital, will host the next round, the Armenian ambassador stressed.",
        "capitalOf",
    ),
    "trade-in-foreign-delegate-turn": (
        "Ms Kowalska (Poland): Trade with Germany reached US$170 billion in 2023.",
        "tradeParty",
    ),
}


@pytest.mark.parametrize("case", sorted(OTHER_VOICE))
def test_another_speakers_words_are_not_the_documents_state(case):
    text, prop = OTHER_VOICE[case]
    found = triples(text)
    assert not any(o == "kaz" or s == "kaz" for s, _, o in with_property(found, prop)), found


OWN_VOICE = {
    "trade-plain": ("Trade with Japan reached US$2.1 billion in 2022.", "tradeParty", "jpn"),
    "trade-reported-by-own-ministry": (
        "Trade with Japan reached US$2.1 billion in 2022, the Kazakh trade ministry said.",
        "tradeParty",
        "jpn",
    ),
    "our-capital-own-voice": (
        "Our capital, Astana, hosted the ministerial in June.",
        "capitalOf",
        "astana",
    ),
    "our-capital-in-answer-turn": (
        "A: Our capital, Astana, hosted the ministerial in June.",
        "capitalOf",
        "astana",
    ),
    "state-language-reported-by-own-ambassador": (
        "Kazakh is the state language; Russian is used in business, the Kazakh ambassador "
        "explained.",
        "officialLanguage",
        "kazakh",
    ),
    "trade-in-own-delegate-turn": (
        "Mr Nurlanov (Kazakhstan): Trade with Japan reached US$2.1 billion in 2022.",
        "tradeParty",
        "jpn",
    ),
    "the-capital-reported-by-unnamed-ministry": (
        "Astana, the capital, hosted the meeting, the ministry explained.",
        "capitalOf",
        "astana",
    ),
}


@pytest.mark.parametrize("case", sorted(OWN_VOICE))
def test_the_documents_own_voice_keeps_its_state(case):
    text, prop, other = OWN_VOICE[case]
    found = with_property(triples(text), prop)
    if prop == "tradeParty":
        assert trade_parties(found) == {"kaz", other}, found
    elif prop == "capitalOf":
        assert (other, "capitalOf", "kaz") in found, found
    else:
        assert ("kaz", "officialLanguage", other) in found, found


def test_another_speakers_words_in_a_text_from_another_state():
    found = triples(
        "Trade with Turkey totalled US$900 million in 2021, the Kazakh finance minister said.",
        written_from="Kyrgyzstan",
    )
    assert not trade_parties(found), found
    own = triples("Trade with Turkey totalled US$900 million in 2021.", written_from="Kyrgyzstan")
    assert trade_parties(own) == {"kgz", "tur"}, own


# A date fronted before the clause of a figure ("In|During D, ..."), right before it or past an
# aside closed by a comma ("despite the war,", "as sanctions tightened,", "the year X,"), is the
# figure's year when the sentence names no other date (relation_dates._opens_main_clause; before,
# only a rule's own leading "[in D ,]" or a later conjunct clause took it, and the figure was an
# undated node beside the dated one).
FRONTED_YEAR = {
    "right-before-investment": (
        "In 2021, Turkish investment in Georgia stood at US$1.3 billion.",
        "2021",
    ),
    "past-a-prepositional-aside": (
        "In 2020, despite the pandemic, trade between Armenia and Iran reached US$600 million.",
        "2020",
    ),
    "during-past-an-as-clause": (
        "During 2022, as sanctions tightened, Chinese investment in Kyrgyzstan totalled "
        "US$1 billion.",
        "2022",
    ),
    "past-the-year-apposition": (
        "In 2016, the year the agreement took effect, trade between Mongolia and Russia "
        "amounted to US$1.1 billion.",
        "2016",
    ),
}


def years(found: set) -> set[str]:
    return {o for _, p, o in found if p == "year"}


@pytest.mark.parametrize("case", sorted(FRONTED_YEAR))
def test_a_fronted_year_dates_the_figure_of_its_clause(case):
    text, year = FRONTED_YEAR[case]
    found = triples(text, written_from=None)
    assert years(found) == {year}, found


def test_a_fronted_since_gives_no_year():
    found = triples("Since 2015, Turkish investment in Georgia has totalled US$2 billion.", None)
    assert any(p == "amount" for _, p, _ in found), found  # the cumulative figure, undated
    assert not years(found), found


def test_a_second_date_keeps_the_fronted_one_away():
    found = triples(
        "In 2019, the ministry said that in 2015 trade between Armenia and Iran had reached "
        "US$300 million.",
        None,
    )
    assert years(found) == {"2015"}, found
    found = triples(
        "In 2021, Turkish investment in Georgia was US$1.3 billion, against US$1 billion in 2020.",
        None,
    )
    assert "2020" not in years(found), found


PROJECT_PARTS = [
    "The second string of TurkStream, completed in 2019, supplies gas to Bulgaria and Serbia.",
    "A branch of the Blue Stream pipeline, built by Saipem, was commissioned in 2005.",
    "Phase two of the Trans-Anatolian Natural Gas Pipeline, completed in 2020, reached the Greek "
    "border.",
    "The Greek section of the Trans Adriatic Pipeline, built by Saipem, entered service in 2020.",
    "The northern leg of the Yamal–Europe pipeline, commissioned in 1999, crosses Belarus.",
    "The eastern block of the Shah Deniz gas field, developed by BP since 2006, lies offshore.",
]


@pytest.mark.parametrize("text", PROJECT_PARTS)
def test_a_part_of_a_project_states_nothing_of_the_project(text):
    found = triples(text, written_from=None)
    assert not {t for t in found if t[1] in ("completionDate", "builtBy", "develops")}, found


WHOLE_PROJECTS = {
    "apposition-completed": (
        "TurkStream, completed in 2019, supplies gas to Bulgaria and Serbia.",
        ("turkstream", "completionDate", "2019"),
    ),
    "aside-then-commissioned": (
        "The Trans Adriatic Pipeline, built by Saipem, entered service in 2020.",
        ("trans-adriatic-pipeline", "completionDate", "2020"),
    ),
    "own-relative-clause-after-a-part": (
        "Gazprom operates the Russian section of the Blue Stream pipeline, which was completed "
        "in 2003.",
        ("blue-stream-pipeline", "completionDate", "2003"),
    ),
    "field-developed": (
        "BP develops the Shah Deniz gas field.",
        ("bp", "develops", "shah-deniz-gas-field"),
    ),
}


@pytest.mark.parametrize("case", sorted(WHOLE_PROJECTS))
def test_the_whole_project_keeps_its_fact(case):
    text, triple = WHOLE_PROJECTS[case]
    found = {(s, p, o.split("^")[0].strip('"')) for s, p, o in triples(text, written_from=None)}
    assert triple in found, found
