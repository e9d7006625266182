"""The documents a signing sentence lists: "the sides signed the following documents: ...".

Press releases and reports of visits end with what was signed, as a list:

    Following the talks, A and B signed the following documents:
    • the Agreement on X;
    • the Memorandum of Understanding on Y.

or inline: "During the visit the sides signed: (1) the X; (2) the Y", "Among the documents signed
were the X, the Y and the Z", "A number of agreements were signed, including the X and the Y".
The sentence that introduces the list (the *frame*) says who signed, when and where; the items
say what. Each item whose head is a named treaty (an unnamed document, "a memorandum on X", is
left out: which one is not said) becomes a signing with the frame's signatories, date and place,
asserted in the
item's own sentence (rule ``signed-list-items``: marked items, "•", "-", "1.", "(1)", "a)";
``signed-list-lines``: one item a line, unmarked; ``signed-list-inline``: items in the frame's
own sentence). An item's own aside of its signing gives it its own date and city ("— signed in
C, D"; "– C, D", "(C, D)", ", C, D" saying nothing else; a date opening the item, "• D – the X")
and more signatories ("(also signed by A and B)"); a title ends before a spaced dash that a city
(then a stop, comma or bracket), a date or a lowercase word follows (name_bounds).

The frame's signatories are one coordination of states: its subject, the states after "signed
[in C] by" or "between", and at most one single state after "with" (a reference such as "the
sides" or "the two countries" as references.py resolves it; "the two heads of state|leaders|
presidents": the text's pair); a frame naming any other state ("with A, B and C", "as reported by
S") gives nothing. Its date and place are its own, else, when it ties the signing to the story's
event ("Following the talks", "during the visit", "in the presence of"), the date and the one city
of the story's opening: a dateline's date, or that of a sentence telling of the visit or meeting,
none once a later sentence tells of another dated event or the frame says "that|the previous
visit". Nothing comes of a frame that is not a signing
done ("the following documents are expected to be signed:", "documents to be signed include:",
"agreements under negotiation:", "the sides discussed the following issues:"), of one whose
signers are people or companies ("signed by:"), or of items that name no document.
"""

from __future__ import annotations

import re

from kzgraph import lexicon
from kzgraph.gazetteer import default_gazetteer
from kzgraph.linking import minted_ref
from kzgraph.mentions import Mention
from kzgraph.references import ReferenceContext, resolve_strategy
from kzgraph.relations import Fact
from kzgraph.signers import NOT_DONE, heads_of_state, signed_pairs

