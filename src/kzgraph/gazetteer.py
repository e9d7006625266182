"""Load the gazetteers (data/*.jsonl: pycountry's states with states.jsonl's extras, the other
entities, and the GeoNames cities of cities.jsonl, which ``python -m kzgraph.cities`` generates
from places.jsonl) and the class hierarchy, once.

A gazetteer entry knows names only (label, aliases, acronym, Wikidata id), never facts.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
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
    parent: str | None = None  # the key of a body whose naming also licenses ``short`` (the UN)


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
    return _other_entities_of(read_jsonl(path, ("id", "class", "label")), path, ancestors)


def _other_entities_of(records, path: Path, ancestors: dict) -> Iterator[Entity]:
    """An Entity for each (line number, record) of ``path``."""
    for number, record in records:
        if record["class"] not in ancestors:
            raise RuleFileError(path, number, f"unknown class {record['class']!r}")
        yield Entity(
            record["id"], record["class"], record["label"], list(record.get("aliases", [])),
            record.get("acronym"), record.get("wikidata"), list(record.get("short", [])),
            record.get("parent"),
        )  # fmt: skip


def load_gazetteer(directory: Path | None = None, *, cities: bool = True) -> Gazetteer:
    """Read the gazetteer files of ``directory`` (default: the shipped data folder); without
    ``cities``, leave out cities.jsonl (``python -m kzgraph.cities`` generates it from that)."""
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
    if (directory / "people.jsonl").exists():
        _add_people(directory / "people.jsonl", ancestors, entities, names)
    if cities:
        _add_entities(_city_entities(directory / "cities.jsonl", entities), entities, names)
    demonyms = frozenset(demonym for _, record in states for demonym in record.get("demonyms", []))
    short_names = {name: e.key for e in entities.values() for name in e.short}
    return Gazetteer(entities, names, ancestors, demonyms, short_names)


def _add_people(path: Path, ancestors: dict, entities: dict, names: dict) -> None:
    """people.jsonl's people, each refused (with its file and line) when its key or one of its
    names (label, alias, short form; any case) is another entry's: a name two entries share
    would name neither. A line ``{"id": <a person's key>, "more_aliases": [...]}`` gives a
    person of entities.jsonl spellings it lacked ("Shavkat Mirziyoev"), refused so too."""
    shorts = {name for entity in entities.values() for name in entity.short}
    for number, record in read_jsonl(path, ("id",)):
        if "more_aliases" in record:
            _more_aliases(path, number, record, entities, names, shorts)
            continue
        missing = [key for key in ("class", "label") if key not in record]
        if missing:
            raise RuleFileError(path, number, f"missing field(s): {', '.join(missing)}")
        [person] = _other_entities_of([(number, record)], path, ancestors)
        if person.key in entities:
            raise RuleFileError(path, number, f"key {person.key!r} is taken by another entry")
        _refuse_taken(path, number, [person.label, *person.aliases, *person.short], names, shorts)
        _add_entities(iter([person]), entities, names)
        shorts |= set(person.short)


def _more_aliases(path, number, record, entities: dict, names: dict, shorts: set) -> None:
    """Add a line's ``more_aliases`` to the person of its key, another file's entry."""
    person = entities.get(record["id"])
    if person is None or person.cls != "Person":
        raise RuleFileError(path, number, f"{record['id']!r} is no person of the gazetteer")
    _refuse_taken(path, number, record["more_aliases"], names, shorts)
    person.aliases += record["more_aliases"]
    _register_names(person.key, record["more_aliases"], names)


def _refuse_taken(path: Path, number: int, own: list[str], names: dict, shorts: set) -> None:
    """A RuleFileError naming the line if any of ``own`` is already a name or short form."""
    # every name is registered lowercased too (_register_names), so the lowercase lookup covers both
    clash = [n for n in own if n.lower() in names or n in shorts]
    if clash:
        raise RuleFileError(path, number, f"name(s) {clash} taken by another entry")


def _city_entities(path: Path, entities: dict) -> Iterator[Entity]:
    """The GeoNames cities of cities.jsonl as City entities; none if there is no such file."""
    if not path.exists():
        return
    keys = set(entities)
    for number, record in read_jsonl(path, ("id", "label", "aliases", "geonames")):
        if not _is_city_record(record):
            raise RuleFileError(path, number, "'id', 'label': text, 'aliases': a list of text, "
                                "'geonames': a number expected")  # fmt: skip
        if record["id"] in keys:
            raise RuleFileError(path, number, f"key {record['id']!r} is taken by another entry: "
                                "regenerate the file (python -m kzgraph.cities)")  # fmt: skip
        keys.add(record["id"])
        yield Entity(record["id"], "City", record["label"], list(record["aliases"]))


def _is_city_record(record: dict) -> bool:
    aliases = record["aliases"]
    texts = [record["id"], record["label"], *(aliases if isinstance(aliases, list) else [None])]
    return all(isinstance(text, str) for text in texts) and type(record["geonames"]) is int


def _add_entities(source: Iterator[Entity], entities: dict, names: dict) -> None:
    """Register each entity of ``source`` by key and by its names (exact and lowercased)."""
    for entity in list(source):
        entity.aliases += _spaced_variants(entity)
        entities[entity.key] = entity
        _register_names(entity.key, {entity.label, *entity.aliases}, names)


def _register_names(key: str, own, names: dict) -> None:
    """Register ``key`` under each of the names ``own``, exact and lowercased."""
    for name in own:
        names.setdefault(name, []).append(key)
        names.setdefault(name.lower(), []).append(key)


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
