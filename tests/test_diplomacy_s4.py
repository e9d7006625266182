"""Diplomacy read as constructions (session 4, brief D): diplomatic relations whose other party is
the text's own state or the pair just named, visits in qualified, relative, possessive and
"first leader to visit" wordings, heads of state in a dated apposition. Each rule with a sentence
in other wording and with other entities than the corpus sentence that suggested it, and a
look-alike that must give nothing of that kind."""

from __future__ import annotations

from functools import partial

import pytest
from fact_cases import assert_gives, assert_gives_nothing, assert_paired, extract, relations
from fact_cases import triple as _triple
from fact_cases import visit as _visit

_extract = partial(extract, stem="diplomacy-s4-test")

# (rule, sentence, written_from, facts it must give)
POSITIVES = [
    ("relations-with-qualified-state-were-established",
     "Relations with fraternal Tajikistan were formally established on 14 January 1993.",
     "Kyrgyzstan", relations("kgz", "tjk", "1993-01-14")),
    ("relations-with-qualified-state-were-established",
     "Diplomatic relations with neighbouring China were first established on 16 October 1949.",
     "Mongolia", relations("mng", "chn", "1949-10-16")),
    # no metadata: the state the text's first sentence opens with is its own
    ("relations-with-state-followed-on",
     "Mongolia's foreign policy looks beyond its two neighbours. Diplomatic relations with Japan "
     "followed on 24 February 1972.", None, relations("mng", "jpn", "1972-02-24")),
    ("relations-with-list-next-item",
     "Diplomatic relations with Germany followed on 3 June 1992, with Italy on 4 July 1992 and "
     "with Spain on 5 August 1992.", "Kyrgyzstan", relations("kgz", "ita", "1992-07-04")),
    ("relations-with-list-last-item",
     "Diplomatic relations with Germany followed on 3 June 1992, with Italy on 4 July 1992 and "
     "with Spain on 5 August 1992.", "Kyrgyzstan", relations("kgz", "esp", "1992-08-05")),
    ("relations-with-list-last-item",
     "Relations with Georgia were established on 1 June 1992, with Armenia on 27 August 1992, "
     "with Moldova on 3 September 1992 and with Belarus on 4 October 1992.", "Turkmenistan",
     relations("tkm", "arm", "1992-08-27") + relations("tkm", "blr", "1992-10-04")),
    ("bare-relations-were-established-of-pair",
     "Mongolia–Hungary relations are the ties between Mongolia and Hungary. Diplomatic relations "
     "were established on 22 October 1950, and Hungary opened an embassy in Ulaanbaatar in 1951.",
     None, relations("hun", "mng", "1950-10-22")),
    # "and both <verb>" is the pair just named (references.jsonl, ref-both-before-verb)
    ("diplomatic-relations-established",
     "Chile and Peru recognised Bolivia in 1826, and both established diplomatic relations with "
     "Bolivia in 1831.", None, relations("chl", "bol", "1831") + relations("per", "bol", "1831")),
    ("paid-qualified-visit-at-invitation",
     "Indian Prime Minister Narendra Modi paid a two-day official visit to Tokyo in October 2018 "
     "as the guest of the annual summit at the invitation of Shinzo Abe.", None,
     [_visit("narendra-modi", "tokyo", "2018-10", "shinzo-abe")]),
    ("paid-qualified-visit-at-possessive-invitation",
     "Turkish President Abdullah Gül made a reciprocal state visit to Baku in November 2008 at "
     "Ilham Aliyev's invitation.", None,
     [_visit("abdullah-gul", "baku", "2008-11", "ilham-aliyev")]),
    ("paid-return-visit-to",
     "Turkmen President Gurbanguly Berdimuhamedow paid a return state visit to Ankara in June "
     "2014.", None, [_visit("gurbanguly-berdimuhamedow", "ankara", "2014-06")]),
    ("visit-qualified-after-fronted-date",
     "In June 2019 Russian President Vladimir Putin made a return state visit to Bishkek at "
     "Sadyr Japarov's invitation.", None,
     [_visit("vladimir-putin", "bishkek", "2019-06", "sadyr-japarov")]),
    ("person-who-visited-on-date-clause",
     "President Ilham Aliyev of Azerbaijan, who visited Tashkent in May 2022, praised the "
     "reforms.", None, [_visit("ilham-aliyev", "tashkent", "2022-05")]),
    ("person-who-paid-visit-at-possessive-invitation",
     "Uzbek President Shavkat Mirziyoyev, who paid a state visit to Baku in June 2022 at Ilham "
     "Aliyev's invitation, signed a declaration there.", None,
     [_visit("shavkat-mirziyoyev", "baku", "2022-06", "ilham-aliyev")]),
    ("possessive-trip-to-place-on-date",
     "The talks were the first since Angela Merkel's trip to Astana in July 2010.", None,
     [_visit("angela-merkel", "astana", "2010-07")]),
    ("became-first-leader-to-visit",
     "In March 2016 Barack Obama became the first sitting US president to visit Cuba since "
     "1928.", None, [_visit("barack-obama", "cub", "2016-03")]),
    ("became-first-head-of-state-to-visit",
     "In 2007 Gurbanguly Berdimuhamedow became the first Turkmen head of state to visit Baku.",
     None, [_visit("gurbanguly-berdimuhamedow", "baku", "2007")]),
    ("received-by-during-visit-to",
     "In May 2023 Sadyr Japarov was received at the Kremlin by Vladimir Putin during a state "
     "visit to Moscow.", None, [_visit("sadyr-japarov", "moscow", "2023-05")]),
    ("arrived-for-first-visit-by-at-invitation",
     "Kyrgyz President Sadyr Japarov arrived in Baku on 3 May 2023 for the first state visit by a "
     "Kyrgyz leader in a decade, at the invitation of Ilham Aliyev.", None,
     [_visit("sadyr-japarov", "baku", "2023-05-03", "ilham-aliyev")]),
    ("arrived-for-visit-at-possessive-invitation",
     "Narendra Modi arrived in Tokyo on 28 October 2018 for a two-day official visit at Shinzo "
     "Abe's invitation.", None, [_visit("narendra-modi", "tokyo", "2018-10-28", "shinzo-abe")]),
    ("leader-arrived-in-city-on-date",
     "The Prime Minister of Japan, Shinzo Abe, arrived in Ulaanbaatar on 22 October 2015.", None,
     [_visit("shinzo-abe", "ulaanbaatar", "2015-10-22")]),
    ("leader-arrived-in-city-on-date-source-said",
     "Russian President Vladimir Putin landed in Dushanbe on 8 October 2024, the Kremlin said.",
     None, [_visit("vladimir-putin", "dushanbe", "2024-10-08")]),
    # "the Kyrgyz leader" is the one person named before as "Kyrgyz President X"
    # (references.jsonl, ref-the-demonym-president)
    ("official-visit-to",
     "Kyrgyz President Sadyr Japarov met reporters. The Kyrgyz leader paid a state visit to Baku "
     "on 3 May 2023 at the invitation of Ilham Aliyev.", None,
     [_visit("sadyr-japarov", "baku", "2023-05-03", "ilham-aliyev")]),
    # ... or as "our country's Head of State X"
    ("visited",
     "Our country's Head of State Kassym-Jomart Tokayev met reporters. The Kazakh leader visited "
     "Baku on 3 May 2023.", "Kazakhstan", [_visit("kassym-jomart-tokayev", "baku", "2023-05-03")]),
    ("person-then-president-of",
     "The accord was signed by Boris Yeltsin, then President of Russia, in Moscow.", None,
     [_triple("boris-yeltsin", "headOfStateOf", "rus")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("rule", "text", "written_from", "expected"), POSITIVES, ids=[p[0] for p in POSITIVES]
)
def test_a_construction_in_other_wording_gives_its_facts(
    rule, text, written_from, expected, scoring
):
    assert_gives(_extract(text, scoring, written_from), rule, expected,
                 symmetric=frozenset(["kz:hasDiplomaticRelationsWith"]))  # fmt: skip


# (rule, a look-alike sentence, written_from, the property or node class it must not give)
NEGATIVES = [
    ("relations-with-qualified-state-were-established",
     "Trade relations with neighbouring Tajikistan were established on 14 January 1993.",
     "Kyrgyzstan", "hasDiplomaticRelationsWith"),
    # no metadata and a first sentence opening with no single state: no own state to take
    ("relations-with-qualified-state-were-established",
     "In 1993 the region changed fast. Relations with neighbouring Tajikistan were established "
     "on 14 January 1993.", None, "hasDiplomaticRelationsWith"),
    ("relations-with-state-followed-on",
     "Mongolia and China are neighbours. Diplomatic relations with Japan followed on 24 February "
     "1972.", None, "hasDiplomaticRelationsWith"),
    ("relations-with-list-next-item",
     "Economic relations with Germany followed on 3 June 1992, with Italy on 4 July 1992 and "
     "with Spain on 5 August 1992.", "Kyrgyzstan", "hasDiplomaticRelationsWith"),
    ("relations-with-list-last-item",
     "Uzbekistan's relations with Germany followed on 3 June 1992, with Italy on 4 July 1992 and "
     "with Spain on 5 August 1992.", "Kyrgyzstan", "hasDiplomaticRelationsWith"),
    # three states named, none as a pair: whose relations is unclear
    ("bare-relations-were-established-of-pair",
     "Mongolia, Hungary and Poland signed a pact in Warsaw. Diplomatic relations were established "
     "on 22 October 1950, and Poland opened an embassy in Ulaanbaatar.", None,
     "hasDiplomaticRelationsWith"),
    ("diplomatic-relations-established",
     "Chile and Peru recognised Bolivia in 1826, and both refused diplomatic relations with Spain "
     "until 1850.", None, "hasDiplomaticRelationsWith"),
    ("paid-qualified-visit-at-invitation",
     "Indian Prime Minister Narendra Modi turned down a two-day official visit to Tokyo in October "
     "2018 as the guest of the annual summit at the invitation of Shinzo Abe.", None,
     "StateVisit"),
    ("paid-qualified-visit-at-possessive-invitation",
     "Turkish President Abdullah Gül made a reciprocal state visit to Baku in November 2008 at "
     "Ilham Aliyev's invitation, his aides claimed.", None, "StateVisit"),
    # the inviter is no one a slot can take: the node would lack him
    ("paid-return-visit-to",
     "Turkmen President Gurbanguly Berdimuhamedow paid a return state visit to Ankara in June "
     "2014 at the invitation of his counterpart.", None, "StateVisit"),
    ("visit-qualified-after-fronted-date",
     "In June 2019 Russian President Vladimir Putin made a return state visit to Bishkek at the "
     "invitation of his counterpart.", None, "StateVisit"),
    ("person-who-visited-on-date-clause",
     "President Ilham Aliyev of Azerbaijan, who has never visited Tashkent in May, praised the "
     "reforms.", None, "StateVisit"),
    ("person-who-paid-visit-at-possessive-invitation",
     "Uzbek President Shavkat Mirziyoyev, who declined a state visit to Baku in June 2022 at Ilham "
     "Aliyev's invitation, signed a declaration instead.", None, "StateVisit"),
    ("possessive-trip-to-place-on-date",
     "The talks stalled after Angela Merkel's planned trip to Astana in July 2010.", None,
     "StateVisit"),
    ("possessive-trip-to-place-on-date",
     "Critics spoke up during Angela Merkel's visit to Astana in July 2010, which took place "
     "online.", None, "StateVisit"),
    ("became-first-leader-to-visit",
     "In March 2016 Sergey Lavrov became the first Russian foreign minister to visit Cuba.", None,
     "StateVisit"),
    ("became-first-head-of-state-to-visit",
     "Gurbanguly Berdimuhamedow hopes to become the first Turkmen head of state to visit Baku.",
     None, "StateVisit"),
    ("received-by-during-visit-to",
     "In May 2023 Sadyr Japarov was not received by Vladimir Putin during his state visit to "
     "Moscow.", None, "StateVisit"),
    ("arrived-for-first-visit-by-at-invitation",
     "Kyrgyz President Sadyr Japarov arrived in Baku on 3 May 2023 for the first state visit by a "
     "Kyrgyz leader in a decade, at the invitation of his host.", None, "StateVisit"),
    ("arrived-for-visit-at-possessive-invitation",
     "Narendra Modi will arrive in Tokyo on 28 October 2018 for a two-day official visit at Shinzo "
     "Abe's invitation.", None, "StateVisit"),
    ("leader-arrived-in-city-on-date",
     "The plane of the Prime Minister of Japan, Shinzo Abe, never arrived in Ulaanbaatar on 22 "
     "October 2015.", None, "StateVisit"),
    ("leader-arrived-in-city-on-date-source-said",
     "Russian President Vladimir Putin landed in Dushanbe on 8 October 2024, the Kremlin denied.",
     None, "StateVisit"),
    # two people named as Kyrgyz presidents: "the Kyrgyz leader" is neither
    ("official-visit-to",
     "Kyrgyz President Sadyr Japarov and former Kyrgyz President Almazbek Atambayev met. The "
     "Kyrgyz leader paid a state visit to Baku on 3 May 2023.", None, "StateVisit"),
    ("visited",
     "Our country's Head of State Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev "
     "met. The Turkish leader visited Baku on 3 May 2023.", "Kazakhstan", "StateVisit"),
    ("person-then-president-of",
     "The accord was signed by Boris Yeltsin, then Vice President of Russia, in Moscow.", None,
     "headOfStateOf"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("rule", "text", "written_from", "kind"), NEGATIVES, ids=[n[0] for n in NEGATIVES]
)
def test_a_look_alike_gives_nothing_of_that_kind(rule, text, written_from, kind, scoring):
    assert_gives_nothing(_extract(text, scoring, written_from), rule, kind)


def test_every_rule_of_the_block_has_a_positive_and_a_negative():
    assert_paired(POSITIVES, NEGATIVES)


def test_own_state_is_the_metadata_before_the_opening_state(scoring):
    text = ("Mongolia's foreign policy looks beyond its two neighbours. Diplomatic relations with "
            "Japan followed on 24 February 1972.")  # fmt: skip
    _, facts = _extract(text, scoring, "Kazakhstan")
    assert (
        _triple("kaz", "hasDiplomaticRelationsWith", "jpn") in facts
        or _triple("jpn", "hasDiplomaticRelationsWith", "kaz") in facts
    )
    assert not [f for f in facts if "mng" in repr(f)]
