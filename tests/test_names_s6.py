"""Names of session 6 (brief ENT): whole shapes of names the extractor did not recognise, typed
by their head, in other wording and with other names than the texts that suggested them, each
with look-alikes that must name nothing (or a name of another class)."""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples

from kzgraph.mentions import find_mentions
from kzgraph.sentences import iter_sentence_spans


def _mentions(text: str) -> list[tuple[str, str | None, str]]:
    """(surface, class of a typed name or None, source) of each entity mention of a text."""
    [(offset, span)] = list(iter_sentence_spans(text))
    return [
        (text[m.start : m.end], m.cls, m.source)
        for m in find_mentions(span, offset, text)
        if m.source in ("name", "gazetteer", "group")
    ]


def _typed(text: str, cls: str) -> list[str]:
    """The labels of the typed unknown names of class ``cls`` in a one-sentence text."""
    [(offset, span)] = list(iter_sentence_spans(text))
    return [m.label for m in find_mentions(span, offset, text) if m.cls == cls]


def _keys(text: str) -> list[tuple[str, tuple]]:
    """(surface, keys) of the gazetteer mentions of a one-sentence text."""
    [(offset, span)] = list(iter_sentence_spans(text))
    found = find_mentions(span, offset, text)
    return [(text[m.start : m.end], m.keys) for m in found if m.source == "gazetteer"]


# A first-level region by its head word, whatever its name.
REGIONS = [
    ("Liepāja is the largest city of the Kurzeme Region.", ["Kurzeme Region"]),
    ("Wheat from Turgai Oblast crosses the Volga.", ["Turgai Oblast"]),
    ("Refugees from Nineveh Province reached Erbil in 2021.", ["Nineveh Province"]),
    (
        "The Kizilsu Kirghiz Autonomous Prefecture borders Kyrgyzstan.",
        ["Kizilsu Kirghiz Autonomous Prefecture"],
    ),
    ("Coal from Tselinny Krai was shipped west.", ["Tselinny Krai"]),
]


@pytest.mark.parametrize(("text", "names"), REGIONS)
def test_a_region_is_named_by_its_head(text, names):
    assert _typed(text, "Region") == names


@pytest.mark.parametrize(
    "text",
    [
        "The region has grown fast since 2010.",
        "A Region of this size needs more roads.",  # no name before the head
        "Regional Councils met in Osh.",
        "The border regions of both states were demilitarised.",
    ],
)
def test_no_region_without_a_name_before_its_head(text):
    assert _typed(text, "Region") == []


# Kazakhstan's regions (ISO 3166-2:KZ) in the gazetteer, in every common spelling.
KZ_REGIONS = [
    ("Grain from the Kostanai region goes to Uzbekistan.", "Kostanai region", "kostanay-region"),
    ("The plant is in East Kazakhstan Region.", "East Kazakhstan Region", "east-kazakhstan-region"),
    ("Zhambyl Oblast borders Kyrgyzstan.", "Zhambyl Oblast", "jambyl-region"),
    ("Wind farms rise in the Mangistau region.", "Mangistau region", "mangystau-region"),
    ("Shymkent is not part of the Turkestan Region.", "Turkestan Region", "turkistan-region"),
    ("The Kyzylorda region grows rice.", "Kyzylorda region", "kyzylorda-region"),
]


@pytest.mark.parametrize(("text", "surface", "key"), KZ_REGIONS)
def test_the_gazetteer_knows_kazakhstans_regions(text, surface, key):
    assert (surface, (key,)) in _keys(text)


def test_a_regions_city_stays_a_city():
    """ "Aktobe" alone is the city; "Aktobe Region" the region."""
    text = "Flights from Aktobe serve the whole Aktobe Region."
    assert _keys(text) == [("Aktobe", ("aktobe",)), ("Aktobe Region", ("aktobe-region",))]


def test_a_city_lies_in_an_unknown_region():
    triples = assertion_triples("Termez lies in the Surkhandarya Region.", stem="ent-region")
    assert ("termez", "locatedIn", "surkhandarya-region") in triples


