"""Facts a text states by its layout: chronology lines, key-value (infobox) lines, headings.

A chronology line ("30 January 1992 – Kazakhstan becomes a member of O") dates the facts of
its sentences that have no date of their own (its historic present is read as the past when
the line is tokenized: ``sentences.read_historic_present``). A key-value item ("Capital:
Ashgabat.", "Official languages: Kazakh, Russian") states the fact of its key's line in
``data/fields.jsonl`` about the subject of the nearest heading above it ("Turkmenistan"),
when that heading names exactly one entity of the class the key needs (else nothing); a key
that holds a name states its fact about that name ("CTBT: signed 30 September 1996 by A, B").
A sentence the splitter ran over several lines is read line by line. A chronology line or a
bullet without a subject whose words are such a key ("2 March 1992 – Admitted to the United
Nations.", "• Member of the SCO since 2001") is the key-value item read the other way round.
A page of several profiles gives each profile's lines to its heading's subject; a heading
whose subject nobody knows ("Country profile: Ruritania", "About Ruritania", a bare name
opening a block after a blank line once a heading in the text named the subject) gives its
lines to nobody, never to the previous profile's subject.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from pathlib import Path

from kzgraph import lexicon
from kzgraph.errors import RuleFileError
from kzgraph.gazetteer import default_gazetteer
from kzgraph.mentions import Mention
from kzgraph.relations import Fact
from kzgraph.sentences import (
    BULLET_MARK,
    CHRONOLOGY_HEAD,
    IRREGULAR_PAST,
    KEY_VALUE,
    KEY_WORDS,
    mask_text,
    past_form,
)
from kzgraph.values import MONTH_NAMES, MONTH_WORD, MONTHS, Value, day_in_year, days_in_year

#: Headings are short lines that end without a sentence's punctuation.
_HEADING_MAX = 80
#: What separates items on one line ("capital: Bishkek; official languages: ...").
_ITEM_BREAK = re.compile(r"[;·|]")
#: Words a value may hold beside its names: list words, "since D", a person's title.
_VALUE_WORDS = lexicon.words("layout-value-words")
#: A key that only says where a page or slide stands ("Slide 3 — Kazakhstan at a glance",
#: "Section 2: Kazakhstan"): the line is its value's heading.
_LOCATOR_KEY = re.compile(
    r"^\s*(?:" + lexicon.alternation("layout-locator-words") + r")\s+(?:\d+|[IVXLC]+)\.?\s*$",
    re.IGNORECASE,
)
#: A two-cell row of a pasted infobox ("| Capital | Vilnius |"), and a table's header rule.
_PAIR_ROW = re.compile(
    r"^\|\s*(?P<key>[^|\s][^|]*?)(?P<gap>\s*\|\s*)(?P<value>[^|\s][^|]*?)\s*\|\s*$"
)
_RULE_ROW = re.compile(r"^\s*\|?\s*:?-{3,}")
#: A key alone on its line, its values in the list below it.
_KEY_ONLY = re.compile(rf"^\s*{KEY_WORDS}:\s*$")
#: A list item's bullet.
_BULLET = re.compile(rf"^[ \t]*{BULLET_MARK}[ \t]")
#: The kind of a key that names the subject of the lines below it ("Official name: X").
HEADING = "heading"
#: The kind of a key that dates an organisation's founding ("Founded: 15 June 2001"): the
#: date of the co-foundings that key-value lines under the same heading state without one.
FOUNDING = "founding"
#: The kind of a key whose value only places a city ("From: Atyrau, Kazakhstan" under a
#: pipeline): it states the city's state (its "in_state" fact) and nothing of the subject.
PLACE = "place"
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_MONTH_NAME = rf"(?:{MONTH_NAMES})"
#: A date, or part of one, between the line's date and a fact: the fact may be that date's.
_DATE_WORDS = re.compile(
    rf"\b(?:\d{{4}}|{MONTH_WORD}|" + lexicon.alternation("layout-date-words") + r")\b"
)
_PAST_FORMS = frozenset(IRREGULAR_PAST.values()) - {"was", "were"}
_IRREGULAR_PRESENT = frozenset(IRREGULAR_PAST) - {"is", "are"}  # "becomes", "takes", ...
_RELATIVE_WORDS = lexicon.words("relative-openers")  # "which develops F": a state, no event
#: A day without its year: "on 4 July", "on July 4" (not "4 July 2024", not "July 2024").
_YEARLESS_DAY = re.compile(
    rf"\bon\s+(?:(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH_NAME})|(?P<month2>{_MONTH_NAME})\s+"
    r"(?P<day2>\d{1,2}))\b(?!,?\s*\d{4})"
)
#: A date given by reference to the date named right before it: its year ("Later that year"),
#: a month of that year ("In November of the same year") or its month ("Later that month").
_REFERRED_DATE = (
    r"(?P<phrase>(?:(?:later|earlier)\s+)?"
    rf"(?:in\s+(?P<month>(?-i:{_MONTH_NAME}))\s+(?:of\s+)?|in\s+|on\s+)?"
    r"(?P<which>" + lexicon.alternation("fronted-year-references") + r")\s+"
    r"(?P<unit>year|month|day))\b(?!\s+of\b)"
)
#: Such a date opening a sentence: the date before is the last of the sentence before.
_FRONTED_DATE = re.compile(r"^\s*" + _REFERRED_DATE, re.IGNORECASE)
#: Such a date opening a clause after ", and|but" or ";": the date before is the sentence's own.
_CLAUSE_DATE = re.compile(r"(?:,\s*(?:and|but)|;)\s+" + _REFERRED_DATE, re.IGNORECASE)
# ", a bloc founded by A and B", ", set up in D by A": a participle aside on a name states the
# name's own founding, not the event a referred date opening the clause dates (REC19A).
_FOUNDING_ASIDE = re.compile(
    r",\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3})?"
    + lexicon.alternation("rec19a-aside-founding-participles")
    + r"\b"
)
#: The kinds whose facts take a range of days as their start and end.
_RANGED_KINDS = frozenset(["summit"])
#: Kinds of fact an event's name states, which a chronology line opening with that name dates,
#: and the words that may stand before it (Layout._opens_line, EVENT22).
_LINE_EVENT_KINDS = lexicon.words("event22-line-event-kinds")
_LINE_EVENT_OPENERS = lexicon.words("event22-line-event-openers") | {""}
#: A date value's second end ("1999 until 2005", "from 2006 to May 2012", "1999–2005"): a span
#: that ended, of which a field's one date states nothing (layout._dated_bullet refuses it too).
_DATE_RANGE_END = re.compile(
    r"(?:\b"
    + lexicon.alternation("date-range-end-words")
    + r"\b|[–—-])\s*(?:(?:early|mid|late)\s+)?"
    r"(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Field:
    """One line of fields.jsonl: its keys, the fact's kind and the roles of subject and value."""

    id: str
    keys: frozenset
    kind: str
    subject_role: str
    subject_classes: tuple[str, ...]
    pair: bool
    heading_words: frozenset
    value_role: str
    value_classes: tuple[str, ...]
    single: bool
    in_state: str | None
    consts: dict  # fixed values, e.g. the counted noun of a count ("member states")
    also: tuple = ()  # (role, classes) of optional one-name parts ("Signed: D, City")
    key_slot: tuple | None = None  # (role, classes) of the name a key holds ("Joined {O}")
    own: tuple = ()  # (role, classes) of a figure each name may carry ("Russia 7,644 km")
    asides: tuple = ()  # classes of figures after a name that state nothing ("Eni 16.8%")
    lead: tuple = ()  # words one of which opens the value ("CTBT: signed 24 September 1996")
    after: str = ""  # the word the value's names follow ("signed in P on D by A and B")
    counted: str = ""  # the role the words after each number fill ("17 regions and 3 cities")
    opens: bool = False  # a heading key that opens a new subject's lines, known or not
    counted_key: str = ""  # the role the key itself fills: its counted noun ("Governorates: 27")
    value_words: frozenset = frozenset()  # words of its own a value may hold ("established on D")
    own_subject: bool = False  # the subject must be the document's own state (Layout._own)


def load_fields(path: Path) -> dict[str, list[Field]]:
    """The fields of a fields.jsonl file by key (lowercase), in file order (a key may open
    values of two classes: "Member states: A, B" or "Member states: 5"); RuleFileError names
    the file and line."""
    from kzgraph.gazetteer import read_jsonl
    from kzgraph.graph import default_schema

    fields: dict[str, list[Field]] = {}
    kinds = set(default_schema()) | {HEADING, FOUNDING, PLACE}
    for line, record in read_jsonl(path, ("id",)):
        if {"doubt", "sections", "subject_headings"} & set(record):  # word lists (load_doubts,
            continue  # _sections, _subject_heading)
        missing = [k for k in ("keys", "kind", "value") if k not in record]
        if missing:
            raise RuleFileError(path, line, f"missing field(s): {', '.join(missing)}")
        subject, value = record.get("subject", {"role": "", "class": ""}), record["value"]
        if record["kind"] not in kinds:
            raise RuleFileError(path, line, f"unknown kind {record['kind']!r} (see schema.jsonl)")
        subjectless = record["kind"] == HEADING or "key_slot" in record  # the key names it
        if not subjectless and not (subject.get("role") and subject.get("class")):
            raise RuleFileError(path, line, "a field needs a subject with a role and a class")
        if "role" not in value or "class" not in value:
            raise RuleFileError(path, line, "a field needs a value with a role and a class")
        field = Field(
            record["id"], frozenset(_key(k) for k in record["keys"]), record["kind"],
            subject["role"], tuple(subject["class"].split("|")), subject.get("arity") == "pair",
            frozenset(subject.get("heading_words", [])), value["role"],
            tuple(value.get("class", "").split("|")), value.get("arity") == "1",
            record.get("in_state"), dict(record.get("consts", {})),
            tuple((a["role"], tuple(a["class"].split("|"))) for a in record.get("also", [])),
            _slot(record.get("key_slot")),
            tuple((a["role"], tuple(a["class"].split("|"))) for a in record.get("own", [])),
            tuple(record.get("asides", [])),
            tuple(sorted(record.get("lead", []), key=len, reverse=True)),
            record.get("after", ""),
            record.get("counted", ""),
            bool(record.get("opens")),
            record.get("counted_key", ""),
            frozenset(record.get("value_words", [])),
            bool(record.get("own_subject")),
        )  # fmt: skip
        for key in field.keys:
            same = [f.id for f in fields.get(key, []) if f.value_classes == field.value_classes
                    and f.subject_classes == field.subject_classes
                    and f.key_slot == field.key_slot
                    and bool(f.lead) == bool(field.lead)]  # fmt: skip
            if same:
                raise RuleFileError(path, line, f"key {key!r} is already {same[0]}'s")
            fields.setdefault(key, []).append(field)
    return fields


def load_doubts(path: Path) -> frozenset:
    """The words of fields.jsonl's "doubt" lines: a bracket holding one ("(applicant)",
    "(planned)") in a key or a value makes the item state nothing."""
    from kzgraph.gazetteer import read_jsonl

    return frozenset(w for _, r in read_jsonl(path, ("id",)) for w in r.get("doubt", []))


