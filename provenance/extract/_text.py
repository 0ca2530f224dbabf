"""Small text and regex helpers shared by the extractor's fast paths."""

from __future__ import annotations

import re
from collections.abc import Iterable

# The only non-ASCII characters that re.IGNORECASE equates with ASCII letters (see the re
# docs): "İ" and "ı" with i, "ſ" with s, the Kelvin sign with k. "İ" is also the only
# character whose lowercase is longer than itself.
_CASE_EXTRAS = "\u0130\u0131\u017f\u212a"
_CASE_SPECIALS = re.compile(f"[{_CASE_EXTRAS}]")


def plain_lower(text: str) -> str | None:
    """``text.lower()`` when it can stand in for ``re.IGNORECASE`` matching of ASCII words.

    Without the four special characters, a case-insensitive pattern of ASCII words matches
    ``text`` exactly where the lowercase words occur in ``text.lower()``, so a substring
    test (``"according to" in low``) answers "can the pattern match?" cheaply. Returns None
    when the text has one of them: callers then run the pattern itself.
    """
    if _CASE_SPECIALS.search(text):
        return None
    return text.lower()


def ci_words(words, space: str = r"\s+") -> str:
    r"""``\b(?i:w1|w2|...)`` (longest first, spaces as ``space``), in a faster form.

    A case-insensitive alternation is tried at every character. Here every alternative
    opens with one literal character, each case of a word's first letter (and the
    non-ASCII letters re.IGNORECASE equates with it) with the rest of the words starting
    with that letter after it, case-insensitive, longest first as in the plain form. ``re``
    then scans for the first characters in C. ``(?<!\w.)`` is the ``\b`` before the
    consumed letter. Compile the result without re.IGNORECASE.
    """
    ordered = sorted(words, key=len, reverse=True)
    if not all(re.match(r"\w", w[:1]) for w in ordered):
        plain = "|".join(re.escape(w).replace(r"\ ", space) for w in ordered)
        return rf"\b(?i:{plain})"
    groups: dict[str, list[str]] = {}
    for w in ordered:
        groups.setdefault(w[0].lower(), []).append(re.escape(w[1:]).replace(r"\ ", space))
    alts = []
    for c, tails in groups.items():
        cases = {c, c.upper(), c.lower()} | {
            x for x in _CASE_EXTRAS if re.fullmatch(re.escape(c), x, re.I)
        }
        rest = "|".join(tails)
        alts += [rf"{re.escape(x)}(?<!\w.)(?i:{rest})" for x in sorted(cases)]
    return "(?:" + "|".join(alts) + ")"


def trie_pattern(words: Iterable[str]) -> str:
    """A regex matching exactly ``words``, shaped as a trie ("ab", "ac" -> "a(?:b|c)").

    The regex engine rejects a branch on its first character, so a trie tries a
    handful of characters per position where a flat alternation tries every word.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def emit(node: dict) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        alt = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{alt})?"
        return alt

    return emit(trie)


def contains_any(text: str, needles: tuple[str, ...]) -> bool:
    """Whether any of ``needles`` occurs in ``text``.

    ``in`` runs a fast substring search per needle; a regex alternation of the same
    literals (``a|b|c``) makes ``re`` try a branch at almost every character, which is
    several times slower for the few dozen needles the pre-filters use.
    """
    for needle in needles:
        if needle in text:
            return True
    return False


def finditer_from(pattern: re.Pattern, starts: re.Pattern, text: str):
    """``pattern.finditer(text)``, trying ``pattern`` only where ``starts`` matches.

    For a pattern that opens with a look-behind or an optional part, ``re`` attempts a
    match at every character. When every match of ``pattern`` begins where a match of
    ``starts`` (a class-first pattern ``re`` scans for in C) begins, trying only there
    gives the same matches. ``pattern`` must not match the empty string.
    """
    pos, n = 0, len(text)
    search, match = starts.search, pattern.match
    while pos <= n:
        c = search(text, pos)
        if c is None:
            return
        m = match(text, c.start())
        if m is None:
            pos = c.start() + 1
            continue
        yield m
        pos = m.end()


def word_starts(words: Iterable[str]) -> re.Pattern:
    """Where a capital A-Z or one of ``words`` (lowercase) opens a word: candidate starts.

    Used with :func:`finditer_from` / :func:`search_from` for patterns whose matches open
    with a capitalised word or one of a few lowercase words. Every alternative opens with
    one literal letter (``A|B|...|t(?:he|...)``, not ``[A-Z]``): re then scans for the set
    of first letters in C, and stops only at capitals and those words' first letters.
    ``(?<![\\w-].)`` is the word start before the consumed letter. ASCII capitals only:
    callers use the pattern on ASCII text.
    """
    begin = r"(?<![\w-].)"
    alts = [c + begin for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"]
    tails: dict[str, list[str]] = {}
    for w in words:
        tails.setdefault(w[0], []).append(w[1:])
    alts += [re.escape(c) + begin + trie_pattern(rest) for c, rest in sorted(tails.items())]
    return re.compile("|".join(alts))
