"""Resolve references ("both nations", "our country", "It", defined acronyms) and coordinations.

A ``ReferenceContext`` walks through a document sentence by sentence and remembers what the
references need: the document's own state, the last pair of states named together, the last
state, the organisation under discussion and the acronyms the text has defined.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache, reduce
from pathlib import Path

from kzgraph import lexicon
from kzgraph.errors import RuleFileError
from kzgraph.gazetteer import Gazetteer, default_gazetteer, read_jsonl
from kzgraph.linking import EntityRef, gazetteer_ref, link_mentions
from kzgraph.mentions import Mention, default_matchers, opens_topic_name, rule_mention
from kzgraph.name_bounds import title_parties
from kzgraph.relations import continues_clause
from kzgraph.resources import rules_dir
from kzgraph.sentences import SPEAKER_LABEL, mask_text
from kzgraph.values import MONTH_NAMES, NUMBER_WORDS

#: What may stand between two coordinated mentions: "X, Y and Z", "X-Y", "X as well as Y".
_COORDINATOR = re.compile(
    r"\s*(?:,\s*and|,\s*as well as|,|and|&|-|–|/|as well as)\s*(?:the\s+)?", re.IGNORECASE
)
#: An "and" inside a group's span ("With X and Y, Z ...": the group is a list closed by "and").
_AND = re.compile(r"\s(?:and|&)\s", re.IGNORECASE)
#: Only a comma between an unnamed treaty and its name ("a treaty, the X Treaty").
_APPOSITION_COMMA = re.compile(r"\s*,\s*(?:the\s+)?", re.IGNORECASE)
#: Words after an organisation that make it the sentence's subject ("The OSCE is ...").
_SUBJECT_VERB = re.compile(
    r"\s*(?:\([^)]*\)\s*)?" + lexicon.alternation("organisation-subject-verbs") + r"\b"
)


@dataclass
class ReferenceContext:
    """What earlier sentences of the document established."""

    written_from: EntityRef | None = None
    pair: list[EntityRef] = field(default_factory=list)
    # other pairs in reach when the last "X and Y" replaced the pair ("A and B ... A joined O1;
    # B founded O2 with C and D"): "both countries" must then be told which (_pair_decided)
    pair_rivals: list[list[EntityRef]] = field(default_factory=list)
    last_state: EntityRef | None = None
    topic: EntityRef | None = None
    acronyms: dict[str, EntityRef] = field(default_factory=dict)
    recent: list[EntityRef] = field(default_factory=list)  # entities named so far, latest last
    subject: EntityRef | None = None  # the first entity the previous sentence named
    opening: EntityRef | None = None  # the entity the previous sentence opened with (its subject)
    # the previous sentence opened with an organisation's name the gazetteer does not know ("The
    # Central Commission for the Navigation of the Rhine ..."): _opens_with_unknown_organisation
    opened_unknown: bool = False
    # organisations last named in a list with another ("the EU and NATO"): "the organisation"
    # cannot pick one of them
    listed: set[str] = field(default_factory=set)
    # the people named in full so far by their surname ("Rouhani" -> Hassan Rouhani)
    surnames: dict[str, dict[str, EntityRef]] = field(default_factory=dict)
    text: str = ""  # the document's text: "X and Y" before a reference is read from it
    state_lists: list[list[EntityRef]] = field(default_factory=list)  # the last sentence's
    listed_states: list[list[EntityRef]] = field(default_factory=list)  # all so far ("the same")
    last_states: list[EntityRef] = field(default_factory=list)  # the last sentence's states
    # the states the last sentence opened with as its subject ("Tajikistan is ...", "A and B
    # signed ...", "Both countries joined ..."): _subject_states
    subject_states: list[EntityRef] = field(default_factory=list)
    # the states any sentence of the current paragraph opened with so (_this_country)
    paragraph_subjects: list[EntityRef] = field(default_factory=list)
    last_lists: list[list[EntityRef]] = field(default_factory=list)  # the last sentence's lists
    # the last sentence's "X and Y" of a state and an international body: "the two sides"
    last_sides: list[list[EntityRef]] = field(default_factory=list)
    # the people named as a state's president ("Kazakh President X"): state key -> {key: person}
    presidents: dict[str, dict[str, EntityRef]] = field(default_factory=dict)
    # organisations the text named as another's predecessor ("O grew out of P"): P -> (P, O key)
    predecessors: dict[str, tuple[EntityRef, str]] = field(default_factory=dict)
    # the single state the document's first sentence opens with ("Kazakhstan's relations with
    # ... developed quickly"): the state a text without metadata is written about
    opening_state: EntityRef | None = None
    sentences_seen: int = 0
    last_people: list[EntityRef] = field(default_factory=list)  # the last sentence's people
    state_counts: dict[str, int] = field(default_factory=dict)  # state key -> times named so far
    # each earlier sentence of the current paragraph, latest last: where it began and the
    # entities it named ("the bloc" is the one named nearest before)
    paragraph: list[tuple[int, list[EntityRef]]] = field(default_factory=list)
    previous_paragraph: list[tuple[int, list[EntityRef]]] = field(default_factory=list)
    sentence_start: int = 0  # where the sentence being read began
    # terms the text defined for an entity ("Kazatomprom (“the Company”)"): head word -> entity
    defined: dict[str, EntityRef] = field(default_factory=dict)
    # the entity the document's first sentence opened with ("the bloc" in a later paragraph)
    document_opening: EntityRef | None = None
    # the organisations, treaties, pipelines and programmes named so far, by the head noun of
    # their name ("bank" of "Eurasian Development Bank"): head -> {key: (entity, where the
    # latest mention of it ended)}; "the Bank" later is the one of them (short_form)
    heads: dict[str, dict[str, tuple[EntityRef, int]]] = field(default_factory=dict)
    # the first company the document named: a press release's "the Company" is its issuer
    first_company: EntityRef | None = None
    # the gazetteer context_for was given: names a reference is read from are looked up in it
    gazetteer: Gazetteer = field(default_factory=default_gazetteer, repr=False, compare=False)


def context_for(written_from: str | None, gazetteer: Gazetteer) -> ReferenceContext:
    """A fresh context; ``written_from`` is a state name from the document metadata."""
    states = gazetteer.state_keys(written_from) if written_from else []
    written = gazetteer_ref(gazetteer, states[0]) if states else None
    return ReferenceContext(written_from=written, gazetteer=gazetteer)


#: Classes "it" does not stand for (a state is "it" only by other strategies).
_NOT_IT = frozenset(["State", "Person", "Place", "Language"])


@dataclass(frozen=True)
class _Ask:
    """One reference to resolve: the context, the mentions before it in its sentence (where
    "Turkey recognised Azerbaijan, and the two countries ..." finds its pair) and its span."""

    context: ReferenceContext
    before: list[Mention]
    span: tuple[int, int] | None

    @property
    def named_before(self) -> list[EntityRef]:
        return [e for m in self.before for e in m.entities]

    @property
    def states_before(self) -> list[EntityRef]:
        return _distinct(self.named_before, "State")


def resolve_strategy(
    context: ReferenceContext,
    strategy: str,
    before: list[Mention] | None = None,
    span: tuple[int, int] | None = None,
) -> list[EntityRef]:
    """The entities a strategy (pair, written_from, last_state, topic, last:/subject:<Class>,
    headed:<word>, near:<Class>; _STRATEGIES lists them all) names.

    ``before`` are the mentions earlier in the same sentence, ``span`` is where the reference
    stands; an unknown strategy names nothing.
    """
    name, colon, argument = strategy.partition(":")
    read = _STRATEGIES.get(name + colon)
    if span is not None and _SUCCESSOR_CLAUSE.match(context.text, span[1]):
        return []  # "joined the organisation that succeeded it": its successor, never named
    return read(_Ask(context, before or [], span), argument) if read else []


#: A restrictive relative clause after a description saying it is another thing's successor
#: ("the organisation that succeeded|replaced|grew out of it", "the bloc which later replaced
#: the union"): the description is that unnamed successor, not the thing named before. After a
#: comma the clause only describes the thing named ("the Union, which replaced the EurAsEC").
_SUCCESSOR_CLAUSE = re.compile(
    r"(?i)\s+(?:that|which)\s+(?:(?:later|eventually|subsequently|in\s+turn|would|was\s+to)\s+)?"
    + lexicon.alternation("pf11d-successor-verbs")
    + r"(?![\w-])"
)


def _recent_pair(ask: _Ask, _: str) -> list[EntityRef]:
    """ "The two presidents signed ...": the two states of this sentence, else those a treaty's
    title names ("The Treaty on X between A and B, which the two presidents signed"; the
    sentence naming no other state), else the last sentence's two."""
    states = ask.states_before
    if len(states) == 2:
        return states
    titled = _title_pair(ask.named_before, ask.context.gazetteer)
    if titled and _within(states, titled):
        return titled
    if states:
        return []
    last = ask.context.last_states
    return list(last) if len(last) == 2 else []


def _within(states: list[EntityRef], pair: list[EntityRef]) -> bool:
    """Whether every state of ``states`` is one of ``pair``."""
    return {e.key for e in states} <= {e.key for e in pair}


def _sentence_pair(ask: _Ask, _: str) -> list[EntityRef]:
    """ "... Kazakhstan and Pakistan ..., and bilateral trade": this sentence's two states."""
    states = ask.states_before
    return states if len(states) == 2 else []


def _context_pair(ask: _Ask, _: str) -> list[EntityRef]:
    """ "A and B held talks. He noted that bilateral trade reached M" (TRADECTX23): the `pair`,
    if every state the sentence named before the match is one of it ("Russia's envoy noted
    that bilateral trade ..." after a pair without Russia: nothing) and, where it named one,
    the pair holds the text's own state (`document_state`) too: "Italy remains one of our
    largest partners: bilateral trade ..." after Kazakhstan and Italy, but not "France is a
    modest partner: bilateral trade ..." after France and China, the text's own state unknown."""
    pair = _pair(ask.context, ask.before, ask.named_before)
    states = ask.states_before
    own = _document_state(ask.context) if states else []
    if len(pair) != 2 or (states and not own):
        return []
    return pair if _within(states + own, pair) else []


def _sole_state_before(ask: _Ask, _: str) -> list[EntityRef]:
    """ "Uzbek President X, whose country ...": this sentence's one state."""
    states = ask.states_before
    return states if len(states) == 1 else []


def _sole_state_before_or_own(ask: _Ask, _: str) -> list[EntityRef]:
    """ "P, the country's largest city" (FP22): the one state the sentence named before it
    ("in Abu Dhabi, the capital of the UAE, and in Dubai, the country's largest city"), else,
    if it named none, the text's own state; two or more: nothing."""
    demonyms = default_gazetteer().demonyms
    named = [
        m
        for m in ask.before
        if ask.context.text[m.start : m.end] not in demonyms and "Language" not in m.kinds
    ]  # "Russian paratroopers ... near Almaty, the country's largest city": no state named;
    # "in Kazakh and Russian, the country's official languages" (ORG24): languages, no states
    states = _distinct([e for m in named for e in m.entities], "State")
    if any(_mission_owner(ask.context.text, m) for m in named if _distinct(m.entities, "State")):
        return []  # "the Consulate General of Kazakhstan is in Dubai, the country's largest city"
    if states:
        return states if len(states) == 1 else []
    return _own_state_or_none(ask)


#: The diplomatic missions a state owns ("the Embassy of the Republic of X", "X's consulate").
_MISSION = lexicon.alternation("mission-nouns")
_MISSION_BEFORE = re.compile(rf"\b{_MISSION}\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_MISSION_AFTER = re.compile(
    rf"^(?:(?:'s|’s)\s+(?:\w+\s+){{0,2}}?|\s+){_MISSION}\b", re.IGNORECASE
)  # "Kazakhstan's new embassy", "the UAE consulate"


def _mission_owner(text: str, mention: Mention) -> bool:
    """Whether a state is named as a diplomatic mission's owner ("the Consulate General of
    Kazakhstan", "Kazakhstan's new embassy", "the UAE consulate"): the country a mission
    stands in is another."""
    before = text[max(0, mention.start - 60) : mention.start]
    return bool(
        _MISSION_BEFORE.search(before) or _MISSION_AFTER.match(text[mention.end : mention.end + 60])
    )


def _it(ask: _Ask, wanted: str) -> list[EntityRef]:
    """ "... signed the Ashgabat Agreement, and X acceded to it": the last ``wanted``, unless
    the thing named last before "it" (in this sentence or before it) is another it may stand
    for ("the summit of O ... The Agreement on X was signed by A and B. C joined it a year
    later": the agreement, never O)."""
    last = _named_last(ask)
    if last is not None and wanted not in last.kinds:
        return []
    return _last(ask, wanted)


#: An unnamed body set up or met between an organisation and "its members" ("The X set up a
#: contact group on Y in 2005. A, B and C are its members": the group's, not X's).
_UNNAMED_BODY = re.compile(
    r"(?i)(?<![\w-])an?\s+(?:[\w-]+\s+){0,4}?"
    + lexicon.alternation("unnamed-body-nouns")
    + r"s?(?![\w-])"
)


def _things(entities: Iterable[EntityRef]) -> list[EntityRef]:
    """The entities "it" may stand for: no state, person, place or language."""
    return [e for e in entities if not _NOT_IT & set(e.kinds)]


def _named_last(ask: _Ask) -> EntityRef | None:
    """The thing (_things) named last before "it", in this sentence or the ones before."""
    things = _things(ask.context.recent + ask.named_before)
    return things[-1] if things else None


def _last_thing(ask: _Ask, wanted: str) -> list[EntityRef]:
    """ "Mexico had joined it": the last thing named (_things), if a ``wanted``: a treaty named
    after the organisation ("... the OECD. Mexico signed the X Convention in 1990 and had joined
    it in 1994") gives nothing, never the organisation before; nor does one of a listed pair
    ("a member of the EU and NATO ... had joined it")."""
    last = _named_last(ask)
    if last is None or wanted not in last.kinds or last.key in ask.context.listed:
        return []
    return [last]


def _its(ask: _Ask, wanted: str) -> list[EntityRef]:
    """ "A and B are its members": a ``wanted`` named near and alone. The things (_things) this
    sentence named before, else (if it named none) those the sentence before in its paragraph
    named, must be that one organisation, or it and treaties where it opened the sentence
    ("Mercosur was created by the Treaty of Asuncion"): a treaty named after it ("... the CIS.
    The Collective Security Treaty was signed ..."), a programme ("The Partnership for Peace
    was launched by NATO") or a second organisation give nothing, as does an unnamed body
    introduced between ("The X set up a contact group", "A working group was formed")."""
    context = ask.context
    here = _unique(_things(ask.named_before))
    start = context.sentence_start
    first = next((m.entities[0] for m in ask.before if m.entities), None)
    if not here:
        previous = context.paragraph[-1] if context.paragraph else None
        if previous is None or _new_paragraph(context.text, previous[0], context.sentence_start):
            return []
        here, start, first = _unique(_things(previous[1])), previous[0], context.opening
    bodies = [e for e in here if "Treaty" not in e.kinds]
    if len(bodies) != 1 or wanted not in bodies[0].kinds or bodies[0].key in context.listed:
        return []
    if len(here) > 1 and (first is None or first.key != bodies[0].key):
        return []
    end = max([context.sentence_start, *(m.end for m in ask.before)])
    return [] if _UNNAMED_BODY.search(context.text[start:end]) else bodies


def _its_here(ask: _Ask, wanted: str) -> list[EntityRef]:
    """ "A joined O in D1; B joined in D2": as _its, and only a body this sentence named before
    the match; the sentence before may be about another thing ("The treaty entered into force
    in 1995; B joined in 1996": B joined the treaty, not the organisation named before)."""
    return _its(ask, wanted) if _things(ask.named_before) else []


def _its_alone(ask: _Ask, wanted: str) -> list[EntityRef]:
    """ "O has 57 member states, and its official languages are ...": as _its, and only where
    no state or person was named beside the organisation (before "its" in the sentence, else in
    the sentence before when this one named nothing): in "S became a member of O; its official
    languages are ..." "its" may be S's."""
    found = _its(ask, wanted)
    context = ask.context
    named = ask.named_before or (context.paragraph[-1][1] if context.paragraph else [])
    return [] if any({"State", "Person"} & set(e.kinds) for e in named) else found


