"""The persistent Oxigraph store: where it lives, opening it, and replacing it atomically.

On-disk layout, for a store path ``PATH`` (default ``~/.local/share/kzgraph/store``)::

    PATH                  a symlink to the current generation, e.g. ``PATH.generations/7``
    PATH.generations/     one RocksDB directory per build, numbered 1, 2, 3 ...
        7/                the current generation (what ``PATH`` points to)
        6/                the previous one, kept so a reader that opened it just before
                          the swap can finish; removed by the next build
    PATH.lock             the build lock (``fcntl.flock``), holding the builder's pid

A build writes a new generation directory, flushes and closes it, then points ``PATH``
at it with ``os.replace`` of a fresh symlink: a rename, atomic on POSIX, so a reader
sees either the old store or the new one, never half of either. A build that dies
before the rename (Ctrl-C, ``kill -9``) leaves ``PATH`` on the old generation; its
half-written directory is removed by the next build, which runs under the same lock.
Readers resolve the symlink once and open that generation read-only, so a swap during
a query does not mix two generations.

Only pyoxigraph is imported at the top (shutil where a build needs it): the query path
imports this module.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph

from kzgraph.errors import StoreBusy, StoreError, StoreMissing

#: lock file path -> open file descriptor, for the locks this process holds (re-entrant).
_HELD_LOCKS: dict[Path, int] = {}


def default_store_path() -> Path:
    """``$KZGRAPH_STORE``, else ``$XDG_DATA_HOME/kzgraph/store`` (``~/.local/share/...``).

    >>> from unittest import mock
    >>> with mock.patch.dict(os.environ, {"KZGRAPH_STORE": "/tmp/example-store"}):
    ...     str(default_store_path())
    '/tmp/example-store'
    """
    explicit = os.environ.get("KZGRAPH_STORE")
    if explicit:
        return Path(explicit).expanduser()
    # The XDG spec says an empty XDG_DATA_HOME counts as unset.
    data_home = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(data_home) / "kzgraph" / "store"


def open_store(path: Path | str | None = None, *, read_only: bool = True) -> pyoxigraph.Store:
    """Open the store at ``path`` (default: ``default_store_path()``); StoreMissing if absent."""
    store_path = Path(path) if path is not None else default_store_path()
    if not store_path.exists():  # follows the symlink: a dangling one is missing too
        raise StoreMissing(store_path)
    # Resolve once: later file opens must not follow a symlink a build has since swapped.
    generation = store_path.resolve()
    try:
        if read_only:
            return pyoxigraph.Store.read_only(str(generation))
        return pyoxigraph.Store(str(generation))
    except (OSError, RuntimeError) as error:  # RocksDB reports corruption as RuntimeError
        raise StoreError(f"cannot open the store at {store_path}: {error}") from error


def generations_dir(path: Path) -> Path:
    """The directory holding ``path``'s generations (``PATH.generations``)."""
    return path.with_name(path.name + ".generations")


def lock_file(path: Path) -> Path:
    """The build lock file beside ``path`` (``PATH.lock``)."""
    return path.with_name(path.name + ".lock")


@contextmanager
def build_lock(path: Path | str | None = None) -> Iterator[Path]:
    """Hold the build lock of the store at ``path``; StoreBusy if another build holds it.

    Re-entrant within a process. On entry, removes what a killed build left behind.
    """
    store_path = Path(path) if path is not None else default_store_path()
    lock_path = lock_file(store_path).absolute()
    if lock_path in _HELD_LOCKS:
        yield store_path
        return
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = os.read(descriptor, 32).decode(errors="replace").strip() or "unknown"
        os.close(descriptor)
        raise StoreBusy(
            f"another kzgraph build (pid {holder}) is writing the store at {store_path}; "
            "wait for it to finish"
        ) from None
    os.ftruncate(descriptor, 0)
    os.write(descriptor, f"{os.getpid()}\n".encode())
    _HELD_LOCKS[lock_path] = descriptor
    try:
        remove_stale_generations(store_path)
        yield store_path
    finally:
        del _HELD_LOCKS[lock_path]
        os.close(descriptor)  # closing the descriptor releases the flock


