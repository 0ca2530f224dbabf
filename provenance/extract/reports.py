"""Reports, studies and polls as sources, and the Frame record the attribution rules build.

"A study published in The Lancet found ...": the study's authors are the origin and the journal
a relay; "a survey of 2,000 adults by YouGov found ...": the pollster is the source, whoever
commissioned it is not. Split out of attribution.py, which uses these helpers.
"""

from __future__ import annotations

import re

from ._record import Record
from .sources import Mention

STOP = re.compile(r";|\.\s")  # a clause or sentence break between a cue and a mention


class Frame(Record):
    """A source mention in a sentence with its attribution cue and role."""

    __slots__ = ("role", "mention", "cue", "pos", "owner", "expectation")

    def __init__(
        self,
        role: str,  # speaker | source | recipient | relay
        mention: Mention,
        cue: str,
        pos: int,
        owner: int = -1,  # for recipients: sentence offset of the speaker's mention
        expectation: bool = False,
    ):
        self.role = role
        self.mention = mention
        self.cue = cue
        self.pos = pos
        self.owner = owner
        self.expectation = expectation


# "a study published in The Lancet", "the Lancet study": the study's authors are the origin
# (resolved like "the study" to the research body the article names), the journal a hop
# after them.
_STUDY = r"(?:study|paper|report|analysis|review|trial|survey)"
_STUDY_IN = re.compile(
    rf"(?<![\w-])(?P<study>(?:[Aa]n?|[Tt]he)\s+(?:new\s+|recent\s+|large\s+)?{_STUDY})\s+"
    r"(?:(?:released|out|)\s*(?:on|last|this)\s+\w+\s+)?published\s+in\s+"
)
_PUBLISHED_IN = re.compile(
    r"\bpublished\s+(?:(?:today|yesterday|this\s+week|last\s+week|on\s+\w+|in\s+[A-Z]\w+)\s+)?"
    r"in\s+(?:the\s+(?:journal\s+)?)?"
)
_JOURNAL_STUDY = re.compile(rf"\s+(?P<study>{_STUDY})\b")
_JOURNAL_KINDS = frozenset({"outlet", "news_agency"})


def studies(sentence: str, mentions: list[Mention], frames: list[Frame]) -> list[Frame]:
    """``frames`` with the authors of a study published in a journal as the speaker and the
    journal as a relay (cue "published in")."""
    for m in _STUDY_IN.finditer(sentence) if "published" in sentence else ():  # in every match
        journal = first_after(mentions, m.end(), sentence, limit=4)
        if journal is None or journal.kind not in _JOURNAL_KINDS:
            continue
        study = Mention(m.start("study"), m.end("study"), m.group("study"), "description")
        frames = _study_frames(frames, study, journal, "published in", m.start())
    if " in " in sentence and any(f.role == "speaker" for f in frames):
        # "according to a trial led by researchers at X and published today in The Lancet":
        # the sentence's speaker made the findings, the journal carried them
        for m in _PUBLISHED_IN.finditer(sentence) if "published" in sentence else ():
            journal = first_after(mentions, m.end(), sentence, limit=4)
            if (
                journal is not None
                and journal.kind in _JOURNAL_KINDS
                and not any(f.mention is journal for f in frames)
            ):
                frames = frames + [Frame("relay", journal, "published in", m.start())]
    for journal in mentions:
        if journal.kind in _JOURNAL_KINDS and not journal.text[:1].islower():
            m = _JOURNAL_STUDY.match(sentence, journal.end)
            if m is not None and not any(
                f.mention is journal and f.role == "relay" for f in frames
            ):
                # "Superbugs could kill 39 million, Lancet study warns"
                study = Mention(
                    journal.start,
                    m.end("study"),
                    sentence[journal.start : m.end()].strip(),
                    "description",
                )
                frames = _study_frames(frames, study, journal, m.group("study"), journal.start)
    return frames


# "A survey of 2,000 adults by YouGov, commissioned by the charity X, found ...", "An exit poll
# by X gives ...": the pollster is the source; who commissioned or paid for it is not a hop.
_POLL_BY = re.compile(
    r"(?<![\w-])(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){0,2}?(?:survey|poll|study)"
    r"(?:\s+of\s+(?:[^,;()]|,\d){1,40}?)?\s+(?:by|from)\s+"
)
_COMMISSIONED = re.compile(r"(?:commissioned|funded|sponsored|paid for) by\s+(?:the\s+\w+\s+)?$")
_POLL_VERB = re.compile(r"\b(?:found|finds|shows|showed|gives|gave|suggests|suggested|puts|put)\b")


def polls(sentence: str, mentions: list[Mention], frames: list[Frame]) -> list[Frame]:
    """``frames`` with the pollster of "a survey by X" as the speaker (see _POLL_BY)."""
    for m in _POLL_BY.finditer(sentence):
        pollster = first_after(mentions, m.end(), sentence, limit=5)
        if pollster is None or pollster.type not in ("named", "person"):
            continue
        frames = [
            f
            for f in frames
            if not (
                f.role == "speaker"
                and _COMMISSIONED.search(sentence, max(0, f.mention.start - 40), f.mention.start)
            )
        ]
        if not any(f.mention is pollster for f in frames):
            verb = _POLL_VERB.search(sentence, pollster.end)
            cue = verb.group(0) if verb else m.group(0).strip()
            frames.append(Frame("speaker", pollster, cue, verb.start() if verb else pollster.end))
    return frames


def _study_frames(
    frames: list[Frame], study: Mention, journal: Mention, cue: str, pos: int
) -> list[Frame]:
    """The study as the speaker in place of the journal, and the journal as a relay."""
    out, spoke = [], None
    for f in frames:
        if f.mention is journal and f.role == "speaker":
            spoke = f
            out.append(Frame("speaker", study, f.cue, f.pos, f.owner, f.expectation))
        else:
            out.append(f)
    if spoke is None:
        out.append(Frame("speaker", study, study.text, pos))
    out.append(Frame("relay", journal, cue, pos))
    return out


def first_after(mentions: list[Mention], pos: int, sentence: str, limit: int) -> Mention | None:
    for x in mentions:
        if x.start >= pos:
            gap = sentence[pos : x.start]
            if x.start - pos <= limit and not STOP.search(gap):
                return x
            return None
    return None


# Whose report, study or survey a sentence names ("a Reuters survey found", "the survey said" later)
REPORT_AFTER = re.compile(r"(?:['’]s?)?\s+(report|study|survey|assessment|analysis)(?![\w-])", re.I)
REPORT_NOUNS = re.compile(
    r"(?<![\w-])(report|study|survey|assessment|analysis|memo|filing|letter)(?![\w-])", re.I
)


def register_reports(text: str, owners: list, reports: dict) -> None:
    """Remember whose report, study or survey a sentence names, for "the survey said" later:
    the speaker written right before the noun ("a Reuters survey found"), else the sentence's
    only named speaker."""
    for noun in REPORT_NOUNS.finditer(text):
        adjacent = [
            h
            for end, h in owners
            if end <= noun.start() and not text[end : noun.start()].strip(" '’s")
        ]
        hop = adjacent[0] if adjacent else owners[0][1] if len(owners) == 1 else None
        if hop is not None:
            reports.setdefault(noun.group(1).lower(), hop)
