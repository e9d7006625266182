"""Whether a reading states its fact plainly: no negation, modal, plan or hedge on the way
to the root, no value another clause may own, the line's "needs" words met, no filler past a
semicolon. A reading the guards doubt gives nothing."""

from __future__ import annotations

import itertools

from kzgraph import lexicon
from kzgraph.hedges import hedged
from kzgraph.membership_ended import mention_keys
from kzgraph.org_bodies import opens_longer_name
from kzgraph.references import closed_list_cut, list_glue
from kzgraph.relations import future_time_clause, part_of_project
from kzgraph.syntax_tree import (
    _CONDITIONS,
    _DATING,
    _EMBEDDING,
    _TIME_NOUNS,
    _fits,
    _opens_clause,
    _role_mentions,
)
from kzgraph.triggers import blocked, others_endings


def plain(trigger, roles: dict, places: dict) -> bool:
    indices = [trigger.parse.index(m) for m in _role_mentions(roles)]
    if None in indices or len(set(indices)) < len(indices):
        return False  # a filler the parse does not place, or one in two roles
    part = trigger.parse.part(trigger.begin)
    if any(i not in part for i in indices):
        return False  # a filler past a semicolon belongs to another statement
    return (
        _unembedded(trigger, places["clause"])
        and not _dated_by_reference(trigger, places["heads"])
        and _needs_met(trigger, places["heads"])
        and _no_foreign_phrase(trigger, places["heads"])
        and _no_shared_value(trigger, roles, places)
        and _no_dating_relative(trigger, roles, places.get("founding"))
        and _no_candidate_before(trigger, places)
        and _one_pair_measured(roles)
        and _no_partner_past_pair(trigger, places)
        and _no_gapped_companion(trigger, roles)
        and _no_paired_format(trigger, roles)
        and _no_list_opening_clause(trigger, roles)
        and _no_witness(trigger, roles)
        and _no_list_before_singular(trigger, roles)
        and _words_clean(trigger, indices, places)
        and _names_clean(trigger, roles)
        and _no_longer_name(trigger, roles)
        and _no_part_of_project(trigger, roles)
        and _no_former_state(trigger)
    )


#: Adverbs that may stand between a clause's subject and its verb ("and C later joined").
_SUBJECT_ADVERBS = lexicon.words("clause-subject-adverbs")


def _no_list_opening_clause(trigger, roles: dict) -> bool:
    """ "T was signed by A and B, and C and D joined in 2015": a role's fillers that run on past
    a list closed by its own "and" and ", and" into names followed by a verb of their own (an
    adverb between: "and C later guaranteed ...") are two clauses, the names after ", and" the
    second one's subject; the parse that hangs them on the first list reads nothing ("A, B,
    and C signed T", an Oxford comma, is one list)."""
    doc = trigger.head.doc
    for fillers in roles.values():
        indices = sorted(i for i in (trigger.parse.index(m) for m, _ in fillers) if i is not None)
        if len(indices) < 2:
            continue
        pairs = itertools.pairwise(indices)
        glue = [list_glue([t.lower_ for t in doc[a + 1 : b]]) for a, b in pairs]
        joined = closed_list_cut(glue) is not None
        following = indices[-1] + 1
        while following < len(doc) and doc[following].lower_ in _SUBJECT_ADVERBS:
            following += 1
        if joined and following < len(doc) and doc[following].tag_[:2] in {"VB", "MD"}:
            return False
    return True


#: What sets a name apart as a witness of a signing, not a party to it: "in the presence of
#: X", "witnessed|mediated|brokered by X", "under the auspices of X", "X as a witness".
_WITNESS_BEFORE = frozenset(tuple(p.split()) for p in lexicon.phrases("witness-openers"))
_WITNESS_NOUNS = lexicon.words("witness-nouns")
_LIST_GLUE = frozenset(["and", ",", "the"])


#: A trigger's singular nouns: "a member" is said of one state.
_SINGULAR_NOUNS = lexicon.words("singular-trigger-nouns")


