"""relation_dates: which dates a rule's pattern takes, and dates found around a match."""

from __future__ import annotations

from kzgraph.relation_dates import _date_introducers, _leading_date_role, _trailing_date_role


def test_a_pattern_s_date_introducers_roles_and_positions():
    pattern = "[in|on {D:Date} ,?] {S:State} joined {O:Organisation} [since {E:Date}]"
    assert _date_introducers(pattern) == frozenset({"in", "on", "since"})
    assert _leading_date_role(pattern) == "D"
    assert _trailing_date_role(pattern) == "E"
    assert _leading_date_role("{S:State} joined {O:Organisation}") is None
    assert _trailing_date_role("{S:State} joined {O:Organisation}") is None
