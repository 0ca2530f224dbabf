"""Options and output helpers shared by the command modules."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

# Not ..store: that imports sqlite_utils, too slow for a fast start-up.
from ..store_lookups import DB_ENV, DEFAULT_DB

DbOption = Annotated[
    Path | None,
    typer.Option(
        "--db",
        envvar=DB_ENV,
        help=f"SQLite database file [default: ./{DEFAULT_DB}, or ${DB_ENV}].",
        show_default=False,
    ),
]
JsonOption = Annotated[
    bool, typer.Option("--json", help="Print JSON for scripts instead of a table.")
]


def print_json(data: Any) -> None:
    """Write ``data`` as indented JSON (UTF-8, not ASCII-escaped) to stdout."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def console(stderr: bool = False):
    """A rich console (imported lazily: --json paths never pay for rich)."""
    from rich.console import Console

    return Console(stderr=stderr, highlight=False)
