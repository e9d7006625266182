"""Short forms of names already given (references.py short_form, references.jsonl's REFS-s7
block): "the Bank" after "the Asian Infrastructure Investment Bank", "the Council", "the
Pipeline", "the Charter", "the Bank's members", a known name inside a treaty's title, a
capitalised term defined for nothing ("the Corporation"), a lowercase head right after its
name ("the movement"); and the look-alikes that must give nothing: another name ending in the
head ("the World Bank"), a qualified head ("the Bank of England", "The Bank for International
Settlements", "the Union State"), two things of that head, an unnamed one of its kind between,
no name before, generic lowercase heads ("the group"), a compound ("the energy market").
Counted plurals of the states just listed (strategy counted): "all three signatories", "both
signatories", "the five founding states"; a wrong count or an "of" phrase gives nothing."""

from __future__ import annotations

from fact_cases import triples_of as _triples

from kzgraph.documents import document_from_text
from kzgraph.extract import sentence_mentions
from kzgraph.gazetteer import default_gazetteer
from kzgraph.references import context_for, name_head, update_context
from kzgraph.sentences import iter_sentence_spans

AIIB = "asian-infrastructure-investment-bank"


def references(text: str) -> list[tuple[str, list[str]]]:
    """(surface, [entity keys]) of every resolved reference of ``text``, in order."""
    document = document_from_text(text, "t", {})
    context = context_for(document.written_from, default_gazetteer())
    found = []
    for offset, span in iter_sentence_spans(text):
        mentions = sentence_mentions(span, offset, text, context)
        found += [(text[m.start : m.end], [e.key for e in m.entities])
                  for m in mentions if m.source == "reference"]  # fmt: skip
        update_context(mentions, context, text, offset + span.start_char)
    return found


def _members(facts, organisation: str) -> set[str]:
    return {s for s, p, o in _triples(facts) if p == "kz:memberOf" and o == organisation}


# --- the head noun of a name ------------------------------------------------------------------


def test_the_head_of_a_name_is_its_last_word_or_a_titles_first_noun():
    assert name_head("Asian Infrastructure Investment Bank") == "bank"
    assert name_head("Charter of the Shanghai Cooperation Organisation") == "charter"
    assert name_head("Gulf Cooperation Council") == "council"
    assert name_head("Articles of Agreement of the Asian Infrastructure Investment Bank") == (
        "articles"
    )
    assert name_head("Agreement Creating the Eurasian Economic Community") == "agreement"
    assert name_head("Man and the Biosphere Programme") == "program"  # one spelling
    assert name_head("Kazatomprom") is None  # a one-word name has no head to shorten it to
    assert name_head("Kazakhstan-China Oil Pipeline") == "pipeline"


# --- capitalised short forms ------------------------------------------------------------------


def test_the_capitalised_head_is_the_name_given_before(facts):
    for wording, joined in (
        ("The Asian Infrastructure Investment Bank began lending in 2016. Georgia joined the "
         "Bank in 2017.", "geo"),
        ("The Asian Infrastructure Investment Bank opened in Beijing in 2016, and Georgia joined "
         "the Bank in 2017.", "geo"),
        ("Georgia joined the Asian Infrastructure Investment Bank in 2017. In 2019 Serbia joined "
         "the Bank.", "srb"),
    ):  # fmt: skip
        assert joined in _members(facts(wording), AIIB), wording
    text = (
        "The Asian Infrastructure Investment Bank began lending in 2016. Georgia joined the Bank "
        "in 2017."
    )
    assert references(text) == [("the Bank", [AIIB])]


