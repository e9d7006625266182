"""Who acts beside the subject in the dependency reading (syntax_fillers.comitative, likened,
founding_clause, _unnamed_rest; syntax._with_founding_clause, _mention_spans): "together
with", "along with", "alongside", "jointly with", "as did" add the listed names to the role
of who acts, with the same object, date and place, also where

- the line is passive: "F is developed by C together with A" (the agent's role);
- the organisation of a co-founding carries a clause restating its founding: "A and B are
  also founding members of O, established on D together with C" (its date is the founders'
  start, its comitative adds founders);
- the subject is a reference to a group ("Both countries are ...");
- the list ends in an unnamed rest ("together with A, B and seven other states");
- "like Y" stands beside the subject of a reading with no value ("X, like Y, is a member").

Look-alikes give nothing: a companion of another class, a contrast ("unlike Y"), a negated
clause, a dated "like", an echo that says more than its subject, a founding clause with a
subject of its own."""

from __future__ import annotations

import pytest

from kzgraph.documents import document_from_text
from kzgraph.extract import extract_document

ONTOLOGY = "https://w3id.org/kzgraph/ontology#"
RESOURCE = "https://w3id.org/kzgraph/resource/"


def _facts(text: str) -> set[tuple[str, str, str]]:
    """(subject, property, object) of the text's facts, entities by key, values as written."""
    quads = extract_document(document_from_text(text, "together")).quads
    found = set()
    for quad in quads:
        if not quad.predicate.value.startswith(ONTOLOGY):
            continue
        if not quad.subject.value.startswith(RESOURCE):
            continue
        found.add(
            (
                quad.subject.value.removeprefix(RESOURCE),
                quad.predicate.value.removeprefix(ONTOLOGY),
                quad.object.value.removeprefix(RESOURCE),
            )
        )
    return found


def _founders(text: str, organisation: str) -> set[str]:
    return {s for s, p, o in _facts(text) if p == "coFounderOf" and o == organisation}


def _start(text: str, member: str, organisation: str) -> set[str]:
    node = f"founding-membership-{member}-{organisation}"
    return {o for s, p, o in _facts(text) if s == node and p == "startDate"}


ECO = "economic-cooperation-organization"

FOUNDING_CLAUSES = [
    # a participle on the organisation, after an adverb the relation rules do not read
    "Iran and Pakistan are also founding members of the Economic Cooperation Organization, "
    "established in 1985 together with Turkey.",
    # an active relative clause whose subject is the founders' pronoun
    "Iran and Pakistan are founding members of the Economic Cooperation Organization, which "
    "they created in 1985 together with Turkey.",
    # "founded" and "jointly with"
    "Iran and Pakistan are now founding members of the Economic Cooperation Organization, "
    "founded in 1985 jointly with Turkey.",
]


@pytest.mark.parametrize("text", FOUNDING_CLAUSES)
def test_a_founding_clause_on_the_organisation_adds_its_comitative_and_date(text):
    assert _founders(text, ECO) >= {"irn", "pak", "tur"}
    assert _start(text, "tur", ECO) == {"1985"}
    assert _start(text, "irn", ECO) == {"1985"}


def test_a_passive_founding_relative_dates_the_founders():
    text = (
        "Turkey is also one of the founding members of the Economic Cooperation "
        "Organization, which was established on 1 January 1985."
    )
    assert _start(text, "tur", ECO) == {"1985-01-01"}


def test_a_group_reference_fills_the_subject_whole():
    text = (
        "Iran and Pakistan signed the Treaty of Izmir in 1977. Both countries are also "
        "founding members of the Economic Cooperation Organization, formed in 1985 together "
        "with Turkey."
    )
    assert _founders(text, ECO) >= {"irn", "pak", "tur"}
    assert _start(text, "pak", ECO) == {"1985"}


def test_a_founding_clause_with_a_subject_of_its_own_dates_no_one_else():
    text = (
        "Azerbaijan is also a founding member of the Economic Cooperation Organization, which "
        "Iran created in 1985 together with Turkey."
    )
    # the relative clause states its own founding, Iran's together with Turkey's (read since
    # REC13, session 12), and gives Azerbaijan neither its date nor a companion
    assert _start(text, "irn", ECO) == _start(text, "tur", ECO) == {"1985"}
    assert _start(text, "aze", ECO) == set()


