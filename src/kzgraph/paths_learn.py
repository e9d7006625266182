"""Learn dependency paths from the development gold: ``python -m kzgraph.paths_learn``.

For every development corpus (corpus/ with tests/gold, and every tests/<name>/ with a corpus
and a gold folder, the look-alike "traps" sets included: their sentences give negative
evidence), every sentence that names two entities is parsed as the dependency reading parses
it, and every ordered pair of names whose classes fit one of the trigger lines of KINDS is a
candidate: its path (paths.path_between, at two levels: every word, the top word only) fires
rightly if the sentence's gold states that pair in that relation, wrongly otherwise. Whether
the stage would assert it (paths.path_fact: the line's classes, syntax_guards.plain) and
whether the extractor already states it are recorded with each candidate.

Selection is leave-one-corpus-out (LOCO): for each corpus C the paths are chosen from the
other corpora's counts (chosen: precision, right firings, corpora) and applied to C; what they
add beyond the extractor's facts on C, right and wrong, is the estimate of what the stage
would do on unseen text. The kept paths are those chosen over all corpora, written with their
counts under a header holding the LOCO figures (default: docs/paths-learned.jsonl; the stage
reads src/kzgraph/data/paths.jsonl, which is not shipped: see docs/design.md). Deterministic:
corpora, documents and sentences in sorted order, kept paths sorted by text.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from unittest import mock

#: kind -> (trigger line, ends (the roles of the gold subject and object), gold property or
#: node class, node properties of the two ends, symmetric)
KINDS = {
    "membership": ("participating-state-of", ("X", "O"), "kz:memberOf", None, False),
    "co-founding": ("co-founded-organisation", ("X", "O"), "kz:coFounderOf", None, False),
    "treaty-signed": ("states-signed-treaty", ("T", "S"), "kz:signatory", None, False),
    "treaty-guarantee": ("guarantor-of-treaty", ("T", "G"), "kz:guarantor", None, False),
    "diplomatic-relations": (
        "relations-with-state", ("A", "B"), "kz:hasDiplomaticRelationsWith", None, True),
    "border": ("borders-state", ("A", "B"), "kz:sharesBorderWith", None, True),
    "pipeline-built": ("pipeline-built-by-company", ("P", "C"), "kz:builtBy", None, False),
    "pipeline-joined": ("state-joined-pipeline", ("P", "S"), "kz:participantState", None, False),
    "field-developed": ("company-develops-field", ("C", "F"), "kz:develops", None, False),
    "chairmanship": ("state-chaired-organisation", ("O", "S"), "kz:chairedBy", None, False),
    "located-in": ("lex-city-located-in-state", ("C", "S"), "kz:locatedIn", None, False),
    "capital": ("lex-capital-of-state", ("C", "S"), "kz:capitalOf", None, False),
    "predecessor": ("organisation-successor-of", ("O", "P"), "kz:predecessor", None, False),
    "languages": ("lex-official-language-of", ("O", "L"), "kz:officialLanguage", None, False),
    "visit": ("visit-to-place", ("V", "P"), "kz:StateVisit",
              ("kz:visitor", "kz:destination"), False),
    "summit": ("organisation-summit-in-city", ("O", "C"), "kz:Summit",
               ("kz:organisation", "kz:heldIn"), False),
}  # fmt: skip
MIN_PRECISION = 0.9
MIN_CORPORA = 2
MIN_RIGHT = 2
LEXICAL_ONLY = True
ROOT = Path(__file__).resolve().parents[2]


def corpora(root: Path = ROOT) -> list[tuple[str, Path, Path]]:
    """(name, corpus folder, gold folder) of every development corpus, sample first."""
    found = [("sample", root / "corpus", root / "tests" / "gold")]
    for folder in sorted((root / "tests").iterdir()):
        if (folder / "corpus").is_dir() and (folder / "gold").is_dir():
            found.append((folder.name, folder / "corpus", folder / "gold"))
    return found


def _gold_scoring(root: Path):
    spec = importlib.util.spec_from_file_location("gold_scoring", root / "tests/gold_scoring.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("gold_scoring", module)
    spec.loader.exec_module(module)
    return module


def gold_pairs(path: Path, gs) -> dict[int, set]:
    """Sentence index -> {(kind, subject keys, object keys)} of the gold file's binary facts."""
    by_property = {spec[2]: kind for kind, spec in KINDS.items()}
    found: dict[int, set] = defaultdict(set)
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        if "node" in record:
            kind = by_property.get(record["node"])
            if kind is None:
                continue
            first, second = KINDS[kind][3]
            values = record["props"]
            if first not in values or second not in values:
                continue
            pair = (values[first], values[second])
        else:
            kind = by_property.get(record["p"])
            if kind is None or isinstance(record["o"], dict):
                continue
            pair = (record["s"], record["o"])
        a, b = (gs._gold_term(v[0] if isinstance(v, list) else v) for v in pair)
        found[record.get("sentence", -1)].add((kind, a, b))
    return found


