"""An event the sentence itself calls unrealised is no fact, whichever stage reads it
(data/hedges.jsonl hedge-unrealised-next): "X's accession to O in D was a dream", "Y's
chairmanship of O remains to be seen". Found by session 6's review: the relation rules read
these possessive openings before the event-noun stage could refuse them."""

from __future__ import annotations

import pytest

from kzgraph.documents import document_from_text
from kzgraph.extract import extract_document

UNREALISED = [
    "Georgia's accession to NATO in 2008 was a dream.",
    "Moldova's accession to the European Union in 2030 remains a dream.",
    "Mongolia's accession to the World Trade Organization in 2026 remains to be seen.",
    "Armenia's chairmanship of the OSCE in 2027 remains a distant prospect.",
    "Tajikistan's membership of the Eurasian Economic Union is still a dream.",
]


@pytest.mark.parametrize("text", UNREALISED)
def test_an_event_called_unrealised_gives_nothing(text):
    assert not extract_document(document_from_text(text, "unrealised")).facts


def test_the_same_opening_stated_as_fact_is_still_read():
    text = "Georgia's accession to the World Trade Organization in 2000 was a milestone."
    assert extract_document(document_from_text(text, "realised")).facts == {"membership": 1}
