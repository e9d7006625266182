"""``kzgraph build``: summary, --json, --quiet, exit codes and error messages."""

from __future__ import annotations

import fcntl
import json
import os
import shutil
from pathlib import Path

import pytest

from kzgraph.cli import cli
from kzgraph.store import open_store

HANDMADE = Path(__file__).parent / "build_corpus"


@pytest.fixture
def corpus(tmp_path) -> Path:
    """A copy of the consistent hand-written corpus (texts + current TriG) in tmp_path."""
    shutil.copytree(HANDMADE / "consistent", tmp_path, dirs_exist_ok=True)
    return tmp_path


def build_args(folder: Path, *extra: str) -> list[str]:
    """``build`` arguments for ``folder``'s corpus, triples and store."""
    return [
        "build",
        str(folder / "corpus"),
        "--store",
        str(folder / "store"),
        "--triples",
        str(folder / "triples"),
        *extra,
    ]


def test_build_prints_a_summary(cli_runner, corpus):
    result = cli_runner.invoke(cli, build_args(corpus), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"Built {corpus / 'store'}\n")
    assert "documents         2 (0 extracted, 2 reused)" in result.stdout
    assert "sentences         3" in result.stdout
    assert "State 2" in result.stdout
    assert len(open_store(corpus / "store")) > 0


def test_json_prints_the_report(cli_runner, corpus):
    result = cli_runner.invoke(cli, build_args(corpus, "--json"), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["documents"] == 2
    assert report["reused"] == ["alpha", "beta"]
    assert report["inferred_triples"] > 0
    assert set(report["seconds"]) == {"extract", "ontology", "reason", "load"}
    assert report["entities_by_class"]["City"] == 1


def test_quiet_prints_nothing(cli_runner, corpus):
    result = cli_runner.invoke(cli, build_args(corpus, "--quiet"), catch_exceptions=False)
    assert result.exit_code == 0
    assert result.output == ""


def test_the_store_defaults_to_kzgraph_store(cli_runner, corpus, monkeypatch):
    monkeypatch.setenv("KZGRAPH_STORE", str(corpus / "from-env"))
    args = ["build", str(corpus / "corpus"), "--triples", str(corpus / "triples"), "-q"]
    result = cli_runner.invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert len(open_store(corpus / "from-env")) > 0


def test_an_inconsistent_corpus_exits_1_and_stores_nothing(cli_runner, tmp_path):
    shutil.copytree(HANDMADE / "inconsistent", tmp_path, dirs_exist_ok=True)
    result = cli_runner.invoke(cli, build_args(tmp_path), catch_exceptions=False)
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: the graph is inconsistent")
    assert '"Freedonia is an organisation."' in result.stderr
    assert not (tmp_path / "store").exists()


def test_allow_inconsistent_builds_and_lists_the_problem(cli_runner, tmp_path):
    shutil.copytree(HANDMADE / "inconsistent", tmp_path, dirs_exist_ok=True)
    args = build_args(tmp_path, "--allow-inconsistent")
    result = cli_runner.invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "inconsistent:" in result.stdout and "freedonia" in result.stdout


def test_a_missing_corpus_path_exits_2(cli_runner, tmp_path):
    args = ["build", str(tmp_path / "nope.txt"), "--store", str(tmp_path / "store")]
    result = cli_runner.invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == 2
    assert result.stderr == f"Error: {tmp_path / 'nope.txt'}: no such file or directory\n"


def test_a_busy_store_exits_3(cli_runner, corpus):
    # flock conflicts between two open file descriptions even within one process, so
    # this stands in for another build holding the lock.
    lock = corpus / "store.lock"
    lock.write_text("4242\n")
    descriptor = os.open(lock, os.O_RDWR)
    fcntl.flock(descriptor, fcntl.LOCK_EX)
    try:
        result = cli_runner.invoke(cli, build_args(corpus), catch_exceptions=False)
    finally:
        os.close(descriptor)
    assert result.exit_code == 3
    assert result.stderr.startswith("Error: another kzgraph build (pid 4242) is writing the store")
    assert not (corpus / "store").exists()


def test_a_skipped_text_still_builds_then_exits_1(cli_runner, corpus):
    (corpus / "corpus" / "empty.txt").write_bytes(b"")
    result = cli_runner.invoke(cli, build_args(corpus), catch_exceptions=False)
    assert result.exit_code == 1
    assert "documents         2" in result.stdout
    assert result.stderr == (
        f"Error: 1 text(s) skipped: {corpus / 'corpus' / 'empty.txt'}: empty file\n"
    )
    assert len(open_store(corpus / "store")) > 0


def test_help_shows_an_example(cli_runner):
    result = cli_runner.invoke(cli, ["build", "--help"], catch_exceptions=False)
    assert result.exit_code == 0
    assert "kzgraph build corpus/ --store /tmp/kz" in result.output
