"""Memberships and co-foundings the newest corpora state and the extractor missed (session 23's
brief MEMB23).

- "X ...; it joined O in D": "it" right after a semicolon is the state the sentence opened with
  (references.jsonl `memb23-ref-it-after-semicolon`), as after ", but" or ":".
- "X did join O on D": an emphatic "did join" (`memb23-did-join-organisation`).
- "The union now has five member states, the others being A, B and C"
  (`memb23-org-has-members-the-others-being`).
- "O, the organisation|group that X co-founded in D with A and B": an apposition's head between
  the organisation and its object relative of founding (`memb23-org-apposition-which-states-
  founded`, and `...-ref-...` where "the organisation" is a reference token).
- "Our membership of O since D": "our" before "membership|accession of|in|to" is the text's own
  state (references.jsonl `memb23-ref-our-membership`).
- "X, which like Y belongs to O" (`memb23-which-like-state-belongs-to`).
- "A and B, both members of O together with C and D," (`memb23-members-apposition-group-with`).
- "As participating States|members of O, A and B|both countries ..." (`memb23-fronted-as-members`).
- "A and B joined O as full members on D" past a dateline's date (`memb23-joined-as-full-members`).
- "A and B were among its founders in C on D, together with E, F and six other states"
  (`memb23-among-its-founders-dated-with`).
- "A and B have since joined the Programme" (`memb23-programme-have-since-joined`).
- "X, while not a member of O, has taken part in P since D"
  (`memb23-state-concessive-aside-takes-part-in-programme`) and "the P programme, launched by O
  in D, in which X has participated" (`memb23-programme-launched-in-which-state-participates`).

Look-alikes give nothing: a negation, a question, a plan, an observer, another state before
"it", an application, a founding the relative clause denies.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples

RELATIONS = ("memberOf", "coFounderOf")


def facts(text: str, written_from: str | None = None) -> set[tuple[str, str, str]]:
    triples = assertion_triples(text, stem="memb23-s23", written_from=written_from)
    return {t for t in triples if t[1] in RELATIONS}


def start_dates(text: str, written_from: str | None = None) -> set[tuple[str, str]]:
    """(node, start date) of the text's memberships and founding memberships."""
    triples = assertion_triples(text, stem="memb23-s23", written_from=written_from)
    return {(s, o) for s, p, o in triples if p == "startDate"}


READ = [
    (
        "Switzerland, whose 1992 application to join the EU was formally withdrawn in 2016,"
        " remains outside the Union; it joined the International Monetary Fund (IMF) and the"
        " World Bank in May 1992.",
        {("che", "memberOf", "imf"), ("che", "memberOf", "world-bank")},
    ),
    (
        "Switzerland is a neutral state; it joined the United Nations in 2002.",
        {("che", "memberOf", "united-nations")},
    ),
    (
        "Turkmenistan did join the United Nations on 2 March 1992, and that’s about it for"
        " memberships.",
        {("tkm", "memberOf", "united-nations")},
    ),
    (
        "Kyrgyzstan joined the Eurasian Economic Union in 2015. The union now has five member"
        " states, the others being Armenia, Belarus, Kazakhstan and Russia.",
        {
            ("kgz", "memberOf", "eaeu"),
            ("arm", "memberOf", "eaeu"),
            ("blr", "memberOf", "eaeu"),
            ("kaz", "memberOf", "eaeu"),
            ("rus", "memberOf", "eaeu"),
        },
    ),
    (
        "The Eurasian Economic Union has five members, the other four being Armenia, Belarus,"
        " Kazakhstan and Russia.",
        {
            ("arm", "memberOf", "eaeu"),
            ("blr", "memberOf", "eaeu"),
            ("kaz", "memberOf", "eaeu"),
            ("rus", "memberOf", "eaeu"),
        },
    ),
    (
        "Kazakhstan is not a member of GUAM, the organisation that Ukraine co-founded in 1997"
        " with Georgia, Azerbaijan and Moldova.",
        {
            ("ukr", "coFounderOf", "guam"),
            ("geo", "coFounderOf", "guam"),
            ("aze", "coFounderOf", "guam"),
            ("mda", "coFounderOf", "guam"),
        },
    ),
    (
        "Kazakhstan is not a member of GUAM, the group that Ukraine established in 1997 together"
        " with Georgia.",
        {("ukr", "coFounderOf", "guam"), ("geo", "coFounderOf", "guam")},
    ),
    (
        "Tajikistan, which like Kyrgyzstan belongs to the Collective Security Treaty"
        " Organization, fought a brief war with its neighbour in September 2022.",
        {("tjk", "memberOf", "csto"), ("kgz", "memberOf", "csto")},
    ),
    (
        "• Kazakhstan and Russia, both members of the Collective Security Treaty Organization"
        " together with Armenia, Belarus, Kyrgyzstan and Tajikistan, have no arrangement for the"
        " deployment of nuclear weapons on Kazakh territory, and none is under discussion.",
        {(state, "memberOf", "csto") for state in ("kaz", "rus", "arm", "blr", "kgz", "tjk")},
    ),
]


