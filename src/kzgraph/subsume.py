"""Merge an n-ary node into the one node of its document that says the same and more.

A document often states a fact twice: once whole ("Xi visited Astana on 7 September 2013")
and once in passing ("Xi's visit to Astana"). Where a node's IRI is keyed by a value the
passing mention lacks (a visit's, summit's or relations' date, a figure's year), the two
statements mint two nodes, and the bare one reads as a second, undated fact.
``subsume_nodes`` gives the bare node's assertion graphs the fuller node's IRI, so the graph
holds one fact and "where does it say that?" finds both sentences (docs/design.md,
"Subsumed nodes").
"""

from __future__ import annotations

from collections import defaultdict

from kzgraph.namespaces import RDF


def _node_properties(quads, node_classes, document_graph: str) -> dict:
    """Each n-ary node of the assertion graphs: (its class, {property: frozenset of values})."""
    classes, values = {}, defaultdict(lambda: defaultdict(set))
    for quad in quads:
        if quad.graph_name.value == document_graph:
            continue
        subject, predicate = quad.subject.value, quad.predicate.value
        if predicate == RDF + "type":
            if quad.object.value in node_classes:
                classes[subject] = quad.object.value
        else:
            values[subject][predicate].add(quad.object)
    return {
        node: (cls, {p: frozenset(v) for p, v in values[node].items()})
        for node, cls in classes.items()
    }


def _says_less(small: dict, large: dict) -> bool:
    """Whether ``large`` has every property of ``small`` with the same values, and more."""
    return set(small) < set(large) and all(small[p] == large[p] for p in small)


def subsumed_nodes(quads, keyed: dict[str, set[str]], document_graph: str) -> dict[str, str]:
    """Node IRI -> the IRI of the one node of its class that says the same and more, more
    that its IRI is keyed by (``keyed``: class IRI -> those property IRIs).

    A node with no such node, or with two that say more in different ways (two dates: two
    facts it could be either of), keeps its IRI. A node whose fuller twin adds only
    properties the IRI is not keyed by (a border's length) already shares its IRI when the
    two are minted alike, so nothing is merged then.
    """
    nodes = _node_properties(quads, keyed, document_graph)
    merged = {}
    for node, (cls, props) in sorted(nodes.items()):
        fuller = [
            other for other, (other_cls, other_props) in nodes.items()
            if other_cls == cls and _says_less(props, other_props)
            and set(other_props) - set(props) & keyed[cls]
        ]  # fmt: skip
        fullest = [
            m for m in fuller if not any(_says_less(nodes[m][1], nodes[o][1]) for o in fuller)
        ]
        if len(fullest) == 1:
            merged[node] = fullest[0]
    return merged


def subsume_nodes(quads: list, keyed: dict[str, set[str]], document_graph: str) -> list:
    """The quads with each subsumed node's IRI replaced by its fuller node's, duplicates dropped.

    ``keyed`` maps each n-ary node class IRI to the IRIs of its properties that key its node
    IRIs (``graph.keyed_properties``); the quads of ``document_graph`` (provenance) are left
    alone.
    """
    from pyoxigraph import NamedNode, Quad

    merged = subsumed_nodes(quads, keyed, document_graph)
    if not merged:
        return quads

    def renamed(term):
        if isinstance(term, NamedNode) and term.value in merged:
            return NamedNode(merged[term.value])
        return term

    result = [
        Quad(renamed(q.subject), q.predicate, renamed(q.object), q.graph_name)
        if q.graph_name.value != document_graph else q
        for q in quads
    ]  # fmt: skip
    return list(dict.fromkeys(result))
