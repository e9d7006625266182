"""``kzgraph serve``: the SPARQL endpoint and the query page over the built store."""

from __future__ import annotations

import re
from pathlib import Path

import click

_SIZE = re.compile(r"(\d+)\s*([kmg]?)b?", re.IGNORECASE)


class ByteSize(click.ParamType):
    """A size in bytes: ``1048576``, ``500k``, ``10MB``."""

    name = "size"

    def convert(self, value, param, ctx):
        if isinstance(value, int):
            return value
        match = _SIZE.fullmatch(str(value).strip())
        if not match:
            self.fail(f"{value!r} is not a size like 10MB, 500k or 1048576", param, ctx)
        return int(match.group(1)) * 1024 ** "_kmg".index((match.group(2) or "_").lower())


@click.command()
@click.option(
    "--store",
    "store_path",
    type=click.Path(path_type=Path),
    default=None,
    help="The store to serve (default: $KZGRAPH_STORE or ~/.local/share/kzgraph/store).",
)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to bind; 0.0.0.0 serves every interface.",
)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option(
    "--timeout",
    default=10.0,
    show_default=True,
    type=click.FloatRange(min=0.1),
    help="Seconds a query may run before it is stopped (HTTP 503).",
)
@click.option(
    "--max-result-size",
    default="10MB",
    show_default=True,
    type=ByteSize(),
    help="Largest serialised result sent (HTTP 422 beyond).",
)
@click.option(
    "--workers",
    default=2,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Query worker processes: queries that run at the same time.",
)
@click.option(
    "--cors",
    "cors_origins",
    multiple=True,
    metavar="ORIGIN",
    help="Allow cross-origin requests from ORIGIN (repeatable; '*' for any).",
)
@click.option(
    "--allow-update", is_flag=True, help="Accept SPARQL Update (through one writable worker)."
)
def serve(store_path, host, port, timeout, max_result_size, workers, cors_origins, allow_update):
    """Serve the store over the SPARQL 1.1 Protocol, with a query page at /.

    \b
    Endpoints: /sparql (query, service description), /store?default and
    /store?graph=IRI (graph reads), / (the query page). Read-only unless --allow-update.
    Every error is JSON: {"error": {"status", "code", "message", ...}}.

    \b
    Example:
      kzgraph serve --port 8000 &
      curl -H 'Accept: text/csv' --data-urlencode \\
        'query=SELECT ?org WHERE { kzr:kaz kz:memberOf ?org }' http://127.0.0.1:8000/sparql
    """
    import uvicorn

    from kzgraph.errors import StoreMissing
    from kzgraph.server.app import ServeConfig, create_app
    from kzgraph.store import default_store_path

    path = store_path or default_store_path()
    if not path.exists():
        raise StoreMissing(path)
    config = ServeConfig(
        path,
        timeout=timeout,
        max_result_bytes=max_result_size,
        workers=workers,
        cors_origins=tuple(cors_origins),
        allow_update=allow_update,
    )
    mode = "read-write" if allow_update else "read-only"
    click.echo(f"Serving {path} ({mode}) on http://{host}:{port}/ (Ctrl-C stops)", err=True)
    uvicorn.run(create_app(config), host=host, port=port, log_level="warning")