#: A word of signing done: the frame must have one.
_SIGNED = re.compile(r"\b(?:signed|concluded|inked)\b", re.IGNORECASE)
#: A frame may also name the signing as an event: "witnessed the signing of the following
#: documents", "the visit resulted in the signing of a number of agreements, including".
_SIGNING_OF = re.compile(
    r"\bsigning\s+of\s+(?:the\s+following|a\s+(?:number|package|series|set|range)\s+of|"
    r"several|many|\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|over|more\s+than)\b",
    re.IGNORECASE,
)
#: Words before the list that make the signing not (yet) done, or the list no signed documents
#: (and in an item's aside): one pattern with the signers' "today".
_NOT_DONE = NOT_DONE
#: A frame that lists the signers, not the documents: "The documents were signed by:" (read on
#: the frame's own words: "signed by A and B:" lists documents).
_SIGNED_BY_END = re.compile(r"\bsigned\s+by\s*:?\s*$", re.IGNORECASE)
#: What the frame says it lists: documents, or the states that signed them (verb and colon).
_DOCUMENTS = re.compile(
    rf"\b{lexicon.alternation('signed-list-document-nouns')}\b",
    re.IGNORECASE,
)
#: An inline list without a colon must say it lists documents: "Among the documents signed were".
_PLURAL = re.compile(
    rf"\b{lexicon.alternation('signed-list-plural-document-nouns')}\b",
    re.IGNORECASE,
)
_VERB_COLON = re.compile(r"\b(?:signed|concluded|inked)\s*:\s*$", re.IGNORECASE)
#: Where an inline list begins: after the colon, or "Among the documents signed were", "The
#: agreements signed include", "... were signed, including", "signed N documents, among them".
_INLINE = re.compile(
    r":|\b(?:signed|concluded|inked|signing\s+of)\b[^.;:]*?\b(?:were|was|are|is|include[sd]?|including|"
    r"among\s+them|among\s+which|notably|namely)\b",
    re.IGNORECASE,
)
#: A frame tied to the story's event: its date and place are the story's.
_EVENT = re.compile(
    r"\b(?:talks|visit|meeting|negotiations|summit|session|ceremony|forum|in\s+the\s+presence\s+of"
    r"|following\s+the|during\s+the|at\s+the\s+end\s+of)\b",
    re.IGNORECASE,
)
#: An event the frame says is not the story's own: "during that visit", "at the previous summit".
_PAST_EVENT = re.compile(
    r"\b(?:that|those|previous|past|last|former|prior|earlier)\s+(?:\w+\s+)?(?:visits?|talks|"
    r"meetings?|summits?|sessions?|ceremony|forum|negotiations|trips?)\b",
    re.IGNORECASE,
)
#: A sentence that tells of a visit or a meeting: the story's event at the opening, another
#: event after it.
_ANOTHER_EVENT = re.compile(
    r"\b(?:visit(?:s|ed|ing)?|talks|met|meets|meeting|summit|received|receives|hosted|hosts|"
    r"arrived|arrives|trip|negotiations)\b",
    re.IGNORECASE,
)
#: A dateline's date: a dash or the line's end after it.
_DATELINE = re.compile(r"[ \t]*(?:[–—-]|\n|$)")
#: A frame of another time than the story's opening: "Since then A has signed the following".
_OTHER_TIME = re.compile(
    r"\b(?:since|later|subsequently|previously|earlier|after|over|has|have|had|years?|decades?|"
    r"so\s+far|to\s+date|once|ever)\b",
    re.IGNORECASE,
)
#: "the two heads of state", "both leaders", "the presidents": the text's pair of states.
_PAIR_PEOPLE = re.compile(
    r"\b(?:the\s+two|both|the)\s+(?:heads\s+of\s+state|leaders|presidents|heads\s+of\s+"
    r"government|prime\s+ministers|foreign\s+ministers|ministers|delegations|parties|sides)\b",
    re.IGNORECASE,
)
#: A list item's mark at the start of its line: "•", "-", "*", "–", "1.", "1)", "(1)", "a)", "(a)".
_MARK = re.compile(
    r"\s*(?:[•·▪◦‣*\-–—]|\(?\d{1,2}[.)]|\(\d{1,2}\)|\(?[a-h]\))[\s\u200b\u2060\ufeff]*"
)
_MARK_INLINE = re.compile(r"(?:^|[,;:]|\band)\s*(?:\(?\d{1,2}\)|\(?[a-h]\))?\s*$")
#: What may stand between an item's start and its document: an article, "and".
_ITEM_LEAD = re.compile(r"\s*(?:(?:and|also)\s+)?(?:the|an?)?\s*$", re.IGNORECASE)
#: A state in one of these places is no signatory: "signed in S", "agreements on S".
_NOT_SIGNER = re.compile(r"\b(?:in|at|on|about|regarding|concerning|for|against)\s+(?:the\s+)?$",
                         re.IGNORECASE)  # fmt: skip
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_LEAD_SENTENCES = 4  # the story's opening: its first sentences


def _other_date(mention: Mention, lead) -> bool:
    """Whether the mention is a date other than the opening's ("On D ..." after a dateline D
    is the same day)."""
    if "Date" not in mention.kinds:
        return False
    value = mention.value.fields if mention.value is not None else None
    return lead is None or value is None or lead[0].value is None or value != lead[0].value.fields


def _states(mention: Mention) -> list:
    return [e for e in mention.entities if e.cls == "State"]


def _is(mention: Mention, cls: str) -> bool:
    return cls in mention.kinds or any(e.cls == cls for e in mention.entities)


class _Frame:
    """What a signing sentence says of the documents it lists."""

    def __init__(self, signers: list[Mention], date: Mention | None, place: Mention | None):
        self.signers, self.date, self.place = signers, date, place
        self.items = 0  # items read so far
        self.marked: bool | None = None  # whether its items carry marks (decided by the first)


