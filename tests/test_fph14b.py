"""FPH14B: invented facts hunted on texts about Kazakhstan's core bilateral relations.

"its" before a noun a state may own as well as an organisation ("its official language") is no
organisation's where a state stands nearer: "Tajikistan is not a member of the Eurasian Economic
Union. Tajikistan's capital is Dushanbe, and its official language is Tajik" gave the union an
official language (the dependency reading's possessive took the organisation under discussion;
blind65 had the same with "Afghanistan, whose capital is Kabul, ..., and its official languages
are Dari and Pashto" and the SCO). syntax._Parse.possessive then takes only the organisation
named near and alone (references' "its_alone"), and a sentence-opening "Its" after a sentence
that named a state and no organisation, opening with neither, is no organisation's either
(references._opening_or_topic).

A declarative question's "?" after a comma and a conjunct that opens like a statement asks the
whole coordination: "Russia established diplomatic relations with Kazakhstan in 1992, and China
a few months earlier?" and "Kazakhstan is a member of the United Nations ..., and an observer in
the Non-Aligned Movement?" stated the first conjunct's fact (hedges._part ends a part at ",
and"); hedges._coordinated_question reads the "?" over the part before the conjunct unless the
conjunct opens like a question of its own ("..., but what about C?").

A reference read two ways (references' alternatives: a sentence-opening "Its" as the state the
sentence before opened with or as the organisation under discussion) filled two roles of one
trigger line: "The Eurasian Economic Union was created in 2014. Armenia hosted a summit in 2019.
Its members trade mostly in roubles" made Armenia a member (state-is-organisation-member).
triggers._Match._read_twice lets such a word fill one entity slot only.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples


def languages(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in assertion_triples(text, stem="fph14b") if p == "officialLanguage"}


#: What "its official language(s)" must give: the organisation's where it is named near and
#: alone, never an organisation's where a state stands nearer.
ITS_LANGUAGE = {
    "state-possessive-capital-then-its": (
        "Tajikistan is not a member of the Eurasian Economic Union. Tajikistan's capital is "
        "Dushanbe, and its official language is Tajik.",
        set(),
    ),
    "observer-bid-then-state-capital-then-its": (
        "Tajikistan has applied for observer status at the Eurasian Economic Union, but its "
        "application has not been approved. Tajikistan's capital is Dushanbe, and its official "
        "language is Tajik.",
        set(),
    ),
    "capital-of-state-then-its-in-sentence": (
        "Turkmenistan has never joined the Eurasian Economic Union. The capital of Turkmenistan "
        "is Ashgabat, and its official language is Turkmen.",
        set(),
    ),
    "capital-of-state-then-sentence-opening-its": (
        "Turkmenistan has never joined the Eurasian Economic Union. The capital of Turkmenistan "
        "is Ashgabat. Its official language is Turkmen.",
        set(),
    ),
    "whose-capital-then-its": (
        "Kazakhstan chaired the Shanghai Cooperation Organisation in 2024. Afghanistan, whose "
        "capital is Kabul, has 34 provinces, and its official languages are Dari and Pashto.",
        set(),
    ),
    "the-countrys-capital-then-its": (
        "Tajikistan applied to the Eurasian Economic Union. The country's capital is Dushanbe, "
        "and its official languages are Tajik and Russian.",
        set(),
    ),
    "state-declared-then-its": (
        "Turkmenistan has never joined the Eurasian Economic Union. In 1995 Turkmenistan "
        "declared neutrality. Its official language is Turkmen.",
        set(),
    ),
    "state-opening-then-its-state": (
        "Armenia joined the Eurasian Economic Union in 2015. Its official language is Armenian.",
        {("arm", "armenian")},
    ),
    "member-then-its-in-sentence": (
        "Kyrgyzstan is a member of the Eurasian Economic Union; its official languages are "
        "Kyrgyz and Russian.",
        set(),
    ),
    "organisation-opening-then-its": (
        "The Eurasian Economic Union was founded in 2014 by Belarus, Kazakhstan and Russia. Its "
        "official language is Russian.",
        {("eaeu", "russian")},
    ),
    "organisation-members-then-its": (
        "The Eurasian Economic Union has five members, and its official language is Russian.",
        {("eaeu", "russian")},
    ),
    "organisation-then-its-alone": (
        "The Eurasian Economic Union was established in 2014. Its official language is Russian.",
        {("eaeu", "russian")},
    ),
    "state-own-language": (
        "Tajikistan is not a member of the Eurasian Economic Union. Tajik is the official "
        "language of Tajikistan.",
        {("tjk", "tajik")},
    ),
}


@pytest.mark.parametrize("text,expected", ITS_LANGUAGE.values(), ids=ITS_LANGUAGE.keys())
def test_its_official_language_is_no_organisations_beside_a_state(text, expected):
    assert languages(text) == expected


def triples(text: str) -> set[tuple[str, str, str]]:
    return {t for t in assertion_triples(text, stem="fph14b") if not t[1].startswith("has")}


#: A declarative question's "?" after a comma and a conjunct that opens like a statement asks
#: the whole coordination ("..., and C a few months earlier?"); a conjunct that opens like a
#: question of its own asks only of itself ("..., but what about C?"), and a dash's aside is no
#: conjunct ("X joined O in 2015 – a long wait?").
QUESTIONED = {
    "gapped-conjunct": (
        "Russia established diplomatic relations with Kazakhstan in 1992, and China a few "
        "months earlier?",
        False,
    ),
    "coordinated-predicate": (
        "Kazakhstan is a member of the United Nations (since 1992), the OSCE (since 1992) and "
        "the SCO, and an observer in the Non-Aligned Movement?",
        False,
    ),
    "second-clause-statement": (
        "Kazakhstan joined the World Trade Organization in 2015, and Uzbekistan applied in 1994?",
        False,
    ),
    "but-conjunct": (
        "Kazakhstan joined the World Trade Organization in 2015, but Uzbekistan only later?",
        False,
    ),
    "while-conjunct": (
        "Kazakhstan joined the World Trade Organization in 2015, while Uzbekistan is still "
        "negotiating?",
        False,
    ),
    "whole-question-no-conjunct": (
        "Kazakhstan joined the World Trade Organization in 2015?",
        False,
    ),
    "but-did-question-of-its-own": (
        "Kazakhstan joined the World Trade Organization in 2015, but did Uzbekistan?",
        False,
    ),
    "what-about-question-of-its-own": (
        "Kazakhstan joined the World Trade Organization in 2015, but what about Uzbekistan?",
        True,
    ),
    "dash-aside-question": (
        "Kazakhstan joined the World Trade Organization in 2015 – a long wait?",
        True,
    ),
    "statement-then-separate-question": (
        "Kazakhstan joined the World Trade Organization in 2015. And Uzbekistan a year later?",
        True,
    ),
    "plain-coordination-no-question": (
        "Kazakhstan joined the World Trade Organization in 2015, and Uzbekistan applied in 1994.",
        True,
    ),
}


@pytest.mark.parametrize("text,stated", QUESTIONED.values(), ids=QUESTIONED.keys())
def test_a_coordinated_declarative_question_asks_every_conjunct(text, stated):
    found = triples(text)
    first = {t for t in found if t[0] in ("kaz", "rus") and t[1] in ("memberOf",)}
    relations = {
        t for t in assertion_triples(text, stem="fph14b") if t[1] == "hasDiplomaticRelationsWith"
    }
    assert bool(first or relations) == stated, found


def members(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in assertion_triples(text, stem="fph14b") if p == "memberOf"}


UNION = "The Eurasian Economic Union was created in 2014. "

#: A sentence-opening "Its" read two ways (the state the sentence before opened with, or the
#: organisation under discussion) fills one role only: "Its members ..." after "A hosted a
#: summit" names no member; a list after "Its members include" still does.
ITS_TWICE = {
    "hosted-then-its-members": (
        UNION + "Armenia hosted a summit in 2019. Its members trade mostly in roubles.",
        set(),
    ),
    "chaired-then-its-members": (
        UNION + "Kazakhstan chaired the union in 2024. Its members trade mostly in roubles.",
        set(),
    ),
    "chaired-then-it-has-members": (
        UNION + "Kazakhstan chaired the union in 2024. It has five members.",
        set(),
    ),
    "chaired-then-its-member-states": (
        UNION + "Kazakhstan chaired the union in 2024. Its member states trade in roubles.",
        set(),
    ),
    "hosted-then-its-member-countries": (
        UNION + "Armenia hosted a summit in 2019. Its member countries met in Yerevan.",
        set(),
    ),
    "froze-then-its-members-meet": (
        "The Collective Security Treaty Organization was founded in 2002. Armenia froze its "
        "participation in 2024. Its members meet twice a year.",
        set(),
    ),
    # the organisation is not named: nothing (before, only "It" read twice named it)
    "hosted-then-it-became-a-member": (
        UNION + "Armenia hosted a summit in 2019. It became a member state in 2015.",
        set(),
    ),
    "hosted-then-its-members-include": (
        UNION + "Armenia hosted a summit in 2019. Its member states include Kyrgyzstan.",
        {("kgz", "eaeu")},
    ),
    "froze-then-its-members-still-include": (
        "The Collective Security Treaty Organization was founded in 2002. Armenia froze its "
        "participation in 2024. Its members still include Russia.",
        {("rus", "csto")},
    ),
    "state-then-it-joined": (
        UNION + "Armenia hosted a summit in 2019. It joined the union in 2015.",
        {("arm", "eaeu")},
    ),
    "state-is-a-member-plainly": (
        UNION + "Armenia is a member state of the union.",
        {("arm", "eaeu")},
    ),
}


@pytest.mark.parametrize("text,expected", ITS_TWICE.values(), ids=ITS_TWICE.keys())
def test_a_reference_read_two_ways_fills_one_role(text, expected):
    assert members(text) == expected
