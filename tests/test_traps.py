"""The extractor on tests/traps/: look-alike sentences that state no fact must give nothing.

A wrong triple is worse than a missing one, so the floor here is exact: every extracted fact
must be in the gold. The corpus and its first score are described in tests/traps/README.md.
"""

from __future__ import annotations

from pathlib import Path

from fact_cases import assert_no_wrong_fact

TRAPS = Path(__file__).parent / "traps"


def test_no_trap_gives_a_fact(scoring):
    assert_no_wrong_fact(scoring, TRAPS, "traps", gold=26, recall=1.00)