def _its_alone_or_subject(ask: _Ask, wanted: str) -> list[EntityRef]:
    """ "O, whose predecessor was P, is based in C, S; its official languages are ...": as
    _its_alone, else, for an "its" opening a coordinated clause (after ", and", "and" or ";"),
    the ``wanted`` the sentence opened with as its subject (_opening_subject), provided the
    last thing named before "its" is no state, person or language, but for a state that only
    places a city ("in Geneva, Switzerland"): in "The EU signed a deal with Mongolia; its
    official language is Mongolian" "its" is Mongolia's; nor another organisation named
    outside the subject's aside (_rival_owner)."""
    found = _its_alone(ask, wanted)
    if found or ask.span is None:
        return found
    context = ask.context
    lead = context.text[context.sentence_start : ask.span[0]].rstrip()
    if not _CLAUSE_JOIN.search(lead):
        return []
    named = [m for m in ask.before if m.entities]
    subject = _opening_subject(ask, wanted, named)
    if subject is None or _names_a_party(named[-1], named[-2] if len(named) > 1 else None, ask):
        return []
    if _rival_owner(named, wanted, ask.context.text, ask.span[0]):
        return []  # "The SCO works with the Arab League; its official language ...": whose?
    if lead.endswith("and") and {"State", "Person", "Language"} & set(named[-1].kinds):
        return []  # "The OSCE met in Vienna, Austria, and its official language ...": Austria's?
    return [subject]


def _rival_owner(named: list[Mention], wanted: str, text: str, its: int) -> bool:
    """Whether a ``wanted`` other than the opening subject (``named[0]``) was named after it
    outside an aside set off right after it: in "The SCO works with the Arab League; its ..."
    both fit and "its" may be either's (KNOWN19); in "IOM, whose predecessor was P, is based
    in C; its ..." the predecessor named in the aside is none. ``its``: where "its" stands."""
    subject = named[0].entities[0]
    aside = _SUBJECT_ASIDE.match(text, named[0].end, its)
    closing = aside.end() if aside else named[0].end
    return any(
        m.start >= closing and wanted in m.kinds and m.entities[0].key != subject.key
        for m in named[1:]
    )


#: An aside set off by commas right after a sentence's subject: an apposition, a relative
#: clause or a participle ("IOM, whose predecessor was P, now counts ..."), closed by a comma
#: before a lowercase word that carries the clause on (not "and", "which", "in" ...).
_SUBJECT_ASIDE = re.compile(
    r"\s*,\s*(?:"
    + lexicon.alternation("subject-aside-openers")
    + r"\b|[a-z]+ed\b|"
    + lexicon.alternation("irregular-participles")
    + r"\b)"
    + r".*?,\s+(?!"
    + lexicon.alternation("not-carrying-words")
    + r"\b)(?=[a-z])",
    re.DOTALL,
)


#: What opens a coordinated main clause right before its "its": ", and", "and", ";".
_CLAUSE_JOIN = re.compile(r"(?:(?<![\w-])and|;)$", re.IGNORECASE)
#: What joins a second name to the sentence's first in one subject: "The CIS and the CSTO ...".
_SUBJECT_JOIN = re.compile(r"\s*(?:,|and|&|or|as well as|together with|with)?\s*(?:the\s+)?$",
                           re.IGNORECASE)  # fmt: skip


def _opening_subject(ask: _Ask, wanted: str, named: list[Mention]) -> EntityRef | None:
    """The single ``wanted`` the sentence opens with ("[The] O ..."; a list, a possessive or
    any word but "the" before it give None); ``named``: the mentions before with entities."""
    first = named[0] if named else None
    if first is None or first.members or len(first.entities) != 1:
        return None
    entity = first.entities[0]
    context = ask.context
    opening = context.text[context.sentence_start : first.start].lower().split()
    if opening not in ([], ["the"]) or wanted not in entity.kinds:
        return None
    if len(named) > 1 and _SUBJECT_JOIN.fullmatch(context.text[first.end : named[1].start]):
        return None  # "The CIS and the CSTO met ..., and its ...": whose, unknown
    return None if _POSSESSIVE_AFTER.match(context.text, first.end) else entity


#: A possessive right after a mention: "The OSCE's chair ..." opens with the chair.
_POSSESSIVE_AFTER = re.compile(r"['’]s?(?![\w])")


def _names_a_party(last: Mention, before: Mention | None, ask: _Ask) -> bool:
    """Whether the mention named last before "its" may own it instead of the subject: a state,
    person or language, unless a state placing the city named right before it ("C, S")."""
    if not {"State", "Person", "Language"} & set(last.kinds):
        return False
    if before is None or "City" not in before.kinds or "Person" in last.kinds:
        return True
    return ask.context.text[before.end : last.start].strip() != ","


def _its_subject(ask: _Ask, wanted: str) -> list[EntityRef]:
    """ "The members are A, B and C" (no owner said): as _its, and only the organisation the
    sentence before opened with ("The X met in Y. The members are ..."), this sentence having
    named nothing before."""
    found = [] if any(m.entities for m in ask.before) else _its(ask, wanted)
    opening = ask.context.opening
    return found if found and opening is not None and opening.key == found[0].key else []


def _last(ask: _Ask, wanted: str) -> list[EntityRef]:
    """The entity of class ``wanted`` named last; "Hungary, a member of the EU and NATO, ... The
    organisation now has ...": not one of a listed pair but the organisation under discussion,
    if it is another one."""
    context = ask.context
    found = _without_former_names(ask, [e for e in context.recent + ask.named_before
                                        if wanted in e.kinds])  # fmt: skip
    if found and found[-1].key in context.listed and wanted == "Organisation":
        topic = context.topic
        return [topic] if topic and topic.key not in context.listed else []
    return found[-1:]


def _without_former_names(ask: _Ask, found: list[EntityRef]) -> list[EntityRef]:
    """``found`` but the organisations this sentence named, before the reference, as the former
    name of another it named ("The OTS was founded in 2009 as the Turkic Council; Uzbekistan
    joined it in 2019": the OTS) (FP23). A predecessor stays ("O is the successor of P, to
    which X was admitted": P)."""
    former = _former_names(ask.before, ask.context.text)
    return [e for e in found if e.key not in former] if former else found


def _subject(ask: _Ask, wanted: str) -> list[EntityRef]:
    """ "The X field lies ... . It is developed by ...": the previous sentence's first entity,
    unless the sentence named another thing of the class before the match ("P2 opened; A and
    B joined the project": P2 is nearer)."""
    subject = ask.context.subject
    if subject is None or wanted not in subject.kinds:
        return []
    nearer = [e for e in ask.named_before if wanted in e.kinds and e.key != subject.key]
    return [] if nearer else [subject]


def _project(ask: _Ask, wanted: str) -> list[EntityRef]:
    """ "The P pipeline, built by C, was completed in D1; S joined the project in D2": the one
    thing (_things, no company: the builder is no project) this sentence named before the
    match, if a ``wanted``; if it named none, the previous sentence's first entity (_subject),
    else the one thing the sentence before in its paragraph named ("... through the P pipeline,
    which C built. S joined the project in D"). A second thing ("the P pipeline and the Q
    programme") or another class gives nothing (REC21F)."""
    context = ask.context
    here = _projects(ask.named_before) or _subject(ask, wanted)
    if not here and context.paragraph:
        start, named = context.paragraph[-1]
        if not _new_paragraph(context.text, start, context.sentence_start):
            here = _projects(named)
    return here if len(here) == 1 and wanted in here[0].kinds else []


def _projects(entities: Iterable[EntityRef]) -> list[EntityRef]:
    """The things of ``entities`` a project may be, once each: no company (a builder)."""
    return _unique(e for e in _things(entities) if "Company" not in e.kinds)


def _defined(ask: _Ask, _: str) -> list[EntityRef]:
    """ "the Company": the entity the text defined the term for; a term it defined for nothing
    is the short form of a name it gave in full ("Kazakhstan Temir Zholy Company ... the
    Company", short_form)."""
    if ask.span is None:
        return []
    found = ask.context.defined.get(_head(ask.context.text, ask.span).lower())
    return [found] if found is not None else _short_form(ask, "")


def _opening_state(ask: _Ask, _: str) -> list[EntityRef]:
    """ "The new state ...": the previous sentence's opening state."""
    opening = ask.context.opening
    return [opening] if opening is not None and opening.cls == "State" else []


def _opening_state_or_document_state(ask: _Ask, _: str) -> list[EntityRef]:
    """ "The country ...": the previous sentence's opening state, else the text's own (not
    where another state is in view: _other_state_in_view)."""
    return _opening_state(ask, "") or _unless_other_state(ask, _document_state(ask.context))


def _this_country(context: ReferenceContext) -> list[EntityRef]:
    """ "This country|state|nation": the state named last, unless the paragraph's sentences
    opened with other states as their subjects and never with it ("Armenia is a landlocked
    state. Iran's trucks cross its southern border. This country joined ..." is Armenia's, not
    the possessive's): nothing then."""
    last = context.last_state
    if last is None:
        return []
    subjects = {e.key for e in context.paragraph_subjects}
    return [] if subjects and last.key not in subjects else [last]


def _other_state_in_view(ask: _Ask, own: EntityRef) -> bool:
    """Whether a state other than the text's own is what "the country" may stand for: the
    sentence before, in this paragraph, opened with it (or with states none of them the own) as
    its subject ("Tajikistan is the poorest state in Central Asia. Over the past decade, the
    country joined ..."; "Belarus and Russia form a union state. In 2014, the country ..."),
    unless this sentence named the own state before the phrase.
    A state named in passing does not ("Tashkent keeps its embassy in Kabul open. The country's
    official language ...", "China became the country's largest trading partner")."""
    context = ask.context
    subjects = context.subject_states
    if all(e.key == own.key for e in subjects) or own.key in {e.key for e in ask.states_before}:
        return False  # "A is ... B joined O, and the country ...": B's own sentence
    return not _new_paragraph(context.text, _previous_start(context), context.sentence_start)


def _unless_other_state(ask: _Ask, own: list[EntityRef]) -> list[EntityRef]:
    """The text's own state for a third-person "the country", unless another is in view."""
    return [] if own and _other_state_in_view(ask, own[0]) else own


def _own_state_or_none(ask: _Ask) -> list[EntityRef]:
    """written_from: a first person ("we", "our country") is the text's own state (_own_state);
    "the country" is too, unless another state is in view (_other_state_in_view)."""
    own = _own_state(ask)
    if ask.span is None or _FIRST_PERSON.match(ask.context.text, ask.span[0]):
        return own
    return _unless_other_state(ask, own)


def _sentence_opening_state(ask: _Ask, _: str) -> list[EntityRef]:
    """ "A ..., with which it ...": the entity the sentence named first, a single state, and not
    the object of a fronted preposition ("Besides A, B borders only C, with which it ...": not
    A; lexicon border-fronted-prepositions)."""
    named = [m for m in ask.before if m.entities]
    first = named[0] if named else None
    if first is None or first.members or first.entities[0].cls != "State":
        return []
    context = ask.context
    opening = context.text[context.sentence_start : first.start].lower().split()
    if opening[-1:] == ["the"]:
        opening.pop()
    if len(opening) == 1 and opening[0] in _FRONTED_PREPOSITIONS:
        return []
    if len(opening) > 1 and opening[-1] in _OBJECT_PREPOSITIONS:
        return []  # "the warheads were moved to A by 1995, and on D it signed T": not A
    return first.entities[:1]


#: A preposition that governs the sentence's first name ("Besides A, ..."): not its subject.
_FRONTED_PREPOSITIONS = lexicon.words("border-fronted-prepositions")
#: A preposition right before the sentence's first name, past other words: the name is an
#: object, not the subject "it" goes back to (TREATY22).
_OBJECT_PREPOSITIONS = lexicon.words("treaty22-object-prepositions")


def _sole_opening_state(ask: _Ask, _: str) -> list[EntityRef]:
    """ "X is not a member of O, but it takes part in ...": the state the sentence named first,
    if it named no other state before "it"."""
    states = {e.key for m in ask.before for e in m.entities[:1] if e.cls == "State"}
    if len(states) != 1:
        return []
    return _sentence_opening_state(ask, "") or _answered_state(ask)


def _sole_opening_subject_state(ask: _Ask, _: str) -> list[EntityRef]:
    """ "X remains outside O; it joined P in D": the sole opening state, unless the sentence names
    it as a possessor ("Norway's economy grew quickly; it has been ..." is the economy)."""
    states = [m for m in ask.before if m.entities[:1] and m.entities[0].cls == "State"]
    if states and _POSSESSIVE.match(ask.context.text, states[0].end):
        return []
    return _sole_opening_state(ask, "")


#: An answer's opening: "Yes:", "No,", "No –" (REC16B's ref-it-after-answer reads the same).
_ANSWER_OPENING = re.compile(r"(?:Yes|No)\s*[:,.;\u2013\u2014]")


def _answered_state(ask: _Ask) -> list[EntityRef]:
    """ "Does A have nuclear weapons? No: the warheads were moved to B, and on D it signed T":
    in an answer whose first name is no subject, "it" is the state the question asked about
    (the sentence before's opening, `_asked_state`), not B (TREATY22)."""
    context = ask.context
    opening = context.opening
    if opening is None or opening.cls != "State":
        return []
    return [opening] if _ANSWER_OPENING.match(context.text, context.sentence_start) else []


def _unit_free_opening_state(ask: _Ask, _: str) -> list[EntityRef]:
    """ "X ..., and its capital, C, ...": the sole opening state, unless the sentence named a
    subnational unit before "its" (a Region mention, or a noun of pf11c-subnational-unit-heads:
    "X invested in the Akmola Region, and its capital, Kokshetau, ...": the region's capital)."""
    if any("Region" in m.kinds for m in ask.before):
        return []
    end = max([ask.context.sentence_start, *(m.end for m in ask.before)])
    words = ask.context.text[ask.context.sentence_start : end].lower().split()
    return [] if _UNIT_HEADS.intersection(words) else _sole_opening_state(ask, "")


#: Nouns of a state's subnational unit, which may own the capital an "its" names (FIX17A)
_UNIT_HEADS = lexicon.words("pf11c-subnational-unit-heads")


def _list_heading_state(ask: _Ask, _: str) -> list[EntityRef]:
    """ "Kazakhstan's treaty commitments:" over "• Treaty X – signatory": the one state the line
    that opens the bullet list names, that line ending with a colon or a heading (no colon, no
    sentence's closing punctuation: "Kazakhstan", "Armenia's treaty record") in the bullet's
    paragraph (the bullets between it and this one named anything); nothing under a heading
    that names no state ("Free trade agreements"), whatever state a line above it named, nor
    under a key-value line ("Chairmanship (2024): Armenia") or a sentence."""
    context = ask.context
    if _new_paragraph(context.text, _previous_start(context), context.sentence_start):
        return []
    for start, named in reversed(context.paragraph):
        end = context.text.find("\n", start)
        line = context.text[start : end if end >= 0 else len(context.text)].strip()
        if line.startswith("•"):
            continue
        states = _distinct(named, "State")
        heading = ":" not in line and not line.endswith((".", ";", "!", "?"))  # "Kazakhstan"
        return states if (line.endswith(":") or heading) and len(states) == 1 else []
    return []


def _topic(ask: _Ask, _: str) -> list[EntityRef]:
    """The organisation under discussion, else the one named last."""
    topic = ask.context.topic
    return [topic] if topic else _last(ask, "Organisation")


def _unrivalled_topic(ask: _Ask, _: str) -> list[EntityRef]:
    """A role a rule leaves to the topic ("B joined in 2016"): the topic, unless an organisation
    nearer before leaves it out (FPH19): the one this sentence opened with ("O met in C; its next
    summit ..." is O's), else those of the latest sentence of its paragraph that named any but
    the topic's predecessors ("The IEA ... . X became the 162nd member of the WTO. A and B joined
    in 2016. C joined in 2024.": the WTO's). A new paragraph goes back to the topic."""
    found = _topic(ask, "")
    context = ask.context
    if not found or not context.topic:
        return found
    opened = _sentence_topic(ask.before, context.text, context.sentence_start)
    nearest = {opened.key} if opened else _paragraph_organisations(context)
    return found if not nearest or found[0].key in nearest else []


def _paragraph_organisations(context: ReferenceContext) -> set[str]:
    """The organisations, but the topic's predecessors, that the latest sentence before this
    one in its paragraph to name any named."""
    if _new_paragraph(context.text, _previous_start(context), context.sentence_start):
        return set()
    for _, named in reversed(context.paragraph):
        keys = {e.key for e in named if "Organisation" in e.kinds} - _predecessors(context)
        if keys:
            return keys
    return set()


def _predecessors(context: ReferenceContext) -> set[str]:
    """The organisations the text named as the topic's predecessors."""
    topic = context.topic
    return {key for key, (_, after) in context.predecessors.items() if topic and after == topic.key}


def _its_topic(ask: _Ask, _: str) -> list[EntityRef]:
    """ "A and B are among its members": the organisation under discussion, else the one named
    last (as topic), unless the sentence named another organisation before the reference: in "O1,
    based in C, is an institution of O2; A and B are among its members" "its" may be either."""
    found = _topic(ask, "")
    named = _unique(e for e in ask.named_before if "Organisation" in e.kinds)
    if found and any(e.key != found[0].key for e in named):
        return []
    return found


#: Strategies that give alternative readings of one thing (the slot picks), never a group.
_ALTERNATIVES = frozenset(["opening_or_topic"])


