"""Extract one document or a corpus: sentences -> mentions -> links -> references -> facts -> quads.

``extract_document`` returns the quads (pyoxigraph ``Quad`` objects, sorted) of one document;
``write_trig`` writes them to ``triples/<stem>.trig`` byte-identically on every run;
``extract_corpus`` does both for many files, reporting (not raising) per-file problems.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, partial
from pathlib import Path
from typing import NamedTuple

from kzgraph import borders, founding_acts, lexicon, nominal, syntax, triggers
from kzgraph.documents import Document, read_document
from kzgraph.errors import InputError, KzgraphError, RuleFileError
from kzgraph.gapping import default_gapping
from kzgraph.gazetteer import Gazetteer, default_gazetteer
from kzgraph.graph import SentenceFacts, build_graph
from kzgraph.hedges import denies_now, refutes_previous
from kzgraph.layout import Layout
from kzgraph.linking import link_mentions, link_surnames
from kzgraph.membership_ended import ended_states, without_states
from kzgraph.mentions import Mention, default_matchers, find_mentions
from kzgraph.namespaces import PREFIXES
from kzgraph.nearest import narrowed_to_nearest
from kzgraph.org_bodies import truncated_body
from kzgraph.place_adverbs import PlaceAdverbs
from kzgraph.references import (
    ReferenceContext,
    check_reference_rules,
    context_for,
    find_acronym_mentions,
    group_coordinations,
    in_other_voice,
    inherit_supplement_class,
    resolve_references,
    resolve_strategy,
    update_context,
)
from kzgraph.relations import Fact, continued_after, default_relation_rules, extract_relations
from kzgraph.respectively import crosses_respectively, pair_respectively
from kzgraph.sentences import iter_sentence_spans, pipeline
from kzgraph.signature_block import SignatureBlock
from kzgraph.signed_lists import SignedLists
from kzgraph.signers import Signers, title_party_signings
from kzgraph.tables import Tables


@dataclass
class Extraction:
    """What one document yielded: its quads (sorted pyoxigraph Quads) and counts."""

    document: Document
    quads: list
    sentences: int
    words: int
    facts: Counter = field(default_factory=Counter)  # assertions by relation kind


@dataclass
class ExtractReport:
    """What a corpus run did: extractions written and files skipped with the reason."""

    extractions: list[Extraction] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)
    skipped: list[tuple[Path, str]] = field(default_factory=list)

    @property
    def facts(self) -> Counter:
        """Assertions by relation kind over all documents."""
        return sum((e.facts for e in self.extractions), Counter())


@cache
def _reference_strategies() -> dict[str, str]:
    """The names rules' reference strategies by rule id, read once from the shipped rules
    (every sentence asks for them)."""
    rules = default_matchers().rules
    return {rule_id: rule.refers_to for rule_id, rule in rules.items() if rule.refers_to}


def sentence_mentions(span, offset: int, text: str, context: ReferenceContext) -> list[Mention]:
    """The mentions of one sentence (a spaCy span at ``offset`` in ``text``): found, linked,
    references resolved, supplements classed and coordinations grouped."""
    gazetteer = default_gazetteer()
    start, end = offset + span.start_char, offset + span.end_char
    mentions = find_mentions(span, offset, text)
    mentions = find_acronym_mentions(text, start, end, context, mentions)
    link_mentions(mentions, gazetteer)
    link_surnames(mentions, text, gazetteer)
    mentions = resolve_references(mentions, context, _reference_strategies())
    inherit_supplement_class(mentions, context)
    return group_coordinations(mentions, text)


def _apply_defaults(facts: list[Fact], context: ReferenceContext, mentions: list[Mention]) -> None:
    """Fill roles a rule takes from context ("topic", "written_from") when the match lacks them;
    where a fact's strategy resolves nothing, the first of its fallbacks (an unhedged match of
    the same fillers by a rule with another strategy) whose strategies resolve takes its place."""
    for i, fact in enumerate(facts):
        if _fill_defaults(fact, context, mentions):
            continue
        usable = (f for f in fact.fallbacks if not f.hedged)
        facts[i] = next((f for f in usable if _fill_defaults(f, context, mentions)), fact)


def _fill_defaults(fact: Fact, context: ReferenceContext, mentions: list[Mention]) -> bool:
    """Fill ``fact``'s unfilled default roles; whether every one of them is filled."""
    before = [m for m in mentions if m.end <= fact.start]
    for role, strategy in fact.defaults.items():
        if fact.roles.get(role):
            continue
        if strategy == "written_from" and in_other_voice((fact.start, fact.end), mentions, context):
            continue  # "Trade with X ..., the Kyrgyz minister said": not the own state
        entities = resolve_strategy(context, strategy, before)
        if entities:
            mention = Mention(fact.start, fact.start, entities[0].kinds, "reference",
                              entities=entities)  # fmt: skip
            if len(entities) > 1 and strategy.endswith("pair"):  # a pair is a group
                mention.members = [
                    Mention(fact.start, fact.start, e.kinds, "reference", entities=[e])
                    for e in entities
                ]
            fact.roles[role] = [(mention, entities[0].cls)]
    return all(fact.roles.get(role) for role in fact.defaults)