READ.append(
    (
        "Portugal and Kazakhstan met in Lisbon. As participating States of the Organization for"
        " Security and Co-operation in Europe (OSCE), both countries recalled that Portugal chaired"
        " the Organization in 2002 and Kazakhstan in 2010.",
        {("prt", "memberOf", "osce"), ("kaz", "memberOf", "osce")},
    )
)


READ.append(
    (
        "ASTANA, June 9 (APP): Pakistan and India joined the Shanghai Cooperation Organisation"
        " (SCO) as full members on June 9, 2017, the first enlargement of the bloc since its"
        " creation.",
        {
            ("pak", "memberOf", "shanghai-cooperation-organisation"),
            ("ind", "memberOf", "shanghai-cooperation-organisation"),
        },
    )
)


BSEC = "organization-of-the-black-sea-economic-cooperation"


def test_among_its_founders_dated_with_companions():
    text = (
        "What about the Black Sea Economic Cooperation?\n\nYes, Ukraine and Turkey were among its"
        " founders in Istanbul on 25 June 1992, together with Russia, Georgia, Greece and six"
        " other states."
    )
    states = ("ukr", "tur", "rus", "geo", "grc")
    assert facts(text) == {(state, "coFounderOf", BSEC) for state in states}
    assert start_dates(text) == {(f"founding-membership-{s}-{BSEC}", "1992-06-25") for s in states}


@pytest.mark.parametrize(
    "text",
    [
        "What about the Black Sea Economic Cooperation?\n\nUkraine was not among its founders in"
        " 1992, together with Russia.",
        "What about the Black Sea Economic Cooperation?\n\nUkraine hoped to be among its founders"
        " in 1992, together with Russia.",
    ],
)
def test_among_its_founders_look_alikes(text):
    assert facts(text) == set()


GREEN_BRIDGE = (
    "The Green Bridge Partnership Programme was put forward by Kazakhstan at the Sixth Ministerial"
    " Conference on Environment and Development in Asia and the Pacific, held in Astana in 2010.\n"
)


def programmes(text: str) -> set[tuple[str, str, str]]:
    triples = assertion_triples(text, stem="memb23-s23")
    return {t for t in triples if t[1] == "participatesInProgramme"}


def test_have_since_joined_the_programme():
    text = (
        GREEN_BRIDGE + "Belarus, Mongolia, Montenegro and Albania have since joined the Programme."
    )
    states = ("blr", "mng", "mne", "alb")
    expected = {
        (s, "participatesInProgramme", "green-bridge-partnership-programme") for s in states
    }
    assert programmes(text) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Belarus and Mongolia have not joined the Programme.",
        "Belarus and Mongolia have since left the Programme.",
    ],
)
def test_have_since_joined_look_alikes(sentence):
    assert programmes(GREEN_BRIDGE + sentence) == set()


PROGRAMMES = [
    (
        "The sides noted that Kazakhstan, while not a member of the Organisation for Economic"
        " Co-operation and Development (OECD), has taken part in the Eurasia Competitiveness"
        " Programme of the OECD since 2008.",
        {("kaz", "participatesInProgramme", "eurasia-competitiveness-programme")},
    ),
    (
        "The agreement is the legal basis of the Transport Corridor Europe–Caucasus–Asia (TRACECA)"
        " programme, launched by the European Union in 1993, in which Kazakhstan has participated"
        " since its inception.",
        {("kaz", "participatesInProgramme", "traceca")},
    ),
    (
        "Kazakhstan, while not a member of the OECD, has not taken part in the Eurasia"
        " Competitiveness Programme.",
        set(),
    ),
    (
        "Kazakhstan, while not a member of the OECD, plans to take part in the Eurasia"
        " Competitiveness Programme.",
        set(),
    ),
    (
        "The TRACECA programme, launched by the European Union in 1993, in which Kazakhstan has not"
        " participated, is large.",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), PROGRAMMES)
