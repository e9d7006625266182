"""Borders read as a family (borders.py) and from a profile's keys (layout.py, fields.jsonl):
a border noun phrase gives its two states from a compound ("the Tajik–Kyrgyz state border"),
"between A and B", "with B" and its possessor or the subject of "share|have", and its length
from a measure anywhere in the phrase; "and of about L with C" repeats the frame. Written in
other wordings and with other states than the corpus sentences that suggested them (tests/
blind17, blind19, blind21, blind24, blind25, blind27, blind28, blind30), with look-alikes that
must give nothing: distances, crossings, clashes, negations, a pipeline to the border."""

from __future__ import annotations

import pytest
from fact_cases import border_pair, border_pairs, named_cases


def borders(text: str, scoring, written_from: str | None = None) -> set:
    return border_pairs(text, scoring, written_from, stem="borders-s8")


pair = border_pair


POSITIVES = {
    "length-after-noun-elided-second-frame": (
        "Tajikistan, which shares a border of some 1,350 kilometres with Afghanistan and of "
        "about 480 kilometres with China, joined the OSCE in 1992.",
        None,
        {pair("tjk", "afg", "1350"), pair("tjk", "chn", "480")},
    ),
    "length-after-noun-the-before-state": (
        "Mongolia shares a border of 3,452 kilometres with the Russian Federation and of "
        "4,630 kilometres with China, and both frontiers are fully demarcated.",
        None,
        {pair("mng", "rus", "3452"), pair("mng", "chn", "4630")},
    ),
    "compound-state-border-is-long": (
        "The Tajik–Kyrgyz state border is 984 km long, the most contested in the valley.",
        None,
        {pair("tjk", "kgz", "984")},
    ),
    "compound-border-on-a-chronology-line": (
        "1999 – Demarcation is finished; the Mongolia–China border is 4,630 km long.",
        None,
        {pair("mng", "chn", "4630")},
    ),
    "compound-border-stretches-for": (
        "The Uzbek–Turkmen border stretches for 1,793 km across the desert.",
        None,
        {pair("uzb", "tkm", "1793")},
    ),
    "length-and-a-treaty-title-naming-the-pair": (
        "The 971-kilometre (603 mi) border was delimited by the Treaty on the Uzbek–Tajik "
        "State Border, which took effect in 2003.",
        None,
        {pair("uzb", "tjk", "971")},
    ),
    "pair-border-each-other": (
        "Georgia and Armenia border each other along the Debed river.",
        None,
        {pair("geo", "arm")},
    ),
    "relative-which-both-border": (
        "Its trucks reach Iran through Turkmenistan and Afghanistan, which both border Iran.",
        None,
        {pair("tkm", "irn"), pair("afg", "irn")},
    ),
    "relative-which-borders-both": (
        "Kazakhstan and Mongolia share no border: Russia, which borders both, lies between them.",
        None,
        {pair("rus", "kaz"), pair("rus", "mng")},
    ),
    "and-it-also-borders": (
        "Turkmenistan shares a 1,793 km border with Uzbekistan, and it also borders Iran and "
        "Afghanistan; Ashgabat is some 500 km from Mashhad.",
        None,
        {pair("tkm", "uzb", "1793"), pair("tkm", "irn"), pair("tkm", "afg")},
    ),
    "fronted-with-before-it-shares": (
        "Turkmenistan borders all four of its neighbours, and with Iran it shares a "
        "1,148-kilometre frontier along the Kopet Dag.",
        None,
        {pair("tkm", "irn", "1148")},
    ),
    "its-border-with-and-a-length-apposition": (
        "Iran, an observer to the SCO since 2005, joined it in 2023, and its border with "
        "Turkmenistan, some 1,148 km long, remains open.",
        None,
        {pair("irn", "tkm", "1148")},
    ),
    "the-worlds-longest-border-of-a-relative-pair": (
        "Canada and the United States, which share the world's longest land border, held "
        "talks on Monday.",
        None,
        {pair("can", "usa")},
    ),
    "our-country-and-b-share": (
        "Our country and Tajikistan share a border of 1,161 km, delimited in 2002.",
        "Uzbekistan",
        {pair("uzb", "tjk", "1161")},
    ),
    "a-border-with-b-of-the-texts-own-state": (
        "The 1990s also settled the land borders, among them the 1,793 km (1,114 mi) border "
        "with Turkmenistan, which was delimited in 2000.",
        "Uzbekistan",
        {pair("uzb", "tkm", "1793")},
    ),
    "a-length-one-with-the-next-state": (
        "Kyrgyzstan, which has a 1,063-km frontier with China and a 984-km one with "
        "Tajikistan, is mountainous.",
        None,
        {pair("kgz", "chn", "1063"), pair("kgz", "tjk", "984")},
    ),
    "the-length-of-a-compound-border": (
        "The length of the Uzbek–Afghan border is 144 km.",
        None,
        {pair("uzb", "afg", "144")},
    ),
    "a-compound-border-which-is-long": (
        "The Tajik–Chinese border, which is 477 km long, crosses the Pamirs.",
        None,
        {pair("tjk", "chn", "477")},
    ),
    "a-border-separates-a-from-b": (
        "A 1,148-km border separates Turkmenistan from Iran.",
        None,
        {pair("tkm", "irn", "1148")},
    ),
    "separated-by-a-border": (
        "Mongolia is separated from China by a 4,630 km frontier.",
        None,
        {pair("mng", "chn", "4630")},
    ),
    "a-share-phrase-and-also-borders": (
        "Uzbekistan, which shares a 1,793-km border with Turkmenistan and also borders "
        "Afghanistan, Kyrgyzstan and Tajikistan, is doubly landlocked.",
        None,
        {pair("uzb", "tkm", "1793"), pair("uzb", "afg"), pair("uzb", "kgz"), pair("uzb", "tjk")},
    ),
    "a-length-of-border": (
        "Today Mongolia and Russia share 3,452 kilometres of border.",
        None,
        {pair("mng", "rus", "3452")},
    ),
    "a-pair-whose-border": (
        "Tajikistan and Kyrgyzstan, whose 984 km border was the scene of clashes, signed a "
        "treaty in 2025.",
        None,
        {pair("tjk", "kgz", "984")},
    ),
    "borders-b-for-a-length": (
        "Mongolia borders Russia for 3,452 km from the Altai to Manchuria.",
        None,
        {pair("mng", "rus", "3452")},
    ),
    "which-borders-b-for-a-length": (
        "Tajikistan, which borders Afghanistan for 1,357 km, hosts a Russian base.",
        None,
        {pair("tjk", "afg", "1357")},
    ),
    "borders-b-along-a-length-frontier": (
        "Uzbekistan borders Afghanistan along a 144 km frontier.",
        None,
        {pair("uzb", "afg", "144")},
    ),
}


