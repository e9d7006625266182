"""A list of names set off after a plural noun fills the noun's slot in the dependency reading
(syntax_fillers._named_apposition, _listed, _set_off_list): "signed by four states: A, B, C and
D", "the four founding states – A, B, C and D – established O", "by 4 states (A, B, C and
D)". A number on the noun must be the list's length; a partial list ("including A and B") or
an exception ("– except A –") names no one for the noun."""

from __future__ import annotations

import pytest

from kzgraph.documents import document_from_text
from kzgraph.extract import extract_document

ONTOLOGY = "https://w3id.org/kzgraph/ontology#"
RESOURCE = "https://w3id.org/kzgraph/resource/"


def _subjects(text: str, predicate: str) -> set[str]:
    """The entity keys standing as subject or object of ``predicate`` in the text's graph."""
    quads = extract_document(document_from_text(text, "lists")).quads
    found = set()
    for quad in quads:
        if quad.predicate.value != ONTOLOGY + predicate:
            continue
        for term in (quad.subject, quad.object):
            if term.value.startswith(RESOURCE):
                found.add(term.value.removeprefix(RESOURCE))
    return found


FOUNDERS = {"arg", "bra", "pry", "ury"}
FOUNDED = [
    # a colon after a counted noun (the parser hangs the list on the verb or on the noun)
    "Mercosur was founded in 1991 by four countries: Argentina, Brazil, Paraguay and Uruguay.",
    # commas
    "Mercosur was founded in 1991 by four countries, Argentina, Brazil, Paraguay and Uruguay.",
    # dashes, the parse hanging items on each other as appositions
    "The four founding states – Argentina, Brazil, Paraguay and Uruguay – established "
    "Mercosur in Asuncion in 1991.",
]


@pytest.mark.parametrize("text", FOUNDED)
def test_a_set_off_list_after_a_plural_noun_gives_every_founder(text):
    assert _subjects(text, "coFounderOf") >= FOUNDERS


def test_a_list_in_dashes_gives_every_signatory():
    text = (
        "In 2012 the four Pacific states – Chile, Colombia, Mexico and Peru – signed the "
        "Treaty on the Pacific Alliance in Lima."
    )
    assert {"chl", "col", "mex", "per"} <= _subjects(text, "signatory")


def test_a_digit_count_in_brackets_gives_every_signatory():
    text = (
        "The Treaty on the Pacific Alliance was signed by 4 states (Chile, Colombia, Mexico "
        "and Peru)."
    )
    assert {"chl", "col", "mex", "per"} <= _subjects(text, "signatory")


def test_a_set_off_list_with_a_the_gives_every_founder():
    text = (
        "ASEAN was founded in 1967 by five nations: Indonesia, Malaysia, the Philippines, "
        "Singapore and Thailand."
    )
    assert len(_subjects(text, "coFounderOf")) == 6  # five founders and the organisation


NOTHING = [
    # a count that is not the list's length
    "Mercosur was founded in 1991 by three countries: Argentina, Brazil, Paraguay and Uruguay.",
    "The Treaty on the Pacific Alliance was signed by five states (Chile, Colombia, Mexico "
    "and Peru).",
    # a partial list, an exception
    "Mercosur was founded in 1991 by four countries, including Argentina and Brazil.",
    "The four states – except Paraguay – founded Mercosur in 1991.",
    # observers after a colon, the list in another clause
    "ASEAN was founded in 1967; five observer states - Indonesia, Malaysia, the Philippines, "
    "Singapore and Thailand - attended.",
    "The summit of Mercosur was attended by three observer states: Chile, Peru and Mexico.",
]


@pytest.mark.parametrize("text", NOTHING)
def test_a_list_that_is_not_the_nouns_gives_no_founder_or_signatory(text):
    assert not _subjects(text, "coFounderOf") | _subjects(text, "signatory")


def test_a_set_off_list_that_does_not_end_the_sentence_gives_nothing():
    text = (
        "Mercosur was founded in 1991 by four countries: Argentina, Brazil, Paraguay and "
        "Uruguay; Chile joined later."
    )
    assert not _subjects(text, "coFounderOf") - {"mercosur"} - FOUNDERS


