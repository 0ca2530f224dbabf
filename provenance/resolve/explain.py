"""Plain-English explanations of every score, grade and flag."""

from __future__ import annotations

from .scores import CONFIRMATION_MIN_ORIGINS, CORROBORATION_BASE

_CREDIBILITY = {
    1: "confirmed by independent origins",
    2: "probably true",
    3: "possibly true",
    4: "doubtful",
    5: "improbable",
    6: "cannot be judged",
}
_RELIABILITY = {
    "A": "completely reliable (set by you)",
    "B": "usually reliable",
    "C": "fairly reliable",
    "D": "not usually reliable",
    "E": "unreliable",
    "F": "reliability cannot be judged",
}
#: Explanations list at most this many origin groups by name (big clusters).
MAX_GROUPS_NAMED = 8


def number(value) -> str:
    """A figure for prose: 4700.0 -> '4,700', 0.3 -> '0.3'."""
    if value is None:
        return "unknown"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.6g}"


def _group_phrase(s) -> str:
    current = s["current"]
    docs = len({r.document for r in s["members"]})
    where = f"{docs} document{'s' if docs != 1 else ''}"
    when = f" as of {s['latest']}" if s["latest"] else ""
    who = "an unstated origin relayed by " + s["head"].origin if s["unstated"] else s["head"].origin
    extra = " (a party with a stake in this figure)" if s["interested"] else ""
    return f"{who}{extra}: {current.text!r}{when}, in {where}"


def explain_cluster(
    figure, summaries, consensus, disagreeing, notes, letter, digit, lead, n_docs=None
) -> str:
    """One paragraph: what was counted, who said it, the estimate, scores, grade and each flag."""
    n_claims = len(figure.claims)
    if n_docs is None:
        n_docs = len({r.document for s in summaries for r in s["members"]})
    parts = [
        f"{n_claims} claim{'s' if n_claims != 1 else ''} in {n_docs} document{'s' if n_docs != 1 else ''} "
        f"report {figure.category} for {figure.counts!r}; they come from {len(summaries)} "
        f"origin group{'s' if len(summaries) != 1 else ''} (echoes of one origin through any outlet or relay count once)."
    ]
    named = [_group_phrase(s) for s in summaries[:MAX_GROUPS_NAMED]]
    if named:
        parts.append(
            "Origins: "
            + "; ".join(named)
            + ("; ..." if len(summaries) > MAX_GROUPS_NAMED else "")
            + "."
        )
    stale = [s for s in summaries if s["stale"]]
    if stale:
        parts.append(
            f"{len(stale)} origin(s) last spoke more than the stale window before the newest figure and are "
            "not compared with it."
        )
    if figure.best is None:
        parts.append("No figure gives a usable range, so there is no estimate.")
    else:
        parts.append(
            f"Estimate: low {number(figure.low)}, best {number(figure.best)}, high {number(figure.high)} "
            "(best: median of the agreeing origins' latest figures; low/high: the lowest and highest latest "
            "figures of disinterested origins)."
        )
    if len(consensus) <= 1:
        parts.append(
            "Corroboration 0: a single origin (however many outlets repeat it) cannot corroborate itself."
            if consensus
            else "Corroboration 0: no origin gives a usable figure."
        )
    else:
        parts.append(
            f"Corroboration {figure.corroboration:.2f}: {len(consensus)} independent origins agree "
            f"(weighted {sum(s['weight'] for s in consensus):.2f}; each confirmation multiplies the remaining "
            f"doubt by {CORROBORATION_BASE}; interested or unattributed origins count less)."
        )
    if disagreeing:
        parts.append(
            "Substantive conflict: "
            + "; ".join(
                f"{s['head'].origin} says {s['current'].text!r}"
                for s in disagreeing[:MAX_GROUPS_NAMED]
            )
            + " (independent origins that do not overlap the agreeing figures)."
        )
    parts.append(
        f"Grade {letter}{digit}: source {letter} = {_RELIABILITY.get(letter, letter)} "
        f"({'unstated origin' if lead['unstated'] else lead['head'].origin_kind.replace('_', ' ') + ', ' + lead['head'].origin}); "
        f"information {digit} = {_CREDIBILITY[digit]}"
        + (
            f" (1 needs at least {CONFIRMATION_MIN_ORIGINS} agreeing, disinterested, attributed origins)."
            if digit != 1
            else "."
        )
    )
    for note in notes:
        parts.append(note[0].upper() + note[1:] + ("" if note.endswith(".") else "."))
    if "interested_source" in figure.flags:
        parts.append(
            "Interested source: a belligerent reporting its own or its enemy's losses counts half."
        )
    if "probable_copy" in figure.flags:
        parts.append(
            "Probable copy: an unattributed figure repeats a distinctive figure published earlier with attribution; it is counted with that origin."
        )
    if "origin_unstated" in figure.flags:
        parts.append(
            "Origin unstated: some figures are given with no origin and could not be traced to one."
        )
    if "vague" in figure.flags:
        parts.append("Vague: an agreeing figure is a vague amount, read with a conventional range.")
    return " ".join(parts)
