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


# The claim filters, shared by ``provenance claims`` and ``provenance export`` (one meaning:
# :class:`provenance.lookups.ClaimFilter`).
QueryArgument = Annotated[
    str | None,
    typer.Argument(help="Words that must all appear in the claim's sentence.", show_default=False),
]
CategoryOption = Annotated[
    str | None,
    typer.Option("--category", help="Only this category (killed, injured, deployed, ...)."),
]
SourceOption = Annotated[
    str | None, typer.Option("--source", help="A source anywhere in the chain (name or alias).")
]
OriginOption = Annotated[
    str | None, typer.Option("--origin", help="The chain's origin (name or alias).")
]
PublisherOption = Annotated[
    str | None, typer.Option("--publisher", help="The publishing outlet (name or alias).")
]
SinceOption = Annotated[
    str | None,
    typer.Option(
        "--since", help="On or after this ISO date (the figure's date, else the article's)."
    ),
]
UntilOption = Annotated[
    str | None,
    typer.Option(
        "--until", help="On or before this ISO date (the figure's date, else the article's)."
    ),
]
HeadlineOption = Annotated[
    bool, typer.Option("--headline", help="Only figures in headlines and sub-headings.")
]
FlagOption = Annotated[
    str | None,
    typer.Option("--flag", help="Only claims flagged so, or whose figure is (e.g. single_origin)."),
]