class SignedLists:
    """One document's open signing list and its opening's date and place."""

    def __init__(self) -> None:
        self.frame: _Frame | None = None
        self.seen = 0  # sentences seen
        self.previous_end = 0
        self.lead: tuple[Mention, Mention | None] | None = None  # the opening's date and city
        self.lead_at = 0  # the sentence that gave it
        self.fresh = False  # no date named since it, and only a few sentences
        self.moved = False  # a sentence since it told of another dated visit or meeting
        self.heads: dict[str, dict] = {}  # person key -> {state key: state} the text says he leads
        self.mark_alone = False  # the last sentence was a line's mark alone ("1." cut off)

    def facts(
        self,
        text: str,
        start: int,
        end: int,
        mentions: list[Mention],
        facts: list[Fact],
        context: ReferenceContext,
    ) -> list[Fact]:
        """The signings the sentence [start, end) of ``text`` states as an item of a list a
        signing sentence introduced (that one or one before)."""
        gap, self.previous_end = text[self.previous_end : start], end
        self.seen += 1
        for person, state in heads_of_state(facts):  # "Uzbek President A"
            self.heads.setdefault(person.key, {})[state.key] = state
        if self.frame is None:
            self._see_lead(mentions, text, start, end)
        found: list[Fact] = []
        if self.frame is not None:
            found = self._item(text, start, end, mentions, gap)
        if self.frame is None or not found:
            fresh = self.fresh and self.seen - self.lead_at <= _LEAD_SENTENCES
            lead = self.lead if not self.moved else None  # none once the story moved on
            frame = _frame_of(text, start, end, mentions, context, lead, self.heads, fresh)
            if frame is not None:
                self.frame, inline = frame
                found = self._inline(text, inline, end, mentions)
        own_line = "\n" in gap or start == 0
        self.mark_alone = own_line and _MARK.fullmatch(text, start, end) is not None
        if self.seen > self.lead_at and any(_other_date(m, self.lead) for m in mentions):
            self.fresh = False  # a story that goes on to other dates
            # "The Emir visited Astana in 2017. During the visit ...": another event's date
            self.moved = self.moved or _ANOTHER_EVENT.search(text, start, end) is not None
        return _unstated(found, facts, start)

    def _see_lead(self, mentions: list[Mention], text: str, start: int, end: int) -> None:
        """The opening's date: of a dateline ("ASTANA, 12 March 2019 –", "Press release, D" on
        its own line) or of a sentence that tells of a visit or a meeting ("On D, A received
        B"), not of background ("relations were established on D")."""
        if self.lead is not None or self.seen > _LEAD_SENTENCES:
            return
        dates = [m for m in mentions if m.value is not None and "Date" in m.kinds]
        days = [m for m in dates if len(str(m.value.fields.get("date", ("",))[0])) == 10]
        story = _ANOTHER_EVENT.search(text, start, end) is not None
        days = [m for m in days if story or _DATELINE.match(text, m.end)]
        if not days:
            return
        cities = {e.key: m for m in mentions for e in m.entities if e.cls == "City"}
        self.lead = (days[0], next(iter(cities.values())) if len(cities) == 1 else None)
        self.lead_at, self.fresh = self.seen, True

    def _item(self, text: str, start: int, end: int, mentions: list[Mention], gap: str) -> list:
        """The signing of an item sentence of the open list; the list closes at a sentence that
        is no item of it, or after a blank line."""
        lines = _marked_lines(text, start, end, mentions)
        if len(lines) > 1:  # "• X – C, D\n• Y": marked lines without a stop, one sentence
            found: list[Fact] = []
            for i, (begin, finish) in enumerate(lines):
                inside = [m for m in mentions if m.start >= begin and m.end <= finish]
                found += self._item(text, begin, finish, inside, gap if i == 0 else "\n")
                if self.frame is None:
                    break
            return found
        frame = self.frame
        mark = _MARK.match(text, start, end)
        marked = bool(mark and mark.end() > start and text[start : mark.end()].strip())
        own_line = "\n" in gap or start == 0
        if self.mark_alone and not gap.strip():  # "1. Agreement on X": the splitter cut at "1."
            own_line, marked, mark = True, True, None
        blank = _BLANK_LINE.search(gap) is not None
        if (
            not own_line
            or (blank and (frame.items or not marked))
            or (frame.marked is not None and marked != frame.marked)
        ):
            self.frame = None
            return []
        begin = mark.end() if marked and mark else start
        leading, begin = _leading_date(text, begin, end, mentions)  # "• 1 May 1996 – the X"
        head = _head_document(text, begin, mentions)
        if head is not None and "\n" in text[head.start : head.end]:
            return self._lines(text, head, start, end, marked)
        title = _whole_title(text, head, end, mentions) if head is not None else None
        if title is None:
            if not marked:  # an unmarked line that names no document ends the list
                self.frame = None
            return []
        frame.marked, frame.items = marked, frame.items + 1
        head, pair = title
        signers = list(pair.members) if pair is not None else frame.signers
        aside = (pair or head).end
        if not signers or _NOT_DONE.search(_outside(text[aside:end], aside, mentions)):
            return []  # "• the X (initialled, not signed)"
        if leading is not None and not _signing_aside(text, aside, end, mentions):
            return []  # "• 1 May 1996 – the X enters into force": the day of another event
        signers = signers + _also_signed(text, aside, end, mentions)  # "(also signed by A)"
        date, place = _own_date_and_place(text, (pair or head).end, end, mentions, leading)
        rule = "signed-list-items" if marked else "signed-list-lines"
        fact = _fact(rule, _Frame(signers, date or frame.date, place or frame.place), head,
                     start, end, text)  # fmt: skip
        return [fact]

    def _lines(self, text: str, head: Mention, start: int, end: int, marked: bool) -> list:
        """Items on lines of their own without a stop, read by the names rules as one name
        ("the Agreement on X\nthe Protocol on Y"): a signing for each line's title, none if a
        line holds anything else."""
        parts = _titles(text, head)
        if any("\n" in text[p.start : p.end] or not _starts_line(text, p.start) for p in parts):
            return []
        if any(not p.entities or _generic(p.entities[0].label) for p in parts):
            return []
        self.frame.marked, self.frame.items = marked, self.frame.items + len(parts)
        rule = "signed-list-items" if marked else "signed-list-lines"
        return [_fact(rule, self.frame, p, start, end, text) for p in parts]

    def _inline(self, text: str, begin: int, end: int, mentions: list[Mention]) -> list:
        """The signings of the documents listed in the frame's own sentence after ``begin``."""
        if begin >= end:
            return []
        found = []
        items = [m for m in mentions if m.start >= begin and _is(m, "Treaty") and not m.members]
        for i, mention in enumerate(items):
            entity = mention.entities[0] if mention.entities else None
            if entity is None or entity.unnamed or not entity.key or _generic(entity.label):
                continue  # "an agreement on X": which one is not said
            if not _MARK_INLINE.search(_lead_words(text, begin, mention.start)):
                continue
            following = items[i + 1].start if i + 1 < len(items) else end
            glued = _GLUE.fullmatch(text, mention.end, following) is not None
            if not glued and _NEW_CLAUSE.match(text, mention.end, end):
                break  # "...; the Treaty on X, by contrast, was shelved": no item
            for title in _titles(text, mention):
                found.append(_fact("signed-list-inline", self.frame, title, begin, end, text))
            if not glued:
                break  # what follows is no list glue: the list has ended
        if found:
            self.frame = None  # the list was the sentence's
        return found


