"""Whether an organisation's name only qualifies a body of it that follows: "chaired the UN
General Assembly's First Committee", "the CSTO Committee of Secretaries of Security Councils",
"the IAEA General Conference", "the OSCE Parliamentary Assembly's Third Committee" speak of a
committee, conference or assembly, not of the organisation. A possessive right after the name,
or a run of capitalised words no mention covers holding a body noun (lexicon
organisation-body-nouns), makes it so; a body the gazetteer knows ("the CIS Economic Council")
is its own mention and keeps its reading."""

from __future__ import annotations

from kzgraph import lexicon
from kzgraph.rule_dsl import POSSESSIVE

_BODY_NOUNS = lexicon.words("organisation-body-nouns")
_MAX_WORDS = 4  # capitalised words before the body noun: "General Assembly", "Standing Committee"


def names_a_body(doc, index: int) -> bool:
    """Whether the organisation mention at token ``index`` of a merged Doc is followed by a
    possessive or by capitalised words naming one of its bodies."""
    following = doc[index + 1 : index + 1 + _MAX_WORDS]
    if len(following) and following[0].text in POSSESSIVE:
        return True
    for token in following:
        if token._.kz_mention >= 0 or not token.text[:1].isupper():
            return False
        if token.lower_ in _BODY_NOUNS:
            return True
    return False
