"""Currencies that are not written as a sign: codes before the amount, amounts whose currency is
implied by their neighbour, exchange rates, and words several countries share.

* ``currency_prefix``: "Rs 5 crore", "DKK 4.2 billion" (``currency_prefixes`` in figures.json);
* ``settle_sentence``: "31.9 billion Danish crowns ..., below the 32.9 billion expected" (a
  bare amount in millions or billions compared with an amount in a currency is in that
  currency; a converted amount in brackets is not the one it takes), and "the zloty weakened
  ... to 4.28 per euro" (an exchange rate: ``PLN per EUR``);
* ``settle_article``: "19.5 billion crowns" alone is in the crowns the article has already
  named ("Danish crowns" -> DKK), else in the crowns of the country the article names
  ("Copenhagen" -> DKK); the same for rials, pesos, dinars, shillings, francs and won.

The words are data (``provenance/data/figures.json``); the rules are general.
"""

from __future__ import annotations

import copy
import functools
import re
from collections.abc import Sequence

import attrs

from .lexicon import alt, lexicon

_PREFIX_RE = re.compile(r"(?:^|(?<=[^\w.]))(Rs\.?|[A-Z][A-Za-z]{1,2})[ \t]?$")
# currency signs the number pattern does not know: the sign alone before the digits
SIGNS = {
    "₴": "UAH",
    "₽": "RUB",
    "₺": "TRY",
    "₦": "NGN",
    "₱": "PHP",
    "₪": "ILS",
    "₫": "VND",
    "฿": "THB",
}
PREFIX_ENDS = (" ", "\t", ".", *SIGNS)
# dollars of other countries: "A$5 billion", "HK$2.1 billion" (the number pattern reads "$")
_DOLLARS = {"A": "AUD", "AU": "AUD", "C": "CAD", "CA": "CAD", "HK": "HKD", "NZ": "NZD", "S": "SGD"}
_DOLLARS |= {
    "SG": "SGD",
    "NT": "TWD",
    "R": "BRL",
    "MX": "MXN",
    "Mex": "MXN",
    "Z": "ZWL",
    "EC": "XCD",
    "J": "JMD",  # "J$1 billion" (Jamaican copy)
    "TT": "TTD",
}
_DOLLAR_PREFIX = re.compile(r"(?<![\w.])(A|AU|C|CA|HK|NZ|S|SG|NT|R|MX|Mex|Z|EC|J|TT)$")


def dollar_prefix(text: str, first, last):
    """ "A$5 billion": the atoms of the amount start at the country letters and are in that
    currency (copies; the atoms of :mod:`numbers` are shared). Unchanged without such letters."""
    if text[first.start : first.start + 1] != "$":
        return first, last
    m = _DOLLAR_PREFIX.search(text, max(0, first.start - 3), first.start)
    if not m:
        return first, last
    new = copy.copy(first)
    new.start, new.currency = m.start(), _DOLLARS[m.group(1)]
    if last is first:
        return new, new
    return new, last


def currency_prefix(before: str) -> tuple[str, int] | None:
    """The currency code written before an amount ("Rs 5", "DKK 4.2"), and its length in ``before``.

    ``before`` is the text right before the number. None when there is none.
    """
    if before[-1:] in SIGNS:
        return SIGNS[before[-1]], 1  # "₴1.5 billion"
    if before[-1:] not in (" ", "\t", ".") or not before.rstrip(" \t.")[-1:].isalpha():
        return None  # (an attached code, "Rs5", is a designation for nonfigures)
    # the code ("Rs", "Rs.", or a capital and one or two letters) ends ``before`` less one
    # space or tab, so it opens with a capital two or three characters from that end
    code_end = len(before) - 1 if before[-1] in (" ", "\t") else len(before)
    if not (
        "A" <= before[code_end - 2 : code_end - 1] <= "Z"
        or "A" <= before[code_end - 3 : code_end - 2] <= "Z"
    ):
        return None
    m = _PREFIX_RE.search(before, max(0, len(before) - 6))
    if not m:
        return None
    code = lexicon()["currency_prefixes"].get(m.group(1))
    if code is None:
        return None
    return code, len(before) - m.start(1)


@functools.cache
def _patterns() -> tuple[re.Pattern, re.Pattern, dict[str, str]]:
    lex = lexicon()
    singular = {k.lower(): v for k, v in lex["currency_singular"].items()}
    names = alt(singular)
    # "4.28 per euro", "83.2 to the dollar", "0.92 against the dollar"
    quote = re.compile(
        rf"[ \t]+(?:per|a|to[ \t]+the|against[ \t]+the|versus[ \t]+the)[ \t]+(?P<c>{names})\b",
        re.I,
    )
    base = re.compile(rf"\b(?:the|The)[ \t]+(?P<c>{names})\b", re.I)
    return quote, base, singular


