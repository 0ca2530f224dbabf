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

import re
from bisect import bisect_left
from itertools import compress, count
from typing import NamedTuple

import attrs

from ..models import Figure
from .counts import (
    CURRENCY_CODES,
    PEOPLE_CATEGORIES,
    Words,
    counts_for,
    lex,
    noun_phrase,
    per_base_unit,
)
from .currency import settle_sentence
from .hedges import figure_hedges, sentence_hedges
from .multipliers import with_multipliers
from .numbers import NumberPhrase, find_number_phrases

__all__ = ["PEOPLE_CATEGORIES", "FigureMention", "find_figures"]


_AUX = frozenset(
    """were was are is be been being have has had having to also now still already reportedly allegedly believed
    thought estimated reported said later subsequently all either both likely feared confirmed officially as so far
    not yet since then just being presumed known understood remain remains remained""".split()
)


class FigureMention(NamedTuple):
    """A figure found in a string: offsets into that string, the parsed figure and its hedges.

    A named tuple (immutable, compared by its fields, as the frozen attrs class it was): one
    is made per figure, and ``tuple.__new__`` costs a fraction of a frozen attrs ``__init__``.
    """

    start: int  # the figure as written, qualifier words included
    end: int
    figure: Figure
    hedges: tuple[str, ...] = ()


_new_mention = tuple.__new__  # FigureMention from a tuple of its fields, without __new__'s frame

_CLAUSE_OPENERS = r",\s+(?:with|while|but|although|though|whereas|when|after|as|which|warning|saying|adding|cautioning)\b"
_BOUNDARY_RE = re.compile(rf";|\s[—–-]{{1,2}}\s|[()]|{_CLAUSE_OPENERS}")
# _BOUNDARY_RE for text without dashes (most sentences): the dash alternative cannot
# match, and with only literal first characters left re scans for them in C.
_BOUNDARY_NO_DASH_RE = re.compile(rf";|\(|\)|{_CLAUSE_OPENERS}")


# The clause openers of _BOUNDARY_NO_DASH_RE on their own (no match of one alternative holds
# a match of another, so its matches are these and the semicolons and brackets).
_OPENER_RE = re.compile(_CLAUSE_OPENERS)
# The dash alternative of _BOUNDARY_RE on its own.
_DASH_BOUNDARY_RE = re.compile(r"\s[—–-]{1,2}\s")


def _bounds(text: str) -> list[int]:
    """The starts of _BOUNDARY_RE's matches (clause boundaries), in order.

    Each alternative opens with its own characters and no match of one can hold a match of
    another, so the matches are those of _BOUNDARY_NO_DASH_RE plus the dash ones; the dash
    ones are tried only where a dash follows a space character, skipping starts inside a match.
    """
    # (those of _BOUNDARY_NO_DASH_RE: the brackets and semicolons found by str.find, the
    # clause openers by a pattern opening with its comma, which re finds faster than a set)
    bounds = [m.start() for m in _OPENER_RE.finditer(text)]
    for mark in ";()":
        i = text.find(mark)
        while i >= 0:
            bounds.append(i)
            i = text.find(mark, i + 1)
    bounds.sort()
    starts = []
    for dash in ("-", "—", "–"):
        i = text.find(dash, 1)
        while i > 0:
            if text[i - 1].isspace():  # what \s matches in a str pattern
                starts.append(i - 1)
            i = text.find(dash, i + 1)
    if not starts:
        return bounds
    starts.sort()
    end = 0
    found = []
    for p in starts:
        if p >= end:
            m = _DASH_BOUNDARY_RE.match(text, p)
            if m:
                found.append(p)
                end = m.end()
    return sorted(bounds + found) if found else bounds


