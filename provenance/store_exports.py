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
from typing import Any

from attrs import frozen

from .errors import InvalidInput
from .lookups import ClaimFilter
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
    # unicode() reads the first code point without building a substring: = + - @ TAB CR '
    test = "unicode({v}) IN (61, 43, 45, 64, 9, 13, 39)"
    if expr.lstrip().startswith("(SELECT"):
        # Test a subquery's value once instead of running the subquery again for each mention.
        case = f"CASE WHEN {test.format(v='v')} THEN '''' || v ELSE v END"
        return f"(SELECT {case} FROM (SELECT {expr} AS v))"
    return f"CASE WHEN {test.format(v=expr)} THEN '''' || {expr} ELSE {expr} END"


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
# filters: the options of ``provenance claims``, with the same meaning
# ---------------------------------------------------------------------------


def claim_filter_sql(store: Store, filters: ClaimFilter) -> tuple[str, list[Any]]:
    """``(condition, params)`` over ``claims c`` joined to ``documents d`` (``1`` when unfiltered).

    The conditions are the lookups' own (:class:`~provenance.lookups.ClaimFilter`), so an
    export selects exactly the claims ``provenance claims`` lists with the same options;
    the full-text query becomes a subquery (exports keep primary-key order, not rank).
    """
    where, params = filters.conditions(store)
    fts = filters.fts()
    if fts is not None:
        where.append("c.id IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)")
        params.append(fts)
    return (" AND ".join(where) or "1"), params


# ---------------------------------------------------------------------------
# the exports
# ---------------------------------------------------------------------------


def _joined(column: str) -> str:
    """A JSON array column as ``a; b; c`` (NULL stays NULL)."""
    return f"(SELECT group_concat(j.value, '; ') FROM json_each({column}) j)"


# The resolver's tables (migration m002) are LEFT JOINed: before ``resolve`` has run,
# the score columns are simply empty.
_ASSESSMENT_JOINS = (
    "LEFT JOIN claim_assessments ca ON ca.claim_id = c.id\n"
    "LEFT JOIN figures f ON f.id = ca.figure_id"
)

CLAIM_COLUMNS = (
    Column("claim_id", "c.id", NUMBER, "integer id of the claim in this database"),
    Column("claim_key", "c.key", TEXT, "stable key: first 12 hex digits of the document hash + claim number"),
    Column("document_id", "d.sha256", TEXT, "content address of the document text (sha256:...)"),
    Column("url", "d.url"),
    Column("publisher", "coalesce(d.publisher, p.name)", TEXT, "the outlet (the last hop of the chain)"),
    Column("published", "d.published", TEXT, "ISO date of publication"),
    Column("headline", "c.headline", NUMBER, "1 for a headline or sub-heading claim, else 0"),
    Column("sentence", "c.sentence", TEXT, "the sentence the figure is in"),
    Column("figure", "c.figure_text", TEXT, "the figure exactly as written"),
    Column("value", "c.value", NUMBER, "the number (empty for ranges and vague figures)"),
    Column("low", "c.low", NUMBER, "lower bound"),
    Column("high", "c.high", NUMBER, "upper bound"),
    Column("qualifier", "c.qualifier", TEXT, "exact, approximately, at_least, more_than, ..."),
    Column("category", "c.category", TEXT, "killed, injured, casualties, deployed, ..."),
    Column("counts", "c.counts", TEXT, "what the figure counts"),
    Column("unit", "c.unit", TEXT, "empty for counts of people; percent, USD, ..."),
    Column("as_of", "c.as_of", TEXT, "ISO date the figure refers to, when the text gives one"),
    Column("hedges", _joined("c.hedges"), TEXT, "hedge words as written, '; '-separated"),
    Column("chain", "c.chain_text", TEXT, "the attribution chain, origin first, publisher last, ' → '-separated"),
    Column("origin", "o.name", TEXT, "canonical name of the first hop"),
    Column("origin_kind", "o.kind", TEXT, "kind of the origin (intelligence_agency, outlet, ...)"),
    Column("origin_unstated", "c.origin_unstated", NUMBER, "1 when the text names no origin (the first hop is only the nearest source)"),
    Column("relays", "c.relays", NUMBER, "hops strictly between the origin and the publisher"),
    Column("directness", "ca.directness", NUMBER, "0-1, how close the publisher is to the origin"),
    Column("cluster", "f.key", TEXT, "the figure (cluster of claims about one quantity) the claim belongs to"),
    Column("corroboration", "f.corroboration", NUMBER, "0-1, the figure's independent corroboration"),
    Column("independent_origins", "f.independent_origins", NUMBER, "origins that agree with the figure's estimate, echoes counted once"),
    Column("grade", "f.grade", TEXT, "Admiralty-style grade of the figure (A1 ... F6)"),
    Column("flags", _joined("ca.flags"), TEXT, "the claim's own flags, '; '-separated"),
    Column("figure_flags", _joined("f.flags"), TEXT, "the figure's flags, '; '-separated"),
    Column("explanation", "f.explanation", TEXT, "plain-English reasons for the figure's scores"),
    Column("notes", _joined("ca.notes"), TEXT, "the resolver's notes on this claim"),
    Column("sentence_start", "c.sentence_start", NUMBER, "character offsets of the sentence in the document text"),
    Column("sentence_end", "c.sentence_end", NUMBER),
    Column("figure_start", "c.figure_start", NUMBER, "character offsets of the figure in the document text"),
    Column("figure_end", "c.figure_end", NUMBER),
)  # fmt: skip