def test_a_states_region_lies_in_the_state():
    triples = assertion_triples(
        "Wind farms stand in Uzbekistan's Navoi Region, far from Tashkent.", stem="ent-region"
    )
    assert ("navoi-region", "locatedIn", "uzb") in triples


# A company by its legal-form suffix (the suffix is part of the name).
COMPANIES = [
    ("Kaspi Bank JSC opened a branch in Tashkent.", ["Kaspi Bank JSC"]),
    ("Caspian Sunrise PLC drills in the west.", ["Caspian Sunrise PLC"]),
    ("Intergas Central Asia LLP runs the line.", ["Intergas Central Asia LLP"]),
    ("The turbines come from Nordex AG and Enercon GmbH.", ["Nordex AG", "Enercon GmbH"]),
    ("Shares of Freedom Holding were sold.", ["Freedom Holding"]),
]


@pytest.mark.parametrize(("text", "names"), COMPANIES)
def test_a_company_is_named_by_its_legal_form(text, names):
    assert [label.rstrip(".") for label in _typed(text, "Company")] == names


@pytest.mark.parametrize(
    "text",
    [
        "The Group of Twenty met in Delhi.",
        "The Minsk Group was set up in 1992.",
        "A JSC was registered in Almaty.",
        "The holding sold its stake in 2020.",
    ],
)
def test_no_company_without_a_legal_form_after_a_name(text):
    assert _typed(text, "Company") == []


# A person after a title the extractor did not know.
PEOPLE = [
    ("Ambassador Keiko Tanaka presented her credentials in Astana.", ["Keiko Tanaka"]),
    ("Senator Ben Cardin visited Bishkek in 2019.", ["Ben Cardin"]),
    ("Governor Aidar Ospanov met the delegation.", ["Aidar Ospanov"]),
    ("Mayor Yerzhan Babakumarov opened the fair.", ["Yerzhan Babakumarov"]),
    (
        # names the gazetteer lacks (LEADERS24 knows Perez de Cuellar and Stoltenberg,
        # COMPANIES24 the railways, airlines and Zhaikmunai, once the examples here)
        "UN Secretary-General Luis Alvarez de Mendoza arrived in Dushanbe.",
        ["Luis Alvarez de Mendoza"],
    ),
    ("Secretary General Marta Linde spoke in Brussels.", ["Marta Linde"]),
]


@pytest.mark.parametrize(("text", "names"), PEOPLE)
def test_a_person_is_named_after_a_title(text, names):
    assert _typed(text, "Person") == names


@pytest.mark.parametrize(
    "text",
    [
        "The Ambassador said the talks went well.",
        "Japan's Ambassador Extraordinary and Plenipotentiary arrived in Astana.",
        "The Secretary-General of the United Nations spoke first.",
        "The Governor General opened Parliament.",
        "The Speaker of the Mazhilis chaired the session.",
    ],
)
def test_a_title_alone_names_nobody(text):
    assert _typed(text, "Person") == []


# Names listed before a plural head: each is a thing of the head's class.
LISTED = [
    (
        "Grain moves from the Akmola and North Kazakhstan regions to the south.",
        [("Akmola", ("akmola-region",)), ("North Kazakhstan", ("north-kazakhstan-region",))],
    ),
    (
        "Floods hit Iraq's Nineveh, Diyala and Anbar provinces in 2024.",
        [
            ("Nineveh", "Nineveh Province"),
            ("Diyala", "Diyala Province"),
            ("Anbar", "Anbar Province"),
        ],
    ),
    (
        "CNPC built the Kenkiyak–Atyrau and Khorgos–Urumqi pipelines.",
        [
            ("Kenkiyak–Atyrau", ("kenkiyak-atyrau-oil-pipeline",)),
            ("Khorgos–Urumqi", "Khorgos–Urumqi pipeline"),
        ],
    ),
]


def _listed(text: str) -> list[tuple[str, object]]:
    """(surface, label or keys) of the mentions a plural head's list gave."""
    [(offset, span)] = list(iter_sentence_spans(text))
    return [
        (text[m.start : m.end], m.label if m.source == "name" else m.keys)
        for m in find_mentions(span, offset, text)
        if m.rule == "name-listed"
        or (m.source == "gazetteer" and {"Region", "Pipeline"} & set(m.kinds))
    ]


