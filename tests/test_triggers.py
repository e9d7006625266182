"""The trigger fallback (triggers.py, data/triggers.jsonl): plain statements the rules miss, and
the look-alikes it must leave alone."""

from __future__ import annotations

import shutil

import pytest
from fact_cases import extraction_rules, extraction_triples

import kzgraph.extract
from kzgraph import triggers
from kzgraph.documents import document_from_text
from kzgraph.errors import RuleFileError
from kzgraph.extract import extract_document
from kzgraph.resources import rules_dir


@pytest.fixture
def alone(monkeypatch):
    """The relation rules off: what the trigger stage alone makes of a sentence (the rules
    grow, so a sentence they miss today may be theirs tomorrow)."""
    monkeypatch.setattr(kzgraph.extract, "extract_relations", lambda *args, **kwargs: [])


def _extract(text: str):
    return extract_document(document_from_text(text, "trigger-test"))


# (trigger line, a sentence no relation rule covers, triples it must give)
POSITIVES = [
    ("joined-organisation", "Kazakhstan formally joined the World Trade Organization in 2015.",
     {("kaz", "memberOf", "wto"), ("membership-kaz-wto", "startDate", "2015")}),
    ("member-of-organisation",
     "Uzbekistan has been an active member of the Commonwealth of Independent States since 1991.",
     {("uzb", "memberOf", "cis"), ("membership-uzb-cis", "startDate", "1991")}),
    ("became-member-of-organisation",
     "Kazakhstan officially became a full member of the World Trade Organization in 2015.",
     {("kaz", "memberOf", "wto"), ("membership-kaz-wto", "startDate", "2015")}),
    ("organisation-admitted-state", "The Asian Development Bank formally admitted Georgia in 2007.",
     {("geo", "memberOf", "adb"), ("membership-geo-adb", "startDate", "2007")}),
    ("state-is-organisation-member", "Mongolia became a WTO member in 1997.",
     {("mng", "memberOf", "wto"), ("membership-mng-wto", "startDate", "1997")}),
    ("organisation-members-are",
     "The Asian Development Bank's members include Mongolia, Georgia and Armenia.",
     {("mng", "memberOf", "adb"), ("geo", "memberOf", "adb"), ("arm", "memberOf", "adb")}),
    ("members-of-organisation-are",
     "The members of the Asian Development Bank include Mongolia and Georgia.",
     {("mng", "memberOf", "adb"), ("geo", "memberOf", "adb")}),
    ("organisation-founding-members-are",
     "The Asian Development Bank's founding members were Japan and India.",
     {("jpn", "coFounderOf", "adb"), ("ind", "coFounderOf", "adb")}),
    ("co-founded-organisation",
     "Kazakhstan and Russia jointly founded the Eurasian Economic Union in 2014.",
     {("kaz", "coFounderOf", "eaeu"), ("rus", "coFounderOf", "eaeu"),
      ("founding-membership-rus-eaeu", "startDate", "2014")}),
    ("organisation-founded-by",
     "The Collective Security Treaty Organization was formally established in 2002 by Russia "
     "and Kazakhstan.",
     {("kaz", "coFounderOf", "csto"), ("rus", "coFounderOf", "csto")}),
    ("founding-member-of",
     "Kazakhstan was among the founders of the Conference on Interaction and Confidence-Building "
     "Measures in Asia.",
     {("kaz", "coFounderOf", "cica")}),
    ("state-joined-programme",
     "Kazakhstan formally joined the Partnership for Peace programme in 1994.",
     {("kaz", "participatesInProgramme", "partnership-for-peace")}),
    ("state-takes-part-in-programme",
     "Tajikistan actively participates in the Central Asia Regional Economic Cooperation Program.",
     {("tjk", "participatesInProgramme", "central-asia-regional-economic-cooperation-program")}),
    ("state-chaired-organisation",
     "Kazakhstan successfully chaired the Organization for Security and Co-operation in Europe "
     "in 2010.",
     {("osce", "chairedBy", "kaz"), ("chairmanship-osce-kaz", "year", "2010")}),
    ("organisation-held-summit",
     "The Shanghai Cooperation Organisation held its annual summit in Astana on 3–4 July 2024.",
     {("summit-shanghai-cooperation-organisation-astana-2024-07-03", "heldIn", "astana"),
      ("summit-shanghai-cooperation-organisation-astana-2024-07-03", "endDate", "2024-07-04")}),
    ("state-held-organisation-chairmanship", "Mongolia assumed the OSCE chairmanship in 2021.",
     {("osce", "chairedBy", "mng"), ("chairmanship-osce-mng", "year", "2021")}),
    ("organisation-summit-in-city",
     "Georgia hosted the Asian Development Bank summit in Tbilisi on 3 May 2010.",
     {("summit-adb-tbilisi-2010-05-03", "heldIn", "tbilisi"),
      ("summit-adb-tbilisi-2010-05-03", "startDate", "2010-05-03")}),
    ("visit-to-place", "Xi Jinping finally visited Kazakhstan in September 2013.",
     {("visit-xi-jinping-kaz-2013-09", "visitor", "xi-jinping"),
      ("visit-xi-jinping-kaz-2013-09", "destination", "kaz")}),
    ("states-signed-treaty", "Kazakhstan formally signed the Energy Charter Treaty in 1994.",
     {("energy-charter-treaty", "signatory", "kaz"),
      ("energy-charter-treaty", "signingDate", "1994")}),
    ("state-signed-treaty-with",
     "Mongolia signed the Energy Charter Treaty with Georgia in Tbilisi on 5 May 1999.",
     {("energy-charter-treaty", "signatory", "mng"), ("energy-charter-treaty", "signatory", "geo"),
      ("energy-charter-treaty", "signingPlace", "tbilisi")}),
    ("signatory-to-treaty", "Kazakhstan is also a signatory to the Energy Charter Treaty.",
     {("energy-charter-treaty", "signatory", "kaz")}),
    ("treaty-signed-by-states",
     "The Energy Charter Treaty was eventually signed by Kazakhstan in 1994.",
     {("energy-charter-treaty", "signatory", "kaz")}),
    ("treaty-between-signed",
     "The Joint Declaration on Strategic Partnership between Mongolia and Georgia was signed in "
     "Tbilisi on 5 May 1999.",
     {("joint-declaration-on-strategic-partnership", "signatory", "mng"),
      ("joint-declaration-on-strategic-partnership", "signatory", "geo"),
      ("joint-declaration-on-strategic-partnership", "signingPlace", "tbilisi")}),
    ("borders-state", "Kazakhstan also borders Kyrgyzstan.", {("kaz", "sharesBorderWith", "kgz")}),
    ("pair-shares-border", "Kazakhstan and China share a border of 1,783 kilometres.",
     {("chn", "sharesBorderWith", "kaz"), ("border-chn-kaz", "lengthKm", "1783")}),
    ("shares-border-with", "Kazakhstan also shares a 1,212-kilometre border with Kyrgyzstan.",
     {("kaz", "sharesBorderWith", "kgz"), ("border-kaz-kgz", "lengthKm", "1212")}),
    ("relations-with-state",
     "Kazakhstan formally established diplomatic relations with Japan on 26 January 1992.",
     {("kaz", "hasDiplomaticRelationsWith", "jpn")}),
    ("pair-established-relations",
     "Kazakhstan and Japan formally established diplomatic relations on 26 January 1992.",
     {("jpn", "hasDiplomaticRelationsWith", "kaz"),
      ("diplomatic-relations-jpn-kaz-1992-01-26", "date", "1992-01-26")}),
    ("relations-between-pair-dated",
     "Diplomatic relations between Mongolia and Georgia were established on 5 May 1993.",
     {("geo", "hasDiplomaticRelationsWith", "mng"),
      ("diplomatic-relations-geo-mng-1993-05-05", "date", "1993-05-05")}),
    ("company-built-pipeline",
     "KazMunayGas and China National Petroleum Corporation eventually built the Kazakhstan–China "
     "Pipeline.",
     {("kazakhstan-china-oil-pipeline", "builtBy", "kazmunaygas")}),
    ("pipeline-built-by-company",
     "The Kazakhstan–China Pipeline was eventually built by KazMunayGas.",
     {("kazakhstan-china-oil-pipeline", "builtBy", "kazmunaygas")}),
    ("company-develops-field", "Chevron has successfully developed the Tengiz field since 1993.",
     {("chevron", "develops", "tengiz-oil-field")}),
    ("field-developed-by-company",
     "The Tengiz field has successfully been developed by Chevron since 1993.",
     {("chevron", "develops", "tengiz-oil-field")}),
    ("state-joined-pipeline",
     "Kazakhstan formally joined the Baku–Tbilisi–Ceyhan pipeline in 2006.",
     {("btc-pipeline", "participantState", "kaz")}),
    # session 4 lines (more wordings in tests/test_triggers_s4.py)
    ("belongs-to-organisation", "Georgia belongs to the Asian Development Bank.",
     {("geo", "memberOf", "adb")}),
    ("participating-state-of",
     "Mongolia became a participating State of the Organization for Security and Co-operation in "
     "Europe in 2012.",
     {("mng", "memberOf", "osce"), ("membership-mng-osce", "startDate", "2012")}),
    ("founder-of-organisation", "Turkey is a founder of the Economic Cooperation Organization.",
     {("tur", "coFounderOf", "economic-cooperation-organization")}),
    ("state-held-organisation-presidency",
     "Uzbekistan held the rotating presidency of the Shanghai Cooperation Organisation in 2022.",
     {("shanghai-cooperation-organisation", "chairedBy", "uzb")}),
    ("has-border-with", "Mongolia has a 4,630 km border with China.",
     {("mng", "sharesBorderWith", "chn")}),
    ("pipeline-completed", "The Atyrau–Samara pipeline was completed in 1970.",
     {("atyrau-samara-pipeline", "completionDate", "1970")}),
    ("company-laid-pipeline", "KazTransOil and Transneft laid the Atyrau–Samara pipeline.",
     {("atyrau-samara-pipeline", "builtBy", "transneft")}),
    ("pipeline-laid-by-company", "The Atyrau–Samara pipeline was laid by KazTransOil.",
     {("atyrau-samara-pipeline", "builtBy", "kaztransoil")}),
    ("city-hosted-summit", "Dushanbe hosted the CSTO summit on 7 November 2018.",
     {("summit-csto-dushanbe-2018-11-07", "heldIn", "dushanbe")}),
    ("state-chairmanship-of-organisation",
     "During Kyrgyzstan's chairmanship of the CSTO in 2019, the leaders met twice.",
     {("csto", "chairedBy", "kgz")}),
    ("company-operator-of-field", "Eni, the operator of the Karachaganak field, reported output.",
     {("eni", "develops", "karachaganak-field")}),
    ("relations-with-state-since",
     "Armenia has had diplomatic relations with Kazakhstan since 27 August 1992.",
     {("arm", "hasDiplomaticRelationsWith", "kaz")}),
    ("pair-relations-since",
     "Armenia and Kazakhstan have maintained diplomatic relations since 27 August 1992.",
     {("arm", "hasDiplomaticRelationsWith", "kaz")}),
    ("pair-has-border", "Armenia and Georgia have a common border of 219 km.",
     {("border-arm-geo", "lengthKm", "219")}),
    ("state-takes-part-in-pipeline", "Georgia takes part in the Baku–Tbilisi–Ceyhan pipeline.",
     {("btc-pipeline", "participantState", "geo")}),
    ("state-membership-of-organisation",
     "Armenia's membership of the Asian Development Bank began on 12 September 1993.",
     {("arm", "memberOf", "adb")}),
    ("state-organisation-membership", "Armenia's ADB membership took effect on 12 September 1993.",
     {("arm", "memberOf", "adb")}),
    ("state-part-of-organisation",
     "Armenia has been part of the Asian Development Bank since 1993.",
     {("arm", "memberOf", "adb")}),
    ("guarantor-of-treaty",
     "Russia and the United States are guarantors of the Budapest Memorandum.",
     {("budapest-memorandum", "guarantor", "rus")}),
    ("organisation-successor-of",
     "The Eurasian Economic Union is the successor of the Eurasian Economic Community.",
     {("eaeu", "predecessor", "eurasec")}),
    ("organisation-renamed",
     "The Eurasian Economic Community was transformed into the Eurasian Economic Union.",
     {("eaeu", "predecessor", "eurasec")}),
    ("organisation-replaced",
     "The Eurasian Economic Union replaced the Eurasian Economic Community in 2015.",
     {("eaeu", "predecessor", "eurasec")}),
    # session 5 (brief LEX): more of them in tests/test_triggers_s5.py
    ("lex-granted-membership",
     "Georgia was granted full membership of the Asian Development Bank in 2007.",
     {("geo", "memberOf", "adb"), ("membership-geo-adb", "startDate", "2007")}),
    ("lex-organisation-expanded-to-include",
     "In 2007 the Asian Development Bank expanded to include Georgia.",
     {("geo", "memberOf", "adb"), ("membership-geo-adb", "startDate", "2007")}),
    ("lex-helped-found-organisation", "Armenia helped to found the Asian Development Bank.",
     {("arm", "coFounderOf", "adb")}),
    ("lex-organisation-formed-by", "The Asian Development Bank was formed by Armenia and Georgia.",
     {("arm", "coFounderOf", "adb"), ("geo", "coFounderOf", "adb")}),
    ("lex-states-signed-treaty", "Armenia put its signature to the Energy Charter Treaty.",
     {("energy-charter-treaty", "signatory", "arm")}),
    ("lex-signatory-state-of", "Armenia is a signatory state of the Energy Charter Treaty.",
     {("energy-charter-treaty", "signatory", "arm")}),
    ("lex-provided-assurances-under",
     "France gave security assurances to Armenia under the Budapest Memorandum.",
     {("budapest-memorandum", "guarantor", "fra"), ("budapest-memorandum", "beneficiary", "arm")}),
    ("guarantor-of-treaty", "France is a guarantor state to the Budapest Memorandum.",
     {("budapest-memorandum", "guarantor", "fra")}),
    ("lex-company-completed-pipeline", "Gazprom completed the Blue Stream pipeline in 2003.",
     {("blue-stream-pipeline", "builtBy", "gazprom"),
      ("blue-stream-pipeline", "completionDate", "2003")}),
    ("lex-pipeline-completed-by", "The Blue Stream pipeline was completed by Gazprom in 2003.",
     {("blue-stream-pipeline", "builtBy", "gazprom"),
      ("blue-stream-pipeline", "completionDate", "2003")}),
    ("lex-pipeline-commissioned", "The Blue Stream pipeline went into operation in 2003.",
     {("blue-stream-pipeline", "completionDate", "2003")}),
    ("lex-company-develops-field", "Gazprom runs the Karachaganak field.",
     {("gazprom", "develops", "karachaganak-field")}),
    ("lex-field-developed-by", "The Karachaganak field is run by Gazprom.",
     {("gazprom", "develops", "karachaganak-field")}),
    ("lex-visit-trip-to-place", "Ilham Aliyev toured Georgia on 5 June 2019.",
     {("visit-ilham-aliyev-geo-2019-06-05", "destination", "geo")}),
    ("lex-state-chair-of-organisation",
     "Armenia assumed the chair of the Collective Security Treaty Organization in 2022.",
     {("csto", "chairedBy", "arm"), ("chairmanship-csto-arm", "year", "2022")}),
    ("lex-state-neighbours-state", "Armenia neighbours Iran to the south.",
     {("arm", "sharesBorderWith", "irn")}),
    ("lex-state-participant-in-programme",
     "Georgia became a participant in the Belt and Road Initiative in 2015.",
     {("geo", "participatesInProgramme", "belt-and-road-initiative")}),
    ("lex-capital-of-state",
     "Yerevan, which became the capital of Armenia in 1918, hosted the summit.",
     {("yerevan", "capitalOf", "arm")}),
    ("lex-pair-shares-border", "Armenia and Georgia share a mountainous border of about 219 km.",
     {("arm", "sharesBorderWith", "geo"), ("border-arm-geo", "lengthKm", "219")}),
    ("lex-treaty-signatories-are",
     "The Energy Charter Treaty's original signatories included Armenia and Georgia.",
     {("energy-charter-treaty", "signatory", "arm"),
      ("energy-charter-treaty", "signatory", "geo")}),
    ("lex-signatories-of-treaty-are",
     "The signatories of the Energy Charter Treaty were Armenia and Georgia.",
     {("energy-charter-treaty", "signatory", "arm"),
      ("energy-charter-treaty", "signatory", "geo")}),
    ("lex-accession-to-organisation-took-effect",
     "Georgia's accession to the Asian Development Bank took effect on 2 February 2007.",
     {("geo", "memberOf", "adb"), ("membership-geo-adb", "startDate", "2007-02-02")}),
    ("lex-organisation-became",
     "The Eurasian Economic Community, set up in 2000, became the Eurasian Economic Union.",
     {("eaeu", "predecessor", "eurasec")}),
    ("lex-organisation-succeeded-by",
     "The Eurasian Economic Community was succeeded by the Eurasian Economic Union in 2015.",
     {("eaeu", "predecessor", "eurasec")}),
    ("lex-organisation-established-on-basis-of",
     "The Eurasian Economic Union was created in 2014 on the basis of the Eurasian Economic "
     "Community.",
     {("eaeu", "predecessor", "eurasec")}),
    ("lex-city-located-in-state", "Gyumri is located in Armenia.",
     {("gyumri", "locatedIn", "arm")}),
    ("lex-official-language-of", "Armenian is the state language of Armenia.",
     {("arm", "officialLanguage", "armenian")}),
    ("lex-official-languages-are", "Georgia's state language is Georgian.",
     {("geo", "officialLanguage", "georgian")}),
    ("lex-original-member-of",
     "Armenia was one of the original members of the Asian Development Bank.",
     {("arm", "coFounderOf", "adb")}),
    ("lex-organisation-original-members-are",
     "The Asian Development Bank's original members included Armenia and Georgia.",
     {("arm", "coFounderOf", "adb"), ("geo", "coFounderOf", "adb")}),
    ("lex-original-members-of-organisation-were",
     "The original members of the Asian Development Bank were Armenia and Georgia.",
     {("arm", "coFounderOf", "adb"), ("geo", "coFounderOf", "adb")}),
    ("lex-pair-forged-relations", "Armenia and Georgia forged diplomatic ties on 17 July 1992.",
     {("arm", "hasDiplomaticRelationsWith", "geo")}),
    ("lex-relations-with-state-forged",
     "Armenia formalised diplomatic relations with Georgia on 17 July 1992.",
     {("arm", "hasDiplomaticRelationsWith", "geo")}),
    ("lex-state-joined-pipeline",
     "Georgia became a participant in the Baku–Tbilisi–Ceyhan pipeline in 2002.",
     {("btc-pipeline", "participantState", "geo")}),
    ("syn-organisation-includes-state",  # SYN session 6: more in tests/test_syntax_s6.py
     "The Collective Security Treaty Organization comprises Armenia, Belarus and Tajikistan.",
     {("arm", "memberOf", "csto"), ("tjk", "memberOf", "csto")}),
]  # fmt: skip

