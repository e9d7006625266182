"""The dependency reading of the trigger lines (syntax.py): fillers found by their dependency
relations to the trigger however far apart they stand, and the look-alikes it leaves alone."""

from __future__ import annotations

import pytest
from fact_cases import extraction_rules, extraction_triples

import kzgraph.extract
from kzgraph import syntax
from kzgraph.documents import document_from_text
from kzgraph.extract import extract_document, trig_bytes


@pytest.fixture
def alone(monkeypatch):
    """The relation rules and the trigger fallback off: what the dependency reading alone
    makes of a sentence (the earlier stages grow, so what they miss today may be theirs)."""
    monkeypatch.setattr(kzgraph.extract, "extract_relations", lambda *args, **kwargs: [])
    monkeypatch.setattr(
        kzgraph.extract.triggers, "extract_trigger_facts", lambda *args, **kwargs: []
    )


def _extract(text: str):
    return extract_document(document_from_text(text, "syntax-test"))


# (the line read, a sentence whose fillers stand apart from the trigger, triples it must give)
POSITIVES = [
    # a relative clause's object, its subject and a date attached to the verb
    ("co-founded-organisation",
     "The Organisation of Turkic States, which Turkey co-founded in 2009 with little fanfare, "
     "met in Baku.",
     {("tur", "coFounderOf", "organization-of-turkic-states"),
      ("founding-membership-tur-organization-of-turkic-states", "startDate", "2009")}),
    # a shared subject across a relative clause
    ("joined-organisation",
     "Mongolia, which joined the World Trade Organization on 29 January 1997, trades widely.",
     {("mng", "memberOf", "wto"), ("membership-mng-wto", "startDate", "1997-01-29")}),
    # "whose members include A, B and C": the relative clause's head owns the members
    ("organisation-members-are",
     "The Shanghai Cooperation Organisation, whose members now include India, Pakistan and "
     "Iran, met in Astana.",
     {("ind", "memberOf", "shanghai-cooperation-organisation"),
      ("pak", "memberOf", "shanghai-cooperation-organisation"),
      ("irn", "memberOf", "shanghai-cooperation-organisation")}),
    # a participle apposition: the agent's list, the head noun as the organisation
    ("organisation-founded-by",
     "The Commonwealth of Independent States, founded by Belarus, Russia and Ukraine under an "
     "accord struck in a hunting lodge, gave way to nothing.",
     {("blr", "coFounderOf", "cis"), ("rus", "coFounderOf", "cis"), ("ukr", "coFounderOf", "cis")}),
    # a noun apposition with its own date
    ("member-of-organisation",
     "Turkmenistan, a member of the Economic Cooperation Organization since 1992, hosted the "
     "meeting.",
     {("tkm", "memberOf", "economic-cooperation-organization"),
      ("membership-tkm-economic-cooperation-organization", "startDate", "1992")}),
    # a coordinated subject of a copula and a trigger noun
    ("became-member-of-organisation",
     "Tajikistan and Uzbekistan, after a decade of reforms, became members of the Asian "
     "Development Bank in 1998.",
     {("tjk", "memberOf", "adb"), ("uzb", "memberOf", "adb"),
      ("membership-tjk-adb", "startDate", "1998"), ("membership-uzb-adb", "startDate", "1998")}),
    # a fronted participle: the main clause's subject, the agent's leaders "of" their states
    ("treaty-signed-by-states",
     "Signed in Almaty on 4 March 1999 by the presidents of Kyrgyzstan and Tajikistan, the "
     "Treaty on Eternal Friendship entered into force a year later.",
     {("treaty-on-eternal-friendship", "signatory", "kgz"),
      ("treaty-on-eternal-friendship", "signatory", "tjk"),
      ("treaty-on-eternal-friendship", "signingDate", "1999-03-04"),
      ("treaty-on-eternal-friendship", "signingPlace", "almaty")}),
    # "along with": the states beside the subject
    ("member-of-organisation",
     "Uzbekistan is a member of the Organisation of Islamic Cooperation along with Turkmenistan "
     "and Azerbaijan.",
     {("uzb", "memberOf", "oic"), ("tkm", "memberOf", "oic"), ("aze", "memberOf", "oic")}),
    # "with which": the relative clause's head; "26 May" is no modal "may"
    ("relations-with-state",
     "Mongolia, with which Kyrgyzstan established diplomatic relations on 26 May 1992, opened "
     "an embassy.",
     {("kgz", "hasDiplomaticRelationsWith", "mng"),
      ("diplomatic-relations-kgz-mng-1992-05-26", "date", "1992-05-26")}),
    # "as the successor of": a predicate of the verb's subject
    ("organisation-successor-of",
     "The Eurasian Economic Union was created in 2015 as the successor of the Eurasian Economic "
     "Community.",
     {("eaeu", "predecessor", "eurasec")}),
    # "whose" after a date: the name before the date's preposition owns the members
    ("organisation-members-are",
     "The accord was turned into the Organisation of Turkic States in 2021, whose members today "
     "are Azerbaijan, Kyrgyzstan, Turkey and Uzbekistan.",
     {("aze", "memberOf", "organization-of-turkic-states"),
      ("uzb", "memberOf", "organization-of-turkic-states")}),
    # a light word of the line ("summit") stands for the name that qualifies it
    ("city-hosted-summit",
     "Samarkand, which hosted the Shanghai Cooperation Organisation summit in September 2022, "
     "lies in Uzbekistan.",
     {("summit-shanghai-cooperation-organisation-samarkand-2022-09", "startDate", "2022-09")}),
    # a contrast after ", while" is a part of its own: its negation is not this clause's
    ("member-of-organisation",
     "Armenia and Belarus, unlike their western neighbours, are members of the Collective "
     "Security Treaty Organization, while Moldova is not.",
     {("arm", "memberOf", "csto"), ("blr", "memberOf", "csto")}),
    # a title before the subject is part of its phrase ("the office before a name" hedge)
    ("visit-to-place",
     "Japanese Prime Minister Fumio Kishida, whose government had long courted the region, visited "
     "Tashkent on 28 August 2024.",
     {("visit-fumio-kishida-tashkent-2024-08-28", "destination", "tashkent")}),
    # the inviter under the visit's phrase, anywhere in the verb's clause
    ("visit-to-place",
     "Recep Tayyip Erdogan arrived in Baku on 14 June 2021 for a state visit at the invitation "
     "of President Ilham Aliyev.",
     {("visit-recep-tayyip-erdogan-baku-2021-06-14", "invitedBy", "ilham-aliyev")}),
    # the phrase's preposition fronted by a relative clause: "of which X is a member"
    ("member-of-organisation",
     "The Organisation of Islamic Cooperation, of which Azerbaijan has been a member since "
     "1991, met in Baku.",
     {("aze", "memberOf", "oic"), ("membership-aze-oic", "startDate", "1991")}),
    # the organisation qualifying the trigger noun, in an apposition with its own date
    ("state-is-organisation-member",
     "Mongolia, a World Trade Organization member since 1997, trades mostly with China.",
     {("mng", "memberOf", "wto"), ("membership-mng-wto", "startDate", "1997")}),
    # a length with no preposition of its own, on the trigger noun
    ("shares-border-with",
     "Tajikistan, which shares a 1,206 km border with Afghanistan, guards it closely.",
     {("tjk", "sharesBorderWith", "afg"), ("border-afg-tjk", "lengthKm", "1206")}),
    # an object conjunct the verb is left out of, with its own date
    ("joined-organisation",
     "Azerbaijan, long courted by both blocs, joined the Council of Europe in 2001 and the "
     "Organisation of Islamic Cooperation in 1991.",
     {("membership-aze-council-of-europe", "startDate", "2001"),
      ("membership-aze-oic", "startDate", "1991")}),
    # a value slot among the line's right slots; a noun trigger as a line verb's subject
    ("pair-established-relations",
     "Georgia and Armenia, after years of dispute over a border village, established "
     "diplomatic relations on 17 December 1992.",
     {("diplomatic-relations-arm-geo-1992-12-17", "date", "1992-12-17")}),
    ("relations-between-pair-dated",
     "Diplomatic relations between Mongolia and Georgia, long dormant, were established on 28 "
     "May 1992.",
     {("diplomatic-relations-geo-mng-1992-05-28", "date", "1992-05-28")}),
    # an ordinal before the trigger noun; a coordinated clause's own date is not this fact's
    ("became-member-of-organisation",
     "Tajikistan became the 146th member of the Asian Development Bank on 5 April 1998 and "
     "opened a mission in Manila in 2001.",
     {("membership-tjk-adb", "startDate", "1998-04-05")}),
    # "Among its members are A, B": the organisation under discussion (references.py)
    ("organisation-members-are",
     "The Organisation of Turkic States held its first summit in 2011. Among its members are "
     "Azerbaijan, Kyrgyzstan and Uzbekistan.",
     {("aze", "memberOf", "organization-of-turkic-states"),
      ("kgz", "memberOf", "organization-of-turkic-states"),
      ("uzb", "memberOf", "organization-of-turkic-states")}),
    # the line's "beside" preposition: "co-founded O with A and B"
    ("co-founded-organisation",
     "The Organisation of Turkic States, which Turkey co-founded with Kyrgyzstan and Azerbaijan "
     "in 2009, met in Baku.",
     {("tur", "coFounderOf", "organization-of-turkic-states"),
      ("kgz", "coFounderOf", "organization-of-turkic-states"),
      ("aze", "coFounderOf", "organization-of-turkic-states")}),
    # a summit named by an "of" phrase, its place and date on the participle after the name
    ("organisation-summit-in-city",
     "The summit of the Organisation of Turkic States, held in Samarkand on 11 November 2022, "
     "focused on trade.",
     {("summit-organization-of-turkic-states-samarkand-2022-11-11", "heldIn", "samarkand")}),
]  # fmt: skip