def _opening_or_topic(ask: _Ask, _: str) -> list[EntityRef]:
    """ "It" at a sentence start: the previous sentence's opening subject ("Kazakhstan joined the
    UN. It joined the IMF ...") or the organisation under discussion, whichever fits the slot;
    only the subject where it is a programme (whose members are its own), nothing where the
    sentence before opened with an organisation's name the gazetteer lacks (FPH17)."""
    topic = _topic(ask, "")
    opening = ask.context.opening
    if opening is None and _states_alone_before(ask.context):
        return []  # "The capital of X is Y. Its official language is Z": X's, or the topic's
    if opening is None and ask.context.opened_unknown:
        return []  # "The Central Commission for ... is based in C. Its members are ...": its own
    if opening is None or "Organisation" in opening.kinds:
        return topic  # an organisation that opened a sentence is the topic already
    if "Programme" in opening.kinds:
        return [opening]  # "The CAREC Program covers ... Its members are ...": the programme's
    return [opening, *(e for e in topic if e.cls != opening.cls)]


def _states_alone_before(context: ReferenceContext) -> bool:
    """Whether the sentence before, in this paragraph, named a state and no organisation."""
    previous = context.paragraph[-1] if context.paragraph else None
    if previous is None or _new_paragraph(context.text, previous[0], context.sentence_start):
        return False
    kinds = {k for e in previous[1] for k in e.kinds}
    return "State" in kinds and "Organisation" not in kinds


def _the_organisation(ask: _Ask, _: str) -> list[EntityRef]:
    """ "The organisation": the organisation named last (as last:Organisation), unless its name
    is no organisation's ("the Shanghai Five") while the one under discussion is called one ("the
    Shanghai Cooperation Organisation") and this sentence named neither: "It grew out of the
    Shanghai Five. ... the organisation's tenth member" is the SCO's."""
    latest = _last(ask, "Organisation")
    topic = ask.context.topic
    named_here = any("Organisation" in e.kinds for e in ask.named_before)
    if not latest or not topic or latest[0].key == topic.key or named_here:
        return latest
    named_so = _called_organisation(topic) and not _called_organisation(latest[0])
    return [topic] if named_so else latest


def _called_organisation(entity: EntityRef) -> bool:
    return bool(re.search(r"\bOrgani[sz]ation\b", entity.label))


#: Each strategy a references.jsonl line's "refers_to" or a relation rule's default may name
#: ("<name>:" takes the argument after the colon) and how it reads the reference.
_STRATEGIES = {
    # "both organisations": two of the class just named
    "pair:": lambda ask, cls: _class_pair(ask.context, cls, ask.before),
    # "the bloc", "the pipeline": the nearest of its class
    "near:": lambda ask, wanted: _nearest(ask.context, wanted, ask.before, ask.span),
    "pair": lambda ask, _: _pair(ask.context, ask.before, ask.named_before) or _sides(ask),
    "recent_pair": _recent_pair,
    "sentence_pair": _sentence_pair,
    # "He noted that bilateral trade reached M": the pair, no other state named before
    "context_pair": _context_pair,
    "it:": _it,
    # "A and B are its members": the last thing named that has members
    "its:": _its,
    # "A joined O in D1; B joined in D2": as its:, a body this sentence named
    "its_here:": _its_here,
    # "O has N members, and its official languages ...": as its:, no state or person beside
    "its_alone:": _its_alone,
    # "O, whose predecessor was P, ...; its official languages ...": else the opening subject
    "its_alone_or_subject:": _its_alone_or_subject,
    # "The members are A, B and C": the organisation the sentence before opened with
    "its_subject:": _its_subject,
    # "X had joined it": the last thing named, if of the class
    "last_thing:": _last_thing,
    "last:": _last,
    "organisation": _the_organisation,
    # "the fund": an organisation whose name has "Fund"
    "headed:": lambda ask, head: _headed_organisation(ask.context, head, ask.named_before),
    "subject:": _subject,
    # "...; S joined the project in D": the one pipeline this sentence or the last named
    "project:": _project,
    "written_from": lambda ask, _: _own_state_or_none(ask),
    "defined": _defined,
    # "the Kazakh side": Kazakhstan
    "demonym_state": lambda ask, _: _demonym_state(ask.context, ask.span),
    # "...; he paid a state visit": the one person named before
    "sole_person": lambda ask, _: _sole_person(ask.context, ask.named_before),
    # "Relations with X followed on D": the text's own state
    "document_state": lambda ask, _: _document_state(ask.context),
    "last_state": lambda ask, _: _this_country(ask.context),
    # "X's treaty commitments:" then "• Treaty T – signatory": the list's heading's one state
    "list_heading_state": _list_heading_state,
    "sole_opening_state": _sole_opening_state,
    "sole_opening_subject_state": _sole_opening_subject_state,
    # ", and its capital, C,": the sole opening state, no region named before "its"
    "unit_free_opening_state": _unit_free_opening_state,
    # "the three Baltic states": a list of that many states
    "group:": lambda ask, size: _state_list(ask.context, ask.before, int(size)),
    # "all five founders", "both signatories": the list or pair of states of the phrase's count
    "counted": lambda ask, _: _counted_states(ask),
    "opening_state": _opening_state,
    "opening_state_or_document_state": _opening_state_or_document_state,
    "sentence_opening_state": _sentence_opening_state,
    "sole_state_before": _sole_state_before,
    "sole_state_before_or_own": _sole_state_before_or_own,
    "opening_or_topic": _opening_or_topic,
    # "its predecessor": the one the text named as the topic's
    "predecessor": lambda ask, _: _predecessor_of_topic(ask.context),
    # "A and B ...; the latter ..."
    "former": lambda ask, _: _former_or_latter(ask.context, ask.before, "former"),
    "latter": lambda ask, _: _former_or_latter(ask.context, ask.before, "latter"),
    "latter_two": lambda ask, _: _former_or_latter(ask.context, ask.before, "latter_two"),
    # "A, B, C and D signed T, under which the last|latter three ...": the last three of that list
    "latter_counted": lambda ask, _: _last_counted(ask),
    # a role a rule leaves to the topic: nothing if a nearer sentence named another organisation
    "topic": _unrivalled_topic,
    # "A and B are among its members": the topic, unless the sentence named another organisation
    "its_topic": _its_topic,
    # "the Bank" after "the Eurasian Development Bank": the one thing named with that head
    "short_form": lambda ask, _: _short_form(ask, ""),
}


#: The determiners and fixed words of a definite description, which no name needs to hold.
_DESCRIPTION_WORDS = lexicon.words("description-words")


def _nearest(
    context: ReferenceContext,
    wanted: str,
    before: list[Mention],
    span: tuple[int, int] | None,
) -> list[EntityRef]:
    """ "the bloc", "the pipeline", "the accord": the entity of class ``wanted`` named nearest
    before it in the sentence (a group of two such: nothing), else the one named in the nearest
    earlier sentence of its paragraph that named one (two there: nothing), else of the paragraph
    before, else the entity the document's first sentence opened with; the last two only while
    the phrase's paragraph has named nothing but _ACTORS (states, places, people, companies).

    ``wanted`` is "<Class>", "<Class>/*" (the name must hold the phrase's head: "the
    consortium") or "<Class>+" (it must hold every word between the determiner and the head:
    "the oil pipeline" is no Atyrau-Samara pipeline)."""
    fits = _fitting(context.text, wanted, span)
    if span is None:  # a rule's default: this sentence only
        return _one_fitting(_all_named(before), fits) or []
    unnamed = _indefinite(_head(context.text, span))
    for mention in reversed([m for m in before if _apart(context.text, m.end, span[0])]):
        found = _one_fitting(named_entities(mention), fits)
        if found is not None:  # "the X Treaty ... an accord ... the agreement": not the treaty
            return [] if _introduces(unnamed, context.text, mention.end, span[0]) else found
    if _introduces(unnamed, context.text, context.sentence_start, span[0]):
        return []
    sentences, other_topic = _earlier_sentences(context, before, span[0])
    for start, end, named in sentences:
        found = _one_fitting(named, fits)
        if found and all(e.unnamed for e in found):  # "an accord ... the agreement": that accord
            return found
        if _introduces(unnamed, context.text, start, end):
            return []
        if found is not None:
            return found
    opening = context.document_opening
    return [opening] if opening is not None and fits(opening) and not other_topic else []


def _class_pair(context: ReferenceContext, cls: str, before: list[Mention]) -> list[EntityRef]:
    """ "both organisations", "the two treaties": the two distinct entities of ``cls`` the
    sentence named before the phrase, else (if it named none) the two the sentence before
    named; any other number gives nothing."""
    here = _unique(e for e in _all_named(before) if cls in e.kinds)
    if here:
        return here if len(here) == 2 else []
    last = context.paragraph[-1][1] if context.paragraph else []
    earlier = _unique(e for e in last if cls in e.kinds)
    return earlier if len(earlier) == 2 else []


def _fitting(text: str, wanted: str, span: tuple[int, int] | None):
    """The test an entity must pass to be what a near:``wanted`` phrase at ``span`` names."""
    cls, _, head = wanted.partition("/")
    words = []
    if cls.endswith("+"):
        cls = cls.removesuffix("+")
        words = _modifiers(text, span)
    noun = _head(text, span).lower() if span else ""
    if head == "*":  # the head itself: "the consortium", "the association"
        words.append(noun or "\n")

    def fits(entity: EntityRef) -> bool:
        name = _name_words(entity.label)
        if entity.unnamed and not name & set(_same_kind(noun)):
            return False  # "a protocol to the treaty": the treaty is no unnamed protocol
        return cls in entity.kinds and all(word in name for word in words)

    return fits


#: What a paragraph may name without changing the topic a description refers back to: the
#: states, places, people and companies that act on it ("Chevron holds a stake in the consortium").
_ACTORS = frozenset(["State", "Person", "Place", "Language", "Company"])


def _earlier_sentences(context: ReferenceContext, before: list[Mention], at: int):
    """(start, end, entities named) of the sentences before the one being read, latest first:
    those of its paragraph, then those of the paragraph before unless its own paragraph has
    named something other than _ACTORS so far; and whether it has."""
    opens = _new_paragraph(context.text, _previous_start(context), at)
    current = [] if opens else context.paragraph
    previous = context.paragraph if opens else context.previous_paragraph
    named = _all_named(before) + [e for _, n in current for e in n]
    other_topic = any(not _ACTORS.intersection(e.kinds) for e in named)
    sentences = current if other_topic else previous + current
    ends = [context.sentence_start, *(start for start, _ in reversed(sentences))]
    found = [(start, end, n) for (start, n), end in zip(reversed(sentences), ends, strict=False)]
    return found, other_topic


#: Heads that name one kind of thing: "an accord" is what "the agreement" after it refers to
#: (a protocol, a memorandum, a declaration or a charter is another kind of text).
_TREATY_HEADS = lexicon.phrases("treaty-kind-heads")


#: Other texts states adopt: an unnamed one between a treaty and "the agreement|document" may be
#: what the phrase means, so it refers to nothing ("the treaty|convention" after "a protocol" is
#: still the treaty: a protocol to it).
_OTHER_TEXTS = [
    "statement", "declaration", "communiqu[eé]", "road\\s?map", "plan", "programme", "program",
    "resolution", "letter", "note", "memorandum", "protocol", "charter",
]  # fmt: skip


#: "a second line ... the pipeline", "another pipeline ... the line": one kind of thing.
_LINE_HEADS = lexicon.phrases("line-kind-heads")


#: What else "the line" may be: a railway, road, cable ... named or not between a pipeline and
#: the phrase ("... the Druzhba pipeline. Kazakhstan built a railway to China. The line was
#: completed in 2012": the railway, perhaps), so it refers to nothing.
_OTHER_LINES = (
    r"\b(?:rail(?:way|road)?s?|roads?|highways?|motorways?|tram(?:way|line)?s?|metro|cables?|"
    r"canals?|power\s+lines?|transmission\s+lines?)\b"
)


def _same_kind(head: str) -> tuple[str, ...]:
    """The heads that name the kind of thing ``head`` names ("accord" for "agreement")."""
    head = head.lower()
    for kind in (_TREATY_HEADS, _LINE_HEADS):
        if head in kind:
            return kind
    return (head,) if head else ()


def _introduces(unnamed: re.Pattern, text: str, start: int, end: int) -> bool:
    """Whether text[start:end] introduces an unnamed thing ``unnamed`` matches, not in an
    apposition to a name or as what a name is ("the CSTO, a military alliance ...", "Kashagan
    is an offshore oil field": that alliance is the CSTO, that field Kashagan)."""
    return any(
        not _PREDICATE_BEFORE.search(text[max(start, found.start() - 12) : found.start()])
        for found in unnamed.finditer(text, start, end)
    )


#: What makes the indefinite after it a description of a name before: an apposition's comma or
#: bracket, a copula, "as".
_PREDICATE_BEFORE = re.compile(
    r"(?:[,(]|\b" + lexicon.alternation("predicate-words") + r")\s*$",
    re.IGNORECASE,
)


@lru_cache(maxsize=64)
def _indefinite(head: str) -> re.Pattern:
    """An indefinite noun phrase of ``head``'s kind ("a new trade accord", "another pipeline"):
    a thing the text introduces unnamed, nearer than any name."""
    heads = [re.escape(word) for word in _same_kind(head)] or ["(?!)"]
    if head.lower() in _TREATY_HEADS and head.lower() not in ("treaty", "convention"):
        heads += _OTHER_TEXTS  # "a joint statement ... the document": not the treaty before
    between = r"(?:(?!(?:of|the|to|in|on|with|and|for|by|its|their)\b)[\w'’-]+\s+){0,3}"
    indefinite = rf"\b(?:an?|another|one|new)\s+{between}(?:{'|'.join(heads)})s?\b"
    if head.lower() == "line":  # "a railway ... the line", "the road ... the line": not sure
        indefinite += "|" + _OTHER_LINES
    return re.compile(indefinite, re.IGNORECASE)


def _one_fitting(entities: list[EntityRef], fits) -> list[EntityRef] | None:
    """The one entity among ``entities`` that fits; [] if two or more do, None if none does."""
    found = _unique(filter(fits, entities))
    if not found:
        return None
    return found if len(found) == 1 else []


#: What ends a clause or opens another: punctuation, a conjunction or a relative word.
_CLAUSE_BOUNDARY = re.compile(
    r"[,;:()\[\]–—]|\b" + lexicon.alternation("description-clause-words") + r"\b",
    re.IGNORECASE,
)


def _apart(text: str, end: int, start: int) -> bool:
    """Whether a name ending at ``end`` may be what a description at ``start`` of the same
    sentence refers to: a clause boundary lies between them ("A joined O, and the bloc ...").
    In one clause the description is another thing ("Chevron holds a share in the venture"),
    and so is the possessor in an apposition ("China, the country's largest partner")."""
    between = text[end:start]
    if re.fullmatch(r"\s*,\s*", between):
        return False
    return _CLAUSE_BOUNDARY.search(between) is not None


def _head(text: str, span: tuple[int, int]) -> str:
    """The last word of the phrase at ``span``, its head ("pipeline" of "the oil pipeline")."""
    words = text[span[0] : span[1]].split()
    return words[-1] if words else ""


def _modifiers(text: str, span: tuple[int, int] | None) -> list[str]:
    """The words of a description between its determiner and its head ("oil" of "the oil
    pipeline")."""
    if span is None:
        return []
    words = text[span[0] : span[1]].lower().split()[:-1]
    return [word for word in words if word not in _DESCRIPTION_WORDS]


def _name_words(label: str) -> set[str]:
    return set(re.split(r"[\s\-–—/]+", label.lower()))


def named_entities(mention: Mention) -> list[EntityRef]:
    """Every entity a mention (or each member of its group) may name."""
    return [e for part in mention.members or [mention] for e in part.entities]


def _all_named(mentions: list[Mention]) -> list[EntityRef]:
    """Every entity the mentions (or the members of their groups) may name, in order."""
    return [e for mention in mentions for e in named_entities(mention)]


def _previous_start(context: ReferenceContext) -> int:
    """Where the sentence before began (the last one of its paragraph); -1 before the first."""
    return context.paragraph[-1][0] if context.paragraph else -1


#: A blank line: the end of a paragraph.
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _new_paragraph(text: str, previous_start: int, at: int) -> bool:
    """Whether a blank line lies between the sentence that began at ``previous_start`` and
    ``at``, unless that sentence was a heading (a short line with no closing punctuation):
    a heading belongs to the paragraph below it."""
    if previous_start < 0:
        return False
    parts = _BLANK_LINE.split(text[previous_start:at])
    if len(parts) == 1:
        return False
    return not (len(parts) == 2 and _is_heading(parts[0]))


def _is_heading(line: str) -> bool:
    line = line.strip()
    return bool(line) and "\n" not in line and len(line) <= 80 and line[-1] not in ".!?;:,"


def _demonym_state(context: ReferenceContext, span: tuple[int, int] | None) -> list[EntityRef]:
    """ "the Kazakh side|delegation": the one state the word before the noun names (a demonym
    or a name, which stays a mention of its own); none or two: nothing."""
    if span is None:
        return []
    words = context.text[context.sentence_start : span[0]].split()[-1:]
    keys = context.gazetteer.state_keys(words[0]) if words else []
    return [gazetteer_ref(context.gazetteer, keys[0])] if len(keys) == 1 else []


