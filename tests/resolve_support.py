"""Helpers for the resolver tests: constructed reports, and gold or extracted claims as reports."""

from __future__ import annotations

import json
from pathlib import Path

from provenance.convert import claim_from_json
from provenance.read import read_documents
from provenance.resolve import Report

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CORPUS = ROOT / "tests" / "data" / "corpus"


def report(
    key: str,
    value: float | None,
    *,
    qualifier: str = "exact",
    category: str = "killed",
    counts: str = "North Korean soldiers",
    origin: str = "National Intelligence Service",
    kind: str = "intelligence_agency",
    document: str | None = None,
    publisher: str = "Outlet",
    published: str | None = "2025-04-30",
    as_of: str | None = None,
    headline: bool = False,
    hedges: tuple = (),
    relays: int = 0,
    unstated: bool = False,
    low: float | None = None,
    high: float | None = None,
    text: str | None = None,
    sentence: str = "",
    unit: str | None = None,
    briefing: bool = False,
    chain: tuple | None = None,
) -> Report:
    """A constructed report with sensible defaults (one per claim)."""
    if qualifier in ("more_than", "at_least") and low is None:
        low = value
    if qualifier in ("at_most", "less_than") and high is None:
        high = value
    return Report(
        key=key, document=document or f"doc-{key}", publisher=publisher, published=published,
        headline=headline, position=0, sentence=sentence, text=text or str(value), value=value, low=low,
        high=high, qualifier=qualifier, category=category, counts=counts, unit=unit, hedges=tuple(hedges),
        as_of=as_of, origin=origin, origin_kind=kind, origin_unstated=unstated, relays=relays,
        briefing=briefing, chain=chain or ((origin,) + ("relay",) * relays + (publisher,)),
    )  # fmt: skip


def documents(folders):
    """Documents read by the real reader from ``folders`` (path order)."""
    found = []
    for where, document in read_documents(folders):
        assert not isinstance(document, Exception), f"{where}: {document}"
        found.append(document)
    return found


def gold_claims(document):
    """The gold claims of a document read from its ``.gold.json`` beside the text."""
    path = Path(document.path)
    data = json.loads(path.with_name(path.stem + ".gold.json").read_text(encoding="utf-8"))
    return [claim_from_json(c) for c in data["claims"]]
