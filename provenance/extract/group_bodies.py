"""Which body an unnamed group or spokesperson speaks for, by the words around it (used by
:mod:`.resolution`): "a police spokesperson", "the union", "emergency officials", "medics"."""

from __future__ import annotations

import re

from .mention_scan import Mention

__all__ = ["SERVICE_STEMS", "SPOKES", "UNION_NAME", "spokes_body"]

SPOKES = frozenset(("spokesperson", "spokesman", "spokeswoman"))
# The body noun before an unnamed spokesperson ("A police spokesperson", "the ministry's spokesman").
SPOKES_BODY_RE = re.compile(
    r"(?:^|\s)(?:[Aa]n?|[Tt]he)\s+(police|army|military|ministry|navy|government|union|council|"
    r"agency|department|company|hospital|embassy|court|party|commission|regulator|force)(?:['’]s)?\s+$"
)


def spokes_body(m: Mention, sentence: str | None) -> Mention | None:
    """The body an unnamed spokesperson's mention names in front of it, as a mention of its
    own ("A police spokesperson": police); None when there is none."""
    if not sentence:
        return None
    found = SPOKES_BODY_RE.search(sentence, max(0, m.start - 30), m.start)
    if found is None:
        return None
    noun = found.group(1)
    if noun in ("police", "army"):
        return Mention(found.start(1), found.end(1), noun, "group", noun, "government")
    return Mention(found.start(1) - 4, found.end(1), "the " + noun, "description")


# The names of workers' bodies "the union" can stand for.
UNION_NAME = re.compile(
    r"\b(?:Union|Organi[sz]ation|Federation|Association|Confederation|Congress|Guild|Syndicate)\b"
)

# Groups that speak for a service the article names, and the words of such services' names.
SERVICE_STEMS = {
    "emergency officials": ("Emergency",),
    "disaster officials": ("Disaster",),
    "fire officials": ("Fire",),
    "rescue officials": ("Rescue",),
    "election officials": ("Election", "Electoral"),
    "electoral officials": ("Election", "Electoral"),
    "statisticians": ("Statisti", "Destatis", "Census"),
    "forecasters": ("Meteorolog", "Weather", "Met Office", "Climate", "Hurricane Center"),
    "meteorologists": ("Meteorolog", "Weather", "Met Office", "Climate", "Hurricane Center"),
    "medics": ("Ambulance", "Magen David Adom", "Red Crescent", "Emergency Medical", "Paramedic"),
    "paramedics": (
        "Ambulance",
        "Magen David Adom",
        "Red Crescent",
        "Emergency Medical",
        "Paramedic",
    ),
}
