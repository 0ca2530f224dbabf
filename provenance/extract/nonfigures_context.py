"""More numbers that are not story figures, told from the words around them.

:mod:`nonfigures` rejects dates, years, ages, durations and designations one number at a
time; the rules here look a little further:

* clock minutes: the "52" of "07:52" and the "42" of "Updated: 8 May 2025, 17:42 CEST"
  (the hour is :mod:`nonfigures`' clock rule);
* ranges of years: "between 2025 and 2050", "from 1990 to 2021";
* poll samples and study method counts, which describe how a result was obtained, like
  "three people familiar with the matter": "a survey of 2,000 adults", "the poll questioned
  42,000 voters at 850 polling stations", "the analysis drew on 520 million records from
  204 countries";
* frequency lists: "displaced two, three, four times", "two or three times";
* thresholds in a definition: "incidents in which four or more people are shot".

:func:`not_a_figure` is asked about each number phrase after :mod:`nonfigures`; every rule
starts with a cheap literal test so that the ordinary sentence pays almost nothing.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from . import figure_keys as K
from ._text import plain_lower, trie_pattern
from .lexicon import alt, lexicon

if TYPE_CHECKING:
    from .numbers import Atom

# the qualifier a sample size may carry ("a survey of more than 2,000 adults")
_QUAL = (
    r"(?:(?:more[ \t]+than|over|about|around|nearly|almost|some|roughly|approximately|"
    r"just[ \t]+over|at[ \t]+least|fewer[ \t]+than|less[ \t]+than)[ \t]+)?"
)
# a cue that the number after it is a sample: "a survey of", "a poll of", "polled", "surveyed"
_STRONG = (
    r"(?:surveys?|polls?|samples?|stud(?:y|ies)|questionnaires?|census)[ \t]+of"
    r"|(?:surveyed|polled|sampled)"
)
# "questioned", "interviewed": a sample only in a sentence about a poll or a study
# ("The poll questioned 42,000 voters"; "Police questioned 12 suspects" is a story count)
_WEAK = (
    r"questioned|interviewed|asked|contacted|followed|tracked|enrolled|recruited"
    r"|conducted[ \t]+(?:online[ \t]+|by[ \t]+(?:tele)?phone[ \t]+)?(?:among|with)"
)
_RESEARCH = re.compile(
    r"\b(?:polls?|pollsters?|surveys?|stud(?:y|ies)|research(?:ers)?|analysis|analysts|respondents"
    r"|trials?|cohort)\b",
    re.I,
)
# "a margin of error of plus or minus 3 percentage points": how precise a poll is, not a result
_MARGIN_BEFORE = re.compile(
    r"\b(?:margin[ \t]+of[ \t]+(?:sampling[ \t]+)?error|sampling[ \t]+error)[ \t]+"
    r"(?:(?:of|is|was|of[ \t]+about|is[ \t]+about)[ \t]+)?(?:(?:plus[ \t]+or[ \t]+minus|\+/-|±)[ \t]*)?$",
    re.I,
)
# "drew on 520 million records", "analysed 3,000 responses": a data count, when the noun says so
_DATA_VERB = (
    r"(?:drew|draws|drawn|drawing|based|relied|relies|relying)[ \t]+on"
    r"|analy[sz](?:ed|es|ing)|examined|reviewed|used|using|pooled|pooling"
)
_DATA_NOUNS = (
    r"records|responses|respondents|participants|interviews|samples|studies|observations|"
    r"datasets|data[ \t]+points|questionnaires|surveys|trials|papers|health[ \t]+records|"
    r"medical[ \t]+records|death[ \t]+certificates"
)
_NUM = r"\d[\d,.]*(?:[ \t]+(?:thousand|million|billion))?"
_WORDS = r"(?:[ \t]+[A-Za-z'’-]+){1,3}?"
_PREP = r"[ \t]+(?:at|from|in|across|spanning|covering)[ \t]+"

_STRONG_BEFORE = re.compile(rf"\b(?:{_STRONG})[ \t]+{_QUAL}$", re.I)
_WEAK_BEFORE = re.compile(rf"\b(?:{_WEAK})[ \t]+{_QUAL}$", re.I)
_DATA_BEFORE = re.compile(rf"\b(?:{_DATA_VERB})[ \t]+{_QUAL}$", re.I)
_DATA_AFTER = re.compile(rf"(?:[ \t]+[A-Za-z'’-]+){{0,2}}?[ \t]+(?:{_DATA_NOUNS})\b", re.I)
# the second number of a sample: "42,000 voters at 850 polling stations", "... from 204 countries"
_STRONG_THEN = re.compile(rf"\b(?:{_STRONG})[ \t]+{_QUAL}{_NUM}{_WORDS}{_PREP}$", re.I)
_WEAK_THEN = re.compile(rf"\b(?:{_WEAK})[ \t]+{_QUAL}{_NUM}{_WORDS}{_PREP}$", re.I)
_DATA_THEN = re.compile(
    rf"\b(?:{_DATA_VERB})[ \t]+{_QUAL}{_NUM}(?:[ \t]+[A-Za-z'’-]+){{0,2}}?[ \t]+(?:{_DATA_NOUNS}){_PREP}$",
    re.I,
)
# the words one of these patterns needs before the number (a pre-check on the lowercase text,
# one scan in C); the literal ones as a trie per first letter, so that re tries a branch or two
# where a flat alternation tried them all
_SAMPLE_WORDS = (
    "survey poll sampl stud questionnaire census questioned interviewed asked contacted analy"
    " examined reviewed used using pool followed tracked enrolled recruited among with error"
).split() + ["drawing on", "draws on", "based on"]
_SAMPLE_GATE = re.compile(
    "|".join(
        re.escape(c) + trie_pattern(w[1:] for w in _SAMPLE_WORDS if w[0] == c)
        for c in sorted({w[0] for w in _SAMPLE_WORDS})
    )
    + r"|dr[ae]wn? on|reli\w* on"
)
# _SAMPLE_GATE's literals, its "dr[ae]wn? on" spelled out: a substring test per needle scans in
# C faster than the pattern, which is tried at almost every character of the window
_SAMPLE_NEEDLES = (
    *_SAMPLE_WORDS,
    *(f"dr{v}w{n} on" for v in "ae" for n in ("", "n")),
)
_RELI_ON = re.compile(r"reli\w* on")


def _sample_gate(low_window: str) -> bool:
    """Whether ``_SAMPLE_GATE.search(low_window)`` finds a match."""
    for needle in _SAMPLE_NEEDLES:
        if needle in low_window:
            return True
    return "reli" in low_window and _RELI_ON.search(low_window) is not None


# the last words of the sample patterns' matches (before their spaces or tabs): a cue's
# (_STRONG, _WEAK, _DATA_VERB), a qualifier's (_QUAL), a preposition (_PREP), the margin's
_SAMPLE_LAST = tuple(
    """of surveyed polled sampled questioned interviewed asked contacted followed tracked
    enrolled recruited among with on analysed analyzed analyses analyzes analysing analyzing
    examined reviewed used using pooled pooling than over about around nearly almost some
    roughly approximately least at from in across spanning covering error is was minus +/-
    ±""".split()
)

# "in which four or more people are shot": a threshold in a definition (present tense)
_DEFINITION_BEFORE = re.compile(r"\b(?:in[ \t]+which|where|when|whenever|if)[ \t]+$", re.I)
_DEFINITION_AFTER = re.compile(
    r"[ \t]+or[ \t]+(?:more|fewer|less)(?:[ \t]+[A-Za-z'’-]+){0,3}?[ \t]+"
    r"(?:are|is|get|gets|die|dies|have[ \t]+been|has[ \t]+been)\b",
    re.I,
)


@functools.cache
def _list_then_unit() -> re.Pattern:
    """ "two, three, four times", "two or three times": numbers listed before a time unit."""
    lex = lexicon()
    number = rf"(?:\d+|{alt(lex['number_words'])})"
    units = alt(lex["time_units"])
    return re.compile(
        rf"(?P<items>(?:[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?{number})+"
        rf"|[ \t]+(?:or|and)[ \t]+{number})[ \t]+(?:{units})\b",
        re.I,
    )


@functools.cache
def _list_before() -> re.Pattern:
    """A listed number and its comma before this one ("two, " before "three, four times")."""
    return re.compile(rf"\b(?:\d+|{alt(lexicon()['number_words'])})[ \t]*,[ \t]*$", re.I)


# After a number: the rest of an outlet's name ("Albion 24 News", "France 24 TV") or a page's
# reading time ("4 mins to read", "4 min read")
_IN_A_NAME = re.compile(r" (?:News|TV|Radio|FM)\b| mins? (?:to )?read\b")
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]* $")


def not_a_figure(text: str, first: Atom, last: Atom, is_range: bool, before: str) -> bool:
    """True when the number phrase ``text[first.start:last.end]`` is not a story figure (module doc).

    ``before`` is the text just before it (numbers.py passes 60 characters).
    """
    s, e = first.start, last.end
    if first.kind != "num":
        return False
    if text[e : e + 1] == " " and text[e + 1 : e + 2] in "NTRFm" and _IN_A_NAME.match(text, e):
        if text[e + 1 : e + 2] == "m" or _CAPITALISED_BEFORE.search(before[-30:]):
            return True  # "Albion 24 News" (a capitalised word before it), "4 mins to read"
    # the minutes of a clock time: "07:52", "17:42" (the hour has its own rule)
    if s >= 2 and text[s - 1] == ":" and text[s - 2].isdigit():
        return True
    if (
        e - s >= 3
        and text[e - 3] == "."
        and _STAMP.fullmatch(text, s, e)
        and (
            (not before.strip() and _STAMP_AFTER.match(text, e))
            or _TIME_OF_DAY_AFTER.match(text, e)
        )
    ):
        return True  # a time: "07.52 Ukraine's air force says", "at 9.30 this morning"
    if first.value in _EMERGENCY and (
        _CALL_BEFORE.search(before[-12:]) or _CALLS_TO.search(before[-20:])
    ):
        return True  # "call 911", "more than 300 calls to 911"
    if (
        first.kind == "num"
        and first.value >= 100
        and text[s:e].isdigit()
        and _HOTLINE_BEFORE.search(before[-16:])
        and _CALLED_AFTER.match(text, e)  # "call 3000 workers out on strike" is a count
    ):
        return True  # "Dial 211", "text 6767", "the hotline 1199": a number to call
    if before[-4:-1] in ("GMT", "UTC") and before[-1:] in "+-−":
        return True  # a time zone: "7:41 PM GMT+9"
    if before.endswith(("family of ", "families of ")) and first.value < 20:
        return True  # "the family of four": who they are, not a count the story reports
    prev = before[-1:]
    if prev in (" ", "\t") and before[-2:-1].isalpha():
        # (each pattern ends with its words and spaces or tabs: those words end ``stripped``)
        stripped = before.rstrip(" \t")
        if stripped.endswith(_INDEX_LAST) and _INDEX_BEFORE.search(before[-22:]):
            return True  # "the FTSE 100", "a Fortune 500 company": a name
        if (
            first.value < 120
            and "who" in before[-16:]
            and _AGE_AFTER_WHO.search(before[-16:])
            and text[e : e + 1] in ",.;"
        ):
            return True  # "Dan, who is 55, won": an age
        if (
            first.value < 120
            and stripped[-5:].lower().endswith(_AGE_LIMIT_LAST)
            and _AGE_LIMIT_BEFORE.search(before[-40:])
        ):
            return True  # "children under 5", "people over 65": an age limit
    if is_range and _year(text, first) and _year(text, last):
        return not _PEOPLE_AFTER.match(text, e)  # "between 1990 and 2021"
    nxt = text[e : e + 1]
    keys = first.keys  # (the words of the sentence: figure_keys)
    if nxt in (",", " ") and keys & K.TIME and _frequency_list(text, s, e):
        return True
    if " or " in text[e : e + 5] and _DEFINITION_BEFORE.search(before[-12:]):
        if _DEFINITION_AFTER.match(text, e):
            return True
    if not keys & K.SAMPLE:
        # No poll, study or data word in the sentence. Where _sample's window opens inside a
        # word, its patterns see the word's tail as a word: each opens with its sample word
        # and a space or tab, so that tail would be one (the window's first chunk).
        window = before[-90:]
        k = s - len(window)
        if k >= 0 and text.startswith(window, k):
            if not K.cut_at(text, k) or window.split(None, 1)[0].lower() not in K.SAMPLE_SET:
                return False
    return _sample(text, s, e, before)


_STAMP = re.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d")
_STAMP_AFTER = re.compile(r"[ \t]+(?:[—–-][ \t]+)?[A-Z\"“‘']")
_TIME_OF_DAY_AFTER = re.compile(
    r"[ \t]+(?:this[ \t]+(?:morning|afternoon|evening)|tonight|last[ \t]+night|local[ \t]+time"
    r"|in[ \t]+the[ \t]+(?:morning|afternoon|evening))\b"
)
_EMERGENCY = frozenset({911.0, 999.0, 112.0, 111.0, 988.0, 101.0, 000.0})
_HOTLINE_BEFORE = re.compile(
    r"\b(?:[Cc]all|CALL|[Dd]ial|DIAL|[Tt]ext|SMS|[Hh]otline|[Hh]elpline|[Tt]oll-free(?: number)?)"
    r"(?:[ \t]+(?:on|at|the|number|line))?[ \t]+$"
)
# what follows a number to call: punctuation, "or", "for"..., or the line's name ("988 Suicide &
# Crisis Lifeline"); a count noun follows a count ("call 3000 workers out")
_CALLED_AFTER = re.compile(r"[ \t]*(?:[,.;:)(\[]|or\b|for\b|to\b|from\b|now\b|$)|[ \t]+[A-Z]")
_CALLS_TO = re.compile(r"\bcalls?[ \t]+to[ \t]+$", re.I)
_CALL_BEFORE = re.compile(r"\b(?:call(?:ed|ing|s)?|dial(?:l?ed|l?ing|s)?)[ \t]+$", re.I)
# stock indices and rankings whose names hold a number
_INDEX_BEFORE = re.compile(
    r"\b(?:FTSE|S&P|Nasdaq|NASDAQ|Stoxx|STOXX|Nikkei|DAX|CAC|MDAX|Russell|Fortune|Forbes|Nifty|"
    r"NIFTY|Sensex|KOSPI|Kospi|ASX|Hang[ \t]+Seng|IBEX|Ibex|MSCI[ \t]+World|Euro[ \t]+Stoxx)[ \t]+$"
)
_AGE_LIMIT_BEFORE = re.compile(
    r"\b(?:children|kids|people|adults|those|men|women|girls|boys|patients|residents|individuals"
    r"|infants|babies|pensioners|voters|anyone|everyone|workers|drivers)[ \t]+"
    r"(?:under|over|above|below|younger[ \t]+than|older[ \t]+than|aged[ \t]+under|aged[ \t]+over)[ \t]+$",
    re.I,
)
# the last words of _INDEX_BEFORE's names and of _AGE_LIMIT_BEFORE's (lowercase: none of
# their letters is one that re.IGNORECASE equates with a non-ASCII character)
_INDEX_LAST = (
    "FTSE",
    "S&P",
    "Nasdaq",
    "NASDAQ",
    "Stoxx",
    "STOXX",
    "Nikkei",
    "DAX",
    "CAC",
    "Russell",
    "Fortune",
    "Forbes",
    "Nifty",
    "NIFTY",
    "Sensex",
    "KOSPI",
    "Kospi",
    "ASX",
    "Seng",
    "IBEX",
    "Ibex",
    "World",
)
_AGE_LIMIT_LAST = ("under", "over", "above", "below", "than")
_AGE_AFTER_WHO = re.compile(r"\bwho(?:[ \t]+(?:is|was|turns|turned)|'s|’s)[ \t]+$")


def _year(text: str, atom: Atom) -> bool:
    digits = text[atom.start : atom.end]
    return (
        len(digits) == 4
        and digits.isdecimal()
        and atom.currency is None
        and 1000 <= atom.value <= 2100
    )


_PEOPLE_AFTER = re.compile(r"[ \t]+(?:people|persons|deaths|cases|of[ \t]+them)\b", re.I)


def _frequency_list(text: str, s: int, e: int) -> bool:
    """A number in a list that ends in a time unit: "two, three, four times", "two or three times".

    A comma list needs three numbers, so that "rose to 41, two days after" stays a figure.
    """
    window = text[e : e + 60]
    if "," not in window[:3] and " or " not in window[:4] and " and " not in window[:5]:
        return False
    m = _list_then_unit().match(text, e)
    if not m:
        return False
    items = m.group("items")
    if not items.lstrip(" \t").startswith(","):
        return True  # "two or three times"
    return items.count(",") >= 2 or bool(_list_before().search(text, max(0, s - 20), s))


_VOTES_AFTER = re.compile(r"[ \t]+(?:valid[ \t]+)?(?:votes|ballots)\b", re.I)


def _sample(text: str, s: int, e: int, before: str) -> bool:
    """A poll's sample size or a study's method count (see the module doc)."""
    window = before[-90:]
    # every pattern below ends the window (``$``: at its end or before a final newline) with
    # one of _SAMPLE_LAST and spaces or tabs; lowercase, as they are re.I (see plain_lower)
    end = (window[:-1] if window[-1:] == "\n" else window).rstrip(" \t")[-14:]
    low = end.lower() if end.isascii() else plain_lower(end)
    if low is not None and not low.endswith(_SAMPLE_LAST):
        return False
    if not _sample_gate(window.lower()):
        return False
    if _STRONG_BEFORE.search(window) or _STRONG_THEN.search(window):
        # "the party polled 4,657,304 votes": a count of votes won, not of people asked
        return not _VOTES_AFTER.match(text, e)
    if (_WEAK_BEFORE.search(window) or _WEAK_THEN.search(window)) and _RESEARCH.search(text):
        return True  # (the poll or study may be named after: "... adults for the poll")
    if "error" in window and _MARGIN_BEFORE.search(window):
        return True
    if _DATA_BEFORE.search(window) and _DATA_AFTER.match(text, e):
        return True
    return bool(_DATA_THEN.search(window))


# "five times the normal amount", "four times higher": a multiplier, not a number of occasions
# (also "nearly five times Bulgaria's", "roughly four times longer"); the second branch, "times"
# at a clause end or before a span, only after growing words: "deposits had grown "more than
# three times" over the past year", not "he was arrested three times."
_MULTIPLIER = re.compile(
    r"[ \t]+times[\"”’']?(?:[ \t]+(?P<cmp>the|its|their|his|her|as|that|what|higher|more|greater|"
    r"larger|bigger|faster|lower|smaller|over|longer|shorter|wider|heavier|stronger|deadlier|"
    r"costlier|cheaper|slower|less|fewer|above|below|worse|better|richer|poorer|(?-i:[A-Z])[\w.-]*['’]s)\b"
    r"|(?=[ \t]*[,.;:)]|[ \t]+(?:in|over|since|from)[ \t]+(?:the|a|its|their)\b))",
    re.IGNORECASE,
)
_GROWN_BEFORE = re.compile(
    r"\b(?:grown|grew|grow|grows|growing|increased|increases|rose|risen|rises|jumped|multiplied|"
    r"expanded|surged|climbed|swelled|swollen)[ \t]+(?:by[ \t]+)?[\"“‘']?"
    r"(?:[a-z]+(?:[ \t]+(?:than|to))?[ \t]+)?$",
    re.IGNORECASE,
)


# an issue of shares "subscribed 38.6 times", "the retail quota was booked 9.8 times",
# "subscribed their portion 54.2 times": how many times over demand covered the offer
_SUBSCRIBED_BEFORE = re.compile(
    r"\b(?:over-?)?(?:subscribed|booked)(?:[ \t]+[a-z]+){0,2}?[ \t]+(?:by[ \t]+)?$", re.I
)
_TIMES = re.compile(r"[ \t]+times\b", re.I)
_OFFER = re.compile(r"\b(?:IPO|issue|quota|portion|tranche|offer|offering|auction|bids?)\b")
_DECIMAL_END = re.compile(r"\d\.\d+$")


def _subscription(text: str, e: int, before: str) -> bool:
    """ "subscribed 38.6 times", "booked 9.8 times": a factor when a decimal or an offer is named
    ("he was booked three times by police" counts occasions)."""
    if not (_TIMES.match(text, e) and _SUBSCRIBED_BEFORE.search(before[-40:])):
        return False
    return bool(_DECIMAL_END.search(text, 0, e) or _OFFER.search(text))


def multiplier_after(text: str, e: int, before: str) -> bool:
    """True when "times" after the number ending at ``e`` makes it a factor, not a count of occasions."""
    if ("ubscribed" in before[-40:] or "ooked" in before[-40:]) and _subscription(text, e, before):
        return True
    m = _MULTIPLIER.match(text, e)
    if m is None:
        return False
    cmp = m.group("cmp")
    if cmp is None:
        return bool(_GROWN_BEFORE.search(before[-40:]))
    # a quote closed after "times" ends the phrase: '"two, three, four times" as fighting moved'
    return not (cmp.lower() == "as" and text[m.start("cmp") - 2] in "\"”’'")
