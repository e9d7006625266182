"""Dates around a relation match: whether the match left out or mis-took a date, and
attaching a date its rule takes that sits past an apposition or a place phrase."""

from __future__ import annotations

import datetime
import itertools
import re
from dataclasses import replace
from functools import cache

from kzgraph import lexicon
from kzgraph.rule_dsl import CompiledPattern, pattern_dates
from kzgraph.trigger_clauses import role_phrase_end

# A date may follow a match past a noun apposition (", the predecessor of P, on D") or a short
# place phrase ("developed F on the right bank of the R since 2007"); these open them.
_NOUN_APPOSITION = lexicon.words("date-apposition-openers")
_PLACE_PREPOSITIONS = lexicon.words("date-place-prepositions")
# words that end such a phrase: a new clause begins, so a later date may be another verb's
_PHRASE_ENDS = lexicon.words("date-phrase-ends")
# verbs that end a place phrase after a match besides those in -ed ("..., took effect on D")
_PLACE_PHRASE_VERBS = lexicon.words("date-place-phrase-verbs")
# ", which came into being on D" / ", established in D" after a co-founded organisation
_FOUNDING_VERBS = lexicon.words("founding-clause-verbs")  # "set" as in ", set up in 1969"
_FOUNDING_WORDS = _FOUNDING_VERBS | lexicon.words("founding-clause-other-words")
# a focus adverb between a match and its date: "established relations with B only on D"
_FOCUS_ADVERBS = lexicon.words("date-focus-adverbs")
# a companion group set off by commas between a match and its date: ", together with A, on D"
_COMITATIVE_OPENERS = lexicon.words("date-comitative-openers")
_STOPS = frozenset([".", "!", "?"])  # a token alone that ends a sentence
_DATE_STOP = re.compile(r"[.!?][\d\u00b9\u00b2\u00b3\u2070-\u2079\])]*$")
_UNCLEAR_DATE = "?"  # a fronted date whose apposition cannot be passed over


def unattached_date(doc, begin, finish, alignment, compiled, record) -> bool:
    """Whether the match gives a date that may be another subject's ("X and Y joined O in 2015
    and 2012") or leaves out the date after it ("visited P at the invitation of I in 2019")."""
    if _date_list_follows(doc, begin, alignment, compiled):
        return True
    if compiled.dates.names_inviter and _inviter_left_out(doc, finish, alignment, compiled):
        return True
    if _dated_by_reference(doc, finish, alignment, compiled, record["kind"]):
        return True
    return _date_left_out(doc, finish, alignment, compiled, compiled.dates.introducers)


# a date given by reference to one named before: "in the same year", "that month"
_REFERRING_DATES = frozenset(
    f"{opening} {unit}"
    for unit in lexicon.phrases("referring-date-units")
    for opening in lexicon.phrases("referring-date-openings")
)


def referring_date_at(doc, index: int) -> bool:
    """Whether a date given by reference opens at ``index`` ("the same year", "that month",
    "the following year"): "joined the IAEA the same year" names the IAEA, the year is its
    date (REC21M), not a noun the name qualifies."""
    return _referring_words_at(doc, index) or referring_phrase(doc, index) is not None


def _referring_words_at(doc, index: int) -> bool:
    """Whether one of the openings × units of _REFERRING_DATES starts at ``index`` ("that
    same month", "in the same period")."""
    words = [t.lower_ for t in doc[index : index + 3]]
    return any(" ".join(words[:n]) in _REFERRING_DATES for n in (2, 3))


def _dated_by_reference(doc, finish: int, alignment, compiled, kind: str) -> bool:
    """Whether a match that took no date, of a kind whose node is keyed by its date (a visit, a
    figure), is followed by a date given by reference ("invested $2bn in X in the same year",
    "trade hit $41bn that year"): the node would lack the date the sentence gives it."""
    if _takes_date(alignment, compiled) or kind not in _dated_kinds():
        return False
    opening = finish + (finish < len(doc) and doc[finish].lower_ in _PHRASE_PREPOSITIONS)
    return _referring_words_at(doc, opening) or referring_phrase(doc, finish) is not None


@cache
def _dated_kinds() -> frozenset:
    """The kinds whose n-ary node is keyed by its date or year (data/schema.jsonl)."""
    from kzgraph.graph import default_schema

    return frozenset(
        kind
        for kind, record in default_schema().items()
        for node in record.get("nodes", [])
        if any(key.endswith((".date", ".year")) for key in node.get("key", []))
    )


def _date_introducers(pattern: str) -> frozenset:
    """The words a rule puts before its dates ("in|since {D:Date}" gives "in", "since")."""
    return pattern_dates(pattern).introducers


def _date_list_follows(doc, begin: int, alignment: list[int], compiled: CompiledPattern) -> bool:
    """Whether a date the match takes is followed by "and" / "or" / a comma and another date:
    the match would give one node a date that may belong to another subject."""
    for offset, index in enumerate(alignment):
        slot = compiled.roles[index]
        if slot is not None and slot[1] == "Date" and _date_list_after(doc, begin + offset):
            return True
    return False


def _inviter_left_out(doc, finish: int, alignment: list[int], compiled: CompiledPattern) -> bool:
    """Whether a visit that took no inviter is followed by "at the invitation of" someone the
    rule cannot name ("of his Chinese counterpart"): the node would lack its inviter."""
    if any(compiled.roles[i] is not None and compiled.roles[i][0] == "I" for i in alignment):
        return False
    following = [token.lower_ for token in doc[finish : finish + 4]]
    return "invitation" in following or _invitation_later_in_clause(doc, finish)


