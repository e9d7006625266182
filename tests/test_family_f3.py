"""Official languages of organisations and states, stated the ways writers state them (F3,
session 4): each rule of the F3-s4 block of data/relations.jsonl with sentences in other wording
and with other entities than the texts that suggested them, and a look-alike that must give no
language; and the coordination stage's ", and" after a list closed by "and" (references.py)."""

from __future__ import annotations

from functools import partial

import pytest
from fact_cases import assert_gives, assert_gives_nothing, assert_paired, extract, triples_of
from fact_cases import triple as _triple

_extract = partial(extract, stem="family-f3-test")


def _languages(subject: str, *languages: str) -> list:
    return [_triple(subject, "officialLanguage", language) for language in languages]


# (rule, sentence, facts it must give)
POSITIVES = [
    (
        "org-official-languages-are-no-possessive",
        "The Council of Europe was set up in 1949. Its official languages are English and French.",
        _languages("council-of-europe", "english", "french"),
    ),
    (
        "org-official-languages-are-no-possessive",
        "The OSCE official languages include German and Italian.",
        _languages("osce", "german", "italian"),
    ),
    (
        "official-languages-of-org-dash-list",
        "Delegates may speak any of the official languages of the OSCE: English, French and "
        "Russian.",
        _languages("osce", "english", "french", "russian"),
    ),
    (
        "official-languages-of-org-dash-list",
        "The report appeared in the six official languages of the UN – Arabic, Chinese, English, "
        "French, Russian and Spanish.",
        _languages(
            "united-nations", "arabic", "chinese", "english", "french", "russian", "spanish"
        ),
    ),
    (
        "org-possessive-official-languages-dash-list",
        "The Council of Europe's two official languages (English and French) are used in court.",
        _languages("council-of-europe", "english", "french"),
    ),
    (
        "languages-apposition-official-languages-of-org",
        "Arabic, English and French, the official languages of the OIC, were all heard.",
        _languages("oic", "arabic", "english", "french"),
    ),
    (
        "languages-apposition-official-languages-of-org",
        "English and French — the two official languages of the Council of Europe — dominate.",
        _languages("council-of-europe", "english", "french"),
    ),
    (
        "org-which-and-whose-official-languages",
        "Uzbekistan joined the SCO, which was founded in 2001 and whose official languages are "
        "Chinese and Russian.",
        _languages("shanghai-cooperation-organisation", "chinese", "russian"),
    ),
    (
        "org-whose-official-languages-are",
        "Mongolia takes part in the OSCE, whose official languages include Spanish and German.",
        _languages("osce", "spanish", "german"),
    ),
    (
        "state-which-and-whose-official-languages",
        "Afghanistan, which has 34 provinces and whose official languages are Pashto and Dari, "
        "borders Tajikistan.",
        _languages("afg", "pashto", "dari"),
    ),
]

# (rule, look-alike sentence that must give no official language)
NEGATIVES = [
    (
        "org-official-languages-are-no-possessive",
        "The OSCE was set up in 1975. Its official languages are a question it never settled.",
    ),
    (
        "official-languages-of-org-dash-list",
        "Interpreters worked in Kazakh and Mongolian, not in the official languages of the UN.",
    ),
    (
        "org-possessive-official-languages-dash-list",
        "The OSCE's six official languages - a legacy of 1975 - cost a great deal.",
    ),
    (
        "languages-apposition-official-languages-of-org",
        "Kazakh and Uzbek, unlike the official languages of the UN, were not interpreted.",
    ),
    (
        "org-which-and-whose-official-languages",
        "Kyrgyzstan joined the SCO, which was founded in 2001 and whose official languages it "
        "never learned.",
    ),
    (
        "org-whose-official-languages-are",
        "Mongolia takes part in the OSCE, whose official languages are many.",
    ),
    (
        "state-which-and-whose-official-languages",
        "Afghanistan, which has 34 provinces and whose official languages are not taught in "
        "Tajikistan, borders it.",
    ),
]


