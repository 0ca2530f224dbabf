"""Directness per claim, weights and corroboration per cluster, and the Admiralty grade.

Every constant is named here with the reason for its value; docs/scoring.md
walks through them with the seed article as the worked example.
"""

from __future__ import annotations

from functools import lru_cache

from .records import Report

#: Each relay between origin and publisher multiplies directness by this: a
#: figure passed through three hands is less direct than one passed through
#: one, and every retelling is a chance to drop a hedge or round a number.
RELAY_DECAY = 0.85
#: An origin heard only through the recipients of a closed briefing (an agency
#: telling lawmakers, who tell reporters) cannot be checked against its own
#: words; that costs as much as one more relay.
BRIEFING_FACTOR = 0.85
#: Each hedge on the claim ("believed", "reportedly", "estimated") lowers
#: directness: the source itself signals the figure is not a count. Only the
#: first two count, so a heavily hedged sentence is not punished without end.
HEDGE_FACTOR = 0.9
MAX_HEDGES_COUNTED = 2
#: How much the kind of origin lets a reader trace the figure to who made it.
#: Bodies speaking for themselves (a ministry, an agency, a named official) are
#: fully traceable; a news organisation as origin has usually not said where
#: it got the number; anonymous sources cannot be traced by the reader.
KIND_FACTOR = {
    "anonymous": 0.6,
    "news_agency": 0.8,
    "outlet": 0.8,
    "other": 0.8,
}
#: A figure whose origin the text does not state at all.
UNSTATED_FACTOR = 0.4

#: Corroboration weights of an origin group. An origin with a stake in the
#: figure (a belligerent on its own or its enemy's losses) counts half: its
#: agreement is evidence, but weaker. So does an unattributed figure that is
#: not recognisably a copy (it may be independent, but nobody vouches for it),
#: and an anonymous origin counts three quarters (someone vouches, unnamed).
INTERESTED_WEIGHT = 0.5
UNSTATED_WEIGHT = 0.5
ANONYMOUS_WEIGHT = 0.75
#: Corroboration = 1 - CORROBORATION_BASE ** (W - 1), W the summed weight of
#: agreeing origin groups: one origin gives 0, two independent ones 0.5, three
#: 0.75, four 0.875. Each independent confirmation halves the remaining doubt;
#: echoes of one origin are one group and add nothing.
CORROBORATION_BASE = 0.5
#: Credibility 1 ("confirmed") needs at least this many agreeing, disinterested,
#: attributed origins, as in the Admiralty code's "confirmed by other sources".
CONFIRMATION_MIN_ORIGINS = 2

#: Source reliability letter by origin kind when the user has set none.
#: A ("completely reliable") is never given automatically: that is a judgement
#: about a particular source's record, which only a user can make
#: (``sources.reliability``). Official statistical and intelligence bodies and
#: international organisations have institutional review (B); militaries,
#: officials, legislators, news organisations and NGOs are usually but not
#: always right (C); state media and individuals speaking for themselves are
#: often partial (D); anonymous and unstated origins cannot be judged (F).
RELIABILITY_BY_KIND = {
    "international_org": "B",
    "intelligence_agency": "B",
    "government": "B",
    "military": "C",
    "official": "C",
    "legislator": "C",
    "ngo": "C",
    "news_agency": "C",
    "outlet": "C",
    "state_media": "D",
    "person": "D",
    "other": "D",
    "anonymous": "F",
}
UNSTATED_RELIABILITY = "F"


def directness(report: Report) -> float:
    """How directly the publisher had the figure from its origin, 0-1 (see module constants)."""
    return directness_of(
        report.origin_unstated,
        report.origin_kind,
        report.relays,
        report.briefing,
        len(report.hedges),
    )


@lru_cache(maxsize=4096)
def directness_of(unstated: bool, kind: str, relays: int, briefing: bool, hedges: int) -> float:
    """:func:`directness` from the few facts it depends on.

    Cached: a store has only a handful of distinct combinations, and a full
    rescore asks once per claim.
    """
    score = UNSTATED_FACTOR if unstated else KIND_FACTOR.get(kind, 1.0)
    score *= RELAY_DECAY**relays
    if briefing:
        score *= BRIEFING_FACTOR
    score *= HEDGE_FACTOR ** min(hedges, MAX_HEDGES_COUNTED)
    return round(score, 4)


def explain_directness(report: Report) -> str:
    """The factors behind :func:`directness`, in words."""
    parts = []
    if report.origin_unstated:
        parts.append(f"origin not stated (x{UNSTATED_FACTOR})")
    elif report.origin_kind in KIND_FACTOR:
        parts.append(f"{report.origin_kind} origin (x{KIND_FACTOR[report.origin_kind]})")
    else:
        parts.append(f"{report.origin_kind} speaking for itself (x1)")
    parts.append(f"{report.relays} relay(s) (x{RELAY_DECAY}^{report.relays})")
    if report.briefing:
        parts.append(f"heard through a closed briefing (x{BRIEFING_FACTOR})")
    hedges = min(len(report.hedges), MAX_HEDGES_COUNTED)
    if hedges:
        parts.append(f"hedged: {', '.join(report.hedges)} (x{HEDGE_FACTOR}^{hedges})")
    return f"directness {directness(report):.2f}: " + "; ".join(parts)


def group_weight(kind: str, unstated: bool, interested: bool) -> float:
    """How much one origin group counts towards corroboration."""
    weight = 1.0
    if interested:
        weight *= INTERESTED_WEIGHT
    if unstated:
        weight *= UNSTATED_WEIGHT
    elif kind == "anonymous":
        weight *= ANONYMOUS_WEIGHT
    return weight


def corroboration(total_weight: float) -> float:
    """Corroboration from the summed weight of agreeing independent origin groups."""
    if total_weight <= 1.0:
        return 0.0
    return round(min(1.0, 1.0 - CORROBORATION_BASE ** (total_weight - 1.0)), 4)


def reliability(kind: str, unstated: bool, user_set: str | None) -> str:
    """Admiralty source-reliability letter A-F."""
    if user_set:
        return user_set
    if unstated:
        return UNSTATED_RELIABILITY
    return RELIABILITY_BY_KIND.get(kind, "D")


def credibility(
    *,
    usable: bool,
    agreeing_disinterested_stated: int,
    agreeing_weight: float,
    substantive_conflict: bool,
    transmission_conflict: bool,
    lead_interested: bool,
    lead_unstated: bool,
    consensus_interested_only: bool,
) -> int:
    """Admiralty information-credibility digit 1-6 (1 only when confirmed by independent origins).

    1 confirmed: >= CONFIRMATION_MIN_ORIGINS disinterested attributed origins agree, none disagrees.
    2 probably true: independent origins agree (some interested, or others disagree).
    3 possibly true: one attributed, disinterested origin; nothing contradicts it.
    4 doubtful: one interested origin, or its own retellings conflict.
    5 improbable: only interested origins back it while an independent origin disagrees.
    6 cannot be judged: no usable figure, or no stated origin at all.
    """
    if not usable or lead_unstated:
        return 6
    if consensus_interested_only and substantive_conflict:
        return 5
    if agreeing_disinterested_stated >= CONFIRMATION_MIN_ORIGINS and not substantive_conflict:
        return 1 if not transmission_conflict else 2
    if agreeing_weight > 1.0:
        return 2
    if lead_interested or transmission_conflict or substantive_conflict:
        return 4
    return 3
