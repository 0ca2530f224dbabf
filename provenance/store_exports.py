"""The store's exports section: the SQL behind ``provenance export`` and the content hash.

Kept beside ``store.py`` (not inside it) because it is a self-contained block of
queries that several engineers' edits to ``store.py`` should not collide with;
like ``store.py`` it is the only place these tables are queried from.

Everything here streams: rows come from a cursor in batches of
:data:`BATCH_ROWS` via ``fetchmany`` and are never collected into a list, so
memory stays flat however large the store is.

Formula-injection neutralising and number formatting happen *in SQL* (see
:func:`neutral_sql` and :func:`number_sql`): SQLite evaluates the ``CASE``
expressions in C, so the Python loop only hands batches to ``csv.writer``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from typing import Any, Optional

from attrs import asdict, frozen

from .errors import InvalidInput
from .store import Store

#: Rows fetched per ``fetchmany`` call: big enough to amortise Python overhead, small enough to be flat.
BATCH_ROWS = 2000

#: First characters that make a spreadsheet treat a cell as a formula (plus the quote used to escape).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
ESCAPE = "'"

# A column of an export: its header, the SQL expression (over the aliases used by the
# query) and whether it is text (neutralised) or a number (written as a plain number).
TEXT, NUMBER = "text", "number"


@frozen
class Column:
    """One CSV column: header name, SQL expression and kind (``text`` or ``number``)."""

    name: str
    sql: str
    kind: str = TEXT
    doc: str = ""


def neutral_sql(expr: str) -> str:
    """``expr`` with a leading ``'`` added when it starts like a formula (or with ``'`` itself).

    Escaping a leading ``'`` too makes the rule exactly reversible: strip one
    leading ``'`` from any text cell that has one to get the stored value back.
    """
    triggers = ", ".join(["'='", "'+'", "'-'", "'@'", "char(9)", "char(13)", "''''"])
    return f"CASE WHEN substr({expr}, 1, 1) IN ({triggers}) THEN '''' || {expr} ELSE {expr} END"


def number_sql(expr: str) -> str:
    """``expr`` as an integer when it holds a whole number, so 600.0 is written ``600``.

    Other floats keep Python's shortest round-trip ``repr`` (deterministic).
    """
    return (
        f"CASE WHEN typeof({expr}) = 'real' AND {expr} = CAST({expr} AS INTEGER) "
        f"THEN CAST({expr} AS INTEGER) ELSE {expr} END"
    )


def select_list(columns: Sequence[Column], *, raw: bool = False) -> str:
    """The SELECT list for ``columns``; ``raw`` skips neutralising and number formatting."""
    parts = []
    for column in columns:
        if raw:
            expr = column.sql
        elif column.kind == TEXT:
            expr = neutral_sql(column.sql)
        else:
            expr = number_sql(column.sql)
        parts.append(f"{expr} AS [{column.name}]")
    return ",\n  ".join(parts)


# ---------------------------------------------------------------------------
# filters (shared with the lookups: plain SQL over ``claims c`` and ``documents d``)
# ---------------------------------------------------------------------------


@frozen
class ClaimFilter:
    """Which claims an export covers; the same options as ``provenance claims``.

    :meth:`where` renders it as a SQL condition over ``claims c`` joined to
    ``documents d``, so any query with those aliases can share it.
    """

    category: Optional[str] = None
    source: Optional[str] = None  # any hop of the chain
    origin: Optional[str] = None
    publisher: Optional[str] = None
    since: Optional[str] = None  # documents.published >= since
    until: Optional[str] = None  # documents.published <= until
    headline: Optional[bool] = None
    flag: Optional[str] = None
    query: Optional[str] = None  # FTS5 query over claim sentences

    def as_dict(self) -> dict[str, Any]:
        """The filters that are set (for the manifest)."""
        return {k: v for k, v in asdict(self).items() if v is not None}

    def where(self, store: Store) -> tuple[str, list[Any]]:
        """``(condition, params)``; the condition is ``1`` when nothing is filtered."""
        conditions: list[str] = []
        params: list[Any] = []
        source_match = (
            "(SELECT id FROM sources WHERE name = ? COLLATE NOCASE "
            "UNION SELECT source_id FROM source_aliases WHERE alias = lower(?))"
        )
        if self.category:
            conditions.append("c.category = ?")
            params.append(self.category)
        if self.source:
            conditions.append(
                f"EXISTS (SELECT 1 FROM hops fh WHERE fh.claim_id = c.id AND fh.source_id IN {source_match})"
            )
            params += [self.source, self.source]
        if self.origin:
            conditions.append(f"c.origin_source_id IN {source_match}")
            params += [self.origin, self.origin]
        if self.publisher:
            conditions.append(f"(d.publisher = ? COLLATE NOCASE OR c.publisher_source_id IN {source_match})")
            params += [self.publisher, self.publisher, self.publisher]
        if self.since:
            conditions.append("d.published >= ?")
            params.append(self.since)
        if self.until:
            conditions.append("d.published <= ?")
            params.append(self.until)
        if self.headline is not None:
            conditions.append("c.headline = ?")
            params.append(int(self.headline))
        if self.query:
            conditions.append("c.id IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)")
            params.append(self.query)
        if self.flag:
            flag_sql = _flag_condition(store)
            conditions.append(flag_sql)
            params.append(self.flag)
        return (" AND ".join(conditions) or "1"), params


def _flag_condition(store: Store) -> str:
    resolver = resolver_schema(store)
    if resolver is None:
        raise InvalidInput("--flag needs resolved figures; run 'provenance resolve' first")
    return resolver.flag_condition


# ---------------------------------------------------------------------------
# the resolver's tables (optional: exports work before resolution)
# ---------------------------------------------------------------------------


@frozen
class ResolverSchema:
    """How the resolver's assessment tables join onto ``claims c`` (LEFT JOINs)."""

    joins: str
    directness: str
    cluster: str
    corroboration: str
    independent_origins: str
    grade: str
    flags: str
    explanation: str
    flag_condition: str


