"""Issue 4's acceptance: the seed alone, then the 24 development articles together.

Each scenario runs twice: on the gold claims (the extractor stand-in) and on the
claims the real extractor produces, both through the store (ingest, then
resolve), because that is what a user runs.
"""

from __future__ import annotations

import jsonschema
import pytest

from provenance.extract import extract
from provenance.resolve import figure_view, resolve_all
from provenance.store import Store
from tests.resolve_support import CORPUS, SEEDS, documents, gold_claims

SOURCES = {"gold": gold_claims, "extracted": extract}


def build(folders, claims_of) -> Store:
    store = Store.memory()
    for document in documents(folders):
        store.add_document(document, claims_of(document))
    resolve_all(store)
    return store


@pytest.fixture(scope="module", params=sorted(SOURCES))
def seed_store(request):
    store = build([SEEDS], SOURCES[request.param])
    yield store
    store.close()


@pytest.fixture(scope="module", params=sorted(SOURCES))
def corpus_store(request):
    store = build([SEEDS, CORPUS], SOURCES[request.param])
    yield store
    store.close()


def claims_where(store, sql, params=()):
    """Claim ids matching a condition on claims ``c`` joined to documents ``d`` and origin ``o``."""
    return [
        r[0]
        for r in store.conn.execute(
            "SELECT c.id FROM claims c JOIN documents d ON d.id = c.document_id "
            f"LEFT JOIN sources o ON o.id = c.origin_source_id WHERE {sql} ORDER BY c.id",
            params,
        )
    ]


def view(store, claim_id, **kw):
    return figure_view(store, claim_id, **kw)


# -- 1. the seed alone -------------------------------------------------------------------


def test_seed_every_nis_figure_is_in_one_nis_origin_group(seed_store):
    nis = claims_where(seed_store, "o.name = 'National Intelligence Service'")
    assert len(nis) >= 5
    for claim_id in nis:
        v = view(seed_store, claim_id)
        origins = {g["origin"] for g in v["origin_groups"] if claim_id in g["claims"]}
        assert origins == {"National Intelligence Service"}, (claim_id, v["origin_groups"])
        assert len(v["origin_groups"]) == 1


def test_seed_single_origin_is_not_confirmed(seed_store):
    killed = claims_where(seed_store, "c.category = 'killed' AND c.value = 600 AND c.headline = 0")
    v = view(seed_store, killed[0])
    assert "single_origin" in v["flags"]
    assert v["independent_origins"] == 1 and v["corroboration"] == 0
    assert not v["grade"].endswith("1")


def test_seed_headline_is_flagged_headline_drift(seed_store):
    headline = claims_where(
        seed_store, "c.headline = 1 AND c.category = 'killed' AND c.value = 600"
    )
    assert headline, "the headline's 600 killed is a claim"
    v = view(seed_store, headline[0])
    assert "headline_drift" in v["flags"]
    mine = next(c for c in v["claims"] if c["id"] == headline[0])
    assert "headline_drift" in mine["flags"]


def test_seed_troops_and_workers_are_different_clusters(seed_store):
    troops = claims_where(seed_store, "c.value = 15000 AND lower(c.counts) LIKE '%troops%'")
    workers = claims_where(seed_store, "c.value = 15000 AND lower(c.counts) LIKE '%workers%'")
    assert troops and workers
    troop_clusters = {view(seed_store, t)["cluster"]["key"] for t in troops}
    worker_clusters = {view(seed_store, w)["cluster"]["key"] for w in workers}
    assert not troop_clusters & worker_clusters


def test_seed_killed_plus_injured_fits_casualties(seed_store):
    casualties = claims_where(seed_store, "c.category = 'casualties' AND c.value = 4700")
    assert casualties
    for claim_id in claims_where(seed_store, "c.category IN ('killed', 'injured', 'casualties')"):
        assert "arithmetic_mismatch" not in view(seed_store, claim_id)["flags"]


