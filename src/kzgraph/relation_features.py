"""The features of one candidate pair of names for the learned relation classifier.

One function, ``pair_features``, used both by the learner (relation_learn.py) and by the
run-time stage (relation_model.py), so that what is trained on is what is scored. A candidate
is an ordered pair of names of one parsed sentence (syntax._Parse: each name one word) that may
fill the two roles of one trigger line (paths_learn.KINDS). Its features are strings (a feature
is present or not): the dependency path between the two names at the two levels paths.py
writes, the path's top word, each word and dependency label on the path, the words between the
two names (a bag), the word just before and just after the pair, the two classes and their
order, the token distance, another name of one of the two classes between them, negation,
modal, hedge and plan words in the top word's clause, and whether the sentence is a question, a
heading or a layout line. Every feature is given twice: by itself and joined to the kind
("membership|top=joined"), so one model learns what the kinds share and what each needs.

The pipeline has no lemmatizer (syntax.parser excludes it): a word stands as the parse reads
it (``_Parse.said``: lowercased, a chronology's "joins" as "joined").

>>> sorted(f for f in distance_features(3))
['dist=3-4']
"""

from __future__ import annotations

import re
from functools import cache

#: Words that negate a clause.
NEGATIONS = frozenset(["not", "n't", "never", "no", "neither", "nor", "without", "none"])
#: Modal verbs.
MODALS = frozenset(["may", "might", "could", "would", "should", "will", "shall", "can", "must"])
#: Words of a plan or an intention (not of a fact).
PLANS = frozenset(
    [
        "plan", "plans", "planned", "planning", "intend", "intends", "intended", "expected",
        "expects", "propose", "proposed", "proposes", "proposal", "aim", "aims", "hope",
        "hopes", "seek", "seeks", "sought", "prospective", "future", "possible", "potential",
        "considering", "consider", "considers", "bid", "application", "applied", "candidate",
        "talks", "negotiations", "negotiate", "negotiating", "observer", "draft", "invited",
    ]
)  # fmt: skip
_LAYOUT = re.compile(r"^\s*(?:[•*·|>#-]|\d+[.)]\s|\d{4}\s*[–—-])")
_END = frozenset(".!?")


@cache
def hedge_vocabulary() -> frozenset:
    """The single words of data/hedges.jsonl's sentence, before, inside and span scopes."""
    from kzgraph.hedges import default_hedges

    hedges = default_hedges()
    return frozenset(hedges.sentence | hedges.before | hedges.inside | hedges.span)


def distance_features(distance: int) -> list[str]:
    """The token distance between the two names, in buckets."""
    for bound, name in ((1, "1"), (2, "2"), (4, "3-4"), (8, "5-8"), (16, "9-16")):
        if distance <= bound:
            return [f"dist={name}"]
    return ["dist=17+"]


def path_parts(path: str) -> list[str]:
    """The words ("pw=") and dependency labels ("pd=") of a path written by paths.path_between,
    its two ends left out."""
    found = []
    for part in path.split()[1:-1]:
        if part[0] in "<>":
            found.append("pd=" + part)
        elif part not in ("*", "@"):
            found.append("pw=" + part)
    return found


def _clause_words(parse, top) -> set[str]:
    """The words of the clause the top word stands in: the subtree of its clause head."""
    from kzgraph.syntax_tree import _clause_of

    head = _clause_of(top)
    return {parse.words[t.i] for t in head.subtree} | {parse.words[t.i] for t in top.children}


def sentence_features(text: str, parse) -> list[str]:
    """What the sentence is: a question, a heading (no closing stop), a layout line."""
    found = []
    stripped = text.strip()
    if stripped.endswith("?"):
        found.append("question")
    if stripped and stripped[-1] not in _END and not stripped.endswith(('."', ".”", ".)")):
        found.append("heading")
    if _LAYOUT.match(text) or "\n" in stripped or parse.heading is not None:
        found.append("layout")
    return found


def pair_features(parse, text: str, kind: str, first: int, last: int, paths, top) -> list[str]:
    """The sorted features of the candidate (``kind``, names at token ``first`` and ``last``)
    of a parsed sentence whose text is ``text``: ``paths`` are its path strings (one or two
    levels), ``top`` the path's top word."""
    doc = parse.doc
    named = {i: m for i, m in parse.mention.items()
             if m.value is None and m.entities and m.source != "unnamed"}  # fmt: skip
    a, b = named[first], named[last]
    found = {"bias"}
    for path in paths:
        found.add(("pg=" if "*" in path else "pf=") + path)
        found.update(path_parts(path))
    found.add("top=" + ("@" if top.i in (first, last) else parse.said(top)))
    found.add("topdep=" + top.dep_)
    found.add(f"cls={a.kinds[0]}>{b.kinds[0]}")
    found.add("order=" + ("ab" if first < last else "ba"))
    low, high = sorted((first, last))
    found.update(distance_features(high - low))
    found.update("bw=" + parse.said(doc[k]) for k in range(low + 1, high) if k not in named)
    found.add("pre=" + (parse.said(doc[low - 1]) if low > 0 else "<s>"))
    found.add("post=" + (parse.said(doc[high + 1]) if high + 1 < len(doc) else "</s>"))
    classes = {a.kinds[0], b.kinds[0]}
    keys = {e.key for e in a.entities} | {e.key for e in b.entities}
    if any(low < k < high and m.kinds[0] in classes and not {e.key for e in m.entities} <= keys
           for k, m in named.items()):  # fmt: skip
        found.add("samebetween")
    clause = _clause_words(parse, top)
    for name, words in (("neg", NEGATIONS), ("modal", MODALS), ("plan", PLANS),
                        ("hedge", hedge_vocabulary())):  # fmt: skip
        if clause & words:
            found.add("clause_" + name)
        if set(parse.words) & words:
            found.add("sent_" + name)
    found.update(sentence_features(text, parse))
    return sorted(found | {f"{kind}|{f}" for f in found})
