"""A membership a later clause or the next sentence says ended (brief PF14C).

The gold conventions give a membership the text says ended no memberOf ("Georgia withdrew from
the CIS: no memberOf"). The ending applies to the member it names: by name ("...; in 2009
Georgia withdrew", "Georgia's membership ended"), a pronoun for the clause's subject ("...; it
is no longer a member", "its membership was frozen", "In 2009 it withdrew from the
organisation"), a "followed by X" after another state's leaving; never to another state's
membership ("A and B joined O; A later withdrew": B's stays; "...; in 2005 Moldova withdrew from
it": Uzbekistan's stays). Leaving something else ("left the talks", "left Moscow", "withdrew its
candidate", "suspended the tariff") ends nothing; in the next sentence a leaver must be named or
a pronoun (not "The mission withdrew").
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples


def members(text: str) -> set[tuple[str, str, str]]:
    return {t for t in assertion_triples(text, stem="pf14c") if t[1] == "memberOf"}


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Georgia joined the CIS in 1993; in 2009 Georgia withdrew.", set()),
        ("Georgia joined the CIS in 1993; its membership ended in 2009.", set()),
        ("Georgia joined the CIS in 1993; its membership was frozen in 2009.", set()),
        ("Georgia joined the CIS in 1993; in 2009 Georgia quit the bloc.", set()),
        ("Georgia joined the CIS in 1993; two years later it suspended its participation.", set()),
        ("Georgia joined the CIS in 1993; it is no longer a member.", set()),
        ("Georgia joined the CIS in 1993; Georgia's membership ended in 2009.", set()),
        (
            "Armenia and Belarus joined the Eurasian Economic Union in 2015; Armenia later"
            " withdrew.",
            {("blr", "memberOf", "eaeu")},
        ),
        (
            "Kazakhstan and Belarus joined the Eurasian Economic Union in 2015; Belarus later"
            " withdrew.",
            {("kaz", "memberOf", "eaeu")},
        ),
        (
            "Uzbekistan and Georgia joined GUAM in 1999; in 2005 Uzbekistan withdrew.",
            {("geo", "memberOf", "guam")},
        ),
        (
            "Uzbekistan joined GUAM in 1999; in 2005 Moldova withdrew, followed by Uzbekistan.",
            set(),
        ),
        (
            "Kazakhstan and Ukraine joined the CIS in 1991; Georgia withdrew, followed by Ukraine.",
            {("kaz", "memberOf", "cis")},
        ),
        ("Georgia and Armenia joined the CIS in 1991; in 2009 Georgia and Armenia left it.", set()),
        ("Georgia joined the CIS in 1993. In 2009 Georgia withdrew.", set()),
        ("Georgia joined the CIS in 1993. In 2009 it withdrew from the organisation.", set()),
        ("Uzbekistan joined the CSTO in 2006. Uzbekistan left in 2012.", set()),
        ("Armenia joined the CSTO in 1992. Its membership was frozen in 2024.", set()),
        (
            "Armenia and Russia joined the CSTO in 1992. Armenia froze its participation in 2024.",
            {("rus", "memberOf", "csto")},
        ),
    ],
)
def test_joined_then_ended_keeps_every_member(text, kept):
    assert members(text) > kept  # ENDED21: the joining keeps its fact for the leaver as well


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Georgia joined the CIS in 1993; in 2009 Armenia withdrew.", ("geo", "memberOf", "cis")),
        (
            "Georgia joined the CIS in 1993; Russia left the talks in 2009.",
            ("geo", "memberOf", "cis"),
        ),
        (
            "Georgia joined the CIS in 1993; in 2009 Georgia left the talks.",
            ("geo", "memberOf", "cis"),
        ),
        (
            "Georgia joined the CIS in 1993; in 2009 Georgia left Moscow.",
            ("geo", "memberOf", "cis"),
        ),
        (
            "Georgia joined the CIS in 1993; in 2009 Georgia withdrew its candidate.",
            ("geo", "memberOf", "cis"),
        ),
        (
            "Georgia joined the CIS in 1993; in 2009 Georgia suspended the tariff.",
            ("geo", "memberOf", "cis"),
        ),
        (
            "Georgia joined the CIS in 1993; in 2009 Georgia withdrew its ambassador.",
            ("geo", "memberOf", "cis"),
        ),
        (
            "Uzbekistan joined GUAM in 1999; in 2005 Moldova withdrew from it.",
            ("uzb", "memberOf", "guam"),
        ),
        (
            "Uzbekistan joined the CSTO in 2006; in 2012 Armenia withdrew, followed by nobody.",
            ("uzb", "memberOf", "csto"),
        ),
        (
            "Kazakhstan joined the CIS in 1991; Georgia withdrew, followed by Ukraine.",
            ("kaz", "memberOf", "cis"),
        ),
        (
            "Georgia joined the CIS in 1993; in 2009 Georgia withdrew, but rejoined in 2012.",
            ("geo", "memberOf", "cis"),
        ),
        (
            "Kazakhstan joined the WTO in 2015. The mission withdrew in 2017.",
            ("kaz", "memberOf", "wto"),
        ),
        (
            "Kazakhstan joined the WTO in 2015. Uzbekistan left the talks in 2017.",
            ("kaz", "memberOf", "wto"),
        ),
        (
            "Kazakhstan joined the WTO in 2015. In 2017 Kazakhstan left Geneva.",
            ("kaz", "memberOf", "wto"),
        ),
        (
            "Kazakhstan joined the WTO in 2015. Its delegation withdrew its candidate in 2017.",
            ("kaz", "memberOf", "wto"),
        ),
        (
            "Kazakhstan joined the WTO in 2015. In 2017 Russia suspended the tariff.",
            ("kaz", "memberOf", "wto"),
        ),
        (
            "Kazakhstan joined the OSCE in 1992. It later withdrew its observers from Ukraine.",
            ("kaz", "memberOf", "osce"),
        ),
        (
            "Kazakhstan joined the SCO in 2001. Uzbekistan withdrew from the CSTO in 2012.",
            ("kaz", "memberOf", "shanghai-cooperation-organisation"),
        ),
        ("Kazakhstan joined the CIS in 1991. Georgia left it in 2009.", ("kaz", "memberOf", "cis")),
        (
            "Georgia joined the CIS in 1993. Georgia's president left Moscow in 2009.",
            ("geo", "memberOf", "cis"),
        ),
        (
            "Tajikistan and Uzbekistan joined the Shanghai Cooperation Organisation in 2001, but"
            " only Tajikistan is a member of the Collective Security Treaty Organization, from"
            " which Uzbekistan withdrew in 2012.",
            ("uzb", "memberOf", "shanghai-cooperation-organisation"),
        ),
        (
            "Armenia, Belarus and Tajikistan belong to the CSTO. Armenia froze its participation"
            " in the alliance in 2024.",
            ("arm", "memberOf", "csto"),
        ),
        (
            "Georgia joined the CIS in 1993 and the GUAM in 1997; in 2009 Georgia withdrew from"
            " the CIS.",
            ("geo", "memberOf", "guam"),
        ),
    ],
)
def test_other_leavings_end_nothing(text, expected):
    assert expected in members(text)
