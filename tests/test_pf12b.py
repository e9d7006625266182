"""Invented treaty signings found by probing (brief PF12B, session 12), mended by their general
cause and tested in other wording with other entities than the probes, with look-alikes that
must still give their true facts:

- a raised or modal perfect right before a match that opens at its verb ("A is said to have
  signed T in C in D", "B seems to have ...", "A hopes to have signed T in C by D", "B may|must|
  would have signed T in C"): a report, an inference, a wish or a counterfactual gave the
  treaty a signing place and date (signed-treaty-in-place). hedges.jsonl
  hedge-pf12b-raised-perfect-preceding; "is known to have", "is proud to have", "was the first
  to have" state the signing and keep it;
- a treaty that is the complement of another document before it ("A protocol to the 1998
  treaty was signed in C in 2002", "Amendments to the agreement were signed in C", "A
  memorandum implementing the 2003 agreement was signed", "the agreement on the implementation
  of the treaty"): the protocol, amendments or memorandum were signed then and there, and the
  treaty took their date, place and signatories (treaty-was-signed, treaty-comma-signed-in-on).
  relations._treaty_of_another_document; "In addition to the agreement, which was signed in C"
  and a plain "The protocol was signed in C" keep their signing;
- a "*" gap of a passive signing rule passing over ", not", "rather than" or "instead of" ("the
  agreement was signed in C1, not in C2, in D"): the denied C2 became the signing place.
  relations._gap_joins_clauses (_denies_what_follows); C1 stays;
- a hyphenated pair of demonyms before a lowercase noun ("P visited the A-B border crossing"):
  both states became destinations of P's visit. relations._is_demonym in _modifies_what_follows.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="pf12b")


def signing(found: set) -> set[tuple[str, str, str]]:
    return {t for t in found if t[1] in ("signatory", "signingDate", "signingPlace")}


RAISED = [
    "Hungary is said to have signed the accord in Budapest in 2012.",
    "Latvia is thought to have signed the memorandum in Riga on 3 June 2016.",
    "Mongolia seems to have signed the accord in Ulaanbaatar in 2009.",
    "Romania appeared to have signed the agreement in Bucharest in 2001, but the text was "
    "never published.",
    "Serbia claims to have signed the agreement in Belgrade in 2018.",
    "Vietnam hopes to have signed the agreement in Hanoi by 2027.",
    "Poland expects to have signed the protocol in Warsaw in 2026.",
    "Oman may have signed the agreement in Muscat in 2014.",
    "Bulgaria would have signed the agreement in Sofia in 1999 had its parliament agreed.",
    "Estonia must have signed the accord in Tallinn in 2004, judging by the archive.",
]


@pytest.mark.parametrize("text", RAISED)
def test_a_raised_or_modal_perfect_signs_nothing(text):
    assert signing(triples(text)) == set()


STATED = {
    "known-to-have": (
        "Mongolia is known to have signed the accord in Ulaanbaatar in 2009.",
        {("accord-2009", "signingPlace", "ulaanbaatar"), ("accord-2009", "signingDate", "2009")},
    ),
    "proud-to-have": (
        "Serbia is proud to have signed the agreement in Belgrade in 2018.",
        {("agreement-2018", "signingPlace", "belgrade"), ("agreement-2018", "signingDate", "2018")},
    ),
    "plain": (
        "Oman signed the agreement in Muscat in 2014.",
        {("agreement-2014", "signatory", "omn"), ("agreement-2014", "signingPlace", "muscat")},
    ),
}


@pytest.mark.parametrize("case", STATED.values(), ids=STATED.keys())
def test_a_stated_perfect_still_signs(case):
    text, expected = case
    assert expected <= triples(text)


ATTACHED = [
    "The protocol to the 1996 treaty was signed in Warsaw in 2003.",
    "An additional protocol to the 2005 agreement was signed in Riga on 2 May 2010 by Latvia "
    "and Poland.",
    "Amendments to the 1999 treaty were signed in Vilnius in 2008.",
    "A memorandum implementing the 2011 agreement was signed in Hanoi in 2015.",
    "A protocol amending the 2001 Danube navigation agreement was signed in Belgrade in 2012.",
    "A plan amending the 2013 partnership agreement was signed in Prague in 2019.",
    "An annex to the 2004 treaty was signed in Tallinn in 2007.",
    "The protocol to the 1996 treaty, signed in Warsaw in 2003, ended the dispute.",
]


@pytest.mark.parametrize("text", ATTACHED)
def test_a_document_attached_to_a_treaty_gives_the_treaty_no_signing(text):
    # "of", "for", "under" link no document: "The roadmap under the 2013 partnership agreement
    # was signed in C" still dates the agreement (a known gap: those prepositions cost right
    # signings on unseen text when they were links)
    found = signing(triples(text))
    assert not {t for t in found if t[0].startswith(("treaty", "agreement"))}, found


KEPT = {
    "in-addition-to": (
        "In addition to the 2006 agreement, which was signed in Riga in 2006, the sides agreed "
        "on a plan.",
        {("agreement-2006", "signingPlace", "riga"), ("agreement-2006", "signingDate", "2006")},
    ),
    "plain-protocol": (
        "The protocol was signed in Vilnius in 2011.",
        {("protocol-2011", "signingPlace", "vilnius"), ("protocol-2011", "signingDate", "2011")},
    ),
    "active-protocol-to": (
        "Latvia and Poland signed a protocol to the 1996 treaty in Warsaw in 2003.",
        {("protocol-pf12b-s0", "signatory", "lva"), ("protocol-pf12b-s0", "signatory", "pol")},
    ),
    "treaty-by-states": (
        "The agreement was signed in Warsaw in 2007 by Poland and Lithuania.",
        {("agreement-2007", "signatory", "ltu"), ("agreement-2007", "signingPlace", "warsaw")},
    ),
}


@pytest.mark.parametrize("case", KEPT.values(), ids=KEPT.keys())
def test_a_treaty_signed_in_its_own_words_keeps_its_signing(case):
    text, expected = case
    assert expected <= triples(text)


# A "*" gap of a passive signing rule passed over ", not", "rather than" or "instead of" to the
# place the sentence denies: "the agreement was signed in C1, not in C2, in D" gave T the
# signing place C2 with D (relations._gap_joins_clauses, _denies_what_follows).
DENIED = {
    "comma-not-in": (
        "As the ministry stressed, the accord was signed in Warsaw, not in Prague, in 2016.",
        "prague",
    ),
    "comma-not": ("The memorandum was signed in Riga, not Vilnius, on 4 April 2018.", "vilnius"),
    "rather-than": ("The accord was signed in Budapest rather than in Vienna in 2011.", "vienna"),
    "instead-of": ("The agreement was signed in Sofia instead of Bucharest in 2013.", "bucharest"),
}


@pytest.mark.parametrize("case", DENIED.values(), ids=DENIED.keys())
def test_a_place_the_sentence_denies_is_no_signing_place(case):
    text, denied = case
    found = triples(text)
    assert not {t for t in found if t[1] == "signingPlace" and t[2] == denied}, found


AFFIRMED = {
    "first-place-kept": (
        "The memorandum was signed in Riga, not Vilnius, on 4 April 2018.",
        "riga",
    ),
    "gap-without-denial": (
        "The accord was signed at the presidential palace in Warsaw in 2016.",
        "warsaw",
    ),
}


@pytest.mark.parametrize("case", AFFIRMED.values(), ids=AFFIRMED.keys())
def test_the_place_the_sentence_affirms_is_kept(case):
    text, place = case
    assert place in {t[2] for t in triples(text) if t[1] == "signingPlace"}


# A hyphenated pair of demonyms before a lowercase noun qualifies that noun, as one demonym
# does: "P visited the A-B border crossing|business forum|railway works" named no visit to A and
# B (both destinations, the visitor's own state among them). relations._is_demonym, asked by
# _modifies_what_follows.
PAIR_MODIFIES = [
    "Rahmon visited the Tajik-Kyrgyz water facility in Isfara in 2020.",
    "Macron visited the French-Kazakh uranium venture in Shymkent.",
    "Xi Jinping visited Chinese-Kyrgyz railway works in Jalal-Abad.",
    "Modi visited the Indian–Uzbek joint drills in Termez in 2023.",
]


@pytest.mark.parametrize("text", PAIR_MODIFIES)
def test_a_demonym_pair_before_a_noun_is_no_destination(text):
    assert not {t for t in triples(text) if t[1] == "destination"}


VISITED_STATES = {
    "two-states": (
        "Rahmon visited Kyrgyzstan and Uzbekistan in 2022.",
        {"kgz", "uzb"},
    ),
    "one-state": ("Macron visited Kazakhstan in November 2023.", {"kaz"}),
}


@pytest.mark.parametrize("case", VISITED_STATES.values(), ids=VISITED_STATES.keys())
def test_named_states_are_still_destinations(case):
    text, states = case
    assert {t[2] for t in triples(text) if t[1] == "destination"} == states


@pytest.mark.parametrize(
    "text, expected",
    [
        # a noun joined to the treaty by "of", "for" or "under" is no document signed in its place
        (
            "The rules of the Treaty on Open Skies, signed in Helsinki on 24 March 1992 by Canada "
            "and Norway, are strict.",
            ("treaty-on-open-skies", "signingPlace", "helsinki"),
        ),
        (
            "The regulations under the Energy Charter Treaty, signed in Lisbon in December 1994, "
            "were published in 1998.",
            ("energy-charter-treaty", "signingDate", "1994-12"),
        ),
        (
            "Arrangements for the Treaty of Lisbon, signed in Lisbon on 13 December 2007 by "
            "Portugal and Spain, were made.",
            ("treaty-of-lisbon", "signatory", "prt"),
        ),
    ],
)
def test_a_treaty_after_of_for_or_under_keeps_its_own_signing(text, expected):
    assert expected in signing(triples(text))
