"""Shared fixtures: paths to the seed and corpus, stores, a CLI runner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CORPUS = Path(__file__).resolve().parent / "data" / "corpus"
CONTRACTS = ROOT / "docs" / "contracts"


@pytest.fixture
def store():
    """A fresh in-memory store."""
    from provenance.store import Store

    s = Store.memory()
    yield s
    s.close()


@pytest.fixture
def db_path(tmp_path):
    """A path for a database file that does not exist yet."""
    return tmp_path / "test.db"


@pytest.fixture
def runner():
    """A typer CliRunner."""
    from typer.testing import CliRunner

    return CliRunner()


@pytest.fixture(scope="session")
def claims_schema():
    return json.loads((CONTRACTS / "claims.schema.json").read_text())


@pytest.fixture(scope="session")
def figure_schema():
    return json.loads((CONTRACTS / "figure.schema.json").read_text())
