"""Memberships the unseen corpora state and the extractor missed (session 22's brief MEMB22).

A role phrase after "as" written without an article, "X and Y joined O as full members on D",
"... as member states in D": it is no clause of its own (trigger_clauses._as_member, lexicon
memb22-as-member-bare), so the trigger line joined-organisation reads it as it reads "as a full
member"; a date past such a role that the rules leave out is a hedge (hedge-date-past-role), so
no undated node stands beside the dated one. Look-alikes: a lesser status ("as observers", "as
associate members", "as dialogue partners"), a negation, a question, a plan.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples

SCO = "shanghai-cooperation-organisation"


def triples(text: str) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="memb22-s22")


def members(text: str) -> set[tuple[str, str, str]]:
    return {t for t in triples(text) if t[1] in {"memberOf", "coFounderOf"}}


def start_dates(text: str) -> set[tuple[str, str]]:
    """(membership node, start date) of the text's memberships."""
    return {
        (s.removeprefix("membership-"), o)
        for s, p, o in triples(text)
        if s.startswith("membership-") and p == "startDate"
    }


def nodes(text: str) -> set[str]:
    return {s for s, p, o in triples(text) if s.startswith("membership-") and p == "member"}


ROLE_WITHOUT_ARTICLE = [
    (
        "Pakistan and India joined the SCO as full members on 9 June 2017.",
        {(f"pak-{SCO}", "2017-06-09"), (f"ind-{SCO}", "2017-06-09")},
    ),
    (
        "Pakistan and India joined the Shanghai Cooperation Organisation as member states in 2017.",
        {(f"pak-{SCO}", "2017"), (f"ind-{SCO}", "2017")},
    ),
    (
        "Armenia and Kyrgyzstan were admitted to the Eurasian Economic Union as full members in"
        " 2015.",
        {("arm-eaeu", "2015"), ("kgz-eaeu", "2015")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROLE_WITHOUT_ARTICLE)
def test_role_without_article(text, expected):
    assert start_dates(text) == expected
    assert len(nodes(text)) == len(expected)  # no undated node beside the dated one


ROLE_LOOK_ALIKES = [
    "Pakistan and India joined the SCO as observers in 2017.",
    "Pakistan and India joined the SCO as associate members in 2017.",
    "Pakistan and India joined the SCO as dialogue partners in 2017.",
    "Pakistan and India did not join the SCO as full members in 2017.",
    "Did Pakistan and India join the SCO as full members in 2017?",
    "Pakistan and India will join the SCO as full members in 2027.",
    "Pakistan and India hope to join the SCO as full members in 2027.",
]


@pytest.mark.parametrize("text", ROLE_LOOK_ALIKES)
def test_role_look_alike_gives_nothing(text):
    assert members(text) == set()


# An enlargement that names its new members (relations.jsonl memb22-org-enlarged-*), and a
# count of members with "among them" after a long aside on the organisation (rules
# org-has-members-among-them, rec17a-org-now-has-members-among-them: an aside of 16 tokens).
ECO_OPENING = "The Economic Cooperation Organization (ECO) was founded in 1985. "
ECO = "economic-cooperation-organization"
UFM = "union-for-the-mediterranean"
ENLARGED = [
    (
        ECO_OPENING + "In November 1992 the organization was enlarged to admit seven new"
        " members: Afghanistan, Azerbaijan, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and"
        " Uzbekistan.",
        {(f"{s}-{ECO}", "1992-11") for s in ("afg", "aze", "kaz", "kgz", "tjk", "tkm", "uzb")},
    ),
    (
        ECO_OPENING + "In November 1992 the organization was enlarged to ten members with the"
        " admission of Afghanistan, Kazakhstan and Uzbekistan.",
        {(f"{s}-{ECO}", "1992-11") for s in ("afg", "kaz", "uzb")},
    ),
    (
        "NATO was enlarged with the accession of Poland, Hungary and the Czech Republic on 12"
        " March 1999.",
        {(f"{s}-nato", "1999-03-12") for s in ("pol", "hun", "cze")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ENLARGED)
def test_enlarged_with_new_members(text, expected):
    assert start_dates(text) == expected


def test_count_with_among_them_after_a_long_aside():
    text = (
        "The Union for the Mediterranean (UfM), launched at a summit in Paris on 13 July 2008 to"
        " carry forward the Barcelona Process, now has 43 members, among them Italy, Spain and"
        " Malta."
    )
    assert members(text) == {(s, "memberOf", UFM) for s in ("ita", "esp", "mlt")}


ENLARGED_LOOK_ALIKES = [
    ECO_OPENING + "In 2030 the organization is to be enlarged to admit two new members:"
    " Afghanistan and Kazakhstan.",
    ECO_OPENING + "In 1992 the organization was enlarged to admit two new observers: Afghanistan"
    " and Kazakhstan.",
    ECO_OPENING + "In 1992 the organization was not enlarged with the admission of Afghanistan"
    " and Kazakhstan.",
    ECO_OPENING + "Was the organization enlarged with the admission of Afghanistan and"
    " Kazakhstan in 1992?",
    ECO_OPENING + "The organization may be enlarged with the admission of Afghanistan and"
    " Kazakhstan.",
    ECO_OPENING + "Critics claim the organization was enlarged with the admission of"
    " Afghanistan and Kazakhstan, but the secretariat denies this.",
    "NATO was enlarged with the accession of Poland and Hungary as partners in 1999.",
    "The Union for the Mediterranean (UfM), which Kazakhstan watches closely and which may one"
    " day invite observers from Central Asia, now has 43 partners, among them Italy and Malta.",
    "The Union for the Mediterranean (UfM), launched at a summit in Paris on 13 July 2008 to"
    " carry forward the Barcelona Process, will soon have 45 members, among them Italy and"
    " Malta.",
]


@pytest.mark.parametrize("text", ENLARGED_LOOK_ALIKES)
def test_enlarged_look_alike_gives_nothing(text):
    assert {t for t in members(text) if t[2] in {ECO, "nato", UFM}} == set()


# The founders of a predicate noun and of a group said to include them (relations.jsonl
# memb22-org-is-a-body-founded-by, memb22-org-founded-by-group-including).
def founding_dates(text: str) -> set[tuple[str, str]]:
    """(founding-membership node, start date) of the text's founding memberships."""
    return {
        (s.removeprefix("founding-membership-"), o)
        for s, p, o in triples(text)
        if s.startswith("founding-membership-") and p == "startDate"
    }


FOUNDED_BY = [
    (
        "The Economic Cooperation Organization (ECO) is an intergovernmental organization founded"
        " in 1985 by Iran, Pakistan and Turkey to promote economic, technical and cultural"
        " cooperation.",
        {(f"{s}-{ECO}", "1985") for s in ("irn", "pak", "tur")},
    ),
    (
        "The Economic Cooperation Organization is a regional bloc founded by Iran, Pakistan and"
        " Turkey in 1985.",
        {(f"{s}-{ECO}", "1985") for s in ("irn", "pak", "tur")},
    ),
    (
        "The OIC, founded in 1969 by a group of states that included Saudi Arabia, Egypt, Jordan"
        " and Kuwait, now has 57 member states.",
        {(f"{s}-oic", "1969") for s in ("sau", "egy", "jor", "kwt")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOUNDED_BY)
def test_founders_of_a_predicate_noun(text, expected):
    assert founding_dates(text) == expected


FOUNDED_BY_LOOK_ALIKES = [
    "The Economic Cooperation Organization is not an organization founded by Iran, Pakistan and"
    " Turkey.",
    "The Economic Cooperation Organization would be an organization founded by Iran, Pakistan"
    " and Turkey.",
    "Is the Economic Cooperation Organization an organization founded by Iran, Pakistan and"
    " Turkey?",
    "The Economic Cooperation Organization is an organization founded by Iran, Pakistan and"
    " Turkey, some historians claim.",
    "The OIC, founded in 1969 by a group of observers that included Saudi Arabia and Egypt, grew.",
    "The ECO is a successor of a body founded by Iran and Pakistan in 1964.",
]


@pytest.mark.parametrize("text", FOUNDED_BY_LOOK_ALIKES)
def test_founders_look_alike_gives_nothing(text):
    assert {t for t in members(text) if t[2] in {ECO, "oic"}} == set()


# A fronted role naming two memberships, each with its own start (relations.jsonl
# memb22-fronted-member-of-two-first, -second).
FRONTED_TWO = [
    "Being a member of the Economic Cooperation Organization (ECO) since 1992 and of the"
    " Organisation of Islamic Cooperation (OIC) since 1995, Kazakhstan attaches great importance"
    " to transport connectivity.",
    "As a member of the ECO since 1992 and of the OIC since 1995, Kazakhstan attaches great"
    " importance to connectivity.",
]


@pytest.mark.parametrize("text", FRONTED_TWO)
def test_fronted_role_with_two_memberships(text):
    assert start_dates(text) == {(f"kaz-{ECO}", "1992"), ("kaz-oic", "1995")}


@pytest.mark.parametrize(
    "text",
    [
        "As an observer of the ECO since 1992 and of the OIC since 1995, Kazakhstan attaches"
        " great importance to connectivity.",
        "As a member of the ECO since 1992 and a partner of the OIC since 1995, Kazakhstan"
        " attaches great importance to connectivity.",
    ],
)
def test_fronted_role_look_alike(text):
    assert ("kaz", "memberOf", "oic") not in members(text)


# A list with "both|all of them" before its membership apposition (relations.jsonl
# members-apposition-group, members-apposition-group-since: "[of them]").
def test_all_of_them_members_of():
    text = (
        "Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan, all of them members of"
        " the International Atomic Energy Agency, have concluded additional protocols."
    )
    states = ("kaz", "kgz", "tjk", "tkm", "uzb")
    assert members(text) == {(s, "memberOf", "iaea") for s in states}


def test_both_of_them_members_since():
    text = (
        "Kazakhstan and Kyrgyzstan, both of them members of the CSTO since 1992, signed the"
        " protocol."
    )
    assert start_dates(text) == {("kaz-csto", "1992"), ("kgz-csto", "1992")}


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan and Kyrgyzstan, both of them observers of the CSTO, signed the protocol.",
        "Kazakhstan and Kyrgyzstan, all of them members of the CSTO until 2012, signed the"
        " protocol.",
        "Kazakhstan and Kyrgyzstan, neither of them members of the CSTO, signed the protocol.",
        "Kazakhstan and Kyrgyzstan, all of them former members of the CSTO, signed the protocol.",
        "Kazakhstan and Kyrgyzstan, all of them members of the CSTO at the time, signed the"
        " protocol.",
    ],
)
def test_all_of_them_look_alike(text):
    assert {t for t in members(text) if t[2] == "csto"} == set()


# "X joined it as the|its Nth member|as a full member on D": the role before the date (rule
# joined-it; before, the match ended at "it" and gave an undated node beside the date).
SCO_OPENING = "The SCO was founded in 2001. "
JOINED_IT_AS = [
    (SCO_OPENING + "Belarus joined it as the tenth member on 4 July 2024.", "2024-07-04"),
    (SCO_OPENING + "Belarus joined it as a full member on 4 July 2024.", "2024-07-04"),
    (SCO_OPENING + "Belarus joined it as its tenth member in 2024.", "2024"),
]


@pytest.mark.parametrize(("text", "when"), JOINED_IT_AS)
def test_joined_it_as_nth_member(text, when):
    assert start_dates(text) == {(f"blr-{SCO}", when)}
    assert nodes(text) == {f"membership-blr-{SCO}"}


@pytest.mark.parametrize(
    "text",
    [
        SCO_OPENING + "Belarus joined it as an observer in 2015.",
        SCO_OPENING + "Belarus joined it as a dialogue partner in 2009.",
        SCO_OPENING + "Belarus will join it as the tenth member in 2024.",
        SCO_OPENING + "Did Belarus join it as the tenth member in 2024?",
    ],
)
def test_joined_it_as_look_alike(text):
    assert members(text) == set()


# A role phrase between the organisation and a place phrase with the date ("admitted to O as a
# full member at the bloc's summit in C on D"): relation_dates._date_past_phrase passes over it
# (trigger_clauses.role_phrase_end), so the node is dated.
SCO_FULL = "Shanghai Cooperation Organisation"


@pytest.mark.parametrize(
    "text",
    [
        f"Belarus was admitted to the {SCO_FULL} as a full member at the bloc's summit in Astana"
        " on 4 July 2024.",
        f"Belarus was admitted to the {SCO_FULL} as its tenth member state at the summit in"
        " Astana on 4 July 2024.",
    ],
)
def test_role_before_a_dated_place_phrase(text):
    assert start_dates(text) == {(f"blr-{SCO}", "2024-07-04")}
    assert nodes(text) == {f"membership-blr-{SCO}"}


def test_role_before_place_look_alike():
    text = (
        f"Belarus was admitted to the {SCO_FULL} as an observer at the summit in Astana on 4 July"
        " 2015."
    )
    assert members(text) == set()


# The state a relative clause likens to another (relations.jsonl
# memb22-which-like-state-is-member); the state set against them ("..., which is not") gets
# nothing.
def test_which_like_state_is_member():
    text = (
        "Kyiv should seek long-term supply contracts with Azerbaijan, which like Ukraine is a"
        " member of GUAM, and with Kazakhstan, which is not."
    )
    assert members(text) == {("aze", "memberOf", "guam"), ("ukr", "memberOf", "guam")}


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv should seek contracts with Azerbaijan, which like Ukraine is not a member of GUAM.",
        "Kyiv should seek contracts with Azerbaijan, which like Ukraine is an observer of GUAM.",
        "Kyiv should seek contracts with Azerbaijan, which like Ukraine may become a member of"
        " GUAM.",
        "Kyiv should seek contracts with Azerbaijan, which unlike Kazakhstan is a member of GUAM.",
    ],
)
def test_which_like_look_alike(text):
    assert members(text) == set()
