"""The words a sentence holds, as keys to the non-figure rules that can fire in it.

Most rules of :mod:`nonfigures` and :mod:`nonfigures_context` can only match where a word of
their own is present: a duration needs a time unit ("three days"), a sourcing count a sourcing
noun and a cue ("three people familiar with"), a poll's sample a poll or study word ("a survey
of 2,000 adults"). :func:`sentence_keys` reads the sentence's words once (one encode, translate
and split in C, a set intersection) and returns a bit set: one bit per word list, set when a
word of that list is a word of the sentence. A rule whose words' bits are not set is not tried.

Exactness: a pattern's word opens after a non-word character (a space, "\\b") and ends before
one, so where the pattern matches, the word is a whole word of :func:`lexicon.word_bytes` of
the sentence (its first word, for a phrase: "familiar with" needs "familiar"). The patterns
that are re.IGNORECASE also match "ſ" for "s" and the Kelvin sign for "k", which word_bytes
does not lowercase: a sentence with those (``low`` is None, see :func:`_text.plain_lower`)
gets every bit (:data:`ALL`). A pattern searched in a slice of the sentence sees a word cut
by the slice as a whole word: the callers skip the keys where a slice opens inside a word.
"""

from __future__ import annotations

import functools

from .lexicon import lexicon, word_bytes

ALL = -1  # every bit: try every rule

TIME = 1  # a time unit ("days", "years", "times"): durations, frequency lists
LENGTH = 2  # a length unit ("km", "mm", "miles")
SOURCING_NOUN = 4  # "people", "officials", "sources"...
SOURCING_CUE = 8  # the first word of a sourcing cue ("familiar", "said", "told"...)
MEMBERS = 16  # "members"
COMMITTEE = 32  # "committee", "panel", "board"...
MEMBERSHIP_NOUN = 64  # "countries", "nations", "states"...
MEMBERSHIP_VERB = 128  # "share", "use", "form"...
SAMPLE = 256  # a poll, study or data word of nonfigures_context's sample patterns
CLOCK = 512  # a clock word after a time: "am", "GMT", "local", the "m" of "a.m." / "p.m."
MODEL = 1024  # a model word after a number: "737 MAX", "A350 XWB"

# nonfigures' clock_after words ("a.m." is the words "a" and "m" of word_bytes)
CLOCK_WORDS = ("am", "pm", "m", "GMT", "UTC", "BST", "CET", "EST", "ET", "local", "hrs")

# nonfigures_context._sample's words (each opens with "\b" there): _STRONG, _WEAK, _DATA_VERB
# and the "error" of _MARGIN_BEFORE
SAMPLE_WORDS = (
    "survey surveys poll polls sample samples study studies questionnaire questionnaires census"
    " surveyed polled sampled"
    " questioned interviewed asked contacted followed tracked enrolled recruited conducted"
    " error"
    " drew draws drawn drawing based relied relies relying analysed analyzed analyses analyzes"
    " analysing analyzing examined reviewed used using pooled pooling"
).split()
SAMPLE_SET = frozenset(SAMPLE_WORDS)


def key_table() -> dict[bytes, int]:
    """Word (lowercase bytes) -> the bits it sets."""
    return _tables()[0]


@functools.cache
def _tables() -> tuple[dict[bytes, int], int]:
    """:func:`key_table`, and the bits of the word lists with a phrase that does not open with
    an ASCII letter (whose first word need not be one of word_bytes): every sentence gets those,
    so their rules are always tried."""
    lex = lexicon()
    lists = (
        (TIME, lex["time_units"]),
        (LENGTH, lex["length_units"]),
        (SOURCING_NOUN, lex["sourcing_nouns"]),
        (SOURCING_CUE, lex["sourcing_cues"]),
        (MEMBERS, ["members"]),
        (COMMITTEE, lex["committee_words"]),
        (MEMBERSHIP_NOUN, lex["membership_nouns"]),
        (MEMBERSHIP_VERB, lex["membership_verbs"]),
        (SAMPLE, SAMPLE_WORDS),
        (CLOCK, CLOCK_WORDS),
        (MODEL, lex["model_words"]),
    )
    table: dict[bytes, int] = {}
    always = 0
    for bit, phrases in lists:
        if not all(ph[:1].isascii() and ph[:1].isalpha() for ph in phrases):
            always |= bit
            continue
        for phrase in phrases:
            word = word_bytes(phrase).split()[0]
            table[word] = table.get(word, 0) | bit
    return table, always


def sentence_keys(text: str, low: str | None, words: list[bytes] | None = None) -> int:
    """The bits of the key words ``text`` holds; :data:`ALL` when ``low`` (its
    :func:`_text.plain_lower`) is None. ``words``: ``word_bytes(text).split()`` if known."""
    if low is None:
        return ALL
    global _TABLE, _WORDS, _ALWAYS
    if _TABLE is None:
        _TABLE, _ALWAYS = _tables()
        _WORDS = frozenset(_TABLE)
    hits = _WORDS.intersection(word_bytes(text).split() if words is None else words)
    keys = _ALWAYS
    for word in hits:
        keys |= _TABLE[word]
    return keys


_TABLE: dict[bytes, int] | None = None
_WORDS: frozenset[bytes] = frozenset()
_ALWAYS = 0


def cut_at(text: str, k: int) -> bool:
    """Whether a slice of ``text`` opening at ``k`` may cut a word (a word character on both
    sides of ``k``): a pattern searched in that slice would see a word's tail as a word."""
    if k <= 0:
        return False
    a, b = text[k - 1], text[k : k + 1]
    return (a.isalnum() or a == "_") and (b.isalnum() or b == "_")
