"""Summits met and held by an organisation's leaders (session 16, brief REC16C).

"Leaders of O met in C [on D] for the organisation's|its <ordinal> summit"; "met in C on D for
the summit of O" and "On D, the presidents ... met in C for the summit of O"; a chronology
line's "D – The leaders|Heads of state of O hold their|a summit in C"; "O summits were held in
C1 on D1 and in C2 on D2" and "have met at O summits in C1 on D1 and in C2 on D2" (a summit
each, by the object gap). Look-alikes: plans, modals, questions, conditionals, summits online,
postponed or called off, preparations, "ahead of", a summit in a habit ("every year", "next
year") give no summit.
"""

from __future__ import annotations

import pytest
from fact_cases import date, named_cases, node

SCO = "shanghai-cooperation-organisation"
OTS = "organization-of-turkic-states"
IFAS = "international-fund-for-saving-the-aral-sea"
CICA = "cica"
CICA_INTRO = (
    "The Conference on Interaction and Confidence-Building Measures in Asia (CICA) is a forum. "
)


def summit(org: str, city: str, start: str, end: str | None = None):
    props = {"organisation": [org], "heldIn": [city], "startDate": [date(start)]}
    return node("Summit", **props, **({"endDate": [date(end)]} if end else {}))


FOUND = {
    "leaders-met-for-the-organisations-nth-summit": (
        "Leaders of the Organization of Turkic States (OTS) met in Astana on 3 November 2023 for"
        " the organisation’s tenth summit, which focused on transport links.",
        [summit(OTS, "astana", "2023-11-03")],
    ),
    "dateline-leaders-met-for-the-organisations-annual-summit": (
        "ASTANA, 4 July 2024 – Leaders of the Shanghai Cooperation Organisation (SCO) met in"
        " Astana on 3–4 July 2024 for the organisation’s annual summit.",
        [summit(SCO, "astana", "2024-07-03", "2024-07-04")],
    ),
    "leaders-met-for-its-summit": (
        "Leaders of the Organization of Turkic States met in Astana on 3 November 2023 for its"
        " tenth summit.",
        [summit(OTS, "astana", "2023-11-03")],
    ),
    "on-date-presidents-met-for-the-summit-of-org": (
        "On 15 September 2023 the presidents of the five Central Asian states met in Dushanbe,"
        " the Tajik capital, for the summit of the International Fund for Saving the Aral Sea.",
        [summit(IFAS, "dushanbe", "2023-09-15")],
    ),
    "met-in-city-on-date-for-the-summit-of-org": (
        "The five presidents met in Dushanbe on 15 September 2023 for the summit of the"
        " International Fund for Saving the Aral Sea.",
        [summit(IFAS, "dushanbe", "2023-09-15")],
    ),
    "chronology-leaders-hold-their-summit": (
        "3–4 July 2024 – The leaders of the Shanghai Cooperation Organisation hold their summit"
        " in Astana.",
        [summit(SCO, "astana", "2024-07-03", "2024-07-04")],
    ),
    "chronology-heads-of-state-hold-a-summit": (
        "15 September 2023 – Heads of state of the International Fund for Saving the Aral Sea"
        " (IFAS) hold a summit in Dushanbe, the capital of Tajikistan.",
        [summit(IFAS, "dushanbe", "2023-09-15")],
    ),
    "org-summits-were-held-in-c1-on-d1-and-in-c2-on-d2": (
        "IFAS summits were held in Turkmenbashi, Turkmenistan, on 24 August 2018 and in Dushanbe"
        " in September 2023.",
        [summit(IFAS, "turkmenbashi", "2018-08-24"), summit(IFAS, "dushanbe", "2023-09")],
    ),
    "met-at-org-summits-in-c1-on-d1-and-in-c2-on-d2": (
        "The heads of state have met at IFAS summits in Almaty on 28 April 2009 and in"
        " Turkmenbashi, Turkmenistan, on 24 August 2018.",
        [summit(IFAS, "almaty", "2009-04-28"), summit(IFAS, "turkmenbashi", "2018-08-24")],
    ),
    "at-the-nth-summit-comma-held-in": (
        CICA_INTRO + "At the sixth summit, held in Astana on 12–13 October 2022, the leaders"
        " agreed to begin transforming CICA into an international organisation.",
        [summit(CICA, "astana", "2022-10-12", "2022-10-13")],
    ),
    "its-nth-summit-comma-held-in-was": (
        CICA_INTRO + "Its sixth summit, held in Astana on 12–13 October 2022, was chaired by"
        " Kazakhstan.",
        [summit(CICA, "astana", "2022-10-12", "2022-10-13")],
    ),
    "and-the-nth-summit-took-place-after-a-summit": (
        "The first CICA summit was held in Almaty on 3–4 June 2002, and the sixth summit took"
        " place in Astana on 12–13 October 2022.",
        [summit(CICA, "astana", "2022-10-12", "2022-10-13")],
    ),
}

