"""A conservative fallback after the relation rules: a trigger word and one filler per side.

Each line of data/triggers.jsonl names a kind of fact (schema.jsonl), its trigger phrases
("joined", "visit to") and the roles the mentions left and right of the trigger fill. A
trigger asserts a fact only when everything is plain: trigger and fillers in one clause (no
";", relative pronoun, subordinator or "and" between them; an apposition between commas is
skipped), nothing but light words between a filler and the trigger (so no second verb),
exactly one candidate per role on its side and none of the line's classes elsewhere in the
clause, no hedge, no blocking word ("observer", "plans", modal verbs), and at least two roles
filled. Anything less clear asserts nothing: a wrong triple is worse than a missing one.
Facts record their line as ``trigger:<id>`` (kz:rule).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kzgraph.errors import RuleFileError
from kzgraph.gazetteer import load_ancestors, read_jsonl
from kzgraph.hedges import Hedges, hedge_words, hedged, load_hedges
from kzgraph.mentions import Mention
from kzgraph.relations import Fact, merged_doc_for
from kzgraph.resources import rules_dir
from kzgraph.rule_dsl import POSSESSIVE

#: Words that end a clause: a filler beyond one belongs to another clause.
_CLAUSE_BREAKS = frozenset(
    ["which", "that", "who", "whom", "whose", "where", "when", "after", "before", "while",
     "whilst", "although", "though", "because", "if", "unless", "whereas", "until", "till",
     "once", "as", "and", "but", "or", "nor", "yet", "so", ";", ":", "—", "!", "?", "."]
)  # fmt: skip
#: Words that also end the clause on the right: a purpose ("to attend", "for the summit").
_RIGHT_BREAKS = frozenset(["to", "for", ",", "including", "such", "like", "unlike"])
#: What may stand between a filler and its trigger besides dates and other non-actor values:
#: auxiliaries, determiners, adverbs. Every other word may be a second verb or a head noun.
_LIGHT = frozenset(
    ["a", "an", "the", "its", "their", "his", "her", "has", "have", "had", "is", "are", "was",
     "were", "been", "also", "then", "later", "finally", "eventually", "subsequently",
     "together", "jointly", "too", "already", "both", "all", "first", "again", "now", "today",
     "in", "on", "at", "-", "–", "(", ")", "itself", "themselves"]
)  # fmt: skip
#: What may follow the last filler on the right: anything else ("the SCO summit", "NATO's
#: programme", "the EU mission") makes the filler a modifier of the word after it.
_FOLLOWERS = frozenset(
    ["in", "on", "at", "since", "from", "for", "during", "with", "as", "and", "but", "to",
     "after", "before", "when", "while", "together", "jointly", "which", "who", "that",
     "where", "by", "(", ")", ",", ".", ";", ":", "—", "-", "–", "'", '"', "’", "”"]
)  # fmt: skip
#: The words that open an apposition or relative clause after a named head ("X, the ...,").
_APPOSITION_OPENERS = frozenset(
    ["the", "a", "an", "its", "their", "his", "her", "which", "who", "whose", "that", "like",
     "unlike", "formerly", "previously", "once", "then", "now", "one", "itself", "together"]
)  # fmt: skip
#: Words after which a value belongs to another clause, or (after the match) to a relative one.
_OTHER_CLAUSE = frozenset(["and", "but", "or", ";"])
_RELATIVE = frozenset(["which", "who", "whom", "whose", "that", "where", "when"])
#: Slot classes filled by values (values.py) rather than by named entities.
_VALUE_CLASSES = frozenset(["Date", "Length", "Money", "Number", "Percent"])


@dataclass(frozen=True)
class Slot:
    """A role a trigger line fills: its class(es), arity and the words that must precede it."""

    role: str
    classes: tuple[str, ...]
    arity: str = ""  # "" any, "1" one entity, "pair" a coordination of exactly two
    optional: bool = False
    after: frozenset = frozenset()  # the filler must follow one of these words ("by", "since")


@dataclass(frozen=True)
class TriggerRule:
    """One line of triggers.jsonl, compiled."""

    id: str
    kind: str
    phrases: tuple[tuple[str, ...], ...]
    left: tuple[Slot, ...]
    right: tuple[Slot, ...]
    values: tuple[Slot, ...] = ()  # dates and lengths anywhere in the clause
    light: frozenset = frozenset()  # the line's own gap words ("paid a state visit to")
    needs: frozenset = frozenset()  # one of these words must lie within the match
    block: frozenset = frozenset()
    node: bool = False  # the kind writes an n-ary node: a value left out makes it another node


@dataclass(frozen=True)
class TriggerRules:
    """All trigger lines, the words that block every line, and the relation hedges."""

    rules: tuple[TriggerRule, ...]
    block: frozenset
    hedges: Hedges


def _slot(path: Path, line: int, spec: object, roles: set[str], value: bool = False) -> Slot:
    """A slot from its JSON object ``{"role", "class", "arity"?, "optional"?, "after"?}``."""
    if not isinstance(spec, dict) or not {"role", "class"} <= set(spec):
        raise RuleFileError(path, line, "each slot must be an object with role and class")
    if spec.get("arity", "") not in ("", "1", "pair"):
        raise RuleFileError(path, line, "arity must be 1 or pair")
    if spec["role"] not in roles:
        raise RuleFileError(path, line, f"role {spec['role']!r} is not used by this kind")
    known = _VALUE_CLASSES | _entity_classes()
    unknown = [cls for cls in spec["class"].split("|") if cls not in known]
    if unknown:
        raise RuleFileError(path, line, f"unknown class {unknown[0]!r} (see classes.jsonl)")
    # entity slots are required unless "optional"; value slots optional unless "required"
    optional = not spec.get("required") if value else bool(spec.get("optional"))
    return Slot(
        spec["role"], tuple(spec["class"].split("|")), spec.get("arity", ""), optional,
        frozenset(w.lower() for w in spec.get("after", [])),
    )  # fmt: skip


@cache
def _entity_classes() -> frozenset:
    """The classes of classes.jsonl, which entity slots name."""
    return frozenset(load_ancestors(rules_dir() / "classes.jsonl"))


def _schema_roles(kind_record: dict) -> set[str]:
    """The role letters a kind's schema templates use ("X", "O", "D" of "D.date")."""
    specs = [spec for triple in kind_record.get("triples", []) for spec in (triple[0], triple[2])]
    for node in kind_record.get("nodes", []):
        for spec in node["props"].values():
            specs += spec if isinstance(spec, list) else [spec]
    return {spec.split(".")[0] for spec in specs}


