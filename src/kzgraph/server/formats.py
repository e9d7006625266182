"""Content negotiation: from an HTTP ``Accept`` header to a pyoxigraph serialisation format."""

from __future__ import annotations

import pyoxigraph as ox

#: media types of SELECT/ASK results; the first is the default.
RESULT_TYPES: dict[str, ox.QueryResultsFormat] = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}

#: media types of graphs (CONSTRUCT, DESCRIBE, graph store reads); the first is the default.
GRAPH_TYPES: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/x-turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """The media ranges of an Accept header, best first (ties keep the header's order).

    >>> parse_accept("text/csv;q=0.5, application/json")
    [('application/json', 1.0), ('text/csv', 0.5)]
    >>> parse_accept(None)
    [('*/*', 1.0)]
    """
    ranges = []
    for part in (header or "*/*").split(","):
        media, *params = (piece.strip() for piece in part.split(";"))
        if not media:
            continue
        quality = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        ranges.append((media.lower(), quality))
    ranges.sort(key=lambda item: -item[1])
    return [item for item in ranges if item[1] > 0] or ([] if header else [("*/*", 1.0)])


def negotiate(accept: list[tuple[str, float]], table: dict) -> str | None:
    """The media type of ``table`` the client prefers, or None when it accepts none of them.

    >>> negotiate(parse_accept("text/*"), GRAPH_TYPES)
    'text/turtle'
    >>> negotiate(parse_accept("image/png"), RESULT_TYPES) is None
    True
    """
    for media, _quality in accept:
        if media in table:
            return media
        kind, _, sub = media.partition("/")
        for candidate in table:
            if kind == "*" or (sub == "*" and candidate.startswith(kind + "/")):
                return candidate
    return None


def response_media_type(media: str, table: dict) -> str:
    """The header value to answer with: the format's canonical media type (+ charset for text).

    >>> response_media_type("application/json", RESULT_TYPES)
    'application/sparql-results+json'
    >>> response_media_type("text/csv", RESULT_TYPES)
    'text/csv; charset=utf-8'
    """
    canonical = table[media].media_type
    if canonical.startswith("text/") and "charset" not in canonical:
        return canonical + "; charset=utf-8"
    return canonical
