"""A treaty text's signature block: the text opens with the treaty's title and closes with
"Done at P[, State], on D ..." and one line per party, "For the Republic of X" ("For X:
(signature)", "For the Government of X"); the treaty the title names was signed at P on D
(rule ``signature-block-done``) and by each party a line under that "Done" line names (rule
``signature-block-party``).

Nothing without the title: a first line that is not one named treaty alone (brackets aside,
none of lexicon ``signature-block-unsigned-words``: "Treaty on X (draft)"), no "Done at" line
with a place or a date (an unsigned text, "Done at ______"), or a "For" line before it.
"""

from __future__ import annotations

import re

from kzgraph import lexicon
from kzgraph.layout import sentence_lines
from kzgraph.mentions import Mention
from kzgraph.relations import Fact

#: A title's bracketed words that call the text unsigned ("(draft)", "(proposed text)").
_UNSIGNED = re.compile(
    r"\b" + lexicon.alternation("signature-block-unsigned-words") + r"\b", re.IGNORECASE
)
#: A "Done" line: "Done at New Delhi on 24 January 2009", "DONE at Semey, ..., on ...".
_DONE = re.compile(r"\s*done\s+(?:at|in)\s", re.IGNORECASE)
#: A party's line: "For", then "the", "the Government of" and the like, then the state.
_FOR = re.compile(r"\s*For\s+")
_BEFORE_PARTY = re.compile(r"(?:the\s+)?(?:Government\s+of\s+)?(?:the\s+)?")
#: What it may hold after its state: a colon, a mark where the signature stands.
_AFTER_PARTY = re.compile(r"\s*:?\s*(?:[(\[](?:signature|signed|L\.S\.)[)\]])?\s*", re.IGNORECASE)
#: A heading that opens another document after the block: "Annex", "Protocol", "Appendix 2".
_ATTACHED = re.compile(r"\s*" + lexicon.alternation("annex-document-nouns") + r"\b", re.IGNORECASE)
_BRACKETED = re.compile(r"\(([^()]*)\)|\[([^\[\]]*)\]")


class SignatureBlock:
    """One document's title treaty and whether its "Done at" line has been read."""

    def __init__(self) -> None:
        self.seen = False  # whether the first sentence has been read
        self.treaty: Mention | None = None  # the title's treaty
        self.done = False  # whether a "Done at" line with a place or date was read
        self.closed = False  # whether a line after the block ended it (another document's)

    def facts(self, text: str, start: int, end: int, mentions: list[Mention]) -> list[Fact]:
        """The signings sentence [start, end) of ``text`` states as lines of the signature
        block of the treaty the text's first line names (a sentence the splitter ran over
        several lines, "For X: (signature)" / "For Y:", is read line by line)."""
        if not self.seen:
            self.seen = True
            self.treaty = _title_treaty(text, start, end, mentions)
            return []
        if self.treaty is None or self.closed:
            return []
        found = []
        for begin, finish in sentence_lines(text, start, end):
            if _whole_line(text, begin, finish):
                inside = [m for m in mentions if begin <= m.start and m.end <= finish]
                found += self._line_facts(text, begin, finish, inside)
        return found

    def _line_facts(self, text: str, start: int, end: int, mentions: list[Mention]) -> list[Fact]:
        """The signing a whole line [start, end) states: a "Done at" line's place and date, a
        party's line below it."""
        if self.done and _closes(text, start, mentions):
            self.closed = True
            return []
        if _DONE.match(text, start):
            return self._done_facts(start, end, mentions)
        party = _party(text, start, end, mentions) if self.done else None
        if party is None:
            return []
        roles = {"T": [(self._reference(start), "Treaty")], "S": [(party, "State")]}
        return [Fact("signature-block-party", "treaty-signed", roles, start, end)]

    def _done_facts(self, start: int, end: int, mentions: list[Mention]) -> list[Fact]:
        """The signing place and date of the "Done at" line [start, end): its first city and
        its first date."""
        cities = [m for m in mentions if "City" in m.kinds and m.entities]
        dates = [m for m in mentions if m.value is not None and "date" in m.value.fields]
        if not cities and not dates:
            return []
        self.done = True
        roles = {"T": [(self._reference(start), "Treaty")]}
        if cities:
            roles["P"] = [(cities[0], "City")]
        if dates:
            roles["D"] = [(dates[0], "Date")]
        return [Fact("signature-block-done", "treaty-signed", roles, start, end)]

    def _reference(self, start: int) -> Mention:
        """The title's treaty as a mention where the line starts."""
        treaty = self.treaty
        return Mention(start, start, treaty.kinds, "reference", entities=treaty.entities[:1])


def _whole_line(text: str, start: int, end: int) -> bool:
    """Whether [start, end) is a whole line of ``text``."""
    opens = start == 0 or text[start - 1] in "\n\r"
    return opens and (end == len(text) or text[end:].split("\n", 1)[0].strip() == "")


def _closes(text: str, start: int, mentions: list[Mention]) -> bool:
    """Whether the line at ``start`` below a "Done" line opens another document: a "Done" line
    of its own, a treaty's name or title ("Protocol on the Extension of the Treaty"), a heading
    of an attached document ("Annex I")."""
    if _DONE.match(text, start) or _ATTACHED.match(text, start):
        return True
    return any("Treaty" in m.kinds for m in mentions)


def _title_treaty(text: str, start: int, end: int, mentions: list[Mention]) -> Mention | None:
    """The one named treaty the first line [start, end) names and nothing else but brackets
    that do not call the text unsigned ("(excerpt)", not "(draft)"); else None."""
    if not _whole_line(text, start, end):
        return None
    treaties = [m for m in mentions if "Treaty" in m.kinds and len(m.entities) == 1
                and not m.members and not m.entities[0].unnamed]  # fmt: skip
    if len(treaties) != 1:
        return None
    treaty = treaties[0]
    rest = text[start : treaty.start] + " " + text[treaty.end : end]
    notes = " ".join(a or b for a, b in _BRACKETED.findall(rest))
    if _BRACKETED.sub(" ", rest).strip(" .:") or _UNSIGNED.search(notes):
        return None
    return treaty


def _party(text: str, start: int, end: int, mentions: list[Mention]) -> Mention | None:
    """The one state a party's line [start, end) names ("For the Republic of Kazakhstan")."""
    opening = _FOR.match(text, start)
    if opening is None:
        return None
    states = [m for m in mentions if "State" in m.kinds and m.start >= opening.end()]
    if not states or states[0].members or len(states[0].entities) != 1:
        return None
    state = states[0]
    if _BEFORE_PARTY.fullmatch(text, opening.end(), state.start) is None:
        return None
    closing = _AFTER_PARTY.match(text, state.end)
    return state if closing.end() >= end else None
