"""Two general weaknesses tests/blind34 showed (brief B34FIX).

1. A list of signed documents whose items give their own place and date after the title
   ("1) Agreement on X – Ankara, 1 May 1992."): a dash set off by spaces, followed by a city
   (then no capitalised word), a date or a lowercase word ends a document's title
   (name_bounds._before_spaced_dash), and an item's bare aside of a city and a date ("– C, D",
   "(C, D)", ", C, D") is that item's signing place and date (signed_lists._bare_aside); an
   aside that says anything else ("– in force since D", "– entered into force on D") dates
   nothing, and one that says the document is not signed gives nothing; "(also signed by A and
   B)" adds A and B to the item's signers (signed_lists._also_signed), and a date opening the
   item before a dash or a colon ("• D – the X, C") is its date (_leading_date). Written with other
   states, documents, cities and markers than the corpus's.
2. "Both countries" / "the two countries" where two pairs of states are in reach (the pair
   strategy of references.py): a sentence that replaced the pair by an "X and Y" in a "with"
   phrase while naming both states of the old pair again leaves both pairs in reach, as do two
   "X and Y" before the reference in its own sentence; nothing decides between them but a state
   the reference's sentence sets off with its own date ("..., A since D"), which the pair must
   hold (references._pair_candidates, _pair_decided, _pair_rivals).
"""

from __future__ import annotations

from fact_cases import assertion_triples
from fact_cases import signed as _signed
from fact_cases import signing as _signing

from kzgraph.extract import sentence_mentions
from kzgraph.gazetteer import default_gazetteer
from kzgraph.references import context_for, update_context
from kzgraph.sentences import iter_sentence_spans


def _names(text: str) -> list[str]:
    """The words of each mention of ``text`` that names something."""
    context, found = context_for(None, default_gazetteer()), []
    for offset, span in iter_sentence_spans(text):
        mentions = sentence_mentions(span, offset, text, context)
        found += [text[m.start : m.end] for m in mentions if m.entities]
        update_context(mentions, context, text, offset + span.start_char)
    return found


def test_numbered_items_with_a_dash_city_and_date():
    text = (
        "The following agreements were signed between Uzbekistan and Kyrgyzstan:\n\n"
        "1. Agreement on the Demarcation of the State Border – Bishkek, 5 September 2022.\n"
        "2. Agreement on Water Management Cooperation - Tashkent, 6 June 2023.\n"
        "3. Agreement on Cultural Exchange – 7 July 2023.\n"
    )
    states = ("kgz", "uzb")
    assert _signed(text, "b34a") == (
        _signing("agreement-on-the-demarcation-of-the-state-border", states, "2022-09-05",
                 "bishkek")
        | _signing("agreement-on-water-management-cooperation", states, "2023-06-06", "tashkent")
        | _signing("agreement-on-cultural-exchange", states, "2023-07-07")
    )  # fmt: skip


def test_lettered_items_with_a_bracket_a_comma_or_a_signed_aside():
    text = (
        "Azerbaijan and Georgia signed the following documents:\n"
        "(a) Agreement on Energy Cooperation (Tbilisi, 12 March 2015);\n"
        "(b) Agreement on Pipeline Security, Baku, 4 June 2016;\n"
        "(c) Convention on Avoidance of Double Taxation — signed 18 February 1997 in Tbilisi.\n"
    )
    states = ("aze", "geo")
    assert _signed(text, "b34b") == (
        _signing("agreement-on-energy-cooperation", states, "2015-03-12", "tbilisi")
        | _signing("agreement-on-pipeline-security", states, "2016-06-04", "baku")
        | _signing("convention-on-avoidance-of-double-taxation", states, "1997-02-18", "tbilisi")
    )


def test_bullet_lines_without_a_stop_and_a_frame_ending_in_its_signers():
    text = (
        "Documents signed by Mongolia and China:\n"
        "• Agreement on Mineral Resources Cooperation, Beijing, 20 May 2014\n"
        "• Agreement on Cross-Border Trade – Ulaanbaatar, 21 August 2014\n"
        "• Agreement on Railway Transit\n"
    )
    states = ("chn", "mng")
    assert _signed(text, "b34c") == (
        _signing("agreement-on-mineral-resources-cooperation", states, "2014-05-20", "beijing")
        | _signing("agreement-on-cross-border-trade", states, "2014-08-21", "ulaanbaatar")
        | _signing("agreement-on-railway-transit", states)
    )


