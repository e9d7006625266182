"""Named word lists (data/lexicon.jsonl): the words the extractor's code tests tokens or text
against, kept as data with an id and a note, like the rules.

A module asks for a list by its id once, when it is imported:
``_TOPIC_NOUNS = lexicon.words("title-topic-nouns")``. Where code matches a phrase list with a
regular expression, the phrases stay data and ``lexicon.alternation`` builds the group.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from kzgraph.errors import RuleFileError
from kzgraph.gazetteer import read_jsonl
from kzgraph.resources import rules_dir


def lexicon_file() -> Path:
    return rules_dir() / "lexicon.jsonl"


def load_lexicon(path: Path) -> dict[str, tuple[str, ...]]:
    """Each list's words in file order, by id; RuleFileError names a broken line.

    A line is ``{"id", "words": [non-empty strings, each once], "note"}``; ids are unique.
    """
    lists: dict[str, tuple[str, ...]] = {}
    for line, record in read_jsonl(path, ("id", "words", "note")):
        list_id, listed, note = record["id"], record["words"], record["note"]
        if not isinstance(list_id, str) or not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", list_id):
            raise RuleFileError(path, line, "id must be lowercase words joined by hyphens")
        if list_id in lists:
            raise RuleFileError(path, line, f"duplicate list id {list_id!r}")
        if not isinstance(note, str) or not note.strip():
            raise RuleFileError(path, line, "note must say what the list is for")
        if not isinstance(listed, list) or not all(isinstance(w, str) and w for w in listed):
            raise RuleFileError(path, line, "words must be a list of non-empty strings")
        repeated = sorted({word for word in listed if listed.count(word) > 1})
        if repeated:
            raise RuleFileError(path, line, f"word(s) listed twice: {', '.join(repeated)}")
        lists[list_id] = tuple(listed)
    return lists


@cache
def _shipped() -> dict[str, tuple[str, ...]]:
    return load_lexicon(lexicon_file())


def phrases(list_id: str) -> tuple[str, ...]:
    """The list's words (or phrases) in the order the file gives them.

    >>> "founding" in phrases("founding-act-participles")
    True
    """
    lists = _shipped()
    if list_id not in lists:
        raise RuleFileError(lexicon_file(), None, f"no word list {list_id!r}")
    return lists[list_id]


@cache
def words(list_id: str) -> frozenset[str]:
    """The list's words as a set, made once.

    >>> "jointly" in words("founding-act-adverbs")
    True
    """
    return frozenset(phrases(list_id))


def alternation(list_id: str) -> str:
    """A regular-expression group of the list's phrases in file order, words escaped and the
    spaces between them standing for any whitespace: ``(?:setting\\s+up|launching)``."""
    return "(?:" + "|".join(_phrase_pattern(phrase) for phrase in phrases(list_id)) + ")"


def _phrase_pattern(phrase: str) -> str:
    return r"\s+".join(re.escape(word) for word in phrase.split())


#: A named word list standing as one whole alternative of a rule's word (rule_dsl's patterns,
#: hedges.jsonl's phrases, a references.jsonl list's item).
LEXICON_REFERENCE = re.compile(r"(?<![^\s|\[!])@lexicon:([a-z0-9]+(?:-[a-z0-9]+)*)(?![^\s|\]?])")
#: What a listed word may not hold to stand as an alternative of a pattern word.
_NOT_IN_DSL_WORD = re.compile(r"[\s|\[\]{}?]")


def expand_lexicon_references(pattern: str, path: Path, line: int) -> str:
    """The pattern with each ``@lexicon:ID`` replaced by the list's words joined by ``|``;
    RuleFileError at the rule's line for an unknown id, a word no pattern word can hold, or a
    reference that is not a whole alternative.

    >>> expand_lexicon_references("long|@lexicon:border-rule-punctuation", Path("r"), 1)
    'long|,|.|;|('
    """

    def spelled(found: re.Match) -> str:
        try:
            listed = phrases(found[1])
        except RuleFileError:
            raise RuleFileError(path, line, f"no word list {found[1]!r} in lexicon.jsonl") from None
        bad = [word for word in listed if _NOT_IN_DSL_WORD.search(word)]
        if bad:
            raise RuleFileError(path, line, f"word list {found[1]!r}: {bad[0]!r} cannot be a "
                                "pattern word's alternative")  # fmt: skip
        return "|".join(listed)

    expanded = LEXICON_REFERENCE.sub(spelled, pattern)
    if "@lexicon:" in expanded:
        raise RuleFileError(path, line, "bad pattern: @lexicon:ID must be a whole alternative "
                            "of a word (a|@lexicon:ID|b)")  # fmt: skip
    return expanded
