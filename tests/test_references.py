"""references: pairs, the document's own state, the organisation under discussion, acronyms."""

from __future__ import annotations

from kzgraph.documents import document_from_text
from kzgraph.extract import sentence_mentions
from kzgraph.gazetteer import default_gazetteer
from kzgraph.references import context_for, update_context
from kzgraph.sentences import iter_sentence_spans


def resolved(text: str, written_from: str | None = None):
    """Per sentence, (surface, [entity keys]) of every mention after references and grouping."""
    document = document_from_text(text, "t", {"written_from": written_from} if written_from else {})
    context = context_for(document.written_from, default_gazetteer())
    result = []
    for offset, span in iter_sentence_spans(text):
        mentions = sentence_mentions(span, offset, text, context)
        result.append([(text[m.start : m.end], [e.key for e in m.entities]) for m in mentions])
        update_context(mentions, context, text, offset + span.start_char)
    return result


def test_both_nations_is_the_pair_last_named_together():
    sentences = resolved("China and Kazakhstan met in 1992. In 1996, both nations joined.")
    assert ("both nations", ["chn", "kaz"]) in sentences[1]


def test_the_two_countries_finds_its_pair_in_its_own_sentence():
    [sentence] = resolved("Turkey recognised Azerbaijan, and the two countries met.")
    assert ("the two countries", ["tur", "aze"]) in sentence


def test_our_country_is_the_state_the_document_is_written_from():
    [sentence] = resolved("Our country is a member of the UN.", written_from="Kazakhstan")
    assert ("Our country", ["kaz"]) in sentence


def test_a_reference_with_nothing_to_point_to_is_dropped():
    [sentence] = resolved("Our country is a member of the UN.")
    assert [surface for surface, _ in sentence] == ["UN"]


def test_it_at_sentence_start_is_the_organisation_under_discussion():
    sentences = resolved("The OSCE is large. It has 550 staff. The Organisation grew.")
    assert ("It", ["osce"]) in sentences[1]
    assert ("The Organisation", ["osce"]) in sentences[2]


def test_an_acronym_defined_in_brackets_is_known_later():
    sentences = resolved("Tethys Petroleum Corporation (TPC) was founded. Later TPC grew.")
    assert ("TPC", ["tethys-petroleum-corporation"]) in sentences[1]


def test_coordination_groups_names_of_one_class():
    [sentence] = resolved("English, French and Russian are spoken; Chevron and Mobil built it.")
    assert ("English, French and Russian", ["english", "french", "russian"]) in sentence
    assert ("Chevron and Mobil", ["chevron", "mobil"]) in sentence


def test_a_comma_before_a_verb_is_not_a_coordination():
    [sentence] = resolved("In developing ties with China, Kazakhstan aims high.")
    assert [surface for surface, _ in sentence] == ["China", "Kazakhstan"]


def test_a_city_and_its_state_are_not_one_group():
    [sentence] = resolved("It was held in Helsinki, Finland.")
    assert ("Helsinki", ["helsinki"]) in sentence and ("Finland", ["fin"]) in sentence


def test_a_supplementary_agreement_takes_the_class_of_the_treaty_it_follows():
    from kzgraph.documents import document_from_text
    from kzgraph.extract import extract_document

    text = (
        "Russia and Belarus signed a boundary agreement in 1994 and a supplementary agreement "
        "in 1997."
    )
    quads = extract_document(document_from_text(text, "t")).quads
    types = {(q.subject.value.rsplit("/", 1)[-1], q.object.value.rsplit("#", 1)[-1])
             for q in quads if q.predicate.value.endswith("#type")}  # fmt: skip
    assert ("supplementary-agreement-1997", "BoundaryAgreement") in types


def test_an_unnamed_treaty_followed_by_its_name_is_one_treaty():
    [sentence] = resolved("Their cooperation treaty, the Aktau Treaty, was signed in Aktau in 2018")
    assert [surface for surface, _ in sentence] == ["Aktau Treaty", "Aktau", "2018"]


