"""The figure lexicons (``provenance/data/figures.json``) and the regexes built from them.

The lowest layer of the figure extractor: :mod:`qualifiers`, :mod:`nonfigures`,
:mod:`numbers`, :mod:`counts`, :mod:`hedges` and :mod:`figures` all read their words here.
Also the builders of :mod:`numbers`' trigger (where a number phrase can start) and the
byte-level word set its per-sentence trigger is chosen with.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

DATA_PATH = Path(__file__).resolve().parent.parent / "data" / "figures.json"


@functools.cache
def lexicon() -> dict:
    """The figure lexicons (number words, qualifiers, cue words...), loaded once."""
    return json.loads(DATA_PATH.read_text(encoding="utf-8"))


def alt(words) -> str:
    """A regex alternation of literal phrases, longest first (so the longest match wins)."""
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


# the non-ASCII characters re.IGNORECASE equates with ASCII letters ("İ", "ı", "ſ", Kelvin sign)
_CASE_EXTRAS = "\u0130\u0131\u017f\u212a"


def ci_alt(words, space: str = r"\s+") -> str:
    """``(?i:{alt(words)})`` for a pattern compiled without re.IGNORECASE, in a faster form.

    A case-insensitive alternation compares the character at hand with the first letter of
    every phrase in turn (lowering it each time). Here each case of each first letter (and
    the non-ASCII letters re.IGNORECASE equates with it) opens one branch, a plain literal,
    followed by the rest of the phrases with that first letter, case-insensitive and in
    :func:`alt`'s order (longest first). At any position only the branches of one letter can
    match, and they try its phrases in the order of :func:`alt`: the same match, the same
    backtracking. Phrases that do not open with an ASCII letter keep the plain form.
    """
    ordered = sorted(words, key=len, reverse=True)
    if not all(w[:1].isascii() and w[:1].isalpha() for w in ordered):
        return f"(?i:{alt(words)})"
    groups: dict[str, list[str]] = {}
    for w in ordered:
        groups.setdefault(w[0].lower(), []).append(re.escape(w[1:]).replace(r"\ ", space))
    branches = []
    for c, tails in groups.items():
        cases = {c, c.upper()} | {x for x in _CASE_EXTRAS if re.fullmatch(c, x, re.I)}
        branches += [f"{re.escape(x)}(?i:{'|'.join(tails)})" for x in sorted(cases)]
    return "(?:" + "|".join(branches) + ")"


_WORDLIKE = re.compile(r"[A-Za-z0-9'’.-]+(?: [A-Za-z0-9'’.-]+)*")


def edge_words(words, *, lower: bool = True, last: bool = False) -> tuple[str, ...] | None:
    """The first (or last) word of each phrase of ``words``, for a gate before a pattern built with
    :func:`alt` (which writes a phrase's spaces as ``\\s+``, so a match opens with the first
    word and ends with the last). Lowercase for a re.I pattern, where a gate compares with the
    lowercase text of :func:`_text.plain_lower`: for ASCII words that is exact, so the gate is
    None (none: always run the pattern) when a word is not plain ASCII.
    """
    if not all(w.isascii() and _WORDLIKE.fullmatch(w) for w in words):
        return None
    parts = [w.split(" ")[-1 if last else 0] for w in words]
    return tuple(sorted({w.lower() for w in parts} if lower else set(parts)))


def openers(phrases, size: int) -> frozenset[str] | None:
    """The lowercase first ``size`` characters of the phrases of an :func:`alt` alternation
    (which writes their spaces as ``\\s+``), for a gate on the lowercase text of
    :func:`_text.plain_lower` where a re.IGNORECASE match must open; None (no gate) unless
    every phrase opens with that many plain ASCII characters, for which the test is exact."""
    heads = [ph.split()[0][:size].lower() if ph.split() else "" for ph in phrases]
    if not all(len(h) == size and h.isascii() for h in heads):
        return None
    return frozenset(heads)


# ---------------------------------------------------------------------------
# The trigger of numbers.find_number_phrases: where a number phrase can start


def fast_trigger(starters: list[str]) -> re.Pattern:
    """Where a number phrase can start: a digit, a currency sign, a number word, "a"/"an" + scale.

    Equivalent to ``US\\$|[$€£¥₩₹]|\\d[\\d,.]*|\\b(?:[Oo]ne|[Tt]wo|...)\\b|\\b[Aa]n?[ \\t]+(?=...)``
    (same matches, same spans), written so that the regex engine can skip ahead fast: the
    pattern opens with one character class (the possible first characters), which lets
    ``re`` scan for it in C instead of trying every alternative at every position. The
    alternative for each first character then checks, by look-behind, which one it was
    (``(?<!\\w.)`` is the ``\\b`` before the consumed letter). Number words are grouped
    by first letter, longest first within a group as in the plain alternation; the branches
    keep the plain pattern's order, so a first character shared by two of them ("U" of
    "US$" and of a number word) tries them in the same order.
    """
    groups: dict[str, list[str]] = {}
    for w in sorted(starters, key=len, reverse=True):
        groups.setdefault(w[0].lower(), []).append(re.escape(w[1:]))
    words = "|".join(
        f"(?<=[{re.escape(c.upper() + c)}])(?:{'|'.join(tails)})" for c, tails in groups.items()
    )
    first = re.escape("".join(c.upper() + c for c in groups))
    return re.compile(
        rf"[U$€£¥₩₹\d{first}Aa]"
        rf"(?:(?<=U)S\$|(?<=[$€£¥₩₹])|(?<=\d)[\d,.]*|(?<!\w.)(?:{words})\b"
        rf"|(?<!\w.)(?<=[Aa])n?[ \t]+(?=(?:few[ \t]+|couple[ \t]+of[ \t]+)?(?:hundred|thousand|million|billion|"
        rf"trillion|dozen|half|third|quarter|fifth|tenth|battalion|brigade|regiment|compan|platoon|division)))"
    )


A_SCALE_WORDS = (
    "hundred",
    "thousand",
    "million",
    "billion",
    "trillion",
    "dozen",
    "half",
    "third",
    "quarter",
    "fifth",
    "tenth",
    "battalion",
    "brigade",
    "regiment",
    "compan",
    "platoon",
    "division",
)
A_SCALE = r"n?[ \t]+(?=(?:few[ \t]+|couple[ \t]+of[ \t]+)?(?:" + "|".join(A_SCALE_WORDS) + "))"


# what may follow "a"/"an" and spaces where the "a" alternative of the trigger matches
A_NEXT = tuple(w.encode() for w in A_SCALE_WORDS) + (b"few", b"couple")
# A gate for may_have_a_scale: its loop says yes only at " a "/" an " followed by spaces and a
# word of A_NEXT, or by more than 54 spaces (the rest of a 64-byte chunk shorter than 10).
_A_NEXT_GATE = re.compile(
    rb" an? (?: *(?:" + b"|".join(re.escape(w) for w in A_NEXT) + rb")| {54})"
)

# bytes.translate table for word_bytes: ASCII letters, digits and "_" (the ASCII \w) kept,
# A-Z lowercased, every other byte (other ASCII and the bytes of UTF-8 sequences) a space
WORD_BYTES = bytes(
    c + 32 if 65 <= c <= 90 else c if chr(c).isascii() and (chr(c).isalnum() or c == 95) else 32
    for c in range(256)
)


def word_bytes(text: str) -> bytes:
    """``text`` as lowercase ASCII words (runs of ASCII letters, digits and "_") between spaces.

    Where a pattern finds an ASCII word between non-word characters (``\\b``), that word is a
    word of this too: the characters around it are non-word, and a non-ASCII character
    becomes spaces (a non-ASCII letter splits a word, which only adds words). A space is put
    first so that every word follows a space. One C pass (encode, translate), no regex scan.
    """
    return b" " + text.encode("utf-8", "surrogatepass").translate(WORD_BYTES)


def may_have_a_scale(words: bytes) -> bool:
    """Whether the "a"/"an" alternative of the trigger can match, in the text of ``words``.

    It matches "a"/"an" as a word, spaces or tabs, and then (after "few" or "couple of")
    a word opening with one of A_SCALE_WORDS; False only when no "a"/"an" of ``words`` is
    followed by such a word.
    """
    if not _A_NEXT_GATE.search(words):
        return False  # no article before a word of A_NEXT or a long run of spaces (see below)
    for article in (b" a ", b" an "):
        k = words.find(article)
        while k >= 0:
            after = k + len(article)
            chunk = words[after : after + 64]
            rest = chunk.lstrip()
            if rest.startswith(A_NEXT) or (len(rest) < 10 and len(chunk) == 64):
                return True  # (or the spaces may run past the chunk)
            k = words.find(article, after - 1)
    return False


def ascii_trigger(
    starters: list[str], *, a_scale: bool = True, signs: str = "$€£¥₩₹"
) -> re.Pattern:
    """The trigger of :func:`fast_trigger` for text whose digits are all 0-9.

    Every alternative opens with one literal character ("U", "$", "0".."9", "T", "t", ...),
    which is the fastest form for ``re``: it scans for the set of first characters in C and
    rejects the other alternatives by comparing one character, with no look-behind to tell
    which character it consumed. Alternatives sharing a first character keep the plain
    pattern's order (US$ before a u- number word; number words before "a"/"an").
    ``signs``: the currency signs to find ("$" for ASCII text, where the others cannot occur).
    """
    groups: dict[str, list[str]] = {}
    for w in sorted(starters, key=len, reverse=True):
        groups.setdefault(w[0].lower(), []).append(re.escape(w[1:]))
    branches: dict[str, list[str]] = {"U": [r"S\$"]}
    for c in signs:
        branches.setdefault(c, []).append("")
    for d in "0123456789":
        branches.setdefault(d, []).append(r"[\d,.]*")
    for c, tails in groups.items():
        for case in (c.upper(), c):
            branches.setdefault(case, []).append(rf"(?<!\w.)(?:{'|'.join(tails)})\b")
    for case in "Aa" if a_scale else "":
        branches.setdefault(case, []).append(rf"(?<!\w.){A_SCALE}")
    alts = []
    for c, rest in branches.items():
        body = rest[0] if len(rest) == 1 else "(?:" + "|".join(rest) + ")"
        alts.append(re.escape(c) + body)
    return re.compile("|".join(alts))