def test_a_dash_before_a_signed_aside_ends_the_title():
    text = (
        "The following documents were signed by Kazakhstan and Azerbaijan:\n\n"
        "1) Agreement on the Promotion of Cultural Exchange – signed in Baku on 3 June 1993.\n"
    )
    assert _signed(text, "b34d") == _signing(
        "agreement-on-the-promotion-of-cultural-exchange", ("aze", "kaz"), "1993-06-03", "baku"
    )


def test_asides_that_say_something_else_date_nothing():
    text = (
        "The following agreements were signed between Tajikistan and Kyrgyzstan:\n\n"
        "1) Agreement on Customs Administration – in force since 2020.\n"
        "2) Agreement on Military Cooperation – entered into force on 1 May 2021.\n"
        "3) Agreement on Energy Transit – ratified in 2019.\n"
        "4) Agreement on Labour Migration – initialled in 2022; not yet signed.\n"
    )
    states = ("kgz", "tjk")
    assert _signed(text, "b34e") == (
        _signing("agreement-on-customs-administration", states)
        | _signing("agreement-on-military-cooperation", states)
    )


def test_a_city_inside_the_title_is_no_signing_place():
    text = (
        "The following agreements were signed by Kazakhstan and Russia:\n\n"
        "1) Agreement on the Status of Aktau – 28 March 1994.\n"
        "2) Agreement on the Astana – Omsk Railway – Moscow, 3 May 1995.\n"
        "3) Agreement on the Status of Baikonur – Moscow, 4 May 1996.\n"
    )
    states = ("kaz", "rus")
    assert _signed(text, "b34f") == (
        _signing("agreement-on-the-status-of-aktau", states, "1994-03-28")
        | _signing("agreement-on-the-astana-omsk-railway", states, "1995-05-03", "moscow")
        | _signing("agreement-on-the-status-of-baikonur", states, "1996-05-04", "moscow")
    )


def test_a_spaced_dash_ends_a_title_only_before_a_city_that_closes_it():
    assert _names("The Convention on Road Traffic – Minsk, 2 June 1999, was praised.") == [
        "Convention on Road Traffic", "Minsk"
    ]  # fmt: skip
    assert _names("Uzbekistan backed the initiative “Tashkent – Beijing” in 2015.") == [
        "Uzbekistan", "Tashkent – Beijing"
    ]  # fmt: skip
    assert _names("They drafted the Agreement on the Aktau – Baku Ferry Line.") == [
        "Agreement on the Aktau – Baku Ferry Line"
    ]


def test_a_list_of_documents_not_signed_gives_nothing():
    text = (
        "The following documents are under negotiation between Kazakhstan and Turkey:\n\n"
        "1) Agreement on Transport Corridors – Ankara, 1 May 2024.\n"
        "2) Agreement on Digital Trade – Astana, 2 May 2024.\n"
    )
    assert _signed(text, "b34g") == set()


def test_a_frame_ending_in_signed_by_lists_people():
    text = (
        "The Agreement on Water Sharing was signed by:\n"
        "• Minister Ali Karimov\n"
        "• Minister Omar Saidov\n"
    )
    assert _signed(text, "b34h") == set()


def test_an_item_aside_naming_more_signers_adds_them():
    text = (
        "The following documents were signed by Kazakhstan and Russia:\n\n"
        "1) Agreement on the Establishment of the Caspian Council – Aktau, 3 October 2009 "
        "(also signed by Azerbaijan and Iran).\n"
        "2) Agreement on Rail Tariffs (also signed by the railway companies).\n"
        "3) Agreement on Customs Posts – Astana, 5 June 2011 (signed also by Belarus).\n"
    )
    assert _signed(text, "b34i") == (
        _signing("agreement-on-the-establishment-of-the-caspian-council",
                 ("aze", "irn", "kaz", "rus"), "2009-10-03", "aktau")
        | _signing("agreement-on-rail-tariffs", ("kaz", "rus"))
        | _signing("agreement-on-customs-posts", ("blr", "kaz", "rus"), "2011-06-05", "astana")
    )  # fmt: skip


