"""Co-founders and members named as companions after the founding verb or beside the subject
(brief REC13).

"O, which it|they created|set up [in P] [on D] [in P] together with|with A, B and C", "[on D,]
they founded O [in P] [on D] together with A and B" and "X and Y are, [together] with A and B,
[the] founding members|founders|members of O [, which was created ... on D]": the companions are
co-founders (members) of O as the subject is. Look-alikes: "with A's support", "with A as an
observer", a joining, a leaving, a plan, applicants and observers give the companions nothing.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples


def facts(text: str, prop: str) -> set[tuple[str, str, str]]:
    return {t for t in assertion_triples(text, stem="rec13") if t[1] == prop}


AIIB = "asian-infrastructure-investment-bank"
EDB = "eurasian-development-bank"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mongolia is a founding member of the Asian Infrastructure Investment Bank, which it"
            " set up in Beijing in 2015 together with Nepal and Bhutan.",
            {
                ("mng", "coFounderOf", AIIB),
                ("npl", "coFounderOf", AIIB),
                ("btn", "coFounderOf", AIIB),
            },
        ),
        (
            "Both Armenia and Belarus are founders of the Eurasian Development Bank, which they"
            " created in 2006 with Tajikistan and Kyrgyzstan.",
            {("tjk", "coFounderOf", EDB), ("kgz", "coFounderOf", EDB)},
        ),
        (
            "Both countries belong to the United Nations, and on 12 January 2006 they founded the"
            " Eurasian Development Bank in Almaty together with Armenia and Tajikistan.",
            {("arm", "coFounderOf", EDB), ("tjk", "coFounderOf", EDB)},
        ),
        (
            "Nepal and Bhutan are, together with Mongolia and Laos, founding members of the Asian"
            " Infrastructure Investment Bank, which was created in Beijing in 2015.",
            {
                ("npl", "coFounderOf", AIIB),
                ("btn", "coFounderOf", AIIB),
                ("mng", "coFounderOf", AIIB),
                ("lao", "coFounderOf", AIIB),
            },
        ),
    ],
)
def test_companions_are_co_founders(text, expected):
    assert expected <= facts(text, "coFounderOf")


def test_companions_take_the_founding_date():
    found = assertion_triples(
        "On 12 January 2006 they founded the Eurasian Development Bank in Almaty together with"
        " Armenia and Tajikistan.",
        stem="rec13",
    )
    assert (f"founding-membership-arm-{EDB}", "startDate", "2006-01-12") in found


def test_companions_beside_the_subject_are_members():
    text = "Nepal and Bhutan are, with Laos, members of the Asian Infrastructure Investment Bank."
    assert ("lao", "memberOf", AIIB) in facts(text, "memberOf")


@pytest.mark.parametrize(
    "text",
    [
        "Mongolia values the Asian Infrastructure Investment Bank, which they set up in 2015 with"
        " Nepal's support.",
        "Mongolia values the Asian Infrastructure Investment Bank, which they set up in 2015 with"
        " Nepal as an observer.",
        "Mongolia is a member of the Asian Infrastructure Investment Bank, which it joined in 2016"
        " together with Nepal and Bhutan.",
        "In 2016 they joined the Asian Infrastructure Investment Bank together with Nepal.",
        "They left the Eurasian Development Bank together with Armenia in 2019.",
        "Mongolia and Laos hope that they will set up the Asian Infrastructure Investment Bank"
        " together with Bhutan.",
        "Mongolia and Laos are, with Bhutan as an observer, founding members of the Asian"
        " Infrastructure Investment Bank.",
        "Mongolia and Laos are, with Bhutan, applicants to the Asian Infrastructure Investment"
        " Bank.",
        "Mongolia and Laos are, with Bhutan, observers of the Asian Infrastructure Investment"
        " Bank.",
    ],
)
def test_look_alikes_give_the_companions_nothing(text):
    found = facts(text, "coFounderOf") | facts(text, "memberOf")
    assert not {t for t in found if t[0] in ("npl", "btn", "arm")}
