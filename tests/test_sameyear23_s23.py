"""Memberships the blind corpora state in plain English and the extractor missed (session 23's
brief SAMEYEAR23).

A second verb phrase sharing the subject, dated by reference: "X was admitted to O1 on D and
joined O2 in the same year" (gapping.shared_subject_facts reads its verb phrase with
read_any_tail; the phrase resolves against the date named last before it,
relation_dates.referred_date). Look-alikes: a plan ("may join ... in the same year"), a
negation, an observer, a first fact with no date to refer to, a partnership.

A focus adverb right before a date ("became a member of O only on D", "only in D") is no block
word of the membership trigger lines (triggers.focused_dates). Look-alikes: "the only member of
O", "only an observer", "not only", a plan, a negation.
"""

from __future__ import annotations

import gold_scoring
import pytest
from fact_cases import extract, named_cases

UN, OIC = "united-nations", "oic"


def memberships(text: str) -> set[tuple]:
    """(member, organisation, start date) of the text's Membership nodes."""
    _, facts = extract(text, gold_scoring, stem="sameyear23-s23")
    return {
        (props["kz:member"][0], props["kz:organisation"][0],
         props.get("kz:startDate", [("", "")])[0][0])
        for kind, cls, props in (f for f in facts if f[0] == "node")
        if cls == "kz:Membership"
    }  # fmt: skip


ADMITTED = "Kyrgyzstan was admitted to the United Nations on 2 March 1992 and "
READ = {
    "in-the-same-year": (
        ADMITTED + "joined the Organisation of Islamic Cooperation in the same year.",
        {("kgz", UN, "1992-03-02"), ("kgz", OIC, "1992")},
    ),
    "later-that-year": (
        ADMITTED + "joined the Organisation of Islamic Cooperation later that year.",
        {("kgz", UN, "1992-03-02"), ("kgz", OIC, "1992")},
    ),
    "the-following-year": (
        ADMITTED + "joined the Organisation of Islamic Cooperation the following year.",
        {("kgz", UN, "1992-03-02"), ("kgz", OIC, "1993")},
    ),
    "only-on-a-day": (
        "Switzerland remains outside the Union; it joined the International Monetary Fund"
        " (IMF) and the World Bank in May 1992 but became a member of the United Nations only"
        " on 10 September 2002.",
        {("che", "imf", "1992-05"), ("che", "world-bank", "1992-05"), ("che", UN, "2002-09-10")},
    ),
    "only-in-a-year": (
        "Switzerland joined the IMF in May 1992 but became a member of the United Nations"
        " only in 2002.",
        {("che", "imf", "1992-05"), ("che", UN, "2002")},
    ),
}

LOOK_ALIKES = {
    "plan-in-the-same-year": (
        "Kyrgyzstan may be admitted to the United Nations in 2027 and may join the"
        " Organisation of Islamic Cooperation in the same year.",
        set(),
    ),
    "second-verb-a-plan": (
        ADMITTED + "may join the Organisation of Islamic Cooperation in the same year.",
        {("kgz", UN, "1992-03-02")},
    ),
    "second-verb-negated": (
        ADMITTED + "did not join the Organisation of Islamic Cooperation in the same year.",
        {("kgz", UN, "1992-03-02")},
    ),
    "second-verb-an-observer": (
        ADMITTED + "became an observer of the Organisation of Islamic Cooperation in the same"
        " year.",
        {("kgz", UN, "1992-03-02")},
    ),
    "no-date-to-refer-to": (
        "Kyrgyzstan was admitted to the United Nations and joined the Organisation of Islamic"
        " Cooperation in the same year.",
        {("kgz", UN, "")},
    ),
    "the-only-member": ("Switzerland is the only member of the United Nations since 2002.", set()),
    "only-an-observer": (
        "Switzerland joined the IMF in May 1992 but is only an observer of the United Nations"
        " since 2002.",
        {("che", "imf", "1992-05")},
    ),
    "not-only": (
        "Switzerland joined the IMF in May 1992 but became not only a member of the United"
        " Nations in 2002.",
        {("che", "imf", "1992-05")},
    ),
    "only-in-a-planned-year": (
        "Switzerland joined the IMF in May 1992 but may become a member of the United Nations"
        " only in 2030.",
        {("che", "imf", "1992-05")},
    ),
    "only-negated": (
        "Switzerland joined the IMF in May 1992 but did not become a member of the United"
        " Nations only in 2002.",
        {("che", "imf", "1992-05")},
    ),
}


@pytest.mark.parametrize(("text", "expected"), named_cases(READ))
def test_the_membership_is_read(text, expected):
    assert memberships(text) == expected


@pytest.mark.parametrize(("text", "expected"), named_cases(LOOK_ALIKES))
def test_the_look_alike_keeps_its_reading(text, expected):
    assert memberships(text) == expected


def test_a_partnership_in_the_same_year_is_no_membership():
    text = ADMITTED + "signed a partnership agreement with the European Union in the same year."
    _, facts = extract(text, gold_scoring, stem="sameyear23-s23")
    assert not any(f[0] == "triple" and f[2] == "kz:memberOf" and f[3] != UN for f in facts)
