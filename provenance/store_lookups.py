"""The store's lookups section: the read-side SQL behind ``provenance claims/chain/sources/...``.

Kept beside ``store.py`` (which imports it: ``Store.lookups()``) rather than inside
it for one measured reason: start-up time. ``provenance chain ID --json`` must
start in a few times the cost of ``python -c pass``, and importing
``sqlite_utils`` alone costs about four times that. This module needs only the
standard library, so a lookup opens the database with plain :mod:`sqlite3`
(:meth:`Lookups.open`) and never pays for ``sqlite_utils``, ``attrs`` or
``cattrs``. Like ``store.py`` it is the only place these queries live.

Rows come back as plain dicts; :mod:`provenance.lookups` shapes them into the
claims contract. The resolver's assessment tables are LEFT JOINed when they
exist, so every lookup works before anything has been resolved.
"""

from __future__ import annotations

import difflib
import os
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from .errors import InvalidInput, MissingDatabase, NotFound

DEFAULT_DB = "provenance.db"
DB_ENV = "PROVENANCE_DB"

#: The newest migration in provenance/migrations.py (a test keeps the two in step); a database
#: without it is migrated through the Store before lookups read it.
SCHEMA_VERSION = "m006_index_claims_by_origin_wording"


class SchemaBehind(Exception):
    """Internal signal: the database needs migrating before lookups can read it."""

    def __init__(self, path: Path):
        super().__init__(str(path))
        self.path = path


#: Tables every lookup reads; a database without them is opened through ``Store`` to migrate it.
CORE_TABLES = ("documents", "sources", "source_aliases", "claims", "hops")
#: The resolver's tables (migration m002); lookups LEFT JOIN them.
ASSESSMENT_TABLES = ("figures", "claim_assessments")
#: ``IN (...)`` lists are sent in chunks of this size (SQLite's variable limit is 32766).
CHUNK = 900

_CLAIM_SELECT = """
SELECT c.id AS db_id, c.key, c.document_id, d.sha256 AS document, c.headline, c.sentence,
       c.sentence_start, c.sentence_end, c.figure_text, c.figure_start, c.figure_end,
       c.value, c.low, c.high, c.qualifier, c.category, c.counts, c.unit, c.hedges, c.as_of,
       c.origin_unstated, c.relays, c.chain_text, d.published, d.title,
       o.name AS origin, p.name AS publisher{assessment_columns}
FROM claims c
JOIN documents d ON d.id = c.document_id
LEFT JOIN sources o ON o.id = c.origin_source_id
LEFT JOIN sources p ON p.id = c.publisher_source_id{assessment_join}
"""

_HOPS_SELECT = """
SELECT h.claim_id, h.position, s.name AS source, h.kind, h.mention, h.members, h.cue,
       h.start, h.end
FROM hops h JOIN sources s ON s.id = h.source_id
WHERE h.claim_id IN ({marks})
ORDER BY h.claim_id, h.position
"""

_DOCUMENT_COLUMNS = (
    "d.id AS db_id, d.sha256, d.title, d.publisher, d.published, d.url, d.path, d.ingested_at"
)


def default_db_path() -> Path:
    """``$PROVENANCE_DB`` if set, else ``provenance.db`` in the working directory."""
    return Path(os.environ.get(DB_ENV) or DEFAULT_DB)


def missing_database(path: Path) -> MissingDatabase:
    """The error for a database file that is not there, saying how to create one."""
    return MissingDatabase(
        f"{path}: no database here yet; create one with 'provenance ingest FILE...' "
        f"(or point --db / ${DB_ENV} at an existing one)"
    )


def closest(word: str, candidates: Iterable[str], n: int = 3) -> list[str]:
    """Up to ``n`` candidates closest to ``word`` (difflib), case-insensitively, best first."""
    by_lower: dict[str, str] = {}
    for candidate in candidates:
        by_lower.setdefault(candidate.lower(), candidate)
    found = difflib.get_close_matches(word.lower(), list(by_lower), n=n, cutoff=0.5)
    if len(found) < n:
        # Substrings count too: "Yonhap" should suggest "Yonhap News Agency".
        extra = [c for c in by_lower if word.lower() in c and c not in found]
        found += sorted(extra, key=len)[: n - len(found)]
    return [by_lower[c] for c in found]


