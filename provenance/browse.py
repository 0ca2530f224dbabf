"""Browsing the store in Datasette: the generated metadata, facets, sorts and canned queries.

:func:`metadata` builds the whole Datasette metadata document for one database
(title, a description for every table, view and column, label columns, default
sorts, facets, full-text search and the canned queries). It is data, generated
from the tables below, so a test can check that every column of a freshly
migrated database is described. :mod:`provenance.datasette_plugin` reads
:data:`RENDERED_COLUMNS` to know which cells it owns.
"""

from __future__ import annotations

from typing import Any

TITLE = "provenance: where the numbers in the news come from"
DESCRIPTION = (
    "Every figure found in the stored articles, with its attribution chain from the origin "
    "of the number to the outlet that published it, and the resolver's assessment: figure "
    "clusters, independent origins, corroboration and an Admiralty-style grade "
    "(letter = source reliability, digit = information credibility)."
)

#: Names of the objects the migrations create for browsing (see migrations.m003_create_views).
CLAIM_VIEW = "claim_chains"
FIGURE_VIEW = "figure_clusters"

# -- descriptions ---------------------------------------------------------------------

_CLAIM_FIGURE_COLUMNS = {
    "figure_text": "the figure exactly as written, qualifier words included ('around 600')",
    "value": "the number itself; empty for ranges and vague amounts ('dozens')",
    "low": "lower bound ('at least 600' → 600; both bounds for a range)",
    "high": "upper bound ('up to 3,000' → 3000)",
    "qualifier": "exact, approximately, at_least, more_than, at_most, less_than, nearly, range or vague",
    "category": "what the figure counts, broadly: killed, injured, casualties, deployed, captured, missing, displaced or other",
    "counts": "what exactly is counted ('North Korean soldiers')",
    "unit": "empty for counts of people; otherwise percent, USD, magnitude, or the counted object",
    "hedges": "JSON array of epistemic words bearing on the figure as written ('believed', 'estimated')",
    "as_of": "ISO date the figure refers to, when stated or inferable",
}

