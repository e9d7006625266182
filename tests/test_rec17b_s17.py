"""Co-founders named beside another clause (brief REC17B, session 17).

"O, the grouping|body|bloc founded [in P] [on D] by A, B and C, ..." (a participle apposition
whose head is a common noun), "O [forum], which A, B and N other states|economies founded [in
P] [in D]" (the named part of a list closed by an unnamed rest) and "O, of which X was one of
the N founding members": A, B, C and X are co-founders of O. Look-alikes: support, an
initiative, a proposal, a joining, observers, partners, candidates, a negation, a hope, a
possessive's holder, a question, a hedge, a refounding or renaming give no co-founder.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples


def founders(text: str) -> set[tuple[str, str, str]]:
    return {t for t in assertion_triples(text, stem="rec17b") if t[1] == "coFounderOf"}


APEC = "apec"
GUAM = "guam"
NSG = "nuclear-suppliers-group"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "GUAM, the grouping founded on 10 October 1997 by Georgia, Ukraine, Azerbaijan and"
            " Moldova, has outlived most predictions of its demise.",
            {(s, "coFounderOf", GUAM) for s in ("geo", "ukr", "aze", "mda")},
        ),
        (
            "The Eurasian Development Bank, an institution set up in 2006 by Russia and"
            " Kazakhstan, lends to six states.",
            {(s, "coFounderOf", "eurasian-development-bank") for s in ("rus", "kaz")},
        ),
        (
            "Kazakhstan is still outside the Asia-Pacific Economic Cooperation forum, which"
            " Australia, Canada, Japan, New Zealand, South Korea, the United States and six other"
            " economies founded in Canberra in November 1989.",
            {(s, "coFounderOf", APEC) for s in ("aus", "can", "jpn", "nzl", "kor", "usa")},
        ),
        (
            "Kazakhstan is outside APEC, which Australia and six other economies founded in 1989.",
            {("aus", "coFounderOf", APEC)},
        ),
        (
            "Kazakhstan joined the Nuclear Suppliers Group (NSG), of which Canada was one of the"
            " seven founding members, in 2002.",
            {("can", "coFounderOf", NSG)},
        ),
        (
            "The Collective Security Treaty Organization, of which Armenia was among the six"
            " founding states, met in Yerevan.",
            {("arm", "coFounderOf", "csto")},
        ),
    ],
)
def test_founders_beside_another_clause(text, expected):
    assert expected <= founders(text)


def test_apposition_dates_the_founding():
    found = assertion_triples(
        "GUAM, the grouping founded on 10 October 1997 by Georgia and Ukraine, has outlived most"
        " predictions.",
        stem="rec17b",
    )
    assert ("founding-membership-geo-guam", "startDate", "1997-10-10") in found


@pytest.mark.parametrize(
    "text",
    [
        "GUAM, the grouping founded with support from Georgia and Ukraine, has outlived most"
        " predictions.",
        "GUAM, the grouping founded at the initiative of Georgia, has outlived most predictions.",
        "GUAM, the grouping proposed in 1997 by Georgia and Ukraine, never met.",
        "GUAM, the grouping joined in 1997 by Georgia and Ukraine, has outlived most predictions.",
        "GUAM, the grouping that was to be founded by Georgia and Ukraine, never met.",
        "GUAM, the grouping founded in 1997 by Georgia's president, has outlived most predictions.",
        "GUAM, the grouping observed by Georgia and Ukraine since 1997, has outlived most"
        " predictions.",
        "GUAM, the grouping refounded in 2006 by Georgia and Ukraine, has outlived most"
        " predictions.",
        "GUAM, the grouping renamed in 2006 by Georgia and Ukraine, has outlived most predictions.",
        "Is the SCO, the grouping founded in 2001 by Kazakhstan and Russia, still alive?",
        "Critics alleged that the SCO, the grouping founded in 2001 by Kazakhstan and Russia, was"
        " dead.",
        "Kazakhstan is outside APEC, which Australia, Canada and six other economies joined in"
        " 1989.",
        "Kazakhstan is outside APEC, which Australia, Canada and six other economies proposed in"
        " 1989.",
        "Kazakhstan is outside APEC, which Australia, Canada and six other economies plan to found"
        " in 2030.",
        "Kazakhstan is outside APEC, which Australia, Canada and six other economies did not"
        " found.",
        "Kazakhstan is outside the APEC summit, which Australia, Canada and six other economies"
        " attended in 1989.",
        "Kazakhstan joined the Nuclear Suppliers Group, of which Canada was one of the seven"
        " observers, in 2002.",
        "Kazakhstan joined the Nuclear Suppliers Group, of which Canada was one of the seven"
        " partners, in 2002.",
        "Kazakhstan joined the Nuclear Suppliers Group, of which Canada was one of the seven"
        " candidates, in 2002.",
        "Kazakhstan joined the Nuclear Suppliers Group, of which Canada was not one of the seven"
        " founding members, in 2002.",
        "Kazakhstan joined the Nuclear Suppliers Group, of which Canada hoped to be one of the"
        " seven founding members.",
        "Kazakhstan joined the Nuclear Suppliers Group, of which Canada's ally was one of the seven"
        " founding members, in 2002.",
    ],
)
def test_look_alikes_give_no_co_founder(text):
    assert not founders(text)
