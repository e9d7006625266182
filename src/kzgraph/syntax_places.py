"""Where a trigger's fillers stand in the parse: the subject, the object, the clause heads
whose phrases attach values, for a verb ("A joined O"), a noun ("X, a member of O"), a
modifier ("the O summit in C") and a listing line ("whose members are A, B")."""

from __future__ import annotations

from kzgraph.syntax_tree import (
    _ATTENDING,
    _COPULAS,
    _COUNTING,
    _HAPPENING,
    _HOSTING,
    _PARTICIPATING,
    _noun_part,
    _numbered_holder,
    _passive,
    _relative_clause_head,
    _relative_head,
    _subject,
)
from kzgraph.triggers import ordinal


def find_places(trigger) -> dict | None:
    """The tokens the line's slots read: "subject", "object", the clause heads whose
    prepositions attach values and "after" fillers, or None for an odd construction."""
    head = trigger.head
    if trigger.listing and head.tag_.startswith("NN"):
        return _listing_places(trigger, head)
    if trigger.rule.modifier and head.tag_.startswith("NN"):
        return _modifier_places(trigger, head)
    if head.tag_.startswith("VB") and head.lower_ not in _COPULAS:
        return _verb_places(trigger, head)
    if head.tag_.startswith("NN"):
        return _noun_places(trigger, head)
    return None


def _verb_places(trigger, verb) -> dict | None:
    passive = _passive(verb)
    phrase_passive = any(t.dep_ == "auxpass" for t in trigger.tokens)
    by_line = trigger.rule.passive
    if by_line != (passive and not phrase_passive):
        return None  # "O was founded by A" is no active line's; "A founded O" no by-line's
    subject = _subject(verb, passive=passive)
    if subject is None:
        subject = _noun_and_its_list(verb)
    if trigger.preposition is not None:
        objects = [c for c in trigger.preposition.children if c.dep_ == "pobj"]
    else:
        objects = [c for c in verb.children if c.dep_ == "dobj"]
    obj = _relative_head(verb, objects[0]) if len(objects) == 1 else None
    if len(objects) > 1:
        return None
    return {"subject": subject, "object": obj, "heads": [verb], "clause": verb}


def _noun_and_its_list(verb):
    """ "the five republics – A, B, C, D and E – signed T": the parse may make the noun and the
    first name of its set-off list two subjects of the verb; the noun (whose list the fillers
    read, syntax_fillers._set_off_list), when the name follows it and a dash or colon alone."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 2 or subjects[0].tag_ != "NNS":
        return None
    noun, name = subjects
    between = noun.doc[noun.i + 1 : name.i]
    return noun if len(between) == 1 and between[0].text in {"–", "—", "-", ":"} else None


def _noun_places(trigger, noun) -> dict | None:
    """ "X is/became a member of O", "X, a member of O", "X is one of the founders of O",
    "O was founded as the successor of P", "X and Y established diplomatic relations"."""
    objects = []
    if trigger.preposition is not None:
        objects = [c for c in trigger.preposition.children if c.dep_ == "pobj"]
        if len(objects) != 1:
            return None
    elif trigger.fronted is not None:
        objects = _fronted_object(trigger, noun)
        if not objects:
            return None
    if _foreign_modifier(trigger, noun):
        return None  # "tense diplomatic relations", "a key member": not the line's noun
    holder = _numbered_holder(noun)
    heads = [noun] if holder is noun else [noun, holder]
    found = _holder_subject(trigger, holder)
    if found is None:
        return None
    subject, verb = found
    heads += [verb] if verb is not None else []
    obj = objects[0] if objects else None
    return {"subject": subject, "object": obj, "heads": heads, "clause": heads[-1]}


def _fronted_object(trigger, noun) -> list:
    """ "O, of which X is a founding member": the relative clause's head, when the phrase's
    preposition opens the clause with "which" and hangs on the noun or its verb."""
    heads = [noun, noun.head]
    pronouns = [c for head in heads for p in head.children
                if p.dep_ == "prep" and p.lower_ == trigger.fronted and p.i < noun.i
                for c in p.children
                if c.dep_ == "pobj" and c.lower_ in {"which", "whom"}]  # fmt: skip
    if len(pronouns) != 1:
        return []
    head = _relative_clause_head(pronouns[0])
    return [head] if head is not None else []


def _foreign_modifier(trigger, noun) -> bool:
    """A word qualifying the trigger noun that is none of the line's, no name, no ordinal."""
    return any(
        c.dep_ in {"amod", "compound", "nmod"} and c.lower_ not in trigger.rule.gap_words
        and c.i not in trigger.parse.mention and c.i not in range(trigger.begin, trigger.end)
        and not ordinal(c.lower_)
        for c in noun.children
    )  # fmt: skip


