"""Temporal expressions: find_dates() finds and resolves dates in news English.

Never reads the clock: expressions that need a reference date are resolved against the
``reference`` argument, or returned unresolved (``when is None``) without one.
(Interface fixed by the foundation; the resolver itself arrives with the dates issue.)
"""

from __future__ import annotations

import enum
from datetime import date

import attrs

from rusaz._model import FuzzyDate, Span

__all__ = ["DateKind", "DateMention", "find_dates"]


class DateKind(enum.Enum):
    """The form of a date expression."""

    ABSOLUTE = "absolute"  # "September 25, 2018", "2024-12-25", "in 2016"
    PARTIAL = "partial"  # "May 26", "on April 4": a year must come from the reference
    RELATIVE = "relative"  # "yesterday", "last October", "two years ago"
    RANGE = "range"  # "September 29-30, 2017", "between 2018 and 2020"
    FUZZY = "fuzzy"  # "early 2025", "mid-October", "in the spring of 2021"


@attrs.frozen(kw_only=True)
class DateMention:
    """One date expression: where it is, what it says, and the interval it resolves to.

    ``when`` is None only when the expression needs a reference date and none was given;
    the fields the text stated (``year``, ``month``, ``day``, ``weekday`` 0=Monday) are kept
    so that a caller can resolve it later. ``anchor`` marks deadlines and anchors
    ("until", "since", "as_of", "from") whose interval is the anchor date itself.
    """

    span: Span
    text: str
    when: FuzzyDate | None
    kind: DateKind
    needs_reference: bool = False
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    anchor: str | None = None
    rule: str = ""


def find_dates(text: str, reference: date | FuzzyDate | None = None) -> list[DateMention]:
    """All date expressions in ``text``, ordered and non-overlapping.

    ``reference`` is the date the text speaks from (usually the publication date).
    """
    del text, reference
    return []
