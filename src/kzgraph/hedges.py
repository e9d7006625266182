"""Hedges (data/hedges.jsonl): words that keep a relation match from being asserted."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise, product
from pathlib import Path
from typing import TYPE_CHECKING

from kzgraph import lexicon
from kzgraph.errors import RuleFileError
from kzgraph.gazetteer import read_jsonl
from kzgraph.lexicon import expand_lexicon_references
from kzgraph.name_bounds import ARTICLES
from kzgraph.resources import rules_dir
from kzgraph.sentences import SPEAKER_LABEL_WORDS
from kzgraph.values import NUMBER_WORDS

if TYPE_CHECKING:
    from kzgraph.rule_dsl import CompiledPattern


@dataclass(frozen=True)
class Hedges:
    """Words that keep a match from being asserted (data/hedges.jsonl), lowercased."""

    sentence: frozenset = frozenset()  # anywhere in the sentence: "critics alleged that ..."
    before: frozenset = frozenset()  # before the match: "if X joined Y"
    inside: frozenset = frozenset()  # among the matched words: "without guarantees from Y"
    span: frozenset = frozenset()  # anywhere in the match, gaps too: "is expected to reach $5bn"
    # (a phrase of several words there too: "is set to climb to $5bn")
    after: tuple[tuple[str, ...], ...] = ()  # phrases right after it: "joined Y as an observer"
    preceding: tuple[tuple[str, ...], ...] = ()  # phrases right before it: "except X joined Y"
    lead: frozenset = frozenset()  # what may stand between a match and an after phrase
    next: tuple[tuple[str, ...], ...] = ()  # phrases right after it, never past lead words
    title: tuple[tuple[str, ...], ...] = ()  # an office before a name: "Foreign Minister X visited"
    label: frozenset = frozenset()  # in a line's label before the match: "Planned: X joins O"
    tail: tuple[tuple[str, ...], ...] = ()  # anywhere after it: "X replaced Y as ..., analysts say"
    opening: frozenset = frozenset()  # the sentence's first word, before it: "Had X signed T, ..."
    # each phrase scope's PhraseIndex, made once when the Hedges are made (hedged runs for every
    # relation and trigger match)
    indexes: dict = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        indexes = {scope: PhraseIndex.of(getattr(self, scope)) for scope in _PHRASE_SCOPES}
        indexes["span"] = tuple(f" {phrase} " for phrase in self.span if " " in phrase)
        object.__setattr__(self, "indexes", indexes)


@dataclass(frozen=True)
class PhraseIndex:
    """A scope's phrases grouped two ways: by length (a slice of the words of one length is
    looked up among all the phrases of that length at once) and by first word (None for an
    empty phrase: only those opening with a position's word can stand there)."""

    by_length: tuple[tuple[int, frozenset], ...]
    by_first: dict

    @classmethod
    def of(cls, phrases: tuple[tuple[str, ...], ...]) -> PhraseIndex:
        """The index of ``phrases``.

        >>> index = PhraseIndex.of((("as", "an", "observer"), ("as", "a", "partner"), ("bar",)))
        >>> index.by_length[0], sorted(index.by_first)
        ((1, frozenset({('bar',)})), ['as', 'bar'])
        """
        of_length: dict[int, list] = {}
        of_first: dict = {}
        for phrase in phrases:  # one pass: a scope holds thousands of phrases
            of_length.setdefault(len(phrase), []).append(phrase)
            of_first.setdefault(phrase[0] if phrase else None, []).append(phrase)
        by_length = tuple((size, frozenset(of_length[size])) for size in sorted(of_length))
        return cls(by_length, {key: tuple(found) for key, found in of_first.items()})

    def opens(self, words: tuple[str, ...], at: int = 0) -> bool:
        """Whether one of the phrases opens ``words`` from position ``at`` on: one set lookup
        per phrase length, however many phrases share a first word (the after scope holds
        thousands opening with ","), and no copy of the words past the longest phrase.

        >>> index = PhraseIndex.of((("as", "an", "observer"), ("as", "a", "partner"), ("bar",)))
        >>> index.opens(("as", "a", "partner", "state")), index.opens(("as", "a"))
        (True, False)
        >>> index.opens(("joined", "as", "a", "partner"), 1)
        True
        """
        return any(words[at : at + size] in phrases for size, phrases in self.by_length)

    def closing(self, words: tuple[str, ...]) -> list[tuple[str, ...]]:
        """The phrases that close ``words`` (what ``opens`` is to their start), shortest first:
        one set lookup per phrase length.

        >>> index = PhraseIndex.of((("except",), ("rather", "than"), ("other", "than")))
        >>> index.closing(("all", "rather", "than")), index.closing(("than",))
        ([('rather', 'than')], [])
        """
        return [
            words[len(words) - size :]
            for size, phrases in self.by_length
            if size <= len(words) and words[len(words) - size :] in phrases
        ]


_HEDGE_SCOPES = (
    "sentence", "before", "inside", "span", "after", "preceding", "lead", "next", "title", "label",
    "tail", "opening",
)  # fmt: skip
_PHRASE_SCOPES = ("after", "preceding", "next", "title", "tail")
# what may follow an office that names no one: "the foreign minister of X", "Foreign Minister, X"
_NOT_A_NAME = frozenset([",", "of", "for", "and", "or", "'s", "’s", "who", "which", "."])
_PUNCTUATION = frozenset([",", ";", ":", "(", ")", "—", "–"])
_DETERMINERS = frozenset(["the", "a", "an", "his", "her", "its", "their"])
# what ends a line's label: "2030 – Target date: X joins O", "2031 (planned) – X joins O"
_LABEL_ENDS = frozenset([":", "–", "—", "-"])
_MAX_LABEL = 5  # a label is a line's first few words ("2031 ( planned ) –")
# a length the match left out, later in its clause: "X borders Y along 7,600 km" would give a
# border node without the length the sentence gives it (a wrong node, as a date left out is)
_LENGTH = re.compile(r"^[\d.,]+(?: |-)?(?:km|kilometres?|kilometers?|mi|miles?)$")
_CLAUSE_ENDS = frozenset(
    [",", ";", ".", ":", "and", "but", "while", "whereas", "which", "who", "that", "although",
     "though", "—", "–", "?", "!"]
)  # fmt: skip
_LENGTH_REACH = 8  # words after the match a left-out length may stand in
# a closed span of years in a label: "1991–2012 – X is a member of O" states a state that ended;
# one ISO day ("1992-03-02 – X joins O") is the line's date, no span: see _closed_span
_YEAR_SPAN = re.compile(r"\b\d{4} ?[–—-] ?(?:\d{4}|\d{2})\b")
_ISO_DAY = re.compile(r"\b\d{4} ?- ?\d{2} ?- ?\d{2}\b")
_MAX_LEAD = 4  # lead words passed over before an after phrase: ", but only as an observer"
_DASHES = frozenset(["–", "—"])
# the last words of the preceding phrases that exclude their name ("except", "unlike", "rather
# than", "instead of"), which do not reach that name's own relative clause (_own_relative_clause)
_EXCLUDING_ENDS = lexicon.words("excluding-phrase-ends")
_RELATIVE_OPENERS = frozenset(["which", "who"])
_CLOSING = frozenset([".", ";", "?", "!"])
_LINKS = lexicon.words("part-breaking-conjunctions")
# an aside that puts the match in unnamed mouths (_attributed_aside): its verbs, those of plain
# saying among them, and who says so unnamed
_MAX_ASIDE = 4
_CLAIM_VERBS = lexicon.words("aside-claim-verbs")
_SAY_VERBS = frozenset(["say", "says", "said"])
_UNNAMED_SAYERS = lexicon.words("aside-unnamed-sayers")
# a sentence-wide doubt's part of the sentence (_part): what opens a question, what opens a part
# that answers or continues the one before it, the words by which a part refers back to it
_QUESTION_OPENERS = lexicon.words("question-openers")
_ANSWER_OPENERS = lexicon.words("part-continuing-openers")
_REFERRING = lexicon.words("part-referring-words")


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
        spelled = (phrase for word in listed for phrase in _spelled_out(word, path, line))
        words[record["scope"]].update(phrase.lower() for phrase in spelled)
    phrases = {
        scope: tuple(sorted({tuple(phrase.split()) for phrase in words[scope]}, key=len))
        for scope in _PHRASE_SCOPES
    }
    return Hedges(
        frozenset(words["sentence"]), frozenset(words["before"]), frozenset(words["inside"]),
        frozenset(words["span"]), phrases["after"], phrases["preceding"], frozenset(words["lead"]),
        phrases["next"], phrases["title"], frozenset(words["label"]), phrases["tail"],
        frozenset(words["opening"]),
    )  # fmt: skip


@cache
def default_hedges() -> Hedges:
    """The shipped hedges, read once per process: the relation rules, the trigger lines and the
    layout's doubt words share them (each read them on its own: three times their start-up)."""
    return load_hedges()


def _spelled_out(phrase: str, path: Path, line: int) -> list[str]:
    """The phrases a hedge phrase stands for: each of its words may be alternatives ("this|that
    is ...") or name a list of data/lexicon.jsonl ("@lexicon:ID", expanded as the relation DSL
    expands it; RuleFileError at the line for an unknown list).

    >>> _spelled_out("this|that is wrong", Path("h"), 1)
    ['this is wrong', 'that is wrong']
    """
    words = expand_lexicon_references(phrase, path, line).split()
    return [" ".join(choice) for choice in product(*(word.split("|") for word in words))]


def before_pattern_words(begin: int, alignment: list[int], compiled: CompiledPattern) -> list[int]:
    """Positions right before a word the pattern spells out: a negation there ("without
    guarantees from") negates the match; one elsewhere in a gap belongs to another clause."""
    fixed = [compiled.roles[index] is None and index not in compiled.gaps for index in alignment]
    return [begin + i for i in range(len(alignment) - 1) if fixed[i + 1]]


# a sentence that refutes the one before it (refutes_previous): past a transcript's time stamp
# ("[00:12:03]") and speaker label ("GUEST:", "Mr Smith:") and an opener ("But", "I think", PF14B),
# a refuting phrase that ends its clause; not a table's or a number's "No." ("No. | Date", "No. 5").
# The label is sentences.SPEAKER_LABEL's or any one to four capitalised words ("GUEST:", "THE
# MINISTER:"): SPEAKER_LABEL blanks what it matches, so it takes only sure labels ("Capital: X" is
# a key), while here a refuting phrase must follow the colon, which no key's value is.
_TURN_OPENING = (
    r"\s*(?:\[[^\]\n]{1,20}\]\s*)?(?:(?:"
    + SPEAKER_LABEL_WORDS
    + r"|[A-Z][\w.'’-]*(?:[ ][A-Z][\w.'’-]*){0,3})[ ]?:[ \t]+)?"
)
_REFUTING_OPENER = r"(?:" + lexicon.alternation("pf14b-refutation-openers") + r"\s*,?\s+)?"
_REPORT = r"(?:the|this|that)\s+" + lexicon.alternation("pf14a-refuted-report-nouns")
_REFUTATIONS = (
    lexicon.alternation("pf14a-refuting-sentences").replace("'", "['’]"),  # "No.", "Untrue."
    # "That's wrong.", "This is simply untrue!"
    (
        r"(?:that|this)(?:'s|\s+is|\s+was)\s+(?:"
        + lexicon.alternation("pf14b-refutation-adverbs")
        + r"\s+)?"
        + lexicon.alternation("pf14b-refutation-heads")
    ).replace("'", "['’]"),
    # "The report was later retracted.", "The claim proved false."
    _REPORT
    + r"\s+(?:was|is|were|are|has\s+been|had\s+been|proved|turned\s+out\s+to\s+be)"
    + r"(?:\s+(?:later|since|subsequently|quickly|officially))?\s+"
    + lexicon.alternation("pf14a-refuting-predicates"),
    # "The ministry later denied this.", "Reuters retracted the story."
    r"(?:[\w'’.-]+\s+){1,4}?"
    + lexicon.alternation("pf14a-refuting-verbs")
    + r"\s+(?:this|that|it|"
    + _REPORT
    + r")",
)
_REFUTING = re.compile(
    _TURN_OPENING
    + r"(?i:"
    + _REFUTING_OPENER
    + "(?:"
    + "|".join(_REFUTATIONS)
    + r"))\s*(?:[,;:!–—-]|\.(?![ \t]*[\d|])|$)",
    re.MULTILINE,
)


def hedge_words(doc) -> list[str]:
    """The sentence's lowercased tokens, "not" in "not only ... but also" marked as no negation,
    a dash with a space on either side marked as one that may part clauses (``SpacedDash``)."""
    strings = doc.vocab.strings  # the LOWER array: no Token object per token
    words = [strings[lower] for lower in doc.to_array("LOWER").tolist()]
    for i, word in enumerate(words[:-1]):
        if word == "not" and words[i + 1] == "only":
            words[i] = "not-only"
    for i, word in enumerate(words):
        spaced = 0 < i < len(words) - 1 and doc[i - 1].whitespace_ and doc[i].whitespace_
        if word in _DASHES and spaced:
            words[i] = SpacedDash(word)
    return words


class SpacedDash(str):
    """A dash standing between spaces ("X joined O in 2015 – is there ...?"), equal to the dash
    itself for every other test; one inside a name or a range ("Kazakh–Chinese") is a plain str."""


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
    words = _without_restricted_refutations(words, words[begin:finish])
    return (
        _hedged_up_to_the_end(words, begin, finish, hedges, negatable)
        or _hedged_after(words, begin, finish, hedges)
        or _financial_guarantee(words, begin, finish)
        or _count_disagrees(words, begin, finish)
        or _attributed_aside(words, begin, finish)
        or _attributed_ending(words, finish)
        or _mandative(words, begin, finish)
        or _claimed_clause(words, begin)
        or _refuted_ending(words, finish)
        or _refuted_closing_clause(words, finish)
        or _ended_later_in_clause(words, finish)
        or _ended_against_now(words, begin, finish)
        or _ended_state_after(words, begin, finish, hedges)
    )


#: A refutation that names whom it holds of (FPH16): one tuple of spellings per word.
_RESTRICTED = tuple(
    tuple(frozenset(word.split("|")) for word in phrase.split())
    for phrase in lexicon.phrases("fph16-restricted-refutations")
)
_MASK = "\u00b7"
_RESTRICTED_OPENERS = frozenset().union(*(phrase[0] for phrase in _RESTRICTED))


def _without_restricted_refutations(words: list[str], matched: list[str]) -> list[str]:
    """``words`` with each refutation that names whom it holds of masked with that name ("; this
    is untrue of Norway", ", which is not true of Finland"): it speaks of the name, not of the
    match, so no hedge reads it (the positions stay). One naming a word of the ``matched`` words
    ("A and B joined O; this is untrue of B") refutes the match itself and stays (FIX16C).

    >>> _without_restricted_refutations("x joined o ; this is untrue of y .".split(), ["x"])[4:]
    ['·', '·', '·', '·', '·', '.']
    >>> "untrue" in _without_restricted_refutations("x joined o ; this is untrue of x .".split(),
    ...                                             ["x"])
    True
    """
    masked = words
    for start in [i for i, word in enumerate(words) if word in _RESTRICTED_OPENERS]:
        for phrase in _RESTRICTED:
            end = start + len(phrase)
            if end < len(words) and all(map(frozenset.__contains__, phrase, words[start:end])):
                if _names_a_matched_word(words, end, matched):
                    continue
                if masked is words:
                    masked = list(words)
                masked[start : end + 1] = [_MASK] * (len(phrase) + 1)
    return masked


def _names_a_matched_word(words: list[str], at: int, matched: list[str]) -> bool:
    """Whether the name a restricted refutation gives from position ``at`` on (past a leading
    "the") shares a word with the ``matched`` tokens, merged mentions ("kazakhstan and
    uzbekistan", "the netherlands") read word by word."""
    named = words[at + 1] if words[at] == "the" and at + 1 < len(words) else words[at]
    return not set(named.split()).isdisjoint(
        word for token in matched for word in token.split() if word != "the"
    )


def _last_set_off(
    words: list[str], finish: int, marks: frozenset[str], past_semicolon: bool = False
) -> list[str] | None:
    """The words after the last of ``marks`` between the match's ``finish`` and the sentence's
    closing punctuation (what the sentence ends in, set off after the match); None if no mark
    stands there or, unless ``past_semicolon``, a semicolon stands before it.

    >>> _last_set_off("x joined o , a claim r rejects .".split(), 3, _APPOSITION_MARKS)
    ['a', 'claim', 'r', 'rejects']
    >>> _last_set_off("x joined o ; y , some argue .".split(), 3, _COMMA) is None
    True
    """
    end = len(words)
    while end > finish and words[end - 1] in _CLOSING:
        end -= 1
    found = [i for i in range(finish, end) if words[i] in marks]
    if not found or (not past_semicolon and ";" in words[finish : found[-1]]):
        return None
    return words[found[-1] + 1 : end]


def _refuted_ending(words: list[str], finish: int) -> bool:
    """Whether the sentence ends, after the match and no semicolon, in an apposition set off by
    a comma or dash that calls what it says a claim someone refutes (FPH16): "According to Moscow,
    L joined O in violation of assurances, a claim that Riga rejects.", "X joined O in D, an
    assertion the association disputes." ("..., a claim that nobody in Riga rejects" keeps it).

    >>> _refuted_ending("x joined o in d , a claim that r rejects .".split(), 3)
    True
    >>> _refuted_ending("x joined o in d , a claim nobody rejects .".split(), 3)
    False
    """
    aside = _last_set_off(words, finish, _APPOSITION_MARKS)
    return (
        aside is not None
        and 2 < len(aside) <= _MAX_REFUTED_ASIDE
        and aside[0] in ARTICLES
        and aside[1] in _REFUTED_NOUNS
        and not _REFUTING_ENDING_VERBS.isdisjoint(aside)
        and _UNREFUTING.isdisjoint(aside)
    )


def _refuted_closing_clause(words: list[str], finish: int) -> bool:
    """Whether the sentence ends, after the match, in a clause of its own set off by a comma,
    semicolon or dash whose last words refute what came before (FPH19): "X joined O in D, but
    Tashkent disputes that account.", "...; the ministry rejects this." ("..., and Tashkent has
    never disputed this" keeps the fact; so does "..., but Y rejected it": "it" may be another
    thing).

    >>> _refuted_closing_clause("x joined o in d , but r disputes that account .".split(), 3)
    True
    >>> _refuted_closing_clause("x joined o in d , and r never disputed this .".split(), 3)
    False

    Or one that calls it false (KNOWN21): "..., according to one blog, but the claim is false.",
    "...; the report was later retracted.", "..., which is plainly wrong." ("..., but the claim
    is not false" and "..., which was withdrawn" keep the fact: see ``_CALLED_FALSE``).

    >>> _refuted_closing_clause("x joined o , says b , but the claim is false .".split(), 3)
    True
    >>> _refuted_closing_clause("x joined o , says b , but the claim is not false .".split(), 3)
    False
    """
    clause = _last_set_off(words, finish, _CLAUSE_MARKS, past_semicolon=True)
    return (
        clause is not None
        and 2 < len(clause) <= _MAX_REFUTING_CLAUSE
        and (
            (_UNREFUTING.isdisjoint(clause) and _ends_refuting(clause))
            or _CALLED_FALSE.fullmatch(" ".join(clause)) is not None
        )
    )


def _ends_refuting(clause: list[str]) -> bool:
    """Whether a clause ends in a refuting verb and "this|that" or "this|that|the <claim noun>"."""
    if clause[-1] in _DEMONSTRATIVES:
        return clause[-2] in _REFUTING_CLAUSE_VERBS
    return (
        clause[-1] in _REFUTED_CLAUSE_NOUNS
        and clause[-2] in _REFUTED_DETERMINERS
        and clause[-3] in _REFUTING_CLAUSE_VERBS
    )


def _ended_later_in_clause(words: list[str], finish: int) -> bool:
    """Whether an "until|till" stands later in the match's clause, past prepositional phrases
    on the match (KNOWN21): "Eni developed the Karachaganak field with BG Group until 2010",
    "X was a member of O for two decades until 2012" state a state that ended (hedge-until reads
    one right after the match). The words after the match must open with a preposition (lexicon
    known21-until-gap-openers: "with", "in", "for" ...); a clause break (trigger-clause-breaks,
    a comma), a copula ("..., established on D, were cool until", "C (R) is leased to S until
    2050": copula-words) or a range's "from" ("chaired O from January until December 2010",
    known21-until-range-openers) before the "until" keeps the fact.

    >>> _ended_later_in_clause("e developed f with b until 2010 .".split(), 3)
    True
    >>> _ended_later_in_clause("x joined o in 1992 and stayed until 2012 .".split(), 3)
    False
    """
    gap = words[finish : finish + _UNTIL_REACH]
    if not gap or gap[0] not in _UNTIL_GAP_OPENERS:
        return False
    for word in gap[1:]:
        if word in _UNTIL_WORDS:
            return True
        if word in _UNTIL_BREAKS:
            return False
    return False


def _ended_against_now(words: list[str], begin: int, finish: int) -> bool:
    """Whether a past state ("was|were" among the matched words) is set against now by the
    sentence's closing clause (KNOWN21): "Kazakhstan was then a member of the CSTO, but it is no
    longer.", "At the time Kyrgyzstan was a member of GUAM; today it is not." The clause (after a
    comma, semicolon or dash) holds only the words of such a denial (lexicon
    known21-now-denial-words: "it", "is", "not", "no longer", "today", "a member" ...), a
    present "is|are", a negation, and "no longer" or a word of now (known21-now-words); "...,
    and it still is" and an event ("joined O in D, ...": no past copula) keep the fact.

    >>> _ended_against_now("x was a member of o , but it is no longer .".split(), 0, 6)
    True
    >>> _ended_against_now("x was a member of o , and it still is .".split(), 0, 6)
    False
    """
    if _PAST_COPULAS.isdisjoint(words[begin:finish]):
        return False
    clause = _last_set_off(words, finish, _CLAUSE_MARKS, past_semicolon=True)
    return bool(clause) and _now_denial(clause)


def _now_denial(words: list[str]) -> bool:
    """Whether ``words`` only deny now what was ("but it is no longer", "today it is not"):
    the words of such a denial alone, a present "is|are", a negation and a word of now."""
    return (
        _NOW_DENIAL_WORDS.issuperset(words)
        and not _PRESENT_BE.isdisjoint(words)
        and not _NOW_NEGATIONS.isdisjoint(words)
        and not _NOW_WORDS.isdisjoint(words)
    )


def denies_now(sentence: str) -> bool:
    """Whether ``sentence`` only denies now what the one before said was (KNOWN21): "Kazakhstan
    was then a member of the CSTO. Today it is not." (its past states give nothing).

    >>> denies_now("Today it is not."), denies_now("It no longer is!"), denies_now("It is.")
    (True, True, False)
    >>> denies_now("Today it is not a member of NATO.")
    False
    """
    words = _WORD.findall(sentence.lower().replace("’", "'"))
    while words and words[-1] in _CLOSING:
        words.pop()
    return bool(words) and _now_denial(words)


_WORD = re.compile(r"\w+(?=n't)|n't|'s|\w+|[^\w\s]")


_PAST_COPULAS = frozenset(["was", "were"])
_PRESENT_BE = lexicon.words("present-be-forms")
_NOW_NEGATIONS = frozenset(["not", "n't", "longer"])
_NOW_WORDS = lexicon.words("known21-now-words")
_NOW_DENIAL_WORDS = lexicon.words("known21-now-denial-words") | _NOW_WORDS | _PRESENT_BE
_UNTIL_REACH = 8  # "with BG Group and Lukoil in the Karachaganak consortium until"
_UNTIL_WORDS = lexicon.words("known21-ended-until-words")
_UNTIL_GAP_OPENERS = lexicon.words("known21-until-gap-openers")
_UNTIL_BREAKS = (
    (lexicon.words("trigger-clause-breaks") - _UNTIL_WORDS)
    | lexicon.words("copula-words")
    | lexicon.words("known21-until-range-openers")
    | {","}
)


_CLAUSE_MARKS = frozenset([",", ";", "–", "—", "--"])
_MAX_REFUTING_CLAUSE = 8  # "but officials in the capital strongly dispute that account"
_DEMONSTRATIVES = frozenset(["this", "that"])
_REFUTED_DETERMINERS = _DEMONSTRATIVES | ARTICLES
_REFUTING_CLAUSE_VERBS = lexicon.words("fph19-refuting-clause-verbs")
_REFUTED_CLAUSE_NOUNS = lexicon.words("fph19-refuted-clause-nouns")


def _either(*list_ids: str) -> str:
    """A regular-expression group of the phrases of several lexicon lists."""
    return "(?:" + "|".join(lexicon.alternation(list_id) for list_id in list_ids) + ")"


# a closing clause that calls what came before false (KNOWN21), past an opening "but|though ...":
# "the|this|that <claim noun>" with any refuting predicate ("the claim is false", "the report was
# later retracted"), a bare "which|this|that" only with one that can only call a statement wrong
# ("which is wrong"; "which was withdrawn" may speak of a thing); what may stand between, a
# copula ("is", "proved", "turned out to be") and at most one adverb ("plainly", "later")
_CALLED_FALSE = re.compile(
    r"(?:" + lexicon.alternation("known21-refuting-clause-openers") + r" )?(?:"
    + r"(?:the|this|that) "
    + _either("fph19-refuted-clause-nouns", "pf14a-refuted-report-nouns")
    + r" " + lexicon.alternation("known21-refuting-copulas")
    + r"(?: " + lexicon.alternation("known21-refutation-adverbs") + r")? "
    + _either("pf14a-refuting-predicates", "pf14b-refutation-heads")
    + r"|(?:which|this|that) " + lexicon.alternation("known21-refuting-copulas")
    + r"(?: " + lexicon.alternation("known21-refutation-adverbs") + r")? "
    + lexicon.alternation("pf14b-refutation-heads")
    + r")"
)  # fmt: skip


_APPOSITION_MARKS = frozenset([",", "–", "—", "--"])
_COMMA = frozenset([","])
_MAX_REFUTED_ASIDE = 9  # "a claim that the government in Riga has always rejected"
_REFUTED_NOUNS = lexicon.words("fph16-refuted-ending-nouns")
_REFUTING_ENDING_VERBS = lexicon.words("fph16-refuting-ending-verbs")
_UNREFUTING = lexicon.words("fph16-unrefuting-words")


#: The plural nouns a signing counts ("signed by five states: ...") and its words.
_COUNTED = lexicon.words("counted-signer-nouns")
_SIGNING_WORDS = lexicon.words("counted-signing-words")
_LIST_ITEMS = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _count_disagrees(words: list[str], begin: int, finish: int) -> bool:
    """ "signed by five states: A, B and C": in a signing's match, a counted noun and a colon or
    dash before a list (one word, a coordination) whose number of names is not the count; which
    of the five the text names, or whether it names them all, is not certain (a name holding
    "and", "Bosnia and Herzegovina", counts twice: nothing rather than a guess)."""
    if not _SIGNING_WORDS.intersection(words[begin:finish]):
        return False  # a signing's list only: "X borders five states: A, B" is no signing
    for k in range(begin, finish - 3):
        if words[k + 1] not in _COUNTED or words[k + 2] not in {":", "–", "—", "-"}:
            continue
        count = NUMBER_WORDS.get(words[k]) if not words[k].isdigit() else int(words[k])
        names = _list_after(words, k + 3, finish)
        if count is not None and names is not None and len(names) != count:
            return True
    return False


def _list_after(words: list[str], at: int, finish: int) -> list[str] | None:
    """The names of the list at ``at`` when it is one coordination word ("a, b and c", as a
    relation rule reads it); None for anything else (the dependency reading's loose words are
    not counted)."""
    if _LIST_ITEMS.search(words[at]):
        return _LIST_ITEMS.split(words[at])
    return None


#: The words of guaranteeing, and of the money whose guarantee is no state's guarantee of a
#: treaty (a lender's claim on a borrower, not another state's security).
_GUARANTEE_WORDS = lexicon.words("guarantee-words")
_FINANCIAL = re.compile(r"\b" + lexicon.alternation("financial-guarantee-nouns") + r"\b")


def _attributed_aside(words: list[str], begin: int, finish: int) -> bool:
    """Whether the match holds an aside between commas that puts it in unnamed mouths: "X, some
    claim, joined O", "X, it is said, joined O", "X, critics argue, founded O" (a named source
    keeps the fact: "X, the ministry said, joined O")."""
    commas = [i for i in range(begin, finish) if words[i] == ","]
    for first, last in pairwise(commas):
        aside = words[first + 1 : last]
        if not 0 < len(aside) <= _MAX_ASIDE or aside[-1] not in _CLAIM_VERBS:
            continue
        if aside[-1] not in _SAY_VERBS or aside[0] in _UNNAMED_SAYERS:
            return True
    return False


def _attributed_ending(words: list[str], finish: int) -> bool:
    """Whether the sentence ends, after the match and no semicolon, in an aside set off by a
    comma that puts it in unnamed mouths, as _attributed_aside reads one (PF12A): "O succeeded
    P in 1991, some argue.", "X co-founded O, many believe." ("..., the ministry said." keeps
    the fact)."""
    aside = _last_set_off(words, finish, _COMMA)
    if aside is None or not 0 < len(aside) <= _MAX_ASIDE or aside[-1] not in _CLAIM_VERBS:
        return False
    return aside[-1] not in _SAY_VERBS or aside[0] in _UNNAMED_SAYERS


def _own_relative_clause(words: list[str], begin: int, finish: int) -> bool:
    """Whether the match is its first name's own relative clause ("X, which joined O in D"):
    what the sentence excludes X from ("unlike X, which joined O", "all but X") is another
    statement; the clause says of X what holds ("X, which stayed out, joined O" is none)."""
    return (
        begin + 3 < finish
        and words[begin + 1] == ","
        and words[begin + 2] in _RELATIVE_OPENERS
        and "," not in words[begin + 3 : finish]
    )


def _sole_one(words: list[str], begin: int, phrase: tuple[str, ...]) -> bool:
    """Whether "<noun> but X" follows a "no|none" ("No state but X signed T", "none of the
    members but X"): X is the only one the statement holds of, not the one it leaves out
    ("Every member but X signed T")."""
    start = begin - len(phrase)
    return phrase[-1] == "but" and not _NONE_WORDS.isdisjoint(words[max(start - 4, 0) : start])


_NONE_WORDS = frozenset(["no", "none", "nobody", "neither"])


def _closes(words: list[str], finish: int) -> bool:
    """Whether the match runs to its sentence's or part's end: a relative clause in the middle
    ("H, unlike X, which joined O, stayed out") may speak of the head H."""
    return finish >= len(words) or words[finish] in _CLOSING


def _doubted_part(words: list[str], begin: int, finish: int, doubts: frozenset) -> bool:
    """Whether a sentence-wide doubt ("reportedly", "cancelled", a question's "?") governs the
    match: it stands in the match's part of the sentence (``_part``), or the sentence asks a
    question and the match's part opens like one ("Did X join O in 2015 – the year ...?")."""
    if doubts.isdisjoint(words):
        return False
    lo, hi = _part(words, begin, finish)
    if _presupposed(words, begin, finish, doubts & set(words[lo:hi])):
        return False  # "Will R affect O, which we co-founded with A?": the clause is stated
    if not doubts.isdisjoint(words[lo:hi]):
        return True
    if "?" not in doubts or "?" not in words:
        return False
    return _opener(words, lo, begin) in _QUESTION_OPENERS or _coordinated_question(words, hi)


def _coordinated_question(words: list[str], hi: int) -> bool:
    """Whether the sentence's closing "?" asks the whole coordination the part ending at ``hi``
    opens: the part after it is a conjunct after a comma ("and", "but" ...) that opens like a
    statement, not a question of its own ("A established relations with B in 1992, and C a few
    months earlier?", "A is a member of O, and an observer in P?"; "..., but did C?" asks only
    of C).

    >>> _coordinated_question("a joined o , and b a year later ?".split(), 4)
    True
    >>> _coordinated_question("a joined o , but did b ?".split(), 4)
    False
    """
    if hi >= len(words) or words[hi] not in _LINKS or hi == 0 or words[hi - 1] != ",":
        return False
    mark = words.index("?", hi) if "?" in words[hi:] else -1
    if mark < 0 or any(w == ";" or isinstance(w, SpacedDash) for w in words[hi:mark]):
        return False
    return _opener(words, hi + 1, mark) not in _QUESTION_OPENERS


def _presupposed(words: list[str], begin: int, finish: int, doubts: set) -> bool:
    """Whether a question asks nothing of the match: the only doubt is its "?" and the match is
    its first name's own non-restrictive relative clause ("Did A visit C, which joined O in D?",
    "Will R affect our obligations under O, which we co-founded with A?"), which the asker
    states."""
    return doubts == {"?"} and _own_relative_clause(words, begin, finish) and _closes(words, finish)


def _part(words: list[str], begin: int, finish: int) -> tuple[int, int]:
    """The match's part of the sentence: between the semicolons, the one spaced dash of the
    sentence and the conjunctions after a comma around it ("X joined O in 2015 – is there
    ...?", "...; a project abandoned in 2014", "..., although a planned agreement was
    postponed"), a break passed over where the part after it refers back to the one before ("...;
    this was denied", "– or did it?", "– right?"), and the whole sentence up to the match when
    a colon stands before its part ("Unconfirmed reports: A joined O; B joined P")."""
    dashes = [i for i, word in enumerate(words) if isinstance(word, SpacedDash)]
    breaks = [i for i, w in enumerate(words) if w == ";" or (len(dashes) == 1 and i in dashes)]
    # ", although|but|and ...": the conjunction closes the part before it, a comma before it
    linked = [i + 1 for i, w in enumerate(words[:-1]) if w == "," and words[i + 1] in _LINKS]
    breaks += linked
    breaks.sort()
    lo = max((i + 1 for i in breaks if i < begin and not _refers_back(words, i + 1)), default=0)
    if ":" in words[:lo]:
        lo = 0
    hi = min(
        (i for i in breaks if i >= finish and not _refers_back(words, i + 1)), default=len(words)
    )
    return lo, hi


def _refers_back(words: list[str], start: int) -> bool:
    """Whether the part of the sentence opening at ``start`` (up to the next semicolon or dash)
    may speak of the part before it: a short part ("– right?"), one opening with a coordinator
    or an answer ("or did it?", "and the IMF?"), or one holding a word that refers back ("this
    was denied", "a claim ...", "so critics say")."""
    part = []
    for word in words[start:]:
        if word == ";" or isinstance(word, SpacedDash):
            break
        if word.isalnum() or word.replace("'", "").isalnum():
            part.append(word)
    return len(part) < 3 or part[0] in _ANSWER_OPENERS or not _REFERRING.isdisjoint(part)


def _opener(words: list[str], lo: int, begin: int) -> str:
    """The first word of the match's part of the sentence, past a speaker's or line's label
    ("PRESENTER: Did ...") and opening punctuation."""
    colons = [i for i in range(lo, begin) if words[i] == ":"]
    start = colons[-1] + 1 if colons else lo
    for word in words[start:begin]:
        if word.isalnum() or word.replace("'", "").isalnum():
            return word
    return ""


def _financial_guarantee(words: list[str], begin: int, finish: int) -> bool:
    """ "The Loan Agreement, jointly guaranteed by A and B, ...", "the credit, guaranteed by
    A": a match of guaranteeing whose words (a name among them is one word) speak of a loan,
    credit, bond or debt states a financial guarantee, no guarantor of a treaty."""
    matched = words[begin:finish]
    if not _GUARANTEE_WORDS.intersection(matched):
        return False
    return any(_FINANCIAL.search(word) for word in matched)


#: The bare verbs of a mandative clause ("that X join O") and the words that may join its names.
_MANDATIVE_VERBS = lexicon.words("pf12a-mandative-bare-verbs")
_NAME_LINKS = frozenset([",", "and"])
_MAX_SUBJECT = 7  # words of the clause's subject: "A, B and C" (each name one word)


def _that_before(words: list[str], begin: int) -> int:
    """The position of the "that" right before the match (or before its "the"), else -1."""
    opener = begin - 2 if begin >= 2 and words[begin - 1] == "the" else begin - 1
    return opener if opener >= 0 and words[opener] == "that" else -1


def _mandative(words: list[str], begin: int, finish: int) -> bool:
    """Whether the match is a mandative clause (PF12A): it opens right after "that" (or "that
    the") and its first word, or a list of one-word names joined by "," and "and", is followed
    by a bare verb (lexicon pf12a-mandative-bare-verbs) inside the match: "it is vital that X
    join O", "the leaders decided that A chair O in D", "the plan envisages that B become a
    member of O" state a wish, proposal or decision, no fact ("that X joined O" keeps its
    reading).

    >>> _mandative("it is vital that x join y".split(), 4, 7)
    True
    >>> _mandative("it is known that x joined y".split(), 4, 7)
    False
    """
    opener = _that_before(words, begin)
    if opener < 0:
        return False
    for i in range(begin + 1, min(finish, begin + 1 + _MAX_SUBJECT)):
        if words[i] in _MANDATIVE_VERBS:
            return (i - begin) % 2 == 1 and all(
                words[j] in _NAME_LINKS for j in range(begin + 1, i, 2)
            )
        if (i - begin) % 2 == 1 and words[i] not in _NAME_LINKS:
            return False
    return False


#: The nouns whose "that" clause is only a claim, and what parts such a noun from a "that".
_CLAIM_NOUNS = lexicon.words("pf14b-claim-nouns")
_CLAIM_BREAKS = lexicon.words("pf14b-claim-clause-breaks")
_MAX_CLAIM_REACH = 5  # words from a claim noun to its "that": "the claim in the lede that"


def _claimed_clause(words: list[str], begin: int) -> bool:
    """Whether the match opens a claim noun's "that" clause (PF14B): "that" (or "that the")
    right before it and a claim noun a few words before that, nothing between them that opens
    another clause ("the claim that X is a member of O", "the claim in the lede that X co-founded
    O", "the author claims that X joined O"; "the fact that X joined O" and "dropped its claim
    and agreed that X ..." state the clause).

    >>> _claimed_clause("the claim in the lede that x joined y".split(), 6)
    True
    >>> _claimed_clause("it dropped its claim and agreed that x joined y".split(), 7)
    False
    """
    opener = _that_before(words, begin)
    if opener < 0:
        return False
    for word in reversed(words[max(opener - _MAX_CLAIM_REACH, 0) : opener]):
        if word in _CLAIM_NOUNS:
            return True
        if word in _CLAIM_BREAKS:
            return False
    return False


def _hedged_up_to_the_end(
    words: list[str], begin: int, finish: int, hedges: Hedges, negatable: list[int] | None
) -> bool:
    """hedged's tests of the sentence, of what stands before the match and of the match."""
    if _doubted_part(words, begin, finish, hedges.sentence):
        return True  # reported doubt, a question: in the match's part of the sentence
    if not hedges.before.isdisjoint(words[:begin]):
        return True
    positions = range(begin, finish) if negatable is None else negatable
    if any(words[i] in hedges.inside for i in positions):
        return True
    if not hedges.span.isdisjoint(words[begin:finish]):
        return True
    if _spans_phrase(words[begin:finish], hedges.indexes["span"]):
        return True  # "is set to climb to $5bn", "fell short of $5bn"
    preceding = hedges.indexes["preceding"].closing(tuple(words[:begin]))
    preceding = [phrase for phrase in preceding if not _sole_one(words, begin, phrase)]
    if preceding and not (
        _own_relative_clause(words, begin, finish)
        and all(phrase[-1] in _EXCLUDING_ENDS for phrase in preceding)
        and (_closes(words, finish) or begin == max(map(len, preceding)))
    ):
        return True  # "except X", "rather than X": X is the one the statement leaves out
    label = _label(words, begin)
    if not hedges.label.isdisjoint(label) or _closed_span(" ".join(label)):
        return True  # "2030 – Target date: X joins O", "1991–2012 – X is a member of O"
    if _office_before_name(words, begin, finish, hedges.indexes["title"]):
        return True  # "Deputy Prime Minister X visited C": an office below a leader's
    # "Had X signed T in 1994, it would ...": a condition, inverted
    return bool(words) and begin > 0 and words[0] in hedges.opening


def _spans_phrase(words: list[str], phrases: tuple[str, ...]) -> bool:
    """Whether a span phrase (space-padded) stands among ``words``.

    >>> _spans_phrase("trade is set to climb to".split(), (" set to ",))
    True
    >>> _spans_phrase("trade set a record of".split(), (" set to ",))
    False
    """
    if not phrases:
        return False
    text = f" {' '.join(words)} "
    return any(phrase in text for phrase in phrases)


def _hedged_after(words: list[str], begin: int, finish: int, hedges: Hedges) -> bool:
    """hedged's tests of what follows the match."""
    if _stands_after(words, finish, hedges.indexes["tail"]):
        return True  # "O replaced P as the main alliance, analysts say": an attributed claim
    if _length_left_out(words, begin, finish):
        return True  # "X borders Y along 7,600 km": the node would lack its length
    closed = finish > 0 and words[finish - 1] in _PUNCTUATION  # "X, who travelled ..., had not"
    if not closed and hedges.indexes["next"].opens(tuple(words[finish:])):
        return True  # "founded by A and B, and C stayed out": C opens a clause of its own
    return after_phrase(words, finish, hedges, begin)


def _stands_after(words: list[str], finish: int, phrases: PhraseIndex) -> bool:
    """Whether one of ``phrases`` stands anywhere from ``finish`` on: whether one opens the words
    from some position on (``PhraseIndex.opens``, one set lookup per phrase length)."""
    rest = tuple(words)
    return any(phrases.opens(rest, i) for i in range(min(finish, len(words)), len(words) + 1))


def _length_left_out(words: list[str], begin: int, finish: int) -> bool:
    """Whether a length stands later in the match's clause while the match holds none."""
    if any(_LENGTH.match(word) for word in words[begin:finish]):
        return False
    for word in words[finish : finish + _LENGTH_REACH]:
        if word in _CLAUSE_ENDS:
            return False
        if _LENGTH.match(word):
            return True
    return False


def _label(words: list[str], begin: int) -> list[str]:
    """The label the line opens with before the match: the words before its last colon or dash
    among the sentence's first few words ("2031 ( planned ) –", "target date :")."""
    ends = [i for i in range(min(begin, _MAX_LABEL + 1)) if words[i] in _LABEL_ENDS]
    return words[: ends[-1]] if ends else []


def _closed_span(label: str) -> bool:
    """Whether a line's label holds a closed span of years ("1991–2012", "2019-20") or of ISO
    days ("2017-09-10 – 2017-09-11": no one date of the line's facts); one ISO day is none.

    >>> _closed_span("1991–2012"), _closed_span("1992-03-02"), _closed_span("1994-09")
    (True, False, True)
    """
    if len(_ISO_DAY.findall(label)) > 1:
        return True
    return _YEAR_SPAN.search(_ISO_DAY.sub(" ", label)) is not None


def _office_before_name(words: list[str], begin: int, finish: int, offices: PhraseIndex) -> bool:
    """Whether an office phrase ends at or after the match's start, inside it, and a name follows
    it (not "of", a comma ...): "Foreign Minister X visited C" (the match opens at X or before
    the title), not "the foreign minister of X" nor an office after the match. Only the offices
    opening with a position's word are tried there."""
    by_first = offices.by_first
    for start in range(finish):
        for office in by_first.get(words[start], ()) + by_first.get(None, ()):
            end = start + len(office)
            if end >= finish or tuple(words[start:end]) != office:
                continue  # it leaves no name inside the match
            if begin <= _holder_after(words, end) < finish:
                return True
    return False


#: VISIT22B: the most words "of S" may hold between an office and the comma before its holder
_OF_STATE_REACH = 6
_NO_HOLDER = -1


def _holder_after(words: list[str], end: int) -> int:
    """Where the name an office ending at ``end`` is followed by stands: right after it
    ("Foreign Minister X"), or set off after its "of S" ("the Vice President of China, X,"
    VISIT22B); _NO_HOLDER when no name follows ("the foreign minister of X", "Foreign Minister,
    X": the office may be another's)."""
    if words[end] not in _NOT_A_NAME:
        return end
    if words[end] != "of":
        return _NO_HOLDER
    for i in range(end + 1, min(end + 1 + _OF_STATE_REACH, len(words) - 1)):
        if words[i] in _PUNCTUATION or words[i] == ".":
            named = words[i] == "," and words[i + 1] not in _NOT_A_NAME | _DETERMINERS
            return i + 1 if named else _NO_HOLDER
    return _NO_HOLDER


#: What opens a status phrase a bare comma may set off after a match (KNOWN19).
_SET_OFF_STATUS_OPENERS = lexicon.words("known19-set-off-status-openers")


#: A leaving right after a match (lexicon ended21-ended-after-words) and the events of joining
#: that keep their fact all the same (ended21-joining-events).
_ENDED_AFTER = PhraseIndex.of(
    tuple(tuple(p.split()) for p in lexicon.phrases("ended21-ended-after-words"))
)
_JOINING_EVENTS = lexicon.words("ended21-joining-events")


def _ended_state_after(words: list[str], begin: int, finish: int, hedges: Hedges) -> bool:
    """Whether a leaving follows the match (directly or past a few lead words: "X was a member of
    O and withdrew in 2012") while the match states a state, not an event of joining (ENDED21):
    "X rejoined O in 2006 and left it again in 2012" keeps the 2006 membership (the gold
    conventions of tests/generality/README.md)."""
    if _JOINING_EVENTS.intersection(words[begin:finish]):
        return False
    return after_phrase(words, finish, hedges, begin, _ENDED_AFTER)


def after_phrase(
    words: list[str],
    finish: int,
    hedges: Hedges,
    begin: int | None = None,
    index: PhraseIndex | None = None,
) -> bool:
    """Whether an after phrase follows the match, directly or past a few lead words
    ("joined Y in 2004, but only as an observer"); a comma only before another lead word, so
    "takes part in P, a programme of O, as a partner country" keeps P's organisation, unless
    the match from ``begin`` holds no comma of its own (the comma closes no aside) and a status
    phrase's "as|with" follows: "X is a member of O, as an observer" is no membership (KNOWN19).
    ``index``: other phrases than the after scope's."""
    index = index or hedges.indexes["after"]
    longest = index.by_length[-1][0] if index.by_length else 0
    bare = begin is not None and _holds_no_aside(words, begin, finish)
    finish = _past_companion_aside(words, finish)
    for start in range(finish, min(finish + _MAX_LEAD, len(words)) + 1):
        following = tuple(words[start : start + longest])
        if index.opens(following):
            return True
        if start >= len(words) or words[start] not in hedges.lead:
            return False
        after_comma = following[1] if len(following) > 1 else ","
        status = bare and after_comma in _SET_OFF_STATUS_OPENERS
        if (
            words[start] == ","
            and not status
            and (after_comma == "," or after_comma not in hedges.lead)
        ):
            return False
    return False


#: What opens a companion aside, "O admitted A, together with B and C, as observers" (FP22).
_COMPANION_OPENERS = tuple(
    tuple(p.split()) for p in lexicon.phrases("fp22-companion-aside-openers")
)
_COMPANION_REACH = 12  # words a companion aside may hold before its closing comma
_ASIDE_BREAKS = frozenset([";", ".", ":", "?", "!", "—", "–", "which", "who", "that"])


def _companion_opens(words: list[str], at: int) -> bool:
    return any(tuple(words[at : at + len(p)]) == p for p in _COMPANION_OPENERS)


def _holds_no_aside(words: list[str], begin: int, finish: int) -> bool:
    """Whether the match holds no comma, or only one opening the companion aside it ends in
    ("O admitted A, together with B and C": the comma after it closes that aside)."""
    commas = [k for k in range(begin, finish) if words[k] == ","]
    return not commas or _companion_opens(words, commas[-1] + 1)


def _past_companion_aside(words: list[str], finish: int) -> int:
    """The comma closing a companion aside that opens right after the match ("O admitted A,
    together with B and C, as observers": the status phrase is A's too), else ``finish``."""
    if finish >= len(words) or words[finish] != "," or not _companion_opens(words, finish + 1):
        return finish
    for k in range(finish + 2, min(len(words), finish + 2 + _COMPANION_REACH)):
        if words[k] == ",":
            return k
        if words[k] in _ASIDE_BREAKS:
            break
    return finish


def refutes_previous(text: str, start: int, previous: str) -> bool:
    """Whether the sentence at ``start`` of ``text`` only refutes the statement right before it
    (``previous``, no question): "Some say X founded O. GUEST: That's wrong." states no founding.

    >>> refutes_previous("GUEST: That's wrong, actually.", 0, "Some say X founded O.")
    True
    >>> refutes_previous("The report was later retracted.", 0, "Tass reported that X joined O.")
    True
    >>> refutes_previous("A: No.", 0, "Q: Is X a member of O?")
    False
    >>> refutes_previous("T. No. | Date", 3, "T."), refutes_previous("T. No. 5 is B.", 3, "T.")
    (False, False)
    """
    asked = previous.rstrip().rstrip("\"'”’)").endswith("?")
    return not asked and _REFUTING.match(text, start) is not None
