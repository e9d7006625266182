"""Find entity, reference and value mentions in a sentence.

Gazetteer names are matched with spaCy PhraseMatchers (exact case; long names also in any
case; a state's or organisation's short name also in a sentence written in capitals, "EGYPT"),
typed unknown names and reference phrases with Matchers built from data/names.jsonl and
data/references.jsonl (where such a name ends: name_bounds), values with values.find_values.
Overlaps are resolved longest-first.
"""

from __future__ import annotations

import datetime
import itertools
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from kzgraph import lexicon
from kzgraph.errors import RuleFileError
from kzgraph.gazetteer import Gazetteer, default_gazetteer, read_jsonl
from kzgraph.listed_companies import listed_companies
from kzgraph.name_bounds import (
    ARTICLES,
    CONNECTORS,
    MAX_NAME_WORDS,
    NAME_STOP,
    NAME_WORD,
    PARTICLES,
    TREATY_HEADS,
    after_attached_hyphen,
    coordinated_heads,
    cut_at_hyphen,
    cut_before_complement,
    goes_on_past,
    kept_tokens,
    list_after,
    name_words,
    purpose_after,
    purpose_titles,
    spells_acronym,
    tail_fits,
    topic_after,
)
from kzgraph.resources import rules_dir
from kzgraph.sentences import pipeline
from kzgraph.values import MONTH_NAMES, Value, find_values

if TYPE_CHECKING:
    from spacy.matcher import Matcher, PhraseMatcher

_INNER_STOP = [word for word in NAME_STOP if word not in CONNECTORS]
#: What each kind of {"NAME": ...} placeholder allows inside a name besides capitalised words.
_INNER_WORDS = {
    "of": CONNECTORS, "and": {"and"}, "of-and": CONNECTORS | {"and"}, "person": PARTICLES,
}  # fmt: skip
#: Source priority when two candidate mentions cover the same characters (lower wins).
_PRIORITY = {"gazetteer": 0, "name": 1, "unnamed": 2, "reference": 3, "value": 4}
# letters, or letters then digits ("(V4)", "(G20)", "(C5)": FP11B)
_ACRONYM_AFTER = re.compile(r"\s*\(\s*([A-Z](?:[A-Za-z&]*[A-Z]|[A-Za-z&]*[0-9]{1,2})\+?)\s*\)")


@dataclass
class Mention:
    """A stretch [start, end) of document text that names something a relation slot can hold."""

    start: int
    end: int
    kinds: tuple[str, ...]
    source: str  # "gazetteer", "name", "unnamed", "reference", "value", "group", "acronym",
    # "surname" (the last two: a short form of a name the document gave in full earlier)
    keys: tuple[str, ...] = ()  # candidate gazetteer keys
    rule: str | None = None  # the names/references rule that found it
    label: str | None = None  # label of a typed unknown name or unnamed treaty
    cls: str | None = None  # class of a typed unknown name or unnamed treaty
    value: Value | None = None
    acronym: str | None = None  # acronym defined in brackets right after the name
    members: list[Mention] = field(default_factory=list)  # a coordination group's members
    entities: list = field(default_factory=list)  # linked entities (linking, references)


@dataclass
class NameRule:
    """A compiled names/references rule: its id, class or strategy, and excluded pattern slots."""

    id: str
    cls: str | None
    refers_to: str | None
    unnamed: bool
    excluded: list[bool]
    matcher: Matcher | None = None  # a Matcher holding this rule only
    triggers: frozenset | None = None  # a sentence needs one of these words (lowercase) to match
    ends_known: bool = False  # the name's words after its last "the" must be a place's name
    in_tail: bool = False  # the name's words after its last "in" must continue a title
    pair_after: frozenset | None = None  # words a title's "between A and B" may follow
    list_tail: bool = False  # the name may go on with ", B and C" (unknown capitalised words)
    participle_to: bool = False  # the name's "to" follows a participle ("Oriented to the X")
    topic_tail: bool = False  # the name may go on with "in the <topic>" ("in the Field of X")
    to_known: bool = False  # the words after the name's "to" name a known organisation or treaty
    pair_first: bool = False  # "between A and B" opens the title, its topic after ("on X")
    own_and: bool = False  # the pattern's "and" joins the name's own two names ("of A and B")
    joins_names: bool = False  # a reference that joins a name's list ("our country and B")


@dataclass
class Matchers:
    """The spaCy matchers and the rules behind their match ids."""

    exact: PhraseMatcher
    anycase: PhraseMatcher
    rules: dict[str, NameRule]
    gazetteer: Gazetteer
    # the short names (under 3 words, not themselves in capitals) of states and organisations,
    # in any case: matched only in a sentence written in capitals ("EGYPT", "SOUTH KOREA")
    capitals: PhraseMatcher
    # one Matcher holding every rule's pattern (all_rules_matcher): one call a sentence
    every_rule: Matcher
    # names.jsonl's named word lists ("@NAME" -> words), which code reads too (@NOT_CITY_WORDS)
    lists: dict[str, list[str]] = field(default_factory=dict)


#: A named word list's name: "@HEAD_QUALIFIERS" in a pattern's list stands for its words.
_LIST_NAME = re.compile(r"^@[A-Z][A-Z0-9_]*$")


def _define_lists(path: Path, line: int, record: dict, lists: dict[str, list[str]]) -> None:
    """Add a ``{"id", "define": {"NAME": [words]}}`` line's word lists to ``lists``."""
    define = record["define"]
    if "pattern" in record or not isinstance(define, dict) or not define:
        raise RuleFileError(path, line, 'a "define" line holds word lists only, no pattern')
    for name, words in define.items():
        if not _LIST_NAME.match("@" + name):
            raise RuleFileError(path, line, f"bad list name {name!r}: capitals, digits and _")
        if f"@{name}" in lists:
            raise RuleFileError(path, line, f"word list {name} is defined twice")
        if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
            raise RuleFileError(path, line, f"word list {name} must be a list of strings")
        lists[f"@{name}"] = list(words)


def _expand_lists(path: Path, line: int, value, lists: dict[str, list[str]]):
    """``value`` with each "@NAME" item of its lists replaced by that named list's words, in
    place ("NOT_IN": ["@HEAD_QUALIFIERS", "'s"] is the list's words, then "'s"), and each
    "@lexicon:ID" item by the words of that list of data/lexicon.jsonl."""
    if isinstance(value, dict):
        return {key: _expand_lists(path, line, item, lists) for key, item in value.items()}
    if not isinstance(value, list):
        return value
    expanded = []
    for item in value:
        if isinstance(item, str) and _LIST_NAME.match(item):
            if item not in lists:
                raise RuleFileError(path, line, f"undefined word list {item}")
            expanded += lists[item]
        elif isinstance(item, str) and item.startswith("@lexicon:"):  # a lexicon.jsonl list
            expanded += lexicon.expand_lexicon_references(item, path, line).split("|")
        else:
            expanded.append(_expand_lists(path, line, item, lists))
    return expanded


