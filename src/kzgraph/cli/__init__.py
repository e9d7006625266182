"""The ``kzgraph`` command line: a thin click layer over the library.

Subcommands live in modules of this package and are imported only when run, so that
``kzgraph ask`` does not pay for spaCy, rdflib or owlrl (see ``LazyGroup``).
Library errors (``kzgraph.errors``) become ``Error: ...`` on stderr and their exit code.
"""

from __future__ import annotations

import importlib
import sys

import click

from kzgraph import __version__

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


class LazyGroup(click.Group):
    """A click group that imports a subcommand's module only when that subcommand runs."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [name for name in COMMANDS if self._importable(name)]

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attribute = target.split(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            if error.name == module_name:
                return None
            raise
        return getattr(module, attribute)

    @staticmethod
    def _importable(name: str) -> bool:
        import importlib.util  # only for --help: `ask` and `query` need not load it

        module_name = COMMANDS[name].split(":")[0]
        return importlib.util.find_spec(module_name) is not None

    def invoke(self, ctx: click.Context):
        from kzgraph.errors import KzgraphError

        try:
            return super().invoke(ctx)
        except KzgraphError as error:
            click.echo(f"Error: {error}", err=True)
            ctx.exit(error.exit_code)
        except KeyboardInterrupt:
            click.echo("Interrupted.", err=True)
            ctx.exit(130)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kzgraph")
def cli() -> None:
    """kzgraph: a knowledge graph of Kazakhstan's foreign relations.

    Texts in corpus/ become RDF facts typed by the kzgraph OWL ontology, each traceable
    to its sentence; OWL-RL reasoning adds what follows; the result is an Oxigraph store
    asked with SPARQL.

    \b
    Typical session:
      kzgraph build                                 # corpus -> store
      kzgraph ask shared-memberships Kazakhstan China
      kzgraph query 'SELECT * WHERE { ?s kz:memberOf ?o }'
      kzgraph serve                                 # SPARQL endpoint + query page
    """


def main() -> None:
    """Entry point of the ``kzgraph`` console script."""
    cli(prog_name="kzgraph")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
