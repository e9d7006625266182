"""Check the built graph: SHACL shapes (pySHACL) and OWL-RL consistency (owlrl via reason.expand).

Exit codes follow pySHACL's: 0 the graph conforms, 1 it does not, 2 validation could not run.
rdflib, pySHACL and owlrl are imported inside the functions: nothing on the query path needs them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kzgraph.errors import OntologyError
from kzgraph.namespaces import KZ, ONTOLOGY_GRAPH, RDF


@dataclass
class ValidationReport:
    """The outcome of SHACL validation and the OWL-RL consistency check."""

    conforms: bool
    shacl_text: str
    shacl_turtle: str
    inconsistencies: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.conforms and not self.inconsistencies

    @property
    def exit_code(self) -> int:
        return 0 if self.ok else 1

    def as_text(self) -> str:
        verdict = "conforms" if self.ok else "does NOT conform"
        lines = [f"The graph {verdict}.", "", self.shacl_text.rstrip(), ""]
        if self.inconsistencies:
            lines.append(f"OWL-RL found {len(self.inconsistencies)} inconsistency(ies):")
            lines.extend(f"  - {message}" for message in self.inconsistencies)
        else:
            lines.append("OWL-RL consistency check: no inconsistency.")
        return "\n".join(lines) + "\n"


def _to_rdflib(triples):
    """An rdflib Graph of pyoxigraph triples, through one N-Triples serialisation."""
    import rdflib

    graph = rdflib.Graph()
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    graph.parse(data=data.decode("utf-8"), format="nt")
    return graph


def _triples(store: ox.Store, graphs) -> list[ox.Triple]:
    unique = set()
    for graph in graphs:
        for quad in store.quads_for_pattern(None, None, None, graph):
            unique.add(ox.Triple(quad.subject, quad.predicate, quad.object))
    return list(unique)


def _assertion_graphs(store: ox.Store) -> list[ox.NamedNode]:
    assertion = ox.NamedNode(KZ + "Assertion")
    return [q.subject for q in store.quads_for_pattern(None, ox.NamedNode(RDF + "type"), assertion)]


def _load_shapes(path: Path):
    import rdflib

    try:
        return rdflib.Graph().parse(path, format="turtle")
    except FileNotFoundError:
        raise OntologyError(path, None, "no such SHACL shapes file") from None
    except Exception as error:  # rdflib raises several parser exception types
        raise OntologyError(path, None, f"cannot parse SHACL shapes: {error}") from None


def shacl_check(store: ox.Store, shapes_path: Path | None = None) -> tuple[bool, str, str]:
    """Validate every graph of the store against the shapes: (conforms, text, Turtle report)."""
    import pyshacl

    from kzgraph.resources import shapes_file

    shapes = _load_shapes(Path(shapes_path) if shapes_path else shapes_file())
    # The data graph holds the ontology too: sh:targetClass follows rdfs:subClassOf in it.
    data = _to_rdflib(list({ox.Triple(q.subject, q.predicate, q.object) for q in store}))
    conforms, results, text = pyshacl.validate(data, shacl_graph=shapes, inference="none")
    return bool(conforms), text, results.serialize(format="turtle")


def consistency_check(store: ox.Store) -> list[str]:
    """Re-run OWL-RL over the ontology and the asserted facts; the inconsistencies it reports."""
    from kzgraph import reason

    ontology = _to_rdflib(_triples(store, [ox.NamedNode(ONTOLOGY_GRAPH)]))
    facts = _to_rdflib(_triples(store, _assertion_graphs(store)))
    return list(reason.expand(facts, ontology).inconsistencies)


def validate_store(
    store: ox.Store, *, shapes_path: Path | None = None, reasoning: bool = True
) -> ValidationReport:
    """SHACL validation plus (unless ``reasoning`` is off) the OWL-RL consistency check."""
    conforms, text, turtle = shacl_check(store, shapes_path)
    inconsistencies = consistency_check(store) if reasoning else []
    return ValidationReport(conforms, text, turtle, inconsistencies)
