"""The resolver's input: one light, flat record per claim.

The resolver never touches SQL or full :class:`~provenance.models.Claim` trees;
it reads :class:`Report` records, which carry only what scoring needs (the
figure, the origin, the shape of the chain, the document's publisher and date).
They are built either from a ``Claim`` plus its document metadata (tests, gold
files) or from one row of the store's resolver query (``Store.resolver_rows``).
A ``NamedTuple`` keeps a million of them cheap to build and to hold: a full
rescore builds one per claim, and a frozen attrs class took four times as long
to construct (it sets each of its 25 fields through ``object.__setattr__``).
Records are never mutated; use ``report._replace(...)`` for a changed copy.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import NamedTuple

from ..models import Claim

#: Cue words that mean the origin spoke in a closed session to recipients who
#: then passed the figure on (a briefing), rather than in public.
BRIEFING_CUE = re.compile(
    r"\b(brief\w*|inform\w*|told (?:lawmakers|legislators|parliament|mps|members|the committee))\b",
    re.I,
)


class Report(NamedTuple):
    """One claim as the resolver sees it."""

    key: str  # stable claim key ("<12 hex>-c<n>")
    document: str  # the document's id (sha256 or store id as text)
    publisher: str | None
    published: str | None  # ISO date of publication, or None
    headline: bool
    position: int  # order in the document
    sentence: str
    text: str  # the figure as written
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    category: str
    counts: str
    unit: str | None
    hedges: tuple[str, ...]
    as_of: str | None
    origin: str  # canonical name of chain[0]
    origin_kind: str
    origin_unstated: bool
    relays: int  # hops strictly between origin and publisher
    briefing: bool  # the origin reached the press through recipients of a closed briefing
    chain: tuple[str, ...]  # source names, origin first, publisher last
    origin_reliability: str | None = None  # user-set A-F on the origin source
    claim_id: int | None = None  # the store's integer id, when stored

    @property
    def time(self) -> str | None:
        """The date the figure is taken to refer to: its ``as_of``, else the publication date."""
        when = self.as_of or self.published
        return when[:10] if when else None


@lru_cache(maxsize=65536)
def is_briefing(
    kind_after_origin: str | None, cue_after_origin: str | None, cue_of_origin: str | None
) -> bool:
    """Whether the hop after the origin is the recipient of a closed briefing.

    Lawmakers who pass on what an agency told them in committee are the typical
    case; the cue ("informed lawmakers", "briefed", "told lawmakers") says so too.
    Cached: cues repeat ("said", "reported"), and a full rescore asks once per claim.
    """
    if kind_after_origin == "legislator":
        return True
    return any(c and BRIEFING_CUE.search(c) for c in (cue_after_origin, cue_of_origin))


def report_from_claim(
    claim: Claim,
    *,
    document: str,
    publisher: str | None = None,
    published: str | None = None,
    key: str | None = None,
    claim_id: int | None = None,
    origin_reliability: str | None = None,
) -> Report:
    """A :class:`Report` from a full claim and its document's metadata."""
    figure = claim.figure
    chain = claim.chain
    after = chain[1] if len(chain) > 2 else None  # a relay, not the publisher
    return Report(
        key=key or f"{document}-{claim.id}",
        document=document,
        publisher=publisher,
        published=published,
        headline=claim.headline,
        position=int(claim.id[1:]) if claim.id[1:].isdigit() else 0,
        sentence=claim.sentence,
        text=figure.text,
        value=figure.value,
        low=figure.low,
        high=figure.high,
        qualifier=figure.qualifier,
        category=figure.category,
        counts=figure.counts,
        unit=figure.unit,
        hedges=tuple(claim.hedges),
        as_of=claim.as_of,
        origin=chain[0].source,
        origin_kind=chain[0].kind,
        origin_unstated=claim.origin_unstated,
        relays=claim.relays,
        briefing=is_briefing(
            after.kind if after else None,
            after.cue if after else None,
            chain[0].cue if after else None,
        ),
        chain=tuple(h.source for h in chain),
        origin_reliability=origin_reliability,
        claim_id=claim_id,
    )


_CHAIN_SEPARATOR = " → "


def report_from_row(row: tuple) -> Report:
    """A :class:`Report` from one row of ``Store.resolver_rows`` (column order fixed there)."""
    (
        claim_id, key, document, publisher, published, headline, position, sentence, text, value, low,
        high, qualifier, category, counts, unit, hedges, as_of, origin, origin_kind, unstated, relays,
        kind1, cue1, cue0, chain, reliability,
    ) = row  # fmt: skip
    # positional, in field order: keywords cost a measurable share of a full rescore
    return Report(
        key, document, publisher, published, bool(headline), position or 0, sentence or "", text or "",
        value, low, high, qualifier, category, counts, unit,
        tuple(json.loads(hedges)) if hedges and hedges != "[]" else (), as_of, origin or "(unknown)",
        origin_kind or "other", bool(unstated), relays or 0, is_briefing(kind1, cue1, cue0 if kind1 else None),
        tuple(chain.split(_CHAIN_SEPARATOR)) if chain else (), reliability, claim_id,
    )  # fmt: skip
