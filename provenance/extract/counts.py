"""What a figure counts: the noun phrase a number quantifies, its head, and the figure's ``counts`` text.

:func:`noun_phrase` reads the words after a number ("600 North Korean soldiers", "100 of
its soldiers", "66 of the 84 drones", "Kim's soldiers"); :func:`counts_for` turns that
into the ``counts`` field (nationality of the nearest earlier figure or of the country
that sends or loses them, "sent to X" for deployments, "share of X" for percentages, the
measure before a bare percentage); :func:`per_base_unit` gives the unit of a rate per
population ("offences per 100,000 people"). The word lists here are shared with the
category rules of :mod:`figures`.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from itertools import accumulate
from typing import NamedTuple

from ..vocab import PEOPLE_CATEGORIES
from ._text import ci_words, plain_lower, trie_pattern
from .lexicon import alt as _alt
from .lexicon import lexicon
from .numbers import NumberPhrase

# every ISO code the lexicon can give (signs, words, prefixes before the amount)
CURRENCY_CODES = frozenset(
    {
        *lexicon()["currencies"].values(),
        *lexicon()["currency_words"].values(),
        *lexicon()["currency_prefixes"].values(),
        *(c for codes in lexicon()["currency_countries"].values() for c in codes.values()),
    }
)


class Word(NamedTuple):
    start: int
    end: int
    text: str
    low: str


_STOP = frozenset(
    """a an the and or but nor of in on at to from by for with without since over during after before into onto
    across among between near around about as than that which who whom whose were was are is be been being have has
    had will would could can may might should must do did does also now still already only just so far then when
    where while if not no per each every alone all both including mostly out up down off back again once ago later
    earlier yet it they them he she we i you his her its their our this these those there here said say says told
    according reportedly allegedly while whereas although though because until unless within amid despite against
    toward towards via under above below beyond through throughout upon what how why some any many much most
    several few other another such same own either neither last next first second
    remain remained""".split()
)
_COMPARATIVES = frozenset(
    {
        "lower",
        "higher",
        "fewer",
        "less",
        "greater",
        "larger",
        "smaller",
        "bigger",
        "worldwide",
        "nationwide",
        "overnight",
        "yesterday",
        "today",
        "tonight",
        "abroad",
        "alone",
        "overall",
        "total",
        "apiece",
        "each",
    }
)
_PRONOUN_HEADS = frozenset({"others", "more", "them", "those", "these", "whom", "which"})
# Words that end a noun phrase after a plural head: adverbs of time and place ("52 drones
# overnight", "1,412 Syrians alone"). A plural noun rarely modifies the word after it, so a
# lowercase word after a plural head is read as the verb or adverb that follows the phrase
# ("36,816 arrivals compare", "33,000 machinists kept"), except after the plural-form nouns
# below, which do modify ("arms deals", "sales staff").
_PLURAL_MODIFIERS = frozenset(
    """arms sales savings sports news goods customs species series means earnings
    operations communications resources services systems affairs""".split()
)
# Stop words that are adjectives when a noun follows: "77 more tankers", "three earlier fines".
_PRE_NOUN_STOPS = frozenset({"other", "more", "earlier", "previous", "further", "separate"})
_NOMINAL_CUES = frozenset(
    {
        "dead",
        "wounded",
        "injured",
        "missing",
        "displaced",
        "fatalities",
        "casualties",
        "deaths",
        "lives",
        "bodies",
        "losses",
    }
)
_ADJECTIVAL_CUES = frozenset({"dead", "wounded", "injured", "missing", "displaced", "fallen"})
# The word pattern [A-Za-z]+(?:[.'’-][A-Za-z]+)*\.?|\d[\d,.]*|[;:()"“”—–,]|(?<=\s)-(?=\s)|--
# written to open with one character class (re scans for it in C instead of trying five
# alternatives at every character); each look-behind tells which class the consumed
# character was, in the same order.
_WORD_RE = re.compile(
    r"[A-Za-z\d;:()\"“”—–,-](?:(?<=[A-Za-z])[A-Za-z]*(?:[.'’-][A-Za-z]+)*\.?|(?<=\d)[\d,.]*"
    r"|(?<=[;:()\"“”—–,])|(?<=\s-)(?=\s)|(?<=-)-)"
)


class _Lex:
    """Lexicon-derived regexes and sets for the noun phrase, counts and category rules (built once)."""

    def __init__(self, lex: dict):
        cues = []
        for cat, words in lex["category_cues"].items():
            cues += [(w, cat) for w in words]
        self.cue_cat = {w: c for w, c in cues}
        # cues indexed by their first word, longest first, for a match over the word list
        self.cue_index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for phrase, cat in sorted(self.cue_cat.items(), key=lambda kv: -len(kv[0].split())):
            parts = tuple(phrase.lower().split())
            self.cue_index.setdefault(parts[0], []).append((parts, cat))
        # the same keyed by the lower-case words as written: a word ends with at most one
        # full stop, and no cue word starts with a digit (whose words may end with several)
        # (entries as (number of words, the words after the first as a list, category))
        self.cue_index_dotted = {}
        for key, entries in self.cue_index.items():
            assert key[:1].isalpha() and not any(p.endswith(".") for e in entries for p in e[0])
            plain = [(len(parts), list(parts[1:]), cat) for parts, cat in entries]
            self.cue_index_dotted[key] = self.cue_index_dotted[key + "."] = plain
        self.people = frozenset(lex["people_nouns"])
        self.military = frozenset(lex["military_nouns"])
        self.presence = frozenset(lex["deployed_presence"])
        countries = lex["countries"]
        self.countries = {k.lower(): v for k, v in countries.items()}
        names = [c for c in countries if c not in ("us", "uk", "u.s.")]
        # \b(?:(?i:names)|US|UK|U\.S\.) in the literal-first form of ci_words (re scans for
        # the first letters in C instead of trying the alternation at every character)
        self.country_re = re.compile(
            rf"(?:{ci_words(names)}|U(?<!\w.)(?:S|K|\.S\.))(?:['’]s)?(?=[\s,])(?:\s+(?:has|have|had|will|would|could|is|was|"
            rf"sent|dispatched|deployed|lost|sends|says|said|plans|seen|suffered))?"
        )
        # the nouns as a trie ("rate|rates" -> "rate(?:s)?"): the same matches as the
        # longest-first alternation (the words matching at one place are prefixes of one
        # another, tried longest first), with fewer alternatives tried per place
        self.measure_re = re.compile(
            rf"\b(?:[A-Za-z][\w'’-]*\s+){{0,2}}(?i:{_trie_words(lex['measure_nouns'])})\b"
        )
        # the measure noun alone, literal-first: every match of measure_re holds one
        self.measure_noun_re = re.compile(rf"{ci_words(lex['measure_nouns'])}\b")


def _trie_words(words) -> str:
    """For use inside ``(?i:...)``: :func:`trie_pattern` of one-word phrases of ASCII letters
    (in lower case, which re.IGNORECASE makes the same), ``_alt`` for other phrases."""
    if all(re.fullmatch(r"[A-Za-z]+", w) for w in words):
        return trie_pattern(w.lower() for w in words)
    return _alt(words)


@functools.cache
def lex() -> _Lex:
    """The counts/category lexicon (built once)."""
    return _Lex(lexicon())


# _WORD_RE as one group: re.split then returns [gap, word, gap, word, ..., gap], and the
# offsets are the running sums of the parts' lengths. Every step runs in C (no Python code
# per word); the words are those of _WORD_RE.finditer, as the pattern never matches "".
# The repeats are possessive (no backtracking states kept): nothing after them can fail,
# so the greedy path is the match either way.
_WORD_SPLIT_RE = re.compile(
    r"([A-Za-z\d;:()\"“”—–,-](?:(?<=[A-Za-z])[A-Za-z]*+(?:[.'’-][A-Za-z]++)*+\.?|(?<=\d)[\d,.]*+"
    r"|(?<=[;:()\"“”—–,])|(?<=\s-)(?=\s)|(?<=-)-))"
)
# _WORD_SPLIT_RE for lower-case text (which holds no A-Z): one range per letter class and the
# alternatives opening with their own first characters, which re tests faster (~35% less
# time per sentence); the same split on any text without A-Z (tests/test_perf6_figures.py)
_LOW_WORD_SPLIT_RE = re.compile(
    r"([a-z]++(?:[.'’-][a-z]++)*+\.?|[;:()\"“”—–,]|\d[\d,.]*+|-(?<=\s-)(?=\s)|--)"
)


class Words:
    """The words of a sentence (those of ``_WORD_RE``) as parallel lists, built without a
    Python step per word: ``starts``, ``ends`` and ``lows`` (lower case); a word as written
    is ``text[starts[i]:ends[i]]``.

    The words are split from the lower-case text when lower() keeps every offset and every
    word boundary: for all text without "İ" and the Kelvin sign (the only characters whose
    lower case is longer or an ASCII letter; :func:`plain_lower` also rules out "ı", "ſ").
    """

    __slots__ = ("text", "low", "starts", "ends", "lows")

    def __init__(self, text: str):
        low = text.lower() if text.isascii() else plain_lower(text)
        parts = _WORD_SPLIT_RE.split(text) if low is None else _LOW_WORD_SPLIT_RE.split(low)
        offsets = list(accumulate(map(len, parts)))
        self.text = text
        self.low = low  # plain_lower(text), None when it cannot stand in for re.IGNORECASE
        self.starts = offsets[0:-1:2]
        self.ends = offsets[1::2]
        self.lows = parts[1::2]
        if low is None:
            # one lower() of all the words (no word holds "\0"): fewer calls than one per word
            self.lows = "\0".join(self.lows).lower().split("\0") if self.lows else []

    def __len__(self) -> int:
        return len(self.starts)

    @property
    def texts(self) -> list[str]:
        """The words as written."""
        text = self.text
        return [text[s:e] for s, e in zip(self.starts, self.ends, strict=True)]

    def word(self, i: int) -> Word:
        s, e = self.starts[i], self.ends[i]
        return _make_word(Word, (s, e, self.text[s:e], self.lows[i]))


_make_word = tuple.__new__
_NO_STARTS: frozenset[int] = frozenset()
# re.match(pattern, text[ph.end : ph.end + 4]) as a match at ph.end with an end: the
# pattern has no look-behind, so the text before ph.end does not matter.
_ENDS_PHRASE_RE = re.compile(r"\s*(?:[,.;:!?)]|[\"”’']\s*[,.;:!?])")
_PARTITIVE_DETERMINERS = frozenset(
    ("the", "its", "their", "his", "her", "our", "those", "these", "them", "whom", "which", "all")
)
_PRONOUN_DETERMINERS = frozenset(("them", "whom", "which", "those", "these"))
_QUOTES = frozenset(('"', "”", "“"))


def noun_phrase(text: str, words: Words, ph: NumberPhrase, phrases: list[NumberPhrase]) -> dict:
    """The figure's own noun phrase: words, head, whether it is people, partitive reference, after-NP offset."""
    lx = lex()
    people, cue_cat = lx.people, lx.cue_cat
    starts, lows = words.starts, words.lows
    n = len(starts)
    np_idx: list[int] = []
    partitive = False
    pronoun_ref = False
    j = bisect_left(starts, ph.end)  # the first word after the figure
    if _ENDS_PHRASE_RE.match(text, ph.end, ph.end + 4):
        j = n  # the figure ends its phrase: "passed 3,000," Lee said
    while j < n and text[starts[j]] in _QUOTES:  # a quote mark is a word of its own
        j += 1
    if j + 1 < n and lows[j] == "out" and lows[j + 1] == "of":
        j += 1  # "17 out of the country's 18 states" reads as "17 of ..."
    if j < n and lows[j] == "of":
        partitive = True
        j += 1
        while j < n and lows[j] in _PARTITIVE_DETERMINERS:
            if lows[j] in _PRONOUN_DETERMINERS:
                pronoun_ref = True
            j += 1
    other_starts = {p.start for p in phrases if p is not ph} if len(phrases) > 1 else _NO_STARTS
    if partitive and j + 1 < n and lows[j].endswith(("'s", "’s")) and starts[j + 1] in other_starts:
        j += 1  # "17 of the country's 18 states": the possessor is not the counted thing
    if partitive and j < n and starts[j] in other_starts:
        # "66 of the 84 drones": the part counts what the whole counts
        whole_end = next(p.end for p in phrases if p.start == starts[j])
        while j < n and starts[j] < whole_end:
            j += 1
        other_starts = {p.start for p in phrases if p.start > ph.start and p.start >= whole_end}
    if pronoun_ref:
        j = n  # "Fifty of them": the noun phrase is the pronoun's antecedent
    while j < n and len(np_idx) < 7:
        first = text[starts[j]]  # the word's first character
        if starts[j] in other_starts or not first.isalpha():
            break
        low = lows[j].rstrip(".")
        if low.endswith(("'s", "’s")):
            np_idx = []  # a possessor ("Kim Jong Un's soldiers"): the head follows
            j += 1
            continue
        if j + 1 < n:
            nxt_low = lows[j + 1]
            nxt_first = text[starts[j + 1]]
            nxt_nounish = nxt_first.isalpha() and nxt_low not in _STOP and nxt_low not in cue_cat
        else:
            nxt_low = nxt_first = None
            nxt_nounish = False
        if (
            low == "and"
            and np_idx
            and nxt_low is not None
            and nxt_low in people
            and nxt_low not in cue_cat
            and starts[j + 1] not in other_starts
        ):
            np_idx.append(j)
            j += 1
            continue
        if (low in _STOP or low in _COMPARATIVES) and not (low in _PRE_NOUN_STOPS and nxt_nounish):
            if not np_idx and low in ("more", "others"):
                np_idx.append(j)
            break
        if low in people and low in cue_cat and low not in _ADJECTIVAL_CUES:
            np_idx.append(j)  # "Syrian refugees", "40 hostages": a people noun that is also a cue
            break
        if low in cue_cat or low.endswith(("ed", "ing")) or low in ("dead", "fallen"):
            if nxt_nounish:
                # a modifier: "wounded soldiers", "armoured vehicles", "shipping containers",
                # hyphenated ones too
                np_idx.append(j)
                j += 1
                continue
            if not np_idx and low in _NOMINAL_CUES:
                np_idx.append(j)  # "300 dead", "2,700 wounded"
            break
        np_idx.append(j)
        j += 1
        if nxt_low is None or starts[j] in other_starts:
            break
        if (
            low in people
            and nxt_low not in people
            and nxt_low != "and"
            and not (low in _PRONOUN_HEADS and nxt_nounish)
        ):
            break  # "1,000 engineers took part": the noun phrase ends at its people head
        if (
            low.endswith("s")
            and not low.endswith(("ss", "us"))
            and len(low) > 3
            and (
                (nxt_first.isupper() and not first.isupper())
                or nxt_low.endswith(("ed", "ly"))
                or nxt_low in _COMPARATIVES
                or (nxt_first.islower() and low not in _PLURAL_MODIFIERS)
            )
        ):
            break  # "roles Amazon eliminated", "troops originally deployed", "arrivals compare"
    ends = words.ends
    np_words = [
        _make_word(Word, (starts[k], ends[k], text[starts[k] : ends[k]], lows[k])) for k in np_idx
    ]
    head = np_words[-1].low.rstrip(".") if np_words else ""
    after = np_words[-1].end if np_words else ph.end
    if pronoun_ref and not np_words:
        head = "them"
    is_people = (
        not head
        or head in people
        or head in _PRONOUN_HEADS
        or bool(
            np_words
            and np_words[-1].text[0].isupper()
            and head.endswith(("ans", "ese", "is", "ians"))
        )
    )
    if ph.unit and (ph.unit in ("magnitude", "per year") or ph.unit.split()[0] in CURRENCY_CODES):
        is_people = False  # amounts ("USD", "USD per year") and magnitudes
    return {
        "np": np_words,
        "head": head if head not in _PRONOUN_HEADS else "",
        "pronoun": head in _PRONOUN_HEADS or pronoun_ref,
        "is_people": is_people,
        "after": after,
        "partitive": partitive,
        "next_index": j,
        "words": words,
    }


