"""PLACES24 (session 24): the places the gazetteer should know.

Cities: places.jsonl takes the GeoNames cities of a million or more on every continent and of
500,000 or more everywhere (before: a million or more in Europe and Asia only), a big city keeps a
name a far smaller town elsewhere shares (``world_ratio``: Sydney, Australia, against Sydney, Nova
Scotia), a district or suburb of a bigger city is not taken (``apart``), and the names that are
English words, people's names or other things' names stay refused.
"""

from __future__ import annotations

import gold_scoring
import pytest
from fact_cases import assertion_triples, extract, nodes_of

from kzgraph.gazetteer import default_gazetteer

_STEM = "places24-test"
_PLACE_ROLES = {"signingPlace", "heldIn", "destination", "locatedIn"}


def _places(text: str) -> set[tuple[str, str, str]]:
    return {t for t in assertion_triples(text, stem=_STEM) if t[1] in _PLACE_ROLES}


def _destinations(text: str) -> list[list[str]]:
    """The destinations of the state visits of ``text``."""
    _, facts = extract(text, gold_scoring, stem=_STEM)
    return [visit["kz:destination"] for visit in nodes_of(facts, "kz:StateVisit")]


CITIES_FOUND = [
    # a million or more outside Europe and Asia
    ("Brazil and Argentina signed the Agreement on Nuclear Cooperation in São Paulo on 3 May 2021.",
     ("agreement-on-nuclear-cooperation", "signingPlace", "sao-paulo")),
    ("BRICS held its summit in Johannesburg on 22 August 2023.",
     ("summit-brics-johannesburg-2023-08-22", "heldIn", "johannesburg")),
    ("NATO held its summit in Chicago on 20 May 2012.",
     ("summit-nato-chicago-2012-05-20", "heldIn", "chicago")),
    # a name a far smaller town shares: Sydney, Nova Scotia (106,000)
    ("Kazakhstan and Australia signed the Memorandum on Mining in Sydney on 9 August 2024.",
     ("memorandum-on-mining", "signingPlace", "sydney")),
    # 500,000 or more
    ("Kazakhstan and the Netherlands signed the Protocol on Port Logistics in Rotterdam on "
     "2 June 2022.", ("protocol-on-port-logistics", "signingPlace", "rotterdam")),
    ("Kazakhstan and the United States signed the Memorandum on Astronomy in Tucson on "
     "4 April 2019.", ("memorandum-on-astronomy", "signingPlace", "tucson")),
    # 300,000 or more in the region's neighbours
    ("Kazakhstan and Poland signed the Memorandum on Ports in Gdańsk on 5 May 2022.",
     ("memorandum-on-ports", "signingPlace", "gdansk")),
    ("Japan and Kazakhstan signed the Agreement on Uranium in Nagasaki on 6 June 2021.",
     ("agreement-on-uranium", "signingPlace", "nagasaki")),
    # Pakistan, a region state, to 50,000
    ("China and Pakistan signed the Agreement on Port Operations in Gwadar on 8 July 2023.",
     ("agreement-on-port-operations", "signingPlace", "gwadar")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fact"), CITIES_FOUND)
def test_a_big_city_of_any_continent_is_a_place(text, fact):
    assert fact in _places(text)


def test_the_new_cities_are_city_entities_by_their_names():
    gazetteer = default_gazetteer()
    found = {"Lagos": "lagos", "Toronto": "toronto", "Houston": "houston", "Melbourne": "melbourne",
             "Los Angeles": "los-angeles", "Sao Paulo": "sao-paulo",
             "Frankfurt am Main": "frankfurt-am-main"}  # fmt: skip
    for name, key in found.items():
        assert gazetteer.lookup(name) == [key], name
        assert gazetteer.entities[key].cls == "City"


LOOK_ALIKES = [
    # an alternate name that is an English word (Douala's "Dual"), or "Benin by" (Benin City)
    "Dual citizenship is not recognised by Kazakhstan, which signed the Agreement on Visas with "
    "Benin by 2020.",
    # a person named like a city (Austin, Texas)
    "Lloyd Austin met Kazakhstan's defence minister on 3 May 2023.",
    # a district of a bigger city (Kennedy, Bogotá) is no city of its own
    "Kazakhstan and Colombia signed the Memorandum on Trade in Kennedy on 4 March 2022.",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_words_people_and_districts_are_no_place(text):
    assert _places(text) == set()


def test_refused_names_stay_out_and_shared_names_stay_refused():
    gazetteer = default_gazetteer()
    refused = ["Dual", "Logos", "Queens", "Phoenix", "Tuba", "Benin by", "Austin", "Charlotte",
               "Sidney", "Kennedy", "Setagaya", "Buda", "Suez", "Natal", "Lion",
               "Erode", "Shinagawa", "Shinjuku", "Minato", "Toyota", "Ibis",
               "Bahauddin"]  # fmt: skip
    for name in refused:
        assert not any(gazetteer.entities[k].cls == "City" for k in gazetteer.lookup(name)), name
    # shared by big cities, none twenty times the other: still no city
    for name in ("San José", "Victoria", "Valencia", "Córdoba"):
        assert gazetteer.lookup(name) == [], name
    # Benin stays the state
    assert gazetteer.state_keys("Benin") == ["ben"]


# Regions: the first-level divisions of the region's states, their neighbours' and the best-known
# elsewhere, as Region entries of entities.jsonl (named alone only where no city, state, river or
# person bears the name).

REGIONS_FOUND = [
    ("Tokayev visited Bavaria on 12 June 2023.", "bavaria"),
    ("President Tokayev paid a working visit to the Omsk Region on 5 May 2023.", "omsk-oblast"),
]


@pytest.mark.parametrize(("text", "destination"), REGIONS_FOUND)
def test_a_region_is_a_visit_s_destination(text, destination):
    assert _destinations(text) == [[destination]]


def test_a_city_is_located_in_its_region_and_the_region_in_its_state():
    triples = _places("The Port of Lianyungang in Jiangsu, China, handles Kazakh grain.")
    assert ("lianyungang", "locatedIn", "jiangsu") in triples
    assert ("jiangsu", "locatedIn", "chn") in triples


def test_regions_are_region_entities_by_their_english_names_and_heads():
    gazetteer = default_gazetteer()
    for name, key in (("Tatarstan", "tatarstan"), ("Republic of Tatarstan", "tatarstan"),
                      ("Primorsky Krai", "primorsky-krai"), ("Primorye", "primorsky-krai"),
                      ("Amur region", "amur-oblast"), ("Guangdong", "guangdong"),
                      ("Shaanxi Province", "shaanxi"), ("Gilan Province", "gilan"),
                      ("Balochistan", "balochistan"), ("Ömnögovi", "omnogovi"),
                      ("Kakheti", "kakheti"), ("Texas", "texas"), ("Lower Saxony", "lower-saxony"),
                      ("Kars Province", "kars-province"), ("Scotland", "scotland")):  # fmt: skip
        assert gazetteer.lookup(name) == [key], name
        assert gazetteer.entities[key].cls == "Region"


def test_a_region_never_shadows_a_state_a_city_or_a_person():
    gazetteer = default_gazetteer()
    # the state Georgia and the cities Omsk, Kars, Washington, New York keep their names
    assert gazetteer.state_keys("Georgia") == ["geo"]
    for name in ("Omsk", "Kars", "Washington", "New York", "Jilin", "Golestan"):
        assert all(gazetteer.entities[k].cls == "City" for k in gazetteer.lookup(name)), name
    # named alone, a name two divisions share (Punjab), a person's (Lori, Victoria) or a river's
    # (Amur) is no region; Azerbaijan stays the state beside Iran's East Azerbaijan
    for name in ("Punjab", "Lori", "Victoria", "Amur", "Sakhalin"):
        assert not any(gazetteer.entities[k].cls == "Region" for k in gazetteer.lookup(name))
    assert gazetteer.state_keys("Azerbaijan") == ["aze"]
    assert gazetteer.lookup("East Azerbaijan") == ["east-azerbaijan"]
    # Oklahoma is the state, no longer an alternate name of Oklahoma City
    assert gazetteer.lookup("Oklahoma") == ["oklahoma"]


REGION_LOOK_ALIKES = [
    # the state Georgia is visited, not a US state
    ("Tokayev paid a state visit to Georgia on 3 May 2023.", "geo"),
    # "Washington" alone is the city
    ("Tokayev visited Washington on 3 May 2023.", "washington"),
]


@pytest.mark.parametrize(("text", "destination"), REGION_LOOK_ALIKES)
def test_a_state_or_city_named_like_a_region_keeps_its_reading(text, destination):
    assert _destinations(text) == [[destination]]


def test_a_region_inside_a_longer_name_is_no_party():
    text = "The Bank of England and Kazakhstan signed the Memorandum on Finance in London in 2021."
    assert not any(t[2] == "england" for t in assertion_triples(text, stem=_STEM))


def test_a_former_name_of_a_city_that_is_another_city_s_name_is_no_hand_entered_match():
    # GeoNames lists "Samarkand", a former name of Temirtau, among Temirtau's alternate names:
    # the hand-entered Samarkand is Samarkand, and Temirtau a city of its own
    text = "Kazakhstan and Germany signed the Memorandum on Steel in Temirtau on 5 May 2022."
    assert ("memorandum-on-steel", "signingPlace", "temirtau") in _places(text)
    gazetteer = default_gazetteer()
    assert gazetteer.lookup("Samarkand") == ["samarkand"]
    # an alternate name that is no city's own still finds the hand-entered city (Oral: Uralsk)
    assert gazetteer.lookup("Oral") == []


def test_a_surname_the_filter_keeps_leaves_the_city_its_name():
    """places.jsonl's keep_surnames: Ricardo Lagos's and Danilo Medina's surnames (people.jsonl)
    no longer refuse Lagos and Madinah's "Medina"; the full name still names the person."""
    from fact_cases import mentions_of

    assert ("Lagos", "gazetteer", ("lagos",)) in mentions_of("Trade fairs are held in Lagos.")
    assert ("Medina", "gazetteer", ("madinah",)) in mentions_of("He prayed in Medina.")
    assert ("Ricardo Lagos", "gazetteer", ("ricardo-lagos",)) in mentions_of(
        "Ricardo Lagos visited Astana."
    )
