"""Precision and recall of the extractor against hand-written gold facts (issue 3's bars)."""

from __future__ import annotations

from pathlib import Path

import pytest

TESTS = Path(__file__).parent
ROOT = TESTS.parent


@pytest.mark.parametrize(
    ("name", "corpus", "gold", "precision_bar", "recall_bar"),
    [
        ("sample", ROOT / "corpus", TESTS / "gold", 0.95, 0.90),
        ("generality", TESTS / "generality" / "corpus", TESTS / "generality" / "gold", 0.90, 0.70),
    ],
)
def test_extractor_meets_the_bar(name, corpus, gold, precision_bar, recall_bar, scoring):
    assert any(gold.glob("*.jsonl")), f"no gold under {gold}"
    score = scoring.score_corpus(corpus, gold)
    print(score.report(name))
    assert score.gold > 0
    assert score.precision >= precision_bar, score.report(name)
    assert score.recall >= recall_bar, score.report(name)


def test_scorer_counts_a_wrong_fact_and_a_missing_one(scoring):
    gold = [("triple", frozenset({"kaz"}), "kz:memberOf", frozenset({"csto"}))]
    wrong = [("triple", "kaz", "kz:memberOf", "nato")]
    score = scoring.score(wrong, gold)
    assert (score.matched, score.precision, score.recall) == (0, 0.0, 0.0)
    assert score.false_positives == wrong and score.misses == gold


def test_scorer_compares_symmetric_properties_unordered(scoring):
    gold = [("triple", frozenset({"chn"}), "kz:sharesBorderWith", frozenset({"kaz"}))]
    assert scoring.score([("triple", "kaz", "kz:sharesBorderWith", "chn")], gold).matched == 1
    gold = [("triple", frozenset({"chn"}), "kz:memberOf", frozenset({"kaz"}))]
    assert scoring.score([("triple", "kaz", "kz:memberOf", "chn")], gold).matched == 0