def per_base_unit(text: str, pos: int, head: str) -> str | None:
    """ "169 offences per 100,000 people": the unit is the rate, "offences per 100,000 people"."""
    m = _PER_BASE_RE.match(text, pos)
    if not m:
        return None
    nouns = []
    for w in re.findall(r"[A-Za-z][A-Za-z'’-]*|\S", text[m.end() : m.end() + 40])[:2]:
        if not w[0].isalpha() or w.lower() in _STOP:
            break
        nouns.append(w)
    if not nouns:
        return None
    return " ".join(([head] if head else []) + ["per", m.group(1)] + nouns)


_PER_BASE_RE = re.compile(
    r"\s+(?:per|for\s+every)\s+(\d[\d,]*(?:\.\d+)?(?:\s+(?:thousand|million))?)\s+"
)


# Compiled once: counts_for runs for every figure (re's own cache lookup per call is not free).
_LEADING_DETERMINER = re.compile(r"^(?:the|its|their|those|these)\s+", re.I)
_LEADING_MORE = re.compile(r"^(?:more|further)\s+(?=\w)", re.I)
_FULL_STOP = re.compile(r"(?<=[a-z]{3})\.$")
_CUE_WORDS_TAIL = re.compile(r"\s+\((?:fatalities|deaths|casualties|lives|bodies)\)$")


