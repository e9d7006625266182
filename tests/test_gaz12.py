"""The living languages of ISO 639-1 in the gazetteer (brief GAZ12).

tools/languages.py writes entities.jsonl's GAZ12 block from pycountry's ISO 639 data, leaving
out names of three letters or fewer, ordinary English words and names other entries have
(a state's demonym excepted). Official-language statements now read languages the gazetteer
lacked; sentences that say a language is spoken or taught state no official language, and a
demonym that is also a language's name still names its state.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from fact_cases import assertion_triples

from kzgraph.gazetteer import load_gazetteer
from kzgraph.resources import rules_dir

ROOT = Path(__file__).resolve().parent.parent


def languages(text: str) -> set[tuple[str, str, str]]:
    return {t for t in assertion_triples(text, stem="gaz12") if t[1] == "officialLanguage"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Belgium has three official languages: Dutch, French and German.",
            {("bel", "dutch"), ("bel", "french"), ("bel", "german")},
        ),
        (
            "The official languages of Sri Lanka are Sinhala and Tamil.",
            {("lka", "sinhala"), ("lka", "tamil")},
        ),
        (
            "Kenya's official languages are Swahili and English.",
            {("ken", "swahili"), ("ken", "english")},
        ),
        (
            "Paraguay has two official languages, Spanish and Guarani.",
            {("pry", "spanish"), ("pry", "guarani")},
        ),
        ("Romanian is the official language of Moldova.", {("mda", "romanian")}),
    ],
)
def test_new_languages_read_as_official(text: str, expected: set) -> None:
    assert languages(text) == {(state, "officialLanguage", lang) for state, lang in expected}


@pytest.mark.parametrize(
    "text",
    [
        "In Sri Lanka, Tamil is spoken by a minority.",
        "Swahili is taught in schools across Uganda.",
        "Dutch is widely spoken in Suriname.",
        "Many Kenyans speak Swahili and English.",
    ],
)
def test_spoken_or_taught_is_no_official_language(text: str) -> None:
    assert languages(text) == set()


def test_demonym_shared_with_a_language_still_names_its_state() -> None:
    text = "Romanian President Klaus Iohannis paid a state visit to Kazakhstan in 2016."
    found = assertion_triples(text, stem="gaz12")
    assert ("klaus-iohannis", "headOfStateOf", "rou") in found


def test_block_leaves_out_short_names_common_words_and_other_entries() -> None:
    gazetteer = load_gazetteer()
    for name in ("Dutch", "Romansh", "Luxembourgish", "Sinhala", "Swahili", "Guarani", "Greek"):
        assert "Language" in gazetteer.kinds_of(name), name
    for name in ("Afar", "Ewe", "Twi", "Lao"):  # a common word, three letters or fewer
        assert "Language" not in gazetteer.kinds_of(name), name
    for name in ("Nauru", "Tonga"):  # states' names
        assert gazetteer.kinds_of(name) & {"Language"} == set(), name
    assert gazetteer.entities["chinese"].label == "Chinese"  # existing keys stay


@pytest.mark.skipif(not Path("/usr/share/dict/words").exists(), reason="no system word list")
def test_block_is_what_the_generator_writes() -> None:
    spec = importlib.util.spec_from_file_location("languages_tool", ROOT / "tools/languages.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    text = (rules_dir() / "entities.jsonl").read_text(encoding="utf-8")
    lines = text.splitlines()
    start = lines.index(tool.HEADER.splitlines()[0])
    end = start + len(tool.HEADER.splitlines())
    while end < len(lines) and lines[end].startswith("{"):
        end += 1
    records = [tool.json.dumps(r, ensure_ascii=False) for r in tool.language_lines()]
    expected = [tool.HEADER, *records]
    assert "\n".join(lines[start:end]) == "\n".join(expected)


# The Baltic states' towns of 30,000 or more (places.jsonl's baltic-ports selection, GeoNames).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ventspils is a port city in Latvia.", ("ventspils", "lva")),
        ("The port of Klaipėda is located in Lithuania.", ("klaipeda", "ltu")),
        (
            "Liepāja, a port city in western Latvia, signed a cooperation agreement with Aktau.",
            ("liepaja", "lva"),
        ),
    ],
)
def test_baltic_towns_are_located_in_their_state(text: str, expected: tuple) -> None:
    city, state = expected
    assert (city, "locatedIn", state) in assertion_triples(text, stem="gaz12")


@pytest.mark.parametrize(
    "text",
    [
        "A ship from Klaipėda arrived in Aktau on 3 May 2021.",
        "Grain from Kostanay travels by rail to Ventspils and then by sea to Europe.",
    ],
)
def test_a_route_through_a_baltic_town_places_nothing(text: str) -> None:
    assert {t for t in assertion_triples(text, stem="gaz12") if t[1] == "locatedIn"} == set()
