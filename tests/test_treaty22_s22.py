"""Session 22's treaty signings (brief TREATY22): titles cut short or run on, so that a signing
went to a shorter name the gold does not know, or to a treaty named inside the title.

- A title's list of topics may hold hyphenated words ("Treaty on Friendship,
  Good-Neighbourliness and Cooperation", "Co-operation"; `name_bounds.list_after`), and after
  its last item go on with a purpose, "for the <topic noun> ..." (`_purpose_of_list`: "... for
  the Development of Central Asia in the 21st Century"). "for the Kazakh side", "for the first
  time" are no purpose: the list's title ends before them.
- "<Head> on X in connection with S's Accession to <known treaty>" is one title (names.jsonl
  `name-treaty22-in-connection-with-accession-to`, `to_known`): cut at "in connection with", the
  Budapest memorandum's signatories went to the NPT named inside its title. The possessive may
  be a bare apostrophe ("the Republic of Belarus’ Accession").
- "since D, when A and B signed T [in P]" dates the signing by D (relations.jsonl
  `treaty22-since-date-when-states-signed-treaty`, `...-leaders-of-states-...`), as "on|in D,
  when" did already; not when the signing has a date of its own after it ("since 1994, when A
  and B signed T in P on 10 December"), nor an initialling or a plan.
- "it" after ", and [on D]" is the state the sentence opened with (`sole_opening_state`), never
  one after a preposition past other words ("the warheads were moved to Russia by 1995, and on D
  it signed T": references._sentence_opening_state, lexicon `treaty22-object-prepositions`); in
  an answer ("Does A ...? No: ..., and on D it signed T") it is the state the question asked
  about (`references._answered_state`).
- A title's "between" two kinds of party ("Convention on the Settlement of Investment Disputes
  between States and Nationals of Other States": capitalised words opening with a plural, no
  name the gazetteer knows; `name_bounds._pair_of_kinds`) belongs to the title, and a typed name
  alone in a bracket right after a name ("(the ICSID Convention)") is that thing again
  (`mentions._known_as`), not a second treaty.
"""

from __future__ import annotations

import pytest
from fact_cases import signed, signing


def _signed(text: str) -> set[tuple[str, str, str]]:
    return signed(text, "treaty22")


CA_TREATY = (
    "treaty-on-friendship-good-neighbourliness-and-cooperation-for-the-development-of-"
    "central-asia-in-the-21st-century"
)
CA_TITLE = (
    "the Treaty on Friendship, Good-Neighbourliness and Cooperation for the Development of "
    "Central Asia in the 21st Century"
)

# text -> (the triples that must be found, the triples that must not)
LIST_TITLES = {
    "hyphenated-list-item-and-purpose": (
        f"Kazakhstan, Kyrgyzstan and Uzbekistan signed {CA_TITLE} in Cholpon-Ata on 21 July 2022.",
        signing(CA_TREATY, ("kaz", "kgz", "uzb"), "2022-07-21"),
        {("treaty-on-friendship", "signatory", "kaz")},
    ),
    "hyphenated-list-item-alone": (
        "Kazakhstan and Uzbekistan signed the Treaty on Friendship, Good-Neighbourliness and "
        "Cooperation in July 2022.",
        signing("treaty-on-friendship-good-neighbourliness-and-cooperation", ("kaz", "uzb")),
        {("treaty-on-friendship", "signatory", "kaz")},
    ),
    "lowercase-half-of-a-hyphenated-item": (
        "Mongolia and Russia signed the Treaty on Friendship, Co-operation and Mutual Assistance "
        "in Moscow in 1993.",
        signing("treaty-on-friendship-co-operation-and-mutual-assistance", ("mng", "rus")),
        {("treaty-on-friendship", "signatory", "rus")},
    ),
    "hyphen-in-the-first-item-still-read": (
        "China and Russia signed the Treaty of Good-Neighbourliness, Friendship and Cooperation "
        "in 2001.",
        signing("treaty-of-good-neighbourliness-friendship-and-cooperation", ("chn", "rus")),
        set(),
    ),
    # look-alikes: no purpose after the list, no signing
    "for-the-kazakh-side-is-no-purpose": (
        "Kazakhstan and Russia signed the Treaty of Friendship, Cooperation and Mutual Assistance "
        "for the Kazakh side.",
        signing("treaty-of-friendship-cooperation-and-mutual-assistance", ("kaz", "rus")),
        {
            (
                "treaty-of-friendship-cooperation-and-mutual-assistance-for-the-kazakh",
                "signatory",
                "kaz",
            )
        },
    ),
    "for-the-first-time-is-no-purpose": (
        "Kazakhstan and Russia signed the Treaty of Friendship, Cooperation and Mutual Assistance "
        "for the first time.",
        signing("treaty-of-friendship-cooperation-and-mutual-assistance", ("kaz", "rus")),
        set(),
    ),
    "not-signed": (
        f"Turkmenistan has still not signed {CA_TITLE}.",
        set(),
        {(CA_TREATY, "signatory", "tkm"), ("treaty-on-friendship", "signatory", "tkm")},
    ),
    "expected-to-sign": (
        f"Tajikistan is expected to sign {CA_TITLE} next year.",
        set(),
        {(CA_TREATY, "signatory", "tjk"), ("treaty-on-friendship", "signatory", "tjk")},
    ),
}


