"""Attribution chains: who said each figure, who passed it on, in what order.

A sentence is read as a set of *frames*, each a source mention tied to an
attribution cue:

* ``speaker`` — the subject of a reporting verb ("the ministry said", "Lee told
  reporters", "the agency estimates") or the object of "according to";
* ``source`` — a deeper origin named by the speaker ("citing X", "after a
  briefing by X", "Y quoted X as saying" gives X);
* ``recipient`` — who was told ("told lawmakers", "told the BBC"): a hop after the
  speaker when it is a body that passes information on (legislators, outlets);
* ``relay`` — an outlet that carried the report ("as per a report by X",
  "X reported" next to another speaker, "in an interview with X").

The chain of one figure is ``sources + speakers + relays``, where speakers are
ordered from the one nearest the figure outwards (in "According to A, B said
that FIGURE" B is nearer; in "FIGURE, B said, according to A" B is nearer too),
each followed by its recipients. Sentences without a frame continue the
running attribution; a paragraph whose attribution comes at its end covers the
sentences before it; pronouns and definite descriptions resolve to the latest
compatible source (:mod:`.resolution`).
"""

from __future__ import annotations

import re

from ._text import plain_lower
from .country_bodies import national_body, owned_name
from .cue_objects import (
    GROUP_AT,
    body_of_group,
    document_seen,
    named_after,
    recipient,
)
from .cuewords import matches_at, needles, sentence_words, word_starts
from .headlines import (
    SAYS_ENDINGS,
    TITLE_SAYS_ENDINGS,
    country_name,
    headline_description,
    headline_frames,
)
from .name_tails import after_name
from .ordering import clause_cuts, clause_frames, order_frames
from .reporting_verbs import (
    AMOUNT_AFTER,
    DECISION,
    NOUN_AFTER,
    NOUN_VERBS,
    NUMBER_AFTER,
    VERB,
    VERB_FIRST,
    VERB_NEEDLES,
    VERB_OPENING,
)
from .reports import Frame, first_after, polls, studies
from .resolution import Context, Hop0
from .sources import Gazetteer, Mention, find_mentions
from .subjects import ACTION_WORDS, body_sources, joint, own_actions

__all__ = [
    "Context",
    "Frame",
    "Hop0",
    "clause_cuts",
    "clause_frames",
    "order_frames",
    "sentence_frames",
    "unnamed_data",
    "mentions_for",
]