def _cues(words: Words) -> list[tuple[int, int, str]]:
    """Category cue phrases in the sentence as (start, end, category), longest phrase first.

    Only the words that open a cue phrase are looked at (found with C-level set and
    iterator operations); a phrase consumes its words, as in a left-to-right scan over all words.
    """
    index = lex().cue_index_dotted
    lows = words.lows
    at = list(compress(count(), map(index.__contains__, lows)))  # in C: no step per word
    if not at:
        return []
    out = []
    n = len(lows)
    nxt = 0  # the first word not consumed by an earlier phrase
    for i in at:
        if i < nxt:
            continue
        for k, tail, cat in index[lows[i]]:
            # the words after the first are the phrase's, with at most a full stop after them
            if k == 1 or (
                i + k <= n
                and (
                    lows[i + 1 : i + k] == tail
                    or [w.rstrip(".") for w in lows[i + 1 : i + k]] == tail
                )
            ):
                out.append((words.starts[i], words.ends[i + k - 1], cat))
                nxt = i + k
                break
    return out


def find_figures(
    text: str, *, headline: bool = False, offset: int | None = None
) -> list[FigureMention]:
    """The figures of one sentence (or headline / sub-heading), in text order.

    Offsets are into ``text``. ``headline`` marks a headline or sub-heading line, whose
    verbs are often elided ("600 soldiers killed"); the same rules apply. With ``offset``
    (where ``text`` starts in the document) each ``Figure`` gets its span in the document;
    without it the span is None.
    """
    phrases = with_multipliers(text, find_number_phrases(text))
    if not phrases or _page_furniture(text):
        return []
    words = Words(text)
    bounds = _bounds(text)
    cues = _cues(words)
    hedges = sentence_hedges(text, words.lows, phrases, words.low)

    infos = [noun_phrase(text, words, ph, phrases) for ph in phrases]
    _inherit_things(text, phrases, infos, cues)
    n = len(text)
    clauses = [_clause(bounds, ph.start, n) for ph in phrases]
    categories = _categories(text, phrases, infos, cues, clauses, headline)
    capitals = text.isupper()  # a capitalised headline: counts are written in lower case
    per_words = "per" in text or "for" in text  # what a rate per population needs
    out: list[FigureMention] = []
    prev_counts: str | None = None
    prev_nat: str | None = None
    for idx, (ph, info) in enumerate(zip(phrases, infos, strict=True)):
        clause = clauses[idx]
        category = categories[idx]
        counts, nat = counts_for(text, ph, info, category, prev_counts, prev_nat, clause)
        unit = ph.unit
        if unit is None and info["head"] and not info["is_people"]:
            unit = info["head"]
            if _per_time_word(text, info["after"]):
                unit = _per_time(text, info["after"], unit)  # "9 million tonnes of coal a year"
        elif unit is None and info["np"] and _per_time_word(text, info["after"]):
            unit = _per_time(text, info["after"], None)  # "1.1 million deaths a year"
        if (unit is None or unit == info["head"]) and per_words:
            unit = per_base_unit(text, info["after"], info["head"]) or unit
        if unit in _CURRENCIES:
            unit = _price_per(text, ph.end, unit)
        if capitals:
            counts = counts.lower()
        figure = Figure(
            value=ph.value,
            qualifier=ph.qualifier,
            category=category,
            counts=counts,
            text=ph.text or text[ph.start : ph.end],
            low=ph.low,
            high=ph.high,
            unit=unit,
            span=None if offset is None else (offset + ph.start, offset + ph.end),
        )
        out.append(
            _new_mention(
                FigureMention,
                (ph.start, ph.end, figure, figure_hedges(text, ph, phrases, hedges, clause)),
            )
        )
        if info["is_people"] or category in PEOPLE_CATEGORIES:
            prev_counts, prev_nat = counts, nat or prev_nat
    _share_price_units(text, out)
    settle_sentence(text, out)
    return out


# Lines of a web page that are not the story: a teaser linking to another story ("Also read:
# Why borrowers are still paying 8%"), a newsletter sign-up ("5 stories, every weekday").
# Their numbers are not figures of this article. ("UPDATED:" can open a headline: time
# stamps are left to the date and clock rules.)
_FURNITURE_OPENERS = (
    "also read:",
    "read also:",
    "read more:",
    "see also:",
    "related:",
    "recommended:",
    "watch:",
)
_SIGN_UP_OPENERS = ("sign up", "subscribe", "get our", "join our", "register for")
_SIGN_UP_WORDS = ("newsletter", "briefing", "inbox", "email", "bulletin", "podcast")


