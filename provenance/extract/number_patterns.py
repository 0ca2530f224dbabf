"""The compiled patterns of :mod:`numbers` (built once from the lexicon) and the choice of the
trigger a sentence is scanned with (where a number phrase can start).
"""

from __future__ import annotations

import functools
import re

from .lexicon import alt as _alt
from .lexicon import ascii_trigger, ci_alt, fast_trigger, lexicon, may_have_a_scale, word_bytes
from .lexicon import openers as _openers


class _Patterns:
    """All compiled regexes, built once from the lexicon."""

    def __init__(self, lex: dict):
        nw = _alt(lex["number_words"])
        sw = _alt(lex["scale_words"])
        token = rf"(?:{nw}|{sw})"
        sep = r"(?:[ \t]+|-)"
        spelled = rf"\b(?:{nw})\b(?:(?:{sep}and{sep}|{sep}){token}\b)*"
        # (and Indian grouping, "1,77,425", "2,04,310": lakhs and crores in pairs of digits)
        digits = (
            r"(?<![\w.,/#@])(?:\d{1,2}(?:,\d\d)+,\d{3}|\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d,]\d)"
        )
        cur = r"(?:US\$|\$|€|£|¥|₩|₹)[ \t]?"
        sfx = rf"(?:{_alt(lex['scale_suffixes'])})\b"
        scale_tail = rf"(?:[ \t]+(?:{sw})\b)*"
        mil = r"battalions?|brigades?|regiments?|companies|company|platoons?|divisions?"
        num = (
            rf"(?P<cur>{cur})?(?:(?P<dig>{digits})(?P<sfx>{sfx})?|(?P<sp>{spelled})"
            rf"|(?P<a>\ban?)[ \t]+(?:(?P<ascale>{sw})|(?P<aunit>{mil}))\b)(?P<scale>{scale_tail})"
        )
        vague_units = (
            r"dozens|hundreds|thousands|millions|billions|scores(?=\s+of\b)|tens(?=\s+of\b)"
        )
        vague = (
            rf"\b(?:(?P<vq>several|a\s+few|a\s+couple\s+of|many)\s+(?P<vs>dozen|hundred|thousand|million|billion)\b"
            rf"(?P<vs2>\s+thousand\b)?"
            rf"|(?P<vq2>several\s+|a\s+few\s+|many\s+)?(?P<vp>{vague_units})\b(?:\s+of\s+(?P<vp2>thousands|millions|billions)\b)?)"
        )
        # "a quarter point", "half a percentage point": a change of a rate in points
        point = (
            r"\b(?:(?:a|one)[ \t-]+(?P<pn>half|quarter)|(?P<ph>half)[ \t]+a)"
            r"[ \t-]+(?:of[ \t]+a[ \t]+)?(?:percentage[ \t]+)?point\b"
        )
        # a fraction is a share before "of" ("a third of"), or a change after "by" / before a
        # comparative ("rose by a fifth", "a quarter more than"); elsewhere "a quarter" is
        # usually time ("a quarter century", "a quarter to nine")
        comparative = (
            r"more|less|fewer|higher|lower|larger|smaller|bigger|greater|cheaper|dearer|above|below"
        )
        # ... or a share anywhere after a qualifier ("roughly half lay in Iraq", "fell by
        # nearly a third", "close to four-fifths ended up"), unless it is part of an amount or
        # a span ("nearly half a million", "almost half an hour", "about a quarter-century")
        qualified = "".join(
            f"|(?<=\\b{q} )"
            for q in ("more than", "less than", "nearly", "almost", "roughly", "about", "around")
            + ("close to", "over", "under", "approximately")
        )[1:]
        frac = (
            rf"\b(?:(?:{qualified})(?P<fq>)|)"
            r"(?:(?P<fa>a|one)[ \t-]+(?P<fn>half|third|quarter|fifth|sixth|eighth|tenth)"
            r"|(?P<fh>half)"
            r"|(?P<fm>two|three|four|five|seven|nine)[ \t-]+(?P<fd>thirds|quarters|fifths|sixths|eighths|tenths))\b"
            r"(?(fq)(?![ \t]+(?:an?|dozen|hundred|thousand|million|billion|lakh|crore|percentage|point)\b|-)"
            # (not "a quarter of a million": part of an amount, read by the num alternative)
            rf"|(?=\s+of\b(?![ \t]+an?[ \t]+(?:{sw})\b)|[ \t]+(?:{comparative}|the|its|their|all)\b))"
        )
        frac_by = (
            r"(?<=\bby )(?:(?P<ba>a|one)[ \t-]+(?P<bn>half|third|quarter|fifth|sixth|eighth|tenth)"
            r"|(?P<bh>half)(?![ \t]+an?\b|-)"
            r"|(?P<bm>two|three|four)[ \t-]+(?P<bd>thirds|quarters|fifths|tenths))\b"
        )
        self.master = re.compile(
            rf"(?P<point>{point})|(?P<vague>{vague})|(?P<frac>{frac})|(?P<fracby>{frac_by})|(?P<num>{num})",
            re.I,
        )
        # master where a digit or a currency sign opens the match: the point, vague and fraction
        # alternatives open with a letter (or "by " and a letter), so only num can match there;
        # their groups stay (never matching) so that the match reads the same
        num_groups = {"num", *re.compile(num).groupindex}
        unused = "".join(f"(?P<{g}>)" for g in self.master.groupindex if g not in num_groups)
        self.master_num = re.compile(rf"(?!){unused}|(?P<num>{num})", re.I)
        # master where a digit 0-9 opens the match: num's cur (a currency sign), sp and a (letters)
        # cannot match there, so what matches is dig, sfx and scale, tried in the same order;
        # with three groups instead of master's 36, whose marks re saves at every branch
        # (without re.I, its words in the faster case-insensitive form of ci_alt)
        self.master_digit = re.compile(
            rf"(?P<dig>{digits})(?P<sfx>{ci_alt(lex['scale_suffixes'])}\b)?"
            rf"(?P<scale>(?:[ \t]+{ci_alt(lex['scale_words'])}\b)*)"
        )
        # Where a number phrase can start. Scanning the text with the master pattern tries all
        # its alternatives at every character; this cheap pattern (a digit, a currency sign, a
        # number word, or "a"/"an" before a scale word) finds the few places worth a full match.
        starters = sorted(
            set(lex["number_words"])
            | {
                "several",
                "many",
                "dozens",
                "hundreds",
                "thousands",
                "millions",
                "billions",
                "scores",
                "tens",
                "half",
                "two",
                "three",
            },
            key=len,
            reverse=True,
        )
        self.trigger = fast_trigger(starters)
        self.trigger_ascii = ascii_trigger(starters)
        # trigger_for: the number words as the byte tokens they are in _word_tokens
        self.starter_tokens = {w.lower().encode(): w for w in starters}
        self.starter_set = frozenset(self.starter_tokens)
        # (see word_scan: the number words' first letters are not those of the other branches)
        self.words_apart = not any(w[:1].lower() in "ua$€£¥₩₹0123456789" for w in starters)
        # (no number word; without, with the "a"/"an" alternative)
        # ... and the same for ASCII text, where the non-ASCII currency signs cannot occur
        self.plain_triggers = (ascii_trigger([], a_scale=False), ascii_trigger([], a_scale=True))
        self.plain_ascii_triggers = (
            ascii_trigger([], a_scale=False, signs="$"),
            ascii_trigger([], a_scale=True, signs="$"),
        )
        # "20, maybe 30" is a range too (a guess and a higher guess)
        self.range_sep = re.compile(
            r"[ \t]*(?:-|–|—|to|through)[ \t]*|[ \t]+(?:and|or)[ \t]+"
            r"|[ \t]*,?[ \t]+(?:or[ \t]+)?(?:maybe|perhaps|possibly)[ \t]+",
            re.I,
        )
        self.between_before = re.compile(r"(?:^|(?<=\W))(?P<b>between|from)\s+$", re.I)
        self.pct_after = re.compile(
            r"\s*(?:%|per[ \t]?cent\b|percent\b|pct\b)|[ \t]+(?:percentage|basis)[ \t]+points?\b"
            r"|[ \t]+bps\b",
            re.I,
        )
        self.cur_word_after = re.compile(  # (re.I through ci_alt: faster)
            rf"[ \t]+(?:(?i:of)[ \t]+)?(?P<w>{ci_alt(lex['currency_words'])})\b"
        )
        # not "178 a year earlier": a time ago, not a rate
        self.rate_after = re.compile(
            rf"[ \t]+(?P<r>{_alt(lex['rate_words'])})\b"
            r"(?![ \t]+(?:earlier|later|ago|before|previously)\b)",
            re.I,
        )
        self.sfx_qual_after = re.compile(
            rf"(?:[ \t]+|(?=-))(?P<s>{_alt(lex['suffix_qualifiers'])})\b", re.I
        )
        self.magnitude_after = re.compile(r"(?:-|[ \t]+)magnitude\b", re.I)
        # gates of cur_word_after, rate_after, sfx_qual_after: how the next word opens
        self.cur_word_pairs = _openers([*lex["currency_words"], "of"], 2)
        self.rate_first = _openers(lex["rate_words"], 1)
        self.sfx_first = _openers(lex["suffix_qualifiers"], 1)
        self.ratio_in = re.compile(r"[ \t]+(?:in|out[ \t]+of)[ \t]+(?:every[ \t]+)?", re.I)
        # "10.8m people": a scale suffix without a currency before a plural noun
        self.plural_noun_after = re.compile(
            r"[ \t]+(?:[a-z]+[ \t]+)?(?:[a-z]{2,}[^s\W]s|people|children|men|women)\b"
        )


