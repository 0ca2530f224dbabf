"""Organisations outside the gazetteer, named in capitals, for :mod:`.sources`.

News copy names a body the first time in full, often with its acronym in brackets,
and by the acronym afterwards: "the Texas Department of State Health Services (DSHS)
said ... a DSHS spokesperson said". Long names run on through "of", "for", "on" and
"and" ("Department of Health and Social Care", "Global Research on Antimicrobial
Resistance (GRAM) Project"). A body new to the reader is introduced by a lowercase
descriptor in front of its name ("Rail operator Voltrail said", "State broadcaster
XTV reported", "the employers' federation ABC-DEF estimated"). The rules here find
those names and give each a kind from its wording; :func:`.sources.find_mentions`
turns them into mentions.
"""

from __future__ import annotations

import re

from ._text import contains_any
from .descriptors import descriptor_names, name_then_outlet, place_governments
from .groups import GROUP_HEADS
from .mention_scan import (
    Mention,
    View,
    suffix_min,
    vocabulary,
    window_start,
    windowed_finditer,
    word_positions,
)
from .name_kinds import name_kind
from .name_words import DAYS_MONTHS as _DAYS_MONTHS
from .name_words import LEAD_STOP as _LEAD_STOP
from .name_words import TITLES as _TITLES
from .name_words import UPPER as _UP

# Capitalised words that make a run of capitalised words the name of a body.
ORG_HEADS = frozenset(
    """Association Federation Confederation Union Institute Institution Foundation Council
    Agency Authority Ministry Department Office Bureau Commission Committee Service Services
    Police Army Navy Guard Group Company Corporation Corp Corp. Inc Inc. Ltd Ltd. Co Co.
    Plc PLC LLC GmbH Holdings Industries Bank Board League Society Centre Center Network
    Forum Chamber Trust Fund Prefecture Party Court Airlines Airline Airways Railway Railways
    Delegation Administration Organisation Organization Project Archive Healthcare Hospital
    Hospitals Clinic University College Laboratory Laboratories Observatory Coalition Alliance
    Partnership Initiative Tribunal Parliament Congress Senate Directorate Inspectorate
    Secretariat Registry Survey Statistics Watch Monitor Institutes Agencies Consortium Airport
    Agentur Database Campaign Programme Program Mission Movement Taskforce House Force Forces
    Centres Centers Committees Councils Commissions Unions Associations Federations Boards
    Authorities Ministries Departments Offices Courts Research Economics Analytics""".split()
)
_VERB_HEADS = frozenset(("Force", "Forces"))  # heads that are verbs too
_HEADS_LOWER = frozenset(w.lower().rstrip(".").encode() for w in ORG_HEADS)
# The capitalised forms of each head word, by its lowercase \w run (as in a View).
_HEAD_FORMS: dict[bytes, list[str]] = {}
for _w in sorted({w.rstrip(".") for w in ORG_HEADS}):
    _HEAD_FORMS.setdefault(_w.lower().encode(), []).append(_w)
# Capitalised words of a sentence, with an abbreviation's dot ("Co.").
_CAPITALISED = re.compile(r"[A-Z][a-z]*\.?")

# Words that join the parts of one name ("Office for National Statistics").
_LINKS = frozenset("of for on and the de du des la le del della di & für in to".split())
# Heads a name goes on from through "to" ("Committee to Protect Journalists", "International
# Campaign to Abolish Nuclear Weapons"); elsewhere "to" ends a name ("sent the Agency to Kyiv").
_EPITHETS = ("-based", "-linked", "-backed", "-affiliated", "-allied", "-aligned", "-run", "-led")
_TO_HEADS = frozenset("Campaign Committee Coalition Alliance Movement Fund Foundation".split())
# The last word of a name with a bracketed acronym that names a thing, not a body
# ("Gross Domestic Product (GDP)", "Antimicrobial Resistance (AMR)").
_THING_WORDS = frozenset(
    """Index Product Products Tax Rate Rates Act Law Bill Treaty Agreement Accord Convention
    Disease Diseases Syndrome Virus Resistance Intelligence Unit System Zone Area Plan Scheme
    Standard Test Vaccine Treatment Therapy Method Model Price Prices Income Growth Inflation
    Emissions Energy Power Vehicle Vehicles Reactor Missile Missiles System Systems""".split()
)
# Second halves of "X of A and B" that are subject fields, not another name.
_FIELDS = frozenset(
    """Development Technology Trade Industry Health Energy Culture Security Justice Commerce
    Research Science Education Transport Agriculture Environment Welfare Finance Innovation
    Care Prevention Protection Safety Affairs Services Resources Planning Housing Sport Tourism
    Fisheries Forestry Labour Labor Employment Communications Information Statistics Standards
    Control Rescue Relief Recovery Emergency Emergencies Works Infrastructure Investment""".split()
)