def _known_pairs(facts) -> set:
    """(kind, key, key) of every pair the extractor's facts state, both orders if symmetric."""
    from kzgraph.graph import filler_entities

    found = set()
    for fact in facts:
        spec = KINDS.get(fact.kind)
        if spec is None:
            continue
        first, second = (fact.roles.get(r, []) for r in spec[1])
        for a in filler_entities(first):
            for b in filler_entities(second):
                found.add((fact.kind, a.key, b.key))
                if spec[4]:
                    found.add((fact.kind, b.key, a.key))
    return found


def _right(kind: str, keys_a: set, keys_b: set, gold: set) -> bool:
    symmetric = KINDS[kind][4]
    for gold_kind, a, b in gold:
        if gold_kind != kind:
            continue
        if (keys_a & a and keys_b & b) or (symmetric and keys_a & b and keys_b & a):
            return True
    return False


def document_candidates(document, gold: dict[int, set], candidates=None) -> list[tuple]:
    """(sentence, first token, last token, path, line, right, known, plain) of every candidate
    pair of one document, its sentences read as extract_document reads them; ``candidates``
    (default: this module's _sentence_candidates) reads each sentence's."""
    candidates = candidates or _sentence_candidates
    from kzgraph import extract
    from kzgraph.gazetteer import default_gazetteer
    from kzgraph.layout import Layout
    from kzgraph.references import context_for, update_context
    from kzgraph.sentences import iter_sentence_spans

    gazetteer = default_gazetteer()
    context = context_for(document.written_from, gazetteer)
    text = document.text
    layout = Layout(text, title=extract._title_mentions(document, gazetteer))
    found = []
    for count, (offset, span) in enumerate(iter_sentence_spans(text)):
        start, end = offset + span.start_char, offset + span.end_char
        mentions = extract.sentence_mentions(span, offset, text, context)
        layout.see(offset, start, end, mentions)
        facts = []
        if sum(1 for m in mentions if m.entities) >= 1:
            facts = extract._read_sentence(text[start:end], start, mentions, context, layout)
        facts += layout.field_facts(start, end, mentions, facts, context.topic)
        layout.date_facts(facts)
        found += [(count, *c) for c in candidates(text[start:end], start, mentions, facts,
                                                  context, gold.get(count, set()))]  # fmt: skip
        update_context(mentions, context, text, start)
    return found


def _sentence_candidates(sentence, start, mentions, facts, context, gold) -> list[tuple]:
    """(first, last, path, line, right, known, plain) of every path between two names of one
    sentence, once per kind whose trigger line the two names' classes fit."""
    from kzgraph.paths import sentence_paths

    reading = sentence_reading(sentence, start, mentions, facts, context)
    if reading is None:
        return []
    return [
        (i, j, path, line, right, seen, plain)
        for i, j, path, top in sentence_paths(reading.parse)
        for _kind, line, _a, _b, right, seen, plain in pair_kinds(reading, i, j, top, gold)
    ]


@dataclass(frozen=True)
class SentenceReading:
    """One sentence as the candidates need it: its dependency reading, the names on it, the
    trigger lines and the pairs the extractor's facts already state."""

    parse: object  # syntax._Parse
    named: dict  # token index -> mention (paths.named_tokens)
    rules: object  # triggers.TriggerRules
    lines: dict  # trigger line id -> rule
    known: set  # _known_pairs of the sentence's facts


def sentence_reading(sentence, start, mentions, facts, context) -> SentenceReading | None:
    """The sentence's reading, or None for one the dependency reading does not read."""
    from kzgraph.paths import named_tokens
    from kzgraph.syntax import _Parse, worth_reading
    from kzgraph.triggers import default_trigger_rules

    if not worth_reading(sentence, mentions):
        return None
    rules = default_trigger_rules()
    parse = _Parse(sentence, start, mentions, context)
    lines = {rule.id: rule for rule in rules.rules}
    return SentenceReading(parse, named_tokens(parse), rules, lines, _known_pairs(facts))


