"""``provenance claims``, ``chain``, ``sources``, ``documents`` and ``stats``: looking things up.

Each command calls one function of :mod:`provenance.lookups` and formats the result:
JSON for scripts (``--json``), rich tables and trees for people. Imports stay inside
the commands so that ``provenance --help`` and ``provenance chain ID --json`` load
neither rich's renderers nor the store's write side (see tests/test_cli_chain.py).
"""

from __future__ import annotations

from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from . import app
from .common import (
    CategoryOption,
    DbOption,
    FlagOption,
    HeadlineOption,
    JsonOption,
    OriginOption,
    PublisherOption,
    QueryArgument,
    SinceOption,
    SourceOption,
    UntilOption,
    console,
    print_json,
)

#: Below this width the claims table drops to one block per claim.
NARROW = 60


def _lookups(db):
    from ..lookups import open_lookups

    return open_lookups(db)


def _dash(value: Any) -> str:
    return "–" if value in (None, "", []) else str(value)


# ---------------------------------------------------------------------------
# claims
# ---------------------------------------------------------------------------


@app.command()
def claims(
    query: QueryArgument = None,
    category: CategoryOption = None,
    source: SourceOption = None,
    origin: OriginOption = None,
    publisher: PublisherOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    headline: HeadlineOption = False,
    flag: FlagOption = None,
    limit: Annotated[int, typer.Option(min=0, help="At most this many claims (0: all).")] = 100,
    chains: Annotated[
        bool, typer.Option("--chains", help="Add the chain, origin → publisher.")
    ] = False,
    ids: Annotated[bool, typer.Option("--ids", help="Print only claim ids, one per line.")] = False,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Find claims: full-text search over claim sentences, narrowed by filters."""
    from ..lookups import search_claims

    with _lookups(db) as lk:
        found = search_claims(
            lk, query, category=category, source=source, origin=origin, publisher=publisher,
            since=since, until=until, headline=headline, flag=flag,
            limit=limit + 1 if limit else None,
        )  # fmt: skip
    more = bool(limit) and len(found) > limit
    found = found[:limit] if limit else found
    if as_json:
        print_json(found)
    elif ids:
        for record in found:
            typer.echo(record["db_id"])
    else:
        _print_claims(found, chains)
    if more and not (as_json or ids):
        typer.echo(f"(showing the first {limit}; use --limit to see more)", err=True)


def _figure_cell(record: dict[str, Any]) -> str:
    figure = record["figure"]
    return f"{figure['text'] or _dash(figure['value'])} {figure['counts']}".strip()


def _origin_cell(record: dict[str, Any]) -> str:
    origin = record["chain"][0]["source"]
    return f"{origin} (nearest; origin unstated)" if record["origin_unstated"] else origin


def _chain_cell(record: dict[str, Any]) -> str:
    return " → ".join(hop["source"] for hop in record["chain"])


def _print_claims(found: list[dict[str, Any]], chains: bool) -> None:
    out = console()
    if not found:
        out.print("No claims match.")
        return
    if out.width < NARROW:
        for record in found:
            out.print(f"[bold]{record['db_id']}[/bold] {_figure_cell(record)}", overflow="fold")
            out.print(
                f"  {record['figure']['category']} · grade {_dash(record['grade'])} · "
                f"{record['relays']} relay(s)",
                overflow="fold",
            )
            out.print(
                f"  {_chain_cell(record) if chains else _origin_cell(record)}", overflow="fold"
            )
        return
    from rich.table import Table

    table = Table(box=None if out.width < 100 else None, header_style="bold", pad_edge=False)
    table.add_column("id", justify="right", no_wrap=True)
    table.add_column("figure", overflow="fold", ratio=3)
    table.add_column("category", overflow="fold")
    table.add_column("origin", overflow="fold", ratio=2)
    table.add_column("relays", justify="right")
    table.add_column("grade")
    if chains:
        table.add_column("chain (origin → publisher)", overflow="fold", ratio=4)
    for record in found:
        row = [
            str(record["db_id"]) + (" H" if record["headline"] else ""),
            _figure_cell(record),
            record["figure"]["category"],
            _origin_cell(record),
            str(record["relays"]),
            _dash(record["grade"]),
        ]
        if chains:
            row.append(_chain_cell(record))
        table.add_row(*row)
    out.print(table)
    out.print(f"{len(found)} claim(s); H = headline")


# ---------------------------------------------------------------------------
# chain
# ---------------------------------------------------------------------------


@app.command()
def chain(
    claim_id: Annotated[
        str, typer.Argument(help="A claim's id (e.g. 12) or key (e.g. c92ad4b35272-c2).")
    ],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show one claim's attribution chain, origin to publisher, with the words each hop was found in."""
    from ..lookups import get_claim

    with _lookups(db) as lk:
        record = get_claim(lk, claim_id, with_text=not as_json)
    if as_json:
        print_json(record)
    else:
        _print_chain(record)


def _words(hop: dict[str, Any], text: str) -> str:
    span = hop.get("span")
    if span:
        return f'"{text[span[0] : span[1]]}" at {span[0]}–{span[1]}'
    if hop.get("mention"):
        return f'"{hop["mention"]}" (no span)'
    return ""


def _print_chain(record: dict[str, Any]) -> None:
    from rich.text import Text
    from rich.tree import Tree

    out = console()
    document = record["document"]
    text = document.get("text") or ""
    figure = record["figure"]
    title = Text()
    title.append(figure["text"] or _dash(figure["value"]), style="bold")
    title.append(
        f" {figure['counts']} ({figure['category']}) · claim {record['db_id']} · {record['key']}"
    )
    tree = Tree(title, guide_style="dim")
    node = tree
    last = len(record["chain"]) - 1
    for position, hop in enumerate(record["chain"]):
        if position == 0:
            role = "origin (unstated: nearest source)" if record["origin_unstated"] else "origin"
        else:
            role = "publisher" if position == last else f"relay {position}"
        label = Text()
        label.append(hop["source"], style="bold")
        label.append(f" · {hop['kind']} · {role}")
        details = [f"cue: {hop['cue']}" if hop.get("cue") else "cue: –"]
        if _words(hop, text):
            details.append("found in: " + _words(hop, text))
        if hop.get("members"):
            details.append("members: " + ", ".join(hop["members"]))
        label.append("\n" + "\n".join(details), style="dim")
        node = node.add(label)
    out.print(tree)
    out.print(Text("Sentence: ", style="bold") + _highlighted(record, plain=not out.is_terminal))
    out.print(f"Hedges: {', '.join(record['hedges']) or 'none'}")
    if record["grade"] is not None or record["directness"] is not None:
        out.print(
            f"Grade {_dash(record['grade'])} · directness {_number(record['directness'])} · "
            f"flags: {', '.join(sorted(set(record['flags']) | set(record['figure_flags']))) or 'none'}"
        )
    else:
        out.print("Not resolved yet: run 'provenance resolve' for grade, directness and flags.")
    out.print(Text("Document: ", style="bold") + Text(document["title"] or "(untitled)"))
    out.print(
        f"  {document['publisher'] or '(unknown publisher)'} · {document['published'] or 'date unknown'}"
        f" · {document['url'] or 'no url'}",
        overflow="fold",
    )
    out.print(f"  {document['id']}", overflow="fold")


def _highlighted(record: dict[str, Any], plain: bool):
    """The sentence with the figure emphasised (bracketed when the output cannot carry styles)."""
    from rich.text import Text

    sentence, figure = record["sentence"], record["figure"]
    start = None
    if figure["span"] and record["span"] and record["span"][0] <= figure["span"][0]:
        start = figure["span"][0] - record["span"][0]
        end = start + (figure["span"][1] - figure["span"][0])
    elif figure["text"] and figure["text"] in sentence:
        start = sentence.index(figure["text"])
        end = start + len(figure["text"])
    if start is None or end > len(sentence):
        return Text(sentence)
    if plain:
        return Text(f"{sentence[:start]}[{sentence[start:end]}]{sentence[end:]}")
    text = Text(sentence)
    text.stylize("bold reverse", start, end)
    return text


# ---------------------------------------------------------------------------
# sources
# ---------------------------------------------------------------------------


class DefaultListGroup(TyperGroup):
    """A group whose bare form runs its ``list`` command: ``sources nato`` is ``sources list nato``."""

    default_command = "list"

    def parse_args(self, ctx, args):
        if not args or (args[0] not in self.commands and args[0] not in ("--help", "-h")):
            args = [self.default_command, *args]
        return super().parse_args(ctx, args)


sources_app = typer.Typer(
    cls=DefaultListGroup,
    help="Sources: list and search them (the default), show one, add one, merge two.",
    no_args_is_help=False,
    rich_markup_mode=None,
)
app.add_typer(sources_app, name="sources")


@sources_app.command("list")
def sources_list(
    query: Annotated[str | None, typer.Argument(help="Part of a source's name or alias.")] = None,
    limit: Annotated[int, typer.Option(min=0, help="At most this many sources (0: all).")] = 0,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """List sources (most cited first) with how many claims each originates; 'provenance sources QUERY' for short."""
    from ..lookups import list_sources

    with _lookups(db) as lk:
        found = list_sources(lk, query, limit=limit)
    if as_json:
        print_json(found)
        return
    out = console()
    if not found:
        out.print("No sources match.")
        return
    from rich.table import Table

    table = Table(box=None, header_style="bold", pad_edge=False)
    table.add_column("name", overflow="fold", ratio=3)
    table.add_column("kind", overflow="fold")
    table.add_column("rel.")
    table.add_column("originates", justify="right")
    table.add_column("hops", justify="right")
    table.add_column("aliases", overflow="fold", ratio=3)
    for row in found:
        table.add_row(
            row["name"], row["kind"], _dash(row["reliability"]), str(row["originates"]),
            str(row["hops"]), ", ".join(row["aliases"]),
        )  # fmt: skip
    out.print(table)
    out.print(f"{len(found)} source(s)")


@sources_app.command("show")
def sources_show(
    name: Annotated[str, typer.Argument(help="A source's name or alias.")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Show one source: aliases, kind, reliability, claims it originates and relays, first and last seen."""
    from ..lookups import show_source

    with _lookups(db) as lk:
        detail = show_source(lk, name)
    if as_json:
        print_json(detail)
    else:
        _print_source(detail)


def _print_source(detail: dict[str, Any]) -> None:
    out = console()
    out.print(
        f"[bold]{detail['name']}[/bold] · {detail['kind']} · reliability {_dash(detail['reliability'])}"
    )
    out.print(f"aliases: {', '.join(detail['aliases']) or 'none'}", overflow="fold")
    out.print(
        f"originates {detail['originates']} claim(s), relays {detail['relays']}, "
        f"publishes {detail['publishes']}; in {detail['claims']} claim(s) of {detail['documents']} document(s)"
    )
    out.print(f"first seen {_dash(detail['first_seen'])}, last seen {_dash(detail['last_seen'])}")


@sources_app.command("add")
def sources_add(
    name: Annotated[str, typer.Argument(help="The canonical name.")],
    kind: Annotated[
        str,
        typer.Option(help="intelligence_agency, government, official, news_agency, outlet, ..."),
    ],
    alias: Annotated[
        list[str] | None, typer.Option(help="Another name for it (repeatable).")
    ] = None,
    reliability: Annotated[
        str | None, typer.Option(help="Admiralty reliability letter, A (reliable) to F.")
    ] = None,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Add a source with its kind, aliases and reliability."""
    from ..lookups import add_source
    from ..store import Store

    with Store.open(db, must_exist=True) as store:
        detail = add_source(store, name, kind, aliases=alias or (), reliability=reliability)
    if as_json:
        print_json(detail)
    else:
        _print_source(detail)


@sources_app.command("merge")
def sources_merge(
    keep: Annotated[str, typer.Argument(help="The source to keep (name or alias).")],
    gone: Annotated[
        str, typer.Argument(help="The source merged into it; its name becomes an alias.")
    ],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Merge source B into source A: B's aliases and hops move to A, and chains follow."""
    from ..lookups import merge_sources
    from ..store import Store

    with Store.open(db, must_exist=True) as store:
        result = merge_sources(store, keep, gone)
    if as_json:
        print_json(result)
        return
    moved = result["moved"]
    typer.echo(
        f"Merged {result['merged']!r} into {result['source']['name']!r}: {moved.get('hops', 0)} hop(s) "
        f"in {moved['claims']} claim(s) and {moved['aliases']} alias(es) moved. "
        "Run 'provenance resolve' to rescore."
    )


# ---------------------------------------------------------------------------
# documents and stats
# ---------------------------------------------------------------------------


@app.command()
def documents(
    publisher: Annotated[str | None, typer.Option(help="Only this publisher.")] = None,
    limit: Annotated[int, typer.Option(min=0, help="At most this many documents (0: all).")] = 0,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """List stored documents, newest first, with their number of claims."""
    from ..lookups import list_documents

    with _lookups(db) as lk:
        found = list_documents(lk, publisher=publisher, limit=limit)
    if as_json:
        print_json(found)
        return
    out = console()
    if not found:
        out.print("No documents.")
        return
    from rich.table import Table

    table = Table(box=None, header_style="bold", pad_edge=False)
    table.add_column("id", justify="right", no_wrap=True)
    table.add_column("published", no_wrap=True)
    table.add_column("publisher", overflow="fold", ratio=1)
    table.add_column("title", overflow="fold", ratio=3)
    table.add_column("claims", justify="right")
    table.add_column("sha256", overflow="fold", ratio=1)
    for row in found:
        table.add_row(
            str(row["db_id"]), _dash(row["published"]), _dash(row["publisher"]), _dash(row["title"]),
            str(row["claims"]), row["id"].removeprefix("sha256:")[:12],
        )  # fmt: skip
    out.print(table)
    out.print(f"{len(found)} document(s)")


@app.command()
def stats(db: DbOption = None, as_json: JsonOption = False) -> None:
    """Totals: documents, claims, sources and hops; claims per category; the most frequent origins."""
    from ..lookups import stats as store_stats

    with _lookups(db) as lk:
        totals = store_stats(lk)
    if as_json:
        print_json(totals)
        return
    out = console()
    out.print(
        f"{totals['documents']} document(s), {totals['claims']} claim(s) "
        f"({totals['headline_claims']} in headlines, {totals['origin_unstated']} with origin unstated), "
        f"{totals['sources']} source(s), {totals['hops']} hop(s)"
    )
    published = totals["published"]
    out.print(f"published {_dash(published['first'])} to {_dash(published['last'])}")
    if totals["categories"]:
        out.print(
            "by category: " + ", ".join(f"{k} {v}" for k, v in totals["categories"].items()),
            overflow="fold",
        )
    if totals["top_origins"]:
        out.print(
            "top origins: "
            + ", ".join(f"{o['source']} ({o['claims']})" for o in totals["top_origins"]),
            overflow="fold",
        )


def _number(value: Any) -> str:
    return "–" if value is None else f"{value:.2f}"
