"""Reading articles: .txt (+ sidecar .meta.json), .jsonl, .html, directories and stdin -> Document.

Every problem with one input becomes an :class:`UnreadableDocument` naming the file
(and line, for .jsonl) and the reason, so a batch can report it and go on.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, BinaryIO

from .errors import ProvenanceError, UnreadableDocument
from .models import Document

#: Extensions read from directories (explicitly named files of other types are refused).
SUPPORTED_SUFFIXES = (".txt", ".jsonl", ".html", ".htm")
#: Files beside articles that are not articles themselves.
SIDECAR_SUFFIXES = (".meta.json", ".gold.json")
#: Above this a file is refused: no news article is this long, and it protects memory.
MAX_BYTES = 20 * 1024 * 1024

STDIN = "-"

# A headline run together with the stand-first ("...: Seoul Russian President Vladimir Putin
# issued a statement ..."): the headline ends at a trailing ": Attribution", where the
# attribution is one word plus any lower-case words after it ("Seoul spy agency", "officials"),
# and the stand-first starts with the next capitalised word.
_RUN_ON_HEADLINE = re.compile(
    r"^(?P<headline>.{12,}?:\s+[\w.'’-]+(?:\s+[a-z][\w'’-]*){0,3})\s+(?P<rest>[A-Z\"“‘'].*[.!?\"”’)])$"
)


# ---------------------------------------------------------------------------
# bytes -> text
# ---------------------------------------------------------------------------


def decode(data: bytes, where: str) -> str:
    """Decode UTF-8 (with or without BOM), refusing binary and other encodings with a clear reason."""
    if len(data) > MAX_BYTES:
        raise UnreadableDocument(
            where, f"too large ({len(data):,} bytes; the limit is {MAX_BYTES:,})"
        )
    if b"\x00" in data[:8192] or b"\x00" in data:
        raise UnreadableDocument(where, "binary file (contains NUL bytes), not text")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UnreadableDocument(
            where,
            f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "convert it to UTF-8 first, e.g. with iconv",
        ) from None
    return normalise(text)


def normalise(text: str) -> str:
    """Normalise line ends and outer whitespace; spans point into the result, so it is what is stored."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    return text.strip()


def split_headline(line: str) -> str:
    """Return the headline part of a first line that may run into the stand-first."""
    line = line.strip()
    words = line.split()
    if len(words) < 20:
        return line
    match = _RUN_ON_HEADLINE.match(line)
    if match and len(match.group("rest").split()) >= 8:
        return match.group("headline")
    return line


def first_line(text: str) -> str:
    """The first non-empty line of a text."""
    for line in text.split("\n"):
        if line.strip():
            return line.strip()
    return ""


# ---------------------------------------------------------------------------
# metadata
# ---------------------------------------------------------------------------


def _iso_date(value: Any, where: str) -> str | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise UnreadableDocument(
            where, f"'published' must be an ISO 8601 date string, not {value!r}"
        )
    text = value.strip()
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text).isoformat()
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        raise UnreadableDocument(where, f"'published' is not an ISO 8601 date: {value!r}") from None


def _optional_str(meta: dict[str, Any], key: str, where: str) -> str | None:
    value = meta.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise UnreadableDocument(where, f"'{key}' must be a string, not {type(value).__name__}")
    return value.strip() or None


def _clean_meta(meta: Any, where: str) -> dict[str, str | None]:
    if not isinstance(meta, dict):
        raise UnreadableDocument(where, "metadata must be a JSON object")
    return {
        "publisher": _optional_str(meta, "publisher", where),
        "published": _iso_date(meta.get("published"), where),
        "url": _optional_str(meta, "url", where),
    }


def sidecar_path(path: Path) -> Path:
    """``NAME.txt`` -> ``NAME.meta.json``."""
    return path.with_name(path.stem + ".meta.json")


