"""Unnamed groups of sources: "South Korean lawmakers", "people familiar with the matter".

The group rules of :func:`.sources.find_mentions`: the head nouns and their kinds, the
pattern of a group's noun phrase, and the canonical name of an unnamed group.
"""

from __future__ import annotations

import re

from ._text import contains_any, plain_lower
from .mention_scan import (
    WORD_START,
    View,
    anchored_finditer,
    next_in,
    vocabulary,
    word_positions,
)

# Head nouns of a body's description ("the council said", a headline's ": Commission")
BODY_HEADS = frozenset(
    """ministry bureau office department agency mission committee government authority regulator
    council commission bank board court company firm carmaker planemaker airline lender retailer
    operator utility insurer union federation association institute service administration
    coalition party study consultancy""".split()
)
GROUP_HEADS = {
    "lawmaker": "legislator",
    "lawmakers": "legislator",
    "legislator": "legislator",
    "legislators": "legislator",
    "MP": "legislator",
    "MPs": "legislator",
    "senator": "legislator",
    "senators": "legislator",
    "official": "official",
    "officials": "official",
    "authorities": "government",
    "spokesman": "official",
    "spokeswoman": "official",
    "spokesperson": "official",
    "minister": "official",
    "diplomat": "official",
    "diplomats": "official",
    "analyst": "person",
    "analysts": "other",
    "economists": "other",
    "economist": "other",
    "researcher": "person",
    "researchers": "person",
    "experts": "person",
    "expert": "person",
    "unions": "other",
    "union": "other",
    "organisers": "other",
    "organizers": "other",
    "agencies": "ngo",
    "police": "government",
    "emergency services": "government",
    "statisticians": "government",
    "forecasters": "government",
    "meteorologists": "government",
    "traders": "other",
    "sources": "anonymous",
    "source": "anonymous",
    "lawyers": "person",
    "lawyer": "person",
    "attorneys": "person",
    "attorney": "person",
    "jury": "other",
    "commander": "military",
    "commanders": "military",
    "officers": "military",
    "people familiar with the matter": "anonymous",
    "person familiar with the matter": "anonymous",
    "people familiar with the plans": "anonymous",
    "people familiar with the situation": "anonymous",
    "people with knowledge of the matter": "anonymous",
    "media reports": "outlet",
    "reports": "outlet",
    "state media": "state_media",
    "state television": "state_media",
    "state TV": "state_media",
    # People who report what they saw or handled: the usual unnamed sources of casualty,
    # crime and disaster copy ("Witnesses said", "prosecutors said", "rescuers said"). A crowd
    # of lay people (witnesses, residents, survivors, analysts) is a group of kind other; one
    # of them is a person.
    "prosecutor": "official",
    "prosecutors": "official",
    "investigator": "official",
    "investigators": "official",
    "regulator": "government",
    "regulators": "government",
    "negotiator": "official",
    "negotiators": "official",
    "mediator": "official",
    "mediators": "official",
    "coroner": "official",
    "firefighters": "official",
    "rescuers": "official",
    "rescue workers": "official",
    "aid workers": "ngo",
    "health workers": "person",
    "medical workers": "person",
    "relief workers": "ngo",
    "doctor": "person",
    "doctors": "person",
    "medics": "person",
    "paramedics": "person",
    "witness": "person",
    "witnesses": "other",
    "eyewitness": "person",
    "eyewitnesses": "other",
    "resident": "person",
    "residents": "other",
    "locals": "other",
    "villagers": "other",
    "survivors": "other",
    "volunteers": "other",
    "hospitals": "other",
    "relatives": "other",
    "activist": "person",
    "activists": "person",
    "monitors": "ngo",
    "observers": "person",
    "scientists": "person",
    "spokespeople": "official",
}
_MODIFIER = (
    r"(?:[A-Z][\w.'’-]*|senior|top|military|intelligence|government|security|health|defence|defense|local|"
    r"regional|state|federal|independent|humanitarian|aid|foreign|former|unnamed|anonymous|diplomatic|and|"
    r"ruling|opposition|forces|other|two|three|four|several|some|many|the|a|an|same|trade|media)"
)
_MODIFIER_WORD = re.compile(_MODIFIER).fullmatch  # a word that can stand before a group's head
GROUP = re.compile(
    rf"(?<![\w-])(?P<np>(?:{_MODIFIER}\s+){{0,6}}"
    r"(?P<head>(?:people|sources?|officials|persons?) familiar with (?:the|its|their|his|her) (?:[a-z]+-)?[a-z]+(?<!ing)|"
    r"(?i:economists?|analysts?|sources?|officials|lawmakers|aid agencies)|"
    r"people with knowledge of the matter|media reports|state media|state television|state TV|"
    r"MPs?|"
    r"lawmaker|legislator|senator|officials|official(?!\s+(?:figures|data|statistics|count|toll|tally|results|"
    r"estimates?|numbers|records|sources|reports?|website|channels|visit|languages?)\b)|"
    r"spokes(?:man|woman|person|people)|"
    r"ministers?|diplomat|analyst|economist|researcher|expert|union|prosecutor|investigator|regulator|"
    r"negotiator|mediator|coroner|doctor|(?:eye)?witness|resident|activist|"
    # a plural head opening the sentence is capitalised ("Police said", "Witnesses told AFP");
    # singular ones stay lower case (a capitalised "Coroner" or "Doctor" is a title)
    r"(?i:lawmakers|legislators|senators|authorities|diplomats|analysts|economists|researchers|experts|"
    r"unions|organi[sz]ers|agencies|police|emergency services|prosecutors|investigators|regulators|"
    r"negotiators|mediators|firefighters|rescuers|(?:rescue|aid|health|medical|relief) workers|doctors|"
    r"medics|paramedics|(?:eye)?witnesses|residents|locals|villagers|survivors|relatives|activists|monitors|"
    r"observers|scientists|sources|commanders|officers|lawyers|attorneys|volunteers|hospitals|"
    r"statisticians|forecasters|meteorologists|traders)|"
    r"source|commander|lawyer|attorney|[Jj]ury))(?![\w-])"
    r"(?P<tail>(?:\s+(?:polled|surveyed) by (?:[A-Z][\w.&-]*\s?)+)?"
    r"(?:(?<=man|son)\s+for\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4}(?:government|ministry|military|army)?)?"
    # "lawyers for the plaintiff", "attorneys for the family": counsel named by their client.
    r"(?:(?<=yers|neys)\s+for\s+(?:the\s+)?(?:plaintiffs?|defendants?|family|families|victims?|claimants?|prosecution|defen[cs]e))?"
    r"(?:(?<=services)\s+in\s+the\s+(?:[a-z]+\s+)?(?:[A-Z][\w'’-]*\s+){1,3}(?:region|province|state|county|city))?"
    r"(?:,?\s+who spoke on condition of anonymity)?)"
)
GROUP_HINT = re.compile(
    r"(?i:lawmaker|legislator|\bMPs?\b|senator|official|authorities|spokes|minister|diplomat|analyst|economist|"
    r"researcher|expert|union|organi[sz]er|agencies|police|source|commander|officer|familiar with|knowledge of|media|state t|mergency serv|"
    r"lawyer|attorney|jury|prosecutor|investigator|regulator|negotiator|mediator|coroner|firefighter|rescuer|"
    r"workers|doctor|medic|witness|resident|villager|survivor|relatives|activist|monitors|observers|scientist|"
    r"statistician|forecaster|meteorologist|trader)"
)
# The same stems, looked for as substrings of the lowercased sentence (see
# _text.plain_lower, contains_any); the case-insensitive hint is tried at every character.
_STEMS = tuple(
    "lawmaker|legislator|senator|official|authorities|spokes|minister|diplomat|analyst|economist|"
    "researcher|expert|union|organiser|organizer|agencies|police|source|commander|officer|"
    "familiar with|knowledge of|media|state t|emergency serv|lawyer|attorney|jury|prosecutor|investigator|"
    "regulator|negotiator|mediator|coroner|firefighter|rescuer|workers|doctor|medic|witness|resident|"
    "villager|survivor|relatives|activist|monitors|observers|scientist|statistician|forecaster|"
    "meteorologist|trader".split("|")
)


