"""Bodies introduced by a lowercase descriptor before their name, for :mod:`.orgnames`.

"Rail operator Voltrail said", "State broadcaster XTV reported": a body new to the reader
is introduced by what it is. The descriptor gives the body's kind.
"""

from __future__ import annotations

import re

from ._text import contains_any
from .mention_scan import (
    View,
    suffix_min,
    vocabulary,
    window_start,
    windowed_finditer,
    word_positions,
)
from .name_words import DAYS_MONTHS, LEAD_STOP, TITLES
from .name_words import UPPER as _UP

# "Rail operator Voltrail said", "State broadcaster XTV reported", "The employers' federation
# ABC-DEF estimated", "Private forecaster Skyview put": a descriptor (an optional capitalised
# or lowercase modifier and a lowercase noun for a kind of body) in front of a name.
_DESCRIPTOR_KINDS = {
    "broadcaster": "outlet",
    "newspaper": "outlet",
    "daily": "outlet",
    "tabloid": "outlet",
    "weekly": "outlet",
    "magazine": "outlet",
    "website": "outlet",
    "outlet": "outlet",
    "channel": "outlet",
    "news agency": "news_agency",
    "wire service": "news_agency",
    "operator": "other",
    "company": "other",
    "firm": "other",
    "group": "other",
    "giant": "other",
    "maker": "other",
    "carmaker": "other",
    "producer": "other",
    "manufacturer": "other",
    "utility": "other",
    "carrier": "other",
    "airline": "other",
    "lender": "other",
    "bank": "other",
    "insurer": "other",
    "retailer": "other",
    "supplier": "other",
    "provider": "other",
    "developer": "other",
    "exporter": "other",
    "miner": "other",
    "forecaster": "other",
    "pollster": "other",
    "consultancy": "other",
    "federation": "other",
    "association": "other",
    "union": "other",
    "lobby": "other",
    "charity": "ngo",
    "watchdog": "ngo",
    "think tank": "ngo",
    "think-tank": "ngo",
    "nonprofit": "ngo",
    "non-profit": "ngo",
    "campaign group": "ngo",
    "rights group": "ngo",
    "regulator": "government",
    "agency": "government",
}
_DESCRIPTOR = re.compile(
    r"(?<![\w'’-])(?P<desc>(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?)\s+)?"
    r"(?:[A-Za-z][a-z'’-]*\s+){0,2}?"
    r"(?P<noun>news agency|wire service|think[ -]tank|campaign group|rights group|non-?profit|"
    + "|".join(
        sorted(
            (k for k in _DESCRIPTOR_KINDS if " " not in k and "-" not in k), key=len, reverse=True
        )
    )
    # ("newspaper The Global New Light of Myanmar": an outlet's name may open with "The" and
    # go on through "of")
    + rf"))\s+(?P<name>(?:The\s+)?[{_UP}][\w&'’.-]*"
    + rf"(?:\s+(?:of\s+(?:the\s+)?)?[{_UP}][\w&'’.-]*){{0,3}})(?![\w'’-])"
)
_DESCRIPTOR_WORDS = frozenset(
    w.encode() for k in _DESCRIPTOR_KINDS for w in re.split(r"[ -]", k)[-1:]
) | {b"tank", b"profit", b"nonprofit", b"service"}
_DESCRIPTOR_NEEDLES = tuple(sorted({re.split(r"[ -]", k)[-1] for k in _DESCRIPTOR_KINDS}))
_DESCRIPTOR_VOCAB = vocabulary(_DESCRIPTOR_WORDS)
# Where a _DESCRIPTOR match can open: a letter at the start of a word.
_DESCRIPTOR_START = re.compile(r"[A-Za-z](?<![\w'’-].)")


