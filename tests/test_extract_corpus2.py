"""extract() against the second development corpus (tests/data/corpus2).

Sixteen short articles in styles the first corpus lacks (wire datelines of
several forms, bylines, credit trailers, corrections and update notes, "N of M",
rates and shares, other currencies, bullet lists, election, crime, outbreak,
disaster, company and court figures). Matching and scoring are exactly those of
the development-corpus test (tests/gold_scoring.py); the thresholds are the ones
the project sets for the development corpus. Every figure miss and chain miss is
printed with its article and claim id so the failures can be worked through.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .gold_scoring import gold_stems, score

CORPUS2 = Path(__file__).resolve().parent / "data" / "corpus2"


@pytest.fixture(scope="module")
def result() -> dict:
    res = score(gold_stems(CORPUS2))
    print(
        "\ncorpus2 comparison: precision={precision:.3f} recall={recall:.3f} origin={origin_accuracy:.3f} "
        "chain={chain_accuracy:.3f} kind={kind_agreement:.3f} totals={totals}".format(**res)
    )
    for line in res["figure_misses"]:
        print("  figure miss:", line)
    for line in res["misses"]:
        print("  chain miss:", line)
    return res


def test_corpus2_is_present(result):
    assert result["totals"]["gold"] >= 150, result["totals"]


def test_figure_precision_and_recall(result):
    assert result["precision"] >= 0.95, result["totals"]
    assert result["recall"] >= 0.95, result["totals"]


def test_origin_accuracy(result):
    assert result["origin_accuracy"] >= 0.90


def test_chain_accuracy(result):
    assert result["chain_accuracy"] >= 0.85
