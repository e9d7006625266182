"""Where a typed unknown name ends: its rule's tail conditions, hyphenated modifiers, lists,
participle complements, "and" + a known name, and acronyms that spell a longer reading.

mentions._rule_mentions calls these on each names/references match (data/names.jsonl).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kzgraph import lexicon
from kzgraph.gazetteer import Gazetteer

if TYPE_CHECKING:
    from kzgraph.mentions import NameRule

#: Words that never start or continue a typed name ("The Pipeline", "In June ...").
NAME_STOP = list(lexicon.phrases("name-stop-words"))
#: A capitalised word, or an acronym with a number as one token ("the CASA-1000 Project": SIGN24).
NAME_WORD = r"^(?:[A-Z][\w'’.]*|[A-Z]{2,}-\d+)$"
#: Small words allowed inside a typed name ("Convention on the Legal Status of the Caspian Sea").
CONNECTORS = lexicon.words("name-connectors")
#: Lowercase particles inside a person's name ("Mohammed bin Salman"), never at its end.
PARTICLES = lexicon.words("name-particles")

#: English's articles: skipped before a name's head, and opening a phrase after a spaced dash.
ARTICLES = frozenset({"the", "a", "an"})

#: What a name's word count leaves out: hyphens, dashes and lowercase articles.
_UNCOUNTED = frozenset({"-", "–"}) | ARTICLES

#: A match longer than this is no name (nor is a shorter match inside it).
MAX_NAME_WORDS = 14


def tail_fits(rule: NameRule, kept: list, gazetteer: Gazetteer) -> bool:
    """Whether the end a rule puts on a name ("in the X", "in X", "between A and B") holds."""
    if rule.ends_known and not _ends_in_known_place(kept, gazetteer):
        return False
    if rule.in_tail and not _title_goes_on_in(kept, gazetteer):
        return False
    if rule.participle_to and not _participle_before_to(kept):
        return False
    if _for_a_known_name(kept, gazetteer):
        return False
    if rule.to_known and not _ends_in_known_body(kept, gazetteer):
        return False
    if _generic_organ(kept) or _dash_pair_of_known_names(kept, rule, gazetteer):
        return False
    if rule.pair_first and not _opens_with_pair_of_parties(kept, gazetteer):
        return False
    return not rule.pair_after or _ends_in_pair_of_states(kept, rule.pair_after, gazetteer)


#: Words of an organ's name that every organisation has ("Council of Foreign Ministers").
_ORGAN_WORDS = lexicon.words("organ-name-words")
_ORGAN_HEADS = lexicon.words("organ-heads")
#: Generic nouns a title's "of the" may close on: "the Charter of the Organisation".
_GENERIC_BODIES = lexicon.words("generic-body-nouns")
#: Words that with a head noun alone make a common noun in capitals: "the World Community".
_GENERIC_QUALIFIERS = lexicon.words("generic-body-qualifiers")


def _generic_organ(kept: list) -> bool:
    """ "the Council of Foreign Ministers", "the Council of Heads of State", "the Charter of the
    Organisation": an organ every organisation has, or a title closing on a generic noun, is no
    name of its own (whose council, which organisation, the words do not say); nor is "the World
    Community", a generic qualifier and its head alone."""
    words = [token.lower_ for token in kept]
    if len(words) == 2 and words[0] in _GENERIC_QUALIFIERS:
        return True
    if words[0] in _ORGAN_HEADS and len(words) > 2 and words[1] == "of":
        return all(word in _ORGAN_WORDS for word in words[2:])
    return (
        len(words) in (3, 4)
        and words[-2:-1] in (["the"], ["of"])
        and (words[-1] in _GENERIC_BODIES and words[1] == "of")
    )


def _dash_pair_of_known_names(kept: list, rule: NameRule, gazetteer: Gazetteer) -> bool:
    """ "Kazakhstan–European Union relations": a state, a dash and a name the gazetteer knows
    make a pair, not an organisation's name (pipelines and treaties keep theirs: "Kazakhstan–
    China pipeline")."""
    if rule.cls is None or "Organisation" not in gazetteer.kinds(rule.cls):
        return False
    dashes = [i for i, token in enumerate(kept) if token.text in {"-", "–", "—"}]
    if not dashes:
        return False
    before = "".join(token.text_with_ws for token in kept[: dashes[-1]]).strip()
    after = "".join(token.text_with_ws for token in kept[dashes[-1] + 1 :]).strip()
    return bool(gazetteer.state_keys(before)) and bool(gazetteer.lookup(after))


def goes_on_past(kept: list, rule: NameRule, gazetteer: Gazetteer) -> bool:
    """ "the OSCE Programme Office in Astana": a name ending in its rule's head word followed by a
    capitalised word the gazetteer does not know goes on past the head, where is not known; it
    is no name rather than one cut short ("OSCE Programme")."""
    doc, after = kept[-1].doc, kept[-1].i + 1
    if after >= len(doc) or kept[-1].lower_ not in (rule.triggers or ()):
        return False
    following = doc[after]
    if following.is_sent_start or not re.match(NAME_WORD, following.text):
        return False
    return not gazetteer.lookup(following.text)


def _ends_in_known_body(kept: list, gazetteer: Gazetteer) -> bool:
    """ "Protocol on the Accession of the Republic of Kazakhstan to the Marrakesh Agreement
    Establishing the World Trade Organization": the words after the name's last "to" (and a
    "the") name an international organisation or a treaty the gazetteer knows."""
    at = max(i for i, token in enumerate(kept) if token.lower_ == "to")
    text = _without_the("".join(token.text_with_ws for token in kept[at + 1 :]))
    return bool(gazetteer.kinds_of(text) & {"InternationalOrganisation", "Treaty"})


