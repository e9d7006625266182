"""A pool of query worker subprocesses, each killed and replaced when a job passes the time limit.

pyoxigraph's Python API cannot interrupt a running query, so the only way to enforce a time
limit without stalling the server is to run queries in processes we can kill. A request takes an
idle worker, sends it the job over a pipe and waits at most ``timeout`` seconds for the answer;
other requests are served by the other workers meanwhile.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from kzgraph.errors import KzgraphError, StoreError
from kzgraph.server.work import worker_main

# spawn, not fork: the server process runs threads and an event loop, which fork copies badly.
_CONTEXT = multiprocessing.get_context("spawn")
_START_TIMEOUT = 60.0
logger = logging.getLogger(__name__)


class ServeError(KzgraphError):
    """An HTTP request fails: carries the status, a stable error code and extra details."""

    def __init__(self, status: int, code: str, message: str, **details):
        super().__init__(message)
        self.status = status
        self.code = code
        self.details = details


class Worker:
    """One subprocess holding an open store, reached through a pipe."""

    def __init__(self, store_path: Path, writable: bool):
        self.store_path = store_path
        self.writable = writable
        self.start()

    def start(self) -> None:
        self.conn, child_conn = _CONTEXT.Pipe()
        self.process = _CONTEXT.Process(
            target=worker_main,
            args=(child_conn, str(self.store_path), self.writable),
            daemon=True,
            name="kzgraph-query-worker",
        )
        self.process.start()
        child_conn.close()
        if not self.conn.poll(_START_TIMEOUT):
            self.stop()
            raise StoreError(f"a query worker did not start within {_START_TIMEOUT:.0f} s")
        ready = self.conn.recv()
        if not ready.get("ok"):
            self.stop()
            raise StoreError(ready["message"])

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()

    @property
    def stopped(self) -> bool:
        return self.conn.closed

    def call(self, job: dict, timeout: float) -> dict:
        """Send a job and wait for its answer; past ``timeout`` kill the process (see restart)."""
        try:
            self.conn.send(job)
            if self.conn.poll(timeout):
                return self.conn.recv()
        except (EOFError, OSError) as error:
            self.stop()
            raise ServeError(500, "internal", "the query worker died; it is restarting") from error
        self.stop()
        raise ServeError(
            503,
            "query_timeout",
            f"the query ran longer than the server's limit of {timeout:g} s and was stopped",
            limit_seconds=timeout,
        )


class WorkerPool:
    """``size`` workers over one store; ``run`` gives a job to an idle one, bounded in time."""

    def __init__(self, store_path: Path, *, size: int, timeout: float, writable: bool = False):
        self.store_path = store_path
        self.size = size
        self.timeout = timeout
        self.writable = writable
        self._workers: list[Worker] = []
        self._idle: asyncio.Queue[Worker] | None = None
        self._executor = ThreadPoolExecutor(max_workers=size, thread_name_prefix="kzgraph-job")

    def start(self) -> None:
        """Start every worker (each opens the store); StoreError if one cannot."""
        try:
            self._workers = [Worker(self.store_path, self.writable) for _ in range(self.size)]
        except BaseException:
            self.close()
            raise
        self._idle = asyncio.Queue()
        for worker in self._workers:
            self._idle.put_nowait(worker)

    async def run(self, job: dict) -> dict:
        """The worker's answer to ``job``; ServeError 503 when the limit passes first."""
        assert self._idle is not None, "WorkerPool.start() was not called"
        try:  # all workers busy: wait for one, but no longer than a query may run
            worker = await asyncio.wait_for(self._idle.get(), self.timeout)
        except TimeoutError:
            raise ServeError(503, "busy", "every query worker stayed busy; try again") from None
        loop = asyncio.get_running_loop()
        # The worker goes back to the idle queue from the thread, once its job is really over:
        # a client that disconnects must not hand a still-busy worker to the next request.
        return await loop.run_in_executor(self._executor, self._call, worker, job, loop)

    def _call(self, worker: Worker, job: dict, loop: asyncio.AbstractEventLoop) -> dict:
        try:
            return worker.call(job, self.timeout)
        finally:
            if worker.stopped:  # answer the client now; the replacement starts meanwhile
                threading.Thread(target=self._restart, args=(worker, loop), daemon=True).start()
            else:
                loop.call_soon_threadsafe(self._idle.put_nowait, worker)

    def _restart(self, worker: Worker, loop: asyncio.AbstractEventLoop) -> None:
        try:
            worker.start()
        except KzgraphError as error:  # e.g. the store vanished: the next call reports it
            logger.error("cannot restart a query worker: %s", error)
        finally:
            loop.call_soon_threadsafe(self._idle.put_nowait, worker)

    def close(self) -> None:
        """Stop every worker process."""
        for worker in self._workers:
            worker.stop()
        self._workers = []
        self._executor.shutdown(wait=False, cancel_futures=True)
