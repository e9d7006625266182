"""The dependency tree as the syntax stage reads it: the word lists, one trigger occurrence,
and the helpers that walk a spaCy parse (a clause's head, a verb's subject, a list's members,
the noun a relative clause speaks of). Shared by the places, fillers and guards of a reading."""

from __future__ import annotations

from functools import cache

from kzgraph import lexicon
from kzgraph.mentions import Mention
from kzgraph.triggers import Slot, TriggerRule, is_value

#: Words of the copula and of "become"/"remain", whose attribute a trigger noun may be.
_COPULAS = lexicon.words("copula-words")
#: What a "members are" line's verb may be besides the copula.
_LISTING = lexicon.words("listing-verbs")
#: Verbs that count their object "among its members" ("O counts A and B among its members").
_COUNTING = lexicon.words("counting-verbs")
_RELATIVE_PRONOUNS = lexicon.words("tree-relative-pronouns")
#: Dependencies by which a clause hangs under another word: the governing word speaks of it
#: (a plan, an agreement, a report) rather than stating it.
_EMBEDDING = frozenset(["xcomp", "ccomp", "csubj", "csubjpass", "pcomp", "parataxis", "dep"])
#: Dependencies that open a clause of their own: a value past one is that clause's.
_CLAUSES = frozenset(["relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "parataxis", "ROOT"])
_CONDITIONS = lexicon.words("condition-words")
#: Nouns of a time a phrase names without a date ("in the same year", "on that day").
_TIME_NOUNS = lexicon.words("time-nouns")
_TOGETHER = lexicon.words("together-words")
#: The verbs of an echo clause ("as did Y") that repeats the clause's verb in its tense ("as
#: had Y" is earlier: its date is not the clause's).
_ECHO_VERBS = lexicon.words("echo-verbs")
#: What may stand between the members of a plain list.
_LIST_WORDS = lexicon.words("tree-list-words")
#: Prepositions a trigger noun's phrase may close with that "of which" puts before it.
_FRONTED_PREPOSITIONS = lexicon.words("fronted-prepositions")
#: Verbs whose object a summit is, whose place and date are the summit's.
_HOSTING = lexicon.words("hosting-verbs")
#: Verbs a summit is the subject of, whose place and date are the summit's.
_HAPPENING = _HOSTING | lexicon.words("happening-verbs")
#: Verbs by which someone attends an event, whose place and date are the event's.
_ATTENDING = lexicon.words("attending-verbs")
_PARTICIPATING = lexicon.words("participating-verbs")
_DATING = lexicon.words("dating-prepositions")
_NUMBERS = lexicon.words("tree-number-words")


class Occurrence:
    """One trigger occurrence in a parse: the line, the phrase's tokens, its one head word (or
    None), the preposition the phrase closes with, and the preposition a relative clause
    fronts ("O, of which X is a member")."""

    def __init__(self, parse, rule: TriggerRule, begin: int, end: int, rules):
        self.parse, self.rule, self.rules = parse, rule, rules
        self.doc, self.begin, self.end = parse.doc, begin, end
        self.tokens = [parse.doc[i] for i in range(begin, end)]
        heads = [t for t in self.tokens if t.head.i < begin or t.head.i >= end or t.head == t]
        self.head = heads[0] if len(heads) == 1 else None
        last = self.tokens[-1]
        self.preposition = last if last.dep_ in {"prep", "agent", "dative"} and len(
            self.tokens) > 1 else None  # fmt: skip
        # "of which X is a founding member": the phrase's preposition stands before it
        words = tuple(parse.words[begin:end])
        self.fronted = _fronted(rule).get(words) if self.preposition is None else None
        self.listing = _lists(rule)


def _lists(rule: TriggerRule) -> bool:
    """Whether the line lists members ("members are", "members include"): its phrases end in
    the verb, the only lines that read an owner's "its"."""
    return any(len(_noun_part(phrase)) < len(phrase) for phrase in rule.phrases)


def _noun_part(phrase: tuple[str, ...]) -> tuple[str, ...]:
    if len(phrase) > 1 and phrase[-1] in _COPULAS | _LISTING:
        return phrase[:-1]
    return phrase


@cache
def _fronted(rule: TriggerRule) -> dict:
    """Noun phrases of the line without the preposition they close with, which a relative
    clause may put before them ("O, of which X is a founding member"): phrase -> preposition."""
    return {
        phrase[:-1]: phrase[-1]
        for phrase in rule.phrases
        if len(phrase) > 1 and phrase[-1] in _FRONTED_PREPOSITIONS
    }


def _role_mentions(roles: dict) -> list[Mention]:
    return [mention for fillers in roles.values() for mention, _ in fillers]


def _conjuncts(token) -> list:
    """The names coordinated after the token: its ``conj`` children, theirs, and so on."""
    found = []
    for child in token.children:
        if child.dep_ == "conj":
            found += [child, *_conjuncts(child)]
    return found


def _clause_of(token):
    """The word that heads the token's clause (its first ancestor that opens one)."""
    while not _opens_clause(token) and token.head != token:
        token = token.head
    return token


def _opens_clause(token) -> bool:
    """Whether the token heads a clause of its own: a coordinated verb, or a name coordinated
    with a verb (a clause whose verb is left out: "and O2 in D2"), not a noun's "and"."""
    if token.dep_ == "conj":
        return token.tag_.startswith("VB") or token.head.tag_.startswith("VB")
    return token.dep_ in _CLAUSES


def _passive(verb) -> bool:
    """A passive verb: with a passive auxiliary or subject, or a participle modifying a noun."""
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
        return True
    bare = not any(c.dep_ in {"aux", "nsubj"} for c in verb.children)  # not "having signed"
    if verb.dep_ in {"acl", "advcl"} and verb.tag_ == "VBN" and bare:
        return True
    # a fact sheet's "T: signed in C by A and B": a participle with its agent, no auxiliary
    return (
        verb.dep_ == "ROOT"
        and verb.tag_ == "VBN"
        and any(c.dep_ == "agent" for c in verb.children)
        and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    )


def _subject(verb, passive: bool):
    """The verb's subject: its own (a relative pronoun's head noun), a participle's head noun,
    or the subject the verb it is coordinated with has."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if len(subjects) > 1:
        return None
    if subjects:
        return _relative_head(verb, subjects[0])
    if verb.dep_ == "acl" and passive:
        return verb.head
    if (
        verb.dep_ == "advcl"
        and verb.tag_ in {"VBN", "VBG"}
        and not any(c.dep_ == "mark" for c in verb.children)
    ):  # "Signed in C by A and B, the T entered into force": the main clause's subject
        main = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
        return main[0] if len(main) == 1 else None
    if verb.dep_ == "conj" and verb.head.tag_.startswith("VB") and _passive(verb.head) == passive:
        return _subject(verb.head, passive)
    return None


def _relative_head(verb, token):
    """The noun a relative pronoun stands for ("O, which X joined"), else the token itself."""
    if token.lower_ in _RELATIVE_PRONOUNS:
        return _adjacent_head(token, verb.head) if verb.dep_ == "relcl" else None
    return token


def _adjacent_head(pronoun, head):
    """The relative clause's head, if the pronoun follows its phrase ("O (P), which", "A and B,
    which") and no noun of a phrase inside it ("X, unlike Y, which": Y may be meant)."""
    head = _unqualified(head)
    index = pronoun.i - 1
    doc = pronoun.doc
    while index >= 0 and (doc[index].is_punct or doc[index].dep_ == "prep"):
        index -= 1  # ", which", ") , which", "with which"
    if head is None or index < 0:
        return None
    token = doc[index]
    while token != head and token.dep_ in {"conj", "appos", "compound", "cc"}:
        token = token.head
    return head if token == head else None


def _unqualified(noun):
    """The noun, unless it qualifies another ("the capital of X, which ...", "a committee of
    O, which ..."): the relative clause may then speak of the other."""
    preposition = noun.head
    qualifier = noun.dep_ == "pobj" and preposition.lower_ == "of"
    if qualifier and preposition.head.tag_.startswith("NN"):
        return None
    return noun


def _relative_clause_head(pronoun):
    """The noun a relative clause modifies, from a pronoun inside it ("with which")."""
    token = pronoun
    while token.dep_ != "relcl" and token.head != token:
        token = token.head
    return _adjacent_head(pronoun, token.head) if token.dep_ == "relcl" else None


@cache
def _key_roles(kind: str) -> frozenset:
    """The roles an n-ary node of the kind is keyed by ("D" of a visit's "D.date"): a value
    of such a role left out would make another node."""
    from kzgraph.graph import default_schema

    nodes = default_schema()[kind].get("nodes", [])
    return frozenset(spec.split(".")[0] for node in nodes for spec in node["key"])


def _numbered_holder(noun):
    """ "one of the founders of O": the word "one" holds the place the noun would hold."""
    preposition = noun.head
    if noun.dep_ == "pobj" and preposition.lower_ == "of" and preposition.head.lower_ in _NUMBERS:
        return preposition.head
    return noun


def _fits(mention: Mention, slot: Slot) -> bool:
    if is_value(slot):
        return mention.value is not None and any(c in mention.kinds for c in slot.classes)
    return any(c in mention.kinds for c in slot.classes)


def _arity_ok(members: list[Mention], slot: Slot) -> bool:
    """Whether the members fill the slot's arity, a reference to a group ("both countries",
    one word of the parse) counted by its members."""
    parts = [part for m in members for part in m.members or [m]]
    entities = {e.key for m in parts for e in m.entities[:1]}
    if slot.arity == "1":
        return len(parts) == 1
    return len(parts) == 2 and len(entities) == 2 if slot.arity == "pair" else True
