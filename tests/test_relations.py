"""relations: the rule DSL, rule-file errors, and facts from sentences (coordination too)."""

from __future__ import annotations

import shutil

import pytest

from kzgraph.documents import document_from_text
from kzgraph.errors import RuleFileError
from kzgraph.extract import sentence_mentions
from kzgraph.gazetteer import default_gazetteer
from kzgraph.references import context_for
from kzgraph.relations import (
    compile_word,
    default_relation_rules,
    extract_relations,
    load_hedges,
    load_relation_rules,
)
from kzgraph.resources import rules_dir
from kzgraph.rule_dsl import _split_optional
from kzgraph.sentences import iter_sentence_spans


def facts_of(text: str):
    """(rule, {role: [entity keys or value text]}) for each fact of a one-sentence text."""
    context = context_for(document_from_text(text).written_from, default_gazetteer())
    [(offset, span)] = list(iter_sentence_spans(text))
    mentions = sentence_mentions(span, offset, text, context)
    start = offset + span.start_char
    facts = extract_relations(text[start : offset + span.end_char], start, mentions, None)
    return [(f.rule, {r: _fillers(text, v) for r, v in f.roles.items()}) for f in facts]


def _fillers(text: str, fillers) -> list[str]:
    # a group keeps every reading ("Russian and Kazakh": states or languages); show the slot's
    keys = [e.key for mention, slot in fillers for e in mention.entities if slot in e.kinds]
    return keys or [text[mention.start : mention.end] for mention, _ in fillers]


def test_optional_parts_expand_to_variants():
    assert _split_optional(["a", "[", "b", "c", "]", "d"]) == [["a", "b", "c", "d"], ["a", "d"]]
    with pytest.raises(ValueError, match="unclosed"):
        _split_optional(["a", "[", "b"])


def test_gaps_and_slots_compile_to_matcher_tokens():
    spec, _ = compile_word("...4")
    assert spec["OP"] == "*" and spec["GAP"] == 4 and spec["_"] == {"kz_actor": False}
    assert "_" not in compile_word("*4")[0]
    assert compile_word("{S:State/2}") == (
        {"_": {"kz_kinds": {"REGEX": r"\|State\|"}, "kz_group": True}},
        ("S", "State"),
    )


def test_coordinated_signatories_all_sign():
    [(rule, roles)] = facts_of(
        "Kazakhstan, China, Kyrgyzstan and Tajikistan signed the Shanghai Agreement in 1996."
    )
    assert rule == "treaty-signed-by-states"
    assert roles["S"] == ["kaz", "chn", "kgz", "tjk"]
    assert roles["T"] == ["shanghai-agreement"]


def test_a_gap_may_pass_over_other_treaties_but_pairs_each_with_its_date():
    found = facts_of(
        "Russia and Belarus signed a trade agreement in May 1995 and a border treaty in June 1996."
    )
    pairs = sorted((roles["T"], roles["D"]) for _, roles in found)
    assert [d for _, d in pairs] == [["June 1996"], ["May 1995"]]
    assert all(roles["S"] == ["rus", "blr"] for _, roles in found)


def test_partnership_is_not_membership():
    found = facts_of("Turkmenistan joined NATO's Partnership for Peace programme in 1994.")
    assert [rule for rule, _ in found] == ["programme-joined"]


@pytest.fixture
def rules_copy(tmp_path):
    path = tmp_path / "relations.jsonl"
    shutil.copy(rules_dir() / "relations.jsonl", path)
    return path


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"id": "x", "kind": "membership"}', "missing field"),
        ('{"id": "x", "kind": "friendship", "pattern": "{A:State} likes {B:State}"}',
         "unknown kind 'friendship'"),
        ('{"id": "x", "kind": "membership", "pattern": "{X:State} joined [ {O:Organisation}"}',
         "bad pattern: unclosed"),
        ('{"id": "x", "kind": "membership", "pattern": ', "invalid JSON"),
        # two classes in one slot compiled to a rule that could never match, silently
        ('{"id": "x", "kind": "membership", "pattern": "{X:State|Organisation} joined '
         '{O:Organisation}"}', "one class per slot, not 'State|Organisation'"),
    ],
)  # fmt: skip
def test_a_broken_rule_is_reported_with_file_and_line(rules_copy, line, message):
    lines = rules_copy.read_text(encoding="utf-8").splitlines()
    lines.insert(5, line)
    rules_copy.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(RuleFileError, match=rf"relations\.jsonl:6: {message}"):
        load_relation_rules(rules_copy)


def test_every_shipped_rule_compiles():
    rules = default_relation_rules()
    assert len(rules.rules) > 50
    assert all(needs for _, needs in rules.matchers.values())


def test_visits_summits_and_borders_in_other_words():
    rules = {rule for rule, _ in facts_of(
        "The President of Russia, Vladimir Putin, visited Astana in May 2019.")}  # fmt: skip
    assert rules == {"president-of-state", "visited"}
    [(rule, roles)] = facts_of("The summit of the CSTO was held in Minsk on 30 November 2017.")
    assert (rule, roles["O"], roles["C"]) == ("summit-of-org-in-city", ["csto"], ["minsk"])
    [(rule, roles)] = facts_of(
        "Experts compared Kazakhstan and Uzbekistan, which share a 2,300 km border."
    )
    assert roles["A"] == ["kaz", "uzb"]


def test_negated_or_observer_statements_give_nothing():
    for text in (
        "Kazakhstan did not join the WTO until 2015.",
        "Russia and China are not members of NATO.",
        "Mongolia is an observer of the SCO.",
        "Georgia left the CIS in 2009.",
    ):
        assert facts_of(text) == [], text


def test_a_hosted_summit_and_a_possessive_neighbour():
    [(rule, roles)] = facts_of("Kazakhstan hosted the OSCE summit in Astana on 1–2 December 2010.")
    assert (rule, roles["O"], roles["C"]) == ("state-hosted-org-summit", ["osce"], ["astana"])
    [(rule, roles)] = facts_of("Kazakhstan's northern neighbour Russia remains a partner.")
    assert (rule, roles["A"], roles["B"]) == ("possessive-neighbour", ["kaz"], ["rus"])


@pytest.mark.parametrize(
    "text",
    [
        "Critics alleged that Turkmenistan joined the CSTO in secret.",
        "Armenia reportedly signed the Treaty on the Eurasian Economic Union in Minsk.",
        "If Uzbekistan joined the Eurasian Economic Union, its trade with Russia would grow.",
        "Whether Belarus joined the SCO in 2024 is disputed.",
        "Talks on whether Kyrgyzstan would host the summit of the SCO in Bishkek continued.",
        "Cuba joined the Eurasian Economic Union as an observer state in 2020.",
        "Cuba joined the Eurasian Economic Union in 2020 as an observer.",
        "Laos was admitted to the SCO in 2023 as a dialogue partner.",
        "Trade between Mongolia and Japan is expected to grow to $5 billion in 2030.",
        "Trade between Mongolia and Japan was targeted at $5 billion in 2030.",
        "Trade between Mongolia and Japan will reach $5 billion in 2030.",
    ],
)
def test_hedged_statements_give_nothing(text):
    assert facts_of(text) == []


def test_the_same_wording_without_a_hedge_is_asserted():
    [(rule, roles)] = facts_of("Cuba joined the Eurasian Economic Union in 2020.")
    assert (rule, roles["X"], roles["O"]) == ("joined-organisation", ["cub"], ["eaeu"])
    [(rule, roles)] = facts_of("Trade between Mongolia and Japan grew to $5 billion in 2023.")
    assert roles["A"] == ["mng", "jpn"]
    [(rule, roles)] = facts_of("Georgia shares a border with Turkey, whether or not it helps.")
    assert (rule, roles["A"], roles["B"]) == ("border-share", ["geo"], ["tur"])
    assert facts_of("Whether or not it helps, Georgia shares a border with Turkey.") == []


def test_a_former_president_is_still_a_head_of_state_but_a_vice_president_is_not():
    [(rule, roles)] = facts_of("The former President of Kyrgyzstan, Askar Akayev, left in 2005.")
    assert (rule, roles["P"], roles["S"]) == ("president-of-state", ["askar-akayev"], ["kgz"])
    assert facts_of("The Vice President of Kyrgyzstan, Askar Akayev, left in 2005.") == []


def test_not_only_is_no_negation_and_claims_are_plain_nouns():
    [(rule, roles)] = facts_of(
        "Relations between Kazakhstan and NATO, not only political but also military, include "
        "the Partnership for Peace programme."
    )
    assert (rule, roles["P"]) == ("programme-in-relations", ["partnership-for-peace"])
    [(rule, _)] = facts_of("China shares a border with Kazakhstan, and its old claims are settled.")
    assert rule == "border-share"


def test_a_broken_hedge_file_is_reported_with_file_and_line(tmp_path):
    path = tmp_path / "hedges.jsonl"
    path.write_text('// comment\n{"id": "h", "scope": "nearby", "words": ["if"]}\n')
    with pytest.raises(RuleFileError, match=r"hedges\.jsonl:2: scope must be one of"):
        load_hedges(path)
    path.write_text('{"id": "h", "scope": "before", "words": "if"}\n')
    with pytest.raises(RuleFileError, match=r"hedges\.jsonl:1: words must be a list"):
        load_hedges(path)


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan signed a statement criticising the Energy Charter Treaty in 2019.",
        "Kazakhstan joined talks on the Trans-Caspian Gas Pipeline in 2018.",
        "China's North America strategy changed in 2018.",
        "Kazakhstan's Xinjiang policy is cautious.",
        "Vice President of the United States Joe Biden arrived.",
    ],
)
def test_a_content_word_or_a_title_qualifier_blocks_the_tempting_fact(text):
    assert facts_of(text) == []


def test_a_light_gap_still_passes_over_little_words_and_names():
    [(rule, roles)] = facts_of(
        "Kazakhstan joined the trans-Caucasian Baku-Tbilisi-Ceyhan pipeline in June 2006."
    )
    assert (rule, roles["S"], roles["P"]) == ("state-joined-pipeline", ["kaz"], ["btc-pipeline"])
    [(rule, roles)] = facts_of("Georgia and Turkey signed their first bilateral Trade Agreement.")
    assert (rule, roles["S"]) == ("treaty-signed-by-states", ["geo", "tur"])


