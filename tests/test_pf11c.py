"""Facts a probe of geography, figures, energy and perspective (PF11C, session 11) found
invented, mended by their general cause, each with other wordings and other entities than the
probes' sentences, and the plain statements next to them that must still give the fact.

1. "<unit> of <State>" before a match opening with the state's slot: the state only qualifies
   the subnational unit (a Region mention or a head of the lexicon list
   pf11c-subnational-unit-heads: "region", "oblast", "krai", "province", "district" ...), whose
   border and length it is, never the state's (relations._state_of_subnational_unit): "The
   Orenburg Region of Russia has a 1,876-km border with Kazakhstan" gave Russia's border with
   Kazakhstan a length of 1,876 km. "The Republic of X" is one mention and still opens the
   match.
2. A sentence's fronted date ("In|On|During D ,") governs a later clause joined by ", while|
   whereas|and|but|as" or ";" when the sentence names no other date: a trade or investment
   figure there (a kind keyed by its year) takes it (relation_dates._fronted_date_over_conjunct,
   lexicon pf11c-fronted-date-conjunct-openers): "In 2022, the United States invested US$5.5
   billion in Kazakhstan, while Kazakhstan invested US$0.3 billion in the US" gave the second
   investment without its year (a node keyed by the year it lacks).
3. A count of joint ventures followed by the sector or place it is limited to is a part, not
   the pair's count (``joint-ventures-count``, ``states-have-joint-ventures``: not_before "in
   the oil sector|industry", "in agriculture|textiles ...", "in <State> and <Number>", and, for
   the second rule, the region and "alone" phrases the first already had): "Turkey and
   Kazakhstan have 50 joint ventures in textiles and about 1,000 in construction" gave the pair
   50 joint ventures.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples


def _facts(text: str, *properties: str) -> set[tuple[str, str, str]]:
    """The assertion triples of ``text`` with one of ``properties``."""
    return {t for t in assertion_triples(text, stem="pf11c") if t[1] in properties}


@pytest.mark.parametrize(
    "text",
    [
        "The Kashkadarya Province of Uzbekistan has a 240 km border with Turkmenistan.",
        "The Zabaykalsky Krai of Russia shares a 998-km border with China.",
        "The Issyk-Kul Region of Kyrgyzstan and China share a 400-km frontier.",
        "The Batken district of Kyrgyzstan shares a 90-km border with Tajikistan.",
        "The Sughd Region of Tajikistan has a 400 km border with Uzbekistan.",
    ],
)
def test_a_units_border_is_not_its_states(text):
    assert _facts(text, "lengthKm") == set()
    assert _facts(text, "sharesBorderWith") == set()


@pytest.mark.parametrize(
    ("text", "pair", "length"),
    [
        ("Kazakhstan has a 1,782 km border with China.", ("kaz", "chn"), "1782"),
        ("Uzbekistan shares a 1,621-km border with Turkmenistan.", ("uzb", "tkm"), "1621"),
        ("The Federal Republic of Germany has a 815-km border with France.", ("deu", "fra"), "815"),
        (
            "The Republic of Kazakhstan shares a 7,644-km border with the Russian Federation.",
            ("kaz", "rus"),
            "7644",
        ),
    ],
)
def test_a_states_own_border_keeps_its_length(text, pair, length):
    assert (pair[0], "sharesBorderWith", pair[1]) in _facts(text, "sharesBorderWith")
    assert {o for _, _, o in _facts(text, "lengthKm")} == {length}


def _years(text: str, kind: str) -> dict[str, set[str]]:
    """The years of each figure node of ``text`` whose key opens with ``kind``, by node."""
    found: dict[str, set[str]] = {}
    for subject, prop, obj in assertion_triples(text, stem="pf11c"):
        if subject.startswith(kind + "-"):
            found.setdefault(subject, set())
            if prop == "year":
                found[subject].add(obj)
    return found


@pytest.mark.parametrize(
    ("text", "node", "year"),
    [
        (
            "In 2021, Germany invested US$400 million in Uzbekistan, while Uzbekistan invested "
            "US$50 million in Germany.",
            "investment-uzb-deu-50000000",
            "2021",
        ),
        (
            "In 2019 Air Astana's profit grew, and trade between Mongolia and China totalled "
            "US$9 billion.",
            "trade-chn-mng-9000000000",
            "2019",
        ),
        (
            "In 2020, exports to Italy fell, but trade between Kyrgyzstan and Turkey reached "
            "US$1 billion.",
            "trade-kgz-tur-1000000000",
            "2020",
        ),
        (
            "During 2022, Canada invested US$90 million in Kazakhstan, whereas Kazakhstan invested "
            "US$10 million in Canada.",
            "investment-kaz-can-10000000",
            "2022",
        ),
    ],
)
def test_a_fronted_date_dates_the_later_clause(text, node, year):
    assert _years(text, node.split("-")[0])[f"{node}-{year}"] == {year}
    assert node not in _years(text, node.split("-")[0])  # no undated node beside it


def test_another_date_in_the_sentence_keeps_each_clause_its_own():
    text = (
        "In 2018, Uzbekistan invested US$1 billion in Kazakhstan, while in 2015 Kazakhstan "
        "invested US$2 billion in Uzbekistan."
    )
    assert _years(text, "investment") == {
        "investment-uzb-kaz-1000000000-2018": {"2018"},
        "investment-kaz-uzb-2000000000-2015": {"2015"},
    }


def test_a_since_date_later_in_the_sentence_lends_no_fronted_year():
    text = (
        "In 2019, trade between Turkmenistan and China reached US$9 billion, while Iran has "
        "invested US$1 billion in Turkmenistan since 2011."
    )
    assert _years(text, "investment") == {"investment-irn-tkm-1000000000": set()}


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan and Georgia have 40 joint ventures in tourism and 15 in logistics.",
        "There are 250 Kazakh-Russian joint ventures in the metallurgical sector.",
        "Uzbekistan and Turkey have 300 joint ventures in the textile industry.",
        "Kyrgyzstan and China have 500 joint ventures in Kyrgyzstan and 60 in China.",
        "Kazakhstan and Pakistan have 12 joint ventures in the Almaty Region.",
    ],
)
def test_a_part_of_the_joint_ventures_is_no_count(text):
    assert _facts(text, "count") == set()


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Kazakhstan and Georgia have 40 joint ventures.", "40"),
        ("Uzbekistan and Turkey have 300 joint ventures in total.", "300"),
        ("There are 250 Kazakh-Russian joint ventures in Kazakhstan.", "250"),
    ],
)
def test_the_pairs_whole_count_is_still_read(text, count):
    assert {o for _, _, o in _facts(text, "count")} == {count}
