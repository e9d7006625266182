"""Definite descriptions by head noun (references.jsonl's REF-s5 block, references._nearest):
"the grouping", "the military alliance", "the consortium", "the pipeline", "the accord",
"the company", "the deposit", "the city", "the two capitals", "the sides",
"The country" opening a sentence; and the look-alikes that must give nothing."""

from __future__ import annotations

import pytest
from fact_cases import named_cases
from fact_cases import nodes_of as _nodes
from fact_cases import triples_of as _triples

from kzgraph.documents import document_from_text
from kzgraph.extract import sentence_mentions
from kzgraph.gazetteer import default_gazetteer
from kzgraph.references import context_for, update_context
from kzgraph.sentences import iter_sentence_spans


def references(text: str) -> list[tuple[str, list[str]]]:
    """(surface, [entity keys]) of every resolved reference of ``text``, in order."""
    document = document_from_text(text, "t", {})
    context = context_for(document.written_from, default_gazetteer())
    found = []
    for offset, span in iter_sentence_spans(text):
        mentions = sentence_mentions(span, offset, text, context)
        found += [
            (text[m.start : m.end], [e.key for e in m.entities])
            for m in mentions
            if m.source == "reference"
            or (m.source == "group" and m.members[0].source == "reference")
        ]
        update_context(mentions, context, text, offset + span.start_char)
    return found


def _members(facts, organisation: str) -> set[str]:
    return {s for s, p, o in _triples(facts) if p == "kz:memberOf" and o == organisation}


# --- organisations --------------------------------------------------------------------------


def test_an_indefinite_or_a_modified_phrase_is_no_reference(facts):
    for phrase in ("a bloc", "another bloc", "the proposed union", "the future union"):
        text = f"Armenia belongs to the Eurasian Economic Union. Iran joined {phrase} in 2023."
        assert _members(facts(text), "eaeu") == {"arm"}, phrase


def test_a_head_noun_opening_a_longer_name_is_no_reference(facts):
    text = (
        "Belarus belongs to the Collective Security Treaty Organization. "
        "Serbia joined the alliance of Balkan states in 2013."
    )
    assert _members(facts(text), "csto") == {"blr"}


def test_a_new_paragraph_about_another_thing_breaks_the_reference(facts):
    text = (
        "Belarus and Russia set up the Collective Security Treaty Organization in 1992.\n\n"
        "The Trans-Balkan pipeline carries Russian gas to Turkey. "
        "Serbia joined the military alliance in 2013."
    )
    assert _members(facts(text), "csto") == set()


def test_a_name_in_the_same_clause_is_not_what_the_phrase_means():
    text = "Chevron holds a large stake in the company."
    assert references(text) == []
    text = "Chevron was founded in 1879, and the company later bought Texaco."
    assert references(text) == [("the company", ["chevron"])]


# --- treaties ---------------------------------------------------------------------------------


def test_the_accord_is_the_treaty_named_before(facts):
    text = (
        "Mongolia and China signed the Treaty on Friendly Relations in Ulaanbaatar on 5 June "
        "1994. The accord was signed by Russia too."
    )
    triples = _triples(facts(text))
    assert ("treaty-on-friendly-relations", "kz:signatory", "rus") in triples


def test_an_unnamed_accord_in_between_is_what_the_agreement_means(facts):
    text = (
        "The Treaty on Friendly Relations was signed in 1994. Mongolia and China also signed a "
        "trade accord. The agreement was signed in Beijing on 3 March 1995."
    )
    triples = _triples(facts(text))
    assert ("treaty-on-friendly-relations", "kz:signingPlace", "beijing") not in triples
    assert ("trade-accord-1995-03-03", "kz:signingPlace", "beijing") in triples


# --- energy, companies, places ------------------------------------------------------------------


def test_the_pipeline_is_the_pipeline_named_before(facts):
    text = (
        "The Trans-Balkan pipeline carries Russian gas to Turkey. Gazprom built the pipeline, "
        "which was completed in 2002."
    )
    triples = _triples(facts(text))
    assert ("trans-balkan-pipeline", "kz:builtBy", "gazprom") in triples
    assert ("trans-balkan-pipeline", "kz:completionDate", ("2002", "xsd:gYear")) in triples


