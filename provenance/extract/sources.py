"""Sources: the mentions of sources in a sentence.

Known sources come from the gazetteer (:mod:`.gazetteer`). Mentions that are not
in the gazetteer are still found by their wording: groups ("South Korean
lawmakers", "people familiar with the matter"), people with titles ("Finance
minister Rachel Reeves"), definite descriptions ("the agency") and pronouns
("it", "he", "they"); their kind comes from the wording.
"""

from __future__ import annotations

import re
from operator import attrgetter

from ._text import contains_any, finditer_from, word_starts
from .company_subjects import (
    _COMPANY_SUBJECT,  # noqa: F401 (tests compare the shortcuts with it)
    _COMPANY_SUBJECT_ASCII,  # noqa: F401
    _COMPANY_VERB_WORDS,
    _COMPANY_VERBS,  # noqa: F401
    _company_subjects,
)
from .gaz_misreadings import drop_misreadings
from .gazetteer import ENV_VAR, Entry, Gazetteer
from .groups import GROUP as _GROUP  # noqa: F401 (tests compare the shortcuts with it)
from .groups import GROUP_HEADS as _GROUP_HEADS
from .groups import GROUP_HINT as _GROUP_HINT  # noqa: F401
from .groups import find_groups
from .groups import group_name as _group_name
from .groups import may_have_group as _may_have_group  # noqa: F401
from .groups import members as _members
from .mention_scan import (
    Mention,
    View,
    anchored_finditer,
    anchored_search,
    ascii_words,
    next_in,
    next_match_either,
    vocabulary,
    window_start,
    windowed_finditer,
    word_positions,
)
from .name_kinds import (
    _ANON,
    _ANON_WORDS,
    _PEOPLE_KINDS,
    is_person_name,
    kind_from_wording,
    name_kind,
)
from .name_kinds import person_kind as _person_kind
from .name_patterns import LINK_WORDS as _LINK_WORDS
from .name_patterns import LOW as _LOW
from .name_patterns import NAME_PAIR as _NAME_PAIR  # noqa: F401 (tests compare the shortcuts with it)
from .name_patterns import NAME_PAIR_ASCII, PERSON_ASCII
from .name_patterns import NAME_PAIR_PARTICLE as _NAME_PAIR_PARTICLE
from .name_patterns import NAME_PAIR_PLAIN as _NAME_PAIR_PLAIN
from .name_patterns import NAME_TOKEN as _NAME_TOKEN  # noqa: F401
from .name_patterns import PARTICLE as _PARTICLE  # noqa: F401
from .name_patterns import PARTICLES as _PARTICLES
from .name_patterns import PERSON as _PERSON
from .name_patterns import TITLE_SET as _TITLE_SET
from .name_patterns import UP as _UP
from .name_words import NOT_COMPANIES as _NOT_COMPANIES
from .name_words import REGIONS
from .orgnames import (
    acronym_mentions,
    adds_acronym,
    looks_like_org_name,
    org_mentions,
    spokesperson_body,
)
from .person_words import GROUP_AFTER_NAME, PLACE_PREPOSITION, PORTFOLIO_WORDS
from .person_words import HONORIFICS as _HONORIFICS
from .person_words import NOT_NAMES as _NOT_NAMES
from .person_words import PORTFOLIO_BEFORE as _PORTFOLIO_BEFORE
from .person_words import TITLE_NOUNS as _TITLE_NOUNS
from .person_words import TITLE_WORDS as _TITLE_WORDS

__all__ = [
    "ENV_VAR",
    "Entry",
    "Gazetteer",
    "Mention",
    "find_mentions",
    "adds_surnames",
    "is_person_name",
    "kind_from_wording",
]

# --------------------------------------------------------------------------- mentions


_WORD_RUN = re.compile(r"\S+")
_NEXT_NAME = re.compile(rf"\s+{_LINK_WORDS}[{_UP}][{_LOW}]")
# Words that make a capitalised name a body rather than a person.
_ORG_WORD = re.compile(
    r"\b(?:Consortium|Association|Federation|Confederation|Union|Institute|Institution|Foundation|"
    r"Council|Agency|Authority|Ministry|Department|Office|Bureau|Commission|Committee|Service|"
    r"Services|Police|Army|Navy|Guard|Group|Company|Corporation|Corp|Inc|Ltd|Bank|Board|League|"
    r"Society|Centre|Center|Network|Forum|Chamber|Trust|Fund|Prefecture|Party|Court|Agentur|Airlines?|Delegation|"
    r"Committees|Councils|Commissions|Unions|Associations|Federations|Boards|Authorities|Ministries|Departments|"
    r"Offices|Courts|Journal|Motors|Motor|Steel|Pharma|Pharmaceuticals|Foods|Electronics|Semiconductor|"
    r"Technologies|Logistics|Shipping|Petroleum|Mining|Minerals|Securities|Insurance|Airways|"
    r"Therapeutics|Biosciences|Holdings|Industries|Enterprises)\b"
)
_NATIONAL = frozenset(
    """British French German Russian Ukrainian Korean Israeli American Chinese Palestinian Western
    Eastern North South East West New National""".split()
)