def resolver_schema(store: Store) -> Optional[ResolverSchema]:
    """The resolver's columns when its tables exist in this database, else None."""
    tables = set(store.db.table_names())
    if not {"claim_assessments", "figures"} <= tables:
        return None
    return ResolverSchema(
        joins=(
            "LEFT JOIN claim_assessments ca ON ca.claim_id = c.id\n"
            "LEFT JOIN figures f ON f.id = ca.figure_id"
        ),
        directness="ca.directness",
        cluster="f.key",
        corroboration="f.corroboration",
        independent_origins="f.independent_origins",
        grade="f.grade",
        flags="ca.flags",
        explanation="f.explanation",
        flag_condition="EXISTS (SELECT 1 FROM json_each(ca.flags) WHERE json_each.value = ?)",
    )


# ---------------------------------------------------------------------------
# the exports
# ---------------------------------------------------------------------------

_HEDGES = "(SELECT group_concat(j.value, '; ') FROM json_each(c.hedges) j)"
_MEMBERS = "(SELECT group_concat(j.value, '; ') FROM json_each(h.members) j)"


def claim_columns(store: Store) -> list[Column]:
    """The columns of the ``claims`` export (resolver columns empty until it has run)."""
    r = resolver_schema(store)
    null = "NULL"
    return [
        Column("claim_id", "c.id", NUMBER, "integer id of the claim in this database"),
        Column("claim_key", "c.key", TEXT, "stable key: 12 hex of the document hash + claim number"),
        Column("document_id", "d.sha256", TEXT, "content address of the document (sha256:...)"),
        Column("url", "d.url"),
        Column("publisher", "coalesce(d.publisher, p.name)"),
        Column("published", "d.published", TEXT, "ISO date"),
        Column("headline", "c.headline", NUMBER, "1 for a headline or sub-heading claim, else 0"),
        Column("sentence", "c.sentence"),
        Column("figure", "c.figure_text", TEXT, "the figure exactly as written"),
        Column("value", "c.value", NUMBER),
        Column("low", "c.low", NUMBER),
        Column("high", "c.high", NUMBER),
        Column("qualifier", "c.qualifier"),
        Column("category", "c.category"),
        Column("counts", "c.counts", TEXT, "what the figure counts"),
        Column("unit", "c.unit"),
        Column("as_of", "c.as_of", TEXT, "ISO date the figure refers to, when stated"),
        Column("hedges", _HEDGES, TEXT, "hedge words, '; '-separated"),
        Column("chain", "c.chain_text", TEXT, "origin first, publisher last, ' → '-separated"),
        Column("origin", "o.name"),
        Column("origin_kind", "o.kind"),
        Column("origin_unstated", "c.origin_unstated", NUMBER, "1 when the text names no origin"),
        Column("relays", "c.relays", NUMBER, "hops strictly between origin and publisher"),
        Column("directness", r.directness if r else null, NUMBER),
        Column("cluster", r.cluster if r else null, TEXT, "the figure cluster the claim belongs to"),
        Column("corroboration", r.corroboration if r else null, NUMBER),
        Column("independent_origins", r.independent_origins if r else null, NUMBER),
        Column("grade", r.grade if r else null),
        Column("flags", f"(SELECT group_concat(j.value, '; ') FROM json_each({r.flags}) j)" if r else null),
        Column("explanation", r.explanation if r else null),
        Column("sentence_start", "c.sentence_start", NUMBER, "character offset into the document text"),
        Column("sentence_end", "c.sentence_end", NUMBER),
        Column("figure_start", "c.figure_start", NUMBER),
        Column("figure_end", "c.figure_end", NUMBER),
    ]  # fmt: skip


