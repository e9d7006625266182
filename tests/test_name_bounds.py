"""name_bounds: where a typed name ends (acronyms, hyphens, connectors, word counts)."""

from __future__ import annotations

from kzgraph.name_bounds import cut_at_hyphen, name_words, spells_acronym
from kzgraph.sentences import pipeline


def test_an_acronym_may_take_several_letters_or_none_from_a_word():
    assert spells_acronym("OSCE", ["Organization", "Security", "Co", "Europe"])
    assert spells_acronym("CICA", ["Conference", "Interaction", "Confidence", "Asia"])
    assert spells_acronym("EurAsEC", ["Eurasian", "Economic", "Community"])
    assert not spells_acronym("SCO", ["Shanghai", "Five"])


def test_hyphens_do_not_count_as_name_words():
    doc = pipeline().make_doc("Central Asian Nuclear-Weapon-Free Zone")
    assert name_words(list(doc)) == 6  # Central Asian Nuclear Weapon Free Zone


def test_a_name_is_cut_at_a_hyphen_joined_to_the_next_word():
    doc = pipeline().make_doc("the Kazakh-led talks and a Kazakh - Chinese deal")
    kazakh_led, spaced = doc[1], doc[7]
    assert cut_at_hyphen(kazakh_led)
    assert cut_at_hyphen(doc[2])  # the hyphen itself
    assert not cut_at_hyphen(spaced)