@pytest.mark.parametrize(("text", "names"), LISTED)
def test_each_listed_name_takes_the_plural_head(text, names):
    assert _listed(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Shell and Eni pipelines run west.",  # no determiner opens the list
        "The talks between Astana and Beijing regions drew crowds.",  # "between": no opener
        "The Aktobe pipelines and storage tanks were sold.",  # one name
        "The West and the East regions differ.",  # "the" inside: no list of names
    ],
)
def test_no_listed_names_without_a_list_opened_by_a_determiner(text):
    assert [m for m in _listed(text) if not isinstance(m[1], tuple)] == []


# A treaty named by what it sets up or amends.
ESTABLISHING = [
    (
        "The Agreement Establishing the Asian Development Bank entered into force in 1966.",
        ["Agreement Establishing the Asian Development Bank"],
    ),
    (
        "Guyana ratified the Georgetown Agreement Establishing the Caribbean Court of Justice.",
        ["Georgetown Agreement Establishing the Caribbean Court of Justice"],
    ),
    (
        "Both states signed the Protocol Amending the Convention on Road Traffic in Geneva.",
        ["Protocol Amending the Convention on Road Traffic"],
    ),
    (
        "The Treaty Creating the Andean Community was signed in Cartagena.",
        ["Treaty Creating the Andean Community"],
    ),
]


@pytest.mark.parametrize(("text", "names"), ESTABLISHING)
def test_a_treaty_is_named_by_what_it_establishes(text, names):
    assert _typed(text, "Treaty") == names


@pytest.mark.parametrize(
    "text",
    [
        "An agreement establishing a joint commission was signed in Minsk.",
        "The Agreement, establishing a customs union, was signed in Minsk.",
    ],
)
def test_no_establishing_title_without_the_capitalised_participle(text):
    assert not any("stablishing" in label for label in _typed(text, "Treaty"))


# Rail and air carriers by their plural head.
CARRIERS = [
    (
        "Tajik Railways and Mongolian Airlines signed a cargo deal.",
        ["Tajik Railways", "Mongolian Airlines"],
    ),
    ("Freight trains of Armenian Railways reached Brest.", ["Armenian Railways"]),
    ("Somon Airways flies from Dushanbe to Almaty.", ["Somon Airways"]),
]


@pytest.mark.parametrize(("text", "names"), CARRIERS)
def test_a_carrier_is_named_by_its_plural_head(text, names):
    assert _typed(text, "Company") == names


@pytest.mark.parametrize(
    "text",
    [
        "The Baku–Tbilisi–Kars Railway opened in 2017.",  # a line, not a company
        "The railways of both states use the broad gauge.",
        "Cheap airlines fly to Antalya.",
    ],
)
def test_no_carrier_without_a_plural_head_after_a_name(text):
    assert _typed(text, "Company") == []


# A settlement the text calls one: "the town|city|village|port of X".
TOWNS = [
    ("Pilgrims visit the town of Ulken every spring.", ["Ulken"]),
    ("Ferries leave the port of Kuryk for Alat.", ["Kuryk"]),
    ("The village of Saty lies near the lakes.", ["Saty"]),
]


@pytest.mark.parametrize(("text", "names"), TOWNS)
def test_a_settlement_is_named_after_town_of(text, names):
    assert _typed(text, "City") == names


@pytest.mark.parametrize(
    "text",
    [
        "The city of Almaty hosted the forum.",  # a city the gazetteer knows keeps its entry
        "The town of about 5,000 people grew fast.",
        "The port of entry was closed.",
    ],
)
def test_town_of_gives_no_new_name_for_a_known_city_or_a_common_noun(text):
    assert _typed(text, "City") == []