def test_every_rule_has_a_look_alike():
    assert_paired(POSITIVES, NEGATIVES)


@pytest.mark.parametrize(("rule", "text", "expected"), POSITIVES)
def test_rule_gives_the_languages(scoring, rule, text, expected):
    assert_gives(_extract(text, scoring), rule, expected)


@pytest.mark.parametrize(("rule", "text"), NEGATIVES)
def test_look_alike_gives_no_language(scoring, rule, text):
    assert_gives_nothing(_extract(text, scoring), rule, "kz:officialLanguage")


def test_and_after_a_closed_list_opens_the_next_conjunct(scoring):
    """ ", and B" after "L1 and L2" is not a third member: B is the next state, not a language."""
    text = (
        "Afghanistan, whose official languages are Pashto and Dari, and Pakistan, whose "
        "capital is Islamabad, signed the accord."
    )
    found = triples_of(_extract(text, scoring)[1])
    languages = {t for t in found if t[1] == "kz:officialLanguage"}
    assert languages == {
        ("afg", "kz:officialLanguage", "pashto"),
        ("afg", "kz:officialLanguage", "dari"),
    }


def test_a_list_of_three_closed_by_and_stays_one_list(scoring):
    """ "A, B and C" stays one group: the change leaves a list closed by its own "and" whole."""
    text = "Kazakhstan, Kyrgyzstan and Tajikistan joined the OSCE in 1992."
    found = triples_of(_extract(text, scoring)[1])
    assert {s for s, p, o in found if p == "kz:memberOf"} == {"kaz", "kgz", "tjk"}


# "the field" after an oil field was named (data/references.jsonl ref-the-field), and "C became a
# developer of F" (relations.jsonl company-became-developer-of-field): (sentence, developer, field)
FIELD_POSITIVES = [
    (
        "The Karachaganak field lies in western Kazakhstan. Eni and Shell have developed the field "
        "since 1997.",
        "eni",
        "karachaganak-field",
    ),
    (
        "The Tengiz oil field was discovered in 1979. Since 1993 the field has been developed by "
        "Chevron.",
        "chevron",
        "tengiz-oil-field",
    ),
    (
        "Lukoil became one of the developers of the Karachaganak field in 1997.",
        "lukoil",
        "karachaganak-field",
    ),
    (
        "The Tengiz oil field is vast. ExxonMobil is a developer of the field.",
        "exxonmobil",
        "tengiz-oil-field",
    ),
]

FIELD_NEGATIVES = [
    "The Tengiz oil field is vast. Chevron is an expert in the field of drilling.",
    "The Tengiz oil field is vast. The field's developers met Lukoil officials.",
    "Lukoil became a critic of developers of the Karachaganak field.",
    "The Tengiz oil field is vast. Lukoil was never a developer of the field.",
]


@pytest.mark.parametrize(("text", "developer", "field"), FIELD_POSITIVES)
def test_the_field_and_developer_of_give_the_development(scoring, text, developer, field):
    found = triples_of(_extract(text, scoring)[1])
    assert (developer, "kz:develops", field) in found, found


@pytest.mark.parametrize("text", FIELD_NEGATIVES)
def test_field_look_alike_gives_no_development(scoring, text):
    assert_gives_nothing(_extract(text, scoring), None, "kz:develops")


_BORDER = frozenset(["kz:sharesBorderWith"])


def _border(a: str, b: str) -> list:
    return [_triple(a, "sharesBorderWith", b)]


