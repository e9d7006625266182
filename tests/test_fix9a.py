"""Session 9's invented facts found by reviewer RV9A (brief FIX9A), each mended by its general
cause and tested in other wording with other entities, with positives that must still hold:

- (changed by FIX10L) a head of state named as dead, deposed or "ex-" was head of state, and
  kz:headOfStateOf has no time (the person is or was head of state: ontology comment,
  docs/design.md "Heads of state"), so "the late Turkmen president X", "Ex-President of Georgia
  X" give it as "The former US president, Bill Clinton" does in the sample's gold; a future one
  ("the future|incoming president") and other offices give nothing;
- "X joined O in <-ing ...>", "joined O in a statement", "joined O at the negotiating table":
  X joined O in an act or at a place, not as a member (hedges.jsonl, hedge-joined-in-action);
- "A and B, a member of O", "A and B, which joined O in D": a singular apposition or a relative
  clause after a list belongs to its last item, never to the list (syntax_guards.py,
  _no_list_before_singular, for the dependency reading; relations.jsonl,
  joined-organisation-relative: X one state). The trigger fallback's readings of "A and B, an O
  member" and "A and B, which joined O" (triggers.py) are left: not this brief's files;
- "took the O chairmanship's recommendations", "received the O's chairmanship proposal", "holds
  the O presidency responsible": a possessive or a noun after the chairmanship, or "holds ...
  responsible", is no chairmanship held (relations.jsonl, entrusted-with-chairmanship:
  not_before; triggers.jsonl, state-held-organisation-chairmanship: block);
- "visited the Chinese pavilion", "the Turkish Embassy", "the Russian Orthodox cathedral", "the
  Kazakh-British Technical University": a national word before a noun names no destination
  state (relations.jsonl, visited: not_before, a hyphen and a list of such nouns);
- "C hosted the O summit's preparatory meeting", "a summit of O in C has been proposed|was
  discussed", "offered to host the O summit in C": no summit held (relations.jsonl,
  city-hosted-summit and summit-of-org-in-city: not_before; triggers.jsonl,
  organisation-summit-in-city: block);
- "Ahead of|In advance of|Before the state visit to C of President X, ...", "prepared for the
  state visit to C of ...": a visit to come (relations.jsonl, visit-to-place-of-visitor:
  not_after);
- "A and B, which established diplomatic relations with C in D, ...": the dependency reading
  of a relative clause right after a list of two or more fillers gives nothing (B's alone, or
  both's: the text does not say; syntax_guards.py, _no_list_before_singular).
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples


def triples(text: str, written_from: str | None = None) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="fix9a", written_from=written_from)


def heads(text: str) -> set[tuple[str, str, str]]:
    return {t for t in triples(text) if t[1] == "headOfStateOf"}


def memberships(text: str) -> set[tuple[str, str, str]]:
    return {t for t in triples(text) if t[1] == "memberOf"}


# --- a head of state named as dead, deposed or ex- (FIX10L: was head of state, so read) ---------

NO_LONGER_HEAD = [
    ("The late Tajik president Emomali Rahmon opened the bridge.",
     ("emomali-rahmon", "headOfStateOf", "tjk")),
    ("Deposed Georgian President Eduard Shevardnadze wrote his memoirs in Tbilisi.",
     ("eduard-shevardnadze", "headOfStateOf", "geo")),
    ("The ousted Ukrainian president Viktor Yanukovych lives near Moscow.",
     ("viktor-yanukovych", "headOfStateOf", "ukr")),
    ("Ex-President of Georgia Mikheil Saakashvili was arrested in Tbilisi.",
     ("mikheil-saakashvili", "headOfStateOf", "geo")),
    ("The exiled Kyrgyz president Kurmanbek Bakiyev spoke to reporters in Minsk.",
     ("kurmanbek-bakiyev", "headOfStateOf", "kgz")),
    ("The deceased Turkmen president Saparmurat Niyazov built the palace.",
     ("saparmurat-niyazov", "headOfStateOf", "tkm")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fact"), NO_LONGER_HEAD)
def test_no_longer_head_of_state(text, fact):
    assert heads(text) == {fact}


STILL_HEAD = [
    (
        "Tajik President Emomali Rahmon opened the bridge.",
        ("emomali-rahmon", "headOfStateOf", "tjk"),
    ),
    (
        "President of Georgia Salome Zourabichvili visited Baku.",
        ("salome-zourabichvili", "headOfStateOf", "geo"),
    ),
    (
        "Uzbek President Shavkat Mirziyoyev visited Astana.",
        ("shavkat-mirziyoyev", "headOfStateOf", "uzb"),
    ),
]


@pytest.mark.parametrize(("text", "fact"), STILL_HEAD)
def test_head_of_state_still_read(text, fact):
    assert fact in heads(text)


# --- "joined O in <-ing>", "joined O at the table" ---------------------------------------------

JOINED_IN_ACTION = [
    "Mongolia joined the European Union in urging restraint on both sides.",
    "Azerbaijan joined the OSCE in welcoming the agreement.",
    "Georgia joined NATO in a statement on the border clashes.",
    "Tajikistan joined the CSTO at the negotiating table in Dushanbe.",
    "Armenia joined the Eurasian Economic Union in denouncing the blockade.",
    "Uzbekistan later joined the Commonwealth of Independent States in pressing for a truce.",
]


@pytest.mark.parametrize("text", JOINED_IN_ACTION)
def test_joined_in_an_act_is_no_membership(text):
    assert memberships(text) == set()


JOINED_AS_MEMBER = [
    ("Mongolia joined the OSCE in 2012.", ("mng", "memberOf", "osce")),
    ("Armenia joined the Eurasian Economic Union on 2 January 2015.", ("arm", "memberOf", "eaeu")),
    ("Tajikistan joined the Collective Security Treaty Organization.", ("tjk", "memberOf", "csto")),
]


@pytest.mark.parametrize(("text", "fact"), JOINED_AS_MEMBER)
def test_joined_as_member_still_read(text, fact):
    assert fact in memberships(text)


# --- an apposition or relative clause after a list belongs to the last item ------------------

LIST_THEN_APPOSITION = [
    ("Mongolia and Armenia, a member of the CSTO, held talks in Yerevan.", "mng"),
    ("Talks between Georgia and Croatia, a member of the European Union, began in Zagreb.", "geo"),
    ("Kazakhstan signed a deal with Moldova and Armenia, a member of the CSTO.", "mda"),
    ("Ministers of Serbia and Hungary, a member state of NATO, met in Belgrade.", "srb"),
]


@pytest.mark.parametrize(("text", "first"), LIST_THEN_APPOSITION)
def test_apposition_after_list_not_the_first_item(text, first):
    assert {t for t in memberships(text) if t[0] == first} == set()


APPOSITION_KEPT = [
    ("Armenia, a member of the CSTO, held talks in Minsk.", ("arm", "memberOf", "csto")),
    (
        "Croatia, which joined the European Union in 2013, signed a memorandum.",
        ("hrv", "memberOf", "european-union"),
    ),
    ("Mongolia is an OSCE member.", ("mng", "memberOf", "osce")),
    ("Turkey, like Japan, is a member of the OECD.", ("jpn", "memberOf", "oecd")),
    ("Armenia and Belarus are members of the CSTO.", ("blr", "memberOf", "csto")),
    ("Armenia and Belarus are both CSTO member states.", ("arm", "memberOf", "csto")),
]


@pytest.mark.parametrize(("text", "fact"), APPOSITION_KEPT)
def test_apposition_of_one_state_still_read(text, fact):
    assert fact in memberships(text)


# --- "chairmanship" followed by a possessive, a noun, or "responsible" --------------------------

NO_CHAIRMANSHIP = [
    "Russia holds the CIS presidency responsible for the delay.",
    "Belarus holds the CSTO chairmanship accountable for the delay.",
    "Uzbekistan received the CIS's chairmanship proposal.",
    "Kyrgyzstan took the SCO presidency's recommendations on board.",
    "Tajikistan received the CSTO chairmanship's recommendations in March.",
]


@pytest.mark.parametrize("text", NO_CHAIRMANSHIP)
def test_no_chairmanship_held(text):
    assert {t for t in triples(text) if t[1] == "chairedBy"} == set()


CHAIRMANSHIP_KEPT = [
    ("Uzbekistan held the CIS chairmanship in 2020.", ("cis", "chairedBy", "uzb")),
    ("Kyrgyzstan took over the CSTO chairmanship.", ("csto", "chairedBy", "kgz")),
    (
        "Kyrgyzstan holds the rotating SCO presidency.",
        ("shanghai-cooperation-organisation", "chairedBy", "kgz"),
    ),
]


@pytest.mark.parametrize(("text", "fact"), CHAIRMANSHIP_KEPT)
def test_chairmanship_still_read(text, fact):
    assert fact in triples(text)


# --- a national word before a noun is no destination -------------------------------------------

NO_DESTINATION = [
    "Japanese Prime Minister Fumio Kishida visited the Uzbek pavilion at the fair.",
    "Shavkat Mirziyoyev visited the Korean Embassy in Tashkent.",
    "Emomali Rahmon visited the Armenian church in Dushanbe.",
    "Sadyr Japarov visited the Kyrgyz-Turkish university in Bishkek.",
    "Serdar Berdimuhamedov visited the German stand at the exhibition.",
]


@pytest.mark.parametrize("text", NO_DESTINATION)
def test_national_word_before_noun_is_no_destination(text):
    assert {t for t in triples(text) if t[1] == "destination"} == set()


DESTINATION_KEPT = [
    ("Shavkat Mirziyoyev visited Japan in 2019.", "jpn"),
    ("Emomali Rahmon visited Armenia on 12 May 2021.", "arm"),
    ("Sadyr Japarov visited Ankara.", "ankara"),
]


@pytest.mark.parametrize(("text", "place"), DESTINATION_KEPT)
def test_destination_still_read(text, place):
    assert place in {t[2] for t in triples(text) if t[1] == "destination"}


# --- a summit not held ----------------------------------------------------------------------

NO_SUMMIT = [
    "Bishkek hosted the CSTO summit's preparatory meeting in May.",
    "Dushanbe hosted the CIS summit’s working group.",
    "A summit of the CSTO in Yerevan was discussed by the ministers.",
    "A summit of the OIC in Baku has been mooted.",
    "Uzbekistan offered to host the CIS summit in Samarkand.",
    "Turkmenistan made a bid to host the ECO summit in Ashgabat.",
]


@pytest.mark.parametrize("text", NO_SUMMIT)
def test_summit_not_held(text):
    assert {t for t in triples(text) if t[1] == "heldIn"} == set()


SUMMIT_KEPT = [
    ("Bishkek hosted the CSTO summit in 2019.", "bishkek"),
    ("The summit of the CIS took place in Minsk in 2019.", "minsk"),
    ("The SCO summit in Samarkand opened on 15 September 2022.", "samarkand"),
]


@pytest.mark.parametrize(("text", "city"), SUMMIT_KEPT)
def test_summit_still_read(text, city):
    assert city in {t[2] for t in triples(text) if t[1] == "heldIn"}


# --- a visit still to come --------------------------------------------------------------------

VISIT_TO_COME = [
    "Ahead of the state visit to Tashkent of Kazakh President Kassym-Jomart Tokayev, roads "
    "were closed.",
    "In advance of the official visit to Baku of Russian President Vladimir Putin, talks were "
    "held.",
    "Before the state visit to Ankara of Uzbek President Shavkat Mirziyoyev, ministers met.",
    "Officials prepared for the state visit to Minsk of Chinese President Xi Jinping.",
    "Prior to the working visit to Bishkek of Tajik President Emomali Rahmon, envoys met.",
]


@pytest.mark.parametrize("text", VISIT_TO_COME)
def test_visit_to_come_is_no_visit(text):
    assert {t for t in triples(text) if t[1] == "visitor"} == set()


def test_visit_of_president_still_read():
    text = "The state visit to Tashkent of Kazakh President Kassym-Jomart Tokayev began with talks."
    assert ("tashkent") in {t[2] for t in triples(text) if t[1] == "destination"}


# --- a relative clause after a list ----------------------------------------------------------

RELATIVE_AFTER_LIST = [
    (
        "Mongolia and Laos, which established diplomatic relations with Israel in 1991, met in "
        "Vientiane.",
        "mng",
    ),
    (
        "Georgia and Moldova, which opened diplomatic relations with Japan in 1992, held talks.",
        "geo",
    ),
    (
        "Talks between Armenia and Cuba, which established diplomatic ties with Canada in 1945, "
        "began.",
        "arm",
    ),
    (
        "Tajikistan and Nepal, which set up diplomatic relations with India in 1947, met in Delhi.",
        "tjk",
    ),
]


@pytest.mark.parametrize(("text", "first"), RELATIVE_AFTER_LIST)
def test_relative_after_list_not_the_first_item(text, first):
    assert not any(
        first in t
        for t in triples(text)
        if "diplomatic" in t[0] or t[1] == "hasDiplomaticRelationsWith"
    )


def test_relative_after_one_state_still_read():
    text = "Laos, which established diplomatic relations with Israel in 1991, met Mongolia."
    assert any(t[1] == "hasDiplomaticRelationsWith" for t in triples(text))


@pytest.mark.parametrize(
    "text",
    [
        "Laos and Nepal, which both established diplomatic relations with Israel in 1993, met.",
        "Ghana and Peru, which all established diplomatic relations with Japan in 1957, met.",
    ],
)
def test_relative_said_of_each_is_read_for_the_first_item(text):
    """ "A and B, which both ..." is said of each of them: the first item keeps its relation."""
    first = "lao" if text.startswith("Laos") else "gha"
    assert any(first in t for t in triples(text) if t[1] == "hasDiplomaticRelationsWith")