_RUN = re.compile(
    rf"[{_UP}](?<![\w'’.-].)[\w&'’.-]*(?:\s+(?:(?:of|for|on|and|the|de|du|des|la|le|del|della|di|&|in|to)\s+)*"
    rf"[{_UP}][\w&'’.-]*)*"
)
_WORD = re.compile(r"\S+")
_ACRONYM = re.compile(r"\s*\((?P<acr>[A-Z][A-Za-z0-9&.-]{1,11})\)")
_AFTER_ACRONYM_HEAD = re.compile(rf"\s+(?P<head>[{_UP}][\w&'’.-]*)")
_PARTY_STATE = re.compile(r"[DRI]-[A-Z]")
_OWNER_BEFORE = re.compile(
    rf"([{_UP}][\w.&-]*(?:\s+[{_UP}][\w.&-]*)*)['’]s\s+(?:[a-z]+\s+){{0,2}}$"
)
_AFFILIATION = re.compile(rf"([{_UP}][\w'’-]+),?\s+(?:of|at|from)\s+(?:the\s+)?$")
# A word of a body's name in a text ("the Agency", "Bureau of Things").
_HAS_HEAD = re.compile(
    r"\b(?:" + "|".join(sorted(w.rstrip(".") for w in ORG_HEADS)) + r")\b"
).search


def acronym(text: str) -> str | None:
    """The acronym a name gives itself in brackets ("Bureau of Things (BOT)" -> "BOT")."""
    if not text.endswith(")"):
        return None
    i = text.rfind("(")
    if i < 0:
        return None
    acr = text[i + 1 : -1]
    return acr if _is_acronym(acr) else None


def initials_of(name: str, acr: str) -> bool:
    """Whether ``acr`` spells the initials of ``name``'s capitalised words, in any case: "Epra"
    for "Energy and Petroleum Regulatory Authority" (British copy writes such acronyms so).
    A word of the name may lead an acronym: "Africa CDC" for "Africa Centres for Disease
    Control and Prevention"."""
    if " " in acr:
        lead, rest = acr.split(" ", 1)
        return lead in name.split()[:2] and lead[:1].isupper() and _is_acronym(rest)
    if not (3 <= len(acr) <= 8 and acr.isalpha()):
        return False
    words = name.split()
    if len(words) < len(acr):
        return False  # fewer words than letters: fewer initials (the usual surname)
    letters = "".join([w[0] for w in words if w[:1].isupper()])
    return letters.lower() == acr.lower()


def _is_acronym(acr: str) -> bool:
    """Two or more capitals, at least half the letters capitals, not a party-state tag."""
    if acr[1:].islower():
        return False  # one capital at most ("Lee")
    letters = list(filter(str.isalpha, acr))
    caps = sum(map(str.isupper, letters))
    return caps >= 2 and caps * 2 >= len(letters) and not _PARTY_STATE.match(acr)


def _bare(word: str) -> str:
    """A word without trailing sentence punctuation (abbreviations keep their dot)."""
    if word.endswith(".") and word not in ORG_HEADS and word.count(".") == 1 and word != "St.":
        return word[:-1]
    return word


def _anchors(sentence: str, view: View | None) -> list[int]:
    """Where a capitalised head word or a bracket stands: a body's name holds one of them."""
    out = []
    if view is not None:
        for low in _HEADS_LOWER.intersection(view[2]):
            for form in _HEAD_FORMS[low]:
                i = sentence.find(form)
                while i >= 0:
                    out.append(i)
                    i = sentence.find(form, i + 1)
    else:
        out = [m.start() for m in _CAPITALISED.finditer(sentence) if m.group() in ORG_HEADS]
    i = sentence.find("(")
    while i >= 0:
        out.append(i)
        i = sentence.find("(", i + 1)
    out.sort()
    return out


def may_have_org_names(sentence: str, view: View | None) -> bool:
    """Whether :func:`org_names` can find anything: a capitalised head word or a bracket."""
    return bool(_anchors(sentence, view))


