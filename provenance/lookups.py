"""Lookups: finding claims, their chains, sources and documents in a store.

Every ``provenance`` lookup command is one function here; the CLI only formats
what they return. Results are plain data in the form of the claims contract
(``docs/contracts/claims.schema.json``): a claim is the contract's claim object
plus its ``document`` id and a few extra fields (``db_id``, ``key``, ``relays``,
the resolver's ``directness``, ``grade``, ``flags`` (the claim's), ``figure_flags``
and ``cluster``, null or empty until resolved). :func:`claim_model` turns one back into a :class:`~provenance.models.Claim`.

Why dicts and not models: ``provenance chain ID --json`` has a start-up budget,
and building models would import attrs and cattrs only to unbuild them again.
``tests/test_lookups.py`` checks that the dicts round-trip through the converter.

Functions accept a :class:`~provenance.store_lookups.Lookups` (fast, read-only use)
or a :class:`~provenance.store.Store` (anything with a ``conn``).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from .errors import InvalidOption, NotFound, ProvenanceError
from .store_lookups import Lookups, SchemaBehind, closest, suggestion
from .vocab import CATEGORIES, FLAGS, SOURCE_KINDS

#: Claims listed when no ``limit`` is given (0 or None means all).
DEFAULT_LIMIT = 100


def open_lookups(path: Any = None) -> Lookups:
    """Open an existing database for lookups (never creates one); migrate it first when it is behind."""
    try:
        return Lookups.open(path)
    except SchemaBehind as behind:
        # Worth the Store's import cost once: after this the fast path applies.
        from .store import Store

        return Lookups(Store.open(behind.path, must_exist=True).conn)


def lookups_of(store: Any) -> Lookups:
    """A :class:`Lookups` over ``store`` (returned as is when it already is one)."""
    return store if isinstance(store, Lookups) else Lookups(store.conn)


# -- values given on the command line -----------------------------------------------


def parse_date(value: str | None, option: str = "date") -> str | None:
    """An ISO 8601 date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) as ``YYYY-MM-DD``; :class:`InvalidOption` otherwise.

    A year or a month stands for its first day.
    """
    if value is None:
        return None
    text = value.strip()
    padded = {4: text + "-01-01", 7: text + "-01"}.get(len(text), text[:10])
    try:
        parsed = dt.date.fromisoformat(padded)
        if len(text) > 10:
            dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise InvalidOption(
            f"{option}: {value!r} is not an ISO 8601 date (expected YYYY-MM-DD)"
        ) from None
    return parsed.isoformat()


def fts_query(text: str) -> str:
    """A user's words as an FTS5 query: every word must appear (quoted, so punctuation is literal)."""
    words = text.split()
    return " ".join('"' + word.replace('"', '""') + '"' for word in words)


def _choice(value: str | None, choices: Sequence[str], option: str) -> str | None:
    if value is None:
        return None
    for choice in choices:
        if choice.lower() == value.strip().lower():
            return choice
    hint = suggestion(closest(value, choices)) or "; choose from " + ", ".join(choices)
    raise InvalidOption(f"{option}: {value!r} is not one of the known values{hint}")


# -- rows -> the contract's claim form ------------------------------------------------


def _span(start: int | None, end: int | None) -> list[int] | None:
    return None if start is None or end is None else [start, end]


def _hop_json(row: dict[str, Any]) -> dict[str, Any]:
    hop = {
        "source": row["source"],
        "kind": row["kind"],
        "mention": row["mention"],
        "cue": row["cue"],
        "span": _span(row["start"], row["end"]),
    }
    members = json.loads(row["members"]) if row["members"] else []
    if members:
        hop["members"] = members
    return hop


def _flag_list(value: Any) -> list[str]:
    # The resolver stores flags as a JSON array; a comma-separated text is read too.
    if not value:
        return []
    if value.startswith("["):
        return list(json.loads(value))
    return [flag.strip() for flag in value.split(",") if flag.strip()]


