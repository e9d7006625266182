"""Figures of trade and investment whose parties the sentence leaves to the text (brief REC16D).

A sentence that states a sum names no state of its own as often as not: "Bilateral trade reached
$4.4 billion in 2023" (the pair the text discusses), "Our trade with the UK was $2.4 billion in
2023" (the speaker's state and the UK), "..., while its trade with Finland amounted to about
$390 million" (the state the sentence opened with), "Our trade with Mongolia, about $110 million
in 2023, ..." (an apposition), "Dutch companies invested about $6.2 billion in Kazakhstan in
2023" (no auxiliary). Look-alikes: a target, a projection, a plan, a
hedge, a comparison, a share without an amount and a total of foreign trade give nothing.
"""

from __future__ import annotations

import pytest
from fact_cases import dec, nodes_of

PAIR = "Kazakhstan and Kyrgyzstan signed a treaty on friendship in 2019. "


def _figures(facts, text: str) -> list[dict]:
    found = facts(text, "Kazakhstan")
    return nodes_of(found, "kz:TradeFigure") + nodes_of(found, "kz:InvestmentFigure")


def _usd(amount: str, year: str, approximate: bool = False, **parties) -> dict:
    node = {
        "kz:amount": dec(amount),
        "kz:currency": [("USD", "xsd:string")],
        "kz:year": [(year, "xsd:gYear")],
    }
    node.update({"kz:" + role: sorted(keys) for role, keys in parties.items()})
    if approximate:
        node["kz:isApproximate"] = [("true", "xsd:boolean")]
    return node


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            PAIR + "Bilateral trade came to $4.4 billion in 2023.",
            _usd("4400000000", "2023", tradeParty=["kaz", "kgz"]),
        ),
        (
            PAIR + "Mutual trade amounted to US$83.5 million in 2018, according to Kyrgyz customs.",
            _usd("83500000", "2018", tradeParty=["kaz", "kgz"]),
        ),
        (
            PAIR + "In 2021 mutual trade amounted to US$ 4.8 billion, and the sides agreed to bring"
            " it to US$ 10 billion in the coming years.",
            _usd("4800000000", "2021", tradeParty=["kaz", "kgz"]),
        ),
        (
            PAIR + "Two-way goods trade totalled $4.1 billion in 2023.",
            _usd("4100000000", "2023", tradeParty=["kaz", "kgz"]),
        ),
        (
            PAIR + "Bilateral trade was put at about $987 million in 2022, and some observers"
            " expect it to reach $3 billion within a few years.",
            _usd("987000000", "2022", True, tradeParty=["kaz", "kgz"]),
        ),
        (
            PAIR + "In 2021 our bilateral trade came to about 5 billion dollars, and today we have"
            " set ourselves a target of 10 billion dollars.",
            _usd("5000000000", "2021", True, tradeParty=["kaz", "kgz"]),
        ),
        (
            "Our trade with the UK was 2.4 billion dollars in 2023.",
            _usd("2400000000", "2023", tradeParty=["gbr", "kaz"]),
        ),
        (
            "In 2023 our trade with Azerbaijan reached $480 million.",
            _usd("480000000", "2023", tradeParty=["aze", "kaz"]),
        ),
        (
            "Kazakhstan's trade with Sweden reached $518 million in 2023, while its trade with"
            " Finland amounted to about $390 million in 2023.",
            _usd("390000000", "2023", True, tradeParty=["fin", "kaz"]),
        ),
        (
            "Our trade with Mongolia, about 110 million US dollars in 2023, passes largely through"
            " the province.",
            _usd("110000000", "2023", True, tradeParty=["kaz", "mng"]),
        ),
        (
            "Kazakhstan's trade with China, about $31 billion in 2023 by Kazakh figures, now"
            " exceeds its trade with Russia.",
            _usd("31000000000", "2023", True, tradeParty=["chn", "kaz"]),
        ),
        (
            PAIR + "Our bilateral trade reached 4.2 billion dollars in 2019, and I hope that we can"
            " double it within a few years.",
            _usd("4200000000", "2019", tradeParty=["kaz", "kgz"]),
        ),
        (
            "In 2023 Kazakh companies invested about US$300 million in Uzbekistan.",
            _usd("300000000", "2023", True, fromParty=["kaz"], toParty=["uzb"]),
        ),
        (
            "Dutch companies invested about $6.2 billion in Kazakhstan in 2023.",
            _usd("6200000000", "2023", True, fromParty=["nld"], toParty=["kaz"]),
        ),
    ],
)
def test_figure_with_parties_from_the_text(facts, text, expected):
    assert expected in _figures(facts, text)