def hop_columns(store: Store) -> list[Column]:
    """The columns of the ``hops`` export."""
    return [
        Column("claim_id", "h.claim_id", NUMBER),
        Column("claim_key", "c.key"),
        Column("document_id", "d.sha256"),
        Column("position", "h.position", NUMBER, "0 = origin; the last hop is the publisher"),
        Column("source", "s.name"),
        Column("kind", "h.kind"),
        Column("cue", "h.cue", TEXT, "the attribution words"),
        Column("mention", "h.mention", TEXT, "how the text names the source"),
        Column("members", _MEMBERS, TEXT, "named people of a group hop, '; '-separated"),
        Column("start", "h.start", NUMBER, "character offsets of the mention"),
        Column("end", "h.end", NUMBER),
    ]


def source_columns(store: Store) -> list[Column]:
    """The columns of the ``sources`` export (counts over the filtered claims)."""
    aliases = "(SELECT group_concat(alias, '; ') FROM (SELECT alias FROM source_aliases WHERE source_id = s.id ORDER BY alias))"
    return [
        Column("source_id", "s.id", NUMBER),
        Column("name", "s.name"),
        Column("kind", "s.kind"),
        Column("reliability", "s.reliability"),
        Column("aliases", aliases, TEXT, "'; '-separated"),
        Column("documents", "(SELECT count(DISTINCT mc.document_id) FROM hops h JOIN m mc ON mc.id = h.claim_id WHERE h.source_id = s.id)", NUMBER),
        Column("claims", "(SELECT count(DISTINCT h.claim_id) FROM hops h JOIN m ON m.id = h.claim_id WHERE h.source_id = s.id)", NUMBER, "claims with the source anywhere in the chain"),
        Column("as_origin", "(SELECT count(*) FROM m WHERE m.origin_source_id = s.id)", NUMBER, "claims with the source as origin"),
        Column("as_relay", "(SELECT count(*) FROM hops h JOIN m ON m.id = h.claim_id WHERE h.source_id = s.id AND h.position > 0 AND h.position < m.hops - 1)", NUMBER, "hops where it passed a figure on"),
    ]  # fmt: skip


def figure_columns(store: Store) -> list[Column]:
    """The columns of the ``figures`` export: one row per cluster (needs the resolver)."""
    return [
        Column("cluster", "f.key"),
        Column("category", "f.category"),
        Column("counts", "f.counts"),
        Column("unit", "f.unit"),
        Column("as_of", "f.as_of"),
        Column("low", "f.low", NUMBER),
        Column("best", "f.best", NUMBER),
        Column("high", "f.high", NUMBER),
        Column("independent_origins", "f.independent_origins", NUMBER),
        Column("corroboration", "f.corroboration", NUMBER),
        Column("grade", "f.grade"),
        Column("flags", "(SELECT group_concat(j.value, '; ') FROM json_each(f.flags) j)"),
        Column("claims", "(SELECT count(*) FROM claim_assessments a JOIN m ON m.id = a.claim_id WHERE a.figure_id = f.id)", NUMBER),
        Column("explanation", "f.explanation"),
    ]  # fmt: skip


EXPORTS = ("claims", "hops", "figures", "sources")


