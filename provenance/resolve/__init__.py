"""The resolver: how direct and how independently corroborated each figure is.

Pure logic lives in the submodules (``clusters``, ``intervals``,
``independence``, ``scores``, ``flags``, ``explain``, ``engine``); the
functions here connect it to the store: :func:`resolve_all`,
:func:`resolve_incremental` (called by ``ingest``) and :func:`figure_view` (the
``provenance figure --json`` object).
"""

from __future__ import annotations

from .engine import Resolution, assess
from .parties import load_parties
from .records import Report, report_from_claim
from .service import figure_view, link_claims, resolve_all, resolve_incremental, unlink_claims

__all__ = [
    "Report", "Resolution", "assess", "figure_view", "link_claims", "load_parties",
    "report_from_claim", "resolve_all", "resolve_incremental", "unlink_claims",
]  # fmt: skip
