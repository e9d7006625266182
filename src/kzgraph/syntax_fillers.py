"""The fillers of a trigger's slots at its places: the entity slots' names and lists (and who
acts beside the subject: "together with A"), and the one value of a value slot on the
trigger's own clause."""

from __future__ import annotations

import itertools

from kzgraph import lexicon
from kzgraph.mentions import Mention
from kzgraph.references import closed_list_cut, list_glue
from kzgraph.syntax_tree import (
    _ECHO_VERBS,
    _LIST_WORDS,
    _TOGETHER,
    _arity_ok,
    _clause_of,
    _conjuncts,
    _fits,
    _key_roles,
    _opens_clause,
    _relative_clause_head,
)
from kzgraph.triggers import Slot, distance_in_brackets


def entity_filler(trigger, slot: Slot, places: dict) -> list | None:
    """[(mention, class)] filling an entity slot ([] for an optional one left open, unless
    one of its "required_by" words stands in the part: "at the invitation of" someone)."""
    token = _slot_token(trigger, slot, places)
    if token is None and slot.required_by:
        token = _required_by_object(trigger, slot, places["heads"])
    if token is None:
        part = trigger.parse.part(trigger.begin)
        required = not slot.required_by.isdisjoint(trigger.parse.words[part.start : part.stop])
        return [] if slot.optional and not required else None
    members = _members(trigger, token, slot)
    if members is None:
        return None
    if not _arity_ok(members, slot) and not distributes(trigger, slot, places, members):
        return None
    return [(m, next(c for c in slot.classes if c in m.kinds)) for m in members]


def distributes(trigger, slot: Slot, places: dict, members: list) -> bool:
    """Whether a list fills a one-entity subject slot each on its own: "A and B established
    diplomatic relations with C", "A and B share a border with C" (a line whose other side
    is one entity "with" whom each of them stands): the reading splits it, one fact each."""
    if slot.arity != "1" or len(members) < 2 or slot is not subject_slot(trigger, places):
        return False
    return any(s.arity == "1" and "with" in s.after for s in trigger.rule.right)


def _required_by_object(trigger, slot: Slot, heads: list):
    """The object of "at the invitation of X": a phrase on the clause after the trigger
    whose noun is one of the slot's "required_by" words, and its own "after" preposition's
    object (a fronted one, "At the invitation of X, Y visited C", the fallback does not
    read: neither does this reading)."""
    # anywhere in the clause: "arrived in C for a state visit at the invitation of X"
    below = {t for head in heads for t in head.subtree}
    nouns = [t for t in sorted(below, key=lambda t: t.i)
             if t.dep_ == "pobj" and t.lower_ in slot.required_by and t.i > trigger.begin
             and _clause_of(t) in heads]  # fmt: skip
    return _after_object(trigger, slot.after, nouns) if len(nouns) == 1 else None


def subject_slot(trigger, places: dict) -> Slot | None:
    """The slot the subject fills: the first left one without "after" words."""
    if "owner" in places or places.get("subject") is None:
        return None
    return next((slot for slot in trigger.rule.left if not slot.after), None)


def actor_slot(trigger, places: dict) -> Slot | None:
    """The slot of who does it, which a comitative adds to: the subject's, or for a passive
    line ("F is developed by C", "P was built by C") the agent's, the one slot after "by"."""
    if not trigger.rule.passive:
        return subject_slot(trigger, places)
    agents = [slot for slot in trigger.rule.right if "by" in slot.after]
    return agents[0] if len(agents) == 1 else None


def comitative(trigger, slot: Slot, places: dict, filler=None) -> list | None:
    """Who does it beside the subject (or a passive line's agent, ``filler`` its token):
    "X, together with A and B, joined O", "X is a member of O along with A", "alongside A",
    "jointly with A", "F is developed by C together with A". [] if no one, None if it names
    something of another class."""
    if trigger.rule.passive:  # on the verb or on the agent, never on the passive's subject
        heads = [*places["heads"], filler]
    else:
        heads = [*places["heads"], places["subject"], places.get("object")]
    heads = [head for head in heads if head is not None]
    # "signed T on D together with A": the parse may hang the phrase on the date
    heads += [c for head in heads for p in head.children if p.dep_ == "prep"
              for c in p.children if c.dep_ == "pobj" and _is_value(trigger, c)]  # fmt: skip
    objects = [c for p in _comitative_phrases(trigger, heads) for c in p.children
               if c.dep_ == "pobj"]  # fmt: skip
    if not trigger.rule.passive:
        objects += _beside_subject(trigger, places["subject"])
    objects += _as_did(trigger, heads)
    return _comitative_members(trigger, slot, objects)


