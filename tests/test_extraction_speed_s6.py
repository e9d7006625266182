"""Session 6's speed-ups give exactly what the plain computation gives (and nothing more)."""

import pytest
from fact_cases import merged_sentence as _merged

from kzgraph.errors import RuleFileError
from kzgraph.hedges import Hedges, hedge_words, hedged
from kzgraph.relations import default_relation_rules
from kzgraph.resources import rules_dir
from kzgraph.rule_dsl import LazyMatcher, compile_word, load_relation_rules, matcher_spec
from kzgraph.trigger_clauses import CONTRAST_SUBJECTS, is_actor, segment, segment_words
from kzgraph.triggers import _active_rules, default_trigger_rules
from kzgraph.values import _PATTERNS, _with_years, find_values, leftmost_longest

SENTENCES = [
    "Moldova acceded to the Energy Community Treaty in 2010.",
    "Peru and Chile signed a free trade agreement on 22 August 2006; Bolivia did not.",
    "Latvia is a member of the European Union, while Norway is only an observer.",
    "The delegation of Ghana travelled to Accra, but it did not meet anyone.",
    # look-alikes: no value, no trigger phrase, no fact
    "Nothing of the sort was agreed by anyone at any time.",
    "The weather was mild and the meeting was short.",
]


def test_a_lazy_matcher_is_built_on_its_first_call_and_finds_what_an_eager_one_finds():
    from spacy.matcher import Matcher

    specs = [compile_word(word)[0] for word in ["{S:State}", "acceded|joined", "to", "the?"]]
    lazy = LazyMatcher([("demo#0", specs)], "relations.jsonl", 7)
    assert lazy._matcher is None  # nothing built before a sentence asks for it
    doc = _merged(SENTENCES[0])
    eager = Matcher(doc.vocab, validate=False)
    eager.add("demo#0", [[matcher_spec(spec) for spec in specs]])
    found = lazy(doc, with_alignments=True)
    assert found and found == eager(doc, with_alignments=True)
    assert lazy._matcher is not None
    assert lazy(_merged(SENTENCES[4]), with_alignments=True) == []  # look-alike: no match


def test_a_pattern_the_matcher_would_refuse_is_reported_at_load_not_at_first_use(tmp_path):
    # the pattern the DSL really makes from an all-optional rule: an empty variant (spaCy E012)
    path = tmp_path / "relations.jsonl"
    lines = (rules_dir() / "relations.jsonl").read_text(encoding="utf-8").splitlines()
    rule = '{"id": "zz", "kind": "membership", "pattern": "[{X:State} joined {O:Organisation}]"}'
    lines.insert(11, rule)
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"relations.jsonl:12: bad pattern"):
        load_relation_rules(path)


def test_the_shipped_rules_build_their_matchers_lazily():
    rules = default_relation_rules()
    assert all(isinstance(matcher, LazyMatcher) for matcher, _ in rules.matchers.values())


@pytest.mark.parametrize(
    "text",
    [*SENTENCES, "x", "", "Kazakhstan  JOINED\tthe   organisation", "rejoined", "a set up b"],
)
def test_trigger_lines_are_active_exactly_when_a_phrase_is_in_the_text(text):
    rules = default_trigger_rules()
    lowered = " ".join(text.lower().split())
    expected = [rule for rule in rules.rules if any(t in lowered for t in rule.texts)]
    assert _active_rules(rules, lowered) == expected


def test_no_trigger_line_is_active_in_a_look_alike_without_its_phrases():
    assert _active_rules(default_trigger_rules(), "the weather was mild and short.") == []


@pytest.mark.parametrize(
    "text",
    [*SENTENCES, "Three states and twelve members met.", "They met on 4 May and in June.",
     "It cost about \u0663\u0660 million dollars.", "It is 1\u202f212 km long.", "No figure."],
)  # fmt: skip
def test_values_without_a_digit_are_found_as_by_every_pattern(text):
    plain = leftmost_longest(text, enumerate(_PATTERNS))  # every pattern tried on every text
    expected = [value for value in _with_years(plain, text) if value.kinds]
    assert [(v.start, v.end, v.kinds, v.fields) for v in find_values(text)] == [
        (v.start, v.end, v.kinds, v.fields) for v in expected
    ]