def org_names(sentence: str, view: View | None, known) -> list[tuple[int, int, int, str, str, str]]:
    """``(start, name_end, end, name, acronym, owner)`` of the bodies named in capitals.

    ``known(name)`` tells whether a run is a known source (the gazetteer), which never
    joins a name through "and". ``end`` includes a bracketed acronym and a head word
    after it; ``name`` is the name without the acronym ("Global Research on
    Antimicrobial Resistance Project"); ``owner`` is the body that a named unit of it
    speaks for ("the Agency's Missing Persons Project"), else "".
    """
    if view is not None and _HEADS_LOWER.isdisjoint(view[2]) and "(" not in sentence:
        return []  # no anchor (the usual case): without building the list
    anchors = _anchors(sentence, view)
    if not anchors:
        return []
    out: list[tuple[int, int, int, str, str, str]] = []
    consumed = 0
    k = 0
    # a name opens at most some 100 characters before its first head word or bracket
    for m in _RUN.finditer(sentence, max(0, anchors[0] - 100)):
        a, b = m.span()
        if a > anchors[-1]:
            break  # every name holds an anchor: none opens after the last one
        while k < len(anchors) and anchors[k] < a:
            k += 1
        # a head word inside the run or a bracket right after it (anchors are sorted)
        if a < consumed or k == len(anchors) or anchors[k] > b + 1:
            continue
        text = m.group()
        words = [(a + w.start(), w.group()) for w in _WORD.finditer(text)]
        for chunk in _chunks(words):
            while chunk:
                found = _org_in_chunk(sentence, chunk, known)
                if found is None:
                    break
                out.append((*found, _unit_of(sentence, found[0], known)))
                consumed = max(consumed, found[2])
                # the rest of the run may name another body ("Japan Airlines and All Nippon
                # Airways")
                chunk = [(p, w) for p, w in chunk if p >= found[2]]
    if (
        ", " in sentence
        and " and " in sentence
        and (view is None or not _LISTED_HEADS.isdisjoint(view[2]))
    ):
        out = _with_listed_names(sentence, out, known)
    return out


# "Ministry of Housing, Communities and Local Government", "Department for Environment, Food
# and Rural Affairs": a ministry named by a list of its fields, commas and all.
# (?<![\w-])(?:Ministry|Department|...): the look-behind after each head's capital, so that
# the pattern opens with a set of letters, which re scans for in C.
_LISTED = re.compile(
    r"(?:M(?<![\w-].)inistry|D(?<![\w-].)epartment|O(?<![\w-].)ffice|C(?<![\w-].)ommittee|"
    r"S(?<![\w-].)ecretariat|D(?<![\w-].)irectorate|A(?<![\w-].)gency)\s+(?:of|for)\s+"
    r"(?:the\s+)?[A-Z][a-z]+(?:,\s+[A-Z][a-z]+)+,?\s+(?:and|&)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?![\w-])"
)


# The heads of _LISTED as a View holds them: a sentence with none of them has no match.
_LISTED_HEADS = frozenset(
    b"ministry department office committee secretariat directorate agency".split()
)
_LIST_ITEM = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?")


def _with_listed_names(sentence: str, out: list, known) -> list:
    """``out`` with the names that list fields (see _LISTED) in place of their parts; a list
    holding a known source lists bodies ("the Department of Health, Oxfam and Unicef")."""
    for m in _LISTED.finditer(sentence):
        items = _LIST_ITEM.findall(m.group().split(" of ", 1)[-1].split(" for ", 1)[-1])
        if any(known(item) for item in items):
            continue
        a, b = m.span()
        acr, end = "", b
        bracket = _ACRONYM.match(sentence, b)
        if bracket and _is_acronym(bracket.group("acr")):
            acr, end = bracket.group("acr"), bracket.end()
        out = [o for o in out if o[2] <= a or o[0] >= end]
        out.append((a, b, end, " ".join(m.group().split()), acr, ""))
        out.sort()
    return out


# "Governor's Office", "Attorney General's Office", "Sheriff's Department": an office named
# after its holder is one body, possessive and all.
_OFFICE_HOLDERS = frozenset(
    """General Governor Sheriff Coroner Mayor Prosecutor President Minister Auditor Comptroller
    Commissioner Marshal Chancellor Treasurer Ombudsman Registrar Examiner Inspector""".split()
)
_OFFICES = frozenset("Office Department Bureau".split())


def _chunks(words: list[tuple[int, str]]):
    """The parts of a run between possessives ("IOM's Missing Migrants Project")."""
    chunk: list[tuple[int, str]] = []
    for i, (pos, w) in enumerate(words):
        if (
            w[:-2] in _OFFICE_HOLDERS
            and i + 1 < len(words)
            and _bare(words[i + 1][1]) in _OFFICES
            and w.endswith(("'s", "’s"))
        ):
            chunk.append((pos, w))  # "the Sinaloa Attorney General's Office": one name
            continue
        if w.endswith(("'s", "’s")) and len(w) > 2:
            chunk.append((pos, w[:-2]))
            yield chunk
            chunk = []
            continue
        if (
            w.endswith(("'", "’"))
            and len(w) > 1
            and not (i + 1 < len(words) and _bare(words[i + 1][1]) in ORG_HEADS)
            # "Service for Foreigners' Affairs", "Department of Veterans' Affairs": a capitalised
            # word after it goes on with the name
            and not (w[:1].isupper() and i + 1 < len(words) and words[i + 1][1][:1].isupper())
        ):
            # "the employers' federation": a plural possessive ends the name (not before a
            # capitalised head: "Irish Farmers' Association", "Transport Workers' Union"); a
            # capitalised one is the name's last word ("the Ministry of Internal Affairs and
            # Communications' survey")
            if w[:1].isupper():
                chunk.append((pos, w[:-1]))
            yield chunk
            chunk = []
            continue
        chunk.append((pos, w))
    yield chunk


