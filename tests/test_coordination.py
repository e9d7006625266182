"""Coordination and ellipsis (gapping.py, data/gapping.jsonl): gapped continuations of a relation
match and fronted groups sharing its subject, with the look-alikes that must give nothing."""

from __future__ import annotations

import pytest

from kzgraph.documents import document_from_text
from kzgraph.errors import RuleFileError
from kzgraph.extract import extract_document, sentence_mentions
from kzgraph.gapping import align, default_gapping, load_gapping
from kzgraph.gazetteer import default_gazetteer
from kzgraph.references import context_for
from kzgraph.relations import extract_relations
from kzgraph.sentences import iter_sentence_spans


def facts_of(text: str, kind: str) -> list[dict]:
    """{role: sorted entity keys or value texts} of each fact of ``kind`` in a one-sentence text."""
    context = context_for(None, default_gazetteer())
    [(offset, span)] = list(iter_sentence_spans(text))
    mentions = sentence_mentions(span, offset, text, context)
    start = offset + span.start_char
    facts = extract_relations(text[start : offset + span.end_char], start, mentions, None)
    return [
        {role: sorted(k for m, slot in fillers for k in _filler(text, m, slot))
         for role, fillers in f.roles.items()}
        for f in facts if f.kind == kind
    ]  # fmt: skip


def _filler(text: str, mention, slot: str) -> str:
    keys = [e.key for e in mention.entities if slot in e.kinds]
    return keys or [text[mention.start : mention.end]]


def pairs(facts: list[dict], role: str, other: str) -> set[tuple[str, str]]:
    return {(k, ",".join(f.get(other, []))) for f in facts for k in f.get(role, [])}


# --- object gaps: the verb and subject left out, a new object and date restated --------------


def test_joined_two_organisations_each_with_its_own_date():
    facts = facts_of(
        "Tajikistan joined the Asian Development Bank in 1998 and the World Trade Organization "
        "in 2013.", "membership",
    )  # fmt: skip
    assert pairs(facts, "O", "D") == {("adb", "1998"), ("wto", "2013")}
    assert all(f["X"] == ["tjk"] for f in facts)


def test_a_list_of_prepositional_continuations_each_dated():
    facts = facts_of(
        "Uzbekistan established diplomatic relations with India on 18 March 1992, with Pakistan "
        "on 10 May 1992 and with Turkey on 4 March 1992.", "diplomatic-relations",
    )  # fmt: skip
    assert pairs(facts, "B", "D") == {
        ("ind", "18 March 1992"), ("pak", "10 May 1992"), ("tur", "4 March 1992"),
    }  # fmt: skip
    assert all(f["A"] == ["uzb"] for f in facts)


def test_a_continuation_after_a_date_attached_past_an_apposition():
    facts = facts_of(
        "Kyrgyzstan was admitted to the Asian Development Bank, a regional lender, on "
        "12 January 1994, and to the World Trade Organization on 20 December 1998.", "membership",
    )  # fmt: skip
    assert pairs(facts, "O", "D") == {
        ("adb", "12 January 1994"), ("wto", "20 December 1998"),
    }  # fmt: skip


def test_a_continuation_may_skip_a_bracketed_aside():
    facts = facts_of(
        "Azerbaijan joined the Organization for Security and Co-operation in Europe in 1992 and "
        "the Organisation of Islamic Cooperation (then the Organisation of the Islamic "
        "Conference) in 1991.", "membership",
    )  # fmt: skip
    assert ("oic", "1991") in pairs(facts, "O", "D")


def test_a_continuation_may_skip_a_comma_apposition_before_its_date():
    facts = facts_of(
        "Belarus joined the Eurasian Development Bank, the regional lender, in 2010 and the "
        "Asian Development Bank, a lender based in Manila, in 2016.", "membership",
    )  # fmt: skip
    assert ("adb", "2016") in pairs(facts, "O", "D")
    facts = facts_of(
        "Tajikistan was admitted to the United Nations on 2 March 1992 and joined the "
        "Organisation of Islamic Cooperation, then called the Organisation of the Islamic "
        "Conference, in 1992.", "membership",
    )  # fmt: skip
    assert ("oic", "1992") in pairs(facts, "O", "D")


