"""Broken rule files are reported with their file and line, at load and by the CLI (session 6)."""

import shutil

import pytest

from kzgraph.errors import RuleFileError
from kzgraph.resources import rules_dir
from kzgraph.rule_dsl import load_relation_rules


def _rules_with(tmp_path, line: str, at: int = 5):
    path = tmp_path / "relations.jsonl"
    lines = (rules_dir() / "relations.jsonl").read_text(encoding="utf-8").splitlines()
    lines.insert(at, line)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "pattern",
    [
        "[{X:State} joined {O:Organisation}]",  # every part optional: one variant is empty
        "[{X:State} signed] [{T:Treaty}]",
        "[{X:State}] [acceded to] [{O:Organisation}]",
    ],
)
def test_a_rule_whose_parts_are_all_optional_is_refused_at_load(tmp_path, pattern):
    line = f'{{"id": "zz-broken", "kind": "membership", "pattern": "{pattern}"}}'
    with pytest.raises(RuleFileError, match=r"relations\.jsonl:6: bad pattern: a variant"):
        load_relation_rules(_rules_with(tmp_path, line))


def test_a_rule_with_one_required_part_still_loads(tmp_path):
    # look-alike: optional parts around a required word make no empty variant
    line = '{"id": "zz-fine", "kind": "membership", "pattern": "[{X:State}] joined [{O:Organisation}]"}'
    rules = load_relation_rules(_rules_with(tmp_path, line))
    assert len(rules.variants["zz-fine"]) == 4
    assert all(compiled.specs for compiled in rules.variants["zz-fine"])