def export_query(store: Store, what: str, filters: ClaimFilter, *, raw: bool = False) -> tuple[list[Column], str, list[Any]]:
    """``(columns, sql, params)`` of one export; ``raw`` skips neutralising (benchmark baseline)."""
    where, params = filters.where(store)
    if what == "claims":
        columns = claim_columns(store)
        r = resolver_schema(store)
        sql = (
            f"SELECT\n  {select_list(columns, raw=raw)}\nFROM claims c\n"
            "JOIN documents d ON d.id = c.document_id\n"
            "LEFT JOIN sources o ON o.id = c.origin_source_id\n"
            "LEFT JOIN sources p ON p.id = c.publisher_source_id\n"
            f"{r.joins if r else ''}\nWHERE {where}\nORDER BY c.id"
        )
    elif what == "hops":
        columns = hop_columns(store)
        r = resolver_schema(store)
        sql = (
            f"SELECT\n  {select_list(columns, raw=raw)}\nFROM hops h\n"
            "JOIN claims c ON c.id = h.claim_id\n"
            "JOIN documents d ON d.id = c.document_id\n"
            "JOIN sources s ON s.id = h.source_id\n"
            f"{r.joins if (r and filters.flag) else ''}\nWHERE {where}\nORDER BY h.claim_id, h.position"
        )
    elif what in ("sources", "figures"):
        r = resolver_schema(store)
        if what == "figures" and r is None:
            raise InvalidInput("no figures yet: the figures export needs resolved clusters; run 'provenance resolve' first")
        # ``m``: the claims the filters select (with their hop count), shared by the counts.
        matched = (
            "WITH m AS (SELECT c.id, c.document_id, c.origin_source_id, "
            "(SELECT count(*) FROM hops x WHERE x.claim_id = c.id) AS hops FROM claims c "
            f"JOIN documents d ON d.id = c.document_id {r.joins if (r and filters.flag) else ''} WHERE {where})\n"
        )
        if what == "sources":
            columns = source_columns(store)
            keep = "" if not filters.as_dict() else "WHERE EXISTS (SELECT 1 FROM hops h JOIN m ON m.id = h.claim_id WHERE h.source_id = s.id)\n"
            sql = f"{matched}SELECT\n  {select_list(columns, raw=raw)}\nFROM sources s\n{keep}ORDER BY s.id"
        else:
            columns = figure_columns(store)
            keep = "" if not filters.as_dict() else "WHERE EXISTS (SELECT 1 FROM claim_assessments a JOIN m ON m.id = a.claim_id WHERE a.figure_id = f.id)\n"
            sql = f"{matched}SELECT\n  {select_list(columns, raw=raw)}\nFROM figures f\n{keep}ORDER BY f.id"
    else:
        raise InvalidInput(f"unknown export {what!r}; choose one of: {', '.join(EXPORTS)}")
    return columns, sql, params


def iter_batches(store: Store, sql: str, params: Sequence[Any] = (), size: int = BATCH_ROWS) -> Iterator[list[tuple]]:
    """Yield the rows of ``sql`` in batches of ``size`` from one cursor (never all at once)."""
    cursor = store.conn.execute(sql, params)
    try:
        while True:
            batch = cursor.fetchmany(size)
            if not batch:
                return
            yield batch
    finally:
        cursor.close()


# ---------------------------------------------------------------------------
# content hash
# ---------------------------------------------------------------------------

CONTENT_HASH_METHOD = (
    "sha256 over every table except FTS shadow tables and migration bookkeeping, in name order: "
    "for each table the line 'table <name> <columns joined by ,>\\n', then each row in rowid order "
    "as a compact ASCII JSON array followed by ','; columns named *_at (timestamps) and documents.text "
    "(represented by documents.sha256, its own hash) are left out"
)


def _hashed_tables(store: Store) -> list[tuple[str, list[str]]]:
    db = store.db
    tables = []
    for name in sorted(db.table_names()):
        # FTS5 tables and their shadow tables are derived from claims.sentence.
        if name.startswith(("_", "sqlite_")) or "_fts" in name:
            continue
        columns = [
            c.name for c in db[name].columns
            if not c.name.endswith("_at") and not (name == "documents" and c.name == "text")
        ]  # fmt: skip
        tables.append((name, columns))
    return tables


def content_hash(store: Store) -> str:
    """A hash of what the database says (not of its file bytes, which WAL and VACUUM change).

    Two databases holding the same documents, claims, hops, sources and
    assessments under the same ids have the same hash; see :data:`CONTENT_HASH_METHOD`.
    """
    digest = hashlib.sha256()
    encoder = json.JSONEncoder(ensure_ascii=True, separators=(",", ":"), default=_json_default)
    for name, columns in _hashed_tables(store):
        digest.update(f"table {name} {','.join(columns)}\n".encode())
        select = ", ".join(f"[{c}]" for c in columns)
        for batch in iter_batches(store, f"SELECT {select} FROM [{name}] ORDER BY rowid"):
            # Encode the batch as one JSON array and drop its brackets: the hashed stream is
            # "row,row,...," whatever the batch size.
            text = encoder.encode(batch)
            digest.update(text[1:-1].encode("ascii"))
            digest.update(b",")
    return "sha256:" + digest.hexdigest()


def _json_default(value: Any) -> Any:
    if isinstance(value, bytes):
        return value.hex()
    raise TypeError(f"cannot hash a {type(value).__name__}")


def table_counts(store: Store) -> dict[str, int]:
    """Row counts of the hashed tables (for the manifest)."""
    return {
        name: store.conn.execute(f"SELECT count(*) FROM [{name}]").fetchone()[0]
        for name, _ in _hashed_tables(store)
    }
