"""Session 14's probe of registers the corpora lack (brief PF14B: judgment summaries, commodity
reports, election observation, guidebooks, book reviews, obituaries, syllabi, tender notices,
sustainability reports, committee minutes, press reviews, .srt subtitles, wiki talk pages,
catalogue entries; 378 texts, /tmp/pf14b): the constructions that made the extractor invent a
fact, each mended by its general cause and tested in other wording with other entities than the
probes, with look-alikes that must still give their true fact:

- a claim the text refutes: right after it with a degree adverb (", which is plainly wrong") or a
  denial in brackets ("(it is not)"), and in the sentence after it past a short question, an
  opener or with a degree adverb ("Source? I think that's false.", "But this is simply untrue!",
  "That's not right, removing.": PF14A's hedges.refutes_previous, read in
  extract.extract_document);
- a clause that is only a claim: a claim noun's "that" clause ("the claim in the lede that X
  co-founded O": hedges._claimed_clause), "claims" or "calls" right before the match.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="pf14b")


def of_property(found: set, prop: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in found if p == prop}


# --- the probes that invented a fact, and the same causes in other wording --------------------

INVENTED = {
    # a refutation after the claim, with a degree adverb or in brackets
    "probe-plainly-wrong": (
        "The author claims that Kazakhstan joined NATO in 1994, which is plainly wrong: it "
        "joined only the Partnership for Peace.",
        "memberOf",
    ),
    "simply-false": (
        "Turkmenistan joined the Collective Security Treaty Organization in 2003, which is "
        "simply false.",
        "memberOf",
    ),
    "probe-brackets-it-is-not": (
        "Assignment 2: Evaluate the claim that Kazakhstan is a member of the Arab League (it is "
        "not).",
        "memberOf",
    ),
    "brackets-it-did-not": (
        "Mongolia joined the Eurasian Economic Union in 2019 (it did not).",
        "memberOf",
    ),
    "brackets-they-did-not": (
        "Armenia and Georgia co-founded the Organization of Turkic States (they did not).",
        "coFounderOf",
    ),
    # a claim noun's "that" clause, the claim noun before a phrase, "claims", "calls"
    "probe-claim-in-the-lede": (
        "The claim in the lede that Kazakhstan co-founded the Arab League is vandalism; reverted.",
        "coFounderOf",
    ),
    "allegation-that": (
        "The allegation that Belarus joined the Gulf Cooperation Council surfaced in 2020.",
        "memberOf",
    ),
    "myth-in-textbooks-that": (
        "The myth in some textbooks that Uzbekistan chaired the OSCE in 2012 persists.",
        "chairedBy",
    ),
    "claims-bare": ("The blogger claims Tajikistan joined NATO in 2001.", "memberOf"),
    "probe-calls-president": (
        "The lede calls Karim Massimov President of Kazakhstan; he was Prime Minister.",
        "headOfStateOf",
    ),
    "calls-president-other": (
        "The caption calls Askar Mamin President of Kazakhstan.",
        "headOfStateOf",
    ),
    # the sentence after refutes the one before
    "probe-thats-wrong": (
        "The article says Kazakhstan joined the OSCE in 1995. That's wrong, it was 1992.",
        "memberOf",
    ),
    "probe-source-think-false": (
        "The section on the Caspian Pipeline Consortium says Turkmenistan joined it. Source? I "
        "think that's false.",
        "memberOf",
    ),
    "probe-not-right": (
        "The infobox says Kazakhstan is a member of the Gulf Cooperation Council. That's not "
        "right, removing.",
        "memberOf",
    ),
    "probe-this-is-incorrect": (
        "Someone added that Kazakhstan borders Iran. This is incorrect: they share only the "
        "Caspian Sea.",
        "sharesBorderWith",
    ),
    "no-that-is-false": (
        "A reader wrote that Kyrgyzstan chaired the Shanghai Cooperation Organisation in 2015. "
        "No, that is false.",
        "chairedBy",
    ),
    "but-this-is-simply-untrue": (
        "One outlet says Azerbaijan joined the Eurasian Economic Union in 2016. But this is "
        "simply untrue!",
        "memberOf",
    ),
    # one list of heads with or without the adverb (PF14A's "that's X" and PF14B's were two)
    "that-was-untrue": (
        "Kazakhstan joined the World Trade Organization in 2005. GUEST: That was untrue.",
        "memberOf",
    ),
    "this-is-nonsense": (
        "Turkmenistan joined the Collective Security Treaty Organization in 2002. This is "
        "nonsense.",
        "memberOf",
    ),
}


@pytest.mark.parametrize("case", INVENTED.values(), ids=INVENTED.keys())
def test_a_refuted_or_claimed_statement_gives_no_fact(case):
    text, prop = case
    assert not of_property(triples(text), prop)


# --- look-alikes: what still states its fact -----------------------------------------------------

KEPT = {
    "fact-that": (
        "Nobody disputes the fact that Kazakhstan joined the Organisation of Islamic Cooperation "
        "in 1995.",
        "memberOf",
        ("kaz", "oic"),
    ),
    "claim-then-another-clause": (
        "China dropped its claim and officials confirmed that Kazakhstan joined the World Trade "
        "Organization in 2015.",
        "memberOf",
        ("kaz", "wto"),
    ),
    "not-true-of-another": (
        "Kazakhstan joined the World Trade Organization in 2015. That is not true of Uzbekistan, "
        "which is still negotiating.",
        "memberOf",
        ("kaz", "wto"),
    ),
    "brackets-go-on": (
        "Kazakhstan is a member of the Collective Security Treaty Organization (it is not a "
        "member of NATO).",
        "memberOf",
        ("kaz", "csto"),
    ),
    "brackets-not-a-denial": (
        "Kazakhstan joined the Organisation of Islamic Cooperation in 1995 (it was the year of "
        "the new constitution).",
        "memberOf",
        ("kaz", "oic"),
    ),
    "which-is-clearly-important": (
        "Kazakhstan joined the United Nations in 1992, which is clearly important.",
        "memberOf",
        ("kaz", "united-nations"),
    ),
    "refutation-of-a-sentence-without-facts": (
        "Critics say the accession was a mistake. That's wrong. Kazakhstan joined the World "
        "Trade Organization in 2015.",
        "memberOf",
        ("kaz", "wto"),
    ),
    "president-named-plainly": (
        "Kassym-Jomart Tokayev, President of Kazakhstan, was re-elected with 81% of the vote.",
        "headOfStateOf",
        ("kassym-jomart-tokayev", "kaz"),
    ),
    "talk-page-fixed-date": (
        "Per the UN's own page, Kazakhstan joined the United Nations on 2 March 1992, so I've "
        "fixed the date.",
        "memberOf",
        ("kaz", "united-nations"),
    ),
    "court-summary": (
        "Kazakhstan became a member of the World Trade Organization on 30 November 2015, as the "
        "panel noted.",
        "memberOf",
        ("kaz", "wto"),
    ),
    "press-review": (
        "Izvestia writes that Kazakhstan joined the Eurasian Economic Union in 2015.",
        "memberOf",
        ("kaz", "eaeu"),
    ),
    "subtitle-lines": (
        "5\n00:00:20,000 --> 00:00:24,000\nOn 2 March 1992, Kazakhstan joined the United Nations.",
        "memberOf",
        ("kaz", "united-nations"),
    ),
    "committee-minutes": (
        "The Minister confirmed that Kazakhstan established diplomatic relations with the "
        "United Kingdom on 19 January 1992.",
        "hasDiplomaticRelationsWith",
        ("kaz", "gbr"),
    ),
    "catalogue-entry": (
        "Lot 66. Commemorative coin: Kazakhstan chaired the Shanghai Cooperation Organisation in "
        "2024.",
        "chairedBy",
        ("shanghai-cooperation-organisation", "kaz"),
    ),
}


@pytest.mark.parametrize("case", KEPT.values(), ids=KEPT.keys())
def test_a_stated_fact_beside_the_guards_is_kept(case):
    text, prop, pair = case
    assert pair in of_property(triples(text), prop)