def _invitation_later_in_clause(doc, finish: int) -> bool:
    """Whether "at the invitation of" follows further on in the match's clause, past its own
    circumstances ("arrived in C on Monday on a state visit to S at the invitation of I"): at
    most 16 tokens on, before a ";", a sentence's end or a new subject after ", and"."""
    words = [token.lower_ for token in doc[finish : finish + 20]]
    for i, word in enumerate(words[:17]):
        if word in (";", ".", "!", "?") or words[i : i + 2] == [",", "and"]:
            return False
        if words[i : i + 4] == ["at", "the", "invitation", "of"]:
            return True
    return False


def _date_left_out(
    doc, finish: int, alignment: list[int], compiled: CompiledPattern, introducers: frozenset
) -> bool:
    """Whether a match that took no date is followed by a date the rule would take ("in 2019"
    after "at the invitation of I"): its node would lack the date the sentence gives it. A
    date the rule never takes ("invested $9bn since 1992": no year) leaves it whole."""
    if _takes_date(alignment, compiled):
        return False
    if finish + 1 >= len(doc) or doc[finish].lower_ not in introducers:
        return False
    return "|Date|" in doc[finish + 1]._.kz_kinds


def attach_late_date(doc, begin, finish, alignment, compiled, record, fact, mentions) -> bool:
    """Give a match that took no date the date its rule takes after it, past an apposition or
    a place phrase: "admitted to O, the predecessor of P, on D" is dated D. True when such a
    date is there but cannot be attached ("on D1 and D2"): the node would lack it."""
    if _fronted_date_beside_own(doc, finish, compiled, fact):
        return True  # the variant that reads "on D2" after the verb states the fact
    _drop_dates_past_a_stop(doc, begin, alignment, compiled, fact, mentions)
    if _aside_date_taken(doc, begin, alignment, compiled, fact, mentions):
        return False
    if _takes_date(alignment, compiled):
        return False
    early = compiled.dates.leading_role
    found = _date_before_apposition(doc, begin)
    introducers = compiled.dates.introducers
    if early is not None and found is not None and found[0] == _UNCLEAR_DATE:
        return True
    if early is not None and found is not None and found[0] in introducers:
        _add_date(doc, fact, early, found[1], mentions)
        return False
    role = compiled.dates.trailing_role
    # "stood at $M at the end of 2023" (read before the place phrase "at ..." would be)
    found = _period_end_date(doc, finish) or _date_past_phrase(doc, finish)
    found = found or _date_of_since_clause(doc, finish)
    if found is None and record["kind"] == "visit":
        found = _date_past_unnamed_conjunct(doc, finish)
    if (
        found is None
        and record["kind"] == "co-founding"
        and role is not None
        and (signed := _founding_treaty_signed(doc, finish)) is not None
    ):
        _add_date(doc, fact, role, signed, mentions)
        return False
    if found is None and record["kind"] == "co-founding":
        # the organisation's own founding date is its founders' start date (design.md's "D"):
        # ", established in D" after it, or "in D" right after it ("a founding member of O in
        # D") where the rule has no "in D" of its own (a match that stops before its own date
        # is left out: unattached_date)
        own = finish < len(doc) and doc[finish].lower_ in introducers
        found = _founding_date_after(doc, finish) or (None if own else _date_at(doc, finish))
        if found is None and "O" not in fact.roles:
            found = _opening_founding_date(doc, begin)  # "O was founded in D, and X ... its"
        role, introducers = role or "D", {"in", "on"}
    if (
        found is None
        and role is not None
        and _attach_referring_date(doc, begin, finish, fact, role, mentions)
    ):
        return False  # "joined O1 in 1992 and O2 in the same year": O2 in 1992
    the_year = early or role
    if found is None and the_year and _attach_the_year_before(doc, begin, fact, the_year, mentions):
        return False  # "held in C on D, the year X chaired O": X chaired O in D's year
    joining = record["kind"] in _JOINING_CLAUSES and _ends_with(alignment, compiled, "O")
    if found is None and joining:
        # the member's own joining clause on the organisation: ", which it joined in D"
        return _attach_joining_clause(doc, finish, record["kind"], fact, mentions)
    if found is None and the_year and record["kind"] in _dated_kinds():
        fronted = _fronted_date_over_conjunct(doc, begin)
        if fronted is not None:  # "In 2022, A invested $5bn in B, while B invested $1bn in A"
            _add_date(doc, fact, the_year, fronted, mentions)
            return False
    if role is None or found is None:
        return False
    introducer, date = found
    if introducer not in introducers:
        return False  # "invested $9bn in X, the ..., since 1992": a date the rule never takes
    if _date_list_after(doc, date):
        return True  # "on D1 and D2": whose date?
    _add_date(doc, fact, role, date, mentions)
    return False


# PF11C: what joins a second clause to the first under one fronted date ("In 2022, A ...,
# while|whereas B ...", "..., and B ...", "...; B ...")
_CONJUNCT_OPENERS = lexicon.words("pf11c-fronted-date-conjunct-openers")


def _fronted_date_over_conjunct(doc, begin: int) -> int | None:
    """The date opening the sentence ("In|On|During D ,") when the match opens a later clause
    joined to the first by ", while|whereas|and|but" or ";" and the sentence names no other
    date: the fronted date governs both clauses ("In 2023, trade with A reached $2bn, and trade
    between B and C totalled $3bn": the second figure is 2023's too). Its index, else None."""
    if begin < 3 or doc[0].lower_ not in ("in", "on", "during"):
        return None
    if "|Date|" not in doc[1]._.kz_kinds:
        return None
    if any("|Date|" in token._.kz_kinds for token in doc[2:]):
        return None  # another date: whose is the match's?
    joined = any(
        doc[i].text == ";" or (doc[i].text == "," and doc[i + 1].lower_ in _CONJUNCT_OPENERS)
        for i in range(2, begin - 1)
    )
    return 1 if joined or _opens_main_clause(doc, begin) else None