def read_sidecar(path: Path) -> dict[str, str | None]:
    """Metadata from the sidecar of an article file, or nulls when there is none."""
    meta_path = sidecar_path(path)
    if not meta_path.exists():
        return {"publisher": None, "published": None, "url": None}
    try:
        meta = json.loads(decode(meta_path.read_bytes(), str(meta_path)) or "null")
    except json.JSONDecodeError as exc:
        raise UnreadableDocument(
            str(meta_path), f"malformed JSON ({exc.msg} at line {exc.lineno})"
        ) from None
    return _clean_meta(meta, str(meta_path))


# ---------------------------------------------------------------------------
# formats
# ---------------------------------------------------------------------------


def document_from_text(
    text: str, where: str, meta: dict | None = None, *, path: str | None = None
) -> Document:
    """A Document from decoded article text: the first non-empty line is the headline."""
    text = normalise(text)
    if not text:
        raise UnreadableDocument(where, "empty document (no text)")
    meta = meta or {}
    return Document.from_text(
        text,
        title=split_headline(first_line(text)),
        publisher=meta.get("publisher"),
        published=meta.get("published"),
        url=meta.get("url"),
        path=path,
    )


def read_txt(path: Path) -> Document:
    """A plain-text article with an optional sidecar ``NAME.meta.json``."""
    text = decode(path.read_bytes(), str(path))
    return document_from_text(text, str(path), read_sidecar(path), path=str(path))


