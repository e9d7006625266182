"""Benchmark ``kzgraph extract``: CPU, wall time, words/s and peak memory of whole commands.

Two cases, each a fresh ``python -m kzgraph extract ... --out DIR`` (interpreter, imports and
start-up included, as a user runs it):

- **sample, cold**: the 2 texts of ``corpus/`` (start-up dominates: spaCy's import, the
  gazetteer, the name matchers, the relation rules, the parser model when a sentence needs it);
- **big**: ``--copies`` copies of the texts of ``corpus/`` and of the corpora under ``tests/``
  named by ``--corpora``, each copy under its own file name, on fact-dense text. The default,
  5 copies of the corpora listed in ``BIG_CORPORA``, is the set the README's "Performance"
  figures were measured on since session 4 (``/tmp/s4-big``: 575 files, 132,075 words); it is
  listed, not defined by exclusion, so that a corpus added later does not change it.

Usage: ``python bench/extract_bench.py [--runs 3] [--copies 5] [--workdir DIR]
[--python PATH]``. ``--python`` runs another interpreter or tree (``PYTHONPATH=/x/src`` in the
environment compares a frozen copy of the code). Prints a Markdown table (the best of
``--runs`` runs by CPU time; wall time inflates when other processes share the CPUs).
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
#: The corpora under tests/ of /tmp/s4-big (with corpus/): the README's "Performance" set.
BIG_CORPORA = ",".join([
    "generality", "heldout", "blind", *(f"blind{n}" for n in range(2, 10)), "traps",
    "para-membership", "para-membership2", "para-treaties", "para-infrastructure",
    "para-structure", "para-diplomacy",
])  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--copies", type=int, default=5)
    parser.add_argument("--corpora", default=BIG_CORPORA, help="corpora under tests/ copied")
    parser.add_argument("--workdir", type=Path, default=HERE / "results" / "extract")
    parser.add_argument("--python", default=sys.executable)
    options = parser.parse_args()
    big = make_big(options.workdir / "big", options.copies, options.corpora.split(","))
    sample = sorted((ROOT / "corpus").glob("*.txt"))
    rows = []
    for name, files in (("sample, cold", sample), (f"big ({options.copies} copies)", big)):
        runs = [
            run(options.python, files, options.workdir / "out") for _ in range(options.runs)
        ]  # fmt: skip
        best = min(runs, key=lambda r: r["cpu"])
        words = sum(len(f.read_text(encoding="utf-8").split()) for f in files)
        rows.append({"case": name, "files": len(files), "words": words, **best})
    print(markdown_table(rows, options.runs))


def make_big(folder: Path, copies: int, corpora: list[str]) -> list[Path]:
    """``copies`` copies of the texts of corpus/ and of ``corpora`` under tests/ (with their
    metadata), as c<N>-<name>.txt."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    texts = sorted((ROOT / "corpus").glob("*.txt"))
    for name in corpora:
        found = sorted((ROOT / "tests" / name / "corpus").glob("*.txt"))
        if not found:
            raise SystemExit(f"no texts in tests/{name}/corpus/")
        texts += found
    texts.sort()
    made = []
    for copy in range(1, copies + 1):
        for text in texts:
            stem = re.sub(r"[^\w-]+", "_", str(text.relative_to(ROOT).with_suffix("")))
            target = folder / f"c{copy}-{stem}.txt"
            shutil.copyfile(text, target)
            if text.with_suffix(".toml").is_file():
                shutil.copyfile(text.with_suffix(".toml"), target.with_suffix(".toml"))
            made.append(target)
    return made


def run(python: str, files: list[Path], out: Path) -> dict:
    """One fresh extraction: CPU (user + system), wall seconds and a peak RSS.

    The RSS is getrusage(RUSAGE_CHILDREN).ru_maxrss: the largest peak of any child this
    process has waited for so far, not this child's own peak (a run smaller than an earlier
    one shows the earlier peak). Each case's first run is its own figure only because the
    cases run smallest first."""
    shutil.rmtree(out, ignore_errors=True)
    command = [python, "-m", "kzgraph", "extract", *map(str, files), "--out", str(out)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT, env=os.environ.copy())
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"cpu": cpu, "wall": wall, "rss_mb": after.ru_maxrss / 1024}


def markdown_table(rows: list[dict], runs: int) -> str:
    lines = [
        f"best of {runs} runs by CPU time",
        "",
        "| case | files | words | CPU s | wall s | words/s (CPU) | max child RSS so far MB |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r['case']} | {r['files']} | {r['words']:,} | {r['cpu']:.2f} | {r['wall']:.2f}"
            f" | {r['words'] / r['cpu']:,.0f} | {r['rss_mb']:.0f} |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    main()