def counts_for(
    text: str, ph: NumberPhrase, info: dict, category: str, prev_counts, prev_nat, clause
) -> tuple[str, str | None]:
    """The figure's ``counts`` text and the nationality it carries to later figures."""
    lx = lex()
    np_words = info["np"]
    np_text = text[np_words[0].start : np_words[-1].end] if np_words else ""
    # the literal pre-checks skip the substitutions that cannot apply: no other character
    # is equated with t, m or f by re.IGNORECASE, and np_text ends with a word, not "\n"
    if np_text[:1] in ("t", "T"):
        np_text = _LEADING_DETERMINER.sub("", np_text)
    # "77 more tankers" counts tankers: "more/further" only says they are added to earlier ones
    if np_text[:1] in ("m", "M", "f", "F"):
        np_text = _LEADING_MORE.sub("", np_text)
    if np_text[-1:] == ".":
        np_text = _FULL_STOP.sub("", np_text)  # the sentence's full stop
    nat = _nationality(np_words)
    head = info["head"]
    people = info["is_people"] or category in PEOPLE_CATEGORIES
    if ph.partitive and ph.unit in ("percent", "percentage points") and np_text:
        return f"share of {np_text}", nat
    if ph.unit in ("percent", "percentage points", "basis points") and not (
        np_words and not info["is_people"]
    ):
        # "The jobless rate held at 6.4%": a percentage with no noun measures what comes before
        measure = _measure_before(text, ph, clause)
        return measure or _context_before(text, ph), nat
    if not people:
        if np_text:
            return np_text, nat
        return _context_before(text, ph), nat
    base = np_text
    if not head or info["pronoun"] or head in _NOMINAL_CUES:
        base = _strip_cue_words(prev_counts) if prev_counts else ""
        if not base:
            base = _number_of(text, ph.start) or "people"
        if head in _NOMINAL_CUES and head in (
            "fatalities",
            "deaths",
            "casualties",
            "lives",
            "bodies",
        ):
            base = f"{base} ({head})" if base != "people" else head
    elif not nat and head in lx.military:
        donor = prev_nat or _country_subject(text, ph.start)
        if donor:
            base = f"{donor} {base}"
            nat = donor
    if category == "deployed" and " sent to " not in base:
        dest = _destination(text, info["after"])
        if dest:
            base = f"{base} sent to {dest}"
    return base, nat or prev_nat