#: What joins an inline list's items ("the X, the Y and the Z", "the X; (2) the Y", an item's
#: own date before the joiner: "the X on 16 November 2001 and the Y on D2"), and a
#: new clause of which an item is the subject ("; the Treaty on X, by contrast, was shelved",
#: "the Protocol on Y is still being drafted"): no item signed.
_GLUE = re.compile(
    r"(?:\s+(?:on|in)\s+(?:(?:\d{1,2}\s+)?[A-Z][a-z]+\s+(?:\d{1,2},?\s+)?)?\d{4})?"  # "on D1"
    r"\s*(?:[,;]\s*)?(?:(?:and|as\s+well\s+as)\s+)?(?:\(?\d{1,2}\)|\(?[a-h]\))?"
    r"\s*(?:(?:the|an?)\s+)?",
    re.IGNORECASE,
)
_NEW_CLAUSE = re.compile(
    r"\s*(?:,[^,;()]*,\s*)?(?:\w+\s+)?(?:is|are|was|were|has|have|had|will|would|remains?|"
    r"remained|could|can|may|might|must|should|shall|did|does|awaits?|awaited|failed|stalled|"
    r"fell|expired|lapsed)\b",
    re.IGNORECASE,
)
#: Where one name read over a list holds the next document's: "the X and the Protocol on Y".
_NEXT_TITLE = re.compile(
    r"(?:,|;|,?\s+and|[ \t]*\n)\s*(?:the\s+)?(?=(?:Joint\s+|Intergovernmental\s+)?"
    r"(?:Agreement|Memorandum|Protocol|Treaty|Convention|Declaration|Programme|Program|Accord|Charter|Roadmap|Road\s+Map|"
    r"Statement|Communiqu[eé]|Plan|Contract)\b)"
)


