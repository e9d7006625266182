"""Field developments, pipeline participations and investments the development sets state in
plain English and the extractor missed (session 21's brief REC21F).

A list of deposit names before a plural head names one deposit each, as a list of field names
does: "KATCO develops the Muyunkum and Tortkuduk deposits", "... the Muyunkum and Tortkuduk
uranium deposits" (name_bounds.PLURAL_HEADS "deposits"; lexicon plural-head-modifiers "uranium",
"coal"). Look-alikes: a modal or plan, a negation, a question, a holder of a stake, demonyms
("the Kazakh and Uzbek deposits": no names), and a development the text marks as ended
("developed the A and B deposits|fields until 2010": the plural head and its modifiers are
hedge-lead words, so hedge-until still reads the "until" after them).
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="rec21f-s21")


def develops(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in triples(text) if p == "develops"}


# the gazetteer knows both deposits (FIELDS24): "the Muyunkum deposit" is the uranium deposit
KATCO_BOTH = {("katco", "muyunkum-uranium-deposit"), ("katco", "tortkuduk-uranium-deposit")}
URANIUM_BOTH = {("katco", "muyunkum-uranium-deposit"), ("katco", "tortkuduk-uranium-deposit")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "KATCO, a joint venture of Orano and Kazatomprom, has developed the Muyunkum and"
            " Tortkuduk deposits since 2004.",
            KATCO_BOTH,
        ),
        (
            "The Parties welcomed the cooperation between Orano and Kazatomprom within KATCO,"
            " which develops the Muyunkum and Tortkuduk uranium deposits.",
            URANIUM_BOTH,
        ),
        (
            "JV Inkai develops the Inkai deposit, while KATCO, Orano's joint venture with"
            " Kazatomprom, develops the Muyunkum and Tortkuduk deposits.",
            KATCO_BOTH,
        ),
    ],
)
def test_listed_deposits_are_developed(text, expected):
    assert expected <= develops(text)


@pytest.mark.parametrize(
    "text",
    [
        "KATCO will develop the Muyunkum and Tortkuduk deposits from 2026.",
        "KATCO plans to develop the Muyunkum and Tortkuduk deposits.",
        "KATCO does not develop the Muyunkum and Tortkuduk deposits.",
        "Does KATCO develop the Muyunkum and Tortkuduk deposits?",
        "Orano holds a 51% stake in KATCO, which owns the Muyunkum and Tortkuduk deposits.",
        "KATCO develops the Kazakh and Uzbek deposits.",
        "KATCO developed the Muyunkum and Tortkuduk deposits until 2010.",
        "KATCO developed the Muyunkum and Tortkuduk uranium deposits until 2010.",
        "Chevron developed the Tengiz and Korolev fields until 2010.",
        "Chevron developed the Tengiz and Korolev oil fields until 2010.",
    ],
)
def test_listed_deposits_look_alikes(text):
    assert develops(text) == set()


# A pipeline's "project" a state joined: "S joined the P pipeline project in D" (rule
# state-joined-pipeline reads "project|scheme" after the pipeline, so the date is the joining's);
# "S joined the project in D" after the one pipeline its sentence, or the sentence before, named
# (strategy project: of rule state-joined-the-project-of-pipeline).
CAC = "central-asia-china-gas-pipeline"


def joined(text: str) -> set[tuple[str, str, str | None]]:
    """(pipeline, state, start date or None) of the text's pipeline participations."""
    found = triples(text)
    dates = {s: o for s, p, o in found if p == "startDate"}
    nodes = {s: {} for s, p, o in found if p == "participant"}
    for s, p, o in found:
        if s in nodes:
            nodes[s][p] = o
    return {(n["pipeline"], n["participant"], dates.get(s)) for s, n in nodes.items()}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kazakhstan joined the Baku–Tbilisi–Ceyhan pipeline project in June 2006.",
            {("btc-pipeline", "kaz", "2006-06")},
        ),
        (
            "Our oil reaches the Black Sea through the Tengiz–Novorossiysk pipeline, and Kazakhstan"
            " joined the Baku–Tbilisi–Ceyhan pipeline project in June 2006.",
            {("btc-pipeline", "kaz", "2006-06")},
        ),
        (
            "The Central Asia–China gas pipeline, built by China National Petroleum Corporation"
            " (CNPC), was completed in December 2009; Kazakhstan joined the project in 2007.",
            {(CAC, "kaz", "2007")},
        ),
        (
            "Natural gas from Turkmenistan reaches China through the Central Asia–China gas"
            " pipeline, which was built by CNPC together with KazMunayGas. Kazakhstan joined the"
            " project in 2007; its section is run by a joint venture.",
            {(CAC, "kaz", "2007")},
        ),
        (
            "Oil reaches the Mediterranean through the Baku–Tbilisi–Ceyhan pipeline. The pipeline"
            " runs 1,768 km from Baku to Ceyhan; Kazakhstan joined the project in June 2006.",
            {("btc-pipeline", "kaz", "2006-06")},
        ),
    ],
)
def test_joined_the_pipeline_project(text, expected):
    assert joined(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan joined the Baku–Tbilisi–Ceyhan pipeline project as an observer in 2006.",
        "Kazakhstan will join the Baku–Tbilisi–Ceyhan pipeline project in 2027.",
        "The Central Asia–China gas pipeline was completed in December 2009; Kazakhstan"
        " joined the project as an observer in 2007.",
        "The Central Asia–China gas pipeline was completed in December 2009; Kazakhstan did not"
        " join the project.",
        "The Central Asia–China gas pipeline was completed in December 2009. Did Kazakhstan join"
        " the project in 2007?",
        "The Central Asia–China gas pipeline was completed in December 2009. Kazakhstan will join"
        " the project in 2027.",
        "The Central Asia–China gas pipeline was completed in December 2009 and the CAREC Program"
        " was launched in 2001; Kazakhstan joined the project in 2007.",
        "Gas reaches China through the Central Asia–China gas pipeline, built by CNPC.\n\n"
        "Kazakhstan joined the project in 2007.",
        "The Central Asia–China gas pipeline was completed in December 2009. Mongolia and China"
        " discussed a railway. Kazakhstan joined the project in 2007.",
        "A Trans-Caspian gas pipeline is under discussion; Kazakhstan joined the project of a"
        " railway in 2007.",
    ],
)
def test_joined_the_pipeline_project_look_alikes(text):
    assert {j for j in joined(text) if j[1] == "kaz"} == set()


