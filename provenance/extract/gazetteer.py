"""The gazetteer: canonical sources, their aliases and kinds, and one matcher over them.

The gazetteer (``provenance/data/gazetteer.json``) maps aliases to canonical
sources with a ``kind``. Users extend it with a JSON file of the same format,
passed to :meth:`Gazetteer.load` or named by the ``PROVENANCE_GAZETTEER``
environment variable (several files separated by ``os.pathsep``)::

    {"sources": [{"name": "National Intelligence Service", "kind": "intelligence_agency",
                  "aliases": ["NIS", "South Korea's spy agency"], "country": "South Korea"}]}
"""

from __future__ import annotations

import functools
import json
import os
import re
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

from attrs import frozen

from ..errors import InvalidInput
from ..models import SOURCE_KINDS, Source
from ._text import trie_pattern
from .mention_scan import View, ascii_words, vocabulary, word_positions

ENV_VAR = "PROVENANCE_GAZETTEER"


@frozen
class Entry:
    """A gazetteer entry: canonical source plus its country (for metonyms and descriptions)."""

    source: Source
    country: str | None = None


class Gazetteer:
    """Canonical sources and their aliases, with one compiled matcher."""

    def __init__(self, entries: Iterable[Entry]):
        self.entries: list[Entry] = list(entries)
        self._by_alias: dict[str, Entry] = {}
        for entry in self.entries:  # later entries (user files) override earlier ones
            for alias in (entry.source.name, *entry.source.aliases):
                self._by_alias[_key(alias)] = entry
        self._by_first = _index(self.entries)
        # For ASCII text: the first words as bytes (see mention_scan.ascii_words), and for
        # each one regex of its aliases in the same order, matched on the lowercased text.
        self._ascii_firsts = {
            key.encode(): _aliases_pattern(items)
            for key, items in self._by_first.items()
            if key.isascii()
        }
        # A first word whose every alias has more words needs one of those words in the
        # text (see _alias_needs); first words of no ASCII alias are never visited.
        self._ascii_needs = {
            key: needs
            for key, (_, aliases, _) in self._ascii_firsts.items()
            if (needs := _alias_needs(aliases)) is not None
        }
        self._ascii_keys = frozenset(k for k, v in self._ascii_needs.items() if v) | frozenset(
            k for k in self._ascii_firsts if k not in self._ascii_needs
        )
        self._adjectives: dict[str, str] | None = None  # "Turkish" -> "Turkey", on first use
        self._adjective_words: frozenset[bytes] | None = None  # their words, on first use
        self._ascii_vocab = vocabulary(self._ascii_keys)
        self._first_words_re: re.Pattern | None = None  # see _first_words, on first use

    @property
    def _first_words(self) -> re.Pattern:
        """The words that can open an alias, as one trie-shaped regex: find() visits only
        those words on non-ASCII text instead of looking every word up in a dict (compiled
        on first use: most runs never see such text)."""
        if self._first_words_re is None:
            self._first_words_re = re.compile(
                rf"(?<![\w-])(?:{trie_pattern(self._by_first)})(?!\w)" if self._by_first else "(?!)"
            )
        return self._first_words_re

    @classmethod
    def from_json(cls, data: dict, *, where: str = "gazetteer") -> Gazetteer:
        """Build a gazetteer from the documented JSON form; raise InvalidInput on bad entries."""
        return cls(_entries(data, where))

    @classmethod
    def default(cls) -> Gazetteer:
        """The shipped gazetteer, extended by the files named in ``$PROVENANCE_GAZETTEER``."""
        return _default(os.environ.get(ENV_VAR, ""))

    @classmethod
    def load(cls, extra_path: os.PathLike | str | None = None) -> Gazetteer:
        """The default gazetteer extended with a user's JSON file (same format)."""
        base = cls.default()
        if extra_path is None:
            return base
        return base.extended(_read(Path(extra_path)))

    def extended(self, other: Gazetteer) -> Gazetteer:
        """A new gazetteer with ``other``'s entries added (they win on alias clashes)."""
        return Gazetteer([*self.entries, *other.entries])

    def lookup(self, name: str) -> Entry | None:
        """The entry for an alias or canonical name (case- and article-insensitive)."""
        return self._by_alias.get(_key(name))

    def canonical(self, name: str) -> str:
        """The canonical name for ``name`` when known, else ``name`` itself."""
        entry = self.lookup(name)
        return entry.source.name if entry else name

    def local_ministry(self, name: str, country: str) -> str | None:
        """Canonical name of a bare ministry ("the health ministry") of ``country``.

        The gazetteer's entry for that country's ministry when there is one, else a name
        built the gazetteer's way ("Ministry of the Interior (France)"); None when
        ``name`` is not a bare ministry of a known topic.
        """
        if name.startswith("state ") and name in _STATE_MEDIA:
            # unnamed "state media" of the story's country: "Chinese state media"
            demonym = self.demonym(country)
            return f"{demonym} {name}" if demonym else None
        m = _BARE_MINISTRY.match(name)
        topic = _MINISTRY_TOPICS.get((m.group("a") or m.group("b")).lower()) if m else None
        if topic is None:
            return None
        written, stem = topic
        for e in self.entries:
            low = e.source.name.lower()
            if e.country == country and "ministry" in low and stem in low:
                return e.source.name
        return f"Ministry of {written} ({bare_country(country)})"

    def country_ministry(self, name: str) -> str | None:
        """Canonical name of a ministry written with its country ("South Africa's defence
        ministry", "the Bangladeshi Foreign Ministry", "the foreign ministry of Kenya"): the
        gazetteer's entry or "Ministry of Foreign Affairs (Bangladesh)"; None otherwise."""
        m = _COUNTRY_MINISTRY.match(name)
        topic = (m.group("a") or m.group("a2")) if m else None
        if topic is None or topic.lower() not in _MINISTRY_TOPICS:
            return None
        c = m.group("c") or m.group("c2")
        possessive = bool(m.group("s")) or c.endswith(("'s", "’s"))
        c = c[:-2] if c.endswith(("'s", "’s")) else c
        if possessive or m.group("c2"):
            entry = self.government_of(c)
            country = entry.country if entry else None
        else:
            country = self.country_of_adjective(c)
        return self.local_ministry(f"{topic} ministry", country) if country else None

    def government_of(self, country: str) -> Entry | None:
        """The entry of a country's government, also for a country whose bare name is no
        alias ("Guinea", "Jordan" are other things too); None when unknown."""
        entry = (
            self.lookup(country)
            or self.lookup(f"Government of {country}")
            or self.lookup(f"Government of the {country}")
        )
        return entry if entry is not None and entry.source.kind == "government" else None

    def demonym(self, country: str) -> str | None:
        """The adjective of a country ("Chinese"), from its government's "<Adjective>
        government" alias; None when the gazetteer has none."""
        entry = self.government_of(country)
        if entry is None:
            return None
        for alias in (entry.source.name, *entry.source.aliases):
            adjective = alias[:-11]
            if (
                alias.endswith(" government")
                and adjective[:1].isupper()
                and not adjective.replace(".", "").isupper()  # "US government"
                and "-" not in adjective  # "Hamas-run government"
            ):
                return adjective
        return None

    def country_of_adjective(self, adjective: str) -> str | None:
        """The country whose adjective this is ("Turkish" -> "Turkey"), from the
        governments' "<Adjective> government" aliases; None when unknown."""
        return self._adjective_table().get(adjective)

    def adjective_words(self) -> frozenset[bytes]:
        """The words of the countries' adjectives, lowercased, as a
        :func:`.mention_scan.ascii_words` view holds them: an ASCII sentence with none of
        them among its words holds no adjective of :meth:`country_of_adjective`."""
        words = self._adjective_words
        if words is None:
            words = self._adjective_words = frozenset(
                w.lower().encode()
                for adjective in self._adjective_table()
                if adjective.isascii()
                for w in adjective.split()
            )
        return words

    def _adjective_table(self) -> dict[str, str]:
        table = self._adjectives
        if table is None:
            table = self._adjectives = {}
            for e in self.entries:
                if e.source.kind == "government" and e.country:
                    adjective_ = self.demonym(e.country)
                    if adjective_:
                        table.setdefault(adjective_, e.country)
        return table

    def find(self, text: str, words: View | None = None) -> list[tuple[int, int, Entry]]:
        """Every alias occurrence in ``text`` (longest match first, no overlaps).

        Matching visits the words of the text that open some alias and compares only the
        aliases that start with each such word. On ASCII text those words are the first
        words of aliases among the text's words (a set intersection), found again by
        substring search; elsewhere one trie-shaped regex of the first words finds them.
        ``words`` is ``mention_scan.ascii_words(text)`` when the caller has it already.
        """
        view = words if words is not None else ascii_words(text)
        if view is not None:
            return self._find_ascii(text, view)
        out = []
        folded = text.casefold().replace("’", "'")
        if len(folded) != len(text):
            # casefold changed lengths (e.g. "ß"): fall back to per-char lower
            folded = "".join(c.lower() if len(c.lower()) == 1 else c for c in text).replace(
                "’", "'"
            )
        end_taken = -1
        for m in self._first_words.finditer(folded):
            start = m.start()
            if start < end_taken:
                continue
            candidates = self._by_first[m.group(0)]
            for alias, exact, entry in candidates:
                stop = start + len(alias)
                if folded.startswith(alias, start) and (
                    stop == len(text) or not (text[stop].isalnum() or text[stop] in "-_")
                ):
                    if exact and text[start:stop].replace("’", "'") != exact:
                        continue
                    begin = start
                    before = folded[max(0, start - 4) : start]
                    if before == "the " and (start - 4 == 0 or not text[start - 5].isalnum()):
                        begin = start - 4
                    out.append((begin, stop, entry))
                    end_taken = stop
                    break
        return out

    def _find_ascii(self, text: str, view: View) -> list[tuple[int, int, Entry]]:
        """:meth:`find` on ASCII text: the same visits, without scanning the whole text.

        The first words of aliases present in the text come from a set intersection and
        are found again by substring search; at each, one regex of that word's aliases
        (longest first, as the candidate loop of :meth:`find` tries them) gives the match:
        on the lowercased text, which is what the loop compares, with the case of the
        aliases that must match exactly checked on the text.
        """
        words = view[2]
        firsts = self._ascii_keys.intersection(words)
        if not firsts:
            return []
        needs = self._ascii_needs
        firsts = [w for w in firsts if w not in needs or not needs[w].isdisjoint(words)]
        if not firsts:
            return []
        low = view[0]
        out = []
        patterns = self._ascii_firsts
        end_taken = -1
        for start, word in word_positions(view, firsts, self._ascii_vocab):
            if start < end_taken:
                continue
            pattern, aliases, first = patterns[word]
            if pattern.__class__ is _LazyAliases:
                pattern = pattern.compiled()
                patterns[word] = (pattern, aliases, first)
            m = pattern.match(low, start)
            if m is None:
                continue
            stop = m.end()
            k = first[low[start:stop]]
            alias, exact, entry = aliases[k]
            if exact is not None and text[start:stop] != exact:
                # that alias must match case exactly: go on with the next ones, as find() does
                stop, entry = _next_alias(text, low, start, aliases, k + 1)
                if entry is None:
                    continue
            begin = start
            if (
                start >= 4
                and low[start - 4 : start] == b"the "
                and (start == 4 or not text[start - 5].isalnum())
            ):
                begin = start - 4
            end_taken = stop
            out.append((begin, stop, entry))
        return out