def test_a_comma_aside_with_a_date_is_no_aside():
    # ", a lender since 1966," holds a date: the continuation cannot pass over it
    facts = facts_of(
        "Belarus joined the Eurasian Development Bank in 2010 and the Asian Development Bank, "
        "a lender since 1966, in 2016.", "membership",
    )  # fmt: skip
    assert pairs(facts, "O", "D") == {("eurasian-development-bank", "2010")}


def test_an_object_continuation_without_its_own_date_states_nothing():
    facts = facts_of(
        "Tajikistan joined the Asian Development Bank in 1998 and the World Trade Organization.",
        "membership",
    )
    assert pairs(facts, "O", "D") == {("adb", "1998")}


def test_a_list_that_never_closes_with_and_states_only_the_match():
    facts = facts_of(
        "Tajikistan joined the Asian Development Bank in 1998, the World Trade Organization in "
        "2013.", "membership",
    )  # fmt: skip
    assert pairs(facts, "O", "D") == {("adb", "1998")}


def test_a_bare_name_that_could_be_either_party_states_nothing():
    # "..., and Pakistan on D": Pakistan established relations with India, or Uzbekistan with
    # Pakistan? Both are states, so the continuation is not read.
    facts = facts_of(
        "Uzbekistan established diplomatic relations with India on 18 March 1992, and Pakistan "
        "on 10 May 1992.", "diplomatic-relations",
    )  # fmt: skip
    assert pairs(facts, "B", "D") == {("ind", "18 March 1992")}
    assert all(f["A"] == ["uzb"] for f in facts)


def test_a_continuation_that_keeps_the_object_is_no_gap():
    # "and in Moscow in 1999": the same treaty signed again elsewhere? No second fact
    facts = facts_of(
        "Tajikistan signed the Collective Security Treaty in Tashkent in 1992 and in Moscow in "
        "1999.", "treaty-signed",
    )  # fmt: skip
    assert [f.get("P") for f in facts] == [["tashkent"]]


def test_a_negated_match_has_no_continuation():
    facts = facts_of(
        "Tajikistan did not join the Asian Development Bank in 1998 and the World Trade "
        "Organization in 2013.", "membership",
    )  # fmt: skip
    assert facts == []


# --- subject gaps and pro-forms: a new subject, the rest of the clause understood -----------


def test_new_subjects_with_their_own_dates_share_the_organisation():
    facts = facts_of(
        "Russia joined the Eurasian Development Bank in 2006, Armenia in 2009 and Belarus in "
        "2010.", "membership",
    )  # fmt: skip
    assert pairs(facts, "X", "D") == {("rus", "2006"), ("arm", "2009"), ("blr", "2010")}
    assert all(f["O"] == ["eurasian-development-bank"] for f in facts)


def test_a_new_subject_must_close_its_clause():
    facts = facts_of(
        "Russia joined the Eurasian Development Bank in 2006, and Armenia in 2009 opened an "
        "embassy in Moscow.", "membership",
    )  # fmt: skip
    assert pairs(facts, "X", "D") == {("rus", "2006")}


def test_a_new_subject_with_a_list_of_dates_states_nothing():
    facts = facts_of(
        "Russia joined the Eurasian Development Bank in 2006, and Armenia in 2009 and 2010.",
        "membership",
    )
    assert pairs(facts, "X", "D") == {("rus", "2006")}


def test_did_the_same_gives_the_new_subject_the_whole_clause():
    facts = facts_of(
        "China established diplomatic relations with Turkmenistan on 6 January 1992, and India "
        "did the same on 20 April 1992.", "diplomatic-relations",
    )  # fmt: skip
    assert {(",".join(f["A"]), ",".join(f["B"]), ",".join(f["D"])) for f in facts} == {
        ("chn", "tkm", "6 January 1992"), ("ind", "tkm", "20 April 1992"),
    }  # fmt: skip


def test_a_pro_form_without_a_date_after_a_dated_match_states_nothing():
    facts = facts_of(
        "China established diplomatic relations with Turkmenistan on 6 January 1992, and India "
        "did the same.", "diplomatic-relations",
    )  # fmt: skip
    assert [f["A"] for f in facts] == [["chn"]]