_PER_TIME_RE = re.compile(
    r"[ \t]+(?:of[ \t]+[a-z]+[ \t]+)?(?:a|an|per|each|every)[ \t]+(year|month|week|day|hour)\b"
    r"(?![ \t]+(?:earlier|later|ago|before|after|previously|on|from)\b)"
)


def _per_time_word(text: str, pos: int) -> bool:
    """A cheap pre-check for _PER_TIME_RE: a rate word within the next few words."""
    seg = text[pos : pos + 22]
    return " a " in seg or " an " in seg or " per " in seg or " each " in seg or " every " in seg


def _per_time(text: str, pos: int, unit: str | None) -> str | None:
    """ "9 million tonnes of coal a year": "tonnes per year"; people counts: "per year"."""
    m = _PER_TIME_RE.match(text, pos)
    if not m:
        return unit
    return f"{unit} per {m.group(1)}" if unit else f"per {m.group(1)}"


def _page_furniture(text: str) -> bool:
    """A teaser or newsletter sign-up line (see _FURNITURE_OPENERS)."""
    head = text[:20].lower()
    if head.startswith(_FURNITURE_OPENERS):
        return True
    return head.startswith(_SIGN_UP_OPENERS) and any(w in text.lower() for w in _SIGN_UP_WORDS)


_CURRENCIES = CURRENCY_CODES
# "$45 a barrel", "€1.20 per litre", "£9 an hour" is a rate, not an amount; the time units
# are left to numbers.py's rate words, and "a/per" before a determiner or a number is not this.
_PRICE_PER_RE = re.compile(r"[ \t]+(?:a|an|per)[ \t]+([a-z]{3,})\b(?![ \t]*-)")
_PRICE_NOT_NOUNS = frozenset(
    """day week month year hour minute second decade quarter night share piece head person capita
    time the this that year's record total further few lot""".split()
)


def _price_per(text: str, pos: int, unit: str) -> str:
    """A currency figure followed by "a barrel"/"per tonne" is a price: unit "USD per barrel"."""
    if " a" not in text[pos : pos + 4] and " per" not in text[pos : pos + 5]:
        return unit  # cheap literal pre-check: most amounts are not prices per thing
    m = _PRICE_PER_RE.match(text, pos)
    if not m or m.group(1) in _PRICE_NOT_NOUNS or m.group(1).endswith(("ly", "s")):
        return unit
    return f"{unit} per {m.group(1)}"


def _share_price_units(text: str, out: list[FigureMention]) -> None:
    """ "to $45 a barrel from $60", "€1.85 per litre, up from €1.70": an amount in the same
    currency compared with a price by from/to/than is a price per the same thing."""
    # only a pair with one unit "X per Y" and one without can change: none without " per "
    if len(out) < 2 or not any(" per " in (f.figure.unit or "") for f in out):
        return
    for a, b in zip(out, out[1:], strict=False):
        ua, ub = a.figure.unit or "", b.figure.unit or ""
        if ua.split(" per ")[0] != ub.split(" per ")[0] or (" per " in ua) == (" per " in ub):
            continue
        if ua.split()[0] not in _CURRENCIES:
            continue
        gap = text[a.end : b.start]
        if " per " in ua:
            gap = _PER_THING.sub("", gap)
        if not _COMPARED.fullmatch(gap):
            continue
        price = ua if " per " in ua else ub
        target = b if " per " in ua else a
        idx = out.index(target)
        out[idx] = target._replace(figure=attrs.evolve(target.figure, unit=price))


