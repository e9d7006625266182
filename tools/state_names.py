"""Generate src/kzgraph/data/state_names.jsonl and the capital-city block of entities.jsonl.

Source: the countryinfo package (PyPI, MIT licence; its per-country JSON: "demonym",
"capital", "altSpellings"), read here only, never at run time. It is not a kzgraph
dependency: install it beside the tool (``pip install --target /tmp/ci countryinfo`` and
``PYTHONPATH=/tmp/ci``). The 193 UN member states are listed below (un.org's member list).

What the tool leaves out or adds is written down here, not typed into the output:
- a demonym two states share (AMBIGUOUS), or one naming a region (Micronesian, Central
  African), is left out, and so is a capital whose name is a common English word, another
  place's name or a state's name (CAPITALS_LEFT_OUT);
- the source's spelling slips and nouns are replaced by the usual adjective (DEMONYM_FIXES);
- English long forms ("Republic of Poland") come from altSpellings; a few common short forms
  the source lacks are added (SHORT_FORMS); a name any other state already has is dropped.

Usage: ``python tools/state_names.py states > src/kzgraph/data/state_names.jsonl`` and
``python tools/state_names.py capitals`` (lines for entities.jsonl; cities the gazetteer
already knows are skipped).
"""

from __future__ import annotations

import json
import re
import sys
from importlib.resources import files

UN_MEMBERS = """
afg ago alb and are arg arm atg aus aut aze bdi bel ben bfa bgd bgr bhr bhs bih blr blz bol bra
brb brn btn bwa caf can che chl chn civ cmr cod cog col com cpv cri cub cyp cze deu dji dma dnk
dom dza ecu egy eri esp est eth fin fji fra fsm gab gbr geo gha gin gmb gnb gnq grc grd gtm guy
hnd hrv hti hun idn ind irl irn irq isl isr ita jam jor jpn kaz ken kgz khm kir kna kor kwt lao
lbn lbr lby lca lie lka lso ltu lux lva mar mco mda mdg mdv mex mhl mkd mli mlt mmr mne mng moz
mrt mus mwi mys nam ner nga nic nld nor npl nru nzl omn pak pan per phl plw png pol prk prt pry
qat rou rus rwa sau sdn sen sgp slb sle slv smr som srb ssd stp sur svk svn swe swz syc syr tcd
tgo tha tjk tkm tls ton tto tun tur tuv tza uga ukr ury usa uzb vct ven vnm vut wsm yem zaf zmb
zwe
""".split()  # noqa: SIM905 (193 codes read better as text)

#: Demonyms that name more than one state (or a region): left out.
AMBIGUOUS = {
    "Congolese", "Dominican", "Guinean", "Sudanese", "Samoan", "Korean", "Macedonian",
    "Micronesian", "Central African", "Kirghiz", "Tadzhik",
}  # fmt: skip

#: The source's demonym -> the adjectives written in English texts.
DEMONYM_FIXES = {
    "Argentinean": ["Argentine", "Argentinian"],
    "Cape Verdian": ["Cape Verdean"],
    "Maldivan": ["Maldivian"],
    "Comoran": ["Comorian"],
    "Ecuadorean": ["Ecuadorian", "Ecuadorean"],
    "Guinea-Bissauan": ["Bissau-Guinean"],
    "Surinamer": ["Surinamese"],
    "Icelander": ["Icelandic"],
    "Luxembourger": ["Luxembourgish"],
    "New Zealander": [],  # the adjective is "New Zealand" itself
    "Solomon Islander": [],
    "Motswana": ["Botswanan"],
    "Mosotho": [],
    "Kittian and Nevisian": ["Kittitian", "Nevisian"],
    "Filipino": ["Filipino", "Philippine"],
    "Slovene": ["Slovene", "Slovenian"],
    "Sao Tomean": ["São Toméan"],
    "Saudi Arabian": ["Saudi Arabian", "Saudi"],
    "Djibouti": ["Djiboutian"],
    "Ni-Vanuatu": ["Ni-Vanuatu"],
}

#: Common English short forms the source does not give.
SHORT_FORMS = {
    "civ": ["Ivory Coast"], "cpv": ["Cape Verde", "Cabo Verde"], "mmr": ["Burma"],
    "tls": ["East Timor"], "swz": ["Swaziland"], "bih": ["Bosnia"], "cod": ["DR Congo"],
    "brn": ["Brunei"], "mkd": ["North Macedonia"], "cze": ["Czechia"],
}  # fmt: skip

#: Capitals left out: a common word or another place's name (Victoria, Kingston, Georgetown,
#: Nassau, Santiago, San José, Wellington, Sucre, Saint John's, St. George's), or a state's
#: own name (Singapore, Djibouti, Luxembourg, Monaco, City of San Marino).
CAPITALS_LEFT_OUT = {
    "Victoria", "Kingston", "Georgetown", "Nassau", "Santiago", "San José", "Wellington",
    "Sucre", "Saint John's", "St. George's", "Singapore", "Djibouti", "Luxembourg", "Monaco",
    "City of San Marino", "Kingstown",
}  # fmt: skip