# Borders and heads of state of the F3-s4 block: (rule, sentence, facts it must give)
GEO_POSITIVES = [
    ("borders-only", "Portugal borders only Spain.", _border("prt", "esp")),
    (
        "pair-share-worlds-longest-border",
        "Canada and the United States share the world's longest land border, which stretches for "
        "8,891 kilometres (5,525 mi).",
        _border("can", "usa"),
    ),
    (
        "pair-share-border-which-runs-for",
        "Chile and Argentina share a land border, which runs for 5,308 km.",
        _border("chl", "arg"),
    ),
    (
        "state-with-which-shares-length-border",
        "Its neighbour is Spain, with which Portugal shares a 1,214-km border.",
        _border("prt", "esp"),
    ),
    (
        "presidents-third-person-of-state",
        "The declaration was signed by Presidents Shavkat Mirziyoyev of Uzbekistan, Sadyr Japarov "
        "of Kyrgyzstan, Emomali Rahmon of Tajikistan and Serdar Berdimuhamedow of Turkmenistan.",
        [_triple("emomali-rahmon", "headOfStateOf", "tjk")],
    ),
    (
        "presidents-fourth-person-of-state",
        "The declaration was signed by Presidents Shavkat Mirziyoyev of Uzbekistan, Sadyr Japarov "
        "of Kyrgyzstan, Emomali Rahmon of Tajikistan and Serdar Berdimuhamedow of Turkmenistan.",
        [_triple("serdar-berdimuhamedow", "headOfStateOf", "tkm")],
    ),
    (
        "person-the-ordinal-president-of",
        "Askar Akayev, the first President of Kyrgyzstan, resigned in 2005.",
        [_triple("askar-akayev", "headOfStateOf", "kgz")],
    ),
]

# (rule, look-alike sentence, what it must not give)
GEO_NEGATIVES = [
    ("borders-only", "Portugal borders only the Atlantic Ocean to the west.", "sharesBorderWith"),
    (
        "pair-share-worlds-longest-border",
        "Canada and the United States share the world's longest tradition of friendship.",
        "sharesBorderWith",
    ),
    (
        "pair-share-border-which-runs-for",
        "Chile and Argentina share a rail line, which runs for 1,000 km.",
        "sharesBorderWith",
    ),
    (
        "state-with-which-shares-length-border",
        "Its neighbour is Spain, with which Portugal shares a 200-km railway.",
        "sharesBorderWith",
    ),
    (
        "presidents-third-person-of-state",
        "The declaration was welcomed by Vice Presidents Shavkat Mirziyoyev of Uzbekistan, Sadyr "
        "Japarov of Kyrgyzstan, Emomali Rahmon of Tajikistan and Serdar Berdimuhamedow of "
        "Turkmenistan.",
        "headOfStateOf",
    ),
    (
        "presidents-fourth-person-of-state",
        "The declaration was welcomed by Vice Presidents Shavkat Mirziyoyev of Uzbekistan, Sadyr "
        "Japarov of Kyrgyzstan, Emomali Rahmon of Tajikistan and Serdar Berdimuhamedow of "
        "Turkmenistan.",
        "headOfStateOf",
    ),
    (
        "person-the-ordinal-president-of",
        "Askar Akayev, the first president of Kyrgyzstan's academy of sciences, resigned.",
        "headOfStateOf",
    ),
]


def test_every_geo_rule_has_a_look_alike():
    assert_paired(GEO_POSITIVES, GEO_NEGATIVES)


@pytest.mark.parametrize(("rule", "text", "expected"), GEO_POSITIVES)
def test_geo_rule_gives_its_facts(scoring, rule, text, expected):
    assert_gives(_extract(text, scoring), rule, expected, symmetric=_BORDER)


@pytest.mark.parametrize(("rule", "text", "kind"), GEO_NEGATIVES)
def test_geo_look_alike_gives_nothing(scoring, rule, text, kind):
    assert_gives_nothing(_extract(text, scoring), rule, kind)


