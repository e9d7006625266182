"""Turn Fact records into quads: one named graph per assertion, one provenance graph per document.

Terms are pyoxigraph ``NamedNode``/``Literal`` objects and the result a list of ``Quad``s
(see docs/design.md for the IRIs and the provenance shape). The relation schema
(data/schema.jsonl) says which triples and n-ary nodes each kind of fact becomes.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kzgraph.errors import RuleFileError
from kzgraph.gazetteer import read_jsonl
from kzgraph.linking import EntityRef
from kzgraph.namespaces import DCTERMS, KZ, KZD, KZR, OWL, PROV, RDF, RDFS, WD, XSD, slug
from kzgraph.relations import Fact
from kzgraph.subsume import subsume_nodes

_VALUE_TYPES = {"amount": "decimal", "percent": "decimal", "km": "decimal", "mi": "decimal",
                "count": "integer", "currency": "string", "approx": "boolean"}  # fmt: skip


@dataclass
class SentenceFacts:
    """A sentence (index, span, text) and the facts found in it."""

    index: int
    start: int
    end: int
    text: str
    facts: list[Fact]


def load_schema(path: Path) -> dict[str, dict]:
    """The relation schema by kind; RuleFileError names a broken line."""
    schema = {}
    for line, record in read_jsonl(path, ("kind",)):
        for triple in record.get("triples", []):
            if len(triple) != 3:
                raise RuleFileError(path, line, "a triple needs subject, property, object")
        schema[record["kind"]] = record
    return schema


@cache
def default_schema() -> dict[str, dict]:
    """The shipped relation schema."""
    from kzgraph.resources import rules_dir

    return load_schema(rules_dir() / "schema.jsonl")


def _iri(base: str, local: str):
    from pyoxigraph import NamedNode

    return NamedNode(base + local)


def _literal(lexical: str, datatype: str | None = None, language: str | None = None):
    from pyoxigraph import Literal, NamedNode

    if language:
        return Literal(lexical, language=language)
    return Literal(lexical, datatype=NamedNode(XSD + (datatype or "string")))


def _entities(fact: Fact, role: str) -> list[EntityRef]:
    """The entities filling ``role``: all of a group, else the candidate fitting the slot."""
    return filler_entities(fact.roles.get(role, []))


def filler_entities(fillers: list) -> list[EntityRef]:
    """The entities a role's (mention, slot class) fillers name, once each: all of a group's
    fitting the slot, else the first candidate that fits."""
    found: list[EntityRef] = []
    for mention, slot_type in fillers:
        if mention.members and len(mention.entities) > 1:
            chosen = [e for e in mention.entities if slot_type in e.kinds]
        else:
            chosen = [e for e in mention.entities if slot_type in e.kinds][:1]
        found += [e for e in chosen if e.key not in {f.key for f in found}]
    return found


def _value(fact: Fact, spec: str) -> tuple[str, str] | None:
    """(lexical, xsd type) of a value accessor such as "D.date" or "M.amount"."""
    role, _, field = spec.partition(".")
    if role in fact.consts and not field:
        return (fact.consts[role], "string")
    for mention, _ in fact.roles.get(role, []):
        fields = mention.value.fields if mention.value else {}
        if field in ("date", "end") and field in fields:
            lexical, datatype = fields[field]
            return (lexical, datatype.removeprefix("xsd:"))
        if field == "year" and "date" in fields:
            if "end" in fields and fields["end"][0][:4] != fields["date"][0][:4]:
                return None  # "in 2021–2022": a span of years is no one year
            return (fields["date"][0][:4], "gYear")
        if field == "approx":
            return ("true", "boolean") if fields.get("approx") else None
        if field in fields:
            return (str(fields[field]), _VALUE_TYPES.get(field, "string"))
    return None


def _terms(fact: Fact, spec: str) -> list:
    """Terms for a role (entity IRIs) or value accessor (one literal)."""
    if "." in spec or spec in fact.consts:
        value = _value(fact, spec)
        return [_literal(*value)] if value else []
    return [_iri(KZR, e.key) for e in _entities(fact, spec)]


def _binary_triples(fact: Fact, template: list[str], templates: list[list[str]]) -> list[tuple]:
    subject_role, prop, object_spec = template
    predicate = _iri(KZ, prop)
    if subject_role == object_spec:  # a symmetric relation among one group: each unordered pair
        if any(
            _terms(fact, other)
            for s, p, other in templates
            if s == subject_role and p == prop and other != subject_role
        ):
            return []  # "A and B established relations with C": A-C and B-C, never A-B
        members = sorted(_terms(fact, subject_role), key=str)
        return [(a, predicate, b) for a, b in itertools.combinations(members, 2)]
    subjects, objects = _terms(fact, subject_role), _terms(fact, object_spec)
    return [(s, predicate, o) for s in subjects for o in objects]


def _node_triples(fact: Fact, node: dict) -> list[tuple]:
    """The triples of an n-ary node template, one node per combination of its "each" fillers."""
    each = node.get("each") or []
    each = [each] if isinstance(each, str) else each
    pair = node["props"][node["pair"]] if "split_unless" in node else None
    if pair and not any(_value(fact, spec) for spec in node["split_unless"]):
        # "A and B ... with C", "A ... with B and C": one node per two, as each pair is stated
        sizes = [len(_entities(fact, role)) for role in pair]
        if sizes[1] == 1 and sizes[0] > 1:
            each = [*each, pair[0]]
        elif sizes[0] == 1 and sizes[1] > 1:
            each = [*each, pair[1]]
    triples = []
    for combination in itertools.product(*(_entities(fact, role) for role in each)):
        chosen = dict(zip(each, combination, strict=True))
        props = {p: _prop_terms(fact, spec, chosen) for p, spec in node["props"].items()}
        props = _ranged(fact, node, props)
        if not all(_terms(fact, role) for role in _required_roles(node)):
            continue
        if node.get("pair") and len(props[node["pair"]]) != 2:
            continue  # a symmetric relation's node needs exactly its two parties
        subject = _iri(KZR, _node_key(fact, node, chosen))
        triples.append((subject, _iri(RDF, "type"), _iri(KZ, node["class"])))
        for prop, terms in props.items():
            triples += [(subject, _iri(KZ, prop), term) for term in terms]
    return triples


def _ranged(fact: Fact, node: dict, props: dict[str, list]) -> dict[str, list]:
    """A node's props with each date prop its "range" names written as the first and last day
    of a range ("paid a state visit to P on 20–21 April 2015": kz:startDate and kz:endDate, no
    kz:date; EVENT23) where its value is one; a single day keeps the prop."""
    for prop, (first, last) in node.get("range", {}).items():
        end = _terms(fact, node["props"][prop].split(".")[0] + ".end")
        if end and props.get(prop):
            start = props.pop(prop)  # the range's first day, as _prop_terms read it
            props |= {first: start, last: end}
    return props


def _required_roles(node: dict) -> list[str]:
    """Entity roles a node cannot do without: those of its key that name entities."""
    return [spec for spec in node["key"] if "." not in spec and spec != "B" and spec != "W"]


def _prop_terms(fact: Fact, spec, chosen: dict[str, EntityRef]) -> list:
    specs = spec if isinstance(spec, list) else [spec]
    terms = []
    for one in specs:
        if one in chosen:
            terms.append(_iri(KZR, chosen[one].key))
        else:
            terms += [t for t in _terms(fact, one) if t not in terms]
    return terms


def _node_key(fact: Fact, node: dict, chosen: dict[str, EntityRef]) -> str:
    """The node's IRI name: its slug, then its key's parts in order. A symmetric pair's two roles
    make one part with their keys sorted, so "A borders B" and "B borders A" name one node."""
    pair = node["props"][node["pair"]] if node.get("pair") else []
    parts = []
    for spec in node["key"]:
        if spec in pair:
            if spec == pair[0]:
                parts += sorted(key for role in pair for key in _role_keys(fact, role, chosen))
        elif "." in spec or spec in fact.consts:
            value = _value(fact, spec)
            parts += [value[0]] if value else []
        else:
            parts += _role_keys(fact, spec, chosen)
    return node["slug"] + "-" + slug("-".join(parts))


def _role_keys(fact: Fact, role: str, chosen: dict[str, EntityRef]) -> list[str]:
    """The entity keys a role contributes to a node's IRI: its chosen filler, or all, sorted."""
    if role in chosen:
        return [chosen[role].key]
    return sorted(e.key for e in _entities(fact, role))


