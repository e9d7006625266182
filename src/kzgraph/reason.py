"""OWL 2 RL reasoning: owlrl's closure of ontology + asserted facts, keeping only useful inferences.

owlrl writes its conclusions into a separate destination graph (a context of the same
rdflib Dataset, as owlrl 7 requires), so what was inferred is exactly what it added. That
graph is then filtered: owlrl also derives schema-level and axiomatic triples (``c
rdfs:subClassOf owl:Thing``), reflexive ``owl:sameAs`` for every term (eq-ref), datatype
typing of literals (dt-type2) and ``rdf:type owl:Thing`` for everything (cax-sco); none of
that says anything about Kazakhstan, so it is dropped and counted by reason.

owlrl reports an inconsistency (cax-dw, cax-adc, prp-irp, ...) as a blank node of type
``err:ErrorMessage`` carrying a message; those become readable messages here. owlrl does not
implement dt-diff, so two different values of a functional datatype property (a figure with
two amounts) are checked here directly.
"""

from __future__ import annotations

import re
import warnings
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kzgraph.namespaces import KZR, OWL, RDF, RDFS, SKOS, XSD, curie

if TYPE_CHECKING:
    from rdflib import Graph

#: owlrl's namespace for its error reports (owlrl.Namespaces.ERRNS).
ERROR_NS = "http://www.daml.org/2002/03/agents/agent-ont#"

#: Types every individual gets from cax-sco / the RDF semantics: true of anything, so useless.
TRIVIAL_TYPES = {OWL + "Thing", RDFS + "Resource", OWL + "NamedIndividual", RDFS + "Class"}

#: Annotation properties have no semantics in OWL 2 RL (rule prp-ap only types them), so
#: their triples are not worth owlrl's time; the annotation properties the ontology declares
#: are added to these.
ANNOTATIONS = {
    RDFS + "label",
    RDFS + "comment",
    RDFS + "seeAlso",
    RDFS + "isDefinedBy",
    OWL + "versionInfo",
    SKOS + "prefLabel",
    SKOS + "altLabel",
}

SCHEMA_NAMESPACES = (RDF, RDFS, OWL, XSD, ERROR_NS)


@dataclass
class Reasoning:
    """What owlrl concluded: the useful new triples, what was dropped and any inconsistency."""

    inferred: Graph
    dropped: Counter = field(default_factory=Counter)
    inconsistencies: list[str] = field(default_factory=list)
    #: IRIs of the individuals the inconsistencies name, to find the sentences behind them.
    inconsistent_individuals: list[str] = field(default_factory=list)
    #: input triples not given to owlrl, by reason (annotations, links to other datasets).
    withheld: Counter = field(default_factory=Counter)


def expand(facts: Graph, ontology: Graph) -> Reasoning:
    """Run owlrl's OWL 2 RL closure over ``ontology`` + ``facts``; return the filtered inferences.

    >>> from rdflib import Graph
    >>> onto = Graph().parse(format="turtle", data='''
    ...     @prefix kz: <https://w3id.org/kzgraph/ontology#> .
    ...     @prefix owl: <http://www.w3.org/2002/07/owl#> .
    ...     kz:sharesBorderWith a owl:ObjectProperty, owl:SymmetricProperty .''')
    >>> facts = Graph().parse(format="turtle", data='''
    ...     @prefix kz: <https://w3id.org/kzgraph/ontology#> .
    ...     <https://w3id.org/kzgraph/resource/chn> kz:sharesBorderWith
    ...         <https://w3id.org/kzgraph/resource/kaz> .''')
    >>> reasoning = expand(facts, onto)
    >>> [" ".join(curie(term) for term in triple) for triple in reasoning.inferred]
    ['kzr:kaz kz:sharesBorderWith kzr:chn']
    >>> reasoning.inconsistencies
    []
    """
    from rdflib import Dataset, Graph, URIRef

    declared = ontology.subjects(_iri(RDF + "type"), _iri(OWL + "AnnotationProperty"))
    annotations = ANNOTATIONS | {str(p) for p in declared}
    dataset = Dataset()
    withheld = Counter()
    for name, source in (("ontology", ontology), ("facts", facts)):
        target = dataset.graph(URIRef(f"urn:kzgraph:{name}"))
        _copy_for_reasoning(source, target, annotations, withheld)
    closure = dataset.graph(URIRef("urn:kzgraph:closure"))
    _run_owlrl(dataset, closure)

    inferred, dropped = Graph(), Counter()
    schema_terms = _schema_terms(ontology)
    for triple in closure:
        reason = _drop_reason(triple, schema_terms, facts, closure)
        if reason:
            dropped[reason] += 1
        else:
            inferred.add(triple)
    messages, individuals = _inconsistencies(closure, facts, ontology)
    return Reasoning(inferred, dropped, messages, individuals, withheld)


