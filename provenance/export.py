"""Audit exports: streaming CSV with a verifiable manifest, and W3C PROV.

An audit export is evidence: someone opens it in a spreadsheet months later and
must be able to trace every number back to the words it came from, and prove
the file was not edited since. So the CSV is

- exact: RFC 4180 quoting (``csv`` module, ``\\r\\n`` line ends), UTF-8, stable
  row order, and byte-identical for the same database (no timestamps inside,
  floats in Python's shortest round-trip form, whole numbers without ``.0``);
- safe: text cells that a spreadsheet would run as a formula (first character
  ``=``, ``+``, ``-``, ``@``, tab or carriage return) get one leading ``'``; a
  text cell that already starts with ``'`` gets one too, so stripping one leading
  ``'`` from any text cell that has one restores the stored value exactly.
  Numeric columns are never prefixed (a negative number stays a number);
- verifiable: ``FILE.manifest.json`` beside it records the sha256 of its bytes
  and a content hash of the database (:func:`verify_export` checks both).

Rows stream from one cursor in batches (``fetchmany``) through a small text
buffer, so memory stays flat however large the store. The PROV document is
built in memory by the ``prov`` package (imported lazily: it is an optional
extra and slow to import).
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import hashlib
import io
import itertools
import json
import os
import re
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from attrs import frozen

from . import __version__
from .errors import CannotWrite, InvalidInput, ManifestMismatch, ProvenanceError
from .store import Store
from .store_exports import (
    BATCH_ROWS,
    CONTENT_HASH_METHOD,
    EXPORTS,
    ClaimFilter,
    claim_filter_sql,
    content_hash,
    export_query,
    iter_batches,
    table_counts,
)

__all__ = [
    "EXPORTS",
    "PROV_FORMATS",
    "ClaimFilter",
    "CsvResult",
    "ExportResult",
    "content_hash",
    "export_csv",
    "export_prov",
    "manifest_path",
    "prov_document",
    "verify_export",
    "write_csv",
]

STDOUT = "-"
BOM = "\ufeff".encode()
MANIFEST_SUFFIX = ".manifest.json"
PROV_FORMATS = ("json", "provn")
#: Namespaces of the PROV export (URNs: the project has no web domain to mint URLs under).
PROV_NAMESPACES = {
    "pv": "urn:provenance:ns#",
    "doc": "urn:provenance:document:",
    "src": "urn:provenance:source:",
    "claim": "urn:provenance:claim:",
}
#: A relay cue that says the hop quoted the previous one ("quoted", "quoting", "quotes").
QUOTATION_CUE = re.compile(r"\bquot", re.IGNORECASE)


@frozen
class CsvResult:
    """What :func:`write_csv` wrote: the columns, data rows, byte count and sha256 of the bytes."""

    columns: tuple[str, ...]
    rows: int
    bytes: int
    sha256: str


@frozen
class ExportResult:
    """A finished export: where it went, what it holds and its manifest (None for stdout)."""

    path: Path | None
    manifest: Path | None
    csv: CsvResult


# ---------------------------------------------------------------------------
# CSV
# ---------------------------------------------------------------------------


def write_csv(
    store: Store,
    out: BinaryIO,
    *,
    what: str = "claims",
    filters: ClaimFilter | None = None,
    excel: bool = False,
    batch_rows: int = BATCH_ROWS,
) -> CsvResult:
    """Stream one export (``claims``, ``hops``, ``figures`` or ``sources``) as CSV bytes to ``out``.

    Rows are fetched ``batch_rows`` at a time, formatted into a small text
    buffer, encoded, hashed and written; nothing holds more than one batch.
    """
    columns, sql, params = export_query(store, what, filters or ClaimFilter())
    digest = hashlib.sha256()
    buffer = io.StringIO()
    # RFC 4180: CRLF line ends, fields with a comma, quote or line break quoted, quotes doubled.
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    size = rows = 0

    def flush(prefix: bytes = b"") -> None:
        nonlocal size
        data = prefix + buffer.getvalue().encode("utf-8")
        buffer.seek(0)
        buffer.truncate()
        digest.update(data)
        out.write(data)
        size += len(data)

    batches = iter_batches(store, sql, params, batch_rows)
    try:
        # Run the query before writing anything, so a bad search leaves no header behind.
        first = next(batches, [])
    except sqlite3.OperationalError as exc:
        # The one user-supplied piece of SQL is the full-text query.
        raise InvalidInput(
            f"cannot run the export query: {exc} (check the search QUERY syntax)"
        ) from None
    writer.writerow([c.name for c in columns])
    flush(BOM if excel else b"")
    for batch in itertools.chain([first], batches):
        writer.writerows(batch)
        rows += len(batch)
        flush()
    return CsvResult(
        columns=tuple(c.name for c in columns), rows=rows, bytes=size, sha256=digest.hexdigest()
    )


def manifest_path(path: str | Path) -> Path:
    """Where the manifest of an exported file lives: ``FILE.manifest.json`` beside it."""
    path = Path(path)
    return path.with_name(path.name + MANIFEST_SUFFIX)


def export_csv(
    store: Store,
    out: str | Path,
    *,
    what: str = "claims",
    filters: ClaimFilter | None = None,
    excel: bool = False,
    stdout: BinaryIO | None = None,
    clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
) -> ExportResult:
    """Export CSV to the file ``out`` (with its manifest) or to ``stdout`` when ``out`` is ``-``.

    The file is written under a temporary name and renamed when complete, so a
    failed export never leaves a half-written file that looks finished.
    """
    filters = filters or ClaimFilter()
    if what not in EXPORTS:
        raise InvalidInput(f"unknown export {what!r}; choose one of: {', '.join(EXPORTS)}")
    if str(out) == STDOUT:
        if stdout is None:
            raise InvalidInput("no standard output to write to")
        result = write_csv(store, stdout, what=what, filters=filters, excel=excel)
        stdout.flush()
        return ExportResult(path=None, manifest=None, csv=result)
    path = Path(out)
    with _snapshot(store):
        # One read transaction: the rows and the content hash see the same database state,
        # even while another process ingests.
        result = _atomic_write(
            path, lambda f: write_csv(store, f, what=what, filters=filters, excel=excel)
        )
        database = {
            "path": _database_path(store),
            "content_hash": content_hash(store),
            "content_hash_method": CONTENT_HASH_METHOD,
            "rows": table_counts(store),
        }
    manifest = {
        "manifest_version": 1,
        "tool": "provenance",
        "version": __version__,
        "file": path.name,
        "sha256": result.sha256,
        "bytes": result.bytes,
        "format": "csv",
        "export": what,
        "excel": excel,
        "columns": list(result.columns),
        "rows": result.rows,
        "filters": filters.as_dict(),
        "database": database,
        "exported_at": clock().isoformat(timespec="seconds"),
    }
    text = json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"
    target = manifest_path(path)
    _atomic_write(target, lambda f: f.write(text.encode("utf-8")))
    return ExportResult(path=path, manifest=target, csv=result)


@contextlib.contextmanager
def _snapshot(store: Store) -> Iterator[None]:
    """A read transaction (WAL snapshot) around several queries, unless one is already open."""
    if store.conn.in_transaction:
        yield
        return
    store.conn.execute("BEGIN")
    try:
        yield
    finally:
        store.conn.rollback()  # nothing was written: ending the read transaction is enough


def _atomic_write(path: Path, write: Callable[[BinaryIO], Any]) -> Any:
    if path.is_dir():
        raise CannotWrite(f"{path}: is a folder; give a file name for --out")
    partial = path.with_name(f".{path.name}.partial-{os.getpid()}")
    try:
        handle = open(partial, "wb")
    except OSError as exc:
        raise CannotWrite(f"{path}: cannot write here ({exc.strerror or exc})") from None
    try:
        with handle:
            result = write(handle)
        os.replace(partial, path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise CannotWrite(f"{path}: cannot write ({exc.strerror or exc})") from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return result


def _database_path(store: Store) -> str | None:
    row = store.conn.execute("PRAGMA database_list").fetchone()
    return row[2] or None if row else None


# ---------------------------------------------------------------------------
# verification
# ---------------------------------------------------------------------------


def file_sha256(path: str | Path, chunk: int = 1 << 20) -> str:
    """The sha256 hex digest of a file's bytes, read in chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while data := handle.read(chunk):
            digest.update(data)
    return digest.hexdigest()