def _inherit_things(text: str, phrases: list[NumberPhrase], infos: list[dict], cues) -> None:
    """A bare number after a count of things counts the same things.

    "40 drones were shot down and 17 were lost": 17 drones, not 17 people lost; "337
    drones, 91 of them over Moscow": 91 drones. A verb that
    only people undergo right after the number ("and 12 were killed") keeps it people.
    With two counts of things before it, the one of the nearest size: "301 cases in 15
    states, ... when there were 285" counts cases. "put the number of X at N" counts X.
    """
    for k, info in enumerate(infos):
        if info["np"] or phrases[k].unit or k == 0:
            continue
        if info["pronoun"] and not info["partitive"]:
            continue  # "91 of them" after "337 drones" counts drones; "4,000 others" stays people
        donor = infos[k - 1]
        if not donor["head"] or donor["is_people"] or phrases[k - 1].unit is not None:
            continue
        if "number of" in text[max(0, phrases[k].start - 100) : phrases[k].start] and _number_of(
            text, phrases[k].start, 0
        ):
            continue
        donor = _nearest_in_size(phrases, infos, k) or donor
        words = info["words"]
        j, steps, people_verb = info["next_index"], 0, False
        while j < len(words) and steps < 5:
            cat = _cue_at(cues, words.starts[j])
            if cat:
                people_verb = cat in ("killed", "injured", "captured", "missing", "displaced")
                break
            if words.lows[j] not in _AUX:
                break
            j += 1
            steps += 1
        if people_verb:
            continue
        info.update(np=donor["np"], head=donor["head"], is_people=False)


def _nearest_in_size(phrases: list[NumberPhrase], infos: list[dict], k: int) -> dict | None:
    """Of the earlier counts of things in the sentence, the one whose value is nearest in size
    (by ratio) to figure ``k``'s; None when fewer than two or the values are missing."""
    value = phrases[k].value
    donors = [
        (i, infos[i])
        for i in range(k)
        if infos[i]["head"]
        and not infos[i]["is_people"]
        and phrases[i].unit is None
        and phrases[i].value
    ]
    if len(donors) < 2 or not value:
        return None

    def distance(item: tuple[int, dict]) -> tuple[float, int]:
        v = phrases[item[0]].value
        return (max(v, value) / min(v, value), k - item[0])

    return min(donors, key=distance)[1]


# ---------------------------------------------------------------------------
# Category


def _categories(text: str, phrases, infos, cues, clauses, headline: bool = False) -> list[str]:
    """Categories of all figures; a figure with no cue of its own shares the category of the
    figure it is coordinated with ("at least 500 officers and three generals were in Russia")
    or compared with ("1,452 people had died ..., compared with roughly 1,300 last year")."""
    cats: list[str] = []
    prev: str | None = None
    for k, (ph, info, clause) in enumerate(zip(phrases, infos, clauses, strict=True)):
        # a cue before an earlier figure of the clause is that figure's ("toll rises to 18,
        # four engineers suspended")
        after_prev = phrases[k - 1].end if k else 0
        next_start = phrases[k + 1].start if k + 1 < len(phrases) else None
        cat = _category(text, ph, info, cues, clause, prev, after_prev, headline, next_start)
        if k and not info["np"] and cats[-1] != "other" and cat != cats[-1]:
            if _COMPARED_WITH.search(text, max(after_prev, ph.start - 40), ph.start):
                cat = cats[-1]
        cats.append(cat)
        prev = cat
    for i in range(len(phrases) - 2, -1, -1):
        if (
            cats[i] == "other"
            and infos[i]["is_people"]
            and infos[i]["head"]
            and cats[i + 1] != "other"
        ):
            if _COORDINATION.fullmatch(text, infos[i]["after"], phrases[i + 1].start):
                cats[i] = cats[i + 1]
    return cats


