"""An inviter after a verb of arriving (session 23's brief INVITE23).

"X came for a state visit to C on D at the invitation of P": the parser hangs "at the
invitation of P" on the verb, so the visit noun's time-subject reading (nominal._clause_subject)
took P for another actor of the clause and left the visitor unknown; the visit was then read
neither by the event noun nor by the fallback rule (which leaves a visit with an unnamed inviter
alone). The invitation phrase on the arrival verb is the inviter's place, not another actor's.

Look-alikes that give nothing: a minister's visit (no state visit), a planned or expected visit,
a visit declined or only extended ("invited X to come"), a negation, an inviter the sentence
cannot name ("of his counterpart", "of the government").
"""

from __future__ import annotations

import gold_scoring
import pytest
from fact_cases import extract, named_cases


def visits(text: str) -> list:
    _, facts = extract(text, gold_scoring, stem="invite23-s23")
    return [f[2] for f in facts if f[0] == "node" and f[1] == "kz:StateVisit"]


def visit(visitor: str, place: str, date: str, inviter: str) -> dict:
    return {
        "kz:date": [(date, "xsd:date")],
        "kz:destination": [place],
        "kz:invitedBy": [inviter],
        "kz:visitor": [visitor],
    }


READ = {
    "returned": (
        "Putin returned for a state visit to Bishkek on 28 March 2019 at the invitation of "
        "President Sooronbay Jeenbekov.",
        visit("vladimir-putin", "bishkek", "2019-03-28", "sooronbay-jeenbekov"),
    ),
    "came": (
        "Tokayev came for a state visit to Beijing on 3 May 2023 at the invitation of "
        "President Xi Jinping.",
        visit("kassym-jomart-tokayev", "beijing", "2023-05-03", "xi-jinping"),
    ),
    "inviter-with-relative-clause": (
        "Putin came for a state visit to Bishkek on 28 March 2019 at the invitation of "
        "President Sooronbay Jeenbekov, who met Xi Jinping.",
        visit("vladimir-putin", "bishkek", "2019-03-28", "sooronbay-jeenbekov"),
    ),
}


@pytest.mark.parametrize(("text", "expected"), named_cases(READ))
def test_inviter_after_an_arrival_verb(text, expected):
    assert visits(text) == [expected]


NOTHING = {
    "minister": "Lavrov came for a visit to Bishkek on 28 March 2019 at the invitation of "
    "Foreign Minister Chingiz Aidarbekov.",
    "planned": "Putin will come for a state visit to Bishkek on 28 March 2019 at the "
    "invitation of President Sooronbay Jeenbekov.",
    "expected": "Putin is expected to come for a state visit to Bishkek on 28 March 2019 at "
    "the invitation of President Sooronbay Jeenbekov.",
    "declined": "Putin declined to come for a state visit to Bishkek on 28 March 2019 at the "
    "invitation of President Sooronbay Jeenbekov.",
    "negated": "Putin did not come for a state visit to Bishkek on 28 March 2019 at the "
    "invitation of President Sooronbay Jeenbekov.",
    "extended": "Jeenbekov invited Putin to come for a state visit to Bishkek on 28 March 2019.",
    "counterpart": "Putin came for a state visit to Bishkek on 28 March 2019 at the invitation "
    "of his counterpart.",
    "another-events-inviter": "Putin came for a state visit to Bishkek on 28 March 2019 to "
    "attend a forum organised at the invitation of President Sooronbay Jeenbekov.",
    "two-inviters": "Putin came for a state visit to Bishkek on 28 March 2019 at the invitation "
    "of President Sooronbay Jeenbekov and President Xi Jinping.",
    "reported": "Jeenbekov said Putin came for a state visit to Bishkek on 28 March 2019 at the "
    "invitation of President Xi Jinping.",
    "government": "Putin came for a state visit to Bishkek on 28 March 2019 at the invitation "
    "of the Kyrgyz government.",
}


@pytest.mark.parametrize("text", named_cases({k: (v,) for k, v in NOTHING.items()}))
def test_look_alikes_give_no_state_visit(text):
    assert visits(text) == []
