"""Session 14's review findings 1, 2, 9, 10 and 11 (brief FIX16A): readings this session's
helpers taught that invented or lost facts, each mended by its general cause:

- a list's relative clause with "respectively" or two dates speaks of every name, item by item
  ("the CIS and the CSTO, which Armenia joined in 1991 and 1992 respectively"), not of the last
  (nearest._clause_end);
- "both|all|<number>" after "which" opens the relative's own subject only before a name, "of" or
  a plural noun ("which both states joined": the last name's); before a verb it is the list itself
  ("A and B, which both have been members of O": both; lexicon pf16-relative-quantifiers);
- a question's subject is the later "It" only when the sentence ends with "?" ("Were X to leave
  O, ..." asks nothing) and a wh-question's answer does not open "It is B" (references
  _asked_state; lexicon question-wh-words);
- a verb of leaving after a negation leaves nothing ("unlike Georgia it never withdrew"), and a
  possessor ("Russia's invasion") is no subject a later "it" stands for (membership_ended
  _no_leaving, _oblique; lexicon fix16a-leaving-negations, rec16b-possessive-marks).

Session 16's FIX16A, three invented facts: a summit to come or held by habit ("Its next summit,
held in C every four years, will be ...") is no summit held (summits_held); a figure in brackets
that goes on ("(1,212 km from Bishkek)") is a distance, no border's length
(triggers.distance_in_brackets); a counterfactual closing the sentence ("..., would be its tenth
member if that were true") doubts a relative clause too (hedge-fix16a-counterfactual-tail).
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples

CIS = "cis"


def triples(text: str) -> set[tuple[str, str, str]]:
    return assertion_triples(text, stem="fix16a")


CASES = {
    # --- finding 1: "respectively" or two dates after a list keep the list
    "respectively": (
        "Uzbekistan values the Commonwealth of Independent States and the Collective Security"
        " Treaty Organization, which Armenia joined in 1991 and 1992 respectively.",
        {
            ("arm", "memberOf", "cis"),
            ("arm", "memberOf", "csto"),
            ("membership-arm-cis", "startDate", "1991"),
            ("membership-arm-csto", "startDate", "1992"),
        },
        {("membership-arm-csto", "startDate", "1991"), ("membership-arm-cis", "startDate", "1992")},
    ),
    "respectively-comma": (
        "Tajikistan praised the Eurasian Economic Union and the World Trade Organization, which"
        " Kyrgyzstan joined in 2015 and 1998, respectively.",
        {
            ("kgz", "memberOf", "eaeu"),
            ("kgz", "memberOf", "wto"),
            ("membership-kgz-eaeu", "startDate", "2015"),
            ("membership-kgz-wto", "startDate", "1998"),
        },
        {("membership-kgz-wto", "startDate", "2015"), ("membership-kgz-eaeu", "startDate", "1998")},
    ),
    "two-dates": (
        "Uzbekistan values the Commonwealth of Independent States and the Collective Security"
        " Treaty Organization, which Armenia joined in 1991 and 1992.",
        set(),
        {
            ("membership-arm-csto", "startDate", "1991"),
            ("membership-arm-csto", "startDate", "1992"),
        },
    ),
    "one-date-twin": (
        "Uzbekistan values the Commonwealth of Independent States and the World Trade"
        " Organization, which Armenia joined in 2003.",
        {("arm", "memberOf", "wto"), ("membership-arm-wto", "startDate", "2003")},
        {("arm", "memberOf", "cis")},
    ),
    # --- finding 9: a quantifier before a verb is the list's own subject
    "both-have-been": (
        "Armenia and Russia, which both have been members of the World Trade Organization since"
        " 2012, signed the deal.",
        {("arm", "memberOf", "wto"), ("rus", "memberOf", "wto")},
        set(),
    ),
    "both-are": (
        "Belarus and Kyrgyzstan, which both are members of the Eurasian Economic Union, signed"
        " the deal.",
        {("blr", "memberOf", "eaeu"), ("kgz", "memberOf", "eaeu")},
        set(),
    ),
    "all-became": (
        "Armenia and Russia, which all became members of the World Trade Organization in 2012,"
        " signed the deal.",
        {("arm", "memberOf", "wto"), ("rus", "memberOf", "wto")},
        set(),
    ),
    "both-joined": (
        "Belarus and Armenia, which both joined the Eurasian Economic Union in 2015, met in Minsk.",
        {("blr", "memberOf", "eaeu"), ("arm", "memberOf", "eaeu")},
        set(),
    ),
    "both-belong": (
        "Armenia and Russia, which both belong to the World Trade Organization, signed the deal.",
        {("arm", "memberOf", "wto"), ("rus", "memberOf", "wto")},
        set(),
    ),
    "both-remain": (
        "Belarus and Kyrgyzstan, which both remain members of the Eurasian Economic Union, met.",
        {("blr", "memberOf", "eaeu"), ("kgz", "memberOf", "eaeu")},
        set(),
    ),
    "singular-twin": (
        "Armenia and Russia, which has been a member of the World Trade Organization since 2012,"
        " signed the deal.",
        {("rus", "memberOf", "wto")},
        {("arm", "memberOf", "wto")},
    ),
    "both-states-twin": (
        "Uzbekistan values the Commonwealth of Independent States and the World Trade"
        " Organization, which both states joined in 2003.",
        set(),
        {("uzb", "memberOf", CIS)},
    ),
    # --- finding 2: no question, or a wh-question answered "It is B", gives its subject no "It"
    "were-to-leave": (
        "Were Kyrgyzstan to leave the Eurasian Economic Union, Kazakhstan would lose a partner."
        " It joined the World Trade Organization in 2015.",
        set(),
        {("kgz", "memberOf", "wto")},
    ),
    "had-left": (
        "Had Kyrgyzstan left the Eurasian Economic Union, Kazakhstan would lose a partner. It"
        " joined the World Trade Organization in 2015.",
        set(),
        {("kgz", "memberOf", "wto")},
    ),
    "should-leave": (
        "Should Armenia leave the Collective Security Treaty Organization, Russia would lose an"
        " ally. It joined the World Trade Organization in 2003.",
        set(),
        {("arm", "memberOf", "wto")},
    ),
    "could-no-question": (
        "Could Tajikistan really leave the union, as Uzbekistan fears. It joined the World Trade"
        " Organization in 2013.",
        set(),
        {("tjk", "memberOf", "wto")},
    ),
    "which-it-is": (
        "Which neighbour does Russia share its longest border with?\nIt is Kazakhstan. It borders"
        " China and Kyrgyzstan.",
        set(),
        {("rus", "sharesBorderWith", "kgz"), ("rus", "sharesBorderWith", "chn")},
    ),
    "which-its": (
        "Which state does Russia trade with most? It's China. It borders Kyrgyzstan.",
        set(),
        {("rus", "sharesBorderWith", "kgz")},
    ),
    "which-question-twin": (
        "Which countries does Kazakhstan border? It borders China and Kyrgyzstan.",
        {("kaz", "sharesBorderWith", "chn"), ("kaz", "sharesBorderWith", "kgz")},
        set(),
    ),
    "yes-no-question-twin": (
        "Is Kyrgyzstan a member of the Eurasian Economic Union? It joined the union in 2015.",
        {("kgz", "memberOf", "eaeu")},
        set(),
    ),
    # --- finding 10: a negated leaving keeps the membership; a possessor is no subject
    "unlike-never": (
        "Ukraine joined the Commonwealth of Independent States in 1991; unlike Georgia it never"
        " withdrew.",
        {("ukr", "memberOf", CIS)},
        set(),
    ),
    "despite-never": (
        "Ukraine joined the Commonwealth of Independent States in 1991; despite pressure from"
        " Russia it never withdrew.",
        {("ukr", "memberOf", CIS)},
        set(),
    ),
    "did-not": (
        "Belarus joined the Collective Security Treaty Organization in 1993 but did not withdraw.",
        {("blr", "memberOf", "csto")},
        set(),
    ),
    "didnt": (
        "Armenia joined the Collective Security Treaty Organization in 1992; it didn't withdraw.",
        {("arm", "memberOf", "csto")},
        set(),
    ),
    "refused-to": (
        "Moldova joined the Commonwealth of Independent States in 1994; it refused to leave.",
        {("mda", "memberOf", CIS)},
        set(),
    ),
    "not-formally": (
        "Ukraine joined the Commonwealth of Independent States in 1991; unlike Georgia it has not"
        " formally left.",
        {("ukr", "memberOf", CIS)},
        set(),
    ),
    "possessor": (
        "Ukraine joined the Commonwealth of Independent States in 1991. Russia's invasion followed"
        " and it withdrew.",
        {("ukr", "memberOf", CIS)},
        set(),  # ENDED21: the joining keeps its fact
    ),
    "possessor-curly": (
        "Georgia joined the Commonwealth of Independent States in 1993; after Russia’s invasion"
        " it withdrew.",
        {("geo", "memberOf", CIS)},
        set(),  # ENDED21: the joining keeps its fact
    ),
    "withdrew-twin": (
        "Georgia joined the Commonwealth of Independent States in 1993; unlike Ukraine it"
        " withdrew in 2009.",
        {("geo", "memberOf", CIS)},
        set(),  # ENDED21: the joining keeps its fact
    ),
    "war-with-twin": (
        "Georgia joined the Commonwealth of Independent States in 1993; after the war with Russia"
        " it withdrew.",
        {("geo", "memberOf", CIS)},
        set(),  # ENDED21: the joining keeps its fact
    ),
    # --- session 16, 1: a summit to come or held by habit is no summit held (summits_held)
    "next-every-four-years": (
        "Kazakhstan is a member of the Shanghai Cooperation Organisation. Its next summit, held in"
        " Astana every four years, will be chaired by Tokayev.",
        {("kaz", "memberOf", "shanghai-cooperation-organisation")},
        {("summit-shanghai-cooperation-organisation-astana", "heldIn", "astana")},
    ),
    "next-held-will-be": (
        "The Shanghai Cooperation Organisation's next summit, held in Astana, will be chaired by"
        " Tokayev.",
        set(),
        {("summit-shanghai-cooperation-organisation-astana", "heldIn", "astana")},
    ),
    "next-held-is-to": (
        "The Shanghai Cooperation Organisation's next summit, held in Astana, is to open on 3"
        " July.",
        set(),
        {("summit-shanghai-cooperation-organisation-astana", "heldIn", "astana")},
    ),
    "upcoming-held-is-expected": (
        "The Shanghai Cooperation Organisation's upcoming summit, held in Astana, is expected to"
        " draw leaders.",
        set(),
        {("summit-shanghai-cooperation-organisation-astana", "heldIn", "astana")},
    ),
    "next-held-ll": (
        "The Shanghai Cooperation Organisation's next summit, held in Astana, it'll be chaired by"
        " Tokayev.",
        set(),
        {("summit-shanghai-cooperation-organisation-astana", "heldIn", "astana")},
    ),
    "every-four-years": (
        "The Shanghai Cooperation Organisation's summit, held in Astana every four years, draws"
        " leaders.",
        set(),
        {("summit-shanghai-cooperation-organisation-astana", "heldIn", "astana")},
    ),
    "every-4-years": (
        "The Shanghai Cooperation Organisation's summit, held in Astana every 4 years, draws"
        " leaders.",
        set(),
        {("summit-shanghai-cooperation-organisation-astana", "heldIn", "astana")},
    ),
    "annual-held-each-year": (
        "The Shanghai Cooperation Organisation's annual summit, held each year in Astana, is"
        " chaired by Tokayev.",
        set(),
        {("summit-shanghai-cooperation-organisation-astana", "heldIn", "astana")},
    ),
    "annual-is-held-each": (
        "The Shanghai Cooperation Organisation's annual summit is held each year in Astana.",
        set(),
        {("summit-shanghai-cooperation-organisation-astana", "heldIn", "astana")},
    ),
    "normally-held": (
        "The Shanghai Cooperation Organisation's summits are normally held in Astana.",
        set(),
        {("summit-shanghai-cooperation-organisation-astana", "heldIn", "astana")},
    ),
    "next-will-be-held": (
        "The Shanghai Cooperation Organisation's next summit will be held in Astana in 2025.",
        set(),
        {("summit-shanghai-cooperation-organisation-astana-2025", "heldIn", "astana")},
    ),
    "last-held-on-date-twin": (
        "Kazakhstan is a member of the Shanghai Cooperation Organisation. Its last summit, held in"
        " Astana on 3 July 2024, was chaired by Tokayev.",
        {("summit-shanghai-cooperation-organisation-astana-2024-07-03", "heldIn", "astana")},
        set(),
    ),
    "next-held-in-the-past-twin": (
        "Kazakhstan is a member of the Shanghai Cooperation Organisation. Its next summit, held in"
        " Astana in 2007, was chaired by Nazarbayev.",
        {("summit-shanghai-cooperation-organisation-astana-2007", "heldIn", "astana")},
        set(),
    ),
    "next-was-held-twin": (
        "The Shanghai Cooperation Organisation's next summit was held in Bishkek in 2007.",
        {("summit-shanghai-cooperation-organisation-bishkek-2007", "heldIn", "bishkek")},
        set(),
    ),
    "latest-held-adopted-twin": (
        "The Shanghai Cooperation Organisation's latest summit, held in Astana on 4 July 2024,"
        " adopted a declaration.",
        {("summit-shanghai-cooperation-organisation-astana-2024-07-04", "heldIn", "astana")},
        set(),
    ),
    # --- session 16, 2: a figure in brackets that goes on past its closing words is a distance
    "bracket-only-from": (
        "Kyrgyzstan borders only Kazakhstan (1,212 km from Bishkek).",
        set(),
        {("border-kaz-kgz", "lengthKm", "1212")},
    ),
    "bracket-from": (
        "Kyrgyzstan borders Kazakhstan (1,212 km from Bishkek).",
        {("kgz", "sharesBorderWith", "kaz")},
        {("border-kaz-kgz", "lengthKm", "1212")},
    ),
    "bracket-away": (
        "Kyrgyzstan borders Kazakhstan (1,212 km away).",
        set(),
        {("border-kaz-kgz", "lengthKm", "1212")},
    ),
    "bracket-to": (
        "Kyrgyzstan borders Kazakhstan (1,212 km to Almaty).",
        set(),
        {("border-kaz-kgz", "lengthKm", "1212")},
    ),
    "bracket-only-to-the-capital": (
        "Kyrgyzstan borders only Kazakhstan (1,212 km to the capital).",
        set(),
        {("border-kaz-kgz", "lengthKm", "1212")},
    ),
    "bracket-about-from": (
        "Kyrgyzstan borders Kazakhstan (about 1,212 km from the capital).",
        set(),
        {("border-kaz-kgz", "lengthKm", "1212")},
    ),
    "bracket-share-from": (
        "Kyrgyzstan shares a border with Kazakhstan (1,212 km from Bishkek).",
        set(),
        {("border-kaz-kgz", "lengthKm", "1212")},
    ),
    "bracket-by-road": (
        "Kyrgyzstan borders Kazakhstan (1,212 km by road from Bishkek).",
        set(),
        {("border-kaz-kgz", "lengthKm", "1212")},
    ),
    "bracket-north-of": (
        "Kyrgyzstan borders Kazakhstan (some 1,212 km north of Bishkek).",
        set(),
        {("border-kaz-kgz", "lengthKm", "1212")},
    ),
    "bracket-off-the-coast": (
        "Kyrgyzstan borders Kazakhstan (1,212 km off the coast).",
        set(),
        {("border-kaz-kgz", "lengthKm", "1212")},
    ),
    "bracket-both-from": (
        "Kyrgyzstan borders Kazakhstan (1,212 km from Bishkek) and China (1,063 km from Osh).",
        set(),
        {("border-kaz-kgz", "lengthKm", "1212"), ("border-chn-kgz", "lengthKm", "1063")},
    ),
    "bracket-second-from": (
        "Kyrgyzstan borders Kazakhstan (1,212 km) and China (1,063 km from Osh).",
        set(),
        {("border-chn-kgz", "lengthKm", "1063")},
    ),
    "bracket-closed-twin": (
        "Kyrgyzstan borders only Kazakhstan (1,212 km).",
        {("border-kaz-kgz", "lengthKm", "1212")},
        set(),
    ),
    "bracket-about-twin": (
        "Kyrgyzstan borders Kazakhstan (about 1,212 km).",
        {("border-kaz-kgz", "lengthKm", "1212")},
        set(),
    ),
    "bracket-in-length-twin": (
        "Kyrgyzstan borders Kazakhstan (1,212 km in length).",
        {("border-kaz-kgz", "lengthKm", "1212")},
        set(),
    ),
    "bracket-list-twin": (
        "Kazakhstan borders Russia (7,644 km), China (1,783 km) and Kyrgyzstan (1,212 km).",
        {
            ("border-kaz-rus", "lengthKm", "7644"),
            ("border-chn-kaz", "lengthKm", "1783"),
            ("border-kaz-kgz", "lengthKm", "1212"),
        },
        set(),
    ),
    "bracket-compass-twin": (
        "Kazakhstan is bordered by Russia (7,644 km) to the north.",
        {("border-kaz-rus", "lengthKm", "7644")},
        set(),
    ),
    # --- session 16, 3: a counterfactual over the whole sentence reaches a relative clause
    "if-that-were-true": (
        "Myanmar, which joined the Shanghai Cooperation Organisation in 2024, would be its tenth"
        " member if that were true.",
        set(),
        {("mmr", "memberOf", "shanghai-cooperation-organisation")},
    ),
    "were-it-true": (
        "Myanmar, which joined the Shanghai Cooperation Organisation in 2024, would be its tenth"
        " member were it true.",
        set(),
        {("mmr", "memberOf", "shanghai-cooperation-organisation")},
    ),
    "if-this-were-so": (
        "Myanmar, which joined the Shanghai Cooperation Organisation in 2024, would be its tenth"
        " member if this were so.",
        set(),
        {("mmr", "memberOf", "shanghai-cooperation-organisation")},
    ),
    "were-that-the-case": (
        "Myanmar, which joined the Shanghai Cooperation Organisation in 2024, would be its tenth"
        " member, were that the case.",
        set(),
        {("mmr", "memberOf", "shanghai-cooperation-organisation")},
    ),
    "had-it-been-true": (
        "Kazakhstan, which joined the Shanghai Cooperation Organisation in 2001, would be a"
        " founder had it been true.",
        set(),
        {("kaz", "memberOf", "shanghai-cooperation-organisation")},
    ),
    "had-it-been-true-aside": (
        "Kazakhstan, which joined the Shanghai Cooperation Organisation in 2001, had it been true,"
        " would be a founder.",
        set(),
        {("kaz", "memberOf", "shanghai-cooperation-organisation")},
    ),
    "main-clause-if-that-were-true": (
        "Myanmar joined the Shanghai Cooperation Organisation in 2024 and would be its tenth member"
        " if that were true.",
        set(),
        {("mmr", "memberOf", "shanghai-cooperation-organisation")},
    ),
    "if-it-were-the-case": (
        "Myanmar, which joined the Shanghai Cooperation Organisation in 2024, would be its tenth"
        " member if it were the case.",
        set(),
        {("mmr", "memberOf", "shanghai-cooperation-organisation")},
    ),
    "true-of-another-twin": (
        "Kazakhstan joined the Shanghai Cooperation Organisation in 2001; it would be odd if that"
        " were true of Myanmar.",
        {("kaz", "memberOf", "shanghai-cooperation-organisation")},
        set(),
    ),
    "were-it-true-of-another-twin": (
        "Kazakhstan joined the Shanghai Cooperation Organisation in 2001, which would be"
        " surprising were it true of Myanmar.",
        {("kaz", "memberOf", "shanghai-cooperation-organisation")},
        set(),
    ),
    "glad-if-twin": (
        "Kazakhstan, which joined the Shanghai Cooperation Organisation in 2001, would be glad if"
        " Myanmar joined too.",
        {("kaz", "memberOf", "shanghai-cooperation-organisation")},
        set(),
    ),
    "host-if-asked-twin": (
        "Kazakhstan, which joined the Shanghai Cooperation Organisation in 2001, would host a"
        " summit if asked.",
        {("kaz", "memberOf", "shanghai-cooperation-organisation")},
        set(),
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_fix16a(name):
    text, found, not_found = CASES[name]
    extracted = triples(text)
    assert found <= extracted
    assert not (not_found & extracted)