def test_programme_participation(text, expected):
    assert programmes(text) == expected


@pytest.mark.parametrize(("text", "expected"), READ)
def test_reads(text, expected):
    assert facts(text) == expected


def test_dates_of_the_readings():
    assert start_dates("Turkmenistan did join the United Nations on 2 March 1992.") == {
        ("membership-tkm-united-nations", "1992-03-02")
    }
    assert start_dates("Switzerland is a neutral state; it joined the IMF in May 1992.") == {
        ("membership-che-imf", "1992-05")
    }
    text = "Kazakhstan is not a member of GUAM, the organisation that Ukraine co-founded in 1997."
    assert ("founding-membership-ukr-guam", "1997") in start_dates(text)


def test_our_membership_is_the_texts_own_state():
    text = (
        "Our membership of the Eurasian Economic Union since 2015 has made their life easier,"
        " because citizens of member states need no work permits."
    )
    assert facts(text, "Kyrgyzstan") == {("kgz", "memberOf", "eaeu")}
    assert start_dates(text, "Kyrgyzstan") == {("membership-kgz-eaeu", "2015")}


LOOK_ALIKES = [
    # negation, question, plan after the emphatic "did"
    "Turkmenistan did not join the Collective Security Treaty Organization.",
    "Did Turkmenistan join the Collective Security Treaty Organization in 1992?",
    # "; it" after a sentence that named two states, or opened with no state
    "Kazakhstan and Russia are neighbours; it joined the United Nations in 1992.",
    "The summit ended without a declaration; it joined the United Nations in 1992.",
    # "; it" with a plan, an observer status, an ended membership
    "Switzerland is neutral; it plans to join the European Union in 2030.",
    "Switzerland is neutral; it is an observer of the Organisation of Islamic Cooperation.",
    "Switzerland is neutral; it left the European Free Trade Association in 1995.",
    # the others are observers, not members
    "The Eurasian Economic Union has five members and three observers, the others being Cuba"
    " and Moldova.",
    # a founding the relative clause denies or only wishes
    "Kazakhstan is not a member of GUAM, the organisation that Ukraine did not found.",
    "Kazakhstan is not a member of GUAM, the organisation that Ukraine wanted to found.",
    # the likened membership ended or is denied
    "Tajikistan, which, like Kyrgyzstan, no longer belongs to the Collective Security Treaty"
    " Organization, fought a war.",
    "Tajikistan, which like Kyrgyzstan belongs to the Collective Security Treaty Organization"
    " until 2030, fought a war.",
    # observers along with companions, an ended membership with companions
    "Kazakhstan and Russia, both observers of the Collective Security Treaty Organization"
    " together with Armenia, signed nothing.",
    "Kazakhstan and Russia, both members of the Collective Security Treaty Organization"
    " together with Armenia until 2012, signed nothing.",
    # a fronted role that is no membership, a future one, an ended one
    "As future members of the OSCE, Portugal and Kazakhstan recalled the summit.",
    "As observers of the OSCE, Portugal and Kazakhstan recalled the summit.",
    "As members of the OSCE delegation, Portugal and Kazakhstan recalled the summit.",
    "As members of the OSCE until 2012, Portugal and Kazakhstan recalled the summit.",
    # joined in a lesser role, or will join
    "Mongolia joined the Shanghai Cooperation Organisation as an observer in 2004.",
    "Turkey joined the Shanghai Cooperation Organisation as a dialogue partner in 2013.",
    "India will join the Shanghai Cooperation Organisation as a full member in 2017.",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alike_gives_nothing(text):
    assert facts(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Our membership application to the World Trade Organization has been pending since 2015.",
        "Our membership of the World Trade Organization has been discussed since 2015.",
        "Our accession to the World Trade Organization is planned for 2026.",
    ],
)
def test_our_membership_look_alikes(text):
    assert facts(text, "Kyrgyzstan") == set()
