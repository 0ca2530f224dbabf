"""The object of an attribution cue when the mention rules give none or too little.

"according to officials in the Revenue Department": the department, not the officials;
"according to NSW Ambulance", "according to listings on Ticketmaster": a body no mention rule
knows, named in capitals (or as a web address) right after the cue.
"""

from __future__ import annotations

import re

from .name_kinds import name_kind
from .reports import STOP
from .sources import Mention

# A name no rule found after a cue: "according to NSW Ambulance", "according to listings on
# Ticketmaster", "data from PowerOutage.us" (capitalised words, an acronym, a web address)
_NAME_AFTER_CUE = re.compile(
    r"\s+(?:the\s+)?(?:(?:data|figures|listings|records|estimates|statistics|numbers|a\s+tally|"
    r"a\s+count)\s+(?:from|on|by|of|compiled\s+by|published\s+by)\s+(?:the\s+)?)?"
    r"(?P<name>[A-Z][\w&'’-]*(?:\.[a-z]{2,4}\b)?(?:\s+[A-Z][\w&'’-]*){0,4})"
)
_NOT_A_NAME = frozenset(
    """The A An It He She They We This That These Those Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday January February March April May June July August September October November
    December""".split()
)


def named_after(sentence: str, pos: int, mentions: list[Mention]) -> Mention | None:
    """A body named right after a cue that no mention rule found, as a named mention."""
    m = _NAME_AFTER_CUE.match(sentence, pos)
    if m is None or m.group("name").split()[0] in _NOT_A_NAME:
        return None
    if any(x.start <= m.start("name") < x.end for x in mentions):
        return None  # part of a mention already ("economists polled by Reuters")
    name = m.group("name")
    return Mention(m.start("name"), m.end("name"), name, "named", name, name_kind(name))


GROUP_AT = re.compile(r"\s+(?:from|at|in|of|with)\s+(?:the\s+)?")
_BODY_KINDS = frozenset(("government", "military", "international_org", "ngo", "other"))


def body_of_group(group: Mention, mentions: list[Mention], sentence: str) -> Mention:
    """The named body an unnamed group comes from ("officials in the Revenue Department"),
    else the group."""
    for x in mentions:
        if x.start >= group.end:
            if (
                x.type == "named"
                and x.kind in _BODY_KINDS
                and not x.guessed
                and GROUP_AT.fullmatch(sentence, group.end, x.start)
            ):
                return x
            break
    return group


# The told/informed party (a hop when an outlet, a legislature or lawmakers)
RECIPIENT_KINDS = frozenset({"legislator", "outlet", "news_agency", "state_media"})
# Legislatures and their committees, which the gazetteer files as governments, are told things
# too ("told the Dáil", "told the Joint Budget Committee")
LEGISLATURE = re.compile(
    r"\b(?:Parliament|Senate|Congress|Assembly|Dáil|Duma|Knesset|Bundestag|Lok Sabha|Rajya Sabha|"
    r"National Council|Federal Council|House of (?:Commons|Lords|Representatives)|Storting|Riksdag|Sejm|"
    r"Committee)\b"
)


def recipient(mentions: list[Mention], pos: int, sentence: str) -> Mention | None:
    """The told/informed party: the first mention after the verb, preferring an outlet or legislature."""
    that = sentence.find(" that ", pos, pos + 60)  # "told the Dáil that local authorities ..."
    near = [
        x
        for x in mentions
        if pos <= x.start <= pos + 45
        and not STOP.search(sentence, pos, x.start)
        and (that < 0 or x.start < that)
    ]
    for x in near:
        if x.kind in RECIPIENT_KINDS or x.type in ("pronoun", "group", "description"):
            return x
    return near[0] if near else None


# "according to a draft of the proposal seen by Eurofocus", "according to an internal
# presentation seen by Reuters": the document's owner is the source; the outlet saw it
_SEEN_BY_GAP = re.compile(
    r"\s+(?:an?|the)\s+[^,.;]{0,40}?\b(?P<noun>draft|document|presentation|memo|letter|plan|email|"
    r"proposal|assessment)s?\b[^,.;]{0,40}?\b(?:seen|obtained|reviewed)\s+by\s+(?:the\s+)?"
)


def document_seen(
    sentence: str, cue_start: int, cue_end: int, obj: Mention, mentions: list[Mention]
) -> tuple[str, Mention | None] | None:
    """``(noun, owner)`` when the object of "according to" is the outlet that saw a document:
    the owner is the sentence's first body or person before the cue (None when none)."""
    seen = _SEEN_BY_GAP.fullmatch(sentence, cue_end, obj.start)
    if seen is None:
        return None
    owner = next(
        (
            x
            for x in mentions
            if x.end <= cue_start
            and x.type in ("named", "person")
            and x.kind not in ("outlet", "news_agency")
        ),
        None,
    )
    return seen.group("noun"), owner
