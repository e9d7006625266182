"""Memberships as headlines, infobox lines and translated official prose phrase them (the W5e
block of relations.jsonl, suggested by tests/para-membership2): the corpus's floor, then each
rule with a sentence in other wording and other entities than the corpus sentence that
suggested it, and a look-alike that must give nothing of that kind."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest
from fact_cases import assert_gives, assert_gives_nothing, assert_paired, extract
from fact_cases import member as _member
from fact_cases import node as _node
from fact_cases import triple as _triple

CORPUS = Path(__file__).parent / "para-membership2"
_extract = partial(extract, stem="para-membership2-test")


def test_para_membership2_holds_the_measured_floor(scoring):
    scoring.assert_floor(CORPUS, 219, 1.00, 0.88)


# (rule, sentence, facts it must give)
POSITIVES = [
    ("admitted-into-membership-of",
     "In 1955 Italy was admitted into the membership of the United Nations.",
     [_triple("ita", "memberOf", "united-nations"), _member("ita", "united-nations", "1955")]),
    ("acquired-membership-in",
     "On 12 June 1996 Georgia obtained membership in the Asian Development Bank.",
     [_triple("geo", "memberOf", "adb"), _member("geo", "adb", "1996-06-12")]),
    ("completed-org-accession", "Montenegro completes NATO accession – 5 June 2017",
     [_triple("mne", "memberOf", "nato"), _member("mne", "nato", "2017-06-05")]),
    ("completed-accession-to",
     "In 2012 Russia completed its accession to the World Trade Organization.",
     [_triple("rus", "memberOf", "wto"), _member("rus", "wto", "2012")]),
    ("headline-joins-org-dated", "Rwanda joins Commonwealth of Nations, 29 November 2009",
     [_triple("rwa", "memberOf", "commonwealth-of-nations"),
      _member("rwa", "commonwealth-of-nations", "2009-11-29")]),
    ("readmitted-to", "Egypt was readmitted to the Arab League in 1989.",
     [_triple("egy", "memberOf", "arab-league"), _member("egy", "arab-league", "1989")]),
    ("admitted-to-as-full-member",
     "Hungary admitted to Organization of Turkic States as full member, November 2022",
     [_triple("hun", "memberOf", "organization-of-turkic-states"),
      _member("hun", "organization-of-turkic-states", "2022-11")]),
    ("returned-to-org-fold", "Fiji returned to the Commonwealth of Nations fold in 2014.",
     [_triple("fji", "memberOf", "commonwealth-of-nations"),
      _member("fji", "commonwealth-of-nations", "2014")]),
    ("officially-org-members-from",
     "Argentina and Chile officially WTO members from 1 January 1995",
     [_triple("arg", "memberOf", "wto"), _member("chl", "wto", "1995-01-01")]),
    ("among-founding-members-were",
     "Among the founding members of the Eurasian Development Bank in 2006 were Russia and "
     "Kazakhstan.",
     [_triple("rus", "coFounderOf", "eurasian-development-bank"),
      _member("kaz", "eurasian-development-bank", "2006", "FoundingMembership")]),
    ("table-founding-members",
     "Collective Security Treaty Organization (CSTO)\n\n"
     "Founding members: Armenia, Russia, Tajikistan (7 October 2002)",
     [_triple("arm", "coFounderOf", "csto"),
      _member("tjk", "csto", "2002-10-07", "FoundingMembership")]),
    ("table-founded-by",
     "Shanghai Cooperation Organisation (SCO)\n\n"
     "Founded: 15 June 2001, Shanghai, by China, Russia and Kazakhstan",
     [_triple("chn", "coFounderOf", "shanghai-cooperation-organisation"),
      _member("kaz", "shanghai-cooperation-organisation", "2001-06-15", "FoundingMembership")]),
    ("table-later-members-first",
     "North Atlantic Treaty Organization (NATO)\n\nLater members: Greece (1952), Turkey (1952)",
     [_triple("grc", "memberOf", "nato"), _member("grc", "nato", "1952")]),
    ("table-later-members-second",
     "North Atlantic Treaty Organization (NATO)\n\nNew members: Spain (1982), Poland (1999)",
     [_triple("pol", "memberOf", "nato"), _member("pol", "nato", "1999")]),
    ("table-joined-later-first",
     "Shanghai Cooperation Organisation (SCO)\n\nJoined later: India (9 June 2017), Iran "
     "(4 July 2023)",
     [_triple("ind", "memberOf", "shanghai-cooperation-organisation"),
      _member("ind", "shanghai-cooperation-organisation", "2017-06-09")]),
    ("table-joined-later-second",
     "Shanghai Cooperation Organisation (SCO)\n\nJoined later: India (9 June 2017), Iran "
     "(4 July 2023)",
     [_member("irn", "shanghai-cooperation-organisation", "2023-07-04")]),
    ("bracketed-year-are-org-members-first",
     "Ukraine (2008) and Moldova (2001) were also WTO members.",
     [_triple("ukr", "memberOf", "wto"), _member("ukr", "wto", "2008")]),
    ("bracketed-year-are-org-members-second",
     "Ukraine (2008) and Moldova (2001) were also WTO members.",
     [_triple("mda", "memberOf", "wto"), _member("mda", "wto", "2001")]),
    ("granted-status-of-member-states",
     "On 1 January 2024 Egypt and Ethiopia were given the status of full members of BRICS.",
     [_triple("egy", "memberOf", "brics"), _member("eth", "brics", "2024-01-01")]),
    ("org-whose-founding-members-were",
     "Its model was the Eurasian Economic Union, whose founding members in 2015 were Russia, "
     "Belarus and Kazakhstan.",
     [_triple("blr", "coFounderOf", "eaeu"),
      _member("rus", "eaeu", "2015", "FoundingMembership")]),
    ("state-admission-to-org-dates-from",
     "Montenegro's accession to NATO dates from 5 June 2017.",
     [_triple("mne", "memberOf", "nato"), _member("mne", "nato", "2017-06-05")]),
    ("became-nth-participating-state-of",
     "On 1 July 1993 Andorra became the 53rd participating State of the CSCE.",
     [_triple("and", "memberOf", "csce"), _member("and", "csce", "1993-07-01")]),
    ("among-states-that-founded",
     "Uzbekistan is among the countries that established the Shanghai Cooperation "
     "Organisation.",
     [_triple("uzb", "coFounderOf", "shanghai-cooperation-organisation")]),
    ("acceded-becoming-nth-member",
     "Montenegro joined on 5 June 2017, becoming NATO's 29th member.",
     [_triple("mne", "memberOf", "nato"), _member("mne", "nato", "2017-06-05")]),
    ("org-has-had-participating-states",
     "The OSCE has had 57 participating states since Mongolia's entry.",
     [_triple("osce", "participatingStateCount", ("57", "xsd:integer"))]),
    ("fronted-admitted-took-seat-in",
     "Accepted in 1955, Austria was the first of the neutral states to take its seat in the "
     "United Nations.",
     [_triple("aut", "memberOf", "united-nations"), _member("aut", "united-nations", "1955")]),
    ("aside-acquired-full-membership-on",
     "The Eurasian Economic Union is a customs union. Armenia, a partner since 2013, gained "
     "full membership on 2 January 2015.",
     [_triple("arm", "memberOf", "eaeu"), _member("arm", "eaeu", "2015-01-02")]),
    ("admitted-as-nth-member-state-topic",
     "The North Atlantic Treaty Organization is an alliance. Finland, long a neutral country, "
     "was admitted as the 31st member state in April 2023.",
     [_triple("fin", "memberOf", "nato"), _member("fin", "nato", "2023-04")]),
    ("admitted-then-state-followed-on",
     "Estonia was admitted to NATO on 29 March 2004, Albania followed on 1 April 2009.",
     [_triple("alb", "memberOf", "nato"), _member("alb", "nato", "2009-04-01")]),
    ("state-accession-took-effect",
     "Latvia's accession to the World Trade Organization took effect on 10 February 1999.",
     [_triple("lva", "memberOf", "wto"), _member("lva", "wto", "1999-02-10")]),
    ("state-accession-which-took-place",
     "Georgia's accession to the WTO, which took place on 14 June 2000, opened its markets.",
     [_triple("geo", "memberOf", "wto"), _member("geo", "wto", "2000-06-14")]),
    ("table-accession-dates-first",
     "Accession dates, NATO: Poland 1999 · Romania 2004 · Croatia 2009",
     [_triple("pol", "memberOf", "nato"), _member("pol", "nato", "1999")]),
    ("table-accession-dates-second",
     "Accession dates, NATO: Poland 1999 · Romania 2004 · Croatia 2009",
     [_member("rou", "nato", "2004")]),
    ("table-accession-dates-third",
     "Accession dates, NATO: Poland 1999 · Romania 2004 · Croatia 2009",
     [_member("hrv", "nato", "2009")]),
    ("acquired-membership-in-gapped-second",
     "In 1992 Georgia obtained membership in the International Monetary Fund, and in 2000 in "
     "the World Trade Organization.",
     [_triple("geo", "memberOf", "wto"), _member("geo", "wto", "2000")]),
    ("org-thus-has-member-states",
     "Tajikistan joined the Collective Security Treaty Organization. The CSTO thus has six "
     "member states.",
     [_node("CountFigure", count=[("6", "xsd:integer")], countOf=[("member states", "xsd:string")],
            countedIn=["csto"])]),
    ("membership-in-org-colon-joined",
     "Membership of NATO came in waves: Poland and Hungary joined in 1999, Romania in 2004.",
     [_triple("hun", "memberOf", "nato"), _member("pol", "nato", "1999")]),
    ("membership-in-org-colon-joined-second",
     "Membership of NATO came in waves: Poland and Hungary joined in 1999, Romania in 2004.",
     [_triple("rou", "memberOf", "nato"), _member("rou", "nato", "2004")]),
    ("admission-dates-from-day-on-which-also",
     "Latvia's accession to the WTO dates from 10 February 1999, the day on which Estonia was "
     "also admitted.",
     [_triple("est", "memberOf", "wto"), _member("est", "wto", "1999-02-10")]),
    ("states-apposition-that-founded-with",
     "Russia and Belarus, the two states that established the Eurasian Economic Union with "
     "Kazakhstan in Astana on 29 May 2014, are its largest members.",
     [_triple("kaz", "coFounderOf", "eaeu"), _triple("blr", "coFounderOf", "eaeu"),
      _member("rus", "eaeu", "2014-05-29", "FoundingMembership")]),
]  # fmt: skip


@pytest.mark.parametrize(("rule", "text", "expected"), POSITIVES, ids=[p[0] for p in POSITIVES])
def test_a_construction_in_other_wording_gives_its_facts(rule, text, expected, scoring):
    assert_gives(_extract(text, scoring), rule, expected)


# (rule, a look-alike sentence, the property, node class or counted noun it must not give)
NEGATIVES = [
    ("admitted-into-membership-of",
     "In 1955 Italy was admitted into the headquarters of the United Nations.", "memberOf"),
    ("acquired-membership-in",
     "On 12 June 1996 Georgia sought membership in the Asian Development Bank.", "memberOf"),
    ("completed-org-accession", "Montenegro completes NATO exercise – 5 June 2017", "memberOf"),
    ("completed-accession-to",
     "In 2012 Russia completed its talks with the World Trade Organization.", "memberOf"),
    ("headline-joins-org-dated", "Rwanda joins Commonwealth of Nations talks, 29 November 2009",
     "memberOf"),
    ("readmitted-to", "Egypt was readmitted to the Arab League's summit in 1989.", "memberOf"),
    ("admitted-to-as-full-member",
     "Hungary admitted to Organization of Turkic States as observer, November 2022", "memberOf"),
    ("returned-to-org-fold", "Fiji returned to the Commonwealth of Nations summit in 2014.",
     "memberOf"),
    ("officially-org-members-from",
     "Argentina and Chile officially WTO observers from 1 January 1995", "memberOf"),
    ("among-founding-members-were",
     "Among the critics of the Eurasian Development Bank in 2006 were Russia and Kazakhstan.",
     "coFounderOf"),
    ("table-founding-members",
     "Collective Security Treaty Organization (CSTO)\n\n"
     "Observer states: Armenia, Russia, Tajikistan (7 October 2002)",
     "coFounderOf"),
    ("table-founded-by",
     "Shanghai Cooperation Organisation (SCO)\n\n"
     "Visited: 15 June 2001, Shanghai, by China, Russia and Kazakhstan",
     "coFounderOf"),
    ("table-later-members-first",
     "North Atlantic Treaty Organization (NATO)\n\nLater partners: Sweden (1994), Finland "
     "(1994)",
     "memberOf"),
    ("table-later-members-second",
     "North Atlantic Treaty Organization (NATO)\n\nLater partners: Sweden (1994), Finland "
     "(1994)",
     "memberOf"),
    ("table-joined-later-first",
     "Shanghai Cooperation Organisation (SCO)\n\nObservers joined later: Mongolia (2004), "
     "Belarus (2015)",
     "memberOf"),
    ("table-joined-later-second",
     "Shanghai Cooperation Organisation (SCO)\n\nApplied later: Egypt (2021), Qatar (2022)",
     "memberOf"),
    ("bracketed-year-are-org-members-first",
     "Ukraine (2008) and Moldova (2001) were also WTO observers.", "memberOf"),
    ("bracketed-year-are-org-members-second",
     "Ukraine (2008) and Moldova (2001) are WTO critics as well.", "memberOf"),
    ("granted-status-of-member-states",
     "On 1 January 2024 Egypt and Ethiopia were given the status of observers of BRICS.",
     "memberOf"),
    ("org-whose-founding-members-were",
     "Its model was the Eurasian Economic Union, whose founding treaty in 2014 was signed by "
     "Russia, Belarus and Kazakhstan.",
     "coFounderOf"),
    ("state-admission-to-org-dates-from",
     "Montenegro's interest in NATO dates from 5 June 2006.", "memberOf"),
    ("became-nth-participating-state-of",
     "On 1 July 1993 Andorra became the 53rd partner state of the CSCE.", "memberOf"),
    ("among-states-that-founded",
     "Uzbekistan is among the countries that criticised the Shanghai Cooperation Organisation.",
     "coFounderOf"),
    ("acceded-becoming-nth-member",
     "Montenegro joined on 5 June 2017, becoming NATO's 29th critic.", "memberOf"),
    ("org-has-had-participating-states",
     "The OSCE has had 57 observer states since Mongolia's entry.", "participatingStateCount"),
    ("fronted-admitted-took-seat-in",
     "Accepted in 1955, Austria was the first of the neutral states to take its seat in the "
     "United Nations gallery as an observer.",
     "memberOf"),
    ("aside-acquired-full-membership-on",
     "The Eurasian Economic Union is a customs union. Armenia, a partner since 2013, gained "
     "full membership of a working group on 2 January 2015.",
     "Membership"),
    ("admitted-as-nth-member-state-topic",
     "The North Atlantic Treaty Organization is an alliance. Finland, long a neutral country, "
     "was admitted as the 31st member state of a Nordic forum in April 2023.",
     "nato"),
    ("admitted-then-state-followed-on",
     "Estonia was admitted to NATO on 29 March 2004, Albania protested on 1 April 2009.",
     "alb"),
    ("state-accession-took-effect",
     "Latvia's accession treaty with the World Trade Organization was signed on 10 February "
     "1999.",
     "memberOf"),
    ("state-accession-which-took-place",
     "Georgia's accession to the WTO, which took years of talks, opened its markets.",
     "Membership"),
    ("table-accession-dates-first",
     "Application dates, NATO: Poland 1999 · Romania 2004 · Croatia 2009", "memberOf"),
    ("table-accession-dates-second",
     "Application dates, NATO: Poland 1999 · Romania 2004 · Croatia 2009", "memberOf"),
    ("table-accession-dates-third",
     "Application dates, NATO: Poland 1999 · Romania 2004 · Croatia 2009", "memberOf"),
    ("acquired-membership-in-gapped-second",
     "In 1992 Georgia obtained membership in the International Monetary Fund, and in 2000 "
     "talks with the World Trade Organization began.",
     "wto"),
    ("org-thus-has-member-states",
     "Tajikistan joined the Collective Security Treaty Organization. The CSTO thus has six "
     "observer states.",
     "CountFigure"),
    ("membership-in-org-colon-joined",
     "Talks with NATO came in waves: Poland and Hungary joined in 1999, Romania in 2004.",
     "memberOf"),
    ("membership-in-org-colon-joined-second",
     "Membership of NATO came in waves: Poland and Hungary joined in 1999, Romania in 2004 as "
     "an observer.",
     "rou"),
    ("admission-dates-from-day-on-which-also",
     "Latvia's accession to the WTO dates from 10 February 1999, the day on which Estonia was "
     "also criticised.",
     "est"),
    ("states-apposition-that-founded-with",
     "Russia and Belarus, the two states that criticised the Eurasian Economic Union with "
     "Kazakhstan in Astana on 29 May 2014, are its largest members.",
     "coFounderOf"),
]  # fmt: skip


@pytest.mark.parametrize(("rule", "text", "kind"), NEGATIVES, ids=[n[0] for n in NEGATIVES])
def test_a_look_alike_gives_nothing_of_that_kind(rule, text, kind, scoring):
    assert_gives_nothing(_extract(text, scoring), rule, kind)  # a property, class or counted noun


def test_every_rule_of_the_block_has_a_positive_and_a_negative():
    assert_paired(POSITIVES, NEGATIVES)


def test_gazetteer_names_the_rules_need(scoring):
    _, facts = _extract(
        "Zimbabwe left the Commonwealth of Nations in 2003; Libya joined the League of Arab "
        "States in 1953.",
        scoring,
    )
    assert _triple("lby", "memberOf", "arab-league") in facts
    _, facts = _extract("Rwanda became a member of the Commonwealth of Nations in 2009.", scoring)
    assert _triple("rwa", "memberOf", "commonwealth-of-nations") in facts
    _, facts = _extract("The Council of Europe met in Strasbourg on 5 May 2019.", scoring)
    assert not [f for f in facts if "memberOf" in repr(f)], facts
    _, facts = _extract("Colombia joined the Non-Aligned Movement in 1983.", scoring)
    assert _member("col", "non-aligned-movement", "1983") in facts
    # an observer is no member, whatever the organisation
    _, facts = _extract("Brazil takes part in the Non-Aligned Movement as an observer.", scoring)
    assert not [f for f in facts if "memberOf" in repr(f)], facts


def test_a_founding_clause_whose_organisation_goes_on_gives_nothing(scoring):
    # "the SCO and ..." or "the SCO's ...": the organisation may be a longer name or a part of it
    _, facts = _extract("Uzbekistan is among the states that founded the SCO's bank.", scoring)
    assert not [f for f in facts if "coFounderOf" in repr(f)], facts
