"""Segmentation of an article: headline, sub-headings, paragraphs, sentences, datelines, credits.

Everything here works on offsets into ``Document.text`` so that the spans of
claims can point back at the exact words. No text is copied or rewritten.

Rules (each a common convention of English news copy):

* the headline is ``document.title`` when the first non-empty line starts with it
  (a line that runs headline and stand-first together keeps only the headline
  part), else the first non-empty line;
* paragraphs are separated by blank lines; a single-line paragraph that is short
  and has no final punctuation is a *sub-heading*;
* a line that is only a place name and a colon ("Seoul:") is a *place dateline*
  (a location, never a source);
* a paragraph that opens with ``PLACE (Agency) -`` or ``(Agency) —`` carries a
  *wire dateline*: the agency is an article-level source;
* a last paragraph such as ``-- AFP`` or ``(With agencies inputs)`` is a
  *trailing credit*;
* a byline ``By Jane Doe, Reuters`` near the top names an article-level agency like
  a wire dateline (the reporters are not sources); staff credits
  ``(Reporting by ...; Editing by ...)`` are neither sources nor body text;
* sentences end at ``.``, ``!`` or ``?`` (with closing quotes/brackets) followed by
  a space and a capital, digit or opening quote, except after abbreviations
  ("U.S.", "Dr.", "Oct.", "p.m.") and inside decimals.
"""

from __future__ import annotations

import re

from attrs import frozen

from ._record import Record

Span = tuple[int, int]


class Sentence(Record):
    """A sentence (or a headline / sub-heading line) as offsets into the text."""

    __slots__ = ("start", "end", "paragraph", "headline", "subheading")

    def __init__(
        self, start: int, end: int, paragraph: int, headline: bool = False, subheading: bool = False
    ):
        self.start = start
        self.end = end
        self.paragraph = paragraph
        self.headline = headline
        self.subheading = subheading


class Paragraph(Record):
    """A block of text between blank lines, with its kind and sentences."""

    __slots__ = ("index", "start", "end", "kind", "sentences")

    def __init__(
        self, index: int, start: int, end: int, kind: str, sentences: tuple[Sentence, ...] = ()
    ):
        self.index = index
        self.start = start
        self.end = end
        self.kind = (
            kind  # headline | standfirst | subheading | body | place | credit | byline | links
        )
        self.sentences = sentences


@frozen
class Dateline:
    """A wire dateline such as ``SEOUL (Reuters) -``: the agency and the cue as written."""

    agency: str
    cue: str
    span: Span  # the agency name inside the dateline
    place: str | None = None


@frozen
class Credit:
    """A trailing credit: ``-- AFP`` (agency) or ``(With agencies inputs)`` (generic)."""

    agency: str | None  # None for generic "agencies"
    cue: str
    span: Span  # the agency word(s)
    # a credit line inside the article ("(Yonhap)" after the agency's paragraphs, before the
    # outlet's own) covers only the text before this offset; None: the whole article
    until: int | None = None


@frozen
class Layout:
    """The segmented article."""

    paragraphs: tuple[Paragraph, ...]
    datelines: tuple[Dateline, ...]
    credits: tuple[Credit, ...]

    @property
    def sentences(self) -> list[Sentence]:
        """Every sentence in text order, headline and sub-headings included."""
        return [s for p in self.paragraphs for s in p.sentences]


