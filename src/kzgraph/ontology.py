"""Load the kzgraph OWL ontology and check that it stays inside the OWL 2 RL profile.

owlrl implements the OWL 2 RL/RDF rules only: an axiom outside the profile (an existential
on the right of subClassOf, a min cardinality, a union as superclass) is not an error for it,
it is silently ignored, so the ontology would promise inferences that never appear.
``check_rl_profile`` catches the constructs we could use by mistake.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from kzgraph.errors import OntologyError
from kzgraph.namespaces import OWL, RDF, RDFS, XSD, curie

if TYPE_CHECKING:
    from rdflib import Graph

#: The OWL 2 RL datatype map (OWL 2 Profiles, section 4.2): a range outside it (xsd:date,
#: xsd:gYear ...) is not OWL 2 RL, so those are constrained in shapes.ttl instead.
_RL_XSD = (
    "decimal integer nonNegativeInteger nonPositiveInteger positiveInteger negativeInteger "
    "long int short byte unsignedLong unsignedInt unsignedShort unsignedByte double float "
    "string normalizedString token language Name NCName NMTOKEN boolean hexBinary "
    "base64Binary anyURI dateTime dateTimeStamp"
)
RL_DATATYPES = {XSD + name for name in _RL_XSD.split()} | {
    RDF + "PlainLiteral",
    RDF + "XMLLiteral",
    RDF + "langString",
    RDFS + "Literal",
    OWL + "real",
    OWL + "rational",
}

#: Constructs that are never OWL 2 RL, wherever they appear.
NEVER_RL = {
    OWL + "minCardinality": "a min cardinality",
    OWL + "minQualifiedCardinality": "a min qualified cardinality",
    OWL + "cardinality": "an exact cardinality",
    OWL + "qualifiedCardinality": "an exact qualified cardinality",
    OWL + "hasSelf": "a self restriction",
    OWL + "disjointUnionOf": "a disjoint union",
}

#: Class constructors allowed only as a subclass (left of subClassOf), and only as a superclass.
SUBCLASS_ONLY = {
    OWL + "someValuesFrom": "someValuesFrom",
    OWL + "unionOf": "unionOf",
    OWL + "oneOf": "oneOf",
}
SUPERCLASS_ONLY = {
    OWL + "allValuesFrom": "allValuesFrom",
    OWL + "complementOf": "complementOf",
    OWL + "maxCardinality": "maxCardinality",
    OWL + "maxQualifiedCardinality": "maxQualifiedCardinality",
}


def load_ontology(path: Path | str | None = None) -> Graph:
    """Parse the ontology (default: the shipped ``ontology/kzgraph.ttl``) into an rdflib Graph."""
    import rdflib
    from rdflib.plugins.parsers.notation3 import BadSyntax

    from kzgraph.resources import ontology_file

    path = Path(path) if path is not None else ontology_file()
    graph = rdflib.Graph()
    try:
        graph.parse(path, format="turtle")
    except FileNotFoundError:
        raise OntologyError(path, None, "no such ontology file") from None
    except BadSyntax as error:
        # rdflib counts lines from 0 in .lines and prints them from 1 ("at line 5 of <...>").
        raise OntologyError(path, error.lines + 1, f"Turtle syntax error: {error._why}") from None
    except (UnicodeDecodeError, ValueError, SyntaxError) as error:
        raise OntologyError(path, _line_in(str(error)), f"cannot parse: {error}") from None
    if (None, rdflib.RDF.type, rdflib.OWL.Ontology) not in graph:
        raise OntologyError(path, None, "no owl:Ontology header: not an OWL ontology")
    return graph


def _line_in(message: str) -> int | None:
    """The line number an rdflib parser message mentions, if any."""
    match = re.search(r"line (\d+)", message)
    return int(match.group(1)) if match else None


def check_rl_profile(graph: Graph) -> list[str]:
    """Axioms of ``graph`` outside the OWL 2 RL profile, one message each ([] when all are RL).

    >>> import rdflib
    >>> g = rdflib.Graph().parse(format="turtle", data='''
    ...     @prefix kz: <https://w3id.org/kzgraph/ontology#> .
    ...     @prefix owl: <http://www.w3.org/2002/07/owl#> .
    ...     @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    ...     kz:State rdfs:subClassOf [ a owl:Restriction ;
    ...         owl:onProperty kz:memberOf ; owl:someValuesFrom kz:Organisation ] .''')
    >>> check_rl_profile(g)
    ['kz:State rdfs:subClassOf: someValuesFrom is allowed only in subclass position']
    """
    from rdflib import Literal

    problems = []
    for s, p, o in sorted(graph):
        where = f"{_name(graph, s)} {curie(str(p))}"
        if str(p) in NEVER_RL:
            problems.append(f"{where}: {NEVER_RL[str(p)]} is not OWL 2 RL")
        elif str(p) in (OWL + "maxCardinality", OWL + "maxQualifiedCardinality"):
            if not isinstance(o, Literal) or str(o) not in ("0", "1"):
                problems.append(f"{where}: a max cardinality above 1 is not OWL 2 RL")
        elif str(p) == RDF + "type" and str(o) == OWL + "ReflexiveProperty":
            problems.append(f"{where} owl:ReflexiveProperty: reflexive properties are not OWL 2 RL")
        problems += _position_problems(graph, s, p, o, where)
    return problems


def _position_problems(graph: Graph, s, p, o, where: str) -> list[str]:
    """Class expressions used where OWL 2 RL does not allow them (by the axiom's position)."""
    p = str(p)
    if p == RDFS + "subClassOf":
        return _misplaced(graph, s, SUPERCLASS_ONLY, where, _ONLY_SUPER) + _misplaced(
            graph, o, SUBCLASS_ONLY, where, _ONLY_SUB
        )
    if p == OWL + "equivalentClass":
        # Both sides of an equivalence are sub- and superclass at once.
        both = {**SUBCLASS_ONLY, **SUPERCLASS_ONLY}
        return _misplaced(graph, s, both, where, _NOT_EQUIVALENT) + _misplaced(
            graph, o, both, where, _NOT_EQUIVALENT
        )
    if p in (RDFS + "domain", RDFS + "range"):
        problems = _misplaced(graph, o, SUBCLASS_ONLY, where, _ONLY_SUB)
        datatype = str(o) if _is_datatype_property(graph, s) else None
        if datatype and datatype.startswith(XSD) and datatype not in RL_DATATYPES:
            problems.append(f"{where} {curie(str(o))}: not in the OWL 2 RL datatype map")
        return problems
    return []


_ONLY_SUB = "is allowed only in subclass position"
_ONLY_SUPER = "is allowed only in superclass position"
_NOT_EQUIVALENT = "is not allowed in an equivalence (it would be a subclass and a superclass)"


def _misplaced(graph: Graph, expression, forbidden: dict, where: str, why: str) -> list[str]:
    """Constructors of ``forbidden`` inside ``expression`` (following intersections)."""
    if not _is_blank(expression):
        return []
    problems = []
    for predicate, name in forbidden.items():
        if (expression, _iri(predicate), None) in graph:
            problems.append(f"{where}: {name} {why}")
    for members in graph.objects(expression, _iri(OWL + "intersectionOf")):
        for member in graph.items(members):
            problems += _misplaced(graph, member, forbidden, where, why)
    return problems


def _name(graph: Graph, term, depth: int = 0) -> str:
    """A term's CURIE; a blank node (a restriction, a list) is named by what refers to it."""
    if not _is_blank(term):
        return curie(str(term))
    referrer = next(iter(sorted(graph.subjects(None, term))), None)
    if referrer is None or depth > 8:  # a bound, in case blank nodes refer to each other
        return "[]"
    return f"[] (in {_name(graph, referrer, depth + 1)})"


def _is_datatype_property(graph: Graph, prop) -> bool:
    return (prop, _iri(RDF + "type"), _iri(OWL + "DatatypeProperty")) in graph


def _is_blank(term) -> bool:
    from rdflib import BNode

    return isinstance(term, BNode)


def _iri(text: str):
    from rdflib import URIRef

    return URIRef(text)