_MP = re.compile(r"\bmps?\b")  # the hint's \bMPs?\b, on lowercased ASCII text


def may_have_group(sentence: str) -> bool:
    """Whether ``GROUP`` can match at all: every group head contains one of the hint stems."""
    low = plain_lower(sentence)
    if low is None:
        return bool(GROUP_HINT.search(sentence))
    if contains_any(low, _STEMS):
        return True
    if "mp" not in low:
        return False
    return bool(_MP.search(low)) if sentence.isascii() else bool(GROUP_HINT.search(sentence))


# The lowercased first word of every GROUP head, as a whole word of the sentence.
_HEAD_FIRST_WORDS = frozenset(
    b"""people persons person sources source officials official economists economist analysts
    analyst lawmakers lawmaker aid media state legislators legislator mp mps senators senator
    authorities spokesman spokeswoman spokesperson ministers minister diplomats diplomat
    researchers researcher experts expert unions union organisers organizers agencies police
    emergency commanders commander officers lawyers lawyer attorneys attorney jury spokespeople
    prosecutor prosecutors investigator investigators regulator regulators negotiator negotiators
    mediator mediators coroner firefighters rescuers rescue aid health medical relief doctor doctors
    medics paramedics witness witnesses eyewitness eyewitnesses resident residents locals villagers
    survivors relatives activist activists monitors observers scientists volunteers hospitals
    statisticians forecasters meteorologists traders""".split()
)

