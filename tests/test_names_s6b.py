"""Where a typed name ends (brief FIXN of session 6): "X and Y <Head>" and "<Head> for X and Y"
organisations keep both words, and a treaty's title keeps a second "in the <topic>" tail; each
family in other wording and with other names than the texts that suggested it, with look-alikes
that must name nothing (or a shorter name)."""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples

from kzgraph.mentions import find_mentions
from kzgraph.sentences import iter_sentence_spans


def _typed(text: str, cls: str) -> list[str]:
    """The labels of the typed unknown names of class ``cls`` in a one-sentence text."""
    [(offset, span)] = list(iter_sentence_spans(text))
    return [m.label for m in find_mentions(span, offset, text) if m.cls == cls]


def _keys(text: str) -> list[str]:
    """The gazetteer keys of a one-sentence text's mentions, in order."""
    [(offset, span)] = list(iter_sentence_spans(text))
    return [key for m in find_mentions(span, offset, text) for key in m.keys]


# "X and Y <Head>": the two words joined by "and" before the head are both the name's.
AND_BEFORE_HEAD = [
    ("The Nordic Oil and Gas Association met in Oslo.", ["Nordic Oil and Gas Association"]),
    ("Turkmenistan left the Caspian Trade and Transit Union.", ["Caspian Trade and Transit Union"]),
    ("A Grain and Flour Council was set up by millers.", ["Grain and Flour Council"]),
    ("Delegates of the Danube Shipping and Fisheries Community gathered.",
     ["Danube Shipping and Fisheries Community"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names"), AND_BEFORE_HEAD)
def test_an_organisation_keeps_both_words_joined_by_and(text, names):
    assert _typed(text, "InternationalOrganisation") == names


# "<Head> for|on|of X and Y": the complement keeps both words.
AND_IN_COMPLEMENT = [
    ("The Baltic Conference on Trade and Development opened in Riga.",
     ["Baltic Conference on Trade and Development"]),
    ("Mongolia joined the Asian Organisation for Security and Co-operation.",
     ["Asian Organisation for Security and Co-operation"]),
    ("The Union of Oil and Gas Producers opened an office in Baku.",
     ["Union of Oil and Gas Producers"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names"), AND_IN_COMPLEMENT)
def test_an_organisations_complement_keeps_both_words_joined_by_and(text, names):
    assert _typed(text, "InternationalOrganisation") == names


@pytest.mark.parametrize(
    ("text", "names", "keys"),
    [
        # a known state before the "and": two names, not one
        ("Kazakhstan and Customs Union officials met.", ["Customs Union"], ["kaz"]),
        # a known organisation after it
        ("Russia and European Union envoys met.", [], ["rus", "european-union"]),
        ("The Council for Trade and the United Nations met.", ["Council for Trade"],
         ["united-nations"]),
        # a second body after "and"
        ("The Council of Ministers and Parliament approved the budget.", [], []),
        ("The Council of Europe and NATO met.", [], ["council-of-europe", "nato"]),
    ],
)  # fmt: skip
def test_and_before_a_known_name_or_a_body_joins_two_names(text, names, keys):
    assert _typed(text, "InternationalOrganisation") == names
    assert _keys(text) == keys


def test_founders_go_to_the_whole_name_and_not_to_the_organisation_it_grew_into():
    """The name after a colon is whole, so its founders are its own, and the organisation that
    grew out of it gets none (a cut name used to leave them to the parse's nearest one)."""
    text = (
        "The African Union grew out of a mining and metals body: the Saharan Mining and Metals "
        "Community, founded in 1962 by Mali, Niger and Chad."
    )
    triples = assertion_triples(text, stem="fixn-and")
    founded = {(s, o) for s, p, o in triples if p == "coFounderOf"}
    assert founded == {
        (state, "saharan-mining-and-metals-community") for state in ("mli", "ner", "tcd")
    }


def test_states_joined_by_and_found_no_organisation_of_that_name():
    triples = assertion_triples(
        "Estonia and Latvia Trade Union leaders met in Tallinn in 2019.", stem="fixn-and"
    )
    assert not {t for t in triples if t[1] == "coFounderOf"}
    assert "Estonia and Latvia Trade Union" not in _typed(
        "Estonia and Latvia Trade Union leaders met in Tallinn in 2019.",
        "InternationalOrganisation",
    )


# A treaty's title with a second "in [the] <topic>" tail after the first.
SECOND_TOPIC = [
    ("Mongolia and China signed the Agreement on Cooperation in the Field of Education in the "
     "Frontier Areas in Ulaanbaatar.",
     "Agreement on Cooperation in the Field of Education in the Frontier Areas"),
    ("The Treaty on Mutual Trust in the Naval Sphere in the Coastal Zone Sectors was ratified.",
     "Treaty on Mutual Trust in the Naval Sphere in the Coastal Zone Sectors"),
    ("Both sides signed the Protocol on Cooperation in the Sphere of Customs in Frontier "
     "Districts.",
     "Protocol on Cooperation in the Sphere of Customs in Frontier Districts"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), SECOND_TOPIC)
def test_a_title_keeps_a_second_topic_tail(text, name):
    assert _typed(text, "Treaty") == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a place where it was signed ends the title
        ("They signed the Agreement on Trust in the Naval Sphere in Tbilisi.",
         "Agreement on Trust in the Naval Sphere"),
        ("The Treaty on Cooperation in the Field of Health signed in Almaty was ratified.",
         "Treaty on Cooperation in the Field of Health"),
        # a year, a month, one unknown word or a state ends it too
        ("The Agreement on Cooperation in the Sphere of Transport in 1996 was a first step.",
         "Agreement on Cooperation in the Sphere of Transport"),
        ("The Agreement on Cooperation in the Sphere of Transport in May was a first step.",
         "Agreement on Cooperation in the Sphere of Transport"),
        ("They signed the Agreement on Trust in the Naval Sphere in the Kremlin.",
         "Agreement on Trust in the Naval Sphere"),
        ("They signed the Agreement on Trust in the Naval Sphere in Georgia and Armenia.",
         "Agreement on Trust in the Naval Sphere"),
    ],
)  # fmt: skip
def test_a_place_or_a_date_after_a_topic_ends_the_title(text, name):
    assert _typed(text, "Treaty") == [name]


def test_signatories_and_date_go_to_the_whole_title():
    text = (
        "On 12 May 1997 in Tashkent, Uzbekistan and Tajikistan signed the Agreement on "
        "Cooperation in the Military Field in the Frontier Areas."
    )
    triples = assertion_triples(text, stem="fixn-topic")
    whole = "agreement-on-cooperation-in-the-military-field-in-the-frontier-areas"
    assert (whole, "signatory", "uzb") in triples
    assert (whole, "signatory", "tjk") in triples
    assert not {t for t in triples if t[0] == "agreement-on-cooperation-in-the-military-field"}


# A body of water after "in the" stays in a title (no title is signed in a sea).
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Convention on the Conservation of Sturgeon in the Caspian Sea was signed in "
         "Astrakhan.", "Convention on the Conservation of Sturgeon in the Caspian Sea"),
        ("The Agreement on Fishing in the Black Sea entered into force.",
         "Agreement on Fishing in the Black Sea"),
        ("The Protocol on Water Use in the Aral Sea Basin was signed in Nukus.",
         "Protocol on Water Use in the Aral Sea Basin"),
        # a place noun after the sea makes it a place phrase
        ("They discussed the Agreement on Fishing in the Caspian Sea port of Aktau.",
         "Agreement on Fishing"),
        ("The Agreement on Fishing in the Baltic Sea states was signed.", "Agreement on Fishing"),
    ],
)  # fmt: skip
def test_a_body_of_water_stays_in_a_title(text, name):
    assert _typed(text, "Treaty") == [name]
