"""Extraction throughput over the development corpus vs a plain ``re.findall(r"\\w+")`` tokenisation.

Run: ``.venv/bin/pytest benchmarks/test_extract.py --benchmark-only -s``.
Targets: at least 1 MB of article text per second on one core, and extraction
no slower than 25x the tokenisation of the same text.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest

from provenance.extract import extract
from provenance.models import Document

ROOT = Path(__file__).resolve().parent.parent


def _documents() -> list[Document]:
    docs = []
    for txt in sorted((ROOT / "tests" / "data" / "corpus").glob("*.txt")) + [
        ROOT / "seeds" / "000_c92ad4b35272286d.txt"
    ]:
        meta = json.loads(txt.with_suffix(".meta.json").read_text(encoding="utf-8"))
        text = txt.read_text(encoding="utf-8")
        docs.append(
            Document.from_text(
                text,
                title=text.split("\n", 1)[0],
                publisher=meta.get("publisher"),
                published=meta.get("published"),
            )
        )
    return docs


DOCS = _documents()
TEXT_BYTES = sum(len(d.text.encode("utf-8")) for d in DOCS)
WORDS = sum(len(re.findall(r"\w+", d.text)) for d in DOCS)
_results: dict[str, float] = {}


def _extract_all():
    return sum(len(extract(d)) for d in DOCS)


def _tokenise_all():
    return sum(len(re.findall(r"\w+", d.text)) for d in DOCS)


def test_extract_throughput(benchmark):
    extract(DOCS[0])  # warm the gazetteer and lexicons once
    claims = benchmark.pedantic(_extract_all, rounds=20, iterations=1)
    assert claims > 0
    seconds = benchmark.stats.stats.mean
    _results["extract"] = seconds
    benchmark.extra_info.update(
        words_per_second=WORDS / seconds,
        mb_per_second=TEXT_BYTES / seconds / 1e6,
        bytes=TEXT_BYTES,
        words=WORDS,
    )
    print(
        f"\nextract: {WORDS / seconds:,.0f} words/s, {TEXT_BYTES / seconds / 1e6:.2f} MB/s over {TEXT_BYTES:,} bytes"
    )
    assert TEXT_BYTES / seconds >= 1e6, "below 1 MB/s"


def test_tokenise_baseline_and_ratio(benchmark):
    benchmark.pedantic(_tokenise_all, rounds=50, iterations=5)
    seconds = benchmark.stats.stats.mean
    if "extract" not in _results:
        start = time.perf_counter()
        _extract_all()
        _results["extract"] = time.perf_counter() - start
    ratio = _results["extract"] / seconds
    benchmark.extra_info.update(words_per_second=WORDS / seconds, extract_to_tokenise_ratio=ratio)
    print(
        f"\ntokenise: {WORDS / seconds:,.0f} words/s; extraction is {ratio:.1f}x slower than tokenisation"
    )
    assert ratio <= 25, f"extraction {ratio:.1f}x slower than tokenisation (target <= 25x)"


@pytest.mark.parametrize("size", [1])
def test_extract_large_document(benchmark, size):
    """One long article (the corpus concatenated) to show throughput does not collapse with length."""
    body = "\n\n".join(d.text for d in DOCS)
    doc = Document.from_text(body, title=DOCS[0].title, publisher="Bench", published="2025-01-01")
    benchmark.pedantic(extract, args=(doc,), rounds=5, iterations=1)
    seconds = benchmark.stats.stats.mean
    print(f"\nlong document: {len(body.encode()) / seconds / 1e6:.2f} MB/s")
