"""kzgraph.named_queries, queries/*.rq and `kzgraph ask`: catalogue, binding, entity names."""

from __future__ import annotations

import re

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kzgraph.cli import cli
from kzgraph.errors import EntityNotFound, QueryError
from kzgraph.named_queries import (
    EntityNames,
    get_named_query,
    load_catalogue,
    normalise,
    parse_named_query,
    run_named_query,
)
from kzgraph.namespaces import PREFIXES, RDFS
from kzgraph.query import run_query

KZR = PREFIXES["kzr"]
# Pieces of SPARQL an argument might use to break out of the query.
PIECES = [
    *"{}<>\"';#?$.:/\\ ()=*",
    "DROP ALL",
    "kzr:",
    "kaz",
    "SELECT",
    "Kazakhstan",
    "http://",
    "\n",
    "INSERT DATA",
    "SCO",
]
REQUIRED = {
    "shared-memberships": 2,
    "memberships": 1,
    "co-members": 1,
    "treaties": 1,
    "pipelines": 1,
    "relations": 2,
    "timeline": 1,
    "neighbours": 1,
    "figures": 1,
    "where-stated": 3,
}


def ask(store, name, *args, **kwargs):
    return list(run_named_query(store, get_named_query(name), list(args), **kwargs))


def test_the_catalogue_has_the_required_questions():
    catalogue = load_catalogue()
    for name, arity in REQUIRED.items():
        assert len(catalogue[name].params) == arity, name


@pytest.mark.parametrize("named", load_catalogue().values(), ids=lambda q: q.name)
def test_every_query_has_a_header_and_projects_its_parameters(named):
    assert named.title and named.title != named.name
    assert named.description
    body = "\n".join(line for line in named.sparql.splitlines() if not line.startswith("#"))
    assert all(param.description for param in named.params), named.name
    if body.lstrip().upper().startswith("ASK"):
        return  # an ASK query has no projection: substitutions bind its variables anyway
    projection = body[: body.upper().index("WHERE")]
    for param in named.params:
        # pyoxigraph's substitutions only bind projected variables
        assert re.search(rf"\?{param.name}\b", projection), f"{named.name}: ?{param.name}"


@pytest.mark.parametrize("named", load_catalogue().values(), ids=lambda q: q.name)
def test_every_query_runs(query_graph, named):
    args = ["kzr:kaz"] * len(named.params)
    if named.name == "where-stated":
        args = ["kzr:chn", "kz:hasDiplomaticRelationsWith", "kzr:kaz"]
    run_named_query(query_graph, named, args)  # no syntax or binding error


def test_header_parsing_with_a_continued_description():
    text = (
        "# title: T\n# description: first line\n#   second line\n"
        "# param: a - the first\n# param: b\nSELECT ?a ?b WHERE {}\n# not header"
    )
    named = parse_named_query("t", text)
    assert named.description == "first line second line"
    assert [(p.name, p.description) for p in named.params] == [("a", "the first"), ("b", "")]
    assert named.usage == "t A B"


def test_shared_memberships_with_the_sentences(query_graph):
    rows = ask(query_graph, "shared-memberships", "Kazakhstan", "China")
    assert {row["organisation"].value for row in rows} == {
        KZR + "shanghai-cooperation-organisation"
    }
    assert {row["member"].value for row in rows} == {KZR + "kaz", KZR + "chn"}
    assert {row["file"].value for row in rows} == {"kazakhstan-china-osce.txt"}
    assert {row["sentence"].value for row in rows} == {
        "In 1996, both nations became co-founders of the Shanghai Cooperation Organization."
    }


def test_treaties_gives_the_most_specific_role(query_graph):
    rows = ask(query_graph, "treaties", "United States")
    assert [(row["role"].value, row["date"].value) for row in rows] == [
        (PREFIXES["kz"] + "guarantor", "1994-12-05")
    ]


def test_relations_in_both_directions(query_graph):
    rows = ask(query_graph, "relations", "Kazakhstan", "China")
    direct = {(row["from"].value, row["to"].value) for row in rows if row["from"] is not None}
    assert direct == {(KZR + "kaz", KZR + "chn"), (KZR + "chn", KZR + "kaz")}
    dated = [row["date"] for row in rows if row["date"] is not None]
    assert dated == [ox.Literal("1992-01-03", datatype=ox.NamedNode(PREFIXES["xsd"] + "date"))]


