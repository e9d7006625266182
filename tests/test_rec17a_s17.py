"""Memberships stated as a list set beside "the member states of O", and counted member lists with
a time adverb (session 17's brief REC17A).

"the member states of O – A, B and C – signed T", "the other member states of O (A, B and C)",
"A, B and C, the member states of O, ...", "A and B, O's other member states, ...", "O has as its
member states A, B and C", "A and the other three members of O"; "O now has N member states,
among them A, B and C", "O has N member countries, A among them since D". Look-alikes: former,
founding, future, would-be, candidate and observer members, partners, two organisations, hedges,
questions, "had" and "would have", a list whose states carry their own bracketed dates, "not
among them".
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples

EAEU, CICA, ISDB = "eaeu", "cica", "islamic-development-bank"
CCTSS = "cooperation-council-of-turkic-speaking-states"
RELATIONS = ("memberOf", "coFounderOf")
EAEU_NAMED = "The Eurasian Economic Union (EAEU) was launched on 1 January 2015."
CICA_NAMED = "The Conference on Interaction and Confidence-Building Measures in Asia (CICA)"


def facts(text: str) -> set[tuple[str, str, str]]:
    return {t for t in assertion_triples(text, stem="rec17a-s17") if t[1] in RELATIONS}


def members(organisation: str, *states: str) -> set[tuple[str, str, str]]:
    return {(state, "memberOf", organisation) for state in states}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 25 December 2023 the member states of the Eurasian Economic Union – the Republic"
            " of Armenia, the Republic of Belarus, the Republic of Kazakhstan, the Kyrgyz Republic"
            " and the Russian Federation – and Iran signed the Free Trade Agreement.",
            members(EAEU, "arm", "blr", "kaz", "kgz", "rus"),
        ),
        (
            "Arrivals from the other member states of the Eurasian Economic Union (Armenia,"
            " Belarus, Kyrgyzstan and Russia) are counted without migration cards.",
            members(EAEU, "arm", "blr", "kgz", "rus"),
        ),
        (
            "Belarus, Kazakhstan and the other three members of the Eurasian Economic Union (EAEU)"
            " – Armenia, Kyrgyzstan and Russia – form a customs union.",
            members(EAEU, "kaz", "arm", "kgz", "rus"),
        ),
        (
            f"{EAEU_NAMED} Citizens of Armenia, Belarus and Kyrgyzstan, the Union's other member"
            " states, may enter with an identity card.",
            members(EAEU, "arm", "blr", "kgz"),
        ),
        (
            "We, the Heads of State of the Republic of Azerbaijan, the Republic of Kazakhstan and"
            " the Kyrgyz Republic, the member states of the Cooperation Council of Turkic-Speaking"
            " States (Turkic Council), declare the following:",
            members(CCTSS, "aze", "kaz", "kgz"),
        ),
        (
            "The Eurasian Economic Union, the successor of the Eurasian Economic Community, has as"
            " its member states Armenia, Belarus, Kazakhstan, the Kyrgyz Republic and the Russian"
            " Federation.",
            members(EAEU, "arm", "blr", "kaz", "kgz", "rus"),
        ),
        (
            f"{CICA_NAMED} was proposed in 1992. The organisation now has 28 member states, among"
            " them Pakistan, India and Thailand, while Indonesia takes part only as an observer.",
            members(CICA, "pak", "ind", "tha"),
        ),
        (
            f"{CICA_NAMED} currently counts 28 member states, including Mongolia and Vietnam.",
            members(CICA, "mng", "vnm"),
        ),
        (
            "The Islamic Development Bank (IsDB) has 57 member countries, Kazakhstan among them"
            " since 1995.",
            members(ISDB, "kaz"),
        ),
    ],
)
def test_construction_is_read(text, expected):
    assert expected <= facts(text)


def test_member_among_them_is_dated():
    text = (
        "The Islamic Development Bank (IsDB) has 57 member countries, Kazakhstan among them"
        " since 1995."
    )
    assert ("membership-kaz-" + ISDB, "startDate", "1995") in assertion_triples(
        text, stem="rec17a-s17"
    )


LOOK_ALIKES = [
    "The former member states of the Eurasian Economic Union – Armenia and Belarus – met in Minsk.",
    "The founding members of the Eurasian Economic Union – Belarus, Kazakhstan and Russia – met"
    " in Minsk.",
    "The would-be member states of the Eurasian Economic Union (Uzbekistan and Tajikistan) met in"
    " Minsk.",
    "The observer states of the Eurasian Economic Union (Uzbekistan, Cuba and Moldova) met in"
    " Minsk.",
    "The candidate members of the Eurasian Economic Union – Uzbekistan and Tajikistan – met in"
    " Minsk.",
    "The partners of the Eurasian Economic Union – Vietnam and Serbia – signed trade agreements.",
    "The member states of the European Union and NATO (France and Germany) met in Brussels.",
    "Uzbekistan and Tajikistan, the observer states of the Eurasian Economic Union, met in Minsk.",
    "Uzbekistan and Tajikistan, the future member states of the Eurasian Economic Union, met in"
    " Minsk.",
    "Critics alleged that the member states of the Eurasian Economic Union – Uzbekistan and"
    " Tajikistan – had met in secret.",
    "If the member states of the Eurasian Economic Union (Uzbekistan and Tajikistan) agree, the"
    " union will grow.",
    "Were the member states of the Eurasian Economic Union – Uzbekistan and Tajikistan – in Minsk?",
    "The Eurasian Economic Union had as its member states Belarus, Kazakhstan and Russia until"
    " 2015.",
    "The Eurasian Economic Union would have as its member states Uzbekistan and Tajikistan.",
    "Uzbekistan and the other observers of the Eurasian Economic Union met in Minsk.",
    "Uzbekistan and the other candidates for the Eurasian Economic Union met in Minsk.",
    "Moldova and Uzbekistan, the Eurasian Economic Union's observer states, met in Minsk.",
    "Moldova and Uzbekistan, the Eurasian Economic Union's former member states, met in Minsk.",
    f"{CICA_NAMED} now has 28 observer states, among them Japan and the United States.",
    f"{CICA_NAMED} now has 8 partners, among them Japan and the United States.",
    f"{CICA_NAMED} now has 9 observer states, including Japan and the United States.",
    f"{CICA_NAMED} now has 28 member states, including Mongolia (since 1999) and Korea (2006).",
    f"{CICA_NAMED} will soon have 30 member states, including Japan and Qatar.",
    f"{CICA_NAMED} now has 28 member states, among them Mongolia (since 1999) and South Korea"
    " (since 2006).",
    f"{CICA_NAMED} had 16 member states in 2002, among them Japan and the United States.",
    f"{CICA_NAMED} now has 28 member states; its observers, among them Japan and the United"
    " States, attend summits.",
    f"Critics alleged that {CICA_NAMED} now has 28 member states, among them Japan and Qatar.",
    "The Islamic Development Bank (IsDB) has 57 member countries, Russia not among them.",
    "The Islamic Development Bank (IsDB) has 57 member countries and 4 observers, Russia among"
    " them.",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_give_nothing(text):
    assert not facts(text)


UNSC = "united-nations-security-council"
SCO = "shanghai-cooperation-organisation"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "When Kazakhstan took its seat on the United Nations Security Council on 1 January"
            " 2017, it became the first Central Asian state to sit on the Council.",
            ("membership-kaz-" + UNSC, "startDate", "2017-01-01"),
        ),
        (
            "On 2 March 1992 Kazakhstan took its seat at the United Nations.",
            ("membership-kaz-united-nations", "startDate", "1992-03-02"),
        ),
        (
            "Kazakhstan began its two-year term as a non-permanent member of the United Nations"
            " Security Council on 1 January 2017.",
            ("membership-kaz-" + UNSC, "startDate", "2017-01-01"),
        ),
    ],
)
def test_seat_starts_membership(text, expected):
    assert expected in assertion_triples(text, stem="rec17a-s17")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "No, China is not a member of IFAS, although, like Kazakhstan, it is a member of the"
            " Shanghai Cooperation Organisation.",
            members(SCO, "kaz"),
        ),
        (
            "Like Kazakhstan, China is a member of the Shanghai Cooperation Organisation.",
            members(SCO, "kaz", "chn"),
        ),
    ],
)
def test_compared_state_is_member(text, expected):
    assert expected <= facts(text)


SEAT_AND_LIKE_LOOK_ALIKES = [
    "Kazakhstan will take its seat on the United Nations Security Council on 1 January 2017.",
    "Kazakhstan is to take its seat on the United Nations Security Council on 1 January 2017.",
    "Kazakhstan refused to take its seat on the United Nations Security Council in 2017.",
    "Kazakhstan took its seat at the Shanghai Cooperation Organisation summit on 4 July 2024.",
    "Kazakhstan took its seat at the Shanghai Cooperation Organisation as an observer in 2005.",
    "Kazakhstan never took its seat on the United Nations Security Council.",
    "Kazakhstan did not take its seat on the United Nations Security Council in 2017.",
    "Critics alleged that Kazakhstan took its seat on the United Nations Security Council in 2017.",
    "Did Kazakhstan take its seat on the United Nations Security Council in 2017?",
    "If Kazakhstan took its seat on the United Nations Security Council in 2017, it would speak"
    " for Central Asia.",
    "President Tokayev took his seat at the United Nations General Assembly on 20 September 2022.",
    "Kazakhstan hopes to take its seat on the United Nations Security Council in 2017.",
    "Kazakhstan will begin its two-year term as a non-permanent member of the United Nations"
    " Security Council on 1 January 2017.",
    "Kazakhstan began its two-year term as an observer of the United Nations Security Council on"
    " 1 January 2017.",
    "Kazakhstan began its two-year term as chair of the Shanghai Cooperation Organisation on"
    " 1 January 2017.",
    "Kazakhstan is expected to begin its term as a non-permanent member of the United Nations"
    " Security Council in 2017.",
    "Kazakhstan began its bid for a term as a non-permanent member of the United Nations Security"
    " Council in 2013.",
    "Unlike Kazakhstan, China is a dialogue partner of the Shanghai Cooperation Organisation.",
    "Like Kazakhstan, China is not a member of the Shanghai Cooperation Organisation.",
    "Like Kazakhstan, China is an observer of the Shanghai Cooperation Organisation.",
    "Like Kazakhstan, China was once a member of the Shanghai Cooperation Organisation.",
    "Like Kazakhstan, China wants to become a member of the Shanghai Cooperation Organisation.",
    "Like Kazakhstan, China is expected to become a member of the Shanghai Cooperation"
    " Organisation.",
    "Just like in Kazakhstan, it is a member of staff of the Shanghai Cooperation Organisation"
    " who decides.",
]


@pytest.mark.parametrize("text", SEAT_AND_LIKE_LOOK_ALIKES)
def test_seat_and_like_look_alikes_give_nothing(text):
    assert not facts(text)


def test_relative_after_launch_aside():
    text = (
        "It was replaced by the Eurasian Economic Union (EAEU), launched by Russia, Belarus and"
        " Kazakhstan on 1 January 2015, which Armenia joined on 2 January 2015."
    )
    found = assertion_triples(text, stem="rec17a-s17")
    assert ("arm", "memberOf", EAEU) in found
    assert ("membership-arm-" + EAEU, "startDate", "2015-01-02") in found


LAUNCH_ASIDE_LOOK_ALIKES = [
    "The EAEU, launched by Russia and Belarus on 1 January 2015, which Armenia did not join, grew.",
    "The EAEU, launched by Russia and Belarus on 1 January 2015, which Uzbekistan joined as an"
    " observer in 2020, grew.",
    "The EAEU, launched by Russia after the CIS summit, which Armenia attended in 2014, grew.",
    "The EAEU, founded in 2015, which Uzbekistan wants to join, grew.",
    "The EAEU, founded in 2015, which Uzbekistan applied to join in 2020, grew.",
    "The EAEU, founded in 2015, which Uzbekistan left in 2020, grew.",
    "Is the EAEU, founded in 2015, which Uzbekistan joined in 2020, growing?",
    "The EAEU, founded in 2015, which Uzbekistan would have joined in 2020, grew.",
    "The EAEU, set up in 2015, which Uzbekistan joined the talks on in 2020, grew.",
    "Critics alleged that the EAEU, founded in 2015, which Uzbekistan joined in 2020, grew.",
]


@pytest.mark.parametrize("text", LAUNCH_ASIDE_LOOK_ALIKES)
def test_launch_aside_look_alikes_give_no_member(text):
    assert not {t for t in facts(text) if t[0] in ("uzb", "arm")}
