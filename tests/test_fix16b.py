"""A definite border phrase and a border length's partner read only where they state a border
(brief FIX16B, review findings 3 and 4).

- "the border between A and B" with no length and no "share" states a border only as its
  clause's subject of a predicate of a border that is ("runs along", "was reopened", "is the
  longest ... border") or as the object of a verb of a border that is ("straddles"); as the
  object of "drew|establish|debated|abolished", after a noun's "of" or with "is a myth" it
  states none.
- "the border with B, L long" takes the state an earlier reading of the sentence pairs with B
  only when every state the sentence names before the phrase is that state or one it pairs with
  ("Kazakhstan borders Russia; for Mongolia the border with Russia, L long": Mongolia's).
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples


def _triples(text: str) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="fix16b")


def borders(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in _triples(text) if p == "sharesBorderWith"}


def lengths(text: str) -> set[tuple[tuple, str]]:
    """(states, km) of each kz:lengthKm a border node of ``text`` states."""
    found = _triples(text)
    states: dict[str, set] = {}
    for s, p, o in found:
        if p == "borderState":
            states.setdefault(s, set()).add(o)
    return {(tuple(sorted(states.get(s, ()))), o) for s, p, o in found if p == "lengthKm"}


@pytest.mark.parametrize(
    "text",
    [
        # the review's probes
        "He drew the border between Kazakhstan and Afghanistan on a map.",
        "The border between Kazakhstan and Afghanistan is a myth.",
        "They sought to establish the border between Kazakhstan and Afghanistan in 1925.",
        "Officials debated the border between Kazakhstan and Afghanistan.",
        "The treaty abolished the border between Kazakhstan and Afghanistan.",
        "The demarcation of the border between Kazakhstan and Afghanistan was proposed but never"
        " took place.",
        # look-alikes of my own
        "Analysts once proposed the border between Kazakhstan and Afghanistan as a buffer.",
        "The border between Kazakhstan and Afghanistan is an invention of cartographers.",
        "The border between Kazakhstan and Afghanistan would run along the Panj.",
        "The border between Kazakhstan and Afghanistan was abolished in 1925.",
        "The commission mapped the border between Kazakhstan and Afghanistan twice.",
        "The border between Kazakhstan and Afghanistan is not a real border.",
    ],
)
def test_the_border_between_talked_about_states_none(text):
    assert not borders(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vladimir Putin, for his part, pointed out that the border between Kazakhstan and"
            " Russia is the longest continuous land border in the world.",
            ("kaz", "rus"),
        ),
        ("The border between Kazakhstan and Russia was reopened in 2021.", ("kaz", "rus")),
        ("In 2021, the border between Kazakhstan and Kyrgyzstan was reopened.", ("kaz", "kgz")),
        ("The border between Kazakhstan and China runs along the Tian Shan.", ("kaz", "chn")),
        ("The Aral Sea straddles the border between Kazakhstan and Uzbekistan.", ("kaz", "uzb")),
        (
            "The Cabinet of Ministers of the Kyrgyz Republic shall complete the demarcation of the"
            " 972-kilometre state border between the Kyrgyz Republic and the Republic of"
            " Tajikistan.",
            ("kgz", "tjk"),
        ),
    ],
)
def test_the_border_between_that_is_keeps_its_fact(text, expected):
    assert expected in borders(text)


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # the review's probes
        (
            "Kazakhstan borders Russia, and for China the border with Kazakhstan, 1,783 km long,"
            " is vital.",
            "kaz",
        ),
        (
            "Kazakhstan borders Russia; Mongolia is different: the border with Russia, 3,485 km"
            " long, crosses steppe.",
            "rus",
        ),
        # look-alikes of my own
        (
            "Kazakhstan borders Russia, while for Mongolia the border with Russia, 3,485 km long,"
            " is vital.",
            "rus",
        ),
        (
            "Kazakhstan borders Russia; in China's view the border with Kazakhstan, 1,783 km long,"
            " is safe.",
            "kaz",
        ),
        (
            "Kazakhstan borders Russia, but Mongolia, too, values the border with Russia, 3,485 km"
            " long.",
            "rus",
        ),
    ],
)
def test_a_partner_across_another_state_takes_no_length(text, state):
    assert not any(state in pair for pair, _ in lengths(text))


def test_the_border_with_b_after_its_pair_keeps_the_length():
    text = (
        "Which countries does Kazakhstan border?\nIt borders Russia to the north, China to the"
        " east, and Kyrgyzstan to the south; the border with Russia, 7,644 km long, is one of"
        " the longest land borders in the world."
    )
    assert (("kaz", "rus"), "7644") in lengths(text)
