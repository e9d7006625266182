"""Founding acts: a signing the sentence says founded an organisation makes its signatories the
organisation's co-founders.

Writers state a founding through the act that founded the organisation more often than with
"co-founded": "A, B and C sign the Treaty on X in P, founding O", "T was signed in P on D by A
and B, establishing O", "the presidents of A and B signed T, which created O", "..., becoming
the founders of O", "..., thereby setting up O". Any reading of the signing counts (a relation
rule, the trigger lines, the dependency reading, a person signing for the state he leads, a list
of signed documents): each of its signatories co-founded the organisation the clause right after
it names, from the signing's date (rule ``<signing rule>+founding-act``). Only the signing's own
place or date (", in P on D") may stand between the signing and the clause. A signing of no
founding ("..., joining O", "..., which enlarged O", "..., which paved the way for O") or a
company founded ("establishing a joint venture, X LLP") gives nothing, nor does a relative
clause on a treaty whose title does not name the organisation ("the Agreement on Water Use,
which created the Interstate Commission": the treaty made an organ, _founding_document).
"""

from __future__ import annotations

import re

from kzgraph import lexicon
from kzgraph.gazetteer import default_gazetteer
from kzgraph.mentions import Mention
from kzgraph.references import named_entities
from kzgraph.relations import Fact

