"""A capital's apposition beside a city, which the relation rules' second reading leaves out
(REC21V): "arrived in Dushanbe, the Tajik capital, for a state visit", "paid a state visit to our
capital, Astana, at the invitation of ...", "arrived in Astana, Kazakhstan's capital since 1997,
on 6 October 2009". The apposition only says what the city is, so the clause reads the same
without it. Read on the merged Doc of relations.py (each mention one token)."""

from __future__ import annotations

from kzgraph import lexicon

_HEADS = lexicon.words("rec21v-capital-heads")
_OPENERS = lexicon.words("rec21v-capital-openers")
_WORDS = lexicon.words("rec21v-capital-words")
#: an apposition's words at most, head and opener included ("the former Soviet-era capital")
_REACH = 7


def place_asides(doc) -> list[tuple[int, int, int, None]]:
    """(first char, char after, the city's mention, None) of each capital's apposition right
    after a city and set off by commas, or right before one ("our capital, Astana")."""
    found = []
    for token in doc:
        if "|City|" not in token._.kz_kinds:
            continue
        span = _apposition_after(doc, token.i) or _apposition_before(doc, token.i)
        if span is not None:
            found.append((*span, token._.kz_mention, None))
    return found


def _apposition_after(doc, city: int) -> tuple[int, int] | None:
    """ "C, the S capital[ since D]," : from the comma after C to the closing comma."""
    if city + 2 >= len(doc) or doc[city + 1].text != ",":
        return None
    end = min(city + 2 + _REACH, len(doc))
    close = next((i for i in range(city + 2, end) if doc[i].text == ","), None)
    if close is None or close + 1 >= len(doc) or not _capital_phrase(doc[city + 2 : close]):
        return None
    return doc[city + 1].idx, doc[close].idx + 1


def _apposition_before(doc, city: int) -> tuple[int, int] | None:
    """ "the S capital, C" (C followed by a comma or the sentence's end): from the opener to
    the comma before C."""
    if city < 3 or doc[city - 1].text != "," or doc[city - 2].lower_ not in _HEADS:
        return None
    opener = next(
        (i for i in range(city - 2, max(city - 2 - _REACH, -1), -1) if doc[i].lower_ in _OPENERS),
        None,
    )
    if opener is None or not _capital_phrase(doc[opener : city - 1]):
        return None
    return doc[opener].idx, doc[city - 1].idx + 1


def _capital_phrase(words) -> bool:
    """Whether ``words`` name a capital: an opener or a state's possessive first, one head,
    and otherwise only states, demonyms, dates and the lexicon's words."""
    if not len(words) or sum(t.lower_ in _HEADS for t in words) != 1:
        return False
    first = words[0]
    opens = first.lower_ in _OPENERS or (
        "|State|" in first._.kz_kinds and len(words) > 1 and words[1].lower_ in ("'s", "’s")
    )
    return opens and all(_fits(t) for t in words[1:])


def _fits(token) -> bool:
    kinds = token._.kz_kinds
    return (
        token.lower_ in _HEADS or token.lower_ in _WORDS or "|State|" in kinds or "|Date|" in kinds
    )
