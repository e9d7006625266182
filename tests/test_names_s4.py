"""Names of session 4: where a typed treaty name ends ("in the <topic>", "for", "Articles of
Agreement", a pair of states named in full), a bracketed other name of an organisation, and the
gazetteer's breadth (organisations, programmes, people). Each in other wording and with other
entities than the texts that suggested it, with look-alikes that must name nothing."""

from __future__ import annotations

from functools import partial

from fact_cases import date as _date
from fact_cases import extract, nodes_of, triples_of

from kzgraph.gazetteer import default_gazetteer
from kzgraph.mentions import find_mentions
from kzgraph.sentences import iter_sentence_spans

_extract = partial(extract, stem="names-s4-test")


def _names(text: str) -> list[str]:
    """The labels of the typed unknown names of a one-sentence text."""
    [(offset, span)] = list(iter_sentence_spans(text))
    return [m.label for m in find_mentions(span, offset, text) if m.source == "name"]


def _mentions(text: str) -> list[tuple[str, tuple]]:
    """(surface, gazetteer keys) of the gazetteer mentions of a one-sentence text."""
    [(offset, span)] = list(iter_sentence_spans(text))
    found = find_mentions(span, offset, text)
    return [(text[m.start : m.end], m.keys) for m in found if m.source == "gazetteer"]


# "in [the] <topic>" after a treaty title


def test_a_title_goes_on_with_the_field_it_covers():
    assert _names(
        "Mongolia and Japan signed the Agreement on Cooperation in the Field of Civil Aviation "
        "in Ulaanbaatar."
    ) == ["Agreement on Cooperation in the Field of Civil Aviation"]
    assert _names("Chile and Peru signed the Convention on Assistance in Combating Smuggling.") == [
        "Convention on Assistance in Combating Smuggling"
    ]


def test_a_title_goes_on_with_a_plural_topic_after_in_the():
    assert _names(
        "Brazil and Norway signed the Treaty on Partnership in the Peaceful Applications of "
        "Space Technology in Oslo."
    ) == ["Treaty on Partnership in the Peaceful Applications of Space Technology"]
    assert _names(
        "Brazil and Norway signed the Memorandum on Partnership in the Mining, Shipping and "
        "Fisheries Sectors in Oslo."
    ) == ["Memorandum on Partnership in the Mining, Shipping and Fisheries Sectors"]


def test_a_title_goes_on_with_a_century():
    assert _names(
        "Chile signed the Declaration on Friendship and Progress for the 22nd Century."
    ) == ["Declaration on Friendship and Progress for the 22nd Century"]


def test_a_place_or_one_word_after_in_is_no_part_of_a_title():
    assert _names("Armenia and Georgia signed the Agreement on Transit in the Kremlin.") == [
        "Agreement on Transit"
    ]
    assert _names("Armenia and Georgia signed the Agreement on Transit in the Great Hall.") == [
        "Agreement on Transit"
    ]
    assert _names("Armenia and Georgia signed the Agreement on Transit in Tbilisi.") == [
        "Agreement on Transit"
    ]


# "for" and "Articles of Agreement"


def test_a_title_may_open_with_for():
    assert _names("Oman and Chile signed the Agreement for the Avoidance of Double Taxation.") == [
        "Agreement for the Avoidance of Double Taxation"
    ]


def test_for_and_a_known_name_opens_no_title():
    assert _names("Chile drafted an Agreement for Mongolia in Santiago.") == []


def test_articles_of_agreement_of_an_institution_are_one_treaty():
    assert _names("Brazil signed the Articles of Agreement of the Arctic Fisheries Fund.") == [
        "Articles of Agreement of the Arctic Fisheries Fund"
    ]
    assert _names("Brazil signed the articles of agreement of the fund.") == []


# "between the Republic of A and the Republic of B"


def test_a_border_title_names_its_states_in_full():
    assert _names(
        "They signed the Treaty on the State Border between the Republic of Armenia and the "
        "Republic of Azerbaijan in Yerevan."
    ) == [
        "Treaty on the State Border between the Republic of Armenia and the Republic of Azerbaijan"
    ]


def test_a_pair_with_an_unknown_state_is_no_part_of_the_title():
    assert _names(
        "They signed the Treaty on the State Border between the Republic of Ruritania and Georgia."
    ) == ["Treaty on the State Border"]


# a bracketed other name of the same organisation


def test_a_bracketed_other_name_of_an_organisation_joins_it(scoring):
    _, facts = _extract(
        "Georgia has been a member of the European Commission for Democracy through Law "
        "(Venice Commission) since 1999.",
        scoring,
    )
    assert ("georgia", "kz:memberOf", "venice-commission") in {
        (s.replace("geo", "georgia"), p, o) for s, p, o in triples_of(facts)
    }
    [membership] = nodes_of(facts, "kz:Membership")
    assert membership["kz:startDate"] == [_date("1999")]


def test_a_bracketed_other_name_of_a_place_stays_a_mention_of_its_own():
    assert _mentions("The plant stands in Oskemen (Ust-Kamenogorsk).") == [
        ("Oskemen", ("oskemen",)),
        ("Ust-Kamenogorsk", ("oskemen",)),
    ]


