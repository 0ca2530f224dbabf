"""Datasette over a store of 1,000,000 claims: the claims page, a facet and the chain query.

Run: ``.venv/bin/pytest benchmarks/test_datasette.py --benchmark-only``
(skipped by the default ``--benchmark-skip``). Target: each answers in under 300 ms
(mean over the rounds), through the in-process client, on the immutable database
that ``provenance serve`` opens.

The store is built with raw ``executemany`` in one transaction straight into the
migrated schema (the store's own insert path is benchmarked in test_store.py),
then resolved tables are filled synthetically so the views have rows to join.
"""

from __future__ import annotations

import asyncio
import json
import random
import time

import pytest

from provenance import datasette_plugin
from provenance.store import Store
from provenance.vocab import CATEGORIES

CLAIMS = 1_000_000
CLAIMS_PER_DOCUMENT = 50
CLAIMS_PER_FIGURE = 100
SOURCES = 400
KINDS = ("intelligence_agency", "government", "official", "news_agency", "outlet", "anonymous")
TARGET_SECONDS = 0.300


def _rows(rng: random.Random):
    """Documents, claims, hops, figures, origin groups and assessments, as row tuples."""
    documents = CLAIMS // CLAIMS_PER_DOCUMENT
    doc_rows = [
        (d + 1, f"sha256:{d:064x}", f"Synthetic article {d}", f"Outlet {d % 50}",
         f"2025-{1 + d % 12:02d}-{1 + d % 28:02d}", None, None, "text", "2025-01-01T00:00:00+00:00")
        for d in range(documents)
    ]  # fmt: skip
    source_rows = [(s + 1, f"Source {s}", KINDS[s % len(KINDS)]) for s in range(SOURCES)]
    claim_rows, hop_rows, assessment_rows = [], [], []
    hop_id = 1
    for c in range(CLAIMS):
        claim_id, document_id = c + 1, c // CLAIMS_PER_DOCUMENT + 1
        chain = rng.sample(range(1, SOURCES - 49), rng.randint(1, 3)) + [
            SOURCES - 50 + document_id % 50
        ]
        value = rng.randint(1, 100_000)
        sentence = f"Some {value} soldiers were killed in the fighting, Source {chain[0] - 1} said on Tuesday."
        chain_text = " → ".join(f"Source {s - 1}" for s in chain)
        claim_rows.append((
            claim_id, f"{document_id:012x}-c{c % CLAIMS_PER_DOCUMENT + 1}", document_id,
            c % CLAIMS_PER_DOCUMENT + 1, int(c % CLAIMS_PER_DOCUMENT == 0), sentence, None, None,
            f"some {value}", None, None, value, None, None, "approximately", CATEGORIES[c % len(CATEGORIES)],
            "soldiers", None, json.dumps(["believed"] if c % 3 == 0 else []), None, 0, chain[0], chain[-1],
            len(chain) - 2, chain_text,
        ))  # fmt: skip
        for position, source in enumerate(chain):
            hop_rows.append(
                (
                    hop_id,
                    claim_id,
                    position,
                    source,
                    KINDS[(source - 1) % len(KINDS)],
                    f"Source {source - 1}",
                    None,
                    "said",
                    None,
                    None,
                )
            )
            hop_id += 1
        figure_id = c // CLAIMS_PER_FIGURE + 1
        assessment_rows.append((claim_id, figure_id, figure_id, f"k{figure_id}", "soldiers", 0.8, len(chain) - 2,
                                None, 0, 1, json.dumps(["probable_copy"] if c % 7 == 0 else []), None))  # fmt: skip
    figures = CLAIMS // CLAIMS_PER_FIGURE
    figure_rows = [
        (f + 1, f"k{f + 1}", f"killed: soldiers {f}", CATEGORIES[f % len(CATEGORIES)], "soldiers", "soldiers", None,
         None, 100.0, 200.0, 300.0, 1, 0.0, "BCDF"[f % 4] + str(1 + f % 6), json.dumps(["single_origin"]), "synthetic",
         CLAIMS_PER_FIGURE, CLAIMS_PER_FIGURE, "2025-01-01T00:00:00+00:00")
        for f in range(figures)
    ]  # fmt: skip
    group_rows = [
        (f + 1, f + 1, f"o{f}", f"Source {f % SOURCES}", "official", CLAIMS_PER_FIGURE, CLAIMS_PER_FIGURE,
         100.0, 300.0, None, None, 0, 1, 0, 1.0)
        for f in range(figures)
    ]  # fmt: skip
    return doc_rows, source_rows, claim_rows, hop_rows, figure_rows, group_rows, assessment_rows