def write_store(quads: Iterable[pyoxigraph.Quad], path: Path | str | None = None) -> Path:
    """Write ``quads`` into a new generation and swap it in as the store at ``path``.

    Returns the new generation's directory. Takes the build lock unless already held.

    >>> import tempfile
    >>> from pyoxigraph import Literal, NamedNode, Quad
    >>> target = Path(tempfile.mkdtemp()) / "store"
    >>> quad = Quad(NamedNode("http://ex/s"), NamedNode("http://ex/p"), Literal("o"))
    >>> write_store([quad], target).name
    '1'
    >>> len(open_store(target))
    1
    """
    store_path = Path(path) if path is not None else default_store_path()
    with build_lock(store_path):
        refuse_foreign_directory(store_path)
        generation = next_generation(store_path)
        try:
            fill_generation(generation, quads)
            swap_in(store_path, generation)
        except BaseException:  # Ctrl-C included: leave nothing half-built behind
            import shutil

            shutil.rmtree(generation, ignore_errors=True)
            raise
        remove_stale_generations(store_path)
    return generation


def fill_generation(generation: Path, quads: Iterable[pyoxigraph.Quad]) -> None:
    """Bulk-load ``quads`` into a new RocksDB store at ``generation`` and close it."""
    store = pyoxigraph.Store(str(generation))
    store.bulk_extend(quads)
    store.flush()
    del store  # drops the last reference: RocksDB closes before anyone opens it read-only


def swap_in(store_path: Path, generation: Path) -> None:
    """Point ``store_path`` at ``generation`` atomically (rename of a new symlink over it)."""
    target = os.path.relpath(generation, store_path.parent)
    temporary = generations_dir(store_path) / f".link-{os.getpid()}"
    if temporary.is_symlink():
        temporary.unlink()
    os.symlink(target, temporary)
    if store_path.is_dir() and not store_path.is_symlink():
        store_path.rmdir()  # an empty directory (refuse_foreign_directory checked)
    os.replace(temporary, store_path)
    sync_directory(store_path.parent)  # make the rename itself survive a power cut


def sync_directory(directory: Path) -> None:
    """fsync a directory, so that renames in it are on disk."""
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def refuse_foreign_directory(store_path: Path) -> None:
    """Refuse to replace a real, non-empty directory at ``store_path``: it is not ours."""
    if store_path.is_symlink() or not store_path.exists():
        return
    if store_path.is_dir() and not any(store_path.iterdir()):
        return
    raise StoreError(
        f"{store_path} exists and was not made by `kzgraph build`; "
        "move it away or choose another --store"
    )


def current_generation(store_path: Path) -> Path | None:
    """The generation directory ``store_path`` points to, or None."""
    if not store_path.is_symlink() or not store_path.exists():
        return None
    return store_path.resolve()


def next_generation(store_path: Path) -> Path:
    """A fresh, numbered generation directory path (not yet created)."""
    parent = generations_dir(store_path)
    parent.mkdir(parents=True, exist_ok=True)
    numbers = [int(entry.name) for entry in parent.iterdir() if entry.name.isdigit()]
    return parent / str(max(numbers, default=0) + 1)


def remove_stale_generations(store_path: Path) -> None:
    """Remove all generations but the current one and the one before it (call under the lock)."""
    parent = generations_dir(store_path)
    if not parent.is_dir():
        return
    current = current_generation(store_path)
    numbered = sorted(
        (entry for entry in parent.iterdir() if entry.name.isdigit()), key=lambda e: int(e.name)
    )
    keep = set()
    if current is not None and current.parent == parent.resolve():
        keep.add(current.name)
        older = [entry.name for entry in numbered if int(entry.name) < int(current.name)]
        keep.update(older[-1:])
    import shutil  # here, not at the top: the query path imports this module

    for entry in parent.iterdir():
        if entry.name in keep:
            continue
        if entry.is_symlink() or not entry.is_dir():
            entry.unlink()
        else:
            shutil.rmtree(entry, ignore_errors=True)
