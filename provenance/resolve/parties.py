"""Who has a stake in a figure: belligerents reporting their own or their enemy's losses.

The knowledge is data, not code: ``provenance/data/parties.json`` maps sources
to parties and lists conflicts with their sides; the gazetteer's ``country``
field gives a party to every state body it knows. Users add their own
conflicts and sources with a file of the same shape named by
``$PROVENANCE_PARTIES``.
"""

from __future__ import annotations

import json
import os
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

from attrs import frozen

PARTIES_ENV = "PROVENANCE_PARTIES"

#: Categories that are a side's losses; deployments, money and the rest carry
#: no built-in stake (a government inflating an enemy deployment is possible,
#: but the issue's rule, and ours, is about losses).
LOSS_CATEGORIES = frozenset({"killed", "injured", "casualties", "captured", "missing"})
#: Only bodies that speak for a state are given a party from their name: a
#: "UN mission in Ukraine" or "Interfax-Ukraine" is not a belligerent.
STATE_KINDS = frozenset(
    {"government", "official", "military", "intelligence_agency", "legislator", "state_media"}
)


@frozen(eq=False)  # hashed by identity: usable as a cache key
class Parties:
    """Source -> party, counted group -> party, and which parties are at war."""

    sources: dict[str, str]
    patterns: tuple[tuple[re.Pattern, str], ...]
    demonyms: tuple[tuple[re.Pattern, str], ...]
    belligerents: frozenset[frozenset[str]]  # per conflict: every party on any side

    def party_of_source(self, name: str, kind: str) -> str | None:
        """The party an origin speaks for, or None (independent, unknown, or not a state body)."""
        party = self.sources.get(name) or self.sources.get(name.lower())
        if party or kind not in STATE_KINDS:
            return party
        for pattern, found in self.patterns:
            if pattern.search(name):
                return found
        return None

    def party_of_counts(self, counts: str) -> str | None:
        """The party whose people a ``counts`` text describes ("North Korean soldiers" -> North Korea)."""
        for pattern, party in self.demonyms:
            if pattern.search(counts):
                return party
        return None

    def interested(self, origin: str, kind: str, counts: str, category: str) -> bool:
        """Whether the origin is a belligerent reporting its own side's or an enemy's losses."""
        return _interested(self, origin, kind, counts, category)

    def _interested(self, origin: str, kind: str, counts: str, category: str) -> bool:
        if category not in LOSS_CATEGORIES:
            return False
        speaker = self.party_of_source(origin, kind)
        if speaker is None:
            return False
        counted = self.party_of_counts(counts)
        if counted is None:
            return False
        return any(speaker in parties and counted in parties for parties in self.belligerents)


@lru_cache(maxsize=65536)
def _interested(parties: Parties, origin: str, kind: str, counts: str, category: str) -> bool:
    # cached: a store repeats the same origin and wording many times
    return parties._interested(origin, kind, counts, category)


def _word_re(text: str) -> re.Pattern:
    return re.compile(r"\b" + re.escape(text.lower()), re.I)


def _read(path) -> dict:
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def _package_json(name: str) -> dict:
    return json.loads(resources.files("provenance.data").joinpath(name).read_text(encoding="utf-8"))


def build_parties(data: list[dict], gazetteer: dict | None = None) -> Parties:
    """Combine party files (later ones win) with the gazetteer's countries."""
    sources: dict[str, str] = {}
    for entry in (gazetteer or {}).get("sources", []):
        if entry.get("country") and entry.get("kind") in STATE_KINDS:
            for name in [entry["name"], *entry.get("aliases", [])]:
                sources[name] = entry["country"]
    patterns: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    belligerents: list[frozenset[str]] = []
    for item in data:
        sources.update(item.get("sources", {}))
        patterns.update(item.get("name_patterns", {}))
        demonyms.update(item.get("demonyms", {}))
        for conflict in item.get("conflicts", []):
            belligerents.append(frozenset(p for side in conflict.get("sides", []) for p in side))

    # Longest pattern first: "north korean" must win over "korean".
    def ordered(d):
        return tuple((_word_re(k), v) for k, v in sorted(d.items(), key=lambda kv: -len(kv[0])))

    return Parties(
        sources={**sources, **{k.lower(): v for k, v in sources.items()}},
        patterns=ordered(patterns),
        demonyms=ordered(demonyms),
        belligerents=frozenset(belligerents),
    )


@lru_cache(maxsize=8)
def _load(extra: str | None) -> Parties:
    data = [_package_json("parties.json")]
    if extra:
        data.append(_read(Path(extra)))
    try:
        gazetteer = _package_json("gazetteer.json")
    except (FileNotFoundError, json.JSONDecodeError):
        gazetteer = None
    return build_parties(data, gazetteer)


def load_parties(extra: str | Path | None = None) -> Parties:
    """The shipped parties file, the gazetteer's countries, and ``extra`` or ``$PROVENANCE_PARTIES``."""
    extra = extra or os.environ.get(PARTIES_ENV) or None
    return _load(str(extra) if extra else None)
