"""Diplomatic relations, programmes and counts as unseen writers phrase them (brief REC17F,
session 17).

- relations held now: "A [now] has|maintains diplomatic relations with B, C and D" (each partner
  a node without a date; ", which it established on D" after the partner dates it), and
  "B, with which A has had|has maintained diplomatic relations since D" (the relative's head is
  the partner; data/relations.jsonl's REC17F block);
- the Holy See is a state of the gazetteer (data/states.jsonl), so its relations are read;
- a pro-form in a relative clause: "..., and B, which did so on D2" restates the match with B
  as its new subject (data/gapping.jsonl's pro-form words);
- programmes: a title going on after "Programme for" (data/names.jsonl), "X has also|already
  taken part in [O's] P [since D]" and "X has been in P since D";
- counts: "all|the N member states of O", a company's "N joint ventures" and "N shareholders",
  a state's "N regions and M cities of republican significance" and "A consists of N regions".

Look-alikes: a negation, a plan, a question, a former or broken relation, trade ties, a count
of partners, an organisation and a relative clause that did not do so give nothing; so do a
plan to join a programme, leaving or applying, an observer, talks, exercises and "until"; and a
part of the members, a past, planned or future count, an ordinal, "N more" and a negation.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples, named_cases


def relations(text: str) -> set[tuple[str, str]]:
    """The unordered pairs of the text's kz:hasDiplomaticRelationsWith triples."""
    found = assertion_triples(text, stem="rec17f")
    return {tuple(sorted((s, o))) for s, p, o in found if p == "hasDiplomaticRelationsWith"}


def dates(text: str) -> set[str]:
    """The dates of the text's kz:DiplomaticRelationsEstablishment nodes."""
    found = assertion_triples(text, stem="rec17f")
    return {o for s, p, o in found if p == "date" and s.startswith("diplomatic-relations-")}


FOUND = {
    "has-relations-with-list": (
        "Mongolia now has diplomatic relations with Fiji, Samoa and Tonga.",
        {("fji", "mng"), ("mng", "wsm"), ("mng", "ton")},
        set(),
    ),
    "maintains-relations": (
        "Kazakhstan maintains diplomatic relations with Israel.",
        {("isr", "kaz")},
        set(),
    ),
    "maintains-relations-which-it-established": (
        "Georgia also maintains diplomatic relations with Israel, which it established on"
        " 1 June 1992.",
        {("geo", "isr")},
        {"1992-06-01"},
    ),
    "with-which-has-had-since": (
        "The battalion served under an arrangement with India, with which Kazakhstan has had"
        " diplomatic relations since 22 February 1992.",
        {("ind", "kaz")},
        {"1992-02-22"},
    ),
    "with-which-has-maintained-since-holy-see": (
        "The congress thanked the Holy See, with which Kazakhstan has maintained diplomatic"
        " relations since 1992.",
        {("kaz", "vat")},
        {"1992"},
    ),
    "holy-see-pair": (
        "The Holy See and Kazakhstan established diplomatic relations on 17 October 1992.",
        {("kaz", "vat")},
        {"1992-10-17"},
    ),
    "relative-pro-form": (
        "Brazil established diplomatic relations with Kazakhstan on 22 September 1993, and"
        " Mexico, which did so on 14 January 1992, followed.",
        {("bra", "kaz"), ("kaz", "mex")},
        {"1993-09-22", "1992-01-14"},
    ),
    "relative-pro-form-after-relative": (
        "South Korea, which established diplomatic relations with Kazakhstan on 28 January 1992,"
        " and Japan, which did so on 26 January 1992, signed memoranda.",
        {("kaz", "kor"), ("jpn", "kaz")},
        {"1992-01-28", "1992-01-26"},
    ),
}


@pytest.mark.parametrize(("text", "pairs", "when"), named_cases(FOUND))
def test_relations_are_found(text, pairs, when):
    assert relations(text) == pairs
    assert dates(text) == when


NOTHING = {
    "no-relations": "Kazakhstan has no diplomatic relations with Taiwan.",
    "does-not-have": "Kazakhstan does not have diplomatic relations with Taiwan.",
    "has-not-had-since": "Kazakhstan has not had diplomatic relations with Taiwan since 1992.",
    "no-longer": "Kazakhstan no longer has diplomatic relations with Libya.",
    "plans-to-have": "Kazakhstan plans to have diplomatic relations with Bhutan.",
    "expected-to-have": "Kazakhstan is expected to have diplomatic relations with Bhutan by 2026.",
    "question": "Does Kazakhstan have diplomatic relations with Bhutan?",
    "had-until": "Kazakhstan had diplomatic relations with Libya until 2011.",
    "formerly-had": "Kazakhstan formerly had diplomatic relations with Yugoslavia.",
    "broken-off": "Kazakhstan has broken off diplomatic relations with Libya.",
    "restored": "Kazakhstan has restored diplomatic relations with Libya.",
    "upgraded": "Kazakhstan has upgraded diplomatic relations with Bhutan to embassy level.",
    "count-of-partners": "Kazakhstan has diplomatic relations with 180 countries.",
    "organisation": "Kazakhstan has diplomatic relations with the European Union.",
    "trade-relations": "Kazakhstan has trade relations with Taiwan.",
    "secret-alleged": "Critics allege that Kazakhstan has secret diplomatic relations with Taiwan.",
    "hypothetical": "If Kazakhstan has diplomatic relations with Bhutan, trade will grow.",
    "not-yet-established": "Kazakhstan has not yet established diplomatic relations with Bhutan.",
    "with-which-trade-ties": "India, with which Kazakhstan has trade ties since 1992, is a"
    " partner.",
    "with-which-no-relations": "India, with which Kazakhstan has had no diplomatic relations"
    " since 1992, is far.",
    "with-which-strained": "India, with which Kazakhstan has had strained relations since 1992,"
    " is far.",
    "observer-status": "Kazakhstan has observer status and diplomatic relations with the Holy See.",
}