_AND_TAIL = re.compile(r"\band\s+(?:also\s+)?$")
_EXPECT = frozenset({"expects", "expected", "forecast"})
_TELL = frozenset({"told", "tells", "tell", "informed", "informs", "briefed"})
_OBJECT_CUES = re.compile(
    r"(?<![\w-])(?P<cue>[Aa]ccording to|[Cc]iting(?: (?:figures|data|information|estimates)(?: published)? (?:by|from))?|"
    r"[Aa]s per(?: (?:a|the) report (?:by|from|of))?|[Bb]y the count of|(?:after )?(?:a|the) briefing by|briefed by|"
    r"[Aa]fter(?= (?:a|the) briefing\b(?! by))|(?:published|released|compiled) by|(?:podcast |an? )?interview with|polled by|surveyed by|[Cc]ited by|"
    r"[Dd]ata (?:from|by)|[Ff]igures from|[Ss]tatistics from|"
    # "a report out Tuesday from X", "a report released on Monday by X"
    r"(?:[Aa]|[Tt]he|[Aa]n?\s+\w+) report(?: (?:out|released|published|issued)(?: on)?(?: [A-Z][a-z]+)?)? (?:by|from)|"
    # "per the report", "per Reuters" (not "per cent", "per day": a source after it)
    r"(?:^Per|(?<=, )per)(?= (?:(?:the|a|an|its) (?:report|study|survey|data|figures|analysis|count|tally|statement)\b|(?:the )?[A-Z]))|"
    r"confirmed (?:dead |killed )?by|carried by|"
    r"quoted)(?![\w-])"
)
# "Eurostat's figures put ...", "the ONS's latest data show": a possessive data word names the
# figure's source.
_POSSESSIVE_DATA = re.compile(
    r"['’]s\s+(?:(?:latest|new|own|monthly|weekly|quarterly|annual|official|preliminary|provisional)\s+){0,2}"
    r"(?:figures|data|statistics|estimates?|count|tally|numbers|report|survey)\b"
    r"(?!\s+(?:office|agency|bureau|authority|service|department|institute|body|chief|head))"
)
# The _OBJECT_CUES alternatives as (words one of which each match holds as a whole word,
# words its matches open with): the pattern is tried only where an opening word of an
# alternative whose word occurs starts (see .cuewords).
_OBJECT_CUE_WORDS = tuple(
    (frozenset(needed.encode().split()), frozenset(opening.encode().split()))
    for needed, opening in (
        ("According according", "According according"),
        ("Citing citing", "Citing citing"),
        ("per", "As as"),
        ("per Per", "per Per"),
        ("count", "By by"),
        ("briefing", "after After a the"),
        ("briefed", "briefed"),
        ("published released compiled", "published released compiled"),
        ("confirmed", "confirmed"),
        ("carried", "carried"),
        ("interview", "podcast a an interview"),
        ("polled", "polled"),
        ("surveyed", "surveyed"),
        ("Cited cited", "Cited cited"),
        ("Data data", "Data data"),
        ("Figures figures", "Figures figures"),
        ("Statistics statistics", "Statistics statistics"),
        ("report", "A a An an The the"),
        ("quoted", "quoted"),
    )
)
_OBJECT_CUE_NEEDED = frozenset().union(*(needed for needed, _ in _OBJECT_CUE_WORDS))
_OBJECT_CUE_NEEDLES = needles(w.decode() for _, opening in _OBJECT_CUE_WORDS for w in opening)
_SOURCE_CUES = re.compile(
    r"^(?:[Cc]iting|[Aa]fter$|(?:after )?(?:a|the) briefing by|briefed by|published by|released by|compiled by)"
)
_RELAY_CUES = re.compile(
    r"^(?:[Aa]s per|(?:podcast |an? )?interview with|polled by|surveyed by|[Cc]ited by|carried by)"
)
_UNNAMED_DATA = re.compile(
    r"(?:citing|based on|according to|relying on) (?:preliminary |unverified |unconfirmed |unnamed |media |initial )?(?:data|reports|figures|information|accounts)\b(?! (?:from|published|by))",
    re.I,
)
_UNNAMED_DATA_CUES = ("citing", "based on", "according to", "relying on")
# "citing uncertainty over U.S. tariffs", "citing concerns about ...": citing a reason, not a source.
_CITING_REASON = re.compile(
    r"\s+(?:(?:the|a|an|its|their|growing|continued|ongoing|rising|economic|political|security|"
    r"health|safety|financial|market|high|higher|weak|weaker|strong|lower)\s+){0,2}"
    r"(?:uncertainty|uncertainties|concerns?|fears?|reasons?|worries|risks?|pressures?|difficult(?:y|ies)|"
    r"problems?|costs?|demand|weakness|lack|need|threats?|tensions?|delays?|shortages?|volatility|"
    r"headwinds|challenges?|competition|losses|doubts?)\b"
)
_APPOSITIVE = re.compile(r",[^,]{1,90},\s*$")
# an aside on how the subject spoke: the names in it are its signatory or channel, not the subject
# a body described in lower case after a cue: "according to the avalanche center, which ..."
_DESCRIBED_BODY = re.compile(
    r"\s*(the\s+(?:[a-z]+\s+){0,2}(?:center|centre|service|department|office|agency|authority|board|"
    r"commission|council|institute|bureau|ministry|monitor|observatory|group))\b"
)
_STATEMENT_ASIDE = re.compile(
    r",\s*in\s+(?:a|an|its|his|her|their|the)\s+(?:[\w-]+\s+){0,2}(?:statement|remarks|post|letter|"
    r"filing|interview|message|notice|release|update|briefing|video)\b"
)
_AS_SAYING = re.compile(r"as (?:saying|telling)")
_EXPECTED_BY = re.compile(r"(?<![\w-])(?:expected|forecast|predicted) by\b")
# A decision about the actor's own rate, forecast or price, with "its"/"their".
_OWN_WORDS = (b"its", b"their")  # one of them is a word of every _OWN_DECISION match
_OWN_NOUN_LIST = """rate rates forecast forecasts outlook guidance target targets projection projections
    dividend prices fees tariffs""".split()  # one list for the pattern and its pre-check