def _document_state(context: ReferenceContext) -> list[EntityRef]:
    """The state the text is written from; without metadata, the single state its first
    sentence opened with, if the text has named it more often than any other state so far."""
    if context.written_from:
        return [context.written_from]
    state = context.opening_state
    if state is None:
        return []
    counts = context.state_counts
    others = [n for key, n in counts.items() if key != state.key]
    return [state] if counts.get(state.key, 0) > max(others, default=0) else []


def _sole_person(context: ReferenceContext, named_before: list[EntityRef]) -> list[EntityRef]:
    """The one person this sentence named before the pronoun; if it named none, the one person
    the sentence before named; two people (or none at all): nothing."""
    people = _distinct(named_before, "Person")
    if not people:
        people = context.last_people
    return people if len(people) == 1 else []


def _distinct(entities: list[EntityRef], cls: str) -> list[EntityRef]:
    """The entities of class ``cls`` among ``entities``, each once, in the order first named."""
    return _unique(e for e in entities if e.cls == cls)


def _unique(entities: Iterable[EntityRef]) -> list[EntityRef]:
    """``entities`` each once (by key), in the order first named."""
    return list({e.key: e for e in entities}.values())


def _title_pair(named_before: list[EntityRef], gazetteer: Gazetteer) -> list[EntityRef]:
    """The two states a treaty named just before gives in its title ("... between A and B",
    "Agreement between the Government of A and the Government of B on X")."""
    treaties = [e for e in named_before if "Treaty" in e.kinds]
    if not treaties or named_before[-1] is not treaties[-1]:
        return []
    found = [gazetteer_ref(gazetteer, key) for key in title_parties(treaties[-1].label, gazetteer)]
    return found if all(e.cls == "State" for e in found) else []


def _pair(
    context: ReferenceContext, before: list[Mention], named_before: list[EntityRef]
) -> list[EntityRef]:
    """The one pair of _pair_candidates; two or more (nothing decides between them): none."""
    candidates = _pair_candidates(context, before, named_before)
    return list(candidates[0]) if len(candidates) == 1 else []


def _pair_candidates(
    context: ReferenceContext, before: list[Mention], named_before: list[EntityRef]
) -> list[list[EntityRef]]:
    """The pairs "both countries" may be: the two states named before in the sentence, else its
    "X and Y" lists of two states ("A and B recognised C, and both ..."), else (if it named no
    other state) the two states the title of the treaty named right before gives ("the
    Agreement between A and B on X, which the two governments signed"), else (if it named at
    most two) the context's pair and the pairs still in reach beside it; when its line opens
    with one state as a key, only those of them that hold it ("• Turkey: the two countries
    established relations" after a pair of two other states: none), or, if none does and the
    pair held the text's own state, that state and the key (a list of its partners)."""
    states = _distinct(named_before, "State")
    if len(states) == 2:
        return [states]
    pairs = _distinct_pairs(_coordinated_pairs(before, context.text))
    if pairs:
        return pairs
    if len(states) > 2:  # "A and B, C's neighbours, ...": which two is anyone's guess
        return []
    titled = _title_pair(named_before, context.gazetteer)
    if titled and _within(states, titled):  # "[Our country values] the Agreement between the
        return [titled]  # Government of A and the Government of B on X, which the two ... signed"
    if len(states) == 1 and _joined_to_name(before, states[0], context.text):
        return []  # "The Holy See and A ..., and the two sides": the sentence's own pair
    if len(context.pair) != 2:
        return []
    pairs = _distinct_pairs([context.pair, *context.pair_rivals])
    if len(states) == 1 and _line_key(before, states[0], context.text):
        key = states[0]
        holding = [pair for pair in pairs if key.key in {e.key for e in pair}]
        own = context.written_from
        if holding or own is None or own.key not in {e.key for e in context.pair}:
            return holding
        return [[own, key]]  # the text's own state and the line's partner
    return pairs


def _line_key(before: list[Mention], state: EntityRef, text: str) -> bool:
    """Whether the sentence opens its line with ``state`` as a key ("• Turkey: the two
    countries established relations ...", "Netherlands: signed by the two governments"): the
    pair a reference after it names must hold that state."""
    for mention in before:
        if state.key not in {e.key for e in mention.entities}:
            continue
        line = text.rfind("\n", 0, mention.start) + 1
        if _opening(text, line) == mention.start and text[mention.end : mention.end + 1] == ":":
            return True
    return False


#: A name joined to a state by "and": "the Holy See and A", "A and the Sovereign Order".
_NAME_AND_BEFORE = re.compile(r"\b[A-Z][\w'’.-]*\s+(?:and|&)\s+(?:the\s+)?$")
_AND_NAME_AFTER = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?[A-Z]")


def _joined_to_name(before: list[Mention], state: EntityRef, text: str) -> bool:
    """Whether the sentence names ``state`` in an "X and Y" with another name, one the pair
    reference may stand for though it is no state the gazetteer knows ("The Holy See and A
    established relations ..., and the two sides signed T"): the pair is then not the one an
    earlier sentence named."""
    for mention in before:
        if state.key not in {e.key for e in mention.entities}:
            continue
        if _NAME_AND_BEFORE.search(text, max(0, mention.start - 60), mention.start):
            return True
        if _AND_NAME_AFTER.match(text, mention.end):
            return True
    return False


def _distinct_pairs(pairs: list[list[EntityRef]]) -> list[list[EntityRef]]:
    """``pairs`` of two states each, each pair once (in either order)."""
    found: dict[frozenset, list[EntityRef]] = {}
    for pair in pairs:
        if len(pair) == 2:
            found.setdefault(frozenset(e.key for e in pair), list(pair))
    return list(found.values())


#: A state set off after the predicate with its own date: "Both countries are members of O,
#: Kazakhstan since December 1995", "(Kazakhstan since 1995)" (the state is one of the two).
_SET_OFF_BEFORE = re.compile(r"[,(]\s*(?:the\s+)?$", re.IGNORECASE)
_SET_OFF_AFTER = re.compile(
    r"\s+" + lexicon.alternation("set-off-date-prepositions") + r"\s+", re.IGNORECASE
)


def _pair_decided(
    entities: list[EntityRef], mention: Mention, mentions: list[Mention], context: ReferenceContext
) -> list[EntityRef]:
    """A pair reference whose sentence sets off one of the two with its own date ("Both
    countries are members of O, A since D"): the one candidate pair holding that state (none:
    nothing), else the pair as read."""
    text = context.text
    dated = {m.start for m in mentions if "Date" in m.kinds}
    named = {
        m.entities[0].key
        for m in mentions
        if m.start >= mention.end and m.entities[:1] and m.entities[0].cls == "State"
        and _SET_OFF_BEFORE.search(text[mention.end : m.start])
        and (after := _SET_OFF_AFTER.match(text, m.end)) and after.end() in dated
    }  # fmt: skip
    if not named or named <= {e.key for e in entities}:
        return entities
    before = [m for m in mentions if m.end <= mention.start]
    candidates = _pair_candidates(context, before, [e for m in before for e in m.entities])
    fitting = [pair for pair in candidates if named <= {e.key for e in pair}]
    return list(fitting[0]) if len(fitting) == 1 else []


#: "the two sides" said to be others' sides: "of" the dispute|sea, or named in an apposition
#: ("the two sides, Armenia and Azerbaijan,").
_SIDES_OWN = re.compile(r"\s+of\b|\s*,\s*(?:the\s+)?[A-Z]")


def _sides(ask: _Ask) -> list[EntityRef]:
    """ "The EU and Kazakhstan ... On D the two sides signed T": where no two states are the
    pair, "the two|both sides" are the one "X and Y" of a state and an international body the
    sentence named before them, else (it named no such pair) the one the sentence before named."""
    if ask.span is None or ask.context.text[ask.span[0] : ask.span[1]].split()[-1] != "sides":
        return []
    if _SIDES_OWN.match(ask.context.text, ask.span[1]):  # "the two sides of the dispute, A and B"
        return []
    found = _state_body_pairs(ask.before, ask.context.text) or ask.context.last_sides
    return list(found[0]) if len(found) == 1 else []


def _state_body_pairs(mentions: list[Mention], text: str) -> list[list[EntityRef]]:
    """Each "X and Y" of one state and one international organisation among the mentions ("the
    European Union and Kazakhstan"), neither of them part of a longer list."""
    single = [m.entities[0] if len(m.entities) == 1 and not m.members else None for m in mentions]
    links = [text[left.end : right.start] for left, right in itertools.pairwise(mentions)]
    found = []
    for i, link in enumerate(links, start=1):
        pair = [single[i - 1], single[i]]
        if None in pair or not _AND_BETWEEN.fullmatch(link):
            continue
        states = [e for e in pair if e.cls == "State"]
        bodies = [e for e in pair if "InternationalOrganisation" in e.kinds]
        longer = i >= 2 and _LIST_COMMA.fullmatch(links[i - 2])  # "A, B and C": no pair
        if len(states) == 1 and len(bodies) == 1 and not longer:
            found.append(pair)
    return found


def _state_list(context: ReferenceContext, before: list[Mention], size: int) -> list[EntityRef]:
    """The last list of ``size`` states named before in the sentence, else in the sentence
    before; nothing if that list has another number of states."""
    lists = _coordinated_states(before, context.text) or context.state_lists
    return list(lists[-1]) if lists and len(lists[-1]) == size else []


#: A part of a counted group: "two of|none of|most of|not all of the five states".
_PART_OF = re.compile(
    r"\b(?:\d+|" + lexicon.alternation("part-of-quantifiers") + r")\s+of\s*$",
    re.IGNORECASE,
)


def _counted_states(ask: _Ask) -> list[EntityRef]:
    """ "the three founders", "all five signatories", "both founding members": the one list
    (two: the one pair) of that many states named in the sentence, else in the sentence before
    (the pair: the context's); two lists of that many give nothing. Governed by a word of its
    own clause ("Turkey and Iran criticised the two founders", "talks with both signatories")
    it names other states than the clause's: not those before it in the sentence."""
    if ask.span is None:
        return []
    words = ask.context.text[ask.span[0] : ask.span[1]].lower().split()
    count = _spelled_count(words)
    count = count or (2 if words[0] == "both" else 0)
    if count < 2:
        return []
    context = ask.context
    if _PART_OF.search(context.text, context.sentence_start, ask.span[0]):
        return []  # "only two of the (same) five states signed": not all five
    if _governed(context.text, context.sentence_start, ask.span[0]):
        found = _counted_in_context(context, count)
        named = {e.key for e in ask.states_before}
        return [] if named & {e.key for e in found} else found
    if count == 2 and len(ask.states_before) == 2:
        return ask.states_before
    lists = _coordinated_states(ask.before, context.text)
    if not lists:
        found = _counted_in_context(context, count)
        return found or (_same_list(context, count) if "same" in words else [])
    fitting = [found for found in lists if len(found) == count]
    return list(fitting[0]) if len(fitting) == 1 else []


def _same_list(context: ReferenceContext, count: int) -> list[EntityRef]:
    """ "the same five states": the latest list of three or more states the text named before,
    if it has that many (two are the pair's: "the same two" is not read so)."""
    latest = context.listed_states[-1] if context.listed_states else []
    return list(latest) if count > 2 and len(latest) == count else []


def _counted_in_context(context: ReferenceContext, count: int) -> list[EntityRef]:
    """The one list of ``count`` states the sentence before named (two: the context's pair,
    unless the sentence before named two pairs of states)."""
    if count == 2:
        pairs = [found for found in context.last_lists
                 if len(found) == 2 and all(e.cls == "State" for e in found)]  # fmt: skip
        return list(context.pair) if len(context.pair) == 2 and len(pairs) < 2 else []
    fitting = [found for found in context.state_lists if len(found) == count]
    return list(fitting[0]) if len(fitting) == 1 else []


#: What may stand right before a phrase that opens its own clause or stands in apposition: the
#: sentence's start, punctuation, ", and|but|while ...", a capitalised word or a figure ("In
#: 2015 the two founders"); any other word governs it (a verb, a preposition, a relative "that").
_CLAUSE_OPENING = re.compile(
    r"(?:^|[,;:(\u2013\u2014]|[,;]\s*"
    + lexicon.alternation("clause-opening-conjunctions")
    + r"|\b[A-Z][\w'’-]*|\d)\s*$"
)


def _governed(text: str, start: int, at: int) -> bool:
    """Whether a phrase at ``at`` is governed by a word of its clause (see _CLAUSE_OPENING)."""
    return _CLAUSE_OPENING.search(text[start:at]) is None


_AND_BETWEEN = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?", re.IGNORECASE)


def _coordinated_pairs(before: list[Mention], text: str) -> list[list[EntityRef]]:
    """Each "X and Y" of two states among the mentions (not the end of "W, X and Y")."""
    return [states for states in _coordinated_states(before, text) if len(states) == 2]


_LIST_COMMA = re.compile(r"\s*,\s*(?:and\s+)?(?:the\s+)?", re.IGNORECASE)


def _coordinated_states(before: list[Mention], text: str) -> list[list[EntityRef]]:
    """Each list of distinct states among the mentions: "X and Y", "W, X and Y" (the last
    link an "and"; the others commas)."""
    states = [next((e for e in m.entities if e.cls == "State"), None) for m in before]
    lists, run = [], []
    for i, state in enumerate(states):
        if state is None:
            run = []
            continue
        link = _list_link(text[before[i - 1].end : before[i].start]) if i and run else None
        if link == "closes":
            if state.key not in {e.key for e in run}:
                lists.append([*run, state])
            run = []
        elif link == "continues":
            run = [*run, state]
        else:
            run = [state]
    return [found for found in lists if _each_once(found)]


def _list_link(link: str) -> str | None:
    """What the words between two names of a list do: "closes" it (" and ", ", and "),
    "continues" it (", ") or neither (None)."""
    if not _LIST_COMMA.fullmatch(link):
        return "closes" if _AND_BETWEEN.fullmatch(link) else None
    return "closes" if link.strip(" ,").lower().startswith("and") else "continues"


def _each_once(entities: list[EntityRef]) -> bool:
    """Whether no entity stands twice in ``entities``."""
    return len({e.key for e in entities}) == len(entities)


def _former_or_latter(
    context: ReferenceContext, before: list[Mention], strategy: str
) -> list[EntityRef]:
    """ "the former" / "the latter": the first / last of the last "A and B" list named before
    in the sentence, else of the previous sentence's last list; "the latter two": the last two
    of that list (of a pair, the pair: "A and B joined O. C and D joined it later. The latter two
    ..."). Nothing if there is no list, or for "the former|latter" one of another size than two
    ("A, B and C ...; the latter" could be C or anyone's guess of a pair)."""
    lists = _coordinated_lists(before, context.text) or context.last_lists
    if not lists:
        return []
    found = lists[-1]
    if strategy == "latter_two":
        return list(found[-2:])  # of a list of two, the pair itself (named after others)
    if len(found) != 2:
        return []
    return [found[0]] if strategy == "former" else [found[1]]


def _spelled_count(words: list[str]) -> int:
    """The count a phrase's words spell, 0 if none.

    >>> _spelled_count(["the", "last", "four"])
    4
    """
    return next((NUMBER_WORDS[w] for w in words if w in NUMBER_WORDS), 0)


def _last_counted(ask: _Ask) -> list[EntityRef]:
    """ "the last|latter three|four|five": the last that many of the list named before
    (_last_of_list), the count read off the phrase."""
    if ask.span is None:
        return []
    count = _spelled_count(ask.context.text[ask.span[0] : ask.span[1]].lower().split())
    return _last_of_list(ask.context, ask.before, count) if count else []


def _last_of_list(context: ReferenceContext, before: list[Mention], size: int) -> list[EntityRef]:
    """ "the last|latter three": the last ``size`` of the last list named before in the sentence,
    else of the previous sentence's last list, when that list is longer (a list of as many, or
    fewer, is not parted so: nothing)."""
    lists = _coordinated_lists(before, context.text) or context.last_lists
    if not lists or len(lists[-1]) <= size:
        return []
    return list(lists[-1][-size:])


def _coordinated_lists(before: list[Mention], text: str) -> list[list[EntityRef]]:
    """Each list of distinct entities of one class among the mentions ("A and B", "A, B and C",
    the last link an "and"), as _coordinated_states finds lists of states."""
    lists, run, run_cls = [], [], None
    for i, mention in enumerate(before):
        entity = mention.entities[0] if mention.entities and not mention.members else None
        if entity is None or mention.source in ("value", "reference"):
            run = []
            continue
        link = _list_link(text[before[i - 1].end : before[i].start]) if i and run else None
        same = run and entity.cls == run_cls and entity.key not in {e.key for e in run}
        if same and link == "closes":
            lists.append([*run, entity])
            run = []
        elif same and link == "continues":
            run = [*run, entity]
        else:
            run, run_cls = [entity], entity.cls
    return lists


