"""Schema migrations, applied when a store is opened.

Append-only: never edit a migration once it has landed on main; add a new
``mNNN_verb_object`` function instead. sqlite-utils runs each in a transaction
together with the record that it was applied.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("provenance")


@migrations()
def m001_create_core_tables(db: Database) -> None:
    """Documents, sources and aliases, claims and hops, with FTS5 on claim sentences."""
    db["documents"].create(
        {
            "id": int,
            "sha256": str,
            "title": str,
            "publisher": str,
            "published": str,
            "url": str,
            "path": str,
            "text": str,
            "ingested_at": str,
        },
        pk="id",
        not_null={"sha256", "text", "ingested_at"},
    )
    db["documents"].create_index(["sha256"], unique=True)
    db["documents"].create_index(["publisher"])
    db["documents"].create_index(["published"])

    db["sources"].create(
        {"id": int, "name": str, "kind": str, "reliability": str, "note": str},
        pk="id",
        not_null={"name", "kind"},
    )
    db["sources"].create_index(["name"], unique=True)
    db["sources"].create_index(["kind"])

    db["source_aliases"].create(
        {"id": int, "source_id": int, "alias": str},
        pk="id",
        not_null={"source_id", "alias"},
        foreign_keys=[("source_id", "sources", "id")],
    )
    db["source_aliases"].create_index(["source_id"])
    db["source_aliases"].create_index(["alias", "source_id"], unique=True)

    db["claims"].create(
        {
            "id": int,
            "key": str,
            "document_id": int,
            "position": int,
            "headline": int,
            "sentence": str,
            "sentence_start": int,
            "sentence_end": int,
            "figure_text": str,
            "figure_start": int,
            "figure_end": int,
            "value": float,
            "low": float,
            "high": float,
            "qualifier": str,
            "category": str,
            "counts": str,
            "unit": str,
            "hedges": str,
            "as_of": str,
            "origin_unstated": int,
            "origin_source_id": int,
            "publisher_source_id": int,
            "relays": int,
            "chain_text": str,
        },
        pk="id",
        not_null={"key", "document_id", "position", "sentence", "qualifier", "category", "counts"},
        foreign_keys=[
            ("document_id", "documents", "id"),
            ("origin_source_id", "sources", "id"),
            ("publisher_source_id", "sources", "id"),
        ],
    )
    db["claims"].create_index(["key"], unique=True)
    db["claims"].create_index(["document_id"])
    db["claims"].create_index(["origin_source_id"])
    db["claims"].create_index(["publisher_source_id"])
    db["claims"].create_index(["category", "counts"])
    db["claims"].create_index(["as_of"])

    db["hops"].create(
        {
            "id": int,
            "claim_id": int,
            "position": int,
            "source_id": int,
            "kind": str,
            "mention": str,
            "members": str,
            "cue": str,
            "start": int,
            "end": int,
        },
        pk="id",
        not_null={"claim_id", "position", "source_id", "kind"},
        foreign_keys=[("claim_id", "claims", "id"), ("source_id", "sources", "id")],
    )
    db["hops"].create_index(["claim_id", "position"], unique=True)
    db["hops"].create_index(["source_id"])

    db["claims"].enable_fts(["sentence"], fts_version="FTS5", create_triggers=True)


def apply(db: Database) -> None:
    """Bring a database up to the current schema."""
    migrations.apply(db)
