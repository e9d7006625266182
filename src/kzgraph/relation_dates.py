"""Dates around a relation match: whether the match left out or mis-took a date, and
attaching a date its rule takes that sits past an apposition or a place phrase."""

from __future__ import annotations

import re

from kzgraph.rule_dsl import CompiledPattern, pattern_dates

# A date may follow a match past a noun apposition (", the predecessor of P, on D") or a short
# place phrase ("developed F on the right bank of the R since 2007"); these open them.
_NOUN_APPOSITION = frozenset(["the", "a", "an", "its", "their", "his", "her"])
_PLACE_PREPOSITIONS = frozenset(["on", "in", "at", "near", "along", "off", "across", "inside"])
# words that end such a phrase: a new clause begins, so a later date may be another verb's
_PHRASE_ENDS = frozenset(
    ["which", "who", "whose", "that", "where", "when", "while", "and", "or", "but", "after",
     "before", "until", "although", "though", "because", "as", "was", "were", "is", "are",
     "has", "have", "had"]
)  # fmt: skip
# ", which came into being on D" / ", established in D" after a co-founded organisation
_FOUNDING_VERBS = frozenset(
    ["founded", "established", "created", "formed", "launched", "being", "set"]
)  # "set" as in ", set up in 1969"
_FOUNDING_WORDS = _FOUNDING_VERBS | {"which", "was", "were", "came", "into", "officially", "up"}
_STOPS = frozenset([".", "!", "?"])  # a token alone that ends a sentence
_DATE_STOP = re.compile(r"[.!?][\d\u00b9\u00b2\u00b3\u2070-\u2079\])]*$")
_UNCLEAR_DATE = "?"  # a fronted date whose apposition cannot be passed over


def unattached_date(doc, begin, finish, alignment, compiled, record) -> bool:
    """Whether the match gives a date that may be another subject's ("X and Y joined O in 2015
    and 2012") or leaves out the date after it ("visited P at the invitation of I in 2019")."""
    if _date_list_follows(doc, begin, alignment, compiled):
        return True
    if compiled.dates.names_inviter and _inviter_left_out(doc, finish, alignment, compiled):
        return True
    return _date_left_out(doc, finish, alignment, compiled, compiled.dates.introducers)


def _date_introducers(pattern: str) -> frozenset:
    """The words a rule puts before its dates ("in|since {D:Date}" gives "in", "since")."""
    return pattern_dates(pattern).introducers


def _date_list_follows(doc, begin: int, alignment: list[int], compiled: CompiledPattern) -> bool:
    """Whether a date the match takes is followed by "and" / "or" / a comma and another date:
    the match would give one node a date that may belong to another subject."""
    for offset, index in enumerate(alignment):
        slot = compiled.roles[index]
        if slot is not None and slot[1] == "Date" and _date_list_after(doc, begin + offset):
            return True
    return False


def _inviter_left_out(doc, finish: int, alignment: list[int], compiled: CompiledPattern) -> bool:
    """Whether a visit that took no inviter is followed by "at the invitation of" someone the
    rule cannot name ("of his Chinese counterpart"): the node would lack its inviter."""
    if any(compiled.roles[i] is not None and compiled.roles[i][0] == "I" for i in alignment):
        return False
    following = [token.lower_ for token in doc[finish : finish + 4]]
    return "invitation" in following


def _date_left_out(
    doc, finish: int, alignment: list[int], compiled: CompiledPattern, introducers: frozenset
) -> bool:
    """Whether a match that took no date is followed by a date the rule would take ("in 2019"
    after "at the invitation of I"): its node would lack the date the sentence gives it. A
    date the rule never takes ("invested $9bn since 1992": no year) leaves it whole."""
    if _takes_date(alignment, compiled):
        return False
    if finish + 1 >= len(doc) or doc[finish].lower_ not in introducers:
        return False
    return "|Date|" in doc[finish + 1]._.kz_kinds


