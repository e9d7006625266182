"""Facts stated through a noun rather than a verb: "after its admission to O on D", "since
X's accession to O in D"."""

from __future__ import annotations

from fact_cases import nodes_of as _nodes
from fact_cases import triples_of as _triples


def test_after_its_admission_is_the_opening_states_membership(facts):
    text = (
        "Armenia opened an embassy in Vienna in 1995, three years after its admission to the "
        "OSCE on 30 January 1992."
    )
    found = facts(text)
    assert ("arm", "kz:memberOf", "osce") in _triples(found)
    [membership] = _nodes(found, "kz:Membership")
    assert membership["kz:startDate"] == [("1992-01-30", "xsd:date")]


def test_since_a_states_accession_is_its_membership(facts):
    text = "Since Georgia's accession to the Council of Europe in 1999, its courts have changed."
    found = facts(text)
    assert ("geo", "kz:memberOf", "council-of-europe") in _triples(found)
    [membership] = _nodes(found, "kz:Membership")
    assert membership["kz:startDate"] == [("1999", "xsd:gYear")]


def test_talks_on_its_accession_state_no_membership(facts):
    text = "Uzbekistan resumed talks on its accession to the WTO in 2020."
    assert not [t for t in _triples(facts(text)) if t[1] == "kz:memberOf"]


def test_its_after_two_states_is_neither(facts):
    text = "Russia praised Armenia in 1995, three years after its admission to the OSCE in 1992."
    assert not [t for t in _triples(facts(text)) if t[1] == "kz:memberOf"]


def test_counted_among_the_founding_members_is_a_co_founding(facts):
    text = "Tajikistan is thus counted among the founding members of the CSTO."
    assert ("tjk", "kz:coFounderOf", "csto") in _triples(facts(text))


def test_counted_among_the_observers_is_no_co_founding(facts):
    text = "Tajikistan is thus counted among the observers of the CSTO."
    assert not [t for t in _triples(facts(text)) if t[0] == "tjk"]


def test_an_adverb_before_joined_keeps_the_membership(facts):
    text = "In 2006 Uzbekistan officially joined the Collective Security Treaty Organization."
    assert ("uzb", "kz:memberOf", "csto") in _triples(facts(text))


def test_an_adverb_before_left_is_no_membership(facts):
    text = "In 2012 Uzbekistan officially left the Collective Security Treaty Organization."
    assert not [t for t in _triples(facts(text)) if t[1] == "kz:memberOf"]


def test_a_meeting_that_ended_a_states_chairmanship_states_it(facts):
    text = "The Ashgabat meeting ended Turkmenistan's one-year chairmanship of the CIS."
    assert ("cis", "kz:chairedBy", "tkm") in _triples(facts(text))


def test_preparing_for_a_states_chairmanship_states_none(facts):
    text = "Officials in Bishkek prepared for Kyrgyzstan's one-year chairmanship of the CSTO."
    assert not [t for t in _triples(facts(text)) if t[1] == "kz:chairedBy"]


def test_a_visit_in_a_relative_clause_with_a_possessive_invitation(facts):
    text = (
        "Azerbaijani President Ilham Aliyev, who arrived in Tashkent on 3 May 2017 for an "
        "official visit at Mirziyoyev's invitation, opened a school."
    )
    [visit] = _nodes(facts(text), "kz:StateVisit")
    assert visit["kz:visitor"] == ["ilham-aliyev"]
    assert visit["kz:destination"] == ["tashkent"]
    assert visit["kz:invitedBy"] == ["shavkat-mirziyoyev"]
    assert visit["kz:date"] == [("2017-05-03", "xsd:date")]


def test_arriving_for_talks_in_a_relative_clause_is_no_visit(facts):
    text = "Ilham Aliyev, who arrived in Ashgabat on 3 May 2015 for talks, opened a school."
    assert not _nodes(facts(text), "kz:StateVisit")


