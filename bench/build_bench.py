"""Benchmark ``kzgraph build``: time per stage, triples per second and peak memory by corpus size.

Size 1 is the sample corpus; size N is a generated corpus of about N times its words:
template sentences (in the phrasings the extractor's rules are written for) about real
states (a fixed list) and made-up organisations, pipelines, companies and fields, drawn
at random with a fixed seed, so the facts differ from copy to copy instead of repeating.
Each size runs in its own process (peak RSS is per process) and is built twice:

- cold: empty triples/ folder, so every text is extracted (spaCy included);
- rebuild: triples/ current, so no text is extracted (the everyday ``kzgraph build``).

owlrl alone is owlrl's plain ``DeductiveClosure(OWLRL_Semantics).expand`` on the same
ontology + facts, without kzgraph's filtering, for comparison with the reason stage.

Usage: ``python bench/build_bench.py [--sizes 1,10,100] [--workdir DIR]``. Prints a
Markdown table to stdout; keeps the generated corpora and stores under --workdir
(default bench/results/, which git ignores).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    """Run every size in a subprocess and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,10,100", help="comma-separated multiples")
    parser.add_argument("--workdir", type=Path, default=HERE / "results")
    parser.add_argument(
        "--no-owlrl-alone", action="store_true", help="skip timing owlrl alone (it is the slowest)"
    )
    parser.add_argument("--run", type=int, help=argparse.SUPPRESS)  # one size, JSON out
    options = parser.parse_args()
    if options.run is not None:
        folder = options.workdir / f"size-{options.run}"
        print(json.dumps(run_size(options.run, folder, not options.no_owlrl_alone)))
        return
    rows = []
    for size in (int(s) for s in options.sizes.split(",")):
        print(f"size {size} ...", file=sys.stderr, flush=True)
        command = [sys.executable, __file__, "--run", str(size), "--workdir", str(options.workdir)]
        command += ["--no-owlrl-alone"] if options.no_owlrl_alone else []
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            sys.exit(f"size {size} failed:\n{result.stderr}")
        rows.append(json.loads(result.stdout.splitlines()[-1]))
    print(markdown_table(rows))


def run_size(size: int, folder: Path, with_owlrl_alone: bool = True) -> dict:
    """Generate (or copy) the corpus, build it cold and again, time owlrl alone."""
    from kzgraph.pipeline import build

    shutil.rmtree(folder, ignore_errors=True)
    corpus = folder / "corpus"
    make_corpus(size, corpus)
    paths = {"store_path": folder / "store", "triples_dir": folder / "triples"}
    cpu_start = time.process_time()  # CPU time: robust when other processes share the CPUs
    cold = build([corpus], allow_inconsistent=True, **paths)
    cold_cpu = time.process_time() - cpu_start
    rebuild = build([corpus], allow_inconsistent=True, **paths)
    rebuild_cpu = time.process_time() - cpu_start - cold_cpu
    owlrl_seconds, reasoner_input = time_owlrl_alone(folder / "store", with_owlrl_alone)
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in corpus.glob("*.txt"))
    return {
        "size": size,
        "documents": cold.documents,
        "words": words,
        "asserted": cold.asserted_triples,
        "inferred": cold.inferred_triples,
        "quads": cold.store_quads,
        "reasoner_input": reasoner_input,
        "cold": cold.seconds,
        "rebuild": rebuild.seconds,
        "cold_cpu": cold_cpu,
        "rebuild_cpu": rebuild_cpu,
        "owlrl_alone": owlrl_seconds,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "inconsistencies": len(cold.inconsistencies),
    }


def time_owlrl_alone(store_path: Path, run: bool = True) -> tuple[float | None, int]:
    """Seconds for owlrl's plain closure of ontology + the stored assertion graphs' facts.

    Also returns the size of that input; with ``run`` false, only the size (seconds None).
    """
    import owlrl
    from rdflib import Graph

    from kzgraph import pipeline
    from kzgraph.ontology import load_ontology
    from kzgraph.store import open_store

    store = open_store(store_path)
    quads = list(store)
    assertion_graphs = pipeline.assertion_graphs(quads)
    facts = {q.triple for q in quads if q.graph_name in assertion_graphs}
    graph = Graph()
    graph += load_ontology()
    graph += pipeline.to_rdflib(facts)
    size = len(graph)
    if not run:
        return None, size
    start = time.perf_counter()
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)
    return time.perf_counter() - start, size


