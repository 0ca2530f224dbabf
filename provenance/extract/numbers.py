"""Number phrases in news prose: find them, parse them, and reject the ones that are not figures.

A *number phrase* is a number as written with its qualifier and unit words:
"more than 4,000", "$5.5 billion", "between 1,000 and 3,000", "roughly half",
"tens of thousands", "fifteen thousand", "nearly 40%". :func:`find_number_phrases`
returns them with ``value``/``low``/``high``/``qualifier``/``unit`` parsed, after
dropping numbers that are not story figures: dates, years, times, ages, durations,
ordinals, calibres and lengths, phone numbers, designations ("SA-22", "Article 5"),
indefinite "one"/"a", anaphoric "the two countries" and sourcing counts ("three
people familiar with the matter"); those rules live in :mod:`nonfigures`, the
qualifier words in :mod:`qualifiers`.

Everything here is a pure function over a string. Regexes are compiled once and the
lexicons come from ``provenance/data/figures.json`` (loaded once). The patterns avoid
nested unbounded repetition so that arbitrary input (huge lines, only digits) stays
linear.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from . import nonfigures, qualifiers
from .currency import PREFIX_ENDS, currency_prefix, dollar_prefix
from .figure_keys import ALL, sentence_keys
from .glued_numbers import (  # noqa: F401
    _CODE_GATE,
    _GLUED_CODE,
    _SPACE_THREE,
    _SPACED_PLAIN,
    _SPACED_THOUSANDS,
    _masked,
    _may_match,
)
from .lexicon import DATA_PATH, lexicon
from .measures import MEASURE_GAP, glued_before, in_a_name, measure_after, measurement
from .nonfigures import _first_non_blank as _next_word_at
from .nonfigures import _is_non_figure, forbidden_spans, lower_plain, threshold_one
from .nonfigures_context import not_a_figure
from .nonfigures_refs import counted_after_all, reference_non_figure
from .number_patterns import patterns, trigger_for, word_scan
from .qualifiers import qualifier_applies, qualifier_at_end

__all__ = [
    "DATA_PATH",
    "NumberPhrase",
    "find_number_phrases",
    "lexicon",
    "parse_digits",
    "parse_spelled",
    "patterns",
    "trigger_for",
    "qualifier_at_end",
]


class NumberPhrase(NamedTuple):
    """A number phrase as written, with its parsed value and bounds.

    ``start``/``end`` cover the qualifier words too; ``core_start``/``core_end``
    cover the number itself (for a range, both ends).

    A named tuple (immutable, compared by its fields, as the frozen attrs class it was):
    one is made for every number phrase, and ``tuple.__new__`` costs a fraction of a frozen
    attrs ``__init__`` with twelve fields.
    """

    start: int
    end: int
    text: str
    value: float | None
    qualifier: str
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    core_start: int = 0
    core_end: int = 0
    spelled: bool = False
    partitive: bool = False  # "half of", "40% of": a share of something named after it


class Atom:
    """One number as written (digits, words, a fraction or a vague amount), before qualifiers and ranges.

    A plain class with ``__slots__``, internal to the parser: one is made for every number
    found, and a frozen attrs ``__init__`` costs more than parsing the number.
    """

    __slots__ = (
        "start",
        "end",
        "value",
        "currency",
        "spelled",
        "scaled",
        "indefinite",  # "a"/"an"/"one" without a scale word
        "kind",  # num | vague | frac
        "low",
        "high",
        "unit",
        "keys",  # the sentence's figure_keys (set by _phrases; ALL: every rule is tried)
    )

    def __init__(
        self,
        start: int,
        end: int,
        value: float,
        currency: str | None,
        spelled: bool,
        scaled: bool,
        indefinite: bool,
        kind: str,
        low: float | None = None,
        high: float | None = None,
        unit: str | None = None,
    ):
        self.start = start
        self.end = end
        self.value = value
        self.currency = currency
        self.spelled = spelled
        self.scaled = scaled
        self.indefinite = indefinite
        self.kind = kind
        self.low = low
        self.high = high
        self.unit = unit
        self.keys = ALL

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__[:-1])
        return f"Atom({fields})"


# ---------------------------------------------------------------------------
# Parsing of single numbers


def parse_spelled(words: str) -> float | None:
    """Value of a spelled-out number ("twenty-five", "one hundred and twenty", "fifteen thousand").

    Returns None when the words do not form a number.
    """
    lex = lexicon()
    small, scales = lex["number_words"], lex["scale_words"]
    total, current, seen = 0.0, 0.0, False
    for word in _SPELLED_SPLIT.split(words.lower()):
        if not word or word == "and":
            continue
        if word in small:
            current += small[word]
            seen = True
        elif word in ("a", "an"):
            current += 1
            seen = True
        elif word in scales:
            scale = scales[word]
            current = (current or 1) * scale
            if scale >= 1000:
                total += current
                current = 0.0
            seen = True
        else:
            return None
    return total + current if seen else None


def parse_digits(digits: str) -> float:
    """Value of a digit string with thousands separators and decimals ("1,050,000", "6.0")."""
    return float(digits.replace(",", ""))


def _scale_of(words: str) -> float:
    scales = lexicon()["scale_words"]
    factor = 1.0
    for word in words.lower().split():
        factor *= scales.get(word, 1)
    return factor


_DENOMINATORS = {
    "half": 2,
    "third": 3,
    "quarter": 4,
    "fifth": 5,
    "sixth": 6,
    "eighth": 8,
    "tenth": 10,
}


def _atom_from_match(m: re.Match) -> Atom | None:
    lex = lexicon()
    if m.group("num") is not None:  # (the common case; the others are then None)
        return _num_atom(m, lex)
    if m.group("vague"):
        units = lex["vague_units"]
        unit = float(units[(m.group("vs") or m.group("vp")).lower().rstrip("s")])
        if m.group("vs2"):
            unit *= 1000  # "several hundred thousand"
        if m.group("vp2"):
            unit *= units[
                m.group("vp2").lower().rstrip("s")
            ]  # "tens of thousands", "hundreds of millions"
        quant = _WS.sub(" ", (m.group("vq") or m.group("vq2") or "").strip().lower()) or "plural"
        lo_f, hi_f = lex["vague_bounds"][quant]
        low, high = lo_f * unit, hi_f * unit
        if quant in ("plural", "many"):
            # "hundreds" = 200..999: at least two of the unit, fewer than the next order word
            high = 99.0 if unit < 100 else unit * 10 - 1
        return Atom(m.start(), m.end(), 0.0, None, True, True, False, "vague", low=low, high=high)
    if m.group("point"):
        value = 0.25 if (m.group("pn") or "").lower() == "quarter" else 0.5
        return Atom(
            m.start(), m.end(), value, None, True, False, False, "frac", unit="percentage points"
        )
    if m.group("frac") or m.group("fracby"):
        if m.group("fh") or m.group("bh"):
            value = 50.0
        elif m.group("fn") or m.group("bn"):
            value = 100 / _DENOMINATORS[(m.group("fn") or m.group("bn")).lower()]
        else:
            count = lex["number_words"][(m.group("fm") or m.group("bm")).lower()]
            value = count * 100 / _DENOMINATORS[(m.group("fd") or m.group("bd")).lower()[:-1]]
        return Atom(
            m.start(), m.end(), round(value, 2), None, True, False, False, "frac", unit="percent"
        )
    return _num_atom(m, lex)


def _digit_atom(m: re.Match, lex: dict) -> Atom | None:
    """The atom of a match of master_digit: _num_atom's digits path, without a currency sign."""
    dig, sfx, scale_words = m.group("dig", "sfx", "scale")
    start, end = m.span()
    got = _digit_value(dig, sfx, scale_words, None, m.string, end, lex)
    if got is None:
        return None
    return Atom(start, end, got[0], None, False, got[1], False, "num")


