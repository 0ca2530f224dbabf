"""``provenance ingest`` and ``provenance extract`` through the CLI."""

import json
import re
import shutil

import jsonschema

from provenance.cli import app
from provenance.store import Store

from .conftest import CORPUS, SEEDS

_TIMESTAMP = re.compile(r"'\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00'")


def dump(path):
    """The database as SQL, with ingestion timestamps masked."""
    store = Store.open(path, must_exist=True)
    try:
        return [_TIMESTAMP.sub("'<ts>'", line) for line in store.dump()]
    finally:
        store.close()


def test_ingest_seeds_twice_keeps_row_counts(runner, db_path):
    first = runner.invoke(app, ["ingest", str(SEEDS), "--db", str(db_path)])
    assert first.exit_code == 0, first.output
    assert "1 document(s) added" in first.stdout
    with Store.open(db_path) as store:
        counts = store.counts()
    assert counts["documents"] == 1 and counts["claims"] >= 10
    second = runner.invoke(app, ["ingest", str(SEEDS), "--db", str(db_path)])
    assert second.exit_code == 0
    assert "0 document(s) added, 1 already present" in second.stdout
    with Store.open(db_path) as store:
        assert store.counts() == counts


def test_bad_inputs_fail_alone_and_leave_the_database_as_it_was(runner, tmp_path):
    db_path = tmp_path / "batch.db"
    assert runner.invoke(app, ["ingest", str(SEEDS), "--db", str(db_path)]).exit_code == 0

    good = sorted(CORPUS.glob("0[12]_*.txt"))
    good_copies = []
    for path in good:
        for f in (path, path.with_name(path.stem + ".meta.json")):
            shutil.copy(f, tmp_path / f.name)
        good_copies.append(tmp_path / path.name)
    bad = {
        "binary.txt": b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00",
        "latin1.txt": "Quatre morts à Nîmes, selon la préfecture".encode("latin-1"),
        "empty.txt": b"",
    }
    for name, data in bad.items():
        (tmp_path / name).write_bytes(data)
    jsonl = tmp_path / "batch.jsonl"
    good_line = json.dumps(
        {"title": "Floods kill 12", "text": "Floods killed 12 people, police said."}
    )
    missing = tmp_path / "missing.txt"

    # expected: the database with only the good inputs of the batch added, in one run
    expected_db = tmp_path / "expected.db"
    shutil.copy(db_path, expected_db)
    jsonl.write_text(good_line + "\n")
    ok = runner.invoke(
        app, ["ingest", *map(str, good_copies), str(jsonl), "--db", str(expected_db)]
    )
    assert ok.exit_code == 0, ok.output
    jsonl.write_text(good_line + "\n{not json}\n")

    batch = [*good_copies, *(tmp_path / n for n in bad), jsonl, missing]
    result = runner.invoke(app, ["ingest", *map(str, batch), "--db", str(db_path)])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    expected_names = [*(tmp_path / n for n in bad), f"{jsonl}:2", missing]
    assert len(errors) == len(expected_names)
    for line, name in zip(errors, expected_names, strict=True):
        assert line.startswith("Error: ") and str(name) in line
    assert "3 document(s) added, 0 already present, 5 failed" in result.stdout
    assert dump(db_path) == dump(expected_db)


def test_ingest_stdin(runner, db_path):
    result = runner.invoke(
        app,
        ["ingest", "-", "--db", str(db_path)],
        input="Quake kills 30\n\nAt least 30 people died, officials said.\n",
    )
    assert result.exit_code == 0, result.output
    with Store.open(db_path) as store:
        assert store.counts()["documents"] == 1


def test_extract_json_matches_the_contract(runner, claims_schema):
    seed = next(SEEDS.glob("*.txt"))
    result = runner.invoke(app, ["extract", str(seed), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    jsonschema.validate(data, claims_schema)
    assert data["document"]["title"].endswith(": Seoul")
    assert len(data["claims"]) >= 10


def test_extract_listing_and_bad_file(runner, tmp_path):
    seed = next(SEEDS.glob("*.txt"))
    result = runner.invoke(app, ["extract", str(seed)], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    assert "National Intelligence Service" in result.stdout
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01")
    result = runner.invoke(app, ["extract", str(bad)])
    assert result.exit_code == 1
    assert result.stderr.strip().count("\n") == 0 and str(bad) in result.stderr


def test_extract_jsonl_prints_one_object_per_line(runner, tmp_path, claims_schema):
    path = tmp_path / "two.jsonl"
    path.write_text(
        json.dumps({"title": "Blast kills 4", "text": "Four people died, police said."})
        + "\n"
        + json.dumps({"title": "Fire hurts 9", "text": "Nine people were hurt, officials said."})
        + "\n"
    )
    result = runner.invoke(app, ["extract", str(path), "--json"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 2
    for line in lines:
        jsonschema.validate(json.loads(line), claims_schema)


def test_version(runner):
    from provenance import __version__

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"provenance {__version__}"