def test_a_bracket_naming_another_organisation_is_not_joined():
    found = _mentions("Serbia works with the World Health Organization (WHO) and the IEA.")
    assert ("World Health Organization (WHO)", ("who",)) in found
    assert ("IEA", ("iea",)) in found


# gazetteer breadth


def test_regional_organisations_banks_and_programmes_are_known():
    gazetteer = default_gazetteer()
    for name, key in [
        ("ECO", "economic-cooperation-organization"),
        ("Economic Co-operation Organisation", "economic-cooperation-organization"),
        ("AIIB", "asian-infrastructure-investment-bank"),
        ("UN Security Council", "united-nations-security-council"),
        ("Gulf Cooperation Council", "gulf-cooperation-council"),
        ("IFAS", "international-fund-for-saving-the-aral-sea"),
        ("BOMCA", "border-management-programme-in-central-asia"),
        ("CAREC", "central-asia-regional-economic-cooperation-program"),
        ("TACIS", "tacis"),
        ("Junichiro Koizumi", "junichiro-koizumi"),
    ]:
        assert key in gazetteer.lookup(name), name


def test_opec_plus_is_not_opec(scoring):
    _, facts = _extract("Mexico is a member of OPEC+.", scoring)
    organisations = {o for _, p, o in triples_of(facts) if p == "kz:memberOf"}
    assert organisations == {"opec-plus"}


def test_a_known_head_of_government_fills_a_visit(scoring):
    _, facts = _extract("Junichiro Koizumi visited Tashkent in August 2006.", scoring)
    [visit] = nodes_of(facts, "kz:StateVisit")
    assert visit["kz:visitor"] == ["junichiro-koizumi"]
    assert visit["kz:date"] == [_date("2006-08")]


def test_an_acronym_inside_a_capitalised_word_is_no_organisation():
    assert _mentions("The Eco-Friendly Schools award went to Bhutan.") == [("Bhutan", ("btn",))]


# "Protocol on the Accession of A to the B"


def test_an_accession_title_goes_on_to_a_known_body():
    assert _names(
        "Mongolia signed the Protocol on the Accession of Mongolia to the World Trade "
        "Organization in Geneva."
    ) == ["Protocol on the Accession of Mongolia to the World Trade Organization"]


def test_an_accession_title_stops_before_an_unknown_body():
    assert _names("They signed the Protocol on the Accession of Chile to the Pacific Club.") == [
        "Protocol on the Accession of Chile"
    ]


# a short name after the full one


def test_the_security_council_after_the_un_security_council_is_that_council(scoring):
    _, facts = _extract(
        "In 2022 Ecuador was elected to the UN Security Council. Ecuador became a member of "
        "the Security Council on 1 January 2023.",
        scoring,
    )
    assert ("ecu", "kz:memberOf", "united-nations-security-council") in triples_of(facts)


def test_the_security_council_alone_names_no_organisation(scoring):
    _, facts = _extract(
        "Ecuador became a member of the Security Council on 1 January 2023.", scoring
    )
    assert not [fact for fact in triples_of(facts) if fact[1] == "kz:memberOf"]


def test_a_possessive_security_council_is_a_national_one():
    text = "After the UN Security Council vote, Ecuador's Security Council met."
    assert _mentions(text) == [
        ("UN Security Council", ("united-nations-security-council",)),
        ("Ecuador", ("ecu",)),
    ]


def test_a_full_name_is_not_read_as_another_person_s_surname():
    assert _mentions("Hillary Clinton met Bill Clinton in Berlin.") == [
        ("Hillary Clinton", ("hillary-clinton",)),
        ("Bill Clinton", ("bill-clinton",)),
        ("Berlin", ("berlin",)),
    ]


# organs every organisation has, generic closings, pairs and names that go on


def test_an_organ_every_organisation_has_is_no_name():
    assert _names("Mongolia chaired the Council of Foreign Ministers in 2015.") == []
    assert _names("The Council of Heads of State met in Minsk.") == []
    assert _names("They acted under the Charter of the Organization.") == []


def test_an_organ_with_a_proper_name_is_a_name():
    assert _names("Chile hosted the Union of South American Nations.") == [
        "Union of South American Nations"
    ]


def test_a_state_and_a_known_name_joined_by_a_dash_are_a_pair():
    assert _names("Mongolia–European Union relations improved.") == []


def test_a_name_going_on_past_its_head_is_no_name():
    assert _names("The UNDP Programme Office in Bishkek opened in 1993.") == []
    assert _names("Mongolia joined the Steppe Competitiveness Programme in 2010.") == [
        "Steppe Competitiveness Programme"
    ]


# a one-word short name after the full name


def test_a_surname_first_name_after_the_full_name_is_that_person(scoring):
    _, facts = _extract(
        "Hu Jintao met Nursultan Nazarbayev in 2004. Three years later Hu visited Astana in "
        "August 2007.",
        scoring,
    )
    [visit] = nodes_of(facts, "kz:StateVisit")
    assert visit["kz:visitor"] == ["hu-jintao"]


def test_a_short_word_with_no_full_name_before_names_no_one():
    assert _mentions("The Moon landing was watched in Tokyo.") == [("Tokyo", ("tokyo",))]
