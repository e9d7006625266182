"""Memberships stated by admission, by "became" with an adverb, with a focus adverb before the
date and with companions before the date (brief REC16C).

- "[On D,] X was|is admitted as the O's <ordinal> [full] member [state] [on D]" and "the summit
  of O, at which X was|is admitted as a member";
- "X also|formally|finally|eventually|later|subsequently became a [full] member of O [on D]";
- "X became a member of|joined O only|just|back on|in D": the focus adverb leads to the date;
- "X became a member of|joined O, together|along|jointly with A [and B], on D": the group is
  dated as the subject is;
- "X is|are|remain [both|also|still] in O" and "X has|have been in O [since D]": being in an
  international organisation is membership.

Look-alikes: observers, dialogue partners, associates, applicants, plans, negations, questions,
conditions, other speakers' claims, leavings and "unlike" give nothing (or no more).
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples

SCO = "shanghai-cooperation-organisation"
UN = "united-nations"
EU = "european-union"
ECO = "economic-cooperation-organization"
SCO_OPENS = "The Shanghai Cooperation Organisation met in Astana. "
SUMMIT = "Astana hosted the summit of the Shanghai Cooperation Organisation, at which "


def found(text: str) -> set[tuple[str, str, str]]:
    """Membership triples and membership dates of ``text``."""
    return {
        t
        for t in assertion_triples(text, stem="rec16c")
        if t[1] == "memberOf" or (t[1] == "startDate" and t[0].startswith("membership-"))
    }


#: Read before REC16C already (at 5dfb557): twins kept as they were, not cases it mended.
KEPT = [
    (
        SCO_OPENS + "Belarus was admitted as the organisation's tenth member.",
        {("blr", "memberOf", SCO)},
    ),
    (
        SCO_OPENS + "Belarus was admitted as the organization's 10th member state.",
        {("blr", "memberOf", SCO)},
    ),
    (
        "Pakistan also became a full member of the Shanghai Cooperation Organisation on"
        " 9 June 2017.",
        {("pak", "memberOf", SCO), (f"membership-pak-{SCO}", "startDate", "2017-06-09")},
    ),
    (
        "Poland joined the European Union only in 2004.",
        {("pol", "memberOf", EU), (f"membership-pol-{EU}", "startDate", "2004")},
    ),
]

#: Read since REC16C (each fails at 5dfb557).
MENDED = [
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
]


@pytest.mark.parametrize(("text", "expected"), MENDED + KEPT)
def test_the_membership_is_read(text, expected):
    assert expected <= found(text)


@pytest.mark.parametrize(
    "text",
    [
        SCO_OPENS + "On 4 July, Belarus was admitted as the organisation's tenth observer.",
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kazakhstan has been in the Economic Cooperation Organization since 1992.",
            {("kaz", "memberOf", ECO), (f"membership-kaz-{ECO}", "startDate", "1992")},
        ),
        (
            "Kazakhstan and Armenia are both in the Eurasian Economic Union.",
            {("kaz", "memberOf", "eaeu"), ("arm", "memberOf", "eaeu")},
        ),
        (
            "Kazakhstan is also in the Shanghai Cooperation Organisation.",
            {("kaz", "memberOf", SCO)},
        ),
        (
            "Kazakhstan and Russia are in the Collective Security Treaty Organization (CSTO) – they"
            " signed the Collective Security Treaty in 1992.",
            {("kaz", "memberOf", "csto"), ("rus", "memberOf", "csto")},
        ),
    ],
)
def test_being_in_an_organisation_is_membership(text, expected):
    assert expected <= found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan is in talks with the Eurasian Economic Union.",
        "Kazakhstan is in the Eurasian Economic Union's customs territory.",
        "Kazakhstan is in the Shanghai Cooperation Organisation as an observer.",
        "Kazakhstan is not in the European Union.",
        "Kazakhstan has never been in the European Union.",
        "Neither Kazakhstan nor Uzbekistan is in the European Union.",
        "Is Kazakhstan in the European Union?",
        "Kazakhstan was in the Commonwealth of Independent States until 2009.",
        "Kazakhstan would be in the European Union if it were in Europe.",
        "Kazakhstan is in the process of joining the World Trade Organization.",
        "Kazakhstan is in the World Trade Organization accession queue.",
        "Kazakhstan is interested in the European Union.",
        "Georgia was in the Commonwealth of Independent States before it withdrew.",
        "Kazakhstan has in the OSCE a forum for dialogue.",
        "Kazakhstan is in the Shanghai Cooperation Organisation region.",
        "Lavrov claimed that Kazakhstan is in the Eurasian Economic Union.",
        "Kazakhstan hopes to be in the European Union by 2040.",
        "Kazakhstan is in the OSCE chair this year.",
        "Kazakhstan is in the European Union's neighbourhood.",
        "Kazakhstan is in the Organization of Turkic States as an observer.",
        "Kazakhstan remains in the European Union's list of partners.",
    ],
)
def test_being_in_look_alikes_give_nothing(text):
    assert not {t for t in found(text) if t[1] == "memberOf"}