def test_an_unnamed_treaty_and_a_named_one_are_still_two():
    [sentence] = resolved("A trade agreement and the Aktau Treaty were signed in 2018.")
    assert sentence[0][0] == "trade agreement and the Aktau Treaty"
    assert len(sentence[0][1]) == 2


def test_the_council_is_the_organisation_named_last():
    sentences = resolved("The Nordic Council met in 1952. Finland joined the council in 1955.")
    assert ("the council", ["nordic-council"]) in sentences[1]


def test_a_list_of_organisations_of_different_kinds_is_one_group():
    [sentence] = resolved("Kazakhstan is a member of the United Nations, the OSCE and the SCO.")
    assert (
        "United Nations, the OSCE and the SCO",
        ["united-nations", "osce", "shanghai-cooperation-organisation"],
    ) in sentence


def test_organisations_and_a_company_are_not_one_group():
    [sentence] = resolved("Kazakhstan works with the OSCE, the EU and Chevron.")
    assert ("Chevron", ["chevron"]) in sentence


def test_a_group_of_words_that_are_states_or_languages_keeps_both_readings():
    [sentence] = resolved("Its working languages are Russian and Chinese.")
    assert ("Russian and Chinese", ["rus", "chn", "russian", "chinese"]) in sentence
    [sentence] = resolved("Arabic, Chinese and Russian are spoken.")
    assert ("Arabic, Chinese and Russian", ["arabic", "chinese", "russian"]) in sentence


def test_it_after_a_sentence_opened_by_a_state_may_be_that_state_or_the_organisation():
    sentences = resolved("Georgia was admitted to the UN in 1992. It joined the OSCE later.")
    assert ("It", ["geo", "united-nations"]) in sentences[1]


def test_it_after_a_sentence_opened_by_a_date_or_a_group_is_only_the_organisation():
    sentences = resolved("In 1992 Georgia was admitted to the UN. It has 193 members.")
    assert ("It", ["united-nations"]) in sentences[1]
    sentences = resolved("Georgia and Armenia joined the UN in 1992. It has 193 members.")
    assert ("It", ["united-nations"]) in sentences[1]


def test_an_acronym_is_known_later_in_the_sentence_that_defines_it():
    [sentence] = resolved(
        "In 1999 the Steppe Energy Council (SEC) was formed, and Mongolia joined SEC in 2001."
    )
    assert ("SEC", ["steppe-energy-council"]) in sentence


def test_an_acronym_before_its_definition_is_not_a_mention():
    [sentence] = resolved("SEC staff met as the Steppe Energy Council (SEC) was formed.")
    assert [surface for surface, _ in sentence] == ["Steppe Energy Council (SEC)"]


def test_it_after_but_is_the_one_state_the_sentence_opened_with():
    [sentence] = resolved(
        "Mongolia is not a member of the OECD, but it takes part in the OECD's Eurasia "
        "Competitiveness Programme."
    )
    assert ("it", ["mng"]) in sentence
    for text in (
        "Russia urged Mongolia to leave the OECD, but it stayed.",
        "The OECD praised Mongolia, but it stayed.",
    ):
        [sentence] = resolved(text)
        assert "it" not in [surface for surface, _ in sentence], text


def test_a_comma_pair_whose_last_name_takes_a_possessive_is_no_coordination():
    [sentence] = resolved("Armenia, Georgia's neighbour, borders Turkey.")
    assert [surface for surface, _ in sentence][:2] == ["Armenia", "Georgia"]
    [sentence] = resolved("Armenia and Georgia's envoys met; Armenia, Georgia and Iran agreed.")
    assert ("Armenia, Georgia and Iran", ["arm", "geo", "irn"]) in sentence


