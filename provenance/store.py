"""The SQLite store: all SQL lives here.

A :class:`Store` wraps one ``sqlite_utils.Database``. Opening it applies pending
migrations; writes happen in one transaction per document, in batches
(``executemany``), because per-row commits are several times slower.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Optional

import sqlite_utils
from attrs import frozen

from . import migrations
from .errors import MissingDatabase, NotFound
from .models import Claim, Document, Hop

DEFAULT_DB = "provenance.db"
DB_ENV = "PROVENANCE_DB"

_CLAIM_COLUMNS = (
    "id", "key", "document_id", "position", "headline", "sentence", "sentence_start",
    "sentence_end", "figure_text", "figure_start", "figure_end", "value", "low", "high",
    "qualifier", "category", "counts", "unit", "hedges", "as_of", "origin_unstated",
    "origin_source_id", "publisher_source_id", "relays", "chain_text",
)  # fmt: skip
_HOP_COLUMNS = ("id", "claim_id", "position", "source_id", "kind", "mention", "members", "cue", "start", "end")
_INSERT_CLAIM = "INSERT INTO claims ({}) VALUES ({})".format(
    ", ".join(f"[{c}]" for c in _CLAIM_COLUMNS), ", ".join("?" * len(_CLAIM_COLUMNS))
)
_INSERT_HOP = "INSERT INTO hops ({}) VALUES ({})".format(
    ", ".join(f"[{c}]" for c in _HOP_COLUMNS), ", ".join("?" * len(_HOP_COLUMNS))
)


def default_db_path() -> Path:
    """``$PROVENANCE_DB`` if set, else ``provenance.db`` in the working directory."""
    return Path(os.environ.get(DB_ENV) or DEFAULT_DB)


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
    def open(cls, path: str | Path | None = None, *, must_exist: bool = False) -> "Store":
        """Open (creating if needed) the database at ``path`` and migrate it."""
        path = Path(path) if path is not None else default_db_path()
        if must_exist and not path.exists():
            raise MissingDatabase(
                f"{path}: no database here yet; create one with 'provenance ingest FILE...' "
                f"(or point --db / ${DB_ENV} at an existing one)"
            )
        if path.parent and not path.parent.exists():
            raise MissingDatabase(f"{path}: the folder {path.parent} does not exist")
        db = sqlite_utils.Database(path)
        try:
            db.enable_wal()
        except sqlite3.DatabaseError as exc:
            raise MissingDatabase(f"{path}: not a SQLite database ({exc})") from None
        return cls._ready(db)

    @classmethod
    def memory(cls) -> "Store":
        """A fresh in-memory store (tests, one-off extraction)."""
        return cls._ready(sqlite_utils.Database(memory=True))

    @classmethod
    def _ready(cls, db: sqlite_utils.Database) -> "Store":
        db.conn.execute("PRAGMA foreign_keys = ON")
        migrations.apply(db)
        return cls(db)

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    def __enter__(self) -> "Store":
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
            cursor = self.conn.execute("INSERT INTO sources (name, kind) VALUES (?, ?)", (name, kind))
            row = (cursor.lastrowid,)
        self._source_ids[name] = row[0]
        return row[0]

    def forget_source_cache(self) -> None:
        """Drop cached name -> id lookups (after merges or renames)."""
        self._source_ids.clear()

    # -- documents and claims ---------------------------------------------------

    def document_row(self, sha256: str) -> Optional[dict[str, Any]]:
        """The stored row of a document by its ``sha256:`` id, or None."""
        row = self.conn.execute(
            "SELECT id, sha256, title, publisher, published, url, path FROM documents WHERE sha256 = ?",
            (sha256,),
        ).fetchone()
        if row is None:
            return None
        return dict(zip(("id", "sha256", "title", "publisher", "published", "url", "path"), row))

    def add_document(self, document: Document, claims: Sequence[Claim]) -> AddResult:
        """Store a document and its claims in one transaction; a stored text is not added twice."""
        existing = self.document_row(document.id)
        if existing is not None:
            return AddResult(document_id=existing["id"], added=False, claims=0)
        with self.conn:  # one transaction: all of the document, or nothing
            return self._insert(document, claims)

    def _insert(self, document: Document, claims: Sequence[Claim]) -> AddResult:
        cursor = self.conn.execute(
            "INSERT INTO documents (sha256, title, publisher, published, url, path, text, ingested_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                document.id, document.title, document.publisher, document.published,
                document.url, document.path, document.text,
                dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
            ),
        )  # fmt: skip
        document_id = cursor.lastrowid
        next_claim = self._next_id("claims")
        next_hop = self._next_id("hops")
        claim_rows, hop_rows = [], []
        for claim in claims:
            hop_ids = [self.source_id(hop.source, hop.kind) for hop in claim.chain]
            claim_rows.append(self._claim_row(next_claim, document_id, document, claim, hop_ids))
            for position, (hop, source_id) in enumerate(zip(claim.chain, hop_ids)):
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
        ids = tuple(row[0] for row in claim_rows)
        return AddResult(document_id=document_id, added=True, claims=len(claim_rows), claim_ids=ids)

    def _next_id(self, table: str) -> int:
        return (self.conn.execute(f"SELECT max(id) FROM [{table}]").fetchone()[0] or 0) + 1

    @staticmethod
    def _claim_row(claim_id: int, document_id: int, document: Document, claim: Claim, hop_ids) -> tuple:
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