#: A capital's usual spelling without accents, or its other English name.
CAPITAL_ALIASES = {
    "Ulaanbaatar": ["Ulan Bator"], "Brasília": ["Brasilia"], "Bogotá": ["Bogota"],
    "Asunción": ["Asuncion"], "Chișinău": ["Chisinau", "Kishinev"], "Yaoundé": ["Yaounde"],
    "Lomé": ["Lome"], "São Tomé": ["Sao Tome"], "Reykjavik": ["Reykjavík"], "Sana'a": ["Sanaa"],
    "Naypyidaw": ["Nay Pyi Taw"], "Bern": ["Berne"],
}  # fmt: skip

#: Capitals the source predates (Burundi moved its capital to Gitega in 2019).
EXTRA_CAPITALS = {"bdi": ["Gitega"]}

_STATE_FORM = re.compile(
    r"^(?:(?:Federal|Islamic|Democratic|People's|United|Independent|Co-operative|Oriental|Arab|"
    r"Hashemite|Federated|Plurinational|Bolivarian|Socialist|Grand|Lebanese|Gabonese|Togolese|"
    r"Argentine|Slovak|Kyrgyz|Swiss|Italian|Portuguese|Hellenic|French|Yemeni|Syrian|Russian|"
    r"Democratic Socialist|Federal Democratic) )*(?:Republic|Kingdom|State|States|Commonwealth|"
    r"Principality|Duchy|Sultanate|Federation|Union|Nation|Confederation)( of [A-Z][\w' -]+)?$"
)


def _countries() -> dict[str, dict]:
    """countryinfo's records by lowercase alpha-3 code."""
    records = {}
    for path in files("countryinfo").joinpath("data").iterdir():
        if path.name.endswith(".json"):
            record = json.loads(path.read_text(encoding="utf-8"))
            code = record.get("ISO", {}).get("alpha3", "").lower()
            if code:
                records[code] = record
    return records


def _demonyms(record: dict) -> list[str]:
    found = []
    for raw in re.split(r",", record.get("demonym") or ""):
        demonym = raw.strip()
        if demonym and demonym not in AMBIGUOUS:
            found += DEMONYM_FIXES.get(demonym, [demonym])
    return found


def _long_forms(record: dict) -> list[str]:
    """English state forms among altSpellings ("Republic of Poland"), ASCII letters only."""
    return [
        name for name in record.get("altSpellings", [])
        if _STATE_FORM.match(name) and name.isascii() and " " in name
    ]  # fmt: skip


def _taken_names() -> set[str]:
    """Names pycountry and the curated data already give (any state or entity)."""
    sys.path.insert(0, "src")
    from kzgraph.gazetteer import default_gazetteer

    return set(default_gazetteer().names)


def _curated_names() -> dict[str, set[str]]:
    """Each name pycountry or states.jsonl already gives, with the states it names."""
    import pycountry

    known: dict[str, set[str]] = {}
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            known.setdefault(getattr(country, attribute, None), set()).add(country.alpha_3.lower())
    with open("src/kzgraph/data/states.jsonl", encoding="utf-8") as curated:
        for line in curated:
            if line.strip() and not line.startswith("//"):
                record = json.loads(line)
                names = record.get("aliases", []) + record.get("demonyms", [])
                for name in [record["label"], *names]:
                    known.setdefault(name, set()).add(record["id"])
    return known


def state_lines() -> list[dict]:
    """One line per UN member: the demonyms and short forms the gazetteer lacks."""
    records, lines, known = _countries(), [], _curated_names()
    per_state = {}
    for code in UN_MEMBERS:
        record = records.get(code, {})
        names = _long_forms(record) + SHORT_FORMS.get(code, []) + [record.get("name", "")]
        per_state[code] = (names, _demonyms(record))
    # a name two states would share is no name of either
    counts: dict[str, int] = {}
    for names, demonyms in per_state.values():
        for name in set(names + demonyms):
            counts[name] = counts.get(name, 0) + 1

    def new(name: str) -> bool:  # unique, not yet known, not "The Gambia" (the is no name)
        return bool(name) and counts[name] == 1 and name not in known and name[:4] != "The "

    for code, (names, demonyms) in per_state.items():
        aliases = [name for name in dict.fromkeys(names) if new(name)]
        demonyms = [name for name in dict.fromkeys(demonyms) if new(name)]
        if aliases or demonyms:
            lines.append({"id": code, "aliases": aliases, "demonyms": demonyms})
    return lines


def capital_lines(taken: set[str]) -> list[dict]:
    """One entities.jsonl line per capital the gazetteer does not know yet (names only)."""
    records, lines = _countries(), []
    for code in UN_MEMBERS:
        capitals = [records.get(code, {}).get("capital", ""), *EXTRA_CAPITALS.get(code, [])]
        for capital in capitals:
            names = [capital, *CAPITAL_ALIASES.get(capital, [])]
            if not capital or capital in CAPITALS_LEFT_OUT or any(n in taken for n in names):
                continue
            key = re.sub(r"[^a-z0-9]+", "-", _ascii(capital).lower()).strip("-")
            lines.append({"id": key, "class": "City", "label": capital, "aliases": names[1:]})
            taken.update(names)
    return lines


def _ascii(text: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def main(argv: list[str]) -> None:
    what = argv[1] if len(argv) > 1 else "states"
    if what == "states":
        print("// Generated by tools/state_names.py from countryinfo's data (MIT): demonyms and")
        print("// English long and short forms of UN member states; do not edit by hand.")
        rows = state_lines()
    else:
        rows = capital_lines(_taken_names())
    for row in rows:
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv)
