"""Capitalised words that open, end or interrupt the names of bodies (for .orgnames, .descriptors)."""

from __future__ import annotations

# The capital letters of names, with accented Latin ones (a regex class body).
UPPER = "A-ZÀ-ÖØ-ÞĀ-ſ"

# Capitalised words that open a sentence or clause, not a name.
LEAD_STOP = frozenset(
    """The A An In On At As By For From With Without After Before During Since Until According
    Citing Speaking This That These Those Its Their His Her Our Both Neither Nor But And Or So
    Yet Nationally Meanwhile However Separately Also Still Earlier Later Today Yesterday Only
    When While Where If Under Over Among Between Against Across Through Private Public
    Rival Former""".split()
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
