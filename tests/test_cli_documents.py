"""``provenance documents`` and ``provenance stats``: tables, JSON and the missing-database error."""

from __future__ import annotations

import json

import jsonschema

from provenance.cli import app

from .lookups_data import documents, gold, lookup_db  # noqa: F401  (fixture)


def test_documents_json_and_table(runner, lookup_db, claims_schema):  # noqa: F811
    result = runner.invoke(app, ["documents", "--json", "--db", str(lookup_db)])
    listed = json.loads(result.stdout)
    stored = {d.id: d for d in documents()}
    assert {d["id"] for d in listed} == set(stored)
    for item in listed:
        jsonschema.validate({"document": item, "claims": []}, claims_schema)
        assert item["claims"] == len(gold(stored[item["id"]])["claims"])
    dated = [d["published"] for d in listed if d["published"]]
    assert dated == sorted(dated, reverse=True)
    one = json.loads(
        runner.invoke(
            app,
            ["documents", "--publisher", "the eastern sentinel", "--json", "--db", str(lookup_db)],
        ).stdout
    )
    assert [d["publisher"] for d in one] == ["The Eastern Sentinel"]
    table = runner.invoke(
        app, ["documents", "--limit", "3", "--db", str(lookup_db)], env={"COLUMNS": "160"}
    )
    assert (
        table.exit_code == 0
        and "3 document(s)" in table.stdout
        and listed[0]["title"][:20] in table.stdout
    )


def test_stats(runner, lookup_db):  # noqa: F811
    totals = json.loads(runner.invoke(app, ["stats", "--json", "--db", str(lookup_db)]).stdout)
    docs = documents()
    assert totals["documents"] == len(docs)
    assert (
        totals["claims"]
        == sum(len(gold(d)["claims"]) for d in docs)
        == sum(totals["categories"].values())
    )
    text = runner.invoke(app, ["stats", "--db", str(lookup_db)]).stdout
    assert f"{totals['claims']} claim(s)" in text and totals["top_origins"][0]["source"] in text


def test_missing_database(runner, tmp_path):
    for command in (["documents"], ["stats"], ["sources"], ["documents", "--json"]):
        result = runner.invoke(app, [*command, "--db", str(tmp_path / "none.db")])
        assert result.exit_code == 1 and "provenance ingest" in result.stderr
    assert not (tmp_path / "none.db").exists()