TABLES: dict[str, dict[str, Any]] = {
    "documents": {
        "description": "One row per stored article, identified by the sha256 of its normalised text.",
        "label_column": "title",
        "sort_desc": "published",
        "facets": ["publisher"],
        "columns": {
            "id": "row id",
            "sha256": "content address: sha256: + hex digest of the stored text (re-checked by 'provenance verify')",
            "title": "the headline (first non-empty line)",
            "publisher": "the outlet that published the article, from the metadata; empty when unknown",
            "published": "publication date (ISO 8601) from the metadata",
            "url": "where the article was published",
            "path": "the file (or file:line for .jsonl) it was read from",
            "text": "the exact normalised text that every span points into",
            "ingested_at": "when it was stored (UTC, ISO 8601)",
        },
    },
    "sources": {
        "description": "Canonical sources: agencies, governments, officials, outlets, anonymous sources. A source is stored once and referenced by every hop that names it.",
        "label_column": "name",
        "sort": "name",
        "facets": ["kind"],
        "columns": {
            "id": "row id",
            "name": "canonical name ('National Intelligence Service')",
            "kind": "intelligence_agency, government, official, legislator, military, news_agency, outlet, state_media, ngo, international_org, anonymous, person or other",
            "reliability": "Admiralty reliability letter A-F when known",
            "note": "free-text note on the source",
        },
    },
    "source_aliases": {
        "description": "Other names a source goes by ('Seoul's spy agency' → National Intelligence Service); lookups resolve them.",
        "label_column": "alias",
        "sort": "alias",
        "columns": {
            "id": "row id",
            "source_id": "the canonical source",
            "alias": "the alternative name, lower-cased",
        },
    },
    "claims": {
        "description": "One row per figure found in an article: the sentence, the parsed number and its attribution chain (origin first, publisher last). Search the sentences with the search box.",
        "label_column": "figure_text",
        # No default facets: this page must stay fast on millions of claims, and a
        # facet scans every row (~250 ms per million here). Facets are one click away
        # (column menu; category is indexed) and the claim_chains view shows category,
        # origin kind, grade, flags and publisher by default.
        "facets": [],
        "columns": {
            "id": "row id",
            "key": "stable claim key: first 12 hex digits of the document hash + claim number ('c92ad4b35272-c2')",
            "document_id": "the article the claim is in",
            "position": "claim number within the article, in text order",
            "headline": "1 when the figure is in the headline or a sub-heading",
            "sentence": "the sentence that states the figure (the figure is highlighted)",
            "sentence_start": "character offset of the sentence in the document text",
            "sentence_end": "character offset where the sentence ends",
            "figure_start": "character offset of the figure in the document text",
            "figure_end": "character offset where the figure ends",
            "origin_unstated": "1 when the text gives no origin and the nearest source stands in for it",
            "origin_source_id": "the origin: the first hop of the chain",
            "publisher_source_id": "the publisher: the last hop of the chain",
            "relays": "number of hops between the origin and the publisher",
            "chain_text": "the attribution chain flattened, origin first: 'A → B → publisher'",
            **_CLAIM_FIGURE_COLUMNS,
        },
    },
    "hops": {
        "description": "The links of every attribution chain, one row per hop, in order (position 0 is the origin, the last is the publisher).",
        "sort": "id",
        "facets": ["kind", "cue"],
        "columns": {
            "id": "row id",
            "claim_id": "the claim whose chain this hop belongs to",
            "position": "0 for the origin; the publisher has the highest position",
            "source_id": "the canonical source that passed the figure on",
            "kind": "the source's kind in this chain",
            "mention": "how the text names the source ('South Korea's intelligence agency')",
            "members": "JSON array of member sources when the hop names a group",
            "cue": "the words that mark the attribution ('told', 'according to', 'published')",
            "start": "character offset of the mention in the document text",
            "end": "character offset where the mention ends",
        },
    },
    "figures": {
        "description": "The resolver's figure clusters: claims about the same quantity (same category, counted thing and compatible date) with the estimate, corroboration, Admiralty grade, flags and an explanation. The figure_clusters view adds the origins.",
        "label_column": "label",
        "sort_desc": "documents",
        "facets": ["category", "grade", {"array": "flags"}],
        "columns": {
            "id": "row id (the cluster id)",
            "key": "stable cluster key: category/unit/subject",
            "label": "'category: counted thing', for display",
            "category": "what the figure counts, broadly",
            "counts": "what exactly is counted",
            "subject": "the normalised counted thing the claims were grouped by",
            "unit": "the unit shared by the cluster's figures",
            "as_of": "the date of the newest figure in the cluster",
            "low": "low end of the estimate (UCDP-style low/best/high over each origin's latest figure)",
            "best": "best estimate",
            "high": "high end of the estimate",
            "independent_origins": "origins whose figures agree with the estimate; echoes of one origin count once",
            "corroboration": "0-1: independent corroboration of the estimate",
            "grade": "Admiralty grade: source reliability letter A-F + information credibility digit 1-6",
            "flags": "JSON array of flags (single_origin, substantive_conflict, revision, headline_drift...)",
            "explanation": "plain-English reasons for the scores, grade and flags",
            "claims": "number of claims in the cluster",
            "documents": "number of articles reporting the figure",
            "resolved_at": "when the resolver last scored the cluster (UTC)",
        },
    },
    "origin_groups": {
        "description": "Within a figure cluster, every echo of one origin (through any outlet or relay) counted as one voice.",
        "label_column": "label",
        "sort_desc": "documents",
        "facets": ["kind", "interested", "agrees"],
        "columns": {
            "id": "row id",
            "figure_id": "the figure cluster",
            "key": "the origin group's key within the cluster",
            "label": "the origin's canonical name",
            "kind": "the origin's kind",
            "claims": "claims echoing this origin",
            "documents": "articles echoing this origin",
            "low": "lowest of the origin's figures",
            "high": "highest of the origin's figures",
            "latest_as_of": "date of the origin's latest figure",
            "current_claim_id": "the claim carrying the origin's latest figure",
            "interested": "1 when the origin is a party with a stake in the figure (counts half)",
            "agrees": "1 when the origin's latest figure agrees with the estimate",
            "stale": "1 when its latest figure is too old to be compared with the newest",
            "weight": "the origin's weight in the corroboration score",
        },
    },
    "claim_assessments": {
        "description": "The resolver's verdict on each claim: its figure cluster and origin group, directness, date and flags.",
        "sort": "claim_id",
        "facets": [{"array": "flags"}, "current", "agrees"],
        "columns": {
            "claim_id": "the claim assessed",
            "figure_id": "the figure cluster the claim is in",
            "origin_group_id": "the origin group it echoes",
            "base_key": "the cluster key before user link/unlink decisions",
            "subject": "the normalised counted thing",
            "directness": "0-1: how directly the article reports the origin (each relay lowers it)",
            "relays": "hops between the origin and the publisher",
            "effective_as_of": "the date used for the claim: as_of, an inferred date or the publication date",
            "current": "1 when this is its origin's latest figure",
            "agrees": "1 when the figure agrees with the cluster's estimate",
            "flags": "JSON array of the claim's own flags (headline_drift, probable_copy, origin_unstated...)",
            "notes": "JSON array of the resolver's notes on the claim",
        },
    },
    "cluster_links": {
        "description": "Users' decisions to link or unlink two claims' figure clusters (by claim key, so they survive re-ingests).",
        "sort_desc": "created_at",
        "facets": ["decision"],
        "columns": {
            "id": "row id",
            "claim_key": "one claim's key",
            "other_key": "the other claim's key",
            "decision": "link or unlink",
            "created_at": "when the decision was recorded (UTC)",
        },
    },
    "_sqlite_migrations": {
        "description": "Schema migrations applied to this database (sqlite-utils).",
        "hidden": True,
        "columns": {
            "id": "row id",
            "migration_set": "name of the migration set ('provenance')",
            "name": "migration applied",
            "applied_at": "when it was applied",
        },
    },
}

