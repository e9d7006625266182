"""Facts lost to the register of pasted text (brief REC11): a transcript's speaker labels.

- A speaker label opening a line ("A: ", "AMBASSADOR: ", "Mr Ivanov (Russia): ";
  sentences.SPEAKER_LABEL) is masked, so the turn's words open their sentence: "A: Our country
  and B established ..." is read as "Our country and B established ...". Capitalised keys of
  fact sheets ("President: X", "Capital: X") and acronym keys ("CTBT: ...") stay keys.
- In an asker's turn ("Q:", "JOURNALIST:") a first person is the asker's, never the document's
  own state (references._asker_turn).
- In a delegate's turn ("Dr Sato (Japan): Our country ...") a first person is the state the
  label's bracket names; a label naming no state ("Ms Bauer: We ...") leaves it unresolved
  (references._own_state).
- A table whose header names a column of places ("Date | Event | Venue") gives a row's one city
  in that column to the signing or summit its event cell states, when the match ends the cell
  (layout._row_place, Layout.date_facts).
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples

from kzgraph.sentences import mask_text


def triples(text: str, written_from: str | None = None) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="rec11", written_from=written_from)


def with_property(found: set, prop: str) -> set[tuple[str, str, str]]:
    return {t for t in found if t[1] == prop}


@pytest.mark.parametrize(
    ("text", "written_from", "expected"),
    [
        (
            "A: Our country and Georgia established diplomatic relations on 6 June 1992.",
            "Armenia",
            ("arm", "hasDiplomaticRelationsWith", "geo"),
        ),
        (
            "AMBASSADOR: Our nation and Latvia established diplomatic relations on 1 July 1992.",
            "Estonia",
            ("est", "hasDiplomaticRelationsWith", "lva"),
        ),
        (
            "Dr Sato (Japan): Our country and Kazakhstan established diplomatic relations on"
            " 26 January 1992.",
            "Kazakhstan",
            ("jpn", "hasDiplomaticRelationsWith", "kaz"),
        ),
        (
            "Mr Ivanov (Russia): My country joined the World Trade Organization in 2012.",
            "Kazakhstan",
            ("rus", "memberOf", "wto"),
        ),
    ],
)
def test_speaker_turn_reads_its_first_person(text, written_from, expected):
    found = triples(text, written_from)
    assert expected in {(s, p, o) for s, p, o in found}


@pytest.mark.parametrize(
    ("text", "written_from", "prop"),
    [
        # an asker's turn: the journalist's country is not the document's
        ("Q: Our country joined the World Trade Organization in 2015. What changed?",
         "Kazakhstan", "memberOf"),
        ("JOURNALIST: We joined the World Trade Organization in 2015, didn't we?",
         "Kazakhstan", "memberOf"),
        ("INTERVIEWER: Our country and Latvia established diplomatic relations in 1992.",
         "Estonia", "hasDiplomaticRelationsWith"),
        # a delegate whose state the label does not name
        ("Ms Bauer: We joined the World Trade Organization in 1995.",
         "Kazakhstan", "memberOf"),
        ("Mr Ivanov (the moderator): Our country joined the World Trade Organization in 2012.",
         "Kazakhstan", "memberOf"),
    ],
)  # fmt: skip
def test_unknown_speakers_first_person_gives_nothing(text, written_from, prop):
    assert with_property(triples(text, written_from), prop) == set()


def test_named_state_in_an_askers_turn_still_read():
    found = triples("Q: Georgia joined the World Trade Organization in 2000. Why so early?")
    assert ("geo", "memberOf", "wto") in found


@pytest.mark.parametrize(
    "line",
    ["Capital: Astana", "President: Kassym-Jomart Tokayev", "CTBT: signed 30 September 1996",
     "Observer: Mongolia", "Applied: 2020"],
)  # fmt: skip
def test_keys_are_no_speaker_labels(line):
    assert mask_text(line) == line


@pytest.mark.parametrize(
    "line", ["A: Yes.", "Q: Why?", "AMBASSADOR: We did.", "MINISTER LAVROV: We did.",
             "Mr Ivanov (Russia): We did.", "Ms Bauer: We did."],
)  # fmt: skip
def test_speaker_labels_are_masked(line):
    masked = mask_text(line)
    assert len(masked) == len(line) and masked.lstrip()[:1] in ("Y", "W")


_EVENTS = "Dated events\nDate | Event | {header}\n"


@pytest.mark.parametrize("header", ["Place", "Venue", "Location", "City"])
def test_table_place_column_places_a_signing(header):
    text = _EVENTS.format(header=header) + (
        "17 March 2000 | Georgia and Armenia sign the Treaty on Friendship and Cooperation"
        " | Tbilisi"
    )
    found = triples(text)
    assert ("treaty-on-friendship-and-cooperation", "signingPlace", "tbilisi") in found


@pytest.mark.parametrize(
    "row",
    [
        # two cities, a phrase round the city, the match not ending its cell
        "17 March 2000 | Georgia and Armenia sign the Treaty on Friendship and Cooperation"
        " | Tbilisi and Yerevan",
        "17 March 2000 | Georgia and Armenia sign the Treaty on Friendship and Cooperation"
        " | near Tbilisi",
        "17 March 2000 | Georgia and Armenia sign the Treaty on Friendship and Cooperation,"
        " then meet in Batumi | Tbilisi",
    ],
)
def test_table_place_column_refuses_unclear_cells(row):
    found = triples(_EVENTS.format(header="Place") + row)
    assert with_property(found, "signingPlace") <= {
        ("treaty-on-friendship-and-cooperation", "signingPlace", "batumi")
    }
    assert ("treaty-on-friendship-and-cooperation", "signingPlace", "tbilisi") not in found


@pytest.mark.parametrize(
    "table",
    [
        # a column of places of birth, of populations, of distances: no event's place
        "Leaders\nDate | Event | Place of birth\n"
        "17 March 2000 | Georgia and Armenia sign the Treaty on Friendship and Cooperation"
        " | Tbilisi",
        "Cities\nYear | Event | Population\n"
        "2000 | Georgia and Armenia sign the Treaty on Friendship and Cooperation | 1.1 million",
        "Routes\nRoute | Distance | Place\nTbilisi | 250 km | Yerevan",
    ],
)
def test_tables_without_a_place_column_of_events_give_no_place(table):
    assert with_property(triples(table), "signingPlace") == set()


def test_a_long_table_finds_each_rows_header_in_one_step(monkeypatch):
    """Each row of a table finds its block's header through the row above (layout._block_top):
    the rows are read once each, not once per row below them (which made a pasted table of
    2,000 rows take 24 s of the extractor's time)."""
    from kzgraph import layout

    calls = []
    row_cells = layout._row_cells
    monkeypatch.setattr(
        layout, "_row_cells", lambda text, line: calls.append(line) or row_cells(text, line)
    )
    rows = "".join(f"{1900 + i} | Georgia and Armenia meet | Tbilisi\n" for i in range(300))
    last = (
        "17 March 2000 | Georgia and Armenia sign the Treaty on Friendship and Cooperation | Batumi"
    )
    found = triples(_EVENTS.format(header="Place") + rows + last)
    assert ("treaty-on-friendship-and-cooperation", "signingPlace", "batumi") in found
    assert len(calls) < 3 * 302
