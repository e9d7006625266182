"""A head of state as a full statement (brief REC14E).

"X is|was|remains the President of S" and "S's president is|was X" state ``kz:headOfStateOf``
(the property has no time: "was President of S from 1991 to 2019" too); another office, a future
or acting one, a wish, a negation, a question, a company's or federation's president give
nothing.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples


def facts(text: str, prop: str) -> set[tuple[str, str, str]]:
    return {t for t in assertion_triples(text, stem="rec14e") if t[1] == prop}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Emmanuel Macron is the President of France.", ("emmanuel-macron", "fra")),
        ("Emmanuel Macron is President of France.", ("emmanuel-macron", "fra")),
        (
            "Nursultan Nazarbayev was President of Kazakhstan from 1991 to 2019.",
            ("nursultan-nazarbayev", "kaz"),
        ),
        ("France's president is Emmanuel Macron.", ("emmanuel-macron", "fra")),
        (
            "Kazakhstan's president is Kassym-Jomart Tokayev.",
            ("kassym-jomart-tokayev", "kaz"),
        ),
        (
            "Tokayev met Putin, and Shavkat Mirziyoyev was the President of Uzbekistan.",
            ("shavkat-mirziyoyev", "uzb"),
        ),
    ],
)
def test_the_president_of_as_a_statement(text, expected):
    person, state = expected
    assert (person, "headOfStateOf", state) in facts(text, "headOfStateOf")


@pytest.mark.parametrize(
    "text",
    [
        "Alikhan Smailov is the Prime Minister of Kazakhstan.",
        "Kamala Harris is the Vice President of the United States.",
        "Alikhan Smailov is the deputy President of Kazakhstan.",
        "Alikhan Smailov is the acting President of Kazakhstan.",
        "Alikhan Smailov, who wants to be President of Kazakhstan, spoke on Monday.",
        "Alikhan Smailov is expected to be the next President of Kazakhstan.",
        "Alikhan Smailov is not the President of Kazakhstan.",
        "Alikhan Smailov was never President of Kazakhstan.",
        "Alikhan Smailov will be President of Kazakhstan.",
        "Is Alikhan Smailov the President of Kazakhstan?",
        "If Alikhan Smailov were President of Kazakhstan, he would sign it.",
        "Analysts said Alikhan Smailov was the President of Kazakhstan.",
        "Emmanuel Macron is the president of a company in France.",
        "Alikhan Smailov is the President of the Football Federation of Kazakhstan.",
        "Alikhan Smailov is the President of Kazakhstan's Football Federation.",
        "Alikhan Smailov was the President of Kazakhstan's Senate from 2007 to 2013.",
        "Alikhan Smailov is the president of the Kazakh Tennis Federation.",
        "The man standing next to Tokayev was the President of Uzbekistan.",
        "Kazakhstan's vice president is Alikhan Smailov.",
        "Kazakhstan's acting president is Alikhan Smailov.",
        "Kazakhstan's president is Tokayev's predecessor.",
        "France's prime minister is Elisabeth Borne.",
    ],
)
def test_the_president_of_look_alikes_give_nothing(text):
    assert not facts(text, "headOfStateOf")
