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
- "P [, aside,] was|has been joined by A and B [in D]" for a programme or a pipeline, and "P,
  launched|founded ... and joined by A and B," for a programme (relations.jsonl
  rec16f-*-joined-by): the passive of joining. Look-alikes: a possessive (a state's company),
  "as an observer|partner", a negation, "will be", "to be", "is expected to be", "could|may
  have been", "in talks", "until D", a condition, a claim, a question, a spur, "formerly" give
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


# --- the passive of joining: "P [, aside,] was joined by A and B [in D]" ----------------------


def pipeline_participants(text: str) -> set[tuple[str, str]]:
    """(pipeline, state) of the kz:participantState facts of ``text``."""
    return {(s, o) for s, p, o in assertion_triples(text, stem="rec16f") if p == "participantState"}


BTC = "btc-pipeline"

JOINED_BY_FOUND = {
    "pipeline-aside-was-joined-by": (
        "The Baku–Tbilisi–Ceyhan pipeline, built by BP and completed in 2005, was joined by"
        " Turkmenistan and Uzbekistan in 2012.",
        pipeline_participants,
        {(BTC, "tkm"), (BTC, "uzb")},
    ),
    "pipeline-was-joined-by": (
        "The Baku–Tbilisi–Ceyhan pipeline was joined by Turkmenistan in 2012.",
        pipeline_participants,
        {(BTC, "tkm")},
    ),
    "programme-was-joined-by": (
        "NATO's Partnership for Peace was joined by Armenia in 1994.",
        participations,
        {("arm", PFP)},
    ),
    "programme-launched-and-joined-by": (
        "NATO's Partnership for Peace, launched in 1994 and joined by Armenia and Georgia, grew"
        " quickly.",
        participations,
        {("arm", PFP), ("geo", PFP)},
    ),
}


@pytest.mark.parametrize("case", sorted(JOINED_BY_FOUND))
def test_joined_by_is_found(case):
    text, read, expected = JOINED_BY_FOUND[case]
    assert expected <= read(text)


JOINED_BY_NOTHING = {
    "possessive": "The Baku–Tbilisi–Ceyhan pipeline was joined by Turkmenistan's Türkmengaz in"
    " 2012.",
    "observer": "The Baku–Tbilisi–Ceyhan pipeline was joined by Turkmenistan as an observer in"
    " 2012.",
    "partner": "The Baku–Tbilisi–Ceyhan pipeline was joined by Turkmenistan as a partner.",
    "not": "The Baku–Tbilisi–Ceyhan pipeline was not joined by Turkmenistan.",
    "will": "The Baku–Tbilisi–Ceyhan pipeline will be joined by Turkmenistan in 2030.",
    "expected": "The Baku–Tbilisi–Ceyhan pipeline is expected to be joined by Turkmenistan in"
    " 2030.",
    "could-have": "The Baku–Tbilisi–Ceyhan pipeline could have been joined by Turkmenistan in"
    " 2012.",
    "talks": "The Baku–Tbilisi–Ceyhan pipeline was joined by Turkmenistan in talks on a new spur.",
    "until": "The Baku–Tbilisi–Ceyhan pipeline was joined by Turkmenistan until 2010.",
    "condition": "If the Baku–Tbilisi–Ceyhan pipeline was joined by Turkmenistan, Russia would"
    " object.",
    "claim": "Critics claim the Baku–Tbilisi–Ceyhan pipeline was joined by Turkmenistan in 2012.",
    "question": "Was the Baku–Tbilisi–Ceyhan pipeline joined by Turkmenistan in 2012?",
    "spur": "The Baku–Tbilisi–Ceyhan pipeline was joined by a spur from Turkmenistan in 2012.",
}


@pytest.mark.parametrize("case", sorted(JOINED_BY_NOTHING))
def test_pipeline_joined_by_look_alikes_give_nothing(case):
    assert pipeline_participants(JOINED_BY_NOTHING[case]) == set()


PROGRAMME_JOINED_BY_NOTHING = {
    "observer": "NATO's Partnership for Peace, launched in 1994 and joined by Armenia as an"
    " observer, grew.",
    "to-be": "NATO's Partnership for Peace, launched in 1994 and soon to be joined by Armenia,"
    " grew.",
    "expected": "NATO's Partnership for Peace, launched in 1994 and expected to be joined by"
    " Armenia, grew.",
    "never": "NATO's Partnership for Peace, launched in 1994 and never joined by Armenia, grew.",
    "possessive": "NATO's Partnership for Peace, launched in 1994 and joined by Armenia's army,"
    " grew.",
    "until": "NATO's Partnership for Peace, launched in 1994 and joined by Armenia until 2010,"
    " grew.",
    "partner": "NATO's Partnership for Peace, launched in 1994 and joined by Armenia as a"
    " partner, grew.",
    "condition": "If NATO's Partnership for Peace, launched in 1994 and joined by Armenia, grows,"
    " Russia will object.",
    "will": "NATO's Partnership for Peace will be joined by Armenia in 2030.",
    "may-have": "NATO's Partnership for Peace may have been joined by Armenia in 1994.",
    "formerly": "NATO's Partnership for Peace was formerly joined by Armenia.",
}


@pytest.mark.parametrize("case", sorted(PROGRAMME_JOINED_BY_NOTHING))
def test_programme_joined_by_look_alikes_give_nothing(case):
    assert participations(PROGRAMME_JOINED_BY_NOTHING[case]) == set()