def _digit_value(
    dig: str,
    sfx: str | None,
    scale_words: str,
    currency: str | None,
    text: str,
    end: int,
    lex: dict,
) -> tuple[float, bool] | None:
    """Value and whether it is scaled, of digits with their suffix and scale words ("5.5",
    "10.8m", "3 million"); None when a bare "m"/"k"/"b" makes it a length ("a depth of 10m")."""
    value = float(dig.replace(",", ""))  # (parse_digits, inline)
    scaled = bool(scale_words.strip())
    if sfx:
        suffix = sfx.lower()
        if suffix in ("m", "k", "b") and not currency:
            # "5m" without a currency is a length, but "10.8m people" and "2.5m pensioners"
            # count: a plural noun follows
            if suffix == "b" or not patterns().plural_noun_after.match(text, end):
                return None
        value *= lex["scale_suffixes"][suffix]
        scaled = True
    if scale_words:  # (_scale_of("") is 1.0)
        value *= _scale_of(scale_words)
    return value, scaled


def _num_atom(m: re.Match, lex: dict) -> Atom | None:
    """The atom of a match of master's num alternative (digits, number words, "a"/"an" + scale)."""
    cur, dig, sfx, sp, scale = m.group("cur", "dig", "sfx", "sp", "scale")
    currency = None
    if cur:
        currency = lex["currencies"].get(cur.strip().upper().replace("US$", "US$"), "USD")
    scale_words = scale or ""
    start, end = m.span()
    if dig:
        got = _digit_value(dig, sfx, scale_words, currency, m.string, end, lex)
        if got is None:
            return None
        return Atom(start, end, got[0], currency, False, got[1], False, "num")
    if sp:
        value = parse_spelled(sp + scale_words)
        if value is None:
            return None
        words = sp.lower()
        scale_table = lex["scale_words"]
        scaled = any(w in scale_table for w in _SPELLED_SPLIT.split(words + scale_words.lower()))
        indefinite = value == 1 and not scaled
        return Atom(start, end, value, currency, True, scaled, indefinite, "num")
    aunit = m.group("aunit")
    if aunit:
        # "up to a battalion": one unit of the named formation; a count only with a qualifier
        return Atom(start, end, 1.0, None, True, False, True, "num", unit=aunit.lower())
    value = _scale_of(m.group("ascale") + scale_words)
    part = _PART_OF_A.search(m.string, max(0, start - 24), start)
    if part:  # "half a million", "a quarter of a billion": that part of the scale
        value *= 0.75 if part.group("three") else 0.25 if part.group("quarter") else 0.5
        start = part.start()
    return Atom(start, end, value, currency, True, True, False, "num")