def _descriptor_matches(sentence: str, view: View | None):
    """``_DESCRIPTOR.finditer(sentence)``; on ASCII text tried only in the four words before
    a descriptor noun's last word (an article, two modifiers and a noun's first word)."""
    if view is None:
        return _DESCRIPTOR.finditer(sentence)
    found = word_positions(view, _DESCRIPTOR_WORDS.intersection(view[2]), _DESCRIPTOR_VOCAB)
    # the noun's last word is followed by white space and the capital of the name
    windows = [
        (window_start(sentence, h, 4), h)
        for h, w in found
        if sentence[h + len(w) : h + len(w) + 1].isspace()
        and sentence[h + len(w) :].lstrip()[:1].isupper()
    ]
    if not windows:
        return ()
    return windowed_finditer(_DESCRIPTOR, _DESCRIPTOR_START, sentence, suffix_min(windows))


# Modifiers that are not part of a descriptor but of the sentence ("said company X").
_NOT_MODIFIERS = frozenset(
    "said says told and or but while as that which who when where whose than from by with of "
    "to in on at for said".split()
)


def descriptor_names(sentence: str, view: View | None) -> list[tuple[int, int, str, str, str]]:
    """``(start, end, descriptor, name, kind)`` for a name introduced by a descriptor.

    The descriptor must open the mention: at the start of the sentence or a clause, or
    after "the"/"its"/"a" ("State gas company Nordgas estimates", "told the newspaper Le
    Journal"). A "state" broadcaster or news agency is state media.
    """
    if view is not None:
        if _DESCRIPTOR_WORDS.isdisjoint(view[2]):
            return []
    elif not contains_any(sentence, _DESCRIPTOR_NEEDLES):
        return []
    out = []
    for m in _descriptor_matches(sentence, view):
        desc, start = m.group("desc"), m.start()
        words = desc.split()
        for i in range(len(words) - 1, -1, -1):
            if words[i].lower() in _NOT_MODIFIERS:
                # the descriptor opens after a word of the sentence ("said company X")
                # (the words may be parted by any whitespace, a line break too)
                gap = re.search(r"\s" + re.escape(words[i + 1]), desc)
                start = m.start() + (gap.start() + 1 if gap else 0)
                desc = sentence[start : m.end("desc")]
                break
        name = m.group("name")
        noun = m.group("noun").lower()
        kind = _DESCRIPTOR_KINDS.get(noun, "ngo" if "profit" in noun or "tank" in noun else "other")
        name_at = m.start("name")
        if name.startswith("The ") and kind in ("outlet", "news_agency"):
            name, name_at = name[4:].lstrip(), name_at + len(name) - len(name[4:].lstrip())
        words = name.split()
        if " of " in name and kind != "outlet":
            name = name[: name.index(" of ")]  # "operator Voltrail of Germany": the company
        elif len(words) > 3 and " of " not in name:
            name = " ".join(words[:3])  # (up to three capitalised words, as before)
        while name.endswith((".", ",")) and name.count(".") == 1:
            name = name[:-1]
        first = name.split()[0]
        if first in LEAD_STOP or first in DAYS_MONTHS or first in TITLES:
            continue
        low = desc.lower()
        if kind in ("outlet", "news_agency") and ("state" in low or "state-run" in low):
            kind = "state_media"
        out.append((start, name_at + len(name), desc, name, kind))
    return out


# "The Odisha government said", "the Punjab state government": a government named by its
# place (a state, province or city the gazetteer need not know)
_PLACE_GOVERNMENT = re.compile(
    rf"(?<![\w'’-])(?:[Tt]he\s+)?(?P<place>[{_UP}][a-z-]+(?:\s+[{_UP}][a-z-]+)?)\s+"
    r"(?:(?:state|provincial|regional|municipal|city|county)\s+)?[Gg]overnment(?![\w-]|\s+Area)"
)
# Words before "government" that name no place ("the State government", "the New government")
_NOT_PLACES = frozenset(
    """State States Federal National Central Regional Provincial Local City County Interim
    Transitional Military Coalition New Previous Former Current Incoming Outgoing Caretaker
    Unity Labour Labor Conservative Liberal Democratic Republican Socialist Communist Islamist
    Taliban Houthi Hamas Western Foreign The A An This That Its Their""".split()
)


