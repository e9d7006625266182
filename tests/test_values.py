"""values: dates at the text's precision, money, shares, lengths and counts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kzgraph.values import decimal_text, find_values, parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("January 3, 1992", {"date": ("1992-01-03", "xsd:date")}),
        ("5 December 1994", {"date": ("1994-12-05", "xsd:date")}),
        ("April 1994", {"date": ("1994-04", "xsd:gYearMonth")}),
        ("September, 1997", {"date": ("1997-09", "xsd:gYearMonth")}),
        ("1993", {"date": ("1993", "xsd:gYear")}),
        (
            "1 and 2 December 2010",
            {"date": ("2010-12-01", "xsd:date"), "end": ("2010-12-02", "xsd:date")},
        ),
        (
            "15–16 September 2022",
            {"date": ("2022-09-15", "xsd:date"), "end": ("2022-09-16", "xsd:date")},
        ),
    ],
)
def test_dates_keep_their_precision(text, expected):
    parsed = parse_date(text)
    assert {key: parsed[key] for key in expected} == expected


@pytest.mark.parametrize(
    ("text", "amount", "currency", "approx"),
    [
        ("$15bn", "15000000000", "USD", False),
        ("about \\$15bn", "15000000000", "USD", True),
        ("$2,046m", "2046000000", "USD", False),
        ("US$3 billion", "3000000000", "USD", False),
        ("15 billion dollars", "15000000000", "USD", False),
        ("2.8bn dollars", "2800000000", "USD", False),
        ("some €5.3 billion", "5300000000", "EUR", True),
        ("€40 billion", "40000000000", "EUR", False),
        ("EUR 40 billion", "40000000000", "EUR", False),
        ("41 billion US dollars", "41000000000", "USD", False),
        ("US$2.5 billion", "2500000000", "USD", False),
        ("USD 300 million", "300000000", "USD", False),
        ("300 million USD", "300000000", "USD", False),
        ("$1.2 trillion", "1200000000000", "USD", False),
        ("2 trillion tenge", "2000000000000", "KZT", False),
        ("KZT 2 trillion", "2000000000000", "KZT", False),
        ("₸500 billion", "500000000000", "KZT", False),
        ("£3bn", "3000000000", "GBP", False),
        ("CN¥5 billion", "5000000000", "CNY", False),
        ("RMB 10 billion", "10000000000", "CNY", False),
        ("3.2 billion yuan", "3200000000", "CNY", False),
        ("2 billion yen", "2000000000", "JPY", False),
        ("$2 bln", "2000000000", "USD", False),
        ("C$2 billion", "2000000000", "CAD", False),
        ("HK$1 billion", "1000000000", "HKD", False),
        ("5 billion Canadian dollars", "5000000000", "CAD", False),
        ("approximately 2 billion Swiss francs", "2000000000", "CHF", True),
        ("roughly €3 billion", "3000000000", "EUR", True),
        ("nearly $2 billion", "2000000000", "USD", True),
        ("almost $2 billion", "2000000000", "USD", True),
        ("approx. $4 billion", "4000000000", "USD", True),
    ],
)
def test_money_becomes_an_amount_in_units(text, amount, currency, approx):
    [value] = find_values(text)
    assert value.kinds == ("Money",)
    assert value.fields == {"amount": amount, "currency": currency, "approx": approx}
    assert (value.start, value.end) == (0, len(text))


def test_share_length_and_counts():
    text = "2.5% of trade, a 1,700 kilometers (1,100 mi) border, about 2300 staff, ten members"
    values = find_values(text)
    assert [v.kinds for v in values] == [("Percent",), ("Length",), ("Number",), ("Number",)]
    assert values[0].fields["percent"] == "2.5"
    assert values[1].fields == {"approx": False, "km": "1700", "mi": "1100"}
    assert values[2].fields == {"count": "2300", "approx": True}
    assert values[3].fields["count"] == "10"


def test_a_bare_year_can_be_a_date_or_a_number_but_a_count_is_not_a_year():
    assert find_values("in 2006")[0].kinds == ("Date", "Number")
    assert find_values("550 staff")[0].kinds == ("Number",)


def test_text_without_values_has_none():
    assert find_values("Kazakhstan and China are neighbours.") == []


@given(st.integers(min_value=0, max_value=10**12))
def test_decimal_text_reads_thousands_separators(number):
    assert decimal_text(f"{number:,}") == str(number)


def test_a_range_across_two_months_keeps_both_ends():
    [value] = find_values("held from 30 September to 2 October 2026")
    assert value.fields == {"date": ("2026-09-30", "xsd:date"), "end": ("2026-10-02", "xsd:date")}


@pytest.mark.parametrize(
    "text",
    [
        "¥500 billion",  # yen or yuan: the symbol alone does not say
        "5 billion Taiwan dollars",
        "5 million francs",
        "5 billion Belarusian roubles",
        "Mex$5 million",
        "$2–3 billion",
        "between $2bn and $3bn",
        "2 to 3 million people",
    ],
)
def test_money_whose_currency_or_amount_is_unclear_is_no_value_at_all(text):
    assert find_values(text) == []  # not even the bare numbers inside it


@pytest.mark.parametrize("symbol", ["$", "€", "£", "₸", "₽", "₹", "₩", "₺", "¥"])
@pytest.mark.parametrize(
    "form", ["{s}2–3 billion", "{s}5-6 trillion", "between {s}2bn and {s}3bn", "{s}4bn to {s}5bn"]
)
def test_a_range_is_no_amount_whatever_the_currency_symbol(symbol, form):
    assert find_values(form.format(s=symbol)) == []  # neither "{s}2" nor "3 billion" alone


@pytest.mark.parametrize("text", ["US$2–3 billion", "U.S.$2–3 billion", "CN¥7-8 billion"])
def test_a_range_after_a_prefixed_symbol_is_no_amount(text):
    assert find_values(text) == []


@pytest.mark.parametrize(
    ("text", "amount"),
    [("a $2.5-billion deal", "2500000000"), ("USD 4-billion", "4000000000"),
     ("7.5-million dollars", "7500000"), ("$1,100 million", "1100000000")],
)  # fmt: skip
def test_a_hyphen_before_the_scale_still_scales_the_amount(text, amount):
    [value] = find_values(text)
    assert (value.kinds, value.fields["amount"]) == (("Money",), amount)


@pytest.mark.parametrize(
    "text",
    ["$1,1 billion", "€2,5 bn", "1,5 billion dollars", "US$3,25 million", "1,5 million people"],
)
def test_a_decimal_comma_gives_no_amount_nor_count(text):
    assert find_values(text) == []  # not "$1" and a count of a billion


def test_a_year_before_a_hyphenated_currency_word_is_no_amount():
    [value] = find_values("in 2019-dollar terms")
    assert "Money" not in value.kinds


@pytest.mark.parametrize(
    ("text", "currency"), [("₹3 billion", "INR"), ("₩6 trillion", "KRW"), ("₺4bn", "TRY")]
)
def test_one_amount_after_any_known_symbol_is_still_an_amount(text, currency):
    [value] = find_values(text)
    assert (value.kinds, value.fields["currency"]) == (("Money",), currency)


@pytest.mark.parametrize(
    "text",
    [
        "more than 50 states",
        "over 2,000 troops",
        "at least 30 per cent",
        "up to 1,000 km",
        # nor an amount: every gold corpus leaves "more than $2 billion" out (a limit)
        "more than $5 billion",
        "over $3bn",
        "in excess of US$1.2 billion",
    ],
)
def test_a_bound_is_no_amount_count_share_or_length(text):
    assert find_values(text) == []


def test_over_before_a_year_is_time_not_a_bound():
    [value] = find_values("trade grew over 2019")
    assert value.fields["date"] == ("2019", "xsd:gYear")


def test_a_count_in_millions_is_scaled():
    [value] = find_values("2.5 million tonnes")
    assert (value.kinds, value.fields["count"]) == (("Number",), "2500000")


def _dates(text):
    return [(text[v.start : v.end], v.fields) for v in find_values(text) if "Date" in v.kinds]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "June 13–14, 2019",
            {"date": ("2019-06-13", "xsd:date"), "end": ("2019-06-14", "xsd:date")},
        ),
        ("13th June 2019", {"date": ("2019-06-13", "xsd:date")}),
        ("the 5th of June 2019", {"date": ("2019-06-05", "xsd:date")}),
        ("Dec. 5, 1994", {"date": ("1994-12-05", "xsd:date")}),
        ("5 Dec 1994", {"date": ("1994-12-05", "xsd:date")}),
        ("Sept. 2006", {"date": ("2006-09", "xsd:gYearMonth")}),
        ("2019-06-13", {"date": ("2019-06-13", "xsd:date")}),
        ("from 1994 to 1998", {"date": ("1994", "xsd:gYear"), "end": ("1998", "xsd:gYear")}),
        ("1994–1998", {"date": ("1994", "xsd:gYear"), "end": ("1998", "xsd:gYear")}),
        ("1992–95", {"date": ("1992", "xsd:gYear"), "end": ("1995", "xsd:gYear")}),
        ("between 1994 and 1998", {"date": ("1994", "xsd:gYear"), "end": ("1998", "xsd:gYear")}),
        ("early 2005", {"date": ("2005", "xsd:gYear")}),  # the year, no invented month
    ],
)
def test_more_date_forms(text, expected):
    [(_, fields)] = _dates(text)
    assert {key: fields[key] for key in fields if key in ("date", "end")} == expected


def test_a_day_and_month_take_the_one_year_named_before_them_in_the_sentence():
    text = "Its 2019 summit was held in Bishkek on 13–14 June, and a forum on 2 July."
    assert _dates(text)[1:] == [
        ("13–14 June", {"date": ("2019-06-13", "xsd:date"), "end": ("2019-06-14", "xsd:date")}),
        ("2 July", {"date": ("2019-07-02", "xsd:date")}),
    ]
    [(_, fields)] = _dates("The 2019 summit opened on June 13.")[1:]
    assert fields == {"date": ("2019-06-13", "xsd:date")}


@pytest.mark.parametrize(
    "text",
    [
        "The summit was held on 13–14 June.",  # no year at all
        "In 2018 it agreed that its 2019 summit would be on 13–14 June.",  # which year?
        "On 13 June, it met.",
    ],
)
def test_a_day_and_month_without_one_year_before_them_is_no_date_nor_count(text):
    day = text.index("13")
    assert not [v for v in find_values(text) if v.start <= day < v.end]


@pytest.mark.parametrize(
    "text",
    [
        "mid-1990s", "the late 1990s", "the 1990's", "the 2010s", "in 2019/20", "c. 1995",
        "circa 1995", "around 1995", "31 February 2020", "14–13 June 2019", "1999–00",
    ],
)  # fmt: skip
def test_forms_that_state_no_exact_date_give_none(text):
    assert _dates(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1,212 km", {"km": "1212"}),
        ("a border (1,212 km) long", {"km": "1212"}),
        ("the 7,644-kilometre pipeline", {"km": "7644"}),
        ("a 1,212-km border", {"km": "1212"}),
        ("the 1,212 km-long border", {"km": "1212"}),
        ("1 212 km", {"km": "1212"}),
        ("7\u202f644 km", {"km": "7644"}),
        ("4,750 miles (7,644 km)", {"mi": "4750", "km": "7644"}),
        ("a 1,312-km (815-mile) border", {"km": "1312", "mi": "815"}),
    ],
)
def test_length_forms(text, expected):
    [value] = find_values(text)
    assert value.kinds == ("Length",)
    assert {key: value.fields[key] for key in ("km", "mi") if key in value.fields} == expected


@pytest.mark.parametrize(
    "text",
    [
        "1,700 km²", "1,700 km2", "1,700 sq km", "2,000 square kilometres", "2,000 square miles",
        "500 hectares", "120 km/h", "200 nautical miles", "a 200-nautical-mile zone",
        "1,200–1,300 km",
    ],
)  # fmt: skip
def test_an_area_speed_sea_distance_or_range_is_no_length_nor_count(text):
    assert find_values(text) == []


def test_a_day_and_month_listed_with_a_full_date_take_its_year():
    # "on 3 March and 9 October 2014": the list shares the closing date's year
    dates = [v.fields["date"] for v in find_values("admitted on 3 March and 9 October 2014")]
    assert dates == [("2014-03-03", "xsd:date"), ("2014-10-09", "xsd:date")]
    dates = [v.fields["date"] for v in find_values("on 3 March, 5 May or 9 October 2014")]
    assert dates[-2:] == [("2014-05-05", "xsd:date"), ("2014-10-09", "xsd:date")]


def test_a_day_and_month_before_something_else_take_no_year_from_it():
    # a clause in between, or a year alone, is no list of dates
    assert [v.fields["date"] for v in find_values("on 3 March and in May 2014")] == [
        ("2014-05", "xsd:gYearMonth")
    ]
    assert all(v.fields.get("date") != ("2014-03-03", "xsd:date")
               for v in find_values("on 3 March, and in 2014 again"))  # fmt: skip
