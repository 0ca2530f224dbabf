"""The Datasette plugin: chains as arrows with kinds, grades as badges, figures marked in sentences.

Registered through the ``datasette`` entry point in pyproject.toml (found once the
project is pip-installed); :func:`datasette_app` (behind ``provenance serve``) also
registers it by hand with :func:`ensure_registered`, so it works from a source
checkout too, and builds the instance with the generated metadata. Every hook
declines (returns ``None``) for the columns it does not own: ownership is decided
by table/view and column *names* from :mod:`provenance.browse`, never by looking at
values.
"""

from __future__ import annotations

import json
import sys
import traceback
from typing import Any

from datasette import hookimpl
from markupsafe import Markup, escape

from . import browse

PLUGIN_NAME = "provenance"

# Admiralty letters A (completely reliable) .. F (cannot be judged); the colour says
# at a glance how far to trust a figure. Digits 1..6 are shown in the badge text.
_GRADE_COLOURS = {
    "A": "#1b7f3b",
    "B": "#4c8c2b",
    "C": "#a07800",
    "D": "#c05a00",
    "E": "#b02a2a",
    "F": "#666666",
}
_ARROW = " → "
STYLESHEET_PATH = "/-/provenance.css"
# Page-level styles. Cells carry their own inline styles so that they read well
# anywhere; this sheet lays out what Datasette itself prints: the column
# descriptions (a long list on every page here) become a compact, scrollable grid.
STYLESHEET = """
dl.column-descriptions { display: grid; grid-template-columns: max-content 1fr; gap: .1em 1em;
  max-height: 8.5em; overflow-y: auto; font-size: .85em; border: 1px solid #ddd;
  padding: .4em .6em; background: #fff; }
dl.column-descriptions dt { font-weight: bold; }
dl.column-descriptions dd { margin: 0; color: #555; }
.provenance-chain { line-height: 1.6; }
.provenance-hop { white-space: nowrap; }
.provenance-origin { font-weight: bold; }
.provenance-arrow { color: #888; }
mark.provenance-figure { background: #ffe58a; padding: 0 .1em; }
"""


def _cell(row: Any, column: str) -> Any:
    """A column of a Datasette row (a sqlite3.Row or a mapping), or None when absent."""
    try:
        return row[column]
    except (IndexError, KeyError):
        return None


def render_chain(chain: str | None, kinds: str | None = None) -> Markup | None:
    """``A → B → C`` as arrows, each source labelled with its kind when ``kinds`` lines up."""
    if not chain:
        return None
    sources = chain.split(_ARROW)
    kind_list = kinds.split(_ARROW) if kinds else []
    if len(kind_list) != len(sources):
        kind_list = [None] * len(sources)
    parts = []
    for position, (source, kind) in enumerate(zip(sources, kind_list, strict=True)):
        role = (
            "origin" if position == 0 else "publisher" if position == len(sources) - 1 else "relay"
        )
        label = escape(source)
        kind_html = (
            Markup(' <small class="provenance-kind" style="color:#666">({})</small>').format(kind)
            if kind
            else Markup("")
        )
        parts.append(
            Markup('<span class="provenance-hop provenance-{}" data-kind="{}">{}{}</span>').format(
                role, kind or "", label, kind_html
            )
        )
    arrow = Markup(' <span class="provenance-arrow" aria-hidden="true">→</span> ')
    return Markup('<span class="provenance-chain">{}</span>').format(arrow.join(parts))


def render_grade(grade: str | None) -> Markup | None:
    """An Admiralty grade such as ``B2`` as a coloured badge."""
    if not grade:
        return None
    colour = _GRADE_COLOURS.get(str(grade)[:1].upper(), "#666666")
    return Markup(
        '<span class="provenance-grade" title="Admiralty grade: source reliability letter, '
        'information credibility digit" style="display:inline-block;padding:0 .45em;'
        'border-radius:.6em;font-weight:bold;color:#fff;background:{}">{}</span>'
    ).format(colour, grade)


def render_sentence(
    sentence: str | None,
    figure: str | None,
    start: int | None = None,
    end: int | None = None,
) -> Markup | None:
    """The sentence with its figure marked: by span offsets when known, else the figure's first occurrence."""
    if not sentence:
        return None
    in_range = start is not None and end is not None and 0 <= start <= end <= len(sentence)
    # Offsets that do not land on the figure's words (re-normalised text) fall back to a search.
    if not in_range or (figure and sentence[start:end] != figure):
        found = sentence.find(figure) if figure else -1
        if found < 0:
            return Markup('<span class="provenance-sentence">{}</span>').format(sentence)
        start, end = found, found + len(figure)
    return Markup(
        '<span class="provenance-sentence">{}<mark class="provenance-figure">{}</mark>{}</span>'
    ).format(sentence[:start], sentence[start:end], sentence[end:])


def render_flags(flags: str | None) -> Markup | None:
    """A JSON array of flags as small labels (the raw JSON stays in the JSON API)."""
    if not flags:
        return None
    try:
        names = json.loads(flags)
    except (TypeError, ValueError):
        return None
    if not isinstance(names, list):
        return None
    if not names:
        return Markup('<span class="provenance-flags"></span>')
    pills = Markup(" ").join(
        Markup(
            '<span class="provenance-flag" style="border:1px solid #b02a2a;color:#b02a2a;'
            'border-radius:.3em;padding:0 .3em;font-size:.85em">{}</span>'
        ).format(str(name))
        for name in names
    )
    return Markup('<span class="provenance-flags">{}</span>').format(pills)


