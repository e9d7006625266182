"""Sentence structures around every relation as unseen writers use them (the W5d block of
relations.jsonl, suggested by tests/para-structure): the corpus's floor, then each rule with a
sentence in other wording and other entities than the corpus sentence that suggested it, and a
look-alike that must give nothing of that kind."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest
from fact_cases import assert_gives, assert_gives_nothing, assert_paired, extract
from fact_cases import date as _date
from fact_cases import node as _node
from fact_cases import same as _same
from fact_cases import triple as _triple

CORPUS = Path(__file__).parent / "para-structure"
_extract = partial(extract, stem="para-structure-test")
# measured at the W5d commits (HEAD + its block): P 1.000, R 0.900 on 220 gold facts; raised at the
# end of session 4 to its score then (P 1.000, R 0.927), rounded down
PRECISION_FLOOR, RECALL_FLOOR = 1.00, 0.92


def test_para_structure_holds_the_measured_floor(scoring):
    scoring.assert_floor(CORPUS, 220, PRECISION_FLOOR, RECALL_FLOOR)


# (rule, sentence, facts it must give)
POSITIVES = [
    ("state-entry-into-org-opening",
     "Uzbekistan's admission to the United Nations on 2 March 1992 followed a long campaign.",
     [_triple("uzb", "memberOf", "united-nations"),
      _node("Membership", member=["uzb"], organisation=["united-nations"],
            startDate=[_date("1992-03-02")])]),
    ("table-founding-members-of-org",
     "Founder states of the Shanghai Cooperation Organisation (2001): China, Russia and "
     "Tajikistan.",
     [_triple("tjk", "coFounderOf", "shanghai-cooperation-organisation"),
      _node("FoundingMembership", member=["chn"],
            organisation=["shanghai-cooperation-organisation"], startDate=[_date("2001")])]),
    ("states-dash-each-opened-relations",
     "Its three Baltic neighbours – Estonia, Latvia and Lithuania – each established diplomatic "
     "relations with Finland in 1991.",
     [_triple("fin", "hasDiplomaticRelationsWith", "est"),
      _triple("fin", "hasDiplomaticRelationsWith", "ltu")]),
    ("leaders-of-states-dash-signed",
     "On 15 May 1992, in Tashkent, the presidents of six former Soviet republics – Armenia, "
     "Kazakhstan and Russia – signed the Collective Security Treaty.",
     [_triple("collective-security-treaty", "signatory", "arm"),
      _triple("collective-security-treaty", "signingPlace", "tashkent"),
      _triple("collective-security-treaty", "signingDate", _date("1992-05-15"))]),
    ("table-signatories-of-treaty",
     "Signatories of the Collective Security Treaty (Tashkent, 15 May 1992): Armenia and Russia.",
     [_triple("collective-security-treaty", "signatory", "rus"),
      _triple("collective-security-treaty", "signingPlace", "tashkent"),
      _triple("collective-security-treaty", "signingDate", _date("1992-05-15"))]),
    ("treaty-bears-signatures-of",
     "The Treaty on the Eurasian Economic Union, signed in Astana on 29 May 2014, carries the "
     "signatures of Belarus and Russia.",
     [_triple("treaty-on-the-eurasian-economic-union", "signatory", "blr"),
      _triple("treaty-on-the-eurasian-economic-union", "signingPlace", "astana")]),
    ("state-relations-with-were-established",
     "Mongolia's diplomatic relations with Poland were established on 14 April 1950.",
     [_triple("mng", "hasDiplomaticRelationsWith", "pol"),
      _node("DiplomaticRelationsEstablishment", participant=["mng", "pol"],
            date=[_date("1950-04-14")])]),
    ("border-with-which-shares-frontier",
     "Her route ended in China, with which Mongolia shares its longest border (4,630 km).",
     [_triple("mng", "sharesBorderWith", "chn"),
      _node("Border", borderState=["chn", "mng"], lengthKm=[("4630", "xsd:decimal")])]),
    ("state-borders-n-countries-colon",
     "Uzbekistan borders five states: Afghanistan, Tajikistan and Turkmenistan.",
     [_triple("uzb", "sharesBorderWith", "afg"), _triple("uzb", "sharesBorderWith", "tkm")]),
    ("city-replaced-city-as-states-capital",
     "Ankara, which replaced Istanbul as Turkey's capital in 1923, lies inland.",
     [_triple("ankara", "capitalOf", "tur")]),
    ("language-is-states-state-language",
     "Uzbek is Uzbekistan's state language, and Russian is also an official language there.",
     [_triple("uzb", "officialLanguage", "uzbek"), _triple("uzb", "officialLanguage", "russian")]),
    ("state-whose-president-has-been",
     "Its neighbour Uzbekistan, whose president since 2016 has been Shavkat Mirziyoyev, is larger.",
     [_triple("shavkat-mirziyoyev", "headOfStateOf", "uzb")]),
    ("state-whose-clause-uses-languages",
     "Belarus, whose capital is Minsk, likewise uses Belarusian and Russian as official "
     "languages.",
     [_triple("blr", "officialLanguage", "russian")]),
    ("person-his-demonym-counterpart",
     "Vladimir Putin met Xi Jinping, his Chinese counterpart, in Moscow.",
     [_triple("xi-jinping", "headOfStateOf", "chn")]),
    ("person-states-president-apposition-paid-visit",
     "Shavkat Mirziyoyev, Uzbekistan's president since 2016, paid a state visit to Astana in "
     "April 2017.",
     [_node("StateVisit", visitor=["shavkat-mirziyoyev"], destination=["astana"],
            date=[_date("2017-04")])]),
    ("org-met-in-city-on-date",
     "The Shanghai Cooperation Organisation met in Bishkek on 14 June 2019.",
     [_node("Summit", organisation=["shanghai-cooperation-organisation"], heldIn=["bishkek"],
            startDate=[_date("2019-06-14")])]),
    ("person-who-travelled-to-on",
     "Xi Jinping, who travelled to Astana on 7 September 2013, spoke at a university.",
     [_node("StateVisit", visitor=["xi-jinping"], destination=["astana"],
            date=[_date("2013-09-07")])]),
    ("table-pipeline-completed-built-by",
     "Baku–Tbilisi–Ceyhan pipeline – completed: 2006; built by: BP and Chevron",
     [_triple("btc-pipeline", "completionDate", _date("2006")),
      _triple("btc-pipeline", "builtBy", "bp")]),
    ("pipeline-built-by-together-with",
     "The Baku–Tbilisi–Ceyhan pipeline, built by BP together with Chevron, was completed in 2006.",
     [_triple("btc-pipeline", "builtBy", "chevron"),
      _triple("btc-pipeline", "completionDate", _date("2006"))]),
    ("state-is-party-to-pipeline",
     "Azerbaijan is also a party to the Baku–Tbilisi–Ceyhan pipeline.",
     [_triple("btc-pipeline", "participantState", "aze")]),
    ("pipeline-joined-by-states-in",
     "Construction began on the Baku–Tbilisi–Ceyhan pipeline, joined by Georgia and Turkey in "
     "2002.",
     [_triple("btc-pipeline", "participantState", "geo"),
      _node("PipelineParticipation", pipeline=["btc-pipeline"],
            participant=["tur"], startDate=[_date("2002")])]),
    ("states-which-signed-its-founding-declaration",
     "The Commonwealth of Independent States was a loose body.\n\nArmenia, Belarus and Russia, "
     "which signed its founding agreement in Almaty on 21 December 1991, were among them.",
     [_triple("arm", "coFounderOf", "cis"),
      _node("FoundingMembership", member=["blr"], organisation=["cis"],
            startDate=[_date("1991-12-21")])]),
    ("states-launched-it-on",
     "The Collective Security Treaty Organization grew out of a treaty.\n\nArmenia, Belarus and "
     "Russia launched it in 2002.",
     [_triple("rus", "coFounderOf", "csto"),
      _node("FoundingMembership", member=["arm"], organisation=["csto"],
            startDate=[_date("2002")])]),
    ("org-dated-summit-took-place-on",
     "The CSTO's 2022 summit was held in Yerevan on 23 November.",
     [_node("Summit", organisation=["csto"], heldIn=["yerevan"],
            startDate=[_date("2022-11-23")])]),
    ("numbered-point-fronted-signed-treaty",
     "2) Concluded in Tashkent on 15 May 1992, the Collective Security Treaty bound six states.",
     [_triple("collective-security-treaty", "signingPlace", "tashkent"),
      _triple("collective-security-treaty", "signingDate", _date("1992-05-15"))]),
    ("semicolon-state-acceded-on",
     "Q: What about the Collective Security Treaty Organization?\n\nA: Russia leads it; Belarus "
     "acceded in 2002.",
     [_triple("blr", "memberOf", "csto"),
      _node("Membership", member=["blr"], organisation=["csto"], startDate=[_date("2002")])]),
    ("cleft-summit-took-place",
     "It was in Bishkek, on 13–14 June 2019, that the annual summit of the Shanghai Cooperation "
     "Organisation was held.",
     [_node("Summit", organisation=["shanghai-cooperation-organisation"], heldIn=["bishkek"],
            startDate=[_date("2019-06-13")], endDate=[_date("2019-06-14")])]),
    ("state-established-relations-with-bracketed-date",
     "Mongolia established diplomatic relations with Poland (14 April 1950), Hungary (18 April "
     "1950) and Romania (20 April 1950).",
     [_node("DiplomaticRelationsEstablishment", participant=["mng", "pol"],
            date=[_date("1950-04-14")])]),
    ("state-established-relations-with-bracketed-date-second",
     "Mongolia established diplomatic relations with Poland (14 April 1950), Hungary (18 April "
     "1950) and Romania (20 April 1950).",
     [_node("DiplomaticRelationsEstablishment", participant=["mng", "hun"],
            date=[_date("1950-04-18")])]),
    ("state-established-relations-with-bracketed-date-last",
     "Mongolia established diplomatic relations with Poland (14 April 1950), Hungary (18 April "
     "1950) and Romania (20 April 1950).",
     [_node("DiplomaticRelationsEstablishment", participant=["mng", "rou"],
            date=[_date("1950-04-20")])]),
    ("org-summit-under-states-chairmanship",
     "The CSTO's 2019 summit took place in Bishkek, under Kyrgyzstan's chairmanship.",
     [_triple("csto", "chairedBy", "kgz"),
      _node("Chairmanship", organisation=["csto"], chair=["kgz"])]),
]  # fmt: skip


@pytest.mark.parametrize(("rule", "text", "expected"), POSITIVES, ids=[p[0] for p in POSITIVES])
def test_a_construction_in_other_wording_gives_its_facts(rule, text, expected, scoring):
    assert_gives(_extract(text, scoring), rule, expected)


# (rule, a look-alike sentence, the property or node class it must not give)
NEGATIVES = [
    ("state-entry-into-org-opening",
     "Talks on Uzbekistan's accession to the World Trade Organization in 2020 stalled.",
     "memberOf"),
    ("table-founding-members-of-org",
     "Observer states of the Shanghai Cooperation Organisation (2004): Mongolia and Belarus.",
     "coFounderOf"),
    ("states-dash-each-opened-relations",
     "Its three Baltic neighbours – Estonia, Latvia and Lithuania – each opened embassies in "
     "Finland in 1991.",
     "hasDiplomaticRelationsWith"),
    ("leaders-of-states-dash-signed",
     "On 15 May 1992, in Tashkent, the presidents of six republics – Armenia, Kazakhstan and "
     "Russia – refused to sign the Collective Security Treaty.",
     "signatory"),
    ("table-signatories-of-treaty",
     "Critics of the Collective Security Treaty (Tashkent, 15 May 1992): Armenia and Russia.",
     "signatory"),
    ("treaty-bears-signatures-of",
     "The Treaty on the Eurasian Economic Union, signed in Astana on 29 May 2014, lacks the "
     "signatures of Belarus and Russia.",
     "signatory"),
    ("state-relations-with-were-established",
     "Mongolia's trade relations with Poland were established on 14 April 1950.",
     "hasDiplomaticRelationsWith"),
    ("border-with-which-shares-frontier",
     "Her route ended in China, with which Mongolia shares its longest history.",
     "sharesBorderWith"),
    ("state-borders-n-countries-colon",
     "Uzbekistan trades with five states: Afghanistan, Tajikistan and Turkmenistan.",
     "sharesBorderWith"),
    ("city-replaced-city-as-states-capital",
     "Istanbul, which replaced Ankara as Turkey's largest city in 1923, lies on the coast.",
     "capitalOf"),
    ("language-is-states-state-language",
     "Uzbek is Uzbekistan's most widely spoken language.",
     "officialLanguage"),
    ("state-whose-president-has-been",
     "Its neighbour Uzbekistan, whose prime minister since 2016 has been Abdulla Aripov, is "
     "larger.",
     "headOfStateOf"),
    ("state-whose-clause-uses-languages",
     "Belarus, whose capital is Minsk, likewise uses Belarusian and Russian as languages of "
     "instruction.",
     "officialLanguage"),
    ("person-his-demonym-counterpart",
     "Vladimir Putin met Xi Jinping, his Chinese host's adviser, in Moscow.",
     "headOfStateOf"),
    ("person-states-president-apposition-paid-visit",
     "Shavkat Mirziyoyev, Uzbekistan's president since 2016, postponed a state visit to Astana "
     "in April 2017.",
     "StateVisit"),
    ("org-met-in-city-on-date",
     "The Shanghai Cooperation Organisation's ministers met in Bishkek on 14 June 2019.",
     "Summit"),
    ("org-met-in-city-on-date",
     "Envoys of the Shanghai Cooperation Organisation met in Bishkek on 14 June 2019.",
     "Summit"),
    ("org-met-in-city-on-date",
     "The Shanghai Cooperation Organisation met in Bishkek on 14 June 2019 for a meeting of "
     "ministers.",
     "Summit"),
    ("person-who-travelled-to-on",
     "Xi Jinping, who planned to travel to Astana on 7 September 2013, spoke at a university.",
     "StateVisit"),
    ("table-pipeline-completed-built-by",
     "Baku–Tbilisi–Ceyhan pipeline – planned: 2006; financed by: BP and Chevron",
     "builtBy"),
    ("pipeline-built-by-together-with",
     "The Baku–Tbilisi–Ceyhan pipeline, financed by BP together with Chevron, was completed in "
     "2006.",
     "builtBy"),
    ("state-is-party-to-pipeline",
     "Azerbaijan is also a party to the dispute over the Baku–Tbilisi–Ceyhan pipeline.",
     "participantState"),
    ("pipeline-joined-by-states-in",
     "Construction began on the Baku–Tbilisi–Ceyhan pipeline, opposed by Georgia and Turkey in "
     "2002.",
     "participantState"),
    ("states-which-signed-its-founding-declaration",
     "The Commonwealth of Independent States was a loose body.\n\nArmenia, Belarus and Russia, "
     "which signed its trade agreement in Almaty on 21 December 1991, were among them.",
     "coFounderOf"),
    ("states-launched-it-on",
     "The Collective Security Treaty Organization grew out of a treaty.\n\nArmenia, Belarus and "
     "Russia criticised it in 2002.",
     "coFounderOf"),
    ("org-dated-summit-took-place-on",
     "The CSTO's 2022 summit was cancelled in Yerevan on 23 November.",
     "Summit"),
    ("numbered-point-fronted-signed-treaty",
     "2) Drafted in Tashkent on 15 May 1992, the Collective Security Treaty bound six states.",
     "signingPlace"),
    ("semicolon-state-acceded-on",
     "Armenia held talks with Russia.\n\nRussia agreed; Belarus acceded in 2002.",
     "memberOf"),
    ("cleft-summit-took-place",
     "It was in Bishkek, on 13 June 2019, that the annual summit of the Shanghai Cooperation "
     "Organisation was called off.",
     "Summit"),
    ("state-established-relations-with-bracketed-date",
     "Mongolia established trade relations with Poland (14 April 1950).",
     "hasDiplomaticRelationsWith"),
    ("state-established-relations-with-bracketed-date-second",
     "Mongolia established consulates with Poland (14 April 1950), Hungary (18 April 1950) and "
     "Romania (20 April 1950).",
     "hasDiplomaticRelationsWith"),
    ("state-established-relations-with-bracketed-date-last",
     "Mongolia established trade relations with Poland (14 April 1950) and Hungary (18 April "
     "1950).",
     "hasDiplomaticRelationsWith"),
    ("org-summit-under-states-chairmanship",
     "The CSTO's 2019 summit took place in Bishkek, under Kyrgyzstan's security rules.",
     "chairedBy"),
]  # fmt: skip


@pytest.mark.parametrize(("rule", "text", "kind"), NEGATIVES, ids=[n[0] for n in NEGATIVES])
def test_a_look_alike_gives_nothing_of_that_kind(rule, text, kind, scoring):
    assert_gives_nothing(_extract(text, scoring), rule, kind)


def test_every_rule_of_the_block_has_a_positive_and_a_negative():
    assert_paired(POSITIVES, NEGATIVES)


def test_a_summit_year_before_the_noun_leaves_no_year_only_summit(scoring):
    """'O's 2024 summit took place in C on 3–4 July': the dated summit, never one dated 2024."""
    rules, facts = _extract("The SCO's 2024 summit took place in Astana on 3–4 July.", scoring)
    assert "org-dated-summit-took-place" not in rules
    summits = [f for f in facts if f[1] == "kz:Summit"]
    assert summits and all(("2024", "xsd:gYear") not in f[2]["kz:startDate"] for f in summits)