def build(path) -> float:
    """Build the 1M-claim store at ``path``; return the seconds it took."""
    started = time.perf_counter()
    with Store.open(path) as store:
        docs, sources, claims, hops, figures, groups, assessments = _rows(random.Random(7))
        conn = store.conn
        with conn:  # one transaction
            conn.executemany("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", docs)
            conn.executemany("INSERT INTO sources (id, name, kind) VALUES (?, ?, ?)", sources)
            conn.executemany(f"INSERT INTO claims VALUES ({', '.join('?' * 25)})", claims)
            conn.executemany(f"INSERT INTO hops VALUES ({', '.join('?' * 10)})", hops)
            conn.executemany(f"INSERT INTO figures VALUES ({', '.join('?' * 19)})", figures)
            conn.executemany(f"INSERT INTO origin_groups VALUES ({', '.join('?' * 15)})", groups)
            conn.executemany(
                f"INSERT INTO claim_assessments VALUES ({', '.join('?' * 12)})", assessments
            )
        conn.execute("ANALYZE")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return time.perf_counter() - started


@pytest.fixture(scope="session")
def big_ds(tmp_path_factory):
    """Datasette (immutable, generated metadata, plugin) over the 1M-claim store, built once."""
    path = tmp_path_factory.mktemp("bench") / "big.db"
    seconds = build(path)
    print(f"\nbuilt {CLAIMS:,} claims in {seconds:.1f}s ({path.stat().st_size / 1e6:.0f} MB)")
    ds = datasette_plugin.datasette_app(path)
    fetch(ds, "/big/claims.json?_size=1")  # start-up hooks, connections, the cached table counts
    return ds


def fetch(ds, path: str):
    response = asyncio.run(ds.client.get(path))
    assert response.status_code == 200, (path, response.status_code, response.text[:300])
    return response


def check(benchmark, ds, path: str, check_response=None):
    response = benchmark.pedantic(fetch, args=(ds, path), rounds=10, warmup_rounds=1)
    if check_response is not None:
        check_response(response)
    mean = benchmark.stats.stats.mean
    print(f"\n{path}: mean {mean * 1000:.0f} ms, max {benchmark.stats.stats.max * 1000:.0f} ms")
    assert mean < TARGET_SECONDS, (
        f"{path}: {mean * 1000:.0f} ms (target {TARGET_SECONDS * 1000:.0f} ms)"
    )


def test_claims_table_page(benchmark, big_ds):
    check(benchmark, big_ds, "/big/claims", lambda r: "1,000,000 rows" in r.text)


def test_claims_facet(benchmark, big_ds):
    def complete(response):
        facet = response.json()["facet_results"]["category"]
        assert not facet.get("truncated") and sum(r["count"] for r in facet["results"]) == CLAIMS

    check(benchmark, big_ds, "/big/claims.json?_facet=category&_size=0", complete)


def test_claim_chain_query(benchmark, big_ds):
    def ordered(response):
        rows = response.json()
        assert rows and [r["step"] for r in rows] == list(range(1, len(rows) + 1))

    check(benchmark, big_ds, "/big/claim_chain.json?claim=654321&_shape=array", ordered)