def fact_triples(fact: Fact, schema: dict[str, dict]) -> list[tuple]:
    """The triples one fact asserts, its entities typed and labelled (design.md's table)."""
    record = schema[fact.kind]
    if _wrong_class(fact, record):
        return []
    triples = []
    for template in record.get("triples", []):
        triples += _binary_triples(fact, template, record["triples"])
    for node in record.get("nodes", []):
        triples += _node_triples(fact, node)
    if not triples or any(s == o for s, _, o in triples):
        return []  # nothing, or a misreading: no relation of the ontology holds of one thing twice
    mentioned = {e.key: e for role in fact.roles for e in _entities(fact, role)}
    for entity in mentioned.values():
        triples += entity_triples(entity)
    return triples


def _wrong_class(fact: Fact, record: dict) -> bool:
    """Whether a role is filled by an entity of a class its kind's "not_classes" refuses (a
    company has no official language: "Official languages: Kazakh, Russian" under a heading
    naming the company that published a country's profile is the country's, not the company's)."""
    refused = record.get("not_classes", {})
    return any(e.cls in refused[role] for role in refused for e in _entities(fact, role))


def entity_triples(entity: EntityRef) -> list[tuple]:
    """rdf:type, rdfs:label, owl:sameAs (Wikidata) and kz:acronym of an entity."""
    subject = _iri(KZR, entity.key)
    triples = [
        (subject, _iri(RDF, "type"), _iri(KZ, entity.cls)),
        (subject, _iri(RDFS, "label"), _literal(entity.label, language="en")),
    ]
    if entity.wikidata:
        triples.append((subject, _iri(OWL, "sameAs"), _iri(WD, entity.wikidata)))
    if entity.acronym:
        triples.append((subject, _iri(KZ, "acronym"), _literal(entity.acronym)))
    return triples


