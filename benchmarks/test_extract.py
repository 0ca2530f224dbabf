"""Extraction throughput over the development corpus vs a plain ``re.findall(r"\\w+")`` tokenisation.

Run: ``.venv/bin/pytest benchmarks/test_extract.py --benchmark-only -s``.
Targets (issue 3): at least 1 MB of article text per second on one core, and extraction
no slower than 25x the tokenisation of the same text.

How it is measured: the machine is shared, so wall-clock times swing with other people's
load. Each figure below is the best (minimum) of several rounds of *CPU time of this
process* (``time.process_time``), which is what "one core" means and what other processes
disturb least; extraction and tokenisation rounds are interleaved so both see the same
conditions, and the ratio is taken between the two best rounds. pytest-benchmark's own
table (wall clock) is printed too.

When the machine is busy even CPU times swing by 30%; compare instruction counts instead
(one corpus pass after a warm-up, measured by callgrind, ~20 s):
``valgrind --tool=callgrind --instr-atstart=no .venv/bin/python benchmarks/test_extract.py``
(``... test_extract.py tokenise`` for the tokenisation pass; it prints "Collected : N").
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))  # run as a script: measure this checkout, not an installed copy

from provenance.extract import extract  # noqa: E402
from provenance.models import Document  # noqa: E402

TARGET_MB_S = 1.0
TARGET_RATIO = 25.0
ROUNDS = 10
TOKENISE_REPEAT = 20  # tokenising the corpus once is too quick to time on its own


def _documents(paths: list[Path]) -> list[Document]:
    """Articles (``.txt`` + ``.meta.json``) as documents, the first line as the title."""
    docs = []
    for txt in paths:
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


DOCS = _documents(
    sorted((ROOT / "tests" / "data" / "corpus").glob("*.txt"))
    + [ROOT / "seeds" / "000_c92ad4b35272286d.txt"]
)
TEXT_BYTES = sum(len(d.text.encode("utf-8")) for d in DOCS)
WORDS = sum(len(re.findall(r"\w+", d.text)) for d in DOCS)


def _extract_all() -> int:
    return sum(len(extract(d)) for d in DOCS)


def _tokenise_all() -> int:
    return sum(len(re.findall(r"\w+", d.text)) for d in DOCS)


def _cpu_seconds(fn, repeat: int = 1) -> float:
    start = time.process_time()
    for _ in range(repeat):
        fn()
    return (time.process_time() - start) / repeat


def _measure() -> tuple[float, float]:
    """Best CPU seconds per corpus pass for (extraction, tokenisation), interleaved rounds."""
    extract(DOCS[0])  # load the gazetteer and compile the lexicon patterns once
    ext, tok = [], []
    for _ in range(ROUNDS):
        tok.append(_cpu_seconds(_tokenise_all, TOKENISE_REPEAT))
        ext.append(_cpu_seconds(_extract_all))
    return min(ext), min(tok)


def _line(name: str, seconds: float) -> str:
    return (
        f"{name:9s} {TEXT_BYTES / seconds / 1e6:8.3f} MB/s  {WORDS / seconds:12,.0f} words/s"
        f"  ({seconds * 1e3:8.3f} ms per corpus pass)"
    )


def test_extract_throughput_and_ratio(benchmark):
    claims = benchmark.pedantic(_extract_all, rounds=5, iterations=1, warmup_rounds=1)
    assert claims > 0
    ext, tok = _measure()
    ratio = ext / tok
    mb_s = TEXT_BYTES / ext / 1e6
    benchmark.extra_info.update(
        bytes=TEXT_BYTES,
        words=WORDS,
        extract_mb_per_second=mb_s,
        extract_words_per_second=WORDS / ext,
        tokenise_words_per_second=WORDS / tok,
        extract_to_tokenise_ratio=ratio,
    )
    print(
        f"\ncorpus: {len(DOCS)} articles, {TEXT_BYTES:,} bytes, {WORDS:,} words"
        f" (best of {ROUNDS} rounds, CPU time)\n"
        f"{_line('extract', ext)}\n{_line('tokenise', tok)}\n"
        f"ratio     {ratio:8.1f}x slower than tokenisation (target <= {TARGET_RATIO:.0f}x);"
        f" {mb_s:.3f} MB/s (target >= {TARGET_MB_S:.0f} MB/s)"
    )
    assert mb_s >= TARGET_MB_S, f"extraction at {mb_s:.3f} MB/s, below {TARGET_MB_S} MB/s"
    assert ratio <= TARGET_RATIO, (
        f"extraction {ratio:.1f}x slower than tokenisation (target <= {TARGET_RATIO:.0f}x)"
    )


def test_extract_large_document(benchmark):
    """One long article (the corpus concatenated) to show throughput does not collapse with length."""
    body = "\n\n".join(d.text for d in DOCS)
    doc = Document.from_text(body, title=DOCS[0].title, publisher="Bench", published="2025-01-01")
    benchmark.pedantic(extract, args=(doc,), rounds=3, iterations=1, warmup_rounds=1)
    seconds = min(_cpu_seconds(lambda: extract(doc)) for _ in range(3))
    per_pass = _measure()[0]
    print(
        f"\nlong document: {len(body.encode()) / seconds / 1e6:.3f} MB/s"
        f" (articles one by one: {TEXT_BYTES / per_pass / 1e6:.3f} MB/s)"
    )
    # Extraction is per sentence plus per-document passes: one long text must not be
    # much slower per byte than the same text as separate articles.
    assert seconds <= 3 * per_pass, "throughput collapses on one long document"


def test_extract_unseen_text_is_not_slower(benchmark):
    """Text the process has not seen before runs at the speed of text it has.

    The throughput test repeats one corpus; anything cached by what a text contains (compiled
    patterns per word set, answers per name) would make those repeats look faster than a
    stream of new articles. Here the second corpus is extracted once, cold, after the first
    corpus has warmed the process up, and then again; the first pass must not be much slower.
    """
    _extract_all()
    docs = _documents(sorted((ROOT / "tests" / "data" / "corpus2").glob("*.txt")))
    size = sum(len(d.text.encode("utf-8")) for d in docs)
    first = _cpu_seconds(lambda: [extract(d) for d in docs])
    later = min(_cpu_seconds(lambda: [extract(d) for d in docs]) for _ in range(ROUNDS))
    benchmark.pedantic(lambda: [extract(d) for d in docs], rounds=3, iterations=1)
    print(
        f"\nunseen corpus ({len(docs)} articles, {size:,} bytes): first pass"
        f" {size / first / 1e6:.3f} MB/s, best later pass {size / later / 1e6:.3f} MB/s"
    )
    assert first <= 1.5 * later, "text not seen before is much slower: a cache keyed by content?"


if __name__ == "__main__":
    # Instruction counts under callgrind (see the module docstring): collection is switched
    # on only around one pass, after imports and a warm-up pass.
    import os
    import shutil
    import subprocess

    run = _tokenise_all if sys.argv[1:] == ["tokenise"] else _extract_all
    _extract_all()
    if shutil.which("callgrind_control") is None:
        sys.exit("needs valgrind's callgrind_control (run under valgrind --tool=callgrind)")
    control = ["callgrind_control", "-i"]
    subprocess.run([*control, "on", str(os.getpid())], capture_output=True, check=False)
    run()
    subprocess.run([*control, "off", str(os.getpid())], capture_output=True, check=False)