def test_other_heads_and_this(facts):
    text = (
        "The Gulf Cooperation Council was founded in Abu Dhabi in 1981. Oman was a founding "
        "member of the Council."
    )
    assert ("omn", "kz:coFounderOf", "gulf-cooperation-council") in _triples(facts(text))
    text = (
        "The Eurasian Economic Community was set up in 2000. Uzbekistan joined this Community in "
        "2006."
    )
    assert _members(facts(text), "eurasec") == {"uzb"}
    text = (
        "The Kazakhstan-China Oil Pipeline was planned in 1997. The Pipeline was built by "
        "KazMunayGas and CNPC."
    )
    assert ("kazakhstan-china-oil-pipeline", "kz:builtBy", "cnpc") in _triples(facts(text))
    text = (
        "The Charter of the Shanghai Cooperation Organisation was adopted in 2002. Uzbekistan "
        "signed the Charter in 2002."
    )
    charter = "charter-of-the-shanghai-cooperation-organisation"
    assert (charter, "kz:signatory", "uzb") in _triples(facts(text))


def test_a_verb_after_an_organisations_head_but_not_a_treatys_participle():
    text = (
        "The Asian Infrastructure Investment Bank began lending in 2016. In 2019 the Bank signed "
        "a loan with Uzbekistan, and the Bank called for reforms."
    )
    assert references(text) == [("the Bank", [AIIB]), ("the Bank", [AIIB])]
    text = (
        "The Charter of the Shanghai Cooperation Organisation was adopted in 2002. Uzbekistan "
        "ratified the Charter signed in Minsk in 2003."
    )
    assert references(text) == []


def test_a_date_after_on_is_no_qualifier_of_the_head(facts):
    text = (
        "The Asian Infrastructure Investment Bank began lending in 2016. Georgia joined the Bank "
        "on 3 May 2017."
    )
    assert _members(facts(text), AIIB) == {"geo"}
    text = text.replace("on 3 May 2017", "on infrastructure")  # "the Bank on ...": another
    assert references(text) == []


def test_a_predecessor_alone_with_its_head_is_its_short_forms_thing(facts):
    text = (
        "The Organization of Turkic States grew out of the Turkic Council. The Council had "
        "admitted Uzbekistan in 2019."
    )
    council = "cooperation-council-of-turkic-speaking-states"
    assert _members(facts(text), council) == {"uzb"}


def test_a_possessive_short_form():
    text = (
        "The Asian Infrastructure Investment Bank began lending in 2016. Georgia became one of "
        "the Bank's members in 2017."
    )
    assert references(text) == [("the Bank", [AIIB])]


def test_a_known_name_inside_a_treaty_title_may_be_shortened(facts):
    text = (
        "The Articles of Agreement of the Asian Infrastructure Investment Bank were signed in "
        "Beijing in 2015. Kazakhstan joined the Bank in 2016."
    )
    assert _members(facts(text), AIIB) == {"kaz"}


def test_a_capitalised_term_defined_for_nothing_is_a_short_form():
    text = (
        "China National Petroleum Corporation bought PetroKazakhstan in 2005. In 1997 the "
        "Corporation had acquired a stake in Aktobemunaigas."
    )
    assert references(text) == [("the Corporation", ["cnpc"])]


def test_the_organisation_under_discussion_wins_between_two_of_a_head(facts):
    text = (
        "Kazakhstan borrows from the Asian Development Bank. The Eurasian Development Bank was "
        "founded in 2006. Armenia joined the Bank in 2009."
    )
    assert _members(facts(text), "eurasian-development-bank") == {"arm"}
    assert _members(facts(text), "adb") == set()


# --- lowercase short forms --------------------------------------------------------------------


def test_a_lowercase_head_right_after_its_name(facts):
    text = (
        "The Non-Aligned Movement was founded in Belgrade in 1961. Azerbaijan joined the "
        "movement in 2011."
    )
    assert _members(facts(text), "non-aligned-movement") == {"aze"}


# --- look-alikes --------------------------------------------------------------------------------


