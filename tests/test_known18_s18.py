"""Known inventions of session 17 mended generally (KNOWN18): each construction with look-alikes
that must still give their fact and look-alikes that must give none.

1. A state the text dates back ("A and B, then the member states of O,", "..., the member
   states of O at the time,") gives no present membership (syntax_guards._no_former_state,
   lexicon past-state-adverbs, past-state-phrases).
2. A state's name before up to three lowercase words and a body noun names the body ("the
   president of the Kyrgyzstan football federation" is no head of Kyrgyzstan;
   relations._names_state_body, lexicon state-named-body-nouns).
5. A target, goal, aim, plan or forecast is no figure of trade (hedges
   hedge-known18-target-for-preceding, hedge-known18-is-the-goal-next).
6. A description in a named treaty's apposition ("T, a separate treaty, was signed on D") gives
   its role to T, a treaty too, not only an actor (relations._described): the date is T's.
7. "S had N regions" is a past count, whatever date follows later (state-has-regions no longer
   takes "had", as 515025d's count rules no longer do).
8. A sentence-opening function word ("If", "Although", "Unless", "Because", "As", ...) never
   opens a typed name (lexicon name-stop-words): "If GUAM, ..." minted an organisation "if-guam".
9. A capitalised "May" after a word leading a month or a day's number, or before a number, is
   the month: FIX17B's modal guard no longer takes it for the modal (relations._month_may).
3. A bracketed length after a state that "and" or a comma joins to an earlier clause's list,
   before the trigger of a clause of its own, is no length of that clause's border
   (triggers._Match._subject_bracket): "X borders Y (L1), and A (804 km) also borders B".
4. A speech verb's bare complement clause is hedged as its "that" clause is ("Russia says A has
   diplomatic relations with B", "Russia claims the Agreement was signed by A").
"""

from __future__ import annotations

import pytest
from fact_cases import extract, named_cases

STEM = "known18"


def summary(scoring, text: str) -> set[tuple]:
    """The facts of ``text``: (s, p, o) triples, and (class, sorted property items) nodes."""
    _, facts = extract(text, scoring, stem=STEM)
    found = set()
    for fact in facts:
        if fact[0] == "triple":
            found.add(fact[1:])
        else:
            found.add((fact[1], tuple(sorted((k, tuple(v)) for k, v in fact[2].items()))))
    return found


def _member(state: str, org: str = "cis") -> tuple:
    return (state, "kz:memberOf", org)


KAZ_CIS, KGZ_CIS = _member("kaz"), _member("kgz")
KAZ_TWN = ("kaz", "kz:hasDiplomaticRelationsWith", "twn")
TREATY_KAZ = ("agreement-on-trade", "kz:signatory", "kaz")
KAZ_SCO = _member("kaz", "shanghai-cooperation-organisation")

AKAYEV_KGZ = ("askar-akayev", "kz:headOfStateOf", "kgz")


def _visit_to(destination: str):
    """A visit node's (class, property items) test: any visit to ``destination``."""
    return lambda fact: fact[0] == "kz:StateVisit" and ("kz:destination", (destination,)) in fact[1]


