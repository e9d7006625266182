"""Geography and economy constructions of session 4 (borders, capitals, places, languages,
pipelines, fields, trade and investment figures): each rule of the E-s4 block of
data/relations.jsonl with a sentence in other wording and with other entities than the text that
suggested it, and a look-alike that must give nothing of that kind."""

from __future__ import annotations

from functools import partial

import pytest
from fact_cases import assert_gives, assert_gives_nothing, assert_paired, extract
from fact_cases import date as _date
from fact_cases import dec as _dec
from fact_cases import node as _node
from fact_cases import triple as _triple
from fact_cases import usd as _usd

_extract = partial(extract, stem="geo-economy-s4-test")
_BORDER = frozenset(["kz:sharesBorderWith"])


def _border(a: str, b: str, km: str | None = None, mi: str | None = None) -> list:
    props = {"borderState": sorted([a, b])}
    if km:
        props["lengthKm"] = _dec(km)
    if mi:
        props["lengthMi"] = _dec(mi)
    return [_triple(a, "sharesBorderWith", b), _node("Border", **props)]


# (rule, sentence, facts it must give, the document's own state or None)
POSITIVES = [
    ("possessive-longest-border-is-with",
     "Mongolia's longest land border in Asia is with Russia (3,543 km).",
     _border("mng", "rus", "3543"), None),
    ("longest-border-followed-by-those-with",
     "Poland's longest frontier is with Germany, followed by those with the Czech Republic "
     "(796 km) and Slovakia.",
     [_triple("pol", "sharesBorderWith", "cze"), _node("Border", borderState=["cze", "pol"],
                                                       lengthKm=_dec("796"))], None),
    ("longest-border-followed-by-later",
     "Iran's longest border is with Iraq (1,599 km), followed by those with Turkmenistan "
     "(1,148 km), Afghanistan (921 km) and Pakistan (959 km).",
     _border("irn", "pak", "959") + _border("irn", "afg", "921"), None),
    ("possessive-only-border-is-the-length",
     "Portugal's only land border is the 1,214 km frontier with Spain.",
     _border("prt", "esp", "1214"), None),
    ("borders-bracket-compass-list",
     "Afghanistan borders Pakistan (2,670 km) to the east and south, Iran (921 km) to the west, "
     "Turkmenistan (804 km) to the north-west and Tajikistan (1,357 km) to the north.",
     _border("afg", "tjk", "1357") + _border("afg", "tkm", "804"), None),
    ("bordered-by-bracket-compass-list",
     "Tajikistan is bordered by Uzbekistan (1,312 km) to the west, Kyrgyzstan (984 km) to the "
     "north, China (477 km) to the east and Afghanistan (1,357 km) to the south.",
     _border("tjk", "afg", "1357") + _border("tjk", "chn", "477"), None),
    ("borders-bracket-length-list",
     "Kazakhstan borders Russia (7,644 km), China (1,765 km), Kyrgyzstan (1,212 km), "
     "Uzbekistan (2,330 km) and Turkmenistan (413 km).",
     _border("kaz", "uzb", "2330") + _border("kaz", "tkm", "413"), None),
    ("has-borders-with-bracket-length",
     "Georgia has borders with Russia (894 km) and Turkey (273 km).",
     _border("geo", "rus", "894"), None),
    ("has-borders-with-bracket-length-list",
     "Armenia shares borders with Georgia (219 km), Azerbaijan (996 km), Iran (44 km) and "
     "Turkey (311 km).",
     _border("arm", "irn", "44") + _border("arm", "tur", "311"), None),
    ("region-in-compass-of-state",
     "Oil from the fields is sent by rail to Siberia in northern Russia.",
     [_triple("siberia", "locatedIn", "rus")], None),
    ("state-whose-official-languages-are",
     "Belarus, whose official languages are Belarusian and Russian, joined the union in 2015.",
     [_triple("blr", "officialLanguage", "belarusian"),
      _triple("blr", "officialLanguage", "russian")], None),
    ("official-languages-of-government-of-state",
     "The official language of the federal government of Pakistan is Urdu.",
     [_triple("pak", "officialLanguage", "urdu")], None),
    ("pipeline-apposition-built-jointly-by",
     "The Power of Siberia, built jointly by Gazprom and Rosneft, was completed in December 2019.",
     [_triple("power-of-siberia", "builtBy", "gazprom"),
      _triple("power-of-siberia", "builtBy", "rosneft"),
      _triple("power-of-siberia", "completionDate", _date("2019-12"))], None),
    ("pipeline-aside-was-built-by",
     "The Baku–Tbilisi–Ceyhan pipeline, 1,768 km long, was built by BP and completed in 2005.",
     [_triple("btc-pipeline", "builtBy", "bp"),
      _triple("btc-pipeline", "completionDate", _date("2005"))], None),
    ("field-aside-has-been-developed-by",
     "The Kumkol oil field, in the Kyzylorda steppe, has been developed since 1990 by "
     "PetroKazakhstan.",
     [_triple("petrokazakhstan", "develops", "kumkol-oil-field"),
      _node("FieldDevelopment", developer=["petrokazakhstan"], field=["kumkol-oil-field"],
            startDate=[_date("1990")])], None),
    ("companies-have-developed-field-together-with",
     "Eni has developed the Kashagan field since 2001 together with Shell and Inpex.",
     [_triple("inpex", "develops", "kashagan-oil-field"),
      _node("FieldDevelopment", developer=["shell"], field=["kashagan-oil-field"],
            startDate=[_date("2001")])], None),
    ("company-became-partner-in-field-development",
     "The Tengiz oil field lies on the Caspian shore, and Lukoil became a partner in the field's "
     "development in 1997.",
     [_node("FieldDevelopment", developer=["lukoil"], field=["tengiz-oil-field"],
            startDate=[_date("1997")])], None),
    ("company-became-partner-in-development-of-field",
     "In 2008 Inpex became a partner in the development of the Kashagan field.",
     [_triple("inpex", "develops", "kashagan-oil-field")], None),
    ("fronted-year-mutual-trade-amounted",
     "Kyrgyzstan remains a key partner of Tajikistan: in 2019 mutual trade amounted to "
     "$53 million.",
     [_node("TradeFigure", tradeParty=["kgz", "tjk"], **_usd("53000000"),
            year=[_date("2019")])], None),
    ("pair-trade-which-reached",
     "Georgia and Armenia also discussed bilateral trade, which totalled $1.1 billion in 2022.",
     [_node("TradeFigure", tradeParty=["arm", "geo"], **_usd("1100000000"),
            year=[_date("2022")])], None),
    ("the-two-leaders-discussed-trade-which-reached",
     "Turkish President Erdogan received Azerbaijani President Aliyev in Ankara. The two "
     "presidents discussed trade, which reached $7 billion in 2023, and energy projects in Turkey.",
     [_node("TradeFigure", tradeParty=["aze", "tur"], **_usd("7000000000"),
            year=[_date("2023")])], None),
    ("largest-market-with-trade-of",
     "Germany has been Poland's largest export market for three decades, with trade of "
     "$180 billion in 2022.",
     [_node("TradeFigure", tradeParty=["deu", "pol"], **_usd("180000000000"),
            year=[_date("2022")])], None),
    ("state-investment-since-totals",
     "Japanese investment in Uzbekistan since 1995 has reached $3 billion.",
     [_node("InvestmentFigure", fromParty=["jpn"], toParty=["uzb"], **_usd("3000000000"))],
     None),
    ("language-has-official-status-in",
     "Russian enjoys official status in Belarus.",
     [_triple("blr", "officialLanguage", "russian")], None),
    ("state-language-and-language-has-official-status",
     "Kyrgyz is the state language of Kyrgyzstan, and Russian has official status as well.",
     [_triple("kgz", "officialLanguage", "kyrgyz"), _triple("kgz", "officialLanguage", "russian")],
     None),
    ("and-trade-with-state-reached",
     "Uzbekistan opened an embassy in Baku in 1996, and trade with Azerbaijan reached $300 million "
     "in 2021.",
     [_node("TradeFigure", tradeParty=["aze", "uzb"], **_usd("300000000"), year=[_date("2021")])],
     None),
    ("pair-possessive-trade-reached",
     "In 2020, Armenia and Georgia's trade stood at $1.2 billion.",
     [_node("TradeFigure", tradeParty=["arm", "geo"], **_usd("1200000000"),
            year=[_date("2020")])], None),
    ("company-develops-field-in-sector-jointly-with",
     "Eni develops the Kashagan field in the northern part of the Caspian Sea jointly with Inpex.",
     [_triple("inpex", "develops", "kashagan-oil-field"),
      _triple("eni", "develops", "kashagan-oil-field")], None),
    ("state-joined-the-project-of-pipeline",
     "The Trans-Caspian Gas Pipeline would carry Turkmen gas to Azerbaijan. Turkey joined the "
     "project in 2011.",
     [_triple("trans-caspian-gas-pipeline", "participantState", "tur"),
      _node("PipelineParticipation", pipeline=["trans-caspian-gas-pipeline"], participant=["tur"],
            startDate=[_date("2011")])], None),
    ("state-possessive-capital-city",
     "Mongolia's capital city, Ulaanbaatar, lies on the Tuul river.",
     [_triple("ulaanbaatar", "capitalOf", "mng")], None),
    ("city-is-the-capital-city-of",
     "Tbilisi is the capital city of Georgia.",
     [_triple("tbilisi", "capitalOf", "geo")], None),
    ("city-apposition-capital-city-of",
     "Delegates met in Yerevan, the capital city of Armenia, on Monday.",
     [_triple("yerevan", "capitalOf", "arm")], None),
    ("city-which-is-the-capital-of",
     "Baku, which is the capital of Azerbaijan, lies on the Caspian shore.",
     [_triple("baku", "capitalOf", "aze")], None),
    ("possessive-neighbours-are",
     "Mongolia's neighbours are Russia and China.",
     _border("mng", "rus") + _border("mng", "chn"), None),
    ("state-is-a-neighbour-of",
     "Belarus is a direct neighbour of Poland.",
     _border("blr", "pol"), None),
    ("possessive-accumulated-investment-in",
     "China's accumulated investment in Tajikistan has reached $3 billion.",
     [_node("InvestmentFigure", fromParty=["chn"], toParty=["tjk"], **_usd("3000000000"))], None),
    ("border-between-runs-for",
     "The border between Georgia and Azerbaijan runs for 428 km.",
     _border("aze", "geo", "428"), None),
    ("city-is-states-capital",
     "Dushanbe is Tajikistan's capital and largest city.",
     [_triple("dushanbe", "capitalOf", "tjk")], None),
    ("city-replaced-as-states-capital",
     "Ankara replaced Istanbul as Turkey's capital in 1923.",
     [_triple("ankara", "capitalOf", "tur")], None),
    ("city-replaced-as-capital-of",
     "Almaty replaced Kyzylorda as capital of Kazakhstan in 1929.",
     [_triple("almaty", "capitalOf", "kaz")], None),
    ("pipeline-built-in-date-by",
     "The Baku–Tbilisi–Ceyhan pipeline was built in 2005 by BP and SOCAR.",
     [_triple("btc-pipeline", "builtBy", "socar"),
      _triple("btc-pipeline", "completionDate", _date("2005"))], None),
    ("pipeline-put-into-operation",
     "The Atyrau–Samara pipeline was put into commercial operation in 1971.",
     [_triple("atyrau-samara-pipeline", "completionDate", _date("1971"))], None),
    ("states-are-transit-countries-of-pipeline",
     "Belarus and Poland are transit countries of the Druzhba pipeline.",
     [_triple("druzhba-pipeline", "participantState", "blr"),
      _node("PipelineParticipation", pipeline=["druzhba-pipeline"], participant=["pol"])], None),
    ("largest-investor-with-money-invested",
     "Japan is the largest investor in Mongolia, with $5 billion invested since 1995.",
     [_node("InvestmentFigure", fromParty=["jpn"], toParty=["mng"], **_usd("5000000000"))], None),
    ("largest-investor-with-investments-of",
     "Turkey has been the second-largest investor in Azerbaijan, with investments of $12 billion.",
     [_node("InvestmentFigure", fromParty=["tur"], toParty=["aze"], **_usd("12000000000"))],
     None),
    ("largest-investor-with-money-in-investment",
     "Russia remains the main foreign investor in Armenia, with $4 billion in direct investment.",
     [_node("InvestmentFigure", fromParty=["rus"], toParty=["arm"], **_usd("4000000000"))], None),
    ("state-trade-with-in-year-amounted",
     "Georgia's trade with Turkey in 2021 amounted to $2.1 billion.",
     [_node("TradeFigure", tradeParty=["geo", "tur"], **_usd("2100000000"),
            year=[_date("2021")])], None),
    ("trade-between-pair-in-year-amounted",
     "Trade turnover between Armenia and Iran in 2020 was USD 300 million.",
     [_node("TradeFigure", tradeParty=["arm", "irn"], **_usd("300000000"),
            year=[_date("2020")])], None),
    ("the-capital-of-state-comma-city",
     "The capital of Mongolia, Ulaanbaatar, hosted the talks.",
     [_triple("ulaanbaatar", "capitalOf", "mng")], None),
    ("state-capital-was-moved-from-to",
     "Turkey's capital was moved from Istanbul to Ankara in 1923.",
     [_triple("ankara", "capitalOf", "tur")], None),
    ("city-apposition-demonym-town",
     "Khorgos, a Chinese border town, is a dry port.",
     [_triple("khorgos", "locatedIn", "chn")], None),
    ("language-is-the-sole-official-of-in-state",
     "Turkmen is the sole official language in Turkmenistan.",
     [_triple("tkm", "officialLanguage", "turkmen")], None),
    ("in-state-languages-are-official",
     "In Belarus, Russian is also an official language.",
     [_triple("blr", "officialLanguage", "russian")], None),
    ("development-of-field-is-led-by",
     "The development of the Kumkol oil field is carried out by PetroKazakhstan.",
     [_triple("petrokazakhstan", "develops", "kumkol-oil-field")], None),
    ("fronted-borders-compass-later",
     "A landlocked state, Mongolia borders Russia to the north and China to the south, east and "
     "west.",
     _border("mng", "chn"), None),
    ("bordered-by-in-the-compass-later",
     "Afghanistan is bordered by Iran in the west, Pakistan in the east and south, and "
     "Turkmenistan, Uzbekistan and Tajikistan in the north.",
     _border("afg", "pak") + _border("afg", "uzb"), None),
    ("construction-of-pipeline-began-and-completed",
     "Construction of the Baku–Tbilisi–Ceyhan pipeline started in 2003 and was finished in 2005.",
     [_triple("btc-pipeline", "completionDate", _date("2005"))], None),
    ("pipeline-whose-construction-completed",
     "The Power of Siberia, whose construction was completed in 2019, runs to China.",
     [_triple("power-of-siberia", "completionDate", _date("2019"))], None),
    ("pipeline-possessive-construction-completed",
     "TurkStream's construction was completed in November 2019.",
     [_triple("turkstream", "completionDate", _date("2019-11"))], None),
    ("state-uses-languages-as-official",
     "Belarus uses Belarusian and Russian as its official languages.",
     [_triple("blr", "officialLanguage", "belarusian"),
      _triple("blr", "officialLanguage", "russian")], None),
    ("language-apposition-official-of-state",
     "Armenian, the official language of Armenia, has its own alphabet.",
     [_triple("arm", "officialLanguage", "armenian")], None),
    ("city-states-capital-since",
     "Ankara, Turkey's capital since 1923, hosted the talks.",
     [_triple("ankara", "capitalOf", "tur")], None),
    ("state-invested-a-total-of",
     "Japan has invested a total of $8 billion in Uzbekistan.",
     [_node("InvestmentFigure", fromParty=["jpn"], toParty=["uzb"], **_usd("8000000000"))], None),
    ("investment-from-state-to-state-reached",
     "FDI from Turkey to Georgia reached $1.5 billion in 2021.",
     [_node("InvestmentFigure", fromParty=["tur"], toParty=["geo"], **_usd("1500000000"),
            year=[_date("2021")])], None),
    ("there-are-joint-ventures-between",
     "There are now 120 joint enterprises between Uzbekistan and Turkey.",
     [_node("CountFigure", countedIn=["tur", "uzb"], countOf=[("joint enterprises", "xsd:string")],
            count=[("120", "xsd:integer")])], None),
    ("org-apposition-with-member-states",
     "The CSTO, with six member states, holds drills every year.",
     [_node("CountFigure", countedIn=["csto"], countOf=[("member states", "xsd:string")],
            count=[("6", "xsd:integer")])], None),
    ("org-apposition-with-members",
     "The SCO, with ten members, is the largest regional organisation.",
     [_node("CountFigure", countedIn=["shanghai-cooperation-organisation"],
            countOf=[("members", "xsd:string")], count=[("10", "xsd:integer")])], None),
    ("trade-between-up-from",
     "Trade between Georgia and Armenia grew to $1.1 billion in 2022, up from $700 million in "
     "2021.",
     [_node("TradeFigure", tradeParty=["arm", "geo"], **_usd("700000000"),
            year=[_date("2021")])], None),
    ("state-trade-with-up-from",
     "Mongolia's trade with China fell to $9 billion in 2020, down from $10 billion in 2019.",
     [_node("TradeFigure", tradeParty=["chn", "mng"], **_usd("10000000000"),
            year=[_date("2019")])], None),
    ("state-attracted-money-of-demonym-investment",
     "In 2021 Uzbekistan attracted $2 billion of Turkish investment.",
     [_node("InvestmentFigure", fromParty=["tur"], toParty=["uzb"], **_usd("2000000000"),
            year=[_date("2021")])], None),
    ("state-is-a-country-bordering",
     "Mongolia is a sparsely populated country in East Asia, bordering Russia and China.",
     _border("mng", "rus") + _border("mng", "chn"), None),
    ("fronted-bordering-state",
     "Bordering Iran to the south, Turkmenistan exports gas.",
     _border("tkm", "irn"), None),
    ("state-comma-bordering",
     "Armenia, bordering Georgia and Iran, is landlocked.",
     _border("arm", "geo") + _border("arm", "irn"), None),
    ("state-shares-its-longest-border-with",
     "Mongolia shares its longest border with China (4,630 km).",
     _border("mng", "chn", "4630"), None),
    ("possessive-largest-partner-is-with-trade-of",
     "Uzbekistan's main trading partner is Russia, with turnover of $9.8 billion in 2023.",
     [_node("TradeFigure", tradeParty=["rus", "uzb"], **_usd("9800000000"),
            year=[_date("2023")])], None),
    ("largest-partner-in-year-bracket-money",
     "Turkey was Azerbaijan's second-largest trading partner in 2021 ($4.5 billion).",
     [_node("TradeFigure", tradeParty=["aze", "tur"], **_usd("4500000000"),
            year=[_date("2021")])], None),
    ("fronted-developed-by-since-field",
     "Operated by PetroKazakhstan since 1996, the Kumkol oil field lies in the steppe.",
     [_node("FieldDevelopment", developer=["petrokazakhstan"], field=["kumkol-oil-field"],
            startDate=[_date("1996")])], None),
    ("state-language-is-while-other-has-official-status",
     "Kyrgyzstan's state language is Kyrgyz, and Russian has official status.",
     [_triple("kgz", "officialLanguage", "kyrgyz"), _triple("kgz", "officialLanguage", "russian")],
     None),
    ("state-is-bounded-by",
     "Tajikistan is bounded by Uzbekistan, Kyrgyzstan, China and Afghanistan.",
     _border("tjk", "chn") + _border("tjk", "afg"), None),
]  # fmt: skip


