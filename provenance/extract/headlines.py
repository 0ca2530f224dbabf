"""Attribution in headlines: "Ministry: 500 killed", "600 killed: Seoul", "... – NSEMA",
"..., energy ministry says", "Russia counts 500"; a country or topic before a colon is none."""

from __future__ import annotations

import re

from .cue_objects import named_after
from .groups import BODY_HEADS, GROUP_HEADS
from .person_words import TITLE_HEADS
from .reports import Frame
from .sources import Mention

_TRAILING_SAYS = re.compile(r",\s*(?:says|said|say|according to)\s+[^,:]{2,50}$")
_HEADLINE_LEAD = re.compile(r"^\s*([^:]{2,60}):\s")  # "Ministry: 500 killed"
# "Russia: 5,580", "United States: 5,044": a row of a table, a label and its number (a
# headline's "Russia: 500 soldiers killed" says what the number counts)
# A table row "Al Wusta: 412,600 tonnes" (a number and its unit, no predicate: "PNP: 1,200
# arrested" and "Ministry: 14 dead" are headlines)
_TABLE_ROW = re.compile(
    r"[^:]{2,40}:\s*(?:about |around |some )?\d[\d.,]*\s*"
    r"(?:%|per cent|(?![a-z]*ed\b|dead\b|missing\b|hurt\b)[a-z]+)?\.?\s*$"
)
# a headline's "Sheriff: ...", "Ministry: ...": a person's title (person_words.TITLE_HEADS) or a body
_LEAD_TITLES = TITLE_HEADS | frozenset("prosecutors court army military ministry pm".split())
# "500 killed: ministry", "Death toll rises to 98 – NSEMA" (a dash before a short name)
_HEADLINE_TRAIL = re.compile(r":\s*([^:]{2,40})$")
_HEADLINE_DASH = re.compile(r"\s(?:[–—]\s*|-\s+)([A-Z][\w.&'’ -]{1,40})$")
# what a headline's trailing ": Commission", "- MOH", ": monitor" may be when no name is found
# there: a body's acronym, or one to three words describing the body the article names
_TRAIL_ACRONYM = re.compile(r"[A-Z][A-Za-z]{1,7}")
_TRAIL_WORDS = re.compile(r"(?:[A-Za-z][a-z'’-]+\s+){0,2}[A-Za-z][a-z'’-]+")
_HEADLINE_VERB = re.compile(r"\s+([a-z]+s)\b")  # "Ministry counts 500"
_TITLE_VERB = re.compile(r"\s+([A-Z][a-z]+s)\b")  # a title-case headline's "UN Says 2 Million ..."
# Headline verbs that make the first name the source of the figures: it reports them
# ("counts", "shows", "posts" results) or sets them by its own decision ("cuts" rates,
# "fines", "offers"). Deeds that others count ("launches", "kills", "hits") do not.
_HEADLINE_VERBS = frozenset(
    """says tells claims counts reports estimates warns finds shows posts puts confirms announces
    records reveals predicts forecasts expects sees tallies lists logs publishes releases
    cuts raises lowers hikes holds keeps sets fines orders pledges offers approves awards plans
    allocates earmarks grants pays proposes budgets seeks demands targets""".split()
)
_HEADLINE_QUOTE = re.compile(r"\s+['‘\"“]")
# A title-case headline's trailing "..., Frontex Says", "..., Police Figures Show"
_TITLE_SAYS_ENDS = ("Says", "Say", "Warns", "Claims", "Reports", "Finds", "Shows", "Show")
_TITLE_SAYS = re.compile(
    r",\s+(?P<who>[A-Z][^,]{1,60}?)\s+(?:Says|Say|Warns|Claims|Reports|Finds|Shows|Show)$"
)


def headline_frames(sentence: str, mentions: list[Mention], frames: list[Frame], gazetteer) -> None:
    """Append the frames a headline's own forms give (colons, dashes, a leading subject)."""
    lead = (
        _HEADLINE_LEAD.match(sentence)
        if not _TABLE_ROW.match(sentence) and not _TRAILING_SAYS.search(sentence)
        else None
    )  # "Storm Éowyn: 768,000 homes without power, says ESB": the colon's is the topic
    if lead:
        subj = [x for x in mentions if x.end <= lead.end(1)]
        # "Ministry: 500 killed" names the source; "Yemen stampede: 78 dead" names the story
        if (
            subj
            and not sentence[subj[-1].end : lead.end(1)].strip()
            and not country_name(subj[-1], gazetteer)
        ):
            frames.append(Frame("speaker", subj[-1], ":", lead.end(1)))
        elif not subj and lead.group(1).strip().lower() in _LEAD_TITLES:
            # "Sheriff: 14 arrested": the title names the article's sheriff
            a, b = lead.span(1)
            title = Mention(a, b, sentence[a:b].strip(), "description", None, None)
            frames.append(Frame("speaker", title, ":", b))
    title_says = _TITLE_SAYS.search(sentence) if sentence.endswith(_TITLE_SAYS_ENDS) else None
    if title_says:
        # a title-case headline's "..., Frontex Says": the name before the verb
        a, b = title_says.span("who")
        subj = [x for x in mentions if x.start >= a and x.end <= b]
        if subj:
            frames.append(Frame("speaker", subj[-1], "says", b))
    dash = _HEADLINE_DASH.search(sentence)
    trail = dash or _HEADLINE_TRAIL.search(sentence)
    if trail and trail.group(1).strip().upper() in _WEB_LABELS:
        trail = None  # "Flood kills 40 in Kenya - VIDEO": the page's label, no source
    if trail:
        subj = [x for x in mentions if x.start >= trail.start(1)]
        if not subj and dash:
            # "– NSEMA": an acronym (a site's name in title case ends many scraped titles)
            named = named_after(sentence, trail.start(1) - 1, mentions)
            ok = named is not None and named.end == trail.end(1) and named.text.isupper()
            subj = [named] if ok else []
        if not subj:
            subj = _trailing_description(sentence, trail.start(1), trail.end(1))
        if subj:
            frames.append(Frame("speaker", subj[0], "headline attribution", trail.start()))
    first = mentions[0] if mentions else None
    if (
        first is not None
        and first.start <= 1
        and not any(f.role == "speaker" for f in frames)
        and first.type in ("named", "person", "group")
    ):
        verb = _HEADLINE_VERB.match(sentence, first.end) or _TITLE_VERB.match(sentence, first.end)
        if verb and verb.group(1).lower() not in _HEADLINE_VERBS:
            verb = None  # "Russia launches 728 drones": a deed others count, not a report
        if not (verb or _HEADLINE_QUOTE.match(sentence, first.end)):
            return
        frames.append(
            Frame(
                "speaker",
                first,
                verb.group(1).lower()
                if verb and verb.group(1).lower() not in ("was", "has", "is", "as")
                else None,
                first.end,
            )
        )