FOUND = {
    # 2: the head of a state
    "who_was_then_president": (
        "Askar Akayev, who was then the president of Kyrgyzstan, visited Almaty.",
        AKAYEV_KGZ,
    ),
    "who_is_president": (
        "Askar Akayev, who is president of Kyrgyzstan, visited Almaty.",
        AKAYEV_KGZ,
    ),
    "the_president_of": ("Askar Akayev, the president of Kyrgyzstan, visited Almaty.", AKAYEV_KGZ),
    "then_president_of_republic": (
        "Askar Akayev, who was then the president of the Kyrgyz Republic, visited Almaty.",
        AKAYEV_KGZ,
    ),
    # 1: a present state, or an event dated by "then"
    "states_the_member_states": (
        "Kazakhstan and Kyrgyzstan, the member states of the CIS, signed the treaty.",
        KGZ_CIS,
    ),
    "a_member_apposition": ("Kazakhstan, a member of the CIS, signed the treaty.", KAZ_CIS),
    "member_since": ("Kazakhstan, a member of the CIS since 1991, signed the treaty.", KAZ_CIS),
    "both_members": (
        "Kazakhstan and Kyrgyzstan, both members of the CIS, signed the treaty.",
        KGZ_CIS,
    ),
    "still_a_member": ("Kazakhstan, still a member of the CIS, signed the treaty.", KAZ_CIS),
    "then_became": (
        "Kazakhstan then became a member of the EAEU in 2015.",
        _member("kaz", "eaeu"),
    ),
    "and_then_became": (
        "Kazakhstan joined the WTO and then became a member of the EAEU.",
        _member("kaz", "eaeu"),
    ),
    "then_founding_member": (
        "Kazakhstan, then a founding member of the CIS, signed the treaty.",
        ("kaz", "kz:coFounderOf", "cis"),
    ),
    # 4: the text's own statement
    "relations_plain": ("Kazakhstan has diplomatic relations with Taiwan.", KAZ_TWN),
    "relations_maintains": ("Kazakhstan maintains diplomatic relations with Taiwan.", KAZ_TWN),
    "signed_plain": ("The Agreement on Trade was signed in 1995 by Kazakhstan.", TREATY_KAZ),
    "signed_relative": (
        "Russia welcomed the Agreement on Trade, which was signed in 1995 by Kazakhstan.",
        TREATY_KAZ,
    ),
    "ministry_said_after": (
        "Kazakhstan and China established diplomatic relations on 3 January 1992, the ministry"
        " said.",
        ("chn", "kz:hasDiplomaticRelationsWith", "kaz"),
    ),
    "ministry_said_before": (
        "The ministry said Kazakhstan and China established diplomatic relations on 3 January"
        " 1992.",
        ("chn", "kz:hasDiplomaticRelationsWith", "kaz"),
    ),
    "recalled_that": (
        "Tokayev recalled that the Agreement on Trade was signed in 1995 by Kazakhstan.",
        TREATY_KAZ,
    ),
}

NOT_FOUND = {
    # 2: the president of a body named after a state
    "then_president_federation": (
        "Askar Akayev, who was then the president of the Kyrgyzstan football federation,"
        " visited Almaty.",
        AKAYEV_KGZ,
    ),
    "is_president_federation": (
        "Askar Akayev, who is the president of the Kyrgyzstan football federation, visited Almaty.",
        AKAYEV_KGZ,
    ),
    "apposition_federation": (
        "Askar Akayev, the president of the Kyrgyzstan football federation, visited Almaty.",
        AKAYEV_KGZ,
    ),
    "olympic_committee": (
        "Askar Akayev, president of the Kyrgyzstan national olympic committee, visited Almaty.",
        AKAYEV_KGZ,
    ),
    "chess_union": (
        "Askar Akayev, who was then the president of the Kyrgyzstan chess union, visited Almaty.",
        AKAYEV_KGZ,
    ),
    # 1: a former state of affairs
    "then_the_member_states": (
        "Kazakhstan and Kyrgyzstan, then the member states of the CIS, signed the treaty.",
        KGZ_CIS,
    ),
    "then_the_member_states_first": (
        "Kazakhstan and Kyrgyzstan, then the member states of the CIS, signed the treaty.",
        KAZ_CIS,
    ),
    "at_the_time": (
        "Kazakhstan and Kyrgyzstan, the member states of the CIS at the time, signed the treaty.",
        KGZ_CIS,
    ),
    "at_that_time": (
        "Kazakhstan and Kyrgyzstan, the member states of the CIS at that time, signed the treaty.",
        KGZ_CIS,
    ),
    "then_a_member": ("Kazakhstan, then a member of the CIS, signed the treaty.", KAZ_CIS),
    "a_member_at_the_time": (
        "Kazakhstan, a member of the CIS at the time, signed the treaty.",
        KAZ_CIS,
    ),
    "once_a_member": ("Kazakhstan, once a member of the CIS, signed the treaty.", KAZ_CIS),
    "then_members": (
        "Kazakhstan and Kyrgyzstan, then members of the CIS, signed the treaty.",
        KGZ_CIS,
    ),
    "then_a_member_left": (
        "Georgia, then a member of the CIS, left it in 2009.",
        _member("geo"),
    ),
    "formerly_a_member": (
        "Georgia, formerly a member of the CIS, signed the treaty.",
        _member("geo"),
    ),
    # 4: another speaker's claim, with or without "that"
    "says_bare": ("Russia says Kazakhstan has diplomatic relations with Taiwan.", KAZ_TWN),
    "said_bare": ("Russia said Kazakhstan has diplomatic relations with Taiwan.", KAZ_TWN),
    "claims_bare": ("Russia claims Kazakhstan has diplomatic relations with Taiwan.", KAZ_TWN),
    "insists_bare": ("Russia insists Kazakhstan has diplomatic relations with Taiwan.", KAZ_TWN),
    "says_that": ("Russia says that Kazakhstan has diplomatic relations with Taiwan.", KAZ_TWN),
    "claims_the_signed": (
        "Russia claims the Agreement on Trade was signed in 1995 by Kazakhstan.",
        TREATY_KAZ,
    ),
    "claims_that_signed": (
        "Russia claims that the Agreement on Trade was signed in 1995 by Kazakhstan.",
        TREATY_KAZ,
    ),
    "contends_the_signed": (
        "Russia contends the Agreement on Trade was signed in 1995 by Kazakhstan.",
        TREATY_KAZ,
    ),
    "contends_joined": ("Russia contends Kazakhstan joined the SCO.", KAZ_SCO),
    "asserted_joined": ("Russia asserted Kazakhstan joined the SCO in 2001.", KAZ_SCO),
    "alleged_joined": ("Russia alleged Kazakhstan joined the SCO.", KAZ_SCO),
    "claim_founded": (
        "Critics claim the SCO was founded by Kazakhstan and China.",
        ("kaz", "kz:coFounderOf", "shanghai-cooperation-organisation"),
    ),
}


