"""``kzgraph extract``: texts -> triples/<stem>.trig, with a short report."""

from __future__ import annotations

from pathlib import Path

import click


def _default_files() -> list[Path]:
    return sorted(Path("corpus").glob("*.txt"))


@click.command()
@click.argument("files", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--out", "out", type=click.Path(file_okay=False, path_type=Path), default=Path("triples"),
    show_default=True, help="Folder for the <stem>.trig files.",
)  # fmt: skip
def extract(files: tuple[Path, ...], out: Path) -> None:
    """Extract facts from FILES (default: corpus/*.txt) into OUT/<stem>.trig.

    Prints documents, sentences and facts by relation; files that cannot be used
    (empty, binary, not UTF-8, over 4 MB) are listed and skipped, and the exit code
    is then 1. A broken rule or gazetteer file stops with its file and line (exit 2).

    \b
    Examples:
      kzgraph extract                          # corpus/*.txt -> triples/
      kzgraph extract notes/visit.txt --out /tmp/triples
    """
    from kzgraph.errors import DataProblem
    from kzgraph.extract import extract_corpus

    paths = list(files) or _default_files()
    if not paths:
        raise click.UsageError("no FILES given and no corpus/*.txt here")
    load_frozen()
    report = extract_corpus(paths, out)
    sentences = sum(e.sentences for e in report.extractions)
    click.echo(f"{len(report.extractions)} document(s), {sentences} sentence(s) -> {out}/")
    for extraction in report.extractions:
        facts = sum(extraction.facts.values())
        click.echo(
            f"  {extraction.document.file_name}: {extraction.sentences} sentences, {facts} facts"
        )
    for kind, count in sorted(report.facts.items()):
        click.echo(f"  {kind}: {count}")
    for path, reason in report.skipped:
        click.echo(f"skipped {path}: {reason}", err=True)
    if report.skipped:
        raise DataProblem(f"{len(report.skipped)} file(s) skipped")


def load_frozen() -> None:
    """Load the extractor with the garbage collector paused, then freeze what was loaded
    (gc.freeze): it lives as long as the process, and collections during and after loading
    would walk it again and again (about 0.35 s of CPU of a 2 s cold extraction of the
    sample). A command that owns its process may do this; the library never touches gc."""
    import gc

    from kzgraph.extract import load_extractor

    enabled = gc.isenabled()
    gc.disable()
    try:
        load_extractor()
        gc.freeze()
    finally:
        if enabled:
            gc.enable()
