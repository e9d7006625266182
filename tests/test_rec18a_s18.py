"""Memberships and co-foundings the development sets state in plain English and the extractor
missed (session 18's brief REC18A).

Czechoslovakia, a former state texts name as a co-founder ("Poland co-founded the Visegrád
Group with Hungary and Czechoslovakia on 15 February 1991"), is a State of the gazetteer. Look-
alikes: a past membership, a split, a negation, a plan, an observer, a state named as the one
replaced.

A state's profile lists its memberships on bullets whose key runs into its value ("• Member of
the CSTO;", "• Founding member of the SCO (2001);", "• Member of A, B and C (since D)"), or
ends with its date and a list's ";" ("• Joined the EAEU on 12 August 2015;", "• Participating
State of the OSCE since 21 November 2012;"). Look-alikes: observers, partners, candidates,
former, would-be and non-members, a span that ended, a doubting bracket, a body's organ, a
company, a question, a wish.

An object continuation passes over a participle aside with its own date after a match without
one ("Egypt is a founding member of the Organisation of African Unity, established in Addis
Ababa on 25 May 1963, and of the African Union"). Look-alikes: another noun ("and an observer
of O2"), another subject ("and Ethiopia of O2"), another verb, a possessive, a negation, a
wish, a hedge, a question.

Co-founders named inside a counted group: "[In P,] eleven states, among them A, B and C,
founded O", "A and five other states founded O", also as a chronology line's historic present
("25 May 1963 – Thirty-two independent African states, among them A and B, found O": a plural
noun of lexicon plural-subject-words is no verb, and a verb after an aside closing in a name is
a plural's). Look-alikes: "not among them", "but not", observers, another verb, an adverb, a
plan, O's organ, "as observers", hedges, a question, companies, "found O too slow", "never",
delegates or experts of the states.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples

V4 = "visegrad-group"
RELATIONS = ("memberOf", "coFounderOf")


def facts(text: str) -> set[tuple[str, str, str]]:
    return {t for t in assertion_triples(text, stem="rec18a-s18") if t[1] in RELATIONS}


def founders(organisation: str, *states: str) -> set[tuple[str, str, str]]:
    return {(state, "coFounderOf", organisation) for state in states}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Poland co-founded the Visegrád Group (V4) with Hungary and Czechoslovakia on 15"
            " February 1991.",
            founders(V4, "pol", "hun", "czechoslovakia"),
        ),
        (
            "Hungary, which co-founded the Visegrád Group with Czechoslovakia and Poland in 1991,"
            " joined NATO on 12 March 1999.",
            founders(V4, "hun", "czechoslovakia", "pol"),
        ),
    ],
)
def test_construction_is_read(text, expected):
    assert expected <= facts(text)


LOOK_ALIKES = [
    "Czechoslovakia was a member of the Warsaw Pact until 1991.",
    "Czechoslovakia split into the Czech Republic and Slovakia on 1 January 1993.",
    "Czechoslovakia never joined the European Union.",
    "Czechoslovakia would have joined NATO, historians say.",
    "Czechoslovakia applied to join the Council of Europe in 1990.",
    "Czechoslovakia is not a member of the Visegrád Group today.",
    "Czechoslovakia had been an observer of the Visegrád Group.",
    "Czechoslovakia left the Council for Mutual Economic Assistance in 1991.",
    "Czechoslovakia was expected to join the European Union.",
    "Did Czechoslovakia ever join NATO?",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alike_gives_nothing(text):
    assert not facts(text)


def test_successors_are_not_the_former_state():
    text = (
        "The Czech Republic and Slovakia have been members of the Visegrád Group since 1993 in"
        " place of Czechoslovakia."
    )
    assert not {t for t in facts(text) if t[0] == "czechoslovakia"}


PROFILE = "Kyrgyzstan\n"


@pytest.mark.parametrize(
    ("bullet", "expected"),
    [
        ("• Member of the Collective Security Treaty Organization;", {("kgz", "memberOf", "csto")}),
        (
            "• Member of the Eurasian Economic Union and the World Trade Organization (since 20"
            " December 1998)",
            {("kgz", "memberOf", "eaeu"), ("kgz", "memberOf", "wto")},
        ),
        (
            "• Founding member of the Shanghai Cooperation Organisation (2001);",
            {("kgz", "coFounderOf", "shanghai-cooperation-organisation")},
        ),
        ("• Joined the Eurasian Economic Union on 12 August 2015;", {("kgz", "memberOf", "eaeu")}),
        (
            "• Participating State of the Organization for Security and Co-operation in Europe"
            " since 21 November 2012;",
            {("kgz", "memberOf", "osce")},
        ),
    ],
)
def test_profile_bullet_is_read(bullet, expected):
    assert facts(PROFILE + bullet) == expected


@pytest.mark.parametrize(
    ("bullet", "node", "date"),
    [
        (
            "• Founding member of the Shanghai Cooperation Organisation (2001);",
            "founding-membership-kgz-shanghai-cooperation-organisation",
            "2001",
        ),
        ("• Joined the Eurasian Economic Union on 12 August 2015;", "membership-kgz-eaeu",
         "2015-08-12"),
    ],
)  # fmt: skip
def test_profile_bullet_is_dated(bullet, node, date):
    assert (node, "startDate", date) in assertion_triples(PROFILE + bullet, stem="rec18a-s18")


BULLET_LOOK_ALIKES = [
    "• Observer in the Shanghai Cooperation Organisation since 2004.",
    "• Not a member of the Organisation for Economic Co-operation and Development;",
    "• Former member of the Commonwealth of Independent States;",
    "• Candidate member of the European Union;",
    "• Member of the Commonwealth of Independent States until 2009;",
    "• Member of the Eurasian Economic Union from 2015 to 2019;",
    "• Member of the Shanghai Cooperation Organisation (observer);",
    "• Member of the European Union (applicant)",
    "• Member of the board of the World Bank;",
    "• Founding member of the Shanghai Cooperation Organisation's Business Council;",
    "• Founding member of the Shanghai Cooperation Organisation (planned);",
    "• Applied to join the World Trade Organization on 29 January 1996;",
    "• Left the Commonwealth of Independent States on 18 August 2009;",
    "• Co-founder of Air Astana;",
    "• Would-be member of the Eurasian Economic Union;",
    "• Partner of the European Union since 2015;",
    "• Dialogue partner of the Shanghai Cooperation Organisation since 2015;",
    "• Member of the Eurasian Economic Union? Not yet.",
    "• Wants to be a member of the Eurasian Economic Union;",
]


@pytest.mark.parametrize("bullet", BULLET_LOOK_ALIKES)
def test_profile_bullet_look_alike_gives_nothing(bullet):
    assert not facts(PROFILE + bullet)


def test_bullet_under_an_organisation_names_no_member():
    text = "Shanghai Cooperation Organisation\n• Member of the United Nations;"
    assert not facts(text)


OAU, AU = "organisation-of-african-unity", "african-union"
OAU_ASIDE = "the Organisation of African Unity, established in 1963,"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Egypt is a founding member of the Organisation of African Unity, established in Addis"
            " Ababa on 25 May 1963, and of the African Union, which succeeded it in 2002.",
            founders(OAU, "egy") | founders(AU, "egy"),
        ),
        (
            "Azerbaijan is a founding member of the Organization of the Black Sea Economic"
            " Cooperation (BSEC), established in Istanbul on 25 June 1992, and of GUAM.",
            founders("organization-of-the-black-sea-economic-cooperation", "aze")
            | founders("guam", "aze"),
        ),
        (
            "Egypt is a member of the Organisation of African Unity, founded in 1963, and of the"
            " Arab League.",
            {("egy", "memberOf", OAU), ("egy", "memberOf", "arab-league")},
        ),
    ],
)
def test_continuation_past_a_participle_aside(text, expected):
    assert facts(text) == expected


def test_continuation_past_an_aside_takes_no_date():
    text = (
        "Egypt is a founding member of the Organisation of African Unity, established in Addis"
        " Ababa on 25 May 1963, and of the African Union."
    )
    found = assertion_triples(text, stem="rec18a-s18")
    assert not {t for t in found if t[0] == f"founding-membership-egy-{AU}" and t[1] == "startDate"}


@pytest.mark.parametrize(
    "text",
    [
        f"Egypt is a founding member of {OAU_ASIDE} and an observer of the African Union.",
        f"Egypt is a founding member of {OAU_ASIDE} and Ethiopia of the African Union.",
        f"Egypt is a founding member of {OAU_ASIDE} and hosts the Arab League.",
        f"Egypt is a founding member of {OAU_ASIDE} and of the African Union's Peace and Security"
        " Council.",
        "Egypt is a founding member of the Organisation of African Unity, dissolved in 2002, and of"
        " the Arab League.",
        f"Egypt, a founding member of {OAU_ASIDE} and Ethiopia signed the treaty.",
    ],
)
def test_aside_continuation_look_alike_adds_nothing(text):
    assert {t[2] for t in facts(text)} <= {OAU}


@pytest.mark.parametrize(
    "text",
    [
        f"Egypt is not a founding member of {OAU_ASIDE} and of the African Union.",
        f"Egypt wants to be a member of {OAU_ASIDE} and of the Arab League.",
        f"Egypt is a founding member of {OAU_ASIDE} and of the African Union, critics claim.",
        f"Is Egypt a founding member of {OAU_ASIDE} and of the Arab League?",
    ],
)
def test_aside_continuation_look_alike_gives_nothing(text):
    assert not facts(text)


BSEC = "organization-of-the-black-sea-economic-cooperation"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "• 25 May 1963 – Thirty-two independent African states, among them Egypt, Ethiopia,"
            " Ghana, Morocco and Nigeria, found the Organisation of African Unity (OAU) in Addis"
            " Ababa.",
            founders(OAU, "egy", "eth", "gha", "mar", "nga"),
        ),
        (
            "25 June 1992 – In Istanbul, eleven states, among them Turkey, Georgia, Armenia and"
            " Azerbaijan, found the Black Sea Economic Cooperation.",
            founders(BSEC, "tur", "geo", "arm", "aze"),
        ),
        (
            "In 1992 eleven states, including Turkey and Georgia, founded the Black Sea Economic"
            " Cooperation.",
            founders(BSEC, "tur", "geo"),
        ),
        (
            "12 July 1993 – Kazakhstan and five other Turkic-speaking states found TURKSOY in"
            " Almaty.",
            founders("turksoy", "kaz"),
        ),
        (
            "Kazakhstan and five other states founded TURKSOY in Almaty in 1993.",
            founders("turksoy", "kaz"),
        ),
    ],
)
def test_founders_inside_a_counted_group(text, expected):
    assert facts(text) == expected


def test_chronology_group_founding_is_dated():
    text = (
        "25 June 1992 – Eleven states, among them Turkey and Georgia, found the Black Sea Economic"
        " Cooperation."
    )
    found = assertion_triples(text, stem="rec18a-s18")
    assert (f"founding-membership-tur-{BSEC}", "startDate", "1992-06-25") in found


GROUP = "eleven states, among them Turkey and Georgia,"


@pytest.mark.parametrize(
    "text",
    [
        "In 1992 eleven states, not among them Russia and Iran, founded the Black Sea Economic"
        " Cooperation.",
        "In 1992 eleven states, but not Russia and Iran, founded the Black Sea Economic"
        " Cooperation.",
        "In 1992 eleven states, among them observers Russia and Iran, founded the Black Sea"
        " Economic Cooperation.",
        f"In 1992 {GROUP} later joined the Black Sea Economic Cooperation.",
        f"In 1992 {GROUP} agreed to found the Black Sea Economic Cooperation.",
        f"In 1992 {GROUP} founded the Black Sea Economic Cooperation's secretariat.",
        f"In 1992 {GROUP} founded the Black Sea Economic Cooperation as observers.",
        f"Critics say that {GROUP} founded the Black Sea Economic Cooperation.",
        f"If {GROUP} founded the Black Sea Economic Cooperation, trade would grow.",
        f"Did {GROUP} found the Black Sea Economic Cooperation?",
        "Eleven companies, among them Turkey and Georgia, founded the Black Sea Economic"
        " Cooperation.",
        f"{GROUP.capitalize()} found the Black Sea Economic Cooperation too slow.",
        f"{GROUP.capitalize()} would have founded the Black Sea Economic Cooperation.",
        "Kazakhstan and five other states never founded TURKSOY.",
        "Kazakhstan and five other states wanted to found TURKSOY.",
        "Kazakhstan and five other states found TURKSOY useful.",
        "Delegates from Kazakhstan and five other states founded TURKSOY.",
        "Kazakhstan and five other observer states founded TURKSOY's council.",
        "Kazakhstan and five other states founded TURKSOY as observers.",
        "Experts of Kazakhstan and five other states founded TURKSOY.",
    ],
)
def test_counted_group_look_alike_gives_nothing(text):
    assert not facts(text)
