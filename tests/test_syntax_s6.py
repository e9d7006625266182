"""The dependency reading widened in session 6 (syntax.py and its syntax_* modules): each
family in several wordings, read with the relation rules and the trigger fallback off, and
look-alikes that must give nothing."""

from __future__ import annotations

import pytest
from fact_cases import extraction_rules, extraction_triples

import kzgraph.extract
from kzgraph.documents import document_from_text
from kzgraph.extract import extract_document


@pytest.fixture
def alone(monkeypatch):
    """The relation rules and the trigger fallback off: the dependency reading alone."""
    monkeypatch.setattr(kzgraph.extract, "extract_relations", lambda *args, **kwargs: [])
    monkeypatch.setattr(
        kzgraph.extract.triggers, "extract_trigger_facts", lambda *args, **kwargs: []
    )


def _extract(text: str):
    return extract_document(document_from_text(text, "syntax-s6-test"))


# (the family, a sentence, triples it must give)
POSITIVES = [
    # a chronology line: the historic present read as the past, the heading date the main
    # clause's
    ("chronology",
     "3 January 1992 – China and Turkmenistan establish diplomatic relations.",
     {("chn", "hasDiplomaticRelationsWith", "tkm"),
      ("diplomatic-relations-chn-tkm-1992-01-03", "date", "1992-01-03")}),
    ("chronology",
     "June 2001 – Uzbekistan joins the Shanghai Cooperation Organisation, which was founded "
     "in Shanghai.",
     {("uzb", "memberOf", "shanghai-cooperation-organisation"),
      ("membership-uzb-shanghai-cooperation-organisation", "startDate", "2001-06")}),
    ("chronology",
     "4 March 1999 – Kyrgyzstan and Tajikistan sign the Treaty on Eternal Friendship in "
     "Almaty.",
     {("treaty-on-eternal-friendship", "signatory", "kgz"),
      ("treaty-on-eternal-friendship", "signatory", "tjk"),
      ("treaty-on-eternal-friendship", "signingDate", "1999-03-04"),
      ("treaty-on-eternal-friendship", "signingPlace", "almaty")}),
    ("chronology",
     "1998: Tajikistan and Uzbekistan become members of the Asian Development Bank.",
     {("tjk", "memberOf", "adb"), ("membership-tjk-adb", "startDate", "1998"),
      ("uzb", "memberOf", "adb"), ("membership-uzb-adb", "startDate", "1998")}),
    # a place's country between commas sets off nothing: the date after it is the clause's
    ("place-apposition",
     "The Treaty on Eternal Friendship was signed in Bishkek, Kyrgyzstan, on 4 March 1999 by "
     "Kyrgyzstan and Tajikistan.",
     {("treaty-on-eternal-friendship", "signingDate", "1999-03-04"),
      ("treaty-on-eternal-friendship", "signingPlace", "bishkek"),
      ("treaty-on-eternal-friendship", "signatory", "tjk")}),
    # a fact sheet's "T: signed ... by A and B", and an agent the parse hangs on the date
    ("fact-sheet",
     "Treaty of Tlatelolco: signed in Mexico City on 14 February 1967 by Brazil and Chile.",
     {("treaty-of-tlatelolco", "signatory", "bra"), ("treaty-of-tlatelolco", "signatory", "chl"),
      ("treaty-of-tlatelolco", "signingDate", "1967-02-14"),
      ("treaty-of-tlatelolco", "signingPlace", "mexico-city")}),
    ("fact-sheet",
     "• Treaty on Eternal Friendship (bilateral): signed in Osh, Kyrgyzstan, on 4 March 1999 "
     "by Kyrgyzstan and Tajikistan.",
     {("treaty-on-eternal-friendship", "signatory", "kgz"),
      ("treaty-on-eternal-friendship", "signatory", "tjk"),
      ("treaty-on-eternal-friendship", "signingDate", "1999-03-04")}),
    # "as did Y": the echo's subject does what the clause states
    ("echo",
     "Kyrgyzstan established diplomatic relations with China in January 1992, as did "
     "Tajikistan.",
     {("kgz", "hasDiplomaticRelationsWith", "chn"), ("tjk", "hasDiplomaticRelationsWith", "chn")}),
    ("echo",
     "Mongolia signed the Treaty on Eternal Friendship in Almaty on 4 March 1999, as did "
     "Kyrgyzstan and Tajikistan.",
     {("treaty-on-eternal-friendship", "signatory", "mng"),
      ("treaty-on-eternal-friendship", "signatory", "kgz"),
      ("treaty-on-eternal-friendship", "signatory", "tjk")}),
    ("echo",
     "Azerbaijan became a member of the Organisation of Islamic Cooperation in 1991, as did "
     "Turkmenistan and Uzbekistan.",
     {("aze", "memberOf", "oic"), ("tkm", "memberOf", "oic"), ("uzb", "memberOf", "oic")}),
    # a common noun in apposition with names: the names fill the slot
    ("apposition",
     "The two Caspian states, Azerbaijan and Turkmenistan, established diplomatic relations on "
     "9 June 1992.",
     {("aze", "hasDiplomaticRelationsWith", "tkm")}),
    ("apposition",
     "Its northern neighbours, Russia and Belarus, signed the Treaty on Eternal Friendship in "
     "Minsk on 29 May 2014.",
     {("treaty-on-eternal-friendship", "signatory", "rus"),
      ("treaty-on-eternal-friendship", "signatory", "blr")}),
]  # fmt: skip