def _strip_cue_words(counts: str) -> str:
    return _CUE_WORDS_TAIL.sub("", counts)


def _nationality(np_words: list[Word]) -> str | None:
    if len(np_words) < 2:
        return None  # only the head: no modifier to read
    caps = [w.text for w in np_words[:-1] if w.text[:1].isupper()]
    return " ".join(caps) if caps else None


def _country_subject(text: str, pos: int) -> str | None:
    lx = lex()
    found = None
    for m in lx.country_re.finditer(text, 0, pos):
        if m.group(0) != m.group(0).split()[0] or m.group(0).endswith(("'s", "’s")):
            found = m
    if not found:
        return None
    name = re.sub(r"(?:['’]s)?(?:\s+\w+)?$", "", found.group(0)).lower()
    return lx.countries.get(name)


_DESTINATION_RE = re.compile(
    r"(?:\s+(?:have|has|had|been|were|are|also|already|now|being|be|would|will|to|originally)){0,4}\s*"
    r"(?:sent|deployed|dispatched|shipped|moved)?\s*(?:to|into)\s+((?:[A-Z][\w’'-]*?)(?:['’]s)?)(?=[\s,.;]|$)"
)
_POSSESSIVE_END = re.compile(r"['’]s$")
_NUMBER_OF_RE = re.compile(r"\b(?:number|count|toll|tally) of ((?:[A-Za-z’'-]+\s?){1,3})")
_NUMBER_OF_NEEDLES = ("number of ", "count of ", "toll of ", "tally of ")
_CONTEXT_WORD_RE = re.compile(r"[A-Za-z][A-Za-z’'-]*")


