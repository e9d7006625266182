"""Facts stated by a text's layout (layout.py, data/fields.jsonl): key-value lines under a
heading, and chronology lines whose leading date dates their facts and whose historic present
reads as the past. Each case is worded with other entities than the corpus lines that suggested
it, and each has a look-alike that must give nothing of its kind."""

from __future__ import annotations

from functools import partial

import pytest
from fact_cases import (
    assert_gives,
    assert_gives_nothing,
    assert_paired,
    extract,
    member,
    node,
    triple,
)
from fact_cases import relations as _relations

from kzgraph.errors import RuleFileError
from kzgraph.layout import load_fields
from kzgraph.sentences import CHRONOLOGY_HEAD, pipeline

_extract = partial(extract, stem="layout-test")

# (rule, text, facts it must give)
POSITIVES = [
    (
        "field-capital",
        "Kyrgyz Republic\nCapital city: Bishkek\nArea: 199,951 km2",
        [triple("bishkek", "capitalOf", "kgz")],
    ),
    (
        "field-official-languages",
        "Mongolia\n\nState language: Mongolian.\n",
        [triple("mng", "officialLanguage", "mongolian")],
    ),
    (
        "field-head-of-state",
        "Uzbekistan\nPresident: Shavkat Mirziyoyev (since 2016)\n",
        [triple("shavkat-mirziyoyev", "headOfStateOf", "uzb")],
    ),
    (
        "field-member-of",
        "Tajikistan\nMember of: CSTO, CIS\n",
        [triple("tjk", "memberOf", "csto"), triple("tjk", "memberOf", "cis")],
    ),
    (
        "field-signing-date",
        "Treaty on Eternal Friendship\nDate of signing: 31 October 1998\n",
        [triple("treaty-on-eternal-friendship", "signingDate", ("1998-10-31", "xsd:date"))],
    ),
    (
        "field-signing-date-place-in-state",
        "Treaty on Eternal Friendship\nSigned: 31 October 1998 in Tashkent, Uzbekistan",
        [
            triple("treaty-on-eternal-friendship", "signingPlace", "tashkent"),
            triple("treaty-on-eternal-friendship", "signingDate", ("1998-10-31", "xsd:date")),
            triple("tashkent", "locatedIn", "uzb"),
        ],
    ),
    (
        "field-signing-place",
        "Treaty on Eternal Friendship\nPlace of signing: Tashkent, Uzbekistan",
        [triple("treaty-on-eternal-friendship", "signingPlace", "tashkent")],
    ),
    (
        "field-signing-place-in-state",
        "Treaty on Eternal Friendship\nPlace of signing: Tashkent, Uzbekistan",
        [triple("tashkent", "locatedIn", "uzb")],
    ),
    (
        "field-diplomatic-relations",
        "Kazakhstan–Germany relations\nDiplomatic ties established: 11 February 1992",
        _relations("deu", "kaz", "1992-02-11"),
    ),
    (
        "field-member-state-count",
        "Council of Europe\nNumber of member states: 46",
        [
            node(
                "CountFigure",
                countedIn=["council-of-europe"],
                countOf=[("member states", "xsd:string")],
                count=[("46", "xsd:integer")],
            )
        ],
    ),
    (
        "field-participating-state-count",
        "OSCE\n\nParticipating States: 57\n",
        [triple("osce", "participatingStateCount", ("57", "xsd:integer"))],
    ),
    (
        "field-members",
        "Collective Security Treaty Organization\nMembers (6): Armenia, Belarus, "
        "Kazakhstan, Kyrgyzstan, Russia, Tajikistan",
        [triple("tjk", "memberOf", "csto")],
    ),
    (
        "field-chair",
        "Shanghai Cooperation Organisation\nRotating presidency: India (2023)",
        [
            node(
                "Chairmanship",
                organisation=["shanghai-cooperation-organisation"],
                chair=["ind"],
                year=[("2023", "xsd:gYear")],
            )
        ],
    ),
    (
        "field-joined-organisation",
        "Turkmenistan\n• Admitted to the United Nations\t2 March "
        "1992\nECO membership: 28 November 1992",
        [member("tkm", "united-nations", "1992-03-02")],
    ),
    # chronology lines: the historic present read as the past, the leading date the facts'
    (
        "joined-organisation",
        "Timeline\n20 December 1998 – Kyrgyzstan joins the World Trade Organization.",
        [member("kgz", "wto", "1998-12-20")],
    ),
    (
        "admitted-to",
        "1 May 2004: Poland and Hungary are admitted to the European Union.",
        [
            member("pol", "european-union", "2004-05-01"),
            member("hun", "european-union", "2004-05-01"),
        ],
    ),
    (
        "admitted-to",
        "• June 2017 – Astana hosts the SCO summit; on 9 June India is admitted to "
        "the Shanghai Cooperation Organisation.",
        [member("ind", "shanghai-cooperation-organisation", "2017-06-09")],
    ),
]

