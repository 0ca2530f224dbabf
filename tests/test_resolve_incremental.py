"""Incremental rescoring after ingest must equal a full rescore, and never break a foreign key."""

from __future__ import annotations

import pytest

from provenance.cli import app
from provenance.ingest import RescoreFailed, ingest
from provenance.resolve import resolve_all
from provenance.store import Store
from tests.resolve_support import CORPUS

CORPUS2 = CORPUS.parent / "corpus2"


def assessment_snapshot(store):
    """The assessment tables keyed by claim/figure/group keys, so id renumbering does not matter."""
    figures = {
        r[0]: r[1:]
        for r in store.conn.execute(
            "SELECT key, label, category, counts, subject, unit, as_of, low, best, high, independent_origins,"
            " corroboration, grade, flags, explanation, claims, documents FROM figures"
        )
    }
    groups = {
        (r[0], r[1]): r[2:]
        for r in store.conn.execute(
            "SELECT f.key, g.key, g.label, g.kind, g.claims, g.documents, g.low, g.high, g.latest_as_of,"
            " c.key, g.interested, g.agrees, g.stale, g.weight"
            " FROM origin_groups g JOIN figures f ON f.id = g.figure_id LEFT JOIN claims c ON c.id = g.current_claim_id"
        )
    }
    claims = {
        r[0]: r[1:]
        for r in store.conn.execute(
            "SELECT c.key, f.key, g.key, a.base_key, a.subject, a.directness, a.relays, a.effective_as_of,"
            " a.current, a.agrees, a.flags, a.notes FROM claim_assessments a JOIN claims c ON c.id = a.claim_id"
            " JOIN figures f ON f.id = a.figure_id JOIN origin_groups g ON g.id = a.origin_group_id"
        )
    }
    return figures, groups, claims


def _articles():
    return sorted(CORPUS2.glob("*.txt")) + sorted(CORPUS.glob("*.txt"))


def test_ingesting_article_by_article_equals_a_full_rescore(db_path):
    with Store.open(db_path) as store:
        for path in _articles():
            result = ingest(store, [path])  # rescores incrementally
            assert result.failed == 0, result.errors
            assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == [], path.name
        incremental = assessment_snapshot(store)
        n_claims = store.conn.execute("SELECT count(*) FROM claims").fetchone()[0]
        assert len(incremental[2]) == n_claims, "every claim is assessed"
        resolve_all(store)
        full = assessment_snapshot(store)
    for name, inc, ful in zip(
        ("figures", "origin groups", "claims"), incremental, full, strict=True
    ):
        assert inc.keys() == ful.keys(), f"{name}: {sorted(inc.keys() ^ ful.keys())[:5]}"
        wrong = [k for k in ful if inc[k] != ful[k]]
        assert not wrong, f"{name} differ: {wrong[:3]}: {[(inc[k], ful[k]) for k in wrong[:1]]}"


def _claim(number, value, counts, origin, kind="government"):
    from provenance.convert import claim_from_json

    return claim_from_json(
        {
            "id": f"c{number}", "headline": False, "sentence": f"{origin} said {value} {counts} were killed.",
            "figure": {
                "text": str(value), "value": value, "low": None, "high": None, "qualifier": "approximately",
                "category": "killed", "counts": counts, "unit": "people", "span": None,
            },
            "hedges": [], "as_of": None,
            "chain": [
                {"source": origin, "mention": origin, "kind": kind, "cue": "said"},
                {"source": "Outlet", "mention": None, "kind": "outlet", "cue": "published"},
            ],
        }
    )  # fmt: skip


def _ingest_constructed(store, tmp_path, name, claims):
    path = tmp_path / f"{name}.txt"
    path.write_text(f"{name}: an article about the war dead, with some text.\n", encoding="utf-8")
    result = ingest(store, [path], extractor=lambda document: claims)
    assert result.failed == 0, result.errors
    return result


def test_a_claim_moving_out_of_a_figure_rescores_the_claims_it_leaves(tmp_path):
    """An unspecific "about 600 people killed" shares a figure with another outlet's one; a later
    article from its origin names the group, so it moves out: the claim left behind must be rescored
    (its origin groups survive, its verdict matches a full rescore)."""
    with Store.open(tmp_path / "p.db") as store:
        _ingest_constructed(store, tmp_path, "a", [_claim(1, 600, "people", "Defence Ministry")])
        _ingest_constructed(store, tmp_path, "b", [_claim(1, 600, "people", "Red Cross", "ngo")])
        shared = store.conn.execute(
            "SELECT count(DISTINCT figure_id) FROM claim_assessments"
        ).fetchone()[0]
        assert shared == 1, "both unspecific counts start in one figure"
        _ingest_constructed(
            store, tmp_path, "c", [_claim(1, 600, "North Korean soldiers", "Defence Ministry")]
        )
        assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        incremental = assessment_snapshot(store)
        moved = store.conn.execute(
            "SELECT count(DISTINCT figure_id) FROM claim_assessments"
        ).fetchone()[0]
        assert moved == 2, "the Defence Ministry's unspecific count joined its specific figure"
        resolve_all(store)
        full = assessment_snapshot(store)
        assert full[0] == incremental[0]
        assert full[1] == incremental[1]
        assert full[2] == incremental[2]


def test_a_failed_rescore_after_ingest_is_one_error_line(tmp_path, runner, monkeypatch):
    """The documents stay stored; the user gets one line saying to run `provenance resolve`."""
    import provenance.resolve.service as service

    def broken(*args, **kwargs):
        raise RuntimeError("resolver bug")

    monkeypatch.setattr(service, "assess", broken)
    db = tmp_path / "p.db"
    article = sorted(CORPUS.glob("*.txt"))[0]
    with Store.open(db) as store:
        with pytest.raises(RescoreFailed, match="provenance resolve"):
            ingest(store, [article])
        assert store.conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 1
    second = sorted(CORPUS.glob("*.txt"))[1]
    result = runner.invoke(app, ["ingest", str(second), "--db", str(db)])
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    errors = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and "provenance resolve" in errors[0], result.output
    monkeypatch.undo()
    result = runner.invoke(app, ["resolve", "--db", str(db)])
    assert result.exit_code == 0, result.output
    with Store.open(db) as store:
        assessed = store.conn.execute("SELECT count(*) FROM claim_assessments").fetchone()[0]
        assert assessed == store.conn.execute("SELECT count(*) FROM claims").fetchone()[0] > 0
