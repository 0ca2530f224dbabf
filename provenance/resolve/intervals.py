"""What range of true values a reported figure admits, per qualifier.

Two reports agree when their intervals overlap. The widths below are
conventions, not measurements: they encode how English news copy rounds and
qualifies numbers. Each is named and justified so a reader can disagree with a
specific number rather than with a black box (see docs/scoring.md).
"""

from __future__ import annotations

import math
import re

Interval = tuple[float, float]

#: "around/about/roughly/some N": journalists round to one or two significant
#: figures, so "about 600" covers values that round to 600 at that precision
#: (550-650) with a little slack: +/-10 %.
APPROX_TOLERANCE = 0.10
#: A plain "N" is taken at its word, with 1 % slack for the rounding that even
#: exact-looking official counts carry between releases (60,034 vs 60,000).
EXACT_TOLERANCE = 0.01
#: "nearly/almost/close to N" is just under N: at most 10 % under.
NEARLY_FLOOR = 0.90
#: "more than/at least/over N": N is the last round threshold the figure
#: passed. The next threshold a reporter would have used is rarely more than
#: half as large again, so the figure is taken to lie in [N, 1.5 N].
MORE_THAN_CEILING = 1.5
#: "up to/as many as/fewer than N": N is a ceiling; the figure is taken to be
#: at least half of it (a ceiling far above the truth would not be quoted).
AT_MOST_FLOOR = 0.5

#: Vague amounts with no number, in order of precedence (longest phrase first):
#: the smallest and largest values the words are normally used for.
VAGUE_INTERVALS: tuple[tuple[str, Interval], ...] = (
    ("hundreds of millions", (2e8, 9.99e8)),
    ("tens of millions", (2e7, 9.99e7)),
    ("hundreds of thousands", (2e5, 9.99e5)),
    ("tens of thousands", (2e4, 9.99e4)),
    ("several million", (2e6, 9e6)),
    ("millions", (2e6, 9.99e6)),
    ("several thousand", (2e3, 9e3)),
    ("thousands", (2e3, 9999.0)),
    ("several hundred", (200.0, 900.0)),
    ("hundreds", (200.0, 999.0)),
    ("scores", (40.0, 99.0)),
    ("dozens", (24.0, 99.0)),
    ("a dozen", (10.0, 14.0)),
    ("several", (3.0, 9.0)),
    ("a few", (2.0, 5.0)),
)
_VAGUE_RES = tuple(
    (re.compile(r"\b" + words + r"\b", re.I), span) for words, span in VAGUE_INTERVALS
)


def vague_interval(text: str) -> Interval | None:
    """The conventional interval of a vague amount ("several hundred" -> 200-900), or None."""
    for pattern, span in _VAGUE_RES:
        if pattern.search(text or ""):
            return span
    return None


def interval(
    qualifier: str, value: float | None, low: float | None, high: float | None, text: str = ""
) -> Interval | None:
    """The values a figure admits, ``(lo, hi)``; None when it admits no usable range."""
    if qualifier == "range":
        if low is not None and high is not None:
            return (min(low, high), max(low, high))
        return None
    if qualifier == "vague":
        if low is not None and high is not None:
            return (low, high)
        return vague_interval(text)
    if value is None:
        value = low if low is not None else high
    if value is None or not math.isfinite(value):
        return None
    if qualifier == "exact":
        return (value * (1 - EXACT_TOLERANCE), value * (1 + EXACT_TOLERANCE))
    if qualifier == "approximately":
        return (value * (1 - APPROX_TOLERANCE), value * (1 + APPROX_TOLERANCE))
    if qualifier == "nearly":
        return (value * NEARLY_FLOOR, value)
    if qualifier in ("more_than", "at_least"):
        return (value, value * MORE_THAN_CEILING)
    if qualifier in ("at_most", "less_than"):
        return (value * AT_MOST_FLOOR, value)
    return (value, value)


def points(
    qualifier: str,
    value: float | None,
    low: float | None,
    high: float | None,
    span: Interval | None,
) -> tuple[float, float, float] | None:
    """The figure's own (low, best, high) as stated, for the UCDP-style estimate.

    A stated number is its own best value ("more than 4,000" -> 4,000: the
    estimate reports what sources said, not a guess above it); ranges and
    vague amounts contribute their ends and midpoint.
    """
    if qualifier in ("range", "vague") or value is None:
        if span is None:
            return None
        return (span[0], (span[0] + span[1]) / 2, span[1])
    return (value, value, value)


def overlaps(a: Interval | None, b: Interval | None) -> bool:
    """Whether two intervals share at least one value (unknown intervals never agree)."""
    if a is None or b is None:
        return False
    return a[0] <= b[1] and b[0] <= a[1]


def add(a: Interval, b: Interval) -> Interval:
    """Interval sum: the values ``x + y`` can take."""
    return (a[0] + b[0], a[1] + b[1])


def hull(spans) -> Interval | None:
    """The smallest interval containing all of ``spans`` (None when empty)."""
    lo = hi = None
    for s in spans:  # one pass: called for every date of every origin group
        if s is None:
            continue
        if lo is None:
            lo, hi = s
        else:
            lo, hi = min(lo, s[0]), max(hi, s[1])
    return None if lo is None else (lo, hi)
