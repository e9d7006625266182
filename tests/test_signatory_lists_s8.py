"""Signatories a reference or a relative clause gives (SIGNLIST-s8).

"The two|both sides signed T" after "the EU and X" (references._sides, signers._body_signings),
the object relative of a body and a state ("the T that the EU and X signed in C on D"), "with"
after a relative's or a clause's signer ("T, which the EU signed with X", "X signed T with the
EU, its largest donor, in C"), "the same four states signed T" (the latest list of that many
states, references._same_list) and an adverb before the verb ("the two presidents also
signed"). Other states, bodies and treaties than the corpora; each look-alike gives no
signatory.
"""

from __future__ import annotations

import pytest
from fact_cases import extraction_rules, extraction_triples

from kzgraph.documents import document_from_text
from kzgraph.extract import extract_document

_FRAMEWORK = "framework-agreement-on-partnership-and-cooperation"
_CUSTOMS = "agreement-on-customs-cooperation"
_PROTOCOL = "protocol-on-trade-facilitation"
_FOUR = (
    "On 2 May 2000 Armenia, Belarus, Kyrgyzstan and Tajikistan signed the Agreement on Customs "
    "Cooperation in Minsk. "
)


def _facts(text: str) -> tuple[set[tuple[str, str, str]], set[str]]:
    """The triples and rules of ``text`` as one document."""
    extraction = extract_document(document_from_text(text, "signlist"))
    return extraction_triples(extraction), extraction_rules(extraction)


def _signatories(triples: set, treaty: str) -> set[str]:
    return {o for s, p, o in triples if s == treaty and p == "signatory"}


@pytest.mark.parametrize(
    "text",
    [
        # "the two sides", the pair named in the sentence before
        "The European Union and Mongolia opened talks in Brussels in 2011. On 30 April 2013 the "
        "two sides signed the Framework Agreement on Partnership and Cooperation in Ulaanbaatar.",
        # "both sides", a state named first
        "Mongolia and the European Union opened talks in Brussels in 2011. On 30 April 2013 both "
        "sides signed the Framework Agreement on Partnership and Cooperation in Ulaanbaatar.",
    ],
)
def test_two_sides_of_a_state_and_a_body_both_sign(text):
    triples, _ = _facts(text)
    assert _signatories(triples, _FRAMEWORK) == {"european-union", "mng"}
    assert (_FRAMEWORK, "signingDate", "2013-04-30") in triples
    assert (_FRAMEWORK, "signingPlace", "ulaanbaatar") in triples


@pytest.mark.parametrize(
    "text",
    [
        # the sides only discuss it
        "The European Union and Mongolia opened talks in Brussels in 2011. On 30 April 2013 the "
        "two sides discussed the Framework Agreement on Partnership and Cooperation in "
        "Ulaanbaatar.",
        # three parties before: which two sides is not said
        "The European Union, NATO and Mongolia met in Brussels in 2011. On 30 April 2013 the "
        "two sides signed the Framework Agreement on Partnership and Cooperation in Ulaanbaatar.",
    ],
)
def test_two_sides_look_alikes_give_no_body(text):
    triples, _ = _facts(text)
    assert not _signatories(triples, _FRAMEWORK) & {"european-union", "nato"}


@pytest.mark.parametrize(
    ("text", "signatories", "place"),
    [
        (
            "The ministers reviewed the Framework Agreement on Partnership and Cooperation that "
            "the European Union and Mongolia signed in Ulaanbaatar on 30 April 2013.",
            {"european-union", "mng"},
            "ulaanbaatar",
        ),
        (
            "Japan praised the Framework Agreement on Partnership and Cooperation, which the "
            "European Union signed with Mongolia in Ulaanbaatar on 30 April 2013.",
            {"european-union", "mng"},
            "ulaanbaatar",
        ),
        (
            "The Framework Agreement on Partnership and Cooperation, which Mongolia signed with "
            "Japan in Tokyo on 30 April 2013, was ratified a year later.",
            {"mng", "jpn"},
            "tokyo",
        ),
        (
            "Mongolia signed the Framework Agreement on Partnership and Cooperation with the "
            "European Union, its largest donor, in Tokyo on 30 April 2013.",
            {"european-union", "mng"},
            "tokyo",
        ),
    ],
)
def test_object_relatives_and_with_give_both_signatories(text, signatories, place):
    triples, _ = _facts(text)
    assert _signatories(triples, _FRAMEWORK) == signatories
    assert (_FRAMEWORK, "signingPlace", place) in triples
    assert (_FRAMEWORK, "signingDate", "2013-04-30") in triples