def test_a_date_of_another_event_is_not_the_fact_s_date():
    [(rule, roles)] = facts_of(
        "In 2010 the delegates recalled the Conference on Security and Co-operation in Europe "
        "held in Helsinki."
    )
    assert rule == "conference-held-in" and "D" not in roles
    [(rule, roles)] = facts_of("Shell developed the Kashagan field, which was discovered in 2000.")
    assert rule == "company-develops" and "D" not in roles
    facts = dict(facts_of("Originally in 1975 there was a Conference on Security and "
                          "Co-operation in Europe held in Helsinki."))  # fmt: skip
    assert facts["conference-held-in"]["D"] == ["1975"]


def test_a_negation_inside_the_match_gives_nothing():
    assert (
        facts_of(
            "The NPT, which Kazakhstan joined in 1993 without guarantees from the United States, "
            "remains in force."
        )
        == []
    )


def test_a_summit_taken_from_context_needs_a_plain_the_or_its():
    assert facts_of("The G30 summit was held in London in 2009.") == []  # G30: no known body
    [(rule, roles)] = facts_of("The G20 summit was held in London in 2009.")  # the G20 is known
    assert (rule, roles["O"]) == ("org-summit-took-place", ["g20"])
    [(rule, _)] = facts_of("The 2019 summit was held in Bishkek.")
    assert rule == "summit-took-place"
    [(rule, roles)] = facts_of("The last summit took place in Astana on 2 December 2010.")
    assert (rule, roles["C"]) == ("summit-took-place", ["astana"])
    [(rule, roles)] = facts_of("The SCO summit was held in Astana in 2024.")
    assert (rule, roles["O"]) == ("org-summit-took-place", ["shanghai-cooperation-organisation"])


@pytest.mark.parametrize(
    "text",
    [
        "Russia established the Eurasian Economic Union's court in 2015.",
        "Kazakhstan created the Shanghai Cooperation Organisation's business council.",
        "China, according to Kazakhstan, is its eastern neighbour Russia's partner.",
        "Almaty is the capital of Kazakh culture.",
    ],
)
def test_a_last_mention_that_only_qualifies_the_next_words_fills_no_slot(text):
    assert facts_of(text) == []


def test_the_same_mentions_standing_alone_fill_their_slots():
    [(rule, roles)] = facts_of("Almaty is the capital of Kazakhstan.")
    assert (rule, roles["S"]) == ("capital-of", ["kaz"])
    [(rule, roles)] = facts_of("Russia established the Eurasian Economic Union in 2015.")
    assert (rule, roles["X"], roles["O"]) == ("co-founded", ["rus"], ["eaeu"])


def test_a_place_in_the_possessive_after_in_is_still_the_place():
    [(rule, roles)] = facts_of("Chinese companies have invested $20 billion in Kazakhstan's mines.")
    assert (rule, roles["A"][0], roles["B"]) == ("state-invested", "chn", ["kaz"])


def test_a_negation_in_another_clause_inside_a_gap_does_not_negate_the_match():
    [(rule, roles)] = facts_of(
        "Kazakhstan and China, which had no formal ties before 1992, now share a 1,700 km long "
        "common border."
    )
    assert (rule, roles["A"], roles["L"]) == ("border-length-shared", ["kaz", "chn"], ["1,700 km"])


def test_joint_ventures_are_counted_under_the_text_s_own_noun():
    [(rule, roles)] = facts_of("There are 120 Kazakh-Turkish joint enterprises in Almaty.")
    assert rule == "joint-ventures-count" and roles["E"] == ["kaz", "tur"]


def test_guarantees_another_state_asked_for_later_are_not_the_treaty_s():
    assert facts_of(
        "The Budapest Memorandum was signed in 1994, and in 2014 Ukraine asked for guarantees "
        "from the United Kingdom."
    ) == [("treaty-was-signed", {"T": ["budapest-memorandum"], "D": ["1994"]})]
    facts = dict(facts_of(
        "The memorandum, signed in Budapest on 5 December 1994, on the provision of security "
        "guarantees by the United Kingdom, Russia and the USA, was a milestone."
    ))  # fmt: skip
    assert facts["treaty-guarantees"]["G"] == ["gbr", "rus", "usa"]


# Paraphrases added for unseen wording (issue 3, held-out development). Each sentence is our
# own wording, not a held-out one; each case fails without its rule.
PARAPHRASES = [
    ("Kyrgyzstan and Tajikistan set up the Eurasian Economic Community in 2000.",
     "set-up-organisation", {"X": ["kgz", "tjk"], "O": ["eurasec"], "D": ["2000"]}),
    ("The Collective Security Treaty Organization was established in Moscow in 2002 by Russia "
     "and Armenia.", "founded-by", {"O": ["csto"], "X": ["rus", "arm"], "D": ["2002"]}),
    ("The Shanghai Cooperation Organisation was created in June 2001, when China, Russia and "
     "Uzbekistan signed its charter.", "founded-when-signed",
     {"O": ["shanghai-cooperation-organisation"], "X": ["chn", "rus", "uzb"]}),
    ("Estonia, a member of the European Union since 2004, borders Latvia.",
     "member-apposition", {"X": ["est"], "O": ["european-union"], "D": ["2004"]}),
    ("Norway and Denmark, however, are members of NATO.",
     "member-since", {"X": ["nor", "dnk"], "O": ["nato"]}),
    ("Belarus, unlike Ukraine, is a member of the Collective Security Treaty Organization.",
     "member-like-another", {"X": ["blr"], "O": ["csto"]}),
    ("Armenia, which had joined the Eurasian Economic Union in January 2015, hosted talks.",
     "joined-organisation-relative", {"X": ["arm"], "O": ["eaeu"], "D": ["January 2015"]}),
    ("Montenegro was admitted as a full member of NATO in 2017.",
     "admitted-as-member-of", {"X": ["mne"], "O": ["nato"], "D": ["2017"]}),
    ("Timor-Leste was admitted as ASEAN's eleventh member.",
     "admitted-as-nth-member", {"X": ["tls"], "O": ["asean"]}),
    ("NATO's members include Turkey and Norway.",
     "org-members-include", {"O": ["nato"], "X": ["tur", "nor"]}),
    ("The members of the Eurasian Economic Union include Armenia and Kyrgyzstan.",
     "members-of-org-include", {"O": ["eaeu"], "X": ["arm", "kgz"]}),
    ("With six member states, including Armenia and Tajikistan, the CSTO is a military bloc.",
     "with-member-states-among-them", {"X": ["arm", "tjk"], "O": ["csto"]}),
    ("With six member states, the CSTO is a military bloc.",
     "with-member-states-count", {"N": ["six"], "E": ["csto"]}),
    ("Uzbekistan assumed the rotating chairmanship of the Shanghai Cooperation Organisation in "
     "2021.", "chairmanship-of-org",
     {"S": ["uzb"], "O": ["shanghai-cooperation-organisation"], "Y": ["2021"]}),
    ("The Eurasian Economic Community was succeeded by the Eurasian Economic Union.",
     "succeeded-by", {"P": ["eurasec"], "O": ["eaeu"]}),
    ("The Eurasian Economic Union, the successor of the Eurasian Economic Community, grew.",
     "successor-apposition", {"O": ["eaeu"], "P": ["eurasec"]}),
    ("The CSCE was the predecessor of the OSCE.", "predecessor-of", {"P": ["csce"], "O": ["osce"]}),
    ("Shavkat Mirziyoyev, the President of Uzbekistan, visited Astana in March 2023.",
     "visited-after-apposition",
     {"V": ["shavkat-mirziyoyev"], "P": ["astana"], "D": ["March 2023"]}),
    ("Sadyr Japarov, who has been President of Kyrgyzstan since 2021, visited Moscow in 2021.",
     "visited-after-apposition", {"V": ["sadyr-japarov"], "P": ["moscow"], "D": ["2021"]}),
    ("Ilham Aliyev, the leader of Azerbaijan, paid a state visit to Tashkent on 12 May 2022.",
     "visit-made-after-apposition",
     {"V": ["ilham-aliyev"], "P": ["tashkent"], "D": ["12 May 2022"]}),
    ("During an official visit to Beijing in 2019, Kassym-Jomart Tokayev met Xi Jinping.",
     "during-visit-to", {"P": ["beijing"], "D": ["2019"], "V": ["kassym-jomart-tokayev"]}),
    ("Kazakhstan, the largest landlocked country, shares a 7,644 km border with Russia.",
     "border-share-length-apposition", {"A": ["kaz"], "L": ["7,644 km"], "B": ["rus"]}),
    ("Osh, Kyrgyzstan's second-largest city, lies in the south.",
     "city-state-largest-city", {"C": ["osh"], "S": ["kgz"]}),
    ("Uzbekistan established diplomatic relations with Turkey in 1991 and with Japan in 1992.",
     "diplomatic-relations-second-partner", {"A": ["uzb"], "B": ["jpn"], "D": ["1992"]}),
    ("Firms from South Korea have put $3 billion into Uzbekistan.",
     "investors-from-state", {"A": ["kor"], "M": ["$3 billion"], "B": ["uzb"]}),
    ("The CSTO's tenth summit took place in Minsk on 30 November 2012.",
     "org-summit-took-place", {"O": ["csto"], "C": ["minsk"], "D": ["30 November 2012"]}),
    ("Lukoil also develops the Kumkol field.",
     "company-develops", {"C": ["lukoil"], "F": ["kumkol-oil-field"]}),
    ("The Tengiz field, which is operated by Chevron, lies near Atyrau.",
     "field-developed-by", {"F": ["tengiz-oil-field"], "C": ["chevron"]}),
    ("The founding members of the Eurasian Economic Union were Russia, Belarus and Kazakhstan.",
     "founding-members-include", {"O": ["eaeu"], "X": ["rus", "blr", "kaz"]}),
    ("NATO's founding members included Norway and Denmark.",
     "org-founding-members-include", {"O": ["nato"], "X": ["nor", "dnk"]}),
    ("Rosneft develops the Kumkol field jointly with Lukoil.",
     "company-develops-jointly-with", {"C": ["rosneft", "lukoil"], "F": ["kumkol-oil-field"]}),
    ("Leaders attended the SCO summit in Tashkent on 15–16 September 2022.", "org-summit-in-city",
     {"O": ["shanghai-cooperation-organisation"], "C": ["tashkent"],
      "D": ["15–16 September 2022"]}),
    ("Ministers signed the Tashkent Treaty in Tashkent on 15 May 1992.", "signed-treaty-in-place",
     {"T": ["collective-security-treaty"], "P": ["tashkent"], "D": ["15 May 1992"]}),
    ("The CSTO now has 6 members.", "org-members-count", {"E": ["csto"], "N": ["6"]}),
    ("The OSCE currently has 57 member states.", "org-member-count", {"E": ["osce"], "N": ["57"]}),
    ("Kazakhstan shares borders with Russia, China and Kyrgyzstan.",
     "border-share", {"A": ["kaz"], "B": ["rus", "chn", "kgz"]}),
    ("The border between Kazakhstan and Russia is 7,644 km long.",
     "border-between-is-long", {"A": ["kaz", "rus"], "L": ["7,644 km"]}),
    ("Tokayev travelled to Beijing in September 2019 on a state visit.", "travelled-for-visit",
     {"V": ["kassym-jomart-tokayev"], "P": ["beijing"], "D": ["September 2019"]}),
    ("Kazakhstan's chairmanship of the OSCE in 2010 ended with a summit.",
     "state-possessive-chairmanship", {"S": ["kaz"], "O": ["osce"], "Y": ["2010"]}),
    ("The Shanghai Cooperation Organisation grew out of the Commonwealth of Independent States.",
     "grew-out-of", {"O": ["shanghai-cooperation-organisation"], "P": ["cis"]}),
    ("Kassym-Jomart Tokayev was elected President of Kazakhstan in 2019.",
     "elected-president-of", {"P": ["kassym-jomart-tokayev"], "S": ["kaz"]}),
    ("Uzbekistan's president, Shavkat Mirziyoyev, arrived.",
     "state-possessive-president", {"S": ["uzb"], "P": ["shavkat-mirziyoyev"]}),
    ("The Central Asia–China gas pipeline, completed in 2009, carries gas.",
     "pipeline-apposition-completed", {"P": ["central-asia-china-gas-pipeline"], "D": ["2009"]}),
    ("The Central Asia–China gas pipeline, built by CNPC, carries gas.",
     "pipeline-apposition-built-by", {"P": ["central-asia-china-gas-pipeline"], "C": ["cnpc"]}),
    ("Russian is an official language in Kazakhstan.",
     "language-is-an-official-of-state", {"L": ["russian"], "O": ["kaz"]}),
    ("Atyrau, a city in western Kazakhstan, lies on the Ural River.",
     "place-a-city-in-state", {"C": ["atyrau"], "S": ["kaz"]}),
    ("In 2022 Kazakhstan's trade with China reached $31 billion.", "state-trade-with",
     {"Y": ["2022"], "A": ["kaz"], "B": ["chn"], "M": ["$31 billion"]}),
    ("Azerbaijan and Georgia, both members of GUAM, cooperate closely.",
     "members-apposition-group", {"X": ["aze", "geo"], "O": ["guam"]}),
    ("Kazakhstan, one of the founding members of the CSTO, hosted the summit.",
     "founding-member-apposition", {"X": ["kaz"], "O": ["csto"]}),
    ("Ilham Aliyev, who has been President of Azerbaijan since 2003, spoke first.",
     "person-who-is-president-of", {"P": ["ilham-aliyev"], "S": ["aze"]}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "rule", "roles"), PARAPHRASES)
