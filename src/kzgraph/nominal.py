"""Event nouns read over the dependency parse: facts a noun states with its arguments.

Writers state many facts as a noun: "Kazakhstan's accession to the WTO in 2015", "the signing
of the Treaty by A, B and C in Astana on D", "Tokayev's state visit to Beijing", "the SCO
summit in Astana on 3-4 July 2024", "the establishment of diplomatic relations between A and B
on D". The lines of data/event_nouns.jsonl name such nouns, the kind of fact each gives and
where each slot's filler stands: the possessor ("X's"; a possessive pronoun read as the
subject of the clause the noun's phrase qualifies: "Following its accession to O, X ..."), a
name compounded before the noun ("the SCO summit"), a value before it ("the 2006 signing"), the
subject of a light verb whose object the noun is ("X paid a visit to C"), or a preposition
on the noun (or on a participle modifying it: "the summit held in C", or under the noun of its
"of" phrase: "the accession of X to O").

It reads a noun only where the sentence tells that its event took place (``_Noun._told``: a
time phrase, the object of the line's verbs or of a witnessing verb, the subject of a
"happened" verb or of the main clause with no predicate of unreality), never as the object of
any verb off a block list ("Russia fears X's membership of O"). It asserts only what the
noun's phrase states plainly: every slot filled by names of exactly
its class and nothing of another class where a slot's filler stands, one value a slot; no
negation, modal, condition, plan or report on the way from the noun to the sentence's root; a
noun that is the object of a preposition on another noun ("talks on the accession") gives
nothing; none of the shared or the line's block words in the noun's phrase or on that way; the
trigger fallback's block words and hedges as syntax.py reads them. Facts no earlier stage
stated record their line as ``nominal:<id>`` (kz:rule).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kzgraph import lexicon
from kzgraph.errors import RuleFileError
from kzgraph.gazetteer import read_jsonl
from kzgraph.hedges import hedged
from kzgraph.mentions import Mention
from kzgraph.references import ReferenceContext
from kzgraph.relations import Fact
from kzgraph.resources import rules_dir
from kzgraph.summits_held import unheld_summit
from kzgraph.syntax import _Parse, _uncovered, distinct_facts, worth_reading
from kzgraph.syntax_tree import (
    _CONDITIONS,
    _EMBEDDING,
    _TIME_NOUNS,
    _arity_ok,
    _conjuncts,
    _fits,
    _passive,
    _subject,
)
from kzgraph.triggers import (
    Slot,
    _schema_roles,
    _slot,
    blocked,
    default_trigger_rules,
    is_value,
)

#: Where a filler may stand besides a preposition.
_PLACES = frozenset(["possessor", "compound", "modifier", "subject", "invitation", "time-subject"])
#: Places a word of the sentence announces (prepositions, a possessive): a required slot
#: whose places are all such needs one of them in the sentence before anything is parsed.
_CUED = frozenset(
    ["possessor", "of", "by", "to", "into", "between", "with", "from", "under", "in", "on",
     "at", "since"]
)  # fmt: skip
#: Possessive pronouns read as the subject of the clause the noun's phrase qualifies.
_PRONOUNS = lexicon.words("nominal-possessive-pronouns")
#: Participles on the noun whose prepositions are the noun's ("the summit held in C").
_PARTICIPLES = lexicon.words("nominal-participles")
#: Prepositions of a time phrase: the event it names took place ("during X's visit").
_TEMPORAL = lexicon.words("nominal-time-prepositions")
#: Prepositions by which the verb's event happens at the noun's ("attended it at the summit").
_AT_THE_TIME = lexicon.words("at-the-time-prepositions")
#: Dependencies of another clause under a verb, whose words are not the verb's predicate's.
_OTHER_CLAUSES = frozenset(["relcl", "advcl", "ccomp", "conj", "parataxis", "cc", "punct"])
#: Words by which a sentence names who invited or hosted a visitor: "at the invitation of"
#: must then name that person, else the reading gives nothing (as the fallback's I slot).
_INVITING = lexicon.words("inviting-words")
#: Determiners by which a noun names an event told before, whoever's it was.
_DEFINITE = lexicon.words("nominal-definite-determiners")
#: Present forms of "be", whose progressive speaks of an arrangement, not a past event.
_BE = lexicon.words("present-be-forms")
#: Title words a person's name may follow in "at the invitation of the President of S P".
_TITLES = lexicon.words("invitation-titles")
#: Verbs of a relative clause by which the noun's event took place ("which took place in C").
_HAPPENED = lexicon.words("nominal-happened-verbs")
#: Subjects (or their determiners) by which a witnessing verb denies its object's event.
_DENYING = lexicon.words("nominal-denying-subjects")
#: Dependencies of a noun that states an event of its own (not a modifier of another noun).
_STATING = frozenset(["ROOT", "nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos", "conj"])


@dataclass(frozen=True)
class NounSlot:
    """A slot of an event-noun line: the trigger-line slot and where its filler stands."""

    slot: Slot
    places: frozenset


@dataclass(frozen=True)
class NounLine:
    """One line of event_nouns.jsonl, compiled."""

    id: str
    kind: str
    nouns: frozenset
    slots: tuple[NounSlot, ...]
    values: tuple[NounSlot, ...]
    verbs: frozenset = frozenset()
    through: frozenset = frozenset()  # the words the "of" phrase must name
    through_needs: frozenset = frozenset()  # and one of the modifiers it needs
    block: frozenset = frozenset()
    allow: frozenset = frozenset()
    arrivals: frozenset = frozenset()  # "X arrived in P on a visit": P and X are the noun's
    recalling: frozenset = frozenset()  # "Y recalled the visit of X to P in D": D is the noun's


@dataclass(frozen=True)
class NounLines:
    lines: tuple[NounLine, ...]
    block: frozenset  # the shared block words
    happened: frozenset = frozenset()  # verbs whose subject noun's event took place
    witnessed: frozenset = frozenset()  # verbs whose object noun's event took place
    unrealised: frozenset = frozenset()  # a subject noun's predicate words ("remains a goal")


def _words(path: Path, line: int, record: dict, key: str, source=None) -> frozenset:
    words = (source if source is not None else record).get(key, [])
    if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
        raise RuleFileError(path, line, f"{key} must be a list of non-empty words")
    return frozenset(w.lower() for w in words)


def _noun_slot(path: Path, line: int, spec: object, roles: set, value: bool) -> NounSlot:
    slot = _slot(path, line, spec, roles, value)
    places = _words(path, line, spec, "from")
    if not places:
        raise RuleFileError(path, line, "each slot needs a non-empty from list")
    return NounSlot(slot, places)


def load_event_nouns(path: Path | None = None, schema: dict | None = None) -> NounLines:
    """Read data/event_nouns.jsonl; RuleFileError names a broken line."""
    from kzgraph.graph import default_schema

    path = path or rules_dir() / "event_nouns.jsonl"
    schema = schema if schema is not None else default_schema()
    lines, block, seen = [], set(), set()
    happened, witnessed, unrealised = set(), set(), set()
    for number, record in read_jsonl(path, ("id",)):
        if record["id"] in seen:
            raise RuleFileError(path, number, f"duplicate id {record['id']!r}")
        seen.add(record["id"])
        if "kind" not in record:
            if not {"block", "happened", "witnessed", "unrealised"} & set(record):
                words = "block, happened, witnessed or unrealised words"
                raise RuleFileError(path, number, f"a line needs a kind, or {words}")
            block |= _words(path, number, record, "block")
            happened |= _words(path, number, record, "happened")
            witnessed |= _words(path, number, record, "witnessed")
            unrealised |= _words(path, number, record, "unrealised")
            continue
        missing = [key for key in ("nouns", "slots") if key not in record]
        if missing:
            raise RuleFileError(path, number, f"missing field(s): {', '.join(missing)}")
        if record["kind"] not in schema:
            raise RuleFileError(path, number, f"unknown kind {record['kind']!r} (see schema.jsonl)")
        roles = _schema_roles(schema[record["kind"]])
        for key in ("slots", "values"):
            if not isinstance(record.get(key, []), list):
                raise RuleFileError(path, number, f"{key} must be a list of slots")
        slots = tuple(_noun_slot(path, number, s, roles, False) for s in record["slots"])
        values = tuple(_noun_slot(path, number, s, roles, True) for s in record.get("values", []))
        if not slots or len(slots) + len(values) < 2:
            raise RuleFileError(path, number, "a line needs an entity slot and two slots in all")
        through = record.get("through", {})
        if not isinstance(through, dict):
            raise RuleFileError(path, number, "through must be an object (words, needs)")
        lines.append(NounLine(
            record["id"], record["kind"], _words(path, number, record, "nouns"), slots, values,
            _words(path, number, record, "verbs"), _words(path, number, through, "words", through),
            _words(path, number, through, "needs", through), _words(path, number, record, "block"),
            _words(path, number, record, "allow"), _words(path, number, record, "arrivals"),
            _words(path, number, record, "recalling"),
        ))  # fmt: skip
    return NounLines(tuple(lines), frozenset(block), frozenset(happened), frozenset(witnessed),
                     frozenset(unrealised))  # fmt: skip


@cache
def default_event_nouns() -> NounLines:
    """The shipped event-noun lines, compiled once per process."""
    return load_event_nouns()


def extract_nominal_facts(
    sentence_text: str,
    sentence_start: int,
    mentions: list[Mention],
    known: list[Fact],
    lines: NounLines | None = None,
    context: ReferenceContext | None = None,
) -> list[Fact]:
    """The facts the event nouns of one sentence state through its parse that ``known`` (the
    earlier stages' facts) does not state already.

    >>> from kzgraph.documents import document_from_text
    >>> from kzgraph.extract import extract_document
    >>> text = "Estonian President Alar Karis's visit to Astana in October 2024 deepened ties."
    >>> quads = extract_document(document_from_text(text, "demo")).quads
    >>> sorted({q.object.value for q in quads if q.predicate.value.endswith("rule")})
    ['nominal:visit-to-place', 'state-president']

    (the visit from the event noun; the head of state from the title before the name)
    """
    lines = lines or default_event_nouns()
    if not worth_reading(sentence_text, mentions):
        return []
    lowered = sentence_text.lower()
    words = set(re.findall(r"[a-z]+", lowered))
    if "’" in lowered or "'" in lowered or not _PRONOUNS.isdisjoint(words):
        words.add("possessor")  # "X's", "the States'", "its"
    active = [line for line in lines.lines if not line.nouns.isdisjoint(words)
              and _cued(line, words) and _may_fill(line, mentions, known)]  # fmt: skip
    if not active:
        return []  # the parser is loaded and run only past this point
    parse = _Parse(sentence_text, sentence_start, mentions, context)
    facts = []
    for line in active:
        for token in parse.doc:
            if parse.words[token.i] not in line.nouns or token.i in parse.of_start:
                continue
            if not token.tag_.startswith("NN"):
                continue
            roles = _Noun(parse, line, token, lines).roles()
            if roles is None:
                continue
            facts.append(_uncovered(_fact(parse, line, token, roles), known))
    return distinct_facts(facts)


def _cued(line: NounLine, words: set) -> bool:
    """Whether every required slot's filler may stand somewhere in the sentence: one of its
    prepositions is there, or a possessive, or a place no single word announces ("arrived
    in C" stands for "to C")."""
    if not line.arrivals.isdisjoint(words):
        words = words | {"to"}
    return all(
        not s.places.isdisjoint(words) or not s.places <= _CUED
        for s in line.slots
        if not s.slot.optional
    )


def _may_fill(line: NounLine, mentions: list[Mention], known: list[Fact]) -> bool:
    """Whether the sentence names something of every required entity slot's class, and an
    entity of the line's classes that no earlier fact of its kind names: else no parse can
    add."""
    parts = [part for m in mentions for part in m.members or [m]]
    if not all(
        any(_fits(part, s.slot) for part in parts) for s in line.slots if not s.slot.optional
    ):
        return False
    named = {e.key for fact in known if fact.kind == line.kind
             for fillers in fact.roles.values() for m, _ in fillers
             for part in m.members or [m] for e in part.entities}  # fmt: skip
    classes = {c for s in line.slots for c in s.slot.classes}
    return any(
        e.key not in named
        for part in parts
        if part.value is None and not classes.isdisjoint(part.kinds)
        for e in part.entities
    )


class _Noun:
    """One event noun in a parse: the fillers standing in its places, and its guards."""

    def __init__(self, parse: _Parse, line: NounLine, noun, lines: NounLines):
        self.parse, self.line, self.noun, self.lines = parse, line, noun, lines
        self.heads = [noun]
        self.verb = self.arrival = None

    def roles(self) -> dict | None:
        """Role -> [(mention, class)] of the noun's plain reading, or None."""
        if not self._stating():
            return None
        places = self._places()
        if places is None or not self._told(self.noun):
            return None
        roles: dict[str, list] = {}
        used: set[int] = set()
        for noun_slot in (*self.line.slots, *self.line.values):
            found = self._fill(noun_slot, places)
            if found is None:
                return None
            if found:
                roles[noun_slot.slot.role] = [(self.parse.mention[t.i], c) for t, c in found]
                used |= {t.i for t, _ in found}
        if not self._no_stray_names(places, used):
            return None
        entity_roles = [r for r, fillers in roles.items() if fillers[0][0].value is None]
        if not entity_roles or len(roles) < 2:
            return None
        if not self._dated_here(roles):
            return None
        return roles if self._plain(used) else None

    def _stating(self) -> bool:
        """The noun states its event: it is not a modifier of another noun ("accession talks"),
        nor the object of a preposition on another noun ("talks on the accession")."""
        noun = self.noun
        if noun.dep_ not in _STATING:
            return False
        if noun.dep_ == "pobj" and noun.head.head.tag_.startswith("NN"):
            return False
        return noun.dep_ != "conj" or noun.head.tag_.startswith("NN")

    def _told(self, noun) -> bool:
        """The sentence tells that the noun's event took place, by where the noun stands
        (an allow-list, not any verb off a block list: "Russia fears X's membership of O",
        "Y warned against X's accession to O" tell nothing): in a time phrase ("after X's
        accession", "during Y's visit"), the object of the line's own verbs or arrivals
        ("paid a visit", "arrived on a visit") or of a verb that witnesses an event ("2015
        saw X's accession"), the subject of a verb by which it happened ("X's accession
        came in 2015") or of the sentence's main clause ("X's accession in 2015 was a
        milestone"), a sentence that is the noun's phrase alone, or in apposition or a list
        with such a noun."""
        if noun == self.noun and (self.verb is not None or self.arrival is not None):
            return True
        head = noun.head
        if noun.dep_ in {"appos", "conj"} and head.tag_.startswith("NN"):
            return head != noun and self._told(head)
        if noun.dep_ == "ROOT":  # a heading or a list item, with no finite verb
            return not any(t.tag_ in {"VBZ", "VBP", "VBD", "MD"} for t in noun.doc)
        if noun.dep_ == "pobj":
            if head.lower_ not in _TEMPORAL:
                return False
            if head.lower_ in {"on", "at"} and head.i > head.head.i:
                # "insisted on X's accession", "angry at Y's visit": no time phrase; a
                # fronted one ("On a visit to C, X ...") and "at the summit" are
                return noun.lower_ in self._at_nouns()
            return True
        words = self.lines
        if noun.dep_ in {"nsubj", "nsubjpass"}:
            if not words.unrealised.isdisjoint(t.lower_ for t in _predicate_words(head)):
                return False  # "X's accession to O in D was a dream", "remains to be seen"
            if head.lower_ in words.happened:
                return True
            main = head.dep_ in {"ROOT", "conj"} or noun.left_edge.i == 0  # (a misparsed root)
            return main and head.tag_.startswith("VB")
        if noun.dep_ == "dobj":
            witnessing = words.witnessed | self.line.recalling
            return head.lower_ in witnessing and not _denied(head)
        return False

    def _at_nouns(self) -> frozenset:
        """Event nouns a verb's "at" or "on" phrase names as its time or occasion."""
        return frozenset(["summit", "visit", "trip"])

    def _places(self) -> dict | None:
        """Place -> [tokens standing there]: the possessor, compounds, value modifiers, the
        light verb's subject, and each preposition's objects (with their list members)."""
        places: dict[str, list] = {}

        def add(pairs) -> None:
            for place, token in pairs:
                places.setdefault(place, []).extend([token, *_conjuncts(token)])

        verb_places = self._light_verb_places()
        if verb_places is None:
            return None
        add(verb_places)
        heads = self._event_heads()
        through = self._through() if self.line.through else None
        if self.line.through and through is None:
            return None
        heads += [through] if through is not None else []
        add(self._modifier_places())
        skipped = {self.noun.i} | ({through.i} if through is not None else set())
        add(self._preposition_places(heads, skipped))
        add(self._governor_dates(heads))
        add(self._of_object_places(list(places.get("of", []))))
        add(self._time_subject_place(places))
        invitation = self._invitation(heads)
        if invitation is False:
            return None
        add([("invitation", invitation)] if invitation is not None else [])
        self.heads = heads
        return places

    def _light_verb_places(self) -> list | None:
        """[(place, token)] the line's light verb names when the noun is its object ("X paid
        a visit"): its one subject, and its indirect object as "to"'s ("gave Kazakhstan
        security guarantees"); [] for no light verb, None for a subject not one."""
        noun, line = self.noun, self.line
        if not (line.verbs and noun.dep_ == "dobj" and noun.head.lower_ in line.verbs):
            return []
        self.verb = noun.head
        subjects = [c for c in noun.head.children if c.dep_ == "nsubj"]
        if len(subjects) != 1:
            return None
        datives = [c for c in noun.head.children
                   if c.dep_ == "dative" and c.i in self.parse.mention]  # fmt: skip
        return [("subject", subjects[0]), *(("to", c) for c in datives)]

    def _event_heads(self) -> list:
        """The tokens whose prepositions are the noun's: the noun, its light verb, its verb of
        recalling, the verb it arrived by, and its participles and relative clauses of taking
        place ("the summit, which was held in C on D", "the signing, which took place in C")."""
        noun = self.noun
        heads = [noun] + ([self.verb] if self.verb is not None else [])
        if self._recalling():
            heads.append(noun.head)
        self.arrival = self._arrival()
        heads += [self.arrival] if self.arrival is not None else []
        heads += [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                  and c.lower_ in _PARTICIPLES]  # fmt: skip
        heads += [c for c in noun.children if c.dep_ == "relcl"
                  and c.lower_ in _PARTICIPLES | _HAPPENED
                  and any(s.dep_ in {"nsubj", "nsubjpass"} and s.lower_ in {"which", "that"}
                          for s in c.children)]  # fmt: skip
        return heads

    def _arrival(self):
        """The line's verb of arriving whose "on"/"for" phrase the noun is ("X arrived in P
        on a state visit": the verb's place is the noun's destination), or None."""
        noun, line = self.noun, self.line
        if (
            line.arrivals
            and noun.dep_ == "pobj"
            and noun.head.lower_ in {"on", "for"}
            and noun.head.head.lower_ in line.arrivals
        ):
            return noun.head.head
        return None

    def _modifier_places(self) -> list:
        """[(place, token)] of the noun's own modifiers: its possessor, its named compounds
        and name modifiers, and its value modifiers."""
        found, mention = [], self.parse.mention
        for child in self.noun.children:
            if child.dep_ == "poss":
                found.append(("possessor", self._possessor(child) or child))
            elif child.dep_ in {"compound", "nmod", "amod", "nummod"} and child.i in mention:
                found.append(("modifier" if mention[child.i].value is not None else "compound",
                              child))  # fmt: skip
            elif child.dep_ == "compound":
                # "our country security guarantees": the parse may hang the name on the noun's
                # own compound ("security")
                found += [("compound", inner) for inner in child.children
                          if inner.dep_ == "compound" and inner.i in mention
                          and mention[inner.i].value is None]  # fmt: skip
        return found

    def _preposition_places(self, heads: list, skipped: set) -> list:
        """[(place, token)] of the heads' prepositions' objects (but the ``skipped``): the
        agent's as "by", and a name "in"/"to"/"into" the arrival verb's as "to" ("arrived
        in P")."""
        found = []
        for head in heads:
            for child in head.children:
                if child.dep_ not in {"prep", "agent", "dative"}:
                    continue
                for obj in child.children:
                    if obj.dep_ != "pobj" or obj.i in skipped:
                        continue
                    place = "by" if child.dep_ == "agent" else child.lower_
                    mention = self.parse.mention.get(obj.i)
                    if (
                        head == self.arrival
                        and place in {"in", "to", "into"}
                        and (mention is not None and mention.value is None)
                    ):
                        place = "to"  # "arrived in P"
                    found.append((place, obj))
        return found

    def _governor_dates(self, heads: list) -> list:
        """[(place, token)] of a value right after the noun's phrase that the parser hangs on
        the verb above it: "the summit in C on D adopted" (not an object's: "Y announced X's
        accession to O in D": D may be when Y announced; the prepositions after its object
        of a line's verb of recalling are its: _recalling)."""
        noun = self.noun
        governor = {"nsubj": noun.head, "nsubjpass": noun.head,
                    "pobj": noun.head.head}.get(noun.dep_)  # fmt: skip
        if noun.dep_ == "pobj" and noun.head.lower_ not in _AT_THE_TIME:
            governor = None  # "X signed T after Y's accession to O in D": D may be X's
        if governor is None or governor in heads:
            return []
        right = max(t.i for t in noun.subtree)
        return [(child.lower_, obj) for child in governor.children
                if child.dep_ == "prep" and child.i == right + 1
                for obj in child.children
                if obj.dep_ == "pobj" and self.parse.mention.get(obj.i) is not None
                and self.parse.mention[obj.i].value]  # fmt: skip

    def _of_object_places(self, of_objects: list) -> list:
        """[(place, token)] of the prepositions the parser hangs on a name of the noun's "of"
        phrase: "the accession of X to O"."""
        mention = self.parse.mention
        return [(child.lower_, inner) for obj in of_objects
                if obj.i in mention and mention[obj.i].value is None
                for child in obj.children if child.dep_ == "prep" and child.lower_ != "of"
                for inner in child.children if inner.dep_ == "pobj"]  # fmt: skip

    def _time_subject_place(self, places: dict) -> list:
        """[("time-subject", subject)] for a noun with no owner of its own on a time phrase
        ("During a state visit to C, X ..."): the clause's subject; "the" points at an event
        named before, whoever's ("During the O chairmanship, X ..."), unless read through."""
        if (
            not {"possessor", "of", "by"} & set(places)
            and "time-subject" in self._own_places()
            and (self.line.through or not self._definite())
        ):
            subject = self._clause_subject() if self._timed() else None
            if subject is not None:
                return [("time-subject", subject)]
        return []

    def _recalling(self) -> bool:
        """The noun is the object of one of its line's verbs of recalling whose prepositions
        all stand after it, and every preposition after the noun, on it or on the verb, names
        a name, a date or the invitation: "the sides recalled the visit of X to C on D at the
        invitation of I", where the parser may hang the noun's "to", "on" and "at" phrases on
        the verb. One before the object ("recalled in Astana the visit") or naming the
        recalling's occasion or manner ("at a press conference on D", "at the summit in D",
        "with gratitude in D") is the recalling's own, and so is the date after it. Only a
        line that lists such verbs reads so: "Y recalled X's accession to O in D" may be dated
        by when Y recalled it."""
        noun = self.noun
        if noun.dep_ != "dobj" or noun.head.lower_ not in self.line.recalling:
            return False
        after = [c for c in (*noun.head.children, *noun.children) if c.dep_ == "prep"]
        return all(c.i > noun.i and self._named_objects(c) for c in after)

    def _named_objects(self, preposition) -> bool:
        """The preposition's objects are all names, values or the invitation ("to C", "on D",
        "at the invitation of I"; not "at a press conference", "with gratitude")."""
        objects = [c for c in preposition.children if c.dep_ == "pobj"]
        return bool(objects) and all(
            o.i in self.parse.mention or o.lower_ in _INVITING for o in objects
        )

    def _through(self):
        """The noun of the "of" phrase the line reads through ("diplomatic relations")."""
        found = [obj for p in self.noun.children if p.dep_ == "prep" and p.lower_ == "of"
                 for obj in p.children if obj.dep_ == "pobj"]  # fmt: skip
        if len(found) != 1 or found[0].lower_ not in self.line.through:
            return None
        modifiers = {c.lower_ for c in found[0].children}
        return (
            found[0] if not self.line.through_needs or modifiers & self.line.through_needs else None
        )

    def _definite(self) -> bool:
        """The noun has a definite determiner ("the", "this", "that")."""
        return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in self.noun.children)

    def _own_places(self) -> set:
        return {p for s in (*self.line.slots, *self.line.values) for p in s.places}

    def _timed(self) -> bool:
        """The noun's phrase is a time phrase on a verb ("during his visit", "after its
        accession")."""
        noun = self.noun
        return self.arrival is not None or (
            noun.dep_ == "pobj"
            and noun.head.lower_ in _TEMPORAL
            and noun.head.head.tag_.startswith("VB")
        )

    def _clause_subject(self):
        """The one named subject of the verb the noun's time phrase hangs on, if the verb's
        clause names no other actor of the subject's classes outside the noun's phrase
        ("Russia praised Armenia after its admission to O": whose is unclear)."""
        verb = self.noun.head.head
        subject = _subject(verb, _passive(verb))
        mention = self.parse.mention.get(subject.i) if subject is not None else None
        if mention is None or mention.value is not None:
            return None
        own = {t.i for t in self.noun.subtree} | {t.i for t in [subject, *_conjuncts(subject)]}
        own |= self._arrival_invitation(verb)
        kinds = set(mention.kinds)
        return subject if not any(
            i not in own and other.value is None and not kinds.isdisjoint(other.kinds)
            and self.parse.doc[i].dep_ not in {"compound", "amod"}  # "X University"
            for i, other in self.parse.mention.items() if i in {t.i for t in verb.subtree}
        ) else None  # fmt: skip

    def _arrival_invitation(self, verb) -> set[int]:
        """The tokens of an "at the invitation of P" phrase the parser hangs on the verb the
        noun arrived by ("X came for a state visit to C at the invitation of P"): P is the
        inviter the invitation place reads (_invitation), not another actor of the clause."""
        if verb != self.arrival:
            return set()
        return {t.i for p in verb.children if p.dep_ == "prep"
                and any(c.dep_ == "pobj" and c.lower_ == "invitation" for c in p.children)
                for t in p.subtree}  # fmt: skip

    def _possessor(self, pronoun):
        """The subject a possessive pronoun stands for: that of the verb whose preposition
        the noun's phrase is the object of ("Following its accession to O, X joined ...")."""
        if pronoun.lower_ not in _PRONOUNS or self.noun.dep_ != "pobj":
            return None
        if not self.noun.head.head.tag_.startswith("VB"):
            return None
        subject = self._clause_subject()
        if subject is None:
            return None
        plural = pronoun.lower_ == "their"
        if plural != bool(_conjuncts(subject)):
            return None
        return subject

    def _invitation(self, heads: list):
        """The person of "at the invitation of P" on the noun or its verb; False if the part
        names an invitation the reading cannot place (who invited is then unknown)."""
        if not any(s.places & {"invitation"} for s in self.line.slots):
            return None
        part = self.parse.part(self.noun.i)
        words = self.parse.words[part.start : part.stop]
        if _INVITING.isdisjoint(words):
            return None
        nouns = [c for head in heads for p in head.children if p.dep_ == "prep"
                 for c in p.children if c.dep_ == "pobj" and c.lower_ == "invitation"]  # fmt: skip
        if (
            len(nouns) != 1
            or words.count("invitation") != 1
            or bool((_INVITING - {"invitation"}) & set(words))
        ):
            return False
        objects = [c for p in nouns[0].children if p.dep_ == "prep" and p.lower_ == "of"
                   for c in p.children if c.dep_ == "pobj"]  # fmt: skip
        if len(objects) != 1:
            return False
        subject = next((c for h in heads for c in h.children if c.dep_ == "nsubj"), None)
        if subject is not None and nouns[0].i < subject.i:
            return False  # "At the invitation of P, X paid a visit": not read, as the fallback
        if objects[0].i in self.parse.mention:
            return objects[0]
        if objects[0].lower_ not in _TITLES:
            return False  # "of P's government", "of his counterpart": no person invited
        # "the invitation of the President of Kazakhstan Kassym-Jomart Tokayev": the one name
        slot = next(s.slot for s in self.line.slots if "invitation" in s.places)
        named = [t for t in objects[0].subtree
                 if t.i in self.parse.mention and _fits(self.parse.mention[t.i], slot)]  # fmt: skip
        return named[0] if len(named) == 1 else False

    def _fill(self, noun_slot: NounSlot, places: dict) -> list | None:
        """[(token, class)] filling the slot ([] if left open and allowed), or None."""
        slot, parse = noun_slot.slot, self.parse
        sources = [p for p in noun_slot.places if places.get(p)]
        fitting = {}
        for place in sources:
            tokens = [t for t in places[place] if t.i in parse.mention
                      and _fits(parse.mention[t.i], slot)]  # fmt: skip
            if tokens:
                fitting[place] = tokens
        if len(fitting) > 1:
            return None  # two places name the slot's filler
        if not fitting:
            return [] if slot.optional else None
        ((place, tokens),) = fitting.items()
        if len(places[place]) != len(tokens) and place not in {"in", "on", "at", "from"}:
            return None  # a list with a member of another kind ("to C and the region")
        if is_value(slot):
            return [(tokens[0], slot.classes[0])] if len(tokens) == 1 else None
        members = [parse.mention[t.i] for t in tokens]
        if not _arity_ok(members, slot):
            return None
        return [(t, next(c for c in slot.classes if c in parse.mention[t.i].kinds)) for t in tokens]

    def _no_stray_names(self, places: dict, used: set[int]) -> bool:
        """No name of an actor's class where a slot's filler stands that no slot took ("the
        visit of P to C in China"), and no time named without a date ("in the same year")."""
        own = {p for s in (*self.line.slots, *self.line.values) for p in s.places}
        slots = [s.slot for s in self.line.slots]
        for place, tokens in places.items():
            for token in tokens:
                mention = self.parse.mention.get(token.i)
                if mention is None or mention.value is not None or token.i in used:
                    if mention is None and token.lower_ in _TIME_NOUNS and place in {"in", "on"}:
                        return False
                    continue
                if place in own or any(_fits(mention, slot) for slot in slots):
                    return False  # "the establishment of relations with C" read for A, B
        return True

    def _dated_here(self, roles: dict) -> bool:
        """A node whose value slot (a date, a length) is left open: no value of its class in
        the noun's part of the sentence (it may be this fact's, stated elsewhere)."""
        from kzgraph.graph import default_schema

        missing = [s.slot for s in self.line.values if s.slot.role not in roles]
        if not missing or not default_schema()[self.line.kind].get("nodes"):
            return True
        part = self.parse.part(self.noun.i)
        return not any(
            m.value is not None and i in part and any(_fits(m, slot) for slot in missing)
            for i, m in self.parse.mention.items()
        )

    def _plain(self, used: set[int]) -> bool:
        """No negation, modal, condition, plan or report from the noun up to the root; no
        block word in the noun's phrase; the fallback's sentence blocks and hedges."""
        parse, rules = self.parse, default_trigger_rules()
        part = parse.part(self.noun.i)
        if any(i not in part for i in used):
            return False
        block = (self.lines.block | self.line.block | rules.block_part) - self.line.allow
        token = self.noun
        path, stated = [], True
        while True:
            if stated:  # above a time phrase ("During X's visit, Y agreed"): grammar only
                path.append(token)
                stated = not (token.dep_ == "pobj" and token.head.lower_ in _TEMPORAL)
            for child in token.children:
                if child.dep_ == "neg" or child.tag_ == "MD":
                    return False
                if child.dep_ in {"mark", "advmod"} and child.lower_ in _CONDITIONS:
                    return False
            if token.dep_ in _EMBEDDING:
                return False
            if token.tag_ == "VBG" and any(  # "X is hosting the summit": still to come
                c.dep_ == "aux" and c.lower_ in _BE for c in token.children
            ):
                return False
            if token.head == token:
                break
            token = token.head
        phrase = {t.i for head in self.heads for t in head.subtree}
        phrase |= {t.i for t in path}
        if self.noun.dep_ in {"nsubj", "nsubjpass"}:  # its predicate: "was put off at the
            # request of P", "was agreed in D" (not another clause: "..., which ...")
            phrase |= {t.i for c in self.noun.head.children if c.dep_ not in _OTHER_CLAUSES
                       and c != self.noun for t in c.subtree}  # fmt: skip
        if self.verb is not None:  # the light verb's own words ("had been due to pay")
            phrase |= {c.i for c in self.verb.children if c.dep_ in {"aux", "auxpass", "advmod"}}
        phrase = {i for i in phrase if i in part}
        if not block.isdisjoint(parse.words[i] for i in phrase):
            return False
        if blocked(parse.words, part, self.line, rules):
            return False
        start = min([*used, self.noun.left_edge.i, *(h.left_edge.i for h in self.heads)])
        finish = max([*used, self.noun.i]) + 1
        if hedged(parse.words, start, finish, rules.hedges):
            return False
        if self.line.kind == "summit" and unheld_summit(parse.words, start, finish, self.noun.i):
            return False  # "Work on a summit of O in C": no summit held
        return rules.hedges.inside.isdisjoint(parse.words[i] for i in phrase)


def _denied(verb) -> bool:
    """The verb's subject, or a word that qualifies it, denies what it witnesses ("Nobody
    remembers X's visit", "No one recalled ...", "Few people remember ...": "few" hangs on
    "people" as an adjective, not a determiner)."""
    return any(
        c.lower_ in _DENYING or any(d.lower_ in _DENYING for d in c.children)
        for c in verb.children
        if c.dep_ in {"nsubj", "nsubjpass"}
    )


def _fact(parse: _Parse, line: NounLine, noun, roles: dict) -> Fact:
    """The Fact of a plain reading, from the first of the noun's and the fillers' tokens to
    the last."""
    mentions = [m for fillers in roles.values() for m, _ in fillers]
    start, finish = parse.bounds([noun.i], mentions)
    return Fact(f"nominal:{line.id}", line.kind, roles, start, finish)


#: What a clause says of its subject besides its verb: a predicate noun or adjective, a
#: complement clause, an adverb ("is still years away") and an "as" phrase's noun.
_PREDICATE_DEPS = frozenset(["attr", "acomp", "xcomp", "advmod"])


def _predicate_words(verb) -> list:
    """The verb and what it says of its subject: "was a dream", "remains to be seen", "is still
    years away", "is seen as a priority", "is enshrined in the constitution as a goal" (FPH15:
    the adverb and the "as" phrase)."""
    said = [verb, *(c for c in verb.children if c.dep_ in _PREDICATE_DEPS)]
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            said += [c for c in prep.children if c.dep_ == "pobj"]
    return said
