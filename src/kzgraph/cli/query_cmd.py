"""``kzgraph query`` and ``kzgraph ask``: SPARQL and named questions over the built store.

Only click, pyoxigraph and kzgraph's light modules are imported here (see test_cli's
import check): no rdflib, spaCy, owlrl or pySHACL on the way to an answer. The answers
themselves come from ``answer.py``, which ``main`` also calls without click for a plain
question.
"""

from __future__ import annotations

import sys

import click

from kzgraph.cli.answer import query_answer, question_answer
from kzgraph.namespaces import PREFIXES
from kzgraph.query import FORMATS

_PREFIX_LIST = "\n".join(f"  {prefix}: <{iri}>" for prefix, iri in PREFIXES.items())

store_option = click.option(
    "--store",
    "store_path",
    type=click.Path(),
    default=None,
    help="Store directory (default: $KZGRAPH_STORE, else ~/.local/share/kzgraph/store).",
)
format_option = click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default=None,
    help="Output format. Default: table on a terminal; otherwise tsv for SELECT/ASK "
    "and turtle for CONSTRUCT/DESCRIBE.",
)
iris_option = click.option(
    "--iris", is_flag=True, help="Show IRIs (as CURIEs) in tables instead of labels."
)
asserted_option = click.option(
    "--asserted-only", is_flag=True, help="Leave out inferred triples (the kzg:inferred graph)."
)


@click.command(epilog=f"\b\nPredeclared prefixes:\n{_PREFIX_LIST}")
@click.argument("sparql", required=False)
@click.option(
    "-f",
    "--file",
    "query_file",
    type=click.File("r", encoding="utf-8"),
    help="Read the query from FILE ('-' for stdin).",
)
@store_option
@format_option
@iris_option
@asserted_option
def query(sparql, query_file, store_path, fmt, iris, asserted_only):
    """Run a SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE) over the graph.

    The query comes from the argument, from -f FILE, or from stdin. Queries see the union
    of the asserted, inferred and ontology graphs (--asserted-only: all but the inferred).
    UPDATE is refused. A syntax error gives its line and column and exits with 2.

    \b
    Examples:
      kzgraph query 'SELECT ?org WHERE { kzr:kaz kz:memberOf ?org }'
      kzgraph query -f question.rq --format json
      echo 'ASK { kzr:kaz kz:memberOf ?o }' | kzgraph query
    """
    text = _query_text(sparql, query_file)
    click.echo(
        query_answer(text, store_path=store_path, fmt=fmt, iris=iris, asserted_only=asserted_only),
        nl=False,
    )


def _query_text(sparql: str | None, query_file) -> str:
    if sparql and query_file:
        raise click.UsageError("give the query as an argument or with -f, not both")
    if query_file is not None:
        return query_file.read()
    if sparql:
        return sparql
    if sys.stdin.isatty():
        raise click.UsageError("no query: give one as an argument, with -f FILE, or on stdin")
    return sys.stdin.read()


@click.command()
@click.argument("name", required=False)
@click.argument("args", nargs=-1)
@click.option("--list", "list_queries", is_flag=True, help="List the named questions.")
@store_option
@format_option
@iris_option
@asserted_option
def ask(name, args, list_queries, store_path, fmt, iris, asserted_only):
    """Ask a named question from queries/ with entity names as arguments.

    Entities are given by label, alias, acronym or IRI/CURIE (Kazakhstan, SCO, kzr:chn);
    an unknown or ambiguous name is an error listing the closest names.

    \b
    Examples:
      kzgraph ask --list
      kzgraph ask shared-memberships Kazakhstan China
      kzgraph ask where-stated China kz:hasDiplomaticRelationsWith Kazakhstan
    """
    if list_queries or not name:
        from kzgraph.named_queries import load_catalogue

        click.echo(_catalogue_text(load_catalogue()), nl=False)
        return
    click.echo(
        question_answer(
            name, list(args), store_path=store_path, fmt=fmt, iris=iris, asserted_only=asserted_only
        ),
        nl=False,
    )


def _catalogue_text(catalogue) -> str:
    lines = []
    for named in catalogue.values():
        lines.append(f"{named.usage}\n    {named.title}")
        lines.extend(f"    {p.name.upper()}: {p.description}" for p in named.params)
    return "\n".join(lines) + "\n"
