"""provenance: where the numbers in the news come from."""

__version__ = "0.1.0"
