"""The verb "border" with its lengths repeated for further states (brief REC15).

"A borders B along L" states the whole border as "A borders B for|over L" does, when the length
closes there (punctuation, "and", the end); "A borders B for|along|over L and C for L" (also ",
C for L and D for L") repeats the verb for each state with a length of its own. A negation of
the verb's clause (not one before a ";" or ":") still gives nothing; a state without a length of
its own, a possessor ("China's Xinjiang"), a distance ("for L north of C", "along L to the
south"), "along L of the river", a modal, a question or a former state of affairs end the list
or give nothing.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples


def borders(text: str) -> set[tuple[str, str]]:
    return {
        (t[0], t[2]) for t in assertion_triples(text, stem="rec15") if t[1] == "sharesBorderWith"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kazakhstan borders Russia along 7,644 kilometres.", {("kaz", "rus")}),
        (
            "Kazakhstan borders Russia along 7,644 kilometres and China along 1,782 kilometres.",
            {("kaz", "rus"), ("kaz", "chn")},
        ),
        (
            "Turkmenistan borders Kazakhstan for 413 km and Iran for 1,148 km.",
            {("tkm", "kaz"), ("tkm", "irn")},
        ),
        (
            "Turkmenistan borders Kazakhstan for 413 km, Iran for 1,148 km and Afghanistan for"
            " 804 km.",
            {("tkm", "kaz"), ("tkm", "irn"), ("tkm", "afg")},
        ),
        (
            "Kazakhstan, which borders Russia for 7,644 km and China for 1,782 km, is landlocked.",
            {("kaz", "rus"), ("kaz", "chn")},
        ),
        (
            "We share no border with the European Union, but geography is not destiny:"
            " Kazakhstan borders Russia along 7,644 kilometres and China along 1,782 kilometres.",
            {("kaz", "rus"), ("kaz", "chn")},
        ),
    ],
)
def test_the_verb_with_its_lengths(text, expected):
    assert expected <= borders(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kazakhstan borders Russia for 7,644 km and China for twenty years has been its"
            " partner.",
            {("kaz", "rus")},
        ),
        ("Kazakhstan borders Russia for 7,644 km and China, which is a partner.", {("kaz", "rus")}),
        (
            "Kazakhstan borders Russia for 7,644 km and China's pipeline runs for 300 km.",
            {("kaz", "rus")},
        ),
        (
            "Kazakhstan borders Russia for 7,644 km and China's Xinjiang for 1,782 km.",
            {("kaz", "rus")},
        ),
        (
            "Kazakhstan borders Russia for 7,644 km and Iran for 300 km north of the sea.",
            {("kaz", "rus")},
        ),
        (
            "Kazakhstan borders Russia along 7,644 kilometres and Iran along 300 km to the south.",
            {("kaz", "rus")},
        ),
        (
            "Kazakhstan borders Russia along 7,644 kilometres and plans a railway to China along"
            " 1,782 kilometres.",
            {("kaz", "rus")},
        ),
        (
            "Kazakhstan does not border Russia along 7,644 kilometres and China along 1,782"
            " kilometres.",
            set(),
        ),
        (
            "Geography is destiny: Kazakhstan does not border Iran for 300 km and Afghanistan for"
            " 200 km.",
            set(),
        ),
        ("Kazakhstan borders Russia along 7,644 kilometres of the river.", set()),
        ("Kazakhstan borders Russia along 50 km north of the lake.", set()),
        (
            "Kazakhstan may border Russia along 7,644 kilometres and China along 1,782 kilometres.",
            set(),
        ),
        (
            "Kazakhstan would border Iran along 300 km and Afghanistan along 200 km if the Caspian"
            " were land.",
            set(),
        ),
        ("Kazakhstan formerly bordered Afghanistan for 300 km and Iran for 200 km.", set()),
        ("Does Kazakhstan border Iran for 300 km and Afghanistan for 200 km?", set()),
        ("Kazakhstan's trade with Russia grew for 7 years and with China for 5.", set()),
    ],
)
def test_the_verb_look_alikes(text, expected):
    assert borders(text) == expected