# (trigger line, a look-alike that must give it nothing): a hedge or negation, two candidates on
# one side, a filler in a relative clause or qualifying the word after it
NEGATIVES = [
    ("joined-organisation", "Kazakhstan has never formally joined the World Trade Organization."),
    ("joined-organisation",
     "Kazakhstan formally joined the Shanghai Cooperation Organisation in 2005 as an observer."),
    ("joined-organisation",
     "Tokayev met the president of Kyrgyzstan, which formally joined the Eurasian Economic "
     "Union in 2015."),
    ("joined-organisation",
     "Kazakhstan formally joined the European Union in calling for a ceasefire."),
    ("member-of-organisation",
     "Kazakhstan was an active member of the Commonwealth of Independent States until 2005."),
    ("member-of-organisation",
     "Kazakhstan is an active member of the board of the Asian Development Bank."),
    ("became-member-of-organisation",
     "Kazakhstan reportedly became a full member of the World Trade Organization in 2015."),
    ("became-member-of-organisation",
     "Tokayev thanked the people of Russia, which officially became a full member of the World "
     "Trade Organization in 2012."),
    ("organisation-admitted-state", "The Asian Development Bank admitted Georgia as an observer."),
    ("organisation-admitted-state",
     "The Asian Development Bank admitted that Georgia had repaid its loans."),
    ("state-is-organisation-member", "Mongolia is not a WTO member."),
    ("state-is-organisation-member", "Mongolia hosted WTO members in 1997."),
    ("organisation-members-are",
     "The Asian Development Bank's members are expected to include Georgia."),
    ("organisation-members-are",
     "The Asian Development Bank's members include observers such as Georgia."),
    ("members-of-organisation-are",
     "The members of the Asian Development Bank's board include Georgia."),
    ("members-of-organisation-are",
     "The members of the Asian Development Bank were Georgia and Armenia."),
    ("organisation-founding-members-are",
     "The Asian Development Bank's founding members may include Japan."),
    ("organisation-founding-members-are",
     "The Asian Development Bank's founding members were praised by Japan."),
    ("co-founded-organisation",
     "Kazakhstan and Russia jointly founded the Eurasian Economic Union's court in 2014."),
    ("co-founded-organisation",
     "Kazakhstan and Russia might have jointly founded the Eurasian Economic Union in 2014."),
    ("organisation-founded-by",
     "The Collective Security Treaty Organization was not formally established by Kazakhstan."),
    ("organisation-founded-by",
     "The Collective Security Treaty Organization was formally established in 2002 by Russia "
     "with the support of Kazakhstan."),
    ("founding-member-of",
     "Kazakhstan was not among the founders of the Conference on Interaction and "
     "Confidence-Building Measures in Asia."),
    ("founding-member-of",
     "Kazakhstan was among the founders of the Eurasian Economic Union's predecessor."),
    ("state-joined-programme",
     "Kazakhstan has not formally joined the Partnership for Peace programme."),
    ("state-joined-programme",
     "Kazakhstan formally joined the Partnership for Peace programme's review in 1994."),
    ("state-takes-part-in-programme",
     "Tajikistan no longer participates in the Central Asia Regional Economic Cooperation "
     "Program."),
    ("state-takes-part-in-programme",
     "Tajikistan participates in the Central Asia Regional Economic Cooperation Program's review."),
    ("state-chaired-organisation",
     "Kazakhstan, not Russia, chaired the Organization for Security and Co-operation in Europe "
     "in 2010."),
    ("state-chaired-organisation",
     "Kazakhstan successfully chaired a meeting of the Shanghai Cooperation Organisation in 2024."),
    ("organisation-held-summit",
     "The Shanghai Cooperation Organisation held talks before its summit in Astana in July 2024."),
    ("organisation-held-summit",
     "The Shanghai Cooperation Organisation held its annual summit in Astana and Bishkek in "
     "July 2024."),
    ("state-held-organisation-chairmanship",
     "Mongolia prepared for the OSCE chairmanship in 2021."),
    ("state-held-organisation-chairmanship",
     "During Mongolia's OSCE chairmanship in 2021, talks were held."),
    ("organisation-summit-in-city",
     "Georgia will host the next Asian Development Bank summit in Tbilisi in 2026."),
    ("organisation-summit-in-city",
     "Georgia praised the Asian Development Bank summit in Tbilisi and in Batumi in 2010."),
    ("visit-to-place", "Tokayev has not travelled to Tashkent since 2019."),
    ("visit-to-place", "Tokayev travelled to Tashkent via Almaty on 22 December 2022."),
    ("states-signed-treaty",
     "Kazakhstan formally signed the Energy Charter Treaty on behalf of Russia in 1994."),
    ("states-signed-treaty",
     "Tokayev praised the government of Russia, which had formally signed the Energy Charter "
     "Treaty in 1994."),
    ("state-signed-treaty-with",
     "Mongolia signed the Energy Charter Treaty with the support of Georgia in 1999."),
    ("state-signed-treaty-with",
     "Mongolia signed the Energy Charter Treaty with Georgia's president in 1999."),
    ("signatory-to-treaty", "Kazakhstan is not a signatory to the Energy Charter Treaty."),
    ("signatory-to-treaty",
     "Kazakhstan is a signatory to the protocol of the Energy Charter Treaty."),
    ("treaty-signed-by-states", "The Energy Charter Treaty was never signed by Kazakhstan."),
    ("treaty-signed-by-states",
     "The Energy Charter Treaty was eventually signed by Kazakhstan's energy minister in 1994."),
    ("treaty-between-signed",
     "The Joint Declaration on Strategic Partnership between Mongolia and Georgia was never "
     "signed."),
    ("treaty-between-signed",
     "A draft of the Joint Declaration on Strategic Partnership between Mongolia and Georgia was "
     "signed in 1999."),
    ("borders-state", "Kazakhstan reportedly borders Iran."),
    ("borders-state", "Kazakhstan also borders Kyrgyzstan near Uzbekistan."),
    ("pair-shares-border", "Kazakhstan and China do not share a border of 1,783 kilometres."),
    ("pair-shares-border",
     "Kazakhstan and Kyrgyzstan share a border of 1,783 kilometres with China."),
    ("shares-border-with", "Kazakhstan allegedly shares a 1,212-kilometre border with Iran."),
    ("shares-border-with",
     "Tokayev praised the president of Uzbekistan, which also shares a 1,212-kilometre border "
     "with Kyrgyzstan."),
    ("relations-with-state",
     "Kazakhstan never formally established diplomatic relations with Armenia on 26 January 1992."),
    ("relations-with-state",
     "Kazakhstan formally established diplomatic relations with Japan and with South Korea on "
     "26 January 1992."),
    ("pair-established-relations",
     "Kazakhstan and Armenia have not formally established diplomatic relations."),
    ("pair-established-relations",
     "Kazakhstan and Japan formally established diplomatic relations with Korea on 26 January "
     "1992."),
    ("relations-between-pair-dated",
     "Diplomatic relations between Mongolia and Georgia were suspended in 2008."),
    ("relations-between-pair-dated",
     "Diplomatic relations between Mongolia and Georgia were not established until 1995."),
    ("company-built-pipeline",
     "KazMunayGas eventually built the Kazakhstan–China Pipeline's second section."),
    ("company-built-pipeline",
     "KazMunayGas could eventually have built the Kazakhstan–China Pipeline."),
    ("pipeline-built-by-company",
     "The Kazakhstan–China Pipeline was eventually built by engineers of KazMunayGas."),
    ("pipeline-built-by-company", "The Kazakhstan–China Pipeline was not built by KazMunayGas."),
    ("company-develops-field",
     "Chevron has successfully developed the Tengiz field's infrastructure since 1993."),
    ("company-develops-field",
     "Chevron has successfully developed the Tengiz field near the Karachaganak field."),
    ("field-developed-by-company", "The Tengiz field has never been developed by Chevron."),
    ("field-developed-by-company",
     "The Tengiz field has successfully been developed by partners of Chevron since 1993."),
    ("state-joined-pipeline",
     "Kazakhstan formally joined the Baku–Tbilisi–Ceyhan pipeline project talks in 2006."),
    ("state-joined-pipeline",
     "Kazakhstan formally joined the Baku–Tbilisi–Ceyhan pipeline in 2006 as a partner."),
    # session 4 lines
    ("belongs-to-organisation", "Georgia does not belong to the Asian Development Bank."),
    ("belongs-to-organisation", "Georgia belonged to the Asian Development Bank until 2010."),
    ("participating-state-of",
     "Mongolia is not a participating State of the Organization for Security and Co-operation in "
     "Europe."),
    ("participating-state-of",
     "Mongolia hopes to become a participating State of the Organization for Security and "
     "Co-operation in Europe."),
    ("founder-of-organisation",
     "Turkey was not a founder of the Economic Cooperation Organization."),
    ("founder-of-organisation",
     "Turkey could become a founder of the Economic Cooperation Organization's new fund."),
    ("state-held-organisation-presidency",
     "Uzbekistan will take over the presidency of the Shanghai Cooperation Organisation."),
    ("state-held-organisation-presidency",
     "Uzbekistan held the presidency of the Shanghai Cooperation Organisation's youth council."),
    ("has-border-with", "Mongolia has no border with Kazakhstan."),
    ("has-border-with", "Mongolia closed its border with China in 2020."),
    ("pipeline-completed", "The Atyrau–Samara pipeline is expected to be completed in 2027."),
    ("pipeline-completed", "The Atyrau–Samara pipeline's expansion was completed in 2019."),
    ("company-laid-pipeline", "KazTransOil laid off staff on the Atyrau–Samara pipeline."),
    ("company-laid-pipeline", "KazTransOil may have laid the Atyrau–Samara pipeline."),
    ("pipeline-laid-by-company", "The Atyrau–Samara pipeline was not laid by KazTransOil."),
    ("pipeline-laid-by-company",
     "The Atyrau–Samara pipeline was laid by KazTransOil's rivals, it is said."),
    ("city-hosted-summit", "Dushanbe will host the CSTO summit on 7 November 2028."),
    ("city-hosted-summit", "Dushanbe hosted the CSTO ministerial meeting on 7 November 2018."),
    ("state-chairmanship-of-organisation",
     "Kyrgyzstan's bid for the chairmanship of the CSTO in 2019 failed."),
    ("state-chairmanship-of-organisation",
     "Kyrgyzstan's upcoming chairmanship of the CSTO in 2029 was discussed."),
    ("company-operator-of-field", "Eni was the operator of the Karachaganak field until 2008."),
    ("company-operator-of-field", "Eni is a contractor to the operator of the Karachaganak field."),
    ("relations-with-state-since",
     "Armenia has had no diplomatic relations with Kazakhstan since 27 August 1992."),
    ("relations-with-state-since", "Armenia had diplomatic relations with Kazakhstan in 1995."),
    ("pair-relations-since", "Armenia and Kazakhstan have maintained diplomatic relations."),
    ("pair-relations-since", "Armenia and Kazakhstan had diplomatic relations in 1995."),
    ("pair-has-border", "Armenia and Georgia will have a common border commission of 9 km."),
    ("pair-has-border", "Armenia and Georgia do not have a common border of 219 km."),
    ("state-takes-part-in-pipeline",
     "Georgia took part in talks on the Baku–Tbilisi–Ceyhan pipeline."),
    ("state-takes-part-in-pipeline",
     "Georgia wants to take part in the Baku–Tbilisi–Ceyhan pipeline."),
    ("state-membership-of-organisation",
     "Armenia's application for membership of the Asian Development Bank was filed in 1992."),
    ("state-membership-of-organisation",
     "Armenia's membership of the Asian Development Bank was approved in 1993."),
    ("state-organisation-membership", "Armenia's ADB membership bid began in 1992."),
    ("state-organisation-membership", "Armenia's observer ADB membership began in 1992."),
    ("state-part-of-organisation", "Armenia is not part of the Asian Development Bank."),
    ("state-part-of-organisation", "Armenia was part of the Asian Development Bank until 2030."),
    ("guarantor-of-treaty", "Russia is not a guarantor of the Budapest Memorandum."),
    ("guarantor-of-treaty", "Russia is a guarantor of the treaty."),
    ("organisation-successor-of",
     "The Eurasian Economic Union is not the successor of the Eurasian Economic Community."),
    ("organisation-successor-of",
     "The Eurasian Economic Union could be the successor of the Eurasian Economic Community."),
    ("organisation-renamed",
     "The Eurasian Economic Community may be transformed into the Eurasian Economic Union."),
    ("organisation-renamed",
     "The Eurasian Economic Community was not replaced by the Eurasian Economic Union."),
    ("organisation-replaced",
     "The Eurasian Economic Union replaced the Eurasian Economic Community's tariffs."),
    ("organisation-replaced",
     "The Eurasian Economic Union may replace the Eurasian Economic Community."),
    ("lex-granted-membership",
     "Georgia was granted observer status in the Asian Development Bank in 2007."),
    ("lex-granted-membership", "Georgia may win membership of the Asian Development Bank in 2007."),
    ("lex-organisation-expanded-to-include",
     "The Asian Development Bank plans to expand to include Georgia."),
    ("lex-organisation-expanded-to-include",
     "The Asian Development Bank took in observers such as Georgia in 2007."),
    ("lex-helped-found-organisation", "Armenia did not help found the Asian Development Bank."),
    ("lex-helped-found-organisation",
     "Armenia launched the Asian Development Bank mission in 2007."),
    ("lex-organisation-formed-by",
     "The Asian Development Bank was formed by the merger of two funds."),
    ("lex-organisation-formed-by", "The Asian Development Bank was not formed by Armenia."),
    ("lex-states-signed-treaty",
     "Armenia did not put its signature to the Energy Charter Treaty."),
    ("lex-states-signed-treaty", "Armenia may put its signature to the Energy Charter Treaty."),
    ("lex-signatory-state-of", "Armenia is not a signatory state of the Energy Charter Treaty."),
    ("lex-signatory-state-of",
     "Armenia is a former signatory state of the Energy Charter Treaty."),
    ("lex-provided-assurances-under",
     "France did not give security assurances to Armenia under the Budapest Memorandum."),
    ("lex-provided-assurances-under",
     "France gave security assurances to Armenia in a separate statement."),
    ("guarantor-of-treaty", "France is not a guarantor state to the Budapest Memorandum."),
    ("guarantor-of-treaty",
     "France is a guarantor state to the Budapest Memorandum's successor."),
    ("lex-company-completed-pipeline",
     "Gazprom completed the purchase of the Blue Stream pipeline in 2003."),
    ("lex-company-completed-pipeline",
     "Gazprom completed the second string of the Blue Stream pipeline in 2003."),
    ("lex-pipeline-completed-by",
     "The expansion of the Blue Stream pipeline was completed by Gazprom in 2003."),
    ("lex-pipeline-completed-by",
     "The Blue Stream pipeline will be completed by Gazprom in 2003."),
    ("lex-pipeline-commissioned", "The Blue Stream pipeline could go into operation in 2003."),
    ("lex-pipeline-commissioned",
     "The second string of the Blue Stream pipeline went into operation in 2003."),
    ("lex-company-develops-field", "Gazprom holds a stake in the Karachaganak field."),
    ("lex-company-develops-field", "Gazprom no longer runs the Karachaganak field."),
    ("lex-field-developed-by", "The Karachaganak field was run by Gazprom until 2010."),
    ("lex-field-developed-by", "The Karachaganak field is not run by Gazprom."),
    ("lex-visit-trip-to-place", "Nikol Pashinyan made a private trip to Moscow in May 2018."),
    ("lex-visit-trip-to-place",
     "The delegation of Nikol Pashinyan headed to Moscow on 5 June 2019."),
    ("lex-state-chair-of-organisation",
     "Armenia will be the next chair of the Collective Security Treaty Organization."),
    ("lex-state-chair-of-organisation",
     "Armenia is a vice-chair of the Collective Security Treaty Organization."),
    ("lex-state-neighbours-state", "Armenia's southern regions neighbour Iran."),
    ("lex-state-neighbours-state", "Armenia neighbours Iran's Tabriz region."),
    ("lex-state-participant-in-programme", "Georgia is not part of the Belt and Road Initiative."),
    ("lex-state-participant-in-programme",
     "Georgia is part of the Belt and Road Initiative's middle corridor."),
    ("lex-capital-of-state", "Gyumri was the capital of Armenia until 1918."),
    ("lex-capital-of-state", "Yerevan replaced Gyumri as the capital of Armenia."),
    ("lex-pair-shares-border", "Armenia and Georgia share a border with Turkey."),
    ("lex-pair-shares-border", "Armenia and Iran do not share a maritime border."),
    ("lex-treaty-signatories-are",
     "The Energy Charter Treaty's parties include Armenia and Georgia."),
    ("lex-treaty-signatories-are",
     "The Energy Charter Treaty's signatories include Armenia, which ratified it in 1997."),
    ("lex-signatories-of-treaty-are",
     "The signatories of the Energy Charter Treaty were later joined by Armenia."),
    ("lex-signatories-of-treaty-are",
     "The signatories of the Energy Charter Treaty may include Armenia."),
    ("lex-accession-to-organisation-took-effect",
     "Georgia's accession to the Asian Development Bank was blocked for years."),
    ("lex-accession-to-organisation-took-effect",
     "Georgia's accession to the Asian Development Bank took two decades."),
    ("lex-organisation-became",
     "The Eurasian Economic Community became a partner of the Eurasian Economic Union."),
    ("lex-organisation-became",
     "The Eurasian Economic Community merged with others and became the Eurasian Economic "
     "Union."),
    ("lex-organisation-succeeded-by",
     "The Eurasian Economic Community was not replaced by the Eurasian Economic Union."),
    ("lex-organisation-succeeded-by",
     "Armenia's chairmanship of the Eurasian Economic Community was followed by Belarus's."),
    ("lex-organisation-established-on-basis-of",
     "The Eurasian Economic Union was established on the basis of the Treaty on the Eurasian "
     "Economic Union."),
    ("lex-organisation-established-on-basis-of",
     "The Eurasian Economic Union may be established on the basis of the Eurasian Economic "
     "Community."),
    ("lex-city-located-in-state", "Gyumri is located near Georgia."),
    ("lex-city-located-in-state", "Gyumri lies in Armenia, not far from the border with Turkey."),
    ("lex-official-language-of", "Russian is not an official language of Armenia."),
    ("lex-official-language-of", "Russian was the official language of Armenia until 1991."),
    ("lex-official-languages-are", "Georgia's working languages are Georgian and English."),
    ("lex-official-languages-are", "Georgia's official language is not Russian."),
    ("lex-original-member-of",
     "Armenia was not among the original members of the Asian Development Bank."),
    ("lex-original-member-of",
     "Armenia became one of the first members of the Asian Development Bank in 2007."),
    ("lex-organisation-original-members-are",
     "The Asian Development Bank's original members may include Armenia."),
    ("lex-organisation-original-members-are",
     "The Asian Development Bank's observers included Armenia and Georgia."),
    ("lex-original-members-of-organisation-were",
     "The original members of the Asian Development Bank were joined by Armenia."),
    ("lex-original-members-of-organisation-were",
     "The original members of the Asian Development Bank did not include Armenia."),
    ("lex-pair-forged-relations", "Armenia and Georgia restored diplomatic ties on 17 July 1992."),
    ("lex-pair-forged-relations", "Armenia and Georgia may forge diplomatic ties in 2030."),
    ("lex-relations-with-state-forged", "Armenia formalised diplomatic relations with Georgia."),
    ("lex-relations-with-state-forged",
     "Armenia did not formalise diplomatic relations with Georgia in 1992."),
    ("lex-state-joined-pipeline",
     "Georgia signed up to the Baku–Tbilisi–Ceyhan pipeline as a shipper in 2002."),
    ("lex-state-joined-pipeline", "Georgia may sign up to the Trans-Caspian Gas Pipeline."),
    ("syn-organisation-includes-state",
     "The Shanghai Cooperation Organisation includes Mongolia among its observers."),
    ("syn-organisation-includes-state", "The Eurasian Economic Union may include Uzbekistan."),
]  # fmt: skip