@cache
def load_extractor() -> None:
    """Load what every text needs (gazetteer, tokenizer, name matchers, relation rules, trigger
    lines, gap lines), once per process; a broken rule file raises its RuleFileError here.
    The library leaves the garbage collector alone: ``kzgraph extract``, which owns its process,
    loads with it paused and then frozen (cli/extract_cmd.py)."""
    default_gazetteer(), pipeline(), default_matchers(), default_relation_rules()
    triggers.default_trigger_rules(), default_gapping()
    check_reference_rules()  # the strategies references.jsonl and references.py name


def extract_document(document: Document) -> Extraction:
    """Extract the facts of one document as sorted quads with provenance.

    >>> from kzgraph.documents import document_from_text
    >>> text = "Uzbekistan joined the Collective Security Treaty Organization in 2006."
    >>> extraction = extract_document(document_from_text(text, "demo"))
    >>> dict(extraction.facts)
    {'membership': 1}
    """
    load_extractor()
    gazetteer = default_gazetteer()
    context = context_for(document.written_from, gazetteer)
    text, sentences, count, words = document.text, [], 0, 0
    layout = Layout(text, title=_title_mentions(document, gazetteer))
    # "signed by A and B"; "the sides signed the following documents: • the X; • the Y";
    # "Partner | 2021 | 2022" under "Trade with X, US$ million"
    readers = _Readers(
        Signers(), SignedLists(), Tables(text), gazetteer, SignatureBlock(), PlaceAdverbs()
    )
    statement = -1  # the last sentence longer than a short question ("Source?")
    for offset, span in iter_sentence_spans(text):
        start, end = offset + span.start_char, offset + span.end_char
        last = _unrefuted_last(sentences, statement, text, start)
        length = sum(1 for token in span if not token.is_punct and not token.is_space)
        words += length
        mentions = sentence_mentions(span, offset, text, context)
        layout.see(offset, start, end, mentions)
        mentions = layout.with_section_day(start, end, mentions)  # "28 November –" under "1992"
        facts = _sentence_facts(text, (start, end), mentions, context, layout, readers)
        update_context(mentions, context, text, start)
        if last and last.index == count - 1:
            _amend_previous(last, text, (start, end), mentions)
        if facts:
            sentences.append(SentenceFacts(count, start, end, text[start:end], facts))
        statement = count if length > _SHORT_QUESTION else statement
        count += 1
    quads = build_graph(document, sentences, context.written_from)
    kinds = Counter(_asserted_kinds(quads, sentences))
    return Extraction(document, quads, count, words, kinds)


def _amend_previous(last: SentenceFacts, text: str, span: tuple[int, int], mentions) -> None:
    """Drop the facts of the sentence before that this one says ended ("A joined O in D1. In D2
    A withdrew.") or denies now ("X was then a member of O. Today it is not.")."""
    start, end = span
    before = (last.text, last.start)
    last.facts = _without_ended(last.facts, text[start:end], start, mentions, before)
    if denies_now(text[start:end]):
        last.facts = [f for f in last.facts if not _past_state(f, text)]


