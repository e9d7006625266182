"""Treaty signings the development sets state and the extractor missed (session 19's brief
REC19B).

A treaty register's table whose first column only numbers its rows ("| No. | Title | Place of
signature | Date of signature | Signatories | Status |"): the title column holds the rows'
treaties. Look-alikes: a first column of letters, a row whose status says the treaty is a draft,
initialled, under negotiation or awaiting signature (with or without the number column), a
caption that doubts the rows.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples

SCO_CHARTER = "charter-of-the-shanghai-cooperation-organisation"
CASPIAN = "convention-on-the-legal-status-of-the-caspian-sea"
SIGNING = ("signatory", "signingDate", "signingPlace")


def signings(text: str) -> set[tuple[str, str, str]]:
    return {t for t in assertion_triples(text, stem="rec19b-s19") if t[1] in SIGNING}


def table(caption: str, header: str, *rows: str) -> str:
    """A markdown table under its caption."""
    rule = "|" + "---|" * header.count(" | ") + "---|"
    return "\n".join([caption, header, rule, *rows])


REGISTER = "| No. | Title | Place of signature | Date of signature | Signatories | Status |"
NUMBERED = table(
    "Treaty register: search results",
    REGISTER,
    "| 1 | Charter of the Shanghai Cooperation Organisation | Saint Petersburg |"
    " 07.06.2002 | China, Kazakhstan, Russia | in force 19.09.2003 |",
    "| 2 | Convention on the Legal Status of the Caspian Sea | Aktau | 12.08.2018 | Azerbaijan,"
    " Iran, Kazakhstan | ratified; not in force (ratification by Iran pending) |",
)


def test_numbered_register_rows_are_read():
    assert signings(NUMBERED) == {
        (SCO_CHARTER, "signatory", "chn"),
        (SCO_CHARTER, "signatory", "kaz"),
        (SCO_CHARTER, "signatory", "rus"),
        (SCO_CHARTER, "signingDate", "2002-06-07"),
        (SCO_CHARTER, "signingPlace", "saint-petersburg"),
        (CASPIAN, "signatory", "aze"),
        (CASPIAN, "signatory", "irn"),
        (CASPIAN, "signatory", "kaz"),
        (CASPIAN, "signingDate", "2018-08-12"),
        (CASPIAN, "signingPlace", "aktau"),
    }


@pytest.mark.parametrize(
    "text",
    [
        table(
            "Treaties",
            "| No. | Title | Place of signature |",
            "| A | Charter of the Shanghai Cooperation Organisation | Saint Petersburg |",
            "| B | Convention on the Legal Status of the Caspian Sea | Aktau |",
        ),
        table(
            "Treaty register: search results",
            REGISTER,
            "| 1 | Charter of the Shanghai Cooperation Organisation | — | — | China, Kazakhstan |"
            " draft, under negotiation |",
            "| 2 | Convention on the Legal Status of the Caspian Sea | — | — | Iran, Russia |"
            " initialled; awaiting signature |",
        ),
        table(
            "Treaty register: search results",
            "| Title | Place of signature | Date of signature | Signatories | Status |",
            "| Charter of the Shanghai Cooperation Organisation | — | — | China, Kazakhstan |"
            " draft |",
            "| Convention on the Legal Status of the Caspian Sea | Aktau | 12.08.2018 | Iran,"
            " Russia | proposed |",
        ),
        table(
            "Treaty register: search results",
            REGISTER,
            "| 1 | Convention on the Legal Status of the Caspian Sea | Aktau | 12.08.2018 | Iran,"
            " Russia | negotiations not concluded |",
            "| 2 | Charter of the Shanghai Cooperation Organisation | Saint Petersburg | 07.06.2002"
            " | China | planned |",
        ),
        table(  # the lead's: status words of talks (FPH19 cause C)
            "Treaty register: search results",
            REGISTER,
            "| 1 | Convention on the Legal Status of the Caspian Sea | — | — | Iran, Kazakhstan |"
            " under discussion |",
            "| 2 | Charter of the Shanghai Cooperation Organisation | — | — | China, Russia |"
            " talks continue; signing envisaged |",
        ),
        table(
            "Draft treaties under negotiation (expected)",
            REGISTER,
            "| 1 | Charter of the Shanghai Cooperation Organisation | Saint Petersburg |"
            " 07.06.2002 | China, Kazakhstan | — |",
            "| 2 | Convention on the Legal Status of the Caspian Sea | Aktau | 12.08.2018 | Iran |"
            " — |",
        ),
        table(
            "Treaty register: search results",
            "| No. | Title |",
            "| 1 | Charter of the Shanghai Cooperation Organisation |",
            "| 2 | Convention on the Legal Status of the Caspian Sea |",
        ),
        table(
            "Treaty register: search results",
            "| No. | Title | Place of signature | Date of signature |",
            "| 1 | Charter of the Shanghai Cooperation Organisation | — | — |",
            "| 2 | Convention on the Legal Status of the Caspian Sea | — | — |",
        ),
        table(
            "Treaty register: search results",
            "| No. | Title | Signatories | Status |",
            "| 1 | Charter of the Shanghai Cooperation Organisation | China | unsigned |",
            "| 2 | Convention on the Legal Status of the Caspian Sea | Iran | drafted |",
        ),
        table(
            "Treaty register: search results",
            "| No. | Title | Place of signature | Date of signature | Status |",
            "| 1 | Charter of the Shanghai Cooperation Organisation | Saint Petersburg (planned) |"
            " 07.06.2002 (expected) | — |",
            "| 2 | Convention on the Legal Status of the Caspian Sea | Aktau | 12.08.2018 |"
            " initialed |",
        ),
        table(
            "Treaty register: search results",
            "| No. | Title | Place of signature | Signatories |",
            "| 1 | Charter of the Shanghai Cooperation Organisation | — | Kazakhstan (awaiting) |",
            "| 2 | Convention on the Legal Status of the Caspian Sea | — | — |",
        ),
    ],
)
def test_table_look_alikes_sign_nothing(text):
    assert signings(text) == set()


FRIENDSHIP = "treaty-on-eternal-friendship"
ALLIED = "treaty-on-allied-relations"
RIO = "rio-protocol"


def guarantees(text: str) -> set[tuple[str, str, str]]:
    return {t for t in assertion_triples(text, stem="rec19b-s19") if t[1] == "guarantor"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Treaty on Eternal Friendship, which Kazakhstan and Uzbekistan signed in Tashkent,"
            " the Uzbek capital, on 31 October 1998, remains in force.",
            {(FRIENDSHIP, "signingDate", "1998-10-31"), (FRIENDSHIP, "signingPlace", "tashkent")},
        ),
        (
            "• Treaty on Allied Relations: signed in Tashkent on 22 December 2022.",
            {(ALLIED, "signingDate", "2022-12-22"), (ALLIED, "signingPlace", "tashkent")},
        ),
    ],
)
def test_signing_dates_and_places_are_read(text, expected):
    assert expected <= signings(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Treaty on Eternal Friendship, which Kazakhstan and Uzbekistan signed in Tashkent, the"
        " Uzbek capital, took effect on 31 October 1998.",
        "The Treaty on Eternal Friendship, which Kazakhstan and Uzbekistan signed in Tashkent, the"
        " Uzbek capital, entered into force on 31 October 1998.",
        "The Treaty on Eternal Friendship, which Kazakhstan and Uzbekistan signed in Tashkent, the"
        " Uzbek capital, was ratified on 31 October 1998.",
        "The Treaty on Eternal Friendship, which Kazakhstan and Uzbekistan signed in Tashkent, the"
        " Uzbek capital, which they visited on 31 October 1998, remains in force.",
        "The Treaty on Eternal Friendship, which Kazakhstan and Uzbekistan signed in Tashkent, the"
        " Uzbek capital, on 31 October 1998 and 2 November 1998, remains in force.",
        "Kazakhstan and Uzbekistan signed the Treaty on Eternal Friendship in Tashkent, the Uzbek"
        " capital, and on 31 October 1998 ratified it.",
        "The Treaty on Eternal Friendship, which Kazakhstan and Uzbekistan signed in Tashkent, the"
        " Uzbek capital, will be ratified on 31 October 1998.",
    ],
)
def test_a_later_clause_dates_no_signing(text):
    assert not {t for t in signings(text) if t[1] == "signingDate"}


@pytest.mark.parametrize(
    "text",
    [
        "• Treaty on Allied Relations: not signed; talks in Tashkent on 22 December 2022.",
        "• Treaty on Allied Relations: to be signed in Tashkent on 22 December 2022.",
        "• Treaty on Allied Relations: signing planned in Tashkent on 22 December 2022.",
        "• Treaty on Allied Relations: initialled in Tashkent on 22 December 2022.",
        "• Treaty on Allied Relations: ratified in Tashkent on 22 December 2022.",
        "• Treaty on Allied Relations: negotiated in Tashkent on 22 December 2022.",
        "• Treaty on Allied Relations: expected to be signed in Tashkent on 22 December 2022.",
        "• Treaty on Allied Relations: signed in Tashkent on 22 December 2022 by the two"
        " companies.",
        "• Treaty on Allied Relations: signed? Not in Tashkent on 22 December 2022.",
        "Was the Treaty on Allied Relations: signed in Tashkent on 22 December 2022?",
    ],
)
def test_colon_look_alikes_sign_nothing(text):
    assert signings(text) == set()


def test_guarantee_past_the_signing_participle():
    text = (
        "The Rio Protocol, signed in Lima on 29 January 1942, was guaranteed by Argentina,"
        " Brazil, Chile and the United States."
    )
    assert guarantees(text) == {(RIO, "guarantor", s) for s in ("arg", "bra", "chl", "usa")}


@pytest.mark.parametrize(
    "text",
    [
        "The Rio Protocol, signed in Lima on 29 January 1942, was not guaranteed by Argentina,"
        " Brazil, Chile and the United States.",
        "The Rio Protocol, signed in Lima on 29 January 1942, was never guaranteed by Argentina"
        " or Brazil.",
        "The Rio Protocol, signed in Lima on 29 January 1942, was to be guaranteed by Argentina"
        " and Brazil.",
        "The Rio Protocol, signed in Lima on 29 January 1942, was guaranteed by Argentina's pledge"
        " alone.",
        "The Rio Protocol, signed in Lima on 29 January 1942, was ratified by Argentina and"
        " Brazil.",
        "The Rio Protocol, signed in Lima on 29 January 1942, and guaranteed by nobody, was"
        " ratified by Argentina and Brazil.",
        "The Rio Protocol, signed in Lima on 29 January 1942, was guaranteed, critics alleged, by"
        " Argentina and Brazil.",
        "If the Rio Protocol, signed in Lima on 29 January 1942, was guaranteed by Argentina and"
        " Brazil, why did war come?",
        "The Rio Protocol, signed in Lima on 29 January 1942, was observed by Argentina and Brazil"
        " as guarantors.",
        "The Rio Protocol, initialled in Lima on 29 January 1942, was guaranteed by Argentina and"
        " Brazil, it was said.",
    ],
)
def test_guarantee_look_alikes_give_no_guarantor(text):
    assert guarantees(text) == set()
