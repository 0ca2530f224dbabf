"""Resolver speed: a full rescore of 1,000,000 synthetic claims, and the incremental
rescore after adding one document to that store, each against the time to read
the same claims with one SELECT.

Run: ``.venv/bin/pytest benchmarks/test_resolve.py --benchmark-only -s`` (skipped
by default). Targets (issue 4): full < 60 s, incremental < 0.2 s. The synthetic
store is built once per session with bulk inserts in one transaction, under a
session tmp dir.

Shape of the synthetic data (chosen to look like news coverage at scale):
100,000 documents of 10 claims each; 5,000 counted groups x 4 categories
(killed, injured, casualties, deployed) = 20,000 clusters of ~50 claims on
average, but of varied size: a few stories get far more coverage than most, so
a group is drawn with a skewed popularity (``_group``) and clusters range from
~30 to ~900 claims; the new document of the incremental run is drawn the same
way, so it tends to touch the big clusters, as real news does. 2,000 origins,
~5 per group; each claim has an origin, one relay and the publisher (3 hops);
figures scatter +/-15 % around a per-cluster value with mixed qualifiers.
"""

from __future__ import annotations

import os
import random
import statistics
import time

import pytest

from provenance.models import Claim, Document, Figure, Hop
from provenance.resolve import resolve_all, resolve_incremental
from provenance.store import Store

CLAIMS = 1_000_000
PER_DOCUMENT = 10
GROUPS = 5_000
ORIGINS = 2_000
CATEGORIES = ("killed", "injured", "casualties", "deployed")
QUALIFIERS = ("exact", "approximately", "more_than", "at_least", "nearly", "at_most")
KINDS = ("government", "intelligence_agency", "official", "military", "anonymous", "ngo")
FULL_TARGET_S = 60.0
INCREMENTAL_TARGET_S = 0.2


#: Popularity skew of counted groups: ``GROUPS * u ** SKEW`` for uniform ``u``.
#: 1.5 gives the most-covered group ~25x the claims of the least-covered one.
SKEW = 1.5


def _group(rng) -> int:
    return min(GROUPS - 1, int(GROUPS * rng.random() ** SKEW))


def _figure(rng, group, category):
    base = 100 + (group * 37 + CATEGORIES.index(category) * 1009) % 20_000
    value = float(round(base * rng.uniform(0.85, 1.15)))
    qualifier = rng.choice(QUALIFIERS)
    low = value if qualifier in ("more_than", "at_least") else None
    high = value if qualifier == "at_most" else None
    return value, low, high, qualifier


def build_synthetic(path, claims=CLAIMS, seed=7):
    """Bulk-load ``claims`` synthetic claims (with documents, sources, hops) in one transaction."""
    rng = random.Random(seed)
    store = Store.open(path)
    conn = store.conn
    documents = claims // PER_DOCUMENT
    with conn:
        conn.executemany(
            "INSERT INTO sources (id, name, kind) VALUES (?, ?, ?)",
            [(i + 1, f"Origin {i}", KINDS[i % len(KINDS)]) for i in range(ORIGINS)]
            + [(ORIGINS + 1, "Wire Agency", "news_agency")]
            + [(ORIGINS + 2 + p, f"Publisher {p}", "outlet") for p in range(100)],
        )
        conn.executemany(
            "INSERT INTO documents (id, sha256, publisher, published, path, text, ingested_at) VALUES (?,?,?,?,?,?,?)",
            [
                (
                    d + 1,
                    f"sha256:{d:064x}",
                    f"Publisher {d % 100}",
                    f"2024-{1 + d % 12:02d}-{1 + d % 28:02d}",
                    None,
                    "",
                    "2025-01-01",
                )
                for d in range(documents)
            ],
        )
        claim_rows, hop_rows = [], []
        for i in range(claims):
            d = i // PER_DOCUMENT
            group = _group(rng)
            category = rng.choice(CATEGORIES)
            value, low, high, qualifier = _figure(rng, group, category)
            origin = 1 + (group * 7 + rng.randrange(5)) % ORIGINS
            publisher = ORIGINS + 2 + d % 100
            claim_rows.append(
                (
                    i + 1, f"{d:012x}-c{i % PER_DOCUMENT + 1}", d + 1, i % PER_DOCUMENT + 1, 0, "synthetic sentence",
                    str(int(value)), value, low, high, qualifier, category, f"Nation{group} soldiers", None, "[]",
                    f"2024-{1 + d % 12:02d}-{1 + d % 28:02d}", 0, origin, publisher, 1,
                    f"Origin {origin - 1} → Wire Agency → Publisher {d % 100}",
                )
            )  # fmt: skip
            hop_rows += [
                (3 * i + 1, i + 1, 0, origin, KINDS[(origin - 1) % len(KINDS)], "said"),
                (3 * i + 2, i + 1, 1, ORIGINS + 1, "news_agency", "reported"),
                (3 * i + 3, i + 1, 2, publisher, "outlet", "published"),
            ]
        conn.executemany(
            "INSERT INTO claims (id, key, document_id, position, headline, sentence, figure_text, value, low, high,"
            " qualifier, category, counts, unit, hedges, as_of, origin_unstated, origin_source_id,"
            " publisher_source_id, relays, chain_text) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            claim_rows,
        )
        conn.executemany(
            "INSERT INTO hops (id, claim_id, position, source_id, kind, cue) VALUES (?,?,?,?,?,?)",
            hop_rows,
        )
    return store