def _titles(text: str, mention: Mention) -> list[Mention]:
    """A document mention as the titles it holds: one, or each of "the Agreement on X and the
    Protocol on Y" that the names rules read as one name."""
    name = text[mention.start : mention.end]
    cuts = list(_NEXT_TITLE.finditer(name))
    if not cuts:
        return [mention]
    entity, parts, at = mention.entities[0], [], 0
    for cut in [*cuts, None]:
        stop = cut.start() if cut is not None else len(name)
        label = " ".join(name[at:stop].split())
        cls = entity.cls if at == 0 else ("Memorandum" if label.startswith("Memorandum") else
                                          "Treaty")  # fmt: skip
        ref = minted_ref(default_gazetteer(), cls, label)
        parts.append(Mention(mention.start + at, mention.start + stop, ref.kinds, mention.source,
                             rule=mention.rule, label=label, cls=cls, entities=[ref]))  # fmt: skip
        at = cut.end() if cut is not None else at
    return parts


def _marked_lines(text: str, start: int, end: int, mentions: list[Mention]) -> list:
    """The lines [start, end) of a sentence that runs over item lines, each after the first
    opening with a mark ("• X – C, D\n• Y"); one span if it runs over none, or a name does."""
    cuts = [m.start() for m in re.finditer(r"\n", text[start:end])]
    if not cuts or any("\n" in text[m.start : m.end] for m in mentions):
        return [(start, end)]
    bounds = [start, *(start + cut + 1 for cut in cuts), end + 1]
    lines = [(bounds[i], bounds[i + 1] - 1) for i in range(len(bounds) - 1)]
    for begin, _ in lines[1:]:
        mark = _MARK.match(text, begin, end)
        if mark is None or not text[begin : mark.end()].strip():
            return [(start, end)]
    return [(begin, finish) for begin, finish in lines if text[begin:finish].strip()]


def _starts_line(text: str, start: int) -> bool:
    """Whether only a mark and an article stand between a line's start and ``start``."""
    line = text.rfind("\n", 0, start) + 1
    mark = _MARK.match(text, line, start)
    begin = mark.end() if mark and text[line : mark.end()].strip() else line
    return _ITEM_LEAD.fullmatch(text[begin:start]) is not None


def _lead_words(text: str, begin: int, start: int) -> str:
    """The words between ``begin`` and a mention at ``start`` without a last article."""
    lead = text[begin:start]
    article = re.search(r"\s*(?:\b(?:the|an?))?\s*$", lead, re.IGNORECASE)
    return lead[: article.start()] if article else lead


def _head_document(text: str, begin: int, mentions: list[Mention]) -> Mention | None:
    """The document an item names first, right at its start: "the Agreement on X ...", "a
    memorandum on Y"; none if the item begins with anything else ("Minister A", "trade")."""
    for mention in mentions:
        if mention.start < begin or mention.start == mention.end:
            continue
        if not _is(mention, "Treaty") or mention.members:
            return None
        return mention if _ITEM_LEAD.fullmatch(text[begin : mention.start]) else None
    return None


#: An item's title may end in its parties: "... between [the] A and [the] B" up to the item's end.
_BETWEEN = re.compile(r"\s+between\s+(?:the\s+)?$")
_ITEM_END = re.compile(r"\s*[;.,]?\s*$")
#: What may follow a title's parties in an item: its end, or an aside of its own signing
#: ("— signed in C, D.", "(signed D, C)").
_ITEM_ASIDE = re.compile(r"\s*(?:[;.,]?\s*$|[—–-]\s|,\s|\()")


