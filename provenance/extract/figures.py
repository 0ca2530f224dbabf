"""Figures in one sentence: the number phrases of :mod:`numbers` plus what they count.

:func:`find_figures` is called once per sentence (or headline / sub-heading line).
For each number phrase that is a story figure it decides

* ``category`` from the cue words of its clause (killed, wounded, casualties, sent,
  captured, missing, displaced; else ``other``), nearest and most specific first:
  the figure's own noun phrase ("600 fatalities", "wounded soldiers"), then the words
  right after it ("were killed or wounded", "are believed to have died"), then the
  verb right before it ("killed 50", "dispatched more than 10,000"), then the nearest
  cue in the clause (a casualty cue beats a deployment cue there, because "sent" in a
  clause usually describes the group, not the event);
* ``counts`` from the noun phrase the number quantifies, with the nationality of the
  nearest earlier figure (or of the country that sends/loses them) when its own noun
  phrase lacks one, and "sent to X" for deployments;
* ``unit``: percent, currency, rate, magnitude, the counted object for non-people,
  ``None`` for people (the corpus README's convention);
* ``hedges``: epistemic words of its clause as written (see :func:`_hedges`).

Everything is rules over the text; lexicons live in ``provenance/data/figures.json``.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

import attrs

from ..models import Figure
from ._text import ci_words, plain_lower
from .numbers import NumberPhrase, _alt, find_number_phrases, lexicon

PEOPLE_CATEGORIES = (
    "killed",
    "injured",
    "casualties",
    "deployed",
    "captured",
    "missing",
    "displaced",
)


@attrs.frozen
class FigureMention:
    """A figure found in a string: offsets into that string, the parsed figure and its hedges."""

    start: int  # the figure as written, qualifier words included
    end: int
    figure: Figure
    hedges: tuple[str, ...] = ()


class _Word(NamedTuple):
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
    several few other another such same own either neither last next first second""".split()
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
        "overall",
        "total",
        "apiece",
        "each",
    }
)
_PRONOUN_HEADS = frozenset({"others", "more", "them", "those", "these", "whom", "which"})
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
_AUX = frozenset(
    """were was are is be been being have has had having to also now still already reportedly allegedly believed
    thought estimated reported said later subsequently all either both likely feared confirmed officially as so far
    not yet since then just being presumed known understood remain remains remained""".split()
)
_WORD_RE = re.compile(r"[A-Za-z]+(?:[.'’-][A-Za-z]+)*\.?|\d[\d,.]*|[;:()\"“”—–,]|(?<=\s)-(?=\s)|--")
_CLAUSE_OPENERS = r",\s+(?:with|while|but|although|though|whereas|when|after|as|which|warning|saying|adding|cautioning)\b"
_BOUNDARY_RE = re.compile(rf";|\s[—–-]{{1,2}}\s|[()]|{_CLAUSE_OPENERS}")
# _BOUNDARY_RE for text without dashes (most sentences): the dash alternative cannot
# match, and with only literal first characters left re scans for them in C.
_BOUNDARY_NO_DASH_RE = re.compile(rf";|\(|\)|{_CLAUSE_OPENERS}")


