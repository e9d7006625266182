"""Where a trigger's clause lies in a merged sentence Doc, and where a filler it lacks is named.

The trigger fallback (triggers.py) reads one clause around its trigger: the tokens left of it
back to a clause break (an apposition between commas skipped), and those right of it up to a
break or a purpose ("to attend"). A clause that names no subject or object itself may still
state one plainly, at a place these functions point to:

- a relative clause's head: "O, which X joined in 2006" (the object), "X, which joined O"
  (the subject);
- a nominal or participle apposition's head: "X, a member of O since 2017, ...",
  "T, signed by A and B in 1994, ...";
- the subject a coordinated verb phrase shares: "X acceded to T, became a member of O in 1994
  and ...", "X was admitted to O1 in 1992 and joined O2 in 1995";
- elliptic conjuncts after the object: "X joined O1 in 1992 and O2 in 1995",
  "X became a member of O1 in 1992 and of O2 in 1993".

Each function returns token indices; triggers.py checks that the filler fits its slot.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kzgraph import lexicon
from kzgraph.rule_dsl import POSSESSIVE
from kzgraph.sentences import BULLET_MARK

#: Past participles that do not end in -ed and open a participle apposition ("P, built by C,
#: was completed in D", "T, drawn up in C, ..."): the -ed ones are recognised by their ending.
PARTICIPLES = lexicon.words("irregular-participles")
#: Words that end a clause: a filler beyond one belongs to another clause.
CLAUSE_BREAKS = lexicon.words("trigger-clause-breaks")
#: Words that also end the clause on the right: a purpose ("to attend", "for the summit").
RIGHT_BREAKS = lexicon.words("trigger-right-breaks")
#: The words that open an apposition or relative clause after a named head ("X, the ...,").
APPOSITION_OPENERS = lexicon.words("trigger-apposition-openers")
#: Words after which a value belongs to another clause, or (after the match) to a relative one.
OTHER_CLAUSE = lexicon.words("trigger-other-clause-words")
RELATIVE = lexicon.words("trigger-relative-words")
#: The words a nominal apposition opens with ("X, a member of O", "X, one of the founders").
NOMINAL_OPENERS = lexicon.words("nominal-apposition-openers")
#: What a shared subject's verb phrases may be joined by: a comma or "and", nothing else.
VERB_JOINERS = frozenset([",", "and"])
#: Words that open a clause's own subject: after "and" they leave no subject to share ("...,
#: and both are members of O", "and it joined O", "and the two joined O").
SUBJECT_WORDS = lexicon.words("subject-words")
#: Pronouns that open a contrast clause's own subject (", but it is not a member of P").
CONTRAST_SUBJECTS = lexicon.words("contrast-subjects")
#: Nouns after which "of O" names the organisation itself, not a part of it.
MEMBER_NOUNS = lexicon.words("member-nouns")
#: What may open a role phrase after "as" with no article (MEMB22): "as full members", "as
#: member states", "as founding members".
AS_MEMBER_BARE = lexicon.words("memb22-as-member-bare")
#: Words that open a short adverbial aside between commas ("X, however, joined O").
ASIDE_OPENERS = lexicon.words("adverbial-aside-openers")
#: Words that may stand in an elliptic conjunct besides its filler and values ("and O2 in 1995").
CONJUNCT_WORDS = lexicon.words("conjunct-words")
#: The classes of value mentions (values.py) rather than named entities.
VALUE_CLASSES = frozenset(["Date", "Length", "Money", "Number", "Percent"])


def breaks(doc, index: int) -> bool:
    """Whether token ``index`` ends a clause ("since" before a date is a preposition)."""
    token = doc[index]
    if token._.kz_mention >= 0:
        return False
    if token.lower_ == "since":
        following = doc[index + 1] if index + 1 < len(doc) else None
        return following is None or "|Date|" not in following._.kz_kinds
    if token.lower_ == "as" and _as_member(doc, index):
        return False
    return token.lower_ in CLAUSE_BREAKS or _spaced_dash(doc, index)


def _spaced_dash(doc, index: int) -> bool:
    """Whether token ``index`` is an en dash between spaces ("X joined O in 2001 – a claim
    historians reject"), which sets off what follows as an em dash does (KNOWN21); one inside a
    name or a range ("Kazakh–Chinese", "1991–2012") is none."""
    return (
        doc[index].text == "–"
        and 0 < index < len(doc) - 1
        and bool(doc[index - 1].whitespace_ and doc[index].whitespace_)
    )


def _as_member(doc, index: int) -> bool:
    """ "as a full member", "as its ninth member state", and a plural without an article, "as
    full members", "as member states" (MEMB22): a role phrase, no clause of its own (a lesser
    status, "as an observer", is left to the block words)."""
    words = [t.lower_ for t in doc[index + 1 : index + 5]]
    if not words:
        return False
    if words[0] not in {"a", "an", "its", "the", "their"}:
        return words[0] in AS_MEMBER_BARE and any(_member_noun(word) for word in words[:3])
    return any(_member_noun(word) for word in words[1:])


def role_phrase_end(doc, index: int) -> int | None:
    """The index after the member noun of the role phrase "as a full member", "as its tenth
    member state", "as full members" opening at ``index`` (MEMB22), or None."""
    if index >= len(doc) or doc[index].lower_ != "as" or not _as_member(doc, index):
        return None
    for i in range(index + 1, min(index + 5, len(doc))):
        if _member_noun(doc[i].lower_):
            following = doc[i + 1].lower_ if i + 1 < len(doc) else ""
            return i + 2 if following in {"state", "states", "country", "countries"} else i + 1
    return None


