"""REC19C (session 19): recall of builders, fields and trade read with their guards.

- a pipeline's builder's companions ("built by C together with|with A and B") build it too, and
  its completion is read past them or past an aside ("which links ..., was built by A and B and
  completed in D", "built by C without foreign contractors and completed in D");
- a company after an aside or relative clause develops the fields of a coordinated list before
  a plural head ("TCO, in which Chevron holds 50 percent, develops the Tengiz and Korolev fields":
  the dependency reading takes the names qualifying "fields");
- a state "traded [goods worth] M with B [in Y]" gives A's and B's trade figure.

Each construction has look-alikes that must give nothing: plans, modals, negations, claims,
conditions, studies, a third party, comparisons."""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return set(assertion_triples(text, stem="rec19c"))


CAC = "central-asia-china-gas-pipeline"
CPC = "cpc-pipeline"
BBS = "beineu-bozoi-shymkent-gas-pipeline"

FOUND = {
    "apposition_built_by_with": (
        "The Central Asia–China gas pipeline, built by China National Petroleum Corporation (CNPC) "
        "with KazMunayGas and Uzbekneftegaz, was completed in December 2009.",
        {
            (CAC, "builtBy", "kazmunaygas"),
            (CAC, "builtBy", "uzbekneftegaz"),
            (CAC, "completionDate", "2009-12"),
        },
    ),
    "apposition_built_by_with_present": (
        "The Central Asia–China gas pipeline, built by China National Petroleum Corporation with "
        "KazMunayGas and Uzbekneftegaz, is completed.",
        {(CAC, "builtBy", "kazmunaygas"), (CAC, "builtBy", "uzbekneftegaz")},
    ),
    "which_was_built_together_with_and_completed": (
        "Gas reaches China through the Central Asia–China gas pipeline, which was built by China "
        "National Petroleum Corporation (CNPC) together with KazMunayGas and completed in December "
        "2009.",
        {(CAC, "builtBy", "kazmunaygas"), (CAC, "completionDate", "2009-12")},
    ),
    "completed_past_unnamed_companions": (
        "Most crude is exported through the Caspian Pipeline Consortium (CPC) pipeline, which was "
        "built by Chevron, Mobil and LukArco together with the Russian and Kazakh governments and "
        "completed in 2001.",
        {(CPC, "builtBy", "chevron"), (CPC, "completionDate", "2001")},
    ),
    "completed_past_long_relative_clause": (
        "The Beineu–Bozoi–Shymkent gas pipeline, which links western Kazakhstan’s gas fields to "
        "the south, was built by KazTransGas and CNPC and completed in 2015.",
        {(BBS, "builtBy", "kaztransgas"), (BBS, "completionDate", "2015")},
    ),
    "completed_past_without": (
        "The East–West pipeline, 773 km long, was built by Türkmengaz without foreign contractors "
        "and completed in December 2015.",
        {("east-west-pipeline", "completionDate", "2015-12")},
    ),
    "which_companies_built_together_with": (
        "The 1,511-km Caspian Pipeline Consortium pipeline, which Chevron and Mobil built together "
        "with Transneft, was completed in 2001.",
        {(CPC, "builtBy", "transneft"), (CPC, "completionDate", "2001")},
    ),
    "fields_after_relative_clause": (
        "TCO, in which Chevron holds 50 percent alongside ExxonMobil, KazMunayGas and LukArco, "
        "develops the Tengiz and Korolev fields in the west of the country.",
        {
            ("tengizchevroil", "develops", "tengiz-oil-field"),
            ("tengizchevroil", "develops", "korolev-field"),
        },
    ),
    "fields_after_apposition": (
        "Condor Petroleum, another Calgary firm, develops the Shoba and Taskuduk fields.",
        {
            ("condor-petroleum", "develops", "shoba-field"),
            ("condor-petroleum", "develops", "taskuduk-field"),
        },
    ),
}

