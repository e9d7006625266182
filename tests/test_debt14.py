"""Session 14's code debt (brief DEBT14): where paying it down touched behaviour.

- name_bounds._party_key and _is_party share one helper (_party_keys): a name and an alias that
  differ only in case list one entity twice under the lowercase name, which _party_key took for
  two parties ("mercosur": no parties for the title) while _is_party took it for one; a name of
  two parties ("guam": Guam the territory or the GUAM organisation) is a party to the title's
  words but names no key;
- hedges.jsonl's phrases may name lexicon lists (``@lexicon:ID``, expanded as the relation DSL
  expands them, with "a|b" alternatives): the refutation after a match reads the adverbs
  refutes_previous reads ("just"), and an unknown list is an error at its line;
- references.jsonl's word lists may hold ``"@lexicon:ID"`` items: an unknown list is an error at
  its line;
- a refuting turn's speaker label is SPEAKER_LABEL's or any capitalised words: a delegate's
  bracketed state ("Mr Ivanov (Russia): ...") opens one too.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fact_cases import assertion_triples

from kzgraph.errors import RuleFileError
from kzgraph.gazetteer import default_gazetteer
from kzgraph.hedges import load_hedges, refutes_previous
from kzgraph.name_bounds import _is_party, _party_key, title_parties


def triples(text: str) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="debt14")


# --- name_bounds: one reading of a title's parties ------------------------------------------


@pytest.mark.parametrize(
    ("name", "key"),
    [("mercosur", "mercosur"), ("interpol", "interpol"), ("Mercosur", "mercosur"), ("guam", None)],
)
def test_a_party_is_one_entity_however_often_its_names_list_it(name, key):
    gazetteer = default_gazetteer()
    assert _party_key(name, gazetteer) == key
    assert _is_party(name, gazetteer)


def test_a_demonym_is_no_party():
    gazetteer = default_gazetteer()
    assert _party_key("Kazakh", gazetteer) is None
    assert not _is_party("Kazakh", gazetteer)


def test_a_title_names_a_party_written_in_lowercase():
    gazetteer = default_gazetteer()
    title = "Agreement between Kazakhstan and mercosur on Trade"
    assert title_parties(title, gazetteer) == ["kaz", "mercosur"]
    assert title_parties("Agreement between Kazakhstan and guam on Trade", gazetteer) == []


# --- hedges.jsonl: lexicon lists in a hedge's phrases ------------------------------------------


def hedge_file(tmp_path: Path, *words: str) -> Path:
    path = tmp_path / "hedges.jsonl"
    lines = [json.dumps({"id": "fine", "scope": "after", "words": ["as an observer"]})]
    lines += [
        json.dumps({"id": f"h{n}", "scope": "after", "words": [w]}) for n, w in enumerate(words)
    ]
    path.write_text("// hedges\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_hedge_phrase_names_a_list_and_alternatives(tmp_path):
    path = hedge_file(tmp_path, "this|that is @lexicon:pf14b-refutation-adverbs wrong")
    after = load_hedges(path).after
    assert ("this", "is", "plainly", "wrong") in after
    assert ("that", "is", "utterly", "wrong") in after
    assert ("as", "an", "observer") in after
    assert ("this|that", "is", "plainly", "wrong") not in after


def test_an_unknown_list_in_a_hedge_is_an_error_at_its_line(tmp_path):
    path = hedge_file(tmp_path, "this is @lexicon:no-such-list")
    with pytest.raises(RuleFileError) as raised:
        load_hedges(path)
    assert str(raised.value) == f"{path}:3: no word list 'no-such-list' in lexicon.jsonl"


REFUTED = {
    "just-wrong": "Kazakhstan joined NATO in 1994, which is just wrong.",
    "which-just-mistaken": "Turkmenistan joined the CSTO in 2001, which is just mistaken.",
    "utterly-next": "Some say Mongolia founded the SCO. That is utterly wrong.",
    "certainly-next": "Reports claim Uzbekistan joined the EU in 2010. That is certainly untrue.",
    "delegate-label": "Tajikistan joined NATO in 2004.\nMr Ivanov (Russia): That is wrong.",
}


@pytest.mark.parametrize("text", REFUTED.values(), ids=REFUTED.keys())
def test_a_refuted_claim_gives_nothing(text):
    assert not {t for t in triples(text) if t[1] in ("memberOf", "foundingMemberOf")}


KEPT = {
    "plainly-wrong-elsewhere": (
        "Kazakhstan joined the OSCE in 1992. The critics were plainly wrong about its reasons.",
        ("kaz", "memberOf", "osce"),
    ),
    "label-without-refutation": (
        "Mr Ivanov (Russia): Kazakhstan joined the OSCE in 1992.",
        ("kaz", "memberOf", "osce"),
    ),
}


@pytest.mark.parametrize(("text", "fact"), KEPT.values(), ids=KEPT.keys())
def test_a_fact_nothing_refutes_is_kept(text, fact):
    assert fact in triples(text)


def test_refutes_previous_reads_the_delegate_label_and_the_new_adverbs():
    previous = "Some say X founded O."
    assert refutes_previous("Mr Ivanov (Russia): That is wrong.", 0, previous)
    assert refutes_previous("That is demonstrably false.", 0, previous)
    assert not refutes_previous("Mr Ivanov (Russia): We joined O in 1995.", 0, previous)


# --- references.jsonl: lexicon lists in a token's word list ----------------------------------


def test_an_unknown_list_in_a_reference_line_is_an_error_at_its_line(tmp_path):
    from kzgraph.mentions import build_matchers
    from kzgraph.resources import rules_dir

    (tmp_path / "names.jsonl").write_text(
        (rules_dir() / "names.jsonl").read_text(encoding="utf-8"), encoding="utf-8"
    )
    good = {"id": "r0", "refers_to": "pair", "pattern": [{"LOWER": "the"}, {"LOWER": "two"}]}
    bad = {
        "id": "r1",
        "refers_to": "pair",
        "pattern": [{"LOWER": {"IN": ["@lexicon:signing-office-nouns", "@lexicon:no-such"]}}],
    }
    path = tmp_path / "references.jsonl"
    path.write_text("// refs\n" + json.dumps(good) + "\n" + json.dumps(bad) + "\n", "utf-8")
    with pytest.raises(RuleFileError) as raised:
        build_matchers(default_gazetteer(), tmp_path)
    assert str(raised.value) == f"{path}:3: no word list 'no-such' in lexicon.jsonl"