_HEAD_VOCAB = vocabulary(_HEAD_FIRST_WORDS)


def find_groups(sentence: str, view: View | None):
    """``GROUP.finditer(sentence)``: on ASCII text tried only within 6 words before a head."""
    if view is None:
        return GROUP.finditer(sentence) if may_have_group(sentence) else ()
    heads = _HEAD_FIRST_WORDS.intersection(view[2])
    if not heads:
        return ()
    return anchored_finditer(
        GROUP,
        sentence,
        next_in(word_positions(view, heads, _HEAD_VOCAB)),
        6,
        WORD_START,
        _MODIFIER_WORD,
    )


_ANONYMITY = re.compile(r",?\s+who spoke on condition of anonymity")
_AREA_SERVICE = re.compile(
    r"(?i:emergency services|police|authorities)\s+in\s+the\s+(?:(?:north|south|east|west)\w*\s+)?"
    r"(?P<area>.+?)\s+(?P<unit>region|province|state|county)",
)


# Common words that open a group's name only as the first word of a sentence ("Police said",
# "Local residents said", "Hospital officials said"): the canonical name is lower case.
_COMMON_OPENERS = frozenset(
    {w for head in GROUP_HEADS for w in head.lower().split()}
    | set(
        """people aid media state senior top military intelligence government security health
        defence defense local regional federal independent humanitarian foreign former unnamed
        anonymous diplomatic ruling opposition hospital rescue medical relief emergency
        police""".split()
    )
)


def group_name(np_text: str) -> str:
    """Canonical name of an unnamed group: no determiner, number or rank; singular → 'unnamed …'."""
    text = _ANONYMITY.sub("", np_text)
    words = text.split()
    singular = bool(words) and words[0].lower() in ("a", "an", "another")
    while words and words[0].lower() in (
        "a",
        "an",
        "another",
        "the",
        "two",
        "three",
        "four",
        "some",
        "several",
        "other",
        "same",
        "senior",
        "top",
    ):
        words = words[1:]
    name = " ".join(words)
    # "Emergency services in the eastern Valencia region" -> "Valencia regional emergency
    # services": a service named by its area reads as the area's own service (compass
    # words describe the area, they are not part of the body's name).
    area = _AREA_SERVICE.fullmatch(name)
    if area:
        unit = {
            "region": "regional",
            "province": "provincial",
            "state": "state",
            "county": "county",
        }
        name = f"{area.group('area')} {unit[area.group('unit')]} {name.split(' in ', 1)[0].lower()}"
    first = name.split()[0] if name else ""
    if first[:1].isupper() and first[1:].islower() and first.lower() in _COMMON_OPENERS:
        name = name[0].lower() + name[1:]  # capitalised only because it opens the sentence
    # "a Georgia jury" is a body, not an unnamed person.
    return f"unnamed {name}" if singular and not name.endswith("jury") else name


_MEMBER_GLUE = re.compile(
    r"\s*(?:(?:from|of) (?:the )?(?:[A-Z][\w'’-]*\s?)+)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)?"
)


_SPACE = re.compile(r"\s+")


def members(sentence: str, end: int, found: list) -> tuple[str, ...]:
    """Named people written right after a group ("lawmakers Lee X and Kim Y").

    ``found`` are the mentions found so far (``.sources.Mention``), people among them.
    """
    people = sorted((m for m in found if m.type == "person"), key=lambda m: m.start)
    members: list[str] = []
    cursor = end
    for person in people:
        if person.start < cursor:
            continue
        gap = sentence[cursor : person.start]
        if not _SPACE.fullmatch(gap) and not (members and _MEMBER_GLUE.fullmatch(gap)):
            break
        members.append(person.source or person.text)
        cursor = person.end
    return tuple(members)
