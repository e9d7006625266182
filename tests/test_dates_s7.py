"""Dates stated beside a membership, not inside its rule's match (DATES-s7): a relative clause
on the organisation ("O, which it joined in D"; "O1 and O2, which it joined in D1 and D2
respectively"), an apposition with "since" ("A and B, both members of O since D", "both O
members since D"), an organisation left out after a contrast ("X joined O in D1; Y has been a
member since D2"), one of a pair ("A and B both belong to O, the latter since D"), a founding
member's date ("X, a founding member of O in D", "O, set up in D"), and a date the sentence
opens with before an aside that has its own ("On D1, at the summit held in C on D2, A became
a member of O"). A dated node replaces the undated one; look-alikes stay undated."""

from __future__ import annotations

import pytest
from fact_cases import date, extract, named_cases, nodes_of


def _dates(text, scoring, cls="kz:Membership"):
    """{(member, organisation): start date or None} of the ``cls`` nodes of ``text``."""
    found = {}
    for props in nodes_of(extract(text, scoring, stem="dates-s7")[1], cls):
        key = (props["kz:member"][0], props["kz:organisation"][0])
        found[key] = props.get("kz:startDate", [None])[0]
    return found


JOINING_CLAUSES = {
    "belongs_which_it_joined": (
        "Mongolia belongs to the Asian Development Bank, which it joined in 1991.",
        {("mng", "adb"): date("1991")},
    ),
    "respectively": (
        "Azerbaijan is a member of the Council of Europe and the OSCE, which it joined in 2001 "
        "and 1992 respectively.",
        {("aze", "council-of-europe"): date("2001"), ("aze", "osce"): date("1992")},
    ),
    "of_which_it_has_been_a_member_since": (
        "Armenia belongs to the Eurasian Economic Union, of which it has been a member since 2015.",
        {("arm", "eaeu"): date("2015")},
    ),
    "formally_joined_on": (
        "Moldova is a member of the OSCE, which it formally joined on 30 January 1992.",
        {("mda", "osce"): date("1992-01-30")},
    ),
    "they_joined": (
        "Turkmenistan and Uzbekistan are members of the ECO, which they joined in 1992.",
        {
            ("tkm", "economic-cooperation-organization"): date("1992"),
            ("uzb", "economic-cooperation-organization"): date("1992"),
        },
    ),
    "named_subject_entered": (
        "Kyrgyzstan is a member of the Eurasian Economic Union, which Kyrgyzstan entered in "
        "August 2015.",
        {("kgz", "eaeu"): date("2015-08")},
    ),
}


@pytest.mark.parametrize(("text", "expected"), named_cases(JOINING_CLAUSES))
def test_a_relative_clause_of_joining_dates_the_membership(text, expected, scoring):
    assert _dates(text, scoring) == expected


def test_a_relative_clause_of_co_founding_dates_the_founding_membership(scoring):
    text = "Kyrgyzstan is a founding member of the CIS, which it co-founded in 1991."
    assert _dates(text, scoring, "kz:FoundingMembership") == {("kgz", "cis"): date("1991")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # leaving, founding, planning: no start of the membership
        ("Georgia is a member of the OSCE, which it left in 2009.", {("geo", "osce"): None}),
        (
            "Kazakhstan is a member of the Shanghai Cooperation Organisation, which was founded "
            "in 2001.",
            {("kaz", "shanghai-cooperation-organisation"): None},
        ),
        (
            "Uzbekistan is a member of the CIS, which it plans to leave in 2026.",
            {("uzb", "cis"): None},
        ),
        # another state joined; two organisations and one date: whose?
        (
            "Kazakhstan is a member of the OIC, which Turkey joined in 1969.",
            {("kaz", "oic"): None, ("tur", "oic"): date("1969")},
        ),
        (
            "Kazakhstan is a member of the OIC and the ECO, which it joined in 1995.",
            {("kaz", "oic"): None, ("kaz", "economic-cooperation-organization"): None},
        ),
        (
            "Kazakhstan is a member of the OSCE, which it joined in 1992 as an observer.",
            {("kaz", "osce"): None},
        ),
    ],
)
def test_a_clause_of_leaving_founding_or_planning_dates_nothing(text, expected, scoring):
    assert _dates(text, scoring) == expected


