"""The SQLite store: all SQL lives here.

A :class:`Store` wraps one ``sqlite_utils.Database``. Opening it applies pending
migrations; writes happen in one transaction per document, in batches
(``executemany``), because per-row commits are several times slower.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import sqlite_utils
from attrs import frozen

from . import migrations
from .errors import MissingDatabase, NotFound
from .models import Claim, Document, Hop

# The lookups section (read-side SQL) and the database path defaults live in a module that
# needs only the standard library, so lookups start fast; re-exported here.
from .store_lookups import DB_ENV, DEFAULT_DB, Lookups, default_db_path, missing_database  # noqa: F401

_CLAIM_COLUMNS = (
    "id", "key", "document_id", "position", "headline", "sentence", "sentence_start",
    "sentence_end", "figure_text", "figure_start", "figure_end", "value", "low", "high",
    "qualifier", "category", "counts", "unit", "hedges", "as_of", "origin_unstated",
    "origin_source_id", "publisher_source_id", "relays", "chain_text",
)  # fmt: skip
_HOP_COLUMNS = (
    "id",
    "claim_id",
    "position",
    "source_id",
    "kind",
    "mention",
    "members",
    "cue",
    "start",
    "end",
)
_INSERT_CLAIM = "INSERT INTO claims ({}) VALUES ({})".format(
    ", ".join(f"[{c}]" for c in _CLAIM_COLUMNS), ", ".join("?" * len(_CLAIM_COLUMNS))
)
_INSERT_HOP = "INSERT INTO hops ({}) VALUES ({})".format(
    ", ".join(f"[{c}]" for c in _HOP_COLUMNS), ", ".join("?" * len(_HOP_COLUMNS))
)


def claim_key(document_id: str, claim_id: str) -> str:
    """A claim's key, stable across runs for the same document text: ``<12 hex>-c<n>``."""
    return f"{document_id.removeprefix('sha256:')[:12]}-{claim_id}"


def chain_text(chain: Sequence[Hop]) -> str:
    """The chain as one line, origin first: ``A → B → C``."""
    return " → ".join(hop.source for hop in chain)


@frozen
class AddResult:
    """What :meth:`Store.add_document` did."""

    document_id: int
    added: bool
    claims: int
    claim_ids: tuple[int, ...] = ()