# --- companions: a fronted group shares the subject's role ---------------------------------


def test_a_fronted_group_shares_the_subject():
    facts = facts_of(
        "Along with Armenia and Kyrgyzstan, Belarus joined the Eurasian Development Bank in 2010.",
        "membership",
    )
    assert [sorted(f["X"]) for f in facts] == [["arm", "blr", "kgz"]]


def test_a_fronted_group_after_a_numbered_point_marker():
    facts = facts_of(
        "3) Together with Russia and Tajikistan, Kyrgyzstan founded the Collective Security "
        "Treaty Organization in 2002.", "co-founding",
    )  # fmt: skip
    assert [sorted(f["X"]) for f in facts] == [["kgz", "rus", "tjk"]]


def test_a_group_inside_a_clause_is_no_companion():
    # "said that together with X, ...": the group must open the sentence or follow punctuation
    facts = facts_of(
        "Russia said that together with China, Kazakhstan founded the Shanghai Cooperation "
        "Organisation.", "co-founding",
    )  # fmt: skip
    assert all("chn" not in f["X"] for f in facts)


def test_a_fronted_group_after_a_fronted_date():
    facts = facts_of(
        "In 2001, together with China, Russia founded the Shanghai Cooperation Organisation.",
        "co-founding",
    )
    assert [sorted(f["X"]) for f in facts] == [["chn", "rus"]]


@pytest.mark.parametrize(
    "text",
    [
        "Unlike Armenia and Kyrgyzstan, Belarus joined the Eurasian Development Bank in 2010.",
        "Together with the World Bank, Belarus joined the Eurasian Development Bank in 2010.",
        "Along with Armenia's support, Belarus joined the Eurasian Development Bank in 2010.",
    ],
)
def test_a_fronted_phrase_that_is_no_group_of_states_adds_nobody(text):
    facts = facts_of(text, "membership")
    assert [f["X"] for f in facts] == [["blr"]]


def test_as_did_and_so_did_give_the_new_subject_an_undated_clause():
    for text in (
        "Kyrgyzstan joined the Eurasian Development Bank, as did Armenia.",
        "Kyrgyzstan joined the Eurasian Development Bank, and so did Armenia.",
    ):
        facts = facts_of(text, "membership")
        assert sorted(",".join(f["X"]) for f in facts) == ["arm", "kgz"], text


def test_so_is_and_as_is_after_a_membership():
    for text in (
        "Belarus and Russia are members of the Collective Security Treaty Organization; so is "
        "Tajikistan.",
        "Belarus is a member of the Collective Security Treaty Organization, as is Tajikistan.",
    ):
        facts = facts_of(text, "membership")
        assert any(f["X"] == ["tjk"] and f["O"] == ["csto"] for f in facts), text


def test_as_did_after_a_dated_match_states_nothing():
    # Armenia's date is not said: a node without it, or with Kyrgyzstan's, would be wrong
    facts = facts_of("Kyrgyzstan joined the Eurasian Development Bank in 2011, as did Armenia.",
                     "membership")  # fmt: skip
    assert [f["X"] for f in facts] == [["kgz"]]


# --- respectively: a list of dates paired with a group, in order ---------------------------


def test_the_respectively_line_ships_for_dated_kinds():
    gapping = default_gapping()
    assert gapping.allows("respectively", "membership") is not None
    assert gapping.allows("respectively", "diplomatic-relations") is not None
    assert gapping.allows("respectively", "treaty-signed") is None


def test_respectively_pairs_each_member_with_its_date():
    facts = facts_of(
        "Tajikistan, Uzbekistan and Turkmenistan joined the Asian Development Bank in 1998, "
        "1995 and 2000, respectively.", "membership",
    )  # fmt: skip
    assert pairs(facts, "X", "D") == {("tjk", "1998"), ("uzb", "1995"), ("tkm", "2000")}