SINCE = {
    "both_members_of_since": (
        "Latvia and Lithuania, both members of NATO since 2004, backed the plan.",
        {("lva", "nato"): date("2004"), ("ltu", "nato"): date("2004")},
    ),
    "both_org_members_since": (
        "Czechia and Slovakia, both NATO members since 1999, backed the plan.",
        {("cze", "nato"): date("1999"), ("svk", "nato"): date("1999")},
    ),
    "both_org_members": (
        "Czechia and Slovakia, both NATO members, backed the plan.",
        {("cze", "nato"): None, ("svk", "nato"): None},
    ),
    "has_been_a_member_since_after_a_contrast": (
        "Kazakhstan joined the Asian Development Bank in 1994; Mongolia has been a member "
        "since 1991.",
        {("kaz", "adb"): date("1994"), ("mng", "adb"): date("1991")},
    ),
    "the_latter_since": (
        "Turkey and Azerbaijan both belong to the OIC, the latter since 1991.",
        {("tur", "oic"): None, ("aze", "oic"): date("1991")},
    ),
    "one_named_since": (
        "Kazakhstan and Uzbekistan are members of the ECO, Uzbekistan since 1992.",
        {
            ("kaz", "economic-cooperation-organization"): None,
            ("uzb", "economic-cooperation-organization"): date("1992"),
        },
    ),
    "since_its_founding": (
        "Estonia, a member of NATO since its founding, backed the plan.",
        {("est", "nato"): None},
    ),
}


@pytest.mark.parametrize(("text", "expected"), named_cases(SINCE))
def test_since_dates_the_membership_it_stands_beside(text, expected, scoring):
    assert _dates(text, scoring) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tokayev visited Berlin in 2023. Germany has been a member since 1973.",
        "Finland and Sweden, both NATO applicants since 2022, backed the plan.",
        "Kazakhstan has not been a member since 1992.",
    ],
)
def test_since_without_an_organisation_or_a_membership_gives_nothing(text, scoring):
    assert _dates(text, scoring) == {}


FOUNDING = {
    "apposition_in": (
        "Belarus and Russia, both founding members of the CIS in 1991, signed the treaty.",
        {("blr", "cis"): date("1991"), ("rus", "cis"): date("1991")},
    ),
    "one_of_the_founding_members_in": (
        "Egypt, one of the founding members of the Non-Aligned Movement in 1961, hosted the talks.",
        {("egy", "non-aligned-movement"): date("1961")},
    ),
    "set_up_in": (
        "Egypt is a founding member of the Non-Aligned Movement, set up in 1961, and an observer "
        "in the African Union.",
        {("egy", "non-aligned-movement"): date("1961")},
    ),
    "in_a_place": (
        "Egypt, a founding member of the Non-Aligned Movement in Belgrade, hosted the talks.",
        {("egy", "non-aligned-movement"): None},
    ),
    "date_of_another_clause": (
        "Egypt, a founding member of the Non-Aligned Movement, hosted the talks in 1961.",
        {("egy", "non-aligned-movement"): None},
    ),
}


@pytest.mark.parametrize(("text", "expected"), named_cases(FOUNDING))
def test_a_founding_members_date(text, expected, scoring):
    assert _dates(text, scoring, "kz:FoundingMembership") == expected


def test_an_asides_date_is_not_the_clauses(scoring):
    text = (
        "On 2 January 2015, at a meeting held in Moscow on 1–2 January, Armenia became a "
        "member of the Eurasian Economic Union."
    )
    assert _dates(text, scoring) == {("arm", "eaeu"): date("2015-01-02")}


