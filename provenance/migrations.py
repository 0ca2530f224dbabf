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

    # External-content FTS5 index on claim sentences. The store fills it with one
    # INSERT ... SELECT per batch (ten times faster than a per-row AFTER INSERT trigger);
    # triggers keep it right when claims are deleted or their sentences change.
    db["claims"].enable_fts(["sentence"], fts_version="FTS5", create_triggers=False)
    db.executescript(
        """
        CREATE TRIGGER claims_ad AFTER DELETE ON claims BEGIN
          INSERT INTO claims_fts (claims_fts, rowid, sentence) VALUES ('delete', old.id, old.sentence);
        END;
        CREATE TRIGGER claims_au AFTER UPDATE OF sentence ON claims BEGIN
          INSERT INTO claims_fts (claims_fts, rowid, sentence) VALUES ('delete', old.id, old.sentence);
          INSERT INTO claims_fts (rowid, sentence) VALUES (new.id, new.sentence);
        END;
        """
    )


@migrations()
def m002_create_assessment_tables(db: Database) -> None:
    """The resolver's verdicts: figure clusters, their origin groups, per-claim assessments,
    and users' link/unlink decisions (keyed by claim key, so they survive re-ingests)."""
    db["figures"].create(
        {
            "id": int, "key": str, "label": str, "category": str, "counts": str, "subject": str,
            "unit": str, "as_of": str, "low": float, "best": float, "high": float,
            "independent_origins": int, "corroboration": float, "grade": str, "flags": str,
            "explanation": str, "claims": int, "documents": int, "resolved_at": str,
        },
        pk="id",
        not_null={"key", "category", "counts", "grade", "flags"},
    )  # fmt: skip
    db["figures"].create_index(["key"], unique=True)
    db["figures"].create_index(["subject"])
    db["figures"].create_index(["category"])
    db["figures"].create_index(["grade"])

    db["origin_groups"].create(
        {
            "id": int, "figure_id": int, "key": str, "label": str, "kind": str, "claims": int,
            "documents": int, "low": float, "high": float, "latest_as_of": str,
            "current_claim_id": int, "interested": int, "agrees": int, "stale": int, "weight": float,
        },
        pk="id",
        not_null={"figure_id", "key", "label"},
        foreign_keys=[("figure_id", "figures", "id"), ("current_claim_id", "claims", "id")],
    )  # fmt: skip
    db["origin_groups"].create_index(["figure_id"])
    db["origin_groups"].create_index(["current_claim_id"])
    db["origin_groups"].create_index(["label"])

    db["claim_assessments"].create(
        {
            "claim_id": int, "figure_id": int, "origin_group_id": int, "base_key": str, "subject": str,
            "directness": float, "relays": int, "effective_as_of": str, "current": int, "agrees": int,
            "flags": str, "notes": str,
        },
        pk="claim_id",
        not_null={"figure_id", "base_key", "directness", "flags"},
        foreign_keys=[
            ("claim_id", "claims", "id"),
            ("figure_id", "figures", "id"),
            ("origin_group_id", "origin_groups", "id"),
        ],
    )  # fmt: skip
    db["claim_assessments"].create_index(["figure_id"])
    db["claim_assessments"].create_index(["origin_group_id"])
    db["claim_assessments"].create_index(["base_key"])
    db["claim_assessments"].create_index(["subject"])

    db["cluster_links"].create(
        {"id": int, "claim_key": str, "other_key": str, "decision": str, "created_at": str},
        pk="id",
        not_null={"claim_key", "other_key", "decision", "created_at"},
    )
    db["cluster_links"].create_index(["claim_key"])
    db["cluster_links"].create_index(["other_key"])


@migrations()
def m003_create_views(db: Database) -> None:
    """Views for browsing: one row per claim with its chain flattened, one row per figure cluster."""
    # The chain's kinds are gathered in hop order (the inner ORDER BY) so that they
    # line up, ' → ' for ' → ', with chain_text, which the store writes origin first.
    # Flags are the claim's own and its cluster's, merged and sorted, as one JSON array.
    db.create_view(
        "claim_chains",
        """
SELECT
  c.id AS claim_id,
  c.key,
  c.document_id,
  d.title AS document,
  coalesce(d.publisher, '(unknown publisher)') AS publisher,
  d.published,
  c.headline,
  c.figure_text AS figure,
  c.value,
  c.low,
  c.high,
  c.qualifier,
  c.category,
  c.counts,
  c.unit,
  c.hedges,
  c.as_of,
  o.name AS origin,
  (SELECT h.kind FROM hops h WHERE h.claim_id = c.id AND h.position = 0) AS origin_kind,
  c.origin_unstated,
  c.relays,
  c.chain_text AS chain,
  (SELECT group_concat(kind, ' → ')
     FROM (SELECT h.kind FROM hops h WHERE h.claim_id = c.id ORDER BY h.position)) AS chain_kinds,
  og.label AS origin_group,
  a.figure_id AS cluster_id,
  a.directness,
  f.grade,
  (SELECT json_group_array(flag) FROM (
     SELECT value AS flag FROM json_each(coalesce(a.flags, '[]'))
     UNION SELECT value FROM json_each(coalesce(f.flags, '[]'))
     ORDER BY 1)) AS flags,
  c.sentence,
  c.sentence_start,
  c.figure_start,
  c.figure_end
FROM claims c
JOIN documents d ON d.id = c.document_id
JOIN sources o ON o.id = c.origin_source_id
LEFT JOIN claim_assessments a ON a.claim_id = c.id
LEFT JOIN origin_groups og ON og.id = a.origin_group_id
LEFT JOIN figures f ON f.id = a.figure_id
""",
    )
    db.create_view(
        "figure_clusters",
        """
SELECT
  f.id AS cluster_id,
  f.label,
  f.category,
  f.counts,
  f.unit,
  f.as_of,
  f.low AS estimate_low,
  f.best AS estimate_best,
  f.high AS estimate_high,
  (SELECT group_concat(label, ' · ')
     FROM (SELECT g.label FROM origin_groups g WHERE g.figure_id = f.id
           ORDER BY g.agrees DESC, g.documents DESC, g.label)) AS origins,
  (SELECT count(*) FROM origin_groups g WHERE g.figure_id = f.id) AS origin_count,
  f.independent_origins,
  f.claims,
  f.documents,
  f.corroboration,
  f.grade,
  f.flags,
  f.explanation
FROM figures f
""",
    )


