"""``provenance claims``: search, filters, output forms (table, --chains, --ids, --json) and errors."""

from __future__ import annotations

import json
import re

import jsonschema
import pytest

from provenance.cli import app

from .lookups_data import gold_claims_by_key, lookup_db  # noqa: F401  (fixture)


@pytest.fixture(scope="module")
def claim_validator(claims_schema):
    # A claim of the contract: its $defs, with the claim definition as the root.
    return jsonschema.Draft202012Validator(
        {"$defs": claims_schema["$defs"], **claims_schema["$defs"]["claim"]}
    )


def run(runner, lookup_db, *args, env=None):  # noqa: F811
    return runner.invoke(app, ["claims", *args, "--db", str(lookup_db)], env=env)


def test_json_is_an_array_of_contract_claims(runner, lookup_db, claim_validator):  # noqa: F811
    result = run(runner, lookup_db, "soldiers", "--json", "--limit", "0")
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    expected = gold_claims_by_key()
    want = {k for k, (_, c) in expected.items() if re.search(r"\bsoldiers\b", c["sentence"], re.I)}
    assert {r["key"] for r in records} == want
    for record in records:
        claim_validator.validate(record)
        assert re.fullmatch(r"sha256:[0-9a-f]{64}", record["document"])
        assert record["document"] == expected[record["key"]][0].id


def test_table_shows_the_columns_and_chains(runner, lookup_db):  # noqa: F811
    result = run(
        runner,
        lookup_db,
        "--origin",
        "National Intelligence Service",
        "--chains",
        "--limit",
        "0",
        env={"COLUMNS": "200"},
    )
    assert result.exit_code == 0, result.output
    header = result.stdout.splitlines()[0]
    for column in ("id", "figure", "category", "origin", "relays", "grade", "chain"):
        assert column in header
    assert "National Intelligence Service →" in result.stdout
    nis = [
        k
        for k, (_, c) in gold_claims_by_key().items()
        if c["chain"][0]["source"] == "National Intelligence Service"
    ]
    assert f"{len(nis)} claim(s)" in result.stdout


def test_ids_and_headline(runner, lookup_db):  # noqa: F811
    result = run(runner, lookup_db, "--headline", "--limit", "1", "--ids")
    assert result.exit_code == 0
    (line,) = result.stdout.split()
    shown = json.loads(runner.invoke(app, ["chain", line, "--json", "--db", str(lookup_db)]).stdout)
    assert shown["headline"] is True
    assert result.stderr == ""  # ids go to scripts: no notes


@pytest.mark.parametrize(
    ("args", "field", "value"),
    [
        (["--category", "injured"], "category", "injured"),
        (["--publisher", "the eastern sentinel"], "publisher", "The Eastern Sentinel"),
        (["--source", "Yonhap News Agency"], "source", "Yonhap News Agency"),
    ],
)
def test_filters(runner, lookup_db, args, field, value):  # noqa: F811
    records = json.loads(run(runner, lookup_db, *args, "--json", "--limit", "0").stdout)
    assert records
    for record in records:
        chain = [h["source"] for h in record["chain"]]
        assert {
            "category": record["figure"]["category"] == value,
            "publisher": chain[-1] == value,
            "source": value in chain,
        }[field]


def test_dates(runner, lookup_db):  # noqa: F811
    records = json.loads(
        run(runner, lookup_db, "--since", "2025-06-01", "--until", "2025-06-30", "--json").stdout
    )
    assert records and all(
        "2025-06-01" <= (r["as_of"] or r["published"])[:10] <= "2025-06-30" for r in records
    )


def test_errors(runner, lookup_db, tmp_path):  # noqa: F811
    bad_date = run(runner, lookup_db, "--since", "last tuesday")
    assert (
        bad_date.exit_code == 2
        and bad_date.stderr.count("\n") == 1
        and "--since" in bad_date.stderr
    )
    unknown = run(runner, lookup_db, "--source", "Yonhap Newz Agency")
    assert unknown.exit_code == 1 and "closest: Yonhap News Agency" in unknown.stderr
    assert unknown.stderr.count("\n") == 1
    missing = runner.invoke(app, ["claims", "--db", str(tmp_path / "no.db")])
    assert missing.exit_code == 1 and "provenance ingest" in missing.stderr
    assert not (tmp_path / "no.db").exists()
    assert run(runner, lookup_db, "--limit", "-1").exit_code == 2


def test_no_color_and_narrow_terminals(runner, lookup_db):  # noqa: F811
    result = run(
        runner, lookup_db, "--chains", "--limit", "5", env={"COLUMNS": "40", "NO_COLOR": "1"}
    )
    assert result.exit_code == 0
    assert "\x1b[" not in result.stdout
    assert max(len(line) for line in result.stdout.splitlines()) <= 40
    assert "→" in result.stdout
