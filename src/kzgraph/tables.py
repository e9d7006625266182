"""Tables pasted as text: each data row's cells state the facts their columns' headers name.

A table is two or more consecutive lines with the same number (two or more) of cells by one
separator: " | " (a markdown row too, pipes at its ends, its "|---|" rule left out), a tab, or
two or more spaces in aligned columns. Its first line is the header when its cells hold no value
but a year ("Partner | 2021 | 2022", "State | Member since"); the non-empty line right above it
is the caption ("Kazakhstan's trade with Asian partners, US$ million"). ``data/tables.jsonl``
says what a column states: a header's words give the relation kind and the role and class its
cells fill, the first cell fills the row's role, and a role every row shares comes from the
caption (or the state the document is written from). Year-named columns under a caption with a
money unit give one trade or investment figure per cell. A row states nothing whose first cell
is not one known entity of the line's class, and a cell nothing that holds anything beside its
value ("–", "n/a", "1995 (expected)").

>>> from kzgraph.documents import document_from_text
>>> from kzgraph.extract import extract_document
>>> text = "Capitals of the region\\nState | Capital\\nMongolia | Ulaanbaatar\\nNepal | Kathmandu"
>>> dict(extract_document(document_from_text(text, "demo")).facts)
{'capital': 2}
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path

from kzgraph import lexicon
from kzgraph.errors import RuleFileError
from kzgraph.mentions import Mention
from kzgraph.references import ReferenceContext, named_entities
from kzgraph.relations import Fact
from kzgraph.values import Value, decimal_text, find_values, year_date

#: A markdown table's rule line: "|---|:---:|", "--- | ---".
_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")
#: The most words of a title line set off by blank lines above a table (its caption).
_TITLE_WORDS = 20
#: The longest cell of a table aligned with spaces (longer: a line of prose).
_SPACED_CELL_MAX = 60
_YEAR = re.compile(r"(?:19|20)\d\d")
#: Footnote marks a year header may carry ("2023*": preliminary data).
_FOOTNOTE_MARKS = "*†‡¹²³⁴⁵⁶⁷⁸⁹"
_BRACKET = re.compile(r"\(([^()]*)\)")
#: A bare amount or length in a cell: "18,040", "1,404.7", "7 644".
_BARE_NUMBER = re.compile(r"\d{1,3}(?:[, \u00a0\u202f]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
#: A line across a blank line from a table that introduces it (``_caption``): it closes with
#: ":", or is short and closes without ". ; ! ?".
_INTRODUCES = re.compile(r"(?::|[^.;!?:\s])\s*$")
_INTRO_MAX = 80
#: A caption's money unit: a currency before a scale ("US$ million", "USD bn", "€ m") or a
#: scale before a currency ("million US dollars", "millions of euros").
_CURRENCY = r"(?:US|U\.S\.|[A-Z]{1,3})?[$€£₸₽]|USD|EUR|GBP|KZT|RUB|CNY|JPY|CHF|INR|KRW|TRY|AED|SAR"
_SCALE = r"thousand|million|billion|trillion|mln|mn|bn|bln|tn|m|k"
_UNIT_AFTER = re.compile(rf"(?<![\w$€£₸₽])(?P<currency>{_CURRENCY})\s?,?\s?(?P<scale>{_SCALE})\b")
_UNIT_BEFORE = re.compile(
    r"\b(?P<scale>thousands?|millions?|billions?|trillions?|mln|mn|bn)\s+(?:of\s+)?"
    r"(?P<currency>(?:US\s|U\.S\.\s|[A-Z][a-z]+\s)?(?:dollars|euros|tenge|roubles|rubles|yuan))"
)
#: A bare number's unit in a header's bracket: "Border (km)", "Share (%)".
_UNITS = {"km": "km", "kilometres": "km", "kilometers": "km", "mi": "mi", "miles": "mi",
          "%": "%", "per cent": "%", "percent": "%"}  # fmt: skip
#: A header's "with <Name>" ("Trade turnover with Kazakhstan"): an amount line's party.
_WITH_NAME = re.compile(r"\s+with\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*")
#: A per-cent unit after a header's words ("Share of total trade, %").
_PERCENT_AFTER = re.compile(r"[,\s]+%\s*$")
#: A possessive name in a header ("share of Kazakhstan's total trade") and its last year.
_POSSESSIVE = re.compile(r"\b[\w-]+['’]s\s+")
_LAST_YEAR = re.compile(r"[,\s]+(?:in\s+)?((?:19|20)\d\d)$")
#: What a list of names may hold beside them ("Kazakh and Russian", "Kazakh; Russian").
_LIST_WORDS = lexicon.words("table-list-words")
#: An ordinal a first cell may hold beside its name ("SCO summit (15th)", "1st CICA summit").
_ORDINAL = re.compile(
    r"\d+(?:st|nd|rd|th)|" + lexicon.alternation("table-ordinal-words"),
    re.IGNORECASE,
)
#: Words a caption may hold that doubt nothing though fields.jsonl's doubt lines list them
#: ("by partner", "Kazakhstan's trading partners").
_CAPTION_SAFE = lexicon.words("caption-safe-words")
#: A status in another cell of a membership row that ended or never began the membership
#: ("left 2009", "withdrew 2012", "observer", "applicant").
_MEMBERSHIP_ENDED = lexicon.words("table-membership-ended-words")

#: Words of a treaty row's cell that say it is not signed ("initialled; awaiting signature").
_UNSIGNED = lexicon.words("table-unsigned-words")

#: A first column's header that only numbers the rows ("No.", "#").
_INDEX_HEADERS = lexicon.words("table-index-headers")

#: A row number in an index column ("1", "12.").
_ROW_NUMBER = re.compile(r"\d{1,4}\.?")


@dataclass(frozen=True)
class Column:
    """One line of tables.jsonl: the header words of a column and what its cells state."""

    id: str
    keys: frozenset
    kind: str
    row: tuple  # (role, classes) the first cell fills
    row_with: frozenset  # words one of which the first cell, its header or the caption holds
    cell: tuple  # (role, classes) the column's cells fill
    single: bool  # one name or value per cell
    party: tuple | None  # (role, classes, or_written_from): a role each row shares
    years: bool = False  # the columns are years; the cells amounts in the caption's unit
    share: bool = False  # a share of the total in the year its header names ("2023 (%)")
    caption_words: frozenset = frozenset()  # words one of which the caption must hold
    party_at: frozenset = frozenset()  # a word one of which stands before the caption's party
    amount: bool = False  # one money column: the header's or caption's unit and one year


@dataclass(frozen=True)
class Cell:
    """A cell's text and its characters [start, end) in the document."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Table:
    """A table block: its caption line, header cells, data rows and each column's lines."""

    caption: Cell | None
    header: tuple[Cell, ...]
    rows: tuple[tuple[Cell, ...], ...]
    columns: tuple[tuple[Column, ...], ...]  # by column: the lines its header names

    @property
    def start(self) -> int:
        return (self.caption or self.header[0]).start

    @property
    def end(self) -> int:
        return self.rows[-1][-1].end


