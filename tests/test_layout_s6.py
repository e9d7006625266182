"""Layout registers of session 6 (layout.py, data/fields.jsonl): reference-book entries whose
lines the splitter runs together, list values split by ";" with a figure after each name
("Borders: A 7,644 km; B 2,330 km"), diplomatic relations listed with their dates, a
country's largest city, an oil field's partners and operator (stakes passed over), a
pipeline's route ends ("From: City, State"). Each case is worded with other entities than the
corpus lines that suggested it, and each has a look-alike that must give nothing of its kind."""

from __future__ import annotations

from functools import partial

import pytest
from fact_cases import (
    assert_gives,
    assert_gives_nothing,
    assert_paired,
    dec,
    extract,
    member,
    node,
    relations,
    same,
    triple,
)

from kzgraph.extract import iter_sentence_spans

_extract = partial(extract, stem="layout-s6-test")
_SYMMETRIC = frozenset(["kz:sharesBorderWith", "kz:hasDiplomaticRelationsWith"])


def _border(a: str, b: str, km: str):
    return node("Border", borderState=sorted([a, b]), lengthKm=dec(km))


def _develops(company: str, field: str):
    return [triple(company, "develops", field),
            node("FieldDevelopment", developer=[company], field=[field])]  # fmt: skip


# (rule, text, facts it must give)
POSITIVES = [
    ("field-neighbours", "Mongolia\nLand borders: China 4,630 km; Russia 3,452 km",
     [_border("chn", "mng", "4630"), _border("mng", "rus", "3452"),
      triple("mng", "sharesBorderWith", "rus")]),
    ("field-neighbours", "Uzbekistan\nNeighbouring countries: Tajikistan (1,312 km), "
     "Afghanistan (144 km)", [_border("tjk", "uzb", "1312"), _border("afg", "uzb", "144")]),
    ("field-diplomatic-relations-with",
     "Mongolia\nDiplomatic relations: Germany (31 January 1974), Japan (24 February 1972)",
     [*relations("deu", "mng", "1974-01-31"), *relations("jpn", "mng", "1972-02-24")]),
    ("field-largest-city", "Turkey\nCapital: Ankara\nLargest city: Istanbul",
     [triple("istanbul", "locatedIn", "tur"), triple("ankara", "capitalOf", "tur")]),
    ("field-partners", "Shah Deniz field\nPartners: BP 29.99%, Petronas 15.5%, Lukoil 10%",
     [*_develops("bp", "shah-deniz-gas-field"), *_develops("petronas", "shah-deniz-gas-field"),
      *_develops("lukoil", "shah-deniz-gas-field")]),
    ("field-operator", "Shah Deniz field\nOperating company: BP\nDiscovered: 1999",
     _develops("bp", "shah-deniz-gas-field")),
    ("field-route-ends-in-state", "Baku–Tbilisi–Ceyhan pipeline\nStart point: Baku, Azerbaijan\n"
     "End point: Ceyhan, Turkey", [triple("baku", "locatedIn", "aze"),
                                   triple("ceyhan", "locatedIn", "tur")]),
    ("field-name-member", "Mongolia\n• Organization for Security and Co-operation in Europe "
     "(OSCE): member since 2012.", [member("mng", "osce", "2012")]),
    ("field-name-signed", "Kyrgyzstan\n• Comprehensive Nuclear-Test-Ban Treaty (CTBT): signed 8 "
     "October 1996; ratified 2 October 2003.", [triple("ctbt", "signatory", "kgz"),
     triple("ctbt", "signingDate", ("1996-10-08", "xsd:date"))]),
    ("field-joined-organisation", "Turkmenistan: a chronology\n10 July 1992 – Admitted to the "
     "Organization for Security and Co-operation in Europe.",
     [member("tkm", "osce", "1992-07-10")]),
    ("field-signed-treaty", "Tajikistan\n2 March 2018 – Signs the Treaty on the Prohibition of "
     "Nuclear Weapons in New York.", [
     triple("treaty-on-the-prohibition-of-nuclear-weapons", "signatory", "tjk"),
     triple("treaty-on-the-prohibition-of-nuclear-weapons", "signingPlace", "new-york")]),
    ("field-name-signed-by", "Mongolia\n• Comprehensive Nuclear-Test-Ban Treaty (CTBT): signed "
     "on 24 September 1996 in New York, United States, by China, France and Russia.",
     [triple("ctbt", "signatory", "chn"), triple("ctbt", "signatory", "rus"),
      triple("ctbt", "signingPlace", "new-york"), triple("new-york", "locatedIn", "usa"),
      triple("ctbt", "signingDate", ("1996-09-24", "xsd:date"))]),
    ("field-summit", "Shanghai Cooperation Organisation: a chronology\n14–15 June 2019 – "
     "Summit of the Shanghai Cooperation Organisation, Bishkek.",
     [node("Summit", organisation=["shanghai-cooperation-organisation"], heldIn=["bishkek"],
           startDate=[("2019-06-14", "xsd:date")], endDate=[("2019-06-15", "xsd:date")])]),
]  # fmt: skip

