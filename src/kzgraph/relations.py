"""Relation rules (data/relations.jsonl) compiled to spaCy Matcher patterns, applied per sentence.

A rule's pattern is a compact DSL over the sentence's tokens after every mention has been
merged into one token (a coordination "X, Y and Z" is one token too):

- ``{S:State}`` a slot: a mention that can be a State, filling role ``S``;
  ``{S:State/1}`` only a single entity, ``{S:State/2}`` only a group; ``{:City}`` no role;
- ``signed`` a word (any case); ``formed|established`` alternatives; ``the?`` optional;
- ``...`` up to 6 tokens that are not actors (states, organisations, people, places), not
  a full stop; ``...12`` up to 12;
- ``*4`` up to 4 tokens of any kind (actors too), not a full stop;
- ``~12`` up to 12 tokens that are non-actor mentions (treaties, dates), punctuation other than
  a full stop, capitalised or hyphenated words, or little words (``_LIGHT_WORDS``);
- ``[ ... ]`` an optional part (the rule also matches without it);
- ``^trade`` a word that must open the sentence.

The same role may appear twice ("{S:State} signed ... along with {S:State}"): its fillers add up.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from kzgraph.errors import RuleFileError
from kzgraph.gazetteer import read_jsonl
from kzgraph.mentions import Mention
from kzgraph.resources import rules_dir
from kzgraph.sentences import pipeline

_ACTOR_KINDS = {"Place", "Organisation", "Person", "Programme"}
_SLOT = re.compile(r"^\{(?P<role>[A-Za-z]\w*)?:(?P<type>[A-Za-z|-]+)(?:/(?P<arity>[12]))?\}$")
_GAP = re.compile(r"^(?P<kind>\.\.\.|\*|~)(?P<size>\d+)?$")
# What a "~" gap may pass over besides non-actor mentions, punctuation and capitalised or
# hyphenated words: the little words between a verb and its object ("signed their first ...
# agreement in 1994, and their second ...", "joined the trans-Caucasian ... pipeline"). A
# content word ("signed a statement criticising the X Treaty", "joined talks on the X
# Pipeline") ends the gap, because the object is then that word, not the later mention.
_LIGHT_WORDS = frozenset(
    [
        "a", "an", "the", "their", "its", "his", "her", "our", "this", "that", "these", "those",
        "both", "two", "three", "all", "and", "or", "in", "on", "at", "also", "then", "later",
        "first", "second", "third", "new", "historic", "landmark", "bilateral", "trilateral",
        "final", "key", "major", "further", "additional", "separate", "formal", "official",
        "long-awaited", "jointly", "together", "subsequently", "eventually", "finally",
        "ultimately",
    ]
)  # fmt: skip
_POSSESSIVE = ["'s", "’s", "'", "’"]
# The words that open an apposition or relative clause after a named head ("O, the successor
# of P, ...", "O, which replaced P, ..."); a past participle ("O, founded by P, ...") does too.
_APPOSITION_OPENERS = frozenset(
    ["the", "a", "an", "its", "their", "which", "who", "whose", "that", "formerly", "previously",
     "once"]
)  # fmt: skip
# The lowercase words that may follow an organisation ending a match and carry on the clause:
# any other ("joined the SCO summit", "the OSCE talks", "the EU market") makes the organisation
# a modifier of that word, and the match names the summit, talks or market, not the body.
_CLAUSE_WORDS = frozenset(
    ["in", "on", "at", "since", "from", "for", "during", "with", "without", "as", "and", "but",
     "or", "nor", "to", "after", "before", "when", "while", "whilst", "which", "who", "whose",
     "that", "where", "by", "under", "until", "following", "through", "alongside", "along",
     "despite", "although", "though", "because", "whereas", "amid", "among", "between",
     "within", "of", "is", "are", "was", "were", "has", "have", "had",
     # irregular past participles opening a reduced relative ("the CSCE held in Helsinki")
     "held", "led", "built", "known", "run", "set", "made", "begun", "chosen", "taken"]
)  # fmt: skip
# A date may follow a match past a noun apposition (", the predecessor of P, on D") or a short
# place phrase ("developed F on the right bank of the R since 2007"); these open them.
_NOUN_APPOSITION = frozenset(["the", "a", "an", "its", "their", "his", "her"])
_PLACE_PREPOSITIONS = frozenset(["on", "in", "at", "near", "along", "off", "across", "inside"])
# words that end such a phrase: a new clause begins, so a later date may be another verb's
_PHRASE_ENDS = frozenset(
    ["which", "who", "whose", "that", "where", "when", "while", "and", "or", "but", "after",
     "before", "until", "although", "though", "because", "as", "was", "were", "is", "are",
     "has", "have", "had"]
)  # fmt: skip
# ", which came into being on D" / ", established in D" after a co-founded organisation
_FOUNDING_VERBS = frozenset(["founded", "established", "created", "formed", "launched", "being"])
_FOUNDING_WORDS = _FOUNDING_VERBS | {"which", "was", "were", "came", "into", "officially"}
_UNCLEAR_DATE = "?"  # a fronted date whose apposition cannot be passed over
_UNCLEAR = -1  # an apposition's subject whose head cannot take its role
_ORDINAL = (
    r"^(\d+(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|eleventh|twelfth|newest|latest|last)$"
)


@dataclass
class CompiledPattern:
    """One Matcher pattern of a rule: which pattern token fills which role, of which type."""

    rule_id: str
    roles: list[tuple[str, str] | None]  # per pattern token: (role, type) or None
    gaps: dict[int, int] = field(default_factory=dict)  # pattern token -> most tokens it may take


@dataclass(frozen=True)
class Hedges:
    """Words that keep a match from being asserted (data/hedges.jsonl), lowercased."""

    sentence: frozenset = frozenset()  # anywhere in the sentence: "critics alleged that ..."
    before: frozenset = frozenset()  # before the match: "if X joined Y"
    inside: frozenset = frozenset()  # among the matched words: "without guarantees from Y"
    span: frozenset = frozenset()  # anywhere in the match, gaps too: "is expected to reach $5bn"
    after: tuple[tuple[str, ...], ...] = ()  # phrases right after it: "joined Y as an observer"


@dataclass
class RelationRules:
    """All relation rules: a Matcher per rule with what a sentence must hold for it to match,
    the compiled patterns by match key, and each rule's record."""

    matchers: dict[str, tuple[object, list[tuple[str, frozenset]]]]
    patterns: dict[str, CompiledPattern]
    rules: dict[str, dict]
    hedges: Hedges = field(default_factory=Hedges)


