"""Errors raised by rusaz: every one derives from :class:`RusazError`.

Errors that concern a file carry its path (and, where known, the place in it) so that a
user running over thousands of files can find the culprit.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

__all__ = [
    "AmbiguousActorError",
    "DecodeError",
    "EmptyArticleError",
    "GoldFormatError",
    "LexiconError",
    "ModelError",
    "NotTextError",
    "QueryError",
    "ReadError",
    "RusazError",
    "SerializationError",
    "UnknownActorError",
]


class RusazError(Exception):
    """Base class of every error rusaz raises on purpose."""


class ModelError(RusazError, ValueError):
    """A model object would break an invariant (bad span, start after end, dangling id)."""


class SerializationError(RusazError, ValueError):
    """Data could not be structured into a model class; the message lists each bad path."""

    def __init__(self, message: str, errors: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.errors = errors


class ReadError(RusazError):
    """An article could not be read; ``path`` names the file when there is one."""

    def __init__(self, message: str, path: str | Path | None = None) -> None:
        self.path = None if path is None else Path(path)
        where = f"{self.path}: " if self.path is not None else ""
        super().__init__(f"{where}{message}")


class DecodeError(ReadError, ValueError):
    """The bytes of an article are not valid in its encoding; ``offset`` is the byte offset."""

    def __init__(
        self, message: str, path: str | Path | None = None, offset: int | None = None
    ) -> None:
        self.offset = offset
        at = f" at byte {offset}" if offset is not None else ""
        super().__init__(f"{message}{at}", path)


class EmptyArticleError(ReadError, ValueError):
    """The article is empty or holds only white space (or only page furniture)."""


class NotTextError(ReadError, ValueError):
    """The input is binary (NUL bytes or control characters), not text."""


class LexiconError(RusazError, ValueError):
    """A lexicon file is malformed; the message names the file, the entry and the field."""


class GoldFormatError(RusazError, ValueError):
    """A gold annotation file does not follow the gold schema."""


class QueryError(RusazError, ValueError):
    """A query argument is malformed (unknown event kind, unreadable date, reversed range)."""


class UnknownActorError(RusazError, LookupError):
    """No actor of the corpus has this name, alias or id."""

    def __init__(self, query: str) -> None:
        self.query = query
        super().__init__(f"no actor named {query!r} in the corpus")


class AmbiguousActorError(RusazError, LookupError):
    """Several actors of the corpus answer to this name; ``candidates`` lists their ids."""

    def __init__(self, query: str, candidates: Iterable[tuple[str, str]]) -> None:
        self.query = query
        self.candidates: tuple[tuple[str, str], ...] = tuple(sorted(candidates))
        listed = ", ".join(f"{cid} ({name})" for cid, name in self.candidates)
        super().__init__(f"{query!r} is ambiguous: it may be {listed}; use an id or a full name")