# A bare ministry ("the Interior Ministry", "the health ministry", "the Ministry of Health"):
# its country comes from the story. Topic word -> how the canonical name writes it.
_BARE_MINISTRY = re.compile(
    r"^(?:[Tt]he\s+)?(?:[Nn]ational\s+|[Ff]ederal\s+|[Cc]entral\s+)?"
    r"(?:(?P<a>[A-Za-z]+)\s+[Mm]inistry|[Mm]inistry\s+of\s+(?:the\s+)?(?P<b>[A-Za-z]+))$"
)


def bare_country(country: str) -> str:
    """A country as it stands in brackets after a body's name: "(Philippines)", not "(the ...)"."""
    return country[4:] if country.startswith("the ") else country


_COUNTRY_MINISTRY = re.compile(
    r"^(?:[Tt]he\s+)?(?:(?P<c>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}?)(?P<s>['’]s)?\s+"
    r"(?P<a>[A-Za-z]+)\s+[Mm]inistry|(?P<a2>[A-Za-z]+)\s+[Mm]inistry\s+of\s+(?P<c2>[A-Z][\w .'’-]+))$"
)
_STATE_MEDIA = frozenset({"state media", "state television", "state TV", "state news agency"})
_MINISTRY_TOPICS = {
    "interior": ("the Interior", "interior"),
    "home": ("the Interior", "interior"),
    "health": ("Health", "health"),
    "foreign": ("Foreign Affairs", "foreign"),
    "defence": ("Defence", "defen"),
    "defense": ("Defense", "defen"),
    "finance": ("Finance", "financ"),
    "education": ("Education", "education"),
    "justice": ("Justice", "justice"),
    "economy": ("Economy", "econom"),
    "energy": ("Energy", "energy"),
    "agriculture": ("Agriculture", "agricultur"),
    "transport": ("Transport", "transport"),
    "labour": ("Labour", "labour"),
    "labor": ("Labor", "labo"),  # as written: Taiwan's "Ministry of Labor"
    "environment": ("Environment", "environment"),
    "trade": ("Trade", "trade"),
}


