"""A membership the same sentence says ended later: "X joined O in D1, before leaving it in D2",
"X, which joined O in D1, withdrew in D2", "X joined O in D1, making it O2, and left in D2". The
gold conventions give a membership that ended no memberOf (tests/generality/README.md: "Georgia
withdrew from the CIS: no memberOf"); the relation rules' hedge-ended-after catches the leaving
right after the match ("and left in", "withdrew in"), this test the one further on, whichever
reading made the fact. A verb of leaving (lexicon pf11a-membership-leaving-verbs) after the
match, with no other state named between them, whose object (past "from", "out of") is the
organisation itself, "it" or "the organisation|bloc|union ..." (pf11a-membership-leaving-objects),
or which has none ("left in 2005": pf11a-membership-intransitive-next), ends it, unless a
rejoining follows (pf11a-membership-rejoining). "X joined O in D; Y left it in D2" (another
state between), "X joined O and left talks with Z" (another object) keep the fact.

A programme's participation likewise, and also when an "until|till" follows in its sentence with
no other state between ("X took part in the P of O until it ended in D"): the participation is
past (tests/test_fix10a.py), the programme's organisation stays (``without_participant``)."""

from __future__ import annotations

import re
from dataclasses import replace

from kzgraph import lexicon

_KINDS = frozenset(["membership", "programme"])
_UNTIL_RE = re.compile(r"\b(until|till)\b", re.IGNORECASE)
_LEAVING = sorted(lexicon.phrases("pf11a-membership-leaving-verbs"), key=len, reverse=True)
_LEAVING_RE = re.compile(r"\b(" + "|".join(re.escape(p) for p in _LEAVING) + r")\b", re.IGNORECASE)
_OBJECTS = tuple(lexicon.phrases("pf11a-membership-leaving-objects"))
_INTRANSITIVE = lexicon.words("pf11a-membership-intransitive-next")
_REJOINING_RE = re.compile(
    r"\b(" + "|".join(re.escape(p) for p in lexicon.phrases("pf11a-membership-rejoining")) + r")\b",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"\w[\w'’-]*|[^\w\s]")
_PRESENT = re.compile(r"\b(is|are|remains|remain)\b", re.IGNORECASE)
_PASSIVE_BEFORE = re.compile(r"\b(is|are|was|were|be|been|being)\s+$", re.IGNORECASE)


def ended_later(fact, sentence: str, start: int, mentions: list) -> bool:
    """Whether ``fact`` (absolute offsets; ``sentence`` at ``start``), a membership, is one the
    rest of its sentence says the member left (see the module's docstring)."""
    if fact.kind not in _KINDS or _PRESENT.search(sentence[fact.start - start : fact.end - start]):
        return False  # "X is a member of O, which it left in D": the present statement stands
    fillers = [(m, cls) for fs in fact.roles.values() for m, cls in fs]
    organisations = [m for m, cls in fillers if "Organisation" in cls or cls == "Programme"]
    if not organisations or not any(cls == "State" for _, cls in fillers):
        return False
    rest_at = max(fact.end - start, 0)
    rest = sentence[rest_at:]
    if fact.kind == "programme":
        until = _UNTIL_RE.search(rest)
        if until and not _state_between(mentions, fact.end, start + rest_at + until.start()):
            return True  # "X took part in the P until it ended in D"
    for found in _LEAVING_RE.finditer(rest):
        verb_at = start + rest_at + found.start()
        if _state_between(mentions, fact.end, verb_at):
            return False  # "X joined O in D; Y left it": another state's leaving
        if found.group(1).lower() == "left" and _PASSIVE_BEFORE.search(rest[: found.start()]):
            continue  # "was left out of the talks"
        after = rest[found.end() :]
        if not _names_the_organisation(
            after, start + rest_at + found.end(), organisations, mentions
        ):
            continue
        return not _REJOINING_RE.search(after)
    return False


def _state_between(mentions: list, begin: int, end: int) -> bool:
    return any(begin <= m.start and m.end <= end and "State" in m.kinds for m in mentions)


def _names_the_organisation(after: str, at: int, organisations: list, mentions: list) -> bool:
    """Whether the words after a verb of leaving name the organisation joined, refer to it, or
    show the verb has no object."""
    text = after.lstrip()
    offset = at + len(after) - len(text)
    lowered = text.lower()
    for lead in ("from ", "out of ", "of "):
        if lowered.startswith(lead):
            offset += len(lead)
            text, lowered = text[len(lead) :], lowered[len(lead) :]
            break
    if not text:
        return True  # "... and left."
    for p in _OBJECTS:
        if lowered == p or re.match(re.escape(p) + r"\W", lowered):
            following = _TOKEN.match(text[len(p) :].lstrip())
            if following is None or not (
                following.group(0) == "of" or following.group(0)[0].isupper()
            ):
                return True  # "left it", "quit the bloc"; not "left the Commonwealth of ..."
    first = _TOKEN.match(text)
    if first is None or first.group(0).lower() in _INTRANSITIVE or first.group(0)[0].isdigit():
        return True
    keys = {k for m in organisations for k in mention_keys(m)}
    return any(
        m.start >= offset and text[: m.start - offset].strip().lower() in ("", "the")
        and keys & mention_keys(m)
        for m in mentions
    )  # fmt: skip


def mention_keys(mention) -> set:
    """What ``mention`` names: its entities' keys, else its span."""
    keys = {getattr(e, "key", e) for e in mention.entities} | set(mention.keys)
    return keys or {(mention.start, mention.end)}


def without_participant(fact):
    """A programme fact whose participation ended, reduced to what stays true: the programme's
    organisation (None when the fact names none)."""
    roles = {
        role: fillers
        for role, fillers in fact.roles.items()
        if not any(cls == "State" for _, cls in fillers)
    }
    if not any("Organisation" in cls for fillers in roles.values() for _, cls in fillers):
        return None
    return replace(fact, roles=roles)
