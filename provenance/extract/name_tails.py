"""Where the words that name a source stop: an acronym in brackets, a head noun ("the TASS
agency"), its data ("Eurostat data showed", "NHS England data published on Thursday shows").
Split out of :mod:`.attribution`."""

from __future__ import annotations

import re

from .sources import Mention

__all__ = ["after_name"]

# ("the Africa Centres for Disease Control and Prevention (Africa CDC) said": a word may lead)
# ("Brå"; a name in its own script: "Taoyuan Forward (桃園向前行)", "Hsu Ya-ting (許雅婷)")
_BRACKET_ACRONYM = re.compile(
    r"\s*\((?:(?:[A-Z][a-z]+ )?[A-Z][\w.&-]{1,11}|[^\x00-\x7f()]{1,24})\)"
)
# The common noun a name is written with ("the TASS agency", "the Kommersant newspaper"),
# or its data ("Eurostat data showed", "LSEG data show").
_HEADS = (
    "agency|newspaper|daily|weekly|broadcaster|channel|network|website|group|company|firm|operator|"
    "spokesperson|spokesman|spokeswoman"  # "A Halvex Group spokesperson said": the body's
)
_HEAD_NOUN = re.compile(rf" (?:news |state |wire )?(?:{_HEADS})(?![\w-])")
# (and when they came out: "NHS England data published on Thursday shows", "... data released
# on 13 November show", "... figures out last week show")
_DATA_NOUN = re.compile(
    r" (?:data|figures|statistics|report|survey|tally)(?![\w-])"
    r"(?: (?:published|released|issued|out|updated)(?: (?:on|last|this|earlier|in) [\w.]+(?: \w+)?)?"
    r"(?= (?:show|shows|showed|found|finds|suggest|suggests|suggested|indicate|indicates|"
    r"indicated|reveal|reveals|revealed|put|puts)\b))?"
)
_HEAD_WORDS = ("news ", "state ", "wire ", *_HEADS.split("|"))  # after the space of a match
# after the space of a _DATA_NOUN match
_DATA_WORDS = ("data", "figures", "statistics", "report", "survey", "tally")


def after_name(sentence: str, end: int, name: Mention | None = None) -> int:
    """Where the words that name a mention ending at ``end`` stop: past an acronym in brackets
    ("the Central Statistics Office (CSO) said"), a head noun ("the TASS agency reported")
    and, after a capitalised name, its data ("Eurostat data showed")."""
    nxt = sentence[end : end + 3]
    if nxt.lstrip().startswith("("):
        acronym = _BRACKET_ACRONYM.match(sentence, end)
        if acronym:
            end = acronym.end()
    elif nxt[:1] == " " and nxt[1:2].islower():
        head = sentence.startswith(_HEAD_WORDS, end + 1) and _HEAD_NOUN.match(sentence, end)
        if head:
            end = head.end()
        elif name is not None and (
            name.type == "named"
            and (name.text[:1].isupper() or name.text[:4] == "the ")
            or name.type == "group"
        ):  # "Eurostat data showed", "the AAPP report said", "police figures show"
            data = sentence.startswith(_DATA_WORDS, end + 1) and _DATA_NOUN.match(sentence, end)
            if data:
                end = data.end()
    return end