def test_another_name_or_a_qualified_head_is_no_short_form(facts):
    opening = "The Asian Infrastructure Investment Bank began lending in 2016. "
    for sentence in (
        "Georgia joined the World Bank in 1992.",
        "Georgia joined the Bank of England in 2017.",
        "The Bank for International Settlements admitted Georgia in 2017.",
        "Georgia joined the Bank – the Islamic Development Bank – in 2017.",
    ):
        assert _members(facts(opening + sentence), AIIB) == set(), sentence
    opening = "The Eurasian Economic Union was founded in 2014. "
    for sentence in ("Belarus joined the Union State in 1999.", "Ukraine left the Soviet Union."):
        assert _members(facts(opening + sentence), "eaeu") == set(), sentence


def test_two_names_of_a_head_give_nothing(facts):
    text = (
        "The Eurasian Development Bank and the Asian Development Bank both lend to Central Asia. "
        "Georgia joined the Bank in 2017."
    )
    triples = _triples(facts(text))
    assert not any(p == "kz:memberOf" and s == "geo" for s, p, _ in triples)
    text = (
        "The Asian Infrastructure Investment Bank began work in 2016. In the same year the "
        "World Bank lent Kazakhstan money. Georgia joined the Bank in 2017."
    )
    assert references(text) == []


def test_an_unnamed_one_of_its_kind_between_or_no_name_before_gives_nothing(facts):
    text = (
        "The Eurasian Development Bank was founded in 2006. In 2015 a new development bank was "
        "set up in Shanghai. Armenia joined the Bank in 2016."
    )
    assert _members(facts(text), "eurasian-development-bank") == set()
    assert references("Armenia joined the Bank in 2009.") == []


def test_generic_or_distant_lowercase_heads_give_nothing():
    text = "The Nuclear Suppliers Group was set up in 1974. Kazakhstan joined the group in 2002."
    assert references(text) == []
    capitalised = text.replace("the group", "the Group")
    assert references(capitalised) == [("the Group", ["nuclear-suppliers-group"])]
    text = (
        "The Non-Aligned Movement was founded in Belgrade in 1961. Kazakhstan became independent "
        "in 1991. Azerbaijan joined the movement in 2011."
    )
    assert references(text) == []


def test_a_head_official_prose_uses_on_its_own_is_no_short_form():
    text = (
        "Russia and Belarus formed the Union State in 1999. Under the treaty the State has a "
        "budget of its own."
    )
    assert references(text) == []


def test_a_lowercase_head_before_a_noun_or_a_head_that_is_a_name_gives_nothing():
    text = "Siemens Energy built a plant in Kazakhstan. Kazakhstan reformed the energy market."
    assert references(text) == []
    text = "Air Astana was founded in 2001. Leaders met at the Astana summit in 2010."
    assert references(text) == []


# --- counted plurals of the states just listed (strategy counted) -----------------------------


def test_a_counted_plural_is_the_list_of_that_many_states(facts):
    text = (
        "Armenia, Belarus and Kyrgyzstan signed the Minsk declaration in 2014. All three "
        "signatories are members of the Collective Security Treaty Organization."
    )
    assert _members(facts(text), "csto") == {"arm", "blr", "kgz"}
    text = (
        "Mongolia and China signed the Treaty on Friendly Relations in 1994. Both signatories "
        "are members of the Asian Development Bank."
    )
    assert _members(facts(text), "adb") == {"mng", "chn"}
    text = (
        "Armenia, Belarus and Kyrgyzstan met in Minsk in 2014. These three partners are members "
        "of the Collective Security Treaty Organization."
    )
    assert _members(facts(text), "csto") == {"arm", "blr", "kgz"}
    text = (
        "China, Russia, Kazakhstan, Kyrgyzstan and Tajikistan met in Shanghai in 1996. The five "
        "founding states set up the Shanghai Cooperation Organisation in 2001."
    )
    founders = {s for s, p, o in _triples(facts(text)) if p == "kz:coFounderOf"}
    assert founders == {"chn", "rus", "kaz", "kgz", "tjk"}


