"""Unseen-text families of REC12A's relations (brief REC12A).

- "its" inside a sentence right before "[N] official language(s)" ("O has 57 member states, and
  its official languages are A, B and C") is the one organisation named before it in the
  sentence, else in the sentence before (references._its_alone, references.jsonl
  ref-rec12a-its-official-languages): a state or a person named beside it, a second
  organisation, or "working languages" give nothing.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples


def triples(text: str, written_from: str | None = None) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="rec12a", written_from=written_from)


def with_property(found: set, prop: str) -> set[tuple[str, str, str]]:
    return {t for t in found if t[1] == prop}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Council of Europe has 46 member states, and its official languages are"
            " English and French.",
            {
                ("council-of-europe", "officialLanguage", "english"),
                ("council-of-europe", "officialLanguage", "french"),
            },
        ),
        (
            "The African Union, founded in Addis Ababa, counts 55 members, and its four official"
            " languages include Arabic, English and Portuguese.",
            {
                ("african-union", "officialLanguage", "arabic"),
                ("african-union", "officialLanguage", "english"),
                ("african-union", "officialLanguage", "portuguese"),
            },
        ),
        (
            "The OSCE has its secretariat in Vienna; its official languages are English,"
            " French, German, Italian, Russian and Spanish.",
            {
                ("osce", "officialLanguage", lang)
                for lang in ("english", "french", "german", "italian", "russian", "spanish")
            },
        ),
        (
            "The CIS was set up in 1991. Today it has nine members, and its official language is"
            " Russian.",
            {("cis", "officialLanguage", "russian")},
        ),
    ],
)
def test_its_official_languages_is_the_organisation_named_alone(text, expected):
    assert with_property(triples(text), "officialLanguage") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a state named beside the organisation: "its" may be the state's
        "Kazakhstan joined the OSCE in 1992, and its official languages are Kazakh and Russian.",
        "Mongolia became a member of the OSCE in 2012; its official language is Mongolian.",
        # a person named beside it
        "Secretary General Feridun Sinirlioglu led the OSCE until 2024, and its official"
        " languages are English and French.",
        # two organisations: which one's, unknown
        "The CIS and the CSTO met in Minsk, and its official languages are Russian and English.",
        # working languages are no official status
        "The CIS has nine members, and its working languages are Russian and English.",
    ],
)
def test_its_official_languages_look_alikes_give_nothing(text):
    assert with_property(triples(text), "officialLanguage") == set()


# "our [first|current|former] President" is the document's own state (written_from)


@pytest.mark.parametrize(
    ("text", "written_from", "expected"),
    [
        (
            "Our President, Shavkat Mirziyoyev, opened the forum in Samarkand.",
            "Uzbekistan",
            ("shavkat-mirziyoyev", "headOfStateOf", "uzb"),
        ),
        (
            "The delegation came to Bishkek at the invitation of our former President, Almazbek"
            " Atambayev, in 2016.",
            "Kyrgyzstan",
            ("almazbek-atambayev", "headOfStateOf", "kgz"),
        ),
        (
            "Askar Akayev, our first President, signed the accord in 1996.",
            "Kyrgyzstan",
            ("askar-akayev", "headOfStateOf", "kgz"),
        ),
        (
            "Our current President Sadyr Japarov travelled to Baku.",
            "Kyrgyzstan",
            ("sadyr-japarov", "headOfStateOf", "kgz"),
        ),
        (
            "Ilham Aliyev, Azerbaijani President, arrived in Astana on Monday.",
            None,
            ("ilham-aliyev", "headOfStateOf", "aze"),
        ),
    ],
)
def test_our_president_is_the_documents_state(text, written_from, expected):
    assert expected in with_property(triples(text, written_from), "headOfStateOf")


@pytest.mark.parametrize(
    ("text", "written_from"),
    [
        # quoted: another speaker's "our"
        (
            "“Our President, Vladimir Putin, will come in May,” the Russian ambassador said.",
            "Kazakhstan",
        ),
        # a president to come, a vice president, several presidents
        ("Our next President, Kassym-Jomart Tokayev, will be sworn in.", "Kazakhstan"),
        ("Our Vice President, Kassym-Jomart Tokayev, met the delegation.", "Kazakhstan"),
        (
            "Our presidents, Kassym-Jomart Tokayev and Sadyr Japarov, met in Cholpon-Ata.",
            "Kazakhstan",
        ),
        # no document state
        ("Our President, Kassym-Jomart Tokayev, opened the session.", None),
        # "X, Kazakh President Y": Y's title, not X's
        (
            "Talks with Vladimir Putin, Kazakh President Kassym-Jomart Tokayev said, went well.",
            None,
        ),
    ],
)
def test_our_president_look_alikes_give_nothing_wrong(text, written_from):
    found = with_property(triples(text, written_from), "headOfStateOf")
    assert not {t for t in found if t[2] == "kaz" and t[0] != "kassym-jomart-tokayev"}
    assert ("vladimir-putin", "headOfStateOf", "kaz") not in found
    if "Kazakh President" not in text:
        assert found == set()


# Borders (borders.py): a subject set off from "shares" by an aside, a coordinated border phrase
# after an apposition, "and one of L with C".


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Uzbekistan shares a 2,203 km border with Kazakhstan, the longest of its frontiers,"
            " and a 1,621 km border with Turkmenistan.",
            {("uzb", "sharesBorderWith", "tkm"), ("border-tkm-uzb", "lengthKm", "1621")},
        ),
        (
            "Tajikistan, a mountainous country whose capital is Dushanbe, shares a 1,357 km"
            " border with Afghanistan, a 477 km border with China and a 1,312 km border with"
            " Uzbekistan.",
            {
                ("tjk", "sharesBorderWith", "chn"),
                ("border-chn-tjk", "lengthKm", "477"),
                ("tjk", "sharesBorderWith", "uzb"),
                ("border-tjk-uzb", "lengthKm", "1312"),
            },
        ),
        (
            "Kyrgyzstan shares a border of 1,099 km with Uzbekistan and one of 984 km with"
            " Tajikistan.",
            {("kgz", "sharesBorderWith", "tjk"), ("border-kgz-tjk", "lengthKm", "984")},
        ),
        (
            "Turkmenistan, a Caspian state with vast gas reserves, has a 1,148 km border with Iran"
            " and a 804 km border with Afghanistan.",
            {("tkm", "sharesBorderWith", "irn"), ("tkm", "sharesBorderWith", "afg")},
        ),
    ],
)
def test_border_phrases_past_asides(text, expected):
    assert expected <= triples(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a state inside the aside: whose border, unclear
        (
            "Kazakhstan, like Russia, shares a 1,700 km border with China.",
            ("rus", "sharesBorderWith", "chn"),
        ),
        (
            "Mongolia, wedged between Russia and China, shares no border with Kazakhstan.",
            ("mng", "sharesBorderWith", "kaz"),
        ),
        # the second coordinate is no border
        (
            "Kazakhstan shares a 7,644 km border with Russia, the longest in the world, and a"
            " long history with China.",
            ("kaz", "sharesBorderWith", "chn"),
        ),
        (
            "Kyrgyzstan shares a border of 1,099 km with Uzbekistan and one of its lakes with"
            " Kazakhstan.",
            ("kgz", "sharesBorderWith", "kaz"),
        ),
        # an aside holding a clause break
        (
            "Georgia, Armenia said; shares a 428 km border with Azerbaijan.",
            ("arm", "sharesBorderWith", "aze"),
        ),
    ],
)
def test_border_asides_look_alikes(text, wrong):
    assert wrong not in triples(text)


# A city set off by an apposition of its kind placing it in a part of a state or in a region


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Atyrau, an oil city in western Kazakhstan, hosts the company.",
            ("atyrau", "locatedIn", "kaz"),
        ),
        (
            "Shymkent, a large trading city in the south of Kazakhstan, grew fast.",
            ("shymkent", "locatedIn", "kaz"),
        ),
        (
            "Ekibastuz, a mining town in Kazakhstan's Pavlodar Region, burns coal.",
            ("ekibastuz", "locatedIn", "pavlodar-region"),
        ),
        (
            "Kokshetau, a city in Akmola Region, hosted the forum.",
            ("kokshetau", "locatedIn", "akmola-region"),
        ),
    ],
)
def test_city_apposition_of_its_kind_places_it(text, expected):
    assert expected in with_property(triples(text), "locatedIn")


@pytest.mark.parametrize(
    "text",
    [
        "Termez, a town on the border with northern Afghanistan, grew.",
        "Aktau, a port city near the Mangystau Region, grew.",
        "Semey, a city 700 km from eastern Kazakhstan's border, grew.",
    ],
)
def test_city_apposition_look_alikes_give_nothing(text):
    assert with_property(triples(text), "locatedIn") == set()


# A pipeline's builders and completion in one relative clause or bullet


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gas reaches Turkey through the Blue Stream pipeline, which Gazprom and Eni built"
            " jointly and completed in 2003.",
            {
                ("blue-stream-pipeline", "builtBy", "gazprom"),
                ("blue-stream-pipeline", "builtBy", "eni"),
                ("blue-stream-pipeline", "completionDate", "2003"),
            },
        ),
        (
            "• Beineu–Bozoi–Shymkent gas pipeline: built by QazaqGaz and CNPC, completed in 2015.",
            {
                ("beineu-bozoi-shymkent-gas-pipeline", "builtBy", "cnpc"),
                ("beineu-bozoi-shymkent-gas-pipeline", "completionDate", "2015"),
            },
        ),
        (
            "The Druzhba pipeline, which Hungary joined in 1962, was built by Transneft and"
            " completed in 1964.",
            {
                ("druzhba-pipeline", "builtBy", "transneft"),
                ("druzhba-pipeline", "completionDate", "1964"),
            },
        ),
    ],
)
def test_pipeline_built_and_completed_in_one_clause(text, expected):
    found = triples(text)
    assert expected <= found


@pytest.mark.parametrize(
    "text",
    [
        "The TAPI pipeline, which Turkmengaz plans to build and complete in 2030, is delayed.",
        "• Nabucco pipeline: proposed by OMV, cancelled in 2013.",
        "The Trans-Caspian gas pipeline, which Gazprom studied and abandoned in 2008, was never"
        " built.",
    ],
)
def test_pipeline_look_alikes_give_no_builder_or_completion(text):
    found = triples(text)
    assert not {t for t in found if t[1] in ("builtBy", "completionDate")}


# "C, our capital," / "C, which has been our capital since D": the document's own state


@pytest.mark.parametrize(
    ("text", "written_from", "expected"),
    [
        (
            "Please come to Tashkent, our capital, next spring.",
            "Uzbekistan",
            ("tashkent", "capitalOf", "uzb"),
        ),
        (
            "The talks were held in Bishkek, which has been our capital since 1991.",
            "Kyrgyzstan",
            ("bishkek", "capitalOf", "kgz"),
        ),
        (
            "The forum met in Dushanbe, which is our capital.",
            "Tajikistan",
            ("dushanbe", "capitalOf", "tjk"),
        ),
        ("Ashgabat, Turkmen capital, hosted the talks.", None, ("ashgabat", "capitalOf", "tkm")),
    ],
)
def test_our_capital_is_the_documents_state(text, written_from, expected):
    assert expected in with_property(triples(text, written_from), "capitalOf")


@pytest.mark.parametrize(
    ("text", "written_from"),
    [
        ("Almaty, our former capital, is green.", "Kazakhstan"),
        ("Almaty, our capital markets hub, grew.", "Kazakhstan"),
        ("“Come to Tashkent, our capital,” the Uzbek minister said.", "Kazakhstan"),
        ("Please come to Tashkent, our capital, next spring.", None),
    ],
)
def test_our_capital_look_alikes_give_nothing(text, written_from):
    assert with_property(triples(text, written_from), "capitalOf") == set()


# Predecessors: "P, the forerunner of [today's] O"; "P, which ..., is|was succeeded|replaced by O"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Organisation of African Unity, the forerunner of today’s African Union, was"
            " founded in 1963.",
            ("african-union", "predecessor", "organisation-of-african-unity"),
        ),
        (
            "The Shanghai Five, the precursor of the SCO, met in Almaty.",
            ("shanghai-cooperation-organisation", "predecessor", "shanghai-five"),
        ),
        (
            "1 January 2015 – The Eurasian Economic Community, which Belarus and Russia co-founded"
            " in 2000, is succeeded by the Eurasian Economic Union.",
            ("eaeu", "predecessor", "eurasec"),
        ),
    ],
)
def test_predecessor_apposition_and_aside(text, expected):
    assert expected in with_property(triples(text), "predecessor")


@pytest.mark.parametrize(
    "text",
    [
        "The CIS, which Russia founded, is not succeeded by anything.",
        "The CSTO, the partner of the SCO, met in Minsk.",
        "The CIS, which some expected to be replaced by the EAEU, survives.",
    ],
)
def test_predecessor_look_alikes_give_nothing(text):
    assert with_property(triples(text), "predecessor") == set()
