"""Kinds of sources outside the gazetteer, from the words of their names and titles.

Split out of :mod:`.orgnames` (bodies) and used by :mod:`.sources` (people); also
whether a name is a person's and the kind of an unknown source from its wording.
"""

from __future__ import annotations

import re

from ._text import contains_any

_NAME_KINDS = tuple(
    (re.compile(pattern), kind)
    for pattern, kind in (
        (
            r"\b(?:air force|army|navy|armed forces|coast guard|military|national guard)\b",
            "military",
        ),
        (r"\b(?:central|national|reserve) bank\b|\bmonetary authority\b", "government"),
        (r"\b(?:party|hospitals?|healthcare|clinic|medical|university|college|project)\b", "other"),
        (
            r"\b(?:ministry|department|police|prefecture|authority|government|bureau|statistics|"
            r"office|agency|commission|directorate|inspectorate|administration|secretariat|"
            r"registry|survey|parliament|congress|senate|court|tribunal|council|"
            r"house of (?:representatives|commons|lords|assembly|delegates|deputies))\b",
            "government",
        ),
        (
            r"\b(?:foundation|institute|charity|network|society|trust|archive|watch|monitor|"
            r"observatory|coalition|initiative)\b",
            "ngo",
        ),
    )
)


def first_kind(table: tuple[tuple[re.Pattern, str], ...], text: str, default: str) -> str:
    """The kind of the first pattern of ``table`` found in lower-cased ``text``, else ``default``."""
    t = text.lower()
    for pattern, kind in table:
        if pattern.search(t):
            return kind
    return default


def name_kind(name: str) -> str:
    """Kind of a body named in capitals, from its words (companies and the rest: other)."""
    return first_kind(_NAME_KINDS, name, "other")


_PERSON_KINDS = tuple(
    (re.compile(pattern), kind)
    for pattern, kind in (
        (r"intelligence", "intelligence_agency"),
        (
            r"general\b|gen\.|commander|colonel|col\.|maj\.|lieutenant|lt\.|captain|capt\.",
            "military",
        ),
        (r"senator|rep\.|sen\.|lawmaker", "legislator"),
        (r"united nations|\bun\b|director-general", "international_org"),
        (
            r"president|minister|secretary|spokes|chancellor|governor|gov\.|mayor|ambassador|leader|commissioner|head|"
            r"coroner|sheriff|inspector|superintendent|detective|sergeant|sgt\.|police|fire|prosecutor|attorney|"
            r"premier|speaker|judge|collector|magistrate|councillor|administrator|prince|king|queen|sheikh|director|"
            r"emir|sultan",
            "official",
        ),
    )
)


def person_kind(title: str) -> str:
    """Kind of a person from the title in front of the name ("Police Chief" -> official)."""
    return first_kind(_PERSON_KINDS, title, "person")


# Every _ANON match contains one of these.
_ANON_WORDS = (
    "condition of anonymity",
    "familiar with",
    "unnamed",
    "anonymous",
    "source",
    "estern officials",
)
_ANON = re.compile(
    r"condition of anonymity|familiar with|\bunnamed\b|\banonymous\b|\bsources?\b|[Ww]estern officials"
)


def is_person_name(name: str) -> bool:
    """True for a personal name ("Kyrylo Budanov"), False for a body ("Joint Chiefs of Staff")."""
    return bool(_PERSON_NAME.fullmatch(name)) and not _INSTITUTION.search(name)


_PERSON_NAME = re.compile(r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}")


_INSTITUTION = re.compile(
    r"\b(?:Service|Agency|Ministry|Office|Bureau|Staff|Forces|Mission|Council|Committee|Organi[sz]ation|Nations|"
    r"Directorate|Department|Force|Command|Authority|Association|Federation|Programme|Project|Survey|Network|Foundation|Institute|Centre|Center|Fund|Bank|Reserve|News|Times|Post|"
    r"Army|Navy|Guard|Police|Party|Union|Court|Commission|Government|Administration|Statistics|Health|Press|Zone)\b"
)
_PEOPLE_KINDS = (
    "official",
    "military",
    "intelligence_agency",
    "international_org",
    "legislator",
    "person",
)


def kind_from_wording(text: str) -> str:
    """A kind for an unknown source from its wording (used for names not in the gazetteer)."""
    if contains_any(text, _ANON_WORDS) and _ANON.search(text):
        return "anonymous"
    return first_kind(_WORDING_KINDS, text, "other")


_WORDING_KINDS = tuple(
    (re.compile(pattern), kind)
    for pattern, kind in [
        (r"intelligence|spy agency", "intelligence_agency"),
        (r"lawmaker|legislator|\bmps?\b|senator|parliament|congress|committee", "legislator"),
        (r"news agency|wire service", "news_agency"),
        (r"state media|state television|state tv|state news", "state_media"),
        (
            r"ministry|government|police|bureau|department|office|authorit|administration|council",
            "government",
        ),
        (
            r"army|military|armed forces|defen[cs]e forces?|\bforces\b|general staff|navy|air force|command",
            "military",
        ),
        (r"united nations|\bun\b|world health|international", "international_org"),
        (
            r"newspaper|broadcaster|television|radio|magazine|website|podcast|times|post|journal",
            "outlet",
        ),
        (r"foundation|institute|charity|ngo|network|watch|centre|center|doctors", "ngo"),
        (r"official|spokes|minister|president", "official"),
    ]
)
