"""A conservative fallback after the relation rules: a trigger word and one filler per side.

Each line of data/triggers.jsonl names a kind of fact (schema.jsonl), its trigger phrases
("joined", "visit to") and the roles the mentions left and right of the trigger fill. A
trigger asserts a fact only when everything is plain: the fillers in the trigger's clause
(trigger_clauses.py finds it, and the head of a relative clause or apposition, a shared
subject or an elliptic conjunct when the clause names its subject or object elsewhere),
nothing but light words between a filler and the trigger (so no second verb), exactly one
candidate per role on its side and none of the line's classes elsewhere in the clause, no
hedge, no blocking word ("observer", "plans", modal verbs) in its part of the sentence, no
word of an ended membership ("withdrew") in the sentence, and at least two roles filled.
Anything less clear asserts nothing: a wrong triple is worse than a missing one. Facts record
their line as ``trigger:<id>`` (kz:rule).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path

from kzgraph import lexicon
from kzgraph.errors import RuleFileError
from kzgraph.gazetteer import default_gazetteer, load_ancestors, read_jsonl
from kzgraph.hedges import Hedges, default_hedges, hedge_words, hedged
from kzgraph.membership_ended import mention_keys
from kzgraph.mentions import Mention
from kzgraph.org_bodies import names_a_body
from kzgraph.relations import Fact, future_time_clause, inside_of_phrase, merged_doc_for
from kzgraph.resources import rules_dir
from kzgraph.rule_dsl import POSSESSIVE
from kzgraph.summits_held import unheld_summit
from kzgraph.trigger_clauses import (
    CONTRAST_SUBJECTS,
    OTHER_CLAUSE,
    RELATIVE,
    VALUE_CLASSES,
    comma_head,
    conjuncts,
    fronted_date,
    is_actor,
    left_clause,
    relative_head,
    right_clause,
    segment,
    sentence_subject,
)

#: What may stand between a filler and its trigger besides dates and other non-actor values:
#: auxiliaries, determiners, adverbs. Every other word may be a second verb or a head noun.
_LIGHT = lexicon.words("trigger-light-words")
#: What may follow the last filler on the right: anything else ("the SCO summit", "NATO's
#: programme", "the EU mission") makes the filler a modifier of the word after it.
_FOLLOWERS = lexicon.words("trigger-followers")
#: What closes a length in brackets as a border's ("( 1,212 km )", "( 1,212 km long )"): any
#: other word ("( 1,212 km from Bishkek )", "( 1,212 km away )") makes the figure a distance.
_LENGTH_CLOSERS = lexicon.words("border-length-closers")
_BRACKET_LEAD = 3  # words between an opening bracket and its figure: "( about 1,212 km )"
#: Ordinal words that may stand before a trigger noun ("the 162nd member of", "its fifth").
_ORDINALS = lexicon.words("trigger-ordinals")
#: Prepositions a trigger may end with that an elliptic conjunct repeats ("and of O2").
_CONJUNCT_PREPOSITIONS = lexicon.words("trigger-conjunct-prepositions")
#: Focus adverbs right before "in|on|since D" ("became a member of O only on D"): no block word.
_FOCUS_ADVERBS = lexicon.words("date-focus-adverbs")
_DATE_PREPOSITIONS = lexicon.words("sameyear23-focus-date-prepositions")


@dataclass(frozen=True)
class Slot:
    """A role a trigger line fills: its class(es), arity and the words that must precede it."""

    role: str
    classes: tuple[str, ...]
    arity: str = ""  # "" any, "1" one entity, "pair" a coordination of exactly two
    optional: bool = False
    after: frozenset = frozenset()  # the filler must follow one of these words ("by", "since")
    required_by: frozenset = frozenset()  # words that make an optional slot required in the part


@dataclass(frozen=True)
class TriggerRule:
    """One line of triggers.jsonl, compiled."""

    id: str
    kind: str
    phrases: tuple[tuple[str, ...], ...]
    left: tuple[Slot, ...]
    right: tuple[Slot, ...]
    values: tuple[Slot, ...] = ()  # dates and lengths anywhere in the clause
    needs: frozenset = frozenset()  # one of these words must lie within the match
    block: frozenset = frozenset()
    node: bool = False  # the kind writes an n-ary node: a value left out makes it another node
    gap_words: frozenset = frozenset()  # the line's "light" words and every slot's "after" words
    texts: tuple[str, ...] = ()  # the phrases as lowercase strings, for a cheap first test
    passive: bool = False  # a right slot follows "by": a participle apposition may name the left
    relative_dates: frozenset = frozenset()  # verbs by which a relative clause dates the fact
    elided_object: bool = False  # "X joined in D": the sentence's one organisation is the object
    modifier: bool = False  # the left filler qualifies the trigger noun ("hosted the O summit")
    allow: frozenset = frozenset()  # shared block words this line reads itself ("invitation")
    by_first: tuple = ()  # (first word, phrases opening with it), to find the phrases in a Doc
    beside: frozenset = frozenset()  # prepositions naming more subjects ("co-founded O with A")

    @property
    def slots(self) -> tuple[Slot, ...]:
        return self.left + self.right + self.values


@dataclass(frozen=True)
class TriggerRules:
    """All trigger lines, the words that block every line, and the relation hedges."""

    rules: tuple[TriggerRule, ...]
    block: frozenset  # anywhere in the sentence ("withdrew": the fact may no longer hold)
    hedges: Hedges
    block_part: frozenset = frozenset()  # in the trigger's part between semicolons ("plans")
    # each distinct phrase text of the lines with the positions of the lines that have it, by
    # its first two characters ("" for shorter ones), made once with the rules (_active_rules)
    by_pair: dict = field(init=False, repr=False, compare=False)
    # what a later stage derives from these lines once and keeps with them, by the stage's name
    # (the dependency reading's phrase gates: syntax._gate_indices)
    derived: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self):
        positions: dict[str, list[int]] = {}
        for position, rule in enumerate(self.rules):
            for text in rule.texts:
                positions.setdefault(text, []).append(position)
        by_pair: dict[str, list[tuple[str, tuple[int, ...]]]] = {}
        for text, where in positions.items():
            key = text[:2] if len(text) >= 2 else ""
            by_pair.setdefault(key, []).append((text, tuple(where)))
        object.__setattr__(self, "by_pair", by_pair)


def _slot(path: Path, line: int, spec: object, roles: set[str], value: bool = False) -> Slot:
    """A slot from its JSON object ``{"role", "class", "arity"?, "optional"?, "after"?}``."""
    if not isinstance(spec, dict) or not {"role", "class"} <= set(spec):
        raise RuleFileError(path, line, "each slot must be an object with role and class")
    if spec.get("arity", "") not in ("", "1", "pair"):
        raise RuleFileError(path, line, "arity must be 1 or pair")
    if spec["role"] not in roles:
        raise RuleFileError(path, line, f"role {spec['role']!r} is not used by this kind")
    known = VALUE_CLASSES | _entity_classes()
    unknown = [cls for cls in spec["class"].split("|") if cls not in known]
    if unknown:
        raise RuleFileError(path, line, f"unknown class {unknown[0]!r} (see classes.jsonl)")
    # entity slots are required unless "optional"; value slots optional unless "required"
    optional = not spec.get("required") if value else bool(spec.get("optional"))
    return Slot(
        spec["role"], tuple(spec["class"].split("|")), spec.get("arity", ""), optional,
        frozenset(w.lower() for w in spec.get("after", [])),
        frozenset(w.lower() for w in spec.get("required_by", [])),
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
    if not right or len(left) + len(right) < 2:
        # a line with no left slot reads a subject phrase ("Diplomatic relations between A and B")
        raise RuleFileError(path, line, "a trigger line needs a right slot and two slots in all")
    words = {key: _words(path, line, record, key) for key in
             ("light", "needs", "block", "relative_dates", "allow", "beside")}  # fmt: skip
    phrases = tuple(tuple(p.lower().split()) for p in phrases)
    node = bool(schema[record["kind"]].get("nodes"))
    values = slots("values")
    gap_words = words["light"] | {word for slot in left + right + values for word in slot.after}
    return TriggerRule(
        record["id"], record["kind"], phrases, left, right, values, words["needs"],
        words["block"], node, frozenset(gap_words),
        tuple(" ".join(p) for p in phrases), any("by" in slot.after for slot in right),
        words["relative_dates"],
        bool(record.get("elided_object")),
        bool(record.get("modifier")),
        words["allow"],
        tuple((first, tuple(p for p in phrases if p[0] == first))
              for first in dict.fromkeys(p[0] for p in phrases)),
        words["beside"],
    )  # fmt: skip


def _words(path: Path, line: int, record: dict, key: str) -> frozenset:
    """A line's list of words under ``key`` (lowercased); RuleFileError if it is no such list."""
    words = record.get(key, [])
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise RuleFileError(path, line, f"{key} must be a list of words")
    return frozenset(w.lower() for w in words)


