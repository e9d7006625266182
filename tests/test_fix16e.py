"""FIX16E (session 16): behaviour-neutral tidying of PERF16's shortcuts.

- one one-slot cache (sentences.last_call) for syntax._parsed and relations.merged_doc_for; a
  cached parse is read-only: a chronology line's historic present is read on a copy;
- PhraseIndex.closing, the preceding scope's suffix lookup, gives what a slice per length gives;
- mentions.Matchers.every_rule is required.
"""

import dataclasses

import pytest

from kzgraph.hedges import PhraseIndex
from kzgraph.mentions import Matchers, default_matchers
from kzgraph.sentences import last_call

PHRASES = (("except",), ("rather", "than"), ("other", "than"), ("but",), ("all", "but"))


def test_last_call_gives_the_same_value_for_the_same_key_only():
    slot, built = [], []

    def build():
        built.append(1)
        return object()

    first = last_call(slot, "a", build)
    assert last_call(slot, "a", build) is first
    assert last_call(slot, "b", build) is not first
    assert last_call(slot, "a", build) is not first  # one slot: "b" replaced "a"
    assert len(built) == 3


@pytest.mark.parametrize(
    "words",
    [
        ("all", "states", "rather", "than"),
        ("every", "member", "but"),
        ("all", "but"),
        ("than",),
        (),
        ("nothing", "here"),
    ],
)
def test_closing_is_the_slice_per_length(words):
    index = PhraseIndex.of(PHRASES)
    begin = len(words)
    expected = [
        tuple(words[max(begin - size, 0) : begin])
        for size, phrases in index.by_length
        if tuple(words[max(begin - size, 0) : begin]) in phrases
    ]
    assert index.closing(words) == expected


def test_matchers_need_every_rule():
    matchers = default_matchers()
    fields = {f.name: getattr(matchers, f.name) for f in dataclasses.fields(Matchers)}
    del fields["every_rule"]
    with pytest.raises(TypeError):
        Matchers(**fields)


def test_a_chronology_lines_past_reading_leaves_the_cached_parse_alone():
    from kzgraph.syntax import _LAST_PARSE, _parsed, _past_verbs, parser

    line = "1992 , Kazakhstan and Israel establish diplomatic relations ."
    words = line.split()
    spaces = [True] * (len(words) - 1) + [False]
    doc = _parsed(parser(), words, spaces)
    norms = [t.norm_ for t in doc]
    past = _past_verbs(doc, "1992 – Kazakhstan and Israel establish diplomatic relations.", words)
    assert "established" in past
    assert [t.norm_ for t in doc] == norms
    assert _LAST_PARSE[1] is doc
