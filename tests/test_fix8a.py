"""Memberships a reviewer found invented (session 8, brief FIX8A), each with its look-alikes.

"The Security Council" is the UN's only where its paragraph (or an earlier "the Security
Council" so licensed) named the United Nations, never with "of" after it or where its sentence
makes it a state's own council; "A and B are its members" and "The members are A, B and C" take
only an organisation named alone in their sentence or the one before, with no unnamed body
set up between; a bare dated "joined|were admitted" is no membership for observers, partners
or candidates, nor with a noun phrase after the date. Every text here is other wording with
other states than the reviewer's probes.
"""

from __future__ import annotations

import pytest
from fact_cases import extract, triples_of
from fact_cases import member as _member

_UNSC = "united-nations-security-council"
_SCO = "shanghai-cooperation-organisation"


def _facts(text: str, scoring):
    return extract(text, scoring, stem="fix8a")[1]


def _memberships(text: str, scoring) -> set:
    return {t for t in triples_of(_facts(text, scoring)) if t[1] == "kz:memberOf"}


def _last_sentence_memberships(text: str, scoring) -> set:
    """The memberships the text's last sentence adds to those of the sentences before it."""
    before = text[: text.rindex(". ", 0, len(text) - 1) + 1]
    return _memberships(text, scoring) - _memberships(before, scoring)


# 1. "the Security Council": the UN's only where the text ties it to the United Nations


def test_the_council_is_the_uns_in_the_paragraph_that_names_the_un(scoring):
    text = (
        "Peru joined the United Nations in 1945. In 2006 Peru became a non-permanent member "
        "of the Security Council."
    )
    assert ("per", "kz:memberOf", _UNSC) in _memberships(text, scoring)


def test_a_council_licensed_once_stays_the_uns_in_later_paragraphs(scoring):
    text = (
        "The United Nations held elections in June. Ecuador was elected a non-permanent member "
        "of the Security Council.\n\nIn 2024 Ecuador presided over the Security Council."
    )
    facts = _facts(text, scoring)
    assert ("triple", _UNSC, "kz:chairedBy", "ecu") in facts, facts


@pytest.mark.parametrize(
    "text",
    [
        # "of" another body
        "Peru joined the United Nations in 1945. Belarus chairs the Security Council of the "
        "Eurasian Economic Union this year.",
        "Peru joined the United Nations in 1945. Serbia became a member of the Security "
        "Council of Belarus in 2010.",
        # a state's own council, said so in its sentence
        "Peru joined the United Nations in 1945. Peru set up the Security Council, which the "
        "Prime Minister convenes, in 1999.",
        "Peru joined the United Nations in 1945. In 1999 Peru became a member of the Security "
        "Council, a body headed by the country's President.",
        "Peru joined the United Nations in 1945. In 1993 Peru became a member of the Security "
        "Council established under the Constitution.",
        # another body's council named in the paragraph before the short form
        "Peru joined the United Nations in 1945. The Security Council of Bolivia met in La Paz; "
        "Peru chaired the Security Council in 2007.",
        # the United Nations named only in an earlier paragraph
        "Peru joined the United Nations in 1945.\n\nIn 2006 Peru became a member of the "
        "Security Council.",
    ],
)
def test_a_council_not_tied_to_the_un_is_not_the_uns(text, scoring):
    facts = _facts(text, scoring)
    assert not any(_UNSC in str(fact) for fact in facts), facts


# 2-3. "A and B are its members": an organisation named near and alone


def test_its_members_after_the_organisation_in_the_sentence_before(scoring):
    text = (
        "The Collective Security Treaty Organization was set up in 2002. Armenia and Belarus "
        "are its members."
    )
    got = _memberships(text, scoring)
    assert {("arm", "kz:memberOf", "csto"), ("blr", "kz:memberOf", "csto")} <= got, got


