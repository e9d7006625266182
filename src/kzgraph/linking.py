"""Link each mention to the entity (or candidate entities) it names.

Gazetteer names link to their entries (an ambiguous name such as "Russian" keeps every
candidate; the relation slot it fills picks one). Typed unknown names are minted as new
individuals ``kzr:<slug of label>`` of the rule's class, unless the gazetteer knows the label.
Unnamed treaties ("a supplementary agreement") get their IRI later, from their date (graph.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from kzgraph import lexicon
from kzgraph.gazetteer import Gazetteer
from kzgraph.mentions import Mention
from kzgraph.name_bounds import NAME_STOP
from kzgraph.namespaces import slug


@dataclass
class EntityRef:
    """An individual as relations and the graph see it."""

    key: str  # IRI local name under kzr: ("" for an unnamed treaty until it is dated)
    cls: str
    label: str
    kinds: tuple[str, ...]
    wikidata: str | None = None
    acronym: str | None = None
    unnamed: bool = False


def gazetteer_ref(gazetteer: Gazetteer, key: str) -> EntityRef:
    """The EntityRef of gazetteer entry ``key``."""
    entity = gazetteer.entities[key]
    return EntityRef(
        key, entity.cls, entity.label, gazetteer.kinds(entity.cls), entity.wikidata, entity.acronym
    )


def minted_ref(gazetteer: Gazetteer, cls: str, label: str, acronym: str | None = None) -> EntityRef:
    """An individual minted from a typed name in the text.

    >>> from kzgraph.gazetteer import default_gazetteer
    >>> minted_ref(default_gazetteer(), "Pipeline", "Trans-Afghan Pipeline").key
    'trans-afghan-pipeline'
    """
    return EntityRef(slug(label), cls, label, gazetteer.kinds(cls), acronym=acronym)


def link_mentions(mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """Fill ``mention.entities`` for gazetteer, typed-name and unnamed-treaty mentions."""
    for mention in mentions:
        if mention.source == "gazetteer":
            mention.entities = [gazetteer_ref(gazetteer, key) for key in mention.keys]
        elif mention.source == "name":
            mention.entities = [_name_ref(gazetteer, mention)]
            mention.kinds = mention.entities[0].kinds
        elif mention.source == "unnamed":
            ref = EntityRef("", mention.cls, mention.label, gazetteer.kinds(mention.cls))
            ref.unnamed = True
            mention.entities = [ref]
    return mentions


def _name_ref(gazetteer: Gazetteer, mention: Mention) -> EntityRef:
    """A known entity when the gazetteer has the label (in its class family), else a new one."""
    for key in gazetteer.lookup(mention.label):
        known = gazetteer_ref(gazetteer, key)
        if set(known.kinds) & set(gazetteer.kinds(mention.cls)):
            return known
    return minted_ref(gazetteer, mention.cls, mention.label, mention.acronym)


#: Words before a surname that are no first name of it ("President Duda", "On Friday Duda").
_NO_FIRST_NAME = frozenset(
    [w.lower() for w in lexicon.words("surname-titles")]
    + [w.lower() for w in NAME_STOP]
    + list(lexicon.words("weekday-names"))
    + list(lexicon.words("month-names"))
)


def link_surnames(mentions: list[Mention], text: str, gazetteer: Gazetteer) -> None:
    """A person's name of one word the gazetteer does not know ("Polish President Duda", a
    headline) is the person the document names in full with that surname, where it gives the
    surname one first name only ("Polish President Andrzej Duda arrived ...", before or after):
    not a second individual "duda" (FP23)."""
    for mention in mentions:
        if mention.source != "name" or "Person" not in mention.kinds or not mention.entities:
            continue
        label = mention.entities[0].label
        if " " in label or gazetteer.lookup(label):
            continue
        full = _full_name(text, label)
        if full is not None:
            mention.entities = [_person_ref(gazetteer, full)]


@lru_cache(maxsize=256)
def _full_name(text: str, surname: str) -> str | None:
    """ "<First> <surname>", when the text writes the surname after one first name only."""
    pattern = rf"(?<![\w'’-])([A-Z][\w'’-]+)\s+{re.escape(surname)}(?![\w'’-])"
    firsts = {m.group(1) for m in re.finditer(pattern, text)}
    firsts = {w for w in firsts if w.lower() not in _NO_FIRST_NAME and not w.endswith(("'s", "’s"))}
    return f"{firsts.pop()} {surname}" if len(firsts) == 1 else None


def _person_ref(gazetteer: Gazetteer, label: str) -> EntityRef:
    """The known person of that name, else one minted from it."""
    for key in gazetteer.lookup(label):
        known = gazetteer_ref(gazetteer, key)
        if "Person" in known.kinds:
            return known
    return minted_ref(gazetteer, "Person", label)