def _compile_pattern(
    path: Path, line: int, pattern: list, lists: dict[str, list[str]] | None = None
) -> tuple[list[dict], list[bool]]:
    """Expand {"NAME": "+"} placeholders and named word lists ("@NAME", ``lists``); return the
    token pattern and which tokens are excluded."""
    tokens, excluded = [], []
    for spec in pattern:
        if not isinstance(spec, dict):
            raise RuleFileError(path, line, "pattern items must be objects")
        spec = _expand_lists(path, line, dict(spec), lists or {})
        exclude = bool(spec.pop("EXCLUDE", False))
        if "NAME" in spec:
            # {"NAME": "+"}: capitalised words and hyphens; {"NAME": "of"}: also small words
            # inside ("Convention on the Legal Status of the Caspian Sea"); "NOT_IN": words
            # this rule's name may not contain (a title is not part of a person's name)
            # {"NAME": "and"}: "and" inside ("Partnership and Cooperation Agreement")
            inner = r"|^[-–]$" + _words_regex(_INNER_WORDS.get(spec["NAME"], set()))
            banned = [word.lower() for word in spec.get("NOT_IN", [])]
            inner_stop = [w for w in _INNER_STOP if w != "and" or "and" not in spec["NAME"]]
            tokens += [
                {"TEXT": {"REGEX": NAME_WORD}, "LOWER": {"NOT_IN": NAME_STOP + banned}},
                {"_": {"kz_name_text": {"REGEX": NAME_WORD + inner}},
                 "LOWER": {"NOT_IN": inner_stop + banned}, "OP": "*"},
            ]  # fmt: skip
            excluded += [exclude, exclude]
        else:
            tokens.append(spec)
            excluded.append(exclude)
    return tokens, excluded


def _words_regex(words: set[str]) -> str:
    """The alternative a NAME token's regex adds for these inner words ("|^(of|the)$")."""
    return r"|^(" + "|".join(sorted(words)) + r")$" if words else ""


def _triggers(tokens: list[dict]) -> frozenset | None:
    """The words of a pattern's last required literal token (None if it has none)."""
    for spec in reversed(tokens):
        for key in ("ORTH", "LOWER"):
            if key in spec and "OP" not in spec:
                value = spec[key]
                words = value["IN"] if isinstance(value, dict) and "IN" in value else [value]
                if all(isinstance(w, str) for w in words):
                    return frozenset(w.lower() for w in words)
    return None


def _add_rules(path: Path, kind: str, lists: dict | None = None) -> dict[str, NameRule]:
    from spacy.matcher import Matcher

    rules, lists = {}, {} if lists is None else lists
    for line, record in read_jsonl(path, ("id",)):
        if "define" in record:  # named word lists the lines below may use ("@NAME")
            _define_lists(path, line, record, lists)
            continue
        if "pattern" not in record:
            raise RuleFileError(path, line, "missing field(s): pattern")
        tokens, excluded = _compile_pattern(path, line, record["pattern"], lists)
        matcher = Matcher(pipeline().vocab)
        try:
            matcher.add(record["id"], [tokens])
        except (ValueError, TypeError) as error:
            raise RuleFileError(path, line, f"bad pattern: {error}") from error
        rules[record["id"]] = NameRule(
            record["id"], record.get("class"), record.get("refers_to"),
            bool(record.get("unnamed")), excluded, matcher, _triggers(tokens),
            bool(record.get("ends_known")), bool(record.get("in_tail")),
            frozenset(record["pair_after"]) if record.get("pair_after") else None,
            bool(record.get("list_tail")), bool(record.get("participle_to")),
            bool(record.get("topic_tail")), bool(record.get("to_known")),
            bool(record.get("pair_first")), bool(record.get("own_and")),
            bool(record.get("joins_names")),
        )  # fmt: skip
        if kind == "names" and not record.get("class"):
            raise RuleFileError(path, line, "missing field(s): class")
    return rules


def build_matchers(gazetteer: Gazetteer, directory: Path | None = None) -> Matchers:
    """PhraseMatchers for the gazetteer's names and a Matcher for the names/references rules."""
    from spacy.matcher import PhraseMatcher

    directory = directory or rules_dir()
    nlp = pipeline()
    _register_name_text()
    exact, anycase = PhraseMatcher(nlp.vocab), PhraseMatcher(nlp.vocab, attr="LOWER")
    capitals = PhraseMatcher(nlp.vocab, attr="LOWER")
    headed = {n for e in gazetteer.entities.values() if _heads_lines(gazetteer, e.cls)
              for n in (e.label, *e.aliases)}  # fmt: skip
    for name in sorted({n for e in gazetteer.entities.values() for n in (e.label, *e.aliases)}):
        doc = nlp.make_doc(name)
        exact.add(name, [doc])
        if len(doc) >= 3:
            anycase.add(name, [doc])
        elif name in headed and not name.isupper():
            capitals.add(name, [doc])
    lists: dict[str, list[str]] = {}
    rules = _add_rules(directory / "names.jsonl", "names", lists)
    rules |= _add_rules(directory / "references.jsonl", "references")
    return Matchers(exact, anycase, rules, gazetteer, capitals, all_rules_matcher(rules), lists)


def all_rules_matcher(rules: dict[str, NameRule]) -> Matcher:
    """One Matcher with each rule's pattern under its id. It finds for each rule what the rule's
    own Matcher finds, in the same order (spaCy follows each pattern's states on its own), and a
    call costs little more than one of a single rule: a Token for each word and each pattern's
    start at each word, where a sentence ran some 30 rules' Matchers one after the other."""
    from spacy.matcher import Matcher

    matcher = Matcher(pipeline().vocab)
    for rule in rules.values():
        matcher.add(rule.id, rule.matcher.get(rule.id)[1])
    return matcher


def _heads_lines(gazetteer: Gazetteer, cls: str) -> bool:
    """Whether an entity of ``cls`` is a state or an organisation: what a profile in capitals
    is about ("EGYPT", "SOUTH KOREA")."""
    return bool({"State", "Organisation"} & set(gazetteer.kinds(cls)))


@cache
def _register_name_text() -> None:
    """``token._.kz_name_text``: the text a name's inner word is tested on. The lowercase half
    of a hyphenated word counts as capitalised ("De-escalation", "Co-operation"); a dash with a
    space on both sides before an article is punctuation ("14 April – The Geneva Accords")."""
    from spacy.tokens import Token

    Token.set_extension("kz_name_text", getter=_name_text, force=True)


def _name_text(token) -> str:
    if after_attached_hyphen(token) and token.is_lower and token.is_alpha:
        return token.text.capitalize()
    if _possessive_inside_name(token):
        return token.doc[token.i - 1].text + token.text
    if _spaced_dash(token):
        return token.text + token.whitespace_
    return token.text


#: Words whose possessive stays inside a name: "the People’s Republic of China" (SIGN24).
_POSSESSIVE_NAME_WORDS = lexicon.words("sign24-possessive-name-words")


def _possessive_inside_name(token) -> bool:
    """ "People’s" before a capitalised word: the possessive is a word of the name, as formal
    titles write their parties ("the Government of the People’s Republic of China")."""
    doc, i = token.doc, token.i
    return (
        token.lower_ in ("’s", "'s")
        and 0 < i < len(doc) - 1
        and doc[i - 1].text in _POSSESSIVE_NAME_WORDS
        and doc[i + 1].text[:1].isupper()
    )


def _spaced_dash(token) -> bool:
    """ "April – The Geneva Accords": a dash between spaces before an article opens a phrase of
    its own ("Astana – Omsk Railway" and "Atasu–Alashankou" are one name)."""
    doc, i = token.doc, token.i
    return (
        token.text in ("-", "–")
        and bool(token.whitespace_)
        and i > 0
        and bool(doc[i - 1].whitespace_)
        and i + 1 < len(doc)
        and doc[i + 1].lower_ in ARTICLES
    )


@cache
def default_matchers() -> Matchers:
    """Matchers over the shipped gazetteer and rules, built once per process."""
    return build_matchers(default_gazetteer())