class Store:
    """The provenance database: documents, sources, claims and hops (and the resolver's tables)."""

    def __init__(self, db: sqlite_utils.Database):
        self.db = db
        self.conn: sqlite3.Connection = db.conn
        self._source_ids: dict[str, int] = {}

    # -- opening ---------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path | None = None, *, must_exist: bool = False) -> Store:
        """Open (creating if needed) the database at ``path`` and migrate it."""
        path = Path(path) if path is not None else default_db_path()
        if must_exist and not path.exists():
            raise missing_database(path)
        if path.parent and not path.parent.exists():
            raise MissingDatabase(f"{path}: the folder {path.parent} does not exist")
        db = sqlite_utils.Database(path)
        try:
            db.enable_wal()
            # In WAL mode NORMAL never corrupts the database; it only skips an fsync per commit.
            db.conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.DatabaseError as exc:
            raise MissingDatabase(f"{path}: not a SQLite database ({exc})") from None
        return cls._ready(db)

    @classmethod
    def memory(cls) -> Store:
        """A fresh in-memory store (tests, one-off extraction)."""
        return cls._ready(sqlite_utils.Database(memory=True))

    @classmethod
    def _ready(cls, db: sqlite_utils.Database) -> Store:
        db.conn.execute("PRAGMA foreign_keys = ON")
        migrations.apply(db)
        return cls(db)

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- sources -----------------------------------------------------------------

    def source_id(self, name: str, kind: str) -> int:
        """The id of source ``name``, created with ``kind`` when new (aliases resolve too)."""
        found = self._source_ids.get(name)
        if found is not None:
            return found
        row = self.conn.execute("SELECT id FROM sources WHERE name = ?", (name,)).fetchone()
        if row is None:
            row = self.conn.execute(
                "SELECT source_id FROM source_aliases WHERE alias = ? ORDER BY source_id LIMIT 1",
                (name.lower(),),
            ).fetchone()
        if row is None:
            cursor = self.conn.execute(
                "INSERT INTO sources (name, kind) VALUES (?, ?)", (name, kind)
            )
            row = (cursor.lastrowid,)
        self._source_ids[name] = row[0]
        return row[0]

    def lookups(self) -> Lookups:
        """The read-side queries (``provenance.store_lookups``) over this store's connection."""
        return Lookups(self.conn)

    def forget_source_cache(self) -> None:
        """Drop cached name -> id lookups (after merges or renames)."""
        self._source_ids.clear()

    # -- documents and claims ---------------------------------------------------

    def document_row(self, sha256: str) -> dict[str, Any] | None:
        """The stored row of a document by its ``sha256:`` id, or None."""
        row = self.conn.execute(
            "SELECT id, sha256, title, publisher, published, url, path FROM documents WHERE sha256 = ?",
            (sha256,),
        ).fetchone()
        if row is None:
            return None
        return dict(
            zip(
                ("id", "sha256", "title", "publisher", "published", "url", "path"), row, strict=True
            )
        )

    def add_document(self, document: Document, claims: Sequence[Claim]) -> AddResult:
        """Store a document and its claims in one transaction; a stored text is not added twice."""
        return self.add_documents([(document, claims)])[0]

    def add_documents(self, batch: Sequence[tuple[Document, Sequence[Claim]]]) -> list[AddResult]:
        """Store several documents with their claims in one transaction (all or nothing).

        Texts already stored (or repeated within the batch) are skipped and reported as not added.
        """
        results: list[AddResult] = []
        seen: dict[str, int] = {}
        with self.conn:  # one transaction: the whole batch, or nothing
            for document, claims in batch:
                existing = seen.get(document.id)
                if existing is None:
                    row = self.document_row(document.id)
                    existing = row["id"] if row else None
                if existing is not None:
                    results.append(AddResult(document_id=existing, added=False, claims=0))
                    continue
                result = self._insert(document, claims)
                seen[document.id] = result.document_id
                results.append(result)
        return results

    def _insert(self, document: Document, claims: Sequence[Claim]) -> AddResult:
        cursor = self.conn.execute(
            "INSERT INTO documents (sha256, title, publisher, published, url, path, text, ingested_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                document.id, document.title, document.publisher, document.published,
                document.url, document.path, document.text,
                dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            ),
        )  # fmt: skip
        document_id = cursor.lastrowid
        next_claim = self._next_id("claims")
        next_hop = self._next_id("hops")
        claim_rows, hop_rows = [], []
        for claim in claims:
            hop_ids = [self.source_id(hop.source, hop.kind) for hop in claim.chain]
            claim_rows.append(self._claim_row(next_claim, document_id, document, claim, hop_ids))
            for position, (hop, source_id) in enumerate(zip(claim.chain, hop_ids, strict=True)):
                hop_rows.append(
                    (
                        next_hop, next_claim, position, source_id, hop.kind, hop.mention,
                        json.dumps(list(hop.members)) if hop.members else None, hop.cue,
                        hop.span[0] if hop.span else None, hop.span[1] if hop.span else None,
                    )
                )  # fmt: skip
                next_hop += 1
            next_claim += 1
        self.conn.executemany(_INSERT_CLAIM, claim_rows)
        self.conn.executemany(_INSERT_HOP, hop_rows)
        if claim_rows:
            self.conn.execute(
                "INSERT INTO claims_fts (rowid, sentence) SELECT id, sentence FROM claims WHERE id BETWEEN ? AND ?",
                (claim_rows[0][0], claim_rows[-1][0]),
            )
        ids = tuple(row[0] for row in claim_rows)
        return AddResult(document_id=document_id, added=True, claims=len(claim_rows), claim_ids=ids)

    def _next_id(self, table: str) -> int:
        return (self.conn.execute(f"SELECT max(id) FROM [{table}]").fetchone()[0] or 0) + 1

    @staticmethod
    def _claim_row(
        claim_id: int, document_id: int, document: Document, claim: Claim, hop_ids
    ) -> tuple:
        figure = claim.figure
        return (
            claim_id,
            claim_key(document.id, claim.id),
            document_id,
            int(claim.id[1:]) if claim.id[1:].isdigit() else claim_id,
            int(claim.headline),
            claim.sentence,
            claim.span[0] if claim.span else None,
            claim.span[1] if claim.span else None,
            figure.text,
            figure.span[0] if figure.span else None,
            figure.span[1] if figure.span else None,
            figure.value,
            figure.low,
            figure.high,
            figure.qualifier,
            figure.category,
            figure.counts,
            figure.unit,
            json.dumps(list(claim.hedges)),
            claim.as_of,
            int(claim.origin_unstated),
            hop_ids[0],
            hop_ids[-1],
            claim.relays,
            chain_text(claim.chain),
        )

    # -- reading ------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Row counts of the main tables."""
        tables = ("documents", "sources", "source_aliases", "claims", "hops")
        return {t: self.conn.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0] for t in tables}

    def dump(self) -> Iterator[str]:
        """SQL statements that recreate the database (for before/after comparisons)."""
        return self.conn.iterdump()

    def resolve_claim_id(self, claim_ref: str | int) -> int:
        """The integer id of a claim given its id or key; :class:`NotFound` otherwise."""
        text = str(claim_ref).strip()
        if text.isdigit():
            row = self.conn.execute("SELECT id FROM claims WHERE id = ?", (int(text),)).fetchone()
        else:
            row = self.conn.execute("SELECT id FROM claims WHERE key = ?", (text,)).fetchone()
        if row is None:
            raise NotFound(f"no claim with id {text!r}{self._closest_claims(text)}")
        return row[0]

    def _closest_claims(self, text: str) -> str:
        if text.isdigit():
            rows = self.conn.execute(
                "SELECT id FROM claims ORDER BY abs(id - ?) LIMIT 3", (int(text),)
            ).fetchall()
        else:
            rows = self.conn.execute(
                "SELECT key FROM claims WHERE key LIKE ? ORDER BY key LIMIT 3", (text[:6] + "%",)
            ).fetchall()
        if not rows:
            total = self.conn.execute("SELECT count(*) FROM claims").fetchone()[0]
            return "; the database has no claims yet" if not total else ""
        return "; closest: " + ", ".join(str(r[0]) for r in rows)

    # == resolver section (owned by provenance.resolve) ==========================
    # A narrow interface: the resolver reads flat claim rows and writes its
    # assessments here; it never issues SQL itself.

    _RESOLVER_SELECT = (
        "SELECT c.id, c.key, d.sha256, d.publisher, d.published, c.headline, c.position, c.sentence,"
        " c.figure_text, c.value, c.low, c.high, c.qualifier, c.category, c.counts, c.unit, c.hedges,"
        " c.as_of, o.name, o.kind, c.origin_unstated, c.relays, h1.kind, h1.cue, h0.cue, c.chain_text,"
        " o.reliability"
        " FROM claims c JOIN documents d ON d.id = c.document_id"
        " LEFT JOIN sources o ON o.id = c.origin_source_id"
        # the origin's own cue matters only when a relay follows it (records.is_briefing)
        " LEFT JOIN hops h0 ON h0.claim_id = c.id AND h0.position = 0 AND c.relays > 0"
        " LEFT JOIN hops h1 ON h1.claim_id = c.id AND h1.position = 1 AND c.relays > 0"
    )

    def begin_full_rescore(self) -> None:
        """Take the write lock before a full rescore reads the claims (``end_full_rescore`` after).

        Holding it from the read to the write means no claim can be added or
        removed in between (before, claims ingested during a rescore lost their
        assessments to its delete-all), so every row written refers to a claim
        that exists. That is why foreign-key enforcement can be off for the bulk
        write: checking 1M rows' references cost ~7 s of CPU on the benchmark store.
        """
        if self.conn.in_transaction:
            self.conn.commit()
        self.conn.execute("PRAGMA foreign_keys = OFF")  # a no-op inside a transaction: first
        self.conn.execute("BEGIN IMMEDIATE")

    def end_full_rescore(self) -> None:
        """Release what :meth:`begin_full_rescore` took (rolling back if nothing was written)."""
        if self.conn.in_transaction:
            self.conn.rollback()
        self.conn.execute("PRAGMA foreign_keys = ON")

    def resolver_rows(self, where: str = "", params: Sequence[Any] = ()) -> Iterator[tuple]:
        """Flat claim rows for the resolver (see ``provenance.resolve.records.report_from_row``)."""
        yield from self.conn.execute(
            self._RESOLVER_SELECT + (" WHERE " + where if where else ""), params
        )

    def resolver_rows_for_claims(self, claim_ids: Sequence[int]) -> list[tuple]:
        """Resolver rows of the given claims."""
        return self._rows_in("c.id", claim_ids)

    def resolver_rows_for_clusters(
        self,
        base_keys: Sequence[str],
        subjects: Sequence[str],
        subject_categories: Sequence[str] = (),
    ) -> list[tuple]:
        """Resolver rows of every claim of the figures that hold a claim of automatic cluster
        ``base_keys`` (with user links), and of the figures of ``subjects`` in ``subject_categories``."""
        figure_ids: set[int] = set()
        for chunk in _chunks(sorted(set(base_keys))):
            marks = ",".join("?" * len(chunk))
            figure_ids.update(
                r[0] for r in self.conn.execute(
                    f"SELECT DISTINCT figure_id FROM claim_assessments WHERE base_key IN ({marks})", chunk
                )
            )  # fmt: skip
        cats = sorted(set(subject_categories))
        for chunk in _chunks(sorted(set(subjects)) if cats else []):
            # By the claim's own category (a user may link a killed claim into another figure),
            # read from its automatic cluster key "category/unit/thing": the (subject, base_key,
            # figure_id) index answers this without visiting a row.
            figure_ids.update(
                r[0] for r in self.conn.execute(
                    f"SELECT DISTINCT figure_id FROM claim_assessments WHERE subject IN ({','.join('?' * len(chunk))})"
                    f" AND substr(base_key, 1, instr(base_key, '/') - 1) IN ({','.join('?' * len(cats))})",
                    [*chunk, *cats],
                )
            )  # fmt: skip
        claim_ids: list[int] = []
        for chunk in _chunks(sorted(figure_ids)):
            marks = ",".join("?" * len(chunk))
            claim_ids.extend(
                r[0]
                for r in self.conn.execute(
                    f"SELECT claim_id FROM claim_assessments WHERE figure_id IN ({marks})", chunk
                )
            )
        return self._rows_in("c.id", claim_ids)

    def resolver_rows_for_origins(
        self, origins: Sequence[str], categories: Sequence[str]
    ) -> list[tuple]:
        """Resolver rows of the claims whose origin is one of ``origins`` in one of ``categories``."""
        rows: list[tuple] = []
        cats = sorted(set(categories))
        for chunk in _chunks(sorted(set(origins))):
            where = f"o.name IN ({','.join('?' * len(chunk))}) AND c.category IN ({','.join('?' * len(cats))})"
            rows.extend(self.resolver_rows(where, [*chunk, *cats]))
        return rows

    def claim_wordings_for_origins(
        self, origins: Sequence[str], categories: Sequence[str]
    ) -> list[tuple[int, str, str, str | None]]:
        """``(claim id, category, counts, unit)`` of the claims whose origin is one of ``origins``
        in one of ``categories``: what decides a claim's automatic cluster, without the joins
        (documents, two hops) and the wide rows of :meth:`resolver_rows_for_origins`, so a
        caller can pick the few claims it needs before reading their full rows."""
        rows: list[tuple[int, str, str, str | None]] = []
        cats = sorted(set(categories))
        for chunk in _chunks(sorted(set(origins))):
            rows.extend(
                self.conn.execute(
                    "SELECT c.id, c.category, c.counts, c.unit FROM claims c"
                    " JOIN sources o ON o.id = c.origin_source_id"
                    f" WHERE o.name IN ({','.join('?' * len(chunk))}) AND c.category IN ({','.join('?' * len(cats))})",
                    [*chunk, *cats],
                )
            )  # fmt: skip
        return rows

    def resolver_rows_for_documents(
        self, documents: Sequence[str], categories: Sequence[str]
    ) -> list[tuple]:
        """Resolver rows of the claims of the documents ``documents`` (``sha256:`` ids) in ``categories``."""
        rows: list[tuple] = []
        cats = sorted(set(categories))
        for chunk in _chunks(sorted(set(documents))):
            where = f"d.sha256 IN ({','.join('?' * len(chunk))}) AND c.category IN ({','.join('?' * len(cats))})"
            rows.extend(self.resolver_rows(where, [*chunk, *cats]))
        return rows

    def _rows_in(self, column: str, values: Sequence[Any]) -> list[tuple]:
        rows: list[tuple] = []
        for chunk in _chunks(sorted(set(values))):
            marks = ",".join("?" * len(chunk))
            rows.extend(
                self.conn.execute(f"{self._RESOLVER_SELECT} WHERE {column} IN ({marks})", chunk)
            )
        return rows

    def claim_figure(self, claim_id: int) -> tuple[int, str, str] | None:
        """``(figure_id, base_key, subject)`` of an assessed claim, or None when not yet resolved."""
        return self.conn.execute(
            "SELECT figure_id, base_key, subject FROM claim_assessments WHERE claim_id = ?",
            (claim_id,),
        ).fetchone()

    def claim_keys(self, claim_ids: Sequence[int]) -> dict[int, str]:
        """Claim id -> claim key."""
        found: dict[int, str] = {}
        for chunk in _chunks(sorted(set(claim_ids))):
            marks = ",".join("?" * len(chunk))
            found.update(
                self.conn.execute(f"SELECT id, key FROM claims WHERE id IN ({marks})", chunk)
            )
        return found

    def cluster_decisions(self) -> list[tuple[str, str, str]]:
        """Users' ``(claim_key, other_key, link|unlink)`` decisions, oldest first."""
        return [
            tuple(r)
            for r in self.conn.execute(
                "SELECT claim_key, other_key, decision FROM cluster_links ORDER BY id"
            )
        ]

    def add_cluster_decision(self, claim_key: str, other_key: str, decision: str) -> None:
        """Record a user's link/unlink decision about two claims."""
        with self.conn:
            self.conn.execute(
                "INSERT INTO cluster_links (claim_key, other_key, decision, created_at) VALUES (?, ?, ?, ?)",
                (
                    claim_key,
                    other_key,
                    decision,
                    dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                ),
            )

    _FIGURE_COLUMNS = (
        "id", "key", "label", "category", "counts", "subject", "unit", "as_of", "low", "best", "high",
        "independent_origins", "corroboration", "grade", "flags", "explanation", "claims", "documents", "resolved_at",
    )  # fmt: skip
    _GROUP_COLUMNS = (
        "id", "figure_id", "key", "label", "kind", "claims", "documents", "low", "high", "latest_as_of",
        "current_claim_id", "interested", "agrees", "stale", "weight",
    )  # fmt: skip
    _ASSESSMENT_COLUMNS = (
        "claim_id", "figure_id", "origin_group_id", "base_key", "subject", "directness", "relays",
        "effective_as_of", "current", "agrees", "flags", "notes",
    )  # fmt: skip
    _ASSESSMENT_TABLES = ("claim_assessments", "origin_groups", "figures")

    def write_assessments(
        self,
        figures: Sequence[tuple],
        groups: Sequence[tuple],
        claims: Sequence[tuple],
        *,
        replace_claim_ids: Sequence[int] | None = None,
    ) -> None:
        """Write the resolver's verdicts in one transaction.

        ``replace_claim_ids`` None replaces everything; otherwise only the
        assessments of those claims, and the figures they sat in, are replaced.
        Rows are tuples in ``_FIGURE_COLUMNS`` / ``_GROUP_COLUMNS`` /
        ``_ASSESSMENT_COLUMNS`` order; figures and groups carry their own ``id``
        (kept by key by the resolver, so most claim rows come back unchanged).
        """
        if replace_claim_ids is None:
            self._write_all_assessments(figures, groups, claims)
            return
        with self.conn:
            old = self._assessment_rows(replace_claim_ids)
            self._upsert("figures", self._FIGURE_COLUMNS, figures)
            self._upsert("origin_groups", self._GROUP_COLUMNS, groups)
            # Only rows whose verdict changed: the claims of a cluster sit on as many
            # pages as there are claims, and rewriting them all made the commit the
            # largest cost of an incremental rescore.
            self._upsert(
                "claim_assessments",
                self._ASSESSMENT_COLUMNS,
                [c for c in claims if old.get(c[0]) != c],
            )
            written = {c[0] for c in claims}
            self._delete_ids("claim_assessments", "claim_id", [i for i in old if i not in written])
            figure_ids = {r[1] for r in old.values()} | {f[0] for f in figures}
            kept_groups = {g[0] for g in groups}
            stale_groups = [
                i for chunk in _chunks(sorted(figure_ids))
                for (i,) in self.conn.execute(f"SELECT id FROM origin_groups WHERE figure_id IN ({','.join('?' * len(chunk))})", chunk)
                if i not in kept_groups
            ]  # fmt: skip
            self._delete_ids("origin_groups", "id", stale_groups)
            for chunk in _chunks(sorted(figure_ids - {f[0] for f in figures})):
                # a figure stays only while claims outside this rescoring still sit in it
                self.conn.execute(
                    f"DELETE FROM figures WHERE id IN ({','.join('?' * len(chunk))}) AND NOT EXISTS"
                    " (SELECT 1 FROM claim_assessments a WHERE a.figure_id = figures.id)",
                    chunk,
                )

    def _write_all_assessments(
        self, figures: Sequence[tuple], groups: Sequence[tuple], claims: Sequence[tuple]
    ) -> None:
        cache_size = self.conn.execute("PRAGMA cache_size").fetchone()[0]
        # Each claim row's foreign keys are checked against claims and origin_groups;
        # with the default 2 MB page cache those lookups go back to the file
        # (1M rows: 14.8 s with it, 9.3 s with 128 MB).
        self.conn.execute("PRAGMA cache_size = -131072")
        try:
            with self.conn:
                # Maintaining the secondary indexes row by row costs more than
                # building them once afterwards (measured ~3x on 100k rows).
                indexes = self._drop_assessment_indexes()
                for table in self._ASSESSMENT_TABLES:
                    self.conn.execute(f"DELETE FROM {table}")
                for table, columns, rows in (
                    ("figures", self._FIGURE_COLUMNS, figures),
                    ("origin_groups", self._GROUP_COLUMNS, groups),
                    ("claim_assessments", self._ASSESSMENT_COLUMNS, claims),
                ):
                    names = ", ".join(f"[{c}]" for c in columns)
                    self.conn.executemany(
                        f"INSERT INTO {table} ({names}) VALUES ({','.join('?' * len(columns))})",
                        rows,
                    )
                for sql in indexes:
                    self.conn.execute(sql)
        finally:
            self.conn.execute(f"PRAGMA cache_size = {int(cache_size)}")

    def _upsert(self, table: str, columns: Sequence[str], rows: Sequence[tuple]) -> None:
        # By primary key (the first column); an existing row is updated in place.
        names = ", ".join(f"[{c}]" for c in columns)
        updates = ", ".join(f"[{c}] = excluded.[{c}]" for c in columns[1:])
        self.conn.executemany(
            f"INSERT INTO {table} ({names}) VALUES ({','.join('?' * len(columns))})"
            f" ON CONFLICT([{columns[0]}]) DO UPDATE SET {updates}",
            rows,
        )

    def _delete_ids(self, table: str, column: str, ids: Sequence[int]) -> None:
        for chunk in _chunks(sorted(set(ids))):
            self.conn.execute(
                f"DELETE FROM {table} WHERE [{column}] IN ({','.join('?' * len(chunk))})", chunk
            )

    def _assessment_rows(self, claim_ids: Sequence[int]) -> dict[int, tuple]:
        names = ", ".join(f"[{c}]" for c in self._ASSESSMENT_COLUMNS)
        found: dict[int, tuple] = {}
        for chunk in _chunks(sorted(set(claim_ids))):
            marks = ",".join("?" * len(chunk))
            found.update(
                (r[0], r)
                for r in self.conn.execute(
                    f"SELECT {names} FROM claim_assessments WHERE claim_id IN ({marks})", chunk
                )
            )
        return found

    def _drop_assessment_indexes(self) -> list[str]:
        # Inside the caller's transaction (SQLite DDL is transactional): on failure they come back.
        marks = ",".join("?" * len(self._ASSESSMENT_TABLES))
        found = self.conn.execute(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ({marks})",
            self._ASSESSMENT_TABLES,
        ).fetchall()
        for name, _ in found:
            self.conn.execute(f"DROP INDEX [{name}]")
        return [sql for _, sql in found]

    def origin_group_ids(self, figure_ids: Sequence[int]) -> dict[tuple[int, str], int]:
        """``(figure_id, group key) -> id`` of the stored origin groups of those figures."""
        found: dict[tuple[int, str], int] = {}
        for chunk in _chunks(sorted(set(figure_ids))):
            marks = ",".join("?" * len(chunk))
            found.update(
                ((f, k), i)
                for i, f, k in self.conn.execute(
                    f"SELECT id, figure_id, key FROM origin_groups WHERE figure_id IN ({marks})",
                    chunk,
                )
            )
        return found

    def next_ids(self) -> tuple[int, int]:
        """The next free ids of ``figures`` and ``origin_groups``."""
        return self._next_id("figures"), self._next_id("origin_groups")

    def figure_ids(self, keys: Sequence[str]) -> dict[str, int]:
        """Figure key -> id, for the keys already stored."""
        found: dict[str, int] = {}
        for chunk in _chunks(sorted(set(keys))):
            marks = ",".join("?" * len(chunk))
            found.update(
                (k, i)
                for i, k in self.conn.execute(
                    f"SELECT id, key FROM figures WHERE key IN ({marks})", chunk
                )
            )
        return found

    # == end of resolver section ===================================================


def _chunks(values: Sequence[Any], size: int = 900) -> Iterator[list[Any]]:
    """Slices small enough for SQLite's bound-parameter limit."""
    values = list(values)
    for start in range(0, len(values), size):
        yield values[start : start + size]
