"""``provenance export csv|prov|verify``: audit exports (a thin layer over :mod:`provenance.export`)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from . import app
from .common import (
    CategoryOption,
    DbOption,
    FlagOption,
    HeadlineOption,
    OriginOption,
    PublisherOption,
    QueryArgument,
    SinceOption,
    SourceOption,
    UntilOption,
)

export_app = typer.Typer(
    name="export",
    help="Audit exports: CSV with a verifiable manifest, and W3C PROV.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(export_app, name="export")

OutOption = Annotated[
    str,
    typer.Option("--out", "-o", help="Output file, or - for standard output.", show_default=True),
]


def _filters(**values):
    from ..export import ClaimFilter

    return ClaimFilter(**values)


@export_app.command("csv")
def export_csv(
    query: QueryArgument = None,
    out: OutOption = "-",
    what: Annotated[
        str, typer.Option("--what", help="What one row is: claims, hops, figures or sources.")
    ] = "claims",
    excel: Annotated[
        bool,
        typer.Option("--excel", help="Start the file with a UTF-8 BOM so Excel reads it as UTF-8."),
    ] = False,
    category: CategoryOption = None,
    source: SourceOption = None,
    origin: OriginOption = None,
    publisher: PublisherOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    headline: HeadlineOption = False,
    flag: FlagOption = None,
    db: DbOption = None,
) -> None:
    """Export claims, hops, figures or sources as CSV; a file gets FILE.manifest.json beside it."""
    from ..export import export_csv as run_export
    from ..store import Store

    filters = _filters(
        category=category, source=source, origin=origin, publisher=publisher, since=since,
        until=until, headline=headline, flag=flag, query=query,
    )  # fmt: skip
    with Store.open(db, must_exist=True) as store:
        result = run_export(
            store, out, what=what, filters=filters, excel=excel, stdout=sys.stdout.buffer
        )
    if result.path is not None:
        typer.echo(
            f"{result.csv.rows} row(s) -> {result.path} (manifest: {result.manifest})", err=True
        )


@export_app.command("prov")
def export_prov(
    query: QueryArgument = None,
    out: OutOption = "-",
    fmt: Annotated[
        str, typer.Option("--format", help="json (PROV-JSON) or provn (PROV-N).")
    ] = "json",
    category: CategoryOption = None,
    source: SourceOption = None,
    origin: OriginOption = None,
    publisher: PublisherOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    headline: HeadlineOption = False,
    flag: FlagOption = None,
    db: DbOption = None,
) -> None:
    """Export the attribution chains as a W3C PROV document."""
    from ..export import export_prov as run_export
    from ..store import Store

    filters = _filters(
        category=category, source=source, origin=origin, publisher=publisher, since=since,
        until=until, headline=headline, flag=flag, query=query,
    )  # fmt: skip
    with Store.open(db, must_exist=True) as store:
        path = run_export(store, out, fmt=fmt, filters=filters, stdout=sys.stdout.buffer)
    if path is not None:
        typer.echo(f"PROV ({fmt}) -> {path}", err=True)


@export_app.command("verify")
def export_verify(
    file: Annotated[
        Path, typer.Argument(help="An exported file with FILE.manifest.json beside it.")
    ],
    db: Annotated[
        Path | None,
        typer.Option(
            "--db", help="Also check that this database still has the content hash in the manifest."
        ),
    ] = None,
) -> None:
    """Check that an exported file still matches its manifest (exit 1 when it does not)."""
    from ..export import verify_export
    from ..store import Store

    if db is None:
        manifest = verify_export(file)
    else:
        with Store.open(db, must_exist=True) as store:
            manifest = verify_export(file, store)
    checked = "file and database" if db is not None else "file"
    typer.echo(
        f"OK: {file} matches its manifest ({checked}; {manifest.get('rows')} row(s), sha256 {manifest['sha256']})"
    )