_OWN_NOUNS = frozenset(w.encode() for w in _OWN_NOUN_LIST)
_OWN_ALT = "|".join(sorted(_OWN_NOUN_LIST, key=len, reverse=True))
_OWN_DECISION = re.compile(
    r"(?<![\w-])(?P<verb>cut|cuts|raised|raises|lowered|lowers|hiked|hikes|held|holds|kept|keeps|"
    r"trimmed|trims|reduced|reduces|increased|increases|left|leaves|slashed|slashes|lifted|lifts)"
    rf"\s+(?:its|their)\s+(?:[\w-]+\s+){{0,4}}?(?:{_OWN_ALT})\b"
)
# "a study found that ...", "..., a report by X found.": "found" reports a finding only before
# "that" or at the end of a clause.
_FOUND_REPORTS = re.compile(r"\s*(?:that\b|[,.;]|$)")
# "A Tokyo Shoko Research survey found 40% ...": what a survey or a study found is its finding
_STUDY_BEFORE = re.compile(r"\b(?:survey|study|poll|analysis)\s+$")
_PROGRESSIVE = re.compile(r"\s(?:is|are|was|were)\s+(?:also\s+)?$")
_PARTICIPLES = frozenset(
    "confirmed reported recorded estimated documented declared detected registered".split()
)
_PARTICIPLE_NOUN = re.compile(
    r"\s+(?:(?:and|or)\s+(?:suspected|probable|confirmed)\s+)?(?:cases?|deaths?|infections?|"
    r"dead|fatalities|patients|victims|injuries|outbreaks?|incidents?|attacks?|losses|figures?|"
    r"numbers?|total|toll|amount|sum|value)\b"
)
_PUT_AT = re.compile(r"\b(?:at|above|near|of)\b")
_PUT_AT_ONLY = re.compile(r"\b(?:at|above|near)\b")
_ADDED_NUMBER = re.compile(
    r"\s+(?:about |some |just |nearly |around |roughly |more than )?[$€£]?\d"
)
_POSSESSIVE_FIGURE = re.compile(
    r"^(?:[Tt]he \w+['’]s|[Ii]ts|[Tt]heir) (?:\w+ )?(?:count|tally|estimate|figures|data|assessment)$"
)
_POLLED_BY = re.compile(r"\b(polled|surveyed) by (.+)$")
_COUNTRY_ONLY = frozenset({"government"})


def _verb_matches(sentence: str, words: tuple[bytes, set[bytes]] | None = None):
    """``VERB.finditer(sentence)``: the same matches, with VERB tried only where an
    opening word starts. ``words`` is ``sentence_words(sentence)`` when the caller has it."""
    padded, present = words or sentence_words(sentence)
    if present.isdisjoint(VERB_FIRST):
        return iter(())
    starts = word_starts(padded, present & VERB_OPENING, VERB_NEEDLES)
    return matches_at(VERB, sentence, starts)


def _object_cues(sentence: str, words: tuple[bytes, set[bytes]]):
    """``_OBJECT_CUES.finditer(sentence)``, tried only where it can match (see _OBJECT_CUE_WORDS)."""
    padded, present = words
    if present.isdisjoint(_OBJECT_CUE_NEEDED):
        return ()
    opening: set[bytes] = set()
    for needed, first in _OBJECT_CUE_WORDS:
        if not needed.isdisjoint(present):
            opening |= first
    starts = word_starts(padded, opening & present, _OBJECT_CUE_NEEDLES)
    return matches_at(_OBJECT_CUES, sentence, starts)


# "when it last briefed": a conjunction and at most three words before the subject.
_SUBORDINATE_TAIL = re.compile(
    r"\b(?:[Ww]hen|[Oo]nce|[Aa]fter|[Bb]efore|[Ss]ince|[Uu]ntil|as)\s+(?:\w+\s+){0,3}$"
)


_CONJUNCTIONS = tuple(
    "when When once Once after After before Before since Since until Until as".split()
)


def _in_subordinate_clause(prefix: str) -> bool:
    """``_SUBORDINATE_TAIL.search(prefix)``, scanning only the last four words.

    The conjunction is one word followed by at most three, so a match starts within the
    last four whitespace-separated tokens; searching from there (``\\b`` still sees the
    character before) finds the same match without trying the $-anchored pattern at
    every character of the prefix. Every match ends in whitespace, and one of those four
    tokens ends with the conjunction: without both, there is nothing to search.
    """
    if not prefix[-1:].isspace():
        return False
    parts = prefix.rsplit(None, 4)
    for token in parts[1:] if len(parts) > 4 else parts:
        if token.endswith(_CONJUNCTIONS):
            break
    else:
        return False
    if len(parts) <= 4:
        return bool(_SUBORDINATE_TAIL.search(prefix))
    start = len(parts[0])
    while prefix[start].isspace():
        start += 1
    return bool(_SUBORDINATE_TAIL.search(prefix, start))


def _ends_with_and(prefix: str) -> bool:
    """``_AND_TAIL.search(prefix)``; only a prefix ending in "and"/"also" plus space can match,
    and the $-anchored pattern would otherwise be tried at every character of the prefix."""
    if not prefix[-1:].isspace() or not prefix.rstrip().endswith(("and", "also")):
        return False
    return bool(_AND_TAIL.search(prefix))