def test_relations_established_with_more_partners_each_take_their_date(scoring):
    """'X's relations with A were established on D1, with B on D2 and with C on D3'."""
    text = (
        "Mongolia's diplomatic relations with Poland were established on 14 April 1950, with "
        "Hungary on 18 April 1950 and with Romania on 20 April 1950."
    )
    rules, facts = _extract(text, scoring)
    assert "state-relations-with-were-established+object-gap" in rules
    for state, day in (("pol", "14"), ("hun", "18"), ("rou", "20")):
        node = _node("DiplomaticRelationsEstablishment", participant=[state, "mng"],
                     date=[_date(f"1950-04-{day}")])  # fmt: skip
        assert any(_same(found, node) for found in facts), (node, facts)
    # a manner phrase after the date is no second partner
    rules, facts = _extract(
        "Mongolia's diplomatic relations with Poland were established on 14 April 1950, with "
        "great ceremony.",
        scoring,
    )
    assert len([f for f in facts if f[2] == "kz:hasDiplomaticRelationsWith"]) == 1


def test_the_gazetteer_knows_lukoil_as_the_press_spells_it(scoring):
    _rules, facts = _extract("The Karachaganak field is developed by Eni and LUKoil.", scoring)
    assert _triple("lukoil", "develops", "karachaganak-field") in facts