@pytest.mark.parametrize("text,wanted,unwanted", LIST_TITLES.values(), ids=list(LIST_TITLES))
def test_list_titles(text: str, wanted: set, unwanted: set) -> None:
    found = _signed(text)
    assert wanted <= found, wanted - found
    assert not unwanted & found, unwanted & found


BUDAPEST_KAZ = (
    "memorandum-on-security-assurances-in-connection-with-kazakhstan-s-accession-to-the-treaty-"
    "on-the-non-proliferation-of-nuclear-weapons"
)
BUDAPEST_TITLE = (
    "the Memorandum on Security Assurances in connection with Kazakhstan’s Accession to the "
    "Treaty on the Non-Proliferation of Nuclear Weapons"
)
NUCLEAR_FOUR = ("kaz", "gbr", "rus", "usa")
BELARUS_MEMORANDUM = BUDAPEST_KAZ.replace("kazakhstan-s", "the-republic-of-belarus")

# text -> (the triples that must be found, the triples that must not)
ACCESSION_TITLES = {
    "in-connection-with-accession-after-the-title": (
        f"In {BUDAPEST_TITLE}, signed in Budapest on 5 December 1994 by Kazakhstan, Russia, the "
        "United Kingdom and the United States, the three nuclear powers guaranteed its security.",
        signing(BUDAPEST_KAZ, NUCLEAR_FOUR, "1994-12-05", "budapest"),
        {("npt", "signatory", state) for state in NUCLEAR_FOUR}
        | {("memorandum-on-security-assurances", "signatory", "kaz")},
    ),
    "capitalised-connection-and-another-state": (
        "Ukraine, Russia, the United Kingdom and the United States signed the Memorandum on "
        "Security Assurances in Connection with Ukraine's Accession to the Treaty on the "
        "Non-Proliferation of Nuclear Weapons in Budapest on 5 December 1994.",
        signing(
            BUDAPEST_KAZ.replace("kazakhstan", "ukraine"),
            ("ukr", "gbr", "rus", "usa"),
            "1994-12-05",
            "budapest",
        ),
        {("npt", "signatory", "ukr")},
    ),
    "possessive-without-s": (
        "Under the Memorandum on Security Assurances in connection with the Republic of Belarus’ "
        "Accession to the Treaty on the Non-Proliferation of Nuclear Weapons, signed in Budapest "
        "on 5 December 1994, Russia, the United Kingdom and the United States gave assurances.",
        {
            (BELARUS_MEMORANDUM, "signingDate", "1994-12-05"),
            (BELARUS_MEMORANDUM, "signingPlace", "budapest"),
        },
        {("npt", "signingDate", "1994-12-05"), ("npt", "signingPlace", "budapest")},
    ),
    # look-alikes: a treaty the gazetteer does not know after "to"; no signing
    "accession-to-an-unknown-text": (
        "Kazakhstan and Russia signed the Memorandum on Security Assurances in connection with "
        "Kazakhstan’s Accession to the Grand Charter of Steppe Friendship on 5 December 1994.",
        set(),
        {(BUDAPEST_KAZ, "signatory", "kaz")},
    ),
    "acceded-is-no-signing": (
        "Kazakhstan acceded to the Treaty on the Non-Proliferation of Nuclear Weapons on 14 "
        "February 1994, and the Memorandum on Security Assurances in connection with "
        "Kazakhstan’s Accession to the Treaty on the Non-Proliferation of Nuclear Weapons "
        "followed.",
        set(),
        {("npt", "signatory", "kaz"), (BUDAPEST_KAZ, "signatory", "kaz")},
    ),
    "expected-to-sign": (
        f"Russia and the United States are expected to sign {BUDAPEST_TITLE} in Budapest.",
        set(),
        {(BUDAPEST_KAZ, "signatory", "rus"), ("npt", "signatory", "rus")},
    ),
}