def sentence_frames(
    sentence: str,
    mentions: list[Mention],
    *,
    headline: bool = False,
    gazetteer: Gazetteer | None = None,
) -> list[Frame]:
    """Find the attribution frames of one sentence from its mentions and cue words."""
    frames = _frames(sentence, mentions, headline=headline, gazetteer=gazetteer)
    if not frames and mentions and sentence[-2:] == "):" and not headline:
        # a table's or a list's heading with its source: "Vacancy rates by canton (FSO):",
        # "Deaths by district (source: health ministry):": the rows under it are the source's
        last = mentions[-1]
        if last.end == len(sentence) - 2 and _TABLE_SOURCE.search(sentence, 0, last.start):
            return [Frame("source", last, "(table)", last.start)]
    if not frames and mentions and not headline and ", " in sentence:
        participle = _PARTICIPLE_CUE.search(sentence)
        first = mentions[0]
        if (
            participle
            and first.end < participle.start()
            and first.type in ("named", "group", "description", "person")
            and not sentence[: first.start].strip(" \"“'‘")  # the subject opens the sentence
        ):
            # "The ministry issued a statement, saying 40 people died": the subject speaks
            return [Frame("speaker", first, participle.group(1), participle.start(1))]
    if (
        len(frames) > 1
        and frames[0].cue in _DATA_VERBS
        and country_name(frames[0].mention, gazetteer)
    ):
        # "Italy recorded the highest toll ..., the researchers estimate": the country is what
        # the data are about; the speaker after it is the source
        if any(
            f.role == "speaker"
            and f.cue.split()[0] in _MADE_IT
            and not country_name(f.mention, gazetteer)
            for f in frames[1:]
        ):
            return frames[1:]
    if len(frames) > 1 and country_name(frames[0].mention, gazetteer):
        # "Pakistan has confirmed two more cases, the Pakistan Polio Eradication Programme said":
        # the country stands for its own body that speaks after it (an international one relays
        # the country's count: "Italy reported 500 deaths, the WHO said")
        country = frames[0].mention.text
        if any(national_body(f.mention, country, gazetteer) for f in frames[1:]):
            frames = frames[1:]
    if len(frames) > 1 and any(f.cue.lower() == "according to" for f in frames):
        # "Chiang Mai recorded 14, according to the centre's data": an untitled name is a place
        frames = [f for f in frames if not (f.cue in _DATA_VERBS and f.mention.kind == "person")]
    return frames


def _comma_inversion(mentions: list[Mention], m: re.Match, sentence: str) -> bool:
    """Whether a verb after a comma has its subject after it, closing the sentence."""
    if not sentence[: m.start("verb")].rstrip().endswith(","):
        return False
    after = first_after(mentions, m.end(), sentence, limit=6)
    if after is None or after.type == "pronoun":
        return False
    rest = sentence[after.end :].strip(" .")
    # '..., said Ly Samreth, deputy governor of the province.': a title after the name
    return not rest or bool(_TITLE_TAIL.fullmatch(rest))


_WHAT = ("what ", "What ")
# What "gave"/"given" reports: a number ("gave a toll of 40", "gave no figure", "given by")
_GIVEN_FIGURE = re.compile(
    r"\s+(?:by\b|(?:[a-z-]+\s+){0,3}"
    r"(?:figures?|numbers?|estimates?|toll|count|tally|total|breakdown|data|details)\b)"
)
_QUOTE_ENDS = (",", '"', "”", "'", "’")
_TITLE_TAIL = re.compile(
    r",\s*(?:(?:the |a |an )?[a-z][\w'’ -]*(?: (?:of|for|at) [^,;]+)?|who\s[^;]+)"
)  # ", deputy governor of the province", ", who ran the office until 2018"
_REPORTS_THAT = re.compile(r"(?:\s+[^,.;\d]{0,40}?)?\s+that\s")
_TABLE_SOURCE = re.compile(r"\((?:[Ss]ources?:\s*)?$")
_PARTICIPLE_CUE = re.compile(
    r",\s+(saying|claiming|adding|warning|estimating|forecasting|reporting|noting|stating)\b"
)
_DATA_VERBS = frozenset(("recorded", "registered", "counted", "saw", "had", "reported"))
# cues of a speaker who made the figure (an estimate, a finding), not one who relays a country's
# count ("Italy reported 500 deaths, the WHO said": Italy -> WHO)
_MADE_IT = frozenset(
    "estimate estimates estimated found find finds calculated calculate calculates show shows showed".split()
)


