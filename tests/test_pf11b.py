"""Facts a probe of treaty and diplomacy wordings (PF11B, session 11) found invented, mended by
their general cause, each with other wordings and other entities than the probe's sentences,
and the plain statements next to them that must still give the fact.

1. "T was signed in P [on D] between|by <companies, banks, mayors, railways ...>" is a contract
   of firms or cities, no treaty between states: the passive signing rules (treaty-was-signed,
   treaty-comma-signed-in-on, treaty-perfect-passive-signed, treaty-itself-was-signed) state no
   signing place or date for it (their not_before: a Company mention or one of the plural head nouns of firms, banks, cities and their officials after "between|by", with
   up to two words between, "the two central banks", "the national oil companies"; a
   "regional|municipal|local ..." signer; "by <demonyms> firms|investors ...", where the
   demonyms are no signatories; the same after a place that follows the date).
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