def claim_json(row: dict[str, Any], hops: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """One claim row and its hop rows in the claims contract's form, plus the lookup extras."""
    key = row["key"]
    return {
        # The contract's id is the claim's id within its document ("c3"): the key's suffix.
        "id": key.split("-", 1)[1] if "-" in key else key,
        "sentence": row["sentence"],
        "figure": {
            "value": row["value"],
            "qualifier": row["qualifier"],
            "category": row["category"],
            "counts": row["counts"],
            "text": row["figure_text"] or "",
            "low": row["low"],
            "high": row["high"],
            "unit": row["unit"],
            "span": _span(row["figure_start"], row["figure_end"]),
        },
        "chain": [_hop_json(hop) for hop in hops],
        "hedges": json.loads(row["hedges"]) if row["hedges"] else [],
        "headline": bool(row["headline"]),
        "span": _span(row["sentence_start"], row["sentence_end"]),
        "as_of": row["as_of"],
        "origin_unstated": bool(row["origin_unstated"]),
        "document": row["document"],
        "db_id": row["db_id"],
        "key": key,
        "relays": row["relays"],
        "published": row["published"],
        "directness": row["directness"],
        "grade": row["grade"],
        "flags": _flag_list(row["flags"]),
        "figure_flags": _flag_list(row["figure_flags"]),
        "cluster": row["cluster"],
    }


def claim_model(record: dict[str, Any]):
    """The :class:`~provenance.models.Claim` of a lookup result (the extras are ignored)."""
    from .convert import claim_from_json

    return claim_from_json(record)


# -- claims ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ClaimFilter:
    """Which claims a lookup or an export covers: the options of ``provenance claims``.

    ``source`` matches any hop of the chain, ``origin`` the first, ``publisher`` the last,
    each by canonical name or alias (unknown names raise :class:`NotFound` with the closest).
    ``since``/``until`` (ISO dates, inclusive) apply to the date the figure refers to, or
    the article's publication date when the claim has none. ``flag`` keeps claims that carry
    the flag or whose figure does. ``query`` is full-text search over claim sentences (every
    word must appear). :meth:`conditions` renders all but ``query`` as SQL over ``claims c``
    joined to ``documents d``; callers decide how to search (ranked join, or a subquery).
    """

    category: str | None = None
    source: str | None = None
    origin: str | None = None
    publisher: str | None = None
    since: str | None = None
    until: str | None = None
    headline: bool = False
    flag: str | None = None
    query: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """The filters that are set (for manifests)."""
        return {k: v for k, v in asdict(self).items() if v not in (None, False, "")}

    def fts(self) -> str | None:
        """The FTS5 form of ``query``, or None."""
        return fts_query(self.query) if self.query and self.query.strip() else None

    def conditions(self, store: Any) -> tuple[list[str], list[Any]]:
        """``(clauses, params)`` for every filter but ``query``; validates values and names."""
        lk = lookups_of(store)
        category = _choice(self.category, CATEGORIES, "--category")
        since = parse_date(self.since, "--since")
        until = parse_date(self.until, "--until")
        if since and until and since > until:
            raise InvalidOption(f"--since {since} is after --until {until}")
        where: list[str] = []
        params: list[Any] = []

        def ids_clause(column: str, ids: list[int]) -> str:
            params.extend(ids)
            return f"{column} IN ({', '.join('?' * len(ids))})"

        if category:
            where.append("c.category = ?")
            params.append(category)
        if self.source:
            ids = ids_clause("source_id", lk.require_source_ids(self.source))
            where.append(f"c.id IN (SELECT claim_id FROM hops WHERE {ids})")
        if self.origin:
            where.append(ids_clause("c.origin_source_id", lk.require_source_ids(self.origin)))
        if self.publisher:
            where.append(ids_clause("c.publisher_source_id", lk.require_source_ids(self.publisher)))
        day = "substr(coalesce(c.as_of, d.published), 1, 10)"
        if since:
            where.append(f"{day} >= ?")
            params.append(since)
        if until:
            where.append(f"{day} <= ?")
            params.append(until)
        if self.headline:
            where.append("c.headline = 1")
        if self.flag:
            clause, values = lk.flag_filter(_choice(self.flag, FLAGS, "--flag"))
            where.append(clause)
            params.extend(values)
        return where, params


def search_claims(
    store: Any,
    query: str | None = None,
    *,
    category: str | None = None,
    source: str | None = None,
    origin: str | None = None,
    publisher: str | None = None,
    since: str | None = None,
    until: str | None = None,
    headline: bool = False,
    flag: str | None = None,
    limit: int | None = DEFAULT_LIMIT,
) -> list[dict[str, Any]]:
    """Claims matching every given filter (see :class:`ClaimFilter`), best match first for a
    ``query``, else in ingest order."""
    lk = lookups_of(store)
    filters = ClaimFilter(
        category=category, source=source, origin=origin, publisher=publisher,
        since=since, until=until, headline=headline, flag=flag, query=query,
    )  # fmt: skip
    where, params = filters.conditions(lk)
    rows = lk.claim_rows(where, params, fts=filters.fts(), limit=limit or None)
    hops = lk.hop_rows([row["db_id"] for row in rows])
    return [claim_json(row, hops[row["db_id"]]) for row in rows]


def get_claim(store: Any, ref: str | int, *, with_text: bool = False) -> dict[str, Any]:
    """One claim by id or key, with its ``document`` as the contract's document object.

    ``with_text`` adds ``document["text"]`` (the stored text the spans point into).
    Unknown ids raise :class:`NotFound` naming the closest ones.
    """
    lk = lookups_of(store)
    db_id = lk.claim_db_id(ref)
    (row,) = lk.claim_rows(["c.id = ?"], [db_id])
    record = claim_json(row, lk.hop_rows([db_id])[db_id])
    record["document"] = document_json(lk.document_by_db_id(row["document_id"]))
    if with_text:
        record["document"]["text"] = lk.document_text(row["document_id"])
    return record


def document_json(row: dict[str, Any]) -> dict[str, Any]:
    """A document row in the contract's document form, plus ``db_id`` and ``ingested_at``."""
    return {
        "id": row["sha256"],
        "title": row["title"],
        "publisher": row["publisher"],
        "published": row["published"],
        "url": row["url"],
        "path": row["path"],
        "db_id": row["db_id"],
        "ingested_at": row["ingested_at"],
        **({"claims": row["claims"]} if "claims" in row else {}),
    }


# -- sources --------------------------------------------------------------------------


def _source_json(row: dict[str, Any]) -> dict[str, Any]:
    aliases = row.get("aliases")
    row = dict(row)
    row["aliases"] = json.loads(aliases) if isinstance(aliases, str) else list(aliases or [])
    return row


def list_sources(
    store: Any, query: str | None = None, *, limit: int | None = None
) -> list[dict[str, Any]]:
    """Sources whose name or an alias contains ``query``, most cited first, with claim counts."""
    return [_source_json(row) for row in lookups_of(store).source_rows(query, limit or None)]


def _one_source(lk: Lookups, name: str) -> int:
    ids = lk.require_source_ids(name)
    if len(ids) > 1:
        names = [lk.source_detail(i)["name"] for i in ids]
        raise NotFound(
            f"{name!r} is an alias of several sources: {', '.join(names)}; use the full name"
        )
    return ids[0]


def show_source(store: Any, name: str) -> dict[str, Any]:
    """One source by name or alias: aliases, kind, reliability, claims it originates and relays, first and last seen."""
    lk = lookups_of(store)
    return _source_json(lk.source_detail(_one_source(lk, name)))


def add_source(
    store: Any,
    name: str,
    kind: str,
    *,
    aliases: Sequence[str] = (),
    reliability: str | None = None,
) -> dict[str, Any]:
    """Add a source (a name or alias already in use is an error) and return it as :func:`show_source` does."""

    lk = lookups_of(store)
    name = name.strip()
    if not name:
        raise InvalidOption("the source name is empty")
    kind = _choice(kind, SOURCE_KINDS, "--kind")
    if reliability is not None:
        reliability = _choice(reliability, tuple("ABCDEF"), "--reliability")
    # Stored lower-case: that is how the store looks aliases up when it files new hops.
    cleaned = sorted(
        {a.strip().lower() for a in aliases if a.strip() and a.strip().lower() != name.lower()}
    )
    for word in (name, *cleaned):
        taken = lk.source_ids(word)
        if taken:
            owner = lk.source_detail(taken[0])["name"]
            raise ProvenanceError(f"{word!r} is already used by the source {owner!r}")
    source_id = lk.add_source(name, kind, cleaned, reliability)
    _forget_cache(store)
    return _source_json(lk.source_detail(source_id))


def merge_sources(store: Any, keep: str, gone: str) -> dict[str, Any]:
    """Merge source ``gone`` into ``keep`` (one transaction) and return what moved.

    ``gone``'s aliases and hops move to ``keep`` and its name becomes an alias of
    ``keep``; claims' origin and publisher follow. Scores computed before the merge
    are stale until the figures are resolved again.
    """
    lk = lookups_of(store)
    keep_id, gone_id = _one_source(lk, keep), _one_source(lk, gone)
    if keep_id == gone_id:
        raise InvalidOption(f"{keep!r} and {gone!r} are the same source")
    gone_name = lk.source_detail(gone_id)["name"]
    moved = lk.merge_sources(keep_id, gone_id, gone_name.lower())
    _forget_cache(store)
    return {"source": _source_json(lk.source_detail(keep_id)), "merged": gone_name, "moved": moved}


def _forget_cache(store: Any) -> None:
    forget = getattr(store, "forget_source_cache", None)
    if forget is not None:
        forget()


# -- documents and totals ----------------------------------------------------------------


def list_documents(
    store: Any, *, publisher: str | None = None, limit: int | None = None
) -> list[dict[str, Any]]:
    """Documents, newest first, each with its number of claims."""
    return [document_json(row) for row in lookups_of(store).document_rows(publisher, limit or None)]


def stats(store: Any) -> dict[str, Any]:
    """Totals of the store: rows per table, claims per category, top origins, date range."""
    return lookups_of(store).totals()


__all__ = [
    "DEFAULT_LIMIT",
    "NotFound",
    "add_source",
    "claim_json",
    "claim_model",
    "document_json",
    "fts_query",
    "get_claim",
    "list_documents",
    "list_sources",
    "lookups_of",
    "merge_sources",
    "parse_date",
    "search_claims",
    "show_source",
    "stats",
]