# Facets shared by the claim-level views: category, origin kind, grade, flags, publisher.
_CLAIM_VIEW_COLUMNS = {
    "claim_id": "the claim's row id (links to claims)",
    "key": "stable claim key ('c92ad4b35272-c2')",
    "document_id": "the article's row id",
    "document": "the article's headline",
    "publisher": "the outlet that published the article ('(unknown publisher)' when the metadata has none)",
    "published": "publication date of the article",
    "headline": "1 when the figure is in the headline or a sub-heading",
    "sentence": "the sentence that states the figure (the figure is highlighted)",
    "figure": "the figure exactly as written, qualifier words included",
    "origin": "where the figure comes from: the first hop of the chain",
    "origin_kind": "the origin's kind (intelligence_agency, government, outlet...)",
    "origin_unstated": "1 when the article gives no origin and the nearest source stands in for it",
    "relays": "hops between the origin and the publisher",
    "chain": "the attribution chain, origin first, publisher last",
    "chain_kinds": "the kind of each hop of the chain, in the same order",
    "origin_group": "the resolver's origin group: the origin the claim is counted as an echo of",
    "cluster_id": "the figure cluster the resolver put the claim in",
    "directness": "0-1: how directly the article reports the origin (1 = the origin speaks in it; each relay lowers it)",
    "grade": "the cluster's Admiralty grade: source reliability letter + information credibility digit",
    "flags": "JSON array of the resolver's flags on the claim and its cluster (single_origin, headline_drift...)",
    "sentence_start": "character offset of the sentence in the document text",
    "figure_start": "character offset of the figure in the document text",
    "figure_end": "character offset where the figure ends",
    **{k: v for k, v in _CLAIM_FIGURE_COLUMNS.items() if k != "figure_text"},
}

