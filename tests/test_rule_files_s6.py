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
    pattern = "[{X:State}] joined [{O:Organisation}]"
    line = f'{{"id": "zz-fine", "kind": "membership", "pattern": "{pattern}"}}'
    rules = load_relation_rules(_rules_with(tmp_path, line))
    assert len(rules.variants["zz-fine"]) == 4
    assert all(compiled.specs for compiled in rules.variants["zz-fine"])


TEXT = "Uzbekistan joined the Collective Security Treaty Organization in 2006.\n"


@pytest.fixture
def broken_relations(tmp_path, monkeypatch):
    """The shipped rules with a broken line 6, read in place of relations.jsonl (caches emptied
    before and after, so that no other test sees them)."""
    from kzgraph import extract, rule_dsl

    folder = tmp_path / "data"
    folder.mkdir()
    pattern = "[{X:State} joined {O:Organisation}]"
    line = f'{{"id": "zz-broken", "kind": "membership", "pattern": "{pattern}"}}'
    shutil.copy(_rules_with(tmp_path, line), folder / "relations.jsonl")
    monkeypatch.setattr(rule_dsl, "rules_dir", lambda: folder)
    rule_dsl.default_relation_rules.cache_clear()
    extract.load_extractor.cache_clear()
    yield folder / "relations.jsonl"
    rule_dsl.default_relation_rules.cache_clear()
    extract.load_extractor.cache_clear()


def test_extract_stops_on_a_broken_rule_with_its_file_and_line(tmp_path, monkeypatch,
                                                               broken_relations):  # fmt: skip
    from click.testing import CliRunner

    from kzgraph.cli import cli

    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text("The weather was fine.\n", encoding="utf-8")  # no names
    result = CliRunner().invoke(cli, ["extract", "a.txt", "b.txt", "--out", "out"],
                                catch_exceptions=False)  # fmt: skip
    assert result.exit_code == 2, result.output
    assert f"Error: {broken_relations}:6: bad pattern: a variant" in result.output
    assert "skipped" not in result.output
    assert not (tmp_path / "out").exists()  # nothing written before the rules are read


def test_extract_stops_on_a_broken_metadata_file(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from kzgraph.cli import cli

    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.toml").write_text('title = "x"\nwritten_from = \n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", "a.txt", "--out", "out"], catch_exceptions=False)
    assert result.exit_code == 2, result.output
    assert "a.toml:2: bad metadata" in result.output
    assert "skipped" not in result.output


def test_extract_still_skips_an_unusable_text_and_writes_the_others(tmp_path, monkeypatch):
    # look-alike: a bad text (not a bad rule file) is skipped with exit 1
    from click.testing import CliRunner

    from kzgraph.cli import cli

    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\xff\xfe\x00binary")
    result = CliRunner().invoke(cli, ["extract", "a.txt", "b.txt", "--out", "out"],
                                catch_exceptions=False)  # fmt: skip
    assert result.exit_code == 1, result.output
    assert "skipped b.txt: binary file" in result.output
    assert (tmp_path / "out" / "a.trig").is_file()


def test_loading_the_extractor_leaves_the_garbage_collector_as_it_was():
    import gc

    from kzgraph.extract import load_extractor

    frozen, enabled = gc.get_freeze_count(), gc.isenabled()
    load_extractor.__wrapped__()  # the uncached body: what a fresh process runs
    assert (gc.get_freeze_count(), gc.isenabled()) == (frozen, enabled)


def test_kzgraph_extract_loads_with_the_collector_paused_and_freezes_what_it_loaded(
    tmp_path, monkeypatch
):
    import gc

    from click.testing import CliRunner

    from kzgraph import extract
    from kzgraph.cli import cli

    states = []
    real = extract.load_extractor

    def watched():
        states.append(gc.isenabled())
        return real()

    monkeypatch.setattr(extract, "load_extractor", watched)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    gc.unfreeze()
    before = gc.get_freeze_count()
    try:
        result = CliRunner().invoke(cli, ["extract", "a.txt", "--out", "out"],
                                    catch_exceptions=False)  # fmt: skip
        assert result.exit_code == 0, result.output
        assert states[0] is False  # the command's load: collector paused
        assert gc.isenabled()
        assert gc.get_freeze_count() > before  # what it loaded is frozen
    finally:
        gc.unfreeze()