@pytest.mark.parametrize(
    "text",
    [
        "The Framework Agreement on Partnership and Cooperation that the European Union criticised "
        "was signed in 2013.",
        "The Framework Agreement on Partnership and Cooperation, which the European Union was to "
        "sign with Mongolia in 2013, stalled.",
        "Mongolia discussed the Framework Agreement on Partnership and Cooperation with the "
        "European Union, its largest donor, in Tokyo on 30 April 2013.",
        "The Framework Agreement on Partnership and Cooperation that the European Union and "
        "Mongolia did not sign in 2013 was shelved.",
    ],
)
def test_relative_and_with_look_alikes_give_no_signatory(text):
    triples, _ = _facts(text)
    assert not _signatories(triples, _FRAMEWORK)


@pytest.mark.parametrize(
    "later",
    [
        # the sentence right after the list
        "A year later the same four states signed the Protocol on Trade Facilitation in Dushanbe.",
        # a sentence between: the latest list of states the text named
        "The agreement entered into force in 2001. In 2003 the same four states signed the "
        "Protocol on Trade Facilitation in Dushanbe.",
        # an adverb before the verb
        "In 2003 the same four countries then signed the Protocol on Trade Facilitation in "
        "Dushanbe.",
    ],
)
def test_the_same_four_states_are_the_latest_list_of_four(later):
    triples, _ = _facts(_FOUR + later)
    assert _signatories(triples, _PROTOCOL) == {"arm", "blr", "kgz", "tjk"}
    assert (_PROTOCOL, "signingPlace", "dushanbe") in triples


@pytest.mark.parametrize(
    "later",
    [
        # another count than the list's
        "In 2003 the same five states signed the Protocol on Trade Facilitation in Dushanbe.",
        # no signing
        "In 2003 the same four states met again in Dushanbe to discuss the Protocol on Trade "
        "Facilitation.",
        # a newer list of another size stands between: "the same" is the latest list
        "In 2002 Russia, China, Iran, India and Turkey discussed trade. In 2003 the same four "
        "states signed the Protocol on Trade Facilitation in Dushanbe.",
    ],
)
def test_the_same_four_states_look_alikes_give_no_signatory(later):
    triples, _ = _facts(_FOUR + later)
    assert not _signatories(triples, _PROTOCOL)
    assert _signatories(triples, _CUSTOMS) == {"arm", "blr", "kgz", "tjk"}


def test_the_two_presidents_also_signed():
    triples, rules = _facts(
        "Kyrgyz President Sadyr Japarov received Emomali Rahmon, the President of Tajikistan, in "
        "Bishkek. On 13 March 2025 the two presidents also signed the Treaty on the State Border "
        "in Bishkek."
    )
    treaty = "treaty-on-the-state-border"
    assert _signatories(triples, treaty) == {"kgz", "tjk"}
    assert (treaty, "signingDate", "2025-03-13") in triples
    assert "sl-states-also-signed-treaty" in rules


def test_the_two_presidents_also_discussed_gives_nothing():
    triples, _ = _facts(
        "Kyrgyz President Sadyr Japarov received Emomali Rahmon, the President of Tajikistan, in "
        "Bishkek. On 13 March 2025 the two presidents also discussed the Treaty on the State "
        "Border in Bishkek."
    )
    assert not _signatories(triples, "treaty-on-the-state-border")


_SECURITY = "treaty-on-collective-security"
_SIX = "Armenia, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan"