def _member_noun(word: str) -> bool:
    return word in MEMBER_NOUNS or word in {"member-state", "member-states"}


def is_actor(token) -> bool:
    return token._.kz_mention >= 0 and token._.kz_actor


def is_entity(token) -> bool:
    """A named thing (an actor, a treaty, a field, a pipeline...), no value: a head."""
    return token._.kz_mention >= 0 and not is_value(token)


def is_value(token) -> bool:
    """A value mention (a date, a length, a sum): no actor, never a head."""
    kinds = token._.kz_kinds
    return token._.kz_mention >= 0 and any(
        f"|{kind}|" in kinds for kind in VALUE_CLASSES
    ) and not token._.kz_actor  # fmt: skip


def apposition_start(doc, closing: int) -> int | None:
    """The opening comma of "HEAD , the ... ," closed at ``closing``, when HEAD is a named actor
    and the words after the comma open an apposition or relative clause (a list "A, B and C"
    whose first comma is left unmerged does not)."""
    for index in range(closing - 1, 0, -1):
        if doc[index].text in {";", ".", ":"}:
            return None
        if doc[index].text == ",":
            opener = doc[index + 1].lower_.split()[0]
            opens = opener in APPOSITION_OPENERS or opener.endswith("ed") or opener in PARTICIPLES
            return index if opens and is_entity(doc[index - 1]) else None
    return None


def aside_start(doc, closing: int) -> int | None:
    """The opening comma of a short adverbial aside after a named subject, closed at
    ``closing``: "X, however, joined O", "X, by contrast, is a member of O" (at most three
    lowercase words, no mention: "X, in 1992, joined O" is no aside)."""
    for index in range(closing - 1, max(closing - 5, 0), -1):
        token = doc[index]
        if token.text == ",":
            first = doc[index + 1].lower_
            fits = index + 1 < closing and first in ASIDE_OPENERS and is_actor(doc[index - 1])
            return index if fits else None
        if token._.kz_mention >= 0 or not token.text.isalpha() or not token.text.islower():
            return None
    return None


def left_clause(doc, begin: int) -> list[int]:
    """Indices of the clause's tokens left of the trigger, nearest first, appositions and
    adverbial asides skipped."""
    indices, index = [], begin - 1
    while index >= 0 and not breaks(doc, index):
        if doc[index].text == ",":
            # before the subject is found, a comma can only close an apposition after it
            opening = (
                None
                if any(is_actor(doc[i]) for i in indices)
                else apposition_start(doc, index) or aside_start(doc, index)
            )
            if opening is None:
                break
            index = opening - 1
            continue
        indices.append(index)
        index -= 1
    return indices


