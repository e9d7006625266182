"""Fact-sheet lines under a heading in capitals, a count keyed by its noun, and the subject of
a ministry's "Bilateral relations: X" page (brief REC14C).

"MOROCCO" / "Capital: Rabat": a heading written in capitals names its state as the mixed-case
"Morocco" does (a state's or organisation's short name is matched in any case in a sentence
written in capitals). "Governorates: 27", "Provinces: 81": the key is the counted noun of a
count of the heading's state. "Bilateral relations: Islamic Republic of Pakistan" opens the
page's lines about Pakistan, like "Country profile: X"; a heading "Country profile" keeps the
subject above. Look-alikes: two states in the heading, a headline in capitals stating a plan,
a negation or a question, observers, candidates, partners, former capitals, suspended or ended
memberships, an inexact or doubted count, a section on ties, a bilateral page of two states.
"""

from __future__ import annotations

import pytest


def triples(found) -> set[tuple]:
    return {f[1:] for f in found if f[0] == "triple"}


def nodes(found, kind: str) -> list[dict]:
    return [f[2] for f in found if f[0] == "node" and f[1] == kind]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "NORTH AFRICA: PARTNER PROFILES\n\nMOROCCO\nCapital: Rabat\nHead of state: King"
            " Mohammed VI\nBorders: Algeria (1,941 km), Mauritania\n\nTUNISIA\nCapital: Tunis\n",
            {
                ("rabat", "kz:capitalOf", "mar"),
                ("mohammed-vi", "kz:headOfStateOf", "mar"),
                ("mar", "kz:sharesBorderWith", "dza"),
                ("mar", "kz:sharesBorderWith", "mrt"),
                ("tunis", "kz:capitalOf", "tun"),
            },
        ),
        (
            "SOUTH KOREA\nCapital: Seoul\nOfficial language: Korean\n",
            {("seoul", "kz:capitalOf", "kor"), ("kor", "kz:officialLanguage", "korean")},
        ),
        (
            "Embassy of the Republic of Kazakhstan\nBilateral relations: Kingdom of Thailand\n\n"
            "Capital: Bangkok\nOfficial language: Thai\n",
            {("bangkok", "kz:capitalOf", "tha"), ("tha", "kz:officialLanguage", "thai")},
        ),
        (
            "Invest in Mongolia\n\nWhy Mongolia?\n• Rich in copper and coal\n\nCountry profile\n"
            "Capital: Ulaanbaatar\n",
            {("ulaanbaatar", "kz:capitalOf", "mng")},
        ),
    ],
)
def test_fact_sheet_lines_under_their_heading(facts, text, expected):
    assert expected <= triples(facts(text))


@pytest.mark.parametrize(
    ("text", "state", "noun", "count"),
    [
        ("Jordan\nCapital: Amman\nGovernorates: 12\n", "jor", "governorates", "12"),
        ("TURKEY\nProvinces: 81\n", "tur", "provinces", "81"),
        ("Switzerland\nCantons: 26\n", "che", "cantons", "26"),
    ],
)
def test_a_key_is_the_counted_noun(facts, text, state, noun, count):
    counts = nodes(facts(text), "kz:CountFigure")
    assert [(c["kz:countedIn"], c["kz:countOf"], c["kz:count"]) for c in counts] == [
        ([state], [(noun, "xsd:string")], [(count, "xsd:integer")])
    ]