@cache
def default_doubts() -> frozenset:
    """The shipped doubt words, with hedges.jsonl's label words ("planned", "proposed")."""
    from kzgraph.hedges import default_hedges
    from kzgraph.resources import rules_dir

    return load_doubts(rules_dir() / "fields.jsonl") | default_hedges().label


@cache
def _sections() -> frozenset:
    """The words of fields.jsonl's "sections" lines: a heading made of them only ("Geography",
    "Foreign relations") opens a section of the subject's page, not another subject."""
    from kzgraph.gazetteer import read_jsonl
    from kzgraph.resources import rules_dir

    lines = read_jsonl(rules_dir() / "fields.jsonl", ("id",))
    return frozenset(w for _, r in lines for w in r.get("sections", []))


#: A heading that names a state's organ ("Ministry of Foreign Affairs of the Republic of X",
#: "Embassy of X", "Government of X"): the page's publisher, not the subject of its lines.
_MASTHEAD = re.compile(
    r"^\s*(?:[Tt]he\s+)?(?:[A-Z][a-z]+\s+){0,2}(?i:"
    + lexicon.alternation("masthead-organs")
    + r")\b"
)


#: A feature's word right after a demonym ("the Indian Ocean") or before a state's name, with or
#: without "of" ("the Gulf of Guinea", "Lake Chad"): lexicon list fph18-feature-nouns.
_FEATURE = lexicon.alternation("fph18-feature-nouns")
_FEATURE_AFTER = re.compile(r"\s+" + _FEATURE + r"\b", re.IGNORECASE)
_FEATURE_BEFORE = re.compile(r"\b" + _FEATURE + r"\s+(?:of\s+(?:the\s+)?)?$", re.IGNORECASE)


def _names_a_feature(mention: Mention, text: str) -> bool:
    """Whether a state's mention only opens or closes the name of a sea, ocean or other feature
    ("Regional organisations of the Indian Ocean", "The Gulf of Guinea", "Lake Chad"): a heading
    naming the feature names no state."""
    if "State" not in mention.kinds:
        return False
    if _FEATURE_BEFORE.search(text, max(0, mention.start - 40), mention.start):
        return True
    demonym = text[mention.start : mention.end] in default_gazetteer().demonyms
    return demonym and _FEATURE_AFTER.match(text, mention.end) is not None


def _masthead(heading: str) -> bool:
    """Whether a heading names a state's organ, the publisher of a page about another state
    ("Ministry of Foreign Affairs of the Republic of Kazakhstan" over "Capital: Islamabad"):
    its lines are nobody's, never the organ's state's."""
    return _MASTHEAD.match(mask_text(heading)) is not None


@cache
def _subject_heading() -> re.Pattern:
    """The words of a heading that names the subject of the lines below it, whoever it is
    (fields.jsonl's "subject_headings" line): "About X", "X at a glance", "X (country)",
    "X – key facts"."""
    from kzgraph.gazetteer import read_jsonl
    from kzgraph.resources import rules_dir

    lines = read_jsonl(rules_dir() / "fields.jsonl", ("id",))
    words = {}
    for _, record in lines:
        for place, phrases in record.get("subject_headings", {}).items():
            words.setdefault(place, []).extend(phrases)

    def any_of(place: str) -> str:
        return "|".join(r"\s+".join(map(re.escape, p.split())) for p in words.get(place, []))

    return re.compile(
        rf"^(?:{any_of('before')})\s+\S|\s(?:{any_of('after')})$|\((?:{any_of('bracket')})\)$"
        rf"|\s[–—:-]\s*(?:{any_of('after_dash')})$",
        re.IGNORECASE,
    )


@cache
def default_fields() -> dict[str, list[Field]]:
    """The shipped fields.jsonl."""
    from kzgraph.resources import rules_dir

    return load_fields(rules_dir() / "fields.jsonl")


def _schema_values() -> dict[str, list[tuple[str, object]]]:
    """Each kind's (property, value spec) pairs in schema order: its triples' and its nodes'."""
    from kzgraph.graph import default_schema

    return {
        kind: [(t[1], t[2]) for t in record.get("triples", [])]
        + [pair for node in record.get("nodes", []) for pair in node["props"].items()]
        for kind, record in default_schema().items()
    }


@cache
def _place_roles() -> dict[str, str]:
    """Each kind's role of the city where its event took place (schema signingPlace, heldIn)."""
    roles = {}
    for kind, pairs in _schema_values().items():
        places = {r for p, r in pairs if p in _PLACE_PROPERTIES and isinstance(r, str)}
        if len(places) == 1:
            roles[kind] = places.pop()
    return roles


#: The properties of an event's city that a table's column of places gives.
_PLACE_PROPERTIES = frozenset(["signingPlace", "heldIn"])
#: A table row's cells: " | " between them, maybe a pipe at each end (markdown).
_ROW_CELL = re.compile(r"[^|]+")
#: A key and a participle with its agent after the colon: a description, no event ("Galkynysh
#: field: developed by Turkmengaz" on a row dated by another event).
_DESCRIPTION = re.compile(r":\s+[a-z]+ed\s+by\b")
#: Headers of a column of places ("Date | Event | Place"), and of a column of remarks.
_PLACE_HEADERS = lexicon.words("rec11-table-place-headers")
_NOTE_HEADERS = lexicon.words("table-note-headers")


def _row_place(
    text: str, line: int, mentions: list[Mention], tops: dict[int, tuple[int, int]]
) -> tuple[Mention, int] | None:
    """A table row's city under a header of places: the line at ``line`` is a row of three or
    more " | " cells under a header row (the topmost of the block of rows of as many cells
    right above it, no date heading it) that has exactly one cell naming places
    ("Place", "Venue", "Location", "City"), not its first; that cell of the row holds exactly
    one mention, of one city, and nothing else. Then (the mention, where the cell starts);
    else None ("Astana and Almaty", "near Astana", a header "Place of birth" give nothing).
    ``tops`` keeps each row's cell count and its block's topmost row, so that the rows of a
    table, read in order, each find their header in one step."""
    cells = _row_cells(text, line)
    if cells is None or len(cells) < 3:
        return None
    top = _block_top(text, line, len(cells), tops)
    header = _row_cells(text, top)
    if top == line or CHRONOLOGY_HEAD.match(mask_text(text[top : top + 80])) is not None:
        return None
    columns = [i for i, (s, e) in enumerate(header) if text[s:e].strip().lower() in _PLACE_HEADERS]
    if len(columns) != 1 or columns[0] == 0:
        return None
    begin, finish = cells[columns[0]]
    inside = [m for m in mentions if begin <= m.start and m.end <= finish]
    if len(inside) != 1 or len(inside[0].entities) != 1 or inside[0].members:
        return None
    place = inside[0]
    if (
        "City" not in place.entities[0].kinds
        or text[begin:finish].strip(" .\t") != text[place.start : place.end]
    ):
        return None
    return place, begin


def _pair_row(text: str, line: int, sentence: str) -> str | None:
    """A two-cell row of a pasted infobox ("| Capital | Vilnius |") as the key-value item it
    stands for, of the same length ("  Capital : Vilnius  "); None for any other line, and for
    a row of a table with a header rule ("|---|---|"): that table's columns are read by
    tables.py, its first row is a header."""
    match = _PAIR_ROW.match(sentence)
    if match is None or _ruled(text, line):
        return None
    bar, last = match.end("key") + match["gap"].index("|"), match.end("value")
    closing = sentence[last:].replace("|", " ")
    return " " + sentence[1:bar] + ":" + sentence[bar + 1 : last] + closing


def _ruled(text: str, line: int) -> bool:
    """Whether the block of "|" rows holding the line at ``line`` has a header rule row."""
    lines = text.splitlines()
    at = text.count("\n", 0, line)
    top, bottom = at, at
    while top > 0 and lines[top - 1].lstrip().startswith("|"):
        top -= 1
    while bottom + 1 < len(lines) and lines[bottom + 1].lstrip().startswith("|"):
        bottom += 1
    return any(_RULE_ROW.match(row) for row in lines[top : bottom + 1])


def _note_cells(text: str, line: int, tops: dict[int, tuple[int, int]]) -> list[tuple[int, int]]:
    """[start, end) of each cell of the table row at ``line`` under a header of notes (lexicon
    `table-note-headers`: "Notes", "Remarks"): a remark beside the row's event, which the
    row's date does not date ("| 18 Aug 2007 | X joins P | agreement signed in Astana |")."""
    if not _names_notes(text):  # no such header anywhere: each row is read once, not twice more
        return []
    cells = _row_cells(text, line)
    if cells is None or len(cells) < 3:
        return []
    top = _block_top(text, line, len(cells), tops)
    header = _row_cells(text, top) if top != line else None
    if header is None or len(header) != len(cells):
        return []
    return [cell for cell, (s, e) in zip(cells, header, strict=True)
            if text[s:e].strip().lower() in _NOTE_HEADERS]  # fmt: skip


@lru_cache(maxsize=2)
def _names_notes(text: str) -> bool:
    """Whether a header of notes may stand anywhere in the text (a word of
    `table-note-headers` in it), checked once a document."""
    lowered = text.lower()
    return any(word in lowered for word in _NOTE_HEADERS)


def _block_top(text: str, line: int, width: int, tops: dict[int, tuple[int, int]]) -> int:
    """The topmost row of the block of rows of ``width`` cells that ends at the line at
    ``line``: the row above's, if ``tops`` holds it at this width, else found by walking up."""
    top, above = line, line
    while above > 0:
        above = text.rfind("\n", 0, above - 1) + 1
        if tops.get(above, (None,))[0] == width:
            top = tops[above][1]
            break
        row = _row_cells(text, above)
        if row is None or len(row) != width:
            break
        top = above
    tops[line] = (width, top)
    return top


def _row_cells(text: str, line: int) -> list[tuple[int, int]] | None:
    """[start, end) of each " | " cell of the line at ``line`` (None: no two separators)."""
    end = text.find("\n", line)
    row = text[line : len(text) if end < 0 else end]
    if row.count(" | ") < 2 and row.strip().strip("|").count("|") < 2:
        return None
    cells = (m for m in _ROW_CELL.finditer(row) if m.group().strip())
    return [(line + m.start(), line + m.end()) for m in cells]


@cache
def _first_dates() -> dict[str, str]:
    """Each kind's first "X.date" / "X.year" value spec, if it has one."""
    firsts = {}
    for kind, pairs in _schema_values().items():
        dated = [s for _, s in pairs if isinstance(s, str) and s.endswith((".date", ".year"))]
        if dated:
            firsts[kind] = dated[0]
    return firsts


@cache
def _date_roles() -> dict[str, str]:
    """Each kind's date role (the role of its first "X.date" / "X.year" value), if it has one."""
    return {kind: spec.split(".")[0] for kind, spec in _first_dates().items()}


