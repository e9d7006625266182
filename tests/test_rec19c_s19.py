"""REC19C (session 19): recall of builders, fields and trade read with their guards.

- a pipeline's builder's companions ("built by C together with|with A and B") build it too, and
  its completion is read past them or past an aside ("which links ..., was built by A and B and
  completed in D", "built by C without foreign contractors and completed in D");
- a company after an aside or relative clause develops the fields of a coordinated list before
  a plural head ("TCO, in which Chevron holds 50 percent, develops the Tengiz and Korolev fields":
  the dependency reading takes the names qualifying "fields"), and a company "with" which
  another develops a field develops it too ("C develops F with A", "F, which C has developed with
  A since D");
- a state "traded [goods worth] M with B [in Y]" gives A's and B's trade figure;
- "A investors|companies [have] [since] put M into [the] B [economy|agriculture ...]", "A
  companies, <aside>, have invested M in B" and "... invested M in the economy of B" give A's
  investment in B.

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
            ("tengizchevroil", "develops", "korolev-oil-field"),
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

KARA = ("eni", "develops", "karachaganak-field")
WITH_FOUND = {
    "develops_with": "Shell develops the Karachaganak field with Eni.",
    "which_has_developed_with_since": (
        "The Karachaganak field, which Shell has developed with Eni since 1997, is large."
    ),
}
WITH_NOTHING = {
    "help": "Shell develops the Karachaganak field with Eni's help.",
    "technology": "Shell develops the Karachaganak field with technology from Eni.",
    "contractor": "Shell develops the Karachaganak field with Eni as its contractor.",
    "competition": "Shell develops the Karachaganak field in competition with Eni.",
    "no_help": "Shell develops the Karachaganak field with no help from Eni.",
    "talks": "Shell, in talks with Eni, develops the Karachaganak field.",
    "plan": "Shell plans to develop the Karachaganak field with Eni.",
    "negation": "Shell does not develop the Karachaganak field with Eni.",
    "modal": "Shell could develop the Karachaganak field with Eni.",
    "exploring": "Shell is exploring the Karachaganak field with Eni.",
    "competing": "Shell develops the Karachaganak field, competing with Eni.",
    "holding": "Shell develops the Karachaganak field with a 29% stake, with Eni holding 29%.",
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


TRADE_FOUND = {
    "traded_goods_worth_with": (
        "Italy, the largest buyer of Kazakh crude in the EU, traded goods worth about US$15.5 "
        "billion with Kazakhstan in 2023.",
        ("ita", "kaz", "15500000000"),
    ),
    "traded_with": (
        "Italy traded $15.5 billion with Kazakhstan in 2023.",
        ("ita", "kaz", "15500000000"),
    ),
}
TRADE_NOTHING = {
    "third_party": "Italy traded $15.5 billion with Kazakhstan and Russia in 2023.",
    "list": "Italy traded $15.5 billion with Kazakhstan, Russia and Turkey in 2023.",
    "modal": "Italy could have traded $15.5 billion with Kazakhstan in 2023.",
    "hope": "Italy hopes to have traded $15.5 billion with Kazakhstan by 2030.",
    "comparison": "Italy traded $15.5 billion more with Kazakhstan in 2023 than in 2022.",
    "never": "Italy has never traded $15.5 billion with Kazakhstan.",
    "aim": "Italy aims to trade goods worth $15.5 billion with Kazakhstan in 2030.",
    "claim": "Critics alleged that Italy traded $15.5 billion with Kazakhstan in 2023.",
    "condition": "If Italy traded $15.5 billion with Kazakhstan, it would be a record.",
    "alternative": "Italy traded $15.5 billion with Kazakhstan or Russia in 2023.",
    "question": "Did Italy trade $15.5 billion with Kazakhstan in 2023?",
}
INVESTMENT_FOUND = {
    "put_into_sector": (
        "Chinese investors have put about US$ 1.2 billion into Kazakh agriculture since 2015.",
        ("chn", "kaz", "1200000000"),
    ),
    "put_into_economy": (
        "Kazakh investors have put some US$ 40 million into the Mongolian economy, chiefly in "
        "construction and agriculture.",
        ("kaz", "mng", "40000000"),
    ),
    "put_into_state_dated": (
        "Kazakh investors put some $40 million into Latvia in 2023.",
        ("kaz", "lva", "40000000"),
    ),
    "have_since_put": (
        "American companies have since put roughly $1 billion into Uzbekistan.",
        ("usa", "uzb", "1000000000"),
    ),
    "economy_of": (
        "Estonian companies have invested about US$ 95 million in the economy of Kazakhstan "
        "since 2005.",
        ("est", "kaz", "95000000"),
    ),
    "aside": (
        "Turkish companies, meanwhile, have invested about US$ 6 billion in Kazakhstan since "
        "independence.",
        ("tur", "kaz", "6000000000"),
    ),
}
CI, AGRI = "Chinese investors", "US$ 1.2 billion into Kazakh agriculture"
TURKISH, EST = "Turkish companies", "US$ 95 million in the economy of Kazakhstan"
INVESTMENT_NOTHING = {
    "plan": f"{CI} plan to put about {AGRI}.",
    "modal": f"{CI} could put about {AGRI}.",
    "negation": f"{CI} have not put any of the {AGRI}.",
    "want": f"{CI} want to put about {AGRI}.",
    "pledge": f"{CI} have pledged to put about {AGRI}.",
    "two_targets": f"{CI} have put about US$ 1.2 billion into Kazakh and Uzbek projects.",
    "comparison": f"{CI} have put US$ 1.2 billion more into Kazakh agriculture than in 2020.",
    "claim": f"Critics allege that {CI} have put {AGRI}.",
    "condition": f"If {CI} put {AGRI}, output would double.",
    "expected": f"{CI} are expected to put {AGRI} by 2030.",
    "hope_aside": f"{TURKISH}, the minister hopes, will have invested US$ 6 billion in Kazakhstan.",
    "two_after_aside": f"{TURKISH}, meanwhile, have invested US$ 6 billion in Kazakhstan and Iran.",
    "aside_modal": f"{TURKISH}, meanwhile, would have invested about US$ 6 billion in Kazakhstan.",
    "aim": f"Estonian companies aim to invest about {EST}.",
    "economy_of_two": f"Estonian companies have invested about {EST} and Latvia.",
    "purchases": f"{CI} have put about US$ 1.2 billion into Kazakh wheat purchases.",
}


def _figures(text: str, parties: str) -> set[tuple[str, ...]]:
    """(party, party, amount) of the trade (``tradeParty``) or investment (``fromParty``,
    ``toParty``) figures of ``text``."""
    found = triples(text)
    nodes = {s for s, p, _ in found if p in parties.split()}
    amounts = {s: o for s, p, o in found if p == "amount" and s in nodes}
    return {
        (*sorted(o for s2, p, o in found if s2 == s and p in parties.split()), amounts.get(s, ""))
        for s in nodes
    }


def _props(found: set[tuple[str, str, str]]) -> set[str]:
    return {p for _, p, _ in found} | {f"{p}:{o}" for _, p, o in found}


@pytest.mark.parametrize(("text", "expected"), FOUND.values(), ids=FOUND.keys())
def test_construction_is_read(text, expected):
    assert expected <= triples(text)


@pytest.mark.parametrize(("text", "props"), NOTHING.values(), ids=NOTHING.keys())
def test_look_alike_gives_nothing(text, props):
    assert not props & _props(triples(text))


@pytest.mark.parametrize(("text", "figure"), TRADE_FOUND.values(), ids=TRADE_FOUND.keys())
def test_traded_with_is_read(text, figure):
    assert figure in _figures(text, "tradeParty")


@pytest.mark.parametrize("text", TRADE_NOTHING.values(), ids=TRADE_NOTHING.keys())
def test_traded_look_alike_gives_nothing(text):
    assert not _figures(text, "tradeParty")


@pytest.mark.parametrize(("text", "figure"), INVESTMENT_FOUND.values(), ids=INVESTMENT_FOUND.keys())
def test_investment_is_read(text, figure):
    source, target, amount = figure
    assert any(
        f[-1] == amount and {source, target} == set(f[:-1])
        for f in _figures(text, "fromParty toParty")
    )


@pytest.mark.parametrize("text", INVESTMENT_NOTHING.values(), ids=INVESTMENT_NOTHING.keys())
def test_investment_look_alike_gives_nothing(text):
    assert not _figures(text, "fromParty toParty")


@pytest.mark.parametrize("text", WITH_FOUND.values(), ids=WITH_FOUND.keys())
def test_company_with_which_a_field_is_developed_develops_it(text):
    assert KARA in triples(text)


@pytest.mark.parametrize("text", WITH_NOTHING.values(), ids=WITH_NOTHING.keys())
def test_with_look_alike_gives_the_companion_nothing(text):
    assert KARA not in triples(text)


def test_national_atomic_company_kazatomprom_is_kazatomprom():
    text = (
        "Today the Inkai uranium deposit, which Cameco has developed with the National Atomic "
        "Company Kazatomprom since 1996, is one of the cheapest sources of uranium."
    )
    found = triples(text)
    assert ("kazatomprom", "develops", "inkai-uranium-deposit") in found
    assert ("cameco", "develops", "inkai-uranium-deposit") in found


TO_BE = {
    "was_to_be_built": (
        "The Central Asia–China gas pipeline was to be built by CNPC together with KazMunayGas "
        "and completed in 2009."
    ),
    "is_to_be_built": (
        "The Trans-Caspian gas pipeline is to be built by CNPC together with KazMunayGas and "
        "completed in 2030."
    ),
    "are_to_be_completed": "The two pipelines are to be completed in 2030.",
}


@pytest.mark.parametrize("text", TO_BE.values(), ids=TO_BE.keys())
def test_a_step_to_be_taken_gives_no_completion(text):
    assert "completionDate" not in _props(triples(text))


def test_a_completion_stays():
    found = triples("The Trans-Caspian gas pipeline was completed in 2019.")
    assert ("trans-caspian-gas-pipeline", "completionDate", "2019") in found
