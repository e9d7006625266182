"""Guarantors and chairmanships in the ways writers state them (GUARCHAIR-s8). Found on the
development corpora (a fact sheet's "T: signed ... by ...; A, B and C are guarantors of K's
security", a UN briefing's "which holds the Council's rotating presidency for January 2018", a
book chapter's "handed the chairmanship to B in Y; C took it over in Y2"); written here in other
wording, with other entities, each family beside look-alikes that must give nothing."""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples

QATT = "quadrilateral-agreement-on-transit-trade"
OSCE = "osce"


_READ = ("guarantor", "beneficiary", "chairedBy", "year")


def _triples(text: str, written_from: str | None = None) -> set[tuple[str, str, str]]:
    """(subject, property, object) of the assertions of ``text``, local names."""
    found = assertion_triples(text, stem="guarchair", written_from=written_from)
    return {t for t in found if t[1] in _READ}


def _guarantee(treaty: str, guarantors: list[str], beneficiary: str | None = None) -> set:
    found = {(treaty, "guarantor", g) for g in guarantors}
    return found | ({(treaty, "beneficiary", beneficiary)} if beneficiary else set())


def _chair(org: str, state: str, year: str | None = None) -> set:
    found = {(org, "chairedBy", state)}
    return found | ({(f"chairmanship-{org}-{state}", "year", year)} if year else set())


GUARANTOR_CASES = [
    # the treaty named before ";", the guarantors and whose security after it
    (
        "• Quadrilateral Agreement on Transit Trade: signed in Kabul on 2 March 2001 by "
        "Uzbekistan, Mongolia, France and Germany; France, Germany and Poland are guarantors of "
        "Mongolia's sovereignty.",
        _guarantee(QATT, ["fra", "deu", "pol"], "mng"),
    ),
    (
        "2 March 2001 – The Quadrilateral Agreement on Transit Trade is signed in Kabul; France "
        "and Germany guarantee Mongolia's security.",
        _guarantee(QATT, ["fra", "deu"], "mng"),
    ),
    (
        "The envoy said that France, Germany and Poland had guaranteed Mongolia's independence "
        "under the Quadrilateral Agreement on Transit Trade.",
        _guarantee(QATT, ["fra", "deu", "pol"], "mng"),
    ),
    (
        "The Quadrilateral Agreement on Transit Trade was signed in Kabul on 2 March 2001; "
        "France, Germany and Poland are its guarantors, and Mongolia its beneficiary.",
        _guarantee(QATT, ["fra", "deu", "pol"], "mng"),
    ),
    (
        "The Quadrilateral Agreement on Transit Trade was signed in Kabul in 2001. France, "
        "Germany and Poland are its guarantors.",
        _guarantee(QATT, ["fra", "deu", "pol"]),
    ),
    (
        "France, Germany and Poland signed the Quadrilateral Agreement on Transit Trade in Kabul. "
        "The three signatories are the agreement's guarantors.",
        _guarantee(QATT, ["fra", "deu", "pol"]),
    ),
    (
        "Germany, which opened an embassy in Ulaanbaatar in 1992, is one of the three "
        "guarantors, with France and Poland, of the Quadrilateral Agreement on Transit Trade "
        "given to Mongolia.",
        _guarantee(QATT, ["fra", "deu", "pol"], "mng"),
    ),
    (
        "France, Germany and Poland are the guarantors of Mongolia's security under the "
        "Quadrilateral Agreement on Transit Trade.",
        _guarantee(QATT, ["fra", "deu", "pol"], "mng"),
    ),
    (
        "Under the Quadrilateral Agreement on Transit Trade, signed in Kabul in 2001, France and "
        "Germany guarantee Mongolia's sovereignty.",
        _guarantee(QATT, ["fra", "deu"], "mng"),
    ),
    (
        "In the Quadrilateral Agreement on Transit Trade, France, Germany and Poland acted as "
        "guarantors.",
        _guarantee(QATT, ["fra", "deu", "pol"]),
    ),
    (
        "The Quadrilateral Agreement on Transit Trade, guaranteed by France and Germany, entered "
        "into force in 2002.",
        _guarantee(QATT, ["fra", "deu"]),
    ),
    (
        "The Quadrilateral Agreement on Transit Trade's guarantors are France and Germany.",
        _guarantee(QATT, ["fra", "deu"]),
    ),
    # the light verb's indirect object is the beneficiary
    (
        "In 2003 France and Germany gave Mongolia security assurances in the Quadrilateral "
        "Agreement on Transit Trade.",
        _guarantee(QATT, ["fra", "deu"], "mng"),
    ),
    (
        "In 2003 France and Germany gave Mongolia firm assurances in the Quadrilateral Agreement "
        "on Transit Trade.",
        _guarantee(QATT, ["fra", "deu"], "mng"),
    ),
    (
        "The Quadrilateral Agreement on Transit Trade, signed in Kabul in 2001, made France and "
        "Germany guarantors of Mongolia's sovereignty.",
        _guarantee(QATT, ["fra", "deu"], "mng"),
    ),
    (
        "Mongolia, Uzbekistan and Turkmenistan signed the Quadrilateral Agreement on Transit "
        "Trade in Kabul. By signing the agreement's protocol in Geneva on 6 May 2004, France and "
        "Germany became guarantors of the zone.",
        _guarantee(QATT, ["fra", "deu"]),
    ),
]


