"""Round 3 of attribution rules: long organisation names, named bodies in apposition.

Every sentence here is written for these tests (not taken from a corpus).
"""

from __future__ import annotations

import hashlib

import pytest

from provenance.extract import extract
from provenance.extract.sources import Gazetteer, find_mentions
from provenance.models import Document

GAZ = Gazetteer.default()


def _named(sentence: str) -> list[str]:
    return [m.source for m in find_mentions(sentence, GAZ) if m.type == "named"]


def _chains(body: str) -> dict[str, list[str]]:
    text = "A headline for the test\n\n" + body
    doc = Document(
        id="sha256:" + hashlib.sha256(text.encode()).hexdigest(),
        text=text,
        title="A headline for the test",
        publisher="Test Gazette",
    )
    return {c.figure.text: [h.source for h in c.chain] for c in extract(doc)}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "The Federal Association of Dock Workers and Port Engineers said 4,000 members would strike.",
            "Federal Association of Dock Workers and Port Engineers",
        ),
        (
            "By noon the Regional Delegation in the Northern Province said 31 people had died.",
            "Regional Delegation in the Northern Province",
        ),
        (
            "The Harbour Authority of Port Vell said 12 ships were stuck.",
            "Harbour Authority of Port Vell",
        ),
    ],
)
def test_organisation_names_run_through_of_and_in_the(sentence, name):
    assert name in _named(sentence)


@pytest.mark.parametrize(
    ("sentence", "name", "other"),
    [
        # "and" before a title starts a second source.
        (
            "The Harbour Authority of Port Vell and Interior Minister Jana Novak said 12 ships were stuck.",
            "Harbour Authority of Port Vell",
            "Jana Novak",
        ),
        # "and" outside an "of" phrase joins two bodies.
        (
            "The Coastal Freight Association and Dockers Union said 300 jobs would go.",
            "Coastal Freight Association",
            None,
        ),
    ],
)
def test_organisation_names_stop_at_a_second_source(sentence, name, other):
    mentions = find_mentions(sentence, GAZ)
    names = [m.source for m in mentions]
    assert name in names
    assert not any(n and n.startswith(name + " and") for n in names)
    if other:
        assert other in names


def test_named_body_in_apposition_to_a_generic_subject_is_the_speaker():
    chains = _chains(
        "The union, the Federal Association of Rail Workers, says 4,000 members will strike."
    )
    assert chains["4,000"] == ["Federal Association of Rail Workers", "Test Gazette"]


def test_relative_clause_appositive_keeps_the_subject():
    chains = _chains(
        "The Harbour Authority of Port Vell said on Monday it had cleared 14 berths.\n\n"
        "The authority, which reports to the Ministry of Transport, said 12 ships were still stuck."
    )
    assert chains["12"][0] == "Harbour Authority of Port Vell"