@cache
def _year_kinds() -> frozenset[str]:
    """The kinds whose date is a year ("Y.year": a chairmanship, a trade figure), not a day
    something began."""
    return frozenset(kind for kind, spec in _first_dates().items() if spec.endswith(".year"))


class Layout:
    """What a document's layout says so far: the last heading and the current line's date.

    >>> from kzgraph.documents import document_from_text
    >>> from kzgraph.extract import extract_document
    >>> text = "Kyrgyzstan\\nCapital: Bishkek\\n1998 – Kyrgyzstan joins the WTO."
    >>> sorted(extract_document(document_from_text(text, "demo")).facts.items())
    [('capital', 1), ('membership', 1)]
    """

    def __init__(
        self, text: str, fields: dict[str, list[Field]] | None = None, title: tuple = ((), "")
    ):
        self.text = text
        self.fields = default_fields() if fields is None else fields
        # the mentions of the nearest heading above, at first the document's title's
        self.heading: list[Mention] = [m for m in title[0] if m.entities]
        self.heading_text = title[1].lower()
        # the title's mentions (else the first heading's): whose page it is, when the text
        # names no state of its own (written_from): "Kazakhstan's bilateral relations"
        self.title_heading: list[Mention] | None = self.heading if title[1] else None
        self.line = -1  # offset of the current line
        self.line_date: Mention | None = None  # the date heading the current line
        self.stray_head = 0  # where a day heading the line with no year above ends ("Programme")
        # a table row's cell under a header of places ("Date | Event | Place"): its one city
        # and where the cell starts (tables._place_cell)
        self.row_place: tuple[Mention, int] | None = None
        self.row_notes: list[tuple[int, int]] = []  # a row's cells under "Notes" (_note_cells)
        self.topic = None  # the organisation under discussion (references.ReferenceContext)
        self.own: list = []  # the document's own state (references' document_state)
        self.section_date: Mention | None = None  # a line that is only a date ("1995")
        self.listed: list[Field] = []  # the fields of a bare key above a list ("Members:")
        self.doubting = False  # whether the heading or lead line above the bullets doubts them
        self.serial = 0  # which heading the lines are under
        self.in_text = False  # whether a heading in the text named the lines' subject
        self.ties = False  # whether the lines are under a section on ties ("Relations with X")
        self.founded: dict = {}  # (serial, organisation key) -> its founding date
        # the last date of the sentence before (None after a blank line or a dateless one), and
        # the year or month a phrase pointing back ("Later that year", "In November of the same
        # year", "..., and later that month") takes from it or from its sentence's earlier date
        self.previous_date: tuple[int, Mention] | None = None  # (its sentence's end, the date)
        self.referred_date: Mention | None = None
        self.dates_after: list[int] = []  # where the sentence's own dates start
        self.undated: list = []  # (serial, organisation key, fact): undated key-value foundings
        self._field_ids = {f.id for fields in self.fields.values() for f in fields}
        self._tops: dict[int, tuple[int, int]] = {}  # table rows: cell count, block's top row

    def see(
        self, line: int, start: int, end: int, mentions: list[Mention], heads: bool = True
    ) -> None:
        """Note a sentence [start, end) of the line at offset ``line`` and its mentions
        (``heads``: whether it may be a heading)."""
        if line != self.line:
            self.line, self.line_date, self.row_place, self.stray_head = line, None, None, 0
            self.row_notes = _note_cells(self.text, line, self._tops)
            opening = mask_text(self.text[line : line + 80])
            head = CHRONOLOGY_HEAD.match(opening)
            dates = [m for m in mentions if _is_date(m)]
            if head and start == line:
                dates = [m for m in dates if m.end <= line + head.end()]
                self.line_date = dates[0] if len(dates) == 1 else None
                if not dates:  # "28 November – ..." under a line "1992"
                    self.line_date = self._day_of_section(line, line + head.end())
                    stray = not self._section_year() and not _YEAR.search(head.group())
                    self.stray_head = head.end() if stray else 0
                elif not self._in_section(dates[0]):  # "3 May 1993 – ...": a later section
                    self.section_date = None
            elif _BULLET.match(opening):  # "• Kazakhstan joins O" under a line "1995"
                self.line_date = self.section_date
            else:
                self.section_date, self.listed = None, []
            if start == line and len(dates) == 1 and _only(self.text, start, end, dates[0]):
                self.section_date = dates[0]
        if start == line:
            self.doubting = self._doubting(line, start, end, mentions)
        self.row_place = self.row_place or _row_place(self.text, line, mentions, self._tops)
        self._note_referred_date(start, end, mentions)
        if heads and self._heading_shaped(line, start, end, mentions):
            self.ties = self._ties_section(start, end, mentions)
        if heads and self._is_heading(line, start, end, mentions):
            named = [] if _masthead(self.text[start:end]) else mentions  # the page's publisher
            named = [m for m in named if m.entities and not _names_a_feature(m, self.text)]
            self._new_heading(named, self.text[start:end])
        elif heads and self._opens_unknown(line, start, end, mentions):
            self._new_heading([], self.text[start:end])  # a subject nobody knows: nobody's lines

    def with_section_day(self, start: int, end: int, mentions: list[Mention]) -> list[Mention]:
        """The mentions of sentence [start, end) with the date its chronology line's day has
        from the year above it ("28 November – A joins O" under "1992"), which no value found
        alone: the rules read it as the line's date ("{D:Date} : A and B establish ...")."""
        date = self.line_date
        if date is None or not start <= date.start < date.end <= end or date in mentions:
            return mentions
        year = date.value.fields["date"][0][:4]
        days = [_value_mention(v, date.end) for v in days_in_year(self.text[date.end : end], year)]
        days = [d for d in days if not any(m.start < d.end and d.start < m.end for m in mentions)]
        return sorted([*mentions, date, *days], key=lambda m: (m.start, m.end))

    def as_read(self, start: int, end: int) -> str:
        """Sentence [start, end) as the rules read it: a day heading its line with no year line
        above ("Programme" / "28 November – A signs T": an agenda's) blanked, so that the line
        is no chronology line and its present stays the present (same length)."""
        sentence = self.text[start:end]
        if start != self.line or not self.stray_head:
            return sentence
        return " " * self.stray_head + sentence[self.stray_head :]

    def _day_of_section(self, start: int, end: int) -> Mention | None:
        """The day without a year heading a chronology line [start, end) ("28 November – ")
        dated in the year of the line that is only a year above it ("1992"), as a mention;
        None under no such line (a month, a range of years, a full date) or no one day."""
        year = self._section_year()
        value = day_in_year(self.text[start:end], year) if year else None
        return None if value is None else _value_mention(value, start)

    def _section_year(self) -> str | None:
        """The year of the line that is only a year above the current line ("1992"), if any."""
        section = self.section_date
        if section is None or "end" in section.value.fields:
            return None
        lexical, datatype = section.value.fields["date"]
        return lexical if datatype == "xsd:gYear" else None

    def _in_section(self, date: Mention) -> bool:
        """Whether a chronology line's own date falls in the year of the section it is under
        (True under none)."""
        year = self._section_year()
        return year is None or date.value.fields["date"][0][:4] == year

    def _is_heading(self, line: int, start: int, end: int, mentions: list[Mention]) -> bool:
        """A whole line, short, ending without a full stop or colon, that names something,
        and no section of the profile above about its ties with what it names."""
        return (
            self._heading_shaped(line, start, end, mentions)
            and any(m.entities for m in mentions)
            and not self._ties_section(start, end, mentions)
        )

    def _doubting(self, line: int, start: int, end: int, mentions: list[Mention]) -> bool:
        """Whether the bullets below the line at ``line`` state nothing, up to the next heading
        or lead line: one whose words beside its names and brackets hold a doubt word
        (default_doubts: "Former memberships:", "Applications pending:", "Memberships it
        seeks"); a bullet or other line leaves the state as it was."""
        stop = self.text.find("\n", line)
        stop = len(self.text) if stop < 0 else stop
        words = mask_text(self.text[line:stop])
        if _BULLET.match(words):
            return self.doubting
        if not words.rstrip().endswith(":") and not self._heading_shaped(
            line, start, end, mentions
        ):
            return self.doubting
        for mention in sorted(mentions, key=lambda m: -m.start):  # "Former Yugoslav ...": a name
            if mention.entities and line <= mention.start and mention.end <= stop:
                a, b = mention.start - line, mention.end - line
                words = words[:a] + " " * (b - a) + words[b:]
        return _doubted(f"({_unbracketed(words).strip().rstrip(':')})")

    def _ties_section(self, start: int, end: int, mentions: list[Mention]) -> bool:
        """Whether a heading under a profile that a heading in the text named opens a section
        of that profile's subject about its ties with what it names: words other than its
        names are section words only, with "with" or "to" ("Relations with Kazakhstan",
        "## Ties with Kazakhstan", "Trade with Kazakhstan (1993–present)"); "Kazakhstan–Qatar
        relations" (a pair) and "Kazakhstan" (a subject) stay headings."""
        if not self.in_text or not self.heading:
            return False
        sentence = mask_text(self.text[start:end])
        if _subject_heading().search(sentence.strip()):
            return False
        for mention in sorted(mentions, key=lambda m: -m.start):
            if mention.entities and start <= mention.start and mention.end <= end:
                a, b = mention.start - start, mention.end - start
                sentence = sentence[:a] + " " * (b - a) + sentence[b:]
        words = set(re.findall(r"[a-z]+", re.sub(r"\([^()]*\)", " ", sentence).lower()))
        return bool(words & {"with", "to"}) and words <= _sections() | _TIES_WORDS

    def _heading_shaped(self, line: int, start: int, end: int, mentions: list[Mention]) -> bool:
        """A whole line, short, ending without a full stop or colon, no key-value item."""
        whole_line = start == line and not re.match(r"[^\n\r\u2028\u2029]*\S", self.text[end:])
        sentence = mask_text(self.text[start:end]).rstrip()
        return (
            whole_line
            and "\n" not in sentence
            and len(sentence) <= _HEADING_MAX
            and not sentence.endswith((".", ":", ";", "!", "?"))
            and not _ITEM_BREAK.search(sentence)  # "Kazakhstan: Embassy in Tokyo · Japan: ..."
            and not _BULLET.match(sentence)  # a list item
            and not CHRONOLOGY_HEAD.match(sentence)  # "16 May 2008 – Joined the WTO"
            and not self._keyed(sentence, start, mentions)
        )

    def _opens_unknown(self, line: int, start: int, end: int, mentions: list[Mention]) -> bool:
        """Whether a heading that names nothing known opens another subject's lines: worded
        as a subject's heading ("About X", "X at a glance", "X – key facts", "X (country)"),
        or the first line of a block after a blank line on a page whose subject an earlier
        heading in the text named ("Qatar / Capital: Doha / (blank) / Ruritania / ...")."""
        if not self._heading_shaped(line, start, end, mentions):
            return False
        if self._ties_section(start, end, mentions):  # "Relations with Kazakhstan"
            return False
        sentence = mask_text(self.text[start:end]).strip()
        if not re.search(r"[A-Za-z]{2}", sentence):  # "=====", "***"
            return False
        if _subject_heading().search(sentence):
            return True
        blank = re.search(r"\n[ \t]*\r?\n[ \t\r\n]*$", self.text[max(0, line - 400) : line])
        words = set(re.findall(r"[a-z]+", sentence.lower())) - {"and", "of", "the", "in", "with"}
        return self.in_text and blank is not None and not words <= _sections()

    def _keyed(self, sentence: str, start: int, mentions: list[Mention]) -> bool:
        """Whether a line is a key-value item: a field's key ("Location: Semipalatinsk,
        Kazakhstan"), or any key that names nothing ("Observer states: Moldova", not
        "Kazakhstan: a country profile")."""
        match = KEY_VALUE.match(sentence)
        if match is None:
            return False
        key_end = start + match.end("key")
        if _LOCATOR_KEY.match(match["key"]) and any(m.entities for m in mentions):
            return False  # "Slide 3 — Kazakhstan at a glance": a heading
        names = [m for m in mentions if m.entities and m.start < key_end]
        value = sentence[match.end() :]  # "Kazakhstan: a profile" opens no lead: a heading
        worded = _worded_key(sentence[: match.end("key")], start, names, key_end)
        # a value opening with a name or figure ("...: 1992", "...: US$ 1.1 billion") is an
        # item's; below an item, "Kazakhstan–China relations: a timeline" (lowercase) heads
        opening = re.match(r"\s*(?:([A-Za-z]+)\.?\s+)?", value)  # "since", "President"
        skip = opening.end() if opening[1] and opening[1].lower() in _VALUE_WORDS else 0
        value_at = start + match.end()
        begins = {value_at + len(value) - len(value.lstrip()), value_at + skip}
        named_value = any(m.start in begins and (m.entities or m.value) for m in mentions)
        # a bare name's key without lead words ("Hungary: 1992") only before a name or figure:
        # "Kazakhstan: basic data" heads
        slotted = [f for f in self._slotted(start, match, mentions)[1]
                   if _opens(f, value) and (f.lead or worded or named_value)]  # fmt: skip
        return (
            bool(self._fields_of(sentence)) or not names or bool(slotted)
            or (worded and named_value)
            or (worded and KEY_VALUE.match(value.lstrip()) is not None)  # "...: embassy: Y"
            or (worded and self._after_item(start) and not value.lstrip()[:1].islower())
        )  # fmt: skip

    def _after_item(self, start: int) -> bool:
        """Whether the line above ``start`` (no blank line between) is a key-value item: a key
        holding a name below it is one more ("Ambassador to Japan: Mukhsin Kasimov")."""
        above = re.search(r"([^\n]*)\r?\n[ \t]*$", self.text[max(0, start - 300) : start])
        return above is not None and KEY_VALUE.match(mask_text(above.group(1))) is not None

    def _note_referred_date(self, start: int, end: int, mentions: list[Mention]) -> None:
        """A sentence or clause opening with a date given by reference ("Later that year", "In
        the same year", "The following year", "In November of the same year", "Later that
        month", ", and in November of the same year") gives the facts it states after that
        phrase and before any date of its own that date (``_referred_date``), read off the last
        date before it: of the sentence right before in its paragraph for an opening, of the
        sentence itself for a clause after ", and|but" or ";"."""
        dates = [m for m in mentions if _is_date(m)]
        self.referred_date, self.dates_after = None, [m.start for m in dates]
        sentence = self.text[start:end]
        opening = _FRONTED_DATE.match(sentence)
        if opening and self.previous_date is not None:
            before, date = self.previous_date
            if not re.search(r"\n[ \t]*\r?\n", self.text[before:start]):
                self.referred_date = _referred_mention(opening, start, date)
        elif opening is None and (clause := _CLAUSE_DATE.search(sentence)):
            earlier = [m for m in dates if m.end <= start + clause.start()]
            self.referred_date = _referred_mention(clause, start, earlier[-1]) if earlier else None
        self.previous_date = (end, dates[-1]) if dates else None

    def date_facts(self, facts: list[Fact]) -> None:
        """Give the facts of a chronology line that have no date the date heading the line,
        and those of a sentence or clause opening "Later that year" the date it refers to."""
        if self.referred_date is not None:
            roles = _date_roles()
            for fact in facts:
                role = roles.get(fact.kind)
                after = self.referred_date.start <= fact.start  # not the clause's before it
                own = any(self.referred_date.start <= d < fact.start for d in self.dates_after)
                aside = _FOUNDING_ASIDE.search(mask_text(self.text[fact.start : fact.end]))
                dated = fact.roles.get(role) or _any_date(fact) or own or aside is not None
                if role and after and not dated:
                    fact.roles[role] = [(self.referred_date, "Date")]
        if self.row_place is not None:  # "4 May 2017 | A and B sign T | Astana"
            place, cell = self.row_place
            for fact in facts:
                role = _place_roles().get(fact.kind)
                inside = self.line <= fact.start < fact.end <= cell
                if (
                    role
                    and not fact.roles.get(role)
                    and inside
                    and not self.text[fact.end : cell].strip(" \t.|")
                ):  # the match ends the cell: the cell's last words
                    fact.roles[role] = [(place, "City")]
        if self.line_date is None:
            return
        roles, ranged = _date_roles(), "end" in self.line_date.value.fields
        for fact in facts:
            role = roles.get(fact.kind)
            if not role or fact.roles.get(role) or _any_date(fact):
                continue
            if not self._event(fact) and not self._opens_line(fact):
                continue
            if any(s <= fact.start < e for s, e in self.row_notes):  # a remark's, not the row's
                continue
            # "(3–4 July)" dates the noun before it, not this fact; "...; on 4 July B is admitted"
            between = _unbracketed(mask_text(self.text[self.line_date.end : fact.start]))
            if _DATE_WORDS.search(between):
                day = self._day_of_line(self.line_date.end, fact.start)
                if day is not None:  # another date is nearer: the line's year completes it
                    fact.roles[role] = [(day, "Date")]
            elif not ranged or fact.kind in _RANGED_KINDS:  # "3–4 July 2024 – X joins O":
                fact.roles[role] = [(self.line_date, "Date")]  # which day is not said

    def _event(self, fact: Fact) -> bool:
        """Whether a fact's words hold a verb of an event ("joins", "joined", "is admitted"):
        "X, a member of O, ..." on a dated line says nothing of when X joined."""
        said = mask_text(self.text[fact.start : fact.end])
        if _DESCRIPTION.search(said):  # "Galkynysh field: developed by T": what it is
            return False
        words = re.findall(r"[a-z]+", said)
        return any(
            w.endswith("ed") or w in _PAST_FORMS
            or (
                (past_form(w, "", True) is not None or f"{w}s" in _IRREGULAR_PRESENT)
                and (i == 0 or words[i - 1] not in _RELATIVE_WORDS)  # "which develops": a state
            )
            for i, w in enumerate(words)
        )  # fmt: skip

    def _opens_line(self, fact: Fact) -> bool:
        """Whether a fact of a kind an event names (a summit) opens the line right after its
        date ("3–4 July 2024 – The SCO summit in Astana closes ...", "5–6 December 1994 – At
        the CSCE summit in Budapest, ..."): the line tells of that event (EVENT22)."""
        if fact.kind not in _LINE_EVENT_KINDS:
            return False
        opening = mask_text(self.text[self.line_date.end : fact.start]).lower().split()
        return all(word.strip("–—:|-") in _LINE_EVENT_OPENERS for word in opening)

    def _day_of_line(self, start: int, end: int) -> Mention | None:
        """The one yearless day ("on 4 July", "on July 4") in [start, end) and nothing else
        dated there, as a date of the line's year; else None."""
        between = _unbracketed(mask_text(self.text[start:end]))
        days = list(_YEARLESS_DAY.finditer(between))
        if len(days) != 1 or len(_DATE_WORDS.findall(between)) != 1:
            return None
        day = days[0]
        month = MONTHS[(day["month"] or day["month2"]).lower()]
        year = self.line_date.value.fields["date"][0][:4]
        dated_month = "-" in self.line_date.value.fields["date"][0][4:]
        if dated_month and not _same_month(self.line_date, month):
            return None
        lexical = f"{year}-{month:02d}-{int(day['day'] or day['day2']):02d}"
        begin, finish = start + day.start(), start + day.end()
        value = Value(begin, finish, ("Date",), {"date": (lexical, "xsd:date")})
        return Mention(begin, finish, ("Date",), "value", value=value)

    def field_facts(
        self,
        start: int,
        end: int,
        mentions: list[Mention],
        known: list[Fact],
        topic=None,
        own: list = (),
    ) -> list[Fact]:
        """The facts the key-value items of sentence [start, end) state about the heading's
        subject (else about ``topic``, the organisation under discussion, if of its class).
        A sentence the splitter ran over several lines ("Capital: Astana" + "Largest city:
        Almaty") is read line by line, each line seen as a line of its own (a key alone, a
        bullet; a heading only the last, or one right above a field's item: the splitter runs
        on past long lines, and past a line when the next opens in lowercase, "Kazakhstan" /
        "chief of state: ..."). ``own`` is the document's own state (references'
        ``document_state``): under a heading naming one partner, a pair's key naming the ties
        ("Diplomatic relations: 1992") is about the two."""
        self.topic, self.own = topic, list(own)
        lines = sentence_lines(self.text, start, end)
        if len(lines) == 1:
            return self._line_facts(start, end, mentions, known)
        facts, line_date = [], self.line_date
        for index, (begin, finish) in enumerate(lines):
            inside = [m for m in mentions if begin <= m.start and m.end <= finish]
            last = index == len(lines) - 1
            below = (0, 0) if last else lines[index + 1]
            above = bool(self._fields_of(mask_text(self.text[below[0] : below[1]])))
            if index or above:  # a line the splitter ran on past: a heading if above an item
                self.see(begin, begin, finish, inside, heads=last or above)
            facts += self._line_facts(begin, finish, inside, known)
        self.line_date = line_date  # the sentence's facts take its first line's date
        return facts

    def _line_facts(
        self, start: int, end: int, mentions: list[Mention], known: list[Fact]
    ) -> list[Fact]:
        """The facts of the key-value items of one line's sentence [start, end)."""
        facts: list[Fact] = []
        sentence = mask_text(self.text[start:end])
        if start == self.line and _KEY_ONLY.match(sentence):  # "Members:" above a list
            self.listed = self._fields_of(sentence + " -")
            return []
        if start == self.line and self.doubting and _BULLET.match(sentence):
            return []  # "• Member of the CIS;" under "Former memberships:"
        listed = start == self.line and self.listed and not self._fields_of(sentence)
        bullet = _BULLET.match(sentence) if listed else None
        if bullet:  # "• Armenia (2015)" under "Members:"; "• Member of the CSTO" read below
            found = self._listed_facts(start + bullet.end(), start + len(sentence), mentions)
            if found:
                return [f for f in found if not any(_says_again(f, k) for k in known)]
        head = CHRONOLOGY_HEAD.match(sentence) if start == self.line else None
        if head and self.line_date is not None:  # "2 March 1992 – Admitted to the UN."
            found = self._dated_line(start + head.end(), start + len(sentence), mentions)
            return [f for f in found if not any(_says_again(f, k) for k in known)]
        bullet = _BULLET.match(sentence) if start == self.line else None
        if bullet and KEY_VALUE.match(sentence) is None:  # "• Joined the UN in 1992."
            found = self._dated_bullet(start + bullet.end(), start + len(sentence), mentions)
            found = found or self._keyless_bullet(start + bullet.end(), start + len(sentence),
                                                  mentions)  # fmt: skip
            return [f for f in found if not any(_says_again(f, k) for k in known)]
        pair = _pair_row(self.text, start, sentence) if start == self.line else None
        if pair is not None:  # "| Capital | Vilnius |": the item "Capital: Vilnius"
            found = self._item_facts(start, start + len(sentence), mentions, as_read=pair)
            return [f for f in found if not any(_says_again(f, k) for k in known)]
        pieces = [0] + [i + 1 for i in _item_breaks(sentence)]
        ends = [p - 1 for p in pieces[1:]] + [len(sentence)]
        keyed: list = []  # the list fields of the last keyed item of the line, with fillers
        for begin, finish in zip(pieces, ends, strict=True):
            item = sentence[begin:finish]
            if KEY_VALUE.match(item) is None and keyed:  # "Borders: A 7,644 km; B 2,330 km"
                lead = len(item) - len(item.lstrip())
                found = self._continued(keyed, start + begin + lead, start + finish, mentions)
            else:
                found = self._item_facts(start + begin, start + finish, mentions)
                keyed = self._list_fields(start + begin, item, mentions)
            facts += [f for f in found if not any(_says_again(f, k) for k in known)]
        self._date_foundings([*known, *facts])
        return facts

    def _date_foundings(self, facts: list[Fact]) -> None:
        """Give the co-foundings of key-value lines the founding date their heading's
        "Founded:" line gives, before or after them ("Founding members: A, B")."""
        for fact in facts:
            key = _organisation_key(fact)
            if fact.kind == "co-founding" and key and not fact.roles.get("D") and (
                fact.rule.startswith("table-") or fact.rule.split("+")[0] in self._field_ids
            ):  # fmt: skip
                self.undated.append((self.serial, key, fact))
        for serial, key, fact in self.undated:
            date = self.founded.get((serial, key))
            if date is not None and not fact.roles.get("D"):
                fact.roles["D"] = [(date, "Date")]

    def _item_facts(
        self, start: int, end: int, mentions: list[Mention], nested: bool = False, as_read=None
    ) -> list[Fact]:
        item = as_read or mask_text(self.text[start:end])  # as_read: an infobox row (_pair_row)
        match = KEY_VALUE.match(item)
        if match is None:
            return []
        span = (start + match.end(), start + len(item.rstrip().rstrip(".")))
        for field in self._fields_of(item):
            facts = self._field_facts(field, start, span, mentions, item)
            if facts:  # "Chairmanship (2024): X": the key's bracketed year is its year (FP11B)
                return _dated_by_key(self.text, facts, start + match.end("key"), mentions, True)
        named, fields = self._slotted(start, match, mentions)
        for field in fields:  # "Admitted to the United Nations: 2 March 1992"
            filler = (named, _fitting(named, field.key_slot[1]))
            facts = self._field_facts(field, start, span, mentions, item, filler)
            if facts:
                return _dated_by_key(self.text, facts, start + match.end("key"), mentions)
        outer = f"({match['key']})"  # "Observers<tab>Members: A": a doubting outer key
        if not nested and KEY_VALUE.match(item[match.end() :]) and not _doubted(outer):
            return self._item_facts(start + match.end(), end, mentions, nested=True)
        return []

    def _dated_line(
        self, start: int, end: int, mentions: list[Mention], date: Mention | None = None
    ) -> list[Fact]:
        """The fact of a chronology line without a subject whose words after the date are a
        key that holds a name and wants a date ("2 March 1992 – Admitted to the United
        Nations.", "1995 – Joins the OIC"): the key-value item "Admitted to the United
        Nations: 2 March 1992" read the other way round, about the heading's subject. A key
        whose field wants lead words in its value ("SCO: member since 2001", "CTBT: signed
        1996") is no such key: the line "2023 – Tonga" under an organisation's "Chairs:" or
        "Observers:" holds a bare name, and a bare name under a date says nothing of what
        happened (FPH15)."""
        line = mask_text(self.text[start:end]).rstrip().rstrip("|").rstrip()  # a table's row
        finish = start + len(line.rstrip("."))
        named = [m for m in mentions if start <= m.start and m.end <= finish and m.entities]
        place, stop = None, finish  # "Signs the CTBT in New York": a place last, an optional part
        last = len(named) == 2 and not self.text[named[1].end : finish].strip()
        between = self.text[named[0].end : named[1].start] if last else ""
        prep = re.search(r"(?:\s+(?:in|at)|\s*,)\s*$", between) if last else None
        if prep:  # "..., Almaty", "... held in Astana"
            place, named, finish = named[1], named[:1], named[0].end + prep.start()
        if len(named) != 1 or len(named[0].entities) != 1:  # "the SCO and the CSTO": two
            return []
        after = _RANK_ASIDE.sub("", mask_text(self.text[named[0].end : finish]))  # "as its 152nd
        key = self.text[start : named[0].start] + " {o} " + after  # member": its rank, no key
        key = _ORDINAL.sub("", mask_text(key))  # "Sixth CICA summit held in Astana"
        key = _RANK.sub(r"\1 a ", key)  # "Becomes the 37th member state of {o}": "a member"
        for field in self.fields.get(_key(key), []):
            if field.lead or not (field.key_slot and _fits(named[0], field.key_slot[1])):
                continue
            subject = self._subject(field, start) if field.subject_role else _NO_SUBJECT
            if subject is None or field.value_classes != ("Date",):
                continue
            if field.own_subject and not self._is_own(subject, field):
                return []  # "• 3 January 1992 – China" under another state's heading
            if _same_entity(named[0], subject):  # "1993 – Relations with X" on X's profile
                return []
            roles = {
                field.value_role: [(date or self.line_date, "Date")],
                field.key_slot[0]: [(named[0], _fitting(named[0], field.key_slot[1]))],
            }
            if field.subject_role:
                roles[field.subject_role] = [(subject, _fitting(subject, field.subject_classes))]
            if place is not None:
                parts = [(r, c) for r, c in field.also if _fits(place, c)]
                if not parts:
                    return []
                roles[parts[0][0]] = [(place, _fitting(place, parts[0][1]))]
            return [Fact(field.id, field.kind, roles, start, stop, consts=field.consts)]
        return []

    def _dated_bullet(self, start: int, end: int, mentions: list[Mention]) -> list[Fact]:
        """The fact of a bullet line without a subject that ends with its one date ("• Joined
        the United Nations on 2 March 1992.", "• Member of the SCO since 2001"; a list's ";"
        closing it: "• Joined the EAEU on 12 August 2015;"): the key before the date (with or
        without its preposition) read as a chronology line's."""
        finish = start + len(mask_text(self.text[start:end]).rstrip().rstrip(".;"))
        dates = [m for m in mentions if start <= m.start and m.end <= finish and _is_date(m)]
        if len(dates) != 1 or dates[0].end != finish or "end" in dates[0].value.fields:
            return []
        before = self.text[start : dates[0].start]
        prep = re.search(r"\s(?:in|on|since|from)\s+$", before)
        ends = [dates[0].start] + ([start + prep.start()] if prep else [])
        for key_end in ends:
            found = self._dated_line(start, key_end, mentions, dates[0])
            if found:
                return found
        return []

    def _keyless_bullet(self, start: int, end: int, mentions: list[Mention]) -> list[Fact]:
        """The facts of a bullet whose key runs into its value without a colon, the key
        closing with its preposition ("• Land borders with A (L1) and B (L2);", "• Member of
        the CSTO;", "• Founding member of the SCO (2001);"): the item "Land borders with: A
        (L1) and B (L2)" (border, membership and co-founding keys only: _KEYLESS_KINDS)."""
        item = mask_text(self.text[start:end])
        opening = re.match(r"\s*([A-Za-z][A-Za-z ]{0,40}?\s(?:with|of))\s+(?=\S)", item)
        if opening is None:
            return []
        value_end = start + len(item.rstrip().rstrip(".;,"))
        for field in self.fields.get(_key(opening.group(1)), []):
            if field.kind in _KEYLESS_KINDS and not field.key_slot:
                facts = self._field_facts(field, start, (start + opening.end(), value_end),
                                          mentions, item)  # fmt: skip
                if facts:
                    return facts
        return []

    def _continued(self, fields: list, start: int, end: int, mentions: list[Mention]) -> list[Fact]:
        """The facts of an item without a key that goes on with the list of the keyed item
        before it on its line ("Borders: Russia 7,644 km; China 1,765 km"; "Ukraine's land
        borders: Russia 1,974 km · Belarus 1,084 km": the key's name fills its slot again)."""
        value_end = start + len(mask_text(self.text[start:end]).rstrip().rstrip("."))
        for field, filler in fields:
            facts = self._field_facts(field, start, (start, value_end), mentions, "", filler)
            if facts:
                return facts
        return []

    def _list_fields(self, start: int, item: str, mentions: list[Mention]) -> list:
        """The (field, key slot's filler or None) of the list fields a keyed item at ``start``
        opens, which a keyless item after it on its line goes on with."""
        fields = [(f, None) for f in self._fields_of(item) if not f.single]
        match = KEY_VALUE.match(item)
        if fields or match is None:
            return fields
        named, slotted = self._slotted(start, match, mentions)
        return [(f, (named, _fitting(named, f.key_slot[1]))) for f in slotted if not f.single]

    def _slotted(self, start: int, match, mentions: list[Mention]):
        """The one name a key holds and the fields whose keys hold a slot there ("joined {O}")."""
        key_start, key_end = start + match.start("key"), start + match.end("key")
        named = [m for m in mentions if key_start <= m.start and m.end <= key_end and m.entities]
        own = [m for m in named if self._names_subject(m)] if len(named) == 2 else []
        named = [m for m in named if not _among(m, own)] if len(own) == 1 else named
        if len(named) != 1 or len(named[0].entities) != 1:  # "SCO and CSTO membership": two
            return None, []
        year = _KEY_YEAR.search(self.text, named[0].end, key_end)  # "Trade with X (2023)"
        key_end = year.start() if year and year.end() == key_end else key_end
        # the slot's name as "{o}"; the heading's own subject named in the key, left out
        # ("Accumulated UAE investment in Kazakhstan" under the UAE's profile)
        spans = [(named[0], " {o} "), *((m, " ") for m in (own if len(own) == 1 else []))]
        key = self.text[key_start:key_end]
        for mention, mark in sorted(spans, key=lambda s: -s[0].start):
            key = key[: mention.start - key_start] + mark + key[mention.end - key_start :]
        fields = self.fields.get(_key(mask_text(key)), [])
        return named[0], [f for f in fields if f.key_slot and _fits(named[0], f.key_slot[1])]

    def _names_subject(self, mention: Mention) -> bool:
        """Whether a mention names the one entity the heading names (the profile's subject)."""
        own = {e.key for m in self.heading for e in m.entities}
        return len(own) == 1 and {e.key for e in mention.entities} == own

    def _listed_facts(self, start: int, end: int, mentions: list[Mention]) -> list[Fact]:
        """The facts of a list item below a bare key ("Members:" / "• Armenia (2015)")."""
        value_end = start + len(mask_text(self.text[start:end]).rstrip().rstrip(".;,"))
        for field in self.listed:
            facts = self._field_facts(field, start, (start, value_end), mentions, "")
            if facts:
                return facts
        return []

    def _field_facts(
        self, field: Field, start: int, span, mentions: list[Mention], item: str, filler=None
    ) -> list[Fact]:
        """The facts of one field's reading of a value [span) of the item at ``start`` (with
        ``filler``, the (mention, class) of the name its key holds, for its key slot)."""
        value_start, value_end = span
        aside = _TRAILING_ASIDE.search(mask_text(self.text[value_start:value_end]))
        if aside is None and field.value_classes == ("Length",):  # "984 km, parts of which
            aside = _LENGTH_ASIDE.search(mask_text(self.text[value_start:value_end]))  # are ..."
        if aside:  # "Operator: Tengizchevroil (TCO), established in 1993": about the name
            value_end = value_start + aside.start()
        inside = [
            (m.start - value_start, m.end - value_start)
            for m in mentions
            if value_start <= m.start and m.end <= value_end and _fits(m, field.value_classes)
        ]  # a bracket naming one of these doubts that name: "Astana (Almaty until 1997)"
        if _doubted(mask_text(self.text[value_start:value_end]), inside):  # "O (applicant)"
            if field.opens:  # "Country profile: X (former state)": whose lines, unknown
                self._new_heading([], item)
            return []
        if self.ties and filler is None and field.subject_role and field.kind != HEADING:
            return []  # "Capital: Beijing" under "Relations with China": whose? nobody's
        if field.counted:  # "Administrative divisions: 17 regions and 3 cities"
            return self._counted_facts(field, start, value_start, value_end, mentions)
        if field.lead:  # "IAEA: member since 1994": the words the value must open with
            opening = _opens(field, mask_text(self.text[value_start:value_end]))
            if opening is None:
                return []
            value_start += opening.end()
        if "Date" in field.value_classes and _DATE_RANGE_END.search(
            mask_text(self.text[value_start:value_end])
        ):  # "GUAM: member from 1999 until 2005": a past span, no current fact
            return []
        values = [m for m in mentions if value_start <= m.start and m.end <= value_end]
        read = _value_mentions(self.text, value_start, value_end, values, field)
        chosen, extras, state, owned = read
        if field.kind == HEADING and (chosen or field.opens):  # "Official name: Republic of
            self._new_heading(chosen, item)  # Turkmenistan"; "Country profile: energy": nobody
            return []
        subject = self._subject(field, start, item) if field.subject_role else _NO_SUBJECT
        if subject is not None and field.own_subject and not self._is_own(subject, field):
            return []  # "Georgia – embassy in Tbilisi" above "Turkey – relations since D"
        if subject is None or not chosen or (filler and _same_entity(filler[0], subject)):
            return []  # "Trade with Kazakhstan: ..." on Kazakhstan's own profile: one party
        if field.kind == PLACE:  # "From: Atyrau, Kazakhstan": only where the city lies
            if state is None:
                return []
            located = {"C": [(chosen[0], "City")], "S": [(state, "State")]}
            return [Fact(field.in_state, "located-in", located, value_start, value_end)]
        if field.kind == FOUNDING:  # "Founded: 15 June 2001"
            self.founded[(self.serial, subject.entities[0].key)] = chosen[0]
            return []
        roles = {}
        if field.subject_role:  # a field whose key names its subject has none from the heading
            roles[field.subject_role] = [(subject, _fitting(subject, field.subject_classes))]
        roles[field.value_role] = [(m, _fitting(m, field.value_classes)) for m in chosen]
        if filler is not None:
            roles[field.key_slot[0]] = [filler]
        for role, classes in field.also:
            if role in extras:
                roles[role] = [(extras[role], _fitting(extras[role], classes))]
        consts = {**field.consts, **_key_counted(field, item)}
        facts = [Fact(field.id, field.kind, roles, value_start, value_end, consts=consts)]
        founders = _founders(self.text, chosen) if field.kind == "membership" else set()
        if owned or founders:  # "Members: Armenia (2015), Belarus": a fact per name
            value_role = field.value_role
            own = {
                key: {role: [(m, "Date" if _is_date(m) else m.kinds[0])] for role, m in by.items()}
                for key, by in owned.items()
            }
            facts = [
                replace(facts[0], roles={**roles, value_role: [one], **own.get(id(one[0]), {})})
                for one in roles[value_role]
            ]
            facts = [_as_founding(f) if id(f.roles[value_role][0][0]) in founders else f
                     for f in facts]  # fmt: skip
        if state is not None:
            city = next(m for m in [*chosen, *extras.values()] if _fits(m, ("City",)))
            located = {"C": [(city, "City")], "S": [(state, "State")]}
            facts.append(Fact(field.in_state, "located-in", located, value_start, value_end))
        return facts

    def _new_heading(self, mentions: list[Mention], text: str) -> None:
        """Start the lines of a new subject, named in the text: that of ``mentions`` (none:
        nobody's)."""
        self.heading, self.heading_text, self.serial = mentions, text.lower(), self.serial + 1
        self.in_text, self.ties = bool(mentions), False
        self.title_heading = mentions if self.title_heading is None else self.title_heading

    def _counted_facts(
        self, field: Field, start: int, value_start: int, value_end: int, mentions: list[Mention]
    ) -> list[Fact]:
        """A count per part of a value that is a list of "N words" ("17 regions and 3 cities
        of republican significance"), the words its counted noun; nothing when a part is
        anything else (a name, a figure, an "about")."""
        subject = self._subject(field, start)
        value = mask_text(self.text[value_start:value_end])
        if subject is None or re.search(r"[A-Z(\[]", value):
            return []
        facts, begin = [], 0
        for part in [*re.finditer(r"\s*(?:,|;|\band\b)\s*", value), None]:
            finish = part.start() if part else len(value)
            piece = (value_start + begin, value_start + finish)
            begin = part.end() if part else begin
            numbers = [m for m in mentions if piece[0] <= m.start and m.end <= piece[1]]
            if (
                len(numbers) != 1
                or numbers[0].start != piece[0]
                or not _fits(numbers[0], ("Number",))
            ):
                return []
            words = self.text[numbers[0].end : piece[1]].strip()
            if not re.fullmatch(r"[a-z]+(?: [a-z]+)*", words):
                return []
            roles = {
                field.subject_role: [(subject, _fitting(subject, field.subject_classes))],
                field.value_role: [(numbers[0], "Number")],
            }
            consts = {**field.consts, field.counted: words}
            facts.append(Fact(field.id, field.kind, roles, *piece, consts=consts))
        return facts

    def _fields_of(self, item: str) -> list[Field]:
        """The fields whose key opens ``item`` ("Capital: ...", "Members (5): "; a bracket
        with words makes another key: "Members (planned)" is none)."""
        key = _item_key(item)
        return self.fields.get(key, []) or self._open_fields(key)

    def _open_fields(self, key: str) -> list[Field]:
        """The fields of an open key ("members admitted after *") that the key's opening words
        fill, the rest ("the first summit") holding no doubt word ("as observers": none)."""
        words = key.split()
        for size in range(len(words) - 1, 0, -1):
            fields = self.fields.get(" ".join([*words[:size], "*"]))
            if fields:
                return [] if _doubted(f"({' '.join(words[size:])})") else fields
        return []

    def _subject(self, field: Field, at: int, item: str = "") -> Mention | None:
        """The heading's entity of the field's subject class (two states for a pair), or None.
        A pair's field under a heading naming one state that is not the document's own takes
        the two when the item's key names the pair's ties ("Hungary" / "Diplomatic relations:
        established on 23 March 1992" on Kazakhstan's page: Kazakhstan and Hungary)."""
        partnered = self._partnered(field, item)
        if partnered:
            return _pair_mention(at, partnered)
        heading_words = set(re.findall(r"\w+", self.heading_text))
        if field.heading_words and not field.heading_words & heading_words:
            return None
        entities = []
        for mention in self.heading:
            for entity in _fitting_entities(mention, field.subject_classes):
                if entity.key not in {e.key for e in entities}:
                    entities.append(entity)
        topic, classes = self.topic, set(field.subject_classes)
        if not entities and not field.pair and topic and set(topic.kinds) & classes:
            entities = [topic]  # "ORGANIZATION OF TURKIC STATES – FACT SHEET" names nothing
        if len(entities) != (2 if field.pair else 1):
            return None
        if not field.pair:
            return Mention(at, at, entities[0].kinds, "reference", entities=entities)
        return _pair_mention(at, entities)

    def _partnered(self, field: Field, item: str) -> list:
        """The document's own state and the one state the heading names, when ``field`` is a
        pair's, the key of ``item`` holds one of its heading words and the heading names no
        other entity of the class (else nothing)."""
        own = self._own(field)
        match = KEY_VALUE.match(item) if field.pair and len(own) == 1 else None
        key_words = set(re.findall(r"\w+", match["key"].lower())) if match else set()
        if not field.heading_words & key_words:
            return []
        partners = self._named_once(self.heading, field)
        if len(partners) != 1 or own[0].key == partners[0].key:
            return []
        return [own[0], partners[0]]

    def _own(self, field: Field) -> list:
        """The document's own state: its ``document_state``, else the one the title (or, with
        no title, the text's first heading) names."""
        return self.own or self._named_once(self.title_heading or [], field)

    def _is_own(self, subject: Mention, field: Field) -> bool:
        """Whether ``subject`` is the document's own state alone."""
        own = self._own(field)
        return len(own) == 1 and [e.key for e in subject.entities] == [own[0].key]

    @staticmethod
    def _named_once(heading: list[Mention], field: Field) -> list:
        """The one entity of the field's subject class ``heading`` names (two or none: none)."""
        named = {e.key: e for m in heading for e in _fitting_entities(m, field.subject_classes)}
        return list(named.values()) if len(named) == 1 else []