# (rule, text, what no fact may name)
NEGATIVES = [
    ("field-capital", "Kazakhstan\nFormer capital: Almaty\n", "capitalOf"),
    ("field-capital", "Kazakhstan and Kyrgyzstan\nCapital: Bishkek\n", "capitalOf"),
    (
        "field-official-languages",
        "Mongolia\nLanguages spoken: Mongolian, Kazakh\n",
        "officialLanguage",
    ),
    (
        "field-head-of-state",
        "Uzbekistan\nPresident: Shavkat Mirziyoyev, re-elected in 2021\n",
        "headOfStateOf",
    ),
    ("field-member-of", "Tajikistan\nObserver of: CSTO, CIS\n", "memberOf"),
    (
        "field-signing-date",
        "Treaty on Eternal Friendship\nRatified: 31 October 1998\n",
        "signingDate",
    ),
    (
        "field-signing-date-place-in-state",
        "Treaty on Eternal Friendship\nSigned: 31 October 1998 in Tashkent or Bukhara, Uzbekistan",
        "signingPlace",
    ),
    (
        "field-signing-place",
        "Treaty on Eternal Friendship\nDepositary: Tashkent, Uzbekistan",
        "signingPlace",
    ),
    (
        "field-signing-place-in-state",
        "Treaty on Eternal Friendship\nLocation: Tashkent",
        "locatedIn",
    ),
    (
        "field-diplomatic-relations",
        "Kazakhstan and Germany\nEstablished: 11 February 1992",
        "DiplomaticRelations",
    ),
    (
        "field-member-state-count",
        "Council of Europe\nNumber of member states: about 46",
        "CountFigure",
    ),
    (
        "field-participating-state-count",
        "OSCE\nParticipating States: 57 (2 suspended)",
        "participatingStateCount",
    ),
    (
        "field-members",
        "Collective Security Treaty Organization\nFormer members: Azerbaijan, Georgia",
        "kz:memberOf",
    ),
    (
        "field-chair",
        "Shanghai Cooperation Organisation\nRotating presidency: India (2022–2023)",
        "chairedBy",
    ),
    (
        "field-joined-organisation",
        "Turkmenistan\nWTO membership application: 2022\nObserver to the United Nations: 1992",
        "memberOf",
    ),
    (
        "joined-organisation",
        "1998 – Kyrgyzstan will join the World Trade Organization.",
        "kz:memberOf",
    ),
    ("admitted-to", "2004 – Poland and Hungary are a part of the European Union.", "kz:memberOf"),
    (
        "admitted-to",
        "8–9 June 2017 – India and Pakistan are admitted to the Shanghai Cooperation Organisation.",
        "2017-06-08",
    ),
]


@pytest.mark.parametrize(("rule", "text", "expected"), POSITIVES)
def test_a_layout_in_other_wording_gives_its_facts(rule, text, expected, scoring):
    assert_gives(_extract(text, scoring), rule, expected)


@pytest.mark.parametrize(("rule", "text", "kind"), NEGATIVES)
def test_a_look_alike_gives_nothing_of_that_kind(rule, text, kind, scoring):
    if rule.startswith("field-"):
        assert_gives_nothing(_extract(text, scoring), rule, kind)
    else:  # the relation rule may fire on a look-alike; the dated fact must not come out
        assert_gives_nothing(_extract(text, scoring), None, kind)


def test_every_field_and_chronology_case_has_a_positive_and_a_negative():
    assert_paired(POSITIVES, NEGATIVES)


def test_an_apposition_on_a_dated_line_takes_no_date(scoring):
    """Only a fact stated by an event's verb takes the line's date."""
    _, facts = _extract("2008 – Kazakhstan, a member of the OSCE, hosts a conference.", scoring)
    assert member("kaz", "osce") in facts and member("kaz", "osce", "2008") not in facts


def test_two_items_on_one_line_are_read_apart(scoring):
    rules, facts = _extract("Kyrgyzstan\nCapital: Bishkek. Official language: Kyrgyz.", scoring)
    assert {"field-capital", "field-official-languages"} <= rules
    assert triple("kgz", "officialLanguage", "kyrgyz") in facts