@pytest.mark.parametrize(("rule", "text", "expected", "written_from"), POSITIVES,
                         ids=[p[0] for p in POSITIVES])  # fmt: skip
def test_a_construction_in_other_wording_gives_its_facts(
    rule, text, expected, written_from, scoring
):
    assert_gives(_extract(text, scoring, written_from), rule, expected, symmetric=_BORDER)


# (rule, a look-alike sentence, the property, node class or entity it must not give, own state)
NEGATIVES = [
    ("possessive-longest-border-is-with",
     "Mongolia's longest border dispute is with Russia.", "sharesBorderWith", None),
    ("longest-border-followed-by-those-with",
     "Poland's longest river is the Vistula, followed by those with Germany and Slovakia.",
     "sharesBorderWith", None),
    ("longest-border-followed-by-later",
     "Iran's longest border is with Iraq (1,599 km), followed by those with Turkmenistan "
     "(1,148 km), and Pakistan (959 km) borders India.", "['irn', 'pak']", None),
    ("possessive-only-border-is-the-length",
     "Portugal's only land border is closed to the 1,214 trucks from Spain.",
     "sharesBorderWith", None),
    ("borders-bracket-compass-list",
     "Mongolia borders Russia (3,543 km) to the north, which trades with China (4,630 km of "
     "railway) in the south.", "'chn'", None),
    ("bordered-by-bracket-compass-list",
     "Tajikistan is bordered by Uzbekistan (1,312 km) to the west; the road to China (477 km) "
     "runs to the east.", "'chn'", None),
    ("borders-bracket-length-list",
     "Kazakhstan borders Russia (7,644 km), China (1,765 km), Kyrgyzstan (1,212 km), and "
     "Mongolia (4,630 km) borders China.", "['kaz', 'mng']", None),
    ("has-borders-with-bracket-length",
     "Georgia has trade links with Russia (894 km away).", "sharesBorderWith", None),
    ("has-borders-with-bracket-length-list",
     "Armenia shares borders with Georgia (219 km), and Iran (44 km) shares its own with Iraq.",
     "'irn'", None),
    ("region-in-compass-of-state",
     "Flights from Siberia in northern Russia were cancelled.", "locatedIn", None),
    ("state-whose-official-languages-are",
     "Belarus, whose most widely spoken languages are Belarusian and Russian, joined the union.",
     "officialLanguage", None),
    ("official-languages-of-government-of-state",
     "The working languages of the federal government of Pakistan are Urdu and English.",
     "officialLanguage", None),
    ("pipeline-apposition-built-jointly-by",
     "The Power of Siberia, planned jointly by Gazprom and Rosneft, was discussed in December "
     "2019.",
     "builtBy", None),
    ("pipeline-aside-was-built-by",
     "The Baku–Tbilisi–Ceyhan pipeline, 1,768 km long, was criticised by BP in 2005.", "builtBy",
     None),
    ("field-aside-has-been-developed-by",
     "The Kumkol oil field, in the Kyzylorda steppe, has been studied since 1990 by "
     "PetroKazakhstan.", "develops", None),
    ("companies-have-developed-field-together-with",
     "Eni has developed the Kashagan field since 2001 together with Shell and Inpex, and "
     "Lukoil bought a stake in 2020.", "'lukoil'", None),
    ("company-became-partner-in-field-development",
     "The Tengiz oil field lies on the Caspian shore. A new field was found nearby, and Lukoil "
     "became a partner in the field's development in 2012.", "develops", None),
    ("company-became-partner-in-development-of-field",
     "In 2008 Inpex became a critic of the development of the Kashagan field.", "develops", None),
    ("fronted-year-mutual-trade-amounted",
     "Kyrgyzstan remains a key partner of Tajikistan: in 2019 mutual visits amounted to 53.",
     "TradeFigure", None),
    ("pair-trade-which-reached",
     "Georgia and Armenia also discussed a trade target, which would reach $1.1 billion by 2030.",
     "TradeFigure", None),
    ("the-two-leaders-discussed-trade-which-reached",
     "Turkish President Erdogan received Azerbaijani President Aliyev in Ankara. The two "
     "presidents discussed trade, which they hope will reach $15 billion.", "TradeFigure", None),
    ("largest-market-with-trade-of",
     "Germany has been Poland's largest export market, while France, with trade of $80 billion "
     "in 2022, comes second.", "'deu'", None),
    ("state-investment-since-totals",
     "Japanese investment since 1995 has reached $3 billion.", "InvestmentFigure", None),
    ("language-has-official-status-in",
     "Russian has no official status in Estonia.", "officialLanguage", None),
    ("state-language-and-language-has-official-status",
     "Kyrgyz is the state language of Kyrgyzstan, and Russian has lost official status in the "
     "courts.", "'russian'", None),
    ("and-trade-with-state-reached",
     "Uzbekistan and Turkey opened a joint bank, and trade with Azerbaijan reached $300 million in "
     "2021.", "TradeFigure", None),
    ("pair-possessive-trade-reached",
     "Armenia and Georgia's trade target of $1.2 billion was missed.", "TradeFigure", None),
    ("company-develops-field-in-sector-jointly-with",
     "Eni develops the Kashagan field in the northern part of the Caspian Sea, and Inpex works "
     "jointly with Shell.", "'inpex'", None),
    ("state-joined-the-project-of-pipeline",
     "The Kashagan oil field lies offshore, and Turkmen gas goes to China through the Central "
     "Asia–China gas pipeline. Turkey joined the project in 2011.", "participantState", None),
    ("state-possessive-capital-city",
     "Mongolia's former capital city, Karakorum, lies in ruins.", "capitalOf", None),
    ("city-is-the-capital-city-of",
     "Almaty is the largest city of Kazakhstan.", "capitalOf", None),
    ("city-apposition-capital-city-of",
     "Delegates met in Gyumri, the second city of Armenia, on Monday.", "capitalOf", None),
    ("city-which-is-the-capital-of",
     "Almaty, which was the capital of Kazakhstan until 1997, is its largest city.", "capitalOf",
     None),
    ("possessive-neighbours-are",
     "Mongolia's neighbours are wary of China.", "sharesBorderWith", None),
    ("state-is-a-neighbour-of",
     "Belarus is a neighbour of Poland's ally Lithuania.", "['blr', 'pol']", None),
    ("possessive-accumulated-investment-in",
     "China's accumulated debt claims on Tajikistan have reached $3 billion.", "InvestmentFigure",
     None),
    ("border-between-runs-for",
     "The railway between Georgia and Azerbaijan runs for 428 km.", "sharesBorderWith", None),
    ("city-is-states-capital",
     "Khujand is Tajikistan's capital of silk weaving.", "capitalOf", None),
    ("city-replaced-as-states-capital",
     "Istanbul replaced Ankara as Turkey's largest port.", "capitalOf", None),
    ("city-replaced-as-capital-of",
     "Almaty replaced Kyzylorda as host of the summit of Kazakhstan's partners.", "capitalOf",
     None),
    ("pipeline-built-in-date-by",
     "The Baku–Tbilisi–Ceyhan pipeline was attacked in 2008 by saboteurs.", "builtBy", None),
    ("pipeline-put-into-operation",
     "The Atyrau–Samara pipeline was put into repair in 1971.", "completionDate", None),
    ("states-are-transit-countries-of-pipeline",
     "Belarus and Poland are critics of the Druzhba pipeline.", "participantState", None),
    ("largest-investor-with-money-invested",
     "Japan is the largest donor in Mongolia, with $5 billion invested since 1995.",
     "InvestmentFigure", None),
    ("largest-investor-with-investments-of",
     "Turkey has been the second-largest investor in Azerbaijan, with a target of $12 billion.",
     "InvestmentFigure", None),
    ("largest-investor-with-money-in-investment",
     "Russia remains the main foreign investor in Armenia, with $4 billion in loans.",
     "InvestmentFigure", None),
    ("state-trade-with-in-year-amounted",
     "Georgia's trade with Turkey in 2021 is set to double to $2.1 billion.", "TradeFigure",
     None),
    ("trade-between-pair-in-year-amounted",
     "Trade turnover between Armenia and Iran in 2020 is expected to reach USD 300 million.",
     "TradeFigure", None),
    ("the-capital-of-state-comma-city",
     "The former capital of Mongolia, Karakorum, lies in ruins.", "capitalOf", None),
    ("state-capital-was-moved-from-to",
     "Turkey's capital was visited by delegates from Istanbul to Ankara.", "capitalOf", None),
    ("city-apposition-demonym-town",
     "Khorgos, a Chinese-built dry port, faces Kazakhstan.", "locatedIn", None),
    ("language-is-the-sole-official-of-in-state",
     "Turkmen is the sole language spoken in the village in Turkmenistan.", "officialLanguage",
     None),
    ("in-state-languages-are-official",
     "In Belarus, Russian is no longer an official language.", "officialLanguage", None),
    ("development-of-field-is-led-by",
     "The criticism of the Kumkol oil field is led by PetroKazakhstan.", "develops", None),
    ("fronted-borders-compass-later",
     "A landlocked state, Mongolia borders Russia to the north and trades with China to the "
     "south.", "['chn', 'mng']", None),
    ("bordered-by-in-the-compass-later",
     "Afghanistan is bordered by Iran in the west; Pakistan trades with India in the east.",
     "['afg', 'ind']", None),
    ("construction-of-pipeline-began-and-completed",
     "Construction of the Baku–Tbilisi–Ceyhan pipeline started in 2003 and was halted in 2004.",
     "completionDate", None),
    ("pipeline-whose-construction-completed",
     "The Power of Siberia, whose construction was delayed in 2019, runs to China.",
     "completionDate", None),
    ("pipeline-possessive-construction-completed",
     "TurkStream's construction was debated in November 2019.", "completionDate", None),
    ("state-uses-languages-as-official",
     "Belarus uses Russian as its main language of business.", "officialLanguage", None),
    ("language-apposition-official-of-state",
     "Armenian, the liturgical language of the Armenian Church, has its own alphabet.",
     "officialLanguage", None),
    ("city-states-capital-since",
     "Istanbul, Turkey's business capital since 1923, hosted the talks.", "capitalOf", None),
    ("state-invested-a-total-of",
     "Japan has pledged a total of $8 billion in Uzbekistan.", "InvestmentFigure", None),
    ("investment-from-state-to-state-reached",
     "FDI from Turkey to Georgia is expected to reach $1.5 billion in 2030.", "InvestmentFigure",
     None),
    ("there-are-joint-ventures-between",
     "There were 120 joint enterprises between Uzbekistan and Turkey in 2005.", "CountFigure",
     None),
    ("org-apposition-with-member-states",
     "The CSTO, with six member states at the time, held drills.", "CountFigure", None),
    ("org-apposition-with-members",
     "The SCO, with ten members by 2024, is the largest regional organisation.", "CountFigure",
     None),
    ("trade-between-up-from",
     "Trade between Georgia and Armenia grew to $1.1 billion in 2022, up from a target of $700 "
     "million set in 2021.", "'700000000'", None),
    ("state-trade-with-up-from",
     "Mongolia's trade with China fell to $9 billion in 2020, while Russia's rose to $10 billion "
     "in 2019.", "'10000000000'", None),
    ("state-attracted-money-of-demonym-investment",
     "In 2021 Uzbekistan sought $2 billion of Turkish investment.", "InvestmentFigure", None),
    ("state-is-a-country-bordering",
     "Mongolia signed a treaty with Japan, bordering on a full alliance with Russia.",
     "sharesBorderWith", None),
    ("fronted-bordering-state",
     "Bordering Iran, Turkmenistan's Akhal province grows cotton.", "sharesBorderWith", None),
    ("state-comma-bordering",
     "Armenia, bordering on bankruptcy in 1993 and aided by Russia, survived.",
     "sharesBorderWith", None),
    ("state-shares-its-longest-border-with",
     "Mongolia shares its longest railway with China (4,630 km).", "sharesBorderWith", None),
    ("possessive-largest-partner-is-with-trade-of",
     "Uzbekistan's main trading partner is Russia, with a turnover target of $9.8 billion.",
     "TradeFigure", None),
    ("largest-partner-in-year-bracket-money",
     "Turkey was Azerbaijan's second-largest trading partner in 2021 (Appendix 4).",
     "TradeFigure", None),
    ("fronted-developed-by-since-field",
     "Criticised by PetroKazakhstan since 1996, the Kumkol oil field lies in the steppe.",
     "develops", None),
    ("state-language-is-while-other-has-official-status",
     "Kyrgyzstan's state language is Kyrgyz, while Russian has no official status in the courts.",
     "'russian'", None),
    ("state-is-bounded-by",
     "Tajikistan is bounded by treaties with Uzbekistan and China.", "sharesBorderWith", None),
]  # fmt: skip