def test_a_count_that_is_not_the_lists_or_an_of_phrase_gives_nothing(facts):
    opening = "Armenia, Belarus and Kyrgyzstan signed the declaration in 2014. "
    for sentence in (
        "All four signatories are members of the Collective Security Treaty Organization.",
        "The three members of the committee joined the Collective Security Treaty Organization.",
    ):
        assert _members(facts(opening + sentence), "csto") == set(), sentence
    text = opening + (
        "Russia hosted a summit in 2015. The three founders are members of the Collective "
        "Security Treaty Organization."
    )
    assert _members(facts(text), "csto") == set()


# --- a capitalised head of another line's phrase ------------------------------------------------


def test_a_capitalised_head_is_the_thing_of_that_head_not_the_nearest_of_its_class(facts):
    text = (
        "Mongolia signed the Convention on Biological Diversity in 1992. It joined the Paris "
        "Agreement in 2016. Bhutan signed the Convention in 1992."
    )
    triples = _triples(facts(text))
    assert ("convention-on-biological-diversity", "kz:signatory", "btn") in triples
    assert ("paris-agreement", "kz:signatory", "btn") not in triples
    lowercase = text.replace("the Convention in", "the convention in")
    assert ("paris-agreement", "kz:signatory", "btn") in _triples(facts(lowercase))  # near:Treaty


def test_british_and_american_spellings_of_a_head_are_one_head(facts):
    text = (
        "Kazakhstan is a founding member of the Shanghai Cooperation Organisation. The "
        "Organization for Security and Co-operation in Europe was chaired by Lithuania in 2011. "
        "Mongolia joined the Organisation in 2012."
    )
    assert _members(facts(text), "osce") == {"mng"}
    assert _members(facts(text), "shanghai-cooperation-organisation") == set()


def test_the_company_of_a_press_release_is_its_issuer_not_another_company():
    text = (
        "KazMunayGas reported its results on Monday. North Caspian Operating Company produced "
        "more oil at Kashagan. The Company's net profit rose by 5 per cent."
    )
    assert references(text) == []
    text = (
        "North Caspian Operating Company reported its results on Monday. Kashagan produced more "
        "oil. The Company's net profit rose by 5 per cent."
    )
    assert references(text) == [("The Company", ["north-caspian-operating-company"])]


# --- reviewer A's look-alikes (FIX7A): no fact a reference cannot carry ----------------------


def _relation(facts, text: str, relation: str) -> set:
    return {t for t in _triples(facts(text)) if t[1] == relation}


def test_a_counted_plural_governed_in_its_clause_is_not_the_clauses_own_states(facts):
    text = (
        "Kazakhstan and Russia founded the Eurasian Economic Union in 2015. Turkey and Iran "
        "criticised the two founders, who joined the Collective Security Treaty Organization in "
        "2002."
    )
    assert _members(facts(text), "csto") == {"kaz", "rus"}  # the founders, not the critics
    for text, others in (
        (
            "Kazakhstan and Russia signed the Treaty on Good-Neighbourliness in 1998. Belarus and "
            "Armenia welcomed both signatories, which joined the CSTO in 2002.",
            {"blr", "arm"},
        ),
        (
            "Georgia, Armenia and Azerbaijan met in Tbilisi in 1999. Turkey, Iran and Russia "
            "courted the three partners, which had joined the Asian Development Bank.",
            {"tur", "irn", "rus"},
        ),
        (
            "Kazakhstan and Russia criticised Turkey and Iran. Both signatories joined the "
            "Collective Security Treaty Organization.",
            {"tur", "irn", "kaz", "rus"},
        ),
    ):
        members = {s for s, _, _ in _relation(facts, text, "kz:memberOf")}
        assert members & others == set(), text


