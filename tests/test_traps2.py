"""The extractor on tests/traps2/: look-alikes in pasted layouts (an infobox, a chronology, a news
report, trade press, an FAQ) must give nothing; and the hedges brief P added for them.

A wrong triple is worse than a missing one, so the floor here is exact: every extracted fact
must be in the gold. The corpus and its first score are described in tests/traps2/README.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fact_cases import assert_no_wrong_fact

from kzgraph.hedges import Hedges, hedged, load_hedges

TRAPS2 = Path(__file__).parent / "traps2"


def test_no_trap_of_the_pasted_layouts_gives_a_fact(scoring):
    assert_no_wrong_fact(scoring, TRAPS2, "traps2", gold=66, recall=0.72)


# Look-alikes by the hedge (or the reading) that stops them, filled section by section below:
# no fact at all (test_a_look_alike_gives_nothing), no StateVisit node (test_no_state_visit).
GIVES_NOTHING: dict[str, list[str]] = {}
NO_VISIT: dict[str, list[str]] = {}
# Their plain counterparts: (a sentence, the binary fact it keeps), test_a_plain_fact_is_kept.
KEEPS: dict[str, list[tuple[str, tuple[str, str, str]]]] = {}


def _visits(extracted: list) -> list:
    return [fact for fact in extracted if fact[:2] == ("node", "kz:StateVisit")]


# hedge-lesser-office: an office below a leader's, right before the person the match opens with
# (or inside the clause a trigger reads), is no state visit
NO_VISIT["a_minister_or_deputy_visiting"] = [
    "First Deputy Prime Minister Roman Sklyar paid a working visit to Minsk in 2023.",
    "Defence Minister Sergei Shoigu visited Bishkek in 2019.",
    "Vice President Mike Pence visited Tbilisi in 2017.",
    "Deputy Foreign Minister Akan Rakhmetullin travelled to Ulaanbaatar in May 2024.",
]


@pytest.mark.parametrize(
    ("text", "visitor", "place"),
    [
        (
            "Prime Minister Shehbaz Sharif visited Tashkent in July 2023.",
            "shehbaz-sharif",
            "tashkent",
        ),
        ("President Sadyr Japarov visited Baku in 2024.", "sadyr-japarov", "baku"),
        # the office names no one here: "his foreign minister," is followed by a comma
        (
            "President Emomali Rahmon, accompanied by his foreign minister, visited Tashkent in "
            "March 2018.",
            "emomali-rahmon",
            "tashkent",
        ),
    ],
)
def test_a_leaders_visit_keeps_its_node(facts, text, visitor, place):
    visits = _visits(facts(text))
    assert [(v[2]["kz:visitor"], v[2]["kz:destination"]) for v in visits] == [([visitor], [place])]


def test_an_office_hedges_only_when_a_name_follows_it_at_the_match():
    hedges = Hedges(title=(("foreign", "minister"),))
    words = ["chinese", "foreign", "minister", "wang-yi", "visited", "astana"]
    assert hedged(words, 3, 6, hedges)  # the match opens at the name, the office right before
    assert hedged(words, 0, 6, hedges)  # a clause that holds the office
    assert not hedged(["the", "foreign", "minister", "of", "x", "visited", "c"], 0, 7, hedges)
    assert not hedged(
        ["foreign", "minister", "wang-yi", "said", "that", "p", "visited", "c"], 5, 8, hedges
    )


def test_the_shipped_hedges_list_offices_but_not_a_prime_minister():
    offices = load_hedges().title
    assert ("foreign", "minister") in offices and ("deputy", "prime", "minister") in offices
    assert ("prime", "minister") not in offices and ("president",) not in offices


# hedge-date-past-role: "X joined O as a full member in D" must not give an undated node
def test_a_date_past_as_a_full_member_leaves_no_undated_membership(facts):
    extracted = facts(
        "Armenia joined the Eurasian Economic Union as a full member in January 2015."
    )
    memberships = [fact for fact in extracted if fact[:2] == ("node", "kz:Membership")]
    assert all("kz:startDate" in fact[2] for fact in memberships), memberships


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Armenia joined the Eurasian Economic Union as a full member.", None),
        ("Armenia joined the Eurasian Economic Union in 2015 as a full member.", "2015"),
    ],
)
def test_a_full_member_without_a_later_date_keeps_its_membership(facts, text, date):
    extracted = facts(text)
    assert ("triple", "arm", "kz:memberOf", "eaeu") in extracted
    props = {"kz:member": ["arm"], "kz:organisation": ["eaeu"]}
    if date:
        props["kz:startDate"] = [(date, "xsd:gYear")]
    assert ("node", "kz:Membership", props) in extracted


# hedge-plan-label and hedge-plan-bracket: a chronology or list line whose label marks a plan
PLAN_LINES = [
    "2029 – Goal: Tajikistan joins the Eurasian Economic Union.",
    "2028 (tentative) – Uzbekistan and Turkmenistan sign the Treaty on Water Sharing.",
    "Projected for 2035: Kyrgyzstan and China sign the Agreement on the Railway.",
    "2026 – Uzbekistan joins the World Trade Organization (expected).",
]

# hedge-opinion, hedge-attributed-*: opinion, speculation, anonymous sources,
# critics' and commentators' claims
ATTRIBUTED = [
    "Sources said Turkmenistan joined the Collective Security Treaty Organization in 2005.",
    "According to critics, Mongolia joined the Eurasian Economic Union in 2023.",
    "Afghanistan joined the Eurasian Economic Union in 2023, according to rumours.",
    "Kyrgyzstan signed the Agreement on Water Sharing in 2020, if local press reports are "
    "accurate.",
    "Commentators in Moscow say Azerbaijan joined the Collective Security Treaty Organization in "
    "2001.",
    "Some experts believe that Japan invested $10 billion in Uzbekistan in 2022.",
    "Tajikistan is thought to have joined the Organization of Turkic States in 2023.",
    "Experts estimate that trade between Uzbekistan and Russia reached $9 billion in 2022.",
]


GIVES_NOTHING["a_planned_or_attributed_fact"] = PLAN_LINES + ATTRIBUTED


@pytest.mark.parametrize(
    "text",
    [
        "2013 – Tajikistan joins the World Trade Organization.",
        # a plan word in prose before the match is no label
        "Planning for the summit began in 2012, and Tajikistan joined the World Trade "
        "Organization in 2013.",
        # an official source keeps its fact
        "Tajikistan joined the World Trade Organization in 2013, the ministry said.",
    ],
)
def test_a_plain_line_or_an_official_source_keeps_its_membership(facts, text):
    extracted = facts(text)
    assert ("triple", "tjk", "kz:memberOf", "wto") in extracted
    props = {
        "kz:member": ["tjk"],
        "kz:organisation": ["wto"],
        "kz:startDate": [("2013", "xsd:gYear")],
    }
    assert ("node", "kz:Membership", props) in extracted


def test_a_label_is_the_lines_first_few_words_before_a_colon_or_dash():
    hedges = Hedges(label=frozenset({"planned", "talks"}))
    assert hedged(["2031", "(", "planned", ")", "–", "x", "joins", "o"], 5, 8, hedges)
    assert hedged(["planned", "for", "2033", ":", "x", "joins", "o"], 4, 7, hedges)
    # prose before a colon is no label: "X has hosted peace talks: the memorandum was signed ..."
    long = ["x", "has", "also", "hosted", "peace", "talks", ":", "t", "was", "signed"]
    assert not hedged(long, 7, 10, hedges)


# Key-value lines whose key or value carries a plan or a lesser status in brackets: the layout
# reader (brief K) gave facts for these until it read the brackets; they must give nothing.
LAYOUT_PLANS = [
    "Eurasian Economic Union\nMembers (planned): Tajikistan, Uzbekistan\n",
    "Power of Siberia 2\nCompletion: 2030 (planned)\n",
    "Power of Siberia 2\nBuilders (shortlisted): Gazprom, CNPC\n",
    "Uzbekistan\nMember of: World Trade Organization (applicant)\n",
]


GIVES_NOTHING["a_key_value_line_marked_as_a_plan"] = LAYOUT_PLANS


# hedge-at-a-distance-more and hedge-summit-as-modifier: a summit held online, or the summit as
# a modifier of another thing, is no summit in the city
GIVES_NOTHING["a_summit_held_online_or_named_as_a_modifier"] = [
    "Ashgabat hosted the CIS summit preparations in 2019.",
    "Bishkek hosted the CSTO summit on 26 November 2020 as a virtual event.",
    "Minsk hosted the EAEU summit in 2020, which was held online.",
    "The CIS summit in Ashgabat in 2020 was held by videoconference.",
]


@pytest.mark.parametrize(
    ("text", "city", "year"),
    [
        ("Yerevan hosted the CSTO summit on 23 November 2022.", "yerevan", "2022-11-23"),
        # preparations named later, in a clause of their own
        (
            "Dushanbe hosted the CIS summit in 2018, whose preparations took a year.",
            "dushanbe",
            "2018",
        ),
    ],
)
def test_a_summit_in_a_city_keeps_its_node(facts, text, city, year):
    summits = [f for f in facts(text) if f[:2] == ("node", "kz:Summit")]
    assert [(s[2]["kz:heldIn"], s[2]["kz:startDate"][0][0]) for s in summits] == [([city], year)]


# ended21-ended-after-words: a membership stated as a state the same sentence ends is no
# membership (ENDED21: one stated by its event, "X joined O in D and left it in D2", keeps its fact)
GIVES_NOTHING["a_membership_ended_in_the_same_sentence"] = [
    "Uzbekistan was a member of the CSTO and withdrew in 2012.",
    "Georgia was a member of the CIS and left it in 2009.",
    "Georgia, a member of the CIS, was expelled in 2009.",
    "Uzbekistan had been a member of the CSTO before it withdrew in 2012.",
]


def test_leaving_another_organisation_keeps_the_first_membership(facts):
    extracted = facts(
        "Georgia joined the World Trade Organization in 2000 and left the Commonwealth of "
        "Independent States in 2009."
    )
    assert ("triple", "geo", "kz:memberOf", "wto") in extracted
    assert not [f for f in extracted if "cis" in repr(f)]


# hedge-called-off-after-verb: a visit whose match ends at its own verb ("X's visit to C in D
# took|was ...") and is then held online or called off
NO_VISIT["a_visit_held_online_or_called_off_after_its_verb"] = [
    "Serdar Berdimuhamedow's state visit to Baku in 2023 took place by videoconference.",
    "Emomali Rahmon's official visit to Bishkek in 2022 was called off.",
]


def test_after_the_verb_only_an_online_or_called_off_event_is_hedged():
    hedges = load_hedges()
    words = ["v", "'s", "visit", "to", "c", "in", "d", "took", "place", "amid", "warm", "ties"]
    assert not hedged(words, 0, 8, hedges)
    words[9:] = ["online", "."]
    assert hedged(words, 0, 8, hedges)


# a label holding a closed span of years: the state it names ended
GIVES_NOTHING["a_line_labelled_with_a_span_of_years"] = [
    "Timeline\n1991–2012 – Uzbekistan is a member of the Collective Security Treaty "
    "Organization.\n",
    "Timeline\n1999–2005: Uzbekistan belongs to GUAM.\n",
]


KEEPS["a_line_labelled_with_one_year"] = [
    (
        "Timeline\n1992 – Kazakhstan joins the United Nations.\n",
        ("kaz", "memberOf", "united-nations"),
    ),
]


# hedge-figure-to-reach, hedge-figure-disputed: a figure to be reached, or one the sentence disputes
GIVES_NOTHING["a_figure_to_reach_or_disputed"] = [
    "The presidents want to triple trade between Uzbekistan and Turkey to $6 billion.",
    "Both governments agreed to raise trade between Kyrgyzstan and China to $20 billion.",
    "Turkish investment in Uzbekistan reached $1 billion in 2022, a figure disputed by analysts.",
]


@pytest.mark.parametrize(
    "text",
    [
        "Trade between Uzbekistan and Turkey doubled to $5 billion in 2023.",
        "Turkish investment in Uzbekistan reached $1 billion in 2022, a record.",
    ],
)
def test_a_figure_reached_keeps_its_node(facts, text):
    kinds = [f[1] for f in facts(text) if f[0] == "node"]
    assert kinds in (["kz:TradeFigure"], ["kz:InvestmentFigure"])


# a length later in the match's clause that the match left out: the border node would lack it
GIVES_NOTHING["a_border_whose_length_the_match_leaves_out"] = [
    "Uzbekistan borders Kazakhstan along a frontier of 2,330 km.",
]


def test_a_border_with_its_length_after_the_verb_gives_the_whole_fact(facts):
    # once a look-alike above (the old rule left the length out); borders.py reads it whole
    extracted = facts("Mongolia borders China for 4,630 kilometres.")
    assert sorted(f for f in extracted if f[0] == "triple") == [
        ("triple", "mng", "kz:sharesBorderWith", "chn")
    ]
    nodes = [f for f in extracted if f[0] == "node"]
    assert [(c, {p: sorted(v) for p, v in props.items()}) for _, c, props in nodes] == [
        ("kz:Border", {"kz:borderState": ["chn", "mng"], "kz:lengthKm": [("4630", "xsd:decimal")]})
    ]  # fmt: skip


def test_a_border_with_no_length_in_its_clause_keeps_its_node(facts):
    extracted = facts("Mongolia borders China along the Gobi desert.")
    assert ("node", "kz:Border", {"kz:borderState": ["chn", "mng"]}) in [
        (k, c, {p: sorted(v) for p, v in props.items()})
        for k, c, props in [f for f in extracted if f[0] == "node"]
    ]


# hedge-organisation-as-modifier: a headline whose organisation qualifies the noun after it
@pytest.mark.parametrize(
    "text",
    [
        "Serbia joins CSTO exercises, 12 May 2023",
        "Azerbaijan joins OIC consultations on Gaza, 3 March 2024",
    ],
)
def test_an_organisation_qualifying_a_noun_gives_no_membership(facts, text):
    assert not [f for f in facts(text) if "Membership" in repr(f) or "memberOf" in repr(f)]


KEEPS["a_noun_after_lead_words_is_no_modifier"] = [
    (
        "Kyrgyzstan joined the WTO in 1998, but talks on Tajikistan's entry went on.",
        ("kgz", "memberOf", "wto"),
    ),
]


# hedge-attributed-tail, hedge-replaced-in-role: an attribution closing the sentence; a
# replacement in a role is no succession
GIVES_NOTHING["an_attributed_claim_or_a_role_replacement"] = [
    "Kyrgyzstan joined the WTO in 1998 after short talks, critics say.",
    "The Eurasian Economic Union replaced the CIS as the main economic bloc, analysts say.",
    "The Organization of Turkic States replaced the CIS as the leading forum of the region.",
]


KEEPS["an_official_attribution_and_a_plain_replacement"] = [
    (
        "Kyrgyzstan joined the WTO in 1998 after short talks, the ministry said.",
        ("kgz", "memberOf", "wto"),
    ),
    (
        "The Eurasian Economic Union replaced the Eurasian Economic Community in 2015.",
        ("eaeu", "predecessor", "eurasec"),
    ),
]


# A heading that marks the lines under it as plans or rumours ("Planned accessions", "Upcoming
# visits", "Rumoured events"): the present-tense lines below it are no facts. The hedges see one
# sentence only; the layout reader knows the heading (brief K). xfail until one of them reads it.
@pytest.mark.xfail(reason="a heading's plan word does not reach the lines under it")
@pytest.mark.parametrize(
    "text",
    [
        "Planned accessions\n• Kyrgyzstan joins the Organisation for Economic Co-operation and "
        "Development in 2029.\n",
        "Rumoured events\n2027 – Mongolia joins the Collective Security Treaty Organization.\n",
    ],
)
def test_lines_under_a_plan_heading_give_nothing(facts, text):
    assert facts(text) == []


# hedge-inverted-condition: "Had X signed T, ..." is a condition
GIVES_NOTHING["an_inverted_condition"] = [
    "Had Uzbekistan joined the Eurasian Economic Union in 2015, its trade would have grown.",
    "Had Turkmenistan signed the Energy Charter Treaty in 1998, it would have been bound.",
]


KEEPS["had_inside_a_plain_sentence"] = [
    ("Uzbekistan had joined the Eurasian Economic Union in 2015.", ("uzb", "memberOf", "eaeu")),
]


@pytest.mark.parametrize("text", [text for texts in GIVES_NOTHING.values() for text in texts])
def test_a_look_alike_gives_nothing(facts, text):
    assert facts(text) == []


@pytest.mark.parametrize("text", [text for texts in NO_VISIT.values() for text in texts])
def test_no_state_visit(facts, text):
    assert _visits(facts(text)) == []


@pytest.mark.parametrize("text,fact", [case for cases in KEEPS.values() for case in cases])
def test_a_plain_fact_is_kept(facts, text, fact):
    subject, prop, obj = fact
    assert ("triple", subject, "kz:" + prop, obj) in facts(text)
