"""gazetteer breadth: every UN member's demonyms and short forms (data/state_names.jsonl,
written by tools/state_names.py), capitals as plain city names, and one Summit node for a
summit dated twice ("the 2024 O summit ... on 3-4 July")."""

from __future__ import annotations

import shutil

import pytest

from kzgraph.documents import document_from_text
from kzgraph.errors import RuleFileError
from kzgraph.extract import extract_document, sentence_mentions
from kzgraph.gazetteer import default_gazetteer, load_gazetteer
from kzgraph.references import context_for
from kzgraph.relations import extract_relations
from kzgraph.resources import rules_dir
from kzgraph.sentences import iter_sentence_spans

KZ = "https://w3id.org/kzgraph/ontology#"


def facts_of(text: str) -> list[tuple[str, dict[str, list[str]]]]:
    """(rule, {role: entity keys, or the value's text}) for each fact of a one-sentence text."""
    context = context_for(document_from_text(text).written_from, default_gazetteer())
    [(offset, span)] = list(iter_sentence_spans(text))
    mentions = sentence_mentions(span, offset, text, context)
    start = offset + span.start_char
    facts = extract_relations(text[start : offset + span.end_char], start, mentions, None)
    return [
        (fact.rule, {
            role: [e.key for m, slot in fillers for e in m.entities if slot in e.kinds]
            or [text[m.start : m.end] for m, _ in fillers]
            for role, fillers in fact.roles.items()
        })
        for fact in facts
    ]  # fmt: skip


def _states(name: str) -> list[str]:
    gazetteer = default_gazetteer()
    return [k for k in gazetteer.lookup(name) if gazetteer.entities[k].cls == "State"]


# -- demonyms and short forms ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "state"),
    [("Hungarian", "hun"), ("Ivorian", "civ"), ("Bruneian", "brn"), ("Nigerien", "ner"),
     ("Nigerian", "nga"), ("Sri Lankan", "lka"), ("Argentine", "arg"), ("Philippine", "phl"),
     ("Ivory Coast", "civ"), ("Burma", "mmr"), ("East Timor", "tls"), ("Cape Verde", "cpv")],
)  # fmt: skip
def test_a_un_members_demonym_or_short_form_names_it(name, state):
    assert _states(name) == [state]


def test_generated_demonyms_are_demonyms_and_a_language_keeps_its_own_reading():
    gazetteer = default_gazetteer()
    assert {"Hungarian", "Ivorian", "Maltese"} <= gazetteer.demonyms
    assert "Ivory Coast" not in gazetteer.demonyms
    # "Hungarian" is a state's adjective and a language, as "Polish" was before
    assert gazetteer.lookup("Hungarian") == ["hun", "hungarian"]


@pytest.mark.parametrize(
    "name", ["Congolese", "Dominican", "Guinean", "Sudanese", "Samoan", "Korean",
             "Macedonian", "Micronesian", "Central African", "The Gambia"],
)  # fmt: skip
def test_a_demonym_two_states_share_names_no_state(name):
    assert _states(name) == []


def test_a_curated_label_wins_over_the_generated_names():
    gazetteer = default_gazetteer()
    assert gazetteer.entities["tur"].label == "Turkey"
    assert "Republic of Turkey" in gazetteer.entities["tur"].aliases
    assert gazetteer.entities["civ"].label == "Côte d'Ivoire"


def test_without_the_generated_file_the_curated_states_still_load(tmp_path):
    for name in ("classes.jsonl", "states.jsonl", "entities.jsonl"):
        shutil.copy(rules_dir() / name, tmp_path / name)
    gazetteer = load_gazetteer(tmp_path)
    assert gazetteer.lookup("Kazakh")[0] == "kaz" and gazetteer.lookup("Ivorian") == []


def test_a_generated_line_with_a_bad_code_is_reported_with_its_file_and_line(tmp_path):
    for name in ("classes.jsonl", "states.jsonl", "entities.jsonl"):
        shutil.copy(rules_dir() / name, tmp_path / name)
    (tmp_path / "state_names.jsonl").write_text(
        '// generated\n{"id": "xyz", "aliases": ["Atlantis"], "demonyms": []}\n'
    )
    with pytest.raises(RuleFileError, match=r"state_names\.jsonl:2: 'xyz' is not an ISO"):
        load_gazetteer(tmp_path)