def _comitative_phrases(trigger, heads: list) -> list:
    """The "with" (or "alongside") phrases on the heads that add an actor."""
    # "together with" parses as the adverb over "with" or "with" over the adverb
    joined = [p for head in heads for w in head.children if w.lower_ in _TOGETHER
              for p in w.children if p.lower_ == "with"]  # fmt: skip
    joined += [p for head in heads for p in head.children if p.dep_ == "prep" and (
        p.lower_ == "alongside" or (p.lower_ == "with" and any(
            a.lower_ in _TOGETHER for a in p.children)))]  # fmt: skip
    # or as two words of the head side by side ("founded in D jointly with A")
    joined += [p for head in heads for p in head.children if p.dep_ == "prep"
               and p.lower_ == "with" and p.i > 0 and p.doc[p.i - 1].lower_ in _TOGETHER
               and p.doc[p.i - 1].head == head and p not in joined]  # fmt: skip
    beside = trigger.rule.beside  # the line's own: "X co-founded O with A and B"
    joined += [p for p in trigger.head.children if p.dep_ == "prep" and p.lower_ in beside
               and p not in joined and trigger.head.tag_.startswith("VB")]  # fmt: skip
    return joined


def _beside_subject(trigger, subject) -> list:
    """The names of a line's own "beside" phrase set off by commas on its subject ("X, with
    A and B, founded O"); a phrase of no name ("X, with A's support, founded O") or of more
    than names ("X, with A in mind, founded O") adds no one."""
    if subject is None or not trigger.rule.beside:
        return []
    doc = trigger.doc
    phrases = [p for p in subject.children if p.dep_ == "prep" and p.lower_ in trigger.rule.beside
               and p.i > subject.i and doc[p.i - 1].text == ","
               and _only_names(trigger, [t for t in p.subtree if t is not p])]  # fmt: skip
    return [c for p in phrases for c in p.children if c.dep_ == "pobj" and _is_name(trigger, c)
            and max(t.i for t in p.subtree) + 1 < len(doc)
            and doc[max(t.i for t in p.subtree) + 1].text == ","]  # fmt: skip


def _only_names(trigger, tokens) -> bool:
    """Whether the tokens hold names and a plain list's words (",", "and", "the") only."""
    return all(t.i in trigger.parse.mention or t.lower_ in {",", "and", "the"} for t in tokens)


def likened(trigger, slot: Slot, places: dict) -> list | None:
    """ "X, like Y, is a member of O", "Like Y, X belongs to O": Y is too, for a reading with
    no value (a date said of X need not be Y's); [] if no one, None if the phrase names
    something of another class. The subject's phrase counts only where the subject is the
    trigger's own clause's ("X, like Y, borders Z and is a member of O": Y is likened in
    bordering Z); a phrase that qualifies Y ("like Y in many respects") or an "unlike" in the
    sentence ("X, like Y, borders Z, but unlike it, is a member of O") likens no one."""
    subject = places["subject"]
    heads = [*places["heads"]]
    if subject is not None and subject.head in heads:
        heads.append(subject)
    root = places["heads"][0] if places["heads"] else subject
    while root is not None and root.head.i != root.i:
        root = root.head
    if root is not None and any(t.lower_ == "unlike" for t in root.subtree):
        return []
    phrases = [p for head in heads for p in head.children
               if p.dep_ == "prep" and p.lower_ == "like"]  # fmt: skip
    objects = [c for p in phrases if _plain_likening(p) for c in p.children if c.dep_ == "pobj"]
    return _comitative_members(trigger, slot, objects)


def _plain_likening(phrase) -> bool:
    """ "like Y" (or "like Y and Z") set off by a comma or bracket, with nothing qualifying it:
    not "like Y in many respects", "like Y before 2005", "like Y once did"."""
    doc = phrase.doc
    objects = [c for c in phrase.children if c.dep_ == "pobj"]
    qualified = {"prep", "acl", "relcl", "appos", "advmod"}
    if len(objects) != 1 or any(
        c.dep_ in qualified for o in [objects[0], *_conjuncts(objects[0])] for c in o.children
    ):
        return False
    end = max(t.i for t in phrase.subtree) + 1
    return end >= len(doc) or doc[end].text in {",", ")", "—", "–", ".", ";"}


def _comitative_members(trigger, slot: Slot, objects: list) -> list | None:
    """The (mention, class) of the names the comitative phrases' objects list."""
    found = []
    for token in objects:
        if token.i not in trigger.parse.mention and not any(
            t.i in trigger.parse.mention for t in token.subtree
        ):
            continue  # "together with its neighbours": no one named
        members = _members(trigger, token, slot)
        if members is None:
            return None
        found += [(m, next(c for c in slot.classes if c in m.kinds)) for m in members]
    return found