def _frames(
    sentence: str,
    mentions: list[Mention],
    *,
    headline: bool,
    gazetteer: Gazetteer | None,
) -> list[Frame]:
    if headline and sentence.endswith(SAYS_ENDINGS + TITLE_SAYS_ENDINGS):
        mentions = headline_description(sentence, mentions)
    if not mentions and not (headline and ":" in sentence) and "ccording to" not in sentence:
        # every frame is made of a mention (or a headline's "Sheriff: ...", or a body named
        # after "according to" that no mention rule knows)
        return []
    frames: list[Frame] = []
    used_objects: set[int] = set()
    words = sentence_words(sentence)
    for m in _object_cues(sentence, words):
        cue = m.group("cue")
        if cue in ("citing", "Citing") and _CITING_REASON.match(sentence, m.end()):
            continue
        obj = first_after(mentions, m.end(), sentence, limit=45)
        if obj is None:
            obj = named_after(sentence, m.end(), mentions)  # "according to NSW Ambulance"
        if obj is None:
            continue
        if sentence.startswith(("'s ", "’s "), obj.end) and country_name(obj, gazetteer):
            obj = owned_name(obj, mentions, sentence)
        if obj.type == "pronoun" and obj.text.lower() == "which":
            # "according to the avalanche center, which counted 108": the body before "which"
            described = _DESCRIBED_BODY.match(sentence, m.end())
            if described is None:
                continue
            a, b = described.span(1)
            obj = Mention(a, b, sentence[a:b], "description", None, None)
        if obj.type == "group":
            obj = body_of_group(obj, mentions, sentence)  # "according to officials at the X"
        seen = (
            document_seen(sentence, m.start(), m.end(), obj, mentions)
            if " by " in sentence
            else None
        )
        if seen is not None:  # "according to a draft seen by Eurofocus": the draft's owner
            if seen[1] is not None:
                frames.append(Frame("source", seen[1], f"{seen[0]} seen by", m.start()))
            frames.append(Frame("relay", obj, "seen by", m.start()))
            used_objects.add(obj.start)
            continue
        if cue == "quoted":
            quoter = _subject_before(mentions, m.start(), sentence)
            as_saying = _AS_SAYING.search(sentence, obj.end, obj.end + 30)
            if as_saying:
                frames.append(Frame("source", obj, "as saying", m.start()))
                used_objects.add(obj.start)
            if quoter is not None:
                frames.append(
                    Frame(
                        "speaker" if quoter.kind not in ("news_agency", "outlet") else "relay",
                        quoter,
                        "quoted",
                        m.start(),
                    )
                )
            continue
        if _SOURCE_CUES.match(cue):
            role = "source"
        elif _RELAY_CUES.match(cue) and not (
            cue in ("as per", "As per") and obj.kind not in ("outlet", "news_agency")
        ):
            role = "relay"  # "as per a report by Yonhap"; "as per the IMD": the IMD's own figure
        else:
            role = "speaker"
        frames.append(Frame(role, obj, cue, m.start()))
        used_objects.add(obj.start)
    for m in _verb_matches(sentence, words):
        verb = m.group("verb")
        start0 = m.start("verb")
        if verb == "quoted":
            continue
        after = sentence[m.end() : m.end() + 80]
        if verb in ("put", "puts", "gave", "given") and not (
            _PUT_AT if verb[0] == "g" else _PUT_AT_ONLY
        ).search(after):
            continue  # "put the toll at 500", "gave a figure of 500"; "puts us on track" is not
        if verb[:3] in ("det", "reg") and not NUMBER_AFTER.match(after):
            continue  # "detected a leak", "registered as a charity": no count
        if verb in NOUN_VERBS and NOUN_AFTER.match(after):
            continue  # "posts by relatives and reports from regional authorities": a noun
        if verb in DECISION and not AMOUNT_AFTER.match(after):
            continue
        if (
            verb in _PARTICIPLES
            and _PARTICIPLE_NOUN.match(after)
            # "has confirmed infections in 1,083 herds": a perfect tense is a verb
            and m.start("verb") == m.start()
        ):
            continue  # "81 suspected and confirmed cases", "reported deaths": an adjective
        if verb in _PARTICIPLES and sentence[
            max(0, m.start("verb") - 4) : m.start("verb")
        ].endswith((" a ", " an ", "the ")):
            continue  # "people in the U.S. have a confirmed diagnosis": an adjective
        if verb == "admitted" and NUMBER_AFTER.match(after):
            continue  # "Canada admitted 9.9 newcomers per 1,000", "admitted 300 patients": let in
        if verb in ("gave", "given") and not _GIVEN_FIGURE.match(after):
            continue  # "its volunteers had given first aid to 19 survivors": no figure given
        if verb == "found" and not (
            _FOUND_REPORTS.match(after)
            or _STUDY_BEFORE.search(sentence, max(0, start0 - 30), start0)
        ):
            continue  # "everyone it found inside": finding people or things, not a finding
        # "added 73,000 jobs", "counts 500,000": a verb taking a number is not a reporting verb,
        # except in headlines ("ministry counts 500,000").
        if verb in ("added", "adds") and _ADDED_NUMBER.match(after):
            continue
        start = m.start()
        if verb.endswith("ing") and verb in DECISION:
            aux = _PROGRESSIVE.search(sentence, max(0, start - 12), start)
            start = aux.start() if aux else start  # "The DfT is giving councils £1.6bn"
        subject = _subject_before(mentions, start, sentence)
        if (
            subject is not None
            and verb in ("said", "says")
            and _comma_inversion(mentions, m, sentence)
        ):
            subject = None  # "..., says ESB": the name after the verb, at the sentence's end
        if (
            subject is None
            and _ends_with_and(sentence[: m.start("verb")])
            and mentions
            and mentions[0].start <= 4
        ):
            subject = mentions[0]  # "X accused ... and said ...": the sentence subject
        if subject is None or subject.start in used_objects:
            inverted = first_after(mentions, m.end(), sentence, limit=6)
            if (
                inverted is not None
                and verb in ("said", "says", "added", "reported")
                and inverted.type != "pronoun"
                or (
                    inverted is not None
                    and inverted.type == "pronoun"
                    and inverted.text.lower() in ("he", "she", "they")
                    # '"...," said he'; not "have been warned they may need to leave" nor
                    # "2.64 million people said they had rested" (the people counted)
                    and verb in ("said", "says", "added", "adds")
                    and sentence[: m.start("verb")].rstrip().endswith(_QUOTE_ENDS)
                )
            ):
                subject = inverted
            else:
                continue
        if subject.start >= 5 and sentence[subject.start - 5 : subject.start] in _WHAT:
            continue  # "far short of what scientists say is needed": what they say, not a source
        if _in_subordinate_clause(sentence[: subject.start]) and (
            frames or not _REPORTS_THAT.match(sentence, m.end())
        ):
            # (in a sentence with no other speaker, what it reports inside the clause is
            # its own: "days after the minister told Parliament that the landfill had ...")
            continue  # a subordinate clause ("when it last briefed lawmakers") is background, not attribution
        if subject.type in ("named", "person") and mentions.index(subject) > 0:
            subject = joint(mentions, subject, sentence)
        cue = (verb + m.group("tail")).strip()
        role = "speaker"
        if (
            verb in ("reported", "reports")
            and subject.kind in ("news_agency", "outlet")
            and not subject.text.endswith("reports")
        ):
            role = "relay"
        frames.append(Frame(role, subject, cue, m.start("verb"), expectation=verb in _EXPECT))
        if verb in _TELL:
            rec = recipient(mentions, m.end(), sentence)
            if rec is not None and rec.start not in used_objects:
                frames.append(
                    Frame(
                        "recipient",
                        rec,
                        f"{verb} {sentence[m.end() : rec.end].strip()}"
                        if rec.type in ("group", "pronoun")
                        else verb,
                        m.start("verb"),
                        owner=subject.start,
                    )
                )
    if " by " in sentence and ("expected by" in sentence or "forecast by" in sentence):
        for m in _EXPECTED_BY.finditer(sentence):
            # "below the 32.9 billion expected by analysts": whose expectation the figure is
            obj = first_after(mentions, m.end(), sentence, limit=20)
            if obj is not None and obj.start not in used_objects:
                frames.append(Frame("speaker", obj, m.group(0), m.start(), expectation=True))
                used_objects.add(obj.start)
    if _OWN_NOUNS.intersection(words[1]) and not words[1].isdisjoint(_OWN_WORDS):
        for m in _OWN_DECISION.finditer(sentence):
            # "the central bank cut its main rate by 50 basis points", "X lowered its
            # forecast": the actor's own decision, with the actor as origin
            subject = _subject_before(mentions, m.start(), sentence)
            if subject is not None and not any(f.mention is subject for f in frames):
                frames.append(Frame("speaker", subject, m.group("verb"), m.start()))
    if not ACTION_WORDS.isdisjoint(words[1]):
        for subject, verb, pos in own_actions(sentence, mentions, frames, _subject_before):
            frames.append(Frame("speaker", subject, verb, pos))
    if " study " in sentence or " published " in sentence or " report " in sentence:
        frames = studies(sentence, mentions, frames)
    if " by " in sentence and ("poll" in sentence or "survey" in sentence or "study" in sentence):
        frames = polls(sentence, mentions, frames)
    for body, verb, pos in body_sources(sentence, words[1], mentions):
        frames.append(Frame("source", body, verb, pos))
    for x in mentions:
        if (
            x.type in ("named", "person")
            and sentence.startswith(("'s", "’s"), x.end)  # how _POSSESSIVE_DATA opens
            and _POSSESSIVE_DATA.match(sentence, x.end)
        ):
            if not any(f.mention is x for f in frames):
                frames.append(
                    Frame(
                        "speaker",
                        x,
                        sentence[x.end : _POSSESSIVE_DATA.match(sentence, x.end).end()]
                        .lstrip("'’s ")
                        .strip(),
                        x.start,
                    )
                )
        # "the agency's count", "its tally": a possessive figure word names its source.
        if x.type == "description" and _POSSESSIVE_FIGURE.match(x.text):
            if not any(f.mention is x for f in frames):
                frames.append(Frame("speaker", x, x.text, x.start))
        tail = _POLLED_BY.search(x.text) if x.type == "group" and "ed by " in x.text else None
        if tail and gazetteer is not None:
            entry = gazetteer.lookup(tail.group(2).strip())
            if entry is not None:
                t0 = x.start + tail.start(2)
                name = tail.group(2).strip()
                frames.append(
                    Frame(
                        "relay",
                        Mention(
                            t0, t0 + len(name), name, "named", entry.source.name, entry.source.kind
                        ),
                        tail.group(0)[: len(tail.group(1)) + 3],
                        t0,
                    )
                )
    if headline:
        headline_frames(sentence, mentions, frames, gazetteer)
    return frames


