"""REVIEW15's findings on REC15A and FP15, each turned into cases that failed before its mend:

- "X became|is its <ordinal> member" is no membership when the member is a candidate, hopeful or
  applicant, "-in-waiting", to come ("next year", "soon") or the subject of an infinitive ("its
  second member state to withdraw") (lexicon nth-member-not-before);
- a list closed by "and the <descriptor> <name>" ("with A, B and the Russian firm C, and D, the
  airline") ends there: what joins two names is read from the words right after the first
  (syntax_fillers._members, references.list_glue);
- a date after "and [the] <name>" dates that name's fact only (syntax_fillers._after_gapped_name);
- a refutation after the fact ("..., this is not true") refutes it only when it closes its clause
  (hedges.jsonl hedge-fp10a-claim-refuted-after, hedge-pf14b-refuted-with-adverb-after): ", this
  is not true of Uzbekistan", ", that is wrong to doubt" keep the fact.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples

SCO = "shanghai-cooperation-organisation"
ORG_FIRST = "The Shanghai Cooperation Organisation met in Astana. "


def memberships(text: str) -> set[tuple[str, str, str]]:
    """The memberOf triples of ``text``."""
    return {t for t in assertion_triples(text, stem="fix15d") if t[1] == "memberOf"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Belarus became its tenth member.", {("blr", "memberOf", SCO)}),
        ("Belarus is its tenth member state.", {("blr", "memberOf", SCO)}),
        ("Belarus became its tenth member on 4 July 2024.", {("blr", "memberOf", SCO)}),
        ("Belarus became its tenth member; Iran its ninth.", {("blr", "memberOf", SCO)}),
        ("Lithuania is its 36th member candidate.", set()),
        ("Belarus is its tenth member state hopeful.", set()),
        ("Iran becomes its ninth member next year.", set()),
        ("Georgia was its second member state to withdraw.", set()),
        ("Serbia is its fifth member applicant.", set()),
        ("Mongolia becomes its eleventh member next month.", set()),
        ("Azerbaijan is its fourth member aspirant.", set()),
        ("Turkey is its twelfth member-country candidate.", set()),
        ("Belarus is its tenth member-in-waiting.", set()),
        ("Iran becomes its ninth member soon.", set()),
        ("Iran becomes its ninth member if the summit agrees.", set()),
        ("Egypt was its first member state ever to quit.", set()),
    ],
)
def test_nth_member(text: str, expected: set) -> None:
    """An ordinal member is a member unless a candidate, to come or to leave."""
    assert memberships(ORG_FIRST + text) == expected


SUBSIDIARIES = (
    "Its subsidiaries include Tengizchevroil, which develops the Tengiz field together with "
)
UNITS = "Its units include KMG, which develops the Kashagan field together with "


@pytest.mark.parametrize(
    ("text", "outer"),
    [
        (
            SUBSIDIARIES + "Chevron, ExxonMobil and the Russian firm Lukoil, and Air Astana, the"
            " national airline.",
            ("air-astana", "develops", "tengiz-oil-field"),
        ),
        (
            SUBSIDIARIES + "Chevron, ExxonMobil and the American firm Lukoil, and Air Astana, the"
            " national airline.",
            ("air-astana", "develops", "tengiz-oil-field"),
        ),
        (
            SUBSIDIARIES
            + "Chevron, the US major ExxonMobil and the Russian company Lukoil, and Air"
            " Astana, the national airline.",
            ("air-astana", "develops", "tengiz-oil-field"),
        ),
        (
            SUBSIDIARIES + "Chevron and the Russian firm Lukoil, and Air Astana, the national"
            " airline.",
            ("air-astana", "develops", "tengiz-oil-field"),
        ),
        (
            UNITS + "Eni, Shell and the French major TotalEnergies, and Kazakhstan Temir Zholy, the"
            " railway company.",
            ("kazakhstan-temir-zholy", "develops", "kashagan-oil-field"),
        ),
    ],
)
def test_closed_list_with_described_last_name(text: str, outer: tuple) -> None:
    """A list closed by "and the <descriptor> <name>" ends there: the name after ", and" is
    the outer list's (the glue is read from the words right after the name before it)."""
    found = assertion_triples(text, stem="fix15d")
    assert outer not in found


@pytest.mark.parametrize(
    ("text", "undated"),
    [
        (
            "Armenia joined the Eurasian Economic Union on 21 December and the Kyrgyz Republic"
            " on 30 November 2015.",
            "membership-arm-eaeu",
        ),
        (
            "Kazakhstan joined the WTO on 30 November and the Russian Federation in August 2012.",
            "membership-kaz-wto",
        ),
        (
            "Kazakhstan joined the WTO on 30 November and the United States of America in August"
            " 2012.",
            "membership-kaz-wto",
        ),
        (
            "Armenia joined the Eurasian Economic Union on 21 December and Kyrgyzstan on 30"
            " November 2015.",
            "membership-arm-eaeu",
        ),
    ],
)
def test_gapped_clause_with_the_name(text: str, undated: str) -> None:
    """A date after "and [the] <name>" dates that name's fact, never the first clause's."""
    found = assertion_triples(text, stem="fix15d")
    assert not {t for t in found if t[0] == undated and t[1] == "startDate"}


def test_gapped_clause_same_year_keeps_dates() -> None:
    """The day first in the year takes the next clause's year: both facts are dated."""
    found = assertion_triples(
        "Kazakhstan joined the OSCE on 2 March and the Kyrgyz Republic on 8 August 1992.",
        stem="fix15d",
    )
    assert {("membership-kaz-osce", "startDate", "1992-03-02"),
            ("membership-kgz-osce", "startDate", "1992-08-08")} <= found  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kazakhstan joined the WTO in 2015, this is not true of Uzbekistan, which remains"
            " outside.",
            {("kaz", "memberOf", "wto")},
        ),
        (
            "Kazakhstan joined the WTO in 2015, that is wrong to doubt.",
            {("kaz", "memberOf", "wto")},
        ),
        (
            "Kazakhstan joined the WTO in 2015, this is simply false for Uzbekistan.",
            {("kaz", "memberOf", "wto")},
        ),
        (
            "Kazakhstan joined the WTO in 2015, that is wrong in the case of Uzbekistan.",
            {("kaz", "memberOf", "wto")},
        ),
        (
            "Kazakhstan joined the WTO in 2015, this is incorrect for Tajikistan.",
            {("kaz", "memberOf", "wto")},
        ),
        ("Some say Kazakhstan joined the WTO in 2015, this is not true.", set()),
        ("Some say Kazakhstan joined the WTO in 2015, but that is wrong.", set()),
        ("Some say Kazakhstan joined the WTO in 2015, this is simply false.", set()),
        ("Some say Kazakhstan joined the WTO in 2015 -- a claim that is false.", set()),
        ("Kazakhstan joined the WTO in 2015, that is not true; it joined in 2016.", set()),
        ("Kazakhstan joined the WTO in 2015, that is wrong, the ministry said.", set()),
    ],
)
def test_refutation_closes_its_clause(text: str, expected: set) -> None:
    """A refutation after a comma refutes the sentence only when it closes its clause."""
    assert memberships(text) == expected
