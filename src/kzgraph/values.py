"""Find and parse values: dates (at the text's precision), money, shares, lengths, counts.

Each value is a ``Value`` whose ``kinds`` say which relation slots it can fill (a bare year such
as "2006" is both a Date and a Number) and whose ``fields`` hold typed lexical forms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

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
    word: number
    for number, word in enumerate(
        [
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
        ],
        start=2,
    )
}
_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October"
    r"|November|December)"
)
#: Estimates: the figure is stated as approximate ("about $15bn", "c. 1995").
_ESTIMATES = (
    r"about|some|nearly|around|approximately|approx\.|almost|roughly|close to|an estimated"
    r"|estimated|circa|c\.|ca\."
)
#: Bounds: the figure is a limit, not the amount ("more than $5bn", "over 50 states"). Money
#: keeps it as approximate; a count, share or length is then no value at all. "over"/"under"
#: before a year are time ("over 2019"), not bounds.
_BOUNDS = (
    r"more than|less than|fewer than|up to|upwards of|in excess of|at least|at most"
    r"|(?:just |well )?(?:over|under)(?!\s+(?:1[89]|20)\d\d\b)"
)
_APPROX = rf"(?P<approx>(?:\b(?:{_ESTIMATES}|{_BOUNDS})\s+|~\s?))?"
_YEAR = r",?\s+(?P<year>\d{4})\b"
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = {
    "k": 3, "thousand": 3, "m": 6, "mn": 6, "mln": 6, "million": 6,
    "bn": 9, "b": 9, "bln": 9, "billion": 9, "tn": 12, "trln": 12, "trillion": 12,
}  # fmt: skip
_SCALES = r"billion|million|thousand|trillion|bn|bln|mn|mln|tn|trln|m|k"
#: A currency symbol alone, or with the letters before it ("US$", "C$", "CN¥"); None: the
#: symbol alone does not say which currency ("¥" is yen or yuan), so the figure is no value.
_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "₸": "KZT", "₽": "RUB", "₹": "INR",
            "₩": "KRW", "₺": "TRY", "¥": None}  # fmt: skip
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
_CURRENCY_WORD = r"(?P<unit>dollars?|euros?|tenge|yuan|renminbi|roubles?|rubles?|yen" \
    r"|pounds sterling|francs?|" + "|".join(_CODES) + r")\b"

_PATTERNS: list[tuple[str, re.Pattern]] = [
    # "31 August to 1 September 2025": a range across two months of one year
    ("date_range_months", re.compile(
        r"\b(?P<d1>\d{1,2})\s+" + _MONTH.replace("<month>", "<month1>")
        + r"\s*(?:-|–|to|until)\s*(?P<d2>\d{1,2})\s+" + _MONTH + _YEAR)),
    ("date_range", re.compile(
        r"\b(?P<d1>\d{1,2})\s*(?:and|-|–|to)\s*(?P<d2>\d{1,2})\s+" + _MONTH + _YEAR)),
    ("date_dmy", re.compile(r"\b(?P<day>\d{1,2})\s+" + _MONTH + r",?\s+(?P<year>\d{4})\b")),
    ("date_mdy", re.compile(r"\b" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?" + _YEAR)),
    ("date_my", re.compile(r"\b" + _MONTH + r",?\s+(?P<year>\d{4})\b")),
    ("money_symbol", re.compile(
        _APPROX + r"(?<![\w$€£¥])(?P<prefix>[A-Z]{1,3}|U\.S\.)?\\?(?P<symbol>[$€£¥₸₽₹₩₺])\s?"
        r"(?P<num>" + _NUMBER + r")(?:\s?(?P<scale>" + _SCALES + r")\b)?")),
    ("money_code", re.compile(
        _APPROX + r"\b(?P<code>" + "|".join(_CODES) + r")\s?(?P<num>" + _NUMBER
        + r")(?:\s?(?P<scale>" + _SCALES + r")\b)?")),
    ("money_words", re.compile(
        _APPROX + r"\b(?P<num>" + _NUMBER + r")\s?(?:(?P<scale>" + _SCALES + r")\s+)?"
        + _CURRENCY_ADJECTIVE + _CURRENCY_WORD)),
    # "$2–3 billion", "between $2bn and $3bn": a range of money is no one amount
    ("money_range", re.compile(
        r"(?:\bbetween\s+)?(?:[A-Z]{0,3}[$€£¥₸₽])?" + r"(?:" + _NUMBER + r")\s?(?:" + _SCALES
        + r")?\s*(?:-|–|to|and)\s*(?:[A-Z]{0,3}[$€£¥₸₽])?(?:" + _NUMBER + r")\s?(?:" + _SCALES
        + r")\b(?:\s+(?:[A-Z][a-z]+\s+)?" + _CURRENCY_WORD + r")?")),
    ("percent", re.compile(_APPROX + r"\b(?P<num>\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b)")),
    ("length", re.compile(
        _APPROX + r"\b(?P<num>" + _NUMBER
        + r")[\s-]?(?P<unit>kilometers|kilometres|kilometer|kilometre|km|miles|mile|mi)\b"
        r"(?:\s*\((?P<num2>" + _NUMBER + r")\s?(?P<unit2>kilometers|kilometres|km|miles|mi)\))?")),
    ("number_word", re.compile(r"\b(?P<word>" + "|".join(NUMBER_WORDS) + r")\b(?=\s+[a-z])")),
    ("number", re.compile(_APPROX + r"(?<![\w.,$])(?P<num>" + _NUMBER + r")(?![\w%]|[.,]\d)"
                          r"(?:\s(?P<scale>thousand|million|billion|trillion)\b)?")),
]  # fmt: skip


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
    value = Decimal(number.replace(",", "")).scaleb(power)
    text = format(value.normalize(), "f")
    return text


def year_date(year: str) -> tuple[str, str]:
    """A year at year precision.

    >>> year_date("1993")
    ('1993', 'xsd:gYear')
    """
    return (year, "xsd:gYear")


def _date(year: str, month: str | None = None, day: str | None = None) -> tuple[str, str]:
    if month is None:
        return year_date(year)
    number = MONTHS[month.lower()]
    if day is None:
        return (f"{year}-{number:02d}", "xsd:gYearMonth")
    return (f"{year}-{number:02d}-{int(day):02d}", "xsd:date")


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
_BLOCKING = frozenset(["money_range"])
_BOUND = re.compile(rf"(?:{_BOUNDS})\s*")


def _fields(kind: str, match: re.Match) -> tuple[tuple[str, ...], dict] | None:
    """The slot kinds and typed fields of one regex match (NO_VALUE: a form that is none)."""
    group = match.groupdict()
    approx = bool(group.get("approx"))
    bound = approx and _BOUND.fullmatch(group["approx"]) is not None
    if kind in _BLOCKING or (bound and not kind.startswith("money")):
        return NO_VALUE  # "more than 50 states" states no count
    if kind.startswith("date_"):
        return ("Date",), _date_fields(kind, group)
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


def _date_fields(kind: str, group: dict) -> dict:
    """{"date": ..., "end": ...?} of a date match."""
    if kind == "date_range":
        start = _date(group["year"], group["month"], group["d1"])
        return {"date": start, "end": _date(group["year"], group["month"], group["d2"])}
    if kind == "date_range_months":
        start = _date(group["year"], group["month1"], group["d1"])
        return {"date": start, "end": _date(group["year"], group["month"], group["d2"])}
    return {"date": _date(group["year"], group["month"], group.get("day"))}


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


def find_values(text: str) -> list[Value]:
    """All values in ``text``, leftmost-longest, non-overlapping.

    >>> [(v.kinds, v.fields) for v in find_values("about \\\\$15bn")]
    [(('Money',), {'amount': '15000000000', 'currency': 'USD', 'approx': True})]
    >>> find_values("1,700 kilometers (1,100 mi)")[0].fields
    {'approx': False, 'km': '1700', 'mi': '1100'}
    """
    candidates = []
    for priority, (kind, pattern) in enumerate(_PATTERNS):
        for match in pattern.finditer(text):
            parsed = _fields(kind, match)
            if parsed is not None:
                candidates.append((match.start(), -match.end(), priority, match.end(), parsed))
    values, taken_until = [], -1
    for start, _, _, end, (kinds, fields) in sorted(candidates):
        if start >= taken_until:
            values.append(Value(start, end, kinds, fields))
            taken_until = end
    return [value for value in values if value.kinds]
