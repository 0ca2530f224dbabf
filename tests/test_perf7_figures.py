"""Round 7 on the figure side: the non-figure rule chains keyed on the words of the sentence
(provenance/extract/figure_keys.py) answer as the chains did, on any text.

Verbatim copies of the two chains before the keys are kept here (run with their modules'
globals); sentences are made of the rules' own trigger words, digits, word pieces that a slice
can cut ("re" + "surveyed") and the characters re.IGNORECASE treats specially.
"""

from __future__ import annotations

import types

from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.extract import figure_keys, nonfigures, nonfigures_context, numbers
from provenance.extract.lexicon import lexicon
from provenance.extract.nonfigures import lower_plain


def _rebind(fn, module, **names):
    """``fn`` with ``module``'s globals (plus ``names``): the original's own environment."""
    env = dict(vars(module))
    env.update(names)
    return types.FunctionType(fn.__code__, env, fn.__name__, fn.__defaults__)


# --- verbatim copies (nonfigures._is_non_figure, nonfigures_context.not_a_figure at 92c8775)
# ruff: noqa: E501, F821


def original_is_non_figure(
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
    prev2 = text[s - 2] if s > 1 else " "
    nxt = text[e] if e < len(text) else " "
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
        # round 10: "7.1-fold" is a factor, "a 5,000-ruble donation" an amount
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
        return bool(p.vague_time_after.match(text, e))
    # where the next word opens (_first_non_blank, inline)
    head = text[e : e + 16]
    rest = head.lstrip(" \t")
    j = e + len(head) - len(rest) if rest or len(head) < 16 else _BLANK_RUN.match(text, e).end()
    spaced = j > e  # a space or tab after the number ("[ \t]+" patterns)
    if (nxt == ":" or text.startswith(_CLOCK_FIRST, j)) and p.clock_after.match(text, e):
        return True  # "11:47 p.m.", "9 a.m."
    b12 = before[-12:].lower()
    # (and clock_words_before ends with "to" or "past", then spaces or tabs; lowercase: no
    # re.I-special character in the text, see plain_lower)
    if (
        ("to" in b12 or "past" in b12)
        and before.endswith((" ", "\t"))
        and (low is None or before.rstrip(" \t")[-4:].lower().endswith(("to", "past")))
    ):
        if p.clock_words_before.search(before[-20:]):
            return True  # "a quarter to nine", "half past ten"
    if (
        spaced
        and _opens_word(p.time_first, low, j)
        and p.time_unit_after.match(text, e)
        and not _is_rate(text, e)
        and not (first.kind == "num" and (first.scaled or first.value >= 10000))
        and not multiplier_after(text, e, before)  # round 10 (was _MULTIPLIER.match)
    ):
        # durations "three days", "120 days"; "three times" ("3.6m hours" of spills, "287,000
        # hours" are totals of many things' hours, not a span of time)
        return True
    if _opens_word(p.length_first, low, j) and p.length_after.match(text, e):
        return True  # calibres and distances "240mm", "30 km"
    # what the number follows, without the spaces or tabs before it
    stripped = before.rstrip(" \t")
    spaced_before = len(stripped) < len(before)
    plain_int = (
        first.kind == "num" and not first.spelled and not first.scaled and first.currency is None
    )
    low16 = before[-16:].lower()
    if (
        first.kind == "num"
        and ("per" in low16 or "every" in low16)
        and p.ratio_base_before.search(before[-16:])
    ):
        return True  # "169 offences per 100,000 people": the base of a rate
    if plain_int and (
        (spaced and text.startswith(p.models, j) and p.model_after.match(text, e))
        or (spaced_before and stripped.endswith(p.models) and p.model_before.search(before[-12:]))
        or (
            stripped.endswith((",", "and", "or", "&", "/"))
            and _has_digit(before[-40:])
            and p.model_list_before.search(before[-40:])
        )
    ):
        return True  # "737 MAX 9", "Boeing 737 MAX and 777"
    if (
        first.kind == "num"
        and not first.scaled
        and first.currency is None
        and first.value < 130
        and "ge" in before[-20:].lower()
        and p.age_range_before.search(before[-20:])
    ):
        return True  # "the retirement age from 62 to 64", "the voting age to 16"
    if (
        plain_int
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
            p.month_before.search(before[-16:])
            or (_has_digit(before[-8:]) and p.month_list_before.search(before[-40:]))
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
            ("age" in before[-12:].lower() and p.age_before.search(before[-12:]))
            or (p.name_comma_before.search(before[-20:]) and _COMMA_OR_PAREN.match(text[e : e + 2]))
        ):
            return True  # "aged 25", "Lea, 25," "Kim (25)"
        if (
            v < 130
            and before.rstrip(" \t").endswith(",")
            and _COMMA.match(text[e : e + 2])
            and p.apposition_before.search(before[-40:])
        ):
            return True  # "his client, 66, had used"
        if v < 100 and _LIST_MARK.match(text[e : e + 2]) and p.line_start.search(before):
            return True  # list marker "1. "
        if spaced and "A" <= text[j : j + 1] <= "Z" and p.street_after.match(text, e):
            return True
    if plain_int:
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
        first.kind == "num"
        and spaced_before
        and (low is None or low[max(0, s - 16) : s].rstrip(" \t").endswith(_SOURCING_LAST))
        and p.sourcing_before.search(before[-16:])
    ):
        return True  # "according to two officials"
    if (
        first.kind == "num"
        and spaced
        and (
            (_sourcing_noun_near(p.sourcing_nouns, low, j) and p.sourcing_after.match(text, e))
            or ((low is None or low.startswith("members", j)) and p.members_of_after.match(text, e))
            or ((low is None or low.startswith("of", j)) and p.sourcing_of_after.match(text, e))
        )
    ):
        return True  # "three people familiar with the matter", "Two members of the ... committee"
    if (
        plain_int
        and spaced_before
        and spaced
        and stripped.endswith(("the", "The", "THE"))
        and p.the_before.search(before[-6:])
        and (low is None or low.startswith(p.membership_first, j))
        and p.membership_after.match(text, e)
    ):
        return True  # "the 20 countries that share the euro"
    if (
        first.spelled
        and not first.scaled
        and first.value <= 12
        and p.anaphor_before.search(before[-8:])
    ):
        # "the two countries" refers back; "the two soldiers captured last week" is a count
        if not p.anaphor_event_after.match(text, e) or _SPACED_OF.match(text[e : e + 5]):
            return True
    return False


