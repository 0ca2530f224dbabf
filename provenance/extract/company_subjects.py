"""The company-subject rule of :func:`.sources.find_mentions`: a capitalised name as the
subject of a reporting verb ("Vestrel reported", "FIFA said"), and its fast form for ASCII
text, tried only before its verbs (moved out of sources.py, same code)."""

from __future__ import annotations

import re

from .mention_scan import (
    View,
    suffix_min,
    vocabulary,
    window_start,
    windowed_finditer,
    word_positions,
)
from .name_patterns import LOW as _LOW
from .name_patterns import UP as _UP

_COMPANY_SUBJECT = re.compile(
    # ("FIFA said", "DAZN said": an acronym of two to six capitals is a name too)
    rf"(?P<name>[{_UP}](?<![\w'’.-].)(?:[\w&’'-]*[{_LOW}\d]|[{_UP}]{{1,5}}(?![\w&’'-]))(?:\s+[{_UP}][\w&’'-]*)?"
    rf"(?:\s+&\s+[{_UP}][\w’'-]*)?)"  # "Oklahoma Gas & Electric said"
    r"(?:,[^,]{2,80},)?\s+(?:(?:has|had|also|on \w+|later|then)\s+)?"
    r"(?:said|says|reported|reports|told|announced|announces|confirmed|confirms|estimated|estimates|"
    r"posted|stated|added|warned|disclosed|forecast)\b"
)
# _COMPANY_SUBJECT for ASCII text (same matches): ASCII classes, and possessive runs, as each
# is followed by what it cannot hold (a name word by whitespace or a comma, the clause's
# characters by its comma): re does not give their characters back one by one.
_COMPANY_SUBJECT_ASCII = re.compile(
    r"(?P<name>[A-Z](?<![\w'’.-].)(?:[\w&’'-]*+(?<=[a-z\d])|[A-Z]{1,5}(?![\w&’'-]))"
    r"(?:\s++[A-Z][\w&’'-]*+)?(?:\s++&\s++[A-Z][\w’'-]*+)?)"
    r"(?:,[^,]{2,80}+,)?\s++(?:(?:has|had|also|on \w++|later|then)\s++)?"
    + _COMPANY_SUBJECT.pattern[_COMPANY_SUBJECT.pattern.index("(?:said|") :]
)
# What stands between a _COMPANY_SUBJECT comma clause and the verb.
_BEFORE_VERB = re.compile(r"\s+(?:(?:has|had|also|on \w+|later|then)\s+)?")
# Every _COMPANY_SUBJECT match opens where this matches (the pattern's own first character).
_SUBJECT_START = re.compile(rf"[{_UP}](?<![\w'’.-].)")
# Every _COMPANY_SUBJECT match contains one of these (its verbs); a sentence with none of
# them skips the pattern.
_COMPANY_VERBS = tuple(
    "said says report told announc confirm estimat posted stated added warned disclosed forecast".split()
)
# _COMPANY_SUBJECT's verbs, lowercased whole words (as a View holds them).
_COMPANY_VERB_WORDS = frozenset(
    b"""said says reported reports told announced announces confirmed confirms estimated
    estimates posted stated added warned disclosed forecast""".split()
)
_VERB_VOCAB = vocabulary(_COMPANY_VERB_WORDS)


def _company_subjects(sentence: str, view: View | None):
    """``_COMPANY_SUBJECT.finditer(sentence)``; on ASCII text tried only before its verbs.

    In front of a verb stand at most four whitespace runs (name words, an adverb such as
    "on Tuesday"), or a comma clause of 2-80 characters between the last two commas
    before the verb, with the one or two name words before it: a window for each.
    """
    if view is None:
        return _COMPANY_SUBJECT.finditer(sentence)
    windows = []
    verbs = _COMPANY_VERB_WORDS.intersection(view[2])
    for v, _ in word_positions(view, verbs, _VERB_VOCAB):
        close = sentence.rfind(",", 0, v)
        if close > 0 and _BEFORE_VERB.fullmatch(sentence, close + 1, v):
            open_ = sentence.rfind(",", 0, close)
            if open_ >= 0 and 3 <= close - open_ <= 81:
                # the name ends at the clause's first comma
                windows.append((window_start(sentence, open_, 2), open_))
        windows.append((window_start(sentence, v, 4), v))
    return windowed_finditer(_COMPANY_SUBJECT_ASCII, _SUBJECT_START, sentence, suffix_min(windows))