def read_jsonl(path: Path) -> Iterator[Document | UnreadableDocument]:
    """One article per line (``title``, ``text``, optional ``publisher``, ``published``, ``url``).

    Bad lines are yielded as errors naming ``file:line`` so the good lines still go in.
    """
    content = decode(path.read_bytes(), str(path))
    if not content:
        raise UnreadableDocument(str(path), "empty document (no lines)")
    for number, line in enumerate(content.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield UnreadableDocument(where, f"malformed JSON ({exc.msg} at column {exc.colno})")
            continue
        try:
            yield _document_from_record(record, where, path)
        except UnreadableDocument as exc:
            yield exc


def _document_from_record(record: Any, where: str, path: Path) -> Document:
    if not isinstance(record, dict):
        raise UnreadableDocument(where, "each line must be a JSON object")
    body = record.get("text")
    if not isinstance(body, str) or not body.strip():
        raise UnreadableDocument(where, "missing or empty 'text'")
    title = record.get("title")
    if title is not None and not isinstance(title, str):
        raise UnreadableDocument(where, "'title' must be a string")
    body = normalise(body)
    title = (title or "").strip()
    # The stored text starts with the headline so that headline spans point into it.
    text = f"{title}\n\n{body}" if title and not body.startswith(title) else body
    document = document_from_text(text, where, _clean_meta(record, where), path=where)
    return document


class _ArticleHTML(HTMLParser):
    """Collects the title, readable block text and standard meta tags of an HTML page."""

    SKIP = {
        "script",
        "style",
        "noscript",
        "nav",
        "footer",
        "header",
        "aside",
        "form",
        "svg",
        "template",
    }
    BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "div", "br", "tr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.canonical: str | None = None
        self.title_parts: list[str] = []
        self.h1: str | None = None
        self.blocks: list[str] = []
        self.article_blocks: list[str] = []
        self._skip = 0
        self._in_title = False
        self._in_article = 0
        self._current: list[str] = []
        self._tag_stack: list[str] = []

    def handle_starttag(self, tag, attrs):
        attributes = {k.lower(): (v or "") for k, v in attrs}
        if tag in self.SKIP:
            self._skip += 1
        elif tag == "title":
            self._in_title = True
        elif tag == "meta":
            key = (
                attributes.get("property")
                or attributes.get("name")
                or attributes.get("itemprop")
                or ""
            ).lower()
            if key and "content" in attributes:
                self.meta.setdefault(key, attributes["content"].strip())
        elif tag == "link" and "canonical" in attributes.get("rel", "").lower().split():
            self.canonical = attributes.get("href") or None
        elif tag in ("article", "main"):
            self._in_article += 1
        if tag in self.BLOCKS:
            self._flush()
        self._tag_stack.append(tag)

    def handle_endtag(self, tag):
        if tag in self.SKIP and self._skip:
            self._skip -= 1
        elif tag == "title":
            self._in_title = False
        if tag in self.BLOCKS:
            if tag == "h1" and self.h1 is None and self._current:
                self.h1 = " ".join("".join(self._current).split())
            self._flush()
        if tag in ("article", "main") and self._in_article:
            self._flush()
            self._in_article -= 1

    def handle_data(self, data):
        if self._in_title:
            self.title_parts.append(data)
        elif not self._skip:
            self._current.append(data)

    def _flush(self):
        block = " ".join("".join(self._current).split())
        self._current = []
        if block:
            self.blocks.append(block)
            if self._in_article:
                self.article_blocks.append(block)

    def close(self):
        super().close()
        self._flush()


def read_html(path: Path) -> Document:
    """An HTML page: the title and readable main text; publisher, date and URL from standard meta tags."""
    where = str(path)
    page = _ArticleHTML()
    page.feed(decode(path.read_bytes(), where))
    page.close()
    meta = page.meta
    title = (
        meta.get("og:title") or page.h1 or " ".join("".join(page.title_parts).split()) or ""
    ).strip()
    blocks = page.article_blocks or page.blocks
    blocks = [b for b in blocks if b != title]
    if not blocks:
        raise UnreadableDocument(where, "no readable text in the HTML page")
    text = "\n\n".join(([title] if title else []) + blocks)
    published = (
        meta.get("article:published_time")
        or meta.get("datepublished")
        or meta.get("date")
        or meta.get("pubdate")
        or meta.get("dc.date")
    )
    record = {
        "publisher": meta.get("og:site_name")
        or meta.get("publisher")
        or meta.get("application-name"),
        "published": published,
        "url": page.canonical or meta.get("og:url"),
    }
    return document_from_text(text, where, _clean_meta(record, where), path=where)


def read_stream(stream: BinaryIO, where: str = "<stdin>") -> Document:
    """An article from a byte stream (stdin), read like a .txt without metadata."""
    return document_from_text(decode(stream.read(), where), where, path=None)


# ---------------------------------------------------------------------------
# paths -> documents
# ---------------------------------------------------------------------------


def expand(paths: Iterable[str | Path]) -> Iterator[str | Path]:
    """Expand directories recursively into the article files they hold (sorted, sidecars skipped)."""
    for raw in paths:
        if str(raw) == STDIN:
            yield STDIN
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                name = child.name.lower()
                if (
                    name.endswith(SIDECAR_SUFFIXES)
                    or child.suffix.lower() not in SUPPORTED_SUFFIXES
                ):
                    continue
                if any(part.startswith(".") for part in child.relative_to(path).parts):
                    continue
                yield child
        else:
            yield path


def read_file(path: Path) -> list[Document | UnreadableDocument]:
    """Read one file into documents; per-record problems come back as errors in the list."""
    where = str(path)
    if not path.exists():
        raise UnreadableDocument(where, "no such file or directory")
    if not path.is_file():
        raise UnreadableDocument(where, "not a regular file")
    suffix = path.suffix.lower()
    try:
        if suffix == ".jsonl":
            return list(read_jsonl(path))
        if suffix in (".html", ".htm"):
            return [read_html(path)]
        if suffix == ".json":
            raise UnreadableDocument(
                where,
                "a .json file is not an article (use .txt with a .meta.json sidecar, or .jsonl)",
            )
        return [read_txt(path)]
    except OSError as exc:
        raise UnreadableDocument(where, exc.strerror or str(exc)) from None


def read_documents(
    paths: Iterable[str | Path], stdin: BinaryIO | None = None
) -> Iterator[tuple[str, Document | ProvenanceError]]:
    """Yield ``(where, document-or-error)`` for every article named by ``paths``, in order."""
    for path in expand(paths):
        if path == STDIN:
            if stdin is None:
                yield "<stdin>", UnreadableDocument("<stdin>", "no standard input")
                continue
            try:
                yield "<stdin>", read_stream(stdin)
            except ProvenanceError as exc:
                yield "<stdin>", exc
            continue
        try:
            for item in read_file(Path(path)):
                yield (item.path if isinstance(item, Document) and item.path else str(path)), item
        except ProvenanceError as exc:
            yield str(path), exc
