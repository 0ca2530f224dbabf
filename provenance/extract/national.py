"""Generic national bodies named without their country take the story's country.

"The National Disaster Management Authority said", "the Electoral Commission declared",
"the National Police said": many countries have a body of that name, so the name alone
would make the resolver count Pakistan's and India's disaster authorities as one origin
(their figures would look like echoes of each other). When the gazetteer does not know
the name and every word of it is a generic institution word, the canonical name gets the
story's country the way bare ministries do: "National Disaster Management Authority
(Pakistan)". Names with a proper noun ("Texas Department of State Health Services",
"Ghana Police Service") are left as they are.
"""

from __future__ import annotations

import re

from .gazetteer import Gazetteer, bare_country

# Capitalised words that name what a body does, not whose it is.
_GENERIC = frozenset(
    """National Federal Central State Public General Supreme High Independent Civil Joint
    Disaster Emergency Management Response Relief Rescue Protection Defence Defense Security
    Electoral Election Elections Commission Committee Council Board Authority Agency Office Bureau
    Service Services Department Directorate Ministry Interior Health Police Guard Border Coast
    Statistics Statistical Meteorological Weather Geological Seismological Institute Centre Center
    Court Bank Prosecutor Prosecutor's Audit Revenue Tax Customs Immigration Migration Refugee
    Refugees Forces Force Army Armed Air Navy Fire Forest Forestry Water Energy Nuclear Safety
    Aviation Transport Road Roads Highway Railway Railways Food Drug Medicines Medical
    Environment Environmental Agriculture Labour Labor Education Justice Finance Trade Economy
    Development Planning Investigation Investigations Intelligence Counter Anti Terrorism Staff
    Corruption Human Rights Family Welfare Social Insurance Pension Housing Water Resources
    Mines Mining Oil Gas Power Electricity Telecommunications Communications Media Information
    Airport Airports Hospital Hospitals Port Ports Maritime Marine Fisheries Tourism
    Broadcasting Census Registry Registration House Representatives Commons Lords Deputies Assembly
    of for and the on""".split()
)
_KINDS = frozenset(("government", "military", "intelligence_agency"))


def country_acronym(source: str, country: str | None, gazetteer: Gazetteer):
    """The gazetteer's entry for an acronym several countries' bodies share, in a story set
    in ``country`` ("CNA" in a Taiwanese story: the Central News Agency; "NCDC" in a
    Nigerian one), from its "<country>'s NCDC" alias; None otherwise."""
    if country is None or not (2 <= len(source) <= 6 and source.isupper() and source.isalpha()):
        return None
    if gazetteer.lookup(source) is not None:
        return None  # an acronym the gazetteer gives one body
    for name in (f"{country}'s {source}", f"{source} {country}", f"{source} ({country})"):
        entry = gazetteer.lookup(name)
        if entry is not None and entry.country == country:
            return entry
    return None


def qualify(source: str, kind: str, country: str | None, gazetteer: Gazetteer) -> str:
    """``source`` with " (country)" when it is a generic national body's bare name (and a
    shared acronym as the story's country's body: :func:`country_acronym`)."""
    entry = country_acronym(source, country, gazetteer) if source[:1].isupper() else None
    if entry is not None:
        return entry.source.name
    if source == "Parliament" and country is not None:
        # "told Parliament": the story's country's ("Parliament of Malta", "Hellenic Parliament")
        demonym = gazetteer.demonym(country)
        for name in (f"Parliament of {country}", f"{demonym} parliament" if demonym else None):
            entry = gazetteer.lookup(name) if name else None
            if entry is not None and entry.country == country:
                return entry.source.name
        return f"Parliament of {country}"
    if country is None or kind not in _KINDS or source.endswith(")"):
        return source
    words = source.split()
    if len(words) < 2 or not words[0][:1].isupper() or not all(w in _GENERIC for w in words):
        return source
    if gazetteer.lookup(source) is not None:
        return source  # a body the gazetteer knows is already canonical
    # "the General Staff", "the Air Force" of a Ukrainian story: the gazetteer's entry for the
    # country's body, when it has one under the country's name or adjective
    demonym = gazetteer.demonym(country)
    for name in (f"{country}'s {source}", f"{demonym} {source}" if demonym else None):
        entry = gazetteer.lookup(name) if name else None
        if entry is not None and entry.country in (None, country):
            return entry.source.name
    electoral = any(w in ("Election", "Electoral", "Elections") for w in words)
    if (
        (words[0] in _OF_COUNTRY or electoral)
        and words[-1] in ("Commission", "Police")
        and "of" not in words
    ):
        # their official names in English: "Election Commission of Sri Lanka", "Electoral
        # Commission of Ghana", "National Police of Colombia"
        return f"{source} of {country}"
    return f"{source} ({bare_country(country)})"


_OF_COUNTRY = frozenset(("Election", "Electoral", "Elections", "Independent", "National"))


# "In neighbouring Saudi Arabia, ...", "In Kenya, ...": a sentence set in another country
_IN_COUNTRY = re.compile(
    r"In (?:neighbouring |neighboring |nearby )?((?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}),"
)


def sentence_country(sentence: str, gaz: Gazetteer) -> str | None:
    """The country a sentence opening "In <Country>," is set in (its bodies are that country's)."""
    m = _IN_COUNTRY.match(sentence)
    if m is None:
        return None
    entry = gaz.lookup(m.group(1))
    if entry is None or entry.source.kind != "government" or entry.country is None:
        return None
    return entry.country if entry.country in (m.group(1), m.group(1).removeprefix("the ")) else None
