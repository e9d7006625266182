"""The answers of ``kzgraph query`` and ``kzgraph ask``, and a way to them that skips click.

Importing click takes about as long as the rest of a question together (interpreter, store,
query), so ``main`` first offers the command line to ``answer_plainly``: a plain question
(``ask NAME ARGS...`` or ``query SPARQL``, with --store, --format, --iris, --asserted-only)
is answered here without click, by the same functions the click commands call, written the
way ``click.echo`` writes, with the same ``Error: ...`` lines and exit codes. Anything else
(help, ``--list``, ``-f``, stdin, a repeated, unknown or odd option, a value click would
refuse) is left to click, which parses it and reports its own usage errors.
"""

from __future__ import annotations

import codecs
import errno
import os
import sys

from kzgraph.query import FORMATS

_FLAGS = {"--iris": "iris", "--asserted-only": "asserted_only"}
_VALUE_OPTIONS = {"--store": "store_path", "--format": "fmt"}


def query_answer(
    sparql: str,
    *,
    store_path: str | None = None,
    fmt: str | None = None,
    iris: bool = False,
    asserted_only: bool = False,
) -> str:
    """What ``kzgraph query SPARQL`` prints."""
    from kzgraph.query import open_store, run_query

    store = open_store(store_path)
    result = run_query(store, sparql, asserted_only=asserted_only)
    return render(result, fmt, store, iris)


def question_answer(
    name: str,
    args: list[str],
    *,
    store_path: str | None = None,
    fmt: str | None = None,
    iris: bool = False,
    asserted_only: bool = False,
) -> str:
    """What ``kzgraph ask NAME ARGS...`` prints."""
    from kzgraph.named_queries import get_named_query, run_named_query
    from kzgraph.query import open_store

    named = get_named_query(name)
    store = open_store(store_path)
    result = run_named_query(store, named, list(args), asserted_only=asserted_only)
    # The parameters' columns repeat the arguments on every row: leave them out of tables.
    return render(result, fmt, store, iris, hidden=tuple(p.name for p in named.params))


def render(result, fmt: str | None, store, iris: bool, hidden: tuple[str, ...] = ()) -> str:
    """``result`` as ``fmt``; by default a table on a terminal, else TSV or Turtle."""
    from kzgraph.query import format_results

    fmt = fmt or _default_format(result)
    return format_results(result, fmt, store=store, iris=iris, hide=hidden)


def _default_format(result) -> str:
    import pyoxigraph as ox

    if sys.stdout.isatty():
        return "table"
    return "turtle" if isinstance(result, ox.QueryTriples) else "tsv"


def answer_plainly(argv: list[str]) -> int | None:
    """Answer a plain question without click and give its exit code; None for other commands.

    >>> answer_plainly(["ask", "--list"]) is None  # click's to answer
    True
    """
    request = plain_request(argv)
    if request is None:
        return None
    from kzgraph.errors import KzgraphError

    command, options = request
    try:
        if command == "query":
            text = query_answer(*options.pop("positional"), **options)
        else:
            name, *args = options.pop("positional")
            text = question_answer(name, args, **options)
        write(text, sys.stdout)
    except KzgraphError as error:
        write(f"Error: {error}\n", sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        write("Interrupted.\n", sys.stderr)
        return 130
    except OSError as error:
        if error.errno != errno.EPIPE:
            raise
        # The reader went away (`| head`): exit 1 quietly, as click does, with stdout on
        # /dev/null so that the interpreter's last flush has nothing to complain about.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    return 0


def plain_request(argv: list[str]) -> tuple[str, dict] | None:
    """``(command, options)`` of a plain ``ask``/``query`` command line, else None.

    >>> plain_request(["ask", "memberships", "Kazakhstan", "--format", "tsv"])
    ('ask', {'fmt': 'tsv', 'positional': ['memberships', 'Kazakhstan']})
    >>> plain_request(["query", "-f", "question.rq"]) is None
    True
    """
    if not argv or argv[0] not in ("ask", "query") or not _plain_environment():
        return None
    options: dict = {}
    positional: list[str] = []
    tokens = iter(argv[1:])
    for token in tokens:
        if not token.startswith("-"):
            positional.append(token)
            continue
        option, equals, value = token.partition("=")
        if option in _FLAGS and not equals:
            key, value = _FLAGS[option], True
        elif option in _VALUE_OPTIONS:
            key, value = _VALUE_OPTIONS[option], value if equals else next(tokens, "")
            if not value or value.startswith("-"):
                return None
        else:
            return None
        if key in options:  # click's rule for a repeated option is left to click
            return None
        options[key] = value
    if not _plain_values(options) or not positional or not positional[0]:
        return None
    if argv[0] == "query" and len(positional) != 1:
        return None
    options["positional"] = positional
    return argv[0], options


def _plain_environment() -> bool:
    """No shell-completion request (click's ``_KZGRAPH_COMPLETE``), no Windows glob expansion."""
    return os.name != "nt" and "_KZGRAPH_COMPLETE" not in os.environ


def _plain_values(options: dict) -> bool:
    """The values click would accept unchanged: a listed format, a readable (or absent) store."""
    if options.get("fmt", FORMATS[0]) not in FORMATS:
        return False
    store_path = options.get("store_path")
    if store_path is None or not os.path.exists(store_path):
        return True
    return os.access(store_path, os.R_OK)  # click.Path refuses an unreadable one


def write(text: str, stream) -> None:
    """Write and flush ``text`` as ``click.echo(text, nl=False)`` would."""
    if "\x1b" in text or not _plain_stream(stream):
        import click  # it strips colour codes off a non-terminal and mends ASCII streams

        click.echo(text, nl=False, err=stream is sys.stderr)
        return
    stream.write(text)
    stream.flush()


def _plain_stream(stream) -> bool:
    """Whether click.echo would write to ``stream`` as it is: one with a non-ASCII encoding."""
    try:
        return codecs.lookup(stream.encoding).name != "ascii"
    except (AttributeError, TypeError, LookupError):
        return False