PIPE = "The Trans-Caspian gas pipeline"
NOTHING = {
    "would_be_built": (
        "The Central Asia–China gas pipeline would be built by CNPC together with KazMunayGas and "
        "completed in 2009.",
        {"builtBy", "completionDate"},
    ),
    "not_built": (
        "The Central Asia–China gas pipeline was not built by CNPC together with KazMunayGas.",
        {"builtBy"},
    ),
    "loans_from_a_bank": (
        "The Central Asia–China gas pipeline, built by CNPC with loans from the Asian Development "
        "Bank, was completed in 2009.",
        {"builtBy:asian-development-bank"},
    ),
    "feasibility_study": (
        "A feasibility study of the Trans-Caspian gas pipeline was carried out by CNPC together "
        "with KazMunayGas and completed in 2019.",
        {"builtBy", "completionDate"},
    ),
    "proposed_by": (
        f"{PIPE}, proposed by CNPC together with KazMunayGas, was never completed.",
        {"builtBy", "completionDate"},
    ),
    "claim": (
        f"Critics alleged that {PIPE} was built by CNPC together with KazMunayGas and completed "
        "in 2019.",
        {"builtBy", "completionDate"},
    ),
    "planned_by": (
        f"{PIPE} was planned by CNPC together with KazMunayGas and completed in 2019.",
        {"builtBy"},
    ),
    "condition": (
        f"If {PIPE} was built by CNPC together with KazMunayGas, it would be completed in 2030.",
        {"builtBy", "completionDate"},
    ),
    "which_companies_planned": (
        f"{PIPE}, which CNPC planned together with KazMunayGas, was completed in 2019.",
        {"builtBy"},
    ),
    "first_section_of": (
        f"The first section of {PIPE[4:]} was built by CNPC together with KazMunayGas and "
        "completed in 2019.",
        {"builtBy", "completionDate"},
    ),
    "fields_plan": (
        "TCO, in which Chevron holds 50 percent, plans to develop the Tengiz and Korolev fields.",
        {"develops"},
    ),
    "fields_negation": (
        "TCO, in which Chevron holds 50 percent, does not develop the Tengiz and Korolev fields.",
        {"develops"},
    ),
    "fields_exploring": (
        "TCO, in which Chevron holds 50 percent, is exploring the Tengiz and Korolev fields.",
        {"develops"},
    ),
    "fields_modal": (
        "TCO, in which Chevron holds 50 percent, could develop the Tengiz and Korolev fields.",
        {"develops"},
    ),
    "fields_bid": (
        "TCO, in which Chevron holds 50 percent, bid for the Tengiz and Korolev fields.",
        {"develops"},
    ),
    "fields_stakes": (
        "TCO, in which Chevron holds 50 percent, holds stakes in the Tengiz and Korolev fields.",
        {"develops"},
    ),
    "fields_services": (
        "TCO, in which Chevron holds 50 percent, develops services for the Tengiz and Korolev "
        "fields.",
        {"develops"},
    ),
    "fields_talks": (
        "TCO, in which Chevron holds 50 percent, is in talks to develop the Tengiz and Korolev "
        "fields.",
        {"develops"},
    ),
    "fields_pipelines_near": (
        "TCO, in which Chevron holds 50 percent, develops pipelines near the Tengiz and Korolev "
        "fields.",
        {"develops"},
    ),
    "fields_formerly": (
        "Condor Petroleum, another Calgary firm, formerly developed the Shoba and Taskuduk fields.",
        {"develops"},
    ),
    "fields_until": (
        "Condor Petroleum, another Calgary firm, developed the Shoba and Taskuduk fields until "
        "2015.",
        {"develops"},
    ),
    "fields_wants": (
        "Condor Petroleum, another Calgary firm, wants to develop the Shoba and Taskuduk fields.",
        {"develops"},
    ),
    "fields_study": (
        "Condor Petroleum, another Calgary firm, developed a feasibility study of the Shoba and "
        "Taskuduk fields.",
        {"develops"},
    ),
}


def _props(found: set[tuple[str, str, str]]) -> set[str]:
    return {p for _, p, _ in found} | {f"{p}:{o}" for _, p, o in found}


@pytest.mark.parametrize(("text", "expected"), FOUND.values(), ids=FOUND.keys())
def test_construction_is_read(text, expected):
    assert expected <= triples(text)


@pytest.mark.parametrize(("text", "props"), NOTHING.values(), ids=NOTHING.keys())
def test_look_alike_gives_nothing(text, props):
    assert not props & _props(triples(text))
