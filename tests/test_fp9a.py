"""FP9A (session 9): false treaty/signing facts of the development corpora, mended by cause.

- name_bounds._FIELD_NOUNS holds "transit": "the Agreement on Traffic in Transit" is a title
  whose "in Transit" names its field, not a place; the name cut at "in" had its own key
  ("...-on-traffic") and took the signing while the real title was missed.
- A signatory list closed by its own "and", then ", and" and names followed by a verb of their
  own ("by A and B, and C and D joined in 2015", "by X and Russian President Y, and the United
  States ... later guaranteed ..."): the names after ", and" are the next clause's subject,
  no signatories (syntax_guards._no_list_opening_clause for the dependency reading,
  signers._before_next_clause for a list of people read as their states). An Oxford comma
  ("A, B, and C") is one list.
"""

from __future__ import annotations

import pytest
from fact_cases import signed, signing

STEM = "fp9a"


def _signed(text: str) -> set:
    return signed(text, STEM)


TRANSIT_TITLES = {
    "states-signed": (
        "Georgia and Armenia signed the Agreement on Cooperation in Transit in Tbilisi on "
        "4 May 2001.",
        signing("agreement-on-cooperation-in-transit", ("arm", "geo"), "2001-05-04", "tbilisi"),
    ),
    "was-signed-by": (
        "The Treaty on Goods in Transit was signed in Minsk on 3 June 1999 by Belarus and Russia.",
        signing("treaty-on-goods-in-transit", ("blr", "rus"), "1999-06-03", "minsk"),
    ),
    "four-states": (
        "Mongolia, China, Russia and Kazakhstan signed the Quadripartite Agreement on Freight in "
        "Transit in Ulaanbaatar on 9 June 2016.",
        signing(
            "quadripartite-agreement-on-freight-in-transit",
            ("mng", "chn", "rus", "kaz"),
            "2016-06-09",
            "ulaanbaatar",
        ),
    ),
    "convention": (
        "The Convention on Road Haulage in Transit was signed in Geneva on 1 March 1975 by "
        "Austria and Hungary.",
        signing("convention-on-road-haulage-in-transit", ("aut", "hun"), "1975-03-01", "geneva"),
    ),
}


@pytest.mark.parametrize("text, expected", TRANSIT_TITLES.values(), ids=TRANSIT_TITLES.keys())
def test_title_goes_on_through_in_transit(text, expected):
    assert _signed(text) == expected


def test_a_city_after_in_still_ends_the_title():
    text = "Georgia and Armenia signed the Agreement on Cooperation in Tbilisi on 4 May 2001."
    expected = signing("agreement-on-cooperation", ("arm", "geo"), "2001-05-04", "tbilisi")
    assert _signed(text) == expected


_LUKASHENKO = "Belarusian President Alexander Lukashenko visited Warsaw in 1994.\n"
_TREATY = "The Treaty on Good Neighbourliness was signed in Minsk on 5 May 1995 by "
_GOOD = "treaty-on-good-neighbourliness"

NEXT_CLAUSE = {
    "states-then-joined": (
        _TREATY + "Belarus, Ukraine and Poland, and Lithuania and Latvia joined in 1997.",
        ("blr", "ukr", "pol"),
    ),
    "people-then-guaranteed": (
        _LUKASHENKO + _TREATY + "Lukashenko and Polish President Lech Walesa, and the United "
        "States, the United Kingdom and Poland later guaranteed its terms.",
        ("blr", "pol"),
    ),
    "footnote-mark": (
        _LUKASHENKO + _TREATY + "Lukashenko and Polish President Lech Walesa,³ and the United "
        "States, the United Kingdom and Poland later guaranteed its terms.",
        ("blr", "pol"),
    ),
    "people-then-acceded": (
        _LUKASHENKO + _TREATY + "Lukashenko and Polish President Lech Walesa, and Lithuania and "
        "Latvia acceded in 1998.",
        ("blr", "pol"),
    ),
    "states-then-followed": (
        _TREATY + "Belarus, Ukraine and Poland, and Lithuania and Latvia subsequently followed.",
        ("blr", "ukr", "pol"),
    ),
}


@pytest.mark.parametrize("text, states", NEXT_CLAUSE.values(), ids=NEXT_CLAUSE.keys())
def test_names_after_comma_and_with_a_verb_are_no_signatories(text, states):
    assert _signed(text) == signing(_GOOD, states, "1995-05-05", "minsk")


OXFORD = {
    "states": (_TREATY + "Belarus, Ukraine, and Poland.", ("blr", "ukr", "pol")),
    "states-then-clause": (
        _TREATY + "Belarus, Ukraine, and Poland, and it entered into force in 1996.",
        ("blr", "ukr", "pol"),
    ),
    "people": (
        _LUKASHENKO + _TREATY + "Lukashenko and Polish President Lech Walesa, and it entered "
        "into force in 1996.",
        ("blr", "pol"),
    ),
}


