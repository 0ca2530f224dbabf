"""Carried attribution: unattributed sentences take the running, paragraph-final or section
account (the rules are in docs/extraction.md, "Across sentences and paragraphs").

``work`` is the extractor's list of sentences in reading order, each with its frames, its own
chain (``own``), its figures and their chains; :func:`carry` fills the chains still empty.
"""

from __future__ import annotations

from ..models import Hop
from .accounts import (
    FURNITURE,
    IMPERSONAL,
    LIVE_ENTRY,
    MARKET_MOVE,
    NEW_ACCOUNT,
    PAST_EVENT,
    in_background,
)
from .structure import Layout

__all__ = ["carry", "furniture"]


def furniture(w) -> bool:
    """Whether the sentence is page furniture, not part of the story (see FURNITURE)."""
    # LIVE_ENTRY opens with a digit (\d: str.isdecimal)
    at = LIVE_ENTRY.match(w.text) if w.text[:1].isdecimal() else None
    return bool(FURNITURE.match(w.text, at.end() if at else 0))


def carry(work: list, layout: Layout) -> None:
    """Give unattributed sentences the running, paragraph-final or section attribution."""
    # First the chain each attributed sentence passes on, in reading order: "the NIS
    # added" keeps the hops the running chain had after the NIS.
    running: list[Hop] | None = None
    for w in work:
        if w.sent.headline and not w.sent.subheading or not w.own:
            continue
        own = w.own
        continues = (
            own[0].cue in ("added", "adds", "also said")
            or (own[0].mention or "").split(" ")[0].lower() in ("it", "he", "she", "they", "the")
            # the authors of a study speak again: the journal that published it stays
            or bool(
                running and running[0].source == own[0].source and running[-1].cue == "published in"
            )
        )
        if (
            running
            and len(own) == 1
            and continues
            and any(h.source == own[0].source for h in running)
        ):
            k = next(i for i, h in enumerate(running) if h.source == own[0].source)
            tail = running[k + 1 :]
            mention = (own[0].mention or "").lower()
            if (
                tail
                and (mention in ("it", "he", "she", "they") or mention.startswith("the "))
                and (own[0].cue not in ("added", "adds"))
                and (tail[0].cue or "").startswith(("told", "tells", "informed", "briefed"))
            ):
                # "X told AFP ...; it said ...", "the minister said": the new statement was
                # not made to AFP; only "added" goes on with the same audience.
                tail = []
            w.own = [own[0], *tail]
            w.chains = [
                (
                    [c[0], *tail]
                    if c is not None and len(c) == 1 and c[0].source == own[0].source
                    else c
                )
                for c in w.chains
            ]
        if not any(f.expectation for f in w.frames) or len(w.own) > 1:
            running = w.own
    by_para: dict[int, list] = {}
    for w in work:
        by_para.setdefault(w.sent.paragraph, []).append(w)
    running = None
    links = {p.index for p in layout.paragraphs if p.kind == "links"}
    for idx, w in enumerate(work):
        if w.sent.headline and not w.sent.subheading:
            continue
        if (
            w.own is None
            and furniture(w)
            or (
                links
                and idx
                and any(work[idx - 1].sent.paragraph < i < w.sent.paragraph for i in links)
            )
        ):
            running = None  # a caption or a block of links to other stories ends the account
        if w.sent.subheading:
            if w.chains and all(c is None for c in w.chains):
                if running and _rows_of(work, idx):
                    # "... were, according to the ministry's data:" then "China: Dh212 billion"
                    # rows: the list's own source
                    w.chains = [running for _ in w.chains]
                    continue
                nxt = None
                for later in work[idx + 1 :]:
                    if later.sent.subheading:
                        break
                    if later.own:
                        nxt = later.own
                        break
                w.chains = [nxt for _ in w.chains]
            continue
        para = by_para[w.sent.paragraph]
        pos = para.index(w)
        if (
            w.own is None
            and pos == 0
            and (NEW_ACCOUNT.match(w.text) or (w.text[:1].isdecimal() and LIVE_ENTRY.match(w.text)))
        ):
            running = None  # "Meanwhile, ...", a correction note, a liveblog entry: a new account
        if (
            w.own is None
            and not w.figures
            and len(para) == 1
            and w.text.endswith("?")
            and w.text.count(" ") < 12
        ):
            running = None  # "What is the government doing?": an explainer's next section
            continue
        if w.own is None and (w.unknown or MARKET_MOVE.match(w.text)):
            # the market's own record, or a source not named: the account before it ends
            running = None
            continue
        if w.own is None:
            if not w.chains:
                continue  # no figures: nothing to inherit
            if IMPERSONAL.match(w.text):
                continue  # "It is believed that 56 hostages ...": nobody's account, unattributed
            earlier = any(p.own or p.unknown for p in para[:pos])
            later = next((p.own for p in para[pos + 1 :] if p.own or p.unknown), None)
            inherited = later if (later and not earlier) else running
            if inherited is running and PAST_EVENT.match(w.text):
                continue  # "The 2018 Camp fire killed 85": background, not the running account
            w.chains = [
                c if c is not None or in_background(w.text, fm.start) else inherited
                for c, fm in zip(w.chains, w.figures, strict=True)
            ]
            continue
        w.chains = [c if c is not None else w.own for c in w.chains]
        running = w.own


def _rows_of(work: list, idx: int) -> bool:
    """Whether the sub-heading ``work[idx]`` is a row of a list a body sentence ending in a
    colon opens (the rows between are sub-headings too)."""
    for before in reversed(work[:idx]):
        if not before.sent.subheading:
            return not before.sent.headline and before.text.rstrip().endswith(":")
    return False
