"""Bodies whose names list their remits: "the Department of Housing, Local Government and
Heritage", "the Ministry of Finance, Planning and Economic Development". The name rules stop
at the first comma; the list's capitalised items after it belong to the same name."""

from __future__ import annotations

import re

from .sources import Gazetteer, Mention

__all__ = ["join_listed"]

# ", Local Government and Heritage": capitalised items, the last after "and" (or "&")
_ITEM = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}"
_LISTED = re.compile(rf", {_ITEM}(?:, {_ITEM})*,? (?:and|&) {_ITEM}(?![\w'’-])")
# a remit read as a person by the name rules ("Local Government"): capitalised common words
_REMIT_WORDS = re.compile(
    r"(?:Local|Social|Economic|Rural|Urban|Regional|Public|Foreign|Home|National|International|"
    r"Community|Family|Human|Civil|Digital|Cultural)\s+[A-Z][a-z]+"
)
_REMIT = re.compile(r" (?:of|for) (?:the )?[A-Z]")  # "Department of Housing": a remit follows


def join_listed(sentence: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """``mentions`` with a body's name read on through a list of remits after it (the mentions
    found inside the list dropped); unchanged when there is none."""
    if ", " not in sentence or (" and " not in sentence and " & " not in sentence):
        return mentions
    out = mentions
    for m in mentions:
        if (
            m.type != "named"
            or m.kind not in ("government", "other", "ngo")
            or not _REMIT.search(m.text)
        ):
            continue
        listed = _LISTED.match(sentence, m.end)
        if listed is None:
            continue
        end = listed.end()
        if any(
            m.end <= x.start < end
            and (x.type == "named" and gazetteer.lookup(x.source or "") or x.type == "person")
            and not _REMIT_WORDS.fullmatch(x.text)
            for x in mentions
        ):
            continue  # "the Department of Health, Oxfam and Unicef", "..., Governor X and ...": a list
        name = sentence[m.start : end]
        bare = name[4:] if name[:4] in ("The ", "the ") else name
        entry = gazetteer.lookup(bare)
        joined = Mention(
            m.start,
            end,
            name,
            "named",
            entry.source.name if entry else bare,
            entry.source.kind if entry else m.kind,
        )
        out = sorted(
            [x for x in out if x.end <= m.start or x.start >= end] + [joined], key=lambda x: x.start
        )
    return out
