"""Errors raised by the library, with messages written for the people who read them.

The CLI turns every :class:`ProvenanceError` into one line ``Error: <message>``
on stderr and a non-zero exit, in one place.
"""


class ProvenanceError(Exception):
    """Base class: anything the user can fix gets one of these."""

    exit_code = 1


class InvalidInput(ProvenanceError):
    """A file or value that cannot be read as what it claims to be."""


class UnreadableDocument(InvalidInput):
    """A document that is binary, undecodable, empty or too large."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class NotFound(ProvenanceError):
    """An id or name that is not in the store; the message lists the closest matches."""


class MissingDatabase(ProvenanceError):
    """The database file does not exist yet."""


class CannotWrite(ProvenanceError):
    """An output file or folder that cannot be written."""


class ManifestMismatch(ProvenanceError):
    """An exported file that no longer matches its manifest (or the database it came from)."""


class InvalidOption(ProvenanceError):
    """A command-line value (a date, a category, a kind) that is not valid: a usage error."""

    exit_code = 2