def load_tables(path: Path) -> tuple[list[Column], frozenset]:
    """The columns of a tables.jsonl file (with fields.jsonl's keys where a line names a field)
    and its doubt words; RuleFileError names the file and line."""
    from kzgraph.gazetteer import read_jsonl
    from kzgraph.graph import default_schema
    from kzgraph.layout import default_fields

    field_keys: dict[str, set] = {}
    for key, fields in default_fields().items():
        for field in fields:
            if "{o}" not in key:
                field_keys.setdefault(field.id, set()).add(key)
    columns, doubts, seen = [], set(), {}
    for line, record in read_jsonl(path, ("id",)):
        if "doubt" in record:
            doubts.update(record["doubt"])
            continue
        column = _column(path, line, record, field_keys, set(default_schema()))
        for key in column.keys | ({"{year}"} if column.years else set()):
            same = seen.get((key, column.row[1], column.row_with, column.caption_words))
            if same:
                raise RuleFileError(path, line, f"column {key!r} is already {same}'s")
            seen[(key, column.row[1], column.row_with, column.caption_words)] = column.id
        columns.append(column)
    return columns, frozenset(doubts)


def _column(path: Path, line: int, record: dict, field_keys: dict, kinds: set) -> Column:
    """One tables.jsonl line as a Column (RuleFileError for what it lacks or names wrongly)."""
    missing = [k for k in ("kind", "row", "cell") if k not in record]
    if missing:
        raise RuleFileError(path, line, f"missing field(s): {', '.join(missing)}")
    if record["kind"] not in kinds:
        raise RuleFileError(path, line, f"unknown kind {record['kind']!r} (see schema.jsonl)")
    if "field" in record and record["field"] not in field_keys:
        raise RuleFileError(path, line, f"unknown field {record['field']!r} (see fields.jsonl)")
    keys = {_header_key(k)[0] for k in record.get("columns", [])}
    keys |= field_keys.get(record.get("field"), set())
    if not keys and not record.get("years"):
        raise RuleFileError(path, line, "a column needs header words: columns, field or years")
    parts = [record["row"], record["cell"]] + ([record["party"]] if "party" in record else [])
    if any(not (part.get("role") and part.get("class")) for part in parts):
        raise RuleFileError(path, line, "row, cell and party each need a role and a class")
    party = record.get("party")
    return Column(
        record["id"], frozenset(keys), record["kind"],
        (record["row"]["role"], tuple(record["row"]["class"].split("|"))),
        frozenset(record["row"].get("with", [])),
        (record["cell"]["role"], tuple(record["cell"]["class"].split("|"))),
        record["cell"].get("arity") == "1",
        (party["role"], tuple(party["class"].split("|")), party.get("or") == "written_from")
        if party else None,
        bool(record.get("years")), bool(record.get("share")),
        frozenset(record.get("caption", [])),
        frozenset(record.get("party_at", [])),
        bool(record.get("amount")),
    )  # fmt: skip


