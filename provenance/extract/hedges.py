"""Hedges of a figure: the epistemic words of its clause as written ("believed", "an estimated", "reportedly").

:func:`sentence_hedges` finds the hedge words of a sentence once; :func:`figure_hedges`
then gives each figure the ones that bear on it (see docs/extraction.md, "Hedges").
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from ._text import ci_words, plain_lower
from .lexicon import alt as _alt
from .lexicon import edge_words, lexicon
from .numbers import NumberPhrase


class _Lex:
    """Lexicon-derived hedge regexes (built once)."""

    def __init__(self, lex: dict):
        hedges = lex["hedges"]
        self.hedge_first = frozenset(
            w.split()[0].lower() for w in hedges["words"] + hedges["reported"]
        )
        # the first words to look for in the lower-case text: those with no other as a prefix
        # (the positions of "believe" hold those of "believed")
        self.hedge_find = tuple(
            sorted(
                w
                for w in self.hedge_first
                if not any(v != w and w.startswith(v) for v in self.hedge_first)
            )
        )
        # the same with a trailing full stop, to test the words as written (a word ends with
        # at most one full stop, and no hedge word starts with a digit)
        assert all(w[:1].isalpha() and not w.endswith(".") for w in self.hedge_first)
        self.hedge_first_dotted = self.hedge_first | {w + "." for w in self.hedge_first}
        # \b(?:alternation)\b with re.I, in the literal-first form of ci_words (faster)
        self.hedge_re = re.compile(rf"{ci_words(hedges['words'] + hedges['reported'])}\b")
        self.sentence_hedge_re = re.compile(rf"{ci_words(hedges['sentence_wide'])}\b")
        # for a pre-check on the lower-case text: every match holds one of these
        self.sentence_wide = tuple(w.lower() for w in hedges["sentence_wide"])
        self.an_estimated_words = ("estimated", "reportedly", "allegedly", "believed")
        self.contrast_re = re.compile(rf"\b(?:{_alt(lex['contrast_markers'])})\s+$", re.I)
        self.contrast_last = edge_words(lex["contrast_markers"], last=True)
        # ", the Polish Bank Association (ZBP) estimated."
        self.end_estimate_re = re.compile(
            r",\s+(?:[A-Za-z'’.()-]+\s+){1,8}?(?P<h>estimated|believes|believed|believe)\b[^,;]{0,30}[.!?\"”]*\s*$"
        )
        # ", the agency estimates." / ", the agency estimates, making ..."; ", according to a
        # flash estimate from the statistics office." (pre-check: "estimate" in the text)
        self.end_estimates_re = re.compile(
            r",\s+(?:(?!(?:of|in|from|on|at|for|with|by|a|an|to)\s)[A-Za-z'’.()-]+\s+){1,8}?"
            r"(?P<h>estimates|estimate)\b"
            r"(?:[^,;]{0,30}[.!?\"”]*\s*$|,\s+[a-z]+ing\b)"
            r"|,\s+according\s+to\s+(?:an?|the|its|their|[A-Z][\w'’]*(?:'s|’s))\s+(?:[a-z-]+\s+){0,2}"
            r"(?P<h2>estimates?)\b[^;]{0,80}$"
        )
        self.an_estimated_re = re.compile(
            r"\b(?:an?\s+)?(?P<h>estimated|reportedly|allegedly|believed)\s+$", re.I
        )


@functools.cache
def _lex() -> _Lex:
    return _Lex(lexicon())


class SentenceHedges(NamedTuple):
    """The hedge words of one sentence, found once for all its figures."""

    hits: list[re.Match]  # hedge words in use
    sentence_wide: list[str]  # "preliminary", "provisional": cover every figure
    end_estimate: re.Match | None  # a trailing ", the ministry estimated."
    attached: dict[int, NumberPhrase]  # "an estimated 15,000": hedge offset -> its figure


def sentence_hedges(
    text: str, low_words, phrases: list[NumberPhrase], low: str | None
) -> SentenceHedges:
    """The hedge words of ``text`` (``low_words``: its words in lower case, for a cheap pre-check;
    ``low``: :func:`plain_lower` of ``text``)."""
    lx = _lex()
    if not lx.hedge_first_dotted.isdisjoint(low_words):
        hits = [m for m in _hedge_matches(text, low, low_words) if _is_hedge_use(text, m)]
    else:
        hits = []
    if low is not None and not any(map(low.__contains__, lx.sentence_wide)):
        wide = []  # the pattern needs one of these words; skip its scan
    else:
        wide = [m.group(0) for m in lx.sentence_hedge_re.finditer(text)]
    # the trailing ", the ministry estimated." pattern needs one of its (lowercase) verbs
    end_estimate = (
        lx.end_estimate_re.search(text) if "estimated" in text or "believe" in text else None
    )
    if end_estimate is None and "estimate" in text:
        end_estimate = lx.end_estimates_re.search(text)
    attached = _attached_hedges(text, phrases) if hits else {}
    return SentenceHedges(hits, wide, end_estimate, attached)


_DOT_LETTER = re.compile(r"\.[a-z]")


def _hedge_matches(text: str, low: str | None, low_words=None) -> list[re.Match]:
    """``hedge_re.finditer(text)``, trying the pattern only where a hedge phrase's first word
    occurs in ``low`` (:func:`plain_lower` of ``text``, None to scan the whole text).

    Every match opens with the first word of one of the phrases, in lower case in ``low``;
    trying the positions in order and skipping those inside a match gives finditer's matches.
    ``low_words`` (the words of :class:`counts.Words`, lower case) narrow the words to look for:
    a match opens at a letter after a non-word character, which is the start of a word
    unless a hyphen, an apostrophe or a full stop joins it to the letters before; without
    those, its first word is a whole word of the sentence (with at most a full stop after it).
    """
    lx = _lex()
    if low is None:
        return list(lx.hedge_re.finditer(text))
    if low_words is None or "-" in low or "'" in low or "’" in low or _DOT_LETTER.search(low):
        words = lx.hedge_find  # a match may open inside a word ("self-reported")
    else:
        # every match opens a word, so its first word is one of the sentence's words
        words = {w.rstrip(".") for w in lx.hedge_first_dotted.intersection(low_words)}
    at = []
    for word in filter(low.__contains__, words):  # (in C: most are absent)
        i = low.find(word)
        while i >= 0:
            at.append(i)
            i = low.find(word, i + 1)
    at.sort()
    out = []
    end = 0
    match = lx.hedge_re.match
    for i in at:
        if i < end:
            continue
        m = match(text, i)
        if m:
            out.append(m)
            end = m.end()
    return out


def figure_hedges(
    text: str, ph: NumberPhrase, phrases: list[NumberPhrase], found: SentenceHedges, clause
) -> tuple[str, ...]:
    """The hedges of one figure: those of its clause (:func:`_hedges`), then the sentence-wide ones."""
    if not found.hits and found.end_estimate is None and not found.sentence_wide:
        return ()  # most sentences: no hedge word at all
    out = _hedges(text, ph, phrases, found.hits, clause, found.end_estimate, found.attached)
    out += [h for h in found.sentence_wide if h not in out]
    return tuple(out)


# Compiled once: these run for every hedge word (re's own cache lookup per call is not free).
_QUOTED_BEFORE = re.compile(r"[\"“‘']\s*(?:\w+\s+)?$")
_QUOTED_AFTER = re.compile(r"(?:\s+\w+)?\s*[\"”’']")
_HIGHLY_BEFORE = re.compile(r"\bhighly\s+$", re.I)
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|being|be)\s+(?:\w+ly\s+)?$", re.I)
_REPORTED_AFTER = re.compile(
    r"\s+(?:to\s+(?:have|be)|killed|dead|wounded|injured|missing|captured|abducted)\b", re.I
)
_NOT_AFTER = re.compile(r"\s+not\b")
_ESTIMATE_NOUN_AFTER = re.compile(
    r"\s*(?:[,.;:)!?]|$|(?:of|from|by|for|have|has|had|were|was|are|is|put|suggest|suggests|show|shows|range|vary)\b)",
    re.I,
)
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|been|being|be)\s+$", re.I)


def _is_hedge_use(text: str, m: re.Match) -> bool:
    """A hedge word in use (not quoted as a term, not an active reporting verb)."""
    word = m.group(0).lower()
    start, end = m.span()
    before = text[max(0, start - 20) : start]
    after = text[end : end + 20]
    if (
        ('"' in before or "“" in before or "‘" in before or "'" in before)  # cheap pre-check
        and _QUOTED_BEFORE.search(before)
        and _QUOTED_AFTER.match(after)
    ):
        return False  # '"highly likely" denotes ...': the word is mentioned, not used
    if word == "likely" and _HIGHLY_BEFORE.search(before):
        return False  # part of "highly likely", matched on its own
    if word == "reported":
        # "are reported to", "reported killed": a hedge; "it first reported", "state media reported": a reporting verb
        return bool(_PASSIVE_BEFORE.search(before) or _REPORTED_AFTER.match(after))
    if word == "could" and _NOT_AFTER.match(after):
        return False
    if word in ("estimate", "estimates") and _ESTIMATE_NOUN_AFTER.match(after):
        return False  # the noun: "its spring estimate.", "rising estimates from Kyiv"
    return True


def _after_use(text: str, m: re.Match) -> bool:
    """After a figure, "estimate(s)/estimated" hedges it only in a verb chain ("are estimated to");
    "believed"/"thought" only in a passive ("are believed to", "believed dead"): in "one in five
    wrongly believed antibiotics work" the people counted are the ones believing."""
    word = m.group(0).lower()
    if word in ("believed", "thought"):
        return bool(
            _BE_BEFORE.search(text[max(0, m.start() - 10) : m.start()])
            or _PASSIVE_AFTER.match(text, m.end())
        )
    if word not in ("estimate", "estimates", "estimated"):
        return True
    return bool(_BE_BEFORE.search(text[max(0, m.start() - 10) : m.start()]))