# Real names the development sets named and the gazetteer lacked (its ENT block).
KNOWN = [
    ("Areva was renamed Orano in 2018.", ("Orano", ("orano",))),
    ("CNPC-Aktobemunaigas pumps oil to Atyrau.", ("CNPC-Aktobemunaigas", ("aktobemunaigas",))),
    ("Kazakhoil was merged into a new company in 2002.", ("Kazakhoil", ("kazakhoil",))),
    (
        "Gas from the Surgil field feeds the Ustyurt complex.",
        ("Surgil field", ("surgil-gas-field",)),
    ),
    ("The Ozen oilfield lies near Zhanaozen.", ("Ozen oilfield", ("uzen-oil-field",))),
    (
        "Firms register at the AIFC in the capital.",
        ("AIFC", ("astana-international-financial-centre",)),
    ),
    (
        "Soyuz rockets leave the Baikonur Cosmodrome.",
        ("Baikonur Cosmodrome", ("baikonur-cosmodrome",)),
    ),
    (
        "Radiation at the Semipalatinsk nuclear test site is monitored.",
        ("Semipalatinsk nuclear test site", ("semipalatinsk-test-site",)),
    ),
]


@pytest.mark.parametrize(("text", "mention"), KNOWN)
def test_the_gazetteer_knows_the_session_6_names(text, mention):
    assert mention in _keys(text)


def test_a_sites_town_stays_a_town():
    """ "Baikonur" and "Semey" alone are the towns; "Uzen" alone names no field."""
    text = "Trains from Baikonur and Uzen reach Semey."
    assert _keys(text) == [("Baikonur", ("baikonur",)), ("Semey", ("semey",))]


# A person after a title "of" a state, the state's name between ("Minister of Foreign Affairs
# of Hungary X"), or after an ambassador's host state ("Ambassador of A to B X").
TITLED_OF = [
    ("Foreign Minister of Latvia Baiba Braze arrived in Astana.", ["Baiba Braze"]),
    (
        "Minister of Foreign Affairs of the Republic of Estonia Margus Tsahkna spoke first.",
        ["Margus Tsahkna"],
    ),
    ("Ambassador of Italy to Kazakhstan Marco Alberti opened the fair.", ["Marco Alberti"]),
    (
        "Ambassador Extraordinary and Plenipotentiary of the Republic of Poland to the Kyrgyz "
        "Republic Jacek Gorski presented his credentials.",
        ["Jacek Gorski"],
    ),
]


@pytest.mark.parametrize(("text", "names"), TITLED_OF)
def test_a_person_follows_a_title_of_a_state(text, names):
    [(offset, span)] = list(iter_sentence_spans(text))
    found = find_mentions(span, offset, text)
    assert [m.label for m in found if m.rule == "name-person-of-state"] == names


@pytest.mark.parametrize(
    "text",
    [
        "He was appointed Ambassador to Kazakhstan in 2020.",
        "As Minister of Foreign Affairs of Kazakhstan in 2019, he chaired the council.",
        "The Ambassador of France to Kazakhstan, a career diplomat, spoke.",
        "Ambassador of Italy to Kazakhstan since 2021, he speaks Russian.",
    ],
)
def test_no_person_after_a_title_without_a_name(text):
    [(offset, span)] = list(iter_sentence_spans(text))
    found = find_mentions(span, offset, text)
    assert [m.label for m in found if m.rule == "name-person-of-state"] == []


def test_a_company_is_named_by_co():
    assert _typed("Kazakh Gold Co. and Eurasian Steel Co. merged.", "Company") == [
        "Kazakh Gold Co.",
        "Eurasian Steel Co.",
    ]


# The regions of Kazakhstan's Central Asian neighbours, one entry whatever the head.
CA_REGIONS = [
    ("Cotton from the Ferghana Province reached Kokand.", "Ferghana Province", "fergana-region"),
    ("Floods hit the Jalal-Abad Oblast in 2023.", "Jalal-Abad Oblast", "jalal-abad-region"),
    ("Khatlon Region borders Afghanistan.", "Khatlon Region", "khatlon-region"),
    ("Gas from the Lebap velayat goes to China.", "Lebap velayat", "lebap-region"),
]


@pytest.mark.parametrize(("text", "surface", "key"), CA_REGIONS)
def test_the_gazetteer_knows_the_neighbours_regions(text, surface, key):
    assert (surface, (key,)) in _keys(text)


def test_a_region_word_in_lowercase_after_an_ambiguous_name_is_no_region_entry():
    """ "the Fergana region" may be the valley, "the Balkan region" the Balkans."""
    text = "Water disputes in the Fergana region echo those of the Balkan region."
    assert [keys for _, keys in _keys(text) if any(k.endswith("-region") for k in keys)] == []