def _opens_main_clause(doc, begin: int) -> bool:
    """Whether the match opens the clause the fronted date ("In D ,") heads, right after it or
    after an aside closed by a comma ("In 2019, German investment in A stood at $5bn"; "In
    2023, despite the war, trade between A and B reached $1bn"; "In 2019, when X visited C,
    ..."): the date is the figure's (PF12C; the caller has checked that no other date is
    named)."""
    return doc[2].text == "," and (begin == 3 or doc[begin - 1].text == ",")


# "in the same year", "that month", "the following year", "later that year", "two years later":
# the unit and the step from the date named last before the match (lexicon
# reldate22-referring-date-counts: the counts of "N years later")
_REFERENCE_STEPS = {"same": 0, "that": 0, "following": 1, "next": 1, "previous": -1}
_UNIT_LENGTHS = {"year": (4, "xsd:gYear"), "month": (7, "xsd:gYearMonth"),
                 "day": (10, "xsd:date")}  # fmt: skip
_COUNTS = {w: max(n, 1) for n, w in enumerate(lexicon.phrases("reldate22-referring-date-counts"))}
_PHRASE_PREPOSITIONS = ("in", "on", "during", "by")


def referring_phrase(doc, i: int) -> tuple[int, int, str] | None:
    """The date given by reference opening at ``i``, as (its end, its step, its unit): "[later]
    [in] the same|that|that same year|month|day" (step 0), "the following|next|previous
    year|month|day" (±1), "a|two|... year(s)|month(s)|day(s) later" (the count; REL22); else
    None. "years later" (no count), "later" alone or "later this year" (a plan) give None."""
    words = [t.lower_ for t in doc[i : i + 5]]
    counted = _counted_phrase(words)
    if counted is not None:
        return i + 3, *counted
    start = int(words[:1] == ["later"])
    start += int(words[start : start + 1] in [[p] for p in _PHRASE_PREPOSITIONS])
    start += int(words[start : start + 2] in (["that", "same"], ["the", "same"]))
    article = words[start : start + 1] == ["the"]
    start += int(article)
    said = words[start : start + 2]
    if len(said) < 2 or said[0] not in _REFERENCE_STEPS or said[1] not in _UNIT_LENGTHS:
        return None
    step = _REFERENCE_STEPS[said[0]]
    if step and not article:
        return None  # "next year" without "the" is the future, not the year after a date
    if words[0] == "later" and step:
        return None  # "later the following year": unclear
    return i + start + 2, step, said[1]


def _counted_phrase(words: list[str]) -> tuple[int, str] | None:
    """ "two years later", "a month later": (the count, the unit), else None."""
    if len(words) < 3 or words[2] != "later" or words[0] not in _COUNTS:
        return None
    unit = words[1][:-1] if words[1].endswith("s") else words[1]
    plural = words[1] != unit
    if unit not in _UNIT_LENGTHS or plural != (_COUNTS[words[0]] > 1):
        return None
    return _COUNTS[words[0]], unit


def _stepped(lexical: str, step: int, unit: str) -> str:
    """A date ``step`` units after ``lexical`` cut to the unit ("1992-03-24", 1, "year" gives
    "1993"; "2015-01-01", 1, "day" gives "2015-01-02")."""
    if unit == "year":
        return str(int(lexical[:4]) + step)
    if unit == "month":
        months = int(lexical[:4]) * 12 + int(lexical[5:7]) - 1 + step
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    return (datetime.date.fromisoformat(lexical[:10]) + datetime.timedelta(days=step)).isoformat()


# what makes the clause of the date referred to no event that took place: a modal, a word of
# planning (fix17b-modal-and-plan-words) or a negation (reldate22-reference-negations)
_UNSTATED = lexicon.words("fix17b-modal-and-plan-words") | lexicon.words(
    "reldate22-reference-negations"
)
_REFERENCE_CLAUSE_MARKS = (";", ":")


def _unstated_event(doc, index: int) -> bool:
    """Whether the clause of the date at ``index`` (from the sentence's start, a ";" or a ", and
    |but" before it) holds a modal, a plan or a negation: "Kazakhstan may join O in 2027"
    dates no event, so "two years later" after it refers to none (REL22)."""
    start = 0
    for j in range(index - 1, 0, -1):
        if doc[j].text in _REFERENCE_CLAUSE_MARKS or (
            doc[j].text == "," and doc[j + 1].lower_ in ("and", "but", "while", "whereas")
        ):
            start = j + 1
            break
    return any(t.lower_ in _UNSTATED for t in doc[start:index])


def referred_date(doc, i: int, before: int, mentions):
    """The Date mention the phrase at ``i`` gives (see referring_phrase), spanning the phrase,
    from the date the sentence named last before token ``before``, at the phrase's precision
    (a month only from a month or a day, a day only from a day); its end index with it, else
    None."""
    found = referring_phrase(doc, i)
    dates = [t for t in doc[:before] if t._.kz_mention >= 0 and "date" in (
        getattr(mentions[t._.kz_mention].value, "fields", None) or {})]  # fmt: skip
    if found is None or not dates:
        return None
    end, step, unit = found
    length, datatype = _UNIT_LENGTHS[unit]
    if _unstated_event(doc, dates[-1].i):
        return None  # "A may join O in 2027, and B joined P two years later"
    source = mentions[dates[-1]._.kz_mention]
    lexical = source.value.fields["date"][0]
    if len(lexical) < length:
        return None  # "in 2005 ... that month": no month to refer to
    last = doc[end - 1]
    start, stop = doc[i].idx, last.idx + len(last.text)
    fields = {"date": (_stepped(lexical, step, unit), datatype), "approx": False}
    value = replace(source.value, start=start, end=stop, kinds=("Date",), fields=fields)
    mention = replace(source, start=source.start + start - dates[-1].idx,
                      end=source.start + stop - dates[-1].idx, value=value)  # fmt: skip
    return mention, end


