"""Load benchmark of ``kzgraph serve`` against Oxigraph's own server, on 127.0.0.1 only.

Starts each server in turn over the same store, sends one typical question at concurrency 1, 8
and 32 for ``--seconds`` each (30 by default), and prints a Markdown table: requests/s, p50 and
p99 latency, errors. Every load loop stops by itself: at the deadline or after
``--max-requests`` requests, whichever comes first. Load goes to 127.0.0.1 and nowhere else.

    python bench/load.py --store ~/.local/share/kzgraph/store       # a built store
    python bench/load.py --trig tests/data/server-sample.trig --seconds 5

The load generator is ``wrk`` when installed (apt-get install wrk; it is bounded by its
duration), else a threaded Python client (bounded by time and count); ``--tool`` chooses.
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from dataclasses import dataclass
from pathlib import Path

HOST = "127.0.0.1"  # the only address this script ever sends load to
PREFIXES = {
    "kz": "https://w3id.org/kzgraph/ontology#",
    "kzr": "https://w3id.org/kzgraph/resource/",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
}
# Competency question 1 with its provenance: which organisations do Kazakhstan and China both
# belong to, and which sentence says Kazakhstan is a member.
TYPICAL = (
    "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
    + """
SELECT ?organisation ?file ?sentence WHERE {
  kzr:kaz kz:memberOf ?organisation .
  kzr:chn kz:memberOf ?organisation .
  OPTIONAL {
    GRAPH ?assertion { kzr:kaz ?property ?organisation }
    ?assertion prov:wasDerivedFrom ?where .
    ?where kz:text ?sentence ; kz:beginIndex ?begin .
    ?where dcterms:isPartOf ?document . ?document kz:fileName ?file .
  }
}"""
)


@dataclass
class Result:
    server: str
    concurrency: int
    requests: int
    seconds: float
    p50_ms: float
    p99_ms: float
    errors: int

    def row(self) -> str:
        if self.errors < 0:
            return f"| {self.server} | {self.concurrency} | no answer: server down | | | |"
        rate = self.requests / self.seconds if self.seconds else 0.0
        return (
            f"| {self.server} | {self.concurrency} | {rate:,.0f} | {self.p50_ms:.1f} | "
            f"{self.p99_ms:.1f} | {self.errors} |"
        )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


def wait_until_up(port: int, path: str, process: subprocess.Popen) -> None:
    for _ in range(300):  # bounded: 30 s at most
        if process.poll() is not None:
            raise SystemExit(f"the server exited: {process.args}")
        with contextlib.suppress(OSError):
            connection = http.client.HTTPConnection(HOST, port, timeout=2)
            connection.request("GET", path)
            if connection.getresponse().status < 500:
                return
        time.sleep(0.1)
    raise SystemExit(f"the server did not come up: {process.args}")


@contextlib.contextmanager
def running(command: list[str], port: int, ready_path: str):
    """Run a server for the duration of the block; yields its process (to see if it died)."""
    with tempfile.TemporaryFile("w+") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        process.log = log
        try:
            wait_until_up(port, ready_path, process)
            yield process
        finally:
            process.terminate()
            process.wait(10)


def kzgraph_server(store: Path, port: int, workers: int):
    command = [
        sys.executable,
        "-m",
        "kzgraph",
        "serve",
        "--store",
        str(store),
        "--host",
        HOST,
        "--port",
        str(port),
        "--workers",
        str(workers),
        "--timeout",
        "10",
    ]
    return running(command, port, "/sparql"), "/sparql"


def oxigraph_command(store: Path, port: int) -> list[str]:
    oxigraph = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    return [
        oxigraph,
        "serve-read-only",
        "--location",
        str(store.resolve()),
        "--bind",
        f"{HOST}:{port}",
        "--union-default-graph",
    ]


def oxigraph_server(store: Path, port: int, workers: int):
    """Oxigraph's server as is: no time limit."""
    return running(oxigraph_command(store, port), port, "/query"), "/query"


def oxigraph_server_timeout(store: Path, port: int, workers: int):
    """Oxigraph's server with the same 10 s time limit kzgraph serve is given."""
    command = [*oxigraph_command(store, port), "--timeout-s", "10"]
    return running(command, port, "/query"), "/query"