def test_common_paraphrases_of_each_relation_are_covered(sentence, rule, roles):
    facts = dict(facts_of(sentence))
    assert rule in facts, facts
    assert {role: facts[rule].get(role) for role in roles} == roles


@pytest.mark.parametrize(
    "sentence",
    [
        "Norway, a member of the EU's single market, trades widely.",  # not_before "'s"
        "Georgia, a former member of the CIS, left in 2009.",
        "Kazakhstan will assume the chairmanship of the CSTO in 2027.",
        "Georgia, which had applied to join the European Union in 2024, waited.",
        "Serbia was admitted as an observer to the CSTO in 2013.",
    ],
)
def test_the_new_paraphrases_keep_their_precision_traps(sentence):
    kinds = {rule for rule, _ in facts_of(sentence)}
    assert not kinds & {"member-apposition", "chairmanship-of-org", "joined-organisation-relative",
                        "admitted-as-member-of", "joined-organisation"}  # fmt: skip


@pytest.mark.parametrize(
    "sentence",
    [
        "Leaders prepared for the upcoming SCO summit in Tashkent.",
        "Kazakhstan has not signed the Tashkent Treaty in Tashkent.",
        "Kazakhstan never signed the Tashkent Treaty in Tashkent.",
        "Leaders will travel to the SCO summit in Astana.",
        "Ukraine, a member of the CIS until 2018, left the bloc.",
        "During a state visit to China, Tokayev and Xi Jinping met.",  # who visited whom?
        "The border between Kazakhstan and Russia stretches more than 7,500 km.",  # not a length
        "Kazakhstan's president and Russia's Putin met.",
        "Kazakhstan's chairmanship of the OSCE was postponed.",  # a noun phrase needs its year
    ],
)
def test_planned_unsigned_ended_or_ambiguous_statements_are_not_facts(sentence):
    assert facts_of(sentence) == []


def test_during_someone_else_s_visit_the_next_person_is_not_the_visitor():
    assert facts_of("During Putin's visit to Astana, Tokayev spoke of trade.") == []


def test_a_renamed_council_is_the_predecessor_of_a_different_individual():
    [(rule, roles)] = facts_of("The Turkic Council was renamed the Organization of Turkic States.")
    assert rule == "renamed"
    assert roles == {"P": ["cooperation-council-of-turkic-speaking-states"],
                     "O": ["organization-of-turkic-states"]}  # fmt: skip


def test_states_inside_a_relative_clause_are_not_the_subject_that_shares_a_border():
    facts = facts_of(
        "Mongolia, which lies between China and Russia, shares a 3,485 km border with Russia."
    )
    assert [(roles["A"], roles["B"]) for _, roles in facts] == [(["mng"], ["rus"])]


def test_a_member_of_an_organisation_s_scheme_is_not_a_member_of_the_organisation():
    assert facts_of("Kazakhstan is a member of the EU's Erasmus scheme.") == []
    [(_, roles)] = facts_of("Kazakhstan is a member of the SCO and the EU's partner.")
    assert roles["O"] == ["shanghai-cooperation-organisation"]


def test_neither_nor_negates_the_states_it_names():
    assert facts_of("Neither Mongolia nor Turkmenistan is a member of the CSTO.") == []
    assert facts_of("Mongolia is a member of the CSTO.") == [
        ("member-since", {"X": ["mng"], "O": ["csto"]})
    ]


def test_a_prime_minister_visits_under_their_own_name_and_heads_no_state():
    text = "Mongolian Prime Minister Oyun-Erdene Luvsannamsrai visited Astana in 2023."
    assert facts_of(text) == [
        ("visited", {"V": ["oyun-erdene-luvsannamsrai"], "P": ["astana"], "D": ["2023"]})
    ]


def test_a_title_alone_is_no_visitor():
    # a name the gazetteer does not know (LEADERS24 knows Oyun-Erdene, once the example)
    text = "Batbayar Nyamjav, then Prime Minister of Mongolia, visited Astana."
    assert facts_of(text) == []


def test_a_leading_date_without_a_comma_dates_the_visit():
    [visit, _] = facts_of(
        "In May 2023 Mongolian President Ukhnaagiin Khurelsukh paid a state visit to Kazakhstan."
    )
    assert visit == (
        "official-visit-to",
        {"D": ["May 2023"], "V": ["ukhnaagiin-khurelsukh"], "P": ["kaz"]},
    )


def test_a_president_apposition_after_two_people_heads_no_state_for_both():
    facts = facts_of(
        "On 5 May 2019 Nursultan Nazarbayev and Shavkat Mirziyoyev, the President of Uzbekistan, "
        "signed the Tashkent Declaration."
    )
    assert all("nursultan-nazarbayev" not in roles.get("P", []) for _, roles in facts)


# Wordings added for recall on unseen text (issue 3); each sentence is our own.


def test_becoming_the_nth_member_is_membership():
    assert facts_of("Tajikistan became the 159th member of the WTO on 2 March 2013.") == [
        ("became-nth-member-of", {"X": ["tjk"], "O": ["wto"], "D": ["2 March 2013"]})
    ]


def test_an_organisation_which_a_state_joined_has_it_as_member():
    facts = facts_of("Mongolia belongs to the OSCE, which Kyrgyzstan joined in 1992.")
    assert ("org-which-state-joined", {"O": ["osce"], "X": ["kgz"], "D": ["1992"]}) in facts


def test_states_as_the_founding_members_are_co_founders_of_the_topic():
    [(rule, roles)] = facts_of(
        "It was launched in May 2001 with Kazakhstan and Kyrgyzstan as its founding members."
    )
    assert rule == "with-founding-members" and roles == {
        "D": ["May 2001"], "X": ["kaz", "kgz"]
    }  # fmt: skip


def test_has_been_the_capital_of():
    assert facts_of("Tashkent has been the capital of Uzbekistan since 1930.") == [
        ("capital-since", {"C": ["tashkent"], "S": ["uzb"]})
    ]


def test_succeeding_someone_as_president_makes_both_heads_of_state():
    [(rule, roles)] = facts_of(
        "Shavkat Mirziyoyev succeeded Islam Karimov as President of Uzbekistan in 2016."
    )
    assert rule == "succeeded-as-president"
    assert roles == {"P": ["shavkat-mirziyoyev", "islam-karimov"], "S": ["uzb"]}


def test_a_second_border_with_its_own_length():
    facts = facts_of(
        "Kyrgyzstan shares a 1,063-kilometre border with China and a 984 km border with Tajikistan."
    )
    assert ("border-share-second-length", {"A": ["kgz"], "L": ["984 km"], "B": ["tjk"]}) in facts


