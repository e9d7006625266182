"""The city a signing's "there" or "where" stands for (REC21S).

A signing that took no place may name it by an adverb that points back to a city:

    In May 2014 the five states met in Ashgabat. The Ashgabat Agreement was signed there ...
    ... paid a state visit to Almaty ...; the two presidents signed the Treaty on X there on D.
    ... came to Washington, where the two governments signed the Declaration on X.
    There, on 21 December 1991, the Alma-Ata Protocol was signed by eleven states: ...

"there" is the signing's own when it follows its treaty ("signed T there", "signed T with B
there"), its signing verb ("T was signed there", "T, signed there by A") or opens the sentence as
a place ("There, on D, ...", "There A and B signed T"; not "There is|was|were ...": no place);
it stands for the one city the sentence names before it, else (it names none) for the one city
the sentence right before it, in its paragraph, names. Two cities there, or none, give nothing
("A met B in Astana and C in Almaty; the two signed T there"). "where" is the signing's when
its clause holds the signing and opens right after a city (", where A and B signed T"; a
state's name may stand between as the city's apposition: "in Zurich, Switzerland, where").
The city of a news dateline opening the first line ("TASHKENT, 22 December 2022 (Reuters) –")
places the signing its first sentence dates, after it, by the dateline's own day ("A and B on
Thursday signed T", "A today signed T").
Only a treaty signing asserted and without a place of its own takes it (role of the schema's
signingPlace); a hedged one ("is expected to sign T there") is never asserted anyway.
"""

from __future__ import annotations

import re
from functools import cache

from kzgraph import lexicon
from kzgraph.mentions import Mention, find_dateline
from kzgraph.relations import Fact

#: "there" right after a signing's treaty ("signed T there"), or "with" before its partner
_THERE = re.compile(r"\s+there\b")
_WITH = re.compile(r"\s+with\s+")
#: "there" right after a signing verb (after its treaty: "T was signed there", "T, signed there")
_AFTER_VERB = re.compile(
    r"\s*,?\s*(?:(?:which|that)\s+)?(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+)?"
    rf"(?:(?:{lexicon.alternation('rec21s-there-adverbs')})\s+)?"
    rf"(?:{lexicon.alternation('rec21s-signing-verbs')})\s+there\b",
    re.IGNORECASE,
)
#: A signing verb before the treaty in its clause ("the two men signed the Charter ... there")
_VERB_BEFORE = re.compile(
    rf"\b(?:{lexicon.alternation('rec21s-signing-verbs')})\b[^;:.!?]*$", re.IGNORECASE
)
#: "signed it" in a match whose rule takes the treaty "it" stands for from context
_SIGNED_IT = re.compile(rf"\b(?:{lexicon.alternation('rec21s-signing-verbs')})\s+(it)\b")
#: "There" opening a sentence as a place: a comma after it or a word that is no verb of being
_FRONTED = re.compile(
    rf"\s*There\b(?!\s+(?:{lexicon.alternation('rec21s-existential-there-verbs')})\b)",
    re.IGNORECASE,
)
#: ", where" right after a city (past a state's name set off as its apposition)
_WHERE = re.compile(r"\s*,\s*where\b")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


@cache
def _place_roles() -> dict[str, str]:
    """Each kind's role of its signing place (data/schema.jsonl: signingPlace)."""
    from kzgraph.graph import default_schema

    return {
        kind: triple[2]
        for kind, record in default_schema().items()
        for triple in record.get("triples", [])
        if triple[1] == "signingPlace"
    }


def _treaty_keys(fact: Fact) -> set[str]:
    """The keys of the treaties the signing ``fact`` names."""
    return {e.key for m, _ in fact.roles.get("T", []) for e in m.entities[:1]}


def _cities(mentions: list[Mention]) -> dict[str, Mention]:
    """The cities ``mentions`` name, one mention each, by entity key."""
    found: dict[str, Mention] = {}
    for mention in mentions:
        for part in mention.members or [mention]:
            if _is_city(part):
                found.setdefault(part.entities[0].key, part)
    return found


class PlaceAdverbs:
    """One document's sentences read in turn: the cities of the sentence before."""

    def __init__(self) -> None:
        self.before: dict[str, Mention] = {}  # the cities of the sentence before
        self.end = -1  # where the sentence before ended

    def complete(
        self, text: str, start: int, end: int, mentions: list[Mention], facts: list[Fact]
    ) -> None:
        """Give each signing of the sentence [start, end) that took no place the city its
        "there" or "where" stands for; then remember the sentence's cities."""
        before = self.before if not _BLANK_LINE.search(text, max(self.end, 0), start) else {}
        placed = {key for fact in facts if fact.roles.get(_place_roles().get(fact.kind, ""))
                  for key in _treaty_keys(fact)}  # fmt: skip
        for fact in facts:
            role = _place_roles().get(fact.kind)
            if role is None or fact.hedged or fact.roles.get(role) or _treaty_keys(fact) & placed:
                continue
            place = _referred_city(text, start, end, mentions, fact, before)
            if place is not None:
                fact.roles[role] = [(place, "City")]
        self.before, self.end = _cities(mentions), end