def _for_a_known_name(kept: list, gazetteer: Gazetteer) -> bool:
    """ "the Agreement for Kazakhstan": a title's "for" followed by nothing but a name the
    gazetteer knows says whom the thing is for; it opens no title ("Agreement for Cooperation")."""
    at = next((i for i, token in enumerate(kept) if token.lower_ == "for"), None)
    if at is None or at == 0:
        return False
    rest = list(kept[at + 1 :])
    if rest and rest[0].lower_ == "the":
        rest = rest[1:]
    text = "".join(token.text_with_ws for token in rest).strip()
    return bool(text) and bool(gazetteer.lookup(text))


def _ends_in_known_place(kept: list, gazetteer: Gazetteer) -> bool:
    """ "Memorandum on X in the Syrian Arab Republic": the words after the last "the" name a
    state or region the gazetteer knows (not a demonym: "in the Kazakh capital")."""
    last = max((i for i, token in enumerate(kept) if token.lower_ == "the"), default=None)
    if last is None or last + 1 >= len(kept):
        return False
    tail = "".join(token.text_with_ws for token in kept[last + 1 :]).strip()
    known = [gazetteer.entities[key].cls for key in gazetteer.lookup(tail)]
    return tail not in gazetteer.demonyms and any(c in ("State", "Region") for c in known)


def list_after(last, gazetteer: Gazetteer) -> list:
    """ "Treaty of Friendship, Cooperation and Mutual Assistance": the tokens of ", B, C and D"
    right after a title, each item capitalised words the gazetteer does not know, hyphenated
    ones too ("Treaty on Friendship, Good-Neighbourliness and Cooperation"); else none."""
    doc, i, tokens = last.doc, last.i + 1, []
    while i < len(doc) and doc[i].text in {",", "and"}:
        item_end = i + 1
        while item_end < len(doc) and _list_word(doc, item_end, i + 1):
            item_end += 1
        item = doc[i + 1 : item_end]
        if not len(item) or item[0].lower_ in NAME_STOP or gazetteer.lookup(item.text):
            return []
        if any(gazetteer.lookup(token.text) for token in item):
            return []
        tokens += list(doc[i:item_end])
        if doc[i].text == "and":
            return tokens + _purpose_of_list(doc, item_end)
        i = item_end
    return []


def _purpose_of_list(doc, at: int) -> list:
    """The tokens of a "for the <Capitalised words>" purpose right after a title's list ("Treaty
    on Friendship, Good-Neighbourliness and Cooperation for the Development of Central Asia"):
    a topic noun first, then capitalised words, "of", "and", "the" and hyphenated halves, no
    month or weekday ("for the Kazakh side", "for the first time" are none); else none."""
    if at + 2 >= len(doc) or doc[at].lower_ != "for" or doc[at + 1].lower_ != "the":
        return []
    end = _topic_end(doc, at + 2)
    words = [token.lower_ for token in doc[at + 2 : end] if re.match(NAME_WORD, token.text)]
    if not words or words[0] not in _TOPIC_NOUNS or set(words) & (_MONTHS | _WEEKDAYS):
        return []
    return list(doc[at:end])


def _list_word(doc, i: int, start: int) -> bool:
    """Whether ``doc[i]`` goes on an item of a title's list that opened at ``start``: a
    capitalised word, a hyphen inside a word ("Good-Neighbourliness", "Co-operation") or the
    half after it."""
    token = doc[i]
    if re.match(NAME_WORD, token.text) or (i > start + 1 and after_attached_hyphen(token)):
        return token.text[:1].isalpha()
    attached = token.text in {"-", "–"} and not token.whitespace_ and i > start
    return attached and not doc[i - 1].whitespace_ and i + 1 < len(doc) and doc[i + 1].is_alpha


#: Nouns that open (or head) the topic a treaty title names after "in": "Cooperation in the
#: Field of Education", "Partnership in the Raw Materials ... Sectors", "in Combating Terrorism".
_TOPIC_NOUNS = lexicon.words("title-topic-nouns")
_ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$")
_TAIL_SMALL = {"of", "and", "the"}


def topic_after(last, gazetteer: Gazetteer, chained: bool = False) -> list:
    """ "Agreement for Cooperation in the Peaceful Uses of Nuclear Energy", "Agreement on
    Partnership in the Raw Materials, Industry and Technology Sectors", "Treaty on X in|for the
    21st Century", "Agreement on X in the Y Field in the Z Area" (one tail after another): the
    tokens of an "in [the] <topic>" tail right after a title, when the topic
    opens with a topic noun, or (after "the") its head ends in a plural, or it is a century;
    a place the gazetteer knows, one unknown word ("in the Kremlin") or a city is no topic.
    A second tail (``chained``) may drop its "the" before a plural ("... in Border Regions")."""
    doc, at = last.doc, last.i + 1
    if at < len(doc) and doc[at].lower_ in _LINK_WORDS:
        return _linked_tail(doc, at, gazetteer, chained)
    if at + 1 < len(doc) and doc[at].text == "," and doc[at + 1].lower_ in _INCLUDING:
        return _including_tail(doc, at, gazetteer)
    if at >= len(doc) or doc[at].lower_ not in {"in", "for"}:
        return []
    start = at + 2 if at + 1 < len(doc) and doc[at + 1].lower_ == "the" else at + 1
    end = _topic_end(doc, start)
    tail = doc[start:end]
    if not len(tail) or gazetteer.lookup(tail.text):
        return []
    if any(gazetteer.lookup(token.text) for token in tail if token.lower_ not in _TAIL_SMALL):
        return []
    after_the = start > at + 1 or chained
    topic = _names_a_topic(tail, after_the) or _names_a_water(tail, start > at + 1, doc, end)
    topic = topic or (start == at + 1 and _names_a_field(tail))
    purpose = chained and doc[at].lower_ == "for" and start == at + 1 and _plural_words(tail)
    if _is_century(tail) or (doc[at].lower_ == "in" and topic) or purpose:
        # a second topic may follow the first: "... in the Military Field in the Border Area"
        return list(doc[at:end]) + topic_after(doc[end - 1], gazetteer, chained=True)
    return []


