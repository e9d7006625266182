"""Look-alike sentences written to fool the rules, the trigger fallback and the gapping stage
into inventing a fact (the hedges of data/hedges.jsonl stop them): each must give nothing, or
exactly the true facts where a sentence mixes a trap with a real fact. A plain sentence beside
each kind of trap checks that the hedge does not silence the plain wording."""

from __future__ import annotations

import json

import pytest

from kzgraph.documents import document_from_text
from kzgraph.extract import extract_document


def _facts(text: str, scoring) -> list:
    """The scorable facts of a one-sentence document, through the whole pipeline."""
    quads = extract_document(document_from_text(text, "adversarial")).quads
    return scoring.extracted_facts(quads)


def _triple(s, p, o):
    return ("triple", s, "kz:" + p, o)


def _member(state: str, org: str, year: str | None = None):
    props = {"kz:member": [state], "kz:organisation": [org]}
    if year:
        props["kz:startDate"] = [(year, "xsd:gYear")]
    return ("node", "kz:Membership", props)


def _founder(state: str, org: str, year: str):
    props = {"kz:member": [state], "kz:organisation": [org], "kz:startDate": [(year, "xsd:gYear")]}
    return ("node", "kz:FoundingMembership", props)


def _same(extracted: list, expected: list) -> bool:
    def key(fact) -> str:
        return json.dumps(fact, sort_keys=True)

    return sorted(map(key, extracted)) == sorted(map(key, expected))


NOTHING = [
    # a lesser status after the match, past ", but only" / "though only"
    "Mongolia joined the Shanghai Cooperation Organisation in 2004, but only as an observer.",
    "Turkmenistan joined the CIS in 1991, though only as an associate member since 2005.",
    "Turkmenistan joined the TurkStream project as an observer in 2019.",
    # questions, denials, rumours, claims, predictions
    "Will Uzbekistan join the Eurasian Economic Union in 2026?",
    "Did Turkmenistan join the CIS in 1991?",
    "Officials in Tashkent denied that Uzbekistan had joined the Eurasian Economic Union.",
    "Officials denied reports that Azerbaijan joined the CSTO in 2020.",
    "Officials in Ashgabat denied that Turkmenistan had signed the Agreement on Gas Supplies "
    "with Iran.",
    "Rumours that Shavkat Mirziyoyev visited Ashgabat in March 2023 were false.",
    "An opposition website claimed that Turkmenistan joined the CSTO in 2005.",
    "Turkmenistan apparently joined the Collective Security Treaty Organization in 2005.",
    # a status or a fact only nearly, nominally or partly so
    "Turkmenistan nearly joined the Collective Security Treaty Organization in 2005.",
    "Turkmenistan effectively joined the Collective Security Treaty Organization in 2005.",
    "Turkmenistan hardly joined the Collective Security Treaty Organization in 2005.",
    "Turkmenistan is barely a member of the Collective Security Treaty Organization.",
    "Turkmenistan is nominally a member of the Collective Security Treaty Organization.",
    "Turkmenistan provisionally joined the Collective Security Treaty Organization in 2005.",
    "Turkmenistan is probably a member of the Collective Security Treaty Organization.",
    "Turkmenistan is a non-member of the Collective Security Treaty Organization.",
    "Turkmenistan is a non-member state of the CSTO.",
    "Turkmenistan is an ex-member of the Collective Security Treaty Organization.",
    # the filler a sentence leaves out
    "All Central Asian states except Turkmenistan are members of the CIS; Turkmenistan is an "
    "associate member.",
    "All Central Asian states except Turkmenistan signed the Agreement on Water Sharing in "
    "Almaty in 1992.",
    # plans and infinitives
    "Some politicians want to make Shymkent the capital of Kazakhstan.",
    "Uzbekistan and Turkmenistan set up 300 joint ventures, according to plans for 2025.",
    # a fact that ended, an event at a distance or called off
    "The CIS had 12 members until Georgia left.",
    "Gazprom developed the Kashagan field until 2010.",
    "Xi Jinping's state visit to Astana in 2020 took place online because of the pandemic.",
    "Leaders of the SCO met in Astana in July 2024, a month after the CICA summit in Tashkent "
    "was called off.",
    # the last filler opens a negated clause of its own; a statement called false or imagined
    "It is not true that Mongolia joined the CSTO in 2002.",
    "Suppose Mongolia joined the CSTO in 2002.",
    "Mongolia joined the CSTO in 2002, according to a hoax.",
    # an event moved or replaced; a fact someone blocked
    "The CICA summit in Tashkent in 2021 was moved to Astana.",
    "The CICA summit in Tashkent in 2021 was replaced by a video conference.",
    "Russia vetoed Armenia's chairmanship of the CSTO in 2023.",
]


@pytest.mark.parametrize("sentence", NOTHING)
def test_a_look_alike_gives_nothing(sentence, scoring):
    assert _facts(sentence, scoring) == []