def _headed_organisation(
    context: ReferenceContext, head: str, named_before: list[EntityRef]
) -> list[EntityRef]:
    """The one organisation under discussion or named in earlier sentences (else in this one)
    whose name has the word ``head``: "the fund" after "the UN General Assembly" is still the
    Aral Sea fund; two such ("the EU ... the Western European Union ... the union") give nothing,
    nor does one the text named as another's predecessor."""
    candidates = [context.topic, *reversed(context.recent)]
    if not _fitting_heads(candidates, head, context):  # none before: this sentence's own
        candidates = list(reversed(named_before))
    fitting = _fitting_heads(candidates, head, context)
    return list(fitting.values()) if len(fitting) == 1 else []


def _fitting_heads(candidates: list, head: str, context: ReferenceContext) -> dict:
    """The organisations among ``candidates`` whose name has ``head``, predecessors left out."""
    return {
        entity.key: entity
        for entity in candidates
        if entity and "Organisation" in entity.kinds and head in entity.label.lower().split()
        and entity.key not in context.predecessors  # "P ... was the union's forerunner": not P
    }  # fmt: skip


def _predecessor_of_topic(context: ReferenceContext) -> list[EntityRef]:
    """ "its predecessor": the one organisation the text named as the predecessor of the one
    under discussion ("The OSCE grew out of the CSCE. ... were admitted to its predecessor")."""
    topic = context.topic
    found = [p for p, after in context.predecessors.values() if topic and after == topic.key]
    return found if len(found) == 1 else []


#: The rule id of a short form's mention (find_acronym_mentions finds them, not a line).
SHORT_FORM_RULE = "short-form"
#: The classes a name may be shortened to its head noun for ("the Bank", "the Treaty", "the
#: Pipeline", "the deposit"); a state, place, person or language is never "the <head>" of its
#: own name.
_SHORT_FORM_KINDS = ("Organisation", "Treaty", "EnergyProject", "ResourceDeposit", "Programme")
_NEVER_SHORTENED = frozenset(["State", "Place", "Person", "Language"])
#: The small words after which a title's head has been named ("Treaty on X", "Bank for X",
#: "Eurasian Group on X"): its head is the word before the first of them.
_TITLE_LINKS = lexicon.words("title-links")
#: A head noun: a plain word, capitalised or not ("Bank", "pipeline"), no acronym, no hyphen.
_HEAD_NOUN = re.compile(r"[A-Za-z][a-z]{2,}")
#: "the|this <Head>" in a sentence; the word before the head must be the determiner itself.
#: A head glued to a hyphen or apostrophe goes on as another word ("the Union-wide"), but for
#: the possessive: "the Council's presidency" is the Council's.
_SHORT_FORM = re.compile(r"\b(?:[Tt]he|[Tt]his)\s+([A-Za-z][a-z]{2,})\b(?![-–]\w|['’](?!s\b)\w)")
#: What may follow the head: a possessive ("the Bank's capital"), else one token.
_POSSESSIVE = re.compile(r"['’]s\b")
_NEXT_TOKEN = re.compile(r"\s*(\w+|[^\w\s])")
#: A date opening the words after a preposition: "on 2 January 2015", "on January 2".
_DATE_AFTER = re.compile(rf"\s+(?:\d|(?:{MONTH_NAMES})\b)")


def name_head(name: str) -> str | None:
    """The head noun of a name (lowercase): its last word, or the last word before a title's
    linking word; None for a one-word name or a head that is no plain word.

    >>> name_head("Eurasian Development Bank"), name_head("Treaty on Collective Security")
    ('bank', 'treaty')
    >>> name_head("Eurasian Group on Combating Money Laundering"), name_head("Tengizchevroil")
    ('group', None)
    >>> name_head("Agreement Establishing the Eurasian Development Bank")
    'agreement'
    """
    words = re.sub(r"\([^)]*\)", " ", name).split()
    if words and words[0].lower() == "the":
        words = words[1:]
    links = (i for i, word in enumerate(words) if word in _TITLE_LINKS)
    # "Man and the Biosphere Programme": a "the" after "and" opens no title's complement
    link = next(
        (i for i in links if words[i] != "the" or words[i - 1] not in ("and", "&")), len(words)
    )
    if 1 < link < len(words) and words[link] == "the" and words[link - 1].endswith("ing"):
        link -= 1  # "Agreement Establishing the X Bank": a participle and its object
    if link == 0 or (link == 1 and link == len(words)):
        return None  # "of X" or a one-word name: no head to shorten it to
    head = words[link - 1]
    return head_key(head) if _HEAD_NOUN.fullmatch(head) else None


#: British and American spellings of one head ("Organisation" and "Organization").
_SPELLINGS = ((re.compile(r"isation$"), "ization"), (re.compile(r"^programme$"), "program"),
              (re.compile(r"tre$"), "ter"))  # fmt: skip


def head_key(word: str) -> str:
    """A head noun as short forms compare it: lowercase, one spelling.

    >>> head_key("Organisation"), head_key("programme"), head_key("Centre"), head_key("Bank")
    ('organization', 'program', 'center', 'bank')
    """
    word = word.lower()
    for spelling, other in _SPELLINGS:
        word = spelling.sub(other, word)
    return word


def _heads_of(entity: EntityRef, surface: str, gazetteer: Gazetteer) -> set[str]:
    """The head nouns ``entity`` may be shortened to: of its label and of the name the text
    used (``surface``); none for a class that is never shortened so, nor a head that is a
    name itself ("Air Astana": "the Astana" is no short form of it)."""
    kinds = set(entity.kinds)
    if entity.unnamed or kinds & _NEVER_SHORTENED or not kinds & set(_SHORT_FORM_KINDS):
        return set()
    heads = {name_head(entity.label), name_head(surface)} - {None}
    return {head for head in heads if not gazetteer.lookup(head)}


#: A known name inside another's title: "Agreement Establishing the Eurasian Development Bank".
_INNER_NAME = re.compile(r"\sthe\s+((?:[A-Z][\w'’-]*\s?)+)")


def _shortenable(mention: Mention, text: str, gazetteer: Gazetteer):
    """(head, entity) for each thing ``mention`` names (each member of a group naming one) that
    "the <head>" may later stand for: the organisation, treaty, pipeline or programme itself,
    and one the gazetteer knows by a name inside its title ("the Bank" after "the Agreement
    Establishing the Eurasian Development Bank")."""
    for part in mention.members or [mention]:
        if len(part.entities) != 1:
            continue
        entity = part.entities[0]
        surface = text[part.start : part.end] if part.source != "reference" else ""
        for head in _heads_of(entity, surface, gazetteer):
            yield head, entity
        for inner in _INNER_NAME.finditer(surface):
            keys = gazetteer.lookup(inner.group(1).strip())
            inside = gazetteer_ref(gazetteer, keys[0]) if len(keys) == 1 else None
            for head in _heads_of(inside, "", gazetteer) if inside else ():
                yield head, inside


def _note_heads(mentions: list[Mention], context: ReferenceContext, text: str) -> None:
    """Remember the head nouns of this sentence's named organisations, treaties, pipelines and
    programmes, and where each was named last (a short form of one refreshes it too)."""
    for mention in mentions:
        for head, entity in _shortenable(mention, text, context.gazetteer):
            context.heads.setdefault(head, {})[entity.key] = (entity, mention.end)
        named = mention.entities if len(mention.entities) == 1 else []
        if context.first_company is None and named and named[0].cls == "Company":
            context.first_company = named[0]


@lru_cache(maxsize=4)
def _short_form_words(directory: Path) -> dict[str, frozenset[str]]:
    """references.jsonl's HEAD_QUALIFIERS (words after a head that make it another thing's
    name: "the Bank of England"), NOT_SHORT_FORMS (heads never read as a short form: "the
    State") and NOT_LOWERCASE_SHORT_FORMS (nor lowercase: "the project")."""
    lists: dict[str, list[str]] = {}
    for _, record in read_jsonl(directory / "references.jsonl", ("id",)):
        lists |= record.get("define", {})
    names = ("HEAD_QUALIFIERS", "NOT_SHORT_FORMS", "NOT_LOWERCASE_SHORT_FORMS")
    return {name: frozenset(w.lower() for w in lists.get(name, [])) for name in names}


def _never_short(head: str) -> bool:
    """Whether "the <head>" is never a short form, whatever was named before."""
    words = _short_form_words(rules_dir())
    lowercase = head.islower() and head in words["NOT_LOWERCASE_SHORT_FORMS"]
    return lowercase or head.lower() in words["NOT_SHORT_FORMS"]


def _short_form_mentions(
    text: str, start: int, end: int, context: ReferenceContext, mentions: list[Mention]
) -> list[Mention]:
    """ "the|this <Head>" outside every mention, where <Head> is the head noun of a name the
    document gave before, in an earlier sentence or before it in this one ("The United Nations
    Security Council held a briefing, ... which holds the Council's presidency"): a reference
    (SHORT_FORM_RULE) resolve_references reads by short_form. Not where the head goes on as a
    name ("the Union State") or is qualified ("the Bank of England", "the Treaty of Rome", "The
    Bank for International Settlements")."""
    found = []
    for match in _SHORT_FORM.finditer(text, start, end):
        head = match.group(1)
        # this sentence's own names only for a capitalised head: "the field's development"
        # after "the Tengiz oil field" is left to the lines that read it
        known = context.heads if head.islower() else _heads_so_far(context, mentions, match.start())
        if head_key(head) not in known:
            continue
        if _never_short(head):
            continue
        if not (head.islower() or head.istitle()):
            continue
        if head.islower() and _POSSESSIVE.match(text, match.end()):
            continue  # "the pipeline's builder": the lines that spell it read it
        if head.istitle() and opens_topic_name(text, match.end()):
            continue  # "the Treaty concerning the Reciprocal Encouragement ...": another name
        begin, finish = match.start(), match.end()
        if any(m.start < finish and begin < m.end for m in mentions):
            continue  # "the Union of Soviet Socialist Republics", a reference line's own phrase
        if _head_ends_phrase(text, finish, end):
            found.append(Mention(begin, finish, ("Reference",), "reference", rule=SHORT_FORM_RULE))
    return found


def _heads_so_far(context: ReferenceContext, mentions: list[Mention], at: int) -> set[str]:
    """The heads of the names given in earlier sentences and, read off their words (they are not
    linked yet), of those given before ``at`` in this one."""
    here = set()
    for mention in mentions:
        kinds = set(mention.kinds)
        if mention.end > at or mention.source == "reference" or kinds & _NEVER_SHORTENED:
            continue
        head = name_head(context.text[mention.start : mention.end])
        if kinds & set(_SHORT_FORM_KINDS) and head and not context.gazetteer.lookup(head):
            here.add(head)
    return set(context.heads) | here


def _head_ends_phrase(text: str, at: int, end: int, treaty: bool = False) -> bool:
    """Whether the head ending at ``at`` ends its noun phrase: a possessive follows, or a word
    that is neither capitalised ("the Union State") nor a HEAD_QUALIFIERS word ("the Bank of
    England"; a participle only after a treaty's head: "the Treaty signed in Rome", while "the
    Bank signed a loan") nor, after a lowercase head, a noun it qualifies ("the energy market")."""
    if _POSSESSIVE.match(text, at):
        return True
    after = _NEXT_TOKEN.match(text, at, end)
    word = after.group(1) if after else ""
    qualifier = word.lower() in _short_form_words(rules_dir())["HEAD_QUALIFIERS"]
    if qualifier and after and _DATE_AFTER.match(text, after.end(), end):
        return True  # "joined the Union on 2 January 2015": a date, not the head's complement
    if word[:1].isupper() or (qualifier and (treaty or not word.endswith("ed"))):
        return False
    lowercase = text[max(0, at - 40) : at].split()[-1].islower()
    return not (lowercase and word.isalpha() and not continues_clause(word))


def _short_form(ask: _Ask, _: str) -> list[EntityRef]:
    """ "the Bank", "this Treaty", "the consortium": the organisation, treaty, pipeline or
    programme the document named before whose name has that head noun ("Eurasian Development
    Bank", "Treaty on Collective Security"). Two such named so far give nothing unless the
    latest is the organisation under discussion (and _may_shorten); NOT_SHORT_FORMS ("the
    State") and, lowercase, NOT_LOWERCASE_SHORT_FORMS ("the project") are none; one named as
    another's predecessor is left out when another has the head too."""
    context, span = ask.context, ask.span
    if span is None:
        return []
    head = _head(context.text, span)
    found = dict(context.heads.get(head_key(head), {}))
    for mention in ask.before:
        for named, entity in _shortenable(mention, context.text, context.gazetteer):
            if named == head_key(head):
                found[entity.key] = (entity, mention.end)
    ranked = sorted(found.values(), key=lambda item: item[1])
    if len(ranked) > 1:  # "O grew out of P ... the Union": not P, unless P alone has the head
        ranked = [item for item in ranked if item[0].key not in context.predecessors]
    if not ranked or _never_short(head):
        return []
    entity, named_at = ranked[-1]
    topic = context.topic
    if len(ranked) > 1 and (topic is None or topic.key != entity.key):
        return []  # "the Asian Development Bank ... the Eurasian Development Bank ... the Bank"
    return [entity] if _may_shorten(context, entity, named_at, span) else []


def _may_shorten(
    context: ReferenceContext, entity: EntityRef, named_at: int, span: tuple[int, int]
) -> bool:
    """Whether the phrase at ``span`` may be the short form of ``entity``, named last where
    ``named_at`` is: no indefinite one of its kind introduced since ("a new development bank
    ... the Bank"); a lowercase head only right after the name; a company only if it is the
    document's first ("KazMunayGas reported ... NCOC ... the Company's profit": the issuer's);
    the head ends its noun phrase (_head_ends_phrase; a treaty's not before a participle: "the
    Treaty signed in Rome" may be another); no
    other name with the head since ("... the Development Bank of Kazakhstan. Russia joined the
    Bank"); not in a sentence set before the thing's time (_earlier_times)."""
    head = _head(context.text, span)
    if _introduces(_indefinite(head), context.text, named_at, span[0]):
        return False
    between = _WORD.findall(context.text, named_at, span[0])
    if any(head_key(word) == head_key(head) for word in between):
        return False  # another name with the head, one no gazetteer knows, stands nearer
    if _earlier_times(context.text, named_at, span):
        return False
    if head.islower() and named_at < _previous_start(context):
        return False
    first = context.first_company
    if entity.cls == "Company" and first is not None and first.key != entity.key:
        return False
    treaty = "Treaty" in entity.kinds  # "the Treaty signed in Rome", but "the Bank signed"
    return _head_ends_phrase(context.text, span[1], len(context.text), treaty)


_WORD = re.compile(r"[A-Za-z]+")
#: What sets a sentence in Soviet times, before any organisation or treaty of independent states.
#: ("a former Soviet republic, A joined the Union" sets it in no time).
_SOVIET_TIMES = re.compile(
    r"\b(?:Soviet\s+" + lexicon.alternation("soviet-time-nouns") + r"|(?:under|in)\s+Soviet|USSR|"
    r"U\.S\.S\.R)(?!\w)",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?<![\d$£€])(?<!\d[.,])(?:1[89]\d\d|20\d\d)(?!\d|[.,]\d)")
#: A time a sentence is set before: "Before 1991", "until 1989", "prior to 1991", "in the 1980s".
_BEFORE_YEAR = re.compile(
    r"\b(?:"
    + lexicon.alternation("before-year-words")
    + r"\s+(1[89]\d\d|20\d\d)|the\s+(1[89]\d0)s)\b",
    re.IGNORECASE,
)


def _earlier_times(text: str, named_at: int, span: tuple[int, int]) -> bool:
    """Whether the sentence at ``span`` is set before the time of the thing named last at
    ``named_at``: a Soviet cue ("In the Soviet era, A and B were founding members of the Union"
    after "the Eurasian Economic Union"), or a time before the first year of the sentence that
    named it ("... the Union in 2015. Before 1991, A and B were members of the Union")."""
    here = _sentence_around(text, span[0])
    if _SOVIET_TIMES.search(here):
        return True
    years = [int(found.group(1) or found.group(2)) for found in _BEFORE_YEAR.finditer(here)]
    named = [int(y) for y in _YEAR.findall(_sentence_around(text, max(named_at - 1, 0)))]
    return bool(years and named) and min(years) <= min(named)


def _sentence_around(text: str, at: int) -> str:
    """The sentence of ``text`` that holds the character at ``at``."""
    ends = [found.end() for found in _SENTENCE_END.finditer(text, 0, at)]
    after = _SENTENCE_END.search(text, at)
    return text[ends[-1] if ends else 0 : after.end() if after else len(text)]


