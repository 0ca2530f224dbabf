"""``provenance export csv|prov|verify`` through the CLI."""

from __future__ import annotations

import csv
import hashlib
import io
import json

import pytest

from provenance.cli import app
from provenance.store import Store

from .test_export import fill, gold_articles


@pytest.fixture(scope="module")
def gold_db(tmp_path_factory):
    """A database file holding the seed and the corpus with their gold claims."""
    path = tmp_path_factory.mktemp("export") / "gold.db"
    with Store.open(path) as store:
        fill(store, gold_articles())
    return path


def rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def one_line_error(result) -> str:
    """The command failed with exactly one line on stderr, starting with ``Error:``."""
    assert result.exit_code != 0, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    return lines[0]


def test_csv_to_a_file_with_manifest_then_verify(runner, gold_db, tmp_path):
    target = tmp_path / "claims.csv"
    result = runner.invoke(app, ["export", "csv", "--db", str(gold_db), "--out", str(target)])
    assert result.exit_code == 0, result.output
    data = target.read_bytes()
    with Store.open(gold_db) as store:
        total = store.counts()["claims"]
    assert len(rows(data)) == total > 200
    manifest = json.loads((tmp_path / "claims.csv.manifest.json").read_text(encoding="utf-8"))
    assert manifest["sha256"] == hashlib.sha256(data).hexdigest()
    assert manifest["rows"] == total
    ok = runner.invoke(app, ["export", "verify", str(target), "--db", str(gold_db)])
    assert ok.exit_code == 0 and ok.stdout.startswith("OK:"), ok.output


def test_verify_catches_an_edited_file(runner, gold_db, tmp_path):
    target = tmp_path / "claims.csv"
    assert (
        runner.invoke(app, ["export", "csv", "--db", str(gold_db), "-o", str(target)]).exit_code
        == 0
    )
    data = target.read_bytes()
    target.write_bytes(
        data.replace(b"National Intelligence Service", b"National Intelligence Servlce", 1)
    )
    result = runner.invoke(app, ["export", "verify", str(target)])
    assert result.exit_code == 1
    assert "does not match the manifest" in one_line_error(result)


def test_stdout_matches_the_file_and_two_exports_are_identical(runner, gold_db, tmp_path):
    target = tmp_path / "claims.csv"
    assert (
        runner.invoke(app, ["export", "csv", "--db", str(gold_db), "-o", str(target)]).exit_code
        == 0
    )
    first = runner.invoke(app, ["export", "csv", "--db", str(gold_db)])
    second = runner.invoke(app, ["export", "csv", "--db", str(gold_db), "--out", "-"])
    assert first.exit_code == second.exit_code == 0
    assert first.stdout_bytes == second.stdout_bytes == target.read_bytes()


def test_what_excel_and_filters(runner, gold_db):
    hops = runner.invoke(app, ["export", "csv", "--db", str(gold_db), "--what", "hops"])
    assert hops.exit_code == 0 and rows(hops.stdout_bytes)[0]["position"] == "0"
    sources = runner.invoke(app, ["export", "csv", "--db", str(gold_db), "--what", "sources"])
    assert "National Intelligence Service" in {r["name"] for r in rows(sources.stdout_bytes)}
    excel = runner.invoke(
        app, ["export", "csv", "--db", str(gold_db), "--excel", "--category", "injured"]
    )
    assert excel.stdout_bytes.startswith("\ufeff".encode())
    injured = rows(excel.stdout_bytes)
    assert injured and {r["category"] for r in injured} == {"injured"}
    nis = runner.invoke(
        app,
        [
            "export",
            "csv",
            "--db",
            str(gold_db),
            "--origin",
            "National Intelligence Service",
            "--headline",
            "Seoul",
        ],
    )
    selected = rows(nis.stdout_bytes)
    assert selected and all(
        r["origin"] == "National Intelligence Service"
        and r["headline"] == "1"
        and "seoul" in r["sentence"].lower()
        for r in selected
    )


def test_prov_json_and_provn(runner, gold_db, tmp_path):
    from prov.model import ProvDocument

    as_json = runner.invoke(app, ["export", "prov", "--db", str(gold_db), "--source", "lawmakers"])
    assert as_json.exit_code == 0, as_json.output
    document = ProvDocument.deserialize(content=as_json.stdout, format="json")
    assert document.get_records()
    target = tmp_path / "chains.provn"
    provn = runner.invoke(
        app, ["export", "prov", "--db", str(gold_db), "--format", "provn", "--out", str(target)]
    )
    assert provn.exit_code == 0
    text = target.read_text(encoding="utf-8")
    assert text.startswith("document") and "wasDerivedFrom(" in text and "agent(src:" in text


@pytest.mark.parametrize(
    "args, message",
    [
        (["export", "csv", "--what", "documents"], "unknown export 'documents'"),
        (["export", "csv", "--out", "{tmp}/no/such/folder/x.csv"], "cannot write"),
        (["export", "csv", "--out", "{tmp}"], "is a folder"),
        (["export", "csv", "--origin", "Yonhap"], "no source named 'Yonhap'"),
        (["export", "csv", "--since", "yesterday"], "--since"),
        (["export", "prov", "--format", "xml"], "unknown PROV format 'xml'"),
    ],
)
def test_bad_inputs_give_one_line_errors(runner, gold_db, tmp_path, args, message):
    args = [a.replace("{tmp}", str(tmp_path)) for a in args] + ["--db", str(gold_db)]
    assert message in one_line_error(runner.invoke(app, args))


def test_missing_database_and_missing_manifest(runner, tmp_path):
    line = one_line_error(runner.invoke(app, ["export", "csv", "--db", str(tmp_path / "none.db")]))
    assert "no database here yet" in line
    assert not (tmp_path / "none.db").exists()
    loose = tmp_path / "loose.csv"
    loose.write_text("a\r\n")
    assert "manifest" in one_line_error(runner.invoke(app, ["export", "verify", str(loose)]))
