"""Borders stated by a pronoun another sentence names, and a leaving whose "it" follows another
state (brief REC16B).

- "It shares a border of L with B and of M with C" (and ", and a border of M with C" past an
  aside) after a sentence naming A: "It" is A as its reference line resolved it, so the border
  reader takes it as the subject of "share" (it read only "A ..., and it shares").
- "In the south it borders B, C and D", "To the east, it borders B", "..., and in the south it
  borders B", "In the south its L frontier with B ...": "it|its" after a fronted compass phrase
  is the state the sentence before (or the sentence itself) opened with.
- "A joined O in D; after the war with B it withdrew": a state named between the joining and the
  pronoun only as a preposition's object or a possessor ("with B", "B's") is no subject the
  pronoun could stand for, so the membership ended (the gold conventions give it no memberOf).

Look-alikes: negations, hypotheticals, plans, former and maritime borders, talks, questions, an
"it" whose sentence before opened with no state, another state as the subject before "it", and
a leaving of something other than the organisation give nothing (or keep the membership).
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples

KAZ = "Kazakhstan is a transit country. "


def borders(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in assertion_triples(text, stem="rec16b") if p == "sharesBorderWith"}


def members(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in assertion_triples(text, stem="rec16b") if p == "memberOf"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            KAZ + "It shares a border of 7,644 kilometres with Russia and of 1,783 kilometres with"
            " China, and in the south it borders Kyrgyzstan, Uzbekistan and Turkmenistan.",
            {("kaz", "rus"), ("kaz", "chn"), ("kaz", "kgz"), ("kaz", "uzb"), ("kaz", "tkm")},
        ),
        (
            "Kazakhstan is big. It shares a 7,644 km border with Russia, the longest continuous"
            " land border in the world, and a border of 1,783 km with China.",
            {("kaz", "rus"), ("kaz", "chn")},
        ),
        (
            KAZ + "In the south it borders Kyrgyzstan, Uzbekistan and Turkmenistan.",
            {("kaz", "kgz"), ("kaz", "uzb"), ("kaz", "tkm")},
        ),
        (KAZ + "To the south, it borders Kyrgyzstan.", {("kaz", "kgz")}),
        (
            KAZ + "It shares a border with Russia, and in the south it borders Kyrgyzstan.",
            {("kaz", "rus"), ("kaz", "kgz")},
        ),
        (
            "Tajikistan is mountainous. In the south its 1,357 km (843 mi) frontier with"
            " Afghanistan follows the Panj and Amu Darya rivers.",
            {("tjk", "afg")},
        ),
        (
            "Tajikistan is mountainous. Its 1,357 km (843 mi) frontier with Afghanistan follows"
            " the Panj.",
            {("tjk", "afg")},
        ),
    ],
)
def test_pronoun_borders(text, expected):
    assert expected <= borders(text)


@pytest.mark.parametrize(
    "text",
    [
        KAZ + "In the south it does not border Afghanistan.",
        KAZ + "In the south it would border Afghanistan if the Wakhan corridor were Tajik.",
        KAZ + "In the south it used to border the Khanate of Kokand.",
        KAZ + "In the south it is expected to open a crossing with Uzbekistan.",
        KAZ + "In the south it is negotiating maritime delimitation with Turkmenistan.",
        KAZ + "In the south it shares no border with Afghanistan.",
        KAZ + "In the south it once shared a border with the Soviet Union.",
        KAZ + "In the south, does it border Afghanistan?",
        KAZ + "In the south it shares a maritime boundary with Turkmenistan.",
        KAZ + "In the north it plans to build a railway to Russia.",
        KAZ + "In the south it held talks on the border with Uzbekistan.",
        KAZ + "It shares a former border of 500 km with Russia and of 300 km with China.",
        KAZ + "It shares no border with Afghanistan and of course none with Pakistan.",
        KAZ + "It would share a border of 40 km with Mongolia and of 100 km with Afghanistan if"
        " the maps were redrawn.",
        KAZ + "It is expected to share a border of 40 km with Mongolia and of 100 km with"
        " Afghanistan.",
        KAZ + "It shares a maritime border of 400 km with Azerbaijan and of 700 km with"
        " Turkmenistan.",
        KAZ + "It is yet to agree a border of 100 km with Turkmenistan in the Caspian.",
        KAZ + "In the south its former border with the Khanate of Khiva was redrawn.",
        KAZ + "In the south its planned railway to Iran passes Turkmenistan.",
        "The SCO is a large organisation. It shares a border of 7,644 km with Russia and of"
        " 1,783 km with China.",
        "Russia and China met. In the south it borders Mongolia.",
        "The Caspian Sea is large. In the south it borders Iran.",
        "In Russia, the parliament met on Monday, and in the south it borders Kazakhstan.",
    ],
)
def test_pronoun_border_look_alikes(text):
    assert not borders(text)


@pytest.mark.parametrize(
    "text",
    [
        "Georgia joined the CIS in 1993; after the war with Russia it withdrew.",
        "Georgia joined the CIS in 1993; after the war with Russia in 2008 it withdrew from the"
        " organisation.",
        "Georgia joined the CIS in 1993, but after the war with Russia it withdrew in 2009.",
        "Georgia joined the CIS in 1993 under pressure from Russia; after the war it withdrew.",
        "Georgia joined the CIS in 1993 alongside Armenia; after the war it withdrew in 2009.",
        "Georgia joined the CIS in 1993; after Russia's invasion it withdrew.",
        "Uzbekistan joined the CSTO in 1992 together with Kazakhstan; after the war it withdrew.",
        "Uzbekistan joined GUAM in 1999 with the support of Ukraine; in 2005 it withdrew.",
        "Georgia joined the CIS in 1993. After the war with Russia it withdrew.",
    ],
)
def test_it_withdrew_after_an_oblique_state(text):
    assert members(text)  # ENDED21: an event of joining keeps its fact though it later ended


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Georgia joined the CIS in 1993; Russia invaded in 2008 and it withdrew its troops"
            " later.",
            ("geo", "cis"),
        ),
        (
            "Georgia joined the CIS in 1993; after the war with Russia it withdrew its ambassador"
            " from Moscow.",
            ("geo", "cis"),
        ),
        (
            "Georgia joined the CIS in 1993; after the war with Russia it left the talks on"
            " Abkhazia.",
            ("geo", "cis"),
        ),
        (
            "Georgia joined the CIS in 1993; Russia, which it fought in 2008, withdrew from the"
            " talks.",
            ("geo", "cis"),
        ),
        (
            "Georgia joined the CIS in 1993; after the war with Russia it withdrew but rejoined in"
            " 2012.",
            ("geo", "cis"),
        ),
        (
            "Kazakhstan joined the CSTO in 1994; Uzbekistan, after the war, withdrew.",
            ("kaz", "csto"),
        ),
        (
            "Georgia joined the CIS in 1993. Russia attacked it in 2008, and after the war it"
            " withdrew its troops.",
            ("geo", "cis"),
        ),
    ],
)
def test_leaving_look_alikes_keep_the_membership(text, kept):
    assert kept in members(text)


@pytest.mark.parametrize(
    "text",
    [
        "HOME | ABOUT US | NEWS | CONTACT\nKazakhstan joined the WTO in 2015.",
        "ABOUT US\nKazakhstan joined the WTO in 2015.",
        "KAZAKH-ROMANIAN CHAMBER OF COMMERCE – ABOUT US\nKazakhstan joined the WTO in 2015.",
        "Home › About Us › History\nKazakhstan joined the WTO in 2015.",
        "ABOUT US: Kazakhstan joined the WTO in 2015.",
        "ABOUT US | MEMBERS | EVENTS\nKazakhstan and Romania are members.",
        "ABOUT US\nThe Council was established in 2005 by the governments of Kazakhstan and"
        " Romania.",
        "HOME ABOUT US MEMBERS\nMembers: Kazakhstan, Russia, Belarus",
        "ABOUT US\nOur members are Kazakhstan, Russia and Belarus.",
        "About Us\nFounded in 1992 by Kazakhstan and Russia, the Council meets yearly.",
        "WHO WE ARE / ABOUT US\nThe chamber signed a memorandum with Kazakhstan.",
    ],
)
def test_about_us_is_no_united_states(text):
    found = assertion_triples(text, stem="rec16b")
    assert not any("usa" in (s, o) for s, _, o in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vladimir Putin, for his part, pointed out that the border between Kazakhstan and"
            " Russia is the longest continuous land border in the world.",
            {("kaz", "rus")},
        ),
        (
            "The Cabinet of Ministers of the Kyrgyz Republic shall complete the demarcation of the"
            " 972-kilometre state border between the Kyrgyz Republic and the Republic of"
            " Tajikistan.",
            {("kgz", "tjk")},
        ),
        ("The border between Kazakhstan and Russia was reopened in 2021.", {("kaz", "rus")}),
    ],
)
def test_the_border_between_a_and_b(text, expected):
    assert expected <= borders(text)


@pytest.mark.parametrize(
    "text",
    [
        "Talks on the border between Kazakhstan and Turkmenistan in the Caspian continue.",
        "The dispute over the border between Kyrgyzstan and Tajikistan flared again.",
        "The former border between Kazakhstan and Russia was an administrative line.",
        "The maritime border between Kazakhstan and Turkmenistan is yet to be agreed.",
        "The proposed border between Kazakhstan and Afghanistan would run along the Wakhan.",
        "There is no border between Kazakhstan and Afghanistan.",
        "The border between Kazakhstan and Afghanistan would be 100 km long if the corridor were"
        " ceded.",
        "The question of the border between Kyrgyzstan and Tajikistan remains open.",
        "A border between Kazakhstan and Mongolia has never existed.",
        "The talks on the delimitation of the maritime border between Kazakhstan and Turkmenistan"
        " resumed.",
        "Troops massed near the border between Kyrgyzstan and Tajikistan.",
        "Is the border between Kazakhstan and China open?",
        "The new border between Kazakhstan and Uzbekistan will be marked next year.",
        "Critics claim that the border between Kazakhstan and Russia is porous.",
    ],
)
def test_the_border_between_look_alikes(text):
    assert not borders(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Which countries does Kazakhstan border?\nIt borders Russia to the north, China to the"
            " east, and Kyrgyzstan, Uzbekistan and Turkmenistan to the south.",
            {("kaz", "rus"), ("kaz", "chn"), ("kaz", "kgz"), ("kaz", "uzb"), ("kaz", "tkm")},
        ),
        (
            "Does Kazakhstan border Russia?\n\nIt borders Russia to the north and China to the"
            " east.",
            {("kaz", "rus"), ("kaz", "chn")},
        ),
    ],
)
def test_an_answer_s_it_is_the_state_asked_about(text, expected):
    assert expected <= borders(text)


def test_yes_it_joined():
    text = "Is Kazakhstan part of the Nuclear Suppliers Group?\nYes: it joined the NSG in 2002."
    assert ("kaz", "nuclear-suppliers-group") in members(text)


@pytest.mark.parametrize(
    "text",
    [
        "Does Kazakhstan border Afghanistan?\nNo: it does not border Afghanistan.",
        "Is Kazakhstan a member of the EU?\nNo: it is only a partner of the EU.",
        "Will Kazakhstan join the EU?\nIt plans to apply for membership of the EU.",
        "Is Kazakhstan an observer in the Arab League?\nYes: it is an observer in the Arab League.",
        "Does the EU border Kazakhstan?\nIt borders Russia and Belarus.",
        "Which organisation did Kazakhstan and Russia found?\nIt borders China.",
        "Why does Kazakhstan matter?\nSome say it borders Afghanistan.",
        "Was Kazakhstan ever part of the Russian Empire?\nYes: it bordered Persia then.",
        "Would Kazakhstan border Afghanistan if Tajikistan ceded the Wakhan?\nYes: it would border"
        " Afghanistan.",
    ],
)
def test_answer_look_alikes(text):
    found = assertion_triples(text, stem="rec16b")
    assert not {(s, o) for s, p, o in found if p in {"sharesBorderWith", "memberOf"}}


def _lengths(text: str) -> set[tuple[str, str]]:
    """(state, km) of each kz:lengthKm a border node of ``text`` states, per its two states."""
    found = assertion_triples(text, stem="rec16b")
    states = {}
    for s, p, o in found:
        if p == "borderState":
            states.setdefault(s, set()).add(o)
    return {(tuple(sorted(states.get(s, ()))), o) for s, p, o in found if p == "lengthKm"}


def test_the_border_with_b_after_its_pair_takes_the_length():
    text = (
        "Which countries does Kazakhstan border?\nIt borders Russia to the north, China to the"
        " east, and Kyrgyzstan to the south; the border with Russia, 7,644 km long, is one of"
        " the longest land borders in the world."
    )
    assert (("kaz", "rus"), "7644") in _lengths(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan and Mongolia both border Russia; the border with Russia, 7,644 km long, is"
        " among the longest.",
        "Kazakhstan borders China; the border with Russia, 7,644 km long, is among the longest.",
    ],
)
def test_the_border_with_b_needs_one_partner(text):
    assert not any("rus" in pair for pair, _ in _lengths(text))
    assert not any("rus" in pair for pair in borders(text))
