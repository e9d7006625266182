"""Treaty signings and field developments read in more of their wordings (brief REC15C).

Signings: a signing as a noun with its place or date before its signatories ("the signing of
the T at P, S, on D by A and B") or its signatories before the treaty ("the signing in P on
D, by A and B, of the T"); a bilateral title whose topic opens with "for" ("Agreement between
the Government of A and the Government of B for Cooperation in X, signed in P on D"); a
protocol's title that goes on through "to" a known treaty. Fields: "C is a partner in the
development of the F, G and H fields", "the participation of C in the development of F,
alongside A and B", "F – developed by A, B and C", "F, which C develops with A and B".
Look-alikes (a signing looked forward to, called for, put off or expected; a partner that is
expected, former, not or no longer one; a participation discussed, proposed or ended; a field
discovered or to be developed; stakes bought or sold, supplies, field trips) give nothing.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples

CANWFZ = "canwfz"
TRADE = "agreement-on-trade"
JAPAN_NUCLEAR = (
    "agreement-between-the-government-of-the-republic-of-kazakhstan-and-the-government-of-japan"
    "-for-cooperation-in-the-peaceful-uses-of-nuclear-energy"
)
NSA = (
    "protocol-on-negative-security-assurances-to-the-treaty-on-a-nuclear-weapon-free-zone-in"
    "-central-asia"
)
SIGNING = ("signatory", "signingDate", "signingPlace")
FIELD = ("develops",)


def found(text: str, props: tuple[str, ...]) -> set[tuple[str, str, str]]:
    return {t for t in assertion_triples(text, stem="rec15c") if t[1] in props}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Welcoming the signing of the Treaty on a Nuclear-Weapon-Free Zone in Central Asia at"
            " Semipalatinsk, Kazakhstan, on 8 September 2006 by Kazakhstan, Kyrgyzstan,"
            " Tajikistan, Turkmenistan and Uzbekistan,",
            {
                (CANWFZ, "signatory", "kaz"),
                (CANWFZ, "signatory", "uzb"),
                (CANWFZ, "signingPlace", "semey"),
                (CANWFZ, "signingDate", "2006-09-08"),
            },
        ),
        (
            "The ministers noted the signing of the Agreement on Trade on 3 May 2001 by"
            " Kazakhstan and Kyrgyzstan.",
            {
                (TRADE, "signatory", "kaz"),
                (TRADE, "signatory", "kgz"),
                (TRADE, "signingDate", "2001-05-03"),
            },
        ),
        (
            "Welcoming also the signing in New York on 6 May 2014, by China, France and the"
            " Russian Federation, of the Protocol on Negative Security Assurances to the Treaty on"
            " a Nuclear-Weapon-Free Zone in Central Asia,",
            {
                (NSA, "signatory", "chn"),
                (NSA, "signatory", "rus"),
                (NSA, "signingPlace", "new-york"),
                (NSA, "signingDate", "2014-05-06"),
            },
        ),
        (
            "To ratify the Agreement between the Government of the Republic of Kazakhstan and the"
            " Government of Japan for Cooperation in the Peaceful Uses of Nuclear Energy, signed"
            " in Tokyo on 2 March 2010.",
            {
                (JAPAN_NUCLEAR, "signatory", "kaz"),
                (JAPAN_NUCLEAR, "signatory", "jpn"),
                (JAPAN_NUCLEAR, "signingPlace", "tokyo"),
                (JAPAN_NUCLEAR, "signingDate", "2010-03-02"),
            },
        ),
    ],
)
def test_signings_are_read(text, expected):
    assert expected <= found(text, SIGNING)


@pytest.mark.parametrize(
    "text",
    [
        "The ministers look forward to the signing of the Agreement on Trade in Astana on 3 May"
        " 2026 by Kazakhstan and Kyrgyzstan.",
        "The ministers called for the signing of the Agreement on Trade in Astana by Kazakhstan"
        " and Kyrgyzstan.",
        "The signing of the Agreement on Trade in Astana by Kazakhstan and Kyrgyzstan is"
        " expected next year.",
        "The signing of the Agreement on Trade in Astana on 3 May 2026 by Kazakhstan and"
        " Kyrgyzstan was postponed.",
        "The sides prepared the signing of the Agreement on Trade in Astana by Kazakhstan and"
        " Kyrgyzstan.",
        "Talks on the signing of the Agreement on Trade in Astana by Kazakhstan and Kyrgyzstan"
        " continued.",
        "The signing of the Agreement on Trade in Astana by Kazakhstan and Kyrgyzstan will take"
        " place in May.",
        "Ahead of the signing of the Agreement on Trade in Astana on 3 May by Kazakhstan and"
        " Kyrgyzstan, officials met.",
        "The signing of the Agreement on Trade in Astana by Kazakhstan and Kyrgyzstan never took"
        " place.",
        "Russia opposed the signing in Astana, by Kazakhstan and Kyrgyzstan, of the Agreement on"
        " Trade.",
        "The signing in Astana on 3 May, by Kazakhstan and Kyrgyzstan, of the Agreement on Trade"
        " was cancelled.",
        "The initialling of the Agreement on Trade in Astana by Kazakhstan and Kyrgyzstan was"
        " welcomed.",
    ],
)
def test_signing_look_alikes_give_nothing(text):
    assert not found(text, SIGNING)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "KazMunayGas, established in 2002 as the successor of Kazakhoil, is a partner in the"
            " development of the Tengiz, Kashagan and Karachaganak fields.",
            {
                ("kazmunaygas", "develops", "tengiz-oil-field"),
                ("kazmunaygas", "develops", "kashagan-oil-field"),
                ("kazmunaygas", "develops", "karachaganak-field"),
            },
        ),
        (
            "The Minister highlighted the participation of the Japanese company INPEX in the"
            " development of the Kashagan field, alongside Eni, Shell and CNPC.",
            {
                ("inpex", "develops", "kashagan-oil-field"),
                ("eni", "develops", "kashagan-oil-field"),
                ("shell", "develops", "kashagan-oil-field"),
                ("cnpc", "develops", "kashagan-oil-field"),
            },
        ),
        (
            "Crude from the Tengiz field, which Chevron develops with ExxonMobil, KazMunayGas and"
            " LUKOIL, still leaves mainly through the CPC system.",
            {
                ("chevron", "develops", "tengiz-oil-field"),
                ("exxonmobil", "develops", "tengiz-oil-field"),
                ("lukoil", "develops", "tengiz-oil-field"),
            },
        ),
        (
            "• Tengiz oil field – developed by Chevron, ExxonMobil and KazMunayGas • Kashagan field"
            " – developed by Eni, Shell and TotalEnergies",
            {
                ("chevron", "develops", "tengiz-oil-field"),
                ("kazmunaygas", "develops", "tengiz-oil-field"),
                ("eni", "develops", "kashagan-oil-field"),
                ("totalenergies", "develops", "kashagan-oil-field"),
            },
        ),
    ],
)
def test_field_developments_are_read(text, expected):
    assert expected <= found(text, FIELD)


@pytest.mark.parametrize(
    "text",
    [
        "KazMunayGas is expected to be a partner in the development of the Kashagan field.",
        "KazMunayGas is not a partner in the development of the Kashagan field.",
        "KazMunayGas is a former partner in the development of the Kashagan field.",
        "KazMunayGas is no longer a partner in the development of the Kashagan field.",
        "KazMunayGas seeks to become a partner in the development of the Kashagan field.",
        "KazMunayGas is a partner in the development of the Kashagan field's export pipeline.",
        "KazMunayGas plans to be a partner in the development of the Kashagan field.",
        "KazMunayGas is a contractor in the development of the Kashagan field.",
        "Is KazMunayGas a partner in the development of the Kashagan field?",
        "The sides discussed the participation of INPEX in the development of the Kashagan field.",
        "The minister proposed the participation of INPEX in the development of the Kashagan"
        " field.",
        "Talks on the participation of INPEX in the development of the Kashagan field continued.",
        "The government ended the participation of INPEX in the development of the Kashagan field.",
        "INPEX sought the possible participation of Shell in the development of the Kashagan"
        " field.",
        "Conditions for the participation of INPEX in the development of the Kashagan field were"
        " agreed.",
        "The Tengiz field, which Chevron plans to develop with ExxonMobil, is large.",
        "The Tengiz field, which Chevron sold with ExxonMobil, is large.",
        "The Tengiz field, which Chevron supplies with ExxonMobil, is large.",
        "• Tengiz oil field – discovered by Chevron and ExxonMobil",
        "• Tengiz oil field – to be developed by Chevron and ExxonMobil",
        "• Tengiz oil field – developed until 2005 by Chevron and ExxonMobil",
        "• Tengiz oil field – explored by Chevron and ExxonMobil",
        "KazMunayGas bid for a stake in the Kashagan field.",
        "KazMunayGas sold its share in the Kashagan field in 2010.",
        "KazMunayGas holds an exploration licence for the Kashagan field.",
        "KazMunayGas supplies equipment to the Kashagan field.",
        "The students went on a field trip to the Kashagan field.",
    ],
)
def test_field_look_alikes_give_nothing(text):
    assert not found(text, FIELD)