@pytest.mark.parametrize(("text", "fact"), named_cases(FOUND))
def test_the_construction_is_still_read(scoring, text, fact):
    assert fact in summary(scoring, text)


@pytest.mark.parametrize(("text", "fact"), named_cases(NOT_FOUND))
def test_the_look_alike_gives_no_such_fact(scoring, text, fact):
    assert fact not in summary(scoring, text)


VISITS_FOUND = {
    "visited_in": "Tokayev visited Kyrgyzstan in 2020.",
    "visited_last_year": "Tokayev visited Kyrgyzstan last year.",
    "state_visit_and_met": (
        "Tokayev paid a state visit to Kyrgyzstan and met the football federation."
    ),
}

VISITS_NOT_FOUND = {
    "visited_federation": "Tokayev visited the Kyrgyzstan football federation in 2020.",
    "state_visit_federation": (
        "Tokayev paid a state visit to the Kyrgyzstan football federation in 2020."
    ),
    "visited_team": "Tokayev visited the Kyrgyzstan national team in 2020.",
    "visited_pavilion": "Tokayev visited the Kyrgyzstan pavilion at Expo 2017.",
}


@pytest.mark.parametrize("text", named_cases({k: (v,) for k, v in VISITS_FOUND.items()}))
def test_a_visit_to_the_state_is_still_read(scoring, text):
    assert any(map(_visit_to("kgz"), summary(scoring, text)))


@pytest.mark.parametrize("text", named_cases({k: (v,) for k, v in VISITS_NOT_FOUND.items()}))
def test_a_visit_to_a_body_named_after_a_state_is_none(scoring, text):
    assert not any(map(_visit_to("kgz"), summary(scoring, text)))


def _trade(amount: str):
    """A test of a (class, property items) node: a trade figure of ``amount`` (in units)."""
    value = ("kz:amount", ((amount, "xsd:decimal"),))
    return lambda fact: fact[0] == "kz:TradeFigure" and value in fact[1]


TRADE_FOUND = {
    "fronted_year": ("In 2023 trade between Kazakhstan and China was $3 billion.", "3000000000"),
    "growing_trade": (
        "Growing trade between Kazakhstan and China reached $3 billion in 2023.",
        "3000000000",
    ),
    "its_trade_was": (
        "Kazakhstan's trade with Russia reached $26 billion in 2023, and its trade with Iran"
        " was $400 million in 2023.",
        "400000000",
    ),
    "target_set_then_trade": (
        "Kazakhstan and China set a target for trade of $30 billion, and trade between them"
        " was $20 billion in 2023.",
        "20000000000",
    ),
    "first_of_two_with_goal": (
        "Kazakhstan's trade with Russia reached $26 billion in 2023, and lifting its trade"
        " with Iran to $400 million in 2030 is the goal.",
        "26000000000",
    ),
}