def _gazetteer_mentions(span, offset: int, matchers: Matchers) -> list[Mention]:
    vocab_strings = span.doc.vocab.strings
    found: dict[tuple[int, int], list[str]] = {}
    capitals = _in_capitals(span.text)
    for matcher in (matchers.exact, matchers.anycase, *([matchers.capitals] if capitals else [])):
        for match_id, start, end in matcher(span):
            keys = found.setdefault((start, end), [])
            name = vocab_strings[match_id]
            keys += [k for k in matchers.gazetteer.lookup(name) if k not in keys]
    mentions = []
    for (start, end), keys in found.items():
        kinds = tuple(dict.fromkeys(
            kind
            for key in keys
            for kind in matchers.gazetteer.kinds(matchers.gazetteer.entities[key].cls)
        ))  # fmt: skip
        piece = span.doc[start:end]  # PhraseMatcher gives doc indices even when run on a Span
        mentions.append(
            Mention(
                offset + piece.start_char, offset + piece.end_char, kinds, "gazetteer", tuple(keys)
            )
        )
    return mentions


#: A bracket, which a heading in capitals may hold in lowercase: "(as of March 2024)".
_BRACKETED = re.compile(r"\([^()]*\)")


def _in_capitals(sentence: str) -> bool:
    """Whether a sentence is written in capitals: two letters or more, none lowercase, a
    bracket left out ("UKRAINE: FACT SHEET (as of March 2024)")."""
    sentence = _BRACKETED.sub(" ", sentence)
    return not any(c.islower() for c in sentence) and sum(c.isalpha() for c in sentence) >= 2


def _rule_mentions(span, offset: int, matchers: Matchers) -> list[Mention]:
    mentions = []
    words = {token.lower_ for token in span}
    found = []
    for match_id, start, _end, alignment in _rule_matches(span, matchers, words):
        rule = matchers.rules[span.doc.vocab.strings[match_id]]
        found.append((rule, kept_tokens(span, start, alignment, rule, matchers.gazetteer)))
    # "Organisation for Economic Co-operation": the name goes on in a lowercase word, so neither
    # it nor a shorter match of the same rule from the same word ("Organisation for") is a name;
    # a name that ends in its rule's own word ("the X Union-led talks") is whole
    longest: dict[tuple, list] = {}
    for rule, kept in found:
        if kept and len(kept) > len(longest.get((rule.id, kept[0].i), [])):
            longest[(rule.id, kept[0].i)] = kept
    # so too a name longer than MAX_NAME_WORDS, or one cut short of a participle's complement
    cut = {
        key
        for key, kept in longest.items()
        if (cut_at_hyphen(kept[-1]) and kept[-1].lower_ not in _rule_triggers(matchers, key[0]))
        or name_words(kept, matchers.rules[key[0]]) > MAX_NAME_WORDS
        or cut_before_complement(kept)
    }
    for rule, kept in found:
        if not kept or (rule.id, kept[0].i) in cut:
            continue
        treaty = rule.cls and "Treaty" in matchers.gazetteer.kinds(rule.cls)
        if treaty and _second_treaty_at(kept) is not None:
            continue  # "the Treaty on X and the Agreement on Y": the shorter matches name the first
        if not tail_fits(rule, kept, matchers.gazetteer):
            continue
        if rule.list_tail:
            kept = kept + list_after(kept[-1], matchers.gazetteer)
        if rule.topic_tail:
            kept = kept + topic_after(kept[-1], matchers.gazetteer)
        if treaty and not rule.unnamed:
            kept = kept + purpose_after(kept, matchers.gazetteer)
        if goes_on_past(kept, rule, matchers.gazetteer):
            continue
        if treaty:
            kept = kept[: _second_treaty_at(kept) or len(kept)]  # a tail's "and Memorandum on Y"
        begin, finish = offset + kept[0].idx, offset + kept[-1].idx + len(kept[-1])
        # excluded tokens inside a name ("X (ACR) Program") are no part of its label
        label = "".join(token.text_with_ws for token in kept[:-1]) + kept[-1].text
        if rule.refers_to:
            mentions.append(Mention(begin, finish, ("Reference",), "reference", rule=rule.id))
            continue
        mentions.append(rule_mention(rule, begin, finish, label, matchers.gazetteer))
    return mentions


def _second_treaty_at(kept: list) -> int | None:
    """Where "and [the] <Treaty head> [on|of|for|between]" (name_bounds.TREATY_HEADS) opens a
    second title in a name: "the Treaty on Allied Relations and the Agreement on the Demarcation
    of the Border" names two treaties, never one whose title holds both (PF11B).
    "Partnership and Cooperation Agreement", "Treaty on Friendship, Cooperation and Mutual
    Assistance" stay whole."""
    for j in range(1, len(kept) - 1):
        if kept[j].lower_ != "and":
            continue
        k = j + 1 + (kept[j + 1].lower_ == "the")
        if (
            k < len(kept)
            and kept[k].text in TREATY_HEADS
            and (k + 1 == len(kept) or kept[k + 1].lower_ in {"on", "of", "for", "between"})
        ):
            return j
    return None


def rule_mention(rule: NameRule, begin: int, end: int, label: str, gazetteer: Gazetteer) -> Mention:
    """The mention a names rule reads at [begin, end): a name, or an unnamed thing ("a trade
    accord") of the rule's class, ``label`` its words."""
    source = "unnamed" if rule.unnamed else "name"
    kinds = gazetteer.kinds(rule.cls)
    return Mention(begin, end, kinds, source, rule=rule.id, label=label, cls=rule.cls)


def _purpose_mentions(span, offset: int, matchers: Matchers) -> list[Mention]:
    """ "the Treaty to Ban Bottom Trawling": a bare treaty head noun and its purpose are a
    treaty's title (a longer name over the same words wins in _select)."""
    mentions = []
    for head in purpose_titles(span):
        kept = [head, *purpose_after([head], matchers.gazetteer)]
        if len(kept) == 1:
            continue
        cls = "Memorandum" if head.text == "Memorandum" else "Treaty"
        kinds = matchers.gazetteer.kinds(cls)
        label = "".join(token.text_with_ws for token in kept[:-1]) + kept[-1].text
        begin, finish = offset + head.idx, offset + kept[-1].idx + len(kept[-1])
        mentions.append(Mention(begin, finish, kinds, "name", rule="name-treaty-to-purpose",
                                label=label, cls=cls))  # fmt: skip
    return mentions


def _rule_triggers(matchers: Matchers, rule_id: str) -> frozenset:
    """The words a names rule's match must end its required part with (empty if none)."""
    return matchers.rules[rule_id].triggers or frozenset()


def _rule_matches(span, matchers: Matchers, words: set[str]):
    """The matches of the rules whose trigger words the sentence has (most sentences have none),
    rule by rule in the files' order, each rule's in its own Matcher's order."""
    active = [rule.id for rule in matchers.rules.values()
              if rule.triggers is None or rule.triggers & words]  # fmt: skip
    if not active:
        return
    strings = span.doc.vocab.strings
    found: dict[str, list] = {}
    for match in matchers.every_rule(span, with_alignments=True):
        found.setdefault(strings[match[0]], []).append(match)
    for rule_id in active:
        yield from found.get(rule_id, ())


def _value_mentions(span, offset: int, text: str) -> list[Mention]:
    base = offset + span.start_char
    written = written_on(text)
    on = written[1] if written is not None and base >= written[0] else None
    return [
        Mention(base + v.start, base + v.end, v.kinds, "value", value=v)
        for v in find_values(span.text, on)
    ]


def _select(candidates: list[Mention]) -> list[Mention]:
    """Longest first, then by source priority; drop anything overlapping what is already taken."""
    ranked = sorted(
        candidates,
        key=lambda m: (m.start - m.end, _PRIORITY[m.source], m.start, m.rule or ""),
    )
    taken: list[Mention] = []
    for mention in ranked:
        if all(mention.end <= t.start or mention.start >= t.end for t in taken):
            taken.append(mention)
    return sorted(taken, key=lambda m: m.start)


