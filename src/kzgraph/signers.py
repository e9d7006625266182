"""People who sign a treaty sign it for the states they lead or represent.

"The Treaty on X was signed in C on D by A and B", "A and Russian President B signed the X",
"signed by the presidents of the five states: A of S1, B of S2, ...": the signing
constructions of the relation rules, trigger lines and dependency reading take states as
signatories; here each person in such a place stands for the state the document says he or she
leads or represents, so the same readings give the states (docs/design.md, "Signers").

A person's state comes from the document only: a head-of-state fact of this or an earlier
sentence ("Kazakh President A", "A, the President of S") or an office this module reads beside
the name, in this sentence or an earlier one ("Premier B of S", "S's Foreign Minister B", "B, the
Foreign Minister of S", "his S counterpart B", "B of S", "B (S)", "S's B", "S (B)"). A person
given two states, or none, stands for nothing; the others of a list still do.

``Signers.facts`` reads a sentence again with each such person (and the office words around
the name) as one mention of the state, and keeps the treaty signings whose signatories hold
one of them; their rule is the reading's rule followed by ``+signer-state``.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable

from kzgraph import lexicon
from kzgraph.gazetteer import Gazetteer
from kzgraph.linking import EntityRef, gazetteer_ref
from kzgraph.mentions import Mention
from kzgraph.name_bounds import title_parties
from kzgraph.references import closed_list_cut, group_coordinations
from kzgraph.relations import Fact

#: A word of signing in the sentence: the only sentences read again.
_SIGNING = re.compile(r"\b(?:sign(?:s|ed|ing)?|signatures?|co-?signed|countersigned|inked|"
                      r"concluded|conclude)\b", re.IGNORECASE)  # fmt: skip
#: A head of state signing an act of his own state: "signed into law", "signed a decree".
_DOMESTIC = re.compile(
    r"\bsign(?:s|ed|ing)?\s+(?:into\s+law|(?:a|an|the)\s+(?:\w+\s+)?(?:law|decree|bill|"
    r"ordinance|order)\b)",
    re.IGNORECASE,
)
#: An office whose holder acts for a state ("President", "Prime Minister", "Foreign Minister",
#: "Minister of Foreign Affairs", "Premier", "King", "Emir", "leader", "ambassador" ...).
_TITLE = (  # a word of its own: no "king" in "backing"
    r"\b(?:(?:[Ff]irst|[Dd]eputy|[Aa]cting)\s+|[Vv]ice[- ])?"
    r"(?:[Pp]resident|[Pp]rime\s+[Mm]inister|[Pp]remier|[Cc]hancellor|[Kk]ing|[Qq]ueen|[Ee]mir|"
    r"[Aa]mir|[Ss]ultan|[Ll]eader|[Hh]ead\s+of\s+(?:[Ss]tate|[Gg]overnment)|[Aa]mbassador|"
    r"[Ff]oreign\s+[Ss]ecretary|[Ss]ecretary\s+of\s+[Ss]tate|"
    r"(?:(?:[Ff]oreign|[Ee]nergy|[Dd]efen[cs]e|[Ee]conomy|[Tt]rade|[Ff]inance)\s+)?[Mm]inister"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,3})?)"
)
_S = r"(?:['’]s)?"  # a state's possessive
#: Between a state and the person: "Russian President B", "Russia's Foreign Minister, B".
_STATE_TITLE_PERSON = re.compile(rf"{_S}\s+{_TITLE}\s*,?\s*")
#: Before a state, then the person: "President of [the] S[,] B".
_TITLE_OF = re.compile(rf"{_TITLE}\s+of\s+(?:the\s+)?$")
_STATE_THEN_PERSON = re.compile(r"\s*,?\s*")
#: "his|her S counterpart[,] B".
_COUNTERPART_BEFORE = re.compile(r"(?:his|her|their)\s+(?:the\s+)?$", re.IGNORECASE)
_COUNTERPART = re.compile(r"\s+counterpart\s*,?\s*")
_AND_BEFORE = re.compile(r"\s*,?\s*\band\s+$")
_GAP = re.compile(r"\s*,?\s*")
_UNNAMED_COUNTERPART = re.compile(
    r"\s+counterpart\b(?:\s*,?\s*(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\b)?"
)
#: After the person, then a state: "B of [the] S", "B, [the] President of [the] S", "B ( S".
_OF_STATE = re.compile(rf"(?:\s*,\s*(?:the\s+)?{_TITLE})?\s+of\s+(?:the\s+)?")
_BRACKET = re.compile(r"\s*\(\s*")
#: A state that qualifies a noun after it: no state of the person's.
_QUALIFIES = re.compile(r"['’]s\b|\s+[A-Z]")
#: "S's B": the person of a state.
_POSSESSIVE = re.compile(r"['’]s\s+")
#: After the person: ", [the] S['s] President" (the state mention, then this).
_COMMA_THE = re.compile(r"\s*,\s*(?:the\s+)?")
_STATE_TITLE_AFTER = re.compile(rf"{_S}\s+{_TITLE}\b")
#: A state's office after the state ("Mongolian president", "Japan's prime ministers") and
#: what makes it no unnamed office: a name, a possessive ("the president's visit") or a state
#: qualifying the title's noun after it.
_STATE_TITLE = re.compile(rf"{_S}\s+{_TITLE}s?\b")
_NAMED = re.compile(r"\s*,?\s*[A-Z(]|['’]s?\b|\s+of\b")
#: Lists given in turn: "A and B, the presidents of S1 and S2", "the presidents of S1 and S2,
#: A and B", "S1 and S2 presidents A and B".
_JOIN = re.compile(r"\s*(?:,\s*and|,|and|&)\s+(?:the\s+)?")
_APPOSED_TITLES = re.compile(
    rf"\s*,\s*(?:the\s+)?(?:respective\s+)?{_TITLE}s\s+of\s+(?:the\s+)?", re.IGNORECASE
)
_TITLES_OF = re.compile(rf"{_TITLE}s\s+of\s+(?:the\s+)?$")
_TITLES_BETWEEN = re.compile(rf"\s+{_TITLE}s\s*,?\s*")
_APPOSED = re.compile(r"\s*,\s*")
#: An office held before: its holders sign for no state (tests/test_family_f2.py).
_FORMER = re.compile(rf"\b(?:former|ex-)\s*(?:\w+\s+)?{_TITLE}", re.IGNORECASE)
#: A bare title right before a person ("President B"), taken into the person's mention.
_TITLE_BEFORE = re.compile(rf"{_TITLE}s?\s+$")
#: Someone signing for something, or in an office of something: "on behalf of X", "in the
#: name of X", "as (a) deputy mayor of X", "as the head of X" (X no state: not the signer's).
_ON_BEHALF = re.compile(
    r"\b(?:on\s+behalf\s+of|in\s+the\s+name\s+of|as\s+(?!well\b|such\b)(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){1,3}?(?:of|for))\s+(?:the\s+)?",
    re.IGNORECASE,
)
#: "he" or "she": the one person named before it in the sentence, else in the one before.
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
_CLOSING = re.compile(r"\s*,(?=\s*[a-z])")
_SUFFIX = "+signer-state"
_BODY_SUFFIX = "+signer-body"  # a body's signing read again from "the two sides"
_TODAY_SUFFIX = "+dateline-today"  # "A today signed T": dated by the story's dateline
_TITLE_SUFFIX = "+title-parties"  # "the Agreement between A and B on X, signed in C": A and B
#: "today" as the story's day (not "to this day", "until today", "today's").
_TODAY = re.compile(r"(?<!until )(?<!till )(?<!as of )\btoday\b(?!['’])")
#: A dateline's place before its date ("ASTANA, ", "Sharm el-Sheikh, "), and what follows it.
_DATELINE_PLACE = re.compile(r"[A-Z][\w'’.-]*(?:[ -][A-Za-z][\w'’.-]*){0,3},\s*")
_DATELINE_END = re.compile(r"[ \t]*(?:\([^)\n]*\)\s*)?(?:[–—-]|\n|$)")
#: Words that make a signing not (yet) done, or what is listed no signed documents: "will|is to|
#: plans to ... today", "is expected to sign today", "The draft agreements ...:" (shared with
#: signed_lists, where it reads a list's frame and an item's aside).
NOT_DONE = re.compile(
    r"\b(?:to\s+be|to\s+sign|will|would|shall|expected|expects?|plan(?:s|ned)?|intends?|intended|"
    r"due|set\s+to|could|may|might|should|must|not|never|yet|no|draft|drafts|drafted|prepared?|"
    r"preparing|preparations?|negotiated|negotiating|negotiation|discuss|discussed|discussing|"
    r"proposed?|proposing|considered|considering|consideration|await\w*|pending|initial(?:l)?ed|"
    r"ready|scheduled|unsigned|refused|failed|declined|before|ahead|if|whether|ratif\w*|"
    r"denounc\w*|withdr[ae]w\w*|terminat\w*|suspend\w*|expired?|annulled|reportedly|allegedly|"
    r"rumou?red|said\s+to)\b|n['’]t\b",
    re.IGNORECASE,
)
#: What may stand between "today" and its signing verb: "today signed", "has today signed",
#: "today formally signed", "was signed today".
_TODAY_NEXT = re.compile(
    r"\s+(?:(?:has|have|had|was|were|is|are|formally|officially|also|jointly|finally)\s+){0,2}"
)
#: A signing in a relative clause ("A, which signed T, today ...", "T that B signed").
_RELATIVE = re.compile(r"\b(?:which|that|who|whom|whose)\b", re.IGNORECASE)
_UNKNOWN = "?"  # the key of a person's state the text does not say


def _state_of(mention: Mention) -> EntityRef | None:
    """The one state a (single, not grouped) mention names."""
    if mention.members or mention.start == mention.end:
        return None
    states = {e.key: e for e in mention.entities if e.cls == "State"}
    return next(iter(states.values())) if len(states) == 1 else None


def _person_of(mention: Mention) -> EntityRef | None:
    if mention.members or mention.start == mention.end or len(mention.entities) != 1:
        return None
    entity = mention.entities[0]
    return entity if "Person" in entity.kinds else None


def _offices(
    text: str, start: int, mentions: list[Mention], known: Callable[[EntityRef], bool]
) -> list[tuple[int, EntityRef, int, int]]:
    """The offices the sentence at ``start`` gives its people: (index of the person's mention,
    the state, where the office phrase with the name begins and ends). ``known``: whether the
    text has given a person a state before ("his S counterpart B" needs it of "his")."""
    found: list[tuple[int, EntityRef, int, int]] = []
    for i, mention in enumerate(mentions):
        if _person_of(mention) is None:
            continue
        before = mentions[i - 1] if i > 0 else None
        after = mentions[i + 1] if i + 1 < len(mentions) else None
        office = _office_before(text, start, before, mention) or _office_after(text, mention, after)
        if office is not None and _COUNTERPART_BEFORE.match(text, office[1]):
            keys = {_person_of(mentions[j]).key for j, *_ in found}
            if not _anchored(text, start, office[1], mentions, known, keys):
                continue  # "The head of X and his S counterpart B": whose counterpart?
        if office is not None:
            found.append((i, *office))
    taken = {index for index, *_ in found}
    return found + [o for o in _respective(text, start, mentions) if o[0] not in taken]


def _respective(
    text: str, start: int, mentions: list[Mention]
) -> list[tuple[int, EntityRef, int, int]]:
    """Offices a list of people and a list of states as long give in turn: "A and B, the
    presidents of S1 and S2,", "the presidents of S1 and S2, A and B,", "S1 and S2 presidents
    A and B"; as ``_offices``."""
    runs = _runs(text, mentions)
    found = []
    for first, second in itertools.pairwise(runs):
        kinds = first[0][0] + second[0][0]
        if len(first) != len(second) or len(first) < 2 or kinds not in ("PS", "SP"):
            continue
        between = text[first[-1][2].end : second[0][2].start]
        people, states = (first, second) if kinds == "PS" else (second, first)
        spans = {id(p[2]): [p[2].start, p[2].end] for p in people}
        last, head = people[-1][2], people[0][2]
        if kinds == "PS" and _APPOSED_TITLES.fullmatch(between):
            spans[id(last)][1] = _closing_comma(text, states[-1][2].end, True)
        elif kinds == "SP" and _TITLES_BETWEEN.fullmatch(between):  # "S1 and S2 presidents A and B"
            spans[id(head)][0] = states[0][2].start
        elif kinds == "SP" and _APPOSED.fullmatch(between):
            title = _TITLES_OF.search(text, start, states[0][2].start)
            if title is None:
                continue
            spans[id(head)][0] = title.start()
            spans[id(last)][1] = _closing_comma(text, last.end, True)
        else:
            continue
        for person, state in zip(people, states, strict=True):
            found.append((person[1], state[3], *spans[id(person[2])]))
    return found


