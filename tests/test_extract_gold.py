"""extract() against the hand-made gold of the development corpus and the seed article.

Matching rule (documented here because the numbers depend on it):

* Gold claims are located in the article: the gold ``sentence`` is found in the
  text (it occurs exactly once) and the gold ``figure.text`` inside it (the n-th
  occurrence when the same text appears several times in that sentence, n counted
  over the gold claims of that sentence in order).
* A predicted claim matches a gold claim when its figure span overlaps the gold
  figure's position (hence: same sentence, same words). Each gold and each
  predicted claim is matched at most once, first come first served in text order.
* Figure precision = matched / predicted, recall = matched / gold.
* On matched pairs, the *origin* is right when the first hops name the same
  source, and the *chain* is right when the sequences of sources are equal
  (same length, same order). Sources are compared by canonical name: both names
  go through the gazetteer (so "Government of South Korea" and "South Korean
  government" are the same entry), case is ignored, and an unnamed group equals
  the same group with a nationality in front ("lawmakers" = "South Korean
  lawmakers"). Kinds, mentions and cues are NOT part of chain accuracy; kind
  agreement on matched hops is printed for information.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from provenance.extract import extract
from provenance.extract.sources import Gazetteer
from provenance.models import Document

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "corpus"
SEED = ROOT / "seeds" / "000_c92ad4b35272286d"


def _articles() -> list[Path]:
    return sorted(p.with_suffix("").with_suffix("") for p in CORPUS.glob("*.gold.json")) + [SEED]


def _load(stem: Path) -> tuple[Document, dict]:
    text = stem.with_suffix(".txt").read_text(encoding="utf-8")
    meta = json.loads(stem.with_suffix(".meta.json").read_text(encoding="utf-8"))
    gold = json.loads(Path(str(stem) + ".gold.json").read_text(encoding="utf-8"))
    doc = Document.from_text(
        text,
        title=gold["document"]["title"],
        publisher=meta.get("publisher"),
        published=meta.get("published"),
    )
    return doc, gold


def _gold_positions(text: str, gold: dict) -> list[tuple[int, int, dict]]:
    out = []
    seen: dict[tuple[str, str], int] = {}
    for claim in gold["claims"]:
        s0 = text.find(claim["sentence"])
        assert s0 >= 0, claim["sentence"]
        key = (claim["sentence"], claim["figure"]["text"])
        nth = seen.get(key, 0)
        seen[key] = nth + 1
        pos = -1
        for _ in range(nth + 1):
            pos = claim["sentence"].find(claim["figure"]["text"], pos + 1)
        out.append((s0 + pos, s0 + pos + len(claim["figure"]["text"]), claim))
    return out


def _same_source(a: str, b: str, gaz: Gazetteer) -> bool:
    a, b = gaz.canonical(a).casefold(), gaz.canonical(b).casefold()
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return long.endswith(" " + short) and short.split()[0] in {
        "lawmakers",
        "officials",
        "legislators",
        "authorities",
    }


def score() -> dict:
    """Run the extractor over every article and compare with the gold (see module docstring)."""
    gaz = Gazetteer.default()
    totals = dict(pred=0, gold=0, matched=0, origin=0, chain=0, kind=0, hops=0)
    misses = []
    for stem in _articles():
        doc, gold = _load(stem)
        predicted = extract(doc)
        golds = _gold_positions(doc.text, gold)
        totals["pred"] += len(predicted)
        totals["gold"] += len(golds)
        used: set[int] = set()
        for claim in predicted:
            a, b = claim.figure.span
            for i, (g0, g1, gclaim) in enumerate(golds):
                if i in used or not (a < g1 and g0 < b):
                    continue
                used.add(i)
                totals["matched"] += 1
                gchain = [h["source"] for h in gclaim["chain"]]
                pchain = [h.source for h in claim.chain]
                totals["origin"] += _same_source(gchain[0], pchain[0], gaz)
                same = len(gchain) == len(pchain) and all(
                    _same_source(x, y, gaz) for x, y in zip(gchain, pchain, strict=False)
                )
                totals["chain"] += same
                if not same:
                    misses.append(f"{stem.name} {gclaim['id']}: gold {gchain} / got {pchain}")
                for gh, ph in zip(gclaim["chain"], claim.chain, strict=False):
                    totals["hops"] += 1
                    totals["kind"] += gh["kind"] == ph.kind
                break
    m = max(totals["matched"], 1)
    return {
        "precision": totals["matched"] / max(totals["pred"], 1),
        "recall": totals["matched"] / max(totals["gold"], 1),
        "origin_accuracy": totals["origin"] / m,
        "chain_accuracy": totals["chain"] / m,
        "kind_agreement": totals["kind"] / max(totals["hops"], 1),
        "totals": totals,
        "misses": misses,
    }


@pytest.fixture(scope="module")
def result() -> dict:
    res = score()
    print(
        "\ngold comparison: precision={precision:.3f} recall={recall:.3f} origin={origin_accuracy:.3f} "
        "chain={chain_accuracy:.3f} kind={kind_agreement:.3f} totals={totals}".format(**res)
    )
    for line in res["misses"]:
        print("  chain miss:", line)
    return res


def test_figure_precision_and_recall(result):
    assert result["precision"] >= 0.95, result["totals"]
    assert result["recall"] >= 0.95, result["totals"]


def test_origin_accuracy(result):
    assert result["origin_accuracy"] >= 0.90


def test_chain_accuracy(result):
    assert result["chain_accuracy"] >= 0.85


# ----------------------------------------------------------------------------- the seed


@pytest.fixture(scope="module")
def seed_claims():
    doc, gold = _load(SEED)
    return doc, extract(doc)


def test_seed_has_all_ten_figures(seed_claims):
    doc, claims = seed_claims
    texts = [c.figure.text for c in claims]
    assert len(claims) == 10, texts
    values = sorted(c.figure.value or 0 for c in claims)
    assert values == sorted([600, 600, 4000, 15000, 4700, 600, 2, 15000, 14, 15000])


def test_seed_chain_nis_lawmakers_yonhap_agencies_publisher(seed_claims):
    _, claims = seed_claims
    body = [c for c in claims if not c.headline]
    first = body[0]
    assert [h.source for h in first.chain] == [
        "National Intelligence Service",
        "lawmakers",
        "Yonhap News Agency",
        "news agencies",
        "(unknown publisher)",
    ]
    agencies = first.chain[3]
    assert (agencies.kind, agencies.mention, agencies.cue) == (
        "news_agency",
        "agencies",
        "with agencies inputs",
    )
    for claim in claims:
        assert claim.chain[-1].source == "(unknown publisher)"
        assert claim.chain[-1].cue == "published"


def test_seed_headline_seoul_is_a_source_and_dateline_is_not(seed_claims):
    doc, claims = seed_claims
    head = claims[0]
    assert head.headline and head.figure.value == 600
    assert head.chain[0].source == "South Korean government"
    assert head.chain[0].mention == "Seoul"
    dateline = doc.text.index("Seoul:\n")
    for claim in claims:
        for hop in claim.chain:
            assert hop.span is None or hop.span[0] != dateline


def test_seed_troops_and_workers_are_distinct(seed_claims):
    _, claims = seed_claims
    fifteen = [c for c in claims if c.figure.value == 15000]
    assert len(fifteen) == 3
    assert len({c.figure.counts for c in fifteen}) >= 2
    assert all(c.figure.category == "deployed" for c in fifteen)


def test_every_span_points_into_the_text():
    for stem in _articles():
        doc, _ = _load(stem)
        for claim in extract(doc):
            assert doc.text[claim.span[0] : claim.span[1]] == claim.sentence
            a, b = claim.figure.span
            assert claim.span[0] <= a < b <= claim.span[1]
            for hop in claim.chain:
                if hop.span is not None and hop.mention:
                    assert doc.text[hop.span[0] : hop.span[1]] == hop.mention