def test_timeline_is_in_date_order(query_graph):
    dates = [row["date"].value for row in ask(query_graph, "timeline", "Kazakhstan")]
    assert dates == ["1992-01-03", "1994-12-05", "1996"]


def test_where_stated_gives_the_sentence(query_graph):
    rows = ask(query_graph, "where-stated", "China", "has diplomatic relations with", "kzr:kaz")
    assert [(r["file"].value, int(r["sentenceIndex"].value), r["rule"].value) for r in rows] == [
        ("kazakhstan-china-osce.txt", 0, "diplomatic-relations-formed-on")
    ]


def test_wrong_number_of_arguments(query_graph):
    with pytest.raises(
        QueryError,
        match=r"shared-memberships takes 2 argument\(s\): "
        r"shared-memberships A B",
    ):
        ask(query_graph, "shared-memberships", "Kazakhstan")


def test_unknown_question_suggests_close_names():
    with pytest.raises(QueryError, match="no named query 'membership'; did you mean memberships"):
        get_named_query("membership")


# Entity names


@pytest.mark.parametrize(
    "name", ["Kazakhstan", "kazakhstan", "  KAZAKHSTAN ", "kzr:kaz", f"{KZR}kaz", f"<{KZR}kaz>"]
)
def test_resolve_label_case_curie_iri(query_graph, name):
    assert EntityNames(query_graph).resolve(name) == ox.NamedNode(KZR + "kaz")


@pytest.mark.parametrize(
    "name", ["SCO", "Shanghai Cooperation Organization", "the Shanghai Cooperation Organisation"]
)
def test_resolve_alias_acronym_and_leading_the(query_graph, name):
    resolved = EntityNames(query_graph).resolve(name)
    assert resolved == ox.NamedNode(KZR + "shanghai-cooperation-organisation")


def test_unknown_name_lists_close_matches(query_graph):
    with pytest.raises(EntityNotFound) as caught:
        EntityNames(query_graph).resolve("Kazakstan")
    assert str(caught.value) == "no entity called 'Kazakstan'; did you mean 'Kazakhstan'?"


def test_unknown_iri(query_graph):
    with pytest.raises(EntityNotFound, match=r"no entity with IRI <.*resource/atlantis>"):
        EntityNames(query_graph).resolve("kzr:atlantis")


def test_ambiguous_name_lists_the_candidates(query_graph):
    label = ox.NamedNode(RDFS + "label")
    for iri in ("georgia", "georgia-usa"):
        georgia = ox.Literal("Georgia", language="en")
        query_graph.add(ox.Quad(ox.NamedNode(KZR + iri), label, georgia))
    with pytest.raises(EntityNotFound, match=r"'Georgia' is ambiguous: it names .*georgia, "):
        EntityNames(query_graph).resolve("Georgia")


@pytest.mark.parametrize(
    "attack",
    [
        "} ; DROP ALL",
        '" } ; DROP ALL #',
        "Kazakhstan> } DROP ALL { <x",
        "kzr:kaz } DROP ALL",
        "?x",
        "<http://example.org/a> } ; INSERT DATA { <a:a> <a:a> <a:a> }",
        "kz:%",
        "kzr:a%zz",
    ],
)
def test_injection_attempts_fail_cleanly(query_graph, attack):
    before = len(query_graph)
    with pytest.raises(EntityNotFound):
        ask(query_graph, "memberships", attack)
    assert len(query_graph) == before


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.one_of(st.text(max_size=20), st.lists(st.sampled_from(PIECES), max_size=8).map("".join)))
def test_any_argument_is_a_name_never_query_text(query_graph, argument):
    """Whatever the argument, it is a name: it resolves to a known entity or fails cleanly."""
    before = len(query_graph)
    try:
        rows = ask(query_graph, "memberships", argument)
    except EntityNotFound:
        pass
    else:  # it resolved: then it really names a known entity
        node = EntityNames(query_graph).resolve(argument)
        assert bool(run_query(query_graph, "ASK { ?x ?p ?o }", substitutions={"x": node})) or bool(
            run_query(query_graph, "ASK { ?s ?p ?x }", substitutions={"x": node})
        )
        assert all(row["x"] == node for row in rows)
    assert len(query_graph) == before


# The command line


def invoke(runner, *args):
    return runner.invoke(cli, ["ask", *args], catch_exceptions=False)


def test_cli_list(cli_runner):
    result = invoke(cli_runner, "--list")
    assert result.exit_code == 0
    for name in REQUIRED:
        assert any(
            line.startswith(name + " ") or line == name for line in result.output.splitlines()
        ), name
    assert "shared-memberships A B\n    Organisations two entities both belong to" in result.output


