"""Treaty signatures and guarantees of session 4's F2 block (data/relations.jsonl): the perfect
passive ("had been signed"), a date fronted before the treaty ("On D, the T was signed"), an
emphatic "itself" between the treaty and its verb, founders who "founded O by signing T",
signers named by their governments or presidents ("T, which the presidents of A and B
signed"), and states that "guaranteed the security of X" in or under a treaty. Each in
other wording and with other entities than the texts that suggested it, with look-alikes that
must state no signature."""

from __future__ import annotations

from functools import partial

import pytest
from fact_cases import date, extract, triples_of

from kzgraph.mentions import find_mentions
from kzgraph.sentences import iter_sentence_spans

_extract = partial(extract, stem="family-f2-test")
_SIGNING = {"kz:signatory", "kz:signingDate", "kz:signingPlace"}


def _signing(text: str, scoring) -> set:
    """The signature triples (signatory, signingDate, signingPlace) of ``text``."""
    _, facts = _extract(text, scoring)
    return {t for t in triples_of(facts) if t[1] in _SIGNING}


def _sig(treaty: str, *, states=(), when=None, place=None) -> set:
    found = {(treaty, "kz:signatory", state) for state in states}
    if when:
        found.add((treaty, "kz:signingDate", date(when)))
    if place:
        found.add((treaty, "kz:signingPlace", place))
    return found


VISA, FRIENDSHIP = "agreement-on-visa-free-travel", "treaty-on-eternal-friendship"
CROSSINGS, CORRIDORS = "protocol-on-border-crossings", "convention-on-transit-corridors"