def _iri(text: str):
    from rdflib import URIRef

    return URIRef(text)


def _copy_for_reasoning(source: Graph, target: Graph, annotations: set[str], withheld: Counter):
    """Copy ``source`` into ``target`` without what cannot change the closure's useful part."""
    same_as = OWL + "sameAs"
    for s, p, o in source:
        if str(p) in annotations:
            withheld["annotation"] += 1
        elif str(p) == same_as and not (_is_ours(s) and _is_ours(o)):
            # A link to Wikidata: eq-rep-s/o would copy every fact onto the Wikidata IRI,
            # doubling the work and giving queries each entity twice.
            withheld["link to another dataset"] += 1
        else:
            target.add((s, p, o))


def _is_ours(term) -> bool:
    return str(term).startswith(KZR)


def _run_owlrl(dataset, destination) -> None:
    """owlrl's DeductiveClosure with OWL 2 RL semantics, minus the eq-ref rule (see below)."""
    import owlrl
    from owlrl.OWLRL import OWLRL_Semantics
    from rdflib.namespace import OWL as O
    from rdflib.namespace import RDF as R

    class OWLRLWithoutReflexiveSameAs(OWLRL_Semantics):
        """OWL 2 RL without eq-ref (``x owl:sameAs x`` for every term of every triple).

        Those triples are dropped anyway, and fed back into the eq-* rules they derive
        nothing else (eq-sym, eq-trans, eq-rep-* map x to x), so leaving them out gives the
        same useful closure at about half the cost (tests/test_reason.py compares both).
        """

        def _equality(self, triple, cycle_num):
            _, p, o = triple
            if p == O.sameAs or (p == R.type and o == O.AllDifferent):
                super()._equality(triple, cycle_num)

    with warnings.catch_warnings():
        # rdflib 7 warns (Dataset.default_context) on every triple owlrl looks up: hundreds of
        # thousands of warnings, a measurable part of the run time, and nothing we can act on.
        warnings.simplefilter("ignore", DeprecationWarning)
        owlrl.DeductiveClosure(OWLRLWithoutReflexiveSameAs).expand(dataset, destination=destination)


def _schema_terms(ontology: Graph) -> set:
    """Everything the ontology describes (its classes, properties, restrictions, lists)."""
    return set(ontology.subjects())


def _drop_reason(triple, schema_terms: set, facts: Graph, closure: Graph) -> str | None:
    """Why an inferred triple is not worth keeping, or None to keep it."""
    from rdflib import BNode, Literal

    s, p, o = triple
    if isinstance(s, Literal):
        return "literal subject"
    if isinstance(s, BNode) and (s, _iri(RDF + "type"), _iri(ERROR_NS + "ErrorMessage")) in closure:
        return "inconsistency report"
    if str(p) == OWL + "sameAs" and s == o:
        return "reflexive sameAs"
    if str(p) == OWL + "differentFrom":
        return "differentFrom"
    if str(p) == RDF + "type" and (str(o) == RDFS + "Datatype" or str(o).startswith(XSD)):
        return "datatype"
    if s in schema_terms or str(s).startswith(SCHEMA_NAMESPACES) or isinstance(p, BNode):
        return "schema"
    if str(p) == RDF + "type" and str(o) in TRIVIAL_TYPES:
        return "trivial type"
    if o in schema_terms and isinstance(o, BNode):
        return "schema"
    if triple in facts:
        return "asserted"
    return None