#: Head nouns of a field of activity a title may name right after "in" ("Cooperation in Animal
#: Health", "in Civil Aviation", "in Science and Technology"); a place never ends in one.
_FIELD_NOUNS = lexicon.words("title-field-nouns")


def _names_a_field(tail) -> bool:
    """ "in Animal Health", "in Science and Technology", "in Emergency Prevention and Response":
    with no "the", a tail names a topic when the words before its first "of" end in a field's
    head noun, or one of the phrases "and" or a comma joins there ends in a topic noun ("in
    Astana" names a place)."""
    conjuncts: list[list] = [[]]
    for token in tail:
        if token.lower_ == "of":
            break
        if token.lower_ == "and" or token.text == ",":
            conjuncts.append([])
        elif re.match(NAME_WORD, token.text):
            conjuncts[-1].append(token.lower_)
    ends = [words[-1] for words in conjuncts if words]
    return bool(ends) and (ends[-1] in _FIELD_NOUNS or bool(set(ends) & _TOPIC_NOUNS))


#: Words that link a title to what it guards against or where a harm comes from: "Protection
#: of the Caspian Sea against Pollution from Land-based Sources and Activities".
_LINK_WORDS = {"against", "from"}


def _linked_tail(doc, at: int, gazetteer: Gazetteer, chained: bool) -> list:
    """The tokens of an "against [the] X" tail (or, after another tail, "from X") right after a
    title: capitalised words the gazetteer does not know, no month; a "from" that opens the first
    tail needs two words ending in a plural ("from Article 5", "from Almaty" are none)."""
    start = at + 2 if at + 1 < len(doc) and doc[at + 1].lower_ == "the" else at + 1
    end = _topic_end(doc, start)
    tail = doc[start:end]
    words = [token for token in tail if re.match(NAME_WORD, token.text)]
    if not words or doc[start].is_sent_start or not re.match(NAME_WORD, doc[start].text):
        return []
    if gazetteer.lookup(tail.text) or any(w.lower_ in _MONTHS for w in words):
        return []
    if any(gazetteer.lookup(token.text) for token in tail if token.lower_ not in _TAIL_SMALL):
        return []
    if doc[at].lower_ == "from" and not chained:
        last = words[-1].lower_
        if len(words) < 2 or not last.endswith("s") or last.endswith("ss"):
            return []
    return list(doc[at:end]) + topic_after(doc[end - 1], gazetteer, chained=True)


#: A title's ", including X" (SIGN24): "Outer Space, including the Moon and Other Celestial
#: Bodies", "Internationally Protected Persons, including Diplomatic Agents".
_INCLUDING = lexicon.words("sign24-title-including-words")
#: What must follow such a tail: the title's verb ("... Celestial Bodies was signed"); a comma
#: after it ("the Agreement on Trade, including Oil Supplies, in Astana") sets off an aside.
_AFTER_INCLUDING = frozenset({"was", "were", "is", "are", "has", "had", "have"})


def _including_tail(doc, at: int, gazetteer: Gazetteer) -> list:
    """The tokens of a ", including [the] X" tail right after a title: capitalised words, "of",
    "and", "the", a plural or two words or more, none a name the gazetteer knows or a treaty's
    head ("including the Protocol on Y" names a second document), the title ending right after
    it before its verb ("was|were|is|are|has|had|have")."""
    start = at + 3 if at + 2 < len(doc) and doc[at + 2].lower_ == "the" else at + 2
    end = _topic_end(doc, start)
    tail = doc[start:end]
    words = [token for token in tail if re.match(NAME_WORD, token.text)]
    if not words or not re.match(NAME_WORD, doc[start].text):
        return []
    if end >= len(doc) or doc[end].lower_ not in _AFTER_INCLUDING:
        return []
    if any(w.text in _TREATY_HEADS or gazetteer.lookup(w.text) for w in words):
        return []
    if gazetteer.lookup(tail.text) or (len(words) < 2 and not _plural_words(tail)):
        return []
    return list(doc[at:end])


_TREATY_HEADS = lexicon.words("sign24-treaty-head-words")


def _plural_words(tail) -> bool:
    """ "Holders of Diplomatic and Service Passports": two capitalised words or more, the last
    a plural, as a second tail's "for" may name whom a title serves (SIGN24: "Agreement on
    Mutual Exemption from Visa Requirements for Holders of Diplomatic and Service Passports")."""
    words = [token for token in tail if re.match(NAME_WORD, token.text)]
    last = words[-1].lower_ if words else ""
    counted = any(token.like_num for token in tail)  # "for Two Years" is a term, not a topic
    return len(words) >= 2 and last.endswith("s") and not last.endswith("ss") and not counted


def _topic_end(doc, start: int) -> int:
    """Where a run of capitalised words, ordinals, "of/and/the", attached hyphens and commas
    before a capitalised word ends (small words at its end left out)."""
    end = start
    while end < len(doc) and _goes_on_topic(doc, end):
        end += 1
    while end > start and (doc[end - 1].lower_ in _TAIL_SMALL or doc[end - 1].text == ","):
        end -= 1
    return end


def _goes_on_topic(doc, i: int) -> bool:
    token = doc[i]
    if re.match(NAME_WORD, token.text) or _ORDINAL.match(token.text):
        return True
    if token.lower_ in _TAIL_SMALL or after_attached_hyphen(token):
        return True
    if token.text in {"-", "–"}:
        return not token.whitespace_
    following = doc[i + 1].text if i + 1 < len(doc) else ""
    return token.text == "," and bool(re.match(NAME_WORD, following))


#: Heads of a body of water a title may cover ("Convention on Fishing in the Caspian Sea").
_WATERS = lexicon.words("water-heads")
#: Lowercase nouns after such a name that make it a place phrase ("in the Caspian Sea port").
_WATER_PLACES = lexicon.words("water-place-nouns")


