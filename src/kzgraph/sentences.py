"""Split a text into sentences with spaCy's blank English pipeline, keeping character offsets.

Every line is processed on its own (a line break always ends a sentence: headings are lines),
so offsets are the line's offset plus spaCy's ``token.idx``; nothing in the text is rewritten.
What spaCy tokenizes is a *masked* copy of the same length (see ``mask_text``): citation
markers become spaces and curly quotes straight ones, so every offset still indexes the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from kzgraph import lexicon
from kzgraph.values import MONTH_WORD, date_shape

#: Longest piece handed to spaCy at once; longer lines are cut at a space (spaCy's limit: 1e6).
MAX_CHUNK = 100_000

#: Extra infixes: "(SCO).In" has no space after the full stop; brackets glued to words.
_EXTRA_INFIXES = (r"(?<=[\)\]])\.(?=[A-Z])", r"(?<=\w)\)", r"\((?=\w)")

#: Wikipedia-style reference and maintenance markers: "[3]", "[12]:45", "[a]", "[note 2]",
#: "[citation needed]", "[who?]". Bracketed words that belong to the sentence ("[the treaty]"
#: in a quotation) are left alone: a maintenance tag must name one of these words.
_CITATION = re.compile(
    r"\[(?:\d{1,4}|[a-z]|[ivx]{1,4}|(?:note|nb|n|lower-alpha)\s?\d{1,3}"
    r"|(?=[a-z])[a-z ,–-]{0,40}?\b(?:needed|citation|clarification|dubious|verification|when"
    r"|who|which|why|where|whom|disputed|discuss|vague|unreliable|sic|update"
    r"|original research)\b[a-z ,–-]{0,30}\??)\](?::\s?\d+(?:[–-]\d+)?)?"
)
#: Footnote numbers of pasted papers and briefs: superscript digits after punctuation or a word
#: ("in 2011.¹ It", "the OSCE² said"; not a unit's square or cube: "18,000 km²"), and one or two
#: plain digits glued to a word's full stop before a capitalised word ("power.1 On 5 May ...",
#: not "1.5 Billion": a digit before the stop is a decimal; not "No.1 Priority", "Art.5 Of"), and
#: after a year ("joined the UN in 1992.1 In 1995 ..."; not "2011.5 Million"); either also at
#: the end of the text masked, a paragraph's last sentence ("... of Kazakhstan.3" + blank line).
_FOOTNOTE = re.compile(
    r"(?<=[.,;:!?)\]\"'”’])[¹²³⁴⁵⁶⁷⁸⁹⁰]+|(?<=[^\W\d])(?<!km)(?<!\bm)(?<!mi)[¹²³⁴⁵⁶⁷⁸⁹⁰]+"
    r"|(?<=[^\W\d_][.])(?<!No\.)(?<!no\.)(?<!Nr\.)(?<!\bp\.)(?<!Art\.)(?<!Vol\.)(?<!Fig\.)"
    r"\d{1,2}(?=\s+[A-Z]|\s*$)"
    r"|(?<=\b(?:1[89]|20)\d\d[.])\d{1,2}(?=\s+(?!(?:Million|Billion|Thousand|Trillion|Percent)\b)"
    r"[A-Z][a-z]|\s*$)"
)
#: What every _FOOTNOTE match holds (a superscript digit, or a digit right after a full stop):
#: a text without it is not searched with _FOOTNOTE's lookbehinds at every character, which
#: were most of mask_text's time.
_FOOTNOTE_HINT = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]|\.\d")
#: Same-length stand-ins: curly quotes act as straight ones ("Kazakhstan’s" has "'s"), odd
#: spaces as plain ones (spaCy splits words on " " only), the Unicode hyphens (U+2010, the
#: non-breaking U+2011) as "-" ("Co\u2011operation" is the gazetteer's "Co-operation"), so names
#: and patterns match.
_STAND_INS = str.maketrans(
    {"‘": "'", "’": "'", "‛": "'", "′": "'", "“": '"', "”": '"', "„": '"', "″": '"',
     "\u2010": "-", "\u2011": "-",
     "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u200a": " ", "\u202f": " ",
     "\u200b": " ", "\u2060": " ", "\ufeff": " ", "\n": " ", "\r": " "}
)  # fmt: skip

#: Abbreviations whose full stop never ends a sentence, beyond spaCy's own exceptions
#: (which already keep "U.S.", "e.g.", "Jan.", "Sept.", "St.", "Dr.", "c." and initials).
_ABBREVIATIONS = (
    "approx.", "Approx.", "ca.", "cf.", "est.", "incl.", "Amb.", "Sr.", "Lt.", "Col.", "Capt.",
    "Maj.", "Cdr.", "Hon.", "Art.", "Arts.", "Vol.", "Ave.", "Nos.", "Fig.", "Dept.", "Pres.",
)  # fmt: skip

#: Hyphenated words kept whole: a seat on a council ("a non-permanent member") is a membership,
#: while "non" alone ("a non-member", "non-aligned") is the trigger lines' block word.
_WHOLE_WORDS = ("non-permanent", "Non-permanent", "Non-Permanent", "NON-PERMANENT")
#: Words whose full stop ends no sentence when a number follows ("No. 3", "art. 5", "p. 12").
_BEFORE_NUMBER = lexicon.words("before-number-abbreviations")


#: A line: any line break ends one ("\\n", "\\r", the Unicode line and paragraph separators).
_LINE = re.compile(r"[^\n\r\u2028\u2029]+")
#: What ends a line that does not run on: a sentence's end (maybe inside quotes or brackets,
#: maybe with citation markers after it), a colon or a semicolon.
_LINE_END = re.compile(r"(?:[.!?…][\"')\]]*|[:;])\s*$")
#: Headings and list items are shorter; a longer line without a full stop was hard-wrapped.
_HEADING_MAX = 60
#: A list item's bullet mark (layout reads its items by it too).
BULLET_MARK = r"[•·*▪◦‣–-]"
#: A line opening with a bullet mark, and the marks only a list item opens a line with.
_BULLET_LINE = re.compile(rf"^[ \t]*(?P<mark>{BULLET_MARK})[ \t]")
_LIST_ONLY_MARKS = frozenset("•▪◦‣")
#: The words of a key-value item's key (a letter first, then up to 78 more, commas and whole
#: brackets among them: "Trade with X, 2023", "Trade with X (Jan–Jun 2023)").
KEY_WORDS = r"[A-Za-z](?:[A-Za-z0-9 ',-]|\([^():\n]{0,40}\)){0,78}"
#: A key-value item opening a line ("Member of: A, B", "• Observer: C", "Capital – Astana"): a
#: bullet may open it; ":" (not one of a time, a ratio or a web address: "at 10:30", "14:1",
#: "https://"), a spaced dash or a tab ends the key, then its value. Layout reads its items by
#: it, and _runs_on keeps two such lines apart.
KEY_VALUE = re.compile(
    rf"^\s*(?P<bullet>{BULLET_MARK}[ \t]+)?(?P<key>{KEY_WORDS}?)"
    r"(?:(?P<colon>[ ]*:(?![\d/]))|\s[–—-]\s|[ ]*\t)\s*(?=\S)"
)

#: A transcript's speaker label opening a line: an all-capital role word or "Q", "A" ("A: ",
#: "AMBASSADOR: ", "MINISTER LAVROV: "), or a title and a name, maybe with the speaker's state in
#: brackets ("Mr Ivanov (Russia): "). It names who speaks, not a key of a fact ("Capital: X",
#: "President: X", "CTBT: signed ..." are no labels): ``mask_text`` blanks it, so the turn's
#: words open their sentence ("A: Our country and B established ..." reads as "Our country ...").
SPEAKER_LABEL_WORDS = (
    r"(?:" + lexicon.alternation("speaker-role-labels") + r")(?:[ ][A-Z][A-Z'-]+){0,2}"
    r"|" + lexicon.alternation("speaker-honorifics") + r"[ ][A-Z][\w'-]+(?:[ ][A-Z][\w'-]+){0,2}"
    r"(?:[ ]?\((?P<state>[^()\n]{1,40})\))?"
)  # the label's words, before its colon (hedges._TURN_OPENING reads them too)
SPEAKER_LABEL = re.compile(
    rf"^[ \t]*(?P<label>{SPEAKER_LABEL_WORDS})[ \t]*:[ \t]+(?=\S)",
    re.MULTILINE,
)


@dataclass(frozen=True)
class Sentence:
    """A sentence: 0-based index in the document and its [start, end) character span."""

    index: int
    start: int
    end: int
    text: str


def mask_text(text: str) -> str:
    """``text`` with citation markers blanked and curly quotes straightened; same length.

    >>> text = "Kazakhstan’s border[3][a] is long.[citation needed]"
    >>> mask_text(text).rstrip(), len(mask_text(text)) == len(text)
    ("Kazakhstan's border       is long.", True)
    """
    masked = text.translate(_STAND_INS)
    if _FOOTNOTE_HINT.search(masked):
        masked = _FOOTNOTE.sub(lambda match: " " * len(match.group()), masked)
    masked = SPEAKER_LABEL.sub(lambda match: " " * len(match.group()), masked)
    return _CITATION.sub(lambda match: " " * len(match.group()), masked)


class _MaskingTokenizer:
    """spaCy's tokenizer run on ``mask_text(text)``: token offsets stay those of ``text``;
    a chronology line's historic present reads as the past (``read_historic_present``)."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer

    def __call__(self, text: str):
        return read_historic_present(self.tokenizer(mask_text(text)), text)

    def pipe(self, texts, batch_size: int = 1000):
        texts = list(texts)
        docs = self.tokenizer.pipe((mask_text(t) for t in texts), batch_size=batch_size)
        for doc, text in zip(docs, texts, strict=True):
            yield read_historic_present(doc, text)