def _runs(text: str, mentions: list[Mention]) -> list[list[tuple]]:
    """The lists of people and of states, in text order: each a list of (kind "P" or "S", index
    of the mention, the mention or group member, its entity)."""
    atoms = []
    for i, mention in enumerate(mentions):
        person = _person_of(mention)
        members = [(m, _state_of(m)) for m in mention.members]
        if person is not None:
            atoms.append(("P", i, mention, person))
        elif members and all(state for _, state in members):
            atoms += [("S", i, m, state) for m, state in members]
        elif _state_of(mention) is not None:
            atoms.append(("S", i, mention, _state_of(mention)))
        else:
            atoms.append(("X", i, mention, None))
    runs: list[list[tuple]] = []
    for atom in atoms:
        previous = runs[-1][-1] if runs else None
        if (
            previous
            and previous[0] == atom[0]
            and _JOIN.fullmatch(text, previous[2].end, atom[2].start)
        ):
            runs[-1].append(atom)
        else:
            runs.append([atom])
    return [run for run in runs if run[0][0] != "X"]


def _office_before(text: str, start: int, state: Mention | None, person: Mention):
    """ "S President B", "S's Foreign Minister, B", "President of S B", "his S counterpart B"."""
    entity = _state_of(state) if state is not None else None
    if entity is None:
        return None
    between = text[state.end : person.start]
    end = _closing_comma(text, person.end, "," in between)  # "S's President, B, signed"
    if _STATE_TITLE_PERSON.fullmatch(between) or _POSSESSIVE.fullmatch(between):
        return entity, state.start, end
    if _BRACKET.fullmatch(between) and text[person.end : person.end + 1] == ")":
        return entity, state.start, person.end + 1  # "S (B)"
    title = _TITLE_OF.search(text, start, state.start)
    if title and _STATE_THEN_PERSON.fullmatch(between):
        return entity, title.start(), end
    counterpart = _COUNTERPART_BEFORE.search(text, start, state.start)
    if counterpart and _COUNTERPART.fullmatch(between):
        return entity, counterpart.start(), end
    return None


