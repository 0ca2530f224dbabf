"""Measurements: a number with a unit of power, energy, temperature, length, speed or mass.

News measures things as well as counting them: "9.6GW of capacity", "1.55C above
pre-industrial levels", "572 mm of rain", "sea level rose 4.7mm a year", "touched down about
2,800 feet beyond the threshold", "a strike price of £73/MWh". The unit is often written
against the number, which the digit rules would read as a code ("A320", "5G"). A measurement
is a figure with the unit as written in its canonical form.

What stays out (no figure): a measurement used as an adjective ("a 40-km stretch", "the
9,000-foot runway": the hyphen rule of nonfigures), a calibre ("155mm shells"), and a
distance that only says where something is ("30 km from the border", "10 miles off the
coast").
"""

from __future__ import annotations

import re

from .lexicon import alt as _alt

# unit as written -> canonical unit (case-sensitive: "MW" is a megawatt, "mw" is not)
_GLUED_OR_SPACED = {
    "GW": "GW",
    "MW": "MW",
    "kW": "kW",
    "TW": "TW",
    "GWh": "GWh",
    "MWh": "MWh",
    "kWh": "kWh",
    "TWh": "TWh",
    "mm": "mm",
    "cm": "cm",
    "km": "km",
    "kg": "kg",
    "mph": "mph",
    "km/h": "km/h",
    "kph": "km/h",
    "pc": "percent",  # "65pc" (Pakistani and British papers)
    # emissions in million / billion tonnes of CO2 (equivalent): "359MtCO2e", "37.4 GtCO2"
    "MtCO2e": "MtCO2e",
    "MtCO2": "MtCO2",
    "GtCO2e": "GtCO2e",
    "GtCO2": "GtCO2",
    "°C": "degrees Celsius",
    "ºC": "degrees Celsius",
    "°F": "degrees Fahrenheit",
    "ºF": "degrees Fahrenheit",
}
# only written against the number: "1.55C" (a spaced "C" is a letter, not a unit)
_GLUED_ONLY = {"C": "degrees Celsius"}
# words after a space
_WORDS = {
    "feet": "feet",
    "foot": "feet",
    "miles": "miles",
    "nautical miles": "nautical miles",
    "metres": "metres",
    "meters": "metres",
    "kilometres": "km",
    "kilometers": "km",
    "millimetres": "mm",
    "millimeters": "mm",
    "centimetres": "cm",
    "centimeters": "cm",
    "inches": "inches",
    "degrees Celsius": "degrees Celsius",
    "degrees Fahrenheit": "degrees Fahrenheit",
    "megawatts": "MW",
    "gigawatts": "GW",
    "kilowatts": "kW",
    "megawatt-hours": "MWh",
    "gigawatt-hours": "GWh",
    "terawatt-hours": "TWh",
}


_GLUED = re.compile(rf"(?:{_alt([*_GLUED_OR_SPACED, *_GLUED_ONLY])})(?![\w°º])")
_SPACED = re.compile(rf"[ \t](?:{_alt([*_GLUED_OR_SPACED, *_WORDS])})(?![\w°º-])")
# "£73/MWh": a price per unit
_PER_UNIT = re.compile(r"/(MWh|kWh|GWh|TWh|MW|kW|tonne|t|barrel|bbl|kg|oz|litre|liter|sq ft)\b")
_CALIBRE = re.compile(
    r"[ \t-]+(?:[\w-]+[ \t]+)?(?:shells?|howitzers?|guns?|artillery|rounds?|mortars?|cannons?|"
    r"ammunition|calibre|caliber|rockets?|missiles?|bullets?|cartridges?|handguns?|pistols?|rifles?)\b",
    re.IGNORECASE,
)
_WHERE = re.compile(
    r"[ \t]+(?:(?:away\s+)?from\b|away\b|off\s+the\s+(?:coast|shore|island|mainland)\b|offshore\b|"
    r"inland\b|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ward)?"
    r"\s+of\b|outside\b|short\s+of\b)",
    re.IGNORECASE,
)
_UNIT_START = frozenset("GMkTmcCfFndp°º")  # the first letters of every unit above