class _Lex:
    """Lexicon-derived regexes and sets for this module (built once)."""

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
        hedges = lex["hedges"]
        self.hedge_first = frozenset(
            w.split()[0].lower() for w in hedges["words"] + hedges["reported"]
        )
        self.people = frozenset(lex["people_nouns"])
        self.military = frozenset(lex["military_nouns"])
        self.presence = frozenset(lex["deployed_presence"])
        hedges = lex["hedges"]
        # \b(?:alternation)\b with re.I, in the literal-first form of ci_words (faster)
        self.hedge_re = re.compile(rf"{ci_words(hedges['words'] + hedges['reported'])}\b")
        self.sentence_hedge_re = re.compile(rf"{ci_words(hedges['sentence_wide'])}\b")
        self.an_estimated_words = ("estimated", "reportedly", "allegedly", "believed")
        self.contrast_re = re.compile(rf"\b(?:{_alt(lex['contrast_markers'])})\s+$", re.I)
        countries = lex["countries"]
        self.countries = {k.lower(): v for k, v in countries.items()}
        names = [c for c in countries if c not in ("us", "uk", "u.s.")]
        self.country_re = re.compile(
            rf"\b(?:(?i:{_alt(names)})|US|UK|U\.S\.)(?:['’]s)?(?=[\s,])(?:\s+(?:has|have|had|will|would|could|is|was|"
            rf"sent|dispatched|deployed|lost|sends|says|said|plans|seen|suffered))?"
        )
        self.destination_re = re.compile(
            r"\b(?P<v>sent|send|sending|deployed|deploy|dispatched|dispatch|shipped|moved|transferred)?\s*(?:\w+\s+){0,3}?"
            r"(?:to|into)\s+(?P<place>(?:[A-Z][\w’'-]*(?:['’]s)?\s?){1,4})"
        )
        self.end_estimate_re = re.compile(
            r",\s+(?:[A-Za-z'’.-]+\s+){1,8}?(?P<h>estimated|believes|believed|believe)\b[^,;]{0,30}[.!?\"”]*\s*$"
        )
        self.measure_re = re.compile(
            rf"\b(?:[A-Za-z][\w'’-]*\s+){{0,2}}(?i:{_alt(lex['measure_nouns'])})\b"
        )
        self.an_estimated_re = re.compile(
            r"\b(?:an?\s+)?(?P<h>estimated|reportedly|allegedly|believed)\s+$", re.I
        )


@functools.cache
def _lex() -> _Lex:
    return _Lex(lexicon())


def _words(text: str) -> list[_Word]:
    out = []
    make = tuple.__new__  # skips NamedTuple's argument handling: this runs for every word
    for m in _WORD_RE.finditer(text):
        word = m.group()
        start, end = m.span()
        out.append(make(_Word, (start, end, word, word.lower())))
    return out


def _cues(words: list[_Word]) -> list[tuple[int, int, str]]:
    """Category cue phrases in the sentence as (start, end, category), longest phrase first."""
    index = _lex().cue_index
    out = []
    i, n = 0, len(words)
    while i < n:
        cands = index.get(words[i].low.rstrip("."))
        if cands:
            for parts, cat in cands:
                k = len(parts)
                if (
                    all(words[i + t].low.rstrip(".") == parts[t] for t in range(1, k))
                    if i + k <= n
                    else False
                ):
                    out.append((words[i].start, words[i + k - 1].end, cat))
                    i += k - 1
                    break
        i += 1
    return out


def find_figures(text: str, *, headline: bool = False) -> list[FigureMention]:
    """The figures of one sentence (or headline / sub-heading), in text order.

    Offsets are into ``text``. ``headline`` marks a headline or sub-heading line, whose
    verbs are often elided ("600 soldiers killed"); the same rules apply.
    """
    phrases = find_number_phrases(text)
    if not phrases:
        return []
    lx = _lex()
    words = _words(text)
    dashes = "-" in text or "—" in text or "–" in text
    bounds = [m.start() for m in (_BOUNDARY_RE if dashes else _BOUNDARY_NO_DASH_RE).finditer(text)]
    cues = _cues(words)
    if any(w.low.rstrip(".") in lx.hedge_first for w in words):
        hedge_hits = [m for m in lx.hedge_re.finditer(text) if _is_hedge_use(text, m)]
    else:
        hedge_hits = []
    sentence_hedges = [m.group(0) for m in lx.sentence_hedge_re.finditer(text)]
    # the trailing ", the ministry estimated." pattern needs one of its (lowercase) verbs
    end_estimate = (
        lx.end_estimate_re.search(text) if "estimated" in text or "believe" in text else None
    )
    attached = _attached_hedges(text, phrases) if hedge_hits else {}

    infos = [_analyse(text, words, ph, phrases) for ph in phrases]
    _inherit_things(phrases, infos, cues)
    categories = _categories(text, phrases, infos, cues, bounds)
    capitals = text.isupper()  # a capitalised headline: counts are written in lower case
    out: list[FigureMention] = []
    prev_counts: str | None = None
    prev_nat: str | None = None
    for idx, (ph, info) in enumerate(zip(phrases, infos, strict=True)):
        clause = _clause(bounds, ph.start, len(text))
        category = categories[idx]
        counts, nat = _counts(text, ph, info, category, prev_counts, prev_nat, clause)
        unit = ph.unit
        if unit is None and info["head"] and not info["is_people"]:
            unit = info["head"]
        if unit is None or unit == info["head"]:
            unit = _per_base_unit(text, info["after"], info["head"]) or unit
        if capitals:
            counts = counts.lower()
        hedges = _hedges(text, ph, idx, phrases, infos, hedge_hits, clause, end_estimate, attached)
        hedges += [h for h in sentence_hedges if h not in hedges]
        figure = Figure(
            value=ph.value,
            qualifier=ph.qualifier,
            category=category,
            counts=counts,
            text=ph.text,
            low=ph.low,
            high=ph.high,
            unit=unit,
            span=None,
        )
        out.append(FigureMention(start=ph.start, end=ph.end, figure=figure, hedges=tuple(hedges)))
        if info["is_people"] or category in PEOPLE_CATEGORIES:
            prev_counts, prev_nat = counts, nat or prev_nat
    return out


