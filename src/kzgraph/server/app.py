"""The ASGI application behind ``kzgraph serve``: SPARQL 1.1 Protocol, graph store reads, the page.

Routes:

- ``/sparql``: SPARQL 1.1 Protocol (GET ``?query=``, POST form, POST ``application/sparql-query``;
  updates by POST ``application/sparql-update`` or form ``update=``, refused unless allowed).
  GET without a query answers the service description.
- ``/store``: Graph Store Protocol reads, ``GET /store?default`` and ``GET /store?graph=IRI``.
- ``/``: the query page; ``/static/...`` its assets; ``/api/...`` the JSON calls it makes.

Every error, on every route, is JSON of one shape (see ``error_response``).
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn
from urllib.parse import parse_qs

import pyoxigraph as ox
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from kzgraph.errors import KzgraphError
from kzgraph.server.formats import GRAPH_TYPES, negotiate, parse_accept, response_media_type
from kzgraph.server.pool import ServeError, WorkerPool
from kzgraph.server.work import looks_like_update

STATIC_DIR = Path(__file__).resolve().parents[1] / "static"
MAX_REQUEST_BYTES = 1_000_000
SD = "http://www.w3.org/ns/sparql-service-description#"
FORMATS = "http://www.w3.org/ns/formats/"
_RESULT_FORMATS = (
    "SPARQL_Results_JSON",
    "SPARQL_Results_XML",
    "SPARQL_Results_CSV",
    "SPARQL_Results_TSV",
    "Turtle",
    "N-Triples",
    "JSON-LD",
    "RDF_XML",
)
READ_ONLY_MESSAGE = (
    "this endpoint is read-only: SPARQL updates are refused "
    "(start the server with `kzgraph serve --allow-update` to accept them)"
)


@dataclass(frozen=True)
class ServeConfig:
    """What ``kzgraph serve`` was asked for: the store, the limits, CORS and updates."""

    store_path: Path
    timeout: float = 10.0
    max_result_bytes: int = 10_000_000
    workers: int = 2
    cors_origins: tuple[str, ...] = ()
    allow_update: bool = False


def error_response(status: int, code: str, message: str, **details) -> JSONResponse:
    """The one error shape of every route: ``{"error": {"status", "code", "message", ...}}``."""
    return JSONResponse(
        {"error": {"status": status, "code": code, "message": message, **details}},
        status_code=status,
    )


def create_app(config: ServeConfig) -> Starlette:
    """The ASGI application; its lifespan starts and stops the query workers.

    >>> app = create_app(ServeConfig(Path("/nonexistent")))
    >>> sorted(route.path for route in app.routes if hasattr(route, "methods"))[:3]
    ['/', '/api/ask', '/api/query']
    """
    # One writable worker when updates are allowed: RocksDB lets only one process write.
    pool = WorkerPool(
        config.store_path,
        size=1 if config.allow_update else config.workers,
        timeout=config.timeout,
        writable=config.allow_update,
    )

    @contextlib.asynccontextmanager
    async def lifespan(app):
        pool.start()
        try:
            yield
        finally:
            pool.close()

    endpoints = Endpoints(config, pool)
    routes = [
        Route("/", endpoints.page, methods=["GET"]),
        Route("/sparql", endpoints.sparql, methods=["GET", "POST"]),
        Route("/store", endpoints.graph_store, methods=["GET", "HEAD", "PUT", "POST", "DELETE"]),
        Route("/api/questions", endpoints.questions, methods=["GET"]),
        Route("/api/query", endpoints.page_query, methods=["POST"]),
        Route("/api/ask", endpoints.page_ask, methods=["POST"]),
        Route("/api/where", endpoints.page_where, methods=["POST"]),
        Mount("/static", StaticFiles(directory=STATIC_DIR), name="static"),
    ]
    middleware = []
    if config.cors_origins:
        middleware.append(
            Middleware(
                CORSMiddleware,
                allow_origins=list(config.cors_origins),
                allow_methods=["GET", "POST", "OPTIONS"],
                allow_headers=["Content-Type", "Accept"],
            )
        )
    handlers = {
        ServeError: on_serve_error,
        HTTPException: on_http_error,
        KzgraphError: on_library_error,
        500: on_internal_error,
    }
    return Starlette(
        routes=routes, middleware=middleware, exception_handlers=handlers, lifespan=lifespan
    )


async def on_serve_error(request: Request, error: ServeError) -> JSONResponse:
    return error_response(error.status, error.code, str(error), **error.details)


async def on_library_error(request: Request, error: KzgraphError) -> JSONResponse:
    status = 503 if error.exit_code == 3 else 400
    return error_response(status, type(error).__name__.lower(), str(error))


async def on_internal_error(request: Request, error: Exception) -> JSONResponse:
    return error_response(500, "internal", f"{type(error).__name__}: {error}")


async def on_http_error(request: Request, error: HTTPException) -> JSONResponse:
    codes = {404: "not_found", 405: "method_not_allowed"}
    message = {
        404: f"nothing at {request.url.path}",
        405: f"{request.method} is not allowed on {request.url.path}",
    }
    return error_response(
        error.status_code,
        codes.get(error.status_code, "http_error"),
        message.get(error.status_code, str(error.detail)),
    )


def answer(result: dict) -> Response:
    """A worker's answer as an HTTP response (ServeError for an error answer)."""
    if not result.get("ok"):
        details = {k: v for k, v in result.items() if k not in ("ok", "status", "code", "message")}
        raise ServeError(result["status"], result["code"], result["message"], **details)
    return Response(result["body"], media_type=result["media_type"], headers={"Vary": "Accept"})