def _no_list_before_singular(trigger, roles: dict) -> bool:
    """ "A and B, a member of O", "A and B, an O member since D": a singular "a|an ... member"
    after a list of two or more names is an apposition to the last one only, and "A and B,
    which established relations with C in D" is B's or both's: the reading, which hangs either
    on the whole list, gives nothing (the relation rules read "B, a member of O"). "A and B,
    which both|all|each ..." is said of every one of them and is read."""
    words = trigger.parse.words
    for fillers in roles.values():
        before = sorted(
            i for i in (trigger.parse.index(m) for m, _ in fillers)
            if i is not None and i < trigger.begin
        )  # fmt: skip
        if len(before) < 2:
            continue
        last = before[-1]
        after = words[last + 1 : last + 4]
        if after[:2] in ([",", "which"], [",", "who"]) and after[2:] not in _EACH_WORDS:
            return False
        singular = words[trigger.begin] in _SINGULAR_NOUNS
        if singular and after[:2] in ([",", "a"], [",", "an"]) and trigger.begin - last <= 5:
            return False  # "Mongolia, like Kazakhstan, is a member of O" is said of both
    return True


#: What makes a relative clause after a list said of each of its names: "which both ...".
_EACH_WORDS = tuple([word] for word in lexicon.phrases("each-words"))


def _no_witness(trigger, roles: dict) -> bool:
    """ "A and B signed T with the OSCE as a witness", "... in the presence of the UN
    Secretary-General", "..., witnessed by C": a filler set apart so (past the other names of
    its list) is a witness, mediator or guarantor, no party; the reading gives nothing (the
    relation rules read the signatories)."""
    words, fillers = trigger.parse.words, set()
    for mention, _ in (filler for values in roles.values() for filler in values):
        fillers.add(trigger.parse.index(mention))
    for i in fillers - {None}:
        before = i
        while before > 0 and (words[before - 1] in _LIST_GLUE or before - 1 in fillers):
            before -= 1
        if tuple(words[max(0, before - 2) : before]) in _WITNESS_BEFORE:
            return False
        after = i + 1
        while after < len(words) and (words[after] in _LIST_GLUE or after in fillers):
            after += 1
        tail = [w for w in words[after : after + 3] if w not in {"a", "an", "the"}]
        if tail[:1] == ["as"] and tail[1:2] and tail[1] in _WITNESS_NOUNS:
            return False
    return True


def _no_partner_past_pair(trigger, places: dict) -> bool:
    """A pair line ("A and B established diplomatic relations") read where a "with" phrase
    names a partner of the pair's class ("A and B established relations with C"): the list
    is not the pair, each of them stands with C (the "with" lines read that)."""
    slots = trigger.rule.left + trigger.rule.right
    pairs = [s for s in slots if s.arity == "pair"]
    if not pairs or any("with" in s.after for s in slots):
        return True
    heads = [trigger.head, *places["heads"]]
    partners = [t for head in heads for p in head.children if p.dep_ == "prep"
                and p.lower_ == "with" for t in p.subtree]  # fmt: skip
    return not any(
        t.i in trigger.parse.mention and _fits(trigger.parse.mention[t.i], pairs[0])
        for t in partners
    )


_DASHES = frozenset(["–", "—", "-"])


def _no_paired_format(trigger, roles: dict) -> bool:
    """A summit's organisation joined by a dash to a capitalised name ("the EU–Central Asia
    summit", "an ASEAN-China summit") is a meeting of the two, no summit of the organisation."""
    if trigger.rule.kind != "summit":
        return True
    doc = trigger.doc
    for mention, _ in roles.get("O", []):
        i = trigger.parse.index(mention)
        if i is None or mention.value is not None:
            continue
        after = doc[i + 1 : i + 3]
        if len(after) == 2 and after[0].text in _DASHES and after[1].text[:1].isupper():
            return False
    return True


_COMPANION = lexicon.words("companion-openers")  # the words a companion's phrase opens with