# a part of a scale word: "half a million", "a quarter of a billion", "three-quarters of a million"
_PART_OF_A = re.compile(
    r"\b(?:half|(?:(?:a|one)[ \t-]+(?P<quarter>quarter)|(?P<three>three)[ \t-]+quarters)[ \t]+of)[ \t]+$",
    re.I,
)


def _atoms(text: str) -> list[Atom]:
    """All number atoms in text, left to right; spelled runs joined by a stray "and" are split."""
    return _atoms_and_words(text)[0]


def _atoms_and_words(text: str) -> tuple[list[Atom], list[bytes] | None]:
    """:func:`_atoms`, and the words of :func:`lexicon.word_bytes` of ``text`` when it read them
    (else None)."""
    p = patterns()
    lex = lexicon()
    pat, pat_num, pat_digit = p.master, p.master_num, p.master_digit
    out: list[Atom] = []
    pos = 0
    n = len(text)
    if _ascii_digits_only(text):
        # (with number words, trigger_ascii.search from the plain trigger and their matches)
        trigger, word_hits, words = word_scan(text)
    else:
        trigger, word_hits, words = p.trigger, [], None
    k, hits = 0, len(word_hits)
    while pos < n:
        t = trigger.search(text, pos)
        if hits:
            while k < hits and word_hits[k].start() < pos:
                k += 1
            if k < hits and (t is None or word_hits[k].start() < t.start()):
                t = word_hits[k]
        if not t:
            break
        opener = text[t.start()]
        if "0" <= opener <= "9":
            m = pat_digit.match(text, t.start())
            if not m:
                pos = t.end()
                continue
            atom = _digit_atom(m, lex)
            if atom:
                out.append(atom)
            pos = max(m.end(), m.start() + 1)
            continue
        m = (pat_num if opener in _NUM_OPENERS else pat).match(text, t.start())
        if not m:
            pos = t.end()
            continue
        sp = m.group("sp")  # (None unless num matched)
        if sp and _AND.search(sp):
            # "two and three" is two numbers: "and" only joins after hundred/thousand...
            cut = _bad_and(sp)
            if cut is not None:
                sub = pat.match(text[: m.start("sp") + cut], m.start())
                if sub:
                    atom = _atom_from_match(sub)
                    if atom:
                        out.append(atom)
                    pos = max(sub.end(), m.start() + 1)
                    continue
        atom = _atom_from_match(m)
        if atom:
            out.append(atom)
        pos = max(m.end(), m.start() + 1)
    return out, words


