"""Numbers that are not story figures: dates, years, times, ages, durations, designations...

:func:`is_non_figure` is asked about every number atom that :mod:`numbers` finds: dates
("April 30", "December 14 and 15"), years, times, ages ("20-year-old", "his client,
66,", "the retirement age from 62 to 64"), durations, ordinals, calibres and lengths,
designations and model names ("SA-22", "Article 5", "737 MAX 9"), ratio bases ("per
100,000"), list markers, addresses, fixed memberships ("the 20 countries that share the
euro"), anaphoric "the two countries" and counts of the sources themselves ("three
people familiar with the matter", "Two of them said"). :func:`forbidden_spans` gives the
phone numbers and numeric dates of a text; :func:`threshold_one` tells "at least one
crime" (a threshold) from "at least one person" (a count).
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from . import figure_keys as K
from ._text import ci_words, plain_lower
from .lexicon import alt as _alt
from .lexicon import edge_words, lexicon
from .nonfigures_context import multiplier_after
from .qualifiers import qualifier_at_end

if TYPE_CHECKING:
    from .numbers import Atom


class _Patterns:
    """The non-figure regexes, built once from the lexicon."""

    def __init__(self, lex: dict):
        self.magnitude_before = re.compile(
            r"\bmagnitude(?:[ \t]*-[ \t]*|[ \t]+(?:of[ \t]+)?)$", re.I
        )
        months = lex["months"]
        cap_months = "|".join(
            sorted(
                {m.capitalize() for m in months} | {m.upper() for m in months},
                key=len,
                reverse=True,
            )
        )
        self.month_before = re.compile(rf"\b(?:{cap_months})\.?[ \t]+(?:the[ \t]+)?$")
        self.month_list_before = re.compile(
            rf"\b(?:{cap_months})\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?(?:[ \t]*(?:,|and|or|to|-|–|through)[ \t]*\d{{1,2}})*[ \t]*(?:,|and|or|to|-|–|through)[ \t]*$"
        )
        self.month_after = re.compile(rf"[ \t]+(?:of[ \t]+)?(?:{cap_months})\b")
        time_units = _alt(lex["time_units"])
        gap = _alt(lex["time_gap_words"])
        self.time_unit_after = re.compile(
            rf"(?:[ \t]+(?:{gap})){{0,2}}[ \t]+(?:{time_units})\b(?!-)", re.I
        )
        self.vague_time_after = re.compile(rf"[ \t]+of[ \t]+(?:{time_units})\b", re.I)
        self.length_after = re.compile(rf"[ \t]*(?:{_alt(lex['length_units'])})\b", re.I)
        self.clock_after = re.compile(
            r"(?::\d\d)|[ \t]*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b|BST\b|CET\b|EST\b|ET\b|local[ \t]+time\b|hrs\b)"
        )
        self.clock_words_before = re.compile(
            r"\b(?:quarter|half|twenty|ten|five)[ \t]+(?:to|past)[ \t]+$", re.I
        )
        self.age_before = re.compile(r"\b(?:aged?|age[ \t]+of|ages[ \t]+of)[ \t]+$", re.I)
        # a name in any Latin script ("Glapiński, 75,"), but not an all-capitals acronym
        self.name_comma_before = re.compile(
            r"[^\W\d_a-z][^\W\dA-Z_]+,[ \t]*$|[^\W\d_a-z][^\W\dA-Z_]+[ \t]*\($"
        )
        self.designation_before = re.compile(
            rf"\b(?:{_alt(lex['designation_words'])})\.?[ \t]*#?$", re.I
        )
        # "+44 20 7946 0958", "020-7946-0958"; with an area code in brackets one group fewer
        # is enough: "(806) 555-0142"
        self.phone = re.compile(
            r"(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\)[ .-]?\d{2,4}(?:[ .-]\d{2,4}){1,}"
            r"|\d{2,4}(?:[ .-]\d{2,4}){2,})"
        )
        self.numeric_date = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b")
        self.digit_sep_digit = re.compile(r"\d[ ./-]\d")  # in every phone and numeric_date match
        self.street_after = re.compile(
            r"[ \t]+[A-Z][a-z]+[ \t]+(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Boulevard|Blvd\.|Lane|Drive|Square|Place)\b"
        )
        self.anaphor_before = re.compile(
            rf"\b(?:{_alt(lex['anaphoric_determiners'])})[ \t]+$", re.I
        )
        self.anaphor_event_after = re.compile(
            r"(?:[ \t]+[A-Za-z'’-]+){1,4}?[ \t]+(?:captured|killed|wounded|injured|abducted|detained|taken|held|"
            r"missing|arrested|freed|released|dead|kidnapped)\b",
            re.I,
        )
        src_nouns = _alt(lex["sourcing_nouns"])
        src_cues = _alt(lex["sourcing_cues"])
        committees = _alt(lex["committee_words"])
        # (not "the 32.9 billion expected by analysts, according to ...": a preposition before
        # the noun makes the sources the agent, not what is counted)
        self.sourcing_after = re.compile(
            # ("170 people, according to police": after a comma a reporting cue is the
            # sentence's attribution, not a description of the people counted)
            rf"(?:[ \t]+(?!(?:by|from|for|with|to)\b)[A-Za-z.'’-]+){{0,2}}?[ \t]+(?:{src_nouns})\b"
            rf"(?:[ \t]*|[ \t]*,[ \t]*(?!(?:according|said|says|say|told|confirmed|cited|quoted)\b))"
            rf"(?:who[ \t]+(?:are|were|is|was)[ \t]+)?(?:{src_cues})\b",
            re.I,
        )
        self.members_of_after = re.compile(
            rf"[ \t]+members[ \t]+of[ \t]+(?:the[ \t]+)?[\w .'’-]{{0,60}}?\b(?:{committees})\b",
            re.I,
        )
        self.sourcing_before = re.compile(
            r"\b(?:according[ \t]+to|citing|cited|quoting)[ \t]+$", re.I
        )
        self.people_after = re.compile(
            rf"[ \t]+(?:[A-Za-z'’-]+[ \t]+){{0,2}}?(?:{_alt(lex['people_nouns'])})\b", re.I
        )
        self.line_start = re.compile(r"(?:^|\n)[ \t]*$")
        # "half of the year", "half the time"
        self.frac_time_after = re.compile(
            rf"[ \t]+(?:of[ \t]+(?:(?:the|this|next|last|that|an?)[ \t]+)?|the[ \t]+)(?:(?:{time_units})\b|\d{{4}}\b|(?:{cap_months})\b)(?!['’]s\b)",
            re.I,
        )
        # model names: "737 MAX 9", "A320neo"; a second model in a list ("Boeing 737 MAX and 777")
        models = _alt(lex["model_words"])
        self.model_after = re.compile(rf"[ \t]+(?:{models})\b")
        self.model_before = re.compile(rf"\b(?:{models})[ \t]+$")
        # (\b(?i:designation words) in the literal-first form of ci_words: re scans for
        # their first letters in C instead of trying the alternation at every character)
        self.model_list_before = re.compile(
            rf"{ci_words(lex['designation_words'])}[ \t]+\d+(?:[ \t]+(?:{models}))?"
            r"(?:[ \t]*,[ \t]*\d+)*[ \t]*(?:,|and|or|&|/)[ \t]*$"
        )
        # a ratio base: "per 100,000 people", "for every 10,000"
        self.ratio_base_before = re.compile(
            r"\b(?:per|(?:for|in|out[ \t]+of)[ \t]+every)[ \t]+$", re.I
        )
        # a year after a temporal preposition, even with a qualifier ("since at least 2014")
        self.year_prep_before = re.compile(
            r"\b(?:since|until|till|before|after|from|by|in|as[ \t]+of)[ \t]+(?:(?:at[ \t]+least|about|"
            r"around|circa|roughly|approximately|as[ \t]+early[ \t]+as)[ \t]+)?$",
            re.I,
        )
        # an age in apposition to a person noun ("his client, 66,") and statutory ages
        # ("the retirement age from 62 to 64", "the voting age to 16")
        self.apposition_before = re.compile(
            rf"\b(?i:his|her|their|the|a|an|whose|our|my|its)[ \t]+(?:[A-Za-z'’-]+[ \t]+)?"
            rf"(?i:{_alt(lex['apposition_nouns'])}),[ \t]*$"
        )
        # also "children aged 5 to 17", "The victims, ages 17 to 63,"
        self.age_range_before = re.compile(
            r"\b(?:ages?|aged)[ \t]+(?:of[ \t]+|from[ \t]+|to[ \t]+|at[ \t]+|between[ \t]+|of[ \t]+between[ \t]+)?$",
            re.I,
        )
        # "Two of them said": a count of the sources themselves
        self.sourcing_of_after = re.compile(
            rf"[ \t]+of[ \t]+(?:them|those|these|the|whom)(?:[ \t]+(?:{src_nouns}))?[ \t,]+(?:{src_cues})\b",
            re.I,
        )
        # "the 20 countries that share the euro": a fixed membership, not a story count
        self.membership_after = re.compile(
            rf"[ \t]+(?:{_alt(lex['membership_nouns'])})[ \t]+(?:that|which|who)[ \t]+"
            rf"(?:{_alt(lex['membership_verbs'])})\b",
            re.I,
        )
        self.the_before = re.compile(r"\b(?:the|The|THE)[ \t]+$")
        self.ordinal_before = re.compile(
            r"\b(?:first|second|third|fourth|last|latter|final|other|former)[ \t]+$", re.I
        )
        # Gates (see _is_non_figure): the words a match of a pattern opens or ends with, lowercase
        # for the re.I patterns. None (no gate) when a word is not plain ASCII.
        # ("" when there is no gate: every string starts and ends with it)
        self.time_first = _by_pair(edge_words([*lex["time_gap_words"], *lex["time_units"]]))
        self.length_first = _by_pair(edge_words(lex["length_units"]))
        self.models = _gate(edge_words(lex["model_words"], lower=False))
        self.designation_last = _by_pair(edge_words(lex["designation_words"], last=True), last=True)
        self.membership_first = _gate(edge_words(lex["membership_nouns"]))
        self.sourcing_nouns = _by_pair(edge_words(lex["sourcing_nouns"]))
        # (_sourcing_pair_near: a noun as a whole word, and what may follow it)
        self.sourcing_noun_set = frozenset(w.lower() for w in lex["sourcing_nouns"])
        self.cue_openers = tuple(
            sorted({c.split()[0].lower() for c in lex["sourcing_cues"]} | {"who", ","})
        )
        self.cap_months = _gate(
            edge_words([m.capitalize() for m in months] + [m.upper() for m in months], lower=False)
        )
        # (the rules on the text before a number: _before_words)
        self.before_words, self.before_always = _before_words()
        # the rule words themselves, with the bits of every rule word they end with
        self.before_exact = {
            w: self.before_always
            | _or_bits(b for v, b in self.before_words.get(w[-2:], ()) if w.endswith(v))
            for group in self.before_words.values()
            for w, _ in group
        }
        self.before_chars = {c: b | self.before_always for c, b in _BEFORE_CHARS.items()}


@functools.cache
def patterns() -> _Patterns:
    """The compiled non-figure patterns (built once)."""
    return _Patterns(lexicon())


def forbidden_spans(text: str) -> list[tuple[int, int]]:
    """Spans of phone numbers and numeric dates ("1/5/2025") in ``text``: no figure overlaps them."""
    p = patterns()
    # Phone numbers and numeric dates both hold a digit, a separator, one to four digits, a
    # separator and a digit ("12-34-56", "1/5/2"); most sentences have none, and this check is
    # far cheaper than the two patterns, which start with optional parts and are tried at
    # every character. On ASCII text (where \d is 0-9) it is one bytes.translate and four
    # substring tests (on str: ``in`` on bytes costs several times more); elsewhere the
    # class-first digit_sep_digit (a digit, a separator, a digit).
    if text.isascii():
        shape = text.encode("ascii").translate(_DIGIT_SEP_SHAPE).decode("ascii")
        if not (
            "0/0/0" in shape
            or "0/00/0" in shape
            or "0/000/0" in shape
            or "0/0000/0" in shape
            or "0)" in shape  # an area code in brackets: "(806) 555-0142"
        ):
            return []
    elif not p.digit_sep_digit.search(text):
        return []
    return [m.span() for m in p.phone.finditer(text)] + [
        m.span() for m in p.numeric_date.finditer(text)
    ]


_BLANKS = (" ", "\t")
_CLOCK_FIRST = ("a.m.", "p.m.", "am", "pm", "GMT", "UTC", "BST", "CET", "EST", "ET", "local", "hrs")


def _gate(words: tuple[str, ...] | None) -> tuple[str, ...]:
    return ("",) if words is None else words


def _by_pair(
    words: tuple[str, ...] | None, *, last: bool = False
) -> dict[str, tuple[str, ...]] | None:
    """``words`` by their first (or last) two characters: ``str.startswith`` with a tuple of
    dozens of words costs more than the pattern it guards; a slice, a dict lookup and a
    startswith over the few words sharing those two characters cost a fraction (_opens_word).
    None (no gate) when there are no words to gate on or a word is shorter than two characters."""
    if words is None or any(len(w) < 2 for w in words):
        return None
    out: dict[str, tuple[str, ...]] = {}
    for w in words:
        key = w[-2:] if last else w[:2]
        out[key] = (*out.get(key, ()), w)
    return out


def _opens_word(gate: dict[str, tuple[str, ...]] | None, low: str | None, at: int) -> bool:
    """``low.startswith(words, at)`` for the words of a _by_pair gate; True without a gate or
    ``low``."""
    if gate is None or low is None:
        return True
    words = gate.get(low[at : at + 2])
    return words is not None and low.startswith(words, at)


def _first_non_blank(text: str, e: int) -> int:
    """Index of the first character at or after ``e`` that is not a space or tab."""
    head = text[e : e + 16]
    rest = head.lstrip(" \t")
    if rest or len(head) < 16:
        return e + len(head) - len(rest)
    return _BLANK_RUN.match(text, e).end()


_BLANK_RUN = re.compile(r"[ \t]*")


def _sourcing_noun_near(gate: dict[str, tuple[str, ...]] | None, low: str | None, j: int) -> bool:
    """Whether one of the first three words from ``j`` can open with a sourcing noun (sourcing_after
    allows two words before the noun, all separated by spaces or tabs); False only when surely not."""
    if low is None or gate is None:
        return True
    window = low[j : j + 60]
    words = window.split(None, 3)
    if len(words) < 4 and j + 60 < len(low):
        return True  # a word may run past the window
    for word in words[:3]:
        nouns = gate.get(word[:2])
        if nouns is not None and word.startswith(nouns):
            return True
    return False


def _sourcing_pair_near(p: _Patterns, low: str | None, j: int) -> bool:
    """:func:`_sourcing_noun_near`, and the word after that noun can open what sourcing_after
    needs next: a cue's first word, "who" or a comma; False only when surely not."""
    gate = p.sourcing_nouns
    if low is None or gate is None:
        return True
    words = low[j : j + 60].split(None, 4)
    if len(words) < 5 and j + 60 < len(low):
        return True  # a word may run past the window
    for k, word in enumerate(words[:3]):
        nouns = gate.get(word[:2])
        if nouns is None or not word.startswith(nouns):
            continue
        if word not in p.sourcing_noun_set or k + 1 == len(words):
            return True  # more after the noun: the pattern decides
        if words[k + 1].startswith(p.cue_openers):
            return True
    return False


