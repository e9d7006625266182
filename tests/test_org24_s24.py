"""Session 24's official languages the rules missed (brief ORG24), written in other wordings and
with other states than the corpus sentences that suggested them (tests/blind17, blind38, blind43,
blind52, blind80, blind86, blind93, blind94, blind97, blind98, blind107, blind111), with
look-alikes that must give nothing or keep their old reading:

- a list of languages before an apposition that calls them the official languages of a state
  ("Uzbek or Russian, the official languages of ...", "Dari and Pashto, the country's official
  languages", "English and French, Canada's two official languages"): relation rules
  org24-languages-apposition-*; "the country's" after a list of languages is the text's own
  state (references._sole_state_before_or_own reads a language-readable name as no state);
- "S, whose capital is C and whose [only] official language is L" and "S is a|an ... country
  [in P] whose ... and whose official language is L" (org24-state-*whose-and-whose-*);
- "L is an official language of both A and B", "... in both countries"
  (org24-language-official-*-both-*);
- "O [, ...] [, which today] has|counts N member states and [has] N official languages: L, ..."
  (org24-org-has-members-and-count-official-languages).
"""

from __future__ import annotations

import pytest
from fact_cases import extract, named_cases


def languages(text: str, scoring, written_from: str | None = None) -> set:
    facts = extract(text, scoring, written_from, stem="org24")[1]
    return {(f[1], f[3]) for f in facts if f[0] == "triple" and f[2] == "kz:officialLanguage"}


LANGUAGES = {
    "or-list-apposition-of-state": (
        "Forms may be filled in Uzbek or Russian, the official languages of Uzbekistan, and "
        "must be signed.",
        None,
        {("uzb", "uzbek"), ("uzb", "russian")},
    ),
    "list-apposition-the-countrys": (
        "The notices were printed in Kyrgyz and Russian, the country's two official languages.",
        "Kyrgyzstan",
        {("kgz", "kyrgyz"), ("kgz", "russian")},
    ),
    "list-apposition-states-possessive": (
        "He learnt German and French, Switzerland's two official languages, at school.",
        None,
        {("che", "german"), ("che", "french")},
    ),
    "whose-capital-and-whose-official-language": (
        "Armenia, whose capital is Yerevan and whose official language is Armenian, has no "
        "border with Kazakhstan.",
        None,
        {("arm", "armenian")},
    ),
    "is-a-country-whose-and-whose-official-language": (
        "Tajikistan is a mountainous country in Central Asia whose capital is Dushanbe and "
        "whose official language is Tajik.",
        None,
        {("tjk", "tajik")},
    ),
    "official-language-of-both-states": (
        "Russian is an official language of both Kyrgyzstan and Belarus.",
        None,
        {("kgz", "russian"), ("blr", "russian")},
    ),
    "official-language-in-both-countries": (
        "Kazakhstan and Belarus set up relations in 1992. Russian is an official language in "
        "both countries.",
        None,
        {("kaz", "russian"), ("blr", "russian")},
    ),
    "org-counts-members-and-has-official-languages": (
        "The WTO, founded in 1995, counts 166 member states and has three official languages: "
        "English, French and Spanish.",
        None,
        {("wto", "english"), ("wto", "french"), ("wto", "spanish")},
    ),
    "org-which-today-has-members-and-official-languages": (
        "Kazakhstan joined the United Nations (UN), which today has 193 member states and six "
        "official languages: Arabic, Chinese, English, French, Russian and Spanish.",
        None,
        {
            ("united-nations", "arabic"),
            ("united-nations", "chinese"),
            ("united-nations", "spanish"),
        },
    ),
}


@pytest.mark.parametrize("text, written_from, expected", named_cases(LANGUAGES))
def test_org24_official_languages(text, written_from, expected, scoring):
    found = languages(text, scoring, written_from)
    assert expected <= found, found


