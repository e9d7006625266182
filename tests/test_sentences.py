"""sentences.split_sentences: exact offsets through the sample's quirks."""

from __future__ import annotations

import re

import pytest

from kzgraph.resources import data_dir
from kzgraph.sentences import (
    MAX_CHUNK,
    iter_chunks,
    iter_sentence_spans,
    mask_text,
    pipeline,
    split_sentences,
)


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


@pytest.mark.parametrize(
    "marker", ["[3]", "[12][13]", "[citation needed]", "[a]", "[note 2]", "[7]:45", "[who?]"]
)
def test_citation_markers_neither_end_up_in_tokens_nor_break_sentences(marker):
    text = f"Kazakhstan joined the SCO in 2001.{marker} Kazakhstan{marker} left it in 2012."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == [
        "Kazakhstan joined the SCO in 2001.",
        f"Kazakhstan{marker} left it in 2012.",
    ]  # provenance keeps the original characters, the marker inside too
    words = [t.text for t in pipeline().make_doc(text) if not t.is_space]
    assert "Kazakhstan" in words and "2001" in words
    assert not any("[" in word or "]" in word for word in words)


def test_masking_keeps_every_offset():
    text = "The SCO[3] met in Astana[12][13].[citation needed] “It’s done”, he said."
    masked = mask_text(text)
    assert len(masked) == len(text)
    words = [(m.start(), m.group()) for m in re.finditer(r"\S+", masked)]
    assert words == [
        (0, "The"), (4, "SCO"), (11, "met"), (15, "in"), (18, "Astana"), (32, "."),
        (51, '"It\'s'), (57, 'done",'), (64, "he"), (67, "said."),
    ]  # fmt: skip
    assert all(text[start : start + len(word)] == word for start, word in words[:6])


@pytest.mark.parametrize(
    "words",
    ["the [Kazakh] side", "Article [two]", "the [whole] text", "[Astana] and Almaty", "x [1-3] y"],
)
def test_bracketed_words_of_the_sentence_are_not_masked(words):
    assert mask_text(words) == words


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. and the U.K. signed it in 1994.",
        "Several states, e.g. Germany, i.e. an EU member, agreed.",
        "The pipeline cost approx. $5 billion to build.",
        "It was built c. 1995 by Chevron.",
        "It opened in Jan. 2005 and closed in Sept. 2006.",
        "Resolution No. 3 was signed in St. Petersburg.",
        "N. Nazarbayev met Dr. Smith and Amb. Jones in Astana.",
        "The Kazakh gov. officials met Mr. Tokayev.",
    ],
)
def test_abbreviations_do_not_end_a_sentence(text):
    assert [s.text for s in split_sentences(text)] == [text]


def test_a_full_stop_before_a_capital_or_a_year_still_ends_the_sentence():
    text = "It joined in 2001. In 2012 it left. It was No. 1 of 2. 2013 was calm."
    assert [s.text for s in split_sentences(text)] == [
        "It joined in 2001.",
        "In 2012 it left.",
        "It was No. 1 of 2.",
        "2013 was calm.",
    ]


def test_curly_apostrophes_and_odd_spaces_tokenize_like_plain_ones():
    curly = pipeline().make_doc("Kazakhstan’s border with China\u00a0is\u202flong")
    plain = pipeline().make_doc("Kazakhstan's border with China is long")
    assert [t.text for t in curly] == [t.text for t in plain]
    assert [t.idx for t in curly] == [t.idx for t in plain]


def test_every_kind_of_line_break_ends_a_sentence():
    text = "Heading\rKazakhstan joined.\r\nThe SCO.\u2028Next line\u2029Last"
    assert [s.text for s in split_sentences(text)] == [
        "Heading", "Kazakhstan joined.", "The SCO.", "Next line", "Last",
    ]  # fmt: skip


def test_a_hard_wrapped_paragraph_is_read_as_running_text():
    text = (
        "Kazakhstan and China established diplomatic relations on 3 January\n"
        "1992. The two countries signed a border agreement in 1994 and\r\n"
        "ratified it later.\n"
        "Kazakhstan joined the Shanghai Cooperation Organisation in the year\n"
        "2001.\n"
    )
    sentences = split_sentences(text)
    assert [s.text.split()[-1] for s in sentences] == ["1992.", "later.", "2001."]
    assert all(text[s.start : s.end] == s.text for s in sentences)
    words = [t.text for t in pipeline().make_doc(sentences[0].text)]
    assert "\n" not in words  # the line break reads as a plain space


@pytest.mark.parametrize(
    "text",
    [
        "Relations with China\nKazakhstan and China signed it.",  # a heading
        "Members:\nKazakhstan\nChina\nRussia",  # a list
        "Kazakhstan joined the SCO in 2001.\nIt left in 2012.",  # one sentence a line
    ],
)
def test_headings_lists_and_finished_lines_are_not_joined(text):
    assert len(split_sentences(text)) == len(text.splitlines())


def test_a_sentence_after_a_citation_marker_opens_with_its_first_word():
    text = "Kyrgyzstan joined the WTO.[4] It is a member of the CSTO."
    [_, (_, second)] = list(iter_sentence_spans(text))
    assert second[0].text == "It" and second[0].is_sent_start