@cache
def default_tables() -> tuple[list[Column], frozenset]:
    """The shipped tables.jsonl, and its doubt words with fields.jsonl's and hedges.jsonl's."""
    from kzgraph.layout import default_doubts
    from kzgraph.resources import rules_dir

    columns, doubts = load_tables(rules_dir() / "tables.jsonl")
    return columns, doubts | default_doubts()


def find_tables(text: str, columns: list[Column] | None = None) -> list[Table]:
    """The table blocks of ``text`` that have a header row, with each column's lines.

    >>> [len(t.rows) for t in find_tables("Trade\\nPartner | 2021\\nChina | 18\\nIndia | 2\\n")]
    [2]
    """
    if "|" not in text and "\t" not in text and "  " not in text:
        return []
    columns = default_tables()[0] if columns is None else columns
    tables, above = [], None  # above: the last headed block's header, caption and last row
    for block, caption in _blocks(text):
        if _resumes(text, above, block) and not _names_columns(block[0], columns):
            block, caption = [above[0], *block], above[1]  # rows after a remark on a record
        header, rows = _index_column_dropped(block[0], tuple(block[1:]))
        if not rows or not _is_header(header):
            continue
        above = (block[0], caption, block[-1])
        named = tuple(_columns_named(cell.text, columns) for cell in header)
        if any(named[1:]):
            tables.append(Table(caption, header, rows, named))
    return tables


def _names_columns(row: tuple, columns: list[Column]) -> bool:
    """Whether a block's first line is a header naming a column beyond its first."""
    return _is_header(row) and any(_columns_named(cell.text, columns) for cell in row[1:])


def _resumes(text: str, above, block: list) -> bool:
    """Whether a block without a header goes on with the headed table ``above`` (its header,
    caption, last row): as many cells, and one line between them that is no table row, a
    remark on a record ("Remarks (record 4): signed during the state visit ...")."""
    if above is None or len(block[0]) != len(above[0]):
        return False
    between = text[above[2][-1].end : block[0][0].start]
    lines = between.split("\n")
    return len(lines) == 3 and bool(lines[1].strip())


def _index_column_dropped(header: tuple, rows: tuple) -> tuple[tuple, tuple]:
    """The header and rows without a first column that only numbers the rows ("No. | Title |
    Place of signature" over "1 | Charter of the SCO | Saint Petersburg"): its next column
    holds the rows' own things. Kept when a row's first cell is no bare number or the table
    would have one column left.

    >>> cells = [Cell(0, 1, t) for t in ("No.", "Title", "Place", "1", "Charter", "Aktau")]
    >>> [c.text for c in _index_column_dropped(tuple(cells[:3]), (tuple(cells[3:]),))[0]]
    ['Title', 'Place']
    """
    if len(header) < 3 or header[0].text.strip().lower() not in _INDEX_HEADERS:
        return header, rows
    if not rows or not all(_ROW_NUMBER.fullmatch(row[0].text.strip()) for row in rows):
        return header, rows
    return header[1:], tuple(row[1:] for row in rows)


