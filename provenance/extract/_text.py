"""Small text helpers shared by the extractor's fast paths."""

from __future__ import annotations

import re

# The only non-ASCII characters that re.IGNORECASE equates with ASCII letters (see the re
# docs): "İ" and "ı" with i, "ſ" with s, the Kelvin sign with k. "İ" is also the only
# character whose lowercase is longer than itself.
_CASE_SPECIALS = re.compile("[\u0130\u0131\u017f\u212a]")


def plain_lower(text: str) -> str | None:
    """``text.lower()`` when it can stand in for ``re.IGNORECASE`` matching of ASCII words.

    Without the four special characters, a case-insensitive pattern of ASCII words matches
    ``text`` exactly where the lowercase words occur in ``text.lower()``, so a substring
    test (``"according to" in low``) answers "can the pattern match?" cheaply. Returns None
    when the text has one of them: callers then run the pattern itself.
    """
    if _CASE_SPECIALS.search(text):
        return None
    return text.lower()
