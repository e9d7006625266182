"""A signing as a noun, a field's operator and a treaty's title, read only where they hold
(brief FIX15E, REVIEW15 finding 10).

Signings: "the signing of the T in P on D by A and B" states a signing only where the sentence
tells it took place: the object of a verb of witnessing or recalling ("noted|recalled|witnessed
the signing ..."), a resolution's opener ("Welcoming|Noting [also] the signing ..."), or the
subject of "took place". Sought, discussed, demanded, agreed, urged, proposed, hoped for,
insisted on, blocked, prospective signings give nothing. Fields: "F: operated by C from D to D"
(or "in D-D", "until D") names a former operator, no develops. Titles: a weekday or "on <date>"
after a treaty's name ends it ("signed the Treaty on Allied Relations on Thursday").
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples

SIGNING = ("signatory", "signingDate", "signingPlace")
FIELD = ("develops",)
FRIENDSHIP = "treaty-on-eternal-friendship"
TAIL = (
    " the signing of the Treaty on Eternal Friendship in Astana on 5 May 2024 by Russia and"
    " Uzbekistan."
)


def found(text: str, props: tuple[str, ...]) -> set[tuple[str, str, str]]:
    return {t for t in assertion_triples(text, stem="fix15e") if t[1] in props}


@pytest.mark.parametrize(
    "opener",
    [
        "The ministers noted",
        "The ministers recalled",
        "Tokayev witnessed",
        "Noting",
        "Welcoming",
        "Recalling",
    ],
)
def test_witnessed_signings_are_read(opener):
    assert {(FRIENDSHIP, "signatory", "rus"), (FRIENDSHIP, "signatory", "uzb")} <= found(
        opener + TAIL, SIGNING
    )


def test_a_signing_that_took_place_is_read():
    text = (
        "The signing of the Treaty on Eternal Friendship in Astana on 5 May 2024 by Russia and"
        " Uzbekistan took place in the presence of the press."
    )
    assert (FRIENDSHIP, "signatory", "rus") in found(text, SIGNING)


@pytest.mark.parametrize(
    "opener",
    [
        "Kazakhstan sought",
        "Kazakhstan discussed",
        "Kazakhstan demanded",
        "The sides agreed to",
        "Kazakhstan welcomed the prospect of",
        "Kazakhstan urged",
        "Kazakhstan proposed",
        "Kazakhstan hoped for",
        "Kazakhstan insisted on",
        "Kazakhstan blocked",
        "Kazakhstan requested",
        "Kazakhstan wants",
        "Nobody remembers",
        "Kazakhstan did not witness",
        "Kazakhstan considered",
    ],
)
def test_signing_look_alikes_give_nothing(opener):
    assert not found(opener + TAIL, SIGNING)


@pytest.mark.parametrize(
    "text",
    [
        "Kashagan field: operated by Eni from 2001 to 2008.",
        "Kashagan field: operated by Eni until 2008.",
        "Kashagan field: operated by Eni in 1998-2001.",
        "Kashagan field: operated by Eni between 2001 and 2008.",
        "Kashagan field – developed by Eni from 2001 until 2008.",
        "Kashagan field – operated by Eni till 2008.",
        "Kashagan field: operated by Eni during 2001-2008.",
        "Kashagan field – developed by Eni in 2001–2008.",
        "Kashagan field: operated by Eni from 2001 to 2008, then by NCOC.",
        "Kashagan field: developed by Eni between 1998 and 2001.",
    ],
)
def test_former_operators_give_nothing(text):
    assert not {t for t in found(text, FIELD) if t[0] == "eni"}


@pytest.mark.parametrize(
    "text",
    [
        "Kashagan field: operated by Eni since 2001.",
        "Kashagan field – developed by Eni.",
    ],
)
def test_present_operators_are_read(text):
    assert ("eni", "develops", "kashagan-oil-field") in found(text, FIELD)


@pytest.mark.parametrize(
    "tail",
    [
        "on Thursday",
        "on Monday",
        "on Friday in Moscow",
        "on Tuesday, officials said",
        "on Wednesday evening",
        "on Saturday",
        "on Sunday",
        "on 5 May 2024",
        "on 5 May",
        "on May 5, 2024",
        "on 5 May in Astana",
    ],
)
def test_a_weekday_or_date_ends_a_treaty_title(tail):
    text = f"Kazakhstan and Russia signed the Treaty on Allied Relations {tail}."
    titles = {t[0] for t in found(text, ("signatory",))}
    assert titles == {"treaty-on-allied-relations"}
