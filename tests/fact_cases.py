"""Builders and checks for the tests that state a rule's construction in other wording
(tests/test_para_*.py, tests/test_relation_families.py), and the trigger stage's own view
(tests/test_triggers_clauses.py, tests/test_triggers_s4.py: ``triggers_alone``,
``assertion_triples``).

The builders write a fact in the scorer's own form (tests/gold_scoring.py's
``extracted_facts``): ``("triple", s, "kz:"+p, o)`` or ``("node", "kz:"+cls, {"kz:"+p:
[values]})``, entities as ``kzr:`` local names and literals as ``(lexical, "xsd:type")``.
tests/conftest.py loads this file as the module ``fact_cases`` before any test module is
imported (pytest runs with ``--import-mode=importlib``, so a sibling is not importable by name).
"""

from __future__ import annotations

import re

import pytest

import kzgraph.extract
from kzgraph.documents import document_from_text
from kzgraph.extract import extract_document
from kzgraph.mentions import find_mentions
from kzgraph.namespaces import KZ, KZR
from kzgraph.sentences import iter_sentence_spans


def extract(text: str, scoring, written_from: str | None = None, *, stem: str):
    """(rule ids, scorable facts) of ``text`` as one document named ``stem``, through the whole
    pipeline; ``written_from`` is the state the document is written from (its metadata). Each
    test file binds its own ``stem`` (it names the key of an undated, unnamed treaty)."""
    metadata = {"written_from": written_from} if written_from else None
    quads = extract_document(document_from_text(text, stem, metadata)).quads
    rules = {q.object.value for q in quads if q.predicate.value == KZ + "rule"}
    return rules, scoring.extracted_facts(quads)


@pytest.fixture(autouse=True)
def triggers_alone(monkeypatch):
    """The relation rules switched off, so that a test sees what the trigger stage alone does.
    Autouse in the test modules that import it (``from fact_cases import triggers_alone``)."""
    monkeypatch.setattr(kzgraph.extract, "extract_relations", lambda *args, **kwargs: [])


def assertion_triples(
    text: str, *, stem: str, written_from: str | None = None
) -> set[tuple[str, str, str]]:
    """(subject, property, object) of the assertion graphs of ``text`` as one document named
    ``stem`` (written from ``written_from``), as local names or literal values (kz: properties
    only, kz:acronym left out)."""
    found = set()
    metadata = {"written_from": written_from} if written_from else None
    for quad in extract_document(document_from_text(text, stem, metadata)).quads:
        if re.search(r"/s\d+/a\d+$", quad.graph_name.value) is None:
            continue
        if not quad.predicate.value.startswith(KZ) or quad.predicate.value == KZ + "acronym":
            continue
        subject = quad.subject.value.removeprefix(KZR)
        found.add(
            (subject, quad.predicate.value.removeprefix(KZ), quad.object.value.removeprefix(KZR))
        )
    return found


def mentions_of(text: str):
    """(surface, source, keys or label) for the mentions of a one-sentence text."""
    [(offset, span)] = list(iter_sentence_spans(text))
    return [
        (text[m.start : m.end], m.source, m.keys or m.label or m.rule)
        for m in find_mentions(span, offset, text)
    ]


def rule_ids(text: str, *, stem: str) -> set[str]:
    """The kz:rule values of ``text`` extracted as one document named ``stem``."""
    return extraction_rules(extract_document(document_from_text(text, stem)))


def extraction_rules(extraction) -> set[str]:
    """The kz:rule values of an extraction."""
    return {q.object.value for q in extraction.quads if q.predicate.value == KZ + "rule"}


def extraction_triples(extraction) -> set[tuple[str, str, str]]:
    """(subject, property, object) of an extraction's assertion graphs, kz: properties only, as
    local names or literal values."""
    found = set()
    for quad in extraction.quads:
        assertion = re.search(r"/s\d+/a\d+$", quad.graph_name.value)
        if assertion is None or not quad.predicate.value.startswith(KZ):
            continue
        subject = quad.subject.value.removeprefix(KZR)
        found.add(
            (subject, quad.predicate.value.removeprefix(KZ), quad.object.value.removeprefix(KZR))
        )
    return found


