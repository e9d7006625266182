"""The whole pipeline, in order: texts -> triples -> OWL-RL closure -> store.

This is the only module that knows the order of the stages (docs/design.md):

1. **extract**: each text's ``triples/<stem>.trig`` is reused when its ``kz:sha256`` matches
   the text, else the extractor runs (spaCy is imported only then) and rewrites it;
2. **reason**: owlrl gets the ontology plus the assertion graphs' triples, never the
   provenance graphs; what it infers (filtered by ``reason.expand``) and is not already
   asserted goes to ``kzg:inferred``;
3. **load**: the ontology (``kzg:ontology``), every document's graphs and the inferences are
   written into a new store generation, swapped in atomically (``store.write_store``).

rdflib and owlrl are imported inside functions: ``kzgraph query`` imports nothing of this.
"""

from __future__ import annotations

import dataclasses
import os
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph
from pyoxigraph import NamedNode, Quad, RdfFormat, Triple

from kzgraph import namespaces as ns
from kzgraph import resources, store
from kzgraph.errors import Inconsistency, InputError

#: progress(stage, done, total): called before each document is read or extracted ("extract",
#: i, n), and as the one-step stages "reason" and "load" start (0, 1) and end (1, 1).
Progress = Callable[[str, int, int], None]

RDF_TYPE = NamedNode(ns.RDF + "type")
SENTENCE = NamedNode(ns.KZ + "Sentence")
ASSERTION = NamedNode(ns.KZ + "Assertion")
SHA256 = NamedNode(ns.KZ + "sha256")
FINGERPRINT = NamedNode(ns.KZ + "extractionFingerprint")


@dataclass
class BuildReport:
    """What a build did: counts, time per stage, and which documents were re-extracted."""

    store: str
    documents: int = 0
    sentences: int = 0
    entities_by_class: dict[str, int] = field(default_factory=dict)
    asserted_triples: int = 0
    inferred_triples: int = 0
    dropped_triples: dict[str, int] = field(default_factory=dict)
    store_quads: int = 0
    extracted: list[str] = field(default_factory=list)
    reused: list[str] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)
    inconsistencies: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)

    def to_dict(self) -> dict:
        """The report as plain JSON-ready data."""
        return dataclasses.asdict(self)


@dataclass
class Corpus:
    """The texts to build from and where their TriG files are read (and, if allowed, written)."""

    texts: list[Path]
    triples_dir: Path
    triples_writable: bool


@dataclass
class DocumentGraphs:
    """One document's quads, read from its current TriG file or freshly extracted."""

    stem: str
    quads: list[Quad]
    reused: bool


def build(
    corpus_paths: Sequence[Path | str] | None = None,
    *,
    store_path: Path | str | None = None,
    triples_dir: Path | str | None = None,
    allow_inconsistent: bool = False,
    progress: Progress | None = None,
) -> BuildReport:
    """Build the store from the texts (default: ./corpus, else the shipped sample corpus)."""
    target = Path(store_path) if store_path is not None else store.default_store_path()
    report = BuildReport(store=str(target))
    corpus = resolve_corpus(corpus_paths, triples_dir)
    # Take the lock first, so a second build is refused before it does any work.
    with store.build_lock(target):
        with timed(report, "extract"):
            documents = read_corpus(corpus, report, progress)
        with timed(report, "ontology"):
            ontology = load_ontology_graph()
            ontology_triples = [from_rdflib_triple(t) for t in ontology]
        with timed(report, "reason", progress):
            inferred = reason_over(documents, ontology, ontology_triples, report)
        if report.inconsistencies and not allow_inconsistent:
            raise Inconsistency(describe_inconsistencies(report.inconsistencies, documents))
        with timed(report, "load", progress):
            quads = all_quads(documents, ontology_triples, inferred)
            store.write_store(quads, target)
            report.store_quads = len(quads)
    return report


@contextmanager
def timed(report: BuildReport, stage: str, progress: Progress | None = None) -> Iterator[None]:
    """Add the wall-clock seconds of the ``with`` body to ``report.seconds[stage]``.

    With ``progress``, report the stage as one step: started (0 of 1), then done (1 of 1).
    """
    start = time.perf_counter()
    if progress:
        progress(stage, 0, 1)
    try:
        yield
    finally:
        elapsed = time.perf_counter() - start
        report.seconds[stage] = round(report.seconds.get(stage, 0.0) + elapsed, 4)
    if progress:
        progress(stage, 1, 1)


