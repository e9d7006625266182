"""Fields, places and relations the blind corpora state and the extractor missed (session 22's
brief PLACE22).

A field's co-developers after "with", "together with" or "alongside" (relations.jsonl
pl22-company-develops-field-with): "Chevron develops the Karachaganak field with Shell, Eni,
KazMunayGas and Lukoil" gives every company of the list, not only its first; "Shell, Eni and
KazMunayGas, which develop the Karachaganak field together with Chevron and Lukoil" gives all
five; a place phrase between the field and "with" is passed over. A field whose place phrase
stands before its passive (pl22-field-in-place-developed-by): "the Karachaganak field in western
Kazakhstan is developed by A and B, while ..." gives A and B. Look-alikes: a negation, a plan, a
modal, an ended development ("until 2005"), a possessive after "with" (a backer, no developer), a
rival named before the developer, a Soviet-era development.

Unknown names in a list of companies (listed_companies.py, rule pl22-listed-company): "developed
by BP, SOCAR, TPAO, Lukoil and NICO" types TPAO and NICO as companies, "Royal Dutch Shell, Eni,
ExxonMobil and Total develop ..." Total. Look-alikes: a list opening with a place no mention
covers ("In the Caspian Sea, Lukoil and KazMunayGas ..."), a list holding a state, a person's
name after a title, a month, a pair with one known company, a negation, a shareholding.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples

from kzgraph.mentions import find_mentions
from kzgraph.sentences import iter_sentence_spans


def developers(text: str) -> set[tuple[str, str]]:
    """(company, field) of the text's kz:develops triples."""
    return {(s, o) for s, p, o in assertion_triples(text, stem="place22-s22") if p == "develops"}


KARACHAGANAK = "karachaganak-field"

