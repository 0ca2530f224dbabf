"""Subjects of a sentence's verbs beyond one name: two bodies joined by "and" (one joint
source), a company counting its own action ("halted production at all 14 plants"), and a body
whose staff's forecast a speaker reports ("the bank's staff now expect")."""

from __future__ import annotations

import re

from .sources import Mention

__all__ = ["ACTION_WORDS", "body_sources", "joint", "own_actions"]

# A company's own action with a count after it (its subject is checked to be a company).
ACTION_VERBS = """halted halts suspended suspends canceled cancelled cancels grounded grounds
    recalled recalls closed closes shut shuts cut cuts axed axes furloughed idled laid lays""".split()
ACTION_WORDS = frozenset(w.encode() for w in ACTION_VERBS)
_ACTION_ALT = "|".join(
    ["(?:laid|lays) off"]
    + sorted((w for w in ACTION_VERBS if w not in ("laid", "lays")), key=len, reverse=True)
)  # one list for the pattern and its pre-check
OWN_ACTION = re.compile(rf"(?<![\w-])(?P<verb>{_ACTION_ALT})\s+[^.;,]{{0,50}}?\d")
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


_FORECASTERS = frozenset(b"staff economists analysts forecasters experts".split())
_BODY_FORECAST = re.compile(
    r"(?<![\w-])(?P<body>the\s+[a-z]+)['’]s\s+(?:own\s+)?(?:staff|economists|analysts|forecasters|"
    r"experts)\s+(?:now\s+|also\s+|still\s+)?(?P<verb>expect|forecast|project|predict|estimate|see)s?\b"
)


def body_sources(sentence: str, present: set[bytes], mentions: list[Mention]):
    """``(body, verb, pos)`` for each body a speaker's reported clause names as a source:
    its staff's forecast. (A body's decision a speaker reports - "He said the government had
    set aside 1.2 billion kronor" - stays the speaker's: the development corpus's convention;
    the held-out corpora's writers split on it.)"""
    if ("'s " in sentence or "’s " in sentence) and not _FORECASTERS.isdisjoint(present):
        for m in _BODY_FORECAST.finditer(sentence):
            # "He said the bank's staff now expect inflation to average 3.7%": the body whose
            # staff forecast is a source named by the speaker
            a, b = m.span("body")
            if any(x.start < b and a < x.end for x in mentions):
                continue
            yield Mention(a, b, m.group("body"), "description"), m.group("verb"), m.start("verb")


def own_actions(sentence: str, mentions: list[Mention], frames: list, subject_before):
    """``(subject, verb, pos)`` for each company counting its own action: "Toyota Motor Corp.
    halted production at all 14 of its plants" (not an observer's count of what a body did).
    ``subject_before(mentions, pos, sentence)`` finds a verb's subject."""
    for m in OWN_ACTION.finditer(sentence):
        subject = subject_before(mentions, m.start(), sentence)
        if (
            subject is not None
            and subject.type == "named"
            and subject.kind == "other"
            and not subject.guessed  # "Strikes cut power to 2 million homes"
            and ACTION_GAP.fullmatch(sentence, subject.end, m.start())
            and not any(f.mention is subject for f in frames)
        ):
            if mentions.index(subject) > 0:
                subject = joint(mentions, subject, sentence)
            yield subject, m.group("verb"), m.start()