# ---------------------------------------------------------------------------
# The noun phrase a number quantifies


def _analyse(text: str, words: list[_Word], ph: NumberPhrase, phrases: list[NumberPhrase]) -> dict:
    """The figure's own noun phrase: words, head, whether it is people, partitive reference, after-NP offset."""
    lx = _lex()
    i = 0
    while i < len(words) and words[i].start < ph.end:
        i += 1
    np_words: list[_Word] = []
    partitive = False
    pronoun_ref = False
    j = i
    if re.match(r"\s*(?:[,.;:!?)]|[\"”’']\s*[,.;:!?])", text[ph.end : ph.end + 4]):
        j = len(words)  # the figure ends its phrase: "passed 3,000," Lee said
    while j < len(words) and words[j].text in ('"', "”", "“"):
        j += 1
    if j < len(words) and words[j].low == "of":
        partitive = True
        j += 1
        while j < len(words) and words[j].low in (
            "the",
            "its",
            "their",
            "his",
            "her",
            "our",
            "those",
            "these",
            "them",
            "whom",
            "which",
            "all",
        ):
            if words[j].low in ("them", "whom", "which", "those", "these"):
                pronoun_ref = True
            j += 1
    other_starts = {p.start for p in phrases if p is not ph}
    if partitive and j < len(words) and words[j].start in other_starts:
        # "66 of the 84 drones": the part counts what the whole counts
        whole_end = next(p.end for p in phrases if p.start == words[j].start)
        while j < len(words) and words[j].start < whole_end:
            j += 1
        other_starts = {p.start for p in phrases if p.start > ph.start and p.start >= whole_end}
    if pronoun_ref:
        j = len(words)  # "Fifty of them": the noun phrase is the pronoun's antecedent
    while j < len(words) and len(np_words) < 7:
        w = words[j]
        if w.start in other_starts or not w.text[0].isalpha():
            break
        low = w.low.rstrip(".")
        if low.endswith(("'s", "’s")):
            np_words = []  # a possessor ("Kim Jong Un's soldiers"): the head follows
            j += 1
            continue
        nxt = words[j + 1] if j + 1 < len(words) else None
        nxt_nounish = bool(
            nxt and nxt.text[0].isalpha() and nxt.low not in _STOP and nxt.low not in lx.cue_cat
        )
        if (
            low == "and"
            and np_words
            and nxt
            and nxt.low in lx.people
            and nxt.low not in lx.cue_cat
            and nxt.start not in other_starts
        ):
            np_words.append(w)
            j += 1
            continue
        if (low in _STOP or low in _COMPARATIVES) and not (
            low in ("other", "more") and nxt_nounish
        ):
            if not np_words and low in ("more", "others"):
                np_words.append(w)
            break
        if low in lx.people and low in lx.cue_cat and low not in _ADJECTIVAL_CUES:
            np_words.append(w)  # "Syrian refugees", "40 hostages": a people noun that is also a cue
            break
        if low in lx.cue_cat or low.endswith(("ed", "ing")) or low in ("dead", "fallen"):
            if nxt_nounish and "-" not in w.text:
                np_words.append(
                    w
                )  # a modifier: "wounded soldiers", "armoured vehicles", "shipping containers"
                j += 1
                continue
            if "-" in w.text and nxt_nounish:
                np_words.append(w)
                j += 1
                continue
            if not np_words and low in _NOMINAL_CUES:
                np_words.append(w)  # "300 dead", "2,700 wounded"
            break
        np_words.append(w)
        j += 1
        if nxt is None or nxt.start in other_starts:
            break
        if low in lx.people and nxt.low not in lx.people and nxt.low != "and":
            break  # "1,000 engineers took part": the noun phrase ends at its people head
        if (
            low.endswith("s")
            and not low.endswith("ss")
            and len(low) > 3
            and (
                (nxt.text[:1].isupper() and not w.text[:1].isupper())
                or nxt.low.endswith(("ed", "ly"))
                or nxt.low in _COMPARATIVES
            )
        ):
            break  # "roles Amazon eliminated", "troops originally deployed"
    head = np_words[-1].low.rstrip(".") if np_words else ""
    after = np_words[-1].end if np_words else ph.end
    if pronoun_ref and not np_words:
        head = "them"
    is_people = (
        not head
        or head in lx.people
        or head in _PRONOUN_HEADS
        or bool(
            np_words
            and np_words[-1].text[0].isupper()
            and head.endswith(("ans", "ese", "is", "ians"))
        )
    )
    if ph.unit in (
        "USD",
        "EUR",
        "GBP",
        "JPY",
        "CNY",
        "INR",
        "RUB",
        "UAH",
        "KRW",
        "magnitude",
        "per year",
    ):
        is_people = False
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


