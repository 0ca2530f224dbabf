"""The patterns of personal names for :mod:`.sources`, and their fast forms for ASCII text.

A name is two to four capitalised tokens ("Jane Roe", "Ursula von der Leyen", "Abdul-Khaleq
al-Ajri") after at most six title words ("Health Minister"). On ASCII text the same
matches come from fast forms of the patterns (PERSON_ASCII, NAME_PAIR_ASCII): their letter
classes cut to ASCII, their runs possessive and a look-ahead before the link words, which
spare ``re`` the backtracking through every letter of every capitalised word that is no
name (tests/test_perf8_mentions.py compares them).
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


# The fast forms for ASCII text. There [UP], [LOW] and [A-Za-zUP] hold no other characters
# than [A-Z], [a-z] and [A-Za-z]; a lower-case run or a run of whitespace is possessive
# (``++``), as what follows it (a capital, "-", whitespace after letters, a letter after
# whitespace, a look-ahead that fails on a word character) can never take back one of its
# characters; and after a name token's whitespace a look-ahead checks the one letter that
# can come next (a link word's, a particle's or a capital) before re tries them all.
_LINK_LIST = LINK_WORDS[6:-10].split("|")  # "von", "van", ...
_NEXT_LOWER = "".join(sorted({w[0] for w in _LINK_LIST + list(PARTICLES)}))  # "abdeiv"
_TOKEN_ASCII = rf"{PARTICLE}[A-Z][a-z]++(?:[A-Z][a-z]++)?(?:-[A-Za-z][a-z]++)?"
PERSON_ASCII = re.compile(
    rf"(?<![\w-])(?P<title>(?:(?:{trie_pattern(TITLE_SET)})\s++){{0,6}})"
    rf"(?P<name>{_TOKEN_ASCII}(?:\s++(?=[{_NEXT_LOWER}A-Z]){LINK_WORDS}{_TOKEN_ASCII}){{1,3}})(?![\w-])"
    r"(?!\s+&\s)"
)
NAME_PAIR_ASCII = re.compile(
    rf"[A-Z][a-z]++(?:[A-Z][a-z]++)?(?:-[A-Za-z][a-z]++)?"
    rf"\s++(?:[A-Z]|(?=[{_NEXT_LOWER}]){LINK_WORDS}{PARTICLE}[A-Z])[a-z]"
)