def suggestion(matches: Sequence[str]) -> str:
    """``"; closest: a, b"`` or nothing."""
    return "; closest: " + ", ".join(matches) if matches else ""


def _chunks(items: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class Lookups:
    """Read-side queries over one sqlite3 connection (a file opened by :meth:`open`, or a Store's)."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self._tables: set[str] | None = None
        self._columns: dict[str, set[str]] = {}

    # -- opening -------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path | None = None) -> Lookups:
        """Open an existing database for lookups; never creates a file (:class:`MissingDatabase`)."""
        path = Path(path) if path is not None else default_db_path()
        if not path.is_file():
            raise missing_database(path)
        # mode=rw: read and write an existing file, but never create one.
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True)
        lookups = cls(conn)
        try:
            missing = set(CORE_TABLES + ASSESSMENT_TABLES) - lookups.tables()
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise MissingDatabase(f"{path}: not a SQLite database ({exc})") from None
        if missing or not lookups.schema_current():
            # An empty or older database: migrating it is the Store's job, one layer up
            # (provenance.lookups.open_lookups catches this and opens it through the Store once).
            conn.close()
            raise SchemaBehind(path)
        return lookups

    def schema_current(self) -> bool:
        """Whether the newest migration this version knows (:data:`SCHEMA_VERSION`) has been applied."""
        try:
            row = self.conn.execute(
                "SELECT 1 FROM _sqlite_migrations WHERE migration_set = 'provenance' AND name = ?",
                (SCHEMA_VERSION,),
            ).fetchone()
        except sqlite3.OperationalError:
            return False
        return row is not None

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    def __enter__(self) -> Lookups:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def tables(self) -> set[str]:
        """Names of the tables in the database (cached)."""
        if self._tables is None:
            rows = self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            self._tables = {row[0] for row in rows}
        return self._tables

    def columns(self, table: str) -> set[str]:
        """Column names of ``table`` (empty when it does not exist)."""
        if table not in self._columns:
            rows = self.conn.execute(f"PRAGMA table_info([{table}])").fetchall()
            self._columns[table] = {row[1] for row in rows}
        return self._columns[table]

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    # -- the resolver's assessments (LEFT JOINed when present) -----------------------

    def _assessed(self) -> bool:
        return {"claim_assessments", "figures"} <= self.tables()

    def _assessment_sql(self) -> tuple[str, str]:
        """Extra SELECT columns and LEFT JOINs: directness, the claim's flags, its figure's grade and flags."""
        if not self._assessed():
            return (
                ", NULL AS directness, NULL AS grade, NULL AS flags, NULL AS figure_flags, NULL AS cluster",
                "",
            )
        return (
            ", ca.directness AS directness, f.grade AS grade, ca.flags AS flags,"
            " f.flags AS figure_flags, f.key AS cluster",
            "\nLEFT JOIN claim_assessments ca ON ca.claim_id = c.id"
            "\nLEFT JOIN figures f ON f.id = ca.figure_id",
        )

    def flag_filter(self, flag: str) -> tuple[str, list[Any]]:
        """A WHERE clause over ``claims c`` selecting claims that carry ``flag``, or whose figure does.

        Self-contained (a subquery), so it fits any query over ``claims c``. Flags are
        stored as JSON arrays; before anything is resolved no claim matches.
        """
        if not self._assessed():
            return "0", []
        has = "EXISTS (SELECT 1 FROM json_each(CASE WHEN json_valid({0}) THEN {0} ELSE '[]' END) WHERE value = ?)"
        return (
            "c.id IN (SELECT a.claim_id FROM claim_assessments a JOIN figures g ON g.id = a.figure_id"
            f" WHERE {has.format('a.flags')} OR {has.format('g.flags')})",
            [flag, flag],
        )

    # -- claims ----------------------------------------------------------------------

    def claim_rows(
        self,
        where: Sequence[str] = (),
        params: Sequence[Any] = (),
        *,
        fts: str | None = None,
        limit: int | None = None,
    ) -> list[dict[str, Any]]:
        """Claim rows (with document, origin, publisher and assessment columns) matching ``where``.

        ``fts`` is an FTS5 query over claim sentences; results are then ranked by relevance,
        otherwise they come in ingest order.
        """
        columns, join = self._assessment_sql()
        sql = _CLAIM_SELECT.format(assessment_columns=columns, assessment_join=join)
        clauses, values = list(where), list(params)
        order = "c.id"
        if fts is not None:
            sql += "\nJOIN claims_fts ON claims_fts.rowid = c.id"
            clauses.insert(0, "claims_fts MATCH ?")
            values.insert(0, fts)
            order = "claims_fts.rank, c.id"
        if clauses:
            sql += "\nWHERE " + "\n  AND ".join(clauses)
        sql += f"\nORDER BY {order}"
        if limit is not None:
            sql += "\nLIMIT ?"
            values.append(limit)
        try:
            return self._rows(sql, values)
        except sqlite3.OperationalError as exc:
            if fts is not None and ("fts5" in str(exc) or "MATCH" in str(exc)):
                raise InvalidInput(f"cannot search for {fts!r}: {exc}") from None
            raise

    def hop_rows(self, claim_ids: Sequence[int]) -> dict[int, list[dict[str, Any]]]:
        """The hops of each claim, origin first, keyed by claim id."""
        hops: dict[int, list[dict[str, Any]]] = {claim_id: [] for claim_id in claim_ids}
        for chunk in _chunks(list(claim_ids)):
            sql = _HOPS_SELECT.format(marks=", ".join("?" * len(chunk)))
            for row in self._rows(sql, chunk):
                hops[row["claim_id"]].append(row)
        return hops

    def claim_db_id(self, ref: str | int) -> int:
        """The integer id of a claim given its id or its key; :class:`NotFound` with the closest ones."""
        text = str(ref).strip()
        if text.isdigit():
            row = self.conn.execute("SELECT id FROM claims WHERE id = ?", (int(text),)).fetchone()
        else:
            row = self.conn.execute("SELECT id FROM claims WHERE key = ?", (text,)).fetchone()
        if row is not None:
            return row[0]
        raise NotFound(f"no claim with id {text!r}{self._claim_suggestion(text)}")

    def _claim_suggestion(self, text: str) -> str:
        if self.conn.execute("SELECT 1 FROM claims LIMIT 1").fetchone() is None:
            return "; the database has no claims yet"
        if text.isdigit():
            rows = self.conn.execute(
                "SELECT id FROM (SELECT id FROM claims WHERE id < ? ORDER BY id DESC LIMIT 2)"
                " UNION SELECT id FROM (SELECT id FROM claims WHERE id > ? ORDER BY id LIMIT 2)"
                " ORDER BY id",
                (int(text), int(text)),
            ).fetchall()
            return suggestion([str(r[0]) for r in rows])
        # Keys sort by document hash, so the neighbours of the typed key are the likely typos;
        # the index on ``key`` makes this two short range scans, however big the store.
        rows = self.conn.execute(
            "SELECT key FROM (SELECT key FROM claims WHERE key < ? ORDER BY key DESC LIMIT 20)"
            " UNION SELECT key FROM (SELECT key FROM claims WHERE key > ? ORDER BY key LIMIT 20)",
            (text, text),
        ).fetchall()
        prefix = text.split("-")[0][:12]
        if prefix:
            rows += self.conn.execute(
                "SELECT key FROM claims WHERE key >= ? AND key < ? ORDER BY key LIMIT 20",
                (prefix, prefix + "\uffff"),
            ).fetchall()
        return suggestion(closest(text, (r[0] for r in rows)) or [r[0] for r in rows[:3]])

    def document_by_db_id(self, db_id: int) -> dict[str, Any]:
        """A document row by its integer id (no text)."""
        rows = self._rows(f"SELECT {_DOCUMENT_COLUMNS} FROM documents d WHERE d.id = ?", (db_id,))
        return rows[0]

    def document_text(self, db_id: int) -> str:
        """The stored text of a document (spans point into it)."""
        return self.conn.execute("SELECT text FROM documents WHERE id = ?", (db_id,)).fetchone()[0]

    # -- sources ---------------------------------------------------------------------

    def source_ids(self, name: str) -> list[int]:
        """Ids of the sources called ``name`` or having it as an alias (case-insensitive)."""
        rows = self.conn.execute(
            "SELECT id FROM sources WHERE name = ? COLLATE NOCASE"
            " UNION SELECT source_id FROM source_aliases WHERE alias = ? COLLATE NOCASE",
            (name.strip(), name.strip()),
        ).fetchall()
        return sorted(row[0] for row in rows)

    def source_names(self) -> list[str]:
        """Every source name and alias (for suggestions)."""
        rows = self.conn.execute("SELECT name FROM sources UNION SELECT alias FROM source_aliases")
        return [row[0] for row in rows]

    def require_source_ids(self, name: str) -> list[int]:
        """Like :meth:`source_ids` but an unknown name is :class:`NotFound` with the closest names."""
        ids = self.source_ids(name)
        if not ids:
            raise NotFound(
                f"no source named {name!r}{suggestion(closest(name, self.source_names()))}"
            )
        return ids

    def source_rows(
        self, query: str | None = None, limit: int | None = None
    ) -> list[dict[str, Any]]:
        """Sources (optionally whose name or an alias contains ``query``) with their claim counts."""
        sql = """
SELECT s.id AS db_id, s.name, s.kind, s.reliability,
       (SELECT json_group_array(alias) FROM (SELECT alias FROM source_aliases a
                                             WHERE a.source_id = s.id ORDER BY alias)) AS aliases,
       (SELECT count(*) FROM claims c WHERE c.origin_source_id = s.id) AS originates,
       (SELECT count(*) FROM hops h WHERE h.source_id = s.id) AS hops
FROM sources s"""
        params: list[Any] = []
        if query:
            sql += """
WHERE s.name LIKE ? OR s.id IN (SELECT source_id FROM source_aliases WHERE alias LIKE ?)"""
            pattern = f"%{query.strip()}%"
            params += [pattern, pattern]
        sql += "\nORDER BY hops DESC, s.name"
        if limit is not None:
            sql += "\nLIMIT ?"
            params.append(limit)
        return self._rows(sql, params)

    def source_detail(self, source_id: int) -> dict[str, Any]:
        """One source with its aliases, claim counts and the dates it was first and last seen.

        ``relays`` counts hops strictly between a claim's origin and its publisher. Dates are
        the articles' publication dates, or their ingest dates when unknown.
        """
        (row,) = self._rows(
            "SELECT id AS db_id, name, kind, reliability, note FROM sources WHERE id = ?",
            (source_id,),
        )
        row["aliases"] = [
            r[0]
            for r in self.conn.execute(
                "SELECT alias FROM source_aliases WHERE source_id = ? ORDER BY alias", (source_id,)
            )
        ]
        counts = self.conn.execute(
            """
SELECT (SELECT count(*) FROM claims WHERE origin_source_id = :id),
       (SELECT count(*) FROM hops h JOIN claims c ON c.id = h.claim_id
         WHERE h.source_id = :id AND h.position > 0 AND h.position <= c.relays),
       (SELECT count(*) FROM claims WHERE publisher_source_id = :id),
       (SELECT count(DISTINCT claim_id) FROM hops WHERE source_id = :id)""",
            {"id": source_id},
        ).fetchone()
        row["originates"], row["relays"], row["publishes"], row["claims"] = counts
        seen = self.conn.execute(
            """
SELECT min(day), max(day), count(DISTINCT document_id) FROM (
  SELECT c.document_id, coalesce(d.published, substr(d.ingested_at, 1, 10)) AS day
  FROM hops h JOIN claims c ON c.id = h.claim_id JOIN documents d ON d.id = c.document_id
  WHERE h.source_id = ?)""",
            (source_id,),
        ).fetchone()
        row["first_seen"], row["last_seen"], row["documents"] = seen
        return row

    def add_source(
        self, name: str, kind: str, aliases: Sequence[str], reliability: str | None
    ) -> int:
        """Insert a source and its aliases in one transaction; return its id."""
        with self.conn:
            cursor = self.conn.execute(
                "INSERT INTO sources (name, kind, reliability) VALUES (?, ?, ?)",
                (name, kind, reliability),
            )
            self.conn.executemany(
                "INSERT OR IGNORE INTO source_aliases (source_id, alias) VALUES (?, ?)",
                [(cursor.lastrowid, alias) for alias in aliases],
            )
        return cursor.lastrowid

    def merge_sources(self, keep: int, gone: int, gone_alias: str) -> dict[str, int]:
        """Fold source ``gone`` into ``keep`` in one transaction; return how many rows moved.

        Aliases, hops, claims' origin/publisher ids and any other table's foreign key to
        ``sources`` (the resolver's, for instance) follow; ``gone``'s name becomes an alias
        of ``keep``, and the chain text of the claims it touched is rebuilt.
        """
        with self.conn:
            touched = [
                r[0]
                for r in self.conn.execute(
                    "SELECT DISTINCT claim_id FROM hops WHERE source_id = ?", (gone,)
                )
            ]
            moved = {"claims": len(touched)}
            # Aliases keep their unique (alias, source_id): an alias both share is dropped once.
            moved["aliases"] = self.conn.execute(
                "UPDATE OR IGNORE source_aliases SET source_id = ? WHERE source_id = ?",
                (keep, gone),
            ).rowcount
            self.conn.execute("DELETE FROM source_aliases WHERE source_id = ?", (gone,))
            self.conn.execute(
                "INSERT OR IGNORE INTO source_aliases (source_id, alias) VALUES (?, ?)",
                (keep, gone_alias),
            )
            for table, column in self._references_to_sources():
                count = self.conn.execute(
                    f"UPDATE [{table}] SET [{column}] = ? WHERE [{column}] = ?", (keep, gone)
                ).rowcount
                if table == "hops":
                    moved["hops"] = count
            self.conn.execute(
                "UPDATE sources SET reliability = coalesce(reliability, (SELECT reliability FROM sources"
                " WHERE id = ?)) WHERE id = ?",
                (gone, keep),
            )
            self.conn.execute("DELETE FROM sources WHERE id = ?", (gone,))
            self._rebuild_chain_text(touched)
        return moved

    def _references_to_sources(self) -> list[tuple[str, str]]:
        refs = []
        for table in sorted(self.tables()):
            if table == "source_aliases" or table.startswith(("sqlite_", "claims_fts")):
                continue
            for fk in self.conn.execute(f"PRAGMA foreign_key_list([{table}])").fetchall():
                if fk[2] == "sources":
                    refs.append((table, fk[3]))
        return refs

    def _rebuild_chain_text(self, claim_ids: Sequence[int]) -> None:
        hops = self.hop_rows(claim_ids)
        self.conn.executemany(
            "UPDATE claims SET chain_text = ? WHERE id = ?",
            [(" → ".join(h["source"] for h in hops[i]), i) for i in claim_ids],
        )

    # -- documents and totals ----------------------------------------------------------

    def document_rows(
        self, publisher: str | None = None, limit: int | None = None
    ) -> list[dict[str, Any]]:
        """Documents, newest first, with their claim counts (no text)."""
        sql = f"""
SELECT {_DOCUMENT_COLUMNS},
       (SELECT count(*) FROM claims c WHERE c.document_id = d.id) AS claims
FROM documents d"""
        params: list[Any] = []
        if publisher:
            sql += "\nWHERE d.publisher = ? COLLATE NOCASE"
            params.append(publisher)
        sql += "\nORDER BY d.published IS NULL, d.published DESC, d.id"
        if limit is not None:
            sql += "\nLIMIT ?"
            params.append(limit)
        return self._rows(sql, params)

    def totals(self) -> dict[str, Any]:
        """Counts for ``provenance stats``: rows, categories, top origins, dates."""
        one = self.conn.execute
        result: dict[str, Any] = {
            table: one(f"SELECT count(*) FROM [{table}]").fetchone()[0] for table in CORE_TABLES
        }
        result["headline_claims"] = one(
            "SELECT count(*) FROM claims WHERE headline = 1"
        ).fetchone()[0]
        result["origin_unstated"] = one(
            "SELECT count(*) FROM claims WHERE origin_unstated = 1"
        ).fetchone()[0]
        result["categories"] = dict(
            one(
                "SELECT category, count(*) FROM claims GROUP BY category ORDER BY count(*) DESC, category"
            )
        )
        result["top_origins"] = [
            {"source": name, "claims": n}
            for name, n in one(
                "SELECT s.name, count(*) AS n FROM claims c JOIN sources s ON s.id = c.origin_source_id"
                " GROUP BY c.origin_source_id ORDER BY n DESC, s.name LIMIT 10"
            )
        ]
        first, last = one("SELECT min(published), max(published) FROM documents").fetchone()
        result["published"] = {"first": first, "last": last}
        return result
