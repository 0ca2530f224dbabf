"""Stores for the lookup tests: the seed and corpus articles with their gold claims.

The gold files leave spans null; the lookups show spans, so :func:`with_spans`
locates each sentence, figure and mention in the stored text (the way the
extractor reports them) before the claims go in through ``Store.add_document``.
Expected values in the tests are read from the same gold files at test time.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from provenance.convert import claim_from_json
from provenance.models import Document
from provenance.read import read_documents

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CORPUS = ROOT / "tests" / "data" / "corpus"


def gold(document: Document) -> dict:
    """The parsed gold file beside the article a document was read from."""
    path = Path(document.path)
    return json.loads(path.with_name(path.stem + ".gold.json").read_text(encoding="utf-8"))


def _find(text: str, needle: str | None, start: int = 0) -> list[int] | None:
    if not needle:
        return None
    at = text.find(needle, start)
    if at < 0:
        at = text.find(needle)
    return None if at < 0 else [at, at + len(needle)]


def with_spans(document: Document, claim: dict) -> dict:
    """A gold claim (JSON) with its sentence, figure and hop spans located in the document text."""
    claim = json.loads(json.dumps(claim))
    text = document.text
    sentence = _find(text, claim["sentence"])
    claim["span"] = sentence
    if sentence:
        figure = _find(claim["sentence"], claim["figure"].get("text"))
        if figure:
            claim["figure"]["span"] = [sentence[0] + figure[0], sentence[0] + figure[1]]
        for hop in claim["chain"]:
            hop["span"] = _find(text, hop.get("mention"), sentence[0])
    return claim


def documents(folders=(SEEDS, CORPUS)) -> list[Document]:
    """Every article under ``folders``, read by the real reader."""
    found = []
    for where, item in read_documents(list(folders)):
        assert isinstance(item, Document), f"{where}: {item}"
        found.append(item)
    return found


def fill(store, folders=(SEEDS, CORPUS)) -> list[Document]:
    """Add the articles and their gold claims (with spans) to ``store``; return the documents."""
    docs = documents(folders)
    for document in docs:
        claims = [claim_from_json(with_spans(document, c)) for c in gold(document)["claims"]]
        store.add_document(document, claims)
    return docs


def build(path: Path, folders=(SEEDS, CORPUS)) -> Path:
    """A database file at ``path`` holding the articles and their gold claims."""
    from provenance.store import Store

    with Store.open(path) as store:
        fill(store, folders)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def seed_document() -> Document:
    """The seed article as stored."""
    (document,) = documents([SEEDS])
    return document


def gold_claims_by_key() -> dict[str, tuple[Document, dict]]:
    """Every gold claim (with spans) by the key the store gives it, with its document."""
    from provenance.store import claim_key

    return {
        claim_key(document.id, claim["id"]): (document, with_spans(document, claim))
        for document in documents()
        for claim in gold(document)["claims"]
    }


def claim_date(document: Document, claim: dict) -> str | None:
    """The date the lookups filter on: the figure's as_of, else the article's publication date."""
    return (claim.get("as_of") or document.published or None) and (
        claim.get("as_of") or document.published
    )[:10]


@pytest.fixture(scope="session")
def lookup_db(tmp_path_factory) -> Path:
    """A database file with the seed and corpus gold claims, built once per test session."""
    return build(tmp_path_factory.mktemp("lookups") / "lookups.db")


@pytest.fixture
def writable_db(lookup_db, tmp_path) -> Path:
    """A private copy of :func:`lookup_db` that a test may change."""
    copy = tmp_path / "copy.db"
    shutil.copyfile(lookup_db, copy)
    return copy
