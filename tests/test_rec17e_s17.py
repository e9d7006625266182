"""Visits (session 17, brief REC17E): a visitor on a state or official visit.

"V, [who is|was] on a state|official visit to P [at the invitation of I | at I's invitation],
..." (an apposition or relative clause on the visitor, dated by a fronted date or by "at|in the
<place> on D" right after it); "V is|was in <state> on a state visit [at I's invitation]";
"during a state visit by [title] V to P [at the invitation of I]"; "during|after V's state visit
to P [in D], made at the invitation of I". Look-alikes: planned, postponed, cancelled, expected,
virtual or working visits, "was to be", "will be", "not", questions, conditionals, other
speakers' claims, preparations for or talks on a visit, a delegation's or a minister's visit
give no visit.

Summits: "O's <City> summit on|in|of D" without "the" ("NATO's Chicago summit on 20–21 May
2012"). Look-alikes: a summit to come, postponed, planned or called off, "ahead of|before|
preparations for" it, a virtual one, a question, a conditional, a claim, an undated one give no
summit.
"""

from __future__ import annotations

import pytest
from fact_cases import date, named_cases, node

TOKAYEV = "kassym-jomart-tokayev"

FOUND = {
    "who-is-on-state-visit-at-possessive-invitation": (
        "Kassym-Jomart Tokayev, who is on a state visit to Beijing at Xi Jinping's invitation,"
        " met Li Qiang.",
        node("StateVisit", visitor=[TOKAYEV], destination=["beijing"], invitedBy=["xi-jinping"]),
    ),
    "who-is-on-state-visit-at-invitation-of": (
        "Kassym-Jomart Tokayev, who is on a state visit to Beijing at the invitation of Xi"
        " Jinping, met Li Qiang.",
        node("StateVisit", visitor=[TOKAYEV], destination=["beijing"], invitedBy=["xi-jinping"]),
    ),
    "apposition-on-state-visit-fronted-date": (
        "On 7 September 2013 Chinese President Xi Jinping, on a state visit to Astana, proposed"
        " the Silk Road Economic Belt.",
        node(
            "StateVisit",
            visitor=["xi-jinping"],
            destination=["astana"],
            date=[date("2013-09-07")],
        ),
    ),
    "chronology-line-apposition-on-state-visit": (
        "7 September 2013 – Chinese President Xi Jinping, on a state visit to Astana, proposes"
        " the Silk Road Economic Belt.",
        node(
            "StateVisit",
            visitor=["xi-jinping"],
            destination=["astana"],
            date=[date("2013-09-07")],
        ),
    ),
    "who-is-on-visit-dated-at-place-on-date": (
        "Xi Jinping held talks with Kassym-Jomart Tokayev, who is on a state visit to Beijing"
        " at Xi Jinping's invitation, at the Great Hall of the People on 11 September 2019.",
        node(
            "StateVisit",
            visitor=[TOKAYEV],
            destination=["beijing"],
            invitedBy=["xi-jinping"],
            date=[date("2019-09-11")],
        ),
    ),
    "is-in-state-on-state-visit": (
        "Kassym-Jomart Tokayev is in Uzbekistan on a state visit at Shavkat Mirziyoyev’s"
        " invitation.",
        node(
            "StateVisit",
            visitor=[TOKAYEV],
            destination=["uzb"],
            invitedBy=["shavkat-mirziyoyev"],
        ),
    ),
    "during-state-visit-by-titled-person-to-place": (
        "On 13 March 2025, during a state visit by Tajik President Emomali Rahmon to Bishkek at"
        " the invitation of Kyrgyz President Sadyr Japarov, Kyrgyzstan and Tajikistan signed the"
        " Treaty on the Kyrgyz–Tajik State Border.",
        node(
            "StateVisit",
            visitor=["emomali-rahmon"],
            destination=["bishkek"],
            invitedBy=["sadyr-japarov"],
            date=[date("2025-03-13")],
        ),
    ),
    "during-possessive-state-visit-made-at-invitation": (
        "It was one of the documents concluded during President Kassym‑Jomart Tokayev’s state"
        " visit to France, made at the invitation of President Emmanuel Macron.",
        node("StateVisit", visitor=[TOKAYEV], destination=["fra"], invitedBy=["emmanuel-macron"]),
    ),
    "after-possessive-official-visit-in-date-made-at-invitation": (
        "Relations revived after Kazakh President Kassym-Jomart Tokayev’s official visit to"
        " Singapore in October 2022, made at the invitation of President Halimah Yacob.",
        node(
            "StateVisit",
            visitor=[TOKAYEV],
            destination=["sgp"],
            invitedBy=["halimah-yacob"],
            date=[date("2022-10")],
        ),
    ),
}