def _dated_by_closed_span(fact: Fact) -> bool:
    """Whether ``fact``, of a kind whose node holds only a start date (lexicon
    known21-closed-span-kinds: a development), is dated by a closed span ("Eni developed the
    Karachaganak field from 1997 to 2010"): the text marks the state as ended (KNOWN21)."""
    return fact.kind in _CLOSED_SPAN_KINDS and any(
        mention.value is not None and "end" in mention.value.fields
        for mention, cls in fact.roles.get("D", [])
    )


_CLOSED_SPAN_KINDS = lexicon.words("known21-closed-span-kinds")


def _past_state(fact: Fact, text: str) -> bool:
    """Whether ``fact``'s own words state a past state ("X was a member of O"): a sentence after
    it that only denies it now ("Today it is not.") marks it as ended (KNOWN21)."""
    return _PAST_STATE.search(text, fact.start, fact.end) is not None


_PAST_STATE = re.compile(r"\b(?:was|were)\b", re.IGNORECASE)


def _unrefuted_last(
    sentences: list[SentenceFacts], statement: int, text: str, start: int
) -> SentenceFacts | None:
    """The last sentence with facts, or None once dropped because the sentence at ``start``
    only refutes it, the statement before ("Some say X founded O. GUEST: That's wrong.", "...
    Source? False.")."""
    last = sentences[-1] if sentences else None
    if last and last.index == statement and refutes_previous(text, start, last.text):
        sentences.pop()
        return None
    return last


class _Readers(NamedTuple):
    """The readers that keep state across a document's sentences."""

    signers: Signers  # the people the text says lead or represent a state
    lists: SignedLists
    tables: Tables
    gazetteer: Gazetteer
    block: SignatureBlock  # a treaty text's "Done at P on D" and "For the Republic of X"
    places: PlaceAdverbs  # the cities of the sentence before ("signed T there")


def _sentence_facts(
    text: str,
    span: tuple[int, int],
    mentions: list[Mention],
    context: ReferenceContext,
    layout: Layout,
    readers: _Readers,
) -> list[Fact]:
    """The facts of the sentence at ``span`` of ``text``: its own reading, then what the
    document's readers and its layout add to it."""
    start, end = span
    facts: list[Fact] = []
    if any(m.entities or "Money" in m.kinds for m in mentions):  # "Bilateral trade reached $M"
        sentence = layout.as_read(start, end)  # "Programme" / "28 November – ": no chronology
        facts = _read_sentence(sentence, start, mentions, context, layout)
        read = partial(_read_sentence, sentence, start, context=context, layout=layout)
        facts += readers.signers.facts(text, start, end, mentions, facts, read)  # "signed by A"
    facts += readers.lists.facts(text, start, end, mentions, facts, context)
    facts += readers.block.facts(text, start, end, mentions)  # "Done at P on D", "For X"
    facts += founding_acts.founding_facts(text, mentions, facts)  # "signed T, founding O"
    own = resolve_strategy(context, "document_state")  # the pair of a partner's heading
    facts += layout.field_facts(start, end, mentions, facts, context.topic, own)  # "Capital: X."
    layout.date_facts(facts)  # "1995 – Kazakhstan joins the OIC."
    facts += readers.tables.facts(start, end, mentions, facts, context)  # a table's rows
    _relative_year_figures(facts, text, mentions)  # "Last year our trade with X reached $M"
    facts += title_party_signings(facts, readers.gazetteer)  # "the Agreement between A and B"
    readers.places.complete(text, start, end, mentions, facts)  # "signed T there", ", where"
    return facts


#: FIG22: the figures a year told relative to the story's date may date, those phrases, and
#: what ends its clause before the sum ("Last year trade grew, and X has invested $M": a stock).
_FIGURE_KINDS = frozenset(["trade"])
_CLAUSE_BREAK = re.compile(r";|,\s*(?:and|but|while|whereas)\b")
_RELATIVE_YEARS = lexicon.words("relyear21-last-year-phrases") | lexicon.words(
    "relyear21-this-year-phrases"
)


