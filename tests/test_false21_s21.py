"""Heads of state and visits read from a chain of offices each set off before its holder
(session 21's brief FALSE21): "the President of A, X, the President of B, Y, and the President
of C, Z" pairs each title with the name right after it, and a title of another office ("Prime
Minister", "Chancellor", "Foreign Minister", "Vice President") gives no head of state but still
bounds the pairing. A name that itself stands after an office and its comma holds that office
(lexicon false21-office-holder-openers, the not_after of the rules reading a title set off after
a name), and the title after it opens the next pair (relations._led_by_words, _apposition_head).
"At the invitation of the President of A, X, the President of B, Y, paid a state visit to C"
is one visit, Y's, invited by X: the visit rules passing over an aside after the visitor pass
over no comma inside it.

Look-alikes that keep their reading: a title set off after a name that holds no office before it
("Received by A, the President of S, P visited C": A's title), a name with its own title after
it, a plan, a question, a former president (a head of state still, as the gold reads it).
"""

from __future__ import annotations

import pytest
from fact_cases import extract, named_cases, nodes_of, triples_of, visit

TOKAYEV, MIRZIYOYEV, JAPAROV = "kassym-jomart-tokayev", "shavkat-mirziyoyev", "sadyr-japarov"


def facts(text: str, scoring) -> list:
    return extract(text, scoring, stem="false21-s21")[1]


def heads(text: str, scoring) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in triples_of(facts(text, scoring)) if p == "kz:headOfStateOf"}


INVITED = (
    "At the invitation of the President of Kazakhstan, Kassym-Jomart Tokayev, the President of "
    "Uzbekistan, Shavkat Mirziyoyev, paid a state visit to Astana on 14 September 2017."
)

# text -> the heads of state it states, exactly
CHAINS = {
    "invitation-chain": (INVITED, {(TOKAYEV, "kaz"), (MIRZIYOYEV, "uzb")}),
    "three-presidents": (
        "The President of Kazakhstan, Kassym-Jomart Tokayev, the President of Uzbekistan, Shavkat "
        "Mirziyoyev, and the President of Kyrgyzstan, Sadyr Japarov, met in Cholpon-Ata.",
        {(TOKAYEV, "kaz"), (MIRZIYOYEV, "uzb"), (JAPAROV, "kgz")},
    ),
    "prime-minister-and-chancellor-bound-the-pairing": (
        "The Prime Minister of Kazakhstan, Alikhan Smailov, the President of Uzbekistan, Shavkat "
        "Mirziyoyev, and the Chancellor of Germany, Olaf Scholz, met in Berlin.",
        {(MIRZIYOYEV, "uzb")},
    ),
    "vice-president-first": (
        "The Vice President of Kazakhstan, Kassym-Jomart Tokayev, the President of Uzbekistan, "
        "Shavkat Mirziyoyev, met in Tashkent.",
        {(MIRZIYOYEV, "uzb")},
    ),
    "foreign-minister-by-demonym": (
        "Kazakh Foreign Minister, Murat Nurtleu, the President of Uzbekistan, Shavkat Mirziyoyev, "
        "met in Tashkent.",
        {(MIRZIYOYEV, "uzb")},
    ),
    "former-president-first": (
        "The former President of Kazakhstan, Nursultan Nazarbayev, the President of Uzbekistan, "
        "Shavkat Mirziyoyev, and the President of Kyrgyzstan, Sadyr Japarov, met in Cholpon-Ata.",
        {("nursultan-nazarbayev", "kaz"), (MIRZIYOYEV, "uzb"), (JAPAROV, "kgz")},
    ),
    "a-state-before-the-title-is-not-its-head": (
        "In Kazakhstan, the President of Uzbekistan, Shavkat Mirziyoyev, met business leaders.",
        set(),
    ),
    # look-alikes that keep their old reading
    "demonym-titles": (
        "The Kazakh President, Kassym-Jomart Tokayev, the Uzbek President, Shavkat Mirziyoyev, "
        "and Sadyr Japarov met in Cholpon-Ata.",
        {(TOKAYEV, "kaz"), (MIRZIYOYEV, "uzb")},
    ),
    "title-of-the-name-before": (
        "Received by Emomali Rahmon, the President of Tajikistan, Kassym-Jomart Tokayev visited "
        "Dushanbe.",
        {("emomali-rahmon", "tjk")},
    ),
    "untitled-name-before-the-title": (
        "Kassym-Jomart Tokayev, the President of Uzbekistan, Shavkat Mirziyoyev, and Sadyr Japarov "
        "met in Cholpon-Ata.",
        {(TOKAYEV, "uzb")},
    ),
    "each-name-with-its-title-after": (
        "Kassym-Jomart Tokayev, President of Kazakhstan, and Shavkat Mirziyoyev, President of "
        "Uzbekistan, met in Tashkent.",
        {(TOKAYEV, "kaz"), (MIRZIYOYEV, "uzb")},
    ),
    "a-question": (
        "Did the President of Kazakhstan, Kassym-Jomart Tokayev, and the President of Uzbekistan, "
        "Shavkat Mirziyoyev, meet in Tashkent?",
        set(),
    ),
}