def load_trigger_rules(path: Path | None = None, schema: dict | None = None) -> TriggerRules:
    """Read data/triggers.jsonl; RuleFileError names a broken line."""
    from kzgraph.graph import default_schema

    path = path or rules_dir() / "triggers.jsonl"
    schema = schema if schema is not None else default_schema()
    rules, block, seen = [], {"sentence": set(), "part": set()}, set()
    for line, record in read_jsonl(path, ("id",)):
        if record["id"] in seen:
            raise RuleFileError(path, line, f"duplicate id {record['id']!r}")
        seen.add(record["id"])
        listed = record.get("block", [])
        if not isinstance(listed, list) or not all(isinstance(w, str) and w for w in listed):
            raise RuleFileError(path, line, "block must be a list of non-empty strings")
        if "block" in record and "kind" not in record:  # a line of words that block every trigger
            scope = record.get("scope", "sentence")
            if scope not in block:
                raise RuleFileError(path, line, "scope must be sentence or part")
            block[scope].update(word.lower() for word in listed)
            continue
        missing = [key for key in ("kind", "triggers", "left", "right") if key not in record]
        if missing:
            raise RuleFileError(path, line, f"missing field(s): {', '.join(missing)}")
        rules.append(_compile(path, line, record, schema))
    return TriggerRules(
        tuple(rules), frozenset(block["sentence"]), default_hedges(), frozenset(block["part"])
    )


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
    active = _active_rules(rules, lowered)
    if not active or not any(m.entities for m in mentions):
        return []
    doc = merged_doc_for(sentence_text, sentence_start, mentions)
    words = named_former(doc, hedge_words(doc))
    states = _state_keys(doc, mentions)
    found: dict[tuple, Fact] = {}
    for rule in active:
        for begin, end in _trigger_spans(doc, words, rule):
            trigger = _Match(doc, begin, end, rule, mentions, states)
            for match in _plain_matches(trigger, words, rules):
                fact = match.fact(sentence_start)
                if not _covered(fact, rule_facts, match, sentence_start):
                    found.setdefault((fact.kind, fact.signature()), fact)
    return sorted(found.values(), key=lambda f: (f.start, f.end, f.rule))