_MONTH = MONTH_WORD + r"\.?"
_DAYS = r"\d{1,2}(?:\s?[–-]\s?\d{1,2})?"
#: A chronology line: a date (a year, a month, a day, or a range of days or years) heading the
#: line before a dash, a colon, a bar or a tab, maybe after a bullet: "30 January 1992 – ...",
#: "1995: ...", "10–11 September 2017 – ...", "31 Aug–1 Sep 2025 | ...", "March 4, 2010 — ...",
#: "1995 | ..." (a table row),
#: an ISO day or a range of them: "1992-03-02: ...", "2017-09-10 – 2017-09-11: ...", or a day
#: without its year under a line that is only a year ("1992" / "28 November – ...":
#: layout.Layout.see dates it in that year).
_ISO_DAY = date_shape("date_iso")
#: A day written with dots, day first ("25.06.1992", "02–04.04.2008"): a line it heads is a
#: chronology line with or without a dash after it ("03.12.1993 Georgia joins the CIS").
_DOTTED_DAY = date_shape("date_dotted")
CHRONOLOGY_HEAD = re.compile(
    rf"^[ \t•·*▪◦‣–—|-]*(?:{_DOTTED_DAY}(?:\s*(?:[–—:|]|-(?=\s))\s+|\t+|\s+)(?=[A-Z])|"
    rf"(?:{_ISO_DAY}(?:\s?[–—-]\s?{_ISO_DAY})?(?=\s*[–—:|\t])|"
    rf"(?:(?:\d{{1,2}}\s+{_MONTH}\s*[–-]\s*)?{_DAYS}\s+{_MONTH}\s+|{_MONTH}\s+(?:{_DAYS},?\s+)?)?"
    r"\d{4}(?:\s?[–-]\s?\d{2,4})?|"
    rf"{_DAYS}\s+{_MONTH}|{_MONTH}\s+{_DAYS})(?:\s*(?:[–—:|]|-(?=\s))\s+|\t+)(?=\S))"
)
#: The historic present's irregular verbs; a regular one ("joins", "signs", "ratifies",
#: "admits") is read as its past form when the relation rules spell that form.
IRREGULAR_PAST = {
    "becomes": "became", "takes": "took", "begins": "began", "holds": "held", "wins": "won",
    "leaves": "left", "meets": "met", "pays": "paid", "makes": "made", "sends": "sent",
    "gives": "gave", "builds": "built", "withdraws": "withdrew", "comes": "came", "goes": "went",
    "sets": "set", "leads": "led", "puts": "put", "grows": "grew", "rises": "rose",
    "undertakes": "undertook", "flies": "flew", "is": "was", "are": "were",
}  # fmt: skip
#: Words after which an "-s" word is a noun ("its members", "the talks"), not a verb.
_NOUN_MARKERS = lexicon.words("noun-markers")