def named_cases(table: dict[str, tuple]) -> list:
    """A table of cases of one shape, each under the name its own test function would have:
    pytest.param of its values with the name as id, so a failure still says what broke."""
    return [pytest.param(*values, id=name) for name, values in table.items()]


def triple(s, p, o):
    return ("triple", s, "kz:" + p, o)


def triples_of(facts: list) -> set:
    """The (s, "kz:p", o) of the binary facts among scorable ``facts``."""
    return {fact[1:] for fact in facts if fact[0] == "triple"}


def nodes_of(facts: list, cls: str) -> list[dict]:
    """The property maps of the ``cls`` nodes (e.g. "kz:StateVisit") among scorable ``facts``."""
    return [fact[2] for fact in facts if fact[0] == "node" and fact[1] == cls]


def date(value: str):
    """A date literal, its type from its length: 2019, 2019-06 or 2019-06-14."""
    kind = {4: "xsd:gYear", 7: "xsd:gYearMonth"}.get(len(value), "xsd:date")
    return (value, kind)


def node(cls: str, **props):
    return ("node", "kz:" + cls, {"kz:" + key: value for key, value in props.items()})


def dec(value: str):
    """A decimal as a node property's values."""
    return [(value, "xsd:decimal")]


def usd(amount: str):
    """A figure's amount and currency in US dollars, as node properties (``**usd("26")``)."""
    return {"amount": dec(amount), "currency": [("USD", "xsd:string")]}


def member(state: str, org: str, when: str | None = None, cls: str = "Membership"):
    """A Membership (or ``cls``) node of ``state`` in ``org``, starting ``when`` if given."""
    props = {"member": [state], "organisation": [org]}
    if when:
        props["startDate"] = [date(when)]
    return node(cls, **props)


def relations(a: str, b: str, when: str):
    """Diplomatic relations of ``a`` with ``b`` established ``when``: the triple and the node."""
    return [triple(a, "hasDiplomaticRelationsWith", b),
            node("DiplomaticRelationsEstablishment", participant=sorted([a, b]),
                 date=[date(when)])]  # fmt: skip


def visit_props(visitor: str, place: str, when=None, inviter: str | None = None) -> dict:
    """A StateVisit node's property map as nodes_of gives it; ``when`` a (lexical, type) pair."""
    props = {"kz:visitor": [visitor], "kz:destination": [place]}
    if when:
        props["kz:date"] = [when]
    if inviter:
        props["kz:invitedBy"] = [inviter]
    return props


def visit(visitor: str, place: str, when: str, inviter: str | None = None):
    """A StateVisit node, ``invitedBy`` only when an inviter is given."""
    props = {"visitor": [visitor], "destination": [place], "date": [date(when)]}
    if inviter:
        props["invitedBy"] = [inviter]
    return node("StateVisit", **props)


def same(fact, expected, symmetric: frozenset[str] = frozenset()) -> bool:
    """Whether an extracted fact is the expected one: nodes with their values in any order,
    triples exactly, or with subject and object crossed for a property in ``symmetric``."""
    if fact[0] != "node" or expected[0] != "node":
        crossed = (
            fact[0] == expected[0] == "triple"
            and fact[2] == expected[2]
            and fact[2] in symmetric
            and (fact[3], fact[1]) == (expected[1], expected[3])
        )
        return fact == expected or crossed
    props = {key: sorted(map(str, values)) for key, values in fact[2].items()}
    wanted = {key: sorted(map(str, values)) for key, values in expected[2].items()}
    return fact[1] == expected[1] and props == wanted


def _fired(rules: set, variants: bool) -> set:
    """The rule ids that fired; with ``variants``, "rule+object-gap" counts as "rule"."""
    return {r.split("+")[0] for r in rules} if variants else rules