MIXED = [
    ("Tashkent, rather than Samarkand, is the capital of Uzbekistan.", []),
    (
        "With the exception of Turkmenistan, Kazakhstan, Kyrgyzstan and Tajikistan joined the "
        "CSTO in 1994.",
        [],
    ),
    ("Trade between Uzbekistan and Russia, excluding energy, was $5 billion in 2021.", []),
    (
        "Tajikistan is a member of the CSTO; so is Belarus, at least on paper.",
        [_triple("tjk", "memberOf", "csto"), _member("tjk", "csto")],
    ),
    (
        "The CSTO was founded in 2002 by Armenia and Belarus, and Azerbaijan stayed out.",
        # a list closed by "and" takes no member after ", and": Azerbaijan is no founder
        [
            _triple("arm", "coFounderOf", "csto"),
            _triple("blr", "coFounderOf", "csto"),
            _founder("arm", "csto", "2002"),
            _founder("blr", "csto", "2002"),
        ],
    ),
    # a relative clause denying the last member of "A, and B"
    (
        "Tajikistan, which borders Afghanistan, and Armenia, which does not, both signed the "
        "treaty.",
        [],
    ),
    (
        "Kazakhstan joined the WTO in 2015, while Uzbekistan joined it only as an observer in "
        "2020.",
        [_triple("kaz", "memberOf", "wto"), _member("kaz", "wto", "2015")],
    ),
    ("Kazakhstan joined the WTO in 2015 and Uzbekistan in 2026, analysts predict.", []),
    (
        "Kazakhstan established diplomatic relations with China on 3 January 1992 and with Taiwan "
        "never.",
        [
            _triple("kaz", "hasDiplomaticRelationsWith", "chn"),
            (
                "node",
                "kz:DiplomaticRelationsEstablishment",
                {"kz:participant": ["chn", "kaz"], "kz:date": [("1992-01-03", "xsd:date")]},
            ),
        ],
    ),
]


@pytest.mark.parametrize(("sentence", "facts"), MIXED)
def test_a_mixed_sentence_gives_exactly_its_true_facts(sentence, facts, scoring):
    extracted = _facts(sentence, scoring)
    assert _same(extracted, facts), extracted


PLAIN = [
    # lead words before something other than a lesser status
    (
        "Mongolia joined the World Trade Organization in 1997, but only after long talks.",
        [_triple("mng", "memberOf", "wto"), _member("mng", "wto", "1997")],
    ),
    # a bare comma leads to no after phrase: the apposition's own words are not the match's
    (
        "Georgia takes part in Erasmus+, a programme of the European Union, as a partner country.",
        [_triple("erasmus-plus", "programmeOf", "european-union")],
    ),
    # "unlike X," before the subject names another state than the subject
    (
        "Unlike Mongolia, Uzbekistan joined the Shanghai Cooperation Organisation in 2001.",
        [
            _triple("uzb", "memberOf", "shanghai-cooperation-organisation"),
            _member("uzb", "shanghai-cooperation-organisation", "2001"),
        ],
    ),
    # "but did not" past a lead word, and a negation after a closing comma, are no hedge
    (
        "Georgia signed the Energy Charter Treaty in 1994 but did not ratify it.",
        [_triple("energy-charter-treaty", "signatory", "geo")],
    ),
    (
        "Ilham Aliyev, who flew to Astana on 5 May 2023, had not been to Kazakhstan for two years.",
        [
            (
                "node",
                "kz:StateVisit",
                {
                    "kz:visitor": ["ilham-aliyev"],
                    "kz:destination": ["astana"],
                    "kz:date": [("2023-05-05", "xsd:date")],
                },
            )
        ],
    ),
    # a veto after the match, a summit that took place
    (
        "Armenia chaired the CSTO in 2023, after Russia had vetoed a rival bid.",
        [_triple("csto", "chairedBy", "arm")],
    ),
    (
        "The CSTO summit in Yerevan in 2022 was attended by six leaders.",
        [
            (
                "node",
                "kz:Summit",
                {
                    "kz:organisation": ["csto"],
                    "kz:heldIn": ["yerevan"],
                    "kz:startDate": [("2022", "xsd:gYear")],
                },
            )
        ],
    ),
    # a relative clause that asserts keeps its fact
    (
        "Tajikistan, which borders Afghanistan, signed the treaty in 1995.",
        [_triple("tjk", "sharesBorderWith", "afg")],
    ),
    # "disputed" is no doubt about the border itself
    (
        "Armenia and Azerbaijan share a 1,007-kilometre border, much of which is disputed.",
        [
            _triple("arm", "sharesBorderWith", "aze"),
            (
                "node",
                "kz:Border",
                {"kz:borderState": ["arm", "aze"], "kz:lengthKm": [("1007", "xsd:decimal")]},
            ),
        ],
    ),
]


@pytest.mark.parametrize(("sentence", "facts"), PLAIN)
def test_a_plain_statement_beside_the_traps_still_gives_its_facts(sentence, facts, scoring):
    extracted = _facts(sentence, scoring)
    assert all(fact in extracted for fact in facts), extracted


