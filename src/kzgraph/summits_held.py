"""Whether a summit a match names was held: "a summit of O in C" is a noun phrase that may name a
summit only wanted, proposed, prepared, refused or denied ("called for a summit of O in C",
"Preparations for a summit of O in C", "There was no summit of O in C", "A summit of O in C
would be premature"). One test for every reading of kind summit (relation rules and trigger
lines alike), made on the sentence's lowercased tokens around the summit noun:

- a phrase led by "no" (or "any") names no summit held;
- one whose governor, the words right before it, wants, proposes or refuses it (lexicon
  summit-unheld-governors: "called for", "ruled out", "vetoed", "lobbying for" ...) names none;
- one followed by a negation or a modal ("never", "would", "did not" ...; lexicon
  summit-unheld-followers) names none;
- an indefinite one ("a|an ... summit") names one only as the object of a verb of holding or
  attending or after a preposition of time or place (lexicon summit-held-governors: "hosted",
  "attended", "at", "during", "on the sidelines of" ...) or as the subject of "was held|took
  place" (summit-held-predicates): "Kazakhstan hosted a summit of O in C" keeps its reading;
- a definite one too names none when a modifier of its own says it is still to come ("the next|
  upcoming|planned summit of O in C": lexicon pf11a-summit-unrealised-modifiers) unless its clause
  says it was held and its part of the sentence puts no modal or future predicate after it ("Its
  next summit, held in C, will be chaired by X": fix16a-summit-future-predicates), or when
  the verb governing it stands after a modal or after "to" that a word of intent leads ("X will
  host | would attend | is due to host | agreed to host | Kazakhstan's bid
  to host the summit of O in C": pf11a-summit-verbs, -modals, -intent-words); "flew to C to attend
  the summit" and "the first state to host the summit" keep their reading;
- a summit held at a distance, by a modifier of its own ("the virtual|online summit of O in C":
  lexicon pf11a-summit-distance-modifiers) or a phrase after it in its sentence part ("..., held
  by videoconference", "... by video link", up to a relative word or a conjunction:
  pf11a-summit-distance-phrases), is no summit held in C
  (hedges.jsonl hedge-at-a-distance, which sees only the words right after a match);
- a summit its part of the sentence says is held by habit ("the O summit, held in C every four
  years", "... normally held in C": lexicon fix16a-summit-habitual-phrases) is no one summit held;
- a match whose own clause says the leaders met before the summit noun ("Leaders of O met in C
  on D for a summit") states the meeting itself: the noun is only its purpose.
A definite one ("the [sixth] summit of O in C", "the O summit") keeps it unless the above say
otherwise.
"""

from __future__ import annotations

from kzgraph import lexicon

_SUMMIT_NOUNS = frozenset(["summit", "summits"])
_INDEFINITE = frozenset(["a", "an"])
_NONE = frozenset(["no", "any"])
_DETERMINERS = frozenset(
    ["a", "an", "the", "no", "any", "this", "that", "these", "those", "its", "their", "his",
     "her", "our", "another", "every", "each", "'s", "’s"]
)  # fmt: skip
_CLAUSE_ENDS = frozenset(
    [",", ";", ":", ".", "(", ")", "—", "–", "and", "or", "but", "which", "that", "where", "when",
     "who", "while", "whereas", "after", "before", "because", "as"]
)  # fmt: skip
_MAX_MODIFIERS = 4  # words between a determiner and "summit": "the sixth informal SCO summit"
_STOPS = frozenset([",", ";", ":", ".", "(", ")", "—", "–", "and", "or", "but"])


def _split(phrases: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(phrase.split()) for phrase in phrases)


_UNHELD_GOVERNORS = _split(lexicon.phrases("summit-unheld-governors"))
_HELD_GOVERNORS = _split(lexicon.phrases("summit-held-governors"))
_UNHELD_FOLLOWERS = _split(lexicon.phrases("summit-unheld-followers"))
_HELD_PREDICATES = _split(lexicon.phrases("summit-held-predicates"))
_UNREALISED_MODIFIERS = lexicon.words("pf11a-summit-unrealised-modifiers")
_SUMMIT_VERBS = _split(lexicon.phrases("pf11a-summit-verbs"))
_GERUNDS = lexicon.words("pf12a-summit-gerunds")
_MODALS = lexicon.words("pf11a-summit-modals")
_INTENT_WORDS = lexicon.words("pf11a-summit-intent-words")
_DISTANCE_MODIFIERS = lexicon.words("pf11a-summit-distance-modifiers")
_DISTANCE_PHRASES = _split(lexicon.phrases("pf11a-summit-distance-phrases"))
_HABITUAL_PHRASES = _split(lexicon.phrases("fix16a-summit-habitual-phrases"))
_FUTURE_PREDICATES = _split(lexicon.phrases("fix16a-summit-future-predicates"))
_PART_ENDS = frozenset([";", ".", "which", "that", "where", "while", "whereas", "and", "but"])
_ADVERBS = frozenset(["also", "not", "never", "again", "then", "jointly", "first", "once", "soon"])