def test_a_dashed_list_the_parser_makes_a_second_subject_gives_every_signatory():
    # the parse makes "nations" and "Indonesia" two subjects of "signed"
    text = (
        "On 8 August 1967 the five Southeast Asian nations – Indonesia, Malaysia, Singapore, "
        "Thailand and Brunei – signed the Treaty on Regional Amity in Bangkok."
    )
    assert {"idn", "mys", "sgp", "tha"} <= _subjects(text, "signatory")


def test_a_dashed_second_subject_list_with_a_wrong_count_gives_no_signatory():
    text = (
        "On 8 August 1967 the four Southeast Asian nations – Indonesia, Malaysia, Singapore, "
        "Thailand and Brunei – signed the Treaty on Regional Amity in Bangkok."
    )
    assert not _subjects(text, "signatory")


def test_a_list_in_another_clause_gives_no_founder():
    text = (
        "Mercosur was founded in 1991 by four countries, and its first summit drew Argentina, "
        "Brazil, Paraguay and Uruguay."
    )
    assert not _subjects(text, "coFounderOf")


CHAINED = (
    "On 21 March 2005 the {} Central Asian states – Kazakhstan, Kyrgyzstan, Tajikistan, "
    "Turkmenistan and Uzbekistan – signed the Protocol on Water Sharing in Almaty."
)


def test_a_dashed_list_the_parser_chains_by_apposition_gives_every_signatory():
    # the parse hangs "Kyrgyzstan" on "Kazakhstan" as its apposition, the rest as conjuncts
    assert {"kaz", "kgz", "tjk", "tkm", "uzb"} <= _subjects(CHAINED.format("five"), "signatory")


def test_a_chained_list_with_a_wrong_count_gives_no_signatory():
    assert not _subjects(CHAINED.format("six"), "signatory")


def test_an_uncounted_colon_list_to_the_sentences_end_gives_every_founder():
    text = (
        "ASEAN was founded in 1967 by the following nations: Indonesia, Malaysia, the "
        "Philippines, Singapore and Thailand."
    )
    assert _subjects(text, "coFounderOf") >= {"idn", "mys", "phl", "sgp", "tha"}


def test_a_colon_list_a_clause_follows_gives_no_founder():
    text = (
        "ASEAN was founded in 1967 by the following nations: Indonesia, Malaysia, the "
        "Philippines, Singapore and Thailand were observers."
    )
    assert not _subjects(text, "coFounderOf")


OF_PHRASE = [
    (
        "The four founding members of Mercosur – Argentina, Brazil, Paraguay and Uruguay – "
        "signed the Treaty on Regional Customs in 1994.",
        FOUNDERS,
    ),
    # the parse coordinates the list with the "of" object: the count must match
    (
        "The five founding members of ASEAN, Indonesia, Malaysia, the Philippines, Singapore "
        "and Thailand, signed the Treaty on Regional Amity in 1976.",
        {"idn", "mys", "phl", "sgp", "tha"},
    ),
]


@pytest.mark.parametrize(("text", "states"), OF_PHRASE)
def test_a_list_set_off_after_the_nouns_of_phrase_gives_every_signatory(text, states):
    assert _subjects(text, "signatory") >= states


OF_NOTHING = [
    # no count to match a comma list after the "of" phrase: O and two more, or O's two?
    "The members of ASEAN, Indonesia and Malaysia, signed the Treaty on Regional Amity in 1976.",
    "The two founding members of ASEAN, Indonesia, Malaysia and Thailand, signed the Treaty on "
    "Regional Amity in 1976.",
    "The four founding members of Mercosur – except Paraguay – signed the Treaty on Regional "
    "Customs in 1994.",
]


@pytest.mark.parametrize("text", OF_NOTHING)
def test_an_of_phrase_list_without_a_matching_count_gives_no_signatory(text):
    assert not _subjects(text, "signatory")