def _compile(path: Path, line: int, record: dict, schema: dict) -> TriggerRule:
    if record["kind"] not in schema:
        raise RuleFileError(path, line, f"unknown kind {record['kind']!r} (see schema.jsonl)")
    roles = _schema_roles(schema[record["kind"]])
    phrases = record["triggers"]
    if not isinstance(phrases, list) or not all(isinstance(p, str) and p for p in phrases):
        raise RuleFileError(path, line, "triggers must be a list of non-empty strings")

    def slots(key: str) -> tuple[Slot, ...]:
        specs = record.get(key, [])
        if not isinstance(specs, list):
            raise RuleFileError(path, line, f"{key} must be a list of slots")
        return tuple(_slot(path, line, spec, roles, key == "values") for spec in specs)

    left, right = slots("left"), slots("right")
    if not left or not right:
        raise RuleFileError(path, line, "a trigger line needs a left and a right slot")
    words = {key: frozenset(w.lower() for w in record.get(key, [])) for key in
             ("light", "needs", "block")}  # fmt: skip
    phrases = tuple(tuple(p.lower().split()) for p in phrases)
    node = bool(schema[record["kind"]].get("nodes"))
    return TriggerRule(record["id"], record["kind"], phrases, left, right, slots("values"),
                       words["light"], words["needs"], words["block"], node)  # fmt: skip


