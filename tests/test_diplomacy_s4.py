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
    # since session 22 (EVENT22) arrived-for-visit reads "at X's invitation" itself: the rule
    # arrived-for-visit-at-possessive-invitation it made redundant is gone
    ("arrived-for-visit",
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
    ("recognised-and-established-relations-with-it",
     "Mongolia recognised Kyrgyzstan on 30 December 1991 and established diplomatic relations "
     "with it on 5 January 1992.", None, relations("kgz", "mng", "1992-01-05")),
    ("recognised-and-relations-followed",
     "Israel recognised Uzbekistan's independence on 26 December 1991, and diplomatic relations "
     "followed on 21 February 1992.", None, relations("isr", "uzb", "1992-02-21")),
    ("qualified-bare-relations-were-established-of-pair",
     "Mongolia and Hungary are old partners. Formal diplomatic relations were established on 22 "
     "October 1950, and Hungary opened an embassy in Ulaanbaatar.", None,
     relations("hun", "mng", "1950-10-22")),
    ("establishment-of-relations-between-pair-on",
     "Trade grew fast after the establishment of diplomatic relations between Mongolia and Japan "
     "on 24 February 1972.", None, relations("jpn", "mng", "1972-02-24")),
    ("one-of-first-to-establish-relations-with",
     "Turkey was one of the first states to establish diplomatic relations with Azerbaijan, on 14 "
     "January 1992.", None, relations("aze", "tur", "1992-01-14")),
    ("the-visit-of-person-to-place-was",
     "The state visit of Vladimir Putin to Tashkent in May 2024 produced 30 agreements.", None,
     [_visit("vladimir-putin", "tashkent", "2024-05")]),
    ("travelled-to-city-for-talks-with",
     "Shavkat Mirziyoyev travelled to Ashgabat on 6 March 2017 for talks with Gurbanguly "
     "Berdimuhamedow.", None, [_visit("shavkat-mirziyoyev", "ashgabat", "2017-03-06")]),
    ("first-foreign-trip-was-to",
     "Sadyr Japarov's first foreign trip as president was to Moscow in February 2021.", None,
     [_visit("sadyr-japarov", "moscow", "2021-02")]),
    ("person-who-became-president-of",
     "Serdar Berdimuhamedow, who became President of Turkmenistan in 2022, spoke.", None,
     [_triple("serdar-berdimuhamedow", "headOfStateOf", "tkm")]),
    ("person-who-was-elected-president-of",
     "Sadyr Japarov, who was elected President of Kyrgyzstan in January 2021, spoke.", None,
     [_triple("sadyr-japarov", "headOfStateOf", "kgz")]),
    ("person-has-served-as-president-of",
     "Emomali Rahmon has served as President of Tajikistan since 1994.", None,
     [_triple("emomali-rahmon", "headOfStateOf", "tjk")]),
    ("succeeded-relative-as-president-of",
     "Ilham Aliyev succeeded his father, Heydar Aliyev, as President of Azerbaijan in 2003.", None,
     [_triple("ilham-aliyev", "headOfStateOf", "aze")]),
    ("monarch-of-state-apposition",
     "The Emir of Qatar, Tamim bin Hamad Al Thani, received him.", None,
     [_triple("tamim-bin-hamad-al-thani", "headOfStateOf", "qat")]),
    ("presidents-person-of-state",
     "Presidents Ilham Aliyev of Azerbaijan and Recep Tayyip Erdoğan of Turkey met in Baku.", None,
     [_triple("ilham-aliyev", "headOfStateOf", "aze")]),
    ("presidents-second-person-of-state",
     "Presidents Ilham Aliyev of Azerbaijan and Recep Tayyip Erdoğan of Turkey met in Baku.", None,
     [_triple("recep-tayyip-erdogan", "headOfStateOf", "tur")]),
    ("relations-between-pair-were-established",
     "Relations between Mongolia and Turkey were established on 24 June 1969.", None,
     relations("mng", "tur", "1969-06-24")),
    ("began-visit-to",
     "On 17 May 2023, Sadyr Japarov began a two-day state visit to Turkey at the invitation of "
     "Recep Tayyip Erdoğan.", None, [_visit("sadyr-japarov", "tur", "2023-05-17",
                                            "recep-tayyip-erdogan")]),
    ("made-visit-abroad-to",
     "Shavkat Mirziyoyev made his first state visit abroad to Turkmenistan in March 2017.", None,
     [_visit("shavkat-mirziyoyev", "tkm", "2017-03")]),
    ("held-talks-in-city-during-own-visit",
     "Emomali Rahmon held talks with Shavkat Mirziyoyev in Tashkent during his state visit on 17 "
     "August 2018.", None, [_visit("emomali-rahmon", "tashkent", "2018-08-17")]),
    ("was-welcomed-in-city-by",
     "Narendra Modi was welcomed in Tokyo by Shinzo Abe on 28 October 2018.", None,
     [_visit("narendra-modi", "tokyo", "2018-10-28")]),
    ("person-the-demonym-president-apposition",
     "Sadyr Japarov, the Kyrgyz president, opened the forum.", None,
     [_triple("sadyr-japarov", "headOfStateOf", "kgz")]),
    # "he|she" before a verb of visiting is the one person named before it in the sentence, else
    # in the sentence before (references.jsonl, ref-he-before-visit-verb)
    ("official-visit-to",
     "After Emomali Rahmon was re-elected in 2020, ties warmed; he paid a state visit to Tashkent "
     "at the invitation of Shavkat Mirziyoyev in June 2021.", None,
     [_visit("emomali-rahmon", "tashkent", "2021-06", "shavkat-mirziyoyev")]),
    ("visited", "Emomali Rahmon spoke in Dushanbe. He visited Tashkent in March 2018.", None,
     [_visit("emomali-rahmon", "tashkent", "2018-03")]),
    ("pair-signed-protocol-on-establishment-of-relations",
     "Uzbekistan and Turkey signed a protocol on the establishment of diplomatic relations in "
     "Ankara on 4 March 1992.", None, relations("tur", "uzb", "1992-03-04")),
    ("protocol-on-establishment-of-relations-between-pair-signed",
     "The joint communiqué on the establishment of diplomatic relations between Mongolia and "
     "India was signed on 24 December 1955.", None, relations("ind", "mng", "1955-12-24")),
    ("state-established-relations-with-state-on",
     "Azerbaijan formally established relations with Georgia on 18 November 1992.", None,
     relations("aze", "geo", "1992-11-18")),
    ("possessive-visit-to-place-on-date-was",
     "Recep Tayyip Erdoğan's state visit to Baku on 25 February 2021 produced ten agreements.",
     None, [_visit("recep-tayyip-erdogan", "baku", "2021-02-25")]),
    ("possessive-visit-to-place-on-date-was-the",
     "Narendra Modi's visit to Ulaanbaatar on 17 May 2015 was the first by an Indian leader.",
     None, [_visit("narendra-modi", "ulaanbaatar", "2015-05-17")]),
    ("was-received-by-in-city",
     "On 5 June 2019 Emomali Rahmon was received by Sadyr Japarov in Bishkek.", None,
     [_visit("emomali-rahmon", "bishkek", "2019-06-05")]),
    ("possessive-n-day-visit-began",
     "Ilham Aliyev's two-day state visit to Ashgabat began on 13 January 2023.", None,
     [_visit("ilham-aliyev", "ashgabat", "2023-01-13")]),
    ("possessive-visit-began-on",
     "Ilham Aliyev's state visit to Ashgabat began on 13 January 2023.", None,
     [_visit("ilham-aliyev", "ashgabat", "2023-01-13")]),
    ("headed-to-for-n-day-visit",
     "Recep Tayyip Erdoğan headed to Baku on 25 February 2021 for a three-day state visit at "
     "Ilham Aliyev's invitation.", None,
     [_visit("recep-tayyip-erdogan", "baku", "2021-02-25", "ilham-aliyev")]),
    ("pair-relations-date-back-to",
     "Mongolia–Turkey diplomatic relations date back to 24 June 1969.", None,
     relations("mng", "tur", "1969-06-24")),
    ("pair-which-established-relations-on",
     "Azerbaijan and Georgia, which established diplomatic relations on 18 November 1992, share a "
     "pipeline.", None, relations("aze", "geo", "1992-11-18")),
    ("state-which-established-relations-with-on",
     "Georgia, which established diplomatic relations with Azerbaijan on 18 November 1992, is a "
     "transit state.", None, relations("aze", "geo", "1992-11-18")),
    ("person-took-office-as-president-of",
     "Serdar Berdimuhamedow, who took office as President of Turkmenistan in March 2022, spoke.",
     None, [_triple("serdar-berdimuhamedow", "headOfStateOf", "tkm")]),
    ("person-sworn-in-as-president-of",
     "Sadyr Japarov was sworn in as President of Kyrgyzstan on 28 January 2021.", None,
     [_triple("sadyr-japarov", "headOfStateOf", "kgz")]),
    ("person-became-states-president",
     "Shavkat Mirziyoyev became Uzbekistan's president in December 2016.", None,
     [_triple("shavkat-mirziyoyev", "headOfStateOf", "uzb")]),
    ("first-state-to-establish-relations-with",
     "Mongolia was the first state to establish diplomatic relations with Kyrgyzstan, on 5 "
     "January 1992.", None, relations("kgz", "mng", "1992-01-05")),
    ("relations-were-established-with-state",
     "Diplomatic relations were established with Chile on 17 June 1970.", "Mongolia",
     relations("chl", "mng", "1970-06-17")),
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
    # the opening state is named no more often than another: not surely the text's own
    ("relations-with-state-followed-on",
     "Japan recognised Kazakhstan in December 1991. Diplomatic relations with France followed on "
     "25 January 1992.", None, "hasDiplomaticRelationsWith"),
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
    ("arrived-for-visit",
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
    ("recognised-and-established-relations-with-it",
     "Mongolia recognised Kyrgyzstan on 30 December 1991 and refused diplomatic relations with it "
     "until 1995.", None, "hasDiplomaticRelationsWith"),
    ("recognised-and-relations-followed",
     "Israel recognised Uzbekistan's independence on 26 December 1991, and trade relations "
     "followed on 21 February 1992.", None, "hasDiplomaticRelationsWith"),
    ("qualified-bare-relations-were-established-of-pair",
     "Mongolia, Hungary and Poland are old partners. Formal diplomatic relations were established "
     "on 22 October 1950, and Poland opened an embassy.", None, "hasDiplomaticRelationsWith"),
    # the date of an anniversary is not the date of the establishment
    ("establishment-of-relations-between-pair-on",
     "They marked the 50th anniversary of the establishment of diplomatic relations between "
     "Mongolia and Japan on 24 February 2022.", None, "hasDiplomaticRelationsWith"),
    ("one-of-first-to-establish-relations-with",
     "Turkey was one of the first states to recognise Azerbaijan, on 9 November 1991.", None,
     "hasDiplomaticRelationsWith"),
    ("the-visit-of-person-to-place-was",
     "The state visit of Vladimir Putin to Tashkent in May 2026 is being prepared.", None,
     "StateVisit"),
    ("travelled-to-city-for-talks-with",
     "Shavkat Mirziyoyev is to travel to Ashgabat on 6 March 2017 for talks with Gurbanguly "
     "Berdimuhamedow.", None, "StateVisit"),
    ("first-foreign-trip-was-to",
     "Sadyr Japarov's first foreign trip as president will be to Moscow in February 2021.", None,
     "StateVisit"),
    ("person-who-became-president-of",
     "Serdar Berdimuhamedow, who became Vice President of Turkmenistan in 2017, spoke.", None,
     "headOfStateOf"),
    ("person-who-was-elected-president-of",
     "Sadyr Japarov, who was not elected President of Kyrgyzstan in 2017, spoke.", None,
     "headOfStateOf"),
    ("person-has-served-as-president-of",
     "Emomali Rahmon has served as Speaker of Tajikistan's parliament since 1992.", None,
     "headOfStateOf"),
    ("succeeded-relative-as-president-of",
     "Ilham Aliyev succeeded his father as head of the ruling party of Azerbaijan in 2003.", None,
     "headOfStateOf"),
    ("monarch-of-state-apposition",
     "The Deputy Emir of Qatar, Tamim bin Hamad Al Thani, received him.", None,
     "headOfStateOf"),
    ("presidents-person-of-state",
     "Vice Presidents Ilham Aliyev of Azerbaijan and Recep Tayyip Erdoğan of Turkey met.", None,
     "headOfStateOf"),
    ("presidents-second-person-of-state",
     "Vice Presidents Ilham Aliyev of Azerbaijan and Recep Tayyip Erdoğan of Turkey met.", None,
     "headOfStateOf"),
    ("relations-between-pair-were-established",
     "Trade relations between Mongolia and Turkey were established on 24 June 1969.", None,
     "hasDiplomaticRelationsWith"),
    ("began-visit-to",
     "On 17 May 2023, Sadyr Japarov began planning a two-day state visit to Turkey.", None,
     "StateVisit"),
    ("made-visit-abroad-to",
     "Shavkat Mirziyoyev never made a state visit abroad to Turkmenistan in 2016.", None,
     "StateVisit"),
    # "during a state visit": whose visit is not said
    ("held-talks-in-city-during-own-visit",
     "Emomali Rahmon held talks with Shavkat Mirziyoyev in Tashkent during a state visit on 17 "
     "August 2018.", None, "StateVisit"),
    ("was-welcomed-in-city-by",
     "Narendra Modi was not welcomed in Tokyo by Shinzo Abe on 28 October 2018.", None,
     "StateVisit"),
    ("person-the-demonym-president-apposition",
     "Sadyr Japarov, the Kyrgyz president's adviser, opened the forum.", None, "headOfStateOf"),
    # two people named before "he": whose visit is unclear
    ("visited",
     "Vladimir Putin met Kassym-Jomart Tokayev in Moscow, and he visited Sochi in May 2019.", None,
     "StateVisit"),
    ("visited", "Vladimir Putin met Kassym-Jomart Tokayev in Moscow. He visited Sochi in May 2019.",
     None, "StateVisit"),
    ("pair-signed-protocol-on-establishment-of-relations",
     "Uzbekistan and Turkey signed a protocol on the expansion of trade relations in Ankara on 4 "
     "March 1992.", None, "hasDiplomaticRelationsWith"),
    ("protocol-on-establishment-of-relations-between-pair-signed",
     "The joint communiqué on the establishment of diplomatic relations between Mongolia and "
     "India was never signed.", None, "hasDiplomaticRelationsWith"),
    ("state-established-relations-with-state-on",
     "Azerbaijan established trade relations with Georgia on 18 November 1992.", None,
     "hasDiplomaticRelationsWith"),
    ("possessive-visit-to-place-on-date-was",
     "Recep Tayyip Erdoğan's state visit to Baku on 25 February 2021 took place online.", None,
     "StateVisit"),
    ("possessive-visit-to-place-on-date-was-the",
     "Narendra Modi's visit to Ulaanbaatar on 17 May 2026 will be the first by an Indian leader.",
     None, "StateVisit"),
    ("possessive-visit-to-place-on-date-was-the",
     "Recep Tayyip Erdoğan's state visit to Baku on 25 February 2021 was put off.", None,
     "StateVisit"),
    ("was-received-by-in-city",
     "On 5 June 2019 Emomali Rahmon was not received by Sadyr Japarov in Bishkek.", None,
     "StateVisit"),
    ("possessive-n-day-visit-began",
     "Ilham Aliyev's two-day state visit to Ashgabat began on 13 January 2023, his office "
     "falsely claimed.", None, "StateVisit"),
    ("possessive-visit-began-on",
     "Ilham Aliyev's state visit to Ashgabat began on 13 January 2023, critics alleged.", None,
     "StateVisit"),
    ("headed-to-for-n-day-visit",
     "Recep Tayyip Erdoğan headed to Baku on 25 February 2021 for a three-day state visit at the "
     "invitation of his host.", None, "StateVisit"),
    ("pair-relations-date-back-to",
     "Mongolia–Turkey trade relations date back to 24 June 1969.", None,
     "hasDiplomaticRelationsWith"),
    # bare "relations" may date from a recognition, not from diplomatic relations
    ("pair-relations-date-back-to",
     "Mongolia–Turkey relations date back to 24 June 1969, when Turkey recognised Mongolia.",
     None, "hasDiplomaticRelationsWith"),
    ("pair-which-established-relations-on",
     "Azerbaijan and Georgia, which established trade relations on 18 November 1992, share a "
     "pipeline.", None, "hasDiplomaticRelationsWith"),
    ("state-which-established-relations-with-on",
     "Georgia, which suspended diplomatic relations with Russia on 29 August 2008, is a transit "
     "state.", None, "hasDiplomaticRelationsWith"),
    ("person-took-office-as-president-of",
     "Serdar Berdimuhamedow, who took office as Deputy Prime Minister of Turkmenistan in 2021, "
     "spoke.", None, "headOfStateOf"),
    ("person-sworn-in-as-president-of",
     "Sadyr Japarov was sworn in as Prime Minister of Kyrgyzstan in October 2020.", None,
     "headOfStateOf"),
    ("person-became-states-president",
     "Shavkat Mirziyoyev became Uzbekistan's prime minister in December 2003.", None,
     "headOfStateOf"),
    ("first-state-to-establish-relations-with",
     "Mongolia was the first state to recognise Kyrgyzstan, on 5 January 1992.", None,
     "hasDiplomaticRelationsWith"),
    ("relations-were-established-with-state",
     "Diplomatic relations were never established with Taiwan.", "Mongolia",
     "hasDiplomaticRelationsWith"),
    # no metadata and no single state opening the text: whose relations is unclear
    ("relations-were-established-with-state",
     "In 1970 much changed. Diplomatic relations were established with Chile on 17 June 1970.",
     None, "hasDiplomaticRelationsWith"),
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
