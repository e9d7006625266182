"""Session 19's hunt for invented facts on texts of regions the extractor had not been tuned for
(brief FPH19: the GCC, ASEAN, SAARC and BIMSTEC, the AU, ECOWAS and the EAC, the Arab League,
the OAS, the Commonwealth, the BSEC, CAREC and the ADB, the EDB, the CBSS, the Visegrad Group,
Caspian ports, the IEA and the WTO's accessions, the Danube Commission). Each cause is mended in
general and tested here in other wordings, with what must still be found beside what must not:

- a role a rule leaves to the organisation under discussion ("B joined in 2016", "its next
  summit took place in C", "B was admitted in D", "B became the 50th member in D") while the
  organisations named nearest before, in the sentence itself or else in the latest sentence of
  its paragraph that named one, leave the topic out: "The IEA ... . X became the 162nd member of
  the WTO. A and B joined in 2016." (references._unrivalled_topic, the "topic" strategy). A new
  paragraph goes back to the topic;
- a closing clause whose last words refute what the sentence said ("X joined O in D, but
  Tashkent disputes that account.", "...; the ministry rejects this.", "..., though historians
  dispute the date."): hedges._refuted_closing_clause, lexicon lists fph19-refuting-clause-verbs
  and fph19-refuted-clause-nouns. A negation in the clause ("and Tashkent has never disputed
  this") and "it" as the object ("but the parliament rejected it") keep the fact.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="fph19")


IEA, WTO, SCO, CSTO = "iea", "wto", "shanghai-cooperation-organisation", "csto"
BSEC = "organization-of-the-black-sea-economic-cooperation"
IEA_OPENING = (
    "The International Energy Agency (IEA) was founded in 1974. It has 32 member countries."
)

# text -> (the triples that must be found, the triples that must not)
TOPIC_RIVALS = {
    "other-organisation-in-the-sentence-before": (
        IEA_OPENING + "\n\nKazakhstan became the 162nd member of the World Trade Organization on "
        "30 November 2015. Afghanistan and Liberia joined in 2016.",
        {("kaz", "memberOf", WTO)},
        {("afg", "memberOf", IEA), ("lbr", "memberOf", IEA)},
    ),
    "a-chain-of-bare-joinings": (
        IEA_OPENING + "\n\nKazakhstan became the 162nd member of the World Trade Organization in "
        "2015. Afghanistan joined in 2016. Comoros and Timor-Leste joined in August 2024.",
        {("kaz", "memberOf", WTO)},
        {("afg", "memberOf", IEA), ("com", "memberOf", IEA), ("tls", "memberOf", IEA)},
    ),
    "became-a-member-of-then-joined": (
        "The Conference on Interaction and Confidence-Building Measures in Asia was proposed in "
        "1992. Qatar and Bahrain are observers. Vietnam became a member of the Asian "
        "Infrastructure Investment Bank in 2015. Thailand joined in 2002.",
        {("vnm", "memberOf", "asian-infrastructure-investment-bank")},
        {("tha", "memberOf", "cica")},
    ),
    "a-question-naming-another": (
        "The Turkic Council held its first summit in Almaty in 2011. Could Kyrgyzstan join the "
        "Eurasian Economic Union in 2014? It joined in 2015.",
        set(),
        {("kgz", "memberOf", "cooperation-council-of-turkic-speaking-states")},
    ),
    "admitted-after-another": (
        "The Shanghai Cooperation Organisation was founded in 2001. Armenia became a member of "
        "the Eurasian Economic Union in January 2015. Kyrgyzstan was admitted in August 2015.",
        {("arm", "memberOf", "eaeu")},
        {("kgz", "memberOf", SCO)},
    ),
    "nth-member-after-another": (
        "The Eurasian Development Bank was founded in 2006. Uzbekistan joined the Asian "
        "Development Bank in 1995. Tajikistan became the 50th member in 1998.",
        {("uzb", "memberOf", "adb")},
        {("tjk", "memberOf", "eurasian-development-bank")},
    ),
    "after-a-semicolon-naming-another": (
        "The Organization of the Black Sea Economic Cooperation held its first summit in Istanbul "
        "in June 1992. The Commonwealth of Nations met in Kigali in June 2022; its next summit "
        "took place in Apia in October 2024.",
        set(),
        {("summit-" + BSEC + "-apia-2024-10", "heldIn", "apia")},
    ),
    # look-alikes that keep the topic
    "no-other-organisation": (
        IEA_OPENING + " Latvia joined in 2024.",
        {("lva", "memberOf", IEA)},
        set(),
    ),
    "a-new-paragraph-goes-back-to-the-topic": (
        "The Shanghai Cooperation Organisation was founded in 2001. Mongolia, a member of the "
        "OSCE, has been an observer since 2004.\n\nIndia joined in 2017.",
        {("ind", "memberOf", SCO)},
        {("mng", "memberOf", SCO)},
    ),
    "the-topic-named-beside-another": (
        "The Shanghai Cooperation Organisation was founded in 2001. The SCO works with ASEAN. "
        "India joined in 2017.",
        {("ind", "memberOf", SCO)},
        set(),
    ),
    "a-list-of-joinings": (
        "ASEAN was established in Bangkok in 1967. Brunei joined in 1984, Vietnam in 1995, and "
        "Cambodia in 1999.",
        {("brn", "memberOf", "asean"), ("vnm", "memberOf", "asean")},
        set(),
    ),
    "its-summit-in-a-sentence-of-its-own": (
        "The Organization of the Black Sea Economic Cooperation held its first summit in Istanbul "
        "in June 1992. Its thirtieth anniversary summit took place in Belgrade in June 2022.",
        {("summit-" + BSEC + "-belgrade-2022-06", "heldIn", "belgrade")},
        set(),
    ),
}

REFUTED_CLAUSES = {
    "but-disputes-that-account": (
        "Uzbekistan joined the CSTO in 2006, but Tashkent disputes that account.",
        set(),
        {("uzb", "memberOf", CSTO)},
    ),
    "according-to-but-disputes": (
        "The Central Asian Union was established in 1994 by the presidents of Kazakhstan, "
        "Kyrgyzstan and Uzbekistan, according to a Russian newspaper, but Tashkent disputes that "
        "account.",
        set(),
        {
            ("kaz", "coFounderOf", "central-asian-union"),
            ("uzb", "coFounderOf", "central-asian-union"),
        },
    ),
    "semicolon-rejects-this": (
        "Uzbekistan joined the CSTO in 2006; the ministry rejects this.",
        set(),
        {("uzb", "memberOf", CSTO)},
    ),
    "though-dispute-the-date": (
        "Uzbekistan joined the CSTO in 2006, though historians dispute the date.",
        set(),
        {("uzb", "memberOf", CSTO)},
    ),
    "contest-this-version": (
        "Uzbekistan joined the CSTO in 2006, but officials in Tashkent contest this version.",
        set(),
        {("uzb", "memberOf", CSTO)},
    ),
    "yet-rejects-the-claim": (
        "Armenia joined the Eurasian Economic Union in 2015, yet Yerevan rejects the claim.",
        set(),
        {("arm", "memberOf", "eaeu")},
    ),
    # look-alikes that keep the fact
    "never-disputed": (
        "Uzbekistan joined the CSTO in 2006, and Tashkent has never disputed this.",
        {("uzb", "memberOf", CSTO)},
        set(),
    ),
    "does-not-dispute": (
        "Uzbekistan joined the CSTO in 2006, and Kazakhstan does not dispute this.",
        {("uzb", "memberOf", CSTO)},
        set(),
    ),
    "confirms": (
        "Uzbekistan joined the CSTO in 2006, which Tashkent confirms.",
        {("uzb", "memberOf", CSTO)},
        set(),
    ),
    "according-to-alone": (
        "Uzbekistan joined the CSTO in 2006, according to the ministry.",
        {("uzb", "memberOf", CSTO)},
        set(),
    ),
    "disputes-another-thing": (
        "Uzbekistan joined the CSTO in 2006, but Tashkent disputes the border with Tajikistan.",
        {("uzb", "memberOf", CSTO)},
        set(),
    ),
    "rejected-it-later": (
        "Armenia joined the Eurasian Economic Union in 2015; a referendum never rejected it.",
        {("arm", "memberOf", "eaeu")},
        set(),
    ),
}


@pytest.mark.parametrize("case", TOPIC_RIVALS.values(), ids=TOPIC_RIVALS.keys())
def test_a_nearer_organisation_keeps_the_topic_out(case):
    text, wanted, unwanted = case
    found = triples(text)
    assert wanted <= found
    assert not unwanted & found


@pytest.mark.parametrize("case", REFUTED_CLAUSES.values(), ids=REFUTED_CLAUSES.keys())
def test_a_closing_clause_that_refutes_hedges_the_fact(case):
    text, wanted, unwanted = case
    found = triples(text)
    assert wanted <= found
    assert not unwanted & found
