"""Session 15's recall brief REC15E: chairmanships stated in two more general ways, each with
look-alikes that must give nothing:

- "A congratulated|commended|praised X on its (successful) chairmanship of O" (relations.jsonl
  rec15e-congratulated-state-on-its-chairmanship-of): praise of a chairmanship held; "on its
  upcoming|forthcoming|future chairmanship", "on its bid for|candidacy for|election to the
  chairmanship" give nothing;
- "X, which currently|now|still holds the chairmanship of O" (chairmanship-of-org takes an adverb
  after the relative pronoun); "which currently seeks|bids for", "which now aims to take over",
  "which will chair" give nothing.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples

CHAIR = ("osce", "chairedBy", "kaz")

FOUND = [
    "The Emir congratulated Kazakhstan on its chairmanship of the OSCE.",
    "The minister commended Kazakhstan on its successful chairmanship of the OSCE.",
    "Kazakhstan, which currently holds the chairmanship of the OSCE, will circulate the draft.",
    "Kazakhstan, which now holds the rotating chairmanship of the OSCE, hosted the meeting.",
]

NOTHING = [
    "The Emir congratulated Kazakhstan on its upcoming chairmanship of the OSCE.",
    "The Emir congratulated Kazakhstan on its forthcoming chairmanship of the OSCE.",
    "The Emir congratulated Kazakhstan on its future chairmanship of the OSCE.",
    "The Emir congratulated Kazakhstan on its bid for the chairmanship of the OSCE.",
    "The Emir congratulated Kazakhstan on its election to the chairmanship of the OSCE.",
    "The Emir congratulated Kazakhstan on its candidacy for the chairmanship of the OSCE.",
    "The Emir congratulated Kazakhstan on its plans for the chairmanship of the OSCE.",
    "Kazakhstan, which currently seeks the chairmanship of the OSCE, will circulate the draft.",
    "Kazakhstan, which now aims to take over the chairmanship of the OSCE, circulated the draft.",
    "Kazakhstan, which still hopes to hold the chairmanship of the OSCE, circulated the draft.",
    "Kazakhstan, which currently bids for the chairmanship of the OSCE, circulated the draft.",
    "Kazakhstan, which will chair the OSCE in 2026, will circulate the draft.",
    "The chairmanship of the OSCE passes to Kazakhstan next year.",
    "Kazakhstan made a bid to chair the OSCE.",
    "Kazakhstan aims to chair the OSCE.",
]


@pytest.mark.parametrize("text", FOUND)
def test_chairmanship_found(text: str) -> None:
    assert CHAIR in assertion_triples(text, stem="rec15e")


@pytest.mark.parametrize("text", NOTHING)
def test_chairmanship_not_read(text: str) -> None:
    assert CHAIR not in assertion_triples(text, stem="rec15e")
