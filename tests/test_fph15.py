"""Session 15's hunt for invented facts on texts outside Kazakhstan's usual themes (brief FPH15:
the Baltic and Nordic states, Latin America, Africa, the Balkans, ASEAN, the Pacific, the
Arctic, Canada and Australia, Mongolia, the Caucasus, the Horn of Africa): the constructions
that made the extractor invent a fact, each mended by its general cause and tested in other
wording, with look-alikes that must still give their true fact:

- an organisation's name glued by a hyphen to the word after it is one half of a compound
  that only qualifies a noun ("joined the NATO-led coalition", "the EU-funded programme",
  "co-founded the EU-backed fund", "chaired the ASEAN-China summit"): no membership,
  co-founding or chairmanship of the organisation (org_bodies.opens_longer_name, read by
  the rules, the trigger lines and the dependency reading alike);
- an acronym in capitals before a hyphenated participle is no prefix: "the UN-recognised East
  African Community" is the community with a modifier before it, not a name
  "UN-recognised East African Community" (name_bounds.is_modifier; "un-" stays a prefix);
- a chronology line whose words after the date are a bare name ("2023 – Tonga" under an
  organisation's "Chairs:" or "Observers:") is no key-value item "Tonga: member since 2023"
  read the other way round (layout.Layout._dated_line skips fields with lead words);
- an event noun whose clause calls it a goal, a priority or years away ("X's NATO membership
  is enshrined in the constitution as a goal", "X's EU membership is still years away") states
  no membership (nominal._predicate_words: the adverb and the "as" phrase too).
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="fph15")


def of_property(found: set, prop: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in found if p == prop}


# --- an organisation's name as the first half of a hyphenated compound -----------------------

COMPOUNDS = {
    "led-coalition": "Montenegro joined the NATO-led coalition in Afghanistan in 2010.",
    "led-mission": "Georgia joined the NATO-led mission in Kosovo in 1999.",
    "funded-programme": "Burundi joined the EU-funded programme in 2015.",
    "backed-initiative": "Ecuador joined the Mercosur-backed initiative in 2019.",
    "centred-framework": "Chile joined the ASEAN-centred framework in 2023.",
    "sponsored-talks": "Mongolia joined the UN-sponsored talks in 2002.",
    "brokered-agreement": "Norway joined the EU-brokered agreement on fisheries in 2010.",
    "member-state": "Estonia joined NATO-member Latvia in protesting.",
    "pair-talks": "Lithuania joined the EU-Canada trade talks in 2016.",
    "became-member": "Montenegro became a member of the NATO-led force in 2010.",
    "is-member": "Montenegro is a member of the NATO-led coalition.",
    "apposition": "Montenegro, a member of the NATO-led coalition since 2010, sent troops.",
    "en-dash": "Kenya joined the AU–mandated force in Somalia in 2011.",
}


@pytest.mark.parametrize("text", COMPOUNDS.values(), ids=COMPOUNDS.keys())
def test_a_hyphenated_compound_states_no_membership(text):
    assert not of_property(triples(text), "memberOf")


FOUNDING_AND_CHAIR = {
    "founding-member": "Canada is a founding member of the NATO-led mission in Latvia.",
    "co-founded": "Canada co-founded the EU-backed fund in 2020.",
    "chaired-pair-summit": "Cambodia chaired the ASEAN-China summit in 2022.",
}


@pytest.mark.parametrize("text", FOUNDING_AND_CHAIR.values(), ids=FOUNDING_AND_CHAIR.keys())
def test_a_hyphenated_compound_states_no_founding_or_chairmanship(text):
    found = triples(text)
    assert not of_property(found, "coFounderOf")
    assert not of_property(found, "chairedBy")


LOOK_ALIKES = {
    "plain": ("Estonia joined NATO in 2004.", ("est", "memberOf", "nato")),
    "state-led-organisation": (
        "Armenia joined the Russia-led Eurasian Economic Union in 2015.",
        ("arm", "memberOf", "eaeu"),
    ),
    "state-led-acronym": (
        "Armenia is a member of the Russia-led CSTO.",
        ("arm", "memberOf", "csto"),
    ),
    "spaced-dash": (
        "Montenegro joined NATO - the alliance's twenty-ninth member - in 2017.",
        ("mne", "memberOf", "nato"),
    ),
    "known-longer-name": (
        "Timor-Leste joined the ASEAN Regional Forum in 2005.",
        ("tls", "memberOf", "asean-regional-forum"),
    ),
    "hyphenated-state": (
        "Timor-Leste became a member of ASEAN in 2025.",
        ("tls", "memberOf", "asean"),
    ),
    "hyphen-earlier": (
        "Finland joined NATO on 4 April 2023, and Sweden joined NATO-led exercises.",
        ("fin", "memberOf", "nato"),
    ),
    "apposition-member": (
        "Estonia, a NATO member since 2004, borders Russia.",
        ("est", "memberOf", "nato"),
    ),
    "summit": (
        "Vilnius hosted the NATO summit in July 2023.",
        ("summit-nato-vilnius-2023-07", "heldIn", "vilnius"),
    ),
    "joint-summit": (
        "Uruguay hosted the EU-Mercosur summit in Montevideo in December 2024.",
        ("summit-european-union-mercosur-montevideo-2024-12", "organisation", "mercosur"),
    ),
    "acronym-modifier-before-name": (
        "Kenya is a member of the UN-backed East African Community.",
        ("ken", "memberOf", "east-african-community"),
    ),
    "acronym-recognised": (
        "Kenya is a member of the UN-recognised East African Community.",
        ("ken", "memberOf", "east-african-community"),
    ),
    "org-modifier-before-name": (
        "Kenya is a member of the AU-backed East African Community.",
        ("ken", "memberOf", "east-african-community"),
    ),
}


@pytest.mark.parametrize("text, fact", LOOK_ALIKES.values(), ids=LOOK_ALIKES.keys())
def test_look_alikes_keep_their_fact(text, fact):
    assert fact in triples(text)


def test_an_acronym_before_a_participle_is_no_prefix():
    from kzgraph.name_bounds import is_modifier

    assert is_modifier("UN", "recognised")
    assert not is_modifier("Un", "recognised")  # "Un-recognised" is a prefixed word
    assert not is_modifier("Co", "ordinated")


# --- a bare name under a date says nothing of what happened ----------------------------------

BARE_NAMES_UNDER_DATES = {
    "chairs-list": "Pacific Islands Forum\n\nChairs:\n- 2023: Cook Islands\n- 2024: Tonga\n",
    "chairs-heading": "Pacific Islands Forum\n\nSummit hosts\n2023: Cook Islands\n2024: Tonga\n",
    "no-list-key": "Pacific Islands Forum\n\n2023: Cook Islands\n2024: Tonga\n",
    "observers": "Pacific Islands Forum\n\nObservers:\n- 2006: Timor-Leste\n- 2011: Tokelau\n",
    "chairmanship-ranges": (
        "Arctic Council\n\nChairmanship\n2019-2021: Iceland\n2021-2023: Russia\n2023-2025: Norway\n"
    ),
    "spaced-dash": "ASEAN\n\nChairs by year\n2024 - Laos\n2025 - Malaysia\n",
    "en-dash": "ASEAN\n\nChairs by year\n2024 – Laos\n2025 – Malaysia\n",
    "suspended": "ASEAN\n\nSuspended members:\n2021: Myanmar\n",
    "hosts-of-summits": "Commonwealth of Nations\n\nSummits\n2022: Rwanda\n2024: Samoa\n",
    "mediators": "African Union\n\nMediators\n2023 – Kenya\n2024 – Angola\n",
}


@pytest.mark.parametrize("text", BARE_NAMES_UNDER_DATES.values(), ids=BARE_NAMES_UNDER_DATES.keys())
def test_a_bare_name_under_a_date_states_no_membership(text):
    assert not of_property(triples(text), "memberOf")


DATED_LAYOUT_LOOK_ALIKES = {
    "forward-member-since": (
        "Shanghai Cooperation Organisation\n\nIndia: member since 2017\n",
        ("ind", "memberOf", "shanghai-cooperation-organisation"),
    ),
    "forward-joined-in": (
        "Shanghai Cooperation Organisation\n\nPakistan: joined in 2017\n",
        ("pak", "memberOf", "shanghai-cooperation-organisation"),
    ),
    "members-list": (
        "Pacific Islands Forum\n\nMembers:\n- Tonga (1971)\n- Fiji (1971)\n",
        ("ton", "memberOf", "pacific-islands-forum"),
    ),
    "organisation-key-on-a-profile": (
        "Mongolia\n• OSCE: member since 2012.\n",
        ("mng", "memberOf", "osce"),
    ),
    "dated-sentence": (
        "ASEAN\n\n1995 – Vietnam is admitted to ASEAN.\n",
        ("vnm", "memberOf", "asean"),
    ),
}


@pytest.mark.parametrize(
    "text, fact", DATED_LAYOUT_LOOK_ALIKES.values(), ids=DATED_LAYOUT_LOOK_ALIKES.keys()
)
def test_dated_layout_look_alikes_keep_their_membership(text, fact):
    assert fact in triples(text)


# --- an event noun whose clause calls it a goal, a priority or years away ---------------------

UNREALISED_NOUNS = {
    "as-a-goal": "Georgia's NATO membership is enshrined in its constitution as a goal.",
    "years-away": "Serbia's EU membership is still years away.",
    "as-a-priority": "Ukraine's EU accession is seen as a priority in Brussels.",
    "as-a-possibility": "Georgia's accession to NATO was described as a possibility by the "
    "alliance.",
    "as-an-aspiration": "Bosnia and Herzegovina's NATO membership is treated as an aspiration.",
    "far-away": "Serbia's EU accession is far away.",
    "as-a-target": "Georgia's accession to NATO is listed as a target in the programme.",
    "as-an-objective": "Albania's EU membership is regarded as an objective for 2030.",
    "many-years-away": "Kosovo's UN membership is many years away.",
    "as-an-aim": "North Macedonia's EU accession was set out as an aim in 2005.",
    "as-distant-as-ever": "Georgia's NATO accession is as distant as ever.",
    "remains-elusive": "Moldova's EU membership remains elusive.",
    "unlikely": "Georgia's NATO membership is unlikely before 2030.",
}


@pytest.mark.parametrize("text", UNREALISED_NOUNS.values(), ids=UNREALISED_NOUNS.keys())
def test_an_event_noun_called_a_goal_or_years_away_states_no_membership(text):
    assert not of_property(triples(text), "memberOf")


NOUN_LOOK_ALIKES = {
    "as-a-guarantee": (
        "Estonia's NATO membership since 2004 is seen as a guarantee of its security.",
        ("est", "memberOf", "nato"),
    ),
    "as-a-constraint": (
        "Armenia's EAEU membership since 2015 is regarded as a constraint.",
        ("arm", "memberOf", "eaeu"),
    ),
    "as-a-success": (
        "Lithuania's EU membership since 2004 has been described as a success.",
        ("ltu", "memberOf", "european-union"),
    ),
    "as-an-asset": (
        "Croatia's NATO membership since 2009 is listed as an asset.",
        ("hrv", "memberOf", "nato"),
    ),
    "other-adverb": (
        "Latvia's NATO membership since 2004 is still valued highly.",
        ("lva", "memberOf", "nato"),
    ),
    "cornerstone": (
        "Poland's NATO membership since 1999 has been a cornerstone of its policy.",
        ("pol", "memberOf", "nato"),
    ),
    "as-a-milestone": (
        "Croatia's accession to the EU in 2013 was celebrated as a milestone.",
        ("hrv", "memberOf", "european-union"),
    ),
    "as-a-turning-point": (
        "Sweden's accession to NATO in March 2024 is regarded as a turning point.",
        ("swe", "memberOf", "nato"),
    ),
    "began": ("Croatia's NATO membership began in 2009.", ("hrv", "memberOf", "nato")),
    "rarely-questioned": (
        "Sweden's EU membership since 1995 was rarely questioned.",
        ("swe", "memberOf", "european-union"),
    ),
}


@pytest.mark.parametrize("text, fact", NOUN_LOOK_ALIKES.values(), ids=NOUN_LOOK_ALIKES.keys())
def test_event_noun_look_alikes_keep_their_membership(text, fact):
    assert fact in triples(text)
