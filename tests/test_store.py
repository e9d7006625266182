"""The store: default location, opening, atomic generation swaps, the build lock, recovery."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest
from pyoxigraph import Literal, NamedNode, Quad

from kzgraph import store
from kzgraph.errors import StoreBusy, StoreError, StoreMissing


def quads(label: str, count: int = 3) -> list[Quad]:
    """``count`` distinct quads whose objects carry ``label``."""
    return [
        Quad(NamedNode(f"http://ex/s{i}"), NamedNode("http://ex/p"), Literal(f"{label}{i}"))
        for i in range(count)
    ]


def contents(path) -> set[str]:
    """The object values in the store at ``path``, opened read-only."""
    return {quad.object.value for quad in store.open_store(path)}


def test_default_store_path_prefers_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("KZGRAPH_STORE", str(tmp_path / "mine"))
    assert store.default_store_path() == tmp_path / "mine"


def test_default_store_path_follows_xdg_data_home(monkeypatch, tmp_path):
    monkeypatch.delenv("KZGRAPH_STORE", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert store.default_store_path() == tmp_path / "kzgraph" / "store"


def test_default_store_path_falls_back_to_local_share(monkeypatch, tmp_path):
    monkeypatch.delenv("KZGRAPH_STORE", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", "")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert store.default_store_path() == tmp_path / ".local" / "share" / "kzgraph" / "store"


def test_missing_store_says_to_build(tmp_path):
    with pytest.raises(StoreMissing, match="run `kzgraph build` first") as caught:
        store.open_store(tmp_path / "nowhere")
    assert caught.value.exit_code == 3


def test_open_store_uses_the_default_path(monkeypatch, tmp_path):
    monkeypatch.setenv("KZGRAPH_STORE", str(tmp_path / "store"))
    with pytest.raises(StoreMissing, match=str(tmp_path / "store")):
        store.open_store()
    store.write_store(quads("a"))
    assert contents(None) == {"a0", "a1", "a2"}


def test_write_then_read_back(tmp_path):
    target = tmp_path / "store"
    store.write_store(quads("a"), target)
    assert target.is_symlink()
    assert contents(target) == {"a0", "a1", "a2"}


def test_rebuild_swaps_generations_and_keeps_only_the_previous(tmp_path):
    target = tmp_path / "store"
    for label in ("a", "b", "c"):
        store.write_store(quads(label), target)
    assert contents(target) == {"c0", "c1", "c2"}
    assert target.resolve().name == "3"
    assert sorted(p.name for p in store.generations_dir(target).iterdir()) == ["2", "3"]


def test_a_reader_keeps_its_generation_across_a_swap(tmp_path):
    target = tmp_path / "store"
    store.write_store(quads("old"), target)
    reader = store.open_store(target)
    store.write_store(quads("new"), target)
    assert {q.object.value for q in reader} == {"old0", "old1", "old2"}
    assert contents(target) == {"new0", "new1", "new2"}


def test_interrupted_write_keeps_the_old_store_and_leaves_no_debris(tmp_path, monkeypatch):
    target = tmp_path / "store"
    store.write_store(quads("old"), target)

    def interrupted(generation, _quads):
        generation.mkdir()
        (generation / "half-written").write_text("x")
        raise KeyboardInterrupt

    monkeypatch.setattr(store, "fill_generation", interrupted)
    with pytest.raises(KeyboardInterrupt):
        store.write_store(quads("new"), target)
    assert contents(target) == {"old0", "old1", "old2"}
    assert [p.name for p in store.generations_dir(target).iterdir()] == ["1"]


def test_debris_of_a_killed_build_is_removed_by_the_next(tmp_path):
    target = tmp_path / "store"
    store.write_store(quads("old"), target)
    generations = store.generations_dir(target)
    (generations / "7").mkdir()  # what a build killed mid-write leaves
    os.symlink("7", generations / ".link-99999")
    store.write_store(quads("new"), target)
    assert contents(target) == {"new0", "new1", "new2"}
    assert sorted(p.name for p in generations.iterdir()) == ["1", "2"]


def test_sigkill_mid_write_leaves_the_previous_store_readable(tmp_path):
    target = tmp_path / "store"
    store.write_store(quads("old"), target)
    writer = subprocess.Popen(
        [sys.executable, "-c", SLOW_WRITER, str(target)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert writer.stdout.readline().strip() == "writing"
        assert len(list(store.generations_dir(target).iterdir())) == 2  # the half-built one
        writer.send_signal(signal.SIGKILL)
        writer.wait()
    finally:
        writer.kill()
    assert contents(target) == {"old0", "old1", "old2"}
    store.write_store(quads("new"), target)
    assert contents(target) == {"new0", "new1", "new2"}


#: A writer that starts a generation, says so, then hangs mid-stream until killed.
SLOW_WRITER = textwrap.dedent(
    """
    import sys, time
    from pyoxigraph import Literal, NamedNode, Quad
    from kzgraph import store

    def stream():
        for i in range(1000):
            yield Quad(NamedNode("http://ex/s"), NamedNode("http://ex/p"), Literal(str(i)))
        print("writing", flush=True)
        time.sleep(60)

    store.write_store(stream(), sys.argv[1])
    """
)


def test_a_second_build_is_refused_while_one_holds_the_lock(tmp_path):
    target = tmp_path / "store"
    store.write_store(quads("old"), target)
    holder = subprocess.Popen(
        [sys.executable, "-c", LOCK_HOLDER, str(target)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(StoreBusy, match=f"pid {holder.pid}") as caught:
            store.write_store(quads("new"), target)
        assert caught.value.exit_code == 3
        assert contents(target) == {"old0", "old1", "old2"}  # readers are not blocked
    finally:
        holder.communicate("")
    store.write_store(quads("new"), target)  # the lock is free again
    assert contents(target) == {"new0", "new1", "new2"}


#: Holds a store's build lock until its stdin closes.
LOCK_HOLDER = textwrap.dedent(
    """
    import sys
    from kzgraph import store

    with store.build_lock(sys.argv[1]):
        print("locked", flush=True)
        sys.stdin.read()
    """
)


def test_the_lock_is_reentrant_within_a_process(tmp_path):
    target = tmp_path / "store"
    with store.build_lock(target):
        store.write_store(quads("a"), target)
    assert contents(target) == {"a0", "a1", "a2"}


def test_refuses_to_replace_a_directory_it_did_not_make(tmp_path):
    target = tmp_path / "store"
    target.mkdir()
    (target / "precious").write_text("keep me")
    with pytest.raises(StoreError, match="was not made by `kzgraph build`"):
        store.write_store(quads("a"), target)
    assert (target / "precious").read_text() == "keep me"


def test_an_empty_directory_becomes_the_store(tmp_path):
    target = tmp_path / "store"
    target.mkdir()
    store.write_store(quads("a"), target)
    assert target.is_symlink()
    assert contents(target) == {"a0", "a1", "a2"}


def test_read_only_store_refuses_writes(tmp_path):
    target = tmp_path / "store"
    store.write_store(quads("a"), target)
    reader = store.open_store(target)
    with pytest.raises(RuntimeError, match="read-write"):
        reader.add(quads("b")[0])


def test_garbage_at_the_store_path_is_a_store_error(tmp_path):
    target = tmp_path / "store"
    target.mkdir()
    (target / "CURRENT").write_text("not rocksdb")
    with pytest.raises(StoreError, match="cannot open the store"):
        store.open_store(target)