@cache
def _rule_words() -> frozenset:
    """The lowercase words the relation rules spell (the past forms they know)."""
    from kzgraph.resources import rules_dir

    text = (rules_dir() / "relations.jsonl").read_text(encoding="utf-8")
    return frozenset(re.findall(r"[a-z]+", text))


def past_form(word: str, following: str, plural: bool) -> str | None:
    """The past form the rules know of a historic-present verb, or None; a plural's verb
    ("A and B sign") only when ``plural`` (right after a name or a plural subject noun).

    >>> past_form("joins", "the", False), past_form("admits", "X", False)
    ('joined', 'admitted')
    >>> past_form("is", "admitted", False), past_form("is", "a", False)
    ('was', None)
    >>> past_form("sign", "the", True), past_form("sign", "the", False)
    ('signed', None)
    """
    if word in ("is", "are"):  # the passive only: "is admitted", never "is a member"
        participle = following.endswith(("ed", "en", "wn")) or following in IRREGULAR_PAST.values()
        return IRREGULAR_PAST[word] if participle else None
    if word in IRREGULAR_PAST:
        return IRREGULAR_PAST[word]
    if len(word) < 4 or word.endswith("ss") or not (word.endswith("s") or plural):
        return None
    stem = word[:-1] if word.endswith("s") else word  # a plural's verb: "A and B sign"
    candidates = [stem + "ed", stem + "d", stem + stem[-1] + "ed"]
    if word.endswith("ies"):
        candidates.insert(0, word[:-3] + "ied")
    if word.endswith("es"):
        candidates.insert(0, word[:-2] + "ed")
    known = _rule_words()
    return next((c for c in candidates if c in known), None)


