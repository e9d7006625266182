"""Session 14's review, findings 6, 7 and 15: memberships REC16C read past their clause.

- 6: "the summit of O, at which X was admitted as a member" took X into O when the member's noun
  went on to another body ("as a member of the O2", "to|in|within the group"): the noun must
  close the clause, or a date "in|on D" follow it (rec16c-summit-at-which-admitted);
- 7: "X has been in O [since D]" took X into O when an aside or a name went on after O ("in the
  EU, as a trading partner, since D", "in the NATO Partnership for Peace", "in the EU Top Ten
  partners list"): O must close the clause, or "since D" follow it
  (rec16c-state-has-been-in-organisation and its "-since" line);
- 15: "X joined O, along with A, in D as an observer": a hedge's after phrase past the date a
  match took late (relations._hedged_past_late_date) hedges the match, as it does right after
  the match ("X joined O in D as an observer").

The twins keep the facts the rules were made for.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples

SCO = "shanghai-cooperation-organisation"
EU = "european-union"
SUMMIT = "Astana hosted the summit of the Shanghai Cooperation Organisation, at which Belarus "
BEEN = "Kazakhstan has been in the "
JOINED = "Pakistan joined the Shanghai Cooperation Organisation, along with India, "


def _members(text: str) -> set[tuple[str, str, str]]:
    """Membership triples and membership dates of ``text``."""
    return {
        t
        for t in assertion_triples(text, stem="fix16d")
        if t[1] == "memberOf" or (t[1] == "startDate" and t[0].startswith("membership-"))
    }


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (SUMMIT + "was admitted as a member of the Eurasian Economic Union.", ("blr", SCO)),
        (SUMMIT + "was admitted as a member of the Business Council.", ("blr", SCO)),
        (SUMMIT + "was admitted as a member to the working group.", ("blr", SCO)),
        (SUMMIT + "was admitted as a member in the Business Council.", ("blr", SCO)),
        (SUMMIT + "was admitted as a member into its energy club.", ("blr", SCO)),
        (SUMMIT + "was admitted as a member state of the Eurasian Development Bank.", ("blr", SCO)),
        (SUMMIT + "was admitted as a member of its youth council.", ("blr", SCO)),
        (SUMMIT + "was admitted as a member within the banking association.", ("blr", SCO)),
        (BEEN + "European Union, as a trading partner, since 2020.", ("kaz", EU)),
        (BEEN + "North Atlantic Treaty Organization Partnership for Peace since 1994.",
         ("kaz", "nato")),
        (BEEN + "European Union Top Ten partners list since 2015.", ("kaz", EU)),
        (BEEN + "European Union, in a sense, since 2020.", ("kaz", EU)),
        (BEEN + "World Trade Organization, as an observer, for years.", ("kaz", "wto")),
        (BEEN + "Organization for Security and Co-operation in Europe Minsk Group since 1995.",
         ("kaz", "osce")),
        (BEEN + "European Union, through its partnership agreement, since 2020.", ("kaz", EU)),
        (JOINED + "in 2017 as an observer.", ("pak", SCO)),
        (JOINED + "in 2017 as an observer.", ("ind", SCO)),
        (JOINED + "in 2005 as observers.", ("pak", SCO)),
        ("Pakistan joined the Shanghai Cooperation Organisation, together with India, in 2005 as a"
         " dialogue partner.", ("pak", SCO)),
        (JOINED + "in 2005 as associate members.", ("ind", SCO)),
        (JOINED + "in 2005 as an observer state.", ("pak", SCO)),
        (JOINED + "in 2005 as partners.", ("ind", SCO)),
        ("Pakistan became a member of the Shanghai Cooperation Organisation, together with India,"
         " on 9 June 2017 as an observer.", ("pak", SCO)),
    ],
)  # fmt: skip
def test_look_alikes_give_no_membership(text, wrong):
    member, organisation = wrong
    assert (member, "memberOf", organisation) not in _members(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (SUMMIT + "was admitted as a member.", {("blr", "memberOf", SCO)}),
        (
            SUMMIT + "was admitted as a member in 2024.",
            {("blr", "memberOf", SCO), (f"membership-blr-{SCO}", "startDate", "2024")},
        ),
        (
            SUMMIT + "was admitted as a member on 4 July 2024.",
            {("blr", "memberOf", SCO), (f"membership-blr-{SCO}", "startDate", "2024-07-04")},
        ),
        (SUMMIT + "was admitted as a member; Iran had joined in 2023.", {("blr", "memberOf", SCO)}),
        (
            BEEN + "World Trade Organization (WTO) since 2015.",
            {("kaz", "memberOf", "wto"), ("membership-kaz-wto", "startDate", "2015")},
        ),
        (
            BEEN + "World Trade Organization since 2015, and trade has grown.",
            {("kaz", "memberOf", "wto"), ("membership-kaz-wto", "startDate", "2015")},
        ),
        (
            BEEN + "World Trade Organization and the Eurasian Economic Union since 2015.",
            {("kaz", "memberOf", "wto"), ("kaz", "memberOf", "eaeu")},
        ),
        (
            "Kazakhstan and Kyrgyzstan have both been in the Eurasian Economic Union since 2015.",
            {("kaz", "memberOf", "eaeu"), ("kgz", "memberOf", "eaeu")},
        ),
        (BEEN + "Collective Security Treaty Organization since 1994; Uzbekistan left it.",
         {("kaz", "memberOf", "csto"), ("membership-kaz-csto", "startDate", "1994")}),
        (BEEN + "Eurasian Economic Union. Trade grew.", {("kaz", "memberOf", "eaeu")}),
        (
            JOINED + "in 2017.",
            {("pak", "memberOf", SCO), ("ind", "memberOf", SCO),
             (f"membership-ind-{SCO}", "startDate", "2017")},
        ),
        (
            JOINED + "in 2017 as a full member.",
            {("pak", "memberOf", SCO), (f"membership-pak-{SCO}", "startDate", "2017")},
        ),
    ],
)  # fmt: skip
def test_twins_keep_their_membership(text, expected):
    assert expected <= _members(text)
