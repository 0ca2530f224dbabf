"""Extraction: every figure in a document with its attribution chain.

``extract(document)`` is pure: the same text and metadata always give the same
claims. It segments the article (:mod:`.structure`), finds figures in each
sentence (:mod:`.figures`), reads attribution frames and resolves them to
canonical sources (:mod:`.attribution`, :mod:`.sources`), adds article-level
hops (datelines, credits, a lede "as per a report by") and the publisher, and
dates each figure (:mod:`.dates`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..models import Claim, Document, Hop
from . import attribution as att
from . import portfolios
from .accounts import (
    MARKET_MOVE,
    OWN_COUNT,
)
from .carry import carry, furniture
from .cue_objects import LEGISLATURE, RECIPIENT_KINDS
from .currency import settle_article
from .dates import as_of_date, parse_date
from .name_lists import join_listed
from .national import country_acronym, qualify, sentence_country
from .orgnames import acronym, initials_of
from .publisher_names import names_of
from .reports import REPORT_AFTER, register_reports
from .sources import Gazetteer, Mention, adds_surnames, find_mentions, kind_from_wording
from .structure import WIRE_CODES, Credit, Layout, Sentence, segment

__all__ = ["extract"]

_finder: Callable | None = None
# a legislature or its committee told something is a hop; an international body's assembly or
# committee ("the International Committee of the Red Cross") is not one
_TOLD_BODY_KINDS = frozenset(("government", "legislator", "other"))
_BODY_STAFF = (" staff", " officials", " investigators", " workers", " teams", " representatives")
# A person written as the subject of a verb (for "he"/"she" later): a regular past or present
# form, or a common irregular past ("Lee, who ..., said", "Patel told reporters").
_SUBJECT_VERB = re.compile(
    r"(?:,[^,]{1,80},)?\s+(?:has |had |have |is |was |also |then |later )*(?:been )?"
    r"(?:[a-z]+(?:ed|s)|said|told|wrote|spoke|gave|put|took|made|met|led|won|lost|held|sent|"
    r"kept|thought|found|became|began|ran|left|brought|sought|paid|came|went|saw|given|written|"
    r"spoken|taken|shown)\b"
)


def _find_figures(text: str, headline: bool, offset: int):
    global _finder
    if _finder is None:
        from .figures import find_figures

        _finder = find_figures
    return _finder(text, headline=headline, offset=offset)


class _Sentence:
    """Working state of one sentence during extraction."""

    __slots__ = (
        "sent",
        "text",
        "mentions",
        "frames",
        "hops",
        "figures",
        "own",
        "chains",
        "asof",
        "unnamed",
        "kind",
        "cuts",
        "hop_of",
        "unknown",
    )

    def __init__(self, sent: Sentence, text: str, kind: str):
        self.sent = sent
        self.text = text
        self.kind = kind
        self.mentions: list[Mention] = []
        self.frames: list[att.Frame] = []
        self.hops: dict[int, Hop] = {}  # frame index -> resolved hop
        self.figures: list = []
        self.own: list[Hop] | None = None  # the sentence's own chain (for carrying)
        self.chains: list[list[Hop] | None] = []
        self.asof: str | None = None
        self.unnamed = False
        self.cuts: list[int] | None = None  # clause boundaries, computed on first use
        self.hop_of: dict[int, Hop] | None = None  # id(frame) -> hop, built on first use
        self.unknown = False  # attributed to a speaker the extractor cannot name


def extract(document: Document, *, gazetteer: Gazetteer | None = None) -> list[Claim]:
    """Every figure in ``document`` as a claim with its chain (origin first, publisher last)."""
    gaz = gazetteer or Gazetteer.default()
    text = document.text
    layout = segment(text, document.title)
    work: list[_Sentence] = []
    for para in layout.paragraphs:
        for sent in para.sentences:
            work.append(_Sentence(sent, text[sent.start : sent.end], para.kind))
    # Pass 1: mentions, the article's named sources (for forward resolution) and people.
    future: list[Hop] = []
    context = att.Context(gaz, [])
    for w in work:
        w.mentions = join_listed(w.text, portfolios.repair(w.text, find_mentions(w.text, gaz)), gaz)
        for m in w.mentions:
            if m.type == "person" and m.source:
                # ("the Haifa Bay power station": a name after "the" is a place's, no person to
                # refer back to)
                if w.text[max(0, m.start - 4) : m.start] != "the ":
                    context.remember_person(m.source, m.kind or "person")
            elif m.type == "named" and m.text.endswith(")") and acronym(m.text):
                # "the Bureau of Things (BOT)": "the BOT", "a BOT spokesperson" later are the body
                # (an acronym the gazetteer knows is found by the gazetteer already)
                if gaz.lookup(acronym(m.text)) is None:
                    context.people.setdefault(acronym(m.text), (m.source, m.kind or "other"))
            elif m.type == "named" and m.source and w.text.startswith(" (", m.end):
                # a body with an acronym of the article's own after it ("the National Disaster
                # Management Agency (NaDMA)", "the Energy and Petroleum Regulatory Authority (Epra)")
                bracket = w.text[m.end + 2 : w.text.find(")", m.end)]
                own = bracket if acronym(f"({bracket})") or initials_of(m.text, bracket) else None
                if own and gaz.lookup(own) is None:
                    context.people.setdefault(own, (m.source, m.kind or "other"))
            if m.type == "group" and m.members:
                context.groups.setdefault(m.source, m.members)
            if (
                m.type in ("named", "person", "group")
                and not w.sent.headline
                and m.source
                and not (w.text[:1] == "(" and furniture(w))  # "(Photo: Reuters/...)"
            ):
                future.append(
                    att.Hop0(m.source, m.kind or "other", m.text, None, None, None, m.members)
                )
    _organisations_by_its(work, context)
    context.topic = _topic_company(work)
    _indefinites(work, context)
    _affiliations(work, context)
    future = [
        context.indefinite.get(h.source, h) if h.source.startswith("unnamed ") else h
        for h in future
    ]
    context.future = future
    context.country = _story_country(work, gaz, layout)
    # Pass 2: frames, resolution, chains of the sentence's own figures.
    published = parse_date(document.published)  # once: every claim's as_of reads it
    for w in work:
        # Surname anaphora ("Lee said") needs a second look only where a known surname is
        # not already covered by a pass-1 mention; elsewhere pass 1's mentions are final.
        if (
            context.people
            # a substring test first: adds_surnames is exact, and only a sentence holding
            # a known name token can add a surname (no per-article regex to compile)
            and any(token in w.text for token in context.people)
            and adds_surnames(w.text, w.mentions, context.people)
        ):
            w.mentions = join_listed(
                w.text, portfolios.repair(w.text, find_mentions(w.text, gaz, context.people)), gaz
            )
        w.frames = att.sentence_frames(w.text, w.mentions, headline=w.sent.headline, gazetteer=gaz)
        base = w.sent.start
        resolved: dict[int, att.Hop0] = {}
        story_country = context.country
        if w.text[:3] == "In " and w.frames:
            # "In neighbouring Saudi Arabia, the ministry said": that country's bodies
            context.country = sentence_country(w.text, gaz) or story_country
        earlier: list[att.Hop0] = []  # the sentence's speakers so far
        for i, f in enumerate(w.frames):
            h = context.sentence_speaker(f.mention, earlier) if f.role == "speaker" else None
            h = h or context.resolve(
                f.mention, w.mentions, headline=w.sent.headline, sentence=w.text
            )
            if h is None:
                continue
            if (
                f.role == "recipient"
                and h.kind not in RECIPIENT_KINDS
                and not (h.kind in _TOLD_BODY_KINDS and LEGISLATURE.search(h.source))
                # "They told IOM staff", "told UN investigators": the body they work for
                and not w.text.startswith(_BODY_STAFF, f.mention.end)
            ):
                continue
            resolved[i] = h
            if f.role == "speaker":
                earlier.append(h)
            if f.role == "source" and f.cue.endswith(" seen by"):
                # "according to a draft seen by X": "the draft" later is the same owner's
                context.reports.setdefault(f.cue.split(" ", 1)[0], h)
            w.hops[i] = Hop(
                source=_named_before(h, context.seen)
                or qualify(h.source, h.kind, context.country, gaz),
                kind=h.kind,
                mention=f.mention.text,
                cue=f.cue,
                span=(base + f.mention.start, base + f.mention.end),
                members=h.members,
            )
        context.country = story_country
        if (
            not resolved
            and not w.sent.headline
            and any(v in w.text for v in _UNKNOWN_VERBS)
            and not any(f.mention.type == "pronoun" for f in w.frames)
        ):
            w.unknown = _unknown_speaker(w, context, base, resolved)
        elif not resolved and ("our " in w.text or "Our " in w.text) and OWN_COUNT.search(w.text):
            w.unknown = True  # "By our count, ...": the publisher's own figures, no one else's
        frames = w.frames
        # resolved is filled in frame order: the same dict as going through the frames
        by_start = {frames[i].mention.start: h for i, h in resolved.items()}
        seen = context.seen
        credit = w.text[:1] == "(" and furniture(w)  # "(Photo: Reuters/...)": no antecedent
        for m in () if credit else w.mentions:
            h = by_start.get(m.start)
            if h is None and m.type in ("named", "person", "group"):
                h = context.resolve(m, w.mentions)
            if h is not None:
                seen.append(h)
                if m.type == "named" and h.kind != "outlet" and " " in w.text[m.end : m.end + 3]:
                    owned = REPORT_AFTER.match(w.text, m.end)
                    if owned:  # "a Reuters survey": Reuters' ("a Lancet study" is its authors')
                        context.reports.setdefault(owned.group(1).lower(), h)
                if (
                    m.type == "person"
                    # _SUBJECT_VERB opens with a comma or whitespace
                    and (w.text[m.end : m.end + 1] == "," or w.text[m.end : m.end + 1].isspace())
                    and _SUBJECT_VERB.match(w.text, m.end)
                ):
                    context.subjects.append(h)
        attributed = []
        owners: list[tuple[int, att.Hop0]] = []  # (mention end, hop) of named speakers
        for i, h in resolved.items():
            f = frames[i]
            if (f.role == "speaker" or f.role == "source") and not f.expectation:
                context.speakers.append(h)
                attributed.append(f)
                if f.mention.type != "description" and not h.source[:1].islower():
                    owners.append((f.mention.end, h))
        if owners:
            register_reports(w.text, owners, context.reports)
        # find_figures returns at once when its number trigger finds nothing, so no separate
        # pre-filter: the old one missed "thirteen"/"fifteen" and dropped those figures.
        w.figures = list(_find_figures(w.text, w.sent.headline, w.sent.start))
        if w.figures:
            # Only claims read the date and the unnamed-data flag: skip both elsewhere.
            w.asof = as_of_date(w.text, published)
            w.unnamed = att.unnamed_data(w.text)
        w.chains = [
            None
            if w.sent.headline and _market_clause(w.text, fm.start)
            else _drop_metonyms(_chain_for(w, fm.start), gaz)
            for fm in w.figures
        ]
        if attributed:
            w.own = _drop_metonyms(
                _chain_for(w, _content_position(w, attributed), carry_only=True), gaz
            )
    # "19.5 billion crowns" alone: the crowns the article has named (figures are per sentence)
    settle_article(text, [w.figures for w in work])
    article = _article_hops(layout, work, gaz, text, context.country)
    carry(work, layout)
    return _claims(document, work, article)


# "PARIS —", "PORT SUDAN, Sudan —", "KYIV, Nov 20 (Reuters) -": the place of a dateline.
_DATELINE_PLACE = re.compile(
    r"([A-Z][A-Z .'’-]+)(?:,\s*([A-Z][\w .'’]*?))?(?:,\s*\w+ \d+)?\s*(?:\([^)]{1,30}\)\s*)?(?:[—–-]|:)\s"
)


_PLACE_PARTS = re.compile(r"\s*[(),]\s*")  # "Morbi (Gujarat)": the town, then the state


def _story_country(work: list[_Sentence], gaz: Gazetteer, layout: Layout) -> str | None:
    """The story's country: its dateline's place, else the country whose government is named most."""
    for d in layout.datelines[:1]:
        # "Copenhagen, August 6 (Reuters) –", "Morbi (Gujarat), Nov 1 (PTI)": the town, then
        # a state or country after it
        for place in _PLACE_PARTS.split(d.place or ""):
            entry = gaz.lookup(place.title() if place.isupper() else place) if place else None
            if entry is not None and entry.country:
                return entry.country
    for w in [w for w in work if not w.sent.headline][:3]:
        m = _DATELINE_PLACE.match(w.text)
        if m:
            for place in (m.group(2), m.group(1).strip().title()):
                entry = gaz.lookup(place.strip()) if place else None
                if entry is not None and entry.country:
                    return entry.country
    counts: dict[str, int] = {}
    for w in work:
        named = [
            (x.start, gaz.lookup(x.source or ""))
            for x in w.mentions
            if x.type == "named" and x.kind == "government"
        ]
        if "'s " in w.text or "’s " in w.text:
            # "Myanmar's military junta": a country owning the story's bodies
            named += [(m.start(), gaz.government_of(m.group(1))) for m in _OWNER.finditer(w.text)]
        for _, entry in sorted(named, key=lambda n: n[0]):  # text order breaks ties
            if entry is not None and entry.country:
                counts[entry.country] = counts.get(entry.country, 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else None


_OWNER = re.compile(r"(?<![\w-])([A-Z][a-z]+(?: [A-Z][a-z]+)?)['’]s ")


def _named_before(hop: att.Hop0, seen: list) -> str | None:
    """The body of the same kind the article named before whose name ends with the hop's,
    a generic name ("the Air Force said" after "Ukraine's Air Force": the Ukrainian Air
    Force); None if none (people are left to the name rules)."""
    source = hop.source
    if (
        " " not in source
        or not source[:1].isupper()
        or source.endswith(")")
        or hop.kind in ("person", "official", "legislator", "anonymous")
    ):
        return None
    tail = " " + source
    for h in reversed(seen[-30:]):
        if h.kind == hop.kind and h.source.endswith(tail) and h.source[:1].isupper():
            return h.source
    return None


def _drop_metonyms(chain: list[Hop] | None, gaz: Gazetteer) -> list[Hop] | None:
    """Drop a country's government from a chain that names a body of that country.

    "Sudan has recorded ..., data from the health ministry showed": the country is a
    metonym for its ministry, which is the source.
    """
    if not chain or len(chain) < 2:
        return chain
    countries = [_country_of(h.source, gaz) for h in chain]
    if not any(countries):
        return chain  # no hop belongs to a country: nothing to drop (most chains)
    govs = {
        i
        for i, (h, c) in enumerate(zip(chain, countries, strict=True))
        if c and h.kind == "government" and gaz.lookup(c) is gaz.lookup(h.source)
    }
    drop = {
        i
        for i in govs
        if any(j not in govs and countries[j] == countries[i] for j in range(len(chain)))
    }
    return [h for i, h in enumerate(chain) if i not in drop] if drop else chain


_NAMED_COUNTRY = re.compile(r"\(([^()]+)\)$")  # "Ministry of Health (Italy)"


def _country_of(source: str, gaz: Gazetteer) -> str | None:
    """The country a source belongs to: its gazetteer entry's, else a trailing "(Country)"."""
    entry = gaz.lookup(source)
    if entry is not None:
        return entry.country
    if not source.endswith(")"):
        return None
    named = _NAMED_COUNTRY.search(source)
    return named.group(1) if named else None