# --- corpora ------------------------------------------------------------------------------


def make_corpus(size: int, folder: Path) -> None:
    """Size 1: the sample corpus; size N: about N times its words, generated."""
    from kzgraph import resources

    sample = resources.data_dir("corpus")
    if size == 1:
        shutil.copytree(sample, folder)
        return
    folder.mkdir(parents=True)
    sample_words = sum(len(p.read_text(encoding="utf-8").split()) for p in sample.glob("*.txt"))
    generator = CorpusGenerator(random.Random(size))
    written, number = 0, 0
    while written < size * sample_words:
        text = generator.document(sentences=40)
        (folder / f"generated-{number:05d}.txt").write_text(text, encoding="utf-8")
        written += len(text.split())
        number += 1


# fmt: off
PREFIXES = [
    "Caspian", "Steppe", "Altai", "Aral", "Ural", "Tian", "Pamir", "Turan", "Eurasian", "Silk",
    "Baltic", "Danube", "Volga", "Irtysh", "Balkhash", "Zhetysu", "Ferghana", "Khorasan",
    "Persian", "Anatolian", "Carpathian", "Nordic", "Arctic", "Atlantic", "Pacific", "Sahel",
    "Andean", "Alpine", "Iberian", "Adriatic", "Aegean", "Levant", "Gobi", "Taklamakan",
]
DOMAINS = ["Trade", "Security", "Energy", "Transport", "Water", "Customs", "Investment", "Grain"]
SYLLABLES = ["ka", "ra", "bek", "tol", "gan", "mur", "sar", "ten", "zhan", "ol", "ak", "su"]
MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]
# fmt: on