def measure_after(text: str, end: int) -> tuple[str, int] | None:
    """(canonical unit, end of the unit) of a measurement unit at ``end`` (right after the
    digits), or None. A price per unit ("/MWh") is not a measurement: see :func:`per_unit`."""
    c = text[end : end + 1]
    if c in _UNIT_START:
        m = _GLUED.match(text, end)
        if m:
            w = m.group()
            return _GLUED_OR_SPACED.get(w) or _GLUED_ONLY[w], m.end()
    elif c in (" ", "\t") and text[end + 1 : end + 2] in _UNIT_START:
        m = _SPACED.match(text, end)
        if m:
            w = m.group()[1:]
            return _GLUED_OR_SPACED.get(w) or _WORDS[w], m.end()
    return None


def per_unit(text: str, end: int) -> tuple[str, int] | None:
    """("per MWh", end) for a price written "£73/MWh"; None otherwise."""
    if text[end : end + 1] != "/":
        return None
    m = _PER_UNIT.match(text, end)
    if m is None:
        return None
    return f"per {m.group(1)}", m.end()


# A temperature named as a goal or a limit, not measured: "the 1.5C goal", "to breach 1.5C",
# "keeping warming to 1.5C", "plus or minus 0.13C" (a margin)
_GOAL_AFTER = re.compile(
    r"[ \t]+(?:[\w-]+[ \t]+)?(?:goal|target|threshold|limit|ceiling|cap|mark)s?\b"
)
_GOAL_BEFORE = re.compile(
    r"(?:\b(?:breach\w*|exceed\w*|surpass\w*|cross\w*|overshoot\w*|(?:keep|keeping|limit|limiting|"
    r"hold|holding|cap|capping)\s+(?:[\w-]+\s+){0,2}to|plus\s+or\s+minus|minus)|±)\s*(?:the\s+)?(?:about\s+)?$",
    re.IGNORECASE,
)


def not_a_measurement(text: str, unit: str, unit_end: int, start: int = 0) -> bool:
    """A calibre ("155mm shells"), a distance saying where something is ("30 km from"), or a
    temperature goal or margin ("the 1.5C goal", "plus or minus 0.13C"). ``start`` is where the
    number starts."""
    if unit == "mm" and _CALIBRE.match(text, unit_end):
        return True
    if unit in ("degrees Celsius", "degrees Fahrenheit"):
        return bool(
            _GOAL_AFTER.match(text, unit_end)
            or _GOAL_BEFORE.search(text, max(0, start - 40), start)
        )
    return unit in ("km", "miles", "nautical miles", "feet", "metres", "mm", "cm") and bool(
        _WHERE.match(text, unit_end)
    )


def glued_before(text: str, start: int) -> bool:
    """Letters or a code sign against the number's start ("A320", "F-16", "#5")."""
    prev = text[start - 1] if start > 0 else " "
    if prev.isalpha() or prev in "/#@_\\":
        return True
    return prev in "-–" and start > 1 and text[start - 2].isalnum()


_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’&.-]*)[ \t]+$")


def in_a_name(text: str, start: int) -> bool:
    """A capitalised number word after a capitalised word, in prose (not a title-case
    headline): part of a name ("Net Zero", "Channel Four", "Formula One")."""
    prev = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if prev is None or not prev.group(1)[0].isupper():
        return False
    words = text.split()
    return 2 * sum(w[:1].isupper() for w in words) <= len(words)


MEASURE_GAP = frozenset(" \tGMkTmcC°º")  # what opens a gap that starts with a unit


def measurement(text: str, first, end: int) -> tuple[str, int] | None:
    """(unit, end) of a measurement or a price per unit written after the digits ("9.6GW",
    "572 mm", "£73/MWh"); ("", end) for one that is not a figure (a calibre, a place); None
    when no such unit follows."""
    if first.kind != "num" or first.spelled:
        return None
    c = text[end : end + 1]
    if c == "/":
        per = per_unit(text, end) if first.currency else None
        return (f"{first.currency} {per[0]}", per[1]) if per else None
    if not (c.isalpha() or c in " \t°º"):
        return None
    meas = measure_after(text, end)
    if meas is None or first.currency:
        return None
    return ("", end) if not_a_measurement(text, *meas, first.start) else meas