# DW's sign-off "lh/sms (dpa, Reuters)": the editors' initials, then the agencies drawn on
_SIGNOFF = re.compile(
    r"^[a-z]{2,4}(?:/[a-z]{2,4})+\s*\((?P<agencies>[A-Za-z][\w.&'’ -]{0,30}"
    r"(?:,\s*[A-Za-z][\w.&'’ -]{0,30})*)\)\s*$"
)
# A wire service's name on a line of its own under the headline ("KYODO", "AFP"): the
# agency's copy, as in a dateline.
_WIRES = (
    r"AFP|Reuters|AP|dpa|DPA|Xinhua|ANI|PTI|IANS|UNI|Belga|ANSA|EFE|Kyodo|Yonhap|"
    r"Bernama|APP|Anadolu|AA|TASS|PAP|CTK|BTA|Lusa|AAP|Jiji|KUNA|WAM|SPA|MENA|APA|IRNA|"
    r"Antara|ANTARA|VNA|PNA|QNA|NAN|KNA|Interfax|Ukrinform|Agerpres|KYODO|REUTERS|Xinhua|XINHUA"
)
_AGENCY_LINE = re.compile(rf"(?:{_WIRES})")
# a last line listing wire services ("KYODO, JIJI"), or the material the story was written with
_AGENCY_LIST = re.compile(
    rf"^(?P<agencies>(?:{_WIRES}|JIJI|Jiji|KYODO)(?:\s*(?:,|/|and)\s*(?:{_WIRES}|JIJI|Jiji|KYODO))+)\s*$"
)
_WITH_MATERIAL = re.compile(
    r"^(?:This (?:article|story|report) (?:was|has been) (?:written|compiled|produced|put together) )?"
    r"[Ww]ith (?:material|reporting|information|input|inputs) from "
    r"(?P<agencies>[A-Za-z][\w.&'’ -]{0,30}(?:,\s*[A-Za-z][\w.&'’ -]{0,30})*(?:,?\s+and\s+[A-Za-z][\w.&'’ -]{0,30})?)"
    r"\.?\s*$"
)
_BRACKETED_WIRE = re.compile(rf"\(({_WIRES}|JIJI|Jiji)\)")  # "(Yonhap)" on a line of its own
# Dateline codes the gazetteer cannot take as aliases ("AA" is also an airline and a fellowship)
WIRE_CODES = {"AA": "Anadolu Agency"}
_BLANK = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_LINE = re.compile(r"[^\n]+")
_PLACE_LINE = re.compile(r"^[A-Z][\w.'’ -]{0,40}(?:, [A-Z][\w.'’ -]{0,30})?:$")
_WIRE = re.compile(
    # "LONDON/NEW YORK, June 13 (Reuters) -": several places; "ISLAMABAD, Aug 27 (APP):"
    r"^(?P<place>[A-Z][A-Z.'’ /-]{1,40}(?:, [A-Z][\w.'’ -]{0,30})?)?\s*"
    r"\((?P<agency>[A-Za-z][\w.&'’ -]{0,30})\)\.?\s*(?P<dash>--|[-—–:])\s*"
)
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# The same dateline with the place in title case and a date: "Copenhagen, August 6 (Reuters) –",
# and Indian agency copy, where the state may follow the town in brackets and no dash comes
# before the text: "Morbi (Gujarat), Nov 1 (PTI) The death toll ...". The date is required:
# without it "The World Health Organization (WHO) — ..." would read as a dateline.
_WIRE_DATED = re.compile(
    r"^(?:(?P<place>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?: \([A-Z][\w .'’-]{1,30}\))?"
    r"(?: \[[A-Z][\w .'’-]{1,30}\])?"  # ANI's "Guntur (Andhra Pradesh) [India], January 10 (ANI):"
    # the place may be left out: "April 14 (Reuters) -" (a factbox, a story from no one city)
    # ("KOLWEZI, Democratic Republic of Congo, Nov 26 (Reuters) -": "of" inside a country)
    rf"(?:, [A-Z][\w.'’-]*(?: (?:of |the )?[A-Z][\w.'’-]*){{0,3}})?), )?{_MONTH} \d{{1,2}}(?(place)(?:,? \d{{4}})?|)\s*"
    r"\((?P<agency>[A-Za-z][\w.&'’ -]{0,30})\)\.?\s*(?:(?P<dash>--|[-—–:])\s*|(?=[A-Z\"“‘']))"
)  # (a year only after a place: "November 25, 2026 (EL-OBEID) –" puts the place in brackets)
# "Washington (AFP) - ...", "Kathmandu (dpa) – ...": a title-case place without a date, with
# one of the wire services that write their datelines so.
_WIRE_TITLE = re.compile(
    r"^(?P<place>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})\s*"
    rf"\((?P<agency>{_WIRES})\)\.?\s*"
    r"(?P<dash>--|[-—–:])\s*"
)
# "MOSCOW, November 26. /TASS/." (TASS's own form) and "Khorramabad, IRNA --" (a place, a
# comma and a wire service's name, no brackets)
_WIRE_SLASHED = re.compile(
    rf"^(?P<place>[A-Z][\w.'’ -]{{1,40}}), {_MONTH} \d{{1,2}}(?:,? \d{{4}})?\.?\s*"
    r"/(?P<agency>[A-Z][\w-]{1,20})/\.?(?P<dash>\s*(?:--|[-—–:])?)\s*"
    rf"|^(?P<place2>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,2}}), (?P<agency2>{_WIRES}|WAFA)\s*"
    r"(?P<dash2>--|[-—–:])\s*"
)
_CREDIT_DASH = re.compile(r"^(?:--|[—–-])\s*(?P<agency>[A-Z][\w.&'’ -]{0,40}?)\s*$")
# "Source: World Health Organization" closing a bulletin or a rewrite: the body it comes from
_CREDIT_SOURCE = re.compile(
    r"^(?:Source|SOURCE)s?:\s*(?P<agency>[A-Z][\w.&'’ ()-]{1,60}?)(?:/[A-Za-z]{2,4})*\.?\s*$"
)
# "Keystone-SDA/jdp", "Bernama/SCN/fh": a wire service's name and the editors' initials closing
# a page of its copy
_AGENCY_INITIALS = re.compile(r"^(?P<agency>[A-Z][\w.&'’-]{1,30})(?:/[A-Za-z]{2,4})+\s*$")
_CREDIT_WITH = re.compile(
    # (an outlet's name in capitals may come first: "(CMI with AFP)", "(SEINE 24 with AFP)")
    r"^(?:[(*]|--|[—–])?\s*(?-i:[A-Z][A-Z0-9]{1,9}(?:\s+[A-Z0-9]{1,9}){0,2}(?:/[A-Z]{2,4})*\s+)?(?P<cue>with (?:inputs? from |information from |files from |assistance from |"
    r"(?:a )?reports? from |reporting from |additional reporting (?:by|from) )?"
    r"(?P<agency>[\w.&'’ -]{1,40}?)(?:'s)?(?: inputs?)?)\.?\s*\)?\s*$",
    re.IGNORECASE,
)
# A reporter's name in a credit: two or three capitalised words with no word of an agency
_PERSON_CREDIT = re.compile(
    r"(?!.*\b(?:Press|News|Agency|Agence|Presse|Service|Wire|Media|Agencies|Bureau)\b)"
    r"[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}"
)
_INPUTS_FROM = re.compile(r"\(?\s*With inputs? from ([^()]{3,40}?)\s*\)?\s*$")
# "Additional reporting by Reuters": an agency's reporting in the story (a person's name is a
# staff credit, no hop)
_ADDITIONAL_BY = re.compile(
    r"^\(?\s*[Aa]dditional reporting by (?P<agency>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,2})\s*\)?\.?\s*$"
)
# A block of links to other stories: "Keep reading" (or "Related stories", "Read more" on a
# line of its own), then the linked headlines, "list 1 of 3" counters, "end of list". The
# headlines' numbers ("5 things to know") are not the story's figures.
_LINKS_OPEN = re.compile(
    r"^(?:Keep reading|Read more|Read next|More on this(?: story)?|More stories|Most read|"
    r"Related(?: stories| articles| coverage| content| reading)?|Recommended(?: stories)?|"
    r"You may also like|Also on [A-Z][\w ]{1,30})\s*:?$"
)
# A teaser line for another story: "READ | Six children die after ...", "Related coverage:
# Typhoon brushes Tokyo, 1 dead", "ALSO READ: ...". Its numbers are the other story's.
_TEASER = re.compile(
    r"(?:(?:ALSO |Also )?(?:READ|Read)(?: MORE| more| next| also)?|Related(?: coverage| stories| story)?|"
    r"RELATED|WATCH|Watch|LISTEN|Listen|MORE|SEE ALSO|See also)\s*[|:]\s+\S"
)
# A section label before a headline ("Exclusive: ...", "ANALYSIS | ...")
_HEADLINE_LABEL = re.compile(
    r"(?:EXCLUSIVE|Exclusive|ANALYSIS|Analysis|EXPLAINER|Explainer|OPINION|Opinion|WATCH|Watch|"
    r"LIVE|Live|BREAKING|Breaking|REVEALED|Revealed|INVESTIGATION|Investigation|FACTBOX|Factbox|"
    r"FACT CHECK|Fact check|INTERVIEW|Interview)\s*[:|]\s+(?=\S)"
)
_LIST_COUNTER = re.compile(r"list (?:of \d+ items?|\d+ of \d+)|end of list")  # whole lines
_FINAL_PUNCT = re.compile(r"[.!?:;,\"”’')\]]$")
# A byline: "By Jane Doe, Reuters", "By Jane Doe and John Roe, Associated Press". The names
# are the reporters (never sources); a trailing agency after the last comma is an
# article-level source like a wire dateline. "By Jane Doe" alone adds no hop.
_BYLINE = re.compile(
    r"^[Bb]y\s+(?P<names>[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,3}"
    r"(?:(?:,\s*|\s+and\s+)[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,3}){0,4}?)"
    r"(?:\s*(?:,|\bin\s+[A-Z][\w.'’ -]{1,30},|/)\s*(?P<agency>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}))?\s*$"
)
# "By Ivana Kostic with AP, AFP": the reporter wrote with agencies' copy (several = one
# "news agencies" hop, as in "(With agencies inputs)")
_BYLINE_WITH = re.compile(
    r"^[Bb]y\s+[^\W\d_][^\n]{1,80}?\s+with\s+(?P<agencies>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)?"
    r"(?:(?:,\s*|\s+and\s+)[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)?)*)\s*$"
)
# "L'Écho with AFP", "The Local with TT" under the headline: the outlet wrote with a wire
# service's copy (as "By X with AP, AFP")
_OUTLET_WITH = re.compile(
    rf"^(?:[Tt]he )?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){{0,3}} with (?P<agencies>(?:{_WIRES})"
    rf"(?:(?:,\s*|\s+and\s+)(?:{_WIRES}))*)\s*$"
)
# "Additional sources • AFP", "Sources: AFP, Reuters" at the foot of a page: wire copy drawn on
_SOURCES_WIRES = re.compile(
    rf"^(?:Additional |Other )?[Ss]ources?\s*[•·|:]\s*(?P<agencies>(?:{_WIRES})"
    rf"(?:(?:,\s*|\s+and\s+|\s*/\s*)(?:{_WIRES}))*)\.?\s*$"
)
# "(Reporting by ...; Editing by ...)", "Additional reporting by ...", "Writing by ...": the
# staff credits at the foot of wire copy. People named there are not sources.
_STAFF_CREDIT = re.compile(
    r"^\(?\s*(?:(?:[Aa]dditional\s+)?[Rr]eporting|[Ww]riting|[Ee]diting|[Ee]dited|[Cc]ompiled)\s+by\b[^\n]*$"
)

# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt sgt cpl adm brig cmdr cdr supt insp det gov sen rep st
    mt ft jr sr
    no nos vs etc inc corp co ltd bros dept est approx fig jan feb mar apr jun jul aug sep
    sept oct nov dec mon tue tues wed thu thur thurs fri sat sun rev hon pres sec
    u.s u.k u.n e.u a.m p.m e.g i.e d.c n.y l.a""".split()
)
# Words that, after an abbreviation such as "U.S.", do start a new sentence.
_SENTENCE_STARTERS = frozenset(
    "The A An It He She They We I But And In On At This That These Those Its His Her Their".split()
)
# One more than the longest abbreviation: a word this long before a dot is none of them.
_LONGEST = max(len(a) for a in ABBREVIATIONS) + 1
# "[.!?]+" written as "[.!?][.!?]*" (the same matches): a pattern that opens with a character
# class is searched by a scan for that class in C; one that opens with a repeat is tried at
# every character.
_BOUNDARY = re.compile(r"[.!?][.!?]*[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])")
# _BOUNDARY for a stretch of text without "!" and "?", where its class holds only the full
# stop: a literal first character, which re finds with a tight loop instead of testing a
# character class at every character.
_BOUNDARY_DOT = re.compile(r"\.\.*[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])")


# The word after a full stop (looked for within 40 characters).
_NEXT_WORD = re.compile(r"\s+[\"“‘'(\[]?(\w+)")


def split_sentences(text: str, start: int, end: int) -> list[Span]:
    """Split ``text[start:end]`` into sentence spans (whitespace trimmed)."""
    spans: list[Span] = []
    cursor = start
    plain = text.find("!", start, end) < 0 and text.find("?", start, end) < 0
    for m in (_BOUNDARY_DOT if plain else _BOUNDARY).finditer(text, start, end):
        stop = m.end()
        dot = m.start()
        if text[dot] == ".":
            # The word before the dot matters only when it is an abbreviation or a letter:
            # it is looked for within _LONGEST characters; a longer word is neither.
            floor = dot - _LONGEST if dot - _LONGEST > start else start
            word_start = dot
            while (
                word_start > floor
                and not text[word_start - 1].isspace()
                and text[word_start - 1] not in '("“'
            ):
                word_start -= 1
            word = text[word_start:dot].lower()
            if word in ABBREVIATIONS or (
                len(word) == 1 and word.isalpha() and not _after_lower_word(text, start, word_start)
            ):
                nxt = _NEXT_WORD.match(text, m.end(), m.end() + 40)
                # "U.S." ends a sentence only before a typical sentence opener.
                if not (nxt and nxt.group(1) in _SENTENCE_STARTERS and "." in word):
                    continue
        spans.append(_trim(text, cursor, stop))
        cursor = stop
    if cursor < end:
        spans.append(_trim(text, cursor, end))
    return [s for s in spans if s[1] > s[0]]


def _after_lower_word(text: str, start: int, at: int) -> bool:
    """Whether the word before ``at`` is lower-case: "posted on X. He said" (the platform),
    unlike the initial in "John F. Kennedy"."""
    before = text[max(start, at - 16) : at].split()
    return bool(before) and before[-1][:1].islower()


def _trim(text: str, start: int, end: int) -> Span:
    part = text[start:end]
    core = part.strip()  # str.strip() removes exactly the characters str.isspace() accepts
    if not core:
        return (end, end)  # all whitespace: the start runs up to the end
    start += len(part) - len(part.lstrip())
    return (start, start + len(core))


_BULLETS = frozenset("-•*–—·▪")


def _is_bullet(text: str, at: int) -> bool:
    """A list item opens at ``at``: a bullet sign and a space ("- Labour: 411 seats")."""
    return text[at] in _BULLETS and text[at + 1 : at + 2] == " "


def _blocks(text: str) -> list[Span]:
    """Blank-line separated blocks, as trimmed spans."""
    spans = []
    cursor = 0
    for m in _BLANK.finditer(text):
        spans.append(_trim(text, cursor, m.start()))
        cursor = m.end()
    spans.append(_trim(text, cursor, len(text)))
    out = []
    for s, e in spans:
        if e <= s:
            continue
        if text.find("\n", s, e) < 0:
            out.append((s, e))  # one line: a paragraph as it stands (most blocks)
            continue
        # Single newlines inside a block: a block made of several short lines is
        # treated as separate paragraphs only when each line ends a sentence.
        lines = [_trim(text, a.start(), a.end()) for a in _LINE.finditer(text, s, e)]
        lines = [ln for ln in lines if ln[1] > ln[0]]
        if len(lines) > 1 and (
            all(_FINAL_PUNCT.search(text[a:b]) for a, b in lines[:-1])
            or 3
            * sum(
                text[a].islower() and not _LIST_COUNTER.fullmatch(text, a, b) for a, b in lines[1:]
            )
            <= len(lines) - 1
        ):
            # Every line ends a sentence, or few lines go on with a lower-case word: one
            # paragraph a line, as text taken from web pages has it ("Updated: 14:05 GMT",
            # "Advertisement" and the like stand on lines of their own; a block of related
            # links has a few lower-case lines: "list 1 of 3"). Text wrapped at a fixed width
            # goes on in lower case at most of its breaks, and stays one paragraph. A run
            # of bullet items is one paragraph (the items share the attribution that
            # introduces them, as in a list separated by blank lines).
            runs: list[list[Span]] = []
            for ln in lines:
                if runs and _is_bullet(text, ln[0]) and _is_bullet(text, runs[-1][-1][0]):
                    runs[-1].append(ln)
                else:
                    runs.append([ln])
            out.extend((run[0][0], run[-1][1]) for run in runs)
        elif (
            len(lines) > 1
            and not _FINAL_PUNCT.search(text[lines[0][0] : lines[0][1]])
            and s == spans[0][0]
        ):
            # A headline directly followed by the body on the next line.
            out.append(lines[0])
            out.append((lines[1][0], e))
        else:
            out.append((s, e))
    return out


def is_subheading(line: str) -> bool:
    """A short line without final punctuation, between paragraphs."""
    words = line.split(None, 16)  # 17 parts already means too long
    return (
        0 < len(words) <= 16
        and "\n" not in line
        and not _FINAL_PUNCT.search(line)
        and not _is_bullet(line, 0)  # a list item, not a heading
    )


def segment(text: str, title: str | None = None) -> Layout:
    """Segment an article into headline, paragraphs and sentences (all as offsets)."""
    blocks = _blocks(text)
    paragraphs: list[Paragraph] = []
    datelines: list[Dateline] = []
    credits: list[Credit] = []
    links = False  # inside a block of links to other stories
    for i, (s, e) in enumerate(blocks):
        chunk = text[s:e]
        index = len(paragraphs)
        if i and (links or chunk[:1] in "KRMlYAe") and "\n" not in chunk:
            if _LINKS_OPEN.match(chunk) or _LIST_COUNTER.fullmatch(chunk):
                links = not chunk.startswith("end of list")
                paragraphs.append(Paragraph(index, s, e, "links"))
                continue
            if links and not _FINAL_PUNCT.search(chunk) and len(chunk) < 120:
                paragraphs.append(Paragraph(index, s, e, "links"))  # a linked headline
                continue
            links = False
        if i and chunk[:1] in "RAWLMS" and "\n" not in chunk and _TEASER.match(chunk):
            paragraphs.append(Paragraph(index, s, e, "links"))  # another story's teaser
            continue
        if i == 0:
            label = _HEADLINE_LABEL.match(chunk)
            if label:  # "Exclusive: Charity says ...": the label is the page's, not a source
                s += label.end()
                chunk = text[s:e]
            head_end = e
            if title and chunk.startswith(title.strip()) and title.strip():
                head_end = s + len(title.strip())
            elif "\n" in chunk:
                head_end = s + chunk.index("\n")
            head_end = _trim(text, s, head_end)[1]
            paragraphs.append(
                Paragraph(
                    index, s, head_end, "headline", (Sentence(s, head_end, index, headline=True),)
                )
            )
            rest = _trim(text, head_end, e)
            if rest[1] > rest[0]:
                index += 1
                sents = tuple(Sentence(a, b, index) for a, b in split_sentences(text, *rest))
                paragraphs.append(Paragraph(index, rest[0], rest[1], "standfirst", sents))
            continue
        bracketed = _BRACKETED_WIRE.fullmatch(chunk.strip()) if chunk[:1] == "(" and i > 1 else None
        if bracketed:
            # "(Yonhap)" on a line of its own: the agency's copy ends here (at the foot, the
            # whole article is its copy)
            a0 = chunk.index("(") + 1
            agency = bracketed.group(1)
            until = None if i == len(blocks) - 1 else s
            span = (s + a0, s + a0 + len(agency))
            credits.append(Credit(agency, chunk.strip(), span, until))
            paragraphs.append(Paragraph(index, s, e, "credit"))
            continue
        if (chunk[-1:] == ":" or chunk[-2:] == ":\n") and _PLACE_LINE.match(chunk):
            paragraphs.append(Paragraph(index, s, e, "place"))
            continue
        inputs = _INPUTS_FROM.match(chunk) if i > 1 and chunk[:6] in ("(With ", "With i") else None
        if inputs and _PERSON_CREDIT.fullmatch(inputs.group(1)):
            # "(With inputs from Richa Pinto)": a reporter's contribution, no source
            paragraphs.append(Paragraph(index, s, e, "credit"))
            continue
        if i > 1 and len(chunk) < 300 and _STAFF_CREDIT.match(chunk):
            extra = _ADDITIONAL_BY.match(chunk)
            if extra and _looks_like_agency(extra.group("agency"), extra):
                a0, a1 = extra.span("agency")
                credits.append(Credit(extra.group("agency"), chunk.strip(), (s + a0, s + a1)))
            paragraphs.append(Paragraph(index, s, e, "credit"))
            continue
        if (
            index <= 3
            and not datelines
            and len(chunk) < 12
            and _AGENCY_LINE.fullmatch(chunk.strip())
        ):
            a0 = chunk.index(chunk.strip())
            agency = chunk.strip()
            agency = agency.title() if agency.isupper() and len(agency) > 4 else agency
            datelines.append(
                Dateline(agency=agency, cue=chunk.strip(), span=(s + a0, s + a0 + len(agency)))
            )
            paragraphs.append(Paragraph(index, s, e, "byline"))
            continue
        source_line = (
            _CREDIT_SOURCE.match(chunk)
            if index <= 3 and chunk[:6] == "Source" and i < len(blocks) - 1
            else None
        )
        if source_line and len(source_line.group("agency").split()) <= 3:
            # "Source: GNA" under the headline: the agency's copy
            a0, a1 = source_line.span("agency")
            credit = Credit(source_line.group("agency"), chunk.strip(), (s + a0, s + a1))
            credits.extend(_with_agencies(text, credit))
            paragraphs.append(Paragraph(index, s, e, "byline"))
            continue
        with_agencies = (
            (_BYLINE_WITH.match(chunk) or _OUTLET_WITH.match(chunk))
            if index <= 3 and " with " in chunk and len(chunk) < 160
            else None
        )
        if with_agencies:
            listed = with_agencies.group("agencies")
            a0, a1 = with_agencies.span("agencies")
            several = "," in listed or " and " in listed
            credits.append(Credit(None if several else listed, chunk.strip(), (s + a0, s + a1)))
            paragraphs.append(Paragraph(index, s, e, "byline"))
            continue
        byline = _BYLINE.match(chunk) if index <= 3 and len(chunk) < 120 else None
        if byline:
            agency = byline.group("agency")
            if agency and len(datelines) == 0 and _looks_like_agency(agency, byline):
                a0, a1 = byline.span("agency")
                datelines.append(Dateline(agency=agency, cue=chunk.strip(), span=(s + a0, s + a1)))
            paragraphs.append(Paragraph(index, s, e, "byline"))
            continue
        last = (
            i == len(blocks) - 1
            or (
                # a credit above the page's last staff line ("... with material from dpa, AFP
                # and Reuters." / "Edited by: Jane Doe")
                i == len(blocks) - 2 and _STAFF_CREDIT.match(text[blocks[-1][0] : blocks[-1][1]])
            )
            # ... or above a page's footer lines: "ANTARA" / "Click here to get the latest news"
            or (i >= len(blocks) - 3 and all(_footer_line(text[a:b]) for a, b in blocks[i + 1 :]))
        )
        if last and i > 1:
            slashed = _slashed_sources(text, s, e) if chunk[:6] in ("Source", "SOURCE") else []
            if slashed:  # "Source: MNA/Bernama/fh(ta)": each outlet its own credit
                credits.extend(slashed)
                paragraphs.append(Paragraph(index, s, e, "credit"))
                continue
            credit = _credit(text, s, e)
            if credit:
                credits.extend(_with_agencies(text, credit))
                paragraphs.append(Paragraph(index, s, e, "credit"))
                continue
        if is_subheading(chunk) and i < len(blocks) - 1:
            paragraphs.append(
                Paragraph(
                    index,
                    s,
                    e,
                    "subheading",
                    (Sentence(s, e, index, headline=True, subheading=True),),
                )
            )
            continue
        body_start = s
        # only the first dateline near the top counts: the patterns are tried only there
        if not datelines and index <= 3:
            dateline = _dateline(chunk, s)
            if dateline:
                datelines.append(dateline)
        sents = tuple(Sentence(a, b, index) for a, b in split_sentences(text, body_start, e))
        paragraphs.append(Paragraph(index, s, e, "body", sents))
    return Layout(tuple(paragraphs), tuple(datelines), tuple(credits))


def _footer_line(chunk: str) -> bool:
    """A short line with no sentence's end after the story: a rights notice, a promotion, the
    editors' initials, a filing code ("TASS has the rights to publish this material", "M.N")."""
    return len(chunk) < 160 and "\n" not in chunk and _FINAL_PUNCT.search(chunk) is None