def _inherit_things(phrases: list[NumberPhrase], infos: list[dict], cues) -> None:
    """A bare number after a count of things counts the same things.

    "40 drones were shot down and 17 were lost": 17 drones, not 17 people lost. A verb that
    only people undergo right after the number ("and 12 were killed") keeps it people.
    """
    for k, info in enumerate(infos):
        if info["np"] or info["pronoun"] or phrases[k].unit or k == 0:
            continue
        donor = infos[k - 1]
        if not donor["head"] or donor["is_people"] or phrases[k - 1].unit is not None:
            continue
        words = info["words"]
        j, steps, people_verb = info["next_index"], 0, False
        while j < len(words) and steps < 5:
            cat = _cue_at(cues, words[j].start)
            if cat:
                people_verb = cat in ("killed", "injured", "captured", "missing", "displaced")
                break
            if words[j].low not in _AUX:
                break
            j += 1
            steps += 1
        if people_verb:
            continue
        info.update(np=donor["np"], head=donor["head"], is_people=False)


def _per_base_unit(text: str, pos: int, head: str) -> str | None:
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


# ---------------------------------------------------------------------------
# Category


def _categories(text: str, phrases, infos, cues, bounds) -> list[str]:
    """Categories of all figures; a figure with no cue of its own shares the category of the
    figure it is coordinated with ("at least 500 officers and three generals were in Russia")."""
    cats: list[str] = []
    prev: str | None = None
    for ph, info in zip(phrases, infos, strict=True):
        cat = _category(text, ph, info, cues, _clause(bounds, ph.start, len(text)), prev)
        cats.append(cat)
        prev = cat
    for i in range(len(phrases) - 2, -1, -1):
        if (
            cats[i] == "other"
            and infos[i]["is_people"]
            and infos[i]["head"]
            and cats[i + 1] != "other"
        ):
            between = text[infos[i]["after"] : phrases[i + 1].start]
            if re.fullmatch(r"\s*(?:,|and|or|,\s*and)\s*", between):
                cats[i] = cats[i + 1]
    return cats


def _clause(bounds: list[int], pos: int, n: int) -> tuple[int, int]:
    start, end = 0, n
    for b in bounds:
        if b < pos:
            start = b
        elif b >= pos:
            end = b
            break
    return start, end


