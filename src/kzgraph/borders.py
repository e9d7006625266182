"""Shared borders read as a family: a border noun phrase, or the verb "border", and its states.

Writers state a border in many orders: "A shares a 7,644 km border with B and a 1,783 km border
with C", "A shares a border of some 7,600 kilometres with B and of about 1,780 kilometres with
C", "the Kazakh–Uzbek state border is 2,356 km long", "the 1,212-kilometre (753 mi) border was
delimited by the Treaty on the Kazakh–Kyrgyz State Border", "its border with B, some 1,357 km
long, remains ...", "with B it shares a 144-kilometre frontier", "A and B border each other",
"C, which borders both, lies between them". The relation rules spell out many such orders one
by one; this reader takes a border noun ("border", "frontier", "boundary") and reads its phrase
as a whole (``_Phrase``):

- its two states: a compound of two states before the noun ("the Kazakh–Uzbek border", "the
  Kazakhstan–China border"), "between A and B", or one state by "with B" (before the noun's
  clause too: "with B it shares ...") and the other as the possessor ("A's", "its", "whose")
  or as the subject of the "share|have" verb the phrase is the object of ("A shares", "A,
  which shares", "it shares": the state the sentence opened with); a pair subject without
  "with" ("A and B share a border of L", "The two countries share ..."); with none of these,
  the two states of the one treaty title of the clause that names a border between them ("...
  delimited by the Treaty on the Kazakh–Kyrgyz State Border"), or, for a border with its own
  length and only "with B", the text's own state ("the 2,330 km border with Uzbekistan" in a
  text written from Kazakhstan);
- its length: one measure of the phrase, before the noun ("a 1,783 km border", "the
  1,212-kilometre (753 mi) border"), after it ("a border of 7,644 km", ", some 1,357 km long,",
  "(L)") or in its predicate ("is 2,356 km long", "runs for L", "stretches L");
- coordinated phrases repeat the frame: "and a 1,783 km border with C", "and of about 1,780
  kilometres with C", "and one of 273 km with C", also past an apposition set off after the
  first ("a L border with B, the longest land border in the world, and a L border with C"), and
  as a list closed by "and" (", 1,783 km with C, 2,330 km with D and 1,212 km with E"); the
  plural "borders of L with B" is such a phrase too;
- a subject set off from "share|have" by an aside naming no state ("A, a landlocked country
  whose capital is C, shares ...": the state the sentence opens with).

A phrase states a border only as the object of "share" or "have", or with a length of its own or
in its predicate; never after a negation ("shares no border", "has no common border"), under a
hedge, as the modifier of another noun ("the border crossing at C", "border clashes"), as the
object of a preposition of place or distance ("300 km from the border", "a pipeline to the
border", "on the Turkmen–Afghan border"), with "former", "old", "maritime" or "sea" ("the former
Sino-Soviet border"), or with a predicate of distance ("is 100 km away"); one length for a
border with two states gives nothing. "[a L] border separates A from B", "A is separated from B
by a L border" give the pair. The verb reads "A and B border each other", "it [also] borders B"
("it": the state the sentence opened with), "X, which [both] border(s) [both] B" (a bare "both":
the two states the sentence named before X), "X shares a border with A and also borders B" and,
with its length only, "A borders B along a L frontier" and "A borders B for|over|along L" (the
verb repeated for each further state with a length of its own: "and C for|along L", ", C for L
and D for L"; "the" may stand before each state: "borders the Kyrgyz Republic along L", FIG22;
a ";" or ":" ends a negation's reach). A length in
the predicate counts only when the measure is closed ("long", "in length", or punctuation after
it: "is 20 km north of C" is a distance); "Soviet-era", "imperial", "colonial" and "historical"
borders, and a past length before "before|until D", give nothing. "The L border with B" is the
text's own state's only when no other state was named in the paragraph since that state was
last named. Facts an earlier
stage stated for the same two states are left out (a one-pair fact without a length gains this
reading's); the rest record ``border:<reading>`` as ``kz:rule``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kzgraph import lexicon
from kzgraph.hedges import hedge_words, hedged
from kzgraph.mentions import Mention
from kzgraph.relations import Fact, merged_doc_for

#: The nouns of a border.
_NOUNS = lexicon.words("border-nouns")
#: Their plurals, read as a phrase's noun only before "of L with B" ("shares borders of 2,330 km
#: with A and 1,212 km with B"): elsewhere "borders" is the verb's or a list's.
_PLURAL_NOUNS = lexicon.words("rec21n-border-plural-nouns")
#: The words without which a sentence states no border: the nouns and the verb's forms.
_BORDER_WORDS = _NOUNS | lexicon.words("border-verb-forms")
#: Words that may stand between a border noun's determiner and the noun.
_MODIFIERS = lexicon.words("border-modifiers")
#: Determiners and what may open a border's phrase.
_DETERMINERS = lexicon.words("border-determiners")
#: Words of the phrase that make it no land border between the states it names.
_NOT_A_BORDER = lexicon.words("not-a-border-words")
#: Verbs whose object a border is: the subject shares it.
_SHARE = lexicon.words("border-share-verbs")
#: Words between a subject and its verb.
_ADVERBS = lexicon.words("border-adverbs")
#: Adverb phrases passed over the same way ("A in turn borders B": FIG22).
_ADVERB_PHRASES = tuple(p.split() for p in lexicon.phrases("fig22-border-adverb-phrases"))
#: Verbs of a border's length as its predicate ("is 2,356 km long", "runs for L").
_MEASURES = lexicon.words("border-measure-verbs")
#: Words between such a verb and its length.
_MEASURE_LIGHT = lexicon.words("border-measure-light-words")
#: Words that close a border's length in its predicate ("is 2,356 km long", "runs for L.",
#: "is L in length", "is L, ..."): any other word makes the figure a distance or a width ("runs
#: 20 km north of C", "is 20 km from C", "is 50 km wide at C"). The relation rules
#: border-between-is-long, border-between-runs-for, the-demonym-pair-border-runs and
#: border-possessive close it so too.
_CLOSERS = lexicon.words("border-length-closers")
#: Words after "for L" that say where a border runs, not how far from something it lies.
_FOR_ROUTE = tuple([word] for word in lexicon.phrases("border-route-words"))
#: Verbs of a border's length in the past, and the words after it by which it is no longer so.
_NO_LONGER = tuple([word] for word in lexicon.phrases("border-no-longer-words"))
_PAST_MEASURES = lexicon.words("border-past-measure-verbs")
#: Nouns whose "of" governs a border that exists ("the demarcation of the A–B border").
_DELIMITING = lexicon.words("border-delimiting-nouns")
#: What makes a definite "the border between A and B" with no length nor "share" state a border:
#: the word before it that opens its clause, the predicates and present copulas after it as
#: their subject, the verbs before it as their object ("the sea straddles the border between").
_BETWEEN_OPENERS = lexicon.words("border-between-clause-openers")
_BETWEEN_PREDICATES = tuple(
    phrase.split() for phrase in lexicon.phrases("border-between-predicates")
)
_BETWEEN_COPULAS = lexicon.words("border-between-copulas")
_BETWEEN_OBJECT_VERBS = lexicon.words("border-between-object-verbs")
#: Prepositions whose object is a place or a distance's end, not a border stated.
_PLACE_PREPOSITIONS = lexicon.words("border-place-prepositions")
#: Words after a border noun that let its phrase go on (not a noun it qualifies).
_AFTER_NOUN = lexicon.words("border-after-noun")
#: Verbs by which a border lies between two states ("a border separates A from B").
_SEPARATES = lexicon.words("border-separate-verbs")
#: Negations anywhere from the subject to the phrase's end.
_NEGATIONS = lexicon.words("border-negations")
#: Words between a state set off by a comma and an "its" that is then that state's ("to which B,
#: with its L border with C, also belongs", "and B, along its border with C, ...").
_ITS_LEADS = lexicon.words("border-its-leads")
#: Words before a state that open its clause (it is the clause's subject): "to which B, with".
_CLAUSE_OPENERS = lexicon.words("border-its-clause-openers")
#: Words before a sentence's first state that make it a fronted phrase's object: "Besides A, it".
_FRONTED_PREPOSITIONS = lexicon.words("border-fronted-prepositions")
#: A treaty title naming a border between two states by their compound ("A–B State Border").
#: The words that open an aside set off by commas ("B, the longest land border in the world,").
_APPOSITION_DETERMINERS = lexicon.words("apposition-after-determiners")
#: What ends a clause inside an aside: it is then no aside.
_CLAUSE_BREAKS = frozenset([";", ":", "and", "but", "while", "whereas", "–", "—"])
_TITLE_COMPOUND = re.compile(r"\b([A-Z][a-z]+)\s*[–—-]\s*([A-Z][a-z]+)\s+(?:State\s+)?Border\b")
_TITLE_BETWEEN = re.compile(
    r"\bBorder\s+between\s+(?:the\s+)?(.+?)\s+and\s+(?:the\s+)?(.+?)(?:\s+(?:on|of|in)\b|$)"
)


def extract_border_facts(
    sentence_text: str, sentence_start: int, mentions: list[Mention], known: list[Fact], context
) -> list[Fact]:
    """The border facts of one sentence no fact of ``known`` states for the same two states."""
    words = set(re.findall(r"[a-z]+", sentence_text.lower()))
    if words.isdisjoint(_BORDER_WORDS):
        return []
    if not any(_states(m) or "Treaty" in m.kinds for m in mentions if m.entities):
        return []
    doc = merged_doc_for(sentence_text, sentence_start, mentions)
    reader = _Reader(doc, mentions, context)
    reader.start = sentence_start
    stated, lengthless = set(), {}
    for fact in known:
        pairs = _pairs_of(fact) if fact.kind == "border" else []
        stated |= {frozenset(e.key for e in p) for p in pairs}
        for a, b in pairs:
            reader.partners.setdefault(a.key, {})[b.key] = b
            reader.partners.setdefault(b.key, {})[a.key] = a
        if len(pairs) == 1 and not fact.roles.get("L"):  # one pair, its length not read
            lengthless[frozenset(e.key for e in pairs[0])] = fact
    facts = []
    for reading in reader.readings():
        a, b, length, rule, first, last = reading
        pair = frozenset([a.key, b.key])
        if hedged(reader.words, first, last + 1, _hedges()):
            continue
        if pair in lengthless and length is not None and a.key != b.key:
            lengthless.pop(pair).roles["L"] = [(length, "Length")]  # "its border with B, some
            continue  # L long, ...": the rule read the pair, this reading its length too
        if a.key == b.key or pair in stated:
            continue
        stated.add(pair)
        begin, end = doc[first].idx + sentence_start, _end(doc[last]) + sentence_start
        roles = {"A": [(_ref(a, begin), "State")], "B": [(_ref(b, begin), "State")]}
        if length is not None:
            roles["L"] = [(length, "Length")]
        facts.append(Fact(f"border:{rule}", "border", roles, begin, end))
    return facts


def _hedges():
    from kzgraph.triggers import default_trigger_rules

    return default_trigger_rules().hedges


def _end(token) -> int:
    return token.idx + len(token.text.rstrip())


def _ref(entity, at: int) -> Mention:
    return Mention(at, at, entity.kinds, "reference", entities=[entity])


def _pairs_of(fact: Fact) -> list[tuple]:
    """The pairs of states a border fact states (a pair role, or A with each of B)."""
    from kzgraph.graph import filler_entities

    a = filler_entities(fact.roles.get("A", []))
    b = filler_entities(fact.roles.get("B", []))
    if b:
        return [(x, y) for x in a for y in b]
    return [(a[0], a[1])] if len(a) == 2 else []


def _states(mention: Mention | None) -> list:
    """The states a mention names (a group's members each), or [] if any part is no state."""
    if mention is None or mention.value is not None or not mention.entities:
        return []
    parts = mention.members if mention.members and len(mention.entities) > 1 else [mention]
    found = []
    for part in parts:
        if not part.entities or part.entities[0].cls != "State":
            return []
        found.append(part.entities[0])
    return found


#: The compass words of a direction after "borders B" ("to the north (L)", "to the east and
#: south-east (L)"): the length in brackets after it is the border's (GEO23).
_COMPASS = lexicon.words("geo23-compass-words")

#: Words after "borders B for|over L" that make L a distance ("for 300 km north of C"), not the
#: border's length; "from" is not one ("for L from the Altai to Manchuria": a stretch of it).
_VERB_DISTANCE = lexicon.words("border-verb-distance-words")


@dataclass
class _Phrase:
    """A border noun's phrase as ``_Reader`` reads it: the noun at ``n``, its first and last
    index, the index after its right side and where its predicate opens, its determiner, whose
    border it says (``possessor``), its states (a compound, "with B", "between A and B"), its
    lengths and whether its predicate gave one."""

    n: int
    start: int = 0
    end: int = 0
    after: int = 0
    k: int = 0
    det: str = ""
    possessor: list | None = None
    compound: list | None = None
    others: list | None = None
    between: list | None = None
    lengths: list = field(default_factory=list)
    predicate: bool = False

    @property
    def length(self) -> Mention | None:
        """The phrase's one length, if any (two different ones give no reading)."""
        return self.lengths[0] if self.lengths else None


class _Reader:
    """The border readings of one merged sentence."""

    def __init__(self, doc, mentions: list[Mention], context):
        self.doc, self.mentions, self.context = doc, mentions, context
        self.words = hedge_words(doc)
        self.last = None  # (end token, subject states) of the last phrase read with a subject
        self.ends: dict[int, list] = {}  # end token -> subject states of a "share" phrase
        self.start = 0  # where the sentence begins in the text
        self.partners: dict[str, dict] = {}  # state key -> the states an earlier reading pairs

    def mention(self, i: int) -> Mention | None:
        if 0 <= i < len(self.doc) and self.doc[i]._.kz_mention >= 0:
            return self.mentions[self.doc[i]._.kz_mention]
        return None

    def length(self, i: int) -> Mention | None:
        m = self.mention(i)
        return m if m is not None and m.value is not None and "Length" in m.kinds else None

    def states(self, i: int) -> list:
        return _states(self.mention(i))

    def named(self, i: int) -> tuple[list, int]:
        """The states named at ``i`` (past a "the") and the index after them."""
        j = i + 1 if i < len(self.doc) and self.words[i] == "the" else i
        states = self.states(j)
        return (states, j + 1) if states else ([], i)

    def readings(self):
        doc = self.doc
        for i, token in enumerate(doc):
            if token._.kz_mention < 0 and (self.words[i] in _NOUNS or self._plural_phrase(i)):
                yield from self._phrase(i)
        yield from self._verb_readings()

    def _plural_phrase(self, i: int) -> bool:
        """ "borders of L with B": a plural noun with a length and the other side of its own; or
        "borders|frontiers with B, C and D" coordinated with a phrase read before it ("A shares
        a L border with B and shorter frontiers with C, D and E": GEO23)."""
        if self.words[i] not in _PLURAL_NOUNS:
            return False
        if self.words[i + 1 : i + 2] == ["of"]:
            return self.length(i + 2) is not None and self.words[i + 3 : i + 4] == ["with"]
        if self.words[i + 1 : i + 2] != ["with"] or not self.named(i + 2)[0]:
            return False
        start = self._skip_back(i - 1, _MODIFIERS)
        return self.words[start] in {"and", ","} and self._coordinated(start + 1) is not None

    # the verb: "A and B border each other", "it also borders B", "X, which borders both"
    def _verb_readings(self):
        """The readings of the verb "border(s)": "A and B border each other", "it also borders
        B", "X, which borders both", "A borders B for L" (with its length only)."""
        doc, words = self.doc, self.words
        for i in range(len(doc)):
            if words[i] not in {"border", "borders", "bordered"} or doc[i]._.kz_mention >= 0:
                continue
            if self._negated(self._clause_start(max(0, i - 4), i), i + 1):
                continue
            # "A and B border each other"
            if words[i + 1 : i + 3] == ["each", "other"] and words[i] != "borders":
                j = self._skip_back(i - 1, _ADVERBS)
                pair = self.states(j)
                if len(pair) == 2:
                    yield pair[0], pair[1], None, "each-other", j, i + 2
                continue
            subject, first = self._verb_subject(i)
            plain = False
            if subject is None and words[i] in {"borders", "bordered"}:
                subject, first = self._plain_subject(i)  # "A borders B for L": with its length
                plain = True
            if subject is None:
                continue
            others, end = self._verb_objects(i, first)
            if not others:
                continue
            length, last = self._verb_length(end + 1) if len(others) == 1 else (None, end)
            if length is None and not self._closes(end + 1):
                continue
            if plain and length is None:
                continue  # the relation rules read "A borders B"
            for a in subject:
                for b in others:
                    yield a, b, length, "verb", first, last
            if length is not None:
                for b, more, end in self._verb_repeats(last + 1):
                    for a in subject:
                        yield a, b, more, "verb-repeat", first, end

    def _verb_objects(self, i: int, first: int) -> tuple[list, int]:
        """The states after the verb at ``i`` (past "both|all|also") and where they stand; for
        "C, which borders both, ..." the two states the sentence named before C (at ``first``);
        [] for none."""
        j = self._skip(i + 1, {"both", "all", "also", "the"})  # "borders the Kyrgyz Republic"
        others = self.states(j)
        if others:
            return others, j
        if self.words[j - 1] == "both" and j < len(self.doc) and self.doc[j].is_punct:
            others = self._named_before(first)
            if len(others) == 2:
                return others, j - 1
        return [], j

    def _verb_repeats(self, k: int):
        """The states and lengths a "borders B for L" repeats after it without its verb: "and C
        for|along|over L", ", C for L(,) and D for L" (a state with no length of its own ends
        the list)."""
        words = self.words
        while k < len(self.doc) and words[k] in {"and", ","}:
            k = self._skip(k + 1, {"and", "the"})
            others = self.states(k)
            if len(others) != 1:
                return
            length, last = self._verb_length(k + 1)
            if length is None or self._has_own_verb(last + 1):
                return  # "..., and C (L) in turn borders D": C is a new clause's subject
            yield others[0], length, last
            k = last + 1

    def _has_own_verb(self, i: int) -> bool:
        """Whether a border verb stands from ``i`` up to the next punctuation: the state before
        it is that verb's subject, no item of the list before."""
        for k in range(i, len(self.doc)):
            if self.doc[k].is_punct:
                return False
            if self.words[k] in {"border", "borders", "bordered"}:
                return True
        return False

    def _verb_length(self, k: int):
        """The length of "for|over [about] L", "along a|an L border|frontier" or "(L)" (past a
        direction on either side: "to the north (L)", "(L) to the east and south-east") right
        after a "borders B" (and the index it ends at), or (None, k - 1): "A borders B for L" is
        the whole border, length and all (a stretch "from X to Y" after it still is; "for L north
        of C" is a distance)."""
        words = self.words
        bracket = self._past_compass(k)
        if words[bracket : bracket + 1] == ["("] and words[bracket + 2 : bracket + 3] == [")"]:
            length = self.length(bracket + 1)
            end = self._past_compass(bracket + 3)
            if length is not None and self._closes(end):
                return length, end - 1  # "borders B to the north (L)", "B (L) to the west"
        if k >= len(self.doc) or words[k] not in {"for", "over", "along"}:
            return None, k - 1
        p = self._skip(k + 1, _MEASURE_LIGHT | {"an"})
        length = self.length(p)
        if length is None:
            return None, k - 1
        after = words[p + 1] if p + 1 < len(self.doc) else "."
        if words[k] == "along":
            if after in _NOUNS:
                return length, p + 1
            closed = after not in _VERB_DISTANCE and self._closes(p + 1)
            return (length, p) if closed else (None, k - 1)  # "along L." is the whole border
        if after in _VERB_DISTANCE:  # "for 300 km north of Tashkent": a distance
            return None, k - 1
        return length, p

    def _past_compass(self, k: int) -> int:
        """The index after a direction phrase at ``k`` ("to|in|on the north", "to the east and
        south-east": lexicon `geo23-compass-words`), else ``k``."""
        words = self.words
        if words[k : k + 1] not in (["to"], ["in"], ["on"]) or words[k + 1 : k + 2] != ["the"]:
            return k
        j = self._skip(k + 2, _COMPASS | {"-", "–", "and", "&"})
        while j > k + 2 and words[j - 1] in {"and", "&", "-", "–"}:
            j -= 1  # "to the west and Turkmenistan": the "and" opens the next item
        return j if j > k + 2 else k

    def _plain_subject(self, i: int):
        """The one state right before a "borders" verb (past adverbs), not a possessor or a
        preposition's object."""
        j = self._skip_back(i - 1, _ADVERBS)
        states = self.states(j)
        if len(states) != 1 or (j > 0 and self.words[j - 1] in _PLACE_PREPOSITIONS | {"'s", "’s"}):
            return None, j
        return states, j

    def _verb_subject(self, i: int):
        """The states a "border(s)" verb's subject names: "it" (the sentence's opening state),
        or the head of ", which|that": "X, which borders B"."""
        words = self.words
        j = self._skip_back(i - 1, _ADVERBS)
        if j >= 0 and words[j] == "it" and (words[i] == "borders" or words[i] == "bordered"):
            resolved = len(self.states(j)) == 1  # "In the south it borders B": by its line
            joined = j > 0 and words[j - 1] in {"and", ","}
            if resolved or joined or (j >= 2 and words[j - 2] == "and"):
                return self._it_states(j), j
            return None, j
        before = j - 1 if j >= 1 and words[j - 1] == "," else j
        if words[j] == "and" and before - 1 in self.ends:  # "A shares a border with B and
            return self.ends[before - 1], j  # also borders C"
        if j >= 2 and words[j] in {"which", "that"} and words[j - 1] == ",":
            head = self.states(j - 2)
            if head and words[i] in (
                {"borders", "bordered"} if len(head) == 1 else {"border", "bordered"}
            ):
                return head, j - 2
        return None, j

    def _named_before(self, i: int) -> list:
        """The states the sentence names before ``i``, each once, in order."""
        found = []
        for j in range(i):
            for state in self.states(j):
                if state.key not in {s.key for s in found}:
                    found.append(state)
        return found

    def _closes(self, i: int) -> bool:
        """A list of states closes here: punctuation, the end, or a clause word."""
        return i >= len(self.doc) or self.doc[i].is_punct or self.words[i] in {
            "and", "but", "while", "whereas", "which", "to", "in", "along", "on"}  # fmt: skip

    def _skip(self, i: int, words) -> int:
        while i < len(self.doc) and self.words[i] in words:
            i += 1
        return i

    def _skip_back(self, i: int, words) -> int:
        """The index before ``i``'s run of ``words`` and adverb phrases ("in turn") back."""
        while i >= 0:
            if self.words[i] in words:
                i -= 1
                continue
            size = next((len(p) for p in _ADVERB_PHRASES if self.words[i - len(p) + 1 : i + 1] == p
                         and i - len(p) + 1 >= 0), 0)  # fmt: skip
            if not size:
                return i
            i -= size
        return i

    def _clause_start(self, first: int, i: int) -> int:
        """Where the verb at ``i``'s clause begins from ``first`` on: past a ";" or ":" ("...
        geography is not destiny: A borders B" is not negated)."""
        for j in range(i - 1, first - 1, -1):
            if self.words[j] in {";", ":"}:
                return j + 1
        return first

    def _negated(self, first: int, end: int) -> bool:
        return not _NEGATIONS.isdisjoint(self.words[max(0, first) : end])

    def _opening_state(self, before: int):
        """The one state the sentence opened with (its first name, within its first three
        words, a single state), if the sentence named no other actor before it, no
        preposition governs it ("Besides A, it borders B": not A) and no other state between it
        and ``before`` opens an infinitive ("A urged B to reopen its border with C": B's; "A
        borders B and C, whose frontier with it ...": A's)."""
        for j in range(min(before, 4)):
            m = self.mention(j)
            if m is None:
                continue
            states = _states(m)
            if self._governed(j) or self._infinitive_subject_between(j, before):
                return None
            return states[0] if len(states) == 1 else None
        return None

    def _governed(self, j: int) -> bool:
        """Whether a preposition (past a "the") governs the mention whose first token is ``j``."""
        k = j - 1 - (j > 0 and self.words[j - 1] == "the")
        return k >= 0 and self.words[k] in _FRONTED_PREPOSITIONS

    def _infinitive_subject_between(self, first: int, before: int) -> bool:
        """Whether a state no preposition governs, followed by "to", is named after the mention
        at ``first`` and before ``before``: the subject of an infinitive ("A urged B to ...")."""
        doc = self.doc
        return any(
            self.words[i + 1] == "to"
            and doc[i]._.kz_mention >= 0
            and doc[i]._.kz_mention != doc[i + 1]._.kz_mention
            and doc[i]._.kz_mention != doc[first]._.kz_mention
            and self.states(i)
            and not self._governed(self._first_token(i))
            for i in range(first + 1, before - 1)
        )

    def _first_token(self, i: int) -> int:
        """The first token of the mention at ``i`` (``i`` itself if no mention is there)."""
        doc = self.doc
        while i > 0 and doc[i - 1]._.kz_mention == doc[i]._.kz_mention >= 0:
            i -= 1
        return i

    def _it_states(self, j: int) -> list | None:
        """The state an "it" at ``j`` stands for: the one its reference line resolved it to
        ("It shares a border of L with B and of M with C" after a sentence naming A; references.py),
        else the state the sentence opened with ("A ..., and it shares ...")."""
        resolved = self.states(j)
        if len(resolved) == 1:
            return resolved
        opening = self._opening_state(j)
        return [opening] if opening is not None else None

    def _its_owner(self, j: int):
        """The state an "its" at ``j`` stands for: the one set off right before it as its
        clause's subject ("to which B, with its L border with C, also belongs": B, not the
        sentence's opening state; an object set off, "A trades with B, with its ...", gives
        nobody), else the state its reference line resolved it to ("In the south its L frontier
        with B"; references.py), else the state the sentence opened with ("A shares a border
        with B, and its border with C ...": A's)."""
        if j >= 3 and self.words[j - 1] in _ITS_LEADS and self.words[j - 2] == ",":
            owner, first = self.states(j - 3), self._first_token(j - 3)
            k = first - 1 - (first > 0 and self.words[first - 1] == "the")
            if len(owner) == 1 and (k < 0 or self.words[k] in _CLAUSE_OPENERS):
                return owner[0]  # the subject of its clause ("to which B, with its ...")
            return None  # an object set off ("trades with B, with its ..."): B's or A's?
        states = self._it_states(j)
        return states[0] if states else None

    # the noun's phrase
    def _phrase(self, n: int):
        """The readings of the border noun at ``n``: its phrase read to the left (``_left``),
        the right (``_right``) and in its predicate (``_predicate``), if it states a border
        (``_stated``), as a separation or with its subject's states (``_pairs``); then the
        frame again without its noun ("... with B and of about L with C")."""
        doc = self.doc
        if n + 1 < len(doc) and doc[n + 1]._.kz_mention < 0:
            nxt = self.words[n + 1]
            if nxt not in _AFTER_NOUN | _SEPARATES and not doc[n + 1].is_punct:
                return  # "the border crossing", "border clashes", "border guards"
        phrase = self._left(n)
        if phrase is None or not self._owner(phrase) or not self._predicate(self._right(phrase)):
            return
        if len({_km(m) for m in phrase.lengths}) > 1:
            return  # two lengths: which is the border's?
        separated = self._separates(phrase.start, phrase.k) if not phrase.predicate else None
        if separated is not None:  # "a 1,783 km border separates A from B"
            if not (phrase.compound or phrase.between or phrase.others or phrase.possessor):
                a, b, first, last = separated
                yield a, b, phrase.length, "separates", min(first, phrase.start), max(last, n)
            return
        found = self._pairs(phrase)
        if found is None:
            return
        pairs, first = found
        for a, b in pairs:
            yield a, b, phrase.length, "phrase", first, phrase.end
        if pairs and phrase.others is not None and self.last is not None:
            yield from self._elided(phrase.end + 1, self.last[1])

    def _left(self, n: int) -> _Phrase | None:
        """The phrase's words before the noun at ``n``: modifiers, lengths ("a 1,783 km
        border", "1,782 kilometres of border"), a compound of two states ("the Kazakh–Uzbek
        border"), up to its determiner; None for a negated one or "the former border"."""
        doc, words = self.doc, self.words
        phrase = _Phrase(n)
        j = n - 1
        if j >= 1 and words[j] == "of" and self.length(j - 1) is not None:
            phrase.lengths.append(self.length(j - 1))  # "share 1,782 kilometres of border"
            j -= 2
        while j >= 0:
            m = self.mention(j)
            if m is not None:
                if self.length(j) is not None:
                    phrase.lengths.append(m)
                elif len(self.states(j)) == 2 and _dashed(m, doc[j].text) and not phrase.compound:
                    phrase.compound = self.states(j)
                else:
                    break
            elif words[j] not in _MODIFIERS:
                break
            j -= 1
        if not _NOT_A_BORDER.isdisjoint(words[max(j, 0) : n]) or self._negated(j, n):
            return None  # "the former border", "the Soviet-era border", "the imperial border"
        phrase.start = j
        return phrase

    def _owner(self, phrase: _Phrase) -> bool:
        """Read the phrase's determiner at its start and whose border it says ("its", "whose",
        "A's"), moving its start to the phrase's first word; False where the border is nobody's
        this reader can tell ("their border", "the Chinese border", "B's A's border")."""
        words, j = self.words, phrase.start
        det = words[j] if j >= 0 else ""
        if det in _DETERMINERS:
            phrase.det = det
            if det == "its":
                owner = self._its_owner(j)
                if owner is None:
                    return False
                phrase.possessor = [owner]
            elif det == "whose":
                head = self.states(j - 2) if j >= 2 and words[j - 1] == "," else []
                if len(head) not in (1, 2):
                    return False
                phrase.possessor = head  # "A and B, whose 2,356 km border ...": the pair's
            elif det == "their" and phrase.compound is None:
                return False  # "their border": the pair's, read by the relation rules
        elif j >= 2 and words[j] in {"'s", "’s"} and words[j - 1] == "world":
            phrase.start = j - 2 if words[j - 2] == "the" else j - 1  # "the world's longest"
        elif j >= 1 and words[j] in {"'s", "’s"}:
            owner = self.states(j - 1)
            if len(owner) != 1:
                return False
            phrase.possessor, phrase.start = owner, j - 1
        elif j >= 0 and self.mention(j) is not None and phrase.compound is None:
            return False  # "the Chinese border", "Kazakhstan border": whose other side?
        else:
            phrase.start = j + 1
        start = phrase.start
        return not (start > 0 and words[start - 1] in {"'s", "’s"})

    def _right(self, phrase: _Phrase) -> _Phrase:
        """Read the phrase's words after its noun: "of L", "with B", "between A and B", ", some
        L long,", "(L)"; its end and the index after it."""
        doc, words = self.doc, self.words
        k = phrase.n + 1
        while k < len(doc):
            if words[k] == "of" and self.length(k + 1) is not None:
                phrase.lengths.append(self.length(k + 1))
                k += 2
            elif words[k] == "with" and self.named(k + 1)[0] and phrase.others is None:
                phrase.others, k = self.named(k + 1)
            elif words[k] == "between" and len(self.named(k + 1)[0]) == 2 and not phrase.between:
                phrase.between, k = self.named(k + 1)
            elif (
                words[k] == ","
                and self.length(k + 1) is not None
                and words[k + 2 : k + 4] in (["long", ","], ["in", "length"])
            ):
                phrase.lengths.append(self.length(k + 1))
                k += 4
            elif (
                words[k] == "(" and self.length(k + 1) is not None and words[k + 2 : k + 3] == [")"]
            ):
                phrase.lengths.append(self.length(k + 1))
                k += 3
            elif words[k] == "long" and phrase.lengths:
                k += 1
            else:
                break
        phrase.end, phrase.after, phrase.k = k - 1, k, k
        return phrase

    def _predicate(self, phrase: _Phrase) -> bool:
        """Read a length in the phrase's predicate ("is 2,356 km long", "runs for L", ", which
        is L long"); False where the predicate gives a distance, a width or a past length ("is
        20 km from C", "runs 20 km north of C", "was 1,200 km long before the 2001 exchange")."""
        doc, words, k = self.doc, self.words, phrase.k
        if words[k : k + 2] in (
            [",", "which"], [",", "that"]
        ) and k + 2 < len(doc) and words[k + 2] in _MEASURES:  # fmt: skip
            k += 2
        phrase.k = k
        if k >= len(doc) or words[k] not in _MEASURES:
            return True
        p = self._skip(k + 1, _MEASURE_LIGHT)
        measure = self.length(p)
        if measure is None:
            return True
        closed = self._closed(p + 1)
        if closed is None and words[p + 1 : p + 2] in _FOR_ROUTE and "for" in words[k:p]:
            closed = p + 1  # "runs for 1,357 km along the Panj": the whole border
        if closed is None or self._negated(k, p):
            return False
        if words[k] in _PAST_MEASURES and words[closed : closed + 1] in _NO_LONGER:
            return False
        phrase.lengths.append(measure)
        phrase.predicate, phrase.end = True, p + (1 if words[p + 1 : p + 2] == ["long"] else 0)
        return True

    def _stated(self, phrase: _Phrase):
        """(the index of its "share|have" verb, whether it governs the phrase, the subject of a
        phrase it is coordinated with) if the phrase states a border: the object of
        "share|have", coordinated with such a phrase, with a length no preposition of place
        governs, or a definite "the border between A and B" that is (``_definite_stated``);
        else None (a border talked about, not one that is)."""
        words, start = self.words, phrase.start
        verb = self._skip_back(start - 1, _ADVERBS | {"a", "an"})
        governed = verb >= 0 and words[verb] in _SHARE
        coordinated = self._coordinated(start)
        placed = start > 0 and words[start - 1] in _PLACE_PREPOSITIONS
        if placed and phrase.predicate and words[start - 2 : start] == ["length", "of"]:
            placed = False  # "the length of the A–B border is L"
        if placed and start >= 2 and words[start - 1] == "of" and words[start - 2] in _DELIMITING:
            placed = False  # "the demarcation of the L state border between A and B"
        definite = (
            phrase.det == "the"
            and phrase.between is not None
            and not placed
            and self._definite_stated(start, phrase.after)
        )
        if not (governed or coordinated or definite) and (phrase.length is None or placed):
            return None
        if placed and not phrase.predicate:
            return None
        return verb, governed, coordinated

    def _pairs(self, phrase: _Phrase):
        """(the pairs of states the phrase states a border between, where its reading begins),
        or None: a compound, "between A and B", else its subject's states with "with B"'s."""
        stated = self._stated(phrase)
        if stated is None:
            return None
        if phrase.compound is not None:
            return [tuple(phrase.compound)], phrase.start
        if phrase.between is not None:
            return [tuple(phrase.between)], phrase.start
        verb, governed, coordinated = stated
        found = self._phrase_subject(phrase, verb, governed, coordinated)
        if found is None:
            return None
        subject, first_subject = found
        if subject is None:  # a length alone: "delimited by the Treaty on the A–B State Border"
            titled = self._titled(phrase.start, phrase.end)
            return (titled, phrase.start) if titled else None
        others = phrase.others
        pairs = [tuple(subject)] if others is None else [(a, b) for a in subject for b in others]
        if phrase.length is not None and len(pairs) > 1:
            return None  # "a 3,485-km border with A and B": one length for two borders
        self.last = (phrase.end, subject, "share" if governed else None)
        if governed:
            self.ends[phrase.end] = subject
        return pairs, min(phrase.start, first_subject)

    def _phrase_subject(self, phrase: _Phrase, verb: int, governed: bool, coordinated):
        """(the states whose border the phrase is, where they stand) or None: its possessor, the
        subject of "share|have", of the phrase it is coordinated with, "with B" fronted, else
        (for "the L border with B") the partner of B or the text's own state; (None, start) for
        a length alone (the treaty title's states then)."""
        subject, first, others = None, phrase.start, phrase.others
        if phrase.possessor is not None:
            if len(phrase.possessor) == 2 and others is not None:
                return None  # "A and B, whose border with C": whose border?
            subject = phrase.possessor
        elif governed:
            subject, first = self._subject(verb)
        elif coordinated:
            subject, first = coordinated
        if subject is not None and self._negated(first, phrase.end + 1):
            return None
        if subject is None and others is None and phrase.length is not None:
            return None, first
        if subject is None:
            if others is None or phrase.length is None or governed:
                return None
            own = self._partner(others, phrase.start) or self._document_state(phrase.n)
            return ([own], first) if own is not None else None
        if others is None and (len(subject) != 2 or self._fronted_with(first)):
            fronted = self._fronted_with(first)  # "with B it shares a border"
            if not fronted or len(subject) != 1:
                return None  # one state and no other side, or a pair and a "with" too
            phrase.others = fronted
        return subject, first

    def _closed(self, i: int) -> int | None:
        """The index after a length's closing words at ``i`` ("long", "in length", a comma, a
        bracket, the sentence's end), or None where the figure goes on as a distance."""
        words = self.words
        if i >= len(self.doc):
            return i
        if words[i : i + 2] == ["in", "length"]:
            return i + 2
        if words[i] == "long":
            return i + 1
        return i if words[i] in _CLOSERS else None

    def _separates(self, start: int, k: int):
        """(A, B, first index, last index) of "[a L] border separates|divides A from B|A and
        B" (the phrase opening its clause) or "A is separated|divided from B by [a L] border";
        else None."""
        words = self.words
        if k < len(self.doc) and words[k] in _SEPARATES:
            if start > 0 and words[start - 1] not in {",", ";", "and", "–", "—", ":"}:
                return None
            first, after = self.named(k + 1)
            if len(first) == 2 and self._closes(after):
                return first[0], first[1], start, after - 1
            if len(first) == 1 and words[after : after + 1] == ["from"]:
                second, end = self.named(after + 1)
                if len(second) == 1 and self._closes(end):
                    return first[0], second[0], start, end - 1
            return None
        if start >= 5 and words[start - 1] == "by" and words[start - 3] == "from":
            second = self.states(start - 2)
            if len(second) != 1 or words[start - 4] not in _SEPARATES:
                return None
            j = start - 5
            if words[j] not in {"is", "was", "are", "were"}:
                return None
            first = self.states(j - 1)
            if len(first) == 1:
                return first[0], second[0], j - 1, start
        return None

    def _elided(self, k: int, subject: list):
        """ "and of [about] L with C", "and L with C" after a phrase read with a subject, also as
        a list whose last item "and" opens (", L with C, L with D and L with E"), and past an
        aside set off after the phrase ("a L border with B, the longest land border in the
        world, and L with C, L with D and L with E"); a list not closed so gives nothing."""
        k = self._past_apposition(k)
        found, closed = [], False
        while (item := self._elided_item(k)) is not None:
            length, others, start, k, closed = item
            found += [(a, b, length, "elided", start, k - 1) for a in subject for b in others]
        if closed:
            yield from found

    def _elided_item(self, k: int):
        """(length, states, first index, index after, whether "and" opened it) of one item
        "[,] [and] [of|one of] L [one] with C" at ``k``; None if there is none."""
        words = self.words
        if words[k : k + 1] == [","]:
            k += 1
        closed = words[k : k + 1] == ["and"]
        k += 1 if closed else 0
        if words[k - 1 : k] not in ([","], ["and"]):
            return None
        if words[k : k + 1] == ["of"]:
            k += 1
        elif words[k : k + 2] == ["one", "of"]:
            k += 2  # "and one of 273 km with C"
        elif words[k : k + 1] in (["a"], ["an"]) and words[k + 2 : k + 3] == ["one"]:
            k += 1  # "and a 3,452-km one with C"
        length = self.length(k)
        if length is not None and words[k + 1 : k + 2] == ["one"]:
            k += 1
        if length is None or words[k + 1 : k + 2] != ["with"]:
            return None
        others, after = self.named(k + 2)
        if len(others) != 1 or not self._closes(after):
            return None  # "and L with C and D": one length for two borders
        return length, others, k, after, closed

    def _past_apposition(self, k: int) -> int:
        """The index of the ", and" closing an aside set off at ``k`` (", the longest land
        border in the world, and ..."), else ``k``."""
        for close in range(k + 3, min(k + 13, len(self.doc) - 1)):
            if self._apposition(k, close):
                return close
        return k

    def _coordinated(self, start: int):
        """ "... a border with B and a border with C": the subject of the phrase before; also
        past an apposition set off after B ("a L border with B, the longest land border in the
        world, and a L border with C")."""
        if self.last is None or start < 1:
            return None
        end, subject, _ = self.last
        j = start - 1
        if self.words[j] == "and":
            j -= 1
        if self.words[j] == ",":
            j -= 1
        if j == end and j < start - 1:
            return subject, start
        return (subject, start) if self._apposition(end + 1, j + 1) else None

    def _apposition(self, comma: int, close: int) -> bool:
        """Whether ``comma`` .. ``close`` is ", the|a ... ," closing right before "and": an
        aside of a few words naming no state and holding no clause break."""
        words = self.words
        return (
            words[comma : comma + 1] == [","]
            and words[close : close + 2] == [",", "and"]
            and comma + 2 < close <= comma + 12
            and words[comma + 1] in _APPOSITION_DETERMINERS
            and _CLAUSE_BREAKS.isdisjoint(words[comma + 1 : close])
            and not any(self.states(k) for k in range(comma + 1, close))
        )

    def _subject(self, verb: int):
        """The states the subject of "share|have" at ``verb`` names, and where it stands."""
        words = self.words
        j = self._skip_back(verb - 1, _ADVERBS)
        if j < 0:
            return None, verb
        if words[j] in {"which", "that"} and j >= 2 and words[j - 1] == ",":
            head = self.states(j - 2)
            return (head or None), j - 2
        if words[j] == "it":
            return self._it_states(j), j
        if words[j] == ",":
            return self._set_off_subject(j)
        if words[j] == "and":
            return self._predicate_subject(j)
        states = self.states(j)
        if states and len(states) == 1 and j >= 2 and words[j - 1] == "and":
            other = self.states(j - 2)  # "Our country and B": a pair the grouping left apart
            if len(other) == 1:
                states, j = other + states, j - 2
        if states:
            if j > 0 and words[j - 1] in {"'s", "’s", "of", "with", "from", "to", "between"}:
                return None, j
            return states, j
        return None, j

    def _predicate_subject(self, conj: int):
        """ "A is landlocked and shares ...": the one state the sentence opens with (past a
        "the"), the subject of a predicate that the "and" at ``conj`` coordinates "share|have"
        with, when the words between name nothing and hold no punctuation (GEO23); else None."""
        doc, opening = self.doc, self._opening_name()
        if opening is None:
            return None, conj
        states, i, e = opening
        between = range(e + 1, conj)
        if not between or any(doc[k].is_punct or doc[k]._.kz_mention >= 0 for k in between):
            return None, conj
        return states, i

    def _opening_name(self):
        """The one state the sentence opens with (past a "the"), where it begins and where its
        name ends; None if it opens with no state or with several."""
        doc = self.doc
        i = 1 if self.words[:1] == ["the"] else 0
        states = self.states(i)
        if len(states) != 1:
            return None
        e = i
        while e + 1 < len(doc) and doc[e + 1]._.kz_mention == doc[i]._.kz_mention:
            e += 1
        return states, i, e

    def _set_off_subject(self, comma: int):
        """ "A, a landlocked country whose capital is C, shares ...": the one state the sentence
        opens with (past a "the"), set off by a comma, when the aside between that comma and
        ``comma`` (right before the verb) names no state and holds no clause break; else None."""
        words, opening = self.words, self._opening_name()
        if opening is None:
            return None, comma
        states, i, e = opening
        if words[e + 1 : e + 2] != [","] or e + 2 >= comma:
            return None, comma
        if not _CLAUSE_BREAKS.isdisjoint(words[e + 2 : comma]) or any(
            self.states(k) for k in range(e + 2, comma)
        ):
            return None, comma
        return states, i

    def _fronted_with(self, subject: int):
        """ "with B it shares ...": B, named by "with" right before the subject."""
        if subject >= 2 and self.words[subject - 2] == "with":
            return self.states(subject - 1) or None
        return None

    def _partner(self, others: list, start: int):
        """The one state an earlier reading of the sentence pairs with the one state of
        ``others``: "It borders A, B and C; the border with A, 7,644 km long, is ..." (A's
        partner there), when every state the sentence names before the phrase at ``start`` is
        that partner or one it pairs with; else None ("Kazakhstan borders Russia; for Mongolia
        the border with Russia, L long, ...": Mongolia's, not Kazakhstan's)."""
        found = self.partners.get(others[0].key, {}) if len(others) == 1 else {}
        if len(found) != 1:
            return None
        partner = next(iter(found.values()))
        paired = {partner.key} | set(self.partners.get(partner.key, {}))
        if any(state.key not in paired for i in range(start) for state in self.states(i)):
            return None
        return partner

    def _definite_stated(self, start: int, after: int) -> bool:
        """Whether "the border between A and B" from ``start`` (its "the") to ``after`` states a
        border: as its clause's subject, of a predicate of a border that is ("runs along the
        Irtysh", "was reopened") or of a present copula whose complement names a border ("is
        the longest continuous land border in the world"), or as the object of a verb of a
        border that is ("the sea straddles the border between A and B"). "He drew|They debated
        the border between", "the demarcation of the border between", "is a myth" give nothing."""
        words = self.words
        if start > 0 and words[start - 1] in _BETWEEN_OBJECT_VERBS:
            return True
        if start > 0 and words[start - 1] not in _BETWEEN_OPENERS:
            return False
        k = self._skip(after, _ADVERBS)
        if any(words[k : k + len(p)] == p for p in _BETWEEN_PREDICATES):
            return True
        if k >= len(self.doc) or words[k] not in _BETWEEN_COPULAS:
            return False
        close = k + 1
        while close < len(self.doc) and not self.doc[close].is_punct:
            close += 1
        complement = words[k + 1 : close]
        return (
            not _NOUNS.isdisjoint(complement)
            and _NOT_A_BORDER.isdisjoint(complement)
            and not self._negated(k, close)
        )

    def _document_state(self, n: int):
        """The text's own state, for "the L border with B" with no other state named in the
        sentence, nor in the sentence before, nor in its paragraph since the text's own state
        was last named ("Uzbekistan has the region's strongest army. The army fought insurgents
        in 2000. Troops patrol the 144 km border with Afghanistan": whose border is unclear)."""
        from kzgraph.references import _new_paragraph, _previous_start, resolve_strategy

        if self.context is None:
            return None
        named = {e.key for m in self.mentions for e in _states(m)}
        if len(named) != 1:
            return None
        found = resolve_strategy(self.context, "document_state", [])
        if len(found) != 1:
            return None
        own = {found[0].key} | named
        if any(e.key not in own for e in self.context.last_states):
            return None
        context = self.context
        opens = _new_paragraph(context.text, _previous_start(context), self.start)
        for _, entities in reversed([] if opens else context.paragraph):
            for entity in reversed(entities):
                if entity.key == found[0].key:
                    return found[0]
                if entity.cls == "State" and entity.key not in own:
                    return None  # another state named since the text's own
        return found[0]

    def _titled(self, start: int, end: int) -> list:
        """The two states of the one treaty title in the sentence naming a border between
        them ("delimited by the Treaty on the Kazakh–Kyrgyz State Border")."""
        from kzgraph.gazetteer import default_gazetteer
        from kzgraph.linking import gazetteer_ref

        gazetteer = default_gazetteer()
        titles = [m for m in self.mentions if m.entities and "Treaty" in m.kinds]
        if len(titles) != 1:
            return []
        label = titles[0].entities[0].label
        found = _TITLE_COMPOUND.search(label) or _TITLE_BETWEEN.search(label)
        if found is None:
            return []
        states = []
        for name in found.groups():
            keys = gazetteer.state_keys(name)
            if len(keys) != 1:
                return []
            states.append(gazetteer_ref(gazetteer, keys[0]))
        return [tuple(states)] if states[0].key != states[1].key else []


def _dashed(mention: Mention, text: str) -> bool:
    """A compound of two names joined by a dash ("Kazakh–Uzbek"), not by "and"."""
    return bool(re.fullmatch(r"[A-Z][\w.]*(?:\s*[–—-]\s*|/)[A-Z][\w.]*", text.strip()))


def _km(mention: Mention) -> str:
    fields = mention.value.fields
    return fields.get("km") or fields.get("mi") or ""