def test_respectively_pairs_the_other_party_of_relations_with_its_date():
    facts = facts_of(
        "Mongolia established diplomatic relations with Latvia and Estonia in 1991 and 1992 "
        "respectively.", "diplomatic-relations",
    )  # fmt: skip
    assert pairs(facts, "B", "D") == {("lva", "1991"), ("est", "1992")}
    assert all(f["A"] == ["mng"] for f in facts)


@pytest.mark.parametrize(
    "text",
    [
        # a lesser status follows the closing word
        "Mongolia and Nepal joined the Asian Development Bank in 1991 and 1966, respectively, "
        "as observers.",
        # a hedge on the verb
        "Mongolia and Nepal are expected to join the Asian Development Bank in 2031 and 2032, "
        "respectively.",
    ],
)
def test_a_hedged_respectively_states_nothing(text):
    assert facts_of(text, "membership") == []


@pytest.mark.parametrize(
    "text",
    [
        # as many dates as members, but no "respectively": whose date is whose?
        "Armenia and Kyrgyzstan joined the Eurasian Economic Union on 2 January 2015 and "
        "12 August 2015.",
        # three members, two dates
        "Armenia, Belarus and Kyrgyzstan joined the Eurasian Economic Union in 2015 and 2016 "
        "respectively.",
    ],
)
def test_dates_that_do_not_pair_with_the_group_state_nothing(text):
    assert facts_of(text, "membership") == []


# --- a detached group beside the subject ----------------------------------------------------


def test_a_detached_group_beside_the_subject_shares_its_role():
    facts = facts_of(
        "Azerbaijan and Georgia, together with Moldova and Ukraine, founded the GUAM "
        "Organization for Democracy and Economic Development in 1997.", "co-founding",
    )  # fmt: skip
    assert [sorted(f["X"]) for f in facts] == [["aze", "geo", "mda", "ukr"]]


@pytest.mark.parametrize(
    "text",
    [
        # the group is no state: it cannot share a state's role
        "Kyrgyzstan, along with the Asian Development Bank, joined the Eurasian Development Bank "
        "in 2011.",
        # a verb no rule of a companion kind reads
        "Kyrgyzstan, along with Armenia, criticised the Eurasian Development Bank in 2011.",
    ],
)
def test_a_detached_phrase_adds_nobody_where_it_cannot(text):
    facts = facts_of(text, "membership")
    assert all("arm" not in f["X"] and "adb" not in f["X"] for f in facts)


# --- a second verb phrase sharing the subject -----------------------------------------------


def test_a_second_verb_phrase_takes_the_subject_and_a_fronted_date():
    text = (
        "On 15 June 2001 China, Kazakhstan, Kyrgyzstan, Russia, Tajikistan and Uzbekistan signed "
        "the Declaration on the Establishment of the Shanghai Cooperation Organisation in Shanghai "
        "and thereby founded the Shanghai Cooperation Organisation."
    )
    [founding] = facts_of(text, "co-founding")
    assert founding["X"] == sorted(["chn", "kaz", "kgz", "rus", "tjk", "uzb"])
    assert founding["O"] == ["shanghai-cooperation-organisation"]
    assert founding["D"] == ["15 June 2001"]


def test_a_second_verb_phrase_with_its_own_date():
    facts = facts_of(
        "Kyrgyzstan chaired the Collective Security Treaty Organization in 2013 and joined the "
        "Eurasian Economic Union on 12 August 2015.", "membership",
    )  # fmt: skip
    assert pairs(facts, "X", "D") == {("kgz", "12 August 2015")}


def test_a_second_verb_phrase_of_a_rule_with_a_role_from_context_is_not_read():
    # "joined it": "it" is resolved from what comes before the whole match, not the SCO here
    text = (
        "Tajikistan joined the World Trade Organization in 2013. Russia chaired the Shanghai "
        "Cooperation Organisation in 2019 and joined it in 2001."
    )
    extraction = extract_document(document_from_text(text, "t"))
    members = {
        (q.subject.value.rsplit("/", 1)[-1], q.object.value.rsplit("/", 1)[-1])
        for q in extraction.quads if q.predicate.value.endswith("#memberOf")
    }  # fmt: skip
    assert ("rus", "wto") not in members


