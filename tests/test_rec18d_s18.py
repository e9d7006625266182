"""Visits read from "the state|official visit of V to P" and "during [S] [President] V's visit to
P in D" (brief REC18D, session 18).

"during|welcomed the state|official visit of [S] [President] [of S] V [of S] to P [in|on
D] [, made] [at the invitation of I]" gives V's visit to P (rec18d-during-visit-of-person-to-place),
as "during a state visit by V to P" does. Look-alikes give nothing: a visit still to come (a modal
or a plan before it or in the main clause after it, "next year", "to be signed during", "the
planned|upcoming|proposed visit"), preparations for it, a delegation or envoys of V, a question,
and "signed on D by A and B, during the state visit of ...", whose date may or may not be the
visit's.

"with|during|after|following|since [S] [President|Prime Minister] V's state|official visit to P
in|on D [, at the invitation of I]" gives the visit too
(rec18d-titled-possessive-visit-to-place-on-date); a visit to come, a visit held online, a
question, an envoy's visit give nothing.
"""

from __future__ import annotations

import pytest
from fact_cases import nodes_of
from fact_cases import visit_props as _props

VISIT = "kz:StateVisit"


def _visits(extracted: list) -> list[dict]:
    return nodes_of(extracted, VISIT)


FOUND = [
    (
        "During the state visit of President Nursultan Nazarbayev to New Delhi in January 2009,"
        " made at the invitation of Indian President Pratibha Patil, the two countries signed the"
        " Agreement on Cooperation in the Peaceful Uses of Atomic Energy.",
        _props(
            "nursultan-nazarbayev", "new-delhi", ("2009-01", "xsd:gYearMonth"), "pratibha-patil"
        ),
    ),
    (
        "The agreement was signed by Kazakhstan and Russia in Moscow on 28 March 1994 during the"
        " official visit of President Nursultan Nazarbayev of Kazakhstan to Moscow at the"
        " invitation of President Boris Yeltsin of Russia.",
        _props("nursultan-nazarbayev", "moscow", ("1994-03-28", "xsd:date"), "boris-yeltsin"),
    ),
    (
        "During the state visit of President Xi Jinping of China to Astana in September 2013, the"
        " two sides promised to speed up talks on water allocation.",
        _props("xi-jinping", "astana", ("2013-09", "xsd:gYearMonth")),
    ),
    (
        "The sides welcomed the official visit of Prime Minister Shinzo Abe to Astana in October"
        " 2015.",
        _props("shinzo-abe", "astana", ("2015-10", "xsd:gYearMonth")),
    ),
    (
        "In 2019, during the state visit of President of Kazakhstan Kassym-Jomart Tokayev to"
        " Beijing at the invitation of President Xi Jinping, the two countries signed a plan.",
        _props("kassym-jomart-tokayev", "beijing", ("2019", "xsd:gYear"), "xi-jinping"),
    ),
]


@pytest.mark.parametrize(("text", "props"), FOUND)
def test_the_visit_of_person_to_place(facts, text, props):
    assert props in _visits(facts(text))


NOTHING = [
    "The treaty will be signed during the state visit of President Kassym-Jomart Tokayev to China.",
    "Tokayev hopes to sign the deal during the state visit of President Xi Jinping to Astana.",
    "The sides discussed preparations for the state visit of President Xi Jinping to Astana.",
    "The sides welcomed the upcoming state visit of President Xi Jinping to Astana.",
    "During the planned state visit of President Xi Jinping to Astana, the sides will sign a"
    " treaty.",
    "The agreement is to be signed during the state visit of President Xi Jinping to Astana next"
    " year.",
    "During the state visit of President Xi Jinping to Astana next month, the sides will sign a"
    " treaty.",
    "During the state visit of President Xi Jinping to Astana, the sides will sign a treaty.",
    "During the state visit of President Xi Jinping to Astana in 2026, the sides are expected to"
    " sign a treaty.",
    "The sides recalled the proposed state visit of President Xi Jinping to Astana, which was"
    " postponed.",
    "During the state visit of a delegation of President Xi Jinping to Astana, the sides talked.",
    "During the state visit of the envoys of President Xi Jinping to Astana, the sides talked.",
    "The treaty is expected to be signed during the state visit of President Xi Jinping to Astana.",
    "Officials said the deal could be signed during the state visit of President Xi Jinping to"
    " Astana.",
    "The ministers prepared the documents to be signed during the state visit of President Xi"
    " Jinping to Astana.",
    "The Kremlin announced the state visit of President Vladimir Putin to Astana in November 2024.",
    "Did the sides sign it during the state visit of President Xi Jinping to Astana?",
    "The border agreement was signed in Tashkent on 22 December 2022 by Kazakhstan and"
    " Uzbekistan, during the state visit of President Kassym-Jomart Tokayev to Tashkent.",
]


@pytest.mark.parametrize("text", NOTHING)
def test_a_visit_to_come_or_of_others_gives_nothing(facts, text):
    assert _visits(facts(text)) == []