@pytest.mark.parametrize("text", NOTHING.values(), ids=NOTHING.keys())
def test_look_alikes_give_no_relations(text):
    assert relations(text) == set()


PRO_FORM_LOOK_ALIKES = {
    "did-not-do-so": "Brazil established diplomatic relations with Kazakhstan on 22 September"
    " 1993, and Mexico, which did not do so, waited.",
    "plans-to-do-so": "Brazil established diplomatic relations with Kazakhstan on 22 September"
    " 1993, and Mexico, which plans to do so in 2026, waited.",
    "has-not-done-so": "Brazil established diplomatic relations with Kazakhstan on 22 September"
    " 1993, and Mexico, which has not done so, waited.",
    "will-do-so": "Brazil established diplomatic relations with Kazakhstan on 22 September"
    " 1993, and Mexico, which will do so in 2027, waited.",
    "as-an-observer": "Brazil established diplomatic relations with Kazakhstan on 22 September"
    " 1993, and Mexico, which did so only as an observer in 1994, waited.",
}


@pytest.mark.parametrize("text", PRO_FORM_LOOK_ALIKES.values(), ids=PRO_FORM_LOOK_ALIKES.keys())
def test_a_relative_that_did_not_do_so_adds_no_party(text):
    assert relations(text) == {("bra", "kaz")}


def programmes(text: str) -> set[tuple[str, str, str]]:
    """The text's kz:participatesInProgramme and kz:programmeOf triples."""
    found = assertion_triples(text, stem="rec17f")
    return {t for t in found if t[1] in ("participatesInProgramme", "programmeOf")}


PISA = "programme-for-international-student-assessment"
PFP = "partnership-for-peace"

PROGRAMMES = {
    "programme-for-title": (
        "Kazakhstan has taken part in the OECD's Programme for International Student Assessment"
        " since 2009, although accession to the organisation is not on the agenda.",
        {("kaz", "participatesInProgramme", PISA), (PISA, "programmeOf", "oecd")},
    ),
    "has-also-taken-part-before-a-negated-clause": (
        "Uzbekistan has also taken part in NATO's Partnership for Peace programme since 1994,"
        " and Moscow has never made that an issue.",
        {("uzb", "participatesInProgramme", PFP), (PFP, "programmeOf", "nato")},
    ),
    "has-been-in-programme-since": (
        "Tajikistan has been in the Partnership for Peace since 2002.",
        {("tjk", "participatesInProgramme", PFP)},
    ),
}


@pytest.mark.parametrize(("text", "expected"), named_cases(PROGRAMMES))
def test_programmes_are_found(text, expected):
    assert programmes(text) == expected


PROGRAMME_LOOK_ALIKES = {
    "plans-to-join": "Kazakhstan plans to join the Programme for International Student"
    " Assessment in 2026.",
    "left": "Kazakhstan left the Programme for International Student Assessment in 2020.",
    "applied-to-join": "Kazakhstan applied to join the Programme for International Student"
    " Assessment.",
    "observer-in": "Kazakhstan is an observer in the Programme for International Student"
    " Assessment.",
    "does-not-take-part": "Kazakhstan does not take part in the Programme for International"
    " Student Assessment.",
    "has-not-been-in": "Tajikistan has not been in the Partnership for Peace since 2002.",
    "been-in-talks": "Tajikistan has been in Partnership for Peace talks since 2002.",
    "been-an-observer": "Tajikistan has been an observer in the Partnership for Peace since 2002.",
    "exercises": "Tajikistan has also taken part in Partnership for Peace exercises since 2002.",
    "applied-to-take-part": "Tajikistan has also applied to take part in the Partnership for"
    " Peace.",
    "stopped": "Tajikistan has also stopped taking part in the Partnership for Peace.",
    "never": "Tajikistan has never taken part in the Partnership for Peace.",
    "only-as-observer": "Tajikistan has also taken part in the Partnership for Peace only as an"
    " observer since 2002.",
    "until": "Tajikistan had also taken part in the Partnership for Peace until 2010.",
    "possessive": "Tajikistan has been in the Partnership for Peace's exercises since 2002.",
    "programme-on-signed": "In Tashkent China, Mongolia and Russia signed the Programme on"
    " Establishing the China–Mongolia–Russia Economic Corridor, which lists 32 projects.",
    "programme-for-the": "Kyrgyzstan joined the Programme for the Development of Central Asia in"
    " 2012.",
}


