"""The path stage (paths.py) and its learner (paths_learn.py): dependency paths between two
named entities, learned from gold, read through the dependency reading's guards."""

import json
import shutil
from pathlib import Path

import pytest

from kzgraph import paths, paths_learn
from kzgraph.errors import RuleFileError
from kzgraph.graph import filler_entities

ROOT = Path(__file__).resolve().parents[1]


def _facts(text: str, patterns) -> list[tuple]:
    """(kind, {entity role: keys}, dated) of what the patterns alone read in ``text``."""
    from kzgraph.extract import load_extractor, sentence_mentions
    from kzgraph.gazetteer import default_gazetteer
    from kzgraph.references import context_for
    from kzgraph.sentences import iter_sentence_spans

    load_extractor()
    context = context_for(None, default_gazetteer())
    found = []
    for offset, span in iter_sentence_spans(text):
        start, end = offset + span.start_char, offset + span.end_char
        mentions = sentence_mentions(span, offset, text, context)
        found += paths.extract_path_facts(
            text[start:end], start, mentions, [], patterns, context=context
        )
    return [
        (
            fact.kind,
            {
                role: sorted(e.key for e in filler_entities(fillers))
                for role, fillers in fact.roles.items()
                if fillers[0][0].value is None
            },
            any(fillers[0][0].value is not None for fillers in fact.roles.values()),
        )
        for fact in found
    ]


JOINED = paths.patterns_of(
    [paths.make_pattern("t1", "participating-state-of", "A <nsubj joined >dobj B", ("X", "O"))]
)
MEMBER = paths.patterns_of(
    [
        paths.make_pattern(
            "t2", "participating-state-of", "A <nsubj is >attr member >prep of >pobj B", ("X", "O")
        )
    ]
)


def test_a_path_fires_on_other_words_and_entities():
    found = _facts(
        "After a decade of reforms, Tajikistan finally joined the World Trade Organization "
        "in March 2013.",
        JOINED,
    )
    assert [(kind, roles["X"]) for kind, roles, _ in found] == [("membership", ["tjk"])]
    assert found[0][2]  # "in March 2013" dates it
    listed = _facts("Armenia and Belarus joined the Eurasian Economic Union.", JOINED)
    assert sorted(roles["X"][0] for _, roles, _ in listed) == ["arm", "blr"]
    # undated: the stage states the membership without a date
    assert _facts("Pakistan is a member of the Shanghai Cooperation Organisation.", MEMBER)


@pytest.mark.parametrize(
    ("text", "patterns"),
    [
        ("Tajikistan has not joined the World Trade Organization.", JOINED),
        ("Tajikistan would have joined the World Trade Organization by now.", JOINED),
        ("Under the plan, Tajikistan joined the World Trade Organization in 2030.", JOINED),
        ("Tajikistan joined the World Trade Organization as an observer.", JOINED),
        ("Uzbekistan plans to join the World Trade Organization.", JOINED),
        ("Mongolia is a partner of the Shanghai Cooperation Organisation.", MEMBER),
        ("Mongolia is an observer of the Shanghai Cooperation Organisation.", MEMBER),
        ("If Turkmenistan is a member of the Shanghai Cooperation Organisation, it gains.", MEMBER),
    ],
)
def test_look_alikes_give_nothing(text, patterns):
    assert _facts(text, patterns) == []


def test_a_line_naming_no_trigger_line_fails_with_file_and_line(tmp_path):
    data = tmp_path / "paths.jsonl"
    line = {"id": "p1", "line": "no-such-line", "path": "A <nsubj joined >dobj B", "ends": ["X"]}
    data.write_text("// header\n" + json.dumps(line) + "\n")
    with pytest.raises(RuleFileError) as error:
        paths.load_path_patterns(data)
    assert error.value.path == data and error.value.line == 2
    assert "no-such-line" in str(error.value)


def test_the_learner_is_deterministic(tmp_path):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "tests" / "gold").mkdir(parents=True)
    shutil.copy(ROOT / "tests" / "gold_scoring.py", tmp_path / "tests" / "gold_scoring.py")
    (tmp_path / "corpus" / "demo.txt").write_text(
        "Kyrgyzstan joined the World Trade Organization in 1998. "
        "Years later, Tajikistan joined the World Trade Organization too.\n"
    )
    (tmp_path / "tests" / "gold" / "demo.jsonl").write_text(
        '{"s": "Kyrgyzstan", "p": "kz:memberOf", "o": "World Trade Organization", "sentence": 0}\n'
        '{"s": "Tajikistan", "p": "kz:memberOf", "o": "World Trade Organization", "sentence": 1}\n'
    )
    written = []
    for turn in range(2):
        candidates = paths_learn.collect(tmp_path)
        out = tmp_path / f"paths{turn}.jsonl"
        paths_learn.write_patterns(candidates, out, ["test"], 0.9, 1, least=2)
        written.append(out.read_text())
    assert written[0] == written[1]
    assert '"path": "A <nsubj joined >dobj B"' in written[0]
    assert '"line": "participating-state-of"' in written[0]


def test_a_list_member_with_its_own_apposition_is_not_the_first_members():
    city_in = paths.patterns_of(
        [
            paths.make_pattern(
                "t3", "lex-city-located-in-state", "A @ >appos city >prep in >pobj B", ("C", "S")
            )
        ]
    )
    found = _facts(
        "Aktobe, a city in Kazakhstan, and Samarkand, a city in Uzbekistan, host trade fairs.",
        city_in,
    )
    pairs = {(roles["C"][0], roles["S"][0]) for _, roles, _ in found}
    assert pairs == {("aktobe", "kaz"), ("samarkand", "uzb")}
