"""Session 21's lead: an organisation whose full name holds 'and' ("the Community of Latin American
and Caribbean States") is one name, not a name cut before 'and' that a summit or founding then
names wrongly (REC21N's 'hosted its summit' rules read such a sentence right but named the cut
organisation)."""

from __future__ import annotations

from fact_cases import assertion_triples

CELAC = "community-of-latin-american-and-caribbean-states"


def test_full_name_with_and_is_one_organisation():
    text = (
        "Cuba is one of the 33 founding members of the Community of Latin American and Caribbean "
        "States, and hosted its summit in Havana on 28–29 January 2014."
    )
    found = set(assertion_triples(text, stem="lead21"))
    assert ("cub", "coFounderOf", CELAC) in found
    assert not any(o == "community-of-latin-american" for _, _, o in found), found


def test_acronym_names_it_too():
    found = set(assertion_triples("Mexico joined CELAC in 2011.", stem="lead21"))
    assert ("mex", "memberOf", CELAC) in found