@pytest.mark.parametrize(("line", "text", "expected"), POSITIVES, ids=[p[0] for p in POSITIVES])
def test_a_trigger_line_states_a_plain_clause(line, text, expected, alone):
    extraction = _extract(text)
    assert f"trigger:{line}" in extraction_rules(extraction)
    assert expected <= extraction_triples(extraction), extraction_triples(extraction)


@pytest.mark.parametrize(("line", "text"), NEGATIVES, ids=[n[0] for n in NEGATIVES])
def test_a_trigger_line_leaves_a_look_alike_alone(line, text, alone):
    assert not {rule for rule in extraction_rules(_extract(text)) if rule.startswith("trigger:")}


def test_every_trigger_line_has_a_positive_and_two_negative_sentences():
    lines = {rule.id for rule in triggers.default_trigger_rules().rules}
    assert lines == {line for line, _, _ in POSITIVES}
    assert all(sum(1 for n, _ in NEGATIVES if n == line) >= 2 for line in lines)


def test_a_rule_fact_of_the_kind_leaves_the_trigger_silent():
    extraction = _extract("Kazakhstan joined the World Trade Organization in 2015.")
    assert extraction_rules(extraction) == {"joined-organisation"}


def test_a_blocking_word_anywhere_after_the_clause_start_blocks(alone):
    assert not _extract("Kazakhstan formally joined the World Trade Organization, it plans.").facts


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"id": "x", "kind": "nonsense", "triggers": ["a"], "left": [], "right": []}',
         "unknown kind 'nonsense'"),
        ('{"id": "x", "kind": "membership", "triggers": ["joined"]}', "missing field"),
        ('{"id": "x", "kind": "membership", "triggers": ["joined"], "left": [{"role": "X"}], '
         '"right": [{"role": "O", "class": "InternationalOrganisation"}]}', "role and class"),
        ('{"id": "x", "kind": "membership", "triggers": ["joined"], "left": [{"role": "Q", '
         '"class": "State"}], "right": [{"role": "O", "class": "InternationalOrganisation"}]}',
         "role 'Q' is not used"),
        ('{"id": "x", "kind": "membership", "triggers": "joined", "left": [], "right": []}',
         "triggers must be a list"),
        ("{not json", "invalid JSON"),
        ('{"id": "x", "kind": "membership", "triggers": ["joined"], "left": [{"role": "X", '
         '"class": "Stat"}], "right": [{"role": "O", "class": "InternationalOrganisation"}]}',
         "unknown class 'Stat'"),
        ('{"id": "x", "block": "observer"}', "block must be a list"),
        ('{"id": "x", "kind": "co-founding", "triggers": ["co-founded"], "left": [{"role": "X", '
         '"class": "State"}], "right": [{"role": "O", "class": "InternationalOrganisation"}], '
         '"beside": "with"}', "beside must be a list of words"),
        ('{"id": "x", "kind": "membership", "triggers": ["joined"], "left": [{"role": "X", '
         '"class": "State"}], "right": [{"role": "O", "class": "InternationalOrganisation"}], '
         '"light": ["formally", 3]}', "light must be a list of words"),
    ],
)  # fmt: skip
def test_a_broken_line_is_reported_with_file_and_line(tmp_path, line, message):
    path = tmp_path / "triggers.jsonl"
    shutil.copy(rules_dir() / "triggers.jsonl", path)
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.insert(2, line)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(RuleFileError, match=rf"triggers\.jsonl:3: .*{message}"):
        triggers.load_trigger_rules(path)


