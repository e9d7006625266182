"""Session 16's recall of programme participation (brief REC16F).

- "X has [also|however|...] taken part in [O's] P [since D]", "X only takes part in P": the
  perfect participle "taken part in" is one of the trigger phrases of
  `state-takes-part-in-programme` (data/triggers.jsonl), as "participated in" already was, and
  "only" is one of its light words. Look-alikes: a negation ("not", "never", "no longer"), a
  modal or plan, "as an observer" / "as a partner", talks or a meeting of the programme, an ended
  participation, a question, a condition and another speaker's claim give nothing.
- "P, a [scholarship] programme [of O] in which X has taken part|has participated|takes part
  [since D]" (relations.jsonl rec16f-programme-apposition-in-which-take-part): the relative
  clause names a participant of the programme its apposition names. Look-alikes: a negation, a
  wish, a plan, a modal, "as an observer|partner", "until D" and "participated in talks" give
  nothing.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples


def participations(text: str) -> set[tuple[str, str]]:
    """(participant, programme) of the kz:participatesInProgramme facts of ``text``."""
    return {
        (s, o)
        for s, p, o in assertion_triples(text, stem="rec16f")
        if p == "participatesInProgramme"
    }


PFP = "partnership-for-peace"
CAREC = "central-asia-regional-economic-cooperation-program"

FOUND = {
    "has-also-taken-part": (
        "Uzbekistan has also taken part in NATO's Partnership for Peace programme since 1994.",
        {("uzb", PFP)},
    ),
    "has-already-taken-part": (
        "Mongolia has already taken part in the Asian Development Bank's Central Asia Regional"
        " Economic Cooperation Program.",
        {("mng", CAREC)},
    ),
    "pronoun-has-taken-part": (
        "Georgia is a member of the United Nations, and it has taken part in NATO's Partnership"
        " for Peace programme.",
        {("geo", PFP)},
    ),
    "only-takes-part": (
        "Armenia only takes part in NATO's Partnership for Peace programme.",
        {("arm", PFP)},
    ),
}


@pytest.mark.parametrize("case", sorted(FOUND))
def test_taken_part_in_programme_is_found(case):
    text, expected = FOUND[case]
    assert expected <= participations(text)


NOTHING = {
    "not": "Tajikistan has not taken part in NATO's Partnership for Peace programme.",
    "never": "Tajikistan has never taken part in NATO's Partnership for Peace programme.",
    "no-longer": "Tajikistan no longer takes part in NATO's Partnership for Peace programme.",
    "only-as-observer": "Tajikistan has only taken part in NATO's Partnership for Peace"
    " programme as an observer.",
    "observer-after": "Tajikistan has taken part in NATO's Partnership for Peace programme only"
    " as an observer.",
    "as-partner": "Tajikistan has taken part in NATO's Partnership for Peace programme as a"
    " partner country.",
    "only-observer-takes": "Tajikistan only takes part in NATO's Partnership for Peace programme"
    " as an observer.",
    "may": "Tajikistan may have taken part in NATO's Partnership for Peace programme.",
    "would": "Tajikistan would have taken part in NATO's Partnership for Peace programme.",
    "only-plans": "Tajikistan only plans to take part in NATO's Partnership for Peace programme.",
    "applied": "Tajikistan has only applied to take part in NATO's Partnership for Peace"
    " programme.",
    "expected": "Tajikistan is expected to have taken part in NATO's Partnership for Peace"
    " programme by 2030.",
    "talks": "Tajikistan has taken part in talks on NATO's Partnership for Peace programme.",
    "meeting": "Tajikistan has taken part in a meeting of NATO's Partnership for Peace programme.",
    "until-left": "Tajikistan had taken part in NATO's Partnership for Peace programme until it"
    " left in 2010.",
    "formerly": "Tajikistan has formerly taken part in NATO's Partnership for Peace programme.",
    "claim": "Critics claim Tajikistan has taken part in NATO's Partnership for Peace programme.",
    "question": "Has Tajikistan taken part in NATO's Partnership for Peace programme?",
    "condition": "If Tajikistan had taken part in NATO's Partnership for Peace programme, Russia"
    " would have objected.",
}


@pytest.mark.parametrize("case", sorted(NOTHING))
def test_taken_part_look_alikes_give_nothing(case):
    assert participations(NOTHING[case]) == set()


# --- "P, a programme (of O) in which X has taken part|has participated since D" ---------------

APPOSITION_FOUND = {
    "of-org-has-taken-part": (
        "Its Turkmen section belongs to the Central Asia Regional Economic Cooperation Program, a"
        " programme of the Asian Development Bank in which Turkmenistan has taken part since"
        " 2010.",
        {("tkm", CAREC)},
    ),
    "has-participated": (
        "Officers trained under the Partnership for Peace, a programme of NATO in which Armenia"
        " has participated since 1994.",
        {("arm", PFP)},
    ),
    "takes-part": (
        "The loan is consistent with the Central Asia Regional Economic Cooperation Program, a"
        " programme of the Asian Development Bank in which Mongolia takes part.",
        {("mng", CAREC)},
    ),
}


@pytest.mark.parametrize("case", sorted(APPOSITION_FOUND))
def test_programme_apposition_in_which_is_found(case):
    text, expected = APPOSITION_FOUND[case]
    assert expected <= participations(text)


def apposition(clause: str) -> str:
    """A sentence naming the Partnership for Peace in an apposition ending with ``clause``."""
    return (
        f"Officers trained under the Partnership for Peace, a programme of NATO in which {clause}."
    )


APPOSITION_NOTHING = {
    "not": "Tajikistan has not participated",
    "never": "Tajikistan never took part",
    "no-longer": "Tajikistan no longer takes part",
    "hopes": "Tajikistan hopes to participate",
    "will": "Tajikistan will take part from 2027",
    "may": "Tajikistan may take part",
    "expected": "Tajikistan is expected to take part",
    "plans": "Tajikistan plans to take part",
    "observer": "Tajikistan has taken part as an observer",
    "only-partner": "Tajikistan has taken part only as a partner",
    "until": "Tajikistan took part until 2015",
    "talks": "Tajikistan has participated in talks",
}


@pytest.mark.parametrize("case", sorted(APPOSITION_NOTHING))
def test_programme_apposition_look_alikes_give_nothing(case):
    assert participations(apposition(APPOSITION_NOTHING[case])) == set()