def trigger_for(text: str) -> re.Pattern:
    """The trigger to scan ``text`` with: without the number words when none occurs in it.

    For text whose digits are all 0-9. The regex's scan stops at every letter that opens a
    number word ("t", "o", "s"...), which costs more than the rest of the parsing; most
    sentences hold no number word. A number word's alternative matches only a whole word
    (``(?<!\\w.)`` ... ``\\b``), so only where it is one of :func:`word_bytes`, and "a"/"an"
    only where :func:`may_have_a_scale`: leaving out the alternatives of absent words changes
    no match. Four such patterns are compiled once; a sentence with a number word gets the
    full trigger (one per set of words present scanned no faster, and each new set cost a
    compilation of ~1.5 ms on text not seen before).
    """
    p = patterns()
    words = word_bytes(text)
    a_scale = may_have_a_scale(words)
    tokens = words.split()
    if p.starter_set.isdisjoint(tokens):  # (most sentences)
        return (p.plain_ascii_triggers if text.isascii() else p.plain_triggers)[a_scale]
    # A sentence with number words is scanned with the full trigger, compiled once: a trigger
    # per set of words found would scan a little faster but compile (~1.5 ms) at each new set.
    return p.trigger_ascii


def word_scan(text: str) -> tuple[re.Pattern, list[re.Match], list[bytes]]:
    """:func:`trigger_for` (for text whose digits are all 0-9) and, when that is
    ``trigger_ascii`` (a sentence with number words), its matches split into the trigger of the
    sentence without number words and the number words' matches (else none).

    ``trigger_ascii`` stops at every letter that opens a number word; scanning with the plain
    trigger instead and taking the number words from ``str.find`` gives the same matches: the
    branches of the two kinds open with different characters, so at each position one kind
    matches, as ``trigger_ascii`` does there (its number-word branch matches only a whole word
    of :func:`word_bytes` that is a starter, written in lower case or capitalised, so every
    such position is one of those found). Third, the words of ``word_bytes(text)``, which
    figure_keys reads too.
    """
    p = patterns()
    words = word_bytes(text)
    a_scale = may_have_a_scale(words)
    tokens = words.split()
    present = p.starter_set.intersection(tokens)
    plain = (p.plain_ascii_triggers if text.isascii() else p.plain_triggers)[a_scale]
    if not present:
        return plain, [], tokens
    if not p.words_apart:
        return p.trigger_ascii, [], tokens
    at = set()
    for token in present:
        word = token.decode()
        for form in (word, word.capitalize()):
            i = text.find(form)
            while i >= 0:
                at.add(i)
                i = text.find(form, i + 1)
    match = p.trigger_ascii.match
    return plain, [m for i in sorted(at) if (m := match(text, i)) is not None], tokens


@functools.cache
def patterns() -> _Patterns:
    """The compiled patterns (built once)."""
    return _Patterns(lexicon())
