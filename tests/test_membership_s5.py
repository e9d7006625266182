"""Memberships and co-foundings, session 5 (brief MEM): relative "of which" clauses, a fronted
membership apposition, a coordinated "and a participating State of", an apposition with a
membership and a founding membership, "one of the founders of O, together with A, in D", "X
co-founded O by signing T in C on D" and "O, a group formed in D by A and B". Each rule with
sentences in other wording and with other entities than the corpus sentences that suggested
them, and look-alikes that must give nothing of that kind."""

from __future__ import annotations

from functools import partial

import pytest
from fact_cases import assert_gives, assert_gives_nothing, assert_paired, extract
from fact_cases import member as _member
from fact_cases import triple as _triple

_extract = partial(extract, stem="membership-s5-test")


def _founder(state: str, org: str, when: str | None = None):
    return _member(state, org, when, cls="FoundingMembership")


# (rule, sentence, facts it must give)
POSITIVES = [
    # "O, of which X is a (founding) member"
    (
        "mem-of-which-state-is-member",
        "Albania hosted a meeting of the Council of Europe, of which Georgia is a full member.",
        [_member("geo", "council-of-europe")],
    ),
    (
        "mem-of-which-state-is-member",
        "The talks took place under the aegis of NATO, of which Norway and Denmark are members.",
        [_triple("nor", "memberOf", "nato"), _triple("dnk", "memberOf", "nato")],
    ),
    (
        "mem-of-which-state-is-founding-member",
        "Croatia joined the European Free Trade Association, of which Austria was a founder "
        "member.",
        [_founder("aut", "efta")],
    ),
    (
        "mem-of-which-state-is-founding-member",
        "Peru spoke at the Asian Development Bank, of which Japan is one of the founding members.",
        [_triple("jpn", "coFounderOf", "adb")],
    ),
    # a fronted apposition naming the subject after it
    (
        "mem-fronted-member-apposition",
        "A member of NATO since 12 March 1999, Hungary has also joined the European Union.",
        [_member("hun", "nato", "1999-03-12")],
    ),
    (
        "mem-fronted-member-apposition",
        "A full member of the Council of Europe, Latvia hosted the session in Riga.",
        [_member("lva", "council-of-europe")],
    ),
    # "X has been a member of O1 since D1 and a participating State of O2 since D2"
    (
        "mem-member-and-participating-state",
        "Mongolia has been a member of the United Nations since 1961 and a participating State of "
        "the OSCE since 2012.",
        [_member("mng", "osce", "2012"), _member("mng", "united-nations", "1961")],
    ),
    # "X, a member of O1 since D1 and a founding member of O2, ..."
    (
        "mem-member-apposition-and-founding-member",
        "Indonesia, a member of the United Nations since 1950 and a founding member of ASEAN, "
        "chairs the forum this year.",
        [_founder("idn", "asean"), _member("idn", "united-nations", "1950")],
    ),
    # "X was one of the founders of O, together with A and B, in D"
    (
        "mem-one-of-founders-together-with-in-date",
        "Belgium was one of the founders of NATO, together with France and the Netherlands, in "
        "April 1949.",
        [
            _founder("bel", "nato", "1949-04"),
            _founder("fra", "nato", "1949-04"),
            _founder("nld", "nato", "1949-04"),
        ],
    ),
    (
        "mem-alongside-founders-in-date",
        "Thailand was one of the founding members of ASEAN, alongside Malaysia, in August 1967.",
        [_founder("tha", "asean", "1967-08"), _founder("mys", "asean", "1967-08")],
    ),
    # "A and B co-founded O by signing T [in C] on D"
    (
        "mem-co-founded-by-signing-treaty",
        "Brazil, Russia, India and China founded the New Development Bank by signing the Fortaleza "
        "Agreement on 15 July 2014.",
        [
            _founder("bra", "new-development-bank", "2014-07-15"),
            _founder("chn", "new-development-bank", "2014-07-15"),
        ],
    ),
    # "O, a group formed in D by A and B"
    (
        "mem-organisation-apposition-formed-by",
        "Ukraine joined GUAM, a bloc set up in 1997 by Georgia and Azerbaijan.",
        [_founder("geo", "guam", "1997"), _founder("aze", "guam", "1997")],
    ),
    (
        "mem-organisation-apposition-formed-by",
        "Moldova later joined GUAM, a consultative forum founded by Georgia and Ukraine in 1997.",
        [_founder("geo", "guam", "1997"), _founder("ukr", "guam", "1997")],
    ),  # "X <verb> ...; it has been a member of O since D" (and the gapped "and of O2 since D2")
    (
        "mem-semicolon-it-has-been-member",
        "Chile ratified the convention in 2009; it has been a member of the OECD since May 2010.",
        [_member("chl", "oecd", "2010-05")],
    ),
    (
        "mem-semicolon-it-has-been-member",
        "Mongolia joined the World Trade Organization in 1997, and it has also been a member of "
        "the OSCE since 2012 and of the Asian Development Bank since 1991.",
        [_member("mng", "osce", "2012"), _member("mng", "adb", "1991")],
    ),
    # "X is one of the N <regional> members of O"
    (
        "mem-one-of-the-n-members-of",
        "Estonia is one of the three Baltic members of NATO.",
        [_member("est", "nato")],
    ),
    (
        "mem-one-of-the-n-members-of",
        "Egypt is one of the Arab members of the African Union.",
        [_triple("egy", "memberOf", "african-union")],
    ),
    # "..., leaving A and B as the only <regional> members of O"
    (
        "mem-leaving-as-the-only-members",
        "Qatar left the cartel in 2019, leaving Algeria and Nigeria as the only African members "
        "of OPEC.",
        [_member("dza", "opec"), _member("nga", "opec")],
    ),  # "A and B had become members of O in D, at the summit in C on D2" (the summit's own date)
    (
        "mem-became-members-in-date-at-summit",
        "Estonia and Latvia had become members of NATO in March 2004, at the alliance's summit "
        "in Istanbul on 28 June 2004.",
        [_member("est", "nato", "2004-03"), _member("lva", "nato", "2004-03")],
    ),
    # "X ..., having joined O [, the forerunner of P,] on D"; "Having joined O in D, X ..."
    (
        "mem-having-joined",
        "Montenegro was admitted to the United Nations on 28 June 2006, having joined the OSCE "
        "on 22 June 2006.",
        [_member("mne", "osce", "2006-06-22")],
    ),
    (
        "mem-fronted-having-joined",
        "Having joined the WTO in 2012, Russia cut its import tariffs.",
        [_member("rus", "wto", "2012")],
    ),
    # "P was renamed O in D, when X joined"
    (
        "mem-renamed-when-state-joined",
        "The Shanghai Five became the SCO in 2001, when Uzbekistan joined.",
        [_member("uzb", "shanghai-cooperation-organisation", "2001")],
    ),  # more ways of the same families
    (
        "mem-of-which-state-became-member-in",
        "Yerevan hosted a summit of the Eurasian Economic Union, of which Armenia became a member "
        "in January 2015.",
        [_member("arm", "eaeu", "2015-01")],
    ),
    (
        "mem-of-which-state-has-been-member-since",
        "Ulaanbaatar hosted a meeting of the OSCE, of which Mongolia has been a participating "
        "State since 2012.",
        [_member("mng", "osce", "2012")],
    ),
    (
        "mem-of-which-state-is-member",
        "Minsk received envoys of the CSTO, of which both Armenia and Belarus are members.",
        [_triple("arm", "memberOf", "csto"), _triple("blr", "memberOf", "csto")],
    ),
    (
        "mem-fronted-founding-member-apposition",
        "A founding member of the Shanghai Cooperation Organisation, Tajikistan hosted its summit "
        "in 2021.",
        [_triple("tjk", "coFounderOf", "shanghai-cooperation-organisation")],
    ),
    (
        "mem-fronted-as-member",
        "As a member of the WTO since 2001, China cut its tariffs.",
        [_member("chn", "wto", "2001")],
    ),
    (
        "mem-fronted-member-apposition",
        "A participating State of the OSCE since 1992, Kyrgyzstan hosted the meeting.",
        [_member("kgz", "osce", "1992")],
    ),
    (
        "mem-founding-member-apposition-and-member",
        "Armenia, a founding member of the CIS and a member of the CSTO since 2002, hosted the "
        "summit.",
        [_member("arm", "csto", "2002")],
    ),
    (
        "mem-one-of-founders-together-with-in-date",
        "Kazakhstan and Belarus were among the founders of the Eurasian Economic Union, together "
        "with Russia, in May 2014.",
        [_founder("blr", "eaeu", "2014-05"), _founder("rus", "eaeu", "2014-05")],
    ),
    (
        "mem-one-of-the-n-members-of",
        "Lithuania is one of three Baltic member states of NATO.",
        [_member("ltu", "nato")],
    ),
    (
        "mem-member-and-participating-state",
        "Mongolia became a member of the United Nations in 1961 and a participating State of the "
        "OSCE in 2012.",
        [_member("mng", "osce", "2012")],
    ),
    (
        "mem-member-and-founding-member",
        "Armenia became a member of the United Nations in 1992 and a founding member of the CSTO "
        "in 2002.",
        [_founder("arm", "csto", "2002")],
    ),
    (
        "mem-member-and-founding-member",
        "Belarus has been a member of the United Nations since 1945 and a founding member of the "
        "Eurasian Economic Union.",
        [_founder("blr", "eaeu")],
    ),  # "O, a grouping formed on D when (the leaders of) A and B signed T"
    (
        "mem-organisation-apposition-formed-when-signed",
        "Moldova later joined GUAM, a consultative forum set up in October 1997 when the "
        "presidents of Georgia, Ukraine and Azerbaijan signed a communique in Strasbourg.",
        [_founder("geo", "guam", "1997-10"), _founder("aze", "guam", "1997-10")],
    ),
    (
        "mem-organisation-formed-when-signed",
        "The CSTO was established in 2002 when Armenia, Belarus and Russia signed its charter.",
        [_founder("arm", "csto", "2002"), _founder("rus", "csto", "2002")],
    ),  # "Y is an observer in O, while X is a full member"
    (
        "mem-observer-while-state-is-member",
        "Mongolia is an observer of the SCO, whereas India and Pakistan are full members.",
        [
            _triple("ind", "memberOf", "shanghai-cooperation-organisation"),
            _triple("pak", "memberOf", "shanghai-cooperation-organisation"),
        ],
    ),
    (
        "mem-observer-status-while-state-is-member",
        "Serbia holds observer status in the CSTO, while Armenia and Belarus are members.",
        [_triple("arm", "memberOf", "csto"), _triple("blr", "memberOf", "csto")],
    ),
]

