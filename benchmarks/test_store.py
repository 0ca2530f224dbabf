"""Store insert rate vs raw ``sqlite3.executemany`` of the same rows in one transaction.

Run: ``make bench`` or ``.venv/bin/pytest benchmarks/test_store.py --benchmark-only -s``.
Target: the store reaches at least half the raw rate.
"""

from __future__ import annotations

import random
import sqlite3
import time

from provenance.models import Claim, Document, Figure, Hop
from provenance.store import _INSERT_CLAIM, _INSERT_HOP, Store

CLAIMS = 100_000
CLAIMS_PER_DOCUMENT = 20
SOURCES = [
    (f"Source {i}", random.choice(["official", "news_agency", "outlet", "anonymous"]))
    for i in range(200)
]


def synthetic_documents(seed: int = 7):
    """100,000 claims with 3-5 hops each, in documents of 20 claims."""
    rng = random.Random(seed)
    documents = []
    for d in range(CLAIMS // CLAIMS_PER_DOCUMENT):
        text = f"Synthetic article {d}. " + "Some 600 soldiers were killed, officials said. " * 20
        doc = Document.from_text(
            text, title=f"Synthetic {d}", publisher=f"Outlet {d % 50}", published="2025-04-30"
        )
        claims = []
        for c in range(CLAIMS_PER_DOCUMENT):
            hops = [Hop(source=name, kind=kind, mention=name, cue="said", span=(10, 20))
                    for name, kind in rng.sample(SOURCES, rng.randint(2, 4))]  # fmt: skip
            hops.append(Hop.publisher(doc))
            value = rng.randint(1, 100_000)
            claims.append(
                Claim(
                    id=f"c{c + 1}", sentence=f"Some {value} soldiers were killed, officials said.",
                    span=(0, 40), headline=False, hedges=("believed",), chain=hops, as_of="2025-04-30",
                    figure=Figure(value=value, qualifier="approximately", category="killed",
                                  counts="soldiers", text=f"some {value}", span=(5, 12)),
                )
            )  # fmt: skip
        documents.append((doc, claims))
    return documents


def insert_through_store(path, documents):
    store = Store.open(path)
    store.add_documents(documents)
    store.close()


def insert_raw(path, documents, schema_from):
    """The same rows into the same schema (full-text rows included) with bare executemany in one transaction."""
    conn = sqlite3.connect(path)
    for (sql,) in schema_from.execute(
        "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT GLOB 'claims_fts_*' AND tbl_name NOT GLOB '_sqlite*' AND type IN ('table', 'index', 'trigger') ORDER BY type = 'trigger', rowid"
    ):
        conn.execute(sql)
    source_ids = {}
    doc_rows, claim_rows, hop_rows = [], [], []
    claim_id = hop_id = 0
    for d, (doc, claims) in enumerate(documents, start=1):
        doc_rows.append(
            (d, doc.id, doc.title, doc.publisher, doc.published, doc.url, doc.path, doc.text, "now")
        )
        for claim in claims:
            claim_id += 1
            ids = [source_ids.setdefault(h.source, len(source_ids) + 1) for h in claim.chain]
            claim_rows.append(Store._claim_row(claim_id, d, doc, claim, ids))
            for position, (hop, sid) in enumerate(zip(claim.chain, ids, strict=True)):
                hop_id += 1
                hop_rows.append(
                    (hop_id, claim_id, position, sid, hop.kind, hop.mention, None, hop.cue, 10, 20)
                )
    with conn:
        conn.executemany("INSERT INTO sources (id, name, kind) VALUES (?, ?, 'other')",
                         [(i, n) for n, i in source_ids.items()])  # fmt: skip
        conn.executemany("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", doc_rows)
        conn.executemany(_INSERT_CLAIM, claim_rows)
        conn.executemany(_INSERT_HOP, hop_rows)
        # the full-text rows are rows of the schema too: one INSERT ... SELECT, as the store does
        conn.execute("INSERT INTO claims_fts (rowid, sentence) SELECT id, sentence FROM claims")
    conn.close()


def test_store_insert_rate_against_raw_executemany(benchmark, tmp_path):
    documents = synthetic_documents()
    schema_from = Store.memory().conn
    counter = iter(range(1000))

    def fresh():
        return (tmp_path / f"store{next(counter)}.db", documents), {}

    benchmark.pedantic(insert_through_store, setup=fresh, rounds=3)
    store_seconds = benchmark.stats.stats.min

    raw_times = []
    for i in range(3):
        path = tmp_path / f"raw{i}.db"
        start = time.perf_counter()
        insert_raw(path, documents, schema_from)
        raw_times.append(time.perf_counter() - start)
    raw_seconds = min(raw_times)

    ratio = raw_seconds / store_seconds
    benchmark.extra_info.update(
        store_claims_per_s=round(CLAIMS / store_seconds),
        raw_claims_per_s=round(CLAIMS / raw_seconds),
        store_over_raw_rate=round(ratio, 3),
    )
    print(f"\nstore: {CLAIMS / store_seconds:,.0f} claims/s ({store_seconds:.2f} s); "
          f"raw executemany: {CLAIMS / raw_seconds:,.0f} claims/s ({raw_seconds:.2f} s); "
          f"store rate / raw rate = {ratio:.2f} (target >= 0.5)")  # fmt: skip
    assert ratio >= 0.5
