"""The dependency reading follows an apposition only where punctuation alone sets it off
(syntax_fillers._set_off): the parser also hangs a noun on a name across words ("X grew out of
an older body: the body, founded by A and B"), and that noun is then another thing, whose
founders are not the name's (session 6's review)."""

from __future__ import annotations

import pytest

from kzgraph.documents import document_from_text
from kzgraph.extract import extract_document

ACROSS = [
    "The African Union grew out of an older body: the unity organisation, founded in 1963 by "
    "Ghana, Guinea and Mali.",
    "The European Union grew out of an older pool: the coal pool, founded in 1951 by Belgium, "
    "France and Italy.",
]


@pytest.mark.parametrize("text", ACROSS)
def test_a_noun_across_a_colon_lends_its_founders_to_no_name(text):
    assert "co-founding" not in extract_document(document_from_text(text, "across")).facts


def test_a_comma_apposition_still_stands_for_its_names():
    text = (
        "Its two Caspian neighbours, Kazakhstan and Azerbaijan, established diplomatic "
        "relations with Turkmenistan in 1992."
    )
    facts = extract_document(document_from_text(text, "comma")).facts
    assert facts == {"diplomatic-relations": 2}