def _attach_the_year_before(doc, begin: int, fact, role: str, mentions) -> bool:
    """Give a match that took no date the year of the date right before ", the year" that opens
    it: "the summit held in Astana on 1–2 December 2010, the year Kazakhstan chaired the
    organisation" is Kazakhstan's chairmanship in 2010 ("the same year", "the month" no). True
    when attached."""
    if begin < 4 or [t.lower_ for t in doc[begin - 3 : begin]] != [",", "the", "year"]:
        return False
    token = doc[begin - 4]
    if "|Date|" not in token._.kz_kinds or token._.kz_mention < 0:
        return False
    source = mentions[token._.kz_mention]
    lexical = ((getattr(source.value, "fields", None) or {}).get("date") or ("",))[0]
    if len(lexical) < 4 or not lexical[:4].isdigit():
        return False
    year = doc[begin - 1]
    start, end = doc[begin - 2].idx, year.idx + len(year.text)
    value = replace(source.value, start=start, end=end, kinds=("Date",),
                    fields={"date": (lexical[:4], "xsd:gYear"), "approx": False})  # fmt: skip
    mention = replace(source, start=source.start + start - token.idx,
                      end=source.start + end - token.idx, value=value)  # fmt: skip
    fact.roles.setdefault(role, []).append((mention, "Date"))
    return True


def _attach_referring_date(doc, begin: int, finish: int, fact, role: str, mentions) -> bool:
    """Give a match that took no date the date "in the same year", "that month", "in the
    following year", "later that year", "two years later" right after it refers to (see
    referred_date: the date the sentence named last before the match). True when attached."""
    found = referred_date(doc, finish, begin, mentions)
    if found is None:
        return False
    mention, _ = found
    fact.roles.setdefault(role, []).append((mention, "Date"))
    fact.end = max(fact.end, mention.value.end)
    return True


def _fronted_date_beside_own(doc, finish: int, compiled: CompiledPattern, fact) -> bool:
    """Whether a match took a date before its subject while the rule's own date follows its
    verb ("When A hosted the summit on D1, B joined O on D2", "At the summit on 3–4 July, B
    became a member on 4 July"): the fronted date is the clause's or phrase's it stands in,
    not the fact's. Holding both, the match keeps the one after; holding only the fronted one,
    it states nothing (the variant that reads the date after the verb states the fact)."""
    role = compiled.dates.leading_role
    if role is None or role != compiled.dates.trailing_role:
        return False
    dates = [(m, c) for m, c in fact.roles.get(role, []) if m.value and "date" in m.value.fields]
    if len(dates) > 1:
        fact.roles[role] = [dates[-1]]
        return False
    after = finish + 1 < len(doc) and doc[finish].lower_ in compiled.dates.introducers
    return bool(dates) and after and "|Date|" in doc[finish + 1]._.kz_kinds


def _drop_dates_past_a_stop(doc, begin, alignment, compiled, fact, mentions) -> None:
    """Take out of a fact the dates its match took before a full stop that a gap ran over, a
    stop with a filler after it ("... signed in Berlin on D.² German President X paid a state
    visit ..."): a sentence the splitter did not end there gave the date, not the fact's own."""
    stops = [o for o in range(len(alignment)) if _ends_sentence(doc[begin + o])]
    filled = [o for o, i in enumerate(alignment) if compiled.roles[i] is not None]
    if not stops or not any(o > stops[-1] for o in filled):
        return
    for offset in filled:
        role, cls = compiled.roles[alignment[offset]]
        if cls != "Date" or offset > stops[-1] or doc[begin + offset]._.kz_mention < 0:
            continue
        date = mentions[doc[begin + offset]._.kz_mention]
        fact.roles[role] = [(m, c) for m, c in fact.roles.get(role, []) if m is not date]
        if not fact.roles[role]:
            del fact.roles[role]
    fact.start = max(fact.start, doc[begin + stops[-1] + 1].idx)


def _aside_date_taken(doc, begin, alignment, compiled, fact, mentions) -> bool:
    """Replace the opening date a match took when that date ends an aside rather than opening
    the clause: in "On D1, at the summit held in C on D2, A and B became members of O" the
    rule's leading "[in|on {D:Date} ,?]" took D2, the summit's; the clause's date is D1, the
    date the sentence opens with before the aside ("On D1," then the aside up to the comma
    after D2). True when the match's date was replaced."""
    role = compiled.dates.leading_role
    if role is None or len(alignment) < 3 or begin < 4 or begin + 2 >= len(doc):
        return False
    slot = compiled.roles[alignment[1]]
    if slot is None or slot[0] != role or slot[1] != "Date" or doc[begin + 2].text != ",":
        return False
    before = doc[begin - 1]
    if before.lower_ in _CLAUSE_OPENERS or before.is_punct or before.is_space:
        return False  # "..., and in 1995 X joined O": a fronted date of its own clause
    opening = _date_at(doc, 0)
    if opening is None or opening[0] not in ("in", "on") or doc[2].text != ",":
        return False
    if any(t.text in (";", ".") or "|Date|" in t._.kz_kinds for t in doc[3:begin]):
        return False
    if doc[3].lower_ not in _ASIDE_OPENERS or any(t.lower_ in _REPORTED for t in doc[4:begin]):
        return False  # "In D1, the ministry noted that on D2, ...": a reported clause's own date
    taken = mentions[doc[begin + 1]._.kz_mention] if doc[begin + 1]._.kz_mention >= 0 else None
    fact.roles[role] = [(m, c) for m, c in fact.roles.get(role, []) if m is not taken]
    _add_date(doc, fact, role, opening[1], mentions)
    return True


