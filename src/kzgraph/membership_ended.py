"""A membership the same sentence, or the next, says ended later: "X joined O in D1, before
leaving it in D2", "X, which joined O in D1, withdrew in D2", "X joined O in D1; in D2 X withdrew",
"X joined O in D1. In D2 it withdrew from the organisation". The gold conventions give a
membership that ended no memberOf (tests/generality/README.md: "Georgia withdrew from the CIS: no
memberOf"); the relation rules' hedge-ended-after catches the leaving right after the match ("and
left in", "withdrew in"), this test the one further on, whichever reading made the fact. A verb
of leaving (lexicon pf11a-membership-leaving-verbs: also "its membership ended|was frozen", "is
no longer a member") after the match, whose object (past "from", "out of") is the organisation
itself, "it" or "the organisation|bloc|union ..." (pf11a-membership-leaving-objects), or which has
none ("left in 2005": pf11a-membership-intransitive-next), ends the membership of the state it
speaks of, unless a rejoining follows (pf11a-membership-rejoining): the last state named before
it ("...; in D2 X withdrew", "X's membership ended"), or the clause's subject after states named
only as a preposition's object or a possessor ("...; after the war with Y it withdrew": X), and
those a "followed by" names after it ("...; Y withdrew, followed by X"); with no state between,
the clause's subject (in the next sentence only a pronoun right before the verb: "In D2 it
withdrew"; not "The mission withdrew"). "A and B joined O; A later withdrew" keeps B's; "X joined
O in D; Y left it in D2" (another state), "X joined O and left talks with Z" (another object),
"...; Y invaded in D2 and it withdrew" (a pronoun after another state that may be its subject),
"..., but only A is in O2, from which X withdrew" (another organisation between: only O's name
as object counts) keep the fact; so does a present "X is a member of|belongs to O".

A programme's participation likewise, and also when an "until|till" follows in its sentence with
no other state between ("X took part in the P of O until it ended in D"): the participation is
past (tests/test_fix10a.py), the programme's organisation stays (``without_states``)."""

from __future__ import annotations

import re
from dataclasses import replace

from kzgraph import lexicon

_KINDS = frozenset(["membership", "programme"])
_UNTIL_RE = re.compile(r"\b(until|till)\b", re.IGNORECASE)
_LEAVING = sorted(lexicon.phrases("pf11a-membership-leaving-verbs"), key=len, reverse=True)
_LEAVING_RE = re.compile(r"\b(" + "|".join(re.escape(p) for p in _LEAVING) + r")\b", re.IGNORECASE)
_OBJECTS = tuple(lexicon.phrases("pf11a-membership-leaving-objects"))
_NAMED_HEADS = lexicon.phrases("memb24-leaving-named-heads")
_INTRANSITIVE = lexicon.words("pf11a-membership-intransitive-next")
_REJOINING_RE = re.compile(
    r"\b(" + "|".join(re.escape(p) for p in lexicon.phrases("pf11a-membership-rejoining")) + r")\b",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"\w[\w'’-]*|[^\w\s]")
_PRESENT = re.compile(r"\b(is|are|remains|remain|belongs|belong)\b", re.IGNORECASE)
_PASSIVE_BEFORE = re.compile(r"\b(is|are|was|were|be|been|being)\s+$", re.IGNORECASE)
_PRONOUNS = lexicon.words("pf14c-leaving-subject-pronouns")
_JOINING = lexicon.words("ended21-joining-events")
#: Words before a state (a preposition) that make it no subject of the clause.
_OBLIQUE = lexicon.words("border-fronted-prepositions").union(
    lexicon.phrases("rec16b-oblique-state-words")
)
#: What makes a state right before it a possessor ("Russia's invasion"), in the raw text.
_POSSESSIVE = tuple(lexicon.phrases("rec16b-possessive-marks"))
#: A negation (and at most one adverb) right before a verb of leaving: "it never withdrew".
_NEGATED = re.compile(
    rf"(?:\b{lexicon.alternation('fix16a-leaving-negations')}|n['’]t)(?:\s+[a-z]+)?\s+$",
    re.IGNORECASE,
)
_FOLLOWED_RE = re.compile(
    r"\bfollowed\s+(?:later\s+|soon\s+|shortly\s+)?by\s+(?:the\s+)?", re.IGNORECASE
)
_CLAUSE_END = re.compile(r"[;.]|\s[–—]\s")


