"""Numbers that name, date or reach something rather than count it (round 10).

:mod:`nonfigures` and :mod:`nonfigures_context` reject most dates, ages and designations;
the rules here catch the shapes they miss, all common in English news copy:

* designations after a capitalised noun or a code: "Act 154", "Camp 11", "Decree 168",
  "Light Infantry Battalion 257", "Route Nationale 1", "hospital No. 2", "Pit 4", "red flag
  1", "rank 5", "flight KR 926", "IMO 9321483", "S. 2190", "Parts 190-199", "KWST 5";
* legal and bibliographic references: "Section 14(2)(b)", "Law 6(I)/2000", "Nature 638,
  412–419 (2025)", "Global Change Biology, 32(4)", "2026;395:r2431", "1. Dobos, M. et al.",
  DOIs, and filing codes joined with asterisks ("9481**1373");
* dates and times: day ranges next to a month ("Nov. 14-16", "between 3 and 9 November",
  "December 8 to 14"), "Jul 15,2026", Persian-calendar dates ("7 Azar 1405", "Tir 15,
  1405"), "13.05 IST", "2 hours 11 mins ago";
* ages in lists and predicates: "Salim Qureshi, 52, and Devender Rawat, 38", "aged 7 and
  12", "ages six and nine", "initials RA, 47,", "who were only 17", "aged over 80", "I'm 34";
* numbers to call: "call 115", "calling 119 in an emergency", "on 101, quoting incident
  2745", "on 114 14", "hotline, 80077000", "Call 896 6000", "the 12306 app", "011-22162345"
  (not "call for 500 troops");
* the titles of linked stories: "Related news: ... 3 key facts", "Go deeper: The 5 biggest".

:func:`reference_non_figure` is asked about each number phrase after the other two modules.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .lexicon import lexicon

if TYPE_CHECKING:
    from .numbers import Atom

_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
)
_MONTH_BEFORE = re.compile(rf"\b{_MONTHS}\.?[ \t]+(?:the[ \t]+)?$")
# (a footnote mark may be glued to the month: "on 26 November1")
_MONTH_AFTER = re.compile(rf"[ \t]+(?:of[ \t]+)?{_MONTHS}(?![a-z])")
_RATE_AFTER = re.compile(r"[ \t]*(?:%|per\b|percent\b)", re.I)
_YEAR_GLUED = re.compile(r"\d{1,2},[12]\d{3}(?!\d)")  # "Jul 15,2026": a day and a year
_PERSIAN = r"(?:Farvardin|Ordibehesht|Khordad|Tir|Mordad|Amordad|Shahrivar|Mehr|Aban|Azar|Dey|Bahman|Esfand)"
_PERSIAN_BEFORE = re.compile(rf"\b{_PERSIAN}[ \t]+$")
_PERSIAN_YEAR_AFTER = re.compile(r",?[ \t]+1[34]\d\d\b")
_PERSIAN_AFTER = re.compile(rf"[ \t]+{_PERSIAN}[ \t]+1[34]\d\d\b")
_ZONES = (
    r"IST|PKT|NPT|BDT|WIB|WITA|WIT|JST|KST|HKT|SGT|PHT|MYT|ICT|EAT|WAT|CAT|SAST|AEST|AEDT|ACST|"
    r"AWST|NZST|NZDT|CEST|CET|EET|EEST|BST|GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|MSK|IRST|TRT|AST"
)
_CLOCK_ZONE = re.compile(rf"(?:[01]?\d|2[0-3])[.:][0-5]\d[ \t]+(?:hrs[ \t]+)?(?:{_ZONES})\b")
_SHORT_UNIT_AFTER = re.compile(r"[ \t]+(?:mins?|secs?|hrs?)\b\.?(?![ \t]*[a-z]*[ \t]+(?:of)\b)")

# capitalised nouns that a number names one of (a lowercase form only where noted below)
_NAMED = (
    r"Act|Camp|Decree|Kebele|Woreda|Battalion|Brigade|Regiment|Division|Ward|Zone|Pit|Shaft|Law|"
    r"Part|Parts|Office|Nationale|Ordinance|Regulation|Schedule|Annex|Protocol|Directive|Plot|"
    r"Precinct|Station|Reactor|Radio|News|TV|FM|Stuttgart|Unit|Circle|Sector|District|Block"
)
_NAMED_BEFORE = re.compile(
    rf"(?<![\w'’-])(?:{_NAMED}|(?:camp|kebele|woreda|battalion|decree|rank|flag|tier|pit|ward|train|paras?|rows?))"
    r"[ \t]+$"
)
_NUMBER_SIGN_BEFORE = re.compile(r"(?<![\w])No\.[ \t]*$")
_CODE_BEFORE = re.compile(r"(?<![\w.&'’-])(?:[A-Z]{2,5}|[A-Z]\.(?:[A-Z]\.)?)[ \t]+$")
_QUOTED_BEFORE = re.compile(r"\b(?:at|to|from)[ \t]+$")
_NOT_CODES = frozenset({"US", "UK", "EU", "UN", "AU", "I"})
_COUNT_AFTER = re.compile(
    r"[ \t]+(?:people|persons|dead|killed|injured|hurt|wounded|missing|deaths|victims|homes|"
    r"houses|families|children|residents|soldiers|civilians|others|more|of)\b",
    re.I,
)
_NAME_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")
_BLOCK_OF_AFTER = re.compile(r"[ \t]+block[ \t]+of[ \t]+[A-Z]")
_PLURAL_AFTER = re.compile(
    r"[ \t]+(?!(?:was|is|has|as|this|its|says|plus|thus|across|unless|whereas)\b)[a-z]+s\b"
)
_CODE_AFTER = re.compile(r"[ \t]+(?:CFR|USC|U\.S\.C\.)\b")  # "49 CFR Parts 190-199"

# references
_SUB_AFTER = re.compile(r"\((?:[ivxIVX]{1,4}|[a-z]|\d{1,3})\)")  # "14(2)", "6(I)", "32(4)"
_VOLUME_AFTER = re.compile(r",[ \t]*\d+[–-]\d+[ \t]*\([12]\d{3}\)")  # "638, 412–419 (2025)"
_PAGES_AFTER = re.compile(r"[ \t]*\([12]\d{3}\)")
_PAGES_BEFORE = re.compile(r"\b\d+,[ \t]*$")
_CITED_VOLUME_BEFORE = re.compile(r"\b[12]\d{3};[ \t]*$")  # "2026;395:r2431"
_REFERENCE_ITEM_AFTER = re.compile(r"\.[ \t]+[A-Z][\w'’-]+,[ \t]+[A-Z]\.")  # "1. Dobos, M."
_DOI = re.compile(r"(?:doi:|https?://)?(?:dx\.)?(?:doi\.org/)?10\.\d{4,9}/", re.I)

# ages
_NUMBER_WORD = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty"
)
_AGE_LIST_BEFORE = re.compile(
    rf"\b(?:aged?|ages)[ \t]+(?:\d{{1,2}}|{_NUMBER_WORD})(?:[ \t]*,[ \t]*(?:\d{{1,2}}|{_NUMBER_WORD}))*"
    r"[ \t]*,?[ \t]+(?:and|or)[ \t]+$",
    re.I,
)
_AGED_LIMIT_BEFORE = re.compile(r"\baged?[ \t]+(?:over|under|above|below)[ \t]+$", re.I)
_NAME_AGE_EARLIER = re.compile(r"[A-Z][\w'’-]+,[ \t]+\d{1,2},[ \t]+(?:and[ \t]+)?")
_NAME_COMMA_BEFORE = re.compile(r"[A-Z][a-z'’-]+,[ \t]*$")
_INITIALS_BEFORE = re.compile(r"\binitials[ \t]+[A-Z]{1,4}\.?,[ \t]*$")
_AGE_PREDICATE_BEFORE = re.compile(
    r"\b(?:who[ \t]+(?:is|was|were|are)(?:[ \t]+(?:only|just|barely))?"
    r"|I['’]m|I[ \t]+am|[Hh]e['’]s|[Ss]he['’]s)[ \t]+$"
)
_AGE_PREDICATE_AFTER = re.compile(
    r"[ \t]*(?:[,.;)!?\"”]|$)|[ \t]+(?:were|was|are|is|and|when|at|years)\b"
)
_HANGING_AGE_AFTER = re.compile(r"-[ \t]+(?:to|and)[ \t]+\d{1,2}-year")  # "15- to 24-year-olds"
# "One in four of them is over 75", "Most of the cases are over 60": an age limit said of people
_PEOPLE_ARE_OVER_BEFORE = re.compile(
    r"\b(?:of[ \t]+them|cases|patients|victims|people|residents|deceased|dead|those)[ \t]+"
    r"(?:is|are|was|were)[ \t]+(?:aged[ \t]+)?(?:over|under|above|below)[ \t]+$"
)
_TALLY_OF = re.compile(r"\b(?:number|total|count|tally)[ \t]+of\b", re.I)
_FILE_SIZE_AFTER = re.compile(r"[ \t]*(?:KB|MB|GB|kB)\)")
_END_AFTER = re.compile(r"[ \t]*(?:[.;)]|$)")

# numbers to call
_CALL_BEFORE = re.compile(
    r"(?:\b(?i:call|calling|dial|dialling|dialing|ring|phone|contact|contacting|reach|"
    r"hotline|helpline)\b[^.;!?]{0,50}?\b(?:on|at)|\bline[ \t]+on"
    r"|\b(?:[Cc]all|CALL|[Cc]alling|[Dd]ial|[Dd]ialling|[Dd]ialing|[Rr]ing)(?:[ \t]+the)?)[ \t]+$"
)
_CALLED_AFTER = re.compile(
    r"[ \t]*(?:[,.;:)(\[]|or\b|for\b|to\b|from\b|in\b|and\b|now\b|$)|[ \t]+[A-Z0-9(]"
)
_LINE_LABEL_BEFORE = re.compile(
    r"\b(?:[Hh]otline|[Hh]elpline|[Hh]elp[ \t]+line|WhatsApp|SMS|[Pp]hone|[Tt]el|[Mm]obile|[Ff]ax)"
    r"[ \t]*[,:][ \t]*$"
)
_ID_BEFORE = re.compile(
    r"\b(?:incident|reference|ref\.?|log)[ \t]+(?:number[ \t]+|no\.?[ \t]+)?$", re.I
)
_APP_AFTER = re.compile(
    r"[ \t]+(?:app|hotline|helpline)\b(?![ \t]+(?:calls|workers|staff|operators))"
)
_SMS_AFTER = re.compile(r"[ \t]*\((?:SMS|sms|text|toll-free|free)\)")
# the short numbers of emergency services, before the word for a call to them ("the first
# 911 call came in at 2:47 p.m.")
_EMERGENCY_NUMBERS = frozenset(
    {"000", "100", "101", "102", "108", "110", "111", "112", "115", "117"}
)
_EMERGENCY_NUMBERS |= {"118", "119", "122", "911", "999"}
_CALL_NOUN_AFTER = re.compile(
    r"[ \t]+(?:call|caller|dispatcher|operator|line)\b"
)  # (singular: "112 calls" counts)
_GROUP_BEFORE = re.compile(r"(?<![\d,.])(\d{2,5})[ \t]+$")

# fixed sets, "a defining group" (the corpora's convention): "the country's 31 provinces", "the
# EU's 27 member states", "across all 24 states", "five of the 36 states and Union Territories"
_SUBDIVISIONS = (
    r"(?:[ \t]+[a-z]+)?[ \t]+(?:member[ \t]+(?:states|countries|nations)|states|provinces|regions|"
    r"districts|counties|prefectures|municipalities|oblasts|governorates|emirates|cantons|"
    r"departments|territories|councils|local[ \t]+authorities|constituencies|cities[ \t]+and[ \t]+provinces)\b"
)
_SUBDIVISIONS_AFTER = re.compile(_SUBDIVISIONS)
_SET_BEFORE = re.compile(
    r"(?:(?:\b[A-Z][\w.-]*|\b(?:country|nation|city|state|region|bloc|union|island|kingdom))['’]s"
    r"|\ball(?:[ \t]+of)?(?:[ \t]+the)?)[ \t]+$"
)
# (a numerator before makes the set's size a figure: "17 out of the country's 18 states")
_NUMERATOR_BEFORE = re.compile(
    rf"(?:\d|\b(?:{_NUMBER_WORD}|[a-z]+ty(?:-[a-z]+)?))[ \t]+(?:out[ \t]+)?of[ \t]+(?:the[ \t]+)?"
    r"(?:[\w.-]+['’]s[ \t]+)?$",
    re.I,
)
_CI_BEFORE = re.compile(
    r"(?:\b(?:confidence|credible|uncertainty)[ \t]+(?:interval|range)|\b(?:CI|UI)|\(range)[ \t:,]*$"
)
_CI_AFTER = re.compile(r"[ \t]+(?:(?:confidence|credible|uncertainty)[ \t]+interval|CI)\b")

# titles of linked stories
_LINK_LABEL = re.compile(
    r"(?:\b(?:Read more|READ MORE|Also read|ALSO READ|Read next|RELATED|Go deeper"
    r"|Related[ \t]+(?:news|News|articles|Articles|stories|Stories)|Editor['’]s Choice"
    r"|You may also (?:like|be interested in))[ \t]*:?"
    r"|\b(?:Related|Explainer|Watch)[ \t]*:)[ \t]+[^.!?]{0,60}$"
)

_LINK_WORDS = ("ead", "EAD", "elated", "deeper", "Choice", "xplainer", "Watch", "may also")

# Cheap gates (perf round 10). Each rule's pattern that must end the text before ("...[ \t]+$")
# can only match when the text before, stripped of trailing blanks, ends with one of the words
# its alternatives end with; ``$`` also matches before a final newline, so "\n" is stripped too.
# A gate never says no to a match (tests/test_perf10_figures.py compares with the originals).
_BLANKS = " \t\n"
_CI_ENDS = ("interval", "range", "CI", "UI")
_SET_ENDS = ("'s", "’s", "all", "of", "the")
_LIMIT_ENDS = ("over", "under", "above", "below")
_PREDICATE_ENDS = ("is", "was", "were", "are", "only", "just", "barely", "m", "'s", "’s")
_NAMED_ENDS = tuple(
    f"{_NAMED}|camp|kebele|woreda|battalion|decree|rank|flag|tier|pit|ward|train|para|paras|row|rows".split(
        "|"
    )
)
_CALL_ENDS = ("on", "at", "ll", "LL", "ing", "ial", "the")
# incident, reference, ref, ref., log, number, no, no. (lowercased; re.I also reads "ı" as "i")
_ID_ENDS = ("ncident", "reference", "ref", "ref.", "log", "number", "no", "no.")
_CODE_LAST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ.")
_PERSIAN_ENDS = tuple(_PERSIAN[3:-1].split("|"))
_MONTH_ENDS = (*_MONTHS[3:-1].split("|"), ".", "the")
# The patterns on the text after a number that open with "[ \t]+" are tried only when the first
# character after those blanks can open them: a month or "of", a Persian month (a capital),
# "mins"/"secs"/"hrs", a count word of _COUNT_AFTER (re.I: also the Kelvin sign, the long s and
# the dotless/dotted i), "block", "CFR"/"USC"/"U.S.C.".
_MONTH_FIRST = frozenset("JFMASONDo")
_SHORT_UNIT_FIRST = frozenset("msh")
_COUNT_FIRST = frozenset("pdkihwmvfcrsoPDKIHWMVFCRSO\u212a\u017f\u0131\u0130")
_CODE_AFTER_FIRST = frozenset("CU")


def _plain_int(text: str, atom: Atom) -> bool:
    return (
        atom.kind == "num"
        and not atom.spelled
        and not atom.scaled
        and atom.currency is None
        and text[atom.start : atom.end].isdigit()
    )


def _currency_code(word: str) -> bool:
    return word in lexicon()["currency_prefixes"]


def reference_non_figure(text: str, first: Atom, last: Atom, is_range: bool, before: str) -> bool:
    """True when the number phrase ``text[first.start:last.end]`` names, dates or reaches something.

    ``before`` is the text just before it (numbers.py passes 60 characters); see the module doc.
    """
    s, e = first.start, last.end
    # (_LINK_WORDS written out: substring tests without a generator, cheaper than one regex scan)
    if (
        "ead" in before
        or "EAD" in before
        or "elated" in before
        or "deeper" in before
        or "Choice" in before
        or "xplainer" in before
        or "Watch" in before
        or "may also" in before
    ) and _LINK_LABEL.search(before):
        return True  # "Related news: Lewotobi eruption: 3 key facts about ..."
    if first.kind != "num":
        return False
    prev = text[s - 1 : s]
    nxt = text[e : e + 1]
    if prev == "*" or nxt == "*":
        return True  # a filing code "9481**1373"
    # (the text before is blank only when it is empty or opens with a blank)
    if (s == 0 or text[0].isspace()) and not text[:s].strip() and text[e:].strip() in (".", ")"):
        return True  # a list marker on a line of its own: "1." before "Dobos, M. et al."
    # the text before without the blanks that end it: the gates below read its last word
    tail = before.rstrip(_BLANKS)
    # the first character after the blanks that follow the number ("" when no blank follows)
    if nxt == " " or nxt == "\t":
        c = text[e + 1 : e + 2]
        if c == " " or c == "\t":
            c = text[e:].lstrip(" \t")[:1]
    else:
        c = ""
    if "," in text[s + 1 : s + 3] and _YEAR_GLUED.match(text, s) and _MONTH_BEFORE.search(before):
        return True  # "Jul 15,2026": a day and a year
    if "PDF" in before[-12:] and _FILE_SIZE_AFTER.match(text, e):
        return True  # "(PDF, 4.8 MB)": a download's size
    if (before[-32:].rstrip(" \t:,\n").endswith(_CI_ENDS) and _CI_BEFORE.search(before[-32:])) or (
        "%" in text[s : e + 1] and _CI_AFTER.match(text, e + 1)
    ):
        return True  # "(95% confidence interval 37,600–86,000)", "(range 1.0 million–1.7 million)"
    if (
        not first.spelled
        and first.currency is None
        and tail.endswith(_SET_ENDS)
        and _SUBDIVISIONS_AFTER.match(text, e)
        and _SET_BEFORE.search(before[-30:])
        and not _NUMERATOR_BEFORE.search(before[-40:])
    ):
        return True  # "the country's 31 provinces": a fixed set
    if (
        not first.scaled
        and first.currency is None
        and not is_range
        and first.value < 120
        and _age(text, first, e, before, tail)
    ):
        return True
    plain = _plain_int(text, first) and (last is first or _plain_int(text, last))
    if plain and (
        (text[s] == "0" and first.end - s >= 2) or (text[last.start] == "0" and e - last.start >= 2)
    ):
        return True  # a leading zero: "Kebele 03", "011-22162345", "440-0838"
    if plain and (
        _reference(text, s, e, before, nxt, c)
        or _date(text, first, last, is_range, before, tail, c)
    ):
        return True
    if (
        ("." in text[s + 1 : s + 3] or ":" in text[s + 1 : s + 3])
        and text[s : s + 1].isdigit()
        and text[s:e].replace(".", "").isdigit()
        and _CLOCK_ZONE.match(text, s)
    ):
        return True  # "13.05 IST"
    if not plain:
        return False
    if _designation(text, first, e, before, tail, c) or (
        c == "b" and _BLOCK_OF_AFTER.match(text, e)
    ):
        return True  # ... "the 400 block of Birch Lane" (an address)
    return _to_call(text, s, e, before, tail)


def _reference(text: str, s: int, e: int, before: str, nxt: str, c: str) -> bool:
    """A legal or bibliographic reference: "14(2)", "6(I)", "638, 412–419 (2025)", a DOI."""
    prev = text[s - 1 : s]
    if prev == "(" and text[s - 2 : s - 1].isalnum() and nxt == ")":
        return True  # "Section 14(2)(b)", "S2215-0366(26)"
    if nxt == "(" and _SUB_AFTER.match(text, e):
        return True  # "Law 6(I)/2000", "Biology, 32(4)"
    if nxt == "," and _VOLUME_AFTER.match(text, e):
        return True  # the volume of "Nature 638, 412–419 (2025)"
    if (nxt == "(" or c == "(") and _PAGES_AFTER.match(text, e) and _PAGES_BEFORE.search(before):
        return True  # its pages
    if nxt == ":" and _CITED_VOLUME_BEFORE.search(before):
        return True  # "2026;395:r2431"
    if nxt == "." and _REFERENCE_ITEM_AFTER.match(text, e):
        return True  # "1. Dobos, M. et al."
    return "/" in text[s : e + 12] and bool(_DOI.match(text, text.rfind(" ", 0, s) + 1))


def _date(
    text: str, first: Atom, last: Atom, is_range: bool, before: str, tail: str, c: str
) -> bool:
    """A day or a range of days next to a month, "Nov. 14-16", a Persian-calendar date."""
    e = last.end
    if first.value <= 31 and last.value <= 31:
        if (
            is_range
            and not _RATE_AFTER.match(text, e)
            and not (c in _COUNT_FIRST and _COUNT_AFTER.match(text, e))
        ):
            if (tail.endswith(_MONTH_ENDS) and _MONTH_BEFORE.search(before)) or (
                c in _MONTH_FIRST and _MONTH_AFTER.match(text, e)
            ):
                return True  # "Nov. 14-16", "between 3 and 9 November", "December 8 to 14"
        if (
            not is_range
            and c in _MONTH_FIRST
            and _MONTH_AFTER.match(text, e)
            and text[e : e + 1] == " "
        ):
            m = _MONTH_AFTER.match(text, e)
            if text[m.end() : m.end() + 1].isdigit():
                return True  # "on 26 November1" (a footnote mark glued to the month)
        if (
            tail.endswith(_PERSIAN_ENDS)
            and _PERSIAN_BEFORE.search(before)
            and _PERSIAN_YEAR_AFTER.match(text, e)
        ):
            return True  # "(Tir 15, 1405)"
        if c.isupper() and _PERSIAN_AFTER.match(text, e):
            return True  # "(7 Azar 1405)"
    return bool(
        c in _SHORT_UNIT_FIRST and _SHORT_UNIT_AFTER.match(text, e) and first.value < 1000
    )  # "2 hours 11 mins ago"


def _designation(text: str, first: Atom, e: int, before: str, tail: str, c: str) -> bool:
    """A number that names one of a series: "Camp 11", "hospital No. 2", "flight KR 926"."""
    if c in _COUNT_FIRST and _COUNT_AFTER.match(text, e):
        return False  # "Zone 3 people ..." is rare; "Camp 11 dead" in a headline is a count
    if (tail.endswith(_NAMED_ENDS) and _NAMED_BEFORE.search(before[-20:])) or (
        tail.endswith("No.") and _NUMBER_SIGN_BEFORE.search(before[-8:])
    ):
        return True
    m = tail[-1:] in _CODE_LAST and _CODE_BEFORE.search(before, max(0, len(before) - 10))
    if m:
        code = m.group(0).strip()
        # (a value quoted in a unit's code: "assessed at WS 94")
        if (
            code not in _NOT_CODES
            and not _currency_code(code)
            and not _QUOTED_BEFORE.search(before[: m.start()])
            and not _PLURAL_AFTER.match(text, e)  # "NATO 32 members": a count
        ):
            return True  # "flight KR 926", "IMO 9321483", "S. 2190", "KWST 5"
    if first.value >= 10000 and before.endswith(("the ", "The ")) and _NAME_AFTER.match(text, e):
        return True  # "the 12051 Dadar-Madgaon Jan Shatabdi": a train's number (no thousands comma)
    return bool(c in _CODE_AFTER_FIRST and _CODE_AFTER.match(text, e))


def _age(text: str, first: Atom, e: int, before: str, tail: str) -> bool:
    """An age in a list or a predicate: "Rawat, 38.", "aged 7 and 12", "who were only 17"."""
    if first.value >= 120:
        return False
    if "age" in before.lower() and (
        _AGE_LIST_BEFORE.search(before[-40:]) or _AGED_LIMIT_BEFORE.search(before[-20:])
    ):
        return True
    if text[e : e + 1] == "-" and _HANGING_AGE_AFTER.match(text, e):
        return True  # "the rate among 15- to 24-year-olds"
    if (
        tail.endswith(_LIMIT_ENDS)
        and _PEOPLE_ARE_OVER_BEFORE.search(before[-30:])
        and _AGE_PREDICATE_AFTER.match(text, e)
        and not _TALLY_OF.search(before[-40:])  # "the number of cases was over 60."
    ):
        return True  # "One in four of them is over 75,"
    if "initials" in before and _INITIALS_BEFORE.search(before[-20:]):
        return True  # "his initials RA, 47, as a suspect"
    if tail[-1:] == "," and _NAME_COMMA_BEFORE.search(before[-20:]) and _END_AFTER.match(text, e):
        # the last of a list of names with ages: "Salim Qureshi, 52, and Devender Rawat, 38."
        return bool(_NAME_AGE_EARLIER.search(text, max(0, first.start - 120), first.start))
    return bool(
        tail.endswith(_PREDICATE_ENDS)
        and _AGE_PREDICATE_BEFORE.search(before[-24:])
        and _AGE_PREDICATE_AFTER.match(text, e)
    )


def _to_call(text: str, s: int, e: int, before: str, tail: str) -> bool:
    """A telephone number, a short code or an incident number (three digits or more)."""
    if e - s >= 3:
        if (
            tail.endswith(_CALL_ENDS)
            and _CALL_BEFORE.search(before)
            and _CALLED_AFTER.match(text, e)
        ):
            return True  # "call 115 in an emergency", "Police Scotland on 101, quoting"
        if (tail[-1:] in (",", ":") and _LINE_LABEL_BEFORE.search(before[-20:])) or (
            tail[-9:].lower().endswith(_ID_ENDS) and _ID_BEFORE.search(before[-24:])
        ):
            return True  # "a hotline, 80077000", "WhatsApp: 87622", "incident 2745"
        if before.endswith(("the ", "The ")) and _APP_AFTER.match(text, e):
            return True  # "the 12306 app"
        if _SMS_AFTER.match(text, e):
            return True  # "or 6767 (SMS)"
        if text[s:e] in _EMERGENCY_NUMBERS and _CALL_NOUN_AFTER.match(text, e):
            return True  # "the first 911 call"
    g = tail[-1:].isdigit() and _GROUP_BEFORE.search(before)
    if g and e - s >= 2:
        # the second group of a number to call: "on 114 14", "Call 896 6000", "87622 88888"
        head = before[: g.start(1)]
        return bool(_CALL_BEFORE.search(head) or _LINE_LABEL_BEFORE.search(head[-20:]))
    return False


# What makes a number the rules above took for a name, an age or a code a count after all:
# an outlet or a body told it ("told AFP 14 died", "told ABC News 300 firefighters"); a plural
# noun after a lower-case series word ("in the intensive care ward 12 patients died"); a group
# of people "who were 60"; a place, not a person, before "Kano, 12, Kaduna, 9, and Lagos, 40".
_TOLD_NAME_BEFORE = re.compile(
    r"\b(?:told|tells|telling)[ \t]+(?:the[ \t]+)?(?:[A-Z][\w.&'’-]*[ \t]+){1,3}$"
)
_LOWER_SERIES_BEFORE = re.compile(
    r"(?<![\w-])(?:ward|rows?|train|flag|rank|tier|pit|camp|battalion)[ \t]+$"
)
_COUNTED_AFTER = re.compile(
    r"[ \t]+(?:(?!(?:was|is|has|as|this|its|says|plus|thus|mins|hrs|secs)\b)[a-z]+s|died|were|are|had|have)\b"
)
_WHO_WERE_BEFORE = re.compile(r"\bwho[ \t]+(?:were|are)[ \t]+$")
_ONE_WORD_NAME_BEFORE = re.compile(
    r"(?:^|(?<![\w'’-])[a-z]+[ \t]+|[,;:(][ \t]*)[A-Z][a-z'’-]+,[ \t]*$"
)


def counted_after_all(text: str, first: Atom, before: str) -> bool:
    """Whether a number :func:`reference_non_figure` took for a name, an age or a code is a count
    after all (called only when it said so)."""
    e = first.end
    counted = _COUNTED_AFTER.match(text, e)
    if counted and _TOLD_NAME_BEFORE.search(before[-40:]):
        return True  # "told AFP 14 died" ("told KWST 5 that" is the station's name)
    if counted and _LOWER_SERIES_BEFORE.search(before[-20:]):
        return True  # "ward 12 patients", "row 3 seats": a count of the noun after
    if _WHO_WERE_BEFORE.search(before[-20:]):
        return True  # "The migrants, who were 60, were rescued": a headcount
    return bool(before.rstrip().endswith(",") and _ONE_WORD_NAME_BEFORE.search(before[-30:]))