@pytest.mark.parametrize(("family", "text", "expected"), POSITIVES, ids=[p[0] for p in POSITIVES])
def test_widened_reading(alone, family, text, expected):
    extraction = _extract(text)
    assert expected <= extraction_triples(extraction)
    assert any(rule.startswith("syntax:") for rule in extraction_rules(extraction))


NEGATIVES = [
    # a chronology's plan, negation and talks
    "2030 – Uzbekistan plans to join the Eurasian Economic Union.",
    "1 May 2015 – Georgia does not join the Eurasian Economic Union.",
    "March 2016 – Georgia holds talks on joining the World Trade Organization.",
    "2031 – Georgia may join the Eurasian Economic Union.",
    # a fact sheet's plan and negation
    "Treaty on Eternal Friendship: to be signed in Almaty by Kyrgyzstan and Tajikistan.",
    "Treaty on Eternal Friendship: never signed by Kyrgyzstan or Tajikistan.",
    "The Treaty on Eternal Friendship, to be signed in Almaty by Kyrgyzstan and Tajikistan, is "
    "ready.",
    # an aside that is no place's country still cuts the date off
    "Georgia joined the Asian Development Bank, the lender based in Manila, in 2007.",
    # an echo that says more than its subject, or denies it
    "Kyrgyzstan established diplomatic relations with China in 1992, as Turkmenistan did not.",
    # an apposition of another class, and one under negation
    "The two lenders, the Asian Development Bank and the Eurasian Development Bank, established "
    "diplomatic relations on 9 June 1992.",
    "Its two neighbours, Russia and Belarus, did not sign the Treaty on Eternal Friendship.",
]  # fmt: skip


@pytest.mark.parametrize("text", NEGATIVES)
def test_look_alikes_give_nothing(alone, text):
    extraction = _extract(text)
    assert not any(rule.startswith("syntax:") for rule in extraction_rules(extraction))


def test_echo_keeps_its_own_date_out(alone):
    """ "as did Armenia in 2003": Armenia's own date is not the clause's; Mongolia keeps its."""
    triples = extraction_triples(
        _extract("Mongolia joined the World Trade Organization in 1997, as did Armenia in 2003.")
    )
    assert not any(s == "arm" or "-arm-" in s for s, _, _ in triples)


def test_echo_of_an_earlier_time_gives_its_subject_nothing(alone):
    """ "as had Turkey": Turkey joined before, not in the clause's year."""
    triples = extraction_triples(
        _extract("Azerbaijan became a member of the Organisation of Islamic Cooperation in "
                 "1991, as had Turkey.")
    )  # fmt: skip
    assert ("aze", "memberOf", "oic") in triples
    assert not any(s == "tur" or "-tur-" in s for s, _, _ in triples)


def test_chronology_heading_dates_only_the_main_clause(alone):
    """A relative clause on a chronology line keeps its own time: the heading dates nothing
    there."""
    triples = extraction_triples(
        _extract("5 May 2019 – Mongolia hosts Kyrgyzstan, which joined the World Trade "
                 "Organization long ago.")
    )  # fmt: skip
    assert not any(o.startswith("2019") for _, _, o in triples)


# (the family, a sentence, triples it must give): the reading's own statements
STATED = [
    # a relative clause set off by a comma on a name is stated whatever governs it
    ("set-off-relative",
     "Kazakhstan did not criticise Kyrgyzstan, which joined the World Trade Organization in "
     "1998.",
     {("kgz", "memberOf", "wto"), ("membership-kgz-wto", "startDate", "1998")}),
    # an aside between commas on the verb, then the date; "jointly with" beside the subject
    ("aside-then-date",
     "Chevron has operated the Tengiz field, on the shore of the Caspian Sea, since 1993 "
     "jointly with ExxonMobil.",
     {("chevron", "develops", "tengiz-oil-field"), ("exxonmobil", "develops", "tengiz-oil-field"),
      ("field-development-chevron-tengiz-oil-field", "startDate", "1993")}),
    # a statement before a semicolon is its own, whatever the parse hangs it under after it
    ("semicolon",
     "Shell has developed the Kashagan field since 2001 jointly with TotalEnergies; the "
     "partners are in talks about a new phase.",
     {("shell", "develops", "kashagan-oil-field"),
      ("totalenergies", "develops", "kashagan-oil-field")}),
]  # fmt: skip