def _state_keys(doc, mentions: list[Mention]) -> dict[int, set]:
    """The keys of what the sentence's state mentions name, by token position: built once a
    sentence for every trigger match's ``others_endings``."""
    return {t.i: mention_keys(mentions[t._.kz_mention]) for t in doc if "|State|" in t._.kz_kinds}


def _active_rules(rules: TriggerRules, lowered: str) -> list[TriggerRule]:
    """The lines (in file order) one of whose phrases ``lowered`` contains as a substring. Each
    phrase is looked for only when the text holds its first two characters, and once, however
    many lines share it (the plain test, every phrase of every line, was up to 635 substring
    tests a sentence).

    >>> rules = load_trigger_rules()
    >>> [r.id for r in _active_rules(rules, "x joined the y")] == [
    ...     r.id for r in rules.rules if any(t in "x joined the y" for t in r.texts)]
    True
    """
    by_pair = rules.by_pair
    pairs = {lowered[i : i + 2] for i in range(len(lowered) - 1)} | {""}  # "": shorter phrases
    found: set[int] = set()
    for pair in pairs & by_pair.keys():
        for text, positions in by_pair[pair]:
            if not found.issuperset(positions) and text in lowered:
                found.update(positions)
    return [rules.rules[position] for position in sorted(found)]


def _trigger_spans(doc, words: list[str], rule: TriggerRule):
    """(begin, end) token spans of the rule's trigger phrases, outside every mention (``words``
    the lowercased tokens), in text order."""
    spans = []
    for first, phrases in rule.by_first:
        for begin in (i for i, word in enumerate(words) if word == first):
            spans += [
                (begin, begin + len(phrase))
                for phrase in phrases
                if tuple(words[begin : begin + len(phrase)]) == phrase
                and all(token._.kz_mention < 0 for token in doc[begin : begin + len(phrase)])
            ]
    return sorted(spans, key=lambda span: (span[0], rule.phrases.index(
        tuple(words[span[0] : span[1]]))))  # fmt: skip


def _plain_matches(match: _Match, words: list[str], rules: TriggerRules) -> list[_Match]:
    """The match if it is plain, and then each plain elliptic conjunct after its object ("X
    joined O1 in 1992 and O2 in 1995"): every one with a date of its own, or none with one.
    An undated node whose conjuncts hold a date may share it ("the O summit in C1 and in C2
    in 2010"): nothing then."""
    if not match.plain(words, rules):
        return []
    last = match.doc[match.end - 1].lower_
    stop = max(match.right, default=match.end - 1) + 1
    prepositions = {w for slot in match.rule.right for w in slot.after}
    if last in _CONJUNCT_PREPOSITIONS:
        prepositions.add(last)
    parts = conjuncts(match.doc, stop, frozenset(prepositions))
    if match.rule.node and not match.dated() and any(match.holds_value(p) for p in parts):
        return []
    found = [match]
    for part in parts:
        other = _Match(
            match.doc, match.begin, match.end, match.rule, match.mentions, match.states, part
        )
        if not (other.plain(words, rules) and other.elliptic_object()):
            break
        found.append(other)
    dated = {m.dated() for m in found}
    return found if len(dated) == 1 or not match.rule.node else found[:1]