# "Halvex Systems lowered its forecast": a name followed by a verb and "its" is an
# organisation, not a person (a person's would be "his" or "her").
_ITS_AFTER = re.compile(r"\s+(?:(?:has|have|had|also|again|on \w+)\s+)*[a-z]+\s+its\b")


def _organisations_by_its(work: list[_Sentence], context: att.Context) -> None:
    """Re-type names guessed to be people that the article writes as an organisation."""
    orgs = {
        m.source
        for w in work
        for m in w.mentions
        if m.type == "person"
        and m.kind == "person"
        and m.source
        and " its " in w.text[m.end : m.end + 40]
        and _ITS_AFTER.match(w.text, m.end)
    }
    if not orgs:
        return
    for w in work:
        w.mentions = [
            Mention(m.start, m.end, m.text, "named", m.source, "other")
            if m.type == "person" and m.source in orgs
            else m
            for m in w.mentions
        ]
    for token, (name, _) in list(context.people.items()):
        if name in orgs:
            context.people[token] = (name, "other")


def _topic_company(work: list[_Sentence]) -> att.Hop0 | None:
    """The company the article is about: the first organisation (not a body of government)
    named in the headline or the first body sentences, for "the company said"."""
    for w in work[:4]:
        for m in w.mentions:
            if m.type == "named" and m.kind == "other" and m.source and m.source[:1].isupper():
                return att.Hop0(m.source, "other", m.text, None)
    return None


