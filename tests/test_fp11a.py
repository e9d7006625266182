"""Session 10's unseen corpora blind46-48: the false facts HEAD stated there (brief FP11A), each
mended by its general cause and tested in other wording with other entities, with look-alikes
that must give nothing and positives a guard must not block:

- a heading that names a state's organ ("Ministry of Foreign Affairs of the Republic of X",
  "Embassy of X", "Government of X") is the page's publisher: the key-value lines below it
  ("Capital: C", "Official languages: L") are nobody's, never the organ's state's
  (layout._masthead, lexicon "masthead-organs");
- an "its" before a border noun is the state set off right before it ("B, with its L border
  with C": B's), else the sentence's opening state only while no other state stands between
  them (borders._Reader._its_owner, lexicon "border-its-leads");
- a relative clause after "a programme|initiative|project ... of O" ("the P Program, a
  programme of O, which A joined in D") may speak of the programme: no membership or
  co-founding of O (the `not_after` of the "O, which A joined|founded" and "O, of which A is a
  [founding] member" rules).
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples


def triples(text: str, written_from: str | None = None) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="fp11a", written_from=written_from)


def of_property(found: set, prop: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in found if p == prop}


# --- a masthead heading is the publisher, not the subject ----------------------------------

MASTHEADS = {
    "mfa-of-republic": "Ministry of Foreign Affairs of the Republic of Uzbekistan\n\n"
    "Capital: Hanoi\nOfficial language: Vietnamese\n",
    "embassy": "Embassy of Turkmenistan\nCountry information\n\nCapital: Ankara\n"
    "Head of State: President Recep Tayyip Erdogan\n",
    "government": "Government of Mongolia\n\nCapital: Tokyo\nOfficial language: Japanese\n",
    "the-ministry": "The Ministry of Foreign Affairs of Tajikistan\n\nCapital: Beijing\n"
    "Official language: Chinese\n",
    "foreign-ministry-demonym": "Kazakh Foreign Ministry\n\nCapital: Paris\n"
    "Official language: French\n",
}


def test_a_relations_key_under_a_masthead_names_the_lines_subject():
    """ "Bilateral relations: X" under a ministry's masthead opens X's lines (REC14C), never the
    masthead's state's."""
    text = (
        "Ministry of Foreign Affairs of the Republic of Kyrgyzstan\n"
        "Bilateral relations: Republic of Korea\n\nCapital: Seoul\nOfficial language: Korean\n"
    )
    found = triples(text, written_from="Kazakhstan")
    assert of_property(found, "capitalOf") == {("seoul", "kor")}
    assert not {t for t in found if t[2] in ("kgz", "kaz")}


@pytest.mark.parametrize("text", MASTHEADS.values(), ids=MASTHEADS.keys())
def test_a_masthead_gives_its_lines_to_nobody(text):
    found = triples(text, written_from="Kazakhstan")
    assert not of_property(found, "capitalOf")
    assert not of_property(found, "officialLanguage")
    assert not of_property(found, "headOfStateOf")


PROFILE_HEADINGS = {
    "state": ("Kyrgyzstan\n\nCapital: Bishkek\n", ("bishkek", "kgz")),
    "at-a-glance": ("Mongolia at a glance\n\nCapital: Ulaanbaatar\n", ("ulaanbaatar", "mng")),
    "country-profile": ("Country profile: Georgia\nCapital: Tbilisi\n", ("tbilisi", "geo")),
}


@pytest.mark.parametrize("text, pair", PROFILE_HEADINGS.values(), ids=PROFILE_HEADINGS.keys())
def test_a_subject_heading_still_gives_its_lines(text, pair):
    assert pair in of_property(triples(text), "capitalOf")


# --- "its" before a border noun -----------------------------------------------------------

ITS_SET_OFF = {
    "to-which-with-its": (
        "Russia belongs to the CSTO, to which Kyrgyzstan, with its 1,063-km border with China,"
        " also belongs.",
        ("kgz", "chn"),
    ),
    "of-which-with-its": (
        "Kazakhstan joined the CSTO, of which Armenia, with its 996 km border with Turkey, is a"
        " member.",
        ("arm", "tur"),
    ),
    "subject-with-its": (
        "Uzbekistan, with its 1,621 km border with Turkmenistan, is a transit state.",
        ("uzb", "tkm"),
    ),
    "the-republic-with-its": (
        "The Republic of Uzbekistan, with its 1,621 km border with Turkmenistan, is a transit"
        " state.",
        ("uzb", "tkm"),
    ),
}


@pytest.mark.parametrize("text, pair", ITS_SET_OFF.values(), ids=ITS_SET_OFF.keys())
def test_its_is_the_state_set_off_before_it(text, pair):
    borders = of_property(triples(text), "sharesBorderWith")
    assert borders and all(set(b) == set(pair) for b in borders)


ITS_AMBIGUOUS = {
    "object-with-its": (
        "Turkey trades with Georgia, with its 273 km border with Armenia, every year."
    ),
    "object-with-its-hyphen": (
        "Kazakhstan cooperates with Tajikistan, with its 1,357-km border with Afghanistan."
    ),
}


@pytest.mark.parametrize("text", ITS_AMBIGUOUS.values(), ids=ITS_AMBIGUOUS.keys())
def test_its_after_an_object_set_off_gives_nothing(text):
    assert not of_property(triples(text), "sharesBorderWith")


def test_its_of_an_adjunct_is_the_subject_s():
    text = "Mongolia cooperates with Russia, given its 4,630 km border with China."
    borders = of_property(triples(text), "sharesBorderWith")
    assert {frozenset(b) for b in borders} == {frozenset({"mng", "chn"})}


def test_its_in_a_second_clause_is_still_the_subject_s():
    text = "Azerbaijan signed a gas deal with Iran and praised its 689 km border with Georgia."
    borders = of_property(triples(text), "sharesBorderWith")
    assert {frozenset(b) for b in borders} == {frozenset({"aze", "geo"})}


def test_its_of_the_opening_state_is_still_read():
    text = "Kyrgyzstan, a mountainous state, has its longest border with Uzbekistan."
    borders = of_property(triples(text), "sharesBorderWith")
    assert {frozenset(b) for b in borders} == {frozenset({"kgz", "uzb"})}


# --- a relative clause after "a programme of O" -------------------------------------------

PROGRAMME_OF = {
    "programme-of-the-bank": "Georgia and Armenia take part in the Aral Basin Program, a"
    " programme of the World Bank, which Tajikistan joined in 2003.",
    "initiative-of": "Both states back the Istanbul Process, an initiative of the OSCE, which"
    " Mongolia joined in 2012.",
    "project-of": "Russia funds the Green Belt, a project of the Eurasian Economic Union, which"
    " Armenia joined in 2015.",
    "named-programme-of": "Kazakhstan joined the Partnership for Peace of NATO, which Albania"
    " joined in 2009.",
    "founded": "Turkey backs the Silk Wind, a programme of the Asian Development Bank, which"
    " Japan co-founded in 1966.",
    "of-which-member": "Uzbekistan supports the Clean Water Initiative, a programme of the"
    " Islamic Development Bank, of which Turkey is a member.",
}


@pytest.mark.parametrize("text", PROGRAMME_OF.values(), ids=PROGRAMME_OF.keys())
def test_a_relative_after_a_programme_of_gives_no_membership(text):
    found = triples(text)
    assert not of_property(found, "memberOf")
    assert not of_property(found, "coFounderOf")


RELATIVE_ON_THE_BODY = {
    "plain": ("The Eurasian Economic Union, which Armenia joined in 2015, met.", ("arm", "eaeu")),
    "secretariat-of": (
        "Kazakhstan hosts the secretariat of CICA, which Qatar joined in 2014.",
        ("qat", "cica"),
    ),
}


@pytest.mark.parametrize("text, pair", RELATIVE_ON_THE_BODY.values(), ids=RELATIVE_ON_THE_BODY)
def test_a_relative_on_the_body_itself_is_still_read(text, pair):
    assert pair in of_property(triples(text), "memberOf")


# --- a dated line never runs on into the line above ----------------------------------------

TABLE = (
    "Date | Event | Place\n"
    "12 May 1995 | Georgia and Armenia take part in a long ceremony of the Black Sea states"
    " | Batumi\n"
    "{row}\n"
)

DATED_ROWS = {
    "found": (
        "2 April 1996 | Belarus, Russia, Armenia and Georgia found the Eurasian Economic Union"
        " | Minsk",
        ("blr", "coFounderOf", "eaeu"),
    ),
    "join": (
        "3 May 2007 | Vietnam joins the World Trade Organization after long talks | Geneva",
        ("vnm", "memberOf", "wto"),
    ),
    "become": (
        "4 June 2012 | Mongolia becomes the 57th participating state of the OSCE in Vienna"
        " | Vienna",
        ("mng", "memberOf", "osce"),
    ),
    "is-admitted": (
        "5 July 2009 | Albania is admitted to NATO at the summit of the alliance in Strasbourg"
        " | Kehl",
        ("alb", "memberOf", "nato"),
    ),
}


@pytest.mark.parametrize("row, fact", DATED_ROWS.values(), ids=DATED_ROWS.keys())
def test_a_long_row_above_does_not_swallow_a_dated_row(row, fact):
    found = triples(TABLE.format(row=row))
    assert fact in found
    year = row.split(" | ")[0][-4:]
    dates = {o for s, p, o in found if p == "startDate"}
    assert any(d.startswith(year) for d in dates), dates


def test_a_wrapped_prose_line_still_runs_on():
    text = (
        "In a long speech to the assembly in the capital the President of Georgia said that his"
        " state\nwould stay a member of the OSCE.\n"
    )
    from kzgraph.sentences import split_sentences

    assert len(split_sentences(text)) == 1


# --- a title's "between" + a state's formal name ------------------------------------------

FORMAL_BETWEEN = {
    "friendship-cooperation": (
        "Uzbekistan and Mongolia signed the Treaty on Friendship and Cooperation between the"
        " Republic of Uzbekistan and Mongolia in Tashkent on 4 May 1998.",
        "treaty-on-friendship-and-cooperation-between-the-republic-of-uzbekistan-and-mongolia",
    ),
    "partnership-kingdom": (
        "Spain and Georgia signed the Agreement on Strategic Partnership between the Kingdom of"
        " Spain and Georgia in Madrid on 3 March 2011.",
        "agreement-on-strategic-partnership-between-the-kingdom-of-spain-and-georgia",
    ),
    "trade-two-republics": (
        "Armenia and Belarus signed the Agreement on Free Trade between the Republic of Armenia"
        " and the Republic of Belarus in Minsk on 5 June 2000.",
        "agreement-on-free-trade-between-the-republic-of-armenia-and-the-republic-of-belarus",
    ),
    "charter-federal": (
        "Germany and Poland signed the Charter on Good Neighbourliness between the Federal"
        " Republic of Germany and Poland in Bonn on 17 June 1991.",
        "charter-on-good-neighbourliness-between-the-federal-republic-of-germany-and-poland",
    ),
}


@pytest.mark.parametrize("text, name", FORMAL_BETWEEN.values(), ids=FORMAL_BETWEEN.keys())
def test_a_formal_between_pair_stays_in_the_title(text, name):
    signed = {s for s, p, o in triples(text) if p == "signatory"}
    assert signed == {name}


PLAIN_BETWEEN = {
    "plain-names": (
        "Armenia and Belarus signed the Agreement on Trade between Armenia and Belarus in Minsk"
        " on 5 June 2000.",
        "agreement-on-trade",
    ),
    "joint-declaration": (
        "Both sides signed the Joint Declaration on Partnership between the Republic of Armenia"
        " and Georgia in Tbilisi on 5 June 2000.",
        None,
    ),
}


@pytest.mark.parametrize("text, name", PLAIN_BETWEEN.values(), ids=PLAIN_BETWEEN.keys())
def test_a_plain_between_pair_or_a_title_opening_earlier_is_not_cut_so(text, name):
    signed = {s for s, p, o in triples(text) if p == "signatory"}
    assert not any(s.startswith("declaration-on") for s in signed)
    if name:
        assert signed == {name}


# --- an edition's ordinal is no part of the body's name -----------------------------------

EDITIONS = {
    "first": (
        "The First Caspian Economic Forum, the successor of the Caspian Trade Council, met.",
        ("caspian-economic-forum", "caspian-trade-council"),
    ),
    "second": (
        "The Second Eurasian Media Forum, the successor of the Almaty Media Council, met.",
        ("eurasian-media-forum", "almaty-media-council"),
    ),
    "numeric": (
        "The 3rd Baltic Energy Forum, the successor of the Riga Energy Council, opened.",
        ("baltic-energy-forum", "riga-energy-council"),
    ),
    "inaugural": (
        "The Inaugural Danube Business Forum, the successor of the Vienna Trade Council, closed.",
        ("danube-business-forum", "vienna-trade-council"),
    ),
}


@pytest.mark.parametrize("text, pair", EDITIONS.values(), ids=EDITIONS.keys())
def test_an_edition_ordinal_is_left_out_of_the_name(text, pair):
    assert of_property(triples(text), "predecessor") == {pair}


def test_a_name_that_is_only_an_ordinal_and_a_head_keeps_it():
    text = "The Second Forum, the successor of the Riga Energy Council, opened."
    found = of_property(triples(text), "predecessor")
    assert not any(s == "forum" for s, _ in found)


# --- a focus adverb before a match's date ----------------------------------------------------

FOCUS_DATES = {
    "only-on": (
        "Armenia established diplomatic relations with Iran only on 9 February 1992.",
        ("1992-02-09", "date"),
    ),
    "just-on": (
        "Georgia established diplomatic relations with Turkey just on 21 May 1992.",
        ("1992-05-21", "date"),
    ),
    "the-country-only-on": (
        "The country had established diplomatic relations with Japan only on 26 January 1992.",
        ("1992-01-26", "date"),
    ),
    "back-in": ("Mongolia became a member of the OSCE back in 2012.", ("2012", "startDate")),
}


@pytest.mark.parametrize("text, dated", FOCUS_DATES.values(), ids=FOCUS_DATES.keys())
def test_a_focus_adverb_does_not_cut_the_date_off(text, dated):
    value, prop = dated
    assert value in {o for s, p, o in triples(text, written_from="Mongolia") if p == prop}


FOCUS_WITH_A_GAPPED_SECOND = {
    "the-country-only-on": (
        "Few recall how new our republic was: the country had established diplomatic relations"
        " with Japan only on 26 January 1992, and with India on 22 February 1992."
    ),
    "the-country-only-on-simple-past": (
        "Our ministry was small then: the country established diplomatic relations with Turkey"
        " only on 21 May 1992, and with Iran on 9 June 1992."
    ),
    "named-just-on": (
        "The republic was young: Georgia established diplomatic relations with Israel just on"
        " 1 June 1992, and with Egypt on 5 May 1992."
    ),
}


@pytest.mark.parametrize(
    "text", FOCUS_WITH_A_GAPPED_SECOND.values(), ids=FOCUS_WITH_A_GAPPED_SECOND.keys()
)
def test_a_focus_adverb_before_a_date_list_dates_each_relation(text):
    found = triples(text, written_from="Mongolia")
    establishments = {s for s, p, o in found if p == "participant"}
    dated = {s for s, p, o in found if p == "date"}
    assert len(establishments) == 2 and establishments == dated


def test_a_focus_adverb_before_another_preposition_dates_nothing():
    text = "Georgia joined the OSCE only after 1992."
    assert not {o for s, p, o in triples(text) if p == "startDate"}


# --- a year given by reference at a sentence's opening --------------------------------------

FRONTED_YEARS = {
    "later-that-year": (
        "Armenia and Georgia established diplomatic relations on 17 December 1991. Later that"
        " year Armenia joined the Commonwealth of Independent States.",
        ("membership-arm-cis", "1991"),
    ),
    "in-the-same-year": (
        "Mongolia joined the OSCE on 21 November 2012. In the same year Mongolia joined the"
        " Asian Infrastructure Investment Bank.",
        ("membership-mng-asian-infrastructure-investment-bank", "2012"),
    ),
    "that-same-year": (
        "Georgia left the CIS in August 2009. That same year Georgia joined the Energy Community.",
        ("membership-geo-energy-community", "2009"),
    ),
    "the-following-year": (
        "Uzbekistan rejoined the CSTO in 2006. The following year Uzbekistan joined the"
        " Eurasian Economic Community.",
        ("membership-uzb-eurasec", "2007"),
    ),
}


@pytest.mark.parametrize("text, dated", FRONTED_YEARS.values(), ids=FRONTED_YEARS.keys())
def test_a_fronted_year_by_reference_dates_the_sentence_facts(text, dated):
    node, year = dated
    assert (node, "startDate", year) in triples(text)


FRONTED_LOOK_ALIKES = {
    "after-a-blank-line": (
        "Armenia and Georgia established diplomatic relations on 17 December 1991.\n\nLater that"
        " year Armenia joined the Commonwealth of Independent States."
    ),
    "no-date-before": (
        "Armenia and Georgia established diplomatic relations. Later that year Armenia joined"
        " the Commonwealth of Independent States."
    ),
    "that-years-summit": (
        "Armenia joined the CSTO in 1992. That year's summit made Georgia a member of the CIS."
    ),
}


@pytest.mark.parametrize("text", FRONTED_LOOK_ALIKES.values(), ids=FRONTED_LOOK_ALIKES.keys())
def test_a_fronted_year_without_its_date_right_before_dates_nothing(text):
    found = triples(text)
    assert not {(s, o) for s, p, o in found if p == "startDate" and "cis" in s}


def test_a_fronted_year_leaves_a_relative_clause_own_date_alone():
    text = (
        "Georgia joined the CIS in 1993. Later that year Armenia joined the OSCE, which Albania"
        " had joined in June 1991."
    )
    found = triples(text)
    assert ("membership-arm-osce", "startDate", "1993") in found
    assert ("membership-alb-osce", "startDate", "1993") not in found


# --- "joined as O's Nth member on D" ----------------------------------------------------------

JOINED_AS_NTH = {
    "org-s-nth": ("Finland joined as NATO’s 31st member on 4 April 2023.", ("fin", "nato")),
    "nth-of": ("Finland joined as the 31st member of NATO on 4 April 2023.", ("fin", "nato")),
    "the-organisation-s": (
        "The SCO met in Astana, and Iran joined as the organisation's ninth member on 4 July 2023.",
        ("irn", "shanghai-cooperation-organisation"),
    ),
    "member-state": (
        "Moldova joined as the UN's 175th member state on 2 March 1992.",
        ("mda", "united-nations"),
    ),
}


@pytest.mark.parametrize("text, pair", JOINED_AS_NTH.values(), ids=JOINED_AS_NTH.keys())
def test_joined_as_the_nth_member_is_a_dated_membership(text, pair):
    found = triples(text)
    node = f"membership-{pair[0]}-{pair[1]}"
    assert pair in of_property(found, "memberOf")
    assert any(s == node and p == "startDate" for s, p, o in found)


JOINED_AS_LOOK_ALIKES = {
    "observer": "Sweden joined as NATO's observer in 2024.",
    "an-observer-of": "Sweden joined as an observer of NATO in 2024.",
    "wanted-to": "Sweden wanted to join as NATO's 32nd member in 2024.",
}


@pytest.mark.parametrize("text", JOINED_AS_LOOK_ALIKES.values(), ids=JOINED_AS_LOOK_ALIKES.keys())
def test_joined_as_something_else_is_no_membership(text):
    assert not of_property(triples(text), "memberOf")


# --- a fronted date beside the fact's own ------------------------------------------------------

FRONTED_BESIDE_OWN = {
    "when-clause": (
        "When Finland hosted the summit in Helsinki on 3 April 2023, Sweden joined NATO on"
        " 7 March 2024.",
        ("membership-swe-nato", "2024-03-07"),
    ),
    "range-of-a-summit": (
        "At the summit in Astana on 3–4 July 2024, Belarus became a member of the SCO on 4 July"
        " 2024.",
        ("membership-blr-shanghai-cooperation-organisation", "2024-07-04"),
    ),
    "nth-member": (
        "When Finland hosted the summit in Helsinki on 3–4 April 2023, Sweden became NATO's 32nd"
        " member on 4 April 2023.",
        ("membership-swe-nato", "2023-04-04"),
    ),
}


@pytest.mark.parametrize("text, dated", FRONTED_BESIDE_OWN.values(), ids=FRONTED_BESIDE_OWN.keys())
def test_a_fronted_date_gives_way_to_the_fact_s_own(text, dated):
    node, date = dated
    dates = {o for s, p, o in triples(text) if s == node and p == "startDate"}
    assert dates == {date}


@pytest.mark.parametrize(
    "text, date",
    [
        ("On 2 March 1992 Moldova joined the UN.", "1992-03-02"),
        ("In 1992, Moldova joined the UN.", "1992"),
    ],
)
def test_a_fronted_date_alone_is_still_the_fact_s(text, date):
    assert ("membership-mda-united-nations", "startDate", date) in triples(text)