@migrations()
def m004_replace_claim_chains_flags(db: Database) -> None:
    """claim_chains.flags without outer-joined columns; an index for the category facet."""
    # SQLite 3.40 returns no rows for Datasette's array-facet query
    # (json_each([inner].col) JOIN inner) when the column comes from the right side
    # of a LEFT JOIN inside the view, so the flags are gathered by a correlated
    # subquery keyed on the claim alone. The view is otherwise unchanged.
    db.create_view(
        "claim_chains",
        """
SELECT
  c.id AS claim_id,
  c.key,
  c.document_id,
  d.title AS document,
  coalesce(d.publisher, '(unknown publisher)') AS publisher,
  d.published,
  c.headline,
  c.figure_text AS figure,
  c.value,
  c.low,
  c.high,
  c.qualifier,
  c.category,
  c.counts,
  c.unit,
  c.hedges,
  c.as_of,
  o.name AS origin,
  (SELECT h.kind FROM hops h WHERE h.claim_id = c.id AND h.position = 0) AS origin_kind,
  c.origin_unstated,
  c.relays,
  c.chain_text AS chain,
  (SELECT group_concat(kind, ' → ')
     FROM (SELECT h.kind FROM hops h WHERE h.claim_id = c.id ORDER BY h.position)) AS chain_kinds,
  og.label AS origin_group,
  a.figure_id AS cluster_id,
  a.directness,
  f.grade,
  (SELECT json_group_array(flag) FROM (
     SELECT j.value AS flag FROM claim_assessments a2, json_each(a2.flags) j WHERE a2.claim_id = c.id
     UNION
     SELECT j.value FROM claim_assessments a2 JOIN figures f2 ON f2.id = a2.figure_id, json_each(f2.flags) j
     WHERE a2.claim_id = c.id
     ORDER BY 1)) AS flags,
  c.sentence,
  c.sentence_start,
  c.figure_start,
  c.figure_end
FROM claims c
JOIN documents d ON d.id = c.document_id
JOIN sources o ON o.id = c.origin_source_id
LEFT JOIN claim_assessments a ON a.claim_id = c.id
LEFT JOIN origin_groups og ON og.id = a.origin_group_id
LEFT JOIN figures f ON f.id = a.figure_id
""",
        replace=True,
    )
    # The category facet is on every claims page; a narrow index answers it from the
    # index alone (the (category, counts) index is twice as wide to scan).
    db["claims"].create_index(["category"], if_not_exists=True)


@migrations()
def m005_index_claim_assessments_by_cluster(db: Database) -> None:
    """Covering indexes for the resolver's incremental lookups (which figures hold a cluster
    key's claims, and which hold a subject's killed/injured/casualties claims): answered from
    the index alone, without visiting claim rows. They supersede the single-column indexes."""
    db["claim_assessments"].create_index(["base_key", "figure_id"], if_not_exists=True)
    db["claim_assessments"].create_index(["subject", "base_key", "figure_id"], if_not_exists=True)
    db.execute("DROP INDEX IF EXISTS idx_claim_assessments_base_key")
    db.execute("DROP INDEX IF EXISTS idx_claim_assessments_subject")


@migrations()
def m006_index_claims_by_origin_wording(db: Database) -> None:
    """A covering index for the resolver's pull-in of unspecific counts: which wordings
    (category, counts, unit) an origin's claims use, answered from the index alone instead
    of visiting every claim row of a prolific origin. It supersedes the single-column index
    (its first column still serves the foreign key)."""
    db["claims"].create_index(
        ["origin_source_id", "category", "counts", "unit"], if_not_exists=True
    )
    db.execute("DROP INDEX IF EXISTS idx_claims_origin_source_id")


def apply(db: Database) -> None:
    """Bring a database up to the current schema."""
    migrations.apply(db)
