"""The ``kzgraph`` command line: a thin click layer over the library.

The click group (``cli``, in ``group.py``) imports a subcommand's module only when that
subcommand runs, so that ``kzgraph ask`` does not pay for spaCy, rdflib or owlrl. A plain
question (``ask NAME ARGS...`` or ``query SPARQL`` with the usual options) does not even pay
for click: ``main`` answers it through ``answer.answer_plainly``, the same code the click
commands run, and hands anything else (help, --list, -f, stdin, a mistyped option) to click.
This module itself imports nothing: ``kzgraph.cli.cli`` loads the click group on first use.
"""

from __future__ import annotations

import sys

#: command name -> "module:attribute" of its click command, in the order ``--help`` lists them.
COMMANDS: dict[str, str] = {
    "build": "kzgraph.cli.build_cmd:build",
    "extract": "kzgraph.cli.extract_cmd:extract",
    "query": "kzgraph.cli.query_cmd:query",
    "ask": "kzgraph.cli.query_cmd:ask",
    "explain": "kzgraph.cli.inspect_cmd:explain",
    "export": "kzgraph.cli.inspect_cmd:export",
    "stats": "kzgraph.cli.inspect_cmd:stats",
    "validate": "kzgraph.cli.inspect_cmd:validate",
    "serve": "kzgraph.cli.serve_cmd:serve",
}


def __getattr__(name: str):
    """``cli`` and ``LazyGroup`` from ``group.py``, imported (with click) on first use."""
    if name in ("cli", "LazyGroup"):
        from kzgraph.cli import group

        return getattr(group, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def main() -> None:
    """Entry point of the ``kzgraph`` console script."""
    if sys.argv[1:2] in (["ask"], ["query"]):  # the only commands answered without click
        from kzgraph.cli.answer import answer_plainly

        exit_code = answer_plainly(sys.argv[1:])
        if exit_code is not None:
            sys.exit(exit_code)
    from kzgraph.cli.group import cli

    cli(prog_name="kzgraph")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
