"""Relation facts from one sentence: the compiled rules (rule_dsl) matched over its merged Doc.

Every mention is merged into one token (a coordination "X, Y and Z" is one token too), the
rules whose words and slot types the sentence holds are run, and each match becomes a Fact
unless it names something else (a modifier, an apposition's head, a possessive), is hedged
(hedges) or leaves its date unclear (relation_dates). Only the maximal matches are kept; then
gapped continuations after them and fronted groups sharing their subject add facts (gapping).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cache

from kzgraph import lexicon
from kzgraph.errors import RuleFileError
from kzgraph.gapping import (
    colon_list_items,
    companion_token,
    continued_facts,
    default_gapping,
    delayed_conjunct,
    left_out_object_facts,
    respectively,
    shared_subject_facts,
    subject_index,
)
from kzgraph.gazetteer import default_gazetteer, read_jsonl
from kzgraph.hedges import (
    Hedges,
    after_phrase,
    before_pattern_words,
    hedge_words,
    hedged,
    load_hedges,
)
from kzgraph.lexicon import expand_lexicon_references
from kzgraph.mentions import Mention
from kzgraph.name_bounds import ARTICLES
from kzgraph.org_bodies import names_a_body
from kzgraph.place_asides import place_asides
from kzgraph.relation_dates import (
    attach_late_date,
    comitative_before_date,
    focus_adverb_date,
    referring_date_at,
    unattached_date,
)
from kzgraph.resources import rules_dir
from kzgraph.rule_dsl import (
    OPTIONAL_THE,
    POSSESSIVE,
    CompiledPattern,
    RelationRules,
    compile_word,
    default_relation_rules,
    load_relation_rules,
    merged_attrs,
    register_extensions,
    requirements,
)
from kzgraph.sentences import last_call, past_form, pipeline
from kzgraph.summits_held import unheld_summit
from kzgraph.trigger_clauses import VALUE_CLASSES

# names other modules and tests import from here since before the rule DSL moved out
__all__ = [
    "CompiledPattern", "Fact", "Hedges", "RelationRules", "compile_word",
    "default_relation_rules", "extract_relations", "hedged", "load_hedges",
    "load_relation_rules", "merged_doc_for", "register_extensions", "requirements",
]  # fmt: skip

_ACTOR_KINDS = {"Place", "Organisation", "Person", "Programme"}

# The words that open an apposition or relative clause after a named head ("O, the successor
# of P, ...", "O, which replaced P, ..."); a past participle ("O, founded by P, ...") does too.
_APPOSITION_OPENERS = lexicon.words("apposition-openers")
# The lowercase words that may follow an organisation ending a match and carry on the clause:
# any other ("joined the SCO summit", "the OSCE talks", "the EU market") makes the organisation
# a modifier of that word, and the match names the summit, talks or market, not the body.
_CLAUSE_WORDS = lexicon.words("organisation-clause-words")
_UNCLEAR = -1  # an apposition's subject whose head cannot take its role
# the Doc.user_data key under which merged_doc_for records the classes of the mentions it merged,
# as (token index, class) pairs
_KINDS_AT = "kz_kinds_at"
_LAST_MERGED: list = []  # [key, Doc] of merged_doc_for's last call (sentences.last_call)
# relative words: a clause they open after a comma is no main clause, whatever its head
_RELATIVE_OPENERS = lexicon.words("relative-openers")
# The only words a match may spell before its first slot for that slot to be the subject an
# aside's head can take (relations._led_by_words): "the O , ..." but not "President of {S}"
_SUBJECT_DETERMINERS = lexicon.words("false21-subject-determiners")
# What opens an aside between a subject and its verb that a second reading leaves out
# ("X, a member of O, joined P", "X, which joined O in D, hosted ..."); a lowercase participle
# ("X, founded in 1991, admitted ...") does too.
_SUBJECT_ASIDE_OPENERS = lexicon.words("subject-aside-openers")
# lowercase words after such an aside's closing comma that do not carry its clause on
_NOT_CARRYING = lexicon.words("not-carrying-words")
_PARTICIPLES = lexicon.words("irregular-participles")
# "the Kyrgyzstan football federation": a body a state's name qualifies (_names_state_body)
_STATE_BODY_NOUNS = lexicon.words("state-named-body-nouns")
_BODY_REACH = 4  # up to three qualifying words before the body noun
# "a protocol to|amending the 1998 treaty was signed": a document joined to the treaty (PF12B)
_ATTACHED_DOCUMENTS = lexicon.words("pf12b-attached-document-nouns")
_ATTACHING_LINKS = lexicon.words("pf12b-attaching-links")
_ANNEX_DOCUMENTS = lexicon.words("annex-document-nouns")  # joined by "to"
_DEMONYM_JOINS = re.compile(r"\s*[-–—]\s*")  # "Uzbek-Kazakh", "Russian – Kazakh"
_ATTACHED_REACH = 4  # words between the link and the treaty: "to the 1998 Baikonur lease agreement"
# "when|once|until ..." right before a match in the present tense: a time to come (FP11B)
_FUTURE_CLAUSE_OPENER_WORDS = [
    phrase.split() for phrase in lexicon.phrases("future-time-clause-openers")
]  # "as soon as", "by the time": the last words before the match


@dataclass
class Fact:
    """One rule match: its rule and kind, the mentions in each role, and the matched span."""

    rule: str
    kind: str
    roles: dict[str, list[tuple[Mention, str]]]  # role -> [(mention, slot type)]
    start: int
    end: int
    defaults: dict[str, str] = field(default_factory=dict)
    consts: dict[str, str] = field(default_factory=dict)
    hedged: bool = False  # stated under a hedge (data/hedges.jsonl): never asserted
    # the match behind it (its pattern variant and the token of its leading subject), for gapping
    match: tuple[CompiledPattern, int | None] | None = field(default=None, compare=False)
    reread: bool = field(default=False, compare=False)  # found reading past an aside
    # matches of the same fillers whose rules take a context role otherwise (_keep_maximal), best
    # first: read when this one's default resolves nothing (extract._apply_defaults)
    fallbacks: list[Fact] = field(default_factory=list, compare=False, repr=False)

    def signature(self) -> frozenset:
        """Which mention fills which role: two facts with the same signature say the same."""
        return frozenset(
            (role, id(mention)) for role, fillers in self.roles.items() for mention, _ in fillers
        )


def extract_relations(
    sentence_text: str, sentence_start: int, mentions: list[Mention], rules: RelationRules | None
) -> list[Fact]:
    """The facts the relation rules find in one sentence (whose mentions are resolved)."""
    rules = rules or default_relation_rules()
    doc = merged_doc_for(sentence_text, sentence_start, mentions)
    facts = _facts_in(doc, rules, mentions)
    facts += _colon_list(doc, rules, mentions, facts)
    asides = _subject_asides(doc, rules.hedges)
    if asides:  # "X, a member of O, joined P": read again as "X joined P" (and a detached
        # group "X, together with G, joined P" as "X joined P" with G beside X)
        facts = _reread(doc, (sentence_text, sentence_start), mentions, rules, asides, facts)
    places = place_asides(doc)
    if places:  # "arrived in C, the S capital, for a visit": read again as "arrived in C for a
        # visit", for the kinds lexicon rec21v-place-aside-kinds names
        found = _reread(doc, (sentence_text, sentence_start), mentions, rules, asides + places)
        facts = _keep_maximal(
            [(f, f.signature()) for f in facts + [f for f in found if f.kind in _PLACE_KINDS]]
        )
    shifted = {id(f): f for fact in facts for f in (fact, *fact.fallbacks)}
    for fact in shifted.values():
        fact.start += sentence_start
        fact.end += sentence_start
    return facts


def _reread(doc, sentence: tuple[str, int], mentions, rules, asides, facts=()) -> list[Fact]:
    """``facts`` and those the rules find in the sentence (its text and start) read again with
    ``asides`` blanked (each char kept, so offsets stay valid), the maximal ones."""
    text, start = sentence
    blanked, skip, written, facts = text, set(), doc, list(facts)
    for begin_char, end_char, _, group in asides:
        blank = " " * (end_char - begin_char)  # the same length: every offset stays valid
        blanked = blanked[:begin_char] + blank + blanked[end_char:]
        skip |= {group} if group is not None else set()
    doc = merged_doc_for(blanked, start, mentions, skip=frozenset(skip))
    for fact in _facts_in(doc, rules, mentions, asides):
        fact.reread = True
        facts += [] if _refused_as_written(written, blanked, fact, rules) else [fact]
    return _keep_maximal([(fact, fact.signature()) for fact in facts])


#: REC21V: the kinds a reading past a capital's apposition beside a city may give
_PLACE_KINDS = lexicon.words("rec21v-place-aside-kinds")


def _refused_as_written(doc, blanked: str, fact: Fact, rules: RelationRules) -> bool:
    """Whether a fact found in the ``blanked`` sentence, its asides left out, ends where the
    sentence as written (``doc``) goes on with a phrase its rule's ``not_before`` refuses: the
    aside may be what refuses it ("During the visit of V to P, which never took place, ...")."""
    end = len(blanked[: fact.end].rstrip())  # the match may end on the blank
    after = next((token.i for token in doc if token.idx >= end), len(doc))
    refused = rules.rules.get(fact.rule, {}).get("not_before", [])
    return any(_spells(doc, after, phrase) for phrase in refused)


def _facts_in(doc, rules: RelationRules, mentions: list[Mention], asides=()) -> list[Fact]:
    """The maximal facts of one merged Doc, with the gapped continuations after them."""
    candidates, words = [], hedge_words(doc)
    for match_id, begin, finish, alignment in _matches(doc, rules):
        compiled = rules.patterns[doc.vocab.strings[match_id]]
        record = rules.rules[compiled.rule_id]
        fact = _fact_from_match(doc, begin, finish, alignment, compiled, record, mentions)
        if fact is not None and _states_something(fact):
            late = attach_late_date(doc, begin, finish, alignment, compiled, record, fact, mentions)
            negatable = before_pattern_words(begin, alignment, compiled)
            undated = late or unattached_date(doc, begin, finish, alignment, compiled, record)
            # a match _fact_from_match refused ("a study of P") counts as hedged
            hedge = hedged(words, begin, finish, rules.hedges, negatable) or fact.hedged
            hedge = hedge or _hedged_past_late_date(doc, words, finish, fact, rules.hedges)
            fact.hedged = undated or hedge
            candidates.append((fact, fact.signature()))
            if undated and not hedge:  # "... in D1 and D2 respectively": a date each
                distributed = _distributed(doc, fact, mentions, words, rules.hedges)
                candidates += [(f, f.signature()) for f in distributed]
    # a hedged match still outranks the shorter matches it contains, so that "joined Y in 2020
    # as an observer" does not fall back to "joined Y"; only then is it dropped. So does one
    # with a date it cannot attach: "joined Y in 2015 and 2012" does not fall back either.
    facts = [fact for fact in _keep_maximal(candidates) if not fact.hedged]
    for _, _, subject, group in asides:
        if group is not None:
            _add_detached_group(doc, facts, subject, mentions[group], mentions)
    facts += _gapped(doc, facts, rules, mentions, words)
    return _keep_maximal([(fact, fact.signature()) for fact in facts if not fact.hedged])


def _gapped(
    doc, facts: list[Fact], rules: RelationRules, mentions: list[Mention], words: list[str]
) -> list[Fact]:
    """Fronted companions join a fact's subject ("Together with A, X founded O"); gapped
    continuations after it ("and B in D2") state more facts (gapping.py, data/gapping.jsonl).
    ``words`` are the Doc's hedge_words, which _facts_in has read already."""
    gapping, found = default_gapping(), []
    work = list(facts)  # a verb phrase after "and" may have gapped continuations of its own
    for fact in work:
        compiled, subject = fact.match or (None, None)
        if compiled is None:
            continue
        companions = gapping.allows("companions", fact.kind)
        if companions and subject is not None and "+" not in fact.rule:
            _add_companions(doc, fact, compiled, subject, companions, mentions)
        delayed = gapping.allows("delayed-conjunct", fact.kind)
        if delayed and subject is not None and "+" not in fact.rule:
            more = _delayed(doc, fact, compiled, subject, delayed, mentions)
            if more is None:
                fact.hedged = True  # its date is left out: _facts_in drops it
                continue
            found += more
        if fact.rule.endswith("+companions"):
            continue  # the group shares one clause: what follows continues the match's subject
        for new in _continuations(doc, fact, rules, mentions, gapping):
            # a group before the match's date lies inside its span
            if new.end <= fact.end or not _hedged_between(
                doc, words, fact.end, new.end, rules.hedges
            ):
                found.append(new)
                work.append(new)
    return found


