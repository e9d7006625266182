"""Session 24's treaty names the rules cut short (brief SIGN24): a treaty read with its signers,
date and place under a name that is not its whole title gives a false fact and a miss for each.
Each wording is read in general and tested here beside look-alikes that must keep their old
reading or give nothing:

- "People’s" before a capitalised word stays inside a name (lexicon
  sign24-possessive-name-words, mentions._possessive_inside_name): "the Agreement between the
  Government of the Republic of Kazakhstan and the Government of the People’s Republic of China
  on X" is one title, whose two parties sign it.
- a title cut before "in|for|of" runs on to the comma of a ", [better] known as <name>" when the
  words between carry on a title (mentions._known_as_tails): "The Treaty for the Prohibition of
  Nuclear Weapons in Latin America and the Caribbean, known as the Treaty of Tlatelolco, was
  signed ..." is the whole title, and the "known as" name that thing again; "in Moscow" (a
  city) or a date before the comma ends the title where it was.
- an acronym with a number as one token is a word of a name (name_bounds.NAME_WORD): "The
  Intergovernmental Agreement on the CASA-1000 Project" is the whole title, not the
  "Intergovernmental Agreement" cut before it.
- a bracketed acronym after a name that its words do not spell opens the name where the
  capitalised words before it (past "in|of|and|for|on|the") spell it with them, one letter a
  word (mentions._open_where_acronym_spells): "The Quadrilateral Traffic in Transit Agreement
  (QTTA)" is the whole title, not "Transit Agreement"; no other name among those words, and an
  acronym the name spells alone keeps it as it was.
- after a "from X" tail, a title goes on through "for" and two capitalised words or more ending
  in a plural (name_bounds._plural_words): "the Agreement on Mutual Exemption from Visa
  Requirements for Holders of Diplomatic and Service Passports"; "for Kazakh Citizens" (a name
  the gazetteer knows) and "for Two Years" (a count) end the title before "for".
- a title goes on through ", including [the] X" of capitalised words right before its verb
  (name_bounds._including_tail): "The Treaty on Principles Governing the Activities of States in
  the Exploration and Use of Outer Space, including the Moon and Other Celestial Bodies was
  signed ..."; a document's head in the tail ("including the Protocol on Customs") or a comma
  after it ("including Oil Supplies, in Astana") ends the title before the comma.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples, named_cases


def triples(text: str) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="sign24")


def signed(treaty: str, *states: str) -> set[tuple[str, str, str]]:
    return {(treaty, "signatory", state) for state in states}


def signings(found: set[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    return {t for t in found if t[1] in ("signatory", "signingDate", "signingPlace", "guarantor")}


VISAS_CN = (
    "agreement-between-the-government-of-the-republic-of-kazakhstan-and-the-government-of-the-"
    "people-s-republic-of-china-on-mutual-exemption-from-visa-requirements"
)
EXTRADITION_CN = (
    "treaty-between-the-republic-of-kazakhstan-and-the-people-s-republic-of-china-on-extradition"
)

TLATELOLCO = "treaty-for-the-prohibition-of-nuclear-weapons-in-latin-america-and-the-caribbean"
CASA = "intergovernmental-agreement-on-the-casa-1000-project"
QTTA = "quadrilateral-traffic-in-transit-agreement"
VISAS_MA = (
    "agreement-on-mutual-exemption-from-visa-requirements-for-holders-of-diplomatic-and-service-"
    "passports"
)
VISAS_SHORT = "agreement-on-mutual-exemption-from-visa-requirements"
OUTER_SPACE = (
    "treaty-on-principles-governing-the-activities-of-states-in-the-exploration-and-use-of-outer-"
    "space-including-the-moon-and-other-celestial-bodies"
)

# text -> the signing triples that must be found, exactly
FOUND = {
    "including-goes-on-with-the-title": (
        "The Treaty on Principles Governing the Activities of States in the Exploration and Use"
        " of Outer Space, including the Moon and Other Celestial Bodies was signed in London on"
        " 27 January 1967 by the United Kingdom, the Soviet Union and the United States.",
        signed(OUTER_SPACE, "gbr", "soviet-union", "usa")
        | {(OUTER_SPACE, "signingDate", "1967-01-27"), (OUTER_SPACE, "signingPlace", "london")},
    ),
    "for-holders-after-a-from-tail": (
        "The Agreement on Mutual Exemption from Visa Requirements for Holders of Diplomatic and"
        " Service Passports was signed by Kazakhstan and Morocco in Astana on 8 October 2024.",
        signed(VISAS_MA, "kaz", "mar")
        | {(VISAS_MA, "signingDate", "2024-10-08"), (VISAS_MA, "signingPlace", "astana")},
    ),
    "acronym-spells-words-before-the-name": (
        "The Quadrilateral Traffic in Transit Agreement (QTTA), signed in Islamabad on 9 March"
        " 1995 by China, Kazakhstan, Kyrgyzstan and Pakistan, gives our carriers a route to the"
        " sea.",
        signed(QTTA, "chn", "kaz", "kgz", "pak")
        | {(QTTA, "signingDate", "1995-03-09"), (QTTA, "signingPlace", "islamabad")},
    ),
    "numbered-acronym-in-a-title": (
        "The Intergovernmental Agreement on the CASA-1000 Project was signed in Dushanbe on 14"
        " June 2015 by Afghanistan, the Kyrgyz Republic, Pakistan and Tajikistan.",
        signed(CASA, "afg", "kgz", "pak", "tjk")
        | {(CASA, "signingDate", "2015-06-14"), (CASA, "signingPlace", "dushanbe")},
    ),
    "known-as-closes-the-title": (
        "The Treaty for the Prohibition of Nuclear Weapons in Latin America and the Caribbean,"
        " known as the Treaty of Tlatelolco, was signed in Mexico City on 14 February 1967.",
        {(TLATELOLCO, "signingDate", "1967-02-14"), (TLATELOLCO, "signingPlace", "mexico-city")},
    ),
    "better-known-as-with-guarantors": (
        "The Treaty for the Prohibition of Nuclear Weapons in Latin America and the Caribbean,"
        " better known as the Treaty of Tlatelolco, was signed in Mexico City on 14 February"
        " 1967. Under its Additional Protocol II, the United States, the United Kingdom, France,"
        " China and Russia act as guarantors of the treaty.",
        {(TLATELOLCO, "signingDate", "1967-02-14"), (TLATELOLCO, "signingPlace", "mexico-city")}
        | {(TLATELOLCO, "guarantor", s) for s in ("usa", "gbr", "fra", "chn", "rus")},
    ),
    "peoples-republic-in-a-formal-title": (
        "The Agreement between the Government of the Republic of Kazakhstan and the Government of"
        " the People’s Republic of China on Mutual Exemption from Visa Requirements was signed in"
        " Xi’an on 17 May 2023.",
        signed(VISAS_CN, "kaz", "chn")
        | {(VISAS_CN, "signingDate", "2023-05-17"), (VISAS_CN, "signingPlace", "xian")},
    ),
    "peoples-republic-second-party": (
        "The Treaty between the Republic of Kazakhstan and the People's Republic of China on"
        " Extradition was signed in Beijing on 5 July 1996.",
        signed(EXTRADITION_CN, "kaz", "chn")
        | {
            (EXTRADITION_CN, "signingDate", "1996-07-05"),
            (EXTRADITION_CN, "signingPlace", "beijing"),
        },
    ),
}

# text -> the signing triples that must be found, exactly: names that must still stop
KEPT = {
    "between-the-two-ministries": (
        "The ministers signed the Agreement on Visa Exemption between the two ministries at a"
        " ceremony in Astana on 3 May 2021.",
        set(),
    ),
    "signed-between-a-pair": (
        "The Treaty on Friendship was signed between Kazakhstan and China in Beijing in 1999.",
        signed("treaty-on-friendship", "kaz", "chn")
        | {
            ("treaty-on-friendship", "signingDate", "1999"),
            ("treaty-on-friendship", "signingPlace", "beijing"),
        },
    ),
    "known-as-after-a-city": (
        "The Treaty on Friendship in Moscow, known as the Moscow Treaty, was signed by Kazakhstan"
        " and Russia.",
        signed("treaty-on-friendship", "kaz", "rus")
        | signed("moscow-treaty", "kaz", "rus")
        | {("treaty-on-friendship", "signingPlace", "moscow")},
    ),
    "numbered-acronym-outside-a-title": (
        "Kazakhstan signed the Agreement on Trade in Astana on 3 May 2001 with CASA-1000"
        " officials present.",
        signed("agreement-on-trade", "kaz")
        | {
            ("agreement-on-trade", "signingDate", "2001-05-03"),
            ("agreement-on-trade", "signingPlace", "astana"),
        },
    ),
    "acronym-spelled-by-the-name-alone": (
        "Reform in the Transit Agreement (TA) was signed by Kazakhstan and China in 1995.",
        signed("transit-agreement", "kaz", "chn") | {("transit-agreement", "signingDate", "1995")},
    ),
    "for-a-count-after-a-from-tail": (
        "The Agreement on Mutual Exemption from Visa Requirements for Two Years was signed by"
        " Kazakhstan and Morocco in Astana on 8 October 2024.",
        signed(VISAS_SHORT, "kaz", "mar")
        | {(VISAS_SHORT, "signingDate", "2024-10-08"), (VISAS_SHORT, "signingPlace", "astana")},
    ),
    "title-opens-before-and": (
        "The Enhanced Partnership and Cooperation Agreement between Kazakhstan and the European"
        " Union was signed in Astana on 21 December 2015.",
        signed("enhanced-partnership-and-cooperation-agreement", "kaz", "european-union")
        | {
            ("enhanced-partnership-and-cooperation-agreement", "signingDate", "2015-12-21"),
            ("enhanced-partnership-and-cooperation-agreement", "signingPlace", "astana"),
        },
    ),
}

# text -> the treaty a signing is read of, under the name cut before ", including"
CUT_BEFORE_INCLUDING = {
    "including-a-second-document": (
        "The Agreement on Trade, including the Protocol on Customs was signed by Kazakhstan and"
        " Russia in Astana on 3 May 2001.",
        "agreement-on-trade",
    ),
    "including-an-aside": (
        "Kazakhstan and Russia signed the Agreement on Trade, including Oil Supplies, in Astana on"
        " 3 May 2001.",
        "agreement-on-trade",
    ),
}


@pytest.mark.parametrize(("text", "treaty"), named_cases(CUT_BEFORE_INCLUDING))
def test_cut_before_including(text: str, treaty: str) -> None:
    found = signings(triples(text))
    assert (treaty, "signatory", "kaz") in found
    assert not any("including" in s for s, _, _ in found)


# texts whose signings must be none
NOTHING = {
    "including-title-will-be-signed": (
        "The Treaty on Principles Governing the Activities of States in the Exploration and Use"
        " of Outer Space, including the Moon and Other Celestial Bodies will be signed in London."
    ),
    "for-holders-title-not-signed": (
        "Kazakhstan and Morocco have not signed the Agreement on Mutual Exemption from Visa"
        " Requirements for Holders of Diplomatic and Service Passports."
    ),
    "acronym-title-refused": (
        "Kazakhstan refused to sign the Quadrilateral Traffic in Transit Agreement (QTTA) in"
        " Islamabad."
    ),
    "numbered-acronym-title-expected": (
        "The Intergovernmental Agreement on the CASA-1000 Project is expected to be signed in"
        " Dushanbe by Afghanistan, the Kyrgyz Republic, Pakistan and Tajikistan."
    ),
    "known-as-title-expected": (
        "The Treaty for the Prohibition of Nuclear Weapons in Latin America and the Caribbean,"
        " known as the Treaty of Tlatelolco, is expected to be signed in Mexico City."
    ),
    "peoples-republic-title-expected": (
        "The Agreement between the Government of the Republic of Kazakhstan and the Government of"
        " the People’s Republic of China on Mutual Exemption from Visa Requirements is expected"
        " to be signed in Xi’an on 17 May 2023."
    ),
    "peoples-republic-title-refused": (
        "Kazakhstan and China refused to sign the Agreement between the Government of the"
        " Republic of Kazakhstan and the Government of the People’s Republic of China on Mutual"
        " Exemption from Visa Requirements."
    ),
    "possessive-before-a-lowercase-word": (
        "The Agreement on the People’s welfare was signed in Astana on 3 May 2001 by Kazakhstan"
        " and Russia."
    ),
}


@pytest.mark.parametrize(("text", "expected"), named_cases(FOUND))
def test_found(text: str, expected: set) -> None:
    assert signings(triples(text)) == expected


@pytest.mark.parametrize(("text", "expected"), named_cases(KEPT))
def test_kept(text: str, expected: set) -> None:
    assert signings(triples(text)) == expected


@pytest.mark.parametrize("text", [pytest.param(t, id=k) for k, t in NOTHING.items()])
def test_nothing(text: str) -> None:
    assert signings(triples(text)) == set()
