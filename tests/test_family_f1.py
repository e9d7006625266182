"""Memberships and co-foundings in reduced relatives, object relatives, appositions and
elections (brief F1, session 4): each rule of the F1-s4 block of relations.jsonl and the
bracketed acronym before trailing companions (gapping.py) with sentences in other wording and
with other entities than the development sentences that suggested them, and look-alikes that
must give nothing of that kind."""

from __future__ import annotations

from functools import partial

import pytest
from fact_cases import assert_gives, assert_gives_nothing, assert_paired, extract
from fact_cases import date as _date
from fact_cases import member as _member
from fact_cases import node as _node
from fact_cases import triple as _triple

_extract = partial(extract, stem="family-f1-test")

# (rule, sentence, facts it must give)
POSITIVES = [
    (
        "org-participle-founded-by",
        "Observers compared it with the Association of Southeast Asian Nations (ASEAN), founded by "
        "Indonesia, Malaysia and Thailand in 1967.",
        [
            _triple("idn", "coFounderOf", "asean"),
            _member("tha", "asean", "1967", cls="FoundingMembership"),
        ],
    ),
    (
        "org-participle-founded-by",
        "Moldova later joined the Commonwealth of Independent States established by Belarus and "
        "Ukraine on 8 December 1991.",
        [_member("ukr", "cis", "1991-12-08", cls="FoundingMembership")],
    ),
    (
        "org-participle-founded-by",
        "The North Atlantic Treaty Organization, created by Belgium, Canada and Norway in April "
        "1949, expanded eastwards.",
        [_triple("nor", "coFounderOf", "nato"), _triple("bel", "coFounderOf", "nato")],
    ),
    (
        "org-participle-founded-by-under-treaty",
        "The European Union, established by France, Italy and Spain under a treaty signed in "
        "Maastricht on 7 February 1992, now has a single market.",
        [
            _member("fra", "european-union", "1992-02-07", cls="FoundingMembership"),
            _triple("esp", "coFounderOf", "european-union"),
        ],
    ),
    (
        "org-which-states-founded",
        "Trade flows through the Shanghai Cooperation Organisation, which China co-founded with "
        "Uzbekistan and Tajikistan in 2001.",
        [
            _member("chn", "shanghai-cooperation-organisation", "2001", cls="FoundingMembership"),
            _triple("uzb", "coFounderOf", "shanghai-cooperation-organisation"),
        ],
    ),
    (
        "org-which-states-founded",
        "Georgia left the Commonwealth of Independent States, which Belarus had founded with "
        "Ukraine in 1991.",
        [
            _member("ukr", "cis", "1991", cls="FoundingMembership"),
            _triple("blr", "coFounderOf", "cis"),
        ],
    ),
    (
        "org-which-states-founded-by-signing",
        "Analysts recall the North Atlantic Treaty Organization, which Belgium, Denmark and "
        "Iceland founded by signing the North Atlantic Treaty in Washington on 4 April 1949.",
        [
            _member("isl", "nato", "1949-04-04", cls="FoundingMembership"),
            _triple("dnk", "coFounderOf", "nato"),
        ],
    ),
    (
        "states-apposition-two-members-of",
        "Talks opened between Portugal and Spain, two members of the European Union.",
        [
            _triple("prt", "memberOf", "european-union"),
            _triple("esp", "memberOf", "european-union"),
        ],
    ),
    (
        "states-apposition-two-members-of",
        "A pact was signed by Norway, Denmark and Iceland, three members of NATO.",
        [_triple("nor", "memberOf", "nato"), _triple("isl", "memberOf", "nato")],
    ),
    (
        "org-whose-members-are",
        "The alliance became the North Atlantic Treaty Organization, whose members now are "
        "Norway, Denmark and Iceland.",
        [_triple("dnk", "memberOf", "nato"), _member("isl", "nato")],
    ),
    (
        "among-its-members-are",
        "The European Union was founded in 1993. Among its members are Austria, Finland and "
        "Sweden.",
        [
            _triple("aut", "memberOf", "european-union"),
            _triple("swe", "memberOf", "european-union"),
        ],
    ),
    (
        "elected-as-members-of",
        "The General Assembly elected Ecuador, Japan and Malta as non-permanent members of the "
        "United Nations Security Council for two-year terms starting on 1 January 2023.",
        [
            _member("ecu", "united-nations-security-council", "2023-01-01"),
            _member("mlt", "united-nations-security-council", "2023-01-01"),
        ],
    ),
    (
        "elected-as-members-of",
        "Delegates elected Mongolia as a member of the United Nations Human Rights Council.",
        [_triple("mng", "memberOf", "united-nations-human-rights-council")],
    ),
    (
        "member-since+companions",
        "Uzbekistan is a member of the Commonwealth of Independent States (CIS) along with "
        "Tajikistan and Armenia.",
        [_triple("tjk", "memberOf", "cis"), _triple("arm", "memberOf", "cis")],
    ),
    # second block: summits that met, members named without their organisation, seats taken
    (
        "org-possessive-summit-met-in",
        "The OSCE's summit met in Istanbul on 18 November 1999.",
        [
            _node(
                "Summit",
                organisation=["osce"],
                heldIn=["istanbul"],
                startDate=[_date("1999-11-18")],
            )
        ],
    ),
    (
        "became-full-members-dated",
        "The European Union was founded in 1993. Poland and Hungary became full members on 1 May "
        "2004.",
        [
            _member("pol", "european-union", "2004-05-01"),
            _member("hun", "european-union", "2004-05-01"),
        ],
    ),
    (
        "became-nth-member-dated",
        "NATO was founded in 1949. Finland became the 31st member state on 4 April 2023.",
        [_member("fin", "nato", "2023-04-04")],
    ),
    (
        "became-its-nth-member-dated",
        "NATO expanded again in 2024. Sweden became its 32nd member on 7 March 2024.",
        [_member("swe", "nato", "2024-03-07")],
    ),
    (
        "took-seat-as-member-of",
        "Ecuador was elected in June 2022 and took its seat as a non-permanent member of the "
        "United Nations Security Council on 1 January 2023.",
        [_member("ecu", "united-nations-security-council", "2023-01-01")],
    ),
]

