"""Field developments, pipeline participations and investments the development sets state in
plain English and the extractor missed (session 21's brief REC21F).

A list of deposit names before a plural head names one deposit each, as a list of field names
does: "KATCO develops the Muyunkum and Tortkuduk deposits", "... the Muyunkum and Tortkuduk
uranium deposits" (name_bounds.PLURAL_HEADS "deposits"; lexicon plural-head-modifiers "uranium",
"coal"). Look-alikes: a modal or plan, a negation, a question, a holder of a stake, demonyms
("the Kazakh and Uzbek deposits": no names), and a development the text marks as ended
("developed the A and B deposits|fields until 2010": the plural head and its modifiers are
hedge-lead words, so hedge-until still reads the "until" after them).
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="rec21f-s21")


def develops(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in triples(text) if p == "develops"}


KATCO_BOTH = {("katco", "muyunkum-deposit"), ("katco", "tortkuduk-deposit")}
URANIUM_BOTH = {("katco", "muyunkum-uranium-deposit"), ("katco", "tortkuduk-uranium-deposit")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "KATCO, a joint venture of Orano and Kazatomprom, has developed the Muyunkum and"
            " Tortkuduk deposits since 2004.",
            KATCO_BOTH,
        ),
        (
            "The Parties welcomed the cooperation between Orano and Kazatomprom within KATCO,"
            " which develops the Muyunkum and Tortkuduk uranium deposits.",
            URANIUM_BOTH,
        ),
        (
            "JV Inkai develops the Inkai deposit, while KATCO, Orano's joint venture with"
            " Kazatomprom, develops the Muyunkum and Tortkuduk deposits.",
            KATCO_BOTH,
        ),
    ],
)
def test_listed_deposits_are_developed(text, expected):
    assert expected <= develops(text)


@pytest.mark.parametrize(
    "text",
    [
        "KATCO will develop the Muyunkum and Tortkuduk deposits from 2026.",
        "KATCO plans to develop the Muyunkum and Tortkuduk deposits.",
        "KATCO does not develop the Muyunkum and Tortkuduk deposits.",
        "Does KATCO develop the Muyunkum and Tortkuduk deposits?",
        "Orano holds a 51% stake in KATCO, which owns the Muyunkum and Tortkuduk deposits.",
        "KATCO develops the Kazakh and Uzbek deposits.",
        "KATCO developed the Muyunkum and Tortkuduk deposits until 2010.",
        "KATCO developed the Muyunkum and Tortkuduk uranium deposits until 2010.",
        "Chevron developed the Tengiz and Korolev fields until 2010.",
        "Chevron developed the Tengiz and Korolev oil fields until 2010.",
    ],
)
def test_listed_deposits_look_alikes(text):
    assert develops(text) == set()