def _relative_year_figures(facts: list[Fact], text: str, mentions: list[Mention]) -> None:
    """Date a trade figure that has no year by the sentence's one date when that is a year told
    relative to the story's date ("last year", values._relative_years) standing before its sum
    in its clause: "Last year our trade with X reached $M", "X was our largest partner last
    year, with turnover of $M" (FIG22). A sum before the phrase ("$M, up from $N last year")
    or past a clause's end keeps none."""
    dates = [m for m in mentions if m.value is not None and "Date" in m.value.kinds]
    if len(dates) != 1 or text[dates[0].start : dates[0].end].lower() not in _RELATIVE_YEARS:
        return
    for fact in facts:
        money = fact.roles.get("M") or []
        if fact.kind in _FIGURE_KINDS and money and not fact.roles.get("Y"):
            between = text[dates[0].end : money[0][0].start]
            if dates[0].end <= money[0][0].start and not _CLAUSE_BREAK.search(between):
                fact.roles["Y"] = [(dates[0], "Date")]


#: the words of a sentence that is no statement a refutation could speak of ("Source?", "Really?")
_SHORT_QUESTION = 2


def _read_sentence(
    sentence: str, start: int, mentions: list[Mention], context: ReferenceContext, layout: Layout
) -> list[Fact]:
    """The facts of one sentence that names an entity (``sentence`` at ``start`` in the text):
    the relation rules, then each looser reading only for what the ones before left unstated."""
    rules = default_relation_rules()
    facts = extract_relations(sentence, start, mentions, rules)
    _apply_defaults(facts, context, mentions)
    # the looser trigger lines only where no rule fact of their kind states it already
    found = triggers.extract_trigger_facts(sentence, start, mentions, facts)
    facts += found + _new_facts(
        continued_after(sentence, start, found, mentions, rules), facts + found
    )
    # a chronology line's date first, so that the readings below see what it dates
    layout.date_facts(facts)  # "1998 – X joins O": no second, dated copy of the fact
    # the trigger lines read again over a dependency parse, for what lies far apart
    facts += syntax.extract_syntax_facts(sentence, start, mentions, facts, context=context)
    # event nouns and their arguments ("X's accession to O in D"), over the same parse
    facts += nominal.extract_nominal_facts(sentence, start, mentions, facts, context=context)
    # border phrases read as a family ("a border of L with B and of M with C", "the A–B border")
    facts += borders.extract_border_facts(sentence, start, mentions, facts, context)
    # "A and B, which has been a member of O": B's; "the CIS and the WTO, which it joined": the WTO
    facts = narrowed_to_nearest(facts, sentence, start, mentions)
    # "A and B joined O1 in D1 and O2 in D2 respectively": item by item, never crossed
    paired = pair_respectively(facts, sentence, start, mentions)
    kept = [f for f in facts if not crosses_respectively(f, sentence, start, mentions)]
    # "the OSCE Forum for Security Co-operation" read as "OSCE Forum": a name cut short
    kept = [f for f in kept if not truncated_body(f, sentence, start)]
    # "X, which joined O in D1, withdrew in D2": a membership that ended, no memberOf
    kept = _without_ended(kept, sentence, start, mentions)
    # "E developed F from 1997 to 2010": a state dated by a closed span of time has ended
    kept = [f for f in kept if not _dated_by_closed_span(f)]
    return kept + _new_facts(paired, kept)


def _without_ended(
    facts: list[Fact],
    sentence: str,
    start: int,
    mentions: list[Mention],
    before: tuple[str, int] | None = None,
) -> list[Fact]:
    """``facts`` less the memberships ``sentence`` (their own, or the next after ``before``: their
    sentence and its offset) says ended ("X, which joined O in D1, withdrew in D2"; "A and B
    joined O. A later withdrew": B's stays); a programme whose participation ended keeps its
    organisation."""
    kept: list[Fact] = []
    reduced: list[Fact] = []
    for fact in facts:
        keys = ended_states(fact, sentence, start, mentions, before)
        if not keys:
            kept.append(fact)
        elif (rest := without_states(fact, keys)) is not None:
            reduced.append(rest)
    return kept + _new_facts(reduced, kept)


