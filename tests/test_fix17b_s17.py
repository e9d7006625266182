"""Guards mended after session 17's review (FIX17B, findings 2, 8, 9, 10 and 11).

- Visits: "during a state visit by V to P" under a modal or a plan in its main clause ("Tokayev
  will sign|hopes to sign the treaty during ..."), and "V is in P on a state visit" or the
  "during" phrase followed by a time still to come ("next week", "tomorrow", "later"), give no
  visit (lexicon fix17b-modal-and-plan-words, fix17b-future-time-words).
- "O, founded in D, which X joined [in|on D] as an observer|a partner" is no membership, the
  lesser status after the date as well as right after the verb (fix17b-lesser-status-nouns).
- "As an observer|a dialogue partner ..., X took its seat|began its term at|as a member of O" is
  no membership; "began its second|third|another|new|next|last term" is no start of one.
- "X has also taken part in the P conference|summit|exercises": the programme's name modifies an
  event noun (fix17b-programme-event-nouns); no participation in the programme.
- "the Programme for Cooperation with X": a one-word title after "Programme for" names no
  programme; "Y says|claims that A has diplomatic relations with B" is another speaker's claim
  (fix17b-reporting-that-words).
"""

from __future__ import annotations

import pytest
from fact_cases import extract, named_cases

STEM = "fix17b"


def summary(scoring, text: str) -> set[tuple]:
    """The facts of ``text`` as (s, p, o) triples and (class, visitor|member, destination|org)."""
    _, facts = extract(text, scoring, stem=STEM)
    found = set()
    for fact in facts:
        if fact[0] == "triple":
            found.add(fact[1:])
        else:
            props = fact[2]
            found.add(
                (
                    fact[1],
                    tuple(props.get("kz:visitor", [])),
                    tuple(props.get("kz:destination", [])),
                )
            )
    return found


VISIT = ("kz:StateVisit", ("xi-jinping",), ("kaz",))
PUTIN = ("kz:StateVisit", ("vladimir-putin",), ("kaz",))
UZB_EAEU = ("uzb", "kz:memberOf", "eaeu")
MNG_SCO = ("mng", "kz:memberOf", "shanghai-cooperation-organisation")
KAZ_HRC = ("kaz", "kz:memberOf", "united-nations-human-rights-council")
KAZ_UNSC = ("kaz", "kz:memberOf", "united-nations-security-council")
PFP = "partnership-for-peace"
TKM_IRN = ("tkm", "kz:hasDiplomaticRelationsWith", "irn")

FOUND = {
    "visit_during_past": (
        "Tokayev signed the treaty during a state visit by Xi Jinping to Kazakhstan in September"
        " 2022.",
        VISIT,
    ),
    "visit_is_in": ("Vladimir Putin was in Kazakhstan on a state visit in October 2022.", PUTIN),
    "visit_is_in_now": ("Vladimir Putin is in Kazakhstan on a state visit.", PUTIN),
    "joined_aside": (
        "The EAEU, founded in 2015, which Armenia joined in 2015, grew.",
        ("arm", "kz:memberOf", "eaeu"),
    ),
    "joined_aside_day": (
        "The EAEU, founded in 2015, which Kyrgyzstan joined on 12 August 2015, grew.",
        ("kgz", "kz:memberOf", "eaeu"),
    ),
    "seat": (
        "Kazakhstan took its seat on the United Nations Security Council on 1 January 2017.",
        KAZ_UNSC,
    ),
    "seat_as_expected": (
        "As expected, Kazakhstan took its seat on the United Nations Security"
        " Council on 1 January 2017.",
        KAZ_UNSC,
    ),
    "term_two_year": (
        "Kazakhstan began its two-year term as a non-permanent member of the United"
        " Nations Security Council on 1 January 2017.",
        KAZ_UNSC,
    ),
    "term_plain": (
        "Kazakhstan began its term as a member of the United Nations Security Council"
        " on 1 January 2017.",
        KAZ_UNSC,
    ),
    "term_first": (
        "Kazakhstan began its first term as a member of the United Nations Human Rights"
        " Council on 1 January 2013.",
        KAZ_HRC,
    ),
    "term_dated": (
        "Kazakhstan began its 2017–2018 term as a non-permanent member of the United"
        " Nations Security Council on 1 January 2017.",
        KAZ_UNSC,
    ),
    "term_three_year": (
        "Kazakhstan began a three-year term as a member of the United Nations Human"
        " Rights Council on 1 January 2013.",
        KAZ_HRC,
    ),
    "term_fronted_date": (
        "On 1 January 2017, Kazakhstan began its two-year term as a"
        " non-permanent member of the United Nations Security Council.",
        KAZ_UNSC,
    ),
    "programme_since": (
        "Kazakhstan has also taken part in the Partnership for Peace since 1994.",
        ("kaz", "kz:participatesInProgramme", PFP),
    ),
    "programme_plain": (
        "Kazakhstan has also taken part in the Partnership for Peace.",
        ("kaz", "kz:participatesInProgramme", PFP),
    ),
    "programme_long_title": (
        "Kazakhstan joined the Programme for International Student Assessment in 2009.",
        ("kaz", "kz:participatesInProgramme", "programme-for-international-student-assessment"),
    ),
    "relations": ("Turkmenistan has diplomatic relations with Iran.", TKM_IRN),
    "relations_since": ("Turkmenistan has diplomatic relations with Iran since 1992.", TKM_IRN),
}


