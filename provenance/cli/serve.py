"""``provenance serve``: browse the store in Datasette (read-only, on this machine by default)."""

from __future__ import annotations

from typing import Annotated

import typer

from . import app
from .common import DbOption


@app.command()
def serve(
    db: DbOption = None,
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8001,
    host: Annotated[
        str,
        typer.Option(
            help="Address to bind; the default accepts connections from this machine only."
        ),
    ] = "127.0.0.1",
    open_browser: Annotated[
        bool, typer.Option("--open", help="Open the database in a web browser.")
    ] = False,
    live: Annotated[
        bool,
        typer.Option(
            "--live", help="Pick up new ingests while serving (read-only, not immutable)."
        ),
    ] = False,
) -> None:
    """Browse the database in Datasette: claims with their chains, figure clusters, canned queries.

    The database is opened immutable (nothing can write to it) and served on
    127.0.0.1 unless --host says otherwise. Stop with Ctrl-C.
    """
    from .. import browse
    from ..store import default_db_path

    path = db if db is not None else default_db_path()

    def ready(url: str) -> None:
        mode = "live, read-only" if live else "read-only"
        typer.echo(f"Serving {path} ({mode}) at {url}  (Ctrl-C to stop)", err=True)
        if not browse.is_loopback(host):
            typer.echo(
                f"Warning: bound to {host}: other machines can read this database.", err=True
            )

    browse.require_datasette()  # a clear error, before the plugin module imports datasette
    from .. import datasette_plugin

    datasette_plugin.serve(
        path, host=host, port=port, open_browser=open_browser, live=live, on_ready=ready
    )
    typer.echo("Stopped.", err=True)