def _unit_of(sentence: str, start: int, known) -> str:
    """The owner, when a name after "<owner>'s" (and at most two lowercase words) speaks
    for its owner; else "".

    "the Agency's Missing Persons Project found", "the Office's separate Crime Survey found":
    a named project or survey of a body is that body. A country or place owns its own
    bodies ("Ruritania's Central Electoral Bureau"), which are sources in their own right.
    """
    lo = max(0, start - 80)
    if sentence.find("'s", lo, start) < 0 and sentence.find("’s", lo, start) < 0:
        return ""  # every _OWNER_BEFORE match holds one of them
    m = _OWNER_BEFORE.search(sentence, lo, start)
    if m is None:
        return ""
    owner = m.group(1)
    while owner.split(" ", 1)[0] in _LEAD_STOP and " " in owner:
        owner = owner.split(" ", 1)[1]
    return owner if known(owner) == "body" or _HAS_HEAD(owner) else ""


def _org_in_chunk(sentence: str, chunk: list[tuple[int, str]], known):
    # drop the opening words of a sentence or clause, and a title with a person before the name
    while chunk and (
        chunk[0][1] in _LEAD_STOP or chunk[0][1] in _LINKS or chunk[0][1].endswith(_EPITHETS)
    ):
        chunk = chunk[1:]  # "Nairobi-based Cytonn Investments", "Al-Qaeda-linked Group for ...":
        # a seat or an epithet is no part of the name
    # a day or month ends the name ("the Electoral Bureau on Tuesday")
    for i, (_, w) in enumerate(chunk):
        if _bare(w) in _DAYS_MONTHS:
            chunk = chunk[:i]
            break
    while chunk and chunk[-1][1] in _LINKS:
        chunk = chunk[:-1]
    if not chunk:
        return None
    words = [_bare(w) for _, w in chunk]
    heads = [i for i, w in enumerate(words) if w in ORG_HEADS or w + "." in ORG_HEADS]
    # a head followed by a title is part of the title ("Police Chief", "Party Leader")
    heads = [i for i in heads if not (i + 1 < len(words) and words[i + 1] in _TITLES)]
    # "Forces" before a capitalised word is a title-case verb ("Wildfire Forces Thousands to
    # Flee"); a force's name ends there or goes on through a link ("Armed Forces of Ukraine")
    heads = [
        i
        for i in heads
        if not (
            words[i] in _VERB_HEADS
            and i + 1 < len(words)
            and words[i + 1] not in _LINKS
            and words[i + 1] not in ORG_HEADS
        )
    ]
    # the name opens after the last title before its head ("Interior Minister Jane Roe of the
    # Ministry of Defence" -> "Ministry of Defence")
    first_head = heads[0] if heads else len(words)
    start_i = 0
    for i in range(first_head):
        if (
            words[i] in _TITLES
            and not (
                i + 1 < len(words)
                and words[i + 1][-2:] in ("'s", "’s")  # "Chief Minister's Office"
            )
            # "the General Statistics Office", "General Authority for Statistics": the name's
            and not (i == 0 and words[i] == "General")
        ):
            start_i = i + 1
    if heads:
        # ... and before the head, only capitalised words joined without links belong to it
        j = first_head
        while j > start_i and words[j - 1] not in _LINKS:
            j -= 1
        j = _and_before_head(words, start_i, j, first_head, known)
        start_i = max(start_i, j)
        while start_i < len(words) and words[start_i] in _LEAD_STOP:
            start_i += 1
    if heads:
        end_i = _tail_end(words, start_i, first_head, known)
    else:
        # no head word: a name only when a bracketed acronym follows the whole run
        end_i = len(words)
        if any(w in _TITLES for w in words[start_i:]):
            return None
    if end_i <= start_i:
        return None
    a = chunk[start_i][0]
    b = chunk[end_i - 1][0] + len(words[end_i - 1])
    name_words = [w for w in words[start_i:end_i]]
    acr, head_after, end = "", "", b
    m = _ACRONYM.match(sentence, b)
    if m and _is_acronym(m.group("acr")):
        acr, end = m.group("acr"), m.end()
        h = _AFTER_ACRONYM_HEAD.match(sentence, end)
        if h and _bare(h.group("head")) in ORG_HEADS:
            head_after = _bare(h.group("head"))
            end = h.start("head") + len(head_after)
    capitals = [w for w in name_words if w not in _LINKS]
    if not capitals:
        return None
    has_head = (
        bool(heads) and any(w in ORG_HEADS or w + "." in ORG_HEADS for w in name_words)
    ) or head_after
    if not has_head:
        if acr and len(capitals) >= 2 and capitals[-1] in _THING_WORDS:
            return a, b, end, "", acr  # a thing and its acronym ("Consumer Price Index (CPI)")
        if not acr or len(capitals) < 2:
            return None
    elif len(capitals) < 2 and not head_after and not acr:
        return None  # "Police said", "the Ministry": a description, not a name
    name = " ".join(name_words) + (" " + head_after if head_after else "")
    return a, b, end, name, acr