def is_non_figure(
    text: str, first: Atom, last: Atom, is_range: bool, before: str, after: str
) -> bool:
    """True when the number is a date, year, time, age, duration, ordinal, designation... (see module doc)."""
    return _is_non_figure(text, lower_plain(text), first, last, is_range, before, after)


def _is_non_figure(
    text: str,
    low: str | None,
    first: Atom,
    last: Atom,
    is_range: bool,
    before: str,
    after: str,
) -> bool:
    """:func:`is_non_figure`, with ``low`` = ``plain_lower(text)`` computed once per sentence.

    Each pattern is tried only when a cheap gate says it can match: the gates test the words a
    match must open (or end) with, case-sensitively for case-sensitive patterns and against
    ``low`` for re.I ones (so they never say no to a match; tests/test_perf_numbers.py).
    """
    p = patterns()
    s, e = first.start, last.end
    # a space stands in for the edges of the text so that membership tests stay simple
    prev = text[s - 1] if s > 0 else " "
    nxt = text[e] if e < len(text) else " "

    # (a space before and a space or comma after, as most numbers have: no rule on the
    # characters around the number applies)
    if prev != " " or (nxt != " " and nxt != ","):
        prev2 = text[s - 2] if s > 1 else " "
        nxt2 = text[e + 1] if e + 1 < len(text) else " "
        # Attached letters: "SA-22", "F-16", "A320" (designations); "8th", "240mm", "1990s", "5G" (ordinals, calibres...)
        if prev.isalpha() or prev in "/#@_\\":
            return True
        if prev in "-–" and (prev2.isalnum()) and not p.magnitude_before.search(before[-14:]):
            return True
        if nxt.isalpha() or nxt in "°/" or (nxt in "'’" and nxt2 == "s"):
            return True
        if nxt in "-–" and nxt2.isalpha():
            word = _DASH_WORD.match(text[e : e + 20])
            if not word or word.group(1).lower() not in _DASH_SUFFIXES:
                return True  # "20-year-old", "three-day", "18-month", "two-thirds"
        if nxt in "-–" and nxt2.isdigit() and not is_range:
            return True  # "2024-25", scores "3-1": not a valid range
        if nxt == "." and nxt2.isdigit():
            return True  # "1.2.3"
        if prev == "[" and nxt == "]":
            return True  # footnote
    if e - s >= 9 and first is last and text[s:e].isdigit() and prev not in "$€£¥₹":
        return True  # "call 600590000": nine digits and no separator is a phone or an ID
    if first.kind == "frac":
        return bool(p.ordinal_before.search(before[-10:]) or p.frac_time_after.match(text, e))
    if first.kind == "vague":
        return bool(first.keys & K.TIME and p.vague_time_after.match(text, e))
    keys = first.keys  # (the words of the sentence: figure_keys)
    # where the next word opens (_first_non_blank, inline)
    head = text[e : e + 16]
    rest = head.lstrip(" \t")
    j = e + len(head) - len(rest) if rest or len(head) < 16 else _BLANK_RUN.match(text, e).end()
    spaced = j > e  # a space or tab after the number ("[ \t]+" patterns)
    if (
        nxt == ":" or (keys & K.CLOCK and text.startswith(_CLOCK_FIRST, j))
    ) and p.clock_after.match(text, e):
        return True  # "11:47 p.m.", "9 a.m."
    # what the number follows, without the spaces or tabs before it
    stripped = before.rstrip(" \t")
    spaced_before = len(stripped) < len(before)
    # The rules on the text before the number each need it to end (less spaces or tabs) with
    # one of their words or characters: the bits of the rules that can match (see
    # _before_words; every rule in a sentence with a re.I-special character, whose ASCII
    # words need not be written in ASCII, or after a final newline, before which "$" matches)
    last_char = stripped[-1:]
    if low is None:
        bits = -1
    elif last_char in _ASCII_LETTER_SET:
        tail = stripped[-16:]
        word = tail[len(tail.rstrip(_ASCII_LETTERS)) :].lower()
        bits = p.before_exact.get(word)
        if bits is None:
            bits = p.before_always
            for w, b in p.before_words.get(word[-2:], ()):
                if word.endswith(w):
                    bits |= b
    else:
        bits = -1 if last_char == "\n" else p.before_chars.get(last_char, p.before_always)
    # (and clock_words_before ends with "to" or "past", then spaces or tabs; lowercase: no
    # re.I-special character in the text, see plain_lower)
    if (
        bits & _CLOCK_WORDS
        and spaced_before
        and (low is None or stripped[-4:].lower().endswith(("to", "past")))
    ):
        b12 = before[-12:].lower()
        if ("to" in b12 or "past" in b12) and p.clock_words_before.search(before[-20:]):
            return True  # "a quarter to nine", "half past ten"
    if (
        spaced
        and keys & K.TIME
        and _opens_word(p.time_first, low, j)
        and p.time_unit_after.match(text, e)
        and not _is_rate(text, e)
        and not (first.kind == "num" and (first.scaled or first.value >= 10000))
        and not multiplier_after(text, e, before)
    ):
        # durations "three days", "120 days"; "three times" ("3.6m hours" of spills, "287,000
        # hours" are totals of many things' hours, not a span of time)
        return True
    if keys & K.LENGTH and _opens_word(p.length_first, low, j) and p.length_after.match(text, e):
        return True  # calibres and distances "240mm", "30 km"
    plain_int = (
        first.kind == "num" and not first.spelled and not first.scaled and first.currency is None
    )
    if (
        bits & _RATIO
        and first.kind == "num"
        and ("per" in before[-16:].lower() or "every" in before[-16:].lower())
        and p.ratio_base_before.search(before[-16:])
    ):
        return True  # "169 offences per 100,000 people": the base of a rate
    if plain_int and (
        (
            spaced
            and keys & K.MODEL
            and text.startswith(p.models, j)
            and p.model_after.match(text, e)
        )
        or (
            bits & _MODEL
            and spaced_before
            and stripped.endswith(p.models)
            and p.model_before.search(before[-12:])
        )
        or (
            bits & _MODEL_LIST
            and stripped.endswith((",", "and", "or", "&", "/"))
            and _has_digit(before[-40:])
            and p.model_list_before.search(before[-40:])
        )
    ):
        return True  # "737 MAX 9", "Boeing 737 MAX and 777"
    if (
        bits & _AGE_RANGE
        and first.kind == "num"
        and not first.scaled
        and first.currency is None
        and first.value < 130
        and "ge" in before[-20:].lower()
        and p.age_range_before.search(before[-20:])
    ):
        return True  # "the retirement age from 62 to 64", "the voting age to 16"
    if (
        bits & _YEAR_PREP
        and plain_int
        and first.value >= 1000
        and len(text[s:e]) == 4
        and 1000 <= first.value <= 2100
        and p.year_prep_before.search(before[-30:])
    ):
        return True  # "since at least 2014": a year, even with a qualifier
    digits_text = text[s:e]
    # re.fullmatch(r"\d+", s) is s.isdecimal(): \d is the Unicode category Nd, as isdecimal
    if plain_int and not is_range and digits_text.isdecimal():
        v = first.value
        if v <= 31 and (
            (bits & _MONTH and p.month_before.search(before[-16:]))
            or (
                bits & _MONTH_LIST
                and _has_digit(before[-8:])
                and p.month_list_before.search(before[-40:])
            )
            or (
                spaced
                and (text.startswith("of", j) or text.startswith(p.cap_months, j))
                and p.month_after.match(text, e)
            )
        ):
            return True  # "April 30", "30 April", "December 14 and 15"
        if (
            1000 <= v <= 2100
            and len(digits_text) == 4
            and not _qualified_or_counted(text, s, e, before)
        ):
            return True  # a year
        if v < 130 and (
            (bits & _AGE and "age" in before[-12:].lower() and p.age_before.search(before[-12:]))
            or (
                bits & _NAME_COMMA
                and p.name_comma_before.search(before[-20:])
                and _COMMA_OR_PAREN.match(text[e : e + 2])
            )
        ):
            return True  # "aged 25", "Lea, 25," "Kim (25)"
        if (
            v < 130
            and bits & _COMMA_END
            and stripped.endswith(",")
            and _COMMA.match(text[e : e + 2])
            and p.apposition_before.search(before[-40:])
        ):
            return True  # "his client, 66, had used"
        if (
            v < 100
            and bits & _LINE_START
            and _LIST_MARK.match(text[e : e + 2])
            and p.line_start.search(before)
        ):
            return True  # list marker "1. "
        if spaced and "A" <= text[j : j + 1] <= "Z" and p.street_after.match(text, e):
            return True
    if plain_int and bits & _DESIGNATION:
        # designation_before (``\b(?:word)\.?[ \t]*#?$``) can match only when the lowercase
        # text before, less a "#", spaces or tabs and a ".", ends with a designation word
        gate = p.designation_last
        if gate is None or low is None:
            designated = True
        else:
            tail = low[max(0, s - 16) : s]
            if tail.endswith("#"):
                tail = tail[:-1]
            tail = tail.rstrip(" \t")
            if tail.endswith("."):
                tail = tail[:-1]
            words = gate.get(tail[-2:])
            designated = words is not None and tail.endswith(words)
        if (
            designated
            and p.designation_before.search(before[-16:])
            and not p.people_after.match(text, e)
        ):
            return True  # "Article 5", "No. 10", "Phase 2"
    if (
        bits & _SOURCING_BEFORE
        and first.kind == "num"
        and spaced_before
        and (low is None or low[max(0, s - 16) : s].rstrip(" \t").endswith(_SOURCING_LAST))
        and p.sourcing_before.search(before[-16:])
    ):
        return True  # "according to two officials"
    if (
        first.kind == "num"
        and spaced
        and keys & _SOURCING_ANY
        and (
            (
                keys & _SOURCING_PAIR == _SOURCING_PAIR
                and _sourcing_pair_near(p, low, j)
                and p.sourcing_after.match(text, e)
            )
            or (
                keys & _MEMBERS_OF == _MEMBERS_OF
                and (low is None or low.startswith("members", j))
                and p.members_of_after.match(text, e)
            )
            or (
                keys & K.SOURCING_CUE
                and (low is None or low.startswith("of", j))
                and p.sourcing_of_after.match(text, e)
            )
        )
    ):
        return True  # "three people familiar with the matter", "Two members of the ... committee"
    if (
        bits & _THE
        and plain_int
        and spaced_before
        and spaced
        and keys & _MEMBERSHIP == _MEMBERSHIP
        and stripped.endswith(("the", "The", "THE"))
        and p.the_before.search(before[-6:])
        and (low is None or low.startswith(p.membership_first, j))
        and p.membership_after.match(text, e)
    ):
        return True  # "the 20 countries that share the euro"
    if (
        bits & _ANAPHOR
        and first.spelled
        and not first.scaled
        and first.value <= 12
        and p.anaphor_before.search(before[-8:])
    ):
        # "the two countries" refers back; "the two soldiers captured last week" is a count
        if not p.anaphor_event_after.match(text, e) or _SPACED_OF.match(text[e : e + 5]):
            return True
    return False


