"""A relative clause, apposition or participle after a list speaks of the list's last name only
(brief PF16; nearest.narrowed_to_nearest, lexicon pf16-*, rule field "nearest").

"Armenia and Russia, which has been a member of the WTO since 2012" made Armenia a member too;
"the United Nations and the SCO, founded in Shanghai in 2001 by China, ..." made China a
co-founder of the UN; "the Treaty on A and the Treaty on B, which was signed in Tashkent on D"
gave A B's date and place. Each reader (the rules, the trigger lines, the dependency reading,
the border phrases) made such facts: a singular verb after "which|that|who", a relative with
its own subject ("which Armenia joined"), "whose" with a singular verb ("whose summit was
held"), a singular apposition ("a founding member of O") or a participle right after a list
now give the last name only, where the fact is the clause's. Each case has a twin that speaks
of the whole list (a plural verb, "both"), which keeps every name, and the main clause before
such a clause keeps its list.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="pf16")


UN, SCO, CIS, WTO = "united-nations", "shanghai-cooperation-organisation", "cis", "wto"
TEF, TCS = "treaty-on-eternal-friendship", "treaty-on-collective-security"
ASP, KCP = "atyrau-samara-pipeline", "kazakhstan-china-oil-pipeline"
KAR, TEN = "karachaganak-field", "tengiz-oil-field"

# text, facts it must give, facts it must not give (the first names' invented ones)
NEAREST = {
    "which-has-been-a-member": (
        "Armenia and Russia, which has been a member of the World Trade Organization since "
        "2012, signed the deal.",
        {("rus", "memberOf", WTO)},
        {("arm", "memberOf", WTO)},
    ),
    "which-is-a-member": (
        "Kazakhstan cooperates with Turkmenistan and Uzbekistan, which is a member of the "
        "Commonwealth of Independent States.",
        {("uzb", "memberOf", CIS)},
        {("tkm", "memberOf", CIS)},
    ),
    "which-was-a-founding-member": (
        "Russia and Kazakhstan, which was a founding member of the Shanghai Cooperation "
        "Organisation, signed the pact.",
        {("kaz", "coFounderOf", SCO)},
        {("rus", "coFounderOf", SCO)},
    ),
    "a-founding-member": (
        "Kazakhstan and Russia, a founding member of the Collective Security Treaty "
        "Organization, met.",
        {("rus", "coFounderOf", "csto")},
        {("kaz", "coFounderOf", "csto")},
    ),
    "participle-founded-in-by": (
        "Uzbekistan belongs to the United Nations and the Shanghai Cooperation Organisation, "
        "founded in Shanghai in 2001 by China, Russia and Kazakhstan.",
        {("chn", "coFounderOf", SCO), ("uzb", "memberOf", UN)},
        {("chn", "coFounderOf", UN), ("kaz", "coFounderOf", UN)},
    ),
    "participle-established-by": (
        "Kazakhstan joined the Eurasian Development Bank and the Eurasian Economic Union, "
        "established by Russia, Belarus and Kazakhstan in 2014.",
        {("blr", "coFounderOf", "eaeu"), ("kaz", "memberOf", "eurasian-development-bank")},
        {("blr", "coFounderOf", "eurasian-development-bank")},
    ),
    "which-state-joined": (
        "Kazakhstan values the United Nations and the Eurasian Economic Union, which Armenia "
        "joined in January 2015.",
        {("arm", "memberOf", "eaeu")},
        {("arm", "memberOf", UN)},
    ),
    "whose-members-are": (
        "Kazakhstan is a member of the United Nations and the Gulf Cooperation Council, whose "
        "members are Bahrain, Kuwait and Oman.",
        {("bhr", "memberOf", "gulf-cooperation-council"), ("kaz", "memberOf", UN)},
        {("bhr", "memberOf", UN), ("omn", "memberOf", UN)},
    ),
    "whose-members-include": (
        "Kazakhstan is a member of the United Nations and the Organisation of Islamic "
        "Cooperation, whose members include Bahrain and Oman.",
        {("omn", "memberOf", "oic")},
        {("omn", "memberOf", UN)},
    ),
    "whose-founding-members-were": (
        "Kazakhstan is a member of the Commonwealth of Independent States and the Collective "
        "Security Treaty Organization, whose founding members were Russia, Armenia and "
        "Kazakhstan.",
        {("arm", "coFounderOf", "csto")},
        {("arm", "coFounderOf", CIS), ("rus", "coFounderOf", CIS)},
    ),
    "which-has-member-states": (
        "Kazakhstan is a member of the United Nations and the Commonwealth of Independent "
        "States, which has nine member states.",
        {("count-cis-member-states-9", "countedIn", CIS)},
        {("count-cis-united-nations-member-states-9", "countedIn", UN)},
    ),
    "treaty-which-was-signed": (
        "Kazakhstan ratified the Treaty on Eternal Friendship and the Treaty on Collective "
        "Security, which was signed in Tashkent on 15 May 1992.",
        {(TCS, "signingDate", "1992-05-15"), (TCS, "signingPlace", "tashkent")},
        {(TEF, "signingDate", "1992-05-15"), (TEF, "signingPlace", "tashkent")},
    ),
    "treaty-participle-signed": (
        "The Almaty Declaration and the Treaty on Collective Security, signed in Tashkent on "
        "15 May 1992, shaped the region.",
        {(TCS, "signingPlace", "tashkent")},
        {("almaty-declaration", "signingPlace", "tashkent")},
    ),
    "treaty-which-state-signed": (
        "The Astana Declaration and the Treaty on the Eurasian Economic Union, which Kazakhstan "
        "signed in Astana on 29 May 2014, were discussed.",
        {("treaty-on-the-eurasian-economic-union", "signatory", "kaz")},
        {
            ("astana-declaration", "signatory", "kaz"),
            ("astana-declaration", "signingPlace", "astana"),
        },
    ),
    "treaty-which-states-signed": (
        "Kazakhstan ratified the Treaty on Eternal Friendship and the Treaty on Collective "
        "Security, which Russia and Armenia signed in Tashkent.",
        {(TCS, "signatory", "arm")},
        {(TEF, "signatory", "arm"), (TEF, "signingPlace", "tashkent")},
    ),
    "pipeline-which-was-built": (
        "Kazakhstan exports oil through the Atyrau–Samara pipeline and the Kazakhstan–China oil "
        "pipeline, which was built by China National Petroleum Corporation.",
        {(KCP, "builtBy", "cnpc")},
        {(ASP, "builtBy", "cnpc")},
    ),
    "pipeline-participle-built": (
        "The Atyrau–Samara pipeline and the Kazakhstan–China oil pipeline, built by China "
        "National Petroleum Corporation, carry oil.",
        {(KCP, "builtBy", "cnpc")},
        {(ASP, "builtBy", "cnpc")},
    ),
    "pipeline-participle-completed": (
        "The CPC pipeline and the Kazakhstan–China oil pipeline, completed in 2006, carry oil.",
        {(KCP, "completionDate", "2006")},
        {("cpc-pipeline", "completionDate", "2006")},
    ),
    "field-which-is-developed": (
        "Kazakhstan produces oil at Karachaganak and Tengiz, which is developed by Chevron.",
        {("chevron", "develops", TEN)},
        {("chevron", "develops", KAR)},
    ),
    "field-which-is-operated": (
        "Kazakhstan works with Tengiz and Karachaganak, which is operated by Karachaganak "
        "Petroleum Operating.",
        {("karachaganak-petroleum-operating", "develops", KAR)},
        {("karachaganak-petroleum-operating", "develops", TEN)},
    ),
    "field-participle-developed": (
        "Kazakhstan's main fields are Karachaganak and Tengiz, developed by Tengizchevroil.",
        {("tengizchevroil", "develops", TEN)},
        {("tengizchevroil", "develops", KAR)},
    ),
    "whose-summit-was-held": (
        "Kazakhstan is a member of the Organization for Security and Co-operation in Europe and "
        "the Conference on Interaction and Confidence-Building Measures in Asia, whose summit "
        "was held in Astana in October 2022.",
        {("summit-cica-astana-2022-10", "heldIn", "astana")},
        {("summit-cica-osce-astana-2022-10", "heldIn", "astana")},
    ),
    "which-shares-a-border": (
        "Kazakhstan trades with Russia and Kyrgyzstan, which shares a 1,242-kilometre border "
        "with Kazakhstan.",
        {("kgz", "sharesBorderWith", "kaz")},
        {("rus", "sharesBorderWith", "kaz")},
    ),
}


@pytest.mark.parametrize("text,wanted,invented", NEAREST.values(), ids=NEAREST.keys())
def test_a_clause_on_the_last_name_gives_the_last_name_only(text, wanted, invented):
    found = triples(text)
    assert wanted <= found, found
    assert not invented & found, found


# the whole list meant (a plural verb, "both", "all"), or the fact the main clause's: every name
WHOLE = {
    "which-have-been-members": (
        "Armenia and Russia, which have been members of the World Trade Organization since "
        "2012, signed the deal.",
        {("arm", "memberOf", WTO), ("rus", "memberOf", WTO)},
    ),
    "which-are-members": (
        "Kazakhstan cooperates with Armenia and Uzbekistan, which are members of the "
        "Commonwealth of Independent States.",
        {("arm", "memberOf", CIS), ("uzb", "memberOf", CIS)},
    ),
    "which-were-founding-members": (
        "Russia and Kazakhstan, which were founding members of the Shanghai Cooperation "
        "Organisation, signed the pact.",
        {("rus", "coFounderOf", SCO), ("kaz", "coFounderOf", SCO)},
    ),
    "both-founding-members": (
        "Kazakhstan and Russia, both founding members of the Collective Security Treaty "
        "Organization, met.",
        {("rus", "coFounderOf", "csto"), ("kaz", "coFounderOf", "csto")},
    ),
    "two-members": (
        "Kazakhstan and Armenia, two members of the Collective Security Treaty Organization, met.",
        {("arm", "memberOf", "csto"), ("kaz", "memberOf", "csto")},
    ),
    "all-founded-by": (
        "Uzbekistan belongs to the Eurasian Development Bank and the Shanghai Cooperation "
        "Organisation, all founded by Russia and Kazakhstan.",
        {("rus", "coFounderOf", SCO), ("rus", "coFounderOf", "eurasian-development-bank")},
    ),
    "both-established-by": (
        "Kazakhstan joined the Eurasian Development Bank and the Eurasian Economic Union, both "
        "established by Russia and Kazakhstan.",
        {("rus", "coFounderOf", "eaeu"), ("rus", "coFounderOf", "eurasian-development-bank")},
    ),
    "which-were-established-by": (
        "Kazakhstan is a member of the Eurasian Development Bank and the Eurasian Economic "
        "Union, which were established by Russia and Kazakhstan.",
        {("rus", "coFounderOf", "eaeu"), ("rus", "coFounderOf", "eurasian-development-bank")},
    ),
    "treaties-which-were-signed": (
        "Kazakhstan ratified the Treaty on Eternal Friendship and the Treaty on Collective "
        "Security, which were signed in Tashkent on 15 May 1992.",
        {(TCS, "signingPlace", "tashkent"), (TEF, "signingPlace", "tashkent")},
    ),
    "treaties-which-were-signed-by": (
        "Kazakhstan ratified the Astana Declaration and the Treaty on the Eurasian Economic "
        "Union, which were signed by Kazakhstan in Astana on 29 May 2014.",
        {
            ("astana-declaration", "signatory", "kaz"),
            ("treaty-on-the-eurasian-economic-union", "signatory", "kaz"),
        },
    ),
    "pipelines-which-were-built": (
        "Kazakhstan exports oil through the Atyrau–Samara pipeline and the Kazakhstan–China oil "
        "pipeline, which were built by China National Petroleum Corporation.",
        {(ASP, "builtBy", "cnpc"), (KCP, "builtBy", "cnpc")},
    ),
    "pipelines-both-built": (
        "The Atyrau–Samara pipeline and the Kazakhstan–China oil pipeline, both built by "
        "KazTransOil, carry oil.",
        {(ASP, "builtBy", "kaztransoil"), (KCP, "builtBy", "kaztransoil")},
    ),
    "pipelines-both-completed": (
        "The CPC pipeline and the Kazakhstan–China oil pipeline, both completed in 2006, carry "
        "oil.",
        {("cpc-pipeline", "completionDate", "2006"), (KCP, "completionDate", "2006")},
    ),
    "fields-which-are-developed": (
        "Kazakhstan produces oil at Karachaganak and Tengiz, which are developed by Chevron.",
        {("chevron", "develops", KAR), ("chevron", "develops", TEN)},
    ),
    "fields-both-developed": (
        "Kazakhstan's main fields are Karachaganak and Tengiz, both developed by Chevron.",
        {("chevron", "develops", KAR), ("chevron", "develops", TEN)},
    ),
    "main-clause-before-which-it-joined": (
        "Kazakhstan is a member of the Commonwealth of Independent States and the World Trade "
        "Organization, which it joined on 30 November 2015.",
        {("kaz", "memberOf", CIS), ("kaz", "memberOf", WTO)},
    ),
    "main-clause-before-participle": (
        "Kazakhstan is a member of the United Nations and the Commonwealth of Independent "
        "States (founded by Russia, Belarus and Ukraine in 1991).",
        {("kaz", "memberOf", UN), ("kaz", "memberOf", CIS)},
    ),
    # the list is no head of the clause: a noun's "between A and B", or a subject in apposition
    "relations-between-participle": (
        "Diplomatic relations between Kazakhstan and Pakistan, established on 24 February 1992, "
        "have grown.",
        {("kaz", "hasDiplomaticRelationsWith", "pak")},
    ),
    "trade-between-which-has": (
        "Trade between Kazakhstan and China, which has grown to $31 billion in 2023, is rising.",
        {("trade-chn-kaz-31000000000-2023", "tradeParty", "kaz")},
    ),
    "apposition-then-verb": (
        "Its two Caspian anchors, Kazakhstan and Azerbaijan, established diplomatic relations "
        "on 30 August 1992.",
        {("aze", "hasDiplomaticRelationsWith", "kaz")},
    ),
    "apposition-then-verb-founded": (
        "Its founders, Russia and China, established the Shanghai Cooperation Organisation in "
        "2001.",
        {("rus", "coFounderOf", SCO), ("chn", "coFounderOf", SCO)},
    ),
    # a past verb says no number ("which joined", "which signed"): the list is kept
    "which-signed-past": (
        "Russia and Belarus, which signed the Treaty on Collective Security on 15 May 1992, met "
        "in Minsk.",
        {(TCS, "signatory", "rus"), (TCS, "signatory", "blr")},
    ),
}


@pytest.mark.parametrize("text,wanted", WHOLE.values(), ids=WHOLE.keys())
def test_a_clause_on_the_whole_list_keeps_every_name(text, wanted):
    found = triples(text)
    assert wanted <= found, found


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Armenia, with Belarus and Russia, co-founded the Eurasian Economic Union.",
            {("arm", "eaeu"), ("blr", "eaeu"), ("rus", "eaeu")},
        ),
        (
            "Kyrgyzstan, along with Tajikistan and Uzbekistan, established the Central Asian "
            "Cooperation Organization.",
            {
                ("kgz", "central-asian-cooperation-organization"),
                ("tjk", "central-asian-cooperation-organization"),
                ("uzb", "central-asian-cooperation-organization"),
            },
        ),
    ],
)
def test_a_list_in_a_comma_aside_is_followed_by_the_verb(text, expected):
    """CI at session 14's end: the participle rule read the sentence's own verb after an aside
    ("A, with B and C, co-founded O") as a participle on C (lexicon pf16-aside-introducers)."""
    found = {(s, o) for s, p, o in assertion_triples(text, stem="pf16") if p == "coFounderOf"}
    assert found == expected