class _Match:
    """One trigger occurrence, the clause around it and the fillers it finds there (in it, or
    where trigger_clauses points: a relative clause's or apposition's head, a shared subject).
    ``right`` replaces the right clause by an elliptic conjunct ("and O2 in 1995"); ``states``
    is the sentence's ``_state_keys``."""

    def __init__(self, doc, begin: int, end: int, rule: TriggerRule, mentions: list[Mention],
                 states: dict[int, set], right: list[int] | None = None):  # fmt: skip
        self.doc, self.begin, self.end, self.rule, self.mentions = doc, begin, end, rule, mentions
        self.states = states
        self.left = left_clause(doc, begin)
        self.right = right_clause(doc, end) if right is None else right
        self.conjunct = right is not None
        titled = any("Person" in slot.classes for slot in rule.left + rule.right)
        self.ignored = self._title_modifiers() if titled else set()
        self.fillers: dict[Slot, int] = {}  # a role may have two slots
        self.shared: tuple[int, int] | None = None  # (subject, joiner) of a shared subject
        self.enclosed = False  # the subject heads an apposition or relative clause: "X, ...,"
        self.narrowed: dict[int, Mention] = {}  # a list's filler that stands for its last name

    def plain(self, words: list[str], rules: TriggerRules) -> bool:
        """Whether the clause states the fact plainly enough to assert it."""
        return (
            self._fill(self.left, self.rule.left, self._outside_left)
            and self._fill(self.right, self.rule.right, self._outside_right)
            and self._no_stray_candidates()
            and self._fill(self._value_window(), self.rule.values)
            and self._no_stray_values()
            and self._no_value_list()
            and len(self.fillers) >= 2
            and self._gaps_light()
            and self._follower_ok()
            and self._unhedged(words, rules)
            and self._names_clean()
            and self._one_pair_measured()
        )  # fmt: skip

    def _one_pair_measured(self) -> bool:
        """A length is one border's: "X borders A and B" is two borders, but "X has a 500 km
        border with A and B" does not say whose 500 km it is."""
        measured = any(slot.classes[0] == "Length" for slot in self.fillers)
        entities = sum(
            len(self.mentions[self.doc[i]._.kz_mention].entities)
            for slot, i in self.fillers.items()
            if not is_value(slot)
        )
        return not measured or entities <= 2

    def _names_clean(self) -> bool:
        """No filler is a name the gazetteer lacks that opens with a state's name: in "the U.S.
        Cooperative Threat Reduction Program" the state may only qualify the name, which then
        ends elsewhere than the mention says. No filler is an unnamed thing either ("signed a
        protocol"): the rules, which name it by its date, read those."""
        gazetteer = default_gazetteer()
        for index in self.fillers.values():
            mention = self.mentions[self.doc[index]._.kz_mention]
            if mention.source == "unnamed":
                return False
            if mention.source != "name" or not mention.label:
                continue
            first = mention.label.split()[0]
            if gazetteer.state_keys(first):
                return False
        return True

    def dated(self) -> bool:
        """Whether a value slot is filled."""
        return any(is_value(slot) for slot in self.fillers)

    def holds_value(self, indices: list[int]) -> bool:
        """Whether a value of one of the line's value slots lies among ``indices``."""
        return any(self._fits(i, slot) for i in indices for slot in self.rule.values)

    def elliptic_object(self) -> bool:
        """A conjunct's filler is an object, never a gapped subject ("X joined O in 2015, and
        Y in 2012" names Y's own joining): it fits no left slot."""
        index = next(i for i in self.fillers.values() if i in self.right and i >= self.end)
        return not any(self._fits(index, slot) for slot in self.rule.left)

    def fact(self, sentence_start: int) -> Fact:
        """The Fact (absolute offsets) of a plain match, its rule ``trigger:<id>``."""
        roles: dict[str, list] = {}
        for slot, index in self.fillers.items():
            mention = self.narrowed.get(index) or self.mentions[self.doc[index]._.kz_mention]
            cls = next(c for c in slot.classes if c in mention.kinds)
            roles.setdefault(slot.role, []).append((mention, cls))
        indices = [*self.fillers.values(), self.begin, self.end - 1]
        span = self.doc[min(indices) : max(indices) + 1]
        start, end = sentence_start + span.start_char, sentence_start + span.end_char
        return Fact(f"trigger:{self.rule.id}", self.rule.kind, roles, start, end)

    def anchor(self) -> tuple[int, int]:
        """Token span a rule fact must overlap to state the same: the trigger, or a conjunct."""
        if self.conjunct:
            return min(self.right), max(self.right) + 1
        return self.begin, self.end

    def _fits(self, index: int, slot: Slot) -> bool:
        token = self.doc[index]
        if token._.kz_mention < 0 or index in self.ignored:
            return False
        mention = self.mentions[token._.kz_mention]
        usable = mention.value is not None if is_value(slot) else bool(mention.entities)
        if usable and "Length" in slot.classes and distance_in_brackets(self.doc, index, index + 1):
            return False  # "X borders Y (1,212 km from Bishkek)": no length of the border
        return usable and any(f"|{cls}|" in token._.kz_kinds for cls in slot.classes)

    def _subject_bracket(self, index: int) -> bool:
        """Whether a length stands in brackets right after a state that an "and" or a comma
        joins to what comes before, ahead of the trigger, while the line names the partner
        state after it ("X borders Y (L1), and A (804 km) also borders B"): the length follows
        A, the last of the earlier clause's list, and is X's border with A, not A's with B: the
        clause reads nothing (KNOWN18). A pair's bracket ("A and B (L) share a border") has no
        partner after it."""
        doc = self.doc
        if index >= self.begin or index < 3 or doc[index - 1].text != "(":
            return False
        partner_after = any("State" in slot.classes for slot in self.rule.right)
        joined = doc[index - 3].lower_ in {"and", ","}
        return partner_after and joined and "|State|" in doc[index - 2]._.kz_kinds

    def _fill(self, side: list[int], slots: tuple[Slot, ...], outside=None) -> bool:
        """One candidate per slot on its side, of the right arity and after the right word; a
        required slot with none may take the filler ``outside`` finds beyond the clause."""
        for slot in slots:
            candidates = [index for index in side if self._fits(index, slot)]
            if "Length" in slot.classes and any(map(self._subject_bracket, candidates)):
                return False  # an earlier clause's border's length: this clause is unclear
            if not candidates and slot.required_by and self._part_has(slot.required_by):
                return False  # "at the invitation of" someone the slot does not take
            if not candidates and not slot.optional and outside is not None:
                head = outside(slot)
                candidates = [head] if head is not None and self._fits(head, slot) else []
            if len(candidates) > 1 or (not candidates and not slot.optional):
                return False
            if candidates and not (self._arity_ok(candidates[0], slot)
                                   and self._after_ok(candidates[0], slot)):  # fmt: skip
                return False
            if candidates and not is_value(slot) and self._of_phrase(candidates[0], slot):
                return False  # "The Speaker of the Parliament of X signed T": not X
            if candidates and self._read_twice(candidates[0], slot):
                return False
            if candidates:
                self.fillers[slot] = candidates[0]
        return True

    def _read_twice(self, index: int, slot: Slot) -> bool:
        """Whether the filler is a reference read two ways (references' alternatives: "Its" as
        the previous sentence's state or the organisation under discussion) that already fills
        another entity slot: "A hosted a summit. Its members trade in roubles" is no A's
        membership of the organisation."""
        mention = self.mentions[self.doc[index]._.kz_mention]
        if is_value(slot) or mention.members or len(mention.entities) < 2:
            return False
        return any(i == index and not is_value(s) for s, i in self.fillers.items())

    def _of_phrase(self, index: int, slot: Slot) -> bool:
        """Whether the filler is the object of an "of" outside the trigger phrase after a head
        that is not transparent (relations.inside_of_phrase, data/of_heads.jsonl) nor one of the
        line's own light words ("construction of P was completed")."""
        if "of" in slot.after:  # the slot must follow an "of": the line means it
            return False

        def spelled(j: int) -> bool:  # the trigger's own "of"
            return self.begin <= j < self.end

        return inside_of_phrase(self.doc, index, slot.classes, spelled, self.rule.gap_words)

    def _outside_left(self, slot: Slot) -> int | None:
        """The subject a clause without one states elsewhere: a relative clause's head ("X,
        which joined O"), an apposition's ("X, a member of O", "T, signed by A"), or the
        sentence's subject its verb phrases share ("X acceded to T and joined O")."""
        first = min(self.left, default=self.begin)
        person = "Person" in slot.classes
        head = relative_head(self.doc, first, subject=True, person=person)
        if head is None:
            head = comma_head(self.doc, first, nominal=not self.rule.passive)
        self.enclosed = head is not None
        if head is not None and len(self._members(head)) > 1:
            return self._list_head(head, first)
        if head is None:
            subject = sentence_subject(self.doc, first)
            others = range(subject + 1, self.begin) if subject is not None else range(0)
            if subject is None or any(self._fits(i, slot) for i in others):
                return None
            self.shared, head = (subject, first - 1), subject
        return head

    def _members(self, index: int) -> list[Mention]:
        mention = self.doc[index]._.kz_mention
        return self.mentions[mention].members if mention >= 0 else []

    def _list_head(self, head: int, first: int) -> int:
        """A list ("A and B") heading the clause at ``first``: a singular apposition ("A and B,
        a member of O") is said of its last name only, which the head then stands for; any
        other apposition ("A and B, members of O") or a relative clause ("A and B, which joined
        O": tests/test_fp10b.py) of the whole list."""
        if self.doc[first].lower_ in {"a", "an"}:
            self.narrowed[head] = self._members(head)[-1]
        return head

    def _outside_right(self, slot: Slot) -> int | None:
        """The object of a relative clause that names its subject itself: "O, which X joined
        in 2006" (the clause's own words after the trigger are then all light)."""
        subject = [i for i in self.fillers.values() if i in self.left]
        if self.conjunct or not subject or is_value(slot):
            return None
        if not all(self._light(i) for i in self.right):
            return None
        person = "Person" in slot.classes
        head = relative_head(self.doc, min(self.left), subject=False, person=person)
        if head is None:
            return self._elided_object(slot)
        return head

    def _elided_object(self, slot: Slot) -> int | None:
        """ "...; Uzbekistan joined in 2005": a verb with no object and a date after it joins
        the one organisation the sentence names, before the clause (a line's choice)."""
        if not self.rule.elided_object or not any(
            self.mentions[self.doc[i]._.kz_mention].value is not None
            for i in self.right
            if self.doc[i]._.kz_mention >= 0
        ):
            return None
        opener = min(self.left) - 1  # "which X joined in D" has its object: "which"
        if opener >= 0 and self.doc[opener].lower_ not in {";", ",", "and", "but"}:
            return None
        fitting = [i for i in range(len(self.doc)) if self._fits(i, slot)]
        if len(fitting) != 1 or fitting[0] >= min(self.left) or self.doc[fitting[0]]._.kz_group:
            return None
        # the organisation itself, not a qualifier of the word after it ("O's fund", "the O
        # summit"): a clause word or a past-tense verb follows it
        following = self.doc[fitting[0] + 1].lower_
        named = following in _FOLLOWERS - {"'", "’"} or following.endswith("ed")
        return fitting[0] if named else None

    def _value_window(self) -> list[int]:
        return self.left + self.right + fronted_date(self.doc, self.left)

    def _no_stray_values(self) -> bool:
        """No value of a value slot's class in an opening phrase the clause's comma cuts off:
        "In 2015, after long talks, X joined O" would give a membership without its date. A
        value before an "and", "but" or ";" belongs to the clause before it. The same after the
        clause ("X joined O, the trade body, in 1995"), up to another clause or a relative
        clause ("O, which was founded in 1995") that has its own values, unless the line names
        a verb by which such a clause dates its fact (an organisation's founding dates its
        founders' membership: "X and Y founded O, which came into being on D"). A shared subject's
        earlier verb phrases keep their own values, but one before that subject ("On D, X
        signed T and joined O") may be this clause's too. An apposition or relative clause
        that names the subject ends at its closing comma ("X, a member of O, hosted ... in D");
        no part of the sentence past a semicolon or contrast is looked at. Only a node needs
        every value: a binary fact without its date is still true and whole."""
        if not self.rule.node:
            return True
        window = self._value_window()
        part = self.part
        before = range(min(window, default=self.begin) - 1, part.start - 1, -1)
        after = range(max(window, default=self.end - 1) + 1, part.stop)
        if self.shared is not None:
            subject, _ = self.shared
            before = range(subject - 1, part.start - 1, -1)
            if any(self._fits(i, slot) for i in before for slot in self.rule.values):
                return False
        if self.enclosed and self._introduced_value(after):
            return False  # "A and B, the operators of F, have developed it since D"
        closing = frozenset([","]) if self.enclosed else frozenset()
        # an undated match does not stop at "and": "the O summit in C1 and in C2 in 2010"
        joined = OTHER_CLAUSE if self.dated() else OTHER_CLAUSE - {"and"}
        return (
            self._no_value_until(before, OTHER_CLAUSE)
            and self._no_value_until(after, joined | RELATIVE | closing, elliptic=True)
            and not self._dating_relative(after)
        )

    def _introduced_value(self, indices: range) -> bool:
        """A value of a value slot's class after one of the slot's own words ("since D") among
        ``indices``: past an apposition's closing comma, the main clause may date the same fact
        through a pronoun ("..., have been developing it since D"). The apposition's own
        conjuncts ("X, a member of O1 since D1 and of O2 since D2, ...") lie before that comma."""
        closing = next((i for i in indices if self.doc[i].text == ","), None)
        return closing is not None and any(
            self._fits(i, slot) and self._after_ok(i, slot)
            for i in range(closing + 1, indices.stop)
            for slot in self.rule.values
            if slot.after
        )

    def _dating_relative(self, after: range) -> bool:
        """A relative clause right after the match ("O, which came into being on D") with one
        of the line's dating verbs before a value of a value slot's class."""
        opener = after.start
        if opener < len(self.doc) and self.doc[opener].text == ",":
            opener += 1
        if opener >= len(self.doc) or self.doc[opener].lower_ not in RELATIVE:
            return False
        seen = False
        for index in range(opener + 1, len(self.doc)):
            if self.doc[index].text in {",", ";", "."}:
                return False
            seen = seen or self.doc[index].lower_ in self.rule.relative_dates
            if any(self._fits(index, slot) for slot in self.rule.values):
                return seen
        return False

    def _no_value_list(self) -> bool:
        """No filled value followed by "and" / "or" / a comma and another value of its slot:
        "X and Y joined O in 2015 and 2012" does not say which date is whose."""
        for slot, index in self.fillers.items():
            if not is_value(slot) or index + 2 >= len(self.doc):
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
            if elliptic and token.text == "," and following is not None and is_actor(following):
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
        while "Person" in slot.classes and before >= 0 and self._title_word(before):
            before -= 1  # "of Kazakh President X": the title stands between
        if before >= 0 and self.doc[before].lower_ == "the":
            before -= 1
        return before >= 0 and self.doc[before].lower_ in slot.after

    def _title_word(self, index: int) -> bool:
        token = self.doc[index]
        titled = token._.kz_mention < 0 and token.text[:1].isupper()
        return index in self.ignored or titled or token.text in POSSESSIVE

    def _no_stray_candidates(self) -> bool:
        """No other mention in the clause could fill one of the line's entity roles."""
        taken = set(self.fillers.values())
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
        for index in self.left + self.right:
            token = self.doc[index]
            if not is_actor(token) or "|Person|" in token._.kz_kinds or index + 1 >= len(self.doc):
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
            return self.mentions[token._.kz_mention].value is not None or self._locative(index)
        word = token.lower_
        adverb = word.endswith("ly") and word.isalpha() and len(word) > 4
        neighbours = [self.doc[i].text for i in (index - 1, index + 1) if 0 <= i < len(self.doc)]
        hyphenated = "-" in neighbours or "–" in neighbours
        repeated = self.conjunct and word == self.doc[self.end - 1].lower_  # "and of O2"
        return (
            word in _LIGHT
            or word in self.rule.gap_words
            or adverb
            or ordinal(word)
            or repeated
            or (hyphenated and word.isalnum())
        )

    def _locative(self, index: int) -> bool:
        """ "in Abu Dhabi" where the line has no slot for a city: where something happened
        ("O was founded in C in D by A, B"), no participant of the fact."""
        token = self.doc[index]
        if "|City|" not in token._.kz_kinds or "|State|" in token._.kz_kinds or index < 1:
            return False
        if self.doc[index - 1].lower_ not in {"in", "at"}:
            return False
        return not any(
            "City" in slot.classes or "Place" in slot.classes for slot in self.rule.slots
        )

    def _subject_light(self, index: int) -> bool:
        """Before the subject: light words, titles ("Prime Minister"), possessives, dates."""
        return self._light(index) or self._title_word(index)

    def _gaps_light(self) -> bool:
        """Only light words between each filler and the trigger, and before the subject."""
        taken = set(self.fillers.values())
        # the subject is the leftmost entity filler: a fronted date ("In 2015, ...") is none
        left = [i for slot, i in self.fillers.items() if i < self.begin and not is_value(slot)]
        right = [index for index in taken if index >= self.end]
        subject = min(left, default=self.begin)
        for index in self.left:
            if index in taken or (self.rule.modifier and index < subject):
                continue  # a modifier line's clause before its noun phrase is another matter
            if not (self._light(index) if index > subject else self._subject_light(index)):
                return False
        farthest = max(right, default=self.end - 1)
        return all(
            self._light(i) or self._titles_person(i)
            for i in self.right
            if i < farthest and i not in taken
        )

    def _titles_person(self, index: int) -> bool:
        """A title before a person filler on the right ("of Kazakh President X")."""
        for i in range(index, len(self.doc)):
            if any(i == j and "Person" in slot.classes for slot, j in self.fillers.items()):
                return True
            if not self._title_word(i):
                return False
        return False

    @cached_property
    def part(self) -> range:
        """The trigger's part of the sentence (trigger_clauses.segment), found once per match."""
        return segment(self.doc, self.begin)

    def _part_has(self, words: frozenset) -> bool:
        return any(self.doc[i].lower_ in words for i in self.part)

    def _names_a_body(self, index: int) -> bool:
        """Whether an organisation filler is followed by capitalised words naming one of its
        bodies (org_bodies.names_a_body; its possessive is the line's own business)."""
        mention = self.mentions[self.doc[index]._.kz_mention]
        organisation = any(kind.endswith("Organisation") for kind in mention.kinds)
        return organisation and names_a_body(self.doc, index, possessive=False)

    def _follower_ok(self) -> bool:
        """The last filler on the right qualifies no word after it ("the SCO summit")."""
        right = [index for index in self.fillers.values() if index >= self.end]
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
            named = after is not None and after._.kz_mention >= 0
            return named or self._names_own_trigger(following + 1)
        return token.lower_ in _FOLLOWERS

    def _names_own_trigger(self, index: int) -> bool:
        """ "arrived in C on an official visit": light words, then the head of one of the line's
        own trigger phrases ("visit" of "visit to"), then the clause's end."""
        heads = {phrase[0] for phrase in self.rule.phrases if len(phrase) > 1}
        for i in range(index, min(index + 5, len(self.doc))):
            token = self.doc[i]
            if token._.kz_mention >= 0:
                return False
            if token.lower_ in heads:
                after = self.doc[i + 1] if i + 1 < len(self.doc) else None
                return after is None or after.text in {".", ",", ";"}
            if not self._light(i):
                return False
        return False

    def _unhedged(self, words: list[str], rules: TriggerRules) -> bool:
        """No hedge, no blocking word in the sentence's part between semicolons, no negation
        from the clause's start (or its subject named outside it) to that part's end."""
        words = focused_dates(words, lambda i: "|Date|" in self.doc[i]._.kz_kinds)
        taken = [*self.fillers.values(), self.begin]
        start = min(self.left + taken)
        finish = max(self.right, default=self.end - 1) + 1
        if hedged(words, start, finish, rules.hedges):
            return False
        if self.rule.kind == "summit" and unheld_summit(words, start, finish, self.begin):
            return False  # "ruled out an O summit in C": no summit held
        if future_time_clause(self.doc, start, finish):
            return False  # "the day when X joins O": a time to come
        if any(self._names_a_body(index) for index in self.fillers.values()):
            return False  # "joined the CIS Inter-Parliamentary Assembly": the body, not O
        part = self.part
        excused = others_endings(words, part, self.states, lambda i: segment(self.doc, i))
        if blocked(words, part, self.rule, rules, excused):
            return False
        if not (self.rule.block | rules.hedges.inside).isdisjoint(words[start : part.stop]):
            return False
        return not self.rule.needs or not self.rule.needs.isdisjoint(
            words[min(taken) : max(taken) + 1]
        )


