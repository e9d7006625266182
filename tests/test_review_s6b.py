"""False facts the session-6 review of layout, references and names found (review B), each with
the reviewer's input and two variants in other wording: none may give the wrong fact; where
the same construction in the document's own voice states a fact, a positive case keeps it."""

from __future__ import annotations

import pytest
from fact_cases import extract, member

_STEM = "review-s6b-test"


def _facts(text: str, scoring, state: str | None = None) -> list:
    return extract(text, scoring, state, stem=_STEM)[1]


# 1. a first person is the document's own state only in the document's own voice
# (references.py _quoted_first_person): not quoted, not under another speaker's reporting
# clause, not in a clause naming that state itself
SOMEONE_ELSES_WE = [
    ('"We joined the World Trade Organization in 1998," said the Kyrgyz minister.', "kaz"),
    ("At the summit, the Chinese president said that my country joined the World Trade "
     "Organization in 2001.", "kaz"),
    ('"We have invested $30 billion in Kazakhstan since 1993," a Chevron spokesman said.', "kaz"),
    ("“Our country joined the Organization for Security and Co-operation in Europe in 1992,” "
     "the Latvian ambassador recalled.", "kaz"),
    ("According to the Turkish foreign minister, we joined the Organization for Security and "
     "Co-operation in Europe in 1992.", "kaz"),
    ("The Japanese envoy told reporters that our economy had received $4 billion from Korea "
     "since 2010.", "kaz"),
    ("In 2015 we invested $2 billion in Kazakhstan.", "kaz"),
    ('Mongolia and Russia agree. "In 1992 we joined the Organization for Security and '
     'Co-operation in Europe," President Batbold said.', "kaz"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "own"), SOMEONE_ELSES_WE)
def test_someone_elses_first_person_is_not_the_documents_state(text, own, scoring):
    facts = _facts(text, scoring, "Kazakhstan")
    assert not [f for f in facts if f"'{own}'" in repr(f)], facts


@pytest.mark.parametrize(
    "text",
    ["In 1992 we joined the Organization for Security and Co-operation in Europe.",
     "The Head of State noted that in 1992 our country joined the Organization for Security "
     "and Co-operation in Europe.",
     "In 1992 my country joined the Organization for Security and Co-operation in Europe, "
     "Mongolia's foreign ministry recalls."],
)  # fmt: skip
def test_the_documents_own_first_person_is_still_its_state(text, scoring):
    facts = _facts(text, scoring, "Mongolia")
    assert member("mng", "osce", "1992") in facts, facts