def founding_clause(trigger, places: dict):
    """The clause that restates a line's own event on its organisation or on the trigger's
    noun, by one of the line's "relative_dates" verbs: a participle with no subject of its
    own ("X and Y are founding members of O, established on D together with A and B") or a
    passive relative clause (", which was founded in D"). Its date is the fact's (a
    co-founding starts when the organisation does) and its comitative adds founders; the
    fallback, which cannot attach it, reads nothing there. None if there is not exactly one."""
    words = trigger.rule.relative_dates
    holders = [places.get("object"), *trigger.tokens]
    clauses = [c for holder in holders if holder is not None for c in holder.children
               if c.lower_ in words and c.tag_ in {"VBN", "VBD"} and _restates(c)]  # fmt: skip
    return clauses[0] if len(clauses) == 1 else None


def _renames(phrase) -> bool:
    """ "under that name", "under its present name", "as the Turkic Council": a phrase that
    dates a name of the organisation, not its founding ("as a forum" describes it)."""
    objects = [c for c in phrase.children if c.dep_ == "pobj"]
    named = any(o.tag_ in {"NNP", "NNPS"} or o.lower_ == "name" for o in objects)
    return phrase.lower_ == "under" or (phrase.lower_ == "as" and named)


def _restates(clause) -> bool:
    """A participle with no subject or object ("O, founded in D"; a conjunct after it, "and
    expanded in D2", is left alone), a passive relative whose subject is the relative pronoun
    (", which was established in D") or an active one whose subject is a pronoun and its object
    the relative (", which they created in D"); nothing negated or modal, and no renaming
    ("O, established under that name in D", "set up as N in D": the name's date, not O's)."""
    children = list(clause.children)
    if any(c.dep_ == "neg" or c.tag_ == "MD" for c in children):
        return False
    if any(c.dep_ == "prep" and _renames(c) for c in children):
        return False
    subjects = [c for c in children if c.dep_ in {"nsubj", "nsubjpass", "expl"}]
    if clause.dep_ in {"acl", "advcl"}:  # the parse hangs ", founded in D" on either
        objects = [c for c in children if c.dep_ in {"dobj", "mark"}]
        return clause.tag_ == "VBN" and not subjects and not objects
    if clause.dep_ != "relcl" or len(subjects) != 1:
        return False
    if any(c.dep_ == "auxpass" for c in children):  # ", which was founded in D"
        return subjects[0].lower_ in {"which", "that"}
    # ", which they created in D": the founders' own pronoun, the relative its object
    objects = [c.lower_ for c in children if c.dep_ == "dobj"]
    return subjects[0].lower_ in {"they", "it", "we"} and objects in (["which"], ["that"])


def _as_did(trigger, heads: list) -> list:
    """The subject of a bare echo of the trigger verb: "X signed T in C on D, as did A and B",
    "as have A and B", "X was admitted to O in D, as was Y" (the verb's own auxiliary), "...,
    and so did Y", "..., and Y did too": Y does what the clause states, with its place and
    date. Not when the echo says more than its subject ("as did Y in 2016", "as Y did not")."""
    found = []
    for head in heads:
        if not head.tag_.startswith("VB"):
            continue
        words = _ECHO_VERBS | {c.lower_ for c in head.children if c.dep_ in {"aux", "auxpass"}}
        for echo in head.children:
            if echo.lower_ in words and (_as_echo(echo) or _so_echo(head, echo)):
                found += [x for x in echo.children if x.dep_ == "nsubj"]
    return found


def _as_echo(echo) -> bool:
    """ "as did Y": an adverbial clause of "as", the verb and its subject after it, no more."""
    children = list(echo.children)
    return (
        echo.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ == "as" for m in children)
        and all(x.dep_ in {"mark", "nsubj", "punct"} for x in children)
        and all(x.i > echo.i for x in children if x.dep_ == "nsubj")
    )


def _so_echo(head, echo) -> bool:
    """ "..., and so did Y" / "..., and Y did too": a verb coordinated by "and", its subject
    and "so" before it (the subject after) or "too|also" after it (the subject before)."""
    if echo.dep_ != "conj" or not any(
        c.dep_ == "cc" and c.lower_ == "and" and c.i < echo.i for c in head.children
    ):
        return False
    children = list(echo.children)
    subjects = [x for x in children if x.dep_ == "nsubj"]
    adverbs = [x for x in children if x.dep_ == "advmod"]
    if len(subjects) != 1 or len(adverbs) != 1:
        return False
    if any(x.dep_ not in {"nsubj", "advmod", "punct"} for x in children):
        return False
    subject, adverb = subjects[0], adverbs[0]
    if adverb.lower_ == "so":
        return adverb.i < echo.i < subject.i
    return adverb.lower_ in {"too", "also"} and subject.i < echo.i < adverb.i


