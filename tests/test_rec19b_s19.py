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