def _blocks(text: str):
    """(rows of cells, caption cell or None) of each run of 2+ lines split alike."""
    lines, offset = [], 0
    for raw in text.split("\n"):
        lines.append((offset, raw))
        offset += len(raw) + 1
    index = 0
    while index < len(lines):
        split = _split(*lines[index])
        if split is None:
            index += 1
            continue
        block, gaps, following = [split[1]], split[2], index + 1
        if following < len(lines) and _RULE.match(lines[following][1]):
            following += 1  # a markdown table's rule under its header
        while following < len(lines):
            more = _split(*lines[following])
            if more is None or more[0] != split[0] or len(more[1]) != len(split[1]):
                break
            if split[0] == "spaces":
                pairs = zip(gaps, more[2], strict=True)
                gaps = [(max(a, c), min(b, d)) for (a, b), (c, d) in pairs]
                if any(a >= b for a, b in gaps):  # columns not aligned: no table
                    break
            block.append(more[1])
            following += 1
        if len(block) >= 2:
            yield block, _caption(lines, index)
        index = max(following, index + 1)


def _caption(lines: list, index: int) -> Cell | None:
    """The non-empty line right above a table's first line, if any; across one blank line, a
    line that introduces it: a title set off by blank lines ("Kazakhstan's trade with
    partners, 2023 (US$ million)": FIG22), one closing with ":" ("Kazakhstan's partners in
    Africa:") or a short line closing without a sentence's end ("Table 2. Kazakhstan's trade
    with Asia, US$ million": LAYOUT22)."""
    if index == 0:
        return None
    if not lines[index - 1][1].strip():
        if index < 2 or not (_title_line(lines, index - 2) or _introduces(lines[index - 2][1])):
            return None
        index -= 1
    offset, raw = lines[index - 1]
    stripped = raw.strip()
    start = offset + raw.index(stripped)
    return Cell(start, start + len(stripped), stripped)


def _introduces(raw: str) -> bool:
    """Whether a line introduces the table below it: closing with ":" or short and closing
    without a sentence's end (LAYOUT22)."""
    above = raw.strip()
    return bool(_INTRODUCES.search(above)) and (len(above) <= _INTRO_MAX or above[-1:] == ":")


def _title_line(lines: list, index: int) -> bool:
    """Whether a line stands alone as a title: the text's first line or one after a blank
    line, of at most _TITLE_WORDS words, not ending as a sentence does."""
    raw = lines[index][1].strip()
    alone = index == 0 or not lines[index - 1][1].strip()
    return bool(raw) and alone and len(raw.split()) <= _TITLE_WORDS and raw[-1] not in ".:;!?"


def _split(offset: int, raw: str):
    """(separator, cells, gaps between cells) of one line, or None when it is no table row."""
    if not raw.strip() or _RULE.match(raw):
        return None
    if "|" in raw:
        body = raw.strip()
        inner = body.removeprefix("|").removesuffix("|")
        start = offset + raw.index(body) + (1 if body.startswith("|") else 0)
        return _cells("pipe", re.finditer(r"[^|]+", inner), start, [])
    if "\t" in raw:
        return _cells("tab", re.finditer(r"[^\t]+", raw), offset, [])
    matches = list(re.finditer(r"\S+(?: \S+)*", raw))
    gaps = [(a.end(), b.start()) for a, b in pairwise(matches)]
    if any(b - a < 2 for a, b in gaps) or any(len(m.group()) > _SPACED_CELL_MAX for m in matches):
        return None
    return _cells("spaces", matches, offset, gaps)


def _cells(separator: str, matches, start: int, gaps: list):
    """The cells (stripped, with their document offsets) of a row split by ``separator``."""
    cells = []
    for match in matches:
        stripped = match.group().strip()
        begin = start + match.start() + (match.group().index(stripped) if stripped else 0)
        cells.append(Cell(begin, begin + len(stripped), stripped))
    return (separator, tuple(cells), gaps) if len(cells) >= 2 else None


def _is_header(row: tuple[Cell, ...]) -> bool:
    """Whether a table's first line is its header: no cell is a value ("18,040", "3 June
    2002", "7,644 km", "1995 (left)") but a year alone ("2021"); a value among a header's
    words ("Share of total trade, 2023 (%)") is no data cell's value."""
    return not any(_is_value(cell.text) and not _is_year(cell.text) for cell in row)


def _is_year(text: str) -> bool:
    """Whether a header cell is a year alone, a footnote mark beside it or not ("2023*")."""
    return bool(_YEAR.fullmatch(_bare_year(text)))


def _bare_year(text: str) -> str:
    return text.strip().rstrip(_FOOTNOTE_MARKS).strip()


def _is_value(text: str) -> bool:
    """Whether a cell is a value: it holds one, and at most one word beside it."""
    values = find_values(text)
    for value in values:
        text = text[: value.start] + " " * (value.end - value.start) + text[value.end :]
    return bool(values) and len(re.findall(r"[A-Za-z]+", text)) <= 1


