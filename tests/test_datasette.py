"""Browsing in Datasette: metadata, every table/view/canned query over JSON, the plugin, ``serve``.

The stores are built from the gold annotations (tests/gold_store.py), and the
expectations are computed from the gold files at test time, so the assertions
check the SQL and the rendering rather than the extractor.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import sys
import urllib.error
import urllib.request
from collections import Counter
from pathlib import Path

import pytest
import sqlite_utils
from markupsafe import Markup

from provenance import browse, datasette_plugin
from provenance.store import Store

from .gold_store import CORPUS, SEEDS, build, gold_documents
from .serving import free_port, listening_addresses, start_server, stop

# -- fixtures -----------------------------------------------------------------------------


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory) -> Path:
    """The seed article with its gold claims, resolved; served as 'seed'."""
    return build(tmp_path_factory.mktemp("browse") / "seed.db", [SEEDS])


@pytest.fixture(scope="session")
def dev_db(tmp_path_factory) -> Path:
    """The seed and the 24 development articles, resolved; served as 'dev'."""
    return build(tmp_path_factory.mktemp("browse") / "dev.db", [SEEDS, CORPUS])


@pytest.fixture(scope="session")
def seed_ds(seed_db):
    return datasette_plugin.datasette_app(seed_db)


@pytest.fixture(scope="session")
def dev_ds(dev_db):
    return datasette_plugin.datasette_app(dev_db)


def get(ds, path: str):
    """GET ``path`` from an in-process Datasette."""
    return asyncio.run(ds.client.get(path))


def get_json(ds, path: str):
    response = get(ds, path)
    assert response.status_code == 200, (path, response.status_code, response.text[:500])
    return response.json()


def objects(db: Path, sql: str, params=()) -> list[dict]:
    """Rows of a query straight from SQLite, as dicts (the reference the JSON is compared to)."""
    conn = sqlite_utils.Database(db).conn
    cursor = conn.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def gold_claims(folders) -> list[dict]:
    """Every gold claim with its document's publisher filled in as the chain's last hop."""
    return [claim for doc in gold_documents(folders) for claim in doc["claims"]]


# -- metadata -----------------------------------------------------------------------------


def test_every_table_view_and_column_of_a_migrated_database_is_described():
    with Store.memory() as store:
        assert browse.undescribed(store.db) == []
        names = set(store.db.table_names()) | set(store.db.view_names())
    meta = browse.metadata("x")["databases"]["x"]["tables"]
    for name in names - {n for n in names if n.startswith("claims_fts")}:
        assert meta[name]["description"], name


def test_metadata_points_only_at_columns_that_exist():
    with Store.memory() as store:
        db = store.db
        meta = browse.metadata("x")["databases"]["x"]["tables"]
        for name, spec in meta.items():
            columns = {c.name for c in db[name].columns}
            for facet in spec.get("facets", []):
                column = facet["array"] if isinstance(facet, dict) else facet
                assert column in columns, (name, facet)
            for key in ("label_column", "sort", "sort_desc"):
                if key in spec:
                    assert spec[key] in columns, (name, key)
            assert set(spec["columns"]) <= columns, (name, set(spec["columns"]) - columns)
        for (table, column), _ in browse.RENDERED_COLUMNS.items():
            assert column in {c.name for c in db[table].columns}, (table, column)


def test_canned_queries_declare_their_named_parameters():
    for name, query in browse.queries().items():
        assert query["title"] and query["description"], name
        for param in query["params"]:
            assert f":{param}" in query["sql"], (name, param)


def test_metadata_is_keyed_by_database_name_and_has_title():
    meta = browse.metadata("news")
    assert meta["title"] == browse.TITLE
    assert set(meta["databases"]) == {"news"}
    assert set(meta["databases"]["news"]["queries"]) == set(browse.QUERIES)


# -- every table and view as JSON ---------------------------------------------------------


def _all_tables(db: Path) -> list[str]:
    database = sqlite_utils.Database(db)
    return [
        n for n in database.table_names() + database.view_names() if not n.startswith("claims_fts")
    ]


@pytest.mark.parametrize("which", ["seed", "dev"])
def test_every_table_and_view_serves_its_rows_as_json(which, request):
    db = request.getfixturevalue(f"{which}_db")
    ds = request.getfixturevalue(f"{which}_ds")
    tables = _all_tables(db)
    assert {"documents", "sources", "claims", "hops", browse.CLAIM_VIEW, browse.FIGURE_VIEW} <= set(
        tables
    )
    for table in tables:
        data = get_json(ds, f"/{which}/{table}.json?_shape=objects&_size=max")
        expected = objects(db, f"select count(*) as n from [{table}]")[0]["n"]
        assert data["filtered_table_rows_count"] == expected, table
        assert len(data["rows"]) == min(expected, 1000), table
        if table in ("claims", "documents", "sources", "hops"):
            assert expected > 0, table
        # The description from the generated metadata reaches the page.
        if not table.startswith("_"):
            page = get(ds, f"/{which}/{table}")
            assert page.status_code == 200
            assert (
                str(
                    Markup.escape(
                        browse.metadata(which)["databases"][which]["tables"][table]["description"]
                    )
                )
                in page.text
            )


def test_claims_table_rows_match_the_store_and_foreign_keys_show_names(dev_db, dev_ds):
    data = get_json(dev_ds, "/dev/claims.json?_shape=objects&_labels=on&_size=5")
    direct = objects(
        dev_db,
        "select c.id, s.name as origin, d.title from claims c "
        "join sources s on s.id = c.origin_source_id join documents d on d.id = c.document_id "
        "order by c.id limit 5",
    )
    for row, ref in zip(data["rows"], direct, strict=True):
        assert row["id"] == ref["id"]
        assert row["origin_source_id"] == {
            "value": row["origin_source_id"]["value"],
            "label": ref["origin"],
        }
        assert row["document_id"]["label"] == ref["title"]


def test_facets_on_claims_count_categories_and_hedges(dev_ds):
    data = get_json(dev_ds, "/dev/claims.json?_size=0&_facet=category&_facet_array=hedges")
    facets = data["facet_results"]
    gold = gold_claims([SEEDS, CORPUS])
    categories = {r["value"]: r["count"] for r in facets["category"]["results"]}
    assert categories == dict(Counter(c["figure"]["category"] for c in gold))
    hedges = {r["value"]: r["count"] for r in facets["hedges"]["results"]}
    expected = Counter(h for c in gold for h in set(c["hedges"]))
    assert hedges == dict(expected.most_common(len(hedges)))


def test_full_text_search_on_claims_finds_sentences(dev_ds):
    data = get_json(dev_ds, "/dev/claims.json?_search=intelligence&_shape=objects&_size=max")
    assert data["rows"]
    assert all("intelligence" in row["sentence"].lower() for row in data["rows"])
    gold = {
        c["sentence"]
        for c in gold_claims([SEEDS, CORPUS])
        if "intelligence" in c["sentence"].lower()
    }
    assert {row["sentence"] for row in data["rows"]} == gold


def test_claim_view_has_one_row_per_claim_with_the_chain_flattened(dev_db, dev_ds):
    data = get_json(dev_ds, f"/dev/{browse.CLAIM_VIEW}.json?_shape=objects&_size=max")
    gold = gold_claims([SEEDS, CORPUS])
    assert len(data["rows"]) == len(gold)
    by_sentence_and_figure = Counter(
        (c["sentence"], c["figure"]["text"], " → ".join(h["source"] for h in c["chain"]))
        for c in gold
    )
    seen = Counter((r["sentence"], r["figure"], r["chain"]) for r in data["rows"])
    assert seen == by_sentence_and_figure
    for row in data["rows"]:
        assert len(row["chain_kinds"].split(" → ")) == len(row["chain"].split(" → "))
        assert row["origin"] == row["chain"].split(" → ")[0]
        assert row["origin_kind"] == row["chain_kinds"].split(" → ")[0]
        assert isinstance(json.loads(row["hedges"]), list)
        assert isinstance(json.loads(row["flags"]), list)


def test_claim_view_search_and_facets(dev_ds):
    view = browse.CLAIM_VIEW
    data = get_json(dev_ds, f"/dev/{view}.json?_search=Yonhap&_shape=objects&_size=max")
    assert data["rows"] and all("Yonhap" in r["sentence"] for r in data["rows"])
    data = get_json(dev_ds, f"/dev/{view}.json?_size=0")
    assert {"category", "origin_kind", "grade", "flags", "publisher"} <= set(data["facet_results"])
    flags = {r["value"]: r["count"] for r in data["facet_results"]["flags"]["results"]}
    rows = get_json(dev_ds, f"/dev/{view}.json?_shape=array&_size=max")
    expected_flags = Counter(f for r in rows for f in set(json.loads(r["flags"])))
    assert flags and len(flags) == min(len(expected_flags), 30)
    assert all(expected_flags[name] == count for name, count in flags.items())
    kinds = {r["value"]: r["count"] for r in data["facet_results"]["origin_kind"]["results"]}
    gold = gold_claims([SEEDS, CORPUS])
    assert kinds == dict(Counter(c["chain"][0]["kind"] for c in gold).most_common(len(kinds)))


# -- canned queries -----------------------------------------------------------------------


def test_claim_chain_query_returns_each_seed_chain_in_order(seed_db, seed_ds):
    gold = gold_claims([SEEDS])
    keys = [r["key"] for r in objects(seed_db, "select key from claims order by id")]
    assert len(keys) == len(gold)
    for key, claim in zip(keys, gold, strict=True):
        rows = get_json(seed_ds, f"/seed/claim_chain.json?claim={key}&_shape=array")
        assert [r["source"] for r in rows] == [h["source"] for h in claim["chain"]]
        assert [r["kind"] for r in rows] == [h["kind"] for h in claim["chain"]]
        assert rows[0]["role"] == "origin" and rows[-1]["role"] == "publisher"
        assert all(r["role"] == "relay" for r in rows[1:-1])
    # The row id works as well as the key.
    first = objects(seed_db, "select id from claims order by id limit 1")[0]["id"]
    by_id = get_json(seed_ds, f"/seed/claim_chain.json?claim={first}&_shape=array")
    assert [r["source"] for r in by_id] == [h["source"] for h in gold[0]["chain"]]
    assert get_json(seed_ds, "/seed/claim_chain.json?claim=no-such-claim&_shape=array") == []


def test_source_reach_counts_what_a_source_originates_and_relays(dev_ds):
    gold = gold_claims([SEEDS, CORPUS])
    relayed = Counter(s for c in gold for s in {h["source"] for h in c["chain"][1:-1]})
    originated = Counter(c["chain"][0]["source"] for c in gold)
    source = max(set(relayed) & set(originated), key=lambda s: relayed[s] + originated[s])
    rows = get_json(dev_ds, f"/dev/source_reach.json?source={urlquote(source)}&_shape=array")
    by_role = Counter()
    for row in rows:
        by_role[row["role"]] += row["claims"]
    assert by_role["originates"] == originated[source]
    assert by_role["relays"] == sum(
        1 for c in gold if source in {h["source"] for h in c["chain"][1:-1]}
    )
    assert all(r["origin"] == source for r in rows if r["role"] == "originates")
    assert all(r["origin"] != source for r in rows if r["role"] == "relays")


def test_revisions_list_one_origins_figures_in_date_order(dev_db, dev_ds):
    gold = gold_claims([SEEDS, CORPUS])
    origin = Counter(c["chain"][0]["source"] for c in gold).most_common(1)[0][0]
    rows = get_json(dev_ds, f"/dev/revisions.json?origin={urlquote(origin)}&category=&_shape=array")
    assert sum(r["documents"] >= 1 for r in rows) == len(rows) and rows
    for (cat, counts), group in _groups(rows, ("category", "counts")).items():
        dates = [r["date"] for r in group if r["date"]]
        assert dates == sorted(dates), (cat, counts)
    categories = {c["figure"]["category"] for c in gold if c["chain"][0]["source"] == origin}
    assert {r["category"] for r in rows} == categories
    only = next(iter(categories))
    filtered = get_json(
        dev_ds, f"/dev/revisions.json?origin={urlquote(origin)}&category={only}&_shape=array"
    )
    assert filtered and {r["category"] for r in filtered} == {only}


def test_figure_reports_list_the_whole_cluster_grouped_by_origin(dev_db, dev_ds):
    key = objects(
        dev_db,
        "select c.key from claims c join claim_assessments a on a.claim_id = c.id "
        "group by a.figure_id order by count(*) desc limit 1",
    )[0]["key"]
    rows = get_json(dev_ds, f"/dev/figure_reports.json?claim={key}&_shape=array")
    expected = objects(
        dev_db,
        "select claim_id from claim_assessments where figure_id = "
        "(select figure_id from claim_assessments a join claims c on c.id = a.claim_id where c.key = ?)",
        (key,),
    )
    assert sorted(r["claim_id"] for r in rows) == sorted(e["claim_id"] for e in expected)
    assert len({r["cluster_id"] for r in rows}) == 1 and key in {r["key"] for r in rows}
    origins = [r["origin"] for r in rows]
    runs = [o for i, o in enumerate(origins) if i == 0 or origins[i - 1] != o]
    assert len(runs) == len(set(runs)) > 1  # each origin's reports sit together


def test_single_origin_figures_that_look_corroborated(dev_db, dev_ds):
    rows = get_json(dev_ds, "/dev/single_origin_corroborated.json?min_documents=2&_shape=array")
    assert rows
    for row in rows:
        assert row["echoed_in_documents"] >= 2
        agreeing = objects(
            dev_db,
            "select count(*) as n from origin_groups where figure_id = ? and agrees = 1",
            (row["cluster_id"],),
        )[0]["n"]
        assert agreeing == 1
    fewer = get_json(dev_ds, "/dev/single_origin_corroborated.json?min_documents=5&_shape=array")
    assert len(fewer) <= len(rows) and all(r["echoed_in_documents"] >= 5 for r in fewer)
    assert (
        get_json(dev_ds, "/dev/single_origin_corroborated.json?min_documents=100000&_shape=array")
        == []
    )
    default = get_json(dev_ds, "/dev/single_origin_corroborated.json?min_documents=&_shape=array")
    assert default == rows


def test_conflicts_show_each_origin_of_flagged_figures(dev_ds):
    rows = get_json(dev_ds, "/dev/conflicts.json?category=&_shape=array")
    assert rows
    conflict = {"substantive_conflict", "transmission_conflict"}
    for cluster, group in _groups(rows, ("cluster_id",)).items():
        assert conflict & set(json.loads(group[0]["flags"])), cluster
        assert all(r["origin"] for r in group)
        if "substantive_conflict" in group[0]["flags"]:
            assert len(group) >= 2, cluster  # disagreeing independent origins: at least two voices
    category = rows[0]["label"].split(":")[0]
    only = get_json(dev_ds, f"/dev/conflicts.json?category={category}&_shape=array")
    assert only and all(r["label"].startswith(category + ":") for r in only)


def test_headline_drift_sets_the_seed_headline_beside_its_body(seed_ds):
    rows = get_json(seed_ds, "/seed/headline_drift.json?publisher=&_shape=array")
    gold = gold_claims([SEEDS])
    headlines = {c["figure"]["text"] for c in gold if c["headline"]}
    body = {c["figure"]["text"] for c in gold if not c["headline"]}
    assert rows
    for row in rows:
        assert row["headline_figure"] in headlines
        assert row["body_figure"] in body
    unknown = get_json(seed_ds, "/seed/headline_drift.json?publisher=No+Such+Outlet&_shape=array")
    assert unknown == []


def _groups(rows, keys):
    groups: dict = {}
    for row in rows:
        groups.setdefault(tuple(row[k] for k in keys), []).append(row)
    return groups


def urlquote(text: str) -> str:
    from urllib.parse import quote_plus

    return quote_plus(text)


def test_every_canned_query_answers_on_both_stores(seed_db, dev_db, seed_ds, dev_ds):
    for name, db, ds in (("seed", seed_db, seed_ds), ("dev", dev_db, dev_ds)):
        key = objects(db, "select key from claims order by id limit 1")[0]["key"]
        origin = objects(
            db, "select s.name from claims c join sources s on s.id = c.origin_source_id limit 1"
        )[0]["name"]
        values = {
            "claim": key, "source": origin, "origin": origin, "category": "", "min_documents": "2", "publisher": "",
        }  # fmt: skip
        for query in browse.QUERIES:
            params = "&".join(f"{p}={urlquote(values[p])}" for p in browse.QUERIES[query]["params"])
            data = get_json(ds, f"/{name}/{query}.json?{params}&_shape=objects")
            assert "rows" in data, (name, query)
            page = get(ds, f"/{name}/{query}?{params}")
            assert (
                page.status_code == 200
                and str(Markup.escape(browse.QUERIES[query]["title"])) in page.text
            )


# -- the plugin, as plain functions --------------------------------------------------------


def _hook(column, table, value, **row):
    return datasette_plugin.render_cell(
        row={column: value, **row},
        value=value,
        column=column,
        table=table,
        database="db",
        datasette=None,
    )


def test_chain_renders_as_arrows_with_kinds_in_order():
    html = _hook(
        "chain", browse.CLAIM_VIEW, "NIS → lawmakers → Yonhap",
        chain_kinds="intelligence_agency → legislator → news_agency",
    )  # fmt: skip
    assert isinstance(html, Markup)
    assert html.count("provenance-arrow") == 2
    assert html.index("NIS") < html.index("lawmakers") < html.index("Yonhap")
    assert "(intelligence_agency)" in html and "(news_agency)" in html
    assert 'class="provenance-hop provenance-origin"' in html
    assert 'class="provenance-hop provenance-publisher"' in html


def test_chain_without_matching_kinds_still_renders_and_escapes():
    html = _hook("chain_text", "claims", "<script>alert(1)</script> → Reuters")
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "provenance-kind" not in html


def test_grade_renders_as_badge_and_escapes():
    html = _hook("grade", browse.FIGURE_VIEW, "B2")
    assert "provenance-grade" in html and ">B2<" in html
    assert "<b>" not in _hook("grade", browse.FIGURE_VIEW, "<b>")


def test_sentence_highlights_the_figure_by_span_or_by_text():
    sentence = "About 600 <soldiers> died, 600 more were hurt."
    by_text = _hook("sentence", "claims", sentence, figure_text="600 more")
    assert '<mark class="provenance-figure">600 more</mark>' in by_text
    assert "&lt;soldiers&gt;" in by_text
    by_span = _hook(
        "sentence", "claims", sentence, figure_text="600",
        sentence_start=100, figure_start=127, figure_end=130,
    )  # fmt: skip
    assert by_span.index("<mark") > by_span.index("died")
    # Offsets that do not land on the figure fall back to the first occurrence.
    wrong = _hook(
        "sentence",
        "claims",
        sentence,
        figure_text="600",
        sentence_start=0,
        figure_start=0,
        figure_end=3,
    )
    assert '<mark class="provenance-figure">600</mark> &lt;soldiers' in wrong
    missing = _hook("sentence", "claims", sentence, figure_text="700")
    assert "<mark" not in missing and "&lt;soldiers&gt;" in missing


def test_flags_render_as_labels():
    html = _hook("flags", browse.FIGURE_VIEW, '["single_origin", "headline_drift"]')
    assert html.count('provenance-flag"') == 2
    assert _hook("flags", browse.FIGURE_VIEW, "not json") is None


def test_plugin_declines_every_column_it_does_not_own():
    chainish = "A → B → C"
    assert _hook("counts", "claims", chainish) is None
    assert _hook("name", "sources", chainish) is None
    assert _hook("chain", "some_other_table", chainish) is None
    assert _hook("grade", "claims", "B2") is None
    assert _hook("chain", None, chainish) is None  # canned query results: no table
    assert _hook("sentence", "documents", "600 killed", figure_text="600") is None


def test_plugin_renders_in_served_pages(seed_ds):
    page = get(seed_ds, f"/seed/{browse.CLAIM_VIEW}")
    assert page.status_code == 200
    assert "provenance-chain" in page.text and "provenance-grade" in page.text
    assert '<mark class="provenance-figure">' in page.text
    plain = get(seed_ds, "/seed/sources")
    assert "provenance-" not in plain.text.split("<table", 1)[1]


def test_plugin_is_registered_once():
    from datasette.plugins import pm

    datasette_plugin.ensure_registered()
    datasette_plugin.ensure_registered()
    names = [name for name, plugin in pm.list_name_plugin() if plugin is datasette_plugin]
    assert len(names) == 1


# -- serving: read-only, loopback, Ctrl-C ------------------------------------------------------


def test_served_database_is_immutable_and_refuses_writes(seed_db, seed_ds):
    before = hashlib.sha256(seed_db.read_bytes()).hexdigest()
    assert seed_ds.databases["seed"].is_mutable is False
    insert = asyncio.run(seed_ds.client.post("/seed/claims/-/insert", json={"row": {"key": "x"}}))
    assert insert.status_code >= 400
    sql = get(
        seed_ds,
        "/seed.json?sql=" + urlquote("insert into sources (name, kind) values ('x', 'other')"),
    )
    assert sql.status_code == 400
    assert hashlib.sha256(seed_db.read_bytes()).hexdigest() == before
    count = get_json(seed_ds, "/seed/sources.json?_size=0")["filtered_table_rows_count"]
    assert count == objects(seed_db, "select count(*) as n from sources")[0]["n"]


def test_datasette_missing_is_a_provenance_error(monkeypatch, seed_db):
    from provenance.errors import ProvenanceError

    monkeypatch.setitem(sys.modules, "datasette.app", None)
    with pytest.raises(ProvenanceError, match=r"pip install 'provenance\[datasette\]'"):
        browse.require_datasette()


def test_serve_refuses_a_missing_database(runner, tmp_path):
    from provenance.cli import app

    result = runner.invoke(app, ["serve", "--db", str(tmp_path / "nope.db")])
    assert result.exit_code != 0
    assert "no database here yet" in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "nope.db").exists()


def test_loopback_hosts():
    assert (
        browse.is_loopback("127.0.0.1")
        and browse.is_loopback("localhost")
        and browse.is_loopback("::1")
    )
    assert not browse.is_loopback("0.0.0.0")


def test_serve_binds_loopback_refuses_posts_and_stops_cleanly_on_ctrl_c(seed_db):
    port = free_port()
    proc = start_server(seed_db, port)
    try:
        assert listening_addresses(port) == {"0100007F"}  # 127.0.0.1, nothing else
        with urllib.request.urlopen(
            f"http://127.0.0.1:{port}/seed/claims.json?_shape=array", timeout=5
        ) as r:
            rows = json.load(r)
        assert len(rows) == objects(seed_db, "select count(*) as n from claims")[0]["n"]
        post = urllib.request.Request(
            f"http://127.0.0.1:{port}/seed/claims/-/insert", method="POST",
            data=json.dumps({"row": {"key": "x"}}).encode(), headers={"Content-Type": "application/json"},
        )  # fmt: skip
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(post, timeout=5)
        assert refused.value.code >= 400
    finally:
        out, err = stop(proc)
    assert proc.returncode == 0, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert "127.0.0.1" in err and "read-only" in err


def test_serve_without_datasette_says_how_to_install_it(monkeypatch, runner, seed_db):
    from provenance.cli import app

    monkeypatch.setitem(sys.modules, "datasette.app", None)
    result = runner.invoke(app, ["serve", "--db", str(seed_db)])
    assert result.exit_code == 1
    assert "pip install 'provenance[datasette]'" in result.output
    assert "Traceback" not in result.output
