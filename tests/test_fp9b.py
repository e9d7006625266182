"""Session 9's false non-treaty facts (brief FP9B), each mended by its general cause and tested in
other wording with other entities, with look-alikes that must give nothing:

- a companion attached to the second object of a gapped coordination ("X founded O1 in D and,
  with A, later O2") belongs to that object only, never to O1 (syntax_guards.py);
- "a town in S's R": the possessive state qualifies the region, the town lies in the region
  (and so in S only through the reasoner: locatedIn is transitive), not "in S" as said outright
  (relations.jsonl, place-a-city-in-state);
- a percentage followed by "more|less|higher|lower|up|down" is a growth, no share of a trade
  total (relations.jsonl, the trade lines' optional share);
- a company formed by a company and a state ("C and S form|set up J") is a joint venture, no
  organisation S co-founded (relations.jsonl, co-founded and set-up-organisation: not_after);
- "in the same year", "that month", "the following year" after a match that took no date is
  the date the sentence named last before it (relation_dates.py).
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples


def triples(text: str, written_from: str | None = None) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="fp9b", written_from=written_from)


# --- a gapped coordination's companion --------------------------------------------------------

GAPPED_COMPANION = {
    "co-founded-with": (
        "Uzbekistan co-founded the Economic Cooperation Organization in 1992 and, with Tajikistan,"
        " later the Shanghai Cooperation Organisation.",
        {("uzb", "coFounderOf", "economic-cooperation-organization")},
        {("tjk", "coFounderOf", "economic-cooperation-organization")},
    ),
    "founded-together-with": (
        "Russia founded the Commonwealth of Independent States in 1991 and, together with"
        " Belarus, later the Eurasian Development Bank.",
        {("rus", "coFounderOf", "cis")},
        {("blr", "coFounderOf", "cis")},
    ),
    "co-founded-alongside": (
        "Turkey co-founded the Organization of the Black Sea Economic Cooperation in 1992 and,"
        " alongside Azerbaijan, later the Turkic Council.",
        set(),
        {("aze", "coFounderOf", "organization-of-the-black-sea-economic-cooperation")},
    ),
    "or-gapped": (
        "Kyrgyzstan co-founded the Shanghai Cooperation Organisation in 2001 or, with Armenia,"
        " the Eurasian Development Bank.",
        set(),
        {("arm", "coFounderOf", "shanghai-cooperation-organisation")},
    ),
}


@pytest.mark.parametrize("name", list(GAPPED_COMPANION))
def test_gapped_companion_goes_with_the_second_object(name):
    text, present, absent = GAPPED_COMPANION[name]
    found = triples(text)
    assert present <= found
    assert not absent & found


COMPANION_STAYS = {
    "companion-list-with-and": (
        "Tajikistan is a member of the Collective Security Treaty Organization together with"
        " Armenia, Belarus and Russia.",
        {("tjk", "memberOf", "csto"), ("arm", "memberOf", "csto"), ("rus", "memberOf", "csto")},
    ),
    "companion-before-and": (
        "Uzbekistan co-founded the Economic Cooperation Organization in 1992 with Tajikistan.",
        {
            ("uzb", "coFounderOf", "economic-cooperation-organization"),
            ("tjk", "coFounderOf", "economic-cooperation-organization"),
        },
    ),
}


@pytest.mark.parametrize("name", list(COMPANION_STAYS))
def test_a_companion_of_the_object_itself_stays(name):
    text, present = COMPANION_STAYS[name]
    assert present <= triples(text)


# --- a town in a state's region ---------------------------------------------------------------

POSSESSIVE_REGION = {
    "town-in-states-region": (
        "Talas, a town in Kyrgyzstan’s Talas Region, hosted the fair.",
        {("talas-region", "locatedIn", "kgz")},
        {("talas", "locatedIn", "kgz")},
    ),
    "city-in-states-region": (
        "Termez, a city in Uzbekistan's Surxondaryo Region, lies on the Amu Darya.",
        set(),
        {("termez", "locatedIn", "uzb")},
    ),
    "port-in-states-region": (
        "Turkmenbashi, a port in Turkmenistan's Balkan Region, handles ferries.",
        set(),
        {("turkmenbashi", "locatedIn", "tkm")},
    ),
}


@pytest.mark.parametrize("name", list(POSSESSIVE_REGION))
def test_a_town_in_a_states_region_is_in_the_region(name):
    text, present, absent = POSSESSIVE_REGION[name]
    found = triples(text)
    assert present <= found
    assert not absent & found


@pytest.mark.parametrize(
    "text, fact",
    [
        ("Talas, a town in Kyrgyzstan's north, hosted the fair.", ("talas", "locatedIn", "kgz")),
        (
            "Termez, a city in southern Uzbekistan, lies on the Amu Darya.",
            ("termez", "locatedIn", "uzb"),
        ),
        ("Termez, a city in Uzbekistan, lies on the Amu Darya.", ("termez", "locatedIn", "uzb")),
    ],
)
def test_a_town_in_a_state_or_its_part_stays(text, fact):
    assert fact in triples(text)


# --- a growth is no share ---------------------------------------------------------------------

GROWTH = [
    "In 2019 trade between Kyrgyzstan and Tajikistan reached US$500 million, 12% more than in"
    " 2018.",
    "In 2019 trade between Kyrgyzstan and Tajikistan reached US$500 million, 12% higher than a"
    " year before.",
    "In 2019 trade between Kyrgyzstan and Tajikistan reached US$500 million, 8% less than in 2018.",
    "In 2019 trade between Kyrgyzstan and Tajikistan reached US$500 million, 12% up on 2018.",
    "In 2019 Kyrgyzstan's trade with Tajikistan reached US$500 million, 5% lower than in 2018.",
]


def _shares(found) -> set:
    return {t for t in found if t[1] == "shareOfTotal"}


def _amounts(found) -> set:
    return {t[2] for t in found if t[1] == "amount"}


@pytest.mark.parametrize("text", GROWTH)
def test_a_growth_is_no_share_of_the_total(text):
    found = triples(text)
    assert _amounts(found) == {"500000000"}  # the figure itself stays
    assert not _shares(found)


@pytest.mark.parametrize(
    "text",
    [
        "In 2019 trade between Kyrgyzstan and Tajikistan reached US$500 million, or 12% of"
        " Kyrgyzstan's foreign trade.",
        "In 2019 trade between Kyrgyzstan and Tajikistan reached US$500 million (12% of the"
        " total).",
    ],
)
def test_a_share_of_the_total_stays(text):
    assert {s[2] for s in _shares(triples(text))} == {"12"}


# --- a company formed by a company and a state is a joint venture ----------------------------

JOINT_VENTURES = [
    "12 May 1997 – Lukoil and Azerbaijan form Azerlukoil, which begins developing the field.",
    "In 2001 Eni and the government of Kazakhstan set up Agip KCO.",
    "In 1996 Gazprom and Uzbekistan set up Uzbekgazneft.",
    "Total and the state of Turkmenistan formed Turkmentotal in 1998.",
]


@pytest.mark.parametrize("text", JOINT_VENTURES)
def test_a_state_and_a_company_forming_a_company_found_no_organisation(text):
    assert not {t for t in triples(text) if t[1] == "coFounderOf"}


@pytest.mark.parametrize(
    "text, founders",
    [
        (
            "In 1992 Russia, Kazakhstan and Oman founded the Caspian Pipeline Consortium.",
            {"rus", "kaz", "omn"},
        ),
        ("Russia and Kazakhstan founded the Caspian Pipeline Consortium in 1992.", {"rus", "kaz"}),
        ("In 2009 Kazakhstan and Turkey set up the Turkic Council.", {"kaz", "tur"}),
    ],
)
def test_states_founding_together_stay(text, founders):
    found = {t[0] for t in triples(text) if t[1] == "coFounderOf"}
    assert founders & found  # at least the state before the verb; its list-mates as they read


# --- "in the same year": the date named last before ------------------------------------------


def _starts(found) -> dict:
    return {t[0]: t[2] for t in found if t[1] == "startDate"}


REFERRING_DATES = {
    "in-the-same-year": (
        "Turkmenistan has been a member of the United Nations since 2 March 1992, and it joined"
        " the Organisation of Islamic Cooperation in the same year.",
        {"membership-tkm-oic": "1992"},
    ),
    "in-that-same-year": (
        "Kyrgyzstan was admitted to the United Nations on 2 March 1992, and it joined the OSCE in"
        " that same year.",
        {"membership-kgz-osce": "1992"},
    ),
    "that-month": (
        "In May 2004 Poland joined the European Union; Slovakia joined NATO that month.",
        {"membership-svk-nato": "2004-05"},
    ),
    "the-following-year": (
        "Georgia joined the Council of Europe in 1999, and Armenia joined the Council of Europe in"
        " the following year.",
        {"membership-arm-council-of-europe": "2000"},
    ),
}


@pytest.mark.parametrize("name", list(REFERRING_DATES))
def test_a_date_given_by_reference_is_the_one_named_before(name):
    text, dates = REFERRING_DATES[name]
    starts = _starts(triples(text))
    for node, date in dates.items():
        assert starts.get(node) == date


@pytest.mark.parametrize(
    "text",
    [
        # no date before it to refer to, or no month in the year named
        "Armenia joined the Council of Europe in the same year.",
        "In 2004 Poland joined the European Union; Slovakia joined NATO that month.",
    ],
)
def test_a_reference_with_nothing_to_refer_to_gives_no_date(text):
    assert not {n for n in _starts(triples(text)) if n.startswith("membership-svk")
                or n.startswith("membership-arm")}  # fmt: skip


# --- "the EU–Central Asia summit" is a meeting of the two, no summit of the organisation -----

PAIRED_FORMATS = [
    "3–4 April 2025 – The first EU–Central Asia summit is held in Samarkand, Uzbekistan.",
    "12–13 May 2024 – The first ASEAN–Russia summit is held in Sochi, Russia.",
    "2–3 June 2023 – The second EU–Central Asia summit is held in Cholpon-Ata, Kyrgyzstan.",
    "5–6 October 2022 – The first GCC–Central Asia summit is held in Jeddah, Saudi Arabia.",
]


@pytest.mark.parametrize("text", PAIRED_FORMATS)
def test_a_paired_summit_is_no_summit_of_the_organisation(text):
    assert not {t for t in triples(text) if t[1] in ("heldIn", "organisation")}


@pytest.mark.parametrize(
    "text, city",
    [
        ("3–4 April 2025 – The SCO summit is held in Samarkand, Uzbekistan.", "samarkand"),
        ("5–6 October 2022 – The CICA summit is held in Astana.", "astana"),
    ],
)
def test_an_organisations_own_summit_stays(text, city):
    assert any(t[1] == "heldIn" and t[2] == city for t in triples(text))
