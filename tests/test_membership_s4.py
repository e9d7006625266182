"""Memberships, co-foundings, chairmanships, summits and predecessors, session 4: each new rule
or gap with sentences in other wording and with other entities than the corpus sentences that
suggested them, and look-alikes that must give nothing of that kind."""

from __future__ import annotations

from functools import partial

import pytest
from fact_cases import assert_gives, assert_gives_nothing, assert_paired, extract
from fact_cases import date as _date
from fact_cases import member as _member
from fact_cases import node as _node
from fact_cases import triple as _triple

_extract = partial(extract, stem="membership-s4-test")


# (rule, sentence, facts it must give)
POSITIVES = [
    # trailing companions (gapping.py): the group after the match shares its subject and date
    (
        "joined-organisation+companions",
        "Estonia joined the European Union on 1 May 2004, along with Latvia and Lithuania.",
        [
            _triple("lva", "memberOf", "european-union"),
            _member("ltu", "european-union", "2004-05-01"),
        ],
    ),
    (
        "became-member-of+companions",
        "Poland became a member of NATO in March 1999 together with Hungary and the Czech "
        "Republic.",
        [_member("hun", "nato", "1999-03"), _member("cze", "nato", "1999-03")],
    ),
    (
        "one-of-the-founders-of+companions",
        "Indonesia was one of the founding members of ASEAN in 1967, alongside Malaysia, the "
        "Philippines, Singapore and Thailand.",
        [
            _triple("tha", "coFounderOf", "asean"),
            _member("mys", "asean", "1967", cls="FoundingMembership"),
        ],
    ),
    # present tense (chronologies, headlines) and the CSCE/OSCE word for a member
    (
        "becomes-member-of",
        "In 2004 Slovenia becomes a full member of the European Union.",
        [_member("svn", "european-union", "2004")],
    ),
    (
        "became-participating-state-of",
        "Mongolia became a participating State of the OSCE on 21 November 2012.",
        [_member("mng", "osce", "2012-11-21")],
    ),
    (
        "joins-organisation",
        "Sweden formally joins NATO on 7 March 2024.",
        [_member("swe", "nato", "2024-03-07")],
    ),
    (
        "is-admitted-to",
        "Montenegro is admitted to the United Nations on 28 June 2006.",
        [_member("mne", "united-nations", "2006-06-28")],
    ),
    (
        "admitted-to-as-its-nth-member",
        "Montenegro was admitted to the United Nations as its 192nd member on 28 June 2006.",
        [_member("mne", "united-nations", "2006-06-28")],
    ),
    (
        "becomes-nth-member-of",
        "South Sudan becomes the 193rd member of the United Nations.",
        [_triple("ssd", "memberOf", "united-nations")],
    ),
    (
        "began-term-as-member-of",
        "On 1 January 2004 Monaco began its term as a member of the Council of Europe.",
        [_member("mco", "council-of-europe", "2004-01-01")],
    ),
    (
        "belong-to-both",
        "Norway and Iceland belong to both NATO and the Council of Europe.",
        [_triple("nor", "memberOf", "nato"), _triple("isl", "memberOf", "council-of-europe")],
    ),
    # predecessors by renaming
    (
        "which-was-renamed",
        "Albania joined the Conference on Security and Co-operation in Europe, which was "
        "transformed into the OSCE in 1995.",
        [_triple("osce", "predecessor", "csce")],
    ),
    (
        "renamed-apposition",
        "The Shanghai Five (renamed the SCO in 2001) first met in 1996.",
        [_triple("shanghai-cooperation-organisation", "predecessor", "shanghai-five")],
    ),
    (
        "which-became-the-organisation",
        "Albania joined the Conference on Security and Co-operation in Europe, which later became "
        "the OSCE.",
        [_triple("osce", "predecessor", "csce")],
    ),
    (
        "changed-its-name-to",
        "In 2001 the Shanghai Five changed its name to the Shanghai Cooperation Organisation.",
        [_triple("shanghai-cooperation-organisation", "predecessor", "shanghai-five")],
    ),
    (
        "was-rebranded-as",
        "The Shanghai Five was rebranded as the Shanghai Cooperation Organisation in 2001.",
        [_triple("shanghai-cooperation-organisation", "predecessor", "shanghai-five")],
    ),
    # summits a city hosts; the rotating chairmanship of the organisation under discussion
    (
        "city-hosts-summit-of-org",
        "Bishkek hosts the summit of the Collective Security Treaty Organization on 14 October "
        "2022.",
        [
            _node(
                "Summit", organisation=["csto"], heldIn=["bishkek"], startDate=[_date("2022-10-14")]
            )
        ],
    ),
    (
        "city-hosted-nth-org-summit-on-topic",
        "Tashkent hosted the first SCO Summit on Energy on 5–6 May 2021.",
        [
            _node(
                "Summit",
                organisation=["shanghai-cooperation-organisation"],
                heldIn=["tashkent"],
                startDate=[_date("2021-05-05")],
                endDate=[_date("2021-05-06")],
            )
        ],
    ),
    (
        "took-over-the-rotating-chairmanship",
        "The Collective Security Treaty Organization met in Minsk. Armenia took over the rotating "
        "presidency in 2023.",
        [
            _triple("csto", "chairedBy", "arm"),
            _node("Chairmanship", organisation=["csto"], chair=["arm"], year=[_date("2023")]),
        ],
    ),
    # second block: "is in O", "has N members, among them|including ...", "the first ... to
    # join O", an adverb before "takes part in P", "the P of the O", a meeting under a chair
    (
        "state-is-in-the-organisation",
        "Serbia is in the Council of Europe but not the European Union.",
        [_triple("srb", "memberOf", "council-of-europe")],
    ),
    (
        "org-has-members-among-them",
        "The Council of Europe has 46 member states, among them Armenia, Azerbaijan and Georgia.",
        [
            _triple("arm", "memberOf", "council-of-europe"),
            _triple("geo", "memberOf", "council-of-europe"),
        ],
    ),
    (
        "org-has-members-including",
        "ASEAN has ten members, including Vietnam and Laos.",
        [_triple("vnm", "memberOf", "asean"), _triple("lao", "memberOf", "asean")],
    ),
    (
        "became-first-to-join",
        "In 2004 Cyprus became the first divided island state to join the European Union.",
        [_member("cyp", "european-union", "2004")],
    ),
    (
        "adverb-takes-part-in-programme",
        "Serbia nevertheless takes part in NATO's Partnership for Peace.",
        [
            _triple("srb", "participatesInProgramme", "partnership-for-peace"),
            _triple("partnership-for-peace", "programmeOf", "nato"),
        ],
    ),
    (
        "programme-of-the-org",
        "Kazakhstan joined the Country Programme of the OECD in 2015.",
        [_triple("country-programme", "programmeOf", "oecd")],
    ),
    (
        "meeting-held-under-state-chairmanship",
        "Leaders of the Collective Security Treaty Organization met in Minsk. The summit, held in "
        "Minsk on 23 November 2023 under Belarus's chairmanship, adopted a declaration.",
        [_node("Summit", organisation=["csto"], heldIn=["minsk"], startDate=[_date("2023-11-23")])],
    ),
    (
        "held-under-state-chairmanship",
        "Leaders of the Collective Security Treaty Organization met in Minsk. The summit, held in "
        "Minsk on 23 November 2023 under Belarus's chairmanship, adopted a declaration.",
        [_triple("csto", "chairedBy", "blr")],
    ),
    # shared subject (gapping.py): a verb phrase after "and" with its own fronted date
    (
        "joined-organisation+shared-subject",
        "Armenia joined the CSTO in 2002 and in 2015 acceded to the Eurasian Economic Union.",
        [_member("arm", "eaeu", "2015")],
    ),
    # third block: an adverb (or a dash apposition's closing dash) before "admitted", "O now
    # includes X", "O's extraordinary|anniversary summit was held in C on D"
    (
        "adverb-admitted-to",
        "The three Baltic states – Estonia, Latvia and Lithuania – were all admitted to the United "
        "Nations on 17 September 1991.",
        [
            _member("est", "united-nations", "1991-09-17"),
            _member("ltu", "united-nations", "1991-09-17"),
        ],
    ),
    (
        "org-now-includes",
        "The European Union now includes Croatia.",
        [_triple("hrv", "memberOf", "european-union")],
    ),
    (
        "org-kind-of-summit-held",
        "NATO's extraordinary summit was held in Brussels on 24 March 2022.",
        [
            _node(
                "Summit",
                organisation=["nato"],
                heldIn=["brussels"],
                startDate=[_date("2022-03-24")],
            )
        ],
    ),
    # a subject gap continues a chairmanship (gapping.jsonl)
    (
        "state-chaired+subject-gap",
        "Estonia chaired the Council of Europe in 2008, and Latvia in 2009.",
        [
            _triple("council-of-europe", "chairedBy", "lva"),
            _node(
                "Chairmanship",
                organisation=["council-of-europe"],
                chair=["lva"],
                year=[_date("2009")],
            ),
        ],
    ),
    # fourth block: wordings of reference books and ministries
    (
        "holds-membership-in",
        "Mongolia holds membership in the OSCE.",
        [_triple("mng", "memberOf", "osce")],
    ),
    (
        "possessive-membership-began",
        "Georgia's membership in the WTO began in 2000.",
        [_member("geo", "wto", "2000")],
    ),
    (
        "granted-membership-in",
        "Montenegro was granted membership in NATO on 5 June 2017.",
        [_member("mne", "nato", "2017-06-05")],
    ),
    (
        "has-belonged-since",
        "Armenia has belonged to the Council of Europe since 2001.",
        [_member("arm", "council-of-europe", "2001")],
    ),
    (
        "org-consists-of-states",
        "ASEAN brings together Vietnam, Laos and Cambodia.",
        [_triple("vnm", "memberOf", "asean"), _triple("khm", "memberOf", "asean")],
    ),
    (
        "helped-found",
        "Indonesia helped found ASEAN in 1967.",
        [_member("idn", "asean", "1967", cls="FoundingMembership")],
    ),
    (
        "was-the-chair-of",
        "Finland was the chair of the OSCE in 2008.",
        [
            _triple("osce", "chairedBy", "fin"),
            _node("Chairmanship", organisation=["osce"], chair=["fin"], year=[_date("2008")]),
        ],
    ),
    (
        "took-the-helm-of",
        "Poland took the helm of the OSCE in 2022.",
        [_triple("osce", "chairedBy", "pol")],
    ),
    (
        "leaders-of-org-met-in-city",
        "Leaders of the CSTO gathered in Yerevan on 23 November 2022.",
        [
            _node(
                "Summit", organisation=["csto"], heldIn=["yerevan"], startDate=[_date("2022-11-23")]
            )
        ],
    ),
    # fifth block; an object continuation past a relative clause (gapping.py)
    (
        "leaders-of-org-opened-summit-in-city",
        "Leaders of the CSTO held their annual summit in Yerevan on 23 November 2022.",
        [
            _node(
                "Summit", organisation=["csto"], heldIn=["yerevan"], startDate=[_date("2022-11-23")]
            )
        ],
    ),
    (
        "member-since+object-gap",
        "Norway and Iceland are members of NATO, which was founded on American initiative, and of "
        "the Council of Europe.",
        [
            _triple("nor", "memberOf", "council-of-europe"),
            _triple("isl", "memberOf", "council-of-europe"),
        ],
    ),
    # sixth block
    (
        "state-is-part-of-org",
        "Armenia has been part of the Eurasian Economic Union since 2015.",
        [_member("arm", "eaeu", "2015")],
    ),
    (
        "won-admission-to",
        "Georgia won admission to the Council of Europe in 1999.",
        [_member("geo", "council-of-europe", "1999")],
    ),
    (
        "org-welcomed-as-nth-member",
        "NATO welcomed Montenegro as its 29th member in 2017.",
        [_member("mne", "nato", "2017")],
    ),
    (
        "org-expanded-to-include",
        "ASEAN expanded to include Cambodia in 1999.",
        [_member("khm", "asean", "1999")],
    ),
    (
        "city-was-venue-of-summit",
        "Minsk was the venue of the CSTO summit on 23 November 2023.",
        [_node("Summit", organisation=["csto"], heldIn=["minsk"], startDate=[_date("2023-11-23")])],
    ),
    (
        "city-was-venue-of-summit-of-org",
        "Yerevan was the venue for the summit of the CSTO on 23 November 2022.",
        [
            _node(
                "Summit", organisation=["csto"], heldIn=["yerevan"], startDate=[_date("2022-11-23")]
            )
        ],
    ),
    (
        "established-on-the-basis-of",
        "The SCO was set up in 2001 on the basis of the Shanghai Five.",
        [_triple("shanghai-cooperation-organisation", "predecessor", "shanghai-five")],
    ),
    (
        "gave-way-to",
        "The CSCE gave way to the OSCE in 1995.",
        [_triple("osce", "predecessor", "csce")],
    ),
    (
        "org-numbers-participating-states",
        "The OSCE today numbers 57 participating States.",
        [_triple("osce", "participatingStateCount", ("57", "xsd:integer"))],
    ),
    (
        "org-which-has-members-count",
        "ASEAN, which has ten members, met in Jakarta.",
        [
            _node(
                "CountFigure",
                countedIn=["asean"],
                countOf=[("members", "xsd:string")],
                count=[("10", "xsd:integer")],
            )
        ],
    ),
    (
        "org-has-grown-to-members",
        "NATO has grown to 32 members.",
        [
            _node(
                "CountFigure",
                countedIn=["nato"],
                countOf=[("members", "xsd:string")],
                count=[("32", "xsd:integer")],
            )
        ],
    ),
    # seventh block
    (
        "org-leaders-met-in-city",
        "CSTO leaders met in Minsk on 23 November 2023 for their annual summit.",
        [_node("Summit", organisation=["csto"], heldIn=["minsk"], startDate=[_date("2023-11-23")])],
    ),
    (
        "dated-org-summit-in-city",
        "The 2023 CSTO summit in Minsk adopted a declaration.",
        [_node("Summit", organisation=["csto"], heldIn=["minsk"], startDate=[_date("2023")])],
    ),
    (
        "state-accession-was-completed",
        "Montenegro's accession to NATO was completed on 5 June 2017.",
        [_member("mne", "nato", "2017-06-05")],
    ),
    (
        "org-chairmanship-was-held-by",
        "The OSCE chairmanship was held by Finland in 2008.",
        [_triple("osce", "chairedBy", "fin")],
    ),
    (
        "chairmanship-of-org-was-held-by",
        "The chairmanship of the CSTO was held by Belarus in 2023.",
        [_node("Chairmanship", organisation=["csto"], chair=["blr"], year=[_date("2023")])],
    ),
    # eighth block
    (
        "org-bracket-formerly",
        "Georgia joined the OSCE (formerly the CSCE) in 1992.",
        [_triple("osce", "predecessor", "csce")],
    ),
    (
        "org-apposition-now",
        "Albania joined the CSCE, now the OSCE, in 1991.",
        [_triple("osce", "predecessor", "csce")],
    ),
    (
        "org-bracket-now",
        "Albania joined the CSCE (now the OSCE) in 1991.",
        [_triple("osce", "predecessor", "csce")],
    ),
    (
        "state-possessive-dated-org-chairmanship",
        "Finland's 2008 OSCE chairmanship ended in Helsinki.",
        [_node("Chairmanship", organisation=["osce"], chair=["fin"], year=[_date("2008")])],
    ),
]

