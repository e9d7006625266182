"""A treaty text's signature block read once, and a timeline's day with no year above (FIX16C).

Review findings 5 and 8 of session 14. (5) Only the first "Done at" block of a treaty text signs
its title treaty: a later "Done" line, a line naming another treaty ("Protocol on the Extension
of the Treaty") or an annex's heading closes it, and the "For" lines below sign nothing; a
signer's name below a "For" line keeps the block open. (8) A day heading a line with no year
line above ("Programme" / "28 November – Kazakhstan signs T": an agenda's) is no chronology
line, so its present states nothing (layout.Layout.as_read); under a year line ("1992") the
line's later days take that year too ("...; on 3 December Kazakhstan joins O").
"""

from __future__ import annotations

import pytest

ECO = "economic-cooperation-organization"
CST = "treaty-on-collective-security"
SIGNED = {"kz:signatory", "kz:signingDate", "kz:signingPlace"}
TITLE = "Treaty on Collective Security\n\nThe States Parties agree as follows.\n\n"
BLOCK = (
    TITLE + "Done at Tashkent on 15 May 1992\n\nFor the Republic of Armenia\n"
    "For the Republic of Kazakhstan\n\n"
)
FIRST_BLOCK = {
    (CST, "kz:signatory", "arm"),
    (CST, "kz:signatory", "kaz"),
    (CST, "kz:signingDate", ("1992-05-15", "xsd:date")),
    (CST, "kz:signingPlace", "tashkent"),
}


def _signing(found: list) -> set:
    """The (treaty, property, object) signing triples among ``found``."""
    return {f[1:] for f in found if f[0] == "triple" and f[2] in SIGNED}


@pytest.mark.parametrize(
    "rest",
    [
        "Protocol on the Extension of the Treaty\n\nDone at Moscow on 2 April 1999.\n\n"
        "For the Republic of Uzbekistan\n",  # the review's probe
        "DONE at Almaty on 1 March 2000.\n\nFor the Republic of Uzbekistan\n",
        "Annex I\n\nFor the Republic of Uzbekistan\n",
        "Amendment\n\nFor the Republic of Uzbekistan\n",
        "Protocol to the Treaty on Collective Security\n\nFor the Republic of Uzbekistan\n",
        "Agreement on the Amendment of the Collective Security Treaty\n\nDone at Moscow on"
        " 2 April 1999.\nFor the Republic of Uzbekistan\n",
    ],
)
def test_a_later_document_signs_nothing_of_the_title_treaty(facts, rest):
    assert _signing(facts(BLOCK + rest)) == FIRST_BLOCK


def test_signers_names_keep_the_block_open(facts):
    text = (
        TITLE + "Done at Tashkent on 15 May 1992\n\nFor the Republic of Armenia\nLevon"
        " Ter-Petrosyan, President of the Republic of Armenia\n\nFor the Republic of"
        " Kazakhstan\nNursultan Nazarbayev\nPresident\n\nFor the Republic of Uzbekistan\n"
    )
    assert _signing(facts(text)) == FIRST_BLOCK | {(CST, "kz:signatory", "uzb")}


@pytest.mark.parametrize(
    "text",
    [
        "Programme\n\n28 November – Kazakhstan signs the Treaty on Collective Security.\n",
        "Next week\n\n3–4 July – The Shanghai Cooperation Organisation holds its summit in"
        " Astana.\n",
        "Draft programme of the visit\n\n12 May – The presidents sign the Treaty on Collective"
        " Security in Astana.\n",
        "Schedule\n\nNovember 28: Kazakhstan and Afghanistan establish diplomatic relations.\n",
        "Agenda\n\n3 July – Kazakhstan ratifies the Treaty on Collective Security.\n",
        "Upcoming events\n\n• 28 November – Kazakhstan signs the Treaty on Collective Security.\n",
        "Plans for the autumn\n\n5 October – Kazakhstan and Mongolia establish diplomatic"
        " relations.\n",
    ],
)
def test_a_day_with_no_year_above_heads_no_chronology(facts, text):
    assert facts(text) == []


def _dates(found: list, node: str, role: str) -> list:
    """The dates of the ``node`` nodes among ``found``."""
    return [f[2].get(role) for f in found if f[0] == "node" and f[1] == node]


@pytest.mark.parametrize(
    "head",
    [
        "1992\n28 November",  # the review's probe
        "1992\n• 28 November",
        "1992\nNovember 28:",
        "28 November 1992",  # the twin the section's line must equal
    ],
)
def test_a_later_day_of_the_line_takes_the_year_above(facts, head):
    separator = "" if head.endswith(":") else " –"
    found = facts(
        f"Key dates\n\n{head}{separator} Kazakhstan joins the Economic Cooperation"
        " Organization on 3 December.\n"
    )
    assert _dates(found, "kz:Membership", "kz:startDate") == [[("1992-12-03", "xsd:date")]]


def test_a_later_clause_of_the_line_takes_the_year_above(facts):
    found = facts(
        "Key dates\n\n1992\n28 November – Kazakhstan signs the Treaty on Collective Security;"
        " on 3 December Kazakhstan joins the Economic Cooperation Organization.\n"
    )
    assert _dates(found, "kz:Membership", "kz:startDate") == [[("1992-12-03", "xsd:date")]]
    assert (CST, "kz:signingDate", ("1992-11-28", "xsd:date")) in _signing(found)


@pytest.mark.parametrize(
    "text",
    [
        "Key dates\n\n1992\n28 November – Kazakhstan signs the Treaty on Collective Security.\n",
        "Key dates\n\n1992\n3 December – Kazakhstan joins the Economic Cooperation Organization.\n",
    ],
)
def test_a_day_under_a_year_stays_a_chronology_line(facts, text):
    found = facts(text)
    assert _signing(found) or _dates(found, "kz:Membership", "kz:startDate")
