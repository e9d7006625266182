"""Treaty signatories from a title's parties and from counted office-holders (brief REC14B).

- A title that names its parties first, as formal texts write them ("the Agreement between the
  Republic of Kazakhstan and the Republic of Korea on X", "... between the Government of A and
  the Government of B on X"), is one treaty name (names.jsonl ``pair_first``).
- A signing the text reads of a treaty whose title names its two parties ("... between A and
  B") is signed by them (signers.title_party_signings), unless the reading names another
  signatory; a plan, a draft, a negation, an initialling or a ratification reads no signing.
- "The two|three presidents|heads of state|foreign ministers signed T", "T was signed by the
  two heads of state": the states the sentence, a title before or the sentence before names
  (references.jsonl); "the two governments" after a title of two parties are those parties.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples

KOREA_MLA = (
    "agreement-between-the-republic-of-kazakhstan-and-the-republic-of-korea-on-mutual-legal-"
    "assistance-in-criminal-matters"
)
MONGOLIA_ROADS = (
    "agreement-between-the-government-of-the-republic-of-kazakhstan-and-the-government-of-"
    "mongolia-on-international-road-transport"
)
KYRGYZ_WATER = (
    "agreement-between-the-government-of-the-republic-of-kazakhstan-and-the-government-of-the-"
    "kyrgyz-republic-on-water-use"
)
ROADS_TITLE = (
    "the Agreement between the Government of the Republic of Kazakhstan and the Government of"
    " Mongolia on International Road Transport"
)
WATER_TITLE = (
    "the Agreement between the Government of the Republic of Kazakhstan and the Government of"
    " the Kyrgyz Republic on Water Use"
)
TALKS = "Kazakhstan and Uzbekistan held talks in Tashkent. "
TRABZON = "The foreign ministers of Georgia, Azerbaijan and Turkey met in Trabzon on 8 June 2012. "
ALLIED = "treaty-on-allied-relations"


def signings(text: str, written_from: str | None = None) -> set[tuple[str, str, str]]:
    found = assertion_triples(text, stem="rec14b", written_from=written_from)
    return {t for t in found if t[1] in {"signatory", "signingDate", "signingPlace"}}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Agreement between the Republic of Kazakhstan and the Republic of Korea on Mutual"
            " Legal Assistance in Criminal Matters, signed in Seoul on 17 August 2021, is hereby"
            " ratified.",
            {
                (KOREA_MLA, "signatory", "kaz"),
                (KOREA_MLA, "signatory", "kor"),
                (KOREA_MLA, "signingDate", "2021-08-17"),
                (KOREA_MLA, "signingPlace", "seoul"),
            },
        ),
        (
            f"{ROADS_TITLE[0].upper()}{ROADS_TITLE[1:]}, signed in Ulaanbaatar on 2 November 2023,"
            " is hereby ratified.",
            {
                (MONGOLIA_ROADS, "signatory", "kaz"),
                (MONGOLIA_ROADS, "signatory", "mng"),
                (MONGOLIA_ROADS, "signingPlace", "ulaanbaatar"),
            },
        ),
        (
            "The Treaty on Allied Relations between Kazakhstan and Uzbekistan was signed in"
            " Tashkent on 22 December 2022.",
            {
                (
                    "treaty-on-allied-relations-between-kazakhstan-and-uzbekistan",
                    "signatory",
                    "kaz",
                ),
                (
                    "treaty-on-allied-relations-between-kazakhstan-and-uzbekistan",
                    "signatory",
                    "uzb",
                ),
            },
        ),
        (
            "The Agreement between Kazakhstan and the European Union on Readmission was signed in"
            " Brussels on 1 June 2009.",
            {
                (
                    "agreement-between-kazakhstan-and-the-european-union-on-readmission",
                    "signatory",
                    "european-union",
                )
            },
        ),
        (
            f"Our country values {WATER_TITLE}, which the two governments signed in Astana on 21"
            " January 2000.",
            {
                (KYRGYZ_WATER, "signatory", "kaz"),
                (KYRGYZ_WATER, "signatory", "kgz"),
                (KYRGYZ_WATER, "signingPlace", "astana"),
            },
        ),
        (
            f"{TALKS}The two heads of state signed the Treaty on Allied Relations.",
            {(ALLIED, "signatory", "kaz"), (ALLIED, "signatory", "uzb")},
        ),
        (
            "Kazakh President Kassym-Jomart Tokayev met Uzbek President Shavkat Mirziyoyev. The"
            " Treaty on Allied Relations was signed by the two heads of state in Tashkent.",
            {(ALLIED, "signatory", "kaz"), (ALLIED, "signatory", "uzb")},
        ),
        (
            f"{TRABZON}The three ministers signed the Trabzon Declaration.",
            {("trabzon-declaration", "signatory", s) for s in ("geo", "aze", "tur")},
        ),
        (
            f"{TRABZON}The Trabzon Declaration was signed by the three foreign ministers.",
            {("trabzon-declaration", "signatory", s) for s in ("geo", "aze", "tur")},
        ),
    ],
)
def test_signatories_found(text, expected):
    found = {
        (s, p, o[:10] if p == "signingDate" else o) for s, p, o in signings(text, "Kazakhstan")
    }
    assert expected <= found


@pytest.mark.parametrize(
    "text",
    [
        f"The draft {ROADS_TITLE[4:]} is expected to be signed in Ulaanbaatar next year.",
        f"{ROADS_TITLE[0].upper()}{ROADS_TITLE[1:]} has not been signed yet.",
        f"Kazakhstan and Mongolia plan to sign {ROADS_TITLE} in Ulaanbaatar in 2024.",
        f"{ROADS_TITLE[0].upper()}{ROADS_TITLE[1:]} was initialled in Astana on 3 May 2023.",
        "The Agreement between the Republic of Kazakhstan and the Republic of Korea on Mutual"
        " Legal Assistance in Criminal Matters is hereby ratified.",
        f"The talks on {ROADS_TITLE} continued in Astana on 3 May 2023.",
        f"Mongolia refused to sign {ROADS_TITLE} in 2023.",
        "If the Agreement between Kazakhstan and Mongolia on Road Transport is signed in 2024,"
        " trucks will cross freely.",
        "The Agreement between the Kazakh and Kyrgyz Governments on Water was signed in 2000.",
        f"{WATER_TITLE[0].upper()}{WATER_TITLE[1:]}, which the two governments have not yet"
        " signed, was drafted in 2000.",
        f"{TALKS}The two presidents discussed the Treaty on Allied Relations.",
        f"{TALKS}The two presidents are expected to sign the Treaty on Allied Relations.",
        f"{TALKS}The two presidents did not sign the Treaty on Allied Relations.",
        f"{TALKS}The two foreign ministers initialled the Treaty on Allied Relations.",
        f"{TALKS}The two presidents plan to sign the Treaty on Allied Relations next year.",
        f"{TALKS}If the two presidents sign the Treaty on Allied Relations next week, trade will"
        " grow.",
        f"{TALKS}The two former presidents signed the Treaty on Allied Relations.",
        "Kazakhstan, Russia and China held talks in Tashkent. The two presidents signed the"
        " Treaty on Allied Relations.",
        f"{TALKS}The three ministers signed the Treaty on Allied Relations.",
        f"{TRABZON}Only two of the three ministers signed the Trabzon Declaration.",
        "The Treaty on Allied Relations was signed by the two heads of state in Tashkent.",
    ],
)
def test_look_alikes_give_no_signatory(text):
    assert not {t for t in signings(text) if t[1] == "signatory"}


def test_another_signer_keeps_the_title_out():
    """ "T between A and B was signed by C and D": the title is not who signed there."""
    found = signings(
        "The Agreement between the Republic of Kazakhstan and the Russian Federation on Baikonur"
        " was signed by Russia and Belarus in Minsk in 2010."
    )
    assert "kaz" not in {o for _, p, o in found if p == "signatory"}


def test_a_protocol_to_a_titled_agreement_has_its_own_parties():
    found = signings(
        "Kazakhstan signed the Protocol on Amendments to the Agreement between the Republic of"
        " Kazakhstan and the Russian Federation on Baikonur in Moscow in 2010."
    )
    assert "rus" not in {o for _, p, o in found if p == "signatory"}


def test_another_state_before_the_title_keeps_the_pair_unread():
    """ "Russia welcomed the Agreement between A and B, which the two governments signed": the
    sentence names a third state, so "the two governments" are not read from the title."""
    found = signings(
        f"Russia welcomed {WATER_TITLE}, which the two governments signed in Astana on 21 January"
        " 2000."
    )
    assert not {t for t in found if t[1] == "signatory"}
