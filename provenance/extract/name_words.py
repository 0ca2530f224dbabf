"""Capitalised words that open, end or interrupt the names of bodies (for .orgnames, .descriptors)."""

from __future__ import annotations

# The capital letters of names, with accented Latin ones (a regex class body).
UPPER = "A-ZÀ-ÖØ-ÞĀ-ſ"

# Capitalised words that open a sentence or clause, not a name.
LEAD_STOP = frozenset(
    """The A An In On At As By For From With Without After Before During Since Until According
    Citing Speaking This That These Those Its Their His Her Our Both Neither Nor But And Or So
    Yet Nationally Meanwhile However Separately Also Still Earlier Later Today Yesterday Only
    When While Where If Under Over Among Between Against Across Through Rival Former""".split()
)

DAYS_MONTHS = frozenset(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep
    Sept Oct Nov Dec""".split()
)

# Title nouns: in a run, a person's title ends the body's name ("Bank of England Governor").
TITLES = frozenset(
    """Secretary Minister President Chancellor Governor Mayor Ambassador Commissioner Director
    Spokesman Spokeswoman Spokesperson Chairman Chairwoman Chair Chief Officer Prosecutor Judge
    Commander General Admiral Senator Representative Premier Leader Speaker Envoy Executive
    Collector Magistrate Sheriff Coroner Superintendent Inspector Head Deputy Founder""".split()
)


# Capitalised words that open a sentence before a reporting verb without being a company's
# name ("Residents said", "Officials told").
NOT_COMPANIES = frozenset(
    """Government It He She They We I You Residents Witnesses Rescuers Doctors Officials Police Authorities Experts
    Analysts Critics Scientists Researchers Protesters Organisers Organizers Investigators Prosecutors
    Lawyers Voters Workers Others Many Some Most Everyone Nobody Someone Parents Teachers Farmers
    Economists Sources Diplomats Observers Staff Officers Troops Soldiers Medics Survivors Locals
    Relatives Families Activists Campaigners Unions Ministers Leaders Inspectors Regulators Statistics
    Data Figures Reports Report Separately However Meanwhile Also Still Yet Earlier Later Today Yesterday
    Friday Thursday Wednesday Tuesday Monday Saturday Sunday Who Which What That This""".split()
)

# Continents and world regions as subjects ("Africa has recorded 300,000 cases, the agency
# said"): places, no company.
REGIONS = frozenset(
    (
        *"Africa Europe Asia Americas Oceania Antarctica Arctic".split(),
        *("Latin America", "North America", "South America", "Central America"),
        *("Southeast Asia", "South Asia", "East Asia", "Central Asia"),
        *("East Africa", "West Africa", "North Africa", "Southern Africa", "Sub-Saharan Africa"),
        *("Middle East", "The Middle East", "Western Europe", "Eastern Europe"),
        *("The Caribbean", "The Sahel", "The world", "The World"),
    )
)
