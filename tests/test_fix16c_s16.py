"""Session 16's review findings 2, 4, 6, 7 and 10 (brief FIX16C): each probe the review gave
must give no fact, each look-alike in plain statement keeps its fact.

- a refutation that names one of the match's own states ("A and B joined O; this is untrue of
  B", ", which is not true of B") refutes the match: hedges._without_restricted_refutations masks
  it only when it names someone the match does not ("...; this is untrue of Norway");
- "met in C on D for the summit of O" and "have met at O summits in C on D" start at their
  subject (the|its|their [number] leaders|heads|presidents), so a negation before the verb is
  inside the match and a claim ("Russia claims the leaders met") or a hope ("had hoped they
  met") before the subject is no summit; a declaration's "having met in C on D for the summit
  of O" is read on its own, not after "never|not";
- a chronology line's "D – The leaders of O hold a summit in C" whose clause has its own date
  ("... in C in 2019") is not dated by the heading;
- a chronology line's "D – A and B establish diplomatic relations with C" establishes none
  between A and B.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples, date, named_cases, node

SCO = "shanghai-cooperation-organisation"
IFAS = "international-fund-for-saving-the-aral-sea"
ASTANA_2017 = "summit-shanghai-cooperation-organisation-astana-2017-06-08"


def triples(text: str) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="fix16c-s16")


def summit(org: str, city: str, start: str):
    return node("Summit", organisation=[org], heldIn=[city], startDate=[date(start)])


# --- finding 2: a refutation naming one of the match's own states ------------------------------

REFUTED = {
    "semicolon-untrue-of-a-member": (
        "Kazakhstan and Uzbekistan joined the SCO in 2001; this is untrue of Uzbekistan.",
        ("uzb", "memberOf", SCO),
    ),
    "which-is-not-true-of-a-member": (
        "Kazakhstan and Uzbekistan joined the SCO in 2001, which is not true of Uzbekistan.",
        ("uzb", "memberOf", SCO),
    ),
    "signatory-untrue-of-a-member": (
        "Kazakhstan and Uzbekistan signed the Collective Security Treaty in 1992; this is untrue"
        " of Uzbekistan.",
        ("collective-security-treaty", "signatory", "uzb"),
    ),
    "untrue-of-the-named-member": (
        "Kazakhstan and the Netherlands signed the Energy Charter Treaty in 1994; this is untrue"
        " of the Netherlands.",
        ("energy-charter-treaty", "signatory", "nld"),
    ),
    "untrue-of-the-one-member": (
        "Estonia joined the EU in 2004; this is untrue of Estonia.",
        ("est", "memberOf", "european-union"),
    ),
}

KEPT = {
    "untrue-of-an-outsider": (
        "Kazakhstan and Uzbekistan joined the SCO in 2001; this is untrue of Norway.",
        {("kaz", "memberOf", SCO), ("uzb", "memberOf", SCO)},
    ),
    "not-true-of-an-outsider": (
        "Kazakhstan and Uzbekistan joined the SCO in 2001, which is not true of Turkmenistan.",
        {("kaz", "memberOf", SCO), ("uzb", "memberOf", SCO)},
    ),
    "signatories-untrue-of-an-outsider": (
        "Kazakhstan and Uzbekistan signed the Collective Security Treaty in 1992; this is untrue"
        " of Norway.",
        {
            ("collective-security-treaty", "signatory", "kaz"),
            ("collective-security-treaty", "signatory", "uzb"),
        },
    ),
    "one-member-untrue-of-an-outsider": (
        "Estonia joined the EU in 2004; this is untrue of Norway.",
        {("est", "memberOf", "european-union")},
    ),
}


@pytest.mark.parametrize(("text", "refuted"), named_cases(REFUTED))
def test_refutation_naming_a_member_refutes(text, refuted):
    assert refuted not in triples(text)


@pytest.mark.parametrize(("text", "expected"), named_cases(KEPT))
def test_refutation_naming_an_outsider_keeps_the_fact(text, expected):
    assert expected <= triples(text)


# --- findings 4, 6, 7: summits -------------------------------------------------------------------

NO_SUMMIT = [
    "The leaders never met in Astana on 8 June 2017 for the summit of the SCO.",
    "Kazakhstan and Russia have never met at SCO summits in Astana on 8 June 2017.",
    "Russia claims the leaders met in Astana on 8 June 2017 for the summit of the SCO.",
    "The leaders had hoped they met in Astana on 8 June 2017 for the summit of the SCO.",
    "The heads of state have never met at IFAS summits in Almaty on 28 April 2009.",
    "The leaders have not met at SCO summits in Astana on 8 June 2017.",
    "8 June 2017 – The leaders of the SCO hold a summit in Astana in 2019.",
    "8 June 2017 – The leaders of the SCO hold a summit in Astana on 4 July 2019.",
    "8 June 2017 – Heads of state of the SCO hold their summit in Astana from 3 July 2019.",
    # the "leaders of O met ... for its summit" rules too (FIX16C's note, mended by the lead)
    "Russia claims the leaders of the SCO met in Astana on 8 June 2017 for its tenth summit.",
    "Russia claims the leaders of the SCO met in Astana on 8 June 2017 for the SCO's tenth summit.",
]

SUMMITS = {
    "met-in-city-for-the-summit-of-org": (
        "The leaders met in Astana on 8 June 2017 for the summit of the SCO.",
        summit(SCO, "astana", "2017-06-08"),
    ),
    "number-of-presidents-met": (
        "The five presidents met in Dushanbe on 15 September 2023 for the summit of the"
        " International Fund for Saving the Aral Sea.",
        summit(IFAS, "dushanbe", "2023-09-15"),
    ),
    "heads-of-state-have-met-at-summits": (
        "The heads of state have met at IFAS summits in Almaty on 28 April 2009.",
        summit(IFAS, "almaty", "2009-04-28"),
    ),
    "dated-line-hold-a-summit": (
        "8 June 2017 – The leaders of the SCO hold a summit in Astana.",
        summit(SCO, "astana", "2017-06-08"),
    ),
    "dated-line-hold-a-summit-in-the-capital": (
        "8 June 2017 – The leaders of the SCO hold a summit in Astana, the capital of Kazakhstan.",
        summit(SCO, "astana", "2017-06-08"),
    ),
}


@pytest.mark.parametrize("text", NO_SUMMIT)
def test_look_alike_gives_no_summit(text):
    assert not any(subject.startswith("summit-") for subject, _, _ in triples(text))


@pytest.mark.parametrize(("text", "expected"), named_cases(SUMMITS))
def test_summit_found(facts, text, expected):
    assert expected in facts(text)


# --- finding 10: a pair establishing relations with a third state --------------------------------


def relations_pairs(text: str) -> set[frozenset[str]]:
    return {frozenset({s, o}) for s, p, o in triples(text) if p == "hasDiplomaticRelationsWith"}


RELATIONS = {
    "pair-with-a-third-state": (
        "1992 – Kazakhstan and Israel establish diplomatic relations with Palestine.",
        {frozenset({"kaz", "pse"}), frozenset({"isr", "pse"})},
        {frozenset({"isr", "kaz"})},
    ),
    "pair-open-ties-with-a-third": (
        "12 March 1992 – Kazakhstan and Belarus open diplomatic relations with Latvia.",
        set(),
        {frozenset({"blr", "kaz"})},
    ),
    "pair-alone": (
        "1992 – Kazakhstan and Israel establish diplomatic relations.",
        {frozenset({"isr", "kaz"})},
        set(),
    ),
    "pair-with-a-clause": (
        "12 March 1992 – Kazakhstan and Belarus establish diplomatic relations; Belarus opens its"
        " embassy three years later.",
        {frozenset({"blr", "kaz"})},
        set(),
    ),
}


@pytest.mark.parametrize(("text", "found", "not_found"), named_cases(RELATIONS))
def test_dated_line_pair_relations(text, found, not_found):
    pairs = relations_pairs(text)
    assert found <= pairs
    assert not (not_found & pairs)


PARTICIPLE = {
    "having-met-for-the-summit": (
        "We, the Heads of State of Kazakhstan and Uzbekistan, having met in Astana on 8 June 2017"
        " for the summit of the SCO, declare the following:",
        True,
    ),
    "never-having-met": (
        "The leaders, never having met in Astana on 8 June 2017 for the summit of the SCO, wrote.",
        False,
    ),
    "not-having-met": (
        "The leaders, not having met in Astana on 8 June 2017 for the summit of the SCO, wrote.",
        False,
    ),
    "if-having-met": (
        "If the leaders, having met in Astana on 8 June 2017 for the summit of the SCO, agree.",
        False,
    ),
}


@pytest.mark.parametrize(("text", "held"), named_cases(PARTICIPLE))
def test_having_met_for_the_summit(text, held):
    assert ((ASTANA_2017, "heldIn", "astana") in triples(text)) is held
