"""The relation-rule DSL: data/relations.jsonl compiled to spaCy Matcher patterns, loaded once.

A rule's pattern is a compact DSL over the sentence's tokens after every mention has been
merged into one token (a coordination "X, Y and Z" is one token too):

- ``{S:State}`` a slot: a mention that can be a State, filling role ``S``;
  ``{S:State/1}`` only a single entity, ``{S:State/2}`` only a group; ``{:City}`` no role;
  ``{S:State!Language/1}`` a State mention that cannot also be a Language ("Russian");
- ``signed`` a word (any case); ``formed|established`` alternatives; ``the?`` optional;
- ``...`` up to 6 tokens that are not actors (states, organisations, people, places), not
  a full stop; ``...12`` up to 12;
- ``*4`` up to 4 tokens of any kind (actors too), not a full stop;
- ``...4!a|b`` (or ``*4!a|b``, ``~4!a|b``, ``...4!@lexicon:ID``) such a gap that holds none of
  the words after ``!`` ("the trade between A and B ...4!@lexicon:part-year-words was M": a
  gap that says "in the first half" makes M no year's figure);
- ``~12`` up to 12 tokens that are non-actor mentions (treaties, dates), punctuation other than
  a full stop, capitalised or hyphenated words, or little words (``_LIGHT_WORDS``);
- ``[ ... ]`` an optional part (the rule also matches without it);
- ``^trade`` a word that must open the sentence;
- ``@lexicon:ID`` a named word list of data/lexicon.jsonl as alternatives, alone or among
  spelled ones (``long|length|@lexicon:border-rule-punctuation``): replaced by its words joined
  by ``|`` when the rules load, so every reader of the pattern sees the words; the phrases
  of ``not_before`` and ``not_after`` are expanded the same way, and such an item that is one
  ``@lexicon:ID`` alone naming a list of phrases stands for each phrase (their own
  ``@lexicon:ID`` references spelled the same way).

The same role may appear twice ("{S:State} signed ... along with {S:State}"): its fillers add up.

relations.extract_relations applies the compiled rules to a sentence.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from kzgraph import lexicon
from kzgraph.errors import RuleFileError
from kzgraph.gazetteer import read_jsonl
from kzgraph.hedges import Hedges, default_hedges
from kzgraph.lexicon import expand_lexicon_references
from kzgraph.resources import rules_dir
from kzgraph.sentences import pipeline

SLOT = re.compile(
    r"^\{(?P<role>[A-Za-z]\w*)?:(?P<type>[A-Za-z|-]+)(?:!(?P<unless>[A-Za-z]+))?"
    r"(?:/(?P<arity>[12]))?\}$"
)
_GAP = re.compile(r"^(?P<kind>\.\.\.|\*|~)(?P<size>\d+)?(?:!(?P<unless>[^\s!]+))?$")
# What a "~" gap may pass over besides non-actor mentions, punctuation and capitalised or
# hyphenated words: the little words between a verb and its object ("signed their first ...
# agreement in 1994, and their second ...", "joined the trans-Caucasian ... pipeline"). A
# content word ("signed a statement criticising the X Treaty", "joined talks on the X
# Pipeline") ends the gap, because the object is then that word, not the later mention.
_LIGHT_WORDS = lexicon.words("gap-light-words")
POSSESSIVE = ["'s", "’s", "'", "’"]
OPTIONAL_THE = {"NORM": "the", "OP": "?"}  # what the compiler puts before every typed slot

_ORDINAL = (
    r"^(\d+(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
    r"|eleventh|twelfth|newest|latest|last)$"
)


@dataclass(frozen=True)
class PatternDates:
    """What a rule's pattern text says about its dates and subject, read once at compile time
    (relation_dates and relations consult it at every match)."""

    introducers: frozenset = frozenset()  # the words before its dates: "in|since {D:Date}"
    leading_role: str | None = None  # the role of an optional date it opens with
    trailing_role: str | None = None  # the role of an optional date it ends with
    comma_after_subject: bool = False  # "{C:City} , {S:State}": the comma is the rule's own
    names_inviter: bool = False  # it reads "at the invitation of {I:...}"


@dataclass
class CompiledPattern:
    """One Matcher pattern of a rule: which pattern token fills which role, of which type."""

    rule_id: str
    roles: list[tuple[str, str] | None]  # per pattern token: (role, type) or None
    gaps: dict[int, int] = field(default_factory=dict)  # pattern token -> most tokens it may take
    specs: list[dict] = field(default_factory=list)  # the Matcher token specs (gapping reads them)
    dates: PatternDates = field(default_factory=PatternDates)  # shared by a rule's variants


@dataclass
class RelationRules:
    """All relation rules: a Matcher per rule with what a sentence must hold for it to match,
    the compiled patterns by match key, and each rule's record."""

    matchers: dict[str, tuple[object, list[tuple[str, frozenset]]]]
    patterns: dict[str, CompiledPattern]
    rules: dict[str, dict]
    hedges: Hedges = field(default_factory=Hedges)
    variants: dict[str, list[CompiledPattern]] = field(default_factory=dict)  # by rule id
    indexes: dict = field(default_factory=dict)  # lookups other stages build once (gapping)


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
    slot = SLOT.match(word)
    if slot and slot["type"][0].islower():  # {W:member} captures the word itself as W's text
        options = slot["type"].split("|")
        return {"NORM": {"IN": options}}, (slot["role"] or "", "text")
    if slot:
        kinds = rf"\|{slot['type']}\|"
        if slot["unless"]:  # {S:State!Language}: "in Russian" is the language, no state
            kinds = rf"^(?!.*\|{slot['unless']}\|).*{kinds}"
        spec: dict = {"_": {"kz_kinds": {"REGEX": kinds}}}
        if slot["arity"]:
            spec["_"]["kz_group"] = slot["arity"] == "2"
        return spec, ((slot["role"] or "", slot["type"]))
    gap = _GAP.match(word)
    if gap:
        size = int(gap["size"] or 6)
        spec = {"ORTH": {"NOT_IN": [".", ";", "!", "?"]}}
        if gap["unless"]:  # "...4!half|quarter": a gap that holds none of these words
            spec["NORM"] = {"NOT_IN": gap["unless"].lower().split("|")}
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
    options = [w for o in word.split("|") for w in (POSSESSIVE if o == "'s" else [o.lower()])]
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