def test_a_seat_taken_as_a_member_is_a_membership(facts):
    text = (
        "Japan took its seat as a non-permanent member of the United Nations Security Council "
        "in January 2023."
    )
    found = facts(text)
    assert ("jpn", "kz:memberOf", "united-nations-security-council") in _triples(found)
    [membership] = _nodes(found, "kz:Membership")
    assert membership["kz:startDate"] == [("2023-01", "xsd:gYearMonth")]


def test_a_seat_lost_is_no_membership(facts):
    text = (
        "Japan lost its seat as a non-permanent member of the United Nations Security Council "
        "in January 2023."
    )
    assert not [t for t in _triples(facts(text)) if t[1] == "kz:memberOf"]


def test_relations_held_since_a_date_were_established_then(facts):
    found = facts("Oman has had diplomatic relations with Uzbekistan since 1992.")
    assert ("omn", "kz:hasDiplomaticRelationsWith", "uzb") in _triples(found)
    [node] = _nodes(found, "kz:DiplomaticRelationsEstablishment")
    assert node["kz:date"] == [("1992", "xsd:gYear")]


def test_trade_ties_held_since_a_date_are_no_diplomatic_relations(facts):
    found = facts("Oman has had trade ties with Uzbekistan since 1992.")
    assert not [t for t in _triples(found) if t[1] == "kz:hasDiplomaticRelationsWith"]


def test_a_plural_apposition_of_members_of_two_organisations(facts):
    text = (
        "Slovakia and Slovenia, members of NATO and of the European Union since 2004, sent "
        "envoys to Astana."
    )
    found = _triples(facts(text))
    for state in ("svk", "svn"):
        assert (state, "kz:memberOf", "nato") in found
        assert (state, "kz:memberOf", "european-union") in found


def test_a_plural_apposition_of_critics_is_no_membership(facts):
    text = "Slovakia and Slovenia, critics of NATO and of the European Union, sent envoys."
    assert not [t for t in _triples(facts(text)) if t[1] == "kz:memberOf"]


def test_the_first_president_of_a_state_is_its_head_of_state(facts):
    text = "Askar Akayev was the first President of Kyrgyzstan, from 1991 to 2005."
    assert ("askar-akayev", "kz:headOfStateOf", "kgz") in _triples(facts(text))


def test_the_first_vice_president_is_no_head_of_state(facts):
    text = "Askar Akayev was the first Vice President of Kyrgyzstan, from 1991 to 2005."
    assert not [t for t in _triples(facts(text)) if t[1] == "kz:headOfStateOf"]


def test_who_is_now_the_states_president(facts):
    text = (
        "Islam Karimov died in 2016 and was followed by Shavkat Mirziyoyev, who is now "
        "Uzbekistan's President."
    )
    assert ("shavkat-mirziyoyev", "kz:headOfStateOf", "uzb") in _triples(facts(text))


def test_who_is_now_the_states_prime_minister_is_no_head_of_state(facts):
    text = "Karimov was followed by Abdulla Aripov, who is now Uzbekistan's Prime Minister."
    assert not [t for t in _triples(facts(text)) if t[1] == "kz:headOfStateOf"]


def test_also_holds_the_chairmanship_after_an_apposition(facts):
    text = (
        "Kyrgyzstan, a founding member of the SCO, also holds the chairmanship of the CIS in 2025."
    )
    found = facts(text)
    assert ("cis", "kz:chairedBy", "kgz") in _triples(found)
    [chair] = _nodes(found, "kz:Chairmanship")
    assert chair["kz:year"] == [("2025", "xsd:gYear")]


def test_also_seeks_the_chairmanship_is_none(facts):
    text = "Kyrgyzstan, a founding member of the SCO, also seeks the chairmanship of the CIS."
    assert not [t for t in _triples(facts(text)) if t[1] == "kz:chairedBy"]


def test_has_also_visited_a_place(facts):
    text = "Since taking office, Ilham Aliyev has also visited Tashkent."
    [visit] = _nodes(facts(text), "kz:StateVisit")
    assert visit["kz:visitor"] == ["ilham-aliyev"] and visit["kz:destination"] == ["tashkent"]


