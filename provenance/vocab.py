"""The domain's closed vocabularies, from the JSON contracts (docs/contracts/).

Standard library only, so that fast paths (``provenance chain ID --json``) can
validate options without importing attrs; :mod:`provenance.models` re-exports them.
"""

QUALIFIERS = (
    "exact",
    "approximately",
    "at_least",
    "more_than",
    "at_most",
    "less_than",
    "nearly",
    "range",
    "vague",
)
CATEGORIES = (
    "killed",
    "injured",
    "casualties",
    "deployed",
    "captured",
    "missing",
    "displaced",
    "other",
)
SOURCE_KINDS = (
    "intelligence_agency",
    "government",
    "official",
    "legislator",
    "military",
    "news_agency",
    "outlet",
    "state_media",
    "ngo",
    "international_org",
    "anonymous",
    "person",
    "other",
)
UNKNOWN_PUBLISHER = "(unknown publisher)"

#: Categories that count people (the rest, ``other``, counts money, things, rates...).
PEOPLE_CATEGORIES = CATEGORIES[:-1]

#: The resolver's flags: the figure contract's list (docs/scoring.md says when each is set).
FLAGS = (
    "single_origin",
    "transmission_conflict",
    "substantive_conflict",
    "revision",
    "downward_revision",
    "arithmetic_mismatch",
    "headline_drift",
    "probable_copy",
    "interested_source",
    "origin_unstated",
    "vague",
)
