"""``provenance sources``: list/search (the default), show, add, merge; their JSON and errors."""

from __future__ import annotations

import json

from provenance.cli import app

from .lookups_data import gold_claims_by_key, lookup_db, writable_db  # noqa: F401  (fixtures)

NIS = "National Intelligence Service"


def test_list_is_the_default_and_searches(runner, lookup_db):  # noqa: F811
    bare = runner.invoke(app, ["sources", "intelligence", "--json", "--db", str(lookup_db)])
    explicit = runner.invoke(
        app, ["sources", "list", "intelligence", "--json", "--db", str(lookup_db)]
    )
    assert bare.exit_code == 0 and bare.stdout == explicit.stdout
    names = [s["name"] for s in json.loads(bare.stdout)]
    assert NIS in names and all("intelligence" in n.lower() for n in names)
    table = runner.invoke(app, ["sources", "--db", str(lookup_db)], env={"COLUMNS": "160"})
    assert table.exit_code == 0 and NIS in table.stdout and "originates" in table.stdout
    assert "show" in runner.invoke(app, ["sources", "--help"]).stdout


def test_show(runner, lookup_db):  # noqa: F811
    result = runner.invoke(app, ["sources", "show", NIS.lower(), "--json", "--db", str(lookup_db)])
    detail = json.loads(result.stdout)
    originated = sum(c["chain"][0]["source"] == NIS for _, c in gold_claims_by_key().values())
    assert detail["name"] == NIS and detail["originates"] == originated
    assert {"aliases", "kind", "reliability", "relays", "first_seen", "last_seen"} <= set(detail)
    text = runner.invoke(app, ["sources", "show", NIS, "--db", str(lookup_db)]).stdout
    assert f"originates {originated} claim(s)" in text and "first seen" in text


def test_unknown_source(runner, lookup_db):  # noqa: F811
    result = runner.invoke(
        app, ["sources", "show", "National Inteligence Service", "--db", str(lookup_db)]
    )
    assert (
        result.exit_code == 1
        and f"closest: {NIS}" in result.stderr
        and result.stderr.count("\n") == 1
    )


def test_add_then_show_by_alias(runner, writable_db):  # noqa: F811
    db = ["--db", str(writable_db)]
    added = runner.invoke(
        app,
        [
            "sources",
            "add",
            "Kyiv Independent",
            "--kind",
            "outlet",
            "--alias",
            "KI",
            "--reliability",
            "B",
            *db,
        ],
    )
    assert added.exit_code == 0, added.output
    shown = json.loads(runner.invoke(app, ["sources", "show", "ki", "--json", *db]).stdout)
    assert (
        shown["name"] == "Kyiv Independent"
        and shown["reliability"] == "B"
        and shown["aliases"] == ["ki"]
    )
    again = runner.invoke(app, ["sources", "add", "Kyiv Independent", "--kind", "outlet", *db])
    assert again.exit_code == 1 and "already used" in again.stderr
    bad_kind = runner.invoke(app, ["sources", "add", "X", "--kind", "blog", *db])
    assert bad_kind.exit_code == 2
    assert runner.invoke(app, ["sources", "add", "X", *db]).exit_code == 2  # --kind is required


def test_merge(runner, writable_db):  # noqa: F811
    db = ["--db", str(writable_db)]
    before = json.loads(
        runner.invoke(
            app, ["claims", "--source", "news agencies", "--json", "--limit", "0", *db]
        ).stdout
    )
    result = runner.invoke(
        app, ["sources", "merge", "Yonhap News Agency", "news agencies", "--json", *db]
    )
    assert result.exit_code == 0, result.output
    merged = json.loads(result.stdout)
    assert merged["merged"] == "news agencies" and "news agencies" in merged["source"]["aliases"]
    assert merged["moved"]["claims"] == len(before)
    after = json.loads(
        runner.invoke(
            app, ["claims", "--source", "news agencies", "--json", "--limit", "0", *db]
        ).stdout
    )
    assert {r["key"] for r in before} <= {r["key"] for r in after}
    assert all("news agencies" not in [h["source"] for h in r["chain"]] for r in after)
    missing = runner.invoke(app, ["sources", "merge", "Yonhap News Agency", "Nobody At All", *db])
    assert missing.exit_code == 1 and "Nobody At All" in missing.stderr


def test_writes_need_an_existing_database(runner, tmp_path):
    path = tmp_path / "none.db"
    result = runner.invoke(app, ["sources", "add", "A", "--kind", "ngo", "--db", str(path)])
    assert result.exit_code == 1 and "provenance ingest" in result.stderr and not path.exists()