@dataclass
class Fact:
    """One rule match: its rule and kind, the mentions in each role, and the matched span."""

    rule: str
    kind: str
    roles: dict[str, list[tuple[Mention, str]]]  # role -> [(mention, slot type)]
    start: int
    end: int
    defaults: dict[str, str] = field(default_factory=dict)
    consts: dict[str, str] = field(default_factory=dict)
    hedged: bool = False  # stated under a hedge (data/hedges.jsonl): never asserted


def _split_optional(words: list[str]) -> list[list[str]]:
    """Every variant of a pattern with each [optional part] kept or dropped."""
    parts, current, depth = [], [], 0
    for word in words:
        if word == "[":
            parts.append(("fixed", current))
            current, depth = [], depth + 1
        elif word == "]":
            parts.append(("optional", current))
            current, depth = [], depth - 1
        else:
            current.append(word)
        if depth not in (0, 1):
            raise ValueError("optional parts [ ] cannot nest or close before opening")
    if depth:
        raise ValueError("unclosed [")
    parts.append(("fixed", current))
    choices = [[p] if kind == "fixed" else [p, []] for kind, p in parts]
    return [[w for part in combo for w in part] for combo in itertools.product(*choices)]


def compile_word(word: str) -> tuple[dict, tuple[str, str] | None]:
    """One DSL word as a Matcher token spec and the (role, type) it fills.

    A rule with n optional parts compiles its words 2**n times; the cache makes start-up
    cheaper. The top-level dict is the caller's to change; the nested ones are shared.

    >>> compile_word("{S:State/1}")
    ({'_': {'kz_kinds': {'REGEX': '\\\\|State\\\\|'}, 'kz_group': False}}, ('S', 'State'))
    >>> compile_word("formed|established?")
    ({'NORM': {'IN': ['formed', 'established']}, 'OP': '?'}, None)
    """
    spec, role = _compile_word(word)
    return dict(spec), role


@cache
def _compile_word(word: str) -> tuple[dict, tuple[str, str] | None]:
    slot = _SLOT.match(word)
    if slot and slot["type"][0].islower():  # {W:member} captures the word itself as W's text
        options = slot["type"].split("|")
        return {"NORM": {"IN": options}}, (slot["role"] or "", "text")
    if slot:
        spec: dict = {"_": {"kz_kinds": {"REGEX": rf"\|{slot['type']}\|"}}}
        if slot["arity"]:
            spec["_"]["kz_group"] = slot["arity"] == "2"
        return spec, ((slot["role"] or "", slot["type"]))
    gap = _GAP.match(word)
    if gap:
        size = int(gap["size"] or 6)
        spec = {"ORTH": {"NOT_IN": [".", ";", "!", "?"]}}
        if gap["kind"] == "...":  # "*" gaps may pass over actors too
            spec["_"] = {"kz_actor": False}
        elif gap["kind"] == "~":
            spec["_"] = {"kz_light": True}
        # "*" and a length check after matching: spaCy expands {0,n} into n optional
        # tokens, whose matches multiply combinatorially.
        return spec | {"OP": "*", "GAP": size}, None
    if word.startswith("^") and len(word) > 1:  # "^trade": the sentence's first word
        spec, role = _compile_word(word[1:])
        return dict(spec) | {"IS_SENT_START": True}, role
    optional = word.endswith("?") and len(word) > 1
    word = word[:-1] if optional else word
    if word == "<ordinal>":  # "the 162nd member", "its fifth member": any ordinal number
        spec = {"LOWER": {"REGEX": _ORDINAL}}
        return (spec | {"OP": "?"}) if optional else spec, None
    options = [w for o in word.split("|") for w in (_POSSESSIVE if o == "'s" else [o.lower()])]
    spec = {"NORM": options[0]} if len(options) == 1 else {"NORM": {"IN": options}}
    return (spec | {"OP": "?"}) if optional else spec, None


