"""A membership read across "respectively": "A and B joined O1 in D1 and O2 in D2 respectively",
"A and B joined O1 and O2 respectively" pair the members with the organisations item by item;
a reading that gives every member every organisation (the cross product) states facts the text
does not. Such a fact (its members two or more states, its clause naming two or more
organisations from its start up to a "respectively" after it) is dropped, whichever reading
made it; each member's own fact comes from pairing the items when the counts agree
(pair_respectively), else the sentence gives none."""

from __future__ import annotations

import re

_KINDS = frozenset(["membership"])
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[;.!?]\s")


def crosses_respectively(fact, sentence: str, start: int, mentions: list) -> bool:
    """Whether ``fact`` (absolute offsets; ``sentence`` at ``start``) gives two or more states
    organisations that a later "respectively" distributes among them."""
    if fact.kind not in _KINDS:
        return False
    states = sum(
        _count(m) for fillers in fact.roles.values() for m, cls in fillers if cls == "State"
    )
    if states < 2:
        return False
    at = _respectively_after(sentence, fact.end - start)
    if at is None:
        return False
    organisations = set()
    for m in mentions:
        if fact.start <= m.start and m.end <= start + at and _organisation(m):
            organisations |= _things(m)
    return len(organisations) >= 2


def _respectively_after(sentence: str, offset: int) -> int | None:
    """The offset of the first "respectively" after ``offset`` in the same clause (no full stop
    or semicolon between), else None."""
    found = _RESPECTIVELY.search(sentence, max(offset, 0))
    if found is None or _CLAUSE_END.search(sentence, max(offset, 0), found.start()):
        return None
    return found.start()


def _organisation(mention) -> bool:
    return any("Organisation" in kind for kind in mention.kinds)


def _count(mention) -> int:
    return len(_things(mention))


def _things(mention) -> set:
    """The things a mention names, by key: a group's members', else its entities (else its
    span): a name and its bracketed acronym are one."""
    if mention.members:
        return set().union(*(_things(m) for m in mention.members))
    keys = {getattr(e, "key", e) for e in mention.entities}
    return keys or {(mention.start, mention.end)}


def pair_respectively(facts: list, sentence: str, start: int, mentions: list) -> list:
    """The facts ``facts`` read across "respectively" stand for, paired item by item: the i-th
    state of the members' list with the i-th organisation (and the i-th date, when the clause
    gives one per item) named from the fact's start up to "respectively". Counts that differ, or
    one date for several items, give nothing."""
    from kzgraph.relations import Fact  # relations imports this module's neighbours

    paired: dict = {}
    for fact in facts:
        if not crosses_respectively(fact, sentence, start, mentions):
            continue
        roles = {cls_role(cls): role for role, fillers in fact.roles.items() for _, cls in fillers}
        if "state" not in roles or "organisation" not in roles:
            continue
        org_cls = next(cls for _, cls in fact.roles[roles["organisation"]])
        fillers = sorted(fact.roles[roles["state"]], key=lambda filler: filler[0].start)
        states = [item for m, _ in fillers for item in _items(m)]
        at = start + _respectively_after(sentence, fact.end - start)
        inside = [m for m in mentions if fact.start <= m.start and m.end <= at]
        organisations = _distinct([n for m in inside if _organisation(m) for n in _items(m)])
        dates = [m for m in inside if m.value is not None and "Date" in m.kinds]
        if len(organisations) != len(states) or len(dates) not in (0, len(states)):
            continue
        if dates and "date" not in roles:
            continue
        for i, state in enumerate(states):
            filled = {roles["state"]: [(state, "State")],
                      roles["organisation"]: [(organisations[i], org_cls)]}  # fmt: skip
            if dates:
                filled[roles["date"]] = [(dates[i], "Date")]
            key = (id(state), id(organisations[i]))
            rule = f"{fact.rule}+respectively-organisations"
            paired.setdefault(key, Fact(rule, fact.kind, filled, fact.start, fact.end))
    return list(paired.values())


def _items(mention) -> list:
    """A group's members (their own groups opened), else the mention itself."""
    if mention.members:
        return [item for member in mention.members for item in _items(member)]
    return [mention]


def cls_role(cls: str) -> str:
    if cls == "State":
        return "state"
    if "Organisation" in cls:
        return "organisation"
    return "date" if cls == "Date" else cls


def _distinct(found: list) -> list:
    """The mentions in text order, a name and its bracketed acronym once."""
    seen, kept = set(), []
    for mention in sorted(found, key=lambda m: m.start):
        things = frozenset(_things(mention))
        if things & seen:
            continue
        seen |= things
        kept.append(mention)
    return kept