POSSESSIVE_FOUND = [
    (
        "The rapprochement began with Mirziyoyev's state visit to Astana on 22 March 2017.",
        _props("shavkat-mirziyoyev", "astana", ("2017-03-22", "xsd:date")),
    ),
    (
        "Kazatomprom agreed to supply 5,000 tonnes during Prime Minister Narendra Modi's visit to"
        " Astana in July 2015.",
        _props("narendra-modi", "astana", ("2015-07", "xsd:gYearMonth")),
    ),
    (
        "It was signed during Kazakh President Nursultan Nazarbayev's visit to Berlin in February"
        " 2012, at the invitation of Chancellor Angela Merkel.",
        _props("nursultan-nazarbayev", "berlin", ("2012-02", "xsd:gYearMonth"), "angela-merkel"),
    ),
]


@pytest.mark.parametrize(("text", "props"), POSSESSIVE_FOUND)
def test_during_a_titled_persons_visit(facts, text, props):
    assert props in _visits(facts(text))


POSSESSIVE_NOTHING = [
    "The deal will be signed during Prime Minister Narendra Modi's visit to Astana in July 2026.",
    "Kazatomprom hopes to sign the contract during President Xi Jinping's state visit to Astana"
    " in May.",
    "During President Xi Jinping's state visit to Astana in 2026, the sides are expected to sign"
    " a treaty.",
    "During President Xi Jinping's state visit to Astana in 2026, the two sides will sign a"
    " treaty.",
    "Talks continued with President Xi Jinping's envoy's visit to Astana in May 2024.",
    "Nothing has happened since President Xi Jinping's planned visit to Astana in May 2024 was"
    " cancelled.",
    "After President Xi Jinping's virtual visit to Astana in May 2024, the sides talked.",
    "During President Xi Jinping's state visit to Astana in May 2024, which took place online,"
    " the sides talked.",
    "During President Xi Jinping's visit to Astana next year, the sides will sign a treaty.",
    "Was the treaty signed during President Xi Jinping's visit to Astana in May 2024?",
    "With Foreign Minister Wang Yi's visit to Astana in May 2024, ties improved.",
]


@pytest.mark.parametrize("text", POSSESSIVE_NOTHING)
def test_a_possessive_visit_to_come_or_online_gives_nothing(facts, text):
    assert _visits(facts(text)) == []


# REC17E's rule, landed here: "S [, which] took|assumed over the O's rotating chairmanship [in Y]"
CHAIR_FOUND = [
    (
        "China took over the SCO’s rotating chairmanship at the end of the summit.",
        {"kz:chair": ["chn"], "kz:organisation": ["shanghai-cooperation-organisation"]},
    ),
    (
        "In 2024 China took over the SCO’s rotating chairmanship.",
        {
            "kz:chair": ["chn"],
            "kz:organisation": ["shanghai-cooperation-organisation"],
            "kz:year": [("2024", "xsd:gYear")],
        },
    ),
    (
        "China, which took over the SCO’s rotating chairmanship in 2024, hosted the summit.",
        {
            "kz:chair": ["chn"],
            "kz:organisation": ["shanghai-cooperation-organisation"],
            "kz:year": [("2024", "xsd:gYear")],
        },
    ),
]


def _chairmanships(extracted: list) -> list[dict]:
    return [fact[2] for fact in extracted if fact[:2] == ("node", "kz:Chairmanship")]


@pytest.mark.parametrize(("text", "props"), CHAIR_FOUND)
def test_took_over_the_rotating_chairmanship(facts, text, props):
    assert props in _chairmanships(facts(text))


CHAIR_NOTHING = [
    "China will take over the SCO’s rotating chairmanship in 2025.",
    "China is to take over the SCO’s rotating chairmanship in 2025.",
    "China takes over the SCO’s rotating chairmanship next year.",
    "China hopes to take over the SCO’s rotating chairmanship in 2025.",
    "China did not take over the SCO’s rotating chairmanship in 2024.",
    "China declined to take over the SCO’s rotating chairmanship in 2024.",
    "If China took over the SCO’s rotating chairmanship, it would host the summit.",
    "Russia claims that China took over the SCO’s rotating chairmanship in 2024.",
    "Did China take over the SCO’s rotating chairmanship in 2024?",
    "China was expected to take over the SCO’s rotating chairmanship in 2024.",
    "China took over the SCO’s rotating chairmanship talks in 2024.",
]


@pytest.mark.parametrize("text", CHAIR_NOTHING)
def test_a_chairmanship_to_come_or_denied_gives_nothing(facts, text):
    assert _chairmanships(facts(text)) == []


def test_the_giver_of_a_chairmanship_no_longer_chairs(facts):
    text = "Kazakhstan handed the SCO’s rotating chairmanship over to China in 2024."
    assert all(props["kz:chair"] != ["kaz"] for props in _chairmanships(facts(text)))


def test_a_denying_subject_of_recalled_gives_no_visit(facts):
    text = "Few Kazakhs recalled the state visit of Xi Jinping to Astana in 2019."
    assert _visits(facts(text)) == []