_ASIDE = r"\s*(?:\([^)]*\)\s*)?"
#: The words between a successor and its predecessor: "O grew out of P", "O, whose predecessor
#: was P", "Its forerunner was P", "O's predecessor, P".
_SUCCESSOR_FIRST = re.compile(
    _ASIDE + r"(?:['’]s\s+(?:predecessor|forerunner)\s*(?:,|was|is)|,?\s*whose\s+(?:predecessor|"
    r"forerunner)\s*(?:,|was|is)|(?:predecessor|forerunner)\s+(?:was|is)|grew\s+out\s+of|"
    r"evolved\s+(?:out\s+of|from)|emerged\s+from|traces\s+its\s+(?:origins|roots)\s+(?:back\s+)?to|"
    r"(?:is|was)\s+the\s+successor\s+(?:of|to)|succeeded)\s*(?:the\s+)?",
    re.IGNORECASE,
)
#: ... and between a predecessor and its successor: "P, the predecessor of O", "P was the
#: forerunner of O"; "P, launched in D, was O's forerunner" (the possessive after O).
_PREDECESSOR_FIRST = re.compile(
    _ASIDE + r",?\s*(?:(?:was|is|became)\s+)?(?:the|its)\s+(?:predecessor|forerunner)\s+(?:of|to)"
    r"\s*(?:the\s+)?",
    re.IGNORECASE,
)
_BEFORE_POSSESSIVE = re.compile(_ASIDE + r"(?:,[^,]{1,60},)?\s*(?:was|is|became)\s+(?:the\s+)?")
_POSSESSIVE_PREDECESSOR = re.compile(r"['’]s\s+(?:predecessor|forerunner)\b", re.IGNORECASE)


#: Between an organisation and its former name (FP23): "O, known until 1995 as P",
#: "O (formerly P)", "O was founded in 2009 by A and B as P": P is O under an older name.
_FORMER_NAME = re.compile(
    r",?\s*\(?\s*(?:(?:which|that)\s+was\s+)?(?:(?:known|called|named)\s+(?:until|till|before)\s+"
    r"\d{4}\s+as|formerly(?:\s+(?:known\s+as|called|named))?|(?:was\s+)?(?:founded|established|"
    r"created|set\s+up)(?:\s+in\s+\d{4})?(?:\s+by\s+[^;.()]{1,120}?)?\s+as)\s*(?:the\s+)?",
    re.IGNORECASE,
)


def _note_predecessors(mentions: list[Mention], text: str, context: ReferenceContext) -> None:
    """Remember which organisation this sentence names as another's predecessor."""
    named = _single_organisations(mentions)
    for left, right in itertools.pairwise(named):
        first, second = left.entities[0], right.entities[0]
        if first.key == second.key:
            continue
        between = text[left.end : right.start]
        if _SUCCESSOR_FIRST.fullmatch(between):
            context.predecessors[second.key] = (second, first.key)
        elif _PREDECESSOR_FIRST.fullmatch(between) or (
            _BEFORE_POSSESSIVE.fullmatch(between) and _POSSESSIVE_PREDECESSOR.match(text, right.end)
        ):
            context.predecessors[first.key] = (first, second.key)


def _single_organisations(mentions: list[Mention]) -> list[Mention]:
    """The mentions of one organisation each (no coordination)."""
    return [m for m in mentions if len(m.entities) == 1 and not m.members
            and "Organisation" in m.entities[0].kinds]  # fmt: skip


def _former_names(mentions: list[Mention], text: str) -> set[str]:
    """The organisations ``mentions`` name as another's former name right after it ("O, known
    until 1995 as P", "O (formerly P)", "O was founded in 2009 by A and B as P"): P's keys."""
    named = _single_organisations(mentions)
    return {
        right.entities[0].key
        for left, right in itertools.pairwise(named)
        if left.entities[0].key != right.entities[0].key
        and _FORMER_NAME.fullmatch(text[left.end : right.start])
    }


def resolve_references(
    mentions: list[Mention], context: ReferenceContext, strategies: dict[str, str]
) -> list[Mention]:
    """Give reference mentions their entities (dropping those that cannot be resolved)."""
    resolved: list[Mention] = []
    for mention in mentions:
        if mention.source == "reference":
            strategy = strategies.get(mention.rule, _OWN_RULES.get(mention.rule, ""))
            if strategy == "state_president":  # "the Kazakh president"
                entities, state = _state_president(mention, context)
                if not entities:  # no one (or two) named so before: the demonym's state
                    resolved += [state] if state else []
                    continue
            elif strategy == "written_from" and _quoted_first_person(mention, mentions, context):
                continue  # "'We joined ...,' said the Kyrgyz minister": not the text's own state
            else:
                span = (mention.start, mention.end)
                entities = _titled_short_form(context, strategy, resolved, span)
                entities = entities or resolve_strategy(context, strategy, resolved, span)
                if strategy == "pair":  # "Both countries ..., A since D": A is one of them
                    entities = _pair_decided(entities, mention, mentions, context)
            if not entities:
                resolved += _still_unnamed(mention, strategy, context)
                continue
            mention.entities = entities
            mention.kinds = tuple(dict.fromkeys(k for e in entities for k in e.kinds))
            if len(entities) > 1 and strategies.get(mention.rule) not in _ALTERNATIVES:
                mention.members = [_single(mention, e) for e in entities]
        resolved.append(mention)
    return resolved


def _titled_short_form(
    context: ReferenceContext, strategy: str, before: list[Mention], span: tuple[int, int]
) -> list[EntityRef]:
    """A capitalised head of any line's phrase ("the Convention", "the Organisation") is first
    a short form of the thing named with that head: "the Convention on the Legal Status of the
    Caspian Sea ... the Paris Agreement ... the Convention" is not the agreement near:Treaty
    would take; none (or two) such: the line's own strategy decides."""
    if strategy in ("short_form", "defined") or not _head(context.text, span).istitle():
        return []
    return _short_form(_Ask(context, before, span), "")


#: A first person ("we", "our", "my") and what marks it as someone's reported words: a
#: reporting clause ("said", "told", "according to" ...) anywhere in the sentence.
_FIRST_PERSON = re.compile(lexicon.alternation("first-person-words") + r"\b", re.IGNORECASE)
_REPORTING = re.compile(
    r"\b" + lexicon.alternation("reporting-words") + r"\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?][\"'”’]?(?:\s|$)")


#: The labels of a transcript's asking turns ("Q:", "INTERVIEWER:").
_ASKER_LABELS = lexicon.words("speaker-question-labels")


def _own_state(ask: _Ask) -> list[EntityRef]:
    """The document's own state (written_from); in a named speaker's turn of a transcript
    (_named_turn: "Mr Ivanov (Russia): My country ...") a first person is the speaker's state,
    and nothing when the text gives none ("Ms Bauer: We ...": a speaker the metadata does not
    describe)."""
    context = ask.context
    own = [context.written_from] if context.written_from else []
    if ask.span is None or not _FIRST_PERSON.match(context.text, ask.span[0]):
        return own
    speaker = _named_turn(context, context.text.rfind("\n", 0, ask.span[0]) + 1)
    return own if speaker is None else speaker  # "A: Our country ...": the metadata's speaker


def _named_turn(context: ReferenceContext, line_start: int) -> list[EntityRef] | None:
    """None for a line in the document's own voice or a role's turn ("A: ...", "AMBASSADOR:
    ..."); for a named speaker's turn, the speaker's state: the one its bracket names ("Mr
    Ivanov (Russia): ..."), none when the text gives none ("Ms Bauer: ..."). A name in capitals
    alone ("SMADIYAROV: ...") is no label: a briefing's own spokesperson as often as not."""
    label = SPEAKER_LABEL.match(context.text, line_start)
    if label is None or label["label"].split()[0] in _ROLE_LABELS:
        return None
    states = context.gazetteer.state_keys(label["state"]) if label["state"] else []
    return [gazetteer_ref(context.gazetteer, states[0])] if len(states) == 1 else []


#: The labels of a transcript's turns by role ("A:", "AMBASSADOR:"), not by a named person.
_ROLE_LABELS = lexicon.words("speaker-role-labels")


def _asker_turn(text: str, line_start: int) -> bool:
    """Whether the line opening at ``line_start`` is an asker's turn of a transcript ("Q: ...",
    "JOURNALIST: ..."; sentences.SPEAKER_LABEL)."""
    label = SPEAKER_LABEL.match(text, line_start)
    return label is not None and label["label"].split()[0] in _ASKER_LABELS


def _quoted_first_person(
    mention: Mention, mentions: list[Mention], context: ReferenceContext
) -> bool:
    """A first person is the document's own state (written_from) only in the document's own
    voice (in_other_voice: not quoted, not an asker's turn, not reported from another speaker),
    and not in a clause that names that state itself ("we have invested $5 billion in
    Kazakhstan")."""
    text = context.text
    if not _FIRST_PERSON.match(text, mention.start):
        return False
    speaker = _own_state(_Ask(context, [], (mention.start, mention.end)))  # a delegate's state
    own = speaker[0] if speaker else context.written_from
    if in_other_voice((mention.start, mention.end), mentions, context, own):
        return True
    named = [m for m in mentions if m is not mention and m.source != "reference" and m.entities]
    return any(
        _is_own(m, own) and not _CLAUSE_BREAK.search(
            text, min(m.end, mention.end), max(m.start, mention.start)
        ) for m in named
    )  # fmt: skip


def in_other_voice(
    span: tuple[int, int],
    mentions: list[Mention],
    context: ReferenceContext,
    own: EntityRef | None = None,
) -> bool:
    """Whether the words at ``span`` are another speaker's than the document's own voice, whose
    state (``own``, else written_from) they may not be: inside quotation marks (counted from the
    line's start), in an asker's turn of a transcript ("Q: ..."), or in a sentence whose
    reporting clause names another speaker ("the Chinese president said that my country ...",
    "a Chevron spokesman said", "..., the Kyrgyz minister said"; "The Head of State noted that
    ..." names none). A first person reads it (_quoted_first_person), and so does a rule whose
    role defaults to the text's own state ("Trade with Russia reached $3 billion, the Kyrgyz
    minister said": not the document's trade; extract._apply_defaults)."""
    text = context.text
    own = own or context.written_from
    line_start = text.rfind("\n", 0, span[0]) + 1
    before = text[line_start : span[0]]
    if before.count('"') % 2 or before.rfind("“") > before.rfind("”"):
        return True
    if _asker_turn(text, line_start):
        return True  # "Q: Has our country ...": the asker's country, which the text never names
    speaker = _named_turn(context, line_start)
    if speaker is not None and not (own and speaker and speaker[0].key == own.key):
        return True  # "SAIDOV: Trade with China reached ...": a speaker of another state
    start = context.sentence_start
    found = _SENTENCE_END.search(text, max(span[1], start))
    end = found.end() if found else len(text)
    named = [m for m in mentions if m.source != "reference" and m.entities]
    for verb in _REPORTING.finditer(text, start, end):
        left = max(start, *(text.rfind(c, start, verb.start()) + 1 for c in _SPEAKER_BOUNDS))
        right = min(
            [end] + [i for c in _SPEAKER_BOUNDS if (i := text.find(c, verb.end(), end)) >= 0]
        )
        if any(left <= m.start and m.end <= right and not _may_be_own(m, own) for m in named):
            return True  # "a Chevron spokesman said", "according to Reuters"
        for word in _CAPITALISED.findall(text, left, right):  # "the Kyrgyz minister said"
            keys = context.gazetteer.state_keys(word)
            if keys and not (own and own.key in keys):
                return True
    return False


def _may_be_own(mention: Mention, own: EntityRef | None) -> bool:
    """The mention may name the document's own state: a speaker "the Kazakh ministry" is the
    own state's, though "Kazakh" may be the language too (_is_own wants it named alone)."""
    return own is not None and any(e.key == own.key for e in mention.entities)


_CAPITALISED = re.compile(r"\b[A-Z][\w-]+")
#: What ends a reporting clause's speaker: punctuation, a quotation mark, "that".
_SPEAKER_BOUNDS = (",", ";", ":", '"', "“", "”", ".", " that ")
#: What parts a first person from a name of its own state in the same sentence.
_CLAUSE_BREAK = re.compile(r"[,;:()–—]")


def _is_own(mention: Mention, own: EntityRef | None) -> bool:
    """The mention names the document's own state and nothing else ("Kazakh" may be a language)."""
    return own is not None and all(e.key == own.key for e in mention.entities)


#: Heads a definite description (near:, defined) may take over from an unnamed thing's names
#: rule (names.jsonl), and that rule: what the head stays when nothing before resolves it.
_UNNAMED_HEADS = {"agreement": "unnamed-treaty", "accord": "unnamed-treaty",
                  "pact": "unnamed-treaty", "protocol": "unnamed-treaty",
                  "memorandum": "unnamed-memorandum"}  # fmt: skip


#: The references found by code rather than by a references.jsonl line, and their strategies.
_OWN_RULES = {SHORT_FORM_RULE: "short_form"}

#: Strategies resolve_references reads itself, outside _STRATEGIES.
_OWN_STRATEGIES = frozenset(["state_president"])


def known_strategy(strategy: str) -> bool:
    """Whether ``strategy`` names one _STRATEGIES (or resolve_references itself) knows.

    >>> known_strategy("near:Treaty"), known_strategy("pair"), known_strategy("near:")
    (True, True, False)
    >>> known_strategy("nearest:Treaty"), known_strategy("state_president")
    (False, True)
    """
    name, colon, argument = strategy.partition(":")
    if colon and not argument:
        return False  # "near:" without its class names nothing
    return strategy in _OWN_STRATEGIES or name + colon in _STRATEGIES


def check_reference_rules(directory: Path | None = None) -> None:
    """RuleFileError (file and line) for a references.jsonl line whose "refers_to" names no
    strategy (it would silently resolve to nothing), and for a names.jsonl rule _UNNAMED_HEADS
    names that the file lacks (it would fail at the first unresolved "the agreement")."""
    directory = directory or rules_dir()
    path = directory / "references.jsonl"
    for line, record in read_jsonl(path, ("id",)):
        strategy = record.get("refers_to")
        if strategy is not None and not (isinstance(strategy, str) and known_strategy(strategy)):
            raise RuleFileError(path, line, f"unknown refers_to strategy {strategy!r} "
                                "(see references._STRATEGIES)")  # fmt: skip
    names = directory / "names.jsonl"
    ids = {record["id"] for _, record in read_jsonl(names, ("id",))}
    missing = sorted(set(_UNNAMED_HEADS.values()) - ids)
    if missing:
        raise RuleFileError(names, None, f"no rule {missing[0]!r}, which references.py's "
                            "_UNNAMED_HEADS takes unresolved descriptions back to")  # fmt: skip


def _still_unnamed(mention: Mention, strategy: str, context: ReferenceContext) -> list[Mention]:
    """An unresolved "the agreement" (near:) stays the unnamed treaty "agreement" the names
    rules read it as before the description took it over."""
    head = _head(context.text, (mention.start, mention.end))
    taken = strategy.startswith(("near:", "defined"))
    rule_id = _UNNAMED_HEADS.get(head.lower()) if taken else None
    if rule_id is None:
        return []
    rule = default_matchers().rules[rule_id]
    unnamed = rule_mention(rule, mention.end - len(head), mention.end, head, context.gazetteer)
    return link_mentions([unnamed], context.gazetteer)  # as the names rules' mention is linked


_DEMONYM_PRESIDENT = re.compile(
    r"the\s+(.+?)\s+" + lexicon.alternation("president-nouns") + "$", re.IGNORECASE
)


def _state_president(
    mention: Mention, context: ReferenceContext
) -> tuple[list[EntityRef], Mention | None]:
    """ "the Kazakh president|leader": the one person named "Kazakh President X" before; and
    the demonym's state mention, to keep if no one (or more than one) was."""
    found = _DEMONYM_PRESIDENT.match(context.text[mention.start : mention.end])
    if found is None:
        return [], None
    gazetteer = context.gazetteer
    keys = gazetteer.state_keys(found.group(1))
    if len(keys) != 1:
        return [], None
    state = gazetteer_ref(gazetteer, keys[0])
    begin = mention.start + found.start(1)
    word = Mention(begin, begin + len(found.group(1)), state.kinds, "gazetteer", entities=[state])
    people = context.presidents.get(keys[0], {})
    return (list(people.values()), word) if len(people) == 1 else ([], word)


#: "Kazakh President X": a demonym, the title and the person; "President of [the] S X"; "our
#: country's Head of State X".
_DEMONYM_TITLE = re.compile(r"\s+President\s+|['’]s\s+Head\s+of\s+State\s+")
_TITLE_OF_STATE = re.compile(r"President\s+of\s+(?:the\s+)?$")


def _note_presidents(mentions: list[Mention], text: str, context: ReferenceContext) -> None:
    """Remember the people this sentence names with a state's president's title."""
    for previous, mention in itertools.pairwise(mentions):
        person = mention.entities[0] if len(mention.entities) == 1 else None
        if person is None or "Person" not in person.kinds or mention.source == "reference":
            continue
        states = [e for e in previous.entities if e.cls == "State"]
        if previous.members or len(states) != 1:
            continue
        between = text[previous.end : mention.start]
        demonym = _DEMONYM_TITLE.fullmatch(between)
        title_of = not between.strip() and _TITLE_OF_STATE.search(text, 0, previous.start)
        if demonym or title_of:
            context.presidents.setdefault(states[0].key, {})[person.key] = person