# Head words of a body's name and the kind they give, tried in order (compiled once: this
# runs for every organisation found).
_ORG_KINDS = tuple(
    (re.compile(pattern), kind)
    for pattern, kind in (
        (r"\b(?:air force|army|navy|armed forces|coast guard|military)\b", "military"),
        (r"\b(?:party)\b", "other"),
        (
            r"^(?:the )?(?:[a-z&]+ )*journal(?: of [a-z ]+)?$",
            "outlet",
        ),  # "Medical Journal of Australia"
        (
            r"\b(?:ministry|department|police|prefecture|authority|government|emergency services|"
            r"bureau|statistics|office|agency|commission|court)\b",
            "government",
        ),
        (r"\b(?:foundation|institute|charity|network|society|trust)\b", "ngo"),
    )
)


def _org_kind(name: str) -> str:
    """Kind of a body named in capitals, from its head words (companies and groups: other)."""
    t = name.lower()
    for pattern, kind in _ORG_KINDS:
        if pattern.search(t):
            return kind
    return "other"


# "Ukraine's air force", "Spain's weather agency", "Norway's coast guard": a body named by its
# owner (a country, city or region) and a lowercase head. The owner alone would be read as the
# country's government, which is a different source.
_ORG_HEADS = (
    r"air force|army|navy|coast guard|military|armed forces|border guard|police|national guard|"
    r"(?:[a-z]+ )?ministry|(?:[a-z]+ )?agency|(?:[a-z]+ )?office|(?:[a-z]+ )?authority|regulator|"
    r"emergency services|(?:[a-z]+ )?service|central bank|statistics office|parliament|"
    r"(?:[a-z]+ )?commission|(?:[a-z]+ )?department|prosecutor's office|civil defence|civil protection|"
    r"(?:[a-z]+ )?bureau|(?:[a-z]+ )?council|(?:[a-z]+ )?institute|(?:[a-z]+ )?directorate|"
    r"(?:[a-z]+ )?inspectorate|(?:[a-z]+ )?administration|government"
)
_POSSESSIVE_ORG = re.compile(
    rf"(?<![\w-])(?:[Tt]he\s+)?(?P<owner>[{_UP}][{_LOW}]+(?:\s+[{_UP}][{_LOW}]+)?|[A-Z]{{2,5}})['’]s\s+"
    rf"(?P<org>(?:state\s+|national\s+|regional\s+|main\s+|top\s+)?(?:{_ORG_HEADS}))(?![\w-])"
)
# The last word of each _ORG_HEADS alternative, lowercased as in a View: every
# _POSSESSIVE_ORG match ends with one of them.
_POSSESSIVE_HEAD_WORDS = frozenset(
    re.findall(r"[a-z]+", alt)[-1].encode() for alt in _ORG_HEADS.split("|")
)
# (?<![\w'’.-])(?P<name>[{_UP}]...): the look-behind moved after the capital so that the
# pattern opens with a character class, which re scans for in C.
# Every _POSSESSIVE_ORG match opens at a word start with "the" or a capital.
_POSSESSIVE_START = re.compile(rf"[t{_UP}](?<![\w-].)")
# A sentence that opens with a capitalised name and a verb of corporate action ("Corvana will
# close 12 stores", "Halvex has cut") is about that organisation; "it said" / "the company
# said" later in the sentence or paragraph refers to it.
_COMPANY_OPENER = re.compile(
    rf"(?P<name>[{_UP}][\w&’'-]*[{_LOW}\d])\s+(?:will|plans to|is to|has|had|posted|posts|cut|cuts|"
    r"booked|swung|expects|raised|lowered|to (?:cut|close|shed|axe|raise|buy|sell|pay|invest|build|hire))\s"
)
# "YOKOHAMA, Japan — ", "LONDON (Reuters) - ": a dateline before the sentence's subject.
_DATELINE_LEAD = re.compile(
    rf"[A-Z][A-Z .'’-]+(?:,\s*[{_UP}][\w .'’]*?)?(?:,\s*\w+ \d+)?\s*(?:\([^)]{{1,30}}\)\s*)?[—–-]\s+"
)
# "Association of Machinists and Aerospace Workers", "Government Delegation in the Valencian
# Community": a body's name goes on through "of/for/in the" and capitalised words.
_ORG_LINK = re.compile(
    rf"\s+(?P<link>of the|of|for the|for|and|in the)\s+(?P<words>[{_UP}][\w'’.-]*(?:\s+[{_UP}][\w'’.-]*){{0,3}})(?![\w'’-])"
)
# Last words of the second half of "X of A and B" that are subject fields, not people.
_DOMAIN_NOUNS = frozenset(
    """Development Technology Trade Industry Health Energy Culture Security Justice Commerce Research
    Science Education Transport Agriculture Environment Welfare Finance Innovation""".split()
)
_TITLE_START = re.compile(rf"{_TITLE_WORDS}\b")