def right_clause(doc, end: int) -> list[int]:
    """Indices of the clause's tokens right of the trigger, up to a break or a purpose; a place
    apposition after a city ("in C, Kazakhstan, on D", "in C, a town in the north, on D") is
    skipped."""
    indices, index = [], end
    while index < len(doc):
        closing = place_apposition_end(doc, index) if indices else None
        if closing is not None:
            index = closing + 1
            continue
        if breaks(doc, index) or _right_break(doc, index):
            break
        indices.append(index)
        index += 1
    return indices


def _right_break(doc, index: int) -> bool:
    """A purpose or a list that ends the clause on the right; "to" before a date ("dates back
    to D", "from D1 to D2") is none."""
    token = doc[index]
    if token._.kz_mention >= 0 or token.lower_ not in RIGHT_BREAKS:
        return False
    following = doc[index + 1] if index + 1 < len(doc) else None
    dated = following is not None and "|Date|" in following._.kz_kinds and is_value(following)
    return not (
        (token.lower_ == "to" and dated) or (token.lower_ == "for" and _for_visit(doc, index))
    )


def _for_visit(doc, index: int) -> bool:
    """ "for a (two-day) state visit": the purpose names the visit itself, no other clause."""
    words = doc[index + 1 : index + 8]
    if not len(words) or words[0].lower_ not in {"a", "an", "his", "her", "their", "its"}:
        return False
    for token in words[1:]:
        if token.text in {"-", "–"}:
            continue  # "a two-day state visit"
        if token._.kz_mention >= 0 or not token.text.replace("-", "").isalpha():
            return False
        if token.lower_ in {"visit", "visits"}:
            return True
    return False


def place_apposition_end(doc, comma: int) -> int | None:
    """The closing comma (or final stop) of an apposition that says where a city lies, opened
    by the comma at ``comma``: "C, Kazakhstan," or "C, a resort town in Kazakhstan," (at most
    eight words: lowercase ones, "the", "a", and states or regions, nothing else named)."""
    city = doc[comma - 1] if comma > 0 else None
    if doc[comma].text != "," or city is None or not _is_kind(city, "City"):
        return None
    opener = comma + 1
    if opener < len(doc) and _is_kind(doc[opener], "State", "Region"):
        closing = opener + 1
        return closing if closing < len(doc) and doc[closing].text in {",", "."} else None
    if opener >= len(doc) or doc[opener].lower_ not in {"a", "an", "the"}:
        return None
    for index in range(opener + 1, min(opener + 9, len(doc))):
        token = doc[index]
        if token.text in {",", "."}:
            return index
        named = token._.kz_mention >= 0
        if named and not _is_kind(token, "State", "Region"):
            return None
        if not named and (not token.text.isalpha() or token.lower_ in CLAUSE_BREAKS):
            return None
    return None


def _is_kind(token, *kinds: str) -> bool:
    """Whether a mention token is of one of ``kinds`` and of no value class."""
    return (
        token._.kz_mention >= 0
        and any(f"|{kind}|" in token._.kz_kinds for kind in kinds)
        and not is_value(token)
    )


def fronted_date(doc, left: list[int]) -> list[int]:
    """ "In 2015, X joined O", "Since 1992, X has been a member of O": a date opening the
    sentence before the clause's comma (the line's slot says which preposition it takes)."""
    start = min(left, default=None)
    if start == 3 and doc[0].lower_ in {"in", "on", "since"} and doc[2].text == ",":
        return [1] if "|Date|" in doc[1]._.kz_kinds else []
    return []


def segment(doc, index: int) -> range:
    """The part of the sentence that holds token ``index``, between semicolons and a contrast
    (", while" / ", whereas", or ", but" / ", yet" before a subject of its own): a block word
    ("observer", "plans") or a negation in another part speaks of another clause ("X is a
    member of O, while Y is only an observer", "X is a member of O, but it is not one of P";
    ", but not as a full member" has no subject and stays in the part)."""
    cuts = doc.user_data.get(_CUTS_KEY)  # the same for every trigger of the (unchanged) Doc
    if cuts is None:
        words = [token.lower_ if token._.kz_mention < 0 else "" for token in doc]  # a name: no cut

        def own_subject(i: int) -> bool:
            return is_actor(doc[i]) or words[i] in CONTRAST_SUBJECTS

        cuts = doc.user_data[_CUTS_KEY] = _cut_points(words, own_subject)
    return _part_at(cuts, index, len(doc))