# Border regions of Russia and China, Kazakhstan's regions as provinces, Xinjiang as a province.
BORDER_REGIONS = [
    ("Trucks from Omsk Region cross at Petropavl.", "Omsk Region", "omsk-oblast"),
    ("The Orenburg Oblast borders West Kazakhstan.", "Orenburg Oblast", "orenburg-oblast"),
    ("Tourists reach the Altai Republic by road.", "Altai Republic", "altai-republic"),
    ("Apples grow in the Almaty Province.", "Almaty Province", "almaty-region"),
    ("Refineries in China's Xinjiang province buy Kazakh oil.", "Xinjiang province", "xinjiang"),
]


@pytest.mark.parametrize(("text", "surface", "key"), BORDER_REGIONS)
def test_the_gazetteer_knows_the_border_regions(text, surface, key):
    assert (surface, (key,)) in _keys(text)


def test_a_border_regions_city_stays_the_city():
    assert _keys("Flights from Omsk and Orenburg land in Astana.") == [
        ("Omsk", ("omsk",)),
        ("Orenburg", ("orenburg",)),
        ("Astana", ("astana",)),
    ]


# A resolution's or initiative's quoted title.
QUOTED = [
    (
        'The Assembly adopted the resolution "Rights of Indigenous Peoples" by consensus.',
        ["Rights of Indigenous Peoples"],
    ),
    (
        "Mongolia tabled the resolution “Strengthening Cooperation in Northeast Asia” in 2019.",
        ["Strengthening Cooperation in Northeast Asia"],
    ),
    (
        "Tajikistan launched the initiative «Water for Sustainable Development».",
        ["Water for Sustainable Development"],
    ),
]


@pytest.mark.parametrize(("text", "names"), QUOTED)
def test_a_quoted_title_after_resolution_is_an_initiative(text, names):
    assert _typed(text, "Initiative") == names


@pytest.mark.parametrize(
    "text",
    [
        'The resolution "was a mistake", the envoy said.',
        'He called the plan "Big Steppe" in an interview.',
        "The resolution was adopted without a vote.",
    ],
)
def test_no_quoted_title_without_resolution_or_a_capital(text):
    assert _typed(text, "Initiative") == []


def test_articles_do_not_count_toward_a_titles_length():
    """17 words, 4 of them "the": a title of 13 words, under the limit of 14."""
    text = (
        "Both states signed the Agreement on the Joint Use of the Water Resources of the Lower "
        "Reaches of the Amu Darya in Nukus."
    )
    assert _typed(text, "Treaty") == [
        "Agreement on the Joint Use of the Water Resources of the Lower Reaches of the Amu Darya"
    ]


def test_a_title_of_more_than_fourteen_words_besides_articles_is_no_name():
    text = (
        "They signed the Agreement on Joint Measures of Ministries of Transport of Member States "
        "of Regional Bodies of Ports of Coastal Zones of Inland Seas in Baku."
    )
    [(offset, span)] = list(iter_sentence_spans(text))
    assert [m.label for m in find_mentions(span, offset, text) if m.source == "name"] == []


# A place word between "in|at|near|from|to" and ", <state>" is a city.
BEFORE_STATE = [
    ("The firm is headquartered in Lethbridge, Canada.", ["Lethbridge"]),
    ("The memorandum was signed in Koshoi-Korgon, Kyrgyzstan, on 5 June 2019.", ["Koshoi-Korgon"]),
    ("Delegates flew from Le Bourget, France.", ["Le Bourget"]),
    ("The plant near Dortyol, Turkey (built in 2020) exports urea.", ["Dortyol"]),
]


def _cities_by_state(text: str) -> list[str]:
    [(offset, span)] = list(iter_sentence_spans(text))
    found = find_mentions(span, offset, text)
    return [m.label for m in found if m.rule == "name-city-comma-state"]


