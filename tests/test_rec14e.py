"""A head of state as a full statement, and a date given by reference to the one before it
(brief REC14E).

"X is|was|remains the President of S" and "S's president is|was X" state ``kz:headOfStateOf``
(the property has no time: "was President of S from 1991 to 2019" too); another office, a future
or acting one, a wish, a negation, a question, a company's or federation's president give
nothing. "In November of the same year", "Later that month", "The following month" opening a
sentence date its facts from the last date of the sentence before (at the phrase's precision),
as "Later that year" already did; so does such a phrase opening a clause after ", and|but" or
";" from the sentence's own date before it. No date before it, one that spans two of the
phrase's units ("from 1991 to 2019"), a blank line between or a date of the fact's own give it
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


RELATIONS = "Kazakhstan and China established diplomatic relations "
JOINED = "Kazakhstan joined the OSCE."


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (RELATIONS + "in January 1992. In November of the same year, " + JOINED, "1992-11"),
        (RELATIONS + "in January 1992. In November of that year " + JOINED, "1992-11"),
        (RELATIONS + "in January 1992. In November of the following year, " + JOINED, "1993-11"),
        (RELATIONS + "on 3 January 1992. Later that month, " + JOINED, "1992-01"),
        (RELATIONS + "on 3 December 1992. The following month, " + JOINED, "1993-01"),
        (RELATIONS + "on 3 January 1992, and later that year " + JOINED, "1992"),
        (RELATIONS + "on 3 January 1992, and in November of the same year " + JOINED, "1992-11"),
        (RELATIONS + "on 3 January 1992; the following year " + JOINED, "1993"),
    ],
)
def test_a_date_given_by_reference(text, date):
    assert ("membership-kaz-osce", "startDate", date) in facts(text, "startDate")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (RELATIONS + "in 1992. Later that month, " + JOINED, None),  # no month to refer to
        ("Nazarbayev led Kazakhstan from 1991 to 2019. Later that year, " + JOINED, None),
        ("Nazarbayev led Kazakhstan from 1991 to 2019. In November that year, " + JOINED, None),
        (RELATIONS + "in January 1992.\n\nIn November of the same year, " + JOINED, None),
        ("In November of the same year, " + JOINED, None),
        ("Kazakhstan joined the OSCE, and later that year it signed nothing.", None),
        (RELATIONS + "in January 1992. May that year " + JOINED, None),
        (
            RELATIONS + "in January 1992. In November of the same year, Kazakhstan joined the"
            " OSCE on 3 December 1992.",
            "1992-12-03",
        ),
    ],
)
def test_a_date_given_by_reference_look_alikes(text, date):
    found = {d for _, _, d in facts(text, "startDate")}
    assert found == ({date} if date else set())


@pytest.mark.parametrize(
    "text",
    [
        RELATIONS + "in January 1992. In November of the same year, Kazakhstan planned to join"
        " the OSCE.",
        RELATIONS + "in January 1992. In November of the same year, Kazakhstan became an"
        " observer of the OSCE.",
        RELATIONS + "on 3 January 1992, and later that year Kazakhstan applied to join the OSCE.",
    ],
)
def test_a_date_given_by_reference_dates_no_plan(text):
    assert not facts(text, "memberOf")