def test_the_object_of_a_relative_clause_is_no_visitor(scoring):
    facts = _facts(
        "Emomali Rahmon, who had invited Sadyr Japarov, visited Bishkek in May 2022.", scoring
    )
    assert all("sadyr-japarov" not in repr(fact) for fact in facts), facts


def _visit(visitor: str, place: str, date: tuple | None = None, inviter: str | None = None):
    props = {"kz:visitor": [visitor], "kz:destination": [place]}
    props |= {"kz:date": [date]} if date else {}
    props |= {"kz:invitedBy": [inviter]} if inviter else {}
    return ("node", "kz:StateVisit", props)


# A subject slot a rule reaches through a gap ("*6 {V:Person} ,? visited") inside a relative
# clause: the clause's head takes the role (or nothing, when the head is unnamed).
RELATIVE_CLAUSE_SUBJECTS = [
    (
        "Shavkat Mirziyoyev, who had welcomed Ilham Aliyev, visited Baku in 2023.",
        [_visit("shavkat-mirziyoyev", "baku", ("2023", "xsd:gYear"))],
    ),
    (
        "In June 2021, Kassym-Jomart Tokayev, who had hosted Alexander Lukashenko, visited Minsk.",
        [_visit("kassym-jomart-tokayev", "minsk", ("2021-06", "xsd:gYearMonth"))],
    ),
    ("The delegation, which accompanied Ilham Aliyev, visited Tashkent in 2019.", []),
    (
        "At the invitation of Shavkat Mirziyoyev, who had received Ilham Aliyev, Kassym-Jomart "
        "Tokayev visited Tashkent.",
        [_visit("kassym-jomart-tokayev", "tashkent", inviter="shavkat-mirziyoyev")],
    ),
]


@pytest.mark.parametrize(("sentence", "facts"), RELATIVE_CLAUSE_SUBJECTS)
def test_a_person_inside_a_relative_clause_fills_no_subject_role(sentence, facts, scoring):
    extracted = _facts(sentence, scoring)
    assert _same(extracted, facts), extracted


def test_a_subject_after_a_title_and_comma_is_still_the_visitor(scoring):
    # the look-alike: a comma pair around the name itself opens no relative clause
    sentence = "The Azerbaijani president, Ilham Aliyev, visited Tashkent in 2019."
    extracted = _facts(sentence, scoring)
    assert _visit("ilham-aliyev", "tashkent", ("2019", "xsd:gYear")) in extracted, extracted


@pytest.mark.xfail(
    reason="coordination (mentions/relations): 'A, and B' of two names, the second opening a "
    "clause of its own after a relative clause, is read as one list, so 'X, which borders A' "
    "takes B as a second neighbour",
    strict=True,
)
def test_a_second_subject_after_a_relative_clause_is_no_second_neighbour(scoring):
    facts = _facts(
        "Turkmenistan, which borders Iran, and Uzbekistan, which does too, signed the treaty.",
        scoring,
    )
    assert _triple("tkm", "sharesBorderWith", "uzb") not in facts, facts


def test_a_past_count_with_its_year_is_no_count_of_today(scoring):
    assert _facts("The CIS had 11 members in 1993.", scoring) == []


# A count of a past time (a date or "at the time" after it): CountFigure has no date.
PAST_COUNTS = [
    "The OSCE had 35 participating states in 1975.",
    "The Council of Europe had 23 member states at the time.",
    "The Shanghai Cooperation Organisation had six members at its founding.",
    "The Eurasian Economic Union had four members in early 2015.",
    "Uzbekistan was divided into 12 regions in 1992.",
    # a past time fronted
    "In 1975, the OSCE had 35 participating states.",
    "Back then the Council of Europe had 23 member states.",
    "Initially the Shanghai Cooperation Organisation had six members.",
    # the same guard on the later count rules (org-thus-has-member-states, org-has-had-...)
    "The Eurasian Economic Union thus had four member states in early 2015.",
    "In 1995, the OSCE has had 53 participating states.",
]


@pytest.mark.parametrize("sentence", PAST_COUNTS)
def test_a_count_of_a_past_time_gives_nothing(sentence, scoring):
    assert _facts(sentence, scoring) == []


CURRENT_COUNTS = [
    (
        "The OSCE now has 57 participating states.",
        [_triple("osce", "participatingStateCount", ("57", "xsd:integer"))],
    ),
    (
        "Founded in 1975, the OSCE now has 57 participating states.",
        [_triple("osce", "participatingStateCount", ("57", "xsd:integer"))],
    ),
    (
        "The Council of Europe has 46 member states as of 2023.",
        [
            (
                "node",
                "kz:CountFigure",
                {
                    "kz:count": [("46", "xsd:integer")],
                    "kz:countOf": [("member states", "xsd:string")],
                    "kz:countedIn": ["council-of-europe"],
                },
            )
        ],
    ),
]


@pytest.mark.parametrize(("sentence", "facts"), CURRENT_COUNTS)
def test_a_count_of_now_keeps_its_fact(sentence, facts, scoring):
    extracted = _facts(sentence, scoring)
    assert _same(extracted, facts), extracted
