"""Start-up of ``provenance chain <id> --json`` on a 1,000,000-claim database vs ``python -c pass``.

Run: ``.venv/bin/pytest benchmarks/test_cli.py --benchmark-only -s`` (skipped by default).
Target: the chain lookup's wall time is under 4x that of ``python -c pass`` measured
in the same run (best of interleaved rounds, so machine load hits both alike).
The numbers are printed and stored in the benchmark's ``extra_info``; docs/performance.md
records a run.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from provenance.models import content_id
from provenance.store import _INSERT_CLAIM, _INSERT_HOP, Store

CLAIMS = 1_000_000
CLAIMS_PER_DOCUMENT = 10
SOURCES = 500
ROUNDS = 15
TARGET = 4.0


def build_database(path: Path) -> Path:
    """A migrated database holding CLAIMS synthetic claims with 3-5 hops each.

    Rows go in with ``executemany`` in one transaction; the FTS triggers are dropped for
    the load and the index is rebuilt once at the end (per-row trigger work is the slow part).
    """
    Store.open(path).close()
    conn = sqlite3.connect(path)
    triggers = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'claims'"
    ).fetchall()
    kinds = ("official", "news_agency", "outlet", "intelligence_agency", "government")
    with conn:
        for (sql,) in triggers:
            name = sql.split()[2]
            conn.execute(f"DROP TRIGGER {name}")
        conn.executemany(
            "INSERT INTO sources (id, name, kind) VALUES (?, ?, ?)",
            [(i, f"Source {i}", kinds[i % len(kinds)]) for i in range(1, SOURCES + 1)],
        )
        documents = CLAIMS // CLAIMS_PER_DOCUMENT
        doc_rows, hashes = [], []
        for d in range(1, documents + 1):
            text = (
                f"Synthetic article {d}. Some 600 soldiers were killed, officials told reporters."
            )
            sha = content_id(text)
            hashes.append(sha)
            doc_rows.append(
                (
                    d,
                    sha,
                    f"Synthetic {d}",
                    f"Outlet {d % 50}",
                    f"2025-{1 + d % 12:02d}-15",
                    None,
                    None,
                    text,
                    "2025-12-01T00:00:00+00:00",
                )
            )
        conn.executemany(
            "INSERT INTO documents (id, sha256, title, publisher, published, url, path, text, ingested_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            doc_rows,
        )

        def claim_rows():
            for claim_id in range(1, CLAIMS + 1):
                d = (claim_id - 1) // CLAIMS_PER_DOCUMENT + 1
                n = (claim_id - 1) % CLAIMS_PER_DOCUMENT + 1
                hops = 3 + claim_id % 3
                yield (
                    claim_id, f"{hashes[d - 1][7:19]}-c{n}", d, n, 0,
                    f"Some {claim_id} soldiers were killed, officials told reporters.", 24, 80,
                    f"Some {claim_id}", 24, 33, float(claim_id), None, None, "approximately", "killed",
                    "soldiers", "people", '["believed"]', None, 0,
                    1 + claim_id % SOURCES, 1 + (claim_id + hops) % SOURCES, hops - 2, "…",
                )  # fmt: skip

        conn.executemany(_INSERT_CLAIM, claim_rows())

        def hop_rows():
            hop_id = 0
            for claim_id in range(1, CLAIMS + 1):
                for position in range(3 + claim_id % 3):
                    hop_id += 1
                    source = 1 + (claim_id + position) % SOURCES
                    yield (
                        hop_id,
                        claim_id,
                        position,
                        source,
                        kinds[source % len(kinds)],
                        f"Source {source}",
                        None,
                        "told reporters",
                        70,
                        79,
                    )

        conn.executemany(_INSERT_HOP, hop_rows())
        conn.execute("INSERT INTO claims_fts (claims_fts) VALUES ('rebuild')")
        for (sql,) in triggers:
            conn.execute(sql)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path


@pytest.fixture(scope="session")
def million_claims(tmp_path_factory) -> Path:
    """The 1,000,000-claim database, built once per session."""
    started = time.perf_counter()
    path = build_database(tmp_path_factory.mktemp("cli_bench") / "million.db")
    print(f"\nbuilt {CLAIMS:,} claims in {time.perf_counter() - started:.1f} s")
    return path


def command() -> list[str]:
    """The installed console script, or ``python -m provenance`` when it is not installed."""
    script = Path(sys.executable).with_name("provenance")
    return [str(script)] if script.exists() else [sys.executable, "-m", "provenance"]


def wall(args: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def test_chain_json_startup(benchmark, million_claims):
    conn = sqlite3.connect(million_claims)
    key = conn.execute("SELECT key FROM claims WHERE id = ?", (CLAIMS // 2,)).fetchone()[0]
    assert conn.execute("SELECT count(*) FROM claims").fetchone()[0] == CLAIMS
    conn.close()
    chain = [*command(), "chain", key, "--json", "--db", str(million_claims)]
    record = json.loads(subprocess.run(chain, check=True, capture_output=True, text=True).stdout)
    assert record["key"] == key and len(record["chain"]) >= 3
    baseline = [sys.executable, "-c", "pass"]
    wall(chain), wall(baseline)  # warm the page cache for both
    chain_times, baseline_times = [], []
    for _ in range(ROUNDS):  # interleaved, so load on the machine affects both alike
        baseline_times.append(wall(baseline))
        chain_times.append(wall(chain))
    benchmark.pedantic(wall, args=(chain,), rounds=5, iterations=1)
    best_chain, best_baseline = min(chain_times), min(baseline_times)
    ratio = best_chain / best_baseline
    median = sorted(chain_times)[ROUNDS // 2] / sorted(baseline_times)[ROUNDS // 2]
    benchmark.extra_info.update(
        chain_ms=round(best_chain * 1000, 1), python_pass_ms=round(best_baseline * 1000, 1),
        ratio=round(ratio, 2), median_ratio=round(median, 2), claims=CLAIMS,
    )  # fmt: skip
    print(
        f"\nchain --json: {best_chain * 1000:.1f} ms, python -c pass: {best_baseline * 1000:.1f} ms, "
        f"ratio {ratio:.2f}x (median ratio {median:.2f}x) over {CLAIMS:,} claims"
    )
    assert ratio < TARGET, f"chain --json takes {ratio:.2f}x python -c pass (target < {TARGET}x)"


def test_typer_path_for_reference(benchmark, million_claims):
    """The same lookup through the typer app, rendered as a tree (no start-up target; for comparison)."""
    benchmark.pedantic(
        wall,
        args=([*command(), "chain", "1", "--db", str(million_claims)],),
        rounds=5,
        iterations=1,
    )