def _org_tail(sentence: str, end: int, name: str, gazetteer: Gazetteer) -> int:
    """End of a body's name that continues after ``end`` through linking words.

    "and" joins only inside an "of" phrase ("Association of Machinists and Aerospace
    Workers"), and never a title, a person or another known source ("the Ministry of
    Defence and Interior Minister Jane Roe", "Eurostat and the ECB").
    """
    has_of = " of " in name
    while True:
        m = _ORG_LINK.match(sentence, end)
        if m is None:
            return end
        words = m.group("words").split()
        cut = next(
            (i for i, w in enumerate(words) if w in _TITLE_NOUNS or w in _NOT_NAMES), len(words)
        )
        words = words[:cut]
        if not words:
            return end
        run = " ".join(words)
        link = m.group("link")
        if link == "and" and (
            not has_of
            or _TITLE_START.match(run)
            or gazetteer.lookup(run) is not None
            or not (words[-1].endswith("s") or words[-1] in _DOMAIN_NOUNS or _ORG_WORD.search(run))
        ):
            return end
        has_of = has_of or link.startswith("of")
        end = m.start("words") + len(run)


_DEMONYM_GOVERNMENT = re.compile(r"([A-Z]\w+) government")


def _possessive_name(m: re.Match, gazetteer: Gazetteer) -> str:
    """Canonical name of "<Owner>'s <org>": "Ukrainian Air Force" when the owner is a country
    whose demonym the gazetteer knows ("Ukrainian government"), else the words as written."""
    owner, org = m.group("owner"), m.group("org")
    for written in (f"{owner}'s {org}", f"{owner} {org}"):
        known = gazetteer.lookup(written)
        if known is not None:
            return known.source.name
    entry = gazetteer.lookup(owner)
    if entry is not None and entry.country and entry.source.kind == "government":
        for alias in (entry.source.name, *entry.source.aliases):
            demonym = _DEMONYM_GOVERNMENT.fullmatch(alias)
            if demonym:
                full = f"{demonym.group(1)} {org.title()}"
                known = gazetteer.lookup(full)
                return known.source.name if known else full
    return f"{owner}'s {org}"


