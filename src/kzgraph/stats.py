"""What the store holds: documents, asserted vs inferred triples, counts by class and property."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

import pyoxigraph as ox

from kzgraph.namespaces import INFERRED_GRAPH, KZ, ONTOLOGY_GRAPH, RDF
from kzgraph.query import curie, render_table, run_query

_DOCUMENTS = """
SELECT ?file (COUNT(DISTINCT ?sentence) AS ?sentences) (COUNT(DISTINCT ?assertion) AS ?assertions)
WHERE {
  ?document a kz:Document ; kz:fileName ?file .
  OPTIONAL { ?sentence dcterms:isPartOf ?document ; a kz:Sentence }
  OPTIONAL { ?assertion a kz:Assertion ; kz:document ?document }
}
GROUP BY ?file ORDER BY ?file
"""
# Distinct triples of the assertion graphs (a fact stated twice counts once), by property.
_ASSERTED_BY_PROPERTY = """
SELECT ?property (COUNT(*) AS ?n) WHERE {
  SELECT DISTINCT ?s ?property ?o WHERE { GRAPH ?a { ?s ?property ?o } ?a a kz:Assertion }
}
GROUP BY ?property
"""
_INFERRED_BY_PROPERTY = """
SELECT ?property (COUNT(*) AS ?n) WHERE { GRAPH kzg:inferred { ?s ?property ?o } }
GROUP BY ?property
"""
# Instances of the ontology's classes, asserted or inferred (not the ontology's own terms).
_BY_CLASS = """
SELECT ?class (COUNT(DISTINCT ?x) AS ?n) WHERE {
  GRAPH ?g { ?x a ?class }
  FILTER (?g != kzg:ontology && STRSTARTS(STR(?class), STR(kz:)))
}
GROUP BY ?class
"""


@dataclass
class Stats:
    """Counts describing a built store."""

    documents: list[dict] = field(default_factory=list)
    asserted_triples: int = 0
    inferred_triples: int = 0
    ontology_triples: int = 0
    provenance_triples: int = 0
    quads: int = 0
    classes: dict[str, int] = field(default_factory=dict)
    properties: dict[str, dict[str, int]] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return asdict(self)


def _count_graph(store: ox.Store, graph: str) -> int:
    return sum(1 for _ in store.quads_for_pattern(None, None, None, ox.NamedNode(graph)))


def _counts(store: ox.Store, sparql: str, key: str) -> dict[str, int]:
    rows = run_query(store, sparql)
    return {curie(row[key].value): int(row["n"].value) for row in rows}


def compute_stats(store: ox.Store) -> Stats:
    """Count what ``store`` holds."""
    stats = Stats(quads=len(store))
    stats.documents = [
        {
            "file": row["file"].value,
            "sentences": int(row["sentences"].value),
            "assertions": int(row["assertions"].value),
        }
        for row in run_query(store, _DOCUMENTS)
    ]
    asserted = _counts(store, _ASSERTED_BY_PROPERTY, "property")
    inferred = _counts(store, _INFERRED_BY_PROPERTY, "property")
    stats.asserted_triples = sum(asserted.values())
    stats.inferred_triples = _count_graph(store, INFERRED_GRAPH)
    stats.ontology_triples = _count_graph(store, ONTOLOGY_GRAPH)
    assertion_quads = sum(1 for q in _assertion_quads(store))
    stats.provenance_triples = (
        stats.quads - assertion_quads - stats.inferred_triples - stats.ontology_triples
    )
    stats.properties = {
        name: {"asserted": asserted.get(name, 0), "inferred": inferred.get(name, 0)}
        for name in sorted(set(asserted) | set(inferred))
    }
    stats.classes = dict(sorted(_counts(store, _BY_CLASS, "class").items()))
    return stats


def _assertion_quads(store: ox.Store):
    """Every quad in an assertion graph (one per graph that states it)."""
    assertion = ox.NamedNode(KZ + "Assertion")
    rdf_type = ox.NamedNode(RDF + "type")
    for quad in store.quads_for_pattern(None, rdf_type, assertion):
        yield from store.quads_for_pattern(None, None, None, quad.subject)


def render_stats(stats: Stats) -> str:
    """The stats as text tables."""
    summary = [
        ["documents", str(len(stats.documents))],
        ["asserted triples (distinct)", str(stats.asserted_triples)],
        ["inferred triples", str(stats.inferred_triples)],
        ["ontology triples", str(stats.ontology_triples)],
        ["provenance triples", str(stats.provenance_triples)],
        ["quads in the store", str(stats.quads)],
    ]
    documents = [[d["file"], str(d["sentences"]), str(d["assertions"])] for d in stats.documents]
    classes = [[name, str(n)] for name, n in stats.classes.items()]
    properties = [
        [name, str(c["asserted"]), str(c["inferred"])] for name, c in stats.properties.items()
    ]
    return "\n".join(
        [
            render_table(["what", "count"], summary),
            render_table(["document", "sentences", "assertions"], documents),
            render_table(["class", "instances"], classes),
            render_table(["property", "asserted", "inferred"], properties),
        ]
    )