@pytest.mark.parametrize(("text", "expected"), named_cases(CHAINS))
def test_each_title_pairs_with_the_name_after_it(text, expected, scoring):
    assert heads(text, scoring) == expected


def test_the_invited_visitor_is_the_one_visitor(scoring):
    visits = nodes_of(facts(INVITED, scoring), "kz:StateVisit")
    expected = visit(MIRZIYOYEV, "astana", "2017-09-14", TOKAYEV)[2]
    assert visits == [expected]


VISIT_LOOK_ALIKES = {
    "visitor-with-apposition": (
        "Kassym-Jomart Tokayev, the President of Kazakhstan, paid a state visit to Tashkent on 14 "
        "September 2017.",
        [visit(TOKAYEV, "tashkent", "2017-09-14")[2]],
    ),
    "visited-after-apposition": (
        "Kassym-Jomart Tokayev, the President of Kazakhstan, visited Tashkent on 14 September "
        "2017.",
        [visit(TOKAYEV, "tashkent", "2017-09-14")[2]],
    ),
    "a-planned-visit": (
        "At the invitation of the President of Kazakhstan, Kassym-Jomart Tokayev, the President of "
        "Uzbekistan, Shavkat Mirziyoyev, will pay a state visit to Astana next year.",
        [],
    ),
}


# the inviter's title may run to seven tokens before the name ("the President of the Republic of
# Kazakhstan ,"): the fronted-invitation visit rules' gap before the inviter
LONG_TITLES = {
    "the-republic-of": (
        "At the invitation of the President of the Republic of Kazakhstan, Kassym-Jomart Tokayev, "
        "the President of the French Republic, Emmanuel Macron, paid an official visit to Astana "
        "on 1 November 2023.",
        [visit("emmanuel-macron", "astana", "2023-11-01", TOKAYEV)[2]],
    ),
    "dated-first": (
        "On 1 November 2023, at the invitation of the President of the Republic of Kazakhstan, "
        "Kassym-Jomart Tokayev, the President of the French Republic, Emmanuel Macron, paid an "
        "official visit to Astana.",
        [visit("emmanuel-macron", "astana", "2023-11-01", TOKAYEV)[2]],
    ),
    "visited": (
        "At the invitation of the President of the Republic of Kazakhstan, Kassym-Jomart Tokayev, "
        "the President of the French Republic, Emmanuel Macron, visited Astana on 1 November 2023.",
        [visit("emmanuel-macron", "astana", "2023-11-01", TOKAYEV)[2]],
    ),
    # look-alikes: no visit made
    "not-paid": (
        "At the invitation of the President of the Republic of Kazakhstan, Kassym-Jomart Tokayev, "
        "the President of the French Republic, Emmanuel Macron, did not pay an official visit to "
        "Astana on 1 November 2023.",
        [],
    ),
    "to-pay-later": (
        "At the invitation of the President of the Republic of Kazakhstan, Kassym-Jomart Tokayev, "
        "the President of the French Republic, Emmanuel Macron, is expected to pay an official "
        "visit to Astana next year.",
        [],
    ),
}