#: The Doc.user_data key under which segment keeps a merged Doc's cut points.
_CUTS_KEY = "kz_segment_cuts"
_BULLET = re.compile(BULLET_MARK)


def segment_words(words: list[str], index: int, own_subject: Callable[[int], bool]) -> range:
    """``segment`` over a sentence's lowercased words, for any parse of it: ``own_subject(i)``
    says whether word ``i`` after ", but" / ", yet" opens a subject of its own (the dependency
    reading, syntax.py, cuts its parse's words as the fallback cuts its Doc)."""
    return _part_at(_cut_points(words, own_subject), index, len(words))


def _cut_points(words: list[str], own_subject: Callable[[int], bool]) -> list[int]:
    return [i for i in range(len(words)) if _cuts(words, i, own_subject)]


def _part_at(cuts: list[int], index: int, length: int) -> range:
    start = max((i + 1 for i in cuts if i < index), default=0)
    end = min((i for i in cuts if i >= index), default=length)
    return range(start, end)


def _cuts(words: list[str], index: int, own_subject: Callable[[int], bool]) -> bool:
    word = words[index]
    if word == ";":
        return True
    if index < 1 or words[index - 1] != ",":
        return False
    if word in {"while", "whereas"}:
        return True
    return word in {"but", "yet"} and index + 1 < len(words) and own_subject(index + 1)


def _free_head(doc, head: int) -> bool:
    """A named head that is no qualifier: not "the capital of X", not "X's ...", not a list's
    last name after a comma ("A, B, which ...") of names a list's "and" joins."""
    if head < 0 or not is_entity(doc[head]):
        return False
    before = head - 1
    if before >= 0 and doc[before].lower_ == "the":
        before -= 1
    if before < 0:
        return True
    word = doc[before]
    if word.lower_ == "of" and before > 0 and doc[before - 1].lower_ in MEMBER_NOUNS:
        return True  # "a founding member of O, which X joined": O heads the clause
    if word.lower_ in {"of", "for", "between", "among", "with"} or word.text in POSSESSIVE:
        return False
    if word.text == "," and before > 0 and is_entity(doc[before - 1]):
        # "A, B, which ...": B's clause only where the names joined no list (no "and" between
        # them: "within the UN, the CICA, which both founded, and ..."; references._check)
        return _comma_pair_unjoined(doc, before)
    return True


def _comma_pair_unjoined(doc, comma: int) -> bool:
    """Whether the names before ``comma`` (and "the") are joined by commas alone, with no "and"
    or "or" before their run: "within the UN, the CICA, which ...", not "A and B, C, which"."""
    index = comma - 1
    while index >= 0 and (
        is_entity(doc[index]) or doc[index].text == "," or doc[index].lower_ == "the"
    ):
        index -= 1
    return index >= 0 and doc[index].lower_ not in {"and", "or", "&"}


def relative_head(doc, first: int, subject: bool, person: bool) -> int | None:
    """The head before the relative word that opens the clause at ``first``: "X, which
    [joined O]" (``subject``: the clause has no subject of its own) or "O, which X joined"."""
    opener = first - 1
    if opener < 1 or doc[opener]._.kz_mention >= 0:
        return None
    word = doc[opener].lower_
    if word in {"which", "who"} and doc[opener - 1].text == ",":
        if (word == "who") != person:
            return None
        head = opener - 2
    elif word == "that" and not person:
        head = opener - 1
    else:
        return None
    if subject and head + 1 < len(doc) and doc[head + 1].text == "," and word == "that":
        return None
    return head if _free_head(doc, head) else None


def comma_head(doc, first: int, nominal: bool) -> int | None:
    """The head before the comma that opens the clause at ``first``: a nominal apposition
    ("X, a member of O", ``nominal``) or a participle one ("T, signed by A in 1994")."""
    comma = first - 1
    if comma < 1 or doc[comma].text != ",":
        return None
    if nominal and (first >= len(doc) or doc[first].lower_ not in NOMINAL_OPENERS):
        return None
    head = comma - 1
    return head if _free_head(doc, head) else None


