"""Session 19's known inventions (KNOWN19), each mended by its general cause: an old possessive
visit rule takes the newer visit rules' guard against a visit called off, planned or put off
(fix18b-visit-*); an "as an observer|a partner|an associate" tail set off by a comma after a
match that holds no comma of its own takes the membership back (hedges.after_phrase); an "its"
opening a coordinated clause gives nothing when another organisation than the sentence's
subject was named outside the subject's aside (references._rival_owner). What the rules still
read stays."""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples, named_cases


def triples(text: str) -> set[tuple[str, str, str]]:
    return set(assertion_triples(text, stem="known19"))


def found(text: str, prop: str) -> set[tuple[str, str, str]]:
    return {t for t in triples(text) if t[1] == prop}


VISIT = "visitor"
MEMBER = "memberOf"
LANG = "officialLanguage"

# (text, property): nothing of that property.
NOTHING = {
    # 5: a possessive visit called off, cancelled, postponed, planned or proposed
    "visit_called_off": (
        "During Xi Jinping's state visit to Astana in May 2020, called off in May, nothing was"
        " signed.",
        VISIT,
    ),
    "visit_called_off_year": (
        "During Xi Jinping's state visit to Astana in 2020, called off in May, nothing was signed.",
        VISIT,
    ),
    "visit_cancelled": (
        "After Xi Jinping's state visit to Astana in 2020, cancelled at short notice, talks"
        " stalled.",
        VISIT,
    ),
    "visit_postponed": (
        "Since Xi Jinping's state visit to Astana in 2020, postponed twice, little has moved.",
        VISIT,
    ),
    "visit_which_never_took_place": (
        "During Xi Jinping's state visit to Astana in 2020, which never took place, a deal was"
        " to be signed.",
        VISIT,
    ),
    "visit_yet_to_be_scheduled": (
        "During Xi Jinping's state visit to Astana in 2021, which has yet to be scheduled, the"
        " sides will sign a treaty.",
        VISIT,
    ),
    "visit_sides_will_sign": (
        "During Xi Jinping's state visit to Astana in 2027, the sides will sign a treaty.",
        VISIT,
    ),
    "visit_planned_before": (
        "The treaty is to be signed during Xi Jinping's state visit to Astana in 2027.",
        VISIT,
    ),
    "visit_online": (
        "During Xi Jinping's state visit to Astana in 2020, held online, ten deals were signed.",
        VISIT,
    ),
    # 6: a lesser status set off by a comma after the match
    "observer_after_comma": ("Egypt is a member of the AU, as an observer.", MEMBER),
    "observer_after_comma_long": (
        "Egypt is a member of the African Union, as an observer.",
        MEMBER,
    ),
    "partner_after_comma": ("Egypt is a member of the African Union, as a partner.", MEMBER),
    "associate_after_comma": ("Egypt is a member of the African Union, as an associate.", MEMBER),
    "observer_after_date": (
        "Egypt has been a member of the African Union since 1963, as an observer.",
        MEMBER,
    ),
    "joined_as_observer_state": (
        "Egypt joined the African Union in 2002, as an observer state.",
        MEMBER,
    ),
    "joined_as_observer": ("Mongolia joined the SCO, as an observer.", MEMBER),
    "observer_no_comma": ("Egypt is a member of the African Union as an observer.", MEMBER),
    # 1: "its" after a second organisation named outside the subject's aside
    "works_with_semicolon": (
        "The SCO works with the Arab League; its official language is Arabic.",
        LANG,
    ),
    "works_with_and": (
        "The SCO works with the Arab League, and its official language is Arabic.",
        LANG,
    ),
    "works_with_reversed": (
        "The Arab League works with the SCO; its official languages are Russian and Chinese.",
        LANG,
    ),
    "memorandum_with": (
        "The Shanghai Cooperation Organisation signed a memorandum with the Arab League in 2023,"
        " and its official language is Arabic.",
        LANG,
    ),
    "memorandum_with_asean": (
        "The SCO signed a memorandum with ASEAN; its official languages are Russian and Chinese.",
        LANG,
    ),
    "aside_then_second_body": (
        "The SCO, founded in 2001, cooperates with the Arab League; its official language is"
        " Arabic.",
        LANG,
    ),
}

# (text, triple): still found.
FOUND = {
    "visit_held": (
        "During Xi Jinping's state visit to Astana in 2020, the two sides signed ten agreements.",
        ("xi-jinping", VISIT),
    ),
    "visit_after": (
        "After Xi Jinping's state visit to Astana in September 2013, trade grew.",
        ("xi-jinping", VISIT),
    ),
    "founding_member_tail": (
        "Egypt is a member of the African Union, as are Kenya and Ghana.",
        ("ken", MEMBER, "african-union"),
    ),
    "as_well_as": (
        "Egypt is a member of the African Union, as well as of the Arab League.",
        ("egy", MEMBER, "african-union"),
    ),
    "as_did": (
        "Kazakhstan joined the WTO in 2015, as did Russia in 2012.",
        ("kaz", MEMBER, "wto"),
    ),
    "founding_member_aside": (
        "Kazakhstan joined the SCO in 2001, as a founding member, and the CSTO in 2002.",
        ("kaz", MEMBER, "shanghai-cooperation-organisation"),
    ),
    "apposition_as_partner": (
        "Georgia takes part in Erasmus+, a programme of the European Union, as a partner country.",
        ("erasmus-plus", "programmeOf", "european-union"),
    ),
    "predecessor_in_aside": (
        "IOM, whose predecessor was the Intergovernmental Committee for European Migration, now"
        " counts 175 Member States and is headquartered in Geneva, Switzerland; its official"
        " languages are English, French and Spanish.",
        ("iom", LANG, "english"),
    ),
    "earlier_name_in_aside": (
        "The Universal Postal Union (UPU) was founded in 1874. The UPU, established in 1874 as"
        " the General Postal Union, has 192 member countries;"
        " its sole official language is French.",
        ("universal-postal-union", LANG, "french"),
    ),
    "one_body": (
        "The Arab League was founded in Cairo; its official language is Arabic.",
        ("arab-league", LANG, "arabic"),
    ),
    "body_in_own_aside": (
        "The Arab League, which works with the SCO, has one official language; its official"
        " language is Arabic.",
        ("arab-league", LANG, "arabic"),
    ),
}


@pytest.mark.parametrize(("text", "prop"), named_cases(NOTHING))
def test_a_look_alike_gives_nothing(text, prop):
    assert not found(text, prop)


@pytest.mark.parametrize(("text", "fact"), named_cases(FOUND))
def test_the_plain_reading_stays(text, fact):
    got = triples(text)
    if len(fact) == 2:  # a node's role: (filler, property)
        assert any(t[2] == fact[0] and t[1] == fact[1] for t in got), got
    else:
        assert fact in got, got
