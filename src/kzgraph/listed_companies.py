"""Unknown names in a list of companies (PLACE22): "developed by BP, SOCAR, TPAO, Lukoil and
NICO", "by CNPC, Petrofac, LG International and Hyundai Engineering".

A list the text writes as one ("A, B, C and D": commas, one "and" before its last item) whose
items are all companies of the gazetteer or capitalised names no mention covers, with two known
companies at least, or one in a list of three items or more, and a known company as its first
item, types its unknown names as companies: the text enumerates them as things of one kind ("In
the Caspian Sea, Lukoil and KazMunayGas ..." opens with a place no mention covers). A list with
anything else in it (a state, a city, a person, a date, a lowercase word), an unknown name the
gazetteer knows by another class, a name of a stop word, month, weekday or title (lexicon
`name-stop-words`, `month-names`, `weekday-names`, `surname-titles`), a name opening the
sentence or a name of more than three words mints nothing.
"""

from __future__ import annotations

from kzgraph import lexicon
from kzgraph.gazetteer import Gazetteer

#: The words a listed unknown name may not hold (lowercase).
_STOP = (
    lexicon.words("name-stop-words") | lexicon.words("month-names")
    | lexicon.words("weekday-names") | {w.lower() for w in lexicon.words("surname-titles")}
)  # fmt: skip
_MAX_WORDS = 3  # "Hyundai Engineering", "LG International"


def listed_companies(span, offset: int, mentions: list, gazetteer: Gazetteer, mention_type):
    """``mentions`` with a typed Company name (rule ``pl22-listed-company``) for each unknown
    name of a list of companies in ``span`` (a chunk at ``offset``)."""
    if not any("Company" in m.kinds for m in mentions):
        return mentions  # a list of companies opens with a known one: none, no list to read
    added = []
    for items in _lists(_units(span, offset, mentions)):
        if _of_companies(items, gazetteer, span):
            added += [_minted(item, offset, gazetteer, mention_type) for item in items
                      if item[0] == "name"]  # fmt: skip
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _units(span, offset: int, mentions: list) -> list[tuple]:
    """The sentence as units: ("mention", m), ("name", tokens), ("sep", "," or "and") and
    ("other",)."""
    units: list[tuple] = []
    tokens = list(span)
    i = 0
    while i < len(tokens):
        token = tokens[i]
        start = offset + token.idx
        covering = next((m for m in mentions if m.start <= start < m.end), None)
        if covering is not None:
            units.append(("mention", covering))
            while i < len(tokens) and offset + tokens[i].idx < covering.end:
                i += 1
            continue
        i, unit = _plain_unit(tokens, i, offset, mentions)
        units.append(unit)
    return _merged_separators(units)


def _plain_unit(tokens: list, i: int, offset: int, mentions: list) -> tuple[int, tuple]:
    """The unit of uncovered tokens from ``i``: a separator, a name of capitalised words, or
    anything else; and the index after it."""
    token = tokens[i]
    if token.text == "," or token.lower_ == "and":
        return i + 1, ("sep", token.lower_)
    name = []
    while i < len(tokens) and _name_word(tokens[i]) and not _covered(tokens[i], offset, mentions):
        name.append(tokens[i])
        i += 1
    if name:
        return i, ("name", name)
    return i + 1, ("other",)


def _merged_separators(units: list[tuple]) -> list[tuple]:
    """ ", and" as one "and" separator."""
    merged: list[tuple] = []
    for unit in units:
        if unit == ("sep", "and") and merged and merged[-1] == ("sep", ","):
            merged[-1] = unit
        else:
            merged.append(unit)
    return merged


def _lists(units: list[tuple]) -> list[list[tuple]]:
    """The runs "item sep item ... and item" of ``units``: commas, then one "and" before the
    last item."""
    found, i = [], 0
    while i < len(units):
        if units[i][0] not in ("mention", "name"):
            i += 1
            continue
        run, j = [units[i]], i + 1
        while j + 1 < len(units) and units[j][0] == "sep":
            if units[j + 1][0] not in ("mention", "name"):
                break
            run += [units[j], units[j + 1]]
            j += 2
            if units[j - 2][1] == "and":
                break
        items = run[::2]
        if len(items) > 1 and run[-2][1] == "and":
            found.append(items)
        i = j if len(items) > 1 else i + 1
    return found


def _of_companies(items: list[tuple], gazetteer: Gazetteer, span) -> bool:
    """Whether a list's items are companies known or names unknown, enough of them known."""
    known = sum(1 for kind, item in items if kind == "mention" and "Company" in item.kinds)
    names = [item for kind, item in items if kind == "name"]
    if known + len(names) != len(items) or not names or items[0][0] != "mention":
        return False  # "In the Caspian Sea, Lukoil and KazMunayGas": a known company opens it
    if known < 2 and not (known == 1 and len(items) >= 3):
        return False
    return all(_unknown_name(tokens, gazetteer, span) for tokens in names)


def _unknown_name(tokens: list, gazetteer: Gazetteer, span) -> bool:
    """Whether listed capitalised words may be an unknown company's name."""
    label = " ".join(t.text for t in tokens)
    if len(tokens) > _MAX_WORDS or tokens[0].i == span.start:
        return False
    if any(t.lower_ in _STOP for t in tokens):
        return False
    return not gazetteer.lookup(label)


def _name_word(token) -> bool:
    """Capitalised letters (a hyphen or digits inside allowed: "Uz-Kor", "G4")."""
    word = token.text
    return word[:1].isupper() and word.replace("-", "").isalnum() and any(c.isalpha() for c in word)


def _covered(token, offset: int, mentions: list) -> bool:
    start = offset + token.idx
    return any(m.start <= start < m.end for m in mentions)


def _minted(item: tuple, offset: int, gazetteer: Gazetteer, mention_type):
    tokens = item[1]
    begin, end = offset + tokens[0].idx, offset + tokens[-1].idx + len(tokens[-1])
    label = " ".join(t.text for t in tokens)
    return mention_type(begin, end, gazetteer.kinds("Company"), "name",
                        rule="pl22-listed-company", label=label, cls="Company")  # fmt: skip