_NUM_OPENERS = frozenset("0123456789$€£¥₩₹")  # where only master's num alternative can match

_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _ascii_digits_only(text: str) -> bool:
    """True when every decimal digit of ``text`` is 0-9 (curly quotes and dashes are fine)."""
    if text.isascii():
        return True
    return not any(c.isdecimal() for run in _NON_ASCII.findall(text) for c in run)


def _bad_and(spelled: str) -> int | None:
    """Offset of the first "and" that does not follow a scale word, if any."""
    scales = lexicon()["scale_words"]
    for am in _SPACED_AND.finditer(spelled):
        before = spelled[: am.start()].split()
        if not before or before[-1].lower() not in scales:
            return am.start()
    return None


# ---------------------------------------------------------------------------
# Phrases: atoms + qualifiers + ranges + units, minus non-figures


def find_number_phrases(text: str) -> list[NumberPhrase]:
    """Every number phrase in ``text`` that can be a story figure, parsed.

    Offsets are into ``text``. Non-figures (dates, years, times, ages, durations,
    ordinals, calibres, phone numbers, designations, indefinite "one", anaphoric
    "the two ...", sourcing counts) are left out.
    """
    if not text:
        return []
    if text.isupper():
        # A capitalised headline ("FIFTY KILLED IN MARCH 3 BLAST") is read in title case, which
        # the number words, month names and designations are written in; offsets are unchanged
        titled = text.title()
        if len(titled) == len(text) and not titled.isupper():
            return [ph._replace(text=text[ph.start : ph.end]) for ph in find_number_phrases(titled)]
    # (the two patterns have no fixed opening and would be tried at every character: their
    # class-first gates, a code's capital before a digit and a space before three digits,
    # find the few sentences worth it, and those only where _may_match says they can)
    code, spaced = _may_match(text)
    if (code and _CODE_GATE.search(text) and _GLUED_CODE.search(text)) or (
        spaced
        and _SPACE_THREE.search(text)
        and (_SPACED_THOUSANDS.search(text) or _SPACED_PLAIN.search(text))
    ):
        masked = _masked(text)
        if masked is not None:
            return _unmasked(text, *masked)
    return _phrases(text)