def _no_gapped_companion(trigger, roles: dict) -> bool:
    """No filler of the subject's side after the object and an "and" or "or" that follows it:
    in "X founded O in D and, with A, later P" A goes with the gapped second object P alone,
    never with O (a companion attached to the second object of a gapped coordination)."""
    right = {slot.role for slot in trigger.rule.right}
    left = {slot.role for slot in trigger.rule.left} - right
    objects = [trigger.parse.index(m) for role in right for m, _ in roles.get(role, [])]
    if not objects:
        return True
    last = max(i for i in objects if i is not None)
    words = trigger.parse.words
    for role in left:
        for mention, _ in roles.get(role, []):
            i = trigger.parse.index(mention)
            between = words[last + 1 : i] if i is not None and i > last else []
            opener = max((k for k, w in enumerate(between) if w in _COMPANION), default=None)
            if opener is not None and any(w in ("and", "or") for w in between[:opener]):
                return False  # "..., and, with A, later P", not "O together with A and B"
    return True


def _no_foreign_phrase(trigger, heads: list) -> bool:
    """For a node: no phrase by a value's preposition that names no value ("joined in
    protest", "arrived on a plane"): the verb may mean something else there; no "as"
    phrase that is not the line's own ("hosted the O summit as a virtual event"; "joined O
    as a full member" is)."""
    if not trigger.rule.node:
        return True
    roles = [c for head in heads for p in head.children if p.dep_ == "prep"
             and p.lower_ == "as" for c in p.children if c.dep_ == "pobj"]  # fmt: skip
    if any(c.i not in trigger.parse.mention and c.lower_ not in trigger.rule.gap_words
           for c in roles):  # fmt: skip
        return False
    words = {w for slot in trigger.rule.values for w in slot.after}
    return not any(
        c.dep_ == "pobj" and c.i not in trigger.parse.mention and c.lower_ not in _TIME_NOUNS
        and not any(t.i in trigger.parse.mention for t in c.subtree)
        for head in heads for p in head.children if p.dep_ == "prep" and p.lower_ in words
        for c in p.children
    )  # fmt: skip


def _no_shared_value(trigger, roles: dict, places: dict) -> bool:
    """An undated node whose governing clause, or a clause under it, holds a value of a
    value slot's class ("On D, X opened an embassy and joined O", "A and B, the operators
    of F, have developed it since D", "O, founded by A under a treaty signed on D"), or a
    date at all for a line with no date slot ("whose founding members in D were A, B"):
    that value may be this fact's too, so nothing."""
    if not trigger.rule.node:
        return True
    missing = [slot for slot in trigger.rule.values if slot.role not in roles]
    undated = not any(slot.classes[0] == "Date" for slot in trigger.rule.values)
    ancestors = set(trigger.head.ancestors)
    # under the clause, but not a filler's own modifier ("F, discovered in D, is developed")
    placed = (trigger.parse.index(m) for m in _role_mentions(roles))
    fillers = [trigger.doc[i] for i in placed if i is not None]
    own = {t.i for filler in fillers if filler not in places["heads"]
           and filler not in trigger.head.ancestors for t in filler.subtree}  # fmt: skip
    beside = {t.i for head in places["heads"] for c in head.children
              if c.dep_ == "conj" and _opens_clause(c) for t in c.subtree}  # fmt: skip
    below = {t.i for head in places["heads"] for t in head.subtree} - own - beside
    for index, mention in trigger.parse.mention.items():
        if mention.value is None:
            continue
        if undated and "Date" in mention.kinds and index in below:
            return False  # a line without a date slot: a date under it may be the fact's
        if not any(_fits(mention, slot) for slot in missing):
            continue
        token = trigger.doc[index]
        while not _opens_clause(token) and token.head != token:
            token = token.head
        if token in ancestors or token in places["heads"] or index in below:
            return False  # a governing clause's value, or one in a clause under this one
    return True


def _no_candidate_before(trigger, places: dict) -> bool:
    """A subject shared with an earlier verb ("X signed a treaty with Y and joined O"):
    no other name of the line's classes between it and this verb."""
    subject = places.get("subject")
    if subject is None or subject.head == trigger.head or trigger.head.dep_ != "conj":
        return True
    own = {t.i for t in subject.subtree}
    slots = trigger.rule.left + trigger.rule.right
    return not any(
        i not in own and m.value is None and any(_fits(m, slot) for slot in slots)
        for i, m in trigger.parse.mention.items()
        if subject.i < i < trigger.head.i
    )


