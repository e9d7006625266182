"""The click group of every ``kzgraph`` command, importing each subcommand only when it runs.

Subcommands live in modules of this package (``COMMANDS``), so that ``kzgraph ask`` does not
pay for spaCy, rdflib or owlrl. Library errors (``kzgraph.errors``) become ``Error: ...`` on
stderr and their exit code.
"""

from __future__ import annotations

import importlib

import click

from kzgraph import __version__
from kzgraph.cli import COMMANDS


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
