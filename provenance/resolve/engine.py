"""The resolver proper: claims in, assessments out. Pure: no SQL, no I/O.

``assess(reports)`` clusters the claims, groups each cluster by origin, finds
each origin's current figure, the consensus among independent origins, the
UCDP-style estimate, corroboration, conflicts, revisions and the grade, then
checks killed + injured against casualties across sibling clusters.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from attrs import frozen

from ..models import ClaimAssessment, FigureAssessment, OriginGroup
from . import scores
from .clusters import (
    apply_decisions,
    cluster_key,
    is_underspecified,
    refine_underspecified,
    subject_key,
)
from .explain import explain_cluster
from .flags import arithmetic_groups, arithmetic_mismatches, headline_drift, series_flags
from .independence import effective_times, group_origins
from .intervals import interval, overlaps, points
from .parties import Parties, load_parties
from .records import Report

#: An origin whose latest figure is this much older than the newest figure in
#: the cluster is *stale*: it is listed, but neither confirms nor contradicts
#: the current estimate (a January count is not evidence against a September
#: one). 90 days: long enough to compare briefings of one season.
STALE_AFTER_DAYS = 90
#: The categories checked against each other (killed + injured = casualties, per
#: subject). The only link between clusters: rescoring a cluster of one of these
#: needs its siblings of the same subject, and nothing else.
ARITHMETIC_CATEGORIES = ("casualties", "injured", "killed")


class ClaimVerdict(NamedTuple):
    """The resolver's verdict on one claim; the fields of :class:`~provenance.models.ClaimAssessment`.

    A plain tuple rather than the validated attrs model because a full rescore
    builds one per claim (a million of them): the engine guarantees what the
    model's validators check (directness from :func:`scores.directness` lies in
    0-1, flags come from a fixed set and are sorted here), and
    :meth:`Resolution.claim_assessment` gives the validated model at the boundary.
    """

    claim: str
    cluster: str
    origin_group: str
    directness: float
    relays: int
    effective_as_of: str | None = None
    current: bool = False
    agrees: bool | None = None
    flags: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()


@frozen
class Resolution:
    """Everything the resolver concluded about a set of claims."""

    figures: dict[str, FigureAssessment]  # cluster key -> assessment
    claims: dict[str, ClaimVerdict]  # claim key -> assessment
    subjects: dict[str, str]  # cluster key -> subject key (links killed/injured/casualties)
    base_keys: dict[str, str]  # claim key -> automatic cluster key (before user decisions)
    documents: dict[str, int]  # cluster key -> number of distinct documents among its claims

    def claim_assessment(self, key: str) -> ClaimAssessment:
        """The validated :class:`~provenance.models.ClaimAssessment` of one claim."""
        return ClaimAssessment(**self.claims[key]._asdict())


def assess(
    reports: Iterable[Report],
    *,
    parties: Parties | None = None,
    decisions: Sequence[tuple[str, str, str]] = (),
    as_of: str | None = None,
    workers: int | None = None,
) -> Resolution:
    """Assess ``reports`` (optionally as known on ``as_of``, an ISO date).

    Large inputs are scored on ``workers`` processes (default: see
    :func:`.parallel.worker_count`); the result is the same either way.
    """
    from . import parallel  # imports this module

    parties = parties or load_parties()
    members, base = cluster_members(reports, decisions, as_of)
    n_claims = sum(len(rs) for rs in members.values())
    processes = parallel.worker_count(n_claims, workers)
    if processes > 1:
        scored = parallel.assess_in_processes(members, parties, processes)
    else:
        scored = assess_unit(list(members), members, parties)
    return resolution_from(members, base, *scored)


def cluster_members(
    reports: Iterable[Report],
    decisions: Sequence[tuple[str, str, str]] = (),
    as_of: str | None = None,
) -> tuple[dict[str, list[Report]], dict[str, str]]:
    """Cluster key -> its reports (in input order), and claim key -> automatic cluster key."""
    reports = list(reports)
    if as_of:
        reports = [r for r in reports if _known_by(r, as_of)]
    base = {r.key: cluster_key(r.category, r.counts, r.unit) for r in reports}
    if any(is_underspecified(k) for k in set(base.values())):  # a few thousand keys, not a million
        spans = {r.key: interval(r.qualifier, r.value, r.low, r.high, r.text) for r in reports}
        base = refine_underspecified(reports, base, spans)
    final = apply_decisions(base, decisions) if decisions else base
    members: dict[str, list[Report]] = defaultdict(list)
    for r in reports:
        members[final[r.key]].append(r)
    return dict(members), base


def assess_unit(keys: Sequence[str], members: dict[str, list[Report]], parties: Parties):
    """Score the clusters ``keys`` and run the arithmetic check among them.

    The unit of work: clusters are independent except that killed + injured is
    checked against casualties across the clusters of one subject, so a unit
    must hold every cluster of each subject it touches (see
    :func:`.parallel.work_units`). Returns ``(figures, verdicts, documents)``,
    each keyed by cluster key in the order of ``keys``; ``verdicts`` holds each
    cluster's :class:`ClaimVerdict` list in its claims' order.
    """
    figures: dict[str, FigureAssessment] = {}
    verdicts: dict[str, list[ClaimVerdict]] = {}
    documents: dict[str, int] = {}
    arithmetic_entries = []
    for key in keys:
        rs = members[key]
        documents[key] = len({r.document for r in rs})
        figures[key], verdicts[key], entries = _assess_cluster(key, rs, parties, documents[key])
        arithmetic_entries.extend(entries)
    _flag_arithmetic(figures, arithmetic_entries)
    return figures, verdicts, documents


def resolution_from(members, base, figures, verdicts, documents) -> Resolution:
    """The :class:`Resolution`, with figures and claims in cluster (``members``) order."""
    if list(figures) != list(members):
        figures = {key: figures[key] for key in members}
    claims = {v.claim: v for key in members for v in verdicts[key]}
    subjects = {key: figure.subject for key, figure in figures.items()}
    return Resolution(
        figures=figures, claims=claims, subjects=subjects, base_keys=base, documents=documents
    )


def _flag_arithmetic(figures: dict[str, FigureAssessment], entries) -> None:
    # Killed + injured against casualties: flags every sibling figure of a subject in place.
    by_subject: dict[str, list[str]] = defaultdict(list)
    for key, figure in figures.items():
        if figure.category in ARITHMETIC_CATEGORIES:
            by_subject[figure.subject].append(key)
    for subject, group, when in arithmetic_mismatches(arithmetic_groups(entries)):
        for key in by_subject[subject]:
            figure = figures[key]
            if figure.category:  # every sibling of the subject carries the flag
                note = (
                    f"arithmetic mismatch: for {group.split(':', 1)[1]} on {when or 'an unknown date'}, "
                    "killed + injured cannot add up to the casualties figure"
                )
                figures[key] = _with_flag(figure, "arithmetic_mismatch", note)


def _known_by(report: Report, as_of: str) -> bool:
    # What had been published by that date; undated documents cannot be placed.
    when = report.published or report.as_of
    return bool(when) and when[:10] <= as_of[:10]


def _with_flag(figure: FigureAssessment, flag: str, note: str) -> FigureAssessment:
    from attrs import evolve

    if flag in figure.flags:
        return figure
    return evolve(
        figure,
        flags=figure.flags + (flag,),
        explanation=f"{figure.explanation} {note[0].upper()}{note[1:]}.",
    )


def _days(a: str, b: str) -> int:
    return (dt.date.fromisoformat(a[:10]) - dt.date.fromisoformat(b[:10])).days


def _assess_cluster(key: str, rs: list[Report], parties: Parties, n_documents: int):
    first = rs[0]
    spans = {r.key: interval(r.qualifier, r.value, r.low, r.high, r.text) for r in rs}
    group_of, echo_of, notes, copies = group_origins(rs, spans, parties)
    times = effective_times(rs, group_of, spans)
    direct = {
        r.key: scores.directness_of(
            r.origin_unstated, r.origin_kind, r.relays, r.briefing, len(r.hedges)
        )
        for r in rs
    }
    by_key = {r.key: r for r in rs}

    claim_flags: dict[str, set[str]] = defaultdict(set)
    cluster_flags: set[str] = set()
    cluster_notes: list[str] = []
    for k in copies:
        claim_flags[k].add("probable_copy")
    for r in rs:
        if r.headline and r.key in echo_of:
            reasons = headline_drift(r, by_key[echo_of[r.key]])
            if reasons:
                claim_flags[r.key].add("headline_drift")
                cluster_notes.append(
                    f"headline drift: the headline {r.text!r} " + "; ".join(reasons)
                )
        if r.origin_unstated and r.key not in echo_of:
            claim_flags[r.key].add("origin_unstated")
        if r.qualifier == "vague":
            claim_flags[r.key].add("vague")

    groups: dict[str, list[Report]] = defaultdict(list)
    for r in rs:
        groups[group_of[r.key]].append(r)

    summaries = []
    for gkey, gm in groups.items():
        head = _lead(gm)
        gflags, conflicting, gnotes = series_flags(gm, times, spans, first.category)
        for k in conflicting:
            claim_flags[k].add("transmission_conflict")
        cluster_flags |= gflags
        cluster_notes.extend(f"{head.origin}: {n}" for n in gnotes)
        dated = [times[r.key] for r in gm if times[r.key]]
        latest = max(dated) if dated else None
        current_pool = [r for r in gm if times[r.key] == latest] if latest else gm
        current = max(
            current_pool,
            key=lambda r: (spans[r.key] is not None, not r.headline, direct[r.key], -r.position),
        )
        interested = parties.interested(
            head.origin, head.origin_kind, current.counts, first.category
        )
        unstated = all(r.origin_unstated for r in gm)
        summaries.append(
            {
                "key": gkey, "members": gm, "head": head, "current": current, "latest": latest,
                "span": spans[current.key], "interested": interested, "unstated": unstated,
                "weight": scores.group_weight(head.origin_kind, unstated, interested),
                "directness": max(direct[r.key] for r in gm), "flags": gflags,
            }
        )  # fmt: skip
        if interested:
            for r in gm:
                claim_flags[r.key].add("interested_source")

    newest = max((s["latest"] for s in summaries if s["latest"]), default=None)
    for s in summaries:
        s["stale"] = bool(newest and s["latest"] and _days(newest, s["latest"]) > STALE_AFTER_DAYS)
    live = [s for s in summaries if not s["stale"] and s["span"] is not None]
    consensus = _consensus(live)
    agreeing = {id(s) for s in consensus}
    for s in summaries:
        s["agrees"] = None if s["span"] is None or s["stale"] else id(s) in agreeing
    disagreeing = [s for s in live if id(s) not in agreeing]

    # UCDP-style estimate: best from the consensus, low/high over the live
    # disinterested origins (interested ones only when nobody else speaks).
    pts = {
        id(s): points(
            s["current"].qualifier,
            s["current"].value,
            s["current"].low,
            s["current"].high,
            s["span"],
        )
        for s in live
    }
    bests = [pts[id(s)][1] for s in consensus if pts[id(s)]]
    best = statistics.median(bests) if bests else None
    pool = [s for s in live if not s["interested"]] or live
    lows = [pts[id(s)][0] for s in pool if pts[id(s)]]
    highs = [pts[id(s)][2] for s in pool if pts[id(s)]]
    low = min(lows) if lows else None
    high = max(highs) if highs else None
    if best is not None:
        low, high = min(low, best), max(high, best)

    weight = sum(s["weight"] for s in consensus)
    corroboration = scores.corroboration(weight)
    substantive = bool(consensus) and bool(disagreeing)
    if substantive:
        cluster_flags.add("substantive_conflict")
        for s in disagreeing:
            for r in s["members"]:
                if r.key == s["current"].key:
                    claim_flags[r.key].add("substantive_conflict")
    if len(consensus) <= 1:
        cluster_flags.add("single_origin")
    for s in summaries:
        if s["interested"] and not s["stale"]:
            cluster_flags.add("interested_source")
    for flags in claim_flags.values():
        cluster_flags |= flags & {
            "headline_drift",
            "probable_copy",
            "origin_unstated",
            "transmission_conflict",
        }
    if any(s["current"].qualifier == "vague" for s in consensus):
        cluster_flags.add("vague")

    lead = max(consensus or summaries, key=lambda s: (s["weight"], s["directness"]))
    letter = scores.reliability(
        lead["head"].origin_kind, lead["unstated"], lead["head"].origin_reliability
    )
    digit = scores.credibility(
        usable=bool(consensus),
        agreeing_disinterested_stated=sum(
            1 for s in consensus if not s["interested"] and not s["unstated"]
        ),
        agreeing_weight=weight,
        substantive_conflict=substantive,
        transmission_conflict="transmission_conflict" in cluster_flags,
        lead_interested=lead["interested"],
        lead_unstated=lead["unstated"],
        consensus_interested_only=bool(consensus) and all(s["interested"] for s in consensus),
    )
    as_of = max((times[s["current"].key] for s in live if times[s["current"].key]), default=None)
    origin_groups = tuple(
        OriginGroup(
            key=s["key"],
            origin=s["head"].origin,
            kind="unstated" if s["unstated"] else s["head"].origin_kind,
            claims=tuple(r.key for r in s["members"]),
            documents=len({r.document for r in s["members"]}),
            low=s["span"][0] if s["span"] else None,
            high=s["span"][1] if s["span"] else None,
            latest_as_of=s["latest"],
            current_claim=s["current"].key,
            interested=s["interested"],
            agrees=s["agrees"],
            stale=s["stale"],
            weight=s["weight"],
        )  # fmt: skip
        for s in sorted(
            summaries, key=lambda s: (s["agrees"] is not True, -s["weight"], s["head"].origin)
        )
    )
    figure = FigureAssessment(
        key=key, category=first.category, counts=first.counts,
        subject=subject_key(first.counts, first.category, first.unit), unit=first.unit,
        origin_groups=origin_groups, claims=tuple(r.key for r in rs), low=low, best=best, high=high,
        as_of=as_of, independent_origins=len(consensus), corroboration=corroboration,
        grade=f"{letter}{digit}", flags=tuple(cluster_flags), explanation="",
    )  # fmt: skip
    figure = _explained(
        figure, summaries, consensus, disagreeing, cluster_notes, letter, digit, lead, n_documents
    )

    current_keys = {s["current"].key for s in summaries}
    # The values every agreeing origin admits: a claim agrees when it reaches them.
    region = (
        (max(s["span"][0] for s in consensus), min(s["span"][1] for s in consensus))
        if consensus
        else None
    )
    claim_assessments = [
        ClaimVerdict(
            r.key,
            key,
            group_of[r.key],
            direct[r.key],
            r.relays,
            times[r.key],
            r.key in current_keys,
            None if spans[r.key] is None or region is None else overlaps(spans[r.key], region),
            tuple(sorted(claim_flags[r.key])) if r.key in claim_flags else (),
            tuple(notes.get(r.key, ())),
        )  # fmt: skip
        for r in rs
    ]
    entries = [
        (figure.subject, group_of[r.key], times[r.key], r.category, spans[r.key])
        for r in rs
        if r.category in ARITHMETIC_CATEGORIES
    ]
    return figure, claim_assessments, entries


def _lead(members: list[Report]) -> Report:
    # The member that names the origin best: attributed, not a headline, longest chain.
    return max(members, key=lambda r: (not r.origin_unstated, not r.headline, r.relays))


def _consensus(live: list[dict]) -> list[dict]:
    """The largest-weight set of origin groups whose current figures share a value."""
    best: list[dict] = []
    best_score = (0.0, 0)
    for probe in live:
        x = probe["span"][0]
        covering = [s for s in live if s["span"][0] <= x <= s["span"][1]]
        score = (sum(s["weight"] for s in covering), len(covering))
        if score > best_score:
            best, best_score = covering, score
    return best


def _explained(
    figure, summaries, consensus, disagreeing, notes, letter, digit, lead, n_documents
) -> FigureAssessment:
    from attrs import evolve

    text = explain_cluster(
        figure, summaries, consensus, disagreeing, notes, letter, digit, lead, n_documents
    )
    return evolve(figure, explanation=text)
