"""The 20 competency questions (tests/competency-questions.md) against the sample graph.

Each test asks the graph built from the sample corpus (the ``sample_store`` fixture) and
checks the exact answer the texts give: labels, dates with their XSD datatypes, numbers.
The reusable questions go through the named queries of queries/, as `kzgraph ask` runs them.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest

from kzgraph.named_queries import EntityNames, get_named_query, normalise, run_named_query
from kzgraph.namespaces import XSD
from kzgraph.query import label_of, run_query


@pytest.fixture(scope="module")
def graph(sample_store):
    from kzgraph.store import open_store

    return open_store(sample_store)


def ask(store, name, *args, asserted_only=False):
    return list(
        run_named_query(store, get_named_query(name), list(args), asserted_only=asserted_only)
    )


def label(store, term):
    return label_of(store, term) if isinstance(term, ox.NamedNode) else None


def labels(store, rows, variable):
    return sorted(label(store, row[variable]) for row in rows if row[variable] is not None)


def typed(value, datatype):
    return ox.Literal(value, datatype=ox.NamedNode(XSD + datatype))


def number(literal):
    return Decimal(literal.value)


def entity(store, name):
    return EntityNames(store).resolve(name)


def test_the_questions_are_carried_with_the_tests():
    text = (Path(__file__).parent / "competency-questions.md").read_text("utf-8")
    rows = [line for line in text.splitlines() if line.startswith("| ") and line[2].isdigit()]
    assert len(rows) == 20


def test_q01_organisations_kazakhstan_and_china_both_belong_to(graph):
    rows = ask(graph, "shared-memberships", "Kazakhstan", "China")
    assert set(labels(graph, rows, "organisation")) == {"Shanghai Cooperation Organisation"}
    # each membership comes with the sentence(s) stating it
    assert {row["file"].value for row in rows if row["file"]} == {"kazakhstan-china-osce.txt"}
    assert all("Shanghai Cooperation Organization" in row["sentence"].value for row in rows)


def test_q02_co_founders_of_the_sco_and_the_year(graph):
    rows = ask(graph, "co-founders", "Shanghai Cooperation Organisation")
    assert sorted((label(graph, row["founder"]), row["since"]) for row in rows) == [
        ("China", typed("1996", "gYear")),
        ("Kazakhstan", typed("1996", "gYear")),
    ]


def test_q03_budapest_memorandum_guarantors_date_and_place(graph):
    rows = list(
        run_query(
            graph,
            """
        SELECT DISTINCT ?treaty ?guarantor ?date ?place WHERE {
          ?treaty a kz:Memorandum ; kz:guarantor ?guarantor ;
            kz:signingDate ?date ; kz:signingPlace ?place .
        }""",
        )
    )
    assert len({row["treaty"] for row in rows}) == 1
    assert labels(graph, rows, "guarantor") == ["Russia", "United Kingdom", "United States"]
    assert {row["date"] for row in rows} == {typed("1994-12-05", "date")}
    assert set(labels(graph, rows, "place")) == {"Budapest"}


def test_q04_diplomatic_relations_china_kazakhstan(graph):
    rows = ask(graph, "diplomatic-relations", "China", "Kazakhstan")
    assert {row["date"] for row in rows} == {typed("1992-01-03", "date")}
    # and the relation itself holds both ways (symmetry)
    for a, b in (("kzr:chn", "kzr:kaz"), ("kzr:kaz", "kzr:chn")):
        assert bool(run_query(graph, f"ASK {{ {a} kz:hasDiplomaticRelationsWith {b} }}"))


def test_q05_boundary_agreements_in_order(graph):
    rows = ask(graph, "boundary-agreements", "China", "Kazakhstan")
    assert [row["date"] for row in rows] == [
        typed("1994-04", "gYearMonth"),
        typed("1997-09", "gYearMonth"),
        typed("1998-07", "gYearMonth"),
    ]
    names = [normalise(label(graph, row["agreement"])) for row in rows]
    assert "boundary agreement" in names[0]
    assert "supplementary agreement" in names[1]
    assert "second supplementary boundary agreement" in names[2]


def test_q06_length_of_the_china_kazakhstan_border(graph):
    rows = ask(graph, "neighbours", "China")
    [row] = [row for row in rows if label(graph, row["neighbour"]) == "Kazakhstan"]
    assert row["lengthKm"].datatype == ox.NamedNode(XSD + "decimal")
    assert number(row["lengthKm"]) == 1700
    assert number(row["lengthMi"]) == 1100
    assert bool(run_query(graph, "ASK { kzr:kaz kz:sharesBorderWith kzr:chn }"))


def test_q07_builders_of_the_cpc_pipeline_and_completion(graph):
    rows = ask(graph, "builders", "Caspian Pipeline Consortium pipeline")
    assert labels(graph, rows, "company") == ["Chevron", "Mobil"]
    assert {row["completed"] for row in rows} == {typed("2001", "gYear")}


def test_q08_pipeline_kazakhstan_joined(graph):
    rows = [
        row
        for row in ask(graph, "pipelines", "Kazakhstan")
        if row["role"].value == "participant state"
    ]
    assert [(label(graph, row["pipeline"]), row["since"]) for row in rows] == [
        ("Baku–Tbilisi–Ceyhan pipeline", typed("2006-06", "gYearMonth"))
    ]


def test_q09_field_chevron_began_to_develop(graph):
    rows = ask(graph, "fields", "Chevron")
    assert [(label(graph, row["field"]), row["since"]) for row in rows] == [
        ("Tengiz oil field", typed("1993", "gYear"))
    ]


def test_q10_signatories_of_the_1997_military_forces_agreement(graph):
    rows = list(
        run_query(
            graph,
            """
        SELECT DISTINCT ?treaty ?signatory WHERE {
          ?treaty kz:signatory ?signatory ; kz:signingDate ?date .
          FILTER (DATATYPE(?date) = xsd:gYear && STR(?date) = "1997")
        }""",
        )
    )
    assert len({row["treaty"] for row in rows}) == 1
    assert labels(graph, rows, "signatory") == ["China", "Kazakhstan", "Kyrgyzstan", "Tajikistan"]


def test_q11_last_osce_summit(graph):
    rows = ask(graph, "summits", "OSCE")
    assert [
        (label(graph, r["city"]), r["start"], r["end"], label(graph, r["state"])) for r in rows
    ] == [("Astana", typed("2010-12-01", "date"), typed("2010-12-02", "date"), "Kazakhstan")]


def test_q12_official_languages_of_the_osce(graph):
    rows = ask(graph, "official-languages", "OSCE")
    assert labels(graph, rows, "language") == [
        "English",
        "French",
        "German",
        "Italian",
        "Russian",
        "Spanish",
    ]


def test_q13_osce_participating_states_and_staff(graph):
    [row] = ask(graph, "organisation-figures", "OSCE")
    assert (row["participatingStates"], row["headquartersStaff"], row["fieldStaff"]) == (
        typed("57", "integer"),
        typed("550", "integer"),
        typed("2300", "integer"),
    )


def test_q14_the_conference_that_preceded_the_osce(graph):
    rows = ask(graph, "predecessors", "OSCE")
    assert [
        (
            label(graph, r["predecessor"]),
            label(graph, r["place"]),
            label(graph, r["country"]),
            r["date"],
        )
        for r in rows
    ] == [
        (
            "Conference on Security and Co-operation in Europe",
            "Helsinki",
            "Finland",
            typed("1975", "gYear"),
        )
    ]


def test_q15_direct_us_investment_in_kazakhstan(graph):
    rows = [
        row
        for row in ask(graph, "figures", "Kazakhstan")
        if row["kind"].value.endswith("#InvestmentFigure")
    ]
    assert [
        (
            label(graph, r["from"]),
            label(graph, r["to"]),
            number(r["amount"]),
            r["currency"].value,
            r["approximate"],
        )
        for r in rows
    ] == [
        (
            "United States",
            "Kazakhstan",
            Decimal("15000000000"),
            "USD",
            ox.Literal("true", datatype=ox.NamedNode(XSD + "boolean")),
        )
    ]


def test_q16_kazakh_us_trade_in_2007(graph):
    rows = [
        row
        for row in ask(graph, "figures", "United States")
        if row["kind"].value.endswith("#TradeFigure")
    ]
    assert [
        (number(r["amount"]), r["currency"].value, r["year"], number(r["share"])) for r in rows
    ] == [(Decimal("2046000000"), "USD", typed("2007", "gYear"), Decimal("2.5"))]
    parties = run_query(graph, "SELECT ?p WHERE { ?f a kz:TradeFigure ; kz:tradeParty ?p }")
    assert labels(graph, list(parties), "p") == ["Kazakhstan", "United States"]


def test_q17_nato_programme_kazakhstan_takes_part_in(graph):
    rows = ask(graph, "programmes", "Kazakhstan")
    assert [(label(graph, r["programme"]), r["organisation"]) for r in rows] == [
        ("Partnership for Peace", entity(graph, "NATO"))
    ]


def test_q18_official_visit_to_beijing_in_1993(graph):
    rows = [row for row in ask(graph, "visits", "Beijing") if row["date"] == typed("1993", "gYear")]
    assert [(label(graph, r["visitor"]), label(graph, r["invitedBy"])) for r in rows] == [
        ("Nursultan Nazarbayev", "Jiang Zemin")
    ]


def test_q19_where_the_texts_state_q4(graph):
    rows = list(
        run_query(
            graph,
            """
        SELECT DISTINCT ?file ?text WHERE {
          GRAPH ?a { { kzr:chn kz:hasDiplomaticRelationsWith kzr:kaz }
                     UNION { kzr:kaz kz:hasDiplomaticRelationsWith kzr:chn } }
          ?a prov:wasDerivedFrom ?s .
          ?s kz:text ?text ; dcterms:isPartOf ?d . ?d kz:fileName ?file .
        }""",
        )
    )
    assert len(rows) == 1
    assert rows[0]["file"].value == "kazakhstan-china-osce.txt"
    assert rows[0]["text"].value.startswith(
        "The People's Republic of China and Kazakhstan formed diplomatic relations"
    )
    # the named question gives the same place
    stated = ask(graph, "diplomatic-relations", "China", "Kazakhstan")
    assert {(row["file"].value, row["sentence"].value) for row in stated} == {
        (rows[0]["file"].value, rows[0]["text"].value)
    }


@pytest.mark.parametrize("asserted_only", [True, False], ids=["asserted", "inferred"])
def test_q20_kazakhstan_is_not_a_member_of_nato(graph, asserted_only):
    assert entity(graph, "NATO")  # NATO is in the graph, so a "no" means something
    [partnership] = ask(graph, "programmes", "Kazakhstan")
    assert partnership["organisation"] == entity(graph, "NATO")
    member = run_named_query(
        graph, get_named_query("is-member"), ["Kazakhstan", "NATO"], asserted_only=asserted_only
    )
    assert bool(member) is False
    bindings = {"x": entity(graph, "Kazakhstan"), "o": entity(graph, "NATO")}
    for pattern in ("?x org:memberOf ?o", "?o kz:hasMember ?x", "?x kz:coFounderOf ?o"):
        said = run_query(
            graph,
            f"SELECT ?x ?o WHERE {{ {pattern} }}",
            substitutions=bindings,
            asserted_only=asserted_only,
        )
        assert list(said) == [], pattern