_THRESHOLD_SKIP = frozenset(
    {"more", "single", "other", "such", "new", "serious", "major", "further"}
)


def threshold_one(text: str, end: int) -> bool:
    """ "at least one crime", "more than one attack": a threshold when the noun after is not people.

    "At least one person was killed" and "at least one was wounded" stay counts.
    """
    lex = lexicon()
    words = _THRESHOLD_WORDS.findall(text[end : end + 50])[:4]
    nouns = []
    for w in words:
        low = w.lower()
        if not w[0].isalpha() or low in _THRESHOLD_SKIP:
            if nouns or not w[0].isalpha():
                break
            continue
        if low in (
            "of",
            "in",
            "on",
            "at",
            "to",
            "was",
            "were",
            "is",
            "are",
            "has",
            "had",
            "have",
            "who",
            "that",
            "and",
            "or",
        ):
            break
        nouns.append(low)
    if not nouns:
        return False
    people = (
        set(lex["people_nouns"])
        | set(lex["apposition_nouns"])
        | {"person", "child", "civilian", "soldier"}
    )
    return not any(n in people or n + "s" in people or n.rstrip("s") in people for n in nouns)


_ASCII_DIGIT = re.compile(r"[0-9]")


def _has_digit(s: str) -> bool:
    # On ASCII text str.isdigit is exactly 0-9, which re finds in C; elsewhere ("²", "٣")
    # the character-by-character test keeps str.isdigit's meaning.
    if s.isascii():
        return _ASCII_DIGIT.search(s) is not None
    return any(c.isdigit() for c in s)