def read_historic_present(doc, text: str):
    """On a chronology line (``CHRONOLOGY_HEAD``), give each present-tense verb after the date
    the NORM of its past form ("Kazakhstan joins O" is matched as "joined"): a chronology's
    present states what happened at its date. A relative clause ("with which it shares a
    border") keeps its present until the next ";". The text and its offsets are unchanged."""
    head = CHRONOLOGY_HEAD.match(text)
    if head is None:
        return doc
    relative = False
    for token in doc:
        if token.idx < head.end():
            continue
        relative = (relative or token.lower_ in _RELATIVE_WORDS) and token.text != ";"
        if relative or not token.text.isalpha() or not token.text.islower():
            continue
        if token.lower_ in _PLURALS:  # a plural subject noun: "32 African states, among ..."
            continue
        before = doc[token.i - 1] if token.i > 0 else None
        following = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
        if before is None or before.lower_ in _NOUN_MARKERS or before.like_num:
            continue  # a noun after a marker or a number: "the eleven states that sign"
        plural = before.text[:1].isupper() or before.text == ")" or before.lower_ in _PLURALS
        plural = plural or _closes_named_aside(doc, token.i)  # "N states, among them A, found"
        past = past_form(token.text, following, plural)
        if past:
            token.norm_ = past
    return doc


def _closes_named_aside(doc, index: int) -> bool:
    """Whether the verb at ``index`` follows a comma that closes an aside ending in a name
    ("Eleven states, among them A and B, found O"): the verb of a plural subject."""
    return index >= 2 and doc[index - 1].text == "," and doc[index - 2].text[:1].isupper()