@pytest.mark.parametrize(("text", "expected"), named_cases(LONG_TITLES))
def test_inviter_with_a_long_title(text, expected, scoring):
    assert nodes_of(facts(text, scoring), "kz:StateVisit") == expected


@pytest.mark.parametrize(("text", "expected"), named_cases(VISIT_LOOK_ALIKES))
def test_visit_look_alikes(text, expected, scoring):
    assert nodes_of(facts(text, scoring), "kz:StateVisit") == expected


def founding_dates(text: str, scoring) -> set[tuple[str, str, tuple | None]]:
    """(member, organisation, start date or None) of the text's founding memberships."""
    return {
        (n["kz:member"][0], n["kz:organisation"][0], (n.get("kz:startDate") or [None])[0])
        for n in nodes_of(facts(text, scoring), "kz:FoundingMembership")
    }


APRIL_1996 = ("1996-04", "xsd:gYearMonth")
OCTOBER_2002 = ("2002-10-07", "xsd:date")

# a date opening the sentence before a place phrase set off by commas dates the clause after it
# (relation_dates._date_before_apposition): "In D, in C, A and B founded O"
FRONTED_DATE_PAST_PLACE = {
    "in-date-in-city": (
        "In April 1996, in Shanghai, Kazakhstan and China founded the Shanghai Five.",
        {("kaz", "shanghai-five", APRIL_1996), ("chn", "shanghai-five", APRIL_1996)},
    ),
    "on-date-in-city-thereby-founding": (
        "The Collective Security Treaty Organization (CSTO) is a military alliance. On 7 "
        "October 2002, in Chisinau, the presidents of Kazakhstan and Russia signed the "
        "Charter of the Collective Security Treaty Organization, thereby founding the "
        "organisation.",
        {("kaz", "csto", OCTOBER_2002), ("rus", "csto", OCTOBER_2002)},
    ),
    # look-alikes: a phrase that opens a clause of its own keeps the fact undated; a negation
    # states none
    "a-clause-inside-the-phrase": (
        "In April 1996, at a meeting that was held in Shanghai, Kazakhstan and China founded the "
        "Shanghai Five.",
        {("kaz", "shanghai-five", None), ("chn", "shanghai-five", None)},
    ),
    "not-founded": (
        "In April 1996, in Shanghai, Kazakhstan and China did not found the Shanghai Five.",
        set(),
    ),
    "planned": (
        "In April 1996, in Shanghai, Kazakhstan and China planned to found the Shanghai Five.",
        set(),
    ),
}


@pytest.mark.parametrize(("text", "expected"), named_cases(FRONTED_DATE_PAST_PLACE))
def test_fronted_date_past_a_place_phrase(text, expected, scoring):
    assert founding_dates(text, scoring) == expected


def figure_years(text: str, scoring, cls: str) -> list:
    """The year of each ``cls`` node ("kz:InvestmentFigure"), None for one without."""
    return [(n.get("kz:year") or [None])[0] for n in nodes_of(facts(text, scoring), cls)]


Y2023 = ("2023", "xsd:gYear")

