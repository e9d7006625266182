"""Deposits are no oil fields (brief DEBT15, item 1).

"X <mineral> [ore] deposit" is a kz:MineralDeposit, a bare "X deposit" a kz:ResourceDeposit (the
text does not say oil or ore), "X oil field" a kz:OilField; the develops rules take any of them
(their slot class is ResourceDeposit, which the ontology makes the range of kz:develops).
Look-alikes: plans, expectations, negations, stakes, partners, questions, hypotheticals, talks,
a former development ("Until D C developed F") and a deposit nobody develops give nothing.
"""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef

from kzgraph import reason
from kzgraph.documents import document_from_text
from kzgraph.extract import extract_document
from kzgraph.namespaces import KZ, KZR, RDF
from kzgraph.ontology import load_ontology


def _read(text: str) -> tuple[set[tuple[str, str]], dict[str, str]]:
    """The (developer, field) pairs of kz:develops in ``text`` and the class of each entity."""
    quads = extract_document(document_from_text(text, "debt15")).quads
    develops, classes = set(), {}
    for quad in quads:
        subject = quad.subject.value.removeprefix(KZR)
        if quad.predicate.value == KZ + "develops":
            develops.add((subject, quad.object.value.removeprefix(KZR)))
        elif quad.predicate.value == RDF + "type" and quad.subject.value.startswith(KZR):
            classes[subject] = quad.object.value.removeprefix(KZ)
    return develops, classes


ERG = "eurasian-resources-group"


@pytest.mark.parametrize(
    ("text", "developer", "field", "cls"),
    [
        (
            "Cameco develops the Inkai uranium deposit.",
            "cameco",
            "inkai-uranium-deposit",
            "MineralDeposit",
        ),
        (
            "Kazakhmys develops the Aktogay copper deposit.",
            "kaz-minerals",
            "aktogay-copper-deposit",
            "MineralDeposit",
        ),
        (
            "ERG develops the Sokolov iron ore deposit.",
            ERG,
            "sokolov-iron-ore-deposit",
            "MineralDeposit",
        ),
        (
            "Kazatomprom develops the Zhalpak deposit.",
            "kazatomprom",
            "zhalpak-deposit",
            "ResourceDeposit",
        ),
        (
            "Since 2015 Kazakhmys has developed the Aktogay copper deposit.",
            "kaz-minerals",
            "aktogay-copper-deposit",
            "MineralDeposit",
        ),
        (
            "Chevron has developed the Tengiz oil field since 1993.",
            "chevron",
            "tengiz-oil-field",
            "OilField",
        ),
    ],
)
def test_a_deposit_is_developed_and_typed_for_what_it_is(text, developer, field, cls):
    develops, classes = _read(text)
    assert develops == {(developer, field)}
    assert classes[field] == cls


@pytest.mark.parametrize(
    "text",
    [
        "Kazatomprom plans to develop the Zhalpak uranium deposit.",
        "Cameco is expected to develop the Inkai uranium deposit.",
        "Cameco does not develop the Inkai uranium deposit.",
        "Cameco holds a stake in the Inkai uranium deposit.",
        "Talks on developing the Aktogay copper deposit continue.",
        "Did Kazakhmys develop the Aktogay copper deposit?",
        "If Kazakhmys developed the Aktogay copper deposit, output would rise.",
        "Kazakhmys left the Aktogay copper deposit project in 2019.",
        "Kazakhmys is a partner in the Aktogay copper deposit.",
        "Kazakhmys is not the operator of the Aktogay copper deposit.",
        "Kazakhmys formerly developed the Aktogay copper deposit.",
        "Until 2020 Kazakhmys developed the Aktogay copper deposit.",
        "Before 2010, Chevron developed the Tengiz oil field.",
        "Until 2022 the Kumtor gold deposit was developed by Cameco.",
        "The gold deposit was developed by Kazakhmys.",
        "The Inkai uranium deposit lies in the Turkistan region.",
    ],
)
def test_look_alikes_develop_nothing(text):
    assert _read(text)[0] == set()


def test_a_named_mineral_deposit_is_no_oil_field():
    _, classes = _read(
        "A team visited the Verkhne-Kairakty tungsten deposit and the Kashagan field."
    )
    assert "OilField" not in {c for k, c in classes.items() if "deposit" in k}


def test_a_developed_mineral_deposit_is_a_resource_deposit_not_an_energy_project():
    """prp-rng on kz:develops types the object a ResourceDeposit; cax-sco does not make a
    mineral deposit an EnergyProject, and it is consistent (disjoint from OilField only)."""
    facts = Graph().parse(
        data=f"""@prefix kz: <{KZ}> . @prefix kzr: <{KZR}> .
        kzr:inkai a kz:MineralDeposit . kzr:cameco a kz:Company ; kz:develops kzr:inkai .""",
        format="turtle",
    )
    reasoning = reason.expand(facts, load_ontology())
    inkai, kind = URIRef(KZR + "inkai"), URIRef(RDF + "type")
    assert (inkai, kind, URIRef(KZ + "ResourceDeposit")) in reasoning.inferred
    assert (inkai, kind, URIRef(KZ + "EnergyProject")) not in reasoning.inferred
    assert reasoning.inconsistencies == []