def attach_late_date(doc, begin, finish, alignment, compiled, record, fact, mentions) -> bool:
    """Give a match that took no date the date its rule takes after it, past an apposition or
    a place phrase: "admitted to O, the predecessor of P, on D" is dated D. True when such a
    date is there but cannot be attached ("on D1 and D2"): the node would lack it."""
    _drop_dates_past_a_stop(doc, begin, alignment, compiled, fact, mentions)
    if _takes_date(alignment, compiled):
        return False
    early = compiled.dates.leading_role
    found = _date_before_apposition(doc, begin)
    introducers = compiled.dates.introducers
    if early is not None and found is not None and found[0] == _UNCLEAR_DATE:
        return True
    if early is not None and found is not None and found[0] in introducers:
        _add_date(doc, fact, early, found[1], mentions)
        return False
    role = compiled.dates.trailing_role
    found = _date_past_phrase(doc, finish)
    if found is None and record["kind"] == "co-founding":
        # the organisation's own founding date is its founders' start date (design.md's "D"):
        # ", established in D" after it, or "in D" right after it ("a founding member of O in
        # D") where the rule has no "in D" of its own (a match that stops before its own date
        # is left out: unattached_date)
        own = finish < len(doc) and doc[finish].lower_ in introducers
        found = _founding_date_after(doc, finish) or (None if own else _date_at(doc, finish))
        role, introducers = role or "D", {"in", "on"}
    elif found is None and record["kind"] == "membership":
        # the member's own joining clause on the organisation: ", which it joined in D"
        found, role, introducers = _joining_date_after(doc, finish), role or "D", {"in", "on"}
    if role is None or found is None:
        return False
    introducer, date = found
    if introducer not in introducers:
        return False  # "invested $9bn in X, the ..., since 1992": a date the rule never takes
    if _date_list_after(doc, date):
        return True  # "on D1 and D2": whose date?
    _add_date(doc, fact, role, date, mentions)
    return False


def _drop_dates_past_a_stop(doc, begin, alignment, compiled, fact, mentions) -> None:
    """Take out of a fact the dates its match took before a full stop that a gap ran over, a
    stop with a filler after it ("... signed in Berlin on D.² German President X paid a state
    visit ..."): a sentence the splitter did not end there gave the date, not the fact's own."""
    stops = [o for o in range(len(alignment)) if _ends_sentence(doc[begin + o])]
    filled = [o for o, i in enumerate(alignment) if compiled.roles[i] is not None]
    if not stops or not any(o > stops[-1] for o in filled):
        return
    for offset in filled:
        role, cls = compiled.roles[alignment[offset]]
        if cls != "Date" or offset > stops[-1] or doc[begin + offset]._.kz_mention < 0:
            continue
        date = mentions[doc[begin + offset]._.kz_mention]
        fact.roles[role] = [(m, c) for m, c in fact.roles.get(role, []) if m is not date]
        if not fact.roles[role]:
            del fact.roles[role]
    fact.start = max(fact.start, doc[begin + stops[-1] + 1].idx)


def _ends_sentence(token) -> bool:
    """Whether a token is a full stop, or a date that ends with one and a footnote's marker
    ("8 February 2012.²"); not an abbreviation ("U.S.")."""
    if token.text in _STOPS:
        return True
    return "|Date|" in token._.kz_kinds and _DATE_STOP.search(token.text) is not None


def _takes_date(alignment: list[int], compiled: CompiledPattern) -> bool:
    """Whether the match filled one of its rule's date slots."""
    return any(compiled.roles[i] is not None and compiled.roles[i][1] == "Date" for i in alignment)


def _add_date(doc, fact, role: str, date: int, mentions) -> None:
    """Fill ``role`` with the date at ``date`` and stretch the fact's span over it."""
    fact.roles.setdefault(role, []).append((mentions[doc[date]._.kz_mention], "Date"))
    fact.start = min(fact.start, doc[date - 1].idx)
    fact.end = max(fact.end, doc[date].idx + len(doc[date].text.rstrip()))


def _leading_date_role(pattern: str) -> str | None:
    """The role of the optional date a pattern opens with ("[in|on {D:Date} ,?] ..." gives D)."""
    return pattern_dates(pattern).leading_role


