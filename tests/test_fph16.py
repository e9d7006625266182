"""Session 16's hunt for invented facts on texts outside Kazakhstan's usual themes (brief FPH16:
ASEAN and the Mekong, IGAD, SADC and SACU, ECOWAS and the Sahel, the Andean Community and
Mercosur, SICA, the Pacific Islands Forum, the Nordic and Baltic states, the Berlin Process and
CEFTA, the Eastern Mediterranean, IORA, the Arctic Council): the constructions that made the
extractor invent a fact, each mended by its general cause and tested in other wording, with
look-alikes that must still give their true fact:

- a refutation after a semicolon or a spaced dash ("X joined O in D; this is not true.", "... -
  that is simply wrong.") refutes the statement before it, as one after a comma did
  (hedges.jsonl hedge-fph16-refuted-after-break); "; this is not true of Y" goes on and keeps it;
- a refutation that names whom it holds of ("; this is untrue of Norway", ", which is not true
  of Finland", ", which is not the case for Y") speaks of that name, not of the statement before
  it, which keeps its fact (hedges._without_restricted_refutations masks it; session 15's
  leftover);
- a closing apposition that calls the sentence a claim someone refutes (", a claim that Riga
  rejects", ", an assertion the association disputes", ", a charge Addis Ababa denied") refutes
  it however far from the fact it stands (hedges._refuted_ending); a claim nobody rejects and a
  fact someone welcomes keep it;
- a name contrasted with the subject ("A rather than B joined O", "A as opposed to B ...") is no
  co-subject: the dependency reading ends a filler's list before a conjunct the parse joins by
  "than" (syntax_fillers._uncontrasted, lexicon tree-contrasting-coordinators), and "as opposed
  to", "in place of", "in contrast to" exclude the name after them as "rather than" did
  (hedge-excluded); A keeps its fact.

"Moscow says Latvia joined NATO in 2004" keeps its fact: the gold conventions keep what a named
source says ("the ministry said"), and this session leaves them as they are.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="fph16")


def binaries(text: str) -> set[tuple[str, str, str]]:
    """The binary facts of ``text`` between named things (no node's properties)."""
    return {t for t in triples(text) if t[1] in _BINARY}


_BINARY = frozenset(
    [
        "memberOf",
        "coFounderOf",
        "hasDiplomaticRelationsWith",
        "sharesBorderWith",
        "chairedBy",
        "signatory",
        "headOfStateOf",
    ]
)

LVA_NATO = ("lva", "memberOf", "nato")
EST_EU = ("est", "memberOf", "european-union")

# --- a refutation after a semicolon or a spaced dash ------------------------------------------

REFUTED_AFTER_BREAK = {
    "semicolon-this-not-true": "Latvia joined NATO in 2004; this is not true.",
    "semicolon-that-not-true": "Latvia joined NATO in 2004; that is not true.",
    "semicolon-false": "Latvia joined NATO in 2004; this is false.",
    "semicolon-wrong": "Latvia joined NATO in 2004; that is wrong.",
    "semicolon-contraction": "Latvia joined NATO in 2004; that's not true.",
    "semicolon-adverb": "Latvia joined NATO in 2004; this is simply false.",
    "semicolon-myth": "Latvia joined NATO in 2004; that is a myth.",
    "hyphen": "Latvia joined NATO in 2004 - this is not true.",
    "en-dash": "Latvia joined NATO in 2004 – that is plainly wrong.",
    "double-hyphen": "Latvia joined NATO in 2004 -- this is incorrect.",
    "border": "Panama and Costa Rica share a border of 330 km; this is not true.",
    "relations": "Nauru established diplomatic relations with Taiwan in 1980; that is false.",
    "founding": "Mauritius co-founded the Indian Ocean Rim Association; this is not true.",
}

KEPT_AFTER_BREAK = {
    "of-another": ("Latvia joined NATO in 2004; this is not true of Finland.", LVA_NATO),
    "goes-on": (
        "Latvia joined NATO in 2004; this is not true for Austria, which is neutral.",
        LVA_NATO,
    ),
    "same-not-true": ("Latvia joined NATO in 2004; the same is not true of Finland.", LVA_NATO),
    "other-clause": ("Latvia joined NATO in 2004; this is a fact.", LVA_NATO),
    "true": ("Latvia joined NATO in 2004; this is true.", LVA_NATO),
    "not-wrong": ("Latvia joined NATO in 2004; that is not wrong.", LVA_NATO),
    "dash-aside": ("Latvia joined NATO in 2004 - this is well known.", LVA_NATO),
    "next-sentence-of": ("Latvia joined NATO in 2004. That is not true of Finland.", LVA_NATO),
    "cannot-be-said": (
        "Latvia joined NATO in 2004; the same cannot be said of Finland.",
        LVA_NATO,
    ),
    "eu": ("Estonia joined the European Union in 2004; that is not true of Norway.", EST_EU),
}


@pytest.mark.parametrize("text", REFUTED_AFTER_BREAK.values(), ids=REFUTED_AFTER_BREAK.keys())
def test_a_refutation_after_a_break_refutes_the_statement(text):
    assert not binaries(text)


@pytest.mark.parametrize(("text", "fact"), KEPT_AFTER_BREAK.values(), ids=KEPT_AFTER_BREAK.keys())
def test_what_goes_on_after_a_break_keeps_the_fact(text, fact):
    assert fact in binaries(text)


# --- a refutation that names whom it holds of -------------------------------------------------

RESTRICTED = {
    "semicolon-untrue-of": (
        "Estonia joined the European Union in 2004; this is untrue of Norway.",
        EST_EU,
    ),
    "which-untrue-of": (
        "Estonia joined the European Union in 2004, which is untrue of Norway.",
        EST_EU,
    ),
    "which-not-true-of": ("Latvia joined NATO in 2004, which is not true of Finland.", LVA_NATO),
    "which-not-the-case-for": (
        "Latvia joined NATO in 2004, which is not the case for Finland.",
        LVA_NATO,
    ),
    "which-false-for": ("Latvia joined NATO in 2004, which is false for Finland.", LVA_NATO),
    "but-untrue-of": ("Latvia joined NATO in 2004, but this is untrue of Sweden.", LVA_NATO),
    "semicolon-untrue-of-latvia": (
        "Latvia joined NATO in 2004; this is untrue of Austria.",
        LVA_NATO,
    ),
    "relations": (
        "Latvia established diplomatic relations with Kazakhstan in 1992, which is untrue of"
        " Turkmenistan.",
        ("lva", "hasDiplomaticRelationsWith", "kaz"),
    ),
    "border": (
        "Finland shares a border with Russia, which is not true of Sweden.",
        ("fin", "sharesBorderWith", "rus"),
    ),
    "chair": (
        "Laos chaired ASEAN in 2024, which is untrue of Myanmar.",
        ("asean", "chairedBy", "lao"),
    ),
}

UNRESTRICTED = {
    "semicolon-untrue": "Latvia joined NATO in 2004; this is untrue.",
    "which-untrue": "Latvia joined NATO in 2004, which is untrue.",
    "which-not-true": "Latvia joined NATO in 2004, which is not true.",
    "which-false": "Latvia joined NATO in 2004, which is false.",
    "it-is-untrue-of": "It is untrue of Latvia that it joined NATO in 2004.",
    "untrue-that": "It is untrue that Latvia joined NATO in 2004.",
    "hoax": "Latvia joined NATO in 2004, a hoax that is untrue of Finland too.",
    "untrue-then-of": "Latvia joined NATO in 2004; this is untrue, as it is of Finland.",
    "chair-untrue": "Laos chaired ASEAN in 2024, which is untrue.",
    "relations-untrue": (
        "Latvia established diplomatic relations with Kazakhstan in 1992, which is untrue."
    ),
}


@pytest.mark.parametrize(("text", "fact"), RESTRICTED.values(), ids=RESTRICTED.keys())
def test_a_refutation_of_another_keeps_the_fact(text, fact):
    assert fact in binaries(text)


@pytest.mark.parametrize("text", UNRESTRICTED.values(), ids=UNRESTRICTED.keys())
def test_a_refutation_of_the_statement_still_refutes_it(text):
    assert not binaries(text)


# --- a closing apposition that calls the sentence a refuted claim -----------------------------

REFUTED_ENDING = {
    "far-claim": "According to Moscow, Latvia joined NATO in violation of earlier assurances,"
    " a claim that Riga rejects.",
    "says-far-claim": "Latvia joined NATO in violation of earlier assurances, Moscow says, a claim"
    " that Riga rejects.",
    "assertion": "Kazakhstan joined the Indian Ocean Rim Association in 2024, an assertion the"
    " association disputes.",
    "charge": "Somalia joined the Arab League in 1974 under pressure, a charge Mogadishu denied.",
    "allegation": "Myanmar joined ASEAN in 1997 under Chinese pressure, an allegation that"
    " Naypyidaw has always rejected.",
    "dash": "Ethiopia joined BRICS in 2024 at Egypt's expense -- a claim Cairo dismisses.",
    "story": "Chile joined Mercosur in 1996 as a full member, a story the foreign ministry has"
    " refuted.",
    "border": "Eritrea shares a border with Yemen on land, a claim that Asmara contests.",
    "relations": "Nauru established diplomatic relations with Taiwan in 1980 in secret, an"
    " accusation Beijing rebutted.",
    "chair": "Laos chaired ASEAN in 2024 under protest, a report the secretariat denied.",
}

KEPT_ENDING = {
    "near-nobody-rejects": (
        "Latvia joined NATO in 2004 after years of talks, a claim that nobody in Riga rejects.",
        LVA_NATO,
    ),
    "does-not-dispute": (
        "Latvia joined NATO in 2004 after years of talks, a claim Riga does not dispute.",
        LVA_NATO,
    ),
    "fact": ("Latvia joined NATO in 2004, a fact nobody disputes.", LVA_NATO),
    "decision-welcomed": ("Latvia joined NATO in 2004, a decision that Riga welcomed.", LVA_NATO),
    "step-rejected": ("Latvia joined NATO in 2004, a step that Moscow rejected.", LVA_NATO),
    "claim-accepted": (
        "Latvia joined NATO in 2004 after years of talks, a claim that Riga accepts.",
        LVA_NATO,
    ),
    "semicolon-before": (
        "Latvia joined NATO in 2004; Finland's bid, a claim Moscow rejects, came later.",
        LVA_NATO,
    ),
    "named-source": ("According to the alliance, Latvia joined NATO in 2004.", LVA_NATO),
    "said": ("Moscow says Latvia joined NATO in 2004.", LVA_NATO),
    "denied-membership-of-other": (
        "Latvia joined NATO in 2004, and Moscow denied any wish to join the alliance.",
        LVA_NATO,
    ),
}


@pytest.mark.parametrize("text", REFUTED_ENDING.values(), ids=REFUTED_ENDING.keys())
def test_a_refuted_claim_at_the_end_gives_nothing(text):
    assert not binaries(text)


@pytest.mark.parametrize(("text", "fact"), KEPT_ENDING.values(), ids=KEPT_ENDING.keys())
def test_an_unrefuted_ending_keeps_the_fact(text, fact):
    assert fact in binaries(text)


# --- a name contrasted with the subject -------------------------------------------------------

CONTRASTED = {
    "rather-than-joined": (
        "Senegal rather than Gambia joined the OIC in 1969.",
        ("gmb", "memberOf", "oic"),
    ),
    "as-opposed-to": (
        "Senegal as opposed to Gambia joined the OIC in 1969.",
        ("gmb", "memberOf", "oic"),
    ),
    "rather-than-signed": (
        "Kenya rather than Tanzania signed the Nairobi Convention in 1985.",
        ("nairobi-convention", "signatory", "tza"),
    ),
    "rather-than-border": (
        "Kenya rather than Uganda shares a border with Somalia.",
        ("uga", "sharesBorderWith", "som"),
    ),
    "rather-than-founded": (
        "Kenya rather than Ethiopia co-founded the East African Community.",
        ("eth", "coFounderOf", "east-african-community"),
    ),
    "in-place-of": (
        "Laos in place of Myanmar chaired ASEAN in 2006.",
        ("asean", "chairedBy", "mmr"),
    ),
    "in-contrast-to": (
        "Finland, in contrast to Austria, joined NATO in 2023.",
        ("aut", "memberOf", "nato"),
    ),
    "as-opposed-to-commas": (
        "Finland, as opposed to Austria, joined NATO in 2023.",
        ("aut", "memberOf", "nato"),
    ),
    "instead-of": ("Senegal instead of Gambia joined the OIC in 1969.", ("gmb", "memberOf", "oic")),
    "rather-than-relations": (
        "Kenya rather than Tanzania established diplomatic relations with Kazakhstan in 1992.",
        ("tza", "hasDiplomaticRelationsWith", "kaz"),
    ),
}

LISTED = {
    "rather-than-first": (
        "Senegal rather than Gambia joined the OIC in 1969.",
        ("sen", "memberOf", "oic"),
    ),
    "rather-than-signed-first": (
        "Kenya rather than Tanzania signed the Nairobi Convention in 1985.",
        ("nairobi-convention", "signatory", "ken"),
    ),
    "rather-than-commas-chair": (
        "Laos, rather than Cambodia, chaired ASEAN in 2024.",
        ("asean", "chairedBy", "lao"),
    ),
    "list-rather-than": (
        "Kenya and Uganda rather than Somalia joined the East African Community in 2000.",
        ("uga", "memberOf", "east-african-community"),
    ),
    "and": ("Senegal and Gambia joined the OIC in 1969.", ("gmb", "memberOf", "oic")),
    "as-well-as": ("Senegal as well as Gambia joined the OIC in 1969.", ("gmb", "memberOf", "oic")),
    "commas-rather-than": (
        "Senegal, rather than Gambia, joined the OIC in 1969.",
        ("sen", "memberOf", "oic"),
    ),
    "unlike": ("Finland, unlike Austria, joined NATO in 2023.", ("fin", "memberOf", "nato")),
    "in-contrast-to-first": (
        "Finland, in contrast to Austria, joined NATO in 2023.",
        ("fin", "memberOf", "nato"),
    ),
    "signed-list": (
        "Kenya and Tanzania signed the Nairobi Convention in 1985.",
        ("nairobi-convention", "signatory", "tza"),
    ),
    "border-list": (
        "Kenya and Ethiopia share a border with Somalia.",
        ("eth", "sharesBorderWith", "som"),
    ),
    "more-than": (
        "Kenya and Uganda joined the East African Community in 2000, more than any other states.",
        ("uga", "memberOf", "east-african-community"),
    ),
    "relations": (
        "Kenya and Tanzania established diplomatic relations with Kazakhstan in 1992.",
        ("tza", "hasDiplomaticRelationsWith", "kaz"),
    ),
    "rather-than-object": (
        "Senegal joined the OIC rather than the Arab League in 1969.",
        ("sen", "memberOf", "oic"),
    ),
}


@pytest.mark.parametrize(("text", "fact"), CONTRASTED.values(), ids=CONTRASTED.keys())
def test_a_contrasted_name_is_no_subject(text, fact):
    assert fact not in binaries(text)


@pytest.mark.parametrize(("text", "fact"), LISTED.values(), ids=LISTED.keys())
def test_a_list_or_an_aside_keeps_its_subject(text, fact):
    assert fact in binaries(text)
