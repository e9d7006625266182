"""Memberships in running text (brief REC14A).

A word of an ending ("suspended", "left", "withdrew", "former") blocks every trigger reading of
its sentence, unless it stands in another part of the sentence (after ";", ", while") after a
state that the reading's part does not name: "O comprises A, B and C; D suspended its
membership in 2012" is D's ending, not A's. Look-alikes: the ending of a member of the reading
("...; A froze its participation"), of a pronoun ("...; it left in 2005", "its membership was
suspended") keeps blocking.

"O [, an aside,] counts A, B and C as [full] members|member states", "O counts among its members
A and B" and "A and B [still] remain in O" (closed by punctuation or a clause word) are
memberships; observers, partners, former or prospective members, "counted", a modal, a
negation, a question, a condition, "remain in O as observers", "remain in the O talks", people
"of|from" a state give nothing.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples

CSTO = "csto"


def members(text: str) -> set[tuple[str, str, str]]:
    return {t for t in assertion_triples(text, stem="rec14a") if t[1] == "memberOf"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Collective Security Treaty Organization (CSTO) comprises Armenia, Belarus,"
            " Kazakhstan and Russia; Uzbekistan suspended its membership in 2012.",
            {
                ("arm", "memberOf", CSTO),
                ("blr", "memberOf", CSTO),
                ("kaz", "memberOf", CSTO),
                ("rus", "memberOf", CSTO),
            },
        ),
        (
            "The Collective Security Treaty Organization comprises Armenia, Belarus and Russia;"
            " Uzbekistan left it in 2012.",
            {("arm", "memberOf", CSTO), ("blr", "memberOf", CSTO), ("rus", "memberOf", CSTO)},
        ),
    ],
)
def test_another_states_ending_blocks_nothing(text, expected):
    assert expected <= members(text)


@pytest.mark.parametrize(
    ("text", "left_out"),
    [
        (
            "The Collective Security Treaty Organization comprises Armenia, Belarus and Russia;"
            " Armenia froze its participation in 2024.",
            "arm",
        ),
        (
            "The Collective Security Treaty Organization comprises Armenia, Belarus and Russia;"
            " Armenia has suspended its participation.",
            "arm",
        ),
        (
            "Georgia joined the Commonwealth of Independent States in 1993; it withdrew in 2009.",
            "geo",
        ),
        (
            "Georgia joined the Commonwealth of Independent States in 1993; in 2009 it withdrew"
            " from the organisation.",
            "geo",
        ),
        (
            "Uzbekistan joined the Collective Security Treaty Organization in 2006; it suspended"
            " its membership in 2012.",
            "uzb",
        ),
        ("Uzbekistan joined GUAM in 1999; it left in 2005.", "uzb"),
        (
            "The Collective Security Treaty Organization comprises Armenia, Belarus and Russia;"
            " Georgia and Armenia left it in 2024.",
            "arm",
        ),
        (
            "The Collective Security Treaty Organization comprises Armenia, Belarus and Russia;"
            " in 2024 Georgia withdrew, followed by Armenia.",
            "arm",
        ),
        (
            "Uzbekistan was a member of the Collective Security Treaty Organization until 2012; it"
            " left after the Andijan events.",
            "uzb",
        ),
        (
            "Georgia and Ukraine joined the Commonwealth of Independent States in 1993; both later"
            " withdrew.",
            "geo",
        ),
        (
            "Uzbekistan joined the Eurasian Economic Community in 2006; it was expelled in 2008.",
            "uzb",
        ),
    ],
)
def test_the_members_own_ending_still_blocks(text, left_out):
    found = {t for t in members(text) if t[0] == left_out}
    assert bool(found) == (" joined " in text)  # ENDED21: an event of joining keeps its fact


OTS = "organization-of-turkic-states"
CIS = "cis"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Organization of Turkic States (OTS), the successor of the Turkic Council, counts"
            " Azerbaijan, Kazakhstan and Turkey as members, while Hungary and Turkmenistan hold"
            " observer status.",
            {("aze", "memberOf", OTS), ("kaz", "memberOf", OTS), ("tur", "memberOf", OTS)},
        ),
        (
            "The Organization of Turkic States now counts Azerbaijan and Turkey as member states.",
            {("aze", "memberOf", OTS), ("tur", "memberOf", OTS)},
        ),
        (
            "The Organization of Turkic States counts among its members Azerbaijan and Turkey.",
            {("aze", "memberOf", OTS), ("tur", "memberOf", OTS)},
        ),
        (
            "Uzbekistan and Kyrgyzstan remain in the Commonwealth of Independent States.",
            {("uzb", "memberOf", CIS), ("kgz", "memberOf", CIS)},
        ),
        (
            "Uzbekistan still remains in the Commonwealth of Independent States, while Georgia"
            " left it.",
            {("uzb", "memberOf", CIS)},
        ),
    ],
)
def test_counted_and_remaining_members(text, expected):
    assert expected <= members(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Organization of Turkic States counts Hungary and Turkmenistan as observers.",
        "The Organization of Turkic States counts Hungary and Turkmenistan as partners.",
        "The Organization of Turkic States no longer counts Hungary and Turkmenistan as members.",
        "The Organization of Turkic States does not count Hungary as a member.",
        "The Organization of Turkic States hopes to count Hungary and Turkmenistan as members.",
        "The Organization of Turkic States could soon count Hungary and Turkmenistan as members.",
        "The Organization of Turkic States once counted Hungary and Turkmenistan as members.",
        "The Organization of Turkic States counts Hungary and Turkmenistan as former members.",
        "The Organization of Turkic States counts Hungary and Turkmenistan as prospective members.",
        "The Organization of Turkic States counts Hungary and Turkmenistan among its partners.",
        "Does the Organization of Turkic States count Hungary and Turkmenistan as members?",
        "If the Organization of Turkic States counts Hungary and Turkmenistan as members, the bloc"
        " will grow.",
        "The Organization of Turkic States counts Hungary and Turkmenistan as members of its"
        " observer group.",
        "Hungary and Turkmenistan remain in the Commonwealth of Independent States as observers.",
        "Hungary and Turkmenistan remained in the Commonwealth of Independent States until 2009.",
        "Hungary and Turkmenistan will remain in the Commonwealth of Independent States.",
        "Hungary and Turkmenistan hope to remain in the Commonwealth of Independent States.",
        "Hungary and Turkmenistan do not remain in the Commonwealth of Independent States.",
        "Hungary and Turkmenistan remain in the Commonwealth of Independent States talks.",
        "Whether Hungary and Turkmenistan remain in the Commonwealth of Independent States is"
        " unclear.",
        "If Hungary and Turkmenistan remain in the Commonwealth of Independent States, trade will"
        " grow.",
        "Delegations of Hungary and Turkmenistan remain in the Commonwealth of Independent States.",
        "Officials from Hungary and Turkmenistan remain in the Commonwealth of Independent States"
        " headquarters in Minsk.",
        "Does Turkmenistan remain in the Commonwealth of Independent States?",
    ],
)
def test_counted_and_remaining_look_alikes(text):
    assert not {t for t in members(text) if t[0] in ("hun", "tkm")}