def test_whose_predecessor_was():
    assert facts_of("The OSCE, whose predecessor was the CSCE, meets in Vienna.") == [
        ("whose-predecessor-was", {"O": ["osce"], "P": ["csce"]})
    ]


def test_a_member_count_after_a_relative_clause():
    [(rule, roles)] = facts_of("The CSTO, which Uzbekistan left in 2012, now has 6 member states.")
    assert rule == "org-clause-member-count" and roles["E"] == ["csto"] and roles["N"] == ["6"]


def test_participating_states_counted_in_a_relative_clause():
    facts = facts_of("Mongolia joined the OSCE, which has 57 participating States, in 2012.")
    assert ("org-which-has-participating-states", {"O": ["osce"], "P": ["57"]}) in facts


def test_a_company_described_in_an_apposition_develops_the_field():
    [(rule, roles)] = facts_of(
        "Karachaganak Petroleum Operating, a consortium led by Eni and Shell, has operated the "
        "Karachaganak field since 1997."
    )
    assert rule == "company-apposition-develops"
    assert roles == {"C": ["karachaganak-petroleum-operating"], "F": ["karachaganak-field"],
                     "D": ["1997"]}  # fmt: skip


def test_the_companies_in_the_apposition_are_not_developers():
    facts = facts_of(
        "Karachaganak Petroleum Operating, a consortium of Eni, Shell and Lukoil, operates the "
        "Karachaganak field."
    )
    assert [roles["C"] for _, roles in facts] == [["karachaganak-petroleum-operating"]]


def test_a_pipeline_which_companies_built():
    [(rule, roles)] = facts_of(
        "The Atyrau–Samara pipeline, which KazTransOil and Lukoil built together, was "
        "completed in 1971."
    )
    assert rule == "pipeline-which-companies-built"
    assert roles["P"] == ["atyrau-samara-pipeline"] and roles["D"] == ["1971"]
    assert "kaztransoil" in roles["C"]


def test_a_treaty_signed_by_the_leaders_of_states():
    [(rule, roles)] = facts_of(
        "The Ashgabat Agreement was signed in Ashgabat on 25 April 2011 by the foreign ministers "
        "of Iran, Oman and Uzbekistan."
    )
    assert rule == "treaty-signed-by-leaders-of"
    assert roles["S"] == ["irn", "omn", "uzb"] and roles["P"] == ["ashgabat"]


def test_a_treaty_between_two_states_was_signed():
    assert facts_of(
        "The Treaty on Eternal Friendship between Kazakhstan and Uzbekistan was signed in "
        "Tashkent on 31 October 1998."
    ) == [
        ("treaty-between-was-signed", {
            "T": ["treaty-on-eternal-friendship"], "S": ["kaz", "uzb"], "P": ["tashkent"],
            "D": ["31 October 1998"],
        })
    ]  # fmt: skip


def test_a_treaty_between_an_organisation_and_a_state_was_signed():
    [(rule, roles)] = facts_of(
        "The Partnership and Cooperation Agreement between the EU and Uzbekistan was signed "
        "in Florence in 1996."
    )
    assert rule == "treaty-between-org-and-state-was-signed"
    assert roles["T"] == ["partnership-and-cooperation-agreement"]
    assert roles["S"] == ["european-union", "uzb"]


def test_a_treaty_between_two_states_that_was_not_signed_is_no_fact():
    assert (
        facts_of("The Treaty on Friendship between Kazakhstan and Uzbekistan was never signed.")
        == []
    )


def test_a_summit_held_from_one_date_to_another():
    [(rule, roles)] = facts_of(
        "The CICA summit was held in Astana from 30 September to 2 October 2026."
    )
    assert rule == "org-summit-took-place" and roles["O"] == ["cica"]
    assert roles["C"] == ["astana"] and roles["D"] == ["30 September to 2 October 2026"]


def test_founding_members_include_is_co_founding_only():
    facts = facts_of("The founding members of the CSTO include Armenia and Russia.")
    assert [rule for rule, _ in facts] == ["founding-members-include"]


def test_one_of_the_founding_members():
    assert facts_of("Kyrgyzstan is one of the founding members of the EAEU.") == [
        ("one-of-the-founders-of", {"X": ["kgz"], "O": ["eaeu"]})
    ]


def test_one_of_the_founders_in_an_apposition():
    facts = facts_of("Russia, one of the founders of the CIS, hosted the meeting.")
    assert facts == [("founder-apposition", {"X": ["rus"], "O": ["cis"]})]


def test_an_organisation_admitting_states_as_members():
    assert facts_of("The WTO admitted Kazakhstan as a full member on 30 November 2015.") == [
        ("org-admitted-as-members", {"O": ["wto"], "X": ["kaz"], "D": ["30 November 2015"]})
    ]


def test_an_organisation_admitting_observers_is_no_membership():
    assert facts_of("The SCO admitted Mongolia as an observer in 2004.") == []


def test_a_field_operated_by_a_company_in_an_apposition():
    assert facts_of("The Kashagan field, operated by NCOC, lies offshore.") == [
        ("field-apposition-developed-by", {"F": ["kashagan-oil-field"],
                                           "C": ["north-caspian-operating-company"]})
    ]  # fmt: skip


def test_arriving_on_a_state_visit():
    [(rule, roles)] = facts_of("Xi Jinping arrived in Astana on a state visit on 2 July 2024.")
    assert rule == "arrived-for-visit"
    assert roles == {"V": ["xi-jinping"], "P": ["astana"], "D": ["2 July 2024"]}


def test_a_state_has_a_border_of_a_length():
    assert facts_of("Uzbekistan has a 1,161 km border with Kyrgyzstan.") == [
        ("border-has-length", {"A": ["uzb"], "L": ["1,161 km"], "B": ["kgz"]})
    ]


def test_no_land_border_is_no_border():
    assert facts_of("Kazakhstan has no land border with Iran.") == []


def test_a_shared_land_border():
    assert facts_of("Kyrgyzstan shares a land border with China.") == [
        ("border-share", {"A": ["kgz"], "B": ["chn"]})
    ]


def test_the_demonym_capital_names_the_capital():
    [(rule, roles)] = facts_of("Officials met in the Uzbek capital Tashkent.")
    assert rule == "demonym-capital-name" and roles["C"] == ["tashkent"]
    assert "uzb" in roles["S"]


def test_the_former_capital_is_no_capital():
    assert facts_of("Officials met in the former Kazakh capital, Almaty, and left.") == []
    assert facts_of("They met in Kazakhstan's old capital Almaty.") == []


def test_a_member_count_in_a_which_clause():
    assert facts_of("They founded the CSTO, which has six member states.")[-1] == (
        "org-which-has-members",
        {"E": ["csto"], "N": ["six"]},
    )


def test_languages_named_like_demonyms_are_the_official_languages():
    assert facts_of("The official languages of the CSTO are Russian and Kazakh.") == [
        ("official-languages-of", {"O": ["csto"], "L": ["russian", "kazakh"]})
    ]


def test_a_visitor_described_as_then_in_an_apposition():
    [(rule, roles)] = facts_of(
        "Angela Merkel, then Chancellor of Germany, visited Astana in July 2010."
    )
    assert rule == "visited" or rule == "visited-after-apposition"
    assert roles == {"V": ["angela-merkel"], "P": ["astana"], "D": ["July 2010"]}


def test_a_declaration_that_was_a_state_s_initiative_was_adopted():
    assert facts_of(
        "The Astana Declaration, an initiative of Kazakhstan, was adopted by the OSCE "
        "on 2 December 2010."
    ) == [
        ("initiative-of-state-adopted", {
            "T": ["astana-declaration"], "S": ["kaz"], "D": ["2 December 2010"]
        })
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "rule", "roles"),
    [
        ("Mongolia was accepted into the OSCE in 2012.", "admitted-to",
         {"X": ["mng"], "O": ["osce"], "D": ["2012"]}),
        ("Armenia rejoined the CSTO in 1994.", "joined-organisation",
         {"X": ["arm"], "O": ["csto"], "D": ["1994"]}),
        ("Kyrgyzstan has chaired the CIS since January 2025.", "state-chaired",
         {"S": ["kgz"], "O": ["cis"], "Y": ["January 2025"]}),
        ("The chairmanship of the CSTO passed to Armenia in 2023.", "chairmanship-passed-to",
         {"O": ["csto"], "S": ["arm"], "Y": ["2023"]}),
        ("Shell is the operator of the Kashagan field.", "company-is-operator-of",
         {"C": ["shell"], "F": ["kashagan-oil-field"]}),
        ("Lukoil and Gazprom jointly built the Druzhba pipeline.", "company-built-pipeline",
         {"C": ["lukoil", "gazprom"], "P": ["druzhba-pipeline"]}),
        ("The CSTO currently has 6 participating states.", "org-participating-states",
         {"O": ["csto"], "P": ["6"]}),
        ("Uzbekistan is bordered by Afghanistan and Turkmenistan.", "bordered-by",
         {"A": ["uzb"], "B": ["afg", "tkm"]}),
        ("Vladimir Putin's state visit to Uzbekistan took place in May 2024.",
         "possessive-visit-took-place",
         {"V": ["vladimir-putin"], "P": ["uzb"], "D": ["May 2024"]}),
    ],
)  # fmt: skip
def test_further_paraphrases_are_covered(text, rule, roles):
    assert (rule, roles) in facts_of(text)


def test_a_planned_visit_that_did_not_take_place_is_no_visit():
    assert facts_of("Vladimir Putin's state visit to Uzbekistan never took place.") == []


@pytest.mark.parametrize(
    ("text", "rule", "roles"),
    [
        ("In 2022 trade turnover between Kyrgyzstan and China totalled $15 billion.",
         "trade-between", {"Y": ["2022"], "A": ["kgz", "chn"], "M": ["$15 billion"]}),
        ("Uzbekistan's trade with Russia was worth $10 billion in 2022.", "state-trade-with",
         {"A": ["uzb"], "B": ["rus"], "M": ["$10 billion"], "Y": ["2022"]}),
        ("Kyrgyzstan and Turkey have 700 joint ventures.", "states-have-joint-ventures",
         {"E": ["kgz", "tur"], "N": ["700"]}),
        ("Kazakh is an official language of the Organization of Turkic States.",
         "language-is-an-official-of-org",
         {"L": ["kazakh"], "O": ["organization-of-turkic-states"]}),
    ],
)  # fmt: skip
def test_trade_counts_and_languages_paraphrases(text, rule, roles):
    assert (rule, roles) in facts_of(text)


