"""FIX16D (session 16, file apart from session 14's test_fix16d.py): review findings 5, 9 and 11.

5: a mutual undertaking under a treaty ("respect the sovereignty of each other", "guarantee their
security") names no guarantor. 9: "was in C on a visit to X" names another destination than C.
11: a hope, an expectation or a belief closing the sentence (", officials hope") hedges the
clause before it; a report (", officials said") does not.
"""

from __future__ import annotations

import pytest

CHAIR = ("triple", "shanghai-cooperation-organisation", "kz:chairedBy", "kaz")
SCO_MEMBER = ("triple", "kaz", "kz:memberOf", "shanghai-cooperation-organisation")
KAZ_ISR = ("triple", "isr", "kz:hasDiplomaticRelationsWith", "kaz")


def _kinds(found: list, kind: str) -> list:
    """The facts found that are triples of ``kind`` or nodes of type ``kind``."""
    return [f for f in found if f[2 if f[0] == "triple" else 1] == kind]


def _guarantors(found: list) -> set:
    """The guarantor triples found."""
    return {f[1:] for f in _kinds(found, "kz:guarantor")}


def _visits(found: list) -> list:
    """The visit nodes found."""
    return _kinds(found, "kz:StateVisit")


NO_GUARANTOR = [
    "Under the Treaty on Good-Neighbourliness, Kazakhstan and Uzbekistan reaffirm their"
    " commitment to respect the sovereignty of each other.",
    "Under the Treaty on Good-Neighbourliness, Kazakhstan and Uzbekistan undertook to respect the"
    " independence and sovereignty of one another.",
    "Under the Treaty of Friendship, Russia and China pledged to respect the territorial integrity"
    " of both parties.",
    "The Collective Security Treaty, by which Armenia, Kazakhstan and Russia guarantee their"
    " security, was signed in Tashkent.",
]


@pytest.mark.parametrize("text", NO_GUARANTOR)
def test_a_mutual_undertaking_names_no_guarantor(facts, text):
    assert not _guarantors(facts(text))


GUARANTORS = [
    (
        "Note: under the Memorandum on Security Assurances, Russia, the United Kingdom and the"
        " United States reaffirm their commitment to respect the independence and sovereignty"
        " of Kazakhstan.",
        "memorandum-on-security-assurances",
    ),
    (
        "Ukraine gave up its nuclear arsenal under the Budapest Memorandum on Security"
        " Assurances, signed on 5 December 1994, by which Russia, the United States and the"
        " United Kingdom guaranteed its security.",
        "budapest-memorandum",
    ),
]


@pytest.mark.parametrize(("text", "treaty"), GUARANTORS)
def test_a_guarantee_to_another_state_keeps_its_guarantors(facts, text, treaty):
    assert {(treaty, "kz:guarantor", g) for g in ("gbr", "rus", "usa")} <= _guarantors(facts(text))


@pytest.mark.parametrize(
    "text",
    [
        "Tokayev was in Moscow on an official visit to Beijing.",
        "Putin was in Moscow on 5 May 2019 on an official visit to Kazakhstan's embassy.",
        "Tokayev was in Moscow on a working visit of the delegation to China.",
    ],
)
def test_a_visit_to_another_place_is_no_visit_to_the_city(facts, text):
    assert not _visits(facts(text))


@pytest.mark.parametrize(
    "text",
    [
        "Tokayev was in Moscow on an official visit.",
        "Tokayev was in Moscow on 5 May 2019 on an official visit at the invitation of Vladimir"
        " Putin.",
        "Tokayev was in Beijing on a state visit, meeting Xi Jinping.",
    ],
)
def test_was_in_the_city_on_a_visit_keeps_the_visit(facts, text):
    assert _visits(facts(text))


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Kazakhstan holds the SCO's rotating chairmanship in 2025, officials hope.", CHAIR),
        ("2030 – Kazakhstan and Israel establish diplomatic relations, officials hope.", KAZ_ISR),
        ("Kazakhstan joined the SCO in 2001, officials hope.", SCO_MEMBER),
        ("Kazakhstan joined the SCO in 2001, officials expect.", SCO_MEMBER),
        ("Kazakhstan joined the SCO in 2001, the ministry believes.", SCO_MEMBER),
        ("Kazakhstan holds the SCO's rotating chairmanship in 2025, diplomats predict.", CHAIR),
    ],
)
def test_a_closing_hope_hedges_the_clause(facts, text, fact):
    assert fact not in facts(text)


def test_a_closing_hope_hedges_a_trade_figure(facts):
    text = (
        "Kazakhstan and China signed a deal. Bilateral trade reached $40 billion in 2023,"
        " officials hope."
    )
    assert not _kinds(facts(text), "kz:TradeFigure")


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Kazakhstan joined the SCO in 2001, officials said.", SCO_MEMBER),
        ("Kazakhstan joined the SCO in 2001, the ministry said.", SCO_MEMBER),
        ("Kazakhstan holds the SCO's rotating chairmanship in 2025, officials said.", CHAIR),
    ],
)
def test_a_closing_report_keeps_the_clause(facts, text, fact):
    assert fact in facts(text)