TRADE_NOT_FOUND = {
    "target_for": (
        "In 2023 the target for trade between Kazakhstan and China was $3 billion.",
        "3000000000",
    ),
    "target_for_in_year": (
        "The target for trade between Kazakhstan and China in 2030 is $30 billion.",
        "30000000000",
    ),
    "goal_for": ("The goal for trade between Kazakhstan and China is $30 billion.", "30000000000"),
    "forecast_for": (
        "In 2023 the forecast for trade between Kazakhstan and China was $3 billion.",
        "3000000000",
    ),
    "aim_of": ("The aim of trade between Kazakhstan and China is $30 billion.", "30000000000"),
    "lifting_is_the_goal": (
        "Kazakhstan's trade with Russia reached $26 billion in 2023, and lifting its trade"
        " with Iran to $400 million in 2030 is the goal.",
        "400000000",
    ),
    "its_trade_is_the_goal": (
        "Kazakhstan's trade with Russia reached $26 billion in 2023, and its trade with Iran"
        " to $400 million in 2030 is the goal.",
        "400000000",
    ),
    "lifting_is_the_aim": (
        "Lifting trade between Kazakhstan and China to $30 billion is the aim.",
        "30000000000",
    ),
    "to_reach": (
        "Turkmenistan's trade with Russia was $1 billion in 2023, and its trade with Iran is"
        " to reach $400 million in 2030.",
        "400000000",
    ),
}


@pytest.mark.parametrize(("text", "amount"), named_cases(TRADE_FOUND))
def test_a_trade_figure_is_still_read(scoring, text, amount):
    assert any(map(_trade(amount), summary(scoring, text)))


@pytest.mark.parametrize(("text", "amount"), named_cases(TRADE_NOT_FOUND))
def test_a_target_is_no_trade_figure(scoring, text, amount):
    assert not any(map(_trade(amount), summary(scoring, text)))


def _signed_on(treaty: str) -> tuple:
    return (treaty, "kz:signingDate", ("2018-08-12", "xsd:date"))


FRIENDSHIP = "treaty-on-eternal-friendship"
UNNAMED = "treaty-2018-08-12"

DATED = {
    "separate_treaty": (
        "The Treaty on Eternal Friendship, a separate treaty, was signed on 12 August 2018.",
        FRIENDSHIP,
    ),
    "convention_separate_treaty": (
        "The Convention on the Legal Status of the Caspian Sea, a separate treaty, was signed"
        " on 12 August 2018.",
        "convention-on-the-legal-status-of-the-caspian-sea",
    ),
    "main_treaty": (
        "The Treaty on Eternal Friendship, the main treaty, was signed on 12 August 2018.",
        FRIENDSHIP,
    ),
    "landmark_treaty_place": (
        "The Treaty on Eternal Friendship, a landmark treaty, was signed in Aktau on 12 August"
        " 2018.",
        FRIENDSHIP,
    ),
    "which_is": (
        "The Treaty on Eternal Friendship, which is a separate treaty, was signed on 12 August"
        " 2018.",
        FRIENDSHIP,
    ),
    "plain": ("The Treaty on Eternal Friendship was signed on 12 August 2018.", FRIENDSHIP),
}

NOT_DATED = {
    "separate_treaty": (
        "The Treaty on Eternal Friendship, a separate treaty, was signed on 12 August 2018.",
        UNNAMED,
    ),
    "convention_separate_treaty": (
        "The Convention on the Legal Status of the Caspian Sea, a separate treaty, was signed"
        " on 12 August 2018.",
        UNNAMED,
    ),
    "main_treaty": (
        "The Treaty on Eternal Friendship, the main treaty, was signed on 12 August 2018.",
        UNNAMED,
    ),
    "landmark_treaty_signers": (
        "The Treaty on Eternal Friendship, a separate treaty, was signed in Aktau on 12 August"
        " 2018 by Kazakhstan and Russia.",
        UNNAMED,
    ),
}