def _slot_token(trigger, slot: Slot, places: dict):
    """The token an entity slot reads: a preposition's object for a slot with "after"
    words, else the subject (left) or object (right), or the owner and the listed."""
    if "owner" in places:
        owner = slot in trigger.rule.left or (not trigger.rule.left and not slot.after)
        return places["owner"] if owner else places["listed"]
    if slot.after:  # "signed the T in C": the parse may hang "in C" on the object
        heads = [*places["heads"], places.get("subject"), places.get("object")]
        return _after_object(trigger, slot.after, heads)
    if slot in trigger.rule.left and slot is not subject_slot(trigger, places):
        return _qualifier(trigger)  # "X is a WTO member": the name before the noun
    return places["subject"] if slot in trigger.rule.left else places["object"]


def _qualifier(trigger):
    """The one name qualifying the trigger noun ("an SCO member state", "O's member")."""
    names = [c for c in trigger.head.children
             if c.dep_ in {"compound", "poss", "nmod"}
             and c.i in trigger.parse.mention]  # fmt: skip
    return names[0] if len(names) == 1 and trigger.head.tag_.startswith("NN") else None


def _after_object(trigger, words: frozenset, heads: list):
    """The object of the one preposition of ``words`` on the heads ("by", "with", "in");
    "with which" stands for the relative clause's head noun."""
    heads = [head for head in heads if head is not None]
    # "signed on 23 May 1992 by A": the parse may hang the agent on the date
    heads += [c for head in heads for p in head.children if p.dep_ == "prep"
              for c in p.children if c.dep_ == "pobj" and _is_value(trigger, c)]  # fmt: skip
    objects = [c for head in heads for p in head.children
               if p.lower_ in words and p.dep_ in {"prep", "agent"}
               for c in p.children if c.dep_ == "pobj"]  # fmt: skip
    # "in 1996" is no place: a value's phrase is the value slots' to read; nor is the
    # trigger itself ("took part in the summit of O in C")
    objects = [c for c in objects if c != trigger.head and (trigger.parse.mention.get(c.i) is None
               or trigger.parse.mention[c.i].value is None)]  # fmt: skip
    if len(objects) != 1:
        return None
    if objects[0].lower_ in {"which", "whom"}:
        return _relative_clause_head(objects[0])
    return objects[0]


def _named_apposition(trigger, token):
    """The names a common noun stands in apposition with ("its two Caspian neighbours,
    Kazakhstan and Azerbaijan, established ..."), else the token itself."""
    if token.i in trigger.parse.mention or not token.tag_.startswith("NN"):
        return token
    mention = trigger.parse.mention
    if token.dep_ == "appos" and token.head.i in mention and _set_off(trigger, token.head, token):
        return token.head  # "X, the venture that develops F": X
    named = [
        c
        for c in token.children
        if c.dep_ == "appos" and c.i in mention and _set_off(trigger, token, c)
    ]
    if not named:
        named = _set_off_list(trigger, token)
    if len(named) != 1:
        return token
    # "eleven states: A, B, ...": a count on the noun must be the list's length ("four
    # states: A, B and C" names no one); the noun itself, no name, then fills nothing
    count = _count(token)
    return named[0] if count is None or count == len(_listed(trigger, named[0])) else token


#: Plural nouns of a list's kind whose set-off list stands for them even where the parse
#: breaks it into appositions ("the five states – A, B, C, D and E – signed": "B" hangs on
#: "A" as its apposition) or hangs it on the verb (_set_off_list).
_LIST_NOUNS = lexicon.words("list-kind-nouns")
_NUMBER_WORDS = " ".join(lexicon.phrases("count-words-from-zero"))
_NUMBERS = {word: number for number, word in enumerate(_NUMBER_WORDS.split(" "))}


def _after_list_noun(trigger, name) -> bool:
    """Whether ``name`` opens a list set off after a plural noun of _LIST_NOUNS: as its
    apposition, or right after it and a colon, a dash or a bracket."""

    def listing(noun):
        return (noun.i not in trigger.parse.mention and noun.tag_ == "NNS"
                and noun.lower_ in _LIST_NOUNS)  # fmt: skip

    if name.dep_ == "appos" and listing(name.head):
        return True
    noun = _list_noun_before(trigger, name)
    return noun is not None and listing(noun)


def _list_noun_before(trigger, name):
    """The noun a list opening with ``name`` follows: "N: name", "N – name", "N (name", or
    with the noun's "of" phrase between, "N of O – name", "N of O, name"; else None."""
    doc, i = trigger.doc, name.i
    of_phrase = i >= 4 and doc[i - 3].lower_ == "of" and doc[i - 2].tag_.startswith("NN")
    if of_phrase and (doc[i - 1].text in _OPENERS or doc[i - 1].text == ","):
        return doc[i - 4]
    return doc[i - 2] if i >= 2 and doc[i - 1].text in _OPENERS else None


#: What opens a list after its noun, and what must close it (None: the sentence's end).
_OPENERS = {":": None, "–": "–", "—": "—", "-": "-", "(": ")"}


