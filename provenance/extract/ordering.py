"""Ordering the frames of one sentence into a chain: the clause that holds a figure, and
origin-first order (sources, then speakers nearest the figure outwards, each with its
recipients, then relays). Split out of :mod:`.attribution`, which re-exports these names.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .attribution import Frame

_CLAUSE_BREAK = re.compile(r";|,?\s+(?:while|whereas)\s+")


def order_frames(frames: list[Frame], figure_pos: int) -> list[Frame]:
    """Origin-first order of the frames that bear on a figure at ``figure_pos``."""
    sources = [f for f in frames if f.role == "source"]
    speakers = [f for f in frames if f.role == "speaker"]
    relays = [f for f in frames if f.role == "relay"]
    before = sorted((f for f in speakers if f.pos < figure_pos), key=lambda f: -f.pos)
    after = sorted((f for f in speakers if f.pos >= figure_pos), key=lambda f: f.pos)
    ordered: list[Frame] = list(sources)
    for f in before + after:
        ordered.append(f)
        ordered.extend(r for r in frames if r.role == "recipient" and r.owner == f.mention.start)
    ordered.extend(sorted(relays, key=lambda f: f.pos))
    return ordered


def clause_cuts(sentence: str) -> list[int]:
    """Clause boundaries of a sentence (start, each break, end + 1), for :func:`clause_frames`."""
    if "while" not in sentence and "whereas" not in sentence:
        # Only ";" can match: find it with str.find (the pattern, opening with an optional
        # comma, is tried at every character).
        cuts, at = [0], sentence.find(";")
        while at >= 0:
            cuts.append(at + 1)
            at = sentence.find(";", at + 1)
        return [*cuts, len(sentence) + 1]
    return [0] + [m.end() for m in _CLAUSE_BREAK.finditer(sentence)] + [len(sentence) + 1]


def clause_frames(
    sentence: str, frames: list[Frame], figure_pos: int, *, cuts: list[int] | None = None
) -> list[Frame]:
    """Frames of the clause holding the figure, or of the whole sentence when it has none.

    ``cuts`` is ``clause_cuts(sentence)``, passed by callers that ask for several figures
    of the same sentence.
    """
    if cuts is None:
        cuts = clause_cuts(sentence)
    for a, b in zip(cuts, cuts[1:], strict=False):
        if a <= figure_pos < b:
            inside = [f for f in frames if a <= f.pos < b or a <= f.mention.start < b]
            if any(f.role in ("speaker", "source") for f in inside):
                return inside
    return frames