def test_no_value_pattern_but_the_number_words_matches_a_text_without_digits():
    texts = [*SENTENCES, "about US$ billion in tenge, some km of border, per cent, the 1990s"]
    for text in texts:
        bare = "".join(c for c in text if not c.isdigit())
        assert all(kind == "number_word" or not pattern.search(bare) for kind, pattern in _PATTERNS)


@pytest.mark.parametrize("text", SENTENCES)
def test_hedge_words_read_from_the_array_are_the_tokens_own(text):
    doc = _merged(text)
    words = [token.lower_ for token in doc]
    for i in range(len(words) - 1):
        if words[i] == "not" and words[i + 1] == "only":
            words[i] = "not-only"
    assert hedge_words(doc) == words


def _hedged_plainly(words, begin, finish, hedges):
    """The preceding and next phrases tried one by one, as before they were grouped by length."""
    if any(tuple(words[max(begin - len(p), 0) : begin]) == p for p in hedges.preceding):
        return True
    closed = finish > 0 and words[finish - 1] in {",", ";", ":", "(", ")", "—", "–"}
    return not closed and any(tuple(words[finish : finish + len(p)]) == p for p in hedges.next)


def test_phrases_grouped_by_length_hedge_what_each_phrase_hedges():
    hedges = Hedges(
        preceding=(("except",), ("rather", "than"), ("other", "than", "by")),
        next=(("stayed", "out"), ("did", "not", "join")),
    )
    words = ["except", "x", "joined", "y", "and", "z", "stayed", "out", ","]
    words += ["other", "than", "by", "w"]
    for begin in range(len(words) + 1):
        for finish in range(begin, len(words) + 1):
            assert hedged(words, begin, finish, hedges) == _hedged_plainly(
                words, begin, finish, hedges
            ), (begin, finish)
    assert hedged(words, 1, 4, hedges)  # "except" right before
    assert not hedged(["x", "joined", "y"], 0, 3, hedges)  # look-alike: no phrase
    assert hedged(["x", "y"], 0, 2, Hedges(next=((),)))  # an empty phrase: always


@pytest.mark.parametrize("text", SENTENCES)
def test_segments_kept_with_the_doc_are_the_ones_computed_afresh(text):
    doc = _merged(text)
    words = [token.lower_ if token._.kz_mention < 0 else "" for token in doc]

    def own_subject(i):
        return is_actor(doc[i]) or words[i] in CONTRAST_SUBJECTS

    first = [segment(doc, index) for index in range(len(doc))]  # computed, then kept
    fresh = [segment_words(words, index, own_subject) for index in range(len(doc))]
    assert first == fresh
    assert [segment(doc, index) for index in range(len(doc))] == fresh  # read back as kept


def test_a_stray_space_joins_the_word_before_it_as_before():
    from kzgraph.documents import document_from_text
    from kzgraph.extract import extract_document

    text = "Mongolia joined the  World Trade Organization in 1997."  # two spaces: a space token
    doc = _merged(text)
    assert not any(token.is_space for token in doc)
    assert [t.norm_ for t in doc][:3] == ["mongolia", "joined", "the"]
    assert dict(extract_document(document_from_text(text, "demo")).facts) == {"membership": 1}
    # look-alike: a space inside a name stays the name's, nothing merges into a plain word
    plain = _merged("Mongolia met nobody.")
    assert [t.text for t in plain] == ["Mongolia", "met", "nobody", "."]


@pytest.mark.parametrize(
    "text",
    [*SENTENCES, "Chile, a member of the Pacific Alliance, joined the OECD in 2010.",
     "Peru, together with Chile, signed the treaty.", "Nothing, however, happened."],
)  # fmt: skip
def test_asides_found_among_the_merged_mentions_are_the_ones_a_scan_of_every_token_finds(text):
    from kzgraph.relations import _KINDS_AT, _subject_asides

    doc = _merged(text)
    hedges = default_relation_rules().hedges
    shortcut = _subject_asides(doc, hedges)
    kinds_at = doc.user_data.pop(_KINDS_AT)  # without the record: every token is looked at
    try:
        assert _subject_asides(doc, hedges) == shortcut
    finally:
        doc.user_data[_KINDS_AT] = kinds_at