def test_a_membership_takes_no_date_or_companion_from_the_founding_participle():
    text = (
        "Azerbaijan is also a member of the Economic Cooperation Organization, established in "
        "1985 together with Turkey."
    )
    facts = _facts(text)
    assert ("aze", "memberOf", ECO) in facts
    assert ("tur", "memberOf", ECO) not in facts
    assert not any(s.startswith("membership-aze") and p == "startDate" for s, p, _ in facts)


@pytest.mark.parametrize(
    ("text", "asset", "property_"),
    [
        ("The Karachaganak field is developed by Eni together with Lukoil and Chevron.",
         "karachaganak-field", "develops"),
        ("The Baku–Tbilisi–Ceyhan pipeline was built by BP together with Chevron and Eni.",
         "btc-pipeline", "builtBy"),
    ],
)  # fmt: skip
def test_a_passive_lines_comitative_joins_its_agent(text, asset, property_):
    facts = _facts(text)
    if property_ == "develops":
        assert {s for s, p, o in facts if p == "develops" and o == asset} >= {
            "eni", "lukoil", "chevron"}  # fmt: skip
    else:
        assert {o for s, p, o in facts if p == "builtBy" and s == asset} >= {
            "bp", "chevron", "eni"}  # fmt: skip


def test_a_companion_of_the_passive_subject_is_no_developer():
    text = "The Karachaganak field, together with the Tengiz field, is developed by Eni."
    facts = _facts(text)
    assert not any(p == "develops" and s.endswith("field") for s, p, _ in facts)


def test_governments_beside_the_builders_build_nothing():
    text = (
        "The Baku–Tbilisi–Ceyhan pipeline was built by BP together with the governments of "
        "Georgia and Turkey."
    )
    builders = {o for s, p, o in _facts(text) if p == "builtBy"}
    assert builders <= {"bp"}


def test_a_list_ending_in_an_unnamed_rest_gives_its_named_members():
    text = (
        "Turkmenistan signed the Energy Charter Treaty in 1994 together with Georgia, Moldova "
        "and forty other states."
    )
    signatories = {o for s, p, o in _facts(text) if p == "signatory"}
    assert {"tkm", "geo", "mda"} <= signatories


CSTO = "csto"


def test_like_beside_the_subject_of_a_state_adds_a_member():
    facts = _facts(
        "Armenia, like Belarus, is a member of the Collective Security Treaty Organization."
    )
    assert {("arm", "memberOf", CSTO), ("blr", "memberOf", CSTO)} <= facts


def test_fronted_like_adds_a_member():
    facts = _facts("Like Belarus, Armenia belongs to the Collective Security Treaty Organization.")
    assert ("blr", "memberOf", CSTO) in facts


@pytest.mark.parametrize(
    "text",
    [
        # a contrast
        "Armenia, unlike Azerbaijan, is a member of the Collective Security Treaty Organization.",
        # a date said of the subject need not be the likened one's
        "Armenia, like Azerbaijan, joined the Collective Security Treaty Organization in 1994.",
        # negated
        "Georgia, like Azerbaijan, is not a member of the Collective Security Treaty Organization.",
    ],
)
def test_no_member_from_a_contrast_a_dated_like_or_a_negation(text):
    assert ("aze", "memberOf", CSTO) not in _facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "The President of Mongolia visited Beijing together with his wife in 2003.",
        "Mongolia, together with its neighbours, faces water shortages.",
        "Mongolia's president met Vladimir Putin alongside the summit in 2003.",
    ],
)
def test_a_comitative_without_a_relation_gives_nothing(text):
    assert not any(p in {"visitor", "memberOf", "signatory"} and o != "mng"
                   for _, p, o in _facts(text))  # fmt: skip


def test_a_companion_whom_the_clause_contrasts_signs_nothing():
    text = (
        "Mongolia signed the Energy Charter Treaty in 1994 together with Georgia, which did not "
        "ratify it."
    )
    assert "geo" not in {o for s, p, o in _facts(text) if p == "signatory"}