def assert_gives(extracted, rule: str, expected: list, *, variants: bool = False,
                 symmetric: frozenset[str] = frozenset()) -> None:  # fmt: skip
    """``rule`` fired and every ``expected`` fact is among the facts (``same``)."""
    rules, facts = extracted
    assert rule in _fired(rules, variants), (rule, rules, facts)
    for fact in expected:
        assert any(same(found, fact, symmetric) for found in facts), (fact, facts)


def assert_gives_nothing(extracted, rule: str | None, kind: str, *, variants: bool = False):
    """``rule`` did not fire (unless None: not checked) and no fact's repr names ``kind``
    (a property, node class, counted noun or entity key)."""
    rules, facts = extracted
    if rule is not None:
        assert rule not in _fired(rules, variants), (rule, rules, facts)
    assert not [f for f in facts if kind in repr(f)], (kind, facts)


def assert_no_wrong_fact(scoring, folder, name: str, *, gold: int, recall: float) -> None:
    """The corpus in ``folder`` (its corpus/ and gold/) has ``gold`` gold facts, every extracted
    fact is in the gold, and recall is at least ``recall`` (the traps corpora's exact floor)."""
    score = scoring.score_corpus(folder / "corpus", folder / "gold")
    print(score.report(name))
    assert score.gold == gold
    assert score.extracted == score.matched, score.report(name)
    assert score.recall >= recall, score.report(name)


def assert_found(found, expected, unexpected) -> None:
    """Every expected fact is among ``found`` and no unexpected one is."""
    for fact in expected:
        assert fact in found, (fact, found)
    for fact in unexpected:
        assert fact not in found, (fact, found)


def assert_paired(positives: list, negatives: list) -> None:
    """Every rule with a positive case has a look-alike, and the other way round."""
    with_positive, with_negative = {p[0] for p in positives}, {n[0] for n in negatives}
    assert with_positive == with_negative, (
        f"no look-alike: {sorted(with_positive - with_negative)}; "
        f"no positive: {sorted(with_negative - with_positive)}"
    )


def merged_sentence(text: str):
    """The first sentence of ``text`` as the relation rules see it: its mentions found, linked,
    coordinations grouped ("A, B and C": one mention, a group) and each merged into one token."""
    from kzgraph.gazetteer import default_gazetteer
    from kzgraph.linking import link_mentions
    from kzgraph.mentions import find_mentions
    from kzgraph.references import group_coordinations
    from kzgraph.relations import merged_doc_for
    from kzgraph.sentences import iter_sentence_spans

    (offset, span), *_ = iter_sentence_spans(text)
    mentions = find_mentions(span, offset, text)
    link_mentions(mentions, default_gazetteer())
    mentions = group_coordinations(mentions, text)
    return merged_doc_for(text[span.start_char : span.end_char], span.start_char, mentions)


def signed(text: str, stem: str) -> set[tuple[str, str, str]]:
    """The signatories, signing dates and places of ``text`` (its assertions' triples)."""
    return {
        t
        for t in assertion_triples(text, stem=stem)
        if t[1] in ("signatory", "signingDate", "signingPlace")
    }


def signing(
    treaty: str, states: tuple[str, ...], when: str | None = None, where: str | None = None
) -> set[tuple[str, str, str]]:
    """The triples of ``treaty``'s signing by ``states`` [on ``when``] [in ``where``]."""
    found = {(treaty, "signatory", state) for state in states}
    found |= {(treaty, "signingDate", when)} if when else set()
    return found | ({(treaty, "signingPlace", where)} if where else set())


def border_pairs(text: str, scoring, written_from: str | None = None, *, stem: str) -> set:
    """The (states, km) of every Border node of ``text``; km is None for a border without a
    length (tests/test_borders_s8.py, tests/test_fix8d.py)."""
    facts = extract(text, scoring, written_from, stem=stem)[1]
    found = set()
    for props in nodes_of(facts, "kz:Border"):
        km = props.get("kz:lengthKm")
        found.add((frozenset(props["kz:borderState"]), km[0][0] if km else None))
    return found


def border_pair(a: str, b: str, km: str | None = None):
    """A border of ``a`` and ``b`` as ``border_pairs`` gives it."""
    return (frozenset([a, b]), km)
