"""The event-noun reading (nominal.py, data/event_nouns.jsonl): facts a noun states with its
arguments ("X's accession to O in D", "the signing of T by A and B in C on D", "Y paid a state
visit to P", "the O summit in C on D"), each family in several wordings, and the look-alikes
(plans, talks, negation, observers, lists with an unnamed member) that must give nothing.

The stage is read alone (no earlier fact known), so a test does not depend on what the rules
and the trigger lines find today; one test runs the whole pipeline."""

from __future__ import annotations

import pytest

from kzgraph.documents import document_from_text
from kzgraph.errors import RuleFileError
from kzgraph.extract import extract_document, sentence_mentions
from kzgraph.gazetteer import default_gazetteer
from kzgraph.namespaces import KZ
from kzgraph.nominal import extract_nominal_facts, load_event_nouns
from kzgraph.references import context_for, update_context
from kzgraph.sentences import iter_sentence_spans


def _filler(mention) -> str:
    if mention.value is not None:  # a date's value, a length's kilometres
        fields = mention.value.fields
        return fields["date"][0] if "date" in fields else fields.get("km", "?")
    return mention.entities[0].key


def stage(text: str) -> list[tuple[str, dict]]:
    """(line id, role -> sorted fillers) of every fact the stage reads in ``text``, nothing
    known before it."""
    context = context_for(None, default_gazetteer())
    found = []
    for offset, span in iter_sentence_spans(text):
        start, end = offset + span.start_char, offset + span.end_char
        mentions = sentence_mentions(span, offset, text, context)
        for fact in extract_nominal_facts(text[start:end], start, mentions, [], context=context):
            roles = {role: sorted(_filler(m) for m, _ in fillers)
                     for role, fillers in fact.roles.items()}  # fmt: skip
            found.append((fact.rule.removeprefix("nominal:"), roles))
        update_context(mentions, context, text, start)
    return found