# Look-alikes whose list the rule rightly reads up to the item that opens a clause of its own
# ("..., and Mongolia (4,630 km) borders China"): only that item's fact is checked.
# "... together with Shell and Inpex, and Lukoil bought a stake": the rule gives Shell and Inpex
# (the list ends before ", and"), never Lukoil.
_FIRES_ON_THE_GENUINE_ITEMS = frozenset(
    ["borders-bracket-length-list", "companies-have-developed-field-together-with"]
)


@pytest.mark.parametrize(("rule", "text", "kind", "written_from"), NEGATIVES,
                         ids=[n[0] for n in NEGATIVES])  # fmt: skip
def test_a_look_alike_gives_nothing_of_that_kind(rule, text, kind, written_from, scoring):
    checked = None if rule in _FIRES_ON_THE_GENUINE_ITEMS else rule
    assert_gives_nothing(_extract(text, scoring, written_from), checked, kind)


def test_every_rule_of_the_block_has_a_positive_and_a_negative():
    assert_paired(POSITIVES, NEGATIVES)


# "The pipeline|line was completed ... built by ..." opening a sentence: "the pipeline|line" is the
# pipeline named before (references.jsonl ref-s5-the-pipeline), so the rules that read a named
# pipeline give the facts (the lines that spelt "the pipeline" out, the-pipeline-completed-and-
# built-by and the-pipeline-built-by-and-completed, are gone): (rules of which one must fire,
# text, facts).
THE_PIPELINE = [
    ({"pipeline-completed", "trigger:pipeline-built-by-company"},
     "TurkStream carries Russian gas to Turkey. The pipeline was completed in January 2020 and "
     "was built by Gazprom.",
     [_triple("turkstream", "completionDate", _date("2020-01")),
      _triple("turkstream", "builtBy", "gazprom")]),
    ({"pipeline-built-by"},
     "The Atyrau–Samara pipeline once carried most Kazakh crude bound for Europe. The line was "
     "built by KazTransOil and completed in 1970.",
     [_triple("atyrau-samara-pipeline", "builtBy", "kaztransoil"),
      _triple("atyrau-samara-pipeline", "completionDate", _date("1970"))]),
    ({"pipeline-built-by"},
     "Kazakh crude once flowed through the Atyrau–Samara pipeline. The line was built by "
     "KazTransOil and completed in 1970.",
     [_triple("atyrau-samara-pipeline", "builtBy", "kaztransoil"),
      _triple("atyrau-samara-pipeline", "completionDate", _date("1970"))]),
]  # fmt: skip

