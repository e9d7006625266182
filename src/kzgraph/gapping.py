"""Gapped continuations of a relation match (data/gapping.jsonl): a clause after "and" or a comma
that leaves out the verb of the match before it, and a fronted group that shares its subject.

- object gap: "X joined A in D1 and B in D2", "... with A on D1, with B on D2 and with C on D3":
  the continuation repeats the end of one of the rule's patterns (from a slot or a spelled word
  after its subject), and takes the match's other roles; a partner of its own after "with" joins
  the match's subject ("A signed T1 with B in D1 and T2 with C in D2": A and C sign T2);
- subject gap: "A joined O in D1, and B in D2": a new subject and the pattern's closing date,
  or the verb's complements ("O met in C1 on D1, and P in C2 on D2"), or its object and
  closing date ("A joined O1 in D1, and B O2 in D2");
- pro-form: "..., and B did the same on D2": a new subject and a phrase standing for the verb;
- companions: "Together with A and B, X founded O", "X joined O on D, together with A and B":
  the group shares X's role (after the match, every other role too);
- shared subject: "On D X signed T and so founded O", "X joined A in D1 and in D2 acceded to B":
  another rule reads the verb phrase (after its own fronted date, if any);
- respectively: "A and B joined O in D1 and D2 respectively": a date per member;
- left-out object: "X founded O in D1; Y joined in D2": Y joined O;
- delayed conjunct: "A and, later, X joined O": A joined O too (no date said for A).
- colon list: "Diplomatic relations with the West followed: with A on D1, with B on D2 and
  with C on D3": a fact per item, its other party from context (the rule's default).

Nothing is asserted when the alignment is unsure: the continuation must be read in full by the
rule's own words and slots up to a clause boundary, a match with a date needs a new date in each
continuation (unless the date opens the sentence), a new subject must not fit another slot of
the rule (nor an object continuation that opens with a bare name fit the subject slot), a date
list or a hedge in the continuation leaves it out, and the match itself must be asserted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

from kzgraph import lexicon
from kzgraph.errors import RuleFileError
from kzgraph.gazetteer import read_jsonl
from kzgraph.relation_dates import _date_list_after, referred_date, referring_phrase
from kzgraph.resources import rules_dir
from kzgraph.rule_dsl import OPTIONAL_THE

# What may open a continuation, and what must follow the last word a continuation reads.
_SEPARATORS = ((",", "and"), ("and",), (",",), (";",))
_BOUNDARIES = lexicon.words("continuation-boundaries")
_GAPS = (
    "object", "subject", "pro-form", "companions", "respectively", "shared-subject",
    "left-out-object", "delayed-conjunct", "colon-list",
)  # fmt: skip
_DELAYING_DATES = lexicon.phrases("delaying-date-prepositions")
_WORDED = ("pro-form", "companions", "respectively", "delayed-conjunct", "colon-list")
_OPENING_MARKS = (";", ":")  # what a pattern opening with its subject may read before it
# the words that open a comma aside a continuation passes over (", then called X,", ", the ...,")
_ASIDE_OPENERS = lexicon.words("continuation-aside-openers")
# the participles that open an aside an object continuation passes over (", established in C on
# D, and of B")
_ASIDE_PARTICIPLES = lexicon.words("rec18a-aside-participles")
# a lesser status a comma aside gives a continuation (", and of B, as an observer"): no member
_LESSER_STATUS = lexicon.words("fix17b-lesser-status-nouns")


@dataclass(frozen=True)
class GapRule:
    """One line of gapping.jsonl: a kind of gap, the relation kinds that allow it, its words."""

    id: str
    gap: str
    kinds: frozenset
    words: tuple[tuple[str, ...], ...] = ()
    joiners: frozenset = frozenset()
    rule: str = ""  # left-out-object: the relation rule that reads the clause ...
    role: str = ""  # ... without its slot of this role, which the match's filler takes
    verbs: frozenset = frozenset()  # colon-list: one must stand in the head before the colon


@dataclass
class Gapping:
    """The gap lines by gap kind."""

    rules: dict[str, GapRule] = field(default_factory=dict)

    def allows(self, gap: str, kind: str) -> GapRule | None:
        rule = self.rules.get(gap)
        return rule if rule is not None and kind in rule.kinds else None


def load_gapping(path: Path | None = None) -> Gapping:
    """Read data/gapping.jsonl; RuleFileError names a broken line."""
    path = path or rules_dir() / "gapping.jsonl"
    rules: dict[str, GapRule] = {}
    for line, record in read_jsonl(path, ("id", "gap", "kinds")):
        if record["gap"] not in _GAPS or record["gap"] in rules:
            raise RuleFileError(path, line, f"gap must be one of {', '.join(_GAPS)}, once each")
        lists = [record["kinds"], record.get("words", []), record.get("joiners", [])]
        if not all(isinstance(v, list) and all(isinstance(w, str) and w for w in v) for v in lists):
            raise RuleFileError(path, line, "kinds, words and joiners must be lists of strings")
        words = tuple(tuple(phrase.lower().split()) for phrase in record.get("words", []))
        if record["gap"] in _WORDED and not words:
            raise RuleFileError(path, line, f"a {record['gap']} line needs words")
        if record["gap"] == "pro-form" and any(phrase.count("_") != 1 for phrase in words):
            raise RuleFileError(path, line, 'each pro-form phrase needs one "_" (the subject)')
        joiners = frozenset(w.lower() for w in record.get("joiners", []))
        if record["gap"] in ("left-out-object", "colon-list") and not (
            record.get("rule") and record.get("role")
        ):
            raise RuleFileError(path, line, f"a {record['gap']} line needs rule and role")
        verbs = record.get("verbs", [])
        if record["gap"] == "colon-list" and not (
            verbs and all(isinstance(v, str) and v for v in verbs)
        ):
            raise RuleFileError(path, line, "a colon-list line needs verbs (a list of strings)")
        rules[record["gap"]] = GapRule(
            record["id"], record["gap"], frozenset(record["kinds"]), words, joiners,
            record.get("rule", ""), record.get("role", ""), frozenset(v.lower() for v in verbs),
        )  # fmt: skip
    return Gapping(rules)


@cache
def default_gapping() -> Gapping:
    """The shipped gap lines, read once per process."""
    return load_gapping()


@dataclass
class Continuation:
    """A gapped clause read by a pattern's tail: the roles it fills and its token range."""

    roles: dict[str, list[tuple[int, str]]]  # role -> [(token index, slot type)]
    start: int
    end: int  # one past its last token
    closes: bool = False  # a list may end with it without an "and" (", as did B")
    # roles whose fillers join the match's own subject ("signed T1 with A and T2 with B": B
    # signs T2 with the match's subject, REC21S) rather than replace the match's fillers
    joined: frozenset = frozenset()


