"""Currency codes written against the digits ("Rs1.2 billion", "N500m", "KSh2,000") and
thousands grouped by spaces ("US$ 500 000", "18 000MW"): :mod:`numbers` reads such a sentence
through a masked copy of the same length ("Rs1.2" as " $1.2", "500 000" as "500,000").
Moved out of numbers.py (800-line limit) unchanged.
"""

from __future__ import annotations

import re

from .lexicon import lexicon


def _may_match(text: str) -> tuple[bool, bool]:
    """Whether _CODE_GATE can match ``text`` (exact) and whether _SPACE_THREE can (False only
    when it cannot): substring tests on the text's shape (_GATE_SHAPE). One encode and
    translate and a few substring tests cost less than the two regex scans (~100
    instructions per character)."""
    shape = text.encode("utf-8", "surrogatepass").translate(_GATE_SHAPE)
    if b"0" not in shape:  # (memchr; the two-byte tests scan slower)
        return False, False
    code = b"C0" in shape or (b"a0" in shape and (b"Ca0" in shape or b"Caa0" in shape))
    return code, b"0 000" in shape


# A currency code written against the digits ("Rs1.2 billion", "N500m", "KSh2,000", "Tk500"),
# and thousands grouped by spaces after a currency ("US$ 500 000", as WHO bulletins write them)
_GLUED_CODE = re.compile(
    r"(?<![\w.])(RM|Rp|Bt|SR|CHF|VND|MYR|IDR|THB|SGD|HKD|AUD|CAD|NZD|USD|EUR|GBP|INR|PKR|NGN|"
    r"KES|ZAR|EGP|AED|SAR|CNY|RMB|JPY|Rs\.?|KSh|Ksh|Shs|Sh|Tk|Dhs?|RO|JD|BD|KD|QR|N|P|R)(?=\d)"
)
_GLUED_CODES = {
    "Rs": None,
    "Rs.": None,
    "KSh": "KES",
    "Ksh": "KES",
    "Tk": "BDT",
    "N": "NGN",
    "P": "PHP",
    "R": "ZAR",  # the rand ("R1.2 million", South African copy)
    "Sh": "KES",  # Kenyan copy ("Sh100 million")
    "Shs": "UGX",  # Ugandan copy ("Shs500,000")
    "Dh": "AED",  # the dirham ("Dh500,000", Gulf copy)
    "Dhs": "AED",
    # Gulf and Levant dinars and rials ("RO412.3 million", "JD1.4 billion", "BD2 million")
    "RO": "OMR",
    "JD": "JOD",
    "BD": "BHD",
    "KD": "KWD",
    "QR": "QAR",
    # ringgit, rupiah, baht, Saudi riyals; ISO codes against the digits ("CHF2,790", "VND450
    # billion"): the prefix table's
    "RM": "MYR",
    "Rp": "IDR",
    "Bt": "THB",
    "SR": "SAR",
    **dict.fromkeys(
        "CHF VND MYR IDR THB SGD HKD AUD CAD NZD USD EUR GBP INR PKR NGN KES ZAR EGP AED SAR CNY "
        "RMB JPY".split()
    ),
}
_SPACED_THOUSANDS = re.compile(
    r"(?:[$€£¥₹]|\b(?:USD|EUR|GBP|CHF)\b)[ \t]?\d{1,3}(?: \d{3})+(?![\d,.]\d)"
    # and before a unit written against the digits ("18 000MW", South African copy)
    r"|(?<![\d,.])\d{1,3}(?: \d{3})+(?=(?:MW|GW|kW|MWh|GWh|km|kg)\b)"
)
# a capital of a code, at most two more letters or a full stop, a digit: every _GLUED_CODE
# match holds one, and the opening class is rare in prose, so the scan runs in C
_CODE_GATE = re.compile(r"[A-Z][A-Za-z.]{0,2}[0-9]")
# and plain counts grouped by spaces before a word ("181 400 patients", "per 100 000
# population", BMJ and WHO house style): groups of exactly three digits, not after another
# digit group (a phone number "0800 611 116") nor after a capitalised word ("May 5 200", "Camp
# 11 400 homes" are a date or a name and a count)
# (a noun after it, not a verb: "Of those 15 100 were children" is two numbers)
_SPACED_PLAIN = re.compile(
    r"(?<![\d,.])(?<!\d )\d{1,3}(?: \d{3})+(?![\d,.]?\d)"
    r"(?=[ \t]+(?!(?:were|was|are|is|of|had|have|died|who|and|or)\b)[a-z])"
)
_CAPITALISED_BEFORE = re.compile(r"(?:^|[^\w])[A-Z][\w.]*[ \t]+$")
_SPACE_THREE = re.compile(r"[0-9] [0-9]{3}(?![0-9])")
_GROUP_SPACE = re.compile(r"(?<=\d) (?=\d{3}(?!\d))")
# bytes.translate table of UTF-8 text for the two gates: 0-9 as "0", a code's capital
# (_CODE_GATE's [A-Z]) as "C", [a-z.] as "a", a space kept, any other byte (the bytes of
# a non-ASCII character too) "x". All the gates' characters are ASCII, so _CODE_GATE matches
# where the shape holds "C0", "Ca0" or "Caa0", and every match of _SPACE_THREE is a "0 000".
_GATE_SHAPE = bytes(
    48
    if 48 <= c <= 57
    else 67
    if 65 <= c <= 90
    else 97
    if chr(c) in "abcdefghijklmnopqrstuvwxyz."
    else 32
    if c == 32
    else 120
    for c in range(256)
)


def _masked(text: str) -> tuple[str, dict[int, tuple[int, str]]] | None:
    """A copy of ``text`` of the same length where "Rs1.2" reads " $1.2" and "500 000" reads
    "500,000", with where each "$" stands for which code; None when nothing changes."""
    chars = list(text)
    codes: dict[int, tuple[int, str]] = {}  # position of the "$" -> (code start, currency)
    for m in _GLUED_CODE.finditer(text):
        code = m.group(1)
        if code in _NEED_SCALE and not _NAIRA.match(text, m.end()):
            # "N1" a road, "N95" a mask, "P2" a parking level: naira and pesos are written
            # with a scale or commas ("N500m", "P3.4 billion", "N1,030")
            continue
        currency = _GLUED_CODES[code] or lexicon()["currency_prefixes"].get(code)
        if currency is None:
            continue
        a, b = m.span(1)
        chars[a : b - 1] = " " * (b - 1 - a)
        chars[b - 1] = "$"
        codes[b - 1] = (a, currency)
        for d in _DASHED_SCALE.finditer(text, b, b + 24):
            chars[d.start()] = " "
    for m in _SPACED_THOUSANDS.finditer(text):
        for g in _GROUP_SPACE.finditer(text, m.start(), m.end()):
            chars[g.start()] = ","
    for m in _SPACED_PLAIN.finditer(text):
        if _CAPITALISED_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            continue
        for g in _GROUP_SPACE.finditer(text, m.start(), m.end()):
            chars[g.start()] = ","
    masked = "".join(chars)
    return None if masked == text else (masked, codes)


_NAIRA = re.compile(
    r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s|-)?(?:m|bn|k|million|billion|trillion)\b"
)
# codes that are also road, mask, parking or ship names ("N1", "P2", "RO5"): money only with a
# scale or commas
_NEED_SCALE = frozenset({"N", "P", "R", "RO", "JD", "BD", "KD", "QR"})
# "R2.1-billion" (South African copy): the scale joined with a dash reads as spaced
_DASHED_SCALE = re.compile(r"(?<=\d)-(?=(?:million|billion|trillion)\b)")