def read_manifest(path: str | Path) -> dict[str, Any]:
    """The manifest of an exported file; :class:`InvalidInput` when missing or unreadable."""
    target = manifest_path(path)
    if not target.exists():
        raise InvalidInput(f"{path}: no manifest beside it ({target.name} is missing)")
    try:
        manifest = json.loads(target.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InvalidInput(f"{target}: not a readable manifest ({exc})") from None
    if not isinstance(manifest, dict) or not isinstance(manifest.get("sha256"), str):
        raise InvalidInput(f"{target}: not a provenance export manifest (no sha256)")
    return manifest


def verify_export(path: str | Path, store: Store | None = None) -> dict[str, Any]:
    """Check an exported file against its manifest (and, given ``store``, the database's content).

    Returns the manifest when everything matches; raises :class:`ManifestMismatch`
    naming the first difference otherwise.
    """
    path = Path(path)
    if not path.is_file():
        raise InvalidInput(f"{path}: no such file")
    manifest = read_manifest(path)
    actual = file_sha256(path)
    if actual != manifest["sha256"]:
        raise ManifestMismatch(
            f"{path}: sha256 {actual[:16]}... does not match the manifest's "
            f"{manifest['sha256'][:16]}...; the file was changed after export"
        )
    if store is not None:
        expected = (manifest.get("database") or {}).get("content_hash")
        current = content_hash(store)
        if expected != current:
            raise ManifestMismatch(
                f"{path}: the database's content hash {current[:23]}... differs from the manifest's "
                f"{str(expected)[:23]}...; the database changed since the export"
            )
    return manifest


# ---------------------------------------------------------------------------
# W3C PROV
# ---------------------------------------------------------------------------

_PROV_CLAIMS_SQL = """
SELECT c.id, c.key, d.sha256, c.sentence, c.figure_text, c.value, c.low, c.high, c.qualifier,
       c.category, c.counts, c.unit, c.headline, c.origin_unstated, c.as_of
FROM claims c JOIN documents d ON d.id = c.document_id
WHERE {where}
ORDER BY c.id
"""
_PROV_HOPS_SQL = """
SELECT h.claim_id, h.position, h.source_id, h.kind, h.cue, h.mention
FROM hops h JOIN claims c ON c.id = h.claim_id JOIN documents d ON d.id = c.document_id
WHERE {where}
ORDER BY h.claim_id, h.position
"""
_PROV_DOCUMENTS_SQL = """
SELECT d.sha256, d.title, d.url, d.published, coalesce(d.publisher, '') AS publisher,
       (SELECT c2.publisher_source_id FROM claims c2 WHERE c2.document_id = d.id ORDER BY c2.id LIMIT 1)
FROM documents d
WHERE d.id IN (SELECT c.document_id FROM claims c JOIN documents d ON d.id = c.document_id WHERE {where})
ORDER BY d.id
"""
_PROV_SOURCES_SQL = """
SELECT s.id, s.name, s.kind FROM sources s
WHERE s.id IN (SELECT h.source_id FROM hops h JOIN claims c ON c.id = h.claim_id
               JOIN documents d ON d.id = c.document_id WHERE {where})
ORDER BY s.id
"""


def _import_prov():
    try:
        from prov import model
    except ImportError:  # pragma: no cover - exercised only without the extra
        raise ProvenanceError(
            "the PROV export needs the 'prov' package: pip install 'provenance[export]'"
        ) from None
    return model


def prov_document(store: Store, filters: ClaimFilter | None = None):
    """The stored chains as a ``prov.model.ProvDocument``.

    Mapping: each document is an entity (``doc:<sha256 hex>``) attributed to its
    publisher; each source is an agent (``src:<id>``); each claim is an entity
    (``claim:<key>``, the figure as published) and each earlier hop an entity
    ``claim:<key>.h<position>`` (the figure as that source gave it) attributed to
    the hop's source. Every hop is derived from the one before it:
    ``wasQuotedFrom`` when its cue says it quoted ("quoted", "quoting"), else
    ``wasDerivedFrom``. The published claim ``hadPrimarySource`` its origin hop,
    unless the text names no origin (``origin_unstated``).
    """
    model = _import_prov()
    filters = filters or ClaimFilter()
    where, params = claim_filter_sql(store, filters)
    document = model.ProvDocument()
    for prefix, uri in PROV_NAMESPACES.items():
        document.add_namespace(prefix, uri)

    def attrs(pairs: dict[str, Any]) -> list[tuple[str, Any]]:
        # prov has no null: absent values are left out.
        return [(k, v) for k, v in pairs.items() if v is not None and v != ""]

    for batch in iter_batches(store, _PROV_SOURCES_SQL.format(where=where), params):
        for source_id, name, kind in batch:
            document.agent(f"src:{source_id}", attrs({"prov:label": name, "pv:kind": kind}))
    for batch in iter_batches(store, _PROV_DOCUMENTS_SQL.format(where=where), params):
        for sha, title, url, published, publisher, publisher_id in batch:
            ident = f"doc:{sha.removeprefix('sha256:')}"
            document.entity(ident, attrs({
                "prov:type": document.valid_qualified_name("pv:NewsArticle"), "prov:label": title, "pv:url": url,
                "pv:published": published, "pv:publisher": publisher, "pv:sha256": sha,
            }))  # fmt: skip
            if publisher_id is not None:
                document.wasAttributedTo(ident, f"src:{publisher_id}")
    keys: dict[int, tuple[str, bool]] = {}
    for batch in iter_batches(store, _PROV_CLAIMS_SQL.format(where=where), params):
        for (cid, key, sha, sentence, figure, value, low, high, qualifier, category, counts, unit,
             headline, origin_unstated, as_of) in batch:  # fmt: skip
            keys[cid] = (key, bool(origin_unstated))
            document.entity(f"claim:{key}", attrs({
                "prov:type": document.valid_qualified_name("pv:Claim"), "prov:label": figure, "pv:sentence": sentence,
                "pv:value": value, "pv:low": low, "pv:high": high, "pv:qualifier": qualifier,
                "pv:category": category, "pv:counts": counts, "pv:unit": unit,
                "pv:headline": bool(headline), "pv:asOf": as_of,
                "pv:document": document.valid_qualified_name(f"doc:{sha.removeprefix('sha256:')}"),
            }))  # fmt: skip
    chain: list[tuple] = []
    for batch in iter_batches(store, _PROV_HOPS_SQL.format(where=where), params):
        for hop in batch:
            if chain and chain[-1][0] != hop[0]:
                _add_chain(document, keys, chain)
                chain = []
            chain.append(hop)
    if chain:
        _add_chain(document, keys, chain)
    return document


def _add_chain(document, keys: dict[int, tuple[str, bool]], hops: list[tuple]) -> None:
    """Entities, attributions and derivations for one claim's chain (origin first)."""
    key, origin_unstated = keys[hops[0][0]]
    last = len(hops) - 1
    previous = None
    for _claim_id, position, source_id, kind, cue, mention in hops:
        ident = f"claim:{key}" if position == last else f"claim:{key}.h{position}"
        if position != last:
            details = {
                "prov:type": document.valid_qualified_name("pv:Hop"),
                "pv:position": position,
                "pv:kind": kind,
                "pv:cue": cue,
                "pv:mention": mention,
            }
            document.entity(ident, [(k, v) for k, v in details.items() if v is not None])
        document.wasAttributedTo(ident, f"src:{source_id}")
        if previous is not None:
            relation = (
                document.wasQuotedFrom
                if cue and QUOTATION_CUE.search(cue)
                else document.wasDerivedFrom
            )
            relation(ident, previous, other_attributes=[("pv:cue", cue)] if cue else None)
        previous = ident
    if last > 0 and not origin_unstated:
        document.hadPrimarySource(f"claim:{key}", f"claim:{key}.h0")


def export_prov(
    store: Store,
    out: str | Path,
    *,
    fmt: str = "json",
    filters: ClaimFilter | None = None,
    stdout: BinaryIO | None = None,
) -> Path | None:
    """Write the PROV document as PROV-JSON (``json``) or PROV-N (``provn``) to ``out`` or stdout (``-``)."""
    if fmt not in PROV_FORMATS:
        raise InvalidInput(f"unknown PROV format {fmt!r}; choose one of: {', '.join(PROV_FORMATS)}")
    document = prov_document(store, filters)
    if fmt == "json":
        text = document.serialize(format="json", indent=2, sort_keys=True) + "\n"
    else:
        text = document.get_provn() + "\n"
    data = text.encode("utf-8")
    if str(out) == STDOUT:
        if stdout is None:
            raise InvalidInput("no standard output to write to")
        stdout.write(data)
        stdout.flush()
        return None
    path = Path(out)
    _atomic_write(path, lambda f: f.write(data))
    return path
