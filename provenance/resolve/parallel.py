"""Scoring clusters on several processes, for full rescores of large stores.

Clusters are independent apart from one link: killed + injured is checked
against casualties across the clusters of one *subject*. So the clusters of a
subject form one work unit (:func:`work_units`), consecutive units are packed
into tasks of about :data:`TASK_CLAIMS` claims, and each task runs
:func:`.engine.assess_unit` in a worker; the arithmetic check then sees exactly
the siblings it sees in one process, and the result is the same.

Workers are forked after the records are built, so they inherit the clusters
instead of receiving them through a pipe: a task is only a list of cluster
keys. Results come back as plain tuples (pickling a ``NamedTuple`` goes through
``copyreg`` and costs four times as much) and are turned back into verdicts in
the parent while the workers go on scoring. Output order does not depend on
which worker finishes first: results are taken in task order and the
:class:`~.engine.Resolution` is put in cluster order.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor

from . import engine
from .clusters import subject_key
from .parties import Parties
from .records import Report

#: Below this many claims one process scores everything: starting workers and
#: moving results between processes costs more than it saves (tens of
#: milliseconds), and tests and incremental rescores stay in one process.
PARALLEL_MIN_CLAIMS = 200_000
#: Worker processes at most (the project's machines have two cores).
MAX_WORKERS = 2
#: Fork workers only while this many cores are idle (cores minus the 1-minute
#: load average). Workers cost ~30 % more CPU in total than one process (copy-on-
#: write page faults on the inherited heap, pickling results), so they pay only
#: on idle cores: on the shared 2-core machine at load 1.1-1.8 the 1M-claim full
#: rescore took 71-72 s with workers and 60-63 s without (docs/performance.md).
MIN_IDLE_CORES = 1.5
#: Claims per task: large enough that per-task overhead is negligible, small
#: enough that the two workers finish close together and the parent can decode
#: results while they work.
TASK_CLAIMS = 20_000

# The clusters being scored, set in the parent just before the workers fork
# (inherited, never pickled) and cleared afterwards.
_MEMBERS: dict[str, list[Report]] | None = None
_PARTIES: Parties | None = None


def worker_count(n_claims: int, requested: int | None = None) -> int:
    """How many processes to score ``n_claims`` on: 1 below :data:`PARALLEL_MIN_CLAIMS`
    or with fewer than :data:`MIN_IDLE_CORES` idle cores; the result is the same either way."""
    if requested is not None:
        return max(1, requested)
    if n_claims < PARALLEL_MIN_CLAIMS or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    cores = os.cpu_count() or 1
    if cores - os.getloadavg()[0] < MIN_IDLE_CORES:
        return 1  # busy machine: extra processes would only add CPU (see MIN_IDLE_CORES)
    return max(1, min(MAX_WORKERS, cores))


def work_units(members: dict[str, list[Report]]) -> list[list[str]]:
    """Cluster keys grouped by subject, in first-appearance order (each unit in ``members`` order)."""
    units: dict[str, list[str]] = {}
    for key, rs in members.items():
        first = rs[0]  # the figure's subject is its first claim's (engine._assess_cluster)
        units.setdefault(subject_key(first.counts, first.category, first.unit), []).append(key)
    return list(units.values())


def tasks(members: dict[str, list[Report]], size: int = TASK_CLAIMS) -> list[list[str]]:
    """Consecutive work units packed into tasks of about ``size`` claims."""
    packed: list[list[str]] = []
    current: list[str] = []
    claims = 0
    for unit in work_units(members):
        current.extend(unit)
        claims += sum(len(members[key]) for key in unit)
        if claims >= size:
            packed.append(current)
            current, claims = [], 0
    if current:
        packed.append(current)
    return packed


def assess_in_processes(members: dict[str, list[Report]], parties: Parties, processes: int):
    """:func:`.engine.assess_unit` over all clusters, on ``processes`` forked workers."""
    global _MEMBERS, _PARTIES
    _MEMBERS, _PARTIES = members, parties
    figures: dict = {}
    verdicts: dict = {}
    documents: dict = {}
    make = engine.ClaimVerdict._make
    try:
        with ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context("fork")) as pool:
            for task_figures, task_verdicts, task_documents in pool.map(
                _assess_task, tasks(members)
            ):
                figures.update(task_figures)
                documents.update(task_documents)
                for key, rows in task_verdicts.items():
                    verdicts[key] = [make(row) for row in rows]
    finally:
        _MEMBERS = _PARTIES = None
    return figures, verdicts, documents


def _assess_task(keys: Sequence[str]):
    # In a worker: score the task's clusters from the inherited records.
    figures, verdicts, documents = engine.assess_unit(keys, _MEMBERS, _PARTIES)
    return figures, {key: [tuple(v) for v in vs] for key, vs in verdicts.items()}, documents
