"""Train and measure the learned relation classifier: ``python -m kzgraph.relation_learn``.

The candidates are paths_learn's: every ordered pair of names in a sentence of a development
corpus whose classes fit one of the trigger lines of paths_learn.KINDS, right if the
sentence's gold states that pair in that relation, ``known`` if the extractor already states
it, ``plain`` if paths.path_fact would assert it (the line's classes, syntax_guards.plain with
the path's top word as the trigger). Each candidate gets relation_features.pair_features.

A logistic regression (scikit-learn, liblinear, fixed random_state: a training tool only; the
run-time stage scores with a dot product) is trained on the plain candidates. It is measured
two ways, counting only what it would add beyond the extractor's facts: leave-one-corpus-out
(for each corpus C, trained on the others and applied to C) and a time split (trained on every
corpus but blind31-blind39, the nine written last, and applied to those), at thresholds 0.5 to
0.95. With --out, the model trained on every corpus is written as JSON (feature -> weight, bias,
threshold, with a header saying how it was made; sorted keys, rounded weights: byte-identical
on re-training; not shipped: docs/design.md, "A learned relation classifier"). scikit-learn
is not a dependency of the package: install it beside it to run the learner. Deterministic:
corpora, documents and sentences in sorted order.
"""

from __future__ import annotations

import argparse
import json
import pickle
from collections import Counter, defaultdict
from pathlib import Path

from kzgraph import paths_learn
from kzgraph.paths_learn import KINDS, ROOT

THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95)
#: The corpora of the time split's test side (their gold was written last, blind).
LATEST = tuple(f"blind{n}" for n in range(31, 40))
C = 1.0  # the inverse regularisation strength
DIGITS = 6  # the weights as written


def _sentence_candidates(sentence, start, mentions, facts, context, gold) -> list[tuple]:
    """(first, last, kind, right, known, plain, features) of every candidate of one sentence,
    each ordered pair of names once per kind (the path at both levels among its features)."""
    from kzgraph.paths import sentence_paths
    from kzgraph.relation_features import pair_features

    reading = paths_learn.sentence_reading(sentence, start, mentions, facts, context)
    if reading is None:
        return []
    pairs: dict = {}
    for i, j, path, top in sentence_paths(reading.parse):
        pairs.setdefault((i, j), ([], top))[0].append(path)
    return [
        (i, j, kind, keys_a, keys_b, right, seen, plain,
         pair_features(reading.parse, sentence, kind, i, j, paths, top))
        for (i, j), (paths, top) in pairs.items()
        for kind, _line, keys_a, keys_b, right, seen, plain in paths_learn.pair_kinds(
            reading, i, j, top, gold)
    ]  # fmt: skip


def collect(root: Path = ROOT) -> list[tuple]:
    """Every candidate of every development corpus: (corpus, document, sentence, first, last,
    kind, keys of the first, keys of the last, right, known, plain, features)."""
    from kzgraph.documents import read_document

    gs = paths_learn._gold_scoring(root)
    found = []
    for name, corpus, gold_dir in paths_learn.corpora(root):
        for gold_path in sorted(gold_dir.glob("*.jsonl")):
            document = read_document(corpus / f"{gold_path.stem}.txt")
            gold = paths_learn.gold_pairs(gold_path, gs)
            found += [(name, gold_path.stem, *c) for c in paths_learn.document_candidates(
                document, gold, _sentence_candidates)]  # fmt: skip
    return found


def fact_key(candidate) -> tuple:
    """One fact a candidate would state: (document, sentence, kind, its pair of entity key
    sets), the pair unordered for a symmetric kind."""
    _c, doc, sent, _i, _j, kind, keys_a, keys_b, *_rest = candidate
    pair = (keys_a, keys_b)
    if KINDS[kind][4]:
        pair = tuple(sorted(pair, key=sorted))
    return (doc, sent, kind, pair)


# --------------------------------------------------------------------------- the ceiling


def ceiling(candidates) -> list[str]:
    """The candidates, the right ones, the right ones not known (the most a classifier could
    add) and of those the plain ones (the most path_fact would let it state), by kind and by
    corpus, each counted as distinct facts."""

    def table(group) -> dict:
        facts: dict = defaultdict(dict)
        for c in candidates:
            key = fact_key(c)
            now = facts[group(c)].get(key, (False, False, False))
            right, seen, plain = c[8], c[9], c[10]
            facts[group(c)][key] = (now[0] or right, now[1] or seen, now[2] or plain)
        rows = {}
        for name, found in facts.items():
            values = list(found.values())
            rows[name] = (
                len(values),
                sum(r for r, _s, _p in values),
                sum(r and not s for r, s, _p in values),
                sum(r and not s and p for r, s, p in values),
                sum(p and not s for _r, s, p in values),
            )
        return rows

    head = "candidates / right / right, not known / right, not known, plain / plain, not known"
    lines = ["By kind (" + head + "):"]
    total = [0] * 5
    for kind, row in sorted(table(lambda c: c[5]).items()):
        lines.append(f"  {kind}: " + " / ".join(map(str, row)))
        total = [a + b for a, b in zip(total, row, strict=True)]
    lines.append("  TOTAL: " + " / ".join(map(str, total)))
    lines.append("By corpus (" + head + "):")
    by_corpus = table(lambda c: c[0])
    order = list(dict.fromkeys(c[0] for c in candidates))
    latest = [0] * 5
    for name in order:
        row = by_corpus[name]
        lines.append(f"  {name}: " + " / ".join(map(str, row)))
        if name in LATEST:
            latest = [a + b for a, b in zip(latest, row, strict=True)]
    lines.append("  blind31-39: " + " / ".join(map(str, latest)))
    return lines


