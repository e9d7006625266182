"""linking: gazetteer entries and minted individuals."""

from __future__ import annotations

from kzgraph.gazetteer import default_gazetteer
from kzgraph.linking import gazetteer_ref, link_mentions, minted_ref
from kzgraph.mentions import Mention


def test_gazetteer_entries_carry_class_label_and_wikidata():
    kazakhstan = gazetteer_ref(default_gazetteer(), "kaz")
    assert (kazakhstan.cls, kazakhstan.label) == ("State", "Kazakhstan")
    assert kazakhstan.wikidata == "Q232"
    assert kazakhstan.kinds == ("State", "Place")


def test_a_typed_unknown_name_is_minted_under_its_slug():
    ref = minted_ref(default_gazetteer(), "Company", "Tethys Petroleum", acronym="TP")
    assert (ref.key, ref.cls, ref.label, ref.acronym) == ("tethys-petroleum", "Company",
                                                          "Tethys Petroleum", "TP")  # fmt: skip


def test_names_in_letters_without_a_decomposition_keep_them_in_their_key():
    """ "Tromsø" was minted as troms and "Łódź Terminal" as odz-terminal: NFKD has no base
    letter for ø, ł, æ, ß, ı; a name in another script had no key at all."""
    keys = {
        name: minted_ref(default_gazetteer(), "Company", name).key
        for name in ("Tromsø Shipping", "Łódź Terminal", "Straße Logistik", "Қазмұнайгаз Trading")
    }
    assert keys == {
        "Tromsø Shipping": "tromso-shipping",
        "Łódź Terminal": "lodz-terminal",
        "Straße Logistik": "strasse-logistik",
        "Қазмұнайгаз Trading": "qazmunaygaz-trading",
    }


def test_a_typed_name_the_gazetteer_knows_links_to_the_entry():
    mention = Mention(0, 10, (), "name", label="Shanghai Cooperation Organization",
                      cls="InternationalOrganisation")  # fmt: skip
    link_mentions([mention], default_gazetteer())
    assert [e.key for e in mention.entities] == ["shanghai-cooperation-organisation"]


def test_unnamed_treaties_wait_for_their_date():
    mention = Mention(0, 9, (), "unnamed", label="agreement", cls="Treaty")
    link_mentions([mention], default_gazetteer())
    [entity] = mention.entities
    assert entity.unnamed and entity.key == "" and entity.kinds == ("Treaty",)
