"""Why the graph holds a fact: the sentences that state it, or the axioms that infer it.

An asserted triple lives in assertion graphs ``kzd:<stem>/s<n>/a<k>``, each described (in its
document's graph) by its sentence, span and rule. An inferred triple lives in ``kzg:inferred``;
it is explained by the OWL 2 RL rule that produces it, looked up in ``kzg:ontology`` (the axiom)
and in the store (the premises), each premise explained in turn.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field

import pyoxigraph as ox

from kzgraph.namespaces import INFERRED_GRAPH, KZ, ONTOLOGY_GRAPH, OWL, RDF, RDFS
from kzgraph.query import run_query

TYPE = ox.NamedNode(RDF + "type")
SUB_CLASS = ox.NamedNode(RDFS + "subClassOf")
SUB_PROPERTY = ox.NamedNode(RDFS + "subPropertyOf")
DOMAIN = ox.NamedNode(RDFS + "domain")
RANGE = ox.NamedNode(RDFS + "range")
INVERSE = ox.NamedNode(OWL + "inverseOf")
SYMMETRIC = ox.NamedNode(OWL + "SymmetricProperty")
TRANSITIVE = ox.NamedNode(OWL + "TransitiveProperty")
INFERRED = ox.NamedNode(INFERRED_GRAPH)
ONTOLOGY = ox.NamedNode(ONTOLOGY_GRAPH)
ASSERTION = ox.NamedNode(KZ + "Assertion")

# How deep to follow premises that are themselves inferred.
MAX_DEPTH = 3

_SOURCE_QUERY = """
SELECT ?assertion ?file ?index ?begin ?end ?rule ?anchor ?text WHERE {
  ?assertion prov:wasDerivedFrom ?sentence ; kz:rule ?rule .
  OPTIONAL { ?assertion kz:beginIndex ?begin ; kz:endIndex ?end }
  OPTIONAL { ?assertion kz:anchorOf ?anchor }
  ?sentence kz:text ?text ; kz:sentenceIndex ?index ; dcterms:isPartOf ?document .
  ?document kz:fileName ?file .
}
"""


@dataclass(frozen=True)
class Source:
    """One place a text states a fact."""

    file: str
    sentence: int
    begin: int | None
    end: int | None
    rule: str
    anchor: str | None
    text: str


@dataclass
class Derivation:
    """An OWL 2 RL rule application: the axiom it uses and the facts it starts from."""

    rule: str
    axiom: tuple  # the ontology triple the rule uses, as pyoxigraph terms
    premises: list[Explanation] = field(default_factory=list)


@dataclass
class Explanation:
    """Where a triple comes from: the texts that state it and/or how it is inferred."""

    triple: tuple  # (subject, predicate, object) as pyoxigraph terms
    sources: list[Source] = field(default_factory=list)
    inferred: bool = False
    derivations: list[Derivation] = field(default_factory=list)

    def to_dict(self) -> dict:
        """Plain data for JSON: terms in their N-Triples form (``<iri>``, ``"1992"^^<...>``)."""
        return {
            "triple": [str(term) for term in self.triple],
            "inferred": self.inferred,
            "sources": [asdict(source) for source in self.sources],
            "derivations": [
                {
                    "rule": d.rule,
                    "axiom": [str(term) for term in d.axiom],
                    "premises": [premise.to_dict() for premise in d.premises],
                }
                for d in self.derivations
            ],
        }


def _holds(store: ox.Store, s, p, o) -> bool:
    return any(True for _ in store.quads_for_pattern(s, p, o))


def _in_ontology(store: ox.Store, s, p, o) -> bool:
    return any(True for _ in store.quads_for_pattern(s, p, o, ONTOLOGY))


def sources(store: ox.Store, s, p, o) -> list[Source]:
    """Every sentence that states the triple, from its assertion graphs."""
    found = []
    for quad in store.quads_for_pattern(s, p, o):
        if quad.graph_name in (INFERRED, ONTOLOGY) or isinstance(quad.graph_name, ox.DefaultGraph):
            continue
        rows = run_query(store, _SOURCE_QUERY, substitutions={"assertion": quad.graph_name})
        found.extend(_source(row) for row in rows)
    return sorted(set(found), key=lambda source: (source.file, source.sentence, source.begin or 0))


def _source(row: ox.QuerySolution) -> Source:
    def number(name):
        return int(row[name].value) if row[name] is not None else None

    anchor = row["anchor"].value if row["anchor"] is not None else None
    return Source(
        row["file"].value,
        number("index"),
        number("begin"),
        number("end"),
        row["rule"].value,
        anchor,
        row["text"].value,
    )


def explain_fact(
    store: ox.Store, s, p, o, *, depth: int = MAX_DEPTH, _above: tuple = ()
) -> Explanation:
    """Explain one triple: its sources and, if inferred, the rules that produce it.

    ``depth`` bounds how many levels of inferred premises are explained in turn.
    """
    explanation = Explanation((s, p, o), sources(store, s, p, o))
    explanation.inferred = any(True for _ in store.quads_for_pattern(s, p, o, INFERRED))
    if not explanation.inferred or len(_above) >= depth:
        return explanation
    chain = (*_above, (s, p, o))
    for rule, axiom, premises in _derivations(store, s, p, o):
        # A premise already being explained higher up would be circular (p inverseOf q both ways).
        if any(tuple(premise) in chain for premise in premises):
            continue
        derivation = Derivation(rule, tuple(axiom))
        derivation.premises = [
            explain_fact(store, *premise, depth=depth, _above=chain) for premise in premises
        ]
        explanation.derivations.append(derivation)
    return explanation


# Each finder yields (rule id, axiom triple, premise triples) for one kind of OWL 2 RL rule.
Finder = Callable[[ox.Store, object, object, object], Iterator[tuple]]


def _symmetric(store, s, p, o):
    """prp-symp: p a owl:SymmetricProperty, o p s |- s p o."""
    if _in_ontology(store, p, TYPE, SYMMETRIC) and _holds(store, o, p, s):
        yield "prp-symp", (p, TYPE, SYMMETRIC), [(o, p, s)]


def _inverse(store, s, p, o):
    """prp-inv1/2: p owl:inverseOf q (either way), o q s |- s p o."""
    for quad in store.quads_for_pattern(p, INVERSE, None, ONTOLOGY):
        if _holds(store, o, quad.object, s):
            yield "prp-inv1", (p, INVERSE, quad.object), [(o, quad.object, s)]
    for quad in store.quads_for_pattern(None, INVERSE, p, ONTOLOGY):
        if _holds(store, o, quad.subject, s):
            yield "prp-inv2", (quad.subject, INVERSE, p), [(o, quad.subject, s)]


def _sub_property(store, s, p, o):
    """prp-spo1: q rdfs:subPropertyOf p, s q o |- s p o."""
    for quad in store.quads_for_pattern(None, SUB_PROPERTY, p, ONTOLOGY):
        if quad.subject != p and _holds(store, s, quad.subject, o):
            yield "prp-spo1", (quad.subject, SUB_PROPERTY, p), [(s, quad.subject, o)]


def _transitive(store, s, p, o):
    """prp-trp: p a owl:TransitiveProperty, s p m, m p o |- s p o."""
    if not _in_ontology(store, p, TYPE, TRANSITIVE):
        return
    for quad in store.quads_for_pattern(s, p, None):
        middle = quad.object
        if middle not in (s, o) and _holds(store, middle, p, o):
            yield "prp-trp", (p, TYPE, TRANSITIVE), [(s, p, middle), (middle, p, o)]


def _typing(store, s, p, o):
    """cax-sco, prp-dom, prp-rng: where an inferred rdf:type comes from."""
    if p != TYPE:
        return
    for quad in store.quads_for_pattern(None, SUB_CLASS, o, ONTOLOGY):
        if quad.subject != o and _holds(store, s, TYPE, quad.subject):
            yield "cax-sco", (quad.subject, SUB_CLASS, o), [(s, TYPE, quad.subject)]
    for quad in store.quads_for_pattern(None, DOMAIN, o, ONTOLOGY):
        for used in store.quads_for_pattern(s, quad.subject, None):
            yield "prp-dom", (quad.subject, DOMAIN, o), [(s, quad.subject, used.object)]
            break
    for quad in store.quads_for_pattern(None, RANGE, o, ONTOLOGY):
        for used in store.quads_for_pattern(None, quad.subject, s):
            yield "prp-rng", (quad.subject, RANGE, o), [(used.subject, quad.subject, s)]
            break


FINDERS: tuple[Finder, ...] = (_symmetric, _inverse, _sub_property, _transitive, _typing)


def _derivations(store, s, p, o):
    seen = set()
    for finder in FINDERS:
        for rule, axiom, premises in finder(store, s, p, o):
            key = (rule, tuple(axiom), tuple(map(tuple, premises)))
            if key not in seen:
                seen.add(key)
                yield rule, axiom, premises


def facts_about(store: ox.Store, entity: ox.NamedNode) -> list[tuple]:
    """The distinct asserted or inferred triples with ``entity`` as subject or object."""
    fact_graphs = _fact_graphs(store)
    triples = set()
    for pattern in ((entity, None, None), (None, None, entity)):
        for quad in store.quads_for_pattern(*pattern):
            if quad.graph_name in fact_graphs:
                triples.add((quad.subject, quad.predicate, quad.object))
    return sorted(triples, key=lambda t: (t[0] != entity, str(t[1]), str(t[0]), str(t[2])))


def _fact_graphs(store: ox.Store) -> set:
    """The assertion graphs and kzg:inferred: every graph that holds facts."""
    assertions = {quad.subject for quad in store.quads_for_pattern(None, TYPE, ASSERTION)}
    return assertions | {INFERRED}


def explain_entity(store: ox.Store, entity: ox.NamedNode, *, depth: int = 1) -> list[Explanation]:
    """Explain every fact about ``entity`` (inferred ones ``depth`` levels deep)."""
    return [explain_fact(store, *triple, depth=depth) for triple in facts_about(store, entity)]


def render(explanation: Explanation, name: Callable[[object], str], indent: int = 0) -> str:
    """Human-readable text of an explanation; ``name`` renders a term (query.Labeller)."""
    pad = " " * indent
    s, p, o = (name(term) for term in explanation.triple)
    status = "  [inferred]" if explanation.inferred and not explanation.sources else ""
    lines = [f"{pad}{s} | {p} | {o}{status}"]
    for source in explanation.sources:
        span = f", characters {source.begin}-{source.end}" if source.begin is not None else ""
        lines.append(
            f"{pad}  stated in {source.file}, sentence {source.sentence}{span} "
            f"(rule {source.rule}):"
        )
        lines.append(f'{pad}    "{source.text}"')
    for derivation in explanation.derivations:
        axiom = " ".join(name(term) for term in derivation.axiom)
        lines.append(f"{pad}  inferred by {derivation.rule} from the axiom {axiom}, given:")
        lines.extend(render(premise, name, indent + 4) for premise in derivation.premises)
    return "\n".join(lines)
