"""Origin groups: every echo of one origin, whatever outlets and relays it passed through.

Claims start in the group of their chain's first hop. Four rules then move a
claim into the group of the report it merely repeats:

1. **Headline restatement.** A headline or sub-heading summarises its own
   article: when a body claim of the same document reports an agreeing figure
   for the same quantity, the headline is that body claim's echo (its own,
   shorter attribution is a collapsed chain; see ``flags.headline_drift``).
2. **Restatement within a document.** An unattributed body figure that agrees
   with an attributed figure in the same article is the article repeating its
   source.
3. **Probable copy.** An unattributed figure that repeats a *distinctive*
   figure (at least ``DISTINCTIVE_MIN_DIGITS`` significant digits, so not "600"
   or "1,000", which many sources produce on their own) already published by
   an attributed report elsewhere is a probable copy of it, not a new origin.
4. **Collapsed attribution.** A figure credited only to a whole government
   ("Seoul says") that agrees with a figure one of that government's own bodies
   (same party, e.g. its intelligence service) published on or before that day
   is the same figure with the chain collapsed.

Undated restatements ("the agency had said at least 600") take the date of the
same origin's agreeing, dated figure, so they join the right point of its
revision series instead of looking like a new statement.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from .intervals import Interval, overlaps
from .parties import Parties
from .records import Report

#: Significant digits a figure needs before repeating it counts as evidence of
#: copying: 4,700 or 15,000 are specific; 600 or 1,000 are what anyone rounds to.
DISTINCTIVE_MIN_DIGITS = 2
_GOVERNMENT_WORDING = re.compile(r"\bgovernment\b", re.I)


def significant_digits(value: float | None) -> int:
    """Significant digits of a number as reported (4,700 -> 2; 600 -> 1; 60,034 -> 5)."""
    if value is None or value == 0:
        return 0
    digits = f"{abs(value):.6g}".replace(".", "").replace("-", "")
    if "e" in digits:
        digits = digits.split("e")[0]
    return len(digits.strip("0"))


def base_group(report: Report) -> str:
    """The group a claim starts in: its origin (or, unstated, the nearest source)."""
    return _base_group(report.origin_unstated, report.origin)


@lru_cache(maxsize=65536)
def _base_group(unstated: bool, origin: str) -> str:
    # cached: a store names the same few thousand origins a million times
    return ("u:" if unstated else "o:") + origin.strip().lower()


def same_number(a: Report, b: Report) -> bool:
    """Whether two reports state the very same number (value, or both bounds of a range)."""
    if a.value is not None or b.value is not None:
        return a.value == b.value
    return (a.low, a.high) == (b.low, b.high) and a.low is not None


def _preferred(candidates: list[Report], echo: Report) -> Report:
    # The report being echoed: the same number first, then attributed, then the fullest chain.
    return max(
        candidates,
        key=lambda r: (same_number(r, echo), not r.origin_unstated, r.relays, -r.position),
    )


def group_origins(
    reports: list[Report], spans: dict[str, Interval | None], parties: Parties
) -> tuple[dict[str, str], dict[str, str], dict[str, list[str]], set[str]]:
    """Assign every claim of one cluster to an origin group.

    Returns ``(group_of, echo_of, notes, copies)``: claim key -> group key;
    claim key -> key of the claim it restates (headlines, copies); plain-English
    notes per claim; the keys of probable copies.
    """
    group_of = {r.key: _base_group(r.origin_unstated, r.origin) for r in reports}
    echo_of: dict[str, str] = {}
    notes: dict[str, list[str]] = defaultdict(list)
    copies: set[str] = set()
    by_document: dict[str, list[Report]] = defaultdict(list)
    for r in reports:
        by_document[r.document].append(r)
    attributed = [r for r in reports if not r.origin_unstated and not r.headline]
    attributed_keys = {
        r.key for r in attributed
    }  # membership by key: a list scan per claim is quadratic

    # Rules 2-4 for body claims, before headlines (which follow their body).
    for r in reports:
        if r.headline:
            continue
        span = spans.get(r.key)
        if r.origin_unstated:
            same_doc = [
                o
                for o in by_document[r.document]
                if o.key in attributed_keys and overlaps(span, spans.get(o.key))
            ]
            if same_doc:
                source = _preferred(same_doc, r)
                group_of[r.key] = group_of[source.key]
                echo_of[r.key] = source.key
                notes[r.key].append(
                    f"unattributed, but the article attributes the same figure to {source.origin}"
                )
                continue
            if (
                significant_digits(r.value if r.value is not None else r.low)
                >= DISTINCTIVE_MIN_DIGITS
            ):
                earlier = [
                    o for o in attributed
                    if o.document != r.document and _on_or_before(o.published, r.published)
                    and same_number(o, r)
                ]  # fmt: skip
                if earlier:
                    source = min(earlier, key=lambda o: (o.published or "", -o.relays))
                    group_of[r.key] = group_of[source.key]
                    echo_of[r.key] = source.key
                    copies.add(r.key)
                    notes[r.key].append(
                        f"probable copy: unattributed, repeats the distinctive figure {r.text!r} "
                        f"that {source.publisher or 'an earlier report'} attributed to {source.origin}"
                    )
            continue
        if r.origin_kind == "government" and _GOVERNMENT_WORDING.search(r.origin):
            party = parties.party_of_source(r.origin, r.origin_kind)
            if party is None:
                continue
            bodies = [
                o for o in attributed
                if o.origin != r.origin and parties.party_of_source(o.origin, o.origin_kind) == party
                and _on_or_before(o.published, r.published) and overlaps(span, spans.get(o.key))
            ]  # fmt: skip
            if bodies:
                source = _preferred(bodies, r)
                group_of[r.key] = group_of[source.key]
                echo_of[r.key] = source.key
                notes[r.key].append(
                    f"collapsed attribution: credited to the {r.origin}, whose {source.origin} "
                    f"gave the same figure; counted as the {source.origin}'s"
                )

    # Rule 1: headlines follow the body claim they summarise.
    for r in reports:
        if not r.headline:
            continue
        span = spans.get(r.key)
        body = [
            o for o in by_document[r.document]
            if not o.headline and (overlaps(span, spans.get(o.key)) or (span is None and o.value == r.value))
        ]  # fmt: skip
        if body:
            source = _preferred(body, r)
            group_of[r.key] = group_of[source.key]
            echo_of[r.key] = source.key
            notes[r.key].append(
                f"headline restating the article's figure {source.text!r} ({source.origin})"
            )
    return group_of, echo_of, dict(notes), copies


def _on_or_before(first: str | None, second: str | None) -> bool:
    # Unknown dates cannot show an order; a copy needs its original to come first.
    return bool(first and second and first[:10] <= second[:10])


def effective_times(
    reports: list[Report], group_of: dict[str, str], spans: dict[str, Interval | None]
) -> dict[str, str | None]:
    """The date each figure refers to: ``as_of``; for undated restatements, the date of the
    same origin's agreeing dated figure (latest on or before publication); else publication."""
    dated: dict[str, list[Report]] = defaultdict(list)
    for r in reports:
        if r.as_of:
            dated[group_of[r.key]].append(r)
    times: dict[str, str | None] = {}
    for r in reports:
        if r.as_of:
            times[r.key] = r.as_of[:10]
            continue
        span = spans.get(r.key)
        limit = (r.published or "9999")[:10]
        matches = [
            o.as_of[:10]
            for o in dated.get(group_of[r.key], ())
            if o.as_of[:10] <= limit and overlaps(span, spans.get(o.key))
        ]
        times[r.key] = max(matches) if matches else (r.published[:10] if r.published else None)
    return times