def focused_dates(words: list[str], dated: Callable[[int], bool]) -> list[str]:
    """A focus adverb right before "in|on|since D" ("became a member of O only on 10 September
    2002", "only in 2002") puts the date in focus, it limits no member: it blocks nothing, while
    "the only member of O" or "only an observer" still does (SAMEYEAR23). ``dated``: whether
    the word at an index is (the start of) a date."""
    return [
        "focus-date" if word in _FOCUS_ADVERBS and _before_date(words, i + 1, dated) else word
        for i, word in enumerate(words)
    ]


def _before_date(words: list[str], i: int, dated: Callable[[int], bool]) -> bool:
    """Whether the words from ``i`` are "in|on|since D" (a date mention with its preposition)."""
    if i >= len(words) or words[i] not in _DATE_PREPOSITIONS:
        return False
    return dated(i) or (i + 1 < len(words) and dated(i + 1))


def named_former(doc, words: list[str]) -> list[str]:
    """ "former" before a capitalised word ("a former Soviet republic", "the former Yugoslav
    state") names what a place once was, not a membership that ended: it blocks nothing."""
    return [
        "former-name"
        if word == "former" and i + 1 < len(doc) and doc[i + 1].text[:1].isupper()
        else word
        for i, word in enumerate(words)
    ]


