"""Treaty titles that run on through "between A and B" (session 21's brief NAMES21).

A title-cased treaty name "<Head> on|of X between A and B", A and B states or international
organisations the gazetteer knows, one written with "the" as formal titles write them ("the
Republic of X", "the European Union"), names the treaty with its parties whatever word
"between" follows: "The Treaty on Enhanced Strategic Partnership between Hungary and the
Republic of Kazakhstan was signed ...". "between Kazakhstan and Turkey" keeps the shorter name
(the golds disagree on it). A sentence's "The" opens no title (the formal-party reading
"between the Republic of A and ..." held only after a lowercase word). Look-alikes keep their
reading: "between Kazakhstan and Turkey", "between them", "signed between A and B" after a
comma, a lowercase "agreement signed between", "the Enhanced Partnership and Cooperation
Agreement between A and B" (the title opens before the "and"), a negation and a plan.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples, named_cases


def signings(text: str) -> set[tuple[str, str, str]]:
    found = assertion_triples(text, stem="names21-s21")
    return {t for t in found if t[1] in ("signatory", "signingPlace")}


EU = "joint-declaration-on-strategic-partnership-between-kazakhstan-and-the-european-union"
HUNGARY = "treaty-on-enhanced-strategic-partnership-between-hungary-and-the-republic-of-kazakhstan"
INDIA = (
    "joint-declaration-on-strategic-partnership-between-the-republic-of-kazakhstan-and-the-"
    "republic-of-india"
)

READ = {
    "joint-declaration-between-state-and-organisation": (
        "5 February 2009 – President Nursultan Nazarbayev pays a state visit to Spain, and the "
        "Joint Declaration on Strategic Partnership between Kazakhstan and the European Union is "
        "signed in Madrid.",
        {(EU, "signatory", "kaz"), (EU, "signatory", "european-union"),
         (EU, "signingPlace", "madrid")},
    ),
    "sentence-the-before-title": (
        "The Treaty on Enhanced Strategic Partnership between Hungary and the Republic of "
        "Kazakhstan was signed by the two countries in Astana on 5 October 2021.",
        {(HUNGARY, "signatory", "hun"), (HUNGARY, "signatory", "kaz"),
         (HUNGARY, "signingPlace", "astana")},
    ),
    "joint-declaration-formal-parties": (
        "The Joint Declaration on Strategic Partnership between the Republic of Kazakhstan and "
        "the Republic of India was signed at New Delhi on 24 January 2009.",
        {(INDIA, "signatory", "ind"), (INDIA, "signatory", "kaz"),
         (INDIA, "signingPlace", "new-delhi")},
    ),
}  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), named_cases(READ))
def test_title_runs_on_through_between(text, expected):
    assert expected <= signings(text)


FRIENDSHIP = "treaty-on-friendship"

KEPT = {
    "between-them": (
        "Kazakhstan and Russia signed the Treaty on Friendship between them in Moscow in 1992.",
        FRIENDSHIP,
    ),
    "participle-after-comma": (
        "The Treaty on Friendship, signed between Kazakhstan and Russia in Moscow in 1998, "
        "remains in force.",
        None,
    ),
    "parties-without-the": (
        "The Joint Declaration on Enhanced Strategic Partnership between Kazakhstan and Turkey "
        "was signed in Ankara on 10 May 2022.",
        "joint-declaration-on-enhanced-strategic-partnership",
    ),
    "title-opens-before-and": (
        "The Enhanced Partnership and Cooperation Agreement between the European Union and "
        "Kazakhstan was signed in Astana on 21 December 2015.",
        "enhanced-partnership-and-cooperation-agreement",
    ),
}


@pytest.mark.parametrize(("text", "treaty"), named_cases(KEPT))
def test_look_alikes_keep_their_reading(text, treaty):
    subjects = {s for s, _, _ in signings(text)}
    assert not any("between" in s for s in subjects)
    if treaty is not None:
        assert treaty in subjects


NONE = {
    "lowercase-agreement-signed-between": (
        "The agreement signed between Kazakhstan and Russia in Moscow in 1998 remains in force."
    ),
    "negation": (
        "The Joint Declaration on Strategic Partnership between Kazakhstan and Spain was not "
        "signed in Madrid."
    ),
    "plan": (
        "The Joint Declaration on Strategic Partnership between Kazakhstan and Spain will be "
        "signed in Madrid next year."
    ),
}


@pytest.mark.parametrize("text", named_cases({k: (v,) for k, v in NONE.items()}))
def test_nothing_signed(text):
    assert not signings(text)