# (rule, text, what no fact may name)
NEGATIVES = [
    ("field-neighbours", "Mongolia\nDistance by road: China 4,630 km; Russia 3,452 km",
     "sharesBorderWith"),
    ("field-neighbours", "Uzbekistan\nBorders: Tajikistan (1,312 km of it disputed)", "Border"),
    ("field-diplomatic-relations-with",
     "Mongolia\nEmbassies abroad: Germany (31 January 1974), Japan (24 February 1972)",
     "DiplomaticRelations"),
    ("field-diplomatic-relations-with",
     "Mongolia and Kazakhstan\nDiplomatic relations: Germany (31 January 1974)",
     "DiplomaticRelations"),
    ("field-diplomatic-relations-with", "Mongolia\nDiplomatic relations: Japan (suspended)",
     "DiplomaticRelations"),
    ("field-largest-city", "Turkey\nSister cities: Istanbul, Tashkent", "locatedIn"),
    ("field-largest-city", "Turkey and Greece\nLargest city: Istanbul", "locatedIn"),
    ("field-partners", "Baku–Tbilisi–Ceyhan pipeline\nPartners: BP 30.1%, SOCAR 25%", "develops"),
    ("field-partners", "Shanghai Cooperation Organisation\nPartners: Turkey, Azerbaijan",
     "memberOf"),
    ("field-partners", "Shah Deniz field\nPartners: BP 29.99%, Petronas (planned)", "develops"),
    ("field-operator", "Shah Deniz field\nOperator: BP, appointed in 1996", "develops"),
    ("field-operator", "Shah Deniz field\nGas buyers: BP, SOCAR", "develops"),
    ("field-route-ends-in-state", "Baku–Tbilisi–Ceyhan pipeline\nFrom: Baku\nTo: Ceyhan",
     "locatedIn"),
    ("field-route-ends-in-state", "Azerbaijan\nFrom: Baku, Azerbaijan", "locatedIn"),
    ("field-name-member", "Mongolia\n• OSCE: observer since 2012.", "memberOf"),
    ("field-name-member", "Mongolia and Japan\n• OSCE: member since 2012.", "memberOf"),
    ("field-name-signed", "Kyrgyzstan\n• CTBT: ratified 2 October 2003.", "signingDate"),
    ("field-name-signed", "Kyrgyzstan\n• CTBT: signed by Japan on 8 October 1996.", "'kgz'"),
    ("field-joined-organisation", "Turkmenistan\n1992 – Applies to join the OSCE.", "memberOf"),
    ("field-joined-organisation", "Turkmenistan\n1992 – Uzbekistan admitted to the OSCE.",
     "'tkm'"),
    ("field-signed-treaty", "Tajikistan\n2018 – Refuses to sign the TPNW in New York.",
     "signatory"),
    ("field-signed-treaty", "Tajikistan and Kyrgyzstan\n2018 – Signs the TPNW.", "signatory"),
    ("field-signed-treaty", "Tajikistan\n2018 – Signs the TPNW in New York with Japan.",
     "signatory"),
    ("field-name-signed-by", "Mongolia\n• CTBT: ratified in New York on 24 September 1996 by "
     "China and France.", "signatory"),
    ("field-name-signed-by", "Mongolia\n• CTBT: signed in New York by envoys of China and "
     "France.", "signatory"),
    ("field-name-signed-by", "Mongolia\n• CTBT: signed in New York with China and France.",
     "signatory"),
    ("field-summit", "Chronology\n2026 – Next SCO summit to be held in Bishkek.", "Summit"),
    ("field-summit", "Chronology\n2019 – Summit of the SCO and the CSTO, Bishkek.", "Summit"),
    ("field-summit", "Chronology\n2020 – SCO summit cancelled, Bishkek.", "Summit"),
    ("field-joined-organisation", "Turkmenistan\nSCO and CSTO membership: 2001", "memberOf"),
]  # fmt: skip