def _date_before_apposition(doc, begin: int) -> tuple[str, int] | None:
    """A date opening the sentence before a noun apposition right before the match ("On D,
    the tenth anniversary of X, A and B signed ..."): its introducer and index."""
    if begin < 5 or doc[begin - 1].text != ",":
        return None
    before = range(begin - 2, max(begin - 14, 0), -1)
    opening = next((i for i in before if doc[i].text == ","), None)
    if opening != 2 or doc[opening + 1].lower_ not in _NOUN_APPOSITION | _PHRASE_ENDS:
        return None  # only "On D, <apposition>, ..." at the sentence's start
    found = _date_at(doc, 0)
    if found is not None and not _plain_phrase(doc[opening + 1 : begin - 1]):
        return _UNCLEAR_DATE, found[1]  # "On D, which was ..., A and B signed": not clear
    return found


def _trailing_date_role(pattern: str) -> str | None:
    """The role of the optional date a pattern ends with ("... [in|on {D:Date}]" gives D)."""
    return pattern_dates(pattern).trailing_role


def _date_past_phrase(doc, finish: int) -> tuple[str, int] | None:
    """The introducer and index of a date right after a noun apposition or a short place
    phrase that follows the match; None if none follows or a new clause comes first."""
    start = finish + 1
    if start + 1 < len(doc) and doc[finish].text == "," and doc[start].lower_ in _NOUN_APPOSITION:
        ends = range(start, min(start + 12, len(doc)))
        closing = next((i for i in ends if doc[i].text == ","), None)
        if closing is None or not _plain_phrase(doc[start:closing]):
            return None
        return _date_at(doc, closing + 1)
    place = finish < len(doc) and doc[finish].lower_ in _PLACE_PREPOSITIONS
    if place and not _date_at(doc, finish):
        for i in range(start, min(start + 9, len(doc))):
            if found := _date_at(doc, i):
                return found
            if not _plain_phrase(doc[i : i + 1]):
                return None
    return None


def _founding_date_after(doc, finish: int) -> tuple[str, int] | None:
    """The date of a founded organisation's own founding clause right after it (", which came
    into being on D", ", established in D"): the founders' start date."""
    if finish >= len(doc) or doc[finish].text != ",":
        return None
    for end in range(finish + 2, min(finish + 6, len(doc))):
        words = {token.lower_ for token in doc[finish + 1 : end]}
        if words <= _FOUNDING_WORDS and words & _FOUNDING_VERBS and (found := _date_at(doc, end)):
            return found
    return None


def _plain_phrase(tokens) -> bool:
    """Whether tokens hold no date, no punctuation and no word opening a new clause."""
    return not any(
        "|Date|" in t._.kz_kinds or t.is_punct or t.lower_ in _PHRASE_ENDS or t.lower_[-2:] == "ed"
        for t in tokens
    )


#: ", which it joined in D", ", to which they acceded on D": the member's joining clause.
_JOINING_CLAUSE = (
    ("which", ("it", "they", "we"), ("joined", "entered")),
    ("to", ("which",), ("it", "they", "we"), ("acceded",)),
    ("to", ("which",), ("it", "they", "we"), ("was", "were"), ("admitted",)),
)


def _joining_date_after(doc, finish: int) -> tuple[str, int] | None:
    """The date of a relative clause right after a joined organisation in which the member,
    as a pronoun, joins it (", which it joined in 1995"): the membership's start date."""
    if finish >= len(doc) or doc[finish].text != ",":
        return None
    for clause in _JOINING_CLAUSE:
        words = [clause[0], *clause[1:]]
        tokens = doc[finish + 1 : finish + 1 + len(words)]
        if len(tokens) == len(words) and all(
            t.lower_ == w if isinstance(w, str) else t.lower_ in w
            for t, w in zip(tokens, words, strict=True)
        ):
            return _date_at(doc, finish + 1 + len(words))
    return None


def _date_at(doc, index: int) -> tuple[str, int] | None:
    """(introducer, date index) when ``doc[index]`` is a preposition followed by a date."""
    if index + 1 < len(doc) and doc[index].is_alpha and "|Date|" in doc[index + 1]._.kz_kinds:
        return doc[index].lower_, index + 1
    return None


def _date_list_after(doc, date: int) -> bool:
    """Whether another date follows this one after "and" / "or" / a comma."""
    window = doc[date + 1 : date + 4]
    after = [t for t in window if t.lower_ not in {"and", "or", ",", "the"}]
    return bool(after) and "|Date|" in after[0]._.kz_kinds and len(after) < len(window)
