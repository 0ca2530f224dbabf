"""The main job: read articles, extract their claims, store them, rescore what they touch.

One transaction per document, idempotent by content hash; a bad file is reported
and skipped while the rest of the batch goes in.

The rescore runs after the documents are committed, in its own transaction, on
purpose: the assessment tables are derived data that ``provenance resolve``
rebuilds from the claims at any time, while the documents and claims are the
work. Were the rescore part of the document transaction, a resolver failure
would make every article un-ingestable; as it is, a failure leaves the previous
assessments intact (the write is all or nothing) and raises :class:`RescoreFailed`
telling the user to run ``provenance resolve``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO

from attrs import Factory, define

from .errors import ProvenanceError
from .extract import extract
from .models import Document
from .read import read_documents
from .store import Store


class RescoreFailed(ProvenanceError):
    """The documents were stored but rescoring their figures failed; ``provenance resolve`` repairs it."""

    def __init__(self, report: IngestReport, cause: BaseException):
        super().__init__(
            f"{report.summary()}; but rescoring their figures failed ({type(cause).__name__}: {cause}): "
            "the documents are stored, run `provenance resolve` to rescore"
        )
        self.report = report


@define
class IngestReport:
    """What one ``ingest`` run did: counts, the errors by file, and the claims it added."""

    added: int = 0
    present: int = 0
    failed: int = 0
    claims: int = 0
    errors: list[tuple[str, str]] = Factory(list)
    claim_ids: list[int] = Factory(list)

    def summary(self) -> str:
        """The one-line summary printed after a run."""
        return (
            f"{self.added} document(s) added, {self.present} already present, "
            f"{self.failed} failed; {self.claims} claim(s) added"
        )


def ingest(
    store: Store,
    paths: Iterable[str | Path],
    *,
    stdin: BinaryIO | None = None,
    extractor: Callable[[Document], list] = extract,
    on_document: Callable[[str, str], None] | None = None,
    rescore: bool = True,
) -> IngestReport:
    """Ingest every article named by ``paths`` (files, directories, ``-`` for stdin) into ``store``.

    ``on_document(where, outcome)`` is called after each input with outcome
    ``added``, ``present`` or ``failed: <reason>`` (for progress display).
    """
    report = IngestReport()
    for where, item in read_documents(paths, stdin=stdin):
        outcome = _ingest_one(store, where, item, extractor, report)
        if on_document is not None:
            on_document(where, outcome)
    if rescore and report.claim_ids:
        from .resolve import resolve_incremental

        try:
            resolve_incremental(store, report.claim_ids)
        except Exception as exc:  # any resolver failure: the stored documents must not look lost
            raise RescoreFailed(report, exc) from exc
    return report


def _ingest_one(store, where, item, extractor, report: IngestReport) -> str:
    if isinstance(item, ProvenanceError):
        report.failed += 1
        report.errors.append((where, str(item)))
        return f"failed: {item}"
    if store.document_row(item.id) is not None:
        report.present += 1
        return "present"
    try:
        claims = extractor(item)
    except Exception as exc:  # the extractor must never take the batch down with it
        message = f"{where}: extraction failed ({type(exc).__name__}: {exc})"
        report.failed += 1
        report.errors.append((where, message))
        return f"failed: {message}"
    result = store.add_document(item, claims)
    if not result.added:
        report.present += 1
        return "present"
    report.added += 1
    report.claims += result.claims
    report.claim_ids.extend(result.claim_ids)
    return "added"