def _phrases(text: str) -> list[NumberPhrase]:
    """:func:`find_number_phrases` of a text with no currency code glued to its digits."""
    p = patterns()
    atoms, words = _atoms_and_words(text)
    if not atoms:
        return []
    forbidden = forbidden_spans(text)
    low = lower_plain(text)
    keys = sentence_keys(text, low, words)
    if keys != ALL:
        for atom in atoms:
            atom.keys = keys
    phrases: list[NumberPhrase] = []
    i = 0
    while i < len(atoms):
        first = atoms[i]
        last = first
        is_range = False
        lead = ""
        # A ratio: "one in five", "two in every 10" is one share (20%, 20%)
        if (
            i + 1 < len(atoms)
            and first.kind == "num"
            and atoms[i + 1].kind == "num"
            and first.currency is None
            and atoms[i + 1].currency is None
            and first.value < atoms[i + 1].value <= 1000
            and p.ratio_in.fullmatch(text, first.end, atoms[i + 1].start)
        ):
            phrase = _build_phrase(text, low, first, atoms[i + 1], False, "", ratio=True)
            i += 2
            if phrase is not None:
                phrases.append(phrase)
            continue
        # A range: "10,000 to 12,000", "11,000-12,000", "between X and Y", "from X to Y"
        if i + 1 < len(atoms) and first.kind == "num" and atoms[i + 1].kind == "num":
            nxt = atoms[i + 1]
            gap = text[first.end : nxt.start]
            sep = p.range_sep.fullmatch(gap)
            unit_gap = False
            if not sep and gap[:1] in "%p ":
                # "between 8% and 14%": the unit written after both ends
                pm = p.pct_after.match(gap)
                if pm and p.pct_after.match(text, nxt.end):
                    gap = gap[pm.end() :]
                    sep = p.range_sep.fullmatch(gap)
                    unit_gap = True
            if not sep and not first.currency and gap[:1] in MEASURE_GAP:
                # "1.3C to 1.5C", "between 400MW and 500MW": a measurement unit after both
                m1 = measure_after(text, first.end)
                if m1 and (measure_after(text, nxt.end) or ("",))[0] == m1[0]:
                    gap = text[m1[1] : nxt.start]
                    sep = p.range_sep.fullmatch(gap)
                    unit_gap = "measure"
            if sep:
                word = gap.strip().lower()
                lb = p.between_before.search(text, max(0, first.start - 10), first.start)
                lead = lb.group("b").lower() if lb else ""
                ok = False
                if word in ("and",):
                    ok = lead == "between"
                elif word == "or":
                    ok = False
                elif lead == "from":
                    ok = not qualifiers.patterns().change_verb.search(
                        text, max(0, first.start - 40), first.start
                    )
                else:
                    # "rose 0.5% to 4.3%" is a change and a level, "8%-14%" a range
                    ok = not unit_gap or lead == "between" or word in ("-", "–")
                    if unit_gap == "measure" and word == "to":
                        # "a range of 1.3C to 1.5C"; "warming rose from 1.1C to 1.5C" is a change
                        ok = not qualifiers.patterns().change_verb.search(
                            text, max(0, first.start - 40), first.start
                        )
                low_v, high_v = first.value, nxt.value
                if ok and nxt.scaled and not first.scaled and first.value < nxt.value:
                    low_v = first.value * (nxt.value / _base_value(text, nxt))
                if ok and not (low_v < high_v):
                    ok = False
                if ok and first.indefinite:
                    ok = False
                if ok:
                    is_range = True
                    last = nxt
                    i += 1
                elif word in ("-", "–") and not gap.strip(" \t") == "":
                    pass
        i += 1
        phrase = _build_phrase(text, low, first, last, is_range, lead if is_range else "")
        if phrase is None:
            continue
        if forbidden and any(s < phrase.core_end and phrase.core_start < e for s, e in forbidden):
            continue
        phrases.append(phrase)
    return phrases


_RANK_BEFORE = re.compile(r"\b(?:the|its|their|his|her|our)\s+top[ \t]+$", re.I)


def _unmasked(text: str, masked: str, codes: dict[int, tuple[int, str]]) -> list[NumberPhrase]:
    """The number phrases of ``masked`` (see :func:`_masked`) with their own text and currency."""
    out = []
    for ph in _phrases(masked):
        start, unit = ph.start, ph.unit
        hit = next((codes[i] for i in codes if ph.start <= i < ph.core_end), None)
        if hit is not None:
            start = min(start, hit[0])
            unit = hit[1] + unit[3:] if unit and unit.startswith("USD") else hit[1]
        out.append(ph._replace(start=start, text=text[start : ph.end], unit=unit))
    return out


def _base_value(text: str, atom: Atom) -> float:
    """The value of an atom without its scale words (so "1.7 to 5.5 billion" can share the scale)."""
    m = _BASE_DIGITS.match(text[atom.start : atom.end])
    if m:
        return parse_digits(m.group(1)) or 1.0
    return atom.value or 1.0