@pytest.mark.parametrize(
    "text,wanted,unwanted", ACCESSION_TITLES.values(), ids=list(ACCESSION_TITLES)
)
def test_accession_titles(text: str, wanted: set, unwanted: set) -> None:
    found = _signed(text)
    assert wanted <= found, wanted - found
    assert not unwanted & found, unwanted & found


BOUND = "Kazakhstan has been bound to Russia by a mutual-assistance clause since 25 May 1992, when "
FCMA = "treaty-of-friendship-cooperation-and-mutual-assistance"
LEASE = "agreement-on-the-lease-of-the-baikonur-complex"

# text -> (the triples that must be found, the triples that must not)
SINCE_WHEN = {
    "since-date-when-states-signed": (
        BOUND + "Kazakhstan and Russia signed the Treaty of Friendship, Cooperation and Mutual "
        "Assistance in Moscow.",
        signing(FCMA, ("kaz", "rus"), "1992-05-25", "moscow"),
        set(),
    ),
    "since-date-when-presidents-signed": (
        BOUND + "President Nursultan Nazarbayev of Kazakhstan and President Boris Yeltsin of "
        "Russia signed the Treaty of Friendship, Cooperation and Mutual Assistance in Moscow.",
        signing(FCMA, ("kaz", "rus"), "1992-05-25", "moscow"),
        set(),
    ),
    "since-date-when-the-presidents-of-states-signed": (
        BOUND + "the presidents of Kazakhstan and Russia signed the Treaty of Friendship, "
        "Cooperation and Mutual Assistance.",
        signing(FCMA, ("kaz", "rus"), "1992-05-25"),
        set(),
    ),
    # look-alikes: the signing's own date wins; an initialling or a plan is no signing
    "own-date-after-the-signing": (
        "The cosmodrome has been leased to Russia since 1994, when Kazakhstan and Russia signed "
        "the Agreement on the Lease of the Baikonur Complex in Moscow on 10 December.",
        signing(LEASE, ("kaz", "rus"), "1994-12-10", "moscow"),
        {(LEASE, "signingDate", "1994")},
    ),
    "initialled": (
        BOUND + "Kazakhstan and Russia initialled the Treaty of Friendship, Cooperation and "
        "Mutual Assistance in Moscow.",
        set(),
        {(FCMA, "signingDate", "1992-05-25"), (FCMA, "signatory", "kaz")},
    ),
    "expected-to-sign": (
        BOUND + "Kazakhstan and Russia were expected to sign the Treaty of Friendship, "
        "Cooperation and Mutual Assistance.",
        set(),
        {(FCMA, "signingDate", "1992-05-25"), (FCMA, "signatory", "kaz")},
    ),
}


@pytest.mark.parametrize("text,wanted,unwanted", SINCE_WHEN.values(), ids=list(SINCE_WHEN))
def test_since_when(text: str, wanted: set, unwanted: set) -> None:
    found = _signed(text)
    assert wanted <= found, wanted - found
    assert not unwanted & found, unwanted & found


CANWFZ = "canwfz"
MOVED = (
    "the Soviet warheads left on its territory were all moved to Russia by April 1995, and on "
    "8 September 2006 it signed the Treaty on a Nuclear-Weapon-Free Zone in Central Asia in "
    "Semipalatinsk together with Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan."
)
CA_FIVE = ("kaz", "kgz", "tjk", "tkm", "uzb")