def test_has_also_visited_two_places_is_not_one_visit_to_both(facts):
    text = "Since taking office, Ilham Aliyev has also visited Tashkent and Dushanbe."
    assert not _nodes(facts(text), "kz:StateVisit")


def test_a_hyphenated_modifier_before_an_organisation_is_read_past(facts):
    text = "Uzbekistan has been a member of the Jeddah-based Islamic Development Bank since 2003."
    found = facts(text)
    assert ("uzb", "kz:memberOf", "islamic-development-bank") in _triples(found)
    [membership] = _nodes(found, "kz:Membership")
    assert membership["kz:startDate"] == [("2003", "xsd:gYear")]


def test_the_state_in_a_hyphenated_modifier_is_no_member(facts):
    text = "Armenia is a member of the Russian-led Collective Security Treaty Organization."
    triples = _triples(facts(text))
    assert ("arm", "kz:memberOf", "csto") in triples
    assert not [t for t in triples if "rus" in t]


def test_a_prefix_before_a_name_is_no_modifier():
    from kzgraph.name_bounds import is_modifier

    assert is_modifier("Soviet", "era") and not is_modifier("Re", "opened")


def test_a_programme_named_by_its_apposition_is_the_organisations(facts):
    text = (
        "Kazakhstan takes part in the Green Bridge Partnership, an initiative of the United "
        "Nations."
    )
    triples = _triples(facts(text))
    assert ("green-bridge-partnership", "kz:programmeOf", "united-nations") in triples
    assert ("kaz", "kz:participatesInProgramme", "green-bridge-partnership") in triples


def test_a_partnership_whose_apposition_is_no_programme_is_none(facts):
    text = "Kazakhstan takes part in the Green Bridge Partnership, a rival of the United Nations."
    assert not [t for t in _triples(facts(text)) if t[1] == "kz:programmeOf"]


def test_a_pipeline_in_a_relative_clause_with_the_state_that_joined_it(facts):
    text = "The Central Asia–China gas pipeline, which Uzbekistan joined in 2010, carries gas."
    triples = _triples(facts(text))
    assert ("central-asia-china-gas-pipeline", "kz:participantState", "uzb") in triples


def test_a_pipeline_in_a_relative_clause_a_state_criticised_is_no_participation(facts):
    text = "The Central Asia–China gas pipeline, which Uzbekistan criticised in 2010, carries gas."
    assert not [t for t in _triples(facts(text)) if t[1] == "kz:participantState"]


def test_the_signing_of_a_treaty_by_two_states(facts):
    text = (
        "With the signing of the Treaty on Good Neighbourliness by Kyrgyzstan and Tajikistan in "
        "Bishkek on 12 May 2019, the talks ended."
    )
    triples = _triples(facts(text))
    treaty = "treaty-on-good-neighbourliness"
    assert {t[2] for t in triples if t[:2] == (treaty, "kz:signatory")} == {"kgz", "tjk"}
    assert (treaty, "kz:signingPlace", "bishkek") in triples
    assert (treaty, "kz:signingDate", ("2019-05-12", "xsd:date")) in triples


def test_the_planned_signing_of_a_treaty_is_no_signature(facts):
    text = (
        "Officials discussed the planned signing of the Treaty on Good Neighbourliness by "
        "Kyrgyzstan and Tajikistan in Bishkek."
    )
    assert not [t for t in _triples(facts(text)) if t[1] == "kz:signatory"]


def test_the_signatories_of_a_treaty_include(facts):
    text = "The signatories of the Treaty on Open Skies include Kyrgyzstan and Georgia."
    signers = {t[2] for t in _triples(facts(text)) if t[1] == "kz:signatory"}
    assert signers == {"kgz", "geo"}


def test_the_critics_of_a_treaty_are_no_signatories(facts):
    text = "The critics of the Treaty on Open Skies include Kyrgyzstan and Georgia."
    assert not [t for t in _triples(facts(text)) if t[1] == "kz:signatory"]


