"""``provenance chain``: the tree for people, the contract JSON for scripts, the fast path, start-up."""

from __future__ import annotations

import json
import subprocess
import sys

import jsonschema
import pytest

from provenance.__main__ import fast_chain_args, main
from provenance.cli import app

from .lookups_data import ROOT, gold_claims_by_key, lookup_db  # noqa: F401  (fixture)


def seed_nis_claim():
    """The seed's lede claim: NIS -> lawmakers -> Yonhap -> news agencies -> publisher."""
    for key, (document, claim) in gold_claims_by_key().items():
        if document.path.startswith(str(ROOT / "seeds")) or "seeds/" in document.path:
            if (
                claim["chain"][0]["source"] == "National Intelligence Service"
                and len(claim["chain"]) == 5
            ):
                return key, document, claim
    raise AssertionError("the seed has an NIS claim with a five-hop chain")


def test_tree_shows_every_hop_with_cue_and_words(runner, lookup_db):  # noqa: F811
    key, document, claim = seed_nis_claim()
    result = runner.invoke(app, ["chain", key, "--db", str(lookup_db)], env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    out = result.stdout
    positions = [out.index(hop["source"]) for hop in claim["chain"]]
    assert positions == sorted(positions)  # origin first, publisher last
    for hop in claim["chain"]:
        assert f"cue: {hop['cue']}" in out
        if hop["mention"]:
            assert f'"{hop["mention"]}" at ' in out
    assert f"[{claim['figure']['text']}]" in out  # highlighted (bracketed when not a terminal)
    assert document.id in out and document.title[:30] in out
    for hedge in claim["hedges"]:
        assert hedge in out


def test_json_is_one_contract_claim_with_its_document(runner, lookup_db, claims_schema):  # noqa: F811
    key, document, claim = seed_nis_claim()
    result = runner.invoke(app, ["chain", key, "--json", "--db", str(lookup_db)])
    record = json.loads(result.stdout)
    jsonschema.validate({"document": record["document"], "claims": [record]}, claims_schema)
    assert record["document"]["id"] == document.id
    assert [h["source"] for h in record["chain"]] == [h["source"] for h in claim["chain"]]
    assert "text" not in record["document"]


def test_errors(runner, lookup_db, tmp_path):  # noqa: F811
    key, _, _ = seed_nis_claim()
    typo = key[:-1] + "99"
    unknown = runner.invoke(app, ["chain", typo, "--db", str(lookup_db)])
    assert (
        unknown.exit_code == 1
        and unknown.stderr.startswith("Error: no claim")
        and key.rsplit("-", 1)[0] in unknown.stderr
    )
    missing = runner.invoke(app, ["chain", "1", "--db", str(tmp_path / "no.db")])
    assert missing.exit_code == 1 and "provenance ingest" in missing.stderr
    assert runner.invoke(app, ["chain"]).exit_code == 2


@pytest.mark.parametrize(
    ("argv", "parsed"),
    [
        (["chain", "12", "--json"], ("12", None)),
        (["chain", "--json", "--db", "x.db", "k-c1"], ("k-c1", "x.db")),
        (["chain", "12", "--db=x.db", "--json"], ("12", "x.db")),
        (["chain", "12"], None),
        (["chain", "12", "--json", "--help"], None),
        (["chain", "12", "13", "--json"], None),
        (["chain", "12", "--json", "--db"], None),
        (["claims", "12", "--json"], None),
    ],
)
def test_fast_path_recognises_only_the_exact_form(argv, parsed):
    assert fast_chain_args(argv) == parsed


def test_fast_path_answers_like_the_typer_command(runner, lookup_db, tmp_path, capsys):  # noqa: F811
    key, _, _ = seed_nis_claim()
    for ref, code in ((key, 0), ("99999", 1)):
        with pytest.raises(SystemExit) as exit_info:
            main(["chain", ref, "--json", "--db", str(lookup_db)])
        fast = capsys.readouterr()
        slow = runner.invoke(app, ["chain", ref, "--json", "--db", str(lookup_db)])
        assert exit_info.value.code == slow.exit_code == code
        assert (fast.out, fast.err) == (slow.stdout, slow.stderr)
    with pytest.raises(SystemExit):
        main(["chain", "1", "--json", "--db", str(tmp_path / "no.db")])
    assert "provenance ingest" in capsys.readouterr().err and not (tmp_path / "no.db").exists()


HEAVY = (
    "datasette",
    "provenance.extract",
    "provenance.resolve",
    "rich.console",
    "rich.table",
    "rich.tree",
    "sqlite_utils",
    "typer",
)

PROBE = """
import sys
sys.argv = ["provenance", *sys.argv[1:]]
from provenance.__main__ import main
try:
    main()
except SystemExit:
    pass
print("MODULES", " ".join(sorted(sys.modules)), file=sys.stderr)
"""


def loaded(*args):
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, cwd=ROOT
    )
    line = next(x for x in result.stderr.splitlines() if x.startswith("MODULES"))
    return result, set(line.split()[1:])


def heavy(modules, names):
    return sorted(m for m in modules if any(m == n or m.startswith(n + ".") for n in names))


def test_chain_json_starts_without_heavy_imports(lookup_db):  # noqa: F811
    result, modules = loaded("chain", "1", "--json", "--db", str(lookup_db))
    assert json.loads(result.stdout)["db_id"] == 1
    assert heavy(modules, HEAVY) == []


def test_help_does_not_import_what_it_does_not_use():
    result, modules = loaded("--help")
    assert "claims" in result.stdout and "chain" in result.stdout
    assert (
        heavy(
            modules,
            (
                "datasette",
                "provenance.extract",
                "provenance.resolve",
                "sqlite_utils",
                "rich.table",
                "rich.tree",
            ),
        )
        == []
    )
