"""Unseen-text families of REC12A's relations (brief REC12A).

- "its" inside a sentence right before "[N] official language(s)" ("O has 57 member states, and
  its official languages are A, B and C") is the one organisation named before it in the
  sentence, else in the sentence before (references._its_alone, references.jsonl
  ref-rec12a-its-official-languages): a state or a person named beside it, a second
  organisation, or "working languages" give nothing.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples


def triples(text: str, written_from: str | None = None) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="rec12a", written_from=written_from)


def with_property(found: set, prop: str) -> set[tuple[str, str, str]]:
    return {t for t in found if t[1] == prop}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Council of Europe has 46 member states, and its official languages are"
            " English and French.",
            {("council-of-europe", "officialLanguage", "english"),
             ("council-of-europe", "officialLanguage", "french")},
        ),
        (
            "The African Union, founded in Addis Ababa, counts 55 members, and its four official"
            " languages include Arabic, English and Portuguese.",
            {("african-union", "officialLanguage", "arabic"),
             ("african-union", "officialLanguage", "english"),
             ("african-union", "officialLanguage", "portuguese")},
        ),
        (
            "The OSCE has its secretariat in Vienna; its official languages are English,"
            " French, German, Italian, Russian and Spanish.",
            {("osce", "officialLanguage", lang)
             for lang in ("english", "french", "german", "italian", "russian", "spanish")},
        ),
        (
            "The CIS was set up in 1991. Today it has nine members, and its official language is"
            " Russian.",
            {("cis", "officialLanguage", "russian")},
        ),
    ],
)
def test_its_official_languages_is_the_organisation_named_alone(text, expected):
    assert with_property(triples(text), "officialLanguage") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a state named beside the organisation: "its" may be the state's
        "Kazakhstan joined the OSCE in 1992, and its official languages are Kazakh and Russian.",
        "Mongolia became a member of the OSCE in 2012; its official language is Mongolian.",
        # a person named beside it
        "Secretary General Feridun Sinirlioglu led the OSCE until 2024, and its official"
        " languages are English and French.",
        # two organisations: which one's, unknown
        "The CIS and the CSTO met in Minsk, and its official languages are Russian and English.",
        # working languages are no official status
        "The CIS has nine members, and its working languages are Russian and English.",
    ],
)
def test_its_official_languages_look_alikes_give_nothing(text):
    assert with_property(triples(text), "officialLanguage") == set()
