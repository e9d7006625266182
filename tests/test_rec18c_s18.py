"""Predecessors by an earlier name, and official languages after a coordinated "its" (brief
REC18C, session 18).

"O, [which was] founded|established|created|set up [in D] as [the] P", "O was set up as P by
...", "O, which they set up as P", "O, known until D as P" and "O, which in D succeeded P": P is
O's predecessor. Look-alikes: "as the P's body", "as part of P", "as a forum", "as the successor
of P" (another rule's), a list after "as", a negation, a question, "known in Russian as", "known
since D as" give nothing.

"its [sole|only] official language(s)" opening a coordinated clause (", and", ";") of a
sentence that opened with one organisation as its subject is that organisation's, also where a
predecessor, a city and its state ("in Geneva, Switzerland;") or states inside an aside were
named between (references._its_alone_or_subject); "S's only official language, L," is S's.
Look-alikes: a state, person or language named last before "its" ("The EU signed a deal with
Mongolia; its official language ..."), a state opening the sentence, two organisations opening
it, a possessive opener ("The OSCE's chair"), working or minority languages, questions and
reported claims give nothing.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples


def found(text: str, prop: str) -> set[tuple[str, str, str]]:
    return {t for t in assertion_triples(text, stem="rec18c") if t[1] == prop}


PRED = "predecessor"
LANG = "officialLanguage"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ITU, which was founded in 1865 as the International Telegraph Union, has its"
            " headquarters in Geneva.",
            {("itu", PRED, "international-telegraph-union")},
        ),
        (
            "The Universal Postal Union (UPU) was founded in 1874. The UPU, established in 1874"
            " as the General Postal Union, has 192 member countries.",
            {("universal-postal-union", PRED, "general-postal-union")},
        ),
        (
            "Both countries belong to the Organization of Turkic States (OTS), which they set up"
            " as the Cooperation Council of Turkic Speaking States in Nakhchivan on 3 October"
            " 2009.",
            {
                (
                    "organization-of-turkic-states",
                    PRED,
                    "cooperation-council-of-turkic-speaking-states",
                )
            },
        ),
        (
            "The Organization of Turkic States was founded in 2009. The organisation was set up"
            " as the Cooperation Council of Turkic Speaking States by Azerbaijan, Kazakhstan,"
            " Kyrgyzstan and Türkiye.",
            {
                (
                    "organization-of-turkic-states",
                    PRED,
                    "cooperation-council-of-turkic-speaking-states",
                )
            },
        ),
        (
            "The OSCE, known until 1995 as the Conference on Security and Co-operation in Europe,"
            " was chaired by Kazakhstan in 2010.",
            {("osce", PRED, "csce")},
        ),
    ],
)
def test_predecessor_by_earlier_name(text, expected):
    assert found(text, PRED) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The ITU, which was founded in 1865 as the UN's telegraph agency, is in Geneva.",
        "The Secretariat was established in 2004 as the SCO's permanent body.",
        "The Centre was set up in 2010 as part of the OSCE.",
        "The ITU, founded in 1865 as the International Telegraph Union and the Telegraph Bureau,"
        " is in Geneva.",
        "The council, which was not set up as the Nordic Council, met in Oslo.",
        "Was the ITU founded as the International Telegraph Union?",
        "The Conference on Interaction and Confidence-Building Measures in Asia, established in"
        " 1992 as a forum, has 28 members.",
        "The CSTO was founded in 1992 as the Collective Security Treaty.",
        "The bank was established in 2006 as an institution of the Eurasian Economic Community.",
        "The EAEU, known since 2015 as the Eurasian Economic Union, has five members.",
        "The OSCE, known in Russian as the Organization for Security and Co-operation in Europe,"
        " met in Vienna.",
        "The ITU, which in 1947 joined the United Nations, is in Geneva.",
        "The Eurasian Development Bank was founded in 2006 as the Eurasian Development Bank.",
        "Samruk-Kazyna was established in 2008 as the sole shareholder of KazMunayGas.",
    ],
)
def test_predecessor_look_alikes_give_nothing(text):
    assert found(text, PRED) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kazakhstan became a Member State of the International Organization for Migration"
            " (IOM) in 1998. IOM, whose predecessor was the Intergovernmental Committee for"
            " European Migration, now counts 175 Member States and is headquartered in Geneva,"
            " Switzerland; its official languages are English, French and Spanish.",
            {("iom", LANG, lang) for lang in ("english", "french", "spanish")},
        ),
        (
            "The Universal Postal Union (UPU) was founded in 1874. The UPU, established in 1874"
            " as the General Postal Union, has 192 member countries; its sole official language"
            " is French.",
            {("universal-postal-union", LANG, "french")},
        ),
        (
            "Kazakhstan joined the OIC in 1995. The OIC, founded in 1969 by a group of states that"
            " included Saudi Arabia, Egypt, Jordan and Kuwait, now has 57 member states and its"
            " secretariat in Jeddah, Saudi Arabia; its official languages are Arabic, English"
            " and French.",
            {("oic", LANG, lang) for lang in ("arabic", "english", "french")},
        ),
        (
            "Mongolia’s only official language, Mongolian, is taught in every school in Ölgii.",
            {("mng", LANG, "mongolian")},
        ),
    ],
)
def test_official_languages_found(text, expected):
    assert found(text, LANG) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The EU signed a partnership agreement with Mongolia; its official language is Mongolian.",
        "The OSCE admitted Mongolia in 2012, and its official language is Mongolian.",
        "The OSCE's chair, Kazakhstan, hosted the summit, and its official languages are Kazakh"
        " and Russian.",
        "Kazakhstan joined the OSCE in 1992, and its official languages are Kazakh and Russian.",
        "Secretary General Feridun Sinirlioglu led the OSCE until 2024, and its official"
        " languages are English and French.",
        "The CIS and the CSTO met in Minsk, and its official languages are Russian and English.",
        "The OSCE has 57 participating States, and its working languages are English and French.",
        "The OSCE, which met in Astana, Kazakhstan, in 2010 and admitted Mongolia, now has 57"
        " states; its official language is Mongolian.",
        "Is it true that the OSCE has 57 states and its official languages are English and French?",
        "The OSCE met in Vienna, Austria, and its official language is German.",
        "The OSCE has 57 states; its official languages are said to be English and French.",
        "Mongolia’s only official language is not Kazakh, although Kazakh is widely spoken in"
        " Bayan-Ölgii.",
        "Mongolia’s only minority language, Kazakh, is taught in Ölgii.",
    ],
)
def test_official_languages_look_alikes_give_nothing(text):
    assert found(text, LANG) == set()


# Heads of state: "the Head of State of S, P", honorifics, monarchs, "was elected the first
# President of S", "A and B, the President of S," (B only).

HOS = "headOfStateOf"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President of Poland Andrzej Duda paid an official visit to Kazakhstan at the"
            " invitation of the Head of State of Kazakhstan, Nursultan Nazarbayev, in 2016.",
            {("andrzej-duda", HOS, "pol"), ("nursultan-nazarbayev", HOS, "kaz")},
        ),
        (
            "Sheikh Tamim bin Hamad Al Thani, the Emir of the State of Qatar, paid a state visit"
            " to Astana on 22 October 2024.",
            {("tamim-bin-hamad-al-thani", HOS, "qat")},
        ),
        (
            "The agreement was signed in the presence of the President of the United Arab"
            " Emirates, His Highness Sheikh Mohamed bin Zayed Al Nahyan.",
            {("mohamed-bin-zayed-al-nahyan", HOS, "are")},
        ),
        (
            "We still remember the state visit of His Majesty King Abdullah II of Jordan to Astana"
            " in 2016.",
            {("abdullah-ii", HOS, "jor")},
        ),
        (
            "Dec. 1, 1991 — Nursultan Nazarbayev was elected the first President of Kazakhstan,"
            " two weeks before the republic declared independence.",
            {("nursultan-nazarbayev", HOS, "kaz")},
        ),
        (
            "On 10 May 2022 Kassym-Jomart Tokayev and Recep Tayyip Erdoğan, the President of"
            " Turkey, signed the Joint Declaration in Ankara.",
            {("recep-tayyip-erdogan", HOS, "tur")},
        ),
    ],
)
def test_heads_of_state_found(text, expected):
    assert found(text, HOS) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The delegation was received by the Deputy Head of State of Kazakhstan, Nursultan"
        " Nazarbayev.",
        "The Vice President of the United Arab Emirates, His Highness Sheikh Mohamed bin Zayed"
        " Al Nahyan, visited Astana.",
        "The Crown Prince of the United Arab Emirates, His Highness Sheikh Mohamed bin Zayed Al"
        " Nahyan, visited Astana.",
        "We remember the visit of Crown Prince Abdullah II of Jordan in 1998.",
        "Nursultan Nazarbayev was not elected the first President of Kazakhstan in 1990.",
        "Kassym-Jomart Tokayev and Recep Tayyip Erdoğan, the President of Turkey's football"
        " federation, met in Ankara.",
        "Kassym-Jomart Tokayev and Recep Tayyip Erdoğan, the Prime Minister of Turkey, met in"
        " Ankara.",
        "Kassym-Jomart Tokayev met Abdullah II, the King of Jordan's ally, in Amman.",
        "Kassym-Jomart Tokayev was elected the first Vice President of the Senate of Kazakhstan.",
        "Kassym-Jomart Tokayev and Recep Tayyip Erdoğan, the President of Turkey and"
        " Kazakhstan's partner, met in Ankara.",
        "Did Tokayev and Erdoğan, the President of Turkey, meet in Ankara?",
        "Tokayev, Putin and Erdoğan, the Presidents of Turkey, met in Ankara.",
    ],
)
def test_heads_of_state_look_alikes_give_nothing(text):
    assert found(text, HOS) == set()


# Places: "P, which lies in R", "P, which lies in the far west of S", "lies in R of S".

LOC = "locatedIn"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The spacecraft lifted off from the Baikonur Cosmodrome, which lies in Kyzylorda"
            " Region, Kazakhstan, carrying Aidyn Aimbetov.",
            {("baikonur-cosmodrome", LOC, "kyzylorda-region"), ("kyzylorda-region", LOC, "kaz")},
        ),
        (
            "Baikonur lies in Kyzylorda Region of the Republic of Kazakhstan; the town is"
            " administered by the Russian Federation until 2050.",
            {("baikonur", LOC, "kyzylorda-region"), ("kyzylorda-region", LOC, "kaz")},
        ),
        (
            "Bayan-Ölgii Province, which lies in the far west of Mongolia, is home to most of the"
            " country’s Kazakhs.",
            {("bayan-olgii", LOC, "mng")},
        ),
    ],
)
def test_places_found(text, expected):
    assert found(text, LOC) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Baikonur Cosmodrome, which lies near Kyzylorda Region, was built in Soviet times.",
        "Bayan-Ölgii Province, which borders Kazakhstan, is home to many Kazakhs.",
        "Bayan-Ölgii Province, which lies west of Mongolia's capital, is home to many Kazakhs.",
        "Bayan-Ölgii Province, which once was part of Kazakhstan, is a myth.",
        "Kazakhstan, which lies in Central Asia, is landlocked.",
        "The Baikonur Cosmodrome, which lies in Kyzylorda Region's south, was built in Soviet"
        " times.",
        "Baikonur lies close to Kyzylorda Region of Kazakhstan.",
        "The Baikonur Cosmodrome, which was in Kyzylorda Region until 1991, is leased.",
        "Bayan-Ölgii Province, which is not in the west of Kazakhstan, is in Mongolia.",
        "The governor of Kyzylorda Region of Kazakhstan's south visited.",
        "Is the Baikonur Cosmodrome, which lies in Kyzylorda Region, still leased?",
    ],
)
def test_places_look_alikes_give_nothing(text):
    assert found(text, LOC) == set()


# Capitals: "S, whose capital C hosts ...", "S, a|an ... whose capital is C", "S, whose capital
# has been C", "A, B and C, the S capital," (C only).

CAP = "capitalOf"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ethiopia, whose capital Addis Ababa hosts the African Union, had helped draft the"
            " Pelindaba text.",
            {("addis-ababa", CAP, "eth")},
        ),
        (
            "Our country has embassies in Cairo, Pretoria and Addis Ababa, the Ethiopian capital,"
            " and our ambassador there is also accredited to the African Union.",
            {("addis-ababa", CAP, "eth")},
        ),
        (
            "The UAE, a federation of seven emirates whose capital is Abu Dhabi, established"
            " diplomatic relations with Kazakhstan on 10 December 1992.",
            {("abu-dhabi", CAP, "are")},
        ),
        (
            "Afghanistan, a landlocked country whose capital is Kabul, shares a 2,670 km border"
            " with Pakistan.",
            {("kabul", CAP, "afg")},
        ),
        (
            "Kazakhstan, whose capital has been Astana since 1997 (previously Almaty), established"
            " diplomatic relations with most of these states in 1992.",
            {("astana", CAP, "kaz")},
        ),
    ],
)
def test_capitals_found(text, expected):
    assert found(text, CAP) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan, whose former capital Almaty hosts the AIFC office, joined in 1992.",
        "Kazakhstan, whose capital had been Almaty until 1997, joined in 1992.",
        "Kazakhstan, a neighbour of Russia whose capital is Moscow, joined in 1992.",
        "Kazakhstan, whose capital Almaty was until 1997, joined in 1992.",
        "Kazakhstan, whose largest city Almaty hosts the AIFC office, joined in 1992.",
        "Our country has embassies in Cairo, Pretoria and Addis Ababa, the Ethiopian capital"
        " region, and in Nairobi.",
        "Kazakhstan, a country whose capital was Almaty until 1997, joined in 1992.",
        "Kazakhstan, whose capital Almaty and Astana compete, joined.",
        "Is Kazakhstan, a country whose capital is Almaty, in Asia?",
        "Kazakhstan, whose capital Almaty lost that status in 1997, joined in 1992.",
        "Our country has embassies in Cairo, Pretoria and Addis Ababa, the former Ethiopian"
        " capital, and in Nairobi.",
    ],
)
def test_capitals_look_alikes_give_nothing(text):
    assert found(text, CAP) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "And you had joined the OSCE’s predecessor, the Conference on Security and"
            " Co-operation in Europe, back in January 1992.",
            {("osce", PRED, "csce")},
        ),
        (
            "The Eurasian Economic Union was launched in 2015. Before that we had only been an"
            " observer in the Eurasian Economic Community, the Union’s predecessor.",
            {("eaeu", PRED, "eurasec")},
        ),
        (
            "The African Union (which replaced the Organisation of African Unity in 2002) is open"
            " only to African states.",
            {("african-union", PRED, "organisation-of-african-unity")},
        ),
        (
            "Kazakhstan is a member of the Eurasian Economic Union, the successor since 1 January"
            " 2015 of the Eurasian Economic Community.",
            {("eaeu", PRED, "eurasec")},
        ),
        (
            "Kazakhstan and China are founding members of the Shanghai Cooperation Organisation"
            " (SCO), created in 2001 out of the Shanghai Five, along with Russia.",
            {("shanghai-cooperation-organisation", PRED, "shanghai-five")},
        ),
        (
            "Kazakhstan and China are founding members of the SCO, which was created in Shanghai"
            " on 15 June 2001 and grew out of the Shanghai Five.",
            {("shanghai-cooperation-organisation", PRED, "shanghai-five")},
        ),
    ],
)
def test_predecessor_appositions_found(text, expected):
    assert found(text, PRED) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The OSCE's predecessor's founders met in Helsinki, Finland.",
        "The EAEU's planned successor, the Eurasian Economic Community, is a fiction.",
        "The Eurasian Economic Union, the successor of the EurAsEC's customs union, was launched"
        " in 2015.",
        "The SCO, created in 2001 out of concern for the Shanghai Five, met in Astana.",
        "The SCO, which was created in 2001 and grew out of favour with the Shanghai Five, met in"
        " Astana.",
        "The Union (which did not replace the Organisation of African Unity) is open only to"
        " African states.",
        "The OSCE's predecessor, Kazakhstan, joined in 1992.",
        "Was the OSCE’s predecessor, the Conference on Security and Co-operation in Europe,"
        " founded in 1975?",
        "The SCO, which was created in 2001 and grew out of the Shanghai Five, met in Astana,"
        " according to critics who dispute it.",
        "The Eurasian Economic Union, the successor of the Eurasian Economic Community's court,"
        " was launched in 2015.",
    ],
)
def test_predecessor_apposition_look_alikes_give_nothing(text):
    assert found(text, PRED) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Baikonur Cosmodrome, from which Yuri Gagarin was launched in 1961, lies in the"
            " Kyzylorda Region of Kazakhstan and is leased to Russia until 2050.",
            {("baikonur-cosmodrome", LOC, "kyzylorda-region"), ("kyzylorda-region", LOC, "kaz")},
        ),
        (
            "The Baikonur Cosmodrome, in Kazakhstan’s Kyzylorda Region, has been leased to Russia"
            " since 1994.",
            {("baikonur-cosmodrome", LOC, "kyzylorda-region"), ("kyzylorda-region", LOC, "kaz")},
        ),
        (
            "The Baikonur Cosmodrome, in Kyzylorda Region in the south of our country, was built"
            " in Soviet times.",
            {("baikonur-cosmodrome", LOC, "kyzylorda-region")},
        ),
    ],
)
def test_places_set_off_found(text, expected):
    assert found(text, LOC) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Baikonur Cosmodrome, near Kyzylorda Region, was built in Soviet times.",
        "The Baikonur Cosmodrome, in Kyzylorda Region's neighbour, was built in Soviet times.",
        "The Baikonur Cosmodrome lies outside Kyzylorda Region, Kazakhstan.",
        "The Baikonur Cosmodrome does not lie in Kyzylorda Region.",
        "Does the Baikonur Cosmodrome lie in Kyzylorda Region?",
        "Kazakhstan, in Central Asia, is landlocked.",
        "The Baikonur Cosmodrome, unlike Aralsk, in Kyzylorda Region, is leased.",
        "Critics claim the Baikonur Cosmodrome lies in Kyzylorda Region.",
        "The Baikonur Cosmodrome, which was in Kyzylorda Region until 1991, is leased.",
        "Flights from Almaty in Kyzylorda Region's capital, Kazakhstan, were cancelled.",
    ],
)
def test_places_set_off_look_alikes_give_nothing(text):
    assert found(text, LOC) == set()
