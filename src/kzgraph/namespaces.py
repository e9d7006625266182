"""The IRIs kzgraph mints and the vocabularies it reuses. Plain strings: no RDF library imported."""

from __future__ import annotations

import re

BASE = "https://w3id.org/kzgraph/"
KZ = BASE + "ontology#"  # classes and properties (ontology/kzgraph.ttl)
KZR = BASE + "resource/"  # individuals: states, organisations, treaties, n-ary nodes ...
KZD = BASE + "doc/"  # documents; a document IRI is also its provenance graph's name
KZG = BASE + "graph/"  # the store's fixed named graphs

ONTOLOGY_GRAPH = KZG + "ontology"
INFERRED_GRAPH = KZG + "inferred"

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
DCTERMS = "http://purl.org/dc/terms/"
ORG = "http://www.w3.org/ns/org#"
SCHEMA = "https://schema.org/"
WD = "http://www.wikidata.org/entity/"
SH = "http://www.w3.org/ns/shacl#"

#: Prefixes predeclared for every query and used for every serialisation, in this order.
PREFIXES: dict[str, str] = {
    "kz": KZ,
    "kzr": KZR,
    "kzd": KZD,
    "kzg": KZG,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "skos": SKOS,
    "prov": PROV,
    "dcterms": DCTERMS,
    "org": ORG,
    "schema": SCHEMA,
    "wd": WD,
    "sh": SH,
}


def slug(text: str) -> str:
    """A lowercase ASCII slug for minting IRIs.

    >>> slug("Shanghai Cooperation Organisation")
    'shanghai-cooperation-organisation'
    >>> slug("Baku–Tbilisi–Ceyhan pipeline")
    'baku-tbilisi-ceyhan-pipeline'
    >>> slug("Tromsø–Małaszewicze Corridor")
    'tromso-malaszewicze-corridor'
    >>> slug("Қорғас")
    'qorghas'
    """
    from anyascii import anyascii  # 15 ms to import: only where IRIs are minted

    return re.sub(r"[^a-z0-9]+", "-", anyascii(text).lower()).strip("-")


def curie(iri: str) -> str:
    """An IRI shortened with the predeclared prefixes when the result is a valid prefixed name.

    >>> curie("https://w3id.org/kzgraph/resource/kaz")
    'kzr:kaz'
    >>> curie("https://w3id.org/kzgraph/ontology#State")
    'kz:State'
    >>> curie("http://example.org/x")
    '<http://example.org/x>'
    """
    for prefix, namespace in PREFIXES.items():
        local = iri[len(namespace) :]
        if iri.startswith(namespace) and re.fullmatch(r"[\w.-]*", local) and "/" not in local:
            return f"{prefix}:{local}"
    return f"<{iri}>"
