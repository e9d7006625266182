"""Review findings 14 and 15 of session 17 (helper FIX17D).

- Finding 15: on a chronology line ("25.06.1992 ...", "1992 – ...") the historic present read
  the plural noun of "among the eleven states that sign T" as a verb ("stated"), so the
  among-the-signers rules lost their states and only signed-treaty-in-place's place and day were
  left. A number before an "-s" word marks a noun, as "two" and "three" did
  (`sentences.read_historic_present`), and so do "other", "member", "these", "those", "founding"
  and "participating" (lexicon `noun-markers`). Negations, plans, refusals, expectations,
  observers, questions and other speakers' claims on such a line still give no signatory.
- Finding 14: data/README.md and docs/design.md say what the code does.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fact_cases import assertion_triples

ROOT = Path(__file__).resolve().parents[1]
BSEC = "summit-declaration-on-black-sea-economic-cooperation"
CST = "collective-security-treaty"
SIGNING = ("signatory", "signingDate", "signingPlace")


def signing(text: str) -> set[tuple[str, str, str]]:
    return {t for t in assertion_triples(text, stem="fix17d") if t[1] in SIGNING}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the review's probe
            "25.06.1992 Georgia, Armenia and Azerbaijan are among the eleven states that sign the"
            " Summit Declaration on Black Sea Economic Cooperation in Istanbul.",
            {
                (BSEC, "signatory", "geo"),
                (BSEC, "signatory", "arm"),
                (BSEC, "signatory", "aze"),
                (BSEC, "signingPlace", "istanbul"),
                (BSEC, "signingDate", "1992-06-25"),
            },
        ),
        (  # the review's second probe
            "1992 – Georgia, Armenia and Azerbaijan were among the states that signed the Summit"
            " Declaration on Black Sea Economic Cooperation in Istanbul.",
            {(BSEC, "signatory", "geo"), (BSEC, "signatory", "arm"), (BSEC, "signatory", "aze")},
        ),
        (
            "25.06.1992 Georgia, Armenia and Azerbaijan were among the eleven states that signed"
            " the Summit Declaration on Black Sea Economic Cooperation in Istanbul.",
            {(BSEC, "signatory", "geo"), (BSEC, "signatory", "arm"), (BSEC, "signatory", "aze")},
        ),
        (
            "1992 – Georgia, Armenia and Azerbaijan are among the 11 states that sign the Summit"
            " Declaration on Black Sea Economic Cooperation in Istanbul.",
            {(BSEC, "signatory", "geo"), (BSEC, "signatory", "aze"), (BSEC, "signingDate", "1992")},
        ),
        (
            "25 June 1992 – Georgia and Armenia are among the other states that sign the Summit"
            " Declaration on Black Sea Economic Cooperation in Istanbul.",
            {(BSEC, "signatory", "geo"), (BSEC, "signatory", "arm")},
        ),
        (
            "15.05.1992 Kazakhstan is one of the six states that sign the Collective Security"
            " Treaty in Tashkent.",
            {
                (CST, "signatory", "kaz"),
                (CST, "signingPlace", "tashkent"),
                (CST, "signingDate", "1992-05-15"),
            },
        ),
        (
            "15.05.1992 Armenia and Kyrgyzstan are among the member states that sign the"
            " Collective Security Treaty in Tashkent.",
            {(CST, "signatory", "arm"), (CST, "signatory", "kgz")},
        ),
    ],
)
def test_among_the_signers_on_a_chronology_line(text, expected):
    assert expected <= signing(text)


@pytest.mark.parametrize(
    "text",
    [
        "15.05.1992 Kazakhstan is not among the states that sign the Collective Security Treaty"
        " in Tashkent.",
        "15.05.1992 Turkmenistan is not one of the six states that sign the Collective Security"
        " Treaty in Tashkent.",
        "15.05.1992 Uzbekistan is among the states that plan to sign the Collective Security"
        " Treaty in Tashkent.",
        "15.05.1992 Ukraine is among the eleven states that refuse to sign the Collective Security"
        " Treaty in Tashkent.",
        "15.05.1992 Azerbaijan is among the states that are expected to sign the Collective"
        " Security Treaty in Tashkent.",
        "15.05.1992 Georgia is among the observer states that attend the signing of the Collective"
        " Security Treaty in Tashkent.",
        "15.05.1992 Is Kazakhstan among the states that sign the Collective Security Treaty in"
        " Tashkent?",
        "15.05.1992 Russia says Belarus is among the eleven states that will sign the Collective"
        " Security Treaty in Tashkent.",
        "1992 – Moldova is among the eleven states that never sign the Collective Security Treaty"
        " in Tashkent.",
    ],
)
def test_look_alikes_on_a_chronology_line_give_no_signatory(text):
    assert not {t for t in signing(text) if t[1] == "signatory"}


def test_data_readme_has_no_stray_duplicate_and_names_every_block():
    readme = (ROOT / "src/kzgraph/data/README.md").read_text(encoding="utf-8")
    stray = 'D2)": the list cannot give each its date), "not among them".'
    assert readme.count(stray) <= 1
    for block in ("REC17E", "REC17G", "rec17e-", "rec17g-"):
        assert block in readme


def test_design_says_a_dotted_day_heads_a_chronology_line():
    design = (ROOT / "docs/design.md").read_text(encoding="utf-8")
    assert "25.06.1992" in design