# --- corpus -------------------------------------------------------------------------------


def resolve_corpus(
    corpus_paths: Sequence[Path | str] | None, triples_dir: Path | str | None
) -> Corpus:
    """The .txt files named (directories expanded) and the triples folder to use with them."""
    shipped = not corpus_paths and not Path("corpus").is_dir()
    if shipped:
        corpus_paths = [resources.data_dir("corpus")]
    texts = list_texts(corpus_paths or [Path("corpus")])
    if triples_dir is not None:
        folder = Path(triples_dir)
    elif shipped:
        folder = resources.data_dir("triples")
    else:
        folder = Path("triples")  # as `kzgraph extract` writes
    # The shipped triples are package data: reuse them, never write there.
    writable = not shipped and is_writable_dir(folder)
    return Corpus(texts=texts, triples_dir=folder, triples_writable=writable)


def list_texts(paths: Iterable[Path | str]) -> list[Path]:
    """Expand directories to their sorted ``*.txt``; refuse missing paths and clashing stems."""
    texts: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            texts.extend(sorted(path.glob("*.txt")))
        elif path.is_file():
            texts.append(path)
        else:
            raise InputError(path, "no such file or directory")
    stems = Counter(text.stem for text in texts)
    clashing = sorted(stem for stem, count in stems.items() if count > 1)
    if clashing:
        raise InputError(texts[0].parent, f"two texts share the name {clashing[0]!r}")
    if not texts:
        raise InputError(", ".join(map(str, paths)), "no .txt files to build from")
    return texts


def is_writable_dir(folder: Path) -> bool:
    """True if ``folder`` exists and is writable, or could be created."""
    existing = folder
    while not existing.exists():
        if existing.parent == existing:
            return False
        existing = existing.parent
    return existing.is_dir() and os.access(existing, os.W_OK)


def read_corpus(
    corpus: Corpus, report: BuildReport, progress: Progress | None
) -> list[DocumentGraphs]:
    """Each text's graphs: its TriG reused if current, else freshly extracted."""
    documents = []
    for done, text in enumerate(corpus.texts):
        if progress:
            progress("extract", done, len(corpus.texts))
        try:
            document = document_graphs(text, corpus)
        except InputError as error:  # a bad file is reported; the others still build
            report.skipped[str(text)] = error.reason
            continue
        documents.append(document)
        (report.reused if document.reused else report.extracted).append(document.stem)
    if progress:
        progress("extract", len(corpus.texts), len(corpus.texts))
    if not documents:
        raise InputError(corpus.texts[0].parent, "no text could be read; nothing to build")
    return documents


def document_graphs(text: Path, corpus: Corpus) -> DocumentGraphs:
    """One text's quads, from a current ``<stem>.trig`` or by running the extractor."""
    from kzgraph.documents import read_document  # light: no spaCy

    document = read_document(text)
    trig = corpus.triples_dir / f"{document.stem}.trig"
    if trig.is_file():
        try:
            quads = parse_trig(trig)
        except InputError:
            quads = []  # a broken TriG file is stale: extract again
        if is_current(quads, document):
            return DocumentGraphs(document.stem, quads, reused=True)
    return DocumentGraphs(document.stem, extract_to_trig(document, corpus), reused=False)


def extract_to_trig(document, corpus: Corpus) -> list[Quad]:
    """Run the extractor on ``document``; write its TriG when the triples folder allows."""
    from kzgraph.extract import extract_or_refuse, write_trig  # imports spaCy

    extraction = extract_or_refuse(document, document.file_name)
    if corpus.triples_writable:
        write_trig(extraction, corpus.triples_dir)
    return list(extraction.quads)


def parse_trig(path: Path) -> list[Quad]:
    """The quads of a TriG file; a broken file is an InputError naming it."""
    try:
        return list(pyoxigraph.parse(path=str(path), format=RdfFormat.TRIG))
    except SyntaxError as error:
        raise InputError(path, f"broken TriG: {error}") from error


def is_current(quads: list[Quad], document) -> bool:
    """Whether a document's TriG still reflects its text, metadata and the extraction rules.

    The text's ``kz:sha256`` must match; so must the ``kz:extractionFingerprint`` (text,
    metadata, rule files, kzgraph version: see ``fingerprint.py``) when the file records one.
    A file that records none (written by hand, as in tests/build_corpus) is trusted on its
    text hash alone.
    """
    from kzgraph.fingerprint import extraction_fingerprint

    recorded_fingerprint = recorded_value(quads, FINGERPRINT)
    if recorded_value(quads, SHA256) != document.sha256:
        return False
    return recorded_fingerprint is None or recorded_fingerprint == extraction_fingerprint(
        document.sha256, document.metadata
    )