def _category(text: str, ph: NumberPhrase, info: dict, cues, clause, prev_cat: str | None) -> str:
    lx = _lex()
    if ph.unit in ("USD", "EUR", "GBP", "JPY", "CNY", "INR", "RUB", "UAH", "KRW", "magnitude"):
        return "other"
    head = info["head"]
    # 1. the noun phrase itself ("600 fatalities", "wounded soldiers", "of those killed")
    np_end = info["after"]
    seg_end = np_end
    if info["partitive"]:
        seg_end = max(np_end, min(len(text), ph.end + 40))
        m = re.search(r"[,;]", text[ph.end : seg_end])
        if m:
            seg_end = ph.end + m.start()
    for s, e, cat in cues:
        if ph.end <= s and e <= seg_end and (cat != "deployed" or head in ("reinforcements",)):
            if not info["partitive"] or s < np_end or _within_words(text, ph.end, s, 4):
                return _combine(text, e, cat, cues)
    if head and not info["is_people"]:
        return "other"  # "5,000 homes", "10,000 containers": things, whatever happened to them
    words = info["words"]
    # 2. right after the noun phrase: "were killed or wounded", "are believed to have died"
    j = info["next_index"]
    j = _skip_reduced_relative(words, j)
    presence = False
    steps = 0
    while j < len(words) and steps < 8:
        w = words[j]
        cat = _cue_at(cues, w.start)
        if cat:
            return _combine(text, _cue_end(cues, w.start), cat, cues)
        if w.low in lx.presence and head in lx.military:
            presence = True
            break
        if (
            w.low == "in"
            and head in lx.military
            and j + 1 < len(words)
            and words[j + 1].text[:1].isupper()
        ):
            presence = True  # "officers ... were already in Russia"
            break
        if w.low not in _AUX and not w.low.endswith("ly"):
            break
        j += 1
        steps += 1
    # 3. the verb right before ("killed 50", "has lost at least 100", "sent roughly 15,000")
    k = _index_before(words, ph.start)
    steps = 0
    while k >= 0 and steps < 3:
        w = words[k]
        cat = _cue_at(cues, w.start)
        if cat:
            return (
                cat
                if cat != "casualties" or w.low not in ("cost",) or info["is_people"]
                else "other"
            )
        if w.low not in (
            "has",
            "have",
            "had",
            "also",
            "been",
            "now",
            "already",
            "reportedly",
            "a",
            "further",
            "the",
        ):
            break
        k -= 1
        steps += 1
    if presence:
        return "deployed"
    # 4. the nearest cue in the clause; casualty cues beat deployment cues
    c0, c1 = clause
    best = None
    for s, e, cat in cues:
        if not (c0 <= s and e <= c1):
            continue
        dist = ph.start - e if e <= ph.start else s - ph.end
        if dist < 0:
            continue
        rank = (1 if cat == "deployed" else 0, dist)
        if best is None or rank < best[0]:
            best = (rank, s, e, cat)
    if best:
        return _combine(text, best[2], best[3], cues) if best[1] >= ph.end else best[3]
    if head in lx.military and _in_place_after(text, info["after"], c1):
        return "deployed"
    if prev_cat and prev_cat != "other" and info["is_people"]:
        return prev_cat  # parallel figures: "put the number at a minimum of 600 ... a figure near 2,000"
    return "other"


def _within_words(text: str, a: int, b: int, n: int) -> bool:
    return len(text[a:b].split()) <= n + 1


def _skip_reduced_relative(words: list[_Word], j: int) -> int:
    """Skip "sent to Russia's Kursk region" after a noun phrase: it names the group, not the event."""
    if (
        j < len(words)
        and words[j].low in ("sent", "deployed", "dispatched", "shipped")
        and j + 1 < len(words)
        and words[j + 1].low == "to"
    ):
        k = j + 2
        while k < len(words) and (
            words[k].text[:1].isupper() or words[k].low in ("region", "the", "front", "border")
        ):
            k += 1
        return k
    return j


def _cue_at(cues, pos: int) -> str | None:
    for s, _e, cat in cues:
        if s == pos:
            return cat
    return None


def _cue_end(cues, pos: int) -> int:
    for s, e, _cat in cues:
        if s == pos:
            return e
    return pos


def _combine(text: str, end: int, cat: str, cues) -> str:
    """ "killed ... and wounded" right after one another is casualties."""
    if cat not in ("killed", "injured"):
        return cat
    m = re.match(r"\s+(?:and|or|and/or)\s+(?:[A-Za-z]+\s+){0,1}", text[end : end + 20])
    if m:
        nxt = _cue_at(cues, end + m.end())
        if nxt and {cat, nxt} == {"killed", "injured"}:
            return "casualties"
    return cat


def _index_before(words: list[_Word], pos: int) -> int:
    k = len(words) - 1
    while k >= 0 and words[k].start >= pos:
        k -= 1
    return k


def _in_place_after(text: str, pos: int, end: int) -> bool:
    return bool(re.match(r"\s+(?:\w+\s+){0,3}?(?:in|to|into)\s+[A-Z]", text[pos:end]))


# ---------------------------------------------------------------------------
# Counts