# "The researchers, from the X Project, estimated": the group is the named body.
_AFFILIATION = re.compile(r",?\s+(?:from|at|of)\s+(?:the\s+)?")


def _affiliations(work: list[_Sentence], context: att.Context) -> None:
    """Unnamed groups introduced with the body they come from ("the researchers, from the X
    Project", "scientists at the Y Institute"): later "the researchers", "they" are that body."""
    for w in work:
        ms = w.mentions
        for g, named in zip(ms, ms[1:], strict=False):
            if (
                g.type == "group"
                and named.type == "named"
                and named.kind not in ("government", "outlet", "news_agency")
                and named.source
                and _AFFILIATION.fullmatch(w.text, g.end, named.start)
            ):
                context.affiliated.setdefault(
                    g.source, att.Hop0(named.source, named.kind or "other", named.text, None)
                )


def _indefinites(work: list[_Sentence], context: att.Context) -> None:
    """ "a lawmaker said ..." in one paragraph, "Lee Seong-kweun, ..., said" opening the next: the same person."""
    for i, w in enumerate(work):
        for m in w.mentions:
            if m.type != "group" or not m.source.startswith("unnamed ") or m.kind == "anonymous":
                continue
            nxt = _next_body_sentence(work, i)
            if nxt is None:
                continue
            first = next((x for x in nxt.mentions if x.type == "person"), None)
            if (
                first is not None
                and first.start <= 25
                and nxt.text[: first.start].strip().lower() in ("", "deputy", "the")
            ):
                context.indefinite.setdefault(
                    m.source, att.Hop0(first.source, first.kind, first.text, None)
                )
            elif first is not None and first.start == 0:
                context.indefinite.setdefault(
                    m.source, att.Hop0(first.source, first.kind, first.text, None)
                )


