"""Export the store's graphs as RDF files, deterministically (sorted, fixed prefixes).

Triple formats (Turtle, N-Triples, RDF/XML) get the union of the chosen graphs, each triple
once; dataset formats (TriG, N-Quads, JSON-LD) keep the named graphs, so provenance survives.
Turtle and TriG are written here, pretty-printed with the predeclared prefixes and sorted, so
that the same store always gives the same bytes; the others come from pyoxigraph's writers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import groupby

import pyoxigraph as ox

from kzgraph.errors import QueryError
from kzgraph.namespaces import INFERRED_GRAPH, ONTOLOGY_GRAPH, PREFIXES, RDF, XSD

FORMATS = ("turtle", "ntriples", "nquads", "trig", "jsonld", "rdfxml")
GRAPHS = ("asserted", "inferred", "ontology", "all")
DATASET_FORMATS = ("nquads", "trig", "jsonld")

_PYOXIGRAPH_FORMATS = {
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}
# A local name every Turtle parser accepts (a conservative subset of PN_LOCAL).
_SAFE_LOCAL = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
_TYPE = RDF + "type"
_STRING = XSD + "string"


def select_quads(store: ox.Store, graph: str) -> list[ox.Quad]:
    """The quads of ``graph`` (asserted, inferred, ontology or all), sorted."""
    if graph not in GRAPHS:
        raise QueryError(f"unknown graph {graph!r}: choose one of {', '.join(GRAPHS)}")
    fixed = {"inferred": INFERRED_GRAPH, "ontology": ONTOLOGY_GRAPH}
    if graph in fixed:
        quads = store.quads_for_pattern(None, None, None, ox.NamedNode(fixed[graph]))
    else:
        quads = iter(store)
    if graph == "asserted":
        excluded = {INFERRED_GRAPH, ONTOLOGY_GRAPH}
        quads = (q for q in quads if getattr(q.graph_name, "value", None) not in excluded)
    return sorted(quads, key=_quad_key)


def _quad_key(quad: ox.Quad) -> tuple[str, str, str, str]:
    return (str(quad.graph_name), str(quad.subject), str(quad.predicate), str(quad.object))


def distinct_triples(quads: Iterable[ox.Quad]) -> list[ox.Triple]:
    """Each triple once, sorted, whatever graphs it appears in."""
    unique = {(q.subject, q.predicate, q.object) for q in quads}
    ordered = sorted(unique, key=lambda t: (str(t[0]), str(t[1]), str(t[2])))
    return [ox.Triple(*triple) for triple in ordered]


def export(store: ox.Store, fmt: str, graph: str = "all") -> bytes:
    """Serialise ``graph`` of the store as ``fmt`` (see FORMATS); the same store, the same bytes."""
    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    quads = select_quads(store, graph)
    if fmt == "turtle":
        return turtle(distinct_triples(quads)).encode("utf-8")
    if fmt == "trig":
        return trig(quads).encode("utf-8")
    if fmt in DATASET_FORMATS:
        return ox.serialize(quads, format=_PYOXIGRAPH_FORMATS[fmt])
    prefixes = PREFIXES if fmt == "rdfxml" else None
    triples = distinct_triples(quads)
    return ox.serialize(triples, format=_PYOXIGRAPH_FORMATS[fmt], prefixes=prefixes)


def term(node) -> str:
    """A term in Turtle: a CURIE where one is safe, else N-Triples syntax.

    >>> term(ox.NamedNode("https://w3id.org/kzgraph/resource/kaz"))
    'kzr:kaz'
    >>> term(ox.Literal("1992-01-03", datatype=ox.NamedNode(XSD + "date")))
    '"1992-01-03"^^xsd:date'
    >>> term(ox.NamedNode("https://w3id.org/kzgraph/doc/kazakhstan-usa/s7"))
    '<https://w3id.org/kzgraph/doc/kazakhstan-usa/s7>'
    """
    if isinstance(node, ox.NamedNode):
        return _iri(node.value)
    if isinstance(node, ox.Literal):
        quoted = str(ox.Literal(node.value))  # the lexical form, escaped as N-Triples does
        if node.language:
            return f"{quoted}@{node.language}"
        if node.datatype.value == _STRING:
            return quoted
        return f"{quoted}^^{_iri(node.datatype.value)}"
    return str(node)


def _iri(iri: str) -> str:
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and _SAFE_LOCAL.fullmatch(iri[len(namespace) :]):
            return f"{prefix}:{iri[len(namespace) :]}"
    return f"<{iri}>"


def _prefix_block() -> str:
    return "".join(f"@prefix {prefix}: <{iri}> .\n" for prefix, iri in PREFIXES.items())


def _statements(triples: Iterable[ox.Triple], indent: str = "") -> list[str]:
    """Sorted Turtle statements, one per subject, predicates and objects grouped."""
    blocks = []
    for subject, by_subject in groupby(triples, key=lambda t: t.subject):
        predicates = []
        for predicate, by_predicate in groupby(by_subject, key=lambda t: t.predicate):
            verb = "a" if predicate.value == _TYPE else term(predicate)
            objects = ", ".join(term(t.object) for t in by_predicate)
            predicates.append(f"{verb} {objects}")
        body = f" ;\n{indent}    ".join(predicates)
        blocks.append(f"{indent}{term(subject)} {body} .\n")
    return blocks


def turtle(triples: list[ox.Triple]) -> str:
    """Pretty Turtle of sorted ``triples``: prefixes, then one block per subject."""
    return _prefix_block() + "".join("\n" + block for block in _statements(triples))


def trig(quads: list[ox.Quad]) -> str:
    """Pretty TriG of sorted ``quads``: one ``graph { ... }`` block per named graph."""
    parts = [_prefix_block()]
    for graph_name, in_graph in groupby(quads, key=lambda q: q.graph_name):
        triples = [ox.Triple(q.subject, q.predicate, q.object) for q in in_graph]
        body = "".join(_statements(triples, indent="  "))
        if isinstance(graph_name, ox.DefaultGraph):
            parts.append(f"\n{{\n{body}}}\n")
        else:
            parts.append(f"\n{term(graph_name)} {{\n{body}}}\n")
    return "".join(parts)