POSITIVES = [
    # accession, admission, entry: the possessor, "of", a pronoun or a time phrase's subject
    ("Georgia's accession to the Council of Europe in 1999 was a milestone.",
     "accession-to-organisation", {"X": ["geo"], "O": ["council-of-europe"], "D": ["1999"]}),
    ("The accession of Tajikistan to the World Trade Organization on 2 March 2013 was "
     "celebrated in Dushanbe.",
     "accession-to-organisation", {"X": ["tjk"], "O": ["wto"], "D": ["2013-03-02"]}),
    ("Following its accession to the Eurasian Economic Union in 2015, Armenia raised tariffs.",
     "accession-to-organisation", {"X": ["arm"], "O": ["eaeu"], "D": ["2015"]}),
    ("After Kyrgyzstan's admission to the United Nations on 2 March 1992, Bishkek opened a "
     "mission in New York.",
     "accession-to-organisation", {"X": ["kgz"], "O": ["united-nations"], "D": ["1992-03-02"]}),
    ("Since Armenia's entry into the Eurasian Economic Union in January 2015, trade has grown.",
     "accession-to-organisation", {"X": ["arm"], "O": ["eaeu"], "D": ["2015-01"]}),
    ("After accession to the World Trade Organization in 2013, Tajikistan cut tariffs.",
     "accession-to-organisation", {"X": ["tjk"], "O": ["wto"], "D": ["2013"]}),
    ("Mongolia's membership of the OSCE since 2012 has widened its ties.",
     "membership-of-organisation", {"X": ["mng"], "O": ["osce"], "D": ["2012"]}),
    ("Tajikistan's WTO accession on 2 March 2013 opened its markets.",
     "accession-to-organisation", {"X": ["tjk"], "O": ["wto"], "D": ["2013-03-02"]}),
    # signing: of/by/in/on, a possessor signatory, a year before the noun
    ("The signing of the Treaty of Tashkent by Armenia, Russia and Uzbekistan in Tashkent on "
     "15 May 1992 created a security bloc.",
     "signing-of-treaty", {"T": ["treaty-of-tashkent"], "S": ["arm", "rus", "uzb"],
                           "P": ["tashkent"], "D": ["1992-05-15"]}),
    ("Uzbekistan's signing of the Treaty of Tashkent in 1992 surprised many.",
     "signing-of-treaty", {"T": ["treaty-of-tashkent"], "S": ["uzb"], "D": ["1992"]}),
    ("Weeks after the 2006 signing of the Treaty on a Nuclear-Weapon-Free Zone in Central Asia "
     "in Semey, the five states asked for assurances.",
     "signing-of-treaty", {"T": ["canwfz"], "P": ["semey"], "D": ["2006"]}),
    # visits: possessor, "of", a light verb's subject, a time phrase's subject, the inviter
    ("Chinese President Xi Jinping's state visit to Astana on 2 September 2024 focused on trade.",
     "visit-to-place", {"V": ["xi-jinping"], "P": ["astana"], "D": ["2024-09-02"]}),
    ("The visit of Narendra Modi to Astana in July 2015 produced five agreements.",
     "visit-to-place", {"V": ["narendra-modi"], "P": ["astana"], "D": ["2015-07"]}),
    ("Shavkat Mirziyoyev made an official visit to Ashgabat in March 2017.",
     "visit-to-place", {"V": ["shavkat-mirziyoyev"], "P": ["ashgabat"], "D": ["2017-03"]}),
    ("Vladimir Putin paid a state visit to Astana on 27 November 2023 at the invitation of "
     "Kassym-Jomart Tokayev.",
     "visit-to-place", {"V": ["vladimir-putin"], "P": ["astana"],
                        "I": ["kassym-jomart-tokayev"], "D": ["2023-11-27"]}),
    ("On an official visit to Baku in May 2023, Shavkat Mirziyoyev signed six agreements.",
     "visit-to-place", {"V": ["shavkat-mirziyoyev"], "P": ["baku"], "D": ["2023-05"]}),
    ("During his working visit to Minsk in June 2021 at the invitation of Alexander Lukashenko, "
     "Sadyr Japarov toured a tractor plant.",
     "visit-to-place", {"V": ["sadyr-japarov"], "P": ["minsk"], "I": ["alexander-lukashenko"],
                        "D": ["2021-06"]}),
    # an arrival "on" or "for" a visit: the verb's subject, place and date
    ("Recep Tayyip Erdogan flew to Baku on 8 June 2021 for an official visit.",
     "visit-to-place", {"V": ["recep-tayyip-erdogan"], "P": ["baku"], "D": ["2021-06-08"]}),
    ("Chinese President Xi Jinping arrived in Astana on 2 July 2024 for a state visit.",
     "visit-to-place", {"V": ["xi-jinping"], "P": ["astana"], "D": ["2024-07-02"]}),
    # summits: the organisation before the noun, after "of", as possessor
    ("The 2019 summit of the Non-Aligned Movement in Baku adopted a declaration.",
     "organisation-summit", {"O": ["non-aligned-movement"], "C": ["baku"], "D": ["2019"]}),
    ("The CSTO's tenth summit in Minsk on 30 November 2017 adopted a statement.",
     "organisation-summit", {"O": ["csto"], "C": ["minsk"], "D": ["2017-11-30"]}),
    ("The Organization of Turkic States' summit in Samarkand on 11 November 2022 adopted a "
     "transport strategy.",
     "organisation-summit", {"O": ["organization-of-turkic-states"], "C": ["samarkand"],
                             "D": ["2022-11-11"]}),
    ("The first CICA summit, which was held in Almaty on 3–4 June 2002, adopted a charter.",
     "organisation-summit", {"O": ["cica"], "C": ["almaty"], "D": ["2002-06-03"]}),
    # diplomatic relations, between a pair or the possessor's with another
    ("The establishment of diplomatic relations between Tajikistan and Kyrgyzstan on 14 "
     "January 1993 followed independence.",
     "establishment-of-relations-between", {"A": ["kgz", "tjk"], "D": ["1993-01-14"]}),
    ("Mongolia's establishment of diplomatic relations with Kyrgyzstan in 1992 was swift.",
     "establishment-of-relations-with", {"A": ["mng"], "B": ["kgz"], "D": ["1992"]}),
    ("Since the establishment of diplomatic relations on 3 January 1992, Kazakhstan and China "
     "have signed more than 300 agreements.",
     "establishment-of-relations-between", {"A": ["chn", "kaz"], "D": ["1992-01-03"]}),
    # the founding of an organisation by its states
    ("The creation of the Eurasian Economic Union by Russia, Belarus and Kazakhstan in 2014 "
     "changed trade.",
     "organisation-founded-by", {"O": ["eaeu"], "X": ["blr", "kaz", "rus"], "D": ["2014"]}),
    # guarantees received or given under a treaty
    ("Ukraine received security assurances from the United States, the United Kingdom and "
     "Russia under the Budapest Memorandum.",
     "assurances-received-under-treaty", {"B": ["ukr"], "G": ["gbr", "rus", "usa"],
                                          "T": ["budapest-memorandum"]}),
    ("Security guarantees given by Russia and the United States under the Budapest Memorandum "
     "proved hollow.",
     "assurances-under-treaty", {"G": ["rus", "usa"], "T": ["budapest-memorandum"]}),
    # a chairmanship: the possessor (or "its" read as the clause subject), of/compound, year
    ("Kazakhstan's chairmanship of the OSCE in 2010 was the first by a post-Soviet state.",
     "chairmanship-of-organisation", {"S": ["kaz"], "O": ["osce"], "Y": ["2010"]}),
    ("During its CSTO chairmanship in 2016, Armenia hosted a summit.",
     "chairmanship-of-organisation", {"S": ["arm"], "O": ["csto"], "Y": ["2016"]}),
    # a border as a noun: the possessor's with a state, or between a pair, its length before it
    ("Uzbekistan's border with Afghanistan is short.",
     "border-with-state", {"A": ["uzb"], "B": ["afg"]}),
    ("Russia and the United States provided security assurances to Belarus under the Budapest "
     "Memorandum.",
     "assurances-given-under-treaty", {"G": ["rus", "usa"], "T": ["budapest-memorandum"],
                                       "B": ["blr"]}),
    # a pipeline's construction and completion
    ("The construction of the Atasu–Alashankou oil pipeline by China National Petroleum "
     "Corporation took three years.",
     "construction-of-pipeline-by", {"P": ["atasu-alashankou-oil-pipeline"], "C": ["cnpc"]}),
    ("The completion of the Kazakhstan–China oil pipeline by China National Petroleum "
     "Corporation in July 2009 doubled exports.",
     "completion-of-pipeline", {"P": ["kazakhstan-china-oil-pipeline"], "C": ["cnpc"],
                                "D": ["2009-07"]}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "line", "roles"), POSITIVES)