def fits(token, spec: dict) -> bool:
    """Whether a merged token satisfies one Matcher token spec of a compiled pattern."""
    if "ORTH" in spec or spec.get("IS_SENT_START"):
        return False  # gaps and sentence openers never take part in a continuation
    if "NORM" in spec:
        norm = spec["NORM"]
        if token.norm_ not in (norm["IN"] if isinstance(norm, dict) else [norm]):
            return False
    if "LOWER" in spec and not re.search(spec["LOWER"]["REGEX"], token.lower_):
        return False
    attributes = spec.get("_", {})
    kinds = attributes.get("kz_kinds")
    if kinds and (token._.kz_mention < 0 or not re.search(kinds["REGEX"], token._.kz_kinds)):
        return False
    return "kz_group" not in attributes or token._.kz_group == attributes["kz_group"]


def align(tokens: list, specs: list[dict]) -> list[int] | None:
    """The spec index each token takes when ``specs`` read exactly ``tokens`` (optional specs
    may be skipped), or None."""
    if not specs:
        return [] if not tokens else None
    spec, rest = specs[0], specs[1:]
    if tokens and fits(tokens[0], spec):
        tail = align(tokens[1:], rest)
        if tail is not None:
            return [0] + [i + 1 for i in tail]
    if spec.get("OP") == "?":
        tail = align(tokens, rest)
        if tail is not None:
            return [i + 1 for i in tail]
    return None


def clause_tokens(doc, start: int) -> tuple[list[tuple[int, int]], set[int]]:
    """Candidate continuations from ``start``: (first, end) token ranges that end right before a
    clause boundary, shortest first, at most 12 tokens besides asides; an aside (see _asides)
    is no boundary, but the comma opening one is. Also the tokens inside asides."""
    limit = min(start + 25, len(doc))
    inside, openers = _asides(doc, start + 1, limit)
    ranges = []
    for end in range(start + 1, limit + 1):
        if end - start - sum(1 for i in inside if i < end) > 12:
            break
        if end == len(doc) or (
            doc[end].lower_ in _BOUNDARIES and (end not in inside or end in openers)
        ):
            ranges.append((start, end))
    return ranges, inside


def _asides(doc, start: int, limit: int) -> tuple[set[int], set[int]]:
    """The token indices from ``start`` below ``limit`` inside an aside, and those opening one:
    a bracketed one ("(then called ...)") or a comma pair around a noun apposition or a
    renaming (", then called X,", ", the world body,") with no date and no other punctuation.
    A bracket holding a date alone is the item's own date, no aside: "O1 (1991) and O2 (2001)"
    (REC20B)."""
    inside, openers, i = set(), set(), start
    while i < limit:
        token = doc[i]
        close = None
        if token.text == "(" and token._.kz_mention < 0 and not _bracketed_date(doc, i, limit):
            close = next((j for j in range(i + 1, limit) if doc[j].text == ")"), None)
        elif token.text == "," and i + 1 < limit and doc[i + 1].lower_ in _ASIDE_OPENERS:
            stop = next((j for j in range(i + 2, min(i + 14, limit)) if doc[j].is_punct), None)
            plain = stop is not None and not any(
                "|Date|" in t._.kz_kinds for t in doc[i + 1 : stop]
            )
            close = stop if plain and doc[stop].text == "," else None
        if close is None:
            i += 1
            continue
        inside.update(range(i, close + 1))
        openers.add(i)
        i = close + 1
    return inside, openers


def _bracketed_date(doc, opening: int, limit: int) -> bool:
    """Whether the bracket opening at ``opening`` holds one date and nothing else ("(2001)")."""
    return (
        opening + 2 < limit
        and "|Date|" in doc[opening + 1]._.kz_kinds
        and doc[opening + 2].text == ")"
    )


def separator_end(doc, index: int, joiners: frozenset) -> tuple[int, bool] | None:
    """Where a continuation starts after ", and" / "and" / "," at ``index`` (with a joiner such
    as "later" passed over), and whether "and" was among them."""
    for separator in _SEPARATORS:
        words = [t.lower_ for t in doc[index : index + len(separator)]]
        if words == list(separator):
            start = index + len(separator)
            if start < len(doc) and doc[start].lower_ in joiners:
                start += 1
            if start < len(doc) and doc[start].lower_ == ",":
                start += 1  # "and, later, to O on D"
            return start, "and" in separator
    return None


def read_tail(doc, start: int, specs: list[dict], roles: list) -> Continuation | None:
    """The continuation from ``start`` that ``specs`` read in full up to a clause boundary
    (asides left out)."""
    if start >= len(doc) or not _could_open(doc[start], specs):
        return None
    ranges, inside = clause_tokens(doc, start)
    for first, end in ranges:
        tokens = [token for token in doc[first:end] if token.i not in inside]
        taken = align(tokens, specs)
        if taken is not None:
            return Continuation(_filled(tokens, taken, roles), first, end)
    return None


def read_any_tail(doc, start: int, specs: list[dict], roles: list) -> Continuation | None:
    """read_tail's continuation, or else one whose closing date is given by reference."""
    return read_tail(doc, start, specs, roles) or _read_referring_tail(doc, start, specs, roles)


def _filled(tokens: list, taken: list[int], roles: list) -> dict[str, list[tuple[int, str]]]:
    """The roles the aligned ``tokens`` fill (``taken``: each token's spec), as (index, slot)."""
    filled: dict[str, list[tuple[int, str]]] = {}
    for token, index in zip(tokens, taken, strict=True):
        slot = roles[index]
        if slot is not None and slot[0]:
            filled.setdefault(slot[0], []).append((token.i, slot[1]))
    return filled


