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


PURPOSE += [
    (
        "Oman and India signed a Memorandum of Understanding to Promote Renewable Energy Trade.",
        ["Memorandum of Understanding to Promote Renewable Energy Trade"],
    ),
    (
        "Under the Memorandum to Facilitate Cross-Border Rail Freight, wagons cross at Khorgos.",
        ["Memorandum to Facilitate Cross-Border Rail Freight"],
    ),
]


def test_a_memorandum_with_a_purpose_stays_a_memorandum():
    text = "Chad joined the Memorandum to Protect Migratory Birds of Prey in Abu Dhabi."
    [(offset, span)] = list(iter_sentence_spans(text))
    [found] = [m for m in find_mentions(span, offset, text) if m.source == "name"]
    assert (found.label, found.cls) == (
        "Memorandum to Protect Migratory Birds of Prey",
        "Memorandum",
    )


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
    (
        "Estonia invoked the Baltic Defence Pact to Protect Latvia in the exercise.",
        ["Baltic Defence Pact"],
    ),
]


@pytest.mark.parametrize(("text", "names"), NOT_PURPOSE)
def test_no_purpose_tail_without_a_capitalised_purpose_verb(text, names):
    assert [n for n in _names(text) if "Fund" not in n] == names


def _known(text: str) -> list[tuple[str, tuple]]:
    """(surface, keys) of the gazetteer mentions of a one-sentence text."""
    [(offset, span)] = list(iter_sentence_spans(text))
    found = find_mentions(span, offset, text)
    return [(text[m.start : m.end], m.keys) for m in found if m.source == "gazetteer"]


# The gazetteer's session 5 block: real names blind13-15 did not recognise at all.
KNOWN = [
    (
        "Foreign ministers of the C5+1 met in Washington in 2024.",
        ("C5+1", ("c5-1",)),
    ),
    (
        "Tashkent hosted the fifth Consultative Meeting of Heads of State of Central Asia.",
        (
            "Consultative Meeting of Heads of State of Central Asia",
            ("consultative-meeting-of-the-heads-of-state-of-central-asia",),
        ),
    ),
    (
        "Shell and Chevron sit on the Foreign Investors' Council.",
        ("Foreign Investors' Council", ("foreign-investors-council",)),
    ),
    (
        "Gas from the Bagtyyarlyk contract area feeds the pipeline to China.",
        ("Bagtyyarlyk contract area", ("bagtyyarlyk-contract-area",)),
    ),
]


@pytest.mark.parametrize(("text", "mention"), KNOWN)
def test_the_gazetteer_knows_the_session_5_names(text, mention):
    assert mention in _known(text)


def test_look_alikes_of_the_new_names_name_nothing():
    """A council of investors, a meeting of heads of state and a "C5" alone are no entries."""
    text = "The C5 ministers, a council of foreign investors and a consultative meeting met."
    assert _known(text) == []
    assert _known("The Consultative Meeting of Experts convened in Bishkek.") == [
        ("Bishkek", ("bishkek",))
    ]


def test_a_known_treaty_keeps_its_own_name_before_a_purpose_clause():
    """ "used the Collective Security Treaty to Support Allies": the gazetteer's name is whole."""
    text = "Moscow cited the Collective Security Treaty to Support Regional Allies in 2022."
    [(offset, span)] = list(iter_sentence_spans(text))
    found = find_mentions(span, offset, text)
    assert [text[m.start : m.end] for m in found if m.source == "gazetteer"][:2] == [
        "Moscow",
        "Collective Security Treaty",
    ]
    assert [m.label for m in found if m.source == "name"] == []