def test_a_fronted_date_is_the_facts_and_one_cut_off_by_a_phrase_blocks_a_node(alone):
    fronted = _extract("In 2015, Kazakhstan formally joined the World Trade Organization.")
    assert ("membership-kaz-wto", "startDate", "2015") in extraction_triples(fronted)
    cut_off = "In 2015, to great acclaim, Kazakhstan formally joined the World Trade Organization."
    assert not _extract(cut_off).facts
    after = "Kazakhstan formally joined the World Trade Organization, the trade body, in 2015."
    assert not _extract(after).facts
    relative = "Kazakhstan formally joined the World Trade Organization, which was founded in 1995."
    assert ("kaz", "memberOf", "wto") in extraction_triples(_extract(relative))


def test_an_apposition_after_the_subject_is_skipped_not_crossed_into(alone):
    text = "Turkmenistan, a neutral state, formally joined the Commonwealth of Independent States."
    assert ("tkm", "memberOf", "cis") in extraction_triples(_extract(text))
    listed = "Tengizchevroil, a venture of Chevron, ExxonMobil and KazMunayGas, has successfully "
    extraction = _extract(listed + "developed the Tengiz field since 1993.")
    developers = {(s, o) for s, p, o in extraction_triples(extraction) if p == "develops"}
    assert developers == {("tengizchevroil", "tengiz-oil-field")}