def _anchored(
    text: str,
    start: int,
    at: int,
    mentions: list[Mention],
    known,
    keys: set[str] | frozenset = frozenset(),
) -> bool:
    """Whether "his|her" at ``at`` ("A and his S counterpart") is someone's of a state: right
    after "and" and a person ``known`` to hold a state (or of ``keys``, given an office in the
    sentence), or a state's office ("the Kazakh energy minister and his", "the President of S
    and his"); not "The head of KazMunayGas and
    his Chinese counterpart", "The mayor of C and his ..." (a counterpart of no state's)."""
    joined = _AND_BEFORE.search(text, start, at)
    prior = [m for m in mentions if m.start < m.end <= joined.start()] if joined else []
    if not prior:
        return False
    last, rest = prior[-1], text[prior[-1].end : joined.start()]
    person = _person_of(last)
    if person is not None:
        return _GAP.fullmatch(rest) is not None and (known(person) or person.key in keys)
    if _state_of(last) is None:
        return False
    title = _STATE_TITLE.match(text, last.end)
    if title is not None:
        return _GAP.fullmatch(text, title.end(), joined.start()) is not None
    return _GAP.fullmatch(rest) is not None and bool(_TITLE_OF.search(text, start, last.start))


def _counterparts(
    text: str, start: int, mentions: list[Mention], known: Callable[[EntityRef], bool]
) -> list[tuple[int, int, EntityRef]]:
    """ "his S counterpart" with no person the text names right after it ("A and his Kazakh
    counterpart signed"; a name the gazetteer lacks, "his S counterpart Firstname Lastname",
    goes with it): (where the phrase begins and ends, the state)."""
    found = []
    for i, mention in enumerate(mentions):
        entity = _state_of(mention)
        opening = _COUNTERPART_BEFORE.search(text, start, mention.start) if entity else None
        after = _UNNAMED_COUNTERPART.match(text, mention.end)
        if opening is None or after is None:
            continue
        if not _anchored(text, start, opening.start(), mentions, known):
            continue  # "The mayor of C and his S counterpart": no state's counterpart
        follows = mentions[i + 1].start if i + 1 < len(mentions) else len(text)
        name = after.group("name")
        if name and after.start("name") >= follows:  # a name the text knows: an office
            continue
        end = after.end() if not name or after.end("name") <= follows else after.start("name")
        found.append((opening.start(), _closing_comma(text, end, "," in after.group()), entity))
    return found


