"""The lookups library: search filters, chains, sources, documents, totals and their errors.

Expected answers are computed from the gold files at test time, never copied.
"""

from __future__ import annotations

import re

import pytest

from provenance.convert import claim_from_json, claim_to_json
from provenance.errors import InvalidOption, MissingDatabase, NotFound, ProvenanceError
from provenance.lookups import (
    add_source,
    fts_query,
    get_claim,
    list_documents,
    list_sources,
    merge_sources,
    open_lookups,
    parse_date,
    search_claims,
    show_source,
    stats,
)
from provenance.store import Store

from .lookups_data import claim_date, fill, gold, gold_claims_by_key


@pytest.fixture
def filled():
    store = Store.memory()
    fill(store)
    yield store
    store.close()


@pytest.fixture(scope="module")
def expected():
    return gold_claims_by_key()


def everything(store, **filters):
    return search_claims(store, limit=None, **filters)


def test_every_claim_round_trips_through_the_converter(filled, expected):
    found = everything(filled)
    assert {r["key"] for r in found} == set(expected)
    for record in found:
        document, claim = expected[record["key"]]
        assert record["document"] == document.id
        # The lookup's dict is the contract's claim form: the converter reads it back unchanged.
        assert claim_model_equal(record, claim)
        contract = claim_to_json(claim_from_json(record))
        assert {k: record[k] for k in contract} == contract


def claim_model_equal(record, gold_claim):
    return claim_from_json(record) == claim_from_json(gold_claim)


def test_full_text_search_matches_whole_words(filled, expected):
    found = everything(filled, query="soldiers")
    want = {k for k, (_, c) in expected.items() if re.search(r"\bsoldiers\b", c["sentence"], re.I)}
    assert {r["key"] for r in found} == want and want
    # punctuation in the query is literal, not FTS syntax
    for record in everything(filled, query="4,000"):
        assert "4,000" in record["sentence"]
    assert everything(filled, query='"unbalanced (quote') == []
    assert fts_query('a "b') == '"a" """b"'


@pytest.mark.parametrize("field", ["category", "origin", "source", "publisher"])
def test_filters_select_exactly_the_gold_claims(filled, expected, field):
    doc, claim = next(v for v in expected.values() if len(v[1]["chain"]) > 3)
    value = {
        "category": claim["figure"]["category"],
        "origin": claim["chain"][0]["source"],
        "source": claim["chain"][1]["source"],
        "publisher": claim["chain"][-1]["source"],
    }[field]

    def matches(c):
        chain = [h["source"] for h in c["chain"]]
        return {
            "category": c["figure"]["category"] == value,
            "origin": chain[0] == value,
            "source": value in chain,
            "publisher": chain[-1] == value,
        }[field]

    want = {k for k, (_, c) in expected.items() if matches(c)}
    found = everything(filled, **{field: value})
    assert {r["key"] for r in found} == want and len(want) >= 1
    # names are matched case-insensitively
    assert len(everything(filled, **{field: value.upper()})) == len(want)


def test_date_headline_and_limit_filters(filled, expected):
    found = everything(filled, since="2025-04-30", until="2025-08")
    # inclusive bounds; "2025-08" means the first of August; undated claims are left out
    want = {
        k
        for k, (d, c) in expected.items()
        if claim_date(d, c) and "2025-04-30" <= claim_date(d, c) <= "2025-08-01"
    }
    assert {r["key"] for r in found} == want and want
    assert {r["key"] for r in everything(filled, since="2025-04-30")} >= want
    headlines = everything(filled, headline=True)
    assert {r["key"] for r in headlines} == {k for k, (_, c) in expected.items() if c["headline"]}
    assert len(search_claims(filled, limit=3)) == 3
    assert [r["db_id"] for r in search_claims(filled, limit=3)] == [1, 2, 3]


def test_bad_values_are_usage_errors(filled):
    with pytest.raises(InvalidOption) as bad_date:
        search_claims(filled, since="30/04/2025")
    assert bad_date.value.exit_code == 2 and "--since" in str(bad_date.value)
    with pytest.raises(InvalidOption):
        search_claims(filled, since="2025-05-01", until="2025-04-01")
    with pytest.raises(InvalidOption, match="killed"):
        search_claims(filled, category="kiled")
    assert parse_date("2025") == "2025-01-01"
    assert parse_date("2025-04-30T10:00:00Z") == "2025-04-30"


def test_unknown_source_names_the_closest(filled):
    with pytest.raises(NotFound) as missing:
        search_claims(filled, source="Yonhap News Agncy")
    assert "Yonhap News Agency" in str(missing.value) and missing.value.exit_code == 1
    with pytest.raises(NotFound, match="National Intelligence Service"):
        search_claims(filled, origin="National Inteligence")


def test_get_claim_by_id_and_key(filled, expected):
    first = search_claims(filled, limit=1)[0]
    by_key = get_claim(filled, first["key"])
    by_id = get_claim(filled, str(first["db_id"]), with_text=True)
    assert by_key["key"] == by_id["key"] == first["key"]
    document, claim = expected[first["key"]]
    assert by_key["document"]["id"] == document.id and by_key["document"]["title"] == document.title
    assert by_id["document"]["text"] == document.text
    start, end = by_id["figure"]["span"]
    assert document.text[start:end] == claim["figure"]["text"]
    with pytest.raises(NotFound) as missing:
        get_claim(filled, first["key"] + "9")
    assert first["key"] in str(missing.value)
    with pytest.raises(NotFound, match="closest"):
        get_claim(filled, "99999")