@pytest.mark.parametrize(("rule", "text", "expected"), POSITIVES)
def test_a_layout_in_other_wording_gives_its_facts(rule, text, expected, scoring):
    assert_gives(_extract(text, scoring), rule, expected, symmetric=_SYMMETRIC)


@pytest.mark.parametrize(("rule", "text", "kind"), NEGATIVES)
def test_a_look_alike_gives_nothing_of_that_kind(rule, text, kind, scoring):
    assert_gives_nothing(_extract(text, scoring), rule, kind)


def test_every_case_has_a_positive_and_a_negative():
    assert_paired(POSITIVES, NEGATIVES)


def test_lines_the_splitter_runs_together_are_read_one_by_one(scoring):
    text = (
        "Kyrgyzstan\nMemberships: Commonwealth of Independent States (1991), World Trade "
        "Organization (1998)\nCapital: Bishkek\nArea: 199,951 km2"
    )
    # a long item line takes no key-value line below it with it (REC14C): read line by line
    assert len(list(iter_sentence_spans(text))) == 4
    rules, facts = _extract(text, scoring)
    assert {"field-member-of", "field-capital"} <= rules
    assert member("kgz", "wto", "1998") in facts and member("kgz", "cis", "1991") in facts
    assert triple("bishkek", "capitalOf", "kgz") in facts


def test_a_heading_inside_a_run_together_sentence_names_the_lines_below_it(scoring):
    text = (
        "Uzbekistan\nMemberships: Commonwealth of Independent States (1991), Shanghai "
        "Cooperation Organisation (2001)\nTajikistan\nCapital: Dushanbe"
    )
    _, facts = _extract(text, scoring)
    assert triple("dushanbe", "capitalOf", "tjk") in facts
    assert triple("dushanbe", "capitalOf", "uzb") not in facts


def test_a_single_value_key_takes_no_list_after_a_semicolon(scoring):
    _, facts = _extract("Turkey\nCapital: Ankara; Istanbul until 1923", scoring)
    assert triple("ankara", "capitalOf", "tur") in facts
    assert not [f for f in facts if "istanbul" in repr(f)]


def test_a_pipeline_commissioned_is_not_completed(scoring):
    _, facts = _extract("Baku–Tbilisi–Ceyhan pipeline\nCommissioned: 2006", scoring)
    assert not [f for f in facts if "completionDate" in repr(f)]