def _names_a_water(tail, after_the: bool, doc, end: int) -> bool:
    """ "in the Caspian Sea", "in the Aral Sea Basin": after "the", capitalised words ending in
    a head of a body of water continue a title (no title is signed in a sea), unless a place
    noun follows ("in the Caspian Sea port of Aktau", "... Sea states")."""
    if not after_the or len(tail) < 2 or tail[-1].lower_ not in _WATERS:
        return False
    if not tail[-1].text[:1].isupper() or any(token.lower_ == "of" for token in tail):
        return False
    following = doc[end].lower_ if end < len(doc) else ""
    return following not in _WATER_PLACES


def _is_century(tail) -> bool:
    return len(tail) == 2 and bool(_ORDINAL.match(tail[0].text)) and tail[1].text == "Century"


def _names_a_topic(tail, after_the: bool) -> bool:
    """The topic opens with a topic noun, or (after "the", two words or more) the words
    before its first "of" end in a topic noun or a plural ("Peaceful Uses", "Sectors")."""
    if tail[0].lower_ in _TOPIC_NOUNS:
        return True
    head = []
    for token in tail:
        if token.lower_ == "of":
            break
        head.append(token)
    words = [token for token in head if re.match(NAME_WORD, token.text)]
    if not after_the or len(words) < 2:
        return False
    last = words[-1].lower_
    return last in _TOPIC_NOUNS or (last.endswith("s") and not last.endswith("ss"))


#: Head nouns of a treaty's title: a name holding one may go on with "to" + a purpose.
TREATY_HEADS = lexicon.words("treaty-title-heads")
#: Verbs that open a title's purpose after "to": "Convention to Combat Desertification",
#: "Treaty to Ban ...", "Agreement on Joint Actions to Address the Problems of ...".
_PURPOSE_VERBS = lexicon.words("title-purpose-verbs")


def purpose_after(kept: list, gazetteer: Gazetteer) -> list:
    """ "the Agreement on Joint Actions to Address the Problems of the Aral Sea", "the
    Convention to Combat Desertification": a treaty's title (a name holding a treaty head noun)
    goes on with "to" + a capitalised purpose verb and the capitalised words after it (with
    "of/and/the", hyphens and commas before a capitalised word); "the Agreement to be signed",
    "the Treaty to Kazakhstan" or "the Charter to Ban Ki-moon" (a known name) do not."""
    if not any(token.text in TREATY_HEADS for token in kept):
        return []
    if any(token.lower_ == "to" for token in kept):
        return []
    doc, at = kept[-1].doc, kept[-1].i + 1
    if at + 1 >= len(doc) or doc[at].lower_ != "to" or doc[at + 1].is_sent_start:
        return []
    verb = doc[at + 1]
    if not verb.text[:1].isupper() or verb.lower_ not in _PURPOSE_VERBS:
        return []
    end = _topic_end(doc, at + 2)
    if end == at + 2:  # a verb with no object ("... to Stop") is no title's purpose
        return []
    if any(gazetteer.lookup(doc[at + 1 : stop].text) for stop in range(at + 2, end + 1)):
        return []  # a known name opens with the word: "to Ban Ki-moon"
    if gazetteer.lookup(_without_the(doc[at + 2 : end].text)):
        return []  # "invoked the X Treaty to Protect Armenia": a known name is the verb's object
    last = kept[-1].i + 1
    if any(gazetteer.lookup(doc[start:last].text) for start in range(max(0, last - 8), last)):
        return []  # a name the gazetteer knows ends there: "the Collective Security Treaty"
    return list(doc[at:end])


def purpose_titles(span) -> list:
    """The treaty head nouns of a sentence that a title could open with on its own ("the
    Treaty to Ban ...", "the Protocol to Prevent ..."): capitalised, after "the" or a
    sentence's start; purpose_after says whether one goes on with a purpose."""
    return [
        token
        for token in span
        if token.text in TREATY_HEADS and (token.i == span.start or token.nbor(-1).lower_ == "the")
    ]


def _participle_before_to(kept: list) -> bool:
    """ "Declaration on X Oriented to the 21st Century": the name's "to" follows a capitalised
    participle, whose complement it opens."""
    at = next(i for i, token in enumerate(kept) if token.lower_ == "to")
    return at > 0 and _capitalised_participle(kept[at - 1])


def _capitalised_participle(token) -> bool:
    return token.text[:1].isupper() and token.lower_.endswith("ed") and len(token) > 4


def cut_before_complement(kept: list) -> bool:
    """A name that ends in a capitalised participle right before "to"/"towards" ("Alliance
    Oriented to ...") is cut short of its complement: no name rather than a wrong one."""
    doc, after = kept[-1].doc, kept[-1].i + 1
    following = doc[after].lower_ if after < len(doc) else ""
    return _capitalised_participle(kept[-1]) and following in {"to", "towards"}


_MONTHS = lexicon.words("month-names")
_WEEKDAYS = lexicon.words("weekday-names")


def _title_goes_on_in(kept: list, gazetteer: Gazetteer) -> bool:
    """ "X Programme in Central Asia", "Treaty on X in Border Regions": the words after the
    name's last "in" continue a title when they name a state or region the gazetteer knows, or,
    unknown, when they read as common nouns (several words, the last a plural) or a bracketed
    acronym after the name needs them. A city, a month or a demonym after "in" is no title, nor
    is an "in" cut off with a time phrase before it ("Treaty on X on Friday in Moscow")."""
    ins = [i for i, token in enumerate(kept) if token.lower_ == "in"]
    if not ins:
        return False
    last = ins[-1]
    tail = kept[last + 1 :]
    text = "".join(token.text_with_ws for token in tail).strip()
    if text in gazetteer.demonyms or tail[0].lower_ in _MONTHS:
        return False
    classes = {gazetteer.entities[key].cls for key in gazetteer.lookup(text)}
    if classes:
        return bool(classes & {"State", "Region"})
    if any(gazetteer.lookup(token.text) for token in tail):  # "in Almaty Oblast"
        return False
    plural = len(tail) >= 2 and tail[-1].lower_.endswith("s")
    return plural or _acronym_needs_tail(kept, last)


