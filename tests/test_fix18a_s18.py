"""Two invented facts of REC18B's rules mended (brief FIX18A, session 18), each with the rules' own
constructions that must still be found and look-alikes that must give nothing:

- a signing's gap to the treaty crossed into a second clause: "During X's visit to P, A and B
  signed a memorandum, and the T was signed later in C" gave T the visit's city and A and B as
  signatories. The rec18b during-visit|date rules' gap holds no "and", "but", "or" or comma, and
  treaty-signed-by-states refuses a treaty followed by a finite verb (the subject of its own
  clause);
- "with C as guarantor" took anything after the noun ("the guarantor they had rejected", "as
  guarantor of A's security"): the guarantor noun now closes the match (or "of its
  implementation").
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples

PROPERTIES = {"signatory", "signingDate", "signingPlace", "guarantor"}


def treaty_facts(text: str) -> set[tuple[str, str, str]]:
    """The signing and guarantee triples of ``text``."""
    return {t for t in assertion_triples(text, stem="fix18a") if t[1] in PROPERTIES}


MEMO_THEN_TREATY = (
    "During Xi Jinping's state visit to Astana, Kazakhstan and China signed a memorandum, and the"
    " Treaty on Good-Neighbourliness was signed {}."
)

FOUND = {
    # the signings' own constructions
    "visit-city-and-date": (
        "During Mirziyoyev's state visit to Dushanbe on 17 August 2022, Uzbekistan and"
        " Tajikistan signed the Treaty on Allied Relations.",
        {
            ("treaty-on-allied-relations", "signingPlace", "dushanbe"),
            ("treaty-on-allied-relations", "signingDate", "2022-08-17"),
            ("treaty-on-allied-relations", "signatory", "uzb"),
            ("treaty-on-allied-relations", "signatory", "tjk"),
        },
    ),
    "visit-the-two-presidents": (
        "During the Polish president's visit to Vilnius, at the invitation of his Lithuanian"
        " counterpart, the two presidents signed the Treaty on the State Border between Poland"
        " and Lithuania.",
        {("treaty-on-the-state-border-between-poland-and-lithuania", "signingPlace", "vilnius")},
    ),
    "fronted-date-during-visit": (
        "On 4 July 2019, during a state visit by the Armenian president to Tbilisi at the"
        " invitation of his Georgian counterpart, Armenia and Georgia signed the Agreement on"
        " Road Transport.",
        {("agreement-on-road-transport", "signingDate", "2019-07-04")},
    ),
    "memorandum-keeps-the-visit": (
        MEMO_THEN_TREATY.format("later in Beijing"),
        {
            ("memorandum-fix18a-s0", "signingPlace", "astana"),
            ("memorandum-fix18a-s0", "signatory", "kaz"),
            ("memorandum-fix18a-s0", "signatory", "chn"),
        },
    ),
    "the-second-clause-gives-its-own-place": (
        MEMO_THEN_TREATY.format("in Beijing"),
        {("treaty-on-good-neighbourliness", "signingPlace", "beijing")},
    ),
    "a-list-of-objects": (
        "Kazakhstan and China signed the Treaty on Good-Neighbourliness, the Agreement on Trade,"
        " and the Convention on Transit.",
        {
            ("treaty-on-good-neighbourliness", "signatory", "kaz"),
            ("agreement-on-trade", "signatory", "chn"),
            ("convention-on-transit", "signatory", "kaz"),
        },
    ),
    "two-objects-joined-by-and": (
        "Kazakhstan and China signed a memorandum and the Treaty on Good-Neighbourliness.",
        {("treaty-on-good-neighbourliness", "signatory", "chn")},
    ),
    "place-and-date-after-the-treaty": (
        "Kazakhstan and China signed the Treaty on Good-Neighbourliness in Beijing in 2002.",
        {
            ("treaty-on-good-neighbourliness", "signingPlace", "beijing"),
            ("treaty-on-good-neighbourliness", "signingDate", "2002"),
        },
    ),
    # the guarantors' own constructions
    "active-with-state-as-guarantor": (
        "Armenia and Azerbaijan signed the Agreement on the Ceasefire in Doha, with France as"
        " guarantor.",
        {("agreement-on-the-ceasefire", "guarantor", "fra")},
    ),
    "passive-with-states-as-its-guarantors": (
        "The Agreement on the Ceasefire was signed in Doha on 3 May 2021 by Armenia and"
        " Azerbaijan, with France and Italy as its guarantors.",
        {
            ("agreement-on-the-ceasefire", "guarantor", "fra"),
            ("agreement-on-the-ceasefire", "guarantor", "ita"),
        },
    ),
    "guarantor-then-semicolon": (
        "Armenia and Azerbaijan signed the Treaty on Peace, with Russia as guarantor; talks"
        " continued.",
        {("treaty-on-peace", "guarantor", "rus")},
    ),
    "guarantor-then-comma": (
        "Armenia and Azerbaijan signed the Treaty on Peace, with Russia as guarantor, in 2020.",
        {("treaty-on-peace", "guarantor", "rus")},
    ),
    "guarantor-of-its-implementation": (
        "Armenia and Azerbaijan signed the Treaty on Peace, with Russia as guarantor of its"
        " implementation.",
        {("treaty-on-peace", "guarantor", "rus")},
    ),
    "guarantor-states": (
        "Armenia and Azerbaijan signed the Treaty on Peace, with Russia and Turkey as the"
        " guarantor states.",
        {("treaty-on-peace", "guarantor", "rus"), ("treaty-on-peace", "guarantor", "tur")},
    ),
}


@pytest.mark.parametrize("case", sorted(FOUND))
def test_the_construction_gives_its_facts(case):
    text, expected = FOUND[case]
    assert expected <= treaty_facts(text)


#: (text, facts of which none may be found)
NOTHING = {
    # a second clause after the signing: its treaty has neither the visit nor the signers
    "memo-and-treaty-signed-later": (
        MEMO_THEN_TREATY.format("later in Beijing"),
        ("treaty-on-good-neighbourliness", {"signatory", "signingPlace"}),
    ),
    "memo-and-treaty-signed-in-city": (
        MEMO_THEN_TREATY.format("in Beijing"),
        ("treaty-on-good-neighbourliness", {"signatory"}),
    ),
    "memo-but-treaty-signed": (
        "During Xi Jinping's state visit to Astana, Kazakhstan and China signed a memorandum, but"
        " the Treaty on Good-Neighbourliness was signed in Beijing.",
        ("treaty-on-good-neighbourliness", {"signatory"}),
    ),
    "memo-and-treaty-entered-into-force": (
        "During Xi Jinping's state visit to Astana, Kazakhstan and China signed a memorandum, and"
        " the Treaty on Good-Neighbourliness entered into force.",
        ("treaty-on-good-neighbourliness", {"signatory", "signingPlace"}),
    ),
    "protocol-and-treaty-ratified": (
        "During Mirziyoyev's visit to Dushanbe, Uzbekistan and Tajikistan signed a protocol, and"
        " the Treaty on Allied Relations was ratified.",
        ("treaty-on-allied-relations", {"signatory", "signingPlace"}),
    ),
    "two-presidents-memo-and-treaty-later": (
        "During Mirziyoyev's visit to Dushanbe, the two presidents signed a memorandum, and the"
        " Treaty on the State Border between Uzbekistan and Tajikistan was signed later.",
        ("treaty-on-the-state-border-between-uzbekistan-and-tajikistan", {"signingPlace"}),
    ),
    "fronted-date-memo-and-treaty-a-year-later": (
        "On 4 July 2019, during a state visit to Tbilisi, Armenia and Georgia signed a memorandum,"
        " and the Agreement on Road Transport was signed a year later.",
        ("agreement-on-road-transport", {"signatory", "signingDate"}),
    ),
    "fronted-date-memo-but-treaty-in-2020": (
        "On 4 July 2019, during a state visit to Tbilisi, Armenia and Georgia signed a memorandum,"
        " but the Agreement on Road Transport was signed in 2020.",
        ("agreement-on-road-transport", {"signatory"}),
    ),
    "no-visit-memo-and-treaty-later": (
        "Kazakhstan and China signed a memorandum, and the Treaty on Good-Neighbourliness was"
        " signed later in Beijing.",
        ("treaty-on-good-neighbourliness", {"signatory"}),
    ),
    "no-visit-memo-and-treaty-later-was": (
        "Kazakhstan and China signed a memorandum, and the Treaty on Good-Neighbourliness later"
        " was signed in Beijing.",
        ("treaty-on-good-neighbourliness", {"signatory"}),
    ),
    "no-visit-memo-and-treaty-has-been": (
        "Kazakhstan and China signed a memorandum, and the Treaty on Good-Neighbourliness has"
        " been in force since 2003.",
        ("treaty-on-good-neighbourliness", {"signatory"}),
    ),
    # "with C as guarantor": the noun closes it
    "the-guarantor-they-had-rejected": (
        "Armenia and Azerbaijan signed the Treaty on Peace, with Russia as the guarantor they had"
        " rejected.",
        ("treaty-on-peace", {"guarantor"}),
    ),
    "guarantor-of-a-states-security": (
        "Armenia and Azerbaijan signed the Treaty on Peace, with Russia as guarantor of Armenia's"
        " security.",
        ("treaty-on-peace", {"guarantor"}),
    ),
    "guarantor-of-the-security-of": (
        "Armenia and Azerbaijan signed the Treaty on Peace, with Russia as guarantor of the"
        " security of Armenia.",
        ("treaty-on-peace", {"guarantor"}),
    ),
    "guarantor-in-name-only": (
        "Armenia and Azerbaijan signed the Treaty on Peace, with Russia as guarantor in name only.",
        ("treaty-on-peace", {"guarantor"}),
    ),
    "guarantor-and-another-as-observer": (
        "Armenia and Azerbaijan signed the Treaty on Peace, with Russia as guarantor and France as"
        " observer.",
        ("treaty-on-peace", {"guarantor"}),
    ),
    "guarantor-until": (
        "Armenia and Azerbaijan signed the Treaty on Peace, with Russia as guarantor until 2020.",
        ("treaty-on-peace", {"guarantor"}),
    ),
    "guarantor-for-a-state": (
        "Armenia and Azerbaijan signed the Treaty on Peace, with Russia as guarantor for Armenia.",
        ("treaty-on-peace", {"guarantor"}),
    ),
    "the-guarantor-that-another-wanted": (
        "Armenia and Azerbaijan signed the Treaty on Peace, with Russia as the guarantor that Baku"
        " had wanted.",
        ("treaty-on-peace", {"guarantor"}),
    ),
    "guarantor-of-the-treaty-they-rejected": (
        "Armenia and Azerbaijan signed the Treaty on Peace, with Russia as guarantor of the treaty"
        " they had rejected.",
        ("treaty-on-peace", {"guarantor"}),
    ),
    "passive-the-guarantor-they-had-rejected": (
        "The Treaty on Peace was signed by Armenia and Azerbaijan, with Russia as the guarantor"
        " they had rejected.",
        ("treaty-on-peace", {"guarantor"}),
    ),
    "passive-guarantor-of-a-states-security": (
        "The Treaty on Peace was signed by Armenia and Azerbaijan, with Russia as guarantor of"
        " Armenia's security.",
        ("treaty-on-peace", {"guarantor"}),
    ),
    "passive-guarantor-proposed-by": (
        "The Treaty on Peace was signed by Armenia and Azerbaijan, with Russia as the guarantor"
        " proposed by Baku.",
        ("treaty-on-peace", {"guarantor"}),
    ),
}


@pytest.mark.parametrize("case", sorted(NOTHING))
def test_the_look_alike_gives_nothing(case):
    text, (treaty, properties) = NOTHING[case]
    found = {(s, p) for s, p, _ in treaty_facts(text)}
    assert not {(treaty, p) for p in properties} & found