def _single(mention: Mention, entity: EntityRef) -> Mention:
    return Mention(mention.start, mention.end, entity.kinds, "reference", entities=[entity])


#: An unnamed treaty opening with one of these supplements the treaty named before it.
_SUPPLEMENT_WORDS = lexicon.phrases("supplement-words")


def inherit_supplement_class(mentions: list[Mention], context: ReferenceContext) -> None:
    """ "a supplementary agreement" after a boundary agreement is a boundary agreement too."""
    earlier = [e for e in context.recent if "Treaty" in e.kinds]
    for mention in mentions:
        for entity in mention.entities:
            supplement = entity.label.lower().startswith(_SUPPLEMENT_WORDS)
            if entity.unnamed and entity.cls == "Treaty" and earlier and supplement:
                entity.cls, entity.kinds = earlier[-1].cls, earlier[-1].kinds
                mention.kinds = entity.kinds
        earlier += [e for e in mention.entities if "Treaty" in e.kinds]


def find_acronym_mentions(
    text: str, start: int, end: int, context: ReferenceContext, mentions: list[Mention]
) -> list[Mention]:
    """Mentions of acronyms the document defined earlier, of surnames of the people it named
    in full ("Rouhani" after "Hassan Rouhani") and of short forms of the names it gave ("the
    Bank" after "the Eurasian Development Bank"), where nothing else was found."""
    context.text = text  # resolve_references reads "X and Y" before a pair reference from it
    context.sentence_start = start
    extra = _surname_mentions(text, start, end, context, mentions)
    for acronym, entity in context.acronyms.items():
        for begin, finish in _acronym_spans(acronym, text, start, end, mentions):
            extra.append(Mention(begin, finish, entity.kinds, "acronym", entities=[entity]))
    # "... renamed the X Organization (XO), and Russia joined XO": defined in this very sentence
    for definer in [m for m in mentions if m.acronym and m.acronym not in context.acronyms]:
        for begin, finish in _acronym_spans(definer.acronym, text, definer.end, end, mentions):
            extra.append(dataclasses.replace(definer, start=begin, end=finish, acronym=None))
    extra += _short_form_mentions(text, start, end, context, mentions + extra)
    return sorted(mentions + extra, key=lambda m: m.start)


def _surname_mentions(
    text: str, start: int, end: int, context: ReferenceContext, mentions: list[Mention]
) -> list[Mention]:
    """A person's surname alone, when exactly one person of that surname was named in full:
    not right after or before another capitalised word ("Fatemeh X" is someone else)."""
    extra = []
    for surname, people in context.surnames.items():
        if len(people) != 1 or _other_bearer(text, surname, next(iter(people.values()))):
            continue
        [person] = people.values()
        for begin, finish in _acronym_spans(surname, text, start, end, mentions):
            before = text[start:begin].split()[-1:]
            after = text[finish:end].split()[:1]
            if any(word[:1].isupper() for word in before + after):
                continue
            extra.append(Mention(begin, finish, person.kinds, "surname", entities=[person]))
    return extra


#: Titles that may stand before a surname without making it someone else's.
_TITLES = lexicon.words("surname-titles")


def _other_bearer(text: str, surname: str, person: EntityRef) -> bool:
    """Whether the document also gives the surname another first name ("Dorj X" besides
    "Khaltmaagiin X"), so that the surname alone may be either."""
    return _other_first_name(text, surname, person.label.split()[-2])


@lru_cache(maxsize=256)
def _other_first_name(text: str, surname: str, own: str) -> bool:
    for match in re.finditer(rf"\b([A-Z][\w'’-]*|[A-Z]\.)\s+{re.escape(surname)}\b", text):
        if match.group(1) not in (own, *_TITLES):
            return True
    return False


def _note_surnames(mention: Mention, context: ReferenceContext) -> None:
    """Remember the surname of a person named in full ("Hassan Rouhani": "Rouhani"), of each
    person of a list too ("A and Kyriakos Mitsotakis met": "Mitsotakis")."""
    for entity in [e for member in mention.members or [mention] for e in member.entities[:1]]:
        words = entity.label.split()
        if "Person" in entity.kinds and len(words) >= 2 and words[-1][:1].isupper():
            surname = words[-1]
            if not context.gazetteer.lookup(surname):  # "Jordan": a place's name too
                context.surnames.setdefault(surname, {})[entity.key] = entity


def _acronym_spans(acronym: str, text: str, start: int, end: int, mentions: list[Mention]):
    """Where ``acronym`` stands alone in text[start:end], outside every mention."""
    for match in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text[start:end]):
        begin, finish = start + match.start(), start + match.end()
        if all(finish <= m.start or begin >= m.end for m in mentions):
            yield begin, finish


def closed_list_cut(glues: list[str]) -> int | None:
    """Where a list closed by its own "and" runs on past ", and" into another clause's subject
    ("signed by A and B, and C later guaranteed ..."): the index of the first ", and" among the
    glues between consecutive names, if an "and" comes before it; else None ("A, B, and C", an
    Oxford comma, is one list). Each glue is ", and", "and" or anything else; the text reading
    (signers._before_next_clause) and the parse reading (syntax_guards._no_list_opening_clause)
    each say which their glue is (list_glue).

    >>> closed_list_cut(["and", ", and"]), closed_list_cut([",", ", and"])
    (1, None)
    """
    cut = next((n for n, glue in enumerate(glues) if glue == ", and"), None)
    return cut if cut is not None and "and" in glues[:cut] else None


def list_glue(words: list[str]) -> str:
    """What joins two names of a list for closed_list_cut: the words between them opening
    with ", and" or with "and", or something else."""
    return ", and" if words[:2] == [",", "and"] else "and" if words[:1] == ["and"] else ""


def group_coordinations(mentions: list[Mention], text: str) -> list[Mention]:
    """Merge "X, Y and Z" (same class, only coordinators between) into one group mention.

    Commas alone make a group only at the end of a clause ("... along with Kyrgyzstan,
    Tajikistan."), not in "With China, Kazakhstan aims ...". Citation markers between the
    names ("China[7], Russia[8] and Kazakhstan") are read as the blanks they are masked to.
    """
    text = _masked(text)
    result: list[Mention] = []
    conjoined: list[bool] = []
    for mention in mentions:
        previous = result[-1] if result else None
        shared = _shared_class(previous, mention) if previous else None
        between = _COORDINATOR.fullmatch(text, previous.end, mention.start) if shared else None
        if between and _names_unnamed(previous, mention, between.group()):
            result[-1] = mention  # the apposition's name says which treaty the phrase meant
            continue
        if between and _list_goes_on(previous, between.group(), mention, text):
            result[-1] = _merged(previous, mention, shared)
            conjoined[-1] = conjoined[-1] or bool(between.group().strip(" ,"))
            continue
        result.append(mention)
        conjoined.append(False)
    return [part for m, c in zip(result, conjoined, strict=True) for part in _check(m, c, text)]


def _list_goes_on(previous: Mention, between: str, mention: Mention, text: str) -> bool:
    """Whether the coordinator ``between`` adds ``mention`` to the list (or name) before it."""
    if (
        _AND.search(text, previous.start, previous.end)
        and previous.members
        and (between.strip(" ,").lower() in ("", "and") and "," in between)
    ):
        # "With X and Y, Z ...": a list never goes on by a comma after "and"; nor by ", and"
        # ("A, whose languages are L1 and L2, and B gave up ...": B opens the next conjunct)
        return False
    # "... with B, and C a 1,314-km one with D": C opens a clause
    return bool(previous.members) or not _opens_gapped_clause(between, mention, text)


def _merged(previous: Mention, mention: Mention, shared: str) -> Mention:
    """One group mention of ``previous`` (a name or a group) and ``mention``, of class ``shared``
    (and every other class all its members can have)."""
    members = (previous.members or [previous]) + (mention.members or [mention])
    classes = [shared, *_alternative_classes(members, shared)]
    return Mention(
        previous.start, mention.end, _union_kinds(members, classes), "group",
        members=members,
        entities=[e for cls in classes for m in members for e in _pick(m, cls)],
    )  # fmt: skip


#: What makes ", and X" after a single name open a clause of its own, not close a list of two:
#: a verb or a gapped clause's remainder after X (a value, an article, "one", a lowercase word
#: other than a preposition or "respectively"), "Kazakh is the language of A, and Russian has
#: official status", "A shares a border with B, and C a 1,314-km one with D".
_CLAUSE_AFTER = re.compile(
    r"\s*(?:\d|(?!" + lexicon.alternation("not-gapped-clause-words") + r"\b)[a-z])"
)


def _opens_gapped_clause(between: str, mention: Mention, text: str) -> bool:
    """Whether ", and X" (a comma before the "and", one name before it) opens a clause: X is
    followed by a verb, a value or an article, not by a preposition, punctuation or the end."""
    if not re.fullmatch(r"\s*,\s*and\s+(?:the\s+)?", between, re.IGNORECASE):
        return False
    apposition = _APPOSITION_AFTER.match(text, mention.end)  # "B, the President of S, visited"
    return _CLAUSE_AFTER.match(text, apposition.end() if apposition else mention.end) is not None


#: An apposition set off by commas right after a name: ", the|a|an|its ... ," (no clause word).
_APPOSITION_AFTER = re.compile(
    r"\s*,\s*"
    + lexicon.alternation("apposition-after-determiners")
    + r"\s+(?!"
    + lexicon.alternation("apposition-after-clause-words")
    + r"\b)[^,;.()]{1,60},"
)


@lru_cache(maxsize=2)
def _masked(text: str) -> str:
    """``mask_text`` of a document, once per document (a sentence at a time asks for it)."""
    return mask_text(text)


def _names_unnamed(previous: Mention, mention: Mention, between: str) -> bool:
    """ "its founding treaty, the Nakhchivan Agreement": a comma apposition, not two treaties."""
    return (
        previous.source == "unnamed"
        and mention.source != "unnamed"
        and (_APPOSITION_COMMA.fullmatch(between) is not None)
    )


def _check(mention: Mention, conjoined: bool, text: str) -> list[Mention]:
    """A comma-only group followed by a word is not a coordination: give back its members.

    Nor is a list of organisations followed by a possessive ("the SCO and the EU's partner"),
    nor a comma pair whose last name qualifies an apposition ("Kazakhstan, Russia's neighbour,").
    """
    if mention.source != "group":
        return [mention]
    if _closed_by_place_demonym(mention, text):
        return [_regrouped(mention.members[:-1], mention.kinds[0]), mention.members[-1]]
    dash = _spaced_dash_before_list(mention, text)
    if dash is not None:  # "(Turkey – Kazakhstan, Azerbaijan and Turkmenistan joined it ...)"
        before, after = mention.members[:dash], mention.members[dash:]
        return [
            _regrouped(before, mention.kinds[0]),
            *_check(_regrouped(after, mention.kinds[0]), conjoined, text),
        ]
    possessive = _POSSESSIVE.match(text, mention.end) is not None
    if possessive and (mention.kinds[0] == _LISTED_ORGANISATION or not conjoined):
        return mention.members
    joints = [text[a.end : b.start] for a, b in itertools.pairwise(mention.members)]
    if _RELATIVE_AFTER.match(text, mention.end) and not any(_AND.search(j) for j in joints):
        # "within the UN, the CICA, which both helped to found, and ...": a relative clause
        # after names with no "and" between them speaks of the last one, no list of them
        return mention.members
    if conjoined or not re.match(r"\s*\w", text[mention.end :]):
        return [mention]
    return mention.members


_RELATIVE_AFTER = re.compile(r"\s*(?:\([^()]*\)\s*)?,\s*(which|who|whose|whom)\b")


#: What a demonym closing a list qualifies when it stands before it: "the French territories
#: of New Caledonia", "the Finnish region of Åland", "French-speaking New Caledonia".
_PLACE_AFTER_DEMONYM = re.compile(
    r"\s*" + lexicon.alternation("fph18-demonym-place-nouns") + r"(?![\w-])", re.IGNORECASE
)


_SPACED_DASH = re.compile(r"\s+[–—-]\s+")


def _spaced_dash_before_list(group: Mention, text: str) -> int | None:
    """The index of the member after a spaced dash that opens a list of two or more ("Turkey –
    Kazakhstan, Azerbaijan and Turkmenistan": an answer, then a list of its own; FP22), else
    None. A spaced dash joins a pair only ("the Kazakhstan – China border")."""
    members = group.members
    for k, (a, b) in enumerate(itertools.pairwise(members), 1):
        if _SPACED_DASH.fullmatch(text, a.end, b.start) and len(members) - k >= 2:
            return k
    return None


def _closed_by_place_demonym(group: Mention, text: str) -> bool:
    """Whether a group of names ends in a demonym that qualifies the place after it ("members
    include Australia and the French territories of X": France is no item). A group of demonyms
    only ("Russian and Chinese regions") stays one."""
    last = group.members[-1]
    demonyms = default_gazetteer().demonyms
    return (
        text[last.start : last.end] in demonyms
        and any(text[m.start : m.end] not in demonyms for m in group.members)
        and _PLACE_AFTER_DEMONYM.match(text, last.end) is not None
    )


def _regrouped(members: list[Mention], shared: str) -> Mention:
    """The group of ``members`` (a name alone when there is one) under class ``shared``."""
    return reduce(lambda left, right: _merged(left, right, shared), members)


def _classes(mention: Mention) -> list[str]:
    return [e.cls for e in mention.entities]


def _shared_class(left: Mention, right: Mention) -> str | None:
    """The class both mentions can have (a group of Languages takes the Language "Russian")."""
    if {left.source, right.source} & {"value", "reference"} and not _joins_names(left, right):
        return None  # "X, and the two countries"
    right_classes = _classes(right)
    left_classes = _classes(left)
    if left.source == "group":  # its class, then any other every member can have
        left_classes = [left.kinds[0], *_alternative_classes(left.members, left.kinds[0])]
    shared = next((cls for cls in left_classes if cls in right_classes), None)
    if shared is None and _is_organisation_list(left) and _is_organisation_list(right):
        return _LISTED_ORGANISATION  # "the UN, the OSCE and the SCO": a list of organisations
    return shared


def _joins_names(left: Mention, right: Mention) -> bool:
    """Whether one of the two is a reference of one entity whose line in references.jsonl is
    marked ``joins_names`` ("our country", "my country") and the other a name or a list of
    names: "Our country and Hungary, which established ..." is one pair."""
    references = [m for m in (left, right) if m.source == "reference"]
    if len(references) != 1 or len(references[0].entities) != 1:
        return False
    rule = default_matchers().rules.get(references[0].rule or "")
    other = right if references[0] is left else left
    return bool(rule and rule.joins_names) and other.source in _JOINED_SOURCES


#: The mentions a ``joins_names`` reference makes a list with: names, not values or references.
_JOINED_SOURCES = frozenset({"gazetteer", "name", "group", "acronym"})


#: The superclass a list of organisations of different kinds is grouped under.
_LISTED_ORGANISATION = "InternationalOrganisation"


def _is_organisation_list(mention: Mention) -> bool:
    return bool(mention.entities) and all(_LISTED_ORGANISATION in e.kinds for e in mention.entities)


def _alternative_classes(members: list[Mention], shared: str) -> list[str]:
    """Other classes every member can have: "Chinese and Russian" are States or Languages,
    so the group keeps both readings and the relation slot it fills picks one."""
    common = set(_classes(members[0]))
    for member in members[1:]:
        common &= set(_classes(member))
    return sorted(common - {shared})


def _union_kinds(members: list[Mention], classes: list[str]) -> tuple[str, ...]:
    kinds = [kind for cls in classes for kind in _group_kinds(members, cls)]
    return tuple(dict.fromkeys(kinds))


def _group_kinds(members: list[Mention], cls: str) -> tuple[str, ...]:
    for member in members:
        for entity in member.entities:
            if entity.cls == cls:
                return entity.kinds
    for member in members:  # grouped under a superclass: its kinds from there up
        for entity in member.entities:
            if cls in entity.kinds:
                return entity.kinds[entity.kinds.index(cls) :]
    return (cls,)


def _pick(mention: Mention, cls: str) -> list[EntityRef]:
    """The candidates of ``mention`` of the group's class (all of them for a pair reference)."""
    fitting = [e for e in mention.entities if e.cls == cls] or [
        e for e in mention.entities if cls == _LISTED_ORGANISATION and cls in e.kinds
    ]
    return fitting if len(mention.members) > 1 else fitting[:1]