def _continuations(doc, fact: Fact, rules: RelationRules, mentions: list[Mention], gapping):
    """The facts continuing ``fact`` after its match: gapped continuations ("and B in D2"), a
    shared subject's further verb phrases and left-out objects (gapping.py)."""
    end = _token_from(doc, fact.end)
    # "X joined O, together with A, on D": the group before the date is the companions
    end = comitative_before_date(doc, end) or end
    variant = rules.variants[fact.rule.split("+")[0]]
    continued = continued_facts(doc, fact, end, variant, mentions, gapping)
    if (shared := gapping.rules.get("shared-subject")) is not None:
        continued += shared_subject_facts(doc, fact, end, rules, mentions, shared)
    if left_out := gapping.allows("left-out-object", fact.kind):
        continued += left_out_object_facts(doc, fact, end, rules, mentions, left_out)
    return continued


def continued_after(
    sentence_text: str,
    sentence_start: int,
    facts: list[Fact],
    mentions: list[Mention],
    rules: RelationRules | None = None,
) -> list[Fact]:
    """The gapped continuations after facts no rule pattern matched (the trigger fallback's:
    "X formally joined O in D1 and P in D2"), read by the patterns of the rules of each fact's
    kind that have all its roles; the same alignment checks as a rule match's."""
    rules = rules or default_relation_rules()
    gapping, found = default_gapping(), []
    facts = [f for f in facts if f.match is None and not f.hedged]
    if not facts:
        return []
    doc = merged_doc_for(sentence_text, sentence_start, mentions)
    words = hedge_words(doc)
    for fact in facts:
        variants = _variants_of_kind(rules, fact.kind, _leftmost_role(fact))
        local = replace(fact, start=fact.start - sentence_start, end=fact.end - sentence_start)
        end = _token_from(doc, local.end)
        for new in continued_facts(doc, local, end, variants, mentions, gapping):
            if not _hedged_between(doc, words, local.end, new.end, rules.hedges):
                found.append(replace(new, start=fact.start, end=new.end + sentence_start))
    return found


def _token_from(doc, char: int) -> int:
    """The index of the Doc's first token at or after character ``char`` (len(doc) if none)."""
    return next((t.i for t in doc if t.idx >= char), len(doc))


def _hedged_past_late_date(doc, words: list[str], finish: int, fact: Fact, hedges: Hedges) -> bool:
    """Whether an after phrase follows the date attach_late_date took past the match: "joined
    O, along with A, in 2017 as an observer" is no membership, as "joined O in 2017 as an
    observer" is not."""
    reach = _token_from(doc, fact.end)
    return reach > finish and after_phrase(words, reach, hedges)


def _hedged_between(doc, words: list[str], first: int, end: int, hedges: Hedges) -> bool:
    """Whether the tokens over characters ``first``..``end`` (a continuation after its match)
    are stated under a hedge."""
    span = doc.char_span(first, end, alignment_mode="expand") or doc[:0]
    return hedged(words, span.start, span.end, hedges)


def _colon_list(doc, rules: RelationRules, mentions: list[Mention], facts: list[Fact]) -> list:
    """ "Diplomatic relations with the West followed: with A on D1, with B on D2 and with C on
    D3": a fact per item, as the line's rule would state it (its other party from context);
    none in a hedged sentence or one where a rule already read a fact of the kind."""
    gap = default_gapping().rules.get("colon-list")
    if gap is None or gap.rule not in rules.rules:
        return []
    record = rules.rules[gap.rule]
    if any(f.kind == record["kind"] for f in facts):
        return []
    items = colon_list_items(doc, rules, gap)
    if not items or hedged(hedge_words(doc), 0, len(doc), rules.hedges):
        return []
    date_role = next(
        slot[0] for v in rules.variants[gap.rule] for slot in v.roles if slot and slot[1] == "Date"
    )
    found = []
    for first, party, date in items:
        roles = {
            gap.role: [(mentions[doc[party]._.kz_mention], "State")],
            date_role: [(mentions[doc[date]._.kz_mention], "Date")],
        }
        found.append(Fact(
            f"{gap.rule}+{gap.id}", record["kind"], roles, doc[first].idx,
            doc[date].idx + len(doc[date].text.rstrip()), dict(record.get("defaults", {})),
            dict(record.get("consts", {})),
        ))  # fmt: skip
    return found


def _leftmost_role(fact: Fact) -> str | None:
    """The role of a fact's first filler in the text that is no date: its subject's."""
    fillers = [(m.start, role) for role, fs in fact.roles.items() for m, slot in fs
               if slot != "Date" and m.end > m.start]  # fmt: skip
    return min(fillers)[1] if fillers else None


def _variants_of_kind(rules: RelationRules, kind: str, subject: str | None) -> list:
    """Every pattern variant of the rules of ``kind`` that take no role from context and whose
    subject is role ``subject``: "O admitted X" reads no "X gained membership of O" (built once
    per rule set)."""
    key = ("variants-of-kind", kind, subject)
    if key not in rules.indexes:
        rules.indexes[key] = [
            variant for rule_id, record in rules.rules.items()
            if record["kind"] == kind and not record.get("defaults")
            for variant in rules.variants[rule_id]
            if (index := subject_index(variant.roles)) is not None
            and variant.roles[index][0] == subject
        ]  # fmt: skip
    return rules.indexes[key]


