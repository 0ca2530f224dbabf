"""The reporting verbs of attribution frames ("the ministry said", "X stressed that ..."),
and the word checks that let :mod:`.attribution` try the verb pattern only where one of
its opening words occurs (see :mod:`.cuewords`)."""

from __future__ import annotations

import re

from .cuewords import needles

__all__ = [
    "AMOUNT_AFTER",
    "DECISION",
    "NOUN_AFTER",
    "NOUN_VERBS",
    "NUMBER_AFTER",
    "VERB",
    "VERB_FIRST",
    "VERB_NEEDLES",
    "VERB_OPENING",
]

_ADV = r"(?:(?:has|have|had|also|now|previously|first|later|then|earlier|further|had also|would|will|could|still|again)\s+)*"
_SPEECH_VERBS = (
    r"said|says|say|told|tells|tell|added|adds|estimated|estimates|estimate|believes|believe|reported|reports|"
    r"counted|counts|count|confirmed|confirms|claimed|claims|claim|warned|warns|announced|announces|noted|notes|"
    r"recorded|records|stated|states|wrote|posted|informed|informs|shared|cite|cites|puts|put|mourns|offers|"
    # "Frontex detected 8,900 irregular crossings": a body's count of what it registers
    r"detected|detects|registered|registers|"
    r"shows|finds|found|quoted|expects|expected|forecast|gave|given|pointed to|could document|heard|released|"
    r"aired|briefed|acknowledged|admitted|insisted|argued|calculated|projected|assessed|assesses|disclosed|"
    r"revealed|concluded|documented|blames|predicted|tallied|declared|declares|"
    # the verbs of reporting news writing varies "said" with ("the ministry stressed that ...",
    # "..., she pointed out"); nouns among them are in NOUN_VERBS
    r"explained|explains|stressed|stresses|emphasised|emphasized|emphasises|emphasizes|highlighted|"
    r"highlights|"
    r"pointed out|points out|reiterated|reiterates|conceded|concedes|countered|counters|maintained|"
    r"maintains|contended|contends|asserted|asserts|alleged|alleges|replied|replies|responded|"
    r"responds|recalled|recalls|complained|complains|cautioned|cautions|indicated|indicates|"
    r"clarified|clarifies|specified|specifies|mentioned|mentions|observed|observes|remarked|remarks|"
    r"underlined|underlines|underscored|underscores|boasted|boasts|lamented|laments|testified|"
    r"testifies|tweeted|tweets|suggested|suggests|writes|argues|insists|admits|acknowledges|"
    r"predicts|reckons|reckoned|calculates|put the (?:number|count|figure|toll|total)\b[^,.;]{0,40}?\b(?:at|above|near)|"
    # "the tally showed"; "raised the death toll to", "revised its estimate to": a source
    # restating its own number is reporting it.
    r"showed|show|raised the (?:death |casualty )?(?:toll|count|number|figure|estimate)\b[^,.;]{0,60}?\bto|"
    r"revised\b[^,.;]{0,40}?\bto|"
    # "The Commission fined Google EUR2bn", "the EU has pledged EUR235m": an amount set by the
    # subject's own decision has the subject as origin (checked for an amount after the verb).
    r"fined|fines|pledged|pledges|approved|approves|awarded|awards|ordered|orders|allocated|earmarked|"
    r"giving|gives|invests|investing|provides|providing|imposed|reimposed|levied|paid|pays|"
    # "The WHO has appealed for $21.5m", "the union has asked for 15%", "offered a 3% rise"
    r"appealed for|appeals for|asked for|asks for|offered|offers|"
    r"demanded|demands|requested|requests"
)
DECISION = frozenset(
    """fined fines pledged pledges approved approves awarded awards ordered orders allocated earmarked
    giving gives invests investing provides providing imposed reimposed levied paid pays
    offered offers demanded demands requested requests""".split()
) | {"appealed for", "appeals for", "asked for", "asks for"}
# Verbs that are plural nouns too, and the prepositions that make them nouns ("reports from")
NOUN_VERBS = frozenset(
    "reports claims estimates counts records notes states remarks replies mentions counters "
    "tweets cautions boasts laments highlights".split()
)
NOUN_AFTER = re.compile(r"\s+(?:from|of|by|about)\b")
# A count within a few words after a verb of registering ("detected 8,900 crossings")
NUMBER_AFTER = re.compile(r"[^.;,]{0,30}?\d")
# An amount within a few words after a decision verb: "fined X EUR2bn", "approved an aid package of 10.6 billion".
AMOUNT_AFTER = re.compile(
    r"^(?!\s+(?:against|for|of|on|to|from|in|at|by|and|were|was|have|had)\b)[^.;,]{0,50}?(?:[$€£¥]\s?\d|\d[\d,.]*\s*(?:bn|m|billion|million)\b|\d[\d,.]*\s+(?:euros|dollars|pounds|yen)"
    r"|[A-Z]{2,3}\$?\s?\d)"
)
VERB = re.compile(
    rf"(?<![\w-]){_ADV}(?P<verb>{_SPEECH_VERBS})(?![\w-])(?P<tail>(?: on X| in a statement| in an? \w+ (?:update|report|post))?)"
)
# Every VERB match opens with one of these words: an _ADV word or the first word of a
# speech verb, and holds a speech verb. VERB opens with a look-behind and an optional
# repeat, so re would try the whole alternation at every character: it is tried only where
# an opening word starts, and not at all in a sentence without a speech verb's first word
# (see _verb_matches and .cuewords).


def _top_alternatives(pattern: str) -> list[str]:
    """The top-level ``|`` alternatives of a regex source (``|`` inside groups does not split)."""
    out, depth, start = [], 0, 0
    for i, ch in enumerate(pattern):
        if ch == "(" and pattern[i - 1 : i] != "\\":
            depth += 1
        elif ch == ")" and pattern[i - 1 : i] != "\\":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    return [*out, pattern[start:]]


_ADV_WORDS = _ADV[len("(?:(?:") : -len(r")\s+)*")]
_FIRST_WORDS = {re.match(r"[a-z]+", alt).group() for alt in _top_alternatives(_SPEECH_VERBS)}
_OPENERS = sorted(_FIRST_WORDS | {alt.split()[0] for alt in _ADV_WORDS.split("|")})
VERB_NEEDLES = needles(_OPENERS)
VERB_FIRST = frozenset(w.encode() for w in _FIRST_WORDS)
VERB_OPENING = frozenset(VERB_NEEDLES)