def recorded_value(quads: Iterable[Quad], predicate: NamedNode) -> str | None:
    """The value a document graph records for ``predicate`` (e.g. ``kz:sha256``), if any."""
    for quad in quads:
        if quad.predicate == predicate:
            return quad.object.value
    return None


# --- reasoning ----------------------------------------------------------------------------


def assertion_graphs(quads: Iterable[Quad]) -> set:
    """The names of the graphs typed ``kz:Assertion`` (in the document graphs)."""
    return {q.subject for q in quads if q.predicate == RDF_TYPE and q.object == ASSERTION}


def asserted_triples(documents: Iterable[DocumentGraphs]) -> set[Triple]:
    """The union of every assertion graph's triples: the facts, without provenance."""
    facts: set[Triple] = set()
    for document in documents:
        names = assertion_graphs(document.quads)
        facts.update(q.triple for q in document.quads if q.graph_name in names)
    return facts


def load_ontology_graph():
    """The ontology (``ontology.load_ontology``), its blank nodes labelled canonically.

    Parsers label blank nodes (OWL lists, AllDisjointClasses) at random; canonical labels
    (~60 ms) make two builds of the same input give the same quads.
    """
    from rdflib import Graph
    from rdflib.compare import to_canonical_graph

    from kzgraph.ontology import load_ontology

    canonical = Graph()
    canonical += to_canonical_graph(load_ontology())
    return canonical


def reason_over(
    documents: list[DocumentGraphs],
    ontology,
    ontology_triples: list[Triple],
    report: BuildReport,
) -> list[Triple]:
    """Run OWL-RL over ontology + facts; fill the report; return the new triples to store."""
    from kzgraph.reason import expand

    facts = asserted_triples(documents)
    reasoning = expand(to_rdflib(facts), ontology)
    known = facts | set(ontology_triples)
    inferred = sorted(
        (t for t in map(from_rdflib_triple, reasoning.inferred) if t not in known), key=str
    )
    report.documents = len(documents)
    report.sentences = count_typed(documents, SENTENCE)
    report.entities_by_class = entities_by_class(facts)
    report.asserted_triples = len(facts)
    report.inferred_triples = len(inferred)
    report.dropped_triples = dict(sorted(Counter(reasoning.dropped).items()))
    report.inconsistencies = list(reasoning.inconsistencies)
    return inferred


def count_typed(documents: Iterable[DocumentGraphs], cls: NamedNode) -> int:
    """How many distinct subjects the documents' graphs type as ``cls``."""
    return len(
        {
            q.subject
            for d in documents
            for q in d.quads
            if q.predicate == RDF_TYPE and q.object == cls
        }
    )


def entities_by_class(facts: Iterable[Triple]) -> dict[str, int]:
    """Distinct individuals per asserted ``kz:`` class (n-ary nodes included), by local name."""
    counts: Counter[str] = Counter()
    for triple in set(facts):
        if triple.predicate == RDF_TYPE and triple.object.value.startswith(ns.KZ):
            counts[triple.object.value.removeprefix(ns.KZ)] += 1
    return dict(sorted(counts.items()))


# --- inconsistencies ----------------------------------------------------------------------

RESOURCE_NAME = re.compile(re.escape(ns.KZR) + r"[^\s<>\"'(),;]+|kzr:[\w\-./]+")
DERIVED_FROM = NamedNode(ns.PROV + "wasDerivedFrom")
TEXT = NamedNode(ns.KZ + "text")
RULE = NamedNode(ns.KZ + "rule")
FILE_NAME = NamedNode(ns.KZ + "fileName")


def describe_inconsistencies(messages: Sequence[str], documents: list[DocumentGraphs]) -> str:
    """Each inconsistency, then for each individual it names the sentences that assert it."""
    lines = ["the graph is inconsistent (--allow-inconsistent builds anyway):"]
    for message in messages:
        lines.append(f"  {message}")
        for individual in named_individuals(message):
            for where in asserting_sentences(individual, documents):
                lines.append(f"    {shorten(individual)} in {where}")
    return "\n".join(lines)


