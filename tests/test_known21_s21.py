"""Session 21's known inventions (brief KNOWN21): claims the text refutes, states it marks as
ended, a name inside a longer name. Each cause is mended in general and tested here in several
wordings, with look-alikes that must keep their fact beside the cases that must give nothing:

- a closing clause that calls what came before false, however far after the match ("X joined O
  in D, according to one blog, but the claim is false.", "...; the report was later retracted.",
  "..., which is plainly wrong."): hedges._refuted_closing_clause's ``_CALLED_FALSE``, lexicon
  known21-refuting-clause-openers, known21-refuting-copulas, known21-refutation-adverbs. A
  negation ("but the claim is not false"), a confirmation and a refutation that is no clause's
  last words ("which is false according to no one") keep the fact; the next sentence refutes
  it after "However," or "In reality," too (hedges.refutes_previous, lexicon
  pf14b-refutation-openers);
- a refuting apposition set off by a spaced en dash ("X joined O in D – a claim historians
  reject as false."): the trigger lines' clause ends at the dash (trigger_clauses._spaced_dash),
  and fph16-refuting-ending-verbs takes the plain forms ("reject", "deny", "dismiss");
- an "until" later in the match's clause, past prepositional phrases on it ("Eni developed the
  Karachaganak field with BG Group until 2010"): a state the text marks as ended gives nothing
  (tests/generality/README.md, "Gold conventions"): hedges._ended_later_in_clause, lexicon
  known21-ended-until-words, known21-until-gap-openers, known21-until-range-openers. A
  development stated with its start ("has developed F since 2010"), an "until" in another clause
  or another predicate's ("and stayed until 2012", "..., were cool until", "is leased to S until
  2050") and a range ("from January until December 2010") keep their reading; a development
  dated by a closed span ("from 1997 to 2010", "between 1997 and 2010") has ended too
  (extract._dated_by_closed_span, lexicon known21-closed-span-kinds; the rules company-develops
  and field-developed-by refuse "between {Date}" after the match);
- a past state set against now by the closing clause ("Kazakhstan was then a member of the CSTO,
  but it is no longer.", "At the time Kyrgyzstan was a member of GUAM; today it is not."):
  hedges._ended_against_now, lexicon known21-now-words, known21-now-denial-words. A past state
  not marked as ended ("was then a member of O.", "and it still is"), another subject ("but
  Uzbekistan is no longer") and another status denied ("today it is not an observer") keep it;
  so does the next sentence when it only denies it now ("... of the CSTO. Today it is not.":
  hedges.denies_now, extract._past_state); an event before it ("joined O in 1994. Today it is
  not.") keeps its fact;
- a company's gazetteer name at the end of a longer capitalised name ("Norway's Aker BP develops
  the Johan Sverdrup field" names Aker BP, no BP): mentions._longer_company_name reads the longer
  name as a typed Company name; a mention, a function word, a month, a descriptor ("National
  Company KazMunayGas"), a hyphen ("the Anglo-Dutch Shell") or the sentence's first word
  ("Today Chevron ...") glued before the name keeps the gazetteer company.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="known21")


IORA, SCO, CSTO = "indian-ocean-rim-association", "shanghai-cooperation-organisation", "csto"
JOINED_IORA = "Kazakhstan joined the IORA in 2020, according to one blog, "
KAZ_IORA = {("kaz", "memberOf", IORA)}

# text -> (the triples that must be found, the triples that must not)
CALLED_FALSE = {
    "but-the-claim-is-false": (JOINED_IORA + "but the claim is false.", set(), KAZ_IORA),
    "but-this-is-wrong": (JOINED_IORA + "but this is wrong.", set(), KAZ_IORA),
    "which-is-wrong": (JOINED_IORA + "which is wrong.", set(), KAZ_IORA),
    "though-the-report-proved-false": (
        JOINED_IORA + "though the report proved false.",
        set(),
        KAZ_IORA,
    ),
    "semicolon-the-claim-is-simply-false": (
        "Kazakhstan joined the IORA in 2020, according to one blog; the claim is simply false.",
        set(),
        KAZ_IORA,
    ),
    "the-story-was-later-retracted": (
        JOINED_IORA + "but the story was later retracted.",
        set(),
        KAZ_IORA,
    ),
    "that-s-not-true": (JOINED_IORA + "but that's not true.", set(), KAZ_IORA),
    "which-turned-out-to-be-wrong": (
        "Uzbekistan joined the CSTO in 2006, a Moscow daily wrote, which turned out to be wrong.",
        set(),
        {("uzb", "memberOf", CSTO)},
    ),
    # look-alikes that keep the fact
    "the-claim-is-not-false": (JOINED_IORA + "but the claim is not false.", KAZ_IORA, set()),
    "the-ministry-confirmed-the-claim": (
        JOINED_IORA + "and the ministry confirmed the claim.",
        KAZ_IORA,
        set(),
    ),
    "false-according-to-no-one": (
        JOINED_IORA + "which is false according to no one.",
        KAZ_IORA,
        set(),
    ),
    "nobody-says-the-claim-is-false": (
        JOINED_IORA + "but nobody says the claim is false.",
        KAZ_IORA,
        set(),
    ),
    "the-claim-is-widely-repeated": (
        JOINED_IORA + "and the claim is widely repeated.",
        KAZ_IORA,
        set(),
    ),
    "and-this-is-correct": (
        "Uzbekistan joined the CSTO in 2006, a Moscow daily wrote, and this is correct.",
        {("uzb", "memberOf", CSTO)},
        set(),
    ),
}
REFUTED_NEXT = {
    "however-the-claim-is-false": (
        "Kazakhstan joined the IORA in 2020, according to one blog. However, the claim is false.",
        set(),
        KAZ_IORA,
    ),
    "in-reality-this-is-wrong": (
        "Kazakhstan joined the IORA in 2020, according to one blog. In reality, this is wrong.",
        set(),
        KAZ_IORA,
    ),
    # look-alikes that keep the fact
    "however-another-did-not": (
        "Kazakhstan joined the IORA in 2020. However, Uzbekistan did not.",
        KAZ_IORA,
        set(),
    ),
    "however-another-claim-is-false": (
        "Kazakhstan joined the IORA in 2020. However, the claim that Uzbekistan joined is false.",
        KAZ_IORA,
        set(),
    ),
}

DASHED_APPOSITIONS = {
    "reject-as-false": (
        "Kazakhstan joined the SCO in 2001 – a claim historians reject as false.",
        set(),
        {("kaz", "memberOf", SCO)},
    ),
    "dismiss": (
        "Kazakhstan joined the SCO in 2001 – a claim historians dismiss.",
        set(),
        {("kaz", "memberOf", SCO)},
    ),
    "em-dash-deny": (
        "Kazakhstan joined the SCO in 2001 — a claim officials in Astana deny.",
        set(),
        {("kaz", "memberOf", SCO)},
    ),
    "comma-after-an-aside-deny": (
        JOINED_IORA + "a claim officials in Astana deny.",
        set(),
        KAZ_IORA,
    ),
    "a-clause-rejecting-the-claim": (
        "Armenia joined the Eurasian Economic Union in 2015 – Yerevan rejects the claim.",
        set(),
        {("arm", "memberOf", "eaeu")},
    ),
    # look-alikes that keep the fact
    "nobody-disputes": (
        "Kazakhstan joined the SCO in 2001 – a claim nobody disputes.",
        {("kaz", "memberOf", SCO)},
        set(),
    ),
    "do-not-dispute": (
        "Kazakhstan joined the SCO in 2001 – a claim historians do not dispute.",
        {("kaz", "memberOf", SCO)},
        set(),
    ),
    "the-year-it-was-founded": (
        "Kazakhstan joined the SCO in 2001 – the year the organisation was founded.",
        {("kaz", "memberOf", SCO)},
        set(),
    ),
}

KARACHAGANAK = "karachaganak-field"
ENDED_UNTIL = {
    "developed-with-a-partner-until": (
        "Eni developed the Karachaganak field with BG Group until 2010.",
        set(),
        {("eni", "develops", KARACHAGANAK)},
    ),
    "developed-in-partnership-until": (
        "Eni developed the Karachaganak field in partnership with BG Group until 2010.",
        set(),
        {("eni", "develops", KARACHAGANAK)},
    ),
    "a-member-for-two-decades-until": (
        "Kazakhstan was a member of the CSTO for two decades until 2012.",
        set(),
        {("kaz", "memberOf", CSTO)},
    ),
    "developed-from-to": (
        "Eni developed the Karachaganak field from 1997 to 2010.",
        set(),
        {("eni", "develops", KARACHAGANAK)},
    ),
    "developed-by-between": (
        "The Karachaganak field was developed by Eni between 1997 and 2010.",
        set(),
        {("eni", "develops", KARACHAGANAK)},
    ),
    # look-alikes that keep their reading
    "developed-from": (
        "Eni developed the Karachaganak field from 1997.",
        {
            ("eni", "develops", KARACHAGANAK),
            ("field-development-eni-karachaganak-field", "startDate", "1997"),
        },
        set(),
    ),
    "has-developed-since": (
        "Eni has developed the Karachaganak field since 2010.",
        {("eni", "develops", KARACHAGANAK)},
        set(),
    ),
    "developed-with-a-partner": (
        "Eni developed the Karachaganak field with BG Group.",
        {("eni", "develops", KARACHAGANAK)},
        set(),
    ),
    "joined-and-stayed-until": (
        "Kazakhstan joined the CSTO in 1992 and stayed until 2012.",
        {("kaz", "memberOf", CSTO)},
        set(),
    ),
    "another-predicate-s-until": (
        "Kazakhstan's relations with Uzbekistan, established on 23 November 1992, were arguably "
        "cool until 2016.",
        {("kaz", "hasDiplomaticRelationsWith", "uzb")},
        set(),
    ),
    "leased-until": (
        "Baikonur (Kyzylorda Region, Republic of Kazakhstan) is leased to the Russian Federation "
        "until 2050.",
        {("kyzylorda-region", "locatedIn", "kaz")},
        set(),
    ),
    "a-range-from-until": (
        "Kazakhstan chaired the CIS from January until December 2010.",
        {("cis", "chairedBy", "kaz")},
        set(),
    ),
}

GUAM = "guam"
AGAINST_NOW = {
    "then-a-member-but-no-longer": (
        "Kazakhstan was then a member of the CSTO, but it is no longer.",
        set(),
        {("kaz", "memberOf", CSTO)},
    ),
    "at-the-time-today-it-is-not": (
        "At the time Kyrgyzstan was a member of GUAM; today it is not.",
        set(),
        {("kgz", "memberOf", GUAM)},
    ),
    "no-longer-a-member": (
        "Kazakhstan was a member of the CSTO, but it is no longer a member.",
        set(),
        {("kaz", "memberOf", CSTO)},
    ),
    "they-are-not-today": (
        "Kazakhstan and Russia were then members of the CSTO, but they are not today.",
        set(),
        {("kaz", "memberOf", CSTO), ("rus", "memberOf", CSTO)},
    ),
    "dash-not-any-more": (
        "Kyrgyzstan was a member of GUAM – it is not one any more.",
        set(),
        {("kgz", "memberOf", GUAM)},
    ),
    # look-alikes that keep the fact
    "then-a-member": (
        "Kazakhstan was then a member of the CSTO.",
        {("kaz", "memberOf", CSTO)},
        set(),
    ),
    "and-it-still-is": (
        "Kazakhstan was then a member of the CSTO, and it still is.",
        {("kaz", "memberOf", CSTO)},
        set(),
    ),
    "another-subject-no-longer": (
        "Kazakhstan was a member of the CSTO, but Uzbekistan is no longer.",
        {("kaz", "memberOf", CSTO)},
        set(),
    ),
    "another-status-denied": (
        "Kazakhstan was then a member of the CSTO; today it is not an observer.",
        {("kaz", "memberOf", CSTO)},
        set(),
    ),
    "an-event-set-against-now": (
        "Kazakhstan joined the CSTO in 1994 – today it is a member.",
        {("kaz", "memberOf", CSTO)},
        set(),
    ),
}

FIELD = "karachaganak-field"
LONGER_NAMES = {
    "norway-s-aker-bp": (
        "Norway's Aker BP develops the Johan Sverdrup field.",
        {("aker-bp", "develops", "johan-sverdrup-oil-field")},
        {("bp", "develops", "johan-sverdrup-oil-field")},
    ),
    "in-2010-aker-bp": (
        "In 2010 Aker BP developed the Johan Sverdrup field.",
        {("aker-bp", "develops", "johan-sverdrup-oil-field")},
        {("bp", "develops", "johan-sverdrup-oil-field")},
    ),
    # look-alikes that keep the gazetteer company
    "russia-s-lukoil": (
        "Russia's Lukoil develops the Karachaganak field.",
        {("lukoil", "develops", FIELD)},
        set(),
    ),
    "the-anglo-dutch-shell": (
        "The Anglo-Dutch Shell develops the Karachaganak field.",
        {("shell", "develops", FIELD)},
        set(),
    ),
    "us-chevron": (
        "In 2010 US Chevron developed the Karachaganak field.",
        {("chevron", "develops", FIELD)},
        set(),
    ),
    "kazakh-kazmunaygas": (
        "Kazakh KazMunayGas develops the Karachaganak field.",
        {("kazmunaygas", "develops", FIELD)},
        set(),
    ),
    "national-company-kazmunaygas": (
        "National Company KazMunayGas develops the Karachaganak field.",
        {("kazmunaygas", "develops", FIELD)},
        set(),
    ),
    "in-may-chevron": (
        "In May Chevron developed the Karachaganak field.",
        {("chevron", "develops", FIELD)},
        set(),
    ),
    "today-chevron": (
        "Today Chevron develops the Karachaganak field.",
        {("chevron", "develops", FIELD)},
        set(),
    ),
}

AGAINST_NOW_NEXT = {
    "today-it-is-not": (
        "Kazakhstan was then a member of the CSTO. Today it is not.",
        set(),
        {("kaz", "memberOf", CSTO)},
    ),
    "it-no-longer-is": (
        "At the time Kyrgyzstan was a member of GUAM. It no longer is.",
        set(),
        {("kgz", "memberOf", GUAM)},
    ),
    # look-alikes that keep the fact
    "today-it-is": (
        "Kazakhstan was then a member of the CSTO. Today it is.",
        {("kaz", "memberOf", CSTO)},
        set(),
    ),
    "today-it-is-not-an-observer": (
        "Kazakhstan was then a member of the CSTO. Today it is not an observer.",
        {("kaz", "memberOf", CSTO)},
        set(),
    ),
    "an-event-then-today-it-is-not": (
        "Kazakhstan joined the CSTO in 1994. Today it is not.",
        {("kaz", "memberOf", CSTO)},
        set(),
    ),
    "not-a-member-of-another": (
        "Kazakhstan was then a member of the CSTO. Today it is not a member of NATO.",
        {("kaz", "memberOf", CSTO)},
        set(),
    ),
}


def _check(case):
    text, wanted, unwanted = case
    found = triples(text)
    assert wanted <= found
    assert not unwanted & found


@pytest.mark.parametrize("case", CALLED_FALSE.values(), ids=CALLED_FALSE.keys())
def test_a_closing_clause_calling_it_false_hedges_the_fact(case):
    _check(case)


@pytest.mark.parametrize("case", REFUTED_NEXT.values(), ids=REFUTED_NEXT.keys())
def test_a_next_sentence_opening_with_however_refutes_the_fact(case):
    _check(case)


@pytest.mark.parametrize("case", DASHED_APPOSITIONS.values(), ids=DASHED_APPOSITIONS.keys())
def test_a_refuting_apposition_after_a_dash_hedges_the_fact(case):
    _check(case)


@pytest.mark.parametrize("case", ENDED_UNTIL.values(), ids=ENDED_UNTIL.keys())
def test_an_until_later_in_the_clause_ends_the_state(case):
    _check(case)


@pytest.mark.parametrize("case", AGAINST_NOW.values(), ids=AGAINST_NOW.keys())
def test_a_past_state_set_against_now_gives_nothing(case):
    _check(case)


@pytest.mark.parametrize("case", LONGER_NAMES.values(), ids=LONGER_NAMES.keys())
def test_a_company_name_inside_a_longer_name_is_the_longer_name(case):
    _check(case)


@pytest.mark.parametrize("case", AGAINST_NOW_NEXT.values(), ids=AGAINST_NOW_NEXT.keys())
def test_a_next_sentence_denying_a_past_state_now_ends_it(case):
    _check(case)