_PASSIVE_AFTER = re.compile(
    r"\s+(?:to\b|dead\b|killed\b|drowned\b|missing\b|lost\b|trapped\b|buried\b|held\b|among\b|in\b)",
    re.I,
)


# Where a figure's trailing hedge scope ends: ",|;|\b(?:if|unless|...|but)\b" (re.I)
_HEDGE_STOP = re.compile(
    r",|;|"
    + ci_words(
        ["if", "unless", "because", "whether", "when", "so that", "although", "though", "but"],
        space=" ",
    )
    + r"\b"
)
# its words alone: the comma and semicolon are found by str.find (see _stop_at)
_HEDGE_STOP_WORDS = re.compile(
    ci_words(
        ["if", "unless", "because", "whether", "when", "so that", "although", "though", "but"],
        space=" ",
    )
    + r"\b"
)


def _stop_at(text: str, start: int, end: int) -> int:
    """Where ``_HEDGE_STOP.search(text, start, end)`` matches, ``end`` when it does not.

    The first comma or semicolon is found in C; a word of _HEDGE_STOP_WORDS is looked for
    only before it. No word holds either, so a word match before one ends before it, and its
    closing ``\b`` sees the same there as at the cut (a comma or semicolon is no word character).
    """
    cut = end
    for mark in (",", ";"):
        k = text.find(mark, start, cut)
        if k >= 0:
            cut = k
    m = _HEDGE_STOP_WORDS.search(text, start, cut)
    return m.start() if m else cut