@pytest.mark.parametrize(("line", "text", "expected"), POSITIVES, ids=[p[0] for p in POSITIVES])
def test_dependency_reading_finds_far_fillers(alone, line, text, expected):
    extraction = _extract(text)
    assert expected <= extraction_triples(extraction)
    assert f"syntax:{line}" in extraction_rules(extraction)


NEGATIVES = [
    "Georgia will not join the Eurasian Economic Union, which Russia founded with Belarus.",
    "Georgia did not join the World Trade Organization, which it entered talks with in 1996.",
    "Georgia, which had planned to join the Eurasian Economic Union in 2015, changed course.",
    "Mongolia joined the Shanghai Cooperation Organisation as an observer in 2004.",
    "Turkey and Azerbaijan held talks on joining the Eurasian Economic Union in 2019.",
    "Azerbaijan, a partner of the Shanghai Cooperation Organisation since 2015, hosted a forum.",
    "If Georgia joined the Eurasian Economic Union, Armenia would gain a land route.",
    "Did Mongolia join the World Trade Organization in 1997?",
    # a list in another clause: the states after the semicolon joined later, founded nothing
    "The Asian Development Bank was founded in 1966 by Japan and the Philippines; India, "
    "Nepal and Bhutan joined it later.",
    # a date stated by reference: the node would lack it
    "In the same year Georgia became a member of the Organisation of the Black Sea Economic "
    "Cooperation.",
    # beside the subject, but not a state: the list is not the slot's
    "Uzbekistan is a member of the Organisation of Islamic Cooperation along with the Asian "
    "Development Bank.",
    # a summit without its date would be another node
    "Leaders met at the summit of the Organisation of Turkic States, held in Samarkand, to "
    "discuss trade.",
    # planned and partner look-alikes of the same constructions
    "The next summit of the Organisation of Turkic States, to be held in Samarkand on 11 "
    "November 2030, is planned.",
    # a relative clause after a qualified head may speak of the head
    "The capital of Georgia, which joined the Asian Development Bank in 2007, lies on the Kura.",
    # another state between a shared subject and its second verb
    "Georgia signed an accord with Turkey and joined the World Trade Organization in 2000.",
    # a trigger noun qualified by a word not the line's, under a verb not the line's
    "Kyrgyzstan has had uneasy diplomatic relations with Tajikistan since 1992.",
    "Turkey praised Azerbaijan's chairmanship of the Organisation of Islamic Cooperation in 2019.",
    # the founding date stands in a relative clause the reading cannot attach
    "Turkey and Georgia co-founded the Organization of the Black Sea Economic Cooperation, which "
    "came into being on 1 May 1999.",
    # a list of dates: whose is which?
    "Georgia and Moldova joined the World Trade Organization in 2000 and 2001.",
    # a date on another phrase's noun ("for a visit to X on D"): not the verb's
    "Ilham Aliyev flew to Tbilisi for a visit to the Asian Development Bank office on 3 May 2019.",
    # "its" of a state, or of observers: no organisation's members listed
    "Hungary is a partner of Turkey. Among its members are Azerbaijan and Uzbekistan.",
    "The Organisation of Turkic States held its first summit in 2011. Among its observers are "
    "Hungary and Turkmenistan.",
    # a meeting of ministers is no summit; a summit to come is none yet
    "Samarkand hosted the Shanghai Cooperation Organisation foreign ministers in September 2022.",
    "Samarkand, which will host the Shanghai Cooperation Organisation summit in September 2030, "
    "lies in Uzbekistan.",
    # the relative clause follows a phrase inside the head's: its noun may be meant
    "Moldova, unlike Armenia, which joined the Eurasian Economic Union in 2015, stayed out.",
    # an undated node where the sentence dates it elsewhere: the node would lack the date
    "Uzbekistan is a founding member of the Organisation of Turkic States, established on 3 "
    "October 2009, and a member of the Asian Development Bank.",
    "The Organisation of Turkic States, founded by Azerbaijan, Kazakhstan and Turkey under an "
    "accord signed in Nakhchivan on 3 October 2009, met in Baku.",
    "The Organisation of Turkic States, whose founding members in 2009 were Azerbaijan and "
    "Turkey, met in Baku.",
    # an inviter who is no person named: the visit is not stated whole
    "Recep Tayyip Erdogan arrived in Baku on 14 June 2021 for a state visit at the invitation "
    "of his counterpart.",
    # the negated clause before ", while" stays negated
    "Moldova is not a member of the Collective Security Treaty Organization, while Armenia is.",
    # an undated object before a dated conjunct: the date may be both's
    "Azerbaijan joined the Council of Europe and, with Georgia, the Organisation of Islamic "
    "Cooperation in 1991.",
    # an "as" phrase not the line's own: a virtual summit is held nowhere
    "Samarkand hosted the Shanghai Cooperation Organisation summit on 4 July 2023 as an online "
    "meeting.",
    # "of which" a state is no member, or an observer; "of which" after a qualified head
    "The Organisation of Islamic Cooperation, of which Azerbaijan has never been a member, met "
    "in Baku.",
    "The Organisation of Islamic Cooperation, of which Russia is an observer, met in Baku.",
    "The secretariat of the Organisation of Islamic Cooperation, of which Azerbaijan is a "
    "member, sits in Jeddah.",
    # the qualified noun negated
    "Turkmenistan is not an Asian Development Bank member, some claim wrongly.",
    # one length for two borders: whose is it?
    "Tajikistan, which shares a 2,000 km border with Afghanistan and China, guards it closely.",
    # relations with an unnamed modifier, or under another verb
    "Diplomatic relations between Mongolia and Georgia were frozen on 28 May 1992.",
    # initialled by the ministers, signed later by no one named
    "Initialled in Almaty on 4 March 1999 by the foreign ministers of Kyrgyzstan and "
    "Tajikistan, the Treaty on Eternal Friendship was signed a year later.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_look_alikes_give_nothing(alone, text):
    assert not {r for r in extraction_rules(_extract(text)) if r.startswith("syntax:")}


def test_its_members_are_the_opening_organisations_not_the_last_named(alone):
    """ "its" after a sentence that opened with one organisation and named another last."""
    text = (
        "The Organisation of Turkic States, proposed at the United Nations in 2005, now has "
        "five members. Azerbaijan and Turkey are among its members."
    )
    found = extraction_triples(_extract(text))
    assert {("aze", "memberOf", "organization-of-turkic-states"),
            ("tur", "memberOf", "organization-of-turkic-states")} <= found  # fmt: skip
    assert not {t for t in found if t[2] == "united-nations"}


def test_model_not_loaded_without_need(monkeypatch):
    """A sentence without a trigger phrase and two named entities never loads the parser."""

    def fail():
        raise AssertionError("the parser was loaded")

    monkeypatch.setattr(syntax, "parser", fail)
    _extract("Kazakhstan is a large country. Its capital is Astana, a city on the Ishim.")


def test_extraction_is_deterministic():
    text = POSITIVES[2][1] + " " + POSITIVES[3][1]
    assert trig_bytes(_extract(text).quads) == trig_bytes(_extract(text).quads)
