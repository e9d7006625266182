"""Signing places the development sets give by reference and the extractor missed (session
21's brief REC21S).

"there" after a signing's treaty or its signing verb, or opening the sentence as a place, is the
one city the sentence names before it, else the one city the sentence before (in its paragraph)
names; ", where" right after a city is that city for the signing its clause holds
(place_adverbs.py). Look-alikes: two cities or none to point back to, a blank line between, the
existential "There was", a "where" clause closed before the signing, and signings not done
(modal, plan, negation, question, initialling, refusal), which take no place because they are no
signings.

"B signed it the following year|later that year|two years later" after a treaty's signing: B
signs it too, undated; "A signed it there on D": the city and the date. Look-alikes: refusal,
question, negation, plan, ratification, no treaty named before.
"""

from __future__ import annotations

import pytest
from fact_cases import signed, signing


def places(text: str) -> set[tuple[str, str, str]]:
    return {t for t in signed(text, "rec21s-s21") if t[1] == "signingPlace"}


PLACED = [
    (
        "In May 2014 the five states met in Ashgabat. The Ashgabat Agreement was signed there by"
        " Kazakhstan and Turkmenistan.",
        ("ashgabat-agreement", "ashgabat"),
    ),
    (
        "In October 1993 the Mongolian president paid a state visit to Almaty, then the capital of"
        " Kazakhstan; Kazakhstan and Mongolia signed the Treaty on Friendly Relations there on"
        " 22 October 1993.",
        ("treaty-on-friendly-relations", "almaty"),
    ),
    (
        "In September 1992 Nursultan Nazarbayev paid his first visit to Paris, where France and"
        " Kazakhstan signed the Treaty of Friendship, Understanding and Cooperation on"
        " 23 September.",
        ("treaty-of-friendship-understanding-and-cooperation", "paris"),
    ),
    (
        "The leaders met in Almaty. There, on 21 December 1991, the Alma-Ata Protocol was signed"
        " by Kazakhstan and Russia.",
        ("alma-ata-protocol", "almaty"),
    ),
    (
        "The presidents met in Dushanbe in May 1999. Kazakhstan signed the Treaty on Friendship"
        " with Tajikistan there on 13 May 1999.",
        ("treaty-on-friendship", "dushanbe"),
    ),
    (
        "The ministers met in Tashkent, Uzbekistan, where Kazakhstan and Uzbekistan signed the"
        " Treaty on Allied Relations on 22 December 2022.",
        ("treaty-on-allied-relations", "tashkent"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), PLACED)
def test_the_city_there_or_where_stands_for_is_the_signing_place(text, expected):
    treaty, city = expected
    assert places(text) == {(treaty, "signingPlace", city)}


def test_there_keeps_the_signing_and_its_date():
    text = PLACED[1][0]
    assert {
        ("treaty-on-friendly-relations", "signatory", "kaz"),
        ("treaty-on-friendly-relations", "signatory", "mng"),
        ("treaty-on-friendly-relations", "signingDate", "1993-10-22"),
    } <= signed(text, "rec21s-s21")


NO_PLACE = {
    "two cities before": "In May 2014 the five states met in Ashgabat and Astana. The Ashgabat"
    " Agreement was signed there by Kazakhstan and Turkmenistan.",
    "no city before": "In May 2014 the five states met at last. The Ashgabat Agreement was"
    " signed there by Kazakhstan and Turkmenistan.",
    "two cities in the sentence": "Kazakhstan's president flew from Astana to Almaty, and"
    " Kazakhstan and Russia signed the Treaty on Friendship there on 4 May 2000.",
    "blank line between": "The leaders met in Almaty.\n\nKazakhstan and Russia signed the"
    " Treaty on Friendship there on 4 May 2000.",
    "existential there": "The leaders met in Almaty. There was no ceremony, but Kazakhstan and"
    " Russia signed the Treaty on Friendship on 4 May 2000.",
    "where clause closed before": "The leaders met in Astana, where talks lasted two days, and"
    " on 4 May 2000 Kazakhstan and Russia signed the Treaty on Friendship.",
    "there of a place named after": "Kazakhstan and Russia signed the Treaty on Friendship on"
    " 4 May 2000. There, in Almaty, the talks went on.",
}


@pytest.mark.parametrize("text", NO_PLACE.values(), ids=NO_PLACE.keys())
def test_no_single_city_to_point_back_to_gives_no_place(text):
    assert places(text) == set()


NOT_SIGNED = {
    "modal": "The leaders met in Almaty. Kazakhstan is expected to sign the Treaty on Friendship"
    " with Russia there.",
    "future": "The leaders met in Almaty. Kazakhstan and Russia will sign the Treaty on"
    " Friendship there.",
    "agreed to sign": "The leaders met in Almaty. Kazakhstan and Russia agreed to sign the"
    " Treaty on Friendship there.",
    "negation": "The leaders met in Almaty. Kazakhstan and Russia did not sign the Treaty on"
    " Friendship there.",
    "question": "The leaders met in Almaty. Did Kazakhstan and Russia sign the Treaty on"
    " Friendship there?",
    "initialled": "The leaders met in Almaty. Kazakhstan and Russia initialled the Treaty on"
    " Friendship there.",
    "refused": "The leaders met in Almaty. Kazakhstan refused to sign the Treaty on Friendship"
    " with Russia there.",
    "ratified alone": "The parliament met in Astana. Kazakhstan ratified the Treaty on Friendship"
    " there in 2001.",
}


@pytest.mark.parametrize("text", NOT_SIGNED.values(), ids=NOT_SIGNED.keys())
def test_a_signing_not_done_takes_no_place(text):
    assert signed(text, "rec21s-s21") == set()


CSTO = (
    "The Collective Security Treaty was signed in Tashkent on 15 May 1992 by Armenia and Russia. "
)
CST = "collective-security-treaty"

LATER_SIGNERS = [
    (CSTO + "Azerbaijan, Belarus and Georgia signed it the following year.", {"aze", "blr", "geo"}),
    (CSTO + "Belarus signed it later that year.", {"blr"}),
    (CSTO + "Belarus signed it two years later.", {"blr"}),
]


@pytest.mark.parametrize(("text", "states"), LATER_SIGNERS)
def test_a_later_signer_of_it_signs_undated(text, states):
    found = signed(text, "rec21s-s21")
    assert {(CST, "signatory", s) for s in states} <= found
    assert {t for t in found if t[1] == "signingDate"} == {(CST, "signingDate", "1992-05-15")}


def test_it_signed_there_on_a_date_takes_the_city_and_the_date():
    text = (
        "The Treaty on the Prohibition of Nuclear Weapons was adopted in New York on 7 July 2017."
        " Kazakhstan signed it there on 2 March 2018."
    )
    tpnw = "treaty-on-the-prohibition-of-nuclear-weapons"
    assert signed(text, "rec21s-s21") == signing(tpnw, ("kaz",), "2018-03-02", "new-york")


NOT_LATER_SIGNERS = {
    "refused": "Belarus refused to sign it the following year.",
    "question": "Did Belarus sign it the following year?",
    "negation": "Belarus had not signed it the following year.",
    "plan": "Belarus is expected to sign it the following year.",
    "ratified": "Belarus ratified it the following year.",
    "no treaty before": "Belarus signed it the following year.",
}


@pytest.mark.parametrize("text", NOT_LATER_SIGNERS.values(), ids=NOT_LATER_SIGNERS.keys())
def test_no_later_signer_without_a_signing_of_the_treaty_named_before(text):
    prefix = "" if text == NOT_LATER_SIGNERS["no treaty before"] else CSTO
    found = signed(prefix + text, "rec21s-s21")
    assert (CST, "signatory", "blr") not in found


ALLIED = "On 22 December 2022 Kazakhstan and Uzbekistan signed the Treaty on Allied Relations. "
DEMARCATION = "treaty-on-the-demarcation-of-the-kazakh-uzbek-state-border"
SAME_DAY = {
    "On the same day": ("On the same day", "2022-12-22"),
    "That day": ("That day", "2022-12-22"),
    "The following day": ("The following day", "2022-12-23"),
    "clause": (None, "2022-12-22"),
}


@pytest.mark.parametrize(("opening", "day"), SAME_DAY.values(), ids=SAME_DAY.keys())
def test_a_day_given_by_reference_dates_the_signing(opening, day):
    if opening is None:  # the clause's own date before ", and on the same day"
        text = (
            "Kazakhstan and Uzbekistan signed the Treaty on Allied Relations on 22 December 2022,"
            " and on the same day the two states signed the Treaty on the Demarcation of the"
            " Kazakh–Uzbek State Border."
        )
    else:
        text = ALLIED + f"{opening} the two states signed the Treaty on the Demarcation of the"
        text += " Kazakh–Uzbek State Border."
    assert (DEMARCATION, "signingDate", day) in signed(text, "rec21s-s21")


NO_DAY = {
    "month before": "In December 2022 Kazakhstan and Uzbekistan signed the Treaty on Allied"
    " Relations. That day the two states signed the Treaty on the Demarcation of the Kazakh–Uzbek"
    " State Border.",
    "span before": "From 20 to 22 December 2022 the presidents met. That day Kazakhstan and"
    " Uzbekistan signed the Treaty on the Demarcation of the Kazakh–Uzbek State Border.",
    "blank line": ALLIED + "\n\nThat day the two states signed the Treaty on the Demarcation of"
    " the Kazakh–Uzbek State Border.",
    "that day of": ALLIED + "That day of celebration Kazakhstan and Uzbekistan signed the Treaty"
    " on the Demarcation of the Kazakh–Uzbek State Border.",
}


@pytest.mark.parametrize("text", NO_DAY.values(), ids=NO_DAY.keys())
def test_no_single_day_before_gives_no_date(text):
    dates = {t for t in signed(text, "rec21s-s21") if t[0] == DEMARCATION and t[1] == "signingDate"}
    assert dates == set()


DATELINED = [
    (
        "TASHKENT, 22 December 2022 (Reuters) – Kazakhstan and Uzbekistan on Thursday signed the"
        " Treaty on Allied Relations, raising ties to the highest level.",
        ("treaty-on-allied-relations", "tashkent"),
    ),
    (
        "NEW YORK, 2 August 2016 (UN News) – Kazakhstan today signed the Paris Agreement at United"
        " Nations Headquarters.",
        ("paris-agreement", "new-york"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), DATELINED)
def test_the_dateline_city_places_the_signing_of_its_day(text, expected):
    treaty, city = expected
    assert places(text) == {(treaty, "signingPlace", city)}


NOT_DATELINED = {
    "own place": "TASHKENT, 22 December 2022 (Reuters) – Kazakhstan and Uzbekistan on Thursday"
    " signed the Treaty on Allied Relations in Astana.",
    "another date": "TASHKENT, 22 December 2022 (Reuters) – Kazakhstan and Uzbekistan signed the"
    " Treaty on Allied Relations in 1998.",
    "undated": "TASHKENT, 22 December 2022 (Reuters) – Kazakhstan and Uzbekistan have signed the"
    " Treaty on Allied Relations.",
    "later sentence": "TASHKENT, 22 December 2022 (Reuters) – The presidents met for talks."
    " Kazakhstan and Uzbekistan signed the Treaty on Allied Relations on 22 December 2022.",
}


@pytest.mark.parametrize("text", NOT_DATELINED.values(), ids=NOT_DATELINED.keys())
def test_a_signing_not_dated_by_the_dateline_takes_no_dateline_place(text):
    assert ("treaty-on-allied-relations", "signingPlace", "tashkent") not in places(text)


GOOD = "treaty-on-good-neighbourliness"
FRIEND = "treaty-on-friendship"


def test_a_second_object_with_its_own_partner_is_signed_with_the_subject():
    text = (
        "Kazakhstan signed the Treaty on Good-Neighbourliness with Kyrgyzstan in Bishkek on"
        " 8 April 1997 and the Treaty on Friendship with Tajikistan in Dushanbe on 13 May 1999."
    )
    assert signed(text, "rec21s-s21") == signing(
        GOOD, ("kaz", "kgz"), "1997-04-08", "bishkek"
    ) | signing(FRIEND, ("kaz", "tjk"), "1999-05-13", "dushanbe")


def test_a_list_of_objects_each_with_its_partner():
    text = (
        "Kazakhstan signed the Treaty on Good-Neighbourliness with Kyrgyzstan in 1997, the Treaty"
        " on Friendship with Tajikistan in 1999 and the Treaty on Alliance with Uzbekistan in 2005."
    )
    found = signed(text, "rec21s-s21")
    assert signing(FRIEND, ("kaz", "tjk"), "1999") <= found
    assert signing("treaty-on-alliance", ("kaz", "uzb"), "2005") <= found
    assert (FRIEND, "signatory", "kgz") not in found


NO_SECOND_SIGNING = {
    "initialled": "Kazakhstan signed the Treaty on Good-Neighbourliness with Kyrgyzstan in 1997"
    " and initialled the Treaty on Friendship with Tajikistan in 1999.",
    "undated second": "Kazakhstan signed the Treaty on Good-Neighbourliness with Kyrgyzstan in"
    " 1997 and the Treaty on Friendship with Tajikistan.",
    "a second partner alone": "Kazakhstan signed the Treaty on Good-Neighbourliness with"
    " Kyrgyzstan in 1997 and Tajikistan in 1999.",
    "negated second": "Kazakhstan signed the Treaty on Good-Neighbourliness with Kyrgyzstan in"
    " 1997 but not the Treaty on Friendship with Tajikistan in 1999.",
}


@pytest.mark.parametrize("text", NO_SECOND_SIGNING.values(), ids=NO_SECOND_SIGNING.keys())
def test_no_second_signing_with_its_partner(text):
    found = signed(text, "rec21s-s21")
    assert (FRIEND, "signatory", "tjk") not in found
    assert (GOOD, "signatory", "tjk") not in found