def name_unnamed_treaties(sentence: SentenceFacts, stem: str) -> None:
    """Give each unnamed treaty of a sentence its IRI and label from the date the facts give it."""
    for fact in sentence.facts:
        for mention, _ in fact.roles.get("T", []):
            for entity in mention.entities:
                if entity.unnamed and not entity.key:
                    date = _treaty_date(sentence.facts, mention)
                    # minted like any name from text: kzr:<slug of label>; an undated one
                    # is told apart by its sentence
                    entity.label = f"{entity.label} ({date})" if date else entity.label
                    where = "" if date else f"-{stem}-s{sentence.index}"
                    entity.key = slug(entity.label) + where


def _treaty_date(facts: list[Fact], mention) -> str | None:
    for fact in facts:
        if any(m is mention for m, _ in fact.roles.get("T", [])):
            value = _value(fact, "D.date")
            if value:
                return value[0]
    return None


def document_iri(stem: str):
    """kzd:<stem>, the document and the name of its provenance graph."""
    return _iri(KZD, stem)


def _provenance(document, written_from: EntityRef | None, sentences: list[SentenceFacts]) -> list:
    doc = document_iri(document.stem)
    meta = document.metadata
    triples = [
        (doc, _iri(RDF, "type"), _iri(KZ, "Document")),
        (doc, _iri(KZ, "fileName"), _literal(document.file_name)),
        (doc, _iri(KZ, "sha256"), _literal(document.sha256)),
        (doc, _iri(KZ, "extractionFingerprint"), _literal(_fingerprint(document))),
    ]
    for key, prop in (("title", "title"), ("source", "source"), ("language", "language")):
        if meta.get(key):
            triples.append((doc, _iri(DCTERMS, prop), _literal(str(meta[key]))))
    if written_from is not None:
        triples.append((doc, _iri(KZ, "writtenFrom"), _iri(KZR, written_from.key)))
    for sentence in sentences:
        triples += _sentence_provenance(document, sentence)
    return triples