def test_an_echo_of_a_negated_clause_signs_nothing():
    text = "Mongolia did not sign the Energy Charter Treaty, as did Georgia."
    assert not any(p == "signatory" for _, p, _ in _facts(text))


def test_a_commitment_along_with_a_joining_is_no_member():
    facts = _facts("Mongolia joined the WTO in 1997, along with a commitment to cut tariffs.")
    assert {s for s, p, o in facts if p == "memberOf"} == {"mng"}


COE = "council-of-europe"


def _start_of(text: str, member: str, organisation: str) -> set[str]:
    node = f"membership-{member}-{organisation}"
    return {o for s, p, o in _facts(text) if s == node and p == "startDate"}


@pytest.mark.parametrize(
    "text",
    [
        # the echo repeats the verb's own auxiliary
        "Moldova was admitted to the Council of Europe in 1995, as was Latvia.",
        # "and so did Y", "and Y did too"
        "Moldova joined the Council of Europe in 1995, and so did Latvia.",
        "Moldova joined the Council of Europe in 1995, and Latvia did too.",
    ],
)
def test_an_echo_of_the_verb_gives_its_subject_the_clause_and_its_date(text):
    assert ("lva", "memberOf", COE) in _facts(text)
    assert _start_of(text, "lva", COE) == {"1995"}


@pytest.mark.parametrize(
    "text",
    [
        "Moldova joined the Council of Europe in 1995, and Latvia did not.",
        "Moldova joined the Council of Europe in 1995, and then Latvia did.",
        "Moldova was admitted to the Council of Europe in 1995, as was expected by Latvia.",
        "Moldova did not join the Council of Europe, and neither did Latvia.",
        "Moldova joined the Council of Europe in 1995, and so did Latvia's president.",
    ],
)
def test_an_echo_that_says_more_or_denies_gives_its_subject_nothing(text):
    assert _start_of(text, "lva", COE) == set()
    assert ("lva", "memberOf", COE) not in _facts(text)


def test_shares_in_brackets_between_the_partners_keep_the_list():
    text = (
        "Inpex develops the Kashagan field (7.56%) together with Eni, Shell, ExxonMobil "
        "(16.81% each), CNPC (8.33%) and KazMunayGas (16.88%)."
    )
    developers = {s for s, p, o in _facts(text) if p == "develops" and o == "kashagan-oil-field"}
    assert {"inpex", "eni", "shell", "exxonmobil", "cnpc", "kazmunaygas"} <= developers


def test_a_bracket_naming_someone_between_the_partners_is_no_aside():
    text = "Lukoil develops the Karachaganak field together with Eni (with Gazprom), and Chevron."
    developers = {s for s, p, o in _facts(text) if p == "develops"}
    assert "gazprom" not in developers


EAEU = "eaeu"


def test_a_set_off_with_on_the_subject_adds_founders():
    text = "Armenia, with Belarus and Russia, co-founded the Eurasian Economic Union."
    assert _founders(text, EAEU) >= {"arm", "blr", "rus"}


@pytest.mark.parametrize(
    "text",
    [
        "Armenia, with Russia's support, co-founded the Eurasian Economic Union.",
        "Armenia, with the support of Russia, co-founded the Eurasian Economic Union.",
    ],
)
def test_a_set_off_with_naming_a_supporter_adds_no_founder(text):
    assert "rus" not in _founders(text, EAEU)


def test_a_set_off_with_beside_a_joining_adds_no_member():
    facts = _facts("Armenia, with Belarus and Russia, joined the World Trade Organization.")
    assert {s for s, p, o in facts if p == "memberOf"} <= {"arm"}


def test_a_group_reference_in_a_one_entity_slot_merges_no_node():
    text = (
        "Kazakhstan and Russia signed the Treaty on Eurasian Economic Union in 2014. Both "
        "countries established diplomatic relations with Mongolia in 1992."
    )
    participants: dict[str, set[str]] = {}
    for s, p, o in _facts(text):
        if p == "participant":
            participants.setdefault(s, set()).add(o)
    assert participants
    assert all(len(found) == 2 for found in participants.values())