def pair_kinds(reading: SentenceReading, i: int, j: int, top, gold: set):
    """(kind, line, keys of i, keys of j, right, known, plain) for each kind of KINDS whose
    trigger line the names at i and j fit, in that order of roles."""
    from kzgraph.paths import path_fact
    from kzgraph.syntax_tree import _fits
    from kzgraph.triggers import is_value

    named = reading.named
    for kind, (line, ends, *_rest) in KINDS.items():
        rule = reading.lines[line]
        slots = {s.role: s for s in rule.left + rule.right if not is_value(s)}
        if not (_fits(named[i], slots[ends[0]]) and _fits(named[j], slots[ends[1]])):
            continue
        keys_a = frozenset(e.key for e in named[i].entities)
        keys_b = frozenset(e.key for e in named[j].entities)
        right = _right(kind, keys_a, keys_b, gold)
        seen = any((kind, a, b) in reading.known for a in keys_a for b in keys_b)
        fact = path_fact(reading.parse, rule, reading.rules, ends, (i, j, top), "learn")
        yield kind, line, keys_a, keys_b, right, seen, fact is not None


def collect(root: Path = ROOT) -> list[tuple]:
    """Every candidate of every development corpus: (corpus, document, sentence, first, last,
    path, line, right, known, plain), in corpus, document and sentence order."""
    from kzgraph.documents import read_document

    gs = _gold_scoring(root)
    found = []
    for name, corpus, gold_dir in corpora(root):
        for gold_path in sorted(gold_dir.glob("*.jsonl")):
            document = read_document(corpus / f"{gold_path.stem}.txt")
            gold = gold_pairs(gold_path, gs)
            found += [(name, gold_path.stem, *c) for c in document_candidates(document, gold)]
    return found


# --------------------------------------------------------------------------- counting


def counts(candidates, exclude: str | None = None) -> dict:
    """(path, line) -> [right, wrong, corpora with a right firing] over the plain candidates of
    every corpus but ``exclude``."""
    table: dict = defaultdict(lambda: [0, 0, set()])
    for corpus, _doc, _sent, _i, _j, path, line, right, _seen, plain in candidates:
        if corpus == exclude or not plain:
            continue
        entry = table[(path, line)]
        entry[0 if right else 1] += 1
        if right:
            entry[2].add(corpus)
    return table


def chosen(
    table: dict, precision: float = MIN_PRECISION, spread: int = MIN_CORPORA, least: int = MIN_RIGHT
) -> set:
    """The (path, line) keys precise enough, right ``least`` times at least, in enough corpora;
    only paths that keep their words (LEXICAL_ONLY: the top-word level invented facts under
    LOCO, "A <nsubj are >attr * >prep * >pobj B" read "are the official languages of" as
    membership)."""
    return {
        key
        for key, (right, wrong, where) in table.items()
        if right >= least
        and len(where) >= spread
        and right / (right + wrong) >= precision
        and not (LEXICAL_ONLY and "*" in key[0])
    }


def added(candidates, keys: set, corpus: str) -> tuple[int, int]:
    """(right, wrong) facts the paths ``keys`` add on ``corpus`` beyond the extractor's: each
    (document, sentence, pair, line) once, only where the guards let it through."""
    facts: dict = {}
    for name, doc, sent, i, j, path, line, right, seen, plain in candidates:
        if name != corpus or not plain or seen or (path, line) not in keys:
            continue
        facts[(doc, sent, i, j, line)] = right
    right = sum(facts.values())
    return right, len(facts) - right


def alone(candidates, keys: set, corpus: str) -> tuple[int, int]:
    """(right, wrong) facts the paths ``keys`` state on ``corpus`` by themselves, whether or
    not the extractor states them too."""
    facts: dict = {}
    for name, doc, sent, i, j, path, line, right, _seen, plain in candidates:
        if name == corpus and plain and (path, line) in keys:
            facts[(doc, sent, i, j, line)] = right
    return sum(facts.values()), len(facts) - sum(facts.values())


def loco(candidates, precision: float = MIN_PRECISION, spread: int = MIN_CORPORA) -> dict:
    """corpus -> ((right, wrong) the paths chosen without it add on it beyond the extractor,
    (right, wrong) they state on it by themselves)."""
    names = sorted({c[0] for c in candidates}, key=[c[0] for c in candidates].index)
    found = {}
    for name in names:
        keys = chosen(counts(candidates, name), precision, spread)
        found[name] = (added(candidates, keys, name), alone(candidates, keys, name))
    return found


