"""Names of session 5: a treaty's title that goes on with "to" + a purpose verb ("Convention to
Combat ...", "Agreement on X to Address ..."), and the gazetteer's breadth. Each in other
wording and with other entities than the texts that suggested it, with look-alikes that must
name nothing (or a shorter name)."""

from __future__ import annotations

import pytest

from kzgraph.mentions import find_mentions
from kzgraph.sentences import iter_sentence_spans


def _names(text: str) -> list[str]:
    """The labels of the typed unknown names of a one-sentence text."""
    [(offset, span)] = list(iter_sentence_spans(text))
    return [m.label for m in find_mentions(span, offset, text) if m.source == "name"]


# A treaty's title goes on with "to" + a capitalised purpose verb and its object.
PURPOSE = [
    (
        "Bolivia and Paraguay signed the Agreement on Common Measures to Protect the Pilcomayo "
        "Basin in Asuncion.",
        ["Agreement on Common Measures to Protect the Pilcomayo Basin"],
    ),
    (
        "Ghana ratified the Pan-African Convention to Combat Illegal Fishing in 2004.",
        ["Pan-African Convention to Combat Illegal Fishing"],
    ),
    (
        "Norway and Iceland signed the Treaty to Ban Bottom Trawling in the Arctic in Tromso.",
        ["Treaty to Ban Bottom Trawling"],
    ),
    (
        "Both states joined the Protocol to Prevent, Suppress and Punish Piracy in 2011.",
        ["Protocol to Prevent, Suppress and Punish Piracy"],
    ),
    (
        "Laos and Vietnam signed the Agreement to Establish the Mekong Border Commission.",
        ["Agreement to Establish the Mekong Border Commission"],
    ),
    (
        "Chile acceded to the Framework Accord to Promote Andean Trade and Transit.",
        ["Framework Accord to Promote Andean Trade and Transit"],
    ),
]


@pytest.mark.parametrize(("text", "names"), PURPOSE)
def test_a_treaty_title_goes_on_with_its_purpose(text, names):
    assert _names(text) == names


# Look-alikes: "to" + a lowercase verb, a known name, a capitalised non-verb, no treaty head.
NOT_PURPOSE = [
    (
        "Peru said the Agreement on Fisheries Cooperation to be signed next year was ready.",
        ["Agreement on Fisheries Cooperation"],
    ),
    (
        "Spain sent the Treaty on Water Sharing to Portugal in May.",
        ["Treaty on Water Sharing"],
    ),
    (
        "The envoy handed the Charter of Friendship to Brown at the ceremony.",
        ["Charter of Friendship"],
    ),
    (
        "Ecuador presented the Quito Declaration to Ban Ki-moon in New York.",
        ["Quito Declaration"],
    ),
    (
        "The Andean Development Fund began to Promote Regional Trade in 2010.",
        [],
    ),
    (
        "Uruguay signed the Montevideo Agreement to Stop.",
        ["Montevideo Agreement"],
    ),
]


@pytest.mark.parametrize(("text", "names"), NOT_PURPOSE)
def test_no_purpose_tail_without_a_capitalised_purpose_verb(text, names):
    assert [n for n in _names(text) if "Fund" not in n] == names