def new_document(rng_seed=99):
    """One more article: ten claims about groups already in the store."""
    rng = random.Random(rng_seed)
    document = Document.from_text(
        f"synthetic article {rng_seed}", publisher="Publisher 1", published="2025-06-01"
    )
    claims = []
    for n in range(PER_DOCUMENT):
        group, category = _group(rng), rng.choice(CATEGORIES)
        value, low, high, qualifier = _figure(rng, group, category)
        figure = Figure(
            value=value,
            low=low,
            high=high,
            qualifier=qualifier,
            category=category,
            counts=f"Nation{group} soldiers",
            text=str(value),
        )
        chain = (
            Hop(source=f"Origin {group % ORIGINS}", kind="government", cue="said"),
            Hop.publisher(document),
        )
        claims.append(
            Claim(
                id=f"c{n + 1}", sentence="synthetic", figure=figure, chain=chain, as_of="2025-06-01"
            )
        )
    return document, claims


@pytest.fixture(scope="session")
def synthetic_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("resolve-bench") / "synthetic.db"
    store = build_synthetic(path)
    store.close()
    return path


def _select_all(store) -> float:
    start = time.perf_counter()
    store.conn.execute("SELECT * FROM claims").fetchall()
    return time.perf_counter() - start


def _load() -> str:
    # The machine is shared: absolute times move with the load, the ratios much less.
    return "load average {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())


def _cpu_timed(function, cpu: list):
    # CPU seconds of this process and its scoring workers (parallel.py; counted once they
    # have exited) beside the wall-clock time pytest-benchmark records: under load from
    # other sessions the wall clock grows, the CPU time much less.
    def timed(*args):
        start = _cpu_seconds()
        try:
            return function(*args)
        finally:
            cpu.append(_cpu_seconds() - start)

    return timed


def _cpu_seconds() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def _report(what: str, elapsed: float, baseline: float, target: float, cpu: float) -> None:
    print(
        f"\n{what}: {elapsed:.3f} s, CPU {cpu:.3f} s (target < {target:g} s: {'met' if elapsed < target else 'MISSED'})"
        f"\n  one SELECT * FROM claims of the same store: {baseline:.2f} s"
        f"\n  ratio: {elapsed / baseline:.4f} x the SELECT; {_load()}"
    )


def test_full_rescore(benchmark, synthetic_db):
    with Store.open(synthetic_db) as store:
        baseline = _select_all(store)
        cpu: list[float] = []
        resolution = benchmark.pedantic(
            _cpu_timed(resolve_all, cpu), args=(store,), rounds=1, iterations=1
        )
        elapsed = benchmark.stats.stats.max
        assert len(resolution.claims) == CLAIMS
        _report(f"full rescore of {CLAIMS:,} claims", elapsed, baseline, FULL_TARGET_S, max(cpu))
        benchmark.extra_info.update(select_s=baseline, ratio=elapsed / baseline)
        assert elapsed < FULL_TARGET_S


def test_incremental_rescore_after_one_document(benchmark, synthetic_db):
    """Each round adds a new 10-claim document (untimed) and times its rescoring, so every
    round does real work (a repeated rescore of the same claims would find nothing changed)."""
    with Store.open(synthetic_db) as store:
        if not store.conn.execute("SELECT 1 FROM claim_assessments LIMIT 1").fetchone():
            resolve_all(store)
        baseline = _select_all(store)
        seeds = iter(range(99, 1_000))
        touched = []

        def add_document():
            document, claims = new_document(next(seeds))
            while store.document_row(document.id) is not None:  # the session store is reused
                document, claims = new_document(next(seeds))
            return (store, store.add_document(document, claims).claim_ids), {}

        def rescore(store, added):
            touched.append(len(resolve_incremental(store, added).claims))

        cpu: list[float] = []
        benchmark.pedantic(_cpu_timed(rescore, cpu), setup=add_document, rounds=7, iterations=1)
        elapsed = benchmark.stats.stats.median
        _report(
            f"incremental rescore after one {PER_DOCUMENT}-claim document (median of 7 documents;"
            f" {min(touched):,}-{max(touched):,} claims in the touched clusters)",
            elapsed, baseline, INCREMENTAL_TARGET_S, statistics.median(cpu),
        )  # fmt: skip
        benchmark.extra_info.update(select_s=baseline, ratio=elapsed / baseline)
        assert elapsed < INCREMENTAL_TARGET_S