@pytest.mark.parametrize(("family", "text", "expected"), STATED, ids=[p[0] for p in STATED])
def test_stated_in_its_own_clause(alone, family, text, expected):
    assert expected <= extraction_triples(_extract(text))


@pytest.mark.parametrize(
    "text",
    [
        # restrictive relative clauses under a negation: no one named is said to have joined
        "No state that joined the Eurasian Economic Union in 2015 has left it.",
        "Kazakhstan did not criticise the state that joined the World Trade Organization in 1998.",
        # the date after an aside that is a relative clause may be the clause's
        "Chevron has operated the Tengiz field, which lies near Atyrau, since 1993.",
    ],
)
def test_restrictive_or_foreign_gives_nothing(alone, text):
    assert not any(r.startswith("syntax:") for r in extraction_rules(_extract(text)))


def test_reading_completes_an_earlier_undated_node():
    """The relation rules read "X has operated F" without the date an aside keeps from them:
    the reading adds the date to that node (one node, dated) and the partner beside X."""
    text = ("Chevron has operated the Tengiz field, in the west of the country, since 1993 "
            "jointly with ExxonMobil; the two firms share the costs.")  # fmt: skip
    triples = extraction_triples(_extract(text))
    assert ("field-development-chevron-tengiz-oil-field", "startDate", "1993") in triples
    assert ("exxonmobil", "develops", "tengiz-oil-field") in triples
    dates = [t for t in triples if t[0] == "field-development-chevron-tengiz-oil-field"
             and t[1] == "startDate"]  # fmt: skip
    assert len(dates) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mongolia is not a member of the Eurasian Economic Union, but it joined the World "
         "Trade Organization in 1997.",
         {("mng", "memberOf", "wto"), ("membership-mng-wto", "startDate", "1997")}),
        ("Tajikistan is a mountainous country, and it joined the World Trade Organization on "
         "2 March 2013.",
         {("tjk", "memberOf", "wto"), ("membership-tjk-wto", "startDate", "2013-03-02")}),
    ],
)  # fmt: skip
def test_it_stands_for_the_subject_of_the_clause_before(alone, text, expected):
    """ "X ..., and it joined O": the unresolved "it" is the coordinated clause's subject."""
    assert expected <= extraction_triples(_extract(text))


@pytest.mark.parametrize(
    "text",
    [
        # another state between the subject and "it": whose?
        "Kazakhstan welcomed Russia, and it joined the World Trade Organization in 2012.",
        "Kyrgyzstan hosts a Russian air base, and it joined the Eurasian Economic Union in 2015.",
        # "it" in a reported clause, not a coordinated one
        "Kazakhstan says that it joined the World Trade Organization in 2015.",
    ],
)
def test_it_without_a_plain_antecedent_gives_nothing(alone, text):
    assert not any(r.startswith("syntax:") for r in extraction_rules(_extract(text)))


