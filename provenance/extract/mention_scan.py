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

from ._text import contains_any

# re's \w on ASCII text, lowercased: these bytes stay, every other byte becomes a space, so
# that bytes.split() gives the \w+ runs (C all the way, several times faster than findall).
_WORD_BYTES = frozenset(b"abcdefghijklmnopqrstuvwxyz0123456789_")
_RUNS_TABLE = bytes(c if c in _WORD_BYTES else 32 for c in range(256))

# (lowercased sentence, " " + its \w runs separated by spaces + " ", the set of the runs)
View = tuple[bytes, bytes, set[bytes]]


# Where a word opens on ASCII text: a \w character not preceded by \w or "-".
WORD_START = re.compile(r"\w(?<![\w-].)", re.ASCII)


def ascii_words(sentence: str) -> View | None:
    r"""The lowercased sentence and its ``\w+`` runs, for an ASCII sentence; else None.

    On ASCII text ``lower`` is ``casefold`` and case-insensitive matching of ASCII words
    has no special cases (see :func:`._text.plain_lower`), so a rule's trigger words can
    be looked up in the set instead of scanned for. The middle item is the sentence with
    every non-word character turned into a space, between two spaces: offset ``i`` of
    the sentence is offset ``i + 1`` there.
    """
    if not sentence.isascii():
        return None
    low = sentence.encode().lower()
    runs = low.translate(_RUNS_TABLE)
    return low, b" " + runs + b" ", set(runs.split())


def vocabulary(words: Iterable[bytes]) -> dict[bytes, bytes]:
    r"""A rule's trigger words (lowercase ``\w`` runs), each with its form as found in a
    view's runs: between two spaces (see :func:`word_positions`)."""
    return {w: b" " + w + b" " for w in words}


def word_positions(
    view: View, words: Iterable[bytes], vocab: dict[bytes, bytes]
) -> list[tuple[int, bytes]]:
    r"""Sorted ``(start, word)`` of ``words`` (of ``vocab``, see :func:`vocabulary`)
    standing as whole words in the sentence of ``view``: not preceded by a ``\w``
    character or "-", not followed by a ``\w`` character (``(?<![\w-])word(?!\w)``).
    """
    low, runs, _ = view
    out: list[tuple[int, bytes]] = []
    for w in words:
        # In ``runs`` a whole word has a space on each side; its start in the sentence is
        # the offset of the space before it.
        padded = vocab[w]
        step = len(w) + 1
        i = runs.find(padded)
        while i >= 0:
            if i == 0 or low[i - 1] != 45:  # not after "-"
                out.append((i, w))
            i = runs.find(padded, i + step)
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


def next_match_either(
    plain: re.Pattern, prefixed: re.Pattern, prefixes: tuple[str, ...], text: str, common: str
) -> Callable[[int], int]:
    """:func:`next_match` of a pattern ``(?:p1|p2|...)?REST``, which re tries at every
    character: ``plain`` is ``REST`` (class-first, scanned in C) and ``prefixed`` is
    ``(?:p1|p2|...)REST``, tried only from the first of ``prefixes`` in the text.

    A match at ``p`` either has a prefix or not, so the first match is the earlier of the
    two patterns' first matches. An answer holds for every later query up to it.
    ``common`` is a substring of every prefix, looked for first.
    """
    plain_search = plain.search
    prefixed_search = prefixed.search
    with_prefix = common in text and contains_any(text, prefixes)
    last = [0, -2]  # a query from last[0] gave last[1]

    def anchor(pos: int) -> int:
        lo, found = last
        if lo <= pos and (pos <= found or found == -1):
            return found
        m = plain_search(text, pos)
        h = -1 if m is None else m.start()
        if with_prefix:
            firsts = [i for i in (text.find(p, pos) for p in prefixes) if i >= 0]
            if firsts:
                m = prefixed_search(text, min(firsts))
                if m is not None and (h < 0 or m.start() < h):
                    h = m.start()
        last[0], last[1] = pos, h
        return h

    return anchor


# A word can open inside a whitespace-separated token after a character that is neither
# \w nor "-" ("(Police", '"Senior').
_INNER_START = re.compile(r"[^\w-]\w")


