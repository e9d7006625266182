"""A gapped continuation that drops the founding word states no founding (brief REC12C).

"A and B are [both] founding members of O1 and members of O2": the object continuation was read
from the pattern's bare head noun ("members of {O}", gapping.object_tails), or past an optional
founding word ("the founding? members of {O}"), and gave coFounderOf O2. A tail may not open
right after a founding word (lexicon rec12c-founding-modifiers), and an optional founding word at
the head of a tail must be said; "... and of O2", "... and O2" and "... and founding members of
O2" still restate the founding.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples


def foundings(text: str) -> set[tuple[str, str, str]]:
    found = assertion_triples(text, stem="rec12c")
    return {t for t in found if t[1] == "coFounderOf"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kyrgyzstan and Tajikistan are founding members of the Collective Security Treaty"
            " Organization and members of the Eurasian Economic Union.",
            {("kgz", "coFounderOf", "csto"), ("tjk", "coFounderOf", "csto")},
        ),
        (
            "Uzbekistan and Turkmenistan are both founding members of the Economic Cooperation"
            " Organization and members of the Shanghai Cooperation Organisation.",
            {
                ("uzb", "coFounderOf", "economic-cooperation-organization"),
                ("tkm", "coFounderOf", "economic-cooperation-organization"),
            },
        ),
        (
            "Russia and China are founding members of the Shanghai Cooperation Organisation and"
            " members of the Asian Development Bank.",
            {
                ("rus", "coFounderOf", "shanghai-cooperation-organisation"),
                ("chn", "coFounderOf", "shanghai-cooperation-organisation"),
            },
        ),
        (
            "Armenia and Belarus were co-founders of the Commonwealth of Independent States and"
            " observers in the Non-Aligned Movement.",
            {("arm", "coFounderOf", "cis"), ("blr", "coFounderOf", "cis")},
        ),
        (
            "Azerbaijan was a founder of the Organization of Turkic States and a member of the"
            " Non-Aligned Movement.",
            {("aze", "coFounderOf", "organization-of-turkic-states")},
        ),
    ],
)
def test_other_relation_after_founding_gives_no_founding(text, expected):
    assert foundings(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kyrgyzstan and Tajikistan are founding members of the Collective Security Treaty"
            " Organization and of the Shanghai Cooperation Organisation.",
            {
                ("kgz", "coFounderOf", "csto"),
                ("tjk", "coFounderOf", "csto"),
                ("kgz", "coFounderOf", "shanghai-cooperation-organisation"),
                ("tjk", "coFounderOf", "shanghai-cooperation-organisation"),
            },
        ),
        (
            "Kyrgyzstan and Tajikistan are both founding members of the Collective Security"
            " Treaty Organization and of the Shanghai Cooperation Organisation.",
            {
                ("kgz", "coFounderOf", "csto"),
                ("tjk", "coFounderOf", "csto"),
                ("kgz", "coFounderOf", "shanghai-cooperation-organisation"),
                ("tjk", "coFounderOf", "shanghai-cooperation-organisation"),
            },
        ),
        (
            "Kyrgyzstan and Tajikistan are founding members of the Collective Security Treaty"
            " Organization and the Shanghai Cooperation Organisation.",
            {
                ("kgz", "coFounderOf", "csto"),
                ("tjk", "coFounderOf", "csto"),
                ("kgz", "coFounderOf", "shanghai-cooperation-organisation"),
                ("tjk", "coFounderOf", "shanghai-cooperation-organisation"),
            },
        ),
        (
            "Belarus was a founding member of the Commonwealth of Independent States and of the"
            " Eurasian Economic Union.",
            {("blr", "coFounderOf", "cis"), ("blr", "coFounderOf", "eaeu")},
        ),
    ],
)
def test_founding_continuations_keep_both(text, expected):
    assert foundings(text) == expected


def test_membership_apposition_stays_a_membership():
    found = assertion_triples(
        "Belarus, a founding member of the Commonwealth of Independent States and a member of"
        " the Eurasian Economic Union, hosted the meeting.",
        stem="rec12c",
    )
    assert ("blr", "memberOf", "eaeu") in found
    assert ("blr", "coFounderOf", "eaeu") not in found


# Guarantors named in the signing's participle or aside (relations.jsonl
# rec12c-signed-becoming-guarantors, rec12c-sign-as-guarantor-states).


def guarantors(text: str) -> set[tuple[str, str, str]]:
    found = assertion_triples(text, stem="rec12c")
    return {t for t in found if t[1] == "guarantor"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkey, Russia and Azerbaijan signed the Kars Memorandum in Ankara on 3 March 2011,"
            " becoming guarantors of that arrangement for Armenia.",
            {("kars-memorandum", "guarantor", c) for c in ("tur", "rus", "aze")},
        ),
        (
            "On 12 June 2019 France, Germany and Italy signed the Treaty on Nuclear Safety in"
            " Vienna, acting as its guarantors.",
            {("treaty-on-nuclear-safety", "guarantor", c) for c in ("fra", "deu", "ita")},
        ),
        (
            "France, Germany and Italy signed, as guarantor states, the Treaty on Nuclear Safety"
            " in Vienna on 12 June 2019.",
            {("treaty-on-nuclear-safety", "guarantor", c) for c in ("fra", "deu", "ita")},
        ),
    ],
)
def test_signers_who_become_guarantors(text, expected):
    assert guarantors(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "France and Germany signed the Treaty on Nuclear Safety in Vienna on 12 June 2019,"
        " refusing to act as its guarantors.",
        "France and Germany signed the Treaty on Nuclear Safety in Vienna on 12 June 2019,"
        " becoming guarantors of the loan.",
        "France and Germany signed the Treaty on Nuclear Safety in Vienna on 12 June 2019,"
        " offering to guarantee its terms.",
        "France and Germany signed the Treaty on Nuclear Safety in Vienna on 12 June 2019,"
        " becoming its first ratifiers.",
        "France and Germany signed the Treaty on Nuclear Safety in Vienna on 12 June 2019,"
        " and a bank acted as guarantor of the credit.",
    ],
)
def test_guarantor_look_alikes_give_no_guarantor(text):
    assert guarantors(text) == set()


# The beneficiary as a possessive (relations.jsonl rec12c-states-guarantee-possessive-security).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Turkey and Russia later guaranteed Azerbaijan's sovereignty in the Kars Memorandum.",
            {
                ("kars-memorandum", "guarantor", "tur"),
                ("kars-memorandum", "guarantor", "rus"),
                ("kars-memorandum", "beneficiary", "aze"),
            },
        ),
        (
            "France, Germany and Italy guaranteed Austria’s independence under the Treaty on"
            " Nuclear Safety.",
            {("treaty-on-nuclear-safety", "guarantor", c) for c in ("fra", "deu", "ita")}
            | {("treaty-on-nuclear-safety", "beneficiary", "aut")},
        ),
    ],
)
def test_possessive_beneficiary_of_guarantee(text, expected):
    found = assertion_triples(text, stem="rec12c")
    assert {t for t in found if t[1] in ("guarantor", "beneficiary")} == expected


@pytest.mark.parametrize(
    "text",
    [
        "France and Germany refused to guarantee Austria's independence under the Treaty on"
        " Nuclear Safety.",
        "France and Germany offered to guarantee Austria's independence under the Treaty on"
        " Nuclear Safety.",
        "Germany guaranteed Austria's loans under the Treaty on Nuclear Safety.",
    ],
)
def test_possessive_look_alikes_give_no_guarantee(text):
    found = assertion_triples(text, stem="rec12c")
    assert {t for t in found if t[1] in ("guarantor", "beneficiary")} == set()


# "T ..., and G became|are its guarantors"
# (relations.jsonl rec12c-treaty-and-states-its-guarantors).


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Austria and Hungary signed the Treaty on Nuclear Safety in Vienna on 12 June 2019,"
            " and France, Germany and Italy became its guarantors in 2021.",
            {("treaty-on-nuclear-safety", "guarantor", c) for c in ("fra", "deu", "ita")},
        ),
        (
            "Turkey and Azerbaijan concluded the Kars Memorandum in 2011, and Russia is its"
            " guarantor.",
            {("kars-memorandum", "guarantor", "rus")},
        ),
    ],
)
def test_and_states_are_its_guarantors(text, expected):
    assert guarantors(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Austria and Hungary signed the Treaty on Nuclear Safety in Vienna on 12 June 2019, and"
        " France and Germany refused to become its guarantors.",
        "Austria and Hungary signed the Treaty on Nuclear Safety in Vienna on 12 June 2019, and"
        " France and Germany became its critics in 2021.",
    ],
)
def test_and_states_look_alikes_give_no_guarantor(text):
    assert guarantors(text) == set()