def test_cli_shared_memberships(cli_runner, query_graph_store):
    result = invoke(
        cli_runner,
        "shared-memberships",
        "Kazakhstan",
        "China",
        "--store",
        str(query_graph_store),
        "--format",
        "table",
    )
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].split() == ["organisation", "member", "file", "sentence"]
    assert "Shanghai Cooperation Organisation  China       kazakhstan-china-osce.txt" in lines[2]


def test_cli_unknown_entity(cli_runner, query_graph_store):
    result = invoke(cli_runner, "memberships", "Kazakstan", "--store", str(query_graph_store))
    assert result.exit_code == 2
    assert result.output == "Error: no entity called 'Kazakstan'; did you mean 'Kazakhstan'?\n"


def test_cli_missing_store(cli_runner, tmp_path):
    result = invoke(cli_runner, "memberships", "Kazakhstan", "--store", str(tmp_path / "x"))
    assert result.exit_code == 3
    assert "run `kzgraph build` first" in result.output


# Start-up work: one question file read, names folded cheaply


def _normalise_reference(name: str) -> str:
    """normalise() as it was before its ASCII shortcut: every step on every string."""
    import unicodedata

    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text).replace("\u2019", "'")
    return " ".join(text.casefold().split()).removeprefix("the ")


@settings(max_examples=300)
@given(
    st.lists(
        st.sampled_from(
            [
                *"Ab zZ-'\t",
                "\u00e9",
                "\u2013",
                "\u2212",
                "\u2019",
                "\u0301",
                "\ufb01",
                "the ",
                "The ",
            ]
        ),
        max_size=12,
    ).map("".join)
    | st.text(max_size=20)
)
def test_normalise_with_the_ascii_shortcut_folds_as_before(name):
    assert normalise(name) == _normalise_reference(name)


@pytest.mark.parametrize(
    ("name", "folded"),
    [
        ("The  Caspian\tPipeline Consortium", "caspian pipeline consortium"),
        ("Türkiye", "turkiye"),
        ("Côte d\u2019Ivoire", "cote d'ivoire"),
        ("theatre", "theatre"),
    ],
)
def test_normalise_examples(name, folded):
    assert normalise(name) == folded


def _question_folder(tmp_path, monkeypatch):
    folder = tmp_path / "queries"
    folder.mkdir()
    (folder / "capitals.rq").write_text(
        "# title: Capitals\n# param: x - a state\n"
        "SELECT ?x ?capital WHERE { ?x kz:capital ?capital }\n"
    )
    monkeypatch.setattr("kzgraph.named_queries.queries_dir", lambda: folder)
    return folder


def test_a_named_question_is_read_from_its_own_file_alone(tmp_path, monkeypatch):
    folder = _question_folder(tmp_path, monkeypatch)
    (folder / "broken.rq").write_text("# param: !!\nSELECT * {}\n")  # unread when not asked
    named = get_named_query("capitals")
    assert (named.title, named.usage, named.path) == (
        "Capitals",
        "capitals X",
        folder / "capitals.rq",
    )
    with pytest.raises(QueryError, match="bad parameter line"):
        get_named_query("broken")


def test_a_question_name_is_not_a_path(tmp_path, monkeypatch):
    _question_folder(tmp_path, monkeypatch)
    (tmp_path / "outside.rq").write_text("# title: Outside\nSELECT * {}\n")
    with pytest.raises(QueryError, match=r"no named query '\.\./outside' \(`kzgraph ask"):
        get_named_query("../outside")
    with pytest.raises(QueryError, match=r"no named query 'capital'; did you mean capitals\?"):
        get_named_query("capital")


def test_entity_names_table_from_the_store(query_graph):
    names = EntityNames(query_graph)
    assert names.labels["kazakhstan"] == {KZR + "kaz"}
    assert names.aliases["sco"] == {KZR + "shanghai-cooperation-organisation"}
    assert names.display["kazakhstan"] == "Kazakhstan"


# Entity names read for the names asked only (EntityNames(store, expected=...))

NAME_PIECES = [
    "Kazakh",
    "stan",
    "KAZAKHSTAN",
    "the ",
    "The ",
    " ",
    "  ",
    "\t",
    "-",
    "\u2013",
    "\u00e1",
    "a\u0301",
    "\ufb01",
    "Oil",
    "oil",
    "\u2019s",
    "'s",
    "X",
]
NAMES = st.lists(st.sampled_from(NAME_PIECES), min_size=0, max_size=4).map("".join)
SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"