def _dateline(chunk: str, s: int) -> Dateline | None:
    """The wire dateline opening the paragraph ``chunk`` (at offset ``s``), if it has one."""
    wire = None
    if "(" in chunk:  # (these name their agency in brackets)
        wire = _WIRE.match(chunk) or (
            (_WIRE_DATED.match(chunk) or _WIRE_TITLE.match(chunk)) if chunk[:1].isupper() else None
        )
    if wire is None and chunk[:1].isupper() and ("/" in chunk[:60] or ", " in chunk[:40]):
        wire = _WIRE_SLASHED.match(chunk)
    if wire is None:
        return None
    n = "" if wire.group("agency") else "2"  # (_WIRE_SLASHED's second form)
    a0, a1 = wire.span("agency" + n)
    place = wire.group("place" + n)
    dash = wire.group("dash" + n)
    cue_end = wire.end("dash" + n) if dash and dash.strip() else a1 + 1
    return Dateline(
        agency=wire.group("agency" + n),
        cue=chunk[:cue_end].strip(),
        span=(s + a0, s + a1),
        place=place.strip() if place else None,
    )


_AGENCY_WORD = re.compile(
    r"\b(?:Press|News|Agency|Agence|Presse|Agentur|Service|Wire|Newswires?)\b"
)


def _looks_like_agency(agency: str, byline: re.Match) -> bool:
    """The part after the byline's last comma names an organisation, not a third reporter.

    A reporter's name is two or three capitalised words after another name ("By A B, C D and
    E F"); an agency is one word ("Reuters", "AFP", "dpa") or a name with an organisation
    word ("Associated Press", "Agence France-Presse"). Names joined by "and" before the comma
    settle it: the last item is then the agency.
    """
    words = agency.split()
    if len(words) == 1:
        return True
    return bool(_AGENCY_WORD.search(agency))


