"""Fixtures shared by the test files: a CLI runner and the sample corpus built into a store.

``sample_store`` is the *path* of a store (open it with ``kzgraph.store.open_store(path)``
or pass it to ``--store``); ``sample_build`` is the BuildReport of that build.
"""

from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner

from kzgraph import resources


@pytest.fixture
def cli_runner() -> CliRunner:
    """A click runner; invoke with ``catch_exceptions=False`` to see tracebacks."""
    return CliRunner()


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory):
    """Build the shipped sample corpus once per session into a temporary store."""
    from kzgraph.pipeline import build

    root = tmp_path_factory.mktemp("sample")
    # A copy of the committed triples: if they are stale the build re-extracts into the
    # copy, never into the repository's triples/ folder.
    triples = root / "triples"
    shutil.copytree(resources.data_dir("triples"), triples)
    store_path = root / "store"
    report = build([resources.data_dir("corpus")], store_path=store_path, triples_dir=triples)
    return store_path, report


@pytest.fixture(scope="session")
def sample_store(sample_build):
    """The path of a store built from the sample corpus (read-only use, please)."""
    return sample_build[0]