def original_not_a_figure(text: str, first: Atom, last: Atom, is_range: bool, before: str) -> bool:
    """True when the number phrase ``text[first.start:last.end]`` is not a story figure (module doc).

    ``before`` is the text just before it (numbers.py passes 60 characters).
    """
    s, e = first.start, last.end
    if first.kind != "num":
        return False
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
    if nxt in (",", " ") and _frequency_list(text, s, e):
        return True
    if " or " in text[e : e + 5] and _DEFINITION_BEFORE.search(before[-12:]):
        if _DEFINITION_AFTER.match(text, e):
            return True
    return _sample(text, s, e, before)


# (a name the keyed chain no longer uses, as it was)
ORIGINAL_IS_NON_FIGURE = _rebind(
    original_is_non_figure, nonfigures, _SOURCING_LAST=("to", "citing", "cited", "quoting")
)
ORIGINAL_NOT_A_FIGURE = _rebind(original_not_a_figure, nonfigures_context)

_LEX = lexicon()
_KEY_WORDS = sorted(
    {w.decode() for w in figure_keys.key_table()}
    | {w for k in ("sourcing_cues", "membership_verbs", "membership_nouns") for w in _LEX[k]}
)
_OTHER = (
    "of the that which who are were is was said told according to citing members committee"
    " people officials familiar with knowledge margin of error survey poll study by from for a an"
    " times higher per every age aged April May March Class Article No. phase MAX Boeing"
    " killed wounded captured in at over under between and or more than some about nearly"
    " since until till least circa ages quarter half past citing quoting cited these both their"
    " Jan. Sept. Dreamliner Max Pro flight gate No. bathe often rather paſt ſince PER Ages \u212aM"
    " a.m. p.m. am pm GMT UTC ET local time hrs :30"
    " Rs1.2 N500m KSh2,000 US$ 18 000MW SURVEY OF DAYS PEOPLE SAID"
).split()
_NUMBERS = ["12", "3", "2,000", "42,000", "1990", "2021", "911", "100", "7.5", "three", "two", "20"]
_ODD = [
    "re",
    "sub",
    "un",
    "ſ",
    "\u212a",
    "é",
    "İ",
    "ı",
    "_",
    "-",
    ",",
    ".",
    "(",
    ")",
    ":",
    "\n",
    "\t",
    "#",
]
PIECE = st.sampled_from(_KEY_WORDS) | st.sampled_from(_OTHER) | st.sampled_from(_NUMBERS)
SEP = st.sampled_from([" ", " ", " ", ", ", "  ", "", "\t", "-", " \n", "\n", "/", " & "])
WORDS = st.lists(st.tuples(PIECE | st.sampled_from(_ODD), SEP), min_size=1, max_size=30).map(
    lambda parts: "".join(a + b for a, b in parts)
)
PADDED = st.tuples(st.text(alphabet="abcdefghijklmnopqrstuvwxyz ", max_size=80), WORDS).map("".join)
TEXTS = st.one_of(WORDS, PADDED, WORDS.map(str.upper), st.text(max_size=60))


def _keyed_atoms(text: str):
    atoms = numbers._atoms(text)
    keys = figure_keys.sentence_keys(text, lower_plain(text))
    for atom in atoms:
        atom.keys = keys
    return atoms


