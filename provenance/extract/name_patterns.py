"""The patterns of personal names for :mod:`.sources`, and their fast forms for ASCII text.

A name is two to four capitalised tokens ("Jane Roe", "Ursula von der Leyen", "Abdul-Khaleq
al-Ajri") after at most six title words ("Health Minister"). On ASCII text the same
matches come from :func:`ascii_form` of a pattern: its letter classes cut to ASCII and its
lower-case runs possessive, which spares ``re`` the backtracking through every letter of
every capitalised word that is no name (tests/test_perf8_mentions.py compares them).
"""

from __future__ import annotations

import re

from ._text import trie_pattern
from .person_words import TITLE_WORDS

# Latin letters with accents count as letters of names ("Gérald Darmanin", "Pedro Sánchez",
# "Jörg Müller"); Latin Extended-A (U+0100-U+017F) mixes cases, so it is in both classes.
UP = "A-ZÀ-ÖØ-ÞĀ-ſ"
LOW = "a-zß-öø-ÿĀ-ſ"
# Arabic names write their article in lower case ("Abdul-Khaleq al-Ajri", "Omar el-Bashir").
PARTICLE = r"(?:al-|el-|ad-|as-|ash-|az-)?"
# Lower-case particles inside a name ("Ursula von der Leyen", "Mohammed bin Salman").
LINK_WORDS = r"(?:(?:von|van|der|den|de|da|di|du|del|della|dos|das|bin|ibn)\s+){0,2}"
# "McGrail", "MacDonald", "DeLuca": a second capital inside a surname
NAME_TOKEN = rf"{PARTICLE}[{UP}][{LOW}]+(?:[{UP}][{LOW}]+)?(?:-[A-Za-z{UP}][{LOW}]+)?"
# The words of TITLE_WORDS (literals); PERSON tries them as a trie (same matches: no title holds a space).
TITLE_SET = frozenset(w.replace("\\.", ".") for w in TITLE_WORDS[3:-1].split("|"))
PERSON = re.compile(
    rf"(?<![\w-])(?P<title>(?:(?:{trie_pattern(TITLE_SET)})\s+){{0,6}})(?P<name>{NAME_TOKEN}(?:\s+{LINK_WORDS}{NAME_TOKEN}){{1,3}})(?![\w-])"
    r"(?!\s+&\s)"  # "Oklahoma Gas & Electric", "Marks & Spencer": a firm, no person
)

# Every PERSON match holds two capitalised name tokens in a row (NAME_PAIR). Its optional
# particle makes re try it at every character: find_mentions looks for the pair without the
# particle (class-first) and with one (see mention_scan.next_match_either).
NAME_PAIR = re.compile(rf"{NAME_TOKEN}\s+{LINK_WORDS}{PARTICLE}[{UP}][{LOW}]")
PARTICLES = tuple(PARTICLE[3:-2].split("|"))  # "al-", "el-", ...
NAME_PAIR_PLAIN = re.compile(NAME_PAIR.pattern[len(PARTICLE) :])
NAME_PAIR_PARTICLE = re.compile(PARTICLE[:-1] + NAME_PAIR.pattern[len(PARTICLE) :])


def ascii_form(pattern: str) -> str:
    """``pattern`` for ASCII text: the same matches there, found faster.

    The classes ``[UP]``, ``[LOW]`` and ``[A-Za-zUP]`` hold no other ASCII characters than
    ``[A-Z]``, ``[a-z]`` and ``[A-Za-z]``. A run ``[LOW]+`` becomes possessive (``[a-z]++``):
    in these patterns it is followed only by a capital, "-", whitespace or a look-ahead
    that fails on a word character, none of which can take back a lower-case ASCII letter,
    so no match ever gives one back.
    """
    return (
        pattern.replace(f"[A-Za-z{UP}]", "[A-Za-z]")
        .replace(f"[{LOW}]+", "[a-z]++")
        .replace(f"[{UP}]", "[A-Z]")
        .replace(f"[{LOW}]", "[a-z]")
    )


PERSON_ASCII = re.compile(PERSON.pattern.replace(NAME_TOKEN, ascii_form(NAME_TOKEN)))
NAME_PAIR_ASCII = re.compile(ascii_form(NAME_PAIR_PLAIN.pattern))