def _next_body_sentence(work: list[_Sentence], i: int) -> _Sentence | None:
    """The first non-headline sentence of a later paragraph than ``work[i]``'s (no list copy:
    this runs for every unnamed group mention)."""
    para = work[i].sent.paragraph
    for j in range(i + 1, len(work)):
        x = work[j]
        if x.sent.paragraph > para and not x.sent.headline:
            return x
    return None


def _content_position(w: _Sentence, attributed: list) -> int:
    """Where the reported content sits, for the chain a sentence passes on to the next ones."""
    if w.figures:
        return w.figures[0].start
    last = max(f.pos for f in attributed)
    if last > len(w.text) * 2 // 3:
        return (
            min(f.pos for f in attributed) - 1
            if min(f.pos for f in attributed) > len(w.text) // 3
            else last - 1
        )
    return last + 1


# Where a sentence turns from reported figures to the consensus they are measured against:
# "Profit rose 29% to 31.9 billion, below the 32.9 billion expected by analysts, according to
# LSEG data". The expectation's sources cover only the consensus.
_CONSENSUS = re.compile(
    r",\s+(?:well\s+|just\s+|slightly\s+|far\s+)?(?:below|above|short of|ahead of|beating|"
    r"missing|compared with|against|versus|in line with)\s+"
)