def _set_off_list(trigger, noun) -> list:
    """ "founded by five nations: A, B, the C, D and E.", "the five republics – A, B, C, D and
    E – signed": a list right after a counted plural noun, closed by its own mark (a colon's
    by the sentence's end), which the parser may hang on the verb, not on the noun: [its
    first name] when the count is the list's length, else []."""
    doc = trigger.doc
    if noun.lower_ not in _LIST_NOUNS or noun.tag_ != "NNS":
        return []
    # right after the noun, or after its "of" phrase ("the four members of O – A, B, C, D –")
    starts = (
        [noun.i + 2, noun.i + 4]
        if noun.i + 1 < len(doc) and doc[noun.i + 1].lower_ == "of"
        else [noun.i + 2]
    )
    firsts = [doc[i] for i in starts if i < len(doc) and i in trigger.parse.mention
              and _list_noun_before(trigger, doc[i]) == noun]  # fmt: skip
    if len(firsts) != 1:
        return []
    first, count = firsts[0], _count(noun)
    opener = doc[first.i - 1].text
    listed = _listed(trigger, first)
    last = max(item.i for item in listed)
    if opener == ",":  # "the five members of O, A, B, C, D and E, signed": a count to match
        closed = count is not None and last + 1 < len(doc) and doc[last + 1].text == ","
    elif _OPENERS[opener] is None:
        closed = all(t.is_punct and t.text != ";" for t in doc[last + 1 :])
    else:
        closed = last + 1 < len(doc) and doc[last + 1].text == _OPENERS[opener]
    return [first] if closed and count in {None, len(listed)} else []


def _count(noun) -> int | None:
    """The number a plural noun carries ("eleven states", "all 5 states"), or None."""
    counts = [c for c in noun.children if c.dep_ == "nummod"]
    if len(counts) != 1:
        return None
    word = counts[0].lower_
    return int(word) if word.isdigit() else _NUMBERS.get(word, -1)


def _listed(trigger, name, chained: bool = False) -> list:
    """A list set off after a plural noun: the name, its conjuncts and, where the parse hangs
    an item on the one before as its apposition ("– A, B, C and D –"), that item's list."""
    found = [name, *_conjuncts(name)]
    if not chained and not _after_list_noun(trigger, name):
        return found
    for item in list(found):
        for c in item.children:
            if (
                c.dep_ == "appos"
                and c.i in trigger.parse.mention
                and c.i > item.i
                and all(t.text == "," for t in trigger.doc[item.i + 1 : c.i])
            ):
                found += _listed(trigger, c, chained=True)
    return found


def _set_off(trigger, head, appos) -> bool:
    """Whether ``appos`` follows ``head`` with punctuation alone between: "X, the venture
    ...", "its two neighbours, A and B, ...", a fact sheet's "T: signed in C by A and B". The
    parser also hangs a noun on a name across words ("The EU grew out of an older pool: the
    coal pool, founded by A and B"), where the noun is another thing."""
    own = trigger.parse.mention.get(head.i)
    between = [
        t
        for t in trigger.doc[head.i + 1 : appos.left_edge.i]
        if own is None or trigger.parse.mention.get(t.i) is not own
    ]
    return bool(between) and all(t.is_punct for t in between)