def _and_before_head(words: list[str], start: int, j: int, head: int, known) -> int:
    """Where a name opens when "and" joins two fields before its head ("Food and Drug
    Administration", "Nigerian Midstream and Downstream Petroleum Regulatory Authority").

    ``j`` is the first word after the link before the head. Only one or two capitalised words
    may stand before "and", none of them a known source or a head ("the Army and Police", "Kenya
    Red Cross and Kenya Wildlife Service" stay two), and a word must part "and" from the head.
    """
    if j - 2 < start or words[j - 1] != "and" or j >= head:
        return j
    k = j - 1
    while k > start and k > j - 4 and words[k - 1] not in _LINKS:
        k -= 1
    left = words[k : j - 1]
    if (
        not 1 <= len(left) <= 2
        or (k > start and words[k - 1] not in _LINKS)
        or any(w in ORG_HEADS or w in _TITLES or w in _LEAD_STOP or known(w) for w in left)
        or any(known(w) for w in words[j:head])
    ):
        return j
    return k


def _tail_end(words: list[str], start: int, head: int, known) -> int:
    """Index after the last word of the name that opens at ``start`` (head at ``head``).

    After the head the name goes on through links and capitalised words; it stops at a
    title ("Bank of Ruritania Governor"), and "and" joins only inside an "of"/"for"/"on"
    phrase, two or more words or a subject field, never a known source ("the Bureau of
    Mines and Eurostat") or a title ("and Interior Minister ...").
    """
    end = head + 1
    i = head + 1
    linked = False
    while i < len(words):
        w = words[i]
        if w in _TITLES:
            break
        if w in _LINKS:
            j = i
            while j < len(words) and words[j] in _LINKS:
                j += 1
            if j >= len(words):
                break
            link = words[i:j]
            k = j
            while k < len(words) and words[k] not in _LINKS and words[k] not in _TITLES:
                k += 1
            part = words[j:k]
            if not part:
                break
            if "in" in link and link != ["in", "the"]:
                break  # "Delegation in the Northern Province", not "Ministry of Health in Gaza"
            if "to" in link and (link != ["to"] or words[i - 1] not in _TO_HEADS):
                break
            if "and" in link or "&" in link:
                if not linked or known(" ".join(part)):
                    break
                if len(part) < 2 and not (
                    part[0] in _FIELDS
                    or part[0].endswith(("s", "ation", "isation", "ment", "ity", "ing"))
                ):
                    break  # "Human Resources and Emiratisation": a field; "and Eurostat": another body
            else:
                linked = True
            end = k
            i = k
            continue
        if not linked and not (w in ORG_HEADS or known(w) or words[head] == "Statistics"):
            break  # right after the head only another head or a place ("Statistics Ruritania")
        end = i + 1
        i += 1
    return end


# --------------------------------------------------------------------------- mentions

# Common English words that stand in the names of bodies but hardly in personal names.
_COMMON_NAME_WORDS = frozenset(
    """Humans Human Rights Violence Care Aid Relief Action Watch Peace Freedom Justice Life Hope
    Children Families Medical Health Global International National Public Social Research Science
    Policy Media News Press Data Safety Security Development Energy Power Water Food Climate
    Environment Education Legal Community City Alliance Network Council Studies Economics Capital
    Solutions Services Systems Technologies Partners Works Resources Without Borders Against
    Trust Initiative Institute Center Centre Fund Foundation Coalition Campaign Movement""".split()
)
# Gerunds that open the purpose of a charity ("Saving Humans", "Ending Hunger"); a list, as
# surnames end in -ing too (Golding, Fleming).
_GERUNDS = frozenset(
    """Saving Helping Feeding Fighting Building Ending Stopping Protecting Defending Supporting
    Caring Healing Rebuilding Monitoring Tracking Preventing Empowering Educating Housing""".split()
)


