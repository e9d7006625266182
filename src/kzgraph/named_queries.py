"""The catalogue of named questions (``queries/*.rq``) and the entity names given to them.

Each ``.rq`` file starts with a header of comments::

    # title: Organisations two entities both belong to
    # description: ... (may continue on further ``#`` lines)
    # param: a - the first entity (label, alias or IRI)

Parameters are bound through pyoxigraph's ``substitutions`` (never pasted into the query
text), so a parameter must appear in the query's SELECT projection. Arguments are resolved to
entities by rdfs:label, skos:altLabel, kz:acronym, CURIE or IRI; a name that matches nothing, or
several things, raises EntityNotFound with the closest names.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections import namedtuple
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from kzgraph.errors import EntityNotFound, QueryError
from kzgraph.namespaces import PREFIXES
from kzgraph.query import run_query

_HEADER = re.compile(r"#\s*(title|description|param)\s*:\s*(.*)")
_PARAM = re.compile(r"(\w+)\s*(?:-\s*(.*))?")

# Every name an entity goes by, from any graph (assertion graphs or the ontology).
_NAMES = """
  { ?entity rdfs:label ?name BIND("label" AS ?kind) }
  UNION { ?entity skos:altLabel ?name BIND("alias" AS ?kind) }
  UNION { ?entity kz:acronym ?name BIND("alias" AS ?kind) }
"""
_NAMES_QUERY = f"SELECT DISTINCT ?entity ?name ?kind WHERE {{{_NAMES}}}"
# The names that may fold (normalise) to a name with ?word among its words: every name with
# a character outside printable ASCII (" " to "~"), and those printable-ASCII names whose
# lower case holds ?word (folding such a name only lowers it and joins and trims its spaces,
# so each word of the folded name is in its lower case). ?word is projected so that
# pyoxigraph's substitutions bind it.
_NAMES_WITH_WORD_QUERY = f"""SELECT DISTINCT ?entity ?name ?kind ?word WHERE {{{_NAMES}
  FILTER(isBlank(?name) || REGEX(STR(?name), "[^ -~]") || CONTAINS(LCASE(STR(?name)), ?word))
}}"""


# Named tuples, not dataclasses: making two dataclasses costs `kzgraph ask` more start-up
# (the dataclasses module, inspect, and code generated per class) than all the rest here.
class Parameter(namedtuple("Parameter", ["name", "description"], defaults=[""])):
    """A parameter of a named query: the variable it binds (str) and what it stands for (str)."""

    __slots__ = ()


class NamedQuery(
    namedtuple(
        "NamedQuery", ["name", "title", "description", "params", "sparql", "path"], defaults=[None]
    )
):
    """One question of the catalogue: its name (file stem), header and SPARQL text.

    ``params`` is a tuple of Parameter; ``path`` the .rq file (a Path), None if made in memory.
    """

    __slots__ = ()

    @property
    def usage(self) -> str:
        return " ".join([self.name, *(p.name.upper() for p in self.params)])


def queries_dir() -> Path:
    """The shipped ``queries/`` folder."""
    from kzgraph.resources import data_dir

    return data_dir("queries")


def parse_named_query(name: str, text: str, path: Path | None = None) -> NamedQuery:
    """Read a named query's header comments.

    >>> q = parse_named_query("m", "# title: Memberships\\n# param: x - an entity\\nSELECT ?x {}")
    >>> q.title, q.params[0].name, q.params[0].description
    ('Memberships', 'x', 'an entity')
    """
    fields: dict[str, list[str]] = {"title": [], "description": [], "param": []}
    last = None
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        match = _HEADER.fullmatch(line.strip())
        if match:
            last = match.group(1)
            fields[last].append(match.group(2).strip())
        elif last == "description":  # a continuation line of the description
            fields[last].append(line.lstrip("#").strip())
    params = tuple(_parameter(spec, path or name) for spec in fields["param"])
    title = " ".join(fields["title"]) or name
    return NamedQuery(name, title, " ".join(fields["description"]), params, text, path)


def _parameter(spec: str, where) -> Parameter:
    match = _PARAM.fullmatch(spec)
    if not match:
        raise QueryError(f"{where}: bad parameter line {spec!r} (expected 'name - description')")
    return Parameter(match.group(1), (match.group(2) or "").strip())


def load_catalogue(directory: Path | None = None) -> dict[str, NamedQuery]:
    """Every named query in ``directory`` (default: the shipped queries/), by name."""
    directory = directory or queries_dir()
    return {path.stem: _read_named_query(path) for path in sorted(directory.glob("*.rq"))}


def _read_named_query(path: Path) -> NamedQuery:
    """The named query in the file ``path``, named by its stem."""
    return parse_named_query(path.stem, path.read_text("utf-8"), path)


def get_named_query(name: str, catalogue: dict[str, NamedQuery] | None = None) -> NamedQuery:
    """The named query ``name``, or QueryError listing the close names.

    Without a catalogue, only ``name``'s own file is read (`kzgraph ask` starts faster).
    """
    if catalogue is None:
        directory = queries_dir()
        if f"{name}.rq" in os.listdir(directory):  # a listed file: no path in the name
            return _read_named_query(directory / f"{name}.rq")
        catalogue = load_catalogue(directory)
    if name in catalogue:
        return catalogue[name]
    import difflib  # only when a name is wrong: keeps `ask` start-up small

    close = difflib.get_close_matches(name, list(catalogue), n=3, cutoff=0.5)
    hint = f"; did you mean {', '.join(close)}?" if close else ""
    raise QueryError(f"no named query {name!r}{hint} (`kzgraph ask --list` shows them)")


def run_named_query(
    store: ox.Store, query: NamedQuery, args: list[str], *, asserted_only: bool = False
):
    """Run ``query`` with ``args`` resolved to entities and bound to its parameters."""
    if len(args) != len(query.params):
        raise QueryError(f"{query.name} takes {len(query.params)} argument(s): {query.usage}")
    names = EntityNames(store, expected=args)
    bindings = {
        param.name: names.resolve(arg) for param, arg in zip(query.params, args, strict=True)
    }
    return run_query(store, query.sparql, asserted_only=asserted_only, substitutions=bindings)


def normalise(name: str) -> str:
    """A name folded for matching: case, accents, dashes, spacing and a leading "the".

    >>> normalise("The  Baku–Tbilisi–Ceyhan Pipeline")
    'baku-tbilisi-ceyhan pipeline'
    """
    # ASCII has no accents, no decompositions and none of the dashes: skip that work for it.
    text = name if name.isascii() else _plain_characters(name)
    text = " ".join(text.casefold().split())
    return text.removeprefix("the ")


def _plain_characters(text: str) -> str:
    """``text`` without accents, with ASCII hyphens for dashes and minus, ' for ’."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[\u2010-\u2015\u2212]", "-", text).replace("\u2019", "'")