def _relative_span(row: Any) -> tuple[int | None, int | None]:
    """The figure's span inside its sentence, from document offsets when both are stored."""
    sentence_start = _cell(row, "sentence_start")
    figure_start, figure_end = _cell(row, "figure_start"), _cell(row, "figure_end")
    if None in (sentence_start, figure_start, figure_end):
        return None, None
    return figure_start - sentence_start, figure_end - sentence_start


def render(row: Any, value: Any, column: str, table: str | None) -> Markup | None:
    """The rendering for one cell, or None to let Datasette (or another plugin) render it."""
    role = browse.RENDERED_COLUMNS.get((table, column))
    if role is None:
        return None
    if role == "chain":
        kinds_column = browse.CHAIN_KINDS_COLUMN.get(table)
        return render_chain(value, _cell(row, kinds_column) if kinds_column else None)
    if role == "grade":
        return render_grade(value)
    if role == "flags":
        return render_flags(value)
    if role == "sentence":
        figure = _cell(row, "figure_text") or _cell(row, "figure")
        return render_sentence(value, figure, *_relative_span(row))
    return None


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    """Datasette hook: render the columns :mod:`provenance.browse` marks as ours; decline the rest."""
    return render(row, value, column, table)


@hookimpl
def extra_css_urls(datasette):
    """Datasette hook: the stylesheet served by :func:`register_routes`."""
    return [datasette.urls.path(STYLESHEET_PATH)]


@hookimpl
def register_routes():
    """Datasette hook: serve :data:`STYLESHEET`."""
    from datasette import Response

    async def stylesheet():
        return Response(STYLESHEET, content_type="text/css; charset=utf-8")

    return [(r"^" + STYLESHEET_PATH.replace(".", r"\.") + "$", stylesheet)]


_DEFAULT_ERROR_HANDLER = "datasette.handle_exception"


@hookimpl
def startup(datasette):
    """Replace Datasette's default error handler with :func:`handle_exception`.

    Datasette 0.65's handler prints a rich traceback with locals for every error,
    and when rich is installed (it is a dependency here) it fails on a 404 raised
    outside an ``except`` block, turning every unknown URL into a 500. All hook
    handlers run, so ours alone is not enough: the default one is blocked.
    """
    from datasette.plugins import pm

    if not pm.is_blocked(_DEFAULT_ERROR_HANDLER):
        pm.set_blocked(_DEFAULT_ERROR_HANDLER)


@hookimpl
def handle_exception(datasette, request, exception):
    """Error pages: user errors (404, 403, 400, bad SQL) quietly; server errors logged, then a 500."""
    from datasette.utils.asgi import Base400
    from datasette.views.base import DatasetteError

    title = None
    if isinstance(exception, Base400):
        status, message = exception.status, exception.args[0] if exception.args else ""
    elif isinstance(exception, DatasetteError):
        status, message, title = exception.status, exception.message, exception.title
        if exception.message_is_html:
            message = Markup(message)
    else:
        status, message = 500, str(exception)
        traceback.print_exception(exception)
    return _error_response(datasette, request, status, message, title)


def _error_response(datasette, request, status: int, message, title):
    from datasette import Response

    info = {"ok": False, "error": message, "status": status, "title": title}
    headers = {}
    if datasette.cors:
        from datasette.utils import add_cors_headers

        add_cors_headers(headers)

    async def inner():
        if request.path.split("?")[0].endswith(".json"):
            return Response.json(info, status=status, headers=headers)
        template = datasette.jinja_env.select_template([f"{status}.html", "error.html"])
        html = await template.render_async(
            dict(
                info,
                urls=datasette.urls,
                app_css_hash=datasette.app_css_hash(),
                menu_links=lambda: [],
            )
        )
        return Response.html(html, status=status, headers=headers)

    return inner


def ensure_registered() -> None:
    """Register this module with Datasette's plugin manager unless the entry point already did."""
    from datasette.plugins import pm

    module = sys.modules[__name__]
    if pm.is_registered(module) or pm.get_plugin(PLUGIN_NAME) is not None:
        return
    pm.register(module, name=PLUGIN_NAME)


# -- serving ------------------------------------------------------------------------------


def datasette_app(path, *, live: bool = False):
    """A Datasette instance over the store at ``path`` with the generated metadata and the plugin.

    Immutable by default: SQLite opens the file with ``immutable=1``, so nothing can
    write to it through Datasette. ``live=True`` opens it read-only (``mode=ro``)
    instead, which picks up ingests made while serving.
    """
    Datasette = browse.require_datasette()
    ensure_registered()
    name = browse.prepare(path)
    files = {"files": [str(path)]} if live else {"immutables": [str(path)]}
    return Datasette(metadata=browse.metadata(name), settings=browse.settings(), **files)


def serve(
    path,
    *,
    host: str = browse.DEFAULT_HOST,
    port: int = browse.DEFAULT_PORT,
    open_browser: bool = False,
    live: bool = False,
    on_ready=None,
) -> None:
    """Serve the store at ``path`` until interrupted; Ctrl-C (SIGINT) or SIGTERM stop it cleanly.

    ``on_ready(url)`` is called once the instance is built, before the server starts.
    """
    import asyncio

    import uvicorn

    ds = datasette_app(path, live=live)
    asyncio.run(ds.invoke_startup())
    name = next(iter(ds.databases.keys() - {"_internal", "_memory"}))
    url = f"http://{'[' + host + ']' if ':' in host else host}:{port}/{name}"
    if on_ready is not None:
        on_ready(url)
    if open_browser:
        import webbrowser

        webbrowser.open(url)
    try:
        # uvicorn handles SIGINT/SIGTERM itself: it finishes in-flight requests, then
        # re-raises the signal, which arrives here as KeyboardInterrupt.
        uvicorn.run(ds.app(), host=host, port=port, log_level="warning", lifespan="on", workers=1)
    except KeyboardInterrupt:
        pass
