"""Invented facts reviewer RV10A found (brief FIX10A), each mended by its general cause and
tested in other wording with other entities than the reviewer's probes, with look-alikes that
must give nothing and positives that must still be read:

- a summit's noun phrase that names no summit held: led by "no", governed by a verb or noun of
  wanting, proposing, preparing or refusing, followed in its clause by a negation or a modal,
  or indefinite without a verb of holding or attending, a preposition of time or place or a
  "was held|took place" of its own (summits_held.unheld_summit, for relation rules and trigger
  lines alike; lexicon summit-*-governors, summit-unheld-followers, summit-held-predicates).
- a chairmanship match ending at an organisation's name that a possessive or capitalised words
  holding a body noun follow ("chaired the OSCE Ministerial Council", "the UN Security
  Council's sanctions committee") names a body of the organisation, no chairmanship of it
  (org_bodies.names_a_body; lexicon organisation-body-nouns); a body the gazetteer knows keeps
  its reading. A fact on a typed name the gazetteer lacks that ends in a body noun while the
  text runs it on ("the OSCE Forum for Security Co-operation" read as "OSCE Forum") names a
  thing cut short: dropped (org_bodies.truncated_body, extract._read_sentence).
- "respectively" over coordinated organisations: a membership whose members are two or more
  states and whose clause names two or more organisations up to a "respectively" after it is
  dropped, whichever reading made it; the items are paired one by one when the counts agree
  (and the dates, one per item or none), else nothing (respectively.py, extract._read_sentence).
- a membership table's row whose other cells say the membership ended or never began ("left
  2009", "withdrew", "suspended", "observer", "applicant") gives no membership (tables.Tables.
  _fact, lexicon table-membership-ended-words); "took part in P from D1 until ..." is past
  participation, no participatesInProgramme (relations.jsonl programme-takes-part not_before).
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="fix10a")


def summits(text: str) -> set[tuple[str, str]]:
    found = triples(text)
    places = {s: o for s, p, o in found if p == "heldIn"}
    return {(o, places.get(s)) for s, p, o in found if p == "organisation" and s in places}


# --- 1. a summit named but never held ------------------------------------------------------------

UNHELD_SUMMITS = [
    "Mirziyoyev pressed for a summit of the Eurasian Economic Union in Tashkent.",
    "Lukashenko is pushing for an OSCE summit in Minsk.",
    "Work on a summit of the CICA in Baku started last spring.",
    "Plans for a summit of the OIC in Dushanbe were announced by the foreign ministry.",
    "Aliyev proposed a summit of the Organization of Turkic States in Baku.",
    "A summit of the SCO in Bishkek could follow in the autumn, officials said.",
    "No summit of the CIS in Tashkent was held that year.",
    "There has been no CSTO summit in Dushanbe since the crisis.",
    "The Kremlin rejected an OSCE summit in Vienna.",
    "Japarov requested an SCO summit in Bishkek.",
    "The summit of the CIS in Kyiv did not take place.",
    "Pashinyan has blocked the CSTO summit in Yerevan.",
]


@pytest.mark.parametrize("text", UNHELD_SUMMITS)
def test_summit_not_held_gives_nothing(text):
    assert summits(text) == set()


HELD_SUMMITS = [
    ("The SCO summit was held in Astana on 3-4 July 2024.",
     ("shanghai-cooperation-organisation", "astana")),
    ("Kazakhstan hosted a summit of the CICA in Astana in October 2022.", ("cica", "astana")),
    ("Mirziyoyev attended the fifth summit of the Organization of Turkic States in Baku in 2019.",
     ("organization-of-turkic-states", "baku")),
    ("Aliyev spoke at an OSCE summit in Istanbul in November 1999.", ("osce", "istanbul")),
    ("A summit of the CIS was held in Minsk in October 2021.", ("cis", "minsk")),
    ("Leaders of the CSTO met in Yerevan on 23 November 2022 for a summit that ended in discord.",
     ("csto", "yerevan")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "summit"), HELD_SUMMITS)
def test_summit_held_still_read(text, summit):
    assert summit in summits(text)


# --- 2. a body of an organisation is not the organisation ----------------------------------------


def chairs(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in triples(text) if p == "chairedBy"}


BODIES_CHAIRED = [
    ("Uzbekistan chaired the OSCE's Economic and Environmental Forum in 2019.", "osce"),
    ("Kyrgyzstan chaired the UN Human Rights Council's working group in 2022.", "united-nations"),
    ("Turkmenistan chaired the UN Commission for Social Development in 2023.", "united-nations"),
    ("Tajikistan chaired the OIC Permanent Commission on Water in 2018.", "oic"),
    ("Azerbaijan chaired the CIS Interparliamentary Assembly's budget committee in 2017.", "cis"),
    ("Mongolia chaired the IAEA Board of Governors in 2014.", "iaea"),
]


@pytest.mark.parametrize(("text", "organisation"), BODIES_CHAIRED)
def test_a_body_of_an_organisation_chaired_is_no_chairmanship_of_it(text, organisation):
    found = chairs(text)
    assert {o for o, s in found} <= {"economic-and-environmental-forum"}
    assert all(o != organisation for o, s in found)


ORGANISATIONS_CHAIRED = [
    ("Kazakhstan chaired the CSTO in 2023.", ("csto", "kaz")),
    ("Uzbekistan chaired the SCO in 2022.", ("shanghai-cooperation-organisation", "uzb")),
    ("Kyrgyzstan chaired the CIS Economic Council in 2021.", ("cis-economic-council", "kgz")),
    ("Uzbekistan chaired the OSCE Ministerial Council in 2019.",
     ("osce-ministerial-council", "uzb")),
    ("Turkmenistan chaired the UN Economic and Social Council in 2023.",
     ("united-nations-economic-and-social-council", "tkm")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "chair"), ORGANISATIONS_CHAIRED)
def test_an_organisation_chaired_still_read(text, chair):
    assert chair in chairs(text)


CUT_SHORT = [
    "Kyrgyzstan chaired the CSTO Forum for Regional Stability in 2019.",
    "Uzbekistan joined the OECD's Global Forum on Tax Transparency in 2018.",
    "Mongolia joined the Asian Forum for Human Rights in 2011.",
    "Tajikistan chaired the SCO Forum of Border Agencies in 2016.",
]


@pytest.mark.parametrize("text", CUT_SHORT)
def test_a_body_name_cut_short_gives_nothing(text):
    found = triples(text)
    assert not {o for s, p, o in found if p == "memberOf"} | {
        s for s, p, o in found if p == "chairedBy"
    }


# --- 3. "respectively" pairs the items ------------------------------------------------------------


def memberships(text: str) -> set[tuple[str, str, str | None]]:
    found = triples(text)
    dates = {s: o for s, p, o in found if p == "startDate"}
    nodes = {s for s, p, o in found if p == "member"}
    member = {s: o for s, p, o in found if p == "member"}
    organisation = {s: o for s, p, o in found if p == "organisation"}
    return {(member[n], organisation[n], dates.get(n)) for n in nodes}


RESPECTIVELY_PAIRED = [
    ("Georgia and Moldova joined the WTO in 2000 and the CIS in 1994 respectively.",
     {("geo", "wto", "2000"), ("mda", "cis", "1994")}),
    ("Mongolia and Turkmenistan entered the OSCE in 2012 and the UN in 1992, respectively.",
     {("mng", "osce", "2012"), ("tkm", "united-nations", "1992")}),
    ("Armenia and Kazakhstan joined the CSTO and the SCO respectively.",
     {("arm", "csto", None), ("kaz", "shanghai-cooperation-organisation", None)}),
    ("Belarus and Tajikistan joined the Eurasian Economic Union and the WTO respectively.",
     {("blr", "eaeu", None), ("tjk", "wto", None)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RESPECTIVELY_PAIRED)
def test_respectively_pairs_members_with_organisations(text, expected):
    assert memberships(text) == expected


RESPECTIVELY_UNPAIRED = [
    "Georgia, Moldova and Ukraine joined the WTO and the CIS respectively.",
    "Georgia and Moldova joined the WTO and the CIS in 2000 respectively.",
    "Georgia and Moldova joined the WTO, the OSCE and the CIS respectively.",
]


@pytest.mark.parametrize("text", RESPECTIVELY_UNPAIRED)
def test_respectively_with_counts_that_differ_gives_nothing(text):
    assert memberships(text) == set()


def test_respectively_over_dates_of_one_organisation_still_read():
    found = memberships("Russia and Kazakhstan joined the WTO in 2012 and 2015 respectively.")
    assert found == {("rus", "wto", "2012"), ("kaz", "wto", "2015")}


# --- 4. a status column, a participation that ended ----------------------------------------------

TABLE = """OSCE membership
Country | Year joined | Status
{rows}
"""


def table_members(rows: str) -> set[str]:
    return {s for s, p, o in triples(TABLE.format(rows=rows)) if p == "memberOf"}


@pytest.mark.parametrize(
    "status",
    ["left 2003", "withdrew in 2015", "membership suspended 2022", "former member", "observer",
     "applicant", "expelled 1999"],
)  # fmt: skip
def test_a_row_whose_status_ended_the_membership_gives_none(status):
    rows = f"Mongolia | 2012 | {status}\nTurkmenistan | 1992 | member"
    assert table_members(rows) == {"tkm"}


def test_a_plain_membership_table_still_read():
    rows = "Mongolia | 2012 | member\nTurkmenistan | 1992 | member"
    assert table_members(rows) == {"mng", "tkm"}


def test_a_table_without_a_status_column_still_read():
    text = "CIS membership\nCountry | Joined\nBelarus | 1991\nArmenia | 1991\n"
    assert {s for s, p, o in triples(text) if p == "memberOf"} == {"blr", "arm"}


def participants(text: str) -> set[str]:
    return {s for s, p, o in triples(text) if p == "participatesInProgramme"}


@pytest.mark.parametrize(
    "text",
    ["Georgia took part in the Partnership for Peace from 1994 until it sought full membership.",
     "Moldova participated in the Eastern Partnership from 2009 till the war began.",
     "Belarus takes part in the Eastern Partnership since 2009 until its suspension in 2021."],
)  # fmt: skip
def test_a_participation_that_ended_gives_none(text):
    assert participants(text) == set()


def test_a_participation_still_read():
    assert participants("Mongolia takes part in the Partnership for Peace programme.") == {"mng"}