# (rule, look-alike sentence, a property, class or key that must not appear)
NEGATIVES = [
    (
        "org-participle-founded-by",
        "The Association of Southeast Asian Nations was funded by Japan in 1967.",
        "coFounderOf",
    ),
    (
        "org-participle-founded-by",
        "The North Atlantic Treaty Organization, founded by Norway's allies in 1949, grew.",
        "coFounderOf",
    ),
    (
        "org-participle-founded-by-under-treaty",
        "The European Union, criticised by France under a treaty signed in Nice in 2001, grew.",
        "coFounderOf",
    ),
    (
        "org-which-states-founded",
        "Trade flows through the Shanghai Cooperation Organisation, which China joined a year "
        "later.",
        "coFounderOf",
    ),
    (
        "org-which-states-founded",
        "He praised the European Union, which France founded a new agency for in 2001.",
        "coFounderOf",
    ),
    (
        "org-which-states-founded-by-signing",
        "Analysts recall the North Atlantic Treaty Organization, which Sweden hoped to join by "
        "signing the North Atlantic Treaty.",
        "coFounderOf",
    ),
    (
        "states-apposition-two-members-of",
        "Talks opened between Portugal and Spain, two candidates for the European Union.",
        "memberOf",
    ),
    (
        "org-whose-members-are",
        "The alliance became the North Atlantic Treaty Organization, whose former members are "
        "Norway and Iceland.",
        "memberOf",
    ),
    (
        "among-its-members-are",
        "The European Union was founded in 1993. Among its observers are Austria and Finland.",
        "memberOf",
    ),
    (
        "elected-as-members-of",
        "The General Assembly elected Ecuador as chair of the committee of the United Nations "
        "Security Council.",
        "memberOf",
    ),
    (
        "member-since+companions",
        "Uzbekistan is a member of the Commonwealth of Independent States (CIS) unlike "
        "Tajikistan and Armenia.",
        "'tjk'",
    ),
    (
        "org-possessive-summit-met-in",
        "The OSCE's summit secretariat met in Istanbul on 18 November 1999.",
        "Summit",
    ),
    (
        "became-full-members-dated",
        "The European Union was founded in 1993. Poland and Hungary became full members of NATO "
        "on 12 March 1999.",
        "european-union",
    ),
    (
        "became-nth-member-dated",
        "NATO was founded in 1949. Finland became the 31st member state of the European Union on "
        "4 April 2023.",
        "'nato'",
    ),
    (
        "became-its-nth-member-dated",
        "NATO expanded again in 2024. Sweden became its 32nd trading partner on 7 March 2024.",
        "memberOf",
    ),
    (
        "took-seat-as-member-of",
        "Ecuador was elected in June 2022 and took its seat as an observer of the United Nations "
        "Security Council on 1 January 2023.",
        "memberOf",
    ),
]


@pytest.mark.parametrize(("rule", "text", "expected"), POSITIVES)
def test_a_construction_in_other_wording_gives_its_facts(rule, text, expected, scoring):
    assert_gives(_extract(text, scoring), rule, expected)


@pytest.mark.parametrize(("rule", "text", "kind"), NEGATIVES)
def test_a_look_alike_gives_nothing_of_that_kind(rule, text, kind, scoring):
    assert_gives_nothing(_extract(text, scoring), rule, kind)


def test_every_rule_of_the_block_has_a_positive_and_a_negative():
    assert_paired(POSITIVES, NEGATIVES)
