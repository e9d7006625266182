"""Treaty signings of brief REC17C (session 17): a signing's date before its place, a place
given by its summit, and a treaty that opens an absolute participle clause.

- "T was signed on D in P [by A and B]", "T, signed on D in P", "T, which A and B signed on D in
  P" (rules `rec17c-treaty-was-signed-date-then-place`,
  `rec17c-treaty-which-states-signed-date-then-place`);
- "T was signed [on D] at the fifth Caspian summit in P", "T was signed at the organisation's P
  summit on D by A, B and C" (`rec17c-treaty-was-signed-at-summit-in-place`,
  `rec17c-treaty-was-signed-at-place-summit`): the summit's city is the signing's place;
- "In P, A and B signed the protocol, the CST having been signed in Moscow": the CST opens a
  clause of its own, so it takes neither P nor A and B (hedge
  `hedge-rec17c-filler-opens-participle-clause`; REVIEW16 finding 8).

Look-alikes: plans, negations, initialling, ratification, negotiation, talks, drafts, questions,
conditions, firms as the signers and an unnamed treaty set beside a named one give no signing.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples

SIGNING = ("signatory", "signingDate", "signingPlace")


def signing(text: str) -> set[tuple[str, str, str]]:
    return {t for t in assertion_triples(text, stem="rec17c") if t[1] in SIGNING}


AOF = "agreement-on-forces"
CSLS = "convention-on-the-legal-status-of-the-caspian-sea"
CRRF = "agreement-on-the-collective-rapid-reaction-force"
KTB = "treaty-on-the-kyrgyz-tajik-state-border"
CST = "collective-security-treaty"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Agreement on Forces was signed on 12 August 2018 in Aktau.",
            {(AOF, "signingDate", "2018-08-12"), (AOF, "signingPlace", "aktau")},
        ),
        (
            "The Agreement on Forces, signed on 12 August 2018 in Aktau, is in force.",
            {(AOF, "signingDate", "2018-08-12"), (AOF, "signingPlace", "aktau")},
        ),
        (
            "The Agreement on Forces was signed on 5 December 1994 in Budapest by Kazakhstan,"
            " Russia and the United States.",
            {
                (AOF, "signingPlace", "budapest"),
                (AOF, "signatory", "kaz"),
                (AOF, "signatory", "usa"),
            },
        ),
        (
            "The trilateral treaty follows the Treaty on the Kyrgyz–Tajik State Border, which"
            " Kyrgyzstan and Tajikistan signed on 13 March 2025 in Bishkek, the Kyrgyz capital.",
            {
                (KTB, "signingPlace", "bishkek"),
                (KTB, "signingDate", "2025-03-13"),
                (KTB, "signatory", "kgz"),
            },
        ),
        (
            "The Convention on the Legal Status of the Caspian Sea was signed at the fifth Caspian"
            " Summit in Aktau on 12 August 2018.",
            {(CSLS, "signingDate", "2018-08-12"), (CSLS, "signingPlace", "aktau")},
        ),
        (
            "The Agreement on Forces was signed on 12 August 2018 at the fifth Caspian Summit in"
            " Aktau.",
            {(AOF, "signingDate", "2018-08-12"), (AOF, "signingPlace", "aktau")},
        ),
        (
            "The Agreement on Forces was signed at the first summit of the CSTO in Moscow on"
            " 14 June 2009.",
            {(AOF, "signingDate", "2009-06-14"), (AOF, "signingPlace", "moscow")},
        ),
        (
            "The CSTO was founded in 2002. The Agreement on the Collective Rapid Reaction Force"
            " was signed at the organisation’s Moscow summit on 14 June 2009 by Armenia,"
            " Kazakhstan, Kyrgyzstan, Russia and Tajikistan.",
            {
                (CRRF, "signingPlace", "moscow"),
                (CRRF, "signingDate", "2009-06-14"),
                (CRRF, "signatory", "arm"),
                (CRRF, "signatory", "tjk"),
            },
        ),
        (
            "The Agreement on Forces was signed at the Moscow summit of the CSTO on 14 June 2009 by"
            " Armenia and Kazakhstan.",
            {(AOF, "signingPlace", "moscow"), (AOF, "signatory", "kaz")},
        ),
    ],
)
def test_date_before_place_and_summit_places(text, expected):
    assert expected <= signing(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Agreement on Forces is expected to be signed on 14 June 2026 in Moscow.",
        "The Agreement on Forces was to be signed on 14 June 2009 in Moscow, but the ceremony was"
        " postponed.",
        "The Agreement on Forces was not signed on 14 June 2009 in Moscow.",
        "The Agreement on Forces was initialled on 14 June 2009 in Moscow.",
        "The draft Agreement on Forces was discussed on 14 June 2009 in Moscow.",
        "The Agreement on Forces will be signed at the Moscow summit on 14 June 2026.",
        "The Agreement on Forces could be signed at the next summit in Moscow.",
        "The Agreement on Forces was never signed at the Moscow summit.",
        "The Agreement on Forces was signed on 14 June 2009 in Moscow by KazMunayGas and Gazprom.",
        "The Agreement on Forces was signed on 14 June 2009 in Moscow by the two companies.",
        "Talks on the Agreement on Forces were held at the Moscow summit on 14 June 2009.",
        "The Agreement on Forces, which Kazakhstan and Russia did not sign on 14 June 2009 in"
        " Moscow, lapsed.",
        "The Agreement on Forces, which Kazakhstan and Russia plan to sign on 14 June 2026 in"
        " Moscow, is ready.",
        "Was the Agreement on Forces signed on 14 June 2009 in Moscow?",
        "If the Agreement on Forces were signed at the Moscow summit, Kazakhstan would benefit.",
        "The Agreement on Forces was ratified on 14 June 2009 in Moscow by Kazakhstan.",
        "The Agreement on Forces was negotiated at the Moscow summit on 14 June 2009 by Armenia"
        " and Kazakhstan.",
        "The Agreement on Forces was not signed at the organisation's Moscow summit on 14 June"
        " 2009 by Armenia.",
    ],
)
def test_look_alikes_give_no_signing(text):
    assert not signing(text)


def test_an_unnamed_treaty_beside_a_named_one_takes_no_place():
    found = signing(
        "The Convention on the Legal Status of the Caspian Sea, a separate treaty, was signed on"
        " 12 August 2018 in Aktau, Kazakhstan, at the fifth Caspian Summit."
    )
    assert not {t for t in found if t[1] == "signingPlace"}


@pytest.mark.parametrize(
    "text",
    [
        "In Tashkent, Kazakhstan and Uzbekistan signed the protocol, the Collective Security"
        " Treaty having been signed in Moscow.",
        "On 5 May 2000 Kazakhstan and Uzbekistan signed the protocol, the Collective Security"
        " Treaty having been signed in 1992.",
        "In Tashkent, Kazakhstan and Uzbekistan signed the Protocol on Borders, the Collective"
        " Security Treaty having been signed in Moscow.",
        "In Tashkent, Kazakhstan and Uzbekistan signed the protocol, the Collective Security"
        " Treaty being signed in Moscow a day later.",
        "In Tashkent, Kazakhstan and Uzbekistan signed the protocol, the Collective Security"
        " Treaty having entered into force in 1994.",
    ],
)
def test_a_treaty_opening_a_participle_clause_is_not_signed_by_the_main_clause(text):
    found = signing(text)
    assert not {t for t in found if t[0] == CST and t[2] in {"kaz", "uzb", "tashkent"}}
    assert not {t for t in found if t[0] == CST and t[1] == "signingDate" and "2000" in t[2]}


BSEC = "summit-declaration-on-black-sea-economic-cooperation"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same without the chronology head
        (
            "Georgia, Armenia and Azerbaijan are among the eleven states that sign the"
            " Summit Declaration on Black Sea Economic Cooperation in Istanbul.",
            {(BSEC, "signatory", "geo"), (BSEC, "signatory", "arm"), (BSEC, "signatory", "aze")},
        ),
        (
            "25.06.1992 Georgia, Armenia and Azerbaijan are among the eleven states that sign the"
            " Summit Declaration on Black Sea Economic Cooperation in Istanbul.",
            {
                (BSEC, "signatory", "geo"),
                (BSEC, "signatory", "arm"),
                (BSEC, "signatory", "aze"),
                (BSEC, "signingPlace", "istanbul"),
            },
        ),
        (
            "Georgia, Armenia and Azerbaijan were among the eleven states that signed the Summit"
            " Declaration on Black Sea Economic Cooperation in Istanbul on 25 June 1992.",
            {(BSEC, "signatory", "geo"), (BSEC, "signingDate", "1992-06-25")},
        ),
        (
            "Kazakhstan was one of the six states that signed the Collective Security Treaty in"
            " Tashkent on 15 May 1992.",
            {
                (CST, "signatory", "kaz"),
                (CST, "signingPlace", "tashkent"),
                (CST, "signingDate", "1992-05-15"),
            },
        ),
        (
            "10:02 GMT – A quick explainer: Kazakhstan was one of six states that signed the"
            " Collective Security Treaty in Tashkent on 15 May 1992, alongside Armenia, Kyrgyzstan"
            " and Russia.",
            {
                (CST, "signatory", "kaz"),
                (CST, "signatory", "arm"),
                (CST, "signatory", "kgz"),
                (CST, "signatory", "rus"),
            },
        ),
    ],
)
def test_a_state_among_the_signers(text, expected):
    assert expected <= signing(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan was one of six states that did not sign the Collective Security Treaty.",
        "Kazakhstan was one of the states that refused to sign the Collective Security Treaty.",
        "Kazakhstan is one of the states that have not signed the Collective Security Treaty.",
        "Kazakhstan is among the states that have yet to sign the Collective Security Treaty.",
        "Kazakhstan is among the states that are expected to sign the Collective Security Treaty"
        " next year.",
        "Kazakhstan is among the states that plan to sign the Collective Security Treaty.",
        "Kazakhstan was one of the states that negotiated the Collective Security Treaty.",
        "Kazakhstan is one of the partners that signed the Collective Security Treaty.",
        "Is Kazakhstan one of the states that signed the Collective Security Treaty?",
        "Kazakhstan is not one of the states that signed the Collective Security Treaty.",
        "Russia claims Kazakhstan is one of the states that signed the Collective Security Treaty.",
        "Kazakhstan was one of the states that initialled the Collective Security Treaty.",
        "Kazakhstan was one of the states that ratified the Collective Security Treaty.",
        "If Kazakhstan were among the states that signed the Collective Security Treaty, it would"
        " be bound.",
        "Kazakhstan is one of the companies that signed the Collective Security Treaty.",
    ],
)
def test_look_alikes_give_no_state_among_the_signers(text):
    assert not {t for t in signing(text) if t[1] == "signatory"}


def test_companions_must_be_states():
    found = signing(
        "Kazakhstan was one of the states that signed the Collective Security Treaty, alongside"
        " officials from Armenia."
    )
    assert (CST, "signatory", "arm") not in found


TOF = "treaty-on-friendship"
EPCA = "enhanced-partnership-and-cooperation-agreement"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Germany supported the Treaty on Friendship between Kazakhstan and Russia, which was"
            " signed in Moscow on 21 December 2015.",
            {
                (TOF, "signatory", "kaz"),
                (TOF, "signatory", "rus"),
                (TOF, "signingPlace", "moscow"),
                (TOF, "signingDate", "2015-12-21"),
            },
        ),
        (
            "Germany supported the Treaty on Friendship (TOF) between Kazakhstan and Russia, which"
            " was signed in Moscow on 21 December 2015.",
            {(TOF, "signatory", "kaz"), (TOF, "signingPlace", "moscow")},
        ),
        (
            "Germany actively supported the Enhanced Partnership and Cooperation Agreement (EPCA)"
            " between Kazakhstan and the European Union, which was signed in Astana on"
            " 21 December 2015 and entered into force on 1 March 2020.",
            {
                (EPCA, "signatory", "kaz"),
                (EPCA, "signatory", "european-union"),
                (EPCA, "signingPlace", "astana"),
                (EPCA, "signingDate", "2015-12-21"),
            },
        ),
    ],
)
def test_a_treaty_between_parties_which_was_signed(text, expected):
    assert expected <= signing(text)


@pytest.mark.parametrize(
    "text",
    [
        "Germany supported the Treaty on Friendship between Kazakhstan and Russia, which was not"
        " signed in Moscow.",
        "Germany supported the Treaty on Friendship between Kazakhstan and Russia, which was to be"
        " signed in Moscow on 21 December 2015.",
        "Germany supported the Treaty on Friendship between Kazakhstan and Russia, which was"
        " initialled in Moscow on 21 December 2015.",
        "Germany supported the Treaty on Friendship between Kazakhstan and Russia, which was"
        " discussed in Moscow on 21 December 2015.",
        "Germany supported the talks between Kazakhstan and Russia, which were signed in Moscow on"
        " 21 December 2015.",
        "Germany supported the Treaty on Friendship between KazMunayGas and Gazprom, which was"
        " signed in Moscow on 21 December 2015.",
        "Germany supported the Treaty on Friendship between Kazakhstan and Russia, which is"
        " expected to be signed in Moscow on 21 December 2025.",
        "Is the Treaty on Friendship between Kazakhstan and Russia, which was signed in Moscow,"
        " still valid?",
        "Germany supported the Treaty on Friendship between Kazakhstan and Russia, which was"
        " ratified in Moscow on 21 December 2015.",
        "Germany supported the Treaty on Friendship between Kazakhstan and Russia, which was"
        " negotiated in Moscow on 21 December 2015.",
    ],
)
def test_look_alikes_give_no_signing_between_parties(text):
    assert not signing(text)
