"""Tables pasted as text (tables.py, data/tables.jsonl): each shape and column kind, and the
look-alikes that must state nothing."""

from __future__ import annotations

import pytest

from kzgraph.documents import document_from_text
from kzgraph.errors import RuleFileError
from kzgraph.extract import extract_document
from kzgraph.tables import find_tables, load_tables
from tests.gold_scoring import extracted_facts


def _facts(text: str, written_from: str | None = None) -> list:
    metadata = {"written_from": written_from} if written_from else {}
    document = document_from_text(text, "table-demo", metadata=metadata)
    return extracted_facts(extract_document(document).quads)


def _table_rules(text: str, written_from: str | None = None) -> list[str]:
    metadata = {"written_from": written_from} if written_from else {}
    document = document_from_text(text, "table-demo", metadata=metadata)
    quads = extract_document(document).quads
    return sorted(
        q.object.value
        for q in quads
        if str(q.predicate).endswith("rule>") and q.object.value.startswith("table:")
    )


def _nodes(facts: list, cls: str) -> list[dict]:
    return [f[2] for f in facts if f[0] == "node" and f[1] == cls]


def _triples(facts: list, prop: str) -> set:
    return {(f[1], f[3]) for f in facts if f[0] == "triple" and f[2] == prop}


def test_trade_by_year_pipes_gives_one_figure_per_cell():
    text = (
        "Chile's trade with Asian partners, US$ million\nPartner | 2021 | 2022\n"
        "Japan | 3,120 | 3,480\nIndia | 905.5 | 1,010\n"
    )
    figures = {
        (tuple(n["kz:tradeParty"]), n["kz:year"][0][0], n["kz:amount"][0][0])
        for n in _nodes(_facts(text), "kz:TradeFigure")
    }
    assert figures == {
        (("chl", "jpn"), "2021", "3120000000"),
        (("chl", "jpn"), "2022", "3480000000"),
        (("chl", "ind"), "2021", "905500000"),
        (("chl", "ind"), "2022", "1010000000"),
    }
    assert _table_rules(text) == ["table:trade-by-year"] * 4


def test_trade_share_joins_the_figure_of_its_year():
    text = (
        "Trade turnover, USD million\nPartner | 2022 | 2023 | Share of Chile's total trade, "
        "2023 (%)\nJapan | 3,120 | 3,480 | 2.5\n"
    )
    nodes = _nodes(_facts(text, "Chile"), "kz:TradeFigure")
    shares = {n["kz:year"][0][0]: n.get("kz:shareOfTotal") for n in nodes}
    assert shares == {"2022": None, "2023": [("2.5", "xsd:decimal")]}


def test_investment_into_the_captions_state():
    text = (
        "Foreign direct investment into Peru, by investor (millions of US dollars)\n"
        "Investor\t2021\t2022\nJapan\t450\t320\n"
    )
    nodes = _nodes(_facts(text), "kz:InvestmentFigure")
    assert {(n["kz:fromParty"][0], n["kz:toParty"][0], n["kz:amount"][0][0]) for n in nodes} == {
        ("jpn", "per", "450000000"),
        ("jpn", "per", "320000000"),
    }


def test_member_since_markdown_with_rule_line():
    text = (
        "Members of the Shanghai Cooperation Organisation\n| State | Member since |\n|---|---|\n"
        "| India | 2017 |\n| Iran | 4 July 2023 |\n"
    )
    dates = {
        (n["kz:member"][0], n["kz:startDate"][0]) for n in _nodes(_facts(text), "kz:Membership")
    }
    assert dates == {("ind", ("2017", "xsd:gYear")), ("irn", ("2023-07-04", "xsd:date"))}


def test_relations_established_tabs_and_written_from():
    text = (
        "Diplomatic relations in Asia\nCountry\tRelations established\tEmbassy\n"
        "Mongolia\t1968\tno\nNepal\t1 June 1973\tyes\n"
    )
    nodes = _nodes(_facts(text, "Norway"), "kz:DiplomaticRelationsEstablishment")
    assert {(tuple(n["kz:participant"]), n["kz:date"][0][0]) for n in nodes} == {
        (("mng", "nor"), "1968"),
        (("nor", "npl"), "1973-06-01"),
    }
    assert _facts(text) == []  # no caption state and no written_from: nobody's relations


def test_capital_aligned_spaces():
    text = "Capitals of the Andes\nState      Capital\nPeru       Lima\nNorway     Oslo\n"
    assert _triples(_facts(text), "kz:capitalOf") >= {("lima", "per")}
    assert _table_rules(text)


def test_border_length_in_the_headers_unit():
    text = "Mongolia's land borders\nNeighbour | Border (km)\nChina | 4,630\nRussia | 3,452\n"
    nodes = _nodes(_facts(text), "kz:Border")
    assert {(tuple(n["kz:borderState"]), n["kz:lengthKm"][0][0]) for n in nodes} == {
        (("chn", "mng"), "4630"),
        (("mng", "rus"), "3452"),
    }