LANGUAGE_LOOK_ALIKES = {
    "languages-spoken-not-official": (
        "Forms may be filled in Uzbek or Russian, the languages spoken in Uzbekistan.",
        None,
        {("uzb", "uzbek"), ("uzb", "russian")},
    ),
    "working-languages-apposition": (
        "Kazakh and English, the working languages of the forum in Kazakhstan, were used.",
        None,
        {("kaz", "kazakh"), ("kaz", "english")},
    ),
    "whose-clause-of-a-neighbour": (
        "Kazakhstan borders Russia, whose capital is Moscow and whose official language is "
        "Russian.",
        None,
        {("kaz", "russian")},
    ),
    "negated-both": (
        "Russian is not an official language of both Kyrgyzstan and Belarus.",
        None,
        {("kgz", "russian"), ("blr", "russian")},
    ),
    "working-languages-count": (
        "The forum, founded in 2001, counts 20 member states and has two working languages: "
        "English and Russian.",
        None,
        {("kaz", "english")},
    ),
    "the-countrys-after-two-states": (
        "Trade between Kazakhstan and Russia is recorded in Kazakh and Russian, the country's "
        "official languages.",
        None,
        {("kaz", "kazakh"), ("rus", "russian"), ("kaz", "russian"), ("rus", "kazakh")},
    ),
}


@pytest.mark.parametrize("text, written_from, unexpected", named_cases(LANGUAGE_LOOK_ALIKES))
def test_org24_official_language_look_alikes(text, written_from, unexpected, scoring):
    assert not (languages(text, scoring, written_from) & unexpected)


def predecessors(text: str, scoring) -> set:
    facts = extract(text, scoring, stem="org24")[1]
    return {(f[1], f[3]) for f in facts if f[0] == "triple" and f[2] == "kz:predecessor"}


PREDECESSORS = {
    "member-of-p-and-of-its-successor": (
        "Tajikistan was a member of the Shanghai Five in 1996 and of its successor, the "
        "Shanghai Cooperation Organisation, in 2001.",
        {("shanghai-cooperation-organisation", "shanghai-five")},
    ),
    "joined-p-and-later-its-successor": (
        "Armenia joined the Eurasian Economic Community as an observer and later its successor, "
        "the Eurasian Economic Union.",
        {("eaeu", "eurasec")},
    ),
    "left-o-years-after-its-predecessor": (
        "Morocco returned to the African Union in 2017, decades after it left its predecessor, "
        "the Organisation of African Unity.",
        {("african-union", "organisation-of-african-unity")},
    ),
    "renamed-itself": (
        "At the Astana summit of 15 November 2021 the Turkic Council renamed itself the "
        "Organization of Turkic States.",
        {("organization-of-turkic-states", "cooperation-council-of-turkic-speaking-states")},
    ),
    "state-co-founded-p-semicolon-it-was-succeeded-by": (
        "Kazakhstan co-founded the Eurasian Economic Community in Astana in 2000; in 2015 it was "
        "succeeded by the Eurasian Economic Union.",
        {("eaeu", "eurasec")},
    ),
    "opening-p-semicolon-it-was-replaced-by": (
        "The Eurasian Economic Community was dissolved in 2014; it was replaced by the Eurasian "
        "Economic Union.",
        {("eaeu", "eurasec")},
    ),
}


@pytest.mark.parametrize("text, expected", named_cases(PREDECESSORS))
def test_org24_predecessors(text, expected, scoring):
    found = predecessors(text, scoring)
    assert expected <= found, found


PREDECESSOR_LOOK_ALIKES = {
    "a-state-between-owns-its": (
        "The CIS was founded in 1991, and Russia sees the Eurasian Economic Union as its "
        "successor, the stronger bloc.",
        {("eaeu", "commonwealth-of-independent-states")},
    ),
    "not-renamed-itself": (
        "The Turkic Council did not rename itself the Organization of Turkic States until 2021.",
        {("organization-of-turkic-states", "cooperation-council-of-turkic-speaking-states")},
    ),
    "its-successor-of-a-state": (
        "Kazakhstan joined the CIS in 1991, and Russia named its successor, the President "
        "Vladimir Putin, in 1999.",
        {("commonwealth-of-independent-states", "rus")},
    ),
    "it-after-two-organisations": (
        "The Eurasian Development Bank works with the Eurasian Economic Community; it was "
        "replaced by the Eurasian Economic Union.",
        {("eaeu", "eurasec")},
    ),
    "it-was-not-replaced": (
        "Kazakhstan joined the Eurasian Economic Community in 2000; it was not replaced by the "
        "Eurasian Economic Union.",
        {("eaeu", "eurasec")},
    ),
}


@pytest.mark.parametrize("text, unexpected", named_cases(PREDECESSOR_LOOK_ALIKES))
def test_org24_predecessor_look_alikes(text, unexpected, scoring):
    assert not (predecessors(text, scoring) & unexpected)


