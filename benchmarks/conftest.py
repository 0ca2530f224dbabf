"""Benchmarks share the tests' fixtures."""

from tests.conftest import *  # noqa: F401,F403