def pattern_words(pattern: str) -> list[str]:
    """A pattern's DSL words, with "[" and "]" as words of their own."""
    return pattern.replace("[", " [ ").replace("]", " ] ").split()


def _compile_rule(record: dict, path: Path, line: int) -> tuple[list, list]:
    """A rule's (Matcher specs, CompiledPattern) per variant, and what every match needs."""
    words = pattern_words(record["pattern"])
    for word in words:
        slot = SLOT.match(word)
        if slot and slot["type"][0].isupper() and "|" in slot["type"]:
            # a slot's class is one class; its matches and requirements would never meet
            raise RuleFileError(
                path, line, f"one class per slot, not {slot['type']!r}: write one rule per class"
            )
    try:
        variants = _split_optional(words)
    except ValueError as error:
        raise RuleFileError(path, line, f"bad pattern: {error}") from error
    dates = pattern_dates(record["pattern"], words)
    compiled = []
    for variant in variants:
        if not variant:  # spaCy's Matcher refuses an empty pattern (E012)
            raise RuleFileError(
                path,
                line,
                "bad pattern: a variant without any of its "
                "[optional] parts is empty; make one part required",
            )
        specs, roles = [], []
        for word in variant:
            spec, role = compile_word(word)
            if role is not None and role[1][0].isupper():
                specs.append(dict(OPTIONAL_THE))  # "with the United States"
                roles.append(None)
            specs.append(dict(spec))
            roles.append(role)
        gaps = {i: spec.pop("GAP") for i, spec in enumerate(specs) if "GAP" in spec}
        kept = [dict(spec) for spec in specs]
        _gaps_stop_at_first_filler(specs, roles, gaps)
        compiled.append((specs, CompiledPattern(record["id"], list(roles), gaps, kept, dates)))
    # the variant without any optional part: what every match needs
    return compiled, requirements(variants[-1])


#: VISIT22B/EVENT23: the roles whose filler is the first mention of its class past the gap
#: before it ("at the invitation of *7 {I:Person}": the first person named is the inviter)
_FIRST_FILLER_ROLES = lexicon.words("visit22b-first-filler-roles")


def _gaps_stop_at_first_filler(specs: list[dict], roles: list, gaps: dict[int, int]) -> None:
    """Make the gap right before a slot of a role lexicon visit22b-first-filler-roles names (past
    the slot's optional "the") pass over no mention of that slot's class, in the Matcher's specs
    only: the Matcher then aligns the slot with the first such mention. "At the invitation of X,
    who had received Y, Z visited P" has X invite, and its one alignment per span can no longer
    be the one giving Y the role (which was refused, leaving the visit without its inviter)."""
    for index, role in enumerate(roles):
        if role is None or role[0] not in _FIRST_FILLER_ROLES or role[1] == "text":
            continue
        before = index - 2 if index > 0 and specs[index - 1] == OPTIONAL_THE else index - 1
        if before in gaps:
            unless = {"REGEX": rf"^(?!.*\|{role[1]}\|)"}
            specs[before] = specs[before] | {"_": specs[before].get("_", {}) | {"kz_kinds": unless}}