#: Relative words: the clause they open states the present, not the chronology's date.
_RELATIVE_WORDS = lexicon.words("present-relative-words")
#: Plural subjects right before a plural verb ("the two countries sign", "both join").
_PLURALS = lexicon.words("plural-subject-words")


def _keep_abbreviations(doc):
    """Undo sentence breaks the sentencizer makes after an abbreviation: before a lowercase
    word ("the Kazakh gov. said"), or after "No." and the like before a number ("No. 3")."""
    before: list = []  # the last two tokens before this one that are not spaces (linear time)
    for token in doc:
        if token.i > 0 and token.is_sent_start and not token.is_space and len(before) == 2:
            lowercase = token.text[:1].islower()
            numbered = before[0].lower_ in _BEFORE_NUMBER and token.like_num
            if before[-1].text == "." and (lowercase or numbered):
                for inner in doc[before[-1].i + 1 : token.i + 1]:
                    inner.is_sent_start = False
        if not token.is_space:
            before = [*before[-1:], token]
    return doc


def last_call(slot: list, key, build):
    """``build()``, or the value it gave at the slot's last call if ``key`` is the same: a
    one-slot cache (``slot`` holds ``[key, value]``) for the Doc that one sentence's readings
    ask for in turn. The value is shared by every caller that gives the key: they only read
    it (a cached Doc's tokens, tags and norms are never written; copy the Doc to change it).

    >>> slot = []
    >>> last_call(slot, 1, lambda: [1]) is last_call(slot, 1, lambda: [2])
    True
    """
    if slot and slot[0] == key:
        return slot[1]
    value = build()
    slot[:] = [key, value]
    return value


@cache
def pipeline():
    """The shared spaCy pipeline: blank English tokenizer (with extra infixes and
    abbreviations, run on the masked text) and sentencizer."""
    from spacy.lang.en import English
    from spacy.language import Language
    from spacy.symbols import ORTH

    class _Defaults(English.Defaults):
        infixes = list(English.Defaults.infixes) + list(_EXTRA_INFIXES)

    class _English(English):
        # the same tokenizer as spacy.blank("en") with the infixes replaced afterwards, built
        # without the config round trip and the second infix compilation (~0.2 s of start-up)
        lang = "en"
        Defaults = _Defaults

    nlp = _English()
    for abbreviation in (*_ABBREVIATIONS, *_WHOLE_WORDS):
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    nlp.tokenizer = _MaskingTokenizer(nlp.tokenizer)
    nlp.add_pipe("sentencizer")
    if not Language.has_factory("kz_keep_abbreviations"):
        Language.component("kz_keep_abbreviations", func=_keep_abbreviations)
    nlp.add_pipe("kz_keep_abbreviations")
    if not Language.has_factory("kz_start_after_blanks"):
        Language.component("kz_start_after_blanks", func=_start_after_blanks)
    nlp.add_pipe("kz_start_after_blanks")
    return nlp


def _start_after_blanks(doc):
    """Move a sentence start from a blank (a masked citation marker: "...(WTO).[4] It is")
    to the word after it, so that "It" opens its sentence as the reference rules expect; a
    line opening with a blank (a masked speaker label: "A: Our country ...") opens with the word
    after it too (the blank alone is then a sentence of nothing, dropped by ``_trim``)."""
    if len(doc) > 1 and doc[0].is_space:
        doc[1].is_sent_start = True
    for token in doc[:-1]:
        if token.is_space and token.is_sent_start and token.i > 0:
            token.is_sent_start = False
            doc[token.i + 1].is_sent_start = True
    return doc


def iter_chunks(text: str) -> Iterator[tuple[int, str]]:
    """(offset, piece) for each non-blank line of ``text`` (ended by "\\n", "\\r" or a Unicode
    line or paragraph separator; a hard-wrapped paragraph is one line), long lines cut at a space.

    >>> list(iter_chunks("Title\\n\\nOne. Two."))
    [(0, 'Title'), (7, 'One. Two.')]
    """
    for offset, line in iter_lines(text):
        while len(line) > MAX_CHUNK:
            cut = line.rfind(" ", 0, MAX_CHUNK)
            cut = cut if cut > 0 else MAX_CHUNK
            if line[:cut].strip():
                yield offset, line[:cut]
            line, offset = line[cut:], offset + cut
        if line.strip():
            yield offset, line