GUARANTOR_CASES += [
    (
        "The Quadrilateral Agreement on Transit Trade, signed in Kabul in 2001 and guaranteed by "
        "France and Germany, entered into force in 2002.",
        _guarantee(QATT, ["fra", "deu"]),
    ),
    (
        "Mongolia's security is guaranteed by France and Germany under the Quadrilateral "
        "Agreement on Transit Trade.",
        _guarantee(QATT, ["fra", "deu"], "mng"),
    ),
    (
        "France and Germany act as guarantors of Mongolia's security under the Quadrilateral "
        "Agreement on Transit Trade.",
        _guarantee(QATT, ["fra", "deu"], "mng"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), GUARANTOR_CASES)
def test_guarantors_in_many_wordings(text, expected):
    found = {t for t in _triples(text) if t[1] in ("guarantor", "beneficiary")}
    assert found == expected


GUARANTOR_LOOKALIKES = [
    "The Quadrilateral Agreement on Transit Trade was signed in Kabul in 2001; Mongolia called "
    "on the guarantors to act.",
    "The Quadrilateral Agreement on Transit Trade was signed in Kabul in 2001; Poland is not a "
    "guarantor of Mongolia's security.",
    "The Quadrilateral Agreement on Transit Trade was signed in Kabul in 2001; France would act "
    "as guarantor of Mongolia's security.",
    "The Quadrilateral Agreement on Transit Trade was signed in Kabul in 2001; France and "
    "Germany guaranteed loans to Mongolia.",
    "The Quadrilateral Agreement on Transit Trade was signed in Kabul in 2001; security "
    "guarantees for Mongolia were discussed by France and Germany.",
    "The Quadrilateral Agreement on Transit Trade was signed in Kabul in 2001. France and "
    "Germany gave Mongolia separate assurances in national statements rather than in the "
    "agreement.",
    "France and Germany could become guarantors of the Quadrilateral Agreement on Transit Trade.",
    "The Quadrilateral Agreement on Transit Trade was signed in Kabul in 2001; France and "
    "Germany may guarantee Mongolia's security.",
    "The Quadrilateral Agreement on Transit Trade was signed in Kabul in 2001; France and "
    "Germany are not its guarantors.",
    "The Memorandum on Security Assurances, signed in Budapest in 1994, made Ukraine a "
    "non-nuclear state.",
    "By signing the treaty's protocol in 2014, China and France pledged support.",
    "Mongolia's security is not guaranteed by France under the Quadrilateral Agreement on "
    "Transit Trade.",
    "The Quadrilateral Agreement on Transit Trade, signed in Kabul in 2001 and guaranteed by a "
    "bank loan, entered into force.",
]


@pytest.mark.parametrize("text", GUARANTOR_LOOKALIKES)
def test_guarantor_lookalikes_give_nothing(text):
    assert not {t for t in _triples(text) if t[1] in ("guarantor", "beneficiary")}


CHAIR_CASES = [
    (
        "The Organization of Turkic States met in Baku. Uzbekistan, which holds the "
        "Organization's rotating presidency for November 2022, hosted the talks.",
        _chair("organization-of-turkic-states", "uzb", "2022"),
    ),
    # a possessive short form: "the Council's" is the council named before
    (
        "The Arctic Council met in Tromso. Norway, which holds the Council’s rotating "
        "chairmanship for 2023, spoke first.",
        _chair("arctic-council", "nor", "2023"),
    ),
    (
        "The Eurasian Economic Union held its summit in Minsk on 20 May 2022 under Belarus’s "
        "chairmanship.",
        _chair("eaeu", "blr"),
    ),
    (
        "Mongolia joined the Organization for Security and Co-operation in Europe in 2012. In "
        "2021 Sweden became the first Nordic state to chair it.",
        _chair(OSCE, "swe", "2021"),
    ),
    (
        "The Collective Security Treaty Organization, which Armenia joined in 1994 and chaired "
        "in 2022, met in Yerevan.",
        _chair("csto", "arm", "2022"),
    ),
    (
        "In 2019 Azerbaijan had the honour to chair the Non-Aligned Movement.",
        _chair("non-aligned-movement", "aze", "2019"),
    ),
    (
        "Uzbekistan presided over the Commonwealth of Independent States in 2021.",
        _chair("cis", "uzb", "2021"),
    ),
    (
        "The Conference on Interaction and Confidence-Building Measures in Asia held its summit "
        "in Astana in 2022. Turkey handed the chairmanship to Azerbaijan in 2020; Kazakhstan took "
        "it over in 2022 and Mongolia in 2024.",
        _chair("cica", "aze", "2020")
        | _chair("cica", "kaz", "2022")
        | _chair("cica", "mng", "2024"),
    ),
    (
        "Poland duly chaired the Organization for Security and Co-operation in Europe in 2022.",
        _chair(OSCE, "pol", "2022"),
    ),
    (
        "Austria took over the chairmanship of the Organization for Security and Co-operation in "
        "Europe from Germany in January 2017.",
        _chair(OSCE, "aut", "2017"),
    ),
    (
        "Kyrgyzstan held the rotating presidency of the Eurasian Economic Union for 2022.",
        _chair("eaeu", "kgz", "2022"),
    ),
    (
        "Mongolia is a member of the Organization for Security and Co-operation in Europe, which "
        "it chaired in 2019.",
        _chair(OSCE, "mng", "2019"),
    ),
    (
        "The ministers thanked Uzbekistan for its successful chairmanship of the Commonwealth of "
        "Independent States.",
        _chair("cis", "uzb"),
    ),
    (
        "We congratulate Azerbaijan on assuming the chairmanship of the Non-Aligned Movement in "
        "2019.",
        _chair("non-aligned-movement", "aze", "2019"),
    ),
    (
        "The leaders met in Samarkand on 11 November 2022, when Uzbekistan took over the "
        "Organization of Turkic States' chairmanship.",
        _chair("organization-of-turkic-states", "uzb", "2022"),
    ),
    (
        "The leaders met in Samarkand on 11 November 2022, when Uzbekistan took over the "
        "chairmanship of the Organization of Turkic States.",
        _chair("organization-of-turkic-states", "uzb", "2022"),
    ),
    # a chronology line's date is the year of the chairmanship its event fell in
    (
        "2021 – Dushanbe hosts a forum during Tajikistan's chairmanship of the Commonwealth of "
        "Independent States.",
        _chair("cis", "tjk", "2021"),
    ),
]


CHAIR_CASES += [
    # a demonym's state
    (
        "The Uzbek chairmanship of the Commonwealth of Independent States in 2021 was busy.",
        _chair("cis", "uzb", "2021"),
    ),
    (
        "Uzbekistan chaired the Commonwealth of Independent States for the first time in 2021.",
        _chair("cis", "uzb", "2021"),
    ),
    # the one replaced is no chair of that year (the dependency reading gave Belarus before)
    (
        "Uzbekistan succeeded Belarus as the chair of the Commonwealth of Independent States in "
        "2021.",
        _chair("cis", "uzb", "2021"),
    ),
    (
        "Uzbekistan replaced Belarus as chairman of the Commonwealth of Independent States.",
        _chair("cis", "uzb"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CHAIR_CASES)
def test_chairmanships_in_many_wordings(text, expected):
    assert {t for t in _triples(text) if t[1] in ("chairedBy", "year")} == expected


@pytest.mark.parametrize(
    "text",
    [
        "During our presidency of the Eurasian Economic Union in 2023, we hosted the summit.",
        "Under our chairmanship of the Eurasian Economic Union in 2023 the summit met in Bishkek.",
    ],
)
def test_a_first_person_chairmanship_is_the_texts_own_state(text):
    assert _triples(text, written_from="Kyrgyzstan") == _chair("eaeu", "kgz", "2023")


CHAIR_LOOKALIKES = [
    "Uzbekistan chaired a meeting of the Commonwealth of Independent States in 2021.",
    "The Commonwealth of Independent States held a session chaired by the foreign minister of "
    "Uzbekistan in 2021.",
    "Uzbekistan is expected to chair the Commonwealth of Independent States in 2026.",
    "Uzbekistan's bid to chair the Commonwealth of Independent States in 2026 failed.",
    "Mr Karimov, the chairman of Kazmunaygas, met the Commonwealth of Independent States "
    "delegation.",
    "During his presidency Uzbekistan joined the Commonwealth of Independent States in 1991.",
    "Uzbekistan will preside over the Commonwealth of Independent States in 2027.",
    "Uzbekistan presided over a meeting of the Commonwealth of Independent States in 2021.",
    "In 2019 Azerbaijan hoped to have the honour to chair the Non-Aligned Movement.",
    "The Non-Aligned Movement met in Baku. Azerbaijan took it over in 2019.",
    "The Eurasian Economic Union held its summit in Minsk in 2022, and Belarus chaired a working "
    "group.",
    "Mongolia joined the Organization for Security and Co-operation in Europe in 2012. In 2021 "
    "Sweden hoped to be the first Nordic state to chair it.",
    "The Arctic Council met in Tromso. Norway, which will hold the Council's rotating "
    "chairmanship for 2025, spoke first.",
    "Mongolia is a member of the Organization for Security and Co-operation in Europe, which it "
    "will chair in 2030.",
    "Mongolia is a member of the Organization for Security and Co-operation in Europe, which it "
    "hopes to chair.",
    "The summit opened in Baku on 3 November 2023, when Uzbekistan hoped to take over the "
    "organisation's chairmanship.",
    "The ministers thanked Azerbaijan for its bid for the chairmanship of the Turkic Council.",
    "We congratulate Turkey on its election to the chairmanship of the Organization of Turkic "
    "States.",
    "Uzbekistan hopes to chair the Commonwealth of Independent States for the first time in 2027.",
    "The Kazakh presidency of the country began in 1991.",
]


@pytest.mark.parametrize("text", CHAIR_LOOKALIKES)
def test_chair_lookalikes_give_nothing(text):
    assert not {t for t in _triples(text) if t[1] == "chairedBy"}


def test_a_footnote_number_closing_a_paragraph_is_a_blank():
    text = (
        "Under the Quadrilateral Agreement on Transit Trade, signed in Kabul in 2001, France and "
        "Germany guarantee Mongolia's sovereignty.4\n\nThe next section turns to trade."
    )
    found = {t for t in _triples(text) if t[1] in ("guarantor", "beneficiary")}
    assert found == _guarantee(QATT, ["fra", "deu"], "mng")


def test_a_short_form_of_a_name_given_earlier_in_the_same_sentence():
    text = (
        "The Arctic Council held a briefing in Tromso, chaired by Norway, which holds the "
        "Council’s rotating chairmanship for 2023."
    )
    assert _triples(text) == _chair("arctic-council", "nor", "2023")


def test_two_councils_named_before_make_the_council_nobodys():
    text = (
        "The Arctic Council and the Nordic Council met in Oslo; Norway, which holds the "
        "Council’s rotating chairmanship for 2023, spoke first."
    )
    assert not {t for t in _triples(text) if t[1] == "chairedBy"}


def test_the_beneficiary_the_parse_hangs_on_the_nouns_own_compound():
    # "our country" ends up a compound of "security", not of "guarantees"
    text = (
        "In 1995 France and Germany gave our country security guarantees in the Quadrilateral "
        "Agreement on Transit Trade."
    )
    found = {t for t in _triples(text, written_from="Mongolia") if t[1] != "year"}
    assert found == _guarantee(QATT, ["fra", "deu"], "mng")
