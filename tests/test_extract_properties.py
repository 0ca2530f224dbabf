"""Property tests: extract() never raises on any text, and its output always fits the contract."""

from __future__ import annotations

import json

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from provenance.convert import extraction_json
from provenance.extract import extract
from provenance.models import Document

from .conftest import CONTRACTS

SCHEMA = json.loads((CONTRACTS / "claims.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)

NEWSY = st.sampled_from(
    [
        "said",
        "told lawmakers",
        "according to",
        "citing",
        "Reuters",
        "(AP) —",
        "SEOUL (Reuters) -",
        "Seoul:",
        "the agency",
        "it",
        "he added",
        "1,200",
        "about 600",
        "between 3 and 4",
        "tens of thousands",
        "$5.5 billion",
        "40%",
        "on Wednesday (April 30)",
        "(With agencies inputs)",
        "-- AFP",
        "\n\n",
        "\n",
        ". ",
        ", ",
        ": ",
        "U.S.",
        "the NIS",
        "lawmakers Lee Seong-kweun and Kim Byung-kee",
        "quoted him as saying",
        "as per a report by",
    ]
)
TEXTS = st.one_of(
    st.text(max_size=400),
    st.lists(NEWSY, max_size=60).map(" ".join),
    st.text(alphabet="0123456789,. ", max_size=300),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=200).map(
        lambda s: s * 20
    ),
    st.from_regex(r"[A-Za-z ]{0,3000}", fullmatch=True),
)


def _check(text: str, title, published) -> None:
    doc = Document.from_text(text, title=title, published=published)
    claims = extract(doc)
    VALIDATOR.validate(extraction_json(doc, claims))
    for n, claim in enumerate(claims, start=1):
        assert claim.id == f"c{n}"
        assert text[claim.span[0] : claim.span[1]] == claim.sentence
        assert claim.chain[-1].cue == "published"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    TEXTS,
    st.one_of(st.none(), st.text(max_size=40)),
    st.sampled_from([None, "2025-04-30", "1999-12-31", "not a date"]),
)
def test_extract_never_raises_and_output_validates(text, title, published):
    _check(text, title, published)


def test_one_huge_line_without_punctuation():
    _check("soldiers killed officials said 600 " * 3000, None, "2025-01-01")


def test_only_digits():
    _check("9" * 5000, None, None)