READ = [
    (
        "Chevron develops the Karachaganak field with Shell, Eni, KazMunayGas and Lukoil.",
        {(c, KARACHAGANAK) for c in ("chevron", "shell", "eni", "kazmunaygas", "lukoil")},
    ),
    (
        "Chevron has been developing the Karachaganak field in western Kazakhstan with"
        " KazMunayGas and Lukoil since 2019.",
        {(c, KARACHAGANAK) for c in ("chevron", "kazmunaygas", "lukoil")},
    ),
    (
        "Speakers came from Shell, Eni and KazMunayGas, which develop the Karachaganak field"
        " together with Chevron and Lukoil, and from the Caspian Pipeline Consortium.",
        {(c, KARACHAGANAK) for c in ("chevron", "shell", "eni", "kazmunaygas", "lukoil")},
    ),
    (
        "Gas remains the swing fuel: the Karachaganak field in western Kazakhstan is developed by"
        " Shell, Eni and Chevron, while Lukoil has developed Uzbekistan's Kandym field since 2004.",
        {(c, KARACHAGANAK) for c in ("shell", "eni", "chevron")} | {("lukoil", "kandym-gas-field")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), READ)
def test_co_developers_and_placed_fields_are_read(text, expected):
    assert developers(text) == expected


PARTNER_NO_DEVELOPER = [
    # a backer after "with": the subject alone develops the field
    (
        "Chevron develops the Karachaganak field with KazMunayGas's backing.",
        {("chevron", KARACHAGANAK)},
    ),
    # a rival named before the developer
    (
        "Chevron competes with Shell, which develops the Karachaganak field.",
        {("shell", KARACHAGANAK)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARTNER_NO_DEVELOPER)
def test_a_company_after_with_that_develops_nothing_with_the_subject(text, expected):
    assert developers(text) == expected


NOTHING = [
    "Chevron does not develop the Karachaganak field with Shell.",
    "Chevron plans to develop the Karachaganak field with Shell.",
    "Chevron will develop the Karachaganak field with Shell.",
    "Does Chevron develop the Karachaganak field with Shell?",
    "Chevron developed the Karachaganak field with Shell until 2005.",
    "The Karachaganak field in western Kazakhstan was developed by Soviet ministries until 1991.",
    "The Karachaganak field in western Kazakhstan is to be developed by Shell.",
    "The Karachaganak field in western Kazakhstan was developed by Shell until 2005.",
]


@pytest.mark.parametrize("text", NOTHING)
def test_no_co_development_where_none_is_stated(text):
    assert developers(text) == set()


SHAH_DENIZ = "shah-deniz-gas-field"

LISTED = [
    (
        "The Shah Deniz field is developed by BP, SOCAR, TPAO, Lukoil and NICO, and it will not"
        " fill both lines forever.",
        {(c, SHAH_DENIZ) for c in ("bp", "socar", "tpao", "lukoil", "nico")},
    ),
    (
        "Galkynysh gas field: developed by CNPC, Petrofac, LG International and Hyundai"
        " Engineering; first gas 2013.",
        {
            (c, "galkynysh-field")
            for c in ("cnpc", "petrofac", "lg-international", "hyundai-engineering")
        },
    ),
    (
        "Royal Dutch Shell, Eni, ExxonMobil and Total develop the offshore Kashagan oil field.",
        {(c, "kashagan-oil-field") for c in ("shell", "eni", "exxonmobil", "total")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTED)
def test_unknown_names_in_a_list_of_companies_are_companies(text, expected):
    assert developers(text) == expected


def minted(text: str, rule: str = "pl22-listed-company") -> set[str]:
    """The surfaces of the mentions of a one-sentence text that ``rule`` typed."""
    [(offset, span)] = list(iter_sentence_spans(text))
    return {text[m.start : m.end] for m in find_mentions(span, offset, text) if m.rule == rule}


def test_minted_reads_the_rule():
    # a name the gazetteer does not know (COMPANIES24 knows TPAO, once the example)
    assert minted("The field is developed by BP, SOCAR and Caspi Neft.") == {"Caspi Neft"}
    assert minted("It is based in Aksai, a town in Kazakhstan.", TOWN_RULE) == {"Aksai"}


NOT_MINTED = [
    "In the Caspian Sea, Lukoil and KazMunayGas jointly develop the Khvalynskoye field.",
    "The field is developed by Shell, Kazakhstan and Ruritania.",
    "The field is developed by Shell, Eni and President Tokayev.",
    "Shell, Eni and KazMunayGas met in Astana in March, April and May.",
    "The field is developed by Shell and Ruritania Oil.",
    "Visitors came from Shell, Eni and the Ruritania Fund.",
]


@pytest.mark.parametrize("text", NOT_MINTED)
def test_no_company_minted_outside_a_list_of_companies(text):
    assert minted(text) == set()


LISTED_NOTHING = [
    "The Shah Deniz field is not developed by BP, SOCAR and TPAO.",
    "BP, SOCAR and TPAO hold shares in the Shah Deniz field.",
    "BP, SOCAR and TPAO plan to develop the Shah Deniz field.",
]


@pytest.mark.parametrize("text", LISTED_NOTHING)
def test_listed_companies_develop_nothing_the_text_does_not_state(text):
    assert developers(text) == set()


def capitals(text: str) -> set[tuple[str, str]]:
    """(city, place) of the text's kz:capitalOf triples."""
    return {(s, o) for s, p, o in assertion_triples(text, stem="place22-s22") if p == "capitalOf"}


CAPITALS = [
    (
        "Aktau, the capital of Mangystau Region, still has its Soviet block numbers.",
        {("aktau", "mangystau-region")},
    ),
    (
        "He came to Astana and to Atyrau, capital of the oil-rich Atyrau Region.",
        {("atyrau", "atyrau-region")},
    ),
    (
        "KPM developed the Borankol field, in Mangystau Region, whose administrative centre is"
        " the Caspian port of Aktau.",
        {("aktau", "mangystau-region")},
    ),
    (
        "Afghanistan's official languages are Pashto and Dari, and its capital is Kabul.",
        {("kabul", "afg")},
    ),
    (
        "Uzbekistan is a doubly landlocked country in Central Asia whose capital and largest"
        " city is Tashkent and whose official language is Uzbek.",
        {("tashkent", "uzb")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CAPITALS)
def test_region_capitals_and_state_capitals_in_descriptions(text, expected):
    assert capitals(text) == expected


NO_CAPITAL = [
    # a venue's apposition after "in": the golds record none
    "In Turkistan, the capital of Turkistan Region, the dome reminded us of Lisbon.",
    "Aktau, the former capital of Mangystau Region, is a port.",
    "Aktau, the capital of Mangystau Region's oil industry, is a port.",
    "Aktau was the capital of Mangystau Region until 1990.",
    "Many think that Aktau, the capital of Mangystau Region, is old.",
    "Uzbekistan is not a country whose capital is Samarkand.",
    "Is Uzbekistan a country whose capital is Samarkand?",
]


@pytest.mark.parametrize("text", NO_CAPITAL)
def test_no_capital_where_none_is_stated(text):
    assert capitals(text) == set()


def located(text: str) -> set[tuple[str, str]]:
    """(place, place) of the text's kz:locatedIn triples."""
    return {(s, o) for s, p, o in assertion_triples(text, stem="place22-s22") if p == "locatedIn"}


TOWN_RULE = "pl22-name-city-apposition-kind-in"

TOWNS = [
    (
        "The consortium works through KPO, which is based in Aksai, a town in West Kazakhstan"
        " Region.",
        {("aksai", "west-kazakhstan-region")},
    ),
    (
        "The preferred site is near Ulken, a village in Almaty Region on the shore of Lake"
        " Balkhash.",
        {("ulken", "almaty-region")},
    ),
    (
        "Its mining camp lies in Taukent, a settlement in the Turkistan Region.",
        {("taukent", "turkistan-region")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOWNS)
def test_a_town_the_text_introduces_after_a_preposition(text, expected):
    assert located(text) == expected


NO_TOWN = [
    "Yesterday, a town in Almaty Region was flooded.",
    "He spoke to Smith, a city councillor in Almaty Region.",
    "Aksai, a town in West Kazakhstan Region, is small.",  # no preposition before the name
    "The treaty was signed in Burabay, a resort town in Kazakhstan.",  # "resort" not read
    "They looked for Ruritania, a country in Europe.",
]


@pytest.mark.parametrize("text", NO_TOWN)
def test_no_town_minted_without_its_wording(text):
    assert minted(text, TOWN_RULE) == set()


def builders(text: str) -> set[tuple[str, str]]:
    """(pipeline, company) of the text's kz:builtBy triples."""
    return {(s, o) for s, p, o in assertion_triples(text, stem="place22-s22") if p == "builtBy"}


CAC = "central-asia-china-gas-pipeline"

COMPLETED = [
    (
        "The Sides underlined the importance of the Baku–Tbilisi–Ceyhan oil pipeline, which BP,"
        " SOCAR and their partners completed in 2006.",
        {("btc-pipeline", "bp"), ("btc-pipeline", "socar")},
    ),
    (
        "The closest analogue is the Myanmar–China gas pipeline, which Myanmar joined in March"
        " 2009 and which CNPC completed in 2013.",
        {("myanmar-china-gas-pipeline", "cnpc")},
    ),
    (
        "Gas goes the same way: Kazakhstan joined the Central Asia–China gas pipeline in 2007,"
        " and CNPC completed it in December 2009.",
        {(CAC, "cnpc")},
    ),
    (
        "The Central Asia–China gas pipeline was completed in December 2009 by China National"
        " Petroleum Corporation (CNPC) together with its partners in the transit states.",
        {(CAC, "cnpc")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMPLETED)
def test_the_company_that_completed_a_pipeline_built_it(text, expected):
    assert builders(text) == expected


NOT_COMPLETED = [
    "Kazakhstan joined the Central Asia–China gas pipeline in 2007, and CNPC completed its"
    " purchase of it in December 2009.",
    "Kazakhstan joined the Central Asia–China gas pipeline in 2007, and CNPC will complete it"
    " in 2029.",
    "Kazakhstan joined the Central Asia–China gas pipeline in 2007, and CNPC has not completed it.",
    "Kazakhstan signed the Energy Charter Treaty in 1994, and Chevron completed it in 1995.",
    "The Myanmar–China gas pipeline, which CNPC has not completed, is long.",
]


@pytest.mark.parametrize("text", NOT_COMPLETED)
def test_no_builder_without_a_completion(text):
    assert builders(text) == set()


def participants(text: str) -> set[tuple[str, str]]:
    """(pipeline, state) of the text's kz:participantState triples."""
    return {
        (s, o) for s, p, o in assertion_triples(text, stem="place22-s22") if p == "participantState"
    }


BTC = "btc-pipeline"

JOINED = [
    (
        "Kazakhstan, which joined the Baku–Tbilisi–Ceyhan pipeline in 2006, has shown that it"
        " will use a western route when one is offered.",
        {(BTC, "kaz")},
    ),
    (
        "Kazakh crude feeds the Baku–Tbilisi–Ceyhan pipeline, which was completed in 2005 and"
        " which Kazakhstan joined in 2006.",
        {(BTC, "kaz")},
    ),
    (
        "The corridor will run next to the Central Asia–China gas pipeline that Kazakhstan"
        " joined in 2007 and that was completed in 2009.",
        {(CAC, "kaz")},
    ),
    (
        "It would extend the West African Gas Pipeline, built by the West African Gas Pipeline"
        " Company and completed in 2008, in which Nigeria, Benin, Togo and Ghana participate.",
        {("west-african-gas-pipeline", s) for s in ("nga", "ben", "tgo", "gha")},
    ),
    (
        "Workers were employed on the Central Asia–China gas pipeline, which was built by CNPC"
        " and KazMunayGas, completed in December 2009 and joined by Turkmenistan, Uzbekistan and"
        " Kazakhstan.",
        {(CAC, s) for s in ("tkm", "uzb", "kaz")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), JOINED)
def test_pipeline_participants_in_a_relative_clause(text, expected):
    assert participants(text) == expected


NOT_JOINED = [
    "Kazakhstan, which did not join the Baku–Tbilisi–Ceyhan pipeline, is a big exporter.",
    "Kazakh crude feeds the Baku–Tbilisi–Ceyhan pipeline, which was completed in 2005 and"
    " which Kazakhstan plans to join.",
    "Kazakh crude feeds the Baku–Tbilisi–Ceyhan pipeline, in which Kazakhstan no longer takes"
    " part.",
    "Kazakh crude feeds the Baku–Tbilisi–Ceyhan pipeline, which Kazakhstan left in 2008.",
]


@pytest.mark.parametrize("text", NOT_JOINED)
def test_no_participant_where_the_clause_says_none(text):
    assert participants(text) == set()


def heads(text: str) -> set[tuple[str, str]]:
    """(person, state) of the text's kz:headOfStateOf triples."""
    return {
        (s, o) for s, p, o in assertion_triples(text, stem="place22-s22") if p == "headOfStateOf"
    }


def test_presidents_listed_after_a_comma():
    text = (
        "The line opened on 3 December 2014 – the then presidents, Nursultan Nazarbayev of"
        " Kazakhstan, Gurbanguly Berdimuhamedov of Turkmenistan and Hassan Rouhani of Iran, cut"
        " the ribbon."
    )
    assert heads(text) == {
        ("nursultan-nazarbayev", "kaz"),
        ("gurbanguly-berdimuhamedow", "tkm"),
        ("hassan-rouhani", "irn"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "The vice presidents, Nursultan Nazarbayev of Kazakhstan and Hassan Rouhani of Iran, met.",
        "The future presidents, Nursultan Nazarbayev of Kazakhstan and Hassan Rouhani of Iran,"
        " met.",
    ],
)
def test_no_head_of_state_of_a_lesser_or_future_office(text):
    assert heads(text) == set()
