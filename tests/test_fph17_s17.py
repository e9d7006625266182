"""Session 17's probe of regions and registers the corpora rarely cover (brief FPH17: the Gulf,
the Maghreb, the EAC and ECCAS, SAARC and BIMSTEC, CARICOM and the OECS, the Amazon and the Andes,
Open Balkan, the Ibero-American summits, Korea, the Antarctic Treaty, the Danube and Rhine
commissions): the invented facts' general causes, each with look-alikes that must keep their fact.

- A sentence-start "It|Its" right after a sentence that opened with an organisation's or a
  programme's name the gazetteer lacks ("The Central Commission for the Navigation of the Rhine
  is based in Strasbourg. Its members are ...") is that body, not the organisation under
  discussion (references._opens_with_unknown_organisation); after a sentence opened by a named
  programme it is the programme ("The CAREC Program covers eleven countries. Its members are").
- A meeting body named "<Council|Conference> of Heads|Ministers of the <organisation>" is no
  organisation of its own: the acronym in brackets after it ("... of the Caribbean Community
  (CARICOM)") names the organisation (names.jsonl name-organisation-of refuses those words).
- "Under the T, A reaffirmed|reaffirms its commitment to respect the independence of B" is a
  later statement of a party, not the treaty's guarantee (rec16b-under-treaty-states-undertook-
  to-respect keeps the treaty's own present "reaffirm" and "undertook").
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="fph17")


def of_property(found: set, prop: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in found if p == prop}


# --- "It|Its" after a sentence opened by a body the gazetteer lacks ----------------------------

SCO = "The Shanghai Cooperation Organisation held a summit in Astana. "
SCO_KEY = "shanghai-cooperation-organisation"

OTHER_BODY_ITS = {
    "rhine-after-sco": SCO + "The Central Commission for the Navigation of the Rhine is based in "
    "Strasbourg. Its members are Belgium, France and Switzerland.",
    "rhine-after-danube": "The Danube Commission marked its 75th anniversary in 2023. Its members "
    "are Austria, Hungary and Serbia. The Central Commission for the Navigation of the Rhine is "
    "based in Strasbourg. Its members are Belgium, France and Switzerland.",
    "secretariat-members": "The Eurasian Development Bank lent $1 billion. The Pacific Islands "
    "Forum Secretariat is based in Suva. Its members are Fiji and Samoa.",
    "commission-founded-by": SCO + "The Mekong River Commission is based in Vientiane. It was "
    "founded by Cambodia, Laos, Thailand and Vietnam in 1995.",
    "initiative-admitted": "Kazakhstan chaired the Organization of Turkic States in 2023. The Bay "
    "of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation was set up in "
    "1997. It admitted Nepal and Bhutan in 2004.",
    "programme-members": "The Organization of Turkic States held a summit in Astana. The Central "
    "Asian Regional Economic Cooperation Program covers eleven countries. Its members are "
    "Afghanistan, Mongolia and Pakistan.",
    "court-members": "The Commonwealth of Independent States was founded in 1991. The Economic "
    "Court of the CIS sits in Minsk. Its members are Belarus and Russia.",
}


@pytest.mark.parametrize("text", OTHER_BODY_ITS.values(), ids=OTHER_BODY_ITS.keys())
def test_its_after_an_unknown_body_is_not_the_topic(text):
    found = triples(text)
    wrong = {SCO_KEY, "danube-commission", "eurasian-development-bank",
             "organization-of-turkic-states", "cis"}  # fmt: skip
    named_later = {"bel", "fra", "che", "fji", "wsm", "khm", "lao", "tha", "vnm", "npl", "btn",
                   "afg", "mng", "pak", "blr", "rus"}  # fmt: skip
    for prop in ("memberOf", "coFounderOf"):
        assert not {(s, o) for s, o in of_property(found, prop) if o in wrong and s in named_later}


KEEPS_TOPIC = {
    "known-org-opens": (
        "The Shanghai Cooperation Organisation was founded in 2001. Its members are China, Russia "
        "and Kazakhstan.",
        {("chn", SCO_KEY), ("rus", SCO_KEY)},
    ),
    "one-capitalised-body-word": (
        "The Organization of Turkic States was founded in 2009. The Council met in Baku. Its "
        "members are Turkey and Azerbaijan.",
        {("tur", "organization-of-turkic-states"), ("aze", "organization-of-turkic-states")},
    ),
    "titled-heads": (
        SCO + "The Heads of State met on 4 July. Its members are China, Russia and India.",
        {("chn", SCO_KEY), ("ind", SCO_KEY)},
    ),
    "another-known-org-opens": (
        SCO + "The Eurasian Economic Union was founded in 2014. Its members are Armenia and "
        "Belarus.",
        {("arm", "eaeu"), ("blr", "eaeu")},
    ),
    "named-org-with-unknown-shape": (
        "The Shanghai Cooperation Organisation held a summit in Minsk. The Economic Community of "
        "Central African States was established in Libreville. Its members are Angola, Chad and "
        "Gabon.",
        {("ago", "economic-community-of-central-african-states")},
    ),
    "its-body-opens": (
        "The Eurasian Economic Union held a summit in Minsk. The Gulf Cooperation Council "
        "Secretariat General is based in Riyadh. Its members are Bahrain, Kuwait and Oman.",
        {("bhr", "gulf-cooperation-council"), ("kwt", "gulf-cooperation-council")},
    ),
    "same-sentence-topic": (
        SCO.replace("Astana.", "Astana in 2024.") + "Its members are China, Russia and India.",
        {("rus", SCO_KEY)},
    ),
    "unknown-name-opens-later-its": (
        "Kazakhstan joined the Organisation of Islamic Cooperation in 1995. The Islamic "
        "Development Bank was founded in 1973. Its members include Kazakhstan.",
        {("kaz", "islamic-development-bank")},
    ),
}


@pytest.mark.parametrize(("text", "expected"), KEEPS_TOPIC.values(), ids=KEEPS_TOPIC.keys())
def test_its_after_a_known_or_plain_opening_keeps_its_organisation(text, expected):
    assert expected <= of_property(triples(text), "memberOf")


# --- a meeting body's name is not the organisation its acronym names ---------------------------

ORGANISATION_OF_BODY = {
    "conference-of-heads-acronym": (
        "Leaders met at the Conference of Heads of Government of the Caribbean Community "
        "(CARICOM) in July. Haiti became a full member of CARICOM in 2002.",
        ("hti", "caricom"),  # known to the gazetteer since session 23
    ),
    "council-of-ministers-acronym": (
        "Ministers gathered for the Council of Foreign Ministers of the Arab Maghreb Union (AMU) "
        "in Rabat. Libya is a member of the AMU.",
        ("lby", "arab-maghreb-union"),
    ),
    "council-of-heads-of-state": (
        "The Council of Heads of State of the Andean Community met in Lima. Bolivia is a member of "
        "the Andean Community.",
        ("bol", "andean-community"),
    ),
    "organisation-of-states": (
        "Grenada is a member of the Organisation of Eastern Caribbean States.",
        ("grd", "organisation-of-eastern-caribbean-states"),
    ),
    "organisation-of-unions": (
        "Kenya joined the Organisation of African Trade Unions in 1980.",
        ("ken", "organisation-of-african-trade-unions"),
    ),
    "union-of-nations": (
        "Chile is a member of the Union of Andean Nations.",  # a name the gazetteer lacks
        ("chl", "union-of-andean-nations"),
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), ORGANISATION_OF_BODY.values(), ids=ORGANISATION_OF_BODY.keys()
)
def test_a_body_of_heads_or_ministers_is_not_the_organisation(text, expected):
    members = of_property(triples(text), "memberOf")
    assert expected in members
    assert not {o for _, o in members if o.startswith(("conference-of-", "council-of-"))}


NO_BODY_FACT = {
    "chaired-conference-of-heads": "Jamaica chaired the Conference of Heads of Government of the "
    "Caribbean Community in 2023.",
    "hosted-conference-of-heads": "Spain hosted the Conference of Heads of State and Government of "
    "the Ibero-American Community in 2018.",
    "council-of-ministers-met": "The Council of Ministers of the Nordic Council met in Oslo.",
}


@pytest.mark.parametrize("text", NO_BODY_FACT.values(), ids=NO_BODY_FACT.keys())
def test_a_body_of_heads_gets_no_fact_of_its_own(text):
    assert not {o for s, p, o in triples(text) if "heads" in o or "ministers" in o}
    assert not {s for s, p, o in triples(text) if "heads" in s or "ministers" in s}


# --- a party's later reaffirmation is no guarantee ------------------------------------------------

MSA = "memorandum-on-security-assurances"

NO_GUARANTOR = {
    "party-reaffirmed": "Under the Budapest Memorandum, Kazakhstan reaffirmed its commitment to "
    "respect the independence of Ukraine.",
    "party-reaffirms": "Under the Treaty of Friendship, Uzbekistan reaffirms its commitment to "
    "respect the sovereignty of Tajikistan.",
    "dated-reaffirmed": "In 2014, under the Budapest Memorandum, the United States reaffirmed its "
    "commitment to respect the independence of Ukraine.",
}


@pytest.mark.parametrize("text", NO_GUARANTOR.values(), ids=NO_GUARANTOR.keys())
def test_a_later_reaffirmation_names_no_guarantor(text):
    assert not of_property(triples(text), "guarantor")


GUARANTORS = {
    "treaty-words-reaffirm": (
        "Under the Memorandum on Security Assurances, Russia, the United Kingdom and the United "
        "States reaffirm their commitment to respect the independence and sovereignty of "
        "Kazakhstan.",
        {(MSA, "rus"), (MSA, "usa")},
    ),
    "undertook": (
        "Kazakhstan recalls that under the Budapest Memorandum on Security Assurances, signed in "
        "Budapest on 5 December 1994, the United States, the United Kingdom and Russia undertook "
        "to respect the independence and sovereignty of our country.",
        {("budapest-memorandum", "gbr"), ("budapest-memorandum", "rus")},
    ),
    "pledged": (
        "Under the Budapest Memorandum, Russia pledged to respect the territorial integrity of "
        "Ukraine.",
        {("budapest-memorandum", "rus")},
    ),
}


@pytest.mark.parametrize(("text", "expected"), GUARANTORS.values(), ids=GUARANTORS.keys())
def test_the_treatys_own_undertaking_keeps_its_guarantors(text, expected):
    assert expected <= of_property(triples(text), "guarantor")