# Compiled once (re's own cache lookup per call is not free). Matches with a start and an
# end instead of slices: none of these patterns looks behind its start, and none has "$".
_COORDINATION = re.compile(r"\s*(?:,|and|or|,\s*and)\s*")
_COMMA_OR_SEMICOLON = re.compile(r"[,;]")
_AND_OR = re.compile(r"\s+(?:and|or|and/or)\s+(?:[A-Za-z]+\s+){0,1}")
_IN_PLACE = re.compile(r"\s+(?:\w+\s+){0,3}?(?:in|to|into)\s+[A-Z]")
_PER_THING = re.compile(r"^[ \t]+(?:a|an|per)[ \t]+[a-z]+")
_COMPARED = re.compile(r"[ \t]*(?:,[ \t]*)?(?:(?:up|down)[ \t]+)?(?:from|to|than)[ \t]+")


def _clause(bounds: list[int], pos: int, n: int) -> tuple[int, int]:
    start, end = 0, n
    for b in bounds:
        if b < pos:
            start = b
        elif b >= pos:
            end = b
            break
    return start, end


def _category(
    text: str,
    ph: NumberPhrase,
    info: dict,
    cues,
    clause,
    prev_cat: str | None,
    after_prev: int = 0,
    headline: bool = False,
    next_start: int | None = None,
) -> str:
    lx = lex()
    if ph.unit and (ph.unit == "magnitude" or ph.unit.split()[0] in _CURRENCIES):
        return "other"  # amounts, prices ("USD per barrel") and magnitudes
    head = info["head"]
    if "number of" in text[max(0, ph.start - 100) : ph.start]:
        of = _number_of(text, ph.start, clause[0])
        if of:  # "put the number of people who had fled their homes at 'tens of thousands'"
            for s, e, cat in cues:
                if of[0] <= s and e <= of[1]:
                    return cat
    # 1. the noun phrase itself ("600 fatalities", "wounded soldiers", "of those killed")
    np_end = info["after"]
    seg_end = np_end
    if info["partitive"]:
        seg_end = max(np_end, min(len(text), ph.end + 40))
        m = _COMMA_OR_SEMICOLON.search(text, ph.end, seg_end)
        if m:
            seg_end = m.start()
    for s, e, cat in cues:
        if ph.end <= s and e <= seg_end and (cat != "deployed" or head in ("reinforcements",)):
            if not info["partitive"] or s < np_end or _within_words(text, ph.end, s, 4):
                if cat == "killed" and _SAVED.search(text, max(0, ph.start - 25), ph.start):
                    return "other"  # "could save 92 million lives"
                return _combine(text, e, cat, cues)
    if head and not info["is_people"]:
        return "other"  # "5,000 homes", "10,000 containers": things, whatever happened to them
    words = info["words"]
    starts, lows = words.starts, words.lows
    n = len(starts)
    # 2. right after the noun phrase: "were killed or wounded", "are believed to have died"
    j = info["next_index"]
    j = _skip_reduced_relative(words, j)
    presence = False
    steps = 0
    own_verb = False  # the figure's own predicate: "nine people had been rescued", "were arrested"
    # (an auxiliary right after the figure may precede next_index: "12 were rescued")
    aux = any(lows[x] in _FINITE_AUX for x in range(bisect_left(starts, ph.end), min(j, n)))
    while j < n and steps < 8:
        low = lows[j]
        cat = _cue_at(cues, starts[j])
        if cat:
            if cat == "injured" and head == "patients" and low.startswith("hospitali"):
                return "other"  # patients in hospital are ill, not injured
            return _combine(text, _cue_end(cues, starts[j]), cat, cues)
        if low in lx.presence and head in lx.military:
            presence = True
            break
        if low in _FOUND_VERBS and head in _REMAINS_NOUNS:
            return "killed"  # "three more victims were found": bodies recovered after a disaster
        if (
            low == "on"
            and head in lx.military
            and " ".join(x.rstrip(".") for x in lows[j + 1 : j + 3]) in _POSTED_PLACES
        ):
            presence = True  # "13,000 more officers on the streets"
            break
        if low == "in" and head in lx.military and j + 1 < n and text[starts[j + 1]].isupper():
            presence = True  # "officers ... were already in Russia"
            break
        if low in _FINITE_AUX:
            aux = True
        elif (
            (aux or (headline and steps == 0))
            and low not in _AUX
            and (low.rstrip(".").endswith(("ed", "ing")) or low.rstrip(".") in _IRREGULAR_PAST)
        ):
            own_verb = True
            break
        if low not in _AUX and not low.endswith("ly"):
            break
        j += 1
        steps += 1
    # 3. the verb right before ("killed 50", "has lost at least 100", "sent roughly 15,000")
    k = bisect_left(starts, ph.start) - 1  # the last word before the figure
    steps = 0
    while k >= 0 and steps < 3:
        low = lows[k]
        cat = _cue_at(cues, starts[k])
        if cat:
            return cat if cat != "casualties" or low != "cost" or info["is_people"] else "other"
        if low not in _BEFORE_SKIP:
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
        if (
            (own_verb and s >= ph.end and "," in text[ph.end : s])
            or (e <= ph.start and cat == prev_cat)
            or (
                next_start is not None
                and ph.end <= s
                and e <= next_start
                and _within_words(text, e, next_start, 3)
            )
        ):
            continue  # a cue of another predicate, the earlier figure's or the next one's verb
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
    if prev_cat and prev_cat != "other" and info["is_people"] and not own_verb:
        return prev_cat  # parallel figures: "put the number at a minimum of 600 ... a figure near 2,000"
    return "other"