def _read_referring_tail(doc, start: int, specs: list[dict], roles: list):
    """A continuation whose closing date is given by reference instead of "in|on D" ("..., with
    Cuba on D1 and with A and B later that year", "and C the following year", REL22): the tail
    before its date read in full up to the phrase, which ends at a clause boundary; the date's
    role holds the phrase's first token, slot "DateRef" (_read_fillers resolves it)."""
    if not roles or roles[-1] is None or roles[-1][1] != "Date" or len(specs) < 3:
        return None
    introducer = len(specs) - 3 if specs[-2] == OPTIONAL_THE else len(specs) - 2
    if "NORM" not in specs[introducer] or specs[introducer].get("OP") == "?":
        return None
    head = specs[:introducer]
    if start >= len(doc) or not _could_open(doc[start], head):
        return None
    ranges, inside = clause_tokens(doc, start)
    for first, end in ranges:
        tokens = [token for token in doc[first:end] if token.i not in inside]
        cut = next((n for n, t in enumerate(tokens) if _phrase_end(doc, t.i) == end), None)
        taken = None if not cut else align(tokens[:cut], head)
        if taken is None:
            continue
        filled = _filled(tokens[:cut], taken, roles)
        filled.setdefault(roles[-1][0], []).append((tokens[cut].i, "DateRef"))
        return Continuation(filled, first, end)
    return None


def _phrase_end(doc, index: int) -> int | None:
    """Where a date given by reference opening at ``index`` ends (relation_dates)."""
    found = referring_phrase(doc, index)
    return None if found is None else found[0]


def _could_open(token, specs: list[dict]) -> bool:
    """Whether ``token`` fits the first spec, or one after optional ones (a cheap first test)."""
    for spec in specs:
        if fits(token, spec):
            return True
        if spec.get("OP") != "?":
            return False
    return False


def _trimmed(compiled) -> tuple[list[dict], list]:
    """A variant's specs and roles without the clause boundary it may close with ("... on
    {D:Date} ,|.|;"): a continuation ends at a boundary of its own."""
    specs, roles = compiled.specs, compiled.roles
    end = len(specs)
    while end > 1 and roles[end - 1] is None and _boundary(specs[end - 1]):
        end -= 1
    return specs[:end], roles[:end]


def _boundary(spec: dict) -> bool:
    norm = spec.get("NORM")
    words = norm["IN"] if isinstance(norm, dict) else [norm]
    return norm is not None and all(w in (",", ".", ";") for w in words)


def slot_types(specs: list[dict], roles: list) -> list[tuple[int, str, dict]]:
    """(spec index, role, spec) of each role slot of a pattern variant, in order."""
    return [(i, slot[0], specs[i]) for i, slot in enumerate(roles) if slot and slot[0]]


def subject_index(roles: list) -> int | None:
    """The spec index of a variant's first role slot that is no date and no captured word."""
    for index, slot in enumerate(roles):
        if slot is not None and slot[0] and slot[1] not in ("Date", "text"):
            return index
    return None


def fits_other_slot(token, compiled, skip: int) -> bool:
    """Whether a token could fill a role slot other than the one at ``skip`` (unsure reading)."""
    return any(
        index != skip and compiled.roles[index][1] != "Date" and fits(token, spec)
        for index, _, spec in slot_types(compiled.specs, compiled.roles)
    )


def object_tails(compiled) -> list[tuple[list[dict], list, frozenset, frozenset]]:
    """The ends of a pattern variant an object continuation may repeat: each (specs, roles, role
    names, joined roles) from a word or slot after the subject on, with no gap, the object (the
    first role slot after the subject that is no date: "signed T in P1 in D1 and in P2 in D2"
    keeps T, which is no gapping) and no role the part before it also fills, but the subject's
    own role after "with" (its partner: "A signed T1 with B and T2 with C", REC21S), whose
    fillers then join the subject's."""
    (specs, roles), subject = _trimmed(compiled), subject_index(compiled.roles)
    if subject is None:
        return []
    objects = [i for i in range(subject + 1, len(roles)) if roles[i] and roles[i][0]
               and roles[i][1] not in ("Date", "text")]  # fmt: skip
    tails = []
    for start in range(subject + 1, objects[0] + 1 if objects else subject + 1):
        if any(i >= start for i in compiled.gaps) or _after_founding_word(specs, roles, start):
            continue
        named = {slot[0] for slot in roles[start:] if slot and slot[0]}
        before = {slot[0] for slot in roles[:start] if slot and slot[0]}
        types = {slot[1] for slot in roles[start:] if slot and slot[0]}
        joined = _partner_roles(specs, roles, start, roles[subject][0])
        if named & before - joined or "text" in types or not types - {"Date"}:
            continue
        tails.append((_founding_said(specs[start:]), roles[start:], frozenset(named),
                      frozenset(named & before & joined)))  # fmt: skip
    verbless = _verbless_tail(compiled, objects[0]) if objects else None
    return tails + ([(*verbless, frozenset())] if verbless else [])


def _partner_roles(specs: list[dict], roles: list, start: int, subject: str) -> set[str]:
    """{the subject's role} when every slot of it from ``start`` on follows "with" (a partner
    the object's own: "signed T with {S}"), else none."""
    slots = [i for i in range(start, len(roles)) if roles[i] and roles[i][0] == subject]
    with_ = [i for i in slots if _word_before(specs, i) == "with"]
    return {subject} if slots and with_ == slots else set()


def _word_before(specs: list[dict], index: int) -> object:
    """The word the spec before ``index`` spells, past an optional "the"."""
    i = index - 1
    while i > 0 and specs[i].get("OP") == "?" and specs[i].get("NORM") == "the":
        i -= 1
    return specs[i].get("NORM") if i >= 0 else None


def _after_founding_word(specs: list[dict], roles: list, start: int) -> bool:
    """Whether a tail from ``start`` opens right after a founding word ("co|founding|founder",
    optional or not; optional specs such as the "-" of "co-founders" passed over): "A and B are
    founding members of O1 and members of O2" read from "members" would state a founding of O2,
    which the bare head noun does not say. A tail from the founding word itself ("... and
    founding members of O2") or from "of" ("... and of O2") stays."""
    for before in range(start - 1, -1, -1):
        spec = specs[before]
        if roles[before] or "NORM" not in spec:
            return False
        if _founding_words(spec):
            return True
        if not spec.get("OP"):
            return False
    return False


def _founding_said(specs: list[dict]) -> list[dict]:
    """A tail's specs with an optional founding word made required ("the founding? members of
    {O}" repeats as "the founding members of O2"): "..., and the members of O2" leaves the
    founding out and states another relation."""
    return [
        {key: value for key, value in spec.items() if key != "OP"}
        if spec.get("OP") == "?" and _founding_words(spec)
        else spec
        for spec in specs
    ]


def _founding_words(spec: dict) -> bool:
    """Whether a word spec offers only founding words ("co|founding|founder")."""
    norms = spec.get("NORM")
    if norms is None:
        return False
    words = norms.get("IN", []) if isinstance(norms, dict) else [norms]
    return bool(words) and _FOUNDING_MODIFIERS.issuperset(words)  # not "founder|members"


