"""Whether an organisation's name only qualifies a body of it that follows: "chaired the UN
General Assembly's First Committee", "the CSTO Committee of Secretaries of Security Councils",
"the IAEA General Conference", "the OSCE Parliamentary Assembly's Third Committee" speak of a
committee, conference or assembly, not of the organisation. A possessive right after the name,
or a run of capitalised words no mention covers holding a body noun (lexicon
organisation-body-nouns), makes it so; a body the gazetteer knows ("the CIS Economic Council")
is its own mention and keeps its reading."""

from __future__ import annotations

import re

from kzgraph import lexicon
from kzgraph.name_bounds import after_attached_hyphen
from kzgraph.rule_dsl import POSSESSIVE

_BODY_NOUNS = lexicon.words("organisation-body-nouns")
_MAX_WORDS = 4  # capitalised words before the body noun: "General Assembly", "Standing Committee"


def names_a_body(doc, index: int, possessive: bool = True) -> bool:
    """Whether the organisation mention at token ``index`` of a merged Doc is followed by a
    possessive (unless not ``possessive``) or by capitalised words naming one of its bodies."""
    following = doc[index + 1 : index + 1 + _MAX_WORDS]
    if len(following) and following[0].text in POSSESSIVE:
        return possessive
    if len(following) and opens_longer_name(following[0], following[0]._.kz_mention >= 0):
        return True
    for token in following:
        if token.text == "-" and not token.whitespace_ and not doc[token.i - 1].whitespace_:
            continue  # "the EurAsEC Anti-Crisis Fund": a hyphen inside a capitalised word
        if token._.kz_mention >= 0 or not token.text[:1].isupper():
            return False
        if token.lower_ in _BODY_NOUNS:
            return True
    return False


def opens_longer_name(token, named: bool) -> bool:
    """Whether ``token``, the word right after an organisation's name (``named``: a mention
    covers it), opens a longer name the organisation's only qualifies (PF12A): a capitalised word
    no mention covers, no function word of a title's capitals ("In", "And") nor a date's month or
    weekday: "joined the CIS Free Trade Area", "the NATO Response Force", "the EAEU Single Market
    for Services", "the SCO Energy Club summit" name an area, force, market or club of the
    organisation, no membership of it nor its summit. So does a hyphen joined to the name and
    to the word after it (FPH15): "joined the NATO-led coalition", "the EU-funded programme",
    "co-founded the EU-backed fund", "joined NATO-member Latvia in ..." join no organisation."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if following is not None and after_attached_hyphen(following):
        return True
    text = token.text
    if named or not text[:1].isupper() or (not text.isalpha() and "-" not in text):
        return False
    return not (token.is_stop or text.lower() in _DATE_WORDS)


_DATE_WORDS = lexicon.words("month-names") | lexicon.words("weekday-names")

#: What runs a body's name on past where a typed name stopped: "Forum for Security
#: Co-operation", "Global Forum on Transparency ...": a preposition and a capitalised word.
_RUNS_ON = re.compile(r"\s+(?:for|on|of)\s+(?:the\s+)?[A-Z]")


def truncated_body(fact, sentence: str, start: int) -> bool:
    """Whether a filler of ``fact`` (absolute offsets; ``sentence`` at ``start``) is an
    organisation's typed name the gazetteer lacks that ends in a body noun while the text runs
    the name on ("the OSCE Forum for Security Co-operation" read as "OSCE Forum", "the OECD's
    Global Forum on Transparency ..." as "Global Forum"): the fact names a thing cut short."""
    for fillers in fact.roles.values():
        for mention, cls in fillers:
            if mention.source != "name" or "Organisation" not in cls:
                continue
            words = sentence[mention.start - start : mention.end - start].split()
            if not words or words[-1].lower() not in _BODY_NOUNS:
                continue
            if _RUNS_ON.match(sentence, mention.end - start):
                return True
    return False
