"""Fields listed before one plural head ("the A and B fields") are each a field, and a company
developing them gets one FieldDevelopment node per field (schema.jsonl field-developed: "each"
C and F), as the gold of every corpus writes it. Look-alikes: companies or demonyms before
"fields" name no field."""

from __future__ import annotations

import pytest

from kzgraph.documents import document_from_text
from kzgraph.extract import extract_document
from kzgraph.namespaces import KZ

FIELD_DEVELOPMENT = KZ + "FieldDevelopment"


def _nodes(text: str) -> set[tuple[str, str]]:
    quads = extract_document(document_from_text(text, "fields")).quads
    nodes = {q.subject for q in quads if q.object.value == FIELD_DEVELOPMENT}
    props = {}
    for q in quads:
        if q.subject in nodes and q.predicate.value in {KZ + "developer", KZ + "field"}:
            props.setdefault(q.subject, {})[q.predicate.value] = q.object.value.rsplit("/", 1)[-1]
    return {(p[KZ + "developer"], p[KZ + "field"]) for p in props.values()}


def test_each_listed_field_gets_its_own_node():
    text = "PetroKazakhstan develops the Kumkol and Akshabulak fields."
    nodes = _nodes(text)  # Kumkol is the gazetteer's "Kumkol oil field", Akshabulak a new field
    assert {developer for developer, _ in nodes} == {"petrokazakhstan"}
    assert sorted(field.split("-")[0] for _, field in nodes) == ["akshabulak", "kumkol"]


def test_two_developers_of_two_fields_give_four_nodes():
    text = "Kazakhoil and CNPC developed the Kenbai and Alibekmola oil fields in Aktobe Region."
    assert len(_nodes(text)) == 4


@pytest.mark.parametrize(
    "text",
    [
        "Eni and Shell work at the Chevron and Lukoil fields near Atyrau.",
        "Chevron develops the Russian and Chinese fields.",
        "Tengizchevroil operates the oil and gas fields of western Kazakhstan.",
    ],
)
def test_companies_or_demonyms_before_fields_name_no_field(text):
    assert not _nodes(text)
