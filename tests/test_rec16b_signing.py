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


BUDAPEST = "budapest-memorandum"
MSA = "memorandum-on-security-assurances"
GUARANTORS = {"usa", "gbr", "rus"}


def guarantors(text: str) -> set[tuple[str, str]]:
    found = assertion_triples(text, stem="rec16b-signing")
    return {(s, o) for s, p, o in found if p == "guarantor"}


@pytest.mark.parametrize(
    ("text", "treaty", "expected"),
    [
        (
            "Kazakhstan recalls that under the Budapest Memorandum on Security Assurances, signed"
            " in Budapest on 5 December 1994, the United States, the United Kingdom and Russia"
            " undertook to respect the independence and sovereignty of our country.",
            BUDAPEST,
            GUARANTORS,
        ),
        (
            "Note: under the Memorandum on Security Assurances, Russia, the United Kingdom and the"
            " United States reaffirm their commitment to respect the independence and sovereignty"
            " of Kazakhstan.",
            MSA,
            GUARANTORS,
        ),
        (
            "Ukraine gave up its nuclear arsenal under the Budapest Memorandum on Security"
            " Assurances, signed on 5 December 1994, by which Russia, the United States and the"
            " United Kingdom guaranteed its security.",
            BUDAPEST,
            GUARANTORS,
        ),
        (
            "The assurances Kazakhstan received in the Budapest Memorandum on Security Assurances"
            " look thinner after 2014, when Russia, one of its three guarantors, annexed Crimea.",
            BUDAPEST,
            {"rus"},
        ),
    ],
)
def test_guarantors_beside_the_treaty(text, treaty, expected):
    assert {(treaty, g) for g in expected} <= guarantors(text)


@pytest.mark.parametrize(
    "text",
    [
        "Under the draft Memorandum on Security Assurances, Russia, the United Kingdom and the"
        " United States undertook to respect the independence of Kazakhstan.",
        "Under the Memorandum on Security Assurances, Russia did not undertake to respect the"
        " independence of Kazakhstan.",
        "Under the Memorandum on Security Assurances, Russia, the United Kingdom and the United"
        " States are expected to undertake to respect the independence of Kazakhstan.",
        "Under the Memorandum on Security Assurances, Russia reaffirmed its commitment to trade"
        " with Kazakhstan.",
        "Under the Memorandum on Security Assurances, Russia and Kazakhstan held talks on"
        " security.",
        "Critics alleged that under the Memorandum on Security Assurances, Russia undertook to"
        " respect the independence of Kazakhstan.",
        "The Memorandum on Security Assurances, signed on 5 December 1994, by which Russia and"
        " Kazakhstan agreed to cooperate, was praised.",
        "The Memorandum on Security Assurances, under which Russia ratified the protocol, was"
        " praised.",
        "The Memorandum on Security Assurances, by which Russia would guarantee its security, was"
        " never signed.",
        "Kazakhstan joined the Shanghai Cooperation Organisation in 2001. Russia, one of its three"
        " founders, hosted the summit.",
        "Kazakhstan values the Memorandum on Security Assurances. Russia, one of its partners,"
        " annexed Crimea.",
        "Kazakhstan joined the Shanghai Cooperation Organisation in 2001. Russia, one of its three"
        " guarantors, annexed Crimea.",
        "Kazakhstan values the Memorandum on Security Assurances. Russia, one of its three"
        " signatories, annexed Crimea.",
        "If, under the Memorandum on Security Assurances, Russia undertook to respect the"
        " independence of Kazakhstan, it would not annex Crimea.",
    ],
)
def test_look_alikes_give_no_guarantor(text):
    assert not guarantors(text)
