"""A list's relative clause, apposition or participle that speaks of its last name only.

"Armenia and Russia, which has been a member of the WTO since 2012" is Russia's membership; "the
CIS and the WTO, which Kazakhstan joined in 2015" the WTO's; "the Treaty on A and the Treaty on
B, signed in Tashkent on 15 May 1992" B's signing; "Kazakhstan and Russia, a founding member of
O" Russia's founding. The clause opens right after the list (lexicon pf16-*): a singular verb
after "which|that|who", a relative with its own subject ("which it joined") or a preposition
("of which"), "whose" and a noun with a singular verb ("whose summit was held"), a singular
apposition ("a|an|one of|the latter") or a participle. A fact read inside it (every filler of
its other roles lies between the list and the clause's end) takes the list's last name for the
list, whichever reader made it. "both|each|all of which", a plural verb ("which were signed",
"which have been members", "which both have been members": a quantifier opens the relative's own
subject only before a name, "of" or a plural noun), a fact of the main clause ("X is a member of
A and B, which ...") or a clause read item by item ("which Armenia joined in 1991 and 1992
[respectively]": two dates, pair_respectively's) keep the list.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from kzgraph import lexicon
from kzgraph.mentions import Mention
from kzgraph.relations import Fact

#: what closes the clause: punctuation outside a name, or the sentence's end
_CLAUSE_END = re.compile(r"[,;:.!?()\u2013\u2014]")
#: the word or comma right before a list
_BEFORE = re.compile(r"(\w+|,)\s*$")
#: "A and B, which X joined in D1 and D2 respectively": item by item (pair_respectively's)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)


@cache
def _aside() -> re.Pattern:
    """A comma and an aside's opening word right before a list (lexicon pf16-aside-introducers)."""
    return re.compile(
        rf",\s*(?:{lexicon.alternation('pf16-aside-introducers')})\s*$", re.IGNORECASE
    )


@cache
def _openers() -> tuple[re.Pattern, re.Pattern]:
    """The openings of a clause on the list's last name right after the list: a relative clause
    or an apposition, and a participle."""
    adverbs = rf"(?:(?:[a-z]+ly|{lexicon.alternation('pf16-relative-adverbs')})\s+)*"
    singular = lexicon.alternation("pf16-singular-verbs")
    succession = lexicon.alternation("fp15-succession-verbs")
    subject = lexicon.alternation("pf16-relative-subjects")
    quantifier = lexicon.alternation("pf16-relative-quantifiers")
    preposition = lexicon.alternation("pf16-relative-prepositions")
    appositive = lexicon.alternation("pf16-singular-appositives")
    participle = lexicon.alternation("pf16-list-participles")
    relative = re.compile(
        r"\s*(?:"
        rf",\s*(?:which|that|who)\s+{adverbs}(?:{singular}\b|{succession}\b|[a-z]{{2,}}[^\Wsu]s\b)"
        rf"|,\s*(?:which|whom)\s+{adverbs}(?:{subject}\b|[A-Z])"
        rf"|,\s*(?:which|whom)\s+{adverbs}(?:{quantifier})\s+(?:(?:{quantifier})\s+)?"
        r"(?:of\b|[A-Z]|[a-z]{2,}[^\Wsu]s\b)"
        rf"|,\s*{preposition}\s+(?:which|whom)\b"
        rf"|,\s*whose\s+(?:[a-z-]+\s+){{1,3}}{adverbs}(?:is|was|has)\b"
        rf"|[,(]\s*{appositive}\s"
        r")"
    )
    return relative, re.compile(rf"\s*[,(]\s*{adverbs}{participle}\b")


def narrowed_to_nearest(
    facts: list[Fact], sentence: str, start: int, mentions: list[Mention]
) -> list[Fact]:
    """``facts`` (absolute offsets; ``sentence`` at ``start``) with each list a clause on its
    last name speaks of read as that name, where the fact is that clause's; a fact of the main
    clause that takes a filler from that clause keeps it for the last name only."""
    for group in mentions:
        if len(group.members) < 2:
            continue
        clause = _clause_end(group, sentence, start, mentions)
        if clause is not None:
            facts = [narrowed for fact in facts for narrowed in _narrowed(fact, group, *clause)]
    return facts