def test_the_relative_clause_of_a_chronology_line_keeps_its_present():
    doc = pipeline().make_doc("1992 – Kazakhstan joins the UN, which admits new members.")
    norms = {token.text: token.norm_ for token in doc}
    assert norms["joins"] == "joined" and norms["admits"] == "admits"


@pytest.mark.parametrize(
    ("line", "dated"),
    [("30 January 1992 – Kazakhstan joins", True), ("March 4, 2010 — X", True),
     ("• 1995: X", True), ("10–11 September 2017 – X", True), ("1994–1999 – X", True),
     ("In 1995 – X", False), ("1995 was a year", False), ("Capital: Astana", False)],
)  # fmt: skip
def test_a_chronology_head_is_a_date_before_a_dash_or_colon(line, dated):
    assert bool(CHRONOLOGY_HEAD.match(line)) is dated


def test_a_broken_fields_line_names_file_and_line(tmp_path):
    path = tmp_path / "fields.jsonl"
    path.write_text('{"id": "a", "keys": ["x"], "kind": "capital", "subject": {}, "value": {}}\n')
    with pytest.raises(RuleFileError, match=r"fields\.jsonl:1"):
        load_fields(path)


def test_a_line_of_an_unnamed_key_is_no_heading_and_a_fact_sheet_takes_its_topic(scoring):
    text = (
        "The Collective Security Treaty Organization (CSTO) was founded in 2002.\n"
        "Observer states: Serbia, Afghanistan\nNumber of members: 6\n"
    )
    _, facts = _extract(text, scoring)
    assert node("CountFigure", countedIn=["csto"], countOf=[("members", "xsd:string")],
                count=[("6", "xsd:integer")]) in facts  # fmt: skip
    assert not [f for f in facts if "srb" in repr(f)]


def _with_title(text: str, title: str, scoring) -> list:
    from kzgraph.documents import document_from_text
    from kzgraph.extract import extract_document

    document = document_from_text(text, "layout-test", {"title": title})
    return scoring.extracted_facts(extract_document(document).quads)


def test_the_title_in_the_metadata_is_the_first_heading(scoring):
    facts = _with_title("Capital: Dushanbe\nState language: Tajik\n", "Tajikistan at a glance",
                        scoring)  # fmt: skip
    assert triple("dushanbe", "capitalOf", "tjk") in facts
    assert triple("tjk", "officialLanguage", "tajik") in facts


def test_a_title_naming_two_states_names_no_subject(scoring):
    facts = _with_title("Capital: Dushanbe\n", "Tajikistan and Uzbekistan compared", scoring)
    assert not [f for f in facts if "capitalOf" in repr(f)]


def test_a_date_line_dates_the_bullets_under_it_only(scoring):
    text = (
        "2002\n"
        "• Tajikistan becomes a founding member of the Collective Security Treaty Organization.\n"
        "- Kyrgyzstan joins the Shanghai Cooperation Organisation.\n"
        "Uzbekistan joins the Shanghai Cooperation Organisation.\n"
    )
    _, facts = _extract(text, scoring)
    assert member("kgz", "shanghai-cooperation-organisation", "2002") in facts
    assert member("uzb", "shanghai-cooperation-organisation", "2002") not in facts


def test_a_bare_key_takes_the_list_below_it_as_its_values(scoring):
    text = (
        "Tajikistan\nMember of:\n• Collective Security Treaty Organization (2002)\n"
        "Neighbours:\n- Afghanistan\n- China\nThe country is mountainous.\n- Uzbekistan\n"
    )
    _, facts = _extract(text, scoring)
    assert member("tjk", "csto", "2002") in facts
    assert triple("tjk", "sharesBorderWith", "afg") in facts
    assert not [f for f in facts if "uzb" in repr(f)]  # after a line of prose: no value
    assert not [f for f in facts if "'afg', 'kz:sharesBorderWith', 'afg'" in repr(f)]


def test_a_founded_line_under_another_heading_dates_nothing(scoring):
    text = (
        "Collective Security Treaty Organization\nFounders: Armenia, Kazakhstan, Russia\n"
        "Commonwealth of Independent States\nFormation: 8 December 1991\n"
        "Members: Armenia, Azerbaijan\n"
    )
    _, facts = _extract(text, scoring)
    assert member("arm", "csto", cls="FoundingMembership") in facts
    assert not [f for f in facts if "1991" in repr(f)]