def _is_rate(text: str, end: int) -> bool:
    """ "1,072 a day" is a rate, not a duration."""
    return bool(_RATE_WORD.match(text[end : end + 8]))


def _qualified_or_counted(text: str, start: int, end: int, before: str) -> bool:
    """A four-digit number is a count, not a year, when qualified ("more than 2000") or followed by a people noun."""
    p = patterns()
    if qualifier_at_end(before[-24:]):
        return True
    return bool(p.people_after.match(text, end))


_SOURCING_LAST = ("to", "citing", "cited", "quoting")  # the last words of sourcing_before

# --- the rules on the text before a number, by the word or character that text ends with
# (less spaces or tabs): each rule's pattern is anchored at the end ("$") and ends with one of
# its words (case-insensitively; the case-sensitive ones are written in some case of them)
# or characters, then spaces or tabs. A word is looked up by the ASCII letters ending the text
# and by their endings (a pattern searched in a slice that cuts a word sees its tail as a word).
_CLOCK_WORDS, _RATIO, _MODEL, _MODEL_LIST, _AGE_RANGE, _YEAR_PREP = 1, 2, 4, 8, 16, 32
_MONTH, _MONTH_LIST, _AGE, _NAME_COMMA, _COMMA_END, _LINE_START = 64, 128, 256, 512, 1024, 2048
_SOURCING_BEFORE, _THE, _ANAPHOR, _DESIGNATION = 4096, 8192, 16384, 32768


