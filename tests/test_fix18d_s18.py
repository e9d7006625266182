"""FIX18D: invented facts in REC18C's rules (session 18 review findings).

"S, a|an ... whose capital is C" takes at most three words between the article and "whose"
(or "a|an N of <count> N"), so a "whose" that belongs to another noun inside the apposition
("an ally of the country whose capital is Moscow") gives nothing.
"""

import pytest
from fact_cases import assertion_triples

CAP = "capitalOf"


def found(text, predicate):
    """The (subject, object) triples of one predicate the extractor reads in ``text``."""
    return {
        t
        for t in assertion_triples(text, stem="fix18d", written_from="Kazakhstan")
        if t[1] == predicate
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The UAE, a federation of seven emirates whose capital is Abu Dhabi, established"
            " diplomatic relations with Kazakhstan on 10 December 1992.",
            {("abu-dhabi", CAP, "are")},
        ),
        (
            "Afghanistan, a landlocked country whose capital is Kabul, shares a 2,670 km border"
            " with Pakistan.",
            {("kabul", CAP, "afg")},
        ),
        ("Belarus, a country whose capital is Minsk, signed the treaty.", {("minsk", CAP, "blr")}),
        (
            "Belarus, a small landlocked state whose capital is Minsk, signed the treaty.",
            {("minsk", CAP, "blr")},
        ),
        (
            "Mongolia, a vast country whose capital city is Ulaanbaatar, joined.",
            {("ulaanbaatar", CAP, "mng")},
        ),
        ("Armenia, an ancient nation whose capital is Yerevan, joined.", {("yerevan", CAP, "arm")}),
    ],
)
def test_apposition_capitals_found(text, expected):
    assert found(text, CAP) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Belarus, an ally of the country whose capital is Moscow, signed the treaty.",
        "Belarus, a state that borders the country whose capital is Vilnius, signed the treaty.",
        "Belarus, a partner of the land whose capital is Astana, signed the treaty.",
        "Belarus, a neighbour of the state whose capital is Vilnius, signed the treaty.",
        "Belarus, a friend of the nation whose capital is Astana, signed the treaty.",
        "Belarus, a country that trades with the state whose capital is Astana, signed.",
    ],
)
def test_apposition_whose_of_another_noun_gives_nothing(text):
    assert found(text, CAP) == set()