def _absorb_acronyms(mentions: list[Mention], text: str) -> list[Mention]:
    """Fold "Name (ACR)" into the name's mention, noting ACR when it names nothing else."""
    result: list[Mention] = []
    for mention in mentions:
        if result and mention.source != "value":
            previous = result[-1]
            match = _ACRONYM_AFTER.match(text, previous.end)
            same = match and (match.start(1), match.end(1)) == (mention.start, mention.end)
            if same and (set(previous.keys) & set(mention.keys) or previous.source == "name"):
                previous.end = match.end()
                continue
            bracket = _bracketed_alias(previous, mention, text)
            if bracket is not None:
                previous.end = bracket
                continue
        result.append(mention)
    for mention in result:
        match = _ACRONYM_AFTER.match(text, mention.end)
        if match and mention.source == "name" and not _covered(result, match):
            _open_where_acronym_spells(mention, match.group(1), text, result)
        if (
            match
            and mention.source in ("gazetteer", "name")
            and not _covered(result, match)
            and not _spells_longer_name(mention, match.group(1), text)
        ):
            mention.acronym, mention.end = match.group(1), match.end()
    return result


#: The capitalised run of words that ends with "of" (maybe "of the") right before a name:
#: "Football Federation of " before "Kazakhstan".
_NAME_HEAD_BEFORE = re.compile(
    r"((?:[A-Z][\w’'.-]*\s+(?:(?:and|for|of|on|the)\s+)?){1,8})of\s+(?:the\s+)?$"
)


#: Capitalised words, with "in|of|and|for|on|the" between them, right before a name (SIGN24).
_TITLE_WORDS_BEFORE = re.compile(r"(?:[A-Z][\w’'-]*\s+(?:(?:in|of|and|for|on|the)\s+)*)+$")


def _open_where_acronym_spells(mention: Mention, acronym: str, text: str, mentions) -> None:
    """ "the Quadrilateral Traffic in Transit Agreement (QTTA)": a typed name cut at a small
    word opens where the bracketed acronym after it says, when its own words do not spell the
    acronym and the capitalised words before it (past "in|of|and|for|on|the", no other mention
    among them, no sentence's "The") do with them."""
    own = [
        w for w in re.findall(r"[\w’'.-]+", text[mention.start : mention.end]) if w[:1].isupper()
    ]
    run = _TITLE_WORDS_BEFORE.search(text, max(0, mention.start - 120), mention.start)
    if run is None or spells_acronym(acronym, own):
        return
    starts = [m.start() for m in re.finditer(r"(?<!\S)[A-Z][\w’'-]*", text[: mention.start])]
    for start in sorted(s for s in starts if s >= run.start()):
        words = [w for w in text[start : mention.start].split() if w[:1].isupper()]
        if words[0] in ("The", "A", "An") or any(
            start <= m.start < mention.start for m in mentions
        ):
            continue
        if spells_acronym(acronym, words + own) and len(acronym) == len(words + own):
            mention.start, mention.label = start, text[start : mention.end]
            return


def _spells_longer_name(mention: Mention, acronym: str, text: str) -> bool:
    """ "the Football Federation of Kazakhstan (FFK)": the bracketed acronym spells the longer
    name the known name ends, not the known name, so it is no acronym of "Kazakhstan"."""
    head = _NAME_HEAD_BEFORE.search(text, max(0, mention.start - 120), mention.start)
    if head is None:
        return False
    own = [
        w for w in re.findall(r"[\w’'.-]+", text[mention.start : mention.end]) if w[:1].isupper()
    ]
    before = [w for w in head.group(1).split() if w[:1].isupper()]
    longer = any(spells_acronym(acronym, before[i:] + own) for i in range(len(before)))
    return longer and not spells_acronym(acronym, own)


_OPEN_BRACKET = re.compile(r"\s*\(\s*$")
_CLOSE_BRACKET = re.compile(r"\s*\)")


def _bracketed_alias(previous: Mention, mention: Mention, text: str) -> int | None:
    """ "the European Commission for Democracy through Law (Venice Commission)": a bracket
    holding only another name of the same organisation joins the name before it, so a date
    after the bracket follows the name; where the bracket closes, else None."""
    if previous.source != "gazetteer" or mention.source != "gazetteer":
        return None
    if "Organisation" not in previous.kinds:  # "Oskemen (Ust-Kamenogorsk)" stays two mentions
        return None
    if not set(previous.keys) & set(mention.keys):
        return None
    if not _OPEN_BRACKET.match(text[previous.end : mention.start]):
        return None
    close = _CLOSE_BRACKET.match(text, mention.end)
    return close.end() if close else None


def _covered(mentions: list[Mention], match: re.Match) -> bool:
    return any(m.start < match.end() and m.end > match.start() for m in mentions)


#: A news dateline opening a story's line: "AKTAU, Kazakhstan, 12 August 2018 (Reuters) –",
#: "DUSHANBE (Reuters) -", "Doha, October 03, 2022 (QNA) –", "ASTANA, June 12, 2024 (Yonhap)
#: --": the place in capitals (or one capitalised word), maybe a state and a date, the agency
#: in brackets, then a dash (or two hyphens). Without an agency the place's commas must hold
#: one full date ("LONDON, 4 July 2024 –": `find_dateline`).
_DATELINE = re.compile(
    r"(?P<place>[A-Z]{2,}(?:[ -][A-Z]{2,})*|[A-Z][a-z]+)(?P<rest>(?:,[^,()\n]{1,40}){0,2})\s*"
    r"(?P<agency>\((?:[A-Z][\w./]*(?: [A-Z][\w./]*)?)\)\s*)?(?:--|[–—-])\s"
)
_WEEKDAYS = lexicon.phrases("weekday-names")


@dataclass(frozen=True)
class Dateline:
    """Where a story's dateline stands in the text, its place's span and its full date."""

    place: tuple[int, int]
    end: int  # where the dateline's dash ends
    date: datetime.date | None
    first_line: bool  # the dateline opens the document's first line (not the line after a headline)


@lru_cache(maxsize=2)
def find_dateline(text: str) -> Dateline | None:
    """The dateline opening one of the document's first lines as written (the first, or one
    after its headline and byline).

    >>> find_dateline("AKTAU, Kazakhstan, 12 August 2018 (Reuters) – Talks ended.").date
    datetime.date(2018, 8, 12)
    >>> find_dateline("Talks end\\nLONDON, 4 July 2024 – Talks ended.").date
    datetime.date(2024, 7, 4)
    """
    lines = itertools.islice(_TEXT_LINE.finditer(text), _HEADER_LINES)
    for number, line in enumerate(lines):
        match = _DATELINE.match(line.group())
        if match is None:
            continue
        dates = [v for v in find_values(match.group("rest")) if "Date" in v.kinds]
        lexical, xsd = dates[0].fields["date"] if len(dates) == 1 else ("", "")
        date = datetime.date.fromisoformat(lexical) if xsd == "xsd:date" else None
        if date is None and not match.group("agency"):
            continue  # "Kazakhstan – the heart of Eurasia": no agency, no date, no dateline
        place = (line.start() + match.start("place"), line.start() + match.end("place"))
        return Dateline(place, line.start() + match.end(), date, number == 0)
    return None


#: A header line's marks of a sentence or a chronology line ("30 January 1992 – A joins O").
_NO_HEADER = re.compile(r" [–—|-] |: |\t|[.?!]\s*$")
#: A line of the text as written (not joined: a header line may run on into the next).
_TEXT_LINE = re.compile(r"[^\n]*\S[^\n]*")
#: The lines of a document's top where its header may stand, and a header line's words.
_HEADER_LINES, _HEADER_WORDS = 3, 12
#: A header line's words when a time of day follows its date (a timestamp: FIG22).
_TIMED_HEADER_WORDS = 24


