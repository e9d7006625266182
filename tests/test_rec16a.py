"""Timeline lines under a year heading (brief REC16A; the signature block's cases are in
tests/test_signature_block.py).

A timeline often names the year once, on a line of its own, and heads each line below it with
a day and month only: "1992" / "12 February – Kazakhstan and Afghanistan establish diplomatic
relations." / "28 November – Kazakhstan joins the ECO." Such a line is a chronology line
(its historic present read as the past) and its day takes the heading's year
(layout.Layout._day_of_section). Look-alikes give no date, or nothing: no year line above (a
range of years, a month, prose between), a line with its own date of another year before it,
an impossible or doubled day, and the plans, negations, observers, talks, claims, questions
and conditionals that give nothing on any chronology line.
"""

from __future__ import annotations

import pytest

ECO = "economic-cooperation-organization"
SCO = "shanghai-cooperation-organisation"
JOINS = "Kazakhstan joins the Economic Cooperation Organization."


def _membership(found: list, member: str = "kaz") -> list:
    """The Membership nodes of ``member`` in the ECO among ``found``."""
    return [
        f for f in found
        if f[0] == "node" and f[1] == "kz:Membership"
        and f[2].get("kz:member") == [member] and f[2].get("kz:organisation") == [ECO]
    ]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        f"Key dates\n\n1992\n28 November – {JOINS}\n",
        f"Key dates\n\n1992\n\nNovember 28 – {JOINS}\n",
        f"Key dates\n\n1992\n• 28 November – {JOINS}\n",
        f"Key dates\n\n1992\n12 February – Kazakhstan and Afghanistan establish diplomatic"
        f" relations.\n28 November – {JOINS}\n",
    ],
)
def test_a_day_takes_the_year_above_it(facts, text):
    nodes = _membership(facts(text))
    assert [n[2].get("kz:startDate") for n in nodes] == [[("1992-11-28", "xsd:date")]]


def test_the_rules_read_the_dated_day(facts):
    found = facts(
        "Key dates\n\n1992\n12 February – Kazakhstan and Afghanistan establish diplomatic"
        " relations.\n"
    )
    assert ("triple", "afg", "kz:hasDiplomaticRelationsWith", "kaz") in found
    dates = [f[2].get("kz:date") for f in found if f[1] == "kz:DiplomaticRelationsEstablishment"]
    assert dates == [[("1992-02-12", "xsd:date")]]


def test_a_range_of_days_dates_a_summit(facts):
    found = facts(
        "Key dates\n\n2024\n3–4 July – The Shanghai Cooperation Organisation holds its summit"
        " in Astana.\n"
    )
    summits = [f[2] for f in found if f[1] == "kz:Summit" and f[2]["kz:organisation"] == [SCO]]
    assert [(s.get("kz:startDate"), s.get("kz:endDate")) for s in summits] == [
        ([("2024-07-03", "xsd:date")], [("2024-07-04", "xsd:date")])
    ]


@pytest.mark.parametrize(
    "text",
    [
        f"Key dates\n\n28 November – {JOINS}\n",  # no year line
        f"Key dates\n\n1992–1995\n28 November – {JOINS}\n",  # a range of years
        f"Key dates\n\nMarch 1992\n28 November – {JOINS}\n",  # a month
        f"Key dates\n\n1992\nA year of change for the region.\n28 November – {JOINS}\n",
        # a line of another year's own date ends the year's section
        f"Key dates\n\n1992\n3 May 1993 – Kyrgyzstan joins the CSTO.\n28 November – {JOINS}\n",
        f"Key dates\n\n1992\n30 February – {JOINS}\n",  # no such day
        f"Key dates\n\n1992\n12 May, 14 June – {JOINS}\n",  # which day is not said
        f"Key dates\n\n1992\n{JOINS[:-1]} on 28 November.\n",  # no chronology line
    ],
)
def test_no_year_above_gives_no_date(facts, text):
    assert all(not n[2].get("kz:startDate") for n in _membership(facts(text)))


@pytest.mark.parametrize(
    "line",
    [
        "Kazakhstan plans to join the Economic Cooperation Organization.",
        "Kazakhstan is expected to join the Economic Cooperation Organization.",
        "Kazakhstan does not join the Economic Cooperation Organization.",
        "Kazakhstan becomes an observer of the Economic Cooperation Organization.",
        "Talks on Kazakhstan's membership of the Economic Cooperation Organization begin.",
        "Russia claims that Kazakhstan joined the Economic Cooperation Organization.",
        "Kazakhstan leaves the Economic Cooperation Organization.",
        "Will Kazakhstan join the Economic Cooperation Organization?",
        "If Kazakhstan joined the Economic Cooperation Organization, trade would grow.",
        "Kazakhstan and Afghanistan agree to establish diplomatic relations.",
    ],
)
def test_look_alikes_under_a_year_give_nothing(facts, line):
    found = facts(f"Key dates\n\n1992\n28 November – {line}\n")
    assert not _membership(found)
    assert not [f for f in found if f[1] in ("kz:memberOf", "kz:hasDiplomaticRelationsWith")]