def test_the_line_opening_a_sentence_is_the_pipeline_named_before(facts):
    text = (
        "Russian gas reaches Turkey under the Black Sea through the Blue Stream pipeline. The "
        "line was built by Gazprom and Eni and completed in 2003."
    )
    triples = _triples(facts(text))
    assert ("blue-stream-pipeline", "kz:builtBy", "eni") in triples
    assert ("blue-stream-pipeline", "kz:completionDate", ("2003", "xsd:gYear")) in triples
    text = (
        "The Blue Stream pipeline carries Russian gas to Turkey. This pipeline was completed in "
        "2003 and was built by Gazprom."
    )
    assert ("blue-stream-pipeline", "kz:builtBy", "gazprom") in _triples(facts(text))
    text = (
        "The Blue Stream pipeline carries Russian gas to Turkey. Italy and Russia were "
        "participants in the line."
    )
    assert ("blue-stream-pipeline", "kz:participantState", "ita") in _triples(facts(text))


def test_the_line_after_a_railway_two_pipelines_or_a_second_line_is_nothing(facts):
    for text in (
        "The Blue Stream pipeline carries Russian gas to Turkey. Turkey also built a railway "
        "to Georgia. The line was completed in 2017 and was built by Gazprom.",
        "Russian gas reaches Turkey through the Blue Stream pipeline and the TurkStream "
        "pipeline. The line was built by Gazprom and completed in 2003.",
        "The Blue Stream pipeline carries Russian gas to Turkey. A second line to Hungary was "
        "proposed in 2010. The line was built by Gazprom and completed in 2016.",
        "Turkey and Georgia opened a border crossing. The line was built by Gazprom and "
        "completed in 2016.",
    ):
        assert references(text) == [], text
        assert not [t for t in _triples(facts(text)) if t[1] == "kz:builtBy"], text


def test_the_project_is_no_pipeline_after_another_undertaking(facts):
    """ "the project" is no reference (any undertaking may be one): here the railway."""
    text = (
        "The Druzhba pipeline carries Russian crude to Europe. Kazakhstan built a railway to "
        "China. Poland joined the project in 1960."
    )
    assert not _nodes(facts(text), "kz:PipelineParticipation")


def test_the_deposit_is_the_field_named_before(facts):
    text = (
        "The Karachaganak field lies in the north-west of Kazakhstan. The deposit is developed "
        "by Eni and Shell."
    )
    assert ("eni", "kz:develops", "karachaganak-field") in _triples(facts(text))


def test_the_company_is_the_company_named_before(facts):
    text = "KazMunayGas was founded in 2002. The company develops the Kozhasai field."
    assert ("kazmunaygas", "kz:develops", "kozhasai-oil-field") in _triples(facts(text))


def test_the_city_is_the_city_named_before(facts):
    text = (
        "Erdogan paid a state visit to Astana on 12 October 2022. Mirziyoyev paid an official "
        "visit to the city in May 2023."
    )
    visits = _nodes(facts(text), "kz:StateVisit")
    assert {v["kz:destination"][0] for v in visits} == {"astana"}
    assert len(visits) == 2


# --- states -----------------------------------------------------------------------------------


def test_the_two_capitals_and_the_sides_are_the_pair_just_named():
    text = "Georgia and Turkey share a border. In 1992 the two capitals opened embassies."
    assert ("the two capitals", ["geo", "tur"]) in references(text)
    text = "Mongolia and Vietnam met in Hanoi in 1995. The sides signed a trade accord."
    assert ("The sides", ["mng", "vnm"]) in references(text)


def test_the_demonym_side_is_the_state_it_names(facts):
    text = (
        "Mongolia and Japan held talks in Tokyo. The Mongolian delegation signed the Treaty on "
        "Friendly Relations on 3 March 1995."
    )
    assert ("treaty-on-friendly-relations", "kz:signatory", "mng") in _triples(facts(text))


def test_the_country_after_a_fronted_date_in_a_text_about_two_states_is_nothing(facts):
    text = (
        "Mongolia joined the United Nations in 1961. Trade with Japan grew.\n\n"
        "In 1997 the country became a member of the World Trade Organization."
    )
    assert _members(facts(text), "wto") == set()


# --- defined terms ------------------------------------------------------------------------------


def test_a_defined_term_is_the_entity_it_was_defined_for(facts):
    text = (
        "Shell (“the Company”) reported its results on Monday. Eni holds a stake in Kashagan. "
        "The Company develops the Karachaganak field."
    )
    triples = _triples(facts(text))
    assert ("shell", "kz:develops", "karachaganak-field") in triples
    assert ("eni", "kz:develops", "karachaganak-field") not in triples