def _counts(
    text: str, ph: NumberPhrase, info: dict, category: str, prev_counts, prev_nat, clause
) -> tuple[str, str | None]:
    lx = _lex()
    np_words = info["np"]
    np_text = text[np_words[0].start : np_words[-1].end] if np_words else ""
    np_text = re.sub(r"^(?:the|its|their|those|these)\s+", "", np_text, flags=re.I)
    np_text = re.sub(r"(?<=[a-z]{3})\.$", "", np_text)  # the sentence's full stop
    if np_words and np_words[0].start == 0:
        np_text = np_text[:1] + np_text[1:]
    nat = _nationality(np_words)
    head = info["head"]
    people = info["is_people"] or category in PEOPLE_CATEGORIES
    if ph.partitive and ph.unit in ("percent", "percentage points") and np_text:
        return f"share of {np_text}", nat
    if ph.unit in ("percent", "percentage points") and not (np_words and not info["is_people"]):
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
    elif not nat:
        donor = prev_nat or _country_subject(text, ph.start)
        if donor and head in lx.military:
            base = f"{donor} {base}"
            nat = donor
    if category == "deployed" and " sent to " not in base:
        dest = _destination(text, info["after"])
        if dest:
            base = f"{base} sent to {dest}"
    return base, nat or prev_nat


def _strip_cue_words(counts: str) -> str:
    return re.sub(r"\s+\((?:fatalities|deaths|casualties|lives|bodies)\)$", "", counts)


def _nationality(np_words: list[_Word]) -> str | None:
    caps = [w.text for w in np_words[:-1] if w.text[:1].isupper()]
    return " ".join(caps) if caps else None


def _country_subject(text: str, pos: int) -> str | None:
    lx = _lex()
    found = None
    for m in lx.country_re.finditer(text, 0, pos):
        if m.group(0) != m.group(0).split()[0] or m.group(0).endswith(("'s", "’s")):
            found = m
    if not found:
        return None
    name = re.sub(r"(?:['’]s)?(?:\s+\w+)?$", "", found.group(0)).lower()
    return lx.countries.get(name)


def _destination(text: str, pos: int) -> str | None:
    m = re.match(
        r"(?:\s+(?:have|has|had|been|were|are|also|already|now|being|be|would|will|to|originally)){0,4}\s*"
        r"(?:sent|deployed|dispatched|shipped|moved)?\s*(?:to|into)\s+((?:[A-Z][\w’'-]*?)(?:['’]s)?)(?=[\s,.;]|$)",
        text[pos : pos + 80],
    )
    if m:
        return re.sub(r"['’]s$", "", m.group(1))
    return None


def _number_of(text: str, pos: int) -> str:
    found = list(
        re.finditer(r"\b(?:number|count|toll|tally) of ((?:[A-Za-z’'-]+\s?){1,3})", text[:pos])
    )
    m = found[-1] if found else None
    if m:
        words = [w for w in m.group(1).split() if w.lower() not in _STOP]
        if words:
            return " ".join(words[:2])
    return ""


def _measure_before(text: str, ph: NumberPhrase, clause: tuple[int, int]) -> str:
    """The nearest measure noun phrase before a percentage in its clause ("the jobless rate")."""
    found = None
    for m in _lex().measure_re.finditer(text, max(clause[0], ph.start - 120), ph.start):
        found = m
    if not found:
        return ""
    words = found.group(0).split()
    while any(w.lower() in _STOP for w in words):
        words = words[1:]  # "told reporters the economy": only the words after the last stop word
    return " ".join(words)


def _context_before(text: str, ph: NumberPhrase) -> str:
    """For a figure with no noun phrase ("grew by 0.3%", "ransoms of $150,000"): the content words before it."""
    words = re.findall(r"[A-Za-z][A-Za-z’'-]*", text[max(0, ph.start - 60) : ph.start])
    content = [
        w for w in words if w.lower() not in _STOP and w.lower() not in lexicon()["qualifiers"]
    ]
    return " ".join(content[-3:]) if content else "unspecified"


# ---------------------------------------------------------------------------
# Hedges