def _whole_title(text: str, head: Mention, end: int, mentions: list[Mention]):
    """An item's document and the two states its title ends in: its name runs over "between A
    and B" of two states when the item ends there or goes on with an aside ("• the Treaty on
    Friendship between A and B;": the item is one title); none if the document is unnamed
    (which one is not said)."""
    entity = head.entities[0] if head.entities else None
    if entity is None or entity.unnamed or not entity.key or _generic(entity.label):
        return None
    pair = next((m for m in mentions if m.start >= head.end), None)
    if (
        pair is None
        or len(pair.members) != 2
        or not all(len(_states(m)) == 1 for m in pair.members)
        or not _BETWEEN.fullmatch(text[head.end : pair.start])
        or not _ITEM_ASIDE.match(text, pair.end, end)
    ):
        return head, None
    label = " ".join(text[head.start : pair.end].split())
    ref = minted_ref(default_gazetteer(), entity.cls, label)
    title = Mention(
        head.start,
        pair.end,
        head.kinds,
        head.source,
        rule=head.rule,
        label=label,
        cls=entity.cls,
        entities=[ref],
    )
    return title, pair  # fmt: skip


#: A title that is only a kind of document names none ("Memorandum of Understanding between
#: the Ministry of A and ...": which memorandum is not said).
_GENERIC = re.compile(
    r"(?:(?:joint|intergovernmental|bilateral|framework)\s+)?(?:memorandum(?:\s+of\s+understanding)?|"
    r"agreement|protocol|treaty|convention|declaration|statement|communiqu[eé]|road\s*map|"
    r"(?:action\s+)?plan|programme|program|contract|accord|charter)",
    re.IGNORECASE,
)


def _generic(label: str) -> bool:
    return _GENERIC.fullmatch(" ".join(label.split())) is not None


def _own_date_and_place(
    text: str, begin: int, end: int, mentions: list[Mention], leading: Mention | None = None
):
    """The date and city of an item's own aside of its signing ("— signed in C, D", "(signed
    D, C)"): each when the aside after ``begin`` says "signed" and gives just one, or when it
    says nothing but a city and a date ("– C, D", "(C, D)", ", C, D": in a list of documents
    signed, the item's own signing; "– in force since D" says something else); the date that
    opens the item (``leading``: "• D – the X, C") when the aside names none."""
    after = [m for m in mentions if m.start >= begin and m.end <= end]
    if not _signing_aside(text, begin, end, mentions):
        return None, None
    dates = [m for m in after if m.value is not None and "Date" in m.kinds]
    cities = [m for m in after if _is(m, "City")]
    date = dates[0] if len(dates) == 1 else (leading if not dates else None)
    return date, (cities[0] if len(cities) == 1 else None)


def _signing_aside(text: str, begin: int, end: int, mentions: list[Mention]) -> bool:
    """Whether an item's aside after ``begin`` is of its signing: it says "signed", or holds
    only cities and dates (_bare_aside), or nothing."""
    after = [m for m in mentions if m.start >= begin and m.end <= end]
    empty = not after and not text[begin:end].strip(" .;,\n")
    return bool(_SIGNED.search(text, begin, end) or _bare_aside(text, begin, end, after) or empty)


#: A date opening an item, then a dash or a colon: "• 1 May 1996 – the Agreement on X".
_DATE_DASH = re.compile(r"[ \t]*(?:[–—:]|\s-)[ \t]+")


#: A span of years opening an item: "2004–2006", "1996 - 99", "2004 to 2006" (not an ISO day).
_RANGE = re.compile(r"\b\d{4}\s*[–—-]\s*\d{2,4}\b(?![-/])|\b(?:to|until|till)\b")


def _leading_date(text: str, begin: int, end: int, mentions: list[Mention]):
    """The date that opens an item before a dash or a colon, and where the item's words go on
    after it; (None, ``begin``) if the item opens with anything else."""
    first = next((m for m in mentions if m.start >= begin and m.end > m.start), None)
    if first is None or first.value is None or "Date" not in first.kinds:
        return None, begin
    dash = _DATE_DASH.match(text, first.end, end)
    if text[begin : first.start].strip() or dash is None:
        return None, begin
    if _RANGE.search(text, first.start, dash.end()):  # "• 2004–2006 – the X": no one day
        return None, begin
    return first, dash.end()


#: An item's aside naming more signers: "(also signed by A and B)", "– signed also by A".
_ALSO_BY = re.compile(r"\b(?:also\s+signed|signed\s+also)\s+by\s+(?:the\s+)?$", re.IGNORECASE)


def _also_signed(text: str, begin: int, end: int, mentions: list[Mention]) -> list[Mention]:
    """The states an item's aside after ``begin`` says also signed it ("(also signed by A and
    B)"): each state of the one coordination right after "also signed by"."""
    for m in mentions:
        if begin <= m.start < end and _ALSO_BY.search(text, begin, m.start):
            members = [x for x in (m.members or [m]) if len(_states(x)) == 1]
            return members if len(members) == len(m.members or [m]) else []
    return []