def test_it_of_another_class_fills_no_state_slot(alone):
    """ "O admitted A, and it joined P": "it" is O, an organisation, which joins nothing."""
    triples = extraction_triples(
        _extract("The Eurasian Economic Union admitted Armenia in 2015, and it joined the World "
                 "Trade Organization in 2003.")
    )  # fmt: skip
    assert not any(o == "wto" for _, _, o in triples)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "O counts A and B among its members": the subject owns the members it counts
        ("The Shanghai Cooperation Organisation counts India and Pakistan among its members.",
         {("ind", "memberOf", "shanghai-cooperation-organisation"),
          ("pak", "memberOf", "shanghai-cooperation-organisation")}),
        ("The Eurasian Economic Union numbers Armenia and Belarus among its member states.",
         {("arm", "memberOf", "eaeu"), ("blr", "memberOf", "eaeu")}),
        # "O (now also) includes / comprises X": an organisation's states (the line
        # syn-organisation-includes-state)
        ("The Organisation of Turkic States, which was founded in Nakhchivan in 2009, now also "
         "includes Uzbekistan.",
         {("uzb", "memberOf", "organization-of-turkic-states")}),
        ("Today the Eurasian Economic Union comprises Armenia, Belarus and Kyrgyzstan, among "
         "others.",
         {("arm", "memberOf", "eaeu"), ("kgz", "memberOf", "eaeu")}),
    ],
)  # fmt: skip
def test_an_organisation_counts_its_members(alone, text, expected):
    assert expected <= extraction_triples(_extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Shanghai Cooperation Organisation counts Mongolia among its observers.",
        "The Shanghai Cooperation Organisation does not count Turkey among its members.",
        "India counts the Shanghai Cooperation Organisation among its partners.",
        "The Shanghai Cooperation Organisation counts Iran among its former members.",
        "The Shanghai Cooperation Organisation includes Mongolia as an observer.",
        "The Eurasian Economic Union may soon include Uzbekistan.",
        "The Eurasian Economic Union's observers include Uzbekistan and Cuba.",
        "The Eurasian Economic Union included Armenia in its talks.",
    ],
)
def test_counted_look_alikes_give_nothing(text):
    """Observers, partners, former members, a plan, a negation: no membership (every stage)."""
    triples = extraction_triples(_extract(text))
    assert not any(p == "memberOf" for _, p, _ in triples)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the event someone attends takes the place and date of the attending clause
        ("Xi Jinping attended the summit of the Shanghai Cooperation Organisation in Astana on "
         "4 July 2024.",
         {("summit-shanghai-cooperation-organisation-astana-2024-07-04", "heldIn", "astana")}),
        ("On 23 November 2023, Vladimir Putin took part in the summit of the Collective "
         "Security Treaty Organization in Minsk.",
         {("summit-csto-minsk-2023-11-23", "heldIn", "minsk")}),
        # a date written "Month D, YYYY": its own comma sets nothing off
        ("On November 23, 2023, Vladimir Putin took part in the summit of the Collective "
         "Security Treaty Organization in Minsk.",
         {("summit-csto-minsk-2023-11-23", "heldIn", "minsk")}),
        ("In July 2024 Xi Jinping participated in the Shanghai Cooperation Organisation summit "
         "in Astana.",
         {("summit-shanghai-cooperation-organisation-astana-2024-07", "heldIn", "astana")}),
    ],
)  # fmt: skip
def test_an_attended_summit_takes_the_clause_place_and_date(alone, text, expected):
    assert expected <= extraction_triples(_extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Xi Jinping did not attend the summit of the Shanghai Cooperation Organisation in "
        "Astana on 4 July 2024.",
        "Xi Jinping will attend the summit of the Shanghai Cooperation Organisation in Astana "
        "in July 2030.",
        "Xi Jinping attended a dinner on the sidelines of the Shanghai Cooperation Organisation "
        "summit in Astana on 4 July 2024.",
        "Xi Jinping took part in the talks before the Shanghai Cooperation Organisation summit "
        "in Astana on 4 July 2024.",
    ],
)
def test_attending_look_alikes_give_no_summit(alone, text):
    assert not any(r.startswith("syntax:") for r in extraction_rules(_extract(text)))


def test_a_list_stands_each_with_the_partner(alone):
    """ "A and B, which both established diplomatic relations with C in D": A with C, B with
    C, and no pair of A and B."""
    triples = extraction_triples(
        _extract("Armenia and Georgia, which both established diplomatic relations with "
                 "Kazakhstan in 1992, opened embassies in Astana.")
    )  # fmt: skip
    assert {("arm", "hasDiplomaticRelationsWith", "kaz"),
            ("geo", "hasDiplomaticRelationsWith", "kaz")} <= triples  # fmt: skip
    assert ("arm", "hasDiplomaticRelationsWith", "geo") not in triples
    assert ("geo", "hasDiplomaticRelationsWith", "arm") not in triples


def test_a_pair_line_leaves_a_list_with_partners_alone(alone):
    """ "A and B established relations with C and D": not the pair A–B (each partner is
    a list, which no line distributes: nothing)."""
    triples = extraction_triples(
        _extract("Kyrgyzstan and Tajikistan established diplomatic relations with China and "
                 "India in 1992.")
    )  # fmt: skip
    assert ("kgz", "hasDiplomaticRelationsWith", "tjk") not in triples
    assert ("tjk", "hasDiplomaticRelationsWith", "kgz") not in triples


@pytest.mark.parametrize(
    "text",
    [
        "Timeline\n1994–2008 – Georgia is a member of the Commonwealth of Independent States.\n",
        "Chronology\n2001–2003 – Mongolia and China hold border talks in Beijing.\n",
    ],
)
def test_a_chronology_period_dates_nothing(alone, text):
    """A heading that spans years names a period: no date for the clause (and no ended
    membership as a current one)."""
    triples = extraction_triples(_extract(text))
    assert not any(p in {"startDate", "date"} for _, p, _ in triples)
