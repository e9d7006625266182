"""Wordings two blind reviewers wrote that the extractor missed (brief REC10B), each read as the
general construction it belongs to and tested in other wording with other entities, with
look-alikes that must give nothing:

- summits: "The leaders|heads of state [and government]|presidents of [the] O [member states]
  met|gathered|convened in C on D" opening the sentence with "the"; "C played host to|hosted|
  welcomed the leaders|heads of state of [the] O [member states] on D"; "the O's C summit [in|on
  D]" (relations.jsonl rec10b-*);
- visits: "V's [first|second|third|return] [official|state|working] visit to P [finally|
  eventually] took place in D" (possessive-visit-took-place, widened);
- diplomatic relations: "[The year] D saw A and B establish|open diplomatic relations", "D saw
  the establishment of diplomatic relations between A and B";
- heads of state with the copula inverted: "[Since D] the head of state|president of S is|has
  been P";
- co-founding inverted: "Among the founders|co-founders|founding members of O [in D] were A, B
  and C";
- predecessor: "O took over from P" between two international organisations;
- chairmanship handed over with the organisation before its noun: "A handed the O chairmanship
  to B in Y";
- membership after an observer's apposition: "X, an O observer|partner since D1, became a full
  member in D2" (the observer status itself gives nothing);
- located-in: "C, a <demonym> city|town on|in|near ..." (city-apposition-demonym-town, widened);
- programmes: "X became a member of O's P" (member-of-org-possessive-programme, widened);
- a subject gap that keeps the verb's object: "A joined O1 in D1, and B O2 in D2"
  (gapping._object_onward);
- capitals: "S's capital [and largest city] is|remains C", "the <demonym> capital is C", "Its
  capital is C" after a sentence that opened with S (references._opening_entity: not the "A" of
  "A's neighbour B is ...", whose sentence is about B);
- the present count after a past one, its noun left out: "O had N participating states|member
  states|members in D and now has M";
- "its chairmanship|presidency" (not "... of") is the one international organisation named near
  before it (references.jsonl ref-rec10b-its-chairmanship, `its:`).
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples

SCO = "shanghai-cooperation-organisation"
OTS = "organization-of-turkic-states"


def triples(text: str) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="rec10b")


def having(text: str, prop: str) -> set[tuple[str, str, str]]:
    return {t for t in triples(text) if t[1] == prop}


# --- summits ------------------------------------------------------------------------------------

SUMMITS = [
    ("The leaders of the CIS met in Dushanbe on 14 October 2022.", "cis", "dushanbe", "2022-10-14"),
    (
        "The heads of state and government of the OIC gathered in Islamabad on 23 March 2022.",
        "oic",
        "islamabad",
        "2022-03-23",
    ),
    (
        "The presidents of the Organization of Turkic States convened in Samarkand on 11 "
        "November 2022.",
        OTS,
        "samarkand",
        "2022-11-11",
    ),
    (
        "The heads of state of the SCO member states met in Samarkand on 15 September 2022.",
        SCO,
        "samarkand",
        "2022-09-15",
    ),
    (
        "Bishkek played host to the leaders of the CSTO on 28 November 2019.",
        "csto",
        "bishkek",
        "2019-11-28",
    ),
    (
        "Dushanbe hosted the heads of state of the CIS member states on 14 October 2022.",
        "cis",
        "dushanbe",
        "2022-10-14",
    ),
    (
        "Tashkent welcomed the presidents of the Organization of Turkic States on 11 November "
        "2022.",
        OTS,
        "tashkent",
        "2022-11-11",
    ),
    ("The CSTO's Minsk summit on 23 November 2023 ended early.", "csto", "minsk", "2023-11-23"),
    (
        "The CIS's Dushanbe summit in October 2022 adopted a statement.",
        "cis",
        "dushanbe",
        "2022-10",
    ),
]


@pytest.mark.parametrize("text,org,city,date", SUMMITS)
def test_summit_wordings(text, org, city, date):
    found = triples(text)
    summit = {s for s, p, o in found if p == "heldIn" and o == city}
    assert len(summit) == 1
    (node,) = summit
    assert (node, "organisation", org) in found
    assert (node, "startDate", date) in found


NOT_SUMMITS = [
    "The foreign ministers of the SCO met in Tashkent on 29 July 2022.",
    "The leaders of the CIS will meet in Bishkek on 10 October 2024.",
    "The leaders of the CIS met in Dushanbe on 14 October 2022 ahead of the summit.",
    "Tashkent hosted the foreign ministers of the SCO on 29 July 2022.",
    "Minsk will play host to the leaders of the CSTO on 23 November 2023.",
    "The CSTO's upcoming Minsk summit was discussed.",
]


@pytest.mark.parametrize("text", NOT_SUMMITS)
def test_summit_look_alikes(text):
    assert having(text, "heldIn") == set()


# --- visits -------------------------------------------------------------------------------------

VISITS = [
    ("Putin's state visit to Astana took place on 9 November 2023.", "vladimir-putin", "astana"),
    (
        "Erdogan's first official visit to Tashkent took place in March 2022.",
        "recep-tayyip-erdogan",
        "tashkent",
    ),
    (
        "Xi Jinping's visit to Nur-Sultan eventually took place in September 2022.",
        "xi-jinping",
        "astana",
    ),
    (
        "Putin's second state visit to Tashkent finally took place in May 2022.",
        "vladimir-putin",
        "tashkent",
    ),
]


@pytest.mark.parametrize("text,visitor,place", VISITS)
def test_visit_took_place(text, visitor, place):
    found = triples(text)
    nodes = {s for s, p, o in found if p == "visitor" and o == visitor}
    assert len(nodes) == 1
    assert (nodes.pop(), "destination", place) in found


NOT_VISITS = [
    "Putin's visit to Astana was to take place in May 2023.",
    "Putin's visit to Astana did not take place in May 2023.",
    "Putin's visit to Astana, postponed twice, finally took place in May 2023.",
    "Putin's planned visit to Astana took place in May 2023.",
]


@pytest.mark.parametrize("text", NOT_VISITS)
def test_visit_look_alikes(text):
    assert having(text, "visitor") == set()


# --- diplomatic relations -----------------------------------------------------------------------

RELATIONS = [
    ("The year 1993 saw Uzbekistan and Turkey establish diplomatic relations.", "tur", "uzb"),
    ("1992 saw Kyrgyzstan and China open diplomatic ties.", "chn", "kgz"),
    (
        "The year 1994 saw the establishment of diplomatic relations between Tajikistan and Iran.",
        "irn",
        "tjk",
    ),
    ("1995 saw Mongolia and Georgia set up diplomatic relations.", "geo", "mng"),
]


@pytest.mark.parametrize("text,a,b", RELATIONS)
def test_year_saw_relations(text, a, b):
    assert (a, "hasDiplomaticRelationsWith", b) in triples(text)


NOT_RELATIONS = [
    "The year 1992 saw Uzbekistan and Turkey sign a treaty.",
    "The year 2001 saw Georgia and Russia break off diplomatic relations.",
    "The year 1993 saw Uzbekistan and Turkey fail to establish diplomatic relations.",
    "The year 1993 saw Uzbekistan and Turkey discuss diplomatic relations.",
]


@pytest.mark.parametrize("text", NOT_RELATIONS)
def test_year_saw_look_alikes(text):
    assert having(text, "hasDiplomaticRelationsWith") == set()


# --- heads of state -----------------------------------------------------------------------------

HEADS = [
    ("The president of Uzbekistan is Shavkat Mirziyoyev.", "shavkat-mirziyoyev", "uzb"),
    (
        "Since 2016 the head of state of Uzbekistan has been Shavkat Mirziyoyev.",
        "shavkat-mirziyoyev",
        "uzb",
    ),
    ("The head of state of Kyrgyzstan is Sadyr Japarov.", "sadyr-japarov", "kgz"),
    ("Since 2017 the President of Azerbaijan has been Ilham Aliyev.", "ilham-aliyev", "aze"),
]


@pytest.mark.parametrize("text,person,state", HEADS)
def test_head_of_state_inverted(text, person, state):
    assert (person, "headOfStateOf", state) in triples(text)


NOT_HEADS = [
    "The vice president of Iran is Mohammad Mokhber.",
    "The president of Kyrgyzstan is expected to visit Astana.",
    "The head of state of Kyrgyzstan is elected for five years.",
]


@pytest.mark.parametrize("text", NOT_HEADS)
def test_head_of_state_look_alikes(text):
    assert having(text, "headOfStateOf") == set()


# --- co-founding --------------------------------------------------------------------------------

FOUNDERS = [
    (
        "Among the founders of the CSTO in 1992 were Armenia, Russia and Tajikistan.",
        "csto",
        {"arm", "rus", "tjk"},
    ),
    ("Among the founding members of the SCO in 2001 were China and Russia.", SCO, {"chn", "rus"}),
    ("Among the co-founders of the CIS in 1991 were Belarus and Ukraine.", "cis", {"blr", "ukr"}),
    ("Among the original members of the OIC were Iran and Turkey.", "oic", {"irn", "tur"}),
]


@pytest.mark.parametrize("text,org,founders", FOUNDERS)
def test_among_the_founders(text, org, founders):
    found = {s for s, p, o in triples(text) if p == "coFounderOf" and o == org}
    assert found == founders


NOT_FOUNDERS = [
    "Among the members of the CSTO were Armenia and Belarus.",
    "Among the observers of the SCO in 2005 were Iran and India.",
    "Among the critics of the CSTO in 2022 were Armenia and Georgia.",
]


@pytest.mark.parametrize("text", NOT_FOUNDERS)
def test_among_the_founders_look_alikes(text):
    assert having(text, "coFounderOf") == set()


# --- predecessor --------------------------------------------------------------------------------

PREDECESSORS = [
    (
        "The African Union took over from the Organisation of African Unity in 2002.",
        "african-union",
        "organisation-of-african-unity",
    ),
    (
        "The Organization of Turkic States took over from the Turkic Council in 2021.",
        OTS,
        "cooperation-council-of-turkic-speaking-states",
    ),
    (
        "The CSTO took over from the CIS Collective Security Council.",
        "csto",
        "cis-collective-security-council",
    ),
]


@pytest.mark.parametrize("text,org,predecessor", PREDECESSORS)
def test_took_over_from(text, org, predecessor):
    assert (org, "predecessor", predecessor) in triples(text)


NOT_PREDECESSORS = [
    "The OSCE took over from the UN as the main mediator in 1994.",
    "The OSCE took over from the UN the task of monitoring the ceasefire.",
    "The OSCE took over from the UN's mission in 1994.",
    "Azerbaijan took over from Uzbekistan as chair in 2023.",
    "The OSCE will take over from the UN in 2025.",
]


@pytest.mark.parametrize("text", NOT_PREDECESSORS)
def test_took_over_from_look_alikes(text):
    assert having(text, "predecessor") == set()


# --- chairmanship handed over -------------------------------------------------------------------

HANDOVERS = [
    ("Kyrgyzstan handed the SCO chairmanship to Kazakhstan in 2019.", SCO, "kaz", "kgz"),
    ("Uzbekistan passed the CIS rotating presidency to Kyrgyzstan in 2023.", "cis", "kgz", "uzb"),
    ("In 2022, Kazakhstan handed over the CICA chairmanship to Azerbaijan.", "cica", "aze", "kaz"),
    ("Russia transferred the CSTO chairmanship to Belarus in 2023.", "csto", "blr", "rus"),
]


@pytest.mark.parametrize("text,org,chair,giver", HANDOVERS)
def test_handed_org_chairmanship_to(text, org, chair, giver):
    chaired = having(text, "chairedBy")
    assert (org, "chairedBy", chair) in chaired
    assert (org, "chairedBy", giver) not in chaired


NOT_HANDOVERS = [
    "Kyrgyzstan will hand the SCO chairmanship to Kazakhstan in 2024.",
    "Kyrgyzstan refused to hand the SCO chairmanship to Kazakhstan in 2019.",
    "Kyrgyzstan proposed to pass the SCO chairmanship to Kazakhstan in 2019.",
]


@pytest.mark.parametrize("text", NOT_HANDOVERS)
def test_handed_chairmanship_look_alikes(text):
    assert having(text, "chairedBy") == set()


# --- membership after an observer's apposition --------------------------------------------------

FULL_MEMBERS = [
    ("India, an SCO observer since 2005, became a full member in 2017.", "ind", SCO, "2017"),
    (
        "Pakistan, an SCO observer state since 2005, was admitted as a full member in 2017.",
        "pak",
        SCO,
        "2017",
    ),
    (
        "Belarus, an SCO partner since 2015, became a full member on 4 July 2024.",
        "blr",
        SCO,
        "2024-07-04",
    ),
    ("Egypt, a BRICS candidate since 2023, became a full member in 2024.", "egy", "brics", "2024"),
]


@pytest.mark.parametrize("text,member,org,date", FULL_MEMBERS)
def test_observer_became_full_member(text, member, org, date):
    found = triples(text)
    assert (member, "memberOf", org) in found
    assert (f"membership-{member}-{org}", "startDate", date) in found


NOT_FULL_MEMBERS = [
    "Mongolia, an SCO observer since 2004, hopes to become a full member in 2030.",
    "Iran, an SCO observer since 2005, became an observer in 2023.",
    "Mongolia, an SCO observer since 2004, remains an observer.",
    "Mongolia, an SCO observer since 2004, did not become a full member in 2023.",
]


@pytest.mark.parametrize("text", NOT_FULL_MEMBERS)
def test_observer_apposition_look_alikes(text):
    assert having(text, "memberOf") == set()


def test_observer_apposition_other_organisation_keeps_its_own():
    found = having(
        "Turkey, an SCO dialogue partner since 2013, became a full member of NATO in 1952.",
        "memberOf",
    )
    assert found == {("tur", "memberOf", "nato")}


# --- located-in by a demonym apposition ---------------------------------------------------------

LOCATED = [
    ("Osh, a Kyrgyz city in the Fergana Valley, hosted the talks.", "osh", "kgz"),
    ("Termez, an Uzbek border town on the Amu Darya, was visited by Tokayev.", "termez", "uzb"),
    ("Batumi, a Georgian port city on the Black Sea, hosted the forum.", "batumi", "geo"),
    ("Aktau, a Kazakh city near the Caspian shore, hosted the forum.", "aktau", "kaz"),
]


@pytest.mark.parametrize("text,city,state", LOCATED)
def test_demonym_city_apposition(text, city, state):
    assert (city, "locatedIn", state) in triples(text)


NOT_LOCATED = [
    "Khujand, a city twinned with a Kazakh one, hosted the talks.",
    "Aktau, the Kazakh city's sister town, hosted the talks.",
]


@pytest.mark.parametrize("text", NOT_LOCATED)
def test_demonym_city_look_alikes(text):
    assert having(text, "locatedIn") == set()


# --- programmes ---------------------------------------------------------------------------------


def test_became_member_of_org_programme():
    for text, state in [
        ("Uzbekistan became a member of NATO's Partnership for Peace in 1994.", "uzb"),
        ("Kyrgyzstan became a participant in NATO's Partnership for Peace.", "kgz"),
    ]:
        assert (state, "participatesInProgramme", "partnership-for-peace") in triples(text)


def test_hoping_to_join_a_programme_is_no_participation():
    text = "Uzbekistan hoped to become a member of NATO's Partnership for Peace."
    assert having(text, "participatesInProgramme") == set()


# --- a subject gap keeping the verb's object ----------------------------------------------------

GAPPED = [
    ("Georgia joined the WTO in 2000, and Armenia the WTO in 2003.", "arm", "wto", "2003"),
    ("Armenia joined the CSTO in 1992, and Belarus the EAEU in 2015.", "blr", "eaeu", "2015"),
    ("Mongolia joined the OSCE in 2012, and Kyrgyzstan the WTO in 1998.", "kgz", "wto", "1998"),
]


@pytest.mark.parametrize("text,member,org,date", GAPPED)
def test_subject_gap_keeps_object(text, member, org, date):
    found = triples(text)
    assert (member, "memberOf", org) in found
    assert (f"membership-{member}-{org}", "startDate", date) in found


def test_subject_gap_keeps_object_chairmanship():
    text = "Kyrgyzstan chaired the SCO in 2019, and Uzbekistan the CIS in 2022."
    assert ("cis", "chairedBy", "uzb") in triples(text)


NOT_GAPPED = [
    "Kazakhstan joined the OSCE in 1992, and Uzbekistan the CSTO.",  # no date of its own
    "Kazakhstan joined the OSCE in 1992, and Uzbekistan the CSTO in 2006 as an observer.",
    "Kazakhstan joined the OSCE in 1992, and Uzbekistan left the CSTO in 2012.",
    "Kazakhstan joined the OSCE in 1992, and Uzbekistan the CSTO in 2006 and 2012.",
]


@pytest.mark.parametrize("text", NOT_GAPPED)
def test_subject_gap_look_alikes(text):
    assert ("uzb", "memberOf", "csto") not in triples(text)


# --- capitals -----------------------------------------------------------------------------------

CAPITALS = [
    ("Kazakhstan's capital is Astana.", "astana", "kaz"),
    ("Uzbekistan's capital and largest city is Tashkent.", "tashkent", "uzb"),
    ("Tajikistan's capital, and largest city, is Dushanbe.", "dushanbe", "tjk"),
    ("The Kyrgyz capital remains Bishkek.", "bishkek", "kgz"),
    ("The Kazakh capital is Astana.", "astana", "kaz"),
]


@pytest.mark.parametrize("text,city,state", CAPITALS)
def test_capital_is(text, city, state):
    assert (city, "capitalOf", state) in triples(text)


NOT_CAPITALS = [
    "The former Kazakh capital is Almaty.",
    "Kazakhstan's old capital is Almaty.",
    "Kazakhstan's capital is not Almaty.",
    "Kazakhstan's capital was Almaty until 1997.",
    "The Kazakh capital is closer to Russia than Almaty is.",
    # "Its" opening a sentence is not the possessive qualifying an apposition to the next name
    "Kazakhstan's neighbour Kyrgyzstan is mountainous. Its capital is Bishkek.",
    "Kazakhstan's southern neighbour, Kyrgyzstan, is mountainous. Its capital is Bishkek.",
    "Russia's ally Belarus is a landlocked country. Its capital is Minsk.",
    "The SCO was founded in Shanghai. Its capital is Beijing.",
]


ITS_CAPITAL = [
    (
        "Kyrgyzstan is a mountainous country in Central Asia. Its capital and largest city is "
        "Bishkek.",
        "bishkek",
        "kgz",
    ),
    ("Georgia lies in the South Caucasus. Its capital is Tbilisi.", "tbilisi", "geo"),
    ("Azerbaijan's economy depends on oil. Its capital is Baku.", "baku", "aze"),
    ("Kazakhstan's relations with Russia are close. Its capital is Astana.", "astana", "kaz"),
]


@pytest.mark.parametrize("text,city,state", ITS_CAPITAL)
def test_its_capital_is(text, city, state):
    assert having(text, "capitalOf") == {(city, "capitalOf", state)}


@pytest.mark.parametrize("text", NOT_CAPITALS)
def test_capital_look_alikes(text):
    assert having(text, "capitalOf") == set()


# --- the present count after a past one ---------------------------------------------------------


def test_present_participating_state_count():
    text = "The OSCE had 35 participating states in 1975 and now has 57."
    assert having(text, "participatingStateCount") == {("osce", "participatingStateCount", "57")}


@pytest.mark.parametrize(
    "text,org,noun,count",
    [
        ("The CIS had 12 member states in 1993 and now has 9.", "cis", "member states", "9"),
        ("NATO had 12 members in 1949 and today has 32.", "nato", "members", "32"),
        ("The SCO had 6 members in 2001, but now has 10; it plans more.", SCO, "members", "10"),
    ],
)
def test_present_member_count(text, org, noun, count):
    found = triples(text)
    node = f"count-{org}-{noun.replace(' ', '-')}-{count}"
    assert (node, "count", count) in found
    assert (node, "countOf", noun) in found
    assert {o for s, p, o in found if p == "count"} == {count}


@pytest.mark.parametrize(
    "text",
    [
        "The OSCE had 35 participating states in 1975 and now has 57 partners.",
        "The OSCE had 35 participating states in 1975 and will soon have 60.",
        "NATO had 12 members in 1949 and now has 32 partners.",
    ],
)
def test_present_count_look_alikes(text):
    found = triples(text)
    assert {p for s, p, o in found} & {"count", "participatingStateCount"} == set()


# --- "its chairmanship": the one organisation named near before ---------------------------------

ITS_CHAIRMANSHIP = [
    ("Uzbekistan joined the SCO in 2001 and took over its chairmanship in 2022.", SCO, "uzb"),
    ("Kyrgyzstan joined the CIS in 1991. In 2022 it took over its chairmanship.", "cis", "kgz"),
    ("Armenia, which joined the CSTO in 1992, took over its chairmanship in 2022.", "csto", "arm"),
    (
        "The SCO met in Astana in 2001. Belarus, a member of the CIS, took over its chairmanship "
        "in 2021.",
        "cis",
        "blr",
    ),
]


@pytest.mark.parametrize("text,org,chair", ITS_CHAIRMANSHIP)
def test_its_chairmanship(text, org, chair):
    assert having(text, "chairedBy") == {(org, "chairedBy", chair)}


NOT_ITS_CHAIRMANSHIP = [
    "Kazakhstan joined the SCO and the CSTO and took over its chairmanship in 2004.",
    "Kazakhstan signed the Treaty on Eurasian Economic Union in 2014 and took over its "
    "chairmanship in 2015.",
    "Kazakhstan joined the SCO in 2001 and hopes to take over its chairmanship in 2030.",
    "Kyrgyzstan joined the CIS in 1991, and Tokayev praised Chevron; Uzbekistan took over its "
    "chairmanship in 2023.",
]


@pytest.mark.parametrize("text", NOT_ITS_CHAIRMANSHIP)
def test_its_chairmanship_look_alikes(text):
    assert having(text, "chairedBy") == set()
