"""Co-founders named through the act that founded the organisation (FOUNDING, session 8).

A signing followed by a clause of founding ("..., founding O", "..., becoming the founders of
O", "..., which established O", "..., thereby setting up O") makes each signatory of the signing,
however it was read, a co-founder from the signing's date (src/kzgraph/founding_acts.py, rule
``<signing rule>+founding-act``); "O [itself] was founded on D, when A and B signed T" likewise,
not when the signing is "a separate agreement"; "O, which it co-founded with A and B in D" and
"O, of which it is a founding member" read "it" as the state the sentence opened with
(references.jsonl ``ref-s8-which-it``); "one of the five founders of O", "one of its founding
members", "O ..., with A among its founding members", "X, a co-founder of O", an association
"set up ... by" companies. Every test is worded and peopled unlike the corpus sentences that
suggested it; the look-alikes give no co-founding."""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples, rule_ids


def _founders(text: str, stem: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in assertion_triples(text, stem=stem) if p == "coFounderOf"}


def _start_dates(text: str, stem: str) -> set[tuple[str, str]]:
    return {
        (s, o)
        for s, p, o in assertion_triples(text, stem=stem)
        if p == "startDate" and s.startswith("founding-membership-")
    }


GCC_STATES = ("bhr", "kwt", "omn", "qat", "sau", "are")


@pytest.mark.parametrize(
    "text",
    [
        # participle after an active signing
        "On 25 May 1981 Bahrain, Kuwait, Oman, Qatar, Saudi Arabia and the United Arab Emirates "
        "signed the Charter of the Cooperation Council for the Arab States of the Gulf in Abu "
        "Dhabi, founding the Gulf Cooperation Council.",
        # participle after a passive signing
        "The Charter of the Cooperation Council for the Arab States of the Gulf was signed in Abu "
        "Dhabi on 25 May 1981 by Bahrain, Kuwait, Oman, Qatar, Saudi Arabia and the United Arab "
        "Emirates, establishing the Gulf Cooperation Council.",
        # relative clause on the signing
        "On 25 May 1981 the leaders of Bahrain, Kuwait, Oman, Qatar, Saudi Arabia and the United "
        "Arab Emirates signed the Charter of the Cooperation Council for the Arab States of the "
        "Gulf, which created the Gulf Cooperation Council.",
        # "becoming the founders of", "thereby"
        "On 25 May 1981 Bahrain, Kuwait, Oman, Qatar, Saudi Arabia and the United Arab Emirates "
        "signed the Charter of the Cooperation Council for the Arab States of the Gulf, becoming "
        "the founders of the Gulf Cooperation Council.",
        "On 25 May 1981 Bahrain, Kuwait, Oman, Qatar, Saudi Arabia and the United Arab Emirates "
        "signed the Charter of the Cooperation Council for the Arab States of the Gulf, thereby "
        "setting up the Gulf Cooperation Council.",
    ],
)
def test_a_signing_with_a_founding_clause_makes_its_signatories_cofounders(text):
    expected = {(state, "gulf-cooperation-council") for state in GCC_STATES}
    assert _founders(text, "fa1") == expected
    assert {date for _, date in _start_dates(text, "fa1")} == {"1981-05-25"}
    assert any(rule.endswith("+founding-act") for rule in rule_ids(text, stem="fa1"))


def test_a_chronology_line_dates_the_founding_act():
    text = (
        "Chronology\n\n"
        "9 May 1999 – Moldova, Georgia and Ukraine sign the Yalta Charter in Yalta, founding the "
        "GUAM Organization for Democracy and Economic Development.\n"
    )
    assert _founders(text, "fa2") == {(s, "guam") for s in ("mda", "geo", "ukr")}
    assert {date for _, date in _start_dates(text, "fa2")} == {"1999-05-09"}


@pytest.mark.parametrize(
    "text",
    [
        # joining is membership, not founding
        "On 2 March 1992 Tajikistan and Turkmenistan signed the Charter of the United Nations "
        "in New York, joining the United Nations.",
        # a clause of another making
        "On 21 December 1991 Georgia and Moldova signed the Alma-Ata Protocol in Alma-Ata, "
        "which enlarged the Commonwealth of Independent States.",
        "In 2011 Armenia and Belarus signed the Treaty on a Free Trade Zone, which paved the way "
        "for the Eurasian Economic Union.",
        # a signing not done, a signing expected
        "Armenia and Moldova did not sign the treaty, founding the Eurasian Economic Community.",
        "Armenia and Moldova were expected to sign the treaty, founding the Eurasian Economic "
        "Community.",
        # a joint venture is no co-founded organisation
        "On 4 April 2002 Turkmenistan and Uzbekistan signed the Agreement on Gas Transport, "
        "establishing a joint venture, Asia Gas Transit LLP.",
        # the treaty itself as the subject: its making, not the signatories' founding
        "The Treaty on Deepening Military Trust, signed in Shanghai on 26 April 1996 by China, "
        "Kyrgyzstan and Tajikistan, created the Shanghai Five.",
    ],
)
def test_signings_without_a_founding_clause_give_no_cofounding(text):
    assert _founders(text, "fa3") == set()


def test_founded_when_the_charter_was_signed_reads_past_itself():
    text = (
        "The Gulf Cooperation Council is a regional union. The organisation itself was founded "
        "on 25 May 1981, when the leaders of Bahrain, Kuwait and Oman signed its charter in Abu "
        "Dhabi."
    )
    assert _founders(text, "fa4") == {
        (s, "gulf-cooperation-council") for s in ("bhr", "kwt", "omn")
    }


