"""State visits, heads of state, diplomatic relations and treaty signatures as unseen writers
phrase them (tests/para-diplomacy, a paraphrase corpus written without reading the rules): the
corpus's measured floor, then each rule of the W5f block of data/relations.jsonl with a sentence
in other wording and with other entities than the corpus sentence that suggested it, and a
look-alike that must give nothing of that kind."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest
from fact_cases import assert_gives, assert_gives_nothing, assert_paired, extract
from fact_cases import date as _date
from fact_cases import relations as _relations
from fact_cases import triple as _triple
from fact_cases import visit as _visit

TESTS = Path(__file__).parent
_extract = partial(extract, stem="para-diplomacy-test")


def test_para_diplomacy_holds_the_measured_floor(scoring):
    scoring.assert_floor(TESTS / "para-diplomacy", 128, 0.96, 0.90)


# (rule, sentence, written_from, facts it must give)
POSITIVES = [
    (
        "pair-relations-having-been-established",
        "Norway and Estonia signed a visa accord in 1995, their diplomatic relations having been "
        "established on 27 August 1991.",
        None,
        _relations("est", "nor", "1991-08-27"),
    ),
    (
        "state-followed-in-establishing-relations",
        "Poland followed on 3 May 1992 in establishing diplomatic relations with Armenia.",
        None,
        _relations("pol", "arm", "1992-05-03"),
    ),
    (
        "state-followed-in-establishing-relations-second",
        "Poland followed on 3 May 1992 and Hungary on 9 June 1992 in establishing relations with "
        "Armenia.",
        None,
        _relations("hun", "arm", "1992-06-09") + _relations("pol", "arm", "1992-05-03"),
    ),
    (
        "relations-between-pair-began-on",
        "Officially, relations between Japan and Mongolia began on 24 February 1972.",
        None,
        _relations("jpn", "mng", "1972-02-24"),
    ),
    (
        "relations-between-pair-date-from",
        "Relations between Chile and Vietnam date from 25 March 1971.",
        None,
        _relations("chl", "vnm", "1971-03-25"),
    ),
    (
        "state-relations-date-from-and-those-with",
        "Georgia's diplomatic relations with Latvia date back to 14 July 1993, those with "
        "Lithuania to 2 August 1993.",
        None,
        _relations("geo", "ltu", "1993-08-02"),
    ),
    (
        "state-relations-established-and-those-with",
        "Armenia's relations with Greece were established on 20 January 1992, and those with "
        "Cyprus on 21 February 1992.",
        None,
        _relations("arm", "cyp", "1992-02-21"),
    ),
    (
        "state-is-a-state-with-which-established-relations",
        "Portugal is a country with which Mongolia established diplomatic relations on 26 December "
        "1975.",
        None,
        _relations("mng", "prt", "1975-12-26"),
    ),
    (
        "states-put-their-names-to-treaty",
        "In Baku on 15 March 2010, Azerbaijan and Georgia put their names to the Agreement on "
        "Transit.",
        None,
        [
            _triple("agreement-on-transit", "signatory", "aze"),
            _triple("agreement-on-transit", "signatory", "geo"),
        ],
    ),
    (
        "treaty-bound-states-to",
        "The Agreement on Transit bound Azerbaijan and Georgia to open their railways.",
        None,
        [
            _triple("agreement-on-transit", "signatory", "aze"),
            _triple("agreement-on-transit", "signatory", "geo"),
        ],
    ),
    (
        "treaty-parties-bear-signatures-of",
        "The Agreement on Transit, to which Armenia and Georgia are parties, bears the signatures "
        "of Nikol Pashinyan and Ilham Aliyev and the date 4 May 2011.",
        None,
        [
            _triple("agreement-on-transit", "signatory", "arm"),
            _triple("agreement-on-transit", "signatory", "geo"),
            _triple("agreement-on-transit", "signingDate", _date("2011-05-04")),
        ],
    ),
    (
        "signatories-of-concluded-treaty-were",
        "The signatories of the Agreement on Transit, concluded in Tbilisi on 4 May 2011, were "
        "Armenia and Georgia.",
        None,
        [
            _triple("agreement-on-transit", "signatory", "arm"),
            _triple("agreement-on-transit", "signatory", "geo"),
            _triple("agreement-on-transit", "signingPlace", "tbilisi"),
            _triple("agreement-on-transit", "signingDate", _date("2011-05-04")),
        ],
    ),
    (
        "cleft-on-date-in-place-that-signed",
        "It was on 4 May 2011, in Tbilisi, that Armenia and Georgia signed the Agreement on "
        "Transit.",
        None,
        [
            _triple("agreement-on-transit", "signingPlace", "tbilisi"),
            _triple("agreement-on-transit", "signingDate", _date("2011-05-04")),
        ],
    ),
    (
        "treaty-dash-signed-in-place-date",
        "• Agreement on Transit — signed in Tbilisi, 4 May 2011.",
        None,
        [
            _triple("agreement-on-transit", "signingPlace", "tbilisi"),
            _triple("agreement-on-transit", "signingDate", _date("2011-05-04")),
        ],
    ),
    (
        "treaty-bracket-signed-date-place",
        "• Agreement on Transit (signed 4 May 2011, Tbilisi).",
        None,
        [
            _triple("agreement-on-transit", "signingPlace", "tbilisi"),
            _triple("agreement-on-transit", "signingDate", _date("2011-05-04")),
        ],
    ),
    (
        "states-possessive-presidents-signed",
        "Azerbaijan's and Armenia's leaders, Ilham Aliyev and Nikol Pashinyan, signed the "
        "Agreement on Transit in Washington on 8 August 2025.",
        None,
        [
            _triple("agreement-on-transit", "signatory", "aze"),
            _triple("agreement-on-transit", "signatory", "arm"),
        ],
    ),
    (
        "heads-of-state-colon-person-bracket-state",
        "Heads of state at the Baku summit: Ilham Aliyev (Azerbaijan), Nikol Pashinyan (Armenia).",
        None,
        [_triple("ilham-aliyev", "headOfStateOf", "aze")],
    ),
    (
        "heads-of-state-colon-second-person-bracket-state",
        "Heads of state at the Baku summit: Ilham Aliyev (Azerbaijan), Sadyr Japarov (Kyrgyzstan).",
        None,
        [_triple("sadyr-japarov", "headOfStateOf", "kgz")],
    ),
    (
        "person-states-federal-president-apposition",
        "Alexander Van der Bellen, Austria's Federal President, opened the forum.",
        None,
        [_triple("alexander-van-der-bellen", "headOfStateOf", "aut")],
    ),
    (
        "dated-fronted-invitation-arrived-for-visit",
        "On 3 May 2019, at the invitation of President Ilham Aliyev, Emmanuel Macron arrived in "
        "Baku on an official visit.",
        None,
        [_visit("emmanuel-macron", "baku", "2019-05-03", "ilham-aliyev")],
    ),
    (
        "possessive-visit-was-made-at-invitation",
        "Nikol Pashinyan's official visit to Paris in May 2018 was made at the invitation of "
        "Emmanuel Macron.",
        None,
        [_visit("nikol-pashinyan", "paris", "2018-05", "emmanuel-macron")],
    ),
    (
        "went-to-at-possessive-invitation",
        "Emmanuel Macron, in turn, travelled to Yerevan on 11 October 2018 at Nikol Pashinyan's "
        "invitation.",
        None,
        [_visit("emmanuel-macron", "yerevan", "2018-10-11", "nikol-pashinyan")],
    ),
    (
        "person-who-was-on-visit-to",
        "Ilham Aliyev greeted Nikol Pashinyan, who was on an official visit to Baku on 5 June "
        "2024.",
        None,
        [_visit("nikol-pashinyan", "baku", "2024-06-05")],
    ),
    (
        "person-on-visit-at-invitation-met-on",
        "Xi Jinping, on a state visit to Moscow at Vladimir Putin's invitation, met the Russian "
        "leader on 21 March 2023.",
        None,
        [_visit("xi-jinping", "moscow", "2023-03-21", "vladimir-putin")],
    ),
]


@pytest.mark.parametrize(("rule", "text", "written_from", "expected"), POSITIVES)
def test_a_phrasing_in_other_wording_gives_its_facts(rule, text, written_from, expected, scoring):
    assert_gives(_extract(text, scoring, written_from), rule, expected, variants=True)


# (rule, look-alike sentence, written_from, what it must not give: a property or class)
NEGATIVES = [
    (
        "pair-relations-having-been-established",
        "Norway and Estonia signed a visa accord in 1995, their trade relations having been "
        "expanded on 27 August 1993.",
        None,
        "DiplomaticRelations",
    ),
    (
        "state-followed-in-establishing-relations",
        "Poland followed on 3 May 1992 in opening a trade office in Armenia.",
        None,
        "DiplomaticRelations",
    ),
    (
        "state-followed-in-establishing-relations-second",
        "Poland followed on 3 May 1992 and Hungary on 9 June 1992 in opening trade offices in "
        "Armenia.",
        None,
        "DiplomaticRelations",
    ),
    (
        "relations-between-pair-began-on",
        "Trade relations between Japan and Mongolia began on 24 February 1972.",
        None,
        "DiplomaticRelations",
    ),
    (
        "relations-between-pair-date-from",
        "Economic relations between Chile and Vietnam date from 25 March 1971.",
        None,
        "DiplomaticRelations",
    ),
    (
        "state-relations-date-from-and-those-with",
        "Georgia's trade with Latvia dates back to 14 July 1993, that with Lithuania to 2 August "
        "1993.",
        None,
        "DiplomaticRelations",
    ),
    (
        "state-relations-established-and-those-with",
        "Armenia's relations with Greece were established on 20 January 1992, and those with "
        "Cyprus are still being discussed.",
        None,
        "'cyp'",
    ),
    (
        "state-is-a-state-with-which-established-relations",
        "Portugal is a country with which Mongolia discussed trade relations in 1975.",
        None,
        "DiplomaticRelations",
    ),
    (
        "states-put-their-names-to-treaty",
        "Azerbaijan and Georgia put their hopes in the Agreement on Transit.",
        None,
        "signatory",
    ),
    (
        "treaty-bound-states-to",
        "The Agreement on Transit would have bound Azerbaijan and Georgia to open their railways.",
        None,
        "signatory",
    ),
    (
        "treaty-parties-bear-signatures-of",
        "The Agreement on Transit, to which Armenia and Georgia are parties, bears the marks of "
        "Nikol Pashinyan and Ilham Aliyev and the date 4 May 2011.",
        None,
        "signatory",
    ),
    (
        "signatories-of-concluded-treaty-were",
        "The critics of the Agreement on Transit, concluded in Tbilisi on 4 May 2011, were Armenia "
        "and Georgia.",
        None,
        "signatory",
    ),
    (
        "cleft-on-date-in-place-that-signed",
        "It was on 4 May 2011, in Tbilisi, that Armenia and Georgia discussed the Agreement on "
        "Transit.",
        None,
        "signing",
    ),
    (
        "treaty-dash-signed-in-place-date",
        "• Agreement on Transit — drafted in Tbilisi, 4 May 2011.",
        None,
        "signing",
    ),
    (
        "treaty-bracket-signed-date-place",
        "• Agreement on Transit (initialled 4 May 2011, Tbilisi).",
        None,
        "signing",
    ),
    (
        "states-possessive-presidents-signed",
        "Azerbaijan's and Armenia's leaders, Ilham Aliyev and Nikol Pashinyan, criticised the "
        "Agreement on Transit in Washington on 8 August 2025.",
        None,
        "signatory",
    ),
    (
        "heads-of-state-colon-person-bracket-state",
        "Ministers at the Baku summit: Jeyhun Bayramov (Azerbaijan), Ararat Mirzoyan (Armenia).",
        None,
        "headOfStateOf",
    ),
    (
        "heads-of-state-colon-second-person-bracket-state",
        "Envoys at the Baku summit: Ilham Aliyev (Azerbaijan), Sadyr Japarov (Kyrgyzstan).",
        None,
        "headOfStateOf",
    ),
    (
        "person-states-federal-president-apposition",
        "Alexander Van der Bellen, Austria's Federal Chancellor, opened the forum.",
        None,
        "headOfStateOf",
    ),
    (
        "dated-fronted-invitation-arrived-for-visit",
        "On 3 May 2019, at the invitation of President Ilham Aliyev, Emmanuel Macron arrived in "
        "Baku for a summit.",
        None,
        "StateVisit",
    ),
    (
        "possessive-visit-was-made-at-invitation",
        "Nikol Pashinyan's official visit to Paris in May 2018 was cancelled at the request of "
        "Emmanuel Macron.",
        None,
        "invitedBy",
    ),
    (
        "went-to-at-possessive-invitation",
        "Emmanuel Macron, in turn, travelled to Yerevan on 11 October 2018 at Nikol Pashinyan's "
        "suggestion.",
        None,
        "invitedBy",
    ),
    (
        "person-who-was-on-visit-to",
        "Ilham Aliyev greeted Nikol Pashinyan, who was on a holiday in Baku on 5 June 2024.",
        None,
        "StateVisit",
    ),
    (
        "person-on-visit-at-invitation-met-on",
        "Xi Jinping, on a state visit to Moscow at Vladimir Putin's invitation, is expected to "
        "meet the Russian leader.",
        None,
        "StateVisit",
    ),
]


@pytest.mark.parametrize(("rule", "text", "written_from", "kind"), NEGATIVES)
def test_a_look_alike_gives_nothing_of_that_kind(rule, text, written_from, kind, scoring):
    assert_gives_nothing(_extract(text, scoring, written_from), rule, kind, variants=True)


def test_every_rule_of_the_block_has_a_positive_and_a_negative():
    assert_paired(POSITIVES, NEGATIVES)
