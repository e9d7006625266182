"""Memberships the development sets state in plain English and the extractor missed (session
21's brief REC21M).

A member list set off by dashes or brackets after an organisation's member states, as the comma
and colon forms are read: "Its five member states – A, B and C – remain divided", "O has five
member states – A, B and C – and three observers", "O has five member states (A, B and C)".
Look-alikes: observers, founding or former member states, a negation, a question.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples

RELATIONS = ("memberOf", "coFounderOf")
OTS = "organization-of-turkic-states"
SCO = "shanghai-cooperation-organisation"
OTS_MEMBERS = ("aze", "kaz", "kgz", "tur", "uzb")
OTS_INTRO = "The Organization of Turkic States met in Astana. "


def triples(text: str) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="rec21m-s21")


def facts(text: str) -> set[tuple[str, str, str]]:
    return {t for t in triples(text) if t[1] in RELATIONS}


def start_dates(text: str) -> set[tuple[str, str]]:
    """(membership node, start date) of the text's memberships and founding memberships."""
    return {
        (s.split("membership-", 1)[1], o)
        for s, p, o in triples(text)
        if "membership-" in s and p == "startDate"
    }


def members_of(org: str, states: tuple[str, ...]) -> set[tuple[str, str, str]]:
    return {(state, "memberOf", org) for state in states}


SET_OFF_LISTS = [
    OTS_INTRO + "Its five member states – Azerbaijan, Kazakhstan, Kyrgyzstan, Türkiye and"
    " Uzbekistan – nonetheless remain divided over how far Ankara should lead.",
    "The Organization of Turkic States has five member states – Azerbaijan, Kazakhstan,"
    " Kyrgyzstan, Turkey and Uzbekistan – and three observers.",
    "The Organization of Turkic States has five member states (Azerbaijan, Kazakhstan,"
    " Kyrgyzstan, Turkey and Uzbekistan) and three observers.",
    OTS_INTRO + "Its member states — Azerbaijan, Kazakhstan, Kyrgyzstan, Turkey and Uzbekistan"
    " — signed the declaration.",
]


@pytest.mark.parametrize("text", SET_OFF_LISTS)
def test_member_list_set_off_by_dashes_or_brackets(text):
    assert facts(text) == members_of(OTS, OTS_MEMBERS)


SET_OFF_LOOK_ALIKES = [
    OTS_INTRO + "Its three observers – Hungary, Turkmenistan and Cyprus – attended.",
    OTS_INTRO + "Its five founding member states – Azerbaijan, Kazakhstan, Kyrgyzstan and"
    " Turkey – attended.",
    OTS_INTRO + "Its former member states – Azerbaijan and Turkey – attended.",
    OTS_INTRO + "Its prospective member states – Hungary and Turkmenistan – attended.",
    "The Organization of Turkic States does not have five member states – Azerbaijan,"
    " Kazakhstan, Kyrgyzstan, Turkey and Uzbekistan – but four.",
    "Does the Organization of Turkic States have five member states – Azerbaijan, Kazakhstan,"
    " Kyrgyzstan, Turkey and Uzbekistan?",
    "The Organization of Turkic States has three observers (Hungary, Turkmenistan and Cyprus).",
]


@pytest.mark.parametrize("text", SET_OFF_LOOK_ALIKES)
def test_set_off_look_alike_gives_nothing(text):
    assert facts(text) == set()