def _no_dating_relative(trigger, roles: dict, founding=None) -> bool:
    """No relative clause on a filler dated by one of the line's "relative_dates" verbs
    ("O, which came into being on D"): the fact's date then stands there, unattached; but
    the ``founding`` clause the reading took as a head dates it."""
    if not trigger.rule.relative_dates:
        return True
    for index in (trigger.parse.index(m) for m in _role_mentions(roles)):
        for clause in (c for c in trigger.doc[index].children
                       if c.dep_ in {"relcl", "acl"} and c != founding):  # fmt: skip
            words = {t.lower_ for t in clause.subtree}
            valued = any(t.i in trigger.parse.mention and trigger.parse.mention[t.i].value
                         for t in clause.subtree)  # fmt: skip
            if valued and not trigger.rule.relative_dates.isdisjoint(words):
                return False
    return True


def _dated_by_reference(trigger, heads: list) -> bool:
    """A node dated by a phrase that names no date ("in the same year", "that day"): the
    fact would lose the date the sentence gives it."""
    if not trigger.rule.node:
        return False
    return any(
        c.dep_ == "pobj" and c.lower_ in _TIME_NOUNS
        for head in heads for p in head.children if p.dep_ == "prep" and p.lower_ in _DATING
        for c in p.children
    )  # fmt: skip


def _unembedded(trigger, clause) -> bool:
    """No negation, modal, condition or plan from the trigger up to the sentence's root,
    and no governing word that speaks of the clause instead of stating it."""
    token = trigger.head
    words = trigger.rule.block | trigger.rules.block_part
    part = trigger.parse.part(trigger.begin)
    while True:
        for child in token.children:
            if child.dep_ == "neg" or child.tag_ == "MD":
                return False
            if child.dep_ in {"aux", "auxpass"} and child.tag_ == "TO":
                return False  # "T: to be signed by A", "a treaty to be signed": yet to come
            if child.dep_ in {"mark", "advmod"} and child.lower_ in _CONDITIONS:
                return False
        if token.head.i not in part:
            return True  # a statement of its own: the parse joins parts across ";"
        if token.lower_ in words or token.dep_ in _EMBEDDING:
            return False
        if token.head == token or _set_off(trigger, token):
            return True
        token = token.head


def _set_off(trigger, clause) -> bool:
    """A relative clause set off by a comma on a name ("CNPC bought a stake in A, which
    develops F", "he said X, the venture that develops F, would ..."): the writer states it
    whatever the governing clause does (a plan, a report, a denial), so the way up ends
    there. Not a restrictive one ("any company that develops F")."""
    if clause.dep_ != "relcl":
        return False
    noun, mention = clause.head, trigger.parse.mention
    if noun.i in mention:  # "A, which develops F"
        edge = clause.left_edge
    elif noun.dep_ == "appos" and noun.head.i in mention:  # "A, the venture that develops F"
        edge = noun.left_edge
    else:
        return False
    return edge.i > 0 and trigger.doc[edge.i - 1].text == ","


def _needs_met(trigger, heads: list) -> bool:
    """One of the line's "needs" words is the trigger's, a head's or a head's object or
    attribute ("established", "held", "border"), never an auxiliary ("has reopened")."""
    if not trigger.rule.needs:
        return True
    own = [*trigger.tokens, *heads]
    own += [c for head in heads for c in head.children if c.dep_ in {"dobj", "attr"}]
    return any(trigger.parse.said(t) in trigger.rule.needs for t in own)