def pattern_dates(pattern: str, words: list[str] | None = None) -> PatternDates:
    """What a pattern says about its dates and subject (see PatternDates).

    >>> dates = pattern_dates("[on {D:Date} ,?] {S:State} joined {O:Organisation} [since {E:Date}]")
    >>> sorted(dates.introducers), dates.leading_role, dates.trailing_role
    (['on', 'since'], 'D', 'E')
    >>> pattern_dates("{S:State} signed {T:Treaty} [on {D:Date}] [with {S:State}]").trailing_role
    'D'
    """
    words = words if words is not None else pattern_words(pattern)
    plain = [word for word in words if word not in ("[", "]")]
    introducers = frozenset(
        option.lower() for before, word in itertools.pairwise(plain)
        if word.endswith(":Date}") for option in before.rstrip("?").split("|")
    )  # fmt: skip
    leading = re.match(r"\[[\w|]+ \{(\w+):Date\}", pattern.strip())
    # the last optional date, past only optional groups after it ("... [on {D:Date}] [...12
    # along with {S:State}]"): a match that stops before it may still be dated past a phrase
    trailing = re.search(r"\{(\w+):Date\}\](?:\s*\[[^\[\]]*\])*$", pattern.strip())
    first = next((i for i, word in enumerate(words) if SLOT.match(word)), None)
    return PatternDates(
        introducers,
        leading.group(1) if leading else None,
        trailing.group(1) if trailing else None,
        first is not None and words[first + 1 : first + 2] == [","],
        "invitation of" in pattern,
    )


def comma_after_subject(pattern: str) -> bool:
    """Whether a rule spells out a comma (not an optional ",?") right after its first slot."""
    return pattern_dates(pattern).comma_after_subject


def _guard_phrases(item: str, path: Path, line: int) -> list[str]:
    """A ``not_before`` or ``not_after`` item's phrases. An item that is one "@lexicon:ID" alone
    whose list holds phrases (words with spaces or slots: the time phrases every count rule
    refuses) stands for each of them, their own references spelled; any other has its
    references spelled as a pattern word's.

    >>> _guard_phrases("@lexicon:count-time-phrases-after", Path("r"), 1)[-1]
    'when it was'
    >>> _guard_phrases("@lexicon:fix18b-visit-plan-phrases-after", Path("r"), 1)[0]
    'next|tomorrow|later|soon|upcoming|forthcoming'
    >>> _guard_phrases("long|@lexicon:border-rule-punctuation", Path("r"), 1)
    ['long|,|.|;|(']
    """
    whole = lexicon.LEXICON_REFERENCE.fullmatch(item)
    try:
        listed = lexicon.phrases(whole[1]) if whole else ()
    except RuleFileError:
        listed = ()  # an unknown list: expand_lexicon_references names the rule's line
    if any(" " in phrase or "{" in phrase for phrase in listed):
        return [expand_lexicon_references(phrase, path, line) for phrase in listed]
    return [expand_lexicon_references(item, path, line)]


def load_relation_rules(path: Path | None = None, schema: dict | None = None) -> RelationRules:
    """Read and compile the relation rules; RuleFileError names a broken line."""
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
        record["pattern"] = expand_lexicon_references(record["pattern"], path, line)
        for key in ("not_before", "not_after"):  # their phrases name lists the same way
            if key in record:
                record[key] = [p for item in record[key] for p in _guard_phrases(item, path, line)]
        rules[record["id"]] = record
        variants, needs = _compile_rule(record, path, line)
        _check_nearest(record, variants, path, line)
        keyed = []
        for number, (specs, compiled) in enumerate(variants):
            key = f"{record['id']}#{number}"
            keyed.append((key, specs))
            patterns[key] = compiled
        matchers[record["id"]] = (LazyMatcher(keyed, path, line), needs)
    variants: dict[str, list[CompiledPattern]] = {}
    for compiled in patterns.values():
        variants.setdefault(compiled.rule_id, []).append(compiled)
    return RelationRules(matchers, patterns, rules, default_hedges(), variants)