def test_hedge_phrases_are_indexed_once_with_the_hedges_they_belong_to():
    from kzgraph.hedges import Hedges, hedged

    hedges = Hedges(title=(("deputy", "minister"),), next=(("stayed", "out"), ("abstained",)))
    assert hedges.indexes["title"].by_first == {"deputy": (("deputy", "minister"),)}
    assert hedges.indexes["next"].by_length == (
        (1, frozenset({("abstained",)})), (2, frozenset({("stayed", "out")})),
    )  # fmt: skip
    assert hedged(["x", "founded", "y", "and", "z", "stayed", "out"], 0, 5, hedges)
    assert not hedged(["x", "founded", "y", "and", "z", "joined"], 0, 5, hedges)  # look-alike


def test_nothing_outside_the_trigger_rules_keeps_them_alive():
    import gc
    import weakref

    from kzgraph.triggers import _active_rules, default_trigger_rules, load_trigger_rules

    rules = load_trigger_rules()
    assert _active_rules(rules, "x joined the y") == _active_rules(
        default_trigger_rules(), "x joined the y"
    )
    assert rules.by_pair  # the phrase index is the rules' own field
    alive = weakref.ref(rules)
    del rules
    gc.collect()
    assert alive() is None  # no module-level cache holds a reference


def test_the_split_functions_keep_to_the_house_limit_of_40_lines():
    import inspect

    from kzgraph import extract, hedges, relations

    functions = [extract.extract_document, extract._read_sentence, hedges.hedged,
                 hedges._hedged_up_to_the_end, hedges._hedged_after]  # fmt: skip
    for function in functions:
        assert len(inspect.getsourcelines(function)[0]) <= 40, function.__name__
    assert relations._inside_any.__doc__


def _data_copy(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir(exist_ok=True)
    for name in ("references.jsonl", "names.jsonl"):
        shutil.copy(rules_dir() / name, folder / name)
    return folder


@pytest.mark.parametrize("strategy", ["nearest:Treaty", "near:", "the_pair", 3])
def test_a_reference_line_with_an_unknown_strategy_is_refused_with_file_and_line(
    tmp_path, strategy
):
    import json

    from kzgraph.references import check_reference_rules

    folder = _data_copy(tmp_path)
    path = folder / "references.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    record = {"id": "zz-ref", "pattern": [{"LOWER": "the"}, {"LOWER": "bloc"}],
              "refers_to": strategy}  # fmt: skip
    lines.insert(2, json.dumps(record))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"references\.jsonl:3: unknown refers_to strategy"):
        check_reference_rules(folder)


def test_the_shipped_reference_rules_name_known_strategies():
    # look-alike: every strategy of the shipped file, "state_president" and "near:X/*" included
    from kzgraph.references import check_reference_rules, known_strategy

    check_reference_rules()
    assert known_strategy("state_president") and known_strategy("near:Programme/*")


def test_a_names_file_without_the_unnamed_treaty_rule_is_refused(tmp_path):
    from kzgraph.references import check_reference_rules

    folder = _data_copy(tmp_path)
    path = folder / "names.jsonl"
    kept = [line for line in path.read_text(encoding="utf-8").splitlines()
            if '"id": "unnamed-memorandum"' not in line]  # fmt: skip
    path.write_text("\n".join(kept) + "\n", encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"names\.jsonl: no rule 'unnamed-memorandum'"):
        check_reference_rules(folder)


def test_extract_stops_on_an_unknown_reference_strategy(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from kzgraph import extract, references
    from kzgraph.cli import cli

    folder = _data_copy(tmp_path)
    path = folder / "references.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.insert(0, '{"id": "zz-ref", "pattern": [{"LOWER": "the"}], "refers_to": "nearby"}')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setattr(references, "rules_dir", lambda: folder)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    extract.load_extractor.cache_clear()
    try:
        result = CliRunner().invoke(cli, ["extract", "a.txt", "--out", "out"],
                                    catch_exceptions=False)  # fmt: skip
    finally:
        extract.load_extractor.cache_clear()
    assert result.exit_code == 2, result.output
    assert f"{path}:1: unknown refers_to strategy 'nearby'" in result.output