def python_load(
    port: int, path: str, concurrency: int, seconds: float, max_requests: int
) -> tuple[list[float], int, float]:
    """Threads on keep-alive connections until the deadline or the request budget is spent."""
    target = path + "?" + urllib.parse.urlencode({"query": TYPICAL})
    latencies: list[float] = []
    errors = [0]
    budget = iter(range(max_requests))  # shared: next() is atomic enough under the GIL
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def client() -> None:
        connection = http.client.HTTPConnection(HOST, port, timeout=30)
        while time.monotonic() < deadline and next(budget, None) is not None:
            started = time.perf_counter()
            try:
                connection.request(
                    "GET", target, headers={"Accept": "application/sparql-results+json"}
                )
                response = connection.getresponse()
                response.read()
                ok = response.status == 200
            except OSError:
                connection.close()
                connection = http.client.HTTPConnection(HOST, port, timeout=30)
                ok = False
            with lock:
                latencies.append(time.perf_counter() - started)
                errors[0] += not ok

    threads = [threading.Thread(target=client) for _ in range(concurrency)]
    began = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, errors[0], time.monotonic() - began


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))] * 1000 if ordered else 0


_WRK_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def wrk_load(
    port: int, path: str, concurrency: int, seconds: float
) -> tuple[int, float, float, int]:
    """wrk for ``seconds`` (its own bound): requests, p50 ms, p99 ms, errors."""
    url = f"http://{HOST}:{port}{path}?" + urllib.parse.urlencode({"query": TYPICAL})
    run = subprocess.run(
        [
            "wrk",
            "-t",
            str(min(concurrency, 2)),
            "-c",
            str(concurrency),
            "-d",
            f"{seconds:g}s",
            "--latency",
            "-H",
            "Accept: application/sparql-results+json",
            url,
        ],
        capture_output=True,
        text=True,
        timeout=seconds + 60,
    )
    output = run.stdout
    if run.returncode != 0 or "requests in" not in output:
        return 0, 0.0, 0.0, -1  # wrk could not connect: the server is down

    def latency(label: str) -> float:
        value, unit = re.search(rf"^\s+{label}%\s+([\d.]+)(us|ms|s)$", output, re.M).groups()
        return float(value) * _WRK_UNITS[unit]

    requests = int(re.search(r"(\d+) requests in", output).group(1))
    errors = sum(
        int(n)
        for n in re.findall(
            r"(?:Non-2xx or 3xx responses|connect|read|write|"
            r"timeout):? (\d+)",
            output,
        )
    )
    return requests, latency("50"), latency("99"), errors


def measure(name: str, server, store: Path, args) -> list[Result]:
    port = free_port()
    context, path = server(store, port, args.workers)
    results = []
    with context as process:
        for concurrency in args.concurrency:
            if process.poll() is not None:
                process.log.seek(0)
                last = [line for line in process.log.read().splitlines() if line.strip()]
                print(
                    f"| {name} | {concurrency} | server died: {last[-1][:80] if last else ''}"
                    " | | | |",
                    flush=True,
                )
                continue
            if args.tool == "wrk":
                requests, p50, p99, errors = wrk_load(port, path, concurrency, args.seconds)
                elapsed = args.seconds
            else:
                latencies, errors, elapsed = python_load(
                    port, path, concurrency, args.seconds, args.max_requests
                )
                requests = len(latencies)
                p50, p99 = percentile(latencies, 0.50), percentile(latencies, 0.99)
            results.append(Result(name, concurrency, requests, elapsed, p50, p99, errors))
            print(results[-1].row(), flush=True)
    return results


def store_from_trig(trig: Path, directory: Path) -> Path:
    import pyoxigraph as ox

    path = directory / "store"
    store = ox.Store(str(path))
    store.load(path=str(trig), format=ox.RdfFormat.TRIG)
    store.flush()
    del store
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, help="a built store (default: kzgraph's default)")
    parser.add_argument("--trig", type=Path, help="load this TriG into a temporary store instead")
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 8, 32])
    parser.add_argument(
        "--max-requests", type=int, default=1_000_000, help="request budget per run (python tool)"
    )
    parser.add_argument(
        "--workers", type=int, default=os.cpu_count() or 2, help="kzgraph serve --workers"
    )
    parser.add_argument(
        "--tool", choices=["wrk", "python"], default="wrk" if shutil.which("wrk") else "python"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        if args.trig:
            store = store_from_trig(args.trig, Path(scratch))
        else:
            from kzgraph.store import default_store_path

            store = args.store or default_store_path()
        if not store.exists():
            raise SystemExit(f"no store at {store}: run `kzgraph build` or pass --trig")
        print(
            f"store {store}, tool {args.tool}, {args.seconds:g} s per run, "
            f"kzgraph serve --workers {args.workers}, {os.cpu_count()} CPUs\n"
        )
        print("| server | concurrency | requests/s | p50 ms | p99 ms | errors |")
        print("|---|---:|---:|---:|---:|---:|")
        measure("kzgraph serve", kzgraph_server, store, args)
        measure("oxigraph serve-read-only", oxigraph_server, store, args)
        measure("oxigraph serve-read-only --timeout-s 10", oxigraph_server_timeout, store, args)


if __name__ == "__main__":
    main()