def _header_key(text: str) -> tuple[str, str, str]:
    """A header's words (lowercase; its brackets, a money unit, a possessive name and a last
    year left out), its bracket's unit ("km", "%", or a "%" after its words) and that year:
    "Share of X's total trade, 2023 (%)" is ("share of total trade", "%", "2023"); "Turnover,
    US$ million" is ("turnover", "", "")."""
    units = [_UNITS.get(b.strip().lower(), "") for b in _BRACKET.findall(text)]
    text = _UNIT_BEFORE.sub(" ", _UNIT_AFTER.sub(" ", _BRACKET.sub(" ", text)))
    if _PERCENT_AFTER.search(text):
        text, units = _PERCENT_AFTER.sub(" ", text), [*units, "%"]
    key = " ".join(text.lower().strip().rstrip(":*,").split())
    key = _POSSESSIVE.sub("", key)
    year = _LAST_YEAR.search(key)
    if year:
        key = key[: year.start()].strip()
    return key, next((u for u in units if u), ""), year.group(1) if year else ""


def _columns_named(header: str, columns: list[Column]) -> tuple[Column, ...]:
    """The lines a header names: by its words, or every "years" line for a year; an amount
    line also by its words before a "with <Name>" ("Trade turnover with X, 2023")."""
    if _is_year(header):
        return tuple(c for c in columns if c.years)
    key = _header_key(header)[0]
    named = tuple(c for c in columns if key in c.keys)
    if named or not _WITH_NAME.search(header):
        return named
    key = _header_key(_WITH_NAME.sub(" ", header))[0]
    return tuple(c for c in columns if c.amount and key in c.keys)


