"""gazetteer: states from pycountry plus data files; broken files named with their line."""

from __future__ import annotations

import shutil

import pytest

from kzgraph.errors import RuleFileError
from kzgraph.gazetteer import default_gazetteer, load_gazetteer
from kzgraph.namespaces import KZR
from kzgraph.resources import rules_dir


def test_every_un_member_is_a_state_and_names_are_not_facts():
    gazetteer = default_gazetteer()
    assert gazetteer.lookup("Kyrgyz Republic") == ["kgz"]
    assert gazetteer.lookup("Eswatini") == ["swz"]
    assert gazetteer.entities["usa"].label == "United States"
    assert gazetteer.kinds("MilitaryAlliance")[-1] == "Organisation"


@pytest.fixture
def data_copy(tmp_path):
    for name in ("classes.jsonl", "states.jsonl", "entities.jsonl"):
        shutil.copy(rules_dir() / name, tmp_path / name)
    return tmp_path


def test_a_line_of_broken_json_is_reported_with_file_and_line(data_copy):
    path = data_copy / "entities.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.insert(2, '{"id": "x", "class": "City", "label": ')
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"entities\.jsonl:3: invalid JSON") as caught:
        load_gazetteer(data_copy)
    assert caught.value.line == 3


def test_an_entry_without_a_label_or_with_an_unknown_class_is_refused(data_copy):
    path = data_copy / "entities.jsonl"
    path.write_text('{"id": "x", "class": "City"}\n', encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"entities\.jsonl:1: missing field\(s\): label"):
        load_gazetteer(data_copy)
    path.write_text('{"id": "x", "class": "Castle", "label": "X"}\n', encoding="utf-8")
    with pytest.raises(RuleFileError, match="unknown class 'Castle'"):
        load_gazetteer(data_copy)


def test_a_state_extra_must_be_an_iso_code(data_copy):
    (data_copy / "states.jsonl").write_text('{"id": "xxx", "label": "Atlantis"}\n')
    with pytest.raises(RuleFileError, match=r"states\.jsonl:1: 'xxx' is not an ISO"):
        load_gazetteer(data_copy)


def test_demonyms_are_known_as_such_and_name_their_state():
    gazetteer = default_gazetteer()
    assert {"Kazakh", "Chinese", "American"} <= gazetteer.demonyms
    assert "Kazakhstan" not in gazetteer.demonyms
    assert gazetteer.lookup("Kazakh") == ["kaz", "kazakh"]


def test_a_predecessor_is_its_own_entry_not_an_alias_of_its_successor():
    gazetteer = default_gazetteer()
    assert gazetteer.lookup("Turkic Council") == ["cooperation-council-of-turkic-speaking-states"]
    assert gazetteer.lookup("OTS") == ["organization-of-turkic-states"]


def test_a_city_and_its_former_names_are_one_city():
    gazetteer = default_gazetteer()
    assert gazetteer.lookup("Khujand") == gazetteer.lookup("Leninabad") == ["khujand"]
    assert gazetteer.entities["khujand"].cls == "City"
    assert gazetteer.lookup("Sharm El Sheikh") == ["sharm-el-sheikh"]
    assert gazetteer.lookup("Jiddah") == ["jeddah"] and gazetteer.lookup("Jeddah-based") == []


def test_a_hyphenated_name_is_also_known_with_a_space():
    # texts write "Confidence Building Measures" and "Confidence-Building Measures" alike
    from kzgraph.documents import document_from_text
    from kzgraph.extract import extract_document

    gazetteer = load_gazetteer()
    assert gazetteer.lookup("Nur Sultan") == gazetteer.lookup("Nur-Sultan") != []
    text = (
        "Mongolia joined the Conference on Interaction and Confidence Building Measures in "
        "Asia in 2002."
    )
    quads = extract_document(document_from_text(text, "t")).quads
    objects = {q.object.value for q in quads if q.predicate.value.endswith("#memberOf")}
    assert objects == {
        KZR
        + gazetteer.lookup("Conference on Interaction and Confidence-Building Measures in Asia")[0]
    }