def test_the_founders_of_an_organisation_were(facts):
    text = "The founders of the Economic Cooperation Organization were Iran, Pakistan and Turkey."
    founders = {t[0] for t in _triples(facts(text)) if t[1] == "kz:coFounderOf"}
    assert founders == {"irn", "pak", "tur"}


def test_the_critics_of_an_organisation_are_no_founders(facts):
    text = "The critics of the Economic Cooperation Organization were Iran, Pakistan and Turkey."
    assert not [t for t in _triples(facts(text)) if t[1] == "kz:coFounderOf"]


def test_its_membership_since_a_date(facts):
    found = facts("Armenia has valued its membership of the OSCE since 1992.")
    assert ("arm", "kz:memberOf", "osce") in _triples(found)
    [membership] = _nodes(found, "kz:Membership")
    assert membership["kz:startDate"] == [("1992", "xsd:gYear")]


def test_its_membership_frozen_since_a_date_is_none(facts):
    found = facts("Armenia has frozen its membership of the CSTO since 2024.")
    assert not [t for t in _triples(found) if t[1] == "kz:memberOf"]


def test_an_accession_that_followed_joins_the_organisation_under_discussion(facts):
    text = (
        "The Council of Europe admitted Georgia in 1999. Armenia's accession followed in "
        "January 2001."
    )
    found = facts(text)
    assert ("arm", "kz:memberOf", "council-of-europe") in _triples(found)
    dates = [m["kz:startDate"] for m in _nodes(found, "kz:Membership") if m["kz:member"] == ["arm"]]
    assert dates == [[("2001-01", "xsd:gYearMonth")]]


def test_a_bid_that_followed_is_no_membership(facts):
    text = "The Council of Europe admitted Georgia in 1999. Armenia's bid followed in January 2001."
    assert not [t for t in _triples(facts(text)) if t[0] == "arm"]


def test_which_holds_the_organisations_rotating_chairmanship(facts):
    text = "Kyrgyzstan, which holds the CSTO's rotating chairmanship, hosted the summit."
    assert ("csto", "kz:chairedBy", "kgz") in _triples(facts(text))


def test_which_covets_the_organisations_chairmanship_is_none(facts):
    text = "Kyrgyzstan, which covets the CSTO's rotating chairmanship, hosted the summit."
    assert not [t for t in _triples(facts(text)) if t[1] == "kz:chairedBy"]


def test_founders_in_an_apposition_of_their_own_launch(facts):
    text = (
        "Kyrgyzstan, Tajikistan and Uzbekistan, its three founding members, launched the Central "
        "Asian Cooperation Organization on 28 February 2002."
    )
    org = "central-asian-cooperation-organization"
    founders = {t[0] for t in _triples(facts(text)) if t[1:] == ("kz:coFounderOf", org)}
    assert founders == {"kgz", "tjk", "uzb"}


def test_observers_in_an_apposition_found_nothing(facts):
    text = (
        "Kyrgyzstan, Tajikistan and Uzbekistan, its three observers, launched the Central Asian "
        "Cooperation Organization on 28 February 2002."
    )
    assert not [t for t in _triples(facts(text)) if t[1] == "kz:coFounderOf"]


def test_states_that_subsequently_acceded_to_it_join_the_organisation_named_last(facts):
    text = (
        "In 2006 Kazakhstan and Russia established the Eurasian Development Bank. Armenia and "
        "Belarus subsequently acceded to it."
    )
    triples = _triples(facts(text))
    assert ("arm", "kz:memberOf", "eurasian-development-bank") in triples
    assert ("blr", "kz:memberOf", "eurasian-development-bank") in triples


def test_states_that_objected_to_it_join_nothing(facts):
    text = (
        "In 2006 Kazakhstan and Russia established the Eurasian Development Bank. Armenia and "
        "Belarus subsequently objected to it."
    )
    assert not [t for t in _triples(facts(text)) if t[0] in ("arm", "blr")]


def _relations(found: list) -> set:
    return {t for t in _triples(found) if t[1] == "kz:hasDiplomaticRelationsWith"}


