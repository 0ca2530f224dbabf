"""Resolving a frame's mention to a canonical source: names as they are, pronouns and
definite descriptions ("it", "the agency", "its count") to the latest compatible source of
the article, headline wording to the article's later sources. Split out of
:mod:`.attribution`, which re-exports ``Context`` and ``Hop0``.
"""

from __future__ import annotations

import re

from ._record import Record
from .group_bodies import SERVICE_STEMS, SPOKES, UNION_NAME, spokes_body
from .groups import BODY_HEADS
from .orgnames import initials_of
from .person_words import TITLE_HEADS
from .sources import Gazetteer, Mention, is_person_name, kind_from_wording


class Hop0(Record):
    """A resolved hop before it becomes a model Hop (offsets are sentence-relative)."""

    __slots__ = ("source", "kind", "mention", "cue", "start", "end", "members", "_person")

    def __init__(
        self,
        source: str,
        kind: str,
        mention: str | None,
        cue: str | None,
        start: int | None = None,
        end: int | None = None,
        members: tuple[str, ...] = (),
    ):
        self.source = source
        self.kind = kind
        self.mention = mention
        self.cue = cue
        self.start = start
        self.end = end
        self.members = members
        self._person: bool | None = None  # _is_person, computed on first use


class Context:
    """Document-wide memory for resolving pronouns and descriptions."""

    def __init__(self, gazetteer: Gazetteer, future: list[Hop0]):
        self.gazetteer = gazetteer
        self.speakers: list[Hop0] = []
        # the body whose report, study or survey the article has named ("the WMO confirmed in
        # its annual report"): "the report said" later is that body's, not the latest speaker's
        self.reports: dict[str, Hop0] = {}
        self.seen: list[Hop0] = []
        self.future = future
        self.people: dict[str, tuple[str, str]] = {}
        self.groups: dict[str, tuple[str, ...]] = {}
        self.indefinite: dict[str, Hop0] = {}
        self.affiliated: dict[str, Hop0] = {}  # "the researchers, from the X Project" -> X
        self.subjects: list[Hop0] = []  # people written as the subject of a verb
        self.topic: Hop0 | None = None  # the company the article is about ("the company said")
        self.country: str | None = None  # the story's country (dateline, else most named)
        self._local: dict[tuple[str, str], str | None] = {}  # local_ministry answers

    def localise(self, h: Hop0) -> Hop0:
        """A bare ministry of the story's country under that country's canonical name.

        "the health ministry" in a story datelined in (or mostly about) Sudan is Sudan's
        ministry: the gazetteer's entry for it when there is one, else a name built the
        gazetteer's way ("Ministry of the Interior (France)").
        """
        if self.country is None or h.kind not in ("government", "state_media"):
            return h
        key = (h.source, self.country)
        name = self._local.get(key, False)
        if name is False:
            name = self._local[key] = self.gazetteer.local_ministry(h.source, self.country)
        if name is None:
            return h
        return Hop0(name, h.kind, h.mention, h.cue, h.start, h.end, h.members)

    def country_government(self) -> Hop0 | None:
        """The government of the story's country ("the ruling junta", "the government")."""
        entry = self.gazetteer.government_of(self.country) if self.country else None
        if entry is None:
            return None
        return Hop0(entry.source.name, "government", None, None)

    def sentence_speaker(self, m: Mention, earlier: list[Hop0]) -> Hop0 | None:
        """The speaker a pronoun frame's ``m`` refers to among ``earlier``, the speakers of its
        own sentence before it ("The CBO estimated ..., though it cautioned ...": the CBO),
        the latest of the pronoun's sort; None when none is or ``m`` is no such pronoun."""
        text = m.text.lower()
        if m.type != "pronoun" or not earlier or text not in _SPEAKER_PRONOUNS:
            return None
        pred = _SPEAKER_PRONOUNS[text]
        found = next((h for h in reversed(earlier) if pred(h)), None)
        return _with(found, m) if found is not None else None

    def _national_police(self) -> Hop0 | None:
        """The story's country's national police force when the gazetteer knows it under
        "<demonym> police" or "<country> police" ("police said" in a Cyprus story: Cyprus
        Police); None otherwise (a US or UK story's "police" is a local force)."""
        country = self.country
        if country is None:
            return None
        demonym = self.gazetteer.demonym(country)
        for name in (f"{demonym} police" if demonym else None, f"{country} police"):
            entry = self.gazetteer.lookup(name) if name else None
            if entry is not None and entry.country == country and entry.source.kind == "government":
                return Hop0(entry.source.name, entry.source.kind, None, None, None, None)
        return None

    def remember_person(self, name: str, kind: str) -> None:
        """Register a full name so later surname-only mentions resolve to it."""
        parts = name.split()
        if len(parts) >= 2:
            for token in (parts[0], parts[-1]):
                if token[:1].isupper():
                    self.people.setdefault(token, (name, kind))

    def resolve(
        self,
        m: Mention,
        sentence_mentions: list[Mention],
        *,
        headline: bool = False,
        sentence: str | None = None,
    ) -> Hop0 | None:
        """The canonical source a mention refers to (None when it refers to nothing known).

        ``sentence`` (the mention's sentence) lets a pronoun find its speaker in the same
        sentence ("Eurostat said it had counted ...")."""
        h = self._resolve(m, sentence_mentions, headline=headline, sentence=sentence)
        if h is not None and h.kind == "government" and "inistry" in h.source:
            key = (h.source, "")
            name = self._local.get(key, False)
            if name is False:
                name = self._local[key] = self.gazetteer.country_ministry(h.source)
            if name is not None:  # "South Africa's defence ministry": its canonical name
                return Hop0(name, h.kind, h.mention, h.cue, h.start, h.end, h.members)
        return self.localise(h) if h is not None and self.country else h

    def _resolve(
        self,
        m: Mention,
        sentence_mentions: list[Mention],
        *,
        headline: bool = False,
        sentence: str | None = None,
    ) -> Hop0 | None:
        if m.type in ("named", "person"):
            if m.source.isupper() and 2 < len(m.source) < 7 and m.source.isalpha():
                # "NSO says" after "the National Statistics Office": an acronym the article
                # never gave in brackets, spelling the initials of a body it named
                found = self._search(
                    lambda h: h.source != m.source and initials_of(h.source, m.source), headline
                )
                if found is not None and self.gazetteer.lookup(m.source) is None:
                    return _with(found, m)
            return Hop0(m.source, m.kind, m.text, None, m.start, m.end, m.members)
        if m.type == "group":
            body = spokes_body(m, sentence) if m.source in SPOKES else None
            if body is not None:
                # "a police spokesperson", "an army spokesman": the body they speak for
                found = self._resolve(body, sentence_mentions, headline=headline)
                if found is not None and found.source not in ("police", "army"):
                    return _with(found, m)
            stems = SERVICE_STEMS.get(m.source)
            if stems is not None:
                # "emergency officials say", "medics said": the emergency agency or ambulance
                # service the article names (else the group as written)
                found = self._search(
                    lambda h: not _is_person(h) and any(t in h.source for t in stems), headline
                )
                if found is not None:
                    return _with(found, m)
            if m.source in self.affiliated:
                return _with(self.affiliated[m.source], m)
            owned = (
                (_STAFF_OF.match(m.text) or _BODY_STAFF.match(m.text)) if "s" in m.text else None
            )
            if owned:
                # "SIPRI's researchers said", "Moody's analysts estimate": the body they work for
                owner = owned.group(1)
                entry = self.gazetteer.lookup(owner) or self.gazetteer.lookup(owner + "'s")
                if entry is not None and not (
                    entry.country and self.gazetteer.lookup(entry.country) is entry
                ):
                    return Hop0(entry.source.name, entry.source.kind, m.text, None, m.start, m.end)
                if owner in self.people and self.people[owner][1] != "person":
                    name, kind = self.people[owner]
                    return Hop0(name, kind, m.text, None, m.start, m.end)
            if m.text[:4] in ("Its ", "its ") or m.text[:6] in ("Their ", "their "):
                # "Its experts estimate", "their researchers found": the body they work for,
                # the latest speaker that is an institution (else the latest one named)
                def inst(h):
                    return not _is_person(h) and not _country(h) and h.source[:1].isupper()

                found = next((h for h in reversed(self.speakers[-6:]) if inst(h)), None)
                found = found or self._search(inst, headline)
                if found:
                    return _with(found, m)
            if _THE_GROUP.match(m.text):
                word = _head(m.text)
                found = self._search(
                    # (not the group itself, found again among the article's later sources)
                    lambda h: (
                        (
                            # "the union said": a workers' body named before, never the EU
                            _union(h)
                            if word == "union"
                            else not _country(h) and word in h.source.lower()
                        )
                        and h.source != m.source
                    ),
                    headline,
                )
                if found:
                    return _with(found, m)
            body_word = _BODY_STAFF_WORDS.match(m.text)
            if body_word and body_word.group(1).lower() in BODY_HEADS:
                # "Agency officials say", "ministry staff said": the body the article names
                word = body_word.group(1).lower()
                found = self._the_body(word, m, sentence_mentions, headline, sentence)
                if found is not None and found.source != word:
                    return _with(found, m)
            if headline and " " in m.text and m.text.islower():
                # a headline's "..., resistance committees say": the body the article names so
                stems = [w.rstrip("s") for w in _LOWER_WORD.findall(m.text)]
                found = self._search(
                    lambda h: (
                        not _is_person(h)
                        and h.source[:1].isupper()
                        and all(w in h.source.lower() for w in stems)
                    ),
                    True,
                )
                if found:
                    return _with(found, m)
            if m.source.endswith(" police") and m.source[:1].isupper():
                # "Hartwell police said" after "the Hartwell Police Department": the department
                force = m.source[:-7] + " Police"
                found = self._search(lambda h: h.source.startswith(force), headline)
                if found:
                    return _with(found, m)
            if (
                (m.plural or m.source == "police")
                and m.source == m.text.lower()
                and " " not in m.source
            ):
                # bare "police said" after "Brussels police put the turnout at": the same force;
                # after "the Hartwell Police Department": the department
                tail = " " + m.source
                force = m.source == "police"
                found = self._search(
                    lambda h: (
                        (
                            h.source.endswith(tail)
                            or force
                            and _POLICE_FORCE.search(h.source)
                            and h.kind in ("government", "other")
                        )
                        and h.source[:1].isupper()
                    ),
                    headline,
                )
                found = found or (self._national_police() if force else None)
                if found:
                    return _with(found, m)
            if m.source in ("prosecutors", "state prosecutors", "federal prosecutors"):
                # "prosecutors said" after "the Sinaloa Attorney General's Office": the office
                found = self._search(
                    lambda h: bool(_PROSECUTION.search(h.source)) and not _is_person(h), headline
                )
                if found:
                    return _with(found, m)
            if " " in m.text and _head(m.text) in TITLE_HEADS:
                # "...: Interior minister", "the health minister said": the person the article
                # names with that title ("Interior Minister Ali Yerlikaya")
                want = _ARTICLE.sub("", m.text.lower())
                found = self._search(
                    lambda h: _is_person(h) and want in (h.mention or "").lower(), headline
                )
                if found:
                    return _with(found, m)
            if headline and m.kind in ("anonymous", "legislator"):
                # A headline's "sources", "Western officials": the body's group of that kind.
                stem = _head(m.text).rstrip("s")
                found = self._search(
                    lambda h: (
                        h.kind == m.kind
                        and (h.source[0].islower() or _is_person(h))
                        and stem in (h.mention or "").lower() + " " + h.source.lower()
                    ),
                    True,
                )
                if found is None and m.kind == "anonymous":
                    found = self._search(lambda h: h.kind == "anonymous", True)
                if found:
                    return _with(found, m)
            if m.source in self.indefinite:
                return _with(self.indefinite[m.source], m)
            spoke = _UNNAMED_SPOKES.match(m.source)
            if spoke and spoke.group(1)[:1].isupper():
                # "a spokesperson for the WHO" not named later: a hop for the body itself.
                body = spoke.group(1)
                entry = self.gazetteer.lookup(body)
                return Hop0(
                    entry.source.name if entry else body,
                    entry.source.kind if entry else kind_from_wording(body),
                    m.text,
                    None,
                    m.start,
                    m.end,
                )
            members = m.members or (self.groups.get(m.source, ()) if m.kind == "legislator" else ())
            return Hop0(m.source, m.kind, m.text, None, m.start, m.end, members)
        text = m.text.lower()
        if m.type == "pronoun":
            own = _own_subject(m, sentence_mentions, sentence) if sentence else None
            if own is not None and text in ("it", "he", "she", "they"):
                # "Eurostat said it had counted ...": the pronoun is the speaker of the sentence
                h = self._resolve(own, sentence_mentions, headline=headline)
                if h is not None:
                    return _with(h, m)
            if text == "which":
                before = [x for x in sentence_mentions if x.end <= m.start and x.type != "pronoun"]
                return (
                    self.resolve(before[-1], sentence_mentions, headline=headline)
                    if before
                    else None
                )
            if text in ("he", "him", "she", "her"):
                pred = _is_person
                found = next((h for h in reversed(self.subjects[-8:]) if pred(h)), None)
                if found is not None:
                    return _with(found, m)
                found = self._search(pred, headline)
            else:
                pred = (
                    _is_plural
                    if text in ("they", "them")
                    else (lambda h: not _is_person(h) and not _is_plural(h) and not _country(h))
                )
                # "it said", "they added": the latest speaker of that sort, else the latest mention.
                found = next(
                    (h for h in reversed(self.speakers[-6:]) if pred(h)), None
                ) or self._search(pred, headline)
            return _with(found, m) if found else None
        bare = text[4:] if text.startswith("the ") else text
        if bare in TITLE_HEADS or text == "pm":
            # a headline's "Sheriff: 14 arrested", "PM: ...", "..., the minister said": the
            # person the article names with that title
            title = "prime minister" if text == "pm" else bare
            found = self._search(
                lambda h: _is_person(h) and title in (h.mention or "").lower(), headline
            )
            if found:
                return _with(found, m)
        if text in _NGO_WORDS:
            # "the charity found", a headline's "Charity says": the NGO the article names
            found = self._search(lambda h: h.kind == "ngo" and not _is_person(h), headline)
            if found:
                return _with(found, m)
        head = _head(text)
        topic = None  # stems a described body's name should hold ("the weather agency")
        if text.startswith(("its ", "their ")):

            def inst(h):
                return not _is_person(h) and not _country(h)

            for x in reversed(
                [
                    x
                    for x in sentence_mentions
                    if x.end <= m.start and x.type in ("named", "description", "pronoun")
                ]
            ):
                if x.type == "named" and x.kind not in ("government",) or x.type != "named":
                    h = (
                        self.resolve(x, sentence_mentions, headline=headline)
                        if x is not m
                        else None
                    )
                    if h is not None and inst(h):
                        return _with(h, m)
            pred = inst
        elif head == "agency" or "spy" in text or "intelligence" in text:
            if "spy" in text or "intelligence" in text:

                def pred(h):
                    return h.kind == "intelligence_agency" and not _is_person(h)
            elif "news" in text:

                def pred(h):
                    return h.kind in ("news_agency", "state_media")
            else:
                # "the agency": an intelligence, UN or news agency, or a public body that is
                # not a country's government (a fire-protection department, a weather service)
                def pred(h):
                    return (
                        h.kind
                        in (
                            "intelligence_agency",
                            "international_org",
                            "news_agency",
                            "state_media",
                        )
                        or h.kind == "government"
                        and not _country(h)
                        and not h.source.startswith("Ministry")
                        # "... in Aichi Prefecture, the agency said": a place is no agency
                        and not _LOCAL_GOVERNMENT.search(h.source)
                    ) and not _is_person(h)

                # "the weather agency" after the fire agency spoke: the meteorological one
                topic = next((_AGENCY_TOPICS[w] for w in text.split() if w in _AGENCY_TOPICS), None)
        elif head in ("statement", "release", "filing") and (said := _BODY_STATEMENT.match(text)):
            # "a company statement said", "an army statement said": the body of that word
            return self._the_body(said.group(1), m, sentence_mentions, headline, sentence)
        elif head == "statement":
            # "the statement said": the body that issued it, the latest institution that spoke
            def inst(h):
                return not _is_person(h) and not _country(h) and h.source[:1].isupper()

            found = next((h for h in reversed(self.speakers[-6:]) if inst(h)), None)
            return _with(found, m) if found else None
        elif head == "briefing":

            def pred(h):
                return h.kind == "intelligence_agency" and not _is_person(h)
        elif head in (
            "report",
            "memo",
            "filing",
            "letter",
            "study",
            "guidance",
            "analysis",
            "count",
            "terminology",
            "data",
            "figures",
            "tally",
            "survey",
            "estimate",
            "assessment",
            "draft",
            "document",
            "presentation",
        ):
            owner = _OWNER.match(text)
            if owner:
                inner = owner.group(1)
                names = _OWNER_NAMES.get(inner, (inner,))  # "the hospital's": a Medical Center

                def pred(h):
                    return not _is_person(h) and (
                        any(n in h.source.lower() for n in names)
                        or inner in (h.mention or "").lower()
                        or (
                            inner == "agency"
                            and h.kind in ("intelligence_agency", "international_org")
                        )
                    )
            else:
                if head in self.reports and text.startswith("the "):
                    return _with(self.reports[head], m)

                def pred(h):
                    return (
                        h.kind
                        in (
                            "ngo",
                            "international_org",
                            "government",
                            "intelligence_agency",
                            "other",
                            *(("news_agency",) if head in ("tally", "count") else ()),
                        )
                        and not _is_person(h)
                        and not _country(h)
                    )
        elif head == "group" and text in ("the group", "the same group"):
            # "the group said": the organisation named last (OPEC+, a charity, an armed group)
            def pred(h):
                return (
                    h.kind in ("ngo", "international_org", "other", "military")
                    and not _is_person(h)
                    and h.source[:1].isupper()
                )
        elif head in ("lawmakers", "officials"):

            def pred(h):
                return head in h.source.lower()
        elif head in ("government", "junta", "regime"):
            # "the government" is a country's government, not any public body named before
            # (a weather agency, a regional service): the story's country's, else one that has
            # spoken, else the country named last ("migrants from Eritrea" is a place)
            if "state " in text or "provincial " in text or "regional " in text:
                # "the State government" after "the Odisha government": the state's own
                found = self._search(
                    lambda h: (
                        h.source.startswith("Government of ")
                        and self.gazetteer.lookup(h.source) is None  # not a country's
                    ),
                    headline,
                )
                if found:
                    return _with(found, m)
            spoke = next((h for h in reversed(self.speakers[-8:]) if _country(h)), None)
            found = (None if headline else self.country_government()) or spoke
            if found:
                return _with(found, m)

            def pred(h):
                return _country(h)
        elif head in (
            "carmaker",
            "planemaker",
            "firm",
            "airline",
            "lender",
            "retailer",
            "company",
            "consultancy",
            "bank",
            "insurer",
            "automaker",
            "manufacturer",
            "chipmaker",
            "drugmaker",
            "miner",
        ) and not (head == "bank" and _QUALIFIED_BANK.search(text)):
            # "the carmaker said": a company named before it in the same sentence ("The mine,
            # run by X Co., ..., according to the company's website"), else the company the
            # article is about, else the latest organisation named in capitals.
            for x in reversed(sentence_mentions):
                if x.end <= m.start and x.type == "named" and x.kind == "other":
                    # (a capitalised subject guessed to be a company counts when it opens the
                    # sentence: "UniCredit has bought ..., the Italian bank said")
                    if (x.source or "")[:1].isupper() and (
                        not x.guessed or x is sentence_mentions[0]
                    ):
                        return Hop0(x.source, x.kind, m.text, None, m.start, m.end)
            if head == "bank":
                # "the Bank of England ... the bank said": only a body called a bank (never
                # the article's company: "Barclays ... the central bank said")
                def pred(h):
                    return "Bank" in h.source and not _is_person(h)

            elif self.topic is not None and not text.startswith(("its ", "their ")):
                return _with(self.topic, m)
            else:

                def pred(h):
                    return h.kind == "other" and not _is_person(h) and h.source[:1].isupper()
        elif head in ("military", "army", "force", "navy"):

            def pred(h):
                return h.kind == "military" and not _is_person(h)
        else:
            # (a seat is not in the body's name: "the Oslo-based fund"; a nationality must be)
            plain = _SEAT.sub(" ", m.text).lower()
            words = [
                w for w in _LOWER_WORD.findall(plain) if w not in ("the", "its", "their", "same")
            ]

            def pred(h):
                if not words:
                    return False
                if (
                    words == ["department"]
                    and h.kind == "government"
                    and _MINISTRY_NAME.search(h.source)
                    and not _country(h)
                ):
                    return True  # "the department" after "the Home Office": a ministry
                entry = self.gazetteer.lookup(h.source)
                aliases = " ".join(entry.source.aliases) if entry is not None else ""
                hay = (h.source + " " + (h.mention or "") + " " + aliases).lower()
                return all(w in hay for w in words) and not _is_person(h)

        found = None
        if topic is not None:
            found = self._search(
                lambda h: pred(h) and any(t in h.source.lower() for t in topic), headline
            )
        found = found or self._search(pred, headline)
        if found is None and head in ("government", "junta", "regime"):
            found = self.country_government()
        if found is None and head in BODY_HEADS:
            # "the council said" with no such body named anywhere in the article: a hop named
            # by the description (it is attributed, so it does not inherit an earlier speaker)
            name = _ARTICLE.sub("", m.text)
            return Hop0(name, kind_from_wording(name), m.text, None, m.start, m.end)
        return _with(found, m) if found else None

    def _the_body(
        self, word: str, m: Mention, sentence_mentions: list[Mention], headline: bool, sentence
    ) -> Hop0 | None:
        """``m`` resolved as "the <word>" ("Agency officials": the agency; "a company
        statement": the company)."""
        the = Mention(m.start, m.end, "the " + word, "description", None, None)
        return self._resolve(the, sentence_mentions, headline=headline, sentence=sentence)

    def _search(self, pred, headline: bool) -> Hop0 | None:
        """Most recent compatible source; the article's later sources for headlines and as a fallback."""
        if not headline:
            for h in reversed(self.seen):
                if pred(h):
                    return h
        for h in self.future:
            if pred(h):
                return h
        return None