_LEADING_THE = re.compile(r"^(?:the)\s+", re.IGNORECASE)


def _key(name: str) -> str:
    name = name.strip().replace("’", "'")
    # _LEADING_THE.sub("", name) without re.sub: only t/T, h/H, e/E match "the" under
    # IGNORECASE (and lower to it), and \s, isspace and lstrip agree on whitespace
    # (tests/test_perf2_sources.py compares the two).
    if name[3:4].isspace() and name[:3].lower() == "the":
        name = name[3:].lstrip()
    return name.casefold()


_WORD = re.compile(r"(?<![\w-])[\w]+")
_RUN = re.compile(r"\w+")


def _index(entries: list[Entry]) -> dict[str, list[tuple[str, str | None, Entry]]]:
    """Aliases grouped by their first word, longest first.

    Short and all-capital aliases (AP, UN, WHO) must match case exactly (``exact``);
    longer ones ignore case so "Health Ministry"/"health ministry" both match.
    """
    latest: dict[str, Entry] = {}
    for entry in entries:
        for alias in (entry.source.name, *entry.source.aliases):
            alias = alias.strip().replace("’", "'")
            if alias.lower().startswith("the "):
                alias = alias[4:]
            if alias:
                latest[alias] = entry
    index: dict[str, list[tuple[str, str | None, Entry]]] = {}
    for alias, entry in latest.items():
        first = _WORD.search(alias.casefold())
        if first is None or first.start() != 0:
            continue
        exact = (
            alias
            if (alias.isupper() or len(alias) <= 4 or alias[0].isupper() and " " not in alias)
            else None
        )
        index.setdefault(first.group(0), []).append((alias.casefold(), exact, entry))
    for items in index.values():
        items.sort(key=lambda item: -len(item[0]))
    return index


