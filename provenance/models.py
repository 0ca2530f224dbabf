"""The domain model: frozen attrs classes with validators and named constructors.

No I/O lives here. Everything downstream (extraction, the store, the resolver,
exports) speaks in these types. Field names follow the JSON contract in
``docs/contracts/claims.schema.json`` so that (de)serialisation is mechanical.
"""

from __future__ import annotations

import hashlib

from attrs import field, frozen, validators

from .vocab import CATEGORIES, FLAGS, QUALIFIERS, SOURCE_KINDS, UNKNOWN_PUBLISHER

__all__ = ["CATEGORIES", "FLAGS", "QUALIFIERS", "SOURCE_KINDS", "UNKNOWN_PUBLISHER"]  # re-exported

Span = tuple[int, int] | None


def content_id(text: str) -> str:
    """Return the content address of a document text: ``sha256:`` + hex digest of its UTF-8."""
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def _span_converter(value):
    if value is None:
        return None
    start, end = value
    return (int(start), int(end))


def _check_span(instance, attribute, value):
    if value is not None and not (0 <= value[0] <= value[1]):
        raise ValueError(f"{attribute.name}: span {value!r} must satisfy 0 <= start <= end")


def _tuple_of_str(value):
    return tuple(str(v) for v in (value or ()))


@frozen
class Document:
    """An article as stored: its exact text, content id and publication metadata."""

    id: str = field(validator=validators.matches_re(r"^sha256:[0-9a-f]{64}$"))
    text: str
    title: str | None = None
    publisher: str | None = None
    published: str | None = None
    url: str | None = None
    path: str | None = None

    @classmethod
    def from_text(
        cls,
        text: str,
        *,
        title: str | None = None,
        publisher: str | None = None,
        published: str | None = None,
        url: str | None = None,
        path: str | None = None,
    ) -> Document:
        """Build a document from its (already normalised) text; the id is computed."""
        return cls(
            id=content_id(text),
            text=text,
            title=title,
            publisher=publisher,
            published=published,
            url=url,
            path=path,
        )

    @property
    def publisher_name(self) -> str:
        """The publisher as it appears as the last hop of every chain."""
        return self.publisher or UNKNOWN_PUBLISHER


@frozen
class Source:
    """A canonical source (agency, government, outlet, person...) and its known aliases."""

    name: str = field(validator=validators.min_len(1))
    kind: str = field(validator=validators.in_(SOURCE_KINDS))
    aliases: tuple[str, ...] = field(default=(), converter=_tuple_of_str)
    reliability: str | None = field(
        default=None, validator=validators.optional(validators.in_(tuple("ABCDEF")))
    )


@frozen
class Figure:
    """A number as reported: the words, the parsed value/bounds and what it counts."""

    value: float | None
    qualifier: str = field(validator=validators.in_(QUALIFIERS))
    category: str = field(validator=validators.in_(CATEGORIES))
    counts: str
    text: str = ""
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    span: Span = field(default=None, converter=_span_converter, validator=_check_span)


@frozen
class Hop:
    """One link of an attribution chain: who passed the figure on, and the words that say so."""

    source: str = field(validator=validators.min_len(1))
    kind: str = field(validator=validators.in_(SOURCE_KINDS))
    mention: str | None = None
    cue: str | None = None
    span: Span = field(default=None, converter=_span_converter, validator=_check_span)
    members: tuple[str, ...] = field(default=(), converter=_tuple_of_str)

    @classmethod
    def publisher(cls, document: Document) -> Hop:
        """The last hop of every chain: the outlet that published the document."""
        return cls(source=document.publisher_name, kind="outlet", mention=None, cue="published")


@frozen
class Claim:
    """One figure in one document with its attribution chain (origin first, publisher last)."""

    id: str
    sentence: str
    figure: Figure
    chain: tuple[Hop, ...] = field(converter=tuple, validator=validators.min_len(1))
    hedges: tuple[str, ...] = field(default=(), converter=_tuple_of_str)
    headline: bool = False
    span: Span = field(default=None, converter=_span_converter, validator=_check_span)
    as_of: str | None = None
    origin_unstated: bool = False

    @property
    def origin(self) -> Hop:
        """The first hop: where the figure came from (or the nearest source if unstated)."""
        return self.chain[0]

    @property
    def relays(self) -> int:
        """Hops strictly between the origin and the publisher."""
        return max(len(self.chain) - 2, 0)


# -- Resolver assessments ------------------------------------------------------
# What ``provenance.resolve`` concludes about claims and figure clusters. The
# flags vocabulary is the figure contract's; see docs/scoring.md for the rules.


def _flags(value) -> tuple[str, ...]:
    # Sorted and de-duplicated so that equal assessments compare equal.
    return tuple(sorted(set(value or ())))


def _check_flags(instance, attribute, value):
    unknown = set(value) - set(FLAGS)
    if unknown:
        raise ValueError(f"{attribute.name}: unknown flag(s) {sorted(unknown)}")


def _check_unit_interval(instance, attribute, value):
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"{attribute.name}: {value!r} must lie between 0 and 1")


@frozen
class ClaimAssessment:
    """The resolver's verdict on one claim: its cluster, origin group, directness and flags."""

    claim: str  # the claim's key (stable across re-ingests)
    cluster: str  # the cluster key
    origin_group: str  # the origin group key within the cluster
    directness: float = field(validator=_check_unit_interval)
    relays: int = field(validator=validators.ge(0))
    effective_as_of: str | None = None  # as_of, inferred date, or publication date
    current: bool = False  # the origin's latest figure at the assessment date
    agrees: bool | None = None  # the figure overlaps the cluster's consensus (None: no interval)
    flags: tuple[str, ...] = field(default=(), converter=_flags, validator=_check_flags)
    notes: tuple[str, ...] = field(default=(), converter=_tuple_of_str)


@frozen
class OriginGroup:
    """Every echo of one origin inside a cluster (any outlet, any relay) counted as one voice."""

    key: str
    origin: str
    kind: str
    claims: tuple[str, ...] = field(converter=_tuple_of_str)
    documents: int = 0
    low: float | None = None
    high: float | None = None
    latest_as_of: str | None = None
    current_claim: str | None = None
    interested: bool = False
    agrees: bool | None = None
    stale: bool = False  # its latest figure is too old to be compared with the newest
    weight: float = 1.0


@frozen
class FigureAssessment:
    """One quantity as reported across documents: estimate, corroboration, grade, flags."""

    key: str
    category: str = field(validator=validators.in_(CATEGORIES))
    counts: str
    subject: str
    unit: str | None
    origin_groups: tuple[OriginGroup, ...] = field(converter=tuple)
    claims: tuple[str, ...] = field(converter=_tuple_of_str)
    low: float | None = None
    best: float | None = None
    high: float | None = None
    as_of: str | None = None
    independent_origins: int = field(default=0, validator=validators.ge(0))
    corroboration: float = field(default=0.0, validator=_check_unit_interval)
    grade: str = field(default="F6", validator=validators.matches_re(r"^[A-F][1-6]$"))
    flags: tuple[str, ...] = field(default=(), converter=_flags, validator=_check_flags)
    explanation: str = ""
