"""documents.read_document: text, metadata and hash; clear errors for unusable files."""

from __future__ import annotations

import hashlib

import pytest

from kzgraph import documents
from kzgraph.documents import document_from_text, read_document
from kzgraph.errors import InputError, RuleFileError
from kzgraph.resources import data_dir


def test_reads_a_sample_text_with_its_metadata():
    path = data_dir("corpus") / "kazakhstan-usa.txt"
    document = read_document(path)
    assert document.stem == "kazakhstan-usa"
    assert document.file_name == "kazakhstan-usa.txt"
    assert document.written_from == "Kazakhstan"
    assert document.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert "Budapest" in document.text


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\n\t ", "empty file"),
        (b"Kazakhstan\x00\x01\x02", "binary file"),
        (b"Caf\xe9 in Almaty", "not UTF-8"),
    ],
)
def test_unusable_files_raise_input_error(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=reason) as caught:
        read_document(path)
    assert caught.value.path == path


def test_a_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="cannot read"):
        read_document(tmp_path / "nowhere.txt")


def test_too_large_text_is_refused_with_its_size(tmp_path, monkeypatch):
    monkeypatch.setattr(documents, "MAX_BYTES", 1000)
    path = tmp_path / "big.txt"
    path.write_text("Kazakhstan joined the CSTO. " * 100, encoding="utf-8")
    with pytest.raises(InputError, match=r"too large \(0\.0 MB, limit"):
        read_document(path)


def test_broken_metadata_names_file_and_line(tmp_path):
    (tmp_path / "a.txt").write_text("Kazakhstan joined the CSTO.", encoding="utf-8")
    (tmp_path / "a.toml").write_text('title = "x"\nwritten_from = \n', encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"a\.toml:2"):
        read_document(tmp_path / "a.txt")


def test_document_from_text_hashes_the_text():
    document = document_from_text("Astana", "demo", {"written_from": "Kazakhstan"})
    assert document.sha256 == hashlib.sha256(b"Astana").hexdigest()
    assert document.written_from == "Kazakhstan"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_a_utf16_text_with_its_byte_order_mark_is_read(tmp_path, encoding):
    text = "Kazakhstan’s capital is Astana.\r\n"
    raw = (b"\xfe\xff" if encoding.endswith("be") else b"") + text.encode(encoding)
    path = tmp_path / "notepad.txt"
    path.write_bytes(raw)
    document = read_document(path)
    assert document.text == text
    assert document.sha256 == hashlib.sha256(raw).hexdigest()


@pytest.mark.parametrize(
    "raw", [b"\xff\xfe" + bytes([1, 0, 7, 0, 20, 0, 0, 0]), b"\xff\xfe\x00binary"]
)
def test_bytes_after_a_utf16_mark_that_are_no_text_are_binary(tmp_path, raw):
    path = tmp_path / "fake.txt"
    path.write_bytes(raw)
    with pytest.raises(InputError, match="binary file"):
        read_document(path)


def test_a_blank_utf16_text_is_empty(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_bytes("  \n".encode("utf-16"))
    with pytest.raises(InputError, match="empty file"):
        read_document(path)


def test_a_utf8_byte_order_mark_is_not_part_of_the_text(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffAstana".encode())
    assert read_document(path).text == "Astana"