SIGNED = [
    # the perfect passive
    ("The Agreement on Visa-Free Travel had been signed in Bishkek on 4 June 2012.",
     _sig(VISA, when="2012-06-04", place="bishkek")),
    ("The Treaty on Eternal Friendship has been signed by Uzbekistan in Tashkent.",
     _sig(FRIENDSHIP, states=["uzb"], place="tashkent")),
    ("The Protocol on Border Crossings, which had been signed in Minsk on 9 October 2003, "
     "entered into force a year later.",
     _sig(CROSSINGS, when="2003-10-09", place="minsk")),
    ("The Convention on Transit Corridors had been signed in Baku on 2 March 2011 by Azerbaijani "
     "President Ilham Aliyev and Georgian President Mikheil Saakashvili.",
     _sig(CORRIDORS, states=["aze", "geo"], when="2011-03-02", place="baku")),
    # a date fronted before the treaty
    ("On 4 June 2012, the Agreement on Visa-Free Travel was signed in Bishkek.",
     _sig(VISA, when="2012-06-04", place="bishkek")),
    ("In 1998, the Treaty on Eternal Friendship had been signed in Tashkent by Uzbek President "
     "Islam Karimov and Kazakh President Nursultan Nazarbayev.",
     _sig(FRIENDSHIP, states=["uzb", "kaz"], when="1998", place="tashkent")),
    ("Two weeks later, on 9 October 2003, the Protocol on Border Crossings was signed.",
     _sig(CROSSINGS, when="2003-10-09")),
    ("In March 2011 the Convention on Transit Corridors was signed in Baku.",
     _sig(CORRIDORS, when="2011-03", place="baku")),
    # an emphatic "itself"
    ("The Agreement on Visa-Free Travel itself was signed in Bishkek on 4 June 2012.",
     _sig(VISA, when="2012-06-04", place="bishkek")),
    ("The Treaty on Eternal Friendship itself had been signed in Tashkent in 1998.",
     _sig(FRIENDSHIP, when="1998", place="tashkent")),
    ("The Protocol on Border Crossings itself was signed on 9 October 2003, two years before it "
     "entered into force.",
     _sig(CROSSINGS, when="2003-10-09")),
    # founders who founded an organisation by signing a treaty
    ("The Economic Cooperation Organization, which Iran, Pakistan and Turkey founded by signing "
     "the Treaty of Izmir on 12 March 1977, later moved its seat to Tehran.",
     _sig("treaty-of-izmir", states=["irn", "pak", "tur"], when="1977-03-12")),
    ("Iran, Pakistan and Turkey set up the Economic Cooperation Organization by signing the "
     "Treaty of Izmir on 12 March 1977.",
     _sig("treaty-of-izmir", states=["irn", "pak", "tur"], when="1977-03-12")),
    ("Russia and Belarus established the Union State by signing the Treaty on the Creation of a "
     "Union State in Moscow on 8 December 1999.",
     _sig("treaty-on-the-creation-of-a-union-state", states=["rus", "blr"], when="1999-12-08",
          place="moscow")),
    # the signers named by their governments, presidents, leaders or heads of state
    ("The Treaty on Eternal Friendship, which the presidents of Uzbekistan and Tajikistan signed "
     "in Dushanbe on 18 August 2022, entered into force in 2023.",
     _sig(FRIENDSHIP, states=["uzb", "tjk"], when="2022-08-18", place="dushanbe")),
    ("The Protocol on Border Crossings, that the heads of state of Belarus and Poland had signed "
     "in Minsk in 2003, lapsed.",
     _sig(CROSSINGS, states=["blr", "pol"], when="2003", place="minsk")),
    ("The Agreement on Visa-Free Travel, which the leaders of Kyrgyzstan and Uzbekistan have "
     "signed, is in force.",
     _sig(VISA, states=["kgz", "uzb"])),
    # "by Presidents X of A, Y of B and Z of C": each signer named with the state he leads
    ("The Treaty on Eternal Friendship was signed in Dushanbe by Presidents Shavkat Mirziyoyev of "
     "Uzbekistan and Emomali Rahmon of Tajikistan.",
     _sig(FRIENDSHIP, states=["uzb", "tjk"], place="dushanbe")),
    ("The Agreement on Visa-Free Travel, which was signed on 4 June 2012 at the Bishkek summit by "
     "Presidents Sadyr Japarov of Kyrgyzstan, Shavkat Mirziyoyev of Uzbekistan and Emomali Rahmon "
     "of Tajikistan, entered into force in 2013.",
     _sig(VISA, states=["kgz", "uzb", "tjk"], when="2012-06-04", place="bishkek")),
    ("The Protocol on Border Crossings is a short text. It was signed during the third "
     "Consultative Meeting by Presidents Sadyr Japarov of Kyrgyzstan, Shavkat Mirziyoyev of "
     "Uzbekistan, Emomali Rahmon of Tajikistan and Serdar Berdimuhamedow of Turkmenistan.",
     _sig(CROSSINGS, states=["kgz", "uzb", "tjk", "tkm"])),
    # "the leaders of N states, among them|including A and B, signed T": the states of the aside
    ("In 1949, the representatives of twelve countries, including Norway and Portugal, signed the "
     "Treaty of Washington in Washington.",
     _sig("treaty-of-washington", states=["nor", "prt"], when="1949", place="washington")),
    ("The heads of state of nine nations, among them Poland and Hungary, signed the Protocol on "
     "Border Crossings on 9 October 2003.",
     _sig(CROSSINGS, states=["pol", "hun"], when="2003-10-09")),
    # "A signed the T with its|the organisation's members|partners in P on D": A signed
    ("Mongolia signed the Agreement on Visa-Free Travel with its partners in Ulaanbaatar on "
     "4 June 2012.",
     _sig(VISA, states=["mng"], when="2012-06-04", place="ulaanbaatar")),
    ("Norway concluded the Convention on Transit Corridors together with the EU's member states "
     "in Brussels in 2011.",
     _sig(CORRIDORS, states=["nor"], when="2011", place="brussels")),
    ("Azerbaijan signed the Treaty of Izmir with its fellow members in Tehran.",
     _sig("treaty-of-izmir", states=["aze"], place="tehran")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SIGNED)
def test_a_signature_in_other_wording(text, expected, scoring):
    assert _signing(text, scoring) == expected


LOOK_ALIKES = [
    "The Treaty on Eternal Friendship had been discussed in Tashkent on 4 June 2012.",
    "The Agreement on Visa-Free Travel has not been signed in Bishkek.",
    "On 4 June 2012, the Agreement on Visa-Free Travel was ratified in Bishkek.",
    "The Agreement on Visa-Free Travel itself was drafted in Bishkek on 4 June 2012.",
    "Iran, Pakistan and Turkey founded the Economic Cooperation Organization after refusing to "
    "sign the Treaty of Izmir in 1977.",
    "The Economic Cooperation Organization, which Iran, Pakistan and Turkey founded by rejecting "
    "the Treaty of Izmir in 1977, later moved its seat to Tehran.",
    "Iran, Pakistan and Turkey founded the Economic Cooperation Organization without signing the "
    "Treaty of Izmir.",
    "The Treaty on Eternal Friendship, which the presidents of Uzbekistan and Tajikistan discussed "
    "in Dushanbe on 18 August 2022, was never signed.",
    "The Treaty on Eternal Friendship, which the presidents of Uzbekistan and Tajikistan have not "
    "signed, is a draft.",
    "The Treaty on Eternal Friendship was praised in Dushanbe by Presidents Shavkat Mirziyoyev of "
    "Uzbekistan and Emomali Rahmon of Tajikistan.",
    "The Treaty on Eternal Friendship was not signed in Dushanbe by Presidents Shavkat Mirziyoyev "
    "of Uzbekistan and Emomali Rahmon of Tajikistan.",
    "The leaders of ten states, among them Poland and Hungary, criticised the Protocol on Border "
    "Crossings on 9 October 2003.",
    "The leaders of ten states, but not Poland and Hungary, signed the Protocol on Border "
    "Crossings on 9 October 2003.",
    "The leaders of ten states, excluding Poland and Hungary, signed the Protocol on Border "
    "Crossings on 9 October 2003.",
    "Kazakhstan urged the organisation's members to sign the Declaration of Cooperation in "
    "Vienna on 10 December 2016.",
    "Kazakhstan discussed the Declaration of Cooperation with the organisation's members in "
    "Vienna on 10 December 2016.",
    "Kazakhstan refused to sign the Declaration of Cooperation with the organisation's members "
    "in Vienna on 10 December 2016.",
]


SIGNED_BY_OTHERS = [
    # the signers are not the presidents of the states named: only the place is a signature fact
    "The Treaty on Eternal Friendship was signed in Dushanbe by Vice Presidents Kamala Harris of "
    "the United States and Emomali Rahmon of Tajikistan.",
    "The Treaty on Eternal Friendship was signed in Dushanbe by the foreign ministers and welcomed "
    "by Presidents Shavkat Mirziyoyev of Uzbekistan and Emomali Rahmon of Tajikistan.",
    "The Treaty on Eternal Friendship was signed in Dushanbe by former presidents Shavkat "
    "Mirziyoyev of Uzbekistan and Emomali Rahmon of Tajikistan.",
]


@pytest.mark.parametrize("text", SIGNED_BY_OTHERS)
def test_signers_who_are_no_sitting_presidents_name_no_signatory(text, scoring):
    assert _signing(text, scoring) == _sig(FRIENDSHIP, place="dushanbe")


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_a_look_alike_states_no_signature(text, scoring):
    assert _signing(text, scoring) == set()


def test_a_fronted_date_before_a_relative_clause_is_not_the_signing_date(scoring):
    """The date of the main clause (entry into force) is not taken past "which was signed in"."""
    text = ("On 4 June 2012, the Agreement on Visa-Free Travel, which was signed in Bishkek in "
            "2010, entered into force.")  # fmt: skip
    assert _signing(text, scoring) == _sig(VISA, when="2010", place="bishkek")


def _guarantees(text: str, scoring) -> set:
    """The guarantee triples (guarantor, beneficiary) of ``text``."""
    _, facts = _extract(text, scoring)
    return {t for t in triples_of(facts) if t[1] in {"kz:guarantor", "kz:beneficiary"}}


def _guarantee(treaty: str, guarantors, beneficiary: str) -> set:
    found = {(treaty, "kz:guarantor", state) for state in guarantors}
    return found | {(treaty, "kz:beneficiary", beneficiary)}


GUARANTEED = [
    ("Under the Treaty of Guarantee, signed in Nicosia in 1960, the United Kingdom, Greece and "
     "Turkey guaranteed the independence of Cyprus.",
     _guarantee("treaty-of-guarantee", ["gbr", "grc", "tur"], "cyp")),
    ("In the Treaty on Neutrality, Austria and Switzerland guarantee the sovereignty of "
     "Liechtenstein.",
     _guarantee("treaty-on-neutrality", ["aut", "che"], "lie")),
    ("France and Germany guaranteed the territorial integrity of Belgium under the Treaty of "
     "London.",
     _guarantee("treaty-of-london", ["fra", "deu"], "bel")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), GUARANTEED)
def test_states_that_guarantee_a_state_under_a_treaty(text, expected, scoring):
    assert _guarantees(text, scoring) == expected


GUARANTEE_LOOK_ALIKES = [
    "In the Treaty of Guarantee, the United Kingdom, Greece and Turkey recognised the "
    "independence of Cyprus.",
    "In the Treaty of Guarantee, Greece and Turkey never guaranteed the independence of Cyprus.",
    "Under the Treaty of Guarantee, the United Kingdom refused to guarantee the independence of "
    "Cyprus.",
    "France and Germany guaranteed the territorial integrity of Belgium before the Treaty of "
    "London.",
    "The United States guaranteed the security of Kazakhstan's oil exports in the Treaty of "
    "London.",
]


@pytest.mark.parametrize("text", GUARANTEE_LOOK_ALIKES)
def test_a_look_alike_states_no_guarantee(text, scoring):
    assert _guarantees(text, scoring) == set()


def _names(text: str) -> list[str]:
    """The labels of the typed unknown names of a one-sentence text."""
    [(offset, span)] = list(iter_sentence_spans(text))
    return [m.label for m in find_mentions(span, offset, text) if m.source == "name"]


AMONG_MEMBER_STATES = [
    ("The Agreement on Mutual Trust among the SCO Member States was signed in Bishkek in 2013.",
     ["Agreement on Mutual Trust among the SCO Member States"]),
    ("The presidents signed the Charter on Good-Neighbourly Relations among the Participating "
     "States in Minsk.",
     ["Charter on Good-Neighbourly Relations among the Participating States"]),
    ("Ministers adopted the Declaration on Principles of Cooperation among the Black Sea Member "
     "Countries in Kyiv.",
     ["Declaration on Principles of Cooperation among the Black Sea Member Countries"]),
    # look-alikes: lowercase "member states", or no "Member|Participating States" after "among"
    ("The Declaration on Trade among the member states of the CIS was signed in Minsk in 2003.",
     ["Declaration on Trade"]),
    ("The Treaty on Transit Corridors among the Gulf States was signed in Doha.",
     ["Treaty on Transit Corridors"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), AMONG_MEMBER_STATES)
def test_a_title_goes_on_with_among_the_member_states(text, expected):
    assert _names(text) == expected


def test_a_title_among_the_member_states_is_the_signed_treaty(scoring):
    text = (
        "The Agreement on Mutual Trust among the SCO Member States was signed in Bishkek in 2013."
    )
    key = "agreement-on-mutual-trust-among-the-sco-member-states"
    assert _signing(text, scoring) == _sig(key, when="2013", place="bishkek")


IT_SIGNED = [
    ("Poland signed the Treaty on Eternal Friendship in 2001. Hungary later signed it in Budapest.",
     _sig(FRIENDSHIP, states=["pol", "hun"], when="2001")),
    ("Mongolia signed the Agreement on Visa-Free Travel on 4 June 2012, and it entered into force "
     "a year later. Japan also signed it but never ratified it.",
     _sig(VISA, states=["mng", "jpn"], when="2012-06-04")),
    # look-alikes: never signed, another verb, a question, a negation
    ("Poland signed the Treaty on Eternal Friendship in 2001. Hungary never signed it.",
     _sig(FRIENDSHIP, states=["pol"], when="2001")),
    ("Poland signed the Treaty on Eternal Friendship in 2001. Hungary also criticised it.",
     _sig(FRIENDSHIP, states=["pol"], when="2001")),
    ("Poland signed the Treaty on Eternal Friendship in 2001. Did Hungary also sign it?",
     _sig(FRIENDSHIP, states=["pol"], when="2001")),
    ("Poland signed the Treaty on Eternal Friendship in 2001. Hungary has not also signed it.",
     _sig(FRIENDSHIP, states=["pol"], when="2001")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), IT_SIGNED)
def test_a_state_that_also_signed_it_signed_the_treaty_named_before(text, expected, scoring):
    assert _signing(text, scoring) == expected


COUNTERPART = [
    ("The Agreement on Visa-Free Travel was signed in Tashkent on 4 June 2012 by Uzbek President "
     "Shavkat Mirziyoyev and his Kyrgyz counterpart.",
     _sig(VISA, states=["uzb", "kgz"], when="2012-06-04", place="tashkent")),
    ("The Treaty on Eternal Friendship, which was signed in 2019 by Turkish President Recep Tayyip "
     "Erdogan and his Azerbaijani counterpart, entered into force.",
     _sig(FRIENDSHIP, states=["tur", "aze"], when="2019")),
    # look-alikes: another verb; the counterpart's deputy signed, not the counterpart
    ("The Agreement on Visa-Free Travel was discussed in Tashkent on 4 June 2012 by Uzbek "
     "President Shavkat Mirziyoyev and his Kyrgyz counterpart.",
     set()),
    ("The Agreement on Visa-Free Travel was signed in Tashkent on 4 June 2012 by Uzbek President "
     "Shavkat Mirziyoyev and his Kyrgyz counterpart's deputy.",
     _sig(VISA, states=["uzb"], when="2012-06-04", place="tashkent")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), COUNTERPART)
def test_a_leader_and_his_unnamed_counterpart_sign_for_their_states(text, expected, scoring):
    assert _signing(text, scoring) == expected


WHEN_SIGNED = [
    ("The partnership began in March 2011, when Norway and Iceland signed the Convention on "
     "Transit Corridors in Oslo.",
     _sig(CORRIDORS, states=["nor", "isl"], when="2011-03", place="oslo")),
    ("The forum was set up on 4 June 2012 when the presidents of Kyrgyzstan and Uzbekistan signed "
     "the Agreement on Visa-Free Travel.",
     _sig(VISA, states=["kgz", "uzb"], when="2012-06-04")),
    # look-alikes: another verb; "two years after" (the date is not the signing's); not yet signed
    ("The partnership began in March 2011, when Norway and Iceland discussed the Convention on "
     "Transit Corridors in Oslo.",
     set()),
    ("The forum was set up on 4 June 2012, two years after the presidents of Kyrgyzstan and "
     "Uzbekistan signed the Agreement on Visa-Free Travel.",
     _sig(VISA, states=["kgz", "uzb"])),
    ("Talks resumed in March 2011, when Norway and Iceland had not yet signed the Convention on "
     "Transit Corridors.",
     set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), WHEN_SIGNED)
def test_the_date_before_a_when_clause_is_the_signing_date(text, expected, scoring):
    assert _signing(text, scoring) == expected