def requirements(words: list[str]) -> list[tuple[str, frozenset]]:
    """What a sentence must contain for a pattern variant to match: words and slot types.

    >>> needs = requirements(["{A:State}", "joined|entered", "the?", "{O:Organisation}"])
    >>> [(kind, sorted(options)) for kind, options in needs]
    [('type', ['State']), ('norm', ['entered', 'joined']), ('type', ['Organisation'])]
    """
    needs = []
    for word in words:
        spec, role = compile_word(word)
        if role is not None and role[1] != "text":
            needs.append(("type", frozenset([role[1]])))
        elif spec.get("OP") is None and "NORM" in spec:
            norm = spec["NORM"]
            needs.append(("norm", frozenset(norm["IN"] if isinstance(norm, dict) else [norm])))
    return needs


def _compile_rule(record: dict, path: Path, line: int) -> list[CompiledPattern | list]:
    try:
        words = record["pattern"].replace("[", " [ ").replace("]", " ] ").split()
        variants = _split_optional(words)
    except ValueError as error:
        raise RuleFileError(path, line, f"bad pattern: {error}") from error
    compiled = []
    for words in variants:
        specs, roles = [], []
        for word in words:
            spec, role = compile_word(word)
            if role is not None and role[1][0].isupper():
                specs.append({"NORM": "the", "OP": "?"})  # "with the United States"
                roles.append(None)
            specs.append(dict(spec))
            roles.append(role)
        gaps = {i: spec.pop("GAP") for i, spec in enumerate(specs) if "GAP" in spec}
        compiled.append((specs, CompiledPattern(record["id"], list(roles), gaps)))
    return compiled


_HEDGE_SCOPES = ("sentence", "before", "inside", "span", "after")


def load_hedges(path: Path | None = None) -> Hedges:
    """Read data/hedges.jsonl; RuleFileError names a broken line."""
    path = path or rules_dir() / "hedges.jsonl"
    words: dict[str, set] = {scope: set() for scope in _HEDGE_SCOPES}
    for line, record in read_jsonl(path, ("id", "scope", "words")):
        if record["scope"] not in _HEDGE_SCOPES:
            raise RuleFileError(path, line, f"scope must be one of {', '.join(_HEDGE_SCOPES)}")
        listed = record["words"]
        if not isinstance(listed, list) or not all(isinstance(w, str) and w for w in listed):
            raise RuleFileError(path, line, "words must be a list of non-empty strings")
        words[record["scope"]].update(word.lower() for word in listed)
    after = tuple(sorted({tuple(phrase.split()) for phrase in words["after"]}, key=len))
    return Hedges(
        frozenset(words["sentence"]), frozenset(words["before"]), frozenset(words["inside"]),
        frozenset(words["span"]), after,
    )


def _before_pattern_words(begin: int, alignment: list[int], compiled: CompiledPattern) -> list[int]:
    """Positions right before a word the pattern spells out: a negation there ("without
    guarantees from") negates the match; one elsewhere in a gap belongs to another clause."""
    fixed = [
        compiled.roles[index] is None and index not in compiled.gaps for index in alignment
    ]
    return [begin + i for i in range(len(alignment) - 1) if fixed[i + 1]]


def _hedge_words(doc) -> list[str]:
    """The sentence's lowercased tokens, "not" in "not only ... but also" marked as no negation."""
    words = [token.lower_ for token in doc]
    for i, word in enumerate(words[:-1]):
        if word == "not" and words[i + 1] == "only":
            words[i] = "not-only"
    return words


