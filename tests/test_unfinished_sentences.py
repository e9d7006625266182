"""Sentences that stop short (a headline, a pasted fragment, a line cut at "and") are read
without an error: a reader that looks at the word after a name or after "and" must not run
past the end of the sentence."""

from pathlib import Path

import pytest

from kzgraph.documents import document_from_text
from kzgraph.extract import extract_document
from kzgraph.sentences import iter_sentence_spans

ROOT = Path(__file__).resolve().parents[1]


def _extract(text: str):
    return extract_document(document_from_text(text, "x"))


def _sample_sentences() -> list[str]:
    return [
        span.text
        for path in sorted((ROOT / "corpus").glob("*.txt"))
        for _, span in iter_sentence_spans(path.read_text(encoding="utf-8"))
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a state as the sentence's last word, no full stop (the trigger fallback's title check)
        "Kassym-Jomart Tokayev made a state visit to Germany",
        "Emomali Rahmon paid an official visit to Uzbekistan",
        # "and" as the last word (the shared-subject reading of the relation rules)
        "Kazakhstan established diplomatic relations with Ukraine on 23 July 1992 and",
        "Kazakh is the state language of Kazakhstan, and",
    ],
)
def test_a_sentence_that_stops_short_is_read(text):
    extraction = _extract(text)
    assert extraction.quads  # the document graph is written, with or without facts


def test_a_headline_without_a_full_stop_still_gives_its_fact():
    quads = _extract("Kassym-Jomart Tokayev made a state visit to Germany").quads
    facts = {(q.predicate.value.rsplit("#")[-1], q.object.value.rsplit("/")[-1]) for q in quads}
    assert ("destination", "deu") in facts


@pytest.mark.parametrize("ending", ["", " and", ", and", " and in"])
def test_every_sample_sentence_cut_short_is_read(ending):
    for sentence in _sample_sentences():
        _extract(sentence.rstrip(" .") + ending)