def blocked(
    words: list[str],
    part: range,
    rule: TriggerRule,
    rules: TriggerRules,
    excused: frozenset = frozenset(),
) -> bool:
    """Whether a word that blocks every line (but those the line allows) stands in the sentence
    (but at the positions ``excused``: ``others_endings``), or one that blocks in the trigger's
    part between semicolons stands in ``part``."""
    block, block_part = rules.block - rule.allow, rules.block_part - rule.allow
    return any(
        word in block and i not in excused for i, word in enumerate(words)
    ) or not block_part.isdisjoint(words[part.start : part.stop])


def others_endings(
    words: list[str], part: range, states: dict[int, set], part_at: Callable[[int], range]
) -> frozenset:
    """The positions of sentence-wide block words ("suspended", "left", "former") that stand in
    another part of the sentence (``part_at``) after a state that part names and ``part``, the
    trigger's, does not, with no pronoun between them: "O comprises A, B and C; D suspended its
    membership in 2012" speaks of D's membership, not of A's. ``states``: the keys of what the
    sentence's state mentions name (a list: all its states), by position. "...; it|A (named in
    ``part``) left in 2012", "...; its membership was suspended", a part that names a state of
    ``part`` anywhere ("...; in 2005 C withdrew, followed by A") excuse nothing."""
    own = {key for i in part if i in states for key in states[i]}
    excused = set()
    for i in (i for i in states if i not in part and not states[i] & own):
        other = part_at(i)
        if any(states[j] & own for j in other if j in states):
            continue
        for j in range(i + 1, other.stop):
            if words[j] in CONTRAST_SUBJECTS:
                break
            excused.add(j)
    return frozenset(excused)