@pytest.mark.parametrize(
    "text",
    [
        # the first verb's date sits in its own phrase: the joining date is not said
        "Kyrgyzstan chaired the Collective Security Treaty Organization in 2013 and joined the "
        "Eurasian Economic Union.",
        # a new subject after "and": not a shared one
        "Kyrgyzstan chaired the Collective Security Treaty Organization in 2013 and Armenia "
        "joined the Eurasian Economic Union in 2015.",
        # a modal or an adverb the continuation cannot read
        "Kyrgyzstan chaired the Collective Security Treaty Organization in 2013 and will join "
        "the Eurasian Economic Union in 2015.",
        "Kyrgyzstan chaired the Collective Security Treaty Organization in 2013 and reportedly "
        "joined the Eurasian Economic Union in 2015.",
        # a list of dates after the second verb
        "Kyrgyzstan chaired the Collective Security Treaty Organization in 2013 and joined the "
        "Eurasian Economic Union in 2015 and 2016.",
    ],
)
def test_a_verb_phrase_that_cannot_share_the_subject_states_nothing(text):
    assert not any("kgz" in f["X"] for f in facts_of(text, "membership"))


# --- a verb whose object is left out: the organisation of the clause before -----------------


def test_joined_without_an_object_after_a_founding_takes_its_organisation():
    facts = facts_of(
        "Belarus, Kazakhstan and Russia founded the Eurasian Economic Union on 29 May 2014; "
        "Armenia joined on 2 January 2015, and Kyrgyzstan on 12 August 2015.", "membership",
    )  # fmt: skip
    assert pairs(facts, "X", "D") == {("arm", "2 January 2015"), ("kgz", "12 August 2015")}
    assert all(f["O"] == ["eaeu"] for f in facts)


@pytest.mark.parametrize(
    "text",
    [
        # no date: nothing says the clause ends at "joined"
        "Belarus and Russia founded the Eurasian Economic Union in 2014, and Armenia joined.",
        # two organisations before: which one?
        "Belarus and Russia founded the Eurasian Economic Union and the Eurasian Development Bank "
        "in 2014; Armenia joined in 2015.",
        # the clause before states no membership, and names two organisations: which one?
        # (with one, "Armenia joined in 2015" joins the organisation under discussion, as after
        # "Belarus criticised the Eurasian Development Bank in 2014"; the leaving word "left"
        # blocked it only while it blocked every membership of its sentence, before 5841520)
        "Belarus left the Eurasian Development Bank and the Collective Security Treaty Organization"
        " in 2014; Armenia joined in 2015.",
        # the clause goes on past its date
        "Belarus and Russia founded the Eurasian Economic Union in 2014, and Armenia joined in "
        "2015 as an observer.",
        # a list of dates: which one?
        "Belarus and Russia founded the Eurasian Economic Union in 2014, and Armenia joined in "
        "2015 and 2016.",
    ],
)
def test_a_left_out_object_that_is_unsure_gives_nothing(text):
    # the whole pipeline: a rule of its own may read "; Armenia joined in 2015" with the
    # organisation from context, and finds none here
    assert not any(member == "arm" for member, _ in _memberships(text))


# --- an aside between the subject and its verb is read past --------------------------------


def test_a_list_of_states_shares_a_verb_past_an_apposition():
    facts = facts_of(
        "Azerbaijan, Georgia, Moldova and Ukraine, all former Soviet republics, are members of "
        "the GUAM Organization for Democracy and Economic Development.", "membership",
    )  # fmt: skip
    assert [sorted(f["X"]) for f in facts] == [["aze", "geo", "mda", "ukr"]]


def test_the_apposition_keeps_its_own_fact_and_the_main_clause_gets_its_own():
    facts = facts_of(
        "Tajikistan, a member of the Collective Security Treaty Organization, joined the World "
        "Trade Organization in 2013.", "membership",
    )  # fmt: skip
    assert pairs(facts, "O", "D") == {("csto", ""), ("wto", "2013")}