def _aliases_pattern(
    items: list[tuple[str, str | None, Entry]],
) -> tuple[
    re.Pattern | _LazyAliases, tuple[tuple[bytes, str | None, Entry], ...], dict[bytes, int]
]:
    """One regex for the aliases of a first word, for ASCII text lowercased as bytes
    (compiled on first use: see :class:`_LazyAliases`).

    Returns the regex, the aliases in the order :meth:`Gazetteer.find` tries them (alias,
    the case it must match exactly or None, entry) and the index of each alias's first
    place in that order. Aliases that cannot match ASCII text are left out.

    ``find`` takes the first alias of its order (longest first) that stands at the place,
    followed by neither a word character nor "-". Two aliases standing at one place are
    a prefix of one another, so that is the longest one standing there: the regex is a
    trie of the aliases (whose optional continuations are tried before stopping, so
    longer first) followed by the boundary, which re tries character by character
    instead of alias by alias. Aliases written twice keep their first place.
    """
    aliases = []
    first: dict[bytes, int] = {}
    for alias, exact, entry in items:
        if not alias.isascii() or (exact is not None and not exact.isascii()):
            continue
        written = alias.encode()
        first.setdefault(written, len(aliases))
        aliases.append((written, exact, entry))
    if not aliases:
        return re.compile(b"(?!)"), (), first
    aliases = tuple(aliases)
    return _LazyAliases(aliases), aliases, first


class _LazyAliases:
    """The regex of :func:`_aliases_pattern`, built and compiled on first use: a run visits
    few of the ~2,000 first words, and compiling them all took most of
    ``Gazetteer.default()``. :meth:`Gazetteer._find_ascii` puts the compiled regex in its
    place; ``match`` serves other readers."""

    __slots__ = ("aliases", "_compiled")

    def __init__(self, aliases: tuple[tuple[bytes, str | None, Entry], ...]):
        self.aliases = aliases
        self._compiled: re.Pattern | None = None

    def compiled(self) -> re.Pattern:
        if self._compiled is None:
            body = trie_pattern(w.decode() for w, _, _ in self.aliases).encode()
            self._compiled = re.compile(b"(?:" + body + rb")(?![\w-])")
        return self._compiled

    def match(self, text: bytes, pos: int = 0):
        return self.compiled().match(text, pos)


