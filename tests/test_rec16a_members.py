"""Memberships whose member is a company or other body, and memberships whose organisation the
clause leaves out (session 16's brief REC16A; tests/test_rec16a.py holds an earlier REC16A's).

"Kazatomprom is a member of the World Nuclear Association", "Ukrainian Railways joined the
association in 2018", "A and B later became members of the association" (a company as the member
of an international organisation; a consortium, a company, is no body to be a member of); "X
joined O on D1, three years after Y, which became a member on D2", "..., and|while Y became a
member on D2", "A, which joined O in D1, and Y, a member since D2, ..." (the organisation is the
one body this sentence named before: `its_here:InternationalOrganisation`); "X, which co-founded
O with A, B and C in D, ...", "X co-founded O with A and B in P on D" (the companions co-found O).
Look-alikes: negations, plans, applications, observers, partners, guests, leaving, former
members, questions, other speakers' claims, a treaty or two bodies named before, a body named
only in the sentence before, "a member of P" (its own body), "with A's support|help", "with A in
mind".
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples

WNA, TITR = "world-nuclear-association", "titr-international-association"
WTO, OIC, CICA, SCO = "wto", "oic", "cica", "shanghai-cooperation-organisation"
ADB, EAEU = "adb", "eaeu"
RELATIONS = ("memberOf", "coFounderOf")


def facts(text: str) -> set[tuple[str, str, str]]:
    return {t for t in assertion_triples(text, stem="rec16a-members") if t[1] in RELATIONS}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kazatomprom is a member of the World Nuclear Association.",
            {("kazatomprom", "memberOf", WNA)},
        ),
        (
            "The TITR International Association was set up in Astana in 2017. Ukrainian Railways"
            " joined the association in 2018.",
            {("ukrzaliznytsia", "memberOf", TITR)},
        ),
        (
            "The TITR International Association was set up in Astana in February 2017 by"
            " Kazakhstan Temir Zholy and Georgian Railway; Ukrainian Railways later became a"
            " member of the association.",
            {("ukrzaliznytsia", "memberOf", TITR)},
        ),
        (
            "Kazakhstan joined the World Trade Organization on 30 November 2015, three years after"
            " Russia, which became a member on 22 August 2012.",
            {("kaz", "memberOf", WTO), ("rus", "memberOf", WTO)},
        ),
        (
            "Kazakhstan joined UNESCO on 22 May 1992, Kyrgyzstan on 2 June 1992 and Tajikistan on"
            " 6 April 1993, while Uzbekistan became a member on 26 October 1993.",
            {("uzb", "memberOf", "unesco")},
        ),
        (
            "Kazakhstan, which joined the Organisation of Islamic Cooperation in 1995, and Qatar,"
            " a member since 1970, coordinate closely within the organisation.",
            {("kaz", "memberOf", OIC), ("qat", "memberOf", OIC)},
        ),
        (
            "Kazakhstan, which founded the Conference on Interaction and Confidence-Building"
            " Measures in Asia (CICA), and South Korea, a member since 2006, discussed security.",
            {("kor", "memberOf", CICA)},
        ),
        (
            "The Caspian Pipeline Consortium was set up in 1992. The Asian Development Bank was"
            " founded in 1966 by Japan and the United States, and India became a member in 1966.",
            {("ind", "memberOf", ADB)},
        ),
        (
            "The Eurasian Economic Union is a union. Belarus, Kazakhstan and Russia launched it on"
            " 1 January 2015; Armenia acceded on 2 January 2015 and Kyrgyzstan on 12 August 2015.",
            {("arm", "memberOf", EAEU), ("kgz", "memberOf", EAEU)},
        ),
    ],
)
def test_construction_is_read(text, expected):
    assert expected <= facts(text)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Kazakhstan joined the World Trade Organization on 30 November 2015, three years after"
            " Russia, which became a member on 22 August 2012.",
            ("membership-rus-wto", "startDate", "2012-08-22"),
        ),
        (
            "Kazakhstan, which joined the Organisation of Islamic Cooperation in 1995, and Qatar,"
            " a member since 1970, coordinate closely within the organisation.",
            ("membership-qat-oic", "startDate", "1970"),
        ),
        (
            "The TITR International Association was set up in Astana in 2017. Ukrainian Railways"
            " joined the association in 2018.",
            ("membership-ukrzaliznytsia-" + TITR, "startDate", "2018"),
        ),
    ],
)
def test_construction_is_dated(text, date):
    assert date in assertion_triples(text, stem="rec16a-members")


WNA_LIKE = [
    "Chevron is a member of the Kashagan consortium.",
    "Kazatomprom is not a member of the World Nuclear Association.",
    "Kazatomprom is expected to join the World Nuclear Association in 2025.",
    "Kazatomprom applied to join the World Nuclear Association in 2020.",
    "Kazatomprom left the World Nuclear Association in 2020.",
    "Kazatomprom joined the World Nuclear Association as an observer in 2020.",
    "Kazatomprom would become a member of the World Nuclear Association if the board agreed.",
    "Is Kazatomprom a member of the World Nuclear Association?",
    "Kazatomprom was a member of the World Nuclear Association until 2015.",
    "Kazatomprom joined the World Nuclear Association's working group in 2020.",
    "Kazatomprom, unlike Cameco, is not a member of the World Nuclear Association.",
    "Critics alleged that Kazatomprom joined the World Nuclear Association in 2019.",
    "Kazatomprom joined the World Nuclear Association summit in 2019.",
    "Kazatomprom became a partner of the World Nuclear Association in 2019.",
    "Kazatomprom, a former member of the World Nuclear Association, signed a deal.",
]


@pytest.mark.parametrize("text", WNA_LIKE)
def test_body_look_alikes_give_nothing(text):
    assert not {t for t in facts(text) if t[0] in ("kazatomprom", "chevron")}


WTO_2015 = "Kazakhstan joined the World Trade Organization on 30 November 2015, three years after"
SCO_2001 = "Kazakhstan joined the Shanghai Cooperation Organisation in 2001"
OIC_1995 = "Kazakhstan joined the OIC in 1995"

BARE_LIKE = [
    "The Caspian Pipeline Consortium was founded in 1992 by Kazakhstan and Oman, and Russia"
    " became an observer in 1993.",
    "The Caspian Pipeline Consortium was founded in 1992 by Kazakhstan and Oman, and Russia"
    " would become a member in 1993.",
    "The Caspian Pipeline Consortium was founded in 1992 by Kazakhstan and Oman, and Russia did"
    " not become a member in 1993.",
    f"{WTO_2015} Russia, which became a member of the Eurasian Economic Union on 1 January 2015.",
    f"{WTO_2015} Russia, which became a dialogue partner on 22 August 2012.",
    f"{WTO_2015} Russia, which became a candidate on 22 August 2012.",
    "Kazakhstan signed the Non-Proliferation Treaty in 1994, and Russia became a member in 1995.",
    "Kazakhstan signed the Non-Proliferation Treaty in 1994, and Russia joined in 1995.",
    f"{OIC_1995}; Russia, a member until 2017, left.",
    f"{OIC_1995}, and Russia, a former member since 1970, objected.",
    f"{OIC_1995}, and Russia, a member since 1970 of the Arab League, objected.",
    f"{OIC_1995}; Russia, an observer since 1970, objected.",
    f"{OIC_1995}, and Russia, a partner since 1970, objected.",
    "The summit of the OIC was held in Astana, and the President of Russia, a member since 1970,"
    " attended.",
    f"If {OIC_1995}, Russia, a member since 1970, would have welcomed it.",
    "Critics alleged that Russia, which became a member on 22 August 2012, cheated.",
    f"{SCO_2001}, and Russia joined as an observer in 2005.",
    f"{SCO_2001}, and Russia joined in protest in 2005.",
    f"{SCO_2001}, and Russia joined in 2005 the talks on trade.",
    f"{SCO_2001}, and Russia did not join in 2005.",
    f"{SCO_2001}, and Russia would join in 2025.",
    f"{SCO_2001}, and Russia applied to join in 2005.",
    f"{SCO_2001}, and Russia is expected to join in 2025.",
    f"{SCO_2001}, and the President of Russia joined in 2005.",
    f"{SCO_2001}; delegates from Russia joined in 2005.",
    f"{SCO_2001}, and Russia left in 2005.",
    f"Is it true that {SCO_2001}, and Russia joined in 2005?",
    "The SCO summit opened on 3 July, and Russia joined on 4 July 2024 as a guest.",
    "The Shanghai Cooperation Organisation was founded in 2001, and it is the successor of the"
    " Shanghai Five. China and Tajikistan welcomed the step, and Russia joined on 4 July 2023.",
    "Both countries belong to the Organization of Turkic States, which they set up as the"
    " Cooperation Council of Turkic Speaking States in 2009; Russia joined in 2019.",
    "The Eurasian Economic Union grew. The treaty entered into force in 1995, and Russia became"
    " a member in 1996.",
    "The Eurasian Economic Union grew. The treaty entered into force in 1995, while Russia"
    " became a member on 3 May 1996.",
    "The Eurasian Economic Union grew. The treaty entered into force in 1995, and Russia, a"
    " member since 1996, ratified it.",
    "The Eurasian Economic Union grew. The talks opened in Minsk in 1995, and Russia became a"
    " member in 1996.",
]


@pytest.mark.parametrize("text", BARE_LIKE)
def test_bare_look_alikes_give_nothing(text):
    """Russia gets no membership (but the one of a body named in its own clause)."""
    assert not {t for t in facts(text) if t[0] == "rus" and t[2] != EAEU}


CCTSS, ECO = "cooperation-council-of-turkic-speaking-states", "economic-cooperation-organization"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Azerbaijan, which co-founded the Cooperation Council of Turkic Speaking States with"
            " Turkey, Kazakhstan and Kyrgyzstan in 2009, hosted the ceremony.",
            {("tur", "coFounderOf", CCTSS), ("kaz", "coFounderOf", CCTSS)},
        ),
        (
            "Turkey co-founded the Cooperation Council of Turkic Speaking States (Turkic Council)"
            " with Kazakhstan, Azerbaijan and Kyrgyzstan in Nakhchivan on 3 October 2009.",
            {("aze", "coFounderOf", CCTSS), ("kgz", "coFounderOf", CCTSS)},
        ),
        (
            "Pakistan, which founded the Economic Cooperation Organization (ECO) together with Iran"
            " and Turkey in 1985, has long argued for a regional transit regime.",
            {("pak", "coFounderOf", ECO), ("irn", "coFounderOf", ECO), ("tur", "coFounderOf", ECO)},
        ),
    ],
)
def test_companions_of_a_founding_are_read(text, expected):
    assert expected <= facts(text)


ECO_1985 = "Pakistan, which founded the Economic Cooperation Organization"

FOUNDING_LIKE = [
    f"{ECO_1985} with Iran's support in 1985, argued for a transit regime.",
    f"{ECO_1985} with Iran in mind in 1985, has long argued for it.",
    "Pakistan co-founded the Economic Cooperation Organization with Iran in mind in 1985.",
    "Pakistan co-founded the Economic Cooperation Organization with Iran's backing in 1985.",
    f"{ECO_1985} with Iran as an observer in 1985, has long argued for it.",
    f"{ECO_1985} with the help of Iran in 1985, has long argued for it.",
    f"{ECO_1985} in 1985, signed a deal with Iran in 1990.",
    f"{ECO_1985}, traded with Iran in 1985.",
    "Pakistan, which did not found the Economic Cooperation Organization with Iran in 1985,"
    " argued.",
    "Pakistan, which wanted to found the Economic Cooperation Organization with Iran in 1985,"
    " argued.",
    "Pakistan, which would have founded the Economic Cooperation Organization with Iran in 1985,"
    " argued.",
    "Critics alleged that Pakistan founded the Economic Cooperation Organization with Iran in"
    " 1985.",
    "If Pakistan had founded the Economic Cooperation Organization with Iran in 1985, it would"
    " lead it.",
    "Pakistan, which joined the Economic Cooperation Organization together with Iran in 1985,"
    " argued.",
]


@pytest.mark.parametrize("text", FOUNDING_LIKE)
def test_founding_look_alikes_give_iran_nothing(text):
    assert not {t for t in facts(text) if t[0] == "irn"}
