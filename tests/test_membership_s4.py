"""Memberships, co-foundings, chairmanships, summits and predecessors, session 4: each new rule
or gap with sentences in other wording and with other entities than the corpus sentences that
suggested them, and look-alikes that must give nothing of that kind."""

from __future__ import annotations

from functools import partial

import pytest
from fact_cases import assert_gives, assert_gives_nothing, assert_paired, extract
from fact_cases import member as _member
from fact_cases import triple as _triple

_extract = partial(extract, stem="membership-s4-test")


# (rule, sentence, facts it must give)
POSITIVES = [
    # trailing companions (gapping.py): the group after the match shares its subject and date
    ("joined-organisation+companions",
     "Estonia joined the European Union on 1 May 2004, along with Latvia and Lithuania.",
     [_triple("lva", "memberOf", "european-union"),
      _member("ltu", "european-union", "2004-05-01")]),
    ("became-member-of+companions",
     "Poland became a member of NATO in March 1999 together with Hungary and the Czech Republic.",
     [_member("hun", "nato", "1999-03"), _member("cze", "nato", "1999-03")]),
    ("one-of-the-founders-of+companions",
     "Indonesia was one of the founding members of ASEAN in 1967, alongside Malaysia, the "
     "Philippines, Singapore and Thailand.",
     [_triple("tha", "coFounderOf", "asean"),
      _member("mys", "asean", "1967", cls="FoundingMembership")]),
]

# (rule, sentence, what no fact may name)
NEGATIVES = [
    ("joined-organisation+companions",
     "Estonia joined the European Union on 1 May 2004, along with a wave of eight other states.",
     "lva"),
    ("joined-organisation+companions",
     "Lithuania joined NATO in 2004, together with Romania's army.", "rou"),
    ("became-member-of+companions",
     "Poland became a member of NATO in 1999 together with ASEAN's support.",
     "'asean', 'kz:memberOf'"),
    ("one-of-the-founders-of+companions",
     "Latvia probably was one of the founding members of ASEAN, alongside Estonia.", "est"),
]


@pytest.mark.parametrize(("rule", "text", "expected"), POSITIVES)
def test_a_construction_in_other_wording_gives_its_facts(rule, text, expected, scoring):
    assert_gives(_extract(text, scoring), rule, expected)


@pytest.mark.parametrize(("rule", "text", "kind"), NEGATIVES)
def test_a_look_alike_gives_nothing_of_that_kind(rule, text, kind, scoring):
    assert_gives_nothing(_extract(text, scoring), rule, kind)


def test_every_rule_of_the_block_has_a_positive_and_a_negative():
    assert_paired(POSITIVES, NEGATIVES)
