"""Ordering the frames of one sentence into a chain: the clause that holds a figure, and
origin-first order (sources, then speakers nearest the figure outwards, each with its
recipients, then relays). Split out of :mod:`.attribution`, which re-exports these names.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from operator import attrgetter
from typing import TYPE_CHECKING

from .cuewords import matches_at

if TYPE_CHECKING:
    from .reports import Frame

# Clause breaks: ";", "while"/"whereas", and ", and"/", but" joining two clauses ("Lee said
# 89 schools were shelters, and the UN agency put the number at ..."), not ", and that"
# going on with the same reported speech. A clause without a speaker of its own still takes
# the whole sentence's frames (clause_frames).
_CLAUSE_BREAK = re.compile(r";|,?\s+(?:while|whereas)\s+|,\s+(?:and|but)\s+(?!that\b)")
_POS = attrgetter("pos")


def order_frames(frames: list[Frame], figure_pos: int) -> list[Frame]:
    """Origin-first order of the frames that bear on a figure at ``figure_pos``."""
    # One pass over the frames; stable sorts only when there is something to sort
    # (reverse=True keeps equal positions in frame order, as sorting by -pos does).
    ordered: list[Frame] = []  # the sources first
    before: list[Frame] = []
    after: list[Frame] = []
    relays: list[Frame] = []
    recipients = False
    for f in frames:
        role = f.role
        if role == "speaker":
            (before if f.pos < figure_pos else after).append(f)
        elif role == "source":
            ordered.append(f)
        elif role == "relay":
            relays.append(f)
        elif role == "recipient":
            recipients = True
    if len(before) > 1:
        before.sort(key=_POS, reverse=True)
    if len(after) > 1:
        after.sort(key=_POS)
    if recipients:
        for f in before + after:
            ordered.append(f)
            ordered.extend(
                r for r in frames if r.role == "recipient" and r.owner == f.mention.start
            )
    else:
        ordered += before
        ordered += after
    if len(relays) > 1:
        relays.sort(key=_POS)
    ordered += relays
    return ordered


def clause_cuts(sentence: str) -> list[int]:
    """Clause boundaries of a sentence (start, each break, end + 1), for :func:`clause_frames`."""
    # _CLAUSE_BREAK opens with an optional comma, so re would try it at every character:
    # it is tried only at each ";", at each comma when "and"/"but" occur, and where ",?\s+"
    # before a "while"/"whereas" starts.
    starts, at = [], sentence.find(";")
    while at >= 0:
        starts.append(at)
        at = sentence.find(";", at + 1)
    if ("and" in sentence or "but" in sentence) and "," in sentence:
        # ",\s+and\s+", ",\s+but\s+" open with a comma: tried at each comma
        at = sentence.find(",")
        while at >= 0:
            starts.append(at)
            at = sentence.find(",", at + 1)
    if "while" not in sentence and "whereas" not in sentence:
        starts.sort()
        return [
            0,
            *(m.end() for m in matches_at(_CLAUSE_BREAK, sentence, starts)),
            len(sentence) + 1,
        ]
    for word in ("while", "whereas"):
        at = sentence.find(word)
        while at >= 0:
            space = at
            while space > 0 and sentence[space - 1].isspace():
                space -= 1
            if space < at:
                starts.append(space)
                if space > 0 and sentence[space - 1] == ",":
                    starts.append(space - 1)
            at = sentence.find(word, at + 1)
    starts.sort()
    return [0, *(m.end() for m in matches_at(_CLAUSE_BREAK, sentence, starts)), len(sentence) + 1]


def clause_frames(
    sentence: str, frames: list[Frame], figure_pos: int, *, cuts: list[int] | None = None
) -> list[Frame]:
    """Frames of the clause holding the figure, or of the whole sentence when it has none.

    ``cuts`` is ``clause_cuts(sentence)``, passed by callers that ask for several figures
    of the same sentence.
    """
    if cuts is None:
        cuts = clause_cuts(sentence)
    # The cuts increase, so the clause holding the figure is found by bisection.
    i = bisect_right(cuts, figure_pos)
    if 0 < i < len(cuts):
        a, b = cuts[i - 1], cuts[i]
        inside = [f for f in frames if a <= f.pos < b or a <= f.mention.start < b]
        for f in inside:
            if f.role == "speaker" or f.role == "source":
                return inside
    return frames