def looks_like_org_name(words: list[str]) -> bool:
    """Whether three or more capitalised words name a body: one of them (after the first) is
    a common English word of bodies' names or a gerund ("Mediterranea Saving Humans",
    "Gun Violence Archive", "Medical City Healthcare")."""
    if len(words) < 3:
        return False
    return (
        any(
            w in _COMMON_NAME_WORDS or w in _GERUNDS or (w in ORG_HEADS and w not in _VERB_HEADS)
            for w in words[1:]
        )
        or words[0] in _COMMON_NAME_WORDS
    )


def org_mentions(sentence: str, view: View | None, gazetteer, gaz) -> list[Mention]:
    """Mentions of bodies introduced by a descriptor or named in capitals.

    ``gaz`` is ``gazetteer.find(sentence)``. A name the gazetteer knows takes its canonical
    name and kind; a gazetteer match that covers a name leaves it to the gazetteer, except
    that the mention then reaches over a bracketed acronym after it ("Statistics Ruritania
    (SR) said": the acronym stands between the name and its verb).
    """
    out: list[Mention] = []
    for a, b, _desc, name, kind in descriptor_names(sentence, view):
        entry = gazetteer.lookup(name)
        m = _ACRONYM.match(sentence, b)
        end = m.end() if m and _is_acronym(m.group("acr")) else b
        source, kind = (entry.source.name, entry.source.kind) if entry else (name, kind)
        out.append(Mention(a, end, sentence[a:end], "named", source, kind))
    if " news agency" in sentence or " newspaper" in sentence or " broadcaster" in sentence:
        for a, b, name, kind in name_then_outlet(sentence):
            if any(ga < b and a < gb for ga, gb, _ in gaz) or gazetteer.lookup(
                f"{name} government"
            ):
                continue  # "the TASS news agency": the gazetteer's; "Ukrainian": a demonym
            out.append(Mention(a, b, sentence[a:b], "named", name, kind))
    if "overnment" in sentence:
        for a, b, place in place_governments(sentence):
            if any(ga < b and a < gb for ga, gb, _ in gaz):
                continue  # "the Kenyan government": the gazetteer's
            if not place:
                out.append(Mention(a, b, sentence[a:b], "description"))
                continue
            entry = gazetteer.government_of(place)
            if entry is not None:
                source = entry.source.name
            elif place.endswith(_ADJECTIVE_ENDINGS):
                source = f"{place} Government"  # "the Scottish Government", "Bavarian"
            else:
                source = f"Government of {place}"
            out.append(Mention(a, b, sentence[a:b], "named", source, "government"))
    if " by " in sentence and (view is None or not _WORK_WORDS.isdisjoint(view[2])):
        for m in _WORK_BY.finditer(sentence):
            # "An exit poll by Avanta gives ...", "a survey of 2,000 adults by Pollrite": the
            # one-word name of whoever did the work (a pollster, a research firm)
            a, b = m.span("name")
            name = m.group("name").rstrip(".")
            if (
                name in _LEAD_STOP
                or name in _DAYS_MONTHS
                or any(ga < b and a < gb for ga, gb, _ in gaz)
            ):
                continue
            out.append(Mention(a, a + len(name), name, "named", name, "other"))
    if view is None or (
        not _ADJECTIVE_HEADS.isdisjoint(view[2])
        # no country's adjective among the words: no match below finds a country
        and not gazetteer.adjective_words().isdisjoint(view[2])
    ):
        for m in _adjective_bodies(sentence, view):
            # "the Turkish defence ministry", "the Romanian electoral bureau": a country's body
            adj, org, start = m.group("adj"), m.group("org"), m.start("adj")
            first, _, rest = adj.partition(" ")
            if rest and first in _LEAD_STOP:
                adj, start = rest, start + len(first) + 1  # "The Turkish defence ministry"
            country = gazetteer.country_of_adjective(adj)
            if country is None or any(ga < m.end() and m.start() < gb for ga, gb, _ in gaz):
                continue
            entry = gazetteer.lookup(f"{adj} {org}")
            name = (
                entry.source.name
                if entry
                else gazetteer.local_ministry(org, country) or f"{adj} {org.title()}"
            )
            kind = entry.source.kind if entry else name_kind(name)
            out.append(Mention(start, m.end(), sentence[start : m.end()], "named", name, kind))
    if "s office" in sentence or "s department" in sentence:
        for m in _ROLE_OFFICE.finditer(sentence):
            # "the Harlan County medical examiner's office" -> "Harlan County Medical Examiner"
            name = f"{m.group('place')} {m.group('role').title()}"
            out.append(Mention(m.start(), m.end(), m.group(0), "named", name, "government"))
    if "-" in sentence and contains_any(sentence, _RUN_BY_NEEDLES):
        for m in _RUN_BY.finditer(sentence):
            if not any(ga < m.end() and m.start() < gb for ga, gb, _ in gaz):
                org = m.group("org")
                kind = (
                    "state_media"
                    if org.endswith(("media", "television", "broadcaster"))
                    else "government"
                )
                name = f"{m.group('owner')} {org.title()}"
                out.append(Mention(m.start(), m.end(), m.group(0), "named", name, kind))
    taken = [(m.start, m.end) for m in out]

    def known(text: str) -> str:
        """ "body" for a known source that is not a country, "country", or ""."""
        entry = gazetteer.lookup(text)
        if entry is None:
            return ""
        name = entry.source.name
        country = name.startswith("Government of") or name.endswith("government")
        return "country" if country else "body"

    for a, name_end, end, name, _acr, owner in org_names(sentence, view, known):
        if any(x < end and a < y for x, y in taken):
            continue
        aff = _AFFILIATION.search(sentence, max(0, a - 60), a) if name else None
        if not name or aff and aff.group(1).lower() not in GROUP_HEADS:
            # "Jane Roe of Ruritania University": where a person works, not another source
            # ("Researchers at X" are X's); a thing with its acronym is no source either. The
            # span is kept from the person rules and dropped by find_mentions.
            out.append(Mention(a, end, sentence[a:end], "blocked"))
            continue
        covering = None
        for ga, gb, entry in gaz:
            if sentence.startswith(("the ", "The "), ga):
                ga += 4  # the gazetteer's match takes "the" in front
            if ga < name_end and a < gb:
                if ga <= a and name_end <= gb:
                    covering = (ga, entry)
                    break
                if not (a <= ga and gb <= name_end):
                    covering = (-1, None)  # a known name across its edge: the gazetteer's
                    break
        if covering is not None:
            ga, entry = covering
            if entry is not None and end > name_end:
                out.append(
                    Mention(
                        ga, end, sentence[ga:end], "named", entry.source.name, entry.source.kind
                    )
                )
            continue
        entry = gazetteer.lookup(owner or name)
        source, kind = (
            (entry.source.name, entry.source.kind)
            if entry
            else (owner or name, name_kind(owner or name))
        )
        if entry is None and not owner and sentence.startswith(" (", end):
            # "the Assistance Association for Political Prisoners (Burma) said": a country
            # in brackets is part of the name, no source of its own
            place = _BRACKETED_PLACE.match(sentence, end)
            if place and known(place.group(1)) == "country":
                end = place.end()
                source = f"{source} ({place.group(1)})"
        out.append(Mention(a, end, sentence[a:end], "named", source, kind))
    return out


