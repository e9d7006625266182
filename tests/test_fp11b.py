"""False facts of session 10's unseen corpora blind49-51 and older ones (brief FP11B), each
mended by its general cause and tested in other wording with other entities, with look-alikes
that must give nothing and readings that must stay:

- a company has no official language (schema.jsonl "not_classes" of the kind languages,
  graph._wrong_class): "Official languages: Kazakh, Russian" in a country profile under a
  heading naming the company that published it is no fact of the company;
- a bulleted treaty list ("• T – signatory|party") takes its state from the line ending with a
  colon that opens the list ("X's treaty commitments:"), never from the state a line above the
  list named (references._list_heading_state);
- a negative determiner right before the match ("no|no such|not a single treaty was signed")
  negates it (hedges.jsonl hedge-fp11b-negative-determiner);
- an organisation's name followed by capitalised words naming one of its bodies, a hyphen
  inside a word among them ("the EurAsEC Anti-Crisis Fund"), ends no match at the organisation,
  whatever its role (relations._ends_at_organisation, org_bodies.names_a_body);
- a match in the present tense right after "when|once|until|after|before" speaks of what is to
  come (relations.future_time_clause, also asked by trigger lines and syntax readings);
- a trade figure keeps its share of the total stated after it ("US$ N (S% of the total)", ",
  or S%"): the share tail of the trade rules, never a growth rate ("12% more", "up 12%");
- a key closing with a bracketed year ("Chairmanship (2024): X") dates the facts of a kind
  dated by a year (a chairmanship, a trade figure), not a membership's start
  (layout._dated_by_key(years_only));
- a bracketed acronym of letters then digits ("(V4)", "(S5)") is folded into the name before
  it as one of letters is (mentions._ACRONYM_AFTER), so the rest of the clause still reaches
  the name; "On D X, an observer since D0, was admitted as the Nth member state" takes its
  fronted date (admitted-as-nth-member-state-topic).
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples


def triples(text: str, written_from: str | None = None) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="fp11b", written_from=written_from)


def with_property(found: set, prop: str) -> set[tuple[str, str, str]]:
    return {t for t in found if t[1] == prop}


# --- a company has no official language -----------------------------------------------------

COMPANY_LANGUAGES = {
    "profile-under-company-heading": (
        "Uzbek Trade Promotion Company | Investor deck 2023\n\nCountry profile\n"
        "Capital: Tashkent\nOfficial language: Uzbek\n"
    ),
    "company-key-value": "Sinopec\nOfficial languages: Chinese, English\n",
    "company-uses-as-official": "KazMunayGas uses Kazakh and Russian as its official languages.",
    "company-possessive": "Chevron's official languages are English and Spanish.",
}


@pytest.mark.parametrize("text", COMPANY_LANGUAGES.values(), ids=COMPANY_LANGUAGES.keys())
def test_a_company_has_no_official_language(text):
    assert with_property(triples(text), "officialLanguage") == set()


STILL_LANGUAGES = {
    "state-profile": (
        "Kyrgyzstan\nCapital: Bishkek\nOfficial languages: Kyrgyz, Russian\n",
        {("kgz", "officialLanguage", "kyrgyz"), ("kgz", "officialLanguage", "russian")},
    ),
    "organisation": (
        "The official languages of the Shanghai Cooperation Organisation are Chinese and Russian.",
        {
            ("shanghai-cooperation-organisation", "officialLanguage", "chinese"),
            ("shanghai-cooperation-organisation", "officialLanguage", "russian"),
        },
    ),
    "state-possessive": (
        "Mongolia's official language is Mongolian.",
        {("mng", "officialLanguage", "mongolian")},
    ),
    "financial-centre": (
        "English is the official language of the Astana International Financial Centre.",
        {("astana-international-financial-centre", "officialLanguage", "english")},
    ),
}


@pytest.mark.parametrize(("text", "expected"), STILL_LANGUAGES.values(), ids=STILL_LANGUAGES.keys())
def test_states_and_organisations_keep_their_languages(text, expected):
    assert with_property(triples(text), "officialLanguage") == expected


# --- a bulleted treaty list takes its state from the list's own heading ----------------------

NO_LIST_OWNER = {
    "chair-line-then-plain-heading": (
        "Chairmanship (2023): Kyrgyzstan\n\nCustoms agreements\n"
        "• EAEU–Iran Free Trade Agreement – signed in Astana, 25 December 2023\n"
    ),
    "observer-line-then-plain-heading": (
        "Observer states: Uzbekistan, Cuba\n\nTrade agreements\n"
        "• EAEU–Serbia Free Trade Agreement – signed in Moscow, 25 October 2019\n"
    ),
    "sentence-then-heading-without-state": (
        "Armenia joined the Eurasian Economic Union in 2015.\nTreaties of the union:\n"
        "• Collective Security Treaty – signatory\n"
    ),
    "heading-naming-two-states": (
        "Treaties of Tajikistan and Kyrgyzstan:\n• Collective Security Treaty – signatory\n"
    ),
    "heading-in-another-paragraph": (
        "Armenia's treaty record:\n\n• Comprehensive Nuclear-Test-Ban Treaty – signatory\n"
    ),
}


@pytest.mark.parametrize("text", NO_LIST_OWNER.values(), ids=NO_LIST_OWNER.keys())
def test_a_bullet_takes_no_state_from_above_its_list(text):
    found = triples(text)
    assert with_property(found, "signatory") == set()
    assert with_property(found, "party") == set()


def test_the_list_heading_state_signs_and_is_party():
    found = triples(
        "Uzbekistan's treaty commitments, as listed by its foreign ministry:\n"
        "• Collective Security Treaty (Tashkent, 1992) – signatory\n"
        "• Treaty on the Non-Proliferation of Nuclear Weapons – party.\n"
    )
    assert ("collective-security-treaty", "signatory", "uzb") in found
    assert ("npt", "party", "uzb") in found


def test_every_bullet_of_the_list_takes_the_heading_state():
    found = triples(
        "Armenia's treaty record:\n• Collective Security Treaty (Tashkent, 1992) – signatory\n"
        "• Comprehensive Nuclear-Test-Ban Treaty – signatory\n"
    )
    assert with_property(found, "signatory") == {
        ("collective-security-treaty", "signatory", "arm"),
        ("ctbt", "signatory", "arm"),
    }


# --- a negative determiner before the match -------------------------------------------------

NO_SIGNING = {
    "no-treaty-place": "No peace treaty was signed in Tashkent.",
    "but-no-agreement": "Baku hosted the talks, but no agreement was signed in Baku.",
    "no-such-between": "No such treaty was concluded between Armenia and Georgia in 2005.",
    "not-a-single": "Not a single agreement was signed in Tbilisi in 2010.",
    "no-treaty-between-dated": (
        "No treaty was signed between Tajikistan and Kyrgyzstan in March 2021."
    ),
    "no-other": "No other agreement was signed in Dushanbe in 2015.",
}


@pytest.mark.parametrize("text", NO_SIGNING.values(), ids=NO_SIGNING.keys())
def test_no_treaty_signed_states_no_signing(text):
    assert triples(text) == set()


def test_a_named_treaty_signed_is_still_read():
    assert triples("The Treaty on Eternal Friendship was signed in Tbilisi on 4 May 2005.") == {
        ("treaty-on-eternal-friendship", "signingDate", "2005-05-04"),
        ("treaty-on-eternal-friendship", "signingPlace", "tbilisi"),
    }


def test_a_no_in_another_clause_negates_nothing_after_it():
    found = triples("Georgia has no border with Kazakhstan, but Kazakhstan joined the CIS in 1991.")
    assert ("kaz", "memberOf", "cis") in found


# --- an organisation's name that only qualifies a body of it --------------------------------

BODY_NOT_ORGANISATION = {
    "formerly-hyphenated-body": (
        "The Eurasian Development Bank, formerly the EurAsEC Anti-Crisis Fund, lends to Armenia."
    ),
    "joined-body": "Kazakhstan joined the EurAsEC Stabilization Fund in 2009.",
    "member-of-hyphenated-body": (
        "Tajikistan became a member of the SCO Anti-Terrorist Centre in 2004."
    ),
    "predecessor-hyphenated-council": (
        "The Organization of Turkic States, previously known as the CIS Co-Operation Council,"
        " met in Baku."
    ),
}


@pytest.mark.parametrize("text", BODY_NOT_ORGANISATION.values(), ids=BODY_NOT_ORGANISATION.keys())
def test_a_body_of_an_organisation_is_not_the_organisation(text):
    found = triples(text)
    for organisation in ("eurasec", "shanghai-cooperation-organisation", "cis"):
        assert not {t for t in found if organisation in (t[0], t[2])}, found


STILL_ORGANISATION = {
    "formerly-known-name": (
        "The Organization of Turkic States, formerly the Turkic Council, met in Samarkand.",
        (
            "organization-of-turkic-states",
            "predecessor",
            "cooperation-council-of-turkic-speaking-states",
        ),
    ),
    "formerly-full-name": (
        "The Eurasian Economic Union, formerly the Eurasian Economic Community, grew.",
        ("eaeu", "predecessor", "eurasec"),
    ),
    "joined-organisation": (
        "Kazakhstan joined the Collective Security Treaty Organization in 2002.",
        ("kaz", "memberOf", "csto"),
    ),
}


@pytest.mark.parametrize(
    ("text", "fact"), STILL_ORGANISATION.values(), ids=STILL_ORGANISATION.keys()
)
def test_an_organisation_ending_the_match_is_still_read(text, fact):
    assert fact in triples(text)


# --- a clause of time in the present tense --------------------------------------------------

TO_COME = {
    "once-joins": "Tariffs will fall once Uzbekistan joins the World Trade Organization.",
    "when-hosts-summit": (
        "Investment should rise in July, when Bishkek hosts the summit of the Collective"
        " Security Treaty Organization."
    ),
    "when-joins": "Exports may double when Turkmenistan joins the Eurasian Economic Union.",
    "after-is-admitted": (
        "Trade will grow after Azerbaijan is admitted to the World Trade Organization."
    ),
    "until-hosts": (
        "Ministers will not meet until Dushanbe hosts the summit of the Shanghai Cooperation"
        " Organisation."
    ),
    "the-day-when": (
        "Officials are waiting for the day when Belarus joins the Shanghai Cooperation"
        " Organisation."
    ),
    "once-becomes-member": (
        "Diplomats expect a breakthrough once Armenia becomes a member of the Eurasian"
        " Development Bank."
    ),
}


@pytest.mark.parametrize("text", TO_COME.values(), ids=TO_COME.keys())
def test_a_present_tense_clause_of_time_states_nothing(text):
    assert triples(text) == set()


HAPPENED = {
    "when-joined": (
        "In 2001, when Uzbekistan joined the SCO, the bloc grew.",
        ("uzb", "memberOf", "shanghai-cooperation-organisation"),
    ),
    "after-joined": (
        "Trade grew after Azerbaijan joined the Eurasian Economic Union in 2015.",
        ("membership-aze-eaeu", "startDate", "2015"),
    ),
    "when-became": (
        "Trade rose when Armenia became a member of the Eurasian Development Bank in 2009.",
        ("arm", "memberOf", "eurasian-development-bank"),
    ),
    "chronology-historic-present": (
        "2017 – Ties deepen when India joins the Shanghai Cooperation Organisation.",
        ("membership-ind-shanghai-cooperation-organisation", "startDate", "2017"),
    ),
}


@pytest.mark.parametrize(("text", "fact"), HAPPENED.values(), ids=HAPPENED.keys())
def test_a_past_or_chronology_clause_of_time_is_still_read(text, fact):
    assert fact in triples(text)


# --- a trade figure's share of the total, and a key's bracketed year -------------------------

SHARED_FIGURES = {
    "largest-partner-bracket": (
        "Russia remained Uzbekistan's largest trading partner in 2022, with turnover of US$9.3"
        " billion (18.4% of the total).",
        "18.4",
    ),
    "traded-goods-worth": (
        "Kazakhstan and Turkey traded goods worth US$6.3 billion in 2023 (4.5% of the total).",
        "4.5",
    ),
    "largest-partner-possessive-total": (
        "China was Mongolia's largest trade partner in 2023, with trade worth US$17.2 billion"
        " (71% of Mongolia's total).",
        "71",
    ),
    "between-or-share": (
        "Mutual trade between Kyrgyzstan and China reached US$15.4 billion in 2023, or 34.1% of"
        " the total.",
        "34.1",
    ),
}


@pytest.mark.parametrize(("text", "share"), SHARED_FIGURES.values(), ids=SHARED_FIGURES.keys())
def test_a_trade_figure_keeps_its_share_of_the_total(text, share):
    assert {o for _, p, o in triples(text) if p == "shareOfTotal"} == {share}


GROWTH_NOT_SHARE = {
    "more-than": (
        "China was Mongolia's largest trade partner in 2023, with trade worth US$17.2 billion"
        " (12% more than in 2022)."
    ),
    "up": (
        "Russia remained Uzbekistan's largest trading partner in 2022, with turnover of US$9.3"
        " billion (up 12%)."
    ),
    "down-on": (
        "Russia remained Uzbekistan's largest trading partner in 2022, with turnover of US$9.3"
        " billion (12% down on 2021)."
    ),
    "higher-than": (
        "Russia remained Uzbekistan's largest trading partner in 2022, with turnover of US$9.3"
        " billion, 12% higher than a year earlier."
    ),
}


@pytest.mark.parametrize("text", GROWTH_NOT_SHARE.values(), ids=GROWTH_NOT_SHARE.keys())
def test_a_growth_rate_is_no_share_but_the_figure_stays(text):
    found = triples(text)
    assert not {t for t in found if t[1] == "shareOfTotal"}
    assert {t for t in found if t[1] == "amount"}


CHAIR_YEARS = {
    "chairmanship": (
        "Collective Security Treaty Organization\nChairmanship (2022): Armenia\n",
        ("chairmanship-csto-arm", "year", "2022"),
    ),
    "presidency": (
        "Shanghai Cooperation Organisation\nFounded: 2001\nPresidency (2024): Kazakhstan\n",
        ("chairmanship-shanghai-cooperation-organisation-kaz", "year", "2024"),
    ),
    "chair": (
        "Organization of Turkic States\nChair (2023): Kazakhstan\n",
        ("chairmanship-organization-of-turkic-states-kaz", "year", "2023"),
    ),
}


@pytest.mark.parametrize(("text", "fact"), CHAIR_YEARS.values(), ids=CHAIR_YEARS.keys())
def test_a_key_bracketed_year_dates_a_chairmanship(text, fact):
    assert fact in triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "Collective Security Treaty Organization\nMembers (2023): Armenia, Kazakhstan\n",
        "Collective Security Treaty Organization\nFounding members (1992): Armenia, Kazakhstan\n",
    ],
)
def test_a_key_bracketed_year_starts_no_membership(text):
    found = triples(text)
    assert {t for t in found if t[1] in ("memberOf", "coFounderOf")}
    assert not {t for t in found if t[1] == "startDate"}


def test_a_key_bracketed_span_gives_no_year():
    found = triples(
        "Collective Security Treaty Organization\nChairmanship (2021–2022): Tajikistan\n"
    )
    assert not {t for t in found if t[1] == "year"}


# --- an acronym with digits, a fronted date --------------------------------------------------

DIGIT_ACRONYMS = {
    "co-founded-with-on": (
        "Hungary co-founded the Visegrád Group (V4) with Poland and Czechoslovakia on 15"
        " February 1991.",
        ("founding-membership-hun-visegrad-group", "startDate", "1991-02-15"),
    ),
    "joined-on": (
        "Kazakhstan joined the Visegrád Group (V4) on 1 May 2004.",
        ("membership-kaz-visegrad-group", "startDate", "2004-05-01"),
    ),
    "joined-letter-digit": (
        "Uzbekistan joined the Shanghai Five (S5) on 15 June 2001.",
        ("membership-uzb-shanghai-five", "startDate", "2001-06-15"),
    ),
}


@pytest.mark.parametrize(("text", "fact"), DIGIT_ACRONYMS.values(), ids=DIGIT_ACRONYMS.keys())
def test_a_digit_acronym_keeps_the_clause_on_the_name(text, fact):
    assert fact in triples(text)


def test_a_bracketed_year_is_no_acronym():
    found = triples("Kazakhstan co-founded the Visegrád Group (1991) with Poland.")
    assert ("kaz", "coFounderOf", "visegrad-group") in found
    assert not {t for t in found if t[1] == "startDate"}


FRONTED_ADMISSIONS = {
    "on-day-aside": (
        "The Collective Security Treaty Organization was founded in 1992. On 20 April 2006"
        " Uzbekistan, a former member, was admitted as the seventh member state.",
        ("membership-uzb-csto", "startDate", "2006-04-20"),
    ),
    "in-year-aside": (
        "The Shanghai Cooperation Organisation was founded in 2001. In 2017 India, an observer"
        " since 2005, was accepted as the seventh full member state.",
        ("membership-ind-shanghai-cooperation-organisation", "startDate", "2017"),
    ),
    "on-day-comma": (
        "The Shanghai Cooperation Organisation was founded in 2001. On 4 July 2023, Iran was"
        " admitted as the ninth member state.",
        ("membership-irn-shanghai-cooperation-organisation", "startDate", "2023-07-04"),
    ),
}


@pytest.mark.parametrize(
    ("text", "fact"), FRONTED_ADMISSIONS.values(), ids=FRONTED_ADMISSIONS.keys()
)
def test_a_fronted_date_dates_an_admission_as_nth_member(text, fact):
    assert fact in triples(text)


# --- a body of an organisation read by the trigger lines -------------------------------------

TRIGGER_BODIES = {
    "joined-hyphenated-assembly": "Kyrgyzstan joined the CIS Inter-Parliamentary Assembly in 1992.",
    "member-of-hyphenated-assembly": (
        "Kyrgyzstan became a member of the CIS Inter-Parliamentary Assembly in 1992."
    ),
    "admitted-to-assembly": "Armenia was admitted to the CSTO Parliamentary Assembly in 2003.",
}


@pytest.mark.parametrize("text", TRIGGER_BODIES.values(), ids=TRIGGER_BODIES.keys())
def test_a_trigger_line_reads_no_membership_of_the_body_s_organisation(text):
    found = triples(text)
    assert not {t for t in found if t[1] == "memberOf" and t[2] in ("cis", "csto")}


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("Kyrgyzstan joined the CIS in 1991.", ("kgz", "memberOf", "cis")),
        ("Turkmenistan became a member of the OSCE in 1992.", ("tkm", "memberOf", "osce")),
    ],
)
def test_a_trigger_line_still_reads_the_organisation(text, fact):
    assert fact in triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "As soon as Uzbekistan joins the Eurasian Economic Union, tariffs will fall.",
        "By the time Turkmenistan joins the WTO, prices will have risen.",
        "The moment Azerbaijan joins the World Trade Organization, tariffs fall.",
    ],
)
def test_a_present_clause_of_time_opened_by_several_words_states_nothing(text):
    assert triples(text) == set()


def test_a_past_clause_opened_by_several_words_is_still_read():
    found = triples("Tariffs fell as soon as Armenia joined the Eurasian Economic Union in 2015.")
    assert ("membership-arm-eaeu", "startDate", "2015") in found


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Kazakhstan\n• Treaty on the Non-Proliferation of Nuclear Weapons – party\n",
            ("npt", "party", "kaz"),
        ),
        (
            "Armenia's treaty record\n• Collective Security Treaty (Tashkent, 1992) – signatory\n",
            ("collective-security-treaty", "signatory", "arm"),
        ),
    ],
)
def test_a_heading_naming_one_state_owns_the_list_below_it(text, fact):
    assert fact in triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chairmanship (2024): Armenia\n"
        "• EAEU–Vietnam Free Trade Agreement – signed in Burabay, Kazakhstan, 29 May 2015\n",
        "Kazakhstan joined the Eurasian Economic Union in 2015.\n"
        "• Comprehensive Nuclear-Test-Ban Treaty – signatory\n",
        "Relations of Kazakhstan and Kyrgyzstan\n• Collective Security Treaty – signatory\n",
    ],
)
def test_a_key_value_line_or_a_sentence_owns_no_list(text):
    found = triples(text)
    assert not {t for t in found if t[1] in ("signatory", "party")}