def _distributed(doc, fact: Fact, mentions: list[Mention], words, hedges) -> list[Fact]:
    """ "A and B joined O in D1 and D2 respectively": a fact per member with its own date;
    none when a hedge follows the closing word (", respectively, as observers")."""
    rule = default_gapping().allows("respectively", fact.kind)
    facts = respectively(doc, fact, mentions, rule) if rule else []
    if facts:
        after = next((t.i + 1 for t in doc if t.idx + len(t.text) >= facts[0].end), len(doc))
        after += 1 if after < len(doc) and doc[after].text == "," else 0
        if hedged(words, after, after, hedges):
            return []
    return facts


def _subject_asides(doc, hedges: Hedges) -> list[tuple[int, int, int, int | None]]:
    """The asides right after a named actor that a second reading leaves out: (first char,
    char after the closing comma, the actor's mention, a detached group's mention or None).
    A detached group: ", together with G," (gapping.jsonl's companions words); a noun
    apposition or relative clause: ", a member of O,", ", which joined O in D," followed by a
    lowercase word that carries the clause on (not "and": "X, the host, and Y ...")."""
    companions = default_gapping().rules.get("companions")
    found = []
    kinds_at = doc.user_data.get(_KINDS_AT)  # only a merged mention can be an actor
    tokens = doc if kinds_at is None else [doc[i] for i in sorted({i for i, _ in kinds_at})]
    for token in tokens:
        if not token._.kz_actor or token.i + 2 >= len(doc) or doc[token.i + 1].text != ",":
            continue  # "In 2001, together with G, X ...": a fronted group, not a detached one
        group = _detached_group(doc, token.i, companions)
        closing = group + 1 if group is not None else _apposition_end(doc, token.i + 2, hedges)
        if closing is not None:
            end = doc[closing].idx + len(doc[closing].text)
            found.append((doc[token.i + 1].idx, end, token._.kz_mention,
                          None if group is None else doc[group]._.kz_mention))  # fmt: skip
    return found


def _detached_group(doc, subject: int, rule) -> int | None:
    """The token of G in "X, together with G, ..." (X at ``subject``), or None."""
    for words in rule.words if rule is not None else ():
        group = subject + 2 + len(words)
        if group + 1 >= len(doc) or doc[group]._.kz_mention < 0 or doc[group + 1].text != ",":
            continue
        if [t.lower_ for t in doc[subject + 2 : group]] == list(words):
            return group
    return None


#: A determiner opening a noun phrase right after an aside's closing comma that follows a name:
#: the phrase may be that name's apposition (lexicon fp13-name-apposition-determiners).
_NAME_APPOSITION_DETERMINERS = lexicon.words("fp13-name-apposition-determiners")


def _apposition_end(doc, opening: int, hedges: Hedges) -> int | None:
    """The closing comma of a noun apposition or relative clause opening at ``opening``, when
    a lowercase word carrying the clause on follows it and no hedge lies inside."""
    first = doc[opening].lower_.split()[0]
    if not (first in _SUBJECT_ASIDE_OPENERS or (first.endswith("ed") and doc[opening].is_lower)):
        return None
    stop = next((i for i in range(opening, min(opening + 14, len(doc))) if doc[i].is_punct), None)
    if stop is None or doc[stop].text != "," or stop + 1 >= len(doc):
        return None
    following = doc[stop + 1]
    if not (following.is_alpha and following.is_lower) or following.lower_ in _NOT_CARRYING:
        return None
    if doc[stop - 1]._.kz_mention >= 0 and _passive_participle_after(doc, stop + 1):
        return None  # "X, which succeeded P, founded by Y": the participle may qualify P
    if doc[stop - 1]._.kz_mention >= 0 and following.lower_ in _NAME_APPOSITION_DETERMINERS:
        return None  # "C1, the body is based in C2, the capital of S": the capital is C2's
    words = {t.lower_ for t in doc[opening:stop]}
    doubt = hedges.sentence | hedges.before | hedges.inside | hedges.span
    return None if words & doubt else stop


def _add_detached_group(doc, facts: list[Fact], subject: int, group, mentions) -> None:
    """Give the detached group the role of the subject it stood beside, in facts of the kinds
    that allow companions, when it could fill the subject's slot."""
    rule = default_gapping().rules["companions"]
    for fact in facts:
        compiled, token = fact.match or (None, None)
        if fact.kind not in rule.kinds or token is None or doc[token]._.kz_mention != subject:
            continue
        index = subject_index(compiled.roles)
        role, slot = compiled.roles[index]
        kinds = compiled.specs[index]["_"]["kz_kinds"]["REGEX"]
        if re.search(kinds, "|" + "|".join(group.kinds) + "|") and group.source != "value":
            fact.roles[role].append((group, slot))


def _delayed(doc, fact: Fact, compiled, subject: int, rule, mentions) -> list[Fact] | None:
    """ "A and, later, X joined O": A joined O too, when the match has no date (a date would be
    X's, and A's unknown). "A and, since D, X are members of O": X's fact takes D, and A's is
    a copy without it; None (drop the fact) when X's fact cannot take D."""
    index = subject_index(compiled.roles)
    conjuncts, date = delayed_conjunct(doc, subject, compiled.specs[index], rule)
    if not conjuncts:
        return []
    dates = {r: f for r, f in fact.roles.items() if any(slot == "Date" for _, slot in f)}
    own = date is not None and [m for f in dates.values() for m, _ in f] == [
        mentions[doc[date]._.kz_mention]
    ]  # "A and, in D, X joined O": the rule took X's fronted date itself
    if dates and not own:
        return []  # a date of the clause would be X's; A's is not said
    role, slot = compiled.roles[index]
    firsts = [(mentions[doc[i]._.kz_mention], slot) for i in conjuncts]
    if date is None:
        fact.roles.setdefault(role, []).extend(firsts)
        fact.start = min(fact.start, doc[conjuncts[0]].idx)
        return []
    date_role = compiled.dates.trailing_role or compiled.dates.leading_role
    if not own and (date_role is None or doc[date - 1].lower_ not in compiled.dates.introducers):
        return None  # X's fact would lack the date the sentence gives it
    undated = {r: f for r, f in fact.roles.items() if r not in dates}
    others = replace(fact, roles=undated | {role: firsts}, match=None,
                     start=min(fact.start, doc[conjuncts[0]].idx))  # fmt: skip
    others.rule = f"{fact.rule}+{rule.id}"
    if not own:
        fact.roles[date_role] = [(mentions[doc[date]._.kz_mention], "Date")]
    return [others]


def _add_companions(doc, fact: Fact, compiled, subject: int, rule, mentions) -> None:
    """Give a fronted group ("Together with A and B, X ...") the role of the subject X."""
    index = subject_index(compiled.roles)
    token = companion_token(doc, subject, compiled.specs[index], rule)
    if token is not None:
        role, slot = compiled.roles[index]
        fact.roles.setdefault(role, []).append((mentions[doc[token]._.kz_mention], slot))
        fact.start = min(fact.start, doc[token - 2].idx)


def _states_something(fact: Fact) -> bool:
    """Whether a match links at least two things: "O has" (every optional part of "O has N
    staff" left out) names O alone and says nothing."""
    return len(set(fact.roles) | set(fact.defaults) | set(fact.consts)) >= 2


def _matches(doc, rules: RelationRules):
    """Run only the rules whose required words and slot types the sentence has, in the order
    the rule needs them (much faster)."""
    positions = _positions(doc)
    by_option, always, entries = _matcher_index(rules)
    candidates = set(always)
    for option in positions.keys() & by_option.keys():
        candidates.update(by_option[option])
    for position in sorted(candidates):  # the rule file's order, as before the index
        matcher, needs = entries[position]
        if _in_order(needs, positions):
            yield from matcher(doc, with_alignments=True)


def _matcher_index(rules: RelationRules):
    """The rules' Matchers by one of their needs, built once: a rule can only match a sentence
    holding an option of each need, so only the rules indexed under a word or slot type of the
    sentence are checked further. Each rule is indexed under the need whose options the fewest
    rules need (a rarer word: "ratified" rather than "State" or "in")."""
    key = "matchers by need"
    if key not in rules.indexes:
        entries = list(rules.matchers.values())
        frequency = Counter(o for _, needs in entries for _, options in needs for o in options)
        by_option: dict[str, list[int]] = {}
        always = []
        for position, (_, needs) in enumerate(entries):
            if not needs:
                always.append(position)
                continue
            _, rarest = min(needs, key=lambda need: sum(frequency[o] for o in need[1]))
            for option in rarest:
                by_option.setdefault(option, []).append(position)
        rules.indexes[key] = (by_option, always, entries)
    return rules.indexes[key]