@pytest.mark.parametrize(
    "text",
    [
        # the aside closes a list item: "X, the host, and Y signed" is no reading of X alone
        "Tajikistan, the host, and Armenia joined the World Trade Organization in 2013.",
        # a hedge inside the aside: no second reading
        "Tajikistan, which reportedly applied, joined the World Trade Organization in 2013.",
        # the aside ends a clause: what follows its comma is a preposition
        "Tajikistan, a landlocked state, in 2013 the World Trade Organization admitted.",
    ],
)
def test_an_aside_that_is_no_subject_s_aside_is_not_read_past(text):
    assert not any(f.get("X") == ["tjk"] for f in facts_of(text, "membership"))


# --- "A and, later, X": a first conjunct set off by an adverb --------------------------------


def test_a_first_conjunct_before_and_later_shares_an_undated_clause():
    for text in (
        "Belarus and, later, Armenia joined the Eurasian Development Bank.",
        "Belarus and subsequently Armenia joined the Eurasian Development Bank.",
    ):
        facts = facts_of(text, "membership")
        assert [sorted(f["X"]) for f in facts] == [["arm", "blr"]], text


def test_a_date_set_off_before_the_last_conjunct_is_its_own():
    facts = facts_of(
        "Belarus, Kazakhstan and, since 2015, Armenia and Kyrgyzstan are members of the "
        "Eurasian Economic Union.", "membership",
    )  # fmt: skip
    assert sorted((tuple(f["X"]), tuple(f.get("D", []))) for f in facts) == [
        (("arm", "kgz"), ("2015",)), (("blr", "kaz"), ()),
    ]  # fmt: skip
    facts = facts_of(
        "Belarus, Kazakhstan and, in 2015, Armenia joined the Eurasian Economic Union.",
        "membership",
    )
    assert sorted((tuple(f["X"]), tuple(f.get("D", []))) for f in facts) == [
        (("arm",), ("2015",)), (("blr", "kaz"), ()),
    ]  # fmt: skip


def test_a_set_off_date_the_rule_cannot_take_drops_the_fact():
    # "among the members" takes no date: Armenia's fact would lack the one the sentence gives
    facts = facts_of(
        "Belarus and, since 2015, Armenia are among the members of the Eurasian Economic Union.",
        "membership",
    )
    assert not any("arm" in f["X"] for f in facts)


@pytest.mark.parametrize(
    "text",
    [
        # the date would be Armenia's; Belarus's is not said
        "Belarus and, later, Armenia joined the Eurasian Development Bank in 2009.",
        # the first conjunct belongs to a phrase, not to the clause's subject
        "Talks with Belarus and later Armenia joined the Eurasian Development Bank.",
    ],
)
def test_a_first_conjunct_that_is_unsure_is_left_out(text):
    assert not any("blr" in f["X"] for f in facts_of(text, "membership"))


# --- the data and the aligner --------------------------------------------------------------


def test_gap_lines_are_checked(tmp_path):
    path = tmp_path / "gapping.jsonl"
    path.write_text('{"id": "x", "gap": "sideways", "kinds": ["membership"]}\n')
    with pytest.raises(RuleFileError, match="gap must be one of"):
        load_gapping(path)
    path.write_text('{"id": "x", "gap": "pro-form", "kinds": ["membership"]}\n')
    with pytest.raises(RuleFileError, match="needs words"):
        load_gapping(path)
    path.write_text('{"id": "x", "gap": "pro-form", "kinds": ["a"], "words": ["did so"]}\n')
    with pytest.raises(RuleFileError, match="one"):
        load_gapping(path)
    path.write_text('{"id": "x", "gap": "left-out-object", "kinds": ["membership"]}\n')
    with pytest.raises(RuleFileError, match="needs rule and role"):
        load_gapping(path)
    path.write_text(
        '{"id": "x", "gap": "colon-list", "kinds": ["a"], "words": ["ties with"], "rule": "r", '
        '"role": "B"}\n'
    )
    with pytest.raises(RuleFileError, match="needs verbs"):
        load_gapping(path)


def test_the_aligner_reads_every_token_or_nothing():
    from kzgraph.sentences import pipeline

    doc = pipeline().make_doc("to the bank")
    the, to = {"NORM": "the", "OP": "?"}, {"NORM": {"IN": ["to", "into"]}}
    assert align(list(doc), [to, the, {"NORM": "bank"}]) == [0, 1, 2]
    assert align(list(doc[:1]) + list(doc[2:]), [to, the, {"NORM": "bank"}]) == [0, 2]
    assert align(list(doc), [to, {"NORM": "bank"}]) is None


