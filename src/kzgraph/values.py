"""Find and parse values: dates (at the text's precision), money, shares, lengths, counts.

Each value is a ``Value`` whose ``kinds`` say which relation slots it can fill (a bare year such
as "2006" is both a Date and a Number) and whose ``fields`` hold typed lexical forms.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from decimal import Decimal

from kzgraph import lexicon

MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
         ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
         ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
         ("december", "dec")],
        start=1,
    )
    for name in names
}  # fmt: skip

#: Counts written as words ("ten member states").
NUMBER_WORDS = {
    word: number for number, word in enumerate(lexicon.phrases("number-words-from-two"), start=2)
}
#: The months' full names, as one alternation.
MONTH_NAMES = (
    r"January|February|March|April|May|June|July|August|September|October|November|December"
)
#: A month's full name or its abbreviation ("Jan", "Sept"), no full stop.
MONTH_WORD = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_MONTH = (
    rf"(?P<month>{MONTH_NAMES}"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)"
)
_ORDINAL = r"(?:st|nd|rd|th)?"
_DAY_RANGE = r"(?P<d1>\d{1,2})" + _ORDINAL + r"\s*(?:and|-|–|to)\s*(?P<d2>\d{1,2})" + _ORDINAL
_YEAR_LIKE = r"(?:1[89]|20)\d\d"
#: Estimates: the figure is stated as approximate ("about $15bn", "c. 1995").
_ESTIMATES = (
    r"about|some|nearly|around|approximately|approx\.|almost|roughly|close to|an estimated"
    r"|estimated|circa|c\.|ca\."
)
#: Bounds: the figure is a limit, not the amount ("more than $5bn", "over 50 states"): no value
#: at all, so no figure or count is asserted. "over"/"under" before a year are time ("over
#: 2019"), not bounds.
_BOUNDS = (
    r"more than|less than|fewer than|up to|upwards of|in excess of|at least|at most"
    r"|(?:just |well )?(?:over|under)(?!\s+(?:1[89]|20)\d\d\b)"
)
_ESTIMATE_OR_BOUND = rf"(?P<approx>\b(?:{_ESTIMATES})\s+|(?P<bound>\b(?:{_BOUNDS})\s+)|~\s?)"
_APPROX = _ESTIMATE_OR_BOUND + "?"
#: FIG22: words that belittle a sum without making it approximate ("only $11 million", "a
#: meagre €310 million"): part of the money's value, so a rule's verb reaches the sum.
_PLAIN = lexicon.alternation("fig22-money-plain-qualifiers")
_MONEY_APPROX = rf"(?:{_ESTIMATE_OR_BOUND}|\b(?:{_PLAIN})\s+)?"
_YEAR = r",?\s+(?P<year>\d{4})\b"
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
#: A length's number may group thousands with spaces ("1 212 km", "7\u202f644 km").
_LENGTH_NUMBER = r"\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d,.])|" + _NUMBER
_LENGTH_UNIT = lexicon.alternation("length-units")
_SCALE = {
    "k": 3, "thousand": 3, "m": 6, "mn": 6, "mln": 6, "million": 6,
    "bn": 9, "b": 9, "bln": 9, "billion": 9, "tn": 12, "trln": 12, "trillion": 12,
}  # fmt: skip
_SCALES = lexicon.alternation("scale-words")
#: A currency symbol alone, or with the letters before it ("US$", "C$", "CN¥"); None: the
#: symbol alone does not say which currency ("¥" is yen or yuan), so the figure is no value.
_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "₸": "KZT", "₽": "RUB", "₹": "INR",
            "₩": "KRW", "₺": "TRY", "¥": None}  # fmt: skip
#: The symbols, for a character class built from _SYMBOLS, so that every form that reads a
#: symbol (an amount, a range of amounts) knows the same ones.
_SYMBOL_CHARS = re.escape("".join(_SYMBOLS))
#: Letters a symbol may carry before it ("US$", "C$", "U.S.$"; _PREFIXED_SYMBOLS says which).
_SYMBOL_PREFIX = r"[A-Z]{1,3}|U\.S\."
_PREFIXED_SYMBOLS = {"US$": "USD", "U.S.$": "USD", "C$": "CAD", "CA$": "CAD", "A$": "AUD",
                     "AU$": "AUD", "NZ$": "NZD", "HK$": "HKD", "S$": "SGD", "R$": "BRL",
                     "CN¥": "CNY", "RMB¥": "CNY", "JP¥": "JPY"}  # fmt: skip
_CODES = {code: code for code in ("USD", "EUR", "GBP", "KZT", "CNY", "RUB", "JPY", "CHF",
                                  "INR", "KRW", "TRY", "AED", "SAR")} | {"RMB": "CNY"}  # fmt: skip
#: Currency names, by what stands before the word ("Canadian dollars"); a name missing here
#: ("Taiwan dollars", "Belarusian roubles", "francs") says no currency kzgraph can be sure of.
_CURRENCY_NAMES = {
    "dollar": "USD", "us dollar": "USD", "u.s. dollar": "USD", "american dollar": "USD",
    "canadian dollar": "CAD", "australian dollar": "AUD", "hong kong dollar": "HKD",
    "singapore dollar": "SGD", "new zealand dollar": "NZD", "euro": "EUR", "tenge": "KZT",
    "kazakh tenge": "KZT", "kazakhstani tenge": "KZT", "yuan": "CNY", "chinese yuan": "CNY",
    "renminbi": "CNY", "chinese renminbi": "CNY", "rouble": "RUB", "ruble": "RUB",
    "russian rouble": "RUB", "russian ruble": "RUB", "yen": "JPY", "japanese yen": "JPY",
    "pounds sterling": "GBP", "swiss franc": "CHF",
}  # fmt: skip
_CURRENCY_ADJECTIVE = r"(?:(?P<adjective>US|U\.S\.|[A-Z][a-z]+(?: [A-Z][a-z]+)?)\s+)?"
_CURRENCY_WORD = (
    r"(?P<unit>dollars?|euros?|tenge|yuan|renminbi|roubles?|rubles?|yen"
    r"|pounds sterling|francs?|" + "|".join(_CODES) + r")\b"
)

#: A symbol, with its letters, before either end of a range ("₹2–3 billion", "US$2bn to US$3bn").
_RANGE_SYMBOL = rf"(?:(?:{_SYMBOL_PREFIX})?\\?[{_SYMBOL_CHARS}])?"

_PATTERNS: list[tuple[str, re.Pattern]] = [
    # "31 August to 1 September 2025": a range across two months of one year
    ("date_range_months", re.compile(
        r"\b(?P<d1>\d{1,2})" + _ORDINAL + r"\s+" + _MONTH.replace("<month>", "<month1>")
        + r"\s*(?:-|–|to|until)\s*(?P<d2>\d{1,2})" + _ORDINAL + r"\s+" + _MONTH + _YEAR)),
    ("date_range", re.compile(r"\b" + _DAY_RANGE + r"\s+" + _MONTH + _YEAR)),
    ("date_range_mdy", re.compile(r"\b" + _MONTH + r"\s+" + _DAY_RANGE + _YEAR)),
    ("date_dmy", re.compile(
        r"\b(?P<day>\d{1,2})" + _ORDINAL + r"(?:\s+of)?\s+" + _MONTH + r",?\s+(?P<year>\d{4})\b")),
    ("date_mdy", re.compile(r"\b" + _MONTH + r"\s+(?P<day>\d{1,2})" + _ORDINAL + _YEAR)),
    ("date_my", re.compile(r"\b" + _MONTH + r",?\s+(?P<year>\d{4})\b")),
    ("date_iso", re.compile(r"\b(?P<year>\d{4})-(?P<number>\d\d)-(?P<day>\d\d)\b")),
    # "14.02.1994", "02–04.04.2008": day, month and year with dots, the day first (as the
    # region's texts and European ones write them; American texts write slashes)
    ("date_dotted", re.compile(
        r"(?<![\d.])(?:(?P<d1>\d{1,2})\s?[–-]\s?(?P<d2>\d{1,2})|(?P<day>\d{1,2}))"
        r"\.(?P<month>\d{1,2})\.(?P<year>\d{4})\b(?!\.\d)")),
    # "1994–1998", "1992–95", "from 1994 to 1998", "between 1994 and 1998": start and end
    ("date_years", re.compile(
        r"\b(?P<y1>" + _YEAR_LIKE + r")(?:\s*[-–—]\s*(?P<y2>(?:1[89]|20)?\d\d)"
        r"|\s+(?:to|until)\s+(?P<y3>" + _YEAR_LIKE + r"))\b(?![.,]\d|%)")),
    ("date_years", re.compile(
        r"(?<=\bbetween\s)(?P<y1>" + _YEAR_LIKE + r")\s+and\s+(?P<y3>" + _YEAR_LIKE + r")\b")),
    # a day and month without a year: dated only by the one year named before it
    ("yearless_range", re.compile(r"\b" + _DAY_RANGE + r"\s+" + _MONTH + r"\b")),
    ("yearless_range", re.compile(r"\b" + _MONTH + r"\s+" + _DAY_RANGE + r"\b(?![.,]\d)")),
    ("yearless", re.compile(
        r"\b(?P<day>\d{1,2})" + _ORDINAL + r"(?:\s+of)?\s+" + _MONTH + r"\b")),
    ("yearless", re.compile(r"\b" + _MONTH + r"\s+(?P<day>\d{1,2})" + _ORDINAL + r"\b(?![.,]\d)")),
    # no date: a decade ("the 1990's") or a fiscal year ("2019/20")
    ("no_date", re.compile(r"\b(?:1[89]|20)\d0['’]s\b|\b" + _YEAR_LIKE + r"/\d\d")),
    ("money_symbol", re.compile(
        _MONEY_APPROX + rf"(?<![\w{_SYMBOL_CHARS}])(?P<prefix>{_SYMBOL_PREFIX})?\\?"
        rf"(?P<symbol>[{_SYMBOL_CHARS}])\s?(?P<num>{_NUMBER})(?:[\s-]?(?P<scale>{_SCALES})\b)?")),
    ("money_code", re.compile(
        _MONEY_APPROX + r"\b(?P<code>" + "|".join(_CODES) + r")\s?(?P<num>" + _NUMBER
        + r")(?:[\s-]?(?P<scale>" + _SCALES + r")\b)?")),
    ("money_words", re.compile(
        _MONEY_APPROX + r"\b(?P<num>" + _NUMBER + r")(?:[\s-]?(?P<scale>" + _SCALES + r")\s+|\s?)"
        + _CURRENCY_ADJECTIVE + _CURRENCY_WORD)),
    # "$2–3 billion", "between $2bn and $3bn": a range of money is no one amount
    ("money_range", re.compile(
        r"(?:\bbetween\s+)?" + _RANGE_SYMBOL + r"(?:" + _NUMBER + r")\s?(?:" + _SCALES
        + r")?\s*(?:-|–|to|and)\s*" + _RANGE_SYMBOL + r"(?:" + _NUMBER + r")\s?(?:" + _SCALES
        + r")\b(?:\s+(?:[A-Z][a-z]+\s+)?" + _CURRENCY_WORD + r")?")),
    # "$1,1 billion", "1,5 billion dollars": a decimal comma, so no amount kzgraph can be sure of
    ("money_unclear", re.compile(
        rf"(?:(?:{_SYMBOL_PREFIX})?\\?[{_SYMBOL_CHARS}]\s?\d{{1,3}},\d{{1,2}}(?!\d)"
        rf"|\b\d{{1,3}},\d{{1,2}}(?=\s?(?:{_SCALES})\b))(?:\s?(?:{_SCALES})\b)?")),
    ("percent", re.compile(_APPROX + r"\b(?P<num>\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b)")),
    ("length", re.compile(
        _APPROX + r"\b(?P<num>" + _LENGTH_NUMBER + r")[\s-]?(?P<unit>" + _LENGTH_UNIT + r")\b"
        r"(?:\s*\((?P<num2>" + _LENGTH_NUMBER + r")[\s-]?(?P<unit2>" + _LENGTH_UNIT + r")\))?")),
    # an area, a speed, a sea distance or a range of lengths is no length
    ("no_length", re.compile(
        r"\b(?:" + _LENGTH_NUMBER + r")(?:\s*(?:-|–|to)\s*(?:" + _LENGTH_NUMBER + r"))?[\s-]?"
        r"(?:(?:sq\.?\s?|square[\s-])(?:kilomet\w+|km|miles?|mi)\b|(?:km|mi)(?:²|2\b)"
        r"|hectares?\b|ha\b|acres?\b|nautical[\s-]miles?\b"
        r"|(?:km|kilomet\w+|mi|miles?)\s?(?:/\s?h\b|per hour\b|an hour\b)|mph\b)")),
    ("no_length", re.compile(
        r"\b(?:" + _LENGTH_NUMBER + r")\s*(?:-|–|to)\s*(?:" + _LENGTH_NUMBER + r")[\s-]?(?:"
        + _LENGTH_UNIT + r")\b")),
    ("number_word", re.compile(r"\b(?P<word>" + "|".join(NUMBER_WORDS) + r")\b(?=\s+[a-z])")),
    ("number", re.compile(_APPROX + r"(?<![\w.,$])(?P<num>" + _NUMBER + r")(?![\w%]|[.,]\d)"
                          r"(?:\s(?P<scale>thousand|million|billion|trillion)\b)?")),
]  # fmt: skip


def date_shape(kind: str) -> str:
    """The regular expression of one of the date shapes ``find_values`` reads, its named groups
    made plain, for a larger pattern of another module (sentences' chronology heads read a line
    headed by an ISO or a dotted day with the shapes read here).

    >>> re.fullmatch(date_shape("date_dotted"), "02–04.04.2008") is not None
    True
    """
    source = dict(_PATTERNS)[kind].pattern
    return re.sub(r"\(\?P<\w+>", "(?:", source)


#: Every pattern but the number words needs a digit (what _DIGIT finds): a text without one is
#: only tried with those, each pattern keeping its priority, its place in _PATTERNS (25 patterns
#: tried on every sentence were a fifth of the mention stage).
_DIGIT = re.compile(r"\d")
_WITH_DIGITS = tuple(enumerate(_PATTERNS))
_WITHOUT_DIGITS = tuple((i, entry) for i, entry in _WITH_DIGITS if entry[0] == "number_word")


@dataclass(frozen=True)
class Value:
    """A value found at [start, end) of a sentence; ``kinds`` are the slot types it can fill."""

    start: int
    end: int
    kinds: tuple[str, ...]
    fields: dict = field(default_factory=dict, hash=False, compare=False)


def decimal_text(number: str, power: int = 0) -> str:
    """A plain decimal string for ``number`` times 10**power, commas dropped.

    >>> decimal_text("2,046", 6)
    '2046000000'
    >>> decimal_text("2.5")
    '2.5'
    """
    value = Decimal(re.sub(r"[,\s]", "", number)).scaleb(power)
    text = format(value.normalize(), "f")
    return text


def year_date(year: str) -> tuple[str, str]:
    """A year at year precision.

    >>> year_date("1993")
    ('1993', 'xsd:gYear')
    """
    return (year, "xsd:gYear")


def _date(year: str, month: str | None = None, day: str | None = None) -> tuple[str, str]:
    """(lexical, xsd type) at the precision given; ValueError for a day the month lacks."""
    if month is None:
        return year_date(year)
    number = int(month) if month.isdigit() else MONTHS[month.lower().rstrip(".")]
    if day is None:
        return (f"{year}-{number:02d}", "xsd:gYearMonth")
    return (datetime.date(int(year), number, int(day)).isoformat(), "xsd:date")


def parse_date(text: str) -> dict | None:
    """Parse a date expression into {"date": ..., "end": ...?} at the text's precision.

    >>> parse_date("January 3, 1992")
    {'date': ('1992-01-03', 'xsd:date')}
    >>> parse_date("September, 1997")
    {'date': ('1997-09', 'xsd:gYearMonth')}
    >>> parse_date("1 and 2 December 2010")
    {'date': ('2010-12-01', 'xsd:date'), 'end': ('2010-12-02', 'xsd:date')}
    """
    for value in find_values(text):
        if "Date" in value.kinds and value.start == 0 and value.end == len(text):
            return value.fields
    return None


#: What a blocking form gives: no value, though it still claims its characters, so that
#: the numbers inside it ("¥500 billion", "$2–3 billion") are not read as counts either.
NO_VALUE: tuple[tuple[str, ...], dict] = ((), {})
#: Forms that are never a value: what they state is not one exact amount or date.
_BLOCKING = frozenset(["money_range", "money_unclear", "no_date", "no_length"])


def _fields(kind: str, match: re.Match) -> tuple[tuple[str, ...], dict] | None:
    """The slot kinds and typed fields of one regex match (NO_VALUE: a form that is none)."""
    group = match.groupdict()
    approx = bool(group.get("approx"))
    if kind in _BLOCKING or group.get("bound"):
        return NO_VALUE  # "more than 50 states" states no count, "over $25 billion" no amount
    if kind.startswith("date_"):
        fields = _date_fields(kind, group)
        return NO_VALUE if fields is None else (("Date",), fields)
    if kind.startswith("yearless"):
        return ("Yearless",), {key: group.get(key) for key in ("month", "day", "d1", "d2")}
    if kind.startswith("money"):
        fields = _money_fields(group, approx)
        return NO_VALUE if fields is None else (("Money",), fields)
    if kind == "percent":
        return ("Percent",), {"percent": decimal_text(group["num"]), "approx": approx}
    if kind == "length":
        return ("Length",), _length_fields(group, approx)
    if kind == "number_word":
        return ("Number",), {"count": str(NUMBER_WORDS[group["word"]]), "approx": False}
    return _number_fields(group, approx)


def _date_fields(kind: str, group: dict) -> dict | None:
    """{"date": ..., "end": ...?} of a date match; None when it names no real date or range."""
    try:
        if kind == "date_years":
            return _year_range(group["y1"], group.get("y2"), group.get("y3"))
        if kind == "date_iso":
            return {"date": _date(group["year"], group["number"], group["day"])}
        if not group.get("d1"):
            return {"date": _date(group["year"], group["month"], group.get("day"))}
        start = _date(group["year"], group.get("month1") or group["month"], group["d1"])
        end = _date(group["year"], group["month"], group["d2"])
    except ValueError:
        return None  # "31 February", "2019-13-01"
    return {"date": start, "end": end} if start[0] < end[0] else None


def _year_range(first: str, short_last: str | None, last: str | None) -> dict | None:
    """Start and end years of "1994–1998", "1992–95" or "1994 to 1998" (None if not rising)."""
    last = last or (first[:2] + short_last if len(short_last) == 2 else short_last)
    if last <= first:
        return None
    return {"date": year_date(first), "end": year_date(last)}


def _money_fields(group: dict, approx: bool) -> dict | None:
    """Amount in units, ISO 4217 currency and approximation; None when the currency is unclear."""
    currency = _currency(group)
    if currency is None:
        return None
    scale = _SCALE.get((group.get("scale") or "").lower(), 0)
    return {"amount": decimal_text(group["num"], scale), "currency": currency, "approx": approx}


def _currency(group: dict) -> str | None:
    """The ISO 4217 code a money match names ("US$", "€", "EUR", "Canadian dollars")."""
    if group.get("code"):
        return _CODES[group["code"]]
    if group.get("symbol"):
        prefix, symbol = group.get("prefix"), group["symbol"]
        return _PREFIXED_SYMBOLS.get(prefix + symbol) if prefix else _SYMBOLS[symbol]
    unit = group["unit"]
    if unit in _CODES:
        return _CODES[unit]
    word = unit.lower() if unit == "pounds sterling" else unit.lower().removesuffix("s")
    adjective = (group.get("adjective") or "").lower()
    return _CURRENCY_NAMES.get(f"{adjective} {word}".strip())


def _length_fields(group: dict, approx: bool) -> dict:
    fields: dict = {"approx": approx}
    for number_key, unit_key in (("num", "unit"), ("num2", "unit2")):
        if group.get(number_key):
            unit = "mi" if group[unit_key].startswith("mi") else "km"
            fields[unit] = decimal_text(group[number_key])
    return fields


def _number_fields(group: dict, approx: bool):
    number, scale = group["num"], _SCALE.get(group.get("scale") or "", 0)
    fields: dict = {"count": decimal_text(number, scale), "approx": approx}
    kinds: tuple[str, ...] = ("Number",)
    if re.fullmatch(r"1[89]\d\d|20\d\d", number) and not approx and not scale:
        kinds = ("Date", "Number")
        fields["date"] = year_date(number)
    if not re.fullmatch(r"\d+", fields["count"]):
        kinds = ("Decimal",)
    return kinds, fields


#: FIG22: a footnote's superscript number right after a figure ("in 2023¹"): no part of it.
_FOOTNOTE_MARK = re.compile(r"(?<=\d)[¹²³⁴⁵⁶⁷⁸⁹⁰]+")


def find_values(text: str, written: datetime.date | None = None) -> list[Value]:
    """All values in ``text``, leftmost-longest, non-overlapping; a day without a year that no
    date before it in ``text`` dates lies in the year of ``written`` (the date the document
    was written on), if that day is not after it.

    >>> [(v.kinds, v.fields) for v in find_values("about \\\\$15bn")]
    [(('Money',), {'amount': '15000000000', 'currency': 'USD', 'approx': True})]
    >>> find_values("1,700 kilometers (1,100 mi)")[0].fields
    {'approx': False, 'km': '1700', 'mi': '1100'}
    """
    patterns = _WITH_DIGITS if _DIGIT.search(text) else _WITHOUT_DIGITS
    text = _FOOTNOTE_MARK.sub(lambda mark: " " * len(mark.group()), text)
    values = _with_years(leftmost_longest(text, patterns), text, written)
    values = [value for value in values if value.kinds]
    return _relative_years(values, text, written)


#: RELYEAR21: "last year", "the previous year" (a year before the document's date) and "this
#: year" (its year), whole words; "next year", "in recent years", "the past five years" are none.
_RELATIVE_YEAR = re.compile(
    r"\b(?:(?P<last>" + lexicon.alternation("relyear21-last-year-phrases") + r")|"
    r"(?P<this>" + lexicon.alternation("relyear21-this-year-phrases") + r"))\b",
    re.IGNORECASE,
)


def _relative_years(values: list[Value], text: str, written: datetime.date | None) -> list[Value]:
    """``values`` with "last year" and "this year" read as the year before, and the year of,
    ``written`` (the date the document gives itself) as one Date at year precision, where the
    text gives that date and the sentence names no other date (whose year the phrase may be
    told against: "In 2019 trade grew on the previous year") and says it once."""
    if written is None or any("Date" in value.kinds for value in values):
        return values
    found = list(_RELATIVE_YEAR.finditer(text))
    if len(found) != 1:
        return values
    match = found[0]
    if any(v.start < match.end() and match.start() < v.end for v in values):
        return values
    year = year_date(str(written.year - (1 if match.group("last") else 0)))
    relative = Value(match.start(), match.end(), ("Date",), {"date": year})
    return sorted([*values, relative], key=lambda value: value.start)


def leftmost_longest(text: str, patterns) -> list[Value]:
    """The values ``patterns`` ((priority, (kind, pattern)) pairs) find in ``text``, leftmost
    first, the longest at a start, ties to the lower priority; none overlapping."""
    candidates = []
    for priority, (kind, pattern) in patterns:
        for match in pattern.finditer(text):
            parsed = _fields(kind, match)
            if parsed is not None:
                candidates.append((match.start(), -match.end(), priority, match.end(), parsed))
    values, taken_until = [], -1
    for start, _, _, end, (kinds, fields) in sorted(candidates):
        if start >= taken_until:
            values.append(Value(start, end, kinds, fields))
            taken_until = end
    return values


def _with_years(
    values: list[Value], text: str, written: datetime.date | None = None
) -> list[Value]:
    """``values`` (in order, not overlapping) with each day and month without a year dated by
    the years of the dates before it (only dates that had a year of their own count), or by
    the full date it is listed with ("on 2 January and 12 August 2015"), or else by the year
    ``written`` (a story of 12 June 2024 telling "arrived on 11 June")."""
    years: set[str] = set()
    dated = []
    for index, value in enumerate(values):
        if value.kinds == ("Yearless",):
            listed = _listed_with(value, values[index + 1 : index + 2], text)
            if listed or years or written is None:
                value = _dated(value, {listed} if listed else years)
            else:
                value = _dated_before(value, written)
        elif "Date" in value.kinds and not (written and _in_relative_aside(text, value)):
            years.update(value.fields[key][0][:4] for key in ("date", "end") if key in value.fields)
        dated.append(value)
    return dated


#: REC21V: the words that open a relative clause set off by commas, whose date is its own event's
_RELATIVE_OPENERS = lexicon.words("rec21v-relative-aside-openers")


def _in_relative_aside(text: str, value: Value) -> bool:
    """Whether the date ``value``, a full day, lies in a relative clause set off by commas (",
    which established relations on 28 January 1992,"): that day is the clause's own event, and
    lends no year to a later day without one ("... during the visit to Astana on 12 June"),
    which the story's own date then dates. A year in such a clause may frame the sentence
    ("Morocco, which co-founded the OIC in 1969, hosted its first summit on Sept. 22–25 that
    year") and still lends its year.

    >>> text = "Korea, which established relations on 28 January 1992, hosted him on 12 June."
    >>> [v.fields["date"][0] for v in find_values(text, datetime.date(2024, 7, 1))]
    ['1992-01-28', '2024-06-12']
    """
    if value.fields.get("date", ("", ""))[1] != "xsd:date" or "end" in value.fields:
        return False
    opening, closing = text.rfind(",", 0, value.start), text.find(",", value.end)
    words = text[opening + 1 : value.start].split()
    return opening >= 0 and closing >= 0 and bool(words) and words[0].lower() in _RELATIVE_OPENERS


#: A gapped clause between a day without a year and the full date of the next name's fact:
#: "joined on 2 January and Kyrgyzstan on 12 August 2015" (one to four capitalised words).
#: Read on the raw text, before any name is found, so "the" may open any name: the year is
#: lent alike when the subject is left out ("and the Kyrgyz Republic on D") and when the
#: verb's subject is ("joined the CIS on D1 and the WTO on D2"). syntax_fillers.
#: _after_gapped_name, which decides what the second date dates on the parse, passes "the"
#: only before a state's name (an object's own date is the dependency reading's); the two
#: cannot share one test, as this one runs before mentions exist.
_GAPPED_NAME = re.compile(r",?\s*and\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,4}on")


def _listed_with(value: Value, following: list[Value], text: str) -> str | None:
    """The year of the full date right after a yearless one in a list ("2 January and 12
    August 2015", "3, 5 or 9 May 2019" read pairwise), or after a gapped clause with a name of
    its own when the day comes first in that year ("A joined on 2 January and B on 12 August
    2015"; not "on 21 December and B on 30 November 2015": another year), else None."""
    if not following or following[0].kinds != ("Date",) or "date" not in following[0].fields:
        return None
    between = text[value.end : following[0].start].strip()
    gapped = _GAPPED_NAME.fullmatch(between) is not None
    if between not in ("and", "or", ",", ", and", ", or") and not gapped:
        return None
    lexical, datatype = following[0].fields["date"]
    if datatype != "xsd:date":
        return None
    if gapped and _dated(value, {lexical[:4]}).fields.get("date", (lexical,))[0] >= lexical:
        return None
    return lexical[:4]


def day_in_year(text: str, year: str) -> Value | None:
    """The one day or range of days without a year in ``text`` ("25 September", "3–4 July")
    dated in ``year`` (a timeline's section: "1992" above "25 September – ..."); None when
    ``text`` holds none, several, or any date of its own.

    >>> day_in_year("3–4 July – ", "2024").fields
    {'date': ('2024-07-03', 'xsd:date'), 'end': ('2024-07-04', 'xsd:date')}
    """
    found = [v for v in leftmost_longest(text, _WITH_DIGITS) if v.kinds]
    if len(found) != 1 or found[0].kinds != ("Yearless",):
        return None
    dated = _dated(found[0], {year})
    return dated if dated.kinds else None


def days_in_year(text: str, year: str) -> list[Value]:
    """Each day or range of days without a year in ``text`` dated in ``year`` (a timeline's
    section: "1992" above "28 November – A joins O on 3 December").

    >>> [v.fields["date"][0] for v in days_in_year("signs on 3 December; 5 May", "1992")]
    ['1992-12-03', '1992-05-05']
    """
    found = [v for v in leftmost_longest(text, _WITH_DIGITS) if v.kinds == ("Yearless",)]
    return [dated for dated in (_dated(v, {year}) for v in found) if dated.kinds]


def _dated_before(value: Value, written: datetime.date) -> Value:
    """A day (or range of days) without a year dated in the year of ``written``, if it does not
    begin after that date (a later day may be a plan, or last year's); else no value."""
    dated = _dated(value, {str(written.year)})
    if not dated.kinds or dated.fields["date"][0] > written.isoformat():
        return Value(value.start, value.end, *NO_VALUE)
    return dated


def _dated(value: Value, years: set[str]) -> Value:
    """A day and month without a year, dated by the one year the dates before it name ("Its
    2019 summit ... on 13–14 June"); with none or several such years, no value (NO_VALUE)."""
    if len(years) != 1:
        return Value(value.start, value.end, *NO_VALUE)
    group = dict(value.fields, year=next(iter(years)))
    fields = _date_fields("date_range" if group["d1"] else "date_dmy", group)
    if fields is None:
        return Value(value.start, value.end, *NO_VALUE)
    return Value(value.start, value.end, ("Date",), fields)