_ADJECTIVE_ENDINGS = ("ish", "ese", "ian", "ean", "ern", "ic", "an")
_BRACKETED_PLACE = re.compile(rf" \(([{_UP}][a-z]+(?: [{_UP}][a-z]+)?)\)")


# "the Houthi-run interior ministry", "Rebel-held city council": a body run by a named group
# is that group's body ("Houthi Interior Ministry"), not a bare ministry of the story's country.
_RUN_BY = re.compile(
    rf"(?<![\w-])(?P<owner>[{_UP}][\w'’]*)-(?:run|led|controlled|backed|held|appointed|installed)\s+"
    r"(?P<org>(?:[a-z]+\s+)?(?:ministry|government|administration|authorities|police|council|"
    r"municipality|agency|media|television|broadcaster))(?![\w-])"
)


# "An exit poll by Avanta", "a survey of 2,000 adults by Pollrite": who did the work, when
# written as one capitalised word (longer names are found by the other rules; a person's
# name there stays a person).
_WORK_BY = re.compile(
    r"(?<![\w-])(?:[Pp]olls?|[Ss]urveys?|[Ss]tud(?:y|ies)|[Aa]nalys[ie]s|[Cc]ensus|[Aa]udit|[Tt]ally|"
    r"[Pp]rojections?|[Ff]orecasts?|[Mm]odel(?:l?ing)?)\b[^.;:()]{0,40}?\bby\s+"
    rf"(?P<name>[{_UP}][\w&’'.-]*)(?![\w&’'-]|\s+[{_UP}])"
)


_WORK_WORDS = frozenset(
    b"poll polls survey surveys study studies analysis analyses census audit tally projection "
    b"projections forecast forecasts model modelling modeling".split()
)
_RUN_BY_NEEDLES = tuple(
    f"-{w} " for w in "run led controlled backed held appointed installed".split()
)