def test_flags_and_grades_come_from_the_resolver(filled):
    assert search_claims(filled, flag="single_origin") == []
    assert all(r["grade"] is None and r["flags"] == [] for r in everything(filled))
    from provenance.resolve import resolve_all

    resolve_all(filled)
    graded = everything(filled)
    assert all(re.fullmatch(r"[A-F][1-6]", r["grade"]) for r in graded)
    assert all(0 <= r["directness"] <= 1 for r in graded)
    flagged = everything(filled, flag="single_origin")
    assert flagged and all("single_origin" in r["flags"] + r["figure_flags"] for r in flagged)
    assert len(flagged) == sum("single_origin" in r["flags"] + r["figure_flags"] for r in graded)
    with pytest.raises(InvalidOption):
        search_claims(filled, flag="no_such_flag")


def test_show_source_counts_and_dates(filled, expected):
    name = "National Intelligence Service"
    detail = show_source(filled, name.lower())
    chains = [(d, [h["source"] for h in c["chain"]]) for d, c in expected.values()]
    assert detail["name"] == name
    assert detail["originates"] == sum(chain[0] == name for _, chain in chains)
    assert detail["relays"] == sum(chain[1:-1].count(name) for _, chain in chains)
    dates = sorted(d.published for d, chain in chains if name in chain and d.published)
    assert detail["first_seen"] == dates[0]
    assert detail["last_seen"] >= dates[-1]
    listed = list_sources(filled, "intelligence")
    assert name in [s["name"] for s in listed]
    assert all("intelligence" in (s["name"] + " ".join(s["aliases"])).lower() for s in listed)
    with pytest.raises(NotFound, match=name):
        show_source(filled, "National Intelligence Servce")


def test_add_source_and_alias_lookup(filled):
    added = add_source(
        filled, "Test Monitor", "ngo", aliases=["TM", "the monitor"], reliability="c"
    )
    assert added["aliases"] == ["the monitor", "tm"] and added["reliability"] == "C"
    assert show_source(filled, "TM")["name"] == "Test Monitor"
    with pytest.raises(ProvenanceError, match="already used"):
        add_source(filled, "test monitor", "ngo")
    with pytest.raises(InvalidOption):
        add_source(filled, "Another", "blogger")
    with pytest.raises(InvalidOption):
        add_source(filled, "Another", "ngo", reliability="Z")


def test_merge_moves_hops_aliases_and_chains(filled, expected):
    keep, gone = "Yonhap News Agency", "news agencies"
    chains = {k: [h["source"] for h in c["chain"]] for k, (_, c) in expected.items()}
    touched = {k for k, chain in chains.items() if gone in chain}
    either = {k for k, chain in chains.items() if gone in chain or keep in chain}
    result = merge_sources(filled, keep, gone)
    assert result["moved"]["claims"] == len(touched) and result["moved"]["hops"] == sum(
        chain.count(gone) for chain in chains.values()
    )
    assert "news agencies" in result["source"]["aliases"]
    # the old name now finds the merged source, and its claims
    assert {r["key"] for r in everything(filled, source=gone)} == either
    for record in everything(filled, source=keep):
        assert gone not in [h["source"] for h in record["chain"]]
    text = dict(filled.conn.execute("SELECT key, chain_text FROM claims"))
    assert all(gone not in text[k].split(" → ") for k in touched)
    assert (
        filled.conn.execute("SELECT count(*) FROM sources WHERE name = ?", (gone,)).fetchone()[0]
        == 0
    )
    assert filled.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    with pytest.raises(InvalidOption):
        merge_sources(filled, keep, keep.upper())


def test_documents_and_stats(filled):
    docs = list_documents(filled)
    published = [d["published"] for d in docs if d["published"]]
    assert published == sorted(published, reverse=True)
    assert docs[-1]["published"] is None  # undated documents last
    from .lookups_data import documents

    all_docs = documents()
    assert {d["id"] for d in docs} == {d.id for d in all_docs}
    claims_per_doc = {d.id: len(gold(d)["claims"]) for d in all_docs}
    assert all(d["claims"] == claims_per_doc[d["id"]] for d in docs)
    assert len(list_documents(filled, limit=2)) == 2
    totals = stats(filled)
    assert totals["documents"] == len(all_docs) and totals["claims"] == sum(claims_per_doc.values())
    assert sum(totals["categories"].values()) == totals["claims"]


def test_open_never_creates_a_database(tmp_path):
    path = tmp_path / "none.db"
    with pytest.raises(MissingDatabase, match="provenance ingest"):
        open_lookups(path)
    assert not path.exists()
    # an empty file is migrated on first open, then looked up
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    with open_lookups(empty) as lookups:
        assert search_claims(lookups) == []
    with pytest.raises(NotFound, match="no claims yet"):
        get_claim(open_lookups(empty), "1")
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(MissingDatabase, match="not a SQLite database"):
        open_lookups(junk)