def _names_store(named: list[tuple[int, str, bool]]) -> ox.Store:
    store = ox.Store()
    graph = ox.NamedNode(KZR + "graph")
    for number, name, alias in named:
        predicate = ox.NamedNode(SKOS_ALT if alias else RDFS + "label")
        store.add(
            ox.Quad(
                ox.NamedNode(f"{KZR}e{number}"), predicate, ox.Literal(name, language="en"), graph
            )
        )
    return store


def _outcome(names: EntityNames, name: str):
    try:
        return names.resolve(name)
    except EntityNotFound as error:
        return str(error)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.tuples(st.integers(0, 5), NAMES, st.booleans()), max_size=12),
    st.lists(NAMES, min_size=1, max_size=3),
)
def test_reading_only_the_names_asked_resolves_as_reading_all(named, asked):
    store = _names_store(named)
    searching = EntityNames(store, expected=asked)
    for name in asked:
        assert _outcome(searching, name) == _outcome(EntityNames(store), name)


def test_only_names_that_may_fold_to_the_asked_one_are_read():
    store = _names_store(
        [
            (1, "Uzbekistan", False),
            (2, "Uzbekistan Airways", False),
            (3, "Tashkent", False),
            (4, "Ozbekiston", True),
            (5, "O\u2018zbekiston", True),
        ]
    )
    names = EntityNames(store, expected=["uzbekistan"])
    assert set(names.labels) == {"uzbekistan", "uzbekistan airways"}
    assert set(names.aliases) == {"o\u2018zbekiston"}  # not printable ASCII: always read
    assert names.resolve("uzbekistan") == ox.NamedNode(KZR + "e1")  # not the airline


def test_a_name_not_expected_or_unknown_reads_them_all():
    store = _names_store([(1, "Mongolia", False), (2, "Ulaanbaatar", False)])
    names = EntityNames(store, expected=["Mongolia"])
    assert names.resolve("Ulaanbaatar") == ox.NamedNode(KZR + "e2")
    names = EntityNames(store, expected=["Mongolai"])
    with pytest.raises(EntityNotFound, match="did you mean 'Mongolia'"):
        names.resolve("Mongolai")


def test_the_same_word_in_two_entities_names_is_still_ambiguous():
    store = _names_store(
        [
            (1, "Silk Road Fund", False),
            (2, "The Silk  Road fund", False),
            (3, "Silk Road Fund Management", False),
        ]
    )
    with pytest.raises(EntityNotFound, match=r"ambiguous: it names \S+e1, \S+e2; give the IRI"):
        EntityNames(store, expected=["silk road FUND"]).resolve("silk road FUND")


def test_a_name_folding_to_the_same_through_accents_or_ligatures_is_read():
    store = _names_store(
        [
            (1, "Turkmenbashi Refinery", False),
            (2, "T\u00fcrkmenbashi Refinery", False),
            (3, "Turkmenbashi Re\ufb01nery", True),
        ]
    )
    names = EntityNames(store, expected=["turkmenbashi refinery"])
    assert names.labels["turkmenbashi refinery"] == {KZR + "e1", KZR + "e2"}
    assert names.aliases["turkmenbashi refinery"] == {KZR + "e3"}
    with pytest.raises(EntityNotFound, match="ambiguous"):
        names.resolve("turkmenbashi refinery")


def test_visits_dates_a_visit_over_several_days_by_its_first_day():
    # a visit over a range of days has kz:startDate and kz:endDate and no kz:date (EVENT23)
    store = ox.Store()
    store.load(
        input="""@prefix kz: <https://w3id.org/kzgraph/ontology#> .
        @prefix kzr: <https://w3id.org/kzgraph/resource/> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        kzr:xi rdfs:label "Xi Jinping" . kzr:pak rdfs:label "Pakistan" .
        kzr:v1 a kz:StateVisit ; kz:visitor kzr:xi ; kz:destination kzr:pak ;
            kz:startDate "2015-04-20"^^xsd:date ; kz:endDate "2015-04-21"^^xsd:date .
        kzr:v2 a kz:StateVisit ; kz:visitor kzr:xi ; kz:destination kzr:pak ;
            kz:date "2024-06-04"^^xsd:date .""",
        format=ox.RdfFormat.TURTLE,
    )
    dates = [row["date"].value for row in ask(store, "visits", "Pakistan")]
    assert dates == ["2015-04-20", "2024-06-04"]
