"""Pipelines, fields, borders, capitals, languages and figures as unseen writers phrase them
(tests/para-infrastructure): the corpus floor, then each rule of the W5c block of
data/relations.jsonl (and each existing rule it widened) with a sentence in other wording and
other entities than the corpus sentence that suggested it, and a look-alike that must give
nothing of that kind."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest
from fact_cases import assert_gives, assert_gives_nothing, assert_paired, extract, same
from fact_cases import date as _date
from fact_cases import dec as _dec
from fact_cases import node as _node
from fact_cases import triple as _triple
from fact_cases import usd as _usd

TESTS = Path(__file__).parent
_extract = partial(extract, stem="para-test")


def test_extractor_holds_the_measured_floor_on_para_infrastructure(scoring):
    scoring.assert_floor(TESTS / "para-infrastructure", 183, 1.00, 0.92)


_APPROX = [("true", "xsd:boolean")]
# a border found with its two states the other way round is the same border
SYMMETRIC = frozenset({"kz:sharesBorderWith"})

# (rule, sentence, facts it must give[, the document's written_from])
POSITIVES = [
    # pipelines: builders and completion
    ("pipeline-fronted-built-by",
     "Built by Gazprom and Rosneft, the Altai gas pipeline across the steppe was completed in "
     "2011.",
     [_triple("altai-gas-pipeline", "builtBy", "gazprom"),
      _triple("altai-gas-pipeline", "builtBy", "rosneft"),
      _triple("altai-gas-pipeline", "completionDate", _date("2011"))]),
    ("pipeline-came-on-stream", "The Druzhba pipeline went into service in 1964.",
     [_triple("druzhba-pipeline", "completionDate", _date("1964"))]),
    ("pipeline-apposition-built-by",
     "The Druzhba pipeline, laid by Gazprom, came on stream in 1964.",
     [_triple("druzhba-pipeline", "builtBy", "gazprom"),
      _triple("druzhba-pipeline", "completionDate", _date("1964"))]),
    ("the-pipeline-builder-was",
     "The Druzhba pipeline needed repairs. The pipeline's principal contractor was Gazprom, and "
     "it was completed in 1964.",
     [_triple("druzhba-pipeline", "builtBy", "gazprom"),
      _triple("druzhba-pipeline", "completionDate", _date("1964"))]),
    ("pipeline-whose-builders-were",
     "The Nabucco pipeline, whose builders were Gazprom and Eni, was finished in 2014.",
     [_triple("nabucco-pipeline", "builtBy", "eni"),
      _triple("nabucco-pipeline", "completionDate", _date("2014"))]),
    ("pipeline-whose-construction-companies-shared",
     "The Karachi pipeline, whose construction Sinopec and Lukoil handled, came into operation "
     "in May 2012.",
     [_triple("karachi-pipeline", "builtBy", "sinopec"),
      _triple("karachi-pipeline", "completionDate", _date("2012-05"))]),
    ("pipeline-dash-built-by", "• Druzhba pipeline – constructed by Gazprom; commissioned 1964.",
     [_triple("druzhba-pipeline", "builtBy", "gazprom"),
      _triple("druzhba-pipeline", "completionDate", _date("1964"))]),
    ("pipeline-dash-completed", "• Altai gas pipeline – commissioned March 2019.",
     [_triple("altai-gas-pipeline", "completionDate", _date("2019-03"))]),
    # pipelines: participants
    ("states-are-participants-in-pipeline",
     "Azerbaijan, Georgia and Turkey are the participants in the Baku–Tbilisi–Ceyhan pipeline.",
     [_triple("btc-pipeline", "participantState", "geo"),
      _node("PipelineParticipation", participant=["geo"], pipeline=["btc-pipeline"])]),
    ("participants-in-pipeline-list",
     "Participants in the Trans-Caspian Gas Pipeline: Turkmenistan, Azerbaijan.",
     [_triple("trans-caspian-gas-pipeline", "participantState", "aze")]),
    ("state-accession-to-pipeline-dates-from",
     "Georgia's accession to the Nabucco pipeline dated from March 2009.",
     [_node("PipelineParticipation", participant=["geo"], pipeline=["nabucco-pipeline"],
            startDate=[_date("2009-03")])]),
    ("states-take-part-in-pipeline",
     "Turkmenistan and Iran have taken part in the Korpeje pipeline since 1997.",
     [_node("PipelineParticipation", participant=["irn"], pipeline=["korpeje-pipeline"],
            startDate=[_date("1997")])]),
    # fields
    ("field-joined-it-as-partner",
     "Shell has operated the Kashagan oil field since 2001; Inpex joined it as a partner in 2008.",
     [_node("FieldDevelopment", developer=["inpex"], field=["kashagan-oil-field"],
            startDate=[_date("2008")])]),
    ("companies-joint-operators-of-field",
     "Lukoil and Rosneft, the joint developers of the Kandym gas field, have been operating it "
     "since 2007.",
     [_node("FieldDevelopment", developer=["rosneft"], field=["kandym-gas-field"],
            startDate=[_date("2007")])]),
    ("field-developed-by-consortium-among-them",
     "The Tengiz oil field, a vast onshore reservoir, is being developed by a consortium of four "
     "firms, among them Chevron and ExxonMobil.",
     [_triple("exxonmobil", "develops", "tengiz-oil-field")]),
    ("company-possessive-development-of-field-began",
     "Rosneft's development of the Vankor field near the Arctic began in 2009.",
     [_node("FieldDevelopment", developer=["rosneft"], field=["vankor-oil-field"],
            startDate=[_date("2009")])]),
    ("field-developed-by-the-kind-company",
     "The Vankor field is developed by the state oil company Rosneft.",
     [_triple("rosneft", "develops", "vankor-oil-field")]),
    ("among-the-developers-of-field-are",
     "Among the operators of the Karachaganak field are Eni and Shell.",
     [_triple("eni", "develops", "karachaganak-field")]),
    ("field-dash-developers", "Vankor field – operators: Rosneft, Lukoil.",
     [_triple("lukoil", "develops", "vankor-oil-field")]),
    ("field-apposition-developed-by",
     "The Tengiz oil field, operated by Chevron since 1993, lies near Atyrau.",
     [_node("FieldDevelopment", developer=["chevron"], field=["tengiz-oil-field"],
            startDate=[_date("1993")])]),
    # borders
    ("state-border-with-at-length",
     "Peru lies in the Andes. Its border with Brazil, at 2,995 km, is remote.",
     [_node("Border", borderState=["bra", "per"], lengthKm=_dec("2995"))]),
    ("border-possessive", "Brazil's frontier with Peru, at 2,995 km, is remote.",
     [_node("Border", borderState=["bra", "per"], lengthKm=_dec("2995"))]),
    ("state-possessive-border-and-its-border-with",
     "Chile's 6,691-km border with Argentina and its 861-km border with Bolivia were surveyed "
     "long ago.",
     [_node("Border", borderState=["arg", "chl"], lengthKm=_dec("6691")),
      _node("Border", borderState=["bol", "chl"], lengthKm=_dec("861"))]),
    # since 79bf661 a length in the predicate must be closed; "for L across|along|through" is
    # read by its own line
    ("the-demonym-pair-border-runs",
     "The Bolivian–Peruvian border measures 1,075 km.",
     [_node("Border", borderState=["bol", "per"], lengthKm=_dec("1075"))]),
    ("the-demonym-pair-border-runs-for-along",
     "The Chinese–Mongolian border stretches for 4,630 km (2,877 mi) across the Gobi.",
     [_node("Border", borderState=["chn", "mng"], lengthKm=_dec("4630"),
            lengthMi=_dec("2877"))]),
    ("state-has-the-shortest-of-borders",
     "Pakistan has the longest of Iran's eastern borders: about 959 km.",
     [_node("Border", borderState=["irn", "pak"], lengthKm=_dec("959"))]),
    ("bounded-by-compass-first",
     "Mongolia is bounded by Russia to the north (3,485 km) and China to the south (4,630 km).",
     [_node("Border", borderState=["mng", "rus"], lengthKm=_dec("3485"))]),
    ("bounded-by-compass-later",
     "Mongolia is bounded by Russia to the north (3,485 km) and China to the south (4,630 km).",
     [_node("Border", borderState=["chn", "mng"], lengthKm=_dec("4630"))]),
    ("state-borders-compass-later",
     "Austria borders Germany to the north, Italy to the south, and Switzerland and "
     "Liechtenstein to the west.",
     [_node("Border", borderState=["aut", "ita"]), _triple("aut", "sharesBorderWith", "lie")]),
    ("neighbours-of-state-list", "Neighbours of Bolivia: Brazil, Paraguay, Argentina, Chile.",
     [_triple("bol", "sharesBorderWith", "pry")]),
    ("fact-file-neighbours",
     "Laos: capital Vientiane; official language Lao; neighbours Thailand and Vietnam.",
     [_triple("lao", "sharesBorderWith", "tha")]),
    ("pair-are-neighbours-whose-border-measures",
     "Spain and Portugal are neighbours whose shared border runs for 1,214 km.",
     [_node("Border", borderState=["esp", "prt"], lengthKm=_dec("1214"))]),
    ("state-its-border-with", "Ukraine has repeatedly reinforced its border with Belarus.",
     [_node("Border", borderState=["blr", "ukr"])]),
    # capitals and places
    ("fact-file-capital", "Japan – capital: Tokyo; official language: Japanese.",
     [_triple("tokyo", "capitalOf", "jpn")]),
    ("city-state-possessive-capital", "Seoul, South Korea's capital, hosted the games.",
     [_triple("seoul", "capitalOf", "kor")]),
    ("pipeline-entered-service",
     "The Kazakhstan–China oil pipeline entered service in July 2006.",
     [_triple("kazakhstan-china-oil-pipeline", "completionDate", _date("2006-07"))]),
    ("operator-of-field-is",
     "The operator of the Kashagan field is the North Caspian Operating Company.",
     [_triple("north-caspian-operating-company", "develops", "kashagan-oil-field")]),
    ("state-has-borders-with", "Mongolia has a long land border with China.",
     [_node("Border", borderState=["chn", "mng"])]),
    ("pipeline-which-clause-was-completed",
     "The CPC pipeline, which runs from Tengiz to Novorossiysk, was completed in 2001.",
     [_triple("cpc-pipeline", "completionDate", _date("2001"))]),
    ("pipeline-was-opened", "The Druzhba pipeline was inaugurated on 15 October 1964.",
     [_triple("druzhba-pipeline", "completionDate", _date("1964-10-15"))]),
    ("state-became-participant-in-pipeline",
     "In 2006 Kazakhstan became a party to the Baku–Tbilisi–Ceyhan pipeline.",
     [_node("PipelineParticipation", participant=["kaz"], pipeline=["btc-pipeline"],
            startDate=[_date("2006")])]),
    ("language-recognised-as-official-in-state",
     "Russian is recognised as an official language in Belarus.",
     [_triple("blr", "officialLanguage", "russian")]),
    ("state-attracted-investment-from-state",
     "In 2022 Uzbekistan attracted $2.1 billion of foreign direct investment from China.",
     [_node("InvestmentFigure", fromParty=["chn"], toParty=["uzb"], **_usd("2100000000"),
            year=[_date("2022")])]),
    ("state-moved-capital-from-to", "Kazakhstan moved its capital from Almaty to Astana in 1997.",
     [_triple("astana", "capitalOf", "kaz")]),
    ("our-capital-comma-city", "The forum took place in our capital, Tashkent, in May.",
     [_triple("tashkent", "capitalOf", "uzb")], "Uzbekistan"),
    ("the-state-language-is-written-from",
     "The state language is Uzbek, while Russian is widely used.",
     [_triple("uzb", "officialLanguage", "uzbek")], "Uzbekistan"),
    ("state-language-is-and-its-capital-is",
     "The official language of Mongolia is Mongolian, and its capital is Ulaanbaatar.",
     [_triple("ulaanbaatar", "capitalOf", "mng")]),
    ("city-state-possessive-former-capital",
     "Almaty, Kazakhstan's former capital, hosted the games.",
     [_triple("almaty", "locatedIn", "kaz")]),
    ("city-the-capital-of-written-from", "Yerevan, the capital, lies in the Ararat plain.",
     [_triple("yerevan", "capitalOf", "arm")], "Armenia"),
    ("cities-are-largest-in-part-of-state",
     "Shymkent and Taraz are the largest cities in the south of Kazakhstan.",
     [_triple("taraz", "locatedIn", "kaz")]),
    ("city-apposition-largest-city-of", "Istanbul, the largest city of Turkey, hosted the games.",
     [_triple("istanbul", "locatedIn", "tur")]),
    ("place-located-in", "Ankara and Istanbul are located in Turkey.",
     [_triple("ankara", "locatedIn", "tur")]),
    # languages
    ("fact-file-official-languages",
     "Belarus – capital: Minsk; official languages: Belarusian and Russian.",
     [_triple("blr", "officialLanguage", "belarusian")]),
    ("org-has-count-official-languages",
     "The Organisation of Islamic Cooperation has three official languages, Arabic, English and "
     "French.",
     [_triple("oic", "officialLanguage", "french")]),
    ("language-is-the-state-language-written-from", "Armenian is the state language.",
     [_triple("arm", "officialLanguage", "armenian")], "Armenia"),
    ("language-is-an-official-language-as-well-written-from",
     "Armenian is the state language; Russian is an official language too.",
     [_triple("arm", "officialLanguage", "russian")], "Armenia"),
    # figures
    ("state-invested-money-in-state", "In 2019 Japan invested $1.2 billion in Uzbekistan.",
     [_node("InvestmentFigure", fromParty=["jpn"], toParty=["uzb"], **_usd("1200000000"),
            year=[_date("2019")])]),
    ("investment-from-state-into-state-totalled",
     "Direct investment from Japan into Uzbekistan has reached about $4 billion since 1995.",
     [_node("InvestmentFigure", fromParty=["jpn"], toParty=["uzb"], **_usd("4000000000"),
            isApproximate=_APPROX)]),
    ("largest-trading-partner-with-trade-worth",
     "China was Mongolia's largest trading partner in 2020, with trade worth $6.7 billion.",
     [_node("TradeFigure", tradeParty=["chn", "mng"], **_usd("6700000000"),
            year=[_date("2020")])]),
    ("org-largest-trading-partner-with-trade-worth",
     "The European Union was Uzbekistan's main trading partner in 2020, with trade of €4 billion.",
     [_node("TradeFigure", tradeParty=["european-union", "uzb"], amount=_dec("4000000000"),
            currency=[("EUR", "xsd:string")], year=[_date("2020")])]),
    ("pair-traded-goods-worth",
     "Kyrgyzstan and Uzbekistan traded goods worth $1.1 billion in 2023.",
     [_node("TradeFigure", tradeParty=["kgz", "uzb"], **_usd("1100000000"),
            year=[_date("2023")])]),
    # REC21R: "our country" now makes a list with the name joined to it, so trade-between
    # reads this wording before trade-between-state-and-state (the same fact)
    ("trade-between",
     "Trade between our country and Georgia reached $1 billion in 2021.",
     [_node("TradeFigure", tradeParty=["arm", "geo"], **_usd("1000000000"),
            year=[_date("2021")])], "Armenia"),
    ("demonym-investors-put-money-into-economy",
     "In 2021 Japanese investors put about $600 million into the Uzbek economy.",
     [_node("InvestmentFigure", fromParty=["jpn"], toParty=["uzb"], **_usd("600000000"),
            isApproximate=_APPROX, year=[_date("2021")])]),
    ("state-trade-with",
     "Kazakhstan's trade with Russia reached $26 billion in 2022, or 19% of its total.",
     [_node("TradeFigure", tradeParty=["kaz", "rus"], **_usd("26000000000"),
            year=[_date("2022")], shareOfTotal=_dec("19"))]),
]  # fmt: skip


@pytest.mark.parametrize("case", POSITIVES, ids=[p[0] for p in POSITIVES])
def test_a_construction_in_other_wording_gives_its_facts(case, scoring):
    rule, text, expected, *written_from = case
    assert_gives(_extract(text, scoring, *written_from), rule, expected, symmetric=SYMMETRIC)


# (rule, a look-alike sentence, what it must not give: a property, node class or entity key
# [, the document's written_from]). A widened existing rule may still state its older part:
# there the look-alike only checks the part the widening added.
NEGATIVES = [
    ("pipeline-fronted-built-by",
     "Built by Gazprom, the terminal was completed in 2011 beside the Druzhba pipeline.",
     "builtBy"),
    ("pipeline-came-on-stream",
     "Engineers said the Druzhba pipeline never came on stream in 1964 as planned.",
     "completionDate"),
    ("pipeline-apposition-built-by",
     "The Druzhba pipeline, laid by Gazprom, came under attack in 1964.", "completionDate"),
    ("the-pipeline-builder-was",
     "The Druzhba pipeline needed repairs. The pipeline's main customer was Gazprom.", "builtBy"),
    ("pipeline-whose-builders-were",
     "The Nabucco pipeline, whose owners were Gazprom and Eni, was finished in 2014.", "builtBy"),
    ("pipeline-whose-construction-companies-shared",
     "The Karachi pipeline, whose construction Sinopec and Lukoil opposed, came into operation "
     "in May 2012.", "builtBy"),
    ("pipeline-dash-built-by", "• Druzhba pipeline – operated by Gazprom; commissioned 1964.",
     "builtBy"),
    ("pipeline-dash-completed", "• Altai gas pipeline – proposed March 2019.", "completionDate"),
    ("states-are-participants-in-pipeline",
     "Azerbaijan and Georgia are not participants in the Nabucco pipeline.", "participant"),
    ("participants-in-pipeline-list",
     "Participants in the debate on the Nabucco pipeline: Turkey, Austria.", "participant"),
    ("state-accession-to-pipeline-dates-from",
     "Georgia's accession to the Nabucco pipeline was discussed in March 2009.", "participant"),
    ("states-take-part-in-pipeline",
     "Turkmenistan and Iran have taken no part in the Korpeje pipeline since 1997.",
     "participant"),
    ("field-joined-it-as-partner",
     "Shell has operated the Kashagan oil field since 2001; Inpex joined it as a shareholder in "
     "2008.", "inpex"),
    ("companies-joint-operators-of-field",
     "Lukoil and Rosneft, the joint critics of the Kandym gas field, have been watching it since "
     "2007.", "develops"),
    ("field-developed-by-consortium-among-them",
     "The Tengiz oil field is being studied by a consortium of four firms, among them Chevron and "
     "ExxonMobil.", "develops"),
    ("company-possessive-development-of-field-began",
     "Rosneft's purchase of the Vankor field began in 2009.", "develops"),
    ("field-developed-by-the-kind-company",
     "The Vankor field is owned by the state oil company Rosneft.", "develops"),
    ("among-the-developers-of-field-are",
     "Among the buyers of the Karachaganak field are Eni and Shell.", "develops"),
    ("field-dash-developers", "Vankor field – buyers: Rosneft, Lukoil.", "develops"),
    ("field-apposition-developed-by",
     "The Tengiz oil field, operated by Chevron, lies near Atyrau; output rose in 1993.",
     "startDate"),
    ("state-border-with-at-length",
     "Peru lies in the Andes. Its trade with Brazil, at 2,995 tonnes, is small.", "Border"),
    ("border-possessive",
     "Chile's 6,691-km border with Argentina and its 861-km port with Bolivia were surveyed long "
     "ago.", "861"),
    ("state-possessive-border-and-its-border-with",
     "Chile's 6,691-km border with Argentina and its 861-km port with Bolivia were surveyed long "
     "ago.", "bol"),
    ("the-demonym-pair-border-runs",
     "The Chinese–Mongolian trade route stretches for 4,630 km across the Gobi.", "Border"),
    ("the-demonym-pair-border-runs-for-along",
     "The Chinese–Mongolian border patrol drives for 300 km along the Gobi each day.", "Border"),
    ("state-has-the-shortest-of-borders",
     "Pakistan has the longest of Iran's eastern coastlines: about 959 km.", "Border"),
    ("bounded-by-compass-first", "Mongolia is flanked by Russia to the north and China to the "
     "south.", "Border"),
    ("bounded-by-compass-later", "Mongolia is flanked by Russia to the north and China to the "
     "south.", "Border"),
    ("state-borders-compass-later",
     "Austria exports cars to Germany to the north, Italy to the south, and Switzerland to the "
     "west.", "sharesBorderWith"),
    ("neighbours-of-state-list", "Critics of Bolivia: Brazil, Paraguay.", "sharesBorderWith"),
    ("fact-file-neighbours",
     "Laos: capital Vientiane; official language Lao; donors Japan and Vietnam.",
     "sharesBorderWith"),
    ("pair-are-neighbours-whose-border-measures",
     "Spain and Portugal are neighbours whose shared history runs for 1,214 years.",
     "sharesBorderWith"),
    ("state-its-border-with", "Ukraine has repeatedly praised its trade with Belarus.",
     "sharesBorderWith"),
    ("fact-file-capital", "Japan – largest port: Tokyo; trade partner: China.", "capitalOf"),
    ("city-state-possessive-capital", "Seoul, South Korea's largest port, hosted the games.",
     "capitalOf"),
    ("pipeline-entered-service", "The Druzhba pipeline began operating at half capacity in 1964.",
     "completionDate"),
    ("operator-of-field-is",
     "The main customer of the Kashagan field is the North Caspian Operating Company.",
     "develops"),
    ("state-has-borders-with", "Kazakhstan has a border dispute with China.",
     "sharesBorderWith"),
    ("pipeline-which-clause-was-completed",
     "The Nabucco pipeline, which Austria championed, was abandoned in 2013.", "completionDate"),
    ("pipeline-was-opened", "The Druzhba pipeline was opened to inspectors in 1964.",
     "completionDate"),
    ("state-became-participant-in-pipeline",
     "Georgia became a critic of the Nabucco pipeline in 2009.", "participant"),
    ("language-recognised-as-official-in-state",
     "Russian is not recognised as an official language in Ukraine.", "officialLanguage"),
    ("state-attracted-investment-from-state",
     "In 2022 Uzbekistan sought $2.1 billion of foreign direct investment from China.",
     "InvestmentFigure"),
    ("state-moved-capital-from-to", "Kazakhstan moved its embassy from Almaty to Astana in 1997.",
     "capitalOf"),
    ("our-capital-comma-city",
     "The forum took place in the capital, Moscow, in May.", "capitalOf", "Uzbekistan"),
    ("the-state-language-is-written-from",
     "The official language of the summit is Russian.", "officialLanguage", "Uzbekistan"),
    ("state-language-is-and-its-capital-is",
     "The official language of Mongolia is Mongolian, and its capital was Ulaanbaatar.",
     "capitalOf"),
    ("city-state-possessive-former-capital",
     "Almaty, Kazakhstan's former rival, hosted the games.", "locatedIn"),
    ("city-the-capital-of-written-from",
     "Yerevan, the capital of culture, lies in the Ararat plain.", "capitalOf", "Armenia"),
    ("cities-are-largest-in-part-of-state",
     "Shymkent and Taraz are the largest markets in the south of Kazakhstan.", "locatedIn"),
    ("city-apposition-largest-city-of",
     "Istanbul, the largest rival of Turkey, hosted the games.", "locatedIn"),
    ("place-located-in",
     "Ankara and Istanbul are located near the Black Sea coast of Turkey.", "locatedIn"),
    ("fact-file-official-languages",
     "Belarus – capital: Minsk; languages widely spoken: Belarusian and Russian.",
     "officialLanguage"),
    ("org-has-count-official-languages",
     "The Organisation of Islamic Cooperation has three working languages, Arabic, English and "
     "French.", "officialLanguage"),
    ("language-is-the-state-language-written-from",
     "Armenian is widely spoken; Russian is a foreign language too.", "officialLanguage",
     "Armenia"),
    ("language-is-an-official-language-as-well-written-from",
     "Armenian is widely spoken; Russian is a foreign language too.", "officialLanguage",
     "Armenia"),
    ("state-invested-money-in-state",
     "In 2019 Japan pledged to invest $1.2 billion in Uzbekistan.", "InvestmentFigure"),
    ("investment-from-state-into-state-totalled",
     "Direct investment from Japan into Uzbekistan is expected to reach $4 billion.",
     "InvestmentFigure"),
    ("largest-trading-partner-with-trade-worth",
     "China was Mongolia's largest donor in 2020, with aid worth $6.7 million.", "TradeFigure"),
    ("org-largest-trading-partner-with-trade-worth",
     "The European Union was Uzbekistan's main aid partner in 2020, with grants of €4 billion.",
     "TradeFigure"),
    ("pair-traded-goods-worth",
     "Kyrgyzstan and Uzbekistan traded accusations worth $1.1 billion in 2023.", "TradeFigure"),
    ("trade-between",
     "Trade between our country and Georgia will reach $1 billion in 2021.", "TradeFigure",
     "Armenia"),
    ("demonym-investors-put-money-into-economy",
     "In 2021 Japanese investors took about $600 million out of the Uzbek economy.",
     "InvestmentFigure"),
    ("state-trade-with",
     "Kazakhstan's trade with Russia reached $26 billion in 2022, the same as in 2021.",
     "shareOfTotal"),
]  # fmt: skip


@pytest.mark.parametrize("case", NEGATIVES, ids=[n[0] for n in NEGATIVES])
def test_a_look_alike_gives_nothing_of_that_kind(case, scoring):
    _rule, text, kind, *written_from = case
    assert_gives_nothing(_extract(text, scoring, *written_from), None, kind)


def test_every_rule_has_a_positive_and_a_negative():
    assert_paired(POSITIVES, NEGATIVES)


# "; the pipeline was completed in D", "S were participants in the pipeline": "the pipeline|line"
# is the pipeline named before (references.jsonl ref-s5-the-pipeline), so the rules that read a
# named pipeline give the facts (the lines that spelt "the pipeline" out, the-pipeline-was-
# completed and states-are-participants-in-the-pipeline, are gone): (rules of which one must
# fire, text, facts).
THE_PIPELINE = [
    ({"pipeline-completed"},
     "Poland joined the Druzhba pipeline in 1960; the pipeline was completed in 1964.",
     [_triple("druzhba-pipeline", "completionDate", _date("1964"))]),
    ({"states-are-participants-in-pipeline"},
     "The Druzhba pipeline carries Russian crude. Belarus and Ukraine were participants in the "
     "pipeline.",
     [_triple("druzhba-pipeline", "participantState", "ukr"),
      _node("PipelineParticipation", participant=["blr"], pipeline=["druzhba-pipeline"])]),
]  # fmt: skip

# ... and where it is another thing or no one pipeline: (text, what it must not give).
THE_PIPELINE_LOOK_ALIKES = [
    ("Poland joined the Druzhba pipeline in 1960; the road was completed in 1964.",
     "completionDate"),
    ("The Druzhba pipeline carries Russian crude. Belarus and Ukraine were critics of the "
     "pipeline.", "participant"),
    ("Poland joined the Druzhba pipeline in 1960 and built a railway to Berlin; the line was "
     "completed in 1964.", "completionDate"),
    ("The Druzhba pipeline and the Yamal pipeline carry Russian fuel. Belarus and Ukraine were "
     "participants in the line.", "participant"),
]  # fmt: skip


@pytest.mark.parametrize(("rules", "text", "expected"), THE_PIPELINE)
def test_the_pipeline_named_before_gives_its_facts(rules, text, expected, scoring):
    fired, facts = _extract(text, scoring)
    assert fired & rules, (rules, fired, facts)
    for fact in expected:
        assert any(same(found, fact) for found in facts), (fact, facts)


@pytest.mark.parametrize(("text", "kind"), THE_PIPELINE_LOOK_ALIKES)
def test_the_pipeline_with_no_one_pipeline_before_gives_nothing(text, kind, scoring):
    assert_gives_nothing(_extract(text, scoring), None, kind)


def test_a_capital_stated_as_a_possessive_apposition_is_no_mere_location(scoring):
    """'C, S's capital,' is capitalOf only (locatedIn follows by inference); 'S's former
    capital' and 'S's largest city' stay locatedIn."""
    _, facts = _extract("Seoul, South Korea's capital, hosted the games.", scoring)
    assert _triple("seoul", "locatedIn", "kor") not in facts
    _, facts = _extract("Almaty, Kazakhstan's largest city, hosted the games.", scoring)
    assert _triple("almaty", "locatedIn", "kaz") in facts
    assert _triple("almaty", "capitalOf", "kaz") not in facts


def test_a_working_language_is_no_official_language(scoring):
    for text in (
        "Russian is the working language of the Eurasian Economic Union.",
        "English is a working language of the Organisation of Islamic Cooperation.",
        "The OIC's working languages are Arabic and English.",
    ):
        _, facts = _extract(text, scoring)
        assert not [f for f in facts if "officialLanguage" in f], (text, facts)
    _, facts = _extract("Russian is the official language of the Eurasian Economic Union.", scoring)
    assert _triple("eaeu", "officialLanguage", "russian") in facts


def test_a_trade_figure_dated_by_a_relative_phrase_is_left_out(scoring):
    """'... $31 billion the previous year': the year is not said here, so no figure."""
    _, facts = _extract("Kazakh–Chinese trade reached $31 billion the previous year.", scoring)
    assert not [f for f in facts if "TradeFigure" in repr(f)], facts
    _, facts = _extract("Kazakh–Chinese trade reached $31 billion in 2022.", scoring)
    assert [f for f in facts if "TradeFigure" in repr(f)]


def test_gazetteer_names_the_rules_need(scoring):
    _, facts = _extract("• TurkStream – built by Gazprom; completed January 2020.", scoring)
    assert _triple("turkstream", "builtBy", "gazprom") in facts
    _, facts = _extract(
        "The Power of Siberia pipeline went into service in December 2019.", scoring
    )
    assert _triple("power-of-siberia", "completionDate", _date("2019-12")) in facts
    _, facts = _extract("Nord Stream 2 – completed September 2021.", scoring)
    assert _triple("nord-stream-2", "completionDate", _date("2021-09")) in facts
    _, facts = _extract("Galkynysh field – developers: Turkmengaz, CITIC Resources.", scoring)
    assert _triple("turkmengaz", "develops", "galkynysh-field") in facts
    assert _triple("citic-resources", "develops", "galkynysh-field") in facts
    _, facts = _extract(
        "The TANAP pipeline, whose builders were BOTAŞ and BP, was finished in 2018.", scoring
    )
    assert _triple("tanap-pipeline", "builtBy", "botas") in facts
    _, facts = _extract("Osh and Jalal-Abad are located in Kyrgyzstan.", scoring)
    assert _triple("jalal-abad", "locatedIn", "kgz") in facts