def test_a_counted_plural_after_two_lists_of_its_count_gives_nothing(facts):
    for text, relation in (
        (
            "Kazakhstan, Russia and Belarus invited Armenia, Kyrgyzstan and Tajikistan to the "
            "summit. The three founders signed the Treaty on the Eurasian Economic Union in 2014.",
            "kz:signatory",
        ),
        (
            "Kazakhstan, Kyrgyzstan and Uzbekistan criticised Turkmenistan, Afghanistan and Iran. "
            "All three neighbours joined the Organisation of Islamic Cooperation.",
            "kz:memberOf",
        ),
        (
            "Armenia, Georgia and Azerbaijan met Latvia, Lithuania and Estonia in Riga. These "
            "three partners joined the Asian Development Bank.",
            "kz:memberOf",
        ),
    ):
        assert _relation(facts, text, relation) == set(), text


def test_a_counted_plural_in_apposition_or_opening_a_clause_is_the_states_before(facts):
    text = (
        "Armenia and Belarus, both signatories, joined the Collective Security Treaty "
        "Organization in 2002."
    )
    assert _members(facts(text), "csto") == {"arm", "blr"}
    text = (
        "Mongolia and China signed the Treaty on Friendly Relations in 1994, and both "
        "signatories joined the Asian Development Bank."
    )
    assert _members(facts(text), "adb") == {"mng", "chn"}


def test_a_short_form_does_not_pass_over_another_name_with_its_head(facts):
    for text, first in (
        (
            "Kazakhstan joined the Asian Development Bank in 1994. In 2001 the government founded "
            "the Development Bank of Kazakhstan. Russia joined the Bank in 2002.",
            "kaz",
        ),
        (
            "Mongolia joined the Asian Development Bank in 1991. Later it set up the Trade and "
            "Development Bank. Japan joined the Bank in 1993.",
            "mng",
        ),
        (
            "Kazakhstan joined the Asian Development Bank in 1994. The Bank of Astana opened in "
            "1996. Russia joined the Bank in 2002.",
            "kaz",
        ),
    ):
        assert _members(facts(text), "adb") == {first}, text


def test_a_short_form_in_a_sentence_set_before_the_things_time_gives_nothing(facts):
    for text in (
        "Kazakhstan joined the Eurasian Economic Union in 2015. In the Soviet era, Kazakhstan and "
        "Russia were founding members of the Union.",
        "Armenia joined the Eurasian Economic Union in 2015. Under the USSR, Armenia and Belarus "
        "were founding members of the Union.",
        "Kyrgyzstan joined the Eurasian Economic Union in 2015. Before 1991, Kyrgyzstan and "
        "Belarus were founding members of the Union.",
    ):
        assert _relation(facts, text, "kz:coFounderOf") == set(), text
    text = (
        "Kazakhstan joined the Eurasian Economic Union in 2015. Armenia, a former Soviet "
        "republic, joined the Union in 2015."
    )
    assert _members(facts(text), "eaeu") == {"kaz", "arm"}


def test_a_short_form_wins_over_the_organisation_line(facts):
    text = (
        "Kazakhstan joined the Shanghai Cooperation Organisation in 2001. Turkey applied to join "
        "the European Union in 1987; the Organisation admitted India in 2017."
    )
    assert ("ind", "kz:memberOf", "european-union") not in _triples(facts(text))
    text = (
        "Mongolia joined the Organization for Security and Co-operation in Europe in 2012. "
        "Georgia applied to join the European Union in 2022; the Organization admitted Albania "
        "in 1991."
    )
    assert ("alb", "kz:memberOf", "european-union") not in _triples(facts(text))


def test_a_description_with_its_own_route_is_another_thing(facts):
    opening = "Kazakhstan and China opened the Kazakhstan-China Oil Pipeline in 2006. "
    for sentence in (
        "In 2009 CNPC built the pipeline from Turkmenistan to China.",
        "Later CNPC built the pipeline through Uzbekistan.",
        "Later CNPC built the pipeline linking Turkmenistan and China.",
    ):
        assert _relation(facts, opening + sentence, "kz:builtBy") == set(), sentence
    text = opening + "CNPC built the pipeline in 2006."
    assert _relation(facts, text, "kz:builtBy") == {
        ("kazakhstan-china-oil-pipeline", "kz:builtBy", "cnpc")
    }