_GAP_WORDS = frozenset(
    """has have had also now previously first later then earlier further would will could still again
    on in at this last that week month year weekend day the a on monday tuesday wednesday thursday friday
    saturday sunday january february march april may june july august september october november december
    today yesterday morning evening night late early separately publicly privately repeatedly""".split()
)
_GAP_WORD = re.compile(r"[\w'’]+")
_BLANK_GAP = re.compile(r"[\s,]*")
_COMMA_THE = re.compile(r",\s*(?:the\s+)?")
# A short place or affiliation phrase between a subject and its verb ("doctors at the main
# hospital said", "officials in Kherson said", "residents of the town told AFP").
_PLACE_GAP = re.compile(
    r"\s+(?:at|in|of|from|near|inside|outside|on)\s+(?:the\s+|a\s+)?(?:[^\W\d_][\w'’.-]*\s+){1,3}"
)
_GROUP_PLACE = re.compile(r"\s+(?:at|in|of|from|with)\s+[^,;]{1,50}")
_PLACE_OF_GROUP = re.compile(r"\s+(?:in|at|from|of)\s+(?:the\s+)?")
_IN_PLACE = re.compile(r"\s+(?:in|near)\s+")
_OF_PLACE = re.compile(r"(?<= of )|(?<= in )")  # a name right after "of "/"in "
_CLAUSE_WORDS = frozenset(
    "who which that and but or had has have was were is are said says told would will".split()
)
_RELATIVE = re.compile(r",\s*(?:which|who|whose|where)\b")  # a relative clause describes
_APPOSITION_OPENERS = re.compile(
    r"^,\s*(?:which|who|whose|known|a|an|the|one|its|his|her|their|speaking|citing|"
    r"(?:[a-z]+ ){1,3}(?:of|for))\b"  # "deputy governor of", "head of"
)