class Tables:
    """The tables of one document, read row by row as the sentences holding them come."""

    def __init__(self, text: str, columns: list[Column] | None = None):
        self.text = text
        self.doubts = default_tables()[1]
        self.tables = find_tables(text, columns)
        self.seen: list[Mention] = []  # the mentions met so far inside a table or its caption
        self.read: set = set()  # (table, row) indices already read

    def facts(
        self, start: int, end: int, mentions: list[Mention], known: list[Fact],
        context: ReferenceContext,
    ) -> list[Fact]:  # fmt: skip
        """The facts of the table rows the sentence [start, end) ends (those ``known``, the
        sentence's facts so far, leave unstated)."""
        if not self.tables:
            return []
        inside = [t for t in self.tables if t.start < end and start < t.end]
        self.seen += [m for m in mentions if any(t.start <= m.start < t.end for t in inside)]
        found = []
        for number, table in enumerate(self.tables):
            for index, row in enumerate(table.rows):
                if (number, index) not in self.read and row[-1].end <= end:
                    self.read.add((number, index))
                    found += self._row_facts(table, row, start, end, context)
        return [f for f in found if not any(_says_again(f, k) for k in known)]

    def _row_facts(
        self, table: Table, row: tuple[Cell, ...], start: int, end: int, context
    ) -> list[Fact]:
        """The row's facts: one per kind its columns state (one per cell of a year column)."""
        by_kind: dict[tuple, dict | None] = {}
        for index, cell in enumerate(row[1:], start=1):
            for column in table.columns[index]:
                at = _year_column(table, column, index)
                if at is None:
                    continue
                key = (column.kind, column.row, column.party, at)
                if by_kind.setdefault(key, {}) is None:
                    continue
                filled = self._cell(table, column, cell, index)
                if filled is None:  # a doubted cell: the row states nothing of this kind
                    by_kind[key] = None
                elif filled:
                    by_kind[key].setdefault(column.cell[0], []).extend(filled)
                    by_kind[key].setdefault("", []).append(column)
        facts = []
        for (_, _, _, index), roles in by_kind.items():
            if roles and roles.get("") and not all(c.share for c in roles[""]):
                used = roles.pop("")
                fact = self._fact(table, row, used, roles, (start, end), context, index)
                facts += [fact] if fact else []
        return facts

    def _fact(self, table, row, used, roles, sentence, context, index) -> Fact | None:
        """The row's fact of one kind: its first cell and the shared party fill their roles."""
        column = used[0]
        subject = self._subject(table, row[0], column)
        if subject is None or self._doubted_table(table):
            return None
        if column.kind == "membership" and any(_holds(c.text, _MEMBERSHIP_ENDED) for c in row[1:]):
            return None  # "Georgia | 1993 | left 2009": no member now
        if column.kind == "treaty-signed" and any(_holds(c.text, _UNSIGNED) for c in row[1:]):
            return None  # "| Agreement on X | — | — | A, B | draft |": signed by nobody yet
        roles[column.row[0]] = [subject]
        span = (max(sentence[0], row[0].start), min(sentence[1], row[-1].end))
        if column.party:
            party = self._party(table, column, context, span[0])
            if column.amount:
                party = self._header_party(table, column) or party
            if party is None or _same(party[0], subject[0]) or self._own_party(row, column):
                return None
            roles[column.party[0]] = [party]
        if index:
            year = table.header[index]
            text = _bare_year(year.text)
            fields = {"date": year_date(text), "count": text, "approx": False}
            roles["Y"] = [(_value_mention(year, ("Date", "Number"), fields), "Date")]
        elif column.amount:
            year = _amount_year(table, column)
            if year is None:
                return None
            roles["Y"] = [(year, "Date")]
        rule = "table:" + "+".join(dict.fromkeys(c.id for c in used))
        return Fact(rule, column.kind, roles, *span)

    def _own_party(self, row: list, column: Column) -> bool:
        """Whether a cell after the row's first names an entity of the shared party's class:
        "| Tajikistan | China | 477 |" under "State | Neighbour | Border (km)" is a pair of the
        row's own, not the caption's or the document's state with Tajikistan."""
        classes = column.party[1]
        return any(_fitting(m, classes) for cell in row[1:] for m in self._within(cell))

    def _doubted_table(self, table: Table) -> bool:
        """Whether the caption or the first column's header doubts what the rows state
        ("Observer states", "Planned summits", "Trade targets")."""
        texts = [table.header[0].text] + ([table.caption.text] if table.caption else [])
        return any(_doubts(text, self.doubts - _CAPTION_SAFE) for text in texts)

    def _within(self, cell: Cell) -> list[Mention]:
        """The mentions inside a cell (a group's members each)."""
        found = [m for m in self.seen if cell.start <= m.start and m.end <= cell.end]
        return [part for m in found for part in (m.members or [m])]

    def _cell(self, table: Table, column: Column, cell: Cell, index: int):
        """The fillers a cell gives its column's role: [] for none, None when it doubts the
        row ("1995 (expected)", "planned", "n/a")."""
        text = cell.text
        if _doubts(text, self.doubts):
            return None
        if not re.search(r"[A-Za-z0-9]", text):  # empty, "–", "—"
            return []
        classes = column.cell[1]
        if column.years:
            return self._amount(table, column, cell, index)
        if column.amount:
            return self._money(table, cell, index)
        if column.share:
            return self._share(table, cell, index)
        if set(classes) & {"Date", "Length"}:
            return self._value(table, column, cell, index)
        names = self._names(cell, classes, _LIST_WORDS)
        if not names or (column.single and len(names) > 1):
            return []
        return [(m, classes[0]) for m in names]

    def _names(
        self, cell: Cell, classes: tuple, words: frozenset, ordinals: bool = False
    ) -> list[Mention]:
        """The cell's names, each of exactly one known entity of ``classes``, when the cell
        holds nothing else but ``words`` (and ordinals: "SCO summit (15th)") (else none)."""
        names = [m for m in self._within(cell) if m.entities]
        if not names or any(len(_fitting(m, classes)) != 1 for m in names):
            return []
        rest = _blanked(self.text, cell, names)
        left = [w for w in re.findall(r"[\w'’]+", rest.lower()) if w not in words]
        if any(not (ordinals and _ORDINAL.fullmatch(w)) for w in left):
            return []
        return names

    def _value(self, table: Table, column: Column, cell: Cell, index: int):
        """A date or length cell's one value (a bare number in the header's unit of length)."""
        classes = column.cell[1]
        values = [m for m in self._within(cell) if m.value and set(m.value.kinds) & set(classes)]
        if len(values) == 1 and not re.search(r"\w", _blanked(self.text, cell, values)):
            return [(values[0], classes[0])]
        unit = _header_key(table.header[index].text)[1]
        if "Length" in classes and unit and _BARE_NUMBER.fullmatch(cell.text):
            fields = {unit: decimal_text(cell.text.replace(" ", "")), "approx": False}
            return [(_value_mention(cell, ("Length",), fields), "Length")]
        return []

    def _amount(self, table: Table, column: Column, cell: Cell, index: int):
        """A year column's cell: its bare number in the caption's money unit, when the caption
        says this line's words ("trade") and no other year line's ("investment")."""
        caption = table.caption.text if table.caption else ""
        said = [c for c in table.columns[index] if _holds(caption, c.caption_words)]
        unit = _money_unit(caption)
        if said != [column] or unit is None or not _BARE_NUMBER.fullmatch(cell.text):
            return []
        power, currency = unit
        fields = {"amount": decimal_text(cell.text.replace(" ", ""), power),
                  "currency": currency, "approx": False}  # fmt: skip
        return [(_value_mention(cell, ("Money",), fields), "Money")]

    def _money(self, table: Table, cell: Cell, index: int):
        """An amount column's cell: its bare number in the header's money unit ("Turnover, US$
        million"), else in the caption's, or one sum written out ("US$ 1.2 billion")."""
        values = [m for m in self._within(cell) if m.value and "Money" in m.value.kinds]
        if len(values) == 1 and not re.search(r"\w", _blanked(self.text, cell, values)):
            return [(values[0], "Money")]
        caption = table.caption.text if table.caption else ""
        unit = _money_unit(table.header[index].text) or _money_unit(caption)
        if unit is None or not _BARE_NUMBER.fullmatch(cell.text):
            return []
        power, currency = unit
        fields = {"amount": decimal_text(cell.text.replace(" ", ""), power),
                  "currency": currency, "approx": False}  # fmt: skip
        return [(_value_mention(cell, ("Money",), fields), "Money")]

    def _header_party(self, table: Table, column: Column):
        """An amount line's shared party as its header names it ("Türkiye's trade", "Trade
        turnover with Kazakhstan"): the one entity of the party's class there, else None."""
        header = table.header[_amount_index(table, column)]
        named = [m for m in self._within(header) if _fitting(m, column.party[1])]
        keys = {e.key for m in named for e in _fitting(m, column.party[1])}
        if len(keys) != 1 or len(_fitting(named[0], column.party[1])) != 1:
            return None
        return (named[0], column.party[1][0])

    def _share(self, table: Table, cell: Cell, index: int):
        """A share column's cell: a bare number under a header in per cent ("2023 (%)")."""
        bare = cell.text.removesuffix("%").strip()
        if _header_key(table.header[index].text)[1] != "%" or not _BARE_NUMBER.fullmatch(bare):
            return []
        fields = {"percent": bare.replace(",", ""), "approx": False}  # as the table writes it
        return [(_value_mention(cell, ("Percent",), fields), "Percent")]

    def _subject(self, table: Table, cell: Cell, column: Column):
        """The row's first cell as (mention, class): one known entity of the line's row class,
        with a "with" word ("summit") in it, its header or the caption when the line wants one."""
        classes = column.row[1]
        if _doubts(cell.text, self.doubts):
            return None
        if column.row_with:
            texts = [cell.text, table.header[0].text, table.caption.text if table.caption else ""]
            if not any(_holds(text, column.row_with) for text in texts):
                return None
        words = frozenset(["the"]) | column.row_with
        names = self._names(cell, classes, words, ordinals=bool(column.row_with))
        return (names[0], classes[0]) if len(names) == 1 else None

    def _party(self, table: Table, column: Column, context: ReferenceContext, at: int):
        """The role every row shares: the one entity of its class the caption names (after one
        of the line's "party_at" words, when it has some), else the document's state."""
        _, classes, from_document = column.party
        caption = table.caption
        named = [m for m in self._within(caption) if _fitting(m, classes)
                 and not _in_unit(caption, m)] if caption else []  # fmt: skip
        keys = {e.key for m in named for e in _fitting(m, classes)}
        if len(keys) > 1:
            return None
        if keys:
            mention = named[0]
            before = self.text[caption.start : mention.start].lower().split()
            if column.party_at and (not before or before[-1] not in column.party_at):
                return None
            return (mention, classes[0]) if len(_fitting(mention, classes)) == 1 else None
        state = context.written_from
        if not from_document or state is None or not set(classes) & set(state.kinds):
            return None
        return (Mention(at, at, state.kinds, "reference", entities=[state]), classes[0])