# Diplomatic relations stated in an apposition or relative of the F3-s4 block.
RELATIONS_POSITIVES = [
    (
        "state-a-country-with-which-established-relations",
        "Its largest buyer is India, a partner with which Uzbekistan established diplomatic "
        "relations in 1992.",
        [_triple("uzb", "hasDiplomaticRelationsWith", "ind")],
    ),
    (
        "state-apposition-established-relations-with-it",
        "Poland, the first state to recognise Ukraine's independence, established diplomatic "
        "relations with it on 4 January 1992.",
        [_triple("pol", "hasDiplomaticRelationsWith", "ukr")],
    ),
]

RELATIONS_NEGATIVES = [
    (
        "state-a-country-with-which-established-relations",
        "Canada, a country with which Kazakhstan signed a tax treaty in 1996, is far away.",
        "hasDiplomaticRelationsWith",
    ),
    (
        "state-apposition-established-relations-with-it",
        "Poland, the first state to trade with Ukraine and Belarus, established diplomatic "
        "relations with it in 1992.",
        "hasDiplomaticRelationsWith",
    ),
]


def test_every_relations_rule_has_a_look_alike():
    assert_paired(RELATIONS_POSITIVES, RELATIONS_NEGATIVES)


@pytest.mark.parametrize(("rule", "text", "expected"), RELATIONS_POSITIVES)
def test_relations_rule_gives_the_relations(scoring, rule, text, expected):
    symmetric = frozenset(["kz:hasDiplomaticRelationsWith"])
    assert_gives(_extract(text, scoring), rule, expected, symmetric=symmetric)


@pytest.mark.parametrize(("rule", "text", "kind"), RELATIONS_NEGATIVES)
def test_relations_look_alike_gives_nothing(scoring, rule, text, kind):
    assert_gives_nothing(_extract(text, scoring), rule, kind)


# Visits named before their visitor, and "the R region of S", of the F3-s4 block.
VISIT_POSITIVES = [
    (
        "visit-to-place-of-visitor",
        "The deal was signed during the state visit to Tashkent in May 2022 of Kazakh President "
        "Kassym-Jomart Tokayev.",
        "kz:StateVisit",
    ),
    (
        "during-his-visit-to-place-visitor",
        "During her official visit to Beijing, German Chancellor Angela Merkel met students.",
        "kz:StateVisit",
    ),
    ("region-of-state", "Officials visited the Xinjiang region of China in 2019.", "kz:locatedIn"),
]

VISIT_NEGATIVES = [
    (
        "visit-to-place-of-visitor",
        "The official visit to Astana of French President Emmanuel Macron was cancelled.",
        "kz:StateVisit",
    ),
    (
        "during-his-visit-to-place-visitor",
        "During his planned state visit to Astana, Chinese President Hu Jintao fell ill.",
        "kz:StateVisit",
    ),
    (
        "region-of-state",
        "He praised the Kyzylorda Region of Kazakhstan's neighbour.",
        "kz:locatedIn",
    ),
]


def test_every_visit_rule_has_a_look_alike():
    assert_paired(VISIT_POSITIVES, VISIT_NEGATIVES)


@pytest.mark.parametrize(("rule", "text", "kind"), VISIT_POSITIVES)
def test_visit_rule_gives_its_fact(scoring, rule, text, kind):
    rules, facts = _extract(text, scoring)
    assert rule in rules and any(kind in repr(fact) for fact in facts), (rules, facts)


@pytest.mark.parametrize(("rule", "text", "kind"), VISIT_NEGATIVES)
def test_visit_look_alike_gives_nothing(scoring, rule, text, kind):
    assert_gives_nothing(_extract(text, scoring), rule, kind)


def test_visit_of_visitor_gives_place_date_and_host(scoring):
    text = (
        "The agreement was signed during the official visit to Tashkent of Kazakh President "
        "Kassym-Jomart Tokayev, who came at the invitation of President Shavkat Mirziyoyev."
    )
    facts = _extract(text, scoring)[1]
    visits = [f[2] for f in facts if f[0] == "node" and f[1] == "kz:StateVisit"]
    assert visits == [
        {
            "kz:visitor": ["kassym-jomart-tokayev"],
            "kz:destination": ["tashkent"],
            "kz:invitedBy": ["shavkat-mirziyoyev"],
        }
    ]