# words after which a fronted date opens a clause of its own
_CLAUSE_OPENERS = lexicon.words("fronted-date-clause-openers")

# prepositions an aside between an opening date and a clause opens with ("On D1, at the summit
# held in C on D2, ..."), and words that make what follows a clause reported or subordinate to
# the aside, whose date is then the clause's own ("..., in an interview, she said that on D2, ...")
_ASIDE_OPENERS = lexicon.words("aside-openers")
_REPORTED = lexicon.words("reported-clause-words")


def _ends_sentence(token) -> bool:
    """Whether a token is a full stop, or a date that ends with one and a footnote's marker
    ("8 February 2012.²"); not an abbreviation ("U.S.")."""
    if token.text in _STOPS:
        return True
    return "|Date|" in token._.kz_kinds and _DATE_STOP.search(token.text) is not None


def _takes_date(alignment: list[int], compiled: CompiledPattern) -> bool:
    """Whether the match filled one of its rule's date slots."""
    return any(compiled.roles[i] is not None and compiled.roles[i][1] == "Date" for i in alignment)


def _add_date(doc, fact, role: str, date: int, mentions) -> None:
    """Fill ``role`` with the date at ``date`` and stretch the fact's span over it."""
    fact.roles.setdefault(role, []).append((mentions[doc[date]._.kz_mention], "Date"))
    fact.start = min(fact.start, doc[date - 1].idx)
    fact.end = max(fact.end, doc[date].idx + len(doc[date].text.rstrip()))


def _leading_date_role(pattern: str) -> str | None:
    """The role of the optional date a pattern opens with ("[in|on {D:Date} ,?] ..." gives D)."""
    return pattern_dates(pattern).leading_role


def _date_before_apposition(doc, begin: int) -> tuple[str, int] | None:
    """A date opening the sentence before a noun apposition or a place phrase right before the
    match ("On D, the tenth anniversary of X, A and B signed ...", "In D, in C, A and B founded
    O"): its introducer and index."""
    if begin < 5 or doc[begin - 1].text != ",":
        return None
    before = range(begin - 2, max(begin - 14, 0), -1)
    opening = next((i for i in before if doc[i].text == ","), None)
    opener = doc[opening + 1].lower_ if opening == 2 else ""
    if opener not in _NOUN_APPOSITION | _PHRASE_ENDS | _PLACE_PREPOSITIONS:
        return None  # only "On D, <apposition>, ..." at the sentence's start
    found = _date_at(doc, 0)
    plain = _plain_phrase(doc[opening + 1 : begin - 1])
    if opener in _PLACE_PREPOSITIONS:  # FALSE21: "In D, in C, ..." (a plain phrase only)
        return found if plain else None
    if found is not None and not plain:
        return _UNCLEAR_DATE, found[1]  # "On D, which was ..., A and B signed": not clear
    return found


def _trailing_date_role(pattern: str) -> str | None:
    """The role of the optional date a pattern ends with ("... [in|on {D:Date}]" gives D)."""
    return pattern_dates(pattern).trailing_role


def _date_past_phrase(doc, finish: int) -> tuple[str, int] | None:
    """The introducer and index of a date right after a noun apposition or a short place
    phrase that follows the match; None if none follows or a new clause comes first."""
    start = finish + 1
    if (past := role_phrase_end(doc, finish)) is not None:
        return _date_past_phrase(doc, past)  # "admitted to O as a full member at C on D"
    if finish < len(doc) and doc[finish].text == "(":
        return _date_past_brackets(doc, start)
    if finish < len(doc) and _relative_year(doc[finish]):
        return "in", finish  # "which chairs the EAEU this year": in the story's year (FP22)
    if finish < len(doc) and doc[finish].lower_ in _FOCUS_ADVERBS:  # "only on D", "back in D"
        return _date_at(doc, start) if focus_adverb_date(doc, finish) else None
    comma = finish < len(doc) and doc[finish].text == ","
    if comma and (closing := _comitative_end(doc, start)) is not None:
        return _date_at(doc, closing + 1)  # "became a member of O, together with A, on D"
    if start + 1 < len(doc) and doc[finish].text == "," and doc[start].lower_ in _NOUN_APPOSITION:
        return _date_past_apposition(doc, start)
    if _own_comma_before_apposition(doc, finish):  # "signed in Minsk, the Belarusian capital,"
        return _date_past_apposition(doc, finish)
    if _opens_role_phrase(doc, finish):  # "founded GUAM as a consultative forum on D"
        return _date_past_role_phrase(doc, start + 1)
    place = finish < len(doc) and doc[finish].lower_ in _PLACE_PREPOSITIONS
    if place and not _date_at(doc, finish):
        for i in range(start, min(start + 9, len(doc))):
            if found := _date_at(doc, i):
                return found
            if not _plain_phrase(doc[i : i + 1]) or doc[i].lower_ in _PLACE_PHRASE_VERBS:
                return None
    return None