class LazyMatcher:
    """One rule's spaCy Matcher, built on its first call: Matcher.add was most of the rules'
    start-up (about 0.5 of 0.8 s for 890 rules), and a rule is only called for a sentence that
    holds its words in their order (relations._matches): the sample's 2 texts build 44 of the
    890, the 115 development texts 638. Called like the Matcher.

    _compile_rule refuses at load what the Matcher would refuse (an empty variant); should the
    Matcher still refuse a pattern, it is reported (RuleFileError, its file and line) when the
    rule is first called."""

    __slots__ = ("_matcher", "_patterns", "_where")

    def __init__(self, patterns: list[tuple[str, list[dict]]], path: Path, line: int):
        self._patterns = patterns  # (match key, token specs as _compile_rule made them)
        self._where = (path, line)
        self._matcher = None

    def __call__(self, doc, **options):
        if self._matcher is None:
            self._matcher = self._build()
        return self._matcher(doc, **options)

    def _build(self):
        from spacy.matcher import Matcher

        matcher = Matcher(pipeline().vocab, validate=False)  # the DSL makes valid patterns
        for key, specs in self._patterns:
            try:
                matcher.add(key, [[matcher_spec(spec) for spec in specs]])
            except (ValueError, TypeError) as error:
                raise RuleFileError(*self._where, f"bad pattern: {error}") from error
        return matcher


# The Matcher reads these token attributes, which a blank pipeline leaves empty, instead of the
# extensions kz_kinds, kz_group and kz_actor a pattern spec names: spaCy reads every extension a
# Matcher's patterns name for every token on every call, a native attribute in C.
_NATIVE_KINDS, _NATIVE_GROUP, _NATIVE_ACTOR = "TAG", "ENT_ID", "ENT_KB_ID"
_GROUP, _SINGLE, _ACTOR = "kz-group", "kz-single", "kz-actor"


def matcher_spec(spec: dict) -> dict:
    """A compiled token spec as the Matcher gets it: its tests of kz_kinds, kz_group and kz_actor
    on the native attributes merged_attrs sets (a kz_group test comes only with a kz_kinds one,
    so it is only ever asked of a merged mention).

    >>> matcher_spec(compile_word("{S:State/1}")[0])
    {'TAG': {'REGEX': '\\\\|State\\\\|'}, 'ENT_ID': 'kz-single'}
    >>> matcher_spec(compile_word("...")[0])["ENT_KB_ID"]
    ''
    """
    extensions = dict(spec.get("_", {}))
    native = {key: value for key, value in spec.items() if key != "_"}
    if "kz_kinds" in extensions:
        native[_NATIVE_KINDS] = extensions.pop("kz_kinds")
    if "kz_group" in extensions and "kz_kinds" in spec["_"]:
        native[_NATIVE_GROUP] = _GROUP if extensions.pop("kz_group") else _SINGLE
    if extensions.get("kz_actor") is False:
        extensions.pop("kz_actor")
        native[_NATIVE_ACTOR] = ""  # no actor: the attribute left empty
    return native | ({"_": extensions} if extensions else {})


def merged_attrs(kinds: tuple[str, ...], group: bool, actor: bool, mention: int) -> dict:
    """The attributes of a mention's merged token: the kz_ extensions and, for the Matcher, the
    native attributes matcher_spec tests instead."""
    kinds_text = "|" + "|".join(kinds) + "|"
    attrs = {
        "_": {"kz_kinds": kinds_text, "kz_group": group, "kz_actor": actor, "kz_mention": mention},
        _NATIVE_KINDS: kinds_text,
        _NATIVE_GROUP: _GROUP if group else _SINGLE,
    }
    return attrs | ({_NATIVE_ACTOR: _ACTOR} if actor else {})


def _check_nearest(record: dict, variants, path: Path, line: int) -> None:
    """A rule's "nearest" names roles its pattern fills (see relations._fact_from_match)."""
    roles = {slot[0] for _, compiled in variants for slot in compiled.roles if slot}
    nearest = record.get("nearest", [])
    if not isinstance(nearest, list) or not all(role in roles for role in nearest):
        raise RuleFileError(path, line, f"nearest must list roles of the pattern, not {nearest!r}")


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


def _is_light(token) -> bool:
    """Whether a "~" gap may pass over ``token`` (see _LIGHT_WORDS)."""
    if token._.kz_mention >= 0:
        return not token._.kz_actor
    if token.is_punct:
        return token.text not in {".", ";", "!", "?"}
    neighbours = [token.doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(token.doc)]
    hyphenated = any(neighbour.text in {"-", "–"} for neighbour in neighbours)
    return token.lower_ in _LIGHT_WORDS or token.text[:1].isupper() or hyphenated