_OWN_ROLES = ("speaker", "source", "relay")


def _chain_for(w: _Sentence, figure_pos: int, carry_only: bool = False) -> list[Hop] | None:
    hops = w.hops
    if not hops:
        return None  # no frame of the sentence resolved to a source
    all_frames = w.frames
    expected = False  # any resolved frame an expectation (a loop: this runs per figure)
    for i in hops:
        if all_frames[i].expectation:
            expected = True
            break
    if expected:
        turn = _CONSENSUS.search(w.text)
        if turn is not None and figure_pos < turn.start():
            # the company's own figures before the consensus: none of the consensus sources
            hops = {i: h for i, h in hops.items() if w.frames[i].pos < turn.start()}
            if not hops:
                return None
    # w.hops is filled in frame order, so its keys give the resolved frames in frame order.
    if len(hops) == 1:
        # One frame, a speaker, a source or a relay ("Yonhap reported that 20 died": the
        # agency, with no origin it names): clause_frames keeps it, order_frames gives it (a
        # lone recipient gives no chain).
        [(i, hop)] = hops.items()
        f = all_frames[i]
        if f.role in _OWN_ROLES and not (carry_only and f.expectation):
            return [hop]
        return None
    if carry_only:
        frames = [all_frames[i] for i in hops if not all_frames[i].expectation]
    else:
        frames = [all_frames[i] for i in hops]
    for f in frames:
        if f.role == "speaker" or f.role == "source":
            break
    else:
        return None
    hop_of = w.hop_of
    if hop_of is None:  # frames are matched by identity
        hop_of = w.hop_of = {id(all_frames[i]): h for i, h in w.hops.items()}
    if len(frames) == 1:
        return [hop_of[id(f)]]  # as above
    if w.cuts is None:
        w.cuts = att.clause_cuts(w.text)
    frames = att.clause_frames(w.text, frames, figure_pos, cuts=w.cuts)
    chain: list[Hop] = []
    sources: set[str] = set()
    for f in att.order_frames(frames, figure_pos):
        hop = hop_of.get(id(f))
        if hop is not None and hop.source not in sources:
            sources.add(hop.source)
            chain.append(hop)
    return chain or None