VIEWS: dict[str, dict[str, Any]] = {
    CLAIM_VIEW: {
        "description": "One row per claim with its chain flattened (origin → relays → publisher), the document, the figure, hedges, the origin's kind and the resolver's directness, grade and flags.",
        "facets": ["category", "origin_kind", "grade", {"array": "flags"}, "publisher"],
        "fts_table": "claims_fts",
        "fts_pk": "claim_id",
        "columns": _CLAIM_VIEW_COLUMNS,
    },
    FIGURE_VIEW: {
        "description": "One row per figure cluster (claims about the same quantity): the low/best/high estimate, the independent origins, corroboration, grade and flags, with the resolver's explanation.",
        "facets": ["category", "grade", {"array": "flags"}],
        "columns": {
            "cluster_id": "the cluster's row id",
            "label": "'category: counted thing', for display",
            "unit": "the unit shared by the cluster's figures",
            "category": "what the figure counts, broadly",
            "counts": "what exactly is counted",
            "as_of": "the date of the newest figure in the cluster",
            "estimate_low": "low end of the estimate over the current figure of each origin",
            "estimate_best": "best estimate",
            "estimate_high": "high end of the estimate",
            "origins": "the origins reporting the figure, ' · '-separated, agreeing and most echoed first",
            "origin_count": "number of distinct origins reporting the figure",
            "independent_origins": "origins whose figures agree with the estimate (echoes count once)",
            "claims": "number of claims (reports) in the cluster",
            "documents": "number of articles reporting the figure",
            "corroboration": "0-1: independent corroboration of the estimate",
            "grade": "Admiralty grade: source reliability letter + information credibility digit",
            "flags": "JSON array of flags (single_origin, substantive_conflict, revision, headline_drift...)",
            "explanation": "plain-English reasons for the scores, grade and flags",
        },
    },
}

#: Cells the plugin renders, by (table or view, column) -> what to render.
RENDERED_COLUMNS: dict[tuple[str | None, str], str] = {
    ("claims", "chain_text"): "chain",
    ("claims", "sentence"): "sentence",
    (CLAIM_VIEW, "chain"): "chain",
    (CLAIM_VIEW, "sentence"): "sentence",
    (CLAIM_VIEW, "grade"): "grade",
    (CLAIM_VIEW, "flags"): "flags",
    (FIGURE_VIEW, "grade"): "grade",
    (FIGURE_VIEW, "flags"): "flags",
    ("figures", "grade"): "grade",
    ("figures", "flags"): "flags",
    ("claim_assessments", "flags"): "flags",
}
#: Where a rendered chain finds the kind of each hop (same ' → ' order).
CHAIN_KINDS_COLUMN: dict[str, str] = {CLAIM_VIEW: "chain_kinds"}

# -- canned queries ---------------------------------------------------------------------

# A claim reference: its row id or its key (the two forms every lookup command accepts).
_CLAIM_REF = "coalesce((select id from claims where key = :claim), cast(:claim as integer))"

