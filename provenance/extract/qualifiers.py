"""Qualifier words before a number ("more than", "up to", "about"...): where they are and whether they apply.

Shared by :mod:`numbers` (which qualifier a figure has) and :mod:`nonfigures` (a
qualified four-digit number is a count, not a year).
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from ._text import plain_lower
from .lexicon import ci_alt, lexicon

if TYPE_CHECKING:
    from .numbers import Atom


class _Patterns:
    """The qualifier regexes, built once from the lexicon."""

    def __init__(self, lex: dict):
        quals = lex["qualifiers"]
        self.qual_before = re.compile(  # (re.I through ci_alt: faster)
            rf"(?:^|(?<=[^\w]))(?P<q>{ci_alt(quals)})\s+(?:[\"'“‘]\s*)?$"
        )
        # qual_before can match only a window ending in one of these (see qualifier_at_end).
        self.qual_last_words = tuple(sorted({q.split()[-1].lower() for q in quals}))
        # a match holds at most this many whitespace-separated words: the qualifier's and the
        # opening quote (see qualifier_at_end)
        self.qual_max_words = max(len(q.split()) for q in quals) + 1
        # the qualifiers' lowercase words, by last word (see qualifier_at_end)
        self.quals_by_last: dict[str, list[tuple[str, ...]]] = {}
        for words in sorted({tuple(q.lower().split()) for q in quals}):
            self.quals_by_last.setdefault(words[-1], []).append(words)
        self.change_verb = re.compile(
            r"\b(?:rose|risen|rise|rising|increased?|climbed|jumped|grew|grown|fell|fallen|dropped|declined|"
            r"decreased|raised|lowered|revised|up|down|cut|went|gone|moved|doubled|surged|slipped|edged|ticked|crept|inched|"
            r"soared|plunged|rebounded|slid|sank|shrank|expanded|swelled|dipped|tumbled)\b",
            re.I,
        )


@functools.cache
def patterns() -> _Patterns:
    """The compiled qualifier patterns (built once)."""
    return _Patterns(lexicon())


_PREPOSITION_QUALIFIERS = frozenset(
    {"over", "under", "past", "top", "above", "below", "near", "some"}
)


def qualifier_applies(before: str, qm: re.Match, atom: Atom) -> bool:
    """Whether the words before a number are its qualifier.

    "over two phases", "under three": with a small spelled number these words are
    prepositions or determiners; "edged up to 4.2%", "fell to": "up to" after a verb of
    change is the verb's particle, not a bound.
    """
    q = qm.group("q").lower()
    if not q.isalpha():  # (a word of letters holds no space to normalise)
        q = _WS.sub(" ", q)
    if q in _PREPOSITION_QUALIFIERS and atom.spelled and not atom.scaled:
        return False
    if q in ("up to", "down to") and patterns().change_verb.search(
        before[max(0, qm.start() - 25) : qm.start()] + " "
    ):
        last = before[: qm.start()].split()
        return not (last and patterns().change_verb.fullmatch(last[-1]))
    return True


def qualifier_at_end(before: str) -> re.Match | None:
    """``patterns().qual_before.search(before)``: the qualifier that ends ``before``, if any.

    The pattern (a re.I alternation tried at every character) is only tried where a match
    can start. On the lowercase window (see _text.plain_lower), less trailing space and one
    opening quote: when its last word is a plain word, a match ends with a qualifier whose
    last word it is, its words the window's last words (the first maybe entered after a
    non-word character, "(about"), and starts where that qualifier's first word starts; the
    leftmost of these that matches is the search's match. Otherwise the window must end in a
    qualifier's last word, and the search starts at the qual_max_words-th last word.
    """
    p = patterns()
    low = before.lower() if before.isascii() else plain_lower(before)
    if low is None:
        return _search_end(before)
    tail = low.rstrip()
    if tail[-1:] in ('"', "'", "“", "‘"):
        tail = tail[:-1].rstrip()
    words = tail.split()
    if not words:
        return None
    last = words[-1]
    if not last.isalpha():
        if not tail.endswith(p.qual_last_words):
            return None
        return _search_end(before)
    # a plain last word: no qualifier ends inside it (the one before would be a letter)
    quals = p.quals_by_last.get(last)
    if quals is None:
        return None
    starts = []
    n = len(words)
    for qwords in quals:
        k = len(qwords)
        if k > n or not words[n - k].endswith(qwords[0]) or tuple(words[n - k + 1 :]) != qwords[1:]:
            continue
        at = len(tail)
        for word in reversed(words[n - k :]):
            at = tail.rfind(word, 0, at)  # where the word starts (no space inside a word)
        starts.append(at + len(words[n - k]) - len(qwords[0]))
    for start in sorted(starts):
        m = p.qual_before.match(before, start)
        if m:
            return m
    return None


def _search_end(before: str) -> re.Match | None:
    """qual_before.search(before) from the qual_max_words-th last word: a match ends the window and
    holds at most that many whitespace-separated words (the pattern's \\s+ are whitespace, its
    words none), the first maybe entered after a non-word character ("(about"), so it cannot
    start before; the look-behind still sees the character before the start."""
    p = patterns()
    words = before.rsplit(None, p.qual_max_words)
    start = len(words[0]) if len(words) > p.qual_max_words else 0
    return p.qual_before.search(before, start)


_WS = re.compile(r"\s+")
