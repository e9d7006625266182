"""Timeline lines under a year heading, and a treaty text's signature block (brief REC16A).

A timeline often names the year once, on a line of its own, and heads each line below it with
a day and month only: "1992" / "12 February – Kazakhstan and Afghanistan establish diplomatic
relations." / "28 November – Kazakhstan joins the ECO." Such a line is a chronology line
(its historic present read as the past) and its day takes the heading's year
(layout.Layout._day_of_section). Look-alikes give no date, or nothing: no year line above (a
range of years, a month, prose between), a line with its own date of another year before it,
an impossible or doubled day, and the plans, negations, observers, talks, claims, questions
and conditionals that give nothing on any chronology line.

A treaty's own text, its title on the first line, closes with "Done at P, on D" and a line
per party, "For the Republic of X" (signature_block.py): the title's treaty was signed at P on
D by each party named below the "Done" line. Look-alikes give no signatory: a draft or
proposed text, no "Done" line or one left blank, "For" lines above it, a title that is no one
treaty alone, a sentence or a group or an observer after "For".
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


CANWFZ = "Treaty on a Nuclear-Weapon-Free Zone in Central Asia"
BODY = (
    "\n\nThe Parties to this Treaty have agreed as follows:\n\nArticle 1\nEach Party"
    " undertakes not to test nuclear weapons.\n\n"
)
DONE = "DONE at Semey, Republic of Kazakhstan, on 8 September 2006, in one original copy.\n\n"
PARTIES = "For the Republic of Kazakhstan\nFor the Kyrgyz Republic\n"
SIGNED = {"kz:signatory", "kz:signingDate", "kz:signingPlace"}


def _signing(found: list) -> set:
    """The (treaty, property, object) signing triples among ``found``."""
    return {f[1:] for f in found if f[0] == "triple" and f[2] in SIGNED}


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (CANWFZ + BODY + DONE + PARTIES, {"kaz", "kgz"}),
        (
            CANWFZ + " (excerpt)" + BODY + "Done at Semey on 8 September 2006.\n\nFor the"
            " Government of the Republic of Kazakhstan: (signature)\nFor Turkmenistan:\n",
            {"kaz", "tkm"},
        ),
    ],
)
def test_a_signature_block_signs_the_title_treaty(facts, text, parties):
    assert _signing(facts(text)) == {
        ("canwfz", "kz:signingDate", ("2006-09-08", "xsd:date")),
        ("canwfz", "kz:signingPlace", "semey"),
    } | {("canwfz", "kz:signatory", party) for party in parties}


@pytest.mark.parametrize(
    "text",
    [
        "Draft " + CANWFZ + BODY + DONE + PARTIES,
        CANWFZ + " (draft)" + BODY + DONE + PARTIES,
        CANWFZ + " (proposed text)" + BODY + DONE + PARTIES,
        CANWFZ + BODY + PARTIES,  # no "Done" line: not signed
        CANWFZ + BODY + "Done at ____________ on ____________\n\n" + PARTIES,
        "Kazakhstan and the nuclear-free zone" + BODY + DONE + PARTIES,
        "Kazakhstan ratifies the " + CANWFZ + BODY + DONE + PARTIES,
        "Treaty on the Non-Proliferation of Nuclear Weapons and the "
        + CANWFZ
        + BODY
        + DONE
        + PARTIES,
    ],
)
def test_no_signed_title_treaty_gives_nothing(facts, text):
    assert not _signing(facts(text))


@pytest.mark.parametrize(
    "text",
    [
        CANWFZ + BODY + PARTIES + "\n" + DONE,  # the "For" lines above the "Done" line
        CANWFZ + BODY + DONE + "For Kazakhstan, the treaty is a milestone.\n",
        CANWFZ + BODY + DONE + "For the Republic of Kazakhstan and the Kyrgyz Republic\n",
        CANWFZ + BODY + DONE + "For the Republic of Kazakhstan (not signed)\n",
        CANWFZ + BODY + DONE + "For the Republic of Turkey (as observer)\n",
        CANWFZ + BODY + DONE + "For the Republic of Kazakhstan the zone means security.\n",
    ],
)
def test_look_alike_party_lines_sign_nothing(facts, text):
    assert not {t for t in _signing(facts(text)) if t[1] == "kz:signatory"}
