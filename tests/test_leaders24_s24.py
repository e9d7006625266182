"""People the gazetteer knows (session 24's brief LEADERS24): data/people.jsonl, a systematic
list of the heads of state and government since 1991 (Europe, Asia, the former USSR, the Middle
East, the G20; since 2000 elsewhere) and of the heads of the main international organisations,
names only, loaded after entities.jsonl (gazetteer._add_people).

- A leader the gazetteer did not know is found without a title ("Rumen Radev paid a state
  visit ..."), as visitor and as inviter, a monarch by a regnal name ("King Abdullah II"), and
  a surname alone after the full name ("Petr Fiala ... Fiala paid ...").
- Look-alikes give nothing: a surname that is a word or shared ("Lee", "Kim", "Moon", "Ali",
  "Bush", "Hun" alone), a first name alone ("Santiago"); a city that shares a first name keeps
  being a city (cities.py refuses a person's surname, no longer each word of the name: "Surat
  Huseynov" leaves Surat a city).
- The loader refuses, with file and line, a key or a name another entry already has.
"""

from __future__ import annotations

import json
import shutil

import pytest
from fact_cases import date, named_cases, nodes_of
from fact_cases import visit_props as props

from kzgraph.errors import RuleFileError
from kzgraph.gazetteer import default_gazetteer, load_gazetteer
from kzgraph.resources import rules_dir

VISIT = "kz:StateVisit"

FOUND = {
    "no-title-visitor-and-inviter": (
        "Rumen Radev paid a state visit to Kazakhstan on 12 March 2019 at the invitation of"
        " Kassym-Jomart Tokayev.",
        props("rumen-radev", "kaz", date("2019-03-12"), "kassym-jomart-tokayev"),
    ),
    "inviter-possessive": (
        "Tokayev paid a state visit to Brazil in May 2024 at Lula's invitation.",
        props("kassym-jomart-tokayev", "bra", date("2024-05"), "luiz-inacio-lula-da-silva"),
    ),
    "inviter-with-diacritics": (
        "Tokayev paid a state visit to Serbia in May 2024 at the invitation of Aleksandar Vučić.",
        props("kassym-jomart-tokayev", "srb", date("2024-05"), "aleksandar-vucic"),
    ),
    "ascii-spelling": (
        "Aleksandar Vucic arrived in Astana on 3 October 2024 for a state visit.",
        props("aleksandar-vucic", "astana", date("2024-10-03")),
    ),
    "surname-after-full-name": (
        "Petr Fiala held talks with Tokayev in Astana on 2 May 2023. On 3 May 2023 Fiala paid"
        " an official visit to Almaty.",
        props("petr-fiala", "almaty", date("2023-05-03")),
    ),
    "regnal-name": (
        "King Abdullah II paid a state visit to Kazakhstan on 5 May 2019.",
        props("abdullah-ii", "kaz", date("2019-05-05")),
    ),
    "head-of-organisation": (
        "Mark Rutte visited Astana on 5 May 2019.",
        props("mark-rutte", "astana", date("2019-05-05")),
    ),
    "head-of-un-agency-by-one-name": (
        "Tedros visited Astana on 5 May 2019.",
        props("tedros-adhanom-ghebreyesus", "astana", date("2019-05-05")),
    ),
}


@pytest.mark.parametrize(("text", "expected"), named_cases(FOUND))
def test_a_leader_is_found_without_a_title(facts, text, expected):
    assert expected in nodes_of(facts(text), VISIT)


LOOK_ALIKES = {
    "lee": "Lee visited Astana on 4 June 2019.",
    "kim": "Kim visited Astana on 4 June 2019.",
    "moon": "Moon visited Astana on 4 June 2019.",
    "ali": "Ali visited Astana on 4 June 2019.",
    "bush": "Bush visited Astana on 4 June 2019.",
    "khan": "Khan visited Astana on 4 June 2019.",
    "first-name-alone": "Santiago visited Astana on 10 June 2025.",
    "hun-alone": "Hun visited Astana in 2019.",
}


@pytest.mark.parametrize("text", named_cases({k: (v,) for k, v in LOOK_ALIKES.items()}))
def test_a_shared_surname_or_a_first_name_alone_names_no_one(facts, text):
    assert nodes_of(facts(text), VISIT) == []