def test_an_event_noun_states_its_fact(text, line, roles):
    assert stage(text) == [(line, roles)]


LOOKALIKES = [
    # a noun the sentence does not tell took place (feared, vetoed, warned against, a dream),
    # a participant from outside the noun, an object noun's date taken from its verb
    "Kyrgyzstan dreads Tajikistan's membership of the Eurasian Economic Union.",
    "Brussels warned against Serbia's accession to the Eurasian Economic Union in 2019.",
    "Bulgaria vetoes North Macedonia's accession to the European Union.",
    "Moldova's accession to the European Union in 2030 remains a dream.",
    "Since the establishment of diplomatic relations with Japan in 1992, Mongolia and Korea "
    "have signed many treaties.",
    "During the CSTO chairmanship in 2016, Belarus skipped two sessions.",
    "After the accession to the World Trade Organization in 2001, China lowered tariffs.",
    # plans, talks, bids, modals, negation, a governing verb of blocking or discussing
    "Talks on Uzbekistan's accession to the World Trade Organization resumed in 2020.",
    "Uzbekistan's planned accession to the World Trade Organization was discussed in 2023.",
    "Uzbekistan's bid for accession to the World Trade Organization stalled in 2005.",
    "Russia blocked Georgia's accession to the Eurasian Economic Union in 2015.",
    "The protocol on Azerbaijan's accession to the World Trade Organization was not signed.",
    "Uzbekistan's accession to the World Trade Organization could come in 2026.",
    "Turkmenistan's possible accession to the Eurasian Economic Union was never discussed.",
    "Iran's observer membership of the Eurasian Economic Union began in 2018.",
    # whose "its" is unclear: two states before it
    "Turkey congratulated Georgia in 2000, a year after its accession to the Council of Europe "
    "in 1999.",
    "Belarus's WTO accession in 2030 is unlikely.",
    # a treaty's entry into force is no membership
    "The Treaty of Tashkent's entry into force in 1994 followed ratification.",
    "The signing of the Treaty of Tashkent was postponed in 1992.",
    "Preparations for the signing of the Treaty of Tashkent began in Moscow.",
    # visits not made, or whose visitor the sentence does not name
    "Tokayev's planned visit to Beijing in 2025 was postponed.",
    "A possible visit by Xi Jinping to Astana was discussed.",
    "Putin's visit to Astana will take place in November 2025.",
    "The official visit of Ilham Aliyev to Bishkek in October 2026 is being arranged.",
    "Shehbaz Sharif's official visit to Tashkent on 3 March 2021 was held by video link.",
    "Narendra Modi's visit to Tashkent in May 2026 is slated for the spring.",
    "Erdogan's visit to Astana in 2024 did not happen.",
    "Tokayev invited Xi Jinping to pay a state visit to Astana in 2024.",
    "Vladimir Putin's visits to Kyrgyzstan are too many to count.",
    "The president paid a state visit to Astana in June 2023.",
    "Recep Tayyip Erdogan will arrive in Baku on 8 June 2026 for an official visit.",
    # whose relations: another state beside the pair
    "Since the establishment of diplomatic relations on 3 January 1992, Kazakhstan and China "
    "have signed agreements with Russia.",
    "Xi Jinping's visit to Bishkek on 3 June 2025 was put off at the request of Sadyr Japarov.",
    # summits to come, virtual, or of no named organisation
    "The upcoming SCO summit in Tianjin will adopt a strategy.",
    "Preparations for the SCO summit in Tianjin in 2025 began in March.",
    "A virtual SCO summit in New Delhi on 4 July 2023 replaced the meeting.",
    "At a summit in Astana on 4 July 2024, the Shanghai Cooperation Organisation admitted Belarus.",
    # relations restored or only talked of; a founding list with an unnamed member
    "The restoration of diplomatic relations between Georgia and Russia in 2030 is unlikely.",
    "Talks on the establishment of diplomatic relations between Armenia and Turkey failed in 2009.",
    "The founding of the Shanghai Cooperation Organisation on 15 June 2001 by China, Russia and "
    "four Central Asian states was a landmark.",
    "The proposed creation of a customs union by Turkey and Azerbaijan was discussed.",
    "The United States offered to give Belarus security guarantees under the Budapest Memorandum.",
    "Russia never gave Ukraine security guarantees under the Budapest Memorandum.",
    "The SCO summit, which was planned for Astana in July 2025, was cancelled.",
    # a chairmanship only sought; a border's length stated apart; a region, a crossing, a list
    "Kyrgyzstan's bid for the OSCE chairmanship in 2027 failed.",
    "Mongolia's border with China runs for 4,630 km.",
    "Kazakhstan's border with Russia's Orenburg region is long.",
    "Kazakhstan's border crossings with China were closed in 2020.",
    "Tajikistan's border with Afghanistan and China is mountainous.",
    # guarantees sought or refused; construction that only began or stopped
    "Ukraine sought security assurances from the United States under the Budapest Memorandum.",
    "Ukraine never received security assurances from China under the Budapest Memorandum.",
    "The construction of the Atasu–Alashankou oil pipeline by China National Petroleum "
    "Corporation was halted.",
    "Construction of the Atasu–Alashankou oil pipeline by China National Petroleum "
    "Corporation began in 2004.",
]