def _inconsistencies(closure: Graph, facts: Graph, ontology: Graph) -> tuple[list[str], list[str]]:
    """Readable messages for owlrl's error reports and for functional-property clashes."""
    raw = sorted(str(m) for m in closure.objects(None, _iri(ERROR_NS + "error")))
    messages, individuals = [], set()
    for message in raw:
        text, named = _rewrite(message, facts)
        messages.append(text)
        individuals.update(named)
    for text, named in _functional_clashes(facts, ontology):
        messages.append(text)
        individuals.update(named)
    return messages, sorted(individuals)


#: owlrl's error message formats (owlrl/OWLRL.py), rewritten for a reader. {0}, {1}... are the
#: message's %s fields; the last tuple element says which fields are individuals.
_OWLRL_MESSAGES = [
    (
        r"Disjoint classes (\S+) and (\S+) have a common individual (\S+)",
        "{2} is both a {0} and a {1}, which are disjoint classes",
        (2,),
    ),
    (
        r"Irreflexive property used on (\S+) with (\S+)",
        "{0} is related to itself by {1}, which is irreflexive",
        (0,),
    ),
    (
        r"Erroneous usage of asymmetric property (\S+) on (\S+) and (\S+)",
        "{1} and {2} are related both ways by {0}, which is asymmetric",
        (1, 2),
    ),
    (
        r"(\S+) is defined of type 'Nothing'",
        "{0} is in the empty class owl:Nothing",
        (0,),
    ),
]


def _rewrite(message: str, facts: Graph) -> tuple[str, list[str]]:
    """Turn one owlrl error message into a sentence naming the individuals by CURIE and label."""
    for pattern, template, individual_fields in _OWLRL_MESSAGES:
        match = re.fullmatch(pattern, message.strip())
        if match:
            fields = match.groups()
            shown = [
                _describe(f, facts) if i in individual_fields else curie(f)
                for i, f in enumerate(fields)
            ]
            return template.format(*shown), [fields[i] for i in individual_fields]
    # An unfamiliar message: shorten its IRIs and name those that are individuals.
    iris = re.findall(r"https?://[^\s,()']+", message)
    text = message
    for iri in iris:
        text = text.replace(iri, _describe(iri, facts) if iri.startswith(KZR) else curie(iri))
    return text, [iri for iri in iris if iri.startswith(KZR)]


def _functional_clashes(facts: Graph, ontology: Graph) -> Iterable[tuple[str, list[str]]]:
    """Subjects with two different values of a functional datatype property (OWL 2 RL dt-diff)."""
    from rdflib import Literal

    functional = ontology.subjects(_iri(RDF + "type"), _iri(OWL + "FunctionalProperty"))
    for prop in sorted(functional):
        for subject in sorted(set(facts.subjects(prop, None))):
            values = [v for v in facts.objects(subject, prop) if isinstance(v, Literal)]
            distinct = _distinct_values(values)
            if len(distinct) > 1:
                shown = ", ".join(sorted(v.n3() for v in distinct))
                yield (
                    f"{_describe(str(subject), facts)} has {len(distinct)} values for "
                    f"{curie(str(prop))}, which is functional: {shown}",
                    [str(subject)],
                )


def _distinct_values(values: list) -> list:
    """Literals that differ in value (1.0 and 1.00 as xsd:decimal are one value)."""
    distinct: list = []
    for value in values:
        if not any(value.eq(seen) for seen in distinct):
            distinct.append(value)
    return distinct


def _describe(iri: str, facts: Graph) -> str:
    """An individual as ``kzr:x ("Label")`` when the facts label it."""
    from rdflib import URIRef

    label = facts.value(URIRef(iri), _iri(RDFS + "label"))
    return f'{curie(iri)} ("{label}")' if label is not None else curie(iri)