#: Words that make the head noun after them a founding one ("founding members", "co-founders").
_FOUNDING_MODIFIERS = lexicon.words("rec12c-founding-modifiers")


def _verbless_tail(compiled, obj: int) -> tuple[list[dict], list, frozenset] | None:
    """ "A's relations with B were established on D1, with C on D2": the object's preposition,
    the object and the closing date, the words between them (the verb) left out; only when
    they hold no role slot and no gap."""
    (specs, roles), closing = _trimmed(compiled), date_tail(compiled)
    start = obj - 1
    while start > 0 and specs[start] == OPTIONAL_THE:
        start -= 1
    if closing is None or start < 1 or "NORM" not in specs[start] or specs[start].get("OP"):
        return None
    introducer = len(specs) - len(closing[0])
    skipped = range(obj + 1, introducer)
    if not skipped or any(roles[i] for i in skipped) or any(i >= start for i in compiled.gaps):
        return None
    named = {slot[0] for slot in roles[start : obj + 1] + closing[1] if slot and slot[0]}
    if named & {slot[0] for slot in roles[:start] if slot and slot[0]}:
        return None
    tail = specs[start : obj + 1] + closing[0], roles[start : obj + 1] + closing[1]
    return (*tail, frozenset(named))


def date_tail(compiled) -> tuple[list[dict], list] | None:
    """The closing "in|on {D:Date}" of a variant whose last role is its date, as (specs, roles)."""
    specs, roles = _trimmed(compiled)
    if not roles or roles[-1] is None or roles[-1][1] != "Date" or len(specs) < 3:
        return None
    introducer = len(specs) - 3 if specs[-2] == OPTIONAL_THE else len(specs) - 2
    if "NORM" not in specs[introducer] or specs[introducer].get("OP") == "?":
        return None
    return specs[introducer:], roles[introducer:]


def subject_heads(compiled) -> tuple[int, dict] | None:
    """The subject slot of a variant that opens with it (after an optional "the"): index, spec."""
    subject = subject_index(compiled.roles)
    if subject is None or any(
        spec != OPTIONAL_THE and spec.get("NORM") not in _OPENING_MARKS
        for spec in compiled.specs[:subject]
    ):
        return None
    return subject, compiled.specs[subject]


def continued_facts(doc, fact, end: int, variants: list, mentions: list, gapping: Gapping) -> list:
    """The facts the gapped continuations after a match (its last token before ``end``) state,
    chained ("with A on D1, with B on D2 and with C on D3"); a chain must close with "and".
    A trailing group ("..., together with A and B") shares the match's subject; a continuation
    after the group ("X is a member of O together with A and B, and has been a member of P since
    D") restates the match's own subject, never the group's."""
    position = _past_relative(doc, end, _dated(fact))
    chained = []
    if trailing := _trailing_companions(doc, fact, end, variants, mentions, gapping):
        chained = [trailing]
        position = next((t.i for t in doc if t.idx >= trailing.end), len(doc))
    chain, current = [], fact
    while found := _next_continuation(doc, current, position, variants, mentions, gapping):
        current, position, closed_by_and = found
        chain.append((current, closed_by_and))
    while chain and not chain[-1][1]:
        chain.pop()  # "joined A in 1992, B in 1995": a list that never closes with "and"
    return chained + [found for found, _ in chain]


def _next_continuation(doc, fact, position, variants, mentions, gapping):
    """The next continuation at ``position``: (its fact, where it ends, whether "and" opened it)."""
    for gap in ("object", "subject", "pro-form"):
        rule = gapping.allows(gap, fact.kind)
        opened = rule and separator_end(doc, position, rule.joiners)
        if not opened:
            continue
        start, by_and = opened
        for compiled in variants:
            if not set(fact.roles) <= {slot[0] for slot in compiled.roles if slot and slot[0]}:
                continue  # a variant that lacks one of the match's roles cannot restate it
            read = _READERS[gap](doc, start, compiled, fact, rule)
            if read is not None and not _references_resolve(doc, read, mentions):
                read = None
            if read is not None and _certain(doc, read) and not _lesser_status(doc, read.end):
                # "A joined O in D1; B followed in D2": a pro-form after ";" is a clause of its own
                clause = gap == "pro-form" and doc[position].text == ";"
                closes = by_and or read.closes or clause
                return _continued(doc, fact, read, rule, mentions), read.end, closes
    return None


def _lesser_status(doc, position: int) -> bool:
    """Whether a comma aside at ``position`` gives a continuation a lesser status than its
    match's: ", as an observer", ", as a dialogue partner", ", as an associate member" (a noun
    of lexicon fix17b-lesser-status-nouns among the three words after "as a|an")."""
    if position + 3 >= len(doc) or doc[position].text != ",":
        return False
    if doc[position + 1].lower_ != "as" or doc[position + 2].lower_ not in ("a", "an"):
        return False
    words = doc[position + 3 : position + 6]
    stop = next((t.i for t in words if t.is_punct), words.end)
    return any(t.lower_ in _LESSER_STATUS for t in doc[position + 3 : stop])


def _past_relative(doc, position: int, dated_match: bool = True) -> int:
    """ "X is a member of A, which was convened on Y's initiative, and of B": the closing comma
    of a relative clause right after the match (at most 14 tokens, no date, no other
    punctuation), where a continuation may open; else ``position``. After a match without a
    date (``dated_match`` false), also that of a participle aside, past a bracketed acronym,
    whose date is its own ("X is a founding member of A (AO), established in C on D, and of
    B": lexicon rec18a-aside-participles)."""
    opening = _past_acronym(doc, position) if not dated_match else position
    if opening + 2 >= len(doc) or doc[opening].text != ",":
        return position
    participle = not dated_match and doc[opening + 1].lower_ in _ASIDE_PARTICIPLES
    if doc[opening + 1].lower_ not in ("which", "who", "whose") and not participle:
        return position
    limit = min(opening + 16, len(doc))
    stop = next((j for j in range(opening + 2, limit) if doc[j].is_punct), None)
    if stop is None or doc[stop].text != ",":
        return position
    dated = any("|Date|" in t._.kz_kinds for t in doc[opening + 1 : stop])
    return stop if participle or not dated else position


def _dated(fact) -> bool:
    """Whether a fact holds a date among its fillers."""
    return any(kind == "Date" for fillers in fact.roles.values() for _, kind in fillers)


