"""State visits, heads of state and field development read on unseen text (brief REC14D).

- A title's holder set off by commas: "the President of S, X, ..." names X (a person the
  gazetteer may not know, mentions._titled_people), and X heads S.
- Visits: "A held talks with B, who arrived in P [on D] on a state visit at his invitation" (A
  invited B); "B, who arrived in P on D on a state visit." closing the sentence; "paid a state
  visit to P, the S capital, on D at the invitation of I"; "During the state visit of [S]
  President V to P in D, at the invitation of I,"; "During V's state visit to P on D, at the
  invitation of I,"; "was signed during a state visit to P by V at the invitation of I"; "V
  arrived in P on D at the invitation of I"; a news dateline with a capitalised city ("Doha, 3
  October 2022 (QNA) -") or two hyphens dates the story's weekday.
- Heads of state: "S, whose President|Emir X ..."; "X, who was S's head of state|the head of
  state of S".
- Fields: "F, which C has developed since D"; "F, developed since D by C,"; "F, which is
  developed by C together with A and B"; a named uranium deposit is a field (as the gold reads
  "the Inkai uranium deposit").

Look-alikes give nothing: plans, cancellations, negations, a future signing, a vice president,
"head of government", a deposit insurance fund, a bid to develop, a sale of a stake.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples


def triples(text: str) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="rec14d")


def of_property(found: set, prop: str) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o in found if p == prop}


def visits(text: str) -> set[tuple]:
    """(visitor, destination, inviter, date) of each visit node of ``text`` (None: not given)."""
    found = triples(text)
    nodes = {s for s, p, _ in found if p == "visitor"}
    return {
        tuple(
            next((o for s, p, o in found if s == node and p == prop), None)
            for prop in ("visitor", "destination", "invitedBy", "date")
        )
        for node in nodes
    }


def developments(text: str) -> set[tuple]:
    """(developer, field, start date) of each field-development node of ``text``."""
    found = triples(text)
    nodes = {s for s, p, _ in found if p == "developer"}
    return {
        tuple(
            next((o for s, p, o in found if s == node and p == prop), None)
            for prop in ("developer", "field", "startDate")
        )
        for node in nodes
    }


TOKAYEV, PUTIN, ERDOGAN = "kassym-jomart-tokayev", "vladimir-putin", "recep-tayyip-erdogan"
ALIYEV, MIRZIYOYEV, RAHMON = "ilham-aliyev", "shavkat-mirziyoyev", "emomali-rahmon"
LUKASHENKO = "alexander-lukashenko"

VISITS = {
    "held-talks-at-his-invitation": (
        "On 3 June 2023, President of Turkey Recep Tayyip Erdogan held talks in narrow and"
        " expanded formats with President of Belarus Alexander Lukashenko, who arrived in Ankara"
        " on a state visit at his invitation.",
        (LUKASHENKO, "ankara", ERDOGAN, "2023-06-03"),
    ),
    "who-arrived-closing": (
        "Ilham Aliyev held talks with President of Tajikistan Emomali Rahmon, who arrived in"
        " Baku on 12 May 2022 on a state visit.",
        (RAHMON, "baku", None, "2022-05-12"),
    ),
    "city-apposition": (
        "BAKU, 12 May 2022 (AzerTAc) – Tajik President Emomali Rahmon paid a state visit to Baku,"
        " the Azerbaijani capital, on Thursday at the invitation of Azerbaijani President Ilham"
        " Aliyev, and the two leaders agreed to expand trade.",
        (RAHMON, "baku", ALIYEV, "2022-05-12"),
    ),
    "during-visit-of-president": (
        "During the state visit of Uzbek President Shavkat Mirziyoyev to Baku in June 2022, at"
        " the invitation of Azerbaijani President Ilham Aliyev, the two sides signed a"
        " declaration.",
        (MIRZIYOYEV, "baku", ALIYEV, "2022-06"),
    ),
    "during-possessive-visit": (
        "During Rahmon's state visit to Tashkent on 17 August 2022, at the invitation of"
        " Shavkat Mirziyoyev, the two presidents opened a new crossing.",
        (RAHMON, "tashkent", MIRZIYOYEV, "2022-08-17"),
    ),
    "signed-during-visit-by": (
        "The treaty was signed during a state visit to Baku by President Emomali Rahmon of"
        " Tajikistan at the invitation of President Ilham Aliyev.",
        (RAHMON, "baku", ALIYEV, None),
    ),
    "arrived-at-invitation": (
        "Emomali Rahmon arrived in Tashkent on 17 August 2022 at the invitation of Shavkat"
        " Mirziyoyev to attend the opening, and the two leaders held talks.",
        (RAHMON, "tashkent", MIRZIYOYEV, "2022-08-17"),
    ),
    "title-apposition-visitor": (
        "Earlier this year, the President of Croatia, Zoran Milanovic, paid an official visit to"
        " Baku at the invitation of the President of Azerbaijan, Ilham Aliyev.",
        ("zoran-milanovic", "baku", ALIYEV, None),
    ),
    "dateline-capitalised-city": (
        "Tashkent, 17 August 2022 (UzA) – Emomali Rahmon paid a state visit to Tashkent on"
        " Wednesday at the invitation of Shavkat Mirziyoyev.",
        (RAHMON, "tashkent", MIRZIYOYEV, "2022-08-17"),
    ),
    "dateline-two-hyphens": (
        "TASHKENT, 17 August 2022 (UzA) -- Emomali Rahmon paid a state visit to Tashkent on"
        " Wednesday at the invitation of Shavkat Mirziyoyev.",
        (RAHMON, "tashkent", MIRZIYOYEV, "2022-08-17"),
    ),
}


@pytest.mark.parametrize("case", VISITS.values(), ids=VISITS.keys())
def test_visits(case):
    text, visit = case
    assert visit in visits(text)


NO_VISITS = {
    "will-hold-talks": "On 3 June 2023, Recep Tayyip Erdogan will hold talks with Alexander"
    " Lukashenko, who is to arrive in Ankara on a state visit at his invitation.",
    "cancelled": "On 3 June 2023, Recep Tayyip Erdogan held talks by phone with Alexander"
    " Lukashenko, who had cancelled a state visit at his invitation.",
    "did-not-hold-talks": "On 3 June 2023, Recep Tayyip Erdogan did not hold talks with"
    " Alexander Lukashenko, who arrived in Ankara on a state visit at his invitation.",
    "expected-to-arrive": "Ilham Aliyev will hold talks with Emomali Rahmon, who is expected to"
    " arrive in Baku on 12 May 2022 on a state visit.",
    "planned-to-arrive": "Ilham Aliyev spoke with Emomali Rahmon, who had planned to arrive in"
    " Baku on 12 May 2022 on a state visit.",
    "expected-to-pay": "Emomali Rahmon is expected to pay a state visit to Baku, the Azerbaijani"
    " capital, on 12 May 2022 at the invitation of Ilham Aliyev.",
    "did-not-pay": "Emomali Rahmon did not pay a state visit to Baku, the Azerbaijani capital, on"
    " 12 May 2022.",
    "postponed": "Emomali Rahmon postponed his state visit to Baku, the Azerbaijani capital, on"
    " 12 May 2022.",
    "planned-during-visit-of": "During the planned state visit of Uzbek President Shavkat"
    " Mirziyoyev to Baku in June 2022, at the invitation of Ilham Aliyev, the two sides will"
    " sign a declaration.",
    "will-be-signed-during": "The treaty will be signed during a state visit to Baku by President"
    " Emomali Rahmon of Tajikistan at the invitation of President Ilham Aliyev.",
    "to-be-signed-during": "The treaty to be signed during a state visit to Baku by President"
    " Emomali Rahmon at the invitation of President Ilham Aliyev was ready.",
    "delegation-led-by": "The treaty was signed during a state visit to Baku by a delegation led"
    " by Emomali Rahmon at the invitation of Ilham Aliyev.",
    "due-to-arrive": "Emomali Rahmon is due to arrive in Tashkent on 17 August 2022 at the"
    " invitation of Shavkat Mirziyoyev.",
    "will-arrive": "Emomali Rahmon will arrive in Tashkent on 17 August 2022 at the invitation of"
    " Shavkat Mirziyoyev.",
    "never-arrived": "Emomali Rahmon never arrived in Tashkent on 17 August 2022 at the"
    " invitation of Shavkat Mirziyoyev.",
    "delegation-sent-by": "A delegation sent by Emomali Rahmon arrived in Tashkent on 17 August"
    " 2022 at the invitation of Shavkat Mirziyoyev.",
    "expected-to-arrive-at-invitation": "Emomali Rahmon had been expected to arrive in Tashkent"
    " on 17 August 2022 at the invitation of Shavkat Mirziyoyev.",
    "apposition-did-not-visit": "The President of Croatia, Zoran Milanovic, did not visit Baku.",
    "claimed-held-talks": "Ilham Aliyev claimed that Recep Tayyip Erdogan held talks with"
    " Alexander Lukashenko, who arrived in Ankara on 3 June 2023 on a state visit at his"
    " invitation.",
    "claimed-arrived": "Ilham Aliyev claimed that Emomali Rahmon arrived in Tashkent on 17 August"
    " 2022 at the invitation of Shavkat Mirziyoyev.",
    "question-signed-during": "Was the treaty signed during a state visit to Baku by Emomali"
    " Rahmon at the invitation of Ilham Aliyev?",
    "if-arrived": "If Emomali Rahmon arrived in Tashkent on 17 August 2022 at the invitation of"
    " Shavkat Mirziyoyev, he would sign.",
}


@pytest.mark.parametrize("text", NO_VISITS.values(), ids=NO_VISITS.keys())
def test_no_visits(text):
    assert not visits(text)


HEADS = {
    "title-apposition": (
        "I was in Zagreb last month, where I met the President of Croatia, Zoran Milanovic.",
        ("zoran-milanovic", "hrv"),
    ),
    "whose-emir": (
        "Kuwait, whose Emir Mishal Al-Ahmad Al-Jaber Al-Sabah visited Astana in 2024, is a"
        " partner.",
        ("mishal-al-ahmad-al-jaber-al-sabah", "kwt"),
    ),
    "whose-president": (
        "Turkey, whose President Recep Tayyip Erdogan had written to the Secretary-General, hoped"
        " for reform.",
        (ERDOGAN, "tur"),
    ),
    "who-was-states-head-of-state": (
        "Alexander Lukashenko, who has been Belarus's head of state since 1994, also addressed"
        " students.",
        (LUKASHENKO, "blr"),
    ),
    "who-was-head-of-state-of": (
        "Alexander Lukashenko, who is the head of state of Belarus, also addressed students.",
        (LUKASHENKO, "blr"),
    ),
}


@pytest.mark.parametrize("case", HEADS.values(), ids=HEADS.keys())
def test_heads_of_state(case):
    text, pair = case
    assert pair in of_property(triples(text), "headOfStateOf")


NO_HEADS = {
    "vice-president-apposition": "The Vice President of Croatia, Ivan Horvat, visited Baku.",
    "prime-minister-apposition": "The Prime Minister of Croatia, Andrej Plenkovic, met the"
    " President of Kazakhstan.",
    "apposition-not-a-name": "The President of Croatia, Zagreb officials said, will travel to"
    " Baku.",
    "whose-former-emir": "Kuwait, whose former Emir Nawaf Al-Ahmad Al-Sabah visited Astana, is a"
    " partner.",
    "whose-emirs-envoy": "Kuwait, whose Emir's envoy Ali Saleh visited Astana, is a partner.",
    "head-of-government": "Alexander Lukashenko, who was Belarus's head of government, also"
    " addressed students.",
    "wanted-to-be": "Alexander Lukashenko, who wanted to be Belarus's head of state, also"
    " addressed students.",
    "never-was": "Alexander Lukashenko, who was never Belarus's head of state, also addressed"
    " students.",
    "title-of-the-next-name": "Emomali Rahmon, who was Belarus's head of state Viktor Babariko's"
    " guest, spoke.",
}


@pytest.mark.parametrize("text", NO_HEADS.values(), ids=NO_HEADS.keys())
def test_no_heads_of_state(text):
    assert not of_property(triples(text), "headOfStateOf")


FIELDS = {
    "which-has-developed-since": (
        "Rome cannot be ignored either: Italian companies have invested some $5 billion in"
        " Kazakhstan, much of it in the Karachaganak field, which Eni has developed since 1997.",
        {("eni", "karachaganak-field", "1997")},
    ),
    "which-have-developed-list": (
        "Paris cannot be ignored either: much of the money went to the Kashagan oil field, which"
        " Eni and Shell have developed since 2001.",
        {("eni", "kashagan-oil-field", "2001"), ("shell", "kashagan-oil-field", "2001")},
    ),
    "developed-since-by": (
        "The Kumkol oil field, developed since 2005 by Lukoil and PetroKazakhstan, must meet"
        " the standards.",
        {("lukoil", "kumkol-oil-field", "2005"), ("petrokazakhstan", "kumkol-oil-field", "2005")},
    ),
    "which-is-developed-by-together-with": (
        "The gas comes from the Shah Deniz gas field, which is developed by BP together with"
        " SOCAR, Lukoil, TPAO and Petronas.",
        {("bp", "shah-deniz-gas-field", None), ("socar", "shah-deniz-gas-field", None),
         ("lukoil", "shah-deniz-gas-field", None)},
    ),
    "uranium-deposit": (
        "Kazatomprom has developed the Akdala uranium deposit together with Cameco since 2001.",
        {("kazatomprom", "akdala-uranium-deposit", "2001"),
         ("cameco", "akdala-uranium-deposit", "2001")},
    ),
    "deposit": (
        "Orano develops the Kendala deposit.",
        {("orano", "kendala-deposit", None)},
    ),
}  # fmt: skip


@pytest.mark.parametrize("case", FIELDS.values(), ids=FIELDS.keys())
def test_field_development(case):
    text, expected = case
    assert expected <= developments(text)


NO_FIELDS = {
    "had-developed-until": "The Kumkol oil field, which Lukoil had developed until 2010, is the"
    " largest.",
    "plans-to-develop": "The Kumkol oil field, which Lukoil plans to develop, is the largest.",
    "has-not-developed": "The Kumkol oil field, which Lukoil has not developed since 1993, is the"
    " largest.",
    "from-to": "The Kumkol oil field, which Lukoil has developed from 1993 to 2004, is the"
    " largest.",
    "wants-to-develop": "The Kumkol oil field, which Lukoil wants to develop since 1993, is the"
    " largest.",
    "has-left": "The Kumkol oil field, which Lukoil has left, is the largest.",
    "sold-its-stake": "The Kumkol oil field, which Lukoil sold its stake in, is the largest.",
    "to-be-developed-since": "The Kumkol oil field, to be developed since 1997 by Lukoil, is"
    " large.",
    "is-to-be-developed": "The gas comes from the Shah Deniz gas field, which is to be developed"
    " by BP together with SOCAR.",
    "is-not-developed": "The gas comes from the Shah Deniz gas field, which is not developed by"
    " BP together with SOCAR.",
    "plans-deposit": "Orano plans to develop the Tortkuduk deposit.",
    "left-deposit": "Cameco left the Akdala uranium deposit in 2020.",
    "sold-stake-deposit": "Cameco sold its stake in the Akdala uranium deposit.",
    "bid-deposit": "Cameco made a bid to develop the Akdala uranium deposit.",
    "deposit-insurance": "Halyk Bank develops the Kazakhstan Deposit Insurance Fund.",
}


@pytest.mark.parametrize("text", NO_FIELDS.values(), ids=NO_FIELDS.keys())
def test_no_field_development(text):
    assert not developments(text)