def iter_lines(text: str) -> Iterator[tuple[int, str]]:
    """(offset, line) for each non-blank line, the lines of a hard-wrapped paragraph joined.

    >>> [line for _, line in iter_lines("Heading\\nKazakhstan and China\\nmet.\\n\\nEnd")]
    ['Heading', 'Kazakhstan and China\\nmet.', 'End']
    """
    start = last = None  # the joined piece's start, and its last line
    for match in _LINE.finditer(text):
        if not match.group().strip():
            continue
        if last is not None and _runs_on(text, last, match):
            last = match
            continue
        if last is not None:
            yield start, text[start : last.end()]
        start, last = match.start(), match
    if last is not None:
        yield start, text[start : last.end()]


def _runs_on(text: str, line: re.Match, following: re.Match) -> bool:
    """Whether ``line`` runs on into ``following`` (hard wrapping): a single line break
    between them, no sentence end before it, and after it a lowercase word, or before it a
    line too long for a heading or a list item."""
    if text[line.end() : following.start()] not in ("\n", "\r\n", "\r"):
        return False
    if _LINE_END.search(mask_text(line.group())):
        return False
    if CHRONOLOGY_HEAD.match(following.group()):  # "15 June 2001 | A and B found O | C": a
        return False  # dated line (a chronology's, a table's row) opens an item of its own
    if _is_item(line.group()) and _is_item(following.group()):  # a long "Member of: A, B, C"
        return False  # above "Observer: D": two key-value items
    if _opens_item(following.group(), _BULLET_LINE.match(line.group()) is not None):
        return False  # "• Capital: Astana" above "• Land borders with A and B": two bullets
    return following.group().lstrip()[:1].islower() or len(line.group()) >= _HEADING_MAX


def _opens_item(line: str, listed: bool) -> bool:
    """Whether a line opens with a list item's bullet: a mark no wrapped sentence opens a line
    with ("•", "▪"), or under a line that opens with a bullet too (``listed``) any mark ("- ")."""
    bullet = _BULLET_LINE.match(line)
    return bullet is not None and (listed or bullet["mark"] in _LIST_ONLY_MARKS)


def _is_item(line: str) -> bool:
    """Whether a line reads as a key-value item (``KEY_VALUE``) that no hard-wrapped prose
    looks like: not opening in lowercase (a wrapped sentence's next line does: "at 9:15 that
    ..."), its key ended by a colon or a tab, or by a spaced dash only after a bullet ("• Tengiz
    oil field – developed by C"; a bare "X – the largest economy – and ..." is a parenthesis)."""
    match = KEY_VALUE.match(line)
    if match is None or line.lstrip()[:1].islower():
        return False
    return bool(match["colon"] or match["bullet"]) or "\t" in match.group()


def iter_sentence_spans(text: str):
    """(chunk offset, spaCy Span) for every sentence, blank edges trimmed."""
    nlp = pipeline()
    chunks = list(iter_chunks(text))
    for (offset, _), doc in zip(chunks, nlp.pipe(piece for _, piece in chunks), strict=True):
        for sent in doc.sents:
            span = _trim(sent)
            if span is not None:
                yield offset, span


def _trim(span):
    """The span without leading or trailing whitespace tokens (None if nothing is left)."""
    tokens = [t for t in span if not t.is_space]
    if not tokens:
        return None
    return span.doc[tokens[0].i : tokens[-1].i + 1]


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of ``text`` with exact character offsets.

    >>> [s.text for s in split_sentences("Heading\\n\\nIt joined the SCO (SCO).In 1996 it left.")]
    ['Heading', 'It joined the SCO (SCO).', 'In 1996 it left.']
    """
    sentences = []
    for offset, span in iter_sentence_spans(text):
        start, end = offset + span.start_char, offset + span.end_char
        sentences.append(Sentence(len(sentences), start, end, text[start:end]))
    return sentences
