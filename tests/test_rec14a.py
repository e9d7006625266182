"""Memberships in running text (brief REC14A).

A word of an ending ("suspended", "left", "withdrew", "former") blocks every trigger reading of
its sentence, unless it stands in another part of the sentence (after ";", ", while") after a
state that the reading's part does not name: "O comprises A, B and C; D suspended its
membership in 2012" is D's ending, not A's. Look-alikes: the ending of a member of the reading
("...; A froze its participation"), of a pronoun ("...; it left in 2005", "its membership was
suspended") keeps blocking.
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
    assert not {t for t in members(text) if t[0] == left_out}