def _trailing_companions(doc, fact, end: int, variants: list, mentions: list, gapping: Gapping):
    """ "X joined O on D, together with A and B": the fact of the group after the match (a comma
    optional), which takes the subject's role and keeps every other role, the date included
    (they did it together), when a phrase of the companions line opens it, the group could fill
    the subject's slot and no other, and a clause boundary closes it; else None."""
    rule = gapping.allows("companions", fact.kind)
    if rule is None or end >= len(doc):
        return None
    end = _past_acronym(doc, end)
    start = end + 1 if end < len(doc) and doc[end].text == "," else end
    for compiled in variants:
        index = subject_index(compiled.roles)
        if index is None or not set(fact.roles) <= {s[0] for s in compiled.roles if s and s[0]}:
            continue
        for words in rule.words:
            heads = (index, compiled.specs[index])
            read = _read_new_subject(doc, start, compiled, heads, (*words, "_"), None)
            if read is not None and not fits_other_slot(doc[read.end - 1], compiled, index):
                return _continued(doc, fact, read, rule, mentions)
    return None


def _past_acronym(doc, end: int) -> int:
    """The index after a bracketed acronym that closes the match ("X is a member of the
    Collective Security Treaty Organization (CSTO) together with A and B"), else ``end``."""
    if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
        return end
    acronym = doc[end + 1].text
    return end + 3 if acronym.isalpha() and acronym[0].isupper() and acronym[1:2].isupper() else end


def _read_object(doc, start, compiled, fact, rule) -> Continuation | None:
    """An object gap ("... and [to] B in D2"): the pattern's end from after its subject on."""
    subject = subject_index(compiled.roles)
    for specs, roles, named, joined in object_tails(compiled):
        if not _dates_restated(fact, named, roles):
            continue
        if joined and not all(_subject_fillers(fact, role) for role in joined):
            continue  # "T1 was signed with B": no subject of the match's own to join
        read = read_any_tail(doc, start, specs, roles)
        if read is None:
            continue
        first = doc[read.start]
        opens_with_name = first._.kz_mention >= 0 and first.lower_ != "the"
        if opens_with_name and subject is not None and fits(first, compiled.specs[subject]):
            continue  # "..., and Russia on D2": a new subject or a new object?
        return replace(read, joined=joined)
    return None


def _subject_fillers(fact, role: str) -> list:
    """The match's fillers of ``role`` named before every filler of its other roles but dates
    (its subject, not its partner after the object: "A signed T with B" gives A)."""
    others = [m.start for r, fillers in fact.roles.items() if r != role
              for m, slot in fillers if slot != "Date"]  # fmt: skip
    first = min(others, default=-1)
    return [(m, slot) for m, slot in fact.roles.get(role, []) if m.end <= first]


def _read_subject(doc, start, compiled, fact, rule) -> Continuation | None:
    """A subject gap ("A joined O in D1, and B in D2"): a new subject and the closing date."""
    heads, closing = subject_heads(compiled), date_tail(compiled)
    if heads is None or closing is None or closing[1][-1][0] not in fact.roles:
        return None
    read = _read_new_subject(doc, start, compiled, heads, [], closing)
    complements = read is None and _complements(compiled, heads[0])
    if complements:  # "O met in C1 on D1, and P in C2 on D2": the verb alone left out
        read = _read_new_subject(doc, start, compiled, heads, [], complements, the=True)
    bare = read is None and _object_onward(compiled, heads[0])
    if bare:  # "A joined O1 in D1, and B O2 in D2": the verb alone left out, its object kept
        read = _read_new_subject(doc, start, compiled, heads, [], bare, the=True)
    for words in rule.words if read is None else ():
        # "A joined O in D1, B only in D2": a contrast after the new subject closes the list
        read = _read_new_subject(doc, start, compiled, heads, ("_", *words), closing)
        if read is not None and not fits_other_slot(doc[read.start], compiled, heads[0]):
            read.closes = True
            return read
        read = None
    return read


def _complements(compiled, subject: int) -> tuple[list[dict], list] | None:
    """The part of a variant after its verb: from the preposition of the first role slot after
    the subject on, when that slot is no date, a word stands between it and the subject, and
    the variant ends with its closing date."""
    specs, roles = _trimmed(compiled)
    slot = next((i for i in range(subject + 1, len(roles)) if roles[i] and roles[i][0]), None)
    if slot is None or roles[slot][1] == "Date" or any(i > subject for i in compiled.gaps):
        return None
    start = slot - 1
    while start > subject and specs[start] == OPTIONAL_THE:
        start -= 1
    if start <= subject + 1 or "NORM" not in specs[start] or specs[start].get("OP"):
        return None  # "O met C": no preposition to open the complements, or no verb before it
    return specs[start:], roles[start:]


def _object_onward(compiled, subject: int) -> tuple[list[dict], list] | None:
    """The part of a variant after its verb, when one word (the verb; optional words around it)
    and no slot or gap stand between the subject and the object, the object is no date and the
    variant ends with its closing date: "{X:State} joined to? the? {O:Organisation} [in
    {D:Date}]" gives "to? the? {O} in {D}"."""
    specs, roles = _trimmed(compiled)
    slot = next((i for i in range(subject + 1, len(roles)) if roles[i] and roles[i][0]), None)
    if slot is None or roles[slot][1] in ("Date", "text") or date_tail(compiled) is None:
        return None
    if any(i > subject for i in compiled.gaps) or any(roles[subject + 1 : slot]):
        return None
    verbs = [i for i in range(subject + 1, slot) if specs[i].get("OP") != "?"]
    if len(verbs) != 1 or "NORM" not in specs[verbs[0]]:
        return None  # no verb, or more words than one ("became a member of")
    return specs[verbs[0] + 1 :], roles[verbs[0] + 1 :]


def _read_pro_form(doc, start, compiled, fact, rule) -> Continuation | None:
    """A pro-form ("..., and B did the same [on D2]"): a new subject, a phrase standing for
    the verb and a date exactly when the match has one."""
    heads, closing = subject_heads(compiled), date_tail(compiled)
    dated = _dated(fact)
    if heads is None or (dated and (closing is None or closing[1][-1][0] not in fact.roles)):
        return None
    if _among_subjects(fact, compiled.roles[heads[0]][0]):
        return None
    for words in rule.words:
        # the phrase stands for the whole verb phrase: its subject is the only new party
        read = _read_new_subject(doc, start, compiled, heads, words, closing if dated else None)
        if read is not None:
            read.closes = words[0] != "_"  # ", as did B" needs no "and" to close a list
            return read
    return None