@pytest.mark.parametrize(
    "text",
    [
        f"The Treaty on Collective Security was signed in Tashkent on 15 May 1992 by six "
        f"countries: {_SIX}.",
        f"Later, on 15 May 1992, the Treaty on Collective Security was signed by six states: "
        f"{_SIX}.",
        f"The Treaty on Collective Security was signed by all six republics – {_SIX}.",
    ],
)
def test_signed_by_a_counted_noun_and_its_list(text):
    triples, _ = _facts(text)
    assert _signatories(triples, _SECURITY) == {"arm", "kaz", "kgz", "rus", "tjk", "uzb"}


@pytest.mark.parametrize(
    "text",
    [
        f"The Treaty on Collective Security was to be signed by six countries: {_SIX}.",
        f"The Treaty on Collective Security was not signed by six countries: {_SIX}.",
        f"The Treaty on Collective Security was criticised by six countries: {_SIX}.",
    ],
)
def test_counted_list_look_alikes_give_no_signatory(text):
    triples, _ = _facts(text)
    assert not _signatories(triples, _SECURITY)


@pytest.mark.parametrize(
    ("text", "treaty", "signatories", "day"),
    [
        (
            "GENEVA, 14 March 2019 – Mongolia today signed the Treaty on the Prohibition of "
            "Nuclear Weapons at the Palais des Nations.",
            "treaty-on-the-prohibition-of-nuclear-weapons",
            {"mng"},
            "2019-03-14",
        ),
        (
            "Brussels, 30 April 2013\nEU and Mongolia deepen ties\nThe European Union and Mongolia "
            "today signed the Framework Agreement on Partnership and Cooperation in Brussels.",
            _FRAMEWORK,
            {"european-union", "mng"},
            "2013-04-30",
        ),
    ],
)
def test_today_is_the_datelines_day(text, treaty, signatories, day):
    triples, rules = _facts(text)
    assert _signatories(triples, treaty) == signatories
    assert (treaty, "signingDate", day) in triples
    assert any(rule.endswith("+dateline-today") for rule in rules)


@pytest.mark.parametrize(
    "text",
    [
        # no dateline: "today" is no day the text gives
        "Mongolia today signed the Treaty on the Prohibition of Nuclear Weapons.",
        # a signing still to come, or none
        "GENEVA, 14 March 2019 – Mongolia will today sign the Treaty on the Prohibition of "
        "Nuclear Weapons.",
        "GENEVA, 14 March 2019 – Mongolia today discussed the Treaty on the Prohibition of "
        "Nuclear Weapons.",
        "GENEVA, 14 March 2019 – Mongolia, which signed the Treaty on the Prohibition of Nuclear "
        "Weapons in 2017, today ratified it.",
    ],
)
def test_today_look_alikes_give_no_dateline_day(text):
    triples, _ = _facts(text)
    assert {o for _, p, o in triples if p == "signingDate"} <= {"2017"}  # the relative's own


_TPNW = "treaty-on-the-prohibition-of-nuclear-weapons"


@pytest.mark.parametrize(
    "answer",
    [
        "A: Yes, Mongolia signed it in New York on 20 September 2017.",
        "A: Mongolia signed it on 20 September 2017 in New York and ratified it later.",
    ],
)
def test_signed_it_is_the_treaty_of_the_question(answer):
    triples, _ = _facts(
        "Q: Has Mongolia joined the Treaty on the Prohibition of Nuclear Weapons? " + answer
    )
    assert _signatories(triples, _TPNW) == {"mng"}
    assert (_TPNW, "signingDate", "2017-09-20") in triples


@pytest.mark.parametrize(
    "text",
    [
        "Mongolia discussed the Treaty on the Prohibition of Nuclear Weapons. Russia criticised it "
        "in New York on 20 September 2017.",
        "Q: Did Mongolia sign the Treaty on the Prohibition of Nuclear Weapons? A: Has Mongolia "
        "signed it in New York?",
        "Mongolia discussed the Treaty on the Prohibition of Nuclear Weapons. Russia will sign it "
        "in New York on 20 September 2017.",
    ],
)
def test_signed_it_look_alikes_give_no_signatory(text):
    triples, _ = _facts(text)
    assert not _signatories(triples, _TPNW)