def _referred_city(
    text: str, start: int, end: int, mentions: list[Mention], fact: Fact, before: dict
) -> Mention | None:
    """The city the signing ``fact`` names by "there" or "where", else None."""
    treaty = _treaty_span(text, fact)
    if treaty is None or treaty[1] <= start:
        return None
    there = _there_after(text, end, treaty, mentions)
    if there is not None:
        return _one_city(mentions, start, there, before)
    if _FRONTED.match(text, start, end) and not _clause_break(text, start, treaty[0]):
        return _one(before)
    return _where_city(text, start, treaty[0], mentions) or _dateline_city(
        text, start, end, mentions, fact
    )


def _dateline_city(
    text: str, start: int, end: int, mentions: list[Mention], fact: Fact
) -> Mention | None:
    """The city of the dateline opening the story, for the signing its first sentence dates by
    the dateline's day ("TASHKENT, 22 December 2022 (Reuters) – A and B on Thursday signed T",
    "NEW YORK, 2 August 2016 – A today signed T"): a date of the signing after the dateline
    that is the dateline's own day."""
    dateline = find_dateline(text)
    if dateline is None or dateline.date is None or not dateline.first_line:
        return None
    if not start <= dateline.place[0] < end:
        return None
    day = dateline.date.isoformat()
    dated = any(m.start >= dateline.end and _day(m) == day for m, _ in fact.roles.get("D", []))
    place = next((m for m in mentions if (m.start, m.end) == dateline.place), None)
    return place if dated and place is not None and _is_city(place) else None


def _day(mention: Mention) -> str:
    fields = getattr(mention.value, "fields", None) or {}
    return (fields.get("date") or ("",))[0]


def _treaty_span(text: str, fact: Fact) -> tuple[int, int] | None:
    """Where the signing's one treaty is named: its mention, or, for a treaty its rule takes
    from context ("A signed it there on D": a mention of no width), the "it" after the
    signing verb of the match."""
    treaties = [m for m, _ in fact.roles.get("T", [])]
    if len(treaties) != 1:
        return None
    if treaties[0].end > treaties[0].start:
        return treaties[0].start, treaties[0].end
    it = _SIGNED_IT.search(text, fact.start, fact.end)
    return it.span(1) if it is not None else None


def _there_after(
    text: str, end: int, treaty: tuple[int, int], mentions: list[Mention]
) -> int | None:
    """Where the signing's own "there" stands after its treaty (else None): "signed T there",
    "signed T with B there" (B one state), "T was signed there"."""
    verb = _AFTER_VERB.match(text, treaty[1], end)
    if verb is not None:
        return verb.end() - len("there")
    if not _VERB_BEFORE.search(text, max(0, treaty[0] - 200), treaty[0]):
        return None
    after = treaty[1]
    with_ = _WITH.match(text, after, end)
    if with_ is not None:
        partner = next((m for m in mentions if m.start == with_.end()), None)
        after = partner.end if partner is not None and _is_state(partner) else after
    there = _THERE.match(text, after, end)
    return there.end() - len("there") if there is not None else None


def _is_state(mention: Mention) -> bool:
    return len(mention.entities) == 1 and mention.entities[0].cls == "State"


def _is_city(mention: Mention) -> bool:
    return len(mention.entities) == 1 and mention.entities[0].cls == "City"


def _one_city(
    mentions: list[Mention], start: int, there: int, before: dict[str, Mention]
) -> Mention | None:
    """The one city the sentence names before ``there``; else, if it names none, the one the
    sentence before names."""
    own = _cities([m for m in mentions if start <= m.start and m.end <= there])
    return _one(own) if own else _one(before)


def _one(cities: dict[str, Mention]) -> Mention | None:
    return next(iter(cities.values())) if len(cities) == 1 else None


#: What opens a clause of its own: ";", ":", ", and|but|while|whereas|yet"
_CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:and|but|while|whereas|yet)\b")


def _clause_break(text: str, begin: int, finish: int) -> bool:
    """Whether a clause of its own opens between ``begin`` and ``finish``."""
    return _CLAUSE_BREAK.search(text, begin, finish) is not None


def _where_city(text: str, start: int, treaty: int, mentions: list[Mention]) -> Mention | None:
    """The city right before the ", where" that opens the clause of the signing: "came to C,
    where A and B signed T" (", where" after "C, S" too); else None."""
    for i, mention in enumerate(mentions):
        if mention.end > treaty or mention.start < start:
            continue
        if not _is_city(mention):
            continue
        after = mention.end
        nxt = mentions[i + 1] if i + 1 < len(mentions) else None
        if nxt is not None and _is_state(nxt) and re.fullmatch(r"\s*,\s*", text[after : nxt.start]):
            after = nxt.end  # "in Zurich, Switzerland, where"
        where = _WHERE.match(text, after)
        if where is None or where.end() > treaty:
            continue
        clause = text[where.end() : treaty]
        if _VERB_BEFORE.search(clause) and not _clause_break(text, where.end(), treaty):
            return mention
    return None
