"""Review D's findings (session 8) in borders.py and the relation rules' border and gc-* lines:
each with the reviewer's sentence and other wordings (other states, other places) that must
give nothing, and the right readings next to them that must stay.

- a border's length in its predicate must be closed ("long", "in length", a comma, a bracket,
  the sentence's end; "along|across|through" after "for L"): "runs 20 km north of C", "is 20 km
  from C", "is 50 km wide at C" are distances or widths (borders.py and border-between-is-long,
  border-between-runs-for, the-demonym-pair-border-runs, border-possessive);
- "the L border with B" is the text's own state's only if no other state was named in the
  paragraph since the text's own state was;
- an era's border ("Soviet-era", "imperial-era", "colonial") and a past length "before|until"
  something is no border of today.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples, border_pair, border_pairs, named_cases


def borders(text: str, scoring, written_from: str | None = None) -> set:
    return border_pairs(text, scoring, written_from, stem="fix8d")


pair = border_pair


BORDER_CASES = {
    # closed lengths stay
    "demonym-pair-is-long": (
        "The Tajik–Uzbek border is 1,312 km long.",
        None,
        {pair("tjk", "uzb", "1312")},
    ),
    "between-in-length": (
        "The border between Mongolia and Russia is 3,485 km in length.",
        None,
        {pair("mng", "rus", "3485")},
    ),
    "between-runs-for-closed": (
        "The frontier between Georgia and Turkey runs for 252 km.",
        None,
        {pair("geo", "tur", "252")},
    ),
    "possessive-is-comma": (
        "Armenia's border with Iran is 44 km, the shortest it has.",
        None,
        {pair("arm", "irn", "44")},
    ),
    "runs-for-along-a-river": (
        "The Turkmen–Afghan border runs for 804 km along the Amu Darya.",
        None,
        {pair("tkm", "afg", "804")},
    ),
    # distances and widths read as lengths before (the reviewer's and other wordings)
    "runs-km-north-of": (
        "The Kazakh–Russian border runs 20 km north of Petropavlovsk.",
        None,
        set(),
    ),
    "demonym-pair-is-km-from": (
        "The Mongolian–Chinese border is 40 km from Zamyn-Uud.",
        None,
        set(),
    ),
    "between-is-wide-at": (
        "The border between Kyrgyzstan and China is 50 km wide at the pass.",
        None,
        set(),
    ),
    "between-stretches-into": (
        "The border between Georgia and Russia stretches 20 km into the mountains.",
        None,
        set(),
    ),
    "between-is-east-of": (
        "The border between Tajikistan and China is about 300 km east of Dushanbe.",
        None,
        set(),
    ),
    "between-runs-for-beside": (
        "The boundary between Iran and Iraq runs for 20 km beside the river.",
        None,
        set(),
    ),
    "possessive-within": (
        "Armenia's border with Turkey is within 30 km of the capital.",
        None,
        set(),
    ),
    "possessive-a-drive": (
        "Georgia's border with Armenia is a 60 km drive from Tbilisi.",
        None,
        set(),
    ),
    "whose-border-is-wide": (
        "Kyrgyzstan and Tajikistan, whose border is 50 km wide at the valley, signed a deal.",
        None,
        set(),
    ),
    "runs-km-along-no-for": ("The Tajik–Afghan border runs 20 km along the Panj.", None, set()),
    # an era's border, a past length before a change
    "soviet-era-border-between": (
        "The Soviet-era border between Kazakhstan and Uzbekistan was 2,300 km long.",
        None,
        set(),
    ),
    "soviet-era-border-between-is": (
        "The Soviet-era border between Tajikistan and Kyrgyzstan is 970 km long.",
        None,
        set(),
    ),
    "imperial-era-boundary": (
        "The imperial-era boundary between Iran and Turkey was 500 km long.",
        None,
        set(),
    ),
    "colonial-boundary-runs-for": (
        "The colonial boundary between Mongolia and China runs for 4,700 km.",
        None,
        set(),
    ),
    "past-length-before-an-exchange": (
        "The border between Uzbekistan and Kyrgyzstan was 1,200 km long before the 2017 exchange.",
        None,
        set(),
    ),
}


@pytest.mark.parametrize("text, written_from, expected", named_cases(BORDER_CASES))
def test_border_lengths_closed(text, written_from, expected, scoring):
    assert borders(text, scoring, written_from) == expected


DOCUMENT_STATE_CASES = {
    "another-state-two-sentences-before": (
        "Uzbekistan has the region's strongest army. The army fought insurgents in 2000. "
        "Soldiers patrol the 144 km border with Afghanistan.",
        set(),
    ),
    "another-state-three-sentences-before": (
        "Mongolia has built a new road. The road opened in 2019. It carries freight. Guards "
        "watch the 3,485 km border with Russia.",
        set(),
    ),
    "own-state-named-last": (
        "Kazakhstan has a large army. The army fought insurgents in 2000. Soldiers patrol the "
        "1,782 km border with China.",
        {pair("kaz", "chn", "1782")},
    ),
    "own-state-named-after-another": (
        "Uzbekistan has a large army. Kazakhstan has built new posts. Soldiers patrol the "
        "1,782 km border with China.",
        {pair("kaz", "chn", "1782")},
    ),
}


@pytest.mark.parametrize("text, expected", named_cases(DOCUMENT_STATE_CASES))
def test_text_own_state_border(text, expected, scoring):
    assert borders(text, scoring, "Kazakhstan") == expected


_READ = ("guarantor", "beneficiary", "chairedBy", "year")


def _triples(text: str, written_from: str | None = None) -> set[tuple[str, str, str]]:
    """(subject, property, object) of the guarantor and chair assertions of ``text``."""
    found = assertion_triples(text, stem="fix8d", written_from=written_from)
    return {t for t in found if t[1] in _READ}


GUARCHAIR_CASES = {
    # 4: "it" is the chairmanship only when that noun ends the clause before ";"
    "took-it-over-a-pipeline": (
        "The pipeline was sold to a state firm in 2019; China took it over in 2020.",
        set(),
    ),
    "took-it-over-a-stake-after-the-chairmanship": (
        "The stake changed hands after the chairmanship ended; Russia took it over in 2021.",
        set(),
    ),
    "took-it-over-the-chairmanship": (
        "Pakistan handed over the SCO chairmanship in 2017; Kyrgyzstan took it over in 2018.",
        {
            ("shanghai-cooperation-organisation", "chairedBy", "kgz"),
        },
    ),
    # 5: another organisation's chairmanship
    "summit-under-a-chairmanship-of-another-body": (
        "The CSTO held its annual summit in Minsk under Belarus's chairmanship of the CIS.",
        None,
    ),
    # 6: a guarantee outside the treaty
    "guaranteed-in-a-separate-statement": (
        "The Budapest Memorandum was signed in 1994; France guaranteed Belarus's security in a "
        "separate declaration.",
        set(),
    ),
    "guarantors-only-in-name": (
        "The United Kingdom and Russia are guarantors of Belarus's security under the Budapest "
        "Memorandum only in name.",
        set(),
    ),
    # 10: a chairmanship proposed, planned or bid for
    "demonym-chairmanship-proposed": (
        "The Uzbek chairmanship of the OSCE was proposed in 2020 but rejected.",
        set(),
    ),
    "demonym-chairmanship-planned-with-year": (
        "The Mongolian chairmanship of the OSCE in 2028 was planned by Ulaanbaatar.",
        set(),
    ),
    "demonym-chairmanship-bid": (
        "Tbilisi launched a bid for the Georgian chairmanship of the OSCE in 2029.",
        set(),
    ),
    "demonym-chairmanship-would": (
        "The Turkmen chairmanship of the CIS would begin in 2027.",
        set(),
    ),
}


@pytest.mark.parametrize("text, expected", named_cases(GUARCHAIR_CASES))
def test_guarantors_and_chairs_look_alikes(text, expected):
    found = _triples(text)
    if expected is None:  # only the other body's chair: no chair of the summit's organisation
        assert all(
            s not in {"csto", "collective-security-treaty-organization"} for s, _, _ in found
        )
        return
    if expected:
        assert expected <= found, found
    else:
        assert found == set(), found


def test_a_demonym_chairmanship_held_stays():
    found = _triples("The Kazakh chairmanship of the OSCE in 2010 was a success.")
    assert ("osce", "chairedBy", "kaz") in found, found


OUR_CHAIR_CASES = {
    # 3: "our" is the text's own state only opening the sentence, not quoted, not planned
    "quoted-another-speaker": (
        'Foreign Minister Mirzoyan of Armenia recalled: "During our chairmanship of the CSTO in '
        '2021, Yerevan hosted the summit."',
        set(),
    ),
    "after-a-speaker-verb": (
        "The envoy said that during our chairmanship of the CICA in 2022 trade grew.",
        set(),
    ),
    "another-state-before-our": (
        "Turkey hopes that during our chairmanship of the OIC in 2026 trade will grow.",
        set(),
    ),
    "future-in-the-clause": (
        "During our chairmanship of the CICA in 2030, we will host a summit.",
        set(),
    ),
    "conditional-later-in-the-sentence": (
        "We will continue the reforms begun under our presidency of the OSCE in 2030 if we are "
        "elected.",
        set(),
    ),
    "own-chairmanship-held": (
        "During our chairmanship of the OSCE in 2010, we hosted a summit in the capital.",
        {("osce", "chairedBy", "kaz"), ("chairmanship-osce-kaz", "year", "2010")},
    ),
}


@pytest.mark.parametrize("text, expected", named_cases(OUR_CHAIR_CASES))
def test_our_chairmanship(text, expected):
    assert _triples(text, "Kazakhstan") == expected


CHRONOLOGY_CASES = {
    # 7: the line's date dates the chairmanship only when "during" goes with the line's event
    "a-conference-on-what-happened-during": (
        "2013 – Conference on abuses committed during Kyrgyzstan's chairmanship of the CSTO.",
        {("csto", "chairedBy", "kgz")},
    ),
    "a-report-on-a-meeting-with-its-own-year": (
        "2014 – Report on the meeting held in 2011 during Tajikistan's chairmanship of the CIS.",
        {("cis", "chairedBy", "tjk")},
    ),
    "a-summit-held-during": (
        "2019 – Summit held in Bishkek during Kyrgyzstan's chairmanship of the SCO.",
        {
            ("shanghai-cooperation-organisation", "chairedBy", "kgz"),
            ("chairmanship-shanghai-cooperation-organisation-kgz", "year", "2019"),
        },
    ),
    "a-city-hosts-the-summit-during": (
        "2021 – Dushanbe hosts the summit of the CSTO during Tajikistan's chairmanship of the "
        "CSTO.",
        {("csto", "chairedBy", "tjk"), ("chairmanship-csto-tjk", "year", "2021")},
    ),
}


@pytest.mark.parametrize("text, expected", named_cases(CHRONOLOGY_CASES))
def test_chronology_chairmanship_dated(text, expected):
    found = {t for t in _triples(text) if t[1] in ("chairedBy", "year")}
    assert found == expected, found
