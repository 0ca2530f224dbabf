"""The figure lexicons (``provenance/data/figures.json``) and the regex alternation built from them.

The lowest layer of the figure extractor: :mod:`qualifiers`, :mod:`nonfigures`,
:mod:`numbers`, :mod:`counts`, :mod:`hedges` and :mod:`figures` all read their words here.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

DATA_PATH = Path(__file__).resolve().parent.parent / "data" / "figures.json"


@functools.cache
def lexicon() -> dict:
    """The figure lexicons (number words, qualifiers, cue words...), loaded once."""
    return json.loads(DATA_PATH.read_text(encoding="utf-8"))


def alt(words) -> str:
    """A regex alternation of literal phrases, longest first (so the longest match wins)."""
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


_WORDLIKE = re.compile(r"[A-Za-z0-9'’.-]+(?: [A-Za-z0-9'’.-]+)*")


def edge_words(words, *, lower: bool = True, last: bool = False) -> tuple[str, ...] | None:
    """The first (or last) word of each phrase of ``words``, for a gate before a pattern built with
    :func:`alt` (which writes a phrase's spaces as ``\\s+``, so a match opens with the first
    word and ends with the last). Lowercase for a re.I pattern, where a gate compares with the
    lowercase text of :func:`_text.plain_lower`: for ASCII words that is exact, so the gate is
    None (none: always run the pattern) when a word is not plain ASCII.
    """
    if not all(w.isascii() and _WORDLIKE.fullmatch(w) for w in words):
        return None
    parts = [w.split(" ")[-1 if last else 0] for w in words]
    return tuple(sorted({w.lower() for w in parts} if lower else set(parts)))