# --------------------------------------------------------------------------- the model


def train(candidates, c: float | None = None) -> tuple[dict, float]:
    """(feature -> weight, bias) of a logistic regression on the plain candidates."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows = [c for c in candidates if c[10]]
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([dict.fromkeys(c[11], 1) for c in rows]).tocsr()
    x.indices, x.indptr = x.indices.astype("int32"), x.indptr.astype("int32")  # for liblinear
    y = [int(c[8]) for c in rows]
    model = LogisticRegression(solver="liblinear", C=c or C, random_state=0, max_iter=1000)
    model.fit(x, y)
    names = vectorizer.get_feature_names_out()
    weights = {str(n): round(float(w), DIGITS) for n, w in zip(names, model.coef_[0], strict=True)}
    return {n: w for n, w in weights.items() if w}, round(float(model.intercept_[0]), DIGITS)


def added(candidates, weights: dict, bias: float, corpora: set) -> dict:
    """threshold -> (right, wrong) facts the model adds on ``corpora`` beyond the extractor's:
    each fact once, at its best-scored candidate."""
    from kzgraph.relation_model import probability

    best: dict = {}
    for c in candidates:
        if c[0] not in corpora or not c[10] or c[9]:
            continue
        key = fact_key(c)
        score = probability(weights, bias, c[11])
        if key not in best or score > best[key][0]:
            best[key] = (score, c[8])
    scored = list(best.values())
    return {t: (sum(1 for s, r in scored if s >= t and r),
                sum(1 for s, r in scored if s >= t and not r)) for t in THRESHOLDS}  # fmt: skip


def evaluate(candidates) -> list[str]:
    """The LOCO table (by corpus and in total) and the time split's, at each threshold."""
    names = list(dict.fromkeys(c[0] for c in candidates))
    by_corpus = defaultdict(list)
    for c in candidates:
        by_corpus[c[0]].append(c)
    total: Counter = Counter()
    lines = ["Leave-one-corpus-out: facts added beyond the extractor's, right/wrong, at "
             + ", ".join(map(str, THRESHOLDS))]  # fmt: skip
    for name in names:
        others = [c for n in names if n != name for c in by_corpus[n]]
        weights, bias = train(others)
        found = added(by_corpus[name], weights, bias, {name})
        for t, (right, wrong) in found.items():
            total[(t, True)] += right
            total[(t, False)] += wrong
        if any(sum(v) for v in found.values()):
            lines.append(f"  {name}: " + ", ".join(f"{r}/{w}" for r, w in found.values()))
    lines.append("  TOTAL: " + ", ".join(
        f"{t}: {total[(t, True)]}/{total[(t, False)]}" for t in THRESHOLDS))  # fmt: skip
    early = [c for c in candidates if c[0] not in LATEST]
    weights, bias = train(early)
    found = added(candidates, weights, bias, set(LATEST))
    lines.append("Time split (trained without blind31-39, applied to them): "
                 + ", ".join(f"{t}: {r}/{w}" for t, (r, w) in found.items()))  # fmt: skip
    return lines


def write_model(candidates, path: Path, threshold: float, report: list[str]) -> int:
    """Write the model trained on every corpus: a header, then one JSON object."""
    weights, bias = train(candidates)
    corpora = list(dict.fromkeys(c[0] for c in candidates))
    record = {
        "made_by": "python -m kzgraph.relation_learn (src/kzgraph/relation_learn.py): "
        f"logistic regression (scikit-learn liblinear, C={C}, random_state=0) on the plain "
        f"candidates of the {len(corpora)} development corpora",
        "bias": bias,
        "threshold": threshold,
        "weights": weights,
    }
    lines = [f"// {line}" for line in report]
    text = json.dumps(record, sort_keys=True, ensure_ascii=False, indent=0)
    path.write_text("\n".join([*lines, text]) + "\n", encoding="utf-8")
    return len(weights)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="write the model trained on every corpus here")
    parser.add_argument("--threshold", type=float, default=0.9)
    parser.add_argument("--cache", type=Path, help="keep the candidates here (a pickle)")
    parser.add_argument("--ceiling", action="store_true", help="only the ceiling counts")
    args = parser.parse_args(argv)
    if args.cache and args.cache.is_file():
        candidates = pickle.loads(args.cache.read_bytes())
    else:
        candidates = collect()
        if args.cache:
            args.cache.write_bytes(pickle.dumps(candidates))
    report = ceiling(candidates)
    if not args.ceiling:
        report += evaluate(candidates)
    print("\n".join(report))
    if args.out and not args.ceiling:
        kept = write_model(candidates, args.out, args.threshold, report)
        print(f"wrote {kept} weights to {args.out}")


if __name__ == "__main__":
    main()
