"""The learned relation classifier (brief ML9): its features (relation_features.py), the
learner's candidates (relation_learn.py) and the run-time model file (relation_model.py).

Measured leave-one-corpus-out the classifier did not meet the bar to be shipped, so extract.py
does not call it (docs/design.md, "A learned relation classifier"); these tests hold the
feature code and the model file's reading, which a retrial on new gold would use. Written with
made-up sentences, not the corpora's.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from kzgraph.errors import RuleFileError
from kzgraph.extract import sentence_mentions
from kzgraph.gazetteer import default_gazetteer
from kzgraph.references import context_for
from kzgraph.relation_features import distance_features, path_parts, sentence_features
from kzgraph.relation_learn import _sentence_candidates
from kzgraph.relation_model import load_relation_model, probability
from kzgraph.sentences import iter_sentence_spans


def _candidates(text: str, kind: str) -> list[tuple]:
    """The learner's candidates of kind ``kind`` in the one sentence ``text``."""
    context = context_for(None, default_gazetteer())
    (offset, span), *_ = list(iter_sentence_spans(text))
    mentions = sentence_mentions(span, offset, text, context)
    start, end = offset + span.start_char, offset + span.end_char
    found = _sentence_candidates(text[start:end], start, mentions, [], context, set())
    return [c for c in found if c[2] == kind]


def _features(text: str, kind: str) -> list[str]:
    found = _candidates(text, kind)
    assert found, text
    return found[0][-1]


def test_a_plain_membership_has_its_path_top_word_and_classes():
    features = _features(
        "Mongolia was admitted to the Eurasian Economic Union in 2031.", "membership"
    )
    assert "top=admitted" in features
    assert "membership|top=admitted" in features
    assert any(f.startswith("pf=A <nsubjpass admitted") for f in features)
    assert "cls=State>EconomicOrganisation" in features and "dist=5-8" in features
    assert "order=ab" in features
    assert not {"clause_neg", "clause_modal", "question"} & set(features)


def test_negation_modal_and_plan_words_of_the_clause():
    negated = _features("Mongolia never joined the Eurasian Economic Union.", "membership")
    assert "clause_neg" in negated
    modal = _features("Mongolia might join the Eurasian Economic Union.", "membership")
    assert "clause_modal" in modal
    planned = _features("Mongolia plans to join the Eurasian Economic Union.", "membership")
    assert "clause_plan" in planned


def test_words_between_and_around_the_pair():
    features = _features("In 2030 Chile and Peru quietly joined the Shanghai Cooperation "
                         "Organisation together.", "membership")  # fmt: skip
    assert "bw=quietly" in features and "bw=joined" in features


def test_a_name_of_the_same_class_between_the_two():
    found = {(c[0], c[1]): c[-1] for c in _candidates("Peru borders Chile, Bolivia and Ecuador.",
                                                      "border")}  # fmt: skip
    assert "samebetween" not in found[(0, 2)]  # Peru .. Chile
    assert "samebetween" in found[(0, 4)]  # Peru .. Chile .. Bolivia


def test_a_question_gives_no_candidate():
    assert _candidates("Did Mongolia join the Eurasian Economic Union?", "membership") == []


def test_sentence_features_without_a_parse():
    parse = SimpleNamespace(heading=None)
    assert sentence_features("Did Peru join it?", parse) == ["question"]
    assert "heading" in sentence_features("Members of the Union", parse)
    assert "layout" in sentence_features("• 2031 – Peru joins the Union.", parse)
    assert sentence_features("Peru joined the Union.", parse) == []


def test_path_parts_and_distance():
    assert path_parts("A <nsubj joined >prep in >pobj B") == [
        "pd=<nsubj", "pw=joined", "pd=>prep", "pw=in", "pd=>pobj"]  # fmt: skip
    assert path_parts("A <nsubj * >pobj B") == ["pd=<nsubj", "pd=>pobj"]
    assert distance_features(1) == ["dist=1"] and distance_features(40) == ["dist=17+"]


def test_the_features_are_deterministic():
    text = "Mongolia was admitted to the Eurasian Economic Union in 2031."
    assert _features(text, "membership") == _features(text, "membership")


# --------------------------------------------------------------------------- the model file


def test_a_model_file_loads_and_scores_by_a_dot_product(tmp_path):
    path = tmp_path / "model.json"
    path.write_text('// made by hand\n{"bias": -1.0, "threshold": 0.9,\n'
                    '"weights": {"top=joined": 3.0, "clause_neg": -5.0}}\n')  # fmt: skip
    model = load_relation_model(path)
    assert model.threshold == 0.9
    assert model.score(["top=joined"]) == pytest.approx(1 / (1 + 2.718281828459045**-2.0))
    assert model.score(["top=joined", "clause_neg"]) == pytest.approx(
        1 / (1 + 2.718281828459045**3.0)
    )
    assert model.score(["unknown"]) == probability({}, -1.0, [])
    assert load_relation_model(path) == model


@pytest.mark.parametrize(
    ("body", "line", "reason"),
    [
        ('{"bias": 0.0, "threshold": 0.9,\n"weights": {"a": 1.0,}}', 3, "not JSON"),
        ('{"bias": 0.0, "weights": {}}', 2, "'threshold'"),
        ('{"bias": 0.0, "threshold": 1.5, "weights": {}}', 2, "between 0 and 1"),
        ('{"bias": 0.0, "threshold": 0.5, "weights": {"a": "x"}}', 2, "number"),
    ],
)
def test_a_broken_model_file_names_its_file_and_line(tmp_path, body, line, reason):
    path = tmp_path / "model.json"
    path.write_text("// header\n" + body + "\n")
    with pytest.raises(RuleFileError) as caught:
        load_relation_model(path)
    assert caught.value.line == line
    assert str(path) in str(caught.value) and reason in str(caught.value)
