"""A dated "joined|joins|acceded" with no object joins the organisation under discussion, for a
coordinated subject too ("Armenia and Tajikistan joined in 2009, Belarus in 2010": found on the
unseen corpora blind35/36 of session 8, where the rule took one state only). What sits before the
subject ("Delegates from A", "The President of A") makes it no member."""

from __future__ import annotations

from fact_cases import extract, triples_of
from fact_cases import member as _member

_AIIB = "asian-infrastructure-investment-bank"


def _facts(text: str, scoring):
    return extract(text, scoring, stem="bare-joins")[1]


def test_a_coordinated_subject_joins_the_topic_organisation(scoring):
    facts = _facts(
        "The Asian Infrastructure Investment Bank opened in Beijing in 2016. Nepal and Fiji "
        "joined in 2017, and Samoa in 2018.",
        scoring,
    )
    got = triples_of(facts)
    for state in ("npl", "fji", "wsm"):
        assert (state, "kz:memberOf", _AIIB) in got, facts
    assert _member("npl", _AIIB, "2017") in facts
    assert _member("wsm", _AIIB, "2018") in facts


def test_a_single_state_in_the_present_tense(scoring):
    facts = _facts(
        "The Collective Security Treaty Organization grows.\nSerbia joins on 3 March 2026.",
        scoring,
    )
    assert _member("srb", "csto", "2026-03-03") in facts, facts


def test_people_or_delegations_from_a_state_join_nothing(scoring):
    for text in (
        "The Eurasian Development Bank held a meeting in Almaty. Delegates from Armenia and "
        "Tajikistan joined on 5 May 2009.",
        "The Eurasian Development Bank held a meeting in Almaty. The President of Armenia "
        "joined on 5 May 2009.",
        "The Eurasian Development Bank held a meeting in Almaty. Envoys of Armenia joined in 2009.",
    ):
        got = triples_of(_facts(text, scoring))
        assert not any(t[2] == "kz:memberOf" for t in got), (text, got)


def test_no_organisation_under_discussion_gives_nothing(scoring):
    got = triples_of(_facts("Armenia and Tajikistan joined in 2009.", scoring))
    assert not any(t[2] == "kz:memberOf" for t in got), got
