"""Score extracted facts against hand-written gold (tests/gold, tests/generality/gold).

Both sides become comparable facts: a binary triple ``(s, p, o)`` or an n-ary node
``(class, {property: [values]})``. Extracted entities are their ``kzr:`` local names; a gold
entity name stands for every key the gazetteer knows it by, or the slug of the name (what
the extractor mints for names it lacks). Types, labels, sameAs and acronyms are not scored.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from kzgraph.gazetteer import default_gazetteer
from kzgraph.namespaces import KZ, KZD, KZR, OWL, RDF, RDFS, SKOS, XSD, slug

NODE_CLASSES = {
    "Membership", "FoundingMembership", "DiplomaticRelationsEstablishment", "Border",
    "StateVisit", "PipelineParticipation", "FieldDevelopment", "InvestmentFigure",
    "TradeFigure", "CountFigure", "Summit", "Chairmanship",
}  # fmt: skip
UNSCORED = {RDF + "type", RDFS + "label", SKOS + "altLabel", OWL + "sameAs", KZ + "acronym"}
SYMMETRIC = {"kz:hasDiplomaticRelationsWith", "kz:sharesBorderWith"}


@dataclass
class Score:
    """Matched, extracted and gold counts, with the facts that did not match."""

    matched: int = 0
    extracted: int = 0
    gold: int = 0
    false_positives: list = field(default_factory=list)
    misses: list = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    def add(self, other: Score) -> None:
        self.matched += other.matched
        self.extracted += other.extracted
        self.gold += other.gold
        self.false_positives += other.false_positives
        self.misses += other.misses

    def report(self, title: str) -> str:
        counts = f"{self.matched} matched, {self.extracted} extracted, {self.gold} gold"
        lines = [f"{title}: P={self.precision:.3f} R={self.recall:.3f} ({counts})"]
        lines += [f"  false positive: {fact}" for fact in self.false_positives]
        lines += [f"  miss: {fact}" for fact in self.misses]
        return "\n".join(lines)


def _term(node) -> object:
    """An extracted RDF term as a comparable value: kzr local name or (lexical, datatype)."""
    from pyoxigraph import Literal

    if isinstance(node, Literal):
        return (node.value, node.datatype.value.replace(XSD, "xsd:"))
    return node.value.removeprefix(KZR)


def _short(iri: str) -> str:
    return "kz:" + iri.removeprefix(KZ)


def extracted_facts(quads) -> list:
    """The scorable facts of one document's assertion graphs (union, duplicates removed)."""
    triples = {
        (q.subject.value, q.predicate.value, q.object)
        for q in quads
        if q.graph_name.value.startswith(KZD) and "/a" in q.graph_name.value.removeprefix(KZD)
    }
    node_class = {
        s: o.value.removeprefix(KZ)
        for s, p, o in triples
        if p == RDF + "type" and o.value.removeprefix(KZ) in NODE_CLASSES
    }
    nodes: dict[str, dict] = {s: {} for s in node_class}
    facts = []
    for s, p, o in sorted(triples, key=str):
        if p in UNSCORED:
            continue
        if s in nodes:
            nodes[s].setdefault(_short(p), []).append(_term(o))
        else:
            facts.append(("triple", s.removeprefix(KZR), _short(p), _term(o)))
    facts += [("node", "kz:" + node_class[s], props) for s, props in nodes.items()]
    return facts


def _gold_term(value) -> object:
    if isinstance(value, dict):
        return (value["value"], value["datatype"])
    gazetteer = default_gazetteer()
    keys = set(gazetteer.lookup(value)) | {slug(value)}
    if value in gazetteer.short_names:  # "Security Council", as a text names it after the UN
        keys.add(gazetteer.short_names[value])
    return frozenset(keys)


def gold_facts(path: Path) -> list:
    """The facts of a gold JSONL file, entity names turned into sets of candidate keys."""
    facts = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        if "node" in record:
            props = {
                p: [_gold_term(v) for v in (vs if isinstance(vs, list) else [vs])]
                for p, vs in record["props"].items()
            }
            facts.append(("node", record["node"], props))
        else:
            facts.append(("triple", _gold_term(record["s"]), record["p"], _gold_term(record["o"])))
    return facts


def _matches_term(extracted, gold) -> bool:
    return extracted in gold if isinstance(gold, frozenset) else extracted == gold


def _matches_values(extracted: list, gold: list) -> bool:
    if len(extracted) != len(gold):
        return False
    remaining = list(gold)
    for value in extracted:
        hit = next((g for g in remaining if _matches_term(value, g)), None)
        if hit is None:
            return False
        remaining.remove(hit)
    return True


def matches(extracted, gold) -> bool:
    """Whether an extracted fact is the gold fact (symmetric properties in either order)."""
    if (
        extracted[0] != gold[0]
        or extracted[1 if extracted[0] == "node" else 2] != gold[1 if gold[0] == "node" else 2]
    ):
        return False
    if extracted[0] == "node":
        ext_props, gold_props = extracted[2], gold[2]
        return set(ext_props) == set(gold_props) and all(
            _matches_values(ext_props[p], gold_props[p]) for p in ext_props
        )
    _, s, p, o = extracted
    _, gs, _, go = gold
    straight = _matches_term(s, gs) and _matches_term(o, go)
    crossed = p in SYMMETRIC and _matches_term(s, go) and _matches_term(o, gs)
    return straight or crossed


def score(extracted: list, gold: list) -> Score:
    """Greedy one-to-one matching of extracted to gold facts."""
    remaining = list(gold)
    result = Score(extracted=len(extracted), gold=len(gold))
    for fact in extracted:
        hit = next((g for g in remaining if matches(fact, g)), None)
        if hit is None:
            result.false_positives.append(fact)
        else:
            remaining.remove(hit)
            result.matched += 1
    result.misses = remaining
    return result


def score_corpus(corpus_dir: Path, gold_dir: Path) -> Score:
    """Extract every text of ``corpus_dir`` that has gold and score it."""
    from kzgraph.documents import read_document
    from kzgraph.extract import extract_document

    total = Score()
    for gold_path in sorted(Path(gold_dir).glob("*.jsonl")):
        document = read_document(Path(corpus_dir) / f"{gold_path.stem}.txt")
        quads = extract_document(document).quads
        part = score(extracted_facts(quads), gold_facts(gold_path))
        part.false_positives = [(gold_path.stem, f) for f in part.false_positives]
        part.misses = [(gold_path.stem, f) for f in part.misses]
        total.add(part)
    return total


def assert_floor(corpus: Path, gold: int, precision: float, recall: float) -> None:
    """Score ``corpus``/corpus against ``corpus``/gold, print the report and assert the gold
    count and the precision and recall floors measured on it."""
    score = score_corpus(Path(corpus) / "corpus", Path(corpus) / "gold")
    report = score.report(Path(corpus).name)
    print(report)
    assert score.gold == gold, report
    assert score.precision >= precision, report
    assert score.recall >= recall, report
