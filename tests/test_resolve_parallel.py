"""The parallel scoring path (provenance.resolve.parallel) gives exactly the serial result."""

from __future__ import annotations

import random

import pytest

from provenance.resolve import assess, parallel, report_from_claim
from provenance.resolve.engine import cluster_members
from tests.resolve_support import CORPUS, SEEDS, documents, gold_claims, report

CATEGORIES = ("killed", "injured", "casualties", "deployed")
QUALIFIERS = ("exact", "approximately", "more_than", "nearly", "at_most")


def _gold_reports():
    found = []
    for document in documents([SEEDS, CORPUS]):
        for claim in gold_claims(document):
            found.append(
                report_from_claim(
                    claim,
                    document=document.id,
                    publisher=document.publisher,
                    published=document.published,
                )
            )
    return found


def _synthetic_reports(n=3_000, seed=3):
    # Many subjects with killed/injured/casualties siblings, so that the arithmetic
    # check has to see a whole subject inside one work unit.
    rng = random.Random(seed)
    found = []
    for i in range(n):
        group = rng.randrange(60)
        category = rng.choice(CATEGORIES)
        value = float(
            round((100 + group * 37 + CATEGORIES.index(category) * 500) * rng.uniform(0.8, 1.2))
        )
        found.append(
            report(
                f"k{i}", value, qualifier=rng.choice(QUALIFIERS), category=category, counts=f"Nation{group} soldiers",
                origin=f"Origin {group * 3 + rng.randrange(3)}", kind=rng.choice(("government", "military", "anonymous")),
                document=f"d{i // 5}", published=f"2024-{1 + i % 12:02d}-{1 + i % 27:02d}",
                as_of=f"2024-{1 + i % 12:02d}-01" if i % 3 else None,
            )
        )  # fmt: skip
    return found


@pytest.mark.parametrize("source", [_gold_reports, _synthetic_reports])
def test_parallel_scoring_equals_serial(monkeypatch, source):
    reports = source()
    serial = assess(reports, workers=1)
    monkeypatch.setattr(parallel, "TASK_CLAIMS", 50)  # many small tasks, several per worker
    forked = assess(reports, workers=2)
    assert list(forked.figures) == list(serial.figures)
    assert list(forked.claims) == list(serial.claims)
    assert forked.figures == serial.figures
    assert forked.claims == serial.claims
    assert forked.documents == serial.documents and forked.subjects == serial.subjects
    if source is _synthetic_reports:  # the scenario exercises the cross-cluster check
        assert any("arithmetic_mismatch" in f.flags for f in serial.figures.values())


def test_work_units_keep_each_subject_together():
    members, _ = cluster_members(_synthetic_reports(600))
    units = parallel.work_units(members)
    assert sorted(k for unit in units for k in unit) == sorted(members)
    subjects = [{members[k][0].counts for k in unit} for unit in units]
    assert all(len(s) == 1 for s in subjects)
    assert len({next(iter(s)) for s in subjects}) == len(units)  # one unit per subject
    packed = parallel.tasks(members, size=100)
    assert [k for task in packed for k in task] == [k for unit in units for k in unit]


def test_small_inputs_and_busy_machines_stay_in_one_process(monkeypatch):
    assert parallel.worker_count(parallel.PARALLEL_MIN_CLAIMS - 1) == 1
    assert parallel.worker_count(10, requested=2) == 2
    monkeypatch.setattr(parallel.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(parallel.os, "getloadavg", lambda: (1.1, 1.0, 1.0))
    assert parallel.worker_count(parallel.PARALLEL_MIN_CLAIMS) == 1
    monkeypatch.setattr(parallel.os, "getloadavg", lambda: (0.2, 0.2, 0.2))
    assert parallel.worker_count(parallel.PARALLEL_MIN_CLAIMS) == 2
