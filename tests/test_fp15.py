"""Session 15's precision brief (FP15): inventions noted at the end of session 14, each mended by
its general cause and tested with look-alikes that must give nothing (or less):

- a treaty's title whose words before its head are joined by "and" ("Comprehensive and
  Progressive Agreement for Trans-Pacific Partnership") is one name, not its second conjunct
  (names.jsonl name-and-words-treaty-on); "A and B Agreement" with known names A and B, "A and
  the B Agreement" stay apart;
- a relative clause with a verb of succession after a list ("the CSTO and the EAEU, which
  succeeded EurAsEC") is the last name's, whatever its tense (lexicon fp15-succession-verbs);
- a main clause's fact over a list takes a value of a relative clause on the list's last name for
  that name only ("develops A and B, which it has developed since 1993": B's date) (nearest);
- a day without a year in a gapped clause ("which A joined on 2 January and B on 12 August
  2015") takes the year of the next clause's date only when the day comes first in that year
  (values._listed_with), and the dependency reading gives the first clause no date past "and" +
  a name (syntax_fillers._after_gapped_name);
- a claim refuted after a comma or a dash ("..., this is simply false", "-- a claim that is
  false") states nothing (hedges.jsonl hedge-pf14b-refuted-with-adverb-after; an after phrase may
  be as long as the longest listed).

And two causes of the false positives of blind70-75:
- "it" stands for the thing named last before it, also across sentences: "... the X Agreement
  was signed by A and B. C joined it a year later" is no membership of an organisation named
  before the agreement (references._it);
- a list closed by its own "and" does not go on past ", and" in the dependency reading: "together
  with A, B and C, and D, the railway company" gives D nothing (syntax_fillers._members,
  references.closed_list_cut);
- a table row that names the party's class in a cell of its own ("| State | Neighbour | Border
  (km) |") is a pair of its own, never the document's state with the row's first cell
  (tables._own_party);
- an honorific before a person's name ("His Highness Sheikh X, the Emir of Y", "His Excellency
  X") is no part of the name (names.jsonl OFFICE_TITLE_WORDS).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fact_cases import assertion_triples, mentions_of


def triples(text: str) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="fp15")


CPTPP = "comprehensive-and-progressive-agreement-for-trans-pacific-partnership"

FOUND = {
    "title-with-and": (
        "Vietnam signed the Comprehensive and Progressive Agreement for Trans-Pacific Partnership"
        " on 8 March 2018.",
        {(CPTPP, "signatory", "vnm"), (CPTPP, "signingDate", "2018-03-08")},
        {("progressive-agreement-for-trans-pacific-partnership", "signatory", "vnm")},
    ),
    "title-with-and-for-region": (
        "Kyrgyzstan signed the Trade and Transit Agreement for Central Asia in Bishkek in 2009.",
        {("trade-and-transit-agreement-for-central-asia", "signatory", "kgz")},
        {("transit-agreement-for-central-asia", "signatory", "kgz")},
    ),
    "title-of-and-stays-whole": (
        "Uzbekistan signed the Treaty of Friendship and Cooperation with Russia in 1992.",
        {("treaty-of-friendship-and-cooperation", "signatory", "uzb")},
        set(),
    ),
    "succession-past": (
        "Belarus belongs to the CIS and the EAEU, which replaced the Eurasian Economic Community.",
        {("eaeu", "predecessor", "eurasec")},
        {("cis", "predecessor", "eurasec")},
    ),
    "succession-past-succeeded": (
        "Armenia is in the CSTO and the EAEU, which succeeded EurAsEC in 2015.",
        {("eaeu", "predecessor", "eurasec")},
        {("csto", "predecessor", "eurasec")},
    ),
    "value-of-relative-on-last": (
        "Eni develops Kashagan and Karachaganak, which it has operated since 2000.",
        {
            ("eni", "develops", "kashagan-oil-field"),
            ("eni", "develops", "karachaganak-field"),
            ("field-development-eni-karachaganak-field", "startDate", "2000"),
        },
        {("field-development-eni-kashagan-oil-field", "startDate", "2000")},
    ),
    "value-of-relative-with-name": (
        "Chevron develops Karachaganak and Tengiz, which Chevron has developed since 1993.",
        {("chevron", "develops", "karachaganak-field")},
        {("field-development-chevron-karachaganak-field", "startDate", "1993")},
    ),
    "gapped-day-shares-year": (
        "The WTO, which Afghanistan joined on 29 July and Liberia on 14 July 2016, grew.",
        set(),
        {("membership-afg-wto", "startDate", "2016-07-14")},
    ),
    "gapped-day-first-in-year": (
        "The EAEU, which Armenia joined on 2 January and Kyrgyzstan on 12 August 2015, grew.",
        {
            ("arm", "memberOf", "eaeu"),
            ("membership-arm-eaeu", "startDate", "2015-01-02"),
            ("membership-kgz-eaeu", "startDate", "2015-08-12"),
        },
        {("membership-arm-eaeu", "startDate", "2015-08-12")},
    ),
    "gapped-day-main-clause": (
        "Armenia joined the EAEU on 2 January and Kyrgyzstan on 12 August 2015.",
        {
            ("membership-arm-eaeu", "startDate", "2015-01-02"),
            ("membership-kgz-eaeu", "startDate", "2015-08-12"),
        },
        set(),
    ),
    "gapped-day-later-in-year": (
        "The WTO, which Kazakhstan joined on 30 November and Afghanistan on 29 July 2016, grew.",
        {("kaz", "memberOf", "wto")},
        {
            ("membership-kaz-wto", "startDate", "2016-11-30"),
            ("membership-kaz-wto", "startDate", "2016-07-29"),
        },
    ),
    "gapped-object-another-year": (
        "Kazakhstan joined the CIS on 21 December and the WTO on 30 November 2015.",
        {("kaz", "memberOf", "cis")},
        {("membership-kaz-cis", "startDate", "2015-12-21")},
    ),
}


@pytest.mark.parametrize("text,wanted,invented", FOUND.values(), ids=FOUND.keys())
def test_what_is_found_and_what_is_not(text, wanted, invented):
    found = triples(text)
    assert wanted <= found
    assert not invented & found


NOTHING = {
    "known-names-before-agreement": "Kazakhstan and Uzbekistan Agreement on water was signed in"
    " 2019.",
    "name-and-the-agreement": "Georgia and the Association Agreement with the European Union"
    " were debated.",
    "refuted-comma-this": "Tajikistan joined the WTO in 2001, this is simply false.",
    "refuted-comma-this-bare": "Tajikistan joined the WTO in 2001, this is false.",
    "refuted-which": "Tajikistan joined the WTO in 2001, which is simply not true.",
    "refuted-double-dash-claim": "Tajikistan joined the WTO in 2001 -- a claim that is false.",
    "refuted-en-dash-claim": "Mongolia joined the OSCE in 2001 – a claim that is plainly wrong.",
    "refuted-comma-statement": "Serbia joined the CSTO in 2010, a statement that is not true.",
    "refuted-next-sentence": "Tajikistan joined the WTO in 2001. That claim is untrue.",
    "refuted-that-is": "Turkmenistan joined the CIS Free Trade Area in 2012, that is false.",
    "expected-second": "Armenia joined the EAEU on 2 January and Kyrgyzstan is expected to"
    " join on 12 August 2015.",
}

#: What a look-alike of NOTHING may still state, case by case: the first clause's undated
#: membership of "expected-second".
STILL_STATED = {"expected-second": {("arm", "memberOf", "eaeu")}}


@pytest.mark.parametrize(("case", "text"), NOTHING.items(), ids=NOTHING.keys())
def test_look_alikes_state_no_membership_signing_or_date(case, text):
    found = triples(text)
    stated = {t for t in found if t[1] in ("memberOf", "signatory", "startDate")}
    assert stated <= STILL_STATED.get(case, set())


#: The names NOTHING's title look-alikes keep apart: a known state, then the title after "and".
KEPT_APART = {
    "known-names-before-agreement": (
        ("Kazakhstan", "gazetteer", ("kaz",)),
        ("Uzbekistan Agreement", "name", "Uzbekistan Agreement"),
    ),
    "name-and-the-agreement": (
        ("Georgia", "gazetteer", ("geo",)),
        ("Association Agreement", "name", "Association Agreement"),
    ),
}


@pytest.mark.parametrize(("case", "names"), KEPT_APART.items(), ids=KEPT_APART.keys())
def test_known_name_and_title_stay_apart(case, names):
    found = mentions_of(NOTHING[case])
    assert set(names) <= set(found)
    assert not [m for m in found if m[0].startswith(names[0][0] + " and")]


KEPT = {
    "true-after-comma": (
        "Tajikistan joined the WTO in 2013, which is simply true.",
        ("tjk", "memberOf", "wto"),
    ),
    "documented": (
        "Tajikistan joined the WTO in 2013, and this is well documented.",
        ("tjk", "memberOf", "wto"),
    ),
    "dash-true-statement": (
        "Tajikistan joined the WTO in 2013 – a statement that is true.",
        ("tjk", "memberOf", "wto"),
    ),
    "that-is-aside": (
        "Tajikistan joined the WTO in 2013, that is, after long talks.",
        ("tjk", "memberOf", "wto"),
    ),
    "plural-relative-keeps-list": (
        "Kazakhstan and Russia, which have been members of the WTO since 2012, met.",
        ("kaz", "memberOf", "wto"),
    ),
    "main-clause-date-both": (
        "Chevron and Eni develop Karachaganak and Tengiz since 1993.",
        ("field-development-eni-karachaganak-field", "startDate", "1993"),
    ),
    "participle-verb-of-relative": (
        "The border was delimited by the Treaty on the Kazakh–Kyrgyz State Border, which the"
        " Kazakh and Kyrgyz presidents, Nursultan Nazarbayev and Askar Akayev, signed in Astana"
        " on 15 December 2001.",
        ("treaty-on-the-kazakh-kyrgyz-state-border", "signatory", "kaz"),
    ),
}


@pytest.mark.parametrize("text,kept", KEPT.values(), ids=KEPT.keys())
def test_true_statements_keep_their_fact(text, kept):
    assert kept in triples(text)


IT_AND_LISTS = {
    "it-after-a-treaty": (
        "The presidents met in Dushanbe for the summit of the International Fund for Saving the"
        " Aral Sea. The Framework Convention on the Protection of the Marine Environment of the"
        " Caspian Sea was signed in Tehran in 2003 by Iran and Russia. Azerbaijan joined it a year"
        " later.",
        set(),
        {("aze", "memberOf", "international-fund-for-saving-the-aral-sea")},
    ),
    "it-after-the-organisation": (
        "The Shanghai Cooperation Organisation was founded in 2001 by China, Russia and"
        " Kazakhstan. Pakistan joined it in 2017.",
        {("pak", "memberOf", "shanghai-cooperation-organisation")},
        set(),
    ),
    "closed-list-then-outer-item": (
        "Its subsidiaries include Tengizchevroil, which develops the Tengiz field together with"
        " Chevron, ExxonMobil and Lukoil, and Air Astana, the national airline.",
        {("lukoil", "develops", "tengiz-oil-field")},
        {("air-astana", "develops", "tengiz-oil-field")},
    ),
    "oxford-comma-one-list": (
        "Kazakhstan founded the Shanghai Cooperation Organisation together with China, Russia,"
        " and Tajikistan.",
        {("tjk", "coFounderOf", "shanghai-cooperation-organisation")},
        set(),
    ),
}


@pytest.mark.parametrize("text,wanted,invented", IT_AND_LISTS.values(), ids=IT_AND_LISTS.keys())
def test_it_and_closed_lists(text, wanted, invented):
    found = triples(text)
    assert wanted <= found
    assert not invented & found


#: A handout whose table rows name both neighbours ("| State | Neighbour | Border (km) |").
HANDOUT = (Path(__file__).parent / "data" / "fp15-neighbour-table.txt").read_text(encoding="utf-8")


def test_a_row_naming_its_own_pair_takes_no_shared_party():
    found = triples(HANDOUT)
    assert not {t for t in found if t[1] == "sharesBorderWith"}


HONORIFICS = {
    "honorific-before-name": (
        "His Excellency Shavkat Mirziyoyev, the President of Uzbekistan, paid a state visit to"
        " Astana in 2023.",
        {("shavkat-mirziyoyev", "headOfStateOf", "uzb")},
        {("excellency-shavkat-mirziyoyev", "headOfStateOf", "uzb")},
    ),
    "sheikh-before-name": (
        "Sheikh Mohamed bin Zayed Al Nahyan, the President of the United Arab Emirates, paid a"
        " state visit to Astana in 2022.",
        {("mohamed-bin-zayed-al-nahyan", "headOfStateOf", "are")},
        {("sheikh-mohamed-bin-zayed-al-nahyan", "headOfStateOf", "are")},
    ),
}


@pytest.mark.parametrize("text,wanted,invented", HONORIFICS.values(), ids=HONORIFICS.keys())
def test_an_honorific_is_no_part_of_a_name(text, wanted, invented):
    found = triples(text)
    assert wanted <= found
    assert not invented & found
