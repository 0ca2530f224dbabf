"""Multiplying words as figures: "twice", "more than doubled", "almost double the number",
"tripled", "a sixfold rise" (value = the factor, unit ``times``).

The number-phrase parser (:mod:`.numbers`) reads numerals and number words; these words
carry a number of their own. Frequencies ("twice a week", "twice daily"), compounds
("double-digit", "a double murder") and "double as" (serve as) are no figures.
"""

from __future__ import annotations

import re

from .numbers import NumberPhrase

__all__ = ["with_multipliers"]

_FACTORS = {
    "twice": 2,
    "double": 2,
    "doubled": 2,
    "triple": 3,
    "tripled": 3,
    "treble": 3,
    "trebled": 3,
    "quadruple": 4,
    "quadrupled": 4,
    # round 10: the present tense ("Text coaching doubles quit rates") and halving, a fall of
    # 50 percent ("revenue more than halved", "aims to halve road deaths")
    "doubles": 2,
    "triples": 3,
    "trebles": 3,
    "quadruples": 4,
    "halved": 50,
    "halve": 50,
}
_PERCENT_WORDS = ("halved", "halve")
_FOLD = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
_QUALIFIERS = {
    "more than": "more_than",
    "over": "more_than",
    "almost": "nearly",
    "nearly": "nearly",
    "close to": "nearly",
    "roughly": "approximately",
    "about": "approximately",
    "around": "approximately",
    "some": "approximately",
    "at least": "at_least",
    "up to": "at_most",
}
_MULTIPLIER = re.compile(
    r"(?<![\w-])(?:(?P<q>more than|over|almost|nearly|close to|roughly|about|around|some|at least|"
    r"up to)\s+)?(?P<w>twice|doubled|doubles|double|tripled|triples|triple|trebled|trebles|treble|"
    r"quadrupled|quadruples|quadruple|halved|halve|"
    r"(?P<fold>two|three|four|five|six|seven|eight|nine|ten)fold)(?![\w-])",
    re.IGNORECASE,
)
# What makes the word no multiplier: a frequency, a compound noun, "double as", "doubled down".
_NOT_AFTER = re.compile(
    r"\s+(?:(?:a|an|per|each|every)\s+(?:day|week|month|year|night|season|decade)\b|daily|weekly|"
    r"monthly|yearly|annually|nightly|as\s+(?:a|an|the)\b|down\b|up\b|back\b|over\b|"
    r"(?:murder|murders|homicide|homicides|standard|standards|taxation|agent|agents|bed|beds|room|"
    r"rooms|whammy|dip|dose|doses|shift|shifts|life|lives|act|bill|header|fault|faults|jeopardy|"
    r"check|click|tap|amputee|decker|glazing|major|crown|crowns)\b)",
    re.IGNORECASE,
)
# What a bare "twice" compares with ("twice as many", "twice the rate", "twice what it was").
_COMPARED = re.compile(r"\s+(?:as|the|that|what|its|their|his|her|our)\b", re.IGNORECASE)
_WORDS = ("wice", "ouble", "riple", "reble", "uadrupl", "fold", "alve")
# "the women's doubles final": the tennis noun, no verb
_DOUBLES_NOUN_BEFORE = re.compile(r"(?:\bthe|['’]s|\bmixed|\bin)\s+$", re.IGNORECASE)


def with_multipliers(text: str, phrases: list[NumberPhrase]) -> list[NumberPhrase]:
    """``phrases`` with the multiplying words of ``text`` that no phrase covers, in text order."""
    if not any(w in text for w in _WORDS):
        return phrases
    added = []
    for m in _MULTIPLIER.finditer(text):
        start, end = m.span()
        word = m.group("w").lower()
        stop = _NOT_AFTER.match(text, end)
        if word in _PERCENT_WORDS and stop and stop.group().split()[0].lower() == "over":
            stop = None  # "halved over the same period" (only "doubled over" is a posture)
        if stop or any(p.start < end and start < p.end for p in phrases):
            continue
        if word == "twice" and not m.group("q") and not _COMPARED.match(text, end):
            continue  # "scoring twice", "attacked twice this year": how often, no factor
        if word == "doubles" and _DOUBLES_NOUN_BEFORE.search(text, max(0, start - 12), start):
            continue
        fold = m.group("fold")
        value = float(_FOLD[fold.lower()] if fold else _FACTORS[word])
        qualifier = _QUALIFIERS[m.group("q").lower()] if m.group("q") else "exact"
        added.append(
            NumberPhrase(
                start,
                end,
                text[start:end],
                value,
                qualifier,
                low=value if qualifier in ("more_than", "at_least") else None,
                high=value if qualifier == "at_most" else None,
                unit="percent" if word in _PERCENT_WORDS else "times",
                core_start=m.start("w"),
                core_end=end,
                spelled=True,
            )
        )
    if not added:
        return phrases
    return sorted(phrases + added, key=lambda p: p.start)