@pytest.mark.parametrize(("text", "names"), BEFORE_STATE)
def test_a_place_before_comma_state_is_a_city(text, names):
    assert _cities_by_state(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "In January, Kazakhstan joined the talks.",  # a month
        "The talks were held in English, Russian and Kazakh.",  # languages, demonyms
        "Exports grew in Summer, Kazakhstan's statistics show.",
        "Trade in Grain, Kazakhstan said, fell.",  # the state's name ends no phrase
        "Investors in Astana, Kazakhstan, met on Monday.",  # a known city keeps its entry
    ],
)
def test_no_new_city_before_comma_state_for_other_words(text):
    assert _cities_by_state(text) == []


def test_both_settlements_of_a_plural_town_of_are_cities():
    text = "Ferries link the ports of Alat and Bautino with Turkmenbashi."
    assert _typed(text, "City") == ["Alat", "Bautino"]


def test_a_plural_town_of_without_names_gives_nothing():
    assert _typed("The towns of the region and their mayors met.", "City") == []


# A company the text introduces as one by an apposition.
COMPANY_APPOSITIONS = [
    (
        "Pipeline gas is carried by Beineu Transit, a joint venture of two state firms.",
        ["Beineu Transit"],
    ),
    ("Sinoalma, a subsidiary of a Chinese group, drills near Aral.", ["Sinoalma"]),
    (
        "Exports go through Caspian Terminals, a Dutch logistics company based in Aktau.",
        ["Caspian Terminals"],
    ),
    (
        "The field is run by Sagiz Munai, the operator of the Chinarevskoye licence.",
        ["Sagiz Munai"],
    ),
]


@pytest.mark.parametrize(("text", "names"), COMPANY_APPOSITIONS)
def test_a_company_is_named_by_its_apposition(text, names):
    assert _typed(text, "Company") == names


@pytest.mark.parametrize(
    "text",
    [
        "Later, the company sold its stake.",  # a sentence adverb
        "Mongolia, a major coal producer, exports to China.",  # a state keeps its entry
        "Kenkiyak, the company's oldest field, lies inland.",  # a possessive: no apposition of it
        "In 2009, a joint venture of both firms was set up.",
    ],
)
def test_no_company_from_an_apposition_of_another_thing(text):
    assert _typed(text, "Company") == []


# An international organisation the text introduces as one by an apposition.
ORGANISATION_APPOSITIONS = [
    ("Mongolia joined the Tumen Forum, a regional body of four states, in 2005.", ["Tumen Forum"]),
    ("Observers came from Sahel Five, a regional security bloc founded in 2014.", ["Sahel Five"]),
    (
        "Kazakhstan is a member of Borjomi Group, a loose grouping of four states.",
        ["Borjomi Group"],
    ),
]


@pytest.mark.parametrize(("text", "names"), ORGANISATION_APPOSITIONS)
def test_an_organisation_is_named_by_its_apposition(text, names):
    assert _typed(text, "InternationalOrganisation") == names


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan, a member of the union, ratified it.",
        "Later, the organisation admitted Iran.",
        "Japan, the bloc's main donor, pledged more.",
    ],
)
def test_no_organisation_from_an_apposition_of_another_thing(text):
    assert _typed(text, "InternationalOrganisation") == []


# A person the text introduces by office.
PERSON_APPOSITIONS = [
    (
        "Talks were held with Vilnis Kalnins, the foreign minister of Latvia, in Riga.",
        ["Vilnis Kalnins"],
    ),
    ("Askar Beisenov, the former ambassador of Kazakhstan, retired.", ["Askar Beisenov"]),
    ("Nurlan Aidarov, Kyrgyzstan's prime minister, flew to Baku.", ["Nurlan Aidarov"]),
]


@pytest.mark.parametrize(("text", "names"), PERSON_APPOSITIONS)
def test_a_person_is_named_by_an_office_apposition(text, names):
    assert _typed(text, "Person") == names


@pytest.mark.parametrize(
    "text",
    [
        "Kuryk, the president said, will grow.",
        "Later, the president of Uzbekistan arrived.",
        "Ulken, the minister of energy said, is a port.",
        "Kazakhstan, the chairman of the CIS in 2024, hosted it.",  # a state keeps its entry
    ],
)
def test_no_person_from_an_apposition_without_an_office_of_a_state(text):
    assert _typed(text, "Person") == []