def _acronym_needs_tail(kept: list, last_in: int) -> bool:
    """ "Border Management Programme in Central Asia (BOMCA)": the acronym in brackets after
    the name spells the whole reading, not the one that stops before "in"."""
    doc, end = kept[-1].doc, kept[-1].i
    if end + 3 >= len(doc) or doc[end + 1].text != "(" or doc[end + 3].text != ")":
        return False
    acronym = doc[end + 2].text
    words = [token.text for token in kept if token.text[:1].isupper()]
    short = [token.text for token in kept[:last_in] if token.text[:1].isupper()]
    return spells_acronym(acronym, words) and not spells_acronym(acronym, short)


def spells_acronym(acronym: str, words: list[str]) -> bool:
    """Whether ``acronym`` is the words' leading letters in order, each word giving a prefix
    of itself (maybe none; the first word at least one).

    >>> spells_acronym("BOMCA", ["Border", "Management", "Programme", "Central", "Asia"])
    True
    >>> spells_acronym("BOMCA", ["Border", "Management", "Programme"])
    False
    """
    letters = acronym.lower()
    if not letters:
        return True
    if not words or not words[0]:
        return False
    first, rest = words[0].lower(), words[1:]
    if first[0] != letters[0]:
        return False
    size = 1
    while size < len(first) and size < len(letters) and first[size] == letters[size]:
        size += 1
    return any(_spells_rest(letters[n:], rest) for n in range(size, 0, -1))


def _spells_rest(letters: str, words: list[str]) -> bool:
    """``letters`` from ``words``, where any word may give no letter."""
    if not letters:
        return True
    return any(spells_acronym(letters, words[i:]) for i in range(len(words)))


#: A ``pair_after`` word that lets "between A and B" follow any word of a title ("Treaty on
#: Enhanced Strategic Partnership between Hungary and the Republic of Kazakhstan"): the title's
#: words before it must be capitalised (the rule's NAME slots), A and B known parties, one of
#: them written with "the" (NAMES21).
_ANY_WORD = "*"


def _ends_in_pair_of_states(kept: list, after: frozenset, gazetteer: Gazetteer) -> bool:
    """ "Treaty on the State Border between Kyrgyzstan and Tajikistan", "... between the Republic
    of Kazakhstan and the Republic of Uzbekistan": "between" follows one of the rule's words (any
    word for ``*``) and is followed by two states (not demonyms) or international organisations
    the gazetteer knows."""
    at = next(i for i, token in enumerate(kept) if token.lower_ == "between")
    if at == 0:
        return False
    pair = "".join(token.text_with_ws for token in kept[at + 1 :]).split(" and ")
    if _pair_of_kinds(pair, gazetteer):
        return True  # "Convention on the Settlement of Investment Disputes between States and ..."
    written_formally = _FORMAL_STATE.match(pair[0]) or (_ANY_WORD in after and _with_the(pair))
    if kept[at - 1].text not in after and not (
        written_formally and not _after_capitalised(kept[0])
    ):  # "Joint Declaration on ... between the Republic of A and B" is no "Declaration on ..."
        return False
    if _ANY_WORD in after and _after_and(kept[0]):  # "Partnership and Cooperation Agreement"
        return False
    return len(pair) == 2 and all(_is_party(_without_the(name), gazetteer) for name in pair)


#: The classes whose minted name may open with the ordinal of an edition ("First Astana
#: International Forum", "7th Congress of ..."): the body is named without it.
_EDITIONED = frozenset(["InternationalOrganisation", "Programme", "Initiative"])
_EDITION = re.compile(
    r"^(?:" + lexicon.alternation("edition-ordinals") + r"|\d+(?:st|nd|rd|th))$",
    re.IGNORECASE,
)


_PLURAL_KIND = re.compile(r"^[A-Z][a-z]+[^s]s$")


def _pair_of_kinds(pair: list[str], gazetteer: Gazetteer) -> bool:
    """ "between States and Nationals of Other States": a title's "between" two kinds of party,
    each capitalised words opening with a plural noun, no word of them a name the gazetteer
    knows ("between the Philippines and Japan" names parties, not kinds) (TREATY22)."""
    if len(pair) != 2:
        return False
    for name in pair:
        words = name.split()
        if not words or not _PLURAL_KIND.match(words[0]) or gazetteer.lookup(name):
            return False
        if any(gazetteer.lookup(word) for word in words if word[:1].isupper()):
            return False
    return True


def _after_capitalised(first) -> bool:
    """Whether a capitalised word stands right before a name's first token (the title may
    open before it: "Joint" before "Declaration on ..."); a sentence's "The" opens no title."""
    before = first.doc[first.i - 1] if first.i > 0 else None
    return before is not None and before.text[:1].isupper() and before.lower_ not in ARTICLES


def _with_the(pair: list[str]) -> bool:
    """Whether a party of a title's pair is written with "the", as formal titles write them
    ("between Hungary and the Republic of Kazakhstan", "between the Eurasian Economic Union and
    Vietnam"); "between Kazakhstan and Turkey" may as well say who the document is between."""
    return any(name.lower().startswith("the ") for name in pair)


def _after_and(first) -> bool:
    """Whether "and" stands right before a name's first token: the title opens before it
    ("the Enhanced Partnership and Cooperation Agreement between A and B")."""
    return first.i > 0 and first.doc[first.i - 1].lower_ in {"and", "&"}


#: A state's formal name, as a title's parties are written ("between the Republic of Kazakhstan
#: and Mongolia"): such a "between" is the title's whatever word it follows.
_FORMAL_STATE = re.compile(r"(?:the\s+)?" + lexicon.alternation("formal-state-heads") + r"\s+of\s")