_SCALED = re.compile(r"(?:million|billion|trillion|lakh|crore|bn|mn|m)\b", re.I)
# _SCALED for lowercase ASCII text, as a trie without re.I: re scans for its first letters in
# C (re.I's alternation is tried at every character). On ASCII text, where re.I equates no
# letter with a non-ASCII one, _SCALED.search(t) finds a match iff this does on t.lower().
_SCALED_ASCII_LOW = re.compile(r"(?:m(?:illion|n)?|b(?:illion|n)|trillion|lakh|crore)\b")


def _scaled(ftext: str) -> bool:
    """Whether ``_SCALED.search(ftext)`` finds a match."""
    if ftext.isascii():
        return _SCALED_ASCII_LOW.search(ftext.lower()) is not None
    return _SCALED.search(ftext) is not None


def settle_sentence(text: str, mentions: list) -> None:
    """Units implied within one sentence (module doc); ``mentions`` are figures.FigureMention."""
    if len(mentions) < 1:
        return
    codes = _codes()
    for i, m in enumerate(mentions):
        fig = m.figure
        if fig.unit is not None:
            continue
        rate = _exchange_rate(text, m.end)
        if rate:
            mentions[i] = m._replace(figure=attrs.evolve(fig, unit=rate))
            continue
        ftext = fig.text
        # (_SCALED needs letters, each of which has a case: not in "4,000")
        if ftext.lower() == ftext.upper() or not _scaled(ftext):
            continue
        for prev in reversed(mentions[:i]):
            unit = prev.figure.unit or ""
            if unit in codes and not _in_brackets(text, prev.start):
                mentions[i] = m._replace(figure=attrs.evolve(fig, unit=unit))
                break


def _exchange_rate(text: str, end: int) -> str | None:
    if " per " not in text[end : end + 6] and " the " not in text[end : end + 14]:
        return None  # cheap literal pre-check
    quote_re, base_re, singular = _patterns()
    q = quote_re.match(text, end)
    if not q:
        return None
    # (.get: re.I also matches "ſ" and the Kelvin sign, which lower() keeps)
    quote = singular.get(_WS.sub(" ", q.group("c").lower()))
    for b in base_re.finditer(text):
        code = singular.get(_WS.sub(" ", b.group("c").lower()))
        if quote and code and code != quote and b.start() != q.start("c") - 4:
            return f"{code} per {quote}"
    return None


def _in_brackets(text: str, pos: int) -> bool:
    return text.count("(", 0, pos) > text.count(")", 0, pos)


@functools.cache
def _codes() -> frozenset[str]:
    lex = lexicon()
    return frozenset(
        {
            *lex["currencies"].values(),
            *lex["currency_words"].values(),
            *lex["currency_prefixes"].values(),
            *(c for codes in lex["currency_countries"].values() for c in codes.values()),
        }
    )


_WS = re.compile(r"\s+")


def settle_article(text: str, sentences: Sequence[list]) -> None:
    """Bare "crowns", "rials"... (the unit is the word itself) get the code the article implies.

    ``sentences`` are the FigureMention lists of the article's sentences in text order; they
    are changed in place.
    """
    lex = lexicon()
    bare = lex["bare_currency_words"]
    if not any(m.figure.unit in bare for ms in sentences for m in ms):
        return
    countries = lex["currency_countries"]
    low = text.lower()
    last: dict[str, str] = {}  # family -> the code of its last amount so far
    for ms in sentences:
        for i, m in enumerate(ms):
            unit = m.figure.unit
            family = bare.get(unit or "")
            if family is None:
                for fam, codes in countries.items():
                    if unit in codes.values():
                        last[fam] = unit
                continue
            code = (
                last.get(family)
                or _country_code(low, countries[family])
                or lex["bare_currency_defaults"].get(family)
            )
            if code:
                ms[i] = _with_word(text, m._replace(figure=attrs.evolve(m.figure, unit=code)))


def _with_word(text: str, m):
    """The figure's text and span run on over the currency word right after it ("412 crowns"), as
    for "130 zlotys"; unchanged without a document span or without the word right there."""
    span = m.figure.span
    if span is None:
        return m
    w = _WORD_AFTER.match(text, span[1])
    if not w or w.group(1).lower() not in lexicon()["bare_currency_words"]:
        return m
    grow = w.end() - span[1]
    fig = attrs.evolve(
        m.figure, text=m.figure.text + text[span[1] : w.end()], span=(span[0], w.end())
    )
    return m._replace(figure=fig, end=m.end + grow)


_WORD_AFTER = re.compile(r"[ \t]+([A-Za-z]+)\b")


def _country_code(low: str, words: dict[str, str]) -> str | None:
    """The code of the country word that occurs first in the article, if any."""
    best: tuple[int, str] | None = None
    for word, code in words.items():
        m = re.search(rf"\b{re.escape(word)}\b", low)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), code)
    return best[1] if best else None