def unheld_summit(words: list[str], begin: int, finish: int, noun: int | None = None) -> bool:
    """Whether the summit noun in words[begin:finish] (its first, or the one at ``noun``) names a
    summit the sentence does not say was held (see the module's docstring).

    >>> unheld_summit("tokayev called for a summit of cis in almaty .".split(), 4, 9)
    True
    >>> unheld_summit("kazakhstan hosted a summit of cica in astana .".split(), 3, 8)
    False
    >>> unheld_summit("a summit of csto in minsk would be premature".split(), 1, 6)
    True
    >>> unheld_summit("leaders attended the sixth summit of cica in astana".split(), 4, 9)
    False
    """
    if noun is None:
        noun = next((i for i in range(begin, finish) if words[i] in _SUMMIT_NOUNS), None)
    if noun is None or words[noun] not in _SUMMIT_NOUNS:
        return False
    start, determiner = _phrase_start(words, noun)
    if determiner in _NONE:
        return True  # "There was no summit of O in C", "No O summit took place"
    if any(w in _DISTANCE_MODIFIERS for w in words[start:noun]):
        return True  # "the virtual summit of O in C": held at a distance
    part = _part_after(words, noun)
    if _part_says_unheld(part):
        return True  # "the O summit in C, held by videoconference | every four years"
    before = words[:start]
    if _lead_states_meeting(before[begin:]):
        return False  # "Leaders of O met in C on D for a summit": the match states the meeting
    if _governed_unheld(before):
        return True  # "called for the summit of O in C", "proposed holding the O summit in C"
    clause = _clause_after(words, noun, finish)
    if _holds(clause, _UNHELD_FOLLOWERS):
        return True  # "A summit of O in C would be premature | never happened"
    if _governed_by_intent(before):
        return True  # "X will host | agreed to host | is expected to attend the summit of O in C"
    if _still_to_come(words[start:noun], clause, part):
        return True  # "the next|upcoming summit of O in C"
    if determiner in _INDEFINITE:  # "Preparations for a summit of O in C": none held
        return not (_ends_with(before, _HELD_GOVERNORS) or _holds(clause, _HELD_PREDICATES))
    return False


def _lead_states_meeting(lead: list[str]) -> bool:
    """Whether the match's words before the summit's noun phrase, from their last clause end on,
    hold a predicate of holding ("Leaders of O met in C on D for a summit")."""
    lead = lead[max((i + 1 for i, w in enumerate(lead) if w in _CLAUSE_ENDS), default=0) :]
    return _holds(lead, _HELD_PREDICATES)


def _governed_unheld(before: list[str]) -> bool:
    """Whether the words before the summit's noun phrase end with a governor that wants,
    proposes or refuses it, or with one and a gerund ("ruled out an O summit in C", "called for
    the summit of O in C", "proposed holding the O summit in C", "ruled out hosting a summit")."""
    if _ends_with(before, _UNHELD_GOVERNORS):
        return True
    return bool(before) and before[-1] in _GERUNDS and _ends_with(before[:-1], _UNHELD_GOVERNORS)


def _part_after(words: list[str], noun: int) -> list[str]:
    """The words after the summit noun up to the end of its part of the sentence (a relative
    word, a conjunction, ";" or ".": _PART_ENDS)."""
    end = next((i for i in range(noun + 1, len(words)) if words[i] in _PART_ENDS), len(words))
    return words[noun + 1 : end]


def _part_says_unheld(part: list[str]) -> bool:
    """Whether the summit's part of the sentence says it was held at a distance ("the O summit in
    C, held by videoconference") or is held by habit ("the O summit, held in C every four
    years", "normally held in C"): no one summit held in C."""
    return _holds(part, _DISTANCE_PHRASES) or _holds(part, _HABITUAL_PHRASES)


def _still_to_come(modifiers: list[str], clause: list[str], part: list[str]) -> bool:
    """Whether a modifier of the summit's own says it is still to come ("the next|upcoming summit
    of O in C"), unless its clause says it was held and its part puts no modal or future
    predicate after it ("Its next summit, held in C, will be chaired by X" is to come; "the next
    summit was held in C" was held)."""
    if not any(w in _UNREALISED_MODIFIERS for w in modifiers):
        return False
    return not _holds(clause, _HELD_PREDICATES) or _holds(part, _FUTURE_PREDICATES)


def _governed_by_intent(before: list[str]) -> bool:
    """Whether the words before a summit's noun phrase end with a summit verb in its base form
    after a modal ("will host", "would not attend") or after "to" led by a word of intent ("is due
    to host", "agreed to host", "bid to host", "is expected to attend")."""
    for verb in _SUMMIT_VERBS:
        if not _ends_with(before, (verb,)):
            continue
        rest = before[: len(before) - len(verb)]
        if rest and (rest[-1] in _ADVERBS or rest[-1].endswith("ly")):
            rest = rest[:-1]  # "will also host", "would eventually attend"
        if rest and rest[-1] in _MODALS:
            return True
        if len(rest) >= 2 and rest[-1] == "to" and rest[-2] in _INTENT_WORDS:
            return True
    return False


def _clause_after(words: list[str], noun: int, finish: int) -> list[str]:
    """The words after the summit noun up to the end of its clause (a comma, a conjunction, a
    relative word), and at least those of the match: "A summit of O in C never happened in D"."""
    end = noun + 1
    while end < len(words) and (end < finish or words[end] not in _CLAUSE_ENDS):
        end += 1
    return words[noun + 1 : end]


def _phrase_start(words: list[str], noun: int) -> tuple[int, str | None]:
    """The first word of the summit's noun phrase and its determiner (None without one): the
    determiner at most a few modifiers left of the noun ("an SCO summit", "the sixth summit")."""
    for i in range(noun - 1, max(noun - 1 - _MAX_MODIFIERS, -1), -1):
        if words[i] in _DETERMINERS:
            return i, words[i]
        if words[i] in _STOPS:
            break
    return noun, None


def _ends_with(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    return any(len(p) <= len(words) and tuple(words[len(words) - len(p) :]) == p for p in phrases)


def _holds(words: list[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    return any(tuple(words[i : i + len(p)]) == p for i in range(len(words)) for p in phrases)
