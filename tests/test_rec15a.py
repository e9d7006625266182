"""Memberships and foundings named by a second relative clause, "its <ordinal> member", an
apposition counting founders, "one of the states that founded O" and an object "it" (brief
REC15A).

"O, which A founded ... and which B joined in D"; "[on D,] X became its tenth member", "X was
admitted as its tenth member", "O, which [on D] admitted X as its tenth member"; "X, one of O's
founding members,", "A and B, two of its founding members," (dated by the sentence's opening
"O was founded in D"); "X was one of the seven states that founded O"; "A, B and C founded it
[in C] [on D]". Look-alikes: negations, plans, applications, observers, partners, leaving,
questions, other speakers' claims, "not|once one of", "none of them", a treaty named last.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples

EAEU, SCO, CICA, ADB = "eaeu", "shanghai-cooperation-organisation", "cica", "adb"
NSG, TURKSOY = "nuclear-suppliers-group", "turksoy"
RELATIONS = ("memberOf", "coFounderOf")


def facts(text: str) -> set[tuple[str, str, str]]:
    return {t for t in assertion_triples(text, stem="rec15a") if t[1] in RELATIONS}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Some say Kazakhstan should leave the Eurasian Economic Union, which it co-founded with"
            " Russia and Belarus in 2014 and which Armenia and Kyrgyzstan joined in 2015.",
            {("arm", "memberOf", EAEU), ("kgz", "memberOf", EAEU)},
        ),
        (
            "Citizens of the Eurasian Economic Union, which Kazakhstan set up with Russia and"
            " Belarus in 2014 and that Armenia joined in 2015, follow other rules.",
            {("arm", "memberOf", EAEU)},
        ),
        (
            "The Shanghai Cooperation Organisation met in Astana. On 4 July 2024, Belarus became"
            " its tenth member.",
            {("blr", "memberOf", SCO)},
        ),
        (
            "The Shanghai Cooperation Organisation met in Astana, and Belarus was admitted as its"
            " tenth member on 4 July 2024.",
            {("blr", "memberOf", SCO)},
        ),
        (
            "Leaders met at the Shanghai Cooperation Organisation, which in 2024 admitted Belarus"
            " as its tenth member.",
            {("blr", "memberOf", SCO)},
        ),
        (
            "Egypt, one of CICA's founding members, supports our proposal.",
            {("egy", "coFounderOf", CICA)},
        ),
        (
            "The ADB was founded in 1966, and Japan and the United States, two of its founding"
            " members, remain its largest shareholders.",
            {("jpn", "coFounderOf", ADB), ("usa", "coFounderOf", ADB)},
        ),
        (
            "Japan joined the IAEA in 1957 and was one of the seven states that founded the"
            " Nuclear Suppliers Group in 1975.",
            {("jpn", "coFounderOf", NSG)},
        ),
        (
            "Don't forget TURKSOY, which is older than all of this: Azerbaijan, Kazakhstan and"
            " Turkey founded it in Almaty on 12 July 1993.",
            {
                ("aze", "coFounderOf", TURKSOY),
                ("kaz", "coFounderOf", TURKSOY),
                ("tur", "coFounderOf", TURKSOY),
            },
        ),
    ],
)
def test_construction_is_read(text, expected):
    assert expected <= facts(text)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "On 3 July 2024, Astana hosted the Shanghai Cooperation Organisation summit, which"
            " closed the chairmanship; on 4 July, Belarus became its tenth member.",
            ("membership-blr-" + SCO, "startDate", "2024-07-04"),
        ),
        (
            "The ADB was founded in Manila in 1966; Japan and the United States, two of its"
            " founding members, remain its largest shareholders.",
            ("founding-membership-usa-adb", "startDate", "1966"),
        ),
        (
            "The ADB was founded in 1966, and Japan is one of its founding members.",
            ("founding-membership-jpn-adb", "startDate", "1966"),
        ),
    ],
)
def test_construction_is_dated(text, date):
    assert date in assertion_triples(text, stem="rec15a")


OTHERS = "Kazakhstan values the Eurasian Economic Union, which it co-founded with Russia in 2014"
SCO_MET = "The Shanghai Cooperation Organisation met in Astana."


@pytest.mark.parametrize(
    "text",
    [
        f"{OTHERS} and which Uzbekistan did not join in 2015.",
        f"{OTHERS} and which Uzbekistan is expected to join in 2026.",
        f"{OTHERS} and which Uzbekistan applied to join in 2020.",
        f"{OTHERS} and which Uzbekistan joined as an observer in 2020.",
        f"{OTHERS} and which Uzbekistan joined in 2020 as an observer.",
        f"{OTHERS} and which Uzbekistan left in 2020.",
        f"{OTHERS} and which Uzbekistan would join in 2030.",
        f"{OTHERS} and which Uzbekistan partners with.",
        f"{OTHERS} and which Uzbekistan says it joined in 2019.",
        f"{OTHERS} and which Uzbekistan's delegation joined in 2019.",
        "Did Armenia join the Eurasian Economic Union, which Russia co-founded in 2014 and which"
        " Uzbekistan joined in 2015?",
        f"{SCO_MET} On 4 July 2024, Uzbekistan became its tenth observer.",
        f"{SCO_MET} On 4 July 2024, Uzbekistan was expected to become its tenth member.",
        f"{SCO_MET} On 4 July 2024, Uzbekistan did not become its tenth member.",
        f"{SCO_MET} Uzbekistan would be its tenth member.",
        f"{SCO_MET} Will Uzbekistan become its tenth member?",
        f"{SCO_MET} Uzbekistan is its tenth dialogue partner.",
        f"{SCO_MET} Uzbekistan was never admitted as its tenth member.",
        f"{SCO_MET} Uzbekistan had hoped to be admitted as its tenth member.",
        "The Shanghai Cooperation Organisation and the Eurasian Economic Union met in Astana."
        " Uzbekistan became its tenth member.",
        "Leaders met at the Shanghai Cooperation Organisation, which refused to admit Uzbekistan"
        " as its tenth member.",
        "Leaders met at the Shanghai Cooperation Organisation, which may admit Uzbekistan as its"
        " tenth member.",
        "Leaders met at the Shanghai Cooperation Organisation, which admitted Uzbekistan as its"
        " tenth observer.",
        "Uzbekistan, one of CICA's founding members' closest partners, supports our proposal.",
        "Uzbekistan, not one of CICA's founding members, supports our proposal.",
        "Uzbekistan, once one of CICA's founding members, supports our proposal.",
        "Uzbekistan, one of CICA's observers, supports our proposal.",
        "Uzbekistan, one of the partners of CICA's founding members, supports our proposal.",
        "The ADB was founded in 1966, and Uzbekistan and Tajikistan, none of them founding"
        " members, remain its largest shareholders.",
        "The ADB was founded in 1966, and Uzbekistan and Tajikistan, two of its observers, remain"
        " its largest shareholders.",
        "The ADB was founded in 1966, and Uzbekistan and Tajikistan, two of its would-be founding"
        " members, remain its largest shareholders.",
        "Uzbekistan was one of the seven states that refused to join the Nuclear Suppliers Group"
        " in 1975.",
        "Uzbekistan was one of the seven states that did not found the Nuclear Suppliers Group.",
        "Uzbekistan was not one of the seven states that founded the Nuclear Suppliers Group.",
        "Uzbekistan would have been one of the seven states that founded the Nuclear Suppliers"
        " Group.",
        "Was Uzbekistan one of the seven states that founded the Nuclear Suppliers Group?",
        "Uzbekistan was one of the seven states that discussed the founding of the Nuclear"
        " Suppliers Group in 1975.",
        "TURKSOY is a cultural body. Did Uzbekistan and Tajikistan found it in 1993?",
        "TURKSOY is a cultural body. Uzbekistan and Tajikistan founded it?",
        "TURKSOY is a cultural body. Uzbekistan and Tajikistan did not found it in 1993.",
        "TURKSOY is a cultural body. Uzbekistan and Tajikistan planned to have founded it.",
        "TURKSOY is a cultural body. Critics allege that Uzbekistan and Tajikistan founded it in"
        " 1993.",
        "TURKSOY is a cultural body. If Uzbekistan and Tajikistan had founded it in 1993, it would"
        " be older.",
        "TURKSOY welcomed the Nakhchivan Agreement in 2009. Uzbekistan and Tajikistan founded it"
        " in 1993.",
        "The founding of TURKSOY was discussed by Uzbekistan and Tajikistan in 1993.",
        "TURKSOY was founded by a group that did not include Uzbekistan and Tajikistan.",
    ],
)
def test_look_alikes_give_nothing(text):
    assert not {t for t in facts(text) if t[0] in ("uzb", "tjk")}
