"""Shortcuts the extractor takes for speed give exactly what the plain computation gives."""

import pytest
from fact_cases import merged_sentence as _merged

from kzgraph.gazetteer import default_gazetteer
from kzgraph.linking import link_mentions
from kzgraph.mentions import find_mentions
from kzgraph.relations import (
    _in_order,
    _matches,
    _positions,
    default_relation_rules,
    merged_doc_for,
)
from kzgraph.sentences import iter_sentence_spans

SENTENCES = [
    "Mongolia ratified the Energy Charter Treaty in 1999.",
    "In 2004, Lithuania became a member of the North Atlantic Treaty Organization.",
    "Chile and Peru established diplomatic relations on 3 March 1950.",
    # look-alikes: names and words of rules, but no rule's whole pattern
    "Lithuania's ratified budget met members of the press in Vilnius.",
    "The weather in 1999 was mild, and nothing else happened.",
    # every word of a rule, but not in its order
    "Established on 3 March 1950, diplomatic relations link Chile and Peru.",
]


def _every_matcher(doc, rules):
    """The matches of every rule's Matcher, in the rule file's order, without any index."""
    for matcher, _ in rules.matchers.values():
        yield from matcher(doc, with_alignments=True)


def _key(doc, match):
    match_id, begin, end, alignment = match
    return doc.vocab.strings[match_id], begin, end, tuple(alignment)


@pytest.mark.parametrize("text", SENTENCES)
def test_indexed_matchers_find_what_every_matcher_finds(text):
    rules = default_relation_rules()
    doc = _merged(text)
    indexed = [_key(doc, m) for m in _matches(doc, rules)]
    assert indexed == [_key(doc, m) for m in _every_matcher(doc, rules)]


def test_the_index_finds_matches_and_none_in_a_look_alike():
    rules = default_relation_rules()
    assert list(_matches(_merged(SENTENCES[2]), rules))
    assert not list(_matches(_merged(SENTENCES[4]), rules))


@pytest.mark.parametrize("text", SENTENCES)
def test_recorded_positions_are_the_tokens_own(text):
    doc = _merged(text)
    expected: dict[str, list[int]] = {}
    for token in doc:
        for option in dict.fromkeys([token.norm_, *token._.kz_kinds.split("|")]):
            if option:
                expected.setdefault(option, []).append(token.i)
    assert _positions(doc) == expected


def test_a_rule_needs_its_words_in_its_order():
    needs = [("type", frozenset(["State"])), ("norm", frozenset(["joined", "entered"]))]
    assert _in_order(needs, {"State": [0, 5], "joined": [3]})
    assert _in_order(needs, {"State": [2], "entered": [0, 4], "joined": [1]})
    assert not _in_order(needs, {"State": [4], "joined": [1]})
    assert not _in_order(needs, {"joined": [1]})


def test_the_same_sentence_and_mentions_give_the_same_merged_doc():
    text = SENTENCES[2]
    (offset, span), *_ = iter_sentence_spans(text)
    mentions = find_mentions(span, offset, text)
    link_mentions(mentions, default_gazetteer())
    sentence = text[span.start_char : span.end_char]
    doc = merged_doc_for(sentence, span.start_char, mentions)
    assert merged_doc_for(sentence, span.start_char, mentions) is doc
    # look-alikes: another mention list, a left-out mention, another text give a fresh Doc
    fewer = merged_doc_for(sentence, span.start_char, mentions[1:])
    assert fewer is not doc and doc[0]._.kz_mention == 0 and fewer[0]._.kz_mention == -1
    assert merged_doc_for(sentence, span.start_char, mentions, skip=frozenset([0])) is not doc
    assert merged_doc_for(sentence.upper(), span.start_char, mentions) is not doc


def test_the_matcher_reads_native_attributes_as_the_extensions_say():
    from spacy.matcher import Matcher

    from kzgraph.rule_dsl import compile_word, matcher_spec

    rules = default_relation_rules()
    by_extension = Matcher(merged_doc_for("x", 0, []).vocab, validate=False)
    for key, compiled in rules.patterns.items():
        by_extension.add(key, [compiled.specs])  # the specs as compiled: kz_ extensions
    group, single = compile_word("{S:State/2}")[0], compile_word("{S:State/1}")[0]
    assert matcher_spec(group)["ENT_ID"] != matcher_spec(single)["ENT_ID"]
    # a group (/2 slots), single states, a non-actor gap, and look-alikes without a fact
    for text in [*SENTENCES, "Chile, Peru and Bolivia established diplomatic relations in 1950."]:
        doc = _merged(text)
        native = sorted(_key(doc, m) for m in _every_matcher(doc, rules))
        extension = sorted(_key(doc, m) for m in by_extension(doc, with_alignments=True))
        assert native == extension
    grouped = _merged("Chile, Peru and Bolivia established diplomatic relations in 1950.")
    assert grouped[0]._.kz_group and list(_every_matcher(grouped, rules))


def test_after_phrases_looked_up_by_first_word_are_the_ones_that_follow():
    from kzgraph.hedges import Hedges, after_phrase

    def brute(words, finish, hedges):  # every phrase at every position, as before the index
        return any(
            tuple(words[start : start + 6])[: len(phrase)] == phrase
            for start in range(finish, min(finish + 1, len(words)) + 1)
            for phrase in hedges.after
        )

    hedges = Hedges(after=(("as", "an", "observer"), ("as", "a", "guest"), ("online",)))
    cases = [
        (["x", "joined", "y", "as", "an", "observer"], 3, True),
        (["x", "joined", "y", "as", "a", "guest"], 3, True),
        (["x", "joined", "y", "as", "a", "member"], 3, False),  # look-alike: same first word
        (["x", "met", "y", "online"], 3, True),
        (["x", "met", "y"], 3, False),
    ]
    for words, finish, expected in cases:
        assert after_phrase(words, finish, hedges) is expected
        assert brute(words, finish, hedges) is expected
    assert after_phrase(["x", "met", "y"], 3, Hedges(after=((),)))  # an empty phrase: always