def _in_order(needs: list[tuple[str, frozenset]], positions: dict[str, list[int]]) -> bool:
    """Whether a token holds an option of each need, each token after the one before: a match
    takes a pattern's required tokens in its order, so a rule failing this cannot match."""
    last = -1
    for _, options in needs:
        last = _first_after(last, options, positions)
        if last is None:
            return False
    return True


def _first_after(last: int, options: frozenset, positions: dict[str, list[int]]) -> int | None:
    """The first token after ``last`` holding one of ``options`` (None if there is none): a
    plain loop, as _in_order asks it some 70,000 times over the development texts."""
    first = None
    for option in options:
        found = positions.get(option)
        if found and found[-1] > last:
            at = found[bisect_right(found, last)]
            if first is None or at < first:
                first = at
    return first


def _positions(doc) -> dict[str, list[int]]:
    """The tokens (ascending indices) of each NORM and each merged mention's class in a Doc:
    the norms read as one array (no Token object per token), the classes as merged_doc_for
    recorded them."""
    strings, positions = doc.vocab.strings, {}
    for index, norm in enumerate(doc.to_array("NORM").tolist()):
        positions.setdefault(strings[norm], []).append(index)
    kinds_at = doc.user_data.get(_KINDS_AT)
    if kinds_at is None:  # a Doc merged elsewhere
        kinds_at = [(t.i, k) for t in doc for k in t._.kz_kinds.split("|") if k]
    for index, kind in kinds_at:
        found = positions.setdefault(kind, [])
        if index not in found:  # a class named as a norm too: each token once, in order
            insort(found, index)
    return positions


def merged_doc_for(
    sentence_text: str, sentence_start: int, mentions: list[Mention], skip: frozenset = frozenset()
):
    """The merged Doc of one sentence given its own text (without the mentions of ``skip``).

    The last Doc is kept and given again for the same text and mentions (``last_call``): the
    rules, the trigger lines and their continuations read one sentence's Doc in turn, and none
    of them writes on it."""
    nlp = pipeline()
    key = (id(nlp), sentence_text, sentence_start, skip, tuple(map(_merge_key, mentions)))
    return last_call(
        _LAST_MERGED, key, lambda: _merged_doc(nlp, sentence_text, sentence_start, mentions, skip)
    )


def _merge_key(mention: Mention) -> tuple:
    """All that _merged_doc reads of a mention."""
    group = bool(mention.members) and len(mention.entities) > 1
    return mention.start, mention.end, tuple(mention.kinds), group


def _merged_doc(nlp, sentence_text: str, sentence_start: int, mentions: list[Mention], skip):
    register_extensions()
    doc = nlp.make_doc(sentence_text)
    spans = []
    for index, mention in enumerate(mentions):
        if index in skip:
            continue
        local_start, local_end = mention.start - sentence_start, mention.end - sentence_start
        span = doc.char_span(local_start, local_end, alignment_mode="expand")
        if span is not None:
            span = _with_trailing_space(doc, span)
        if span is not None and all(span.end <= s.start or span.start >= s.end for s, _ in spans):
            spans.append((span, index))
    merged = [(span.start_char, index) for span, index in spans]
    spaces = doc.to_array("IS_SPACE").tolist()  # read as one array: no Token object per token
    with doc.retokenize() as retokenizer:
        # a stray space token ("a\u00a0 Conference") joins the word before it, keeping its NORM
        for i in range(1, len(doc)):
            if spaces[i] and not spaces[i - 1] and not _inside_any((i - 1, i), spans):
                retokenizer.merge(doc[i - 1 : i + 1], attrs={"NORM": doc[i - 1].norm_})
        for span, index in spans:
            mention = mentions[index]
            group = bool(mention.members) and len(mention.entities) > 1
            actor = bool(set(mention.kinds) & _ACTOR_KINDS)
            retokenizer.merge(span, attrs=merged_attrs(mention.kinds, group, actor, index))
    starts = doc.to_array("IDX").tolist()  # a merged mention's token starts where it did
    doc.user_data[_KINDS_AT] = tuple(
        (bisect_left(starts, begin), kind)
        for begin, index in merged
        for kind in "|".join(mentions[index].kinds).split("|")
        if kind
    )
    return doc


def _with_trailing_space(doc, span):
    """A mention's span stretched over the space tokens after it: a masked citation marker
    ("Kazakhstan[3] joined") must not stand between a name and the rest of its pattern."""
    end = span.end
    while end < len(doc) and doc[end].is_space:
        end += 1
    return doc[span.start : end]


def _inside(index: int, spans: list) -> bool:
    return any(span.start <= index < span.end for span, _ in spans)


def _inside_any(indices: tuple[int, ...], spans: list) -> bool:
    """Whether a token of ``indices`` lies inside one of the mention ``spans`` ((span, index)
    pairs): a stray space there belongs to the name and is merged with it, not with a word."""
    return any(_inside(index, spans) for index in indices)


def _fact_from_match(doc, begin, finish, alignment, compiled, record, mentions) -> Fact | None:
    for gap, limit in compiled.gaps.items():
        if alignment.count(gap) > limit:
            return None
    if _gap_joins_clauses(doc, begin, alignment, compiled):
        return None  # "... at the invitation of P, and Q visited D": Q is the next clause's
    if any(_spells(doc, finish, phrase) for phrase in record.get("not_before", [])):
        return None  # "joined NATO's programme" is not "joined NATO"; "had 11 members in 1993"
    if finish < len(doc) and _has_kind(doc[finish], record.get("not_before_class", [])):
        return None  # "X, President of Poland Andrzej Duda": the title is the next person's
    if _modifies_what_follows(doc, finish, record.get("keeps_possessive", False)):
        return None
    if _state_of_subnational_unit(doc, begin, alignment, compiled):
        return None  # "The Orenburg Region of Russia shares a 1,876-km border with X": the region's
    if _preceded_by(doc, begin, record.get("not_after", [])):
        return None  # "Vice President of X, Y" is not X's head of state; "In 1993, O had N"
    if _possessive_in_gap(doc, begin, alignment, compiled):
        return None  # "trade between the EU and Kazakhstan's neighbours was ..."
    heads = _subject_heads(doc, begin, alignment, compiled)
    if heads is None:
        return None  # the subject sits inside an apposition whose head cannot take its role
    roles: dict[str, list[tuple[Mention, str]]] = {}
    consts = dict(record.get("consts", {}))
    for offset, slot_index in enumerate(alignment):
        slot = compiled.roles[slot_index]
        token = doc[heads.get(offset, begin + offset)]
        if slot is not None and slot[1] == "text":
            word = token.text.strip()  # a merged stray space or masked marker is no part of it
            consts[slot[0]] = f"{consts[slot[0]]} {word}" if slot[0] in consts else word
        if slot is None or not slot[0] or token._.kz_mention < 0:
            continue
        if token.i == finish - 1 and (holder := _epithet_holder(doc, token.i, slot[1])):
            token, finish = holder, holder.i + 1  # "invested in A's neighbour B": B's
        mention = mentions[token._.kz_mention]
        if mention.members and slot[0] in record.get("nearest", ()):
            mention = mention.members[-1]  # "member of A and B, which it co-founded": B only
        roles.setdefault(slot[0], []).append((mention, slot[1]))
    if "paired" in record and not (roles := _paired_items(roles, record["paired"])):
        return None  # "the presidents of A and B, X and Y": lists of unequal length
    span = doc[min([begin, *heads.values()]) : finish]
    defaults = dict(record.get("defaults", {}))
    leading = _subject_token(alignment, compiled, begin, heads)
    # "A study of the P pipeline was commissioned": the study was, not P. Refused as a hedge
    # is, so that the shorter matches inside it do not stand in for it
    of_phrase = _slot_in_of_phrase(doc, begin, alignment, compiled, heads)
    # "A delegation sent by X visited C": the delegation heads the subject, not X
    of_phrase = of_phrase or _gap_subject_in_modifier(doc, begin, alignment, compiled, heads)
    # "called for a summit of O in C", "There was no O summit in C": no summit held
    if record["kind"] == "summit":
        of_phrase = of_phrase or unheld_summit([t.lower_ for t in doc], begin, finish)
    # "..., when C hosts the summit of O", "once X joins O": a clause of time in the present
    of_phrase = of_phrase or future_time_clause(doc, begin, finish)
    # "chaired the UN Commission on Narcotic Drugs": a body of O, no chairmanship of O; "F,
    # formerly the EurAsEC Anti-Crisis Fund": a fund of EurAsEC, no predecessor of F (any
    # organisation filler the match ends at, FP11B)
    if _ends_at_organisation(alignment, compiled, begin, finish, record["kind"] != "chairmanship"):
        of_phrase = of_phrase or names_a_body(doc, finish - 1)
    # "A protocol to the 1998 treaty was signed in C in 2002": the protocol was, not the treaty
    if record["kind"] == "treaty-signed":
        of_phrase = of_phrase or _treaty_of_another_document(doc, begin, alignment, compiled)
    return Fact(
        record["id"],
        record["kind"],
        roles,
        span.start_char,
        span.end_char,
        defaults,
        consts,
        hedged=of_phrase,
        match=(compiled, leading),
    )


