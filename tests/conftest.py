"""Fixtures shared by the test files: a CLI runner and the sample corpus built into a store.

``sample_store`` is the *path* of a store (open it with ``kzgraph.store.open_store(path)``
or pass it to ``--store``); ``sample_build`` is the BuildReport of that build.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

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


@pytest.fixture
def query_graph():
    """An in-memory store of tests/fixtures/query-graph.trig (hand-written, design.md's shape)."""
    import pyoxigraph

    store = pyoxigraph.Store()
    store.load(path=str(QUERY_GRAPH), format=pyoxigraph.RdfFormat.TRIG)
    return store


@pytest.fixture(scope="session")
def query_graph_store(tmp_path_factory):
    """The path of an on-disk store holding tests/fixtures/query-graph.trig (for CLI tests)."""
    import pyoxigraph

    path = tmp_path_factory.mktemp("query-graph") / "store"
    store = pyoxigraph.Store(str(path))
    store.load(path=str(QUERY_GRAPH), format=pyoxigraph.RdfFormat.TRIG)
    store.flush()
    del store  # release RocksDB's lock so read-only opens see a closed store
    return path


QUERY_GRAPH = Path(__file__).parent / "fixtures" / "query-graph.trig"


@pytest.fixture(scope="session")
def scoring():
    """tests/gold_scoring.py: scores extracted facts against hand-written gold.

    A helper beside the tests rather than an installed module, so it is loaded by path.
    """
    if "gold_scoring" not in sys.modules:
        path = Path(__file__).parent / "gold_scoring.py"
        spec = importlib.util.spec_from_file_location("gold_scoring", path)
        module = importlib.util.module_from_spec(spec)
        sys.modules["gold_scoring"] = module
        spec.loader.exec_module(module)
    return sys.modules["gold_scoring"]