def _pair_mention(at: int, entities: list) -> Mention:
    """A pair's subject: one reference mention of the two entities, each a member."""
    members = [Mention(at, at, e.kinds, "reference", entities=[e]) for e in entities]
    return Mention(at, at, entities[0].kinds, "reference", entities=entities, members=members)


#: Words a section heading about ties holds beside section words ("Relations with X").
_TIES_WORDS = lexicon.words("ties-heading-words")
#: A year in brackets closing a key ("Trade with Kazakhstan (2023)"): the date of its fact.
_KEY_YEAR = re.compile(r"\s*\(\s*\d{4}\s*\)\s*")


def _dated_by_key(
    text: str, facts: list[Fact], key_end: int, mentions: list, years_only: bool = False
) -> list[Fact]:
    """Give the facts of a key that closes with a year in brackets ("Trade with Kazakhstan
    (2023): US$ 1.1 billion") that year, where their kind has a date and they hold none
    (``years_only``: only a kind dated by a year, "Chairmanship (2024): X"; "Members (2023):
    A, B" says who the members were that year, not that they joined in it)."""
    years = [m for m in mentions if _is_date(m) and m.end <= key_end]
    year = years[-1] if years else None
    if year is None or not re.fullmatch(r"\s*\)\s*", text[year.end : key_end]):
        return facts
    for fact in facts:
        role = _date_roles().get(fact.kind)
        if years_only and fact.kind not in _year_kinds():
            continue
        if role and not _any_date(fact):
            fact.roles[role] = [(year, "Date")]
    return facts


