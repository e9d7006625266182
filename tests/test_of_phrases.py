"""A name inside an "of" phrase is not the subject (relations._slot_in_of_phrase,
relations.inside_of_phrase, triggers._Match._of_phrase, data/of_heads.jsonl).

"A feasibility study of the P pipeline was commissioned in D" states nothing of P: the study
was commissioned. A slot's filler that is the object of an "of" the rule does not spell out,
after a head that data/of_heads.jsonl does not make transparent for the slot's class, fills no
slot. Transparent heads keep the fact: "the leaders|governments|delegations of A and B signed T"
(A and B signed), "the construction of P was completed" (P was). A name that only qualifies
the words after it ("of Russian President X") or opens an aside of its own ("the construction
of P, which was completed in D") is not hidden by the "of" before it.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples

from kzgraph.relations import of_heads

STEM = "ofp"


def _found(text: str) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem=STEM)


def _with(text: str, prop: str) -> set[tuple[str, str, str]]:
    return {t for t in _found(text) if t[1] == prop}


# --- the two sentences that showed the fault ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A feasibility study of the Atasu–Alashankou pipeline was commissioned in 2019.",
        "The second string of the Kazakhstan–China gas pipeline was commissioned in 2010.",
    ],
)
def test_the_reported_sentences_give_no_completion(text):
    assert _with(text, "completionDate") == set()


# --- the family, in other wording: each refused ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "prop"),
    [
        # pipelines: a part, a stage or a study of the pipeline is what was completed
        ("The eastern section of the Atyrau–Samara pipeline was commissioned in 2009.",
         "completionDate"),
        ("The third stage of the Beineu–Bozoi–Shymkent pipeline was finished in 2017.",
         "completionDate"),
        ("An expansion of the Caspian Pipeline Consortium pipeline was completed in 2018.",
         "completionDate"),
        ("A branch of the Central Asia–China gas pipeline was completed in 2014.",
         "completionDate"),
        # fields: a unit of the company develops it
        ("A subsidiary of Lukoil develops the Karachaganak field.", "develops"),
        ("A unit of Chevron develops the Tengiz field.", "develops"),
        # memberships: a body of the state or organisation is no member
        ("The embassy of Uzbekistan joined the OSCE in 1995.", "memberOf"),
        ("The secretariat of the CSTO joined the OSCE in 2010.", "memberOf"),
        # treaties: an opposition or a parliament signed, not the state
        ("The opposition of Georgia signed the Tashkent Treaty in 1992.", "signatory"),
        ("The Speaker of the Parliament of Kyrgyzstan signed the Treaty on the Eurasian "
         "Economic Union in 2014.", "signatory"),
    ],
)  # fmt: skip
def test_a_name_after_a_head_noun_and_of_fills_no_slot(text, prop):
    assert _with(text, prop) == set()


def test_the_wife_of_a_president_is_no_visitor():
    found = _found("The wife of Nursultan Nazarbayev visited Beijing in 2000.")
    assert not any(p in {"visitor", "destination"} for _, p, _ in found)


# --- transparent heads: the fact still holds ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "signers"),
    [
        ("The leaders of Kazakhstan and Russia signed the Treaty on Eurasian Economic Union "
         "in 2014.", {"kaz", "rus"}),
        ("The heads of state of Kazakhstan, Russia and Belarus signed the Treaty on Eurasian "
         "Economic Union in 2014.", {"kaz", "rus", "blr"}),
        ("The governments of Russia and Kazakhstan signed the Treaty on Good-Neighbourliness "
         "in 1998.", {"rus", "kaz"}),
        ("The presidents of Kazakhstan and Uzbekistan signed the Treaty on Allied Relations "
         "in 2021.", {"kaz", "uzb"}),
        ("Representatives of Armenia and Belarus signed the Treaty on the Eurasian Economic "
         "Union in 2014.", {"arm", "blr"}),
        ("A delegation of Turkmenistan signed the Ashgabat Agreement in 2011.", {"tkm"}),
        ("The foreign ministers of Kazakhstan and China signed the Treaty on "
         "Good-Neighbourliness in 2002.", {"kaz", "chn"}),
    ],
)  # fmt: skip
def test_transparent_heads_still_sign(text, signers):
    assert {o for _, p, o in _found(text) if p == "signatory"} == signers


def test_the_construction_of_a_pipeline_completed_is_its_completion():
    found = _with("The construction of the Atyrau–Samara pipeline was completed in 2015.",
                  "completionDate")  # fmt: skip
    assert found == {("atyrau-samara-pipeline", "completionDate", "2015")}


def test_the_government_of_a_state_joins_for_it():
    found = _with("The government of Mongolia joined the WTO in 1997.", "memberOf")
    assert found == {("mng", "memberOf", "wto")}


# --- a name the "of" does not hide ------------------------------------------------------------


def test_a_demonym_qualifying_a_title_after_of_still_reads():
    found = _with(
        "Tokayev flew to Ankara at the invitation of Turkish President Recep Tayyip Erdogan.",
        "headOfStateOf",
    )
    assert ("recep-tayyip-erdogan", "headOfStateOf", "tur") in found


def test_a_name_opening_its_own_relative_clause_after_of_still_reads():
    found = _with(
        "Mobil took part in the construction of the Atyrau–Samara pipeline, which was "
        "completed in 1971.",
        "completionDate",
    )
    assert found == {("atyrau-samara-pipeline", "completionDate", "1971")}


def test_the_transparent_heads_are_data():
    heads = of_heads()
    assert ("heads", "of", "state") in heads["State"]
    assert ("leaders",) in heads["State"]
    assert ("construction",) in heads["Pipeline"]
    assert ("study",) not in heads.get("*", frozenset())


def test_a_second_of_after_and_takes_the_first_ofs_head():
    # "the presidents of the two countries and of X": X's head is "presidents", transparent
    text = (
        "The presidents of the two countries and of Tajikistan signed the Dushanbe "
        "Declaration in 2010."
    )
    assert ("dushanbe-declaration", "signatory", "tjk") in _found(text)


def test_a_second_of_after_and_under_an_opaque_head_gives_nothing():
    text = (
        "The speakers of the two parliaments and of Tajikistan signed the Dushanbe "
        "Declaration in 2010."
    )
    assert _with(text, "signatory") == set()