def test_a_new_demonym_fills_a_state_slot_before_a_noun():
    [(rule, roles)] = facts_of(
        "In 2019 Hungarian investors put about $300 million into the Kyrgyz economy."
    )
    assert rule == "demonym-investors-put-money-into-economy"
    assert (roles["A"], roles["B"]) == (["hun"], ["kgz"])
    [(rule, roles)] = facts_of("The Ivorian–Ghanaian border stretches for 668 km.")
    assert roles["A"] == ["civ", "gha"]


def test_a_new_demonym_look_alike_gives_nothing():
    moved_out = "In 2019 Hungarian investors took about $300 million out of the Kyrgyz economy."
    assert facts_of(moved_out) == []
    assert facts_of("The Hungarian government sent a delegation to Tbilisi.") == []


# -- capitals ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Prague", "Hanoi", "Nairobi", "Chisinau", "Ulan Bator"])
def test_a_capital_is_a_city_name(name):
    gazetteer = default_gazetteer()
    [key] = gazetteer.lookup(name)
    assert gazetteer.entities[key].cls == "City"


@pytest.mark.parametrize(
    "name", ["Victoria", "Kingston", "Georgetown", "Santiago", "Wellington", "Male"]
)
def test_a_capital_named_like_a_common_word_or_another_place_is_left_out(name):
    assert default_gazetteer().lookup(name) == []


def test_a_capital_named_like_its_state_stays_the_state():
    assert default_gazetteer().lookup("Singapore") == ["sgp"]


def test_a_capital_in_the_gazetteer_states_no_fact_by_itself():
    assert facts_of("Delegates from Hanoi and Prague met in Vienna.") == []
    assert facts_of("The delegation flew from Nairobi to Dakar.") == []
    # the text still says it: "C is the capital of S"
    [(rule, roles)] = facts_of("Prague is the capital of the Czech Republic.")
    assert (rule, roles["C"], roles["S"]) == ("capital-of", ["prague"], ["cze"])


# -- one summit, dated twice -------------------------------------------------------------------


def _summits(text: str) -> dict[str, dict[str, str]]:
    """Each Summit node of the text's graph with its start and end dates."""
    quads = extract_document(document_from_text(text, "demo")).quads
    nodes = {q.subject.value for q in quads if q.object.value == KZ + "Summit"}
    dates = {}
    for node in nodes:
        dates[node.rsplit("/", 1)[1]] = {
            q.predicate.value.removeprefix(KZ): q.object.value
            for q in quads
            if q.subject.value == node and q.predicate.value in (KZ + "startDate", KZ + "endDate")
        }
    return dates


def test_a_summit_with_a_year_before_and_days_after_is_one_node_with_its_days():
    assert _summits("The 2019 CSTO summit was held in Bishkek on 27–28 November.") == {
        "summit-csto-bishkek-2019-11-27": {"startDate": "2019-11-27", "endDate": "2019-11-28"}
    }
    [(rule, roles)] = facts_of("The 2022 CSTO summit took place in Yerevan from 22 to 23 November.")
    assert (rule, roles["D"]) == ("org-summit-took-place", ["22 to 23 November"])


def test_a_summit_with_only_its_year_keeps_the_year_past_a_place_phrase():
    [(rule, roles)] = facts_of("The 2016 CSTO summit was held in Yerevan on the eve of a vote.")
    assert (rule, roles["D"], roles["C"]) == ("dated-org-summit-took-place", ["2016"], ["yerevan"])
    assert _summits("The 2016 CSTO summit took place in Yerevan.") == {
        "summit-csto-yerevan-2016": {"startDate": "2016"}
    }


def test_a_planned_dated_summit_gives_nothing():
    assert facts_of("The 2026 CSTO summit will be held in Moscow on 14 October.") == []
