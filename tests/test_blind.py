"""The extractor scored on the blind corpora (tests/blind/, tests/blind2/, tests/blind3/).

Each corpus was scored blind, before anyone read it to write rules (tests/blind: P 0.882
R 0.405 at f65b05f; tests/blind2: P 0.781 R 0.420 at 00b8139; tests/blind3: P 0.975 R 0.484
at 8026e9c; tests/blind4: P 0.872 R 0.347 and tests/blind5: P 0.845 R 0.390 at da74dc2):
recall below issue 3's generality bar of 0.70 each time. Each test holds the
floor measured since, rounded down, as a regression guard; all three were used for recall
work afterwards (tests/blind2 from 17:00 UTC and tests/blind3 from 17:31 UTC on 2026-11-22),
so these floors are no longer blind figures. Each corpus's README gives the history.
"""

from __future__ import annotations

from pathlib import Path

import pytest

TESTS = Path(__file__).parent

FLOORS = [
    # corpus, gold facts, precision floor, recall floor
    ("blind", 111, 1.00, 0.77),
    ("blind2", 119, 1.00, 0.99),
    ("blind3", 161, 1.00, 0.95),
    ("blind4", 196, 0.87, 0.34),
    ("blind5", 154, 0.84, 0.38),
]


@pytest.mark.parametrize(("name", "gold_facts", "precision", "recall"), FLOORS)
def test_extractor_holds_the_measured_floor(scoring, name, gold_facts, precision, recall):
    score = scoring.score_corpus(TESTS / name / "corpus", TESTS / name / "gold")
    print(score.report(name))
    assert score.gold == gold_facts
    assert score.precision >= precision, score.report(name)
    assert score.recall >= recall, score.report(name)