def test_a_summit_dated_before_its_organisation():
    assert facts_of("The 2019 CSTO summit took place in Bishkek.") == [
        ("dated-org-summit-took-place", {"D": ["2019"], "O": ["csto"], "C": ["bishkek"]})
    ]
    assert facts_of("The CSTO's 2019 summit was held in Bishkek.") == [
        ("org-dated-summit-took-place", {"O": ["csto"], "D": ["2019"], "C": ["bishkek"]})
    ]


def test_a_leader_hosting_another_in_a_city_is_a_visit_without_an_inviter():
    assert facts_of("Shavkat Mirziyoyev hosted Ilham Aliyev in Tashkent in August 2022.") == [
        ("leader-hosted-visitor", {"V": ["ilham-aliyev"], "P": ["tashkent"],
                                   "D": ["August 2022"]})
    ]  # fmt: skip


def test_a_leader_who_will_host_another_is_no_visit_yet():
    assert facts_of("Shavkat Mirziyoyev will host Ilham Aliyev in Tashkent in 2027.") == []


def test_the_head_before_an_apposition_takes_the_main_verb_s_subject_role():
    text = (
        "The Collective Security Treaty Organization, a successor of the Commonwealth of "
        "Independent States, was founded by Russia and Armenia."
    )
    founded = [roles for rule, roles in facts_of(text) if rule == "founded-by"]
    assert founded == [{"O": ["csto"], "X": ["rus", "arm"]}]


def test_an_organisation_in_a_relative_clause_is_not_the_founded_one():
    text = (
        "The Eurasian Economic Union, which replaced the Eurasian Economic Community, "
        "was founded by Russia, Belarus and Kazakhstan."
    )
    founded = [roles["O"] for rule, roles in facts_of(text) if rule == "founded-by"]
    assert founded == [["eaeu"]]


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan, a neighbour of China, joined the World Trade Organization in 2015.",
        "Kazakhstan, unlike China, joined the World Trade Organization in 2015.",
    ],
)
def test_a_state_inside_an_apposition_does_not_join(text):
    joiners = [roles["X"] for rule, roles in facts_of(text) if "X" in roles]
    assert ["chn"] not in joiners


def _rule_roles(text: str, rule_id: str) -> dict:
    """The roles of the one fact ``rule_id`` finds in ``text`` (it must find exactly one)."""
    [roles] = [roles for rule, roles in facts_of(text) if rule == rule_id]
    return roles


def test_a_second_organisation_joined_with_its_own_date():
    roles = _rule_roles(
        "Georgia joined the OSCE in 1992 and the WTO in 2000.", "joined-second-organisation"
    )
    assert (roles["X"], roles["O"], roles["D"]) == (["geo"], ["wto"], ["2000"])
    facts = facts_of("Georgia joined the OSCE in 1992 and the WTO criticised it in 2000.")
    assert [rule for rule, _ in facts] == ["joined-organisation"]


def test_a_list_of_member_states_after_a_colon():
    facts = facts_of(
        "The Commonwealth of Independent States has nine member states: Armenia, Azerbaijan, "
        "Belarus, Kazakhstan, Kyrgyzstan, Moldova, Russia, Tajikistan and Uzbekistan."
    )
    # two list rules read it (org-has-member-states-list, org-counts-member-states-list): the
    # facts, not which rule wins, are what matters
    [members] = [roles["X"] for rule, roles in facts if roles.get("O") == ["cis"] and "X" in roles]
    assert len(members) == 9 and "mda" in members
    assert ("org-member-count", {"E": ["cis"], "N": ["nine"]}) in facts
    assert facts_of("The SCO has two observer states: Afghanistan and Mongolia.") == []


def test_states_that_take_part_in_a_pipeline():
    roles = _rule_roles(
        "Azerbaijan, Georgia and Turkey take part in the Baku-Tbilisi-Ceyhan pipeline.",
        "states-take-part-in-pipeline",
    )
    assert (roles["S"], roles["P"]) == (["aze", "geo", "tur"], ["btc-pipeline"])
    for text in (
        "Armenia does not take part in the Baku-Tbilisi-Ceyhan pipeline.",
        "Iran wants to take part in the Baku-Tbilisi-Ceyhan pipeline.",
    ):
        assert facts_of(text) == [], text


def test_a_fronted_invitation_names_the_inviter_of_the_visit():
    text = "At the invitation of Xi Jinping, President Shavkat Mirziyoyev visited Beijing in 2017."
    roles = _rule_roles(text, "fronted-invitation-visited")
    assert (roles["V"], roles["I"], roles["P"]) == (
        ["shavkat-mirziyoyev"],
        ["xi-jinping"],
        ["beijing"],
    )
    assert not any(rule == "visited" for rule, _ in facts_of(text))  # the fuller node wins
    assert facts_of("At the invitation of Xi Jinping, Shavkat Mirziyoyev declined to visit "
                    "Beijing in 2017.") == []  # fmt: skip


def test_diplomatic_ties_that_date_from_a_date():
    roles = _rule_roles(
        "Diplomatic ties between Mongolia and Japan date back to February 1972.",
        "diplomatic-relations-between-date-from",
    )
    assert (roles["A"], roles["D"]) == (["mng", "jpn"], ["February 1972"])
    assert facts_of("Trade ties between Mongolia and Japan date back to 1972.") == []


def test_has_been_or_became_president_of_a_state():
    roles = _rule_roles(
        "Shavkat Mirziyoyev has been President of Uzbekistan since 2016.", "has-been-president-of"
    )
    assert (roles["P"], roles["S"]) == (["shavkat-mirziyoyev"], ["uzb"])
    assert facts_of("Shavkat Mirziyoyev had been Prime Minister of Uzbekistan since 2003.") == []


def test_an_organisation_and_a_state_sign_a_treaty_together():
    roles = _rule_roles(
        "The European Union and Mongolia signed the Partnership and Cooperation Agreement in "
        "Ulaanbaatar on 30 April 2013.",
        "org-and-state-signed-treaty",
    )
    assert (roles["S"], roles["P"]) == (["european-union", "mng"], ["ulaanbaatar"])
    assert facts_of("The European Union and Mongolia have not signed the Partnership and "
                    "Cooperation Agreement.") == []  # fmt: skip


def test_trade_between_an_organisation_and_a_state():
    roles = _rule_roles(
        "Trade between the European Union and Uzbekistan reached about $6 billion in 2022.",
        "trade-between-org-and-state",
    )
    assert (roles["A"], roles["Y"]) == (["european-union", "uzb"], ["2022"])
    assert facts_of("Trade between the European Union and Uzbekistan may reach $6 billion.") == []


def test_a_record_trade_figure_and_money_put_into_an_economy():
    roles = _rule_roles(
        "Russia's trade with Uzbekistan reached a record $10 billion in 2022.", "state-trade-with"
    )
    assert (roles["A"], roles["B"]) == (["rus"], ["uzb"])
    roles = _rule_roles(
        "Germany put some $2 billion into the Uzbek economy in 2021.",
        "state-put-money-into-economy",
    )
    assert (roles["A"], roles["B"], roles["Y"]) == (["deu"], ["uzb"], ["2021"])
    assert facts_of("Germany plans to put $2 billion into the Uzbek economy.") == []


def test_a_city_described_in_an_apposition_hosted_an_organisation_s_summit():
    roles = _rule_roles(
        "Samarkand, the old Silk Road city, hosted the SCO's twenty-second summit on 15 and 16 "
        "September 2022.",
        "city-hosted-org-summit",
    )
    assert (roles["C"], roles["O"]) == (["samarkand"], ["shanghai-cooperation-organisation"])
    assert facts_of("Samarkand hosted the SCO's planned summit in 2022.") == []


def test_a_programme_described_in_an_apposition_as_an_organisation_s():
    roles = _rule_roles(
        "Mongolia joined Erasmus+, a student exchange programme of the European Union, in 2015.",
        "programme-apposition-of",
    )
    assert (roles["P"], roles["O"]) == (["erasmus-plus"], ["european-union"])
    assert not any(
        rule == "programme-apposition-of"
        for rule, _ in facts_of("Mongolia joined Erasmus+, a programme that the EU praised.")
    )


def test_a_company_described_as_the_one_that_develops_a_field():
    roles = _rule_roles(
        "Shell, the Anglo-Dutch company that operates the Kashagan field, grew in 2019.",
        "company-apposition-that-develops",
    )
    assert (roles["C"], roles["F"]) == (["shell"], ["kashagan-oil-field"])
    assert facts_of("Shell, the company that wanted to develop the Kashagan field, left.") == []


def test_an_initiative_of_a_state_adopted_by_an_assembly():
    roles = _rule_roles(
        "The International Year of Camelids, an initiative of Bolivia, was adopted by the UN "
        "General Assembly on 20 December 2017.",
        "initiative-of-state-adopted",
    )
    assert (roles["T"], roles["S"]) == (["international-year-of-camelids"], ["bol"])
    assert facts_of("The International Year of Camelids, an initiative of Bolivia, was "
                    "rejected by the UN General Assembly in 2017.") == []  # fmt: skip


def test_borders_with_their_lengths_in_brackets():
    facts = facts_of(
        "Uzbekistan also borders Afghanistan (144 km), Tajikistan (1,161 km) and Turkmenistan "
        "(1,621 km)."
    )
    found = {(roles["B"][0], roles["L"][0]) for _, roles in facts}
    assert found == {("afg", "144 km"), ("tjk", "1,161 km"), ("tkm", "1,621 km")}
    facts = facts_of("Mongolia borders Russia (3,485 km) but not Kazakhstan (36 km away).")
    assert [roles["B"] for _, roles in facts] == [["rus"]]


