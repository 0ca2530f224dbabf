"""Small articles built around a test's sentences, and their chains (shared by rule tests)."""

from __future__ import annotations

from provenance.extract import extract
from provenance.models import Document

PUBLISHER = "The Test Post"


def claim_chains(
    body: str, *, title: str = "A headline without figures"
) -> list[tuple[str, list[str]]]:
    """(figure text, [source of each hop, publisher last]) for every claim of an article made
    of ``title`` and ``body`` (publisher "The Test Post", published 2024-05-22)."""
    doc = Document.from_text(
        f"{title}\n\n{body}", title=title, publisher=PUBLISHER, published="2024-05-22"
    )
    return [(c.figure.text, [h.source for h in c.chain]) for c in extract(doc)]
