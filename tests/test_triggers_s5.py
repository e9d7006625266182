"""Trigger lines added in session 5 (brief LEX): the "lex-" block of data/triggers.jsonl, a
lexicon of the verbs and nouns English uses for each relation, read both by the fallback
(triggers.py, ``trigger:<id>``) and by the dependency reading (syntax.py, ``syntax:<id>``).

Each wording is stated in sentences of other entities and registers than any corpus sentence,
and each line has look-alikes (negation, plans, lesser status, another noun the name only
qualifies, a stake instead of an operation) that must give nothing. The relation rules are
switched off here, so each test sees what the two trigger readings alone do.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples, rule_ids, triggers_alone  # noqa: F401 (autouse)

_STEM = "trigger-s5-test"


def _triples(text: str) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem=_STEM)


def _facts(text: str, prop: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in _triples(text) if p == prop}


def _lex_rules(text: str) -> set[str]:
    """The new lines (either reading) that asserted something in ``text``."""
    return {
        rule.split(":", 1)[1]
        for rule in rule_ids(text, stem=_STEM)
        if rule.split(":", 1)[-1].startswith("lex-")
    }


# (sentence, the line that must state it, property, the exact (subject, object) pairs it gives,
# a value of the fact's date property or None)
# fmt: off
WORDINGS = [
    # membership
    (
        "Armenia was granted full membership of the Eurasian Economic Union in January 2015.",
        "lex-granted-membership", "memberOf", {("arm", "eaeu")}, "2015-01",
    ),
    (
        "After years of negotiation, Azerbaijan was welcomed into the Council of Europe in "
        "January 2001.",
        "lex-granted-membership", "memberOf", {("aze", "council-of-europe")}, "2001-01",
    ),
    (
        "Tajikistan, the poorest of the former Soviet republics in the region, won membership "
        "of the World Trade Organization in March 2013.",
        "lex-granted-membership", "memberOf", {("tjk", "wto")}, "2013-03",
    ),
    (
        "Belarus secured full membership in the Shanghai Cooperation Organisation on 4 July "
        "2024.",
        "lex-granted-membership", "memberOf", {("blr", "shanghai-cooperation-organisation")},
        "2024-07-04",
    ),
    (
        "In 2017 the Shanghai Cooperation Organisation expanded to include India and Pakistan.",
        "lex-organisation-expanded-to-include", "memberOf",
        {(s, "shanghai-cooperation-organisation") for s in ("ind", "pak")},
        "2017",
    ),
    (
        "The Council of Europe, founded in 1949, was enlarged to include Georgia in 1999.",
        "lex-organisation-expanded-to-include", "memberOf", {("geo", "council-of-europe")},
        "1999",
    ),
    # co-founding
    (
        "Turkey, Azerbaijan, Kazakhstan and Kyrgyzstan launched the Cooperation Council of "
        "Turkic Speaking States in 2009.",
        "lex-helped-found-organisation", "coFounderOf",
        {(s, "cooperation-council-of-turkic-speaking-states")
         for s in ("tur", "aze", "kaz", "kgz")},
        "2009",
    ),
    (
        "Turkmenistan helped to establish the Economic Cooperation Organization.",
        "lex-helped-found-organisation", "coFounderOf",
        {("tkm", "economic-cooperation-organization")}, None,
    ),
    (
        "The Collective Security Treaty Organization was formed by Russia, Armenia, Belarus, "
        "Kazakhstan, Kyrgyzstan and Tajikistan in 2002.",
        "lex-organisation-formed-by", "coFounderOf",
        {(s, "csto") for s in ("rus", "arm", "blr", "kaz", "kgz", "tjk")}, "2002",
    ),
    (
        "Belarus, Kazakhstan and Russia were the three original members of the Eurasian "
        "Economic Union.",
        "lex-original-member-of", "coFounderOf", {(s, "eaeu") for s in ("blr", "kaz", "rus")},
        None,
    ),
    (
        "The Eurasian Economic Union, whose original members were Belarus, Kazakhstan and "
        "Russia, grew to five.",
        "lex-organisation-original-members-are", "coFounderOf",
        {(s, "eaeu") for s in ("blr", "kaz", "rus")}, None,
    ),
    # treaty signatures
    (
        "Uzbekistan and Tajikistan put their signatures to the Treaty on a Nuclear-Weapon-Free "
        "Zone in Central Asia.",
        "lex-states-signed-treaty", "signatory", {("canwfz", "uzb"), ("canwfz", "tjk")}, None,
    ),
    (
        "Mongolia became one of the signatory states of the Treaty on the Prohibition of "
        "Nuclear Weapons.",
        "lex-signatory-state-of", "signatory",
        {("treaty-on-the-prohibition-of-nuclear-weapons", "mng")}, None,
    ),
    # guarantees
    (
        "China gave security assurances to Kazakhstan under the Budapest Memorandum.",
        "lex-provided-assurances-under", "guarantor", {("budapest-memorandum", "chn")}, None,
    ),
    (
        "The United States, Russia and the United Kingdom extended security assurances to "
        "Ukraine under the Budapest Memorandum in December 1994.",
        "lex-provided-assurances-under", "guarantor",
        {("budapest-memorandum", s) for s in ("usa", "rus", "gbr")}, None,
    ),
    # pipelines
    (
        "CNPC completed the Kazakhstan–China oil pipeline in 2006.",
        "lex-company-completed-pipeline", "builtBy", {("kazakhstan-china-oil-pipeline", "cnpc")},
        "2006",
    ),
    (
        "BP finished building the Baku–Tbilisi–Ceyhan pipeline in 2005.",
        "lex-company-completed-pipeline", "builtBy", {("btc-pipeline", "bp")}, "2005",
    ),
    (
        "The Beineu–Bozoi–Shymkent gas pipeline was completed by KazTransGas in 2015.",
        "lex-pipeline-completed-by", "builtBy",
        {("beineu-bozoi-shymkent-gas-pipeline", "kaztransgas")}, "2015",
    ),
    (
        "The Central Asia–China gas pipeline, which crosses Uzbekistan and Kazakhstan, came on "
        "stream in December 2009.",
        "lex-pipeline-commissioned", "completionDate", set(), "2009-12",
    ),
    (
        "The Blue Stream pipeline went into operation in 2003.",
        "lex-pipeline-commissioned", "completionDate", set(), "2003",
    ),
    (
        "After long delays, the Trans Adriatic Pipeline began operating on 15 November 2020.",
        "lex-pipeline-commissioned", "completionDate", set(), "2020-11-15",
    ),
    (
        "Azerbaijan, which had long hesitated, signed up to the Trans-Caspian Gas Pipeline in "
        "2019.",
        "lex-state-joined-pipeline", "participantState",
        {("trans-caspian-gas-pipeline", "aze")}, None,
    ),
    # fields
    (
        "Eni leads the development of the Karachaganak field.",
        "lex-company-develops-field", "develops", {("eni", "karachaganak-field")}, None,
    ),
    (
        "Lukoil runs the Kumkol oil field.",
        "lex-company-develops-field", "develops", {("lukoil", "kumkol-oil-field")}, None,
    ),
    # visits: the trip's own words ("undertook", "first foreign") stand between
    (
        "Shavkat Mirziyoyev, who had just been re-elected, made his first foreign trip to "
        "Astana in September 2017.",
        "lex-visit-trip-to-place", "destination", set(), "2017-09",
    ),
    (
        "Kassym-Jomart Tokayev undertook a state visit to Germany on 20 September 2023.",
        "lex-visit-trip-to-place", "destination", set(), "2023-09-20",
    ),
    (
        "After Bishkek, Recep Tayyip Erdogan flew into Astana on 12 October 2022.",
        "lex-visit-trip-to-place", "destination", set(), "2022-10-12",
    ),
    # chairmanships
    (
        "Kazakhstan assumed the chair of the Conference on Interaction and Confidence-Building "
        "Measures in Asia in 2020.",
        "lex-state-chair-of-organisation", "chairedBy", {("cica", "kaz")}, "2020",
    ),
    (
        "Kazakhstan, the current chair of the Organization of Turkic States, hosted the "
        "meeting.",
        "lex-state-chair-of-organisation", "chairedBy",
        {("organization-of-turkic-states", "kaz")}, None,
    ),
    (
        "Kazakhstan took up the rotating presidency of the Shanghai Cooperation Organisation "
        "in 2023.",
        "lex-state-chair-of-organisation", "chairedBy",
        {("shanghai-cooperation-organisation", "kaz")}, "2023",
    ),
    # borders
    (
        "Kazakhstan neighbours China to the east.",
        "lex-state-neighbours-state", "sharesBorderWith", {("kaz", "chn")}, None,
    ),
    (
        "Kazakhstan, which neighbours Russia along the longest continuous land border in the "
        "world, ships oil north.",
        "lex-state-neighbours-state", "sharesBorderWith", {("kaz", "rus")}, None,
    ),
    # programmes
    (
        "Kazakhstan signed up to NATO's Partnership for Peace in May 1994.",
        "lex-state-participant-in-programme", "participatesInProgramme",
        {("kaz", "partnership-for-peace")}, None,
    ),
    (
        "Kazakhstan is part of the Central Asia Regional Economic Cooperation Program.",
        "lex-state-participant-in-programme", "participatesInProgramme",
        {("kaz", "central-asia-regional-economic-cooperation-program")}, None,
    ),
    (
        "Kazakhstan and Kyrgyzstan share a mountainous border of about 1,200 km.",
        "lex-pair-shares-border", "sharesBorderWith", {("kaz", "kgz")}, None,
    ),
    # signatures listed after the treaty
    (
        "The Ashgabat Agreement's original signatories were Iran, Oman, Qatar, Turkmenistan "
        "and Uzbekistan.",
        "lex-treaty-signatories-are", "signatory",
        {("ashgabat-agreement", s) for s in ("irn", "omn", "qat", "tkm", "uzb")}, None,
    ),
    (
        "The Energy Charter Treaty, whose signatories include Kazakhstan and Kyrgyzstan, was "
        "signed in Lisbon in 1994.",
        "lex-treaty-signatories-are", "signatory",
        {("energy-charter-treaty", "kaz"), ("energy-charter-treaty", "kgz")}, None,
    ),
    (
        "The signatories of the Collective Security Treaty were Armenia, Kazakhstan and "
        "Russia.",
        "lex-signatories-of-treaty-are", "signatory",
        {("collective-security-treaty", s) for s in ("arm", "kaz", "rus")}, None,
    ),
    # a membership written as the accession noun, with the day it took effect
    (
        "Armenia's accession to the Eurasian Economic Union became effective on 2 January "
        "2015.",
        "lex-accession-to-organisation-took-effect", "memberOf", {("arm", "eaeu")},
        "2015-01-02",
    ),
    # predecessors
    (
        "The Shanghai Five, a border-security forum of five states, became the Shanghai "
        "Cooperation Organisation in June 2001.",
        "lex-organisation-became", "predecessor",
        {("shanghai-cooperation-organisation", "shanghai-five")}, None,
    ),
    (
        "The Eurasian Economic Community was succeeded by the Eurasian Economic Union on 1 "
        "January 2015.",
        "lex-organisation-succeeded-by", "predecessor", {("eaeu", "eurasec")}, None,
    ),
    (
        "The Shanghai Cooperation Organisation was established in 2001 on the basis of the "
        "Shanghai Five.",
        "lex-organisation-established-on-basis-of", "predecessor",
        {("shanghai-cooperation-organisation", "shanghai-five")}, None,
    ),
    # places and languages
    (
        "Khorgos is located in Kazakhstan.",
        "lex-city-located-in-state", "locatedIn", {("khorgos", "kaz")}, None,
    ),
    (
        "Kazakh, the state language of Kazakhstan, is a Turkic language.",
        "lex-official-language-of", "officialLanguage", {("kaz", "kazakh")}, None,
    ),
    (
        "Russian is also an official language of Kyrgyzstan.",
        "lex-official-language-of", "officialLanguage", {("kgz", "russian")}, None,
    ),
    (
        "Kyrgyzstan's official languages are Kyrgyz and Russian.",
        "lex-official-languages-are", "officialLanguage",
        {("kgz", "kyrgyz"), ("kgz", "russian")}, None,
    ),
    (
        "Uzbekistan's admission to the Organisation of Islamic Cooperation took effect in "
        "1996.",
        "lex-accession-to-organisation-took-effect", "memberOf", {("uzb", "oic")}, "1996",
    ),
    (
        "Kazakhstan's entry into the World Trade Organization became effective on 30 November "
        "2015.",
        "lex-accession-to-organisation-took-effect", "memberOf", {("kaz", "wto")},
        "2015-11-30",
    ),
    # diplomatic relations
    (
        "Kazakhstan and Georgia forged diplomatic ties on 24 July 1992.",
        "lex-pair-forged-relations", "hasDiplomaticRelationsWith", set(), None,
    ),
    (
        "Armenia, which had just become independent, formalised diplomatic relations with "
        "Kazakhstan on 27 August 1992.",
        "lex-relations-with-state-forged", "hasDiplomaticRelationsWith", {("arm", "kaz")},
        None,
    ),
    # capitals
    (
        "Astana, which became the capital of Kazakhstan in 1997, hosted the summit.",
        "lex-capital-of-state", "capitalOf", {("astana", "kaz")}, None,
    ),
    (
        "Bishkek, the capital of neighbouring Kyrgyzstan, lies near the border.",
        "lex-capital-of-state", "capitalOf", {("bishkek", "kgz")}, None,
    ),
    (
        "The Kashagan oil field is run by the North Caspian Operating Company.",
        "lex-field-developed-by", "develops",
        {("north-caspian-operating-company", "kashagan-oil-field")}, None,
    ),
]
# fmt: on

_DATES = {
    "memberOf": "startDate",
    "coFounderOf": "startDate",
    "builtBy": "completionDate",
    "completionDate": "completionDate",
    "destination": "date",
    "chairedBy": "year",
}


@pytest.mark.parametrize(("text", "line", "prop", "pairs", "when"), WORDINGS)
def test_a_wording_gives_its_facts(text, line, prop, pairs, when):
    triples = _triples(text)
    if pairs:
        assert {(s, o) for s, p, o in triples if p == prop} == pairs
    if when is not None:
        assert when in {o for _, p, o in triples if p == _DATES[prop]}
    assert line in _lex_rules(text)


# (property none of them may give, sentences)
# fmt: off
LOOK_ALIKES = [
    ("memberOf", [
        "Mongolia did not accede to the World Trade Organization until 1997.",
        "Uzbekistan has not yet acceded to the World Trade Organization.",
        "Serbia hopes to accede to the World Trade Organization soon.",
        "Bosnia acceded to the demands of the Council of Europe in 2002.",
        "Turkmenistan was granted observer status in the World Trade Organization in 2020.",
        "Uzbekistan was never welcomed into the Collective Security Treaty Organization.",
        "Iran is expected to win membership of the Shanghai Cooperation Organisation in 2023.",
        "Belarus, which applied in 2022, could secure full membership of the Shanghai "
        "Cooperation Organisation in 2024.",
        "The Shanghai Cooperation Organisation plans to expand to include Belarus.",
        "The Shanghai Cooperation Organisation took in observers such as Mongolia in 2004.",
        "Georgia secured membership of the Council of Europe's Venice Commission in 1999.",
    ]),
    ("coFounderOf", [
        "Kazakhstan launched a bid to join the World Trade Organization.",
        "Russia did not help found the Organization of Turkic States.",
        "Kazakhstan launched its chairmanship of the Organization for Security and "
        "Co-operation in Europe in 2010.",
        "Kazakhstan launched the Organization for Security and Co-operation in Europe mission "
        "in 1998.",
        "The Eurasian Economic Union was formed by the merger of two customs bodies.",
    ]),
    ("coFounderOf", [
        "Kazakhstan was not among the original members of the World Trade Organization.",
        "Kazakhstan became one of the first members of the Asian Infrastructure Investment "
        "Bank in 2015.",
        "The original members of the Eurasian Economic Union were joined by Armenia.",
    ]),
    ("signatory", [
        "Kazakhstan initialled the Treaty on the Eurasian Economic Union in 2014.",
        "Kazakhstan did not put its signature to the Treaty on the Prohibition of Nuclear "
        "Weapons.",
        "Kazakhstan is not a signatory state of the Treaty on the Prohibition of Nuclear "
        "Weapons.",
        "Kazakhstan may become a signatory state of the Treaty on the Prohibition of Nuclear "
        "Weapons.",
    ]),
    ("guarantor", [
        "The United States did not provide security assurances to Kazakhstan under the "
        "Budapest Memorandum.",
        "Ukraine asked the United States to provide security guarantees to Ukraine under the "
        "Budapest Memorandum.",
        "China gave security assurances to Kazakhstan in a separate statement.",
        "Russia, a former guarantor state of the Budapest Memorandum, annexed Crimea.",
    ]),
    ("builtBy", [
        "CNPC completed the purchase of a stake in the Kazakhstan–China oil pipeline in 2009.",
        "The expansion of the Caspian Pipeline Consortium pipeline was completed by Chevron in "
        "2018.",
        "CNPC completed a feasibility study of the Kazakhstan–China oil pipeline in 1997.",
    ]),
    ("completionDate", [
        "The second string of the Central Asia–China gas pipeline was commissioned in 2010.",
        "The Trans-Caspian Gas Pipeline was never commissioned.",
        "The Atyrau–Samara pipeline was not put into operation until 1971.",
        "The Trans-Caspian Gas Pipeline could come on stream in 2030.",
        "The Trans-Caspian Gas Pipeline is expected to go into operation in 2030.",
        "The Turkmenistan–Afghanistan–Pakistan–India gas pipeline was scheduled to begin "
        "operating in 2019.",
        "The compressor station of the Beineu–Bozoi–Shymkent gas pipeline went into operation "
        "in 2017.",
    ]),
    ("destination", [
        "Foreign Minister Wang Yi made his first foreign trip to Astana in January 2024.",
        "Kassym-Jomart Tokayev made a private trip to Germany in 2023.",
        "Kassym-Jomart Tokayev is expected to make a trip to Germany in September 2023.",
        "Kassym-Jomart Tokayev cancelled his trip to Germany in 2023.",
        "The delegation headed to Astana on 2 July 2024.",
        "Vladimir Putin toured Kyrgyzstan and Tajikistan in 2023.",
    ]),
    ("chairedBy", [
        "Kazakhstan was elected chair of the Organization of Turkic States Council of Elders.",
        "Kazakhstan will be the next chair of the Organization of Turkic States.",
        "Kazakhstan is a vice-chair of the Shanghai Cooperation Organisation.",
        "Kassym-Jomart Tokayev, chair of the Shanghai Cooperation Organisation, spoke.",
    ]),
    ("sharesBorderWith", [
        "Kazakhstan's northern regions neighbour Russia.",
        "Kazakhstan neighbours China's Xinjiang region.",
        "Kazakhstan no longer neighbours Russia's market.",
    ]),
    ("participatesInProgramme", [
        "Kazakhstan is not part of the Belt and Road Initiative.",
        "Kazakhstan is an observer of the Central Asia Regional Economic Cooperation Program.",
        "Kazakhstan is part of the Belt and Road Initiative's northern corridor.",
        "Kazakhstan may sign up to the Belt and Road Initiative.",
    ]),
    ("signatory", [
        "The Energy Charter Treaty's parties include Kazakhstan and Kyrgyzstan.",
        "The signatories of the Collective Security Treaty were later joined by Azerbaijan.",
    ]),
    ("sharesBorderWith", [
        "Kazakhstan and Azerbaijan share a maritime boundary in the Caspian Sea.",
        "Kazakhstan and Uzbekistan share the Aral Sea basin's border regions.",
    ]),
    ("memberOf", [
        "Kazakhstan's accession to the World Trade Organization was blocked for years.",
        "Kazakhstan's accession to the World Trade Organization took two decades.",
        "Kazakhstan's accession to the World Trade Organization was approved on 27 July 2015.",
        "Kazakhstan's entry into the World Trade Organization was delayed for years.",
        "Turkmenistan's admission to the Organisation of Islamic Cooperation was approved on 3 "
        "March 1992.",
    ]),
    ("predecessor", [
        "The Shanghai Cooperation Organisation became a partner of the United Nations.",
        "The Shanghai Five became the Shanghai Cooperation Organisation's main forum.",
        "The Shanghai Cooperation Organisation became an observer at the United Nations "
        "General Assembly.",
        "The Eurasian Economic Union was established on the basis of the Treaty on the "
        "Eurasian Economic Union.",
        "Kazakhstan's chairmanship of the Shanghai Cooperation Organisation was followed by "
        "India's.",
        "The Shanghai Five merged with others and became the Shanghai Cooperation "
        "Organisation.",
        "The Organization for Security and Co-operation in Europe was followed by the United "
        "Nations in condemning the coup.",
    ]),
    ("locatedIn", [
        "Osh is located near Uzbekistan.",
        "Almaty, which lies in Kazakhstan close to the border with Kyrgyzstan, is the largest "
        "city.",
    ]),
    ("officialLanguage", [
        "Russian is not an official language of Uzbekistan.",
        "Russian is the working language of the Collective Security Treaty Organization.",
        "Russian was the official language of Kazakhstan until 1995.",
        "The United Nations' working languages are English and French.",
    ]),
    ("hasDiplomaticRelationsWith", [
        "Kazakhstan and Georgia restored diplomatic ties on 24 July 1992.",
        "Kazakhstan forged diplomatic relations with Georgia.",
        "Kazakhstan and Georgia did not forge diplomatic ties in 1992.",
    ]),
    ("capitalOf", [
        "Astana replaced Almaty as the capital of Kazakhstan in 1997.",
        "Almaty, the financial capital of Kazakhstan, hosted the forum.",
        "Almaty was the capital of Kazakhstan until 1997.",
        "The government moved the capital of Kazakhstan from Almaty to Astana.",
        "Almaty, the former capital of Kazakhstan, hosted the forum.",
        "Dushanbe, rather than Khujand, is the capital of Tajikistan.",
        "Some deputies want to make Turkestan the capital of Kazakhstan.",
    ]),
    ("develops", [
        "Lukoil holds a stake in the Karachaganak field.",
        "The pipeline runs from the Tengiz oil field to Novorossiysk.",
        "Schlumberger provides services at the Tengiz oil field.",
        "The Kashagan oil field was discovered by Eni in 2000.",
        "Shell no longer runs the Kashagan oil field.",
        "Eni led the development of the Karachaganak field until 2010.",
    ]),
]
# fmt: on


@pytest.mark.parametrize(
    ("prop", "text"), [(prop, text) for prop, texts in LOOK_ALIKES for text in texts]
)
def test_a_look_alike_gives_nothing(prop, text):
    assert not {t for t in _triples(text) if t[1] == prop}


@pytest.mark.parametrize(
    ("text", "line", "prop", "pairs"),
    [
        (
            "Chevron, the largest foreign investor in the country, co-develops the Tengiz oil "
            "field with ExxonMobil.",
            "lex-company-develops-field", "develops", {("chevron", "tengiz-oil-field")},
        ),
        (
            "France and China served as guarantors under the Budapest Memorandum.",
            "guarantor-of-treaty", "guarantor",
            {("budapest-memorandum", "fra"), ("budapest-memorandum", "chn")},
        ),
    ],
)  # fmt: skip
def test_the_dependency_reading_reads_the_new_lines(text, line, prop, pairs):
    """Where the fallback's adjacency fails (a comitative after the object, "as" before the
    noun), the parse finds the fillers of the same line."""
    assert _facts(text, prop) == pairs
    assert f"syntax:{line}" in rule_ids(text, stem=_STEM)
