"""Session 16's recall of heads of state, diplomatic relations and official languages (brief
REC16E), each construction with look-alikes that must give nothing:

- a title before a person whose name takes a possessive: "French President X's visit" still
  names X's office (relations.jsonl `keeps_possessive`; "German Federal President X" too);
- a list of "<Person> of <State>" after "[the] presidents [of the N ... states]" and a colon or
  dash (`rec16e-presidents-colon-*`);
- a chronology line's "D – A and B[, which ...,] establish diplomatic relations" and "D –
  Diplomatic relations [are] established with B" (`rec16e-dated-line-*`);
- "L1 is the state language [of S], and L2 is officially used on an equal footing | is also an
  official language" opening a sentence (`rec16e-state-language-*`).
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples


def of_property(text: str, prop: str, written_from: str | None = None) -> set[tuple[str, str]]:
    found = assertion_triples(text, stem="rec16e", written_from=written_from)
    return {(s, o) for s, p, o in found if p == prop}


def unordered(pairs: set[tuple[str, str]]) -> set[frozenset]:
    return {frozenset(pair) for pair in pairs}


HEADS = [
    (
        "Italian President Sergio Mattarella’s state visit to Astana in 2024 produced a roadmap.",
        {("sergio-mattarella", "ita")},
    ),
    (
        "The talks followed Turkish President Recep Tayyip Erdoğan's visit to Almaty.",
        {("recep-tayyip-erdogan", "tur")},
    ),
    (
        "German Federal President Frank-Walter Steinmeier opened the forum in Almaty.",
        {("frank-walter-steinmeier", "deu")},
    ),
    (
        "The declaration was adopted by the presidents of the three neighbouring states: Shavkat"
        " Mirziyoyev of Uzbekistan, Sadyr Japarov of Kyrgyzstan and Emomali Rahmon of Tajikistan.",
        {("shavkat-mirziyoyev", "uzb"), ("sadyr-japarov", "kgz"), ("emomali-rahmon", "tjk")},
    ),
    (
        "The bridge was opened by two presidents – Ilham Aliyev of Azerbaijan and Vladimir Putin"
        " of Russia – in 2019.",
        {("ilham-aliyev", "aze"), ("vladimir-putin", "rus")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEADS)
def test_heads_of_state_found(text, expected):
    assert expected <= of_property(text, "headOfStateOf")


NO_HEADS = [
    "French Prime Minister Élisabeth Borne’s visit to Astana brought deals.",
    "Vice President Kamala Harris’s visit to Astana brought deals.",
    "French President-elect Emmanuel Macron’s visit was planned.",
    "German Chancellor Olaf Scholz’s visit to Astana followed.",
    "French Foreign Minister Catherine Colonna’s visit to Astana brought deals.",
    "The vice-presidents of the two states: Ilham Aliyev of Azerbaijan and Vladimir Putin of"
    " Russia.",
    "The vice presidents of the two states: Ilham Aliyev of Azerbaijan and Vladimir Putin of"
    " Russia.",
    "It was signed by the foreign ministers of the two states: Ilham Aliyev of Azerbaijan and"
    " Vladimir Putin of Russia.",
    "Among the would-be presidents: Ilham Aliyev of Azerbaijan and Vladimir Putin of Russia.",
    "The prime ministers: Ilham Aliyev of Azerbaijan and Vladimir Putin of Russia.",
    "The presidents of the central banks: Ilham Aliyev of Azerbaijan and Vladimir Putin of Russia.",
]


@pytest.mark.parametrize("text", NO_HEADS)
def test_heads_of_state_look_alikes(text):
    assert of_property(text, "headOfStateOf") == set()


RELATIONS = [
    (
        "12 March 1992 – Kazakhstan and Belarus establish diplomatic relations; Belarus opens its"
        " embassy three years later.",
        None,
        {frozenset({"kaz", "blr"})},
    ),
    (
        "5 May 1992 – Kazakhstan and Turkmenistan, which share a 413-km border, establish"
        " diplomatic relations.",
        None,
        {frozenset({"kaz", "tkm"})},
    ),
    (
        "19 January 1992 – Diplomatic relations are established with Latvia.",
        "Kazakhstan",
        {frozenset({"kaz", "lva"})},
    ),
    (
        "8 September 1992 – Diplomatic relations established with Ukraine.",
        "Kazakhstan",
        {frozenset({"kaz", "ukr"})},
    ),
]


@pytest.mark.parametrize(("text", "written_from", "expected"), RELATIONS)
def test_relations_on_dated_lines(text, written_from, expected):
    assert expected <= unordered(of_property(text, "hasDiplomaticRelationsWith", written_from))


NO_RELATIONS = [
    "12 March 1992 – Kazakhstan and Belarus suspend diplomatic relations.",
    "12 March 1992 – Kazakhstan and Belarus agree to establish diplomatic relations.",
    "12 March 1992 – Kazakhstan and Belarus restore diplomatic relations.",
    "12 March 1992 – Kazakhstan and Belarus discuss establishing diplomatic relations.",
    "12 March 1992 – Kazakhstan and Belarus do not establish diplomatic relations.",
    "12 March 1992 – Kazakhstan and Belarus plan to establish diplomatic relations.",
    "12 March 1992 – Diplomatic relations are not established with Latvia.",
    "12 March 1992 – Diplomatic relations are suspended with Latvia.",
    "12 March 1992 – Talks on diplomatic relations are held with Latvia.",
    "12 March 1992 – Diplomatic relations could be established with Latvia.",
    "12 March 1992 – Consular relations are established with Latvia.",
    "Kazakhstan and Belarus establish diplomatic relations in the novel.",
]


@pytest.mark.parametrize("text", NO_RELATIONS)
def test_relations_look_alikes(text):
    assert of_property(text, "hasDiplomaticRelationsWith", "Kazakhstan") == set()


LANGUAGES = [
    (
        "Kyrgyz is the state language, and Russian is officially used on an equal footing.",
        "Kyrgyzstan",
        {("kgz", "russian")},
    ),
    (
        "Kyrgyz is the state language of our country; Russian is used officially on an equal"
        " basis with it.",
        "Kyrgyzstan",
        {("kgz", "russian")},
    ),
    (
        "Kyrgyz is the state language of Kyrgyzstan, and Russian is also an official language.",
        None,
        {("kgz", "kyrgyz"), ("kgz", "russian")},
    ),
]


@pytest.mark.parametrize(("text", "written_from", "expected"), LANGUAGES)
def test_second_official_language(text, written_from, expected):
    assert expected <= of_property(text, "officialLanguage", written_from)


NO_SECOND_LANGUAGE = [
    "Kyrgyz is the state language, and Russian is not officially used on an equal footing.",
    "Kyrgyz is the state language, and Russian is widely used on an equal footing.",
    "Kyrgyz is the state language, and Russian would be officially used on an equal footing.",
    "Critics say Kyrgyz is the state language, and Russian is officially used on an equal footing.",
    "If Kyrgyz is the state language, and Russian is also an official language, why print in"
    " English?",
    "Kyrgyz is the state language, and Russian is widely spoken.",
    "Kyrgyz is the state language, and English is also a working language.",
    "Kyrgyz is the state language, and Russian is no longer an official language.",
    "Kyrgyz is the state language, but Russian is not an official language.",
    "Kyrgyz is the state language, and Russian was officially used on an equal footing until 1995.",
]


@pytest.mark.parametrize("text", NO_SECOND_LANGUAGE)
def test_second_official_language_look_alikes(text):
    found = of_property(text, "officialLanguage", "Kyrgyzstan")
    assert not {o for _, o in found} & {"russian", "english"}


PLACES = [
    (
        "Turkistan Region, in the south of Kazakhstan, grows cotton.",
        {("turkistan-region", "kaz")},
    ),
    ("Aktau, in Mangystau Region, hosts the forum.", {("aktau", "mangystau-region")}),
    (
        "The forum met in Oskemen (Ust-Kamenogorsk), a city in eastern Kazakhstan.",
        {("oskemen", "kaz")},
    ),
    (
        "The fuel is made in Oskemen (Ust-Kamenogorsk), Kazakhstan, for export.",
        {("oskemen", "kaz")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLACES)
def test_places_set_off(text, expected):
    assert expected <= of_property(text, "locatedIn")


NO_PLACES = [
    "Turkistan Region, in the south of Kazakhstan's cotton belt, is large.",
    "Turkistan Region, unlike the south of Kazakhstan, is dry.",
    "Trains run between Atyrau and Aktau, in Mangystau Region, weekly.",
    "Atyrau is bigger than Aktau, in Mangystau Region.",
    "Oskemen (Kazakhstan), a city in eastern Russia, is fictional.",
    "Aktau, in the Mangystau Region report, was mentioned.",
    "Aktau, in talks with Astana, said nothing.",
    "Turkistan Region, in the south of the country, is large.",
    "Oskemen (Ust-Kamenogorsk), formerly a Soviet closed city, is open.",
    "Aktau, in Mangystau Region's view, is central.",
]


@pytest.mark.parametrize("text", NO_PLACES)
def test_places_look_alikes(text):
    found = of_property(text, "locatedIn")
    assert not {pair for pair in found if pair[0] in {"turkistan-region", "aktau", "oskemen"}}


BORDERS = [
    (
        "Uzbekistan and Kyrgyzstan, which established diplomatic relations on 16 February 1993"
        " and share a 1,314 km border, signed a treaty.",
        {frozenset({"uzb", "kgz"})},
    ),
    (
        "Uzbekistan shares land borders with five states: Kazakhstan (2,330 km), Turkmenistan"
        " (1,793 km), Afghanistan (144 km), Kyrgyzstan (1,314 km) and Tajikistan (1,312 km).",
        {
            frozenset({"uzb", "kaz"}),
            frozenset({"uzb", "tkm"}),
            frozenset({"uzb", "afg"}),
            frozenset({"uzb", "kgz"}),
            frozenset({"uzb", "tjk"}),
        },
    ),
    (
        "Kyrgyzstan borders only Kazakhstan (1,212 km) and China (1,063 km) to the north and east.",
        {frozenset({"kgz", "kaz"}), frozenset({"kgz", "chn"})},
    ),
]


@pytest.mark.parametrize(("text", "expected"), BORDERS)
def test_borders_found(text, expected):
    assert expected <= unordered(of_property(text, "sharesBorderWith"))


NO_BORDERS = [
    "Uzbekistan and Kyrgyzstan, which established diplomatic relations in 1993 and share a"
    " 1,314 km border with Tajikistan, met.",
    "Uzbekistan and Kyrgyzstan, which established diplomatic relations in 1993 and share no"
    " border, met.",
    "Uzbekistan and Kyrgyzstan, which established diplomatic relations in 1993 and do not share a"
    " 1,314 km border, met.",
    "Uzbekistan and Kyrgyzstan, which established diplomatic relations in 1993 and once shared a"
    " 1,314 km border, met.",
    "Uzbekistan and Kyrgyzstan, which might establish relations and share a 1,314 km border, met.",
    "Uzbekistan shares land borders with five states: Kyrgyzstan (1,314 km) was not among them.",
    "Uzbekistan shares no land borders with these states: Italy (2,000 km) and Spain (3,000 km).",
    "Uzbekistan trades with five states: Kyrgyzstan (1,314 km), Italy (2,330 km).",
    "Kyrgyzstan wishes it bordered only Kazakhstan (1,212 km).",
    "If Kyrgyzstan bordered only Kazakhstan (1,212 km), trade would be simpler.",
    "Kyrgyzstan does not border only Kazakhstan (1,212 km) and China (1,063 km).",
    "Kyrgyzstan once bordered only Kazakhstan (1,212 km).",
]


@pytest.mark.parametrize("text", NO_BORDERS)
def test_borders_look_alikes(text):
    found = unordered(of_property(text, "sharesBorderWith"))
    assert not found & {frozenset({"uzb", "kgz"}), frozenset({"kgz", "kaz"})}
    assert not found & {frozenset({"uzb", "ita"}), frozenset({"uzb", "esp"})}