def test_its_members_after_the_organisation_and_its_founding_treaty(scoring):
    text = (
        "The Collective Security Treaty Organization grew out of the Collective Security "
        "Treaty in 2002. Armenia and Tajikistan are its members."
    )
    got = _memberships(text, scoring)
    assert {("arm", "kz:memberOf", "csto"), ("tjk", "kz:memberOf", "csto")} <= got, got


@pytest.mark.parametrize(
    "text",
    [
        # a treaty named after the organisation
        "Belarus joined the Eurasian Economic Union in 2015. The Collective Security Treaty "
        "was signed in 1992. Kyrgyzstan and Armenia are its members.",
        # an unnamed body set up by the organisation
        "The OSCE created a panel of experts in 2010. Austria, Sweden and Finland are its members.",
        "The Eurasian Economic Union formed an advisory committee in 2016. Armenia and "
        "Kyrgyzstan are its members.",
        # a programme named with the organisation
        "The Partnership for Peace, which NATO runs, grew in 1997. Georgia and Moldova are "
        "its members.",
        # the organisation named two sentences back
        "Kyrgyzstan joined the CSTO in 1994. Trade grew in 2010. Armenia and Belarus are its "
        "members.",
        # two organisations in the sentence before
        "The OSCE and the Eurasian Economic Union met in 2019. Armenia and Belarus are its "
        "members.",
    ],
)
def test_its_members_of_nothing_near_and_alone_give_nothing(text, scoring):
    assert not _last_sentence_memberships(text, scoring), text


# 4. "The members are A, B and C": the organisation the sentence before opened with


def test_the_members_are_after_the_organisation_opened_the_sentence_before(scoring):
    text = (
        "The Eurasian Economic Union met in Yerevan in 2019. The members are Armenia, Belarus "
        "and Russia."
    )
    got = _memberships(text, scoring)
    assert ("arm", "kz:memberOf", "eaeu") in got and ("rus", "kz:memberOf", "eaeu") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "The OSCE met in Vienna in 2010. An expert panel was then appointed. The members are "
        "Austria, Sweden and Finland.",
        "A commission was appointed by the OSCE in 2010. The members are Austria, Sweden and "
        "Finland.",
        "Sweden hosted the OSCE in 2010. The members are Austria, Norway and Finland.",
    ],
)
def test_the_members_are_of_no_organisation_under_discussion_give_nothing(text, scoring):
    assert not _last_sentence_memberships(text, scoring), text


# 5-6. bare dated joins: observers, partners, candidates; a noun phrase after the date


def test_a_bare_dated_join_still_joins_the_organisation_under_discussion(scoring):
    text = "The Eurasian Economic Union was founded in 2015. Armenia and Kyrgyzstan joined in 2015."
    assert _member("kgz", "eaeu", "2015") in _facts(text, scoring)


@pytest.mark.parametrize(
    "text",
    [
        "The Eurasian Economic Union was founded in 2015. Observers Uzbekistan and Cuba joined "
        "in 2020.",
        "The Eurasian Economic Union was founded in 2015. Partners Iran and Vietnam joined in "
        "2018.",
        "The Eurasian Economic Union was founded in 2015. Candidates Serbia and Moldova were "
        "admitted in 2020.",
        "The Eurasian Economic Union was founded in 2015. Applicants Serbia and Moldova joined "
        "in 2021.",
        "The Eurasian Economic Union was founded in 2015. Uzbekistan joined in 2019 a dialogue "
        "on transit.",
        "The Eurasian Economic Union was founded in 2015. Moldova was admitted in 2018 an "
        "observer.",
    ],
)
def test_bare_joins_of_observers_partners_or_before_a_noun_phrase_give_nothing(text, scoring):
    assert not _last_sentence_memberships(text, scoring), text


# 9. the British spelling of the SCO's name


def test_the_sco_spelt_co_operation(scoring):
    for name in ("Shanghai Co-operation Organisation", "Shanghai Co-operation Organization"):
        text = f"Uzbekistan joined the {name} in 2001."
        assert ("uzb", "kz:memberOf", _SCO) in _memberships(text, scoring), name