def _iri_text(name: str) -> str | None:
    """The IRI ``name`` is written as (``<...>``, ``http...``, a CURIE), else None."""
    text = name.strip()
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1]
    prefix, colon, local = text.partition(":")
    if colon and prefix in PREFIXES and not local.startswith("//"):
        return PREFIXES[prefix] + local
    return text if re.match(r"https?://", text) else None


class EntityNames:
    """Resolves the names a user types to the entities of one store.

    Given the names it will be asked (``expected``), it reads only the store's names that may
    fold to one of them; asked another name, or one the store lacks, it reads them all.
    """

    def __init__(self, store: ox.Store, expected: Iterable[str] | None = None):
        self.store = store
        self.labels: dict[str, set[str]] = {}
        self.aliases: dict[str, set[str]] = {}
        self.display: dict[str, str] = {}
        #: the folded names whose every entity is in the tables; None: all names are
        self.searched: set[str] | None = None
        # Names written as IRIs are resolved without the tables: no search for them.
        keys = (
            {normalise(name) for name in expected if _iri_text(name) is None}
            if expected is not None
            else set()
        )
        if expected is None or "" in keys:  # a blank name has no word to search for
            self._read_all()
            return
        for word in {max(key.split(" "), key=len) for key in keys}:
            self._read(
                run_query(store, _NAMES_WITH_WORD_QUERY, substitutions={"word": ox.Literal(word)})
            )
        self.searched = keys

    def _read_all(self) -> None:
        self.labels, self.aliases, self.display = {}, {}, {}
        self._read(run_query(self.store, _NAMES_QUERY))
        self.searched = None

    def _read(self, rows) -> None:
        for entity, name, kind, *_ in rows:  # in SELECT order
            key = normalise(name.value)
            table = self.labels if kind.value == "label" else self.aliases
            table.setdefault(key, set()).add(entity.value)
            self.display.setdefault(key, name.value)

    def resolve(self, name: str) -> ox.NamedNode:
        """The one entity called ``name`` (label, alias, CURIE or IRI), else EntityNotFound."""
        iri = self._as_iri(name)
        if iri is not None:
            return iri
        key = normalise(name)
        candidates = self._entities_called(key)
        if len(candidates) == 1:
            return ox.NamedNode(next(iter(candidates)))
        if candidates:
            listed = ", ".join(sorted(candidates))
            raise EntityNotFound(f"{name!r} is ambiguous: it names {listed}; give the IRI")
        raise EntityNotFound(f"no entity called {name!r}{self._suggestions(key)}")

    def _entities_called(self, key: str) -> set[str]:
        """The entities a label folds to ``key``, else those an alias does."""
        candidates = self.labels.get(key) or self.aliases.get(key)
        if self.searched is not None and (key not in self.searched or not candidates):
            # Not searched for, the tables may hold only some of the entities called so;
            # none found, the suggestions are drawn from every name.
            self._read_all()
            candidates = self.labels.get(key) or self.aliases.get(key)
        return candidates or set()

    def _as_iri(self, name: str) -> ox.NamedNode | None:
        """``name`` as an IRI if written as one (``<...>``, ``http...``, a CURIE) and known."""
        text = _iri_text(name)
        if text is None:
            return None
        try:
            if re.search(r"[\s<>\"{}|\\^`]", text):
                raise ValueError(text)
            node = ox.NamedNode(text)
        except ValueError:
            raise EntityNotFound(f"{name!r} is not a valid IRI") from None
        if not self._known(node):
            raise EntityNotFound(f"no entity with IRI <{text}> in the store")
        return node

    def _known(self, node: ox.NamedNode) -> bool:
        for _ in self.store.quads_for_pattern(node, None, None):
            return True
        for _ in self.store.quads_for_pattern(None, None, node):
            return True
        return False

    def _suggestions(self, key: str) -> str:
        import difflib

        close = difflib.get_close_matches(key, list(self.display), n=5, cutoff=0.6)
        if not close:
            return ""
        return "; did you mean " + ", ".join(repr(self.display[c]) for c in close) + "?"