def _unnamed_offices(
    text: str, start: int, mentions: list[Mention]
) -> list[tuple[int, int, EntityRef]]:
    """An office of a state with no name after it: "the Mongolian president", "the President of
    Mongolia", "the Kazakh and Russian foreign ministers": (where the phrase begins and ends, the
    state). Not a possessive's ("signed by Kazakhstan's energy minister", "with Georgia's
    president": the trigger lines' look-alikes, tests/test_triggers.py)."""
    found = []
    for mention in mentions:
        entity = _state_of(mention)
        if entity is None:
            continue
        after = _STATE_TITLE.match(text, mention.end)
        possessive = after is not None and after.group().startswith(("'", "’"))
        if after and not possessive and not _NAMED.match(text, after.end()):
            found.append((mention.start, after.end(), entity))
            continue
        before = _TITLE_OF.search(text, start, mention.start)
        if before and not _NAMED.match(text, mention.end):
            found.append((before.start(), mention.end, entity))
    return found


def _office_after(text: str, person: Mention, state: Mention | None):
    """ "B of S", "B, the Foreign Minister of S", "B (S)", "B, S's President"."""
    entity = _state_of(state) if state is not None else None
    if entity is None:
        return None
    between = text[person.end : state.start]
    if _QUALIFIES.match(text, state.end):  # "B of Russia's X", "B of the Kazakh Foreign Ministry"
        return None
    if _OF_STATE.fullmatch(between):
        return entity, person.start, _closing_comma(text, state.end, "," in between)
    if _BRACKET.fullmatch(between) and text[state.end : state.end + 1] == ")":
        return entity, person.start, state.end + 1
    title = _STATE_TITLE_AFTER.match(text, state.end)
    if _COMMA_THE.fullmatch(between) and title:
        return entity, person.start, _closing_comma(text, title.end(), True)
    return None


