"""Facts a reviewer found invented in look-alike sentences (FIX9B, rv9-B), mended by their
general cause, each with other wordings and other entities than the reviewer's sentences, and
the plain statements next to them that must still give the fact.

1. Belief and opinion wording is no hedge-free statement: a fact called wrong ("wrongly",
   "mistakenly", "a misconception"), only thought or assumed ("many think C is ...", right
   before the match), or only described, regarded, seen or viewed so (hedges.jsonl).
2. "O replaced|succeeded P as <role>" is a replacement in a role, no succession (the relation
   rule ``succeeded`` and the trigger line ``organisation-replaced``).
3. "its border with B" is the border of the clause's subject or possessor, never of a state
   named right after a preposition or a verb of bordering ("borders A ..., while its border
   with B", "X's border with A is longer than its border with B"): the rule
   ``state-its-border-with`` refuses such a first state (its ``not_after``).
4. "the <demonym> city|port|town of C" locates C only for a bare demonym: "the Chinese-built
   port of", "the Russian-speaking city of", "the predominantly Uzbek city of" say who built,
   speaks or lives there (``state-port-of-city``: only a sea's name between, "the Russian Black
   Sea port of").
5. A past count gives no count (a count figure has no date): "O had N members when ...|until
   ...|before ...", "At its founding|creation in D, O had N members", "When it was founded in D,
   O had N members" (``org-members-count``, ``org-participating-states``).
6. A count of joint ventures in a city or region ("in C alone", "registered|based|operating in
   C", "in the R region") is a part, not the national count (``joint-ventures-count``); a bare
   "N A-B joint enterprises in C" is still read (tests/test_relations.py asserts it).
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples


def _facts(text: str, *properties: str) -> set[tuple[str, str, str]]:
    """The assertion triples of ``text`` with one of ``properties``."""
    return {t for t in assertion_triples(text, stem="fix9b") if t[1] in properties}


_CAPITAL = ("capitalOf", "officialLanguage", "predecessor")


# 1. belief and opinion wording
@pytest.mark.parametrize(
    "text",
    [
        "Istanbul is sometimes mistakenly called the capital of Turkey.",
        "It is a widespread misconception that Istanbul is the capital of Turkey.",
        "Many tourists think Istanbul is Turkey's capital.",
        "Some visitors assume that Istanbul is the capital of Turkey.",
        "Many people think that English is the official language of India.",
        "The CSTO is often regarded as the successor of the Warsaw Pact.",
        "The Organization of Turkic States is widely seen as a successor of the Turkic Council.",
        "Western newspapers often describe the Eurasian Economic Union as the successor to the "
        "Soviet Union.",
        "The CIS is erroneously described as the successor of the Soviet Union.",
        "The CIS is often viewed as the successor of the Soviet Union.",
    ],
)
def test_a_fact_only_believed_described_or_called_wrong_gives_nothing(text):
    assert _facts(text, *_CAPITAL) == set()


@pytest.mark.parametrize(
    "text, fact",
    [
        ("Ankara is the capital of Turkey.", ("ankara", "capitalOf", "tur")),
        ("Ankara became Turkey's capital in 1923.", ("ankara", "capitalOf", "tur")),
        ("Hindi is the official language of India.", ("ind", "officialLanguage", "hindi")),
        (
            "The Organization of Turkic States was established in 2021 as the successor of the "
            "Turkic Council.",
            (
                "organization-of-turkic-states",
                "predecessor",
                "cooperation-council-of-turkic-speaking-states",
            ),
        ),
    ],
)
def test_the_plain_statement_still_gives_the_fact(text, fact):
    assert fact in _facts(text, *_CAPITAL)


# 2. a replacement in a role
@pytest.mark.parametrize(
    "text",
    [
        "The CSTO replaced the CIS as the region's security framework.",
        "The SCO replaced the Shanghai Five as the forum for border talks.",
        "The Organization of Turkic States succeeded the Turkic Council as the umbrella body of "
        "Turkic states.",
        "The OSCE replaced the UN as the mediator in the dispute.",
        "The CSTO succeeded the CIS as the guarantor of collective security.",
    ],
)
def test_a_replacement_in_a_role_is_no_succession(text):
    assert _facts(text, "predecessor") == set()


@pytest.mark.parametrize(
    "text, fact",
    [
        (
            "The Eurasian Economic Union replaced the Eurasian Economic Community in 2015.",
            ("eaeu", "predecessor", "eurasec"),
        ),
        (
            "The Eurasian Economic Union, which replaced the Eurasian Economic Community, was "
            "launched in 2015.",
            ("eaeu", "predecessor", "eurasec"),
        ),
        (
            "The Organization of Turkic States succeeded the Turkic Council.",
            (
                "organization-of-turkic-states",
                "predecessor",
                "cooperation-council-of-turkic-speaking-states",
            ),
        ),
    ],
)
def test_a_plain_replacement_is_still_a_succession(text, fact):
    assert fact in _facts(text, "predecessor")


# 3. "its border with": the subject's or the possessor's, never the nearest state
def _borders(text: str) -> set[tuple[str, str, str]]:
    return _facts(text, "sharesBorderWith")


@pytest.mark.parametrize(
    "text, wrong",
    [
        (
            "Uzbekistan borders Afghanistan along a short stretch, while its border with "
            "Kazakhstan is far longer.",
            ("afg", "sharesBorderWith", "kaz"),
        ),
        (
            "Mongolia's frontier with Russia is shorter than its border with China.",
            ("rus", "sharesBorderWith", "chn"),
        ),
        (
            "Tajikistan shares a border with Afghanistan, and its border with Kyrgyzstan is "
            "disputed.",
            ("afg", "sharesBorderWith", "kgz"),
        ),
        (
            "Turkmenistan is bordered by Iran, and its border with Uzbekistan runs along the "
            "Amu Darya.",
            ("irn", "sharesBorderWith", "uzb"),
        ),
        (
            "Georgia has a long border with Russia, but its border with Armenia is short.",
            ("rus", "sharesBorderWith", "arm"),
        ),
    ],
)
def test_its_border_is_not_the_border_of_a_state_after_a_preposition(text, wrong):
    assert wrong not in _borders(text)


@pytest.mark.parametrize(
    "text, fact",
    [
        ("Mongolia closed its border with China in 2020.", ("mng", "sharesBorderWith", "chn")),
        (
            "Ukraine has repeatedly reinforced its border with Belarus.",
            ("ukr", "sharesBorderWith", "blr"),
        ),
        (
            "In 2019 Uzbekistan reopened its border with Tajikistan.",
            ("uzb", "sharesBorderWith", "tjk"),
        ),
        (
            "Tajikistan shares a border with Afghanistan, and its border with Kyrgyzstan is "
            "disputed.",
            ("tjk", "sharesBorderWith", "kgz"),
        ),
    ],
)
def test_its_border_of_the_subject_is_still_read(text, fact):
    assert fact in _borders(text)


# 4. a demonym qualified by a hyphenated word or an adverb locates nothing
def _located(text: str) -> set[tuple[str, str, str]]:
    return _facts(text, "locatedIn")


@pytest.mark.parametrize(
    "text",
    [
        "The Chinese-funded port of Aktau handles grain.",
        "The Russian-speaking city of Pavlodar lies on the Irtysh.",
        "The Turkish-built city of Turkistan has a new airport.",
        "The Russian-majority city of Petropavl lies in the north.",
        "The predominantly Uzbek city of Osh has a large bazaar.",
        "The historically Uzbek city of Shymkent attracts many tourists.",
        "The mostly Russian town of Ridder has a zinc plant.",
    ],
)
def test_a_qualified_demonym_locates_no_city(text):
    assert _located(text) == set()


@pytest.mark.parametrize(
    "text, fact",
    [
        (
            "The convention was signed in the Kazakh port of Aktau in 2018.",
            ("aktau", "locatedIn", "kaz"),
        ),
        ("The summit was held in the Saudi city of Jeddah.", ("jeddah", "locatedIn", "sau")),
        ("The park lies near the Kazakh town of Khorgos.", ("khorgos", "locatedIn", "kaz")),
        (
            "The pipeline runs from the Tengiz field to the Russian Black Sea port of "
            "Novorossiysk.",
            ("novorossiysk", "locatedIn", "rus"),
        ),
    ],
)
def test_a_bare_demonym_still_locates_the_city(text, fact):
    assert fact in _located(text)


# 5. a past count is no count of today
def _counts(text: str) -> set[tuple[str, str, str]]:
    return _facts(text, "count", "participatingStateCount")


@pytest.mark.parametrize(
    "text",
    [
        "The CSTO had six members when Uzbekistan left it.",
        "At its creation in 2015, the Eurasian Economic Union had three members.",
        "When it was founded in 2001, the SCO had six members.",
        "The OSCE had 35 participating states before the Soviet Union collapsed.",
        "The CIS had twelve members by the time Georgia withdrew.",
        "At its launch on 1 January 2015, the Eurasian Economic Union had three members.",
    ],
)
def test_a_past_count_gives_no_count(text):
    assert _counts(text) == set()


@pytest.mark.parametrize(
    "text, count",
    [
        ("The SCO now has ten members.", "10"),
        ("The OSCE has 57 participating states.", "57"),
        ("The CSTO comprises six members.", "6"),
        ("Founded in 2001, the SCO now has ten members.", "10"),
        ("The SCO has ten members as of 2024.", "10"),
    ],
)
def test_a_present_count_is_still_read(text, count):
    assert count in {o for _, _, o in _counts(text)}


# 6. joint ventures in a city or region are a part of the national count
@pytest.mark.parametrize(
    "text",
    [
        "There were 200 Kazakh-Chinese joint ventures in Shymkent alone in 2020.",
        "Some 40 Kazakh-Chinese joint ventures operating in Aktobe were audited.",
        "There are 60 Kazakh-Russian joint ventures registered in the Pavlodar region.",
        "There are 30 Kazakh-Uzbek joint ventures in the Turkistan region.",
        "There are 45 Kazakh-Turkish joint ventures based in Shymkent.",
    ],
)
def test_joint_ventures_of_a_city_or_region_give_no_count(text):
    assert _counts(text) == set()


@pytest.mark.parametrize(
    "text, count",
    [
        ("There are 374 Kazakh-US joint ventures and 91 representatives of US companies.", "374"),
        ("There are 120 Kazakh-German joint ventures in Kazakhstan.", "120"),
        ("Kazakhstan has 600 Kazakh-Chinese joint ventures.", "600"),
        # a part named before the whole: the whole is the pair's count
        ("Some 60 of the 500 Kazakh-Turkish joint ventures operate in Shymkent.", "500"),
        ("Over 90 of the 650 Kazakh-Chinese joint ventures are registered in Aktobe.", "650"),
    ],
)
def test_joint_ventures_of_the_pair_are_still_counted(text, count):
    assert count in {o for _, _, o in _counts(text)}