# Between a subject and a pronoun that opens its reported clause: "X said (that) it ...",
# "X, the regulator, said it ...".
_SAID_THAT = re.compile(
    r"(?:\s*,[^,]{1,60},)?\s+(?:has |had |have )?(?:said|says|added|adds|stated|states|announced|"
    r"warned|confirmed|reported|reports)(?: on \w+| in a statement)?(?:\s+that)?\s+"
)


def _own_subject(m: Mention, mentions: list[Mention], sentence: str) -> Mention | None:
    """The named subject whose reporting verb opens the clause the pronoun ``m`` stands in."""
    before = None
    for x in mentions:
        if x.end > m.start:
            break
        before = x
    if before is not None and before.type in ("named", "person"):
        if _SAID_THAT.fullmatch(sentence, before.end, m.start):
            return before
    if _AND_THAT.search(sentence, max(0, m.start - 12), m.start):
        # "Rabie said the authority would ..., and that he expected ...": a second reported
        # clause of the sentence's speaker
        first = next((x for x in mentions if x.type in ("named", "person")), None)
        if first is not None and first.end <= m.start and _SAID_THAT.match(sentence, first.end):
            return first
    return None


_AND_THAT = re.compile(r"\band that\s+$")


# "FDA officials", "Nomura analysts": the staff of a body named before the noun (a country's
# officials are not: the lookup below leaves out countries)
_BODY_STAFF = re.compile(
    r"(?:[Tt]he\s+)?([A-Z][\w&.+-]*(?:\s+[A-Z][\w&.+-]*){0,3})\s+"
    r"(?:officials|analysts|researchers|scientists|inspectors|investigators|economists|experts|"
    r"paramedics|medics|doctors|firefighters|rescuers|engineers|staff)$"
)
# "<Body>'s researchers": the staff of a body (a country's lawmakers or officials are not its staff).
_STAFF_OF = re.compile(
    r"(?:[Tt]he\s+)?([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4})['’]s?\s+(?:own\s+)?"
    r"(?:researchers|experts|analysts|economists|scientists|statisticians|forecasters|auditors|staff)$"
)


