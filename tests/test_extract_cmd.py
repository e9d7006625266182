"""``kzgraph extract``: report, exit codes, skipped files."""

from __future__ import annotations

from click.testing import CliRunner

from kzgraph.cli import cli

TEXT = "Uzbekistan joined the Collective Security Treaty Organization in 2006.\n"


def test_extract_writes_trig_and_reports_facts(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "uzbek.txt").write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", "uzbek.txt", "--out", "out"],
                                catch_exceptions=False)  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "1 document(s), 1 sentence(s) -> out/" in result.output
    assert "  membership: 1" in result.output
    assert "kz:memberOf kzr:csto" in (tmp_path / "out" / "uzbek.trig").read_text(encoding="utf-8")


def test_extract_defaults_to_corpus_and_exits_1_when_a_file_is_skipped(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "corpus" / "b.txt").write_bytes(b"\xff\xfe\x00binary")
    result = CliRunner().invoke(cli, ["extract"], catch_exceptions=False)
    assert result.exit_code == 1
    assert "1 document(s), 1 sentence(s) -> triples/" in result.output
    assert "skipped corpus/b.txt: binary file (contains NUL bytes)" in result.output
    assert "Error: 1 file(s) skipped" in result.output
    assert (tmp_path / "triples" / "a.trig").is_file()


def test_extract_without_files_or_corpus_is_a_usage_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["extract"], catch_exceptions=False)
    assert result.exit_code == 2
    assert "no FILES given and no corpus/*.txt here" in result.output


def _failing_on(stem: str, monkeypatch) -> None:
    """Make the extractor fail (as a bug would) on the text named ``stem``, and only there."""
    from kzgraph import extract

    real = extract.extract_document

    def extract_document(document):
        if document.stem == stem:
            raise IndexError("a reader ran past the end of a sentence")
        return real(document)

    monkeypatch.setattr(extract, "extract_document", extract_document)


def test_a_text_the_extractor_fails_on_is_skipped_and_the_others_are_written(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "corpus" / "b.txt").write_text(TEXT, encoding="utf-8")
    _failing_on("a", monkeypatch)
    result = CliRunner().invoke(cli, ["extract"], catch_exceptions=False)
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert (
        "skipped corpus/a.txt: the extractor failed on this text (IndexError: a reader ran "
        "past the end of a sentence); this is a bug in kzgraph: please report it" in result.output
    )
    assert (tmp_path / "triples" / "b.trig").is_file()
    assert not (tmp_path / "triples" / "a.trig").exists()


def test_a_build_skips_a_text_the_extractor_fails_on(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "corpus" / "b.txt").write_text(TEXT.replace("Uzbekistan", "Tajikistan"),
                                                encoding="utf-8")  # fmt: skip
    _failing_on("a", monkeypatch)
    args = ["build", "--store", str(tmp_path / "store")]
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert "1 text(s) skipped" in result.output and "IndexError" in result.output
    assert (tmp_path / "triples" / "b.trig").is_file()