_FINITE_AUX = frozenset(("were", "was", "are", "is", "have", "has", "had", "been", "be", "being"))
_IRREGULAR_PAST = frozenset(
    "went got took made left came ran gave saw fell rose won spent paid sold bought built kept met".split()
)
_SAVED = re.compile(r"\b(?:save|saves|saved|saving|protect|protected)\b[^.;]*$", re.I)
_COMPARED_WITH = re.compile(
    r"(?:compared[ \t]+(?:with|to)|up[ \t]+from|down[ \t]+from|versus|vs\.?|against)[ \t]+"
    r"(?:(?:about|around|roughly|some|nearly|almost|more[ \t]+than|fewer[ \t]+than|over|just)[ \t]+)?$",
    re.I,
)
_NUMBER_OF_AT = re.compile(r"[ \t]+at[ \t]*[\"“‘']?[ \t]*$")


def _number_of(text: str, pos: int, c0: int) -> tuple[int, int] | None:
    """The noun phrase X of "put the number of X at N" when the figure at ``pos`` is N."""
    i = text.rfind("number of ", max(c0, pos - 100), pos)
    if i < 0:
        return None
    m = _NUMBER_OF_AT.search(text, i + 10, pos)
    return (i + 10, m.start()) if m else None


_BEFORE_SKIP = frozenset(
    ("has", "have", "had", "also", "been", "now", "already", "reportedly", "a", "further", "the")
)
_FOUND_VERBS = frozenset({"found", "recovered", "retrieved", "identified", "pulled", "unearthed"})
_REMAINS_NOUNS = frozenset({"victims", "bodies", "remains"})
_POSTED_PLACES = frozenset(
    {"the streets", "the ground", "the front", "the frontline", "the border", "patrol"}
)


def _within_words(text: str, a: int, b: int, n: int) -> bool:
    return len(text[a:b].split()) <= n + 1


def _skip_reduced_relative(words: Words, j: int) -> int:
    """Skip "sent to Russia's Kursk region" after a noun phrase: it names the group, not the event."""
    lows, starts, text = words.lows, words.starts, words.text
    n = len(lows)
    if (
        j + 1 < n
        and lows[j] in ("sent", "deployed", "dispatched", "shipped")
        and lows[j + 1] == "to"
    ):
        k = j + 2
        while k < n and (
            text[starts[k]].isupper() or lows[k] in ("region", "the", "front", "border")
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
    m = _AND_OR.match(text, end, end + 20)
    if m:
        nxt = _cue_at(cues, m.end())
        if nxt and {cat, nxt} == {"killed", "injured"}:
            return "casualties"
    return cat


def _in_place_after(text: str, pos: int, end: int) -> bool:
    return bool(_IN_PLACE.match(text, pos, end))
