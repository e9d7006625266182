"""Memberships stated by admission, by "became" with an adverb, with a focus adverb before the
date and with companions before the date (brief REC16C).

- "[On D,] X was|is admitted as the O's <ordinal> [full] member [state] [on D]" and "the summit
  of O, at which X was|is admitted as a member";
- "X also|formally|finally|eventually|later|subsequently became a [full] member of O [on D]";
- "X became a member of|joined O only|just|back on|in D": the focus adverb leads to the date;
- "X became a member of|joined O, together|along|jointly with A [and B], on D": the group is
  dated as the subject is.

Look-alikes: observers, dialogue partners, associates, applicants, plans, negations, questions,
conditions, other speakers' claims, leavings and "unlike" give nothing (or no more).
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples

SCO = "shanghai-cooperation-organisation"
UN = "united-nations"
EU = "european-union"
SCO_OPENS = "The Shanghai Cooperation Organisation met in Astana. "
SUMMIT = "Astana hosted the summit of the Shanghai Cooperation Organisation, at which "


def found(text: str) -> set[tuple[str, str, str]]:
    """Membership triples and membership dates of ``text``."""
    return {
        t
        for t in assertion_triples(text, stem="rec16c")
        if t[1] == "memberOf" or (t[1] == "startDate" and t[0].startswith("membership-"))
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            SCO_OPENS + "Belarus was admitted as the organisation's tenth member.",
            {("blr", "memberOf", SCO)},
        ),
        (
            SCO_OPENS + "Belarus was admitted as the organization's 10th member state.",
            {("blr", "memberOf", SCO)},
        ),
        (
            SCO_OPENS + "On 4 July 2024, Belarus was admitted as the organisation's tenth member.",
            {("blr", "memberOf", SCO), (f"membership-blr-{SCO}", "startDate", "2024-07-04")},
        ),
        (SUMMIT + "Belarus was admitted as a member.", {("blr", "memberOf", SCO)}),
        (
            SUMMIT + "India and Pakistan were admitted as full members.",
            {("ind", "memberOf", SCO), ("pak", "memberOf", SCO)},
        ),
        (
            "Pakistan also became a full member of the Shanghai Cooperation Organisation on"
            " 9 June 2017.",
            {("pak", "memberOf", SCO), (f"membership-pak-{SCO}", "startDate", "2017-06-09")},
        ),
        (
            "Pakistan also became a full member of the Shanghai Cooperation Organisation (SCO),"
            " together with India, on 9 June 2017 at the organisation's summit in Astana.",
            {
                ("pak", "memberOf", SCO),
                ("ind", "memberOf", SCO),
                (f"membership-pak-{SCO}", "startDate", "2017-06-09"),
                (f"membership-ind-{SCO}", "startDate", "2017-06-09"),
            },
        ),
        (
            "Pakistan joined the Shanghai Cooperation Organisation, along with India and Iran,"
            " in 2017.",
            {
                (f"membership-ind-{SCO}", "startDate", "2017"),
                (f"membership-irn-{SCO}", "startDate", "2017"),
            },
        ),
        (
            "Switzerland became a member of the United Nations only on 10 September 2002,"
            " after a popular vote.",
            {("che", "memberOf", UN), (f"membership-che-{UN}", "startDate", "2002-09-10")},
        ),
        (
            "Poland joined the European Union only in 2004.",
            {("pol", "memberOf", EU), (f"membership-pol-{EU}", "startDate", "2004")},
        ),
    ],
)
def test_the_membership_is_read(text, expected):
    assert expected <= found(text)


@pytest.mark.parametrize(
    "text",
    [
        "On 4 July, Belarus was admitted as the organisation's tenth observer.",
        SCO_OPENS + "Belarus is expected to be admitted as the organisation's tenth member.",
        SCO_OPENS + "Belarus was not admitted as the organisation's tenth member.",
        SCO_OPENS + "Belarus hopes to be admitted as the organisation's tenth member.",
        SCO_OPENS + "Belarus was admitted as the organisation's tenth dialogue partner.",
        SCO_OPENS + "Will Belarus be admitted as the organisation's tenth member?",
        SCO_OPENS + "If Belarus were admitted as the organisation's tenth member, it would grow.",
        SUMMIT + "Belarus was admitted as an observer.",
        SUMMIT + "Belarus was admitted as a dialogue partner.",
        SUMMIT + "Belarus applied to be admitted as a member.",
        SUMMIT + "Belarus was expected to be admitted as a member.",
        SUMMIT + "Belarus was not admitted as a member.",
        SUMMIT + "Belarus was admitted as an associate member.",
        "Astana will host the summit of the Shanghai Cooperation Organisation, at which Belarus"
        " will be admitted as a member.",
        "Switzerland became a member of the United Nations only as an observer in 1948.",
        "Switzerland will become a member of the United Nations only in 2030.",
        "Switzerland became an observer of the United Nations only in 1948.",
        "Switzerland joined the United Nations only as an observer in 1948.",
        "Switzerland left the United Nations only in 2002.",
        "Switzerland would join the United Nations only in 2002 if the vote passed.",
        "Pakistan planned to join the Shanghai Cooperation Organisation, together with India,"
        " in 2017.",
        "Pakistan did not join the Shanghai Cooperation Organisation, together with India,"
        " in 2017.",
        "Pakistan left the Shanghai Cooperation Organisation, together with India, in 2017.",
        "Pakistan became an observer of the Shanghai Cooperation Organisation, together with"
        " India, in 2005.",
        "Pakistan became a dialogue partner of the Shanghai Cooperation Organisation, together"
        " with India, in 2005.",
        "Pakistan, together with India, applied to join the Shanghai Cooperation Organisation"
        " in 2015.",
        "Pakistan hopes to become a member of the Shanghai Cooperation Organisation, together"
        " with India, in 2027.",
        "Pakistan also became an observer of the Shanghai Cooperation Organisation in 2005.",
        "Pakistan also became a dialogue partner of the Shanghai Cooperation Organisation.",
        "Pakistan has not yet become a member of the Shanghai Cooperation Organisation.",
        "Pakistan also became a candidate for membership of the European Union.",
        "Pakistan will also become a member of the Shanghai Cooperation Organisation in 2030.",
        "Pakistan also became a full member of the Shanghai Cooperation Organisation in 2017 but"
        " withdrew in 2020.",
        "Did Pakistan also become a member of the Shanghai Cooperation Organisation?",
        "Turkey also became an associate member of the European Economic Community in 1963.",
        "Pakistan eventually became a partner of the North Atlantic Treaty Organization.",
        "India claims that Pakistan also became a member of the Shanghai Cooperation"
        " Organisation in 2017.",
    ],
)
def test_look_alikes_give_nothing(text):
    assert not {t for t in found(text) if t[1] == "memberOf"}


def test_unlike_is_no_companion():
    assert ("ind", "memberOf", SCO) not in found(
        "Pakistan joined the Shanghai Cooperation Organisation, unlike India, in 2017."
    )
