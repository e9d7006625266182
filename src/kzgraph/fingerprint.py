"""What an extraction depends on, as one digest, so a build knows when a TriG file is stale.

A document's ``triples/<stem>.trig`` is current only while everything the extractor read to
make it is unchanged: the text, its ``<stem>.toml`` metadata, the rule and gazetteer data
files and the kzgraph version. The digest of those is recorded in the document graph as
``kz:extractionFingerprint``; ``kz:sha256`` stays the hash of the text alone.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache

from kzgraph import __version__
from kzgraph.resources import rules_dir


@cache
def rules_digest() -> str:
    """SHA-256 over the rule and gazetteer files (name and bytes) and the kzgraph version."""
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(rules_dir().glob("*.jsonl")):
        digest.update(path.relative_to(rules_dir()).as_posix().encode() + b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def extraction_fingerprint(text_sha256: str, metadata: dict) -> str:
    """The digest of one document's extraction inputs.

    >>> a = extraction_fingerprint("0" * 64, {"written_from": "Kazakhstan"})
    >>> a == extraction_fingerprint("0" * 64, {"written_from": "Kazakhstan"})
    True
    >>> a == extraction_fingerprint("0" * 64, {"written_from": "Mongolia"})
    False
    """
    canonical = json.dumps(metadata, sort_keys=True, ensure_ascii=False, default=str)
    parts = (text_sha256, canonical, rules_digest())
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()