@lru_cache(maxsize=2)
def written_on(text: str) -> tuple[int, datetime.date] | None:
    """Where a document's header line starts and the date it gives: the dateline's full date
    ("ASTANA, 12 June 2024 (Kazinform) –"), or the one full date of a short line among the
    first three that is neither a sentence nor a chronology line ("Last updated 12 June 2024,
    19:05", "Astana, 4 July 2024, Palace of Independence"), or is followed by a time of day,
    a timestamp, whatever stands around it ("PRESS RELEASE | 17.10.2025 | 16:45", "Amman, 7
    May 2024 – 13:40", "Source: Xinhua | 2024-06-06 21:14:05": FIG22). The days without a
    year the story tells after it lie in that date's year (values.find_values)."""
    dateline = find_dateline(text)
    if dateline is not None and dateline.date is not None:
        return dateline.place[0], dateline.date
    for match in itertools.islice(_TEXT_LINE.finditer(text), _HEADER_LINES):
        start, line = match.start(), match.group()
        if (cell := _byline_cell_date(line)) is not None:
            return start, cell
        if len(line.split()) > _TIMED_HEADER_WORDS:
            continue
        dates = [v for v in find_values(line) if "Date" in v.kinds]
        fields = dates[0].fields if len(dates) == 1 else {}
        if fields.get("date", ("", ""))[1] != "xsd:date" or "end" in fields:
            continue
        if _TIME_AFTER.match(line[dates[0].end :]):
            return start, datetime.date.fromisoformat(fields["date"][0])
        if len(line.split()) > _HEADER_WORDS or _NO_HEADER.search(line):
            continue
        if _cued_header_date(line, dates[0]):
            return start, datetime.date.fromisoformat(fields["date"][0])
    return None


#: FP22: a byline's cells ("PRESS RELEASE | 17.10.2025 | 16:45", "GLOBAL BRIEFING – 8 January
#: 2020 – 18:00 GMT", "Source: Xinhua | 2024-06-06 21:14:05 | Editor: X") and a time of day
#: that may follow the date in its cell.
_CELL_BREAK = re.compile(r"\s+[|–—·]\s+")
_CELL_TIME = re.compile(r"^\s*,?\s*\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[A-Z]{2,4})?\s*$")
_CELL_WORDS = 12


def _byline_cell_date(line: str) -> datetime.date | None:
    """The full date a byline gives in a cell of its own, set off by bars, spaced dashes or
    middle dots and not its first cell (a chronology line or table row opens with its date:
    "30 January 1992 – A joins O", "| 26 Apr 1996 | ..."); every cell short, one date only."""
    cells = _CELL_BREAK.split(line.strip())
    if len(cells) < 2 or line.lstrip().startswith("|"):
        return None
    if any(len(cell.split()) > _CELL_WORDS for cell in cells):
        return None
    found = [(k, v) for k, cell in enumerate(cells) for v in find_values(cell) if "Date" in v.kinds]
    if len(found) != 1 or found[0][0] == 0:
        return None
    [(k, value)] = found
    fields, cell = value.fields, cells[k]
    if fields["date"][1] != "xsd:date" or "end" in fields or cell[: value.start].strip():
        return None
    if cell[value.end :].strip() and not _CELL_TIME.match(cell[value.end :]):
        return None
    return datetime.date.fromisoformat(fields["date"][0])


#: What a header's date follows ("Astana, 4 July 2024", "Updated 9 August 2024", "Friday 7
#: January 2022", "· 14 May 2025"): the last word or mark before it, lowercase.
_HEADER_DATE_CUES = lexicon.words("header-date-cues") | lexicon.words("weekday-names")
_LAST_WORD = re.compile(r"(\w+|[^\w\s])\s*$")
#: A time of day right after a date that opens its line: "November 27, 2024, 15:20, Astana".
_TIME_AFTER = re.compile(r"^\W*\d{1,2}[:.]\d{2}\b")


def _cued_header_date(line: str, date: Value) -> bool:
    """Whether a header line's date is the story's: it follows a header cue (a comma after a
    place or source, "updated", "published", "posted", a weekday, a "·" of a byline) or opens
    the line before a time of day. A lone date line ("16 December 1991": a chronology's
    heading) or a headline's date ("X and Y sign pact on 5 March 2019", "Looking back at 21
    December 1991") dates no story.

    >>> date = next(v for v in find_values("Astana, 4 July 2024") if "Date" in v.kinds)
    >>> _cued_header_date("Astana, 4 July 2024", date)
    True
    >>> date = next(v for v in find_values("Looking back at 4 July 2024") if "Date" in v.kinds)
    >>> _cued_header_date("Looking back at 4 July 2024", date)
    False
    """
    before = _LAST_WORD.search(line[: date.start])
    if before is not None:
        return before.group(1).lower() in _HEADER_DATE_CUES
    return bool(_TIME_AFTER.match(line[date.end :]))


def _dateline_mentions(span, offset: int, text: str, matchers: Matchers) -> list[Mention]:
    """The dateline's place ("AKTAU" is Aktau) and, in the story's first sentence, a weekday
    that is the dateline's own day ("signed ... on Sunday" in a story dated Sunday 12 August),
    whether the dateline opens the document or the line after its headline (REC21V)."""
    dateline = find_dateline(text)
    begin, end = offset + span.start_char, offset + span.end_char
    if dateline is None or not begin <= dateline.place[0] < end:
        return []
    mentions = []
    keys = matchers.gazetteer.lookup(text[slice(*dateline.place)].title())
    kinds_of = {k: matchers.gazetteer.kinds(matchers.gazetteer.entities[k].cls) for k in keys}
    places = [k for k in keys if "Place" in kinds_of[k]]
    if places:
        kinds = tuple(dict.fromkeys(kind for key in places for kind in kinds_of[key]))
        mentions.append(Mention(*dateline.place, kinds, "gazetteer", tuple(places)))
    if dateline.date is not None:
        mentions += _weekday_mentions(span, offset, dateline)
    return mentions


def _weekday_mentions(span, offset: int, dateline: Dateline) -> list[Mention]:
    """ "on Sunday" as the dateline's date, if that date is a Sunday and the sentence names no
    other date; any other weekday is left alone (which week it lies in is a guess). So is a
    lowercase "today" (EVENT24, `_names_the_day`)."""
    base = offset + span.start_char
    dates = [v for v in find_values(span.text) if "Date" in v.kinds]
    own = [v for v in dates if base + v.start >= dateline.end]
    if any(v.fields.get("date", ("", ""))[1] != "xsd:gYear" for v in own):
        return []  # a day or month of its own ("since 2002" is no date of the story's day)
    weekday = _WEEKDAYS[dateline.date.weekday()]
    lexical = (dateline.date.isoformat(), "xsd:date")
    found = []
    for token in span[1:]:
        if base + token.idx - span.start_char < dateline.end:
            continue  # a headline the sentence joined to the dateline tells no day of the story
        if _names_the_day(token, weekday):
            value = Value(token.idx - span.start_char, token.idx - span.start_char + len(token),
                          ("Date",), {"date": lexical})  # fmt: skip
            found.append(Mention(base + value.start, base + value.end, value.kinds, "value",
                                 value=value))  # fmt: skip
    return found


#: EVENT24: words before a lowercase "today" that make it no day of the story ("until today",
#: "the Kazakhstan of today", "as of today"): lexicon `event24-not-before-today`.
_NOT_BEFORE_TODAY = lexicon.words("event24-not-before-today")