def _paired_items(roles: dict, paired: dict) -> dict:
    """The roles with each of ``paired["roles"]`` filled by the item ``paired["item"]`` of its
    list, when every one of them is a list and all have the same length ("the presidents of A
    and B, X and Y": X A, Y B, never the cross product); else nothing."""
    lists = [roles.get(role, []) for role in paired["roles"]]
    if any(len(fillers) != 1 or not fillers[0][0].members for fillers in lists):
        return {}
    sizes = {len(fillers[0][0].members) for fillers in lists}
    if len(sizes) != 1 or paired["item"] >= sizes.pop():
        return {}
    return roles | {
        role: [(fillers[0][0].members[paired["item"]], fillers[0][1])]
        for role, fillers in zip(paired["roles"], lists, strict=True)
    }


def _treaty_of_another_document(doc, begin: int, alignment, compiled: CompiledPattern) -> bool:
    """Whether a treaty slot's filler is the complement of another document right before it
    (past up to four words such as "the", a year or a name): a protocol, annex or amendment
    joined by "to" (lexicon annex-document-nouns), any document of pf12b-attached-document-nouns
    joined by a participle (pf12b-attaching-links): "A protocol to the 1998 treaty was signed in
    C in 2002", "Amendments to the agreement were signed in C", "A memorandum implementing the
    2003 agreement was signed": the protocol, amendments or memorandum were signed then and
    there, and the treaty would take their date and place. Prepositions that join any noun to a
    treaty ("of", "for", "under": "the rules of", "a plan for", "claims under" the treaty) are
    no link: they cost right signings on unseen text. "In addition to the agreement, which was
    signed in C" keeps it."""
    for offset, index in enumerate(alignment):
        slot = compiled.roles[index]
        if slot is None or not slot[0] or "Treaty" not in str(slot[1]).split("|"):
            continue
        at = begin + offset
        if doc[at]._.kz_mention < 0:
            continue
        link = at - 1
        reach = at - 1 - _ATTACHED_REACH
        while link >= reach and link > 0 and doc[link].lower_ not in _ATTACHING_LINKS:
            if not (doc[link].is_alpha or doc[link]._.kz_mention >= 0):
                break  # a comma or a bracket closes the treaty's noun phrase
            link -= 1
        if link < 1 or doc[link].lower_ not in _ATTACHING_LINKS:
            continue
        noun = doc[link - 1].lower_.split()
        nouns = _ANNEX_DOCUMENTS if doc[link].lower_ == "to" else _ATTACHED_DOCUMENTS
        if noun and noun[-1] in nouns:
            return True
    return False


def future_time_clause(doc, begin: int, finish: int) -> bool:
    """Whether a match opens right after words that open a clause of time ("when", "once",
    "until", "as soon as": lexicon future-time-clause-openers) and one of its words outside
    the names is a present-tense verb the rules know the past of ("hosts", "joins", "is
    admitted"), not already read as the past on a chronology line: "..., when Astana hosts
    the summit of O", "tariffs will fall once X joins O" speak of what is to come ("when X
    joined O" keeps its reading)."""
    before = [t.lower_ for t in doc[max(0, begin - 3) : begin]]
    if not any(before[-len(words) :] == words for words in _FUTURE_CLAUSE_OPENER_WORDS):
        return False
    for token in doc[begin:finish]:
        if token._.kz_mention >= 0 or token.norm_ != token.lower_:
            continue
        following = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
        if past_form(token.lower_, following, False):
            return True
    return False


def _ends_at_organisation(
    alignment, compiled: CompiledPattern, begin: int, finish: int, any_role: bool = False
) -> bool:
    """Whether the match's last token fills its organisation slot O (``any_role``: any slot of
    an organisation class, "{P:Organisation}" too)."""
    if not 0 <= finish - 1 - begin < len(alignment):
        return False  # the match ends past its own words ("in A's neighbour B": B's)
    slot = compiled.roles[alignment[finish - 1 - begin]]
    if slot is None or not slot[0]:
        return False
    if any_role:
        return any(c.endswith("Organisation") for c in str(slot[1]).split("|"))
    return slot[0] == "O"


def _subject_token(alignment, compiled: CompiledPattern, begin: int, heads: dict[int, int]):
    """The token filling the variant's subject slot (its apposition's head if it took one)."""
    index = subject_index(compiled.roles)
    offset = next((o for o, i in enumerate(alignment) if i == index), None)
    if offset is None:
        return None
    return heads.get(offset, begin + offset)


def _subject_heads(doc, begin: int, alignment, compiled: CompiledPattern) -> dict[int, int] | None:
    """The heads that take the role of a subject sitting inside an apposition or relative
    clause, by its offset in the match: the leading slot's ("O, the successor of P, was
    founded") and the subject's after a gap ("X, who had invited P, visited": "*6 {V:Person}"
    may start anywhere before P). None when such a head cannot take the role: drop the match."""
    leading = _leading_slot(alignment, compiled)
    if leading is not None and compiled.dates.comma_after_subject:
        leading = None  # "{C:City} , {S:State}" reads that comma itself: no apposition closes there
    heads = {}
    for offset in {leading, _gap_led_subject(alignment, compiled)} - {None}:
        titled = offset == leading and _led_by_words(doc, begin, offset)
        head = _apposition_head(doc, begin + offset, compiled.roles[alignment[offset]], titled)
        if head == _UNCLEAR:
            return None
        if head is not None:
            heads[offset] = head
    return heads


def _described(token) -> bool:
    """Whether a mention is a description, not a name ("a separate treaty": its noun): in an
    apposition after a named thing ("T, a separate treaty, was signed on D") its role is the
    named head's, a treaty or a document too, not only an actor (KNOWN18)."""
    return token._.kz_mention >= 0 and token.text[:1].islower()


def _slot_in_of_phrase(doc, begin: int, alignment, compiled: CompiledPattern, heads) -> bool:
    """Whether a slot's named filler opening the match is the object of an "of" before it,
    after a head noun not transparent for the slot's class (data/of_heads.jsonl): "A unit of
    C develops F", "The second string of P was commissioned" state nothing of C or P; "The
    leaders of A and B signed T" still do, and so does a rule's own "member of {O}". So too a
    state after "to" or "for" and a head the file lists for them: "Peru's ambassador to Bolivia
    signed T", "The Fund for X signed T"."""
    for offset, index in enumerate(alignment):
        slot = compiled.roles[index]
        if slot is None or not slot[0] or slot[1] in ("text", *VALUE_CLASSES) or offset in heads:
            continue
        classes, prepositions = slot[1].split("|"), tuple(_head_table())
        if inside_of_phrase(
            doc, begin + offset, classes, lambda j: j >= begin, prepositions=prepositions
        ):
            return True
    return False


@cache
def _head_table() -> dict[str, dict[str, frozenset]]:
    """The heads of data/of_heads.jsonl by preposition ("of" unless a line names another) and
    slot class ("*" any), each head a tuple of lowercased words."""
    found: dict[str, dict[str, set]] = {}
    path = rules_dir() / "of_heads.jsonl"
    for line, record in read_jsonl(path, ("id", "classes", "heads")):
        heads, classes = record["heads"], record["classes"]
        listed = isinstance(heads, list) and isinstance(classes, list) and heads and classes
        if not listed or not all(isinstance(x, str) and x.strip() for x in [*heads, *classes]):
            raise RuleFileError(path, line, "classes and heads must be lists of non-empty strings")
        preposition = record.get("preposition", "of")
        if not isinstance(preposition, str) or not preposition.isalpha():
            raise RuleFileError(path, line, "preposition must be one word")
        table = found.setdefault(preposition.lower(), {})
        for cls in classes:
            table.setdefault(cls, set()).update(tuple(h.lower().split()) for h in heads)
    return {prep: {cls: frozenset(h) for cls, h in table.items()} for prep, table in found.items()}


def of_heads(preposition: str = "of") -> dict[str, frozenset]:
    """The heads of data/of_heads.jsonl before ``preposition`` by slot class ("*" any), each as
    a tuple of lowercased words: transparent before "of", hiding before another preposition."""
    return _head_table().get(preposition, {})