def _destination(text: str, pos: int) -> str | None:
    # a match with an end instead of a slice: the pattern has no look-behind, and "$"
    # treats the end as the end of the string
    m = _DESTINATION_RE.match(text, pos, pos + 80)
    if m:
        return _POSSESSIVE_END.sub("", m.group(1))
    return None


def _number_of(text: str, pos: int) -> str:
    # (_NUMBER_OF_RE opens with \b and is tried at every character: every match holds one of
    # _NUMBER_OF_NEEDLES before ``pos``, found by substring searches in C)
    if not any(text.find(needle, 0, pos) >= 0 for needle in _NUMBER_OF_NEEDLES):
        return ""
    m = None
    for found in _NUMBER_OF_RE.finditer(text, 0, pos):
        m = found  # the last match
    if m:
        words = [w for w in m.group(1).split() if w.lower() not in _STOP]
        if words:
            return " ".join(words[:2])
    return ""


_WORD_START_RE = re.compile("[A-Za-z\u0130\u0131\u017f\u212a](?<!\\w.)")


def _measure_before(text: str, ph: NumberPhrase, clause: tuple[int, int]) -> str:
    """The nearest measure noun phrase before a percentage in its clause ("the jobless rate")."""
    found = None
    lx = lex()
    start = max(clause[0], ph.start - 120)
    end = ph.start
    if not lx.measure_noun_re.search(text, start, end):
        return ""  # cheap pre-check: the full pattern is tried at every character
    # measure_re.finditer(text, start, end), trying the pattern only at the starts of words
    # (a match opens at \b with a letter, or with one of the non-ASCII letters re.IGNORECASE
    # equates with one)
    pos = start
    search, match = _WORD_START_RE.search, lx.measure_re.match
    while (c := search(text, pos, end)) is not None:
        m = match(text, c.start(), end)
        if m is None:
            pos = c.start() + 1
        else:
            found = m
            pos = m.end()
    if not found:
        return ""
    words = found.group(0).split()
    while any(w.lower() in _STOP for w in words):
        words = words[1:]  # "told reporters the economy": only the words after the last stop word
    return " ".join(words)


def _context_before(text: str, ph: NumberPhrase) -> str:
    """For a figure with no noun phrase ("grew by 0.3%", "ransoms of $150,000"): the content words before it."""
    words = _CONTEXT_WORD_RE.findall(text, max(0, ph.start - 60), ph.start)
    qualifiers = lexicon()["qualifiers"]
    content = [w for w in words if w.lower() not in _STOP and w.lower() not in qualifiers]
    return " ".join(content[-3:]) if content else "unspecified"