NOTHING = {
    "undated-weekday-after-apposition": "Xi Jinping held talks with Kazakh President"
    " Kassym-Jomart Tokayev, who is on a state visit to Beijing at Xi Jinping's invitation, at the"
    " Great Hall of the People on Wednesday.",
    "main-clause-expected": "Xi Jinping, on a state visit to Moscow at Vladimir Putin's"
    " invitation, is expected to meet the Russian leader.",
    "main-clause-will": "Kassym-Jomart Tokayev, who is on a state visit to Beijing, will meet Li"
    " Qiang.",
    "planned-visit-who": "Kassym-Jomart Tokayev, who is on a planned state visit to Beijing at"
    " Xi Jinping's invitation, met Li Qiang.",
    "was-to-be-on-visit": "Kassym-Jomart Tokayev, who was to be on a state visit to Beijing at"
    " Xi Jinping's invitation, stayed at home.",
    "expected-on-visit": "Kassym-Jomart Tokayev, who is expected on a state visit to Beijing,"
    " spoke on Monday.",
    "not-on-visit": "Kassym-Jomart Tokayev, who is not on a state visit to Beijing, spoke by"
    " phone.",
    "will-be-on-visit": "Kassym-Jomart Tokayev, who will be on a state visit to Beijing next"
    " week, spoke by phone.",
    "conditional-on-visit": "If Kassym-Jomart Tokayev, on a state visit to Beijing, met Xi"
    " Jinping, a deal might follow.",
    "claim-on-visit": "Russia claims that Xi Jinping, on a state visit to Astana, proposed a new"
    " deal.",
    "virtual-visit": "Kassym-Jomart Tokayev, who is on a virtual state visit to Beijing, met Li"
    " Qiang.",
    "invited-declined": "Kassym-Jomart Tokayev, who was invited on a state visit to Beijing by"
    " Xi Jinping, declined.",
    "delegation-on-visit": "The delegation, which was on a state visit to Beijing, met Li Qiang.",
    "hopes-to-be-on-visit": "Xi Jinping, who hopes to be on a state visit to Astana soon,"
    " thanked him.",
    "not-in-state": "Kassym-Jomart Tokayev is not in Uzbekistan on a state visit at Shavkat"
    " Mirziyoyev’s invitation.",
    "will-be-in-state": "Kassym-Jomart Tokayev will be in Uzbekistan on a state visit at Shavkat"
    " Mirziyoyev’s invitation.",
    "expected-in-state": "Kassym-Jomart Tokayev was expected to be in Uzbekistan on a state visit.",
    "question-in-state": "Is Kassym-Jomart Tokayev in Uzbekistan on a state visit?",
    "working-visit-in-state": "Kassym-Jomart Tokayev is in Uzbekistan on a working visit at"
    " Shavkat Mirziyoyev’s invitation.",
    "preparations-for-visit-by": "On 13 March 2025, during preparations for a state visit by"
    " Tajik President Emomali Rahmon to Bishkek, officials met.",
    "talks-on-visit-by": "On 13 March 2025, during talks on a state visit by Tajik President"
    " Emomali Rahmon to Bishkek, officials met.",
    "planned-visit-by": "During a planned state visit by Emomali Rahmon to Bishkek, the treaty"
    " will be signed.",
    "delegation-visit-by": "During a state visit by a delegation of Tajikistan to Bishkek, a"
    " treaty was signed.",
    "postponed-visit-by": "During a postponed state visit by Emomali Rahmon to Bishkek, nothing"
    " was signed.",
    "virtual-visit-by": "During a virtual state visit by Emomali Rahmon to Bishkek, a treaty was"
    " signed.",
    "planned-possessive-visit-made": "It was one of the documents to be concluded during"
    " President Kassym‑Jomart Tokayev’s planned state visit to France, made at the invitation of"
    " President Emmanuel Macron.",
    "talks-on-possessive-visit-made": "It was concluded during talks on President Kassym‑Jomart"
    " Tokayev’s state visit to France, made at the invitation of President Emmanuel Macron.",
    "ministers-visit-made": "It was signed during the Kazakh minister's official visit to France,"
    " made at the invitation of President Emmanuel Macron.",
    "cancelled-possessive-visit-made": "After Kassym‑Jomart Tokayev’s cancelled state visit to"
    " France, made at the invitation of President Emmanuel Macron, relations cooled.",
    "working-possessive-visit-made": "It was concluded during Kassym‑Jomart Tokayev’s working"
    " visit to France, made at the invitation of President Emmanuel Macron.",
    "alleged-possessive-visit-made": "Critics alleged that it was concluded during Kassym‑Jomart"
    " Tokayev’s state visit to France, made at the invitation of President Emmanuel Macron.",
}