#: An item's bare aside, its city and date blanked: a dash, comma or bracket, then only "in",
#: "at", "on" and punctuation ("– Ankara, 1 May 1992.", "(Ankara, 1 May 1992)").
_BARE_ASIDE = re.compile(r"\s*(?:[–—,(]|\s-)[\s–—,();.-]*(?:\b(?:in|at|on)\b[\s,();.-]*)*")


def _bare_aside(text: str, begin: int, end: int, after: list[Mention]) -> bool:
    """Whether the item's words after ``begin`` are cities and dates alone (at least one),
    set off by a dash, a comma or a bracket (_own_date_and_place takes a single one of each)."""
    if not after or any(not (_is(m, "City") or "Date" in m.kinds) for m in after):
        return False
    return _BARE_ASIDE.fullmatch(_outside(text[begin:end], begin, after)) is not None


def _fact(rule: str, frame: _Frame, treaty: Mention, start: int, end: int, text: str) -> Fact:
    roles = {"T": [(treaty, "Treaty")], "S": [(m, "State") for m in frame.signers]}
    if frame.date is not None:
        roles["D"] = [(frame.date, "Date")]
    if frame.place is not None:
        roles["P"] = [(frame.place, "City")]
    while end > start and text[end - 1] in " \n;.,":
        end -= 1
    return Fact(rule, "treaty-signed", roles, start, end)


def _frame_of(text, start, end, mentions, context, lead, heads, fresh):
    """The frame a signing sentence sets up for a list (with where its inline items may
    begin), or None if the sentence introduces no list of documents signed."""
    sentence = text[start:end]
    inline = _INLINE.search(sentence)
    if inline is None:
        return None
    colon = inline.group() == ":"
    head = sentence[: inline.start()] if colon else sentence[: inline.end()]
    own = _outside(head, start, mentions)  # the head's words that name nothing ("May": none)
    if not (_SIGNED.search(own) or _SIGNING_OF.search(own)) or _NOT_DONE.search(own):
        return None
    if _SIGNED_BY_END.search(head):  # "signed by:" people follow
        return None
    if not ((_PLURAL if not colon else _DOCUMENTS).search(own)
            or (colon and _VERB_COLON.search(head + ":"))):  # fmt: skip
        return None
    head_end = start + len(head)
    before = [m for m in mentions if m.end <= head_end]
    if any(_is(m, "Company") for m in before):  # companies' contracts
        return None
    signers = _signers(text, start, head_end, before, context, heads)
    if signers is None:
        return None
    dates = [m for m in before if m.value is not None and "Date" in m.kinds]
    places = [m for m in before if _is(m, "City") and re.search(
        r"\b(?:in|at)\s+(?:the\s+)?$", text[start : m.start], re.IGNORECASE)]  # fmt: skip
    # the story's event: said so, or the opening's date is the last the story named
    fresh = fresh and _OTHER_TIME.search(own) is None
    event = (fresh or _EVENT.search(head) is not None) and lead is not None
    event = event and _PAST_EVENT.search(head) is None  # "During that visit": not the story's
    date = dates[0] if len(dates) == 1 else (lead[0] if event and not dates else None)
    place = places[0] if len(places) == 1 else (lead[1] if event and not places else None)
    return _Frame(signers, date, place), start + inline.end()


def _outside(head: str, start: int, mentions: list[Mention]) -> str:
    """``head`` (the sentence's text from ``start``) with its mentions blanked."""
    for m in mentions:
        if m.start >= start and m.end <= start + len(head) and m.end > m.start:
            head = head[: m.start - start] + " " * (m.end - m.start) + head[m.end - start :]
    return head