def load_trigger_rules(path: Path | None = None, schema: dict | None = None) -> TriggerRules:
    """Read data/triggers.jsonl; RuleFileError names a broken line."""
    from kzgraph.graph import default_schema

    path = path or rules_dir() / "triggers.jsonl"
    schema = schema if schema is not None else default_schema()
    rules, block, seen = [], set(), set()
    for line, record in read_jsonl(path, ("id",)):
        if record["id"] in seen:
            raise RuleFileError(path, line, f"duplicate id {record['id']!r}")
        seen.add(record["id"])
        listed = record.get("block", [])
        if not isinstance(listed, list) or not all(isinstance(w, str) and w for w in listed):
            raise RuleFileError(path, line, "block must be a list of non-empty strings")
        if "block" in record and "kind" not in record:  # a line of words that block every trigger
            block.update(word.lower() for word in listed)
            continue
        missing = [key for key in ("kind", "triggers", "left", "right") if key not in record]
        if missing:
            raise RuleFileError(path, line, f"missing field(s): {', '.join(missing)}")
        rules.append(_compile(path, line, record, schema))
    return TriggerRules(tuple(rules), frozenset(block), load_hedges())


@cache
def default_trigger_rules() -> TriggerRules:
    """The shipped trigger lines, compiled once per process."""
    return load_trigger_rules()


def extract_trigger_facts(
    sentence_text: str,
    sentence_start: int,
    mentions: list[Mention],
    rule_facts: list[Fact],
    rules: TriggerRules | None = None,
) -> list[Fact]:
    """The facts trigger lines find in one sentence where no rule fact of their kind did.

    >>> from kzgraph.documents import document_from_text
    >>> from kzgraph.extract import extract_document
    >>> text = "Kazakhstan formally joined the World Trade Organization in 2015."
    >>> dict(extract_document(document_from_text(text, "demo")).facts)
    {'membership': 1}
    """
    rules = rules or default_trigger_rules()
    # a cheap test first: most sentences hold no trigger phrase, and need no merged Doc
    lowered = " ".join(sentence_text.lower().split())
    active = [r for r in rules.rules if any(" ".join(p) in lowered for p in r.phrases)]
    if not active or not any(m.entities for m in mentions):
        return []
    doc = merged_doc_for(sentence_text, sentence_start, mentions)
    words = hedge_words(doc)
    found: dict[tuple, Fact] = {}
    for rule in active:
        for begin, end in _trigger_spans(doc, rule):
            match = _Match(doc, begin, end, rule, mentions)
            fact = match.fact(sentence_start) if match.plain(words, rules) else None
            if fact is not None and not _covered(fact, rule_facts, match, sentence_start):
                found.setdefault((fact.kind, fact.signature()), fact)
    return sorted(found.values(), key=lambda f: (f.start, f.end, f.rule))


def _trigger_spans(doc, rule: TriggerRule):
    """(begin, end) token spans of the rule's trigger phrases, outside every mention."""
    for begin in range(len(doc)):
        for phrase in rule.phrases:
            end = begin + len(phrase)
            tokens = doc[begin:end]
            if (
                end <= len(doc)
                and tuple(t.lower_ for t in tokens) == phrase
                and all(t._.kz_mention < 0 for t in tokens)
            ):
                yield begin, end


def _breaks(doc, index: int) -> bool:
    """Whether token ``index`` ends a clause ("since" before a date is a preposition)."""
    token = doc[index]
    if token._.kz_mention >= 0:
        return False
    if token.lower_ == "since":
        following = doc[index + 1] if index + 1 < len(doc) else None
        return following is None or "|Date|" not in following._.kz_kinds
    return token.lower_ in _CLAUSE_BREAKS


def _is_actor(token) -> bool:
    return token._.kz_mention >= 0 and token._.kz_actor


def _apposition_start(doc, closing: int) -> int | None:
    """The opening comma of "HEAD , the ... ," closed at ``closing``, when HEAD is a named actor
    and the words after the comma open an apposition or relative clause (a list "A, B and C"
    whose first comma is left unmerged does not)."""
    for index in range(closing - 1, 0, -1):
        if doc[index].text in {";", ".", ":"}:
            return None
        if doc[index].text == ",":
            opener = doc[index + 1].lower_.split()[0]
            opens = opener in _APPOSITION_OPENERS or opener.endswith("ed")
            return index if opens and _is_actor(doc[index - 1]) else None
    return None


