"""False facts the session-6 review of layout, references and names found (review B), each with
the reviewer's input and two variants in other wording: none may give the wrong fact; where
the same construction in the document's own voice states a fact, a positive case keeps it."""

from __future__ import annotations

import pytest
from fact_cases import extract, member

from kzgraph.mentions import find_mentions
from kzgraph.sentences import iter_sentence_spans

_STEM = "review-s6b-test"


def _facts(text: str, scoring, state: str | None = None) -> list:
    return extract(text, scoring, state, stem=_STEM)[1]


# 1. a first person is the document's own state only in the document's own voice
# (references.py _quoted_first_person): not quoted, not under another speaker's reporting
# clause, not in a clause naming that state itself
SOMEONE_ELSES_WE = [
    ('"We joined the World Trade Organization in 1998," said the Kyrgyz minister.', "kaz"),
    ("At the summit, the Chinese president said that my country joined the World Trade "
     "Organization in 2001.", "kaz"),
    ('"We have invested $30 billion in Kazakhstan since 1993," a Chevron spokesman said.', "kaz"),
    ("“Our country joined the Organization for Security and Co-operation in Europe in 1992,” "
     "the Latvian ambassador recalled.", "kaz"),
    ("According to the Turkish foreign minister, we joined the Organization for Security and "
     "Co-operation in Europe in 1992.", "kaz"),
    ("The Japanese envoy told reporters that our economy had received $4 billion from Korea "
     "since 2010.", "kaz"),
    ("In 2015 we invested $2 billion in Kazakhstan.", "kaz"),
    ('Mongolia and Russia agree. "In 1992 we joined the Organization for Security and '
     'Co-operation in Europe," President Batbold said.', "kaz"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "own"), SOMEONE_ELSES_WE)
def test_someone_elses_first_person_is_not_the_documents_state(text, own, scoring):
    facts = _facts(text, scoring, "Kazakhstan")
    assert not [f for f in facts if f"'{own}'" in repr(f)], facts


@pytest.mark.parametrize(
    "text",
    ["In 1992 we joined the Organization for Security and Co-operation in Europe.",
     "The Head of State noted that in 1992 our country joined the Organization for Security "
     "and Co-operation in Europe.",
     "In 1992 my country joined the Organization for Security and Co-operation in Europe, "
     "Mongolia's foreign ministry recalls."],
)  # fmt: skip
def test_the_documents_own_first_person_is_still_its_state(text, scoring):
    facts = _facts(text, scoring, "Mongolia")
    assert member("mng", "osce", "1992") in facts, facts


# 2. a region or a news agency before ", <state>" is no city of that state
# (mentions._cities_before_states, names.jsonl @NOT_CITY_WORDS and @NOT_BEFORE_PLACE)
@pytest.mark.parametrize(
    "text",
    ["The bank opened its regional hub in Central Asia, Kazakhstan, in 2010.",
     "The largest producer in Eastern Europe, Ukraine, exported grain.",
     "The delegation travelled to the South Caucasus, Georgia, and then home.",
     "According to Reuters, Kazakhstan, a landlocked country, joined the World Trade "
     "Organization in 2015.",
     "Speaking to Xinhua, Mongolia, the minister said trade grew.",
     "Thanks to Gazprom, Armenia, like Belarus, pays less for gas."],
)  # fmt: skip
def test_a_region_or_an_agency_before_a_state_is_no_city(text, scoring):
    facts = _facts(text, scoring)
    assert not [f for f in facts if "locatedIn" in repr(f)], facts


@pytest.mark.parametrize(
    ("text", "city", "state"),
    [("The firm is headquartered in Châtillon, France, and employs 900 people.", "chatillon",
      "fra"),
     ("The treaty was signed in Burabay, Kazakhstan, on 5 June 2019.", "burabay", "kaz")],
)  # fmt: skip
def test_a_town_before_its_state_is_still_its_city(text, city, state, scoring):
    assert ("triple", city, "kz:locatedIn", state) in _facts(text, scoring)


# 3. "the A and B <plural head>" is no list of names when a name is a demonym, a state or a
# compass or adjective word (mentions._proper_lists, names.jsonl @NOT_LISTED_NAMES)
@pytest.mark.parametrize(
    ("text", "wrong"),
    [("CNPC built the Russian and Chinese pipelines in 2009.", "pipeline"),
     ("The Russian and Chinese pipelines were built by CNPC in 2009.", "pipeline"),
     ("In 2012 Gazprom completed the Turkish and Bulgarian pipelines.", "pipeline"),
     ("Kazakhstan's Northern and Western regions border Russia.", "region"),
     ("Cooperation between the Kazakh and Russian regions expanded in 2019.", "region"),
     ("Mongolia's Southern and Eastern provinces border China.", "province")],
)  # fmt: skip
def test_adjectives_before_a_plural_head_name_no_things(text, wrong, scoring):
    facts = _facts(text, scoring)
    assert not [f for f in facts if f"-{wrong}" in repr(f).lower()], facts