def _year_column(table: Table, column: Column, index: int) -> int | None:
    """The year column a cell's fact is about: its own for a year column, the one its header's
    year names for a share (None: no such column), 0 (none) for the others."""
    if column.years:
        return index
    if not column.share:
        return 0
    year = _header_key(table.header[index].text)[2]
    if not year:  # "Share of total trade, %" beside an amount column: that figure's share
        return 0 if any(c.amount for cs in table.columns for c in cs) else None
    found = [i for i, cell in enumerate(table.header) if _bare_year(cell.text) == year]
    return found[0] if found else None


def _amount_index(table: Table, column: Column) -> int:
    """The header index of an amount line's column."""
    return next(i for i, named in enumerate(table.columns) if column in named)


def _amount_year(table: Table, column: Column) -> Mention | None:
    """An amount column's year: the one its header names ("Turnover, 2023 (US$ million)"),
    else the caption's one year ("Kazakhstan's trade with partners, 2024"); none, a span of
    years or two: None."""
    header = table.header[_amount_index(table, column)]
    for cell in (header, table.caption):
        if cell is None:
            continue
        years = {
            v.fields["date"][0]: v for v in find_values(cell.text)
            if "Date" in v.kinds and v.fields["date"][1] == "xsd:gYear" and "end" not in v.fields
        }  # fmt: skip
        if len(years) == 1:
            year, value = next(iter(years.items()))
            fields = {"date": year_date(year), "count": year, "approx": False}
            spot = Cell(cell.start + value.start, cell.start + value.end, year)
            return _value_mention(spot, ("Date", "Number"), fields)
        if years:
            return None
    return None