def _hiding_head(doc, at: int, classes) -> bool:
    """Whether the words before the preposition at ``at`` (not "of") are a head noun that
    data/of_heads.jsonl lists for it and one of ``classes``: the filler after it names the
    head's thing ("Peru's ambassador to Bolivia", "the Fund for X"), not the actor."""
    hiding = of_heads(doc[at].lower_)
    for cls in ["*", *classes]:
        for phrase in hiding.get(cls, ()):
            start = at - len(phrase)
            if start >= 0 and tuple(t.lower_ for t in doc[start:at]) == phrase:
                return True
    return False


def inside_of_phrase(
    doc, index: int, classes, spelled=lambda j: False, light=frozenset(), prepositions=("of",)
) -> bool:
    """Whether the named mention at ``index`` is the object of "of" (past a "the") after a word
    that is no mention and no head of_heads() makes transparent for one of ``classes``: it then
    names the head's thing ("a study of P", "the wife of X"), not itself. Not when it only
    qualifies a word after it ("of Russian President X") or opens an aside of its own ("the
    construction of P, which was completed in D"); "A and of B" takes the first "of"'s head.
    ``spelled(j)``: the "of" at j is the rule's own word, which the rule means; ``light``: more
    transparent heads (a trigger line's own light words: "construction of P was completed");
    ``prepositions``: also those data/of_heads.jsonl names besides "of" ("to", "for"), which
    hide a filler only after a head the file lists for them ("the ambassador to X")."""
    if doc[index]._.kz_mention < 0:
        return False
    if part_of_project(doc, index, classes, spelled):
        return True  # "The second line of P, completed in D, ...": the line's, not P's
    if _qualifies_next(doc, index):
        return False
    of = index - 1
    # "of the X", "of President X", "of Foreign Minister X" (a title the rule spells is its own)
    while of > index - 4 and of >= 0 and _is_title_word(doc[of]):
        if doc[of].lower_ != "the" and spelled(of):
            break
        of -= 1
    if of < 1 or doc[of].lower_ not in prepositions or spelled(of):
        return False
    if doc[of].lower_ != "of":
        return _hiding_head(doc, of, classes)
    return _opaque_of_head(doc, of, classes, light)


# PF12C: a part of an energy project or a deposit ("the second line|string of P", "the Kazakh
# section of P", "stage two of P", "the expansion of P"): what the clause says of it is not said
# of P
_PROJECT_PARTS = lexicon.words("pf12c-project-part-nouns")
_PROJECT_CLASSES = frozenset(["Pipeline", "OilField", "EnergyProject", "ResourceDeposit"])


def part_of_project(doc, index: int, classes, spelled=lambda j: False) -> bool:
    """Whether the project named at ``index`` (a pipeline or field slot) is the object of an
    "of" (past a "the") right after a part noun, or a part noun and one more word ("stage two
    of P", "Line C of P"): even before a comma ("The second line of P, completed in D, links
    ...", "A spur of P, built by C, ..."), which _qualifies_next reads as P's own aside, the
    part is what the words after it are about. A relative clause of P's own ("operates the
    Kazakh section of P, which was completed in D") is P's, as _qualifies_next reads it."""
    if not _PROJECT_CLASSES & set(classes):
        return False
    following = [t.lower_ for t in doc[index + 1 : index + 3]]
    if following[:1] == [","] and following[1:] and following[1] in _RELATIVE_OPENERS:
        return False
    of = index - 2 if index >= 2 and doc[index - 1].lower_ == "the" else index - 1
    if of < 1 or doc[of].lower_ != "of" or spelled(of):
        return False
    return any(doc[i].lower_ in _PROJECT_PARTS for i in range(max(0, of - 2), of))


def _opaque_of_head(doc, of: int, classes, light=frozenset()) -> bool:
    """Whether the word before the "of" at ``of`` is a head noun that is no mention and that
    of_heads() does not make transparent for one of ``classes`` (nor ``light``)."""
    head = of - 1
    if doc[head].lower_ in {"and", "or", ","}:  # "the presidents of A and of B"
        head = next((i - 1 for i in range(head - 1, max(head - 9, 0), -1)
                     if doc[i].lower_ == "of"), head)  # fmt: skip
        of = head + 1
    if doc[head]._.kz_mention >= 0 or not doc[head].is_alpha or doc[head].lower_ in light:
        return False
    transparent = of_heads()
    for cls in ["*", *classes]:
        for phrase in transparent.get(cls, ()):
            start = of - len(phrase)
            if start >= 0 and tuple(t.lower_ for t in doc[start:of]) == phrase:
                return False
    return True


def _qualifies_next(doc, index: int) -> bool:
    """Whether the mention at ``index`` only qualifies a word after it, or opens an aside of
    its own, so that an "of" before it does not hide it: a demonym or a name before a
    possessive, a title, a name or a capitalised word ("of Russian President X", "of China's
    X province"), or before a comma or bracket ("of P, which was completed in D")."""
    token = doc[index]
    if token.text in default_gazetteer().demonyms:
        return True
    if index + 1 >= len(doc):
        return False
    following = doc[index + 1]
    return (
        following.text in POSSESSIVE or following.text in {",", "("}
        or following._.kz_mention >= 0 or following.text.istitle()
    )  # fmt: skip


def _gap_led_subject(alignment: list[int], compiled: CompiledPattern) -> int | None:
    """The offset in the match of the variant's subject slot when a gap comes right before it
    (past the optional "the" of a slot): the pattern does not say what precedes the subject."""
    index = subject_index(compiled.roles)
    if index is None or index not in alignment:
        return None
    before = index - 1 if compiled.specs[index - 1 : index] == [OPTIONAL_THE] else index
    return alignment.index(index) if before - 1 in compiled.gaps else None


def _spells(doc, start: int, phrase: str) -> bool:
    """Whether the tokens from ``start`` spell a ``not_before`` phrase: words (any case),
    "a|b" alternatives, "{Class}" a mention of that class ("in|by {Date}", "at the time"),
    "^w" a word opening the sentence ("^in {Date} ,"), "*" any one word no mention covers
    ("* church|cathedral": "visited the Armenian Apostolic church")."""
    words = _phrase_words(phrase)
    if start + len(words) > len(doc):
        return False
    return all(_fits_word(doc[start + i], word) for i, word in enumerate(words))


@cache
def _phrase_words(phrase: str) -> tuple[tuple[str, frozenset], ...]:
    """A phrase's words, each as ("class"|"word"|"first"|"any", its options); "^w" must open
    the sentence, "*" is any one word."""
    return tuple(
        ("class", frozenset(w[1:-1].split("|"))) if w.startswith("{") and w.endswith("}")
        else ("first", frozenset(w[1:].lower().split("|"))) if w.startswith("^") and len(w) > 1
        else ("any", frozenset()) if w == "*"
        else ("word", frozenset(w.lower().split("|")))
        for w in phrase.split()
    )  # fmt: skip


def _fits_word(token, word: tuple[str, frozenset]) -> bool:
    kind, options = word
    if kind == "first":
        return token.i == 0 and token.norm_ in options
    if kind == "class":
        return any(f"|{cls}|" in token._.kz_kinds for cls in options)
    if kind == "any":
        return token.is_alpha and token._.kz_mention < 0
    return token.norm_ in options and not _month_may(token)


#: The words a month stands after ("in May", "since May", "early May").
_MONTH_LEADS = lexicon.words("month-leading-words")


def _month_may(token) -> bool:
    """Whether a capitalised "May" is the month, not the modal (KNOWN18): after a word that
    leads a month ("in", "since", "early") or a day's number, or before a day's or a year's
    number ("In May the presidents met during a state visit ..." is no visit still to come;
    "Tokayev may visit C" and a sentence-opening "May" before no number keep the modal)."""
    if token.text != "May":
        return False
    doc, at = token.doc, token.i
    before = doc[at - 1] if at > 0 else None
    after = doc[at + 1] if at + 1 < len(doc) else None
    return bool(
        (before is not None and (before.lower_ in _MONTH_LEADS or before.is_digit))
        or (after is not None and after.is_digit)
    )


def _has_kind(token, classes: list[str]) -> bool:
    """Whether a merged mention token can be of one of these classes; a capitalised word no
    mention covers may be a person's name the gazetteer lacks ("... of Latvia Egils Levits")."""
    if "Person" in classes and not token._.kz_kinds and token.is_title:
        return True
    return any(f"|{cls}|" in token._.kz_kinds for cls in classes)


#: PF11C: heads of a state's subnational unit ("the Orenburg Region of Russia", "the Xinjiang
#: region of China"): a state after "<unit> of" qualifies the unit, which is the clause's subject
_SUBNATIONAL_HEADS = lexicon.words("pf11c-subnational-unit-heads")


