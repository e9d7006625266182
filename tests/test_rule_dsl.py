"""rule_dsl: how DSL words compile, what a rule requires of a sentence, pattern-text helpers."""

from __future__ import annotations

import re

from kzgraph.rule_dsl import comma_after_subject, compile_word, requirements


def test_a_caret_word_must_open_the_sentence():
    spec, role = compile_word("^trade")
    assert spec == {"NORM": "trade", "IS_SENT_START": True} and role is None


def test_an_ordinal_word_matches_numbers_and_ordinal_words_only():
    spec, _ = compile_word("<ordinal>?")
    pattern = spec["LOWER"]["REGEX"]
    assert spec["OP"] == "?"
    assert all(re.match(pattern, word) for word in ["162nd", "fifth", "latest"])
    assert not any(re.match(pattern, word) for word in ["162", "member", "fifteen"])


def test_a_lowercase_slot_captures_the_word_itself():
    assert compile_word("{W:member|observer}") == (
        {"NORM": {"IN": ["member", "observer"]}}, ("W", "text")
    )  # fmt: skip


def test_optional_words_and_gaps_are_no_requirement_but_a_text_slot_is():
    needs = requirements(["{A:State}", "...", "signed?", "{W:member}", "treaty"])
    assert needs == [
        ("type", frozenset({"State"})), ("norm", frozenset({"member"})),
        ("norm", frozenset({"treaty"})),
    ]  # fmt: skip


def test_a_comma_after_the_first_slot_is_spelled_out_only_when_not_optional():
    assert comma_after_subject("{C:City} , {S:State}")
    assert not comma_after_subject("{C:City} ,? {S:State}")
    assert not comma_after_subject("{S:State} joined {O:Organisation} , in {D:Date}")