def _or_bits(bits) -> int:
    out = 0
    for b in bits:
        out |= b
    return out


def _plain_word(w: str) -> bool:
    return w.isascii() and w.isalpha() and len(w) >= 2


def _designation_last(lex: dict) -> list[str]:
    return [w.split()[-1] for w in lex["designation_words"]]


@functools.cache
def _before_words() -> tuple[dict[str, tuple[tuple[str, int], ...]], int]:
    """Rule words by their last two letters: ((word, bits), ...). The text before the number
    (less spaces or tabs) is looked up by the ASCII letters it ends with (at most 16: no rule
    word is longer), lowercase, and gets the bits of every rule word those letters end with."""
    lex = lexicon()
    words: dict[str, int] = {}

    always = 0  # the bits of word lists with a word that is not plain: always tried

    def add(bit: int, items) -> None:
        nonlocal always
        items = list(items)
        if not all(_plain_word(w) for w in items):
            always |= bit
            return
        for w in items:
            words[w.lower()] = words.get(w.lower(), 0) | bit

    add(_CLOCK_WORDS, ["to", "past"])
    add(_RATIO, ["per", "every"])
    add(_MODEL, [w.split()[-1] for w in lex["model_words"]])
    add(_MODEL_LIST, ["and", "or"])
    add(_AGE_RANGE, ["age", "ages", "aged", "of", "from", "to", "at", "between"])
    add(_YEAR_PREP, "since until till before after from by in of least about around".split())
    add(_YEAR_PREP, "circa roughly approximately as".split())
    add(_MONTH, [*lex["months"], "the"])
    add(_MONTH_LIST, ["and", "or", "to", "through"])
    add(_AGE, ["age", "aged", "of"])
    add(_SOURCING_BEFORE, ["to", "citing", "cited", "quoting"])
    add(_THE, ["the"])
    add(_ANAPHOR, [w.split()[-1] for w in lex["anaphoric_determiners"]])
    # (designation_before: "word", then "." or spaces or tabs, or "#")
    add(_DESIGNATION, _designation_last(lex))
    out: dict[str, tuple[tuple[str, int], ...]] = {}
    for w, bits in words.items():
        out[w[-2:]] = (*out.get(w[-2:], ()), (w, bits))
    return out, always