def hedged(
    words: list[str], begin: int, finish: int, hedges: Hedges, negatable: list[int] | None = None
) -> bool:
    """Whether words begin..finish of a sentence (its lowercased tokens) are stated under a hedge.

    ``negatable`` are the positions where a negation counts (default: the whole match).

    >>> hedges = Hedges(before=frozenset({"if"}), after=(("as", "an", "observer"),))
    >>> words = "if x joined y".split()
    >>> hedged(words, 1, 4, hedges), hedged(words[1:], 0, 3, hedges)
    (True, False)
    >>> hedged("x joined y as an observer".split(), 0, 3, hedges)
    True
    """
    if not hedges.sentence.isdisjoint(words):
        return True  # reported doubt taints the whole sentence
    if not hedges.before.isdisjoint(words[:begin]):
        return True
    positions = range(begin, finish) if negatable is None else negatable
    if any(words[i] in hedges.inside for i in positions):
        return True
    if not hedges.span.isdisjoint(words[begin:finish]):
        return True
    following = tuple(words[finish : finish + 6])
    return any(following[: len(phrase)] == phrase for phrase in hedges.after)


def load_relation_rules(path: Path | None = None, schema: dict | None = None) -> RelationRules:
    """Read and compile the relation rules; RuleFileError names a broken line."""
    from spacy.matcher import Matcher

    from kzgraph.graph import default_schema

    path = path or rules_dir() / "relations.jsonl"
    schema = schema if schema is not None else default_schema()
    register_extensions()
    matchers, patterns, rules = {}, {}, {}
    for line, record in read_jsonl(path, ("id", "kind", "pattern")):
        if record["kind"] not in schema:
            raise RuleFileError(path, line, f"unknown kind {record['kind']!r} (see schema.jsonl)")
        if record["id"] in rules:
            raise RuleFileError(path, line, f"duplicate rule id {record['id']!r}")
        rules[record["id"]] = record
        matcher = Matcher(pipeline().vocab, validate=False)  # the DSL makes valid patterns
        variants = _compile_rule(record, path, line)
        words = record["pattern"].replace("[", " [ ").replace("]", " ] ").split()
        # the variant without any optional part: what every match needs
        matchers[record["id"]] = (matcher, requirements(_split_optional(words)[-1]))
        for number, (specs, compiled) in enumerate(variants):
            key = f"{record['id']}#{number}"
            try:
                matcher.add(key, [specs])
            except (ValueError, TypeError) as error:
                raise RuleFileError(path, line, f"bad pattern: {error}") from error
            patterns[key] = compiled
    return RelationRules(matchers, patterns, rules, load_hedges())


@cache
def default_relation_rules() -> RelationRules:
    """The shipped relation rules, compiled once per process."""
    return load_relation_rules()


@cache
def register_extensions() -> None:
    """The token attributes the relation patterns test (set once per process)."""
    from spacy.tokens import Token

    Token.set_extension("kz_kinds", default="", force=True)
    Token.set_extension("kz_group", default=False, force=True)
    Token.set_extension("kz_actor", default=False, force=True)
    Token.set_extension("kz_mention", default=-1, force=True)
    Token.set_extension("kz_light", getter=_is_light, force=True)  # only where a "~" gap looks


def extract_relations(
    sentence_text: str, sentence_start: int, mentions: list[Mention], rules: RelationRules | None
) -> list[Fact]:
    """The facts the relation rules find in one sentence (whose mentions are resolved)."""
    rules = rules or default_relation_rules()
    doc = merged_doc_for(sentence_text, sentence_start, mentions)
    candidates, words = [], _hedge_words(doc)
    for match_id, begin, finish, alignment in _matches(doc, rules):
        compiled = rules.patterns[doc.vocab.strings[match_id]]
        record = rules.rules[compiled.rule_id]
        fact = _fact_from_match(doc, begin, finish, alignment, compiled, record, mentions)
        if fact is not None and _states_something(fact):
            late = _attach_late_date(
                doc, begin, finish, alignment, compiled, record, fact, mentions
            )
            negatable = _before_pattern_words(begin, alignment, compiled)
            undated = late or _unattached_date(doc, begin, finish, alignment, compiled, record)
            fact.hedged = undated or hedged(words, begin, finish, rules.hedges, negatable)
            candidates.append((fact, _signature(fact)))
    # a hedged match still outranks the shorter matches it contains, so that "joined Y in 2020
    # as an observer" does not fall back to "joined Y"; only then is it dropped. So does one
    # with a date it cannot attach: "joined Y in 2015 and 2012" does not fall back either.
    return [fact for fact in _keep_maximal(candidates, sentence_start, doc) if not fact.hedged]


def _states_something(fact: Fact) -> bool:
    """Whether a match links at least two things: "O has" (every optional part of "O has N
    staff" left out) names O alone and says nothing."""
    return len(set(fact.roles) | set(fact.defaults) | set(fact.consts)) >= 2


def _matches(doc, rules: RelationRules):
    """Run only the rules whose required words and slot types the sentence has (much faster)."""
    present = {token.norm_ for token in doc}
    present |= {kind for token in doc for kind in token._.kz_kinds.split("|") if kind}
    for matcher, needs in rules.matchers.values():
        if all(options & present for _, options in needs):
            yield from matcher(doc, with_alignments=True)