def test_a_city_sharing_a_leaders_first_name_stays_a_city(facts):
    expected = props("narendra-modi", "surat", date("2019-05-05"))
    assert nodes_of(facts("Modi visited Surat on 5 May 2019."), VISIT) == [expected]
    assert default_gazetteer().lookup("Surat") == ["surat"]


def test_a_surname_two_people_share_stays_unlinked(facts):
    text = (
        "Kostas Karamanlis and Kyriakos Mitsotakis met in Athens on 2 May 2019. On 3 May 2019"
        " Mitsotakis paid an official visit to Almaty."
    )
    assert props("kyriakos-mitsotakis", "almaty", date("2019-05-03")) in nodes_of(
        facts(text), VISIT
    )
    text = text.replace("Kostas Karamanlis", "Konstantinos Mitsotakis")
    assert nodes_of(facts(text), VISIT) == []


def test_the_list_holds_names_only():
    path = rules_dir() / "people.jsonl"
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line[:1] == "{"]
    assert len(lines) > 1400
    gazetteer = default_gazetteer()
    for line in lines:
        record = json.loads(line)
        if "more_aliases" in record:  # spellings of a person of entities.jsonl
            assert set(record) == {"id", "more_aliases"}
            assert gazetteer.entities[record["id"]].cls == "Person"
            continue
        assert set(record) <= {"id", "class", "label", "aliases", "short"}
        assert record["class"] == "Person"


@pytest.fixture
def data_copy(tmp_path):
    for name in ("classes.jsonl", "states.jsonl", "entities.jsonl"):
        shutil.copy(rules_dir() / name, tmp_path / name)
    return tmp_path


@pytest.mark.parametrize(
    "line",
    [
        '{"id": "vladimir-putin", "class": "Person", "label": "V. Putin"}',
        '{"id": "v-putin", "class": "Person", "label": "V. Putin", "aliases": ["putin"]}',
        '{"id": "jordan-person", "class": "Person", "label": "Jordan"}',
        '{"id": "xi-2", "class": "Person", "label": "Xi Two", "short": ["Xi"]}',
    ],
)
def test_a_key_or_name_another_entry_has_is_refused_with_file_and_line(data_copy, line):
    ok = '{"id": "a-b", "class": "Person", "label": "A B"}'
    (data_copy / "people.jsonl").write_text(f"// people\n{ok}\n{line}\n", encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"people\.jsonl:3: .*taken by another entry"):
        load_gazetteer(data_copy, cities=False)


MORE_ALIASES = {
    "zhaparov": ("Sadyr Zhaparov paid a state visit to Astana on 5 May 2024.", "sadyr-japarov"),
    "mirziyoev": ("Mirziyoev paid a state visit to Astana on 5 May 2024.", "shavkat-mirziyoyev"),
    "lukashenka": (
        "Lukashenka paid a state visit to Astana on 5 May 2024.",
        "alexander-lukashenko",
    ),
}


@pytest.mark.parametrize(("text", "key"), named_cases(MORE_ALIASES))
def test_a_spelling_of_an_entities_jsonl_person_names_that_person(facts, text, key):
    assert props(key, "astana", date("2024-05-05")) in nodes_of(facts(text), VISIT)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"id": "nobody", "more_aliases": ["N. Body"]}', "'nobody' is no person"),
        ('{"id": "kaz", "more_aliases": ["Qazaqstan Republic"]}', "'kaz' is no person"),
        ('{"id": "vladimir-putin", "more_aliases": ["Medvedev"]}', r"\['Medvedev'\] taken"),
    ],
)
def test_more_aliases_go_to_a_person_and_take_no_name(data_copy, line, message):
    (data_copy / "people.jsonl").write_text(f"// x\n{line}\n", encoding="utf-8")
    with pytest.raises(RuleFileError, match=rf"people\.jsonl:2: .*{message}"):
        load_gazetteer(data_copy, cities=False)


def test_a_name_twice_in_the_list_is_refused(data_copy):
    first = '{"id": "a-b", "class": "Person", "label": "A B", "aliases": ["Abe Bee"]}'
    second = '{"id": "c-d", "class": "Person", "label": "C D", "aliases": ["abe bee"]}'
    (data_copy / "people.jsonl").write_text(f"{first}\n{second}\n", encoding="utf-8")
    with pytest.raises(RuleFileError, match=r"people\.jsonl:2: name\(s\) \['abe bee'\]"):
        load_gazetteer(data_copy, cities=False)
