"""The trigger fallback's clause reading (trigger_clauses.py): fillers a clause names outside
itself (relative clauses, appositions, shared subjects, elliptic conjuncts), block words scoped
to their part of the sentence, and the look-alikes each must leave alone.

The relation rules are switched off here, so each test sees what the trigger stage alone does.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples, rule_ids, triggers_alone  # noqa: F401 (autouse)

from kzgraph import triggers


def _triples(text: str) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="clause-test")


def _rules(text: str) -> set[str]:
    return rule_ids(text, stem="clause-test")


def _facts(text: str) -> set[tuple[str, str, str]]:
    """The binary facts (kz:rule and node properties left out)."""
    return {t for t in _triples(text) if t[1] != "rule" and not t[0].startswith(
        ("membership-", "founding-membership-", "visit-", "border-", "chairmanship-"))}  # fmt: skip


# (construction, sentence, triples it must give)
POSITIVES = [
    ("subject relative clause",
     "Mongolia, which formally joined the Asian Development Bank in 1991, borders China.",
     {("mng", "memberOf", "adb"), ("membership-mng-adb", "startDate", "1991")}),
    ("object relative clause",
     "Tokayev addressed the Asian Development Bank, which Mongolia formally joined in 1991.",
     {("mng", "memberOf", "adb"), ("membership-mng-adb", "startDate", "1991")}),
    ("nominal apposition",
     "Georgia, a full member of the Asian Development Bank since 2007, borders Turkey.",
     {("geo", "memberOf", "adb"), ("membership-geo-adb", "startDate", "2007")}),
    ("participle apposition",
     "The Eurasian Development Bank, founded in 2006 by Russia and Kazakhstan, lends to Armenia.",
     {("rus", "coFounderOf", "eurasian-development-bank"),
      ("kaz", "coFounderOf", "eurasian-development-bank")}),
    ("shared subject after and",
     "Mongolia was admitted to the United Nations in 1961 and formally joined the World Trade "
     "Organization in 1997.",
     {("mng", "memberOf", "united-nations"), ("mng", "memberOf", "wto"),
      ("membership-mng-wto", "startDate", "1997")}),
    ("shared subject in a verb series",
     "Mongolia acceded to the Energy Charter Treaty in 1999, became a member of the World Trade "
     "Organization in 1997, and hosted a summit.",
     {("mng", "memberOf", "wto"), ("membership-mng-wto", "startDate", "1997")}),
    ("elliptic conjunct",
     "Mongolia joined the Asian Development Bank in 1991 and the World Trade Organization in 1997.",
     {("membership-mng-adb", "startDate", "1991"), ("membership-mng-wto", "startDate", "1997")}),
    ("elliptic conjunct repeating the preposition",
     "Mongolia became a member of the Asian Development Bank in 1991 and of the World Trade "
     "Organization in 1997.",
     {("membership-mng-adb", "startDate", "1991"), ("membership-mng-wto", "startDate", "1997")}),
    ("an observer after a contrast",
     "Mongolia joined the World Trade Organization in 1997, while Turkmenistan is only an "
     "observer.",
     {("mng", "memberOf", "wto")}),
    ("an observer in another part",
     "Mongolia joined the World Trade Organization in 1997; Turkmenistan remains an observer.",
     {("mng", "memberOf", "wto")}),
    ("a negation after a contrast",
     "Georgia and Armenia are members of the Asian Development Bank, whereas Iran is not.",
     {("geo", "memberOf", "adb"), ("arm", "memberOf", "adb")}),
    ("a title after a fronted date",
     "In October 2015, Prime Minister Shinzo Abe made an official visit to Ulaanbaatar.",
     {("visit-shinzo-abe-ulaanbaatar-2015-10", "destination", "ulaanbaatar")}),
    ("an ordinal before the trigger noun",
     "Mongolia became the 76th member of the Asian Development Bank in 1991.",
     {("mng", "memberOf", "adb"), ("membership-mng-adb", "startDate", "1991")}),
    ("an organisation admits a state",
     "The Asian Development Bank formally admitted Georgia in 2007.",
     {("geo", "memberOf", "adb"), ("membership-geo-adb", "startDate", "2007")}),
    ("a state takes part in a programme",
     "Tajikistan actively participates in the Asian Development Bank's Central Asia Regional "
     "Economic Cooperation Program.",
     {("tjk", "participatesInProgramme", "central-asia-regional-economic-cooperation-program")}),
    ("an adverbial aside after the subject",
     "Mongolia, however, joined the World Trade Organization in 1997.",
     {("mng", "memberOf", "wto"), ("membership-mng-wto", "startDate", "1997")}),
    ("a city where the line has no place slot",
     "The Eurasian Development Bank was founded in Almaty in January 2006 by Russia and "
     "Kazakhstan.",
     {("rus", "coFounderOf", "eurasian-development-bank"),
      ("founding-membership-kaz-eurasian-development-bank", "startDate", "2006-01")}),
    ("former before a proper adjective",
     "Mongolia, a former Soviet satellite, joined the World Trade Organization in 1997.",
     {("mng", "memberOf", "wto"), ("membership-mng-wto", "startDate", "1997")}),
    ("an apposition closed before the main clause's date",
     "Georgia, a member of the Asian Development Bank, hosted the bank's annual meeting in 2010.",
     {("geo", "memberOf", "adb")}),
    ("a contrast after the object",
     "Georgia and Armenia are members of the Asian Development Bank, while Iran has been an "
     "observer since 2005.",
     {("geo", "memberOf", "adb"), ("arm", "memberOf", "adb")}),
    ("a verb without its object joins the sentence's organisation",
     "The Asian Development Bank opened an office in Tbilisi; Georgia joined in 2007.",
     {("geo", "memberOf", "adb"), ("membership-geo-adb", "startDate", "2007")}),
    ("a relative clause after a member's organisation",
     "Japan is a founding member of the Asian Development Bank, which Mongolia joined in 1991.",
     {("mng", "memberOf", "adb"), ("membership-mng-adb", "startDate", "1991")}),
    ("a state's representatives sign for it",
     "The presidents of Mongolia and Georgia signed the Energy Charter Treaty in Tbilisi in 1999.",
     {("energy-charter-treaty", "signatory", "mng"),
      ("energy-charter-treaty", "signatory", "geo")}),
    ("a fronted since-date",
     "Since 1992, Mongolia has been a member of the Asian Development Bank.",
     {("mng", "memberOf", "adb"), ("membership-mng-adb", "startDate", "1992")}),
    ("a chairmanship held in the present",
     "Mongolia holds the rotating chairmanship of the Asian Development Bank in 2024.",
     {("adb", "chairedBy", "mng"), ("chairmanship-adb-mng", "year", "2024")}),
    ("signed and ratified",
     "Mongolia signed and ratified the Energy Charter Treaty in 1999.",
     {("energy-charter-treaty", "signatory", "mng")}),
    ("accepted into",
     "Georgia was accepted into the Asian Development Bank in 2007.",
     {("geo", "memberOf", "adb"), ("membership-geo-adb", "startDate", "2007")}),
    ("gained membership of",
     "Georgia gained membership of the Asian Development Bank in 2007.",
     {("geo", "memberOf", "adb"), ("membership-geo-adb", "startDate", "2007")}),
    ("states established an organisation",
     "Mongolia and Japan established the Asian Development Bank in 1966.",
     {("mng", "coFounderOf", "adb"), ("founding-membership-jpn-adb", "startDate", "1966")}),
    ("a field's participle apposition skipped",
     "The Kashagan field, discovered in 2000, is developed by the North Caspian Operating "
     "Company.",
     {("north-caspian-operating-company", "develops", "kashagan-oil-field")}),
    ("a pipeline heads a participle apposition",
     "The Kazakhstan–China Pipeline, built by China National Petroleum Corporation and "
     "KazMunayGas, carries oil to Xinjiang.",
     {("kazakhstan-china-oil-pipeline", "builtBy", "cnpc"),
      ("kazakhstan-china-oil-pipeline", "builtBy", "kazmunaygas")}),
    ("companies operate a field",
     "Shell and Eni jointly operate the Karachaganak field.",
     {("shell", "develops", "karachaganak-field"), ("eni", "develops", "karachaganak-field")}),
    ("borders with a list of states",
     "Kazakhstan shares borders with Russia, China, Kyrgyzstan, Uzbekistan and Turkmenistan.",
     {("kaz", "sharesBorderWith", "rus"), ("kaz", "sharesBorderWith", "tkm")}),
    ("a visit's inviter after titles",
     "Japanese Prime Minister Shinzo Abe paid a state visit to Astana on 26 October 2015 at the "
     "invitation of Kazakh President Nursultan Nazarbayev.",
     {("visit-shinzo-abe-astana-2015-10-26", "invitedBy", "nursultan-nazarbayev"),
      ("visit-shinzo-abe-astana-2015-10-26", "date", "2015-10-26")}),
    ("a visit's inviter after a possessive title",
     "Shinzo Abe visited Astana on 26 October 2015 at the invitation of Kazakhstan's President "
     "Nursultan Nazarbayev.",
     {("visit-shinzo-abe-astana-2015-10-26", "invitedBy", "nursultan-nazarbayev")}),
    ("a co-founding with a relative clause of another fact",
     "Mongolia and Russia co-founded the Eurasian Development Bank, which Georgia joined in "
     "2012.",
     {("mng", "coFounderOf", "eurasian-development-bank")}),
]  # fmt: skip

# (what must not be read, sentence, facts it must not give)
NEGATIVES = [
    ("a relative clause after a qualified head",
     "The capital of Mongolia, which formally joined the Asian Development Bank in 1991, lies "
     "on a river.",
     {("mng", "memberOf", "adb")}),
    ("an object relative clause after a qualified head",
     "Tokayev addressed a committee of the Asian Development Bank, which Mongolia formally "
     "joined in 1991.",
     {("mng", "memberOf", "adb")}),
    ("an object relative clause with a content word after the verb",
     "Tokayev addressed the Asian Development Bank, which Mongolia formally joined in protest.",
     {("mng", "memberOf", "adb")}),
    ("a nominal apposition with a noun between",
     "Georgia, a full member of the board of the Asian Development Bank since 2007, borders "
     "Turkey.",
     {("geo", "memberOf", "adb")}),
    ("a participle without its agent",
     "The Eurasian Development Bank, founded with funds from Russia, lends to Armenia.",
     {("rus", "coFounderOf", "eurasian-development-bank")}),
    ("another state between the shared subject and the verb",
     "Mongolia signed a treaty with Russia and formally joined the World Trade Organization in "
     "1997.",
     {("mng", "memberOf", "wto"), ("rus", "memberOf", "wto")}),
    ("a clause with a subject of its own",
     "Mongolia, Georgia and Armenia met in 1995, and both are members of the Asian Development "
     "Bank.",
     {("mng", "memberOf", "adb"), ("geo", "memberOf", "adb"), ("arm", "memberOf", "adb")}),
    ("a date in the aside",
     "Mongolia, in 1997, joined the World Trade Organization.",
     {("mng", "memberOf", "wto")}),
    ("a content word after the city",
     "The Eurasian Development Bank was founded in Almaty in 2006 by a decree of Russia and "
     "Kazakhstan.",
     {("rus", "coFounderOf", "eurasian-development-bank")}),
    ("a former membership",
     "Mongolia, a former member of the Asian Development Bank, joined the World Trade "
     "Organization in 1997.",
     {("mng", "memberOf", "wto"), ("mng", "memberOf", "adb")}),
    ("an apposition's date the line does not take",
     "Georgia, a member of the Asian Development Bank in 2007, borders Turkey.",
     {("geo", "memberOf", "adb")}),
    ("a verb without its object after a qualified organisation",
     "Mongolia founded the Asian Development Bank's fund in 2001; Georgia joined in 2007.",
     {("geo", "memberOf", "adb")}),
    ("a verb without its object after two organisations",
     "The Asian Development Bank and the World Trade Organization opened offices in Tbilisi; "
     "Georgia joined in 2007.",
     {("geo", "memberOf", "adb"), ("geo", "memberOf", "wto")}),
    ("a signing witnessed by representatives",
     "The Energy Charter Treaty was signed in the presence of the leaders of Mongolia and "
     "Georgia.",
     {("energy-charter-treaty", "signatory", "mng"),
      ("energy-charter-treaty", "signatory", "geo")}),
    ("a fronted since-date with a verb of an event",
     "Since 1992, Mongolia joined the Asian Development Bank.",
     {("mng", "memberOf", "adb")}),
    ("ratified only",
     "Mongolia ratified the Energy Charter Treaty in 1999.",
     {("energy-charter-treaty", "signatory", "mng")}),
    ("an organisation's office established",
     "Mongolia established an office of the Asian Development Bank in 1995.",
     {("mng", "coFounderOf", "adb")}),
    ("an organisation's fund set up",
     "Mongolia and Japan set up the Asian Development Bank's fund in 1966.",
     {("mng", "coFounderOf", "adb"), ("jpn", "coFounderOf", "adb")}),
    ("an undated object before a date that may be shared",
     "Mongolia joined the Asian Development Bank and later, with Georgia, the World Trade "
     "Organization in 1997.",
     {("mng", "memberOf", "adb")}),
    ("a pipeline built with another's money",
     "The Kazakhstan–China Pipeline, built with loans from China National Petroleum "
     "Corporation, carries oil.",
     {("kazakhstan-china-oil-pipeline", "builtBy", "cnpc")}),
    ("one length for two borders",
     "Mongolia shares a 3,485-kilometre border with Russia and China.",
     {("mng", "sharesBorderWith", "rus"), ("mng", "sharesBorderWith", "chn")}),
    ("an inviter the clause does not name",
     "At the invitation of Nursultan Nazarbayev, Shinzo Abe paid a state visit to Astana on "
     "26 October 2015.",
     {("visit-shinzo-abe-astana-2015-10-26", "visitor", "shinzo-abe")}),
    ("an inviter that is no person",
     "Shinzo Abe paid a state visit to Astana on 26 October 2015 at the invitation of his "
     "counterpart.",
     {("visit-shinzo-abe-astana-2015-10-26", "visitor", "shinzo-abe")}),
    ("an inviter's government",
     "Shinzo Abe paid a state visit to Astana on 26 October 2015 at the invitation of Nursultan "
     "Nazarbayev's government.",
     {("visit-shinzo-abe-astana-2015-10-26", "visitor", "shinzo-abe")}),
    ("a fronted date before a shared subject",
     "On 3 May 1997, Mongolia opened an embassy and formally joined the World Trade "
     "Organization.",
     {("mng", "memberOf", "wto")}),
    ("a gapped subject is no object",  # Georgia joined the bank (gapping.py), not Mongolia Georgia
     "Mongolia joined the Asian Development Bank in 1991, and Georgia in 2007.",
     {("mng", "memberOf", "geo"), ("membership-geo-adb", "startDate", "1991")}),
    ("an undated conjunct after a dated one",
     "Mongolia joined the Asian Development Bank in 1991 and the World Trade Organization.",
     {("mng", "memberOf", "wto")}),
    ("an observer in the same part",
     "Mongolia joined the World Trade Organization in 1997, but only as an observer.",
     {("mng", "memberOf", "wto")}),
    ("a withdrawal anywhere in the sentence",
     "Mongolia joined the World Trade Organization in 1997; it withdrew in 2005.",
     {("mng", "memberOf", "wto")}),
    ("an admission as an observer",
     "The Asian Development Bank admitted Georgia as an observer in 2007.",
     {("geo", "memberOf", "adb")}),
    ("an admission of a fact",
     "The Asian Development Bank admitted that Georgia had repaid its loans.",
     {("geo", "memberOf", "adb")}),
    ("a programme's review",
     "Tajikistan took part in a review of the Asian Development Bank's Central Asia Regional "
     "Economic Cooperation Program.",
     {("tjk", "participatesInProgramme", "central-asia-regional-economic-cooperation-program")}),
    ("a name that opens with a state's name",
     "Uzbekistan takes part in the Russian Export Promotion Programme.",
     {("uzb", "participatesInProgramme", "russian-export-promotion-programme")}),
    ("a founding date in a relative clause",
     "Mongolia and Russia co-founded the Eurasian Development Bank, which came into being on "
     "1 May 2010.",
     {("mng", "coFounderOf", "eurasian-development-bank")}),
]  # fmt: skip


@pytest.mark.parametrize(("name", "text", "expected"), POSITIVES, ids=[p[0] for p in POSITIVES])
def test_the_trigger_stage_reads_the_construction(name, text, expected):
    found = _triples(text)
    assert expected <= found, found
    assert any(rule.startswith("trigger:") for rule in _rules(text))


@pytest.mark.parametrize(("name", "text", "wrong"), NEGATIVES, ids=[n[0] for n in NEGATIVES])
def test_the_trigger_stage_leaves_the_look_alike_alone(name, text, wrong):
    assert not wrong & _triples(text)


def test_the_gapped_subject_keeps_the_first_clause_and_takes_its_own_date():
    text = "Mongolia joined the Asian Development Bank in 1991, and Georgia in 2007."
    assert _facts(text) == {("mng", "memberOf", "adb"), ("geo", "memberOf", "adb")}
    assert {("membership-mng-adb", "startDate", "1991"),
            ("membership-geo-adb", "startDate", "2007")} <= _triples(text)  # fmt: skip


def test_an_undated_conjunct_leaves_the_dated_first_one():
    text = "Mongolia joined the Asian Development Bank in 1991 and the World Trade Organization."
    assert ("membership-mng-adb", "startDate", "1991") in _triples(text)


def test_a_block_line_scope_must_be_sentence_or_part(tmp_path):
    path = tmp_path / "triggers.jsonl"
    path.write_text('{"id": "x", "scope": "clause", "block": ["plans"]}\n', encoding="utf-8")
    with pytest.raises(triggers.RuleFileError, match=r"triggers\.jsonl:1: scope must be"):
        triggers.load_trigger_rules(path)


def test_a_part_scoped_block_word_blocks_only_its_part(tmp_path):
    path = tmp_path / "triggers.jsonl"
    line = (
        '{"id": "j", "kind": "membership", "triggers": ["joined"], "left": [{"role": "X", '
        '"class": "State"}], "right": [{"role": "O", "class": "InternationalOrganisation"}]}'
    )
    path.write_text('{"id": "b", "scope": "part", "block": ["plans"]}\n' + line + "\n")
    rules = triggers.load_trigger_rules(path)
    assert rules.block_part == {"plans"} and not rules.block


def test_a_line_without_a_right_slot_is_refused(tmp_path):
    path = tmp_path / "triggers.jsonl"
    path.write_text(
        '{"id": "x", "kind": "membership", "triggers": ["joined"], "left": [{"role": "X", '
        '"class": "State"}, {"role": "O", "class": "InternationalOrganisation"}], "right": []}\n',
        encoding="utf-8",
    )
    with pytest.raises(triggers.RuleFileError, match=r"triggers\.jsonl:1: .*needs a right slot"):
        triggers.load_trigger_rules(path)