def _closing_comma(text: str, end: int, opened: bool) -> int:
    """An apposition's closing comma, when a lowercase word carries the clause on after it
    ("A, the Foreign Minister of S, and B ..." / "..., signed"): part of the office phrase."""
    found = _CLOSING.match(text, end) if opened else None
    return found.end() if found else end


class Signers:
    """One document's people and the states its text says they lead or represent."""

    def __init__(self) -> None:
        self.states: dict[str, dict[str, EntityRef]] = {}  # person key -> {state key: state}
        # the facts of the sentence before, completed by the stages after this one (a profile's
        # "Head of state: X" line), and the people it named ("he" in this one)
        self.earlier: list[Fact] = []
        self.people: list[EntityRef] = []
        self.dateline: Mention | None = None  # "ASTANA, 12 March 2019 –": the story's day

    def _note(self, person: EntityRef, state: EntityRef) -> None:
        self.states.setdefault(person.key, {})[state.key] = state

    def _state(self, person: EntityRef) -> EntityRef | None:
        states = self.states.get(person.key, {})
        return next(iter(states.values())) if len(states) == 1 else None

    def facts(
        self,
        text: str,
        start: int,
        end: int,
        mentions: list[Mention],
        facts: list[Fact],
        read: Callable[[list[Mention]], list[Fact]],
    ) -> list[Fact]:
        """The treaty signings of the sentence [start, end) of ``text`` whose signatories are
        people of known states, read by ``read`` (the sentence's readings) over the sentence's
        mentions with each such person made a mention of the state."""
        singles = [m for g in mentions for m in (_people_group(g) or [g])]
        offices, people = self._learn(text, start, singles, facts)
        dateline = _dateline(text, mentions)  # the latest: a digest's stories have their own
        if dateline is not None:
            self.dateline = dateline
        if not _SIGNING.search(text, start, end) or _DOMESTIC.search(text, start, end):
            return []
        if _for_another(text, start, end, singles):  # "B signed X on behalf of the EAEU"
            return []
        found = _body_signings(mentions, facts, read)  # "the two sides": a body and a state
        found += self._today_signings(text, start, end, mentions, facts, read)
        substituted = self._substituted(text, start, end, singles, offices, people)
        if substituted is None:
            return found
        readable, standing = substituted
        signings = _new_signings(read(readable), standing, signed_pairs(facts))
        cut = (_before_next_clause(text, fact, standing) for fact in signings)
        return found + [fact for fact in cut if fact is not None]

    def _today_signings(self, text, start, end, mentions, facts, read) -> list[Fact]:
        """ "ASTANA, 12 March 2019 – A today signed T": "today" is the latest dateline's day.
        The sentence read again without the dateline's own date (if it stands in the sentence):
        its undated signings of a treaty (named or not) by someone, dated so, where the first
        readings date no signing of that treaty, and "today" stands next to the signing's own
        verb in its span ("A today signed", "T was signed today"), not in a relative clause
        ("A, which signed T, today hosted ...", "... ratified T that B signed"), and nothing up
        to the signing says it is not done ("is expected to sign T today")."""
        if self.dateline is None or not _TODAY.search(text, start, end):
            return []
        dated = {t for fact in facts if fact.kind == "treaty-signed" and "D" in fact.roles
                 for t in (e.key for e in _entities(fact, "T"))}  # fmt: skip
        found = []
        # without the dateline's date, and without "today" read as that date (EVENT24's
        # mentions._names_the_day), which would stand inside "T was signed today by A"
        kept = [m for m in mentions if m is not self.dateline and not _is_today(text, m)]
        for fact in read(kept):
            treaties = {e.key for e in _entities(fact, "T")}  # named or not: "an agreement"
            if fact.kind != "treaty-signed" or not treaties or "D" in fact.roles:
                continue
            today = _today_of(text, fact.start, fact.end)
            # from past the dateline: its month is no modal ("LIMA, 2 May 2018 – A today signed")
            if today is None or NOT_DONE.search(text, max(start, self.dateline.end), fact.end):
                continue
            if fact.roles.get("S") and not treaties <= dated:
                value = self.dateline.value
                if value is not None:
                    value = dataclasses.replace(value, start=today[0], end=today[1])
                when = dataclasses.replace(self.dateline, start=today[0], end=today[1], value=value)
                fact.roles["D"] = [(when, "Date")]
                fact.rule += _TODAY_SUFFIX
                found.append(fact)
        return found

    def _learn(self, text: str, start: int, singles: list[Mention], facts: list[Fact]):
        """Note the states this sentence and the one before give their people; the sentence's
        offices and the people of the sentence before ("he")."""
        offices = _offices(text, start, singles, lambda p: self._state(p) is not None)
        for person, state in heads_of_state(self.earlier + facts):  # "Kazakh President A"
            self._note(person, state)
        for index, state, _, _ in offices:
            self._note(_person_of(singles[index]), state)
        people, self.people = self.people, _people(singles)
        self.earlier = facts
        return offices, people

    def _substituted(self, text, start, end, singles, offices, people):
        """The sentence's mentions with each person of a known state made one mention of the
        state over the person's office phrase ("he" too, for the one person named before); the
        ids of those; None if there is none."""
        phrase = {index: (begin, end) for index, _, begin, end in offices}
        replaced: list[tuple[int, int, Mention]] = []
        for index, mention in enumerate(singles):
            person = _person_of(mention)
            state = self._state(person) if person is not None else None
            if state is None or _FORMER.search(text, start, mention.start):
                continue  # "signed by former presidents A of S1 and B of S2": not as presidents
            begin, end = phrase.get(index, (mention.start, mention.end))
            title = _TITLE_BEFORE.search(text, start, begin)
            if title and begin == mention.start:  # "President B [of S]": the title goes too
                begin = title.start()
            replaced.append((begin, end, state))
        for found in _PRONOUN.finditer(text, start, end):
            named = _people([m for m in singles if m.end <= found.start()]) or people
            state = self._state(named[0]) if len(named) == 1 else None
            if state is not None and not any(m.start < found.end() <= m.end for m in singles):
                replaced.append((found.start(), found.end(), state))
        for begin, end, state in _counterparts(
            text, start, singles, lambda p: self._state(p) is not None
        ) + _unnamed_offices(text, start, singles):
            if not any(b <= begin < e or begin <= b < end for b, e, _ in replaced):
                replaced.append((begin, end, state))
        if not replaced:
            return None
        kinds = replaced[0][2].kinds
        for mention in singles:  # "A and B signed", B's state unsaid: B stands in a list, no more
            person = _person_of(mention)
            if person is not None and self._state(person) is None:
                unknown = EntityRef(_UNKNOWN, "State", person.label, kinds)
                if not any(b <= mention.start < e for b, e, _ in replaced):
                    replaced.append((mention.start, mention.end, unknown))
        replaced = [(b, e, Mention(b, e, s.kinds, "signer", entities=[s])) for b, e, s in replaced]
        kept = [m for m in singles if not any(b <= m.start and m.end <= e for b, e, _ in replaced)]
        readable = sorted(kept + [m for _, _, m in replaced], key=lambda m: (m.start, m.end))
        standing = {id(m) for _, _, m in replaced if m.entities[0].key != _UNKNOWN}
        return group_coordinations(readable, text), standing