def _worded_key(key: str, start: int, names: list, key_end: int) -> bool:
    """Whether a key holds words beside its names ("Diplomatic relations with Kazakhstan"):
    with a value that names or counts something, or below another item, an item about the
    heading's subject, not a heading ("Kazakhstan–China relations: a timeline")."""
    for name in names:
        a, b = name.start - start, min(name.end, key_end) - start
        key = key[:a] + " " * (b - a) + key[b:]
    return bool(re.search(r"[A-Za-z]{2}", key))


def _opens(field: Field, value: str):
    """The match of the lead word a value opens with ("signed", "member since"), None if
    the field has lead words and the value opens with none; a field without: an empty match."""
    words = "|".join(re.escape(w) for w in field.lead)
    return re.match(rf"\s*(?:{words})\b" if words else "", value, re.IGNORECASE)


def sentence_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The lines of a sentence [start, end), each without its line break and blank ends."""
    lines, begin = [], start
    for match in re.finditer(r"[\n\r\u2028\u2029]+", text[start:end]):
        lines.append((begin, start + match.start()))
        begin = start + match.end()
    lines.append((begin, end))
    return [(b, b + len(text[b:e].rstrip())) for b, e in lines if text[b:e].strip()]


def _unbracketed(text: str) -> str:
    """``text`` with what its brackets hold blanked (same length): a bracketed date ("the
    summit (3–4 July)") belongs to the noun it follows, not to the line's main fact."""
    return _BRACKETED.sub(lambda m: " " * len(m.group()), text)


def _only(text: str, start: int, end: int, date: Mention) -> bool:
    """Whether a line [start, end) is only a date (a timeline's section: "1995", "March 1992:")."""
    rest = text[start : date.start] + text[date.end : end]
    return not rest.strip(" \t:–—-.")


def _key(text: str) -> str:
    """A key as looked up: lowercase, spaces folded, no "the" before a slot ("joined {o}"),
    a plural in brackets read as the plural ("Official language(s)")."""
    key = " ".join(text.lower().replace("(s)", "s").split()).replace("the {o}", "{o}")
    return key.replace("{o} 's", "{o}'s")  # "Ukraine's land borders": "{o}'s land borders"


def _key_counted(field: Field, item: str) -> dict:
    """The role a field's key fills as a count's counted noun, by the key as read
    ("Governorates: 27": "governorates"), or nothing for a field without one."""
    return {field.counted_key: _item_key(item)} if field.counted_key else {}


def _item_key(item: str) -> str:
    """The key opening ``item`` as looked up, a count or a total in brackets left out
    ("Members (5): ..." is "members", "Land borders (6,893 km in total): ..." "land
    borders"); "" for an item without a key."""
    match = KEY_VALUE.match(item)
    return _key(_KEY_TOTAL.sub(" ", match["key"])) if match else ""


#: A count or a total in a key's bracket: "(5)", "(6,893 km in total)", "(total: 6,893 km)".
_KEY_TOTAL = re.compile(
    r"\(\s*\d+\s*\)|\([^()]*\b(?:"
    + lexicon.alternation("borderlist23-key-total-words")
    + r")\b[^()]*\)",
    re.IGNORECASE,
)


def _slot(record: dict | None) -> tuple | None:
    """A key slot's (role, classes) from its record ({"role", "class"}), or None."""
    return (record["role"], tuple(record["class"].split("|"))) if record else None


def _doubted(value: str, names: list = ()) -> bool:
    """Whether a bracket of a value doubts it: "(applicant)", "(planned)", "(observer)"; not
    a bracket holding one of ``names`` (spans in the value) of the value's class, which doubts
    that name ("Capital: Astana (Almaty until 1997)")."""
    doubts = default_doubts()
    for found in _BRACKETED.finditer(value):
        if any(found.start() <= a and b <= found.end() for a, b in names):
            continue
        words = " ".join(re.findall(r"[a-z]+", found.group().lower()))
        if any(re.search(rf"\b{re.escape(d)}\b", words) for d in doubts):
            return True
    return False


def _organisation_key(fact: Fact) -> str | None:
    """The key of the one organisation a fact's "O" role names, or None."""
    found = {e.key for m, _ in fact.roles.get("O", []) for e in m.entities
             if "Organisation" in e.kinds}  # fmt: skip
    return found.pop() if len(found) == 1 else None


def _says_again(fact: Fact, known: Fact) -> bool:
    """Whether a rule's fact already names every one of a field fact's values in a fact of
    its kind (and the field's fact fills no role the rule's leaves empty): a rule that read
    only the first name of a list ("Signatories: A, B") leaves the field's fact in."""
    named = {id(m) for fillers in known.roles.values() for m, _ in fillers}
    values = {id(m) for fillers in fact.roles.values() for m, _ in fillers if m.end > m.start}
    filled = [role for role, fillers in known.roles.items() if fillers]
    more = any(fillers and not known.roles.get(role) for role, fillers in fact.roles.items())
    return (
        known.kind == fact.kind
        and len(filled) >= 2
        and bool(values)
        and values <= named
        and not more
    )


def _same_month(date: Mention, month: int) -> bool:
    """Whether a dated line's month (if it gives one) is ``month``."""
    return date.value.fields["date"][0][5:7] == f"{month:02d}"


def _fitting_entities(mention: Mention, classes: tuple[str, ...]) -> list:
    """A mention's entities of one of ``classes``: all of a group's, else its first fitting."""
    fitting = [e for e in mention.entities if set(classes) & set(e.kinds)]
    return fitting if mention.members and len(mention.entities) > 1 else fitting[:1]


def _fitting(mention: Mention, classes: tuple[str, ...]) -> str:
    """The first of ``classes`` the mention can be (the slot type the graph picks it by)."""
    kinds = set(mention.kinds) | {k for e in mention.entities for k in e.kinds}
    return next((c for c in classes if c in kinds), classes[0])


def _value_mentions(text: str, start: int, end: int, mentions: list[Mention], field: Field):
    """The mentions filling a value [start, end), those of its optional parts by role, a
    state after ", " (a "City, State") and each name's bracketed date by the name's id (a
    list's names one by one, so that "A, B, C (2015)" dates C alone); ([], {}, None, {}) when
    the value holds anything else: other names, other words, figures (a bracketed date the
    fact's kind cannot hold)."""
    asides = [b.span() for b in _BRACKETED.finditer(mask_text(text[start:end]))]
    everything = mentions  # "Astana (formerly Almaty)": a name in brackets is no value
    mentions = [m for m in mentions if not any(a <= m.start - start < b for a, b in asides)]
    wanted = [m for m in mentions if _fits(m, field.value_classes)]
    extras = {}
    for role, classes in field.also:  # "Signed: 8 September 2006, Semipalatinsk"
        fitting = [m for m in mentions if _fits(m, classes) and not _among(m, wanted)]
        if len(fitting) > 1:
            return [], {}, None, {}
        extras.update({role: fitting[0]} if fitting else {})
    named = [*wanted, *extras.values()]
    state = _state_after_city(text, mentions, named) if field.in_state else None
    wanted = [m for m in wanted if m is not state]  # "in Lisbon, Portugal, on D by A and B"
    if field.after and not _all_after(mask_text(text[start:end]), field.after, wanted, start):
        return [], {}, None, {}
    if not wanted or (field.single and (len(wanted) > 1 or _count(wanted[0], field) > 1)):
        return [], {}, None, {}
    rest = mask_text(text[start:end])
    owned: dict = {}  # each name's own values by the name's id, by role
    if field.kind in _date_roles() or field.own or field.asides:  # a list's names one by one
        wanted = [one for mention in wanted for one in (mention.members or [mention])]
    if field.kind in _date_roles():  # "A (1992), B, C (2015)": a bracket dates the name before it
        role = _date_roles()[field.kind]
        founding = field.kind == "membership"
        for key, date in _bracketed_dates(text, wanted, everything, founding).items():
            owned.setdefault(key, {})[role] = date
    for role, classes in field.own:  # "Russia 7,644 km; China (1,765 km)"
        for key, figure in _after_names(text, wanted, everything, classes).items():
            owned.setdefault(key, {})[role] = figure
    asides = list(_after_names(text, wanted, everything, field.asides).values())
    if field.kind in _date_roles():  # only a name's own date: "A (1992)"
        dates = [m for own in owned.values() for m in own.values() if _is_date(m)]
    else:  # any date is an aside: "President: X (since March 2022)"
        dates = [m for m in everything if _fits(m, ("Date",))]
    figures = [m for own in owned.values() for m in own.values() if not _is_date(m)]
    named_all = [*wanted, *extras.values(), *([state] if state else [])]
    for mention in [*named_all, *dates, *figures, *asides]:
        a, b = mention.start - start, mention.end - start
        rest = rest[:a] + " " * (b - a) + rest[b:]
    if any(re.search(r"\d", part) for part in _BRACKETED.findall(rest)):
        return [], {}, None, {}  # "Kazakhstan (413 km)": a figure the fact cannot hold
    rest = _BRACKETED.sub(" ", rest)
    if field.own:  # "Neighbours: Libya (1,115 km), Israel and the Gaza Strip": a place no state
        rest = _UNKNOWN_ITEM.sub(" ", rest)
    words = re.findall(r"[^\s,&/.]+", rest)
    allowed = _VALUE_WORDS | field.value_words | {field.after}
    if any(w.lower() not in allowed for w in words):
        return [], {}, None, {}
    return wanted, extras, state, owned


#: What may stand between a name and its own figure: a bracket without a figure naming a part
#: of it ("Russia (Kaliningrad) 261 km"), then the figure's own bracket opening.
_FIGURE_OPENING = r"[ \t\u00a0]*(?:\([^()\d]*\)[ \t\u00a0]*)?(\(\s*)?"


#: A list's item that is a capitalised name of nothing known, after "," or "and" and closing
#: the value or before ",": passed over in a list of neighbours, which states its known ones.
_UNKNOWN_ITEM = re.compile(
    r"(?:(?<=,)|(?<=\band))\s+(?:the\s+)?[A-Z][a-z][\w'-]*(?:\s+[A-Z][a-z][\w'-]*){0,3}"
    r"(?=\s*(?:,|$))"
)


def _after_names(text: str, wanted: list[Mention], everything: list[Mention], classes) -> dict:
    """Each name's own figure of one of ``classes`` right after it, bare or alone in brackets
    ("Russia 7,644 km", "China (1,765 km)", "Eni 16.81%"), maybe past a bracket naming a part
    of it ("Russia (Kaliningrad) 261 km"), by the name's id."""
    found = {}
    for mention in wanted if classes else []:
        opening = re.match(_FIGURE_OPENING, text[mention.end :])
        begin = mention.end + opening.end()
        figure = next((m for m in everything if m.start == begin and _fits(m, classes)), None)
        if figure is None:
            continue
        if opening.group(1) and not re.match(r"\s*\)", text[figure.end :]):
            continue
        found[id(mention)] = figure
    return found


def _all_after(value: str, word: str, wanted: list[Mention], start: int) -> bool:
    """Whether ``word`` stands in a value and every name of ``wanted`` after it."""
    found = re.search(rf"\b{re.escape(word)}\b", value)
    return found is not None and all(m.start - start >= found.end() for m in wanted)


def _bracketed_dates(
    text: str, wanted: list[Mention], everything: list[Mention], founding: bool = False
) -> dict:
    """Each name's own date in brackets right after it ("Armenia (2015)", "(since 2015)"), by
    the name's id; a range ("(1994–1999)") or anything else in the bracket gives none. With
    ``founding``, a bracket that calls the name a founder holds its date beside those words
    ("(1945, founding member)")."""
    dated = {}
    for mention in wanted:
        bracket = _name_bracket(text, mention)
        if bracket is None:
            continue
        begin, finish = mention.end + bracket.start(1), mention.end + bracket.end(1)
        founder = _founder_bracket(text, mention) if founding else None
        if founder:  # "(1945, founding member)": the date beside the words
            spans = [founder.span(part) for part in ("date", "date2") if founder[part]]
            if len(spans) != 1:  # "(founding member)": no date
                continue
            begin, finish = spans[0]
        inside = [m for m in everything if begin <= m.start and m.end <= finish]
        whole = len(inside) == 1 and (inside[0].start, inside[0].end) == (begin, finish)
        if whole and _fits(inside[0], ("Date",)) and "end" not in inside[0].value.fields:
            dated[id(mention)] = inside[0]
    return dated


_FOUNDER = (
    r"(?:(?:a|an|the)\s+)?(?:(?:co-?)?founding|founder|original)\s+(?:member|state|country"
    r"|nation|party|signatory)(?:\s+state)?|(?:a\s+|the\s+)?(?:co-?)?founders?"
)
#: A bracket after a name of a membership list that calls it a founder: "(founding member)",
#: "(1945, founding member)", "(founder, 2001)", "(founding member since 1992)".
_FOUNDING_BRACKET = re.compile(
    rf"\s*(?:(?P<date>[^,;()]*?)\s*[,;]\s*)?(?:{_FOUNDER})"
    r"(?:(?:\s*[,;]\s*|\s+(?:since|in|from)\s+)(?P<date2>[^,;()]*?))?\s*",
    re.IGNORECASE,
)


def _as_founding(fact: Fact) -> Fact:
    """A membership list's fact about a name its bracket calls a founder: a co-founding
    ("Memberships: United Nations (1945, founding member)")."""
    return replace(fact, rule=f"{fact.rule}+founding", kind="co-founding")


def _founders(text: str, wanted: list[Mention]) -> set:
    """The ids of the names of a membership list whose bracket calls them founders."""
    return {id(mention) for mention in wanted if _founder_bracket(text, mention)}


def _name_bracket(text: str, mention: Mention):
    """The match of the bracket right after a name, its words (group 1) after any "since"."""
    return re.match(r"\s*\((?:since\s+)?([^()]*)\)", text[mention.end :])


def _founder_bracket(text: str, mention: Mention):
    """The match of _FOUNDING_BRACKET on the words of the bracket after a name, or None."""
    bracket = _name_bracket(text, mention)
    if bracket is None:
        return None
    begin, finish = mention.end + bracket.start(1), mention.end + bracket.end(1)
    return _FOUNDING_BRACKET.fullmatch(text, begin, finish)


def _same_entity(mention: Mention, subject: Mention) -> bool:
    """Whether a key's name names an entity of the heading's subject (one party twice)."""
    return bool({e.key for e in mention.entities} & {e.key for e in subject.entities})


def _among(mention: Mention, mentions: list[Mention]) -> bool:
    return any(mention is other for other in mentions)


def _state_after_city(text: str, mentions: list[Mention], named: list[Mention]) -> Mention | None:
    """The state named right after the one city of a value, past a comma ("Aktobe, Kazakhstan")."""
    cities = [m for m in named if _fits(m, ("City",))]
    if len(cities) != 1:
        return None
    after = [m for m in mentions if m.start >= cities[0].end and not _among(m, cities)]
    comma = after and text[cities[0].end : after[0].start].strip() == ","
    return after[0] if comma and _fits(after[0], ("State",)) else None


def _item_breaks(sentence: str) -> list[int]:
    """Where the items of a sentence end (";", "·", "|"), outside brackets."""
    breaks, depth = [], 0
    for index, char in enumerate(sentence):
        depth += (char in "([") - (char in ")]")
        if depth <= 0 and _ITEM_BREAK.match(char):
            breaks.append(index)
    return breaks


#: A participle aside closing a value, about its name ("X, established in 1993").
_TRAILING_ASIDE = re.compile(
    r",\s+" + lexicon.alternation("trailing-aside-participles") + r"\b"
    r"[^,;]*$"
)
#: A clause closing a length's value that says something of the length ("984 km, parts of
#: which are still being negotiated", "1,212 km, most of it delimited"): the length still holds.
_LENGTH_ASIDE = re.compile(
    r",\s+(?:(?:parts?|sections?|most|much|some|all|half)\s+of\s+(?:which|it|them)|which)\b"
    r"[^;]*$"
)
#: The kinds whose key may run into its value on a bullet without a colon ("• Land borders
#: with A (L1) and B (L2)", "• Member of the CSTO", "• Founding member of the SCO (2001)").
_KEYLESS_KINDS = frozenset(["border", "membership", "co-founding"])
#: An ordinal opening a chronology line's words ("Sixth CICA summit held in Astana").
_ORDINAL = re.compile(
    r"^\s*(?:the\s+)?(?:"
    + lexicon.alternation("layout-ordinal-words")
    + r"|\d+(?:st|nd|rd|th))\s+",
    re.IGNORECASE,
)
#: A rank in a subjectless chronology line's key: "the 37th member state of {o}" reads as
#: "a member state of {o}", and "{o} as its 152nd member" as "{o}" (Layout._dated_line).
_RANK_WORDS = r"(?:" + lexicon.alternation("layout-ordinal-words") + r"|\d+(?:st|nd|rd|th))"
_RANK = re.compile(rf"(\s)the\s+{_RANK_WORDS}\s+(?=(?:full\s+)?member\b)", re.IGNORECASE)
_RANK_ASIDE = re.compile(
    rf"^\s*,?\s+as\s+(?:its|the)\s+{_RANK_WORDS}\s+(?:full\s+)?member(?:\s+state)?\s*$",
    re.IGNORECASE,
)
#: The subject of a field whose key names what its fact is about ("CTBT: signed by A, B").
_NO_SUBJECT = Mention(0, 0, (), "reference")

#: The figures a value may hold, read by their kind ("7,644 km", "16.81%").
_FIGURES = frozenset(["Length", "Percent", "Money"])


def _fits(mention: Mention, classes: tuple[str, ...]) -> bool:
    if set(classes) & _FIGURES:
        return mention.value is not None and bool(set(classes) & set(mention.kinds))
    if "Date" in classes:
        return _is_date(mention)
    if "Number" in classes:  # an exact count: "about 46" is no count the graph can hold
        fields = mention.value.fields if mention.value else {}
        return "count" in fields and not fields.get("approx")
    return bool(_fitting_entities(mention, classes))


def _count(mention: Mention, field: Field) -> int:
    """How many things a value mention names (a date is one)."""
    return len(_fitting_entities(mention, field.value_classes)) if mention.entities else 1


def _referred_mention(match: re.Match, start: int, date: Mention) -> Mention | None:
    """The date ``match`` (in the sentence at ``start``) gives by reference to ``date`` named
    before it, as a mention over its phrase; None where ``date`` gives it none."""
    referred = _referred_date(match, date.value.fields)
    if referred is None:
        return None
    begin, finish = start + match.start("phrase"), start + match.end("phrase")
    value = Value(begin, finish, ("Date",), {"date": referred})
    return Mention(begin, finish, ("Date",), "value", value=value)


#: The length of a date's lexical form at each unit a reference may give
_UNIT_LENGTHS = {"year": 4, "month": 7, "day": 10}


def _referred_date(opening: re.Match, fields: dict) -> tuple[str, str] | None:
    """The date (lexical form, datatype) a fronted reference gives from the fields of the date
    named before it: that year or the next ("Later that year", "The following year"), a month of
    it ("In November of the same year"), that month or the next ("Later that month"). None where
    that date lacks the unit (a year before "that month") or spans more than one ("1991-2019")."""
    lexical, unit = fields["date"][0], opening["unit"].lower()
    length = _UNIT_LENGTHS[unit]
    last = fields.get("end", fields["date"])[0]
    if len(lexical) < length or last[:length] != lexical[:length]:
        return None
    step = 0 if opening["which"].lower().split()[-1] in ("same", "that") else 1
    if unit == "day":  # "On the same day", "That day", "The following day" (REC21S)
        day = datetime.date.fromisoformat(lexical[:10]) + datetime.timedelta(days=step)
        return None if opening["month"] else (day.isoformat(), "xsd:date")
    if unit == "month":
        if opening["month"]:  # "In November that month"
            return None
        months = int(lexical[:4]) * 12 + int(lexical[5:7]) - 1 + step
        return f"{months // 12:04d}-{months % 12 + 1:02d}", "xsd:gYearMonth"
    year = str(int(lexical[:4]) + step)
    if opening["month"]:
        return f"{year}-{MONTHS[opening['month'].lower()]:02d}", "xsd:gYearMonth"
    return year, "xsd:gYear"


def _any_date(fact: Fact) -> bool:
    """Whether a fact holds a date in any role (then the line's date is not its own)."""
    return any(_is_date(m) for fillers in fact.roles.values() for m, _ in fillers)


#: A year in a chronology line's head: a head that has one is never a stray day's.
_YEAR = re.compile(r"\d{4}")


def _value_mention(value: Value, offset: int) -> Mention:
    """A date ``value`` found in the text from ``offset`` on as a mention of the whole text."""
    value = replace(value, start=offset + value.start, end=offset + value.end)
    return Mention(value.start, value.end, ("Date",), "value", value=value)


def _is_date(mention: Mention) -> bool:
    """Whether a mention is a date (a value with a "date" field)."""
    return bool(mention.value and "date" in mention.value.fields)