def _trailing_description(sentence: str, a: int, b: int) -> list[Mention]:
    """A headline's trailing credit that names no source the scan knows: an acronym ("- MOH",
    resolved to the body with those initials) or a few words describing the body the article
    names (": Commission", ": monitor", resolved like "the commission" in the text)."""
    words = sentence[a:b].strip()
    a = sentence.index(words, a)
    if _TRAIL_ACRONYM.fullmatch(words) and sum(c.isupper() for c in words) >= 2:
        return [Mention(a, a + len(words), words, "named", words, "other")]
    head = words.rsplit(None, 1)[-1].lower().rstrip("s")
    if _TRAIL_WORDS.fullmatch(words) and (head in BODY_HEADS or head in _TRAIL_HEADS):
        return [Mention(a, a + len(words), words.lower(), "description", None, None)]
    return []


_WEB_LABELS = frozenset(
    "VIDEO VIDEOS LIVE PHOTOS PHOTO PICTURES WATCH LISTEN UPDATE UPDATED UPDATES OPINION ANALYSIS "
    "EXPLAINER EXCLUSIVE BREAKING PODCAST GALLERY REPORT".split()
)
# (besides the bodies' heads: "...: monitor", "...: police data")
_TRAIL_HEADS = frozenset("monitor observatory police army military data figure report".split())


def country_name(m: Mention, gazetteer) -> bool:
    """Whether a mention is a country's bare name ("Burkina Faso: at least 200 killed" names the
    story's country; a capital or a body before the colon is a source: "Seoul: ...")."""
    if m.type != "named" or m.kind != "government" or gazetteer is None:
        return False
    entry = gazetteer.lookup(m.text)
    return entry is not None and entry.country in (m.text, f"the {m.text}")


# A headline ending in a lower-case description and a reporting verb: "..., energy ministry
# says", "..., electoral bureau says". The words name the body (resolved like "the energy
# ministry" in the text); a group ("officials say") or a name ("IOM says") is found as it is.
_SAYS_VERBS = ("says", "say", "warns", "warn", "claims", "claim", "reports", "finds")
SAYS_ENDINGS = tuple(f" {v}" for v in _SAYS_VERBS) + (" declares",)
_HEADLINE_SAYS = re.compile(
    rf",\s+((?:[a-z][\w'’-]*\s+){{0,3}}[a-z][\w-]*)\s+(?:{'|'.join(e[1:] for e in SAYS_ENDINGS)})$"
)


# The same in a title-case headline: "..., Locals Say", "..., Health Officials Warn".
TITLE_SAYS_ENDINGS = tuple(f" {v.title()}" for v in _SAYS_VERBS)
_TITLECASE_SAYS = re.compile(
    rf",\s+((?:[A-Z][\w-]*\s+){{0,2}}[A-Z][\w-]*)\s+(?:{'|'.join(e[1:] for e in TITLE_SAYS_ENDINGS)})$"
)


def headline_description(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the description of a headline's trailing "..., energy ministry says"
    (or the group of a title-case "..., Locals Say")."""
    m = _HEADLINE_SAYS.search(sentence)
    if m is None:
        t = _TITLECASE_SAYS.search(sentence)
        words = t.group(1).lower() if t else ""
        head = words.rsplit(" ", 1)[-1]
        if t is None or head not in GROUP_HEADS or not GROUP_HEADS[head]:
            return mentions
        # a group written in capitals: the group as the text would name it ("locals")
        a, b = t.span(1)
        group = Mention(a, b, sentence[a:b], "group", words, GROUP_HEADS[head], plural=True)
        return sorted(
            [x for x in mentions if x.end <= a or x.start >= b] + [group], key=lambda x: x.start
        )
    a, b = m.span(1)
    inside = [x for x in mentions if x.end > a and x.start < b]
    if any(x.type != "description" or x.start < a or x.end > b for x in inside):
        return mentions  # a name or a group there is the subject as found
    described = Mention(a, b, sentence[a:b], "description", None, None)
    return sorted([x for x in mentions if x not in inside] + [described], key=lambda x: x.start)
