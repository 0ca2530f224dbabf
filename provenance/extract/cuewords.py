"""Word-level pre-checks for the attribution cue patterns (used by :mod:`.attribution`).

The cue patterns ("the ministry said", "according to", ...) open with a look-behind, so
``re`` tries them at every character of a sentence, and a class-first scan of their opening
words still stops at almost every letter. Instead the sentence is cut once into its ASCII
words, in C (``encode`` + ``translate`` + ``split``): a pattern is not tried at all when the
words every match needs are absent, and otherwise only where one of its opening words
starts.

Why this finds every match: each word of a cue the checks rely on is a whole word in any
match (a look-behind ``(?<![\\w-])``, ``\\s``, ``\\b`` or ``(?![\\w-])`` on each side), and
the cut splits at every character that is not an ASCII letter, digit or ``_`` (a non-ASCII
character becomes ``?``, then a separator, so offsets stay those of the sentence). Cutting
at more characters than ``\\w`` does can only add candidate starts, never lose one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_SEPARATORS = bytes(
    c if c < 128 and (chr(c).isalnum() or chr(c) == "_") else 32 for c in range(256)
)


def sentence_words(sentence: str) -> tuple[bytes, set[bytes]]:
    """``(padded, words)``: the sentence as ``b" w1 w2 ... "`` (a space for every
    separator, one byte per character, padded with a space at each end) and its words."""
    cut = sentence.encode("ascii", "replace").translate(_SEPARATORS)
    return b" " + cut + b" ", set(cut.split())


def needles(words: Iterable[str]) -> dict[bytes, bytes]:
    """Each word (as bytes) with the needle that finds it as a whole word in ``padded``."""
    return {w.encode(): b" " + w.encode() + b" " for w in words}


def word_starts(padded: bytes, present: Iterable[bytes], table: dict[bytes, bytes]) -> list[int]:
    """Sorted sentence offsets where one of the words ``present`` starts as a whole word."""
    out: list[int] = []
    find = padded.find
    for w in present:
        needle = table[w]
        at = find(needle)
        while at >= 0:
            out.append(at)  # the padding space sits at the word's sentence offset
            at = find(needle, at + 1)
    out.sort()
    return out


def matches_at(pattern: re.Pattern, sentence: str, starts: list[int]) -> Iterator[re.Match]:
    """``pattern.finditer(sentence)`` when every match starts at one of ``starts`` (sorted).

    ``pattern`` must not match the empty string. ``match`` at an offset still sees the
    characters before it, so look-behinds behave as in ``finditer``.
    """
    pos = 0
    match = pattern.match
    for at in starts:
        if at < pos:
            continue
        m = match(sentence, at)
        if m is not None:
            yield m
            pos = m.end()
