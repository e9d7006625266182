"""Review findings on KNOWN18 mended (FIX18E): each finding's sentences with look-alikes that
must still give their fact.

1. A claim verb of the lexicon list fix18e-bare-claim-verbs right before a bare complement
   clause ("Critics allege|Moscow maintains|argues A joined O") makes it another speaker's
   claim (hedge-known18-bare-claim-preceding; "allege" joins hedge-reported-doubt beside
   "alleges" and "alleged"). "says|said|reported" are left out: the corpora read them as fact.
"""

from __future__ import annotations

import pytest
from fact_cases import extract, named_cases

STEM = "fix18e"
KAZ_WTO = ("kaz", "kz:memberOf", "wto")


def summary(scoring, text: str) -> set[tuple]:
    """The (s, p, o) triples of ``text``."""
    _, facts = extract(text, scoring, stem=STEM)
    return {fact[1:] for fact in facts if fact[0] == "triple"}


FOUND = {
    "plain": ("Kazakhstan joined the WTO in 2015.", KAZ_WTO),
    "said": ("The ministry said Kazakhstan joined the WTO in 2015.", KAZ_WTO),
    "claim_verb_earlier_sentence": (
        "Astana argues for dialogue. Kazakhstan joined the WTO in 2015.",
        KAZ_WTO,
    ),
    "relative_clause_then_maintains": (
        "Kazakhstan, which joined the WTO in 2015, maintains ties with Russia.",
        KAZ_WTO,
    ),
    "insists_in_other_clause": (
        "Astana insists on dialogue; Kazakhstan joined the WTO in 2015.",
        KAZ_WTO,
    ),
    "think_after": ("Kazakhstan joined the WTO in 2015, and critics think it benefited.", KAZ_WTO),
}

NOT_FOUND = {
    "critics_allege": ("Critics allege Kazakhstan joined the WTO in 2015.", KAZ_WTO),
    "moscow_maintains": ("Moscow maintains Kazakhstan joined the WTO in 2015.", KAZ_WTO),
    "moscow_argues": ("Moscow argues Kazakhstan joined the WTO in 2015.", KAZ_WTO),
    "critics_maintain": ("Critics maintain Kazakhstan joined the WTO in 2015.", KAZ_WTO),
    "russia_believes": ("Russia believes Kazakhstan joined the WTO in 2015.", KAZ_WTO),
    "they_insist": ("They insist Kazakhstan joined the WTO in 2015.", KAZ_WTO),
    "moscow_alleges": ("Moscow alleges Kazakhstan joined the WTO in 2015.", KAZ_WTO),
}


@pytest.mark.parametrize(("text", "fact"), named_cases(FOUND))
def test_the_statement_is_still_read(scoring, text, fact):
    assert fact in summary(scoring, text)


@pytest.mark.parametrize(("text", "fact"), named_cases(NOT_FOUND))
def test_a_bare_claim_gives_no_fact(scoring, text, fact):
    assert fact not in summary(scoring, text)
