"""Fields, pipelines, predecessors and heads of state the blind corpora state and the
extractor missed (session 23's brief ORG23).

- "S [, whose ... ,] has been led since D by President X"; "X, the fourth French president to
  visit S": X is the state's head of state. "will be led", "the delegation of S was led by",
  a prime minister, a vice or next president give nothing.
- "the presidents of A and B, X and Y": each state with the person in its place (the rule
  option `paired`), never the cross product; another office, "vice", a future one or lists of
  unequal length give nothing.
- A former name with its end date: "O, which was called P until D", "O, known as P until D,",
  "Known as P until D, O ...". No date ("known as P", a name in use) gives nothing.
- "C has been developing F with its partners since D"; "C, a partner in the development of F
  since D,"; "F on|in <place>, which C has developed since D". A former partner, an ended
  development ("until D") give nothing. "F: phase 1 developed by A, B and C" (a list line);
  "to be developed" gives nothing.
- "S also|later|had joined [the] P [project] in D"; "S joined P (X), completed in D1, in D2"
  (the joining's date is D2); "P, which was built by <no name> and completed in D" (the
  completion alone). A future or negated joining gives nothing.
"""

from __future__ import annotations

import pytest
from fact_cases import assertion_triples, named_cases

PROPERTIES = frozenset(
    ["develops", "predecessor", "headOfStateOf", "participantState", "completionDate", "builtBy"]
)
CAC = "central-asia-china-gas-pipeline"
CAC_TEXT = "The Central Asia–China gas pipeline runs from Turkmenistan to China. "


def facts(text: str) -> set[tuple[str, str, str]]:
    return {t for t in assertion_triples(text, stem="org23-s23") if t[1] in PROPERTIES}


def start_dates(text: str) -> set[str]:
    """The start dates of the text's pipeline participations and field developments."""
    return {
        o
        for s, p, o in assertion_triples(text, stem="org23-s23")
        if p == "startDate" and s.startswith(("pipeline-participation-", "field-development-"))
    }


READ = named_cases(
    {
        "presidents_of_pair": (
            "Its opening ceremony at Alat was attended by the presidents of Azerbaijan and"
            " Turkey, Ilham Aliyev and Recep Tayyip Erdoğan, and by the prime ministers of"
            " Georgia, Kazakhstan and Uzbekistan.",
            {
                ("ilham-aliyev", "headOfStateOf", "aze"),
                ("recep-tayyip-erdogan", "headOfStateOf", "tur"),
            },
        ),
        "presidents_of_three": (
            "The presidents of Kazakhstan, Russia and Azerbaijan, Kassym-Jomart Tokayev,"
            " Vladimir Putin and Ilham Aliyev, met in Astana.",
            {
                ("kassym-jomart-tokayev", "headOfStateOf", "kaz"),
                ("vladimir-putin", "headOfStateOf", "rus"),
                ("ilham-aliyev", "headOfStateOf", "aze"),
            },
        ),
        "state_led_by_president": (
            "Ukraine, whose capital is Kyiv, has been led since 20 May 2019 by President"
            " Volodymyr Zelensky; Prime Minister Denys Shmyhal heads the government.",
            {("volodymyr-zelenskyy", "headOfStateOf", "ukr")},
        ),
        "ordinal_demonym_president": (
            "Emmanuel Macron, the fourth French president to visit Kazakhstan, flew in on 1"
            " November 2023.",
            {("emmanuel-macron", "headOfStateOf", "fra")},
        ),
        "which_was_called_until": (
            "Orano, which was called Areva until 2018, holds 51 per cent of it.",
            {("orano", "predecessor", "areva")},
        ),
        "known_as_until_apposition": (
            "Orano, known as Areva until 2018, holds 51 per cent of it.",
            {("orano", "predecessor", "areva")},
        ),
        "fronted_known_as_until": (
            "Known as Areva until 2018, Orano holds 51 per cent of it.",
            {("orano", "predecessor", "areva")},
        ),
        "developing_with_its_partners": (
            "TotalEnergies has been developing the Kashagan oil field with its partners since"
            " 1997.",
            {("totalenergies", "develops", "kashagan-oil-field")},
        ),
        "partner_in_the_development_of": (
            "The Kazakh side highlighted the contribution of TotalEnergies, a partner in the"
            " development of the Kashagan field since 1997, and both sides welcomed the"
            " agreements.",
            {("totalenergies", "develops", "kashagan-oil-field")},
        ),
        "field_place_which_company_developed": (
            "One source is the Bagtyyarlyk contract area on the right bank of the Amu Darya,"
            " which CNPC has developed since 2007 under a production-sharing agreement.",
            {("cnpc", "develops", "bagtyyarlyk-contract-area")},
        ),
        "field_colon_phase_developed_by": (
            "• Galkynysh gas field: phase 1 developed by CNPC, Petrofac, LG International and"
            " Hyundai Engineering; first gas 2013.",
            {
                (company, "develops", "galkynysh-field")
                for company in ("cnpc", "petrofac", "lg-international", "hyundai-engineering")
            },
        ),
        "also_joined_pipeline_project": (
            "Kyrgyzstan also joined the Central Asia–China gas pipeline project in 2013, when it"
            " agreed to host the new Line D.",
            {(CAC, "participantState", "kgz")},
        ),
        "had_joined_the_project": (
            CAC_TEXT + "India had joined the project in 2008.",
            {(CAC, "participantState", "ind")},
        ),
        "built_by_unnamed_and_completed": (
            "The CPC pipeline, which was built by the consortium of the same name and completed"
            " in 2001, also carries oil from the Tengiz field.",
            {("cpc-pipeline", "completionDate", "2001")},
        ),
    }
)


