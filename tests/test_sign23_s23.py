"""Session 23's treaty signings the rules missed (brief SIGN23), each wording read in general
and tested here beside look-alikes that must give nothing:

- signers named through their offices: "A, B and C, whose foreign ministers|heads of state
  signed T" (sign23-states-whose-foreign-ministers-signed, -heads-of-state-signed); "founded by
  A, B and C under T, which their presidents signed in P on D" (sign23-states-treaty-which-
  their-leaders-signed); "A, B and C founded O, and their leaders signed T on D"
  (sign23-states-founded-and-their-leaders-signed);
- a list of states set off by dashes standing for a noun: "A and the five member states of O –
  B, C and D – signed T" (sign23-state-and-the-dash-list-signed; the list first:
  sign23-the-dash-list-and-state-signed);
- "T was signed on behalf of [the Republic of] S in P on D" (sign23-treaty-signed-on-behalf-of-
  state);
- a weekday between the subject and its verb: "A, B and C on Thursday signed T in P"
  (sign23-states-on-weekday-signed);
- "A, B, C and several other states signed T" (sign23-states-and-other-states-signed);
- "T, which was signed at P, S, on D by A on one side and by B and C, among others, on the
  other" (sign23-treaty-signed-by-one-side-and-the-other);
- "T, which it had signed on D": "it" between "which" and the signing verb is the state the
  sentence opened with (references.jsonl ref-sign23-which-it-signed);
- a title of words before its head followed by "between A and B", one of them written with
  "the" ("Free Trade Agreement between Ukraine and the Republic of Turkey"): one name
  (names.jsonl name-sign23-words-treaty-between-parties).
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples, named_cases


def triples(text: str) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="sign23")


def signed(treaty: str, *states: str) -> set[tuple[str, str, str]]:
    return {(treaty, "signatory", state) for state in states}


def signings(found: set[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    return {t for t in found if t[1] in ("signatory", "signingDate", "signingPlace")}


NAKHCHIVAN = "nakhchivan-agreement"
CONFIDENCE = "agreement-on-confidence-building-in-the-military-field-in-the-border-area"
TRANSPORT = "basic-multilateral-agreement-on-international-transport"
RAILWAY = "agreement-on-the-railway-project"
FTA_UA_TR = "free-trade-agreement-between-ukraine-and-the-republic-of-turkey"

# text -> the triples that must be found
FOUND = {
    "whose-foreign-ministers-signed": (
        "It was founded on 8 August 1967 in Bangkok by Indonesia, Malaysia and Thailand, whose "
        "foreign ministers signed the Bangkok Declaration.",
        signed("bangkok-declaration", "idn", "mys", "tha"),
    ),
    "whose-heads-of-state-signed": (
        "The union was formed by Kazakhstan, Russia and Belarus, whose heads of state signed the "
        "Astana Treaty in Astana on 29 May 2014.",
        signed("astana-treaty", "kaz", "rus", "blr")
        | {("astana-treaty", "signingPlace", "astana")},
    ),
    "treaty-which-their-presidents-signed": (
        "The Cooperation Council of Turkic-Speaking States was founded in 2009 by Azerbaijan, "
        "Kazakhstan, Kyrgyzstan and Türkiye under the Nakhchivan Agreement, which their "
        "presidents signed in Nakhchivan on 3 October 2009.",
        signed(NAKHCHIVAN, "aze", "kaz", "kgz", "tur")
        | {(NAKHCHIVAN, "signingPlace", "nakhchivan"), (NAKHCHIVAN, "signingDate", "2009-10-03")},
    ),
    "founded-and-their-leaders-signed": (
        "In April 1996, in Shanghai, Tajikistan, China, Russia, Kazakhstan and Kyrgyzstan founded "
        "the Shanghai Five, and their leaders signed the Agreement on Confidence Building in the "
        "Military Field in the Border Area on 26 April 1996.",
        signed(CONFIDENCE, "tjk", "chn", "rus", "kaz", "kgz")
        | {(CONFIDENCE, "signingDate", "1996-04-26")},
    ),
    "state-and-a-dash-list-signed": (
        "On 17 May 2018 in Astana, Iran and the five member states of the EAEU – Armenia, "
        "Belarus, Kazakhstan, Kyrgyzstan and Russia – signed the Interim Agreement on Trade.",
        signed("interim-agreement-on-trade", "irn", "arm", "blr", "kaz", "kgz", "rus")
        | {("interim-agreement-on-trade", "signingPlace", "astana")},
    ),
    "a-dash-list-and-state-signed": (
        "On 25 December 2023 in Saint Petersburg the member states of the EAEU – Armenia, "
        "Belarus and Kazakhstan – and Iran signed the Agreement on Economic Cooperation.",
        signed("agreement-on-economic-cooperation", "irn", "arm", "blr", "kaz"),
    ),
    "signed-on-behalf-of-a-state": (
        "The Paris Agreement was signed on behalf of the Republic of Kazakhstan in New York on 2 "
        "August 2016 and ratified by the country on 6 December 2016.",
        signed("paris-agreement", "kaz")
        | {("paris-agreement", "signingPlace", "new-york")}
        | {("paris-agreement", "signingDate", "2016-08-02")},
    ),
    "a-weekday-before-the-verb": (
        "China, Kyrgyzstan and Uzbekistan on Thursday signed the Agreement on the Railway "
        "Project in Beijing, ending years of talks.",
        signed(RAILWAY, "chn", "kgz", "uzb") | {(RAILWAY, "signingPlace", "beijing")},
    ),
    "and-several-other-states": (
        "On 8 September 1998 in Baku, Kazakhstan, Azerbaijan, Georgia, Uzbekistan and several "
        "other states signed the Basic Multilateral Agreement on International Transport.",
        signed(TRANSPORT, "kaz", "aze", "geo", "uzb")
        | {(TRANSPORT, "signingPlace", "baku"), (TRANSPORT, "signingDate", "1998-09-08")},
    ),
    "on-one-side-and-on-the-other": (
        "The frontiers were fixed by the Treaty of Lausanne, which was signed at Lausanne, "
        "Switzerland, on 24 July 1923 by Turkey on one side and by the United Kingdom, France, "
        "Italy, Greece and Japan, among others, on the other.",
        signed("treaty-of-lausanne", "tur", "gbr", "fra", "ita", "grc", "jpn")
        | {("treaty-of-lausanne", "signingDate", "1923-07-24")},
    ),
    "which-it-had-signed": (
        "Kazakhstan ratified the Kyoto Protocol, which it had signed on 12 March 1999, in March "
        "2009.",
        signed("kyoto-protocol", "kaz") | {("kyoto-protocol", "signingDate", "1999-03-12")},
    ),
    "a-title-between-two-parties": (
        "The Free Trade Agreement between Ukraine and the Republic of Turkey was signed in Kyiv "
        "on 3 February 2022.",
        signed(FTA_UA_TR, "ukr", "tur") | {(FTA_UA_TR, "signingPlace", "kyiv")},
    ),
}

# text -> signing triples that must not be found (None: no signing at all)
NOT_FOUND = {
    "which-it-had-not-signed": (
        "Kazakhstan ratified the Kyoto Protocol, which it had not signed before 2000.",
        None,
    ),
    "which-it-signed-after-another-state": (
        "Russia praised Kazakhstan for the Kyoto Protocol, which it had signed on 12 March 1999.",
        None,
    ),
    "on-behalf-of-expected": (
        "The Paris Agreement is expected to be signed on behalf of the Republic of Kazakhstan in "
        "New York on 2 August 2016.",
        None,
    ),
    "on-behalf-of-initialled": (
        "The Paris Agreement was initialled on behalf of the Republic of Kazakhstan in New York "
        "on 2 August 2016.",
        None,
    ),
    "several-other-states-refused": (
        "Kazakhstan, Azerbaijan, Georgia and several other states refused to sign the Basic "
        "Multilateral Agreement on International Transport.",
        None,
    ),
    "several-other-states-will-sign": (
        "Kazakhstan, Azerbaijan, Georgia and several other states will sign the Basic "
        "Multilateral Agreement on International Transport.",
        None,
    ),
    "weekday-ratified": (
        "China, Kyrgyzstan and Uzbekistan on Thursday ratified the Agreement on the Railway "
        "Project.",
        None,
    ),
    "weekday-initialled": (
        "China, Kyrgyzstan and Uzbekistan on Thursday initialled the Agreement on the Railway "
        "Project.",
        None,
    ),
    "their-presidents-refused": (
        "The Council was founded in 2009 by Azerbaijan, Kazakhstan, Kyrgyzstan and Türkiye under "
        "the Nakhchivan Agreement, which their presidents refused to sign.",
        None,
    ),
    "their-presidents-had-not-signed": (
        "The Council was founded in 2009 by Azerbaijan, Kazakhstan, Kyrgyzstan and Türkiye under "
        "the Nakhchivan Agreement, which their presidents had not signed.",
        None,
    ),
    "foreign-ministers-initialled": (
        "It was founded in 1967 by Indonesia, Malaysia and Thailand, whose foreign ministers "
        "initialled the Bangkok Declaration.",
        None,
    ),
    "dash-list-expected-to-sign": (
        "Iran and the five member states of the EAEU – Armenia, Belarus, Kazakhstan, Kyrgyzstan "
        "and Russia – are expected to sign the Interim Agreement on Trade.",
        None,
    ),
    "dash-list-ratified": (
        "Iran and the five member states of the EAEU – Armenia, Belarus, Kazakhstan, Kyrgyzstan "
        "and Russia – ratified the Interim Agreement on Trade.",
        None,
    ),
    "one-side-ratified": (
        "The Treaty of Lausanne was ratified by Turkey on one side and by the United Kingdom and "
        "France on the other.",
        None,
    ),
    "a-proper-title-keeps-its-name": (
        "The Simla Agreement between India and Pakistan was signed in Shimla on 2 July 1972.",
        signed("simla-agreement-between-india-and-pakistan", "ind", "pak"),
    ),
}


@pytest.mark.parametrize(("text", "expected"), named_cases(FOUND))
def test_signing_found(text, expected):
    assert expected <= triples(text)


@pytest.mark.parametrize(("text", "unwanted"), named_cases(NOT_FOUND))
def test_signing_not_found(text, unwanted):
    found = signings(triples(text))
    if unwanted is None:
        assert not found
    else:
        assert not unwanted & found


DEESCALATION = "memorandum-on-the-creation-of-de-escalation-areas-in-the-syrian-arab-republic"
NWFS = "joint-declaration-on-mongolia-s-nuclear-weapon-free-status"
CORRIDOR = "agreement-on-the-establishment-of-an-international-transport-and-transit-corridor"
FTA_EAEU_VN = (
    "free-trade-agreement-between-the-eurasian-economic-union-and-its-member-states-of-the-one-"
    "part-and-the-socialist-republic-of-viet-nam-of-the-other-part"
)

NAMES = {
    "a-possessive-inside-a-title": (
        "China, France, Russia, the United Kingdom and the United States signed the Joint "
        "Declaration on Mongolia’s Nuclear-Weapon-Free Status in New York on 17 September 2012, "
        "becoming guarantors of that status for Mongolia.",
        signed(NWFS, "chn", "fra", "rus", "gbr", "usa")
        | {(NWFS, "guarantor", "chn"), (NWFS, "signingPlace", "new-york")},
    ),
    "of-an-inside-a-title": (
        "25 April 2011 – Iran, Oman, Qatar, Turkmenistan and Uzbekistan sign the Agreement on the "
        "Establishment of an International Transport and Transit Corridor in Ashgabat.",
        signed(CORRIDOR, "irn", "omn", "qat", "tkm", "uzb")
        | {(CORRIDOR, "signingPlace", "ashgabat")},
    ),
    "of-the-one-part-and-of-the-other-part": (
        "The Free Trade Agreement between the Eurasian Economic Union and its Member States, of "
        "the one part, and the Socialist Republic of Viet Nam, of the other part, was signed in "
        "Astana on 29 May 2015. The Agreement was signed on behalf of the Republic of Armenia and "
        "the Republic of Kazakhstan.",
        signed(FTA_EAEU_VN, "arm", "kaz") | {(FTA_EAEU_VN, "signingPlace", "astana")},
    ),
    "a-state-s-leader-and-the-presidents-of": (
        "There China’s Xi Jinping and the presidents of Kazakhstan and Kyrgyzstan signed the "
        "Xi’an Declaration in Xi’an.",
        signed("xi-an-declaration", "chn", "kaz", "kgz"),
    ),
}

GUARANTORS = {
    "sign-as-guarantor-states-the-treaty": (
        "2017-05-04: Russia, Turkey and Iran sign, as guarantor states, the Memorandum on the "
        "Creation of De-escalation Areas in the Syrian Arab Republic in Astana.",
        signed(DEESCALATION, "rus", "tur", "irn")
        | {(DEESCALATION, "guarantor", "rus"), (DEESCALATION, "signingPlace", "astana")},
    ),
    "as-guarantor-states-sign-the-treaty": (
        "4 May 2017 – Russia, Iran and Turkey, as guarantor states, sign the Memorandum on the "
        "Creation of De-escalation Areas in the Syrian Arab Republic in Astana.",
        signed(DEESCALATION, "rus", "tur", "irn") | {(DEESCALATION, "signingPlace", "astana")},
    ),
}

KG_UZ = (
    "treaty-between-the-kyrgyz-republic-and-the-republic-of-uzbekistan-on-certain-sections-of-"
    "the-kyrgyz-uzbek-state-border"
)

WHICH_MINISTERS = {
    "which-the-foreign-ministers-of-both-countries-had-signed": (
        "The two leaders exchanged instruments of ratification of the Treaty between the Kyrgyz "
        "Republic and the Republic of Uzbekistan on Certain Sections of the Kyrgyz–Uzbek State "
        "Border, which the foreign ministers of both countries had signed on 3 November 2022.",
        signed(KG_UZ, "kgz", "uzb") | {(KG_UZ, "signingDate", "2022-11-03")},
    ),
}

TOGETHER_WITH = {
    "signed-at-a-city-and-its-state-together-with": (
        "The Convention on the Straits, signed at Montreux, Switzerland, on 20 July 1936 by "
        "Turkey, France and Japan, together with Greece and Romania; Italy acceded only in 1938.",
        signed("convention-on-the-straits", "tur", "fra", "jpn", "grc", "rou"),
    ),
}

NAMES_NOT_FOUND = {
    "which-the-foreign-ministers-had-not-signed": (
        "Kazakhstan and Uzbekistan ratified the Treaty on Allied Relations, which the foreign "
        "ministers of both countries had not signed.",
        None,
    ),
    "as-guarantor-states-will-sign": (
        "Russia, Iran and Turkey, as guarantor states, will sign the Memorandum on the Creation of "
        "De-escalation Areas in the Syrian Arab Republic in Astana.",
        None,
    ),
    "a-state-s-leader-and-the-presidents-of-did-not-sign": (
        "There China’s Xi Jinping and the presidents of Kazakhstan and Kyrgyzstan did not sign "
        "the Xi’an Declaration.",
        None,
    ),
    "a-weekday-and-an-unnamed-agreement": (
        "Kazakhstan and Morocco on Tuesday signed an agreement abolishing visas.",
        None,
    ),
}


@pytest.mark.parametrize(
    ("text", "expected"), named_cases(NAMES | GUARANTORS | TOGETHER_WITH | WHICH_MINISTERS)
)
def test_named_signing_found(text, expected):
    assert expected <= triples(text)


@pytest.mark.parametrize(("text", "unwanted"), named_cases(NAMES_NOT_FOUND))
def test_named_signing_not_found(text, unwanted):
    assert not signings(triples(text))


def test_together_with_a_witness_signs_nothing():
    found = triples(
        "The Convention on the Straits, signed at Montreux, Switzerland, on 20 July 1936 by "
        "Turkey and France, together with Greece as a witness; Italy acceded only in 1938."
    )
    assert ("convention-on-the-straits", "signatory", "tur") in found
    assert ("convention-on-the-straits", "signatory", "grc") not in found
