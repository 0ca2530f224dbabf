"""Subjects of a sentence's verbs beyond one name: two bodies joined by "and" (one joint
source), and a company counting its own action ("halted production at all 14 plants")."""

from __future__ import annotations

import re

from .sources import Mention

__all__ = ["ACTION_GAP", "ACTION_WORDS", "OWN_ACTION", "joint"]

# A company's own action with a count after it (its subject is checked to be a company).
ACTION_VERBS = """halted halts suspended suspends canceled cancelled cancels grounded grounds
    recalled recalls closed closes shut shuts cut cuts axed axes furloughed idled laid lays""".split()
ACTION_WORDS = frozenset(w.encode() for w in ACTION_VERBS)
OWN_ACTION = re.compile(
    r"(?<![\w-])(?P<verb>(?:laid|lays) off|halted|halts|suspended|suspends|canceled|cancelled|"
    r"cancels|grounded|grounds|recalled|recalls|closed|closes|shut|shuts|cut|cuts|axed|axes|"
    r"furloughed|idled)\s+[^.;,]{0,50}?\d"
)
ACTION_GAP = re.compile(r"\s+(?:(?:has|have|had|also|will|would)\s+){0,2}")


# "Mediazona and the BBC's Russian Service have confirmed": what joins two subjects
_JOINT_GAP = re.compile(r"\s+and\s+(?:the\s+)?(?:[A-Z][\w.&-]*['’]s\s+)?")


def joint(mentions: list[Mention], subject: Mention, sentence: str) -> Mention:
    """``subject``, or one mention for it and a named body or person joined to it by "and"
    ("Japan Airlines and All Nippon Airways canceled"): one source, its parts as members."""
    i = mentions.index(subject)
    first = subject
    while i > 1 and mentions[i - 1].source == subject.source:
        # "the BBC's Russian Service": the owner and the unit are one subject
        if sentence[mentions[i - 1].end : first.start] not in ("'s ", "’s "):
            break
        i -= 1
        first = mentions[i]
    prev = mentions[i - 1]
    if (
        prev.type not in ("named", "person")
        or not prev.source
        or not subject.source
        or prev.source == subject.source
        or not _JOINT_GAP.fullmatch(sentence, prev.end, first.start)
    ):
        return subject
    kind = subject.kind if prev.kind == subject.kind else "other"
    return Mention(
        prev.start,
        subject.end,
        sentence[prev.start : subject.end],
        "named",
        f"{prev.source} and {subject.source}",
        kind,
        True,
        (prev.source, subject.source),
    )