@pytest.mark.parametrize(("text", "treaty"), named_cases(DATED))
def test_the_named_treaty_takes_the_date(scoring, text, treaty):
    assert _signed_on(treaty) in summary(scoring, text)


@pytest.mark.parametrize(("text", "treaty"), named_cases(NOT_DATED))
def test_the_description_takes_no_date(scoring, text, treaty):
    assert _signed_on(treaty) not in summary(scoring, text)


def _regions(count: str):
    """A test of a (class, property items) node: a count of ``count`` regions."""
    value = ("kz:count", ((count, "xsd:integer"),))
    return lambda fact: fact[0] == "kz:CountFigure" and value in fact[1]


COUNTED = {
    "has": ("Kazakhstan has 17 regions.", "17"),
    "has_and_cities": (
        "Kazakhstan has 17 regions and three cities of republican significance.",
        "17",
    ),
    "comprises": ("Kazakhstan comprises 17 regions and three cities.", "17"),
    "has_then_had": ("Kazakhstan has 17 regions, and in 2000 it had 14.", "17"),
    "has_bracket": ("Uzbekistan has 12 regions (viloyatlar) and one autonomous republic.", "12"),
}

NOT_COUNTED = {
    "had_and_cities_in_year": (
        "Kazakhstan had 14 regions and two cities of republican significance in 2000.",
        "14",
    ),
    "had_in_year": ("Kazakhstan had 14 regions in 2000.", "14"),
    "fronted_year_had": ("In 2000, Kazakhstan had 14 regions.", "14"),
    "had_until": ("Kazakhstan had 14 regions until 2018.", "14"),
    "had_and_cities": ("Kazakhstan had 14 regions and two cities.", "14"),
    "has_then_had": ("Kazakhstan has 17 regions, and in 2000 it had 14.", "14"),
}


@pytest.mark.parametrize(("text", "count"), named_cases(COUNTED))
def test_a_present_count_is_still_read(scoring, text, count):
    assert any(map(_regions(count), summary(scoring, text)))


@pytest.mark.parametrize(("text", "count"), named_cases(NOT_COUNTED))
def test_a_past_count_is_none(scoring, text, count):
    assert not any(map(_regions(count), summary(scoring, text)))


GUAM_APPOSITION = ", the grouping founded in 1997 by Georgia, Ukraine, Azerbaijan and Moldova, "
NAMED = {
    "bare": ("GUAM" + GUAM_APPOSITION + "met in Kyiv.", "guam"),
    "although": ("Although GUAM" + GUAM_APPOSITION + "met, nothing happened.", "guam"),
    "because": ("Because GUAM" + GUAM_APPOSITION + "met, nothing happened.", "guam"),
    "as": ("As GUAM" + GUAM_APPOSITION + "met, nothing happened.", "guam"),
    "since": ("Since GUAM" + GUAM_APPOSITION + "met, nothing happened.", "guam"),
    "unknown_name": (
        "Although Zorbania Union, the grouping founded in 1997 by Georgia and Ukraine, met,"
        " nothing happened.",
        "zorbania-union",
    ),
}

MISNAMED = {
    "if": ("If GUAM" + GUAM_APPOSITION + "grew, it would matter.", "if-guam"),
    "although": ("Although GUAM" + GUAM_APPOSITION + "met, nothing happened.", "although-guam"),
    "unless": ("Unless GUAM" + GUAM_APPOSITION + "acts, nothing happens.", "unless-guam"),
    "because": ("Because GUAM" + GUAM_APPOSITION + "met, nothing happened.", "because-guam"),
    "as": ("As GUAM" + GUAM_APPOSITION + "met, nothing happened.", "as-guam"),
    "whereas": ("Whereas GUAM" + GUAM_APPOSITION + "met, nothing happened.", "whereas-guam"),
    "although_unknown": (
        "Although Zorbania Union, the grouping founded in 1997 by Georgia and Ukraine, met,"
        " nothing happened.",
        "although-zorbania-union",
    ),
}


def _founded(summary_facts: set, org: str) -> bool:
    return ("geo", "kz:coFounderOf", org) in summary_facts


