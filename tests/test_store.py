"""The store: migrations build the whole schema; documents and claims go in atomically and once."""

import sqlite3

import pytest

from provenance.convert import claim_from_json
from provenance.errors import MissingDatabase, NotFound
from provenance.migrations import migrations
from provenance.read import read_file
from provenance.store import Store, chain_text, claim_key

from .conftest import SEEDS


def seed_document_and_gold_claims():
    import json

    (doc,) = read_file(next(SEEDS.glob("*.txt")))
    gold = json.loads(next(SEEDS.glob("*.gold.json")).read_text())
    return doc, [claim_from_json(c) for c in gold["claims"]]


def test_blank_database_schema(db_path):
    store = Store.open(db_path)
    db = store.db
    assert [m.name for m in migrations.applied(db)][0] == "m001_create_core_tables"
    assert {"documents", "sources", "source_aliases", "claims", "hops", "claims_fts"} <= set(
        db.table_names()
    )
    assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    fks = {(fk.table, fk.column, fk.other_table) for t in db.tables for fk in t.foreign_keys}
    assert {
        ("claims", "document_id", "documents"),
        ("claims", "origin_source_id", "sources"),
        ("claims", "publisher_source_id", "sources"),
        ("hops", "claim_id", "claims"),
        ("hops", "source_id", "sources"),
        ("source_aliases", "source_id", "sources"),
    } <= fks
    # every foreign key is the first column of some index (or the primary key)
    for table in db.tables:
        indexed = {idx.columns[0] for idx in table.indexes} | {table.pks[0]}
        for fk in table.foreign_keys:
            assert fk.column in indexed, f"{table.name}.{fk.column} has no index"
    assert db["claims"].detect_fts() == "claims_fts"
    assert "fts5" in db["claims_fts"].schema.lower()
    unique = {tuple(i.columns) for i in db["documents"].indexes if i.unique}
    assert ("sha256",) in unique
    store.close()
    # reopening applies nothing new and keeps the data
    again = Store.open(db_path)
    assert len(migrations.pending(again.db)) == 0
    again.close()


def test_add_document_stores_claims_and_hops(store):
    doc, claims = seed_document_and_gold_claims()
    result = store.add_document(doc, claims)
    assert result.added and result.claims == len(claims) == 10
    assert store.counts()["hops"] == sum(len(c.chain) for c in claims)
    row = store.db.execute(
        "SELECT key, chain_text, relays, sentence FROM claims WHERE id = ?", [result.claim_ids[1]]
    ).fetchone()
    assert row[0] == claim_key(doc.id, "c2")
    assert row[1] == chain_text(claims[1].chain)
    assert row[1].startswith("National Intelligence Service → lawmakers → Yonhap News Agency")
    assert row[2] == 3
    # FTS finds the sentence
    hits = store.db.execute(
        "SELECT rowid FROM claims_fts WHERE claims_fts MATCH 'fatalities'"
    ).fetchall()
    assert hits


def test_same_text_twice_adds_nothing(store):
    doc, claims = seed_document_and_gold_claims()
    store.add_document(doc, claims)
    before = store.counts()
    again = store.add_document(doc, claims)
    assert not again.added and again.claims == 0
    assert store.counts() == before


def test_failed_insert_leaves_database_unchanged(store):
    doc, claims = seed_document_and_gold_claims()
    before = list(store.dump())
    store.conn.execute(
        "CREATE TRIGGER boom BEFORE INSERT ON hops BEGIN SELECT RAISE(ABORT, 'boom'); END"
    )
    before = list(store.dump())
    with pytest.raises(sqlite3.IntegrityError):
        store.add_document(doc, claims)
    assert list(store.dump()) == before


def test_sources_are_shared_between_documents(store):
    doc, claims = seed_document_and_gold_claims()
    store.add_document(doc, claims)
    n = store.counts()["sources"]
    assert n == len({h.source for c in claims for h in c.chain})


def test_open_missing_database_says_how_to_create_one(db_path):
    with pytest.raises(MissingDatabase, match="provenance ingest"):
        Store.open(db_path, must_exist=True)
    assert not db_path.exists()


def test_not_a_database(tmp_path):
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(MissingDatabase, match="not a SQLite database"):
        Store.open(path)


def test_resolve_claim_id(store):
    doc, claims = seed_document_and_gold_claims()
    result = store.add_document(doc, claims)
    first = result.claim_ids[0]
    assert store.resolve_claim_id(str(first)) == first
    assert store.resolve_claim_id(claim_key(doc.id, "c1")) == first
    with pytest.raises(NotFound, match="closest"):
        store.resolve_claim_id("99999")
