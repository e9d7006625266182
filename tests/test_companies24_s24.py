"""Companies the gazetteer knows by name alone (COMPANIES24, entities.jsonl's block of that name):
national oil, gas, power, mining, rail and pipeline companies and the world's largest companies
of those sectors, from a list, not from corpora.

A text names them without a company word ("Petrobras has developed ...", "built by Saipem",
"TPAO and NICO"): each is a gazetteer mention of a Company, so developers and builders are read.
Look-alikes: a lowercase word or a capitalised common word ("shell", "Total trade"), an acronym
left out as ambiguous ("NIS", "GE"), a place ("the Vale of Kashmir"), a known name before an
unknown capitalised word ("Samsung Biologics"), a longer name holding a new one ("ONGC Videsh"
is not ONGC), a historical namesake with its own company word ("the Turkish Petroleum Company"),
a negation and a modal.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples, mentions_of, named_cases

from kzgraph.gazetteer import default_gazetteer


def triples(text: str) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="companies24-s24")


KNOWN = {
    "national-oil-company": ("Sonatrach signed it.", "Sonatrach", "sonatrach"),
    "acronym": ("TPAO signed it.", "TPAO", "tpao"),
    "full-name-of-acronym": (
        "The Turkish Petroleum Corporation signed it.",
        "Turkish Petroleum Corporation",
        "tpao",
    ),
    "iranian-acronym": ("NICO signed it.", "NICO", "nico"),
    "indian-acronym": ("ONGC signed it.", "ONGC", "ongc"),
    "contractor": ("Saipem signed it.", "Saipem", "saipem"),
    "korean-contractor": ("Samsung C&T signed it.", "Samsung C&T", "samsung-c-and-t"),
    "longer-korean-name": (
        "Hyundai Engineering signed it.",
        "Hyundai Engineering",
        "hyundai-engineering",
    ),
    "hungarian-group": ("MOL signed it.", "MOL", "mol-group"),
    "kazakh-miner": ("Kazzinc signed it.", "Kazzinc", "kazzinc"),
    "uranium-joint-venture": ("JV Inkai signed it.", "JV Inkai", "jv-inkai"),
    "railway": ("Azerbaijan Railways signed it.", "Azerbaijan Railways", "azerbaijan-railways"),
    "diacritics-dropped": ("Tupras signed it.", "Tupras", "tupras"),
    "longer-existing-name-wins": ("ONGC Videsh signed it.", "ONGC Videsh", "ongc-videsh"),
    "former-major": ("Exxon signed it.", "Exxon", "exxon"),
    "former-regional-producer": ("Yukos signed it.", "Yukos", "yukos"),
    "former-american-company": ("Unocal signed it.", "Unocal", "unocal"),
    "pipeline-company": ("MunaiTas signed it.", "MunaiTas", "munaitas"),
    "former-name-acronym": ("ENRC signed it.", "ENRC", "eurasian-natural-resources-corporation"),
    "kazakh-airline": ("FlyArystan signed it.", "FlyArystan", "flyarystan"),
    "aircraft-maker": ("COMAC signed it.", "COMAC", "comac"),
    "railway-english-name": (
        "Ukrainian Railways signed it.",
        "Ukrainian Railways",
        "ukrzaliznytsia",
    ),
    "railway-own-name": ("Ukrzaliznytsia signed it.", "Ukrzaliznytsia", "ukrzaliznytsia"),
}


@pytest.mark.parametrize(("text", "name", "key"), named_cases(KNOWN))
def test_a_company_without_a_company_word_is_a_gazetteer_mention(text, name, key):
    assert (name, "gazetteer", (key,)) in mentions_of(text)
    assert "Company" in default_gazetteer().kinds_of(name)


FACTS = {
    "developer": (
        "Petrobras has developed the Tengiz field since 2005.",
        ("petrobras", "develops", "tengiz-oil-field"),
    ),
    "developers-by-acronym": (
        "TPAO and NICO have developed the Shah Deniz field since 1996.",
        ("nico", "develops", "shah-deniz-gas-field"),
    ),
    "passive-developer": (
        "The Karachaganak field is developed by BG Group and Eni.",
        ("bg-group", "develops", "karachaganak-field"),
    ),
    "miner": (
        "Zijin Mining has developed the Taldybulak Levoberezhny gold deposit since 2015.",
        ("zijin-mining", "develops", "taldybulak-levoberezhny-gold-deposit"),
    ),
    "builder": (
        "Bechtel and Saipem built the Tengiz–Novorossiysk pipeline, which was completed in 2001.",
        ("cpc-pipeline", "builtBy", "saipem"),
    ),
    "pipeline-company-builder": (
        "The Kenkiyak–Atyrau pipeline was built by MunaiTas.",
        ("kenkiyak-atyrau-oil-pipeline", "builtBy", "munaitas"),
    ),
    "passive-builder": (
        "The Beineu–Bozoi–Shymkent gas pipeline was built by Sinohydro.",
        ("beineu-bozoi-shymkent-gas-pipeline", "builtBy", "sinohydro"),
    ),
}


@pytest.mark.parametrize(("text", "fact"), named_cases(FACTS))
def test_a_company_without_a_company_word_fills_its_slot(text, fact):
    assert fact in triples(text)


NO_COMPANY = {
    "lowercase-word": "The shell of the plant and the total cost were high.",
    "capitalised-common-word": "Total trade rose in 2019.",
    "ambiguous-acronyms": "The NIS countries traded with GE in 2001.",
}


@pytest.mark.parametrize("text", named_cases({k: (v,) for k, v in NO_COMPANY.items()}))
def test_a_word_or_an_ambiguous_acronym_is_no_company(text):
    gazetteer = default_gazetteer()
    for _, source, keys in mentions_of(text):
        if source == "gazetteer":
            assert all(gazetteer.entities[k].cls != "Company" for k in keys)


def test_a_place_named_like_a_left_out_company_is_no_company():
    found = mentions_of("The Vale of Kashmir lies in India.")
    assert not any(surface == "Vale" for surface, _, _ in found)


NOTHING = {
    "unknown-longer-name": "Samsung Biologics has developed the Tengiz field since 2005.",
    "negation": "Petrobras has not developed the Tengiz field.",
    "modal": "Saipem may build the Atyrau–Samara pipeline.",
}


@pytest.mark.parametrize("text", named_cases({k: (v,) for k, v in NOTHING.items()}))
def test_a_look_alike_gives_no_development_or_builder(text):
    assert not {t for t in triples(text) if t[1] in ("develops", "builtBy")}


def test_a_historical_namesake_keeps_its_own_name():
    found = triples("The Turkish Petroleum Company has developed the Tengiz field since 2005.")
    assert ("turkish-petroleum-company", "develops", "tengiz-oil-field") in found
    assert not any("tpao" in (s, o) for s, _, o in found)
