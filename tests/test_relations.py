"""relations: the rule DSL, rule-file errors, and facts from sentences (coordination too)."""

from __future__ import annotations

import shutil

import pytest

from kzgraph.documents import document_from_text
from kzgraph.errors import RuleFileError
from kzgraph.extract import _sentence_mentions
from kzgraph.gazetteer import default_gazetteer
from kzgraph.references import context_for
from kzgraph.relations import (
    _split_optional,
    compile_word,
    default_relation_rules,
    extract_relations,
    load_relation_rules,
)
from kzgraph.resources import rules_dir
from kzgraph.sentences import iter_sentence_spans


def facts_of(text: str):
    """(rule, {role: [entity keys or value text]}) for each fact of a one-sentence text."""
    context = context_for(document_from_text(text).written_from, default_gazetteer())
    [(offset, span)] = list(iter_sentence_spans(text))
    mentions = _sentence_mentions(span, offset, text, context)
    start = offset + span.start_char
    facts = extract_relations(text[start : offset + span.end_char], start, mentions, None)
    return [(f.rule, {r: _fillers(text, v) for r, v in f.roles.items()}) for f in facts]


def _fillers(text: str, fillers) -> list[str]:
    keys = [e.key for mention, _ in fillers for e in mention.entities]
    return keys or [text[mention.start : mention.end] for mention, _ in fillers]


def test_optional_parts_expand_to_variants():
    assert _split_optional(["a", "[", "b", "c", "]", "d"]) == [["a", "b", "c", "d"], ["a", "d"]]
    with pytest.raises(ValueError, match="unclosed"):
        _split_optional(["a", "[", "b"])


def test_gaps_and_slots_compile_to_matcher_tokens():
    spec, _ = compile_word("...4")
    assert spec["OP"] == "*" and spec["GAP"] == 4 and spec["_"] == {"kz_actor": False}
    assert "_" not in compile_word("*4")[0]
    assert compile_word("{S:State/2}") == (
        {"_": {"kz_kinds": {"REGEX": r"\|State\|"}, "kz_group": True}},
        ("S", "State"),
    )


def test_coordinated_signatories_all_sign():
    [(rule, roles)] = facts_of(
        "Kazakhstan, China, Kyrgyzstan and Tajikistan signed the Shanghai Agreement in 1996."
    )
    assert rule == "treaty-signed-by-states"
    assert roles["S"] == ["kaz", "chn", "kgz", "tjk"]
    assert roles["T"] == ["shanghai-agreement"]


def test_a_gap_may_pass_over_other_treaties_but_pairs_each_with_its_date():
    found = facts_of(
        "Russia and Belarus signed a trade agreement in May 1995 and a border treaty in June 1996."
    )
    pairs = sorted((roles["T"], roles["D"]) for _, roles in found)
    assert [d for _, d in pairs] == [["June 1996"], ["May 1995"]]
    assert all(roles["S"] == ["rus", "blr"] for _, roles in found)


def test_partnership_is_not_membership():
    found = facts_of("Turkmenistan joined NATO's Partnership for Peace programme in 1994.")
    assert [rule for rule, _ in found] == ["programme-joined"]


@pytest.fixture
def rules_copy(tmp_path):
    path = tmp_path / "relations.jsonl"
    shutil.copy(rules_dir() / "relations.jsonl", path)
    return path


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"id": "x", "kind": "membership"}', "missing field"),
        ('{"id": "x", "kind": "friendship", "pattern": "{A:State} likes {B:State}"}',
         "unknown kind 'friendship'"),
        ('{"id": "x", "kind": "membership", "pattern": "{X:State} joined [ {O:Organisation}"}',
         "bad pattern: unclosed"),
        ('{"id": "x", "kind": "membership", "pattern": ', "invalid JSON"),
    ],
)  # fmt: skip
def test_a_broken_rule_is_reported_with_file_and_line(rules_copy, line, message):
    lines = rules_copy.read_text(encoding="utf-8").splitlines()
    lines.insert(5, line)
    rules_copy.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(RuleFileError, match=rf"relations\.jsonl:6: {message}"):
        load_relation_rules(rules_copy)


def test_every_shipped_rule_compiles():
    rules = default_relation_rules()
    assert len(rules.rules) > 50
    assert all(needs for _, needs in rules.matchers.values())


def test_visits_summits_and_borders_in_other_words():
    rules = {rule for rule, _ in facts_of(
        "The President of Russia, Vladimir Putin, visited Astana in May 2019.")}  # fmt: skip
    assert rules == {"president-of-state", "visited"}
    [(rule, roles)] = facts_of("The summit of the CSTO was held in Minsk on 30 November 2017.")
    assert (rule, roles["O"], roles["C"]) == ("summit-of-org-in-city", ["csto"], ["minsk"])
    [(rule, roles)] = facts_of(
        "Experts compared Kazakhstan and Uzbekistan, which share a 2,300 km border."
    )
    assert roles["A"] == ["kaz", "uzb"]


def test_negated_or_observer_statements_give_nothing():
    for text in (
        "Kazakhstan did not join the WTO until 2015.",
        "Russia and China are not members of NATO.",
        "Mongolia is an observer of the SCO.",
        "Georgia left the CIS in 2009.",
    ):
        assert facts_of(text) == [], text


def test_a_hosted_summit_and_a_possessive_neighbour():
    [(rule, roles)] = facts_of("Kazakhstan hosted the OSCE summit in Astana on 1–2 December 2010.")
    assert (rule, roles["O"], roles["C"]) == ("state-hosted-org-summit", ["osce"], ["astana"])
    [(rule, roles)] = facts_of("Kazakhstan's northern neighbour Russia remains a partner.")
    assert (rule, roles["A"], roles["B"]) == ("possessive-neighbour", ["kaz"], ["rus"])
