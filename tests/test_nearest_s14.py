"""A relative clause or a singular verb after a list of organisations speaks of the nearest one.

"Qatar is a member of the OIC and the GCC, which it co-founded in Abu Dhabi on 25 May 1981
together with Bahrain, ..." made all six states co-founders of the OIC as well (found by the
lead's own text at session 13's end). nearest.narrowed_to_nearest reads a list's object relative
or singular verb as its last name for every reader; "were founded by" still founds every name. A
rule's "nearest" field (data/relations.jsonl) is checked at load.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples

from kzgraph.errors import RuleFileError
from kzgraph.rule_dsl import load_relation_rules


def founders(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in assertion_triples(text, stem="nearest") if p == "coFounderOf"}


NEAREST = {
    "which-it-co-founded-together-with": (
        "Qatar is a member of the Organisation of Islamic Cooperation and the Gulf Cooperation "
        "Council, which it co-founded in Abu Dhabi on 25 May 1981 together with Bahrain, Kuwait "
        "and Oman.",
        {"qat", "bhr", "kwt", "omn"},
        "gulf-cooperation-council",
    ),
    "which-states-founded": (
        "Kazakhstan is a member of the United Nations and the Commonwealth of Independent "
        "States, which Russia, Belarus and Ukraine founded in 1991.",
        {"rus", "blr", "ukr"},
        "cis",
    ),
    "which-it-helped-found": (
        "Qatar belongs to the Organisation of Islamic Cooperation and the Gulf Cooperation "
        "Council, which it helped found in 1981.",
        {"qat"},
        "gulf-cooperation-council",
    ),
    "which-was-founded-by": (
        "Oman is a member of the Organisation of Islamic Cooperation and the Gulf Cooperation "
        "Council, which was founded in 1981 by Oman, Bahrain and Kuwait.",
        {"omn", "bhr", "kwt"},
        "gulf-cooperation-council",
    ),
}


@pytest.mark.parametrize("text,states,organisation", NEAREST.values(), ids=NEAREST.keys())
def test_a_relative_after_a_list_founds_the_nearest_only(text, states, organisation):
    found = founders(text)
    assert {s for s, o in found if o == organisation} >= states, found
    assert {o for _, o in found} == {organisation}, found


def test_were_founded_by_founds_every_name():
    text = (
        "The Gulf Cooperation Council and the Organisation of Islamic Cooperation were founded "
        "by Saudi Arabia."
    )
    assert founders(text) == {("sau", "gulf-cooperation-council"), ("sau", "oic")}


def test_a_single_organisation_keeps_its_founders():
    text = "The Gulf Cooperation Council, which Qatar co-founded in 1981, met in Doha."
    assert founders(text) == {("qat", "gulf-cooperation-council")}


def test_nearest_must_name_a_role_of_the_pattern(tmp_path):
    rules = tmp_path / "relations.jsonl"
    rules.write_text(
        "// a comment\n"
        '{"id": "r1", "kind": "co-founding", "pattern": "{X:State} founded {O:Organisation}", '
        '"nearest": ["Q"]}\n',
        encoding="utf-8",
    )
    with pytest.raises(RuleFileError) as error:
        load_relation_rules(rules)
    assert error.value.line == 2 and "nearest" in str(error.value)