#: A title that names its parties before its topic: "Agreement between the Government of the
#: Republic of A and the Government of B on X" (the parties, the topic after its word).
_PARTIES_FIRST = re.compile(
    r"\bbetween\s+(?P<first>.+?)\s+and\s+(?P<second>.+?)\s+"
    + lexicon.alternation("title-topic-openers")
    + r"\s+\S"
)
#: A government standing for its state in a title's parties ("the Government of Mongolia").
_GOVERNMENT_OF = re.compile(r"^(?:the\s+)?Government\s+of\s+")


def title_parties(title: str, gazetteer: Gazetteer) -> list[str]:
    """The keys of the two parties a treaty's title names (states, not demonyms, or
    international organisations the gazetteer knows by one entry each): "Treaty on X between A
    and B" or "Agreement between the Government of A and the Government of B on X" gives A and
    B; any other title, a party the gazetteer does not know, or a title of two documents
    ("Protocol to the Agreement between A and B": whose parties the words do not say) none.

    >>> from kzgraph.gazetteer import default_gazetteer
    >>> title_parties("Agreement between the Government of the Republic of Kazakhstan and the "
    ...     "Government of Mongolia on International Road Transport", default_gazetteer())
    ['kaz', 'mng']
    >>> title_parties("Protocol to the Agreement between A and Russia", default_gazetteer())
    []
    """
    if sum(1 for word in title.split() if word in TREATY_HEADS) > 1:
        return []
    found = _PARTIES_FIRST.search(title)
    pair = [found["first"], found["second"]] if found else _pair_at_end(title)
    keys = [_party_key(_without_the(_GOVERNMENT_OF.sub("", name)), gazetteer) for name in pair]
    if len(keys) != 2 or None in keys or keys[0] == keys[1]:
        return []
    return keys


def _party_key(name: str, gazetteer: Gazetteer) -> str | None:
    """The one state (not a demonym) or international organisation the gazetteer knows by
    ``name``; None for none or more ("guam": Guam the territory or the GUAM organisation)."""
    keys = _party_keys(name, gazetteer)
    return keys[0] if len(keys) == 1 else None


def _party_keys(name: str, gazetteer: Gazetteer) -> list[str]:
    """The states (not a demonym) and international organisations the gazetteer knows by
    ``name``, each once (a name and an alias that differ only in case, "Mercosur" and
    "MERCOSUR", list one entity twice under "mercosur")."""
    if name in gazetteer.demonyms:
        return []
    entities = gazetteer.entities
    return list(
        dict.fromkeys(
            key
            for key in gazetteer.lookup(name)
            if _PARTY_KINDS.intersection(gazetteer.kinds(entities[key].cls))
        )
    )


_PARTY_KINDS = frozenset(["State", "InternationalOrganisation"])


def _pair_at_end(title: str) -> list[str]:
    """ "... between A and B" closing a title: [A, B] (none: [])."""
    _, between, pair = title.partition(" between ")
    return pair.split(" and ") if between else []


def _opens_with_pair_of_parties(kept: list, gazetteer: Gazetteer) -> bool:
    """ "Agreement between the Republic of Kazakhstan and the Republic of Korea on Mutual Legal
    Assistance": right after its head, "between" two parties the gazetteer knows (each maybe
    "the Government of" one), then the topic."""
    title = "".join(token.text_with_ws for token in kept)
    opened = len(kept) > 1 and kept[1].lower_ == "between"
    return (
        opened
        and _PARTIES_FIRST.search(title) is not None
        and bool(title_parties(title, gazetteer))
    )


def _topic_tokens(kept: list) -> list:
    """The tokens of a title's topic after its parties ("... between A and B on X": X's)."""
    found = _PARTIES_FIRST.search("".join(token.text_with_ws for token in kept))
    if found is None:
        return []
    opens = kept[0].idx + found.end() - 1
    return [token for token in kept if token.idx >= opens]


def _without_the(name: str) -> str:
    """ "the Republic of Kazakhstan" -> "Republic of Kazakhstan"."""
    name = name.strip()
    return name[4:] if name.startswith("the ") else name


def _is_party(name: str, gazetteer: Gazetteer) -> bool:
    """A state (not a demonym) or an international organisation the gazetteer knows: one or
    more (a title's words end with its parties whichever of them a name is)."""
    return bool(_party_keys(name, gazetteer))


def name_words(kept: list, rule: NameRule | None = None) -> int:
    """A name's length in words: the hyphens of "Nuclear-Weapon-Free" do not count, nor do
    articles ("Agreement on the Delimitation of the Seabed of the Northern Part of the Caspian
    Sea" has 11 words), the two known parties after a title's "between" (a ``pair_first`` title's
    topic after them counts) or the known body after a ``to_known`` rule's "to" (tail_fits
    checks those)."""
    stops = {"between", "to"} if rule is not None and rule.to_known else {"between"}
    words = []
    for token in kept:
        if token.lower_ in stops:
            break
        words.append(token)
    if rule is not None and rule.pair_first:  # the topic after the parties counts
        words += _topic_tokens(kept)
    return len([token for token in words if token.text not in _UNCOUNTED])


def kept_tokens(span, start: int, alignment: list, rule: NameRule, gazetteer: Gazetteer) -> list:
    """The tokens of a names/references match that make the name (excluded ones left out)."""
    kept = _before_time_phrase(
        [span[start + i] for i, slot in enumerate(alignment) if not rule.excluded[slot]]
    )
    while kept and kept[-1].lower_ in CONNECTORS | PARTICLES | {"and"}:  # "X of" ends at X
        kept.pop()
    while kept and (after_attached_hyphen(kept[0]) or kept[0].text in {"-", "–"}):
        kept.pop(0)
    kept = _before_spaced_dash(kept, rule, gazetteer)  # "Agreement on X – Ankara, D"
    if rule.cls in _EDITIONED and len(kept) > 2 and _EDITION.match(kept[0].text):
        kept.pop(0)  # "First Astana International Forum": an edition of the forum
    if _opens_with_modifier(kept) or _opens_with_list_marker(kept):
        return []  # the name after the modifier or marker is a match of its own
    return _before_named_conjunct(kept, rule, gazetteer)