def _gap_words_only(gap: str) -> bool:
    """Only a few filler words (or numbers) between a subject and its verb."""
    words = _GAP_WORD.findall(gap)
    return (
        all(
            w.lower() in _GAP_WORDS
            or w.isdigit()
            or (w.endswith("ly") and w.islower() and len(w) > 4)
            for w in words
        )  # "The commission initially estimated": an adverb
        and len(words) <= 5
        and ";" not in gap
    )


# An unnamed source's restrictive clause about its anonymity before the verb ("A security
# source who craved anonymity told", "An official who was not authorised to speak said")
_WHO_CLAUSE = re.compile(
    r"\s+who\s+(?:(?:asked|spoke|requested|craved|declined|did|was|were|is|are)\b[^,.;\"“”]{0,50}?"
    r"(?:anonymity|named|identified|publicly|record|authori[sz]ed[^,.;]{0,30}))\s*"
)
# A first verb phrase and "but"/"and" before the reporting verb, with no clause break
_FIRST_VERB_BUT = re.compile(
    r"\s+(?:also\s+)?[a-z]+(?:ed|s)\s[^.;:\"“”,]{0,60}?\s(?:but|and)\s+(?:also\s+)?"
)


def _subject_before(mentions: list[Mention], pos: int, sentence: str) -> Mention | None:
    # candidates[-1] of the original ``[x for x in mentions if x.end <= pos]``, found from
    # the end; the list itself is built only when an appositive needs it.
    for i in range(len(mentions) - 1, -1, -1):
        last = mentions[i]
        if last.end <= pos:
            break
    else:
        return None
    gap = sentence[after_name(sentence, last.end, last) : pos]
    if (
        last.guessed
        and i > 0
        and mentions[i - 1].type == "group"
        and _PLACE_OF_GROUP.fullmatch(sentence, mentions[i - 1].end, last.start)
        and (_BLANK_GAP.fullmatch(gap) or _gap_words_only(gap))
    ):
        # "Officials in Kherson said": the capitalised place, guessed to be a company
        # subject, belongs to the group's place phrase; the group is the subject
        return mentions[i - 1]
    # _APPOSITIVE ends with ",\s*$": only a prefix ending in a comma (and spaces) can match
    # (``sentence[:pos].rstrip().endswith(",")`` without copying the prefix).
    end = pos
    while end > 0 and sentence[end - 1].isspace():
        end -= 1
    app = _APPOSITIVE.search(sentence[:pos]) if end > 0 and sentence[end - 1] == "," else None
    if gap.startswith(("'s", "’s")) and not (app and last.start >= app.start()):
        return None  # "Washington's estimate": a possessive, not a subject
    if app and last.start >= app.start():
        candidates = [x for x in mentions if x.end <= pos]
        inside = [x for x in candidates if x.start >= app.start()]
        earlier = [x for x in candidates if x.end <= app.start()]
        if earlier and _STATEMENT_ASIDE.match(sentence, app.start()):
            return earlier[-1]  # "The TSC, in a statement signed by its chief executive X, said"
        if (
            earlier
            and _RELATIVE.match(sentence, app.start())
            and not sentence[after_name(sentence, earlier[-1].end) : app.start()].strip()
        ):
            last_before = earlier[-1]
            if (
                len(earlier) > 1
                and earlier[-2].type == "person"
                and last_before.type == "named"
                and GROUP_AT.fullmatch(sentence, earlier[-2].end, last_before.start)
            ):
                return earlier[-2]  # "Prof Kath Selwyn of the LSE, who has studied ..., said"
            return last_before  # "Maersk, which has sent ships round the Cape of Good Hope, said"
        # ("Nguyen Van Hung, a resident of Tuy Phuoc District, told": a place after "of")
        people = [
            x for x in inside if x.type == "person" and not _OF_PLACE.match(sentence, x.start)
        ]
        if people:
            return people[-1]  # "the UN's coordinator, Jane Doe, said"
        named = [x for x in inside if x.type == "named" and not x.guessed]
        if (
            named
            and earlier
            and earlier[-1].type in ("group", "description")
            and _COMMA_THE.fullmatch(sentence, app.start(), named[0].start)
        ):
            return named[0]  # "the union, the Association of Rail Workers, says": the name
        if (
            earlier
            and _APPOSITION_OPENERS.match(sentence[app.start() :])
            and (
                not sentence[after_name(sentence, earlier[-1].end) : app.start()].strip()
                # "An official at the city's hospital, speaking on condition of anonymity, told"
                or earlier[-1].type == "group"
                and _GROUP_PLACE.fullmatch(sentence, earlier[-1].end, app.start())
            )
        ):
            return earlier[-1]  # "the ministry, which answers to X, said"
    if app and gap.strip() in ("", ",") and last.start < app.start():
        return _person_of(mentions, i, sentence)
    if _BLANK_GAP.fullmatch(gap) or _gap_words_only(gap):
        if "," in gap and not gap.strip() == ",":
            return None
        if (
            last.type == "named"
            and i > 0
            and mentions[i - 1].type == "person"
            and GROUP_AT.fullmatch(sentence, mentions[i - 1].end, last.start)
        ):
            return mentions[i - 1]  # "Meteorologist Md Omar Faruq of the BMD said": the person
        if (
            last.type in ("person", "named")
            and i > 0
            and (last.type == "person" or last.kind == "government")
            and _IN_PLACE.fullmatch(sentence, mentions[i - 1].end, last.start)
        ):
            return mentions[i - 1]  # "A doctor at Nasser Hospital in Khan Yunis told": a place
        return last
    if _PLACE_GAP.fullmatch(gap) and not _CLAUSE_WORDS.intersection(gap.lower().split()):
        return last  # "Doctors at the hospital said", "Officials in Kherson said"
    if last.type in ("person", "named") and _FIRST_VERB_BUT.fullmatch(gap):
        return last  # "McGrail welcomed the result but said": one subject, two verbs
    if last.type in ("group", "person") and _WHO_CLAUSE.fullmatch(gap):
        return last  # "A security source who craved anonymity told": a restrictive clause
    if app and last.end <= app.start():
        after_app = sentence[app.end() : pos]
        if all(w.lower() in _GAP_WORDS for w in _GAP_WORD.findall(after_app)):
            return _person_of(mentions, i, sentence)
    return None


