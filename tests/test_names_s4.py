"""Names of session 4: where a typed treaty name ends ("in the <topic>", "for", "Articles of
Agreement", a pair of states named in full), a bracketed other name of an organisation, and the
gazetteer's breadth (organisations, programmes, people). Each in other wording and with other
entities than the texts that suggested it, with look-alikes that must name nothing."""

from __future__ import annotations

from functools import partial

import pytest
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


# Typed names by what they show: (a one-sentence text, the labels of its typed unknown names),
# checked by test_the_typed_names_of_a_sentence; gazetteer mentions likewise, (a one-sentence
# text, its (surface, keys) mentions), by test_the_gazetteer_mentions_of_a_sentence.
NAMES: dict[str, list[tuple[str, list[str]]]] = {}
MENTIONS: dict[str, list[tuple[str, list[tuple[str, tuple]]]]] = {}


# "in [the] <topic>" after a treaty title


NAMES["a title goes on with the field it covers"] = [
    (
        "Mongolia and Japan signed the Agreement on Cooperation in the Field of Civil Aviation "
        "in Ulaanbaatar.",
        ["Agreement on Cooperation in the Field of Civil Aviation"],
    ),
    (
        "Chile and Peru signed the Convention on Assistance in Combating Smuggling.",
        ["Convention on Assistance in Combating Smuggling"],
    ),
]


NAMES["a title goes on with a plural topic after in the"] = [
    (
        "Brazil and Norway signed the Treaty on Partnership in the Peaceful Applications of "
        "Space Technology in Oslo.",
        ["Treaty on Partnership in the Peaceful Applications of Space Technology"],
    ),
    (
        "Brazil and Norway signed the Memorandum on Partnership in the Mining, Shipping and "
        "Fisheries Sectors in Oslo.",
        ["Memorandum on Partnership in the Mining, Shipping and Fisheries Sectors"],
    ),
]


NAMES["a title goes on with a century"] = [
    (
        "Chile signed the Declaration on Friendship and Progress for the 22nd Century.",
        ["Declaration on Friendship and Progress for the 22nd Century"],
    ),
]


NAMES["a place or one word after in is no part of a title"] = [
    (
        "Armenia and Georgia signed the Agreement on Transit in the Kremlin.",
        ["Agreement on Transit"],
    ),
    (
        "Armenia and Georgia signed the Agreement on Transit in the Great Hall.",
        ["Agreement on Transit"],
    ),
    ("Armenia and Georgia signed the Agreement on Transit in Tbilisi.", ["Agreement on Transit"]),
]


# "for" and "Articles of Agreement"


NAMES["a title may open with for"] = [
    (
        "Oman and Chile signed the Agreement for the Avoidance of Double Taxation.",
        ["Agreement for the Avoidance of Double Taxation"],
    ),
]


NAMES["for and a known name opens no title"] = [
    ("Chile drafted an Agreement for Mongolia in Santiago.", []),
]


NAMES["articles of agreement of an institution are one treaty"] = [
    (
        "Brazil signed the Articles of Agreement of the Arctic Fisheries Fund.",
        ["Articles of Agreement of the Arctic Fisheries Fund"],
    ),
    ("Brazil signed the articles of agreement of the fund.", []),
]


# "between the Republic of A and the Republic of B"


NAMES["a border title names its states in full"] = [
    (
        "They signed the Treaty on the State Border between the Republic of Armenia and the "
        "Republic of Azerbaijan in Yerevan.",
        [
            "Treaty on the State Border between the Republic of Armenia and the Republic of "
            "Azerbaijan"
        ],
    ),
]


NAMES["a pair with an unknown state is no part of the title"] = [
    (
        "They signed the Treaty on the State Border between the Republic of Ruritania and Georgia.",
        ["Treaty on the State Border"],
    ),
]


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


MENTIONS["a bracketed other name of a place stays a mention of its own"] = [
    (
        "The plant stands in Oskemen (Ust-Kamenogorsk).",
        [
            ("Oskemen", ("oskemen",)),
            ("Ust-Kamenogorsk", ("oskemen",)),
        ],
    ),
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


MENTIONS["an acronym inside a capitalised word is no organisation"] = [
    ("The Eco-Friendly Schools award went to Bhutan.", [("Bhutan", ("btn",))]),
]


# "Protocol on the Accession of A to the B"


NAMES["an accession title goes on to a known body"] = [
    (
        "Mongolia signed the Protocol on the Accession of Mongolia to the World Trade "
        "Organization in Geneva.",
        ["Protocol on the Accession of Mongolia to the World Trade Organization"],
    ),
]


NAMES["an accession title stops before an unknown body"] = [
    (
        "They signed the Protocol on the Accession of Chile to the Pacific Club.",
        ["Protocol on the Accession of Chile"],
    ),
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


MENTIONS["a full name is not read as another person's surname"] = [
    (
        "Hillary Clinton met Bill Clinton in Berlin.",
        [
            ("Hillary Clinton", ("hillary-clinton",)),
            ("Bill Clinton", ("bill-clinton",)),
            ("Berlin", ("berlin",)),
        ],
    ),
]


# organs every organisation has, generic closings, pairs and names that go on


NAMES["an organ every organisation has is no name"] = [
    ("Mongolia chaired the Council of Foreign Ministers in 2015.", []),
    ("The Council of Heads of State met in Minsk.", []),
    ("They acted under the Charter of the Organization.", []),
]


NAMES["an organ with a proper name is a name"] = [
    ("Chile hosted the Union of Andean Nations.", ["Union of Andean Nations"]),
]


NAMES["a state and a known name joined by a dash are a pair"] = [
    ("Mongolia–European Union relations improved.", []),
]


NAMES["a name going on past its head is no name"] = [
    ("The UNDP Programme Office in Bishkek opened in 1993.", []),
    (
        "Mongolia joined the Steppe Competitiveness Programme in 2010.",
        ["Steppe Competitiveness Programme"],
    ),
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


MENTIONS["a short word with no full name before names no one"] = [
    ("The Moon landing was watched in Tokyo.", [("Tokyo", ("tokyo",))]),
]


@pytest.mark.parametrize(("text", "labels"), [case for cases in NAMES.values() for case in cases])
def test_the_typed_names_of_a_sentence(text, labels):
    assert _names(text) == labels


@pytest.mark.parametrize(
    ("text", "mentions"), [case for cases in MENTIONS.values() for case in cases]
)
def test_the_gazetteer_mentions_of_a_sentence(text, mentions):
    assert _mentions(text) == mentions