#: A list item's or quiz question's marker opening a line: "B.", "C)", "Q2", "IV." (FP22).
_LIST_MARKER = re.compile(r"^(?:[A-Z][.)]?|Q\d{1,3}[.)]?|[IVX]{1,4}[.)])$")


#: What ends the item or sentence before a list marker (a line that runs on: "... (Shanghai)").
_ITEM_ENDS = frozenset({".", "?", "!", ")", ":", ";"})


def _opens_with_list_marker(kept: list) -> bool:
    """Whether a name opens with a list marker and "The" at the start of its sentence or after
    the end of the item before ("B. The European Union, which ...", "... (Shanghai) Q2 The
    Economic Cooperation Organization was set up ..."): no part of the name."""
    if len(kept) < 3 or kept[1].text != "The" or not _LIST_MARKER.match(kept[0].text):
        return False
    at = kept[0].i
    return at == 0 or kept[0].doc[at - 1].text in _ITEM_ENDS


#: Words that, after "on", open a time phrase and no part of a name: "signed the Treaty on
#: Allied Relations on Thursday|on May 5" (a name's "on" opens its topic, never a date).
_TIME_WORDS = lexicon.words("weekday-names") | lexicon.words("month-names")


def _before_time_phrase(kept: list) -> list:
    """The name's tokens before an "on <weekday|month>" inside it ("Treaty on Allied Relations
    on Thursday" is "Treaty on Allied Relations")."""
    for i in range(1, len(kept) - 1):
        if kept[i].lower_ == "on" and kept[i + 1].lower_ in _TIME_WORDS:
            return kept[:i]
    return kept


def _before_spaced_dash(kept: list, rule: NameRule, gazetteer: Gazetteer) -> list:
    """ "1) Agreement on X – Ankara, 1 May 1992", "Treaty on Y – signed in Z": a document's
    title ends before a dash set off by spaces that nothing follows in the name (a date or a
    lowercase word comes next) or only a city the gazetteer knows, itself followed by a stop, a
    comma or a bracket ("the Astana – Almaty Railway" goes on, so does 'the initiative “Astana
    – Beijing”')."""
    if not kept or rule.cls is None:
        return kept
    treaty = "Treaty" in gazetteer.kinds(rule.cls)
    doc = kept[-1].doc
    following = doc[kept[-1].i + 1] if kept[-1].i + 1 < len(doc) else None
    for i, token in enumerate(kept[1:], 1):
        if token.text not in {"-", "–"} or not token.whitespace_ or not kept[i - 1].whitespace_:
            continue
        keys = gazetteer.lookup(_span_text(kept[i + 1 :])) if i + 1 < len(kept) else []
        classes = {gazetteer.entities[key].cls for key in keys}
        if treaty and (i + 1 == len(kept) or ("City" in classes and _stops(following))):
            return kept[:i]
        if i > 1 and classes & {"City", "State"} and _aside_goes_on(following):
            return kept[:i]  # "the Organisation of Islamic Cooperation – Kazakhstan since 1995 –"
    return kept


def _stops(following) -> bool:
    """Whether the token after a name is none or a stop, comma, colon or bracket."""
    return following is None or following.text in {".", ",", ";", ":", "("}


def _aside_goes_on(following) -> bool:
    """Whether the token after "<name> – <place>" carries on a lowercase aside ("– Kazakhstan
    since 1995 –", FP22): a lowercase word or a figure, never a capitalised word or a quote."""
    return following is not None and (following.is_lower or following.like_num)


#: Lowercase halves of a hyphenated word that make it a modifier ("Soviet-era"), besides any
#: past participle in "-ed" ("Russian-led", "Jeddah-based", "US-backed").
_MODIFIER_HALVES = lexicon.words("modifier-halves")
#: First halves that are prefixes, not names: "Co-ordinated", "Re-opened" stay words of a name.
_PREFIXES = lexicon.words("hyphen-prefixes")


def _opens_with_modifier(kept: list) -> bool:
    """Whether a name opens with a hyphenated modifier ("the Russian-led X Organization"):
    a name, then a lowercase half in "-ed" or of _MODIFIER_HALVES, is no part of the name."""
    if len(kept) < 3 or kept[1].text not in {"-", "–"} or not after_attached_hyphen(kept[2]):
        return False
    return is_modifier(kept[0].text, kept[2].text)


def is_modifier(first: str, half: str) -> bool:
    """Whether "first-half" is a hyphenated modifier ("Russian-led", "Soviet-era"), not a
    prefixed word ("Co-operation", "Re-opened"). A first half in capitals is an acronym, no
    prefix: "UN-backed", "UN-recognised" (FPH15).

    >>> is_modifier("Jeddah", "based"), is_modifier("Co", "ordinated"), is_modifier("UN", "backed")
    (True, False, True)
    """
    lower = half.islower() and (half.endswith("ed") or half in _MODIFIER_HALVES)
    return lower and (first.lower() not in _PREFIXES or first.isupper())


def cut_at_hyphen(last) -> bool:
    """Whether a name's last token is a hyphen or is followed by one joined to the next word."""
    if last.text in {"-", "–"}:
        return True
    doc = last.doc
    return last.i + 1 < len(doc) and doc[last.i + 1].text in {"-", "–"} and not last.whitespace_