@pytest.mark.parametrize("text", LOOKALIKES)
def test_a_lookalike_gives_nothing(text):
    assert stage(text) == []


def test_a_border_noun_keeps_its_length():
    [(line, roles)] = stage(
        "The 1,357 km border between Afghanistan and Tajikistan follows the Panj."
    )
    assert line == "border-between-pair" and roles == {"A": ["afg", "tjk"], "L": ["1357"]}
    [(_, roles)] = stage("Kazakhstan's 7,644 km border with Russia is the longest land border.")
    assert roles == {"A": ["kaz"], "B": ["rus"], "L": ["7644"]}


def test_the_pipeline_asserts_what_only_the_noun_states():
    text = "Estonian President Alar Karis's visit to Astana in October 2024 deepened ties."
    quads = extract_document(document_from_text(text, "event-noun-test")).quads
    rules = {q.object.value for q in quads if q.predicate.value == KZ + "rule"}
    assert "nominal:visit-to-place" in rules
    visitors = {
        q.object.value.rsplit("/", 1)[-1] for q in quads if q.predicate.value == KZ + "visitor"
    }
    assert visitors == {"alar-karis"}


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"id": "x", "kind": "nope", "nouns": ["visit"], "slots": []}', "unknown kind"),
        (
            '{"id": "x", "kind": "visit", "nouns": ["visit"], "slots": [{"role": "V", '
            '"class": "Person"}]}',
            "non-empty from list",
        ),
        (
            '{"id": "x", "kind": "visit", "nouns": "visit", "slots": [{"role": "V", '
            '"class": "Person", "from": ["by"]}, {"role": "P", "class": "Place", '
            '"from": ["to"]}]}',
            "nouns must be a list",
        ),
        ('{"id": "x", "kind": "visit"}', "missing field"),
        ("{not json", "invalid JSON"),
    ],
)
def test_a_broken_line_is_reported_with_file_and_line(tmp_path, line, message):
    path = tmp_path / "event_nouns.jsonl"
    path.write_text('// comment\n{"id": "b", "block": ["planned"]}\n' + line + "\n")
    with pytest.raises(RuleFileError, match=rf"event_nouns\.jsonl:3: .*{message}"):
        load_event_nouns(path)
