"""Composable predicates and the typed errors and results of corpus queries.

A :class:`Where` wraps a function ``item -> bool`` and combines with ``&``, ``|`` and ``~``,
so ``corpus.filter(a).filter(b) == corpus.filter(a & b)``. The ready-made article
predicates below cover the usual cuts (publication window, outlet, a named actor, an event
kind); any plain function works as well.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from datetime import date
from typing import Generic, TypeVar

import attrs

from rusaz._merge import CorpusEvent, normalize_name
from rusaz._model import Article, EventKind, FuzzyDate, Precision
from rusaz.exceptions import AmbiguousActorError, QueryError, RusazError, UnknownActorError

__all__ = [
    "AmbiguousActorError",
    "Dyad",
    "QueryError",
    "TimelineEntry",
    "UnknownActorError",
    "Where",
    "as_date_range",
    "has_event",
    "mentions_actor",
    "outlet_is",
    "published_between",
]

T = TypeVar("T")


class Where(Generic[T]):
    """A predicate that composes: ``a & b``, ``a | b``, ``~a``."""

    __slots__ = ("_fn", "label")

    def __init__(self, fn: Callable[[T], bool], label: str = "") -> None:
        self._fn = fn
        self.label = label or getattr(fn, "__name__", "predicate")

    def __call__(self, item: T) -> bool:
        return bool(self._fn(item))

    def __and__(self, other: Callable[[T], bool]) -> Where[T]:
        return Where(lambda x: self(x) and bool(other(x)), f"({self.label} & {_label(other)})")

    def __or__(self, other: Callable[[T], bool]) -> Where[T]:
        return Where(lambda x: self(x) or bool(other(x)), f"({self.label} | {_label(other)})")

    def __invert__(self) -> Where[T]:
        return Where(lambda x: not self(x), f"~{self.label}")

    def __repr__(self) -> str:
        return f"Where({self.label})"


def _label(fn: Callable[..., bool]) -> str:
    return fn.label if isinstance(fn, Where) else getattr(fn, "__name__", "predicate")


# --- dates -----------------------------------------------------------------------------------


def _bound(value: date | FuzzyDate | str | None, *, end: bool) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, FuzzyDate):
        return value.end if end else value.start
    if isinstance(value, date):
        return value
    try:
        fuzzy = FuzzyDate.parse(value)
    except RusazError as exc:
        raise QueryError(f"not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)") from exc
    return fuzzy.end if end else fuzzy.start


def as_date_range(
    between: tuple[date | FuzzyDate | str | None, date | FuzzyDate | str | None],
) -> FuzzyDate:
    """The interval ``[d1, d2]`` (open ends allowed; a year or month string covers all of it)."""
    lo = _bound(between[0], end=False) or date.min
    hi = _bound(between[1], end=True) or date.max
    if lo > hi:
        raise QueryError(f"date range ends before it starts: {lo} > {hi}")
    return FuzzyDate(lo, hi, Precision.DAY)


_E = TypeVar("_E", bound=enum.Enum)


def as_enum(cls: type[_E], value: _E | str, what: str) -> _E:
    """A member of ``cls`` from itself or its value (case-insensitive), or a QueryError
    naming the valid kinds: query arguments come from users and the command line."""
    if isinstance(value, cls):
        return value
    try:
        return cls(str(value).strip().lower())
    except ValueError as exc:
        valid = ", ".join(str(m.value) for m in cls)
        raise QueryError(f"unknown {what} {value!r}; valid kinds: {valid}") from exc


def as_event_kind(kind: EventKind | str) -> EventKind:
    """An EventKind from itself or its value, or a QueryError naming the valid kinds."""
    return as_enum(EventKind, kind, "event kind")


# --- ready-made article predicates ------------------------------------------------------------


def published_between(
    start: date | FuzzyDate | str | None, end: date | FuzzyDate | str | None
) -> Where[Article]:
    """Articles whose publication date overlaps ``[start, end]`` (undated ones never match)."""
    window = as_date_range((start, end))
    return Where(
        lambda a: a.published is not None and a.published.overlaps(window),
        f"published_between({start}, {end})",
    )


def outlet_is(name: str) -> Where[Article]:
    """Articles from this outlet (case- and accent-insensitive)."""
    key = normalize_name(name)
    return Where(
        lambda a: a.outlet is not None and normalize_name(a.outlet) == key, f"outlet_is({name})"
    )


def mentions_actor(name: str) -> Where[Article]:
    """Articles with an actor answering to ``name`` (canonical name or alias, folded)."""
    key = normalize_name(name)
    return Where(
        lambda a: any(key in {normalize_name(n) for n in x.names} for x in a.actors),
        f"mentions_actor({name})",
    )


def has_event(kind: EventKind | str) -> Where[Article]:
    """Articles reporting at least one event of this kind."""
    wanted = as_event_kind(kind)
    return Where(lambda a: any(e.kind is wanted for e in a.events), f"has_event({wanted.value})")


# --- results ---------------------------------------------------------------------------------


@attrs.frozen
class Dyad:
    """Two actors (corpus ids, sorted) and the events they take part in together."""

    first: str
    second: str
    count: int
    events: tuple[str, ...]


@attrs.frozen
class TimelineEntry:
    """One dated event on a timeline; ``label`` reads "meeting: Putin, Aliyev (Sochi)"."""

    when: FuzzyDate
    event: CorpusEvent
    label: str

    @property
    def precision(self) -> Precision:
        """How precisely the date is known (day, month, season, year...)."""
        return self.when.precision