def _state_of_subnational_unit(doc, begin: int, alignment, compiled: CompiledPattern) -> bool:
    """Whether a match opening with a state's slot has that state only qualify a subnational
    unit before it: "<unit> of <State>", the unit a Region mention or a head noun of
    pf11c-subnational-unit-heads ("The Altai Krai of Russia and X share an 843-km border", "The
    Sughd Region of Tajikistan has a 400 km border with Y": the length is the unit's, never the
    state's). "The Republic of Kazakhstan" is one mention and opens the match itself."""
    slot = compiled.roles[alignment[0]] if alignment else None
    if slot is None or slot[1] != "State" or begin < 2 or doc[begin - 1].lower_ != "of":
        return False
    unit = doc[begin - 2]
    return _has_kind(unit, ["Region"]) or unit.lower_ in _SUBNATIONAL_HEADS


def _preceded_by(doc, begin: int, entries: list[str]) -> bool:
    """Whether a ``not_after`` word comes right before a match, or a phrase (several words,
    alternatives "a|b" or a word list's "@lexicon:ID" alone, a "{Class}" or a "^w", as in
    ``not_before``) ends there, looking past a "the" the slot left out ("In 1993, the CIS had
    11 members": "^in {Date} ,")."""
    if _word_before(doc, begin) in entries:
        return True
    end = begin - 1 if begin > 0 and doc[begin - 1].lower_ == "the" else begin
    phrases = [e for e in entries if " " in e or "{" in e or "|" in e or e.startswith("^")]
    return any(
        end - len(_phrase_words(phrase)) >= 0
        and _spells(doc, end - len(_phrase_words(phrase)), phrase)
        for phrase in phrases
    )


def _word_before(doc, begin: int) -> str:
    """The lowercased word before a match, looking past a "the" the slot may have left out
    ("firms from the United States" is "from", whether or not the match took "the")."""
    before = begin - 1
    if before > 0 and doc[before].lower_ == "the":
        before -= 1
    return doc[before].lower_ if before >= 0 else ""


def _gap_subject_in_modifier(doc, begin: int, alignment, compiled: CompiledPattern, heads) -> bool:
    """Whether the subject a gap leads to is named inside a modifier of a common noun that heads
    the subject (past its titles: "President", "Foreign Minister"): an "of" after a head
    of_heads() does not make transparent ("Envoys of President X visited C"), the agent of a
    participle ("A delegation sent|dispatched by X visited C") or the object of a relative
    clause ("The aide who accompanied X visited C"). The gap may start anywhere, so it does not
    say what heads the subject. A participle of leading ("a delegation led|headed by X") keeps
    X: the leader went."""
    offset = _gap_led_subject(alignment, compiled)
    if offset is None or offset in heads:
        return False
    index = begin + offset
    if inside_of_phrase(doc, index, compiled.roles[alignment[offset]][1].split("|")):
        return True
    before = index - 1
    while before > 0 and _is_title_word(doc[before]):
        before -= 1
    if before > 0 and doc[before].lower_ == "by":
        at = before - 1
        while at > 0 and doc[at].lower_.endswith("ly") and doc[at]._.kz_mention < 0:
            at -= 1  # "dispatched personally by X"
        verb = doc[at]
        return verb._.kz_mention < 0 and _is_participle(verb.lower_) and verb.lower_ not in _LEADING
    for i in range(before, max(before - 4, 0), -1):  # "who accompanied [the] X"
        if doc[i].is_punct or doc[i]._.kz_mention >= 0:
            return False
        if doc[i].lower_ in _RELATIVE_SUBJECTS:
            return doc[i - 1]._.kz_mention < 0 and doc[i - 1].is_alpha
    return False


# participles whose agent went along with the subject it names ("a delegation led by X")
_LEADING = frozenset({"led", "headed", "chaired"})
# relative words that make the clause they open a modifier of the noun before them
_RELATIVE_SUBJECTS = frozenset({"who", "whom", "which", "whose"})


def _is_title_word(token) -> bool:
    """A word of a title or a "the" between a preposition and a name ("of President|the Foreign
    Minister X"): capitalised, no mention, no sentence start."""
    return token.lower_ == "the" or (
        token._.kz_mention < 0 and token.is_alpha and token.text.istitle() and token.i > 0
    )


def _is_participle(word: str) -> bool:
    return word.endswith("ed") or word in _PARTICIPLES


def _gap_joins_clauses(doc, begin: int, alignment: list[int], compiled: CompiledPattern) -> bool:
    """Whether a "*" gap (one that may pass over anything) passes over ", and" or ", but": the
    words after it belong to another clause ("visited C at the invitation of P, and Q visited
    D"), or over "since": they speak of another occasion ("the first since P in D"), or over
    ", not", "rather than" or "instead of" (PF12B): the words after it are the ones the
    sentence denies ("was signed in C1, not in C2, in D", "in C1 rather than in C2"). The
    light "~" gaps of a list of objects may ("signed X in D1, and Y in D2")."""
    anything = {i for i in compiled.gaps if "_" not in compiled.specs[i]}
    skipped = [begin + offset for offset, index in enumerate(alignment) if index in anything]
    return any(_compares_since(doc, i) or _denies_what_follows(doc, i) for i in skipped) or any(
        doc[i].lower_ in ("and", "but") and i > 0 and doc[i - 1].text == "," for i in skipped
    )


def _denies_what_follows(doc, index: int) -> bool:
    """Whether the word at ``index`` closes ", not", "rather than" or "instead of"."""
    if index < 1:
        return False
    pair = (doc[index - 1].lower_, doc[index].lower_)
    return pair in ((",", "not"), ("rather", "than"), ("instead", "of"))


def _compares_since(doc, index: int) -> bool:
    """ "the first [summit] since P in D": "since" after an ordinal word (lexicon
    "since-comparison-words", at most two words before it) opens another occasion's account, not
    the match's ("a member of O since D and a founder of O2" keeps its gap)."""
    words = lexicon.words("since-comparison-words")
    return doc[index].lower_ == "since" and any(
        t.lower_ in words for t in doc[max(0, index - 2) : index]
    )


def _possessive_in_gap(doc, begin: int, alignment: list[int], compiled: CompiledPattern) -> bool:
    """Whether a slot's mention is followed by a possessive that a gap passes over: the mention
    then only qualifies the noun after it ("Kazakhstan's neighbours")."""
    return any(
        compiled.roles[alignment[offset]] is not None
        and doc[begin + offset + 1].text in POSSESSIVE
        and alignment[offset + 1] in compiled.gaps
        for offset in range(len(alignment) - 1)
    )


def _leading_slot(alignment: list[int], compiled: CompiledPattern) -> int | None:
    """The offset in the match of its first role slot when only spelled-out words ("the")
    come before it: the subject of the clause the match starts."""
    for offset, index in enumerate(alignment):
        if index in compiled.gaps:
            return None
        slot = compiled.roles[index]
        if slot is not None:
            return offset if slot[0] and slot[1] != "text" else None
    return None


def _led_by_words(doc, begin: int, offset: int) -> bool:
    """Whether the match spells a word other than a determiner before its leading slot at
    ``offset``: the slot is that word's object ("President of {S}"), not the subject itself."""
    return any(doc[i].lower_ not in _SUBJECT_DETERMINERS for i in range(begin, begin + offset))


def _apposition_head(doc, begin: int, first_slot: tuple[str, str], titled=False) -> int | None:
    """Where the subject at ``begin`` sits inside an apposition or relative clause ("O, the
    successor of P, was founded", "O, which replaced P, joined"): the index of the head O that
    takes P's role, or _UNCLEAR when O cannot; None when the subject is not inside one. A slot
    ``titled`` by the match's own words ("the President of {S} , {P}") is no head's: a match
    inside an aside after a named actor is _UNCLEAR ("Received by A, the President of S, P
    visited": the title is A's), unless that actor holds an office set off before it already
    ("the President of R, A, the President of S, P": the title opens P's pair of the chain)."""
    if doc[begin]._.kz_mention < 0:
        return None
    if begin + 1 >= len(doc) or doc[begin + 1].text != ",":
        return None  # no closing comma: P is the main clause's own subject
    opening = next((i for i in range(begin - 1, 0, -1) if doc[i].text in (",", ";")), None)
    if opening is None or doc[opening].text == ";":
        return None  # "O, which ended; on D, X became ...": the aside closed at the ";"
    # the first word after the opening comma, inside a merged mention too ("the Shanghai Five")
    opener, head = doc[opening + 1].lower_.split()[0], doc[opening - 1]
    if not (opener in _APPOSITION_OPENERS or opener.endswith("ed")):
        return None  # "In 2001, P, ..." has no apposition around P
    if head._.kz_mention < 0 or not (head._.kz_actor or _described(doc[begin])):
        # "After long talks, the ..., P, ...": no named head to attach to; but "The
        # delegation, which accompanied P, visited ...": P is still no subject of the verb
        return _UNCLEAR if opener in _RELATIVE_OPENERS else None
    if titled:
        return None if _preceded_by(doc, head.i, _office_holder_openers()) else _UNCLEAR
    if _passive_participle_after(doc, begin + 2):
        return _UNCLEAR  # "O, which succeeded P, founded by X in D": it may qualify P or O
    fits = any(f"|{kind}|" in head._.kz_kinds for kind in first_slot[1].split("|"))
    same_arity = head._.kz_group == doc[begin]._.kz_group
    return head.i if fits and same_arity else _UNCLEAR


