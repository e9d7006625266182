"""Memberships stated from the organisation's side and by enumeration, session 8 (brief MEMLIST):
"O's [five] [current|permanent] members are A, B and C" (and "Its ..." at a sentence start, "the
members of O are ..."), "A, B and C are its members", "X is one of its members", "A and B had
joined it in D1, and C followed in D2", a generic object expanded by a list ("A and B belong to
a number of international organisations, including O1 and O2"), "X also belongs to O", the
organisation's make-up ("Its membership comprises ...", "O is made up of ...", "O, comprising
..., ...", "O groups together ..."), and the references such lists meet ("; both are members",
", but both ...", "All three are members"). Each rule with sentences in other wording and with
other entities than the corpus sentences that suggested them (blind21's CSTO, blind23's Canada,
blind26's fact sheet, blind29's OIC), and look-alikes that must give nothing of that kind."""

from __future__ import annotations

from functools import partial

import pytest
from fact_cases import assert_gives, assert_gives_nothing, assert_paired, extract, triples_of
from fact_cases import member as _member
from fact_cases import triple as _triple

_extract = partial(extract, stem="member-lists-s8-test")


def _in(org: str, *states: str) -> list:
    return [_triple(state, "memberOf", org) for state in states]


# (rule, sentence, facts it must give)
POSITIVES = [
    (
        "ml-org-members-are-list",
        "The Council of Europe was set up in 1949. Its present members are Norway, Iceland "
        "and Turkey, although Turkey froze its contribution in 2017.",
        _in("council-of-europe", "nor", "isl", "tur"),
    ),
    (
        "ml-org-members-include-list",
        "The Council of Europe was set up in 1949. Its 46 members include Norway and Iceland, "
        "and Russia left it in 2022.",
        _in("council-of-europe", "nor", "isl"),
    ),
    (
        "ml-org-possessive-some-members-include-list",
        "The Arab League's current members include Morocco, Egypt and Jordan, although Syria was "
        "suspended in 2011.",
        _in("arab-league", "mar", "egy", "jor"),
    ),
    (
        "ml-org-members-are-list",
        "The Gulf Cooperation Council's six members are Bahrain, Kuwait, Oman, Qatar, Saudi Arabia "
        "and the United Arab Emirates.",
        _in("gulf-cooperation-council", "bhr", "kwt", "omn", "qat", "sau", "are"),
    ),
    (
        "ml-org-members-are-list",
        "Ukraine applied to join the European Free Trade Association. The bloc's members are "
        "Norway, Iceland, Liechtenstein and Switzerland.",
        _in("efta", "nor", "isl", "lie", "che"),
    ),
    (
        "ml-org-participating-states-are-list",
        "The OSCE's participating states include Mongolia, Canada and Georgia.",
        _in("osce", "mng", "can", "geo"),
    ),
    (
        "ml-members-of-org-are-list",
        "The four members of the Visegrad Group are Poland, Hungary, Czechia and Slovakia, and "
        "Austria left talks on joining in 2015.",
        _in("visegrad-group", "pol", "hun", "cze", "svk"),
    ),
    (
        "ml-states-are-its-members",
        "Mercosur was created in 1991 by the Treaty of Asuncion. Argentina, Brazil, Paraguay and "
        "Uruguay are its full members.",
        _in("mercosur", "arg", "bra", "pry", "ury"),
    ),
    (
        "ml-state-is-one-of-its-members",
        "The Arab League was founded in Cairo in 1945. Morocco is one of its 22 members.",
        _in("arab-league", "mar"),
    ),
    (
        "ml-had-joined-it",
        "Hungary entered the Organisation for Economic Co-operation and Development in 1996. "
        "Mexico had joined it in 1994, and Chile followed in 2010.",
        [_member("mex", "oecd", "1994"), _member("chl", "oecd", "2010")],
    ),
    (
        "ml-belong-to-organisations-including",
        "Norway and Chile belong to several of the same multilateral bodies, including the United "
        "Nations, the Organisation for Economic Co-operation and Development and the World Trade "
        "Organization.",
        _in("united-nations", "nor", "chl") + _in("oecd", "nor", "chl") + _in("wto", "nor", "chl"),
    ),
    (
        "ml-belong-to-organisations-such-as",
        "Peru also belongs to many regional organisations, such as Asia-Pacific Economic "
        "Cooperation and the Organization of American States.",
        _in("apec", "per") + _in("organization-of-american-states", "per"),
    ),
    (
        "ml-members-of-organisations-including",
        "Georgia is a member of numerous international organisations, including the Council of "
        "Europe and GUAM.",
        _in("council-of-europe", "geo") + _in("guam", "geo"),
    ),
    (
        "ml-members-of-organisations-such-as",
        "Peru is a member of dozens of international organizations, such as the International "
        "Monetary Fund and the Asian Development Bank.",
        _in("imf", "per") + _in("adb", "per"),
    ),
    (
        "ml-also-belongs-to",
        "Mongolia also belongs to the Asian Development Bank, which Turkmenistan does not.",
        _in("adb", "mng"),
    ),
    (
        "ml-org-membership-comprises",
        "The Economic Cooperation Organization dates from 1985. Its membership comprises Iran, "
        "Pakistan, Turkey and Afghanistan.",
        _in("economic-cooperation-organization", "irn", "pak", "tur", "afg"),
    ),
    (
        "ml-org-is-made-up-of",
        "GUAM is made up of Georgia, Ukraine, Azerbaijan and Moldova.",
        _in("guam", "geo", "ukr", "aze", "mda"),
    ),
    (
        "ml-org-apposition-made-up-of",
        "The Visegrad Group, made up of Poland, Hungary, Czechia and Slovakia, met in Prague.",
        _in("visegrad-group", "pol", "hun", "cze", "svk"),
    ),
    (
        "ml-org-groups-together",
        "The Gulf Cooperation Council groups together Bahrain, Kuwait and Oman.",
        _in("gulf-cooperation-council", "bhr", "kwt", "omn"),
    ),
    (
        "ml-org-members-apposition-list",
        "Mercosur was created in 1991. Its full members, Argentina, Brazil, Paraguay and Uruguay, "
        "met in Montevideo in 2019.",
        _in("mercosur", "arg", "bra", "pry", "ury"),
    ),
    (
        "ml-the-members-are-list",
        "The Visegrad Group dates from 1991. The members are Poland, Hungary, Czechia and "
        "Slovakia.",
        _in("visegrad-group", "pol", "hun", "cze", "svk"),
    ),
    (
        "ml-states-make-up-org",
        "Georgia, Ukraine, Azerbaijan and Moldova together make up GUAM.",
        _in("guam", "geo", "ukr", "aze", "mda"),
    ),
]