#: The first words of a year told relative to the story's date ("this year", "last year", "the
#: previous year"): such a Date right after a match is read as "in" it.
_RELATIVE_YEAR_OPENERS = frozenset(
    phrase.split()[0]
    for list_id in ("relyear21-last-year-phrases", "relyear21-this-year-phrases")
    for phrase in lexicon.phrases(list_id)
)


def _relative_year(token) -> bool:
    """Whether ``token`` is a Date told relative to the story's date ("this year", merged)."""
    return _is_date(token) and token.lower_.split()[0] in _RELATIVE_YEAR_OPENERS


_ROLE_REACH = 6  # plain words a role phrase may hold before its date


def _opens_role_phrase(doc, finish: int) -> bool:
    """Whether a role phrase, "as a|an|the ...", opens right after the match (FP22)."""
    return (
        finish + 2 < len(doc)
        and doc[finish].lower_ == "as"
        and (doc[finish + 1].lower_ in _NOUN_APPOSITION)
    )


def _date_past_role_phrase(doc, start: int) -> tuple[str, int] | None:
    """The introducer and index of a date right after the plain words of a role phrase from
    ``start`` on ("as a consultative forum on 10 October 1997": "on", the date)."""
    for i in range(start, min(start + _ROLE_REACH + 1, len(doc))):
        if found := _date_at(doc, i):
            return found
        if not _plain_phrase(doc[i : i + 1]):
            return None
    return None


def _date_past_apposition(doc, start: int) -> tuple[str, int] | None:
    """The introducer and index of a date right after the noun apposition opening at
    ``start`` and closed by a comma within 12 tokens (", the Belarusian capital, on D")."""
    ends = range(start, min(start + 12, len(doc)))
    closing = next((i for i in ends if doc[i].text == ","), None)
    if closing is None or not _plain_phrase(doc[start:closing]):
        return None
    return _date_at(doc, closing + 1)


def _own_comma_before_apposition(doc, finish: int) -> bool:
    """Whether the match ends with the comma after its place ("[in {P:City} ,?]") and a noun
    apposition to that place opens right after it ("signed in Minsk, the Belarusian capital,
    on D"): the comma is the apposition's opening one."""
    if not 1 < finish < len(doc) - 1 or doc[finish - 1].text != ",":
        return False
    return doc[finish].lower_ in _NOUN_APPOSITION and doc[finish - 2]._.kz_mention >= 0


def _comitative_end(doc, start: int) -> int | None:
    """The index of the comma closing a companion group that opens at ``start`` ("together
    with A and B,", "along with A,"): its words names, "and", "the" and commas between names
    only; else None."""
    if start + 2 >= len(doc) or doc[start].lower_ not in _COMITATIVE_OPENERS:
        return None
    if doc[start + 1].lower_ != "with":
        return None
    for i in range(start + 2, min(start + 16, len(doc))):
        token = doc[i]
        if token.text == "," and doc[i - 1]._.kz_mention >= 0:
            if i + 1 < len(doc) and doc[i + 1]._.kz_mention < 0 and doc[i + 1].lower_ != "and":
                return i
            continue
        if token._.kz_mention < 0 and token.lower_ not in ("and", "the"):
            return None
    return None


def comitative_before_date(doc, end: int) -> int | None:
    """The index of the comma that opens a companion group a match's closing date was taken
    past ("became a member of O, together with A, on D" ending at ``end``), so that the group
    is read as the match's companions; else None."""
    if end < 6 or "|Date|" not in doc[end - 1]._.kz_kinds or doc[end - 3].text != ",":
        return None
    for opener in range(end - 5, max(end - 18, 0), -1):
        if doc[opener - 1].text == "," and _comitative_end(doc, opener) == end - 3:
            return opener - 1
    return None


def focus_adverb_date(doc, index: int) -> bool:
    """Whether ``doc[index]`` is a focus adverb before "in|on D" ("joined the UN only on D",
    "the EU back in D"): the clause goes on to its date (_date_past_phrase dates it)."""
    if index >= len(doc) or doc[index].lower_ not in _FOCUS_ADVERBS:
        return False
    found = _date_at(doc, index + 1)
    return found is not None and found[0] in ("in", "on")


def _founding_treaty_signed(doc, finish: int) -> int | None:
    """The index of the signing date of the treaty a co-founding names as its instrument after
    the match: "co-founded O (...) with A and B under the T, which the four states signed on D"
    ("under|through" the treaty, then ", which|that ... signed in|on D"; its date is the
    founding's). At most 24 tokens on, no ";" or sentence end between; a date list gives None."""
    words = [t.lower_ for t in doc[finish : finish + 24]]
    if not any(w in ("under", "through") for w in words[:12]):
        return None
    for i, word in enumerate(words):
        if word in (";", ".", "!", "?"):
            return None
        if word == "signed" and ("which" in words[:i] or "that" in words[:i]):
            found = _date_at(doc, finish + i + 1)
            if found is None or found[0] not in ("in", "on") or _date_list_after(doc, found[1]):
                return None
            return found[1]
    return None


def _date_past_unnamed_conjunct(doc, finish: int) -> tuple[str, int] | None:
    """The introducer and index of a date after a second place the visit's match left out, a
    common noun phrase: "visited Semey and the former test site in April 2010". At most four
    lowercase words after "and the|a|an|its|his|her", none a clause word; a name among them (a
    second visit's) gives None."""
    if finish + 2 >= len(doc) or doc[finish].lower_ != "and":
        return None
    if doc[finish + 1].lower_ not in ("the", "a", "an", "its", "his", "her", "their"):
        return None
    for i in range(finish + 2, min(finish + 7, len(doc))):
        if found := _date_at(doc, i):
            return found if i > finish + 2 and found[0] in ("in", "on") else None
        if not (doc[i].is_lower and doc[i].is_alpha and _plain_phrase(doc[i : i + 1])):
            return None
    return None