def _names_the_day(token, weekday: str) -> bool:
    """ "on Sunday" (capitalised, after "on") when the dateline's day is a Sunday, or a
    lowercase "today" (EVENT24: "X arrived in C today for a state visit") not after a word
    that makes it a span or an age ("until today", "of today") nor before a possessive
    ("today's"); "Today" opening a clause ("Today it is not") is left alone."""
    before = token.nbor(-1).lower_
    if token.lower_ == weekday and token.text[:1].isupper():
        return before == "on"
    if token.text != "today" or before in _NOT_BEFORE_TODAY:
        return False
    after = token.nbor(1).lower_ if token.i + 1 < len(token.doc) else ""
    return after not in {"'s", "’s"}


#: A title "of" a state right before the state's name: "President of the Republic of Poland",
#: "Minister of Foreign Affairs of Kazakhstan", "Ambassador of Japan to Kazakhstan" (the state
#: after "to" is the host, the name follows it).
_TITLE_OF = re.compile(
    r"\b(?:(?:President|Prime Minister|King|Queen|Emir|Sultan|Chancellor|Foreign Minister"
    r"|Minister of Foreign Affairs|Secretary of State|Ambassador)\s+of"
    r"|Ambassador(?: Extraordinary and Plenipotentiary)?(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*"
    r"(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,3})?\s+to)\s+(?:the\s+)?$"
)
#: The person's name after the state's: two to four capitalised words ("Andrzej Duda"), or
#: set off by commas as an apposition that closes at a comma, stop, semicolon or the end
#: ("the President of Georgia, Salome Zourabichvili, paid ...").
_NAME_AFTER = re.compile(
    r"(?:\s+|,\s+(?=(?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+\s*(?:[,.;]|$)))"
    r"((?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+)\b(?![\w'’-])"
)


#: Head nouns of an organisation's name: "the Kazakhstan Football Federation" is no state.
_ORGANISATION_HEADS = lexicon.words("organisation-name-heads")


def _titled_people(mentions: list[Mention], text: str, matchers: Matchers) -> list[Mention]:
    """ "President of the Republic of Poland Andrzej Duda", "the President of Georgia, Salome
    Zourabichvili,": the capitalised words right after a state named by a title's "of" (or set
    off after it by commas) are the title holder's name, when the gazetteer knows none of them
    and no mention covers them."""
    found = []
    for mention in _gazetteer_states(mentions):
        if not _TITLE_OF.search(text, max(0, mention.start - 90), mention.start):
            continue
        name = _NAME_AFTER.match(text, mention.end)
        if name is None or any(matchers.gazetteer.lookup(w) for w in name.group(1).split()):
            continue
        words = re.finditer(r"[\w'’-]+", name.group(1))
        heads = [w for w in words if w.group().lower() in _ORGANISATION_HEADS]
        if heads:  # "President of the Kazakhstan Football Federation X": no state's title
            name = _NAME_AFTER.match(text, name.start(1) + heads[-1].end())  # X's own name
            if name is None or len(name.group(1).split()) < 2:
                continue
        person = _uncovered_name(name, "Person", "name-person-of-state", mentions, matchers)
        if person is not None:
            found.append(person)
    return found


def _gazetteer_states(mentions: list[Mention]) -> list[Mention]:
    """The mentions of states the gazetteer recognised (not references, not typed names)."""
    return [m for m in mentions if m.source == "gazetteer" and "State" in m.kinds]


def _uncovered_name(match, cls: str, rule: str, mentions: list[Mention], matchers: Matchers):
    """A name of class ``cls`` for ``match``'s first group, unless a mention covers any of it."""
    begin, end = match.start(1), match.end(1)
    if any(m.start < end and m.end > begin for m in mentions):
        return None
    kinds = matchers.gazetteer.kinds(cls)
    return Mention(begin, end, kinds, "name", rule=rule, label=match.group(1), cls=cls)


#: "headquartered in Saskatoon, Canada": a place word after "in|at|near|from|to" and before ",
#: <state>"; one to three capitalised words.
_PLACE_BEFORE_STATE = re.compile(
    r"\b"
    + lexicon.alternation("place-before-state-prepositions")
    + r"\s+((?:[A-Z][\w'’.-]+\s+){0,2}[A-Z][\w'’.-]+),\s+(?:the\s+)?$"
)
_WORD_BEFORE = re.compile(r"(\w+)\s*$")
_NOT_PLACES = {
    *MONTH_NAMES.split("|"), *(day.title() for day in _WEEKDAYS),
    *lexicon.phrases("not-place-words"),
}  # fmt: skip


#: States whose name another country's first-level division bears ("Georgia", a US state):
#: "C, Georgia" names no city of the state unless the gazetteer knows C
_SHARED_STATE_NAMES = lexicon.words("state-names-shared-with-divisions")


def _cities_before_states(mentions: list[Mention], text: str, matchers: Matchers) -> list[Mention]:
    """ "headquartered in Châtillon, France", "signed in Burabay, Kazakhstan, on D": the
    capitalised words between "in" (at, near, from, to) and ", <state>" that no mention covers
    and the gazetteer does not know name a city, when the state's name (not a demonym) ends a
    phrase (a comma, a full stop, ";", a bracket or the text's end follows)."""
    found = []
    for mention in _gazetteer_states(mentions):
        if text[mention.start : mention.end] in matchers.gazetteer.demonyms:
            continue
        if text[mention.start : mention.end] in _SHARED_STATE_NAMES:
            continue  # "Atlanta, Georgia": a division of another country may be meant
        if not re.match(r"\s*(?:[,.;()]|$)", text[mention.end : mention.end + 2]):
            continue
        place = _PLACE_BEFORE_STATE.search(text, max(0, mention.start - 60), mention.start)
        if place is None:
            continue
        words = place.group(1).split()
        if any(w in _NOT_PLACES or matchers.gazetteer.lookup(w) for w in words):
            continue
        not_city = set(matchers.lists.get("@NOT_CITY_WORDS", ()))
        if not_city.intersection(words):  # "in Central Asia, Kazakhstan": a region
            continue
        opener = _WORD_BEFORE.search(text, max(0, place.start() - 30), place.start())
        if opener and opener.group(1).lower() in matchers.lists.get("@NOT_BEFORE_PLACE", ()):
            continue  # "According to Reuters, Kazakhstan ...": no place
        city = _uncovered_name(place, "City", "name-city-comma-state", mentions, matchers)
        if city is not None:
            found.append(city)
    return found


def _listed_names(span, offset: int, mentions: list[Mention], matchers: Matchers) -> list[Mention]:
    """ "the Uzen and Karazhanbas fields", "the Aktobe and Kostanay regions": each listed name
    names a thing of the plural head's class, labelled with the head's singular ("Uzen field",
    "Aktobe Region": the gazetteer's entry when it knows that name), in place of any mention
    inside the name ("Aktobe", the city); nothing when a mention runs past the name."""
    for tokens, label, cls in _proper_lists(coordinated_heads(span), matchers):
        begin, end = offset + tokens[0].idx, offset + tokens[-1].idx + len(tokens[-1])
        inside = [m for m in mentions if m.start < end and m.end > begin]
        if any(m.start < begin or m.end > end for m in inside):
            continue
        keys = tuple(matchers.gazetteer.lookup(label))
        if keys:
            kinds = matchers.gazetteer.kinds(matchers.gazetteer.entities[keys[0]].cls)
            listed = Mention(begin, end, kinds, "gazetteer", keys)
        else:
            kinds = matchers.gazetteer.kinds(cls)
            listed = Mention(begin, end, kinds, "name", rule="name-listed", label=label, cls=cls)
        mentions = sorted(
            [m for m in mentions if m not in inside] + [listed], key=lambda m: m.start
        )
    return mentions


