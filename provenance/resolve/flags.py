"""Conflicts, revisions, arithmetic and headline drift.

* **Revision series.** One origin group's figure at different dates is a
  series, not a conflict; the latest is current. A cumulative count (killed,
  injured, casualties, captured, missing) whose later figure lies wholly below
  an earlier one is a *downward revision*: the dead do not come back to life,
  so either the earlier count or the new one was wrong.
* **Transmission conflict.** One origin group, the same date, figures that
  cannot both be true: someone relayed it wrong (unless the sentence itself
  speaks of a revision, "not the 144,000 it first reported").
* **Substantive conflict.** Independent origins whose current figures do not
  overlap (decided in the engine from the consensus).
* **Arithmetic check.** One origin's killed + injured against its casualties
  for the same group of people on the same date.
* **Headline drift.** A headline that restates a body figure without its
  hedges or qualifier, or with a shorter (collapsed) chain.
"""

from __future__ import annotations

import re

from .intervals import Interval, add, hull, overlaps
from .records import Report

#: Categories that only grow over time (a later, lower figure is a correction).
CUMULATIVE = frozenset({"killed", "injured", "casualties", "captured", "missing"})
#: Words with which a sentence reports a change of figure by its own origin.
REVISION_CUE = re.compile(
    r"\b(revis\w*|first reported|initially|originally|previously|earlier (?:figure|estimate|count|toll)|"
    r"up from|down from|rather than|instead of|not the|updated|raised|lowered|had put|had said)\b",
    re.I,
)


def series_flags(
    members: list[Report],
    times: dict[str, str | None],
    spans: dict[str, Interval | None],
    category: str,
) -> tuple[set[str], set[str], list[str]]:
    """Revision and transmission flags of one origin group.

    Returns ``(group_flags, conflicting_claim_keys, notes)``.
    """
    flags: set[str] = set()
    conflicting: set[str] = set()
    notes: list[str] = []
    by_time: dict[str | None, list[Report]] = {}
    for r in members:
        by_time.setdefault(times[r.key], []).append(r)
    for when, same in by_time.items():
        if len(same) < 2:
            continue  # the common case: one report per date cannot conflict with itself
        spans_here = [(r, spans.get(r.key)) for r in same if spans.get(r.key) is not None]
        if len(spans_here) < 2:
            continue
        lo_claim = min(spans_here, key=lambda rs: rs[1][1])
        hi_claim = max(spans_here, key=lambda rs: rs[1][0])
        if lo_claim[1][1] >= hi_claim[1][0]:
            continue  # all of them share a value
        if any(REVISION_CUE.search(r.sentence) for r, _ in spans_here):
            flags.add("revision")
            notes.append(
                f"figures {lo_claim[0].text!r} and {hi_claim[0].text!r} on {when or 'an unknown date'} are a revision the text itself reports"
            )
            continue
        flags.add("transmission_conflict")
        conflicting.update({lo_claim[0].key, hi_claim[0].key})
        notes.append(
            f"transmission conflict: {lo_claim[0].text!r} ({lo_claim[0].publisher or 'unknown publisher'}) and "
            f"{hi_claim[0].text!r} ({hi_claim[0].publisher or 'unknown publisher'}) are given for the same origin "
            f"and date ({when or 'unknown'}); one of them was relayed wrong"
        )
    dated = []
    for t, rs in by_time.items():
        if t is not None:
            span = spans.get(rs[0].key) if len(rs) == 1 else hull(spans.get(r.key) for r in rs)
            if span is not None:
                dated.append((t, span))
    dated.sort()
    for (t0, s0), (t1, s1) in zip(dated, dated[1:], strict=False):
        if overlaps(s0, s1):
            continue
        flags.add("revision")
        if category in CUMULATIVE and s1[1] < s0[0]:
            flags.add("downward_revision")
            notes.append(f"downward revision: a cumulative count fell between {t0} and {t1}")
    return flags, conflicting, notes


def arithmetic_consistent(killed: Interval, injured: Interval, casualties: Interval) -> bool:
    """Whether killed + injured can equal casualties, given each figure's interval."""
    return overlaps(add(killed, injured), casualties)


def headline_drift(headline: Report, body: Report) -> list[str]:
    """Reasons a headline drifts from the body claim it restates (empty: no drift)."""
    reasons = []
    dropped = [h for h in body.hedges if h.lower() not in {x.lower() for x in headline.hedges}]
    if dropped:
        reasons.append(f"drops the body's hedge(s) {', '.join(dropped)}")
    if body.qualifier != headline.qualifier and headline.qualifier == "exact":
        reasons.append(f"states {headline.text!r} flatly where the body says {body.text!r}")
    if headline.origin != body.origin or len(headline.chain) < len(body.chain):
        reasons.append(
            f"collapses the chain to {' -> '.join(headline.chain[:-1]) or 'the publisher'} "
            f"(body: {' -> '.join(body.chain[:-1])})"
        )
    return reasons


def arithmetic_groups(entries) -> dict:
    """Index ``(subject, group, time, category) -> [interval]`` for the arithmetic check."""
    index: dict = {}
    for subject, group, when, category, span in entries:
        if span is not None:
            index.setdefault((subject, group, when), {}).setdefault(category, []).append(span)
    return index


def arithmetic_mismatches(index: dict) -> list[tuple]:
    """``(subject, group, time)`` triples whose killed + injured cannot make their casualties."""
    bad = []
    for triple, by_category in index.items():
        if {"killed", "injured", "casualties"} <= by_category.keys():
            k, i, c = (hull(by_category[x]) for x in ("killed", "injured", "casualties"))
            if not arithmetic_consistent(k, i, c):
                bad.append(triple)
    return bad
