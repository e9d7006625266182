"""hedges: reading data/hedges.jsonl and deciding whether a match is stated under a hedge."""

from __future__ import annotations

import pytest

from kzgraph.errors import RuleFileError
from kzgraph.hedges import Hedges, hedge_words, hedged, load_hedges


def test_each_scope_hedges_only_where_it_looks():
    hedges = Hedges(sentence=frozenset({"alleged"}), span=frozenset({"expected"}))
    assert hedged(["critics", "alleged", "x", "joined", "y"], 2, 5, hedges)
    assert hedged(["x", "is", "expected", "to", "join", "y"], 0, 6, hedges)
    assert not hedged(["x", "is", "expected", "to", "join", "y"], 4, 6, hedges)


def test_a_negation_counts_only_at_the_negatable_positions():
    hedges = Hedges(inside=frozenset({"not"}))
    words = ["x", "did", "not", "join", "y"]
    assert hedged(words, 0, 5, hedges)
    assert not hedged(words, 0, 5, hedges, negatable=[3, 4])


def test_the_shipped_hedges_load_lowercased_with_after_phrases_split():
    hedges = load_hedges()
    assert hedges.after and all(isinstance(phrase, tuple) for phrase in hedges.after)
    every = hedges.sentence | hedges.before | hedges.inside | hedges.span
    assert every and all(word == word.lower() for word in every)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"id": "h", "scope": "nowhere", "words": ["if"]}', "scope must be one of"),
        ('{"id": "h", "scope": "before", "words": ["if", ""]}', "words must be a list"),
    ],
)
def test_a_broken_hedge_line_is_reported_with_file_and_line(tmp_path, line, message):
    path = tmp_path / "hedges.jsonl"
    path.write_text('{"id": "ok", "scope": "before", "words": ["If"]}\n' + line, encoding="utf-8")
    with pytest.raises(RuleFileError, match=rf"hedges\.jsonl:2: {message}"):
        load_hedges(path)


def test_not_only_is_marked_as_no_negation():
    from kzgraph.sentences import pipeline

    words = hedge_words(pipeline().make_doc("X not only joined Y but did not leave"))
    assert words.count("not-only") == 1 and words.count("not") == 1


def test_an_after_phrase_counts_past_lead_words_but_not_past_a_bare_comma():
    hedges = Hedges(
        after=(("as", "an", "observer"), ("as", "a", "partner")),
        lead=frozenset({",", "but", "only"}),
    )
    assert hedged(_words("x joined y in 2004 , but only as an observer"), 0, 5, hedges)
    assert hedged(_words("x joined it only as an observer"), 0, 3, hedges)
    # a comma alone leads nowhere: the apposition's own phrase is not the match's status
    assert not hedged(_words("x takes part in p , a scheme , as a partner"), 0, 5, hedges)
    assert not hedged(_words("x joined y , but z joined it as an observer"), 0, 3, hedges)


def _words(text: str) -> list[str]:
    return text.split(" ")


def test_a_preceding_phrase_hedges_the_filler_it_leaves_out():
    hedges = Hedges(preceding=(("except",), ("rather", "than")))
    words = ["c", ",", "rather", "than", "d", ",", "is", "the", "capital", "of", "s"]
    assert hedged(words, 4, 10, hedges)  # "d , is the capital of s"
    assert not hedged(words, 0, 1, hedges)
    assert hedged(["all", "states", "except", "x", "are", "members", "of", "y"], 3, 8, hedges)


def test_the_shipped_hedges_have_the_new_scopes():
    hedges = load_hedges()
    assert ("rather", "than") in hedges.preceding and ("until",) in hedges.after
    assert {",", "but", "only"} <= hedges.lead and "?" in hedges.sentence


def test_a_next_phrase_counts_only_right_after_an_open_match():
    hedges = Hedges(next=(("stayed", "out"), ("had", "not")), lead=frozenset({"but"}))
    assert hedged(_words("o was founded by a , and c stayed out"), 0, 8, hedges)
    assert not hedged(_words("x signed t but had not ratified it"), 0, 3, hedges)
    # a match closed by its own comma: the negation is the main clause's
    assert not hedged(_words("v , who flew to c on d , had not been"), 0, 9, hedges)