def _person_of(mentions: list[Mention], i: int, sentence: str) -> Mention:
    """``mentions[i]``, or the person before it when it is that person's body: "Prof X of the
    LSE, who has studied ..., estimated" is X's estimate."""
    last = mentions[i]
    if (
        i > 0
        and last.type == "named"
        and mentions[i - 1].type == "person"
        and GROUP_AT.fullmatch(sentence, mentions[i - 1].end, last.start)
    ):
        return mentions[i - 1]
    return last


def unnamed_data(sentence: str) -> bool:
    """True when the sentence says the figure rests on unnamed data or reports."""
    # The pattern opens with one of the cues (case-insensitive, no look-behind): it is tried
    # only where the lowercased sentence has one, at the same offset (plain_lower keeps
    # offsets; ASCII text needs no check for the characters it guards against).
    low = sentence.lower() if sentence.isascii() else plain_lower(sentence)
    if low is None:
        return bool(_UNNAMED_DATA.search(sentence))
    match = _UNNAMED_DATA.match
    for cue in _UNNAMED_DATA_CUES:
        at = low.find(cue)
        while at >= 0:
            if match(sentence, at):
                return True
            at = low.find(cue, at + 1)
    return False


def mentions_for(sentence: str, gazetteer: Gazetteer, context: Context) -> list[Mention]:
    """Mentions of one sentence, with surname anaphora from the article so far."""
    return find_mentions(sentence, gazetteer, context.people)