def _market_clause(text: str, pos: int) -> bool:
    """Whether the figure at ``pos`` sits in a later clause that is a market move: "Halvex
    cuts outlook, shares slump 20%" (the company is the source of its outlook, not of the
    market's verdict on it)."""
    start = max(text.rfind(", ", 0, pos), text.rfind("; ", 0, pos))
    return start > 0 and bool(MARKET_MOVE.match(text, start + 2))


# A reporting verb whose subject no rule named ("The airport said 230 flights ...", "Ferry
# operator Nordlink said ..."): the sentence has its own source, even unnamed, and takes no
# other's (nor does what follows it inherit an earlier speaker).
_UNKNOWN_VERBS = ("said", "says", "told", "tells", "reported", "reports", "estimate", "announced")
_UNKNOWN_SPEAKER = re.compile(
    r"(?:^|,\s+)(?P<subject>(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+)?(?:[\w'’-]+\s+){0,3}?)"
    r"(?P<verb>said|says|told|tells|reported|reports|estimated|estimates|announced|confirmed|stated)\b"
)
_PARTICIPLES = frozenset(("estimated", "reported", "confirmed"))
_ARTICLES = frozenset(("", "An", "an", "A", "a", "The", "the", "Its", "its", "Their", "their"))
_THE_NOUNS = re.compile(r"[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}(?P<head>[a-z][\w-]*)\s+")
# Words for the authors of a study the running account is about ("the authors said").
_STUDY_PEOPLE = frozenset("authors researchers scientists team study report survey".split())


def _unknown_speaker(
    w: _Sentence, context: att.Context, base: int, resolved: dict[int, att.Hop0]
) -> bool:
    """For a sentence with a reporting verb and no resolved frame: resolve a subject written as
    "the <noun>" no rule found ("the department said"), else say whether the sentence has a
    source of its own that cannot be named (True) or may go on with the running account."""
    m = next(
        (
            m
            for m in _UNKNOWN_SPEAKER.finditer(w.text)
            # "an estimated 3,904", "the reported 500 deaths": a participle before a figure
            if not (m.group("verb") in _PARTICIPLES and m.group("subject").strip() in _ARTICLES)
        ),
        None,
    )
    if m is None:
        return False
    subject = m.group("subject")
    the = _THE_NOUNS.fullmatch(subject)
    if the is None:
        # a capitalised name no rule found ("Ferry operator Nordlink said"); "Officials said"
        # and the like are mentions already, so a lower-case subject here is no source
        return any(word[:1].isupper() for word in subject.split()[1:]) or (
            subject[:1].isupper() and subject.strip() not in ("", "He", "She", "It", "They")
        )
    a, b = m.start("subject"), m.start("subject") + len(subject.rstrip())
    mention = Mention(a, b, w.text[a:b], "description")
    h = context.resolve(mention, w.mentions, sentence=w.text)
    if h is None:
        if the.group("head") in _STUDY_PEOPLE:
            return False  # "the authors said": the study's authors, going on with the account
        # "The airport said": a hop named by the description
        name = mention.text.split(None, 1)[1]
        h = att.Hop0(name, kind_from_wording(name), mention.text, None, a, b)
    frame = att.Frame("speaker", mention, m.group("verb"), m.start("verb"))
    w.frames.append(frame)
    i = len(w.frames) - 1
    resolved[i] = h
    w.hops[i] = Hop(
        source=qualify(h.source, h.kind, context.country, context.gazetteer),
        kind=h.kind,
        mention=mention.text,
        cue=frame.cue,
        span=(base + a, base + b),
        members=h.members,
    )
    return False


_SITE = re.compile(r"([A-Z][\w-]*)\.(?:com|net|org|news|co\.[a-z]{2}|com\.[a-z]{2}|[a-z]{2})")