def distance_in_brackets(doc, start: int, end: int) -> bool:
    """Whether the figure of tokens start..end stands in brackets and goes on past where a
    border's length closes ("( 1,212 km from Bishkek )", "( 1,212 km away )", "( 1,212 km to C
    )"): a distance; "( 1,212 km )", "( about 1,212 km long )", "( L in length )" close it."""
    lead = [token.text for token in doc[max(start - _BRACKET_LEAD, 0) : start]]
    if "(" not in lead or ")" in lead[lead.index("(") :]:
        return False
    following = [token.lower_ for token in doc[end : end + 2]]
    in_length = following == ["in", "length"]
    return bool(following) and following[0] not in _LENGTH_CLOSERS and not in_length


def is_value(slot: Slot) -> bool:
    return slot.classes[0] in VALUE_CLASSES


def ordinal(word: str) -> bool:
    """ "162nd", "21st", "fifth": the ordinal of "the 162nd member of"."""
    if word in _ORDINALS:
        return True
    return word[:-2].isdigit() and word[-2:] in {"st", "nd", "rd", "th"}


def _covered(fact: Fact, rule_facts: list[Fact], match: _Match, sentence_start: int) -> bool:
    """Whether a rule fact of the kind already states this: it spans the trigger (or the
    conjunct) and fills every role the trigger does, or it has the same entity fillers."""
    first, last = match.anchor()
    anchor = match.doc[first:last]
    begin, end = sentence_start + anchor.start_char, sentence_start + anchor.end_char
    entities = {(role, id(m)) for role, fillers in fact.roles.items() for m, _ in fillers
                if m.value is None}  # fmt: skip
    for other in (f for f in rule_facts if f.kind == fact.kind):
        filled = {role for role, fillers in other.roles.items() if fillers}
        if other.start < end and begin < other.end and set(fact.roles) <= filled:
            return True
        if entities and entities <= other.signature():
            return True
    return False