# "Source: Gulf Horizon and news agencies" (the foot of an outlet's page that rewrote wire copy)
_AND_AGENCIES = re.compile(
    r"\s+(?:and|&)\s+((?:news\s+|wire\s+)?(?:agencies|wires))$", re.IGNORECASE
)


def _with_agencies(text: str, credit: Credit) -> list[Credit]:
    """A named credit "X and news agencies" as two credits: X, then the generic agencies hop."""
    m = _AND_AGENCIES.search(credit.agency) if credit.agency else None
    if m is None:
        return [credit]
    a = credit.span[0]
    return [
        Credit(credit.agency[: m.start()], credit.cue, (a, a + m.start())),
        Credit(None, credit.cue, (a + m.start(1), a + m.end(1))),
    ]


# "Source: MNA/Bernama/fh(ta)": the outlet's initials, the agency, the editors' initials
_SLASHED_SOURCES = re.compile(
    r"(?:Source|SOURCE)s?:\s*(?P<list>[A-Z][\w&.-]*(?:/[\w&.()-]+)+)\.?\s*$"
)


def _slashed_sources(text: str, s: int, e: int) -> list[Credit]:
    """The credits of a "Source: A/B/initials" line: every capitalised part (the outlet's own
    initials among them are dropped with the publisher's names later); [] if it is none."""
    m = _SLASHED_SOURCES.match(text, s, e)
    if m is None:
        return []
    out, pos = [], m.start("list")
    for k, part in enumerate(m.group("list").split("/")):
        # after the first, short capitals are editors' initials ("Bernama/SCN/fh")
        initials = k > 0 and part.isupper() and len(part) <= 4 and not _AGENCY_LINE.fullmatch(part)
        if (
            part[:1].isupper()
            and len(part) >= 2
            and part.replace("-", "").isalnum()
            and not initials
        ):
            out.append(Credit(part, text[s:e].strip(), (pos, pos + len(part))))
        pos += len(part) + 1
    return out