def _article_hops(
    layout: Layout, work: list[_Sentence], gaz: Gazetteer, text: str, country: str | None
) -> list[tuple[Hop, int | None]]:
    """Hops that cover the whole article (lede relays, datelines, trailing credits), each with
    the offset it covers the text up to (None: all of it; a credit line inside the article)."""
    hops: list[Hop] = []
    body_paras = sorted({w.sent.paragraph for w in work if not w.sent.headline})[:2]
    for w in work:
        if w.sent.paragraph not in body_paras:
            continue
        for i, f in enumerate(w.frames):
            if f.role == "relay" and f.cue.lower().startswith("as per") and i in w.hops:
                hops.append(w.hops[i])
    for d in layout.datelines:
        entry = gaz.lookup(WIRE_CODES.get(d.agency, d.agency)) or country_acronym(
            d.agency, country, gaz
        )
        if entry is None and d.agency.isupper() and len(d.agency) > 4:
            entry = gaz.lookup(d.agency.title())  # "(ANTARA)": Antara
        if (
            entry is None
            and d.cue[:3] in ("By ", "by ")
            and " " not in d.agency
            and not d.agency.isupper()
        ):
            continue  # "By Abdulkareem Yusuf, Minna": the reporter's town, not an agency
        hops.append(
            Hop(
                source=entry.source.name if entry else d.agency,
                kind=entry.source.kind if entry else "news_agency",
                mention=d.agency,
                cue=d.cue,
                span=d.span,
            )
        )
    limits = [None] * len(hops)
    for c in layout.credits:
        if c.agency:
            site = _SITE.fullmatch(c.agency)
            if site:  # "– Tanglaw.ph", "-- Rappler.com": the outlet by its web address
                c = Credit(site.group(1), c.cue, c.span, c.until)
            entry = gaz.lookup(c.agency) or country_acronym(c.agency, country, gaz)
            if entry is None and c.agency.isupper() and len(c.agency) > 4:
                entry = gaz.lookup(c.agency.title())  # "-- BERNAMA": Bernama
            name = entry.source.name if entry else c.agency
            if any(h.source == name for h in hops):
                continue  # "(Bernama) --" at the top and "-- BERNAMA" at the foot: one hop
            limits.append(c.until)
            hops.append(
                Hop(
                    source=name,
                    kind=entry.source.kind if entry else "news_agency",
                    mention=c.agency,
                    cue=c.cue,
                    span=c.span,
                )
            )
        else:
            limits.append(c.until)
            hops.append(
                Hop(
                    source="news agencies",
                    kind="news_agency",
                    mention=text[c.span[0] : c.span[1]],
                    cue=c.cue,
                    span=c.span,
                )
            )
    return list(zip(hops, limits, strict=True))


def _claims(
    document: Document, work: list[_Sentence], covering: list[tuple[Hop, int | None]]
) -> list[Claim]:
    publisher = Hop.publisher(document)
    # the publisher under its initials too: "By ..., GNN" on Global News Network's page
    ours = names_of(publisher.source)
    found = []
    for w in work:
        base = w.sent.start
        article = [h for h, until in covering if until is None or base < until]
        for fm, chain in zip(w.figures, w.chains, strict=False):
            # the publisher is the last hop, once: a dateline, a credit or "told <outlet>"
            # naming the publisher itself adds no hop of its own
            own = [h for h in chain or () if h.source not in ours]
            if article:
                sources = {x.source for x in own}
                hops = own + [
                    h for h in article if h.source not in sources and h.source not in ours
                ]
            else:
                hops = own
            unstated = (
                not own
                or own[0].kind in ("news_agency", "outlet")
                or (w.unnamed and len(own) <= 2 and own[0].kind != "anonymous")
            )
            # find_figures gave the figure its span in the document (offset = sentence start)
            figure = fm.figure
            found.append(
                (base + fm.start, w, figure, tuple(fm.hedges), hops + [publisher], unstated)
            )
    found.sort(key=lambda x: x[0])
    claims = []
    for n, (_, w, figure, hedges, chain, unstated) in enumerate(found, start=1):
        claims.append(
            Claim(
                id=f"c{n}",
                sentence=w.text,
                figure=figure,
                chain=tuple(chain),
                hedges=hedges,
                headline=w.sent.headline,
                span=(w.sent.start, w.sent.end),
                as_of=w.asof,
                origin_unstated=unstated,
            )
        )
    return claims