def test_seed_figure_json_validates_against_the_contract(seed_store, figure_schema):
    for claim_id in claims_where(seed_store, "1"):
        jsonschema.validate(
            view(seed_store, claim_id), figure_schema, cls=jsonschema.Draft202012Validator
        )


# -- 2. the 24 development articles together ---------------------------------------------


def test_april_nis_600_from_different_outlets_is_one_origin_group(corpus_store):
    april = claims_where(
        corpus_store,
        "o.name = 'National Intelligence Service' AND c.category = 'killed' AND c.value = 600",
    )
    publishers = {r[0] for r in corpus_store.conn.execute(
        f"SELECT DISTINCT coalesce(d.publisher, '') FROM claims c JOIN documents d ON d.id = c.document_id WHERE c.id IN ({','.join(map(str, april))})"
    )}  # fmt: skip
    assert len(publishers) >= 3, publishers
    v = view(corpus_store, april[0])
    nis_groups = [g for g in v["origin_groups"] if g["origin"] == "National Intelligence Service"]
    assert len(nis_groups) == 1
    assert set(april) <= set(nis_groups[0]["claims"])
    assert nis_groups[0]["documents"] >= 3
    # counted once: the NIS is at most one of the independent origins
    assert v["independent_origins"] <= len([g for g in v["origin_groups"] if g["agrees"]])


def test_nis_series_is_a_revision_series_not_a_conflict(corpus_store):
    nis_killed = claims_where(
        corpus_store,
        "o.name = 'National Intelligence Service' AND c.category = 'killed' AND c.value IN (100, 300, 600, 2000)",
    )
    values = {
        r[0]
        for r in corpus_store.conn.execute(
            f"SELECT value FROM claims WHERE id IN ({','.join(map(str, nis_killed))})"
        )
    }
    assert {100, 300, 600, 2000} <= values
    v = view(corpus_store, nis_killed[0])
    assert "revision" in v["flags"]
    assert "transmission_conflict" not in v["flags"]
    nis = next(g for g in v["origin_groups"] if g["origin"] == "National Intelligence Service")
    assert set(nis_killed) <= set(nis["claims"])
    current = next(c for c in v["claims"] if c["id"] == nis["current_claim"])
    assert current["value"] == 2000, "the latest figure of the series is preferred"
    # as of the January briefing the series stood at about 300
    published_early = claims_where(
        corpus_store,
        "o.name = 'National Intelligence Service' AND c.category = 'killed' AND d.published <= '2025-01-20'",
    )
    early = view(corpus_store, published_early[0], as_of="2025-01-20")
    nis_then = next(
        g for g in early["origin_groups"] if g["origin"] == "National Intelligence Service"
    )
    assert next(c for c in early["claims"] if c["id"] == nis_then["current_claim"])["value"] == 300


def test_zelensky_us_official_and_western_officials_are_separate_origins(corpus_store):
    def origin_of(sql):
        ids = claims_where(corpus_store, sql)
        assert ids, sql
        return ids

    zelensky = origin_of(
        "o.name LIKE '%Zelensky%' AND c.category = 'casualties' AND c.origin_unstated = 0"
    )
    us = origin_of(
        "(o.name LIKE '%U.S.%' OR o.name LIKE '%US %') AND o.name LIKE '%official%' AND o.name NOT LIKE '%South Korean%' AND c.category = 'casualties'"
    )
    western = origin_of(
        "o.name LIKE 'Western officials%' AND c.category = 'casualties' AND c.unit IS NOT 'percent'"
    )
    v = view(corpus_store, zelensky[0])
    group_of = {cid: g["origin"] for g in v["origin_groups"] for cid in g["claims"]}
    assert {zelensky[0], us[0], western[0]} <= set(group_of), "one cluster holds all three"
    assert len({group_of[zelensky[0]], group_of[us[0]], group_of[western[0]]}) == 3


def test_every_corpus_figure_validates_against_the_contract(corpus_store, figure_schema):
    for claim_id in claims_where(corpus_store, "1")[::7]:
        jsonschema.validate(
            view(corpus_store, claim_id), figure_schema, cls=jsonschema.Draft202012Validator
        )
