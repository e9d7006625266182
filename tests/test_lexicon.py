"""lexicon.py: the word lists of data/lexicon.jsonl, their loader, and the code asking for them."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kzgraph import lexicon
from kzgraph.errors import RuleFileError
from kzgraph.gazetteer import read_jsonl
from kzgraph.lexicon import LEXICON_REFERENCE
from kzgraph.resources import rules_dir
from kzgraph.rule_dsl import load_relation_rules

SOURCES = Path(lexicon.__file__).parent
ASKED = re.compile(r"lexicon\.(?:words|phrases|alternation)\(\s*['\"]([^'\"]+)['\"]\s*\)")
NAMED = re.compile(r"@lexicon:([a-z0-9]+(?:-[a-z0-9]+)*)")  # anywhere in a file's text


def asked_ids() -> set[str]:
    """Every list id a module of the package asks lexicon for, or a relation rule names, and
    every id a phrase of such a list names in turn."""
    asked = (
        {
            found
            for path in SOURCES.rglob("*.py")
            if path.name != "lexicon.py"
            for found in ASKED.findall(path.read_text(encoding="utf-8"))
        }
        | rule_references()
        | line_references()
    )
    shipped = lexicon.load_lexicon(lexicon.lexicon_file())
    return asked | {
        found
        for asked_id in asked & shipped.keys()
        for phrase in shipped[asked_id]
        for found in NAMED.findall(phrase)
    }


def rule_references() -> set[str]:
    """Every list id a pattern of data/relations.jsonl, or a phrase of its not_before or
    not_after, names as "@lexicon:ID"."""
    return {
        found
        for _, record in read_jsonl(rules_dir() / "relations.jsonl", ("pattern",))
        for text in [record["pattern"], *record.get("not_before", []), *record.get("not_after", [])]
        for found in LEXICON_REFERENCE.findall(text)
    }


def line_references() -> set[str]:
    """Every list id a line of data/references.jsonl or data/hedges.jsonl names as
    "@lexicon:ID" (an item of a token's word list, a hedge phrase's word)."""
    return {
        found
        for name in ("references.jsonl", "hedges.jsonl")
        for found in NAMED.findall((rules_dir() / name).read_text(encoding="utf-8"))
    }


def write(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "lexicon.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_every_id_the_code_asks_for_is_in_the_file():
    shipped = lexicon.load_lexicon(lexicon.lexicon_file())
    asked = asked_ids()
    assert asked, "no module asks the lexicon for a list"
    assert sorted(asked - shipped.keys()) == []


def test_every_list_in_the_file_is_asked_for():
    shipped = lexicon.load_lexicon(lexicon.lexicon_file())
    assert sorted(shipped.keys() - asked_ids()) == []


def test_no_id_is_given_twice_in_the_shipped_file():
    ids = [record["id"] for _, record in read_jsonl(lexicon.lexicon_file(), ("id",))]
    assert len(ids) == len(set(ids))


def test_lists_are_frozensets_made_once():
    some_id = sorted(asked_ids())[0]
    assert isinstance(lexicon.words(some_id), frozenset)
    assert lexicon.words(some_id) is lexicon.words(some_id)


def test_unknown_id_is_an_error_naming_the_file():
    with pytest.raises(RuleFileError) as raised:
        lexicon.words("no-such-list")
    assert raised.value.path == lexicon.lexicon_file()
    assert "no-such-list" in str(raised.value)


def test_a_broken_line_reports_file_and_line(tmp_path):
    path = write(
        tmp_path,
        "// a comment",
        '{"id": "good-list", "words": ["a", "b"], "note": "fine"}',
        '{"id": "bad-list", "words": ["a", "b"], "note": "broken"',
    )
    with pytest.raises(RuleFileError) as raised:
        lexicon.load_lexicon(path)
    assert (raised.value.path, raised.value.line) == (path, 3)
    assert str(raised.value).startswith(f"{path}:3: invalid JSON")


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"id": "x-list", "words": ["a"]}', "missing field(s): note"),
        (
            '{"id": "x-list", "words": "a b", "note": "n"}',
            "words must be a list of non-empty strings",
        ),
        (
            '{"id": "x-list", "words": ["a", ""], "note": "n"}',
            "words must be a list of non-empty strings",
        ),
        ('{"id": "x-list", "words": ["a", "b", "a"], "note": "n"}', "word(s) listed twice: a"),
        ('{"id": "x-list", "words": ["a"], "note": " "}', "note must say what the list is for"),
        (
            '{"id": "X List", "words": ["a"], "note": "n"}',
            "id must be lowercase words joined by hyphens",
        ),
    ],
)
def test_a_bad_record_is_refused_at_its_line(tmp_path, line, reason):
    path = write(tmp_path, '{"id": "first", "words": ["a"], "note": "n"}', line)
    with pytest.raises(RuleFileError) as raised:
        lexicon.load_lexicon(path)
    assert str(raised.value) == f"{path}:2: {reason}"


def test_a_duplicate_id_is_refused_at_the_second_line(tmp_path):
    path = write(
        tmp_path,
        '{"id": "twice", "words": ["a"], "note": "n"}',
        "",
        '{"id": "twice", "words": ["b"], "note": "n"}',
    )
    with pytest.raises(RuleFileError, match=r":3: duplicate list id 'twice'"):
        lexicon.load_lexicon(path)


def test_phrases_keep_file_order_and_alternation_matches_any_whitespace(monkeypatch, tmp_path):
    path = write(
        tmp_path, '{"id": "verbs", "words": ["set up", "gave birth to", "a.b"], "note": "n"}'
    )
    monkeypatch.setattr(lexicon, "lexicon_file", lambda: path)
    monkeypatch.setattr(lexicon, "_shipped", lambda: lexicon.load_lexicon(path))
    assert lexicon.phrases("verbs") == ("set up", "gave birth to", "a.b")
    group = re.compile(rf"^{lexicon.alternation('verbs')}$")
    assert group.match("gave  birth\nto") and group.match("set up") and group.match("a.b")
    assert not group.match("axb") and not group.match("setup")


# The relation DSL's "@lexicon:ID": a named list as alternatives of a pattern word.


def write_rules(tmp_path: Path, *patterns: str) -> Path:
    path = tmp_path / "relations.jsonl"
    lines = [
        json.dumps({"id": f"rule-{n}", "kind": "border", "pattern": pattern})
        for n, pattern in enumerate(patterns)
    ]
    path.write_text("// rules\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_the_shipped_rules_name_lists_that_resolve():
    referenced = rule_references()
    assert referenced, "no relation rule names a lexicon list"
    assert sorted(referenced - lexicon.load_lexicon(lexicon.lexicon_file()).keys()) == []
    rules = load_relation_rules()
    assert not [rid for rid, rule in rules.rules.items() if "@lexicon:" in rule["pattern"]]
    # the border rules read their closing punctuation from border-rule-punctuation
    assert rules.rules["border-between-is-long"]["pattern"].endswith(" in? long|length|,|.|;|(")


def test_a_reference_compiles_as_the_words_spelled(tmp_path):
    path = write_rules(
        tmp_path,
        "{A:State} borders {B:State} of {L:Length} long|@lexicon:border-rule-punctuation",
        "{A:State} borders {B:State} of {L:Length} long|,|.|;|(",
        "{A:State} borders {B:State} [of {L:Length} @lexicon:border-rule-punctuation?]",
    )
    rules = load_relation_rules(path)
    assert rules.rules["rule-0"]["pattern"] == rules.rules["rule-1"]["pattern"]
    assert rules.patterns["rule-0#0"].specs == rules.patterns["rule-1#0"].specs
    assert rules.rules["rule-2"]["pattern"].endswith("[of {L:Length} ,|.|;|(?]")


def test_an_unknown_reference_is_an_error_at_the_rule_line(tmp_path):
    path = write_rules(
        tmp_path, "{A:State} borders {B:State}", "{A:State} borders @lexicon:no-such"
    )
    with pytest.raises(RuleFileError) as raised:
        load_relation_rules(path)
    assert (raised.value.path, raised.value.line) == (path, 3)
    assert str(raised.value) == f"{path}:3: no word list 'no-such' in lexicon.jsonl"


def test_guard_phrases_name_lists_as_patterns_do(tmp_path):
    path = tmp_path / "relations.jsonl"
    rule = {"id": "r", "kind": "border", "pattern": "{A:State} borders {B:State}"}
    guarded = {**rule, "id": "g", "not_before": ["by the @lexicon:firm-signer-nouns-plural"]}
    guarded["not_after"] = ["its|@lexicon:local-signer-words"]
    broken = {**rule, "id": "b", "not_after": ["@lexicon:no-such"]}
    lines = [json.dumps(r) for r in (rule, guarded, broken)]
    path.write_text("// rules\n" + "\n".join(lines[:2]) + "\n", encoding="utf-8")
    loaded = load_relation_rules(path).rules["g"]
    firms = "|".join(lexicon.phrases("firm-signer-nouns-plural"))
    assert loaded["not_before"] == [f"by the {firms}"]
    assert loaded["not_after"] == ["its|" + "|".join(lexicon.phrases("local-signer-words"))]
    path.write_text("// rules\n" + "\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(RuleFileError) as raised:
        load_relation_rules(path)
    assert (raised.value.path, raised.value.line) == (path, 4)


def test_a_guard_item_naming_a_phrase_list_stands_for_each_phrase(tmp_path):
    path = tmp_path / "relations.jsonl"
    rule = {"id": "g", "kind": "border", "pattern": "{A:State} borders {B:State}"}
    rule["not_before"] = ["@lexicon:count-time-phrases-after", "'s"]
    rule["not_after"] = ["@lexicon:count-time-phrases-before"]
    path.write_text("// rules\n" + json.dumps(rule) + "\n", encoding="utf-8")
    loaded = load_relation_rules(path).rules["g"]
    after = list(lexicon.phrases("count-time-phrases-after"))
    assert loaded["not_before"] == [*after, "'s"]
    assert "at its founding|creation|inception|birth|launch|start" in after
    assert loaded["not_after"] == list(lexicon.phrases("count-time-phrases-before"))
    # the shipped count rules hold the phrases once each, from the two lists
    shipped = load_relation_rules().rules["org-member-count"]
    assert shipped["not_before"].count("( {Date}") == 1
    assert "^then" in shipped["not_after"]


def test_a_reference_inside_a_word_is_an_error_at_the_rule_line(tmp_path):
    path = write_rules(tmp_path, "{A:State} borders x@lexicon:border-rule-punctuation")
    with pytest.raises(RuleFileError, match=r"relations.jsonl:2: bad pattern: @lexicon:ID must"):
        load_relation_rules(path)


def test_a_list_with_a_word_no_pattern_word_holds_is_an_error(monkeypatch, tmp_path):
    words = write(tmp_path, '{"id": "spaced", "words": ["in length", "long"], "note": "n"}')
    monkeypatch.setattr(lexicon, "_shipped", lambda: lexicon.load_lexicon(words))
    path = write_rules(tmp_path, "{A:State} borders {B:State} {L:Length} @lexicon:spaced")
    with pytest.raises(RuleFileError) as raised:
        load_relation_rules(path)
    assert str(raised.value) == (
        f"{path}:2: word list 'spaced': 'in length' cannot be a pattern word's alternative"
    )