@cache
def _office_holder_openers() -> list[str]:
    """The phrases that end right before a name set off as an office's holder ("the President
    of S ,", "the Kazakh Prime Minister ,"; lexicon false21-office-holder-openers)."""
    path = rules_dir() / "lexicon.jsonl"
    return [
        expand_lexicon_references(phrase, path, 0)
        for phrase in lexicon.phrases("false21-office-holder-openers")
    ]


def _passive_participle_after(doc, at: int) -> bool:
    """Whether the words from ``at`` open a reduced passive clause: a lowercase participle and
    its "by" before any punctuation ("founded by X", "set up in D by X"), not a main verb."""
    if at >= len(doc) or not doc[at].is_lower or not doc[at].lower_.endswith(("ed", "set")):
        return False
    for token in doc[at + 1 : at + 9]:
        if token.is_punct:
            return False
        if token.lower_ == "by":
            return True
    return False


def _modifies_what_follows(doc, finish: int, keeps_possessive: bool = False) -> bool:
    """Whether the match's last mention only qualifies the words after it: "established the
    EAEU's court", "the capital of Kazakh culture" name neither the EAEU nor Kazakhstan. A rule
    that ``keeps_possessive`` (a title before a person) reads its match whatever the person's
    possessive qualifies: "French President X's visit" still names X's office."""
    if finish >= len(doc) or finish == 0 or doc[finish - 1]._.kz_mention < 0:
        return False
    last, following = doc[finish - 1], doc[finish]
    if _epithet_holder(doc, finish - 1):
        return False  # "in A's neighbour B" names B (_fact_from_match takes it)
    demonym = _is_demonym(last.text)
    if demonym and _names_a_place(doc, finish):
        return True  # "the capital of Iranian Azerbaijan | of the Chinese Ili region"
    if following.text in POSSESSIVE:
        # "invested in Kazakhstan's mining sector" still places it in Kazakhstan
        return not keeps_possessive and (
            finish < 2 or doc[finish - 2].lower_ not in {"in", "into", "at"}
        )
    if not (following.is_alpha and following.is_lower) or focus_adverb_date(doc, finish):
        return False  # "joined the UN only on D": the adverb leads to the match's date
    if referring_date_at(doc, finish):
        return False  # "joined the IAEA the same year": the match's date, given by reference
    if demonym or _names_state_body(doc, finish):
        return True  # "visited the Uzbek-Kazakh border crossing", "the Turkish-Kazakh forum"
    # only after "the": an organisation named as a subject may be followed by its verb
    # ("the field, which BP develops ...")
    determined = doc[finish - 2].lower_ == "the" if finish >= 2 else False
    return determined and _names_organisation_only(last) and not continues_clause(following.lower_)


def _names_state_body(doc, finish: int) -> bool:
    """Whether the match's last mention, a state, names a body after it: up to three lowercase
    words, none carrying the clause on, then a body noun (lexicon state-named-body-nouns): "the
    president of the Kyrgyzstan football federation" is no head of Kyrgyzstan, "visited the
    Kazakhstan national olympic committee" no visit to Kazakhstan (KNOWN18)."""
    if "|State|" not in doc[finish - 1]._.kz_kinds:
        return False
    for word in doc[finish : finish + _BODY_REACH]:
        if not (word.is_alpha and word.is_lower) or word._.kz_mention >= 0:
            return False
        if word.lower_ in _STATE_BODY_NOUNS:
            return True
        if continues_clause(word.lower_) or word.lower_ in ARTICLES:
            return False
    return False


def _is_demonym(text: str) -> bool:
    """Whether ``text`` is a demonym or a hyphenated pair (or more) of them: "Kazakh",
    "Uzbek-Kazakh", "Russian–Kazakh" (PF12B: a pair before a lowercase noun qualifies it as
    one demonym does)."""
    demonyms = default_gazetteer().demonyms
    if text in demonyms:
        return True
    parts = _DEMONYM_JOINS.split(text)
    return len(parts) > 1 and all(part in demonyms for part in parts)


def _names_a_place(doc, at: int) -> bool:
    """Whether the words from ``at`` name a place a demonym before them qualifies: a place's
    mention ("Iranian Azerbaijan", "the Uzbek republic of Karakalpakstan") or a capitalised
    word that heads no office or body ("the Chinese Ili region", "the Kazakh SSR's ...",
    "Iranian West Azerbaijan"; not "Kazakh Foreign Minister X", "Kazakh President X")."""
    word = doc[at]
    if word._.kz_mention >= 0:
        return "|Place|" in word._.kz_kinds
    return word.is_alpha and word.text[:1].isupper() and word.lower_ not in _TITLE_HEADS


#: titles a demonym may stand before ("Kazakh President X"): the state's office, no place
_TITLE_HEADS = frozenset(lexicon.words("demonym-title-heads"))


#: "A's neighbour|ally|rival|partner B": the nouns that make A a mere qualifier of B
_EPITHETS = frozenset(lexicon.words("possessive-epithet-nouns"))


def _epithet_holder(doc, index: int, cls: str | None = None):
    """The mention B a possessive epithet after the mention at ``index`` names: "A's
    [northern|close|key ...] neighbour|ally|rival|partner [,] B" (B of A's classes, or of
    ``cls``); None when there is none. A qualifies B there: "invested $1bn in A's neighbour B",
    "C, a city in A's ally B" speak of B, not of A."""
    at = index + 1
    if at >= len(doc) or doc[at].text not in POSSESSIVE:
        return None
    for end in range(at + 1, min(at + 5, len(doc))):
        word = doc[end]
        if word.lower_ in _EPITHETS:
            after = end + 2 if end + 2 < len(doc) and doc[end + 1].text == "," else end + 1
            if after >= len(doc) or doc[after]._.kz_mention < 0:
                return None
            kinds = [cls] if cls else doc[index]._.kz_kinds.strip("|").split("|")
            return doc[after] if any(f"|{k}|" in doc[after]._.kz_kinds for k in kinds) else None
        if not word.is_alpha or word._.kz_mention >= 0:
            return None
    return None


def _names_organisation_only(token) -> bool:
    """Whether a merged mention can only be an organisation (not also a state or a place)."""
    kinds = token._.kz_kinds
    return "|Organisation|" in kinds and not any(
        f"|{kind}|" in kinds for kind in ("State", "Place", "Person", "Language")
    )


def continues_clause(word: str) -> bool:
    """Whether a lowercase word after an organisation carries on the clause ("joined the WTO
    in 2015", "the CSCE held in Helsinki") rather than taking it as a modifier ("the SCO
    summit"). An adverb ("formally") does not: a date after it would be left out of the match."""
    return word in _CLAUSE_WORDS or word.endswith("ed")


def _rank(fact: Fact) -> tuple:
    """Which of two facts saying the same is kept: a rule's own match before a gapped
    continuation (rule ids with "+"), the first reading before one past an aside, then the
    shorter span."""
    return "+" in fact.rule, fact.reread, fact.end - fact.start, fact.rule


def _keep_maximal(candidates: list) -> list[Fact]:
    """Per kind, drop matches whose fillers another match of that kind includes; then dedupe."""
    kept: dict[tuple, Fact] = {}
    for fact, signature in candidates:
        if any(
            other.kind == fact.kind and signature < other_signature
            for other, other_signature in candidates
        ):
            continue
        key = (fact.kind, signature)
        best = kept.get(key)
        if best is None or best is fact:
            kept[key] = fact
        elif _rank(fact) < _rank(best):
            kept[key] = _with_fallback(fact, best)
        else:
            kept[key] = _with_fallback(best, fact)
    return sorted(kept.values(), key=lambda f: (f.start, f.end, f.rule))


_FALLBACK_KINDS = lexicon.words("tradectx23-fallback-kinds")


def _with_fallback(best: Fact, other: Fact) -> Fact:
    """``best``, keeping ``other`` (and its fallbacks) as readings to fall back on where their
    rules fill a context role by another strategy: "He noted that bilateral trade reached M" is
    matched by a rule taking the sentence's own pair and, longer, by one taking the text's; which
    says the fact is known only once the defaults are resolved (extract._apply_defaults). Only
    for the kinds of lexicon tradectx23-fallback-kinds: elsewhere a reference that resolves to
    nothing ("A and B founded it", "it" a treaty) must give nothing, not another rule's reading."""
    if best.kind not in _FALLBACK_KINDS:
        return best
    for alternative in [other, *other.fallbacks]:
        taken = [best.defaults, *(f.defaults for f in best.fallbacks)]
        if alternative.defaults and alternative.defaults not in taken:
            best.fallbacks.append(alternative)
    best.fallbacks.sort(key=_rank)
    return best