def _with(found: Hop0, m: Mention) -> Hop0:
    return Hop0(found.source, found.kind, m.text, None, m.start, m.end, found.members)


# Heads of a description that names a body even when the article never names it.
_BODY_STATEMENT = re.compile(r"^an?\s+([a-z]+)\s+(?:statement|release|filing)$")
_BODY_STAFF_WORDS = re.compile(
    r"^(?:[Tt]he\s+)?([A-Za-z]+)\s+(?:officials|staff|officers|spokespeople)$"
)
_THE_GROUP = re.compile(r"^(?:[Tt]he|[Tt]hese|[Tt]hose)\s+(?:same\s+)?\w+$")
_UNNAMED_SPOKES = re.compile(r"^unnamed spokes(?:man|woman|person) for (?:the )?(.+)$")
_PROSECUTION = re.compile(
    r"Attorney General's Office|Prosecutor's Office|Prosecutors' Office|Prosecutor General|"
    r"Public Prosecut|Prosecution Service|District Attorney|State Attorney|Attorney's Office"
)
_POLICE_FORCE = re.compile(
    r"\bPolice(?: Department| Service| Force| Authority| Agency| Scotland|$)|Constabulary|\bRCMP\b|Mounted Police|Garda"
)
_SEAT = re.compile(r"\b[\w]+-based\b")
# "the central bank", "the World Bank", "the development bank": not a company the story names
_QUALIFIED_BANK = re.compile(
    r"\b(?:central|world|development|reserve|national|investment|federal)\s+bank"
)
_NGO_WORDS = frozenset(
    (
        "charity",
        "the charity",
        "the nonprofit",
        "the watchdog",
        "the think tank",
        "the campaign group",
    )
)
_MINISTRY_NAME = re.compile(r"\b(?:Office|Ministry|Department)\b")
# The modifier of "the <topic> agency" and the stems of the names of such agencies.
_AGENCY_TOPICS = {
    "weather": ("meteorolog", "weather"),
    "meteorological": ("meteorolog", "weather"),
    "statistics": ("statistic", "census"),
    "statistical": ("statistic", "census"),
    "space": ("space", "aeronautic"),
    "nuclear": ("nuclear", "atomic"),
    "atomic": ("nuclear", "atomic"),
    "disaster": ("disaster", "emergenc"),
    "emergency": ("emergenc", "disaster"),
    "health": ("health",),
    "environment": ("environment",),
    "environmental": ("environment",),
    "migration": ("migration",),
    "refugee": ("refugee",),
    "food": ("food",),
    "drug": ("drug", "medicine"),
    "tax": ("tax", "revenue"),
    "energy": ("energy",),
    "border": ("border",),
}
_LOCAL_GOVERNMENT = re.compile(
    r"\b(?:Prefecture|Province|County|City|Municipality|District|Region)$"
)
_OWNER_NAMES = {
    "hospital": ("hospital", "medical center", "medical centre", "infirmary", "health"),
    "university": ("university", "college", "institute"),
    "council": ("council", "borough", "county", "city of"),
}
_OWNER = re.compile(r"^the (\w+)['’]s")
_LOWER_WORD = re.compile(r"[a-z]+")
_WORD = re.compile(r"[A-Za-z]+")
_ARTICLE = re.compile(r"^(?:the|its|their|an?)\s+", re.I)
_PERSON_KINDS = frozenset(
    ("official", "military", "intelligence_agency", "international_org", "person", "legislator")
)


