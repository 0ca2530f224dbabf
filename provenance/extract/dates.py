"""``as_of``: the day a figure refers to, when the text states it or lets it be inferred.

Rules, following the development corpus's gold annotation:

* an explicit date ("December 18", "18 December", "Oct. 7, 2023") is used; a date
  with no year takes the latest year that puts it on or before publication;
* "Wednesday (April 30)" is the explicit date, its year pinned by the weekday when
  the publication date is unknown;
* a weekday alone ("on Thursday") is the most recent such day on or before the
  publication date, or the next one on or after it after a future verb ("will ... on
  Friday", "is due to ... on Friday"); "today" is the publication day, "yesterday" the day before;
* two days ("on December 14 and 15") give the later one;
* anything vaguer (a month, "earlier this week", "last autumn") gives ``None``:
  the gold leaves background figures dated only by month undated, so we do not
  fall back to the publication date.
"""

from __future__ import annotations

import datetime as dt
import re

from ._text import plain_lower

MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = {
    d: i
    for i, d in enumerate(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    )
}

_MONTH = r"(?P<month>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
_DATE = re.compile(
    rf"(?<![\w-])(?:{_MONTH}\s+(?P<day>\d{{1,2}})(?:\s+and\s+(?P<day2>\d{{1,2}}))?(?!\d)(?:,?\s+(?P<year>(?:19|20)\d\d))?"
    rf"|(?P<dayb>\d{{1,2}})\s+{_MONTH.replace('month', 'monthb')}(?:\s+(?P<yearb>(?:19|20)\d\d))?)(?![\w-])"
)
_WEEKDAY = re.compile(
    r"(?<![\w-])(?:on\s+|last\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s)?(?!\w)(?!\s+(?:night|morning|evening)?\s*\()"
)
# Every _MONTH alternative opens with one of these (see _DATE's pre-check in as_of).
_MONTH_OPENERS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)
# a future verb phrase in the clause before a weekday ("will", "would", "is due to", "next")
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|would|shall|(?:is|are|was|were)\s+(?:due|set|scheduled|expected|going)\s+to|plans?\s+to|"
    r"next)\b[^.;,]*$"
)
_RELATIVE = re.compile(r"(?<![\w-])(?P<rel>today|yesterday)(?![\w-])", re.I)
# _DATE and _WEEKDAY open with a look-behind, so re.search tries them at every character.
# Each match holds a month (a weekday) name, found by these literal alternations, which re
# scans for in C; the patterns are tried only where a match can start (_first_match).
# (as a trie: the same three-letter matches, fewer alternatives tried per capital letter)
_MONTH_NAME = re.compile("J(?:an|u[nl])|Feb|Ma[ry]|A(?:pr|ug)|Sep|Oct|Nov|Dec")
_WEEKDAY_NAME = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")


def parse_date(value: str | None) -> dt.date | None:
    """An ISO date string (or None) as a date."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def as_of(text: str, published: str | None) -> str | None:
    """The ISO date ``text`` refers to, or None (see module rules)."""
    return as_of_date(text, parse_date(published))


def as_of_date(text: str, pub: dt.date | None) -> str | None:
    """``as_of`` with the publication date already parsed (an article parses it once)."""
    m = _first_match(_DATE, _MONTH_NAME, text, _day_prefix)
    if m:
        month = MONTHS.get((m.group("month") or m.group("monthb")).lower().rstrip("."))
        day = int(m.group("day2") or m.group("day") or m.group("dayb"))
        year = m.group("year") or m.group("yearb")
        weekday = _weekday_before(text, m.start())
        return _resolve(month, day, int(year) if year else None, weekday, pub)
    if not pub:
        return None
    m = _first_match(_WEEKDAY, _WEEKDAY_NAME, text, _on_prefix) if "day" in text else None
    if m:
        target = WEEKDAYS[m.group("wd").lower()]
        if _future_before(text, m.start()):
            # "would impose blackouts ... on Friday": the next such day, not the last
            return (pub + dt.timedelta(days=(target - pub.weekday()) % 7)).isoformat()
        return (pub - dt.timedelta(days=(pub.weekday() - target) % 7)).isoformat()
    low = text.lower() if text.isascii() else plain_lower(text)
    if low is None or "today" in low or "yesterday" in low:
        # _RELATIVE is case-insensitive: plain_lower tells when a substring test can rule it out.
        m = _RELATIVE.search(text)
        if m:
            return (
                pub - dt.timedelta(days=1 if m.group("rel").lower() == "yesterday" else 0)
            ).isoformat()
    return None


def _future_before(text: str, end: int) -> bool:
    """``_FUTURE_BEFORE.search(text, max(0, end - 120), end)``, searched only in the last clause.

    A match runs to ``end`` without a full stop, semicolon or comma (nor has its verb one), so
    it starts after the last of them; ``\b`` at the new start still sees the character before.
    """
    start = max(0, end - 120)
    cut = max(text.rfind(".", start, end), text.rfind(";", start, end), text.rfind(",", start, end))
    return bool(_FUTURE_BEFORE.search(text, cut + 1 if cut >= 0 else start, end))


def _day_prefix(text: str, at: int) -> list[int]:
    """Where a day number and spaces ("12 ") before a month name at ``at`` may start."""
    end = at
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == at or end == 0 or not text[end - 1].isdecimal():
        return []
    return [end - 2, end - 1] if end >= 2 and text[end - 2].isdecimal() else [end - 1]


def _on_prefix(text: str, at: int) -> list[int]:
    """Where "on " or "last " before a weekday name at ``at`` starts."""
    end = at
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == at:
        return []
    if text.endswith("on", 0, end):
        return [end - 2]
    return [end - 4] if text.endswith("last", 0, end) else []


def _first_match(pattern: re.Pattern, names: re.Pattern, text: str, prefix) -> re.Match | None:
    """``pattern.search(text)`` for _DATE / _WEEKDAY, tried only where a match can start.

    Every match holds a name found by ``names`` (month names do not overlap one another,
    nor do weekday names, so ``finditer`` finds every occurrence), and starts either at that
    name or at the optional part before it (a day number, "on", "last"), which ``prefix``
    locates; the leftmost of those starts where ``pattern`` matches is where search stops.
    """
    starts: list[int] = []
    for n in names.finditer(text):
        at = n.start()
        starts += prefix(text, at)
        starts.append(at)
    starts.sort()
    match = pattern.match
    for at in starts:
        m = match(text, at)
        if m:
            return m
    return None


_WEEKDAY_AT_END = re.compile(
    r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*\(?\s*$"
)


def _weekday_before(text: str, pos: int) -> int | None:
    m = _WEEKDAY_AT_END.search(text[max(0, pos - 14) : pos])
    return WEEKDAYS[m.group(1).lower()] if m else None


def _resolve(
    month: int | None, day: int, year: int | None, weekday: int | None, pub: dt.date | None
) -> str | None:
    if not month:
        return None
    if year:
        candidates = [year]
    elif pub:
        candidates = [pub.year, pub.year - 1]
    else:
        this = dt.date.today().year
        candidates = list(range(this, this - 28, -1))
    for y in candidates:
        try:
            date = dt.date(y, month, day)
        except ValueError:
            continue
        if pub and not year and date > pub:
            continue
        if weekday is not None and not year and not pub and date.weekday() != weekday:
            continue
        if not year and not pub and weekday is None:
            return None  # a bare day and month with nothing to pin the year
        return date.isoformat()
    return None