# (rule, look-alike, what it must not give)
NEGATIVES = [
    (
        "mem-of-which-state-is-member",
        "Albania hosted a meeting of the Council of Europe, of which Belarus is not a member.",
        "blr",
    ),
    (
        "mem-of-which-state-is-member",
        "Serbia attended a summit of the European Union, of which Turkey would become a member.",
        "tur",
    ),
    (
        "mem-of-which-state-is-founding-member",
        "Croatia joined the European Free Trade Association, of which Austria was an observer.",
        "aut",
    ),
    (
        "mem-fronted-member-apposition",
        "A former member of the Commonwealth, Ireland left it in 1949.",
        "irl",
    ),
    (
        "mem-fronted-member-apposition",
        "A member of NATO since 1999, Poland's army has modernised fast.",
        "pol",
    ),
    (
        "mem-member-and-participating-state",
        "Mongolia has been a member of the United Nations since 1961 and a partner of the OSCE "
        "since 2012.",
        "osce",
    ),
    (
        "mem-member-apposition-and-founding-member",
        "Indonesia, a member of the United Nations since 1950 and an observer of the Pacific "
        "Islands Forum, chairs the forum.",
        "FoundingMembership",
    ),
    (
        "mem-one-of-founders-together-with-in-date",
        "Belgium was one of the observers of NATO, together with France, in April 1949.",
        "coFounderOf",
    ),
    (
        "mem-alongside-founders-in-date",
        "Thailand applied to become a member of ASEAN, alongside Malaysia, in August 1967.",
        "FoundingMembership",
    ),
    (
        "mem-co-founded-by-signing-treaty",
        "Georgia signed the Nakhchivan Agreement on 3 October 2009 but did not join the Turkic "
        "Council.",
        "coFounderOf",
    ),
    (
        "mem-organisation-apposition-formed-by",
        "Armenia left the CSTO, a body formed in 1992 by a decision of its leaders.",
        "coFounderOf",
    ),
    (
        "mem-organisation-apposition-formed-by",
        "Armenia joined the CSTO, a bloc set up in 1992 by Russia's president.",
        "coFounderOf",
    ),
    (
        "mem-semicolon-it-has-been-member",
        "Norway's economy grew quickly; it has been a member of the OECD since 1961.",
        "memberOf",
    ),
    (
        "mem-semicolon-it-has-been-member",
        "Ireland hosted the talks; it has applied to become a member of NATO.",
        "memberOf",
    ),
    (
        "mem-one-of-the-n-members-of",
        "Norway is one of the former members of EFTA.",
        "nor",
    ),
    (
        "mem-one-of-the-n-members-of",
        "Spain is one of the two associate members of the forum.",
        "esp",
    ),
    (
        "mem-leaving-as-the-only-members",
        "Britain left EFTA in 1973, leaving Norway and Iceland as the only non-members of the "
        "European Union.",
        "european-union",
    ),
    (
        "mem-leaving-as-the-only-members",
        "Ecuador left OPEC in 2020, leaving Algeria and Nigeria as the only observers of OPEC.",
        "dza",
    ),
    (
        "mem-became-members-in-date-at-summit",
        "Ukraine and Georgia had hoped to become members of NATO in April 2008, at the summit in "
        "Bucharest on 3 April 2008.",
        "memberOf",
    ),
    (
        "mem-having-joined",
        "Montenegro was admitted to the United Nations on 28 June 2006, having applied to join "
        "the OSCE on 22 June 2006.",
        "osce",
    ),
    (
        "mem-fronted-having-joined",
        "Having left the CSTO in 2012, Uzbekistan stayed neutral.",
        "memberOf",
    ),
    (
        "mem-renamed-when-state-joined",
        "The Shanghai Five became the SCO in 2001, when Uzbekistan left the CIS customs zone.",
        "uzb",
    ),
    (
        "mem-renamed-when-state-joined",
        "The Shanghai Five was renamed the SCO in 2001, when Uzbekistan joined the WTO.",
        "'kz:memberOf', 'shanghai-cooperation-organisation'",
    ),
    (
        "mem-of-which-state-became-member-in",
        "Yerevan hosted a summit of the Eurasian Economic Union, of which Armenia applied to "
        "become a member in January 2015.",
        "arm",
    ),
    (
        "mem-of-which-state-has-been-member-since",
        "Ulaanbaatar hosted a meeting of the OSCE, of which Mongolia has been a partner since "
        "2012.",
        "mng",
    ),
    (
        "mem-fronted-founding-member-apposition",
        "A former founding member of the SCO, Uzbekistan hosted its summit.",
        "coFounderOf",
    ),
    (
        "mem-fronted-as-member",
        "As an observer of the WTO since 2001, China cut its tariffs.",
        "memberOf",
    ),
    (
        "mem-founding-member-apposition-and-member",
        "Armenia, a founding member of the CIS and an observer of the CSTO since 2002, hosted the "
        "summit.",
        "csto",
    ),
    (
        "mem-member-and-participating-state",
        "Mongolia became a member of the United Nations in 1961 and an observer of the SCO in "
        "2004.",
        "shanghai-cooperation-organisation",
    ),
    (
        "mem-member-and-founding-member",
        "Armenia became a member of the United Nations in 1992 and an associate member of the CSTO "
        "in 2002.",
        "csto",
    ),
    (
        "mem-organisation-apposition-formed-when-signed",
        "Moldova later joined GUAM, a consultative forum set up in 1997 when Georgia and Ukraine "
        "met in Strasbourg.",
        "coFounderOf",
    ),
    (
        "mem-organisation-formed-when-signed",
        "The CSTO was established in 2002 when Armenia's and Belarus's envoys signed its charter.",
        "coFounderOf",
    ),
    (
        "mem-observer-while-state-is-member",
        "Mongolia is an observer of the SCO, while India was a member until 2020.",
        "memberOf",
    ),
    (
        "mem-observer-status-while-state-is-member",
        "Serbia holds observer status in the CSTO, while Armenia wants to become a member.",
        "memberOf",
    ),
]


def test_every_rule_has_a_look_alike():
    assert_paired(POSITIVES, NEGATIVES)


@pytest.mark.parametrize(("rule", "text", "expected"), POSITIVES)
def test_positive(scoring, rule, text, expected):
    assert_gives(_extract(text, scoring), rule, expected)


@pytest.mark.parametrize(("rule", "text", "kind"), NEGATIVES)
def test_look_alike(scoring, rule, text, kind):
    assert_gives_nothing(_extract(text, scoring), rule, kind)