@pytest.mark.parametrize(("text", "org"), named_cases(NAMED))
def test_the_name_is_read_without_the_function_word(scoring, text, org):
    assert _founded(summary(scoring, text), org)


@pytest.mark.parametrize(("text", "org"), named_cases(MISNAMED))
def test_no_name_opens_with_a_function_word(scoring, text, org):
    assert all(org not in fact for fact in summary(scoring, text))


VISIT_TAIL = " during a state visit by Xi Jinping to Kazakhstan."
XI_VISITS = {
    "in_may": ("In May the presidents met" + VISIT_TAIL,),
    "on_day_may": ("On 12 May the presidents met" + VISIT_TAIL,),
    "since_may": ("Since May the presidents met twice" + VISIT_TAIL,),
    "early_may": ("In early May the presidents met" + VISIT_TAIL,),
    "in_june": ("In June the presidents met" + VISIT_TAIL,),
}
XI_NO_VISITS = {
    "may_meet": ("The presidents may meet" + VISIT_TAIL,),
    "capital_may_meet": ("The presidents May meet" + VISIT_TAIL,),
    "may_sign": ("Tokayev may sign the treaty" + VISIT_TAIL,),
    "may_question": ("May the presidents meet during a state visit by Xi Jinping to Kazakhstan?",),
    "may_be_signed": ("The treaty may be signed" + VISIT_TAIL,),
}


def _xi_visits(facts: set) -> bool:
    return any(map(_visit_to("kaz"), facts))


@pytest.mark.parametrize("text", named_cases(XI_VISITS))
def test_the_month_may_leaves_the_visit(scoring, text):
    assert _xi_visits(summary(scoring, text))


@pytest.mark.parametrize("text", named_cases(XI_NO_VISITS))
def test_the_modal_may_still_refuses_the_visit(scoring, text):
    assert not _xi_visits(summary(scoring, text))


def _border_length(a: str, b: str, km: str):
    """A test of a (class, property items) node: a border of ``a`` and ``b`` ``km`` long."""
    states = ("kz:borderState", tuple(sorted((a, b))))
    length = ("kz:lengthKm", ((km, "xsd:decimal"),))
    return lambda fact: fact[0] == "kz:Border" and states in fact[1] and length in fact[1]


MEASURED = {
    "first_clause": (
        "Turkmenistan borders Iran (1,148 km), and Afghanistan (804 km) also borders Pakistan.",
        ("irn", "tkm", "1148"),
    ),
    "list": (
        "Turkmenistan borders Iran (1,148 km) and Afghanistan (804 km).",
        ("afg", "tkm", "804"),
    ),
    "object_bracket": ("Afghanistan borders Pakistan (2,640 km).", ("afg", "pak", "2640")),
    "second_clause_object_bracket": (
        "Turkmenistan borders Iran (1,148 km), and Afghanistan also borders Pakistan (2,640 km).",
        ("afg", "pak", "2640"),
    ),
    "pair_bracket": ("Kazakhstan and China (1,782 km) share a border.", ("chn", "kaz", "1782")),
    "long_list": (
        "Turkmenistan borders Kazakhstan (413 km), Uzbekistan (1,793 km), Iran (1,148 km) and"
        " Afghanistan (804 km).",
        ("afg", "tkm", "804"),
    ),
}

NOT_MEASURED = {
    "second_clause_subject": (
        "Turkmenistan borders Iran (1,148 km), and Afghanistan (804 km) also borders Pakistan.",
        ("afg", "pak", "804"),
    ),
    "second_clause_subject_plain": (
        "Uzbekistan borders Kazakhstan (2,330 km), and Tajikistan (1,161 km) borders Afghanistan.",
        ("afg", "tjk", "1161"),
    ),
}


@pytest.mark.parametrize(("text", "border"), named_cases(MEASURED))
def test_a_bracketed_length_is_still_read(scoring, text, border):
    assert any(map(_border_length(*border), summary(scoring, text)))


@pytest.mark.parametrize(("text", "border"), named_cases(NOT_MEASURED))
def test_a_later_subject_takes_no_bracketed_length(scoring, text, border):
    assert not any(map(_border_length(*border), summary(scoring, text)))
