"""Models and the converter: validation, named constructors and the JSON round trip."""

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.convert import claim_from_json, claim_to_json, extraction_json
from provenance.errors import InvalidInput
from provenance.models import Claim, Document, Figure, Hop, content_id

from .conftest import CORPUS, SEEDS


def gold_files():
    return sorted(SEEDS.glob("*.gold.json")) + sorted(CORPUS.glob("*.gold.json"))


def test_document_id_is_sha256_of_text():
    doc = Document.from_text("Héllo")
    assert doc.id == content_id("Héllo")
    assert doc.id.startswith("sha256:") and len(doc.id) == 71
    assert doc.publisher_name == "(unknown publisher)"


def test_models_are_frozen_and_validated():
    fig = Figure(value=1.0, qualifier="exact", category="killed", counts="soldiers")
    with pytest.raises(AttributeError):
        fig.value = 2.0
    with pytest.raises(ValueError):
        Figure(value=1.0, qualifier="roughly", category="killed", counts="x")
    with pytest.raises(ValueError):
        Hop(source="X", kind="blogger")
    with pytest.raises(ValueError):
        Claim(id="c1", sentence="s", figure=fig, chain=())
    with pytest.raises(ValueError):
        Figure(value=1.0, qualifier="exact", category="other", counts="x", span=(5, 2))


def test_claim_relays_and_origin():
    hops = [Hop(source=n, kind="other") for n in ("A", "B", "C", "P")]
    claim = Claim(
        id="c1", sentence="s", chain=hops,
        figure=Figure(value=1, qualifier="exact", category="other", counts="x"),
    )  # fmt: skip
    assert claim.origin.source == "A"
    assert claim.relays == 2


@pytest.mark.parametrize("path", gold_files(), ids=lambda p: p.name)
def test_gold_claims_round_trip_through_the_converter(path, claims_schema):
    import jsonschema

    data = json.loads(path.read_text())
    doc = Document.from_text("x", title=data["document"]["title"])
    claims = [claim_from_json(c) for c in data["claims"]]
    for original, claim in zip(data["claims"], claims, strict=True):
        back = claim_to_json(claim)
        assert claim_from_json(back) == claim
        assert back["figure"]["value"] == original["figure"]["value"]
        assert [h["source"] for h in back["chain"]] == [h["source"] for h in original["chain"]]
    jsonschema.validate(extraction_json(doc, claims), claims_schema)


def test_converter_errors_name_the_path():
    with pytest.raises(InvalidInput) as info:
        claim_from_json({"id": "c1", "sentence": "s", "figure": {"value": 1}, "chain": []})
    assert "claim" in str(info.value)


@given(st.text(max_size=200), st.sampled_from(["exact", "range", "vague"]), st.integers(0, 10**9))
def test_round_trip_property(sentence, qualifier, value):
    fig = Figure(
        value=float(value), qualifier=qualifier, category="other", counts="things", span=(0, 1)
    )
    claim = Claim(id="c1", sentence=sentence, figure=fig, chain=[Hop(source="P", kind="outlet", span=(0, 0))],
                  hedges=("believed",))  # fmt: skip
    assert claim_from_json(json.loads(json.dumps(claim_to_json(claim)))) == claim