QUERIES: dict[str, dict[str, Any]] = {
    "claim_chain": {
        "title": "The chain of a claim",
        "description": "Every hop of one claim's attribution chain, origin first, publisher last. Give the claim's id or key.",
        "params": ["claim"],
        "sql": f"""select h.position + 1 as step,
  case when h.position = 0 then 'origin'
       when h.position = c.relays + 1 then 'publisher' else 'relay' end as role,
  s.name as source, h.kind, h.mention, h.cue,
  c.id as claim_id, c.key, c.figure_text as figure, c.category, c.counts, c.sentence
from claims c
join hops h on h.claim_id = c.id
join sources s on s.id = h.source_id
where c.id = {_CLAIM_REF}
order by h.position""",
    },
    "figure_reports": {
        "title": "Every report of a figure, grouped by origin",
        "description": "All the claims in the figure cluster of one claim, origin group by origin group (agreeing and most echoed first), oldest first within each. Give the claim's id or key.",
        "params": ["claim"],
        "sql": f"""select og.label as origin, og.kind as origin_kind, og.interested, og.agrees,
  coalesce(a.effective_as_of, c.as_of, d.published) as date,
  c.figure_text as figure, c.id as claim_id, c.key, c.headline,
  coalesce(d.publisher, '(unknown publisher)') as publisher, d.title as document,
  c.chain_text as chain, a.directness, a.flags,
  f.id as cluster_id, f.label as cluster
from claim_assessments a
join figures f on f.id = a.figure_id
join claims c on c.id = a.claim_id
join documents d on d.id = c.document_id
left join origin_groups og on og.id = a.origin_group_id
where a.figure_id = (select figure_id from claim_assessments where claim_id = {_CLAIM_REF})
order by og.agrees desc, og.documents desc, og.label, date, c.id""",
    },
    "single_origin_corroborated": {
        "title": "Single-origin figures that look corroborated",
        "description": "Figures whose estimate rests on one origin although many articles repeat it: one agreeing origin group echoed in at least min_documents articles (default 2) by several publishers.",
        "params": ["min_documents"],
        "sql": """select f.id as cluster_id, f.label, f.best as estimate, og.label as origin,
  og.kind as origin_kind, og.documents as echoed_in_documents, og.claims as echoed_in_claims,
  (select count(distinct coalesce(d.publisher, '(unknown publisher)'))
     from claim_assessments a join claims c on c.id = a.claim_id
     join documents d on d.id = c.document_id
     where a.origin_group_id = og.id) as publishers,
  f.independent_origins, f.corroboration, f.grade, f.flags
from figures f
join origin_groups og on og.figure_id = f.id and og.agrees = 1
where (select count(*) from origin_groups g where g.figure_id = f.id and g.agrees = 1) = 1
  and og.documents >= cast(coalesce(nullif(:min_documents, ''), 2) as integer)
order by og.documents desc, f.id""",
    },
    "conflicts": {
        "title": "Conflicting figures",
        "description": "Figure clusters flagged with a substantive conflict (independent origins disagree) or a transmission conflict (relays of one origin disagree), with each origin's range. Category is optional.",
        "params": ["category"],
        "sql": """select f.id as cluster_id, f.label, f.best as estimate,
  og.label as origin, og.kind as origin_kind, og.low, og.high, og.latest_as_of,
  og.agrees, og.interested, og.stale, og.documents, f.grade, f.flags
from figures f
join origin_groups og on og.figure_id = f.id
where exists (select 1 from json_each(f.flags)
              where value in ('substantive_conflict', 'transmission_conflict'))
  and (:category = '' or f.category = :category)
order by f.documents desc, f.id, og.agrees desc, og.documents desc""",
    },
    "headline_drift": {
        "title": "Headline drift",
        "description": "Headlines whose figure says more than the article's body: a dropped hedge or qualifier, a changed number or a collapsed chain. Each row sets the headline beside the first body report of the same figure in that article. Publisher is optional.",
        "params": ["publisher"],
        "sql": """select c.id as claim_id, c.key, coalesce(d.publisher, '(unknown publisher)') as publisher,
  d.published, c.figure_text as headline_figure, c.hedges as headline_hedges,
  c.chain_text as headline_chain, b.figure_text as body_figure, b.hedges as body_hedges,
  b.chain_text as body_chain, b.sentence as body_sentence, a.notes, d.title as document
from claims c
join claim_assessments a on a.claim_id = c.id
join documents d on d.id = c.document_id
left join claims b on b.id = (
  select b2.id from claims b2 join claim_assessments a2 on a2.claim_id = b2.id
  where b2.document_id = c.document_id and b2.headline = 0 and a2.figure_id = a.figure_id
  order by b2.position limit 1)
where c.headline = 1
  and exists (select 1 from json_each(a.flags) where value = 'headline_drift')
  and (:publisher = '' or coalesce(d.publisher, '(unknown publisher)') = :publisher)
order by d.published, c.id""",
    },
    "source_reach": {
        "title": "A source's reach",
        "description": "What a source originates, relays and publishes: claims and articles per role and figure, with the origins it passes on. Give the source's name or an alias.",
        "params": ["source"],
        "sql": """with source as (
  select id from sources where name = :source
  union select source_id from source_aliases where alias = lower(:source)
),
roles as (
  select h.claim_id,
    case when h.position = 0 then 'originates'
         when h.position = c.relays + 1 then 'publishes' else 'relays' end as role
  from hops h join claims c on c.id = h.claim_id
  where h.source_id in (select id from source)
)
select r.role, c.category, c.counts, o.name as origin,
  count(distinct c.id) as claims, count(distinct c.document_id) as documents,
  group_concat(distinct c.figure_text) as figures,
  min(coalesce(c.as_of, d.published)) as first_seen,
  max(coalesce(c.as_of, d.published)) as last_seen
from roles r
join claims c on c.id = r.claim_id
join documents d on d.id = c.document_id
join sources o on o.id = c.origin_source_id
group by r.role, c.category, c.counts, o.name
order by case r.role when 'originates' then 0 when 'relays' then 1 else 2 end, claims desc""",
    },
    "revisions": {
        "title": "Revisions of a figure by one origin over time",
        "description": "The figures one origin gave for one kind of count, in date order (as_of, else the publication date). Give the origin's name or an alias; category is optional (killed, injured...).",
        "params": ["origin", "category"],
        "sql": """with origin as (
  select id from sources where name = :origin
  union select source_id from source_aliases where alias = lower(:origin)
)
select coalesce(c.as_of, d.published) as date, c.category, c.counts,
  group_concat(distinct c.figure_text) as figures, min(c.value) as value,
  min(c.low) as low, max(c.high) as high,
  count(distinct c.document_id) as documents,
  group_concat(distinct coalesce(d.publisher, '(unknown publisher)')) as publishers
from claims c
join documents d on d.id = c.document_id
where c.origin_source_id in (select id from origin)
  and (:category = '' or c.category = :category)
group by date, c.category, c.counts, coalesce(c.value, c.low, c.high)
order by c.category, c.counts, date is null, date""",
    },
}