HOP_COLUMNS = (
    Column("claim_id", "h.claim_id", NUMBER),
    Column("claim_key", "c.key"),
    Column("document_id", "d.sha256"),
    Column("position", "h.position", NUMBER, "0 = the origin; the last hop is the publisher"),
    Column("source", "s.name", TEXT, "canonical name"),
    Column("kind", "h.kind"),
    Column("cue", "h.cue", TEXT, "the attribution words"),
    Column("mention", "h.mention", TEXT, "how the text names the source"),
    Column("members", _joined("h.members"), TEXT, "named people of a group hop, '; '-separated"),
    Column("start", "h.start", NUMBER, "character offsets of the mention in the document text"),
    Column("end", "h.end", NUMBER),
)  # fmt: skip

# ``m`` (see export_query) holds the filtered claims with their hop counts.
SOURCE_COLUMNS = (
    Column("source_id", "s.id", NUMBER),
    Column("name", "s.name"),
    Column("kind", "s.kind"),
    Column("reliability", "s.reliability", TEXT, "A-F, when set by a user"),
    Column("aliases", "(SELECT group_concat(alias, '; ') FROM (SELECT alias FROM source_aliases WHERE source_id = s.id ORDER BY alias))", TEXT, "'; '-separated"),
    Column("documents", "(SELECT count(DISTINCT m.document_id) FROM hops h JOIN m ON m.id = h.claim_id WHERE h.source_id = s.id)", NUMBER, "documents in which it appears in a chain"),
    Column("claims", "(SELECT count(DISTINCT h.claim_id) FROM hops h JOIN m ON m.id = h.claim_id WHERE h.source_id = s.id)", NUMBER, "claims with the source anywhere in the chain"),
    Column("as_origin", "(SELECT count(*) FROM m WHERE m.origin_source_id = s.id)", NUMBER, "claims with the source as origin"),
    Column("as_relay", "(SELECT count(*) FROM hops h JOIN m ON m.id = h.claim_id WHERE h.source_id = s.id AND h.position > 0 AND h.position <= m.relays)", NUMBER, "hops where it passed a figure on"),
    Column("as_publisher", "(SELECT count(*) FROM m WHERE m.publisher_source_id = s.id)", NUMBER, "claims it published"),
)  # fmt: skip