def _clause_end(
    group: Mention, sentence: str, start: int, mentions: list[Mention]
) -> tuple[int, bool] | None:
    """The absolute end of the clause on its last name right after ``group`` and whether a
    relative word or an apposition opens it (a participle may be a verb of the sentence's own:
    "which the presidents, A and B, signed in C"), else None."""
    relative, participle = _openers()
    opening = relative.match(sentence, group.end - start)
    by_relative, before = opening is not None, None
    if opening is None and (opening := participle.match(sentence, group.end - start)):
        before = _BEFORE.search(sentence, 0, group.start - start)
        if before and before.group(1) == ",":
            return None  # "its two anchors, A and B, established relations": a verb
        if _aside().search(sentence, 0, group.start - start):
            return None  # "Armenia, with Belarus and Russia, co-founded O": a verb
    if opening is None:
        return None
    before = before or _BEFORE.search(sentence, 0, group.start - start)
    if before and before.group(1).lower() == "between":
        return None  # "relations between A and B, which have|has grown": the relations'
    if _RESPECTIVELY.search(sentence, opening.end()):
        return None  # "..., which Armenia joined in 1991 and 1992 respectively": item by item
    end = _punctuation_after(sentence, opening.end(), start, mentions)
    dates = [m for m in mentions if "Date" in m.kinds and opening.end() + start <= m.start < end]
    if len(dates) > 1:
        return None  # "which it joined in 1991 and 1992": the list's
    return end, by_relative


def _punctuation_after(sentence: str, offset: int, start: int, mentions: list[Mention]) -> int:
    """The absolute offset of the first clause-closing mark at or after ``offset`` of
    ``sentence`` (at ``start``) that lies outside every mention, else the sentence's end."""
    inside = [(m.start - start, m.end - start) for m in mentions if m.end - start > offset]
    for punctuation in _CLAUSE_END.finditer(sentence, offset):
        if not any(begin <= punctuation.start() < finish for begin, finish in inside):
            return start + punctuation.start()
    return start + len(sentence)


def _narrowed(fact: Fact, group: Mention, end: int, relative: bool) -> list[Fact]:
    """``fact`` with the roles ``group`` (or its members) fills read as its last name, when
    every filler of its other roles lies in the clause after the group (up to ``end``). When only
    some do and a relative word or an apposition opens the clause, the fact is the main
    clause's: the other names keep it without the clause's values ("Chevron develops A and B,
    which it has developed since 1993": B's date only)."""
    parts = {id(group), *(id(member) for member in group.members)}
    listed = {
        role for role, fillers in fact.roles.items() if any(id(m) in parts for m, _ in fillers)
    }
    others = [m for role, fillers in fact.roles.items() if role not in listed for m, _ in fillers]
    others = [m for m in others if m.end > m.start]  # a filler taken from context has no place
    inside = {id(m) for m in others if group.end <= m.start and m.end <= end}
    if not listed or not inside:
        return [fact]
    last = _read_as(fact, listed, parts, [group.members[-1]])
    if len(inside) == len(others):
        return [last]
    if not relative:
        return [fact]
    roles = {
        role: [(m, cls) for m, cls in fillers if id(m) not in inside]
        for role, fillers in fact.roles.items()
    }
    emptied = [m for role, kept in roles.items() if not kept for m, _ in fact.roles[role]]
    if any(m.source != "value" for m in emptied):
        return [last]  # a name only the clause gives: the other names have no such fact
    roles = {role: kept for role, kept in roles.items() if kept}  # a date, amount: the clause's
    rest = _read_as(replace(fact, roles=roles), listed, parts, group.members[:-1])
    return [rest, last]


def _read_as(fact: Fact, listed: set[str], parts: set[int], names: list[Mention]) -> Fact:
    """``fact`` with the ``listed`` roles' group fillers (ids ``parts``) read as ``names``."""
    roles = dict(fact.roles)
    for role in listed:
        classes = [cls for m, cls in roles[role] if id(m) in parts]
        kept = [(m, cls) for m, cls in roles[role] if id(m) not in parts]
        roles[role] = [*kept, *((name, classes[-1]) for name in names)]
    return replace(fact, roles=roles)