def _build_phrase(
    text: str,
    low: str | None,
    first: Atom,
    last: Atom,
    is_range: bool,
    lead: str,
    ratio: bool = False,
) -> NumberPhrase | None:
    p = patterns()
    lex = lexicon()
    if first.currency and first.start and text[first.start - 1].isalpha():
        first, last = dollar_prefix(text, first, last)  # "A$5 billion", "HK$2 billion"
    core_start, core_end = first.start, last.end
    before = text[max(0, core_start - 60) : core_start]
    after = text[core_end : core_end + 80]

    if first.spelled and text[core_start].isupper() and in_a_name(text, core_start):
        return None  # "the Department for Energy Security and Net Zero"
    if "top" in before[-5:] and _RANK_BEFORE.search(before):
        return None  # "the top three countries", "its top 10 earners": a ranking
    meas = measurement(text, first, core_end)
    if meas is None:
        if _is_non_figure(text, low, first, last, is_range, before, after) or not_a_figure(
            text, first, last, is_range, before
        ):
            return None
    elif (
        not meas[0]
        or glued_before(text, core_start)
        or not_a_figure(text, first, last, is_range, before)
    ):
        return None  # a calibre or a place ("155mm shells", "30 km from"); "A320MW"
    if reference_non_figure(text, first, last, is_range, before) and not counted_after_all(
        text, first, before
    ):
        return None  # "Camp 11", "call 115", "Nov. 14-16", "aged 7 and 12"

    start, end = core_start, core_end
    qualifier = "exact"
    unit = first.unit or last.currency or first.currency
    if meas:
        unit, end = meas
    anchor = core_start  # where the text before (read for qualifiers) ends
    if unit is None and first.kind == "num" and before[-1:] in PREFIX_ENDS:
        pre = currency_prefix(before)  # "Rs 5 crore", "DKK 4.2 billion"
        if pre:
            unit, start = pre[0], core_start - pre[1]
            before, anchor = before[: -pre[1]], start
    partitive = first.kind == "frac" and bool(_SPACED_OF.match(text[core_end : core_end + 5]))

    if first.kind == "vague":
        qualifier = "vague"
    elif is_range:
        qualifier = "range"
        if lead == "between":
            start = anchor - len(before) + before.lower().rfind("between")
    else:
        qbefore = before[-40:]
        qm = qualifier_at_end(qbefore)
        if qm and qualifier_applies(qbefore, qm, first):
            # re.I lets "ſ" and the Kelvin sign stand for s and k ("paſt"), which lower() keeps
            q = qm.group("q").lower().replace("ſ", "s").replace("\u212a", "k")
            qualifier = lex["qualifiers"].get(
                q if q.isalpha() else _WS.sub(" ", q), "exact"
            )  # (one word: no spaces)
            start = anchor - len(qbefore) + qm.start("q")
    if ratio:
        share = round(first.value / last.value * 100, 2)
        low = share if qualifier in ("at_least", "more_than") else None
        high = share if qualifier in ("at_most", "less_than") else None
        return _new_phrase(
            NumberPhrase,
            (  # (in field order)
                start,
                core_end,
                text[start:core_end],
                share,
                qualifier,
                low,
                high,
                "percent",
                core_start,
                core_end,
                first.spelled,
                True,
            ),
        )
    if first.indefinite and qualifier == "exact" and first.kind == "num":
        return None  # "one soldier", "a nurse": indefinite, not a count
    if first.indefinite and first.kind == "num" and qualifier != "exact" and not first.unit:
        if threshold_one(text, core_end):
            return None  # "at least one crime": a threshold in a definition, not a count

    # units after the number, each pattern tried only where c1 (the next character) or c
    # (the first after spaces and tabs, at j) can open a match
    tail = end if meas else core_end
    c1 = text[tail : tail + 1]
    j = _next_word_at(text, tail) if c1 == " " or c1 == "\t" else tail
    c = text[j : j + 1]
    pm = p.pct_after.match(text, tail) if c in "%pPbB" or c.isspace() else None
    if pm:
        g = pm.group(0).lower()
        unit = (
            "percentage points"
            if "percentage" in g
            else "basis points"
            if "b" in g  # "basis points", "bps"
            else "percent"
        )
        tail = pm.end()
        partitive = unit == "percent"
        c1 = text[tail : tail + 1]
        j = _next_word_at(text, tail) if c1 == " " or c1 == "\t" else tail
        c = text[j : j + 1]
    spaced = j > tail
    cm = (
        p.cur_word_after.match(text, tail)
        if spaced
        and (low is None or p.cur_word_pairs is None or low[j : j + 2] in p.cur_word_pairs)
        else None
    )
    # (.get: re.I also matches "ſ" and the Kelvin sign, which lower() keeps)
    if cm and unit is None and _WS.sub(" ", cm.group("w").lower()) in lex["currency_words"]:
        unit = lex["currency_words"][_WS.sub(" ", cm.group("w").lower())]
        tail = cm.end()
        end = max(end, tail)
        c1 = text[tail : tail + 1]
        j = _next_word_at(text, tail) if c1 == " " or c1 == "\t" else tail
        c = text[j : j + 1]
        spaced = j > tail
    if (
        "agnitude" in before[-14:] and nonfigures.patterns().magnitude_before.search(before[-14:])
    ) or ((c1 == "-" or (spaced and c in "mM")) and p.magnitude_after.match(text, tail)):
        unit = "magnitude"
    rm = (
        p.rate_after.match(text, tail)
        if spaced and (low is None or p.rate_first is None or low[j : j + 1] in p.rate_first)
        else None
    )
    if rm and first.kind == "num" and unit not in _RATE_UNITS:  # "9% a year" is a rate already
        r = rm.group("r").lower()
        rate = lex["rate_words"][r if r.isalpha() else _WS.sub(" ", r)]
        # "$300 million a year" is an amount per year: keep the currency ("USD per year")
        unit = (
            f"{unit} {rate}"
            if meas
            or unit in lex["currencies"].values()
            or (unit in lex["currency_words"].values())
            else rate
        )
    sfx = c1 == "-" or (
        spaced and (low is None or p.sfx_first is None or low[j : j + 1] in p.sfx_first)
    )
    if qualifier in ("exact",) and first.kind == "num" and sfx:
        sm = p.sfx_qual_after.match(text, tail)
        if sm:
            sq = sm.group("s").lower()
            qualifier = lex["suffix_qualifiers"][sq if sq.isalpha() else _WS.sub(" ", sq)]
            tail = sm.end()
    end = max(end, tail if qualifier != "exact" or unit in _RATE_UNITS else end)
    if unit in _RATE_UNITS:
        end = max(end, pm.end() if pm else end)

    value: float | None
    low: float | None = None
    high: float | None = None
    if qualifier == "vague":
        value, low, high = None, first.low, first.high
    elif qualifier == "range":
        value = None
        low = first.value
        if last.scaled and not first.scaled and first.value < last.value:
            low = first.value * (last.value / _base_value(text, last))
        high = last.value
    else:
        value = first.value
        if qualifier in ("at_least", "more_than"):
            low = value
        elif qualifier in ("at_most", "less_than"):
            high = value
    return _new_phrase(
        NumberPhrase,
        (  # (in field order)
            start,
            end,
            text[start:end],
            value,
            qualifier,
            low,
            high,
            unit,
            core_start,
            core_end,
            first.spelled,
            partitive,
        ),
    )


_RATE_UNITS = ("percent", "percentage points", "basis points")
_new_phrase = tuple.__new__  # NumberPhrase from a tuple of all its fields, without __new__'s frame
_WS = re.compile(r"\s+")
_SPELLED_SPLIT = re.compile(r"[\s-]+")
_AND = re.compile(r"\band\b", re.I)
_SPACED_AND = re.compile(r"(?:[ \t]+|-)and\b", re.I)
_SPACED_OF = re.compile(r"\s+of\b")
_BASE_DIGITS = re.compile(r"(?:US\$|\$|€|£|¥|₩|₹)?[ \t]?([\d,]+(?:\.\d+)?)")
