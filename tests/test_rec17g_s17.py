"""Fields, pipelines and figures read in session 17 (brief REC17G), each construction with the
look-alikes that must give nothing:

- "C [and D] began|started|commenced developing|to develop F [in D]" (relations.jsonl
  `company-began-developing`: the alternatives "developing|to develop" had read as two tokens,
  "developing develop", so only "began to develop" matched); a chronology line's "C begins
  developing F" is its past. Plans, expectations, negations, questions, conditionals, other
  verbs of beginning ("began exploring", "began talks on") give nothing.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples, named_cases


def develops(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in assertion_triples(text, stem="rec17g") if p == "develops"}


def start_dates(text: str) -> set[str]:
    found = assertion_triples(text, stem="rec17g")
    return {o for s, p, o in found if p == "startDate" and s.startswith("field-development")}


BEGAN_DEVELOPING = {
    "began-developing": (
        "Eni and Shell began developing the Karachaganak field in 1997.",
        {("eni", "karachaganak-field"), ("shell", "karachaganak-field")},
        {"1997"},
    ),
    "started-developing": (
        "Chevron started developing the Tengiz oil field in 1993.",
        {("chevron", "tengiz-oil-field")},
        {"1993"},
    ),
    "began-to-develop": (
        "Cameco began to develop the Inkai uranium deposit in 1996.",
        {("cameco", "inkai-uranium-deposit")},
        {"1996"},
    ),
    "chronology-singular-begins": (
        "1993 – Chevron begins developing the Tengiz oil field.",
        {("chevron", "tengiz-oil-field")},
        {"1993"},
    ),
}


@pytest.mark.parametrize(("text", "pairs", "dates"), named_cases(BEGAN_DEVELOPING))
def test_began_developing_is_developing_since(text, pairs, dates):
    assert develops(text) == pairs
    assert start_dates(text) == dates


NOT_DEVELOPING = {
    "plans": "Chevron plans to begin developing the Tengiz oil field in 2027.",
    "expected": "Chevron is expected to begin developing the Tengiz oil field in 2027.",
    "not-begun": "Chevron has not begun developing the Tengiz oil field.",
    "never": "Chevron never began developing the Tengiz oil field.",
    "exploring": "Chevron began exploring the Tengiz oil field in 1993.",
    "talks": "Chevron began talks on developing the Tengiz oil field in 1993.",
    "would": "Chevron would begin developing the Tengiz oil field if it won the licence.",
    "question": "Did Chevron begin developing the Tengiz oil field in 1993?",
    "hoped": "Chevron had hoped to begin developing the Tengiz oil field in 1993.",
    "preparing": "Chevron began preparing to develop the Tengiz oil field in 1993.",
    "bidding": "Chevron began bidding to develop the Tengiz oil field in 1993.",
    "will": "Chevron and Eni will begin developing the Tengiz oil field in 2026.",
    "chronology-are-to": "2027 – Chevron and Eni are to begin developing the Tengiz oil field.",
    "chronology-negotiating": "1993 – Chevron and Eni begin negotiating over the Tengiz oil field.",
    "conditional": "If Chevron began developing the Tengiz oil field, prices would fall.",
    "claim": "Russian officials claim that Chevron began developing the Tengiz oil field in 1993.",
}


@pytest.mark.parametrize("text", NOT_DEVELOPING.values(), ids=NOT_DEVELOPING.keys())
def test_what_only_looks_like_beginning_to_develop_gives_nothing(text):
    assert not develops(text)