# (rule, sentence, what no fact may name)
NEGATIVES = [
    (
        "joined-organisation+companions",
        "Estonia joined the European Union on 1 May 2004, along with a wave of eight other states.",
        "lva",
    ),
    (
        "joined-organisation+companions",
        "Lithuania joined NATO in 2004, together with Romania's army.",
        "rou",
    ),
    (
        "became-member-of+companions",
        "Poland became a member of NATO in 1999 together with ASEAN's support.",
        "'asean', 'kz:memberOf'",
    ),
    (
        "one-of-the-founders-of+companions",
        "Latvia probably was one of the founding members of ASEAN, alongside Estonia.",
        "est",
    ),
    (
        "becomes-member-of",
        "If Serbia becomes a member of the European Union, trade will grow.",
        "memberOf",
    ),
    (
        "became-participating-state-of",
        "In the same year Albania became a participating State of the OSCE.",
        "Membership",
    ),
    ("joins-organisation", "Sweden joins NATO's exercises in 2024.", "memberOf"),
    ("is-admitted-to", "Whether Kosovo is admitted to the United Nations is unclear.", "memberOf"),
    (
        "admitted-to-as-its-nth-member",
        "Montenegro was never admitted to the United Nations as its 192nd member.",
        "memberOf",
    ),
    (
        "becomes-nth-member-of",
        "South Sudan becomes the 193rd member of the United Nations' staff union.",
        "memberOf",
    ),
    (
        "began-term-as-member-of",
        "Monaco began its term as a member of the Council of Europe's committee.",
        "memberOf",
    ),
    (
        "belong-to-both",
        "Norway and Iceland want to belong to both NATO and the Council of Europe.",
        "memberOf",
    ),
    (
        "which-was-renamed",
        "Albania joined the Conference on Security and Co-operation in Europe, which was renamed "
        "in 1995 after long talks.",
        "predecessor",
    ),
    ("renamed-apposition", "The Shanghai Five, renamed by the press, met in 1996.", "predecessor"),
    (
        "which-became-the-organisation",
        "The Shanghai Five, which became the SCO's core in 2001, met in Shanghai.",
        "predecessor",
    ),
    (
        "changed-its-name-to",
        "The Shanghai Five changed its name to the SCO's former title.",
        "predecessor",
    ),
    ("was-rebranded-as", "The Shanghai Five was rebranded as the SCO summit.", "predecessor"),
    (
        "city-hosts-summit-of-org",
        "If Bishkek hosts the summit of the Collective Security Treaty Organization in 2026, "
        "Russia will attend.",
        "Summit",
    ),
    (
        "city-hosted-nth-org-summit-on-topic",
        "Tashkent has never hosted the first SCO Summit on Energy.",
        "Summit",
    ),
    (
        "took-over-the-rotating-chairmanship",
        "The CSTO met in Minsk. Armenia took over the rotating presidency of the Council of "
        "Europe's committee.",
        "chairedBy",
    ),
    ("state-is-in-the-organisation", "Serbia is not in the European Union.", "memberOf"),
    ("state-is-in-the-organisation", "Serbia is in the European Union's waiting room.", "memberOf"),
    (
        "org-has-members-among-them",
        "The Council of Europe has 46 member states, among them Armenia's neighbours.",
        "memberOf",
    ),
    (
        "org-has-members-including",
        "ASEAN has ten members, including Vietnam's neighbours.",
        "memberOf",
    ),
    (
        "became-first-to-join",
        "Cyprus was not the first state to join the European Union.",
        "memberOf",
    ),
    (
        "adverb-takes-part-in-programme",
        "Serbia nevertheless takes part in NATO's exercises.",
        "participatesInProgramme",
    ),
    ("programme-of-the-org", "The Country Programme of Kazakhstan was discussed.", "programmeOf"),
    (
        "meeting-held-under-state-chairmanship",
        "Leaders of the Collective Security Treaty Organization met. The meeting, held in Minsk "
        "under the chairmanship of Belarus's prime minister, adopted a plan.",
        "Summit",
    ),
    (
        "held-under-state-chairmanship",
        "Leaders of the Collective Security Treaty Organization met. The meeting, held in Minsk "
        "under the chairmanship of Belarus's prime minister, adopted a plan.",
        "chairedBy",
    ),
    (
        "joined-organisation+shared-subject",
        "Armenia joined the CSTO in 2002 and in 2015 and 2016 acceded to the Eurasian Economic "
        "Union.",
        "eaeu",
    ),
    (
        "joined-organisation+shared-subject",
        "Armenia joined the CSTO in 2002 and in 2015 acceded to the Eurasian Economic Union in "
        "2016.",
        "eaeu",
    ),
    (
        "adverb-admitted-to",
        "Estonia was never formally admitted to the United Nations' staff college.",
        "memberOf",
    ),
    (
        "org-now-includes",
        "The European Union now includes Croatia's ports in its plans.",
        "memberOf",
    ),
    ("org-kind-of-summit-held", "NATO's extraordinary summit was held in secret.", "Summit"),
    (
        "state-chaired+subject-gap",
        "Estonia chaired the Council of Europe in 2008, and Latvia in 2009 and 2010.",
        "lva",
    ),
    ("holds-membership-in", "Mongolia holds no membership in the OSCE.", "memberOf"),
    (
        "possessive-membership-began",
        "Georgia's membership of the CIS was suspended in 2009.",
        "memberOf",
    ),
    (
        "granted-membership-in",
        "Montenegro was never granted membership in NATO's planning group.",
        "memberOf",
    ),
    (
        "has-belonged-since",
        "Armenia has belonged to the Council of Europe's Venice group since 2001.",
        "memberOf",
    ),
    ("org-consists-of-states", "ASEAN consists of Vietnam's allies.", "memberOf"),
    ("helped-found", "Indonesia helped found ASEAN's secretariat in 1976.", "FoundingMembership"),
    ("was-the-chair-of", "Finland was chair of the OSCE's committee in 2008.", "chairedBy"),
    ("took-the-helm-of", "Poland took the helm of the OSCE's mission in 2022.", "chairedBy"),
    (
        "leaders-of-org-met-in-city",
        "Foreign ministers of the CSTO gathered in Yerevan on 23 November 2022.",
        "Summit",
    ),
    (
        "leaders-of-org-opened-summit-in-city",
        "Leaders of the CSTO discussed a summit in Yerevan.",
        "Summit",
    ),
    (
        "member-since+object-gap",
        "Norway is a member of NATO, which was founded in 1949, and of the Council of Europe.",
        "council-of-europe",
    ),
    (
        "member-since+object-gap",
        "Norway is a member of NATO, which Iceland joined, and Sweden of the Council of Europe.",
        "council-of-europe",
    ),
    ("state-is-part-of-org", "Armenia is not part of the European Union.", "memberOf"),
    ("won-admission-to", "Georgia never won admission to NATO's planning group.", "memberOf"),
    ("org-welcomed-as-nth-member", "NATO welcomed Montenegro's minister as its guest.", "memberOf"),
    (
        "org-expanded-to-include",
        "ASEAN expanded to include Cambodia's ports in its plan.",
        "memberOf",
    ),
    ("city-was-venue-of-summit", "Minsk was the venue of the CSTO exercises in 2023.", "Summit"),
    (
        "city-was-venue-of-summit-of-org",
        "Yerevan was never the venue for the summit of the CSTO.",
        "Summit",
    ),
    (
        "established-on-the-basis-of",
        "The SCO was set up on the basis of the Shanghai Five's agreements.",
        "predecessor",
    ),
    ("gave-way-to", "The CSCE gave way to the OSCE's critics in 1995.", "predecessor"),
    (
        "org-numbers-participating-states",
        "In 1992 the OSCE numbered 51 participating States.",
        "participatingStateCount",
    ),
    (
        "org-which-has-members-count",
        "In 1995 ASEAN, which had seven members, met in Bangkok.",
        "CountFigure",
    ),
    ("org-has-grown-to-members", "By 2004 NATO had grown to 26 members.", "CountFigure"),
    ("org-leaders-met-in-city", "CSTO defence leaders met in Minsk on 23 November 2023.", "Summit"),
    (
        "org-leaders-met-in-city",
        "CSTO leaders met in Minsk on 28 November 2019 for talks before the summit.",
        "Summit",
    ),
    (
        "leaders-of-org-met-in-city",
        "Leaders of the CSTO gathered in Yerevan on 22 November 2022 ahead of the summit.",
        "Summit",
    ),
    ("dated-org-summit-in-city", "The planned 2025 CSTO summit in Minsk was discussed.", "Summit"),
    (
        "state-accession-was-completed",
        "Montenegro's accession to NATO was blocked in 2012.",
        "memberOf",
    ),
    (
        "org-chairmanship-was-held-by",
        "The OSCE chairmanship was held by Finland's foreign minister.",
        "chairedBy",
    ),
    (
        "chairmanship-of-org-was-held-by",
        "The chairmanship of the CSTO's council was held by Belarus in 2023.",
        "chairedBy",
    ),
    (
        "org-bracket-formerly",
        "Georgia joined the OSCE (formerly a CSCE observer) in 1992.",
        "predecessor",
    ),
    (
        "org-apposition-now",
        "Albania joined the CSCE, now the OSCE's partner, in 1991.",
        "predecessor",
    ),
    ("org-bracket-now", "Albania joined the CSCE (now the OSCE's partner) in 1991.", "predecessor"),
    (
        "state-possessive-dated-org-chairmanship",
        "Finland's 2008 OSCE observers ended their work.",
        "chairedBy",
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