def _before_named_conjunct(kept: list, rule: NameRule, gazetteer: Gazetteer) -> list:
    """A name stops before "and" + a known name: "the Treaty on Friendship and China signed"
    names no "Friendship and China"; with its head word after the "and", it names nothing.
    So too after a known name + "and": "Kazakhstan and Customs Union" joins two names, as does
    "Russia and European Union" (a known name the head's own words end). An ``own_and`` rule's
    "and" is the name's own: "the United Kingdom of Sweden and Norway" names one kingdom."""
    if rule.own_and:
        return kept
    for index, token in enumerate(kept[:-1]):
        if token.lower_ == "between":  # "... Border between A and B": the pair is the title's
            break
        if token.lower_ == "and" and _joins_known_name(kept, index, gazetteer):
            head = rule.triggers is None or any(t.lower_ in rule.triggers for t in kept[:index])
            return kept[:index] if head else []
    return kept


def _joins_known_name(kept: list, index: int, gazetteer: Gazetteer) -> bool:
    """Whether the "and" at ``index`` joins a name the gazetteer knows or a body's noun to the
    name: a known name right after it, running from right after it to the name's end ("Russia
    and European Union") or ending right before it, from the name's start or from its last
    "of|for|on" ("Kazakhstan and Customs Union", "Council for Trade of Russia and ..."), or a
    body's noun after it ("the Council of Ministers and Parliament": two bodies)."""
    if gazetteer.lookup(kept[index + 1].text) or kept[index + 1].lower_ in _BODY_NOUNS:
        return True
    opens = [i + 1 for i, token in enumerate(kept[:index]) if token.lower_ in _COMPLEMENT]
    first = opens[-1] if opens else 0
    before = any(gazetteer.lookup(_span_text(kept[start:index])) for start in range(first, index))
    after = any(
        gazetteer.lookup(_span_text(kept[index + 1 : end]))
        for end in range(index + 2, len(kept) + 1)
    )
    return before or after


#: Words that open a title's complement ("Organisation for Security and Co-operation").
_COMPLEMENT = {"of", "for", "on"}
#: Nouns of bodies and offices: after "and" they name a second body, no word of a title.
_BODY_NOUNS = lexicon.words("body-nouns")


def _span_text(tokens: list) -> str:
    return "".join(token.text_with_ws for token in tokens).strip()


def after_attached_hyphen(token) -> bool:
    """Whether ``token`` is the second half of a hyphenated word ("trans-Caucasian")."""
    if token.i < 2:
        return False
    hyphen, before = token.doc[token.i - 1], token.doc[token.i - 2]
    return hyphen.text in {"-", "–"} and not hyphen.whitespace_ and not before.whitespace_


#: A plural head after coordinated names ("the Aktobe and Kostanay regions"): the singular each
#: name takes in its label and the class it names. Not yet "fields": schema.jsonl writes one
#: FieldDevelopment node per developer, so "C develops the A and B fields" would give one node
#: holding both fields, where a node per field is meant.
PLURAL_HEADS = {
    "pipelines": ("pipeline", "Pipeline"), "regions": ("Region", "Region"),
    "oblasts": ("Oblast", "Region"), "provinces": ("Province", "Region"),
    "fields": ("field", "OilField"), "deposits": ("deposit", "ResourceDeposit"),
}  # fmt: skip
#: Words between the names and a plural head that stay in each label ("oil fields", "copper
#: deposits").
_HEAD_MODIFIERS = lexicon.words("plural-head-modifiers") | lexicon.words(
    "org24-mineral-head-modifiers"
)
#: What opens such a list: a determiner or a possessive ("Kazakhstan's Tengiz and X fields").
_LIST_OPENERS = {"the", "its", "their", "both", "'s", "’s"}
_NAME_PIECE = re.compile(r"^([A-Z][\w'’–-]*|[-–])$")


def coordinated_heads(span) -> list[tuple[list, str, str]]:
    """ "built the Atasu–Alashankou and Kenkiyak–Kumkol oil pipelines": each name of a list
    before a plural head (``PLURAL_HEADS``) with the head's singular, as (tokens, label, class);
    "A, B and C" too. Nothing unless "and" joins the last two names and a determiner or a
    possessive opens the list ("Chevron and Eni pipelines" is no list of pipelines)."""
    found = []
    for head in span:
        if head.lower_ not in PLURAL_HEADS or not head.text.islower():
            continue
        singular, cls = PLURAL_HEADS[head.lower_]
        i = head.i - 1
        while i >= span.start and span.doc[i].lower_ in _HEAD_MODIFIERS:
            i -= 1
        modifiers = span.doc[i + 1 : head.i].text
        names = _names_before(span, i)
        if len(names) < 2:
            continue
        tail = " ".join(part for part in (modifiers, singular) if part)
        found += [
            (name, span.doc[name[0].i : name[-1].i + 1].text + " " + tail, cls) for name in names
        ]
    return found


def _names_before(span, end: int) -> list[list]:
    """The names of "X, Y and Z" ending at token ``end`` (first to last), or [] when that is no
    such list opened by a determiner or a possessive."""
    names: list[list] = []
    i = end
    while True:
        start = i
        while (
            start >= span.start and i - start < 4 and _NAME_PIECE.match(span.doc[start].text)
            and span.doc[start].lower_ not in NAME_STOP
        ):  # fmt: skip
            start -= 1
        name = list(span.doc[start + 1 : i + 1])
        if not name or not name[0].text[0].isupper() or not name[-1].text[0].isupper():
            return []
        if name[0].lower_ in NAME_STOP:
            return []
        names.insert(0, name)
        joiner = span.doc[start] if start >= span.start else None
        if joiner is None:
            return []
        if joiner.lower_ in _LIST_OPENERS:
            return names if len(names) >= 2 and _joined_by_and(span, names) else []
        if joiner.lower_ == "and" and len(names) == 1:
            i = start - 1
            if i >= span.start and span.doc[i].text == ",":  # "A, B, and C"
                i -= 1
            continue
        if joiner.text == "," and len(names) >= 2:
            i = start - 1
            continue
        return []


def _joined_by_and(span, names: list[list]) -> bool:
    between = span.doc[names[-2][-1].i + 1 : names[-1][0].i]
    return "and" in [t.lower_ for t in between]