def _holder_subject(trigger, holder) -> tuple | None:
    """(subject, the verb that joins the clause's heads or None) of the noun's place, or
    None for a place the line cannot read."""
    head = holder.head
    own = trigger.rule.gap_words | trigger.rule.needs
    if holder.dep_ == "dobj" and head.tag_.startswith("VB"):
        if trigger.parse.said(head) not in own:  # "X established diplomatic relations with Y", not
            return None  # "Russia praised Tajikistan's chairmanship": not Russia's
        return (None if _passive(head) else _subject(head, passive=False)), head
    if holder.dep_ in {"nsubj", "nsubjpass"} and head.tag_.startswith("VB"):
        # "Diplomatic relations between A and B were established on D"
        return None if trigger.parse.said(head) not in own or trigger.rule.left else (None, head)
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


def _modifier_places(trigger, noun) -> dict | None:
    """ "the O summit in C on D", "the summit of O, held in C on D", "O's summit met in C":
    the organisation qualifies the noun; the noun's own phrases and those of the verb it is
    the subject of (or that modifies it) give the place and the date."""
    owners = [c for c in noun.children if c.dep_ in {"compound", "poss", "nmod"}
              and c.i in trigger.parse.mention]  # fmt: skip
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
    elif _attended(noun) is not None:  # "X attended the O summit in C on D"
        heads.append(_attended(noun))
    return {"subject": owners[0], "object": None, "heads": heads, "clause": heads[-1]}


def _attended(noun):
    """The verb by which someone attends the noun's event ("attended the O summit", "took
    part in the summit of O", "participated in the O summit"): its place and date are the
    event's. None for any other place of the noun."""
    if noun.dep_ == "dobj" and noun.head.lower_ in _ATTENDING:
        return noun.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return None
    verb = noun.head.head
    took_part = verb.lower_ in {"took", "takes", "take"} and any(
        c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children
    )
    return verb if took_part or verb.lower_ in _PARTICIPATING else None


def _listing_places(trigger, noun) -> dict | None:
    """ "The members of O are A, B", "whose members are A, B", "Among its members are A,
    B", "O's members include A and B": the organisation and the listed states."""
    verbs = {p[-1] for p in trigger.rule.phrases if len(_noun_part(p)) < len(p)}
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
    elif noun.dep_ == "pobj" and noun.head.lower_ == "among" and noun.head.head.lower_ in _COUNTING:
        return _counting_places(trigger, noun, noun.head.head)
    else:
        return None
    of = [c for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
          for c in p.children if c.dep_ == "pobj"]  # fmt: skip
    owners = [c for c in noun.children if c.dep_ == "poss"] + of
    if len(listed) != 1 or len(owners) != 1:
        return None
    owner = owners[0]
    if owner.lower_ == "whose":  # the clause's head; or, unattached, the word before it
        before = owner.i - 2 if owner.i > 1 and trigger.doc[owner.i - 1].text == "," else -1
        head = verb.head if verb.dep_ == "relcl" else trigger.doc[before] if before >= 0 else None
        owner = _antecedent(trigger, head) if head is not None else None
        if owner is None:
            return None
    elif (  # a pronoun references.py did not resolve ("Its members" opening a sentence)
        owner.lower_ in {"its", "their"}
        and owner.i not in trigger.parse.mention
        and trigger.parse.possessive(owner, states_own="State" in _owner_slot(trigger).classes)
        is None
    ):
        return None
    return {"owner": owner, "listed": listed[0], "heads": [verb, noun], "clause": verb}


def _owner_slot(trigger):
    """The slot of the owner a listing line names first ("O's members are", "the signatories
    of T are")."""
    return (trigger.rule.left + trigger.rule.right)[0]


def _counting_places(trigger, noun, verb) -> dict | None:
    """ "O counts A and B among its members": the verb's subject owns the members its object
    lists (the possessive is the subject's own: "its", "their")."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    listed = [c for c in verb.children if c.dep_ == "dobj"]
    if len(owners) != 1 or owners[0].lower_ not in {"its", "their"} or len(listed) != 1:
        return None
    if len(subjects) != 1 or subjects[0].i not in trigger.parse.mention:
        return None
    return {"owner": subjects[0], "listed": listed[0], "heads": [verb, noun], "clause": verb}


def _antecedent(trigger, head):
    """The noun a relative clause speaks of. After a date ("O in 2002, whose members
    are ...") the parse hangs the clause on the date, which has no members: the name right
    before the date's preposition is meant."""
    mention = trigger.parse.mention.get(head.i)
    if mention is None or mention.value is None or head.head.dep_ != "prep":
        return head
    before = head.head.i - 1
    named = trigger.parse.mention.get(before)
    return trigger.doc[before] if named is not None and named.value is None else None