def update_context(mentions: list[Mention], context: ReferenceContext, text: str, start: int):
    """Remember this sentence's last pair of states, last state, topic and acronyms."""
    old_pair = list(context.pair)
    paired = _note_mentions(mentions, context)
    _note_pair(mentions, context, paired)
    context.pair_rivals = _pair_rivals(old_pair, mentions, context)
    _note_lists(mentions, context)
    context.subject = next((m.entities[0] for m in mentions if m.entities), None)
    context.opening = _opening_entity(mentions, text, start, context)
    context.opened_unknown = _opens_with_unknown_organisation(mentions, text, start)
    context.subject_states = _subject_states(mentions, text, start, context.gazetteer.demonyms)
    if _new_paragraph(text, _previous_start(context), start):
        context.paragraph_subjects = []
    context.paragraph_subjects += context.subject_states
    _note_people_and_states(mentions, context)
    _note_paragraph(mentions, context, text, start)
    del context.recent[:-50]  # only the latest entities matter to "the organisation"
    _note_predecessors(mentions, text, context)
    _note_defined_terms(mentions, text, start, context)
    _note_presidents(mentions, text, context)
    _note_topic(mentions, context, text, start)
    _note_heads(mentions, context, text)


def _pair_rivals(
    old: list[EntityRef], mentions: list[Mention], context: ReferenceContext
) -> list[list[EntityRef]]:
    """The pairs a sentence leaves in reach beside the pair: where it set a new pair, its other
    "X and Y" lists of two states and the old pair if it named both of its states again ("A
    joined O1; B founded O2 with C and D" after "A and B ..."); where it kept the pair, the
    earlier ones while it names no state or one of theirs."""
    keys = {e.key for e in context.pair}
    named = {e.key for m in mentions for part in m.members or [m] for e in part.entities[:1]
             if e.cls == "State"}  # fmt: skip
    if len(keys) != 2:
        return []
    if keys == {e.key for e in old}:
        rival_keys = {e.key for pair in context.pair_rivals for e in pair}
        return context.pair_rivals if not named or named & rival_keys else []
    groups = [[e for e in m.entities if e.cls == "State"] for m in mentions if m.members]
    rivals = [g for g in groups if len(g) == 2 and {e.key for e in g} != keys]
    if len(old) == 2 and {e.key for e in old} <= named:
        rivals.append(old)
    return [pair for pair in _distinct_pairs(rivals) if {e.key for e in pair} != keys]


def _note_mentions(mentions: list[Mention], context: ReferenceContext) -> bool:
    """Remember each mention's entities, states, acronyms, listed organisations and surnames;
    whether one of them was a group of two states (the new pair)."""
    paired = False
    for mention in mentions:
        context.recent += [e for m in mention.members or [mention] for e in m.entities[:1]]
        states = [e for e in mention.entities if e.cls == "State"]
        if mention.members and len(states) == 2 and states[0].key != states[1].key:
            if not _demonyms_only(mention, context):  # "Russian and Chinese territory": no pair
                context.pair, paired = states, True
        elif len(mention.entities) >= 1 and mention.entities[0].cls == "State":
            context.last_state = mention.entities[0]
        for member in mention.members or [mention]:
            if member.acronym and member.entities:
                context.acronyms[member.acronym] = member.entities[0]
        _note_listed_organisations(mention, context)
        if mention.source != "reference":
            _note_surnames(mention, context)
    return paired


def _demonyms_only(group: Mention, context: ReferenceContext) -> bool:
    """Whether every member of a group is a demonym ("Russian and Chinese territory",
    "Kazakh and Kyrgyz officials"): adjectives, not the two states "the two countries" name."""
    demonyms = context.gazetteer.demonyms
    return all(context.text[m.start : m.end] in demonyms for m in group.members)


def _note_pair(mentions: list[Mention], context: ReferenceContext, paired: bool) -> None:
    """Forget the pair when the sentence is about another state; take a sentence's two states
    as the pair when there is none."""
    named_states = _distinct([e for m in mentions for e in m.entities[:1]], "State")
    first = named_states[0] if named_states else None
    forgotten = set()
    if not paired and first is not None and first.key not in {e.key for e in context.pair}:
        # a sentence about another state ("Japanese Prime Minister X visited ..."): "the two
        # countries" after it are no longer surely the old pair
        forgotten = {e.key for e in context.pair}
        context.pair = []
    if not context.pair and len(named_states) == 2:
        if forgotten & {e.key for e in named_states}:
            # "A and B restored links. C, which borders B, welcomed it. Both countries ...":
            # A and B, or C and B? The sentence's two states are no surer a pair than the old
            return
        # no "X and Y" yet: a sentence naming exactly two states ("Uzbek President X ... to
        # Tajikistan") gives "the two countries" their pair
        context.pair = list(named_states)


def _note_lists(mentions: list[Mention], context: ReferenceContext) -> None:
    """Remember the lists of states and of names this sentence made, and the states it named."""
    context.state_lists = [
        _member_entities(mention)
        for mention in mentions
        if len(mention.members) > 2 and all(m.entities[:1] and m.entities[0].cls == "State"
                                            for m in mention.members)
    ]  # fmt: skip
    context.listed_states += context.state_lists
    lists = [
        _member_entities(mention)
        for mention in mentions
        if len(mention.members) >= 2 and all(m.entities for m in mention.members)
    ]  # "A and B ...; the latter": the lists of names this sentence made (groups, not pairs)
    context.last_lists = [found for found in lists if _each_once(found)]
    context.last_sides = _state_body_pairs(mentions, context.text)
    # the states the sentence named, each member of a group too ("A and B met. The sides ...")
    context.last_states = _distinct(
        [e for m in mentions for part in m.members or [m] for e in part.entities[:1]], "State"
    )


def _member_entities(mention: Mention) -> list[EntityRef]:
    """The first entity of each member of a group mention."""
    return [e for m in mention.members for e in m.entities[:1]]


def _note_people_and_states(mentions: list[Mention], context: ReferenceContext) -> None:
    """Remember the people this sentence named and count the states it named."""
    named = [e for m in mentions for e in (m.entities if m.members else m.entities[:1])]
    context.last_people = _distinct(named, "Person")
    for entity in named:
        if entity.cls == "State":
            context.state_counts[entity.key] = context.state_counts.get(entity.key, 0) + 1


def _note_paragraph(
    mentions: list[Mention], context: ReferenceContext, text: str, start: int
) -> None:
    """Add the sentence to its paragraph (opening a new one after a blank line); the document's
    first sentence gives its opening entity and state."""
    if _new_paragraph(text, _previous_start(context), start):
        context.previous_paragraph, context.paragraph = context.paragraph, []
    context.paragraph.append((start, _all_named(mentions)))
    if context.sentences_seen == 0:
        context.document_opening = context.opening
    if context.sentences_seen == 0 and context.opening is not None:
        context.opening_state = context.opening if context.opening.cls == "State" else None
    context.sentences_seen += 1


def _note_topic(mentions: list[Mention], context: ReferenceContext, text: str, start: int):
    """The sentence's organisation becomes the topic, unless the text named it as the current
    topic's predecessor ("P ... was the union's forerunner" leaves the union the topic)."""
    topic = _sentence_topic(mentions, text, start)
    known = context.predecessors.get(topic.key) if topic is not None else None
    if topic is not None and not (known and context.topic and known[1] == context.topic.key):
        context.topic = topic


#: A term defined in brackets right after a name: "X (“the Company”)", "X (“KMG” or “the
#: Company”)", "X (hereinafter “the Bank”)", "X (the “Agreement”)".
_DEFINED_TERM = re.compile(
    r"\(\s*(?:hereinafter\s+(?:referred\s+to\s+as\s+|called\s+)?)?"
    r"(?:[“\"‘'][^”\"’'()]{1,30}[”\"’']\s*(?:,|or|and)\s*)?"
    r"(?:[“\"‘']the\s+([A-Z][\w-]+)[”\"’']|the\s+[“\"‘']([A-Z][\w-]+)[”\"’'])\s*\)"
)


def _note_defined_terms(
    mentions: list[Mention], text: str, start: int, context: ReferenceContext
) -> None:
    """Remember the terms this sentence defines for a name ("Kazatomprom (“the Company”)"):
    a later "the Company" is that entity."""
    end = max((m.end for m in mentions), default=start)
    for found in _DEFINED_TERM.finditer(text, start, max(end, start) + 80):
        named = [
            m for m in mentions
            if len(m.entities) == 1 and not m.members and m.start < found.start()
            and (m.end >= found.start() or not text[m.end : found.start()].strip())
        ]  # fmt: skip
        if named:
            context.defined[(found.group(1) or found.group(2)).lower()] = named[-1].entities[0]


def _note_listed_organisations(mention: Mention, context: ReferenceContext) -> None:
    """Remember which organisations this mention names in a list, and which alone."""
    members = mention.members or [mention]
    keys = [m.entities[0].key for m in members
            if m.entities and "Organisation" in m.entities[0].kinds]  # fmt: skip
    if len(keys) >= 2:
        context.listed.update(keys)
    else:
        context.listed.difference_update(keys)


#: A numbered point's or a bullet's marker opening a sentence: "2) ", "(b) ", "3. ", "• ".
_LIST_MARKER = re.compile(r"\s*(?:\(?(?:\d{1,2}|[a-z])\)|\d{1,2}\.|[•▪◦‣*])\s+")


def _opening(text: str, start: int) -> int:
    """Where a sentence's own words begin: after a numbered point's marker ("2) It joined")."""
    marker = _LIST_MARKER.match(text, start)
    return marker.end() if marker else start


# "'s neighbour ", "'s southern neighbour, ": a possessive, one to three lowercase words (no
# preposition, conjunction or verb: "'s relations with the UK" is no apposition), then the next name
# (a comma before it allowed)
_QUALIFIED_NOUN = re.compile(
    r"['’]s(?:\s+(?!(?:with|to|of|in|for|on|at|from|by|between|and|or|is|was|are|were|has|had|"
    r"have|the|a|an)\b)[a-z][a-z-]*){1,3},?\s+$"
)


def _opening_entity(
    mentions: list[Mention], text: str, start: int, context: ReferenceContext | None = None
) -> EntityRef | None:
    """The single entity a sentence opens with ("Kazakhstan was admitted ...", "The EU ..."); not
    one whose possessive qualifies a noun put in apposition to the next name ("Kazakhstan's
    neighbour Kyrgyzstan is ...", "Russia's ally, Belarus, ...": the sentence is about that
    name, so a later "It|Its" is not Kazakhstan; "Kazakhstan's economy grew. It ..." keeps it).
    Nor a possessive state while the sentence before, in its paragraph, opened with another
    state (_possessive_aside): "Tajikistan hosts a base. Russia's division is stationed there.
    It joined ..." is about Tajikistan, not Russia. Nor a demonym ("Chinese firms are active
    too. Since 1995, the country ...": the firms are the subject, no state)."""
    first = next((m for m in mentions if m.entities), None)
    opening = _opening(text, start)
    if first is None or first.members or first.start < opening:
        return None
    after = next((m for m in mentions if m.entities and m.start >= first.end), None)
    if after is not None and _QUALIFIED_NOUN.match(text[first.end : after.start]):
        return None  # "Kazakhstan's neighbour Kyrgyzstan is ...": the neighbour's sentence
    lead = text[opening : first.start]
    if lead.strip() not in ("", "The") and not _asked_state(lead, first, text):
        return None
    if context is not None and _possessive_aside(first, text, start, context):
        return None
    if context is not None and _demonym(first, text, context.gazetteer.demonyms):
        return None  # "Chinese firms are active. The country ...": no state opened it
    return first.entities[0]


#: The words of a question before its subject: "Is|Does|Has ...", "Which countries does ...",
#: "How is ..." (lexicon question-openers; its question-wh-words may open and take up to three
#: words before the auxiliary). Its answer's "It" is that subject: "Which countries does
#: Kazakhstan border? It borders ...".
_WH_WORDS = lexicon.words("question-wh-words")
_QUESTION_LEAD = re.compile(
    rf"(?:{lexicon.alternation('question-wh-words')}(?:\s+[a-z]+){{0,3}}\s+)?"
    r"(?:"
    + "|".join(w for w in lexicon.phrases("question-openers") if w not in _WH_WORDS)
    + r")\s+(?:the\s+)?",
    re.IGNORECASE,
)
#: The rest of a question after its subject, to the "?", and an answer naming another entity
#: right after it ("Which neighbour does Russia share its longest border with? It is Kazakhstan.")
_QUESTION_REST = re.compile(r"[^.!?\n]*\?(\s*It(?:\s+is|\s+was|['’]s)\s+(?:the\s+)?[A-Z])?")


def _asked_state(lead: str, first: Mention, text: str) -> bool:
    """Whether ``first``, after the words ``lead``, is the one state a question of ``text`` asks
    about ("Does Kazakhstan border ...?", "How is Kazakhstan divided?"): the sentence ends with
    "?" ("Were Kyrgyzstan to leave O, ..." is none), and a wh-question's answer does not open
    "It is B" (B is the answer, not ``first``)."""
    if first.entities[0].cls != "State" or not _QUESTION_LEAD.fullmatch(lead.strip() + " "):
        return False
    rest = _QUESTION_REST.match(text, first.end)
    if rest is None:
        return False
    return not (rest.group(1) and lead.split()[0].lower() in _WH_WORDS)


#: What follows a sentence's subject: a lowercase word (its verb or an adverb: "Tajikistan is",
#: "A and B later signed"), not a name ("Indian Prime Minister X": the state only qualifies) nor
#: a possessive ("Russia's president ...").
_SUBJECT_FOLLOWS = re.compile(r"\s+[a-z]")


def _subject_states(
    mentions: list[Mention], text: str, start: int, demonyms: frozenset
) -> list[EntityRef]:
    """The states a sentence opens with as its subject: its first mention, at its opening (or
    after "The", "Both"), a state or a group or pair of states, followed by a lowercase word; a
    demonym too ("The Uzbek economy grew. The country ..." is about Uzbekistan, "Chinese firms
    are active. The country ..." may be)."""
    first = next((m for m in mentions if m.entities), None)
    opener = text[_opening(text, start) : first.start].strip() if first else "-"
    if opener not in ("", "The", "Both", "Both the"):
        return []
    if not (_SUBJECT_FOLLOWS.match(text, first.end) or _demonym(first, text, demonyms)):
        return []  # "Uzbek President X visited ...": a demonym before a title is the subject's
    states = [e for part in first.members or [first] for e in part.entities[:1]]
    return states if states and all(e.cls == "State" for e in states) else []


def _demonym(mention: Mention, text: str, demonyms: frozenset) -> bool:
    """Whether a mention (or a member of its group) is a state's demonym ("Chinese", "Russian
    and Chinese")."""
    return any(text[m.start : m.end] in demonyms for m in mention.members or [mention])


def _possessive_aside(first: Mention, text: str, start: int, context: ReferenceContext) -> bool:
    """Whether a sentence opening "B's <noun> ..." only mentions B in passing: the sentence before,
    in the same paragraph, opened with another state A (context.opening, not yet this
    sentence's), so a later "It|The country" stays unresolved rather than taking B ("Kyrgyzstan's
    parliament ratified the treaty. Russia's president welcomed the move. It joined ...")."""
    if not _POSSESSIVE.match(text, first.end) or first.entities[0].cls != "State":
        return False
    before = context.opening
    if before is None or before.cls != "State" or before.key == first.entities[0].key:
        return False
    return not _new_paragraph(text, _previous_start(context), start)


#: A sentence opening "The" and a capitalised name of two or more capitalised words, maybe with
#: small words inside ("The Central Commission for the Navigation of the Rhine", "The Bay of
#: Bengal Initiative")
_CAPITALISED_OPENING = re.compile(
    r"The\s+([A-Z][\w'’-]*(?:\s+(?:(?:of|for|on|and|the)\s+)*[A-Z][\w'’-]*)+)"
)
_UNKNOWN_NAME_HEADS = lexicon.words("organisation-name-heads") | lexicon.words(
    "fph17-unknown-name-heads"
)


def _opens_with_unknown_organisation(mentions: list[Mention], text: str, start: int) -> bool:
    """Whether a sentence opens with an organisation's name no mention begins: "The" and two or
    more capitalised words, one of them an organisation's or body's head ("The Central Commission
    for the Navigation of the Rhine ...", "The Bay of Bengal Initiative ..."), no mention
    starting at its first word ("The Kazakh Foreign Ministry" is Kazakhstan's; "The Danube
    Commission" a name's mention). A sentence-start "It|Its" after it may be that body."""
    found = _CAPITALISED_OPENING.match(text, _opening(text, start))
    if found is None:
        return False
    if not _UNKNOWN_NAME_HEADS.intersection(w.lower() for w in found.group(1).split()):
        return False
    return not any(m.start == found.start(1) for m in mentions)


def _sentence_topic(mentions: list[Mention], text: str, start: int) -> EntityRef | None:
    """The organisation a sentence is about: its opening subject, or an "O is/has ..." subject."""
    start = _opening(text, start)
    for mention in mentions:
        if not mention.entities or "Organisation" not in mention.entities[0].kinds:
            continue
        if mention.start < start:
            continue
        opening = not text[start : mention.start].strip(" .…") or text[start : mention.start] in (
            "The ", "the ",
        )  # fmt: skip
        if opening or _SUBJECT_VERB.match(text, mention.end):
            return mention.entities[0]
    return None
