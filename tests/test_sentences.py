"""sentences.split_sentences: exact offsets through the sample's quirks."""

from __future__ import annotations

import pytest

from kzgraph.resources import data_dir
from kzgraph.sentences import MAX_CHUNK, iter_chunks, split_sentences


@pytest.mark.parametrize("stem", ["kazakhstan-usa", "kazakhstan-china-osce"])
def test_every_sentence_is_its_exact_slice_of_the_text(stem):
    text = (data_dir("corpus") / f"{stem}.txt").read_text(encoding="utf-8")
    sentences = split_sentences(text)
    assert len(sentences) > 10
    for number, sentence in enumerate(sentences):
        assert sentence.index == number
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip()


def test_missing_space_after_full_stop_still_ends_the_sentence():
    text = "Both became co-founders of the Organization (SCO).In developing ties, it grew."
    assert [s.text for s in split_sentences(text)] == [
        "Both became co-founders of the Organization (SCO).",
        "In developing ties, it grew.",
    ]


def test_a_heading_line_is_its_own_sentence_and_nbsp_keeps_offsets():
    text = "ii) Potentials\n\nThere was a\u00a0 Conference in 1975.\u00a0 It grew…..."
    sentences = split_sentences(text)
    assert sentences[0].text == "ii) Potentials"
    assert sentences[1].text == "There was a\u00a0 Conference in 1975."
    assert all(text[s.start : s.end] == s.text for s in sentences)


def test_long_lines_are_cut_at_a_space():
    line = ("word " * (MAX_CHUNK // 5 + 10)).strip()
    chunks = list(iter_chunks(line))
    assert len(chunks) == 2
    assert all(len(piece) <= MAX_CHUNK for _, piece in chunks)
    assert "".join(piece for _, piece in chunks) == line