# ... and where "the pipeline|line" has no one pipeline to be: another one introduced between,
# two named before, a railway between: (text, what it must not give).
THE_PIPELINE_LOOK_ALIKES = [
    ("TurkStream carries Russian gas to Turkey. A second pipeline to Greece was proposed in 2021. "
     "The pipeline was completed in January 2030 and was built by Gazprom.", "builtBy"),
    ("Kazakh crude once flowed through the Atyrau–Samara pipeline and the Druzhba pipeline. The "
     "line was built by KazTransOil and completed in 1970.", "builtBy"),
    ("Kazakh crude once flowed through the Atyrau–Samara pipeline. A railway to Samara followed "
     "in 1975. The line was built by KazTransOil and completed in 1970.", "completionDate"),
]  # fmt: skip


@pytest.mark.parametrize(("rules", "text", "expected"), THE_PIPELINE)
def test_the_pipeline_opening_a_sentence_gives_the_named_pipelines_facts(
    rules, text, expected, scoring
):
    fired, facts = _extract(text, scoring, None)
    assert fired & rules, (rules, fired, facts)
    for fact in expected:
        assert fact in facts, (fact, facts)


@pytest.mark.parametrize(("text", "kind"), THE_PIPELINE_LOOK_ALIKES)
def test_the_pipeline_with_no_one_pipeline_before_gives_nothing(text, kind, scoring):
    assert_gives_nothing(_extract(text, scoring, None), None, kind)


def test_a_bracketed_list_gives_its_second_item_its_own_length(scoring):
    """The list rules read the item right after the first one too (its bracket closes the
    first item's length)."""
    _, facts = _extract(
        "Tajikistan shares borders with Afghanistan (1,357 km), Uzbekistan (1,312 km), "
        "Kyrgyzstan (984 km) and China (477 km).",
        scoring,
    )
    for state, km in [("afg", "1357"), ("uzb", "1312"), ("kgz", "984"), ("chn", "477")]:
        assert _node("Border", borderState=sorted(["tjk", state]), lengthKm=_dec(km)) in facts


def test_a_fact_file_of_another_state_is_not_the_documents_own(scoring):
    """A profile of another state in a text written from Kazakhstan names that state's capital
    and language, never Kazakhstan's."""
    _, facts = _extract(
        "Japan\nCapital: Tokyo. Official language: Japanese.", scoring, "Kazakhstan"
    )
    assert _triple("tokyo", "capitalOf", "kaz") not in facts
    assert _triple("kaz", "officialLanguage", "japanese") not in facts
