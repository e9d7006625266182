"""Session 10's plain clauses lost on unseen text (brief REC10), each mended by its general cause
and tested in other wording with other entities, with look-alikes that must give nothing:

- a chronology line headed by one ISO day ("2001-06-15: X joins O") is a chronology line: its
  historic present reads as the past and its facts take the day (sentences.CHRONOLOGY_HEAD); the
  day is no closed span of years in the line's label (hedges._closed_span); a range of ISO days,
  an ISO month, a span of years and a plan's label keep refusing the line's facts.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples


def triples(text: str, written_from: str | None = None) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="rec10", written_from=written_from)


# --- a chronology line headed by an ISO day -----------------------------------------------------

ISO_LINES = {
    "joins": (
        "2001-06-15: Uzbekistan joins the Shanghai Cooperation Organisation.",
        {
            ("uzb", "memberOf", "shanghai-cooperation-organisation"),
            ("membership-uzb-shanghai-cooperation-organisation", "startDate", "2001-06-15"),
        },
    ),
    "plural-become": (
        "2004-05-01 – Poland and Hungary become members of the European Union.",
        {
            ("pol", "memberOf", "european-union"),
            ("hun", "memberOf", "european-union"),
            ("membership-hun-european-union", "startDate", "2004-05-01"),
        },
    ),
    "signs": (
        "1993-12-21: Armenia signs the Treaty on Collective Security.",
        {
            ("treaty-on-collective-security", "signatory", "arm"),
            ("treaty-on-collective-security", "signingDate", "1993-12-21"),
        },
    ),
}


@pytest.mark.parametrize("case", sorted(ISO_LINES))
def test_an_iso_day_heads_a_chronology_line(case):
    text, wanted = ISO_LINES[case]
    assert wanted <= triples(text)


ISO_LOOK_ALIKES = [
    # a range of days: no one date the line's fact takes
    "2018-03-11 – 2018-03-12: Uzbekistan joins the Eurasian Economic Union.",
    # a span of ISO days: a state that ended
    "2012-05-01 – 2016-05-01: Uzbekistan is a member of the Collective Security Treaty"
    " Organization.",
    # an ISO month is still read as a span of years ("2008-11"), as before
    "2008-11 – Georgia becomes a member of the Asian Development Bank.",
    # a plan's label, a plan's bracket, the future, a condition
    "2031-01-01 – Target date: Uzbekistan joins the Eurasian Economic Union.",
    "2031-01-01: Uzbekistan joins the Eurasian Economic Union (planned).",
    "2030-01-01: Uzbekistan will become a member of the Eurasian Economic Union.",
    "2030-01-01: Uzbekistan becomes a member of the Eurasian Economic Union next year if talks"
    " succeed.",
]


@pytest.mark.parametrize("text", ISO_LOOK_ALIKES)
def test_iso_look_alikes_give_no_membership(text):
    assert not {t for t in triples(text) if t[1] == "memberOf"}