def _proper_lists(found: list[tuple[list, str, str]], matchers: Matchers) -> list:
    """The lists of ``coordinated_heads`` none of whose names is a single word naming a state
    (a demonym: "the Russian and Chinese pipelines") or a word of @NOT_LISTED_NAMES ("the
    Northern and Western regions"): those are no names of the head's things."""
    groups: list[list] = []  # consecutive names with one head: one list
    previous = None
    for item in found:
        tokens, label, cls = item
        head = (label[len(tokens[0].doc[tokens[0].i : tokens[-1].i + 1].text) :], cls)
        if groups and head == previous[0] and previous[1] < tokens[0].i:
            groups[-1].append(item)
        else:
            groups.append([item])
        previous = (head, tokens[-1].i)
    stop = set(matchers.lists.get("@NOT_LISTED_NAMES", ()))
    gazetteer = matchers.gazetteer
    return [
        item for group in groups
        if not any(len(t) == 1 and (t[0].text in stop or gazetteer.state_keys(t[0].text))
                   for t, _, _ in group)
        for item in group
    ]  # fmt: skip


def find_mentions(span, offset: int, text: str, matchers: Matchers | None = None) -> list[Mention]:
    """The mentions of one sentence (a spaCy Span of a chunk starting at ``offset`` of ``text``)."""
    matchers = matchers or default_matchers()
    candidates = _gazetteer_mentions(span, offset, matchers)
    candidates += _rule_mentions(span, offset, matchers)
    candidates += _purpose_mentions(span, offset, matchers)
    candidates += _value_mentions(span, offset, text)
    candidates += _dateline_mentions(span, offset, text, matchers)
    selected = _listed_names(span, offset, _select(candidates), matchers)
    selected = [m for m in selected if not _part_of_compound_name(m, text)]
    selected = [_longer_company_name(m, span, offset, selected, matchers) for m in selected]
    selected = sorted(selected + _titled_people(selected, text, matchers), key=lambda m: m.start)
    selected = sorted(selected + _cities_before_states(selected, text, matchers),
                      key=lambda m: m.start)  # fmt: skip
    selected = _short_names(selected, text, matchers.gazetteer)
    selected = sorted(selected + _short_words(span, offset, selected, text, matchers.gazetteer),
                      key=lambda m: m.start)  # fmt: skip
    selected = [m for m in selected if not _head_of_topic_name(m, text)]
    selected = _known_as(_known_as_tails(_absorb_acronyms(selected, text), text, matchers), text)
    return listed_companies(span, offset, selected, matchers.gazetteer, Mention)  # PLACE22


#: A topic word and a capitalised name after a reference's head: "the Treaty concerning the
#: Reciprocal Encouragement and Protection of Investment" (lexicon fp13-head-topic-qualifiers).
_TOPIC_AFTER = re.compile(
    r"\s+" + lexicon.alternation("fp13-head-topic-qualifiers") + r"\s+(?:the\s+)?[A-Z]"
)


def _head_of_topic_name(mention: Mention, text: str) -> bool:
    """ "The Treaty concerning the Reciprocal Encouragement ...": a capitalised reference head
    whose topic follows as a name opens another treaty's name, no reference to one named
    before."""
    if mention.source != "reference":
        return False
    words = text[mention.start : mention.end].split()
    return bool(words) and words[-1][:1].isupper() and opens_topic_name(text, mention.end)


def opens_topic_name(text: str, at: int) -> bool:
    """Whether a topic word and a capitalised name follow ``at`` (" concerning the Reciprocal")."""
    return _TOPIC_AFTER.match(text, at) is not None


#: Capitalised words that make a compound name of a state's or city's name after them
#: ("Inner Mongolia", "East Turkestan"): a region, when the gazetteer knows no longer name
_COMPOUND_PREFIX = re.compile(
    r"\b(?:" + "|".join(lexicon.words("compound-region-prefixes")) + r")\s+$"
)


def _part_of_compound_name(mention: Mention, text: str) -> bool:
    """Whether a state's or city's name is the end of a compound name of another place
    ("Inner Mongolia", "East Turkestan"): no mention of that state or city."""
    if mention.source != "gazetteer" or not {"State", "City"} & set(mention.kinds):
        return False
    return _COMPOUND_PREFIX.search(text, max(0, mention.start - 12), mention.start) is not None


#: Capitalised words that qualify a company's name before it rather than open a longer name:
#: "National Company KazMunayGas", "In May Chevron", "When Cameco signed" (KNOWN21).
_NOT_NAME_OPENERS = (
    lexicon.words("name-stop-words") | lexicon.words("organisation-name-heads")
    | lexicon.words("firm-signer-nouns") | lexicon.words("month-names")
    | lexicon.words("weekday-names") | lexicon.words("known21-company-qualifier-words")
)  # fmt: skip
_MAX_GLUED = 3  # capitalised words glued before a company's name: "Aker BP"


def _longer_company_name(mention: Mention, span, offset: int, mentions: list, matchers: Matchers):
    """A company's gazetteer name at the end of a longer capitalised name ("Norway's Aker BP
    develops ..." names Aker BP, no BP): the longer name, a typed Company name, when one to three
    capitalised words (a lowercase letter in each, no hyphen: "JSC", "State-owned" qualify it)
    stand glued before it, after the sentence's first word ("Today Air Astana ...") and none a
    mention ("US Chevron", "Kazakh KazMunayGas"), a function word, a month, a weekday or a
    company's descriptor ("National Company KazMunayGas": ``_NOT_NAME_OPENERS``). KNOWN21."""
    if mention.source != "gazetteer" or "Company" not in mention.kinds:
        return mention
    first = next((t.i for t in span if offset + t.idx == mention.start), None)
    glued = first
    while glued is not None and glued > span.start + 1 and first - glued < _MAX_GLUED:
        token = span.doc[glued - 1]
        if not (_glued_name_word(token) and token.whitespace_ == " "):
            break
        if any(m.start < offset + token.idx + len(token) and m.end > offset + token.idx
               for m in mentions):  # fmt: skip
            break
        glued -= 1
    if glued is None or glued == first or _in_capitals(span.text):
        return mention
    begin = offset + span.doc[glued].idx
    label = span.doc.text[begin - offset : mention.end - offset]
    return Mention(begin, mention.end, matchers.gazetteer.kinds("Company"), "name",
                   rule="known21-longer-company-name", label=label, cls="Company")  # fmt: skip


def _glued_name_word(token) -> bool:
    """Whether ``token`` may open a longer name: capitalised, with a lowercase letter, no hyphen
    or possessive, and not one of ``_NOT_NAME_OPENERS``."""
    word = token.text
    return (
        word[:1].isupper() and any(c.islower() for c in word) and word.isalpha()
        and word.lower() not in _NOT_NAME_OPENERS
    )  # fmt: skip


#: What joins a name to another name of the same thing: "X, known as the Y", "X, commonly
#: called the Y", "X, better known as the Y".
_KNOWN_AS = re.compile(
    r"\s*,\s*(?:"
    + lexicon.alternation("known-as-adverbs")
    + r"\s+)?"
    + lexicon.alternation("known-as-phrases")
    + r"\s+(?:the\s+)?[\"“]?$"
)


#: A bracket that holds nothing but a typed name right after a name (TREATY22): "the Convention
#: on X (the ICSID Convention)" names one treaty twice.
_ALIAS_OPENS = re.compile(r"\s*\(\s*(?:the\s+)?[\"“]?$")
_ALIAS_CLOSES = re.compile(r"[\"”]?\s*\)")


#: The rest of a title cut before "in|for|of" that a name "known as" another closes (SIGN24):
#: capitalised words, "of", "and", "the", hyphens, to the comma of the "known as".
_TITLE_TAIL = re.compile(r"(?:\s+(?:in|for|of|and|the|[A-Z][\w’'-]*(?:-[\w’'-]+)*))+(?=\s*,)")
#: What no word of the tail may name: a city or a month ("in Moscow" is where it was done).
_MONTHS_TITLE = frozenset(word.capitalize() for word in lexicon.words("month-names"))