# (rule, sentence, what no fact may name)
NEGATIVES = [
    # lesser, past or future members, and the members of something else
    (
        "ml-org-members-are-list",
        "The Council of Europe was set up in 1949. Its observers are Canada, Japan and Mexico.",
        "memberOf",
    ),
    (
        "ml-org-members-are-list",
        "The Council of Europe was set up in 1949. Its former members were Russia and Belarus.",
        "memberOf",
    ),
    (
        "ml-org-members-are-list",
        "The Council of Europe was set up in 1949. Its would-be members are Belarus and Serbia.",
        "memberOf",
    ),
    (
        "ml-org-members-are-list",
        "The Council of Europe was set up in 1949. Its partners include Morocco and Jordan.",
        "memberOf",
    ),
    (
        "ml-org-members-are-list",
        "The Council of Europe was set up in 1949. Its member states' envoys met Morocco's "
        "foreign minister.",
        "memberOf",
    ),
    (
        "ml-org-members-include-list",
        "The Council of Europe was set up in 1949. Its aspiring members include Belarus and "
        "Serbia.",
        "memberOf",
    ),
    (
        "ml-org-possessive-some-members-include-list",
        "The Arab League's former members include Libya and Syria.",
        "memberOf",
    ),
    (
        "ml-org-participating-states-are-list",
        "The OSCE's partner states include Mongolia's neighbour Japan and Thailand.",
        "memberOf",
    ),
    (
        "ml-members-of-org-are-list",
        "The members of the OSCE delegation were Canadian and Georgian diplomats from Canada and "
        "Georgia.",
        "memberOf",
    ),
    (
        "ml-members-of-org-are-list",
        "The candidates for membership of the European Union are Albania, Serbia and Montenegro.",
        "memberOf",
    ),
    (
        "ml-states-are-its-members",
        "The Council of Europe was set up in 1949. Canada and Japan are its observers.",
        "memberOf",
    ),
    (
        "ml-states-are-its-members",
        "The Council of Europe was set up in 1949. Canada and Japan are its members' main "
        "partners.",
        "memberOf",
    ),
    (
        # "its" after a company named later: not the organisation named before it
        "ml-states-are-its-members",
        "Kazakhstan joined the Asian Development Bank in 1994. KazMunayGas was founded in 2002. "
        "Russia and Oman are its members.",
        "rus",
    ),
    (
        "ml-state-is-one-of-its-members",
        "The Arab League was founded in Cairo in 1945. Morocco is one of its founding members.",
        "kz:memberOf",
    ),
    (
        "ml-had-joined-it",
        "Hungary signed the Energy Charter Treaty in 1994. Mexico followed the talks in 1995.",
        "mex",
    ),
    (
        "ml-had-joined-it",
        "Hungary joined the OECD in 1996, and Chile followed suit in criticising the plan.",
        "chl",
    ),
    (
        # "it" after a treaty named since the organisation: the treaty, not the organisation
        "ml-had-joined-it",
        "Hungary entered the OECD in 1996. The Paris Agreement was signed in 2016. Mexico had "
        "joined it in 2016.",
        "'mex', 'kz:memberOf'",
    ),
    (
        "ml-belong-to-organisations-including",
        "Norway cooperates with a number of international organisations, including the United "
        "Nations and the World Trade Organization.",
        "memberOf",
    ),
    (
        "ml-belong-to-organisations-such-as",
        "Peru has applied to join several regional organisations, such as Asia-Pacific Economic "
        "Cooperation.",
        "memberOf",
    ),
    (
        "ml-members-of-organisations-including",
        "Georgia is an observer in several international organisations, including the Shanghai "
        "Cooperation Organisation.",
        "memberOf",
    ),
    (
        "ml-members-of-organisations-such-as",
        "Georgia is a member of several bodies of the United Nations, such as UNESCO.",
        "memberOf",
    ),
    (
        "ml-also-belongs-to",
        "Mongolia also belongs to the Asian Development Bank's board of lenders' clubs' critics.",
        "memberOf",
    ),
    (
        "ml-org-membership-comprises",
        "Iran values its membership of the Economic Cooperation Organization.",
        "memberOf",
    ),
    (
        "ml-org-is-made-up-of",
        "GUAM is made up of four secretariats and was made up of Georgia and Ukraine until 1999.",
        "memberOf",
    ),
    (
        "ml-org-apposition-made-up-of",
        "The Visegrad Group, made up of Poland and Hungary's ministers, met in Prague.",
        "memberOf",
    ),
    (
        "ml-org-groups-together",
        "The Gulf Cooperation Council gathers together Bahrain's and Kuwait's ministers.",
        "memberOf",
    ),
    (
        "ml-org-members-apposition-list",
        "Mercosur was created in 1991. Its former members, Venezuela and Bolivia, met in Lima.",
        "memberOf",
    ),
    (
        "ml-org-members-apposition-list",
        "Mercosur was created in 1991. Its members, such as Argentina and Brazil, met in Lima.",
        "memberOf",
    ),
    (
        "ml-the-members-are-list",
        "The Visegrad Group dates from 1991. The members of the delegation are Poland and Hungary.",
        "memberOf",
    ),
    (
        # "the members" after a company: not the group named before it
        "ml-the-members-are-list",
        "The Visegrad Group dates from 1991. KazMunayGas was founded in 2002. The members are "
        "Poland and Hungary.",
        "memberOf",
    ),
    (
        "ml-states-make-up-org",
        "Georgia and Ukraine make up most of GUAM's trade.",
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


def test_members_of_institutions_among_them(scoring):
    """ "Both countries" is the text's pair; the list after "among them" their organisations."""
    _, facts = _extract(
        "Chile and Peru signed a trade pact in 2006. Both countries are members of a number of "
        "international institutions, among them the Asian Development Bank and the International "
        "Monetary Fund.",
        scoring,
    )
    wanted = {("chl", "kz:memberOf", "adb"), ("per", "kz:memberOf", "adb"),
              ("chl", "kz:memberOf", "imf"), ("per", "kz:memberOf", "imf")}  # fmt: skip
    assert wanted <= triples_of(facts), facts


def test_its_members_is_the_nearest_body(scoring):
    """ "its" is the organisation named last, not the one under discussion before it."""
    _, facts = _extract(
        "The Economic Cooperation Organization dates from 1985. The Gulf Cooperation Council "
        "followed in 1981; Bahrain and Kuwait are its members.",
        scoring,
    )
    found = triples_of(facts)
    assert ("bhr", "kz:memberOf", "gulf-cooperation-council") in found, facts
    assert ("bhr", "kz:memberOf", "economic-cooperation-organization") not in found, facts


# "both" after ";" or ", but" and "all three" before a verb: the states the clause continues from
BOTH = [
    (
        "Chile and Peru have no shared river; both are members of the Asian Development Bank and "
        "the World Trade Organization.",
        {("chl", "adb"), ("per", "adb"), ("chl", "wto"), ("per", "wto")},
    ),
    (
        "Chile established relations with Peru in 1990. The two countries have no visa deal, and "
        "talks on one have stalled; both are members of the Asian Development Bank.",
        {("chl", "adb"), ("per", "adb")},
    ),
    (
        "Chile and Peru quarrel over fishing, but both joined the Asian Development Bank in 1966.",
        {("chl", "adb"), ("per", "adb")},
    ),
    (
        "Georgia, Moldova and Ukraine signed a charter in 1997. All three are members of the "
        "Council of Europe.",
        {("geo", "council-of-europe"), ("mda", "council-of-europe"), ("ukr", "council-of-europe")},
    ),
    (
        "Chile and Peru settled their sea border in 2014. They are both members of the Asian "
        "Development Bank.",
        {("chl", "adb"), ("per", "adb")},
    ),
    (
        "Chile and Peru settled their sea border in 2014, and they both belong to the Asian "
        "Development Bank.",
        {("chl", "adb"), ("per", "adb")},
    ),
    (
        "Georgia, Moldova and Ukraine signed a charter in 1997. All three of them are members of "
        "the Council of Europe.",
        {("geo", "council-of-europe"), ("mda", "council-of-europe"), ("ukr", "council-of-europe")},
    ),
]

BOTH_NOTHING = [
    # three states before "; both": whose pair is not said
    "Chile, Peru and Bolivia have no treaty; both are members of the Asian Development Bank.",
    # two pairs before it
    "Chile and Peru signed a pact with Bolivia and Ecuador; both are members of the Asian "
    "Development Bank.",
    # "they" without "both": whose is not said; "they both" or "both of them" after three states
    "Chile and Peru settled their sea border in 2014. They are members of the Asian Development "
    "Bank.",
    "Chile, Peru and Bolivia met in 2014. They are both members of the Asian Development Bank.",
    "Chile, Peru and Bolivia met in 2014. Both of them are members of the Asian Development Bank.",
    # "all three" after two lists of three
    "Georgia, Moldova and Ukraine met. Chile, Peru and Bolivia met too. Mexico, Cuba and Panama "
    "sent envoys; Spain, Italy and Malta wrote. All three are members of the Council of Europe.",
]


@pytest.mark.parametrize(("text", "wanted"), BOTH)
def test_both_after_a_clause(scoring, text, wanted):
    _, facts = _extract(text, scoring)
    found = {(s, o) for s, p, o in triples_of(facts) if p == "kz:memberOf"}
    assert wanted <= found, facts


@pytest.mark.parametrize("text", BOTH_NOTHING)
def test_both_with_no_one_pair(scoring, text):
    _, facts = _extract(text, scoring)
    assert not [f for f in facts if "memberOf" in repr(f) or "Membership" in repr(f)], facts


def test_non_breaking_hyphen_in_a_name(scoring):
    """U+2011 inside "Co-operation" is a hyphen: the gazetteer's name, not "Organization for
    Security" minted."""
    _, facts = _extract(
        "Mongolia and Canada belong to several international organisations, including the "
        "Organization for Security and Co\u2011operation in Europe.",
        scoring,
    )
    found = triples_of(facts)
    assert {("mng", "kz:memberOf", "osce"), ("can", "kz:memberOf", "osce")} <= found, facts
    assert "organization-for-security" not in repr(facts).replace("-and-co", ""), facts


# "A joined O in D1; B followed in D2": a pro-form after a semicolon is a clause of its own
SEMICOLON_PRO_FORMS = [
    (
        "Hungary entered the Organisation for Economic Co-operation and Development in 1996; "
        "Chile followed in 2010.",
        [_member("hun", "oecd", "1996"), _member("chl", "oecd", "2010")],
    ),
    (
        "The Arab League was founded in Cairo in 1945. Algeria had joined it in 1962; Morocco did "
        "the same in 1958.",
        [_member("dza", "arab-league", "1962"), _member("mar", "arab-league", "1958")],
    ),
]

SEMICOLON_NOTHING = [
    # another verb, a lesser status or a deed of another kind: not the membership again
    ("Hungary joined the OECD in 1996; Chile followed the debate in 2010.", "chl"),
    ("Hungary joined the OECD in 1996; Chile followed in 2010 as an observer.", "chl"),
    ("Hungary joined the OECD in 1996; Chile followed suit in criticising it.", "chl"),
]


@pytest.mark.parametrize(("text", "expected"), SEMICOLON_PRO_FORMS)
def test_pro_form_after_a_semicolon(scoring, text, expected):
    rules, facts = _extract(text, scoring)
    assert any(rule.endswith("+pro-form") for rule in rules), rules
    for fact in expected:
        assert fact in facts, (fact, facts)


@pytest.mark.parametrize(("text", "kind"), SEMICOLON_NOTHING)
def test_pro_form_after_a_semicolon_look_alike(scoring, text, kind):
    assert_gives_nothing(_extract(text, scoring), None, kind)