@pytest.mark.parametrize(("text", "expected"), named_cases(FOUND))
def test_visit_found(facts, text, expected):
    found = facts(text)
    assert expected in found, (expected, found)


@pytest.mark.parametrize("text", [pytest.param(t, id=n) for n, t in NOTHING.items()])
def test_look_alike_gives_no_visit(facts, text):
    found = facts(text)
    assert not [f for f in found if f[:2] == ("node", "kz:StateVisit")], found


SUMMITS_FOUND = {
    "org-possessive-city-summit-on-date": (
        "NATO’s Bucharest summit on 2–4 April 2008 agreed that Georgia and Ukraine would become"
        " members.",
        node(
            "Summit",
            organisation=["nato"],
            heldIn=["bucharest"],
            startDate=[date("2008-04-02")],
            endDate=[date("2008-04-04")],
        ),
    ),
    "at-org-possessive-city-summit-on-date": (
        "Kazakh officers were at the CSTO’s Moscow summit on 14 June 2009 and at NATO’s"
        " Bucharest summit on 3 April 2008.",
        node(
            "Summit",
            organisation=["nato"],
            heldIn=["bucharest"],
            startDate=[date("2008-04-03")],
        ),
    ),
}

SUMMITS_NOTHING = {
    "will-discuss": "NATO’s Chicago summit on 20–21 May 2012 will discuss Afghanistan.",
    "was-postponed": "NATO’s Chicago summit on 20–21 May 2012 was postponed.",
    "is-planned-for": "NATO’s Chicago summit is planned for 20–21 May 2012.",
    "ahead-of": "Ahead of NATO’s Chicago summit on 20–21 May 2012, ministers met in Brussels.",
    "before": "Before NATO’s Chicago summit on 20–21 May 2012, ministers met in Brussels.",
    "preparations-for": "Preparations for NATO’s Chicago summit on 20–21 May 2012 began in"
    " January.",
    "planned-summit": "NATO’s planned Chicago summit on 20–21 May 2012 drew protests.",
    "virtual-summit": "NATO’s virtual summit on 20–21 May 2012 drew protests.",
    "conditional": "If NATO’s Chicago summit on 20–21 May 2012 agrees, Georgia will join.",
    "claim": "Russia claims that NATO’s Chicago summit on 20–21 May 2012 agreed to expand.",
    "is-expected-to": "NATO’s Chicago summit on 20–21 May 2012 is expected to agree on"
    " Afghanistan.",
    "question": "Did NATO’s Chicago summit on 20–21 May 2012 agree on Afghanistan?",
    "next-summit": "The ministers discussed NATO’s next Chicago summit on 20–21 May 2012.",
    "undated-chronology": "2–4 April 2008 – NATO’s Bucharest summit agrees that Georgia and"
    " Ukraine will become members.",
}


@pytest.mark.parametrize(("text", "expected"), named_cases(SUMMITS_FOUND))
def test_summit_found(facts, text, expected):
    found = facts(text)
    assert expected in found, (expected, found)


@pytest.mark.parametrize("text", [pytest.param(t, id=n) for n, t in SUMMITS_NOTHING.items()])
def test_look_alike_gives_no_summit(facts, text):
    found = facts(text)
    assert not [f for f in found if f[:2] == ("node", "kz:Summit")], found
