"""No relation of the ontology holds of one thing twice: a fact whose reading puts one entity on
both sides (a profile's key naming the page's own state, an organisation and its former name
that the gazetteer gives one key) asserts nothing, so a build never stops on an irreflexive
property (kz:hasDiplomaticRelationsWith, kz:sharesBorderWith) the extractor broke."""

from __future__ import annotations

import pytest
from fact_cases import extract


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan established diplomatic relations with Kazakhstan on 5 May 1992.",
        "Uzbekistan shares a 2,330 km border with Uzbekistan.",
        "Mongolia joined Mongolia in 1992.",
    ],
)
def test_a_fact_with_one_entity_on_both_sides_asserts_nothing(text, scoring):
    assert extract(text, scoring, stem="self-relations")[1] == []


def test_a_fact_between_two_entities_still_asserts(scoring):
    facts = extract(
        "Kazakhstan established diplomatic relations with Mongolia on 22 January 1992.",
        scoring,
        stem="self-relations",
    )[1]
    assert ("triple", "kaz", "kz:hasDiplomaticRelationsWith", "mng") in facts or (
        "triple",
        "mng",
        "kz:hasDiplomaticRelationsWith",
        "kaz",
    ) in facts, facts