def _title_mentions(document: Document, gazetteer: Gazetteer) -> tuple[list[Mention], str]:
    """The mentions of the document's title (its metadata), and the title: the first heading."""
    title = str(document.metadata.get("title") or "")
    context = context_for(None, gazetteer)
    found = [m for offset, span in iter_sentence_spans(title)
             for m in sentence_mentions(span, offset, title, context)]  # fmt: skip
    return found, title


def _new_facts(facts: list[Fact], known: list[Fact]) -> list[Fact]:
    """The facts whose kind and fillers no fact of ``known`` has already."""
    seen = {(f.kind, f.signature()) for f in known}
    return [f for f in facts if (f.kind, f.signature()) not in seen]


def _asserted_kinds(quads: list, sentences: list[SentenceFacts]) -> list[str]:
    """The relation kind of each assertion graph that made it into the quads."""
    rule_of = {}
    for quad in quads:
        if str(quad.predicate) == f"<{PREFIXES['kz']}rule>":
            rule_of[str(quad.subject)] = quad.object.value
    kind_of_rule = {f.rule: f.kind for s in sentences for f in s.facts}
    return [kind_of_rule[rule] for rule in rule_of.values()]


def trig_bytes(quads: list) -> bytes:
    """Deterministic TriG for sorted quads with the fixed prefixes of namespaces.PREFIXES."""
    from pyoxigraph import RdfFormat, serialize

    body = serialize(quads, format=RdfFormat.TRIG, prefixes=PREFIXES).decode("utf-8")
    # pyoxigraph writes the prefixes in its own order; restate them in PREFIXES order
    lines = [line for line in body.splitlines(keepends=True) if not line.startswith("@prefix ")]
    header = "".join(f"@prefix {name}: <{iri}> .\n" for name, iri in PREFIXES.items())
    return (header + "".join(lines)).encode("utf-8")


def write_trig(extraction: Extraction, triples_dir: Path | str) -> Path:
    """Write ``<triples_dir>/<stem>.trig`` (only rewriting it when the bytes change)."""
    directory = Path(triples_dir)
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{extraction.document.stem}.trig"
    data = trig_bytes(extraction.quads)
    if not path.is_file() or path.read_bytes() != data:
        path.write_bytes(data)
    return path


def extract_or_refuse(document: Document, path: Path | str) -> Extraction:
    """``extract_document``, with a failure of the extractor itself (a bug, not bad input) turned
    into an InputError for this one text, so that the other texts are still read."""
    try:
        return extract_document(document)
    except KzgraphError:
        raise
    except Exception as error:  # one text's failure must not stop the corpus
        reason = f"the extractor failed on this text ({type(error).__name__}: {error}); "
        raise InputError(path, reason + "this is a bug in kzgraph: please report it") from error


def extract_corpus(
    paths: Iterable[Path | str],
    triples_dir: Path | str,
    *,
    progress: Callable[[Path], None] | None = None,
) -> ExtractReport:
    """Extract every file to ``triples_dir``; a file that cannot be used is reported and skipped.
    A broken rule, gazetteer or metadata file (RuleFileError) is no one text's problem: it stops
    the run; the rules are loaded before the first text, so it stops before any is written."""
    report = ExtractReport()
    load_extractor()
    for path in sorted(Path(p) for p in paths):
        if progress is not None:
            progress(path)
        try:
            extraction = extract_or_refuse(read_document(path), path)
        except RuleFileError:
            raise
        except KzgraphError as error:
            reason = getattr(error, "reason", None) or str(error)
            report.skipped.append((path, reason))
            continue
        report.extractions.append(extraction)
        report.written.append(write_trig(extraction, triples_dir))
    return report