def _signers(text: str, start: int, end: int, before: list[Mention], context, heads: dict):
    """The frame's signatories: its references to states ("the sides"), else its states in no
    place or topic position, else the states its people lead (every one known from the text),
    else (for "the two heads of state") the text's pair; for a frame
    that names no signer ("Documents signed during the visits:") the two states of the sentence
    before, else none (its items must name their parties); None if the frame's signers are no
    states."""
    referred = [m for m in before if m.source == "reference" and any(_states(x) for x in [m])]
    if referred:
        return referred
    states = _frame_states(text, start, end, before)
    if states is None or states:
        return states
    people = [m for g in before for m in (g.members or [g]) if _is(m, "Person") and m.entities]
    led = [heads.get(m.entities[0].key, {}) for m in people]
    if people and all(len(states) == 1 for states in led):  # "A and B witnessed the signing of"
        pairs = zip(people, led, strict=True)
        return [Mention(m.start, m.start, e.kinds, "reference", entities=[e])
                for m, states in pairs for e in states.values()]  # fmt: skip
    pair = _PAIR_PEOPLE.search(text, start, end)
    if pair is not None:  # "in the presence of the two heads of state": the text's pair
        entities, at = resolve_strategy(context, "pair", before), pair.start()
    elif any(m.entities for m in before) or re.search(r"\bby\b", text[start:end]):
        return None  # signed by someone else, or by no one the frame names as a state
    else:  # "The documents signed include:": the two states of the sentence before
        entities, at = resolve_strategy(context, "recent_pair", before), start
        if len(entities) != 2:
            return []  # signed by no one said: each item must name its parties
    if len(entities) != 2:
        return None
    return [Mention(at, at, e.kinds, "reference", entities=[e]) for e in entities]


#: Where a state of the frame signs: after "signed [in C] by", "between"; a partner after "with".
_BY = re.compile(r"\b(?:signed|concluded|inked)(?:\s+(?:in|at|on)\s+[^,;:()]{1,40}?)?\s+by\s+"
                 r"(?:the\s+)?$|\bbetween\s+(?:the\s+)?$", re.IGNORECASE)  # fmt: skip
_WITH = re.compile(r"\bwith\s+(?:the\s+)?$", re.IGNORECASE)
_TO_FROM = re.compile(r"\b(?:to|from)\s+(?:the\s+)?$", re.IGNORECASE)


def _frame_states(text: str, start: int, end: int, before: list[Mention]) -> list[Mention] | None:
    """The frame's states that sign: its subject before the signing word, the states after
    "signed by" or "between", and at most one single state after "with" (not beside "by");
    None when another state stands anywhere else in the frame ("... with A, B and C", "as
    reported by S", "see also the agreements S signed with T"): whose list it is is unclear."""
    verb = _SIGNED.search(text, start, end) or _SIGNING_OF.search(text, start, end)
    at = verb.start() if verb is not None else end
    signers: list[Mention] = []
    partners: list[list[Mention]] = []
    others: list[Mention] = []
    by = False
    for m in before:
        members = [x for x in (m.members or [m]) if x.start < x.end and len(_states(x)) == 1]
        lead = text[start : m.start]
        if not members or _NOT_SIGNER.search(lead):
            continue
        if _BY.search(lead):
            signers, by = signers + members, True
        elif m.end <= at and not _TO_FROM.search(lead):
            signers += members
        elif _WITH.search(lead):
            partners.append(members)
        else:
            others += members
    if partners and (by or len(partners) > 1 or len(partners[0]) > 1):
        return None  # "signed with A, B and C", "signed by A and B ... with C"
    signers += partners[0] if partners else []
    keys = {e.key for m in signers for e in _states(m)}
    if any(e.key not in keys for m in others for e in _states(m)):
        return None
    return signers


def _unstated(found: list[Fact], facts: list[Fact], start: int) -> list[Fact]:
    """The found signings whose treaty and signatories, or date or place of the sentence at
    ``start``, no reading of the sentence states yet."""
    stated = signed_pairs(facts)
    given = {  # (treaty key, "D"|"P") of the dates and places they give it
        (t.key, role)
        for fact in facts
        if fact.kind == "treaty-signed"
        for m, _ in fact.roles.get("T", [])
        for t in m.entities[:1]
        for role in ("D", "P")
        if fact.roles.get(role)
    }  # fmt: skip
    kept = []
    for fact in found:
        treaties = [e.key for m, _ in fact.roles["T"] for e in m.entities[:1]]
        signers = [e.key for m, _ in fact.roles["S"] for e in m.entities[:1]]
        # a date or place they leave out, that the sentence itself gives
        adds = [r for r in ("D", "P") if any(m.start >= start for m, _ in fact.roles.get(r, []))]
        if all((t, s) in stated for t in treaties for s in signers) and all(
            (t, r) in given for t in treaties for r in adds
        ):
            continue
        kept.append(fact)
    return kept