@pytest.mark.parametrize(
    "text",
    [
        PAIR + "Mutual trade hit a target of $1 billion in 2023.",
        PAIR + "Two-way trade is to be brought to $2 billion by 2025.",
        PAIR + "Bilateral trade is expected to reach $10 billion by 2030.",
        PAIR + "Bilateral trade could reach $10 billion by 2030.",
        PAIR + "Mutual trade should be brought to $10 billion.",
        PAIR + "Bilateral trade was $2 billion less than in 2022.",
        PAIR + "Bilateral trade will reach $5 billion in 2025.",
        PAIR + "Bilateral trade may have reached $5 billion in 2023, analysts say.",
        PAIR + "Total trade reached $139.8 billion in 2023.",
        PAIR + "$5 billion worth of deals were signed in 2023.",
        "Russia, China and Mongolia met. Bilateral trade reached $4 billion in 2023.",
        "Our trade with China is projected to reach $50 billion in 2030.",
        "Our trade with China could be $50 billion in 2030.",
        "Our trade with China was not $50 billion in 2023.",
        "Our trade with China is $5 billion short of the target.",
        "Our trade with China makes up 19% of our foreign trade.",
        "Our trade with Mongolia, which we hope to raise to $500 million in 2030, passes largely"
        " through the province.",
        "Dutch companies plan to invest about $6.2 billion in Kazakhstan in 2025.",
        "Dutch companies will have invested about $6.2 billion in Kazakhstan by 2030.",
        "Dutch companies never invested $6.2 billion in Kazakhstan.",
    ],
)
def test_look_alikes_give_no_figure(facts, text):
    assert not _figures(facts, text)


def test_one_state_named_is_no_pair(facts):
    """A sentence naming one state leaves "bilateral trade" unread rather than guess a pair."""
    text = (
        "Trade with Italy was worth $15.3 billion in 2022. Relations with Afghanistan have been"
        " shaped by trade and transit: bilateral trade was worth about $987 million in 2022."
    )
    assert all(
        "ita" not in n.get("kz:tradeParty", []) or n["kz:amount"] != dec("987000000")
        for n in _figures(facts, text)
    )


def test_its_trade_keeps_to_its_own_clause(facts):
    text = (
        "Kazakhstan's trade with Sweden reached $518 million in 2023, while its trade with Finland"
        " is expected to amount to about $390 million in 2025."
    )
    assert all("fin" not in node.get("kz:tradeParty", []) for node in _figures(facts, text))


SCO = "The Shanghai Cooperation Organisation was founded in 2001. "


@pytest.mark.parametrize(
    ("text", "organisation", "count"),
    [
        (
            "Armenia joined the Eurasian Economic Union on 2 January 2015 and Kyrgyzstan in August"
            " 2015, so today it has five member states.",
            "eaeu",
            "5",
        ),
        (
            SCO + "Today it has ten member states, and its official languages are Russian and"
            " Chinese.",
            "shanghai-cooperation-organisation",
            "10",
        ),
    ],
)
def test_it_has_member_states(facts, text, organisation, count):
    counts = nodes_of(facts(text, "Kazakhstan"), "kz:CountFigure")
    assert {
        "kz:count": [(count, "xsd:integer")],
        "kz:countOf": [("member states", "xsd:string")],
        "kz:countedIn": [organisation],
    } in counts


@pytest.mark.parametrize(
    "text",
    [
        "In November 2021 the Organization of Turkic States succeeded the Turkic Council; it now"
        " has five member states.",
        "Kazakhstan joined the SCO in 2001 and the OIC in 1995; it now has ten member states.",
        SCO + "In 2005 it had six member states.",
        SCO + "At its founding it had six member states.",
        SCO + "Originally it had six member states.",
        SCO + "It will soon have twelve member states.",
        SCO + "It hopes it has twelve member states by 2030.",
        SCO + "Does it have ten member states?",
        SCO + "It has ten dialogue partners.",
        SCO + "It has ten observer states.",
        "The Treaty on Collective Security was signed in 1992. It now has six member states.",
        SCO + "If it had twenty member states, it would be larger.",
        SCO + "Then it had six member states.",
        SCO + "It once had six member states.",
        SCO + "It previously had six member states.",
        SCO + "Analysts claim it has twelve member states.",
        SCO + "By 2017 it had eight member states.",
    ],
)
def test_it_has_look_alikes_give_no_count(facts, text):
    assert not nodes_of(facts(text, "Kazakhstan"), "kz:CountFigure")
