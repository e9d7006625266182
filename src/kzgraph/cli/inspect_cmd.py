"""``kzgraph explain``, ``export``, ``stats`` and ``validate``: looking into the built store."""

from __future__ import annotations

import json

import click

from kzgraph.cli.query_cmd import store_option
from kzgraph.export import FORMATS as EXPORT_FORMATS
from kzgraph.export import GRAPHS


@click.command()
@click.argument("terms", nargs=-1, required=True)
@store_option
@click.option("--iris", is_flag=True, help="Show IRIs (as CURIEs) instead of labels.")
@click.option("--json", "as_json", is_flag=True, help="Print the explanation as JSON.")
@click.option(
    "--depth",
    type=click.IntRange(1, 10),
    default=None,
    help="Levels of inferred premises to explain [default: 1 for an entity, 3 for a fact].",
)
def explain(terms, store_path, iris, as_json, depth):
    """Show where the texts say something, and how inferred facts follow.

    With one argument (an entity), every fact about it; with three (subject, property,
    object), that fact. Each stated fact shows its file, sentence, character span and rule;
    an inferred fact shows the OWL 2 RL rule, the ontology axiom and the facts it follows from.
    Names are labels, aliases, CURIEs or IRIs.

    \b
    Examples:
      kzgraph explain Kazakhstan
      kzgraph explain kzr:kaz kz:hasDiplomaticRelationsWith kzr:chn
      kzgraph explain China "has diplomatic relations with" Kazakhstan
    """
    from kzgraph import explain as explaining
    from kzgraph.named_queries import EntityNames
    from kzgraph.query import Labeller, open_store

    if len(terms) not in (1, 3):
        raise click.UsageError("give one entity, or a subject, a property and an object")
    store = open_store(store_path)
    names = EntityNames(store)
    nodes = [names.resolve(term) for term in terms]
    if len(nodes) == 1:
        explanations = explaining.explain_entity(store, nodes[0], depth=depth or 1)
    else:
        explanations = [explaining.explain_fact(store, *nodes, depth=depth or 3)]
    if as_json:
        click.echo(json.dumps([e.to_dict() for e in explanations], indent=2, ensure_ascii=False))
        return
    if len(nodes) == 3 and not explanations[0].sources and not explanations[0].inferred:
        raise click.ClickException("the graph does not hold that fact")
    label = Labeller(store, iris=iris)
    click.echo("\n".join(explaining.render(e, label) for e in explanations))


@click.command()
@store_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(EXPORT_FORMATS),
    default="turtle",
    show_default=True,
    help="RDF syntax (nquads, trig and jsonld keep named graphs).",
)
@click.option(
    "--graph",
    type=click.Choice(GRAPHS),
    default="all",
    show_default=True,
    help="asserted: facts and provenance; inferred: OWL-RL conclusions; "
    "ontology: the ontology; all: everything.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    help="Write to FILE instead of stdout.",
)
def export(store_path, fmt, graph, output):
    """Export the graph as RDF, sorted and with fixed prefixes (same store, same bytes).

    \b
    Examples:
      kzgraph export --format turtle > kzgraph.ttl
      kzgraph export --format trig --graph asserted -o asserted.trig
      kzgraph export --format nquads --graph inferred
    """
    from kzgraph.export import export as serialise
    from kzgraph.query import open_store

    data = serialise(open_store(store_path), fmt, graph)
    if output:
        with open(output, "wb") as file:
            file.write(data)
    else:
        click.echo(data, nl=False)  # bytes go to the binary stream as they are


@click.command()
@store_option
@click.option("--json", "as_json", is_flag=True, help="Print the counts as JSON.")
def stats(store_path, as_json):
    """Count documents, asserted and inferred triples, instances by class, triples by property.

    \b
    Examples:
      kzgraph stats
      kzgraph stats --json
    """
    from kzgraph.query import open_store
    from kzgraph.stats import compute_stats, render_stats

    counts = compute_stats(open_store(store_path))
    if as_json:
        click.echo(json.dumps(counts.to_dict(), indent=2))
    else:
        click.echo(render_stats(counts), nl=False)


@click.command()
@store_option
@click.option(
    "--shapes",
    type=click.Path(dir_okay=False),
    help="SHACL shapes file (default: the shipped ontology/shapes.ttl).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "turtle"]),
    default="text",
    show_default=True,
    help="Report as text, or the SHACL report graph as Turtle.",
)
@click.option("--no-reasoning", is_flag=True, help="Skip the OWL-RL consistency check.")
@click.pass_context
def validate(ctx, store_path, shapes, fmt, no_reasoning):
    """Validate the graph with SHACL (pySHACL) and check OWL-RL consistency.

    Exit codes: 0 the graph conforms and is consistent, 1 it does not, 2 validation could
    not run (e.g. a broken shapes file), 3 no store.

    \b
    Examples:
      kzgraph validate
      kzgraph validate --format turtle > report.ttl
    """
    from kzgraph.query import open_store
    from kzgraph.validate import validate_store

    report = validate_store(open_store(store_path), shapes_path=shapes, reasoning=not no_reasoning)
    click.echo(report.shacl_turtle if fmt == "turtle" else report.as_text(), nl=False)
    ctx.exit(report.exit_code)
