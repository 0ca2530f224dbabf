"""CSV export of 1,000,000 claims against a bare ``csv.writer`` over one SELECT of the same rows.

Run: ``.venv/bin/pytest benchmarks/test_export.py --benchmark-only -s`` (skipped by default).
Targets: the export runs at least half as fast as the bare writer, and its peak memory
stays under 300 MB.

Both sides run in a fresh subprocess each (the same interpreter, the same database, the same
disk), so neither inherits the other's page cache in Python memory; each reports its wall time
and its peak resident set size, ``VmHWM`` from ``/proc/self/status`` (the whole process,
interpreter and SQLite cache included). Not ``resource.getrusage(RUSAGE_SELF).ru_maxrss``:
Linux keeps that value across ``exec``, so a child of a big pytest process would report the
parent's peak; ``ru_maxrss`` is only the fallback where ``/proc`` is missing. The baseline runs the
export's own query without the formula-neutralising and number-formatting expressions
(``export_query(raw=True)``) and hands the cursor straight to ``csv.writer.writerows``.

The synthetic database (1,000,000 claims in 10,000 documents, ~3.5 hops per claim, every claim
resolved into one of 5,000 figures) is built with bulk ``executemany`` in one transaction and
cached between runs in pytest's cache folder (rebuilt when the schema's migrations change).
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from provenance.migrations import migrations
from provenance.store import Store, claim_key

CLAIMS = 1_000_000
CLAIMS_PER_DOCUMENT = 100
FIGURES = 5_000
SOURCES = 300
KINDS = (
    "intelligence_agency",
    "government",
    "official",
    "legislator",
    "news_agency",
    "outlet",
    "anonymous",
)
ROOT = Path(__file__).resolve().parent.parent


def build(path: Path, seed: int = 11) -> None:
    """Write the synthetic store: schema via ``Store.open`` (migrations), rows via bulk executemany.

    Rows are generated and inserted 10,000 claims at a time inside one transaction, so the
    builder itself stays small in memory.
    """
    store = Store.open(path)
    conn = store.conn
    # A throwaway database: no journal and no fsync while it is filled (several times faster).
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    sources = [
        (i, f"Source {i}" if i % 37 else f"-Dash source {i}", KINDS[i % len(KINDS)])
        for i in range(1, SOURCES + 1)
    ]
    figures = [
        (f, f"killed/people/figure {f}", f"killed: figure {f}", "killed", "soldiers", "people:x", None, "2025-04-30",
         100.0 * f, 110.0 * f, 120.5 * f, f % 4, (f % 10) / 10, "B3", '["single_origin"]',
         f"Explanation of figure {f}, with a comma.", CLAIMS // FIGURES, 10, None)
        for f in range(1, FIGURES + 1)
    ]  # fmt: skip
    with conn:
        # The FTS triggers would index every sentence one row at a time; rebuild the index once instead.
        triggers = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'claims'"
        ).fetchall()
        for name, _ in triggers:
            conn.execute(f"DROP TRIGGER [{name}]")
        conn.executemany("INSERT INTO sources (id, name, kind) VALUES (?, ?, ?)", sources)
        conn.executemany(f"INSERT INTO figures VALUES ({', '.join('?' * 19)})", figures)
        for documents, claims, hops, assessments in _batches(sources, random.Random(seed)):
            conn.executemany("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", documents)
            conn.executemany(f"INSERT INTO claims VALUES ({', '.join('?' * 25)})", claims)
            conn.executemany(f"INSERT INTO hops VALUES ({', '.join('?' * 10)})", hops)
            conn.executemany(
                f"INSERT INTO claim_assessments VALUES ({', '.join('?' * 12)})", assessments
            )
        conn.execute("INSERT INTO claims_fts (claims_fts) VALUES ('rebuild')")
        for _, sql in triggers:
            conn.execute(sql)
    conn.execute("PRAGMA journal_mode = WAL")
    store.close()


def _batches(sources, rng, documents_per_batch: int = 100):
    """``(documents, claims, hops, assessments)`` rows, ``documents_per_batch`` documents at a time."""
    names = {i: name for i, name, _ in sources}
    kinds = {i: kind for i, _, kind in sources}
    hop_id = 0
    batch = ([], [], [], [])
    for d in range(1, CLAIMS // CLAIMS_PER_DOCUMENT + 1):
        documents, claims, hops, assessments = batch
        sha = "sha256:" + hashlib.sha256(str(d).encode()).hexdigest()
        publisher = 1 + d % 40  # the first 40 sources are outlets
        documents.append((d, sha, f"Synthetic article {d}", names[publisher], f"2025-{1 + d % 12:02d}-{1 + d % 28:02d}",
                          f"https://news.test/{d}", None, "text " * 10, "2025-01-01T00:00:00+00:00"))  # fmt: skip
        for position in range(1, CLAIMS_PER_DOCUMENT + 1):
            cid = (d - 1) * CLAIMS_PER_DOCUMENT + position
            value = rng.randint(1, 100_000)
            chain = rng.sample(range(41, SOURCES + 1), rng.randint(1, 4)) + [publisher]
            sentence = f'About {value:,} soldiers were killed, "officials" said, according to {names[chain[0]]}.'
            if cid % 97 == 0:
                sentence = "=" + sentence  # some hostile cells, so neutralising has work to do
            claims.append((
                cid, claim_key(sha, f"c{position}"), d, position, int(position == 1), sentence, 0, len(sentence),
                f"About {value:,}", 0, 10, float(value), None, None, "approximately", "killed", "soldiers", None,
                '["believed"]' if value % 3 else "[]", None, 0, chain[0], publisher, len(chain) - 2,
                " → ".join(names[i] for i in chain),
            ))  # fmt: skip
            for hop_position, source in enumerate(chain):
                hop_id += 1
                hops.append(
                    (
                        hop_id,
                        cid,
                        hop_position,
                        source,
                        kinds[source],
                        names[source],
                        None,
                        "said",
                        5,
                        9,
                    )
                )
            assessments.append((cid, 1 + cid % FIGURES, None, "base", "subject", round(rng.random(), 4),
                                len(chain) - 2, None, 0, 1, '["single_origin"]' if cid % 5 == 0 else "[]", None))  # fmt: skip
        if d % documents_per_batch == 0:
            yield batch
            batch = ([], [], [], [])
    if batch[0]:
        yield batch


def _applied(path: Path) -> list[str]:
    with Store.open(path) as store:
        return [m.name for m in migrations.applied(store.db)]


@pytest.fixture(scope="session")
def million_db(request) -> Path:
    """The 1M-claim database, cached across runs (rebuilt when the migrations change)."""
    folder = Path(request.config.cache.mkdir("export-benchmark"))
    path = folder / "claims-1m.db"
    stamp = folder / "migrations.json"
    current = [m.name for m in migrations.applied(Store.memory().db)]
    if path.exists() and stamp.exists() and json.loads(stamp.read_text()) == current:
        return path
    for leftover in folder.glob("claims-1m.db*"):
        leftover.unlink()
    build(path)
    stamp.write_text(json.dumps(_applied(path)))
    return path


# Each side runs in its own interpreter; the script prints one JSON line.
_SCRIPT = textwrap.dedent(
    """
    import csv, json, resource, sys, time
    from provenance.store import Store
    from provenance.export import ClaimFilter, write_csv
    from provenance.store_exports import export_query
    mode, db, out = sys.argv[1:4]
    store = Store.open(db, must_exist=True)
    start = time.perf_counter()
    if mode == "export":
        with open(out, "wb") as handle:
            rows = write_csv(store, handle).rows
    else:
        columns, sql, params = export_query(store, "claims", ClaimFilter(), raw=True)
        with open(out, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\\r\\n")
            writer.writerow([c.name for c in columns])
            cursor = store.conn.execute(sql, params)
            writer.writerows(cursor)
            rows = None  # a bare writer does not count
    seconds = time.perf_counter() - start
    try:  # VmHWM: this process's own peak (ru_maxrss would carry the forking parent's peak over exec)
        status = open("/proc/self/status").read()
        peak_mb = int(status.split("VmHWM:")[1].split()[0]) / 1024
    except (OSError, IndexError):
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb, "rows": rows}))
    """
)


def run(mode: str, db: Path, out: Path) -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, mode, str(db), str(out)],
        check=True, capture_output=True, text=True, env=env, cwd=ROOT,
    )  # fmt: skip
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_export_csv_against_bare_csv_writer(benchmark, million_db, tmp_path):
    out = tmp_path / "claims.csv"
    baseline = min(
        (run("bare", million_db, tmp_path / "bare.csv") for _ in range(2)),
        key=lambda r: r["seconds"],
    )
    results = []

    def export_once():
        results.append(run("export", million_db, out))

    benchmark.pedantic(export_once, rounds=2, iterations=1)
    best = min(results, key=lambda r: r["seconds"])
    peak = max(r["peak_mb"] for r in results)
    ratio = best["seconds"] / baseline["seconds"]
    benchmark.extra_info.update(
        claims=CLAIMS, export_seconds=round(best["seconds"], 2), bare_seconds=round(baseline["seconds"], 2),
        slowdown=round(ratio, 2), export_peak_mb=round(peak, 1), bare_peak_mb=round(baseline["peak_mb"], 1),
        csv_mb=round(out.stat().st_size / 1e6, 1),
    )  # fmt: skip
    print(f"\nexport {best['seconds']:.2f}s (peak {peak:.0f} MB) vs bare csv.writer {baseline['seconds']:.2f}s "
          f"(peak {baseline['peak_mb']:.0f} MB): {ratio:.2f}x; CSV {out.stat().st_size / 1e6:.0f} MB")  # fmt: skip
    lines = sum(1 for _ in open(out, "rb"))
    assert lines >= CLAIMS + 1
    assert ratio <= 2.0, (
        f"export is {ratio:.2f}x slower than a bare csv.writer (target: at most 2x)"
    )
    assert peak < 300, f"export peak RSS {peak:.0f} MB (target: under 300 MB)"


def test_manifest_hash_cost(benchmark, million_db):
    """The manifest's content hash over the whole database (reported, not targeted)."""
    from provenance.export import content_hash

    with Store.open(million_db, must_exist=True) as store:
        digest = benchmark.pedantic(content_hash, args=(store,), rounds=1, iterations=1)
    assert digest.startswith("sha256:")