# the rules on the character the text before ends with, when it is not a letter
_BEFORE_CHARS = {
    ",": _MODEL_LIST | _MONTH_LIST | _NAME_COMMA | _COMMA_END,
    "(": _NAME_COMMA,
    "&": _MODEL_LIST,
    "/": _MODEL_LIST,
    "-": _MONTH_LIST,
    "–": _MONTH_LIST,
    ".": _MONTH | _DESIGNATION,  # "Jan. 5", "No. 10"
    "#": _DESIGNATION,
    "": _LINE_START,
}
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ASCII_LETTER_SET = frozenset(_ASCII_LETTERS)


# the key words (figure_keys) of the sourcing and membership patterns
_SOURCING_PAIR = K.SOURCING_NOUN | K.SOURCING_CUE  # sourcing_after
_MEMBERS_OF = K.MEMBERS | K.COMMITTEE  # members_of_after
_SOURCING_ANY = K.SOURCING_CUE | K.MEMBERS  # what one of the three needs
_MEMBERSHIP = K.MEMBERSHIP_NOUN | K.MEMBERSHIP_VERB  # membership_after


_DASH_WORD = re.compile(r"[-–]([A-Za-z]+)")
# the words a number joins with a dash and stays a figure: "7.4-magnitude", "40-odd", "7.1-fold"
# and amounts of money used as adjectives ("a 5,000-ruble donation"; not weights: "500-pound
# bombs", "a 300,000-tonne tanker" describe the thing)
_DASH_SUFFIXES = ("strong", "magnitude", "plus", "odd", "fold", "ruble", "rouble", "dollar")
_DASH_SUFFIXES += ("euro", "yuan", "rupee", "peso", "rand", "naira", "shilling")
_COMMA_OR_PAREN = re.compile(r"[ \t]*[,)]")
_COMMA = re.compile(r"[ \t]*,")
_LIST_MARK = re.compile(r"[.)][ \t]")
_SPACED_OF = re.compile(r"[ \t]+of\b")
_THRESHOLD_WORDS = re.compile(r"[A-Za-z][A-Za-z'’-]*|\S")
_RATE_WORD = re.compile(r"[ \t]+(?:a|an|per|each|every)[ \t]+", re.I)

# bytes.translate table for forbidden_spans: 0-9 as "0", the separators " ./-" as "/", ")" kept
_DIGIT_SEP_SHAPE = bytes(
    48 if 48 <= c <= 57 else 47 if chr(c) in " ./-" else 41 if c == 41 else 120 for c in range(256)
)


def lower_plain(text: str) -> str | None:
    """:func:`_text.plain_lower`, with a fast path: ASCII text has none of its special characters."""
    return text.lower() if text.isascii() else plain_lower(text)