def test_a_fronted_date_after_and_stays_the_clauses(scoring):
    text = "Armenia signed the treaty in 2014, and in 2015 it became a member of the EAEU."
    assert _dates(text, scoring)[("arm", "eaeu")] == date("2015")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 2017, the ministry noted that on 30 November 2015, Kazakhstan joined the World "
            "Trade Organization.",
            date("2015-11-30"),
        ),
        (
            "On 14 October 2016, the minister said that on 30 November 2015, Kazakhstan became "
            "a member of the World Trade Organization.",
            date("2015-11-30"),
        ),
        (
            "In 2019, officials recalled how in 2015, Armenia became a member of the Eurasian "
            "Economic Union.",
            date("2015"),
        ),
        (
            "On 5 May 2018, in an interview, the ambassador stressed that in 2015, Armenia "
            "joined the Eurasian Economic Union.",
            date("2015"),
        ),
        (
            "In 2020, a report by the bank stated that on 12 August 2015, Kyrgyzstan joined "
            "the Eurasian Economic Union.",
            date("2015-08-12"),
        ),
    ],
)
def test_a_reported_clauses_date_is_its_own(text, expected, scoring):
    """Reviewer C's F4: the date of a clause reported after 'that' or 'how' is the event's;
    the sentence's opening date is when it was said."""
    assert list(_dates(text, scoring).values()) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Russian companies invested some $1.5 billion in the Uzbek economy in the same year.",
        "Trade between Turkey and Uzbekistan reached $3 billion that year.",
        "Trade between Turkey and Uzbekistan reached $3 billion in the following year.",
    ],
)
def test_a_figure_dated_by_reference_gives_no_undated_node(text, scoring):
    facts = extract(text, scoring, stem="dates-s7")[1]
    assert nodes_of(facts, "kz:InvestmentFigure") + nodes_of(facts, "kz:TradeFigure") == []


def test_a_figure_with_its_own_year_keeps_it(scoring):
    facts = extract(
        "Russian companies invested some $1.5 billion in the Uzbek economy in 2019.",
        scoring,
        stem="dates-s7",
    )[1]
    assert [n["kz:year"] for n in nodes_of(facts, "kz:InvestmentFigure")] == [[date("2019")]]


def test_a_membership_dated_by_reference_stays_a_membership(scoring):
    text = "Uzbekistan joined the CIS in the same year."
    assert _dates(text, scoring) == {("uzb", "cis"): None}


def _trade(text, scoring):
    return nodes_of(extract(text, scoring, stem="dates-s7")[1], "kz:TradeFigure")


@pytest.mark.parametrize(
    ("text", "share"),
    [
        (
            "Uzbekistan and Turkey signed a treaty in 1995.\nBilateral trade reached $3.1 billion "
            "in 2021, or 5.2 per cent of Uzbekistan's total trade.",
            "5.2",
        ),
        (
            "Uzbekistan and Turkey signed a treaty in 1995.\nBilateral trade reached $3.1 billion "
            "in 2021, 5.2% of Uzbekistan's foreign trade.",
            "5.2",
        ),
    ],
)
def test_a_share_after_an_opening_bilateral_trade_figure(text, share, scoring):
    [trade] = _trade(text, scoring)
    assert trade["kz:shareOfTotal"] == [(share, "xsd:decimal")]
    assert trade["kz:year"] == [date("2021")]


def test_a_growth_rate_is_no_share(scoring):
    text = (
        "Uzbekistan and Turkey signed a treaty in 1995.\nBilateral trade reached $3.1 billion in "
        "2021, 5.2% more than a year earlier."
    )
    assert all("kz:shareOfTotal" not in trade for trade in _trade(text, scoring))