def _labels(text: str) -> list[str]:
    [(offset, span)] = list(iter_sentence_spans(text))
    return [m.label or text[m.start : m.end] for m in find_mentions(span, offset, text)]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [("Kazakhstan's Northern and Western regions border Russia.", "Western Region"),
     ("Cooperation between the Kazakh and Russian regions expanded in 2019.", "Russian Region"),
     ("The Southern and Eastern provinces of Mongolia border China.", "Eastern Province"),
     ("CNPC built the Russian and Chinese pipelines in 2009.", "Chinese Pipeline")],
)  # fmt: skip
def test_adjectives_before_a_plural_head_make_no_mentions(text, wrong):
    assert wrong not in _labels(text)


def test_names_before_a_plural_head_are_still_its_things(scoring):
    facts = _facts("CNPC built the Atasu–Alashankou and Kenkiyak–Kumkol oil pipelines in 2009.",
                   scoring)  # fmt: skip
    assert ("triple", "kenkiyak-kumkol-oil-pipeline", "kz:builtBy", "cnpc") in facts
    assert ("triple", "atasu-alashankou-oil-pipeline", "kz:builtBy", "cnpc") in facts


# 4. a keyed membership whose date value is a span that ended states no membership
# (layout._DATE_RANGE_END)
@pytest.mark.parametrize(
    "line",
    ["• GUAM: member from 1999 until 2005",
     "• CSTO: member from 2006 to 2012",
     "• SCO: member since 2001 until May 2020",
     "• OSCE: joined 1992 – 2001"],
)  # fmt: skip
def test_a_membership_field_with_an_ended_span_states_nothing(line, scoring):
    facts = _facts("Uzbekistan\n" + line, scoring)
    assert not [f for f in facts if "Membership" in repr(f) or "memberOf" in repr(f)], facts


def test_a_membership_field_with_one_date_still_states_it(scoring):
    facts = _facts("Uzbekistan\n• CIS: member from 1991\n• SCO: member since 2001", scoring)
    assert member("uzb", "cis", "1991") in facts, facts
    assert member("uzb", "shanghai-cooperation-organisation", "2001") in facts, facts


# 5. a bracket saying a tie was cut states no tie now (fields.jsonl doubt-in-brackets)
@pytest.mark.parametrize(
    ("text", "wrong"),
    [("Georgia\nDiplomatic relations: Russia (severed), Ukraine (broken off), Armenia", "rus"),
     ("Georgia\nDiplomatic relations: Armenia, Ukraine (broken off)", "ukr"),
     ("Azerbaijan\nDiplomatic relations: Armenia (ruptured 1992), Turkey", "arm"),
     ("Council of Europe\nMembers: Russia (expelled), Armenia, Azerbaijan", "rus"),
     ("Council of Europe\nMembers: Belarus (excluded), Georgia", "blr"),
     ("Council of Europe\nMembers: Russia (membership terminated 2022), Moldova", "rus")],
)  # fmt: skip
def test_a_tie_cut_in_brackets_states_no_tie(text, wrong, scoring):
    facts = _facts(text, scoring)
    assert not [f for f in facts if f"'{wrong}'" in repr(f)], facts


def test_a_list_without_such_a_bracket_still_states_its_ties(scoring):
    facts = _facts("Council of Europe\nMembers: Armenia, Azerbaijan", scoring)
    assert ("triple", "arm", "kz:memberOf", "council-of-europe") in facts, facts


# 6. an institution named after its town is no town, and "X, the leader of ..." no person
# (names.jsonl name-city-town-of NOT_IN, name-person-apposition-of without "leader")
@pytest.mark.parametrize(
    ("text", "wrong"),
    [("The agreement was signed by the city of Shymkent Akimat in 2019.", "Shymkent Akimat"),
     ("The Port of Rotterdam Authority signed a deal with Kazakhstan.", "Rotterdam Authority"),
     ("Officials of the town of Kentau Administration met the investors.",
      "Kentau Administration"),
     ("Eastern Europe, the leader of the region, joined.", "Eastern Europe"),
     ("Gazprom, the leader of the gas market, expanded.", "Gazprom")],
)  # fmt: skip
def test_an_institution_or_a_leading_thing_is_no_town_or_person(text, wrong):
    [(offset, span)] = list(iter_sentence_spans(text))
    found = [(m.label or text[m.start : m.end], m.cls) for m in find_mentions(span, offset, text)]
    assert (wrong, "City") not in found and (wrong, "Person") not in found, found


def test_the_town_of_a_name_is_still_a_town():
    text = "The ship reached the port of Kuryk in May."
    [(offset, span)] = list(iter_sentence_spans(text))
    found = [(m.label, m.cls) for m in find_mentions(span, offset, text)]
    assert ("Kuryk", "City") in found, found