def sentence_subject(doc, first: int) -> int | None:
    """The subject a coordinated verb phrase shares with the sentence's first one: the clause
    at ``first`` follows "and" or a comma, and the sentence opens (after a fronted date) with
    one named entity (an actor, or a pipeline or treaty: "P was built by C and completed in D")
    and a verb, with no other clause break between it and the clause."""
    joiner = first - 1
    if joiner < 1 or doc[joiner].lower_ not in VERB_JOINERS or doc[joiner]._.kz_mention >= 0:
        return None
    opener = doc[first]  # a verb, an auxiliary or an adverb: no subject of the clause's own
    if opener._.kz_mention >= 0 or opener.lower_ in SUBJECT_WORDS or opener.text[:1].isupper():
        return None
    subject = _opening_subject(doc)
    if subject is None or subject >= joiner - 1:
        return None
    for index in range(subject + 1, joiner):
        token = doc[index]
        if breaks(doc, index) and token.lower_ not in VERB_JOINERS:
            return None
    return subject


def _opening_subject(doc) -> int | None:
    """ "[In|On D[,]] [the] X <verb>": the named entity the sentence opens with, before its
    verb; a list item's bullet mark before it is no word of the sentence ("• X co-founded O1
    in D, and is a member of O2", MEMB24)."""
    index = 0
    if len(doc) > 1 and _BULLET.fullmatch(doc[0].text):
        doc = doc[1:]
        found = _opening_subject(doc)
        return None if found is None else found + 1
    if len(doc) > 2 and doc[0].lower_ in {"in", "on", "by"} and "|Date|" in doc[1]._.kz_kinds:
        index = 3 if doc[2].text == "," else 2
    elif len(doc) > 1 and "|Date|" in doc[0]._.kz_kinds and doc[1].text == ",":
        index = 2
    if index < len(doc) and doc[index].lower_ == "the" and doc[index]._.kz_mention < 0:
        index += 1
    if index + 1 >= len(doc) or not is_entity(doc[index]):
        return None
    verb = doc[index + 1]
    if verb._.kz_mention >= 0 or verb.text in POSSESSIVE or not verb.text.isalpha():
        return None
    return index if verb.text.islower() else None


def conjuncts(doc, stop: int, prepositions: frozenset) -> list[list[int]]:
    """Elliptic conjuncts from ``stop`` (the token that ended the right clause): ", and O2 in
    1995", "and of O2 in 1993" (one of ``prepositions``, the trigger's own or one a right
    slot's filler follows, may open it: "the O summit in C1 and in C2"). Each is
    a list of token indices holding one mention and, after it, only values and little words;
    it ends at a comma, "and", a semicolon or the sentence's end."""
    found, index = [], stop
    while index < len(doc):
        index = _after_joiner(doc, index)
        if index is None:
            break
        part = []
        if index < len(doc) and doc[index].lower_ in prepositions:
            part.append(index)
            index += 1
        if index < len(doc) and doc[index].lower_ == "the" and doc[index]._.kz_mention < 0:
            part.append(index)
            index += 1
        if index >= len(doc) or not is_actor(doc[index]):
            break
        part.append(index)
        index += 1
        while index < len(doc) and _conjunct_word(doc[index]):
            part.append(index)
            index += 1
        if index < len(doc) and doc[index].text not in {",", "and", ";", "."}:
            break
        found.append(part)
    return found


def _conjunct_word(token) -> bool:
    return is_value(token) or (token._.kz_mention < 0 and token.lower_ in CONJUNCT_WORDS)


def _after_joiner(doc, index: int) -> int | None:
    """The index after ", and" / "and" / "," at ``index``, or None if none stands there."""
    if index < len(doc) and doc[index].text == ",":
        index += 1
    if index < len(doc) and doc[index].lower_ == "and" and doc[index]._.kz_mention < 0:
        return index + 1
    return index if index > 0 and doc[index - 1].text == "," else None