@pytest.mark.parametrize("text, written_from, expected", named_cases(POSITIVES))
def test_border_family(text, written_from, expected, scoring):
    found = borders(text, scoring, written_from)
    assert expected == found, found


LOOK_ALIKES = {
    "distance-from-a-demonym-border": ("Tashkent is some 300 km from the Kazakh border.", None),
    "distance-from-the-border-with": (
        "Bishkek lies 300 km from the border with Kazakhstan.",
        "Kyrgyzstan",
    ),
    "a-border-crossing": (
        "The border crossing at Dostyk handles most freight between Kazakhstan and China.",
        None,
    ),
    "a-distance-predicate": ("The border with Afghanistan is 100 km away.", "Kazakhstan"),
    "shares-no-border": ("Kazakhstan shares no border with Afghanistan.", None),
    "has-no-common-border": (
        "Uzbekistan and Kazakhstan have close ties, but Mongolia has no common border with "
        "Uzbekistan.",
        None,
    ),
    "a-pipeline-to-the-border": (
        "China built a 1,000 km pipeline to the border with Kazakhstan.",
        None,
    ),
    "border-clashes-between": (
        "Border clashes between Kyrgyzstan and Tajikistan killed 100 people in 2022.",
        None,
    ),
    "compound-border-clashes": (
        "The CSTO stayed out of the Kyrgyz–Tajik border clashes of 2022.",
        None,
    ),
    "a-place-on-a-compound-border": (
        "A trade centre on the Kazakh–Uzbek border has been planned since 2019.",
        None,
    ),
    "across-the-sea": ("Kazakhstan and Azerbaijan face each other across the Caspian Sea.", None),
    "a-former-border": ("The former Soviet–Chinese border was 7,500 km long.", None),
    "a-length-and-with-and-no-owner": (
        "A 1,000 km border with Afghanistan was long debated.",
        None,
    ),
    "a-distance-from-a-compound-border": (
        "A village 20 km from the Kyrgyz–Uzbek border is 300 km from Bishkek.",
        None,
    ),
    "a-distance-near-a-border-between": (
        "A post near the border between Uzbekistan and Afghanistan is 30 km from Termez.",
        None,
    ),
    "a-possessive-border-at-a-distance": (
        "Uzbekistan's border with Tajikistan is 300 km from Tashkent.",
        None,
    ),
    "a-pair-whose-border-with-a-third": (
        "Tajikistan and Kyrgyzstan, whose border with China is mountainous, are poor.",
        None,
    ),
    "separated-by-a-sea": ("Kazakhstan is separated from Azerbaijan by the Caspian Sea.", None),
    "no-border-separates": ("No border separates Tajikistan from Turkmenistan.", None),
    "a-border-with-b-after-another-states-sentence": (
        "Uzbekistan has strengthened its army. Troops patrol the 144 km border with Afghanistan.",
        "Kazakhstan",
    ),
    "a-lone-state-in-between": (
        "Kazakhstan and Iran share no land border; Turkmenistan lies between them.",
        None,
    ),
}