def test_summit_city_date_one_summit_per_row():
    text = (
        "Summits of the organisation\nSummit | City | Date | Host president\n"
        "SCO summit | Bishkek | 13–14 June 2019 | Sooronbay Jeenbekov\n"
        "CSTO summit (15th) | Minsk | 30 November 2017 | Alexander Lukashenko\n"
    )
    nodes = _nodes(_facts(text), "kz:Summit")
    assert {
        (n["kz:organisation"][0], n["kz:heldIn"][0], n["kz:startDate"][0][0]) for n in nodes
    } == {
        ("shanghai-cooperation-organisation", "bishkek", "2019-06-13"),
        ("csto", "minsk", "2017-11-30"),
    }


def test_signed_date_and_place():
    text = (
        "Agreements signed\nAgreement | Signed | Place\n"
        "Treaty of Tlatelolco | 14 February 1967 | Mexico City\nTreaty of Tlatelolco | – | –\n"
    )
    facts = _facts(text)
    assert _triples(facts, "kz:signingPlace") == {("treaty-of-tlatelolco", "mexico-city")}
    assert _triples(facts, "kz:signingDate") == {
        ("treaty-of-tlatelolco", ("1967-02-14", "xsd:date"))
    }


@pytest.mark.parametrize(
    "text",
    [
        # populations and GDP: no relation, and no trade word in the caption
        "Population, million\nCountry | 2021 | 2022\nPeru | 33.7 | 34.0\nJapan | 125.7 | 125.1\n",
        "GDP, US$ billion\nCountry | 2021 | 2022\nPeru | 223 | 242\nJapan | 5,005 | 4,256\n",
        # a trade caption without a currency
        "Chile's trade with Asian partners\nPartner | 2021 | 2022\nJapan | 3,120 | 3,480\n",
        # trade and investment in one caption: which is it?
        "Chile's trade and investment, US$ million\nPartner | 2021 | 2022\nJapan | 3,120 | 3,480\n",
        # a target is no figure
        "Chile's trade targets, US$ million\nPartner | 2025 | 2030\nJapan | 4,000 | 6,000\n",
        # observers: no column line, and a doubting caption
        "Observers of the Shanghai Cooperation Organisation\nState | Observer since\n"
        "Mongolia | 2004\nAfghanistan | 2012\n",
        "Observer states of the Shanghai Cooperation Organisation\nState | Joined\n"
        "Mongolia | 2004\nAfghanistan | 2012\n",
        # a first cell that is no entity
        "Members of the Shanghai Cooperation Organisation\nState | Member since\nTotal | 2017\n"
        "Others | 2001\n",
        # a timetable of flights between cities
        "Flights\nFrom | To | Departs\nLima | Oslo | 10:45\nTokyo | Delhi | 12:30\n",
        # a summit column without the word "summit": an organisation's date is no summit
        "Organisations\nOrganisation | City | Date\nCSTO | Minsk | 30 November 2017\n"
        "SCO | Bishkek | 14 June 2019\n",
    ],
)
def test_look_alike_tables_state_nothing(text):
    assert _table_rules(text, "Chile") == []


def test_expected_and_planned_cells_state_nothing():
    text = (
        "Members of the Shanghai Cooperation Organisation\nState | Member since\nIndia | 2017\n"
        "Belarus | 2024 (expected)\nMongolia | planned\nNepal | n/a\n"
    )
    members = {n["kz:member"][0] for n in _nodes(_facts(text), "kz:Membership")}
    assert members == {"ind"}


def test_prose_with_a_few_pipes_is_no_table():
    text = (
        "Peru | a country of the Andes, joined the Pacific Alliance in 2011.\n"
        "Chile signed an agreement with Peru in 2006 | officials said.\n"
    )
    assert find_tables(text) == []
    assert _table_rules(text) == []


def test_header_needs_no_value_but_a_year():
    rows = "Partner | 2021 | 2022\nJapan | 3,120 | 3,480\n"
    assert [c.text for c in find_tables("Trade, US$ million\n" + rows)[0].header] == [
        "Partner",
        "2021",
        "2022",
    ]
    headerless = "Trade, US$ million\nJapan | 3,120 | 3,480\nIndia | 905 | 1,010\n"
    assert find_tables(headerless) == []


def test_broken_tables_line_names_file_and_line(tmp_path):
    path = tmp_path / "tables.jsonl"
    path.write_text(
        '// a comment\n{"id": "x", "columns": ["a"], "kind": "no-such-kind", '
        '"row": {"role": "S", "class": "State"}, "cell": {"role": "C", '
        '"class": "City"}}\n',
        encoding="utf-8",
    )
    with pytest.raises(RuleFileError) as error:
        load_tables(path)
    assert "tables.jsonl:2" in str(error.value)
    path.write_text(
        '{"id": "y", "field": "field-nothing", "kind": "capital", "row": {"role": "S", '
        '"class": "State"}, "cell": {"role": "C", "class": "City"}}\n',
        encoding="utf-8",
    )
    with pytest.raises(RuleFileError, match="unknown field"):
        load_tables(path)