# --- continuations after a trigger fallback fact (extract.py) -------------------------------


def _memberships(text: str) -> set[tuple[str, str]]:
    from kzgraph.namespaces import KZ, KZR

    quads = extract_document(document_from_text(text, "t")).quads
    return {
        (q.subject.value.removeprefix(KZR), q.object.value.removeprefix(KZR))
        for q in quads if q.predicate.value == KZ + "memberOf"
    }  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Mongolia obtained membership in the World Trade Organization in 1997, and Nepal in 2004.",
        "Mongolia obtained membership in the World Trade Organization in 1997, and Nepal did "
        "likewise in 2004.",
    ],
)
def test_a_trigger_fact_has_gapped_continuations(text):
    assert _memberships(text) == {("mng", "wto"), ("npl", "wto")}


@pytest.mark.parametrize(
    "text",
    [
        # a date list, a hedge, no date of its own
        "Mongolia obtained membership in the World Trade Organization in 1997, and Nepal in 2004 "
        "and 2005.",
        "Mongolia obtained membership in the World Trade Organization in 1997, and Nepal "
        "probably in 2004.",
        "Mongolia obtained membership in the World Trade Organization in 1997, and Nepal did "
        "likewise.",
    ],
)
def test_an_unsure_continuation_of_a_trigger_fact_states_nothing(text):
    assert ("npl", "wto") not in _memberships(text)


# --- a list of gapped items after a colon (colon-list) --------------------------------------

GULF = (
    "Diplomatic ties with the Gulf monarchies were established over the next months: with "
    "Qatar on 3 March 1993, with Oman in April 1993 and with Kuwait on 5 May 1993."
)


def _relations(text: str, written_from: str | None = "Mongolia") -> set[tuple[str, str]]:
    from kzgraph.namespaces import KZ, KZR

    metadata = {"written_from": written_from} if written_from else None
    quads = extract_document(document_from_text(text, "t", metadata)).quads
    return {
        (q.subject.value.removeprefix(KZR), q.object.value.removeprefix(KZR))
        for q in quads if q.predicate.value == KZ + "date"
    }  # fmt: skip


def test_each_item_after_the_colon_is_the_document_state_s_relations():
    assert _relations(GULF) == {
        ("diplomatic-relations-mng-qat-1993-03-03", "1993-03-03"),
        ("diplomatic-relations-mng-omn-1993-04", "1993-04"),
        ("diplomatic-relations-kwt-mng-1993-05-05", "1993-05-05"),
    }


def test_a_colon_list_without_the_document_state_states_nothing():
    assert _relations(GULF, written_from=None) == set()


@pytest.mark.parametrize(
    "text",
    [
        # the head says no establishment, or hedges it, or negates it
        "Diplomatic relations with the West were severed: with France on 1 May 1990 and with "
        "Spain on 2 May 1990.",
        "Diplomatic relations with the Gulf states may be established soon: with Qatar on "
        "3 March 2031 and with Oman on 5 May 2031.",
        "Diplomatic relations with the Gulf states were not established: with Qatar on "
        "3 March 1993 and with Oman on 5 May 1993.",
        # the head names a state itself: whose relations are the items?
        "Diplomatic relations with Russia followed: with Qatar on 3 March 1993 and with Oman on "
        "5 May 1993.",
        # a list that never closes with "and", an item without its date, a date list
        "Diplomatic relations with the Gulf states followed: with Qatar on 3 March 1993, with "
        "Oman on 5 May 1993.",
        "Diplomatic relations with the Gulf states followed: with Qatar on 3 March 1993 and with "
        "Oman.",
        "Diplomatic relations with the Gulf states followed: with Qatar on 3 March 1993 and with "
        "Oman on 5 May 1993 and 1994.",
    ],
)
def test_an_unsure_colon_list_states_nothing(text):
    assert _relations(text) == set()


# --- an object gap that leaves out a verb standing after the object -------------------------

