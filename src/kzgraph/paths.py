"""Dependency paths learned from the development gold: a third reading of a parsed sentence.

Each line of data/paths.jsonl is the shortest dependency path between the two named entities
of a fact ("A <nsubj joined >dobj O"), learned by paths_learn.py from the development gold and
kept only where it was precise on corpora it was not learned from. The line names the trigger
line (data/triggers.jsonl) whose kind, roles and classes it fills and which end fills which
role. The stage applies the kept paths to every sentence that names two entities, through the
dependency reading's plainness guards (syntax_guards.plain, with the path's top word as the
trigger), and adds only facts no earlier stage stated; kz:rule is ``path:<id>``.

A path is written from the first role's filler to the second's: each step is the dependency
label with "<" (up, towards the top word) or ">" (down), each word between them lowercased
(a name or a value on the way as its class in braces); a name in a list stands as the list's
first member (the ``conj`` chain is climbed first), so "A, B and C joined O" reads as "A
joined O" for each.

Not enabled: extract.py does not call the stage and data/paths.jsonl is not shipped (a missing
file reads as no paths). Measured leave-one-corpus-out, the learned paths added 5 right facts
and no wrong one over 37 development corpora while costing about half the extraction time again:
what they read, the earlier stages already read (docs/design.md, "Learned dependency paths").
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kzgraph.errors import RuleFileError
from kzgraph.mentions import Mention
from kzgraph.references import ReferenceContext
from kzgraph.relations import Fact
from kzgraph.resources import rules_dir
from kzgraph.triggers import TriggerRule, TriggerRules, default_trigger_rules, is_value

#: What a list member may carry and still stand for the list's first member.
_LIST_DEPS = frozenset(["conj", "cc", "punct", "det", "compound"])
#: The longest path read, in dependency steps (longer ones are too rare to learn from).
MAX_STEPS = 4


@dataclass(frozen=True)
class PathPattern:
    """One kept path: its id, the trigger line it fills, the path and the roles of its ends."""

    id: str
    line: str
    path: str
    ends: tuple[str, str]  # the roles of the path's first and last end
    words: frozenset  # the path's own words: a sentence without one of them cannot hold it


@dataclass(frozen=True)
class PathPatterns:
    """The kept paths by path text, and their trigger lines by id."""

    by_path: dict
    lines: dict
    words: tuple  # each pattern's words, for the cheap first test

    def __hash__(self) -> int:
        return id(self)


def load_path_patterns(path: Path | None = None, rules: TriggerRules | None = None) -> PathPatterns:
    """Read data/paths.jsonl; a line that names no trigger line or a role the line lacks
    raises RuleFileError with the file and line."""
    path = path or rules_dir() / "paths.jsonl"
    rules = rules or default_trigger_rules()
    if not Path(path).is_file():  # none learned and kept: the stage reads nothing
        return patterns_of([], rules)
    lines = {rule.id: rule for rule in rules.rules}
    found = []
    for number, text in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not text.strip() or text.startswith("//"):
            continue
        try:
            record = json.loads(text)
        except json.JSONDecodeError as error:
            raise RuleFileError(path, number, f"not JSON: {error.msg}") from error
        found.append(_pattern(record, lines, path, number))
    return patterns_of(found, rules)


def _pattern(record: dict, lines: dict, path, number: int) -> PathPattern:
    for key in ("id", "line", "path", "ends"):
        if key not in record:
            raise RuleFileError(path, number, f"a path line needs {key!r}")
    rule = lines.get(record["line"])
    if rule is None:
        raise RuleFileError(path, number, f"no trigger line {record['line']!r} (triggers.jsonl)")
    roles = {s.role for s in rule.left + rule.right if not is_value(s)}
    ends = tuple(record["ends"])
    if len(ends) != 2 or not set(ends) <= roles or ends[0] == ends[1]:
        raise RuleFileError(path, number, f"ends must be two of the line's roles {sorted(roles)}")
    return make_pattern(record["id"], record["line"], record["path"], ends)


def make_pattern(pattern_id: str, line: str, path: str, ends) -> PathPattern:
    """A PathPattern, with the words of its path (a sentence must hold each of them)."""
    words = frozenset(w for w in path.split()[1:-1] if w.isalpha())
    return PathPattern(pattern_id, line, path, tuple(ends), words)


def patterns_of(patterns: list[PathPattern], rules: TriggerRules | None = None) -> PathPatterns:
    """The PathPatterns of a list of patterns (their trigger lines from ``rules``)."""
    rules = rules or default_trigger_rules()
    by_path: dict[str, list[PathPattern]] = {}
    for pattern in patterns:
        by_path.setdefault(pattern.path, []).append(pattern)
    words = tuple(sorted({p.words for p in patterns}, key=sorted))
    return PathPatterns(by_path, {rule.id: rule for rule in rules.rules}, words)


@cache
def default_path_patterns() -> PathPatterns:
    return load_path_patterns()


# --------------------------------------------------------------------------- the paths


def climb_list(token, mention_of: dict):
    """The first member of the list a name stands in ("C" of "A, B and C": "A"), unless the
    name has words of its own ("A, a city in X, and B, a city in Y": B is not in X)."""
    while token.dep_ == "conj" and token.head.i in mention_of and token.head != token:
        if any(c.dep_ not in _LIST_DEPS for c in token.children):
            break
        token = token.head
    return token


def _word(token, parse) -> str:
    mention = parse.mention.get(token.i)
    if mention is not None:
        return "{" + mention.kinds[0] + "}"
    return parse.said(token)


def path_between(parse, first, last, *, top_only: bool = False) -> tuple[str, object] | None:
    """The path from token ``first`` to ``last`` and its top word, or None past MAX_STEPS:
    "A <nsubj joined >dobj B"; with ``top_only`` the words below the top are left out ("*")."""
    up = [first]
    while up[-1].head != up[-1]:
        up.append(up[-1].head)
    down = [last]
    while down[-1] not in up and down[-1].head != down[-1]:
        down.append(down[-1].head)
    if down[-1] not in up:
        return None
    top = down[-1]
    up = up[: up.index(top) + 1]
    if len(up) + len(down) - 2 > MAX_STEPS or len(up) + len(down) - 2 == 0:
        return None
    parts = ["A"]
    for token in up[:-1]:
        parts.append("<" + token.dep_)
        head = token.head
        if head != top:
            parts.append("*" if top_only else _word(head, parse))
    parts.append(_word(top, parse) if top not in (first, last) else "@")
    for token in reversed(down[:-1]):
        if token.head != top:
            parts.append("*" if top_only else _word(token.head, parse))
        parts.append(">" + token.dep_)
    parts.append("B")
    return " ".join(parts), top


# --------------------------------------------------------------------------- the stage


def extract_path_facts(
    sentence_text: str,
    sentence_start: int,
    mentions: list[Mention],
    known: list[Fact],
    patterns: PathPatterns | None = None,
    context: ReferenceContext | None = None,
) -> list[Fact]:
    """The facts the kept paths state in one sentence that ``known`` does not state already."""
    from kzgraph.syntax import worth_reading

    patterns = patterns if patterns is not None else default_path_patterns()
    if not patterns.by_path or not worth_reading(sentence_text, mentions):
        return []
    words = set(sentence_text.lower().split()) | set(
        "".join(c if c.isalpha() else " " for c in sentence_text.lower()).split()
    )
    if not any(needed <= words for needed in patterns.words):
        return []  # the parser is loaded and run only past this point
    from kzgraph.syntax import _Parse, _uncovered, distinct_facts

    parse = _Parse(sentence_text, sentence_start, mentions, context)
    rules = default_trigger_rules()
    facts = []
    for first, last, path, top in sentence_paths(parse):
        for pattern in patterns.by_path.get(path, ()):
            rule = patterns.lines[pattern.line]
            fact = path_fact(parse, rule, rules, pattern.ends, (first, last, top), pattern.id)
            if fact is not None and not _restated(fact, known + facts):
                facts.append(_uncovered(fact, known))
    return distinct_facts(facts)


def _restated(fact: Fact, known: list) -> bool:
    """Whether a fact of a symmetric kind (a border, diplomatic relations: a pair node) names
    the same two entities as one already found, in either order."""
    from kzgraph.graph import default_schema, filler_entities

    nodes = default_schema()[fact.kind].get("nodes", [])
    if not any("pair" in node for node in nodes):
        return False

    def keys(other) -> frozenset:
        return frozenset(e.key for role, fillers in other.roles.items()
                         if fillers and fillers[0][0].value is None
                         for e in filler_entities(fillers))  # fmt: skip

    mine = keys(fact)
    return any(other is not None and other.kind == fact.kind and mine <= keys(other)
               for other in known)  # fmt: skip


def named_tokens(parse) -> dict:
    """Token index -> mention of every name in the parse (not a value)."""
    return {i: m for i, m in parse.mention.items()
            if m.value is None and m.entities and m.source != "unnamed"}  # fmt: skip


def sentence_paths(parse) -> list[tuple]:
    """(first token, last token, path, top word) for every ordered pair of names of different
    entities, at both levels (every word, the top word only)."""
    named = named_tokens(parse)
    found = []
    for i, first in named.items():
        for j, last in named.items():
            if i == j or {e.key for e in first.entities} & {e.key for e in last.entities}:
                continue
            a, b = climb_list(parse.doc[i], named), climb_list(parse.doc[j], named)
            if a == b:
                continue
            full = path_between(parse, a, b)
            if full is None:
                continue
            found.append((i, j, *full))
            general = path_between(parse, a, b, top_only=True)
            if general[0] != full[0]:
                found.append((i, j, *general))
    return found


def path_fact(parse, rule: TriggerRule, rules: TriggerRules, ends, where, pattern_id: str):
    """The Fact of the line ``rule`` whose ``ends`` roles the names at token indices ``where``
    (first, last, top word) fill, through the line's classes and the dependency reading's
    guards (the top word standing as the trigger), dated where the clause plainly dates it;
    None if a class does not fit or a guard doubts it."""
    from kzgraph.syntax_fillers import value_filler
    from kzgraph.syntax_guards import plain
    from kzgraph.syntax_tree import Occurrence, _clause_of, _fits

    first, last, top = where
    slots = {s.role: s for s in rule.left + rule.right if not is_value(s)}
    roles: dict[str, list] = {}
    for role, index in zip(ends, (first, last), strict=True):
        mention = parse.mention[index]
        if not _fits(mention, slots[role]):
            return None
        roles[role] = [(mention, next(c for c in slots[role].classes if c in mention.kinds))]
    trigger = Occurrence(parse, rule, top.i, top.i + 1, rules)
    places = {"heads": [top], "clause": _clause_of(top), "subject": None, "object": None}
    for index in (first, last):
        token = parse.doc[index]
        if token.head == top and token.dep_ in {"nsubj", "nsubjpass"}:
            places["subject"] = token
        elif token.head == top and token.dep_ == "dobj":
            places["object"] = token
    for slot in (*(s for s in rule.left + rule.right if is_value(s)), *rule.values):
        found = value_filler(trigger, slot, places)
        if found is None:  # two values, or none where the node is keyed by one (a visit's date)
            return None
        if found:  # [] : the clause gives no value, an undated fact
            roles[slot.role] = found
    if not plain(trigger, roles, places):
        return None
    start, end = parse.bounds([top.i], [m for fillers in roles.values() for m, _ in fillers])
    return Fact(f"path:{pattern_id}", rule.kind, roles, start, end)
