"""Facts a probe of treaty and diplomacy wordings (PF11B, session 11) found invented, mended by
their general cause, each with other wordings and other entities than the probe's sentences,
and the plain statements next to them that must still give the fact.

1. "T was signed in P [on D] between|by <companies, banks, mayors, railways ...>" is a contract
   of firms or cities, no treaty between states: the passive signing rules (treaty-was-signed,
   treaty-comma-signed-in-on, treaty-perfect-passive-signed, treaty-itself-was-signed) state no
   signing place or date for it (their not_before: a Company mention or one of the plural head
   nouns of firms, banks, cities and their officials after "between|by", with up to two words
   between, "the two central banks", "the national oil companies"; a
   "regional|municipal|local ..." signer; "by <demonyms> firms|investors ...", where the
   demonyms are no signatories; the same after a place that follows the date).
2. "the Treaty on X and the Agreement on Y" names two treaties: a treaty name holding "and
   [the] <Treaty head> [on|of|for|between ...]" is no name (mentions._spans_two_treaties); the
   names rules' shorter matches give each title; a list or topic tail that brings the second
   title in ("on X and Memorandum on Y") is cut before its "and" (mentions._second_treaty_at).
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples

_SIGNING = ("signatory", "signingDate", "signingPlace")


def _facts(text: str, *properties: str) -> set[tuple[str, str, str]]:
    """The assertion triples of ``text`` with one of ``properties``."""
    return {t for t in assertion_triples(text, stem="pf11b") if t[1] in properties}


def _objects(text: str, prop: str) -> set[str]:
    return {o for _, _, o in _facts(text, prop)}


# 1. an agreement signed by firms, banks or cities states no treaty signing
@pytest.mark.parametrize(
    "text",
    [
        "The contract was signed in Atyrau on 9 October 2019 between the national oil companies "
        "of Kazakhstan and Turkmenistan.",
        "A framework agreement signed in Dushanbe between the two national banks in 2021 sets "
        "a swap line.",
        "The memorandum, signed in Karaganda in 2018 by the mayors of Karaganda and Magdeburg, "
        "created a partnership of the two cities.",
        "The accord was signed in Tashkent on 3 March 2020 by the state railways of Uzbekistan "
        "and Kyrgyzstan.",
        "The protocol had been signed in Aktobe in 2017 between the chambers of commerce of "
        "Kazakhstan and Poland.",
        "An agreement was signed in Almaty in 2016 between the two largest universities of the "
        "countries.",
        "The deal, signed in Aktobe on 2 May 2023 by Turkish and Kazakh companies, covers "
        "textiles.",
        "A memorandum, signed in Almaty in 2022 by Turkish, Uzbek and Kazakh investors, sets up "
        "a fund.",
        "The accord was signed on 4 October 2022 in Pavlodar by the regional governments of "
        "Pavlodar and Omsk.",
        "The agreement was signed on 11 April 2021 in Taraz between the municipal councils of "
        "Taraz and Osh.",
    ],
)
def test_an_agreement_of_firms_banks_or_cities_states_no_signing(text):
    assert _facts(text, *_SIGNING) == set()


@pytest.mark.parametrize(
    "text, place, date",
    [
        ("The agreement was signed in Minsk on 10 October 2000 between the two governments.",
         "minsk", "2000-10-10"),
        ("The agreement was signed in Ankara in 2022 between Kazakhstan and Turkey.",
         "ankara", "2022"),
        ("The treaty signed in Almaty on 26 April 1996 set limits on troops near the border.",
         "almaty", "1996-04-26"),
        ("The accord signed in Yerevan in 2019 was the third between the two governments.",
         "yerevan", "2019"),
    ],
)  # fmt: skip
def test_a_treaty_between_states_keeps_its_signing(text, place, date):
    assert place in _objects(text, "signingPlace")
    assert date in _objects(text, "signingDate")


# 2. two treaty titles joined by "and the" are two treaties
@pytest.mark.parametrize(
    "text, first, second",
    [
        ("Armenia and Kazakhstan signed the Treaty on Friendship and Mutual Assistance and the "
         "Agreement on Military Cooperation in Yerevan in 1999.",
         "treaty-on-friendship-and-mutual-assistance", "agreement-on-military-cooperation"),
        ("Kazakhstan and Mongolia signed the Agreement on Cultural Cooperation and the Convention "
         "on Legal Assistance in Ulaanbaatar on 3 May 2008.",
         "agreement-on-cultural-cooperation", "convention-on-legal-assistance"),
        ("Kazakhstan and Turkmenistan signed the Treaty on Economic Cooperation and the Protocol "
         "on Border Crossings in Ashgabat in 2017.",
         "treaty-on-economic-cooperation", "protocol-on-border-crossings"),
        ("Kazakhstan and Azerbaijan signed the Declaration on Strategic Partnership and the Treaty "
         "on Transit in Baku in 2005.",
         "declaration-on-strategic-partnership", "treaty-on-transit"),
        ("Kazakhstan and Oman signed the Agreement on Double Taxation and Memorandum on Tourism "
         "in Muscat in 2019.",
         "agreement-on-double-taxation", "memorandum-on-tourism"),
    ],
)  # fmt: skip
def test_two_titles_joined_by_and_the_are_two_treaties(text, first, second):
    signed = {s for s, _, _ in _facts(text, "signatory")}
    assert first in signed and second in signed
    assert not any("-and-the-" in s for s in signed)


def test_every_title_head_of_the_lexicon_opens_a_second_title():
    # the two-titles test reads name_bounds.TREATY_HEADS (lexicon treaty-title-heads), so a
    # "Covenant" opens a second title as an "Agreement" does (its own hand-typed copy lacked it)
    text = (
        "Chile and Peru signed the Treaty on Maritime Limits and the Covenant on Fisheries in "
        "Lima in 2014."
    )
    signed = {s for s, _, _ in _facts(text, "signatory")}
    assert "treaty-on-maritime-limits" in signed
    assert not any("-and-the-" in s for s in signed)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Kazakhstan and Estonia signed the Agreement on Trade and Economic Cooperation in 1996.",
         "agreement-on-trade-and-economic-cooperation"),
        ("Kazakhstan and Ukraine signed the Treaty on Friendship, Cooperation and Mutual "
         "Assistance in 1994.", "treaty-on-friendship-cooperation-and-mutual-assistance"),
        ("Kazakhstan and the EU signed the Partnership and Cooperation Agreement in 1995.",
         "partnership-and-cooperation-agreement"),
    ],
)  # fmt: skip
def test_a_title_with_and_inside_stays_whole(text, name):
    assert name in {s for s, _, _ in _facts(text, "signatory")}