def single(params: dict[str, list[str]], name: str) -> str | None:
    """The one value of a protocol parameter; 400 when it is given twice."""
    values = params.get(name, [])
    if len(values) > 1:
        raise ServeError(400, "bad_request", f"the `{name}` parameter is given more than once")
    return values[0] if values else None


async def read_body(request: Request) -> bytes:
    """The request body, refused past MAX_REQUEST_BYTES."""
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_REQUEST_BYTES:
            raise ServeError(
                413,
                "request_too_large",
                f"the request body is larger than {MAX_REQUEST_BYTES} bytes",
            )
    return body


def text_of(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        raise ServeError(400, "bad_request", "the request body is not UTF-8") from None


class Endpoints:
    """The route handlers, sharing the configuration and the worker pool."""

    def __init__(self, config: ServeConfig, pool: WorkerPool):
        self.config = config
        self.pool = pool

    async def page(self, request: Request) -> Response:
        return FileResponse(STATIC_DIR / "index.html", media_type="text/html")

    async def sparql(self, request: Request) -> Response:
        """SPARQL 1.1 Protocol: query or update operation, or the service description."""
        params = parse_qs(request.url.query, keep_blank_values=True)
        if request.method == "POST":
            params = await self.post_params(request, params)
        query, update = single(params, "query"), single(params, "update")
        if update is not None:
            if request.method != "POST" and self.config.allow_update:
                raise ServeError(400, "bad_request", "an update must be sent with POST")
            return await self.run_update(update)
        if query is None:
            return self.service_description(request)
        if looks_like_update(query):
            if not self.config.allow_update:
                self.refuse()
            raise ServeError(400, "bad_request", "this is an update: send it as `update`")
        job = {
            "kind": "query",
            "query": query,
            "accept": parse_accept(request.headers.get("accept")),
            "default_graphs": params.get("default-graph-uri"),
            "named_graphs": params.get("named-graph-uri"),
        }
        check_iris(job["default_graphs"] or [], job["named_graphs"] or [])
        return answer(await self.pool.run({**job, "max_bytes": self.config.max_result_bytes}))

    async def post_params(self, request: Request, params: dict) -> dict:
        """The protocol parameters of a POST: URL parameters plus the body by its media type."""
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        body = text_of(await read_body(request))
        if media == "application/sparql-query":
            return {**params, "query": [body]}
        if media == "application/sparql-update":
            return {**params, "update": [body]}
        if media == "application/x-www-form-urlencoded":
            form = parse_qs(body, keep_blank_values=True)
            return {**params, **form}
        raise ServeError(
            415,
            "unsupported_media_type",
            f"POST to /sparql takes application/sparql-query, "
            f"application/sparql-update or a form, not {media or 'no type'}",
        )

    def refuse(self) -> NoReturn:
        """403: the endpoint is read-only."""
        raise ServeError(403, "update_forbidden", READ_ONLY_MESSAGE)

    async def run_update(self, update: str) -> Response:
        if not self.config.allow_update:
            self.refuse()
        return answer(await self.pool.run({"kind": "update", "update": update}))

    def service_description(self, request: Request) -> Response:
        """The SPARQL 1.1 service description of this endpoint, in the negotiated RDF format."""
        media = negotiate(parse_accept(request.headers.get("accept")), GRAPH_TYPES) or "text/turtle"
        body = ox.serialize(
            service_triples(str(request.url.replace(query="")), self.config.allow_update),
            format=GRAPH_TYPES[media],
            prefixes={"sd": SD, "formats": FORMATS},
        )
        return Response(
            body, media_type=response_media_type(media, GRAPH_TYPES), headers={"Vary": "Accept"}
        )

    async def graph_store(self, request: Request) -> Response:
        """Graph Store Protocol reads: ``?default`` (the union graph) or ``?graph=IRI``."""
        if request.method not in ("GET", "HEAD"):
            if not self.config.allow_update:
                self.refuse()
            raise ServeError(
                405,
                "method_not_allowed",
                "the graph store is read through HTTP; write with SPARQL Update",
            )
        params = parse_qs(request.url.query, keep_blank_values=True)
        graph = single(params, "graph")
        if ("default" in params) == (graph is not None):
            raise ServeError(400, "bad_request", "give exactly one of `default` or `graph=IRI`")
        if graph is not None:
            check_iris([graph])
        job = {
            "kind": "graph",
            "graph": graph,
            "accept": parse_accept(request.headers.get("accept")),
            "max_bytes": self.config.max_result_bytes,
        }
        response = answer(await self.pool.run(job))
        return Response(b"", headers=response.headers) if request.method == "HEAD" else response

    async def questions(self, request: Request) -> Response:
        from kzgraph.server.questions import list_questions

        return JSONResponse({"questions": list_questions()})

    async def page_query(self, request: Request) -> Response:
        query = await json_field(request, "query", str)
        if looks_like_update(query):
            self.refuse()
        return answer(
            await self.pool.run(
                {"kind": "page", "query": query, "max_bytes": self.config.max_result_bytes}
            )
        )

    async def page_ask(self, request: Request) -> Response:
        payload = await json_body(request)
        name, args = payload.get("name"), payload.get("args", [])
        if (
            not isinstance(name, str)
            or not isinstance(args, list)
            or not all(isinstance(arg, str) for arg in args)
        ):
            raise ServeError(400, "bad_request", 'expected {"name": str, "args": [str, ...]}')
        return answer(
            await self.pool.run(
                {
                    "kind": "named",
                    "name": name,
                    "args": args,
                    "max_bytes": self.config.max_result_bytes,
                }
            )
        )

    async def page_where(self, request: Request) -> Response:
        terms = await json_field(request, "terms", list)
        if not all(isinstance(term, dict) for term in terms):
            raise ServeError(400, "bad_request", "`terms` must be SPARQL results JSON terms")
        return answer(await self.pool.run({"kind": "where", "terms": terms[:20]}))


async def json_body(request: Request) -> dict:
    try:
        payload = json.loads(await read_body(request))
    except ValueError:
        raise ServeError(400, "bad_request", "the request body is not JSON") from None
    if not isinstance(payload, dict):
        raise ServeError(400, "bad_request", "the request body must be a JSON object")
    return payload


async def json_field(request: Request, name: str, kind: type):
    value = (await json_body(request)).get(name)
    if not isinstance(value, kind):
        raise ServeError(400, "bad_request", f"expected a JSON object with `{name}`")
    return value


def check_iris(*groups: list[str]) -> None:
    """400 for a graph name that is not an absolute IRI."""
    for iri in (iri for group in groups for iri in group):
        try:
            ox.NamedNode(iri)
        except ValueError:
            raise ServeError(400, "bad_request", f"not an IRI: {iri!r}") from None


def service_triples(endpoint: str, allow_update: bool) -> list[ox.Triple]:
    """The service description as triples (built from terms: no text is pasted into RDF)."""
    service, dataset = ox.BlankNode(), ox.BlankNode()
    sd = lambda name: ox.NamedNode(SD + name)  # noqa: E731
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    languages = ["SPARQL11Query"] + (["SPARQL11Update"] if allow_update else [])
    triples = [
        ox.Triple(service, rdf_type, sd("Service")),
        ox.Triple(service, sd("endpoint"), ox.NamedNode(endpoint)),
        ox.Triple(service, sd("feature"), sd("UnionDefaultGraph")),
        ox.Triple(service, sd("defaultDataset"), dataset),
        ox.Triple(dataset, rdf_type, sd("Dataset")),
    ]
    triples += [ox.Triple(service, sd("supportedLanguage"), sd(name)) for name in languages]
    triples += [
        ox.Triple(service, sd("resultFormat"), ox.NamedNode(FORMATS + name))
        for name in _RESULT_FORMATS
    ]
    return triples
