"""The resolver through the store and the CLI: incremental = full, decisions survive, figure JSON."""

from __future__ import annotations

import json

import jsonschema
import pytest

from provenance.cli import app
from provenance.resolve import (
    figure_view,
    link_claims,
    resolve_all,
    resolve_incremental,
    unlink_claims,
)
from provenance.store import Store
from tests.resolve_support import CORPUS, SEEDS, documents, gold_claims


def snapshot(store):
    figures = {
        r[0]: r[1:]
        for r in store.conn.execute(
            "SELECT key, low, best, high, independent_origins, corroboration, grade, flags FROM figures"
        )
    }
    claims = dict(
        store.conn.execute(
            "SELECT c.key, f.key FROM claim_assessments a JOIN claims c ON c.id = a.claim_id JOIN figures f ON f.id = a.figure_id"
        )
    )
    return figures, claims


def test_incremental_rescoring_matches_a_full_rescore(store):
    docs = documents([SEEDS, CORPUS])
    for document in docs:
        result = store.add_document(document, gold_claims(document))
        resolve_incremental(store, result.claim_ids)
    incremental = snapshot(store)
    resolve_all(store)
    assert snapshot(store) == incremental
    assert len(incremental[1]) == store.conn.execute("SELECT count(*) FROM claims").fetchone()[0]


def test_link_and_unlink_survive_rescoring_and_reingest(db_path):
    seed = documents([SEEDS])[0]
    with Store.open(db_path) as store:
        store.add_document(seed, gold_claims(seed))
        resolve_all(store)
        ids = {r[1]: r[0] for r in store.conn.execute("SELECT id, key FROM claims")}
        troops = next(i for k, i in ids.items() if k.endswith("-c4"))
        workers = next(i for k, i in ids.items() if k.endswith("-c10"))
        killed = next(i for k, i in ids.items() if k.endswith("-c2"))
        fatalities = next(i for k, i in ids.items() if k.endswith("-c6"))
        link_claims(store, troops, workers)
        unlink_claims(store, killed, fatalities)
        resolve_all(store)
        assert workers in {c["id"] for c in figure_view(store, troops)["claims"]}
        assert fatalities not in {c["id"] for c in figure_view(store, killed)["claims"]}
        # re-ingest: drop the claims and assessments, store the document again
        store.conn.execute("DELETE FROM claim_assessments")
        store.conn.execute("DELETE FROM origin_groups")
        store.conn.execute("DELETE FROM figures")
        store.conn.execute("DELETE FROM hops")
        store.conn.execute("DELETE FROM claims")
        store.conn.execute("DELETE FROM documents")
        store.conn.commit()
        result = store.add_document(seed, gold_claims(seed))
        resolve_incremental(store, result.claim_ids)
        keys = dict(store.conn.execute("SELECT key, id FROM claims"))
        by_suffix = {k.split("-")[-1]: i for k, i in keys.items()}
        assert by_suffix["c10"] in {c["id"] for c in figure_view(store, by_suffix["c4"])["claims"]}
        assert by_suffix["c6"] not in {
            c["id"] for c in figure_view(store, by_suffix["c2"])["claims"]
        }


def test_cli_resolve_figure_json_and_link(runner, db_path, figure_schema):
    seed = documents([SEEDS])[0]
    with Store.open(db_path) as store:
        store.add_document(seed, gold_claims(seed))
    result = runner.invoke(app, ["resolve", "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    assert "figure cluster" in result.output
    result = runner.invoke(app, ["figure", "2", "--json", "--db", str(db_path)])
    assert result.exit_code == 0, result.output
    view = json.loads(result.output)
    jsonschema.validate(view, figure_schema, cls=jsonschema.Draft202012Validator)
    assert view["requested_claim"] == 2
    readable = runner.invoke(app, ["figure", "2", "--db", str(db_path)])
    assert readable.exit_code == 0 and view["grade"] in readable.output
    assert runner.invoke(app, ["figure", "link", "4", "10", "--db", str(db_path)]).exit_code == 0
    linked = json.loads(runner.invoke(app, ["figure", "4", "--json", "--db", str(db_path)]).output)
    assert 10 in {c["id"] for c in linked["claims"]}
    missing = runner.invoke(app, ["figure", "999", "--db", str(db_path)])
    assert missing.exit_code != 0 and "Error:" in missing.output
    bad_date = runner.invoke(app, ["figure", "2", "--as-of", "yesterday", "--db", str(db_path)])
    assert bad_date.exit_code != 0 and "--as-of" in bad_date.output


def test_figure_as_of_before_publication_is_an_error(runner, db_path):
    docs = documents([CORPUS])[:2]
    with Store.open(db_path) as store:
        for document in docs:
            store.add_document(document, gold_claims(document))
        resolve_all(store)
    result = runner.invoke(app, ["figure", "1", "--as-of", "2000-01-01", "--db", str(db_path)])
    assert result.exit_code != 0 and "published" in result.output


def test_figure_ids_survive_a_full_rescore(store):
    """Links to a figure page (``figures.id``) stay valid when everything is rescored."""
    docs = documents([SEEDS, CORPUS])
    for document in docs[:12]:
        store.add_document(document, gold_claims(document))
    resolve_all(store)
    before = dict(store.conn.execute("SELECT key, id FROM figures"))
    for document in docs[12:]:
        store.add_document(document, gold_claims(document))
    resolve_all(store)
    resolve_all(store)
    after = dict(store.conn.execute("SELECT key, id FROM figures"))
    kept = before.keys() & after.keys()
    assert len(kept) >= len(before) * 0.8, "most clusters of the first half keep their key"
    assert {k: after[k] for k in kept} == {k: before[k] for k in kept}
    new_ids = [after[k] for k in after.keys() - before.keys()]
    assert new_ids and min(new_ids) > max(before.values()), (
        "new clusters get fresh ids, never a reused one"
    )
    assert len(set(after.values())) == len(after)


def test_incremental_rescoring_reads_only_through_indexes(store):
    """After ingest, rescoring must not scan whole tables: its cost may not grow with the store."""
    docs = documents([SEEDS, CORPUS])
    for document in docs[:-1]:
        store.add_document(document, gold_claims(document))
    resolve_all(store)
    added = store.add_document(docs[-1], gold_claims(docs[-1])).claim_ids
    statements: list[str] = []
    store.conn.set_trace_callback(statements.append)
    try:
        resolve_incremental(store, added)
    finally:
        store.conn.set_trace_callback(None)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert selects
    big = ("claims", "claim_assessments", "hops", "documents", "figures", "origin_groups")
    for sql in selects:
        plan = [row[3] for row in store.conn.execute("EXPLAIN QUERY PLAN " + sql)]
        scans = [
            step
            for step in plan
            if step.startswith("SCAN") and step.split()[1] in big + ("c", "a", "d", "o")
        ]
        # cluster_links (users' decisions) is small and read whole on purpose
        assert not scans, f"{sql[:120]}...: {plan}"


def test_full_rescore_leaves_foreign_keys_enforced_and_consistent(store, monkeypatch):
    """The bulk write runs with enforcement off under the write lock; afterwards it is back on,
    every reference holds, and a failed rescore leaves the previous assessments intact."""
    for document in documents([SEEDS, CORPUS])[:6]:
        store.add_document(document, gold_claims(document))
    resolve_all(store)
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    before = snapshot(store)

    import provenance.resolve.service as service

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(service, "assess", broken)
    with pytest.raises(RuntimeError):
        resolve_all(store)
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert not store.conn.in_transaction
    assert snapshot(store) == before
