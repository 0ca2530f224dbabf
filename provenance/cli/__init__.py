"""The command line: a thin typer layer over the library.

``app`` is the one typer application; each command group lives in its own
module and registers itself on it. Errors are translated in one place:
:class:`ProvenanceGroup` turns every :class:`ProvenanceError` into
``Error: <message>`` on stderr and a non-zero exit.
"""

from __future__ import annotations

from typing import Annotated

import typer
from typer.core import TyperGroup

from ..errors import ProvenanceError


class ProvenanceGroup(TyperGroup):
    """The root command group; the single place where library errors become exit codes."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except ProvenanceError as exc:
            typer.echo(f"Error: {exc}", err=True)
            raise typer.Exit(exc.exit_code) from None


app = typer.Typer(
    cls=ProvenanceGroup,
    name="provenance",
    help="Track where the numbers in the news come from: figures, attribution chains, "
    "independence and corroboration.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _print_version(value: bool) -> None:
    if value:
        from .. import __version__

        typer.echo(f"provenance {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_print_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Track where the numbers in the news come from: figures, attribution chains,
    independence and corroboration."""


# Command modules register themselves on ``app`` when imported; the order here is the
# order of ``provenance --help``: getting articles in, looking up, scoring, sharing.
# isort: off
from . import ingest as _ingest  # noqa: E402,F401
from . import lookups as _lookups  # noqa: E402,F401
from . import figures as _figures  # noqa: E402,F401
from . import export as _export  # noqa: E402,F401
from . import serve as _serve  # noqa: E402,F401
# isort: on


def main() -> None:
    """Console-script entry point."""
    app()