@settings(max_examples=1500, deadline=None)
@given(TEXTS)
def test_keyed_chains_answer_as_the_originals(text):
    low = lower_plain(text)
    atoms = _keyed_atoms(text)
    for i, first in enumerate(atoms):
        s = first.start
        for last in {first, atoms[i + 1] if i + 1 < len(atoms) else first}:
            e = last.end
            after = text[e : e + 80]
            for width in (60, 90, 25, 7):
                before = text[max(0, s - width) : s]
                for is_range in (False, True):
                    args = (text, first, last, is_range, before)
                    want = original_is_non_figure_(text, low, first, last, is_range, before, after)
                    got = nonfigures._is_non_figure(text, low, first, last, is_range, before, after)
                    assert got == want
                    assert nonfigures_context.not_a_figure(*args) == ORIGINAL_NOT_A_FIGURE(*args)
            # a ``before`` that is not the text before the number: no key is trusted
            odd = "a survey of "
            assert nonfigures_context.not_a_figure(
                text, first, last, False, odd
            ) == ORIGINAL_NOT_A_FIGURE(text, first, last, False, odd)


def original_is_non_figure_(*args):
    return ORIGINAL_IS_NON_FIGURE(*args)


def _original_phrases(text: str) -> list:
    fast = numbers._is_non_figure, numbers.not_a_figure
    numbers._is_non_figure, numbers.not_a_figure = ORIGINAL_IS_NON_FIGURE, ORIGINAL_NOT_A_FIGURE
    try:
        return numbers.find_number_phrases(text)
    finally:
        numbers._is_non_figure, numbers.not_a_figure = fast


@settings(max_examples=800, deadline=None)
@given(TEXTS)
def test_number_phrases_unchanged(text):
    assert numbers.find_number_phrases(text) == _original_phrases(text)


def test_keys_see_the_rules_words():
    """Hand-picked sentences where each keyed rule fires, and the keys they get."""
    cases = {
        "They waited three days for it.": figure_keys.TIME,
        "It is 30 km away.": figure_keys.LENGTH,
        "three people familiar with the talks": figure_keys.SOURCING_NOUN,
        "Two members of the committee said": figure_keys.COMMITTEE,
        "the 20 countries that share the euro": figure_keys.MEMBERSHIP_VERB,
        "a survey of 2,000 adults": figure_keys.SAMPLE,
        "It began at 9 a.m. on Monday": figure_keys.CLOCK,
        "They grounded the 737 MAX jets.": figure_keys.MODEL,
        "three people who spoke on condition of anonymity said": figure_keys.SOURCING_CUE,
        "20 officials , familiar with the plan": figure_keys.SOURCING_NOUN,
        "30 witnesses\tbriefed on it": figure_keys.SOURCING_NOUN,
    }
    for text, bit in cases.items():
        assert figure_keys.sentence_keys(text, lower_plain(text)) & bit
        assert numbers.find_number_phrases(text) == _original_phrases(text)
        found = numbers.find_number_phrases(text)
        assert not [p for p in found if p.value in (3, 30, 2000, 20, 9, 737)]
    assert figure_keys.sentence_keys("Paſt 5 days", None) == figure_keys.ALL


def test_a_window_that_cuts_a_word_is_not_keyed():
    """A sample pattern searched in a window that opens inside "repolled" sees "polled"."""
    text = "They repolled 12 voters."
    atom = _keyed_atoms(text)[0]
    assert not atom.keys & figure_keys.SAMPLE
    before = text[atom.start - 7 : atom.start]
    assert before == "polled "
    want = ORIGINAL_NOT_A_FIGURE(text, atom, atom, False, before)
    assert want is True
    assert nonfigures_context.not_a_figure(text, atom, atom, False, before) is True


def test_word_lists_that_cannot_key_are_always_tried(monkeypatch):
    """A word list with a word the keys cannot hold (one letter, not opening with an ASCII
    letter) gets its rules tried in every sentence instead of failing."""
    import copy

    odd = copy.deepcopy(lexicon())
    odd["model_words"].append("X")
    odd["length_units"].append("°C")
    monkeypatch.setattr(nonfigures, "lexicon", lambda: odd)
    monkeypatch.setattr(figure_keys, "lexicon", lambda: odd)
    for cached in (nonfigures.patterns, nonfigures._before_words, figure_keys._tables):
        cached.cache_clear()
    for name in ("_TABLE", "_WORDS", "_ALWAYS"):  # (restored afterwards)
        monkeypatch.setattr(figure_keys, name, getattr(figure_keys, name))
    figure_keys._TABLE = None
    try:
        assert nonfigures.patterns().before_always & nonfigures._MODEL
        text = "no such words here"
        assert figure_keys.sentence_keys(text, text) & figure_keys.LENGTH
    finally:
        for cached in (nonfigures.patterns, nonfigures._before_words, figure_keys._tables):
            cached.cache_clear()