def _among_subjects(fact, role: str) -> bool:
    """Whether the match relates its subjects to each other alone ("A and B established
    diplomatic relations on D1"): no party role but the subject's is filled. A new subject
    cannot restate it ("; C and D followed in D2" is no relation between C and D, REL22)."""
    parties = [r for r, fillers in fact.roles.items() if any(s != "Date" for _, s in fillers)]
    return parties == [role] and not fact.defaults and not fact.consts


def _read_new_subject(doc, start, compiled, heads, words, closing, the=False):
    """A new subject where ``words`` hold "_" ("_ did the same", "as did _"; none: the subject
    alone, after an optional "the" when ``the``), then the closing date if given."""
    index, spec = heads
    words = words or (("the", "_") if the else ("_",))
    specs = [OPTIONAL_THE if w == "the" else spec if w == "_" else {"NORM": w} for w in words]
    roles = [compiled.roles[index] if w == "_" else None for w in words]
    specs, roles = specs + (closing[0] if closing else []), roles + (closing[1] if closing else [])
    read = read_any_tail(doc, start, specs, roles)  # "..., and B did so the following year"
    if read is None:
        return None
    subject = read.start + (1 if the and doc[read.start].lower_ == "the" else 0)
    if words in (("_",), ("the", "_")) and fits_other_slot(doc[subject], compiled, index):
        return None  # "A joined O in D1, and B in D2" with B able to be another party: unsure
    return read


_READERS = {"object": _read_object, "subject": _read_subject, "pro-form": _read_pro_form}


def _dates_restated(fact, named: frozenset, roles: list) -> bool:
    """Whether a tail restates every date the match has: "joined A in 1992 and B" gives B no
    date of its own, so it states nothing."""
    dates = {role for role, fillers in fact.roles.items() for _, slot in fillers if slot == "Date"}
    return dates <= named


def _certain(doc, read: Continuation) -> bool:
    """Whether a continuation's own date is not one of a list ("and B in 1995 and 1996")."""
    dates = [i for fillers in read.roles.values() for i, slot in fillers if slot == "Date"]
    return not any(_date_list_after(doc, i) for i in dates)


def _continued(doc, fact, read: Continuation, rule: GapRule, mentions: list):
    """The match's fact with the continuation's fillers in the roles it restates."""
    roles = {role: list(fillers) for role, fillers in fact.roles.items() if role not in read.roles}
    roles |= _read_fillers(doc, read, mentions)
    for role in read.joined:  # "A signed T1 with B and T2 with C": A and C sign T2
        roles[role] = _subject_fillers(fact, role) + roles[role]
    return replace(
        fact, rule=f"{fact.rule.split('+')[0]}+{rule.id}", roles=roles,
        end=_read_end(doc, read), defaults=dict(fact.defaults),
        consts=dict(fact.consts),
    )  # fmt: skip


def _read_fillers(doc, read: Continuation, mentions: list) -> dict[str, list]:
    """The continuation's roles filled with the mentions of its tokens (read_tail fills no role
    with an empty list)."""
    return {
        role: [_filler(doc, i, slot, mentions) for i, slot in fillers]
        for role, fillers in read.roles.items()
    }


def _filler(doc, index: int, slot: str, mentions: list) -> tuple:
    """The mention a continuation's token fills its slot with: a date given by reference
    ("later that year") resolved against the date named last before it."""
    if slot == "DateRef":
        return referred_date(doc, index, index, mentions)[0], "Date"
    return mentions[doc[index]._.kz_mention], slot


def _references_resolve(doc, read: Continuation, mentions: list) -> bool:
    """Whether every date a continuation gives by reference has a date before it to refer to."""
    return all(
        referred_date(doc, i, i, mentions) is not None
        for fillers in read.roles.values()
        for i, slot in fillers
        if slot == "DateRef"
    )


def _read_end(doc, read: Continuation) -> int:
    """The character offset after the continuation's last token (its trailing space left out)."""
    last = doc[read.end - 1]
    return last.idx + len(last.text.rstrip())


def delayed_conjunct(doc, subject: int, spec: dict, rule: GapRule) -> tuple[list, int | None]:
    """ "A and, later, X joined O", "A, B and, since D, X are members of O": the tokens of the
    first conjuncts (A, B), and of the date set off before X if any, when the subject X follows
    "and" and one of ``rule.words`` or "since|in|from D" (commas optional), the first conjunct
    opens the sentence or follows punctuation, and each could fill the subject's slot."""
    phrases = [(",", *words, ",") for words in rule.words] + list(rule.words)
    phrases += [(",", word, "<date>", ",") for word in _DELAYING_DATES]
    for phrase in phrases:
        first = subject - len(phrase) - 1
        if first < 1 or doc[first].lower_ != "and":
            continue
        between = doc[first + 1 : subject]
        if not all(t.lower_ == w or (w == "<date>" and "|Date|" in t._.kz_kinds)
                   for t, w in zip(between, phrase, strict=True)):  # fmt: skip
            continue
        conjuncts = _conjuncts_before(doc, first - 1, spec)
        date = next((t.i for t, w in zip(between, phrase, strict=True) if w == "<date>"), None)
        if conjuncts:
            return conjuncts, date
    return [], None


def _conjuncts_before(doc, last: int, spec: dict) -> list[int]:
    """ "A, B" ending at ``last``: the tokens of a comma list of mentions that could each fill
    ``spec``, opening the sentence or following punctuation; empty otherwise."""
    tokens, i = [], last
    while i >= 0 and fits(doc[i], spec):
        tokens.insert(0, i)
        if i >= 2 and doc[i - 1].text == "," and fits(doc[i - 2], spec):
            i -= 2
            continue
        break
    opens = tokens and (tokens[0] == 0 or doc[tokens[0] - 1].is_punct)
    return tokens if opens else []


def companion_token(doc, subject: int, spec: dict, rule: GapRule) -> int | None:
    """The fronted group sharing the subject at ``subject`` ("Together with A and B, X founded
    O"): its token, when the phrase opens the sentence or follows punctuation and the group
    could fill the subject's slot."""
    if subject < 2 or doc[subject - 1].text != "," or not fits(doc[subject - 2], spec):
        return None
    for words in rule.words:
        opening = subject - 2 - len(words)
        if opening < 0 or [t.lower_ for t in doc[opening : subject - 2]] != list(words):
            continue
        before = doc[opening - 1] if opening else None
        marker = before is not None and before.i == 0 and before.text.rstrip()[-1:] in (")", ".")
        if before is None or before.is_punct or marker:  # "8) Together with ...": a list point
            return subject - 2
    return None


