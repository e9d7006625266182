"""False facts of session 11's unseen corpora blind55-57 (brief FP12B), mended by their
general cause and tested in other wording with other entities, with look-alikes that must
still give their true facts:

- "the two sides" (or "both countries") in a sentence that names its own "X and Y" of one
  known state and another name the gazetteer does not hold as a state ("The Order of Malta and A
  established relations ..., and in D the two sides signed T") is that pair, never the pair an
  earlier sentence named (references._joined_to_name); the treaty keeps its signing date
  (fp12b-sides-signed-treaty-date-first|-after), without signatories;
- "O, which X founded together with N other states in C in D" dates X's founding membership:
  the "with N other states|countries|nations" tail of org-which-states-founded no longer
  stops the match before the place and the date (a founding membership without its date is a
  false node beside the dated one);
- "In D, when|as X chaired O, ..." dates the past chairmanship by the year fronted before the
  time clause (fp12b-in-year-when-state-chaired); a present "when X chairs O" is still to come
  and gives nothing.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples


def triples(text: str, written_from: str | None = None) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="fp12b", written_from=written_from)


def with_property(found: set, prop: str) -> set[tuple[str, str, str]]:
    return {t for t in found if t[1] == prop}


EARLIER = "The landlocked republic borders Iran to the south and Turkey to the west. "

OWN_PAIR = {
    "unknown-name-first": (
        EARLIER + "Somaliland and Kyrgyzstan opened relations in 2001, and in 2005 the two "
        "sides signed an Agreement on Trade Cooperation.",
        "agreement-on-trade-cooperation",
        "2005",
    ),
    "unknown-name-second": (
        EARLIER + "Uzbekistan and the Sovereign Order of Saint John exchanged envoys in 1996; "
        "on 4 May 2003 the two sides concluded an Agreement on Medical Assistance.",
        "agreement-on-medical-assistance",
        "2003-05-04",
    ),
    "date-after": (
        EARLIER + "The Principality of Sealand and Mongolia began contacts in 2008, and the "
        "two sides signed an Agreement on Cultural Exchanges in 2011.",
        "agreement-on-cultural-exchanges",
        "2011",
    ),
}


@pytest.mark.parametrize("case", OWN_PAIR.values(), ids=OWN_PAIR.keys())
def test_the_two_sides_of_a_sentence_with_its_own_pair_are_not_an_earlier_pair(case):
    text, treaty, date = case
    found = triples(text)
    assert {t for t in with_property(found, "signatory") if t[0] == treaty} == set()
    assert (treaty, "signingDate", date) in with_property(found, "signingDate")


STILL_PAIRS = {
    "two-known-states": (
        EARLIER + "Kyrgyzstan and Uzbekistan opened relations in 1992, and in 1996 the two "
        "sides signed an Agreement on Water Sharing.",
        "agreement-on-water-sharing",
        {"kgz", "uzb"},
    ),
    "earlier-pair-own-sentence-unpaired": (
        "Kazakhstan and Turkmenistan opened relations in 1992. In 1997 the two sides signed a "
        "Treaty on Border Demarcation.",
        "treaty-on-border-demarcation",
        {"kaz", "tkm"},
    ),
}


@pytest.mark.parametrize("case", STILL_PAIRS.values(), ids=STILL_PAIRS.keys())
def test_the_two_sides_still_stand_for_a_pair_of_states(case):
    text, treaty, states = case
    found = with_property(triples(text), "signatory")
    assert {t[2] for t in found if t[0] == treaty} == states


DATED_FOUNDINGS = {
    "with-n-other-states-city-date": (
        "The Shanghai Cooperation Organisation, which Kyrgyzstan founded together with five "
        "other states in Shanghai in 2001, met in Bishkek.",
        "kgz",
        "shanghai-cooperation-organisation",
        "2001",
    ),
    "with-n-other-countries-date": (
        "The Economic Cooperation Organization, which Iran co-founded together with two other "
        "countries in 1985, expanded in 1992.",
        "irn",
        "economic-cooperation-organization",
        "1985",
    ),
    "with-n-other-nations-at-city": (
        "The Turkic Council, which Azerbaijan established with three other nations at "
        "Nakhchivan in 2009, is based in Istanbul.",
        "aze",
        "cooperation-council-of-turkic-speaking-states",
        "2009",
    ),
}


@pytest.mark.parametrize("case", DATED_FOUNDINGS.values(), ids=DATED_FOUNDINGS.keys())
def test_a_founding_with_n_other_states_keeps_its_date(case):
    text, state, organisation, year = case
    found = triples(text)
    assert (state, "coFounderOf", organisation) in found
    node = "founding-membership-" + state
    dates = {t[2] for t in with_property(found, "startDate") if t[0].startswith(node)}
    assert dates == {year}


def test_a_founding_with_other_companies_is_not_dated_by_that_tail():
    found = triples(
        "The Turkic Council, which Azerbaijan established with three other companies in 2009, "
        "is based in Istanbul."
    )
    assert with_property(found, "startDate") == set()


DATED_CHAIRS = {
    "when-chaired": (
        "In 2019, when Kyrgyzstan chaired the Shanghai Cooperation Organisation, the summit met "
        "in Bishkek.",
        "shanghai-cooperation-organisation",
        "kgz",
        "2019",
    ),
    "as-chaired": (
        "In 2012, as Mongolia chaired the Community of Democracies, its foreign minister toured "
        "Europe.",
        "community-of-democracies",
        "mng",
        "2012",
    ),
    "when-had-chaired": (
        "In 2011, when Lithuania had chaired the OSCE, its minister travelled to Vilnius.",
        "osce",
        "ltu",
        "2011",
    ),
}


@pytest.mark.parametrize("case", DATED_CHAIRS.values(), ids=DATED_CHAIRS.keys())
def test_a_chairmanship_in_a_fronted_time_clause_takes_the_year(case):
    text, organisation, state, year = case
    found = triples(text)
    assert (organisation, "chairedBy", state) in found
    assert {t[2] for t in with_property(found, "year")} == {year}


def test_a_present_chairmanship_after_when_is_still_to_come():
    found = triples(
        "In 2026, when Kyrgyzstan chairs the Shanghai Cooperation Organisation, the summit will "
        "meet in Bishkek."
    )
    assert with_property(found, "chairedBy") == set()
