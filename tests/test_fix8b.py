"""Signings a reviewer found invented in session 8's signatory readings (FIX8B, rv8-B).

"Today" dates only the signing whose own verb it stands next to, never one in a relative
clause, and takes the latest dateline (signers._today_signings); a counted list that a clause
goes on after gives nothing; "the two sides of ..." is no pair named before; a list item whose
leading date is followed by another event, or a leading range, is no signing; "with" a partner
followed by more words ("with B in mind", "with the C present") is no co-signatory; "two of
the same five states" is not all five. The reviewer's sentences and other wordings, other
states and treaties as look-alikes.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples

_TRANSIT = "agreement-on-transit-corridors"


def _signed(text: str) -> set[tuple[str, str, str]]:
    """The signatories, signing dates and places of ``text``."""
    return {
        t
        for t in assertion_triples(text, stem="fix8b")
        if t[1] in ("signatory", "signingDate", "signingPlace")
    }


def _dates(text: str) -> set[str]:
    return {o for _, p, o in _signed(text) if p == "signingDate"}


# 1. "today": next to the fact's own signing verb, never in a relative clause; latest dateline
@pytest.mark.parametrize(
    "text",
    [
        # the reviewer's sentences
        "ASTANA, 12 March 2019 – Officials said today that Kazakhstan had signed the Paris "
        "Agreement.",
        "ASTANA, 12 March 2019 – Kazakhstan, which signed the Paris Agreement, today hosted a "
        "climate conference.",
        "ASTANA, 12 March 2019 – Kazakhstan signed the Paris Agreement three years ago, the "
        "minister recalled today.",
        "ASTANA, 12 March 2019 – Kazakhstan today ratified the Paris Agreement that Uzbekistan "
        "signed.",
        # other wordings
        "ULAANBAATAR, 4 June 2021 – The ministry announced today that Mongolia had signed the "
        "Agreement on Transit Corridors.",
        "ULAANBAATAR, 4 June 2021 – Mongolia, which signed the Agreement on Transit Corridors, "
        "today opened a new border crossing.",
        "ULAANBAATAR, 4 June 2021 – Turkmenistan today welcomed the Agreement on Transit "
        "Corridors, which Mongolia signed.",
        "ULAANBAATAR, 4 June 2021 – Mongolia signed the Agreement on Transit Corridors long "
        "ago, a spokesman said today.",
        "ULAANBAATAR, 4 June 2021 – Mongolia is expected to sign the Agreement on Transit "
        "Corridors today.",
        "ULAANBAATAR, 4 June 2021 – Mongolia may today sign the Agreement on Transit Corridors.",
    ],
)
def test_today_away_from_the_signing_verb_dates_nothing(text):
    assert _dates(text) == set()


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("ULAANBAATAR, 4 June 2021 – Mongolia today signed the Agreement on Transit Corridors.",
         "2021-06-04"),
        ("ASTANA, 12 March 2019 – The Paris Agreement was signed today by Kazakhstan.",
         "2019-03-12"),
        ("NEW YORK, 2 August 2016 – Kazakhstan today signed the Paris Agreement at United "
         "Nations Headquarters, joining more than 170 countries that have already signed the "
         "climate accord.", "2016-08-02"),
        # a digest: the latest dateline before the sentence, not the first
        ("Press digest\nASTANA, 12 March 2019 – Kazakhstan hosted talks.\nTASHKENT, 14 March "
         "2019 – Uzbekistan today signed the Paris Agreement.", "2019-03-14"),
        ("News in brief\nBISHKEK, 2 May 2022 – Kyrgyzstan opened a consulate.\nULAANBAATAR, "
         "4 June 2022 – Mongolia today signed the Agreement on Transit Corridors.", "2022-06-04"),
    ],
)  # fmt: skip
def test_today_next_to_the_signing_verb_is_the_latest_datelines_day(text, day):
    assert _dates(text) == {day}


# 2. a counted list that a clause goes on after; 5. "with" a partner and more words
def test_a_counted_list_a_clause_goes_on_after_gives_no_signatory():
    text = (
        "The Treaty on Open Skies was signed by 27 states: Kazakhstan and Kyrgyzstan were not "
        "among them."
    )
    assert _signed(text) == set()
    text = "The Convention on Trade was signed by three states: Mongolia and Nepal had refused."
    assert _signed(text) == set()


def test_a_counted_list_ending_the_clause_still_gives_its_signatories():
    text = "The Convention on Trade was signed in 1995 by three states: Mongolia, Nepal and Bhutan."
    assert {(s, p, o) for s, p, o in _signed(text) if p == "signatory"} == {
        ("convention-on-trade", "signatory", state) for state in ("mng", "npl", "btn")
    }


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        ("The Agreement on Water Sharing, which Uzbekistan signed with Tajikistan in mind, was "
         "never ratified.", "tjk"),
        ("The Agreement on Transit Corridors, which Mongolia signed with Nepal in mind, was "
         "never ratified.", "npl"),
        ("Kazakhstan signed the Agreement on Transit with the European Union Delegation present "
         "in Astana in 2019.", "european-union"),
        ("Mongolia signed the Agreement on Transit Corridors with the European Union's "
         "blessing in 2019.", "european-union"),
    ],
)  # fmt: skip
def test_with_a_partner_followed_by_more_words_is_no_cosignatory(text, partner):
    assert not any(p == "signatory" and o == partner for _, p, o in _signed(text))


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        ("The Agreement on Water Sharing, which Uzbekistan signed with Tajikistan in Dushanbe "
         "in 2019, was never ratified.", "tjk"),
        ("Mongolia signed the Agreement on Transit Corridors with the European Union in "
         "Brussels in 2019.", "european-union"),
    ],
)  # fmt: skip
def test_with_a_partner_ending_the_clause_is_a_cosignatory(text, partner):
    assert any(p == "signatory" and o == partner for _, p, o in _signed(text))


# 3. "the two sides of ..." or "the two sides, A and B," are no pair named before
@pytest.mark.parametrize(
    "text",
    [
        "The European Union and Kazakhstan held talks. The two sides of the Caspian Sea signed "
        "the Agreement on Fisheries.",
        "The European Union and Kazakhstan held talks in Astana. On the other hand, the two "
        "sides of the dispute, Armenia and Azerbaijan, signed the Agreement on Ceasefire.",
        "ASEAN and Mongolia met in Jakarta. The two sides of the river signed the Agreement on "
        "Transit Corridors.",
        "ASEAN and Mongolia met in Jakarta. Both sides, Nepal and Bhutan, signed the Agreement "
        "on Transit Corridors.",
    ],
)
def test_sides_of_something_or_named_are_not_the_pair_before(text):
    signatories = {o for _, p, o in _signed(text) if p == "signatory"}
    assert not signatories & {"european-union", "kaz", "asean", "mng"}


def test_the_two_sides_alone_are_still_the_body_and_the_state():
    text = (
        "The European Union and Mongolia held talks in Ulaanbaatar. The two sides signed the "
        "Agreement on Transit Corridors."
    )
    assert {o for _, p, o in _signed(text) if p == "signatory"} == {"european-union", "mng"}


# 4. a list item's leading date followed by another event, or a leading range
@pytest.mark.parametrize(
    "text",
    [
        "The following documents were signed by Kazakhstan and Georgia:\n"
        "• 1 May 1996 – Agreement on Trade and Economic Cooperation enters into force.\n"
        "• 2 June 1999 – Treaty on Friendship and Cooperation amended.\n"
        "• 2005: Agreement on Air Transport extended for ten years.\n"
        "• 3 March 2007 – Agreement on Road Haulage takes effect.",
        "The following documents were signed by Kazakhstan and Georgia:\n"
        "• 2004–2006 – Agreement on Trade, Tbilisi.",
        "The following documents were signed by Mongolia and Nepal:\n"
        "• 2001 to 2003 – Agreement on Transit Corridors.\n"
        "• 1998-2000: Agreement on Air Transport, Kathmandu.",
        "The following documents were signed by Mongolia and Nepal:\n"
        "• 4 April 2010 – Agreement on Transit Corridors revised.\n"
        "• 2012: Agreement on Air Transport renewed for five years.",
    ],
)
def test_a_leading_date_of_another_event_or_a_range_gives_no_signing_date(text):
    assert _dates(text) == set()


def test_a_leading_date_of_the_signing_is_kept():
    text = (
        "The following documents were signed by Mongolia and Nepal:\n"
        "• 1 May 1996 – Agreement on Transit Corridors, Kathmandu.\n"
        "• 2 June 1999 – Treaty on Friendship and Cooperation (signed in Ulaanbaatar).\n"
        "• 2005: Agreement on Air Transport."
    )
    assert _dates(text) == {"1996-05-01", "1999-06-02", "2005"}


# 7. "two of the (same) five states" is not all five
@pytest.mark.parametrize(
    "text",
    [
        "Russia, China, Kyrgyzstan, Tajikistan and Kazakhstan attended the summit in 1996. Only "
        "two of the same five states signed the Agreement on Trade.",
        "Mongolia, Nepal, Bhutan and India met in Delhi. None of the four states signed the "
        "Agreement on Transit Corridors.",
        "Mongolia, Nepal, Bhutan and India met in Delhi. Three of the same four states signed "
        "the Agreement on Transit Corridors in 2001.",
        "Mongolia, Nepal, Bhutan and India met in Delhi. Most of the four signatories later "
        "signed the Agreement on Transit Corridors.",
    ],
)
def test_a_part_of_a_counted_group_is_not_the_group(text):
    assert {o for _, p, o in _signed(text) if p == "signatory"} == set()


def test_the_same_counted_group_itself_is_still_read():
    text = (
        "Mongolia, Nepal, Bhutan and India met in Delhi. In 2001 the same four states signed "
        "the Agreement on Transit Corridors."
    )
    assert {o for _, p, o in _signed(text) if p == "signatory"} == {"mng", "npl", "btn", "ind"}
