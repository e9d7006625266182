"""Memberships and co-foundings the development sets state in plain English and the extractor
missed (session 19's brief REC19A).

Co-founders named through their leaders or ministers ("O was established in P on D by the
leaders of A, B and C", "O, founded in D by the presidents of A and B"), and "launched" as a
verb of founding in a relative clause with companions ("O, which it launched with A and B in D";
the passive and the participle aside, "O, launched by A, B and C on D", are the trigger line
lex-organisation-formed-by's, kept here as cases). Look-alikes: a body's
organ, a plan, a programme, "launched its chairmanship", a negation, a question, a bloc's own
officials, a predecessor body as the founder, possessive critics.

"It" after a date given by reference opening the sentence ("In November of the same year it
joined O") is "It" opening one. A participle aside on the organisation ("O, a bloc founded by
A and B") states O's own founding, which that date does not date. "It" right after a colon
inside a sentence is the state the sentence opened with ("X is ...: it set up O").

"A and B are members of|belong to O, which they set up [as P] [with C and D] [in P] [on D]":
"they" are the main clause's states, founders of O with the companions, all on the clause's
date; "O was set up as P by A, B and C": P is O's name at its founding. Look-alikes: "which they
joined", a plan, help to fund, a negation, "no longer", "as observers", "set up a fund",
partners, a modal, "as the successor of P", O's organ.

"A, B, C and D – the four members of O – ..." (REC17A's comma apposition with dashes) and "A, B
and the other three members of O". Look-alikes: observers, partners, candidates, former and
would-be members, "not the members", "unlike", a question.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples

SCO = "shanghai-cooperation-organisation"
ECO = "economic-cooperation-organization"
RELATIONS = ("memberOf", "coFounderOf")


def triples(text: str) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="rec19a-s19")


def facts(text: str) -> set[tuple[str, str, str]]:
    return {t for t in triples(text) if t[1] in RELATIONS}


def founders(organisation: str, *states: str) -> set[tuple[str, str, str]]:
    return {(state, "coFounderOf", organisation) for state in states}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Uzbekistan is a member of the Shanghai Cooperation Organisation (SCO), which was"
            " established in Shanghai on 15 June 2001 by the leaders of China, Kazakhstan,"
            " Kyrgyzstan, Russia, Tajikistan and Uzbekistan.",
            founders(SCO, "chn", "kaz", "kgz", "rus", "tjk", "uzb"),
        ),
        (
            "The Shanghai Cooperation Organisation, founded in 2001 by the presidents of China,"
            " Kazakhstan and Russia, met in Astana.",
            founders(SCO, "chn", "kaz", "rus"),
        ),
        (
            "The Organization of Turkic States was set up by the heads of state of Azerbaijan,"
            " Kazakhstan, Kyrgyzstan and Turkey in 2009.",
            founders("organization-of-turkic-states", "aze", "kaz", "kgz", "tur"),
        ),
        (
            "Kyrgyzstan co-founded EurAsEC in 2000; it was replaced by the Eurasian Economic"
            " Union (EAEU), launched by Russia, Belarus and Kazakhstan on 1 January 2015.",
            founders("eaeu", "rus", "blr", "kaz"),
        ),
        (
            "The Eurasian Economic Union was launched by Russia, Belarus and Kazakhstan on 1"
            " January 2015.",
            founders("eaeu", "rus", "blr", "kaz"),
        ),
        (
            "Kazakhstan is a member of the Eurasian Economic Union, which it launched with Russia"
            " and Belarus in 2015.",
            founders("eaeu", "kaz", "rus", "blr"),
        ),
    ],
)
def test_founders_are_read(text, expected):
    assert expected <= facts(text)


def test_founders_through_leaders_are_dated():
    text = (
        "The Shanghai Cooperation Organisation was established in Shanghai on 15 June 2001 by the"
        " leaders of China and Russia."
    )
    node = "founding-membership-chn-shanghai-cooperation-organisation"
    assert (node, "startDate", "2001-06-15") in triples(text)


LOOK_ALIKES = [
    "The Shanghai Cooperation Organisation was established in 2001; the leaders of China and"
    " Russia welcomed it.",
    "The Shanghai Cooperation Organisation's secretariat was established in Beijing in 2004 by"
    " the leaders of China and Russia.",
    "The Eurasian Economic Union was to be launched by Russia, Belarus and Kazakhstan in 2015.",
    "The Eurasian Economic Union, which Kazakhstan launched its chairmanship of in 2024, met in"
    " Astana.",
    "The Eurasian Economic Union, which Kazakhstan launched a programme with Russia in 2015, grew.",
    "The Belt and Road Initiative was launched by China in 2013.",
    "The Shanghai Cooperation Organisation, criticised by the leaders of Russia and China, met in"
    " Astana.",
    "The Shanghai Cooperation Organisation was not founded by the leaders of Turkey and Iran.",
    "The CICA process was launched by Kazakhstan in 1992.",
    "The Eurasian Economic Union, launched by Russia's critics as a talking shop, met in Astana.",
    "Was the Eurasian Economic Union launched by Russia, Belarus and Kazakhstan in 2015?",
    "The Eurasian Economic Union was launched by the ministers of the European Union in 2015.",
    "The Shanghai Cooperation Organisation was founded by the leaders of the Shanghai Five in"
    " 2001.",
    "The CSTO, launched by Russia's allies, welcomed Armenia.",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alike_gives_nothing(text):
    assert not facts(text)


ADMITTED = "Uzbekistan was admitted to the United Nations on 2 March 1992. "


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "In November of the same year it joined the Economic Cooperation Organization.",
            "1992-11",
        ),
        ("In the following year, it joined the Economic Cooperation Organization.", "1993"),
    ],
)
def test_it_after_referred_date(text, date):
    found = triples(ADMITTED + text)
    assert ("uzb", "memberOf", ECO) in found
    assert (f"membership-uzb-{ECO}", "startDate", date) in found


def test_founding_aside_keeps_no_referred_date():
    text = (
        "In November of the same year it joined the Economic Cooperation Organization (ECO), a"
        " bloc founded by Iran, Pakistan and Turkey."
    )
    found = triples(ADMITTED + text)
    assert founders(ECO, "irn", "pak", "tur") <= found
    assert not {t for t in found if t[0].startswith("founding-membership") and t[1] == "startDate"}


REFERRED_LOOK_ALIKES = [
    "In the same year it was not admitted to the Economic Cooperation Organization.",
    "In November of the same year it applied to join the Economic Cooperation Organization.",
    "In the following year it became an observer of the Economic Cooperation Organization.",
    "In the same year it was expected to join the Economic Cooperation Organization.",
    "In the same year it left the Economic Cooperation Organization.",
    "In the same year it would have joined the Economic Cooperation Organization.",
    "In the same year it refused to join the Economic Cooperation Organization.",
    "In the same year it became a dialogue partner of the Economic Cooperation Organization.",
    "In the next year it planned to join the Economic Cooperation Organization.",
    "In the same year it never joined the Economic Cooperation Organization.",
]


@pytest.mark.parametrize("text", REFERRED_LOOK_ALIKES)
def test_referred_look_alike_gives_no_membership(text):
    assert not {t for t in facts(ADMITTED + text) if t[2] == ECO}


def test_it_after_colon_is_the_opening_state():
    text = (
        "Kazakhstan is the only state party in an alliance with a nuclear-armed state: it set up"
        " the Collective Security Treaty Organization in 2002 together with Russia and Armenia."
    )
    assert founders("csto", "kaz", "rus", "arm") <= facts(text)


COLON_LOOK_ALIKES = [
    "Kazakhstan's border with Russia is long: it joined the CSTO in 1994.",
    "The minister of Kazakhstan told reporters: it will join the CSTO soon.",
    "Kazakhstan is careful: it is not a member of the CSTO.",
    "Some of you will ask about Rio de Janeiro: it joined the CSTO.",
    "Kazakhstan, unlike Uzbekistan, stayed: it joined the CSTO in 2002.",
    "Kazakhstan has a plan: it is expected to join the WTO soon.",
    "Kazakhstan has a choice: it could join the CSTO or stay out.",
    "Kazakhstan has been asked a question: would it join the CSTO?",
    "Kazakhstan has one view: it says that it joined the CSTO as an observer.",
    "Kazakhstan has applied: it hopes to join the WTO next year.",
]


@pytest.mark.parametrize("text", COLON_LOOK_ALIKES)
def test_colon_look_alike_gives_nothing(text):
    assert not facts(text)


OTS = "organization-of-turkic-states"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kazakhstan and Turkey belong to the Organization of Turkic States (OTS), which they"
            " set up as the Cooperation Council of Turkic Speaking States with Azerbaijan and"
            " Kyrgyzstan in Nakhchivan on 3 October 2009; Uzbekistan joined in 2019.",
            founders(OTS, "kaz", "tur", "aze", "kgz"),
        ),
        (
            "Kazakhstan and Russia are members of the Shanghai Cooperation Organisation, which they"
            " founded in 2001.",
            founders(SCO, "kaz", "rus"),
        ),
        (
            "The Organization of Turkic States was set up as the Cooperation Council of Turkic"
            " Speaking States by Azerbaijan, Kazakhstan, Kyrgyzstan and Turkey, which signed the"
            " Nakhchivan Agreement on 3 October 2009.",
            founders(OTS, "aze", "kaz", "kgz", "tur"),
        ),
    ],
)
def test_founders_of_a_body_founded_under_another_name(text, expected):
    assert expected <= facts(text)


def test_members_who_founded_are_dated():
    text = (
        "Kazakhstan and Turkey belong to the Organization of Turkic States, which they set up with"
        " Azerbaijan in Nakhchivan on 3 October 2009."
    )
    assert (f"founding-membership-kaz-{OTS}", "startDate", "2009-10-03") in triples(text)


THEY_FOUNDED_LOOK_ALIKES = [
    "Kazakhstan and Russia belong to the Shanghai Cooperation Organisation, which they joined in"
    " 2001.",
    "Kazakhstan and Russia belong to the Shanghai Cooperation Organisation, which they plan to set"
    " up with China.",
    "Kazakhstan and Russia belong to the Shanghai Cooperation Organisation, which they helped to"
    " fund in 2001.",
    "Kazakhstan and Russia are not members of the Shanghai Cooperation Organisation, which they"
    " founded in 2001.",
    "Kazakhstan and Russia are no longer members of the Shanghai Cooperation Organisation, which"
    " they founded in 2001.",
    "Kazakhstan and Russia belong to the Shanghai Cooperation Organisation, which they set up as"
    " observers in 2001.",
    "Kazakhstan and Russia belong to the Shanghai Cooperation Organisation, which they set up a"
    " fund with in 2001.",
    "Kazakhstan and Russia are partners of the Shanghai Cooperation Organisation, which they"
    " founded in 2001.",
    "Kazakhstan and Russia belong to the Shanghai Cooperation Organisation, which they would have"
    " founded with China.",
    "The Shanghai Cooperation Organisation was set up as the successor of the Shanghai Five by"
    " China and Russia.",
    "The Shanghai Cooperation Organisation's secretariat was set up as the Shanghai Five office by"
    " China and Russia.",
    "The Shanghai Cooperation Organisation was not set up as the Shanghai Five by China and"
    " Russia.",
]


@pytest.mark.parametrize("text", THEY_FOUNDED_LOOK_ALIKES)
def test_they_founded_look_alike_gives_no_founder(text):
    assert not {t for t in facts(text) if t[1] == "coFounderOf"}


def members(organisation: str, *states: str) -> set[tuple[str, str, str]]:
    return {(state, "memberOf", organisation) for state in states}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mexico, Chile, Peru and Colombia – the four members of the Andean Community – account"
            " for a third of the trade.",
            members("andean-community", "mex", "chl", "per", "col"),
        ),
        (
            "Belarus, Kazakhstan and the other three members of the Eurasian Economic Union –"
            " Armenia, Kyrgyzstan and Russia – form a customs union.",
            members("eaeu", "blr", "kaz", "arm", "kgz", "rus"),
        ),
    ],
)
def test_listed_members_are_read(text, expected):
    assert expected <= facts(text)


MEMBER_LIST_LOOK_ALIKES = [
    "Mexico and Chile – the two observers of the Andean Community – trade a lot.",
    "Mexico and Chile – the partners of the Andean Community – trade a lot.",
    "Mexico and Chile – not the members of the Andean Community – trade a lot.",
    "Mexico and Chile – the former members of the Andean Community – trade a lot.",
    "Mexico and Chile – the would-be members of the Andean Community – trade a lot.",
    "Mexico and Chile – the two candidate members of the Andean Community – trade a lot.",
    "Unlike Belarus, Kazakhstan and the other members of the Eurasian Economic Union do not trade.",
    "Mexico, Chile and the other candidates of the Andean Community trade a lot.",
    "Mexico, Chile and the other observers of the Andean Community trade a lot.",
    "Mexico, Chile and the other partners of the Andean Community trade a lot.",
    "Did Mexico, Chile and the other members of the Andean Community trade?",
]


@pytest.mark.parametrize("text", MEMBER_LIST_LOOK_ALIKES)
def test_member_list_look_alike_gives_nothing(text):
    assert not facts(text)