class CorpusGenerator:
    """Template sentences about random real states and synthetic, distinct named things."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.states = state_names()

    def document(self, sentences: int) -> str:
        """A text of ``sentences`` template sentences, a paragraph every five."""
        lines = [self.sentence() for _ in range(sentences)]
        paragraphs = [" ".join(lines[i : i + 5]) for i in range(0, len(lines), 5)]
        return "\n\n".join(paragraphs) + "\n"

    def sentence(self) -> str:
        """One sentence from a random template."""
        a, b, c = self.rng.sample(self.states, 3)
        template = self.rng.choice(TEMPLATES)
        return template.format(
            a=a, b=b, c=c, org=self.organisation(), pipeline=self.named("Pipeline"),
            company=self.named("Corporation"), field=self.named("oil field"),
            agreement=self.named("Agreement"), date=self.date(), month=self.month(),
            year=self.rng.randint(1991, 2024), km=self.rng.randint(100, 7000),
            amount=self.rng.randint(2, 90),
        )  # fmt: skip

    def organisation(self) -> str:
        """One of a few hundred organisations: memberships should share some."""
        return f"{self.rng.choice(PREFIXES)} {self.rng.choice(DOMAINS)} Organization"

    def named(self, kind: str) -> str:
        """A made-up name (one of ~60,000), e.g. ``Caspian Karabek Pipeline``."""
        word = "".join(self.rng.choice(SYLLABLES) for _ in range(3)).capitalize()
        return f"{self.rng.choice(PREFIXES)} {word} {kind}"

    def date(self) -> str:
        return f"{self.rng.randint(1, 28)} {self.rng.choice(MONTHS)} {self.rng.randint(1991, 2024)}"

    def month(self) -> str:
        return f"{self.rng.choice(MONTHS)} {self.rng.randint(1991, 2024)}"


TEMPLATES = [
    "{a} and {b} established diplomatic relations on {date}.",
    "{a} joined the {org} in {year}.",
    "{a} became a member of the {org} in {month}.",
    "{a} and {b} co-founded the {org} in {year}.",
    "{a}, {b} and {c} signed the {agreement} on {date}.",
    "The {pipeline} was built by {company} and completed in {year}.",
    "{a} joined the {pipeline} in {month}.",
    "{company} began to develop the {field} in {year}.",
    "{a} shares a border of {km} kilometers with {b}.",
    "Direct investment from {a} in {b} reached about ${amount}bn in {year}.",
    "Officials of {a} and {b} met to discuss the weather.",
]


def state_names() -> list[str]:
    """Short English names of UN member states (a fixed list: no territories)."""
    return sorted(set(STATES.split(", ")))


STATES = (
    "Afghanistan, Albania, Algeria, Angola, Argentina, Armenia, Australia, Austria, Azerbaijan, "
    "Bangladesh, Belarus, Belgium, Bhutan, Bolivia, Botswana, Brazil, Bulgaria, Cambodia, "
    "Cameroon, Canada, Chad, Chile, China, Colombia, Croatia, Cuba, Cyprus, Czechia, Denmark, "
    "Ecuador, Egypt, Estonia, Ethiopia, Finland, France, Gabon, Georgia, Germany, Ghana, Greece, "
    "Guatemala, Hungary, Iceland, India, Indonesia, Iran, Iraq, Ireland, Israel, Italy, Japan, "
    "Jordan, Kazakhstan, Kenya, Kuwait, Kyrgyzstan, Latvia, Lebanon, Libya, Lithuania, "
    "Luxembourg, Malaysia, Mali, Malta, Mexico, Mongolia, Morocco, Mozambique, Namibia, Nepal, "
    "Netherlands, Nigeria, Norway, Oman, Pakistan, Panama, Paraguay, Peru, Poland, Portugal, "
    "Qatar, Romania, Russia, Rwanda, Senegal, Serbia, Singapore, Slovakia, Slovenia, Somalia, "
    "Spain, Sudan, Sweden, Switzerland, Syria, Tajikistan, Thailand, Tunisia, Turkey, "
    "Turkmenistan, Uganda, Ukraine, United Kingdom, United States, Uruguay, Uzbekistan, "
    "Venezuela, Vietnam, Yemen, Zambia, Zimbabwe"
)


# --- report -------------------------------------------------------------------------------


def markdown_table(rows: list[dict]) -> str:
    """One row per size: stage seconds and throughput, owlrl alone, rebuild, peak memory."""
    header = (
        "| size | docs | words | asserted | inferred | quads | extract s (words/s) "
        "| reason s (triples/s) | owlrl alone s (triples/s) | load s (quads/s) "
        "| cold total s (CPU s) | rebuild s (CPU s) | peak RSS MB |"
    )
    lines = [header, header_rule(header)]
    for r in rows:
        cold, reason_in = r["cold"], r["reasoner_input"]
        lines.append(
            f"| {r['size']}x | {r['documents']} | {r['words']} | {r['asserted']} "
            f"| {r['inferred']} | {r['quads']} "
            f"| {rate(cold['extract'], r['words'])} | {rate(cold['reason'], reason_in)} "
            f"| {rate(r['owlrl_alone'], reason_in)} | {rate(cold['load'], r['quads'])} "
            f"| {sum(cold.values()):.2f} ({r['cold_cpu']:.2f}) "
            f"| {sum(r['rebuild'].values()):.2f} ({r['rebuild_cpu']:.2f}) "
            f"| {r['peak_rss_mb']:.0f} |"
        )
    return "\n".join(lines)


def header_rule(header: str) -> str:
    """The Markdown rule under ``header``."""
    return "|" + "---|" * (header.count("|") - 1)


def rate(seconds: float | None, amount: int) -> str:
    """``seconds (amount per second)``, or "not run"."""
    if seconds is None:
        return "not run"
    return f"{seconds:.2f} ({amount / seconds:,.0f})" if seconds else "0"


if __name__ == "__main__":
    main()