def named_individuals(message: str) -> list[NamedNode]:
    """The ``kzr:`` individuals a message names, as full IRIs or prefixed, in order.

    >>> [n.value for n in named_individuals("kzr:kaz is a State and an Organisation")]
    ['https://w3id.org/kzgraph/resource/kaz']
    """
    names = []
    for match in RESOURCE_NAME.findall(message):
        iri = ns.KZR + match.removeprefix("kzr:") if match.startswith("kzr:") else match
        iri = iri.rstrip(".")  # a full stop ending the sentence is not part of the name
        if NamedNode(iri) not in names:
            names.append(NamedNode(iri))
    return names


def asserting_sentences(individual: NamedNode, documents: list[DocumentGraphs]) -> list[str]:
    """``file kzd:stem/sN (rule r): "text"`` for each assertion with ``individual`` as subject."""
    found = []
    for document in documents:
        about = provenance_index(document.quads)
        file_name = next(
            (q.object.value for q in document.quads if q.predicate == FILE_NAME), document.stem
        )
        graphs = {q.graph_name for q in document.quads if q.subject == individual}
        for graph in sorted(graphs & assertion_graphs(document.quads), key=str):
            sentence = about[graph].get(DERIVED_FROM)
            text = about.get(sentence, {}).get(TEXT)
            rule = about[graph].get(RULE)
            found.append(
                f"{file_name} {shorten(sentence)} (rule {rule.value if rule else '?'}): "
                f'"{text.value if text else "?"}"'
            )
    return found


def provenance_index(quads: Iterable[Quad]) -> dict:
    """subject -> predicate -> object over the quads (single-valued provenance properties)."""
    index: dict = {}
    for quad in quads:
        index.setdefault(quad.subject, {})[quad.predicate] = quad.object
    return index


def shorten(term) -> str:
    """A term with the project's prefixes, for messages."""
    value = getattr(term, "value", str(term))
    for prefix, iri in ns.PREFIXES.items():
        if value.startswith(iri):
            return f"{prefix}:{value[len(iri) :]}"
    return f"<{value}>"


# --- assembling the store -----------------------------------------------------------------


def all_quads(
    documents: list[DocumentGraphs], ontology: list[Triple], inferred: list[Triple]
) -> list[Quad]:
    """Everything the store holds: ontology, each document's graphs, the inferences."""
    ontology_graph = NamedNode(ns.ONTOLOGY_GRAPH)
    inferred_graph = NamedNode(ns.INFERRED_GRAPH)
    quads = [Quad(*triple, ontology_graph) for triple in ontology]
    for document in documents:
        quads.extend(document.quads)
    quads.extend(Quad(*triple, inferred_graph) for triple in inferred)
    return quads


# --- pyoxigraph <-> rdflib ----------------------------------------------------------------
# Term by term, with a cache: measured faster than a round trip through N-Triples text
# (rdflib's parser is the slow part), and the same few IRIs recur in almost every triple.


def to_rdflib(triples: Iterable[Triple]):
    """An rdflib Graph holding ``triples``."""
    from rdflib import Graph

    graph = Graph()
    convert = rdflib_converter()
    graph.addN(
        (convert(t.subject), convert(t.predicate), convert(t.object), graph) for t in triples
    )
    return graph


def rdflib_converter() -> Callable:
    """A caching function from a pyoxigraph term to the equal rdflib term."""
    from rdflib import BNode, Literal, URIRef

    cache: dict = {}

    def convert(term):
        if term in cache:
            return cache[term]
        if isinstance(term, NamedNode):
            result = URIRef(term.value)
        elif isinstance(term, pyoxigraph.BlankNode):
            result = BNode(term.value)
        elif term.language:
            result = Literal(term.value, lang=term.language)
        else:
            result = Literal(term.value, datatype=URIRef(term.datatype.value))
        cache[term] = result
        return result

    return convert


def from_rdflib_triple(triple) -> Triple:
    """The pyoxigraph Triple equal to an rdflib (s, p, o) tuple."""
    return Triple(*map(from_rdflib_term, triple))


def from_rdflib_term(term):
    """The pyoxigraph term equal to an rdflib term (blank nodes keep their labels)."""
    from rdflib import BNode, Literal

    if isinstance(term, Literal):
        if term.language:
            return pyoxigraph.Literal(str(term), language=term.language)
        datatype = str(term.datatype) if term.datatype else ns.XSD + "string"
        return pyoxigraph.Literal(str(term), datatype=NamedNode(datatype))
    if isinstance(term, BNode):
        return pyoxigraph.BlankNode(str(term))
    return NamedNode(str(term))
