"""Fixtures shared by the test files: a CLI runner and the sample corpus built into a store.

``sample_store`` is the *path* of a store (open it with ``kzgraph.store.open_store(path)``
or pass it to ``--store``); ``sample_build`` is the BuildReport of that build.
"""

from __future__ import annotations

import contextlib
import importlib.util
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
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
    return store_from_trig(QUERY_GRAPH, tmp_path_factory.mktemp("query-graph") / "store")


def store_from_trig(trig: Path, path: Path) -> Path:
    """Load ``trig`` into a new on-disk store at ``path`` and close it; returns ``path``."""
    import pyoxigraph

    store = pyoxigraph.Store(str(path))
    store.load(path=str(trig), format=pyoxigraph.RdfFormat.TRIG)
    store.flush()
    del store  # release RocksDB's lock so read-only opens (and server workers) can open it
    return path


@pytest.fixture(scope="session")
def load_trig():
    """``store_from_trig(trig, path)``, for test modules (conftest is not importable by them)."""
    return store_from_trig


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def serving(store: Path, *options: str):
    """``kzgraph serve`` on 127.0.0.1 and a free port, for the duration of the block."""
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "kzgraph",
        "serve",
        "--store",
        str(store),
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        *options,
    ]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(url, process)
        yield url
    finally:
        process.terminate()
        process.wait(10)


def wait_until_up(url: str, process: subprocess.Popen) -> None:
    for _ in range(300):  # bounded: 30 s at most
        if process.poll() is not None:
            raise RuntimeError(process.stdout.read().decode())
        try:
            if httpx.get(url + "/sparql", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise RuntimeError("kzgraph serve did not come up")


@pytest.fixture(scope="session")
def serve():
    """``serving(store, *options)``: a real ``kzgraph serve`` for the duration of a with-block."""
    return serving


QUERY_GRAPH = Path(__file__).parent / "fixtures" / "query-graph.trig"


def _load_helper(name: str):
    """tests/<name>.py as the module ``name``: a helper beside the tests rather than an
    installed module, so it is loaded by path. Loaded here, when conftest is imported and so
    before any test module, a test module can import it by name (``from fact_cases import
    ...``), which ``--import-mode=importlib`` would not otherwise allow."""
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).parent / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


GOLD_SCORING = _load_helper("gold_scoring")  # scores extracted facts against hand-written gold
_load_helper("fact_cases")  # builds facts in the scorer's form and checks a rule's cases


@pytest.fixture(scope="session")
def scoring():
    """tests/gold_scoring.py: scores extracted facts against hand-written gold."""
    return GOLD_SCORING


@pytest.fixture
def facts(scoring):
    """The scorable facts (gold_scoring's form) of a text extracted as one document named "t",
    ``written_from`` its metadata's state."""
    from kzgraph.documents import document_from_text
    from kzgraph.extract import extract_document

    def extract(text: str, written_from: str | None = None) -> list:
        metadata = {"written_from": written_from} if written_from else {}
        document = document_from_text(text, "t", metadata)
        return scoring.extracted_facts(extract_document(document).quads)

    return extract