def _fingerprint(document) -> str:
    from kzgraph.fingerprint import extraction_fingerprint

    return extraction_fingerprint(document.sha256, document.metadata)


def _sentence_provenance(document, sentence: SentenceFacts) -> list:
    doc = document_iri(document.stem)
    node = _iri(KZD, f"{document.stem}/s{sentence.index}")
    triples = [
        (node, _iri(RDF, "type"), _iri(KZ, "Sentence")),
        (node, _iri(DCTERMS, "isPartOf"), doc),
        (node, _iri(KZ, "sentenceIndex"), _literal(str(sentence.index), "integer")),
        (node, _iri(KZ, "beginIndex"), _literal(str(sentence.start), "integer")),
        (node, _iri(KZ, "endIndex"), _literal(str(sentence.end), "integer")),
        (node, _iri(KZ, "text"), _literal(sentence.text)),
    ]
    return triples


def _assertion_provenance(document, sentence: SentenceFacts, number: int, fact: Fact) -> list:
    node = _iri(KZD, f"{document.stem}/s{sentence.index}/a{number}")
    return [
        (node, _iri(RDF, "type"), _iri(KZ, "Assertion")),
        (node, _iri(PROV, "wasDerivedFrom"), _iri(KZD, f"{document.stem}/s{sentence.index}")),
        (node, _iri(KZ, "document"), document_iri(document.stem)),
        (node, _iri(KZ, "rule"), _literal(fact.rule)),
        (node, _iri(KZ, "beginIndex"), _literal(str(fact.start), "integer")),
        (node, _iri(KZ, "endIndex"), _literal(str(fact.end), "integer")),
        (node, _iri(KZ, "anchorOf"), _literal(document.text[fact.start : fact.end])),
    ]


def build_graph(document, sentences: list[SentenceFacts], written_from: EntityRef | None) -> list:
    """All quads of one document: its provenance graph and one graph per assertion, sorted."""
    from pyoxigraph import Quad

    schema = default_schema()
    quads, provenance, asserted = [], [], []
    for sentence in sentences:
        name_unnamed_treaties(sentence, document.stem)
        number = 0
        for fact in sentence.facts:
            triples = fact_triples(fact, schema)
            if not triples:
                continue
            graph = _iri(KZD, f"{document.stem}/s{sentence.index}/a{number}")
            quads += [Quad(s, p, o, graph) for s, p, o in dict.fromkeys(triples)]
            provenance += _assertion_provenance(document, sentence, number, fact)
            number += 1
        if number:
            asserted.append(sentence)
    provenance += _provenance(document, written_from, asserted)
    doc_graph = document_iri(document.stem)
    quads = subsume_nodes(quads, keyed_properties(schema), doc_graph.value)
    quads += [Quad(s, p, o, doc_graph) for s, p, o in dict.fromkeys(provenance)]
    return sorted(quads, key=_quad_sort_key)


def keyed_properties(schema: dict[str, dict]) -> dict[str, set[str]]:
    """Each n-ary node class IRI -> the IRIs of the properties its node IRIs are keyed by; a
    keyed date prop's "range" props too (a visit "on 7–8 July 2015" is keyed by its first day,
    written as kz:startDate, so its bare twin "X pays an official visit to P" merges into it)."""
    keyed: dict[str, set[str]] = {}
    for record in schema.values():
        for node in record.get("nodes", []):
            props = keyed.setdefault(KZ + node["class"], set())
            own = {p for p, spec in node["props"].items() if spec in node["key"]}
            ranged = {r for p in own for r in node.get("range", {}).get(p, [])}
            props |= {KZ + p for p in own | ranged}
    return keyed


def _quad_sort_key(quad) -> tuple[str, str, str, str]:
    return (str(quad.graph_name), str(quad.subject), str(quad.predicate), str(quad.object))