#: The founding clause after a signing, up to the organisation's name: a participle ("founding",
#: "becoming the founders of") or a relative clause ("which established", "that gave birth to"),
#: maybe after "thereby", "thus", "so", "in so doing", and after the signing's own place and date
#: when its reading left them out ("signed T on D in P, founding O": a known place or date is a
#: NUL here, _masked; a place the gazetteer lacks, its capitalised words). The treaty's own main
#: verb ("T, signed by A and B in P on D, created O") is left out: writers state the treaty's
#: making of O there, not its signatories' founding (tests/blind10).
_FOUNDING_CLAUSE = re.compile(
    r"^(?:\s*(?:in|at|on)\s+(?:\x00|(?-i:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})))*\s*,\s*(?:and\s+)?"
    rf"(?:{lexicon.alternation('founding-act-adverbs')}\s*,?\s+)?"
    rf"(?:{lexicon.alternation('founding-act-participles')}|"
    rf"becoming\s+(?:the\s+|its\s+)?{lexicon.alternation('founding-act-founder-nouns')}\s+of|"
    rf"(?:which|that)\s+(?:{lexicon.alternation('founding-act-relative-adverbs')}\s+)?"
    rf"{lexicon.alternation('founding-act-relative-verbs')})"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: What may follow the founded organisation's name: the clause ends there ("founding O, in P",
#: "founding O and ...", "founding O, which ..."); a name that only starts a longer one ("the SCO
#: Energy Club") or a possessive ("the SCO's fund") names something else, no founded O.
_NAME_ENDS = re.compile(
    r"[^\S\n]*(?:[,.;:()!?\"”\n]|$|[—–-]\s"
    rf"|{lexicon.alternation('founding-act-name-enders')}\b)"
)
#: A relative founding clause (", which founded O"): its antecedent is the name just before it.
_RELATIVE = re.compile(r",\s*(?:and\s+)?(?:which|that)\b", re.IGNORECASE)
#: Roles of a signing that may stand between the treaty and a relative founding clause.
_SIGNING_CIRCUMSTANCES = frozenset({"P", "D"})
#: Classes a founded organisation may not have: a joint venture is no co-founded organisation.
_NOT_FOUNDED = frozenset({"Company"})
#: Classes a signatory must have to be a co-founder.
_FOUNDERS = frozenset({"State", "Organisation"})


def founding_facts(text: str, mentions: list[Mention], facts: list[Fact]) -> list[Fact]:
    """The co-foundings of the sentence's signings that a founding clause right after them
    names, leaving out those a co-founding fact of the sentence states already.

    ``text`` is the document's text; mention and fact offsets are offsets into it.
    """
    known = {
        (entity.key, organisation.key)
        for fact in facts
        if fact.kind == "co-founding"
        for entity in _entities(fact.roles.get("X", []))
        for organisation in _entities(fact.roles.get("O", []))
    }
    found = []
    for fact in facts:
        if fact.kind != "treaty-signed" or fact.hedged or not fact.roles.get("S"):
            continue
        organisation = _founded(text, mentions, fact)
        if organisation is None:
            continue
        founders = [(m, cls) for m, cls in fact.roles["S"] if _FOUNDERS.intersection(m.kinds)]
        keys = {(e.key, o.key) for e in _entities(founders) for o in organisation.entities[:1]}
        if not founders or keys <= known:
            continue
        known |= keys
        roles = {"X": founders, "O": [(organisation, "Organisation")]}
        if fact.roles.get("D"):
            roles["D"] = fact.roles["D"]
        found.append(
            Fact(f"{fact.rule}+founding-act", "co-founding", roles, fact.start, organisation.end)
        )
    return found


def _entities(fillers) -> list:
    """The entities of a role's fillers, a group's members each."""
    return [e for mention, _ in fillers for e in named_entities(mention)]


def _founded(text: str, mentions: list[Mention], fact: Fact) -> Mention | None:
    """The organisation a founding clause right after the signing ``fact`` names, where the
    clause ends with its name, else None. A relative clause (", which founded O") must follow
    the treaty, its place, its date or the one list of its signatories: after a co-signatory
    ("signed T with B, which founded O") it may be B's alone."""
    end = max([fact.end] + [m.end for fillers in fact.roles.values() for m, _ in fillers])
    after = sorted((m for m in mentions if m.start >= end), key=lambda m: m.start)
    for mention in after:
        if _place_or_date(mention):
            continue  # the signing's own place or date
        between = _masked(text[end : mention.start], end, after, mention.start)
        if not (_FOUNDING_CLAUSE.search(between) and _is_founded(mention)):
            return None  # the first other name after the signing is no founded organisation
        if not _NAME_ENDS.match(text, mention.end):
            return None  # "founding the SCO Energy Club", "setting up the SCO's fund"
        if _RELATIVE.search(between) and not _follows_treaty(fact):
            return None  # ", which founded O" after a co-signatory may be the co-signatory's
        if _RELATIVE.search(between) and not _founding_document(text, fact, mention):
            return None  # "T on water use, which created O": the treaty made an organ of it
        return mention
    return None


def _founding_document(text: str, fact: Fact, organisation: Mention) -> bool:
    """Whether a relative founding clause right after the treaty (", which created O") may
    make its signatories O's founders: only when the treaty is O's founding document by its
    title, which names O ("the Charter of O", "the Agreement on the Establishment of O"). A
    treaty on something else that created a body ("the Agreement on Cooperation in the
    Management of Water Resources, which created the Interstate Commission for Water
    Coordination") states the treaty's making of that body, not its signatories' founding
    (the treaty's own main verb, "T, signed by A and B, created O", is left out so too);
    after the one list of signatories ("by A, B and C, which founded O") they founded it."""
    names = [(m.end, role, m) for role, fillers in fact.roles.items()
             if role not in _SIGNING_CIRCUMSTANCES for m, _ in fillers]  # fmt: skip
    _, role, treaty = max(names, key=lambda item: item[:2])
    if role != "T":
        return True
    title = text[treaty.start : treaty.end].lower()
    return any(name.lower() in title for name in _names_of(text, organisation))


def _names_of(text: str, mention: Mention) -> set[str]:
    """The names a mention's organisation goes by: the text's, its label, aliases, acronym."""
    gazetteer = default_gazetteer()
    names = {text[mention.start : mention.end].removeprefix("the ")}
    for entity in mention.entities[:1]:
        known = gazetteer.entities.get(entity.key)
        names |= {entity.label} | ({known.label, *known.aliases} if known else set())
        names |= {known.acronym} if known and known.acronym else set()
    return {name for name in names if name}


def _follows_treaty(fact: Fact) -> bool:
    """Whether the last of the signing's names but its place and date is its treaty or its one
    list of signatories ("T, signed in P on D by A, B and C, which founded O": whichever the
    relative says founded O, they all did); never a co-signatory after another ("A signed T
    with B, which founded O": B may have, A not)."""
    names = [(m.end, role) for role, fillers in fact.roles.items()
             if role not in _SIGNING_CIRCUMSTANCES for m, _ in fillers]  # fmt: skip
    if not names:
        return False
    last = max(names)[1]
    return last == "T" or (last == "S" and len(fact.roles["S"]) == 1)


def _masked(between: str, offset: int, mentions: list[Mention], stop: int) -> str:
    """``between`` (text at ``offset``) with each place or date mention before ``stop`` one
    NUL character: the signing's own place and date are no words of the clause."""
    pieces, cursor = [], offset
    for mention in mentions:
        if mention.start >= stop or not _place_or_date(mention):
            continue
        pieces += [between[cursor - offset : mention.start - offset], "\x00"]
        cursor = mention.end
    return "".join(pieces) + between[cursor - offset :]


def _place_or_date(mention: Mention) -> bool:
    return bool({"Place", "Date"}.intersection(mention.kinds))


def _is_founded(mention: Mention) -> bool:
    """Whether the mention names one organisation that is no company."""
    kinds = set(mention.kinds)
    return (
        not mention.members
        and "Organisation" in kinds
        and not _NOT_FOUNDED.intersection(kinds)
        and len(mention.entities) >= 1
    )