CANADA = "Mongolia's relations with Canada were established on 30 November 1973"


def test_a_verb_after_the_object_is_left_out_of_each_continuation():
    facts = facts_of(
        f"{CANADA}, with Norway on 5 April 1968 and with Sweden on 6 June 1968.",
        "diplomatic-relations",
    )
    assert pairs(facts, "B", "D") == {
        ("can", "30 November 1973"), ("nor", "5 April 1968"), ("swe", "6 June 1968"),
    }  # fmt: skip
    assert all(f["A"] == ["mng"] for f in facts)


@pytest.mark.parametrize(
    "rest",
    [
        ", with Norway on 5 April 1968.",  # a list that never closes with "and"
        ", and with Norway.",  # no date of its own
        ", with Norway worsening in 1980.",  # a clause of its own, not read in full
        ", and with Norway on 5 April 1968 and 1969.",  # a date list
    ],
)
def test_an_unsure_verbless_continuation_states_nothing(rest):
    facts = facts_of(CANADA + rest, "diplomatic-relations")
    assert pairs(facts, "B", "D") == {("can", "30 November 1973")}


# --- a subject gap after a pattern that opens with a semicolon before its subject -----------

EDB = "The Eurasian Development Bank opened its doors in 2006; Armenia joined in 2009"


def test_a_subject_gap_follows_a_clause_opening_after_a_semicolon():
    facts = facts_of(f"{EDB} and Tajikistan in 2010.", "membership")
    assert pairs(facts, "X", "D") == {("arm", "2009"), ("tjk", "2010")}


@pytest.mark.parametrize(
    "rest",
    [" and Tajikistan.", ", Tajikistan in 2010.", " and Tajikistan in 2010 and 2011."],
)
def test_an_unsure_subject_gap_after_a_semicolon_states_nothing(rest):
    assert "tjk" not in {x for f in facts_of(EDB + rest, "membership") for x in f["X"]}


# --- a subject gap that keeps the verb's complements: "O met in C1 on D1, and P in C2 on D2" --

CIS = "The Commonwealth of Independent States met in Minsk on 11 October 2019"


def test_a_new_subject_takes_the_complements_after_the_left_out_verb():
    facts = facts_of(
        f"{CIS}, and the Collective Security Treaty Organization in Bishkek on 28 November 2019.",
        "summit",
    )
    assert {(f["O"][0], f["C"][0], f["D"][0]) for f in facts} == {
        ("cis", "minsk", "11 October 2019"), ("csto", "bishkek", "28 November 2019"),
    }  # fmt: skip


@pytest.mark.parametrize(
    "rest",
    [
        ", and the Collective Security Treaty Organization in Bishkek.",  # no date of its own
        ", the Collective Security Treaty Organization in Bishkek on 28 November 2019.",  # no "and"
        ", and the Collective Security Treaty Organization reportedly in Bishkek on 28 November "
        "2019.",  # a word the pattern does not read
        ", and the Collective Security Treaty Organization in Bishkek on 28 November 2019 to "
        "discuss Afghanistan.",  # the clause goes on
    ],
)
def test_an_unsure_subject_with_complements_states_nothing(rest):
    assert "csto" not in {o for f in facts_of(CIS + rest, "summit") for o in f["O"]}


# --- a contrast after the new subject ends a list without "and": ", B only in D2" -----------

WTO = "Mongolia joined the World Trade Organization in 1997"


def test_a_contrasted_subject_gap_needs_no_and():
    facts = facts_of(f"{WTO}, Russia only in 2012.", "membership")
    assert pairs(facts, "X", "D") == {("mng", "1997"), ("rus", "2012")}


@pytest.mark.parametrize(
    "rest",
    [
        ", Russia in 2012.",  # no "and", no contrast: a list that never closes
        ", Russia only in 2012 as an observer.",  # the clause goes on
        ", Russia only in 2012 and 2013.",  # a date list
        ", Russia only.",  # no date of its own
    ],
)
def test_an_unsure_contrasted_subject_gap_states_nothing(rest):
    assert "rus" not in {x for f in facts_of(WTO + rest, "membership") for x in f["X"]}
