"""Session 10's false facts on last session's unseen corpora (brief FP10A), each mended by its
general cause and tested in other wording with other entities, with look-alikes:

- a claim put in the mouth of unnamed people ("Some claim that X ...") or refuted right after
  the match (", but this is wrong") states no fact (hedges.jsonl);
- a short bracketed aside between a match and its date ("founded O (the Southern Common
  Market) in 1991") does not cost the fact its date (relation_dates.py).
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples


def triples(text: str, written_from: str | None = None) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="fp10a", written_from=written_from)


def states_of(found: set, prop: str, obj: str) -> set[str]:
    return {s for s, p, o in found if p == prop and o == obj}


# --- a claim reported or refuted ---------------------------------------------------------------

CLAIMS = [
    "Some claim that Mongolia is a member of the Eurasian Economic Union, but it is not.",
    "Many claim that Mongolia joined the Eurasian Economic Union in 2016.",
    "It is often claimed that Mongolia co-founded the Eurasian Economic Union.",
    "Mongolia is a member of the Eurasian Economic Union, but this is not true.",
    "Mongolia became a member of the Eurasian Economic Union in 2016, which is false.",
    "Some say that Mongolia belongs to the Eurasian Economic Union; that is a myth.",
    "Mongolia is said to be a member of the Eurasian Economic Union, but that is wrong.",
]


@pytest.mark.parametrize("text", CLAIMS)
def test_a_reported_or_refuted_claim_states_no_membership(text):
    found = triples(text)
    assert not any(s == "mng" and p in ("memberOf", "coFounderOf") for s, p, o in found), found


PLAIN_FACTS = [
    "Contrary to popular belief, Armenia joined the CSTO in 1992.",
    "Armenia joined the CSTO in 1992, and this is well known.",
    "Armenia joined the CSTO in 1992; some claim that it regretted the step.",
]


@pytest.mark.parametrize("text", PLAIN_FACTS)
def test_a_fact_beside_a_claim_is_kept(text):
    assert ("arm", "memberOf", "csto") in triples(text)


# --- a bracketed aside before the date ---------------------------------------------------------

BRACKETED = {
    "alias": (
        "Saudi Arabia, Kuwait and Oman founded the Gulf Cooperation Council (the Cooperation"
        " Council for the Arab States of the Gulf) in 1981.",
        "founding-membership-omn-gulf-cooperation-council",
        "1981",
    ),
    "native-name": (
        "Kenya joined the East African Community (the Jumuiya ya Afrika Mashariki) in 2000.",
        "membership-ken-east-african-community",
        "2000",
    ),
    "founding-note": (
        "Kenya joined the East African Community (founded in 1967) in 2000.",
        "membership-ken-east-african-community",
        "2000",
    ),
    "description": (
        "Armenia joined the Eurasian Economic Union (a customs union, then new) on 2 January 2015.",
        "membership-arm-eaeu",
        "2015-01-02",
    ),
    "acronym": (
        "Kenya joined the East African Community (EAC) in 2000.",
        "membership-ken-east-african-community",
        "2000",
    ),
}


@pytest.mark.parametrize("name", list(BRACKETED))
def test_a_bracketed_aside_keeps_the_date_after_it(name):
    text, node, date = BRACKETED[name]
    found = triples(text)
    assert (node, "startDate", date) in found, found


def test_no_date_past_an_aside_that_ends_the_sentence_or_goes_on():
    found = triples(
        "Kenya joined the East African Community (which it had long sought. In 2000"
        " it hosted a summit."
    )
    assert not any(p == "startDate" and o == "2000" for s, p, o in found), found
    found = triples("Kenya joined the East African Community (EAC), and in 2000 it hosted talks.")
    assert not any(p == "startDate" for s, p, o in found), found


# --- "its members" after a sentence that named two organisations -------------------------------

ITS_AMBIGUOUS = [
    "The Eurasian Development Bank, based in Almaty, is a specialised institution of the EAEU;"
    " Armenia and Belarus are among its members.",
    "The Islamic Development Bank works closely with the Arab League; Egypt and Jordan are among"
    " its members.",
    "The Eurasian Development Bank, a partner of the CIS, lends across the region; Armenia is"
    " among its members.",
    "The Eurasian Development Bank was set up under the EAEU, and Armenia and Belarus are among"
    " its members.",
]


@pytest.mark.parametrize("text", ITS_AMBIGUOUS)
def test_its_members_after_two_organisations_gives_nothing(text):
    found = triples(text)
    assert not any(p == "memberOf" for s, p, o in found), found


ITS_PLAIN = {
    "same-sentence": (
        "The Eurasian Development Bank, based in Almaty, lends across the region; Armenia and"
        " Belarus are among its members.",
        ("arm", "eurasian-development-bank"),
    ),
    "sentence-before": (
        "The Eurasian Development Bank is an institution of the EAEU. Armenia and Belarus are"
        " among its members.",
        ("blr", "eurasian-development-bank"),
    ),
    "topic": (
        "The Islamic Development Bank was founded in Jeddah. Egypt and Jordan are among its"
        " members, while Israel is not.",
        ("jor", "islamic-development-bank"),
    ),
}


@pytest.mark.parametrize("name", list(ITS_PLAIN))
def test_its_members_of_the_one_organisation_is_read(name):
    text, (member, organisation) = ITS_PLAIN[name]
    found = triples(text)
    assert (member, "memberOf", organisation) in found, found


# --- an organisation's name with "for|of|on the" inside ----------------------------------------

NAMES_WITH_THE = {
    "successor-for-the": (
        "The International Fund for Saving the Aral Sea is the successor of the Interstate Council"
        " for the Problems of Water Use.",
        (
            "international-fund-for-saving-the-aral-sea",
            "predecessor",
            "interstate-council-for-the-problems-of-water-use",
        ),
    ),
    "joined-for-the": (
        "Armenia joined the Council for the Coordination of Water Resources in 1994.",
        ("arm", "memberOf", "council-for-the-coordination-of-water-resources"),
    ),
    "organisation-for-the": (
        "Armenia joined the Organisation for the Protection of Mountain Lakes in 1994.",
        ("arm", "memberOf", "organisation-for-the-protection-of-mountain-lakes"),
    ),
    "union-of-the": (
        "Georgia joined the Union of the Black Sea Ports in 1998.",
        ("geo", "memberOf", "union-of-the-black-sea-ports"),
    ),
    "conference-on-the": (
        "Georgia joined the Conference on the Security of Mountain Passes in 1998.",
        ("geo", "memberOf", "conference-on-the-security-of-mountain-passes"),
    ),
}


@pytest.mark.parametrize("name", list(NAMES_WITH_THE))
def test_an_organisation_name_runs_past_for_the(name):
    text, fact = NAMES_WITH_THE[name]
    assert fact in triples(text)


def test_a_lowercase_phrase_after_of_the_is_no_part_of_the_name():
    found = triples("Armenia joined the Interstate Council of the region in 1994.")
    assert not any("region" in o for s, p, o in found), found
    found = triples("Armenia joined the Union for the first time in 1994.")
    assert not any("first" in o for s, p, o in found), found


# --- "O, which A joined on D1 and B on D2" ----------------------------------------------------

WHICH_JOINED_GAPPED = {
    "and": (
        "Armenia and Kyrgyzstan belong to the Eurasian Economic Union, which Armenia joined on"
        " 2 January 2015 and Kyrgyzstan in August 2015.",
        "membership-kgz-eaeu",
        "2015-08",
    ),
    "comma-and": (
        "Both are members of the Eurasian Economic Union, which Armenia joined on 2 January 2015,"
        " and Kyrgyzstan on 12 August 2015.",
        "membership-kgz-eaeu",
        "2015-08-12",
    ),
    "entered": (
        "Sweden and Finland are in the European Union, which Sweden entered in 1995 and Croatia"
        " in 2013.",
        "membership-hrv-european-union",
        "2013",
    ),
    "semicolon-after": (
        "Only two of them are in the World Trade Organization, which Tajikistan joined in 2013 and"
        " Kazakhstan in 2015; the others are observers.",
        "membership-kaz-wto",
        "2015",
    ),
}


@pytest.mark.parametrize("name", list(WHICH_JOINED_GAPPED))
def test_the_gapped_second_subject_of_which_joined_is_a_member_from_its_date(name):
    text, node, date = WHICH_JOINED_GAPPED[name]
    assert (node, "startDate", date) in triples(text)


def test_a_second_subject_with_a_verb_of_its_own_is_no_gap():
    found = triples(
        "Armenia is a member of the Eurasian Economic Union, which Armenia joined on"
        " 2 January 2015 and Kyrgyzstan left in 2016."
    )
    assert not any(s == "kgz" for s, p, o in found), found


# --- "signed T, which created O": only a founding document by its title ------------------------


def founders(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in triples(text) if p == "coFounderOf"}


ORGAN_OF_A_TREATY = [
    "On 8 December 1991 Belarus, Russia and Ukraine signed the Agreement on Trade in Grain,"
    " which created the Interstate Grain Commission.",
    "In 1994 Kazakhstan, Kyrgyzstan and Uzbekistan signed the Treaty on a Single Economic Space,"
    " which established the Interstate Council of Central Asia.",
    "Armenia and Georgia signed the Agreement on Cross-Border Rivers in Tbilisi on 3 May 1997,"
    " which set up the Joint Rivers Commission.",
    "Azerbaijan and Georgia signed the Agreement on Transit Roads on 2 June 1998, which formed"
    " the Interstate Road Council.",
]


@pytest.mark.parametrize("text", ORGAN_OF_A_TREATY)
def test_a_body_a_treaty_on_something_else_created_has_no_cofounders(text):
    assert founders(text) == set()


FOUNDING_DOCUMENTS = {
    "charter-of": (
        "On 25 May 1981 Bahrain, Kuwait and Oman signed the Charter of the Gulf Cooperation"
        " Council, which created the Gulf Cooperation Council.",
        ("omn", "gulf-cooperation-council"),
    ),
    "establishment-of": (
        "On 12 January 2006 Russia and Kazakhstan signed the Agreement on the Establishment of the"
        " Eurasian Development Bank, which created the Eurasian Development Bank.",
        ("kaz", "eurasian-development-bank"),
    ),
    "after-the-signatories": (
        "The Nakhchivan Agreement was signed in Nakhchivan on 3 October 2009 by Azerbaijan,"
        " Kazakhstan, Kyrgyzstan and Turkey, which founded the Turkic Council.",
        ("kgz", "cooperation-council-of-turkic-speaking-states"),
    ),
    "participle": (
        "On 18 February 1992 Kazakhstan and Uzbekistan signed the Agreement on Cooperation in"
        " Water Use, creating the Interstate Commission for Water Coordination.",
        ("uzb", "interstate-commission-for-water-coordination"),
    ),
}


@pytest.mark.parametrize("name", list(FOUNDING_DOCUMENTS))
def test_a_founding_document_or_the_signatories_own_clause_still_founds(name):
    text, fact = FOUNDING_DOCUMENTS[name]
    assert fact in founders(text)


# --- "since the T was signed in D" --------------------------------------------------------------

SINCE_CLAUSE = {
    "signed": (
        "Chevron and ExxonMobil have developed the Tengiz oil field since the venture agreement"
        " was signed in April 1993.",
        "field-development-chevron-tengiz-oil-field",
        "1993-04",
    ),
    "founded": (
        "Chevron has developed the Tengiz oil field since the joint venture was founded in 1993.",
        "field-development-chevron-tengiz-oil-field",
        "1993",
    ),
    "membership": (
        "Armenia has been a member of the CSTO since the Tashkent treaty was signed in May 1992.",
        "membership-arm-csto",
        "1992-05",
    ),
    "on-a-day": (
        "Lukoil has developed the Karachaganak field since the final production sharing"
        " agreement was concluded on 18 November 1997.",
        "field-development-lukoil-karachaganak-field",
        "1997-11-18",
    ),
}


@pytest.mark.parametrize("name", list(SINCE_CLAUSE))
def test_since_a_dated_event_clause_dates_the_fact(name):
    text, node, date = SINCE_CLAUSE[name]
    found = triples(text)
    assert (node, "startDate", date) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Chevron has developed the Tengiz oil field since talks began in 1993.",
        "Chevron has developed the Tengiz oil field since the joint venture was founded, in 1993.",
        "Chevron has developed the Tengiz oil field since the venture, which was founded in 1993,"
        " grew.",
    ],
)
def test_no_date_from_a_since_clause_of_another_shape(text):
    assert not any(p == "startDate" for s, p, o in triples(text))


# --- "D, the year X chaired O" ------------------------------------------------------------------

THE_YEAR = {
    "chaired": (
        "The CIS summit met in Minsk on 11 October 2017, the year Belarus chaired the CIS.",
        ("chairmanship-cis-blr", "year", "2017"),
    ),
    "joined": (
        "Armenia signed the treaty in May 1992, the year Belarus joined the CSTO.",
        ("membership-blr-csto", "startDate", "1992"),
    ),
    "range": (
        "Leaders met in Bishkek on 5–6 June 2019, the year Kyrgyzstan chaired the SCO.",
        ("chairmanship-shanghai-cooperation-organisation-kgz", "year", "2019"),
    ),
    "established": (
        "The embassy opened in Seoul in March 1992, the year Kazakhstan established diplomatic"
        " relations with South Korea.",
        ("diplomatic-relations-kaz-kor-1992", "date", "1992"),
    ),
    "became-member": (
        "Talks opened in Doha in March 2015, the year Kazakhstan became a member of the WTO.",
        ("membership-kaz-wto", "startDate", "2015"),
    ),
}


@pytest.mark.parametrize("name", list(THE_YEAR))
def test_the_year_after_a_date_dates_the_clause(name):
    text, fact = THE_YEAR[name]
    found = triples(text)
    assert fact in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Armenia signed the treaty in 1992, the year of its independence; Belarus joined the CSTO.",
        "Armenia signed the treaty in 1992; the year Belarus joined the CSTO is disputed.",
        "Armenia signed the treaty, the year Belarus joined the CSTO.",
    ],
)
def test_no_year_without_a_date_right_before_the_year(text):
    assert not any(p == "startDate" for s, p, o in triples(text))


# --- "visited P and the <common noun> in D" -------------------------------------------------------

UNNAMED_CONJUNCT = {
    "former-site": (
        "Antonio Guterres visited Semey and the former test site in June 2019.",
        ("visit-antonio-guterres-semey-2019-06", "date", "2019-06"),
    ),
    "building": (
        "Vladimir Putin visited Astana and the new parliament building on 5 May 2019.",
        ("visit-vladimir-putin-astana-2019-05-05", "date", "2019-05-05"),
    ),
    "a-noun": (
        "Xi Jinping visited Astana and a university campus in September 2013.",
        ("visit-xi-jinping-astana-2013-09", "date", "2013-09"),
    ),
    "its-noun": (
        "Shavkat Mirziyoyev visited Shymkent and its old bazaar in October 2022.",
        ("visit-shavkat-mirziyoyev-shymkent-2022-10", "date", "2022-10"),
    ),
}


@pytest.mark.parametrize("name", list(UNNAMED_CONJUNCT))
def test_a_visit_keeps_its_date_past_an_unnamed_second_place(name):
    text, fact = UNNAMED_CONJUNCT[name]
    found = triples(text)
    assert fact in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Vladimir Putin visited Astana and the Kremlin delegation met in May 2019.",
        "Vladimir Putin visited Astana and the city of Almaty in May 2019.",
        "Vladimir Putin visited Astana and the talks resumed in the summer, in May 2019.",
    ],
)
def test_no_visit_date_past_a_clause_or_a_name(text):
    found = triples(text)
    assert not any(s.startswith("visit-vladimir-putin-astana-2019") for s, p, o in found), found


# --- a visit whose inviter the clause names further on ------------------------------------------


def visit_nodes(found: set) -> set[str]:
    return {s for s, p, o in found if s.startswith("visit-")}


FAR_INVITER = [
    "Emomali Rahmon arrived in Astana on Monday on a state visit to Kazakhstan at the invitation"
    " of His Excellency the President of the Republic Kassym-Jomart Tokayev.",
    "Ilham Aliyev arrived in Tashkent late on Tuesday for an official visit at the invitation of"
    " his Uzbek counterpart.",
    "Sadyr Japarov visited Ankara with a large delegation of ministers and businessmen at the"
    " invitation of the Turkish leader.",
    "Shavkat Mirziyoyev arrived in Astana on Sunday evening on a state visit to Kazakhstan at the"
    " invitation of the Kazakh side.",
]


@pytest.mark.parametrize("text", FAR_INVITER)
def test_a_visit_with_an_inviter_it_cannot_name_gives_no_node(text):
    assert visit_nodes(triples(text)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Emomali Rahmon arrived in Astana on Monday on a state visit. Talks followed at the"
        " invitation of the Kazakh side.",
        "Emomali Rahmon visited Astana in May 2019, and Kazakhstan sent him an invitation to the"
        " forum at the invitation of the organisers.",
        "Emomali Rahmon visited Astana in May 2019.",
    ],
)
def test_a_visit_without_an_inviter_in_its_clause_is_kept(text):
    assert visit_nodes(triples(text)), triples(text)


# --- "co-founded O under T, which they signed on D" ---------------------------------------------

UNDER_TREATY = {
    "under-which-signed": (
        "Russia co-founded the Eurasian Economic Union with Belarus and Kazakhstan under the Treaty"
        " on the Eurasian Economic Union, which the three states signed on 29 May 2014.",
        ("founding-membership-rus-eaeu", "startDate", "2014-05-29"),
    ),
    "bracket-alias": (
        "Uzbekistan co-founded the Shanghai Cooperation Organisation (the SCO) with China under"
        " the Shanghai Charter, which the six leaders signed in June 2001.",
        ("founding-membership-uzb-shanghai-cooperation-organisation", "startDate", "2001-06"),
    ),
    "through-that-signed": (
        "Belarus co-founded the Commonwealth of Independent States through the Belovezha Accords,"
        " that its leader signed on 8 December 1991.",
        ("founding-membership-blr-cis", "startDate", "1991-12-08"),
    ),
    "in-a-year": (
        "Kyrgyzstan co-founded the Collective Security Treaty Organization under the Collective"
        " Security Treaty, which Armenia and Kazakhstan also signed in 1992.",
        ("founding-membership-kgz-csto", "startDate", "1992"),
    ),
}


@pytest.mark.parametrize("name", list(UNDER_TREATY))
def test_a_founding_under_a_treaty_takes_the_treaty_s_signing_date(name):
    text, fact = UNDER_TREATY[name]
    found = triples(text)
    assert fact in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Russia co-founded the Eurasian Economic Union with Belarus; the Treaty on the Eurasian"
        " Economic Union, which the three states signed on 29 May 2014, followed.",
        "Russia co-founded the Eurasian Economic Union with Belarus, which signed the Treaty on"
        " the Eurasian Economic Union on 29 May 2014.",
        "Russia co-founded the Eurasian Economic Union under the Treaty, which the states signed on"
        " 29 May 2014 and 3 June 2014.",
    ],
)
def test_no_founding_date_from_a_signing_that_is_no_instrument(text):
    found = triples(text)
    assert not any(s == "founding-membership-rus-eaeu" and p == "startDate" for s, p, o in found)
