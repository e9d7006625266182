"""The extractor on tests/traps/: look-alike sentences that state no fact must give nothing.

A wrong triple is worse than a missing one, so the floor here is exact: every extracted fact
must be in the gold. The corpus and its first score are described in tests/traps/README.md.
"""

from __future__ import annotations

from pathlib import Path

TRAPS = Path(__file__).parent / "traps"


def test_no_trap_gives_a_fact(scoring):
    score = scoring.score_corpus(TRAPS / "corpus", TRAPS / "gold")
    print(score.report("traps"))
    assert score.gold == 26
    assert score.extracted == score.matched, score.report("traps")
    assert score.recall >= 1.00, score.report("traps")