def window_start(text: str, h: int, back: int, fits: Callable[[str], object] | None = None) -> int:
    """Where a match can open at the earliest, for a pattern that puts at most ``back``
    optional words, each followed by whitespace, in front of the word at ``h``.

    Without ``fits``: the start of the ``back``-th whitespace-separated word before ``h``
    (or a little before it). With ``fits``, true for every word that can stand among the
    optional ones: only the run of such words in front of the word holding ``h`` counts,
    plus the word before that run when a match can open inside it ("(Police"). Both
    bounds never decrease as ``h`` grows, so the first anchor after a position bounds
    every later match (see :func:`anchored_search`).
    """
    head = text[:h]
    if fits is None:
        parts = head.rsplit(None, back)
        return len(parts[0]) if len(parts) > back else 0
    if head and head[-1].isspace():
        # The usual case first: the word before h can neither stand among the optional
        # words nor hold a match start.
        last = head.rsplit(None, 1)
        if not last:
            return h
        word = last[-1]
        if not fits(word) and (word.isalpha() or not _INNER_START.search(word)):
            return h
    words = head.rsplit(None, back + 1)
    tokens = words[1:] if len(words) > back + 1 else words
    partial = bool(head) and not head[-1].isspace()
    if partial:
        tokens.pop()  # the start of h's own word: no optional word ends inside it
    j = 0
    while j < back and j < len(tokens) and fits(tokens[-1 - j]):
        j += 1
    if j < back and j < len(tokens):
        word = tokens[-1 - j]
        if not word.isalpha() and _INNER_START.search(word):
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
    fits: Callable[[str], object] | None = None,
) -> re.Match | None:
    """``pattern.search(text, pos)``, skipping the text that cannot hold a match.

    Precondition: for every ``m = pattern.match(text, p)``, some anchor ``h >= p`` has
    only optional words in ``text[p:h]``: at most ``back``, each followed by whitespace,
    and each one passing ``fits`` when that is given (see :func:`window_start`). Then no
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
    fits: Callable[[str], object] | None = None,
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


def suffix_min(windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``(lo, h)`` windows, each ``lo`` lowered to the least ``lo`` of the windows after it,
    so that the ``lo`` never decrease (see :func:`windowed_finditer`)."""
    out = []
    low = None
    for lo, h in reversed(windows):
        if low is None or lo < low:
            low = lo
        out.append((low, h))
    out.reverse()
    return out


def windowed_finditer(
    pattern: re.Pattern, starts: re.Pattern | None, text: str, windows: list[tuple[int, int]]
):
    """``pattern.finditer(text)``, trying ``pattern`` only inside ``windows``.

    Preconditions: every match of ``pattern`` opens inside some ``[lo, h]`` of
    ``windows``, whose ``lo`` never decrease along the list (see :func:`suffix_min`; the
    ``h`` may come in any order); ``starts`` matches wherever ``pattern`` can open,
    reading only the character it consumes and the ones before it (None: try every
    position); and ``pattern`` never matches the empty string.

    Each window is scanned from ``max(pos, lo)`` up, ``pos`` being past what was scanned
    or matched before. The leftmost match ``p`` left lies in some window ``j``; every
    window before it has ``lo <= lo_j <= p``, so it either reaches ``p`` (and finds it
    first) or ends before it: matches come out in text order.
    """
    pos = 0
    match = pattern.match
    for lo, h in windows:
        c = lo if lo > pos else pos
        while c <= h:
            if starts is not None:
                s = starts.search(text, c)
                if s is None:
                    return  # no match can open after c
                c = s.start()
                if c > h:
                    break
            m = match(text, c)
            if m is None:
                c += 1
                continue
            yield m
            pos = c = m.end()
        if pos <= h:
            pos = h + 1


class Mention:
    """A reference to a source inside one sentence (offsets into that sentence).

    Equality, hash and repr by the fields, as the frozen attrs class it replaces had; a
    plain ``__init__`` over slots costs a fraction of attrs' frozen one (some 650 are made
    per corpus pass). Treat instances as immutable.
    """

    __slots__ = ("start", "end", "text", "type", "source", "kind", "plural", "members", "guessed")

    def __init__(
        self,
        start: int,
        end: int,
        text: str,
        type: str,  # named | group | person | description | pronoun
        source: str | None = None,  # canonical name when known
        kind: str | None = None,
        plural: bool = False,
        members: tuple[str, ...] = (),
        guessed: bool = False,  # a capitalised subject taken for a company (weaker than a surname)
    ):
        self.start = start
        self.end = end
        self.text = text
        self.type = type
        self.source = source
        self.kind = kind
        self.plural = plural
        self.members = members
        self.guessed = guessed

    def _fields(self) -> tuple:
        return (
            self.start,
            self.end,
            self.text,
            self.type,
            self.source,
            self.kind,
            self.plural,
            self.members,
            self.guessed,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._fields() == other._fields()

    def __ne__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._fields() != other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"Mention({inner})"
