"""Gazetteer matches that are not the source they name here.

"Water UK", "Energy UK": a country's short code ending a body's name is not the country's
government. "Dr Saba Qureshi": a one-word agency name ("Saba") that is someone's first name.
"""

from __future__ import annotations

import re

_UP = "A-ZÀ-ÖØ-ÞĀ-ſ"
_LOW = "a-zß-öø-ÿĀ-ſ"

_CAPITAL_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+|[A-Z][a-z]*[A-Z][a-z]+)\s$")


_NAME_NEXT = re.compile(rf" [{_UP}][{_LOW}]+(?![\w-])")
_MEDIA_KINDS = frozenset(("news_agency", "state_media", "outlet"))


def _first_name_alias(sentence: str, a: int, b: int, entry, not_names) -> bool:
    """ "Saba Qureshi": a one-word agency name that is someone's first name here (a name
    token follows it and no reporting verb does)."""
    return (
        entry.source.kind in _MEDIA_KINDS
        and " " not in sentence[a:b]
        and bool(_NAME_NEXT.match(sentence, b))
        and sentence[b + 1 : b + 40].split(" ", 1)[0] not in not_names
    )


def _name_ends_in_country(sentence: str, a: int, b: int, entry, not_names) -> bool:
    """ "Water UK", "Energy UK", "Cycling UK": a country's short code ending a body's name,
    not the country's government."""
    if entry.source.kind != "government" or b - a > 3 or not sentence[a:b].isupper():
        return False
    m = _CAPITAL_BEFORE.search(sentence, max(0, a - 30), a)
    return m is not None and m.group(1) not in not_names


def _title_without_the(sentence: str, a: int, b: int) -> bool:
    """ "Independent Russian news outlet Mediazona": the first word of a sentence, before
    another capitalised word, is no outlet called "The Independent"."""
    return a == 0 and sentence[b : b + 1] == " " and sentence[b + 1 : b + 2].isupper()


_CAPITAL_WORD_BEFORE = re.compile(rf"[{_UP}][\w'’-]*\s$")


def _end_of_longer_title(sentence: str, a: int, b: int, entry) -> bool:
    """ "told The Savannah Times": "Times" ends another outlet's title, not "The Times"."""
    return (
        entry.source.name.startswith("The ")
        and entry.source.kind in _MEDIA_KINDS
        and not sentence.startswith(("The ", "the "), a)
        and bool(_CAPITAL_WORD_BEFORE.search(sentence, max(0, a - 30), a))
    )


def drop_misreadings(sentence: str, gaz: list, not_names: frozenset[str]) -> list:
    """``gaz`` (``Gazetteer.find``'s matches) without the ones read wrongly here; ``not_names``
    are capitalised words that open no name (and titles)."""
    for a, b, e in gaz:
        # Every rule below drops only a short government code, an outlet or a "The ..."
        # name: a list with none of them comes back as it is (one loop, not four).
        source = e.source
        kind = source.kind
        if (
            (kind == "government" and b - a <= 3)
            or kind in _MEDIA_KINDS
            or source.name.startswith("The ")
        ):
            break
    else:
        return gaz
    if any(e.source.kind == "government" and b - a <= 3 for a, b, e in gaz):
        gaz = [g for g in gaz if not _name_ends_in_country(sentence, *g, not_names)]
    if any(_NAME_NEXT.match(sentence, b) for _, b, _ in gaz):
        gaz = [g for g in gaz if not _first_name_alias(sentence, *g, not_names)]
    if any(e.source.name.startswith("The ") for _, _, e in gaz):
        gaz = [g for g in gaz if not _end_of_longer_title(sentence, *g)]
    if gaz and gaz[0][0] == 0 and gaz[0][2].source.name.startswith("The "):
        if not sentence.startswith("The ") and _title_without_the(sentence, gaz[0][0], gaz[0][1]):
            gaz = gaz[1:]
    return gaz
