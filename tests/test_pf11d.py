"""Facts a probe of references across sentences (PF11D, session 11) found invented, mended by
their general cause, each with other wordings and other entities than the probes' sentences,
and the plain statements next to them that must still give the fact.

1. "It" (or "The country") opening a sentence after one that opens "B's <noun> ..." took B,
   a state named only in passing, while the sentence before that opened with another state A
   the paragraph is about (references._possessive_aside): "Tajikistan hosts a Russian base.
   Russia's 201st division is stationed there. It joined the Eurasian Development Bank in
   2009" gave Russia a membership from 2009. Such a sentence now opens with no entity; a
   possessive opening the paragraph ("Kazakhstan's economy grew. It joined ...") or one of the
   same state keeps its reading.
2. "Both countries|the two countries" after an "A and B" pair and a sentence about another
   state C that names B again ("C, which borders B|the latter, ...") took C and B as the new
   pair (references._note_pair): "Tajikistan and Uzbekistan restored air links. Kazakhstan,
   which borders the latter, welcomed the move. Both countries signed a treaty" made
   Kazakhstan a signatory. A sentence's two states no longer replace a forgotten pair they
   share a state with (two pairs in reach: nothing).
3. A description followed by a relative clause of succession ("joined the organisation that
   succeeded|replaced|grew out of it") is that unnamed successor, not the organisation named
   before (references._SUCCESSOR_CLAUSE, lexicon pf11d-successor-verbs): "Belarus signed the
   Customs Union treaty ... Armenia later joined the organisation that succeeded it" made
   Armenia a member of the Customs Union.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples


def _members(text: str) -> set[tuple[str, str]]:
    """The (member, organisation) pairs of ``text``'s memberOf triples."""
    return {(s, o) for s, p, o in assertion_triples(text, stem="pf11d") if p == "memberOf"}


def _signatories(text: str) -> set[str]:
    """The signatories of every treaty ``text`` states signed."""
    return {o for s, p, o in assertion_triples(text, stem="pf11d") if p == "signatory"}


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Belarus hosts a Russian radar station. Russia's air force also uses an airfield "
            "there. It joined the Collective Security Treaty Organization in 1993.",
            "rus",
        ),
        (
            "Georgia's relations with Moscow collapsed in 2008. Turkey's companies then became "
            "its main investors. It joined the World Trade Organization in 2000.",
            "tur",
        ),
        (
            "Mongolia buys most of its fuel from Russia. China's mining firms dominate its "
            "exports. It joined the World Trade Organization in 1997.",
            "chn",
        ),
        (
            "Azerbaijan's parliament approved the accord in 2009. Turkey's president praised "
            "the vote. It joined the Organization of Turkic States that year.",
            "tur",
        ),
        (
            "Moldova borders Romania and Ukraine. Romania's language is spoken by most of its "
            "people. The country joined the World Trade Organization in 2001.",
            "rou",
        ),
    ],
)
def test_it_after_a_possessive_aside_is_not_the_possessor(text, wrong):
    assert not {m for m, _ in _members(text)} & {wrong}


@pytest.mark.parametrize(
    ("text", "member", "organisation"),
    [
        (
            "Kazakhstan's economy grew quickly in the 2000s. It joined the World Trade "
            "Organization in 2015.",
            "kaz",
            "wto",
        ),
        (
            "Armenia's economy depends on remittances. Armenia's government applied in 2013. "
            "It joined the Eurasian Economic Union in 2015.",
            "arm",
            "eaeu",
        ),
        (
            "Mongolia lies between Russia and China. It joined the Organization for Security "
            "and Co-operation in Europe in 2012.",
            "mng",
            "osce",
        ),
    ],
)
def test_it_after_the_paragraphs_own_subject_still_reads(text, member, organisation):
    assert (member, organisation) in _members(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Armenia and Georgia opened a new crossing in 2019. Azerbaijan, which borders the "
            "latter, objected. Both countries signed an agreement on customs in 2020.",
            "aze",
        ),
        (
            "Latvia and Estonia agreed on a joint railway in 2017. Russia, which borders the "
            "former, protested. The two countries signed a treaty on the line in 2018.",
            "rus",
        ),
        (
            "Kyrgyzstan and Tajikistan settled their border dispute in 2025. China, a neighbour "
            "of Kyrgyzstan, welcomed the deal. Both countries signed a treaty on water in "
            "2025.",
            "chn",
        ),
        (
            "Serbia and Hungary opened a rail link in 2022. Croatia, which borders Serbia, "
            "protested. The two countries signed a treaty on the link in 2023.",
            "hrv",
        ),
    ],
)
def test_a_forgotten_pair_is_not_replaced_by_a_rival(text, wrong):
    assert wrong not in _signatories(text)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Kazakhstan and Kyrgyzstan restored rail links in 2016. The two countries signed a "
            "treaty on the border in 2017.",
            {"kaz", "kgz"},
        ),
        (
            "Viktor Orbán visited Astana in 2015. Hungary and Kazakhstan then agreed on a "
            "partnership. Both countries signed a treaty on investment in 2016.",
            {"hun", "kaz"},
        ),
    ],
)
def test_the_pair_still_reads(text, pair):
    assert _signatories(text) == pair


@pytest.mark.parametrize(
    "text",
    [
        "The Central Asian Cooperation Organization was set up in 2002. Russia later joined "
        "the organisation that succeeded it.",
        "The Commonwealth of Independent States was founded in 1991. Mongolia joined the "
        "organisation which replaced it in 2001.",
        "The Shanghai Five was formed in 1996. Pakistan joined the organisation that grew out "
        "of it in 2017.",
        "The Turkic Council was founded in 2009. Turkmenistan joined the organisation that "
        "later superseded it in 2024.",
        "The Eurasian Economic Community existed until 2014. Armenia joined the organisation "
        "that took over from it.",
    ],
)
def test_the_successor_of_an_organisation_is_not_it(text):
    assert _members(text) == set()


@pytest.mark.parametrize(
    ("text", "member", "organisation"),
    [
        (
            "The Collective Security Treaty Organization was founded in 2002. Tajikistan joined "
            "the organisation as a founding member.",
            "tjk",
            "csto",
        ),
        (
            "The Shanghai Cooperation Organisation grew out of the Shanghai Five. India joined "
            "the organisation in 2017.",
            "ind",
            "shanghai-cooperation-organisation",
        ),
    ],
)
def test_the_organisation_without_a_successor_clause_still_reads(text, member, organisation):
    assert (member, organisation) in _members(text)


@pytest.mark.parametrize(
    ("text", "member", "organisation"),
    [
        (
            "The Eurasian Economic Union was founded in 2014. Kazakhstan is a founding member of "
            "the Union, which replaced the Eurasian Economic Community.",
            "kaz",
            "eaeu",
        ),
        (
            "The Collective Security Treaty Organization was set up in 2002. Armenia is a member "
            "of the organisation, which grew out of the Tashkent treaty.",
            "arm",
            "csto",
        ),
    ],
)
def test_a_non_restrictive_successor_clause_keeps_the_name(text, member, organisation):
    found = assertion_triples(text, stem="pf11d")
    assert {(member, "memberOf", organisation), (member, "coFounderOf", organisation)} & found
