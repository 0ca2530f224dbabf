"""A country's name standing for one of its bodies: "according to Brazil's carmakers'
association Anfavea" (the association's word), "Pakistan has confirmed 2 cases, the Pakistan
Polio Eradication Programme said" (the programme's). Split out of :mod:`.attribution`."""

from __future__ import annotations

import re

from .sources import Gazetteer, Mention

__all__ = ["national_body", "owned_name"]


def national_body(m: Mention, country: str, gazetteer: Gazetteer | None) -> bool:
    """Whether ``m`` names a body of ``country`` ("the Pakistan Polio Eradication Programme",
    a ministry the gazetteer places there), not the country's own name."""
    if m.type != "named" or m.text == country:
        return False
    entry = gazetteer.lookup(m.source) if gazetteer is not None and m.source else None
    if entry is not None and entry.country is not None:
        return entry.country == country and entry.source.name != f"Government of {country}"
    return country in (m.source or "") and not (m.source or "").endswith(country)


def owned_name(owner: Mention, mentions: list[Mention], sentence: str) -> Mention:
    """The name after a country's possessive in the same noun phrase: "according to Brazil's
    vehicle makers' association Anfavea" is Anfavea's word, not Brazil's (else the owner itself;
    a body's own "Global Tuberculosis Report" is the body's)."""
    for x in mentions:
        if x.start > owner.end:
            gap = sentence[owner.end : x.start]
            if x.type in ("named", "person") and len(gap) < 50 and not _CLAUSE_BREAK.search(gap):
                return x
            break
    return owner


_CLAUSE_BREAK = re.compile(r"[,;:()\"“”]|\b(?:and|or|of|by|from|for|said|says|which|who|that)\b")
