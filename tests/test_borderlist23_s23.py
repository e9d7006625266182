"""Border lengths in a key-value list of neighbours the extractor missed (session 23's brief
BORDERLIST23).

A "label: State L; State L" list (layout.py, fields.jsonl `field-neighbours`) already read
"Land borders: A 2,330 km; B 1,793 km" under a heading naming its state. Three wordings gave
nothing: a key naming its state as a possessor ("Ukraine's land borders: Russia 1,974 km ·
Belarus 1,084 km": `field-possessor-neighbours`, the possessor the subject, also for the items
after the first), a key with its total in brackets ("Land borders (6,893 km in total): ...":
the bracket left out of the key, the total no border), and a name with a bracket naming a part
of it before its length ("Russia (Kaliningrad) 261 km"). Look-alikes give nothing: a total
alone, pipelines, cities, distances, a coastline, a possessor's other list, an unknown item
with a figure or other words.
"""

from __future__ import annotations

import gold_scoring
import pytest
from fact_cases import extract, named_cases


def borders(text: str) -> set[tuple]:
    """(the two states sorted, length in km or "") of the text's border nodes."""
    _, facts = extract(text, gold_scoring, stem="borderlist23-s23")
    return {
        (
            tuple(sorted(props["kz:borderState"])),
            props.get("kz:lengthKm", [("", "")])[0][0],
        )
        for kind, cls, props in (f for f in facts if f[0] == "node")
        if cls == "kz:Border"
    }


READ = {
    "possessive-key-dotted": (
        "Ukraine\n\nUkraine’s land borders: Russia 1,974 km · Belarus 1,084 km · Moldova 1,222 km",
        {(("rus", "ukr"), "1974"), (("blr", "ukr"), "1084"), (("mda", "ukr"), "1222")},
    ),
    "possessive-key-not-the-heading": (
        "Kazakhstan\n\nUzbekistan's neighbours: Kazakhstan 2,330 km; Afghanistan 144 km",
        {(("kaz", "uzb"), "2330"), (("afg", "uzb"), "144")},
    ),
    "total-in-key-bracket": (
        "Uzbekistan: neighbours, blocs and treaties\n\n• Land borders (6,893 km in total):"
        " Kazakhstan 2,330 km; Turkmenistan 1,793 km; Afghanistan 144 km",
        {(("kaz", "uzb"), "2330"), (("tkm", "uzb"), "1793"), (("afg", "uzb"), "144")},
    ),
    "part-bracket-before-length": (
        "Lithuania – Country profile\n\n| Capital | Vilnius |\n| Borders | Latvia 544 km,"
        " Poland 104 km, Russia (Kaliningrad) 261 km |\n| Head of state | President Gitanas"
        " Nausėda |",
        {(("ltu", "lva"), "544"), (("ltu", "pol"), "104"), (("ltu", "rus"), "261")},
    ),
    "unknown-place-item-passed-over": (
        "About Egypt\nCapital: Cairo\nNeighbours: Libya (1,115 km), Sudan (1,276 km), Israel"
        " and the Gaza Strip",
        {(("egy", "lby"), "1115"), (("egy", "sdn"), "1276"), (("egy", "isr"), "")},
    ),
}


@pytest.mark.parametrize(("text", "expected"), named_cases(READ))
def test_neighbour_list_read(text, expected):
    assert borders(text) == expected


NOTHING = {
    "possessor-pipelines": "Kazakhstan\n\nUzbekistan's pipelines: Kazakhstan 1,200 km",
    "possessor-cities": "Kazakhstan\n\nKazakhstan's largest cities: Almaty 300 km; Shymkent 600 km",
    "total-distances": "Kazakhstan\n\nDistances (total 3,000 km): Russia 1,200 km; China 300 km",
    "coastline-total": "Kazakhstan\n\nCoastline (1,894 km in total): Caspian Sea 1,894 km",
    "total-alone": "Uzbekistan\n\nLand borders (6,893 km in total): see the map",
    "unknown-item-with-a-figure": "Kazakhstan\n\nNeighbours: Russia, China and Mars Colony 5",
    "unknown-item-with-words": "Kazakhstan\n\nNeighbours: Russia and formerly the Soviet Union",
    "possessor-planned": "Kazakhstan\n\nUzbekistan's planned railways: Kazakhstan 1,200 km",
}


@pytest.mark.parametrize("text", named_cases({k: (v,) for k, v in NOTHING.items()}))
def test_look_alikes_give_no_border(text):
    assert borders(text) == set()


def test_part_bracket_with_a_figure_still_refused():
    """A bracket holding a figure after a name is no part of it: nothing is guessed."""
    text = "Lithuania\n\nBorders: Latvia (about 500) 544 km, Poland 104 km"
    assert (("ltu", "lva"), "544") not in borders(text)
