"""Trigger lines and clause readings added in session 4 (brief G): more of the words writers
use for memberships, foundings, chairmanships, borders, visits, signings and pipelines, each
tested in several wordings, with a look-alike that must give nothing.

The relation rules are switched off here, so each test sees what the trigger stage alone does.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples, rule_ids, triggers_alone  # noqa: F401 (autouse)


def _triples(text: str) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="trigger-s4-test")


def _facts(text: str, prop: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in _triples(text) if p == prop}


# A wording's sentences by the wording: (sentences, triples each must give, None or (a property,
# the exact set of its objects)); test_a_wording_gives_its_facts checks every sentence.
WORDINGS: dict[str, tuple[list[str], set, tuple[str, set] | None]] = {}
# A wording's look-alikes: (the property none of them may give, sentences);
# test_a_look_alike_gives_nothing checks every sentence.
LOOK_ALIKES: dict[str, tuple[str, list[str]]] = {}


# --- membership: "belong(s) to", "participating State of" ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Armenia and Belarus belong to the Collective Security Treaty Organization.",
        "Armenia and Belarus both belong to the Collective Security Treaty Organization.",
        "Today Armenia and Belarus also belong to the Collective Security Treaty Organization.",
    ],
)
def test_belong_to_states_membership(text):
    assert _facts(text, "memberOf") == {
        ("arm", "csto"),
        ("blr", "csto"),
    }


def test_belongs_to_two_organisations_gives_each_membership():
    text = (
        "Mongolia belongs to both the Organization for Security and Co-operation in Europe"
        " and the Asian Infrastructure Investment Bank."
    )
    assert {o for _, o in _facts(text, "memberOf")} == {
        "osce",
        "asian-infrastructure-investment-bank",
    }


def test_belongs_to_dated_by_since():
    text = "Georgia has belonged to the United Nations since 1992."
    assert _facts(text, "memberOf") == set()  # "belonged": a past state, maybe ended
    text = "Georgia belongs to the United Nations since 31 July 1992."
    assert ("geo", "united-nations") in _facts(text, "memberOf")
    assert "1992-07-31" in {o for _, p, o in _triples(text) if p == "startDate"}


LOOK_ALIKES["belong_to"] = (
    "memberOf",
    [
        "Armenia does not belong to the Collective Security Treaty Organization any more.",
        "Armenia may soon belong to the Collective Security Treaty Organization.",
        "Armenia wants to belong to the Collective Security Treaty Organization.",
        "The Caspian Pipeline Consortium pipeline belongs to several shareholders.",
        "Armenia belonged to the Collective Security Treaty Organization until 2024.",
        "Armenia and Belarus belong to the group of landlocked states.",
    ],
)


WORDINGS["participating_state"] = (
    [
        "Mongolia became a participating State of the Organization for Security and"
        " Co-operation in Europe in 2012.",
        "In 2012 Mongolia became a participating State of the Organization for Security and"
        " Co-operation in Europe.",
        "Mongolia became the 57th participating State of the Organization for Security and"
        " Co-operation in Europe in 2012.",
    ],
    {("mng", "memberOf", "osce")},
    ("startDate", {"2012"}),
)


LOOK_ALIKES["participating_state"] = (
    "memberOf",
    [
        "Mongolia is not a participating State of the Organization for Security and"
        " Co-operation in Europe.",
        "Mongolia hopes to become a participating State of the Organization for Security and"
        " Co-operation in Europe.",
        "Mongolia is a Partner for Co-operation, not a participating State of the Organization"
        " for Security and Co-operation in Europe.",
    ],
)


# --- co-founding: "a founder of", "a founding state of" -------------------------------------


WORDINGS["founder_of"] = (
    [
        "Turkey is a founder of the Economic Cooperation Organization.",
        "Turkey was a founding state of the Economic Cooperation Organization.",
        "Turkey is one of the founding countries of the Economic Cooperation Organization.",
    ],
    {("tur", "coFounderOf", "economic-cooperation-organization")},
    None,
)


LOOK_ALIKES["founder_of"] = (
    "coFounderOf",
    [
        "Turkey was not a founder of the Economic Cooperation Organization.",
        "The founder of the Economic Cooperation Organization's secretariat was Turkey's envoy.",
        "Turkey could become a founder of the Economic Cooperation Organization's new fund.",
    ],
)


# --- chairmanship: "held the (rotating) presidency of", "took over the chairmanship of" -----


WORDINGS["presidency"] = (
    [
        "Uzbekistan held the rotating presidency of the Shanghai Cooperation Organisation in 2022.",
        "In 2022 Uzbekistan held the presidency of the Shanghai Cooperation Organisation.",
        "Uzbekistan took over the chairmanship of the Shanghai Cooperation Organisation in 2022.",
    ],
    {("shanghai-cooperation-organisation", "chairedBy", "uzb")},
    ("year", {"2022"}),
)


LOOK_ALIKES["presidency"] = (
    "chairedBy",
    [
        "Uzbekistan will take over the presidency of the Shanghai Cooperation Organisation.",
        "Uzbekistan plans to hold the presidency of the Shanghai Cooperation Organisation.",
        "Uzbekistan held the presidency of the Shanghai Cooperation Organisation's youth council"
        " in 2022.",
    ],
)


# --- borders: "has a border with" ------------------------------------------------------------


@pytest.mark.parametrize(
    "text,km",
    [
        ("Mongolia has a 4,630 km border with China.", "4630"),
        ("Mongolia has a common border with China (4,630 km).", "4630"),
        ("Mongolia has a 4,630-kilometre common border with China.", "4630"),
        ("Mongolia has a long land border with China.", None),
    ],
)
def test_has_a_border_with(text, km):
    triples = _triples(text)
    assert {(s, o) for s, p, o in triples if p == "sharesBorderWith"} in (
        {("mng", "chn")},
        {("chn", "mng")},
    )
    assert {o for _, p, o in triples if p == "lengthKm"} == ({km} if km else set())


LOOK_ALIKES["border_with"] = (
    "sharesBorderWith",
    [
        "Mongolia has no border with Kazakhstan.",
        "Mongolia closed its border with China in 2020.",
        "Mongolia's trade across its border with China has grown.",
        "Mongolia has reopened its border with China.",
    ],
)


# --- visits: "landed in", "flew to" -----------------------------------------------------------


WORDINGS["landed_in"] = (
    [
        "Emmanuel Macron landed in Tashkent on 2 November 2023.",
        "Emmanuel Macron flew to Tashkent on 2 November 2023.",
    ],
    {("visit-emmanuel-macron-tashkent-2023-11-02", "destination", "tashkent")},
    None,
)


LOOK_ALIKES["landed_in"] = (
    "destination",
    [
        "Emmanuel Macron landed in Tashkent.",  # undated: one of several visits
        "Emmanuel Macron is expected to land in Tashkent on 2 November 2023.",
        "Emmanuel Macron's plane was due to have landed in Tashkent on 2 November 2023.",
    ],
)


# --- signings: "inked" -------------------------------------------------------------------------


def test_inked_is_a_signing():
    text = "Mongolia and Kazakhstan inked the Treaty on Friendly Relations and Cooperation in 1993."
    triples = _triples(text)
    assert {o for s, p, o in triples if p == "signatory"} == {"mng", "kaz"}
    text = "The Treaty on Friendly Relations and Cooperation was inked by Mongolia and Kazakhstan."
    assert {o for s, p, o in _triples(text) if p == "signatory"} == {"mng", "kaz"}


def test_inked_look_alike_gives_nothing():
    text = (
        "Mongolia and Kazakhstan may have inked the Treaty on Friendly Relations and Cooperation."
    )
    assert not any(p == "signatory" for _, p, _ in _triples(text))


# --- pipelines: "laid by", "completed in", participle appositions ---------------------------


WORDINGS["pipeline_completed_in"] = (
    [
        "The Atyrau–Samara pipeline, laid by KazTransOil and Transneft, was completed in 1970.",
        "The Atyrau–Samara pipeline, built by KazTransOil and Transneft, was completed in 1970.",
        "The Atyrau–Samara pipeline was completed in 1970.",
    ],
    {("atyrau-samara-pipeline", "completionDate", "1970")},
    None,
)


def test_pipeline_laid_by_companies():
    for text in (
        "The Atyrau–Samara pipeline was laid by KazTransOil and Transneft.",
        "KazTransOil and Transneft laid the Atyrau–Samara pipeline.",
        "The Atyrau–Samara pipeline was built jointly by KazTransOil and Transneft.",
    ):
        assert _facts(text, "builtBy") == {
            ("atyrau-samara-pipeline", "kaztransoil"),
            ("atyrau-samara-pipeline", "transneft"),
        }, text


@pytest.mark.parametrize(
    "text",
    [
        "The Atyrau–Samara pipeline is expected to be completed in 2027.",
        "The Atyrau–Samara pipeline was not completed in 1970.",
        "The Atyrau–Samara pipeline's expansion was completed in 2019.",
        "The Atyrau–Samara pipeline carries oil; its expansion, planned by KazTransOil, may be"
        " completed in 2027.",
        "KazTransOil laid off staff on the Atyrau–Samara pipeline.",
    ],
)
def test_pipeline_completion_look_alikes_give_nothing(text):
    triples = _triples(text)
    assert not any(p in {"completionDate", "builtBy"} for _, p, _ in triples)


# --- clause reading: a place apposition after a city; ", but" + a subject cuts the part ------


WORDINGS["place_apposition"] = (
    [
        "The Treaty on Eternal Friendship was signed in Almaty, Kazakhstan, on 12 May 1998 by"
        " Kazakhstan and Uzbekistan.",
        "Kazakhstan and Uzbekistan signed the Treaty on Eternal Friendship in Almaty, Kazakhstan,"
        " on 12 May 1998.",
        "Kazakhstan and Uzbekistan signed the Treaty on Eternal Friendship in Almaty, the largest"
        " city in Kazakhstan, on 12 May 1998.",
    ],
    {
        ("treaty-on-eternal-friendship", "signatory", "kaz"),
        ("treaty-on-eternal-friendship", "signatory", "uzb"),
        ("treaty-on-eternal-friendship", "signingPlace", "almaty"),
        ("treaty-on-eternal-friendship", "signingDate", "1998-05-12"),
    },
    None,
)


@pytest.mark.parametrize(
    "text",
    [
        # not a place apposition: a list goes on after the city
        "Kazakhstan and Uzbekistan signed the Treaty on Eternal Friendship in Almaty, Russia"
        " and Belarus on 12 May 1998.",
        # the apposition names an organisation: no skipping
        "Kazakhstan and Uzbekistan signed the Treaty on Eternal Friendship in Almaty, the seat"
        " of the Eurasian Development Bank, on 12 May 1998.",
    ],
)
def test_no_date_across_what_is_no_place_apposition(text):
    assert "1998-05-12" not in {o for _, p, o in _triples(text) if p == "signingDate"}


def test_but_with_a_subject_of_its_own_cuts_off_its_negation():
    text = (
        "Mongolia has been a full member of the Asian Development Bank since 1991, but it is"
        " not a member of the Eurasian Economic Union."
    )
    assert _facts(text, "memberOf") == {("mng", "adb")}
    text = (
        "Mongolia joined the Asian Development Bank in 1991, yet Armenia is only an observer"
        " of the Eurasian Economic Union."
    )
    assert _facts(text, "memberOf") == {("mng", "adb")}


LOOK_ALIKES["but_without_a_subject_keeps_its_block_words"] = (
    "memberOf",
    [
        "Mongolia joined the Asian Development Bank in 1991, but not as a full member.",
        "Mongolia joined the Asian Development Bank in 1991, but only as an observer.",
        "Mongolia is not a member of the Asian Development Bank, but it is a partner of it.",
    ],
)


# --- fillers: an unnamed thing is the rules' to name ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Relations began on 5 May 1993, when Mongolia and Kazakhstan signed a protocol.",
        "Mongolia and Kazakhstan signed an agreement in 1993.",
    ],
)
def test_an_unnamed_treaty_fills_no_trigger_slot(text):
    rules = rule_ids(text, stem="trigger-s4-test")
    assert not {rule for rule in rules if rule.startswith("trigger:")}


def test_a_named_treaty_still_fills_it():
    text = "Mongolia and Kazakhstan signed the Treaty on Friendly Relations and Cooperation."
    assert {o for _, p, o in _triples(text) if p == "signatory"} == {"mng", "kaz"}


# --- summits: "C hosted the O summit on D" ---------------------------------------------------


WORDINGS["city_hosted_summit"] = (
    [
        "Bishkek hosted the CSTO summit on 14 October 2022.",
        "Bishkek hosted the summit of the Collective Security Treaty Organization on 14 October"
        " 2022.",
        "Bishkek hosted the CSTO heads-of-state summit on 14 October 2022.",
    ],
    {
        ("summit-csto-bishkek-2022-10-14", "heldIn", "bishkek"),
        ("summit-csto-bishkek-2022-10-14", "organisation", "csto"),
    },
    None,
)


LOOK_ALIKES["city_hosted_summit"] = (
    "heldIn",
    [
        "Bishkek hosted the CSTO summit.",  # undated: which one?
        "Bishkek will host the CSTO summit on 14 October 2026.",
        "Bishkek hosted the CSTO foreign ministers' meeting on 14 October 2022.",
        "Bishkek hosted the CSTO summit preparatory talks on 14 October 2022.",
        "Bishkek hosted the next CSTO summit's working group on 14 October 2022.",
    ],
)


# --- chairmanship: "S's chairmanship of O in Y" ----------------------------------------------


WORDINGS["chairmanship_of"] = (
    [
        "During Tajikistan's chairmanship of the CSTO in 2021, the leaders met twice.",
        "Under Tajikistan's rotating presidency of the CSTO in 2021, the leaders met in Dushanbe.",
    ],
    {("csto", "chairedBy", "tjk")},
    ("year", {"2021"}),
)


LOOK_ALIKES["chairmanship_of"] = (
    "chairedBy",
    [
        "Tajikistan's bid for the chairmanship of the CSTO in 2021 failed.",
        "Tajikistan's upcoming chairmanship of the CSTO in 2027 was discussed.",
        "Tajikistan's chairmanship of the CSTO was approved in 2020.",
        "Russia praised Tajikistan's chairmanship of the CSTO in 2021.",
        "The chairmanship of the CSTO passed to Tajikistan in 2021 after Kyrgyzstan's term.",
    ],
)


# --- fields: "C, the operator of F" -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "North Caspian Operating Company is the operator of the Kashagan field.",
        "North Caspian Operating Company, the operator of the Kashagan field, reported output.",
        "North Caspian Operating Company has been the sole operator of the Kashagan field since"
        " 2013.",
    ],
)
def test_the_operator_of_a_field_develops_it(text):
    assert _facts(text, "develops") == {("north-caspian-operating-company", "kashagan-oil-field")}


LOOK_ALIKES["operator_of"] = (
    "develops",
    [
        "Eni was the operator of the Kashagan field until 2008.",
        "Eni, the former operator of the Kashagan field, kept a stake.",
        "Eni hopes to become the operator of the Kashagan field.",
        "Eni is a contractor to the operator of the Kashagan field.",
        "Eni and Shell, shareholders in the operator of the Kashagan field, met.",
    ],
)


# --- membership wordings: "joined O as a full member", "became O's tenth member" -------------


WORDINGS["member_wording"] = (
    [
        "Iran joined the Shanghai Cooperation Organisation as a full member on 4 July 2023.",
        "Iran joined the Shanghai Cooperation Organisation as its ninth member state on 4 July"
        " 2023.",
        "Iran became the Shanghai Cooperation Organisation's ninth member on 4 July 2023.",
    ],
    {("irn", "memberOf", "shanghai-cooperation-organisation")},
    ("startDate", {"2023-07-04"}),
)


LOOK_ALIKES["member_wording"] = (
    "memberOf",
    [
        "Iran joined the Shanghai Cooperation Organisation as an observer in 2005.",
        "Iran joined the Shanghai Cooperation Organisation as a dialogue partner in 2005.",
        "Iran joined the Shanghai Cooperation Organisation talks as a member of the delegation.",
        "Iran froze its membership of the Shanghai Cooperation Organisation in 2030.",
        "Iran ceased to be a member of the Shanghai Cooperation Organisation in 2030.",
        "Iran pulled out of the Shanghai Cooperation Organisation it had joined in 2023.",
    ],
)


# --- diplomatic relations "since D" ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Mongolia and Kazakhstan have maintained diplomatic relations since 22 January 1992.",
        "Mongolia has had diplomatic relations with Kazakhstan since 22 January 1992.",
        "Mongolia and Kazakhstan have had full diplomatic relations since 22 January 1992.",
    ],
)
def test_relations_maintained_since_a_date(text):
    triples = _triples(text)
    node = "diplomatic-relations-mng-kaz-1992-01-22"
    assert (node, "date", "1992-01-22") in triples or (
        "diplomatic-relations-kaz-mng-1992-01-22",
        "date",
        "1992-01-22",
    ) in triples


LOOK_ALIKES["relations_since"] = (
    "hasDiplomaticRelationsWith",
    [
        "Mongolia and Kazakhstan had diplomatic relations in 1995.",  # not when they began
        "Mongolia has had no diplomatic relations with Kazakhstan since 22 January 1992.",
        "Mongolia and Kazakhstan have maintained diplomatic relations.",  # undated
        "Mongolia has had tense diplomatic relations with Kazakhstan since 22 January 1992.",
    ],
)


# --- visits: "went on a state visit to"; a cancelled visit is none ---------------------------


def test_went_on_a_state_visit():
    text = "Ilham Aliyev went on a state visit to Astana on 23 August 2022."
    triples = _triples(text)
    assert ("visit-ilham-aliyev-astana-2022-08-23", "destination", "astana") in triples


LOOK_ALIKES["cancelled_or_postponed_visits"] = (
    "destination",
    [
        "Ilham Aliyev's visit to Astana on 23 August 2022, which was cancelled, had been long"
        " awaited.",
        "Ilham Aliyev's trip to Astana on 23 August 2022 was postponed.",
        "Ilham Aliyev went on a state visit to Astana on 23 August 2022, but it was called off"
        " and postponed.",
    ],
)


# --- an apposition's node is undated when the main clause dates it through a pronoun ---------


def test_an_apposition_whose_fact_the_main_clause_dates_gives_nothing():
    text = (
        "Eni and Shell, the joint operators of the Kashagan field, have been developing it"
        " since 2001."
    )
    assert _facts(text, "develops") == set()


def test_an_appositions_own_conjuncts_keep_their_dates():
    text = (
        "Latvia, a member of NATO since 2004 and of the European Union since 2004, shares a"
        " border with Russia."
    )
    assert {o for _, o in _facts(text, "memberOf")} == {"nato", "european-union"}


# --- "entered O", "the O summit took place in C", "the O presidency", borders, pipelines ------


def test_entered_an_organisation_is_joining_it():
    text = "Armenia entered the Eurasian Economic Union on 2 January 2015."
    triples = _triples(text)
    assert ("arm", "memberOf", "eaeu") in triples
    assert {o for _, p, o in triples if p == "startDate"} == {"2015-01-02"}


LOOK_ALIKES["entered"] = (
    "memberOf",
    [
        "Armenia entered the Eurasian Economic Union talks in 2013.",
        "Armenia entered into force the Eurasian Economic Union rules in 2015.",
        "Armenia may have entered the Eurasian Economic Union by 2015.",
    ],
)


WORDINGS["summit_took_place"] = (
    [
        "The CSTO summit took place in Yerevan on 23 November 2022.",
        "The CSTO summit opened in Yerevan on 23 November 2022.",
    ],
    {("summit-csto-yerevan-2022-11-23", "heldIn", "yerevan")},
    None,
)


LOOK_ALIKES["summit_took_place"] = (
    "heldIn",
    [
        "The next CSTO summit will take place in Yerevan on 23 November 2026.",
        "The CSTO summit took place online on 23 November 2022, chaired from Yerevan.",
    ],
)


def test_the_organisations_presidency_is_its_chairmanship():
    text = "Armenia took over the CSTO presidency in 2022."
    triples = _triples(text)
    assert ("csto", "chairedBy", "arm") in triples
    assert not _facts("Armenia hopes to take over the CSTO presidency in 2026.", "chairedBy")


def test_a_pair_that_has_a_common_border():
    text = "Armenia and Georgia have a common border of 219 km."
    triples = _triples(text)
    assert {(s, o) for s, p, o in triples if p == "sharesBorderWith"} in (
        {("arm", "geo")},
        {("geo", "arm")},
    )
    assert {o for _, p, o in triples if p == "lengthKm"} == {"219"}


LOOK_ALIKES["pair_border"] = (
    "sharesBorderWith",
    [
        "Armenia and Azerbaijan do not have a common border treaty.",
        "Armenia and Azerbaijan have a border dispute.",
        "Armenia and Azerbaijan will have a common border commission.",
    ],
)


WORDINGS["pipeline_participation"] = (
    [
        "Azerbaijan takes part in the Baku–Tbilisi–Ceyhan pipeline.",
        "Azerbaijan has participated in the Baku–Tbilisi–Ceyhan pipeline since 2006.",
    ],
    {("btc-pipeline", "participantState", "aze")},
    None,
)


LOOK_ALIKES["pipeline_participation"] = (
    "participantState",
    [
        "Azerbaijan took part in talks on the Baku–Tbilisi–Ceyhan pipeline.",
        "Azerbaijan wants to take part in the Baku–Tbilisi–Ceyhan pipeline.",
        "Azerbaijan no longer takes part in the Baku–Tbilisi–Ceyhan pipeline expansion.",
    ],
)


# --- membership as a noun: "X's membership of O began on D", "X is part of O" -----------------


WORDINGS["membership_noun"] = (
    [
        "Georgia's membership of the Asian Development Bank began on 2 February 2007.",
        "Georgia's membership in the Asian Development Bank took effect on 2 February 2007.",
        "Georgia's ADB membership began on 2 February 2007.",
    ],
    {("geo", "memberOf", "adb")},
    ("startDate", {"2007-02-02"}),
)


LOOK_ALIKES["membership_noun"] = (
    "memberOf",
    [
        "Georgia's application for membership of the Asian Development Bank was filed in 2006.",
        "Georgia's membership of the Asian Development Bank was approved in 2006.",
        "Georgia's observer membership in the Asian Development Bank began in 2006.",
        "Georgia's bid for ADB membership began in 2006.",
        "Georgia's future membership of the Asian Development Bank was discussed.",
    ],
)


WORDINGS["part_of"] = (
    [
        "Georgia has been part of the Asian Development Bank since 2007.",
        "Georgia became part of the Asian Development Bank in 2007.",
    ],
    {("geo", "memberOf", "adb")},
    ("startDate", {"2007"}),
)


LOOK_ALIKES["part_of"] = (
    "memberOf",
    [
        "Georgia is part of the Asian Development Bank's Central Asia programme.",
        "Georgia was part of the Asian Development Bank until 2030.",
        "Georgia is not part of the Asian Development Bank.",
        "Georgia could become part of the Asian Development Bank in 2030.",
    ],
)


# --- visits: "arrived in C on an official visit", "X's visit to C on D"; "dates back to D" --


WORDINGS["arrival"] = (
    [
        "On 20 June 2023 German President Frank-Walter Steinmeier arrived in Astana on an"
        " official visit.",
        "Frank-Walter Steinmeier arrived in Astana on a two-day state visit on 20 June 2023.",
        "During Frank-Walter Steinmeier's visit to Astana on 20 June 2023, four agreements were"
        " signed.",
    ],
    {("visit-frank-walter-steinmeier-astana-2023-06-20", "destination", "astana")},
    None,
)


LOOK_ALIKES["arrival"] = (
    "destination",
    [
        "Frank-Walter Steinmeier arrived in Astana on an official visit.",  # undated
        "Frank-Walter Steinmeier's planned visit to Astana on 20 June 2023 was called off.",
        "On 20 June 2023 Frank-Walter Steinmeier arrived in Astana on a plane of the air force.",
        "On 20 June 2023 Frank-Walter Steinmeier arrived in Astana on a visit's last leg.",
    ],
)


def test_relations_date_back_to_a_date():
    text = "Diplomatic relations between Mongolia and Kazakhstan date back to 22 January 1992."
    triples = _triples(text)
    assert any(p == "date" and o == "1992-01-22" for _, p, o in triples)


LOOK_ALIKES["date_back"] = (
    "hasDiplomaticRelationsWith",
    [
        "Diplomatic relations between Mongolia and Kazakhstan may date back to 22 January 1992.",
        "Diplomatic relations between Mongolia and Kazakhstan were to be established soon after"
        " 22 January 1992.",
    ],
)


# --- a named non-actor subject shared by coordinated verbs; "Construction of P was completed" -


WORDINGS["completion"] = (
    [
        "The Druzhba pipeline was built by Transneft and completed in 1964.",
        "Construction of the Druzhba pipeline was completed in 1964.",
    ],
    {("druzhba-pipeline", "completionDate", "1964")},
    None,
)


@pytest.mark.parametrize(
    "text",
    [
        "The Druzhba pipeline was built by Transneft and the Atyrau–Samara pipeline completed"
        " in 1970.",
        "The Druzhba pipeline was built by Transneft and its last branch completed in 1974.",
        "Construction of the first section of the Druzhba pipeline was completed in 1962.",
    ],
)
def test_completion_look_alikes_date_nothing(text):
    assert ("druzhba-pipeline", "completionDate", "1970") not in _triples(text)
    assert not any(s == "druzhba-pipeline" and p == "completionDate" for s, p, _ in _triples(text))


# --- guarantors; an organisation's predecessor ----------------------------------------------


WORDINGS["guarantor"] = (
    [
        "Russia, the United States and the United Kingdom are guarantors of the Budapest"
        " Memorandum.",
        "Russia, the United States and the United Kingdom became the guarantor states of the"
        " Budapest Memorandum.",
    ],
    set(),
    ("guarantor", {"rus", "usa", "gbr"}),
)


LOOK_ALIKES["guarantor"] = (
    "guarantor",
    [
        "Russia is not a guarantor of the Budapest Memorandum.",
        "Russia was asked to become a guarantor of the Budapest Memorandum, it is proposed.",
        "Russia is a guarantor of the treaty.",  # unnamed
    ],
)


@pytest.mark.parametrize(
    "text",
    [
        "The Eurasian Economic Union is the successor of the Eurasian Economic Community.",
        "The Eurasian Economic Union replaced the Eurasian Economic Community in 2015.",
        "The Eurasian Economic Community was transformed into the Eurasian Economic Union.",
        "The Eurasian Economic Community, which was renamed the Eurasian Economic Union in 2015,"
        " had six members.",
    ],
)
def test_an_organisations_predecessor(text):
    assert _facts(text, "predecessor") == {("eaeu", "eurasec")}


LOOK_ALIKES["predecessor"] = (
    "predecessor",
    [
        "The Eurasian Economic Union may replace the Eurasian Economic Community.",
        "The Eurasian Economic Union is not the successor of the Eurasian Economic Community.",
        "The Eurasian Economic Union replaced the Eurasian Economic Community's tariffs.",
        "Kazakhstan replaced Russia as chair of the Eurasian Economic Union.",
    ],
)


# --- "travelled to C for a state visit on D": the purpose names the visit itself -------------


WORDINGS["travelled_for"] = (
    [
        "Ilham Aliyev travelled to Astana for a state visit on 23 August 2022.",
        "Ilham Aliyev flew to Astana for a two-day official visit on 23 August 2022.",
    ],
    {("visit-ilham-aliyev-astana-2022-08-23", "destination", "astana")},
    None,
)


LOOK_ALIKES["travelled_for"] = (
    "destination",
    [
        "Ilham Aliyev travelled to Astana for talks on 23 August 2022.",
        "Ilham Aliyev travelled to Astana for a planned state visit on 23 August 2022.",
        "Ilham Aliyev travelled to Astana for a visit to the Eurasian Economic Union"
        " headquarters on 23 August 2022.",
    ],
)


@pytest.mark.parametrize(
    "text,expected,exact",
    [(text, expected, exact) for texts, expected, exact in WORDINGS.values() for text in texts],
)
def test_a_wording_gives_its_facts(text, expected, exact):
    triples = _triples(text)
    assert expected <= triples, (expected - triples, triples)
    if exact:
        prop, objects = exact
        assert {o for _, p, o in triples if p == prop} == objects, triples


@pytest.mark.parametrize(
    "prop,text", [(prop, text) for prop, texts in LOOK_ALIKES.values() for text in texts]
)
def test_a_look_alike_gives_nothing(prop, text):
    assert _facts(text, prop) == set()