def _head(text: str) -> str:
    words = _WORD.findall(text)
    return words[-1].lower() if words else ""


def _is_person(h: Hop0) -> bool:
    # The search predicates ask this of the same remembered hops again and again: the
    # answer is kept on the hop (it depends on its kind and source only).
    person = h._person
    if person is None:
        person = h._person = h.kind in _PERSON_KINDS and (
            is_person_name(h.source)
            # "Abdul-Khaleq al-Ajri", "Ursula von der Leyen": a name with lower-case particles
            or (" " in h.source and is_person_name(_PARTICLES.sub(" ", h.source)))
        )
    return person


_PARTICLES = re.compile(r" (?:(?:al|el|bin|ibn|van|von|de|da|di|du|der|den|la|le)[- ])+")


def _country(h: Hop0) -> bool:
    return h.kind == "government" and (
        h.source.startswith("Government of") or h.source.endswith("government")
    )


def _is_plural(h: Hop0) -> bool:
    return (
        bool(h.source)
        and h.source[0].islower()
        or h.source.endswith(("officials", "lawmakers", "agencies", "unions"))
        or len(h.members) > 1
        and " and " in h.source  # "Mediazona and BBC" (a joint source)
        # a body written as a group: "The researchers" (from the X Project)
        or bool(h.mention and _PLURAL_GROUP.match(h.mention))
    )


_PLURAL_GROUP = re.compile(r"(?:[Tt]he|[Tt]hese|[Tt]hose)\s+[a-z]+s$")


# A pronoun opening a speech frame and the sources it can stand for.
_SPEAKER_PRONOUNS = {
    "it": lambda h: not _is_person(h) and not _is_plural(h) and not _country(h),
    "he": _is_person,
    "she": _is_person,
    "they": _is_plural,
}


def _union(h: Hop0) -> bool:
    """Whether ``h`` can be "the union": a workers' body ("the Irish Nurses and Midwifery
    Organisation", "Unite the Union"), not the European or African Union."""
    return h.kind in ("other", "ngo") and not _is_person(h) and bool(UNION_NAME.search(h.source))