_DESCRIPTION = re.compile(
    r"(?<![\w-])(?P<np>(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:(?:same|state|news|spy|intelligence|statistics|education|"
    r"health|interior|defence|defense|finance|foreign|economy|agriculture|labour|labor|environment|"
    r"trade|justice|home|affairs|revenue|tax|housing|"
    r"monitoring|published|updated|UN|U\.N\.|agency's|ministry's|"
    r"hospital's|council's|university's|department's|company's|annual|"
    r"aviation|weather|electricity|energy|transport|emergency|civil|regional|local|federal|national|ruling|military|"
    # a nationality or a seat: "the Italian bank", "the Munich-based institute"
    r"[A-Z][a-z]+(?:an|ese|ish|ch)|[A-Z][\w]+-based)\s+){0,2}"
    r"(?P<head>agency|ministry|bureau|mission|office|report|study|service|committee|government|company|"
    r"organi[sz]ation|group|briefing|guidance|analysis|count|terminology|officials|lawmakers|military|army|"
    r"police|union|network|foundation|institute|center|centre|council|fund|survey|data|figures|tally|"
    r"authority|regulator|carmaker|planemaker|firm|airline|lender|retailer|air force|navy|prefecture|junta|regime|"
    r"bank|insurer|automaker|manufacturer|chipmaker|drugmaker|miner|charity|nonprofit|watchdog|department|"
    r"commission|consultancy|statement|draft|document|presentation))(?![\w-])"
    # "a company statement said", "an army statement said": the body's statement
    r"|(?<![\w-])(?P<stmt>[Aa]n?\s+(?:company|government|ministry|police|army|military|court|party|"
    r"agency|council|union|hospital)\s+(?:statement|release|filing))(?![\w-])"
    r"|(?<![\w-])(?P<bare>(?:[A-Z][a-z]+ )?(?:[Ss]py agency|[Ii]ntelligence briefing|[Mm]inistry|foundation(?: study)?|"
    r"[Ss]ources|[Ll]awmakers))(?![\w-])"
    r"|^(?P<bare_gov>Government)(?![\w-]| of\b| (?:[A-Z]|spokes))"  # "Government says ..." opening a line
)
# Description heads for a company (round 7), which "'s" turns into an owner.
_COMPANY_HEADS = frozenset("bank insurer automaker manufacturer chipmaker drugmaker miner".split())
_NAME_AFTER_DESCRIPTION = re.compile(
    rf"\s+([{_UP}][\w&’'-]+(?:\s+[{_UP}][\w&’'-]+){{0,2}})(?![\w'’-])"
)
# (?<![\w-])(?:[Ii]t|[Hh]e|[Ss]he|[Tt]hey|[Hh]im|[Hh]er|[Tt]hem|[Ww]hich)(?![\w'’-]), written to
# open with a character class so that re scans for the first letter in C; (?<![\w-].) is
# the look-behind before the consumed letter.
_PRONOUN = re.compile(
    r"(?P<p>[IiHhSsTtWw](?<![\w-].)"
    r"(?:(?<=[Ii])t|(?<=[Hh])(?:e|im|er)|(?<=[Ss])he|(?<=[Tt])he[ym]|(?<=[Ww])hich))(?![\w'’-])"
)
# Every _DESCRIPTION match contains one of these (case-sensitive) substrings; a sentence
# with none of them skips the pattern, which is tried at every character otherwise.
_DESCRIPTION_HEADS = tuple(
    "agency inistry bureau mission office report study service committee government company "
    "organisation organization group briefing guidance analysis count terminology officials "
    "awmakers military army police union network foundation institute center centre council "
    "fund survey data figures tally ources authority regulator carmaker planemaker firm airline lender "
    "retailer force navy prefecture junta regime commission consultancy statement Government "
    "bank insurer automaker manufacturer chipmaker drugmaker miner charity nonprofit watchdog "
    "department draft document presentation".split()
)
# Every _DESCRIPTION match opens at a capital or one of these words: tried only there.
_DESCRIPTION_START = word_starts(
    "the its intelligence spy sources ministry foundation lawmakers government a an".split()
)
# The lowercased first word of every _DESCRIPTION head (np) or key words (bare).
_DESCRIPTION_FIRST = frozenset(
    b"""agency ministry bureau mission office report study service committee government company
    organisation organization group briefing guidance analysis count terminology officials
    lawmakers military army police union network foundation institute center centre council
    fund survey data figures tally authority regulator carmaker planemaker firm airline lender
    retailer air navy prefecture junta regime spy intelligence sources commission consultancy
    statement bank insurer automaker manufacturer chipmaker drugmaker miner charity nonprofit
    watchdog department draft document presentation""".split()
)
# _PRONOUN's words, lowercased whole words.
_PRONOUN_WORDS = frozenset(b"it he she they him her them which".split())
_DESCRIPTION_VOCAB = vocabulary(_DESCRIPTION_FIRST)
_PRONOUN_VOCAB = vocabulary(_PRONOUN_WORDS)


def _descriptions(sentence: str, view):
    """``_DESCRIPTION.finditer(sentence)``: on ASCII text tried only within 3 words before a
    head noun."""
    if view is None:
        if not contains_any(sentence, _DESCRIPTION_HEADS):
            return ()
        return finditer_from(_DESCRIPTION, _DESCRIPTION_START, sentence)
    heads = _DESCRIPTION_FIRST.intersection(view[2])
    if not heads:
        return ()
    return anchored_finditer(
        _DESCRIPTION,
        sentence,
        next_in(word_positions(view, heads, _DESCRIPTION_VOCAB)),
        3,
        _DESCRIPTION_START,
    )