@pytest.mark.parametrize(
    "text",
    ["Commonwealth of Independent States\nMembers (prospective): Georgia, Mongolia\n",
     "Kyrgyzstan\nMember of: Organisation of Islamic Cooperation (observer)\n",
     "Treaty on Eternal Friendship\nSigned: 31 October 1998 (draft)\n",
     "Kyrgyzstan\nPresident: Sadyr Japarov (acting)\n"],
)  # fmt: skip
def test_a_bracket_that_doubts_the_key_or_the_value_gives_nothing(text, scoring):
    rules, facts = _extract(text, scoring)
    assert not [r for r in rules if r.startswith("field-")] and not facts


# (a layout, facts it must give): key-value lines read apart from their neighbours
LAYOUT_FACTS = [
    # an official name line names the subject below it
    ("Country profile\nOfficial name: Kyrgyz Republic\nCapital: Bishkek",
     [triple("bishkek", "capitalOf", "kgz")]),
    # each member takes its own bracketed date
    ("Commonwealth of Independent States\nMembers: Armenia (1991), Azerbaijan (since 1993)\n",
     [member("arm", "cis", "1991"), member("aze", "cis", "1993")]),
    # a bracket dates only the name right before it: the others are members, undated
    ("Commonwealth of Independent States\nMembers: Armenia (1991), Azerbaijan\n",
     [member("arm", "cis", "1991"), member("aze", "cis"), triple("aze", "memberOf", "cis")]),
    ("Mongolia\nMemberships: United Nations (1961), OSCE, ASEAN Regional Forum, WTO (1997)\n",
     [member("mng", "united-nations", "1961"), member("mng", "osce"),
      member("mng", "asean-regional-forum"), member("mng", "wto", "1997")]),
    # a pasted infobox with tabs and bullets reads as key-value lines
    ("Kyrgyzstan\nCapital and largest city\tBishkek\n• President\tSadyr Japarov\n"
     "Area\t199,951 km2\n",
     [triple("bishkek", "capitalOf", "kgz"), triple("sadyr-japarov", "headOfStateOf", "kgz")]),
    # a name in brackets is no value, and a table row is a chronology
    ("Uzbekistan\nCapital: Tashkent (twinned with Almaty)\n1992 | Uzbekistan joins the OSCE\n",
     [triple("tashkent", "capitalOf", "uzb"), member("uzb", "osce", "1992")]),
    # a founded line dates the founding members under the same heading
    ("Collective Security Treaty Organization\nFounders: Armenia, Kazakhstan, Russia\n"
     "Formation: 7 October 2002, Chisinau\n",
     [member("arm", "csto", "2002-10-07", cls="FoundingMembership")]),
]  # fmt: skip

# (a look-alike layout, what no fact may name)
LAYOUT_LOOK_ALIKES = [
    # an official name line naming two states names no subject
    ("Profile\nOfficial name: Kyrgyzstan and Tajikistan\nCapital: Bishkek", ("capitalOf",)),
    # a range, or two dates for one member
    *[(f"Commonwealth of Independent States\nMembers: {value}\n", ("memberOf", "Membership"))
      for value in ("Armenia (1991–2005), Azerbaijan (1993)",
                    "Armenia (1991 and 1995), Azerbaijan (1993)")],
    # a list below a key that is no field
    ("Tajikistan\nObserver in:\n• Organisation of Islamic Cooperation\n", ("memberOf",)),
    # a tab after a key no field knows
    ("Kyrgyzstan\nLargest city\tBishkek\n• Prime minister\tAdylbek Kasymaliev\n",
     ("capitalOf", "headOfStateOf")),
    # a value with other words or a figure
    ("Turkmenistan\nNeighbours: Iran (1,148 km of desert), Afghanistan\nCapital: Ashgabat, a "
     "city of 1m",
     ("sharesBorderWith", "capitalOf")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), LAYOUT_FACTS)
def test_a_layout_gives_its_facts(text, expected, scoring):
    _, facts = _extract(text, scoring)
    for fact in expected:
        assert fact in facts, (fact, facts)


@pytest.mark.parametrize(("text", "kinds"), LAYOUT_LOOK_ALIKES)
def test_a_layout_look_alike_names_nothing_of_its_kinds(text, kinds, scoring):
    _, facts = _extract(text, scoring)
    assert not [f for f in facts if any(kind in repr(f) for kind in kinds)], facts