@pytest.mark.parametrize("text", PROGRAMME_LOOK_ALIKES.values(), ids=PROGRAMME_LOOK_ALIKES.keys())
def test_programme_look_alikes_give_no_participation(text):
    assert not {t for t in programmes(text) if t[1] == "participatesInProgramme"}


def counts(text: str) -> set[tuple[str, str, str]]:
    """(counted in, count, counted noun) of the text's kz:CountFigure nodes."""
    found = assertion_triples(text, stem="rec17f")
    nodes: dict[str, dict[str, str]] = {}
    for s, p, o in found:
        if s.startswith("count-") and p in ("countedIn", "count", "countOf"):
            nodes.setdefault(s, {})[p] = o
    return {(n.get("countedIn"), n.get("count"), n.get("countOf")) for n in nodes.values()}


COUNTS = {
    "the-n-member-states-of": (
        "Foreign ministers of the 13 member states of the Shanghai Cooperation Organisation"
        " gathered in Baku.",
        {("shanghai-cooperation-organisation", "13", "member states")},
    ),
    "all-n-member-states-of": (
        "The declaration was adopted on 25 October 2018 by all 194 Member States of the World"
        " Health Organization.",
        {("who", "194", "Member States")},
    ),
    "company-operates-joint-ventures": (
        "Kazatomprom operates 14 joint ventures.",
        {("kazatomprom", "14", "joint ventures")},
    ),
    "state-has-regions-and-cities": (
        "Kazakhstan consists of 17 regions and three cities of republican significance.",
        {
            ("kaz", "17", "regions"),
            ("kaz", "3", "cities of republican significance"),
        },
    ),
    "state-consists-of-regions": (
        "Kyrgyzstan consists of seven regions.",
        {("kgz", "7", "regions")},
    ),
    "company-apposition-has-shareholders": (
        "Trans Adriatic Pipeline AG, the Swiss-registered company that built it, has six"
        " shareholders: BP, SOCAR and Snam with 20% each.",
        {("trans-adriatic-pipeline-ag", "6", "shareholders")},
    ),
}


@pytest.mark.parametrize(("text", "expected"), named_cases(COUNTS))
def test_counts_are_found(text, expected):
    assert counts(text) == expected


COUNT_LOOK_ALIKES = {
    "subset-that": "The two member states of the EU that border Belarus protested.",
    "subset-apposition": "The three member states of the CSTO, Armenia, Belarus and Russia,"
    " objected.",
    "subset-participle": "The six member states of the EU bordering Russia objected.",
    "subset-which": "The three member states of NATO which border Russia objected.",
    "subset-in": "The five member states of the EAEU in Central Asia objected.",
    "subset-except": "The 27 member states of the EU except Hungary agreed.",
    "past-in-date": "In 1995 the 15 member states of the EU signed it.",
    "past-at-the-time": "The 12 member states of the CIS at the time signed it.",
    "past-then": "The 12 member states of the CIS then signed it.",
    "past-at-founding": "At its founding, the six member states of the SCO signed.",
    "ordinal": "The 41st member state of the IOFS is Azerbaijan.",
    "possessive-body": "The 57 member states of the OIC's council met.",
    "states-set-before": "Latvia and Lithuania, the two member states of the EU, objected.",
    "company-past-date": "Kazatomprom had 14 joint ventures in 2010.",
    "company-plan": "Kazatomprom plans to have 20 joint ventures by 2030.",
    "company-future": "Kazatomprom will have 20 joint ventures.",
    "company-expected": "Kazatomprom is expected to have 20 joint ventures.",
    "company-part-in-state": "Kazatomprom has 14 joint ventures in Russia.",
    "company-originally": "Kazatomprom originally had seven shareholders.",
    "company-at-the-time": "Kazatomprom had 14 joint ventures at the time.",
    "company-more": "Kazatomprom has 14 more joint ventures than Cameco.",
    "company-negated": "Kazatomprom does not have 20 joint ventures.",
    "company-rank": "Kazatomprom has the 14th largest number of shareholders.",
    "cities-originally": "Kazakhstan originally had 19 regions and two cities of republican"
    " significance.",
    "cities-future": "Kazakhstan will have 20 regions and four cities of republican significance.",
    "cities-plan": "Kazakhstan plans to have 20 regions and four cities of republican"
    " significance by 2030.",
    "consisted-in-date": "Kazakhstan consisted of 14 regions in 1997.",
    "possessive-part": "Kazakhstan's north consists of four regions.",
    "company-relative-past": "Kazatomprom, which had seven shareholders in 2010, now has three.",
}


@pytest.mark.parametrize("text", COUNT_LOOK_ALIKES.values(), ids=COUNT_LOOK_ALIKES.keys())
def test_count_look_alikes_give_no_count(text):
    assert counts(text) == set()
