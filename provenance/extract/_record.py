"""A light record base class for the extractor's per-sentence objects."""

from __future__ import annotations


class Record:
    """Equality, hash and repr by the fields in ``__slots__``, as a frozen attrs class has.

    For the records made several times per sentence or paragraph (``structure.Sentence``,
    ``resolution.Hop0``, ``attribution.Frame``): a plain ``__init__`` over slots costs a third
    of attrs' frozen one. Treat instances as immutable. Slots named with a leading underscore
    are caches, not fields.
    """

    __slots__ = ()

    def _fields(self) -> tuple:
        return tuple(getattr(self, name) for name in self.__slots__ if name[0] != "_")

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        names = [name for name in self.__slots__ if name[0] != "_"]
        inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{type(self).__name__}({inner})"
