"""Stores built from the gold annotations, for the browsing tests (Datasette, browser, benchmarks).

The gold claims stand in for the extractor so that what the browser shows can be
checked against the annotation files read at test time, whatever the extractor's
current recall is. Documents come from the real reader, claims go in through
``Store.add_document`` and the real resolver scores them.
"""

from __future__ import annotations

import json
from pathlib import Path

from provenance.convert import claim_from_json
from provenance.models import Document

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CORPUS = ROOT / "tests" / "data" / "corpus"


def gold_file(document: Document) -> Path:
    """The ``NAME.gold.json`` beside the article a document was read from."""
    path = Path(document.path)
    return path.with_name(path.stem + ".gold.json")


def gold_claims(document: Document) -> list:
    """The gold claims of a document, as models (an extractor stand-in for ``ingest``)."""
    data = json.loads(gold_file(document).read_text(encoding="utf-8"))
    return [
        claim_from_json(claim, where=f"{gold_file(document)}:{claim['id']}")
        for claim in data["claims"]
    ]


def build(path: Path, folders: list[Path]) -> Path:
    """Ingest every article under ``folders`` into a new database at ``path`` with gold claims, then resolve."""
    from provenance.read import read_documents
    from provenance.resolve import resolve_all
    from provenance.store import Store

    with Store.open(path) as store:
        for where, document in read_documents(folders):
            assert isinstance(document, Document), f"{where}: {document}"
            store.add_document(document, gold_claims(document))
        resolve_all(store)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def gold_documents(folders: list[Path]) -> list[dict]:
    """The gold files under ``folders`` as parsed JSON, in path order."""
    files = sorted(p for folder in folders for p in folder.glob("*.gold.json"))
    return [json.loads(p.read_text(encoding="utf-8")) for p in files]