_CREDIT_PARTS = re.compile(r",\s*(?:and\s+)?|\s+(?:and|&)\s+")


def _agency_initials(chunk: str) -> re.Match | None:
    """``_AGENCY_INITIALS`` when its name looks like a wire service's ("Keystone-SDA",
    "Bernama"), not a sign-off word ("Enditem/kb")."""
    m = _AGENCY_INITIALS.match(chunk)
    if m is None:
        return None
    name = m.group("agency")
    wire = _AGENCY_LINE.fullmatch(name) or "-" in name or sum(c.isupper() for c in name) > 1
    return m if wire else None


def _credit(text: str, s: int, e: int) -> Credit | None:
    chunk = text[s:e]
    m = _CREDIT_DASH.match(chunk)
    if (
        m
        and len(m.group("agency").split()) <= 4
        # "- Compiled by Jane Doe", "- By Jane Doe": the staff, no source
        and not _STAFF_CREDIT.match(m.group("agency"))
        and not m.group("agency").startswith("By ")
    ):
        return Credit(
            m.group("agency"), chunk.strip(), (s + m.start("agency"), s + m.end("agency"))
        )
    m = _CREDIT_SOURCE.match(chunk) or _agency_initials(chunk)
    if m:
        return Credit(
            m.group("agency"), chunk.strip(), (s + m.start("agency"), s + m.end("agency"))
        )
    m = _AGENCY_LIST.match(chunk) or _WITH_MATERIAL.match(chunk) or _SOURCES_WIRES.match(chunk)
    if m:  # "KYODO, JIJI", "This article was written with material from dpa, AFP and Reuters."
        listed = m.group("agencies")
        span = (s + m.start("agencies"), s + m.end("agencies"))
        if "," in listed or " and " in listed:
            return Credit(None, chunk.strip(), span)
        return Credit(listed.strip(), chunk.strip(), span)
    m = _SIGNOFF.match(chunk)
    if m:
        listed = m.group("agencies")
        span = (s + m.start("agencies"), s + m.end("agencies"))
        if "," in listed:  # several agencies, no word on which figure is whose
            return Credit(None, f"({listed})", span)
        return Credit(listed.strip(), chunk.strip(), span)
    if len(chunk) < 12 and _AGENCY_LINE.fullmatch(chunk.strip()):
        a0 = chunk.index(chunk.strip())  # "ANTARA" on a line of its own at the foot
        return Credit(chunk.strip(), chunk.strip(), (s + a0, s + a0 + len(chunk.strip())))
    m = _CREDIT_WITH.match(chunk)
    if m and (chunk.startswith("(") or len(chunk) < 60):
        agency = m.group("agency").strip()
        a0 = m.start("agency")
        # "With files from Bethany Lindsay and The Canadian Press": the reporter adds no hop
        parts = _CREDIT_PARTS.split(agency)
        kept = [p for p in parts if not _PERSON_CREDIT.fullmatch(p) or _AGENCY_LINE.fullmatch(p)]
        if len(parts) > 1 and len(kept) == 1:
            a0 += agency.index(kept[0])
            agency = kept[0]
        if _PERSON_CREDIT.fullmatch(agency) and not _AGENCY_LINE.fullmatch(agency):
            return None  # "(With inputs from Richa Pinto)": a reporter's, no source
        generic = agency.lower() in {
            "agencies",
            "agency",
            "wires",
            "wire",
            "news agencies",
            "wire services",
        }
        return Credit(
            None if generic else agency,
            m.group("cue").strip().lower() if generic else m.group("cue").strip(),
            (s + a0, s + a0 + len(agency)),
        )
    return None