def test_another_unnamed_text_in_between_leaves_the_document_unresolved(facts):
    text = (
        "Mongolia and China signed the Treaty on Friendly Relations in 1994. In 2019 they adopted "
        "a joint statement on trade. The document was signed in Beijing on 3 March 2019."
    )
    triples = _triples(facts(text))
    assert ("treaty-on-friendly-relations", "kz:signingPlace", "beijing") not in triples


# --- pairs of one class -----------------------------------------------------------------------


def test_both_organisations_are_the_two_named_in_the_sentence_before(facts):
    text = (
        "Mongolia belongs to the Shanghai Cooperation Organisation and the Collective Security "
        "Treaty Organization. Serbia is a member of both organisations."
    )
    triples = _triples(facts(text))
    assert ("srb", "kz:memberOf", "csto") in triples
    assert ("srb", "kz:memberOf", "shanghai-cooperation-organisation") in triples


def test_both_blocs_after_three_or_one_organisations_is_nothing():
    three = (
        "The Shanghai Cooperation Organisation, the Eurasian Economic Union and the Collective "
        "Security Treaty Organization met. Serbia joined both blocs in 2010."
    )
    one = "Mongolia belongs to the Shanghai Cooperation Organisation. Serbia joined both blocs."
    assert references(three) == []
    assert references(one) == []


def test_the_initiative_is_the_programme_whose_name_holds_the_word(facts):
    text = (
        "China launched the Belt and Road Initiative in 2013. Italy joined the initiative in 2019."
    )
    triples = _triples(facts(text))
    assert ("ita", "kz:participatesInProgramme", "belt-and-road-initiative") in triples


def test_an_indefinite_that_introduces_another_thing_blocks_the_name_before(facts):
    text = (
        "Belarus belongs to the Collective Security Treaty Organization. In 2013 Serbia and "
        "Montenegro formed another alliance. Bosnia joined the alliance in 2015."
    )
    assert _members(facts(text), "csto") == {"blr"}


def test_companies_in_a_new_paragraph_keep_the_topic_of_the_one_before():
    text = (
        "Oman and Russia founded the Caspian Pipeline Consortium in 1992.\n\n"
        "In 1996 Chevron and Lukoil joined the consortium."
    )
    assert ("the consortium", ["caspian-pipeline-consortium"]) in references(text)
    text = (
        "Oman and Russia founded the Caspian Pipeline Consortium in 1992.\n\n"
        "The Atyrau–Samara pipeline carries oil to Russia. In 1996 Lukoil joined the consortium."
    )
    assert references(text) == []


def test_the_capitals_of_somewhere_are_no_pair():
    text = "Georgia and Turkey share a border. In 1992 the capitals of the region opened embassies."
    assert references(text) == []
    text = "Georgia and Turkey share a border. In 1992 both capitals opened embassies."
    assert ("both capitals", ["geo", "tur"]) in references(text)


# Named word lists (a references.jsonl "define" line, "@NAME" in a pattern's list): the
# following-word guard of the definite descriptions is written once, as HEAD_QUALIFIERS.


def _spelled_out(text: str) -> str:
    """references.jsonl's text with every "@NAME" item replaced by its defined words, every
    "@lexicon:ID" item by the words of that list of lexicon.jsonl."""
    import json
    import re

    from kzgraph import lexicon

    def listed(found: re.Match) -> str:
        return json.dumps(lexicon.phrases(found[1]), ensure_ascii=False)[1:-1]

    text = re.sub(r'"@lexicon:([a-z0-9-]+)"', listed, text)
    lists, lines = {}, []
    for line in text.splitlines():
        record = json.loads(line) if line.startswith("{") else None
        if record and "define" in record:
            lists |= {f'"@{name}"': words for name, words in record["define"].items()}
            continue
        for name, words in lists.items():
            line = line.replace(name, json.dumps(words, ensure_ascii=False)[1:-1])
        lines.append(line)
    return "\n".join(lines) + "\n"