# A chairmanship in a relative clause after the organisation: "O, which S chaired|chairs [in Y],"
# (rule rec21f-org-which-state-chaired), the last of a list of organisations too.
def chairs(text: str) -> set[tuple[str, str, str | None]]:
    """(organisation, chair, year or None) of the text's chairmanships."""
    found = triples(text)
    nodes: dict[str, dict] = {}
    for s, p, o in found:
        if p in ("organisation", "chair", "year"):
            nodes.setdefault(s, {})[p] = o
    return {(n["organisation"], n["chair"], n.get("year")) for n in nodes.values() if "chair" in n}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "About 2,000 troops arrived from 6 January; the CSTO, which Armenia chaired in 2022,"
            " completed their withdrawal on 19 January.",
            {("csto", "arm", "2022")},
        ),
        (
            "14 October 2022 – Astana hosts the summit of the Commonwealth of Independent States"
            " (CIS), which Kazakhstan chairs in 2022.",
            {("cis", "kaz", "2022")},
        ),
        (
            "The leaders discussed cooperation within the Eurasian Economic Union, the"
            " Commonwealth of Independent States and the Collective Security Treaty Organization"
            " (CSTO), which Kazakhstan chairs in 2024.",
            {("csto", "kaz", "2024")},
        ),
    ],
)
def test_org_which_state_chaired(text, expected):
    assert chairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The CSTO, which Armenia will chair in 2026, met in Moscow.",
        "The CSTO, which Armenia is to chair in 2026, met in Moscow.",
        "The CSTO, which Armenia hopes to chair in 2026, met in Moscow.",
        "The CSTO, which Armenia chaired until 2022, met in Moscow.",
        "The CSTO, which Armenia never chaired, met in Moscow.",
        "Is the CSTO, which Armenia chairs, still relevant?",
        "The CSTO, which Armenia chaired a meeting of in 2022, met in Moscow.",
        "The Council of Foreign Ministers of the CSTO, which Armenia chaired in 2022, met.",
        "The CSTO, which Armenia joined in 1992, met in Moscow.",
    ],
)
def test_org_which_state_chaired_look_alikes(text):
    assert chairs(text) == set()
