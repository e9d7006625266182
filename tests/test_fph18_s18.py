"""Session 18's hunt for invented facts on texts of regions the extractor had not been tuned for
(brief FPH18: the Pacific Islands Forum, the Arctic Council, the Nordic Council, the OECS, the
Sahel ...). Each cause is mended in general and tested here in other wordings, with what must
still be found beside what must not:

- a demonym closing a list of names and qualifying the place after it ("the forum's members
  include Australia, New Zealand and the French territories of New Caledonia and French
  Polynesia", "founded by Denmark, Sweden and the Norwegian islands of Svalbard", "Sweden and the
  Finnish region of Åland"): the territory, region or island is no state, so the demonym's state
  is no item of the list (references._closed_by_place_demonym, lexicon list
  fph18-demonym-place-nouns). A list of demonyms only ("Russian and Chinese regions") and a
  demonym before a name of its state ("the French Republic") are left as they were;
- a heading that names a sea, ocean or other feature through a state's demonym or name
  ("Regional organisations of the Indian Ocean: key data", "The Gulf of Guinea: a timeline"):
  it names no state, so the chronology lines under it ("1985 – Treaty of Rarotonga signed.")
  are nobody's, not India's or Guinea's (layout._names_a_feature, lexicon list
  fph18-feature-nouns). A heading naming the state beside the feature still heads its lines.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="fph18")


def of_property(found: set, prop: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in found if p == prop}


PIF = "pacific-islands-forum"

# text -> (property, the pairs that must be found, the pairs that must not)
PLACE_DEMONYMS = {
    "members-include-territories-of": (
        "The Pacific Islands Forum's members include Samoa, Tonga and the French territories "
        "of New Caledonia and French Polynesia.",
        "memberOf",
        {("wsm", PIF), ("ton", PIF)},
        {("fra", PIF)},
    ),
    "members-including-territories": (
        "The Pacific Islands Forum has 18 members, including Australia, New Zealand and the "
        "French territories of New Caledonia and French Polynesia.",
        "memberOf",
        {("aus", PIF), ("nzl", PIF)},
        {("fra", PIF)},
    ),
    "dutch-islands-of": (
        "The Pacific Islands Forum's members include Vanuatu and the Dutch islands of Aruba "
        "and Curaçao.",
        "memberOf",
        {("vut", PIF)},
        {("nld", PIF)},
    ),
    "british-territory-mid-list": (
        "The Pacific Islands Forum's members include Fiji, the British territory of Pitcairn "
        "and Nauru.",
        "memberOf",
        {("fji", PIF)},
        {("gbr", PIF)},
    ),
    "danish-territory-of": (
        "The Pacific Islands Forum's members include Kiribati and the Danish territory of "
        "Greenland.",
        "memberOf",
        {("kir", PIF)},
        {("dnk", PIF)},
    ),
    "russian-regions-such-as": (
        "The Arctic Council's members include Iceland and Russian regions such as Murmansk.",
        "memberOf",
        {("isl", "arctic-council")},
        {("rus", "arctic-council")},
    ),
    "finnish-region-of": (
        "The Nordic Council's members include Norway and the Finnish region of Åland.",
        "memberOf",
        {("nor", "nordic-council")},
        {("fin", "nordic-council")},
    ),
    "overseas-collectivity": (
        "The Pacific Islands Forum's members include Palau and the French overseas "
        "collectivity of French Polynesia.",
        "memberOf",
        {("plw", PIF)},
        {("fra", PIF)},
    ),
    "speaking": (
        "The Pacific Islands Forum's members include Tuvalu and French-speaking New Caledonia.",
        "memberOf",
        {("tuv", PIF)},
        {("fra", PIF)},
    ),
    "founded-by-islands-of": (
        "The Nordic Council was founded in 1952 by Denmark, Sweden and the Norwegian islands "
        "of Svalbard.",
        "coFounderOf",
        {("dnk", "nordic-council"), ("swe", "nordic-council")},
        {("nor", "nordic-council")},
    ),
    "founded-by-british-territory": (
        "The Pacific Islands Forum was founded in 1971 by Australia, New Zealand, Fiji and the "
        "British territory of the Gilbert Islands.",
        "coFounderOf",
        {("aus", PIF), ("nzl", PIF), ("fji", PIF)},
        {("gbr", PIF)},
    ),
    "borders-region-of": (
        "Algeria borders Mali and the Nigerien region of Agadez.",
        "sharesBorderWith",
        {("dza", "mli")},
        {("dza", "ner")},
    ),
    # look-alikes that keep their state
    "a-plain-list": (
        "The Arctic Council's members include Canada, Denmark and Russia.",
        "memberOf",
        {("can", "arctic-council"), ("dnk", "arctic-council"), ("rus", "arctic-council")},
        set(),
    ),
    "french-republic": (
        "The Pacific Islands Forum's members include Fiji and the French Republic.",
        "memberOf",
        {("fji", PIF), ("fra", PIF)},
        set(),
    ),
    "the-territory-itself-listed": (
        "The Pacific Islands Forum's members include Fiji and French Polynesia.",
        "memberOf",
        {("fji", PIF), ("pyf", PIF)},
        set(),
    ),
    "territory-in-apposition": (
        "The Pacific Islands Forum's members include Fiji and Greenland, a Danish territory.",
        "memberOf",
        {("fji", PIF)},
        {("dnk", PIF)},
    ),
}


@pytest.mark.parametrize("case", PLACE_DEMONYMS.values(), ids=PLACE_DEMONYMS.keys())
def test_a_demonym_before_a_place_is_no_item_of_the_list(case):
    text, prop, wanted, unwanted = case
    found = of_property(triples(text), prop)
    found |= {(o, s) for s, o in found} if prop == "sharesBorderWith" else set()
    assert wanted <= found
    assert not unwanted & found


CHRONOLOGY = (
    "\n\nChronology\n1985 – Treaty of Rarotonga signed.\n"
    "1997 – Joined the Commonwealth of Independent States.\n"
)

# heading -> the state whose lines follow (None: nobody's)
FEATURE_HEADINGS = {
    "indian-ocean-key-data": ("Regional organisations of the Indian Ocean: key data", None),
    "indian-ocean-opening": ("Indian Ocean cooperation", None),
    "gulf-of-guinea": ("The Gulf of Guinea: a timeline", None),
    "bay-of-bengal": ("Cooperation around the Bay of Bengal", None),
    "lake-chad": ("The Lake Chad Basin Commission", None),
    "sea-of-japan": ("Security in the Sea of Japan", None),
    "indian-subcontinent": ("Trade on the Indian subcontinent", None),
    "plain-state": ("Guinea", "gin"),
    "state-and-feature": ("India and the Indian Ocean", "ind"),
    "demonym-title": ("Kazakh Foreign Policy", "kaz"),
    "possessive": ("Kazakhstan's foreign policy", "kaz"),
}


@pytest.mark.parametrize("case", FEATURE_HEADINGS.values(), ids=FEATURE_HEADINGS.keys())
def test_a_heading_naming_a_feature_names_no_state(case):
    heading, state = case
    found = triples(heading + CHRONOLOGY)
    signers = {o for s, p, o in found if p == "signatory" and s == "treaty-of-rarotonga"}
    members = {s for s, o in of_property(found, "memberOf")}
    assert signers == members == ({state} if state else set())