def test_the_organisation_after_a_list_of_two_is_the_one_under_discussion_or_nothing():
    *_, last = resolved(
        "The Commonwealth of Independent States was founded in 1991. Georgia, a member of the "
        "OSCE and the Council of Europe, left it in 2009. The organisation now has nine members."
    )
    assert ("The organisation", ["cis"]) in last
    *_, last = resolved("Georgia is in the OSCE and the Council of Europe. The organisation grew.")
    assert "The organisation" not in [surface for surface, _ in last]
    *_, last = resolved("Georgia is a member of the Council of Europe. The organisation grew.")
    assert ("The organisation", ["council-of-europe"]) in last


def test_between_them_is_the_pair_just_named():
    [sentence] = resolved("Armenia lies near Iran; relations between them were set up in 1992.")
    assert ("them", ["arm", "irn"]) in sentence
    [sentence] = resolved("Armenia, Iran and Georgia met; the talks between them failed.")
    assert "them" not in [surface for surface, _ in sentence]


def test_a_list_does_not_go_on_by_a_comma_after_its_and():
    [sentence] = resolved("Unlike Georgia and Armenia, Azerbaijan exports gas.")
    assert ("Georgia and Armenia", ["geo", "arm"]) in sentence
    assert ("Azerbaijan", ["aze"]) in sentence
    [sentence] = resolved("Georgia, the Ukraine, Armenia and Iran met.")
    assert ("Georgia, the Ukraine, Armenia and Iran", ["geo", "ukr", "arm", "irn"]) in sentence


def test_it_admitted_is_the_organisation_under_discussion():
    *_, last = resolved("The CSTO was set up in 2002. In 2006, it admitted Uzbekistan as a member.")
    assert ("it", ["csto"]) in last
    *_, last = resolved("Georgia was rich. In 2006, it admitted its errors.")
    assert "it" not in [surface for surface, _ in last]


def test_the_bank_is_the_organisation_named_last():
    *_, last = resolved("Georgia joined the Asian Development Bank in 1995. The bank grew.")
    assert ("The bank", ["adb"]) in last


def test_two_states_in_one_sentence_are_the_pair_until_a_list_names_one():
    sentences = resolved(
        "The Armenian president flew to Georgia. Trade is small. Both countries belong to the CIS."
    )
    assert ("Both countries", ["arm", "geo"]) in sentences[2]


def test_three_states_in_one_sentence_give_no_pair():
    sentences = resolved(
        "The Armenian president flew to Georgia, then to Turkey. Both countries belong to the CIS."
    )
    assert all(surface != "Both countries" for surface, _ in sentences[1])


def test_the_fund_is_the_latest_organisation_whose_name_has_fund():
    sentences = resolved(
        "The International Monetary Fund (IMF) lent money. The UN General Assembly met. "
        "Kazakhstan joined the fund in 1992."
    )
    assert ("the fund", ["imf"]) in sentences[2]


def test_the_fund_without_a_fund_named_points_at_nothing():
    [_, sentence] = resolved("The OSCE met. Kazakhstan praised the fund.")
    assert [surface for surface, _ in sentence] == ["Kazakhstan"]


def test_a_bare_both_before_a_verb_is_the_pair_just_named():
    sentences = resolved("Kazakhstan and Kyrgyzstan met in 1991. Both joined the OSCE in 1992.")
    assert ("Both", ["kaz", "kgz"]) in sentences[1]
    [sentence] = resolved("Kazakhstan and Kyrgyzstan met, and both joined the WTO.")
    assert ("both", ["kaz", "kgz"]) in sentence


def test_both_before_a_noun_is_no_reference():
    [sentence] = resolved("Kazakhstan and Kyrgyzstan met, and both rivers flow west.")
    assert [surface for surface, _ in sentence] == ["Kazakhstan and Kyrgyzstan"]


def test_it_after_and_a_fronted_date_is_the_state_the_sentence_opened_with():
    [sentence] = resolved("Georgia left the CIS in 2008, and in 2009 it joined the GUAM group.")
    assert ("it", ["geo"]) in sentence


def test_it_after_and_a_date_is_nothing_when_two_states_opened():
    [sentence] = resolved("Georgia and Armenia met, and in 2009 it joined the WTO.")
    assert "it" not in [surface for surface, _ in sentence]
