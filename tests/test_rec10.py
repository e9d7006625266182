"""Session 10's plain clauses lost on unseen text (brief REC10), each mended by its general cause
and tested in other wording with other entities, with look-alikes that must give nothing:

- a chronology line headed by one ISO day ("2001-06-15: X joins O") is a chronology line: its
  historic present reads as the past and its facts take the day (sentences.CHRONOLOGY_HEAD); the
  day is no closed span of years in the line's label (hedges._closed_span); a range of ISO days,
  an ISO month, a span of years and a plan's label keep refusing the line's facts;
- a sentence-wide doubt (a question's "?", "reportedly", "cancelled", ...) governs the match's
  own part of the sentence, between semicolons or around the sentence's one spaced dash, not a
  part that does not refer back to it (hedges._doubted_part): "X joined O in 2015 – is there
  ...?" keeps X's membership; "– or did it?", "; this was denied", a question opening the
  match's part, a dash pair and a colon before a list keep refusing;
- an aside between commas inside the match that puts it in unnamed mouths ("X, some claim,
  joined O") refuses it (hedges._attributed_aside);
- a phrase excluding a name ("unlike X", "except X", "rather than X") does not reach that name's
  own relative clause: "unlike X, which joined O in D" states X's membership
  (hedges._own_relative_clause); an aside before the verb, a claim and the name alone keep
  refusing; a question does not ask its names' own non-restrictive relative clauses ("Will R
  affect O, which we co-founded with A?": hedges._presupposed), unless another doubt stands by.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples


def triples(text: str, written_from: str | None = None) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="rec10", written_from=written_from)


# --- a chronology line headed by an ISO day -----------------------------------------------------

ISO_LINES = {
    "joins": (
        "2001-06-15: Uzbekistan joins the Shanghai Cooperation Organisation.",
        {
            ("uzb", "memberOf", "shanghai-cooperation-organisation"),
            ("membership-uzb-shanghai-cooperation-organisation", "startDate", "2001-06-15"),
        },
    ),
    "plural-become": (
        "2004-05-01 – Poland and Hungary become members of the European Union.",
        {
            ("pol", "memberOf", "european-union"),
            ("hun", "memberOf", "european-union"),
            ("membership-hun-european-union", "startDate", "2004-05-01"),
        },
    ),
    "signs": (
        "1993-12-21: Armenia signs the Treaty on Collective Security.",
        {
            ("treaty-on-collective-security", "signatory", "arm"),
            ("treaty-on-collective-security", "signingDate", "1993-12-21"),
        },
    ),
}


@pytest.mark.parametrize("case", sorted(ISO_LINES))
def test_an_iso_day_heads_a_chronology_line(case):
    text, wanted = ISO_LINES[case]
    assert wanted <= triples(text)


ISO_LOOK_ALIKES = [
    # a range of days: no one date the line's fact takes
    "2018-03-11 – 2018-03-12: Uzbekistan joins the Eurasian Economic Union.",
    # a span of ISO days: a state that ended
    "2012-05-01 – 2016-05-01: Uzbekistan is a member of the Collective Security Treaty"
    " Organization.",
    # an ISO month is still read as a span of years ("2008-11"), as before
    "2008-11 – Georgia becomes a member of the Asian Development Bank.",
    # a plan's label, a plan's bracket, the future, a condition
    "2031-01-01 – Target date: Uzbekistan joins the Eurasian Economic Union.",
    "2031-01-01: Uzbekistan joins the Eurasian Economic Union (planned).",
    "2030-01-01: Uzbekistan will become a member of the Eurasian Economic Union.",
    "2030-01-01: Uzbekistan becomes a member of the Eurasian Economic Union next year if talks"
    " succeed.",
]


@pytest.mark.parametrize("text", ISO_LOOK_ALIKES)
def test_iso_look_alikes_give_no_membership(text):
    assert not {t for t in triples(text) if t[1] == "memberOf"}


# --- a sentence-wide doubt governs its own part of the sentence -------------------------------

DOUBT_IN_ANOTHER_PART = {
    "question-after-dash": (
        "HOST: Uzbekistan joined the Asian Development Bank in 1995 – has the bank financed any"
        " roads since then?",
        ("uzb", "memberOf", "adb"),
    ),
    "called-off-after-semicolon": (
        "Tajikistan joined the Asian Development Bank in 1998; a planned summit in Dushanbe was"
        " cancelled.",
        ("tjk", "memberOf", "adb"),
    ),
    "doubt-in-earlier-part": (
        "Uzbekistan reportedly applied to a trade bloc; Tajikistan joined the Asian Development"
        " Bank in 1998.",
        ("tjk", "memberOf", "adb"),
    ),
}


@pytest.mark.parametrize("case", sorted(DOUBT_IN_ANOTHER_PART))
def test_a_doubt_in_another_part_keeps_the_fact(case):
    text, wanted = DOUBT_IN_ANOTHER_PART[case]
    assert wanted in triples(text)


def test_a_doubt_after_a_comma_and_a_conjunction_keeps_the_fact():
    text = (
        "Tajikistan joined the Asian Development Bank in 1998, although a planned loan for a"
        " dam was postponed."
    )
    assert ("tjk", "memberOf", "adb") in triples(text)


DOUBT_LOOK_ALIKES = [
    # a comma and a conjunction before a part that refers back
    "Tajikistan joined the Asian Development Bank in 1998, but this was later denied.",
    "Tajikistan joined the Asian Development Bank in 1998, although critics alleged otherwise.",
    "Tajikistan joined the Asian Development Bank in 1998, but the accession was reportedly"
    " blocked.",
    # the question is the match's own
    "Did Tajikistan join the Asian Development Bank in 1998?",
    "HOST: Did Tajikistan join the Asian Development Bank in 1998 – the year of its first loan?",
    "Was Tajikistan a member of the Asian Development Bank in 1998 – the year of its first loan?",
    "When did Tajikistan join the Asian Development Bank – in 1998?",
    # a later part that refers back to the match's
    "Tajikistan joined the Asian Development Bank in 1998 – or did it?",
    "Tajikistan joined the Asian Development Bank in 1998 – right?",
    "Tajikistan joined the Asian Development Bank in 1998 – was it worth it?",
    "Tajikistan joined the Asian Development Bank in 1998; this was later denied.",
    "Tajikistan joined the Asian Development Bank in 1998 – or so the rumours say.",
    "Tajikistan joined the Asian Development Bank in 1998; at least, that is what was rumoured.",
    # a dash pair is an aside, no break; a colon before the list carries the doubt over it
    "Critics alleged – without evidence – that Tajikistan joined the Asian Development Bank in"
    " 1998.",
    "Unconfirmed reports say the following: Uzbekistan reportedly applied; Tajikistan joined the"
    " Asian Development Bank in 1998.",
    # the brief's look-alikes, in other words
    "It is not true that Tajikistan joined the Asian Development Bank in 1998 – ask the bank.",
    "Tajikistan will become a member of the Asian Development Bank in 2026 – what will change?",
    "Tajikistan becomes a member of the Asian Development Bank next year if talks succeed.",
    # an aside putting the match in unnamed mouths
    "Tajikistan, some claim, joined the Asian Development Bank in 1998.",
    "Tajikistan, it is said, joined the Asian Development Bank in 1998.",
    "Tajikistan, historians argue, joined the Asian Development Bank in 1998.",
]


@pytest.mark.parametrize("text", DOUBT_LOOK_ALIKES)
def test_doubt_look_alikes_give_no_membership(text):
    assert not {t for t in triples(text) if t[1] == "memberOf"}


def test_a_named_source_in_an_aside_keeps_the_fact():
    text = "Tajikistan, the ministry said, joined the Asian Development Bank in 1998."
    assert ("tjk", "memberOf", "adb") in triples(text)


def test_only_a_spaced_dash_parts_a_sentence():
    from kzgraph.hedges import SpacedDash, hedge_words
    from kzgraph.sentences import pipeline

    words = hedge_words(pipeline()("A Kazakh–Chinese line opened in 2009 – is it busy?"))
    dashes = [w for w in words if w == "–"]
    assert [isinstance(w, SpacedDash) for w in dashes] == [False, True]


# --- an excluding phrase does not reach its name's own relative clause -------------------------


def test_unlike_x_which_joined():
    text = (
        "Unlike Azerbaijan, which joined the Council of Europe in 2001, Kazakhstan is not a"
        " member of the council."
    )
    assert ("aze", "memberOf", "council-of-europe") in triples(text)
    assert ("kaz", "memberOf", "council-of-europe") not in triples(text)


EXCLUDED_LOOK_ALIKES = [
    "All Central Asian states except Turkmenistan joined the Collective Security Treaty"
    " Organization.",
    # the aside is no relative clause of the match: the verb stands after it
    "All Central Asian states except Turkmenistan, which stayed neutral, joined the Collective"
    " Security Treaty Organization.",
    # a claim is no exclusion
    "Some claim that Tajikistan, which joined the Asian Development Bank in 1998, was the first.",
    # a relative clause in the middle of another head's phrase may speak of that head
    "Azerbaijan, unlike Belarus, which joined the Collective Security Treaty Organization in"
    " 1993, stayed out.",
]


@pytest.mark.parametrize("text", EXCLUDED_LOOK_ALIKES)
def test_excluded_look_alikes_give_no_membership(text):
    assert not {t for t in triples(text) if t[1] == "memberOf"}


# --- a question does not ask a name's own relative clause ------------------------------------


def test_a_relative_clause_inside_a_question_is_stated():
    text = (
        "Did Uzbekistan ever apply to the Asian Development Bank, which Tajikistan joined in 1998?"
    )
    assert ("tjk", "memberOf", "adb") in triples(text)
    assert ("uzb", "memberOf", "adb") not in triples(text)


def test_a_relative_clause_of_the_speaker_inside_a_question():
    text = (
        "SENATOR: Does the treaty bind the Eurasian Economic Union, which we founded with"
        " Belarus and Russia?"
    )
    found = triples(text, written_from="Kazakhstan")
    assert {("kaz", "coFounderOf", "eaeu"), ("blr", "coFounderOf", "eaeu")} <= found


QUESTION_LOOK_ALIKES = [
    "Did Uzbekistan join the Asian Development Bank in 1995?",
    "Which bank did Uzbekistan join in 1995?",
    # another doubt beside the question
    "Did Uzbekistan, which reportedly joined the Asian Development Bank in 1995, sign the treaty?",
    # a restrictive clause is asked
    "Is this the bank that Uzbekistan joined in 1995?",
]


@pytest.mark.parametrize("text", QUESTION_LOOK_ALIKES)
def test_question_look_alikes_give_no_membership(text):
    assert not {t for t in triples(text) if t[1] == "memberOf"}