def _programme(state: str, text: str) -> tuple:
    return (text, (state, "kz:participatesInProgramme", PFP))


NOT_FOUND = {
    # finding 2: a visit still to come
    "will_sign_during": (
        "Tokayev will sign the treaty during a state visit by Xi Jinping to Kazakhstan next year.",
        VISIT,
    ),
    "hopes_to_sign_during": (
        "Tokayev hopes to sign the treaty during a state visit by Xi Jinping"
        " to Kazakhstan in 2026.",
        VISIT,
    ),
    "is_in_next_week": ("Vladimir Putin is in Kazakhstan on a state visit next week.", PUTIN),
    "plans_during": (
        "Tokayev plans to sign the treaty during a state visit by Xi Jinping to Kazakhstan.",
        VISIT,
    ),
    "would_during": (
        "Tokayev would sign the treaty during a state visit by Xi Jinping to Kazakhstan.",
        VISIT,
    ),
    "is_to_during": (
        "Tokayev is to sign the treaty during a state visit by Xi Jinping to Kazakhstan.",
        VISIT,
    ),
    "passive_will_during": (
        "The treaty will be signed during a state visit by Xi Jinping to Kazakhstan.",
        VISIT,
    ),
    "during_later": (
        "Tokayev signed the treaty during a state visit by Xi Jinping to Kazakhstan"
        " later this year.",
        VISIT,
    ),
    "during_tomorrow": (
        "Tokayev signed the treaty during a state visit by Xi Jinping to Kazakhstan tomorrow.",
        VISIT,
    ),
    "is_in_tomorrow": ("Vladimir Putin is in Kazakhstan on a state visit tomorrow.", PUTIN),
    "is_in_later": ("Vladimir Putin is in Kazakhstan on a state visit later this month.", PUTIN),
    # finding 8: a lesser status after the date
    "joined_date_observer": (
        "The EAEU, founded in 2015, which Uzbekistan joined in 2020 as an observer, grew.",
        UZB_EAEU,
    ),
    "joined_observer_date": (
        "The EAEU, founded in 2015, which Uzbekistan joined as an observer in 2020, grew.",
        UZB_EAEU,
    ),
    "joined_day_partner": (
        "The EAEU, founded in 2015, which Uzbekistan joined on 1 May 2020 as a partner, grew.",
        UZB_EAEU,
    ),
    "joined_observer_state": (
        "The SCO, founded in 2001, which Iran joined in 2005 as an observer state, grew.",
        ("irn", "kz:memberOf", "shanghai-cooperation-organisation"),
    ),
    "joined_dialogue_partner": (
        "The SCO, founded in 2001, which Turkey joined in 2012 as a dialogue partner, grew.",
        ("tur", "kz:memberOf", "shanghai-cooperation-organisation"),
    ),
    "joined_guest": (
        "The EAEU, founded in 2015, which Cuba joined in 2020 as a guest, grew.",
        ("cub", "kz:memberOf", "eaeu"),
    ),
    # finding 9 (a): a sentence-opening lesser status
    "as_observer_state_seat": (
        "As an observer state, Mongolia took its seat at the Shanghai"
        " Cooperation Organisation in 2004.",
        MNG_SCO,
    ),
    "as_observer_seat": (
        "As an observer, Mongolia took its seat at the Shanghai Cooperation Organisation in 2004.",
        MNG_SCO,
    ),
    "as_dialogue_partner_seat": (
        "As a dialogue partner, Turkey took its seat at the Shanghai"
        " Cooperation Organisation in 2012.",
        ("tur", "kz:memberOf", "shanghai-cooperation-organisation"),
    ),
    "as_partner_country_seat": (
        "As a partner country, Turkey took its seat at the Shanghai"
        " Cooperation Organisation in 2012.",
        ("tur", "kz:memberOf", "shanghai-cooperation-organisation"),
    ),
    "as_guest_seat": (
        "As a guest, Turkey took its seat at the Shanghai Cooperation Organisation in 2012.",
        ("tur", "kz:memberOf", "shanghai-cooperation-organisation"),
    ),
    "as_candidate_seat": (
        "As a candidate, Serbia took its seat in the European Union in 2012.",
        ("srb", "kz:memberOf", "european-union"),
    ),
    # finding 9 (b): a later term
    "second_term": (
        "Kazakhstan began its second term as a member of the United Nations Human"
        " Rights Council on 1 January 2022.",
        KAZ_HRC,
    ),
    "third_term": (
        "Kazakhstan began its third term as a member of the United Nations Human Rights"
        " Council on 1 January 2022.",
        KAZ_HRC,
    ),
    "another_term": (
        "Kazakhstan began another term as a member of the United Nations Human Rights"
        " Council on 1 January 2022.",
        KAZ_HRC,
    ),
    "new_term": (
        "Kazakhstan began a new term as a member of the United Nations Human Rights"
        " Council on 1 January 2022.",
        KAZ_HRC,
    ),
    "next_term": (
        "Kazakhstan began its next term as a member of the United Nations Human Rights"
        " Council on 1 January 2022.",
        KAZ_HRC,
    ),
    "last_term": (
        "Kazakhstan began its last term as a member of the United Nations Human Rights"
        " Council on 1 January 2022.",
        KAZ_HRC,
    ),
    "second_two_year_term": (
        "Kazakhstan began its second two-year term as a member of the United"
        " Nations Human Rights Council on 1 January 2022.",
        KAZ_HRC,
    ),
    # finding 10: an event of the programme
    "pfp_conference": _programme(
        "chn", "China has also taken part in the Partnership for Peace conference in 2019."
    ),
    "pfp_conferences": _programme(
        "chn", "China has also taken part in the Partnership for Peace conferences since 2002."
    ),
    "pfp_summit": _programme(
        "chn", "China has also taken part in the Partnership for Peace summit."
    ),
    "pfp_meeting": _programme(
        "chn", "China has also taken part in the Partnership for Peace meeting in 2019."
    ),
    "pfp_session": _programme(
        "chn", "China has also taken part in the Partnership for Peace session."
    ),
    "pfp_forum": _programme("chn", "China has also taken part in the Partnership for Peace forum."),
    "pfp_drills": _programme(
        "chn", "China has also taken part in the Partnership for Peace drills."
    ),
    "pfp_review": _programme(
        "chn", "China has also taken part in the Partnership for Peace review."
    ),
    "pfp_exercises": _programme(
        "chn", "China has also taken part in the Partnership for Peace exercises."
    ),
    # finding 11 (a): a generic title
    "programme_for_cooperation": (
        "Kazakhstan signed the Programme for Cooperation with Uzbekistan in 2019.",
        ("kaz", "kz:participatesInProgramme", "programme-for-cooperation"),
    ),
    "programme_for_development": (
        "Kazakhstan joined the Programme for Development in 2019.",
        ("kaz", "kz:participatesInProgramme", "programme-for-development"),
    ),
    "programme_for_action": (
        "Kazakhstan joined the Programme for Action in 2019.",
        ("kaz", "kz:participatesInProgramme", "programme-for-action"),
    ),
    "programme_for_partnership": (
        "Kazakhstan signed the Programme for Partnership with Russia in 2019.",
        ("kaz", "kz:participatesInProgramme", "programme-for-partnership"),
    ),
    "programme_for_cooperation_joined": (
        "Kazakhstan joined the Programme for Cooperation in 2019.",
        ("kaz", "kz:participatesInProgramme", "programme-for-cooperation"),
    ),
    "programme_for_growth": (
        "Kazakhstan signed the Programme for Growth with China in 2020.",
        ("kaz", "kz:participatesInProgramme", "programme-for-growth"),
    ),
    # finding 11 (b): another speaker's claim
    "says_that": ("Israel says that Turkmenistan has diplomatic relations with Iran.", TKM_IRN),
    "said_that": ("Israel said that Turkmenistan has diplomatic relations with Iran.", TKM_IRN),
    "claims_that": ("Russia claims that Turkmenistan has diplomatic relations with Iran.", TKM_IRN),
    "argued_that": (
        "Critics argued that Turkmenistan has diplomatic relations with Iran.",
        TKM_IRN,
    ),
    "insists_that": (
        "Israel insists that Turkmenistan has diplomatic relations with Iran.",
        TKM_IRN,
    ),
    "claimed_that_also": (
        "Israel claimed that Turkmenistan also has diplomatic relations with Iran.",
        TKM_IRN,
    ),
    "ministry_says_that": (
        "The ministry says that Turkmenistan has diplomatic relations with Iran.",
        TKM_IRN,
    ),
}


@pytest.mark.parametrize(("text", "fact"), named_cases(FOUND))
def test_the_construction_is_still_read(scoring, text, fact):
    assert fact in summary(scoring, text)


@pytest.mark.parametrize(("text", "fact"), named_cases(NOT_FOUND))
def test_the_look_alike_gives_no_such_fact(scoring, text, fact):
    assert fact not in summary(scoring, text)
