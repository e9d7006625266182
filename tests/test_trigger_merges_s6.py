"""Trigger lines merged in session 6 (brief REFAC): two lines that read one construction are one
line, its triggers and light words the union of both. guarantor-of-treaty took in
lex-guarantor-states-of ("guarantor state|countries|nations of|to", "guarantors under", and the
light words "act|serve as", "its", a number), so each of its nouns takes every light word
("acted as a guarantor of" as "served as guarantors under"). The relation rules are switched off
here, so each test sees what the trigger readings alone do.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples, rule_ids, triggers_alone  # noqa: F401 (autouse)

_STEM = "trigger-merge-s6-test"


def _guarantors(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in assertion_triples(text, stem=_STEM) if p == "guarantor"}


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("The United Kingdom acted as a guarantor of the Treaty on a Nuclear-Weapon-Free Zone "
         "in Central Asia.", {("canwfz", "gbr")}),
        ("France serves as one of the guarantors of the Central Asian Nuclear-Weapon-Free Zone "
         "Treaty.", {("canwfz", "fra")}),
        ("China is one of the guarantor nations of the Treaty on a Nuclear-Weapon-Free Zone in "
         "Central Asia.", {("canwfz", "chn")}),
    ],
)  # fmt: skip
def test_the_merged_line_reads_each_noun_with_every_light_word(text, pairs):
    assert _guarantors(text) == pairs
    assert any(rule.endswith(":guarantor-of-treaty") for rule in rule_ids(text, stem=_STEM))


@pytest.mark.parametrize(
    "text",
    [
        "The United Kingdom refused to act as a guarantor of the Treaty on a Nuclear-Weapon-Free "
        "Zone in Central Asia.",
        "France would serve as a guarantor of the Central Asian Nuclear-Weapon-Free Zone Treaty.",
        "China acted as a mediator before it became a guarantor of a treaty of its own.",
    ],
)
def test_a_look_alike_gives_nothing(text):
    assert _guarantors(text) == set()
