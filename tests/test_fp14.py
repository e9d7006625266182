"""Session 13's false facts of tests/blind64-69 (brief FP14), each mended by its general cause
and tested in other wording with other entities, with look-alikes that must still give their
true fact:

- a dash with a space on both sides before an article is punctuation, never inside a typed
  name: a chronology line "14 April – The Geneva Accords are signed ..." named the treaty
  "April – The Geneva Accords" (mentions._name_text, _spaced_dash); "Atasu–Alashankou" and
  "the Almaty – Bishkek Road" keep their dash;
- a state governed by a fronted preposition is not the subject an "it" stands for: "Besides
  Pakistan, it borders Iran" gave Pakistan's borders (borders._Reader._opening_state, lexicon
  border-fronted-prepositions);
- a generic qualifier and a body's head noun alone are a common noun in capitals, no
  organisation: "Kazakhstan Enters the World Community" gave a membership
  (name_bounds._generic_organ, lexicon generic-body-qualifiers).
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="fp14")


def of_property(found: set, prop: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in found if p == prop}


# --- a spaced dash ends a name ----------------------------------------------------------------

SPACED_DASH = {
    "day-month-treaty-signed": (
        "1994\n3 March – The Almaty Accords are signed in Almaty by Uzbekistan and Kyrgyzstan.",
        ("almaty-accords", "signatory", "uzb"),
    ),
    "day-month-organisation-founded": (
        "1992\n12 May – The Collective Security Treaty Organization is founded in Tashkent; "
        "Armenia, Kazakhstan and Russia are among its founding members.",
        ("arm", "coFounderOf", "csto"),
    ),
    "month-only": (
        "1996\nApril – The Shanghai Agreement on Confidence Building Measures is signed in "
        "Shanghai by China and Kazakhstan.",
        None,
    ),
    "year-dash": (
        "1992 – The Economic Cooperation Organization (ECO) admits Kazakhstan.",
        None,
    ),
    "hyphen-spaced": (
        "10 June - The Astana Declaration is signed in Astana by Kazakhstan and Turkey.",
        ("astana-declaration", "signatory", "tur"),
    ),
    "em-heading-word": (
        "2001\n15 June – The Shanghai Cooperation Organisation (SCO) is founded in Shanghai; "
        "China, Kazakhstan and Russia are among its founding members.",
        ("chn", "coFounderOf", "shanghai-cooperation-organisation"),
    ),
}


@pytest.mark.parametrize("text,fact", SPACED_DASH.values(), ids=SPACED_DASH.keys())
def test_a_spaced_dash_is_no_part_of_a_name(text, fact):
    found = triples(text)
    names = {s for s, _, _ in found} | {o for _, _, o in found}
    assert not any(n.startswith(("april-", "march-", "may-", "june-", "1992-")) for n in names)
    if fact is not None:
        assert fact in found


ATTACHED_DASH = {
    "state-pair-treaty": (
        "The Kazakhstan–Kyrgyzstan Treaty on Eternal Friendship was signed in Bishkek by "
        "Kazakhstan and Kyrgyzstan.",
        ("kazakhstan-kyrgyzstan-treaty-on-eternal-friendship", "signatory", "kgz"),
    ),
    "city-pair-accords": (
        "The Almaty–Bishkek Accords were signed in Bishkek by Kazakhstan and Kyrgyzstan.",
        ("almaty-bishkek-accords", "signatory", "kaz"),
    ),
    "spaced-dash-inside-title": (
        "The Agreement on the Almaty – Bishkek Road was signed in Bishkek by Kazakhstan and "
        "Kyrgyzstan.",
        ("agreement-on-the-almaty-bishkek-road", "signatory", "kgz"),
    ),
    "pipeline": (
        "Kazakhstan joined the Atasu–Alashankou oil pipeline in 2006.",
        ("atasu-alashankou-oil-pipeline", "participantState", "kaz"),
    ),
}


@pytest.mark.parametrize("text,fact", ATTACHED_DASH.values(), ids=ATTACHED_DASH.keys())
def test_an_attached_dash_stays_in_its_name(text, fact):
    assert fact in triples(text)


# --- a fronted preposition's object is no subject of "it" --------------------------------------

FRONTED = {
    "besides": "Mongolia lies between two giants. Besides China, it borders Russia.",
    "apart-from": "Apart from Iran, it borders Armenia, Georgia and Russia.",
    "like": "Like Uzbekistan, it borders Afghanistan and Turkmenistan.",
    "unlike": "Unlike Kazakhstan, it borders Afghanistan and China.",
    "in-addition-to": "In addition to Russia, it borders Belarus and Poland.",
    "along-with": "Along with Tajikistan, it borders Afghanistan and Pakistan.",
    "except-for": "Except for Turkey, it borders Iraq, Syria and Iran.",
    "besides-the": "Besides the Kyrgyz Republic, it borders Kazakhstan and Uzbekistan.",
    "besides-its": "Besides Pakistan, its border with Iran is the longest.",
    "alongside": "Alongside Georgia, it borders Russia, Iran and Turkey.",
}


@pytest.mark.parametrize("text", FRONTED.values(), ids=FRONTED.keys())
def test_a_fronted_prepositions_object_gets_no_border(text):
    found = of_property(triples(text), "sharesBorderWith")
    fronted = {"chn", "irn", "uzb", "kaz", "rus", "tjk", "tur", "kgz", "pak", "geo"}
    first = next(k for k in fronted if k in _keys_in(text))
    assert not {pair for pair in found if first in pair}, found


@pytest.mark.parametrize(
    "text",
    [
        "Besides Russia, Mongolia borders only China, with which it shares a border of 4,630 km.",
        "Like Iran, Turkmenistan borders Afghanistan, with which it shares a border of 804 km.",
    ],
)
def test_a_fronted_prepositions_object_is_no_which_it_subject(text):
    """ "..., with which it shares a border" after a fronted "Besides A," is not A's border
    (references._sentence_opening_state; found by the lead's own text at session 13's end)."""
    found = of_property(triples(text), "sharesBorderWith")
    assert not {pair for pair in found if {"rus", "irn"} & set(pair)}, found


def _keys_in(text: str) -> str:
    """The state keys a fronted phrase of these probes names, by their name in the text."""
    names = {
        "China": "chn", "Iran": "irn", "Uzbekistan": "uzb", "Kazakhstan": "kaz",
        "Russia": "rus", "Tajikistan": "tjk", "Turkey": "tur", "Kyrgyz Republic": "kgz",
        "Pakistan": "pak", "Georgia": "geo",
    }  # fmt: skip
    head = text.split(",")[0]
    return " ".join(key for name, key in names.items() if name in head)


OPENING_SUBJECT = {
    "opening-state": (
        "Uzbekistan is doubly landlocked, and it borders Afghanistan, Kazakhstan and Turkmenistan.",
        ("uzb", "afg"),
    ),
    "dated-opening": (
        "In 1991 Turkmenistan became independent, and it borders Iran and Afghanistan.",
        ("tkm", "irn"),
    ),
    "plain": ("Kyrgyzstan borders China.", ("kgz", "chn")),
}


@pytest.mark.parametrize("text,pair", OPENING_SUBJECT.values(), ids=OPENING_SUBJECT.keys())
def test_the_opening_state_still_borders(text, pair):
    found = of_property(triples(text), "sharesBorderWith")
    assert pair in found or pair[::-1] in found, found


# --- a generic qualifier and a head noun name no organisation ---------------------------------

GENERIC = {
    "heading-enters": "Chapter 3: Uzbekistan Enters the World Community",
    "joined-international": "Tajikistan joined the International Community in 1992.",
    "member-global": "Kyrgyzstan is a member of the Global Community.",
    "admitted-wider": "Turkmenistan was admitted to the Wider Community in 1995.",
    "joined-donor": "Kazakhstan joined the Donor Community in 2010.",
    "world-union": "Armenia joined the World Union in 1993.",
    "international-organisation": "Georgia joined an International Organisation in 1999.",
    "whole-community": "Azerbaijan became part of the Whole Community.",
    "global-forum": "Mongolia is a member of the Global Forum.",
    "international-association": "Moldova joined the International Association in 1994.",
}


@pytest.mark.parametrize("text", GENERIC.values(), ids=GENERIC.keys())
def test_a_generic_body_is_no_organisation(text):
    assert not of_property(triples(text), "memberOf")


NAMED_BODIES = {
    "european-community": (
        "Uzbekistan joined the European Community in 1992.",
        ("uzb", "european-community"),
    ),
    "wto": ("Kazakhstan joined the World Trade Organization in 2015.", ("kaz", "wto")),
    "world-customs": (
        "Tajikistan joined the World Customs Organization in 1993.",
        ("tjk", "world-customs-organization"),
    ),
}


@pytest.mark.parametrize("text,pair", NAMED_BODIES.values(), ids=NAMED_BODIES.keys())
def test_a_named_body_keeps_its_membership(text, pair):
    assert pair in of_property(triples(text), "memberOf")
