"""Look-alikes of the founding and "like/with" readings (FIX8C, session 8, after the review of
part C).

A founded organisation is a name that ends the founding clause, not the start of a longer name
or a possessive ("founding the SCO Energy Club", "setting up the SCO's fund"); a relative
founding clause (", which founded O") follows the treaty, its place, its date or the one list
of its signatories, never a co-signatory after another ("A signed T with B, which founded O");
"X, like Y," likens Y only in the subject's own verb, never with an "unlike" in the sentence or
a qualifier on Y ("like Y in many respects"); "X, with A, founded O" adds A only when the phrase
holds names alone ("with A in mind" adds no one); a founding clause that dates a name ("O,
established under that name in D", "established as N in D") dates no founding. Each test is
worded and peopled unlike the sentences that suggested it, beside the reviewer's own."""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples


def _triples(text: str, stem: str, predicate: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in assertion_triples(text, stem=stem) if p == predicate}


def _founding_dates(text: str, stem: str) -> set[str]:
    return {
        o
        for s, p, o in assertion_triples(text, stem=stem)
        if p == "startDate" and s.startswith("founding-membership-")
    }


@pytest.mark.parametrize(
    "text",
    [
        # a name that only starts a longer one, or a possessive
        "India signed the agreement in Tashkent in 2023, creating the SCO Energy Club.",
        "Uzbekistan signed the protocol in 2019, setting up the SCO's development fund.",
        "Kazakhstan signed the Astana Declaration in 2010, effectively founding the CICA "
        "Secretariat.",
        "The presidents of Kazakhstan and Kyrgyzstan signed an agreement in Bishkek in 2018, "
        "setting up the EAEU's working group.",
        "Armenia signed the Treaty on Accession in Minsk in 2014, which founded the EAEU's "
        "enlarged market.",
        "In 2007 Tajikistan and Kyrgyzstan signed a protocol, establishing the CSTO Collective "
        "Forces headquarters.",
        "Georgia and Moldova signed a memorandum in Kyiv in 2003, forming the GUAM’s "
        "parliamentary assembly.",
        # a relative clause after a co-signatory
        "Mongolia signed a transit agreement with Russia in 2019, which founded the Eurasian "
        "Economic Union.",
        "Kazakhstan signed the treaty with Uzbekistan, which founded the CSTO, in 1992.",
        "Azerbaijan signed an agreement with Turkey in 2010, which founded the Turkic Council a "
        "year earlier.",
        "Georgia signed a memorandum with Ukraine in 1997, which created the GUAM Organization "
        "for Democracy and Economic Development.",
    ],
)
def test_a_founding_clause_of_another_name_or_antecedent_gives_no_cofounding(text):
    assert _triples(text, "f8c1", "coFounderOf") == set()


@pytest.mark.parametrize(
    "text",
    [
        # the clause ends after the name: a comma, a relative clause on the organisation
        "On 25 May 1981 Bahrain, Kuwait, Oman, Qatar, Saudi Arabia and the United Arab Emirates "
        "signed the Charter of the Cooperation Council for the Arab States of the Gulf in Abu "
        "Dhabi, founding the Gulf Cooperation Council, which is based in Riyadh.",
        # a relative clause after the one list of signatories of a participle on the treaty
        "Recalling the Charter of the Cooperation Council for the Arab States of the Gulf, "
        "signed in Abu Dhabi on 25 May 1981 by Bahrain, Kuwait, Oman, Qatar, Saudi Arabia and "
        "the United Arab Emirates, which founded the Gulf Cooperation Council, we meet again.",
    ],
)
def test_a_founding_clause_that_ends_with_the_name_still_reads(text):
    states = ("bhr", "kwt", "omn", "qat", "sau", "are")
    expected = {(state, "gulf-cooperation-council") for state in states}
    assert _triples(text, "f8c2", "coFounderOf") == expected


@pytest.mark.parametrize(
    ("text", "unlikened"),
    [
        # the like phrase belongs to another verb sharing the subject
        ("Kazakhstan, like Turkmenistan, borders the Caspian Sea, but unlike it, is a member of "
         "the CSTO.", "tkm"),
        ("Kazakhstan, like Turkmenistan, borders the Caspian Sea and is a member of the CSTO.",
         "tkm"),
        ("Kazakhstan, like Turkmenistan, was a Soviet republic, and is now a member of the CSTO.",
         "tkm"),
        ("Tajikistan, like Kyrgyzstan, borders China and belongs to the CSTO.", "kgz"),
        # a qualified like phrase
        ("Kazakhstan, like Turkmenistan in many respects, is a member of the CSTO.", "tkm"),
        ("Kyrgyzstan, like Tajikistan in some ways, belongs to the CSTO.", "tjk"),
    ],
)  # fmt: skip
def test_a_like_phrase_of_another_verb_or_qualified_likens_no_one(text, unlikened):
    assert not any(s == unlikened for s, _ in _triples(text, "f8c3", "memberOf"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kazakhstan (like Turkmenistan) is a member of the UN.",
         {("kaz", "united-nations"), ("tkm", "united-nations")}),
        ("Like Kyrgyzstan and Tajikistan, Kazakhstan belongs to the CSTO.",
         {("kaz", "csto"), ("kgz", "csto"), ("tjk", "csto")}),
    ],
)  # fmt: skip
def test_a_plain_like_phrase_on_the_subjects_own_verb_still_likens(text, expected):
    assert _triples(text, "f8c4", "memberOf") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kazakhstan, with Russia in mind, co-founded the CICA.", {("kaz", "cica")}),
        ("Uzbekistan, with China in view, co-founded the Shanghai Cooperation Organisation.",
         {("uzb", "shanghai-cooperation-organisation")}),
        ("Kazakhstan, with Russia and Belarus, co-founded the Eurasian Economic Union.",
         {("kaz", "eaeu"), ("rus", "eaeu"), ("blr", "eaeu")}),
    ],
)  # fmt: skip
def test_a_with_phrase_adds_founders_only_when_it_holds_names_alone(text, expected):
    assert _triples(text, "f8c5", "coFounderOf") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan is a founding member of the Organization of Turkic States, established under "
        "that name in 2021.",
        "Kazakhstan is a founding member of the Organization of Turkic States, established as the "
        "Turkic Council in 2009.",
    ],
)
def test_a_renaming_dates_no_founding(text):
    assert _triples(text, "f8c6", "coFounderOf") == {("kaz", "organization-of-turkic-states")}
    assert _founding_dates(text, "f8c6") == set()


def test_a_plain_founding_participle_still_dates_the_founding():
    text = (
        "Kazakhstan and Russia are founding members of the Eurasian Economic Union, established "
        "in 2015 together with Belarus."
    )
    assert _founding_dates(text, "f8c7") == {"2015"}