# The capitalised word right before an organisation's name ("British" Retail Consortium).
_WORD_BEFORE = re.compile(rf"(?:^|(?<=\s))([{_UP}][\w.'’-]*)\s+$")
_LEADING_THE = re.compile(r"^(?:The|the)\s+")
_SPOKESPERSON_FOR = re.compile(r"\bfor\s+(?:the\s+)?(.+?)\s*$")


def _possessives(sentence: str, view: View | None):
    """``_POSSESSIVE_ORG.finditer(sentence)``; on ASCII text tried only in the three words
    before an "'s" (the owner's one or two words and "the", all before the apostrophe)."""
    if view is None:
        return finditer_from(_POSSESSIVE_ORG, _POSSESSIVE_START, sentence)
    if _POSSESSIVE_HEAD_WORDS.isdisjoint(view[2]):
        return ()  # no word that can end the body's name
    windows = []
    h = sentence.find("'s")
    while h >= 0:
        windows.append((window_start(sentence, h, 3), h))
        h = sentence.find("'s", h + 2)
    return windowed_finditer(_POSSESSIVE_ORG, _POSSESSIVE_START, sentence, windows)


def _pronouns(sentence: str, view: View | None):
    """``_PRONOUN.finditer(sentence)``; on ASCII text tried only at its words."""
    if view is None:
        return _PRONOUN.finditer(sentence)
    words = _PRONOUN_WORDS.intersection(view[2])
    if not words:
        return ()
    return windowed_finditer(
        _PRONOUN, None, sentence, [(i, i) for i, _ in word_positions(view, words, _PRONOUN_VOCAB)]
    )


_START = attrgetter("start")


_NOT_NAMES_OR_TITLES = _NOT_NAMES | _TITLE_NOUNS  # words that open no name