def _left_clause(doc, begin: int) -> list[int]:
    """Indices of the clause's tokens left of the trigger, nearest first, appositions skipped."""
    indices, index = [], begin - 1
    while index >= 0 and not _breaks(doc, index):
        if doc[index].text == ",":
            # before the subject is found, a comma can only close an apposition after it
            opening = (
                None if any(_is_actor(doc[i]) for i in indices) else _apposition_start(doc, index)
            )
            if opening is None:
                break
            index = opening - 1
            continue
        indices.append(index)
        index -= 1
    return indices


def _right_clause(doc, end: int) -> list[int]:
    """Indices of the clause's tokens right of the trigger, up to a break or a purpose."""
    indices = []
    for index in range(end, len(doc)):
        token = doc[index]
        if _breaks(doc, index) or (token._.kz_mention < 0 and token.lower_ in _RIGHT_BREAKS):
            break
        indices.append(index)
    return indices


def _fronted_date(doc, left: list[int]) -> list[int]:
    """ "In 2015, X joined O": a date opening the sentence before the clause's comma."""
    start = min(left, default=None)
    if start == 3 and doc[0].lower_ in {"in", "on"} and doc[2].text == ",":
        return [1] if "|Date|" in doc[1]._.kz_kinds else []
    return []


class _Match:
    """One trigger occurrence, the clause around it and the fillers it finds there."""

    def __init__(self, doc, begin: int, end: int, rule: TriggerRule, mentions: list[Mention]):
        self.doc, self.begin, self.end, self.rule, self.mentions = doc, begin, end, rule, mentions
        self.left, self.right = _left_clause(doc, begin), _right_clause(doc, end)
        titled = any("Person" in slot.classes for slot in rule.left)
        self.ignored = self._title_modifiers() if titled else set()
        self.fillers: dict[str, tuple[int, Slot]] = {}

    def plain(self, words: list[str], rules: TriggerRules) -> bool:
        """Whether the clause states the fact plainly enough to assert it."""
        return (
            self._fill(self.left, self.rule.left)
            and self._fill(self.right, self.rule.right)
            and self._no_stray_candidates()
            and self._fill(self._value_window(), self.rule.values)
            and self._no_stray_values()
            and self._no_value_list()
            and len(self.fillers) >= 2
            and self._gaps_light()
            and self._follower_ok()
            and self._unhedged(words, rules)
        )  # fmt: skip

    def fact(self, sentence_start: int) -> Fact:
        """The Fact (absolute offsets) of a plain match, its rule ``trigger:<id>``."""
        roles = {}
        for role, (index, slot) in self.fillers.items():
            mention = self.mentions[self.doc[index]._.kz_mention]
            cls = next(c for c in slot.classes if c in mention.kinds)
            roles[role] = [(mention, cls)]
        indices = [index for index, _ in self.fillers.values()] + [self.begin, self.end - 1]
        span = self.doc[min(indices) : max(indices) + 1]
        start, end = sentence_start + span.start_char, sentence_start + span.end_char
        return Fact(f"trigger:{self.rule.id}", self.rule.kind, roles, start, end)

    def _fits(self, index: int, slot: Slot) -> bool:
        token = self.doc[index]
        if token._.kz_mention < 0 or index in self.ignored:
            return False
        mention = self.mentions[token._.kz_mention]
        usable = mention.value is not None if _is_value(slot) else bool(mention.entities)
        return usable and any(f"|{cls}|" in token._.kz_kinds for cls in slot.classes)

    def _fill(self, side: list[int], slots: tuple[Slot, ...]) -> bool:
        """One candidate per slot on its side, of the right arity and after the right word."""
        for slot in slots:
            candidates = [index for index in side if self._fits(index, slot)]
            if len(candidates) > 1 or (not candidates and not slot.optional):
                return False
            if candidates and not (self._arity_ok(candidates[0], slot)
                                   and self._after_ok(candidates[0], slot)):  # fmt: skip
                return False
            if candidates:
                self.fillers[slot.role] = (candidates[0], slot)
        return True

    def _value_window(self) -> list[int]:
        return self.left + self.right + _fronted_date(self.doc, self.left)

    def _no_stray_values(self) -> bool:
        """No value of a value slot's class in an opening phrase the clause's comma cuts off:
        "In 2015, after long talks, X joined O" would give a membership without its date. A
        value before an "and", "but" or ";" belongs to the clause before it. The same after the
        clause ("X joined O, the trade body, in 1995"), up to another clause or a relative
        clause ("O, which was founded in 1995") that has its own values. Only a node needs
        every value: a binary fact without its date is still true and whole."""
        if not self.rule.node:
            return True
        window = self._value_window()
        before = range(min(window, default=self.begin) - 1, -1, -1)
        after = range(max(window, default=self.end - 1) + 1, len(self.doc))
        return self._no_value_until(before, _OTHER_CLAUSE) and self._no_value_until(
            after, _OTHER_CLAUSE | _RELATIVE, elliptic=True
        )

    def _no_value_list(self) -> bool:
        """No filled value followed by "and" / "or" / a comma and another value of its slot:
        "X and Y joined O in 2015 and 2012" does not say which date is whose."""
        for index, slot in self.fillers.values():
            if not _is_value(slot) or index + 2 >= len(self.doc):
                continue
            if self.doc[index + 1].lower_ in {"and", "or", ","} and self._fits(index + 2, slot):
                return False
        return True

    def _no_value_until(self, indices: range, stops: frozenset, elliptic: bool = False) -> bool:
        """No value of a value slot's class among ``indices`` before one of the ``stops`` (or,
        if ``elliptic``, a comma before a new subject: "..., Belarus in 2010")."""
        for index in indices:
            token = self.doc[index]
            if token._.kz_mention < 0 and token.lower_ in stops:
                return True
            following = self.doc[index + 1] if index + 1 < len(self.doc) else None
            if elliptic and token.text == "," and following is not None and _is_actor(following):
                return True
            if any(self._fits(index, slot) for slot in self.rule.values):
                return False
        return True

    def _arity_ok(self, index: int, slot: Slot) -> bool:
        mention = self.mentions[self.doc[index]._.kz_mention]
        group = bool(mention.members) and len(mention.entities) > 1
        if slot.arity == "1":
            return not group
        return group and len(mention.members) == 2 if slot.arity == "pair" else True

    def _after_ok(self, index: int, slot: Slot) -> bool:
        """Whether the filler follows one of the slot's words ("by X", "since 2005")."""
        if not slot.after:
            return True
        before = index - 1
        if before >= 0 and self.doc[before].lower_ == "the":
            before -= 1
        return before >= 0 and self.doc[before].lower_ in slot.after

    def _no_stray_candidates(self) -> bool:
        """No other mention in the clause could fill one of the line's entity roles."""
        taken = {index for index, _ in self.fillers.values()}
        slots = self.rule.left + self.rule.right
        return not any(
            self._fits(index, slot)
            for index in self.left + self.right
            if index not in taken
            for slot in slots
        )

    def _title_modifiers(self) -> set[int]:
        """ "Kazakh President X", "Italy's Prime Minister X": the state only qualifies a title."""
        ignored = set()
        for index in self.left:
            token = self.doc[index]
            if not _is_actor(token) or "|Person|" in token._.kz_kinds:
                continue
            following = self.doc[index + 1]
            if following.text in POSSESSIVE and index + 2 < len(self.doc):
                following = self.doc[index + 2]
            titled = following._.kz_mention < 0 and following.text[:1].isupper()
            if titled or "|Person|" in following._.kz_kinds:
                ignored.add(index)
        return ignored

    def _light(self, index: int) -> bool:
        """Whether a token between a filler and the trigger is no content word (no second verb)."""
        token = self.doc[index]
        if token._.kz_mention >= 0:
            return self.mentions[token._.kz_mention].value is not None
        slots = self.rule.left + self.rule.right + self.rule.values
        after = {word for slot in slots for word in slot.after}
        word = token.lower_
        adverb = word.endswith("ly") and word.isalpha() and len(word) > 4
        neighbours = [self.doc[i].text for i in (index - 1, index + 1) if 0 <= i < len(self.doc)]
        hyphenated = "-" in neighbours or "–" in neighbours
        return (
            word in _LIGHT
            or word in self.rule.light
            or word in after
            or adverb
            or (hyphenated and word.isalnum())
        )

    def _subject_light(self, index: int) -> bool:
        """Before the subject: light words, titles ("Prime Minister"), possessives, dates."""
        token = self.doc[index]
        if index in self.ignored or self._light(index) or token.text in POSSESSIVE:
            return True
        return token._.kz_mention < 0 and token.text[:1].isupper()

    def _gaps_light(self) -> bool:
        """Only light words between each filler and the trigger, and before the subject."""
        taken = {index for index, _ in self.fillers.values()}
        left = [index for index in taken if index < self.begin]
        right = [index for index in taken if index >= self.end]
        subject = min(left, default=self.begin)
        for index in self.left:
            if index in taken:
                continue
            if not (self._light(index) if index > subject else self._subject_light(index)):
                return False
        farthest = max(right, default=self.end - 1)
        return all(self._light(i) for i in self.right if i < farthest and i not in taken)

    def _follower_ok(self) -> bool:
        """The last filler on the right qualifies no word after it ("the SCO summit")."""
        right = [index for index, _ in self.fillers.values() if index >= self.end]
        following = max(right, default=len(self.doc)) + 1
        if following >= len(self.doc):
            return True  # nothing after it, or no filler on the right at all
        token = self.doc[following]
        if token._.kz_mention >= 0:
            return self.mentions[token._.kz_mention].value is not None
        last = self.mentions[self.doc[following - 1]._.kz_mention]
        if token.lower_ in {"in", "on", "at"} and last.value is None:
            # "in 2015", "in Tashkent", but not "joined the EU in calling for ..."
            after = self.doc[following + 1] if following + 1 < len(self.doc) else None
            return after is not None and after._.kz_mention >= 0
        return token.lower_ in _FOLLOWERS

    def _unhedged(self, words: list[str], rules: TriggerRules) -> bool:
        """No hedge, no blocking word in the sentence, no negation from the clause's start on."""
        start = min(self.left, default=self.begin)
        finish = max(self.right, default=self.end - 1) + 1
        if hedged(words, start, finish, rules.hedges):
            return False
        # the shared block words ("invitation", "plans") anywhere in the sentence; the line's
        # own and negations from the clause's start on
        if not rules.block.isdisjoint(words):
            return False
        if not (self.rule.block | rules.hedges.inside).isdisjoint(words[start:]):
            return False
        taken = [index for index, _ in self.fillers.values()] + [self.begin]
        return not self.rule.needs or not self.rule.needs.isdisjoint(
            words[min(taken) : max(taken) + 1]
        )


def _is_value(slot: Slot) -> bool:
    return slot.classes[0] in _VALUE_CLASSES


def _covered(fact: Fact, rule_facts: list[Fact], match: _Match, sentence_start: int) -> bool:
    """Whether a rule fact of the kind already states this: it spans the trigger and fills every
    role the trigger does, or it has the same entity fillers."""
    trigger = match.doc[match.begin : match.end]
    begin, end = sentence_start + trigger.start_char, sentence_start + trigger.end_char
    entities = {(role, id(m)) for role, fillers in fact.roles.items() for m, _ in fillers
                if m.value is None}  # fmt: skip
    for other in (f for f in rule_facts if f.kind == fact.kind):
        filled = {role for role, fillers in other.roles.items() if fillers}
        if other.start < end and begin < other.end and set(fact.roles) <= filled:
            return True
        if entities and entities <= other.signature():
            return True
    return False