def ended_states(
    fact, sentence: str, start: int, mentions: list, before: tuple[str, int] | None = None
) -> set:
    """The keys of the states of ``fact`` (absolute offsets; ``sentence`` at ``start``), a
    membership, that the rest of its sentence says left (see the module's docstring); with
    ``before``, the fact's own sentence and its offset, ``sentence`` is the next one. Empty when
    none did."""
    own, own_at = before or (sentence, start)
    matched = own[fact.start - own_at : fact.end - own_at]
    if fact.kind not in _KINDS or _PRESENT.search(matched) or _joining_event(fact, matched):
        return set()  # "X is a member of O, which it left in D": the present statement stands
    fillers = [(m, cls) for fs in fact.roles.values() for m, cls in fs]
    organisations = [m for m, cls in fillers if "Organisation" in cls or cls == "Programme"]
    members = {k for m, cls in fillers if cls == "State" for k in mention_keys(m)}
    if not organisations or not members:
        return set()
    rest_at = max(fact.end - start, 0)
    rest = sentence[rest_at:]
    if fact.kind == "programme" and before is None:
        until = _UNTIL_RE.search(rest)
        if until and not _state_between(mentions, fact.end, start + rest_at + until.start()):
            return members  # "X took part in the P until it ended in D"
    keys = {k for m in organisations for k in mention_keys(m)}
    heads = _name_words(organisations, own, own_at)
    ended: set = set()
    for found in _LEAVING_RE.finditer(rest):
        verb_at, after_at = start + rest_at + found.start(), start + rest_at + found.end()
        if _no_leaving(found, rest[: found.start()]):
            continue  # "was left out of the talks", "it never withdrew"
        begin = max(fact.end, start)
        leavers = _leavers(mentions, begin, verb_at, rest[: found.start()], before is not None)
        after = rest[found.end() :]
        loose = not _other_organisation(mentions, begin, verb_at, keys)
        named = _names_the_organisation(after, after_at, keys, mentions, loose, heads)
        if leavers is None or not named:
            continue
        if not _REJOINING_RE.search(after):
            ended |= (leavers or members) | _followers(after, after_at, mentions)
    return ended & members


def _name_words(organisations: list, text: str, at: int) -> set:
    """The lowercased words of the organisations' labels and of their names as ``text`` (at
    ``at``) gives them."""
    names = [e.label or "" for m in organisations for e in m.entities if hasattr(e, "label")]
    names += [text[m.start - at : m.end - at] for m in organisations if m.start >= at]
    return {w.lower() for name in names for w in _TOKEN.findall(name)}


def _joining_event(fact, matched: str) -> bool:
    """Whether ``fact``, a membership, is stated by its event (lexicon ended21-joining-events:
    "X joined O in 2006, before leaving it in 2012"): it keeps its fact with its start date, as
    the gold conventions ask (ENDED21); a programme's participation ends all the same."""
    return fact.kind == "membership" and bool(
        _JOINING.intersection(w.lower() for w in _TOKEN.findall(matched))
    )


def _no_leaving(verb: re.Match, before: str) -> bool:
    """Whether the verb of leaving ``verb``, with ``before`` the text before it, states no
    leaving: a passive "left" ("was left out of the talks") or a negation right before it
    ("it never withdrew", "did not formally leave", "refused to leave"; lexicon
    fix16a-leaving-negations)."""
    if verb.group(1).lower() == "left" and _PASSIVE_BEFORE.search(before):
        return True
    return _NEGATED.search(before) is not None


def _other_organisation(mentions: list, begin: int, end: int, keys: set) -> bool:
    """Whether an organisation other than the fact's stands between ``begin`` and ``end``
    ("..., but only A is a member of O2, from which B withdrew": the leaving may be O2's)."""
    return any(
        begin <= m.start and m.end <= end and "Organisation" in "".join(m.kinds)
        and not keys & mention_keys(m)
        for m in mentions
    )  # fmt: skip


def _leavers(mentions: list, begin: int, verb_at: int, before: str, named: bool) -> set | None:
    """Who the verb of leaving at ``verb_at`` speaks of: the keys of the last state named between
    ``begin`` and it ("...; in 2009 Georgia withdrew"), an empty set for the clause's subject
    (no state between: "..., before leaving it in D2"; in the next sentence, ``named``, only a
    pronoun right before the verb: "In 2009 it withdrew"; also a pronoun after states named only as
    a preposition's object or a possessor: "...; after the war with Russia it withdrew"), None for
    nobody it can tell (a pronoun after another state that may be its subject: "...; Russia
    invaded and it withdrew")."""
    states = [m for m in mentions if begin <= m.start and m.end <= verb_at and "State" in m.kinds]
    if states:
        last = max(states, key=lambda m: (m.end, m.end - m.start))  # a group over its last
        between = _TOKEN.findall(before[len(before) - (verb_at - last.end) :])
        if not _PRONOUNS.intersection(w.lower() for w in between):
            return mention_keys(last)
        at = verb_at - len(before)  # where ``before`` begins in the text
        if all(_oblique(before, m.start - at, m.end - at) for m in states):
            return set()  # "...; after the war with Russia it withdrew": the subject's
        return None
    words = [w.lower() for w in _TOKEN.findall(before)][-2:]
    if named and not (words and (words[-1] in _PRONOUNS or words[0] in _PRONOUNS)):
        return None  # "The mission withdrew in 2017": no member named
    return set()