def merged_doc_for(sentence_text: str, sentence_start: int, mentions: list[Mention]):
    """The merged Doc of one sentence given its own text."""
    register_extensions()
    doc = pipeline().make_doc(sentence_text)
    spans = []
    for index, mention in enumerate(mentions):
        local_start, local_end = mention.start - sentence_start, mention.end - sentence_start
        span = doc.char_span(local_start, local_end, alignment_mode="expand")
        if span is not None:
            span = _with_trailing_space(doc, span)
        if span is not None and all(span.end <= s.start or span.start >= s.end for s, _ in spans):
            spans.append((span, index))
    with doc.retokenize() as retokenizer:
        # a stray space token ("a\u00a0 Conference") joins the word before it, keeping its NORM
        for token in doc[1:]:
            previous = doc[token.i - 1]
            if (
                token.is_space
                and not previous.is_space
                and not _inside(previous.i, spans)
                and not _inside(token.i, spans)
            ):
                retokenizer.merge(doc[token.i - 1 : token.i + 1], attrs={"NORM": previous.norm_})
        for span, index in spans:
            mention = mentions[index]
            retokenizer.merge(span, attrs={"_": {
                "kz_kinds": "|" + "|".join(mention.kinds) + "|",
                "kz_group": bool(mention.members) and len(mention.entities) > 1,
                "kz_actor": bool(set(mention.kinds) & _ACTOR_KINDS),
                "kz_mention": index,
            }})  # fmt: skip
    return doc


def _with_trailing_space(doc, span):
    """A mention's span stretched over the space tokens after it: a masked citation marker
    ("Kazakhstan[3] joined") must not stand between a name and the rest of its pattern."""
    end = span.end
    while end < len(doc) and doc[end].is_space:
        end += 1
    return doc[span.start : end]


def _is_light(token) -> bool:
    """Whether a "~" gap may pass over ``token`` (see _LIGHT_WORDS)."""
    if token._.kz_mention >= 0:
        return not token._.kz_actor
    if token.is_punct:
        return token.text not in {".", ";", "!", "?"}
    neighbours = [token.doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(token.doc)]
    hyphenated = any(neighbour.text in {"-", "–"} for neighbour in neighbours)
    return token.lower_ in _LIGHT_WORDS or token.text[:1].isupper() or hyphenated


def _inside(index: int, spans: list) -> bool:
    return any(span.start <= index < span.end for span, _ in spans)


def _fact_from_match(doc, begin, finish, alignment, compiled, record, mentions) -> Fact | None:
    for gap, limit in compiled.gaps.items():
        if alignment.count(gap) > limit:
            return None
    if finish < len(doc) and doc[finish].norm_ in record.get("not_before", []):
        return None  # "joined NATO's programme" is not "joined NATO"
    if finish < len(doc) and _has_kind(doc[finish], record.get("not_before_class", [])):
        return None  # "X, President of Poland Andrzej Duda": the title is the next person's
    if _modifies_what_follows(doc, finish):
        return None
    if _word_before(doc, begin) in record.get("not_after", []):
        return None  # "Vice President of X, Y" is not X's head of state
    if _possessive_in_gap(doc, begin, alignment, compiled):
        return None  # "trade between the EU and Kazakhstan's neighbours was ..."
    subject = _leading_slot(alignment, compiled)
    slot = None if subject is None else compiled.roles[alignment[subject]]
    if slot is not None and _comma_after_subject(record["pattern"]):
        slot = None  # "{C:City} , {S:State}" reads that comma itself: no apposition closes there
    head = None if slot is None else _apposition_head(doc, begin + subject, slot)
    if head == _UNCLEAR:
        return None  # the subject sits inside an apposition whose head cannot take its role
    roles: dict[str, list[tuple[Mention, str]]] = {}
    consts = dict(record.get("consts", {}))
    for offset, slot_index in enumerate(alignment):
        slot = compiled.roles[slot_index]
        token = doc[head if offset == subject and head is not None else begin + offset]
        if slot is not None and slot[1] == "text":
            word = token.text.strip()  # a merged stray space or masked marker is no part of it
            consts[slot[0]] = f"{consts[slot[0]]} {word}" if slot[0] in consts else word
        if slot is None or not slot[0] or token._.kz_mention < 0:
            continue
        roles.setdefault(slot[0], []).append((mentions[token._.kz_mention], slot[1]))
    span = doc[begin if head is None else min(head, begin) : finish]
    defaults = dict(record.get("defaults", {}))
    return Fact(
        record["id"], record["kind"], roles, span.start_char, span.end_char, defaults, consts
    )


