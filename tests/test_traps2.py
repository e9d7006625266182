"""The extractor on tests/traps2/: look-alikes in pasted layouts (an infobox, a chronology, a news
report, trade press, an FAQ) must give nothing; and the hedges brief P added for them.

A wrong triple is worse than a missing one, so the floor here is exact: every extracted fact
must be in the gold. The corpus and its first score are described in tests/traps2/README.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kzgraph.hedges import Hedges, hedged, load_hedges

TRAPS2 = Path(__file__).parent / "traps2"


def test_no_trap_of_the_pasted_layouts_gives_a_fact(scoring):
    score = scoring.score_corpus(TRAPS2 / "corpus", TRAPS2 / "gold")
    print(score.report("traps2"))
    assert score.gold == 66
    assert score.extracted == score.matched, score.report("traps2")
    assert score.recall >= 0.60, score.report("traps2")


def _visits(extracted: list) -> list:
    return [fact for fact in extracted if fact[:2] == ("node", "kz:StateVisit")]


# hedge-lesser-office: an office below a leader's, right before the person the match opens with
# (or inside the clause a trigger reads), is no state visit
@pytest.mark.parametrize(
    "text",
    [
        "First Deputy Prime Minister Roman Sklyar paid a working visit to Minsk in 2023.",
        "Defence Minister Sergei Shoigu visited Bishkek in 2019.",
        "Vice President Mike Pence visited Tbilisi in 2017.",
        "Deputy Foreign Minister Akan Rakhmetullin travelled to Ulaanbaatar in May 2024.",
    ],
)
def test_a_minister_or_deputy_visiting_is_no_state_visit(facts, text):
    assert _visits(facts(text)) == []


@pytest.mark.parametrize(
    ("text", "visitor", "place"),
    [
        (
            "Prime Minister Shehbaz Sharif visited Tashkent in July 2023.",
            "shehbaz-sharif",
            "tashkent",
        ),
        ("President Sadyr Japarov visited Baku in 2024.", "sadyr-japarov", "baku"),
        # the office names no one here: "his foreign minister," is followed by a comma
        (
            "President Emomali Rahmon, accompanied by his foreign minister, visited Tashkent in "
            "March 2018.",
            "emomali-rahmon",
            "tashkent",
        ),
    ],
)
def test_a_leaders_visit_keeps_its_node(facts, text, visitor, place):
    visits = _visits(facts(text))
    assert [(v[2]["kz:visitor"], v[2]["kz:destination"]) for v in visits] == [([visitor], [place])]


def test_an_office_hedges_only_when_a_name_follows_it_at_the_match():
    hedges = Hedges(title=(("foreign", "minister"),))
    words = ["chinese", "foreign", "minister", "wang-yi", "visited", "astana"]
    assert hedged(words, 3, 6, hedges)  # the match opens at the name, the office right before
    assert hedged(words, 0, 6, hedges)  # a clause that holds the office
    assert not hedged(["the", "foreign", "minister", "of", "x", "visited", "c"], 0, 7, hedges)
    assert not hedged(
        ["foreign", "minister", "wang-yi", "said", "that", "p", "visited", "c"], 5, 8, hedges
    )


def test_the_shipped_hedges_list_offices_but_not_a_prime_minister():
    offices = load_hedges().title
    assert ("foreign", "minister") in offices and ("deputy", "prime", "minister") in offices
    assert ("prime", "minister") not in offices and ("president",) not in offices


# hedge-date-past-role: "X joined O as a full member in D" must not give an undated node
def test_a_date_past_as_a_full_member_leaves_no_undated_membership(facts):
    extracted = facts(
        "Armenia joined the Eurasian Economic Union as a full member in January 2015."
    )
    memberships = [fact for fact in extracted if fact[:2] == ("node", "kz:Membership")]
    assert all("kz:startDate" in fact[2] for fact in memberships), memberships


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Armenia joined the Eurasian Economic Union as a full member.", None),
        ("Armenia joined the Eurasian Economic Union in 2015 as a full member.", "2015"),
    ],
)
def test_a_full_member_without_a_later_date_keeps_its_membership(facts, text, date):
    extracted = facts(text)
    assert ("triple", "arm", "kz:memberOf", "eaeu") in extracted
    props = {"kz:member": ["arm"], "kz:organisation": ["eaeu"]}
    if date:
        props["kz:startDate"] = [(date, "xsd:gYear")]
    assert ("node", "kz:Membership", props) in extracted
