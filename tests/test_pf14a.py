"""Session 13's probe of unseen registers (brief PF14A: machine-translated statements,
parliamentary questions, OCR'd reports, social-media threads, podcast transcripts, FAQs, textbook
questions, cables, museum captions, forum agendas, travel advisories, statistics releases): of
some 220 tempting probes, the ones that invented a fact, each mended by its general cause and
tested here in other wording with other entities, with look-alikes that keep their true fact:

- a sentence that only refutes the statement before it ("Some people say X founded O. GUEST:
  That's wrong, actually.", "HOST: So X joined O. GUEST: No.", '"C is the capital of S."
  Correct the statement.', "Interfax reported that X joined O. The report was later retracted.",
  "The ministry later denied this."): the statement's facts are dropped
  (hedges.refutes_previous, lexicon pf14a-refuting-*), not after a question nor for a table's or
  a number's "No.";
- a claim put in unnamed mouths without "that" ("Some people say X founded O", "Many believe X
  borders Y": hedge-fp10a-claim-preceding) or refuted after a dash or comma ("X joined O in D –
  that's wrong": hedge-fp10a-claim-refuted-after);
- a head of state's title that opens the next person's name ("Russia's President Putin,
  Belarus's President Lukashenko and ..." made Putin Belarus's head of state): the rules that end
  in "S's president" after a person take no person right after the title (not_before_class, as
  their siblings "X, President of S" already did);
- a line labelled as a statement to judge ('True or false: "X is a founding member of O."',
  "Myth or fact: ...", "Claim: ...", "Evaluate: ...": hedge-pf14a-exercise-label).
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="pf14a")


# --- a sentence that refutes the one before it ------------------------------------------------

REFUTED = {
    "transcript-thats-wrong": "HOST: Some people say Tajikistan founded the Eurasian Economic "
    "Union.\nGUEST: That's wrong, actually.",
    "transcript-no": "MR BROWN: So Turkey joined the Eurasian Economic Union in 2015.\n"
    "THE MINISTER: No. Turkey has never applied.",
    "correct-the-statement": '"Bishkek is the capital of Kazakhstan." Correct the statement.',
    "this-is-not-true": "Mongolia joined the CSTO in 2002. This is not true.",
    "bare-false": "Georgia is a member of the Eurasian Economic Union. False.",
    "thats-a-myth": "Kyrgyzstan borders Turkmenistan. That's a myth.",
    "dash-thats-wrong": "Armenia joined the Organization of Turkic States in 2020 – that's wrong.",
    "report-retracted": "Interfax reported that Tajikistan had joined the Eurasian Economic "
    "Union. The report was later retracted.",
    "ministry-denied-this": "Xinhua reported that Mongolia signed the Treaty on Eternal "
    "Friendship in Ulaanbaatar in 2019. The ministry later denied this.",
    "claim-proved-false": "A website claimed Armenia had joined the OTS. The claim proved false.",
    "story-retracted": "Local media said Turkey borders Turkmenistan. Reuters retracted the story.",
}

UNNAMED_CLAIMS = {
    "some-people-say": "Some people say Azerbaijan is a member of the CSTO.",
    "many-believe": "Many believe Tajikistan borders Kazakhstan.",
    "people-think": "People think Mongolia joined the Shanghai Cooperation Organisation in 2004.",
}

EXERCISE_LABELS = {
    "true-or-false": 'True or false: "Turkmenistan is a founding member of the CIS."',
    "numbered-true-or-false": '4. True or false: "Kyrgyzstan is a founding member of the '
    'Shanghai Cooperation Organisation." Explain your answer.',
    "myth-or-fact": "Myth or fact: Kazakhstan borders Iran.",
    "claim": "Claim: Turkmenistan is a member of the CSTO.",
    "evaluate": "Evaluate: Armenia signed the Treaty on the Eurasian Economic Union in Astana in "
    "2014.",
}

NOTHING = REFUTED | UNNAMED_CLAIMS | EXERCISE_LABELS


@pytest.mark.parametrize("text", NOTHING.values(), ids=NOTHING.keys())
def test_a_refuted_claimed_or_judged_statement_states_nothing(text):
    assert triples(text) == set()


# --- look-alikes that keep their fact -----------------------------------------------------------

KEPT = {
    "no-after-a-question": (
        "Q: Is Kazakhstan a member of NATO?\nA: No. Kazakhstan is a member of the CSTO.",
        ("kaz", "memberOf", "csto"),
    ),
    "no-after-a-tag-question": (
        "PRESENTER: Kazakhstan joined the World Trade Organization in 2015 – is there a free "
        "trade agreement with Britain now?\nAMBASSADOR: No, no – we are members of the Eurasian "
        "Economic Union.",
        ("kaz", "memberOf", "wto"),
    ),
    "table-header-no": (
        "Kazakhstan joined the WTO in 2015.\nNo. | Date | Venue",
        ("kaz", "memberOf", "wto"),
    ),
    "number-no": (
        "Armenia joined the WTO in 2003. No. 5 on the list is Kazakhstan.",
        ("arm", "memberOf", "wto"),
    ),
    "wrong-as-adjective": (
        "Georgia borders Armenia. Wrong turns at the border cost travellers hours.",
        ("geo", "sharesBorderWith", "arm"),
    ),
    "not-true-of-another": (
        "Kazakhstan is a member of the OSCE. That is not true of Kosovo.",
        ("kaz", "memberOf", "osce"),
    ),
    "fact-label": ("Fact: Kazakhstan borders China.", ("kaz", "sharesBorderWith", "chn")),
    "report-about-it": (
        "Kazakhstan joined the WTO in 2015. The report was published in 2016.",
        ("kaz", "memberOf", "wto"),
    ),
    "denied-something-else": (
        "Kazakhstan borders China. Beijing denied visas to some travellers.",
        ("kaz", "sharesBorderWith", "chn"),
    ),
    "rejected-is-no-refutation": (
        "Kazakhstan joined the WTO in 2015. Russia rejected this.",
        ("kaz", "memberOf", "wto"),
    ),
    "no-other": (
        "Kazakhstan joined the WTO in 2015. No other Central Asian state joined that year.",
        ("kaz", "memberOf", "wto"),
    ),
}


@pytest.mark.parametrize(("text", "fact"), KEPT.values(), ids=KEPT.keys())
def test_a_look_alike_keeps_its_fact(text, fact):
    assert fact in triples(text)


# --- plain statements in the probed registers are still read ------------------------------------

TRUE = {
    "parliament": (
        "THE MINISTER: Kazakhstan has been a member of the United Nations since 2 March 1992.",
        ("kaz", "memberOf", "united-nations"),
    ),
    "podcast": (
        "[00:03:12] GUEST: Kazakhstan joined the Organization of Islamic Cooperation in 1995.",
        ("kaz", "memberOf", "oic"),
    ),
    "cable": (
        "SUBJECT: KAZAKHSTAN: MFA CONFIRMS CSTO MEMBERSHIP  1. (C) SUMMARY: Kazakhstan is a "
        "member of the CSTO. END SUMMARY.",
        ("kaz", "memberOf", "csto"),
    ),
    "agenda": (
        "11:00–11:30 Kazakhstan and Austria established diplomatic relations in 1992: 30 years "
        "of partnership.",
        ("aut", "hasDiplomaticRelationsWith", "kaz"),
    ),
    "faq-after-a-question": (
        "Q: Is Kyrgyzstan in the CSTO? A: Yes, Kyrgyzstan is a member of the CSTO.",
        ("kgz", "memberOf", "csto"),
    ),
    "textbook": (
        "7. Kazakhstan chaired the OSCE in 2010. What were its priorities?",
        ("osce", "chairedBy", "kaz"),
    ),
    "machine-translated": (
        "Kazakhstan has common border with the Kyrgyz Republic.",
        ("kaz", "sharesBorderWith", "kgz"),
    ),
    "social-media": (
        "3/8 Kazakhstan borders Uzbekistan. #geography",
        ("kaz", "sharesBorderWith", "uzb"),
    ),
}


@pytest.mark.parametrize(("text", "fact"), TRUE.values(), ids=TRUE.keys())
def test_a_plain_statement_in_a_probed_register_is_read(text, fact):
    assert fact in triples(text)


# --- a title that opens the next person's name is not the person's before it -----------------

NEXT_PERSONS_TITLE = {
    "possessive-list": (
        "Russia's President Putin, Belarus's President Lukashenko and Kazakhstan's Prime "
        "Minister signed the treaty.",
        ("vladimir-putin", "headOfStateOf", "blr"),
    ),
    "possessive-next-name": (
        "Emomali Rahmon, Uzbekistan's President Shavkat Mirziyoyev and Sadyr Japarov met in "
        "Dushanbe.",
        ("emomali-rahmon", "headOfStateOf", "uzb"),
    ),
    "who-is-now": (
        "Sadyr Japarov, who is now Turkey's President Erdoğan's host, spoke first.",
        ("sadyr-japarov", "headOfStateOf", "tur"),
    ),
    "ordinal": (
        "Serdar Berdimuhamedow, Turkmenistan's third President Gurbanguly's son, spoke.",
        ("serdar-berdimuhamedow", "headOfStateOf", "tkm"),
    ),
}


@pytest.mark.parametrize(
    ("text", "fact"), NEXT_PERSONS_TITLE.values(), ids=NEXT_PERSONS_TITLE.keys()
)
def test_a_title_opening_the_next_name_is_not_the_person_before(text, fact):
    assert fact not in triples(text)


OWN_TITLE = {
    "possessive-apposition": (
        "Recep Tayyip Erdoğan, Turkey's President, visited Astana.",
        ("recep-tayyip-erdogan", "headOfStateOf", "tur"),
    ),
    "ordinal-apposition": (
        "Shavkat Mirziyoyev, Uzbekistan's second president, visited Astana.",
        ("shavkat-mirziyoyev", "headOfStateOf", "uzb"),
    ),
    "became": (
        "Sadyr Japarov, who became Kyrgyzstan's President in 2021, visited Astana.",
        ("sadyr-japarov", "headOfStateOf", "kgz"),
    ),
    "since": (
        "Emomali Rahmon, Tajikistan's president since 1994, spoke.",
        ("emomali-rahmon", "headOfStateOf", "tjk"),
    ),
    "possessive-before-the-name": (
        "Russia's President Putin, Belarus's President Lukashenko and Kazakhstan's Prime "
        "Minister signed the treaty.",
        ("alexander-lukashenko", "headOfStateOf", "blr"),
    ),
}


@pytest.mark.parametrize(("text", "fact"), OWN_TITLE.values(), ids=OWN_TITLE.keys())
def test_a_title_after_its_person_is_still_read(text, fact):
    assert fact in triples(text)