def scored_loco(candidates, precision: float, spread: int, root: Path = ROOT) -> list[str]:
    """The LOCO estimate through the real scorer: each corpus extracted twice, without the
    stage and with it called after the other readings (the paths chosen without the corpus),
    scored by tests/gold_scoring.py; one line a corpus, matched/extracted before and after."""
    from kzgraph import extract, paths

    gs = _gold_scoring(root)
    kinds = {spec[0]: spec[1] for spec in KINDS.values()}
    read, chosen_paths = extract._read_sentence, {"now": None}

    def reading(sentence, start, mentions, context, layout):
        facts = read(sentence, start, mentions, context, layout)
        if chosen_paths["now"] is None:
            return facts
        found = paths.extract_path_facts(
            sentence, start, mentions, facts, chosen_paths["now"], context=context
        )
        return facts + found

    lines, total = [], Counter()
    with mock.patch.object(extract, "_read_sentence", reading):
        for name, corpus, gold in corpora(root):
            chosen_paths["now"] = None
            before = gs.score_corpus(corpus, gold)
            keys = sorted(chosen(counts(candidates, name), precision, spread))
            made = [paths.make_pattern(f"p{n}", line, path, kinds[line])
                    for n, (path, line) in enumerate(keys)]  # fmt: skip
            chosen_paths["now"] = paths.patterns_of(made)
            after = gs.score_corpus(corpus, gold)
            total.update(m=after.matched - before.matched, e=after.extracted - before.extracted)
            lines.append(f"{name}: {before.matched}/{before.extracted}/{before.gold} -> "
                         f"{after.matched}/{after.extracted}/{after.gold}")  # fmt: skip
    lines.append(f"TOTAL added matched {total['m']}, extracted {total['e']}")
    return lines


def write_patterns(
    candidates, path: Path, report: list[str], precision: float, spread: int, least: int = MIN_RIGHT
) -> int:
    """Write the kept paths (chosen over every corpus) with their counts and a header."""
    table = counts(candidates)
    keys = chosen(table, precision, spread, least)
    kinds = {spec[0]: spec[1] for spec in KINDS.values()}
    names = {c[0] for c in candidates}
    folds = Counter(
        key for name in names for key in chosen(counts(candidates, name), precision, spread, least)
    )
    lines = [f"// {line}" for line in report]
    for number, (path_text, line) in enumerate(sorted(keys), 1):
        right, wrong, where = table[(path_text, line)]
        record = {
            "id": f"p{number:03d}-{line}",
            "line": line,
            "path": path_text,
            "ends": list(kinds[line]),
            "right": right,
            "wrong": wrong,
            "corpora": len(where),
            "loco_folds": folds[(path_text, line)],
        }
        lines.append(json.dumps(record, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(keys)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs/paths-learned.jsonl")
    parser.add_argument("--precision", type=float, default=MIN_PRECISION)
    parser.add_argument("--corpora", type=int, default=MIN_CORPORA)
    parser.add_argument("--cache", type=Path, help="keep the candidates here (a JSON file)")
    parser.add_argument("--scored", action="store_true", help="also the LOCO through the scorer")
    args = parser.parse_args(argv)
    if args.cache and args.cache.is_file():
        candidates = [tuple(c) for c in json.loads(args.cache.read_text())]
    else:
        candidates = collect()
        if args.cache:
            args.cache.write_text(json.dumps(candidates))
    report = loco_report(candidates, args.precision, args.corpora)
    if args.scored:
        report += ["Leave-one-corpus-out through the scorer (matched/extracted/gold without and "
                   "with the stage):"] + ["  " + line for line in scored_loco(
                       candidates, args.precision, args.corpora)]  # fmt: skip
    report.append("Not enabled: extract.py does not call paths.extract_path_facts (see "
                  "docs/design.md, 'Learned dependency paths').")  # fmt: skip
    print("\n".join(report))
    kept = write_patterns(candidates, args.out, report, args.precision, args.corpora)
    print(f"kept {kept} paths in {args.out}")


def loco_report(candidates, precision: float, spread: int) -> list[str]:
    figures = loco(candidates, precision, spread)
    lines = [
        "Made by `python -m kzgraph.paths_learn` (src/kzgraph/paths_learn.py) from the gold of "
        f"the {len(figures)} development corpora: " + ", ".join(figures) + ".",
        f"A path is kept with precision >= {precision} over all corpora, {MIN_RIGHT} right "
        f"firings at least, in {spread} corpora at least, its words kept (the lexical level).",
        "Leave-one-corpus-out estimate (paths chosen without the corpus; facts added beyond "
        "the extractor's, right/wrong):",
    ]
    total = [0, 0, 0, 0]
    row = []
    for name, ((right, wrong), (by_itself, invented)) in figures.items():
        total = [a + b for a, b in zip(total, (right, wrong, by_itself, invented), strict=True)]
        row.append(f"{name} {right}/{wrong}")
    for start in range(0, len(row), 8):
        lines.append("  " + ", ".join(row[start : start + 8]))
    lines.append(f"  TOTAL added right {total[0]}, wrong {total[1]}; the paths by themselves "
                 f"(LOCO, added or not): right {total[2]}, wrong {total[3]}")  # fmt: skip
    return lines


if __name__ == "__main__":
    main()