def _known_as_tails(mentions: list[Mention], text: str, matchers: Matchers) -> list[Mention]:
    """ "The Treaty for the Prohibition of Nuclear Weapons in Latin America and the Caribbean,
    known as the Treaty of Tlatelolco": a typed name whose title the rules cut short runs on
    to the comma of a ", known as <name of its class>" when the words between carry on a title
    (``_TITLE_TAIL``: an "in|for|of" and capitalised words, "and", "the"; no city or date after
    the "in"); the mentions inside that tail are dropped."""
    kept = list(mentions)
    for mention in mentions:
        tail = _TITLE_TAIL.match(text, mention.end) if mention.source == "name" else None
        if tail is None or mention not in kept or not _tail_carries_title(tail.group(), matchers):
            continue
        after = next((m for m in kept if m.start >= tail.end()), None)
        if after is None or mention.cls not in (after.cls, *after.kinds):
            continue
        if not _KNOWN_AS.match(text[tail.end() : after.start]):
            continue
        kept = [m for m in kept if not (tail.start() <= m.start and m.end <= tail.end())]
        mention.end = tail.end()
        mention.label = text[mention.start : mention.end]
    return kept


def _tail_carries_title(tail: str, matchers: Matchers) -> bool:
    """Whether a tail opens with "in|for|of" and names no city or month ("in Moscow", "in
    June" end a title; a figure, "in 1992", is no word of ``_TITLE_TAIL``)."""
    if tail.split()[0] not in ("in", "for", "of"):
        return False
    places = [p.strip() for p in re.split(r"\s+(?:in|and|the)\s+", " " + tail + " ") if p.strip()]
    gazetteer = matchers.gazetteer
    return not any(
        "City" in {gazetteer.entities[k].cls for k in gazetteer.lookup(place)}
        or place in _MONTHS_TITLE
        for place in places
    )


def _known_as(mentions: list[Mention], text: str) -> list[Mention]:
    """ "The Protocol for X, known as the Moscow Protocol, was signed": a typed name that a
    comma and "known as|called" join to the name before it, of the same class, is that thing
    again (the rules then read the one thing, whichever of its names they meet); so is one alone
    in a bracket right after it ("the Convention on X (the ICSID Convention)")."""
    for previous, mention in itertools.pairwise(mentions):
        if mention.source != "name" or previous.source not in ("name", "gazetteer"):
            continue
        if mention.cls is None or mention.cls not in previous.kinds:
            continue
        between = text[previous.end : mention.start]
        if _KNOWN_AS.match(between) or (
            _ALIAS_OPENS.match(between) and _ALIAS_CLOSES.match(text, mention.end)
        ):
            mention.source, mention.keys = previous.source, previous.keys
            mention.kinds, mention.cls = previous.kinds, previous.cls
            mention.label, mention.rule = previous.label, previous.rule
    return mentions


def _short_words(span, offset: int, mentions: list[Mention], text: str, gazetteer: Gazetteer):
    """ "Xi" after "Xi Jinping", "Moon's invitation" after "Moon Jae-in": a one-word short name
    (an entry's ``short`` field, exact case) no mention covers is that entry when the document
    named it in full before."""
    found = []
    for token in span:
        key = gazetteer.short_names.get(token.text)
        if key is None:
            continue
        begin, end = offset + token.idx, offset + token.idx + len(token)
        if any(m.start < end and m.end > begin for m in mentions):
            continue
        entity = gazetteer.entities[key]
        if _named_before(entity, text, begin):
            kinds = gazetteer.kinds(entity.cls)
            found.append(Mention(begin, end, kinds, "gazetteer", (key,)))
    return found


def _short_names(mentions: list[Mention], text: str, gazetteer: Gazetteer) -> list[Mention]:
    """ "the Security Council" after "the UN Security Council": a typed name that is an entry's
    short name (its ``short`` field) stands for that entry when the document named it in full
    before, or named the body it belongs to (its ``parent``: "admitted to the United Nations
    ..., and today we serve on the Security Council"); without that, after a possessive
    ("Kazakhstan's Security Council") or a word other than "the" ("a national Security
    Council"), it names nothing (which council is meant is not said)."""
    result = []
    for mention in mentions:
        key = gazetteer.short_names.get(mention.label) if mention.source == "name" else None
        if key is None:
            result.append(mention)
            continue
        entity = gazetteer.entities[key]
        if _licensed(entity, text, mention, gazetteer) and not _after_possessive(text, mention):
            kinds = gazetteer.kinds(entity.cls)
            result.append(Mention(mention.start, mention.end, kinds, "gazetteer", (key,)))
    return result


#: After a short name: "of" and another body ("the Security Council of the CSTO"), or words
#: making it a state's own council ("a body chaired by the President", "which the President
#: chairs", "set up under the Constitution"), in the rest of its sentence.
_OTHER_BODY = re.compile(
    r"^\s+of\b|^[^.!?;\n]*?(?:\b(?:chaired|headed|led|presided over|convened)\s+by\s+"
    r"(?:the\s+|its\s+|their\s+)?(?:country['’]s\s+|state['’]s\s+|national\s+)?"
    r"(?:President|Prime Minister|head of state)\b(?!\s+of\b)"
    r"|\b(?:President|Prime Minister|head of state)\s+(?:chairs|heads|leads|convenes)\b"
    r"|\bConstitution\b)"
)
#: A paragraph break.
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def _licensed(entity, text: str, mention: Mention, gazetteer: Gazetteer) -> bool:
    """Whether the document named ``entity`` before ``mention``, or named its parent body
    before a short form that "the" opens: in the short form's own paragraph, or before an
    earlier "the <short>" of the document that it licensed so ("(UN News) ... the Security
    Council ... . The Security Council's five permanent members"). Never a short form that
    "of" follows or the rest of its sentence makes a state's own council (_OTHER_BODY)."""
    if _OTHER_BODY.search(text[mention.end :]):
        return False
    if _named_before(entity, text, mention.start):
        return True
    parent = gazetteer.entities.get(entity.parent) if entity.parent else None
    if parent is None or not _opened(text, mention.start):
        return False
    short = re.compile(r"(?<![\w-])" + re.escape(text[mention.start : mention.end]) + r"(?![\w-])")
    return any(
        _parent_licensed(parent, text, found.start(), found.end())
        for found in short.finditer(text, 0, mention.end)
    )


def _opened(text: str, start: int) -> bool:
    return bool(re.search(r"(?i)(?<![\w-])the\s+$", text[max(0, start - 5) : start]))


def _parent_licensed(parent, text: str, start: int, end: int) -> bool:
    """Whether the short form at ``start``-``end`` is "the" one of ``parent``, named earlier in
    its paragraph, with no "<short> of <another body>" between."""
    if not _opened(text, start) or _OTHER_BODY.search(text[end:]):
        return False
    breaks = list(_PARAGRAPH_BREAK.finditer(text, 0, start))
    paragraph = breaks[-1].end() if breaks else 0
    if not _named_before(parent, text[paragraph:], start - paragraph):
        return False
    short = re.escape(text[start:end])
    return not re.search(r"(?<![\w-])" + short + r"\s+of\b", text[paragraph:start])


def _named_before(entity, text: str, end: int) -> bool:
    """Whether ``text`` before ``end`` names ``entity`` by its label, an alias or its acronym."""
    names = {entity.label, *entity.aliases, *([entity.acronym] if entity.acronym else [])}
    before = text[:end]  # sliced once, not once per name
    return any(re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", before) for name in names)


def _after_possessive(text: str, mention: Mention) -> bool:
    return bool(re.search(r"['’]s\s*$", text[max(0, mention.start - 4) : mention.start]))
