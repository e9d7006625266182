"""REVIEW15's findings on REC15A and FP15, each turned into cases that failed before its mend:

- "X became|is its <ordinal> member" is no membership when the member is a candidate, hopeful or
  applicant, "-in-waiting", to come ("next year", "soon") or the subject of an infinitive ("its
  second member state to withdraw") (lexicon nth-member-not-before).
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples

SCO = "shanghai-cooperation-organisation"
ORG_FIRST = "The Shanghai Cooperation Organisation met in Astana. "


def memberships(text: str) -> set[tuple[str, str, str]]:
    """The memberOf triples of ``text``."""
    return {t for t in assertion_triples(text, stem="fix15d") if t[1] == "memberOf"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Belarus became its tenth member.", {("blr", "memberOf", SCO)}),
        ("Belarus is its tenth member state.", {("blr", "memberOf", SCO)}),
        ("Belarus became its tenth member on 4 July 2024.", {("blr", "memberOf", SCO)}),
        ("Belarus became its tenth member; Iran its ninth.", {("blr", "memberOf", SCO)}),
        ("Lithuania is its 36th member candidate.", set()),
        ("Belarus is its tenth member state hopeful.", set()),
        ("Iran becomes its ninth member next year.", set()),
        ("Georgia was its second member state to withdraw.", set()),
        ("Serbia is its fifth member applicant.", set()),
        ("Mongolia becomes its eleventh member next month.", set()),
        ("Azerbaijan is its fourth member aspirant.", set()),
        ("Turkey is its twelfth member-country candidate.", set()),
        ("Belarus is its tenth member-in-waiting.", set()),
        ("Iran becomes its ninth member soon.", set()),
        ("Iran becomes its ninth member if the summit agrees.", set()),
        ("Egypt was its first member state ever to quit.", set()),
    ],
)
def test_nth_member(text: str, expected: set) -> None:
    """An ordinal member is a member unless a candidate, to come or to leave."""
    assert memberships(ORG_FIRST + text) == expected

