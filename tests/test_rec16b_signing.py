"""Treaty signings with a place fronted before the signers, and a dateline's weekday between the
signers and their verb (brief REC16B, session 16).

- "In P[, on D], A and B signed T [on D]", opening the sentence or after a chronology line's or
  list item's dash ("D – In P, A and B sign T", "2.5 – In P on D, A, B and C signed T");
- "On D[,] [here] in P, A and B signed T"; "On D, at the fifth summit in P, A, B and C signed T";
  a state and an international organisation as the signers too;
- "ASTANA, May 4, 2017 (Reuters) – A, B and C on Thursday signed T": the weekday is the
  dateline's day (mentions._weekday_mentions), the signing's date.

Look-alikes: plans ("are expected to", "were to", "could"), negations, initialling,
negotiations, talks, ratification, a contract, the guest book, a draft discussed, a condition,
a claim, and a place whose comma is followed by someone else ("officials said") give no
signing, or no place.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples

SIGNING = ("signatory", "signingDate", "signingPlace")


def signing(text: str) -> set[tuple[str, str, str]]:
    return {t for t in assertion_triples(text, stem="rec16b-signing") if t[1] in SIGNING}


CSTO = "collective-security-treaty"
TGN = "treaty-on-good-neighbourliness"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In Tashkent, Kazakhstan and Uzbekistan signed the Collective Security Treaty on"
            " 15 May 1992.",
            {(CSTO, "signingPlace", "tashkent"), (CSTO, "signingDate", "1992-05-15")},
        ),
        (
            "15 May 1992 – In Tashkent, Kazakhstan and Uzbekistan sign the Collective Security"
            " Treaty.",
            {(CSTO, "signingPlace", "tashkent"), (CSTO, "signatory", "uzb")},
        ),
        (
            "2.5 – In Tashkent on 15 May 1992, Armenia, Kazakhstan and Russia signed the"
            " Collective Security Treaty.",
            {(CSTO, "signingPlace", "tashkent"), (CSTO, "signingDate", "1992-05-15")},
        ),
        (
            "On 15 May 1992 in Tashkent, Armenia, Kazakhstan and Russia signed the Collective"
            " Security Treaty.",
            {(CSTO, "signingPlace", "tashkent"), (CSTO, "signingDate", "1992-05-15")},
        ),
        (
            "On 15 May 1992, here in Tashkent, Armenia, Kazakhstan and Russia signed the"
            " Collective Security Treaty.",
            {(CSTO, "signingPlace", "tashkent"), (CSTO, "signingDate", "1992-05-15")},
        ),
        (
            "On 15 May 1992, at the CIS summit in Tashkent, Armenia, Kazakhstan and Russia signed"
            " the Collective Security Treaty.",
            {(CSTO, "signingPlace", "tashkent"), (CSTO, "signingDate", "1992-05-15")},
        ),
        (
            "On 27 August 2015 in Astana, Kazakhstan and the International Atomic Energy Agency"
            " signed the Treaty on Good-Neighbourliness.",
            {(TGN, "signingPlace", "astana"), (TGN, "signingDate", "2015-08-27")},
        ),
        (
            "27 July 2015 – In Geneva, Kazakhstan and the World Trade Organization sign the"
            " Treaty on Good-Neighbourliness.",
            {(TGN, "signingPlace", "geneva"), (TGN, "signatory", "wto")},
        ),
        (
            "TASHKENT, 22 December 2022 (Reuters) – Kazakhstan and Uzbekistan on Thursday signed"
            " the Treaty on Good-Neighbourliness, raising ties to the highest level.",
            {
                (TGN, "signatory", "kaz"),
                (TGN, "signatory", "uzb"),
                (TGN, "signingDate", "2022-12-22"),
            },
        ),
    ],
)
def test_fronted_place_and_weekday_signings(text, expected):
    assert expected <= signing(text)


@pytest.mark.parametrize(
    "text",
    [
        "In Astana, Kazakhstan and China are expected to sign the Treaty on Good-Neighbourliness"
        " on 5 May 2025.",
        "In Astana, Kazakhstan and China did not sign the Treaty on Good-Neighbourliness.",
        "In Astana, Kazakhstan and China initialled the Treaty on Good-Neighbourliness on"
        " 5 May 2015.",
        "On 5 May 2015 in Astana, Kazakhstan and China negotiated the Treaty on"
        " Good-Neighbourliness.",
        "On 5 May 2015 in Astana, Kazakhstan and China held talks on the Treaty on"
        " Good-Neighbourliness.",
        "In Astana, Kazakhstan and China refused to sign the Treaty on Good-Neighbourliness.",
        "Kazakhstan and China on Thursday ratified the Treaty on Good-Neighbourliness.",
        "Kazakhstan and China on Thursday initialled the Treaty on Good-Neighbourliness.",
        "On 5 May 2015 in Astana, Kazakhstan and China signed a contract with CNPC.",
        "In Astana, Kazakhstan and China were to sign the Treaty on Good-Neighbourliness, but the"
        " signing was postponed.",
        "In Moscow on 5 May 2015, the draft Treaty on Good-Neighbourliness was discussed by"
        " Kazakhstan and Russia.",
        "Kazakhstan and China on Thursday discussed the Treaty on Good-Neighbourliness.",
        "In Astana, Kazakhstan and China could sign the Treaty on Good-Neighbourliness next year.",
        "Kazakhstan and China on Thursday did not sign the Treaty on Good-Neighbourliness.",
        "On 5 May 2015, at the summit in Astana, Kazakhstan and China agreed to draft the Treaty"
        " on Good-Neighbourliness.",
        "In Astana, Kazakhstan and the European Union are to sign the Treaty on"
        " Good-Neighbourliness next year.",
        "BEIJING, 29 June 2015 (Kazinform) – Kazakhstan on Monday signed the guest book at the"
        " Great Hall of the People.",
        "On 5 May 2015 in Astana, Kazakhstan and China had not yet signed the Treaty on"
        " Good-Neighbourliness.",
        "If, in Astana, Kazakhstan and China signed the Treaty on Good-Neighbourliness, trade"
        " would grow.",
    ],
)
def test_look_alikes_give_no_signing(text):
    assert not signing(text)


def test_a_place_before_someone_else_is_no_signing_place():
    found = signing(
        "In Astana, officials said that Kazakhstan and China had signed the Treaty on"
        " Good-Neighbourliness."
    )
    assert not {t for t in found if t[1] == "signingPlace"}