# A date given by reference right after the organisation ("joined O the same year", no "in"):
# the name is not a noun qualifying "year" (relations._modifies_what_follows), and the date is
# the year (month) of the date the sentence named last before the match.
SAME_YEAR = [
    (
        "Kazakhstan acceded to the NPT on 14 February 1994, and it joined the International"
        " Atomic Energy Agency the same year.",
        {("kaz-iaea", "1994")},
    ),
    (
        "Kazakhstan signed the treaty in March 1995, and it joined the Organisation of Islamic"
        " Cooperation that same month.",
        {("kaz-oic", "1995-03")},
    ),
    (
        "Kazakhstan signed the treaty in 1994, and it joined the World Trade Organization the"
        " following year.",
        {("kaz-wto", "1995")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SAME_YEAR)
def test_date_by_reference_without_preposition(text, expected):
    assert start_dates(text) == expected


SAME_YEAR_LOOK_ALIKES = [
    "Kazakhstan acceded to the NPT in 1994, but it did not join the International Atomic Energy"
    " Agency the same year.",
    "Kazakhstan acceded to the NPT in 1994, and it may join the International Atomic Energy"
    " Agency the following year.",
    "Kazakhstan acceded to the NPT in 1994, and it became an observer of the International"
    " Atomic Energy Agency the same year.",
    "Did Kazakhstan join the International Atomic Energy Agency the same year?",
]


@pytest.mark.parametrize("text", SAME_YEAR_LOOK_ALIKES)
def test_date_by_reference_look_alike_gives_nothing(text):
    assert facts(text) == set()


def test_name_qualifying_a_noun_still_names_nothing():
    """ "the IAEA safeguards" after "joined" still is no membership of the IAEA."""
    text = "Kazakhstan joined the IAEA safeguards regime the same year it ratified the NPT."
    assert ("kaz", "memberOf", "iaea") not in facts(text)


# A date fronted before the subject of "was admitted to O" and "has been a member of O":
# "On D X was admitted to O at ... in C", "Since D X has been a full member of O (AO), the ...".
FRONTED = [
    (
        "On 25 May 2011 Azerbaijan was admitted to the Non-Aligned Movement at the Movement's"
        " ministerial conference in Bali.",
        {("aze-non-aligned-movement", "2011-05-25")},
    ),
    (
        "On 2 March 1992 Kazakhstan was admitted to the United Nations along with eight other"
        " states.",
        {("kaz-united-nations", "1992-03-02")},
    ),
    (
        "In 1992, Kazakhstan was admitted as a full member of the United Nations.",
        {("kaz-united-nations", "1992")},
    ),
    (
        "Since 1998 Belarus has been a full member of the Non-Aligned Movement (NAM), the only"
        " European state to hold that status.",
        {("blr-non-aligned-movement", "1998")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), FRONTED)
def test_fronted_date_of_admission_and_membership(text, expected):
    assert start_dates(text) == expected


FRONTED_LOOK_ALIKES = [
    "On 2 March 1992 Kazakhstan was not admitted to the United Nations.",
    "In 2015 Belarus was admitted to the Shanghai Cooperation Organisation as an observer.",
    "Since 1998 Belarus has not been a member of the Non-Aligned Movement.",
    "Since 2005 Belarus has been a dialogue partner of the Shanghai Cooperation Organisation.",
    "In 2026 Belarus is to be admitted to the Shanghai Cooperation Organisation.",
    "Was Belarus admitted to the Shanghai Cooperation Organisation on 4 July 2024?",
]


@pytest.mark.parametrize("text", FRONTED_LOOK_ALIKES)
def test_fronted_date_look_alike_gives_nothing(text):
    assert facts(text) == set()


# The companions set off after the admitted state share the date after them: "O admitted A,
# together with B and C, on D" (rule org-admitted-along-with takes the trailing date).
def test_companions_of_admission_share_the_date():
    text = (
        "BRICS admitted Iran, together with Egypt, Ethiopia and the United Arab Emirates, on 1"
        " January 2024, following the invitation issued at the group's summit in August 2023."
    )
    expected = {(f"{s}-brics", "2024-01-01") for s in ("irn", "egy", "eth", "are")}
    assert start_dates(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "BRICS did not admit Iran, together with Egypt and Ethiopia, on 1 January 2024.",
        "BRICS admitted Iran, together with Egypt and Ethiopia as observers, on 1 January 2024.",
        "BRICS may admit Iran, together with Egypt and Ethiopia, on 1 January 2024.",
    ],
)
def test_companions_of_admission_look_alike_gives_nothing(text):
    assert facts(text) == set()


# Founders set off after a group or a name: "joining A and B, both founding members of O in D",
# "joining X, one of the organisation's founders".
FOUNDERS_SET_OFF = [
    (
        "Iran became a full member of the Shanghai Cooperation Organisation (SCO) on 4 July"
        " 2023, joining Russia and Kazakhstan, both founding members of the organisation in"
        " 2001.",
        {("rus", "coFounderOf", SCO), ("kaz", "coFounderOf", SCO), ("irn", "memberOf", SCO)},
    ),
    (
        "Iran became a full member of the Shanghai Cooperation Organisation in July 2023,"
        " joining Kazakhstan, one of the organisation's founders; it has only observer status in"
        " the Eurasian Economic Union.",
        {("kaz", "coFounderOf", SCO), ("irn", "memberOf", SCO)},
    ),
    (
        "Iran met Kazakhstan, one of the SCO's founding members, in Astana.",
        {("kaz", "coFounderOf", SCO)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOUNDERS_SET_OFF)
def test_founders_set_off(text, expected):
    assert facts(text) == expected


def test_founders_set_off_take_the_year_after_the_organisation():
    text = FOUNDERS_SET_OFF[0][0]
    assert {d for d in start_dates(text) if d[0].endswith(SCO)} >= {
        (f"rus-{SCO}", "2001"),
        (f"kaz-{SCO}", "2001"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Iran met Russia and Kazakhstan, both observers of the Shanghai Cooperation Organisation.",
        "Iran met Kazakhstan, one of the Shanghai Cooperation Organisation's partners.",
        "Iran met Russia and Kazakhstan, both would-be founding members of the Shanghai"
        " Cooperation Organisation.",
        "Iran met Kazakhstan, one of the Shanghai Cooperation Organisation's founding members"
        " until 2010.",
        "Iran met Kazakhstan, not one of the Shanghai Cooperation Organisation's founders.",
        "Iran met Kazakhstan, one of the Shanghai Cooperation Organisation's would-be founders.",
        # a plural possessive: the founders qualify the noun after them
        "Iran met Kazakhstan, one of the SCO's founders' neighbours, in Astana.",
        "Iran met Russia and Kazakhstan, both founding members' neighbours of the SCO.",
    ],
)
def test_founders_set_off_look_alike_gives_nothing(text):
    assert facts(text) == set()


# A clause with its organisation left out after a comma, as after ";" or "and" (gapping's
# left-out-object): "A and B were among the founders of O in D1, C joined in D2 and E in D3".
def test_left_out_object_after_a_comma():
    text = (
        "Italy and Portugal were among the twelve founders of NATO in 1949, Greece joined in 1952"
        " and Spain in 1982, while Cyprus and Malta have stayed out of the alliance."
    )
    assert start_dates(text) >= {("grc-nato", "1952"), ("esp-nato", "1982")}
    assert ("cyp", "memberOf", "nato") not in facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan co-founded the Shanghai Cooperation Organisation in 2001, India did not join"
        " in 2005.",
        "Kazakhstan co-founded the Shanghai Cooperation Organisation in 2001, Iran may join in"
        " 2030.",
        "Kazakhstan joined NATO's Partnership for Peace in 1994, Mongolia joined in 2002.",
        "Kazakhstan co-founded the Shanghai Cooperation Organisation in 2001, Iran joined as an"
        " observer in 2005.",
    ],
)
def test_left_out_object_after_a_comma_look_alike(text):
    assert {f for f in facts(text) if f[0] != "kaz"} == set()


# A name set off by a dash with its own date after a pair's membership dates that name's
# membership only, as a comma does: "Both countries are members of O – A since D – and ...".
DASHED_ONE_SINCE = [
    (
        "Kazakhstan and Egypt established relations in 1992. Both countries are members of the"
        " Organisation of Islamic Cooperation (OIC) – Kazakhstan since December 1995 – and"
        " coordinate their positions.",
        {("kaz-oic", "1995-12")},
    ),
    (
        "Kazakhstan and Egypt are members of the OIC – Egypt since 1969 – and coordinate their"
        " positions.",
        {("egy-oic", "1969")},
    ),
    ("Kazakhstan and Egypt both belong to the OIC — Kazakhstan since 1995.", {("kaz-oic", "1995")}),
]


@pytest.mark.parametrize(("text", "expected"), DASHED_ONE_SINCE)
def test_dashed_name_dates_its_own_membership_only(text, expected):
    assert start_dates(text) == expected
    assert {("kaz", "memberOf", "oic"), ("egy", "memberOf", "oic")} <= facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan and Egypt are not members of the OIC – Egypt since 1969 – and coordinate"
        " their positions.",
        "Kazakhstan and Egypt are observers of the OIC – Egypt since 1969.",
    ],
)
def test_dashed_name_look_alike_gives_nothing(text):
    assert facts(text) == set()