@pytest.mark.parametrize(
    "text",
    [
        "KAZAKHSTAN AND UZBEKISTAN\nCapital: Tashkent\nRegions: 14\n",  # two states
        "MOROCCO AND TUNISIA – KEY FACTS\nCapital: Rabat\nHead of state: King Mohammed VI\n",
        "GEORGIA\nObserver: Eurasian Economic Union\nFormer capital: Kutaisi\nPartners: Turkey,"
        " Azerbaijan\nCandidate: European Union\nApplied: NATO (2008)\n",
        "KAZAKHSTAN MAY JOIN BRICS, MINISTER SAYS\nThe minister said the question was open.\n",
        "UZBEKISTAN IS NOT A MEMBER OF THE EURASIAN ECONOMIC UNION\nIt has observer status.\n",
        "ARMENIA\nMemberships: CSTO (suspended)\nMember of: GUAM (until 2012)\n",
        "RUSSIA\nCapital: the question is whether Moscow will remain the hub\n"
        "The question: will Kazakhstan join BRICS?\n",
        "SWITZERLAND\nRegions: about 7\nCounties: 3 (planned)\nProvinces: Ticino, Valais\n",
        "Bilateral relations: Kazakhstan–Pakistan\n\nCapital: Islamabad\n",  # whose capital?
        "Bilateral relations: Ruritania\n\nCapital: Islamabad\n",  # nobody known
    ],
)
def test_look_alikes_state_nothing(facts, text):
    assert facts(text) == []


def test_a_section_on_ties_keeps_the_profile_subject(facts):
    """Under "RELATIONS WITH CHINA" on Kazakhstan's profile, "Capital:" is nobody's."""
    found = facts("KAZAKHSTAN\nRegions: 17\n\nRELATIONS WITH CHINA\nCapital: Beijing\n")
    assert triples(found) == set()
    assert [c["kz:countedIn"] for c in nodes(found, "kz:CountFigure")] == [["kaz"]]


def test_a_capitals_line_reads_no_short_name_in_prose(facts):
    """A sentence with lowercase words keeps exact-case matching: "turkey" is no state."""
    found = facts("Egypt\nCapital: Cairo\nMain dish: roast turkey with chad sauce\n")
    assert triples(found) == {("cairo", "kz:capitalOf", "egy")}


def test_a_long_item_line_does_not_run_into_the_next_item(facts):
    """A key-value line too long for a heading stays one item when the next line opens with a
    key of its own ("Observer: ..."), so its last name does not run on into that key."""
    found = facts(
        "Azerbaijan\nMember of: United Nations, Organisation of Islamic Cooperation, Organization"
        " of Turkic States\nObserver: Eurasian Economic Union\n"
    )
    assert triples(found) == {
        ("aze", "kz:memberOf", "united-nations"), ("aze", "kz:memberOf", "oic"),
        ("aze", "kz:memberOf", "organization-of-turkic-states"),
    }  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan and Uzbekistan signed a treaty on the demarcation of their state border in\n"
        "Astana. The ratification followed in 2002.",
        "Notes: the figures in this table were compiled from national statistics offices of\n"
        "several states. Source: national statistics.",
    ],
)
def test_wrapped_prose_still_runs_on(text):
    from kzgraph.sentences import iter_lines

    assert len(list(iter_lines(text))) == 1


SCO = "shanghai-cooperation-organisation"
_SCO_MEMBERS = "Shanghai Cooperation Organisation\n\nMembers\n"


def test_an_open_key_lists_later_members(facts):
    """ "Members admitted after the first summit: A (D1), B (D2)": each a member from its date."""
    found = facts(
        _SCO_MEMBERS + "Members admitted after the first summit: India (2017), Pakistan (2017)"
        " and Iran (2023).\n"
    )
    assert triples(found) == {(s, "kz:memberOf", SCO) for s in ("ind", "pak", "irn")}
    dates = {m["kz:member"][0]: m["kz:startDate"] for m in nodes(found, "kz:Membership")}
    assert dates["irn"] == [("2023", "xsd:gYear")]


@pytest.mark.parametrize(
    "key",
    [
        "Members admitted after the first summit as observers",
        "Members admitted after the first summit (planned)",
        "Members expected to be admitted after the next summit",
        "Members admitted after the first summit and later suspended",
        "Members admitted after the first summit, then expelled",
    ],
)
def test_an_open_key_with_a_doubt_states_nothing(facts, key):
    assert facts(_SCO_MEMBERS + key + ": Mongolia (2004), Belarus (2015).\n") == []
