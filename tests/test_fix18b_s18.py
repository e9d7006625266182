"""REC18D's visits mended (brief FIX18B, session 18).

"welcomed the state|official visit of V to P" tells a visit that happened only with its date
(rec18d-welcomed-dated-visit-of-person-to-place); words after a visit match that deny it or call
it off ("..., which has yet to be scheduled", "that never took place", ", called off in May
2020,") give nothing, from one lexicon list the REC18D visit rules share
(fix18b-visit-not-held-after), also where the words stand in an aside the extractor reads past
(relations._refused_as_written). The two rules' copied guards are lexicon lists named once.
"""

from __future__ import annotations

import pytest

VISIT = "kz:StateVisit"
VISIT_RULES = (
    "rec18d-during-visit-of-person-to-place",
    "rec18d-welcomed-dated-visit-of-person-to-place",
    "rec18d-titled-possessive-visit-to-place-on-date",
)


def _visits(extracted: list) -> list[dict]:
    return [fact[2] for fact in extracted if fact[:2] == ("node", VISIT)]


def _props(date=None, inviter=None) -> dict:
    props = {"kz:visitor": ["xi-jinping"], "kz:destination": ["astana"]}
    if date:
        props["kz:date"] = [date]
    if inviter:
        props["kz:invitedBy"] = [inviter]
    return props


NOTHING = [
    "Tokayev welcomed the state visit of Xi Jinping to Astana, which has yet to be scheduled.",
    "Tokayev recalled the state visit of Xi Jinping to Astana that never took place.",
    "During the state visit of Xi Jinping to Astana, called off in May 2020, nothing was signed.",
    "Tokayev welcomed the state visit of Xi Jinping to Astana.",
    "During the state visit of Xi Jinping to Astana, which was called off, nothing was signed.",
    "During the state visit of Xi Jinping to Astana, which never happened, nothing was signed.",
    "During the state visit of Xi Jinping to Astana, which did not take place, nothing was signed.",
    "During the state visit of Xi Jinping to Astana, which had been postponed twice, nothing was"
    " signed.",
    "During the state visit of Xi Jinping to Astana, which took place online, nothing was signed.",
    "During the state visit of Xi Jinping to Astana, the sides will sign a treaty.",
    "During Xi Jinping's state visit to Astana on 2 September 2022, which never took place,"
    " nothing was signed.",
]

FOUND = [
    (
        "During the state visit of Xi Jinping to Astana on 2 September 2022, the sides signed a"
        " treaty.",
        _props(("2022-09-02", "xsd:date")),
    ),
    (
        "During the official visit of Xi Jinping to Astana in 2019, the two presidents signed a"
        " treaty.",
        _props(("2019", "xsd:gYear")),
    ),
    (
        "During the state visit of Xi Jinping to Astana in September 2022 at the invitation of"
        " Kassym-Jomart Tokayev, the sides signed a treaty.",
        _props(("2022-09", "xsd:gYearMonth"), "kassym-jomart-tokayev"),
    ),
    (
        "Tokayev welcomed the state visit of Xi Jinping to Astana in September 2022.",
        _props(("2022-09", "xsd:gYearMonth")),
    ),
    (
        "During the state visit of Xi Jinping to Astana, which took place in September 2022, the"
        " sides signed a treaty.",
        _props(),
    ),
    (
        "During Xi Jinping's state visit to Astana on 2 September 2022, the sides signed a treaty.",
        _props(("2022-09-02", "xsd:date")),
    ),
]


@pytest.mark.parametrize("text", NOTHING)
def test_a_visit_denied_called_off_or_undated_welcomed_gives_nothing(facts, text):
    assert _visits(facts(text)) == []


@pytest.mark.parametrize(("text", "props"), FOUND)
def test_a_visit_that_happened_is_still_found(facts, text, props):
    assert props in _visits(facts(text))


def test_the_visit_rules_share_their_guards():
    from kzgraph.rule_dsl import load_relation_rules

    rules = load_relation_rules().rules
    for key in ("not_before", "not_after"):
        guards = {tuple(sorted(rules[rule_id][key])) for rule_id in VISIT_RULES}
        assert len(guards) == 1, key
    assert "which|that never" in rules[VISIT_RULES[0]]["not_before"]
