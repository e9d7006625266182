"""A treaty text's signature block (brief REC16A).

A treaty's own text, its title on the first line, closes with "Done at P, on D" and a line
per party, "For the Republic of X" (signature_block.py): the title's treaty was signed at P on
D by each party named below the "Done" line. Look-alikes give no signatory: a draft or
proposed text, no "Done" line or one left blank, "For" lines above it, a title that is no one
treaty alone, a sentence or a group or an observer after "For".
"""

from __future__ import annotations

import pytest

CANWFZ = "Treaty on a Nuclear-Weapon-Free Zone in Central Asia"
BODY = (
    "\n\nThe Parties to this Treaty have agreed as follows:\n\nArticle 1\nEach Party"
    " undertakes not to test nuclear weapons.\n\n"
)
DONE = "DONE at Semey, Republic of Kazakhstan, on 8 September 2006, in one original copy.\n\n"
PARTIES = "For the Republic of Kazakhstan\nFor the Kyrgyz Republic\n"
SIGNED = {"kz:signatory", "kz:signingDate", "kz:signingPlace"}


def _signing(found: list) -> set:
    """The (treaty, property, object) signing triples among ``found``."""
    return {f[1:] for f in found if f[0] == "triple" and f[2] in SIGNED}


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (CANWFZ + BODY + DONE + PARTIES, {"kaz", "kgz"}),
        (
            CANWFZ + " (excerpt)" + BODY + "Done at Semey on 8 September 2006.\n\nFor the"
            " Government of the Republic of Kazakhstan: (signature)\nFor Turkmenistan:\n",
            {"kaz", "tkm"},
        ),
    ],
)
def test_a_signature_block_signs_the_title_treaty(facts, text, parties):
    assert _signing(facts(text)) == {
        ("canwfz", "kz:signingDate", ("2006-09-08", "xsd:date")),
        ("canwfz", "kz:signingPlace", "semey"),
    } | {("canwfz", "kz:signatory", party) for party in parties}


@pytest.mark.parametrize(
    "text",
    [
        "Draft " + CANWFZ + BODY + DONE + PARTIES,
        CANWFZ + " (draft)" + BODY + DONE + PARTIES,
        CANWFZ + " (proposed text)" + BODY + DONE + PARTIES,
        CANWFZ + BODY + PARTIES,  # no "Done" line: not signed
        CANWFZ + BODY + "Done at ____________ on ____________\n\n" + PARTIES,
        "Kazakhstan and the nuclear-free zone" + BODY + DONE + PARTIES,
        "Kazakhstan ratifies the " + CANWFZ + BODY + DONE + PARTIES,
        "Treaty on the Non-Proliferation of Nuclear Weapons and the "
        + CANWFZ
        + BODY
        + DONE
        + PARTIES,
    ],
)
def test_no_signed_title_treaty_gives_nothing(facts, text):
    assert not _signing(facts(text))


@pytest.mark.parametrize(
    "text",
    [
        CANWFZ + BODY + PARTIES + "\n" + DONE,  # the "For" lines above the "Done" line
        CANWFZ + BODY + DONE + "For Kazakhstan, the treaty is a milestone.\n",
        CANWFZ + BODY + DONE + "For the Republic of Kazakhstan and the Kyrgyz Republic\n",
        CANWFZ + BODY + DONE + "For the Republic of Kazakhstan (not signed)\n",
        CANWFZ + BODY + DONE + "For the Republic of Turkey (as observer)\n",
        CANWFZ + BODY + DONE + "For the Republic of Kazakhstan the zone means security.\n",
    ],
)
def test_look_alike_party_lines_sign_nothing(facts, text):
    assert not {t for t in _signing(facts(text)) if t[1] == "kz:signatory"}