FIGURE_COLUMNS = (
    Column("cluster", "f.key"),
    Column("label", "f.label"),
    Column("category", "f.category"),
    Column("counts", "f.counts"),
    Column("unit", "f.unit"),
    Column("as_of", "f.as_of"),
    Column("low", "f.low", NUMBER, "estimate: low"),
    Column("best", "f.best", NUMBER, "estimate: best"),
    Column("high", "f.high", NUMBER, "estimate: high"),
    Column("independent_origins", "f.independent_origins", NUMBER),
    Column("corroboration", "f.corroboration", NUMBER),
    Column("grade", "f.grade"),
    Column("flags", _joined("f.flags")),
    Column("origins", "(SELECT group_concat(label, '; ') FROM (SELECT label FROM origin_groups WHERE figure_id = f.id ORDER BY id))", TEXT, "origin groups, '; '-separated"),
    Column("claims", "(SELECT count(*) FROM claim_assessments a JOIN m ON m.id = a.claim_id WHERE a.figure_id = f.id)", NUMBER, "claims (of those exported) in the figure"),
    Column("documents", "f.documents", NUMBER),
    Column("explanation", "f.explanation"),
)  # fmt: skip

EXPORTS = ("claims", "hops", "figures", "sources")
COLUMNS = {
    "claims": CLAIM_COLUMNS,
    "hops": HOP_COLUMNS,
    "figures": FIGURE_COLUMNS,
    "sources": SOURCE_COLUMNS,
}


def export_query(
    store: Store, what: str, filters: ClaimFilter, *, raw: bool = False
) -> tuple[Sequence[Column], str, list[Any]]:
    """``(columns, sql, params)`` of one export; ``raw`` skips neutralising (the benchmark's baseline)."""
    if what not in COLUMNS:
        raise InvalidInput(f"unknown export {what!r}; choose one of: {', '.join(EXPORTS)}")
    columns = COLUMNS[what]
    where, params = claim_filter_sql(store, filters)
    select = select_list(columns, raw=raw)
    if what == "claims":
        sql = (
            f"SELECT\n  {select}\nFROM claims c\n"
            "JOIN documents d ON d.id = c.document_id\n"
            "LEFT JOIN sources o ON o.id = c.origin_source_id\n"
            "LEFT JOIN sources p ON p.id = c.publisher_source_id\n"
            f"{_ASSESSMENT_JOINS}\nWHERE {where}\nORDER BY c.id"
        )
    elif what == "hops":
        sql = (
            f"SELECT\n  {select}\nFROM hops h\n"
            "JOIN claims c ON c.id = h.claim_id\n"
            "JOIN documents d ON d.id = c.document_id\n"
            "JOIN sources s ON s.id = h.source_id\n"
            f"WHERE {where}\nORDER BY h.claim_id, h.position"
        )
    else:
        # ``m``: the claims the filters select, shared by the per-source / per-figure counts.
        matched = (
            "WITH m AS (SELECT c.id, c.document_id, c.origin_source_id, c.publisher_source_id, c.relays"
            f" FROM claims c JOIN documents d ON d.id = c.document_id WHERE {where})\n"
        )
        filtered = bool(filters.as_dict())
        if what == "sources":
            keep = (
                "WHERE s.id IN (SELECT h.source_id FROM hops h JOIN m ON m.id = h.claim_id)\n"
                if filtered
                else ""
            )
            sql = f"{matched}SELECT\n  {select}\nFROM sources s\n{keep}ORDER BY s.id"
        else:
            keep = (
                "WHERE f.id IN (SELECT a.figure_id FROM claim_assessments a JOIN m ON m.id = a.claim_id)\n"
                if filtered
                else ""
            )
            sql = f"{matched}SELECT\n  {select}\nFROM figures f\n{keep}ORDER BY f.id"
    return columns, sql, params


def iter_batches(
    store: Store, sql: str, params: Sequence[Any] = (), size: int = BATCH_ROWS
) -> Iterator[list[tuple]]:
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
