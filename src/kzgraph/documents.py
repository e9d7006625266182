"""Read a corpus text and its optional ``<stem>.toml`` metadata into a ``Document``."""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from kzgraph.errors import InputError, RuleFileError

#: Larger texts are refused with a clear message: extraction runs at some 10-40 thousand words
#: a second, so a bigger file is better split (and a huge "text" is usually not one).
MAX_BYTES = 4_000_000

#: Bytes that never occur in a text file; one of them marks the file as binary.
_BINARY_MARKERS = (b"\x00",)
#: Byte-order marks of UTF-16 (little- and big-endian): such a text has NUL bytes but is text.
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")


@dataclass(frozen=True)
class Document:
    """One text: its decoded characters (offsets index into this), stem, metadata and hash."""

    text: str
    stem: str
    file_name: str
    sha256: str
    metadata: dict = field(default_factory=dict)

    @property
    def written_from(self) -> str | None:
        """The state "our country" refers to, as named in the metadata (or None)."""
        return self.metadata.get("written_from")


def document_from_text(text: str, stem: str = "text", metadata: dict | None = None) -> Document:
    """A Document for a string (tests, stdin).

    >>> document_from_text("Kazakhstan joined the CSTO.", "demo").stem
    'demo'
    """
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Document(text, stem, f"{stem}.txt", digest, dict(metadata or {}))


def read_document(path: Path | str) -> Document:
    """Read a UTF-8 (or BOM-marked UTF-16) text and its metadata; InputError for empty,
    binary or undecodable files."""
    path = Path(path)
    if path.is_file() and path.stat().st_size > MAX_BYTES * 4:  # don't even read it all
        raise InputError(path, f"too large ({path.stat().st_size / 1e6:.1f} MB)")
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise InputError(path, f"cannot read: {error.strerror or error}") from error
    if not raw.strip():
        raise InputError(path, "empty file")
    if len(raw) > MAX_BYTES:
        size = f"{len(raw) / 1e6:.1f} MB"
        raise InputError(path, f"too large ({size}, limit {MAX_BYTES / 1e6:.0f} MB): split it")
    text = decode_text(path, raw)
    if not text.strip():
        raise InputError(path, "empty file")
    metadata = read_metadata(path.with_suffix(".toml"))
    return Document(text, path.stem, path.name, hashlib.sha256(raw).hexdigest(), metadata)


def decode_text(path: Path, raw: bytes) -> str:
    """The characters of a UTF-8 text (or UTF-16 with its byte-order mark, as Windows editors
    save "Unicode" text), without a leading byte-order mark; InputError for anything else."""
    utf16 = _utf16_text(raw)
    if utf16 is not None:
        return utf16
    if any(marker in raw for marker in _BINARY_MARKERS):
        raise InputError(path, "binary file (contains NUL bytes)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(path, f"not UTF-8 (invalid byte at offset {error.start})") from error
    return text.removeprefix("\ufeff")


def _utf16_text(raw: bytes) -> str | None:
    """The text of BOM-marked UTF-16 bytes; None unless they decode to text (random bytes
    after an FF FE decode too, but into control characters)."""
    if not raw.startswith(_UTF16_BOMS):
        return None
    try:
        text = raw.decode("utf-16").removeprefix("\ufeff")
    except UnicodeDecodeError:
        return None
    return None if _CONTROL.search(text) else text


def read_metadata(path: Path) -> dict:
    """The metadata table of ``path`` (empty when the file does not exist)."""
    if not path.is_file():
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        found = re.search(r"at line (\d+)", str(error))  # tomllib puts the line in its message
        line = int(found.group(1)) if found else None
        raise RuleFileError(path, line, f"bad metadata: {error}") from error