def _antecedent_subject(trigger, token, slot: Slot):
    """ "X is a member of O: it signed T", "X borders A, and it also shares a border with B":
    an "it" no earlier stage resolved, subject of a verb coordinated with one whose subject is
    one name, stands for that name when no other name of its classes comes between them, nor
    one that fits the slot as the object of the name's verb ("X co-founded O, and it signed
    T": O may have signed)."""
    verb = token.head
    if token.lower_ != "it" or token.i in trigger.parse.mention or token.dep_ != "nsubj":
        return token
    if verb.dep_ != "conj" or not verb.head.tag_.startswith("VB"):
        return token
    subjects = [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    mention = trigger.parse.mention.get(subjects[0].i) if len(subjects) == 1 else None
    if mention is None or mention.value is not None or len(mention.entities) != 1:
        return token
    kinds = set(mention.kinds)
    # a name of the antecedent's classes anywhere between, or one that fits the slot as an
    # argument of the antecedent's verb ("X co-founded O, and it signed T": O may have)
    arguments = {t.i for c in verb.head.children if c.dep_ in {"dobj", "attr", "dative"}
                 for t in [c, *_conjuncts(c)]}  # fmt: skip
    fits = {i for i in arguments if i in trigger.parse.mention
            and _fits(trigger.parse.mention[i], slot)}  # fmt: skip
    between = [m for i, m in trigger.parse.mention.items()
               if subjects[0].i < i < token.i and m.value is None
               and (i in fits or not kinds.isdisjoint(m.kinds))]  # fmt: skip
    return subjects[0] if not between else token


def _is_name(trigger, token) -> bool:
    mention = trigger.parse.mention.get(token.i)
    return mention is not None and mention.value is None


def _is_value(trigger, token) -> bool:
    mention = trigger.parse.mention.get(token.i)
    return mention is not None and mention.value is not None


def _members(trigger, token, slot: Slot) -> list[Mention] | None:
    """The mentions of ``token`` and its conjuncts, every one fitting the slot, or None.
    A light word of the line that is no name ("the presidents of A and B", "the heads of
    state of A, B", "the O summit") stands for the names its "of" phrase or its one
    qualifying name gives."""
    token = _named_by_light_word(trigger, token)
    if token is None:
        return None
    token = _antecedent_subject(trigger, _named_apposition(trigger, token), slot)
    if not _heads_plain_list(trigger, token):
        return None
    members = _within_clause(trigger, sorted(_listed(trigger, token), key=lambda t: t.i))
    members = _uncontrasted(token, members)
    if len(members) > 2 and _unnamed_rest(trigger, members[-1]):
        members = members[:-1]  # "A, B and seven other states": A and B are named
    members = _plain_list(trigger, members)
    return None if members is None else _fitting_mentions(trigger, members, slot)


def _named_by_light_word(trigger, token):
    """The token a light word of the line stands for (``token`` itself if it is a name or no
    light word): the one pobj of its "of" phrase or the one name qualifying it ("the
    presidents of A", "hosted the O summit", "O's summit"); None if not exactly one."""
    while token.i not in trigger.parse.mention and token.lower_ in trigger.rule.gap_words:
        named = [c for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                 for c in p.children if c.dep_ == "pobj"]  # fmt: skip
        # "the Tengiz and Korolev fields": the parse hangs a coordinated name on the noun as nmod
        named += [c for c in token.children if c.dep_ in {"compound", "poss", "nmod"}
                  and c.i in trigger.parse.mention]  # fmt: skip
        if len(named) != 1:
            return None
        token = named[0]
    return token


def _heads_plain_list(trigger, token) -> bool:
    """Whether ``token`` heads a list of its own: no conjunct of another's list (but a gapped
    clause's object, "and O2 in D2", or a list the parse hung on a list noun, "the five
    members of O, A, B"), no "or"/"nor" alternatives, no "either"/"neither" before it."""
    gapped = token.dep_ == "conj" and token.head.tag_.startswith("VB")  # "and O2 in D2"
    # "the five members of O, A, B, ...": the parse may coordinate the list with O
    gapped = gapped or (token.dep_ == "conj" and _after_list_noun(trigger, token))
    if (token.dep_ == "conj" and not gapped) or any(
        c.lower_ in {"or", "nor"} for c in token.subtree if c.dep_ in {"cc", "preconj"}
    ):
        return False
    return not any(c.dep_ == "preconj" and c.lower_ != "both" for c in token.children)


def _plain_list(trigger, members: list) -> list | None:
    """The members of one plain list (only list words between them, brackets of figures
    aside), cut where a closed inner list ends; None if other words stand between two."""
    glues = []
    for before, after in itertools.pairwise(members):
        between = trigger.doc[max(t.i for t in before.subtree) + 1 : after.i]
        if any(t.lower_ not in _LIST_WORDS for t in _unbracketed(trigger, between)):
            return None  # "O1 and later, with Y, O2": no plain list
        glues.append(list_glue([t.lower_ for t in trigger.doc[before.i + 1 : after.i]]))
    cut = closed_list_cut(glues)
    if cut is not None:  # "with A, B and C, and D, the railway": D is the outer list's
        members = members[: cut + 1]
    return members


#: The coordinators by which the parse joins a name the statement leaves out ("rather than").
_CONTRASTING = lexicon.words("tree-contrasting-coordinators")


def _uncontrasted(token, members: list) -> list:
    """The members before a contrasting coordinator in the filler's subtree (FPH16): "A rather
    than B joined O", which the parse reads as "A" coordinated with "B" by "than", states it of
    A, B is the one the statement leaves out."""
    contrasts = [c.i for c in token.subtree if c.dep_ == "cc" and c.lower_ in _CONTRASTING]
    return [m for m in members if m.i < min(contrasts)] if contrasts else members


def _fitting_mentions(trigger, members: list, slot: Slot) -> list[Mention] | None:
    """The members' distinct mentions, or None if one names no entity fitting the slot."""
    found = []
    for member in members:
        mention = trigger.parse.mention.get(member.i)
        if mention is None or not mention.entities or not _fits(mention, slot):
            return None
        if all(mention is not other for other in found):
            found.append(mention)
    return found


def _within_clause(trigger, members: list) -> list:
    """The members a relative clause or participle on one of them speaks of: those before it.
    "A, which joined O in D, and B, admitted in D2": the clause hangs on A, B is not its
    subject."""
    hung = any(m.i < trigger.begin and trigger.begin in {t.i for t in m.subtree} for m in members)
    return [m for m in members if m.i < trigger.begin] if hung else members


def _unbracketed(trigger, tokens) -> list:
    """The tokens outside brackets that name no one ("A (16.8%), B (8%) and C": a share, a
    figure), or all of them (a bracket that names someone, or one left open, is no aside)."""
    kept, opened = [], None
    for token in tokens:
        if token.text == "(" and opened is None:
            opened = []
        elif token.text == ")":  # the bracket may open before the tokens ("A (X%), B")
            inside = opened if opened is not None else _bracket_before(trigger, token)
            if inside is None or any(_is_name(trigger, t) for t in inside):
                return list(tokens)
            opened = None
        elif opened is not None:
            opened.append(token)
        else:
            kept.append(token)
    return kept if opened is None else list(tokens)


def _bracket_before(trigger, closing) -> list | None:
    """The tokens between ``closing`` and the "(" it closes, or None if none opens it."""
    for index in range(closing.i - 1, -1, -1):
        if trigger.doc[index].text in {"(", ")"}:
            found = trigger.doc[index].text == "("
            return list(trigger.doc[index + 1 : closing.i]) if found else None
    return None


def _unnamed_rest(trigger, token) -> bool:
    """A list's last conjunct that names no one but says there are more: "[A, B] and seven
    other states", "and other non-O producers" (a name qualifying the noun lists no one)."""
    return (
        token.dep_ == "conj"
        and token.tag_ == "NNS"
        and not any(_is_name(trigger, t) and t.head != token for t in token.subtree)
        and any(c.dep_ in {"amod", "advmod"} and c.lower_ in {"other", "more"}
                for c in token.children)
    )  # fmt: skip


def value_filler(trigger, slot: Slot, places: dict) -> list | None:
    """The one value of the slot's class the clause attaches by one of its words ([] if the
    clause holds none and the slot is optional); None if it holds two, or one otherwise."""
    values = [
        (token, mention)
        for token, mention in _clause_values(trigger, places["heads"])
        if any(c in mention.kinds for c in slot.classes)
        and not ("Length" in slot.classes and _distance(trigger, mention))
    ]  # "X borders Y (1,212 km from Bishkek)": a distance, no length of the border
    heading = _heading(trigger, slot, places)
    if heading is not None:
        values = [v for v in values if v[1] is not heading[1]]
        if not values:
            return [(heading[1], slot.classes[0])]
    if not values:
        return [] if slot.optional and slot.role not in _key_roles(trigger.rule.kind) else None
    if len(values) > 1:
        return None
    token, mention = values[0]
    # on a head of the clause, or on its subject or object ("signed the T on D")
    holders = [*places["heads"], places.get("subject"), places.get("object")]
    if slot.after:
        words = slot.after
        if "in" in words and token.head.head == places.get("founding"):
            words = words | {"on"}  # "O, established on D": the day of its founding
        attached = token.dep_ == "pobj" and token.head.lower_ in words
        attached = attached and token.head.head in holders
    else:  # a length with no word of its own: "a 1,212 km border", "a border of 1,212 km"
        attached = token.head in holders or (
            token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head in holders
        )
    return [(mention, slot.classes[0])] if attached and not _cut_off(trigger, token) else None


#: Verbs of a state of affairs, which a chronology line's date does not date.
_STATES = lexicon.words("stative-verbs")


def _heading(trigger, slot: Slot, places: dict) -> tuple | None:
    """A chronology line's heading date ("8 April 1997 – X and Y sign T"), for a date slot of
    the line's main clause (its root, or a verb coordinated with it), or None."""
    heading = trigger.parse.heading
    if heading is None or "Date" not in slot.classes:
        return None
    if slot.after and slot.after <= {"since"}:
        return None  # a date of "since" only: a heading dates no state of affairs
    clause = places["clause"]
    if any(t.lower_ in _STATES for t in (clause, *places["heads"])):
        return None  # "2010 – X is a member of O", "2019 – A and B maintain relations"
    while clause.dep_ == "conj" and clause.head.tag_.startswith("VB"):
        clause = clause.head
    return heading if clause.dep_ == "ROOT" and clause.i > heading[0].i else None


def _cut_off(trigger, value) -> bool:
    """A value fronted before an aside between commas ("In 2015, to great acclaim, X
    joined O") or set off by a comma ("X, in 1997, joined O"): read as the fallback reads
    it, which takes no date across or out of an aside."""
    subject = min((i for i, m in trigger.parse.mention.items() if m.value is None), default=0)
    # (a date's own comma, "November 28, 2024", sets nothing off)
    commas = [t for t in trigger.doc[value.i : subject]
              if t.text == "," and t.i not in trigger.parse.of_start]  # fmt: skip
    if value.i < subject and len(commas) >= 2:
        return True
    phrase = list(value.head.subtree) if value.head.dep_ == "prep" else [value]
    if _after_set_off_name(trigger, phrase[0]) or _after_gapped_name(trigger, phrase[0]):
        return True
    # after a comma, not opening the sentence: "X, in 1997, joined O", "X joined O, the
    # trade body, in 2015" (the fallback reads neither); but the comma that closes a place's
    # country ("signed in Lisbon, Portugal, on D") sets nothing off
    if phrase[0].i <= 1 or trigger.doc[phrase[0].i - 1].text != ",":
        return False
    before = trigger.doc[phrase[0].i - 2]
    return not _closes_place(trigger, before) and not _closes_aside(trigger, before, value)


#: What sets off a name opening a clause with its verb left out: a comma, or a dash (REC21M:
#: "Both countries are members of O – A since D – and ...").
_SETTING_OFF = frozenset({",", "–", "—"})


def _after_set_off_name(trigger, first) -> bool:
    """Whether a value's phrase follows a name set off by a comma or a dash, a clause of its own
    with its verb left out ("A and B are members of O, B since D", "..., the latter since D",
    "O – B since D –"): the value dates that name's fact only. Not a place's country ("in
    Aktau, Kazakhstan on D")."""
    if first.i < 2:
        return False
    named = trigger.doc[first.i - 1]
    mention = trigger.parse.mention.get(named.i)
    return (
        mention is not None
        and mention.value is None
        and trigger.doc[named.i - 1].text in _SETTING_OFF
        and not _closes_place(trigger, named)
    )


#: Month names: a date phrase before "and" + a name closes the first of two gapped clauses.
_MONTHS = lexicon.words("month-names")


def _after_gapped_name(trigger, first) -> bool:
    """Whether a value's phrase follows "and" + a name right after a date of its own, the second
    of two clauses with the verb left out ("which A joined on 2 January and B on 12 August 2015"):
    the value dates that name's fact only, not the first clause's (whose day has no year). A
    state's name may open with "the" ("and the Kyrgyz Republic on D"); another "the" name is
    the object of a gapped verb ("joined the Council of Europe in 2001 and the Organisation
    of Islamic Cooperation in 1991"), whose date the dependency reading gives it. This differs
    from values._GAPPED_NAME, which lends a yearless day its year on the raw text before any
    mention is known (so it cannot tell a state's name and passes "the" before any name): the
    year is the same whichever part of the clause is left out, its owner is not."""
    if first.i < 3:
        return False
    named = trigger.doc[first.i - 1]
    mention = trigger.parse.mention.get(named.i)
    the = trigger.doc[named.i - 1].lower_ == "the" and "State" in getattr(mention, "kinds", ())
    conjunction = named.i - 2 if the else named.i - 1
    if conjunction < 1 or trigger.doc[conjunction].lower_ != "and":
        return False
    before = trigger.doc[conjunction - 1]
    dated = before.lower_ in _MONTHS or before.like_num or _is_value(trigger, before)
    return mention is not None and mention.value is None and dated


def _closes_aside(trigger, token, value) -> bool:
    """Whether ``token`` ends a phrase between commas that hangs, as the value's does, on
    the verb and holds no value ("developed F, in the north-west of the country, since D")."""
    verb = value.head.head if value.head.dep_ == "prep" else None
    if verb is None or not verb.tag_.startswith("VB"):
        return False
    asides = [p for p in verb.children if p.dep_ == "prep" and p.i < value.i
              and max(t.i for t in p.subtree) == token.i]  # fmt: skip
    return (
        len(asides) == 1
        and trigger.doc[asides[0].i - 1].text == ","
        and not any(_is_value(trigger, t) for t in asides[0].subtree)
    )


def _closes_place(trigger, token) -> bool:
    """Whether ``token`` is a name in apposition to a named place ("Lisbon, Portugal")."""
    head = token.head
    return (
        token.dep_ == "appos"
        and token.i in trigger.parse.mention
        and head.i in trigger.parse.mention
        and "Place" in trigger.parse.mention[head.i].kinds
        and "Place" in trigger.parse.mention[token.i].kinds
    )


def _distance(trigger, mention: Mention) -> bool:
    """Whether a value is a figure in brackets that goes on as a distance (triggers
    distance_in_brackets) on the parse's tokens, those its mention spans."""
    inside = [i for i, part in trigger.parse.of_start.items() if part is mention]
    return bool(inside) and distance_in_brackets(trigger.doc, min(inside), max(inside) + 1)


def _clause_values(trigger, heads: list) -> list:
    """(token, value mention) of every value whose way up to one of the clause's ``heads``
    opens no other clause."""
    found = []
    for index, mention in trigger.parse.mention.items():
        if mention.value is None:
            continue
        token = trigger.doc[index]
        while token not in heads and not _opens_clause(token) and token.head != token:
            token = token.head
        if token in heads:
            found.append((trigger.doc[index], mention))
    return found
