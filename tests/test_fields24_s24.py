"""Oil and gas fields and mineral deposits session 24's lead added to the gazetteer
(entities.jsonl, block FIELDS24), from a systematic list, not from corpora.

A field named bare ("developed Kurmangazy") is now found, and the kind's variants of one name
("the Inkai deposit", "the Inkai uranium deposit") are one individual. Look-alikes keep their
old reading: a uranium deposit's bare name is also its joint venture's (never the deposit), and a
city's name stays the city's.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples, mentions_of, named_cases

FOUND = {
    "bare-oil-field": (
        "Rosneft has developed Kurmangazy since 2005.",
        "Kurmangazy",
        "kurmangazy-oil-field",
    ),
    "bare-russian-field": (
        "Gazprom developed Bovanenkovo.",
        "Bovanenkovo",
        "bovanenkovo-gas-field",
    ),
    "bare-mine": ("Rio Tinto develops Oyu Tolgoi.", "Oyu Tolgoi", "oyu-tolgoi-copper-deposit"),
    "deposit-short": (
        "Cameco develops the Inkai deposit.",
        "Inkai deposit",
        "inkai-uranium-deposit",
    ),
    "deposit-long": (
        "Cameco develops the Inkai uranium deposit.",
        "Inkai uranium deposit",
        "inkai-uranium-deposit",
    ),
    "field-variant": (
        "Lukoil develops the Khazar oil and gas field.",
        "Khazar oil and gas field",
        "khazar-oil-field",
    ),
}


@pytest.mark.parametrize(("text", "name", "key"), named_cases(FOUND))
def test_a_field_or_deposit_is_a_gazetteer_mention(text, name, key):
    assert (name, "gazetteer", (key,)) in mentions_of(text)


def test_a_bare_field_is_developed():
    found = assertion_triples("Rosneft has developed Kurmangazy since 2005.", stem="fields24")
    assert ("rosneft", "develops", "kurmangazy-oil-field") in found


KEPT = {
    # a uranium deposit's bare name is also its joint venture's: no bare alias
    "joint-venture-name": ("JV Inkai produced uranium.", "Inkai"),
    # a city's name stays the city: the deposit is named only with its kind
    "city-name": ("Kazakhmys is based in Zhezkazgan.", "Zhezkazgan"),
}


@pytest.mark.parametrize(("text", "word"), named_cases(KEPT))
def test_a_bare_name_shared_with_a_company_or_city_is_no_deposit(text, word):
    keys = [keys for surface, _, keys in mentions_of(text) if word in surface]
    assert not any("deposit" in key or "field" in key for ks in keys for key in ks)


def test_the_city_keeps_its_name():
    assert ("Zhezkazgan", "gazetteer", ("zhezqazghan",)) in mentions_of(
        "Kazakhmys is based in Zhezkazgan."
    )