def _table_metadata(spec: dict[str, Any]) -> dict[str, Any]:
    # Copies, so a caller editing the metadata cannot change the module's tables.
    return {
        key: (list(v) if isinstance(v, list) else dict(v) if isinstance(v, dict) else v)
        for key, v in spec.items()
    }


def queries() -> dict[str, dict[str, Any]]:
    """The canned queries, as Datasette metadata."""
    return {name: dict(query) for name, query in QUERIES.items()}


def metadata(database: str = "provenance") -> dict[str, Any]:
    """The Datasette metadata for a provenance database served under the name ``database``."""
    tables = {name: _table_metadata(spec) for name, spec in {**TABLES, **VIEWS}.items()}
    return {
        "title": TITLE,
        "description": DESCRIPTION,
        "databases": {
            database: {
                "description": DESCRIPTION,
                "tables": tables,
                "queries": queries(),
            }
        },
    }


def settings() -> dict[str, Any]:
    """Datasette settings for serving a store: page size and time limits tuned for large stores."""
    return {
        "default_page_size": 50,
        # Datasette's default: on very large stores a slow facet is reported as timed
        # out instead of holding the page.
        "facet_time_limit_ms": 200,
        # Suggestions cost one query per column on every table page; facets stay
        # available from each column's menu.
        "suggest_facets": False,
        "sql_time_limit_ms": 3000,
    }


def undescribed(db) -> list[str]:
    """``table.column`` for every column of ``db`` (a sqlite_utils.Database) lacking a description."""
    missing = []
    described = {**TABLES, **VIEWS}
    for name in db.table_names() + db.view_names():
        if name.startswith("claims_fts"):
            continue  # FTS5 shadow tables: Datasette hides them
        spec = described.get(name)
        if spec is None:
            missing.append(name)
            continue
        columns = spec.get("columns", {})
        missing.extend(f"{name}.{c.name}" for c in db[name].columns if c.name not in columns)
    return missing


# -- serving ------------------------------------------------------------------------------

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8001
_LOOPBACK = ("127.", "localhost", "::1")


def is_loopback(host: str) -> bool:
    """True when ``host`` only accepts connections from this machine."""
    return host.startswith(_LOOPBACK)


def require_datasette():
    """The ``Datasette`` class, or a :class:`ProvenanceError` saying how to install it."""
    # Imported lazily: the other commands must not pay Datasette's start-up cost,
    # and Datasette is an optional extra.
    try:
        from datasette.app import Datasette
    except ImportError:
        from .errors import ProvenanceError

        raise ProvenanceError(
            "browsing needs Datasette, which is not installed; "
            "install it with: pip install 'provenance[datasette]'"
        ) from None
    return Datasette


def prepare(path) -> str:
    """Check the store at ``path`` exists, bring its schema (views) up to date and fold its WAL in.

    Returns the name Datasette serves it under. An immutable connection ignores the
    write-ahead log, so the log is checkpointed first or recent ingests would be missing.
    """
    from pathlib import Path

    from .store import Store

    with Store.open(path, must_exist=True) as store:
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return Path(path).stem