# text -> (the triples that must be found, the triples that must not)
IT_AFTER_AND = {
    "answer-to-a-question": (
        "Does Kazakhstan have nuclear weapons?\nNo: " + MOVED,
        signing(CANWFZ, CA_FIVE, "2006-09-08"),
        {(CANWFZ, "signatory", "rus")},
    ),
    "object-of-a-preposition-is-no-subject": (
        "Kazakhstan has no nuclear weapons. The " + MOVED[4:],
        set(),
        {(CANWFZ, "signatory", "rus")},
    ),
    "into-the-custody-of": (
        "The fissile material was flown to the United States in 1994, and on 8 September 2006 it "
        "signed the Treaty on a Nuclear-Weapon-Free Zone in Central Asia.",
        set(),
        {(CANWFZ, "signatory", "usa")},
    ),
    # look-alikes: the subject keeps "it"; an answer's "it" after its own subject
    "subject-keeps-it": (
        "Kazakhstan gave up its warheads by April 1995, and on 8 September 2006 it signed the "
        "Treaty on a Nuclear-Weapon-Free Zone in Central Asia.",
        signing(CANWFZ, ("kaz",), "2006-09-08"),
        set(),
    ),
    "two-states-before-it-give-nothing": (
        "Kazakhstan moved its warheads to Russia by April 1995, and on 8 September 2006 it signed "
        "the Treaty on a Nuclear-Weapon-Free Zone in Central Asia.",
        set(),
        {(CANWFZ, "signatory", "rus")},
    ),
    "answer-with-its-own-subject": (
        "Does Kazakhstan have nuclear weapons?\nNo: Russia took the warheads by April 1995, and "
        "on 8 September 2006 it signed the Treaty on a Nuclear-Weapon-Free Zone in Central Asia.",
        set(),
        {(CANWFZ, "signatory", "kaz")},
    ),
}


@pytest.mark.parametrize("text,wanted,unwanted", IT_AFTER_AND.values(), ids=list(IT_AFTER_AND))
def test_it_after_and(text: str, wanted: set, unwanted: set) -> None:
    found = _signed(text)
    assert wanted <= found, wanted - found
    assert not unwanted & found, unwanted & found


ICSID = (
    "convention-on-the-settlement-of-investment-disputes-between-states-and-nationals-of-other-"
    "states"
)
ICSID_TITLE = (
    "the Convention on the Settlement of Investment Disputes between States and Nationals of "
    "Other States"
)

# text -> (the triples that must be found, the triples that must not)
KINDS_OF_PARTY = {
    "between-kinds-of-party-and-a-bracketed-alias": (
        f"Kazakhstan signed {ICSID_TITLE} (the ICSID Convention) on 23 July 1992.",
        signing(ICSID, ("kaz",), "1992-07-23"),
        {
            ("convention-on-the-settlement-of-investment-disputes", "signatory", "kaz"),
            ("icsid-convention", "signatory", "kaz"),
        },
    ),
    "bracketed-alias-without-the": (
        f"Kazakhstan signed {ICSID_TITLE} (ICSID Convention) on 23 July 1992, and the Energy "
        "Charter Treaty in Lisbon on 17 December 1994.",
        signing(ICSID, ("kaz",), "1992-07-23")
        | signing("energy-charter-treaty", ("kaz",), "1994-12-17", "lisbon"),
        {("icsid-convention", "signatory", "kaz")},
    ),
    # look-alikes: named parties keep their old reading; no signing
    "between-named-states-is-no-kind": (
        "Kazakhstan and Russia signed the Agreement on Trade between Kazakhstan and Russia in "
        "1994.",
        signing("agreement-on-trade", ("kaz", "rus"), "1994"),
        set(),
    ),
    "not-signed": (
        f"Turkmenistan has not signed {ICSID_TITLE}.",
        set(),
        {(ICSID, "signatory", "tkm")},
    ),
    "ratified-only": (
        f"Kazakhstan ratified {ICSID_TITLE} in 2000.",
        set(),
        {(ICSID, "signatory", "kaz")},
    ),
}


@pytest.mark.parametrize("text,wanted,unwanted", KINDS_OF_PARTY.values(), ids=list(KINDS_OF_PARTY))
def test_kinds_of_party(text: str, wanted: set, unwanted: set) -> None:
    found = _signed(text)
    assert wanted <= found, wanted - found
    assert not unwanted & found, unwanted & found
