"""extract() against the hand-made gold of the development corpus and the seed article.

The matching rule and the scoring live in tests/gold_scoring.py (shared with the
second development corpus, tests/test_extract_corpus2.py); read its docstring,
the numbers depend on it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.extract import extract

from .gold_scoring import figure_field_mismatches, gold_stems, load_article
from .gold_scoring import score as score_articles

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "corpus"
SEED = ROOT / "seeds" / "000_c92ad4b35272286d"


def _articles() -> list[Path]:
    return gold_stems(CORPUS) + [SEED]


_load = load_article


def score() -> dict:
    """Run the extractor over every article and compare with the gold (see tests/gold_scoring.py)."""
    return score_articles(_articles())


@pytest.fixture(scope="module")
def result() -> dict:
    res = score()
    print(
        "\ngold comparison: precision={precision:.3f} recall={recall:.3f} origin={origin_accuracy:.3f} "
        "chain={chain_accuracy:.3f} kind={kind_agreement:.3f} totals={totals}".format(**res)
    )
    for line in res["misses"]:
        print("  chain miss:", line)
    # What each matched figure is (category/unit, counts head), on both development corpora.
    for corpus in (CORPUS, CORPUS.parent / "corpus2"):
        fields = figure_field_mismatches(gold_stems(corpus))
        print(
            f"{corpus.name} figure fields: {fields['mismatches']} category/unit mismatches and "
            f"{fields['head_mismatches']} counts-head mismatches of {fields['matched']} matched"
        )
        for line in fields["lines"]:
            print("  field mismatch:", line)
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