_ASCII_RUN = re.compile(rb"[a-z0-9_]+")


def _alias_needs(aliases: tuple[tuple[bytes, str | None, Entry], ...]) -> frozenset[bytes] | None:
    """For the aliases of one first word (from :func:`_aliases_pattern`): one word of each
    alias after its first, the longest, or None when some alias is a single word.

    An alias standing in the lowercased text (followed by neither a word character nor
    "-") holds each of its ``\\w`` runs as a whole run of the text: inside the alias a
    non-word character bounds it, at its end the boundary does. So none of these words
    among the text's runs (a view's set) means none of the aliases matches there.
    """
    needs = set()
    for alias, _, _ in aliases:
        runs = _ASCII_RUN.findall(alias)[1:]
        if not runs:
            return None
        needs.add(max(runs, key=len))
    return frozenset(needs)


_WORD_OR_HYPHEN = frozenset(b"abcdefghijklmnopqrstuvwxyz0123456789_-")


def _next_alias(
    text: str, low: bytes, start: int, aliases: tuple[tuple[bytes, str | None, Entry], ...], k: int
) -> tuple[int, Entry | None]:
    """The rest of :meth:`Gazetteer.find`'s candidate loop from the ``k``-th alias on."""
    for alias, exact, entry in aliases[k:]:
        stop = start + len(alias)
        if low.startswith(alias, start) and (stop == len(low) or low[stop] not in _WORD_OR_HYPHEN):
            if exact is not None and text[start:stop] != exact:
                continue
            return stop, entry
    return start, None


def _read(path: Path) -> Gazetteer:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InvalidInput(f"{path}: cannot read gazetteer: {exc.strerror}") from None
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"{path}: not valid JSON: {exc}") from None
    return Gazetteer.from_json(data, where=str(path))


def _short_un(name: str, aliases: tuple[str, ...]) -> tuple[str, ...]:
    """ "UN Children's Fund" for "United Nations Children's Fund": news copy shortens the
    "United Nations" of any UN body's name, so every such name has its short form too."""
    if not isinstance(name, str):
        return ()
    written = {name, *aliases}
    return tuple(
        short
        for full in (name, *aliases)
        if isinstance(full, str) and full.startswith("United Nations ")
        for short in ("UN " + full[15:], "U.N. " + full[15:])
        if short not in written
    )


def _entries(data: dict, where: str) -> list[Entry]:
    """The entries of a gazetteer in the documented JSON form; InvalidInput on bad ones."""
    if not isinstance(data, dict) or not isinstance(data.get("sources"), list):
        raise InvalidInput(f"{where}: expected an object with a 'sources' list")
    entries = []
    for i, item in enumerate(data["sources"]):
        try:
            kind = item["kind"]
            if kind not in SOURCE_KINDS:
                raise ValueError(f"kind {kind!r} is not one of {', '.join(SOURCE_KINDS)}")
            aliases = tuple(item.get("aliases", ()))
            source = Source(
                name=item["name"], kind=kind, aliases=aliases + _short_un(item["name"], aliases)
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise InvalidInput(f"{where}: sources[{i}]: {exc}") from None
        entries.append(Entry(source, item.get("country")))
    return entries


@functools.lru_cache(maxsize=8)
def _default(env: str) -> Gazetteer:
    data = json.loads(
        resources.files("provenance.data").joinpath("gazetteer.json").read_text("utf-8")
    )
    # the governments of the countries gazetteer.json does not list, one file so that the
    # curated entries stay readable: every country can be a story's country. One Gazetteer
    # of both lists (as base.extended(countries) has), its matchers compiled once.
    countries = resources.files("provenance.data").joinpath("countries.json").read_text("utf-8")
    base = Gazetteer(
        [
            *_entries(data, "provenance/data/gazetteer.json"),
            *_entries(json.loads(countries), "provenance/data/countries.json"),
        ]
    )
    for part in filter(None, env.split(os.pathsep)):
        base = base.extended(_read(Path(part)))
    return base
