"""Footnote numbers of pasted papers and briefs are blanks, like "[3]": a superscript after a
full stop ("in 2011.¹ It ...") or a word ("the OSCE² said"), one or two digits glued to a word's
full stop before a capitalised word ("power.1 On 5 May ..."). A unit's square ("km²"), a decimal
("1.5 Billion") and a numbered abbreviation ("No.1") are no footnotes."""

from __future__ import annotations

import pytest
from fact_cases import date, extract, nodes_of

from kzgraph.sentences import mask_text, split_sentences


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Turkmenistan joined the ECO in 1992.¹ It hosted a summit in 1997.² Iran did too.", 3),
        ("Azerbaijan joined the OIC in 1992.¹² Uzbekistan joined in 1996.", 2),
        ("The treaty entered into force.3 On 5 May 1992 Uzbekistan signed it.", 2),
        ("The Soviet power collapsed.12 Kazakhstan declared independence.", 2),
        ("Use No.1 Priority. The plan was approved.", 2),
        ("Trade was worth 1.5 Billion dollars. It grew.", 2),
        ("Mongolia joined the UN in 1961.4 In 1997 it joined the WTO.", 2),
        ("Output reached 2011.5 Million tonnes. It fell.", 2),
    ],
)
def test_a_footnote_number_ends_no_sentence_of_its_own(text, sentences):
    assert len(split_sentences(text)) == sentences, split_sentences(text)


def test_a_footnote_after_a_year_keeps_the_next_sentence_s_date_away(scoring):
    facts = extract(
        "Mongolia joined the United Nations in 1961.4 In 1997 Mongolia joined the World Trade "
        "Organization.",
        scoring,
        stem="footnotes",
    )[1]
    members = {(m["kz:member"][0], m["kz:startDate"][0]) for m in nodes_of(facts, "kz:Membership")}
    assert ("mng", date("1961")) in members and ("mng", date("1997")) in members, facts


def test_a_unit_square_and_a_word_footnote():
    masked = mask_text("An area of 18,000 km² near the OSCE² office.")
    assert "km²" in masked and "OSCE " in masked
    assert len(masked) == len("An area of 18,000 km² near the OSCE² office.")


def test_facts_either_side_of_a_superscript_footnote_keep_their_own_dates(scoring):
    facts = extract(
        "Turkmenistan joined the Economic Cooperation Organization in 1992.³ Azerbaijan "
        "joined the Organisation of Islamic Cooperation in 1991.⁴",
        scoring,
        stem="footnotes",
    )[1]
    members = {(m["kz:member"][0], m["kz:startDate"][0]) for m in nodes_of(facts, "kz:Membership")}
    assert members == {("tkm", date("1992")), ("aze", date("1991"))}, facts
