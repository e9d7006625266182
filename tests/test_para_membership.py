"""Memberships and the relations around them as unseen writers phrase them (the W5a block of
relations.jsonl, suggested by tests/para-membership): the corpus's floor, then each rule with a
sentence in other wording and other entities than the corpus sentence that suggested it, and a
look-alike that must give nothing of that kind."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest
from fact_cases import assert_gives, assert_gives_nothing, assert_paired, extract
from fact_cases import date as _date
from fact_cases import member as _member
from fact_cases import node as _node
from fact_cases import triple as _triple

CORPUS = Path(__file__).parent / "para-membership"
_extract = partial(extract, stem="para-membership-test")


def test_para_membership_holds_the_measured_floor(scoring):
    scoring.assert_floor(CORPUS, 220, 1.00, 0.98)


# (rule, sentence, facts it must give)
POSITIVES = [
    ("org-counts-member-states-list",
     "The Commonwealth of Independent States, whose headquarters stand in Minsk, counts nine "
     "member states: Armenia, Azerbaijan and Belarus.",
     [_triple("aze", "memberOf", "cis"), _member("blr", "cis")]),
    ("org-counts-member-states",
     "The Commonwealth of Independent States, which was founded in 1991, counts nine member "
     "states.",
     [_node("CountFigure", count=[("9", "xsd:integer")], countOf=[("member states", "xsd:string")],
            countedIn=["cis"])]),
    ("org-counts-members", "Today the Eurasian Economic Union counts five members.",
     [_node("CountFigure", count=[("5", "xsd:integer")], countOf=[("members", "xsd:string")],
            countedIn=["eaeu"])]),
    ("table-org-member-states", "CSTO member states: Armenia, Belarus, Russia, Tajikistan",
     [_triple("arm", "memberOf", "csto"), _triple("tjk", "memberOf", "csto"),
      _member("rus", "csto")]),
    ("table-members",
     "The Collective Security Treaty Organization is a military alliance.\n\n"
     "Members: Russia, Armenia, Belarus",
     [_triple("rus", "memberOf", "csto"), _member("blr", "csto")]),
    ("table-member-states",
     "The Eurasian Economic Union is a trade bloc.\n\nMember states: Belarus, Armenia, Russia",
     [_triple("blr", "memberOf", "eaeu"), _member("rus", "eaeu")]),
    ("table-chair",
     "The Shanghai Cooperation Organisation is a regional bloc.\n\nChair: Kazakhstan",
     [_triple("shanghai-cooperation-organisation", "chairedBy", "kaz")]),
    ("table-last-summit",
     "The Shanghai Cooperation Organisation is a regional bloc.\n\nLast summit: Astana, "
     "4 July 2024",
     [_node("Summit", organisation=["shanghai-cooperation-organisation"], heldIn=["astana"],
            startDate=[_date("2024-07-04")])]),
    ("table-former-name",
     "The Organization for Security and Co-operation in Europe is a security body.\n\n"
     "Former name: Conference on Security and Co-operation in Europe",
     [_triple("osce", "predecessor", "csce")]),
    ("table-full-member-since",
     "The Shanghai Cooperation Organisation is a regional bloc.\n\n"
     "Iran – full member since 4 July 2023",
     [_triple("irn", "memberOf", "shanghai-cooperation-organisation"),
      _member("irn", "shanghai-cooperation-organisation", "2023-07-04")]),
    ("both-belong-to", "Kazakhstan and Kyrgyzstan both belong to the Eurasian Economic Union.",
     [_triple("kaz", "memberOf", "eaeu"), _triple("kgz", "memberOf", "eaeu")]),
    ("also-take-part-in-programme", "Georgia and Armenia also take part in the Partnership for "
     "Peace.",
     [_triple("geo", "participatesInProgramme", "partnership-for-peace"),
      _triple("arm", "participatesInProgramme", "partnership-for-peace")]),
    ("also-participant-in-org-programme",
     "Armenia is also a participant in NATO's Partnership for Peace.",
     [_triple("arm", "participatesInProgramme", "partnership-for-peace")]),
    ("org-admitted-along-with",
     "The Collective Security Treaty Organization admitted Armenia on 15 May 1992, along with "
     "Tajikistan and Belarus.",
     [_triple("tjk", "memberOf", "csto"), _member("blr", "csto", "1992-05-15"),
      _member("arm", "csto", "1992-05-15")]),
    ("welcomed-into-the-group",
     "At their meeting in Astana, the SCO leaders welcomed Belarus and Iran into the group on "
     "4 July 2024.",
     [_triple("blr", "memberOf", "shanghai-cooperation-organisation"),
      _member("irn", "shanghai-cooperation-organisation", "2024-07-04")]),
    ("welcomed-into-org", "The allies welcomed Finland into NATO on 4 April 2023.",
     [_triple("fin", "memberOf", "nato"), _member("fin", "nato", "2023-04-04")]),
    ("state-presided-in",
     "The Shanghai Cooperation Organisation met in Astana. Kyrgyzstan had presided in 2019.",
     [_triple("shanghai-cooperation-organisation", "chairedBy", "kgz"),
      _node("Chairmanship", organisation=["shanghai-cooperation-organisation"], chair=["kgz"],
            year=[_date("2019")])]),
    ("hosting-org-possessive-summit",
     "Kyrgyzstan chaired the SCO in 2019, hosting the SCO's summit in Bishkek on 14 June 2019.",
     [_node("Summit", organisation=["shanghai-cooperation-organisation"], heldIn=["bishkek"],
            startDate=[_date("2019-06-14")])]),
    ("chairmanship-ended-with-summit",
     "Russia's presidency of the Shanghai Cooperation Organisation closed with a summit in "
     "Moscow on 10 November 2020.",
     [_node("Summit", organisation=["shanghai-cooperation-organisation"], heldIn=["moscow"],
            startDate=[_date("2020-11-10")])]),
    ("chaired-and-hosted-its-summit",
     "Tajikistan chaired the Shanghai Cooperation Organisation until 2021 and hosted its summit "
     "in Dushanbe on 17 September 2021.",
     [_node("Summit", organisation=["shanghai-cooperation-organisation"], heldIn=["dushanbe"],
            startDate=[_date("2021-09-17")])]),
    ("at-the-summit-held-in",
     "The Collective Security Treaty Organization is an alliance. At the summit held in Moscow "
     "on 16 May 2022, its leaders met.",
     [_node("Summit", organisation=["csto"], heldIn=["moscow"], startDate=[_date("2022-05-16")])]),
    ("leaders-admitted-as-members",
     "The Shanghai Cooperation Organisation met in Dushanbe. The heads of state admitted Iran "
     "as a full member.",
     [_triple("irn", "memberOf", "shanghai-cooperation-organisation")]),
    ("org-dates-from-summit",
     "The Collective Security Treaty Organization dates from the Moscow summit of 14 May 2002.",
     [_node("Summit", organisation=["csto"], heldIn=["moscow"], startDate=[_date("2002-05-14")])]),
    ("org-dates-from-summit-where-founded",
     "The Shanghai Cooperation Organisation dates from the Shanghai summit of 15 June 2001, "
     "where six states, including China, Russia and Kazakhstan, founded it.",
     [_triple("chn", "coFounderOf", "shanghai-cooperation-organisation"),
      _member("kaz", "shanghai-cooperation-organisation", "2001-06-15", "FoundingMembership")]),
    ("at-the-city-summit-of",
     "The Shanghai Cooperation Organisation is a regional bloc. Its charter was amended at the "
     "Moscow summit of 10 November 2020.",
     [_node("Summit", organisation=["shanghai-cooperation-organisation"], heldIn=["moscow"],
            startDate=[_date("2020-11-10")])]),
    ("traces-its-origins-to",
     "The Organization for Security and Co-operation in Europe traces its roots to the "
     "Conference on Security and Co-operation in Europe.",
     [_triple("osce", "predecessor", "csce")]),
    ("org-forerunner-was",
     "The OSCE's predecessor was the Conference on Security and Co-operation in Europe.",
     [_triple("osce", "predecessor", "csce")]),
    ("fronted-established-by-treaty",
     "Created by the Belovezha Accords, signed on 8 December 1991 by Belarus, Russia and "
     "Ukraine, the Commonwealth of Independent States replaced the Soviet Union.",
     [_triple("ukr", "coFounderOf", "cis"),
      _member("blr", "cis", "1991-12-08", "FoundingMembership")]),
    ("founding-member-apposition-bare",
     "The Collective Security Treaty Organization is an alliance. Russia, a founding member, "
     "hosts its staff.",
     [_triple("rus", "coFounderOf", "csto")]),
    ("participating-states-of-org",
     "In Vienna, envoys of the 57 participating states of the OSCE debated the budget.",
     [_triple("osce", "participatingStateCount", ("57", "xsd:integer"))]),
    ("admitted-bare-dated",
     "The World Trade Organization concluded the talks. Kazakhstan was admitted on 30 November "
     "2015.",
     [_triple("kaz", "memberOf", "wto"), _member("kaz", "wto", "2015-11-30")]),
    ("joined-bare-dated",
     "The Eurasian Economic Union grew in 2015. Kyrgyzstan joined on 12 August 2015.",
     [_triple("kgz", "memberOf", "eaeu"), _member("kgz", "eaeu", "2015-08-12")]),
    ("org-was-possessive-forerunner",
     "The Conference on Security and Co-operation in Europe, convened in 1975, was the OSCE's "
     "predecessor.",
     [_triple("osce", "predecessor", "csce")]),
    ("bracketed-city-summit",
     "The Shanghai Cooperation Organisation is a regional bloc.\n\n"
     "India – full member since 9 June 2017 (Astana summit)",
     [_node("Summit", organisation=["shanghai-cooperation-organisation"], heldIn=["astana"])]),
    ("first-org-summit-since-city-in", "It was the first SCO summit since Moscow in 2020.",
     [_node("Summit", organisation=["shanghai-cooperation-organisation"], heldIn=["moscow"],
            startDate=[_date("2020")])]),
]  # fmt: skip


@pytest.mark.parametrize(("rule", "text", "expected"), POSITIVES, ids=[p[0] for p in POSITIVES])
def test_a_construction_in_other_wording_gives_its_facts(rule, text, expected, scoring):
    assert_gives(_extract(text, scoring), rule, expected)


# (rule, a look-alike sentence, the property, node class or counted noun it must not give)
NEGATIVES = [
    ("org-counts-member-states-list",
     "The North Atlantic Treaty Organization counts three candidate states: Georgia, Ukraine and "
     "Bosnia and Herzegovina.", "memberOf"),
    ("org-counts-member-states",
     "The Commonwealth of Independent States counts on nine member states to ratify it.",
     "CountFigure"),
    ("org-counts-members", "Today the Eurasian Economic Union counts five observers.",
     "CountFigure"),
    ("table-org-member-states", "Former CSTO member states: Azerbaijan, Georgia, Uzbekistan",
     "memberOf"),
    ("table-members",
     "The Collective Security Treaty Organization is a military alliance.\n\n"
     "Not members: Azerbaijan, Georgia",
     "memberOf"),
    ("table-member-states",
     "The Eurasian Economic Union is a trade bloc.\n\nObserver states: Moldova, Uzbekistan, Cuba",
     "memberOf"),
    ("table-chair",
     "The Shanghai Cooperation Organisation is a regional bloc.\n\nNext chair: Kyrgyzstan",
     "chairedBy"),
    ("table-last-summit",
     "The Shanghai Cooperation Organisation is a regional bloc.\n\nNext summit: Bishkek, "
     "1 July 2025",
     "Summit"),
    ("table-former-name",
     "The Organization for Security and Co-operation in Europe is a security body.\n\n"
     "Former partner: European Union",
     "predecessor"),
    ("table-full-member-since",
     "The Shanghai Cooperation Organisation is a regional bloc.\n\nMongolia – observer since "
     "4 July 2004",
     "memberOf"),
    ("both-belong-to",
     "Kazakhstan and Kyrgyzstan both belong to the EAEU's group of observers.", "memberOf"),
    ("also-take-part-in-programme",
     "Georgia and Armenia also take part in talks on the Partnership for Peace.",
     "participatesInProgramme"),
    ("also-participant-in-org-programme",
     "Armenia is also a critic of NATO's Partnership for Peace.", "participatesInProgramme"),
    ("org-admitted-along-with",
     "The Collective Security Treaty Organization criticised Armenia on 15 May 1992, along with "
     "Tajikistan.",
     "memberOf"),
    ("welcomed-into-the-group",
     "The BRICS leaders welcomed Egypt into the talks on 1 January 2024.", "memberOf"),
    ("welcomed-into-org", "The allies welcomed Finland into NATO's exercises on 4 April 2023.",
     "memberOf"),
    ("state-presided-in",
     "The Shanghai Cooperation Organisation met in Astana. Kyrgyzstan had presided over the "
     "talks in 2019.",
     "chairedBy"),
    ("hosting-org-possessive-summit",
     "Kyrgyzstan is hosting the SCO's summit in Bishkek on 14 June 2019.", "Summit"),
    ("chairmanship-ended-with-summit",
     "Russia's presidency of the Shanghai Cooperation Organisation closed with a statement in "
     "Moscow on 10 November 2020.",
     "Summit"),
    ("chaired-and-hosted-its-summit",
     "Tajikistan chaired the Shanghai Cooperation Organisation until 2021 and hosted its "
     "ministers in Dushanbe on 17 September 2021.",
     "Summit"),
    ("at-the-summit-held-in",
     "The Collective Security Treaty Organization is an alliance. At the meeting held in Moscow "
     "on 16 May 2022, its leaders met.",
     "Summit"),
    ("leaders-admitted-as-members",
     "The Shanghai Cooperation Organisation met in Dushanbe. The heads of state admitted Iran as "
     "an observer.",
     "memberOf"),
    ("org-dates-from-summit",
     "The Collective Security Treaty Organization dates from the Moscow talks of 14 May 2002.",
     "Summit"),
    ("org-dates-from-summit-where-founded",
     "The Shanghai Cooperation Organisation dates from the Shanghai summit of 15 June 2001, "
     "where six states, including China and Russia, discussed it.",
     "coFounderOf"),
    ("at-the-city-summit-of",
     "The Shanghai Cooperation Organisation is a regional bloc. Its charter was amended at the "
     "Moscow meeting of 10 November 2020.",
     "Summit"),
    ("traces-its-origins-to",
     "The Organization for Security and Co-operation in Europe traces its funding to the "
     "European Union.",
     "predecessor"),
    ("org-forerunner-was", "The OSCE's forerunner was a conference held in Helsinki.",
     "predecessor"),
    ("fronted-established-by-treaty",
     "Weakened by the Belovezha Accords, signed on 8 December 1991 by Belarus, Russia and "
     "Ukraine, the Commonwealth of Independent States grew slowly.",
     "coFounderOf"),
    ("founding-member-apposition-bare",
     "The Collective Security Treaty Organization is an alliance. Russia, a founding member and "
     "later critic of the group, spoke.",
     "coFounderOf"),
    ("participating-states-of-org",
     "Ministers of 57 participating states met the OSCE in Vienna.", "participatingStateCount"),
    ("admitted-bare-dated",
     "The World Trade Organization concluded the talks. Kazakhstan was admitted as an observer "
     "on 30 November 2015.",
     "memberOf"),
    ("joined-bare-dated",
     "The Eurasian Economic Union grew in 2015. Kyrgyzstan joined in protest on 12 August 2015.",
     "memberOf"),
    ("org-was-possessive-forerunner",
     "The Conference on Security and Co-operation in Europe, convened in 1975, was the OSCE's "
     "model.",
     "predecessor"),
    ("bracketed-city-summit",
     "The Shanghai Cooperation Organisation is a regional bloc.\n\n"
     "India – full member since 9 June 2017 (Astana talks)",
     "Summit"),
    ("first-org-summit-since-city-in",
     "It was the first SCO summit since the Moscow talks in 2020.", "Summit"),
]  # fmt: skip


@pytest.mark.parametrize(("rule", "text", "kind"), NEGATIVES, ids=[n[0] for n in NEGATIVES])
def test_a_look_alike_gives_nothing_of_that_kind(rule, text, kind, scoring):
    assert_gives_nothing(_extract(text, scoring), rule, kind)  # a property, class or counted noun


def test_a_nominal_membership_is_the_state_the_text_is_written_from(scoring):
    text = "Membership of the World Trade Organization, sought for years, came on 20 December 1998."
    rules, facts = _extract(text, scoring, written_from="Kyrgyzstan")
    assert "opening-membership-of-org-came" in rules
    assert _triple("kgz", "memberOf", "wto") in facts
    assert _member("kgz", "wto", "1998-12-20") in facts
    # no state to be written from, or no arrival: nothing
    rules, facts = _extract(text, scoring)
    assert "opening-membership-of-org-came" not in rules
    assert not [f for f in facts if "memberOf" in repr(f)]
    text = "Membership of the World Trade Organization, sought for years, remains a goal."
    _, facts = _extract(text, scoring, written_from="Kyrgyzstan")
    assert not [f for f in facts if "memberOf" in repr(f)]


def test_a_bare_joining_takes_a_gapped_second_subject_but_never_follows_a_conjunction(scoring):
    opening = "The Eurasian Economic Union grew. "
    _, facts = _extract(
        opening + "Belarus joined on 3 May 1996, and Armenia on 5 May 1997.", scoring
    )
    assert _member("arm", "eaeu", "1997-05-05") in facts
    _, facts = _extract(
        opening + "The treaty entered into force in 1995, and Belarus joined on 3 May 1996.",
        scoring,
    )
    assert not [f for f in facts if "memberOf" in repr(f)]


def test_every_rule_of_the_block_has_a_positive_and_a_negative():
    assert_paired(POSITIVES, NEGATIVES)


def test_gazetteer_names_the_rules_need(scoring):
    _, facts = _extract(
        "Greece and Bulgaria are members of the Organization of the Black Sea Economic "
        "Cooperation (BSEC).",
        scoring,
    )
    bsec = "organization-of-the-black-sea-economic-cooperation"
    assert _triple("grc", "memberOf", bsec) in facts
    _, facts = _extract("Georgia and Armenia take part in TRACECA, a programme of the EU.", scoring)
    assert _triple("geo", "participatesInProgramme", "traceca") in facts
    assert _triple("traceca", "programmeOf", "european-union") in facts
    # a state's name before a programme's known name is no part of it
    _, facts = _extract(
        "Ukraine took part in the U.S. Cooperative Threat Reduction Program.", scoring
    )
    programme = "cooperative-threat-reduction-program"
    assert _triple("ukr", "participatesInProgramme", programme) in facts
    _, facts = _extract(
        "The Customs Union of Belarus, Kazakhstan and Russia was the EAEU's precursor.", scoring
    )
    assert _triple("eaeu", "predecessor", "customs-union-of-belarus-kazakhstan-and-russia") in facts