def _attached_hedges(text: str, phrases: list[NumberPhrase]) -> dict[int, NumberPhrase]:
    """ "an estimated 15,000": offset of the hedge word -> the figure it belongs to (only)."""
    lx = _lex()
    attached = {}
    for p in phrases:
        before = text[max(0, p.start - 20) : p.start]
        low = before.lower() if before.isascii() else plain_lower(before)
        if low is not None and not any(map(low.__contains__, lx.an_estimated_words)):
            continue  # the pattern needs one of these words; skip its case-insensitive scan
        m = lx.an_estimated_re.search(before)
        if m:
            attached[p.start - (min(20, p.start) - m.start("h"))] = p
    return attached


def _contrast_before(before: str) -> bool:
    """Whether ``before`` ends with a contrast marker ("not the", "rather than") and spaces.

    contrast_re ends with the marker's last word and ``\\s+$``; it is searched only when
    ``before`` ends with whitespace and (in lower case, see _text.plain_lower) with such a word.
    """
    if not before[-1:].isspace():
        return False
    lx = _lex()
    tail = before.rstrip()[-5:]
    low = tail.lower() if tail.isascii() else plain_lower(tail)
    if low is not None and lx.contrast_last is not None and not low.endswith(lx.contrast_last):
        return False
    return bool(lx.contrast_re.search(before))


def _hedges(
    text, ph: NumberPhrase, phrases, hedge_hits, clause, end_estimate, attached
) -> list[str]:
    """Hedge words of the figure's clause.

    A hedge before every figure of the clause governs them all ("The agency estimates that ...");
    a hedge right after a figure's noun phrase belongs to that figure only ("are believed to
    have died"); "an estimated 15,000" belongs to 15,000 only; a figure introduced as the one
    it replaces ("not the 144,000", "rather than", "out of") is outside the governing hedge.
    A trailing ", the ministry estimated." covers the whole sentence.
    """
    c0, c1 = clause
    found: list[str] = []
    if hedge_hits:
        in_clause = [p.start for p in phrases if c0 <= p.start < c1]
        first_start = min(in_clause) if in_clause else ph.start
        contrast = None  # computed when a hedge before the figures needs it
        nxt_start = min([p.start for p in phrases if p.start > ph.start] + [c1])
        after_end = _stop_at(text, ph.end, c1)
        for m in hedge_hits:
            owner = attached.get(m.start())
            if owner is not None:
                if owner is ph:
                    found.append(m.group(0))
                continue
            if c0 <= m.start() < first_start:
                if contrast is None:
                    contrast = _contrast_before(text[max(0, ph.start - 20) : ph.start])
                if not contrast:
                    found.append(m.group(0))
                    continue
            if ph.end <= m.start() < min(nxt_start, after_end) and _after_use(text, m):
                found.append(m.group(0))
    if end_estimate and end_estimate.start() >= ph.end:
        found.append(end_estimate.group("h") or end_estimate.group("h2"))
    out: list[str] = []
    for h in found:
        if h not in out:
            out.append(h)
    return out
