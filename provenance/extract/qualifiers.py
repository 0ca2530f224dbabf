"""Qualifier words before a number ("more than", "up to", "about"...): where they are and whether they apply.

Shared by :mod:`numbers` (which qualifier a figure has) and :mod:`nonfigures` (a
qualified four-digit number is a count, not a year).
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from ._text import plain_lower
from .lexicon import alt as _alt
from .lexicon import lexicon

if TYPE_CHECKING:
    from .numbers import Atom


class _Patterns:
    """The qualifier regexes, built once from the lexicon."""

    def __init__(self, lex: dict):
        quals = lex["qualifiers"]
        self.qual_before = re.compile(
            rf"(?:^|(?<=[^\w]))(?P<q>{_alt(quals)})\s+(?:[\"'“‘]\s*)?$", re.I
        )
        # qual_before can match only a window ending in one of these (see qualifier_at_end).
        self.qual_last_words = tuple(sorted({q.split()[-1].lower() for q in quals}))
        # a match holds at most this many whitespace-separated words: the qualifier's and the
        # opening quote (see qualifier_at_end)
        self.qual_max_words = max(len(q.split()) for q in quals) + 1
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
    q = _WS.sub(" ", qm.group("q").lower())
    if q in _PREPOSITION_QUALIFIERS and atom.spelled and not atom.scaled:
        return False
    if q in ("up to", "down to") and patterns().change_verb.search(
        before[max(0, qm.start() - 25) : qm.start()] + " "
    ):
        last = before[: qm.start()].split()
        return not (last and patterns().change_verb.fullmatch(last[-1]))
    return True


def qualifier_at_end(before: str) -> re.Match | None:
    """``patterns().qual_before.search(before)``, skipped where it cannot match: the window,
    less trailing space and one opening quote, must end in a qualifier's last word (lowercase
    test, see _text.plain_lower); the re.I alternation is otherwise tried at every character.
    """
    p = patterns()
    low = before.lower() if before.isascii() else plain_lower(before)
    if low is not None:
        tail = low.rstrip()
        if tail[-1:] in ('"', "'", "“", "‘"):
            tail = tail[:-1].rstrip()
        if not tail.endswith(p.qual_last_words):
            return None
    # A match ends the window and holds at most qual_max_words whitespace-separated words (the
    # pattern's \s+ are whitespace, its words none), the first maybe entered after a non-word
    # character ("(about"): it starts at or after the qual_max_words-th last word, so the search
    # can start there (the look-behind still sees the character before).
    words = before.rsplit(None, p.qual_max_words)
    start = len(words[0]) if len(words) > p.qual_max_words else 0
    return p.qual_before.search(before, start)


_WS = re.compile(r"\s+")