def test_became_a_member_of_it_after_a_relative_clause_naming_it():
    roles = _rule_roles(
        "Egypt, which had been a dialogue partner of the SCO since 2022, became a full member "
        "of it in 2024.",
        "became-member-of-it-relative",
    )
    assert (roles["X"], roles["O"], roles["D"]) == (
        ["egy"],
        ["shanghai-cooperation-organisation"],
        ["2024"],
    )
    assert facts_of("Egypt, which had been a dialogue partner of the SCO since 2022, did not "
                    "become a member of it.") == []  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Companies from the United States take part in the Baku-Tbilisi-Ceyhan pipeline.",
        "Trade between the European Union and Uzbekistan's neighbours was $10 billion in 2020.",
    ],
)
def test_a_state_that_only_qualifies_another_noun_takes_no_role(text):
    assert facts_of(text) == []


def test_joined_it_after_a_relative_clause_naming_it():
    roles = _rule_roles(
        "Egypt, which had been a dialogue partner of the SCO since 2022, joined it in 2024.",
        "joined-it-relative",
    )
    assert (roles["X"], roles["O"]) == (["egy"], ["shanghai-cooperation-organisation"])
    assert facts_of("Egypt, which had been a dialogue partner of the SCO since 2022, never "
                    "joined it.") == []  # fmt: skip


def test_mirrored_wordings_of_the_new_rules():
    roles = _rule_roles(
        "At the invitation of Xi Jinping, Shavkat Mirziyoyev paid a state visit to Beijing in "
        "May 2017.",
        "fronted-invitation-visit",
    )
    assert (roles["V"], roles["I"]) == (["shavkat-mirziyoyev"], ["xi-jinping"])
    roles = _rule_roles(
        "China's relations with Brazil date from August 1974.",
        "state-possessive-relations-date-from",
    )
    assert (roles["A"], roles["B"]) == (["chn"], ["bra"])
    roles = _rule_roles(
        "Mongolia and the European Union signed the Partnership and Cooperation Agreement in 2013.",
        "state-and-org-signed-treaty",
    )
    assert roles["S"] == ["mng", "european-union"]
    roles = _rule_roles(
        "Trade between Uzbekistan and the European Union reached $6 billion in 2022.",
        "trade-between-state-and-org",
    )
    assert roles["A"] == ["uzb", "european-union"]


@pytest.mark.parametrize(
    "text",
    [
        "At the invitation of Xi Jinping, Shavkat Mirziyoyev planned a state visit to Beijing.",
        "China's trade relations with Brazil date from 1974.",
        "Mongolia and the European Union never signed the Partnership and Cooperation Agreement.",
        "Trade between Uzbekistan and the European Union could reach $6 billion by 2030.",
    ],
)
def test_mirrored_wordings_negated_or_hedged_give_nothing(text):
    assert facts_of(text) == []