def _words_clean(trigger, indices: list[int], places: dict) -> bool:
    """The fallback's word tests: no shared block word in the sentence or the part between
    semicolons, no hedge; none of the line's own block words and no negation ("without")
    from the first filler to the last or under the trigger (its subtree), where the
    fallback looks to the part's end."""
    words, rules, rule = trigger.parse.words, trigger.rules, trigger.rule
    # a filler's phrase counts from its first word ("Indian Prime Minister X visited")
    start = min([trigger.doc[i].left_edge.i for i in indices] + [trigger.begin])
    finish = max([*indices, trigger.end - 1]) + 1
    if hedged(words, start, finish, rules.hedges):
        return False
    if future_time_clause(trigger.doc, start, finish):
        return False  # "the day when X joins O": a time to come
    part = trigger.parse.part(trigger.begin)
    states = {i: mention_keys(m) for i, m in trigger.parse.mention.items() if "State" in m.kinds}
    excused = others_endings(words, part, states, trigger.parse.part)
    if blocked(words, part, rule, rules, excused):
        return False
    # the trigger's, its heads' and its subject's words ("Only X and Y are members of O")
    tops = [trigger.head, *places["heads"], places.get("subject")]
    clause = set(range(start, finish)) | {t.i for top in tops if top for t in top.subtree}
    clause = {i for i in clause if i in part}
    return (rule.block | rules.hedges.inside).isdisjoint(words[i] for i in clause)


def _names_clean(trigger, roles: dict) -> bool:
    """No unnamed thing ("a protocol") fills a slot: the rules name those by their date."""
    return all(m.source != "unnamed" for fillers in roles.values() for m, _ in fillers)


def _no_longer_name(trigger, roles: dict) -> bool:
    """No organisation filler only qualifies a longer name right after it ("hosted the SCO
    Energy Club summit in C", "are members of the NATO Response Force": org_bodies); the
    trigger's own words may stand there ("hosted the first O Summit on Science ...": the
    summit its line needs)."""
    doc = trigger.head.doc
    own = trigger.rule.needs | {w for phrase in trigger.rule.phrases for w in phrase}
    for fillers in roles.values():
        for mention, _ in fillers:
            if not any(kind.endswith("Organisation") for kind in mention.kinds):
                continue
            index = trigger.parse.index(mention)
            following = index + 1 if index is not None else len(doc)
            if following in range(trigger.begin, trigger.end) or (
                following < len(doc) and doc[following].lower_ in own
            ):
                continue
            if following < len(doc) and opens_longer_name(
                doc[following], following in trigger.parse.mention
            ):
                return False
    return True


def _no_part_of_project(trigger, roles: dict) -> bool:
    """No pipeline or field filler is the object of a part noun's "of" ("A spur of P, built by
    C, ...", "the second line of P, completed in D": relations.part_of_project): the part was
    built, not P (PF12C)."""
    doc = trigger.head.doc
    for fillers in roles.values():
        for mention, _ in fillers:
            index = trigger.parse.index(mention)
            if index is not None and part_of_project(doc, index, mention.kinds):
                return False
    return True


#: "A and B, then the member states of O,": an adverb on the trigger's noun that dates it back.
_PAST_STATE_ADVERBS = lexicon.words("past-state-adverbs")
#: "..., the member states of O at the time,": a phrase on the noun that dates it back.
_PAST_STATE_PHRASES = tuple(tuple(p.split()) for p in lexicon.phrases("past-state-phrases"))
#: The kinds a past state still holds for: a founder stays one ("then a founding member").
_TIMELESS_KINDS = lexicon.words("past-state-timeless-kinds")


def _no_former_state(trigger) -> bool:
    """The trigger's noun is not dated back to a former state of affairs by an adverb or a
    phrase of its own ("A and B, then the member states of O,", "the member states of O at the
    time"): the text does not say the state holds now. A clause's verb so dated ("X then
    became a member of O") is left alone: that is an event."""
    head = trigger.head
    if head is None or trigger.rule.kind in _TIMELESS_KINDS or not head.tag_.startswith("NN"):
        return True
    for child in head.children:
        if child.dep_ == "advmod" and child.lower_ in _PAST_STATE_ADVERBS:
            return False
        words = tuple(t.lower_ for t in child.subtree)
        if child.dep_ == "prep" and any(words[: len(p)] == p for p in _PAST_STATE_PHRASES):
            return False
    return True


def _one_pair_measured(roles: dict) -> bool:
    """A length is one border's: "X has a 500 km border with A and B" does not say whose."""
    fillers = [mention for role in roles.values() for mention, _ in role]
    measured = any(m.value is not None and "Length" in m.kinds for m in fillers)
    named = [m for m in fillers if m.value is None]
    return not measured or len({e.key for m in named for e in m.entities[:1]}) <= 2