def find_mentions(
    sentence: str, gazetteer: Gazetteer, people: dict[str, tuple[str, str]] | None = None
) -> list[Mention]:
    """Every source-like noun phrase in a sentence, without overlaps, in text order.

    ``people`` maps a single name token ("Kirby", "Lee") to (canonical name, kind) of a
    person named in full earlier in the article: surname anaphora.
    """
    found: list[Mention] = []
    taken = bytearray(len(sentence))

    def free(a: int, b: int) -> bool:
        return taken.find(1, a, b) < 0  # no taken character in [a, b), searched in C

    def take(m: Mention) -> None:
        found.append(m)
        taken[m.start : m.end] = b"\x01" * (m.end - m.start)  # one slice, not a loop per character

    view = ascii_words(sentence)
    gaz = gazetteer.find(sentence, view)
    if gaz:
        gaz = drop_misreadings(sentence, gaz, _NOT_NAMES_OR_TITLES)

    def inside_gaz(a: int, b: int, *, people: bool) -> bool:
        for ga, gb, entry in gaz:
            if ga < b and a < gb:
                if (
                    people
                    and entry.source.kind in _PEOPLE_KINDS
                    and is_person_name(entry.source.name)
                ):
                    continue
                if entry.source.kind == "government" and not people and not (ga <= a and b <= gb):
                    continue  # a country inside a group ("U.S. officials") belongs to the group
                return True
        return False

    affiliations = False
    for m in org_mentions(sentence, view, gazetteer, gaz):  # long names, acronyms, descriptors
        if free(m.start, m.end):
            take(m)
            affiliations = affiliations or m.type == "blocked"
    # Every _PERSON match opens at most 6 title words before a pair of name tokens.
    # (on ASCII text their fast forms, with the same matches: see name_patterns)
    plain, person = (_NAME_PAIR_PLAIN, _PERSON) if view is None else (NAME_PAIR_ASCII, PERSON_ASCII)
    pair = next_match_either(plain, _NAME_PAIR_PARTICLE, _PARTICLES, sentence, "-")
    pos = 0
    while pos <= len(sentence):
        m = anchored_search(person, sentence, pos, pair, 6, None, _TITLE_SET.__contains__)
        if m is None:
            break
        if found and not free(m.start("name"), m.end("name")):
            pos = taken.find(0, taken.find(1, m.start("name"))) % (len(sentence) + 2)
            continue  # a name inside a body's name: go on after the body
        name = m.group("name")
        first = name.split()[0]
        if first in _NOT_NAMES or inside_gaz(m.start("name"), m.end("name"), people=True):
            pos = m.start("name") + len(
                first
            )  # retry from the next word ("Health Minister Ann Lee")
            continue
        inner = next(
            (w.start() for w in _WORD_RUN.finditer(name) if w.start() and w.group() in _HONORIFICS),
            None,
        )
        if inner is not None:
            # "Minister of ... Emiratisation Dr Abdulrahman Al Awar": the name opens at "Dr"
            pos = m.start("name") + inner
            continue
        if name.count(" ") >= 2 and _PORTFOLIO_BEFORE.search(sentence, 0, m.start("name")):
            # "Minister for Housing James Browne", "Minister of State for Home Affairs Sun
            # Xueling": the portfolio is no part of the name
            words = name.split()
            k = 1
            while k < len(words) - 2 and words[k] in PORTFOLIO_WORDS:
                k += 1
            pos = m.start("name") + name.index(words[k], len(" ".join(words[:k])))
            continue
        if first.endswith("-based"):
            pos = m.start("name") + len(first) + 1  # "Nairobi-based Cytonn Investments"
            continue
        if GROUP_AFTER_NAME.match(sentence, m.end()):
            # "Butte County officials said": a place and a group, not a person
            pos = m.end()
            continue
        pos = m.end()
        honorific = first in _HONORIFICS and name.count(" ") == 1
        if honorific and people and name.split()[1] in people:
            continue  # "Ms Onyancha": the surname step below names the person introduced before
        entry = gazetteer.lookup(name)
        title = m.group("title")
        start = m.start("title") if title.strip() else m.start("name")
        text = sentence[start : m.end()]
        if (
            entry is None
            and _ORG_WORD.search(name)
            and not _TITLE_NOUNS.intersection(name.split()[1:])
        ):
            # "British Retail Consortium", "Chilean Health Ministry": a body, not a person;
            # the capitalised words in front ("British") belong to its name.
            a = start
            while True:
                prev = _WORD_BEFORE.search(sentence[:a])
                if (
                    prev is None
                    or prev.group(1) in _NOT_NAMES - _NATIONAL
                    or prev.group(1) in ("The",)
                ):
                    break
                a = prev.start(1)
            a = a if sentence[a:start].strip() or a == start else start
            org = sentence[a : m.end()]
            org = _LEADING_THE.sub("", org)
            a = m.end() - len(org)
            b = _org_tail(sentence, m.end(), org, gazetteer)
            org = org + sentence[m.end() : b]
            pos = max(pos, b)
            if free(a, b):
                take(Mention(a, b, org, "named", org, _org_kind(org)))
            continue
        words = name.split()
        if (
            not title.strip()
            and entry is None
            and looks_like_org_name(words)
            and _TITLE_NOUNS.isdisjoint(words[1:])  # "Superior Court Judge Linda Ocampo"
        ):
            # "Mediterranea Saving Humans said": three capitalised words with common English
            # words among them name a body, not a person
            if free(start, m.end()):
                take(Mention(start, m.end(), text, "named", name, name_kind(name)))
            continue
        # "Home Secretary Jane Roe": the title words read as a name; the person is what
        # follows the last title word.
        cut = max((i for i, w in enumerate(words) if w in _TITLE_NOUNS), default=-1)
        if cut > len(words) - 3 and cut > 0 and _NEXT_NAME.match(sentence, m.end()):
            # "Riverton District Magistrate Anil Mehra": the four name tokens ended inside
            # the name; read again from the title noun ("Magistrate Anil Mehra")
            pos = m.start("name") + len(" ".join(words[:cut])) + 1
            continue
        if 0 <= cut <= len(words) - 3:
            name = " ".join(words[cut + 1 :])
            entry = gazetteer.lookup(name)
            title = title + " ".join(words[: cut + 1]) + " "
        take(
            Mention(
                start,
                m.end(),
                text,
                "person",
                entry.source.name if entry else name,
                entry.source.kind if entry else _person_kind(title),
                guessed=honorific,  # a surname the article introduced wins (see adds_surnames)
            )
        )
    for m in find_groups(sentence, view):
        a, b = m.start("np"), m.end()
        if sentence.startswith("and ", a):
            a += 4  # ", and officials warned": the conjunction opens no group
        np_text = sentence[a:b]
        if not free(a, m.end("head")) or inside_gaz(m.start("head"), m.end("head"), people=False):
            continue
        head = m.group("head")
        if " familiar with " in head:
            head = "people familiar with the matter"  # any "X familiar with the Y" is anonymous
        kind = (
            _GROUP_HEADS.get(head)
            or _GROUP_HEADS.get(head.lower())
            or _GROUP_HEADS.get(head.lower().rstrip("s"), "other")
        )
        if kind == "military" and "police" in np_text.lower():
            kind = "government"  # "police officers", "police commanders": not the armed forces
        window = sentence[max(0, a - 40) : b + 60]
        if (
            kind in ("official", "person", "legislator", "other")
            and contains_any(window, _ANON_WORDS)
            and _ANON.search(window)
            and "lawmaker" not in head
        ):
            kind = "anonymous"
        spoke = _SPOKESPERSON_FOR.search(np_text) if "spokes" in head else None
        if spoke and spoke.group(1)[:1].isupper() and np_text[:1] in "Tt" + "Ss":
            # "a spokesperson for the WHO", "a spokesman for Halvex": a hop for the body itself.
            body = spoke.group(1).strip()
            entry = gazetteer.lookup(body)
            take(
                Mention(
                    a,
                    b,
                    np_text,
                    "named",
                    entry.source.name if entry else body,
                    entry.source.kind if entry else _org_kind(body),
                )
            )
            continue
        if "spokes" in head:
            # "A Department of Health and Social Care spokesperson": the group's words began
            # inside a body's name the gazetteer found, which starts before them
            outer = next((g for g in gaz if g[0] < a < g[1] <= m.start("head")), None)
            if outer is not None and free(outer[0], a):
                ga, entry = outer[0], outer[2]
                take(Mention(ga, b, sentence[ga:b], "named", entry.source.name, entry.source.kind))
                continue
        body = spokesperson_body(np_text, gazetteer, people) if "spokes" in head else None
        if body is not None:
            take(Mention(a, b, np_text, "named", *body))
            continue
        name = _group_name(np_text)
        known = gazetteer.lookup(name)
        if known is not None:
            take(Mention(a, b, np_text, "named", known.source.name, known.source.kind, plural=True))
            continue
        take(
            Mention(
                a,
                b,
                np_text,
                "group",
                name,
                kind,
                plural=head.endswith("s") or head in ("police", "authorities"),
                members=_members(sentence, b, found),
            )
        )
    if "'s " in sentence or "’s " in sentence:
        for m in _possessives(sentence, view):
            a, b = m.span()
            owner_end = m.end("owner")
            if m.group("org") == "government" and gazetteer.lookup(m.group("owner")) is None:
                # "Prime Minister Jane Roe's government": the government of the story's country
                g = m.start("org")
                if free(g, b):
                    take(Mention(g, b, "government", "description"))
                continue
            if not free(a, b) or any(ga < b and gb > owner_end for ga, gb, _ in gaz):
                continue  # the gazetteer knows the longer name ("Russia's defence ministry")
            take(
                Mention(
                    a,
                    b,
                    m.group(0),
                    "named",
                    _possessive_name(m, gazetteer),
                    _org_kind(m.group("org")),
                )
            )
    for a, b, entry in gaz:
        if free(a, b):
            take(
                Mention(
                    a,
                    b,
                    sentence[a:b],
                    "named",
                    entry.source.name,
                    entry.source.kind,
                    plural=entry.source.name[0].islower(),
                )
            )
    if people:
        for m in _surnames(sentence):
            token = m.group(1)
            if token in people and free(m.start(1), m.end(1)):
                name, kind = people[token]
                take(Mention(m.start(1), m.end(1), token, "person", name, kind))
        for m in acronym_mentions(sentence, people):
            if free(m.start, m.end):
                take(m)
    lead = _DATELINE_LEAD.match(sentence) if sentence[:2].isupper() else None
    opener = _COMPANY_OPENER.match(sentence, lead.end() if lead else 0)
    if view is None:
        has_verb = contains_any(sentence, _COMPANY_VERBS)
    else:
        has_verb = not _COMPANY_VERB_WORDS.isdisjoint(view[2])
    subjects = _company_subjects(sentence, view) if has_verb else ()
    for m in [opener, *subjects] if opener else subjects:
        name = m.group("name")
        if (
            name in _NOT_NAMES
            or name in _NOT_COMPANIES
            or name in REGIONS
            or not free(m.start("name"), m.end("name"))
        ):
            continue
        # "Vestrel reported", "Halvex said": a capitalised name (not a known person, body or
        # common word) as the subject of a reporting verb is an organisation ("The FNSEA
        # said": the article is not part of the name).
        a = m.start("name") + (4 if name.startswith("The ") else 0)
        if PLACE_PREPOSITION.search(sentence, max(0, a - 16), a):
            continue  # "A resident of Barsalogho told AFP": a place, the resident speaks
        if name.lower().encode() in _DESCRIPTION_FIRST:
            # "Charity says ..." opening a headline: a description, not a company called so
            take(Mention(a, m.end("name"), sentence[a : m.end("name")], "description"))
            continue
        take(
            Mention(
                a,
                m.end("name"),
                sentence[a : m.end("name")],
                "named",
                sentence[a : m.end("name")],
                "other",
                guessed=True,
            )
        )
    descriptions = _descriptions(sentence, view)
    for m in descriptions:
        named = _NAME_AFTER_DESCRIPTION.match(sentence, m.end()) if m.group("head") else None
        if named and named.group(1).split()[0] not in _NOT_NAMES and free(m.start(), named.end()):
            # "the electricity company Iberdrola", "the carmaker Vestra": a descriptor in front
            # of a name is the named body (the descriptor gives its kind).
            name = named.group(1)
            entry = gazetteer.lookup(name)
            take(
                Mention(
                    m.start(),
                    named.end(),
                    sentence[m.start() : named.end()],
                    "named",
                    entry.source.name if entry else name,
                    entry.source.kind if entry else _org_kind(m.group(0)),
                    guessed=True,  # a known surname there wins (see adds_surnames)
                )
            )
            continue
        if m.group("head") in _COMPANY_HEADS and sentence.startswith(("'s", "’s"), m.end()):
            continue  # "the bank's staff expect": the staff speak, the bank only owns them
        if free(m.start(), m.end()):
            take(
                Mention(
                    m.start(),
                    m.end(),
                    m.group(0),
                    "description",
                    None,
                    None,
                    plural=(m.group("head") or m.group("bare") or "").endswith("s"),
                )
            )
    for m in _pronouns(sentence, view):
        if free(m.start(), m.end()):
            p = m.group("p").lower()
            take(
                Mention(
                    m.start(),
                    m.end(),
                    m.group("p"),
                    "pronoun",
                    None,
                    None,
                    plural=p in ("they", "them"),
                )
            )
    found.sort(key=_START)
    return [m for m in found if m.type != "blocked"] if affiliations else found