def test_founded_when_a_state_signed_a_separate_agreement_is_no_founding():
    text = (
        "The Asian Development Bank was founded in 1966, when Pakistan signed a separate "
        "agreement with Japan."
    )
    assert _founders(text, "fa5") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Some say Belarus should leave the Commonwealth of Independent States, which it "
            "co-founded with Russia and Ukraine in 1991.",
            {("blr", "cis"), ("rus", "cis"), ("ukr", "cis")},
        ),
        (
            "Turkey may instead look to the Organization of the Black Sea Economic Cooperation, "
            "of which it is a founding member.",
            {("tur", "organization-of-the-black-sea-economic-cooperation")},
        ),
    ],
)
def test_it_in_a_relative_clause_is_the_state_the_sentence_opened_with(text, expected):
    assert _founders(text, "fa6") == expected


@pytest.mark.parametrize(
    "text",
    [
        # the sentence opens with an organisation: "it" is no state
        "The European Union backs the Eurasian Development Bank, of which it is a founding member.",
        # two states before "it": which one is not said
        "Russia and Belarus praised the Union State, which it co-founded in 1999.",
    ],
)
def test_it_in_a_relative_clause_names_nothing_when_unclear(text):
    assert _founders(text, "fa7") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Uzbekistan is one of the five founders of the Central Asian Cooperation "
            "Organization, which was established in February 2002.",
            ("uzb", "central-asian-cooperation-organization"),
        ),
        (
            "Pakistan was one of the three co-founders of the Regional Cooperation for "
            "Development.",
            ("pak", "regional-cooperation-for-development"),
        ),
        (
            "The Economic Cooperation Organization grew out of an older body, and in 1985 Iran "
            "became one of its founding members.",
            ("irn", "economic-cooperation-organization"),
        ),
        (
            "The Gulf Cooperation Council was launched on 25 May 1981, with Kuwait among its "
            "founding members.",
            ("kwt", "gulf-cooperation-council"),
        ),
        (
            "Trade with Saudi Arabia, a co-founder of the Arab League, grew quickly.",
            ("sau", "arab-league"),
        ),
    ],
)
def test_founders_named_as_one_of_among_or_in_apposition(text, expected):
    assert expected in _founders(text, "fa8")


def test_the_number_of_founders_and_the_founding_clause_date_the_founding():
    text = (
        "Uzbekistan is one of the five founders of the Central Asian Cooperation Organization, "
        "which was established in February 2002."
    )
    assert {d for _, d in _start_dates(text, "fa9")} == {"2002-02"}


@pytest.mark.parametrize(
    "text",
    [
        "Iran was one of the founders of the idea of an Economic Cooperation Organization.",
        "The founders' meeting of the Eurasian Development Bank took place in Almaty.",
        "Kazakhstan was one of the 57 prospective founding members of the Asian "
        "Infrastructure Investment Bank.",
        "The Gulf Cooperation Council was launched on 25 May 1981, with Kuwait among its critics.",
        "Iran became one of its founding members.",  # no organisation named before
    ],
)
def test_founder_lookalikes_give_nothing(text):
    assert _founders(text, "fa10") == set()


def test_an_association_set_up_by_companies_has_them_as_founders():
    text = (
        "The International Association of Caspian Ports was set up in Baku in March 2019 by "
        "KazMunayGas and Azerbaijan Railways."
    )
    organisation = "international-association-of-caspian-ports"
    assert _founders(text, "fa11") == {
        ("kazmunaygas", organisation),
        ("azerbaijan-railways", organisation),
    }
    assert {d for _, d in _start_dates(text, "fa11")} == {"2019-03"}


def test_a_company_set_up_by_companies_gives_no_cofounding():
    text = "Tengizchevroil was set up in 1993 by Chevron and KazMunayGas."
    assert _founders(text, "fa13") == set()


def test_a_company_founded_by_a_person_gives_no_cofounding():
    text = "KazMunayGas was founded by Nursultan Nazarbayev in 2002."
    assert _founders(text, "fa12") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Georgia is proud to be a founding member of the GUAM Organization for Democracy and "
            "Economic Development and of the Organization of the Black Sea Economic Cooperation.",
            {("geo", "guam"), ("geo", "organization-of-the-black-sea-economic-cooperation")},
        ),
        (
            "Turkey is a member of NATO and a co-founder of the Economic Cooperation Organization.",
            {("tur", "economic-cooperation-organization")},
        ),
        (
            "With the ratification, Pakistan took its place among the Economic Cooperation "
            "Organization's founding members, alongside Iran and Turkey.",
            {(s, "economic-cooperation-organization") for s in ("pak", "irn", "tur")},
        ),
    ],
)
def test_founders_named_with_pride_beside_a_membership_or_by_their_place(text, expected):
    assert _founders(text, "fa14") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Georgia would be proud to be a founding member of the Asian Infrastructure Investment "
        "Bank.",
        "Georgia is proud to be a member of the Organization of the Black Sea Economic "
        "Cooperation.",
        "Armenia hopes to take its place among the founding members of the Eurasian Development "
        "Bank.",
    ],
)
def test_pride_hope_and_plain_membership_give_no_cofounding(text):
    assert _founders(text, "fa15") == set()