@pytest.mark.parametrize("text, states", OXFORD.values(), ids=OXFORD.keys())
def test_one_list_keeps_every_signatory(text, states):
    assert _signed(text) == signing(_GOOD, states, "1995-05-05", "minsk")


# Reviewers' cases of session 8: a loan guarantee, a witness, a counted list that disagrees.


def _guarantors(text: str) -> set:
    from fact_cases import assertion_triples

    return {t for t in assertion_triples(text, stem=STEM) if t[1] == "guarantor"}


FINANCIAL = {
    "loan-jointly": "The Loan Agreement, jointly guaranteed by Norway and Sweden, was signed.",
    "credit": "The Credit Facility Agreement, guaranteed by France and Germany, runs to 2030.",
    "bond": "The Bond Agreement, guaranteed by Italy, was signed in 2012.",
    "debt": "The Debt Restructuring Agreement is guaranteed by Norway and Sweden.",
    "guarantors-of-loan": "Norway and Sweden are the guarantors of the Loan Agreement.",
}


@pytest.mark.parametrize("text", FINANCIAL.values(), ids=FINANCIAL.keys())
def test_a_financial_guarantee_names_no_guarantor(text):
    assert _guarantors(text) == set()


def test_a_treaty_guarantee_keeps_its_guarantors():
    text = (
        "The Treaty of Guarantee, guaranteed by Greece, Turkey and the United Kingdom, was "
        "signed in 1960."
    )
    expected = {("treaty-of-guarantee", "guarantor", s) for s in ("grc", "tur", "gbr")}
    assert _guarantors(text) == expected


_PEACE = "agreement-on-peace"
_PUTIN = "Russian President Vladimir Putin hosted the talks.\n"

WITNESSES = {
    "state-as-witness": (
        "Armenia and Azerbaijan signed the Agreement on Peace in Moscow on 3 May 1994 with Russia "
        "as a witness.",
        signing(_PEACE, ("arm", "aze"), "1994-05-03", "moscow"),
    ),
    "body-as-witness": (
        "Armenia and Azerbaijan signed the Agreement on Peace with the OSCE as a witness.",
        signing(_PEACE, ("arm", "aze")),
    ),
    "list-as-witnesses": (
        "Armenia and Azerbaijan signed the Agreement on Peace, with the OSCE and Russia as "
        "witnesses, in Moscow in 1994.",
        signing(_PEACE, ("arm", "aze"), "1994", "moscow"),
    ),
    "with-state-as-witness": (
        "Armenia signed the Agreement on Peace with Russia as a witness.",
        signing(_PEACE, ("arm",)),
    ),
    "person-as-witness": (
        _PUTIN + "Armenia and Azerbaijan signed the Agreement on Peace with Putin as a witness.",
        signing(_PEACE, ("arm", "aze")),
    ),
}


@pytest.mark.parametrize("text, expected", WITNESSES.values(), ids=WITNESSES.keys())
def test_a_witness_is_no_signatory(text, expected):
    assert _signed(text) == expected


def test_a_partner_after_with_still_signs():
    text = "Georgia signed the Agreement on Trade with Armenia in Tbilisi in 2001."
    assert _signed(text) == signing("agreement-on-trade", ("geo", "arm"), "2001", "tbilisi")


_WATER = "The Agreement on Water was signed "

COUNTS_DISAGREE = {
    "five-three": _WATER + "by five states: Kazakhstan, Kyrgyzstan and Uzbekistan.",
    "four-three-dated": _WATER + "in 1998 by four states: Kazakhstan, Kyrgyzstan and Uzbekistan.",
    "two-three-dash": _WATER + "by two countries – Kazakhstan, Kyrgyzstan and Uzbekistan.",
    "five-dash": _WATER + "by five countries – Kazakhstan, Kyrgyzstan and Uzbekistan.",
}


@pytest.mark.parametrize("text", COUNTS_DISAGREE.values(), ids=COUNTS_DISAGREE.keys())
def test_a_list_short_of_its_count_gives_no_signatory(text):
    assert {t for t in _signed(text) if t[1] == "signatory"} == set()


COUNTS_AGREE = {
    "three": (
        _WATER + "by three states: Kazakhstan, Kyrgyzstan and Uzbekistan.",
        ("kaz", "kgz", "uzb"),
    ),
    "digits": (
        _WATER + "in 1998 by 4 states: Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan.",
        ("kaz", "kgz", "tjk", "uzb"),
    ),
    "two-colon": (_WATER + "by two countries: Kazakhstan and Kyrgyzstan.", ("kaz", "kgz")),
    "two-dash": (_WATER + "by two countries – Kazakhstan and Kyrgyzstan.", ("kaz", "kgz")),
}


@pytest.mark.parametrize("text, states", COUNTS_AGREE.values(), ids=COUNTS_AGREE.keys())
def test_a_list_of_its_count_signs(text, states):
    signatories = {t for t in _signed(text) if t[1] == "signatory"}
    assert signatories == signing("agreement-on-water", states)
