"""The extractor scored on tests/heldout/, a development set since 16:00 UTC on 2026-11-22."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from kzgraph.sentences import split_sentences

TESTS = Path(__file__).parent
HELDOUT = TESTS / "heldout"
GOLD_PATHS = sorted((HELDOUT / "gold").glob("*.jsonl"))

# Blind score at commit eb37aef: P=0.840 R=0.276; 0.837 / 0.270 at c165e42. From 16:00 UTC on
# 2026-11-22 the corpus was a development set (its misses read, rules written for the wordings
# they showed, tested on other sentences): P=0.993 R=0.901 (137 matched, 138 extracted, 152
# gold) at the commit that first set these floors; at the end of session 4 P=1.000 R=1.000
# (152/152/152). The floor is that score rounded down to 2 decimals (recall with one point of
# slack); it is no longer a blind figure (see tests/heldout/README.md).
MEASURED_PRECISION_FLOOR = 1.00
MEASURED_RECALL_FLOOR = 0.99

# Binary properties whose facts are also written as an n-ary node (docs/design.md).
PAIRED = {
    "kz:memberOf": "kz:Membership",
    "kz:coFounderOf": "kz:FoundingMembership",
    "kz:hasDiplomaticRelationsWith": "kz:DiplomaticRelationsEstablishment",
    "kz:sharesBorderWith": "kz:Border",
    "kz:develops": "kz:FieldDevelopment",
    "kz:participantState": "kz:PipelineParticipation",
    "kz:chairedBy": "kz:Chairmanship",
}


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def test_extractor_holds_the_measured_floor_on_the_heldout_corpus(scoring):
    """Fails below the floor measured after development on this corpus (P 1.00, R 0.99).

    The corpus is no longer blind, so the floor guards against regressions, not generality;
    see tests/heldout/README.md.
    """
    score = scoring.score_corpus(HELDOUT / "corpus", HELDOUT / "gold")
    print(score.report("heldout"))
    assert score.gold > 0
    assert score.precision >= MEASURED_PRECISION_FLOOR, score.report("heldout")
    assert score.recall >= MEASURED_RECALL_FLOOR, score.report("heldout")


@pytest.mark.parametrize("gold_path", GOLD_PATHS, ids=lambda path: path.stem)
def test_every_gold_line_points_at_a_sentence_of_its_text(gold_path):
    text = (HELDOUT / "corpus" / f"{gold_path.stem}.txt").read_text(encoding="utf-8")
    sentence_count = len(split_sentences(text))
    indices = {record["sentence"] for record in _records(gold_path)}
    assert indices and all(0 <= index < sentence_count for index in indices), indices


@pytest.mark.parametrize("gold_path", GOLD_PATHS, ids=lambda path: path.stem)
def test_every_paired_binary_line_has_its_node_line(gold_path):
    records = _records(gold_path)
    binaries = Counter(
        (PAIRED[record["p"]], record["sentence"]) for record in records if record.get("p") in PAIRED
    )
    nodes = Counter(
        (record["node"], record["sentence"])
        for record in records
        if record.get("node") in PAIRED.values()
    )
    assert binaries == nodes