def _has_kind(token, classes: list[str]) -> bool:
    """Whether a merged mention token can be of one of these classes; a capitalised word no
    mention covers may be a person's name the gazetteer lacks ("... of Latvia Egils Levits")."""
    if "Person" in classes and not token._.kz_kinds and token.is_title:
        return True
    return any(f"|{cls}|" in token._.kz_kinds for cls in classes)


def _word_before(doc, begin: int) -> str:
    """The lowercased word before a match, looking past a "the" the slot may have left out
    ("firms from the United States" is "from", whether or not the match took "the")."""
    before = begin - 1
    if before > 0 and doc[before].lower_ == "the":
        before -= 1
    return doc[before].lower_ if before >= 0 else ""


def _possessive_in_gap(doc, begin: int, alignment: list[int], compiled: CompiledPattern) -> bool:
    """Whether a slot's mention is followed by a possessive that a gap passes over: the mention
    then only qualifies the noun after it ("Kazakhstan's neighbours")."""
    return any(
        compiled.roles[alignment[offset]] is not None
        and doc[begin + offset + 1].text in _POSSESSIVE
        and alignment[offset + 1] in compiled.gaps
        for offset in range(len(alignment) - 1)
    )


def _unattached_date(doc, begin, finish, alignment, compiled, record) -> bool:
    """Whether the match gives a date that may be another subject's ("X and Y joined O in 2015
    and 2012") or leaves out the date after it ("visited P at the invitation of I in 2019")."""
    if _date_list_follows(doc, begin, alignment, compiled):
        return True
    if "invitation of" in record["pattern"] and _inviter_left_out(doc, finish, alignment, compiled):
        return True
    introducers = _date_introducers(record["pattern"])
    return _date_left_out(doc, finish, alignment, compiled, introducers)


@cache
def _date_introducers(pattern: str) -> frozenset:
    """The words a rule puts before its dates ("in|since {D:Date}" gives "in", "since")."""
    words = pattern.replace("[", " ").replace("]", " ").split()
    return frozenset(
        option.lower() for before, word in itertools.pairwise(words)
        if word.endswith(":Date}") for option in before.rstrip("?").split("|")
    )  # fmt: skip


def _date_list_follows(doc, begin: int, alignment: list[int], compiled: CompiledPattern) -> bool:
    """Whether a date the match takes is followed by "and" / "or" / a comma and another date:
    the match would give one node a date that may belong to another subject."""
    for offset, index in enumerate(alignment):
        slot = compiled.roles[index]
        if slot is None or slot[1] != "Date":
            continue
        after = [doc[i] for i in range(begin + offset + 1, min(begin + offset + 4, len(doc)))]
        words = [t for t in after if t.lower_ not in {"and", "or", ",", "the"}]
        linked = len(words) < len(after)
        if linked and words and "|Date|" in words[0]._.kz_kinds:
            return True
    return False


def _inviter_left_out(doc, finish: int, alignment: list[int], compiled: CompiledPattern) -> bool:
    """Whether a visit that took no inviter is followed by "at the invitation of" someone the
    rule cannot name ("of his Chinese counterpart"): the node would lack its inviter."""
    if any(compiled.roles[i] is not None and compiled.roles[i][0] == "I" for i in alignment):
        return False
    following = [token.lower_ for token in doc[finish : finish + 4]]
    return "invitation" in following


@cache
def _comma_after_subject(pattern: str) -> bool:
    """Whether a rule spells out a comma (not an optional ",?") right after its first slot."""
    words = pattern.replace("[", " [ ").replace("]", " ] ").split()
    first = next((i for i, word in enumerate(words) if _SLOT.match(word)), None)
    return first is not None and words[first + 1 : first + 2] == [","]


def _date_left_out(
    doc, finish: int, alignment: list[int], compiled: CompiledPattern, introducers: frozenset
) -> bool:
    """Whether a match that took no date is followed by a date the rule would take ("in 2019"
    after "at the invitation of I"): its node would lack the date the sentence gives it. A
    date the rule never takes ("invested $9bn since 1992": no year) leaves it whole."""
    if any(compiled.roles[i] is not None and compiled.roles[i][1] == "Date" for i in alignment):
        return False
    if finish + 1 >= len(doc) or doc[finish].lower_ not in introducers:
        return False
    return "|Date|" in doc[finish + 1]._.kz_kinds