# a figure given "at the end of D" is D's (relation_dates._period_end_date, lexicon
# false21-period-end-phrases); "by the end of D" is a target
PERIOD_END = {
    "investment-at-the-end-of": (
        "Finnish direct investment in Kazakhstan stood at EUR 150 million at the end of 2023.",
        "kz:InvestmentFigure",
        [Y2023],
    ),
    "investment-as-of-the-end-of": (
        "Canadian direct investment in Kazakhstan was estimated at about C$3.4 billion as of the "
        "end of 2023.",
        "kz:InvestmentFigure",
        [Y2023],
    ),
    "trade-at-the-end-of": (
        "Trade between Finland and Kazakhstan amounted to EUR 310 million at the end of 2023.",
        "kz:TradeFigure",
        [Y2023],
    ),
    # look-alikes: a target, a plan, a question
    "by-the-end-of": (
        "Finnish direct investment in Kazakhstan should reach EUR 150 million by the end of 2027.",
        "kz:InvestmentFigure",
        [],
    ),
    "will-stand-at": (
        "Finnish direct investment in Kazakhstan will stand at EUR 150 million at the end of 2027.",
        "kz:InvestmentFigure",
        [],
    ),
    "a-question": (
        "Did Finnish direct investment in Kazakhstan stand at EUR 150 million at the end of 2023?",
        "kz:InvestmentFigure",
        [],
    ),
}


@pytest.mark.parametrize(("text", "cls", "expected"), named_cases(PERIOD_END))
def test_figure_at_the_end_of_a_period(text, cls, expected, scoring):
    assert figure_years(text, scoring, cls) == expected


def kinds_found(text: str, scoring) -> list:
    """The scorable facts of a text, as (kind, subject or class) pairs."""
    return sorted((f[0], f[1]) for f in facts(text, scoring))


# a correction notice's report of what an earlier version wrongly said states nothing (hedges
# line hedge-false21-corrected-version); what the notice then says stands
CORRECTIONS = {
    "earlier-version-said-that": (
        "Correction, 2 November 2023: An earlier version of this article said that Macron was the "
        "first French president to visit Kazakhstan.",
        [],
    ),
    "original-version-reported-that": (
        "An earlier version of this story reported that Kazakhstan joined the World Trade "
        "Organization in 2014.",
        [],
    ),
    "previous-version-wrongly-stated-that": (
        "A previous version of this report wrongly stated that Kazakhstan joined the World Trade "
        "Organization in 2014.",
        [],
    ),
    # look-alikes that keep the fact: the text's own statement after the notice, an article cited
    # as a source
    "the-corrected-statement-after-a-semicolon": (
        "An earlier version of this article said that Kazakhstan joined the WTO in 2014; "
        "Kazakhstan joined the World Trade Organization in 2015.",
        [("node", "kz:Membership"), ("triple", "kaz")],
    ),
    "an-article-cited": (
        "The article said that Kazakhstan joined the World Trade Organization in 2015.",
        [("node", "kz:Membership"), ("triple", "kaz")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), named_cases(CORRECTIONS))
def test_correction_notices(text, expected, scoring):
    assert kinds_found(text, scoring) == expected


def summits(text: str, scoring) -> list[tuple]:
    """(organisation, place) of each Summit node."""
    return sorted(
        (n["kz:organisation"][0], n["kz:heldIn"][0])
        for n in nodes_of(facts(text, scoring), "kz:Summit")
    )


OSCE_OPENING = (
    "The Organization for Security and Co-operation in Europe (OSCE) has 57 participating states. "
)

# "its|the first|last ... summit took place|was held in C" takes the organisation under discussion
# only when its sentence named no other organisation before it (rule summit-took-place, default
# its_topic): there "its" may be that other one's
SUMMIT_OF_ITS = {
    "another-organisation-named-before": (
        OSCE_OPENING + "Nazarbayev had proposed an Asian counterpart, the Conference on "
        "Interaction and Confidence-Building Measures in Asia (CICA), at the UN General Assembly "
        "in 1992; its first summit was held in Almaty in June 2002.",
        [],
    ),
    # look-alikes that keep the organisation under discussion
    "no-other-organisation": (
        OSCE_OPENING + "Its last summit took place in Astana in December 2010.",
        [("osce", "astana")],
    ),
    "a-state-named-before": (
        OSCE_OPENING + "Kazakhstan chaired it in 2010, and its last summit took place in Astana in "
        "December 2010.",
        [("osce", "astana")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), named_cases(SUMMIT_OF_ITS))
def test_its_summit_after_another_organisation(text, expected, scoring):
    assert summits(text, scoring) == expected