# The wordings blind3 (tests/blind3/) lacked rules for, each on a sentence of other wording:
# (rule, sentence, {role: fillers} the fact must have).
NEW_WORDINGS = [
    ("who-succeeded-as-president",
     "Shavkat Mirziyoyev, who succeeded Islam Karimov as President of Uzbekistan, spoke.",
     {"P": ["shavkat-mirziyoyev", "islam-karimov"], "S": ["uzb"]}),
    ("border-possessive", "Uzbekistan's land border with Tajikistan is 1,312 km long.",
     {"A": ["uzb"], "B": ["tjk"], "L": ["1,312 km"]}),
    ("first-state-to-chair",
     "In 2019 Slovakia became the first Visegrad country to chair the OSCE.",
     {"S": ["svk"], "O": ["osce"], "Y": ["2019"]}),
    ("apposition-and-one-of-the-founders",
     "Turkey, a member of NATO since 1952 and one of the founders of the Economic Cooperation "
     "Organization, hosted the talks.", {"X": ["tur"], "O": ["economic-cooperation-organization"]}),
    ("org-whose-members-include",
     "Iraq is not a member of the Arab Maghreb Union (AMU), whose members include Libya and "
     "Tunisia.",
     {"O": ["arab-maghreb-union"], "X": ["lby", "tun"]}),
    ("possessive-visit-to-in",
     "The talks followed Mirziyoyev's state visit to Moscow in April 2019.",
     {"V": ["shavkat-mirziyoyev"], "P": ["moscow"], "D": ["April 2019"]}),
    ("city-the-state-capital", "Tashkent, the Uzbek capital, hosted the talks.",
     {"C": ["tashkent"], "S": ["uzb"]}),
    ("treaty-which-leaders-of-signed",
     "They cited the Treaty on Eternal Friendship, which the presidents of Uzbekistan and "
     "Kazakhstan signed in Tashkent on 31 October 1998.",
     {"S": ["uzb", "kaz"], "P": ["tashkent"], "D": ["31 October 1998"]}),
    ("states-whose-leaders-signed",
     "The pact was drafted by Armenia, Belarus and Russia, whose leaders signed the Minsk "
     "Agreement in Minsk in 1991.", {"S": ["arm", "blr", "rus"], "P": ["minsk"]}),
    ("joined-gapped-second-state",
     "Latvia joined the EU on 1 May 2004 and Bulgaria on 1 January 2007.",
     {"X": ["bgr"], "O": ["european-union"], "D": ["1 January 2007"]}),
    ("org-uses-official-languages",
     "The Commonwealth of Independent States uses Russian as its working language.",
     {"O": ["cis"], "L": ["russian"]}),
    ("state-org-member-since-apposition", "Georgia, a WTO member since 2000, exports wine.",
     {"X": ["geo"], "O": ["wto"], "D": ["2000"]}),
    ("at-state-initiative-adopted",
     "At Turkmenistan's initiative, the UN General Assembly adopted the Ashgabat Declaration "
     "on 12 December 2019.", {"S": ["tkm"], "D": ["12 December 2019"]}),
    ("admitted-and-became-member",
     "Georgia was admitted to the UN in 1992 and became the 137th member of the WTO on 14 June "
     "2000.", {"X": ["geo"], "O": ["wto"], "D": ["14 June 2000"]}),
    ("diplomatic-relations-between",
     "Diplomatic relations between Armenia and Iran, established on 9 February 1992, have grown.",
     {"A": ["arm", "irn"], "D": ["9 February 1992"]}),
    ("state-invested", "Turkish firms are said to have invested $1 billion in Georgia.",
     {"A": ["tur"], "B": ["geo"]}),
    ("org-held-summit", "The CSTO held its tenth summit in Minsk on 30 November 2017.",
     {"O": ["csto"], "C": ["minsk"]}),
    ("pipeline-apposition-built-by",
     "The Atasu–Alashankou oil pipeline, built by KazMunayGas and CNPC and completed in 2006, "
     "carries crude to China.", {"C": ["kazmunaygas", "cnpc"],
                                 "D": ["2006"]}),
    ("field-developed-by",
     "The Tengiz field, a supergiant deposit on the Caspian shore, has been developed since 1993 "
     "by Tengizchevroil.", {"F": ["tengiz-oil-field"], "C": ["tengizchevroil"], "D": ["1993"]}),
    ("state-port-of-city", "Ships sail from the Russian Black Sea port of Sochi.",
     {"S": ["rus"], "C": ["sochi"]}),
    ("among-first-to-establish-relations",
     "Turkey was among the first states to establish diplomatic relations with Georgia, on "
     "15 May 1992, and Russia followed on 1 July 1992.",
     {"A": ["tur"], "B": ["geo"], "D": ["15 May 1992"]}),
    ("among-first-to-establish-relations-followed",
     "Turkey was among the first states to establish diplomatic relations with Georgia, on "
     "15 May 1992, and Russia followed on 1 July 1992.",
     {"A": ["rus"], "B": ["geo"], "D": ["1 July 1992"]}),
    ("programme-takes-part",
     "Together with Georgia and Armenia, Azerbaijan takes part in the Eastern Partnership "
     "Programme.", {"X": ["geo", "arm", "aze"]}),
    ("treaty-signed-by-its-guarantors",
     "The Budapest Memorandum was signed in Budapest on 5 December 1994 by the United States, "
     "Russia and the United Kingdom, its three guarantor states.",
     {"G": ["usa", "rus", "gbr"]}),
    ("org-has-members-and-observers", "The CSTO now has six member states and two observers.",
     {"E": ["csto"], "N": ["two"]}),
    ("org-has-approved-members",
     "The Asian Infrastructure Investment Bank had 103 approved members.",
     {"E": ["asian-infrastructure-investment-bank"], "N": ["103"]}),
    ("investment-remains-at", "Turkish investment in Georgia remains small, at $300 million.",
     {"A": ["tur"], "B": ["geo"], "M": ["$300 million"]}),
    ("state-investment-totals", "Turkish investment in Georgia is put at some $2 billion.",
     {"A": ["tur"], "B": ["geo"], "M": ["some $2 billion"]}),
    ("arrived-for-visit",
     "Erdogan arrived in Baku on Monday for a two-day state visit at the invitation of Ilham "
     "Aliyev.", {"P": ["baku"], "I": ["ilham-aliyev"]}),
    # blind4 / blind5 (issue 3): widened rules and two new lines
    ("border-share-length", "Georgia and Armenia, which share a 219 km (136 mi) land border, met.",
     {"A": ["geo", "arm"], "L": ["219 km (136 mi)"]}),
    ("border-share-land-border-of",
     "Talks were held between Georgia and Armenia, two states that share a land border of 219 "
     "km (136 mi).", {"A": ["geo", "arm"], "L": ["219 km (136 mi)"]}),
    ("company-develops", "A spokesman for Lukoil, which develops the giant Kandym field, spoke.",
     {"C": ["lukoil"], "F": ["kandym-gas-field"]}),
    ("language-is-an-official-of-state",
     "Since 2010 Kyrgyz and Russian are both official languages of Kyrgyzstan.",
     {"L": ["kyrgyz", "russian"], "O": ["kgz"]}),
    ("state-official-language-is", "Georgia's official language is Georgian.",
     {"O": ["geo"], "L": ["georgian"]}),
    ("treaty-signed-by-states",
     "Georgia and Armenia signed the Treaty of Kars in the Armenian capital of Yerevan in 1921.",
     {"S": ["geo", "arm"], "P": ["yerevan"], "D": ["1921"]}),
    ("succeeded", "The OSCE had succeeded the CSCE in January 1995.",
     {"O": ["osce"], "P": ["csce"]}),
    ("succeeded-by", "The Shanghai Five was succeeded in June 2001 by the SCO.",
     {"P": ["shanghai-five"], "O": ["shanghai-cooperation-organisation"]}),
    ("chairmanship-of-org", "Armenia, which took over the chairmanship of the CSTO in 2022, met.",
     {"S": ["arm"], "O": ["csto"], "Y": ["2022"]}),
    ("became-member-of", "Georgia became a member of the WTO later in 2000.",
     {"X": ["geo"], "O": ["wto"], "D": ["2000"]}),
    ("as-chair-of-org", "As chair of the CSTO in 2022, Armenia hosted a summit.",
     {"O": ["csto"], "Y": ["2022"], "S": ["arm"]}),
    ("became-org-s-nth-member", "Armenia became the CSTO's sixth member state in 2022.",
     {"X": ["arm"], "O": ["csto"], "D": ["2022"]}),
    ("pair-possessive-border",
     "They patrol Uzbekistan and Tajikistan's 1,312-km (815-mile) border.",
     {"A": ["uzb", "tjk"], "L": ["1,312-km (815-mile)"]}),
    ("pipeline-apposition-built-by",
     "The Atasu–Alashankou oil pipeline, built by KazMunayGas and CNPC, was completed in 2006.",
     {"C": ["kazmunaygas", "cnpc"], "D": ["2006"]}),
    ("pipeline-which-and-completed",
     "The Atasu–Alashankou oil pipeline, which carries oil 900 km from the Kumkol field to China "
     "and was completed in 2006, is busy.",
     {"P": ["atasu-alashankou-oil-pipeline"], "D": ["2006"]}),
    ("diplomatic-relations-between-state-and-org",
     "Diplomatic relations between Armenia and the European Union (EU) were established on "
     "2 February 1993.", {"A": ["arm"], "B": ["european-union"], "D": ["2 February 1993"]}),
    ("member-of-second-organisation",
     "Armenia is a founding member of the CSTO, established on 15 May 1992, and a member of the "
     "Eurasian Economic Union (EAEU).", {"X": ["arm"], "O": ["eaeu"]}),
    ("country-bordered-by-compass-first",
     "Armenia is a small country in the South Caucasus that borders Georgia to the north, "
     "Azerbaijan (787 km) to the east and Iran to the south.", {"A": ["arm"], "B": ["geo"]}),
    ("country-bordered-by-compass-later",
     "Armenia is a small country bordered by Georgia to the north and Azerbaijan (787 km) to "
     "the east.", {"A": ["arm"], "B": ["aze"], "L": ["787 km"]}),
    ("treaty-gave-guarantees-from",
     "The Budapest Memorandum, signed on 5 December 1994, gave Ukraine security guarantees from "
     "Russia and the United Kingdom.", {"B": ["ukr"], "G": ["rus", "gbr"]}),
    ("state-chaired", "Austria, which had chaired the OSCE in 2017, hosted talks.",
     {"S": ["aut"], "O": ["osce"], "Y": ["2017"]}),
    ("chairmanship-handed-to",
     "Albania, which had chaired the OSCE for a year, passed the chairmanship to Sweden.",
     {"O": ["osce"], "S": ["swe"]}),
    ("handed-chairmanship-of-org-to",
     "In 2023 Armenia handed over the presidency of the CSTO to Belarus.",
     {"S": ["blr"], "O": ["csto"], "Y": ["2023"]}),
    ("org-has-admitted", "The Eurasian Economic Union later admitted Armenia and Kyrgyzstan.",
     {"O": ["eaeu"], "X": ["arm", "kgz"]}),
    ("fronted-founded-by",
     "Established in Minsk in 1991 by Belarus, Russia and Ukraine, the CIS was dissolved.",
     {"X": ["blr", "rus", "ukr"], "O": ["cis"], "D": ["1991"]}),
    ("treaty-which-states-signed",
     "The Treaty of Good Neighbourliness, which Russia and China signed in Moscow in July 2001, "
     "still stands.", {"S": ["rus", "chn"], "P": ["moscow"], "D": ["July 2001"]}),
    ("treaty-which-state-and-org-signed",
     "The Partnership and Cooperation Agreement that Kazakhstan and the European Union signed "
     "in 2015 came into force.", {"S": ["kaz", "european-union"], "D": ["2015"]}),
    ("org-summit-took-place",
     "The OSCE, whose last summit was held in Astana in December 2010, met again.",
     {"O": ["osce"], "C": ["astana"], "D": ["December 2010"]}),
    ("programme-in-which-take-part",
     "The OSCE's key instrument was the Aral Sea Basin Programme, in which Afghanistan and "
     "Tajikistan participated.", {"O": ["osce"], "X": ["afg", "tjk"]}),
    ("state-whose-capital-is", "Kyrgyzstan, whose capital is Bishkek, borders China.",
     {"S": ["kgz"], "C": ["bishkek"]}),
    ("city-replaced-as-capital", "Ankara replaced Istanbul as the capital of Turkey in 1923.",
     {"C": ["ankara"], "S": ["tur"]}),
    ("state-has-official-languages",
     "Belarus has two official languages, Belarusian and Russian.",
     {"O": ["blr"], "L": ["belarusian", "russian"]}),
    ("field-developed-by", "The Tengiz field, discovered in 1979, is operated by Tengizchevroil.",
     {"F": ["tengiz-oil-field"], "C": ["tengizchevroil"]}),
    ("pipeline-built-by",
     "The Atasu–Alashankou pipeline, which was built by China National Petroleum Corporation "
     "and KazMunayGas and completed in 2006, carries oil.",
     {"C": ["cnpc", "kazmunaygas"], "D": ["2006"]}),
    ("signed-becoming-founding-member",
     "In 1994 Uzbekistan signed the Tashkent Treaty in Tashkent, becoming a founding member of "
     "the Central Asian Union.", {"X": ["uzb"], "O": ["central-asian-union"], "D": ["1994"]}),
    ("org-adopted-initiative-of-state",
     "In December 2011 the UN General Assembly adopted the Declaration on Disarmament, a "
     "proposal of Kazakhstan.",
     {"T": ["declaration-on-disarmament"], "S": ["kaz"], "D": ["December 2011"]}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("rule", "text", "expected"), NEW_WORDINGS, ids=[w[0] for w in NEW_WORDINGS]
)
def test_a_wording_blind3_lacked_is_read_in_other_words(rule, text, expected):
    found = {found_rule: roles for found_rule, roles in facts_of(text)}
    assert rule in found, found
    for role, fillers in expected.items():
        assert found[rule][role] == fillers, (role, found[rule])


LOOK_ALIKES = [
    ("who-succeeded-as-president",
     "Mirziyoyev, who succeeded Karimov as Prime Minister of Uzbekistan, spoke."),
    ("border-possessive", "Uzbekistan's land route to Tajikistan is 300 km long."),
    ("first-state-to-chair",
     "Slovakia hoped to become the first Visegrad country to chair the OSCE."),
    ("apposition-and-one-of-the-founders",
     "Turkey, a member of NATO since 1952 and not one of the founders of the ECO, hosted it."),
    ("org-whose-members-include",
     "The Arab Maghreb Union (AMU), whose former members include Libya, met."),
    ("possessive-visit-to-in", "The talks followed Mirziyoyev's planned visit to Moscow in 2019."),
    ("city-the-state-capital", "Samarkand, the former Uzbek capital, hosted the talks."),
    ("treaty-which-leaders-of-signed",
     "The Treaty on Eternal Friendship, which the presidents of Uzbekistan and Kazakhstan "
     "refused to sign in 1998, lapsed."),
    ("states-whose-leaders-signed",
     "Armenia, Belarus and Russia, whose leaders never signed the Minsk Agreement, met."),
    ("joined-gapped-second-state", "Latvia joined the EU on 1 May 2004 and Bulgaria later."),
    ("org-uses-official-languages",
     "The Commonwealth of Independent States uses Russian as a lingua franca."),
    ("state-org-member-since-apposition", "Georgia, a CIS member until 2009, exports wine."),
    ("at-state-initiative-adopted",
     "At Turkmenistan's initiative, the UN General Assembly discussed the Ashgabat Declaration "
     "on 12 December 2019."),
    ("admitted-and-became-member",
     "Georgia was admitted to the UN in 1992 and became an observer of the WTO in 2000."),
    ("state-invested", "Turkish firms are said to be planning to invest $1 billion in Georgia."),
    ("org-held-summit", "The CSTO will hold its tenth summit in Minsk on 30 November 2027."),
    ("field-developed-by", "The Tengiz field, a deposit Chevron never developed, was sold."),
    ("arrived-for-visit", "Erdogan arrived in Baku on Monday for a two-day conference."),
    ("org-has-members-and-observers",
     "The CSTO now has six member states and two observer candidates."),
    ("state-investment-totals",
     "Turkish investment in Georgia is put at risk by $2 billion of debt."),
    ("pipeline-apposition-built-by",
     "The Atasu–Alashankou oil pipeline, built by KazMunayGas and CNPC and never completed, "
     "was sold in 2006."),
    ("diplomatic-relations-between",
     "Diplomatic relations between Armenia and Iran, suspended on 9 February 1992, have grown."),
    ("org-has-approved-members",
     "The Asian Infrastructure Investment Bank had 103 approved projects."),
    ("investment-remains-at",
     "Turkish investment in Georgia remains small, at under a tenth of the total."),
    ("treaty-signed-by-its-guarantors",
     "The Budapest Memorandum was signed in 1994 by Ukraine and Russia, its two main parties."),
    ("state-port-of-city", "Ships sail from a Russian oil terminal near the port of Sochi."),
    ("among-first-to-establish-relations",
     "Turkey was among the first states to recognise Georgia, on 15 May 1992."),
    ("among-first-to-establish-relations-followed",
     "Turkey was among the first states to establish diplomatic relations with Georgia, on "
     "15 May 1992, and Russia followed suit."),
    ("programme-takes-part",
     "Unlike Georgia and Armenia, Azerbaijan takes no part in the Eastern Partnership Programme."),
    ("border-share-length", "Georgia and Armenia, which share a 219 km (136 mi) land route, met."),
    ("border-share-land-border-of",
     "Talks were held between Georgia and Armenia, two states that share a pipeline of 219 km."),
    ("border-share-land-border-of",
     "Georgia and Armenia, which share a border of 219 km with Turkey, met."),
    ("company-develops",
     "A spokesman for Lukoil, which never developed the giant Kandym field, spoke."),
    ("language-is-an-official-of-state",
     "Since 2010 Kyrgyz and Russian are both official topics of Kyrgyzstan's talks."),
    ("state-official-language-is", "Georgia's largest minority language is Armenian."),
    ("treaty-signed-by-states",
     "Georgia and Armenia signed the Treaty of Kars in 1921 and met in the Armenian capital of "
     "Yerevan."),
    ("succeeded", "The OSCE had succeeded in uniting the CSCE states in January 1995."),
    ("succeeded-by", "The Shanghai Five was succeeded in June 2001 by talks with the SCO."),
    ("chairmanship-of-org", "Armenia, which declined the chairmanship of the CSTO in 2022, met."),
    ("became-member-of", "Georgia became a member of the WTO's panel later in 2000."),
    ("as-chair-of-org", "Speaking as chair of the CSTO in 2022, Armenia hosted a summit."),
    ("became-org-s-nth-member", "Armenia became the CSTO's sixth observer state in 2022."),
    ("pair-possessive-border",
     "They patrol Uzbekistan and Tajikistan's 1,312-km (815-mile) border with Afghanistan."),
    ("pipeline-apposition-built-by",
     "The Atasu–Alashankou oil pipeline, built by KazMunayGas and CNPC, was sold in 2006."),
    ("pipeline-which-and-completed",
     "The Atasu–Alashankou oil pipeline, which carries oil to a refinery that was completed in "
     "2006, is busy."),
    ("diplomatic-relations-between-state-and-org",
     "Diplomatic relations between Armenia and the European Union (EU) were never established."),
    ("member-of-second-organisation",
     "Armenia is a member of the CSTO and a member of the EAEU's court."),
    ("country-bordered-by-compass-first",
     "Armenia is a small country in the Caucasus whose ally Russia borders Georgia to the north."),
    ("country-bordered-by-compass-later",
     "Armenia is a small country in the Caucasus whose allies, Russia and Iran, border Georgia "
     "to the north and Azerbaijan to the east."),
    ("treaty-gave-guarantees-from",
     "The Budapest Memorandum gave Ukraine hope of guarantees from Russia."),
    ("state-chaired", "Austria, which had hoped to chair the OSCE in 2017, hosted talks."),
    ("chairmanship-handed-to",
     "Albania, which had chaired the OSCE for a year, handed the documents to Sweden."),
    ("handed-chairmanship-of-org-to",
     "Armenia handed its report on the chairmanship of the CSTO to Belarus."),
    ("org-has-admitted", "The OSCE has since admitted that Armenia was right."),
    ("fronted-founded-by", "Founded in 1991 by Russia, the company later joined the CIS."),
    ("treaty-which-states-signed",
     "The Treaty of Good Neighbourliness, which Russia and China have not signed, is a draft."),
    ("treaty-which-state-and-org-signed",
     "The Partnership and Cooperation Agreement that Kazakhstan and the European Union "
     "discussed in 2015 lapsed."),
    ("org-summit-took-place", "The OSCE, whose summit was planned for Astana in 2010, met."),
    ("programme-in-which-take-part",
     "The Aral Sea Basin Programme, in which Tajikistan took a loan, ended."),
    ("state-whose-capital-is", "Kyrgyzstan, whose largest city is Bishkek, borders China."),
    ("city-replaced-as-capital", "Ankara replaced Istanbul as the largest city of Turkey."),
    ("state-has-official-languages",
     "Belarus has two official languages, one of which is Russian."),
    ("field-developed-by",
     "The Tengiz field, discovered in 1979, is expected to be operated by Tengizchevroil."),
    ("pipeline-built-by",
     "The Atasu–Alashankou pipeline, which was built by China National Petroleum Corporation "
     "and KazMunayGas and completed talks in 2006, carries oil."),
    ("signed-becoming-founding-member",
     "In 1994 Uzbekistan signed the Tashkent Treaty, becoming a candidate for the Central Asian "
     "Union."),
    ("org-adopted-initiative-of-state",
     "In December 2011 the UN General Assembly rejected the Declaration on Disarmament, a "
     "proposal of Kazakhstan."),
]  # fmt: skip


# widened rules whose look-alike still states the old part: the role that must stay empty
WIDENED = {
    "pipeline-apposition-built-by": "D",
    "treaty-signed-by-states": "P",
    "pipeline-built-by": "D",
}


@pytest.mark.parametrize(("rule", "text"), LOOK_ALIKES, ids=[w[0] for w in LOOK_ALIKES])
def test_a_look_alike_of_a_blind3_wording_gives_nothing(rule, text):
    found = {found_rule: roles for found_rule, roles in facts_of(text)}
    if rule in WIDENED:  # the rule's old wording still stands; its new part must not match
        assert WIDENED[rule] not in found.get(rule, {}), found
    else:
        assert rule not in found, found
    assert {r for r, _, _ in NEW_WORDINGS} == {r for r, _ in LOOK_ALIKES}


def test_a_visit_called_off_is_no_visit():
    assert facts_of("It followed Mirziyoyev's state visit to Moscow, later cancelled.") == []
    assert facts_of("Mirziyoyev visited Moscow in April 2019; a second visit was postponed.") == []


def test_a_comma_the_rule_spells_out_closes_no_apposition():
    facts = facts_of("Armenia and Georgia, whose envoys met in Tbilisi, Georgia, that week, agree.")
    assert ("city-comma-state", {"C": ["tbilisi"], "S": ["geo"]}) in facts
    # a comma the rule leaves optional still closes one: P is not the subject here
    facts = facts_of("The EAEU, which replaced EurAsEC, was founded by Russia in 2015.")
    founders = [roles for rule, roles in facts if rule == "founded-by"]
    assert founders == [{"O": ["eaeu"], "X": ["rus"], "D": ["2015"]}]
    assert ("org-which-succeeded", {"O": ["eaeu"], "P": ["eurasec"]}) in facts


def test_a_visit_whose_inviter_the_rules_cannot_name_is_not_asserted_without_one():
    assert facts_of("Mirziyoyev visited Moscow in 2019 at the invitation of his counterpart.") == []
    [(rule, roles)] = facts_of("Mirziyoyev visited Moscow in 2019 at the invitation of Putin.")
    assert (rule, roles["I"]) == ("visited", ["vladimir-putin"])


# Dates that follow a match past an apposition or a place phrase (issue 3, blind4/blind5):
# an event node without the date the sentence gives it counts as a wrong fact.


def test_a_date_after_a_noun_apposition_dates_the_membership():
    facts = dict(facts_of("Georgia was admitted to the OSCE, the largest regional body, in 1992."))
    assert facts["admitted-to"] == {"X": ["geo"], "O": ["osce"], "D": ["1992"]}


def test_a_date_after_a_place_phrase_dates_the_development():
    text = "Lukoil has operated the Kandym field near the Afghan border since 2004."
    facts = dict(facts_of(text))
    assert facts["company-develops"]["D"] == ["2004"]


def test_a_date_after_a_relative_clause_is_not_taken():
    facts = dict(facts_of("Georgia was admitted to the OSCE, which Russia had left, in 1992."))
    assert "D" not in facts.get("admitted-to", {}), facts


def test_two_dates_after_an_apposition_leave_the_node_out():
    text = "Georgia was admitted to the OSCE, the largest regional body, in 1992 and 1993."
    assert "admitted-to" not in dict(facts_of(text))


def test_a_co_founded_organisation_s_own_founding_date_dates_its_founders():
    text = "Armenia and Russia co-founded the EAEU, which came into being on 1 January 2015."
    assert dict(facts_of(text))["co-founded"]["D"] == ["1 January 2015"]


def test_an_organisation_joined_in_its_relative_clause_gives_no_founding_date():
    facts = dict(facts_of("Armenia co-founded the CSTO, which Russia joined in 2002."))
    assert "D" not in facts["co-founded"]


def test_a_fronted_date_before_a_noun_apposition_dates_the_signing():
    text = ("On 13 October 1921, the first anniversary of the war, Armenia and Georgia signed the "
            "Treaty of Kars in Moscow.")  # fmt: skip
    assert dict(facts_of(text))["treaty-signed-by-states"]["D"] == ["13 October 1921"]


def test_a_fronted_date_before_a_relative_clause_leaves_the_node_out():
    assert facts_of("On 13 October 1921, which was a Monday, Armenia joined the CIS.") == []


def test_a_founding_clause_with_on_dates_a_founding_member():
    text = "Armenia is a founding member of the CSTO, established on 15 May 1992, and an ally."
    assert dict(facts_of(text))["co-founders-of"]["D"] == ["15 May 1992"]


def test_each_state_of_a_compass_list_borders_the_country_with_its_own_length():
    facts = facts_of(
        "Armenia is a small country bordered by Georgia to the north, Azerbaijan (787 km) to the "
        "east and Iran to the south."
    )
    borders = sorted((roles["B"], roles.get("L")) for _, roles in facts)
    assert borders == [(["aze"], ["787 km"]), (["geo"], None), (["irn"], None)]


def test_a_presidential_title_before_a_name_is_that_persons_not_the_previous_ones():
    text = (
        "At the invitation of President of Mongolia Ukhnaagiin Khurelsukh, President of the "
        "Republic of Latvia Egils Levits visited Ulaanbaatar."
    )
    heads = sorted((roles["P"][0], roles["S"][0]) for rule, roles in facts_of(text) if "S" in roles)
    # never Latvia to the person before the title; Levits, a name the gazetteer lacks, is read
    # as the name right after "President of <state>" (mentions._titled_people)
    assert heads == [("egils-levits", "lva"), ("ukhnaagiin-khurelsukh", "mng")]
    [(rule, roles)] = facts_of("Ukhnaagiin Khurelsukh, President of Mongolia, visited Riga.")
    assert (rule, roles["P"], roles["S"]) == (
        "person-president-of",
        ["ukhnaagiin-khurelsukh"],
        ["mng"],
    )


def test_a_fronted_since_date_dates_the_field_development():
    [(rule, roles)] = facts_of("Since 2004 the Tengiz field has been developed by Chevron.")
    assert (rule, roles["D"]) == ("field-developed-by", ["2004"])