def _date_of_since_clause(doc, finish: int) -> tuple[str, int] | None:
    """("since", the date's index) of a passive clause after "since" that dates an event by
    "in|on D": "have developed F since the PSA was signed in November 1997", "a member since
    the treaty was ratified in 1994". At most eight words between "since" and "was|were", no
    punctuation, date or clause word among them; else None."""
    if finish >= len(doc) or doc[finish].lower_ != "since":
        return None
    for i in range(finish + 1, min(finish + 10, len(doc) - 2)):
        if doc[i].lower_ in ("was", "were"):
            verb = doc[i + 1]
            if not (verb.lower_.endswith("ed") or verb.lower_ in ("set", "signed")):
                return None
            found = _date_at(doc, i + 2)
            return ("since", found[1]) if found and found[0] in ("in", "on") else None
        if not _plain_phrase(doc[i : i + 1]):
            return None
    return None


def _date_past_brackets(doc, start: int) -> tuple[str, int] | None:
    """The introducer and index of a date right after a short bracketed aside that opens at
    ``start`` (past its "("): "founded O (the Southern Common Market) in 1991" and "joined O
    (founded in 1967) in 2000" are dated 1991 and 2000. An aside of more than 12 tokens, or
    one holding another bracket or a sentence's end, gives None."""
    ends = range(start, min(start + 13, len(doc)))
    closing = next((i for i in ends if doc[i].text in {")", "(", ".", "!", "?"}), None)
    if closing is None or closing == start or doc[closing].text != ")":
        return None
    return _date_at(doc, closing + 1)


def _ends_with(alignment: list[int], compiled: CompiledPattern, role: str) -> bool:
    """Whether the match's last token fills ``role`` (the organisation a clause may follow)."""
    last = compiled.roles[alignment[-1]] if alignment else None
    return last is not None and last[0] == role


def _attach_joining_clause(doc, finish: int, kind: str, fact, mentions) -> bool:
    """Date a membership by the relative clause on its organisation that tells when the member
    joined it: "X is a member of O, which it joined in D" ("to which it was admitted in D",
    "of which it has been a member since D", "which X entered on D"; "O1 and O2, which it
    joined in D1 and D2 respectively" dates each: True hands the fact to _distributed). The
    clause's subject must be the member ("it", "we", "they", or its name); a clause of leaving,
    planning or founding ("which it left in D", "which was founded in D") dates nothing."""
    found = _joining_clause(doc, finish, kind, fact, mentions)
    if found is None:
        return False
    organisations = fact.roles.get("O", [])
    listed = _date_list_after(doc, found)
    group = len(organisations) == 1 and len(organisations[0][0].members) > 1
    if listed != group:
        return False  # "O1 and O2, which it joined in 1995": whose date?
    _add_date(doc, fact, "D", found, mentions)
    return listed


def _joining_clause(doc, finish: int, kind: str, fact, mentions) -> int | None:
    """The date token of ", [to|of] which <the member> <joining verb> in|on|since D", or of
    the participle clause the member is the subject of: ", having joined [it] in D"."""
    i = finish
    if i + 3 >= len(doc) or doc[i].text != ",":
        return None
    fronted = doc[i + 1].lower_ if doc[i + 1].lower_ in ("to", "of") else None
    i += 2 if fronted else 1
    if not fronted and doc[i].lower_ == "having":
        words, i = ["having "], i + 1  # the participle's subject is the clause's: the member
    elif doc[i].lower_ == "which" and _names_the_member(doc[i + 1], fact, mentions):
        words, i = [], i + 2
    else:
        return None
    while i + 1 < len(doc) and not ("|Date|" in doc[i + 1]._.kz_kinds and doc[i].is_alpha):
        if doc[i].lower_ not in _JOINING_ADVERBS:
            words.append(doc[i].lower_ + doc[i].whitespace_)  # "co-founded" as one word
        i += 1
        if len(words) > 8:
            return None
    if i + 1 >= len(doc) or not _clause_ends(doc, i + 2):
        return None
    phrase = " ".join("".join(words).split()) + (f" {fronted}" if fronted else "")
    event, state = _JOINING_CLAUSES[kind]
    if phrase.startswith("having "):  # "having joined [it]", "having been a member since"
        phrase = phrase.removeprefix("having ").removesuffix(" it").removesuffix(" them")
        event, state = _PARTICIPLE_CLAUSES.get(kind, (frozenset(), frozenset()))
    if doc[i].lower_ in ("in", "on") and phrase in event:
        return i + 1
    if doc[i].lower_ == "since" and phrase in state:
        return i + 1
    return None


def _names_the_member(token, fact, mentions) -> bool:
    """Whether a relative clause's subject is the fact's member: "it" (or, in a text written
    in the first person, "we") for one, "they" or "both" for a group, or the member's name."""
    members = fact.roles.get("X", [])
    if len(members) != 1:
        return False
    member = members[0][0]
    group = len(member.members) > 1
    if token.lower_ in ("it", "we", "they", "both"):
        return (token.lower_ in ("it", "we")) != group
    if token._.kz_mention < 0:
        return False
    named = mentions[token._.kz_mention]
    keys = {e.key for m in (member.members or [member]) for e in m.entities}
    return bool(keys) and {e.key for m in (named.members or [named]) for e in m.entities} == keys