# (?<![\w-])([A-Z][a-z]+...): the look-behind moved after the capital, so that the pattern
# opens with a character class and re scans for capitals in C.
# ("Baba-Ahmed", "Lee-Smith", "McGrail": a hyphen or a second capital inside the name)
_SURNAME = re.compile(
    r"([A-Z](?<![\w-].)[a-z]+(?:[A-Z][a-z]+)?(?:-[A-Za-z][a-z]+)?)(?:['’]s)?(?![\w-])"
)
# The same with accented Latin letters ("Müller", "Sánchez"), used only on non-ASCII text.
_SURNAME_WIDE = re.compile(
    rf"([{_UP}](?<![\w-].)[{_LOW}]+(?:[{_UP}][{_LOW}]+)?(?:-[{_UP}{_LOW}][{_LOW}]+)?)(?:['’]s)?(?![\w-])"
)


def _surnames(sentence: str):
    """Capitalised single words that may be a known surname, ASCII fast path first."""
    return (_SURNAME if sentence.isascii() else _SURNAME_WIDE).finditer(sentence)


# Mention types found before the surname step of find_mentions (they block surnames).
_EARLY_TYPES = frozenset({"person", "group", "named"})


def adds_surnames(
    sentence: str, mentions: list[Mention], people: dict[str, tuple[str, str]]
) -> bool:
    """Whether ``find_mentions(sentence, gaz, people)`` can differ from ``mentions``.

    ``mentions`` must be ``find_mentions(sentence, gaz)`` (no people). The two differ only
    when a known surname occurs outside the person, group and gazetteer mentions: the
    surname step runs after those and before descriptions and pronouns. When no surname
    is free, the extractor keeps the first result instead of matching the sentence again.
    """
    if adds_acronym(sentence, people):
        return True  # "the BOT said", "a BOT spokesperson said"
    early = [(m.start, m.end) for m in mentions if m.type in _EARLY_TYPES and not m.guessed]
    # _surnames(sentence) at the tokens of people (no surname match opens inside another)
    match = (_SURNAME if sentence.isascii() else _SURNAME_WIDE).match
    for token in people:
        i = sentence.find(token)
        while i >= 0:
            m = match(sentence, i)
            if m is not None and m.group(1) == token:
                a, b = m.span(1)
                if all(b <= s or e <= a for s, e in early):
                    return True
            i = sentence.find(token, i + 1)
    return False