NOTHING = {
    "will-meet": "Leaders of the Shanghai Cooperation Organisation will meet in Astana on 3–4"
    " July 2024 for the organisation's annual summit.",
    "are-to-meet": "Leaders of the Shanghai Cooperation Organisation are to meet in Astana on 3"
    " July 2024 for its annual summit.",
    "hold-next-year": "The leaders of the Shanghai Cooperation Organisation hold their summit in"
    " Astana next year.",
    "hold-every-year": "Leaders of the Shanghai Cooperation Organisation hold their summit in"
    " Astana every year.",
    "analysts-expect-hold": "Analysts expect that the leaders of the Shanghai Cooperation"
    " Organisation hold their summit in Astana in 2025.",
    "conditional-hold": "If the leaders of the Shanghai Cooperation Organisation hold their"
    " summit in Astana, Tokayev will chair it.",
    "question-hold": "Do the leaders of the Shanghai Cooperation Organisation hold their summit"
    " in Astana?",
    "planned-to-hold-postponed": "The leaders of the Shanghai Cooperation Organisation planned"
    " to hold their summit in Astana in 2020, but it was postponed.",
    "chronology-will-hold": "2026 – The leaders of the Shanghai Cooperation Organisation will"
    " hold their summit in Bishkek.",
    "chronology-planned-label": "2026 (planned) – The leaders of the Shanghai Cooperation"
    " Organisation hold their summit in Bishkek.",
    "chronology-by-video-link": "2025 – Leaders of the Shanghai Cooperation Organisation hold a"
    " summit in Tianjin by video link.",
    "met-for-talks-ahead-of-summit": "Leaders of the Shanghai Cooperation Organisation met in"
    " Astana on 3 July 2024 for talks ahead of the organisation's summit.",
    "met-for-summit-preparations": "Leaders of the Shanghai Cooperation Organisation met in"
    " Astana on 3 July 2024 for the organisation's summit preparations.",
    "met-for-virtual-summit": "Leaders of the Shanghai Cooperation Organisation met in Astana on"
    " 3 July 2024 for the organisation's first virtual summit.",
    "have-not-met": "Leaders of the Shanghai Cooperation Organisation have not met in Astana for"
    " the organisation's summit since 2017.",
    "were-due-to-meet": "The presidents were due to meet in Dushanbe on 15 September 2023 for"
    " the summit of the International Fund for Saving the Aral Sea.",
    "met-for-summit-later-cancelled": "The presidents met in Dushanbe on 15 September 2023 for"
    " the summit of the International Fund for Saving the Aral Sea, which was later cancelled.",
    "ministers-met-ahead-of-summit": "Ministers met in Dushanbe on 14 September 2023 ahead of"
    " the summit of the International Fund for Saving the Aral Sea.",
    "summits-planned": "IFAS summits were planned in Turkmenbashi on 24 August 2018 and in"
    " Dushanbe in September 2023.",
    "summits-to-be-held": "IFAS summits were to be held in Turkmenbashi on 24 August 2018 and in"
    " Dushanbe in September 2023.",
    "summits-will-be-held": "IFAS summits will be held in Turkmenbashi in 2026 and in Dushanbe"
    " in 2028.",
    "no-summits-held": "No IFAS summits were held in Turkmenbashi in 2019 or in Dushanbe in 2020.",
    "its-summit-held-in-was-postponed": CICA_INTRO + "Its sixth summit, held in Astana on 12–13"
    " October 2022, was postponed.",
    "its-summit-held-online": CICA_INTRO + "Its sixth summit, held online on 12–13 October 2022,"
    " was chaired by Kazakhstan.",
    "its-summit-to-be-held": CICA_INTRO + "Its sixth summit, to be held in Astana on 12–13"
    " October 2026, will be chaired by Kazakhstan.",
    "at-the-next-summit-held": CICA_INTRO + "At the next summit, held in Astana on 12–13 October"
    " 2026, the leaders will sign a charter.",
    "the-nth-summit-held-will-be": CICA_INTRO + "The sixth summit, held in Astana on 12–13"
    " October 2026, will be chaired by Kazakhstan.",
    "its-summit-held-was-cancelled": CICA_INTRO + "Its sixth summit, held in Astana on 12–13"
    " October 2022, was cancelled at the last minute.",
    "and-the-nth-summit-will-take-place": "Kazakhstan joined CICA in 1992, and the sixth summit"
    " will take place in Astana on 12–13 October 2026.",
    "and-the-nth-summit-was-to-be-held": "Kazakhstan joined CICA in 1992, and the sixth summit"
    " was to be held in Astana on 12–13 October 2022.",
    "and-the-nth-summit-held-online": "Kazakhstan joined CICA in 1992, and the sixth summit was"
    " held online on 12–13 October 2022.",
    "and-the-nth-summit-after-no-summit": "Kazakhstan joined the SCO and the CSTO, and the sixth"
    " summit took place in Astana on 12–13 October 2022.",
    "never-met-at-summits": "The heads of state have never met at IFAS summits in Almaty on 28"
    " April 2009.",
}


@pytest.mark.parametrize(("text", "expected"), named_cases(FOUND))
def test_summit_found(facts, text, expected):
    found = facts(text)
    for fact in expected:
        assert fact in found, (fact, found)


@pytest.mark.parametrize("text", [pytest.param(t, id=n) for n, t in NOTHING.items()])
def test_look_alike_gives_no_summit(facts, text):
    assert not _summits(facts(text))


def test_gapped_second_place_is_no_summit_of_another_kind(facts):
    """'at IFAS summits in C1 on D1 and in talks in C2 on D2': the continuation is no summit's,
    so only C1's summit is found."""
    text = (
        "The heads of state have met at IFAS summits in Almaty on 28 April 2009 and in talks in"
        " Turkmenbashi on 24 August 2018."
    )
    assert _summits(facts(text)) == [summit(IFAS, "almaty", "2009-04-28")]


def _summits(found: list) -> list:
    return [fact for fact in found if fact[:2] == ("node", "kz:Summit")]


def test_an_nth_summit_after_an_aside_naming_another_body_is_no_summit(facts):
    """'The first O1 summit, which O2 observed, was held in C1 on D1, and the sixth summit took
    place in C2 on D2': the second summit's organisation is not certain, so it gives nothing."""
    text = (
        "The first CICA summit, which the SCO observed, was held in Almaty on 3–4 June 2002, and"
        " the sixth summit took place in Astana on 12–13 October 2022."
    )
    assert not [f for f in _summits(facts(text)) if f[2]["kz:heldIn"] == ["astana"]]
