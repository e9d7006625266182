"""Guards against invented facts found on session 12's unseen corpora (brief FP13).

1. "the Football Federation of Kazakhstan (FFK)": the bracketed acronym spells the longer name
   that the known state's name ends, not the state, so it is no acronym of the state, and "the
   FFK" later in the text names nothing (it made the state a member of FIFA and gave it the
   federation's languages).
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples


def facts(text: str) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="fp13")


@pytest.mark.parametrize(
    "text",
    [
        "The National Olympic Committee of Kyrgyzstan (NOCK) was founded in 1991. The NOCK is a"
        " member of the Olympic Council of Asia. The official languages of the NOCK are Kyrgyz"
        " and Russian.",
        "The Chess Federation of Uzbekistan (CFU) was set up in 1992. The CFU is a member of the"
        " Asian Chess Federation.",
        "The Union of Chambers of Commerce of Turkey (UCCT) held its congress in Ankara. The UCCT"
        " is a member of the International Chamber of Commerce.",
        "The Tennis Federation of the Republic of Tajikistan (TFRT) was admitted in 1994. The"
        " official languages of the TFRT are Tajik and Russian.",
    ],
)
def test_acronym_of_a_longer_name_is_not_the_states(text):
    found = facts(text)
    states = {"kgz", "uzb", "tur", "tjk"}
    assert not {t for t in found if t[0] in states}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The People's Republic of China (PRC) opened an embassy in Astana in 1992. The PRC"
            " is a member of the Asian Development Bank.",
            ("chn", "memberOf", "adb"),
        ),
        (
            "The Republic of Kazakhstan (RK) is a member of the OSCE. The RK joined the WTO in"
            " 2015.",
            ("kaz", "memberOf", "wto"),
        ),
    ],
)
def test_acronym_of_the_states_own_name_still_names_it(text, expected):
    assert expected in facts(text)