def _is_hedge_use(text: str, m: re.Match) -> bool:
    """A hedge word in use (not quoted as a term, not an active reporting verb)."""
    word = m.group(0).lower()
    before = text[max(0, m.start() - 20) : m.start()]
    after = text[m.end() : m.end() + 20]
    if re.search(r"[\"“‘']\s*(?:\w+\s+)?$", before) and re.match(r"(?:\s+\w+)?\s*[\"”’']", after):
        return False  # '"highly likely" denotes ...': the word is mentioned, not used
    if word == "likely" and re.search(r"\bhighly\s+$", before, re.I):
        return False  # part of "highly likely", matched on its own
    if word == "reported":
        # "are reported to", "reported killed": a hedge; "it first reported", "state media reported": a reporting verb
        return bool(
            re.search(r"\b(?:is|are|was|were|been|being|be)\s+(?:\w+ly\s+)?$", before, re.I)
            or re.match(
                r"\s+(?:to\s+(?:have|be)|killed|dead|wounded|injured|missing|captured|abducted)\b",
                after,
                re.I,
            )
        )
    if word == "could" and re.match(r"\s+not\b", after):
        return False
    if word in ("estimate", "estimates") and re.match(
        r"\s*(?:[,.;:)!?]|$|(?:of|from|by|for|have|has|had|were|was|are|is|put|suggest|suggests|show|shows|range|vary)\b)",
        after,
        re.I,
    ):
        return False  # the noun: "its spring estimate.", "rising estimates from Kyiv"
    return True


def _after_use(text: str, m: re.Match) -> bool:
    """After a figure, "estimate(s)/estimated" hedges it only in a verb chain ("are estimated to")."""
    if m.group(0).lower() not in ("estimate", "estimates", "estimated"):
        return True
    return bool(
        re.search(
            r"\b(?:is|are|was|were|been|being|be)\s+$",
            text[max(0, m.start() - 10) : m.start()],
            re.I,
        )
    )


# Where a figure's trailing hedge scope ends: ",|;|\b(?:if|unless|...|but)\b" (re.I)
_HEDGE_STOP = re.compile(
    r",|;|"
    + ci_words(
        ["if", "unless", "because", "whether", "when", "so that", "although", "though", "but"],
        space=" ",
    )
    + r"\b"
)


def _attached_hedges(text: str, phrases: list[NumberPhrase]) -> dict[int, NumberPhrase]:
    """ "an estimated 15,000": offset of the hedge word -> the figure it belongs to (only)."""
    lx = _lex()
    attached = {}
    for p in phrases:
        before = text[max(0, p.start - 20) : p.start]
        low = plain_lower(before)
        if low is not None and not any(w in low for w in lx.an_estimated_words):
            continue  # the pattern needs one of these words; skip its case-insensitive scan
        m = lx.an_estimated_re.search(before)
        if m:
            attached[p.start - (min(20, p.start) - m.start("h"))] = p
    return attached


def _hedges(
    text, ph: NumberPhrase, idx: int, phrases, infos, hedge_hits, clause, end_estimate, attached
) -> list[str]:
    """Hedge words of the figure's clause.

    A hedge before every figure of the clause governs them all ("The agency estimates that ...");
    a hedge right after a figure's noun phrase belongs to that figure only ("are believed to
    have died"); "an estimated 15,000" belongs to 15,000 only; a figure introduced as the one
    it replaces ("not the 144,000", "rather than", "out of") is outside the governing hedge.
    A trailing ", the ministry estimated." covers the whole sentence.
    """
    c0, c1 = clause
    found: list[str] = []
    in_clause = [p for p in phrases if c0 <= p.start < c1]
    first_start = min(p.start for p in in_clause) if in_clause else ph.start
    contrast = bool(_lex().contrast_re.search(text[max(0, ph.start - 20) : ph.start]))
    nxt_start = min([p.start for p in phrases if p.start > ph.start] + [c1])
    stop = _HEDGE_STOP.search(text, ph.end, c1)
    after_end = stop.start() if stop else c1
    for m in hedge_hits:
        owner = attached.get(m.start())
        if owner is not None:
            if owner is ph:
                found.append(m.group(0))
            continue
        if c0 <= m.start() < first_start and not contrast:
            found.append(m.group(0))
        elif ph.end <= m.start() < min(nxt_start, after_end) and _after_use(text, m):
            found.append(m.group(0))
    if end_estimate and end_estimate.start() >= ph.end:
        found.append(end_estimate.group("h"))
    out: list[str] = []
    for h in found:
        if h not in out:
            out.append(h)
    return out
