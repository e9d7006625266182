""" "Bilateral trade reached M [in Y]" inside a sentence, its pair from context (session 23's
brief TRADECTX23).

Why such a rule never fired: bilateral-trade-of-the-pair matches "bilateral trade reached M
[in Y]" anywhere, filling no party (its default `sentence_pair` takes the sentence's own two
states). Any longer rule matching the same fillers ("noted that bilateral trade ...") said the
same thing before its defaults were resolved, so relations._keep_maximal kept the shorter match
and dropped it; when `sentence_pair` then found nothing, the fact was lost. Now a dropped match
whose rule fills a context role by another strategy is kept as a fallback
(relations._with_fallback) and extract._apply_defaults reads it where the kept one's strategy
resolves nothing.

Read (rules `tradectx23-bilateral-trade-*`, default `context_pair`): after a verb of saying and
"that", after "According to X,", after a colon. Look-alikes: a forecast or modal ("could
reach", "is expected to reach"), a target, a third pair named in the sentence, a state outside
the pair named before the match, a text naming no pair, a partner named before a colon when the
text's own state is unknown and the pair is another.
"""

from __future__ import annotations

import gold_scoring
import pytest
from fact_cases import extract, named_cases

TALKS = "Kazakhstan and Uzbekistan held talks in Astana on 3 May 2024. "


def trade(text: str, written_from: str | None = None) -> set[tuple]:
    """(parties, amount, year) of the text's trade figures."""
    _, facts = extract(text, gold_scoring, written_from, stem="tradectx23-s23")
    return {
        (
            tuple(sorted(props["kz:tradeParty"])),
            props["kz:amount"][0][0],
            props.get("kz:year", [("", "")])[0][0],
        )
        for kind, cls, props in (f for f in facts if f[0] == "node")
        if cls == "kz:TradeFigure"
    }


KAZ_UZB = ("kaz", "uzb")

# text, written_from -> the trade figures expected
READ = {
    "noted-that": (
        TALKS + "President Tokayev noted that bilateral trade reached US$ 4.2 billion in 2023.",
        None,
        {(KAZ_UZB, "4200000000", "2023")},
    ),
    "he-said-that-with-a-change-after": (
        TALKS + "He said that bilateral trade reached US$ 4.2 billion in 2023, up 10% on 2022.",
        None,
        {(KAZ_UZB, "4200000000", "2023")},
    ),
    "pointed-out-that-mutual-trade-amounted-to": (
        TALKS + "The minister pointed out that mutual trade amounted to US$ 3.1 billion in 2022.",
        None,
        {(KAZ_UZB, "3100000000", "2022")},
    ),
    "note-that-the-volume-of": (
        TALKS + "The Parties note that the volume of bilateral trade reached nearly US$ 1.5"
        " billion in 2023 and agree to seek its further growth.",
        None,
        {(KAZ_UZB, "1500000000", "2023")},
    ),
    "that-after-a-fronted-year": (
        TALKS + "The Parties note that in 2023, bilateral trade reached US$ 1.5 billion.",
        None,
        {(KAZ_UZB, "1500000000", "2023")},
    ),
    "according-to": (
        TALKS + "According to the Bureau of National Statistics, bilateral trade reached"
        " US$ 243.6 million in 2023.",
        None,
        {(KAZ_UZB, "243600000", "2023")},
    ),
    "colon-after-a-partner-of-the-pair": (
        TALKS + "Uzbekistan remains a key partner: bilateral trade was US$ 1.2 billion in 2023.",
        "Kazakhstan",
        {(KAZ_UZB, "1200000000", "2023")},
    ),
    "demonym-of-the-pair-before-saying": (
        TALKS + "The Uzbek minister noted that bilateral trade reached US$ 4.2 billion in 2023.",
        "Kazakhstan",
        {(KAZ_UZB, "4200000000", "2023")},
    ),
}

NOTHING = {
    "could-reach": (
        TALKS + "President Tokayev noted that bilateral trade could reach US$ 10 billion by 2030.",
        None,
    ),
    "is-expected-to-reach": (
        TALKS + "He said that bilateral trade is expected to reach US$ 10 billion in 2030.",
        None,
    ),
    "agree-that-it-should-reach": (
        TALKS + "The Parties agree that the volume of bilateral trade should reach US$ 2 billion"
        " in 2025.",
        None,
    ),
    "target-after-colon": (
        TALKS + "The sides set a target: bilateral trade of US$ 10 billion by 2030.",
        None,
    ),
    "a-state-outside-the-pair-before": (
        TALKS + "The Russian envoy noted that bilateral trade reached US$ 4.2 billion in 2023.",
        None,
    ),
    "no-pair-in-the-text": (
        "The minister held talks in Astana on 3 May 2024. He noted that bilateral trade reached"
        " US$ 4.2 billion in 2023.",
        None,
    ),
    "a-partner-before-the-colon-own-state-unknown": (
        "France signed the protocol together with China. France is a modest partner: bilateral"
        " trade was US$ 4.4 billion in 2022.",
        None,
    ),
}


@pytest.mark.parametrize(("text", "written_from", "expected"), named_cases(READ))
def test_bilateral_trade_inside_a_sentence_takes_the_pair(text, written_from, expected):
    assert trade(text, written_from) == expected


@pytest.mark.parametrize(("text", "written_from"), named_cases(NOTHING))
def test_look_alikes_give_no_trade(text, written_from):
    assert trade(text, written_from) == set()


def test_a_third_pair_named_in_the_sentence_keeps_its_own_reading():
    text = (
        TALKS + "Russia and China also met; Putin noted that bilateral trade reached US$ 240"
        " billion in 2023."
    )
    assert trade(text) == {(("chn", "rus"), "240000000000", "2023")}


def test_at_the_sentence_start_unchanged():
    text = TALKS + "Bilateral trade reached US$ 4.2 billion in 2023."
    assert trade(text) == {(KAZ_UZB, "4200000000", "2023")}
