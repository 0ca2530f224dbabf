"""Scanning helpers for :mod:`.sources`: one look at a sentence's words, shared by its rules.

Several mention rules are regular expressions that open with a look-behind or an
optional run of modifier words, so ``re`` tries them at every character of a sentence.
Each of them, though, can only match near a word it needs (a group's head, a title's
name, a description's head noun). The helpers here find those words once, by set and
substring operations in C, and try a pattern only in the few words in front of them.
Every shortcut returns exactly what the plain ``finditer``/``search`` would
(tests/test_perf_sources.py compares them).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable

# re's \w on ASCII text, lowercased: these bytes stay, every other byte becomes a space, so
# that bytes.split() gives the \w+ runs (C all the way, several times faster than findall).
_WORD_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyz0123456789_")
_RUNS_TABLE = bytes(c if c in _WORD_BYTES else 32 for c in range(256))
# A word counts where it is not preceded by \w or "-" (the look-behind (?<![\w-]) of the
# mention patterns) and not followed by \w.
_WORD_OR_HYPHEN = _WORD_BYTES | {ord("-")}

View = tuple[bytes, set[bytes]]


# Where a word opens on ASCII text: a \w character not preceded by \w or "-".
WORD_START = re.compile(r"\w(?<![\w-].)", re.ASCII)


def ascii_words(sentence: str) -> View | None:
    r"""``(lowercased sentence as bytes, its \w+ runs)`` for an ASCII sentence, else None.

    On ASCII text ``lower`` is ``casefold`` and case-insensitive matching of ASCII words
    has no special cases (see :func:`._text.plain_lower`), so a rule's trigger words can
    be looked up in the set instead of scanned for. Offsets in the bytes are offsets in
    the sentence.
    """
    if not sentence.isascii():
        return None
    low = sentence.encode().lower()
    return low, set(low.translate(_RUNS_TABLE).split())


def word_positions(low: bytes, words: Iterable[bytes]) -> list[tuple[int, bytes]]:
    r"""Sorted ``(start, word)`` of ``words`` where each stands as a whole word in ``low``.

    ``low`` is lowercased ASCII text and each word a run of ``\w`` characters; a position
    counts when the word is not preceded by a ``\w`` character or "-" and not followed by
    a ``\w`` character (``(?<![\w-])word(?!\w)``).
    """
    out: list[tuple[int, bytes]] = []
    n = len(low)
    for w in words:
        size = len(w)
        i = low.find(w)
        while i >= 0:
            j = i + size
            if (i == 0 or low[i - 1] not in _WORD_OR_HYPHEN) and (
                j == n or low[j] not in _WORD_BYTES
            ):
                out.append((i, w))
            # Characters of this occurrence are all \w, so a whole-word occurrence cannot
            # begin inside it.
            i = low.find(w, j)
    out.sort()
    return out


def next_in(found: list[tuple[int, bytes]]) -> Callable[[int], int]:
    """``anchor(pos)``: the first start of ``found`` (from :func:`word_positions`) at or
    after ``pos``, or -1."""
    positions = [i for i, _ in found]

    def anchor(pos: int) -> int:
        i = bisect_left(positions, pos)
        return positions[i] if i < len(positions) else -1

    return anchor


def next_match(pattern: re.Pattern, text: str) -> Callable[[int], int]:
    """``anchor(pos)``: where ``pattern`` first matches in ``text`` at or after ``pos``, or -1."""
    search = pattern.search

    def anchor(pos: int) -> int:
        m = search(text, pos)
        return -1 if m is None else m.start()

    return anchor


# A word can open inside a whitespace-separated token after a character that is neither
# \w nor "-" ("(Police", '"Senior').
_INNER_START = re.compile(r"[^\w-]\w")


def window_start(text: str, h: int, back: int, fits: re.Pattern | None = None) -> int:
    """Where a match can open at the earliest, for a pattern that puts at most ``back``
    optional words, each followed by whitespace, in front of the word at ``h``.

    Without ``fits``: the start of the ``back``-th whitespace-separated word before ``h``
    (or a little before it). With ``fits``, a pattern that fully matches every word that
    can stand among the optional ones: only the run of such words in front of the word
    holding ``h`` counts, plus the word before that run when a match can open inside it
    ("(Police"). Both bounds never decrease as ``h`` grows, so the first anchor after a
    position bounds every later match (see :func:`anchored_search`).
    """
    head = text[:h]
    if fits is None:
        parts = head.rsplit(None, back)
        return len(parts[0]) if len(parts) > back else 0
    words = head.rsplit(None, back + 1)
    tokens = words[1:] if len(words) > back + 1 else words
    partial = bool(head) and not head[-1].isspace()
    if partial:
        tokens.pop()  # the start of h's own word: no optional word ends inside it
    fullmatch = fits.fullmatch
    j = 0
    while j < back and j < len(tokens) and fullmatch(tokens[-1 - j]):
        j += 1
    if j < back and j < len(tokens) and _INNER_START.search(tokens[-1 - j]):
        j += 1
    count = j + partial
    if count == 0:
        return h
    parts = head.rsplit(None, count)
    return len(parts[0]) if len(parts) > count else 0


def anchored_search(
    pattern: re.Pattern,
    text: str,
    pos: int,
    anchor: Callable[[int], int],
    back: int,
    starts: re.Pattern | None = None,
    fits: re.Pattern | None = None,
) -> re.Match | None:
    """``pattern.search(text, pos)``, skipping the text that cannot hold a match.

    Precondition: for every ``m = pattern.match(text, p)``, some anchor ``h >= p`` has
    only optional words in ``text[p:h]``: at most ``back``, each followed by whitespace,
    and each one matching ``fits`` when that is given (see :func:`window_start`). Then no
    match opens before the window of the first anchor at or after ``pos``, and the search
    starts there.

    With ``starts`` (a pattern that matches wherever ``pattern`` can, reading only the
    character it consumes and the ones before), only its matches up to the anchor are
    tried, and the search moves on to the next anchor instead of scanning the text in
    between: for patterns whose anchors are often false (a head noun without its
    determiner).
    """
    while True:
        h = anchor(pos)
        if h < 0:
            return None
        c = window_start(text, h, back, fits)
        if c < pos:
            c = pos
        if starts is None:
            return pattern.search(text, c)
        while True:
            s = starts.search(text, c)
            if s is None:
                return None  # no match can open after c
            c = s.start()
            if c > h:
                break
            m = pattern.match(text, c)
            if m is not None:
                return m
            c += 1
        pos = c


def anchored_finditer(
    pattern: re.Pattern,
    text: str,
    anchor: Callable[[int], int],
    back: int,
    starts: re.Pattern | None = None,
    fits: re.Pattern | None = None,
):
    """``pattern.finditer(text)`` through :func:`anchored_search` (same preconditions;
    ``pattern`` never matches the empty string)."""
    pos = 0
    while True:
        m = anchored_search(pattern, text, pos, anchor, back, starts, fits)
        if m is None:
            return
        yield m
        pos = m.end()
