"""The extractor scored on the second blind corpus (tests/blind2/), unseen while writing rules.

Scored once, blind, at commit 00b8139 on 2026-11-22: P=0.781 R=0.420 (50 matched, 64
extracted, 119 gold), below issue 3's generality bars (P 0.90, R 0.70). The test holds that
measured floor, rounded down, as a regression guard; tests/blind2/README.md has the details.
After the apposition fix (commit e176d7f) it measured P=0.969 R=0.521; the precision floor
follows that, the recall floor stays at the blind figure.
"""

from __future__ import annotations

from pathlib import Path

BLIND2 = Path(__file__).parent / "blind2"

MEASURED_PRECISION_FLOOR = 0.96
MEASURED_RECALL_FLOOR = 0.42


def test_extractor_holds_the_measured_floor_on_the_second_blind_corpus(scoring):
    score = scoring.score_corpus(BLIND2 / "corpus", BLIND2 / "gold")
    print(score.report("blind2"))
    assert score.gold == 119
    assert score.precision >= MEASURED_PRECISION_FLOOR, score.report("blind2")
    assert score.recall >= MEASURED_RECALL_FLOOR, score.report("blind2")
