"""Facts a probe of geography, figures, energy and perspective (PF11C, session 11) found
invented, mended by their general cause, each with other wordings and other entities than the
probes' sentences, and the plain statements next to them that must still give the fact.

1. "<unit> of <State>" before a match opening with the state's slot: the state only qualifies
   the subnational unit (a Region mention or a head of the lexicon list
   pf11c-subnational-unit-heads: "region", "oblast", "krai", "province", "district" ...), whose
   border and length it is, never the state's (relations._state_of_subnational_unit): "The
   Orenburg Region of Russia has a 1,876-km border with Kazakhstan" gave Russia's border with
   Kazakhstan a length of 1,876 km. "The Republic of X" is one mention and still opens the
   match.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples


def _facts(text: str, *properties: str) -> set[tuple[str, str, str]]:
    """The assertion triples of ``text`` with one of ``properties``."""
    return {t for t in assertion_triples(text, stem="pf11c") if t[1] in properties}


@pytest.mark.parametrize(
    "text",
    [
        "The Kashkadarya Province of Uzbekistan has a 240 km border with Turkmenistan.",
        "The Zabaykalsky Krai of Russia shares a 998-km border with China.",
        "The Issyk-Kul Region of Kyrgyzstan and China share a 400-km frontier.",
        "The Batken district of Kyrgyzstan shares a 90-km border with Tajikistan.",
        "The Sughd Region of Tajikistan has a 400 km border with Uzbekistan.",
    ],
)
def test_a_units_border_is_not_its_states(text):
    assert _facts(text, "lengthKm") == set()
    assert _facts(text, "sharesBorderWith") == set()


@pytest.mark.parametrize(
    ("text", "pair", "length"),
    [
        ("Kazakhstan has a 1,782 km border with China.", ("kaz", "chn"), "1782"),
        ("Uzbekistan shares a 1,621-km border with Turkmenistan.", ("uzb", "tkm"), "1621"),
        ("The Federal Republic of Germany has a 815-km border with France.", ("deu", "fra"), "815"),
        ("The Republic of Kazakhstan shares a 7,644-km border with the Russian Federation.",
         ("kaz", "rus"), "7644"),
    ],
)
def test_a_states_own_border_keeps_its_length(text, pair, length):
    assert (pair[0], "sharesBorderWith", pair[1]) in _facts(text, "sharesBorderWith")
    assert {o for _, _, o in _facts(text, "lengthKm")} == {length}