def _attach_late_date(doc, begin, finish, alignment, compiled, record, fact, mentions) -> bool:
    """Give a match that took no date the date its rule takes after it, past an apposition or
    a place phrase: "admitted to O, the predecessor of P, on D" is dated D. True when such a
    date is there but cannot be attached ("on D1 and D2"): the node would lack it."""
    if any(compiled.roles[i] is not None and compiled.roles[i][1] == "Date" for i in alignment):
        return False
    early = _leading_date_role(record["pattern"])
    found = _date_before_apposition(doc, begin)
    introducers = _date_introducers(record["pattern"])
    if early is not None and found is not None and found[0] == _UNCLEAR_DATE:
        return True
    if early is not None and found is not None and found[0] in introducers:
        _add_date(doc, fact, early, found[1], mentions)
        return False
    role, introducers = _trailing_date_role(record["pattern"]), _date_introducers(record["pattern"])
    found = _date_past_phrase(doc, finish)
    if found is None and record["kind"] == "co-founding":
        # the organisation's own founding date is its founders' start date (design.md's "D")
        found, role, introducers = _founding_date_after(doc, finish), role or "D", {"in", "on"}
    if role is None or found is None:
        return False
    introducer, date = found
    if introducer not in introducers:
        return False  # "invested $9bn in X, the ..., since 1992": a date the rule never takes
    if _date_list_after(doc, date):
        return True  # "on D1 and D2": whose date?
    _add_date(doc, fact, role, date, mentions)
    return False


def _add_date(doc, fact, role: str, date: int, mentions) -> None:
    """Fill ``role`` with the date at ``date`` and stretch the fact's span over it."""
    fact.roles.setdefault(role, []).append((mentions[doc[date]._.kz_mention], "Date"))
    fact.start = min(fact.start, doc[date - 1].idx)
    fact.end = max(fact.end, doc[date].idx + len(doc[date].text.rstrip()))


@cache
def _leading_date_role(pattern: str) -> str | None:
    """The role of the optional date a pattern opens with ("[in|on {D:Date} ,?] ..." gives D)."""
    match = re.match(r"\[[\w|]+ \{(\w+):Date\}", pattern.strip())
    return match.group(1) if match else None


def _date_before_apposition(doc, begin: int) -> tuple[str, int] | None:
    """A date opening the sentence before a noun apposition right before the match ("On D,
    the tenth anniversary of X, A and B signed ..."): its introducer and index."""
    if begin < 5 or doc[begin - 1].text != ",":
        return None
    before = range(begin - 2, max(begin - 14, 0), -1)
    opening = next((i for i in before if doc[i].text == ","), None)
    if opening != 2 or doc[opening + 1].lower_ not in _NOUN_APPOSITION | _PHRASE_ENDS:
        return None  # only "On D, <apposition>, ..." at the sentence's start
    found = _date_at(doc, 0)
    if found is not None and not _plain_phrase(doc[opening + 1 : begin - 1]):
        return _UNCLEAR_DATE, found[1]  # "On D, which was ..., A and B signed": not clear
    return found


@cache
def _trailing_date_role(pattern: str) -> str | None:
    """The role of the optional date a pattern ends with ("... [in|on {D:Date}]" gives D)."""
    match = re.search(r"\{(\w+):Date\}\]$", pattern.strip())
    return match.group(1) if match else None


def _date_past_phrase(doc, finish: int) -> tuple[str, int] | None:
    """The introducer and index of a date right after a noun apposition or a short place
    phrase that follows the match; None if none follows or a new clause comes first."""
    start = finish + 1
    if start + 1 < len(doc) and doc[finish].text == "," and doc[start].lower_ in _NOUN_APPOSITION:
        ends = range(start, min(start + 12, len(doc)))
        closing = next((i for i in ends if doc[i].text == ","), None)
        if closing is None or not _plain_phrase(doc[start:closing]):
            return None
        return _date_at(doc, closing + 1)
    place = finish < len(doc) and doc[finish].lower_ in _PLACE_PREPOSITIONS
    if place and not _date_at(doc, finish):
        for i in range(start, min(start + 9, len(doc))):
            if _date_at(doc, i):
                return _date_at(doc, i)
            if not _plain_phrase(doc[i : i + 1]):
                return None
    return None


def _founding_date_after(doc, finish: int) -> tuple[str, int] | None:
    """The date of a founded organisation's own founding clause right after it (", which came
    into being on D", ", established in D"): the founders' start date."""
    if finish >= len(doc) or doc[finish].text != ",":
        return None
    for end in range(finish + 2, min(finish + 6, len(doc))):
        words = {token.lower_ for token in doc[finish + 1 : end]}
        if words <= _FOUNDING_WORDS and words & _FOUNDING_VERBS and _date_at(doc, end):
            return _date_at(doc, end)
    return None


def _plain_phrase(tokens) -> bool:
    """Whether tokens hold no date, no punctuation and no word opening a new clause."""
    return not any(
        "|Date|" in t._.kz_kinds or t.is_punct or t.lower_ in _PHRASE_ENDS or t.lower_[-2:] == "ed"
        for t in tokens
    )


def _date_at(doc, index: int) -> tuple[str, int] | None:
    """(introducer, date index) when ``doc[index]`` is a preposition followed by a date."""
    if index + 1 < len(doc) and doc[index].is_alpha and "|Date|" in doc[index + 1]._.kz_kinds:
        return doc[index].lower_, index + 1
    return None