def _oblique(text: str, start: int, end: int) -> bool:
    """Whether the state at ``start``..``end`` of ``text`` is a preposition's object (past a
    "the") or a possessor ("with Russia", "Russia's"): no subject a later pronoun stands for."""
    words = [w.lower() for w in _TOKEN.findall(text[:start])]
    if words[-1:] == ["the"]:
        words.pop()
    return bool(words[-1:] and words[-1] in _OBLIQUE) or text[end:].startswith(_POSSESSIVE)


def _followers(after: str, at: int, mentions: list) -> set:
    """The keys of the states a "followed by" names within the verb's clause ("Moldova withdrew,
    followed by Uzbekistan and Azerbaijan")."""
    clause = _CLAUSE_END.split(after, maxsplit=1)[0]
    follow = _FOLLOWED_RE.search(clause)
    if follow is None:
        return set()
    begin = at + follow.end()
    nearest = [m for m in mentions if begin <= m.start <= begin + 4 and "State" in m.kinds]
    return {k for m in nearest for k in mention_keys(m)}


def _state_between(mentions: list, begin: int, end: int) -> bool:
    return any(begin <= m.start and m.end <= end and "State" in m.kinds for m in mentions)


def _names_the_organisation(
    after: str, at: int, keys: set, mentions: list, loose: bool, heads: set
) -> bool:
    """Whether the words after a verb of leaving name the organisation joined (``keys``; the
    words of its names ``heads``), or, ``loose``, refer to it or show the verb has no object."""
    text = after.lstrip()
    offset = at + len(after) - len(text)
    lowered = text.lower()
    for lead in ("from ", "out of ", "of "):
        if lowered.startswith(lead):
            offset += len(lead)
            text, lowered = text[len(lead) :], lowered[len(lead) :]
            break
    if _other_body(text, heads):
        return False  # "X, a member of the UN since D, left the Commonwealth in D2": not the UN
    if loose and _refers_or_stops(text, lowered):
        return True
    return any(
        m.start >= offset and text[: m.start - offset].strip().lower() in ("", "the")
        and keys & mention_keys(m)
        for m in mentions
    )  # fmt: skip


def _other_body(text: str, heads: set) -> bool:
    """Whether the object after a verb of leaving (``text``) is "the <Head>" capitalised, a head
    of lexicon memb24-leaving-named-heads ("the Commonwealth", "the Council", "the Union"), that
    the names of the organisation joined (``heads``, their lowercased words) do not hold: the
    name of another body, not a reference to that one (MEMB24)."""
    words = _TOKEN.findall(text[:40])[:2]
    if len(words) < 2 or words[0].lower() != "the" or not words[1][:1].isupper():
        return False
    return f"the {words[1].lower()}" in _NAMED_HEADS and words[1].lower() not in heads


def _refers_or_stops(text: str, lowered: str) -> bool:
    """Whether the words after a verb of leaving (past "from") refer to an organisation ("it",
    "the bloc") or show the verb has no object ("in 2005", ".")."""
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
    return first is None or first.group(0).lower() in _INTRANSITIVE or first.group(0)[0].isdigit()


def mention_keys(mention) -> set:
    """What ``mention`` names: its entities' keys, else its span."""
    keys = {getattr(e, "key", e) for e in mention.entities} | set(mention.keys)
    return keys or {(mention.start, mention.end)}


def without_states(fact, keys: set):
    """``fact`` without the states whose memberships ended (``keys``: ``ended_states``), a group
    reduced to its other members ("A and B joined O; A later withdrew": B's stays); a programme
    with no state left keeps its organisation; None when nothing stays true."""
    roles = {role: [(_without(m, keys), cls) if cls == "State" else (m, cls) for m, cls in fs]
             for role, fs in fact.roles.items()}  # fmt: skip
    roles = {role: [(m, cls) for m, cls in fs if m is not None] for role, fs in roles.items()}
    roles = {role: fs for role, fs in roles.items() if fs}
    if any(cls == "State" for fs in roles.values() for _, cls in fs):
        return replace(fact, roles=roles)
    if fact.kind != "programme" or not any(
        "Organisation" in cls for fs in roles.values() for _, cls in fs
    ):
        return None
    return replace(fact, roles=roles)  # "X took part in the P of O until D": the P stays O's


def _without(mention, keys: set):
    """``mention``, a state or a group of states, without the states ``keys`` names."""
    if not mention_keys(mention) & keys:
        return mention
    rest = [m for m in mention.members if not mention_keys(m) & keys]
    if len(rest) <= 1:
        return rest[0] if rest else None
    entities = [e for e in mention.entities if getattr(e, "key", e) not in keys]
    return replace(mention, members=rest, entities=entities)