# "the Turkish defence ministry", "the Romanian electoral bureau": a country's adjective and a
# lower-case body (the gazetteer knows the adjectives from its "<Adjective> government" aliases).
_ADJECTIVE_BODY = re.compile(
    rf"(?P<adj>[{_UP}](?<![\w-].)[a-z]+(?:\s[{_UP}][a-z]+)?)\s+"
    r"(?P<org>(?:[a-z]+\s+){0,2}?(?:ministry|bureau|agency|office|authority|commission|council|"
    r"army|navy|air force|military|coast guard|central bank|regulator|parliament|inspectorate|"
    r"directorate|prosecutor's office|election commission))(?![\w-])"
)
_ADJECTIVE_HEADS = frozenset(
    b"ministry bureau agency office authority commission council army navy force military guard "
    b"bank regulator parliament inspectorate directorate".split()
)


_ADJECTIVE_VOCAB = vocabulary(_ADJECTIVE_HEADS)
_ADJECTIVE_START = re.compile(rf"[{_UP}](?<![\w-].)")


def _adjective_bodies(sentence: str, view: View | None):
    """``_ADJECTIVE_BODY.finditer(sentence)``; on ASCII text tried only in the five words
    before a head's last word (two of the adjective, two modifiers, a head's first word)."""
    if view is None:
        return _ADJECTIVE_BODY.finditer(sentence)
    found = word_positions(view, _ADJECTIVE_HEADS.intersection(view[2]), _ADJECTIVE_VOCAB)
    windows = [(window_start(sentence, h, 5), h) for h, _ in found]
    return windowed_finditer(_ADJECTIVE_BODY, _ADJECTIVE_START, sentence, suffix_min(windows))


# "the Harlan County medical examiner's office", "the Dale County sheriff's office": the office
# of a local official named by its place is the official's body.
_ROLE_OFFICE = re.compile(
    rf"(?<![\w-])(?:[Tt]he\s+)?(?P<place>[{_UP}][\w.'’-]*(?:\s+[{_UP}][\w.'’-]*){{0,3}})\s+"
    r"(?P<role>medical examiner|coroner|sheriff|district attorney|attorney general|prosecutor|"
    r"state attorney|fire marshal)['’]s\s+(?:office|department)(?![\w-])"
)


# --------------------------------------------------------------------------- acronyms later on

# "a DSHS spokesperson", "an Acme spokesman": a spokesperson of a body named by its acronym
# or known name speaks for the body (as "a spokesperson for the DSHS" does).
_BODY_SPOKESPERSON = re.compile(
    rf"(?:[Aa]n?|[Tt]he)\s+(?P<body>[{_UP}][\w&.-]*(?:\s+[{_UP}][\w&.-]*){{0,3}})\s+"
    r"spokes(?:man|woman|person)"
)


def spokesperson_body(np_text: str, gazetteer, people) -> tuple[str, str] | None:
    """(source, kind) of the body whose unnamed spokesperson ``np_text`` is, when known."""
    m = _BODY_SPOKESPERSON.fullmatch(np_text)
    if m is None:
        return None
    body = m.group("body")
    if people and body in people and body.isupper():
        return people[body]
    entry = gazetteer.lookup(body)
    if entry is None and body[:1].isupper() and body.split()[0] not in _LEAD_STOP:
        # "A CR spokesperson", "An IG BCE spokesperson": the body, as written
        return body, name_kind(body)
    if (
        entry is None
        or entry.source.kind in ("person", "official")
        or (
            entry.source.name.startswith("Government of")
            or entry.source.name.endswith("government")
        )
    ):
        return None  # "a Kremlin spokesman" is a person of the government, not the country
    return entry.source.name, entry.source.kind


def acronym_mentions(sentence: str, people: dict[str, tuple[str, str]]):
    """Mentions of the acronyms an article has given its bodies ("the BOT said" after
    "the Bureau of Things (BOT)"): ``people`` holds them with the person names."""
    out = []
    for token, (name, kind) in people.items():
        if token not in sentence or not (_is_acronym(token) or initials_of(name, token)):
            continue  # (people holds surnames too; "NaDMA" and "Epra" are acronyms)
        for m in re.finditer(rf"(?<![\w-]){re.escape(token)}(?![\w-])", sentence):
            out.append(Mention(m.start(), m.end(), token, "named", name, kind))
    return out


def adds_acronym(sentence: str, people: dict[str, tuple[str, str]]) -> bool:
    """Whether a sentence holds one of the article's acronyms as a word."""
    return any(
        token in sentence
        and (_is_acronym(token) or initials_of(people[token][0], token))
        and re.search(rf"(?<![\w-]){re.escape(token)}(?![\w-])", sentence)
        for token in people
    )
