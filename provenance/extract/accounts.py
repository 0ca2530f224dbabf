"""Where a running account ends: the openers, entries and page lines after which attribution
does not carry on (used by the carrying of attribution in ``extract``).
"""

from __future__ import annotations

import re

# An impersonal hedge opening a sentence: the writer's own unattributed belief
IMPERSONAL = re.compile(
    r"It\s+is\s+(?:widely\s+|now\s+|generally\s+)?(?:believed|thought|estimated|understood|feared|"
    r"expected|assumed|said|reported|unclear|not\s+known)\b"
)
# A sentence about an earlier, dated event ("The 2018 Camp fire killed 85 people", "In January
# 2025, six people died in a stampede at Tirupati"): the writer's background, not the running
# speaker's account (IMPERSONAL's rule: it stays unattributed).
PAST_EVENT = re.compile(
    r"(?:In|The|Back in|During)\s+(?:(?:early|late|mid-?|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\s+)?(?:19|20)\d\d\b(?!\s*(?:-|–|to)\s*\d)"
)
# Openers of a paragraph that starts a different account and so inherits nothing.
NEW_ACCOUNT = re.compile(
    r"(?:Meanwhile|Separately|Elsewhere|In other news|In a separate\b|"
    r"(?:An|The) earlier version of this|Correction(?:,[^:]{1,30})?:|Clarification:|Editor['’]s note|"
    r"(?:Opinion |Recent |Several )?[Pp]olls (?:show|suggest|indicate|have shown))"
)


# A liveblog entry opens with its time ("09:02 — ...", "07:52 Ukraine's air force says"): each
# entry is its own account, and attribution does not carry from one entry into the next.
LIVE_ENTRY = re.compile(
    r"\d{1,2}(?::\d{2}(?:\s?[ap]\.?m\.?)?|\.\d{2}\s?[ap]\.?m\.?)"
    r"(?:\s+(?:GMT|UTC|BST|CET|CEST|EET|EEST|ET|EST|EDT|PT|PST|PDT|IST|MSK))?"
    r"(?:\s*[—–-]\s*|\s+(?=[A-Z\"“‘']))"
)
# Page furniture between paragraphs (advertising slots, links to other stories, newsletter
# sign-ups, photo captions): the account before it does not go on after it.
FURNITURE = re.compile(
    r"(?:Advertisement|ADVERTISEMENT|Also read\b|Read also\b|Read more\b|READ MORE\b|See also\b|"
    r"Related:|RELATED:|Sign up\b|Subscribe\b|Get our\b|Our live coverage\b|"
    r"\((?:Photo|Image|Picture|Video)s?\b)"
)
# A market move: the price of a share, a currency or an index going up or down. The reporter
# reads prices off the market; a speaker quoted before is not their source.
MARKET_MOVE = re.compile(
    r"(?:[\w'’.&-]+\s+){0,4}?(?:[Ss]hares|[Ss]tocks?|[Ss]hare price|zloty|euro|dollar|pound|sterling|"
    r"yen|rouble|ruble|rupee|lira|crowns?|krone|franc|yuan|forint|peso|[Ii]ndex|bond yields?)"
    r"(?:\s+(?:in|of)\s+[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*)*)?(?:,[^,]{1,90},)?\s+"
    r"(?:(?:had|have|has|were|was)\s+)?(?:rose|fell|weakened|strengthened|closed|slumped|gained|"
    r"dropped|climbed|jumped|tumbled|lost|edged|slid|surged|plunged|sank|traded|opened|ended|"
    r"finished|rallied|retreated|dipped|firmed|eased|rises|falls|slumps|gains|drops|climbs|"
    r"rise|fall|slump|gain|drop|climb|jump|tumble|sink|surge|plunge|slide|dip|rally|soar|sag)\b"
)
# The outlet's own counting: "by our count", "our analysis of ENTSO-E data shows"
OWN_COUNT = re.compile(
    # "Our correspondent gathered that ...": the outlet's own reporting
    r"\b[Oo]ur (?:own )?(?:correspondents?|reporters?) (?:gathered|learnt|learned|heard|saw|counted|"
    r"found|was told|were told|confirmed)\b|"
    r"\b(?:[Bb]y|[Aa]ccording to|[Oo]n) our (?:own )?(?:count|reckoning|calculations?|computations?|tally|estimates?|analysis)\b"
    r"|\b[Oo]ur (?:own )?(?:analysis|calculations?|computations?|count|tally|reckoning|review|estimates?) "
    r"(?:of|shows?|showed|found|finds|suggests?|indicates?)\b"
)


# A description set off by commas inside an unattributed sentence: "the mission, which has
# fewer than 1,000 officers on the ground,", "The town, home to about 80,000 people,". The
# writer's background, not the running speaker's account.
_BACKGROUND = re.compile(
    r",\s+(?:which|who|whose)\s+(?:has|have|had|is|was|are|were|employs|houses|counts)\s+[^,;]*,|"
    r",\s+(?:home to|a (?:city|town|country|region|nation|company|group|force) of)\s+[^,;]*,"
)


def in_background(text: str, pos: int) -> bool:
    """Whether the figure at ``pos`` sits in a background description (see _BACKGROUND)."""
    if ", " not in text:
        return False
    return any(m.start() < pos < m.end() for m in _BACKGROUND.finditer(text))
