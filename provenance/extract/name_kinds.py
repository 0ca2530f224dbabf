"""Kinds of sources outside the gazetteer, from the words of their names and titles.

Split out of :mod:`.orgnames` (bodies) and used by :mod:`.sources` (people).
"""

from __future__ import annotations

import re

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
            r"registry|survey|parliament|congress|senate|court|tribunal|council)\b",
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
