"""``provenance ingest`` and ``provenance extract``: getting articles in."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from . import app
from .common import DbOption, JsonOption, console, print_json

#: Show a progress bar when a run has at least this many inputs.
PROGRESS_THRESHOLD = 20


@app.command()
def ingest(
    paths: Annotated[
        list[str],
        typer.Argument(help="Article files (.txt, .jsonl, .html), directories, or - for stdin."),
    ],
    db: DbOption = None,
    rescore: Annotated[bool, typer.Option(help="Rescore the figures the new claims touch.")] = True,
) -> None:
    """Add articles and their extracted claims to the database (idempotent by content hash)."""
    from ..ingest import ingest as run_ingest
    from ..read import expand
    from ..store import Store

    out = console(stderr=True)
    expanded = list(expand(paths))
    with Store.open(db) as store:
        if len(expanded) >= PROGRESS_THRESHOLD and out.is_terminal:
            from rich.progress import Progress

            with Progress(console=out, transient=True) as progress:
                task = progress.add_task("ingesting", total=len(expanded))
                report = run_ingest(
                    store, expanded, stdin=sys.stdin.buffer,
                    on_document=lambda where, outcome: progress.advance(task), rescore=rescore,
                )  # fmt: skip
        else:
            report = run_ingest(store, expanded, stdin=sys.stdin.buffer, rescore=rescore)
    for _where, message in report.errors:
        typer.echo(f"Error: {message}", err=True)
    typer.echo(report.summary())
    if report.failed:
        raise typer.Exit(1)


@app.command()
def extract(
    path: Annotated[
        str, typer.Argument(help="An article file (.txt, .jsonl, .html) or - for stdin.")
    ],
    as_json: JsonOption = False,
) -> None:
    """Extract figures and their attribution chains from an article, without a database.

    With --json: one object in the form of docs/contracts/claims.schema.json; a .jsonl
    file of several articles gives one such object per line (JSON Lines).
    """
    import json

    from ..convert import extraction_json
    from ..errors import ProvenanceError
    from ..extract import extract as run_extract
    from ..read import read_documents

    results = list(read_documents([path], stdin=sys.stdin.buffer))
    failed = False
    for _where, item in results:
        if isinstance(item, ProvenanceError):
            typer.echo(f"Error: {item}", err=True)
            failed = True
            continue
        claims = run_extract(item)
        if not as_json:
            _print_listing(item, claims)
        elif len(results) == 1:
            print_json(extraction_json(item, claims))
        else:
            typer.echo(json.dumps(extraction_json(item, claims), ensure_ascii=False))
    if failed:
        raise typer.Exit(1)


def _print_listing(document, claims) -> None:
    from rich.table import Table

    out = console()
    out.print(f"[bold]{document.title or '(untitled)'}[/bold]")
    out.print(f"{document.publisher_name} · {document.published or 'date unknown'} · {document.id}")
    table = Table(show_lines=False, expand=False)
    for column in ("id", "figure", "category", "counts", "hedges", "chain (origin → publisher)"):
        table.add_column(column, overflow="fold")
    for claim in claims:
        fig = claim.figure
        chain = " → ".join(h.source for h in claim.chain)
        if claim.origin_unstated:
            chain = "(origin unstated) " + chain
        table.add_row(
            claim.id + (" H" if claim.headline else ""),
            fig.text,
            fig.category,
            fig.counts,
            ", ".join(claim.hedges),
            chain,
        )
    out.print(table)
    out.print(f"{len(claims)} claim(s)")
