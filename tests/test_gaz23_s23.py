"""Names session 23's lead added to the gazetteer (entities.jsonl), from lists, not corpora:
the G20, international organisations it lacked, and former states beside Czechoslovakia.

Each is found as a gazetteer mention of its entity; before, the organisations gave nothing or a
minted name, and "the Soviet Union" was minted as an organisation because of its "Union".
"""

from __future__ import annotations

import pytest
from fact_cases import mentions_of, named_cases

from kzgraph.gazetteer import default_gazetteer

ORGANISATIONS = {
    "g20": ("Brazil chairs the Group of Twenty this year.", "Group of Twenty", "g20"),
    "saarc": ("Nepal hosted the SAARC summit.", "SAARC", "saarc"),
    "ecowas": ("Ghana is a member of ECOWAS.", "ECOWAS", "ecowas"),
    "caricom": ("Haiti joined the Caribbean Community in 2002.", "Caribbean Community", "caricom"),
    "gecf": (
        "Qatar hosts the Gas Exporting Countries Forum.",
        "Gas Exporting Countries Forum",
        "gecf",
    ),
    "oapec": ("Kuwait is a member of OAPEC.", "OAPEC", "oapec"),
    "mtcr": (
        "India joined the Missile Technology Control Regime in 2016.",
        "Missile Technology Control Regime",
        "mtcr",
    ),
    "turkpa": ("Baku hosts TURKPA.", "TURKPA", "turkpa"),
}


@pytest.mark.parametrize(("text", "name", "key"), named_cases(ORGANISATIONS))
def test_an_organisation_the_gazetteer_lacked_is_known(text, name, key):
    assert (name, "gazetteer", (key,)) in mentions_of(text)
    assert "InternationalOrganisation" in default_gazetteer().kinds_of(name)


FORMER_STATES = {
    "soviet-union": ("The Soviet Union signed it.", "Soviet Union", "soviet-union"),
    "ussr": ("The USSR signed it.", "USSR", "soviet-union"),
    "gdr": (
        "The German Democratic Republic signed it.",
        "German Democratic Republic",
        "east-germany",
    ),
    "yugoslavia": ("Yugoslavia signed it.", "Yugoslavia", "yugoslavia"),
}


@pytest.mark.parametrize(("text", "name", "key"), named_cases(FORMER_STATES))
def test_a_former_state_is_a_state_not_an_organisation(text, name, key):
    assert (name, "gazetteer", (key,)) in mentions_of(text)
    kinds = default_gazetteer().kinds_of(name)
    assert "State" in kinds
    assert "Organisation" not in kinds