def _data_dir(tmp_path, references: str):
    from kzgraph.resources import rules_dir

    (tmp_path / "names.jsonl").write_text(
        (rules_dir() / "names.jsonl").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (tmp_path / "references.jsonl").write_text(references, encoding="utf-8")
    return tmp_path


def test_an_undefined_word_list_is_reported_with_file_and_line(tmp_path):
    import pytest

    from kzgraph.errors import RuleFileError
    from kzgraph.mentions import build_matchers

    lines = [
        "// a comment",
        '{"id": "list-heads", "define": {"HEADS": ["bloc", "union"]}}',
        '{"id": "r1", "refers_to": "near:Organisation", "pattern": [{"LOWER": "the"}, '
        '{"LOWER": {"IN": ["@HEADS"]}}]}',
        '{"id": "r2", "refers_to": "near:Organisation", "pattern": [{"LOWER": "the"}, '
        '{"LOWER": {"IN": ["@HEADS"]}}, {"LOWER": {"NOT_IN": ["of", "@FOLLOWERS"]}}]}',
    ]
    directory = _data_dir(tmp_path, "\n".join(lines) + "\n")
    with pytest.raises(RuleFileError, match=r"references\.jsonl:4: undefined word list @FOLLOWERS"):
        build_matchers(default_gazetteer(), directory)
    # a list is defined before its first use: the same lines with the definition last fail too
    directory = _data_dir(tmp_path, "\n".join([lines[0], lines[2], lines[1]]) + "\n")
    with pytest.raises(RuleFileError, match=r"references\.jsonl:2: undefined word list @HEADS"):
        build_matchers(default_gazetteer(), directory)


def test_a_named_word_list_matches_as_its_words_spelled_out(tmp_path):
    from kzgraph.mentions import build_matchers, default_matchers
    from kzgraph.resources import rules_dir
    from kzgraph.sentences import pipeline

    shipped = (rules_dir() / "references.jsonl").read_text(encoding="utf-8")
    assert '"@HEAD_QUALIFIERS"' in shipped
    spelled = _spelled_out(shipped)
    assert "@" not in "".join(line for line in spelled.splitlines() if line.startswith("{"))
    named = default_matchers().rules
    plain = build_matchers(default_gazetteer(), _data_dir(tmp_path, spelled)).rules
    assert named.keys() == plain.keys()
    phrases = [
        "Mali joined the alliance in 2004 and left the alliance of Balkan states later.",
        "They signed the agreement on trade, and the agreement signed in Minsk, then the accord.",
        "The bloc known as GUAM met; the security bloc held talks with the bloc between them.",
        "Chevron bought the company, the company's stake, and the company that owns the pipeline.",
        "The pipeline's owners extended the pipeline to the port; the oil pipeline carries crude.",
        "The deposit under the sea, the oil field of the region and the same city were named.",
        "The memorandum establishing a fund and the declaration - a document - came later.",
    ]
    for phrase in phrases:
        doc = pipeline()(phrase)
        for rule_id, rule in named.items():
            other = plain[rule_id]
            assert rule.matcher(doc) == other.matcher(doc), (rule_id, phrase)
            assert (rule.excluded, rule.triggers) == (other.excluded, other.triggers)
    # the guard still works through the name: "the treaty on trade", "the agreement on trade"
    # and "the pipeline's" (its own extra words) refer to nothing; the bare heads do
    text = "Oman and Russia signed the Collective Security Treaty in 1992. Later Iran acceded to "
    assert references(text + "the treaty in 2001.") == [
        ("the treaty", ["collective-security-treaty"])
    ]
    assert references(text + "the treaty on trade in 2001.") == []
    text = "Oman and Russia signed the Treaty on Eternal Friendship in 1998. Later Iran joined "
    assert references(text + "the agreement in 2001.") == [
        ("the agreement", ["treaty-on-eternal-friendship"])
    ]
    assert references(text + "the agreement on trade.") == []
    text = "Oman and Russia built the Atyrau–Samara pipeline in 1970. The pipeline's owners met."
    assert references(text) == []


# --- cases of one shape: a text and what its phrase resolves to ---------------------------------
# (each case keeps the name its own test function had, as its id)

#: (text, a state, the organisation the phrase makes it a member of)
MEMBER_CASES = named_cases({
    "the_grouping_is_the_organisation_the_sentence_before_named": (
        (
            "Mongolia and Azerbaijan were admitted to the Organization of Turkic States in 2010. "
            "Hungary joined the grouping in 2018."
        ),
        "hun",
        "organization-of-turkic-states",
    ),
    "the_military_alliance_is_the_security_organisation_named_before": (
        (
            "Belarus, Armenia and Russia set up the Collective Security Treaty Organization in "
            "1992. Serbia joined the military alliance in 2013."
        ),
        "srb",
        "csto",
    ),
    "the_trade_bloc_is_the_economic_organisation_named_before": (
        "Armenia belongs to the Eurasian Economic Union. Iran joined the trade bloc in 2023.",
        "irn",
        "eaeu",
    ),
    "the_consortium_is_the_organisation_whose_name_holds_the_word": (
        (
            "Norway and Iceland created the Northern Gas Consortium in 1996. "
            "Denmark joined the consortium in 1999."
        ),
        "dnk",
        "northern-gas-consortium",
    ),
    "a_paragraph_opening_with_the_phrase_goes_on_with_the_one_before": (
        (
            "Belarus and Russia set up the Collective Security Treaty Organization in 1992.\n\n"
            "Serbia joined the military alliance in 2013."
        ),
        "srb",
        "csto",
    ),
    "the_country_opening_a_sentence_is_the_state_the_one_before_opened_with": (
        (
            "Moldova joined the United Nations in 1992. The country became a member of the World "
            "Trade Organization in 2001."
        ),
        "mda",
        "wto",
    ),
    "the_country_after_a_fronted_date_is_the_state_the_text_is_about": (
        (
            "Mongolia joined the United Nations in 1961. Trade with Japan grew, and Mongolia sold "
            "copper.\n\nIn 1997 the country became a member of the World Trade Organization."
        ),
        "mng",
        "wto",
    ),
    "an_indefinite_that_says_what_a_name_is_introduces_nothing_new": (
        (
            "The Collective Security Treaty Organization is a military alliance of six states. "
            "Serbia joined the alliance in 2013."
        ),
        "srb",
        "csto",
    ),
})  # fmt: skip


@pytest.mark.parametrize(("text", "state", "organisation"), MEMBER_CASES)
def test_the_phrase_is_the_organisation_the_state_joined(facts, text, state, organisation):
    assert state in _members(facts(text), organisation)


#: texts whose phrase refers to nothing
NOTHING_CASES = named_cases({
    "two_organisations_in_the_nearest_sentence_give_nothing": (
        (
            "The Black Sea Economic Cooperation Organization and the Eurasian Economic Union held "
            "talks in Baku. Iran joined the bloc in 2023."
        ),
    ),
    "the_gas_pipeline_needs_a_name_that_says_gas": (
        (
            "The Trans-Balkan pipeline carries Russian gas to Turkey. Gazprom built the gas "
            "pipeline, which was completed in 2002."
        ),
    ),
    "the_sides_after_a_sentence_of_three_states_is_nothing": (
        "Mongolia, Laos and Vietnam met in Hanoi in 1995. The sides signed a trade accord.",
    ),
    "the_country_after_a_sentence_opening_with_no_state_is_nothing": (
        (
            "The United Nations admitted Moldova and Georgia in 1992. The country became a member "
            "of the World Trade Organization in 2001."
        ),
    ),
    "the_demonym_side_of_something_is_no_reference": (
        "Trucks queued on the Mongolian side of the border for two days.",
    ),
    "a_capitalised_term_the_text_never_defined_is_nothing": (
        "Shell reported its results on Monday. The Company develops the Karachaganak field.",
    ),
    "the_initiative_after_a_programme_of_another_name_is_nothing": (
        "Kazakhstan joined the Partnership for Peace in 1994. Italy backed the initiative.",
    ),
})  # fmt: skip


@pytest.mark.parametrize("text", NOTHING_CASES)
def test_the_phrase_resolves_to_nothing(text):
    assert references(text) == []


#: (text, (a phrase, the keys of what it resolves to))
RESOLVED_CASES = named_cases({
    "a_protocol_to_the_treaty_is_not_the_treaty": (
        (
            "The Treaty on a Nuclear-Weapon-Free Zone in Central Asia entered into force in 2009. "
            "A protocol was later signed by the guarantors of the treaty."
        ),
        ("the treaty", ["canwfz"]),
    ),
    "the_sides_after_a_fronted_date_are_the_pair_just_named": (
        "Mongolia and Vietnam held talks in Hanoi. On 3 March 1995 the sides signed an accord.",
        ("the sides", ["mng", "vnm"]),
    ),
    "a_count_of_states_with_two_capitalised_words_is_the_list_just_named": (
        (
            "Estonia, Latvia and Lithuania met in Riga. All three Baltic Sea states signed an "
            "accord on energy."
        ),
        ("All three Baltic Sea states", ["est", "lva", "ltu"]),
    ),
    "the_two_companies_are_the_two_named_before_in_the_sentence": (
        "Shell holds a stake in Kashagan, and Eni too; the two companies also run Karachaganak.",
        ("the two companies", ["shell", "eni"]),
    ),
})  # fmt: skip


@pytest.mark.parametrize(("text", "resolved"), RESOLVED_CASES)
def test_the_phrase_resolves_to_the_entities_named_before(text, resolved):
    assert resolved in references(text)