@pytest.mark.parametrize(("text", "expected"), READ)
def test_reads(text, expected):
    assert facts(text) == expected


DATED = named_cases(
    {
        "joined_after_completion_aside": (
            "Kazakhstan joined the Baku–Tbilisi–Ceyhan oil pipeline (BTC), completed in 2005, in"
            " June 2006, and its crude has flowed through the line since 2008.",
            {"2006-06"},
        ),
        "also_joined_date": (
            "Kyrgyzstan also joined the Central Asia–China gas pipeline project in 2013.",
            {"2013"},
        ),
        "partner_since": (
            "TotalEnergies, a partner in the development of the Kashagan field since 1997, met.",
            {"1997"},
        ),
    }
)


@pytest.mark.parametrize(("text", "expected"), DATED)
def test_dates(text, expected):
    assert start_dates(text) == expected


NOTHING = named_cases(
    {
        "prime_ministers_pair": (
            "The prime ministers of Kazakhstan and Russia, Olzhas Bektenov and Mikhail"
            " Mishustin, met.",
        ),
        "vice_presidents_pair": (
            "The vice presidents of Kazakhstan and Russia, Kassym-Jomart Tokayev and Vladimir"
            " Putin, met.",
        ),
        "future_presidents_pair": (
            "The future presidents of Kazakhstan and Russia, Kassym-Jomart Tokayev and Vladimir"
            " Putin, met.",
        ),
        "unequal_lists": (
            "The presidents of Kazakhstan and Russia, Kassym-Jomart Tokayev, Vladimir Putin and"
            " Ilham Aliyev, met.",
        ),
        "state_will_be_led": ("Kazakhstan will be led by President Kassym-Jomart Tokayev.",),
        "delegation_of_state_led_by": (
            "The delegation of Kazakhstan was led by President Kassym-Jomart Tokayev.",
        ),
        "talks_with_state_led_by": (
            "The talks with Kazakhstan were led by President Vladimir Putin.",
        ),
        "state_led_by_prime_minister": ("Kazakhstan was led by Prime Minister Olzhas Bektenov.",),
        "ordinal_vice_president": (
            "Emmanuel Macron, the first French vice president to visit Kazakhstan, flew in.",
        ),
        "next_president": ("Emmanuel Macron, the next French president, flew in.",),
        "known_as_no_date": ("Orano, which is also known as Areva, holds 51 per cent of it.",),
        "former_partner": (
            "TotalEnergies, a former partner in the development of the Kashagan field, left.",
        ),
        "developed_until": (
            "One source is the Bagtyyarlyk contract area on the right bank of the Amu Darya,"
            " which CNPC developed until 2007.",
        ),
        "developing_with_partners_until": (
            "TotalEnergies had been developing the Kashagan oil field with its partners until"
            " 2010.",
        ),
        "field_colon_to_be_developed": (
            "• Galkynysh gas field: to be developed by CNPC and Petrofac.",
        ),
        "will_also_join": (
            "Kyrgyzstan will also join the Central Asia–China gas pipeline in 2026.",
        ),
        "has_not_joined": ("Kyrgyzstan has not joined the Central Asia–China gas pipeline.",),
        "also_joined_the_project_of_a_programme": (
            "The Green Bridge Partnership Programme was launched in 2011. Kyrgyzstan also joined"
            " the project in 2013.",
        ),
    }
)


@pytest.mark.parametrize("text", NOTHING)
def test_gives_nothing(text):
    assert facts(text) == set()