def respectively(doc, fact, mentions: list, rule: GapRule) -> list:
    """ "A and B joined O in D1 and D2 respectively": one fact per member of the one group whose
    size is the number of dates, each with its date; nothing when no group or two fit."""
    dates = _dated_tokens(doc, fact, mentions)
    if len(dates) != 1:
        return []
    listed, closing = _date_list(doc, dates[0], rule.words)
    if not listed:
        return []
    groups = [
        role for role, fillers in fact.roles.items()
        if len(fillers) == 1 and fillers[0][1] != "Date"
        and len(fillers[0][0].members) == len(listed)
    ]  # fmt: skip
    if len(groups) != 1:
        return []
    role, date_role = groups[0], next(r for r, f in fact.roles.items() if f[0][1] == "Date")
    (group, slot), last = fact.roles[role][0], doc[closing]
    return [
        replace(
            fact, rule=f"{fact.rule}+{rule.id}", hedged=False, match=None,
            roles=fact.roles | {
                role: [(member, slot)], date_role: [(mentions[doc[i]._.kz_mention], "Date")]
            },
            end=max(fact.end, last.idx + len(last.text.rstrip())),
            defaults=dict(fact.defaults), consts=dict(fact.consts),
        )
        for member, i in zip(group.members, listed, strict=True)
    ]  # fmt: skip


def _dated_tokens(doc, fact, mentions: list) -> list[int]:
    """The tokens of the dates a fact took."""
    taken = {id(m) for fillers in fact.roles.values() for m, slot in fillers if slot == "Date"}
    return [t.i for t in doc if t._.kz_mention >= 0 and id(mentions[t._.kz_mention]) in taken]


def _date_list(doc, first: int, words: tuple) -> tuple[list[int], int]:
    """The dates of "D1, D2 and D3[,] respectively" from the first: their tokens and that of
    the closing word, or nothing when the list does not close with one of ``words`` and a
    clause boundary."""
    listed, i = [first], first + 1
    while i < len(doc):
        if doc[i].text == "," and i + 1 < len(doc) and doc[i + 1].lower_ == "and":
            i += 1
        if doc[i].lower_ in (",", "and") and i + 1 < len(doc) and "|Date|" in doc[i + 1]._.kz_kinds:
            listed.append(i + 1)
            i += 2
            continue
        break
    if i < len(doc) and doc[i].text == ",":
        i += 1
    closing = i < len(doc) and (doc[i].lower_,) in words
    bounded = i + 1 >= len(doc) or doc[i + 1].lower_ in _BOUNDARIES
    return (listed, i) if len(listed) > 1 and closing and bounded else ([], i)


def shared_subject_facts(doc, fact, end: int, rules, mentions: list, rule: GapRule) -> list:
    """ "On D X signed T and so founded O": a verb phrase after "and" that another rule of
    ``rule.kinds`` reads from its verb on, with the match's subject as its own. A date of the
    match carries over only when it opens the sentence before the subject."""
    compiled, subject = fact.match or (None, None)
    opened = subject is not None and separator_end(doc, end, rule.joiners)
    if not opened or not opened[1]:
        return []  # "and" only: ", founded O" may be an apposition's participle
    index = subject_index(compiled.roles)
    fronted = _fronted_dates(fact, compiled, index)
    start, own = _own_fronted_date(doc, opened[0], mentions)
    if start >= len(doc):
        return []  # the sentence ends at "and": nothing follows to read
    fronted = own or fronted
    for other, variant in _verb_index(rules, rule).get(doc[start].norm_, ()):
        read = _verb_phrase(doc, start, subject, variant)
        if read is not None and not _references_resolve(doc, read, mentions):
            continue  # "... and joined O the same year" with no date before to refer to
        if read is None or not _certain(doc, read) or (own and _dated(read)):
            continue  # "and in 1998 joined O in 1999": whose date is whose is unsure
        if not _dated(read) and _dated(fact) and fronted is None:
            continue  # "X signed T in 1992 and founded O": O's date is not said
        own_subject = variant.roles[subject_index(variant.roles)][0]
        roles = {own_subject: list(fact.roles[compiled.roles[index][0]])}
        roles |= _read_fillers(doc, read, mentions)
        date_role = _date_role(rules.variants[other["id"]])
        if not _dated(read) and fronted and date_role:
            roles[date_role] = fronted
        return [replace(
            fact, rule=f"{other['id']}+{rule.id}", kind=other["kind"], roles=roles,
            end=_read_end(doc, read), match=(variant, subject),
            defaults=dict(other.get("defaults", {})), consts=dict(other.get("consts", {})),
        )]  # fmt: skip
    return []


def _own_fronted_date(doc, start: int, mentions: list) -> tuple[int, list | None]:
    """ "X joined A in 1992 and in 1998 became ...": where the verb phrase opens past its own
    fronted "in|on D" (a comma after it allowed), and that date as a role's fillers; else
    ``start`` and None."""
    if start + 2 >= len(doc) or doc[start].lower_ not in ("in", "on"):
        return start, None
    date = doc[start + 1]
    if "|Date|" not in date._.kz_kinds or _date_list_after(doc, date.i):
        return start, None
    verb = start + 2 + (doc[start + 2].text == ",")
    return verb, [(mentions[date._.kz_mention], "Date")]


def _verb_index(rules, rule: GapRule) -> dict[str, list]:
    """The (rule record, variant) pairs a shared-subject verb phrase may be read by, by the word
    the phrase opens with (the variant's first required word after its subject), built once
    per rule set: rules of ``rule.kinds`` without a role from context ("joined it")."""
    key = ("shared-subject", rule.id, rule.kinds)
    if key not in rules.indexes:
        index: dict[str, list] = {}
        for other in rules.rules.values():
            if other["kind"] not in rule.kinds or other.get("defaults"):
                continue  # a role from context would be resolved before the whole match
            for variant in rules.variants[other["id"]]:
                for word in _opening_words(variant):
                    index.setdefault(word, []).append((other, variant))
        rules.indexes[key] = index
    return rules.indexes[key]


def _opening_words(variant) -> list[str]:
    """The words a variant's part after its subject may open with (its optional words too)."""
    heads = subject_heads(variant)
    words = []
    for spec in variant.specs[heads[0] + 1 :] if heads else []:
        norm = spec.get("NORM")
        if norm is None:
            return []  # a slot or a gap first: not read as a verb phrase
        words += norm["IN"] if isinstance(norm, dict) else [norm]
        if spec.get("OP") != "?":
            break
    return words