def test_a_passive_border_and_a_date_before_a_closing_phrase(alone):
    bordered = extraction_triples(_extract("Kazakhstan is also bordered by China."))
    assert ("kaz", "sharesBorderWith", "chn") in bordered
    toured = "Shinzo Abe formally visited Astana in October 2015 on a tour of Central Asia."
    visit = ("visit-shinzo-abe-astana-2015-10", "destination", "astana")
    assert visit in extraction_triples(_extract(toured))


def test_a_duplicate_id_is_reported_at_its_second_line(tmp_path):
    path = tmp_path / "triggers.jsonl"
    lines = (rules_dir() / "triggers.jsonl").read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join([*lines, '{"id": "block-modality", "block": ["may"]}']) + "\n")
    with pytest.raises(RuleFileError, match=rf"triggers\.jsonl:{len(lines) + 1}: duplicate id"):
        triggers.load_trigger_rules(path)


def test_a_date_list_after_the_clause_gives_no_node(alone):
    dated = _extract("Armenia and Kyrgyzstan formally joined the EAEU in 2015.")
    assert "trigger:joined-organisation" in extraction_rules(dated)
    listed = _extract("Armenia and Kyrgyzstan formally joined the EAEU in 2015 and 2014.")
    assert not extraction_rules(listed)