def _is_today(text: str, mention: Mention) -> bool:
    """Whether ``mention`` is a "today" the story's dateline dates."""
    return text[mention.start : mention.end] == "today"


def _today_of(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a "today" next to a signing verb in [start, end) of ``text`` ("today
    signed", "has today signed", "signed today"), the verb in no relative clause of the span;
    None if there is none."""
    for today in _TODAY.finditer(text, start, end):
        for verb in _SIGNING.finditer(text, start, end):
            if verb.start() >= today.end():
                gap = text[today.end() : verb.start()]
            else:
                gap = text[verb.end() : today.start()]
            if verb.end() > today.start() and verb.start() < today.end():
                continue
            if _TODAY_NEXT.fullmatch(gap) and not _RELATIVE.search(text, start, verb.start()):
                return today.start(), today.end()
    return None


def _dateline(text: str, mentions: list[Mention]) -> Mention | None:
    """The day of a dateline among the mentions: a date of a day opening its line after a
    place and a comma ("ASTANA, 12 March 2019 –", "Sharm el-Sheikh, 7 November 2022" on its
    own line), followed by a dash or the line's end."""
    for mention in mentions:
        fields = mention.value.fields if mention.value is not None else {}
        if "Date" not in mention.kinds or len(str(fields.get("date", ("",))[0])) != 10:
            continue
        line = text[text.rfind("\n", 0, mention.start) + 1 : mention.start]
        if _DATELINE_PLACE.fullmatch(line) and _DATELINE_END.match(text, mention.end):
            return mention
    return None


def _body_signings(
    mentions: list[Mention], facts: list[Fact], read: Callable[[list[Mention]], list[Fact]]
) -> list[Fact]:
    """ "The EU and X ... the two sides signed T": a reference made of a state and an
    international body (references._sides) fills a state's slot with its state only; read
    again with the reference as the body alone, the body's signings of a named treaty."""
    mixed = [m for m in mentions if m.source == "reference" and _state_and_body(m)]
    if len(mixed) != 1:
        return []
    group = mixed[0]
    body = next(m for m in group.members if _state_of(m) is None)
    alone = Mention(group.start, group.end, body.kinds, "signer", entities=body.entities[:1])
    readable = [alone if m is group else m for m in mentions]
    return _new_signings(read(readable), {id(alone)}, signed_pairs(facts), _BODY_SUFFIX)


def _state_and_body(mention: Mention) -> bool:
    """Whether a group is one state and one international organisation."""
    members = mention.members
    states = [m for m in members if _state_of(m) is not None]
    bodies = [m for m in members if m.entities[:1]
              and "InternationalOrganisation" in m.entities[0].kinds]  # fmt: skip
    return len(members) == 2 and len(states) == 1 and len(bodies) == 1


def _new_signings(
    readings: list[Fact], standing: set[int], signed: set[tuple[str, str]], suffix: str = ""
) -> list[Fact]:
    """The treaty signings of the readings with a person of a known state (a mention in
    ``standing``) among their signatories, of a named treaty, and not all ``signed`` already;
    the people of no known state left out, the rule marked."""
    found = []
    for fact in readings:
        if fact.kind != "treaty-signed":
            continue
        fact.roles["S"] = [(m, cls) for m, cls in map(_known, fact.roles.get("S", [])) if m]
        fillers = [m for m, _ in fact.roles["S"]]
        members = [member for m in fillers for member in (m.members or [m])]
        if not any(id(m) in standing for m in members):
            continue
        treaties = [e.key for e in _entities(fact, "T") if not e.unnamed]
        if not treaties:  # "an agreement signed by A and B": which one is not said
            continue
        states = {e.key for m in members for e in m.entities[:1]}
        if all((t, s) in signed for t in treaties for s in states):
            continue
        fact.rule += suffix or _SUFFIX
        found.append(fact)
    return found


#: ", and C [later] joined": a list's last part that opens a clause of its own, its verb after
#: it (a past form in -ed or one of the common irregular and auxiliary verbs).
_NEXT_CLAUSE = re.compile(
    r"\s*(?:" + lexicon.alternation("next-clause-adverbs") + r"\s+)?"
    r"(?:[a-z]+ed|" + lexicon.alternation("next-clause-verbs") + r")\b"
)
#: ", and [the]" between two names, a footnote mark after the comma ("Yeltsin,⁷ and").
_COMMA_AND = re.compile(r"\s*,[\s¹²³⁰⁴-⁹]*and\s+(?:the\s+)?")
_AND = re.compile(r"\s+and\s+(?:the\s+)?")


def _glue(text: str, before: Mention, after: Mention) -> str:
    """What joins two names of a list for closed_list_cut: ", and [the]" (a footnote mark
    after the comma too), "and [the]", or something else."""
    if _COMMA_AND.fullmatch(text, before.end, after.start):
        return ", and"
    return "and" if _AND.fullmatch(text, before.end, after.start) else ""


def _before_next_clause(text: str, fact: Fact, standing: set[int]) -> Fact | None:
    """ "T was signed by A and Russian President B, and the United States, the United Kingdom
    and Russia later guaranteed ...": where the signatories run on past ", and" into names a
    verb of their own follows, those names are the next clause's subject; the signatories end
    at the ", and": the fact with its signatories cut there, or None when none of the people
    read as states is left. Only a list closed by its own "and" before the ", and" is cut: "A,
    B, and C" is one list."""
    fillers = [m for m, _ in fact.roles.get("S", [])]
    members = sorted((x for m in fillers for x in (m.members or [m])), key=lambda m: m.start)
    if len(members) < 2 or not _NEXT_CLAUSE.match(text, members[-1].end):
        return fact
    cut = closed_list_cut([_glue(text, a, b) for a, b in itertools.pairwise(members)])
    if cut is None:
        return fact
    cut = members[cut + 1].start
    kept = [m for m in members if m.start < cut]
    if not any(id(m) in standing for m in kept):
        return None
    return dataclasses.replace(fact, roles={**fact.roles, "S": [(m, "State") for m in kept]})


def _for_another(text: str, start: int, end: int, mentions: list[Mention]) -> bool:
    """Whether someone signs "on behalf of" or "in the name of" something no state."""
    for found in _ON_BEHALF.finditer(text, start, end):
        after = next((m for m in mentions if m.start >= found.end()), None)
        members = (after.members or [after]) if after is not None else []
        if not members or not all(_state_of(m) for m in members):
            return True
    return False


def _people(mentions: list[Mention]) -> list[EntityRef]:
    """The people the mentions name, each once."""
    found = {}
    for mention in mentions:
        person = _person_of(mention)
        if person is not None:
            found.setdefault(person.key, person)
    return list(found.values())


def _known(filler: tuple[Mention, str]) -> tuple[Mention | None, str]:
    """A signatory filler without the people whose state the text does not say."""
    mention, cls = filler
    members = [m for m in mention.members or [mention] if m.entities[:1] and
               m.entities[0].key != _UNKNOWN]  # fmt: skip
    if not members:
        return None, cls
    if not mention.members or len(members) == len(mention.members):
        return mention, cls
    if len(members) == 1:
        return members[0], cls
    entities = [e for e in mention.entities if e.key != _UNKNOWN]
    return Mention(mention.start, mention.end, mention.kinds, mention.source, members=members,
                   entities=entities), cls  # fmt: skip


def _people_group(mention: Mention) -> list[Mention] | None:
    """A coordination group holding a person, as its members (read again once they are
    states)."""
    if mention.members and any(_person_of(m) is not None for m in mention.members):
        return list(mention.members)
    return None


def title_party_signings(facts: list[Fact], gazetteer: Gazetteer) -> list[Fact]:
    """ "The Agreement between the Republic of Kazakhstan and the Republic of Korea on X, signed
    in Seoul on D": a signing the sentence's readings state (not hedged) of a treaty whose title
    names its two parties (name_bounds.title_parties) is signed by them; one fact per such
    signing, with the parties the readings do not state already as its signatories (rule
    ``<rule>+title-parties``). A reading that names another signatory ("T between A and B was
    signed by C") gives none: the title is not who signed there."""
    signed = signed_pairs(facts)
    found = []
    for fact in facts:
        if fact.kind != "treaty-signed" or fact.hedged:
            continue
        signers = {e.key for m, _ in fact.roles.get("S", []) for x in (m.members or [m])
                   for e in x.entities[:1]}  # fmt: skip
        for mention, cls in fact.roles.get("T", []):
            treaty = mention.entities[0] if mention.entities else None
            if treaty is None or treaty.unnamed:
                continue
            parties = title_parties(treaty.label, gazetteer)
            if not parties or not signers <= set(parties):
                continue
            refs = [gazetteer_ref(gazetteer, key) for key in parties]
            refs = [ref for ref in refs if (treaty.key, ref.key) not in signed]
            if not refs:
                continue
            fillers = [(_party_mention(mention, ref), ref.cls) for ref in refs]
            roles = {"T": [(mention, cls)], "S": fillers}
            found.append(Fact(fact.rule + _TITLE_SUFFIX, fact.kind, roles, fact.start, fact.end))
            signed |= {(treaty.key, ref.key) for ref in refs}
    return found


def _party_mention(title: Mention, party: EntityRef) -> Mention:
    """A title's party as a mention where the title stands."""
    return Mention(title.start, title.end, party.kinds, "title", entities=[party])


def _entities(fact: Fact, role: str) -> list[EntityRef]:
    return [e for m, _ in fact.roles.get(role, []) for e in m.entities[:1]]


def heads_of_state(facts: list[Fact]) -> list[tuple[EntityRef, EntityRef]]:
    """(person, state) of each head-of-state fact among ``facts`` ("Kazakh President A", "A, the
    President of S", a profile's "Head of state: A"), as the rules read them."""
    return [
        (person, state)
        for fact in facts
        if fact.kind == "head-of-state"
        for person in _entities(fact, "P")
        for state in _entities(fact, "S")
    ]


def signed_pairs(facts: list[Fact]) -> set[tuple[str, str]]:
    """(treaty key, signatory key) of the signings the sentence's readings state already (a
    group's members each that fit the slot, as graph.filler_entities asserts them: not the body
    of "the two sides" in a state's slot; a mention's first entity, the one its triples
    assert)."""
    return {
        (t, s)
        for fact in facts
        if fact.kind == "treaty-signed"
        for t in (e.key for e in _entities(fact, "T"))
        for s in (e.key for m, cls in fact.roles.get("S", []) for x in (m.members or [m])
                  for e in x.entities[:1] if not m.members or cls in e.kinds)
    }  # fmt: skip