MEMBER_CLAUSES = {
    "which_has_been_a_member_since": (
        "Latvia, which has been a member of the European Union since 2004, backed the plan.",
        {("lva", "european-union"): date("2004")},
    ),
    "which_have_belonged_since": (
        "Czechia and Slovakia, which have belonged to NATO since 1999, backed the plan.",
        {("cze", "nato"): date("1999"), ("svk", "nato"): date("1999")},
    ),
    "which_is_a_member": (
        "Latvia, which is a member of NATO, backed the plan.",
        {("lva", "nato"): None},
    ),
    "which_has_been_a_member_since_its_founding": (
        "Latvia, which has been a member of NATO since its founding, backed the plan.",
        {("lva", "nato"): None},
    ),
    "having_joined": (
        "Armenia is a member of the Council of Europe, having joined in 2001.",
        {("arm", "council-of-europe"): date("2001")},
    ),
    "having_acceded_to_it": (
        "Armenia is a member of the Council of Europe, having acceded to it on 25 January 2001.",
        {("arm", "council-of-europe"): date("2001-01-25")},
    ),
    "having_joined_them_respectively": (
        "Armenia is a member of the OSCE and the Council of Europe, having joined them in 1992 "
        "and 2001 respectively.",
        {("arm", "osce"): date("1992"), ("arm", "council-of-europe"): date("2001")},
    ),
    "having_left_it": (
        "Armenia is a member of the Council of Europe, having left it in 2001.",
        {("arm", "council-of-europe"): None},
    ),
    "having_signed_its_charter": (
        "Armenia is a member of the Council of Europe, having signed its charter in 2001.",
        {("arm", "council-of-europe"): None},
    ),
    "a_dateless_tail": (
        "Armenia is a member of the Council of Europe, which it joined in 2001 after long talks.",
        {("arm", "council-of-europe"): date("2001")},
    ),
    "a_tail_with_a_date_of_its_own": (
        "Armenia is a member of the Council of Europe, which it joined in 2001 after talks in "
        "1999.",
        {("arm", "council-of-europe"): None},
    ),
}


@pytest.mark.parametrize(("text", "expected"), named_cases(MEMBER_CLAUSES))
def test_a_clause_on_the_member_dates_its_membership(text, expected, scoring):
    assert _dates(text, scoring) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Finland, which has been an observer of the CSTO since 2004, backed the plan.",
        "Serbia, which has been a candidate for membership of the European Union since 2012, "
        "backed the plan.",
        "Russia, which was a member of the G8 until 2014, backed the plan.",
        "Kazakhstan, which hopes to be a member of the OECD, backed the plan.",
        "Latvia, which has not been a member of NATO, backed the plan.",
    ],
)
def test_a_relative_clause_of_no_membership_gives_nothing(text, scoring):
    assert _dates(text, scoring) == {}


@pytest.mark.parametrize(
    "text",
    [
        "Uzbekistan signed a deal with Gazprom in 2019. Russia has been a member since 1992.",
        "KazMunayGas signed a deal with Chevron. Russia has been a member since 1992.",
    ],
)
def test_a_member_since_after_a_company_names_no_membership(text, scoring):
    assert _dates(text, scoring) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The plan was backed by Hungary and Romania, both EU member states since 2007.",
            {("hun", "european-union"): date("2007"), ("rou", "european-union"): date("2007")},
        ),
        (
            "The plan was backed by Hungary and Romania, both EU members.",
            {("hun", "european-union"): None, ("rou", "european-union"): None},
        ),
    ],
)
def test_both_org_members_closing_a_sentence(text, expected, scoring):
    assert _dates(text, scoring) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Czechia and Slovakia, both former NATO members, backed the plan.",
        "Czechia and Slovakia, both NATO members until 2010, backed the plan.",
        "Finland and Sweden, both NATO partners, backed the plan.",
    ],
)
def test_both_former_or_partners_give_nothing(text, scoring):
    assert _dates(text, scoring) == {}