def place_governments(sentence: str) -> list[tuple[int, int, str]]:
    """``(start, end, place)`` of each government named by its place before "government";
    place "" for a level written in capitals ("The State government", "the Federal
    Government": a description of the state's or country's government)."""
    out = []
    for m in _place_government_matches(sentence):
        place = m.group("place")
        if place in _LEVELS:
            out.append((m.start(), m.end(), ""))
        elif place.split()[0] not in _NOT_PLACES and not place.endswith(" Local"):
            # ("Lagos State government": the state's; "Maru Local Government Area": a place)
            out.append((m.start(), m.end(), place))
    return out


_LEVELS = frozenset("State Federal Central Provincial Regional".split())
# Where a _PLACE_GOVERNMENT match can open: "the" or a capital at a word start (the
# look-behind after the consumed letter).
_PLACE_GOVERNMENT_START = re.compile(rf"[t{_UP}](?<![\w'’-].)")


def _place_government_matches(sentence: str):
    """``_PLACE_GOVERNMENT.finditer(sentence)``, tried only in the four words before each
    "overnment" (a match ends with it, after "the", one or two place words and a level word,
    each followed by whitespace), which re otherwise tries at every character; on ASCII text."""
    if not sentence.isascii():
        return _PLACE_GOVERNMENT.finditer(sentence)
    windows = []
    i = sentence.find("overnment", 1)
    while i > 0:
        windows.append((window_start(sentence, i - 1, 4), i - 1))
        i = sentence.find("overnment", i + 9)
    return windowed_finditer(_PLACE_GOVERNMENT, _PLACE_GOVERNMENT_START, sentence, windows)


# "the judiciary's Mizan news agency", "the Kommersant newspaper": a name the reader may not
# know, followed by what it is (the caller drops a demonym: "the Ukrainian news agency")
_NAME_THEN_OUTLET = re.compile(
    rf"(?<![\w'’-])(?P<name>[{_UP}][\w'’-]*[a-z](?:\s+[{_UP}][\w'’-]*[a-z]){{0,2}})\s+"
    r"(?P<noun>news agency|newspaper|daily|broadcaster|television|radio|news website|TV)(?![\w-])"
)


# Where a _NAME_THEN_OUTLET match can open: a capital at a word start.
_NAME_THEN_OUTLET_START = re.compile(rf"[{_UP}](?<![\w'’-].)")
_OUTLET_NOUNS = ("news agency", "newspaper", "daily", "broadcaster", "television", "radio")
_OUTLET_NOUNS += ("news website", "TV")


def _name_then_outlet_matches(sentence: str):
    """``_NAME_THEN_OUTLET.finditer(sentence)``, tried only in the three words before each
    outlet noun (a match is one to three name words, each followed by whitespace, and the
    noun); on ASCII text."""
    if not sentence.isascii():
        return _NAME_THEN_OUTLET.finditer(sentence)
    nouns = []
    for noun in _OUTLET_NOUNS:
        i = sentence.find(noun, 1)
        while i > 0:
            nouns.append(i)
            i = sentence.find(noun, i + 1)
    nouns.sort()
    windows = [(window_start(sentence, h, 3), h) for h in nouns]
    return windowed_finditer(_NAME_THEN_OUTLET, _NAME_THEN_OUTLET_START, sentence, windows)


def name_then_outlet(sentence: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, name, kind)`` of a name followed by the noun of an outlet or agency."""
    out = []
    for m in _name_then_outlet_matches(sentence):
        name = m.group("name")
        first = name.split()[0]
        if first in LEAD_STOP or first in DAYS_MONTHS:
            continue  # "The newspaper", "Monday's daily"
        kind = "news_agency" if m.group("noun") == "news agency" else "outlet"
        out.append((m.start("name"), m.end(), name, kind))
    return out