def test_a_states_establishment_of_relations(facts):
    text = (
        "Georgia's establishment of diplomatic relations with Armenia on 17 July 1992 was "
        "followed by an embassy."
    )
    found = facts(text)
    assert ("geo", "kz:hasDiplomaticRelationsWith", "arm") in _relations(found)
    [node] = _nodes(found, "kz:DiplomaticRelationsEstablishment")
    assert node["kz:date"] == [("1992-07-17", "xsd:date")]


def test_a_states_suspension_of_relations_is_none(facts):
    text = "Georgia's suspension of diplomatic relations with Russia on 29 August 2008 hurt trade."
    assert not _relations(facts(text))


def test_a_protocol_establishing_relations_with_the_documents_state(scoring):
    from kzgraph.documents import document_from_text
    from kzgraph.extract import extract_document

    text = (
        "A protocol establishing diplomatic relations with Tajikistan was signed in Dushanbe on "
        "14 January 1993."
    )
    document = document_from_text(text, "t", {"written_from": "Kyrgyzstan"})
    found = scoring.extracted_facts(extract_document(document).quads)
    assert ("kgz", "kz:hasDiplomaticRelationsWith", "tjk") in _relations(found)


def test_a_protocol_on_trade_establishes_no_relations(facts):
    text = "A protocol on trade with Tajikistan was signed in Dushanbe on 14 January 1993."
    assert not _relations(facts(text))


def test_who_has_been_the_states_president(facts):
    text = "Emomali Rahmon, who has been Tajikistan's President since 1994, spoke first."
    assert ("emomali-rahmon", "kz:headOfStateOf", "tjk") in _triples(facts(text))


def test_who_has_been_the_states_prime_minister_is_no_head_of_state(facts):
    text = "Kokhir Rasulzoda, who has been Tajikistan's Prime Minister since 2013, spoke first."
    assert not [t for t in _triples(facts(text)) if t[1] == "kz:headOfStateOf"]


def test_a_place_that_was_the_destination_of_a_state_visit(facts):
    [visit] = _nodes(facts("Ankara was the destination of Mirziyoyev's state visit in March 2022."),
                     "kz:StateVisit")  # fmt: skip
    assert visit["kz:visitor"] == ["shavkat-mirziyoyev"] and visit["kz:destination"] == ["ankara"]
    assert visit["kz:date"] == [("2022-03", "xsd:gYearMonth")]


def test_a_place_that_was_the_destination_of_exports_is_no_visit(facts):
    text = "Ankara was the destination of Mirziyoyev's exports in March 2022."
    assert not _nodes(facts(text), "kz:StateVisit")


def test_a_visit_to_a_place_by_a_person_made_at_an_invitation(facts):
    text = (
        "A visit to Beijing by Tokayev on 5 February 2024, his first abroad that year, was made at "
        "the invitation of Xi Jinping."
    )
    [visit] = _nodes(facts(text), "kz:StateVisit")
    assert visit["kz:visitor"] == ["kassym-jomart-tokayev"]
    assert visit["kz:invitedBy"] == ["xi-jinping"]
    assert visit["kz:date"] == [("2024-02-05", "xsd:date")]


def test_a_visit_postponed_at_a_request_is_none(facts):
    text = (
        "A visit to Beijing by Tokayev on 5 February 2024 was put off at the request of Xi Jinping."
    )
    assert not _nodes(facts(text), "kz:StateVisit")


def test_a_person_welcomed_to_a_place_visits_it(facts):
    [visit] = _nodes(facts("Emomali Rahmon welcomed Mirziyoyev to Dushanbe on 9 March 2018."),
                     "kz:StateVisit")  # fmt: skip
    assert visit["kz:visitor"] == ["shavkat-mirziyoyev"] and visit["kz:destination"] == ["dushanbe"]


def test_a_persons_remarks_welcomed_in_a_place_are_no_visit(facts):
    text = "Emomali Rahmon welcomed Mirziyoyev's remarks in Dushanbe on 9 March 2018."
    assert not _nodes(facts(text), "kz:StateVisit")