def _clause_ends(doc, index: int) -> bool:
    """Whether the relative clause ends at ``index``: the sentence's end, a comma, a
    semicolon, "and" / "or" before another date, or "respectively"."""
    if index >= len(doc):
        return True
    word = doc[index].lower_
    if word in _DATELESS_TAILS:  # "..., which it joined in D after a long debate"
        tail = itertools.takewhile(lambda t: t.text not in (",", ";", "."), doc[index:])
        return not any("|Date|" in t._.kz_kinds or t.lower_ == "as" for t in tail)
    return (
        word in (",", ";", ".", ")", "respectively")
        or (
            word in ("and", "or") and index + 1 < len(doc) and "|Date|" in doc[index + 1]._.kz_kinds
        )
        or _ends_sentence(doc[index])
    )


# the joining verbs of a relative clause on a membership's organisation, by the fact's kind:
# (event phrases, read with "in|on D"; state phrases, read with "since D"); a fronted
# preposition ("to which it acceded") closes the phrase
_MEMBER_OF = lexicon.phrases("member-of-phrases")
_JOINING_CLAUSES = {
    "membership": (
        frozenset(
            list(lexicon.phrases("joining-event-phrases"))
            + [f"{verb} {member}" for verb in ("became", "become") for member in _MEMBER_OF]
        ),
        frozenset(
            list(lexicon.phrases("joining-state-phrases"))
            + [f"{verb} {member}" for verb in ("has been", "have been") for member in _MEMBER_OF]
        ),
    ),
    "co-founding": (
        lexicon.words("cofounding-event-phrases"),
        frozenset(),
    ),
}  # fmt: skip
# the same for a participle clause on the member (", having joined [it] in D"), "it" left out
_PARTICIPLE_CLAUSES = {
    "membership": (
        lexicon.words("participle-joining-event-phrases"),
        lexicon.words("participle-membership-state-phrases"),
    ),
}  # fmt: skip
# prepositions that may follow the joining clause's date without making it another's
_DATELESS_TAILS = lexicon.words("dateless-tails")
_JOINING_ADVERBS = lexicon.words("joining-adverbs")


def _founding_date_after(doc, finish: int) -> tuple[str, int] | None:
    """The date of a founded organisation's own founding clause right after it (", which came
    into being on D", ", established in D"): the founders' start date."""
    if finish >= len(doc) or doc[finish].text != ",":
        return None
    for end in range(finish + 2, min(finish + 6, len(doc))):
        words = {token.lower_ for token in doc[finish + 1 : end]}
        if words <= _FOUNDING_WORDS and words & _FOUNDING_VERBS and (found := _date_at(doc, end)):
            return found
    return None


def _opening_founding_date(doc, begin: int) -> tuple[str, int] | None:
    """The date of the founding clause the sentence opens with, when a match on "its|it"
    follows it after only ",", ";" or "and": "[The] O was|were founded|established|set up [in|at
    C] in|on D, and A and B, two of its founding members, ..." dates A's and B's founding."""
    at = 1 if doc[0].lower_ == "the" else 0
    if at + 3 >= begin or doc[at]._.kz_mention < 0 or "|Organisation|" not in doc[at]._.kz_kinds:
        return None
    if doc[at + 1].lower_ not in ("was", "were") or doc[at + 2].lower_ not in _FOUNDING_VERBS:
        return None
    at += 4 if doc[at + 2].lower_ == "set" and doc[at + 3].lower_ == "up" else 3
    if at + 1 < begin and doc[at].lower_ in ("in", "at") and "|City|" in doc[at + 1]._.kz_kinds:
        at += 2
    found = _date_at(doc, at)
    if found is None or found[0] not in ("in", "on"):
        return None
    between = {token.lower_ for token in doc[found[1] + 1 : begin]}
    return found if between and between <= {",", ";", "and"} else None


def _plain_phrase(tokens) -> bool:
    """Whether tokens hold no date, no punctuation and no word opening a new clause."""
    return not any(
        "|Date|" in t._.kz_kinds or t.is_punct or t.lower_ in _PHRASE_ENDS or t.lower_[-2:] == "ed"
        for t in tokens
    )


#: FALSE21: the phrases before a date that close the period a figure or state is given for
#: ("stood at $M at the end of 2023"): read as "in D" ("by the end of D" is a target: none)
_PERIOD_END_PHRASES = [tuple(p.split()) for p in lexicon.phrases("false21-period-end-phrases")]


def _period_end_date(doc, finish: int) -> tuple[str, int] | None:
    """("in", date index) when a period-end phrase and a date follow the match right away
    ("invested $M in B at the end of 2023": the year 2023's figure), else None."""
    words = [t.lower_ for t in doc[finish : finish + 6]]
    for phrase in _PERIOD_END_PHRASES:
        at = finish + len(phrase)
        if tuple(words[: len(phrase)]) == phrase and at < len(doc) and _is_date(doc[at]):
            return "in", at
    return None


def _is_date(token) -> bool:
    return "|Date|" in token._.kz_kinds


def _date_at(doc, index: int) -> tuple[str, int] | None:
    """(introducer, date index) when ``doc[index]`` is a preposition followed by a date."""
    if index + 1 < len(doc) and doc[index].is_alpha and "|Date|" in doc[index + 1]._.kz_kinds:
        return doc[index].lower_, index + 1
    return None


def _date_list_after(doc, date: int) -> bool:
    """Whether another date follows this one after "and" / "or" / a comma."""
    window = doc[date + 1 : date + 4]
    after = [t for t in window if t.lower_ not in {"and", "or", ",", "the"}]
    return bool(after) and "|Date|" in after[0]._.kz_kinds and len(after) < len(window)
