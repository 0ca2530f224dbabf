"""``provenance resolve`` and ``provenance figure``: scores for the figures in the database."""

from __future__ import annotations

from typing import Annotated

import typer
from typer.core import TyperGroup

from . import app
from .common import DbOption, JsonOption, console, print_json

AsOfOption = Annotated[
    str | None, typer.Option("--as-of", help="Answer as known on this date (YYYY-MM-DD).")
]


class FigureGroup(TyperGroup):
    """``figure`` is both a lookup (``figure CLAIM``) and a group (``figure link A B``).

    click would read a group-level CLAIM argument greedily (``link`` would become
    the claim), so instead anything that is not a subcommand name is routed to
    the ``show`` subcommand: ``figure 12 --json`` runs ``figure show 12 --json``.
    """

    def parse_args(self, ctx, args):
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h"):
            args = ["show", *args]
        return super().parse_args(ctx, args)


figure_app = typer.Typer(
    cls=FigureGroup,
    name="figure",
    help="Show the resolved figure a claim belongs to (figure CLAIM); link or unlink claims.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(figure_app, name="figure")


@app.command()
def resolve(db: DbOption = None, as_of: AsOfOption = None) -> None:
    """Rescore every figure in the database (clusters, origins, corroboration, grades, flags)."""
    from ..resolve import resolve_all
    from ..store import Store

    with Store.open(db, must_exist=True) as store:
        resolution = resolve_all(store, as_of=as_of)
    flagged = sum(1 for f in resolution.figures.values() if set(f.flags) - {"single_origin"})
    typer.echo(
        f"{len(resolution.claims)} claim(s) in {len(resolution.figures)} figure cluster(s) rescored; "
        f"{flagged} with flags beyond single_origin"
    )


@figure_app.command("show")
def figure(
    claim: Annotated[str, typer.Argument(help="A claim id or key.")],
    db: DbOption = None,
    as_json: JsonOption = False,
    as_of: AsOfOption = None,
) -> None:
    """Show the figure cluster of CLAIM: origins, estimate, corroboration, grade, flags and why."""
    from ..resolve import figure_view
    from ..store import Store

    with Store.open(db, must_exist=True) as store:
        view = figure_view(store, claim, as_of=as_of)
    if as_json:
        print_json(view)
    else:
        _print_view(view)


@figure_app.command("link")
def link(
    claim: Annotated[str, typer.Argument(help="A claim id or key.")],
    other: Annotated[str, typer.Argument(help="Another claim id or key.")],
    db: DbOption = None,
) -> None:
    """Put two claims in the same figure cluster (kept across re-ingests and rescoring)."""
    from ..resolve import link_claims
    from ..store import Store

    with Store.open(db, must_exist=True) as store:
        link_claims(store, claim, other)
    typer.echo(f"linked {claim} and {other}")


@figure_app.command("unlink")
def unlink(
    claim: Annotated[str, typer.Argument(help="A claim id or key.")],
    other: Annotated[str, typer.Argument(help="Another claim id or key.")],
    db: DbOption = None,
) -> None:
    """Take OTHER out of CLAIM's figure cluster (kept across re-ingests and rescoring)."""
    from ..resolve import unlink_claims
    from ..store import Store

    with Store.open(db, must_exist=True) as store:
        unlink_claims(store, claim, other)
    typer.echo(f"unlinked {other} from {claim}")


def _number(value) -> str:
    from ..resolve.explain import number

    return "-" if value is None else number(value)


def _print_view(view: dict) -> None:
    from rich.table import Table

    out = console()
    cluster, estimate = view["cluster"], view["estimate"]
    out.print(
        f"[bold]{cluster['category']}: {cluster['counts']}[/bold]  (cluster {cluster['id']}, as of {cluster['as_of'] or 'unknown'})"
    )
    out.print(
        f"estimate low {_number(estimate['low'])} · best {_number(estimate['best'])} · high {_number(estimate['high'])}   "
        f"independent origins {view['independent_origins']} · corroboration {view['corroboration']:.2f} · "
        f"grade [bold]{view['grade']}[/bold]"
    )
    out.print("flags: " + (", ".join(view["flags"]) or "none"))
    claims = {c["id"]: c for c in view["claims"]}
    table = Table(title="reports grouped by origin", expand=False)
    for column in ("origin", "claim", "figure", "as of", "directness", "relays", "chain", "flags"):
        table.add_column(column, overflow="fold")
    for group in view["origin_groups"]:
        label = f"{group['origin']} ({group['kind']})"
        if group["interested"]:
            label += " · interested"
        if group["stale"]:
            label += " · stale"
        elif group["agrees"] is False:
            label += " · disagrees"
        for i, claim_id in enumerate(group["claims"]):
            c = claims[claim_id]
            table.add_row(
                label if i == 0 else "",
                f"{claim_id}{' H' if c['headline'] else ''}{' *' if c['current'] else ''}",
                c["figure"],
                c["effective_as_of"] or "-",
                f"{c['directness']:.2f}",
                str(c["hops"]),
                " → ".join(c["chain"]),
                ", ".join(c["flags"]),
            )
        table.add_section()
    out.print(table)
    out.print("(H headline, * the origin's current figure)")
    out.print(view["explanation"])