def _in_unit(caption: Cell, mention: Mention) -> bool:
    """Whether a mention is part of the caption's money unit ("US" in "millions of US dollars")."""
    at = mention.start - caption.start
    return any(m.start() <= at < m.end() for pattern in (_UNIT_AFTER, _UNIT_BEFORE)
               for m in pattern.finditer(caption.text))  # fmt: skip


def _fitting(mention: Mention, classes: tuple) -> list:
    """The known entities a mention may name of one of ``classes``."""
    return [e for e in named_entities(mention) if e.key and set(classes) & set(e.kinds)]


def _same(one: Mention, other: Mention) -> bool:
    return bool({e.key for e in named_entities(one)} & {e.key for e in named_entities(other)})


def _blanked(text: str, cell: Cell, mentions: list[Mention]) -> str:
    """The cell's text with the mentions' characters blanked."""
    chars = list(text[cell.start : cell.end])
    for mention in mentions:
        for at in range(max(mention.start, cell.start), min(mention.end, cell.end)):
            chars[at - cell.start] = " "
    return "".join(chars)


def _holds(text: str, words: frozenset) -> bool:
    """Whether ``text`` holds one of ``words`` as a whole word (any case)."""
    low = text.lower()
    return any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", low) for w in words)


def _doubts(text: str, doubts: frozenset) -> bool:
    """Whether a cell or caption holds a doubt word ("planned", "observer", "n/a")."""
    return _holds(text, doubts)


@cache
def _money_unit(caption: str) -> tuple[int, str] | None:
    """(power of ten, ISO 4217 code) of the one money unit a caption names, or None."""
    units = set()
    for match in _UNIT_AFTER.finditer(caption):
        units.add(f"{match['currency']}1 {match['scale']}")
    for match in _UNIT_BEFORE.finditer(caption):
        units.add(f"1 {match['scale'].rstrip('s')} {match['currency']}")
    read = set()
    for probe in units:
        values = find_values(probe.replace("1 m", "1m").replace("1 k", "1k"))
        if len(values) == 1 and "Money" in values[0].kinds:
            fields = values[0].fields
            read.add((len(fields["amount"]) - 1, fields["currency"]))
    return read.pop() if len(read) == 1 else None


def _value_mention(cell: Cell, kinds: tuple, fields: dict) -> Mention:
    """A value a table states that no single stretch of text spells out ("18,040" under
    "US$ million" is 18,040,000,000 US dollars)."""
    value = Value(cell.start, cell.end, kinds, fields)
    return Mention(cell.start, cell.end, kinds, "value", value=value)


def _content(fillers: list) -> frozenset:
    """What a role's fillers name: entity keys, or a value's fields."""
    found = set()
    for mention, slot in fillers:
        if mention.value is not None and not mention.entities:
            found.add(tuple(sorted((k, str(v)) for k, v in mention.value.fields.items())))
        else:
            found |= {e.key for e in named_entities(mention) if slot in e.kinds}
    return frozenset(found)


def _says_again(fact: Fact, known: Fact) -> bool:
    """Whether an earlier stage's fact of the same kind fills every role the table's does
    with the same entities and values."""
    return known.kind == fact.kind and all(
        _content(fillers) == _content(known.roles.get(role, []))
        for role, fillers in fact.roles.items()
    )
