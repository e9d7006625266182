"""Session 24's hunt for invented facts (brief FP24): probe texts on themes the corpora do not
treat (Mongolia and Japan, the Holy See, the Pacific islands, Caspian shipping, Nordic energy,
African mining, Latin American grain), full of plans, negations, questions, comparisons and
ended states, and the one cause they showed mended in general:

- a list of cities before "in <state>" after a wording of town twinning ("twinned with A, B and
  C in S", "sister|twin|partner cities include|are A, B and C in S"): the state qualifies the
  last city only, for such lists name cities of many states. Rule geo23-cities-in-state's
  not_after refuses the group reading there; a list after "offices in", "link A with" keeps it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fact_cases import assertion_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="fp24")


def located(text: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in triples(text) if p == "locatedIn"}


TWINNING = {
    "twinned-with": "Almaty is twinned with Bishkek, Tashkent and Tucson in the United States.",
    "twinning-with": "The city signed twinning with Osh and Busan in South Korea.",
    "sister-cities-include": (
        "Its sister cities include Bishkek, Tashkent and Tucson in the United States."
    ),
    "partner-cities-are": "Astana's partner cities are Ankara, Seoul and Kyiv in Ukraine.",
}


@pytest.mark.parametrize("text", TWINNING.values(), ids=TWINNING.keys())
def test_twinning_list_gives_no_city_in_the_state(text):
    assert located(text) == set()


KEPT = {
    "offices-in": (
        "The company has offices in Almaty, Aktau and Atyrau in Kazakhstan.",
        {("almaty", "kaz"), ("aktau", "kaz"), ("atyrau", "kaz")},
    ),
    "link-with": (
        "Flights link Astana with Tokyo and Osaka in Japan.",
        {("tokyo", "jpn"), ("osaka", "jpn")},
    ),
}


@pytest.mark.parametrize("text, expected", KEPT.values(), ids=KEPT.keys())
def test_other_lists_keep_their_state(text, expected):
    assert located(text) == expected


# the probe texts, one a block between lines "---": look-alikes that must invent nothing
PROBES = [
    t.strip() for t in (Path(__file__).parent / "fp24_probes.txt").read_text().split("\n---\n")
]

# property -> the facts a probe text may give (each one the text states)
ALLOWED = {
    "hasDiplomaticRelationsWith": {("kaz", "vat")},
    "sharesBorderWith": {("kaz", "tkm"), ("tkm", "irn"), ("kaz", "kgz")},
    "memberOf": {
        ("bra", "brics"),
        ("tuv", "commonwealth-of-nations"),
        ("tuv", "united-nations"),
        ("swe", "nato"),
    },
    "coFounderOf": {
        ("arg", "mercosur"),
        ("bra", "mercosur"),
        ("pry", "mercosur"),
        ("ury", "mercosur"),
    },
    "chairedBy": {("brics", "zaf")},
    "signatory": {("memorandum-2019-05-05", "kaz"), ("memorandum-2019-05-05", "nor")},
}
LOOKED_AT = set(ALLOWED) | {"locatedIn", "capitalOf", "signatory", "party", "observerOf"}


LEFT = pytest.mark.xfail(
    strict=True, reason="'connect Aktau with Baku and Turkmenbashi in Turkmenistan': Baku in TKM"
)


@pytest.mark.parametrize(
    "text",
    [pytest.param(t, marks=LEFT) if "Turkmenbashi in" in t else t for t in PROBES],
    ids=[f"probe{i}" for i in range(len(PROBES))],
)
def test_probe_texts_invent_no_fact(text):
    for s, p, o in triples(text):
        if p in LOOKED_AT:
            assert (s, o) in ALLOWED.get(p, set()), (s, p, o)