def developed(text: str, scoring) -> set:
    facts = extract(text, scoring, stem="org24")[1]
    return {(f[1], f[3]) for f in facts if f[0] == "triple" and f[2] == "kz:develops"}


DEVELOPMENTS = {
    "gapped-copper-deposits": (
        "KAZ Minerals develops the Aktogay and Bozshakol copper deposits in eastern Kazakhstan.",
        {("kaz-minerals", "aktogay-copper-deposit"), ("kaz-minerals", "bozshakol-copper-deposit")},
    ),
    "gapped-gold-deposits": (
        "Since 2015 Kazakhmys has developed the Nurkazgan and Zhaima gold deposits.",
        {("kaz-minerals", "nurkazgan-gold-deposit"), ("kaz-minerals", "zhaima-gold-deposit")},
    ),
}


@pytest.mark.parametrize("text, expected", named_cases(DEVELOPMENTS))
def test_org24_gapped_mineral_deposits(text, expected, scoring):
    found = developed(text, scoring)
    assert expected <= found, found


DEVELOPMENT_LOOK_ALIKES = {
    "no-determiner-before-the-list": (
        "KAZ Minerals and Glencore copper deposits were compared in the report.",
        "glencore",
    ),
    "demonyms-before-the-head": (
        "KAZ Minerals develops the Kazakh and Russian copper deposits it bought in 2020.",
        "russian",
    ),
    "planned-development": (
        "KAZ Minerals plans to develop the Aktogay and Koksay copper deposits.",
        "koksay",
    ),
}


@pytest.mark.parametrize("text, word", named_cases(DEVELOPMENT_LOOK_ALIKES))
def test_org24_gapped_deposit_look_alikes(text, word, scoring):
    assert not [pair for pair in developed(text, scoring) if word in pair[1]]


def built(text: str, scoring) -> set:
    facts = extract(text, scoring, stem="org24")[1]
    wanted = ("kz:builtBy", "kz:completionDate")
    return {(f[1], f[2], f[3]) for f in facts if f[0] == "triple" and f[2] in wanted}


BUILT = {
    "built-by-company-and-its-partners-and-completed": (
        "Kazakh oil also flows through the Baku–Tbilisi–Ceyhan pipeline. The pipeline was built "
        "by BP and its partners and completed in 2005.",
        {
            ("btc-pipeline", "kz:builtBy", "bp"),
            ("btc-pipeline", "kz:completionDate", ("2005", "xsd:gYear")),
        },
    ),
    "which-company-and-partners-built-and-completed": (
        "Turkmen gas crosses the region through the Central Asia–China gas pipeline, which CNPC "
        "and its partners built and completed in 2009.",
        {
            ("central-asia-china-gas-pipeline", "kz:builtBy", "cnpc"),
            ("central-asia-china-gas-pipeline", "kz:completionDate", ("2009", "xsd:gYear")),
        },
    ),
    "destination-apposition-which-company-completed": (
        "Crude leaves through the CPC oil pipeline to Novorossiysk, a Russian port on the Black "
        "Sea, which the Caspian Pipeline Consortium completed in 2001.",
        {
            ("cpc-pipeline", "kz:builtBy", "caspian-pipeline-consortium"),
            ("cpc-pipeline", "kz:completionDate", ("2001", "xsd:gYear")),
        },
    ),
}


@pytest.mark.parametrize("text, expected", named_cases(BUILT))
def test_org24_pipeline_builders(text, expected, scoring):
    found = built(text, scoring)
    assert expected <= found, found


BUILT_LOOK_ALIKES = {
    "a-plan-to-build-and-complete": (
        "The Baku–Tbilisi–Ceyhan pipeline, which BP and its partners plan to build and complete "
        "in 2030, is debated.",
    ),
    "a-future-completion": (
        "Crude will leave through the CPC oil pipeline to Novorossiysk, a Russian port, which "
        "Transneft will complete in 2030.",
    ),
    "partners-in-talks": (
        "The Baku–Tbilisi–Ceyhan pipeline was discussed by BP and its partners in talks in 2005.",
    ),
}


@pytest.mark.parametrize("text", named_cases(BUILT_LOOK_ALIKES))
def test_org24_pipeline_builder_look_alikes(text, scoring):
    assert not built(text, scoring)