def test_a_verbs_length_is_no_distance(scoring):
    found = borders("Turkmenistan borders Iran for historical reasons.", scoring)
    assert found == {pair("tkm", "irn")}
    # no length of 300 km (nor any border: "A borders B for ..." is left to the relation
    # rules, which refuse it); an empty set must not pass for "no length" unnoticed
    found = borders("Uzbekistan borders Kazakhstan for 300 km north of Tashkent.", scoring)
    assert found == set(), found


def test_one_length_for_two_borders_gives_nothing(scoring):
    text = "Tajikistan shares a 1,400-kilometre border with Afghanistan and China."
    assert borders(text, scoring) == set()


def test_a_share_phrase_and_another_verb_gives_no_border(scoring):
    found = borders("Kazakhstan shares a border with Russia and exports oil to China.", scoring)
    assert found == {pair("kaz", "rus")}
    found = borders("Uzbekistan shares a border with Afghanistan and also borders on the Aral "
                    "Sea.", scoring)  # fmt: skip
    assert found == {pair("uzb", "afg")}


@pytest.mark.parametrize("text, written_from", named_cases(LOOK_ALIKES))
def test_border_look_alikes_give_nothing(text, written_from, scoring):
    assert borders(text, scoring, written_from) == set()


def test_profile_border_keys(scoring):
    text = (
        "Tajikistan\n"
        "• Capital: Dushanbe\n"
        "• Border with Afghanistan: 1,357 km, parts of which run along the Panj.\n"
        "• Land borders with China (477 km) and Uzbekistan (1,161 km);\n"
        "• No common border with Kazakhstan; the closest point is about 60 km away;\n"
    )
    assert borders(text, scoring) == {
        pair("tjk", "afg", "1357"),
        pair("tjk", "chn", "477"),
        pair("tjk", "uzb", "1161"),
    }


def test_bilateral_page_border_key(scoring):
    text = (
        "Mongolia–Russia relations\n"
        "Border: 3,452 km (2,145 mi)\n"
        "\n"
        "Mongolia–Russia relations are the bilateral relations between Mongolia and Russia.\n"
    )
    assert borders(text, scoring) == {pair("mng", "rus", "3452")}


def test_a_border_key_on_a_single_states_profile_gives_nothing(scoring):
    text = "Mongolia\n• Capital: Ulaanbaatar\n• Border: 8,082 km\n"
    assert borders(text, scoring) == set()