# first person plural as the document's own state (references.jsonl, LAYOUT-s6 block)
FIRST_PERSON = [
    ("In 1992 we joined the Organization for Security and Co-operation in Europe.", "Mongolia",
     [member("mng", "osce", "1992")]),
    ("We established diplomatic relations with Japan on 24 February 1972.", "Mongolia",
     relations("jpn", "mng", "1972-02-24")),
    ("Japanese companies have invested some $2 billion in our economy.", "Lithuania",
     [node("InvestmentFigure", fromParty=["jpn"], toParty=["ltu"], isApproximate=[
      ("true", "xsd:boolean")], amount=dec("2000000000"), currency=[("USD", "xsd:string")])]),
    ("In 1991 my country joined the Organization for Security and Co-operation in Europe.",
     "Lithuania", [member("ltu", "osce", "1991")]),
    ("In 2011 we chaired the Organization for Security and Co-operation in Europe.",
     "Lithuania", [node("Chairmanship", chair=["ltu"], organisation=["osce"],
                        year=[("2011", "xsd:gYear")])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "state", "expected"), FIRST_PERSON)
def test_we_and_our_are_the_speaking_state(text, state, expected, scoring):
    _, facts = _extract_from(text, scoring, state)
    for fact in expected:
        assert any(same(found, fact, _SYMMETRIC) for found in facts), (fact, facts)


@pytest.mark.parametrize(
    ("text", "state"),
    [("In 1992 we joined the Organization for Security and Co-operation in Europe.", None),
     ("We both joined the Organization for Security and Co-operation in Europe in 1992.",
      "Mongolia"),
     ("In 1991 my country joined the Organization for Security and Co-operation in Europe.",
      None),
     ("We all joined the Organization for Security and Co-operation in Europe in 1992.",
      "Mongolia"),
     ("We and the Russians joined the Organization for Security and Co-operation in Europe "
      "in 1992.", "Mongolia")],
)  # fmt: skip
def test_we_without_a_speaking_state_or_as_a_group_names_no_state(text, state, scoring):
    _, facts = _extract_from(text, scoring, state)
    assert not [f for f in facts if "memberOf" in repr(f)], facts


def _extract_from(text: str, scoring, state: str | None):
    return extract(text, scoring, state, stem="layout-s6-test")


def test_a_bracket_doubting_another_name_leaves_the_value(scoring):
    _, facts = _extract("Turkey\nCapital: Ankara (Istanbul until 1923)", scoring)
    assert triple("ankara", "capitalOf", "tur") in facts
    assert not [f for f in facts if "istanbul" in repr(f)]
    _, facts = _extract("Turkey\nCapital: Ankara (until 1923)", scoring)
    assert not [f for f in facts if "capitalOf" in repr(f)]


def test_our_two_countries_are_the_pair_named_before(scoring):
    text = (
        "Mongolia and Japan are strategic partners. Last year trade between our two countries "
        "reached $2 billion."
    )
    _, facts = _extract_from(text, scoring, "Mongolia")
    assert [f for f in facts if "TradeFigure" in repr(f) and "jpn" in repr(f)], facts
    _, facts = _extract_from(
        "Trade between our countries reached $2 billion in 2023.", scoring, "Mongolia"
    )
    assert not [f for f in facts if "TradeFigure" in repr(f)], facts


def test_a_rule_that_read_part_of_a_list_leaves_the_field_in(scoring):
    text = (
        "Treaty on Eternal Friendship\nSigned: 31 October 1998\nSignatories: Kazakhstan, Uzbekistan"
    )
    _, facts = _extract(text, scoring)
    assert triple("treaty-on-eternal-friendship", "signatory", "uzb") in facts
    assert triple("treaty-on-eternal-friendship", "signatory", "kaz") in facts


def test_a_bullet_without_a_subject_ending_with_its_date_is_about_the_heading(scoring):
    text = (
        "Turkmenistan\n• Joined the United Nations on 2 March 1992.\n"
        "• Member of the Organization for Security and Co-operation in Europe since 1992\n"
        "• Signed the Treaty on the Prohibition of Nuclear Weapons in New York on 20 September 2017"
    )
    _, facts = _extract(text, scoring)
    assert member("tkm", "united-nations", "1992-03-02") in facts
    assert member("tkm", "osce", "1992") in facts
    treaty = "treaty-on-the-prohibition-of-nuclear-weapons"
    assert triple(treaty, "signatory", "tkm") in facts
    assert triple(treaty, "signingPlace", "new-york") in facts


@pytest.mark.parametrize(
    "line",
    [
        "• Applied to join the World Trade Organization in 1996",
        "• Joined the United Nations and the World Trade Organization in 1992",
        "• Observer in the Organization of American States since 1994",
        "• Joined the United Nations in 1992 as an observer",
        "• Uzbekistan joined the United Nations on 2 March 1992.",
    ],
)
def test_a_bullet_look_alike_says_nothing_of_the_heading(line, scoring):
    _, facts = _extract("Turkmenistan\n" + line, scoring)
    assert not [f for f in facts if "tkm" in repr(f)], facts


def test_an_infobox_key_holding_a_key_reads_the_inner_one(scoring):
    text = "Collective Security Treaty Organization\nMembership\tMember states: Armenia, Belarus"
    _, facts = _extract(text, scoring)
    assert triple("arm", "memberOf", "csto") in facts and triple("blr", "memberOf", "csto") in facts
    for outer in ("Observers", "Former members", "Partners"):
        text = f"Collective Security Treaty Organization\n{outer}\tMember states: Serbia, Iran"
        _, facts = _extract(text, scoring)
        assert not [f for f in facts if "memberOf" in repr(f)], (outer, facts)


def test_a_participle_aside_closing_a_value_is_about_its_name(scoring):
    field = "shah-deniz-gas-field"
    _, facts = _extract("Shah Deniz field\nOperator: BP, headquartered in London", scoring)
    assert triple("bp", "develops", field) in facts
    _, facts = _extract("Shah Deniz field\nOwnership: BP 29.99%, SOCAR 14.35%", scoring)
    assert triple("socar", "develops", field) in facts
    _, facts = _extract("Shah Deniz field\nOperator: BP, chosen in 1996", scoring)
    assert not [f for f in facts if "develops" in repr(f)], facts
    _, facts = _extract("Shah Deniz field\nOperator: BP, established in 1909, and SOCAR", scoring)
    assert not [f for f in facts if "develops" in repr(f)], facts


def _count(state: str, noun: str, count: str):
    return node("CountFigure", countedIn=[state], countOf=[(noun, "xsd:string")],
                count=[(count, "xsd:integer")])  # fmt: skip


def test_divisions_listed_as_numbers_and_nouns_are_counts(scoring):
    text = "Uzbekistan\nAdministrative divisions: 12 regions, 1 autonomous republic and 1 city"
    _, facts = _extract(text, scoring)
    for expected in (_count("uzb", "regions", "12"), _count("uzb", "autonomous republic", "1"),
                     _count("uzb", "city", "1")):  # fmt: skip
        assert any(same(found, expected) for found in facts), (expected, facts)


@pytest.mark.parametrize(
    "text",
    [
        "Uzbekistan\nAdministrative divisions: about 12 regions",
        "Uzbekistan\nAdministrative divisions: 12 regions (viloyats)",
        "Uzbekistan\nAdministrative divisions: Karakalpakstan and 12 regions",
        "Uzbekistan and Tajikistan\nAdministrative divisions: 12 regions",
        "Uzbekistan\nPopulation: 36 million people",
    ],
)
def test_a_division_look_alike_counts_nothing(text, scoring):
    _, facts = _extract(text, scoring)
    assert not [f for f in facts if "CountFigure" in repr(f)], facts


def test_a_wrapped_line_of_prose_is_no_heading(scoring):
    text = (
        "Relations in the region deepened over the decade after independence, and then\n"
        "Kazakhstan became a partner of its neighbours in many regional forums and talks\n"
        "• Joined the United Nations in 1992"
    )
    _, facts = _extract(text, scoring)
    assert not [f for f in facts if "united-nations" in repr(f)], facts


def test_a_member_state_keyed_under_an_organisation_is_its_member(scoring):
    text = "Shanghai Cooperation Organisation\n• India: member since 2017\n• Belarus: joined 2024"
    _, facts = _extract(text, scoring)
    assert member("ind", "shanghai-cooperation-organisation", "2017") in facts
    assert member("blr", "shanghai-cooperation-organisation", "2024") in facts
    for line in ("• Mongolia: observer since 2004", "• Turkey: dialogue partner since 2012"):
        _, facts = _extract("Shanghai Cooperation Organisation\n" + line, scoring)
        assert not [f for f in facts if "memberOf" in repr(f)], facts


def test_reference_book_keys_of_other_registers(scoring):
    text = (
        "Kyrgyzstan\nOfficial language(s): Kyrgyz, Russian\n"
        "border countries (4): China 1,063 km, Kazakhstan 1,212 km\n"
        "International organization participation: CIS, CSTO"
    )
    _, facts = _extract(text, scoring)
    assert triple("kgz", "officialLanguage", "kyrgyz") in facts
    assert any(same(f, _border("chn", "kgz", "1063")) for f in facts), facts
    assert triple("kgz", "memberOf", "csto") in facts
    _, facts = _extract("Kyrgyzstan\nLanguage(s) spoken: Kyrgyz, Uzbek", scoring)
    assert not [f for f in facts if "officialLanguage" in repr(f)], facts
