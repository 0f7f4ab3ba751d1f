"""Publication date of an article: from its dateline, else bounded by what it reports.

Rules, in order (see ``docs/reader.md``):

1. A dateline with a year gives the date at the precision it states.
2. A dateline without a year ("Sunday, May 26", "22 April") takes the earliest year that is
   not before the latest date the text reports as past (an article cannot predate what it
   reports) and, when the dateline names a weekday, in which that day falls on that weekday.
   With nothing reported to bound it, the year stays unknown and rule 3 applies.
3. Without a usable dateline, the year of the latest date the text reports as past, at year
   precision: an honest range, never a made-up day.
4. Otherwise None.

"Reported as past" excludes dates in sentences about the future ("will", "plans", ...) and
deadlines ("until 2024", "by 2030"); named landmarks with a public date (``text_dates.toml``)
count as reported past events.
"""

from __future__ import annotations

import bisect
import re
import string
from collections.abc import Iterator, Sequence
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

import attrs

from rusaz._dates import DateMention
from rusaz._model import DateSource, FuzzyDate, Span
from rusaz._text import Dateline, Document

__all__ = ["infer_published"]

# How far ahead of the lower bound a year-less dateline is searched: the Gregorian weekday
# cycle repeats within 28 years for every day but February 29, which needs a leap year.
_YEARS_AHEAD = 40
_WINDOW = 30  # characters before a date read for a deadline word ("until", "by the end of")
_YEAR = re.compile(r"(?<![\w.,])(1[89]\d\d|20\d\d)(?!\d)")
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


@attrs.frozen
class _Clues:
    future_before: frozenset[str]
    year_cues: frozenset[str]
    future_words: re.Pattern[str]
    landmarks: tuple[tuple[str, date], ...]


@cache
def _clues() -> _Clues:
    import tomllib

    with resources.files("rusaz.data").joinpath("text_dates.toml").open("rb") as fh:
        data: dict[str, Any] = tomllib.load(fh)
    words = "|".join(re.escape(w) for w in sorted(data["future_words"], key=len, reverse=True))
    marks = tuple((str(m["name"]), m["date"]) for m in data.get("landmark", []))
    return _Clues(
        future_before=frozenset(w.casefold() for w in data["future_before"]),
        year_cues=frozenset(w.casefold() for w in data["year_cues"]),
        future_words=re.compile(rf"\b(?:{words})\b", re.I),
        landmarks=marks,
    )


class _Past:
    """Decides whether a date at a span is reported as past; each sentence is read once."""

    def __init__(self, doc: Document, clues: _Clues) -> None:
        self.doc = doc
        self.clues = clues
        self.starts = [s.start for s in doc.sentences]
        self.future: dict[int, bool] = {}

    def _future_sentence(self, span: Span) -> bool:
        i = bisect.bisect_right(self.starts, span.start) - 1
        if i < 0 or not self.doc.sentences[i].contains(span):
            return self.clues.future_words.search(span.slice(self.doc.text)) is not None
        if i not in self.future:
            sentence = self.doc.sentences[i].slice(self.doc.text)
            self.future[i] = self.clues.future_words.search(sentence) is not None
        return self.future[i]

    def __call__(self, span: Span) -> bool:
        """No deadline word just before the date and no future tense in its sentence."""
        before = self.doc.text[max(0, span.start - _WINDOW) : span.start]
        if before.endswith(" "):
            words = before.casefold().split()[-5:]
            if any(" ".join(words[k:]) in self.clues.future_before for k in range(len(words))):
                return False
        return not self._future_sentence(span)


def _in_body(doc: Document, span: Span) -> bool:
    return not (doc.dateline is not None and doc.dateline.overlaps(span))


def _bounds(doc: Document, mentions: Sequence[DateMention]) -> Iterator[tuple[date, Span]]:
    """Every date the text reports as past (its earliest day) with the span that says so."""
    clues = _clues()
    past = _Past(doc, clues)
    for m in mentions:
        if m.anchor == "until" or not _in_body(doc, m.span):
            continue
        if m.when is not None:
            start = m.when.start
        elif m.year is not None:
            start = date(m.year, m.month or 1, 1)
        else:
            continue
        if past(m.span):
            yield start, m.span
    text = doc.text
    for ym in _YEAR.finditer(text):
        span = Span(ym.start(), ym.end())
        if not _in_body(doc, span):
            continue
        after = text[ym.end() : ym.end() + 2]
        before = text[max(0, ym.start() - 12) : ym.start()]
        words = before.casefold().split()
        cue = before.endswith(("-", "(", ", ")) or (
            before.endswith(" ") and bool(words) and words[-1] in clues.year_cues
        )
        punct = not after or after[0] in ",.;:)\n"
        if (cue or punct) and past(span):
            yield date(int(ym.group(1)), 1, 1), span
    folded = text.translate(_ASCII_LOWER)  # keeps offsets, unlike str.lower()
    for name, when in clues.landmarks:
        key = name.translate(_ASCII_LOWER)
        at = folded.find(key)
        while at >= 0:
            end = at + len(key)
            if not (at and folded[at - 1].isalnum()) and not folded[end : end + 1].isalnum():
                yield when, Span(at, end)
                break
            at = folded.find(key, at + 1)


def _resolve_year(parts: Dateline, floor: date | None) -> int | None:
    """The earliest year >= the floor's year in which the dateline's day (and weekday) fits."""
    if floor is None or parts.month is None or parts.day is None:
        return None
    for year in range(floor.year, floor.year + _YEARS_AHEAD):
        try:
            day = date(year, parts.month, parts.day)
        except ValueError:
            continue
        if day < floor:
            continue
        if parts.weekday is None or day.weekday() == parts.weekday:
            return year
    return None


def infer_published(
    doc: Document, mentions: Sequence[DateMention]
) -> tuple[FuzzyDate | None, DateSource, Span | None]:
    """The publication date, how it was obtained, and the span that shows it.

    ``mentions`` are the document's date mentions found without a reference date.
    """
    parts = doc.dateline_parts
    if doc.dateline is not None and parts is not None and parts.month and parts.year:
        if parts.day is None:
            return FuzzyDate.month(parts.year, parts.month), DateSource.DATELINE, doc.dateline
        try:
            day = date(parts.year, parts.month, parts.day)
        except ValueError:
            day = None
        if day is not None:
            return FuzzyDate.day(day), DateSource.DATELINE, doc.dateline
    latest: tuple[date, Span] | None = None
    for bound in _bounds(doc, mentions):
        if latest is None or bound[0] > latest[0]:
            latest = bound
    if doc.dateline is not None and parts is not None and parts.year is None:
        year = _resolve_year(parts, latest[0] if latest else None)
        if year is not None and parts.month is not None and parts.day is not None:
            found = date(year, parts.month, parts.day)
            return FuzzyDate.day(found), DateSource.DATELINE, doc.dateline
    if latest is not None:
        return FuzzyDate.year(latest[0].year), DateSource.INFERRED, latest[1]
    return None, DateSource.NONE, None