def _date_list_after(doc, date: int) -> bool:
    """Whether another date follows this one after "and" / "or" / a comma."""
    window = doc[date + 1 : date + 4]
    after = [t for t in window if t.lower_ not in {"and", "or", ",", "the"}]
    return bool(after) and "|Date|" in after[0]._.kz_kinds and len(after) < len(window)


def _leading_slot(alignment: list[int], compiled: CompiledPattern) -> int | None:
    """The offset in the match of its first role slot when only spelled-out words ("the")
    come before it: the subject of the clause the match starts."""
    for offset, index in enumerate(alignment):
        if index in compiled.gaps:
            return None
        slot = compiled.roles[index]
        if slot is not None:
            return offset if slot[0] and slot[1] != "text" else None
    return None


def _apposition_head(doc, begin: int, first_slot: tuple[str, str]) -> int | None:
    """Where the subject at ``begin`` sits inside an apposition or relative clause ("O, the
    successor of P, was founded", "O, which replaced P, joined"): the index of the head O that
    takes P's role, or _UNCLEAR when O cannot; None when the subject is not inside one."""
    if doc[begin]._.kz_mention < 0:
        return None
    if begin + 1 >= len(doc) or doc[begin + 1].text != ",":
        return None  # no closing comma: P is the main clause's own subject
    opening = next((i for i in range(begin - 1, 0, -1) if doc[i].text == ","), None)
    if opening is None:
        return None
    # the first word after the opening comma, inside a merged mention too ("the Shanghai Five")
    opener, head = doc[opening + 1].lower_.split()[0], doc[opening - 1]
    if not (opener in _APPOSITION_OPENERS or opener.endswith("ed")):
        return None  # "In 2001, P, ..." has no apposition around P
    if head._.kz_mention < 0 or not head._.kz_actor:
        return None  # "After long talks, the ..., P, ...": no named head to attach to
    fits = any(f"|{kind}|" in head._.kz_kinds for kind in first_slot[1].split("|"))
    same_arity = head._.kz_group == doc[begin]._.kz_group
    return head.i if fits and same_arity else _UNCLEAR


def _modifies_what_follows(doc, finish: int) -> bool:
    """Whether the match's last mention only qualifies the words after it: "established the
    EAEU's court", "the capital of Kazakh culture" name neither the EAEU nor Kazakhstan."""
    from kzgraph.gazetteer import default_gazetteer

    if finish >= len(doc) or finish == 0 or doc[finish - 1]._.kz_mention < 0:
        return False
    last, following = doc[finish - 1], doc[finish]
    if following.text in _POSSESSIVE:
        # "invested in Kazakhstan's mining sector" still places it in Kazakhstan
        return finish < 2 or doc[finish - 2].lower_ not in {"in", "into", "at"}
    if not (following.is_alpha and following.is_lower):
        return False
    if last.text in default_gazetteer().demonyms:
        return True
    # only after "the": an organisation named as a subject may be followed by its verb
    # ("the field, which BP develops ...")
    determined = doc[finish - 2].lower_ == "the" if finish >= 2 else False
    return (
        determined and _names_organisation_only(last) and not _continues_clause(following.lower_)
    )


def _names_organisation_only(token) -> bool:
    """Whether a merged mention can only be an organisation (not also a state or a place)."""
    kinds = token._.kz_kinds
    return "|Organisation|" in kinds and not any(
        f"|{kind}|" in kinds for kind in ("State", "Place", "Person", "Language")
    )


def _continues_clause(word: str) -> bool:
    """Whether a lowercase word after an organisation carries on the clause ("joined the WTO
    in 2015", "the CSCE held in Helsinki") rather than taking it as a modifier ("the SCO
    summit"). An adverb ("formally") does not: a date after it would be left out of the match."""
    return word in _CLAUSE_WORDS or word.endswith("ed")


def _signature(fact: Fact) -> frozenset:
    return frozenset(
        (role, id(mention)) for role, fillers in fact.roles.items() for mention, _ in fillers
    )


def _keep_maximal(candidates: list, sentence_start: int, doc) -> list[Fact]:
    """Per kind, drop matches whose fillers another match of that kind includes; then dedupe."""
    kept: dict[tuple, Fact] = {}
    for fact, signature in candidates:
        if any(
            other.kind == fact.kind and signature < other_signature
            for other, other_signature in candidates
        ):
            continue
        key = (fact.kind, signature)
        best = kept.get(key)
        if best is None or (fact.end - fact.start, fact.rule) < (best.end - best.start, best.rule):
            kept[key] = fact
    facts = sorted(kept.values(), key=lambda f: (f.start, f.end, f.rule))
    for fact in facts:
        fact.start += sentence_start
        fact.end += sentence_start
    return facts