def test_an_item_opening_with_its_date_before_a_dash_or_a_colon():
    text = (
        "The following documents were signed by Kazakhstan and Georgia:\n\n"
        "• 1 May 1996 – Agreement on Trade and Economic Cooperation, Tbilisi.\n"
        "• 2 June 1999 – Treaty on Friendship and Cooperation (Astana).\n"
        "• 2005: Agreement on Air Transport.\n"
        "• 2006 – talks on the Agreement on Road Haulage.\n"
    )
    states = ("geo", "kaz")
    assert _signed(text, "b34j") == (
        _signing("agreement-on-trade-and-economic-cooperation", states, "1996-05-01", "tbilisi")
        | _signing("treaty-on-friendship-and-cooperation", states, "1999-06-02", "astana")
        | _signing("agreement-on-air-transport", states, "2005")
    )


def _members(text: str, stem: str, org: str) -> set[str]:
    return {s for s, p, o in assertion_triples(text, stem=stem) if (p, o) == ("memberOf", org)}


_GUAM = (
    "Uzbekistan and Azerbaijan share no border. Uzbekistan joined the CIS in 1991; Azerbaijan "
    "had founded GUAM with Georgia and Moldova in 1997. "
)


def test_a_state_set_off_with_its_date_decides_between_two_pairs_in_reach():
    text = _GUAM + "Both countries are members of the Organisation of Islamic Cooperation, "
    text += "Uzbekistan since 1995."
    assert _members(text, "b34p1", "oic") == {"aze", "uzb"}
    text = _GUAM + "The two countries are members of the OSCE, Moldova since 1992."
    assert _members(text, "b34p2", "osce") == {"geo", "mda"}


def test_two_pairs_in_reach_and_nothing_to_decide_give_nothing():
    text = _GUAM + "Both countries are members of the Organisation of Islamic Cooperation."
    assert _members(text, "b34p3", "oic") == set()
    text = (
        "Georgia and Armenia co-founded the Black Sea Economic Cooperation with Turkey and "
        "Greece in 1992, and both countries are members of the OSCE."
    )
    assert _members(text, "b34p4", "osce") == set()


def test_a_set_off_state_of_neither_pair_gives_nothing():
    text = "Kyrgyzstan and Tajikistan signed a border treaty. Both countries are members of the "
    text += "CSTO, Armenia since 1992."
    assert _members(text, "b34p5", "csto") == set()


def test_a_new_pair_whose_sentence_leaves_the_old_one_is_the_pair():
    text = (
        "Chile and Peru signed a trade accord in 1998. Later, Bolivia and Ecuador joined the "
        "Andean Community. Both countries are members of the OAS."
    )
    assert _members(text, "b34p6", "organization-of-american-states") == {"bol", "ecu"}


def test_the_pair_of_the_sentence_before_still_resolves_with_its_own_dated_state():
    text = (
        "Latvia and Lithuania restored their independence in 1991. Both states are members of "
        "the European Union, Latvia since 1 May 2004."
    )
    assert _members(text, "b34p7", "european-union") == {"lva", "ltu"}


def _resolved(text: str) -> list[tuple[str, list[str]]]:
    """(words, entity keys) of each reference of ``text``."""
    context, found = context_for(None, default_gazetteer()), []
    for offset, span in iter_sentence_spans(text):
        mentions = sentence_mentions(span, offset, text, context)
        found += [(text[m.start : m.end], [e.key for e in m.entities]) for m in mentions
                  if m.source == "reference"]  # fmt: skip
        update_context(mentions, context, text, offset + span.start_char)
    return found


def test_a_bracketed_state_with_its_date_decides_too():
    text = _GUAM + "Both countries (Azerbaijan since 1992) take part in the OSCE."
    assert _resolved(text) == [("Both countries", ["uzb", "aze"])]
    text = _GUAM + "Both countries take part in the OSCE, as does Russia since 1973."
    assert _resolved(text) == []