def test_dated_line_city_comma_state_gives_the_place(scoring):
    """A chronology line "D – C, S" (its separator a dash or a colon) places C in S."""
    text = "Meetings\n12 May 2021 – Tashkent, Uzbekistan\n9 June 2022: Dushanbe, Tajikistan\n"
    found = triples_of(_extract(text, scoring)[1])
    assert {("tashkent", "kz:locatedIn", "uzb"), ("dushanbe", "kz:locatedIn", "tjk")} <= found


def test_dated_line_with_a_list_of_states_gives_no_place(scoring):
    """ "D – C, A and B sign ...": the comma opens a list of states, so C is placed in none."""
    text = "Meetings\n2023 – Moscow, Kazakhstan and Russia sign a deal\n"
    assert_gives_nothing(_extract(text, scoring), "dated-line-city-comma-state", "kz:locatedIn")


# (rule, sentence, the triple it must give) and look-alikes: developments in an apposition with a
# perfect ("that has developed F since D") and "in R, S" (a region, then its state).
APPOSITION_POSITIVES = [
    (
        "company-apposition-that-has-developed",
        "Karachaganak Petroleum Operating, the consortium which has been operating the "
        "Karachaganak field since 1997, is led by Eni.",
        _triple("karachaganak-petroleum-operating", "develops", "karachaganak-field"),
    ),
    (
        "region-comma-state",
        "The pipeline runs to a terminal in Xinjiang, China.",
        _triple("xinjiang", "locatedIn", "chn"),
    ),
]

APPOSITION_NEGATIVES = [
    (
        "company-apposition-that-has-developed",
        "Shell, the company that had developed interest in the Tengiz field, sold it.",
        "develops",
    ),
    ("region-comma-state", "Factories in Xinjiang, China and Kazakhstan closed.", "locatedIn"),
]


def test_every_apposition_rule_has_a_look_alike():
    assert_paired(APPOSITION_POSITIVES, APPOSITION_NEGATIVES)


@pytest.mark.parametrize(("rule", "text", "expected"), APPOSITION_POSITIVES)
def test_apposition_rule_gives_its_triple(scoring, rule, text, expected):
    assert_gives(_extract(text, scoring), rule, [expected])


@pytest.mark.parametrize(("rule", "text", "kind"), APPOSITION_NEGATIVES)
def test_apposition_look_alike_gives_nothing(scoring, rule, text, kind):
    assert_gives_nothing(_extract(text, scoring), rule, "kz:" + kind)


@pytest.mark.parametrize(
    ("text", "investor", "receiver"),
    [
        ("Chinese investment in the Uzbek economy reached $5 billion in 2021.", "chn", "uzb"),
        ("Turkish investments in the Kazakh market stood at $4 billion.", "tur", "kaz"),
    ],
)
def test_investment_in_a_demonyms_economy(scoring, text, investor, receiver):
    rules, facts = _extract(text, scoring)
    assert "state-investment-in-demonym-economy" in rules, rules
    nodes = [f[2] for f in facts if f[0] == "node" and f[1] == "kz:InvestmentFigure"]
    assert [(n["kz:fromParty"], n["kz:toParty"]) for n in nodes] == [([investor], [receiver])]


@pytest.mark.parametrize(
    "text",
    [
        "Russian investment in the Kazakh economy is expected to reach $18 billion.",
        "Russian investment in the Kazakh economy fell, while trade reached $18 billion.",
    ],
)
def test_investment_in_economy_look_alike_gives_nothing(scoring, text):
    assert_gives_nothing(
        _extract(text, scoring), "state-investment-in-demonym-economy", "kz:InvestmentFigure"
    )
