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
