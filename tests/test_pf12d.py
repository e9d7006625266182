"""References across sentences in longer paragraphs (brief PF12D): the false facts a third-person
"the country" gave by taking the document's own state (written_from) while the paragraph was
about another state, each mended by its general cause and tested in other wording with other
entities than the probes, with look-alikes that must still give their true fact:

- "the country" (references.jsonl's written_from and opening_state_or_document_state lines) is
  not the text's own state when the sentence before, in its paragraph, opened with another state
  (or with states none of them the own) as its subject ("Moldova regained its independence in
  1991. A decade later, the country joined ..."): references._other_state_in_view, reading
  ReferenceContext.subject_states; a state named in passing, a first person or the own state
  named in the phrase's own sentence keep the own state;
- a demonym qualifying a noun ("Chinese firms are active") is no sentence's opening state, so a
  later "Since D, the country ..." is not that state (references._opening_entity); nor is it
  surely the document's own (the demonym's state is in view: "The Uzbek economy grew. The
  country joined ..."), so it is neither.
- "this country|state|nation" (references.jsonl ref-this-country, last_state) is not the state
  named last when that state never opened a sentence of the paragraph while others did
  ("Armenia is a landlocked state. Iran's trucks cross its southern border. This country joined
  ..." gave Iran): references._this_country, reading ReferenceContext.paragraph_subjects.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples


def triples(text: str, written_from: str | None = "Kazakhstan") -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="pf12d", written_from=written_from)


def of_property(found: set, prop: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in found if p == prop}


# --- "the country" after a sentence about another state ---------------------------------------

ANOTHER_STATES_PARAGRAPH = {
    "decade-later": (
        "Moldova regained its independence in 1991. A decade later, the country joined the "
        "World Trade Organization.",
        "wto",
    ),
    "like-its-neighbours": (
        "Latvia is a small Baltic state. Like its neighbours, the country became a member of "
        "NATO in 2004.",
        "nato",
    ),
    "pair-subject": (
        "Estonia and Finland are linked by ferries. Since 2004, the country has been a member "
        "of the European Union.",
        "european-union",
    ),
    "both-subject": (
        "Both Slovakia and Slovenia had been part of larger federations. In 2004 the country "
        "joined NATO.",
        "nato",
    ),
    "over-the-years": (
        "Mongolia has tried to balance its two large neighbours. Over the years, the country "
        "joined the OSCE.",
        "osce",
    ),
}


@pytest.mark.parametrize(
    "case", ANOTHER_STATES_PARAGRAPH.values(), ids=ANOTHER_STATES_PARAGRAPH.keys()
)
def test_the_country_after_another_states_sentence_is_not_the_documents_state(case):
    text, organisation = case
    assert ("kaz", organisation) not in of_property(triples(text), "memberOf")


def test_the_countrys_president_after_two_other_states_is_not_the_documents():
    found = triples(
        "Armenia and Azerbaijan fought a war in 2020. The country's president Ilham Aliyev "
        "later visited Astana."
    )
    assert ("ilham-aliyev", "kaz") not in of_property(found, "headOfStateOf")


# look-alikes: the own state keeps "the country"

OWN_STATE_KEPT = {
    "own-state-opened": (
        "Kazakhstan gained independence in 1991. A year later, the country joined the United "
        "Nations.",
        "united-nations",
    ),
    "state-in-passing": (
        "Trade with Russia grew in 2023. Meanwhile the country joined the World Trade "
        "Organization in 2015.",
        "wto",
    ),
    "own-state-in-the-sentence": (
        "Kyrgyzstan is a small state. Kazakhstan joined the WTO in 2015, and the country "
        "joined the Asian Infrastructure Investment Bank in 2016.",
        "asian-infrastructure-investment-bank",
    ),
    "first-person": (
        "The Tajik president visited Astana in 2022. Our country joined the Asian "
        "Infrastructure Investment Bank in 2016.",
        "asian-infrastructure-investment-bank",
    ),
}


@pytest.mark.parametrize("case", OWN_STATE_KEPT.values(), ids=OWN_STATE_KEPT.keys())
def test_the_country_stays_the_documents_state_without_another_subject(case):
    text, organisation = case
    assert ("kaz", organisation) in of_property(triples(text), "memberOf")


def test_the_country_opening_a_sentence_is_still_the_subject_state():
    found = triples("Georgia is a Black Sea state. The country joined the United Nations in 1992.")
    assert ("geo", "united-nations") in of_property(found, "memberOf")
    assert ("kaz", "united-nations") not in of_property(found, "memberOf")


# --- a demonym opening a sentence is no opening state, and no document's state either --------

DEMONYM_OPENINGS = {
    "firms": "Chinese firms are active in the oil sector.",
    "troops": "Russian troops left the base in 2005.",
    "investors": "Turkish investors built several hotels.",
    "economy": "The Georgian economy shrank by four per cent in 2009.",
    "pair": "Russian and Chinese companies compete for contracts.",
}


@pytest.mark.parametrize("opening", DEMONYM_OPENINGS.values(), ids=DEMONYM_OPENINGS.keys())
def test_a_demonym_opening_makes_the_country_unsure(opening):
    found = of_property(
        triples(
            opening + " Since 1995, the country has been a member of the Organisation of "
            "Islamic Cooperation."
        ),
        "memberOf",
    )
    assert not {(s, o) for s, o in found if o == "oic"}


TITLED_OPENINGS = {
    "prime-minister": "Indian Prime Minister Narendra Modi visited Astana in July 2015.",
    "president": "Uzbek President Shavkat Mirziyoyev paid a state visit in 2017.",
    "foreign-minister": "Turkish Foreign Minister Hakan Fidan arrived on Monday.",
}


@pytest.mark.parametrize("opening", TITLED_OPENINGS.values(), ids=TITLED_OPENINGS.keys())
def test_a_demonym_before_a_title_makes_the_country_unsure(opening):
    found = triples(
        opening + " Since 1995, the country has been a member of the Organisation of Islamic "
        "Cooperation."
    )
    assert not {(s, o) for s, o in of_property(found, "memberOf") if o == "oic"}


def test_the_own_demonym_before_a_title_keeps_the_country():
    found = triples(
        "Kazakh President Kassym-Jomart Tokayev visited Delhi in 2022. Since 1995, the country "
        "has been a member of the Organisation of Islamic Cooperation."
    )
    assert ("kaz", "oic") in of_property(found, "memberOf")


def test_a_state_opening_still_gives_the_country():
    found = triples(
        "Turkey is a large regional power. Since 1995, the country has been a member of the "
        "Organisation of Islamic Cooperation.",
        written_from=None,
    )
    assert ("tur", "oic") in of_property(found, "memberOf")


# --- "this country" is not a possessive named in passing --------------------------------------

POSSESSIVE_ASIDES = {
    "britain-bp": (
        "Azerbaijan is rich in oil. Britain's BP runs its largest field. This country joined the "
        "Non-Aligned Movement in 2011.",
        "gbr",
        "non-aligned-movement",
    ),
    "china-railway": (
        "Laos is a landlocked state. China's railway crosses its north. This nation joined ASEAN "
        "in 1997.",
        "chn",
        "asean",
    ),
    "russia-troops": (
        "Mongolia lies between two giants. Russia's troops left its territory in 1992. This "
        "state joined the OSCE in 2012.",
        "rus",
        "osce",
    ),
    "india-trucks": (
        "Nepal is a Himalayan state. India's trucks supply most of its fuel. This country joined "
        "the WTO in 2004.",
        "ind",
        "wto",
    ),
}


@pytest.mark.parametrize("case", POSSESSIVE_ASIDES.values(), ids=POSSESSIVE_ASIDES.keys())
def test_this_country_is_not_a_possessive_named_in_passing(case):
    text, possessor, organisation = case
    assert (possessor, organisation) not in of_property(triples(text, None), "memberOf")


THIS_COUNTRY_KEPT = {
    "subject-with-a-list": (
        "Estonia borders Latvia and Russia. This state joined NATO in 2004.",
        "est",
        "nato",
    ),
    "subject-between-a-pair": (
        "Finland sits between Sweden and Russia. This country joined the European Union in 1995.",
        "fin",
        "european-union",
    ),
    "no-subject-in-the-paragraph": (
        "In 1992 a treaty was signed with Hungary. This country joined NATO in 1999.",
        "hun",
        "nato",
    ),
}


@pytest.mark.parametrize("case", THIS_COUNTRY_KEPT.values(), ids=THIS_COUNTRY_KEPT.keys())
def test_this_country_is_still_the_state_named_last(case):
    text, state, organisation = case
    assert (state, organisation) in of_property(triples(text, None), "memberOf")