def _verb_phrase(doc, start: int, subject: int, variant) -> Continuation | None:
    """The continuation a variant that opens with its subject reads from its verb on, when the
    match's subject token could fill that subject slot; its closing date may be given by
    reference ("and joined O in the same year", SAMEYEAR23)."""
    heads = subject_heads(variant)
    if heads is None or not fits(doc[subject], heads[1]):
        return None
    tail = heads[0] + 1
    if any(i >= tail for i in variant.gaps):
        return None
    return read_any_tail(doc, start, variant.specs[tail:], variant.roles[tail:])


def _date_role(variants: list) -> str | None:
    """The role a rule's dates fill ("D"), from any of its variants."""
    return next((s[0] for v in variants for s in v.roles if s and s[1] == "Date"), None)


_DATE_SLOTS = ("Date", "DateRef")  # a date given, or given by reference ("DateRef")


def _dated(fact) -> bool:
    """Whether a fact or a Continuation fills a date (both map roles to (filler, slot) pairs),
    one given by reference included ("... and joined O in the same year")."""
    return any(slot in _DATE_SLOTS for fillers in fact.roles.values() for _, slot in fillers)


def _fronted_dates(fact, compiled, subject: int) -> list | None:
    """The match's date fillers when its date slot comes before its subject ("On D X ...")."""
    before = {slot[0] for slot in compiled.roles[:subject] if slot and slot[1] == "Date"}
    fillers = [f for role in before for f in fact.roles.get(role, [])]
    return fillers or None


def left_out_object_facts(doc, fact, end: int, rules, mentions: list, rule: GapRule) -> list:
    """ "X founded O in D1; Y joined in D2": a clause after ";", "and" or a comma (REC21M: "A and B
    were among the founders of O in D1, C joined in D2 and E in D3") that ``rule.rule`` reads
    without its ``rule.role`` slot takes the one entity of the match that could fill that slot."""
    opened = next(
        (end + len(s) for s in ((";",), (",", "and"), ("and",), (",",))
         if [t.lower_ for t in doc[end : end + len(s)]] == list(s)),
        None,
    )  # fmt: skip
    if opened is None or rule.rule not in rules.variants:
        return []
    for variant in rules.variants[rule.rule]:
        slot = next((i for i, s in enumerate(variant.roles) if s and s[0] == rule.role), None)
        if slot is None or subject_heads(variant) is None or variant.gaps:
            continue
        filler = _sole_filler(fact, variant.specs[slot])
        keep = [i for i in range(len(variant.specs)) if i != slot and i != slot - 1]
        if filler is None or variant.specs[slot - 1] != OPTIONAL_THE:
            continue
        read = read_tail(doc, opened, [variant.specs[i] for i in keep],
                         [variant.roles[i] for i in keep])  # fmt: skip
        if read is None or not _dated(read) or not _certain(doc, read):
            continue  # "Y joined" alone: no date, and no sign the clause ends there
        roles = {rule.role: [filler]} | _read_fillers(doc, read, mentions)
        record = rules.rules[rule.rule]
        subject = read.roles[variant.roles[subject_index(variant.roles)][0]][0][0]
        return [replace(
            fact, rule=f"{rule.rule}+{rule.id}", kind=record["kind"], roles=roles,
            end=_read_end(doc, read), match=(variant, subject),
            defaults=dict(record.get("defaults", {})), consts=dict(record.get("consts", {})),
        )]  # fmt: skip
    return []


def _sole_filler(fact, spec: dict) -> tuple | None:
    """The one single-entity filler of a fact that could fill a slot of ``spec``."""
    wanted = re.compile(spec["_"]["kz_kinds"]["REGEX"])
    found = [
        (mention, slot) for fillers in fact.roles.values() for mention, slot in fillers
        if wanted.search("|" + "|".join(mention.kinds) + "|") and len(mention.entities) == 1
    ]  # fmt: skip
    return found[0] if len(found) == 1 else None


def colon_list_items(doc, rules, rule: GapRule) -> list[tuple[int, int, int]]:
    """ "Diplomatic relations with the West followed: with A on D1, with B on D2 and with C on
    D3": (first token, party token, date token) of each item, when the sentence opens with one
    of ``rule.words`` (whose last word each item repeats), its head up to the colon holds one of
    ``rule.verbs`` and no party ``rule.rule``'s ``rule.role`` slot could take, and every item
    after the colon is read in full, the list closing with "and" and the sentence; else none."""
    slot = _role_spec(rules.variants.get(rule.rule, []), rule.role)
    colon = next((t.i for t in doc if t.text == ":"), None)
    if slot is None or colon is None:
        return []
    for words in rule.words:
        opening = [t.lower_ for t in doc[: len(words)]]
        head = doc[len(words) : colon]
        if opening != list(words) or len(head) > 10 or any(t.is_punct for t in head):
            continue
        if not rule.verbs & {t.lower_ for t in head} or any(fits(t, slot) for t in head):
            continue
        return _items(doc, colon + 1, words[-1], slot)
    return []


def _items(doc, i: int, preposition: str, slot: dict) -> list[tuple[int, int, int]]:
    """The items "with [the] A on|in D" from ``i``, separated by "," and closing with "and"."""
    items, closed = [], False
    while True:
        first = i
        if i >= len(doc) or doc[i].lower_ != preposition:
            return []
        i += 2 if i + 1 < len(doc) and doc[i + 1].lower_ == "the" else 1
        if i + 2 >= len(doc) or not fits(doc[i], slot) or doc[i + 1].lower_ not in ("on", "in"):
            return []
        if "|Date|" not in doc[i + 2]._.kz_kinds:
            return []
        items.append((first, i, i + 2))
        i += 3
        if i >= len(doc) or doc[i].text in (".", ";"):
            return items if closed or len(items) == 1 else []
        if closed:
            return []  # the list went on after its closing "and"
        if doc[i].text == "," and i + 1 < len(doc) and doc[i + 1].lower_ == "and":
            i += 1
        closed = doc[i].lower_ == "and"
        if doc[i].text != "," and not closed:
            return []
        i += 1


def _role_spec(variants: list, role: str) -> dict | None:
    """The token spec of the slot of ``role`` in a rule's variants."""
    for variant in variants:
        for index, slot in enumerate(variant.roles):
            if slot and slot[0] == role:
                return variant.specs[index]
    return None
