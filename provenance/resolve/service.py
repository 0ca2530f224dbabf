"""The resolver against the store: full and incremental rescoring, link/unlink, the figure view.

All SQL stays in :class:`~provenance.store.Store` (its resolver section); this
module turns store rows into :class:`~.records.Report` records, runs
:func:`~.engine.assess`, and hands the verdicts back to the store.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import json
from collections.abc import Iterator, Sequence
from typing import Any

from ..errors import InvalidInput, NotFound
from .clusters import cluster_key, is_underspecified, subject_key
from .engine import ARITHMETIC_CATEGORIES, Resolution, assess
from .parties import Parties, load_parties
from .records import report_from_row
from .scores import explain_directness


def resolve_all(store, *, as_of: str | None = None, parties: Parties | None = None) -> Resolution:
    """Rescore every claim in the store (``provenance resolve``); returns the resolution."""
    as_of = _check_date(as_of)
    store.begin_full_rescore()
    try:
        with _no_gc_pauses():
            reports = [report_from_row(row) for row in store.resolver_rows()]
            resolution = assess(
                reports, parties=parties, decisions=store.cluster_decisions(), as_of=as_of
            )
            _write(store, resolution, reports, replace=None)  # commits
    finally:
        store.end_full_rescore()
    return resolution


@contextlib.contextmanager
def _no_gc_pauses() -> Iterator[None]:
    # A full rescore allocates millions of small acyclic objects (records, tuples,
    # strings); the cyclic collector would rescan the growing heap again and again
    # for nothing, which made it a large share of the run time. Reference counting
    # still frees everything; collection resumes (and runs once) afterwards.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def resolve_incremental(
    store, claim_ids: Sequence[int], *, parties: Parties | None = None
) -> Resolution:
    """Rescore only the clusters the given (new) claims touch; called by ``ingest``.

    The rescored set must hold every claim whose verdict can change, and with it
    every claim of each figure it writes (before and after), or the claims left
    behind in a figure keep verdicts (and origin-group ids) of a cluster that no
    longer exists. See :func:`_rescoring_reports`.
    """
    new_rows = store.resolver_rows_for_claims(list(claim_ids))
    if not new_rows:
        return assess([], parties=parties)
    decisions = store.cluster_decisions()
    reports = _rescoring_reports(store, new_rows, decisions)
    resolution = assess(reports, parties=parties, decisions=decisions)
    _write(store, resolution, reports, replace=sorted(r.claim_id for r in reports))
    return resolution


def _rescoring_reports(store, new_rows: list[tuple], decisions) -> list:
    """The new claims and everything their rescoring needs, closed under these rules:

    * each claim brings every claim of each stored figure holding a claim of its
      automatic cluster (so a figure is rescored whole: its claims moving out or
      staying, and the claims that join it);
    * a killed/injured/casualties claim brings the figures of its subject's
      siblings (the arithmetic check);
    * a claim a user linked or unlinked brings its partner;
    * an unspecific people-count ("about 600 people") brings the claims of its
      origin and of its article in its category, which decide where it goes;
    * a *new* claim brings the unspecific counts of its origin in its category,
      which it may draw into its cluster (an old claim's pull is already stored).

    Applied until nothing new comes in; every read goes through an index.
    """
    new_ids = {row[0] for row in new_rows}
    found: dict[int, Any] = {}  # claim id -> Report, each row parsed once
    pending = list(new_rows)
    done_keys: set[str] = set()
    done_subjects: set[str] = set()
    done_origins: set[tuple[str, str]] = set()
    done_drawn: set[tuple[str, str]] = set()
    done_documents: set[tuple[str, str]] = set()
    while pending:
        fresh = {row[0]: row for row in pending if row[0] not in found}
        if not fresh:
            break
        reports = [report_from_row(row) for row in fresh.values()]
        found.update((r.claim_id, r) for r in reports)
        keys, subjects, origins, docs, drawn = set(), set(), set(), set(), set()
        fresh_keys = {r.key for r in reports}
        for r in reports:
            key = cluster_key(r.category, r.counts, r.unit)
            keys.add(key)
            if r.category in ARITHMETIC_CATEGORIES:
                subjects.add(subject_key(r.counts, r.category, r.unit))
            if is_underspecified(key):
                origins.add((r.origin, r.category))
                docs.add((r.document, r.category))
            elif r.claim_id in new_ids:
                drawn.add((r.origin, r.category))
        partner_keys = {
            b if a in fresh_keys else a
            for a, b, _ in decisions
            if a in fresh_keys or b in fresh_keys
        }
        keys -= done_keys
        subjects -= done_subjects
        origins -= done_origins
        drawn -= done_origins | done_drawn
        docs -= done_documents
        done_keys |= keys
        done_subjects |= subjects
        done_origins |= origins
        done_drawn |= drawn
        done_documents |= docs
        pending = store.resolver_rows_for_clusters(
            sorted(keys), sorted(subjects), ARITHMETIC_CATEGORIES
        )
        for origin, category in sorted(origins, key=str):
            pending += store.resolver_rows_for_origins([origin], [category])
        for origin, category in sorted(drawn - origins, key=str):
            # Only the unspecific counts can be drawn in; the origin's other claims stay put.
            # Picked from the narrow (id, category, counts, unit) rows, and only those read
            # whole: reading every claim of a prolific origin whole (two hop joins each) and
            # dropping nearly all of them was a third of an incremental rescore.
            pending += store.resolver_rows_for_claims(
                [
                    claim_id
                    for claim_id, cat, counts, unit in store.claim_wordings_for_origins(
                        [origin], [category]
                    )
                    if is_underspecified(cluster_key(cat, counts, unit))
                ]
            )
        for document, category in sorted(docs):
            pending += store.resolver_rows_for_documents([document], [category])
        if partner_keys:
            where = "c.key IN ({})".format(",".join("?" * len(partner_keys)))
            pending += list(store.resolver_rows(where, sorted(partner_keys)))
    # claim id order, as a full rescore reads them: the order of claims within a
    # cluster shows in its notes and in ties, and must not depend on how it was reached
    return [found[i] for i in sorted(found)]


def _write(store, resolution: Resolution, reports, *, replace) -> None:
    # Rows are plain tuples in the store's column order (see Store.write_assessments):
    # a full rescore writes a million claim rows, and dicts or per-row JSON would
    # cost more than the scoring. Figure ids are kept by cluster key, so links to
    # a figure page survive rescoring; origin-group ids by (figure, origin group key),
    # so an incremental rescore finds most claim rows unchanged and skips them.
    ids = {r.key: r.claim_id for r in reports}
    documents = resolution.documents
    existing = store.figure_ids(list(resolution.figures))
    existing_groups = store.origin_group_ids(list(existing.values()))
    next_figure, next_group = store.next_ids()
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    as_json = _json_cache()
    figure_rows, group_rows, claim_rows = [], [], []
    figure_id_of: dict[str, int] = {}
    group_ids: dict[tuple[str, str], tuple[int, int, str]] = {}  # -> (figure id, group id, subject)
    for key, figure in resolution.figures.items():
        figure_id = existing.get(key)
        if figure_id is None:
            figure_id, next_figure = next_figure, next_figure + 1
        figure_id_of[key] = figure_id
        figure_rows.append(
            (
                figure_id, key, f"{figure.category}: {figure.counts}", figure.category, figure.counts,
                figure.subject, figure.unit, figure.as_of, figure.low, figure.best, figure.high,
                figure.independent_origins, figure.corroboration, figure.grade, as_json(figure.flags),
                figure.explanation, len(figure.claims), documents[key], now,
            )
        )  # fmt: skip
        for group in figure.origin_groups:
            group_id = existing_groups.get((figure_id, group.key))
            if group_id is None:
                group_id, next_group = next_group, next_group + 1
            group_ids[(key, group.key)] = (figure_id, group_id, figure.subject)
            group_rows.append(
                (
                    group_id, figure_id, group.key, group.origin, group.kind, len(group.claims),
                    group.documents, group.low, group.high, group.latest_as_of, ids.get(group.current_claim),
                    int(group.interested), None if group.agrees is None else int(group.agrees),
                    int(group.stale), group.weight,
                )
            )  # fmt: skip
    base_keys, verdicts = resolution.base_keys, resolution.claims
    # In the order the claims were read (claim id order on a full rescore): inserting by
    # ascending primary key appends to the table and checks foreign keys on neighbouring
    # pages; cluster order was measured 2.5x slower.
    for r in reports:
        a = verdicts.get(r.key)
        if a is None:
            continue  # not yet published on the as-of date
        figure_id, group_id, subject = group_ids[
            a.cluster, a.origin_group
        ]  # one lookup per claim, not three
        claim_rows.append(
            (
                r.claim_id, figure_id, group_id, base_keys[r.key],
                subject, a.directness, a.relays, a.effective_as_of, int(a.current),
                None if a.agrees is None else int(a.agrees), as_json(a.flags),
                json.dumps(list(a.notes)) if a.notes else None,
            )
        )  # fmt: skip
    store.write_assessments(figure_rows, group_rows, claim_rows, replace_claim_ids=replace)


def _json_cache():
    # Flag tuples repeat (a few dozen distinct ones in a million claims): encode each once.
    cache: dict[tuple, str] = {}

    def as_json(flags: tuple) -> str:
        found = cache.get(flags)
        if found is None:
            found = cache[flags] = json.dumps(list(flags))
        return found

    return as_json


def link_claims(store, claim_ref, other_ref) -> None:
    """Record that two claims report the same quantity, and rescore their clusters."""
    _decide(store, claim_ref, other_ref, "link")


def unlink_claims(store, claim_ref, other_ref) -> None:
    """Record that two claims do not report the same quantity, and rescore their clusters."""
    _decide(store, claim_ref, other_ref, "unlink")


def _decide(store, claim_ref, other_ref, decision: str) -> None:
    a, b = store.resolve_claim_id(claim_ref), store.resolve_claim_id(other_ref)
    if a == b:
        raise InvalidInput(f"cannot {decision} a claim with itself ({claim_ref})")
    keys = store.claim_keys([a, b])
    store.add_cluster_decision(keys[a], keys[b], decision)
    touched = [a, b]
    for claim in (a, b):
        found = store.claim_figure(claim)
        if found:
            touched += [
                row[0]
                for row in store.resolver_rows_for_clusters(
                    [found[1]], [found[2]], ARITHMETIC_CATEGORIES
                )
            ]
    resolve_incremental(store, touched)


def figure_view(
    store, claim_ref, as_of: str | None = None, *, parties: Parties | None = None
) -> dict[str, Any]:
    """The figure contract object for the cluster of one claim (optionally as known on ``as_of``)."""
    as_of = _check_date(as_of)
    claim_id = store.resolve_claim_id(claim_ref)
    found = store.claim_figure(claim_id)
    if found is None:
        resolve_incremental(store, [claim_id], parties=parties)
        found = store.claim_figure(claim_id)
    rows = store.resolver_rows_for_clusters([found[1]], [found[2]], ARITHMETIC_CATEGORIES)
    reports = [report_from_row(row) for row in rows]
    by_key = {r.key: r for r in reports}
    key = next(r.key for r in reports if r.claim_id == claim_id)
    resolution = assess(
        reports, parties=parties or load_parties(), decisions=store.cluster_decisions(), as_of=as_of
    )
    if key not in resolution.claims:
        raise NotFound(f"claim {claim_ref} had not been published by {as_of}")
    figure = resolution.figures[resolution.claims[key].cluster]
    stored = store.figure_ids([figure.key]).get(figure.key)
    claim_id_of = {r.key: r.claim_id for r in reports}
    return {
        "cluster": {
            "id": stored if stored is not None else figure.key,
            "key": figure.key,
            "category": figure.category,
            "counts": figure.counts,
            "unit": figure.unit,
            "as_of": figure.as_of,
        },
        "estimate": {"low": figure.low, "best": figure.best, "high": figure.high},
        "origin_groups": [
            {
                "origin": g.origin,
                "kind": g.kind,
                "claims": [claim_id_of[k] for k in g.claims],
                "documents": g.documents,
                "low": g.low,
                "high": g.high,
                "latest_as_of": g.latest_as_of,
                "interested": g.interested,
                "agrees": g.agrees,
                "stale": g.stale,
                "weight": g.weight,
                "current_claim": claim_id_of.get(g.current_claim),
            }
            for g in figure.origin_groups
        ],  # fmt: skip
        "independent_origins": figure.independent_origins,
        "corroboration": figure.corroboration,
        "grade": figure.grade,
        "flags": list(figure.flags),
        "claims": [_claim_json(by_key[k], resolution.claims[k]) for k in figure.claims],
        "explanation": figure.explanation,
        "as_of_query": as_of,
        "requested_claim": claim_id,
    }


def _claim_json(report, assessment) -> dict[str, Any]:
    return {
        "id": report.claim_id, "key": report.key, "document": report.document, "publisher": report.publisher,
        "published": report.published, "headline": report.headline, "figure": report.text,
        "value": report.value, "low": report.low, "high": report.high, "qualifier": report.qualifier,
        "as_of": report.as_of, "effective_as_of": assessment.effective_as_of, "origin": report.origin,
        "origin_group": assessment.origin_group, "directness": assessment.directness, "hops": report.relays,
        "chain": list(report.chain), "current": assessment.current, "agrees": assessment.agrees,
        "flags": list(assessment.flags), "notes": list(assessment.notes),
        "directness_explanation": explain_directness(report), "sentence": report.sentence,
    }  # fmt: skip


def _check_date(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10]).isoformat()
    except ValueError:
        raise InvalidInput(f"--as-of {value!r}: expected a date like 2025-04-30") from None
