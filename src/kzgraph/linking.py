"""Link each mention to the entity (or candidate entities) it names.

Gazetteer names link to their entries (an ambiguous name such as "Russian" keeps every
candidate; the relation slot it fills picks one). Typed unknown names are minted as new
individuals ``kzr:<slug of label>`` of the rule's class, unless the gazetteer knows the label.
Unnamed treaties ("a supplementary agreement") get their IRI later, from their date (graph.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from kzgraph.gazetteer import Gazetteer
from kzgraph.mentions import Mention
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
